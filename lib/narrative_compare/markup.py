"""Blank out Markdown's inline marks, so that rules which read words and sentences see plain text.

A newsletter or a blog saved as Markdown source writes "**Ukraine says** its troops …",
"[the General Staff](https://…) said", "… in all.[^1]". Attribution reads speakers by the words
around them, and a "**" glued to a name hides it. :func:`plain_text` returns the text with those
marks replaced by spaces, of exactly the same length, so every offset into it is an offset into
the original; callers slice the original for output. Block marks that carry meaning stay: a
heading's "#", a quotation's "> " and a list's "- " are read by the rules that know them.
"""

from __future__ import annotations

import re

__all__ = ["plain_text"]

# Emphasis runs, a link's brackets and target, a footnote reference ("[^1]") and its definition's
# label at a line start ("[^1]: …" keeps its text).
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_LINK = re.compile(r"\[(?=[^\]\n^]{1,200}\]\((?:https?://|/)[^)\s]{1,300}\))|\]\((?:https?://|/)[^)\s]{1,300}\)")
_BOLD_LABEL = re.compile(r"\*\*[^*\n]{1,60}?:\*\*")
_FOOTNOTE_REF = re.compile(r"\[\^\w{1,10}\](?!:)")


def plain_text(text: str) -> str:
    """Return ``text`` with Markdown's inline marks blanked, when it has any; else ``text`` itself.

    Examples
    --------
    >>> plain_text("**Ukraine says** its [troops](https://example.org/a) advanced.[^1]")
    '  Ukraine says   its  troops                         advanced.    '
    >>> s = "Nothing to blank here."
    >>> plain_text(s) is s
    True
    """
    if "**" not in text and "](" not in text and "[^" not in text and "__" not in text:
        return text
    blank = lambda m: " " * len(m.group(0))  # noqa: E731
    text = _FOOTNOTE_REF.sub(blank, _LINK.sub(blank, text))
    # (A bold speaker label, "**SBU:** four prisoners", is kept: the label rules read it.)
    labels = [m.span() for m in _BOLD_LABEL.finditer(text)]
    return _EMPHASIS.sub(lambda m: m.group(0) if any(a <= m.start() < b for a, b in labels) else blank(m), text)
