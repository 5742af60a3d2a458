"""Read continental and British quotation marks as American ones, so that rules which find
quotations see them.

A German paper in translation quotes „like this“ (and ‚inside‘), a French or Russian one «like
this», a British one ‘like this’ (with “inside” for a quotation within), a Polish or Ukrainian one
between dashes (– like this – he says); attribution finds a quotation by its double marks “…”.
:func:`english_quotes`, :func:`double_quotes` and :func:`dash_quotes` return the
text with each pair replaced, of exactly the same length, so every offset into it is an offset
into the original; callers slice the original for output.
"""

from __future__ import annotations

import re

__all__ = ["dash_quotes", "double_quotes", "english_quotes"]

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
        # French spacing, "« probably missing or captured », he added": spaced marks in pairs,
        # « first, are quotation marks too.
        french = "« " in line and line.count("«") == line.count("»") and line.index("«") < line.index("»")
        if french:
            opening_guillemet = "«"
        stack: list = []
        for k, ch in enumerate(line):
            if ch in "«»" and line[k - 1:k] == " " and line[k + 1:k + 2] == " " and not french:
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


# A single mark that opens a quotation: after a space, a bracket or a dash (or first on the line),
# before a letter, a figure or an ellipsis. An apostrophe that starts a word ("’90s") is rare in news.
# (The mark first, then what stands before it: a scan for the mark is fast, one for a position
# before it is not.)
_SINGLE_OPEN = re.compile(r"[‘'](?<![^\s(\[—–-][‘'])(?=[\w…])")
_DOUBLE_OPEN = re.compile(r"[“\"](?<![^\s(\[—–-][“\"])(?=\S)")
# A single mark that may close one: after a non-space, before a non-letter.
_SINGLE_CLOSE = re.compile(r"(?<=\S)[’'](?![\w])")
_SWAP = {"“": "‘", "”": "’", '"': "'"}


def double_quotes(text: str) -> str:
    """Return ``text`` with British quotation marks as American ones when it quotes ‘like this’:
    each single pair as “…”, and a double pair inside one as ‘…’; else ``text`` itself.

    An article quotes with single marks when more quotations open with one than with a double
    mark (two at least). A closing mark is told from an apostrophe by what follows it ("Russia’s"
    goes on with a letter); "the troops’ losses" inside a quotation closes it only when no later
    mark on the line could.

    Examples
    --------
    >>> double_quotes("Peskov called it ‘a fake’. ‘Russia’s ties “threaten no one”,’ he said.")
    'Peskov called it “a fake”. “Russia’s ties ‘threaten no one’,” he said.'
    >>> s = "He said the ‘North’ group had “held”, and “so did we.”"
    >>> double_quotes(s) is s
    True
    """
    singles = sum(1 for _ in _SINGLE_OPEN.finditer(text))
    if singles < 2 or singles <= sum(1 for _ in _DOUBLE_OPEN.finditer(text)):
        return text
    chars = list(text)
    for line_start, line in _lines(text):
        opens = [m.start() for m in _SINGLE_OPEN.finditer(line)]
        closes = [m.start() for m in _SINGLE_CLOSE.finditer(line)]
        k = 0
        while k < len(opens):
            at = opens[k]
            later = [c for c in closes if c > at]
            nxt = opens[k + 1] if k + 1 < len(opens) else len(line)
            end = None
            for n, c in enumerate(later):
                # "the soldiers’ families": a plural's apostrophe, when another mark closes later.
                plural = line[c - 1] in "sS" and line[c + 1:c + 3].startswith(" ") and line[c + 2:c + 3].islower()
                if plural and any(c2 < nxt or n + 1 == len(later) for c2 in later[n + 1:]):
                    continue
                end = c
                break
            chars[line_start + at] = "“"
            if end is None:
                break   # a quotation running on into the next paragraph, which opens it again
            chars[line_start + end] = "”"
            for x in range(at + 1, end):
                if line[x] in _SWAP:
                    chars[line_start + x] = _SWAP[line[x]]
            while k < len(opens) and opens[k] <= end:
                k += 1
    return "".join(chars)


# Speech set off by dashes, as Polish, Ukrainian and Russian papers print it: a dash opens it at a
# paragraph's or a sentence's start, and a dash before its tag closes it ("– We had four
# stretchers – he says, turning the cup." or "– Drones do not stop – the official warned.").
_DASH_OPEN = re.compile(r"(?:^|(?<=[.?!:…]\s))[–—]\s(?=[„“\"«]?[A-ZА-ЯІЇЄҐ0-9])", re.MULTILINE)
_DASH_TAG = re.compile(r"\s[–—]\s(?=(?:[\w’'.-]+\s+){0,5}?(?:says|said|adds|added|explains|explained|recalls|"
                       r"recalled|warns|warned|tells|told|admits|admitted|insists|insisted|stresses|stressed|"
                       r"notes|noted|asks|asked|answers|answered|replies|replied|concludes|concluded|"
                       r"continues|continued|assures|assured|laughs|sighs)\b[^.?!\n]{0,120}[.?!](?:\s|$))")


def dash_quotes(text: str) -> str:
    """Return ``text`` with speech between dashes as “…,” followed by its tag; else ``text`` itself.

    Only a dash that opens a sentence and a later dash on the same line that stands before a tag
    with a reporting verb make a pair; a dash-dialogue interview's untagged turns stay as they are.

    Examples
    --------
    >>> dash_quotes("He nods. – We had four stretchers. Not more – he says, smiling.")
    'He nods. “ We had four stretchers. Not more,” he says, smiling.'
    >>> s = "The brigade – one of the first – held."
    >>> dash_quotes(s) is s
    True
    """
    if "–" not in text and "—" not in text:
        return text
    chars = None
    for line_start, line in _lines(text):
        if "–" not in line and "—" not in line:
            continue
        at = 0
        while True:
            opened = _DASH_OPEN.search(line, at)
            if opened is None:
                break
            closed = _DASH_TAG.search(line, opened.end())
            if closed is None:
                break
            nxt = _DASH_OPEN.search(line, opened.end())
            if nxt is not None and nxt.start() < closed.start():
                at = nxt.start()   # the first dash opened no tagged speech; the next may
                continue
            if chars is None:
                chars = list(text)
            # Same length: "– " becomes "“ ", " – " before the tag becomes ",” ".
            chars[line_start + opened.start()] = "“"
            chars[line_start + closed.start()] = ","
            chars[line_start + closed.start() + 1] = "”"
            at = closed.end()
    return text if chars is None else "".join(chars)
