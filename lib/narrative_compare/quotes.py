"""Read continental quotation marks as English ones, so that rules which find quotations see them.

A German paper in translation quotes „like this“ (and ‚inside‘), a French or Russian one «like
this»; attribution finds a quotation by its English marks “…”. :func:`english_quotes` returns
the text with each pair replaced by the English pair, of exactly the same length, so every offset
into it is an offset into the original; callers slice the original for output.
"""

from __future__ import annotations

import re

__all__ = ["english_quotes"]

# An opening mark and the marks that may close it, for each convention.
_PAIRS = (("„", "“”"), ("‚", "‘’"), ("«", "»"), ("»", "«"))
_ENGLISH = {"„": ("“", "”"), "‚": ("‘", "’"), "«": ("“", "”"), "»": ("“", "”")}
_MARKS = re.compile(r"[„‚«»]")
_GUILLEMET = re.compile(r"(?<! )[«»]|[«»](?! )")


def english_quotes(text: str) -> str:
    """Return ``text`` with „…“, ‚…‘, «…» and »…« as “…” and ‘…’; else ``text`` itself.

    Examples
    --------
    >>> english_quotes("„Wir zählten“, sagte er, «à la ‚Front‘»")
    '“Wir zählten”, sagte er, “à la ‘Front’”'
    >>> s = "“Already English,” he said."
    >>> english_quotes(s) is s
    True
    """
    if _MARKS.search(text) is None:
        return text
    chars = list(text)
    for line_start, line in _lines(text):
        # Which guillemet opens: «…» (French, Russian) unless the line's first is » (German).
        first = _GUILLEMET.search(line)
        opening_guillemet = first.group(0) if first else "«"
        stack: list = []
        for k, ch in enumerate(line):
            if ch in "«»" and line[k - 1:k] == " " and line[k + 1:k + 2] == " ":
                continue   # a separator, "post #4 by Dnipro_Sapper » 12 Mar 2026", not a quotation mark
            if ch in ("„", "‚") or (ch in "«»" and ch == opening_guillemet):
                stack.append((k, ch))
            elif stack and ch in dict(_PAIRS)[stack[-1][1]]:
                k0, opener = stack.pop()
                chars[line_start + k0], chars[line_start + k] = _ENGLISH[opener]
        for k0, opener in stack:
            # A quotation running on past the paragraph (closed in a later one) opens here.
            chars[line_start + k0] = _ENGLISH[opener][0]
    return "".join(chars)


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1
