"""Shared fixtures: the repository root and the annotated articles."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NARRATIVES = ROOT / "narratives"
ANNOTATED = sorted(p for p in NARRATIVES.iterdir() if (p / "gold.csv").is_file())


@pytest.fixture(scope="session")
def root():
    return ROOT


@pytest.fixture(scope="session")
def corpus_texts():
    """Every unit text of every article in narratives/."""
    import narrative_compare as nc

    return [t for p in sorted(NARRATIVES.glob("*/article.txt"))
            for t in nc.split_units(p.read_text(encoding="utf-8"))["text"]]
