"""Score a unit table against a hand-annotated gold table.

Gold and predicted units may be cut differently, so each gold unit is paired with the predicted
unit that covers most of its characters, and the predicted label is read from it. Scores are
scikit-learn's metrics over gold units (every gold unit counts once).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score

from . import schema
from .corpus import InputError

__all__ = ["load_gold", "align_gold", "evaluate_sides", "evaluate_corpus", "SideScores"]

GOLD_COLUMNS = ["start", "end", "text", "kind", "speaker", "channel", "side", "casualty", "victim"]


def load_gold(path: str | Path, text: str) -> pd.DataFrame:
    """Read a ``gold.csv`` and check it against the article text.

    Raises
    ------
    InputError
        Missing columns, or a row whose ``text`` is not ``article[start:end]``.
    """
    gold = pd.read_csv(path, dtype={"speaker": str, "channel": str, "victim": str, "note": str},
                       keep_default_na=False)
    missing = [c for c in GOLD_COLUMNS if c not in gold.columns]
    if missing:
        raise InputError(f"{path} lacks the columns {missing}; see narratives/ANNOTATION.md")
    bad = [i for i, r in gold.iterrows() if text[int(r.start):int(r.end)] != r.text]
    if bad:
        raise InputError(f"{path}: rows {bad[:5]} do not match the article text at their offsets; "
                         "recompute start/end")
    return gold


def align_gold(units: pd.DataFrame, gold: pd.DataFrame, *, column: str = schema.SIDE) -> pd.Series:
    """Return, for each gold row, ``column`` of the predicted unit overlapping it most.

    Parameters
    ----------
    units : pandas.DataFrame
        Predicted unit table with ``start``, ``end`` and ``column``.
    gold : pandas.DataFrame
        Gold table with ``start`` and ``end``.

    Returns
    -------
    pandas.Series
        Aligned with ``gold.index``; missing (None) where no predicted unit overlaps.
    """
    p_start = units[schema.START].to_numpy()
    p_end = units[schema.END].to_numpy()
    values = units[column].to_numpy()
    out = []
    for gs, ge in zip(gold["start"].to_numpy(), gold["end"].to_numpy(), strict=True):
        lo = np.searchsorted(p_end, gs, side="right")
        best, best_overlap = None, 0
        k = lo
        while k < len(p_start) and p_start[k] < ge:
            overlap = min(ge, p_end[k]) - max(gs, p_start[k])
            if overlap > best_overlap:
                best, best_overlap = values[k], overlap
            k += 1
        out.append(best)
    return pd.Series(out, index=gold.index, name=column)


@dataclass
class SideScores:
    """Side scores of one article against gold.

    Attributes
    ----------
    accuracy_score, macro_f1_score : float
        Over gold units, in [0, 1], higher is better.
    f1_by_side : pandas.Series
        Per-side F1 (index ``side``, in the config's order).
    confusion : pandas.DataFrame
        Counts, rows gold side, columns predicted side.
    errors : pandas.DataFrame
        The gold units labelled wrongly: ``start``, ``gold_side``, ``predicted_side``,
        ``gold_speaker``, ``text``.
    n_units : int
    """

    accuracy_score: float
    macro_f1_score: float
    f1_by_side: pd.Series
    confusion: pd.DataFrame
    errors: pd.DataFrame
    n_units: int


def evaluate_sides(units: pd.DataFrame, gold: pd.DataFrame, *, sides) -> SideScores:
    """Score predicted sides against gold sides with scikit-learn's metrics.

    Parameters
    ----------
    units, gold : pandas.DataFrame
        Predicted unit table and gold table of the same article.
    sides : sequence of str
        Side ids in display order (the actors config's ``sides``).
    """
    sides = list(sides)
    y_true = gold["side"].astype(str).to_numpy()
    y_pred = align_gold(units, gold).fillna("<none>").astype(str).to_numpy()
    labels = sides + sorted(set(y_true) | set(y_pred) - set(sides))
    f1 = f1_score(y_true, y_pred, labels=sides, average=None, zero_division=0)
    cm = confusion_matrix(y_true, y_pred, labels=labels)
    wrong = y_true != y_pred
    errors = pd.DataFrame({
        "start": gold["start"].to_numpy()[wrong],
        "gold_side": y_true[wrong],
        "predicted_side": y_pred[wrong],
        "gold_speaker": gold["speaker"].to_numpy()[wrong],
        "text": gold["text"].to_numpy()[wrong],
    })
    return SideScores(
        accuracy_score=float(accuracy_score(y_true, y_pred)),
        macro_f1_score=float(f1_score(y_true, y_pred, labels=sides, average="macro", zero_division=0)),
        f1_by_side=pd.Series(f1, index=pd.Index(sides, name="side"), name="f1_score"),
        confusion=pd.DataFrame(cm, index=pd.Index(labels, name="gold"),
                               columns=pd.Index(labels, name="predicted")),
        errors=errors,
        n_units=len(gold),
    )


def evaluate_corpus(folders, *, actors=None) -> tuple[pd.DataFrame, dict]:
    """Score every article folder that has a ``gold.csv``.

    Parameters
    ----------
    folders : iterable of path
        ``narratives/<id>/`` folders; those without ``gold.csv`` are skipped.
    actors : Actors, optional
        One config for all; else each folder's own ``actors.yml`` or the packaged one.

    Returns
    -------
    scores : pandas.DataFrame
        Index ``article``; columns ``unit_count`` (int, gold units), ``accuracy_score`` and
        ``macro_f1_score`` (float, 0–1) and ``f1_<side>`` per side; article folders in name order.
    details : dict
        Article id -> :class:`SideScores`.
    """
    from .attribution import split_article
    from .corpus import load_article
    from .resources import load_actors

    rows, details = [], {}
    for folder in sorted(Path(f) for f in folders):
        article = load_article(folder)
        if article.gold_path is None:
            continue
        config = actors or load_actors(article.actors_path)
        units = split_article(article, actors=config)
        scores = evaluate_sides(units, load_gold(article.gold_path, article.text), sides=config.sides)
        details[article.id] = scores
        row = {"article": article.id, "unit_count": scores.n_units,
               "accuracy_score": scores.accuracy_score, "macro_f1_score": scores.macro_f1_score}
        row.update({f"f1_{s}": v for s, v in scores.f1_by_side.items()})
        rows.append(row)
    table = pd.DataFrame(rows).set_index("article") if rows else pd.DataFrame(
        columns=["unit_count", "accuracy_score", "macro_f1_score"]).rename_axis("article")
    return table, details


def evaluate_casualties_corpus(folders, *, actors=None) -> pd.DataFrame:
    """Score the unit-level ``casualty`` flag (F1) and ``victim`` (accuracy) against gold.

    Returns
    -------
    pandas.DataFrame
        Index ``article``; columns ``unit_count``, ``casualty_unit_count`` (gold), ``casualty_f1_score``
        (scikit-learn F1 of the 0/1 flag over all gold units) and ``victim_accuracy_score`` (over
        gold casualty units; a unit the split misses counts as wrong).
    """
    from .attribution import split_article
    from .casualties import add_casualties
    from .corpus import load_article
    from .resources import load_actors

    rows = []
    for folder in sorted(Path(f) for f in folders):
        article = load_article(folder)
        if article.gold_path is None:
            continue
        units = add_casualties(split_article(article, actors=actors or load_actors(article.actors_path)))
        gold = load_gold(article.gold_path, article.text)
        flag = align_gold(units, gold, column="casualty").fillna(0).astype(int)
        victim = align_gold(units, gold, column="victim").fillna("")
        mask = gold["casualty"].astype(int) == 1
        rows.append({"article": article.id, "unit_count": len(gold), "casualty_unit_count": int(mask.sum()),
                     "casualty_f1_score": float(f1_score(gold["casualty"].astype(int), flag, zero_division=0)),
                     "victim_accuracy_score": float((victim[mask] == gold["victim"][mask]).mean())
                     if mask.any() else float("nan")})
    return pd.DataFrame(rows).set_index("article")
