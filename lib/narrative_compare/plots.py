"""Draw the suite's charts from aggregated tables; no statistics are computed here.

Each ``plot_*`` takes a table and ``ax=None``; without an Axes it makes a new figure (never the
"current" one) and returns the Axes it drew on. Nothing here shows or saves.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

__all__ = ["plot_side_shares", "plot_speakers", "plot_confusion", "plot_accuracy", "plot_who_reports_whom",
           "plot_shares", "plot_claimed_numbers", "plot_casualty_scores", "plot_rates", "plot_count_grid",
           "plot_estimative_scale", "plot_means", "plot_heatmap", "plot_coverage"]

SOURCE = "Source: narrative_compare, actors config {config}"


def _axes(ax, figsize=None):
    if ax is not None:
        return ax
    fig = plt.figure(figsize=figsize)
    return fig.add_subplot()


def _source(ax, text, *, below: float = 40):
    # Anchored in points under the axes, so it never collides with the x label.
    ax.annotate(text, xy=(0, 0), xycoords="axes fraction", xytext=(0, -below), textcoords="offset points",
                fontsize=7, color="#555555", ha="left", va="top")


def plot_side_shares(shares: pd.DataFrame, *, labels: dict, colours: dict, title: str, source: str,
                     ax=None):
    """Draw the share of units and of words per side as grouped horizontal bars.

    ``shares`` is :func:`narrative_compare.compare.summarize_sides`'s table.
    """
    ax = _axes(ax, (6.4, 2.6))
    sides = list(shares.index)
    y = np.arange(len(sides))
    for offset, column, hatch, label in ((-0.2, "unit_share", None, "units"),
                                         (0.2, "word_share", "///", "words")):
        ax.barh(y + offset, shares[column] * 100, height=0.38, hatch=hatch, label=label,
                color=[colours[s] for s in sides], edgecolor="white", linewidth=0.5)
    for yi, side in zip(y, sides, strict=True):
        ax.text(shares.loc[side, "word_share"] * 100 + 1, yi + 0.2,
                f"{shares.loc[side, 'word_share']:.0%} of words", va="center", fontsize=7)
        ax.text(shares.loc[side, "unit_share"] * 100 + 1, yi - 0.2,
                f"{shares.loc[side, 'unit_share']:.0%} of units (n={shares.loc[side, 'unit_count']})",
                va="center", fontsize=7)
    ax.set_yticks(y, [labels[s] for s in sides])
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("share of the article's body (%)")
    ax.set_title(title, loc="left")
    ax.legend(loc="lower right")
    _source(ax, source)
    return ax


def plot_speakers(speakers: pd.DataFrame, *, labels: dict, colours: dict, title: str, source: str,
                  ax=None):
    """Draw body units per speaker as horizontal bars coloured by side.

    ``speakers`` is :func:`narrative_compare.compare.summarize_speakers`'s table.
    """
    ax = _axes(ax, (6.4, max(2.0, 0.22 * len(speakers) + 0.8)))
    y = np.arange(len(speakers))
    ax.barh(y, speakers["unit_count"], color=[colours[s] for s in speakers["side"]], height=0.7)
    ax.set_yticks(y, [f"{sp}" for sp in speakers["speaker"]])
    ax.invert_yaxis()
    ax.set_xlabel("units attributed (sentences)")
    ax.xaxis.get_major_locator().set_params(integer=True)
    handles = [plt.Rectangle((0, 0), 1, 1, color=colours[s]) for s in labels if s in set(speakers["side"])]
    ax.legend(handles, [labels[s] for s in labels if s in set(speakers["side"])], loc="lower right")
    ax.set_title(title, loc="left")
    _source(ax, source)
    return ax


def plot_confusion(confusion: pd.DataFrame, *, labels: dict, title: str, source: str, ax=None):
    """Draw a confusion matrix of counts (rows gold, columns predicted) as an annotated grid."""
    ax = _axes(ax, (4.2, 3.4))
    values = confusion.to_numpy()
    ax.imshow(values, cmap="Greys", vmin=0, vmax=max(values.max(), 1) * 1.6)
    names = [labels.get(s, s) for s in confusion.index]
    ax.set_xticks(range(len(names)), [labels.get(s, s) for s in confusion.columns], rotation=20, ha="right")
    ax.set_yticks(range(len(names)), names)
    for (i, j), v in np.ndenumerate(values):
        ax.text(j, i, str(v), ha="center", va="center", fontsize=9,
                color="black" if i != j else "white" if v else "black",
                fontweight="bold" if i == j else "normal")
    ax.grid(False)
    ax.set_xlabel("predicted side (units)")
    ax.set_ylabel("gold side (units)")
    ax.set_title(title, loc="left")
    _source(ax, source, below=62)
    return ax


def plot_accuracy(scores: pd.DataFrame, *, title: str, source: str, threshold: float = 0.95,
                  columns=("accuracy_score", "macro_f1_score"), names=("accuracy", "macro-F1"),
                  xmin: float = 0.5, ax=None):
    """Draw two scores per article as paired horizontal bars with a target line.

    ``scores`` has index ``article``, the two ``columns`` (0-1) and ``unit_count``.
    """
    ax = _axes(ax, (6.4, 0.45 * len(scores) + 1.2))
    y = np.arange(len(scores))
    for offset, column, name, colour in ((-0.2, columns[0], names[0], "#0072B2"),
                                         (0.2, columns[1], names[1], "#56B4E9")):
        values = scores[column].to_numpy(dtype=float)
        ax.barh(y + offset, np.nan_to_num(values), height=0.38, color=colour, label=name)
        for yi, v in enumerate(values):
            ax.text((0 if np.isnan(v) else v) + 0.005, yi + offset, "n/a" if np.isnan(v) else f"{v:.3f}",
                    va="center", fontsize=7)
    ax.axvline(threshold, color="#D55E00", linestyle="--", linewidth=1, label=f"target {threshold:.2f}")
    ax.set_yticks(y, [f"{a} (n={n})" for a, n in zip(scores.index, scores["unit_count"], strict=True)])
    ax.invert_yaxis()
    ax.set_xlim(xmin, 1.06)
    ax.set_xlabel("score against gold, per unit (0–1)")
    ax.set_title(title, loc="left")
    ax.legend(loc="lower left", ncol=3)
    _source(ax, source)
    return ax


def plot_who_reports_whom(table: pd.DataFrame, *, labels: dict, title: str, source: str, ax=None):
    """Draw claimant side (rows) by victim (columns) claim counts as an annotated grid."""
    ax = _axes(ax, (5.6, 2.8))
    values = table.to_numpy()
    ax.imshow(values, cmap="Oranges", vmin=0, vmax=max(values.max(), 1) * 1.3, aspect="auto")
    ax.set_xticks(range(table.shape[1]), list(table.columns))
    ax.set_yticks(range(table.shape[0]), [labels.get(s, s) for s in table.index])
    for (i, j), v in np.ndenumerate(values):
        ax.text(j, i, str(v), ha="center", va="center", fontsize=9)
    ax.grid(False)
    ax.set_xlabel("whose casualties (victim)")
    ax.set_ylabel("who claims them (side)")
    ax.set_title(title, loc="left")
    _source(ax, source)
    return ax


def plot_shares(table: pd.DataFrame, *, labels: dict, title: str, xlabel: str, source: str, ax=None):
    """Draw per-side shares of categories as 100% stacked horizontal bars (rows sum to 1)."""
    ax = _axes(ax, (6.4, 0.5 * len(table) + 1.4))
    palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"]
    left = np.zeros(len(table))
    y = np.arange(len(table))
    for k, column in enumerate(table.columns):
        values = table[column].to_numpy()
        ax.barh(y, values * 100, left=left * 100, color=palette[k % len(palette)], label=column, height=0.6)
        for yi, (lo, v) in enumerate(zip(left, values, strict=True)):
            if v >= 0.08:
                ax.text((lo + v / 2) * 100, yi, f"{v:.0%}", ha="center", va="center", fontsize=7, color="white")
        left += values
    ax.set_yticks(y, [labels.get(s, s) for s in table.index])
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel(xlabel)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.28), ncol=min(4, table.shape[1]))
    ax.set_title(title, loc="left")
    _source(ax, source, below=70)
    return ax


def plot_claimed_numbers(ledger: pd.DataFrame, *, labels: dict, colours: dict, title: str, source: str,
                         ax=None):
    """Draw each stated casualty number (log scale) by claimant side; ranges as lines."""
    ax = _axes(ax, (6.4, 2.8))
    sides = [s for s in labels if s in set(ledger["claimant_side"])]
    for yi, side in enumerate(sides):
        rows = ledger[ledger["claimant_side"] == side]
        for r in rows.itertuples(index=False):
            lo = r.low if not pd.isna(r.low) else None
            hi = r.high if not pd.isna(r.high) else None
            if lo is None and hi is None:
                continue
            point = max(v for v in (lo, hi) if v is not None)
            point = max(point, 1)
            marker = {"exact": "o", "bounded": ">", "approximate": "s"}.get(r.precision, "x")
            ax.scatter(point, yi, color=colours[side], marker=marker, s=28, zorder=3)
    ax.set_xscale("log")
    ax.set_yticks(range(len(sides)), [labels[s] for s in sides])
    ax.set_ylim(-0.6, len(sides) - 0.4)
    ax.set_xlabel("people claimed (log scale; zero claims drawn at 1)")
    handles = [plt.Line2D([], [], marker=m, linestyle="", color="#444444", label=p)
               for p, m in (("exact", "o"), ("bounded (lower bound)", ">"), ("approximate", "s"))]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    ax.set_title(title, loc="left")
    _source(ax, source)
    return ax


def plot_casualty_scores(scores: pd.DataFrame, *, title: str, source: str, threshold: float = 0.90, ax=None):
    """Draw casualty F1 and victim accuracy per article with the target line."""
    return plot_accuracy(scores, title=title, source=source, threshold=threshold,
                         columns=("casualty_f1_score", "victim_accuracy_score"),
                         names=("casualty F1", "victim accuracy"), xmin=0.0, ax=ax)


def _interval_rows(ax, estimates: dict, measures, sides, *, names, labels, colours, xlabel, title, source):
    """Draw one row per measure, a dot and interval line per side: ``estimates[(side, measure)] =
    (estimate, low, high)``."""
    step = 0.8 / max(len(sides), 1)
    for k, measure in enumerate(measures):
        for j, side in enumerate(sides):
            est, lo, hi = estimates[(side, measure)]
            y = k + (j - (len(sides) - 1) / 2) * step
            if np.isnan(est):
                continue
            if not np.isnan(lo):
                ax.plot([lo, hi], [y, y], color=colours[side], linewidth=2, alpha=0.6)
            ax.scatter(est, y, color=colours[side], s=28, zorder=3, label=labels[side] if k == 0 else None)
    ax.set_yticks(range(len(measures)), [names[m] for m in measures])
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
    ax.set_title(title, loc="left")
    _source(ax, source)
    return ax


def plot_rates(rates: pd.DataFrame, columns, *, names: dict, labels: dict, colours: dict, title: str,
               source: str, ax=None):
    """Draw per-side rates per 100 words with their 95% intervals, one row per measure.

    ``rates`` is :func:`narrative_compare.compare.summarize_rates`'s table; ``names`` labels
    each measure.
    """
    sides = list(rates.index)
    ax = _axes(ax, (6.4, 0.55 * len(columns) * len(sides) / 2 + 1.6))
    estimates = {(side, c): (rates.loc[side, f"{c}_per_100_words"], rates.loc[side, f"{c}_low"],
                             rates.loc[side, f"{c}_high"]) for side in sides for c in columns}
    return _interval_rows(ax, estimates, list(columns), sides, names=names, labels=labels, colours=colours,
                          xlabel="per 100 words of the side's body text (dot: estimate; line: bootstrap 95% interval)",
                          title=title, source=source)


def plot_count_grid(table: pd.DataFrame, *, labels: dict, title: str, xlabel: str, ylabel: str, source: str,
                    ax=None):
    """Draw a count table (rows sides) as an annotated grid."""
    ax = _axes(ax, (max(4.0, 0.55 * table.shape[1] + 2.0), 0.5 * table.shape[0] + 1.6))
    values = table.to_numpy()
    ax.imshow(values, cmap="Blues", vmin=0, vmax=max(values.max(), 1) * 1.3, aspect="auto")
    ax.set_xticks(range(table.shape[1]), list(table.columns), rotation=40, ha="right")
    ax.set_yticks(range(table.shape[0]), [labels.get(s, s) for s in table.index])
    for (i, j), v in np.ndenumerate(values):
        ax.text(j, i, str(v), ha="center", va="center", fontsize=8)
    ax.grid(False)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title, loc="left")
    _source(ax, source, below=70)
    return ax


def plot_estimative_scale(terms: pd.DataFrame, bands: pd.DataFrame, *, colours: dict, title: str, source: str,
                          ax=None):
    """Place each estimative phrase (rows of ``terms``: phrase, side, low, high) on a probability
    yardstick drawn from ``bands`` (label, low, high)."""
    ax = _axes(ax, (6.4, 0.35 * max(len(terms), 1) + 1.8))
    for k, band in enumerate(bands.itertuples(index=False)):
        ax.axvspan(band.low * 100, max(band.high * 100, band.low * 100 + 0.6),
                   color="#EEEEEE" if k % 2 else "#DDDDDD", zorder=0)
        ax.text((band.low + band.high) * 50, -0.9, band.label, ha="center", va="bottom", fontsize=6,
                rotation=30)
    for i, row in enumerate(terms.itertuples(index=False)):
        ax.plot([row.low * 100, row.high * 100], [i, i], color=colours.get(row.side, "#444444"), linewidth=5,
                solid_capstyle="butt")
        ax.text(row.high * 100 + 1, i, f"“{row.phrase}”", va="center", fontsize=7)
    ax.set_xlim(0, 115)
    ax.set_ylim(len(terms) - 0.5, -1.6)
    ax.set_yticks(range(len(terms)), [f"{r.article_unit}" for r in terms.itertuples(index=False)])
    ax.set_xlabel("probability the phrase expresses (%)")
    ax.grid(False)
    ax.set_title(title, loc="left")
    _source(ax, source)
    return ax


def plot_means(scores: pd.DataFrame, *, names: dict, labels: dict, colours: dict, title: str, source: str,
               ax=None):
    """Draw per-side means with bootstrap 95% intervals, one row per measure.

    ``scores`` is :func:`narrative_compare.compare.summarize_scores`'s table (index side, measure).
    """
    measures = list(dict.fromkeys(scores.index.get_level_values("measure")))
    sides = list(dict.fromkeys(scores.index.get_level_values("side")))
    ax = _axes(ax, (6.4, 0.45 * len(measures) * max(len(sides), 1) / 1.5 + 1.6))
    ax.axvline(0, color="#999999", linewidth=0.8)
    estimates = {key: (row["mean"], row["mean_low"], row["mean_high"]) for key, row in scores.iterrows()}
    return _interval_rows(ax, estimates, measures, sides, names=names, labels=labels, colours=colours,
                          xlabel="mean sentiment per unit, common scale (-1 negative … +1 positive); "
                                 "line: bootstrap 95% interval", title=title, source=source)


def plot_heatmap(table: pd.DataFrame, *, labels: dict, title: str, xlabel: str, source: str, counts=None,
                 vmin: float = -1, vmax: float = 1, ax=None):
    """Draw a side × category table of scores as a diverging grid; blank where no data."""
    ax = _axes(ax, (max(4.5, 0.75 * table.shape[1] + 2.0), 0.5 * table.shape[0] + 1.8))
    values = table.to_numpy(dtype=float)
    masked = np.ma.masked_invalid(values)
    cmap = plt.get_cmap("RdBu").copy()
    cmap.set_bad("#F2F2F2")
    ax.imshow(masked, cmap=cmap, vmin=vmin, vmax=vmax, aspect="auto")
    ax.set_xticks(range(table.shape[1]), [str(c).replace("_", " ") for c in table.columns], rotation=35, ha="right")
    ax.set_yticks(range(table.shape[0]), [labels.get(s, s) for s in table.index])
    for (i, j), v in np.ndenumerate(values):
        if not np.isnan(v):
            n = f"\nn={int(counts.iloc[i, j])}" if counts is not None else ""
            ax.text(j, i, f"{v:+.2f}{n}", ha="center", va="center", fontsize=7)
    ax.grid(False)
    ax.set_xlabel(xlabel)
    ax.set_title(title, loc="left")
    _source(ax, source, below=75)
    return ax


def plot_coverage(coverage: pd.DataFrame, *, labels: dict, colours: dict, title: str, source: str, ax=None):
    """Draw the share of each side's tokens each lexicon scores, grouped by lexicon."""
    lexicons = [c for c in coverage.columns if c.endswith("_share")]
    ax = _axes(ax, (6.4, 2.8))
    x = np.arange(len(lexicons))
    width = 0.8 / max(len(coverage), 1)
    for j, side in enumerate(coverage.index):
        ax.bar(x + (j - (len(coverage) - 1) / 2) * width, coverage.loc[side, lexicons] * 100, width=width,
               color=colours[side], label=labels[side])
    ax.set_xticks(x, [c.removesuffix("_share").replace("_", " + ") for c in lexicons])
    ax.set_ylabel("tokens the lexicon scores (%)")
    ax.grid(axis="y")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
    ax.set_title(title, loc="left")
    _source(ax, source)
    return ax
