"""Shared fixtures: the repository root and the annotated articles."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NARRATIVES = ROOT / "narratives"
ANNOTATED = sorted(p for p in NARRATIVES.iterdir() if (p / "gold.csv").is_file())


@pytest.fixture(scope="session")
def root():
    return ROOT
