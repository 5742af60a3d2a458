"""Summarise the unit table by side: how much each narrative occupies, and who voices it."""

from __future__ import annotations

import pandas as pd

from . import schema

__all__ = ["summarize_sides", "summarize_speakers", "summarize_casualty_claims"]


def _word_counts(units: pd.DataFrame) -> pd.Series:
    return units[schema.TEXT].str.count(r"\S+").astype("int64")


def summarize_sides(units: pd.DataFrame, *, sides, body_only: bool = True) -> pd.DataFrame:
    """Count units and words per side.

    Parameters
    ----------
    units : pandas.DataFrame
        A unit table with ``side``, ``kind`` and ``text``.
    sides : sequence of str
        Side ids in display order; every side gets a row, even with no units.
    body_only : bool, default True
        Leave out headings and boilerplate.

    Returns
    -------
    pandas.DataFrame
        Index ``side`` (in ``sides`` order); columns ``unit_count`` (int), ``word_count`` (int),
        ``unit_share`` and ``word_share`` (float in [0, 1], of all counted units/words).

    Examples
    --------
    >>> u = pd.DataFrame({"side": ["russia", "author", "russia"], "kind": ["body"] * 3,
    ...                   "text": ["Peskov denied it.", "It rained.", "He said so."]})
    >>> summarize_sides(u, sides=["ukraine_west", "russia", "author"])["word_share"].to_dict()
    {'ukraine_west': 0.0, 'russia': 0.75, 'author': 0.25}
    """
    missing = [c for c in (schema.SIDE, schema.KIND, schema.TEXT) if c not in units]
    if missing:
        raise KeyError(f"units lacks the columns {missing}")
    table = units[units[schema.KIND] == "body"] if body_only else units
    words = _word_counts(table)
    grouped = pd.DataFrame({"side": table[schema.SIDE], "words": words}).groupby("side", sort=False)
    out = pd.DataFrame({
        "unit_count": grouped.size(),
        "word_count": grouped["words"].sum(),
    }).reindex(pd.Index(list(sides), name="side"), fill_value=0).astype("int64")
    out["unit_share"] = out["unit_count"] / max(int(out["unit_count"].sum()), 1)
    out["word_share"] = out["word_count"] / max(int(out["word_count"].sum()), 1)
    return out


def summarize_speakers(units: pd.DataFrame, *, sides, top: int = 8) -> pd.DataFrame:
    """Count body units per speaker, the author's own voice excluded.

    Returns
    -------
    pandas.DataFrame
        Columns ``side``, ``speaker`` and ``unit_count`` (int): for each side the ``top``
        speakers by units, sides in ``sides`` order, then most units first, then speaker name.
    """
    body = units[(units[schema.KIND] == "body") & (units[schema.SPEAKER] != schema.AUTHOR)]
    counts = (body.groupby([schema.SIDE, schema.SPEAKER]).size().rename("unit_count").reset_index())
    order = {s: i for i, s in enumerate(sides)}
    counts["_order"] = counts[schema.SIDE].map(order).fillna(len(order))
    counts = counts.sort_values(["_order", "unit_count", schema.SPEAKER],
                                ascending=[True, False, True], kind="mergesort")
    counts = counts.groupby(schema.SIDE, sort=False).head(top)
    return counts.drop(columns="_order").reset_index(drop=True)


def summarize_casualty_claims(ledger: pd.DataFrame, *, sides, victims) -> dict:
    """Cross-tabulate a casualty ledger by claimant side.

    Returns
    -------
    dict of pandas.DataFrame
        ``who_reports_whom``: claim counts, index ``side`` (claimant, ``sides`` order), columns
        victims; ``precision_share``: share of each claimant side's claims by precision (rows sum
        to 1, sides with no claims left out); ``agency_share``: the same by agency;
        ``hedged_share``: per side, the share of claims with any hedge (column
        ``hedged_share``) and the claim count (``claim_count``).
    """
    from .casualties import PRECISIONS

    index = pd.Index(list(sides), name="side")
    who = (pd.crosstab(ledger["claimant_side"], ledger["victim"])
           .reindex(index=index, columns=list(victims), fill_value=0).astype("int64"))
    who.columns.name = "victim"

    def share(column, categories):
        counts = pd.crosstab(ledger["claimant_side"], ledger[column]).reindex(
            index=index, columns=list(categories), fill_value=0)
        counts = counts[counts.sum(axis=1) > 0]
        out = counts.div(counts.sum(axis=1), axis=0)
        out.columns.name = column
        return out

    hedged = ledger.assign(h=ledger["hedges"].astype(bool)).groupby("claimant_side")["h"]
    hedged_table = pd.DataFrame({"claim_count": hedged.size(), "hedged_share": hedged.mean()}) \
        .reindex(index).dropna().astype({"claim_count": "int64"})
    return {
        "who_reports_whom": who,
        "precision_share": share("precision", PRECISIONS),
        "agency_share": share("agency", ("named_perpetrator", "agentless_passive", "nominalisation", "active")),
        "hedged_share": hedged_table,
    }
