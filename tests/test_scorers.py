"""The fast scorers return exactly (``==``) what the reference packages return.

References: NLTK 3.10's VADER with the vaderSentiment lexicon (stock, the war patch, and an odd
lexicon whose entries collide with VADER's rule words), ``afinn.Afinn().score`` and TextBlob's
``PatternAnalyzer().analyze(text)[0]``. Checked on every unit of the corpus and on generated
texts built to reach every rule.
"""

import math
import re
import sys
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import narrative_compare as nc
from narrative_compare.scorers import AfinnScorer, PatternScorer, VaderScorer, afinn_scorer, pattern_scorer

ARTICLES = sorted((Path(__file__).resolve().parents[1] / "narratives").glob("*/article.txt"))


@lru_cache(maxsize=1)
def references():
    """Return the reference analysers: three NLTK VADERs, AFINN, TextBlob pattern."""
    from afinn import Afinn
    from textblob.en.sentiments import PatternAnalyzer

    from narrative_compare.resources import vader_analyzer
    from narrative_compare.sentiment import war_lexicon

    stock = vader_analyzer()
    war = vader_analyzer()
    # The war patch as the project applies it: a zero valence removes the entry.
    war.lexicon = dict(stock.lexicon)
    for term, valence in zip(war_lexicon()["term"], war_lexicon()["valence"], strict=True):
        if valence == 0.0:
            war.lexicon.pop(term, None)
        else:
            war.lexicon[term] = valence
    # Entries on VADER's rule words switch its "preceding word is not in the lexicon" guards,
    # and keys with punctuation, capitals or a zero valence are legal in a patched lexicon.
    odd = vader_analyzer()
    odd.lexicon = {
        **stock.lexicon,
        "least": 1.1,
        "so": 0.7,
        "never": -1.2,
        "but": 0.4,
        "the": 0.3,
        "of": 0.2,
        "very": 0.9,
        "this": -0.6,
        "at": 0.5,
        "kiss": 0.8,
        "cat,": 1.5,
        "Cat": 2.0,
        "zero": 0.0,
        "n't": -0.5,
        "not": -0.9,
        "kind": 1.0,
    }
    del odd.lexicon["good"]
    return (stock, war, odd), Afinn(), PatternAnalyzer()


@lru_cache(maxsize=1)
def scorers():
    (stock, war, odd), _, _ = references()
    return VaderScorer([stock.lexicon, war.lexicon, odd.lexicon]), afinn_scorer(), pattern_scorer()


def reference_scores(text):
    vaders, afinn, pattern = references()
    return (
        tuple(v.polarity_scores(text)["compound"] for v in vaders),
        float(afinn.score(text)),
        float(pattern.analyze(text)[0]),
    )


def fast_scores(text):
    vader, afinn, pattern = scorers()
    return vader.compounds(text), afinn.score(text), pattern.polarity(text)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.parent.name)
def test_equal_on_every_corpus_unit(article):
    units = nc.split_units(article.read_text(encoding="utf-8"))["text"]
    assert len(units) > 0
    for text in units:
        assert fast_scores(text) == reference_scores(text), text


# "|"-separated so that multi-word entries stay whole.
WORDS = (
    # lexicon entries (VADER, war patch, AFINN, TextBlob), multi-word and hyphenated AFINN entries
    "good|bad|killed|great|happy|love|hate|war|death|horrible|nice|fun|kind|best|worst|shelling|"
    "casualties|special|advanced|wounded|no fun|bad luck|does not work|some kind|cover-up|well-being|"
    "son-of-a-bitch|self-confident|fed up|fucking amazing|cat|zero|terribly|really|"
    # boosters and dampeners
    "very|kind of|sort of|kinda|sort-of|extremely|barely|just enough|so|this|more|most|less|little|"
    "absolutely|"
    # negations, "least", "but"
    "not|never|isn't|don't|can't|least|at least|very least|never so|never this|without|n't|no|uh-uh|"
    "aint|nothing|really not|but|BUT|But|"
    # idioms and their parts
    "kiss of death|the bomb|the shit|bad ass|yeah right|cut the mustard|hand to mouth|the|of|a|I|at|"
    # punctuation, emoticons, sarcasm marks, also spaced as TextBlob re-joins them
    "!!!|???|!|?|?!?|(!)|( ! )|(!|:)|:-D|:D|<3|:(|: (|X D|xD|;)|:-(|♥|o.O|>.>|> . >|:'(|°O°|8 )|...|-|--|"
    "'|\"|(|)|"
    # apostrophes, quotes, abbreviations, digits, TextBlob's sentence-break marker
    "John's|it's|won't|y'all|'s|'d|‘good’|“bad”|don’t|47|3.5|1,000|2022.|U.S.|Mr.|e.g.|a.m.|etc.|vs.|"
    "Med.|X.|Bkl.|END-OF-SENTENCE|"
    # other scripts and case mappings
    "ΟΔΟΣ|Σ|naïve|Kyiv|İstanbul|straße|ﬁne|Ⅻ|ǅ"
).split("|")
AFFIXES = "||||,|.|!|!!|!!!|!!!!|?|??|???|?!?|!?!|?!?!|'|\"|:|;|-|...|(|)|“|”|’|‘|.,".split("|")
SEPARATORS = [" ", " ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\xa0", "\u2028", "\u3000", "\x1c"]
CASES = [str, str, str.upper, str.title, str.lower, str.capitalize]


DIMENSIONS = (WORDS, CASES, AFFIXES, AFFIXES, SEPARATORS)


def token(index):
    """Return the token numbered ``index``: a word in some case, between affixes, then a separator."""
    parts = []
    for options in DIMENSIONS:
        index, pick = divmod(index, len(options))
        parts.append(options[pick])
    word, case, before, after, separator = parts
    return before + case(word) + after + separator


# One integer per token keeps generation cheap (it dominates the test's run time otherwise) and
# still shrinks towards plain "good good ...".
texts = st.lists(st.integers(0, math.prod(map(len, DIMENSIONS)) - 1).map(token), max_size=14).map("".join)


@settings(max_examples=400, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
@example("")
@example("   \t\n ")
@example("GOOD GOOD good Good, but BAD!!!")
@example("It was not the bomb , kiss of death ... VERY kind of good")
@example("never so good; at least good; very least good; least good")
@example("He said: (unclear) X D, 8 ) and ( ! ) too.")
@example("It is really not good, never good!")
@example("least bad, the least happy, at least nice")
def test_equal_on_generated_texts(text):
    assert fast_scores(text) == reference_scores(text)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.text(alphabet="aAbBgGoOdDnNtTsSyY'’!?.,:;-()<>3 \t\nΣσ", max_size=40))
def test_equal_on_character_soup(text):
    assert fast_scores(text) == reference_scores(text)


@settings(max_examples=200, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
@example("No fun, well-being and a cover-up; son-of-a-bitch! not goodness, not good")
def test_afinn_word_runs_score_as_the_regex_of_every_entry(text):
    # An entry that does not begin and end with a word character sends the scorer back to the
    # one regex of every entry; "(?)" can only match between word characters, and adds 0.
    words = references()[1]._dict
    assert AfinnScorer(words).score(text) == AfinnScorer({**words, "(?)": 0}).score(text)


def test_one_lexicon_and_defaults():
    (stock, _, _), afinn, pattern = references()
    text = "The talks were a GREAT success, but not really :("
    assert VaderScorer([stock.lexicon]).compound(text) == stock.polarity_scores(text)["compound"]
    assert AfinnScorer().score(text) == afinn.score(text)
    assert AfinnScorer(afinn._dict).score(text) == afinn.score(text)
    assert PatternScorer().polarity(text) == pattern.analyze(text)[0]
    with pytest.raises(ValueError):
        VaderScorer([])


def test_whitespace_and_case_assumptions_hold_for_every_code_point():
    # The scorers split with str.split() where the packages use the regex \s, and lower-case
    # whole strings where the packages lower-case tokens; both are exact only if the two agree
    # on what is whitespace and no lower-case mapping makes or removes whitespace.
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    spaces = "".join(filter(str.isspace, every))
    assert re.sub(r"\S", "", every) == spaces
    assert "".join(filter(str.isspace, every.lower())) == spaces
