import math

import pandas as pd
import pytest

from narrative_compare.certainty import add_certainty, estimative_terms


def certainty(text):
    return add_certainty(pd.DataFrame({"text": [text]})).iloc[0]


@pytest.mark.parametrize("phrase, low, high", [
    ("remote chance", 0.0, 0.05), ("highly unlikely", 0.10, 0.20), ("unlikely", 0.25, 0.35),
    ("realistic possibility", 0.40, 0.50), ("likely", 0.55, 0.75), ("probably", 0.55, 0.75),
    ("highly likely", 0.80, 0.90), ("almost certainly", 0.95, 1.0), ("almost certain", 0.95, 1.0),
])
def test_phia_yardstick(phrase, low, high):
    (found,) = estimative_terms(f"It is {phrase} that the offensive stalls.")
    assert found[0] == phrase and (found[2], found[3]) == (low, high)


def test_longer_phrase_wins_and_kent_differs():
    assert [t[0] for t in estimative_terms("It is highly likely, not just likely.")] == ["highly likely", "likely"]
    assert estimative_terms("almost certainly not", scale="kent")[0][2:] == (0.02, 0.12)
    assert estimative_terms("almost certainly", scale="kent")[0][2:] == (0.87, 0.99)


def test_unit_range_spans_its_phrases():
    row = certainty("It is likely they advance, and almost certain they take losses.")
    assert (row.estimative_low, row.estimative_high) == (0.55, 1.0)
    assert math.isnan(certainty("Troops advanced.").estimative_low)


@pytest.mark.parametrize("text, hedges, boosters", [
    ("The strike may have killed the commander.", 1, 0),
    ("The talks are set for May 12 in Istanbul.", 0, 0),
    ("Reportedly, the unit apparently withdrew.", 2, 0),
    ("The footage clearly shows the column, and this is in fact the third attack.", 0, 3),
    ("They talked about the war.", 0, 0),
    ("About 300 soldiers took part.", 1, 0),
    ("The bodies were found near the road.", 0, 0),
])
def test_hedges_and_boosters_with_guards(text, hedges, boosters):
    row = certainty(text)
    assert (row.hedges, row.boosters) == (hedges, boosters)
