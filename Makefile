# The front door: `make` lists the targets. Each target creates .venv from requirements.lock first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ARTICLE ?=

.DEFAULT_GOAL := help
.PHONY: help env report test lint benchmark lock clean

## help: list the targets
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed 's/^## /  make /'

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

## env: create .venv with the locked dependencies and the package
env: $(STAMP)

## report: execute every notebook, write figures/ and reports/ (ARTICLE=path for another article)
report: $(STAMP)
	$(VENV)/bin/narrative-compare report $(ARTICLE)

## test: run the tests (unit, property, notebooks, figures, environment)
test: $(STAMP)
	$(PY) -m pytest

## lint: run ruff on the library and the tests
lint: $(STAMP)
	$(VENV)/bin/ruff check lib tests benchmarks

## benchmark: measure split throughput beside NLTK's VADER on the same text
benchmark: $(STAMP)
	$(PY) benchmarks/bench_split.py

## lock: re-pin requirements.lock from pyproject.toml in a fresh venv
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet '.[test]'
	.venv-lock/bin/pip freeze --exclude-editable | grep -v '^narrative-compare' > requirements.lock.new
	rm -rf .venv-lock && mv requirements.lock.new requirements.lock

## clean: remove .venv and reports/ (figures/ and notebooks are committed)
clean:
	rm -rf $(VENV) reports .pytest_cache .hypothesis
