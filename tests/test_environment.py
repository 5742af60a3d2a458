"""The pins in pyproject.toml, requirements.lock and environment.yml must agree."""

import re
import tomllib

import yaml

from .conftest import ROOT


def _name(spec):
    return re.split(r"[=<>!~\[ ]", spec, maxsplit=1)[0].strip().lower().replace("_", "-")


def _pins():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = project["dependencies"] + project["optional-dependencies"]["test"]
    return {_name(s): s.split("==")[1] for s in specs}


def test_every_dependency_is_pinned_exactly():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert all("==" in s for s in project["dependencies"] + project["optional-dependencies"]["test"])


def test_lock_matches_pyproject():
    lock = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            lock[_name(name)] = version
    for name, version in _pins().items():
        assert lock.get(name) == version, f"{name}: pyproject {version}, lock {lock.get(name)}"


def test_environment_yml_matches_pyproject():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    found = {}
    for dep in env["dependencies"]:
        if isinstance(dep, str) and "=" in dep and not dep.startswith("python="):
            name, version = dep.split("=")
            found[_name(name)] = version
        elif isinstance(dep, dict):
            for spec in dep.get("pip", []):
                if "==" in spec:
                    found[_name(spec)] = spec.split("==")[1]
    assert found == _pins()
