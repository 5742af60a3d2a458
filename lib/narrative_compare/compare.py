"""Summarise the unit table by side: how much each narrative occupies, and who voices it."""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import schema

__all__ = ["summarize_sides", "summarize_speakers", "summarize_casualty_claims", "summarize_rates",
           "summarize_evidence", "summarize_scores", "compare_sides", "summarize_targets"]


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


def _bootstrap(values: np.ndarray, weights: np.ndarray, *, rng, n_boot: int, statistic):
    """Return (estimate, low, high): a percentile bootstrap 95% interval over units."""
    estimate = statistic(values, weights)
    if len(values) < 2:
        return estimate, np.nan, np.nan
    idx = rng.integers(0, len(values), size=(n_boot, len(values)))
    stats = np.array([statistic(values[i], weights[i]) for i in idx])
    return estimate, float(np.nanpercentile(stats, 2.5)), float(np.nanpercentile(stats, 97.5))


def _per_100_words(values, words):
    total = words.sum()
    return float(values.sum() / total * 100) if total else np.nan


def _share(values, _weights):
    return float((values > 0).mean()) if len(values) else np.nan


def summarize_rates(units: pd.DataFrame, columns, *, sides, seed: int = 20261125, n_boot: int = 2000,
                    body_only: bool = True) -> pd.DataFrame:
    """Give per-side rates per 100 words of count columns, with bootstrap 95% intervals.

    Units are resampled with replacement within each side (``n_boot`` times, generator seeded
    with ``seed``), so the interval reflects how much the rate depends on which sentences the
    article happens to contain; it says nothing about other articles.

    Returns
    -------
    pandas.DataFrame
        Index ``side``; for each column ``c``: ``c_per_100_words``, ``c_low``, ``c_high``; plus
        ``unit_count`` and ``word_count``.
    """
    rng = np.random.default_rng(seed)
    table = units[units[schema.KIND] == "body"] if body_only else units
    words_all = _word_counts(table).to_numpy()
    rows = []
    for side in sides:
        mask = (table[schema.SIDE] == side).to_numpy()
        row = {"side": side, "unit_count": int(mask.sum()), "word_count": int(words_all[mask].sum())}
        for column in columns:
            est, lo, hi = _bootstrap(table[column].to_numpy()[mask].astype(float), words_all[mask],
                                     rng=rng, n_boot=n_boot, statistic=_per_100_words)
            row.update({f"{column}_per_100_words": est, f"{column}_low": lo, f"{column}_high": hi})
        rows.append(row)
    return pd.DataFrame(rows).set_index("side")


def summarize_evidence(units: pd.DataFrame, *, sides, seed: int = 20261125, n_boot: int = 2000) -> dict:
    """Summarise the evidence columns by side.

    Returns
    -------
    dict of pandas.DataFrame
        ``density``: :func:`summarize_rates` of ``evidence_count`` and ``evidence_gap`` plus
        ``any_evidence_share`` (share of attributed units with any marker) and its interval;
        ``mix``: share of each evidence type among the side's markers (rows sum to 1);
        ``verbs``: reporting-verb counts by side (attributed units only), verbs as columns by
        total frequency.
    """
    from .evidence import EVIDENCE_TYPES

    density = summarize_rates(units, ["evidence_count", "evidence_gap"], sides=sides, seed=seed, n_boot=n_boot)
    rng = np.random.default_rng(seed + 1)
    body = units[(units[schema.KIND] == "body") & (units[schema.CUE] != "narration")]
    shares = []
    for side in sides:
        values = body.loc[body[schema.SIDE] == side, "evidence_count"].to_numpy()
        shares.append(_bootstrap(values, values, rng=rng, n_boot=n_boot, statistic=_share))
    density["any_evidence_share"] = [s[0] for s in shares]
    density["any_evidence_low"] = [s[1] for s in shares]
    density["any_evidence_high"] = [s[2] for s in shares]
    exploded = units.assign(t=units["evidence_types"].str.split(";")).explode("t")
    exploded = exploded[exploded["t"].isin(EVIDENCE_TYPES)]
    mix = pd.crosstab(exploded[schema.SIDE], exploded["t"]).reindex(
        index=pd.Index(list(sides), name="side"), columns=list(EVIDENCE_TYPES), fill_value=0)
    mix = mix[mix.sum(axis=1) > 0]
    mix = mix.div(mix.sum(axis=1), axis=0)
    mix.columns.name = "evidence_type"
    attributed = units[(units["reporting_verb"] != "") & (units[schema.SPEAKER] != schema.AUTHOR)]
    verbs = pd.crosstab(attributed[schema.SIDE], attributed["reporting_verb"]).reindex(
        index=pd.Index(list(sides), name="side"), fill_value=0)
    order = verbs.sum().sort_values(ascending=False, kind="mergesort")
    verbs = verbs[sorted(order.index, key=lambda v: (-order[v], v))]
    verbs.columns.name = "reporting_verb"
    return {"density": density, "mix": mix, "verbs": verbs}


def summarize_scores(units: pd.DataFrame, columns, *, sides, seed: int = 20261125, n_boot: int = 2000,
                     body_only: bool = True) -> pd.DataFrame:
    """Give per-side mean and median of score columns with bootstrap 95% intervals.

    Returns
    -------
    pandas.DataFrame
        One row per (``side``, ``measure``): ``unit_count``, ``mean``, ``mean_low``,
        ``mean_high``, ``median``, ``median_low``, ``median_high``; sides in ``sides`` order.
    """
    rng = np.random.default_rng(seed)
    table = units[units[schema.KIND] == "body"] if body_only and schema.KIND in units else units
    rows = []
    for side in sides:
        part = table[table[schema.SIDE] == side]
        for column in columns:
            values = part[column].to_numpy(dtype=float)
            m = _bootstrap(values, values, rng=rng, n_boot=n_boot, statistic=lambda v, _w: float(np.mean(v))
                           if len(v) else np.nan)
            md = _bootstrap(values, values, rng=rng, n_boot=n_boot, statistic=lambda v, _w: float(np.median(v))
                            if len(v) else np.nan)
            rows.append({"side": side, "measure": column, "unit_count": len(values), "mean": m[0],
                         "mean_low": m[1], "mean_high": m[2], "median": md[0], "median_low": md[1],
                         "median_high": md[2]})
    return pd.DataFrame(rows).set_index(["side", "measure"])


def compare_sides(units: pd.DataFrame, column: str, *, sides, seed: int = 20261125, n_perm: int = 5000,
                  body_only: bool = True) -> pd.DataFrame:
    """Test each pair of sides for a difference in mean ``column``.

    The p-value is a two-sided permutation test of the difference in means (side labels shuffled
    ``n_perm`` times, seeded); the effect size is Cliff's delta (-1..+1: the probability that a
    unit of the first side scores higher than one of the second, minus the reverse).

    Returns
    -------
    pandas.DataFrame
        Columns ``side_a``, ``side_b``, ``n_a``, ``n_b``, ``mean_difference`` (a - b),
        ``permutation_p_value``, ``cliffs_delta``.
    """
    rng = np.random.default_rng(seed)
    table = units[units[schema.KIND] == "body"] if body_only and schema.KIND in units else units
    rows = []
    sides = list(sides)
    for i, a in enumerate(sides):
        for b in sides[i + 1:]:
            x = table.loc[table[schema.SIDE] == a, column].to_numpy(dtype=float)
            y = table.loc[table[schema.SIDE] == b, column].to_numpy(dtype=float)
            if len(x) == 0 or len(y) == 0:
                continue
            observed = x.mean() - y.mean()
            pooled = np.concatenate([x, y])
            hits = 0
            for _ in range(n_perm):
                rng.shuffle(pooled)
                if abs(pooled[: len(x)].mean() - pooled[len(x):].mean()) >= abs(observed) - 1e-12:
                    hits += 1
            greater = (x[:, None] > y[None, :]).sum()
            less = (x[:, None] < y[None, :]).sum()
            rows.append({"side_a": a, "side_b": b, "n_a": len(x), "n_b": len(y), "mean_difference": observed,
                         "permutation_p_value": (hits + 1) / (n_perm + 1),
                         "cliffs_delta": (greater - less) / (len(x) * len(y))})
    return pd.DataFrame(rows, columns=["side_a", "side_b", "n_a", "n_b", "mean_difference",
                                       "permutation_p_value", "cliffs_delta"])


def summarize_targets(units: pd.DataFrame, column: str, *, sides, targets) -> pd.DataFrame:
    """Give the mean ``column`` of the units mentioning each target, per side.

    Returns
    -------
    pandas.DataFrame
        Index ``side``, columns ``targets`` (mean score; NaN where no unit of the side mentions
        the target), and a twin table of counts under ``attrs['counts']``.
    """
    exploded = units.assign(target=units["targets"].str.split(";")).explode("target")
    exploded = exploded[exploded["target"].isin(list(targets))]
    means = exploded.pivot_table(index=schema.SIDE, columns="target", values=column, aggfunc="mean")
    counts = exploded.pivot_table(index=schema.SIDE, columns="target", values=column, aggfunc="count")
    index = pd.Index(list(sides), name="side")
    means = means.reindex(index=index, columns=list(targets))
    counts = counts.reindex(index=index, columns=list(targets)).fillna(0).astype("int64")
    means.attrs["counts"] = counts
    return means
