"""Give text set in capitals ordinary case, so that rules which read names by their capitals work.

Wire services, teleprinter copy and some headlines arrive in capitals ("KREMLIN SPOKESMAN DMITRY
PESKOV SAID ..."). Attribution finds speakers and sentence ends by their capitals, so such a line
is read as if it were cased: a word English writes in lower case is lowered, a name keeps its
capital, an acronym stays in capitals, and known phrases (the actors config's names and aliases)
take the spelling the config gives them. The result has exactly the length of the input, so
every offset into it is an offset into the original; callers slice the original for output.

Which words English writes in lower case comes from the Brill tagger lexicon that TextBlob ships
(Brill 1992, trained on the Brown corpus and the Penn Treebank; ``textblob/en/en-lexicon.txt``):
its entries keep their case, and a capitalised entry tagged ``NNP``/``NNPS`` is a proper noun.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

__all__ = ["is_shouting", "mostly_shouting", "restore_case"]

# A line is set in capitals when nearly all of its cased letters are capitals: "KYIV (Alderpress)
# - UKRAINE'S ..." keeps a lower-case agency name and is still shouting.
_MIN_LETTERS = 12
_MAX_LOWER_SHARE = 0.1
_LOWER = re.compile(r"[a-z]")
_UPPER = re.compile(r"[A-Z]")
# A word with its inner apostrophes, hyphens and dots: "RUSSIA'S", "SUNG-HOON", "U.S.", "LT."
_WORD = re.compile(r"[A-Za-z]+(?:['’.\-][A-Za-z]+)*\.?")
_PART = re.compile(r"[A-Za-z]+")
# Sentence starts: the line's first word, and a word after ". ", "? ", "! " with any quotes.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[\"'“‘(]*$")
_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]\.(?:[A-Za-z]\.)+|\b(?:LT|COL|GEN|MAJ|CAPT|SGT|DR|MR|MRS|MS|ST|GOV|SEN|REP|"
                           r"JAN|FEB|AUG|SEPT?|OCT|NOV|DEC|LTD|CO|CORP|INC|VS?)\.)$", re.I)
_OPENING = re.compile(r"^[\s\"'“‘(\[>-]*$")   # (and a caption transcript's ">>" turn mark)


def is_shouting(line: str) -> bool:
    """True when ``line`` is set in capitals (at least 12 letters, at most a tenth lower case)."""
    return _shouted(*_counts(line))


def mostly_shouting(lines) -> bool:
    """True when lines set in capitals hold at least half the letters of ``lines``.

    A wire story in capitals is; an article with a heading or a cable's "SUBJECT:" line in
    capitals is not, and is read as it stands.
    """
    lines = list(lines)
    if not any(line[:40].lstrip(_LEADING).isupper() for line in lines):
        return False   # the common case: a cased line shows a lower-case letter at once
    shouted = total = 0
    for line in lines:
        if line[:40].lstrip(_LEADING).isupper():
            upper, lower = _counts(line)
            total += upper + lower
            if _shouted(upper, lower):
                shouted += upper + lower
        else:
            total += len(line)   # a cased line: its length stands in for its letters
    return total > 0 and shouted * 2 >= total


def _shouted(upper: int, lower: int) -> bool:
    return upper + lower >= _MIN_LETTERS and lower <= _MAX_LOWER_SHARE * (upper + lower)


def _counts(line):
    if not line[:40].lstrip(_LEADING).isupper():
        return 0, 1
    return len(_UPPER.findall(line)), len(_LOWER.findall(line))


_LEADING = " \"'“‘([-0-9,.:;"


def restore_case(text: str, phrases=()) -> str:
    """Return ``text`` with its lines set in capitals given ordinary case, when those lines are most of it.

    Parameters
    ----------
    text : str
        Any text; lines are cased one by one.
    phrases : iterable of str
        Spellings to restore where they occur whole, case aside ("North Korea", "General Staff",
        "SBU"); the actors config's names and aliases.

    Returns
    -------
    str
        Of the same length as ``text``.

    Examples
    --------
    >>> restore_case('KREMLIN SPOKESMAN DMITRY PESKOV SAID THE FIGURE WAS "INVENTED".')
    'Kremlin spokesman Dmitry Peskov said the figure was "invented".'
    >>> restore_case("Ordinary text stays as it is.")
    'Ordinary text stays as it is.'
    """
    if not text[:40].lstrip(_LEADING).isupper() and "\n" not in text:
        return text
    lines = text.split("\n")
    lowered = [_is_lowered(line) for line in lines]
    if sum(lowered) >= _MIN_LOWERED_LINES:
        # An automatic transcript in lower case ("0:28 so let's start with kyiv ukraine's general
        # staff said …"): its lines are read as if set in capitals, then cased the same way.
        spellings = _phrase_table(tuple(phrases))
        return "\n".join(_case_line(_upper(line), spellings, set()) if low else line for line, low in zip(lines, lowered, strict=True))
    if not mostly_shouting(lines):
        return text
    spellings = _phrase_table(tuple(phrases))
    family_names: set = set()   # "Park" once seen as a name stays one: "..., PARK SAID."
    out = [_case_line(line, spellings, family_names) if is_shouting(line) else line for line in lines]
    for k, line in enumerate(lines):
        label = _TRANSCRIPT_LABEL.match(line) if out[k] is not line else None
        if label is not None and not _SAID.search(label.group(0)):
            # A transcript's speaker label stays in capitals, as the transcript set it: "COL. TARAS
            # HRYNIUK, SPOKESMAN, UKRAINIAN GROUND FORCES (through translator):" is read as a label.
            out[k] = label.group(0) + out[k][label.end():]
    return "\n".join(out)


# A speaker's label in capitals at a line's start, its description and a note on the translation
# after it: "ARKADY VOLSKY, ROSSIYA-1 HOST (through translator): ".
_TRANSCRIPT_LABEL = re.compile(r"(?:>>\s*)?[A-Z][A-Z0-9 .,'’&/-]{2,120}?(?:\s*\([^()\n]{1,40}\))?:\s")
_SAID = re.compile(r"\b(?:SAID|SAYS|SAY|ADDED|WROTE|TOLD|REPORTED|STATED|DECLARED)\b")


_MIN_LOWERED_LINES = 3
_NOTE = re.compile(r"\[[^\]\n]{0,30}\]")


def _is_lowered(line: str) -> bool:
    """True for a line of at least 40 letters with no capital but a bracketed note's ("[Foreign]")."""
    if len(line) < 40 or (_UPPER.search(line) is not None and "[" not in line):
        return False   # (the common case, a cased line, told by its first capital)
    plain = _NOTE.sub("", line)
    return not _UPPER.search(plain) and len(_LOWER.findall(plain)) >= 40


def _upper(line: str) -> str:
    """``line`` in capitals, letter for letter (a letter whose capital is longer, "ß", stays)."""
    return "".join(c.upper() if len(c.upper()) == 1 else c for c in line)


def _case_line(line: str, spellings, family_names) -> str:
    lower_words, proper_words = _lexicon()
    chars = list(line)
    words = list(_WORD.finditer(line))
    cased = [_case_word(m.group(0), lower_words, proper_words) for m in words]
    # A Korean family name that is also an English word ("PARK", "MOON", "SONG") or as short as
    # an acronym ("KIM", "LEE") is a name before a hyphenated given name: "Park Sung-hoon".
    for k, m in enumerate(words[:-1]):
        if (cased[k].isupper() or cased[k][:1].islower() and cased[k] in proper_words) \
                and _KOREAN_GIVEN.fullmatch(cased[k + 1]) and _adjacent(line, m, words[k + 1]):
            cased[k] = cased[k][:1].upper() + cased[k][1:].lower()
            family_names.add(cased[k])
    for k, word in enumerate(cased):
        stem = _POSSESSIVE.sub("", word).capitalize()
        if stem in family_names:
            cased[k] = stem + word[len(stem):]
    for k, m in enumerate(words):
        word = cased[k]
        if _starts_sentence(line, m.start()):
            word = word[:1].upper() + word[1:]
        if len(word) == len(m.group(0)):
            chars[m.start():m.end()] = word
    cased_line = "".join(chars)
    if spellings is not None:
        pattern, table = spellings
        low = cased_line.lower()
        for m in pattern.finditer(low):
            spelling = table[m.group(0)]
            if cased_line[m.start()].isupper():
                spelling = spelling[:1].upper() + spelling[1:]   # a sentence's first word
            cased_line = cased_line[:m.start()] + spelling + cased_line[m.end():]
    return cased_line


def _adjacent(line, left, right) -> bool:
    return line[left.end():right.start()] in (" ", "-")


def _starts_sentence(line, at) -> bool:
    before = line[:at]
    if _OPENING.match(before):
        return True
    end = _SENTENCE_END.search(before)
    # "IN THE U.S. SAID", "LT. COL. VADYM": a stop after an abbreviation ends no sentence.
    return end is not None and not _ABBREVIATION.search(before, 0, end.start() + 1)


def _case_word(word: str, lower_words, proper_words) -> str:
    if "." in word.rstrip(".") and len(_PART.findall(word)) > 1 and all(
            len(p) <= 2 for p in _PART.findall(word)):
        return word   # "U.S.", "U.K."
    parts = re.split(r"(['’\-.])", word)
    names = parts[::2]
    if len(parts) == 3 and parts[1] == "-" and all(len(p) <= 5 for p in names) and any(
            p.lower() not in lower_words and p.lower() not in proper_words for p in names):
        return names[0][:1] + names[0][1:].lower() + "-" + names[1].lower()   # "Sung-hoon", "Min-seo"
    out = []
    for i, part in enumerate(parts):
        if i % 2 or not part:
            out.append(part)
        elif i > 0 and parts[i - 1] in ("'", "’") and part.upper() in ("S", "T", "LL", "RE", "VE", "D", "M"):
            out.append(part.lower())   # "RUSSIA'S", "DON'T"
        else:
            out.append(_case_part(part, lower_words, proper_words))
    return "".join(out)


def _case_part(part: str, lower_words, proper_words) -> str:
    low = part.lower()
    if low in _ALWAYS_CAPITAL:
        return part[:1] + low[1:]
    if low in lower_words or any(
            p.search(low) and p.sub(r, low) in lower_words for p, r in _AMERICAN):
        return low
    if low in proper_words:
        return proper_words[low]
    if len(part) <= 3 or not _VOWELS.search(low):
        return part   # "SBU", "NIS", "KCNA" is likelier an acronym than a name: "Yar" is rarer
    return part[:1].upper() + low[1:]


_VOWELS = re.compile(r"[aeiouy]")
_POSSESSIVE = re.compile(r"['’]s$", re.I)
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")
# British spellings of words the (American) lexicon holds: "defence", "armoured", "kilometres".
_AMERICAN = ((re.compile(r"our"), "or"), (re.compile(r"ence$"), "ense"), (re.compile(r"tre(s?)$"), r"ter\1"),
             (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"), (re.compile(r"ogue$"), "og"))
# Words the lexicon also holds in lower case (from headings and typos) that English capitalises.
_ALWAYS_CAPITAL = frozenset((
    "i", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december"))


@lru_cache(maxsize=1)
def _lexicon():
    """Return (words English writes in lower case, {lower: spelling} of proper nouns)."""
    from importlib.util import find_spec

    # Found without importing TextBlob, whose import costs a second.
    path = Path(find_spec("textblob").origin).with_name("en") / "en-lexicon.txt"
    lower, proper = set(), {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(";;;"):
            continue
        word, _, tag = line.partition(" ")
        if not word.isalpha():
            continue
        if word.islower():
            lower.add(word)
        elif tag.startswith("NNP") and word[:1].isupper():
            # (A headline's "WASHINGTON" gives way to "Washington"; an acronym has only its capitals.)
            known = proper.get(word.lower())
            if known is None or (known.isupper() and not word.isupper()):
                proper[word.lower()] = word
    return frozenset(lower), proper


@lru_cache(maxsize=8)
def _phrase_table(phrases: tuple):
    """Return one pattern over lower-cased text for all phrases (longest first) and their spellings.

    A phrase written all in lower case adds nothing, and an acronym that is also an English word
    ("WHO", "US") would capitalise the word wherever it stands.
    """
    lower_words = _lexicon()[0]
    table = {}
    for phrase in phrases:
        low = phrase.lower()
        if not phrase or phrase.islower() or len(low) != len(phrase) or (phrase.isupper() and low in lower_words):
            continue
        table.setdefault(low, phrase)
    if not table:
        return None
    alternatives = "|".join(re.escape(p) for p in sorted(table, key=len, reverse=True))
    return re.compile(r"(?<![\w'’-])(?:" + alternatives + r")(?![\w-])"), table
