"""Score each unit's sentiment with three lexicons, a war-domain variant, and find its targets.

Scales, per unit:

- ``sentiment_vader``: VADER's compound score (Hutto & Gilbert 2014), -1 (negative) to +1,
  computed by NLTK's analyser with the lexicon the ``vaderSentiment`` package ships;
- ``sentiment_vader_war``: the same with the war-domain patch in ``data/war_lexicon.csv`` (terms
  stock lexicons miss, such as "casualties" and "shelling", valued by their closest VADER entry;
  "special" and "advanced" neutralised);
- ``sentiment_afinn``: the AFINN score (Nielsen 2011), the sum of word valences from -5 to +5
  each, so unbounded and longer units score further from 0;
- ``sentiment_textblob``: TextBlob's pattern polarity, -1 to +1 (mean of word polarities).

For side-by-side charts, :func:`normalise_scores` maps AFINN onto -1..+1 with VADER's own
normalisation ``x / sqrt(x**2 + 15)``; VADER and TextBlob are already on that range.

The scores are computed by :mod:`narrative_compare.scorers`, which applies each package's rules
with lookup tables built once, 12 to 36 times faster, and returns exactly the packages' floats
(``tests/test_scorers.py`` compares them on every unit of the corpus and on generated text).
"""

from __future__ import annotations

import csv
import math
import re
from functools import lru_cache
from importlib import resources as _ir
from typing import TYPE_CHECKING

import numpy as np

from . import schema
from .resources import WordGate, load_yaml

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["add_sentiment", "sentiment_columns", "add_targets", "patch_lexicon", "normalise_scores", "lexicon_coverage", "war_lexicon",
           "SENTIMENT_COLUMNS"]

SENTIMENT_COLUMNS = ("sentiment_vader", "sentiment_vader_war", "sentiment_afinn", "sentiment_textblob")


@lru_cache(maxsize=1)
def _war_rows() -> tuple:
    text = _ir.files("narrative_compare").joinpath("data/war_lexicon.csv").read_text("utf-8")
    return tuple(csv.DictReader(text.splitlines()))


def war_lexicon() -> pd.DataFrame:
    """Return the war-domain patch: ``term``, ``valence`` (VADER scale), ``rationale``, ``source``."""
    import pandas as pd

    table = pd.DataFrame(list(_war_rows()))
    table["valence"] = table["valence"].astype(float)
    return table


def patch_lexicon(lexicon: dict) -> dict:
    """Return a copy of a VADER lexicon with the war-domain patch applied (valence 0 removes)."""
    patched = dict(lexicon)
    # Read from the rows, not the table: the command line never needs pandas for this.
    for term, valence in ((row["term"], float(row["valence"])) for row in _war_rows()):
        if valence == 0.0:
            patched.pop(term, None)
        else:
            patched[term] = valence
    return patched


@lru_cache(maxsize=1)
def _analysers():
    """The reference packages' analysers (stock VADER, patched VADER, AFINN, pattern)."""
    from afinn import Afinn
    from textblob.en.sentiments import PatternAnalyzer

    from .resources import vader_analyzer

    vader = vader_analyzer()
    war = vader_analyzer()
    war.lexicon = patch_lexicon(war.lexicon)
    return vader, war, Afinn(), PatternAnalyzer()


@lru_cache(maxsize=1)
def _scorers():
    from .resources import vader_analyzer
    from .scorers import VaderScorer, afinn_scorer, pattern_scorer

    stock = vader_analyzer().lexicon
    return VaderScorer([stock, patch_lexicon(stock)]), afinn_scorer(), pattern_scorer()


@lru_cache(maxsize=1)
def _targets():
    """Return ({target: compiled pattern}, a :class:`~narrative_compare.resources.WordGate` of them)."""
    data = load_yaml(_ir.files("narrative_compare").joinpath("data/targets.yml").read_text("utf-8"))
    patterns = {name: "|".join(f"(?:{p})" for p in alternatives) for name, alternatives in data["targets"].items()}
    return {name: re.compile(p) for name, p in patterns.items()}, WordGate(patterns)


def _target_names(texts) -> list[str]:
    targets, gate = _targets()
    names = []
    for text in texts:
        may = gate.names(text)
        names.append(";".join(name for name, pattern in targets.items() if name in may and pattern.search(text)))
    return names


def add_targets(units: pd.DataFrame) -> pd.DataFrame:
    """Add ``targets``: semicolon list of the targets (``data/targets.yml``) a unit mentions."""
    return schema.with_columns(units, {"targets": _target_names(units[schema.TEXT])})


def add_sentiment(units: pd.DataFrame) -> pd.DataFrame:
    """Add the four sentiment columns and ``targets``.

    Returns
    -------
    pandas.DataFrame
        A copy of ``units`` with :data:`SENTIMENT_COLUMNS` (float; scales in the module notes)
        and ``targets`` (str).

    Examples
    --------
    >>> u = pd.DataFrame({"text": ["Shelling killed two civilians.", "The talks were a great success."]})
    >>> add_sentiment(u)[["sentiment_vader", "sentiment_vader_war"]].round(3).values.tolist()
    [[-0.67, -0.822], [0.832, 0.832]]
    """
    return schema.with_columns(units, sentiment_columns(units))


def sentiment_columns(units: pd.DataFrame) -> dict:
    """Return the columns :func:`add_sentiment` adds, as a dict of name to values."""
    if schema.TEXT not in units:
        raise KeyError("units lacks the columns ['text']")
    vader, afinn, pattern = _scorers()
    texts = list(units[schema.TEXT])
    stock, war = zip(*map(vader.compounds, texts), strict=True) if texts else ((), ())
    return {"sentiment_vader": np.asarray(stock, dtype="float64"),
            "sentiment_vader_war": np.asarray(war, dtype="float64"),
            "sentiment_afinn": np.asarray(list(map(afinn.score, texts)), dtype="float64"),
            "sentiment_textblob": np.asarray(list(map(pattern.polarity, texts)), dtype="float64"),
            "targets": _target_names(texts)}


def normalise_scores(units: pd.DataFrame) -> pd.DataFrame:
    """Return the sentiment columns on one -1..+1 scale (AFINN via x / sqrt(x**2 + 15))."""
    out = units[list(SENTIMENT_COLUMNS)].copy()
    out["sentiment_afinn"] = out["sentiment_afinn"].map(lambda x: x / math.sqrt(x * x + 15))
    return out


_TOKEN = re.compile(r"[a-z][a-z'-]*")
_STOP = frozenset(
    "the a an and or but of to in on at by for with from as is are was were be been being that this "
    "these those it its it's he she they them his her their we our you your i me my not no nor so than "
    "then there here which who whom whose what when where why how all any both each few more most other "
    "some such only own same too very can will just should now said says say told also had has have do "
    "does did would could may might must over under after before since about into through during "
    "against between per up down out off again further once".split())


def lexicon_coverage(units: pd.DataFrame, *, sides, top: int = 8):
    """Measure how much of each side's text each lexicon can score.

    Returns
    -------
    coverage : pandas.DataFrame
        Index ``side``; columns ``token_count`` and, per lexicon, the share of tokens it scores
        (``vader_share``, ``vader_war_share``, ``afinn_share``, ``textblob_share``).
    unscored : pandas.DataFrame
        Columns ``side``, ``word``, ``count``: the most frequent content words no lexicon scores.
    """
    import pandas as pd
    from textblob.en import sentiment as pattern_lexicon

    vader, war, afinn, pattern = _analysers()

    lexicons = {"vader": set(vader.lexicon), "vader_war": set(war.lexicon), "afinn": set(afinn._dict),
                "textblob": set(pattern_lexicon.keys())}
    rows, missing = [], []
    body = units[units[schema.KIND] == "body"] if schema.KIND in units else units
    for side in sides:
        tokens = [t for text in body.loc[body[schema.SIDE] == side, schema.TEXT]
                  for t in _TOKEN.findall(text.lower().replace("’", "'"))]
        row = {"side": side, "token_count": len(tokens)}
        for name, lex in lexicons.items():
            row[f"{name}_share"] = sum(t in lex for t in tokens) / len(tokens) if tokens else np.nan
        rows.append(row)
        unscored = pd.Series([t for t in tokens if t not in _STOP and len(t) > 2
                              and not any(t in lex for lex in lexicons.values())], dtype=object)
        counts = unscored.value_counts()
        counts = counts.sort_index(kind="mergesort").sort_values(ascending=False, kind="mergesort").head(top)
        missing += [{"side": side, "word": w, "count": int(c)} for w, c in counts.items()]
    return pd.DataFrame(rows).set_index("side"), pd.DataFrame(missing, columns=["side", "word", "count"])
