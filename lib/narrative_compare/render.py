"""Render an article as HTML with each unit highlighted in its side's colour."""

from __future__ import annotations

import html

import pandas as pd

from . import schema

__all__ = ["render_units_html"]


def _tint(colour: str, alpha: float = 0.22) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    mix = [round(255 - (255 - c) * alpha) for c in (r, g, b)]
    return "#" + "".join(f"{c:02X}" for c in mix)


def render_units_html(units: pd.DataFrame, text: str, *, labels: dict, colours: dict) -> str:
    """Return the article as self-contained HTML, one highlighted span per unit.

    Each span's title names the speaker, the channel and the cue, so a reader can hover to see
    why a sentence was attributed as it was. Text between units is kept, so nothing is lost.
    """
    parts = ['<div class="nc-article" style="font-family:Georgia,serif;line-height:1.55;'
             'max-width:46em">']
    legend = " ".join(
        f'<span style="background:{_tint(colours[s])};border-bottom:3px solid {colours[s]};'
        f'padding:0 4px">{html.escape(labels[s])}</span>' for s in labels)
    parts.append(f'<p style="font-family:sans-serif;font-size:0.85em">{legend}</p><p>')
    pos = 0
    for row in units.itertuples(index=False):
        gap = text[pos:row.start]
        if "\n" in gap:
            parts.append(html.escape(gap.strip(" ")).replace("\n", "</p><p>"))
        else:
            parts.append(html.escape(gap))
        side = getattr(row, schema.SIDE)
        tip = f"{row.speaker}" + (f" via {row.channel}" if row.channel else "") + f" [{row.cue}]"
        weight = "font-weight:bold;" if row.kind == "heading" else ""
        style = "color:#666;font-size:0.9em;" if row.kind == "boilerplate" else ""
        parts.append(
            f'<span title="{html.escape(tip)}" style="{weight}{style}background:{_tint(colours[side])};'
            f'border-bottom:2px solid {colours[side]}">{html.escape(row.text)}</span>')
        pos = row.end
    parts.append(html.escape(text[pos:]).replace("\n", "</p><p>"))
    parts.append("</p></div>")
    return "".join(parts).replace("<p></p>", "")
