"""Measure how sure each unit sounds: hedges, boosters and estimative probability language.

Hedges and boosters are counted from the lists in ``data/certainty.yml``, organised by Hyland's
(2005) metadiscourse categories; a marker with a guard ("May" the month, "about" before a topic)
counts only where the guard does not match. Estimative phrases are placed on the UK PHIA
probability yardstick, with Sherman Kent's (1964) words of estimative probability alongside.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources as _ir
from typing import TYPE_CHECKING

import numpy as np

from . import schema
from .resources import load_yaml, trie_pattern

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["add_certainty", "certainty_columns", "estimative_terms", "load_certainty_lexicon"]


@lru_cache(maxsize=1)
def load_certainty_lexicon() -> dict:
    """Return the packaged certainty lexicon with compiled matchers."""
    data = load_yaml(_ir.files("narrative_compare").joinpath("data/certainty.yml").read_text("utf-8"))
    guards = {k: re.compile(v) for k, v in data["guards"].items()}

    # The matchers run on lower-cased text without IGNORECASE, which lets the regex engine skip
    # ahead on first letters (about three times faster); guards still see the original case.
    def matcher(groups):
        # A prefix tree of the terms matches what their longest-first alternation matches.
        return re.compile(r"\b" + trie_pattern({t.lower() for words in groups.values() for t in words}) + r"\b")

    scales = {}
    for scale, bands in data["estimative"].items():
        phrases = []
        for band in bands:
            for phrase in band["phrases"]:
                phrases.append((phrase, band["label"], float(band["low"]), float(band["high"])))
        pattern = re.compile(r"\b" + trie_pattern({p[0].lower() for p in phrases}) + r"\b")
        scales[scale] = (pattern, {re.sub(r"\s+", " ", p[0].lower()): p[1:] for p in phrases})
    return {"hedges": matcher(data["hedges"]), "boosters": matcher(data["boosters"]), "guards": guards,
            "scales": scales}


def _count(pattern, guards, text: str, lowered: str) -> int:
    n = 0
    for m in pattern.finditer(lowered):
        guard = guards.get(m.group(0))
        if guard is not None and guard.match(text, m.start()):
            continue
        n += 1
    return n


def _lower(text: str) -> str:
    """Lower-case ``text`` keeping every offset (a few letters, such as 'İ', grow when lowered)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def estimative_terms(text: str, *, scale: str = "phia"):
    """Return ``[(phrase, band, low, high)]`` for each estimative phrase in ``text``.

    Longer phrases win ("highly likely" is not also "likely"; "almost certainly not" on Kent's
    scale is not "almost certainly").

    Examples
    --------
    >>> estimative_terms('Russian forces had "highly likely" made gains and are almost certainly failing.')
    [('highly likely', 'highly likely', 0.8, 0.9), ('almost certainly', 'almost certain', 0.95, 1.0)]
    """
    return _estimative(_lower(text), scale)


def _estimative(lowered: str, scale: str = "phia"):
    pattern, table = load_certainty_lexicon()["scales"][scale]
    return [(phrase, *table[phrase]) for phrase in
            (re.sub(r"\s+", " ", m.group(0)) for m in pattern.finditer(lowered))]


def add_certainty(units: pd.DataFrame) -> pd.DataFrame:
    """Add hedge and booster counts and the estimative columns.

    Returns
    -------
    pandas.DataFrame
        A copy of ``units`` with ``hedges`` and ``boosters`` (int, markers in the unit),
        ``estimative_terms`` (str, semicolon list of PHIA phrases, '' when none) and
        ``estimative_low`` / ``estimative_high`` (float probabilities 0-1 of the unit's
        estimative phrases: the lowest low and the highest high; NaN when none).

    Examples
    --------
    >>> u = pd.DataFrame({"text": ["It is highly likely that the attack will fail.", "Troops may advance in May 2025."]})
    >>> add_certainty(u)[["hedges", "boosters", "estimative_terms", "estimative_low"]].values.tolist()
    [[1, 0, 'highly likely', 0.8], [1, 0, '', nan]]
    """
    return schema.with_columns(units, certainty_columns(units))


def certainty_columns(units: pd.DataFrame) -> dict:
    """Return the columns :func:`add_certainty` adds, as a dict of name to values."""
    if schema.TEXT not in units:
        raise KeyError("units lacks the columns ['text']")
    lex = load_certainty_lexicon()
    hedges, boosters, terms, lows, highs = [], [], [], [], []
    for text in units[schema.TEXT]:
        lowered = _lower(text)
        hedges.append(_count(lex["hedges"], lex["guards"], text, lowered))
        boosters.append(_count(lex["boosters"], lex["guards"], text, lowered))
        found = _estimative(lowered)
        terms.append(";".join(f[0] for f in found))
        lows.append(min((f[2] for f in found), default=np.nan))
        highs.append(max((f[3] for f in found), default=np.nan))
    return {"hedges": np.asarray(hedges, dtype="int64"), "boosters": np.asarray(boosters, dtype="int64"),
            "estimative_terms": terms, "estimative_low": np.asarray(lows, dtype="float64"),
            "estimative_high": np.asarray(highs, dtype="float64")}
