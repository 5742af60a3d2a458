"""Score text units with VADER, AFINN and TextBlob's pattern polarity, fast and to the bit.

Why: the reference packages score text at about 0.5 MB/s each, and every unit of every article
is scored four times. Most of their time goes to work that need not be redone per text: NLTK's
VADER builds a punctuation-by-word product dictionary on each call, AFINN tries a 3,382-branch
regex alternation at each word, TextBlob runs a dozen regex passes to tokenize and scans its
emoticon table for each token. The scorers here apply the same rules with lookup tables built
once per process, and skip rules that cannot fire (a word with no booster, negation or idiom
near it keeps its lexicon valence): 10 to 35 times faster on the project corpus.

- :class:`VaderScorer`: VADER's compound score (Hutto & Gilbert 2014) as computed by
  ``nltk.sentiment.vader.SentimentIntensityAnalyzer(...).polarity_scores(text)["compound"]`` of
  NLTK 3.10, for one or more lexicon dicts at once (they share the tokenisation), so the stock
  lexicon and the war-domain variant cost little more than one;
- :class:`AfinnScorer`: ``afinn.Afinn().score(text)`` of afinn 0.1, the sum of the valences of
  the longest lexicon entries found between word boundaries;
- :class:`PatternScorer`: ``textblob.en.sentiments.PatternAnalyzer().analyze(text)[0]`` of
  textblob 0.20.1, the mean polarity of the assessed words, emoticons and sarcasm marks.

Each returns exactly the float the reference returns (``==``, not approximately) for the
package versions pinned in ``pyproject.toml``, including their quirks: VADER scores a repeated
token in the context of its first occurrence and strips a mark from a token only if it is one
of its listed marks at one end of an otherwise punctuation-free word; AFINN prefers the longest
entry, so "no fun" scores -3 and not "no" (-1) plus "fun" (+4); TextBlob splits "don't" into
``do n ' t`` and reads "said: (" as a frown emoticon. ``tests/test_scorers.py`` checks that
equality against the packages on every unit of the corpus and on generated texts built to reach
each rule. The lexicons, constants and emoticon tables are imported from the packages, so a data
change upstream reaches both sides of that comparison.
"""

from __future__ import annotations

import math
import re
import string
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from .resources import trie_pattern

__all__ = ["VaderScorer", "AfinnScorer", "PatternScorer", "afinn_scorer", "pattern_scorer"]


# --- VADER ----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _vader_rules() -> dict:
    """Return VADER's constants (imported from NLTK) and the sets derived from them."""
    from nltk.sentiment.vader import VaderConstants as C

    # A key of several words can only match where its rarest word occurs; one such word per
    # key tells whether a text needs the idiom rules at all.
    anchors = {
        "the shit": "shit",
        "the bomb": "bomb",
        "bad ass": "ass",
        "yeah right": "yeah",
        "cut the mustard": "mustard",
        "kiss of death": "death",
        "hand to mouth": "mouth",
        "just enough": "enough",
        "kind of": "kind",
        "sort of": "sort",
    }
    multi = [k for k in (*C.SPECIAL_CASE_IDIOMS, *C.BOOSTER_DICT) if " " in k]
    return {
        "punct": string.punctuation,
        "punct_set": frozenset(string.punctuation),
        "marks": frozenset(C.PUNC_LIST),
        "booster": dict(C.BOOSTER_DICT),
        "negate": frozenset(C.NEGATE),
        "idioms": dict(C.SPECIAL_CASE_IDIOMS),
        # Unknown multi-word keys fall back to their last word, which is always correct, only
        # less selective.
        "anchors": frozenset(anchors.get(k, k.split()[-1]) for k in multi),
        # The lower-cased tokens before a word that can change its valence: boosters and
        # dampeners, negations, "least", and the "so"/"this" of the "never so" rule.
        "context": frozenset(C.BOOSTER_DICT) | frozenset(C.NEGATE) | {"least", "so", "this"},
        "b_decr": C.B_DECR,
        "c_incr": C.C_INCR,
        "n_scalar": C.N_SCALAR,
    }


def _vader_words(text: str, punct: str, punct_set: frozenset, marks: frozenset) -> list[str]:
    """Return VADER's tokens: whitespace-split, 2+ characters, one listed mark stripped.

    NLTK strips a leading or trailing mark only when it is one of PUNC_LIST and the rest holds
    no ASCII punctuation at all and is 2+ characters long (the rest must be a key of its
    punctuation-free word dict); so ``"cat!!"`` becomes ``"cat"`` but ``"cat!!!!"``, ``"'cat'"``
    and ``"don't,"`` stay as they are.
    """
    words = []
    for t in text.split():
        if len(t) > 1:
            if t[-1] in punct_set:
                if t[0] not in punct_set:
                    core = t.rstrip(punct)
                    if len(core) > 1 and t[len(core) :] in marks and punct_set.isdisjoint(core):
                        t = core
            elif t[0] in punct_set:
                core = t.lstrip(punct)
                if len(core) > 1 and t[: len(t) - len(core)] in marks and punct_set.isdisjoint(core):
                    t = core
            words.append(t)
    return words


class VaderScorer:
    """VADER compound scores for one or more lexicons, equal to NLTK 3.10's.

    Parameters
    ----------
    lexicons : sequence of dict
        Lexicons mapping a lower-case token to its valence, as
        ``SentimentIntensityAnalyzer().lexicon``; patched copies (entries added, changed or
        removed) are what several are for. Each is copied when the scorer is built.

    Examples
    --------
    >>> stock = {"good": 1.9, "bad": -2.5, "killed": -3.5}
    >>> war = {**stock, "shelling": -2.1}
    >>> scorer = VaderScorer([stock, war])
    >>> scorer.compounds("Shelling killed two, but the news was VERY good!")
    (0.6035, 0.4369)
    >>> scorer.compound("not bad")
    0.431
    """

    def __init__(self, lexicons):
        lexicons = [dict(lexicon) for lexicon in lexicons]
        if not lexicons:
            raise ValueError("VaderScorer needs at least one lexicon")
        # One lookup per token serves every lexicon: token -> valence (None if absent) per
        # lexicon, and the same with absent as 0.0, the score of a word without context rules.
        self._entries = {w: tuple(lexicon.get(w) for lexicon in lexicons) for w in set().union(*lexicons)}
        self._plain = {w: tuple(0.0 if v is None else v for v in vs) for w, vs in self._entries.items()}
        self._zeros = (0.0,) * len(lexicons)
        self._rules = _vader_rules()

    def compound(self, text: str) -> float:
        """Return the compound score of ``text`` with the first lexicon.

        Parameters
        ----------
        text : str
            The text to score.

        Returns
        -------
        float
            ``polarity_scores(text)["compound"]``: -1 to +1, rounded to 4 places.
        """
        return self.compounds(text)[0]

    def compounds(self, text: str) -> tuple[float, ...]:
        """Return the compound score of ``text`` with each lexicon, in the order given.

        Parameters
        ----------
        text : str
            The text to score.

        Returns
        -------
        tuple of float
            One ``polarity_scores(text)["compound"]`` per lexicon.
        """
        rules = self._rules
        words = _vader_words(text, rules["punct"], rules["punct_set"], rules["marks"])
        n = len(words)
        lowered = " ".join(words).lower()
        lows = lowered.split()
        entries = list(map(self._entries.get, lows))
        hits = list(compress(range(n), entries))
        if not hits:
            return self._zeros
        context, booster, plain = rules["context"], rules["booster"], self._plain
        idioms_possible = not rules["anchors"].isdisjoint(lows)
        nt_possible = "n't" in lowered
        but = lows.index("but") if "but" in lows else -1
        cap_diff = None
        memo = {}
        rows = []
        for p in hits:
            item = words[p]
            values = memo.get(item)
            if values is None:
                # NLTK scores every occurrence of a token in the context of its first one (it
                # looks the index up by value), so p, the first hit of item, is that context.
                low = lows[p]
                if low in booster or (low == "kind" and p + 1 < n and lows[p + 1] == "of"):
                    values = self._zeros
                else:
                    before = lows[p - 3 if p > 3 else 0 : p]
                    if (
                        context.isdisjoint(before)
                        and not idioms_possible
                        and not item.isupper()
                        and not (nt_possible and "n't" in " ".join(before))
                    ):
                        # Nothing nearby can change the valence: every rule would leave it.
                        values = plain[low]
                    else:
                        if cap_diff is None:
                            cap_diff = 0 < sum(map(str.isupper, words)) < n
                        values = self._valences(p, words, lows, entries, cap_diff)
                memo[item] = values
            if but >= 0 and p != but:
                values = tuple([v * 0.5 for v in values] if p < but else [v * 1.5 for v in values])
            rows.append(values)
        out = []
        amplifier = None
        for values in zip(*rows, strict=True):
            total = float(sum(values))
            if total:
                if amplifier is None:
                    amplifier = _punctuation_amplifier(text)
                total = total + amplifier if total > 0 else total - amplifier
            out.append(round(total / math.sqrt(total * total + 15), 4))
        return tuple(out)

    def _valences(self, i, words, lows, entries, cap_diff):
        """Return the valence of the token at ``i`` (its first occurrence) under each lexicon."""
        out = []
        seen = {}
        for lexicon, v in enumerate(entries[i]):
            if v is None:
                out.append(0.0)
                continue
            # Lexicons differ only in the valence and in whether each of the three preceding
            # tokens is an entry; lexicons that agree on those share the result.
            key = (
                v,
                *(i >= k and (entries[i - k] is None or entries[i - k][lexicon] is None) for k in (1, 2, 3)),
            )
            if key not in seen:
                seen[key] = self._valence(v, i, words, lows, cap_diff, *key[1:])
            out.append(seen[key])
        return tuple(out)

    def _valence(self, v, i, words, lows, cap_diff, out1, out2, out3):
        """Apply VADER's context rules to valence ``v`` of token ``i``.

        ``outK`` says the token K places back exists and is not an entry: the booster, negation
        and idiom rules only look at preceding tokens that carry no valence of their own.
        """
        rules = self._rules
        c_incr = rules["c_incr"]
        n_scalar = rules["n_scalar"]
        negate = rules["negate"]
        if cap_diff and words[i].isupper():
            v = v + c_incr if v > 0 else v - c_incr
        if out1:
            v = v + self._boost(i - 1, v, words, lows, cap_diff)
            if lows[i - 1] in negate or "n't" in lows[i - 1]:
                v = v * n_scalar
        if out2:
            s = self._boost(i - 2, v, words, lows, cap_diff)
            if s != 0:
                s = s * 0.95
            v = v + s
            if words[i - 2] == "never" and words[i - 1] in ("so", "this"):
                v = v * 1.5
            elif lows[i - 2] in negate or "n't" in lows[i - 2]:
                v = v * n_scalar
        if out3:
            s = self._boost(i - 3, v, words, lows, cap_diff)
            if s != 0:
                s = s * 0.9
            v = v + s
            if (words[i - 3] == "never" and words[i - 2] in ("so", "this")) or words[i - 1] in ("so", "this"):
                v = v * 1.25
            elif lows[i - 3] in negate or "n't" in lows[i - 3]:
                v = v * n_scalar
            v = self._idioms(v, i, words)
        # "least" before a word negates it, unless "at least" or "very least".
        if out1 and lows[i - 1] == "least" and (i == 1 or lows[i - 2] not in ("at", "very")):
            v = v * n_scalar
        return v

    def _boost(self, j, v, words, lows, cap_diff):
        """Return the booster/dampener scalar token ``j`` applies to valence ``v`` (0.0 if none)."""
        rules = self._rules
        scalar = rules["booster"].get(lows[j])
        if scalar is None:
            return 0.0
        if v < 0:
            scalar = scalar * -1
        if cap_diff and words[j].isupper():
            scalar = scalar + rules["c_incr"] if v > 0 else scalar - rules["c_incr"]
        return scalar

    def _idioms(self, v, i, words):
        """Apply VADER's idiom and two-word-dampener rules around token ``i`` (``i >= 3``)."""
        rules = self._rules
        idioms = rules["idioms"]
        w3, w2, w1, w0 = words[i - 3 : i + 1]
        # Keys are compared with the tokens as written, not lower-cased, as NLTK does.
        for seq in (f"{w1} {w0}", f"{w2} {w1} {w0}", f"{w2} {w1}", f"{w3} {w2} {w1}", f"{w3} {w2}"):
            if seq in idioms:
                v = idioms[seq]
                break
        n = len(words)
        if n - 1 > i and f"{w0} {words[i + 1]}" in idioms:
            v = idioms[f"{w0} {words[i + 1]}"]
        if n - 1 > i + 1 and f"{w0} {words[i + 1]} {words[i + 2]}" in idioms:
            v = idioms[f"{w0} {words[i + 1]} {words[i + 2]}"]
        if f"{w3} {w2}" in rules["booster"] or f"{w2} {w1}" in rules["booster"]:
            v = v + rules["b_decr"]
        return v


def _punctuation_amplifier(text: str) -> float:
    """Return VADER's emphasis for "!" (up to 4) and "?" (2 or more) in ``text``."""
    ep = min(text.count("!"), 4) * 0.292
    qm = text.count("?")
    if qm > 1:
        return ep + (qm * 0.18 if qm <= 3 else 0.96)
    return ep


# --- AFINN ----------------------------------------------------------------------------------------


class AfinnScorer:
    """AFINN score equal to ``afinn.Afinn().score(text)``.

    Parameters
    ----------
    words : dict, optional
        Entry to integer valence; by default the English AFINN-165 list the ``afinn`` package
        ships, read with the package's own reader.

    Examples
    --------
    >>> scorer = AfinnScorer()
    >>> scorer.score("Some kind of bad luck, it does not work; GOOD.")
    -2.0
    """

    def __init__(self, words: dict | None = None):
        self._t = _afinn_tables() if words is None else _afinn_build(dict(words))

    def score(self, text: str) -> float:
        """Return the sum of the valences of the entries found in ``text``.

        Parameters
        ----------
        text : str
            The text to score.

        Returns
        -------
        float
            Positive for positive sentiment; unbounded, grows with length.
        """
        # Whitespace runs become one space so that multi-word entries match across them.
        lowered = " ".join(text.lower().split())
        t = self._t
        if t.pattern is not None:
            return float(sum(map(t.words.__getitem__, t.pattern.findall(lowered))))
        tokens = _WORD_RUN.findall(lowered)
        if t.firsts.isdisjoint(tokens):   # the common case: single-word entries only
            single = t.single
            return float(sum([single[w] for w in tokens if w in single]))
        total, end = 0, 0
        for m in _WORD_RUN.finditer(lowered):
            if m.start() < end:
                continue   # inside a phrase already counted
            word = m.group()
            if word in t.firsts:
                phrase = t.phrases.match(lowered, m.start())
                if phrase is not None:
                    total += t.words[phrase.group()]
                    end = phrase.end()
                    continue
            total += t.single.get(word, 0)
        return float(total)


_WORD_RUN = re.compile(r"\w+")
_WORD_ENDS = re.compile(r"\w(?:[\s\S]*\w)?")   # begins and ends with a word character


@dataclass(frozen=True)
class _AfinnTables:
    words: dict
    pattern: re.Pattern | None   # every entry in one regex; None when the word runs serve
    single: dict                 # the entries that are one run of word characters
    phrases: re.Pattern | None   # the other entries, longest first
    firsts: frozenset            # the first word of each of those


def _afinn_build(words: dict) -> _AfinnTables:
    # AFINN matches ``\b(entries, longest first)\b`` in the lower-cased text. When every entry
    # begins and ends with a word character, a match begins where a run of word characters does
    # and ends where one ends: one-run entries are exactly the runs found in the table, and only
    # the few phrases ("no fun", "well-being") need a regex, tried where their first word stands,
    # before the word alone, as the longest-first alternation would. Compiling the regex of all
    # 3,382 entries was a quarter of a second of the command's start-up.
    if words and all(_WORD_ENDS.fullmatch(w) for w in words):
        phrases = [w for w in words if not _WORD_RUN.fullmatch(w)]
        return _AfinnTables(words, None, {w: v for w, v in words.items() if _WORD_RUN.fullmatch(w)},
                            re.compile(trie_pattern(phrases, space=" ") + r"\b"),
                            frozenset(_WORD_RUN.match(w).group() for w in phrases))
    # Whitespace is normalised to single spaces before matching, so a space matches a space.
    return _AfinnTables(words, re.compile(r"\b" + trie_pattern(words, space=" ") + r"\b"), {}, None, frozenset())


@lru_cache(maxsize=1)
def _afinn_tables():
    # Read the word file rather than build afinn.Afinn(), which would compile its own regex.
    import os

    import afinn

    path = os.path.join(os.path.dirname(afinn.__file__), "data", afinn.afinn.LANGUAGE_TO_FILENAME["en"])
    return _afinn_build(afinn.Afinn.read_word_file(path))


@lru_cache(maxsize=1)
def afinn_scorer() -> AfinnScorer:
    """Return the shared :class:`AfinnScorer` with the default (English AFINN-165) list.

    Returns
    -------
    AfinnScorer
        Built on the first call, the same object afterwards.
    """
    return AfinnScorer()


# --- TextBlob pattern -----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _pattern_tables():
    """Return TextBlob's lexicon and tokenizer data, reshaped for one lookup per token."""
    from textblob import _text
    from textblob.en import sentiment

    sentiment.keys()  # the lexicon is a lazy dict: load it
    modifiers = tuple(sentiment.modifiers)
    known = {
        w: (senses[None][0], senses[None][2], any(m in senses for m in modifiers))
        for w, senses in dict.items(sentiment)
        if None in senses
    }
    # TextBlob tries every emoticon set, in order, for each short non-alphabetic token that is not
    # a substring of its punctuation string; the first set holding the lower-cased token wins.
    emoticons = {}
    for (_kind, polarity), forms in _text.EMOTICONS.items():
        for form in forms:
            form = form.lower()
            if form.isalpha() is False and len(form) <= 5 and form not in _text.PUNCTUATION:
                emoticons.setdefault(form, polarity)
    negations = frozenset(sentiment.negations)
    # TextBlob's per-sentence regex passes only change a text where they remove a space inside an
    # emoticon (": )") or a sarcasm mark ("( ! )"), so two of its characters with a space between;
    # the fast tokenizer hands texts with such a pair to TextBlob's own. Grouped by the first
    # character, the pairs make one regex that the engine scans for quickly.
    joins: dict = {"(": {"!"}, "!": {")"}}
    for forms in _text.EMOTICONS.values():
        for form in forms:
            for a, b in zip(form, form[1:], strict=False):
                joins.setdefault(a, set()).add(b)
    joins_pattern = "|".join(
        re.escape(a) + " [" + "".join(map(re.escape, sorted(bs))) + "]" for a, bs in sorted(joins.items())
    )
    punctuation = _text.PUNCTUATION
    return {
        "known": known,
        "emoticons": emoticons,
        "negations": negations,
        "modifier": sentiment.modifier,
        "special": negations | set(emoticons) | {"!", "(!)"},
        "tokenizer": sentiment.tokenizer,
        "joins": re.compile(joins_pattern),
        "contractions": list(_text.replacements.items()),
        "unsplit": frozenset(_text.replacements),
        "lead": tuple(punctuation.replace(".", "")),
        "trail": tuple(punctuation),
        "lead_set": frozenset(punctuation.replace(".", "")),
        "trail_set": frozenset(punctuation),
        "abbreviations": frozenset(_text.ABBREVIATIONS),
        # TextBlob keeps the period of a token any of its three abbreviation patterns match;
        # all three are anchored at both ends, so their alternation matches the same tokens.
        "abbreviation": re.compile(
            "|".join(f"(?:{r.pattern})" for r in (_text.RE_ABBR1, _text.RE_ABBR2, _text.RE_ABBR3))
        ),
        "eos": _text.EOS,
    }


class PatternScorer:
    """TextBlob's pattern polarity, equal to ``PatternAnalyzer().analyze(text)[0]``.

    Examples
    --------
    >>> scorer = PatternScorer()
    >>> scorer.polarity("The talks were not very good!")
    -0.33653846153846145
    >>> scorer.polarity("Residents were not happy with the slow evacuation :(")
    -0.4833333333333334
    """

    def __init__(self):
        self._t = _pattern_tables()

    def polarity(self, text: str) -> float:
        """Return the mean polarity of the assessed words of ``text``.

        Parameters
        ----------
        text : str
            The text to score.

        Returns
        -------
        float
            -1 to +1; 0.0 when nothing in the text is in the lexicon.
        """
        t = self._t
        known = t["known"]
        special = t["special"]
        negations = t["negations"]
        assessed = []  # [polarity, intensity, negated] per assessed chunk
        modifier = None  # a preceding known adverb/modifier that may intensify the next word
        negation = None  # a preceding negation, carried across small words
        for w in self._tokens(text):
            entry = known.get(w)
            if entry is not None:
                p, intensity, modifies = entry
                if modifier is None:
                    assessed.append([p, intensity, False])
                else:
                    last = assessed[-1]
                    last[0] = max(-1.0, min(p * last[1], +1.0))
                    last[1] = intensity
                if negation is not None:
                    last = assessed[-1]
                    last[1] = 1.0 / last[1]
                    last[2] = True
                modifier = w if modifies else None
                negation = w if w in negations else None
                continue
            if negation is None and modifier is None and w not in special:
                continue
            if w in negations:
                negation = w
            elif negation is not None and len(w.strip("'")) > 1:
                negation = None
            if negation is not None and modifier is not None and t["modifier"](modifier):
                assessed[-1][2] = True
                negation = None
            elif modifier is not None and len(w) > 2:
                modifier = None
            if w == "!" and assessed:
                assessed[-1][0] = max(-1.0, min(assessed[-1][0] * 1.25, +1.0))
            if w == "(!)":
                assessed.append([0.0, 1.0, False])
            mood = t["emoticons"].get(w)
            if mood is not None:
                assessed.append([mood, 1.0, False])
        # Summed one by one as TextBlob does, not with sum(), which compensates in Python 3.12+.
        total = 0
        for p, _intensity, negated in assessed:
            total += p * -0.5 if negated else p
        return total / float(len(assessed) or 1)

    def _tokens(self, text: str) -> list[str]:
        """Return TextBlob's lower-cased tokens of ``text``, as its sentiment sees them."""
        t = self._t
        s = text
        if "'" in s:  # every contraction TextBlob splits has an apostrophe
            for a, b in t["contractions"]:
                s = s.replace(a, b)
        s = (
            s.replace("“", " “ ")
            .replace("”", " ” ")
            .replace("‘", " ‘ ")
            .replace("’", " ’ ")
            .replace("'", " ' ")
            .replace('"', ' " ')
            .replace("\r\n", "\n")
        )
        if "\n\n" in s or t["eos"] in s:
            return self._reference_tokens(text)
        lead_set, trail_set = t["lead_set"], t["trail_set"]
        abbreviations, abbreviation = t["abbreviations"], t["abbreviation"]
        tokens = []
        append = tokens.append
        for token in s.split():
            mark = token[-1]
            if mark in trail_set:
                # Fast paths for the common shapes, "word," and "word." (a lone mark stays whole);
                # anything with more marks goes through the general loop.
                if len(token) == 1:
                    append(token)
                elif token[0] in lead_set or token[-2] in trail_set:
                    self._split_punctuation(token, tokens)
                elif mark != "." or not (token in abbreviations or abbreviation.match(token)):
                    append(token[:-1])
                    append(mark)
                else:
                    append(token)
            elif token[0] in lead_set:
                self._split_punctuation(token, tokens)
            else:
                append(token)
        joined = " ".join(tokens)
        if t["joins"].search(joined):
            return self._reference_tokens(text)
        return joined.lower().split()

    def _split_punctuation(self, token: str, out: list) -> None:
        """Append ``token`` with leading and trailing marks split off, as TextBlob splits them."""
        t = self._t
        unsplit = t["unsplit"]
        lead, trail = t["lead"], t["trail"]
        while token.startswith(lead) and token not in unsplit:
            out.append(token[0])
            token = token[1:]
        tail = []
        while token.endswith(trail) and token not in unsplit:
            if token.endswith(lead):
                tail.append(token[-1])
                token = token[:-1]
            if token.endswith("..."):
                tail.append("...")
                token = token[:-3].rstrip(".")
            if token.endswith("."):
                if token in t["abbreviations"] or t["abbreviation"].match(token):
                    break
                tail.append(token[-1])
                token = token[:-1]
        if token:
            out.append(token)
        out.extend(reversed(tail))

    def _reference_tokens(self, text: str) -> list[str]:
        return [w.lower() for w in " ".join(self._t["tokenizer"](text)).split()]


@lru_cache(maxsize=1)
def pattern_scorer() -> PatternScorer:
    """Return the shared :class:`PatternScorer`.

    Returns
    -------
    PatternScorer
        Built on the first call, the same object afterwards.
    """
    return PatternScorer()
