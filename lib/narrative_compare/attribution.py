"""Attribute each unit to a speaker, a relaying channel and a narrative side.

The rules follow how news prose attributes speech (Bergler 1992; Krestel et al. 2008; textacy's
``direct_quotations`` for the quote-tag shape), in this order for each unit:

1. Headings and boilerplate are the author's.
2. A cue in the unit's own words, with quoted text masked out: ``Y, X quoted Z as saying``;
   ``according to X`` / ``as per X`` / ``citing X``; a reporting verb (said, claimed, denied …)
   whose subject, the phrase nearest before it, names an actor, a group ("Western officials"),
   a role ("a nurse") or a pronoun ("he", "the ministry") that refers back to the last speaker.
3. A unit inside a quotation takes the quotation's speaker: the tag before or after it
   (``X said: “…”`` / ``“…,” X said``), else the speaker of a quote that runs on from the last
   paragraph, else the last named speaker (a floating quote).
4. A document's paraphrase (a report, an assessment) runs on through its paragraph.
5. Everything else is the journalist's narration.

A voice relayed by someone else (``an intercepted call published by Kyiv Post``, ``a video
released by a pro-Ukrainian channel``) gets that relay as ``channel``; when the speaker is not a
named actor, the channel's side decides. A speaker phrase naming both blocs ("Kyiv and Moscow",
"both sides") is the author's framing.

Limits: no syntactic parse, so a reporting verb inside a relative clause can take the wrong
subject; a role speaker outside any relay and without a bloc word falls to the default side.
"""

from __future__ import annotations

import collections
import dataclasses
import itertools
import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

from . import schema
from .casing import restore_case
from .markup import plain_text
from .quotes import dash_quotes, double_quotes, english_quotes
from .resources import (
    DOCUMENT_NOUNS,
    KOREAN_GIVEN_NAME,
    NOUN_LIKE_FORMS,
    PRONOUNS,
    QUESTION_MARK,
    TALK_SIGNATURE,
    Actors,
    code_bloc,
    given_name_gender,
    is_given_name,
    load_actors,
    reporting_verb_pattern,
    town_bloc,
    trie_pattern,
)
from .segment import _FIRST_PERSON_WORD, _FORUM_HEADER, _MAIL_HEADER, _PROFILE_NAME, _TITLES

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["add_attribution", "split_article"]


@cache
def _re(pattern: str) -> re.Pattern:
    """A pattern written in place, compiled once. The rules also build patterns from the names an
    article holds, one per name, and those fill and cycle the re module's own cache (512 entries,
    oldest out first), which would otherwise compile these again and again."""
    return re.compile(pattern)

_VERB = reporting_verb_pattern()
# "listed as missing" is a passive, not a report: "listed" reports only with an object ("listed 11 tanks").
# "asked the council to help them find …" is a request, not a report ("asked the court to take
# into account that he had surrendered" gives a claim).
# ("report" in the plural present only after a plural source, "Russian regional authorities report
# near-daily shelling": elsewhere the word is a noun.)
_PLURAL_SOURCES = "authorities officials media sources residents channels bloggers outlets governors agencies monitors".split()
_VERB_RE = re.compile(r"(?:(?<![\w-])(?:" + _VERB + r")|report(?=\s+(?!to\b))(?:"
                      + "|".join(rf"(?<=\b{w}\sreport)" for w in _PLURAL_SOURCES) + r"))(?![\w-])(?<!listed(?=\sas\b))"
                      r"(?<!asked(?=\s(?:the\s|an?\s|[A-Z(][\w()-]*\s){1,6}to\s(?!the\b|an?\b)[a-z]+\b(?![^.;]{0,80}\bthat\b)))")
# A verb form used as an adjective or noun, or a hedge ("said to be"), is not a speech act.
_NOT_SPEECH_WORDS = (
    "the a an its his her their this these those that was were is are been being be "
    "widely so to not who which of in on about with amid despite after before "
    "for from into over under against without as at "
    "never rarely seldom hardly didn't doesn't hasn't haven't don't might could would may must should can will"
).split() + ["no longer", "did not", "does not", "do not", "has not", "have not", "had not", "might have",
             "could have", "would have", "may have"]
_NOT_SPEECH_BEFORE = re.compile(
    # A prefix tree of the words: the same matches as their alternation, each letter tested once.
    r"(?:\b(?:" + trie_pattern(_NOT_SPEECH_WORDS) + r"|\w+ing)\s+)$"
    # A negation with an adverb before the verb: "has never officially confirmed".
    r"|\b(?:never|not|n't|rarely|seldom)\s+\w+ly\s+$"
    # A passive with an adverb: "since North Korean troops were first reported here".
    r"|\b(?:was|were|is|are|been|being)\s+(?:first|also|later|since|initially|originally|previously|repeatedly)\s+$", re.IGNORECASE)
# A negated subject: "Neither Moscow nor Pyongyang has confirmed", "No official has said".
_NEGATED_SUBJECT = re.compile(
    r"\s*(?:[-–•*]\s+)?(?:neither\b[^,;.]{1,60}\bnor\b|no\s+(?:one|official|officials|side|government)\b|nothing\b|nobody\b)[^,;.]{0,40}$",
    re.IGNORECASE)
# A relative clause on a figure the sentence gave, its pronoun the sentence's subject.
_FIGURE_RELATIVE = re.compile(r",\s*(?:a|an|the)\s+(?:number|figure|toll|estimate|count|total)\s+(?:that\s+|which\s+)?"
                              r"(?:it|he|she|they)\s")
_PRONOUN_OPENS = re.compile(r"\s*(?:that\s+|which\s+)?(?:it|he|she|they)\s")
# The same after a comma: "…, a toll neither Moscow nor Pyongyang has ever confirmed".
_NEGATED_CLAUSE = re.compile(r"(?<!\w)(?:[Nn]either)\b[^,;.]{1,60}\bnor\b[^,;.]{0,40}$")
_NEGATED_LEAD = re.compile(r"\s*(?:[-–•*]\s+)?(?:neither\b[^,;.]{1,60}\bnor\b|no\s+(?:one|official|officials|side|government)\b)",
                           re.IGNORECASE)
# "told a different story", "said to be": no content is reported.
_NOT_SPEECH_AFTER = re.compile(
    # (Not a time, "had assessed by then that …", "said by Friday that …": the verb's own clause follows.)
    r"^\s+(?:to\s+(?:be|have)|by\b(?!\s+(?:then|now|that\s+time|(?:the\s+)?(?:end|spring|summer|autumn|winter)\b|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|mid-\w+)\b|\d{4}\b)[^.;]{0,30}?\bthat\b)|of\b|"
    # "the views of the sources quoted are their own": a participle; "reported him missing": an act.
    r"(?:are|is)\s+(?:their|his|her|its)\s+own\b|(?:him|her|them)\s+(?:missing|dead)\b|"
    # "North Korea itself has said very little": how much was said, nothing of what.
    r"(?:very\s+|remarkably\s+|relatively\s+|so\s+)?little\s*[.,;]|(?:almost\s+|next\s+to\s+)?nothing\s*[.,;]|"
    # ("… said the picture was grim" does report: the noun is the subject of what was said.)
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:story|version|picture|tale|narrative)\b"
    r"(?!\s+(?:was|is|were|are|had|has|remained|remains|looked|looks|would|could|will)\b)|"
    # "the judge read out the verdict for two hours": what was read, not what it says.
    r"the\s+(?:verdict|sentence|charges|indictment|names)\b(?![^.;]{0,60}\b(?:that|saying)\b))", re.IGNORECASE)
# "the city council declared three days of mourning", "announced a curfew": an act, not a report
# (but "said a state of emergency had been declared" is one).
_DECLARED_ACT = re.compile(r"\s+(?:a\s+|an\s+|the\s+|[\w-]+\s+)?(?:days?\s+of\s+(?:national\s+)?mourning|(?:state|regime)\s+of\s+"
                           r"(?:emergency|martial\s+law)|martial\s+law|curfew|evacuation|plans?\s+for\s+an?\s+(?:[\w-]+\s+)?"
                           r"(?:museum|memorial|monument|cemetery|exhibition))\b", re.IGNORECASE)
# "The Kremlin called the attack a terrorist act": naming something is saying it.
_CALLED_IT = re.compile(r"\s+(?:the|it|this|that|these|those|their|its|his|her)\s+(?:(?!(?:in|on|of|for|with|to|at)\b)[\w-]+\s+){0,3}?"
                        r"(?:an?|the)\s+(?!(?:second|third|few|couple|day|week|month|year|time|meeting)\b)\w+")
# A line that opens with its source: "- Ukraine's General Staff: more than 300 killed".
# (A video's card is timed: "- 2:57 Russian MoD: Ukraine lost …", "- 3:36 KCTV (subtitles): “…”".)
_SOURCE_COLON = re.compile(r"\s*(?:[-–•*]\s+)?(?:\d{1,2}:\d{2}\s+)?(?P<who>[A-Z][^:;.“”\"()\n]{1,60}?)(?:\s+\([^()\n]{1,30}\))?:\s+\S")
# A lead-in to a list of one source's claims: "Kyiv's claims so far:", "Moscow's version:".
_CLAIMS_LEAD = re.compile(r"\s*(?:(?P<who>[A-Z][^:;,.“”\"()\n]{1,50}?)['’]s|(?P<pronoun>Its|Their|His|Her))\s+(?:own\s+)?"
                          r"(?:claims?|figures?|numbers?|account|version|tally|count|estimates?|position|line)\b[^:.]{0,30}:\s*$")
# A lead-in that says a source gave what the list below holds: "Ukraine's General Staff gave these
# figures for the three days of fighting:".
_GAVE_LEAD = re.compile(r"\s*(?P<who>[A-Z][^:;,“”\"()\n]{1,60}?)\s+(?:has\s+|have\s+)?(?:gave|gives|released|published|"
                        r"offered|listed|issued|shared|put\s+out)\s+(?:these|the\s+following|its|their)\b[^:]{0,80}:\s*$")
# That a side keeps its figures back: "does not publish regular figures", "has not disclosed".
_WITHHELD = re.compile(r"\b(?:(?:does|do|did|has|have|had)\s+not|never)\s+(?:\w+\s+)?(?:publish|disclos|releas|reveal|"
                       r"giv|given|gave|confirm|acknowledg)\w*\s+(?:\w+\s+){0,3}?(?:figures?|numbers?|tolls?|tally|"
                       r"tallies|data|losses|casualties|dead)\b")
# When or how often a side discloses, not what: "Kyiv discloses its figures only rarely",
# "acknowledged the deployment only in April 2025", "last disclosed a toll more than a year ago".
_WHEN_NOT_WHAT = re.compile(
    r"(?:(?!\bthat\b)[^.;:“”\"]){0,60}?\b(?:only\s+(?:rarely|in\s+\w+|after|once|on\s+\w+)|rarely|seldom|"
    r"(?:more\s+than\s+)?(?:a|one|two|three|\d+)\s+(?:years?|months?|weeks?)\s+ago)\b", re.IGNORECASE)
# A refusal with no content is the journalist's report of it (guide 4.7): "Peskov repeated that
# he had “nothing to add” to earlier statements."
_REFUSAL = re.compile(
    # ("it “does not comment on …”" is the speaker's refusal; "the SBU does not comment" may be
    # what a source says of it.)
    r"\b(?:that\s+)?(?:(?:he|she|it|they)\s+(?:[“\"]\s*)?(?:had|has|have|would|will|could|does|do|did)|"
    r"the\s+\w+\s+(?:had|has|have|would|will|could))\s+(?:[“\"]\s*)?"
    r"(?:nothing\s+(?:more\s+|further\s+)?to\s+add|no\s+(?:further\s+)?comment|not\s+comment)[”\"]?"
    r"(?:\s+(?:to|on)\s+[^,;.”\"]{0,60})?[”\"]?"
    # "… had “nothing to add” and referred questions to the Defence Ministry."
    r"(?:,?\s+and\s+referred\s+(?:all\s+)?(?:further\s+)?(?:questions|inquiries|enquiries|reporters|journalists)\s+to\s+[^,;.]{2,80})?"
    r"[.!]?\s*$", re.IGNORECASE)
# "The Kremlin's spokesman declined to comment on North Korean casualties when asked on
# Wednesday.": a refusal with nothing said after it.
# (Not a refusal with a claim beside it: "She declined to comment on individual cases and called
# reports … “Kyiv's inventions”".)
_DECLINED = re.compile(r"^[^,;:“”\"]{0,100}?\b(?:declined|refused)\s+to\s+(?:comment|say\s+(?:whether|if|how\s+many))\b"
                       r"(?![^.]*\band\s+(?:called|said|says|described|dismissed|denied|insisted|added|accused)\b)"
                       r"[^,;:“”\"]*[.!]?\s*$")
_ACCORDING = re.compile(
    # ("…, per the NIS.": "per" before a name, not "per cent" or "per day".)
    # ("As it was reported in the press service of the regional government, …": translated copy.)
    r"\b(?:according\s+to|as\s+per|citing|in\s+the\s+words\s+of|quoting|per(?=\s+(?-i:(?:the\s+)?[A-Z]))|"
    r"as\s+(?:it\s+)?(?:was\s+|has\s+been\s+)?reported\s+in)\s+"
    # (An initialism keeps its stops: "according to U.S., South Korean and Ukrainian intelligence".)
    r"(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Capt|Maj|Sgt|Adm)\.\s|(?-i:(?:[A-Z]\.){2,})|[^,;:.()]){1,120}?)"
    # The source ends where a relative clause about it begins: "as per analysts who reviewed it".
    # ("TASS is quoting a ministry official as saying …": the source ends before "as saying".)
    r"(?=\s+(?:who|which|that|whose)\b|\s+as\s+say(?:ing|s)\b|[,;:.()]|$)",
    re.IGNORECASE)
# Who "is quoting" a source: "Over on the other side, TASS is quoting …".
_QUOTING_SUBJECT = re.compile(r"(?:^|,\s+)(?P<who>[^,;:]{2,60}?)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+\Z")
_IN_HIS_VIEW = re.compile(r"\W*(?:In|By)\s+(?P<pronoun>his|her|their|its)\s+(?:own\s+)?(?:(?:diary|ledger|notebook|"
                          r"unit|team|hospital)['’]s\s+)?(?:view|reading|assessment|estimate|"
                          r"estimation|opinion|account|telling|words|analysis|judge?ment|count|calculation)s?\b")
_FIGURES_BY = re.compile(r"(?:the\s+)?(?:figures|data|numbers|estimates|documents?|slides|(?:a|the)\s+report)\s+"
                         r"(?:that\s+)?(?P<pronoun>he|she|they)\s+(?:presented|released|published|gave|cited|shared|"
                         r"showed|provided|submitted)\b", re.IGNORECASE)
_QUOTED_AS = re.compile(
    r"(?:^|(?<=[,;:.]))(?P<channel>[^,;:.]{0,120}?)\s+(?:quoted|cited)\s+(?P<who>[^,;:]{1,120}?)"
    # (past an appositive: "quoted a commander of an airborne unit, identified only by the call sign …, as saying")
    r"(?:,[^;:]{1,100}?,?)?\s+as\s+(?:saying|stating|claiming|telling)\b")
_QUOTED_BY = re.compile(
    # (With no "by": "The officials were quoted as saying that …" names only the speakers.)
    r"(?:^|(?<=[,;:.]))(?P<who>[^,;:.]{1,80}?)\s+(?:was|were|is|are)\s+(?:quoted|cited)(?:\s+by\s+(?P<channel>[^,;:.]{1,80}?))?\s+as\s+(?:saying|stating|claiming)\b")
# An absolute clause that gives the sentence its source: "…, with Ukrainian officials claiming that
# hundreds have been killed".
_WITH_SAYING = re.compile(r",\s+with\s+(?P<who>[^,;:.]{2,80}?)\s+(?:saying|claiming|insisting|warning|alleging|asserting|"
                          r"estimating|reporting)\b")
_MEDIA_NOUNS = (r"(?:call|conversation|video|audio|footage|recording|message|interview|clip|post|"
                r"statement|letter|diary|testimony|excerpt|intercept|tape|photos?|images?|material|"
                r"remarks|comments|address|broadcast|report|article|segment|documentar(?:y|ie)|film|programme)s?")
# A film a broadcaster aired, and the paragraphs that go on describing it: its scenes, its
# narrator, the people it interviews.
_FILM = re.compile(r"\b(?:documentar(?:y|ies)|film|programme)\b")
_FILM_GOES_ON = re.compile(r"\b(?:[Tt]he\s+(?:film|documentary|programme|narrator)|(?:[Ii]n\s+)?(?:one|another|the\s+next|a\s+later|the\s+opening)\s+(?:scene|sequence))\b")
# "… a documentary in which a soldier described his company's advance": what it is about, not
# what it says (a quote or "as" would say it).
_DESCRIBED_ONLY = re.compile(r"\bin\s+which\s+[^“\"]*\bdescribe[sd]?\s+(?:his|her|their|its|the)\s+[^“\"]*$|"
                             # "Kyiv later released video of their interrogation": what was published, not
                             # what it says (guide 4.6).
                             r"\bvideos?\s+of\s+(?:its|their|his|her|the)\s+(?:interviews?|interrogations?|questioning)\b(?![^.]*\b(?:in\s+which|saying|says|said)\b)")
# The relayed content: "… a statement from the Foreign Ministry calling the reports …".
_RELAY_CONTENT = re.compile(
    r"^(?:\s+(?:from|by|of)\s+(?P<who>[^,;:.]{1,80}?))?(?:\s*,[^,;:]{1,80}?(?:,|(?=\s+(?:who|which|that)\s)))*\s*,?\s+(?:in\s+which\s+.*|"
    r"calling|saying|describing|claiming|accusing|denying|insisting|warning|alleging|"
    r"(?:that|which|who)\s+(?:" + _VERB + r"))\b", re.IGNORECASE)
_RELAY_VERB = re.compile(
    r"\b(?:published|released|posted|shared|aired|broadcast|circulated|obtained|distributed|intercepted|"
    r"recorded|carried|relayed|made\s+public|ran|showed|played|arranged|organi[sz]ed|facilitated)\b", re.IGNORECASE)
# The relaying body ends where a clause begins: "a video released by the unit that Russian …".
_RELAY_BY_TAIL = re.compile(
    r"\s+(?:(?:on|late|early|last)\s+\w+\s+)?(?:by|on)\s+"
    r"(?P<by>(?:(?!\s(?:that|which|who|whose|where|when|after|before|because|while|showing|saying)\b)[^,;:.]){1,80})",
    re.I)
_MEDIA_BEFORE = re.compile(_MEDIA_NOUNS + r"\s+(?:\w+\s+){0,3}?$", re.IGNORECASE)
_MEDIA_AFTER = re.compile(
    r"\s+(?:an?\s+|the\s+|what\s+(?:it|they)\s+(?:said|says|described)\s+(?:was|is|as)\s+(?:an?\s+)?)?"
    r"(?:[\w-]+\s+){0,3}?" + _MEDIA_NOUNS + r"\b", re.IGNORECASE)
_AUX_BEFORE = re.compile(r"(?:\s+(?:has|have|had))?\s*$", re.IGNORECASE)


# A turn's label at the start of a paragraph: "Horizont: …", "Gennady Vorontsov: …".
_TURN_OPENING = re.compile(r"(?P<label>[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3}):\s+\S")
# The outlet's note after an interview: "This interview has been edited for length and clarity."
_SAYS_SOMETHING_ABOUT = re.compile(r"\s+(?:something|a\s+(?:great\s+)?deal|a\s+lot|much|more|volumes)\s+about\b")
# (Only what segment's boilerplate lines do not already take: "Subscribe", "Share this", "Read more"
# paragraphs are not body, so no answer runs on into them.)
_OUTLET_FOOTER = re.compile(r"(?:Translated\s+(?:from|by)\b|Readers\s+(?:with|can|who|may)|Follow\s+(?:us|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+on)\b|Sign\s+up\b|"
                            r"You\s+can\s+(?:create|follow|sign|subscribe|listen|comment))")
_INTERVIEW_END = re.compile(r"(?:This|The|Our)\s+(?:interview|conversation|exchange|transcript)\s+(?:has\s+been|was)\s+"
                            r"(?:edited|condensed|shortened|translated|lightly|conducted|recorded)")


def _labelled_first_turns(text: str, par_spans) -> tuple | None:
    """Where an interview labels only its first question and first answer begins: (the question's
    start, its label's end, the answer's label's end, the answer's start); None for any other text.

    The question is a paragraph under one label that ends in "?", the answer the next paragraph
    under another, neither label comes again, and at least two unlabelled questions follow: the
    turns alternate from there.
    """
    # (A question standing alone may have been read as a heading: it is a turn here.)
    body = [(a, b) for a, b, kind in par_spans if kind == "body" or text[b - 1] == "?"]
    for k in range(len(body) - 1):
        (qa_, qb), (aa, ab) = body[k], body[k + 1]
        if text[qb - 1] != "?" or ":" not in text[qa_:qa_ + 40]:
            continue
        asked, answered = _TURN_OPENING.match(text, qa_, qb), _TURN_OPENING.match(text, aa, ab)
        if asked is None or answered is None or asked.group("label") == answered.group("label") \
                or text[ab - 1] == "?":
            continue
        labels = (asked.group("label") + ":", answered.group("label") + ":")
        if any(text.startswith(labels, a) for a, _ in body[k + 2:]):
            return None   # a transcript that labels every turn
        later = sum(1 for a, b in body[k + 2:] if text[b - 1] == "?" and not _TURN_OPENING.match(text, a, b))
        if later >= 2:
            return qa_, asked.end() - 1, answered.end() - 1, aa
        return None
    return None


_ONE_SUCH = re.compile(r"(?:[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal)\s+(?:other\s+)?such\s+[a-z][\w-]*")
# A sentence that opens in a capital, then its body: "In Moscow, the Defence Ministry …".
_IN_CAPITAL_BODY = re.compile(r"In\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+(?P<body>[Tt]he\s+(?:[A-Z][\w'’-]*\s+){0,3}"
                              r"(?:[Mm]inistry|[Gg]overnment|[Ee]mbassy|[Kk]remlin|[Pp]residency|[Oo]ffice|[Ss]taff)"
                              r"(?:\s+of\s+(?:[A-Z][\w'’-]*|and)(?:\s+(?:[A-Z][\w'’-]*|and)){0,3})?)\b")


class _Match:
    """A match-like record (start, end, named groups) for searches done without one regex."""

    def __init__(self, start, end=None, **groups):
        self._start, self._end, self._groups = start, end, groups

    def start(self):
        return self._start

    def end(self):
        return self._end

    def group(self, name):
        return self._groups.get(name, "" if name == 0 else None)


def _relay_by(masked: str):
    """Find "<media> … published by X": the relay verb first, then the media noun before it (or
    "<media> X published", the body as the subject of an object relative)."""
    for v in _RELAY_VERB.finditer(masked):
        tail = _RELAY_BY_TAIL.match(masked, v.end())
        if tail and _MEDIA_BEFORE.search(masked[max(0, v.start() - 60): v.start()]):
            return _Match(v.start(), by=tail.group("by"))
        # "In an intercepted phone call the agency published, a woman …".
        if not tail and (obj := _MEDIA_OBJECT_RELATIVE.search(masked[max(0, v.start() - 80): v.start()])):
            return _Match(v.start(), by=obj.group("by"))
    return None


_MEDIA_OBJECT_RELATIVE = re.compile(_MEDIA_NOUNS + r"\s+(?:that\s+|which\s+)?(?P<by>(?:the\s+)?\w[\w'’-]*(?:\s+\w[\w'’-]*){0,2}?)"
                                    r"\s+(?:has\s+|had\s+|later\s+|also\s+)?$", re.IGNORECASE)


# People a channel shows: "two soldiers … were shown being questioned by Ukraine's SBU in a video".
_SHOWN_BY = re.compile(
    r"\b(?:shown|seen|filmed|interviewed|questioned|interrogated|heard)\b(?:\s+[\w-]+){0,3}?\s+by\s+"
    r"(?P<by>(?:(?!\s(?:in|on|during|after|that|which|who|where|when|while)\b)[^,;:.]){1,80})", re.I)
_SHOWN_WORDS = ("hown", "een", "ilmed", "nterview", "uestioned", "nterrogated", "eard")
_SHOWN_HINT = re.compile(r"\b(?:shown|seen|filmed|interviewed|questioned|interrogated|heard)\b.*\b"
                         + _MEDIA_NOUNS + r"\b", re.I)


# Members of a group just mentioned: "one of them", "the second man", "both men".
_PARTITIVE = re.compile(
    r"(?:one\s+of\s+(?:them|these|those|the\s+[\w-]+(?:\s+[\w-]+)?)|(?:both|the\s+two|the\s+three)\s+(?:men|women|soldiers|"
    r"prisoners|captives|servicemen|fighters)|the\s+(?:first|second|third|other|older|younger)\s+(?:man|woman|soldier|"
    r"prisoner|captive|serviceman|fighter|one))", re.I)


def _relay_subj(masked: str):
    """Find "X published a video …": the relay verb, a media noun after it, X before it."""
    for v in _RELAY_VERB.finditer(masked):
        media = _MEDIA_AFTER.match(masked, v.end())
        if not media:
            continue
        left = masked[: v.start()]
        left = left[: _AUX_BEFORE.search(left).start()]
        # Step back over parentheticals: "Russian state television, for its part, aired …".
        while True:
            cut = max(left.rfind(c) for c in ",;:.")
            subj = left[cut + 1:][-80:]
            if cut < 0 or not _PARENTHETICAL.fullmatch(subj.strip()):
                break
            left = left[:cut]
        if subj.strip():
            return _Match(cut + 1, subj=subj, rest=masked[media.end():])
    return None


_BOTH = re.compile(r"\b(?:both\s+(?:sides|countries|armies|governments|militaries|capitals)|each\s+other|"
                   r"each\s+(?:side|army|capital|government|military)\b|"
                   r"one\s+another|the\s+two\s+sides|either\s+side|neither\s+side)\b", re.IGNORECASE)
# "Both Kyiv and Moscow routinely play down …": the journalist's comparison, not a report's content.
_BOTH_SUBJECT = re.compile(r"\W*(?:Both|Neither|Either)\s+[A-Z]|\W*[A-Z][\w'’]+\s+and\s+[A-Z][\w'’]+\s+(?:both|each|alike)\b")
_LEAD = re.compile(
    r"^(?:(?:and|but|while|as|yet|so|also|meanwhile|however|separately|later|earlier|instead|"
    # A time before the subject: "In April the ombudswoman told …", "Last week the agency said …".
    r"in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"spring|summer|autumn|winter|\d{4})|(?:last|this|earlier\s+this|later\s+that)\s+(?:week|month|year|morning|afternoon|evening|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"then|in\s+(?:a|an|the|his|her|its)\s+[^,]*|on\s+\w+|at\s+[^,]*|on|in|at|for|by)\s+)+",
    re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# A prepositional aside between a subject and its verb: ", in line with Ukrainian military rules,".
_ASIDE_PHRASE = re.compile(r"(?:in\s+line\s+with|in\s+keeping\s+with|in\s+accordance\s+with|as\s+is\s+customary|"
                           r"as\s+required\s+by|under\s+(?:the\s+)?(?:rules|regulations|protocol))\b", re.IGNORECASE)
_PARENTHETICAL = re.compile(
    r"|(?:for\s+(?:its|his|her|their)\s+part|in\s+turn|meanwhile|however|moreover|too|also|"
    r"separately|in\s+response|on\s+\w+|last\s+\w+|this\s+week)", re.IGNORECASE)
# Words that open a time or place phrase, never a name: "On Friday, its news agency said …".
_TIME_WORDS = frozenset(
    "on in at by after before since during until last earlier later afterwards afterward overnight yesterday today "
    "tonight monday tuesday wednesday "
    "thursday friday saturday sunday january february march april may june july august september "
    "october november december".split()
)
_NOT_NAMES = frozenset(
    "neither either both each some many most few all such other another no none this that these "
    "those it there they he she we i you what which who when where why how if while although but "
    "and or so yet however meanwhile asked pressed the a an its their his her our one two".split()
) | _TIME_WORDS
_LOCAL_ROLE = re.compile(r"\b(?:regional|local|city|oblast|district|governor|mayor|residents?|emergency|prosecutors|head\s+of\s+the\s+region|"
                         r"community\s+head|hromada|"
                         r"rescuers?|police|port|harbou?r)\b", re.IGNORECASE)
# Officials of a region or town, who speak for the side that holds it.
_LOCAL_OFFICIAL = re.compile(r"\b(?:[Gg]overnor|[Mm]ayor|[Pp]rosecutors|administration[’']s\s+(?:acting\s+)?head|"
                             r"(?i:(?:regional|district|city|local)\s+(?:prosecutors?|police|"
                             r"prosecutor[’']s\s+office|health\s+department|forensic\s+bureau|"
                             # A Russian region's own ministries: "Regional Health Minister Yelena …".
                             r"(?:health|emergencies|social\s+policy|education)\s+minist(?:er|ry)))|"
                             r"(?:regional|city|district|oblast)\s+(?:military\s+)?"
                             r"(?:administration|council|authorities|governor)|(?:port|harbou?r)\s+authority|"
                             # Russia's border regions' crisis staff: "the regional operational headquarters".
                             r"(?i:(?:regional|region[’']s)\s+(?:operational|operative|crisis)\s+(?:headquarters|HQ|staff))|"
                             r"(?:enlistment|recruitment|draft|conscription)\s+office|military\s+commissariat|"
                             r"local\s+(?:authorities|administration|officials?|council)|"
                             # "City Councilmember Miriam Seo", "a town councillor", "Alderman Ruiz"
                             r"[Cc]ouncil(?:member|man|woman|lor|or)s?\b|[Aa]lderm[ae]n\b|"
                             r"(?:district|city|town|village|municipal)(?:'s)?\s+(?:deputy\s+)?(?:head|chief)|"
                             # A Ukrainian territorial community's head: "Khotin community head Serhii Lytvynenko".
                             r"(?:community|hromada)\s+(?:deputy\s+)?head|"
                             # Russian usage, and its translation: "the head of the region".
                             r"(?:head|chief)\s+of\s+the\s+(?:region|district|city|oblast))\b")
_NATIONAL_OFFICIAL = re.compile(r"\b(?:lawmakers?|legislators?|parliament(?:'s|ary)?|senators?|ministers?|"
                                r"national\s+assembly|member\s+of\s+parliament|MPs?|(?:intelligence|defen[cs]e|"
                                r"foreign\s+affairs)\s+committee|[Rr]epresentative|congress(?:man|woman)|"
                                r"(?:ruling|opposition)[- ]party|member\s+of\s+the\s+(?:\w+\s+)?committee)\b", re.IGNORECASE)
_SOUTH_KOREAN_NAME = re.compile(r"(?:(?:Rep|Sen|Dr|Mr|Ms|Gen)\.\s+)?(?:[A-Z][\w.]*\s+){0,2}?[A-Z][a-z]{0,4}\s+[A-Z][a-z]+-[a-z]+")
_PRESS_PERSON = re.compile(r"\b(?:journalist|reporter|correspondent|editor|moderator|columnist|presenter|host)s?\b",
                           re.IGNORECASE)
# (A university in its own language too: "Universiti Seri Perdana", "Universidad de Chile".)
_EXPERT = re.compile(r"\b(?:fellow|analyst|expert|researcher|professor|scholar|institute|university|universiti|universitas|universidad|"
                     r"academic|lecturer|economist|historian|think\s+tank)s?\b", re.IGNORECASE)
# Western think tanks are the Western bloc's (ANNOTATION.md 5, "Western think tanks (ISW)");
# consultancies, universities and insurers are not think tanks.
_WESTERN_PLACE = (r"(?:Washington|London|Stockholm|Berlin|Paris|Brussels|Warsaw|Tallinn|Vilnius|Riga|Helsinki|"
                  r"Oslo|Copenhagen|Prague|Ottawa|Canberra|Amsterdam|US|U\.S\.|UK|British|American|Western|European|"
                  # allied capitals and countries (guide 5: "Western and allied")
                  r"Seoul|Tokyo|Kyiv|Rome|Madrid|Lisbon|The\s+Hague|Dublin|Wellington|Bucharest|Vienna|Athens|"
                  # and their large cities where think tanks sit ("the Toronto-based Lakeshore Centre")
                  r"Toronto|Montreal|Vancouver|New\s+York|Boston|Chicago|Sydney|Melbourne|Munich|Hamburg|Frankfurt|Milan|"
                  r"Edinburgh|Sofia|Bratislava|Zagreb|Ljubljana|Budapest|"
                  r"South\s+Korean|Japanese|Ukrainian|German|French|Polish|Italian|Canadian|Australian|Dutch|"
                  r"Swedish|Finnish|Norwegian|Danish|Estonian|Latvian|Lithuanian|Czech|Greek|Bulgarian|Slovak|Romanian|"
                  r"Croatian|Slovenian|Portuguese|Spanish|Belgian)")
_THINK_TANK = r"(?:[Ii]nstitute|[Cc]entre|[Cc]enter|Council|[Ff]oundation|Institution|think[- ]tank|Programme|Forum|Initiative)\b"
_THINK_TANK_RE = re.compile(_THINK_TANK)
_AT_INSTITUTE = re.compile(r"\bat\s+(?:the\s+)?$")
_WESTERN_THINK_TANK = re.compile(
    # (Its name's words in any case: a caption transcript's "Washington-based orchard center".)
    r"\b" + _WESTERN_PLACE + r"(?:-based\s+(?:[\w'’&-]+\s+){0,5}?|\s+(?:[A-Z][\w'’&-]*\s+){0,5}?)" + _THINK_TANK
    + r"|" + _THINK_TANK + r"[^,.;]{0,50}?\bin\s+" + _WESTERN_PLACE + r"\b")
# A broadcast's guest of a think tank joining from a Western place: "Joining me on the line from
# Canberra is Dr X, a senior fellow at the … Institute".
_GUEST_FROM = re.compile(r"\b(?:[Jj]oin(?:ing|s|ed)\s+(?:me|us)|[Ww]ith\s+(?:me|us))\b[^.;:]{0,30}?\bfrom\s+"
                         + _WESTERN_PLACE + r"\b")
# A think tank described, not named: "the Washington-based think tank", "a London think tank".
_DESCRIBED_THINK_TANK = re.compile(r"(?:[Tt]he|[Aa]n?)\s+" + _WESTERN_PLACE + r"(?:-based)?\s+think[- ]tank")
# A career told after a name and age: "Seo, 44, spent eleven years … before joining the Institute …".
_THINK_TANK_CAREER = re.compile(r"\b(?:joining|joined|fellow|works\s+at|worked\s+at|researcher\s+at)\b")
# International and non-governmental bodies speak for neither bloc, wherever they work.
_UN_POST = re.compile(r"\b(?:under-|assistant\s+)?secretary-general\b|\bhigh\s+commissioner\b", re.IGNORECASE)
_NORTH_LEFT = re.compile(r"\b(?:left|leaving|fled|fleeing|escaped(?:\s+from)?|escaping(?:\s+from)?|defected\s+from)\s+(?:the\s+North|North\s+Korea)\b")
_DEFECTOR = re.compile(r"\b(?:North\s+Korean\b[^.;]{0,80}?\bnow\s+(?:lives|living)\s+in\s+(?:Seoul|South\s+Korea)\b|defect(?:ed|or|ors)|left\s+the\s+North\b|(?:fled|fleeing)\s+(?:the\s+North|North\s+Korea|Russia|to\s+the\s+South|to\s+South\s+Korea)|escaped\s+(?:from\s+)?(?:the\s+North\b|North\s+Korea)|"
                       r"in\s+exile|emigr[ée]s?|emigrated|exiled|left\s+(?:Russia|North\s+Korea)\s+(?:in\s+\d{4}|through|via|for)\b)")
_SERVED_IN = re.compile(r",\s+(?:who\s+(?:[\w-]+\s+){0,2}?)?(?:retired|served|serves|works|worked|resigned|leads|led|commands|commanded|"
                        r"spent\s+(?:\d+|\w+)\s+years)"
                        r"\b([^,;.]{3,100})")
_FROM_TOWN = re.compile(r"\bfrom\s+([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)\b")
_HEADS_PART_OF = re.compile(r",\s+who\s+(?:heads|headed|leads|led|runs|ran|directs|directed)\s+(the\s+(?:agency|ministry|service|"
                            r"directorate|department|command|staff))'s\s")
_SERVED_BODY = re.compile(r"\b(?:from|in|at|for|with)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?!(?:from|in|at|for|with)\b)[\w'’-]+){0,3})")
_OF_OWNER = re.compile(r"\b(?:bureau|department|division|directorate|office|section|unit|service|staff)\s+of\s+"
                       r"((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})")
_CITED_AFTER = re.compile(r"\s+(?:cited|quoted|interviewed|reported|published|ran|carried|aired)\s+(?:an?|the)\s")
# (Or who they say they are: "Kestrel88 told the Courier he works as a software tester in Lviv".)
_WHO_PREDICATE = re.compile(r"\s+(?:(?:reports|writes|works|worked|reported|wrote)\s+(?:for|at|with)|(?:is|was|commands|commanded|heads|headed|leads|led)\s+(?:a|an|the|one\s+of)|"
                            r"serves\s+as|served\s+as|spent\s+(?:\w+\s+){1,3}?as|"
                            # a caption's "Col. X speaking at the Estonian Defence Forces' weekly
                            # press briefing": the body whose briefing it is
                            # (not a joint one "with" another's minister)
                            r"speaking\s+at\s+(?=(?:the|a)\s(?:(?!\bwith\b|\bjoint\b)[^.\n]){0,60}?\b(?:briefing|press\s+conference|news\s+conference)\b)|"
                            r"(?:told|tells|writes|wrote|says|said)\s[^.;:“”\"]{0,60}?\b(?:that\s+)?(?:he|she)\s+"
                            r"(?:is|was|works|worked)\s+(?:as\s+)?(?=an?\s))")
# A list of witnesses or speakers, "I: Dr X, …; Lieutenant General Y, …", that introduces each by title alone.
_WITNESS_LIST = re.compile(r"(?:I{1,3}|IV|V|\d{1,2})[:.]\s|[^\n]*;\s[^\n]*;\s")
# A speaker a lead paragraph describes and does not name: ", the head of the … centre said".
_DESCRIBED_SAYER = re.compile(r"(?:,\s+|^)((?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:head|chief|director|commander|"
                              r"spokes(?:man|woman|person)|official|officer|minister)\b[^,.;\"“”\n]{0,100}?)\s+"
                              r"(?:said|says|told|announced|warned)\b", re.MULTILINE)
# A question with its auxiliary before the subject asks, it reports nothing: "What has North
# Korea itself said?", "Why did the ministry say 300 were killed?".
# ("And what does Moscow say?": after a conjunction too.)
_WH_QUESTION = re.compile(r"[*_“\"‘\s]*(?:(?:And|But|So|Then|Well|Now),?\s+(?:what|why|how|when|where|which|who)\b|"
                          r"(?:What|Why|How|When|Where|Which|Who|Whom)\b)(?:\s+[\w'’-]+)?\s+(?:does|do|did|has|have|had|"
                          r"is|are|was|were|will|would|can|could|should)\b[^?]*\?[*_”\"’\s]*\Z"
                          # A statement put for confirmation, "X said he wanted to stay, didn't he?":
                          # the asker's, not X's claim.
                          r"|[^?]*,\s+(?:is|are|was|were|does|do|did|has|have|had|will|would|can|could)(?:n['’]t)?"
                          r"\s+(?:he|she|it|they|we|you|there)\?[*_”\"’\s]*\Z")
# A reporting verb inside the content of an idea, not a report: "Russian officials reject the idea
# that Kursk says anything about Moscow's commitments".
_IDEA_THAT = re.compile(r"\b(?:idea|notion|suggestion|assumption|impression|argument)\s+that\s+(?:[\w'’-]+\s+){1,3}$")
# The writer's own scenario, "We assume that Russia maintains its current pressure …" (after a
# run-in heading): what the clause's subjects do in it is assumed, not said.
_OWN_PROJECTION = re.compile(r"\W*(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}:\s+)?We\s+(?:(?:also|further|now|still)\s+)?"
                             r"(?:assume|expect|project|forecast)\s+that\b")
# A document described by who issued it: "A report published last week by the … Institute".
_DOCUMENT_ISSUED_BY = re.compile(r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?(?:report|study|assessment|analysis|paper|"
                                 r"survey|update|briefing|statement)\s+(?:published|released|issued|compiled|prepared|"
                                 r"produced)\s+(?:[\w-]+\s+){0,3}?by\s+(?P<who>(?:the\s+)?[^,;:]{3,100})")
# A listing's "Nationality: Russian".
_NATIONALITY_FIELD = re.compile(r"\bNationality:\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# The fields of a sanctions list's or a register's record.
_RECORD_FIELD = re.compile(r"\b(?:DOB|POB|Nationality|Gender|Position\(s\)|Passport\s+no\.?|Date\s+of\s+birth|"
                           r"Place\s+of\s+birth|Date\s+of\s+listing|Registration\s+no\.?|Identifying\s+information):")
# A local government named by its region, "the Kursk regional government".
_LOCAL_GOVERNMENT = re.compile(r"\b(?P<place>[A-Z][\w'’-]+)\s+(?:regional|region(?:al)?\s+|oblast|city|district|municipal)\s*"
                               r"(?:government|administration|authorities|council)\b")
# A sentence set on one side: "On the Ukrainian side, the General Staff reported …".
_ON_SIDE = re.compile(r"On\s+the\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+side,\s+")
# A poll's respondents as a subject: "62% of respondents", "A third of respondents, 31%,", "71%", "those polled".
_PERCENT = r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)"
_RESPONDENTS = re.compile(r"(?:(?:in\s+[^,]{1,40},\s+)?(?:(?:an?|the)\s+)?(?:" + _PERCENT + r"|(?:a|one|two)\s+(?:third|quarter|fifth)s?|"
                          r"(?:a\s+)?majority|most|many|half|few)(?:,\s*" + _PERCENT + r",)?\s+(?:of\s+(?:the\s+|all\s+)?)?)?"
                          r"(?:respondents|those\s+(?:polled|surveyed|asked|questioned)|people\s+(?:polled|surveyed))|"
                          + _PERCENT, re.IGNORECASE)
_UNPLACED = re.compile(r"\b(?:declined|refused|would\s+not|did\s+not|asked\s+not)\s+to\s+(?:say|disclose|reveal)\s+where\s+"
                       r"(?:he|she|they)\s+(?:lives?|is|are|comes?)\b")
# A private person described by a job and a place alone: "a software tester in Lviv".
_JOB_IN_PLACE = re.compile(r"(?:an?|the)\s+(?:[a-z][\w-]*\s+){1,3}?(?:in|from)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*")
_POSTED_ABROAD = re.compile(r"\b(?:correspondents?|reporters?|journalists?|diplomats?|envoys?|ambassadors?|attach[ée]s?|"
                            r"spokes(?:man|woman|person)|officials?|officers?|commanders?|soldiers?|lawmakers?|ministers?)\b")
_LIVES_IN = re.compile(r"\b(?:in|living\s+in|based\s+in)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)|"
                       # "who defected to the South in 2019": where he went is where he lives
                       r"\bdefected\s+to\s+(?:the\s+South\b(?P<south>)|([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))")
_RESIDENCE = re.compile(r"\b(?:living|lives|settled|resettled|now\s+(?:\w+\s+){0,5}?|(?:runs|works|teaches)\s+(?:\w+\s+){0,4}?)"
                        r"\s*in\s+(?:the\s+(?=[A-Z]))?"
                        r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# Independent media described as such: "an independent project that tracks …", "an independent
# Russian news site".
_INDEPENDENT_MEDIA = re.compile(r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:[Ii]ndependent|[Ee]xiled)\s+(?:[\w-]+\s+){0,2}?(?:project|outlet|media|(?:news\s+)?site|monitor|"
                                r"newsroom|initiative|portal|newspaper)\b")
# A person who runs an outlet described by its bloc: "runs Severny Schyot, a pro-war Telegram channel".
_RUNS_OUTLET = re.compile(r"\b(?:runs|ran|founded|hosts|edits|writes\s+for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*,\s+"
                          r"(?P<desc>(?:an?|the|his|her)\s+[^,.;]{0,60}?\b(?:channel|blog|site|outlet|newspaper|podcast|show))\b")
# An outlet described by its bloc, then who runs it, up to the name: "a pro-war Telegram channel
# with some 380,000 subscribers run by a former paratrooper who writes as".
_RUN_BY = re.compile(r"(?P<desc>\b(?:an?|the)\s+[^,.;]{0,60}?\b(?:channel|blog|site|outlet|newspaper|podcast))\b"
                     r"[^.;]{0,60}?\b(?:run|written|edited|hosted|founded)\s+by\b[^.;]{0,60}$")
# A relative clause saying where someone works: "who spent this winter at a field hospital set up
# in …", "who has run the clinic in …" (to the clause's end).
_WORKS_AT = re.compile(r"\bwho\s+(?:has\s+|have\s+)?(?:spent|works?|worked|serves?|served|runs?|ran|teach(?:es)?|taught|"
                       r"(?:is|was)\s+(?:based|stationed|posted))\b[^.;!?]{0,200}")
_BULLET = re.compile(r"[-–•*]\s|\d{1,2}[.)]\s")   # "- ", "• ", or a numbered item "1. "
# A transcript's speaker label opening a paragraph, in capitals: "DMITRY PESKOV, KREMLIN
# SPOKESMAN (through interpreter): …", "ANCHOR: …".
# Capitals of the Latin alphabets a caller's town may be spelt in ("RZESZÓW, POLAND").
_UP = "A-ZÀ-ÖØ-ÞĄĆČĎĘĚŁŃŇŐŘŚŠŤŮŰŹŻŽ"
_SPEAKER_LABEL = re.compile(rf"(?P<label>[{_UP}][{_UP}'’.-]+(?:-[0-9]+)?(?:\s+[“\"]?[{_UP}][{_UP}'’.-]+(?:,?[”\"])?)*"
                            # (a rank's note after the name: "GEN. THOMAS ALDRIDGE (RET.), CENTER …")
                            r"(?:\s+\([A-Z.]{2,8}\)(?=,))?"
                            # (a description part may quote a call sign: "CALL SIGN “TUMAN”")
                            rf"(?:,\s*[{_UP}0-9“][{_UP}0-9'’.&“”-]*(?:\s+[{_UP}0-9“][{_UP}0-9'’.&“”-]*)*)*)"
                            r"\s*(?:\([^)]{1,40}\))?:\s")
# A member of the US Congress by party and state: "(R-KS)", "(D-N.Y.)".
_CONGRESS_TAG = re.compile(r"\((?:R|D|I)-[A-Z][A-Za-z.]{1,5}\)")
# A broadcast script's clip marker, which names who is heard: "[CLIP: Dmitry Peskov, Kremlin
# spokesman (through interpreter), 0:16] …"; the running time is not part of the label.
_CLIP_LABEL = re.compile(r"\[(?:CLIP|SOUNDBITE|SOT|ACTUALITY|AUDIO|TAPE|INSERT)\s*:\s*(?P<label>[^\]\n]{2,160}?)"
                         r"(?:,\s*\d{1,2}:\d{2})?\]\s+")
# The same mark in a German-language broadcast's transcript, in brackets before a colon: "(O-Ton
# Arkady Voronov, spokesman, Russian Defence Ministry, in translation): …".
_PAREN_CLIP_LABEL = re.compile(r"\((?:O-?Ton|SOUNDBITE|Soundbite|SOT|CLIP|Clip)\s*:?\s+(?P<label>[^()\n]{2,160}?)\):\s+")
# The outlet that relays a speaker, between the subject and its verb: ", quoted by TASS, said".
_QUOTED_BETWEEN = re.compile(r",\s+(?:as\s+)?(?:quoted|cited)\s+by\s+(?P<by>[^,;]{1,60}),\s*$")
# A chat log's message: "[06:12] Kombat_7: …", its time stamp, then the user name.
# The country closing an address ("… in Tartu, Estonia, said"), and the town before it.
_ADDRESS_COUNTRY = re.compile(r"\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*")
_IN_TOWN = r"\b(?:in|from|near|of|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_SOURCE_TAGS_AFTER = re.compile(r"(?<=[.!?”\"])(?:\s*\([A-Z][^()\n]{1,40}\))+\s*$")
_CHAT_LINE = re.compile(r"\[\d{1,2}[:.]\d{2}(?::\d{2})?\]\s+(?P<label>[\w@.’'-]{2,40}):\s")
# A live chat's line under a first name and a city, "Oksana (Kyiv):", a guest's marked so: "Guest — Tomasz (Warsaw):".
_CITY_LABEL = re.compile(r"(?P<guest>Guest\s+[—–-]\s+)?(?P<label>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?)\s+\((?P<city>[A-Z][\w .'’-]{1,30})\):\s")
_SENTENCE_ADVERB = re.compile(r"[A-Z][a-z]+ly|Meanwhile|However|Separately|Still|Yet|Instead")
_UNIVERSITY_POST = re.compile(r"\b(?:professor|lecturer|scholar|researcher|academic)\b[^,;]{0,60}?\b(?:at|of)\s+(?:the\s+|an?\s+)?"
                              r"(?:[A-Z][\w'’-]+\s+){0,4}(?:University|College|university|Universiti|Universitas|Universidad)\b")
_ACADEMIC = re.compile(r"\b(?:university|universiti|universitas|universidad|demographer|professor|academic|lecturer|sociologist|statistician|"
                       r"teaches|taught)\b", re.IGNORECASE)
# A speaker given with the office before the name: "Kursk Region Governor Roman Velikanov:".
_TITLED_LABEL = re.compile(r"^(?P<label>[A-Z][\w'’.-]*[ \t]+(?:(?:[A-Z][\w'’.-]*|of|the|and|for|in|on)[ \t]+){0,14}?"
                           # (" (retranslated)": the site's note that an interpreter's words are given)
                           r"[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+)(?:[ \t]+\((?:retranslated|interpreted|translated)\))?:[ \t]",
                           re.MULTILINE)
# A government website's fields under a record: "Publication date: …", "Topics: …", "Persons: …".
_SITE_FIELDS = re.compile(r"^(?:Publication\s+date|Topics|Persons|Geography|Tags|Share):", re.MULTILINE)
# A record's field line at its end: "Publication date: …", "Topics: …".
_FIELD_LINE = re.compile(r"[A-Z][a-z]+(?:\s[a-z]+)?:\s")
_MIXED_LABEL = re.compile(r"^(?P<label>[A-Z][a-z'’-]+(?:\s+(?:[A-Z][a-z'’-]+|\d{1,2}))?):\s", re.MULTILINE)
# A delegate in a meetings-coverage summary: "The representative of the Russian Federation",
# "Ukraine's delegate".
_DELEGATE_OF = re.compile(r"\b(?:[Rr]epresentative|[Dd]elegate)s?\s+of\s+(?:the\s+)?[A-Z]|['’]s\s+(?:representative|delegate)\b")
# A transcript's numbered label, "Speaker 2:", which the introduction maps to a person ("Speaker
# two, Kirill Lozovoy, is …").
_NUMBERED_SPEAKER = re.compile(r"(Speaker|Panellist|Panelist|Participant|Guest|Voice)\s+(\d{1,2})")
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# A question's vocative after a label: "Moderator: Kirill, you have reported …".
# (And a chamber's forms of address, "Madam President, Commissioner, honourable Members, …".)
_VOCATIVE = re.compile(r"\s*(?:(?:Mr|Ms|Mrs|Dr|Major|General|Colonel)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+"
                       r"(?=(?:you|your|what|how|why|where|when|who|do|does|did|is|are|can|could|would|will|should|briefly|"
                       r"first|let|if|I|thank)\b)"
                       r"|\s*(?:\([A-Z]{2}\)\s+)?(?:(?:Madam|Mister|Mr|Madame)\s+(?:President|Speaker|Chair(?:man|woman|person)?)|"
                       r"Commissioner|Minister|[Hh]onourable\s+Members|[Cc]olleagues)"
                       r"(?:,\s+(?:(?:Madam|Mr|Mister)\s+)?(?:President|Commissioner|Minister|[Hh]onourable\s+Members|[Cc]olleagues))*,\s+")
# A parliamentary record's label: an honorific, the name, then the seat and party in brackets ("Mr
# Alan Whitcombe (Northfield) (Lab):", "Hon. Members:"), or an office with its holder in brackets
# ("The Minister of State for Europe (Dame Helen Carver):").
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Hon|Senator|Sen)\.?"
_HONORIFIC_LEAD = re.compile(r"(?:" + _HONORIFIC + r"\s+)+")
_RECORD_LABEL = re.compile(
    rf"^(?:The\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,8}}?\s+\((?P<held>{_HONORIFIC}\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})\)"
    rf"|(?P<label>{_HONORIFIC}\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})(?:\s+\([^()\n]{{1,40}}\)){{0,2}}):\s"
    # A printed hearing's turn: "Chairwoman BRANDT.", "General MERCER.", "Mr. HOLLOWAY." (the
    # surname in capitals, then a full stop).
    rf"|^(?P<printed>(?:{_HONORIFIC}|Chairman|Chairwoman|Chair|General|Admiral|Senator|Ambassador|Secretary|Representative)"
    rf"\s+[A-Z][A-Z'’-]+)\.(?:\s|$)"
    # The European Parliament's verbatim report: "President. – …", "Name, on behalf of the PPE
    # Group. – …", "Name (Renew), blue-card question. – …" (a spaced dash after the stop).
    r"|^(?P<ep>(?:Vice-)?President|[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){1,3})(?:\s+\([^()\n]{1,30}\))?"
    r"(?:,\s+[^–—\n]{2,120}?)?\.\s+[–—]\s"
    # Minutes in translation: the chair, "Vice-President Dr. Helga Brückner:", "Chair (Fujisawa
    # Michio):"; a member by party, "Jörg Brandner (AfD):"; an office and its holder, "Minister of
    # Defense (Nakagawa Shinya):", "Markus Lehnert, Federal Minister of Defence:".
    rf"|^(?P<presiding>(?:Vice-|Deputy\s+)?(?:President|Chair(?:man|woman|person)?|Speaker|Presiding\s+Officer))"
    rf"(?:\s+(?:{_HONORIFIC}\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}|\s+\([^()\n]{{2,40}}\))?:\s"
    r"|^(?!(?:Reporter|Journalist|Correspondent|Question|Spokes(?:person|man|woman))\b)"
    r"(?P<party>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+\([^()\n]{2,60}\):\s"
    r"|^(?=(?:Minister|Secretary|Government|Director|Deputy|Vice|Chief|Head|Commissioner|Ambassador|Parliamentary|"
    r"State)\b)[A-Z][\w'’-]+(?:\s+(?:of|for|the|and|[A-Z][\w'’-]+|[a-z]+)){0,6}?\s+\((?P<holder>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
    r"(?:,[^()\n]{0,80})?\):\s"
    r"|^(?P<officer>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+(?:[A-Z][\w'’-]+\s+){0,3}(?:Minister|Secretary|Chancellor|"
    r"Commissioner|Ambassador|Director(?:-General)?)\b[^:\n]{0,60}:\s"
    # A Ukrainian or Russian stenogram in translation: the surname in capitals and the initials,
    # then the office or the faction, "HORBATENKO L.V., Deputy Minister of Internal Affairs of
    # Ukraine.", "SOLOVEI R.I. (Servant of the People faction)."; the chair, "HEAD OF THE SESSION.".
    r"|^(?P<steno>[A-Z][A-Z'’-]{2,}\s+[A-Z]\.(?:[A-Z]\.)?)(?P<steno_desc>,\s+[^\n]{2,120}?\.|\s+\([^()\n]{2,60}\)\.)?(?=\s|$)"
    r"|^(?P<steno_chair>HEAD\s+OF\s+THE\s+SESSION|PRESIDING|CHAIR(?:MAN|PERSON|WOMAN)?)\.(?=\s|$)",
    re.MULTILINE)
# A record's own lines between speeches: a member rising, the question put, the division, the
# resolution, a bracketed note.
# (A whole paragraph in brackets is a stage direction, "(Applause)"; a short line without a stop a
# procedure's heading, "Catch-the-eye procedure"; but "[…]" marks a cut inside a speech.)
_RECORD_PROCEDURE = re.compile(r"[^\n]{0,80}\brose\s*[—–-]\s*$|\([A-Z][^()\n]{0,200}\)\s*$|[A-Z][^.!?:;,\n]{0,50}[a-z)]$|"
                               r"(?:Question\s+put|Question\s+accordingly|The\s+House\s+"
                               r"(?:divided|proceeded|adjourned)|Resolved,|Division\b|Ayes\b|Noes\b|Motion\s+(?:made|agreed)|"
                               r"\[(?!(?:…|\.\.\.)\]))")
# What a record is of: "the official report of Thursday's debate in the House of Commons".
# A legislature's record by its header line: "German Bundestag – Stenographic Record, 58th Session",
# "House of Representatives, Security Committee: Minutes No. 5".
_STAGE_DIRECTION = re.compile(r"\((?:Applause|Laughter|Cheers|Heckling|Murmurs|Uproar|Protests|Shouts?|Interjections?|"
                              r"Calls?|Objections?|Loud\s+applause|Prolonged\s+applause)\b(?:\s+(?:from|by)\s+"
                              r"(?P<who>[^:()\n]{2,80}?))?(?::[^()\n]{1,200})?\)[.!?]?")
# A record's short note of the hall between a member's sentences: "(Noise in the hall)".
_SHORT_ASIDE = re.compile(r"\([A-Z][\w ,'’-]{2,40}\)[.!?]?")
_CATALOGUE_ROLES = {"INT": "Interviewer", "INTERVIEWER": "Interviewer", "NAR": "Narrator", "NARRATOR": "Narrator",
                    "INTERVIEWEE": "Interviewee", "RESP": "Respondent", "RESPONDENT": "Respondent"}
_PRESIDING = re.compile(r"(?:Vice-|Deputy\s+)?(?:President|Chair(?:man|woman|person)?|Speaker|Presiding\s+Officer)\b")
_RECORD_HEADER = re.compile(r"(?P<body>[^\n]{0,40}?(?:Bundestag|Diet|House\s+of\s+(?:Representatives|Commons|Lords|Councillors)|"
                            r"Parliament|Sejm|Senate|Duma|Rada|National\s+Assembly|Knesset|Riksdag|Storting|Seimas|Saeima|"
                            r"Riigikogu|Eduskunta|Folketing))\b[^\n]{0,80}?\b(?:Stenographic|Stenogram|Verbatim|Official\s+Report|"
                            r"Minutes|Record|Transcript|Plenary\s+(?:Session|Sitting))\b")
_SITTING_OF = re.compile(
    r"\b(?:debates?|sitting|session|proceedings|hearing|official\s+report|verbatim\s+report|record|Hansard|questions?\s+time)\b[^.\n]{0,60}?"
    r"\b(?:in|of|before|by)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'’-]+\s+){0,3}(?:House\s+of\s+(?:Commons|Lords|Representatives)|"
    # "a hearing held … by the House Foreign Affairs Subcommittee"
    r"(?:House|Senate)\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:Sub)?[Cc]ommittee|"
    r"Parliament|Bundestag|Sejm|Senate|Congress|Duma|Rada|National\s+Assembly|Knesset|Riksdag|Storting|Seimas|"
    r"Saeima|Riigikogu|Eduskunta|Folketing|Diet|Federation\s+Council))")
_INTERJECTING = re.compile(r"(?:(?:Senator|Mr|Mrs|Ms|Dr|The)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+interjecting[—–-]?")
# A wire or broadcaster by its own name, "the Asia-Pacific Wire Service": no national body of the dateline's.
_NAMED_MEDIA = re.compile(r"\b(?:Wire|News|Press|Radio|Television|Broadcasting|Media)\b")
# A release's title naming its issuer, after an optional "FOR IMMEDIATE RELEASE" line.
_ISSUER_TITLE = re.compile(r"\s*(?:(?:FOR\s+IMMEDIATE\s+RELEASE|PRESS\s+RELEASE|Press\s+release)[^\n]{0,40}\n\s*)?"
                           r"(?P<issuer>(?:Embassy|Ministry|Office|Mission|Consulate|Permanent[ \t]+Mission)[ \t]+of[ \t]+[^:\n]{3,60}):")
# A mission's self-interview: "Embassy Press Secretary's comment in connection with a media question".
# (Its words on one line: the speaker's name holds no line break.)
_SELF_INTERVIEW = re.compile(r"(?P<who>(?:[A-Z][\w'’]+[ \t]+){0,3}(?:Press[ \t]+Secretary|Spokes(?:person|man|woman)|Ambassador))['’]s\s+"
                             r"(?:comment|answer|answers|reply|replies|remarks)\b")
_LEGISLATORS = frozenset("lawmakers legislators parliamentarians mps deputies".split())
# "…, call sign Kedr" after a role; "… before defecting in 2019, and now lives in Seoul" after a name.
_CALL_SIGN_AFTER = re.compile(r",\s+(?:call\s*sign|callsign)\s+[“\"]?([A-Z][\w'’-]+)")
_DEFECTED_LIVES_IN = re.compile(r"[^.!?]*?\bdefect(?:ed|ing)\b[^.!?]*?\b(?:now\s+)?lives\s+in\s+([A-Z][\w'’-]+)")
_MILITARY_HEADS = frozenset("staff command army military forces navy headquarters".split())
# A writer's own side's soldiers, "our brigade has held its line", in a text "Translated from Ukrainian".
_FROM_UKRAINIAN = re.compile(r"\b(?:[Tt]ranslated|[Tt]ranslation)\s+from\s+(?:the\s+)?Ukrainian\b")
_OUR_FORCES = re.compile(r"\b[Oo]ur\s+(?:brigade|battalion|company|platoon|regiment|unit|positions?|trenches|soldiers|troops|"
                         r"forces|army|guys|boys|lads|men)\b")
_OUR_SOLDIER = re.compile(r"[Oo]ur\s+(?:(?:brigade|battalion|company|platoon|regiment|unit|deputy|chief|senior|junior|young|"
                          r"[\w-]+['’]s)\s+){0,2}(?:commander|sergeant|officer|medic|chaplain|soldier|gunner|driver|scout|"
                          r"sapper|pilot|operator|signaller|fighter|lieutenant|captain|major|colonel|commanders|officers|"
                          r"medics|soldiers|guys|boys|lads|men|chief\s+of\s+staff)")
# A committee's record, its header down to its first sitting line: "… LEGISLATION COMMITTEE / Estimates /
# … / BY AUTHORITY OF THE SENATE / … / Committee met at 09:01".
_COMMITTEE_RECORD = re.compile(r"(?=[^\n]*\b(?i:committee)\b)(?:[^\n]*\n){0,12}?[^\n]*\b(?:SENATE|Senate|Estimates|ESTIMATES|Hansard|"
                               r"HANSARD|PARLIAMENT|Parliament|HOUSE\s+OF|House\s+of)\b(?:[^\n]*\n){0,12}?(?:Committee|COMMITTEE)\s+"
                               r"(?:met|sat)\s+at\b")
# The host an introduction names: "She spoke with The Late Dispatch host Bryn Kowalchuk" (the surname).
_HOST_NAMED = re.compile(r"\bhost\s+(?:[A-Z][\w'’-]+\s+)?([A-Z][\w'’-]+)\b")
_PROVISIONAL_TRANSLATION = re.compile(r"\bprovisional\s+translation\s+of\s+the\s+(?:press\s+conference|briefing|remarks|statement|"
                                      r"interview)\b[^.\n]{0,40}?\bheld\s+in\s+([A-Z][a-z]+)\b")
_DEPARTMENT_LINE = re.compile(r"\b(?:Department|Ministry|DEPARTMENT|MINISTRY)\b")
# A briefing's transcript and whose it is: "An excerpt of the department's transcript follows",
# "the transcript released by the foreign ministry".
_TRANSCRIPT_OF = re.compile(r"['’]s?\s+(?:own\s+|official\s+|full\s+)?transcript\b")
_OWNER_BEFORE = re.compile(r"(?:\b[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[\w'’.-]+$")
# (And the outlet's own furniture: "POLL: Should South Korea …?", "QUIZ:"; a rebuttal column's "LIE:"
# and "TRUTH:", a fact-check's "VERDICT:", "THE FAKE:" and "THE FACTS:".)
# (And a search team's notices: "MISSING:", "FOUND ALIVE:", "FOUND DEAD:".)
_LABEL_MARK = re.compile(r"\b(?:SAYS|SAY|CLAIMS|CLAIM|ALLEGES|COUNTERS|INSISTS|VERSION|ACCOUNT)$|^(?:WHAT|WHERE|HOW|WHY|WHO)\s|"
                         r"^(?:MISSING|FOUND(?:\s+(?:ALIVE|DEAD|SAFE))?|WANTED)$|"
                         r"^(?:THE\s+)?(?:POLL|QUIZ|SURVEY|VOTE|LIES?|TRUTH|FACTS?|MYTHS?|REALITY|FAKES?|VERDICT|RATING|CONTEXT|"
                         r"BACKGROUND|BOTTOM\s+LINE|FALSE|MISLEADING)$")
_CAPITAL_TURN = re.compile(r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,4}(?:\s+\([^()\n]{1,40}\))?:\s")
# A person's given name and surname (two or three capitalised words), for initials labels.
_INITIALED_NAME = re.compile(r"(?=\b([A-Z][a-z][\w'’-]*(?:[ ][A-Z][a-z][\w'’-]*){1,2})\b)")   # at every word, overlapping
# A lead-in to a text set out below it: "The Kremlin's readout reads, in part:", "The office's
# statement reads:".
_FULL_TEXT_BELOW = re.compile(r"\b(?:(?:full|complete|entire)\s+text\s+of\s+(?:the|its|their|this|his|her)\s+[\w’'-]+(?:\s+[\w’'-]+){0,5}?"
                              r"\s+(?:below|follows)|text\s+(?:is\s+)?reproduced\s+(?:in\s+full\s+)?below|"
                              r"(?:[Bb]elow|[Hh]ere)\s+(?:is|are)\s+the\s+(?:full|complete)\s+text\b|"
                              # "Below is the brigade's post in full, translated from Ukrainian by …"
                              r"(?:[Bb]elow|[Hh]ere)\s+(?:is|are)\s+(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,4}?"
                              r"(?:in\s+full|in\s+its\s+entirety|unedited)\b|"
                              r"(?:publish|reproduc|print)(?:es|ed|e|s)?\s+(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,4}?"
                              r"(?:in\s+full|in\s+its\s+entirety)\s+below)")
# A person's appositive naming their home town: ", a former schoolteacher from Poltava".
_FROM_TOWN_APPOSITIVE = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,5}?from\s+([A-Z][\w'’-]+)\b")
# What a text reproduced in full is when it is someone's words: "the full text of the speech".
_SPEECH_TEXT = re.compile(r"\btext\s+of\s+(?:the|his|her|this)\s+(?:[\w’'-]+\s+)?(?:speech|address|remarks)\b")
# Whose speech the article gives: "Kim Jong-un’s Speech", "a speech by Kim Jong-un".
_SPEECH_OWNER = re.compile(r"(?P<owner>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+){0,3})['’]s\s+(?:[A-Z]?[a-z]+\s+)?[Ss]peech\b|"
                           r"\b[Ss]peech\s+by\s+(?P<by>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+){0,3})")
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|[Oo]urs)\b")
_NUMBERED_PARAGRAPH = re.compile(r"\d{1,2}\.\s+[A-Z“\"]")
_READS_LEAD = re.compile(r"(?P<who>(?:\b[Tt]he\s+)?[A-Z]?[\w'’.-]+(?:\s+[\w'’.-]+){0,5}?)(?:,\s+[^,:]{1,60},)?\s+"
                         r"(?:reads|read|runs|states|says)(?:,?\s+in\s+(?:part|full))?:\s*$")
# A testimony's heading: the speaker's first name, age and what or where they are.
_PERSON_HEADING = re.compile(r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),\s+\d{1,3},\s+(?P<desc>[^\n]{2,100}?)\s*")
# Or, with no age, a full name and the town they write from: "Olena Kravets, Sumy".
_NAME_TOWN_HEADING = re.compile(r"(?P<name>[A-Z][\w'’-]+ [A-Z][\w'’-]+),\s+(?P<desc>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s*")
# A transcript label in Markdown bold: "**Claire Dunmore:** Welcome to …".
# (In a list: "- **NIS, via Rep. Han:** …", "- **Ukrainian General Staff (9 March):** …".)
_BOLD_LABEL = re.compile(r"(?:[-*•]\s+)?\*\*(?P<label>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?:,\s+[^*:\n]{1,40}?)?)"
                         r"(?:\s+\([^()*\n]{1,30}\))?:\*\*\s")
# A monitoring service's transcript names its speakers in square brackets: "[Presenter] Good
# morning …", "[Governor Aleksandr Vereshchagin, recorded] …", "[Listener Lyudmila, Shebekino] …";
# not its own notes ("[Passage omitted: weather]", "[Monitor's note: …]").
_BRACKET_LABEL = re.compile(r"\[(?P<label>[A-Z][^\[\]\n:]{1,60})\][ \t]+(?=\S)")
_BRACKET_NOTE = re.compile(r"(?:Passages?|Monitor|Translator|Editor|Note|Name|Words?|Music|Jingle|Inaudible|Indistinct|"
                           r"Break|Video|Audio|Applause|Laughter|Laughs|Pause|Crosstalk|Sic|Ends?)\b", re.IGNORECASE)


# An earnings call's transcript names its speakers with their title after a double hyphen:
# "Mikkel Saar -- Chief Executive Officer: Thanks, Jonas …", "Annika Holm -- Nordhavn Securities: …"
# (not the participants' list, "Name -- Title; Name -- Title").
_DASH_TITLE_LABEL = re.compile(r"(?P<label>(?:(?:Dr|Mr|Ms|Mrs|Prof)\.\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
                               r"\s+--\s+[^:;\n]{2,80}:\s+(?=\S)")


# A social-media reply as a newsletter sets it out, under its handle, a gloss and its count:
# "@北岸军事观察 (“North Bank Military Watch”), pinned reply, 5,400 likes: I am closing comments now."
_HANDLE_LABEL = re.compile(r"@(?P<label>[^\s,:(]{2,40})(?:\s+\((?P<gloss>[^()\n]{1,60})\))?(?:,\s+[^:\n]{1,80}?)?,\s+"
                           r"\d[\d,.]*\s*[KkMm]?\s+(?:likes|upvotes|reposts|retweets|shares)\s*:\s+(?=\S)")


def _bracket_label(par: str):
    """The speaker label a paragraph opens with in square brackets, None for a note or for a
    script's clip mark before a label ("[CLIP] LT. COL. …:")."""
    m = _BRACKET_LABEL.match(par) if par[:1] == "[" and not _TIME_CODE.match(par) else None
    return m if m is not None and not _BRACKET_NOTE.match(m.group("label")) else None


_HOSTED_BY = re.compile(r"^(?:Hosted|Presented|Moderated)\s+by\s+([^|\n]{2,80})|"
                        # a transcript's header field: "Transcript | Aired Feb. 19 | Anchor: Jung Ha-eun"
                        r"(?:^|\|\s)(?:Anchor|Host|Presenter|Moderator):\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*$",
                        re.MULTILINE)
# A label whose first turn welcomes the audience is the programme's host: "WALLNER: Good evening and
# welcome to ZIF 2."
_HOST_WELCOME = re.compile(r"^([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}):\s+(?:(?:Good\s+(?:evening|morning|afternoon)|Hello|Hi)"
                           r"(?:,?\s+(?:everyone|everybody))?[,.!]?\s+(?:and\s+)?)?[Ww]elcome\s+(?:to|back)\b", re.MULTILINE)
# A sentence that opens with a person doing something: "Kremlin spokesman Dmitry Peskov repeatedly
# brushed the reports aside, …".
_OPENING_PERSON = re.compile(r"(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+){0,2}?(?P<name>[A-Z][a-z][\w'’-]+\s+[A-Z][a-z][\w'’-]+)"
                             r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|took|made|gave|spent|went|met|sent|held)\b")
# A programme named after its host, on the transcript's first line: "Drive With Greg Madden: …"
# (not "Interview With …", whose name is the guest's).
_PROGRAMME_WITH = re.compile(r"\A[^\n:|]{0,40}?(?<![Ii]nterview )(?<![Cc]onversation )(?<![Tt]alks )\b[Ww]ith\s+"
                             r"([A-Z][\w'’-]+\s+[A-Z][\w'’-]+)(?=\s*[:|\n])")
# A transcript's time code or a script's bare clip mark before a speaker's label: "[02:08] TUMAN:",
# "[CLIP] DMITRY PESKOV, KREMLIN SPOKESMAN (through interpreter):".
_TIME_CODE = re.compile(r"\[(?:\d{1,2}:\d{2}(?::\d{2})?|CLIP|SOUNDBITE|SOT|ACTUALITY|AUDIO|TAPE|INSERT)\]\s+")
_BY_CALL_SIGN = re.compile(r"\b(?:under|by|with)\s+the\s+(?:call\s+sign|nickname|handle|username)\s+$")
# A television script's marks for a clip of someone speaking, followed by who speaks.
_PRODUCTION_MARKS = frozenset({"SYNC", "SOT", "SOUNDBITE", "INTERVIEW", "ACTUALITY"})
_HEARD = re.compile(r"(?P<label>[A-Z][^:\n]{2,160}?)(?:\s*\([^)]{1,40}\))?:\s")
# Who sent an open letter: "Three civic organisations from Seoul, Kyiv and Brussels on Monday sent an open letter".
_SENT_LETTER = re.compile(r"(?P<who>[A-Z][^.;\n]{2,120}?)\s+(?:on\s+\w+\s+)?(?:sent|wrote|signed|published|issued|addressed)\s+"
                          r"(?:an?\s+|the\s+)?(?:joint\s+)?open\s+letter\b")
# A letter's salutation line: "To the governments of Ukraine, …:", "Dear President Zelenskyy,".
_SALUTATION = re.compile(r"^(?:To|Dear)\s[^\n]{2,300}[:,]$", re.MULTILINE)
# A numbered point of a letter or a list: "(1) We ask Ukraine to …".
_NUMBERED_POINT = re.compile(r"\(\d{1,2}\)\s")
_CABLE_END = re.compile(r"\bEND\s+(?:COMMENT|TEXT|CABLE|MESSAGE)\b\.?\s*$")
_SENT_FROM = re.compile(r"\b(?:cable|memo|telegram|dispatch)\s+(?:sent|written|drafted|signed)\s+(?:from|by)\s+(?P<who>[^,.;\n]{3,60})")
_RELEASED_TEXT = re.compile(r"(?P<by>[A-Z][^.;\n]{2,60}?)\s+(?:on\s+\w+\s+)?(?:released|published|made\s+public|handed\s+over)\s+"
                            r"(?:the\s+(?:full\s+)?text\s+of\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?P<kind>letter|diary|note|notebook|recording)\b")
# A news-in-brief item's source in brackets at its end: "… the Defence Ministry said. (TASS)".
_SOURCE_TAG = re.compile(r"\((?P<who>[A-Z][\w.&’' -]{1,30})\)\s*$")
# A claims log's line: "March 2 — Rybar (Telegram): Korean units have …".
_DATED_SOURCE = re.compile(r"\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+"
                           r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)(?:,\s+\d{4})?\s+[—–-]\s+"
                           r"(?P<who>[A-Z][^:;“”\"\n]{1,100}?)(?:\s+\([^()\n]{1,40}\))?:\s")
# "Ukrainian prosecutors on Tuesday filed an indictment": the document's issuer.
_FILED_DOC = re.compile(r"(?P<who>[A-Z][^,;.()\n]{2,60}?)\s+(?:on\s+\w+\s+)?(?:filed|submitted|issued|lodged)\s+(?:an?|the|its)\s+"
                        r"(?P<head>indictment|report|assessment|statement|charge\s+sheet)\b")
_DOCUMENT_SUBJECT = re.compile(r"(?:^|\s)(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+\S+\s+$")
_NOT_LABELS = frozenset("Update Note Notes Editor Correction Clarification Source Sources Photo Photos Video Warning "
                        "Question Answer Q A Read Watch Listen Related Background Context Timeline Update "
                        # A feed's or a record's fields: "Title:", "Summary:", "Published:", "Tags:".
                        "Title Summary Published Tags Description Headline Link Date Author Query Exported "
                        # An incident record's: "Narrative:", "Counter-claim:", "Verification status:".
                        "Narrative Counter-claim Counterclaim Claimed Verification Status Location Type "
                        "Reported Incident Assessment Details Notes Findings Response "
                        # A news item's labelled blocks: "Details:", "Quote:" (its source's words).
                        "Quote Quotes "
                        # A rebuttal page's template: "Publication:", "Fake:", "Reality:".
                        "Publication Fake Reality".split())
# A place that opens a paragraph and sets its scene, after any transcript label: "In Kharkiv, …",
# "REINHOLT (voice-over): In Seoul, …".
_SCENE_OPENING_RE = re.compile(r"(?:[A-Z][A-Z .'’-]+(?:\([^)]{1,40}\))?:\s+)?(?:In|At|From)\s+([^,]{1,40}),")
_COURT = re.compile(r"\b(?:[Jj]udges?|[Ll]awyers?|[Aa]ttorneys?|[Dd]efen[cs]e\s+counsel|court)\b")
_BYLINE = re.compile(r"^By\s+([^\n]{2,120})$", re.MULTILINE)
# A name's appositive that makes them someone's staff: "MSR's primary analyst for Ukraine".
_HOUSE_OWNED = re.compile(r"(?:the\s+)?([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})['’]s\s")
# A house's header line: its name, city and date, "Meridian Sovereign Ratings - London - 12 Feb 2026".
_HOUSE_LINE = re.compile(r"^(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})\s+[-–|]\s+[A-Z][\w'’. -]{1,30}?\s+[-–|]\s+"
                         r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}[ \t]*$", re.MULTILINE)
# The outlet's own voices and notes under a label: "ANCHOR:", "MODERATOR:", "CORRECTION:".
# An introduction saying that the transcript below is another broadcaster's, in translation.
_TRANSLATED_TRANSCRIPT = re.compile(r"\btranscripts?\b[^.\n]{0,80}?\btranslated\b|\btranslated\s+transcript\b|"
                                    # "Our translation follows the script as broadcast"
                                    r"\btranslation\b[^.\n]{0,40}?\b(?:script|transcript|bulletin|programme)\b|"
                                    # "Below are our English subtitles, cue by cue"
                                    r"\b(?:English|our)\s+subtitles\b|"
                                    # "The excerpt below has been translated from Russian"
                                    r"\b(?:excerpts?|extracts?|segment|programme|broadcast)\b[^.\n]{0,40}?\btranslated\s+from\b|"
                                    # "The following is a translated excerpt"
                                    r"\btranslated\s+(?:excerpts?|extracts?|segment)\b", re.I)
# A monitoring service's source line: "Source: Rossiya 1 TV, Moscow, in Russian 1700 gmt 11 Feb 26".
_MONITOR_SOURCE = re.compile(r"^Source:\s+(?P<name>[^,\n]{2,40}?)(?:\s+(?:TV|television|radio))?,\s+(?P<city>[A-Z][\w'’-]+),\s+in\s+[A-Z]",
                             re.MULTILINE)
# "Russia's main state channel, Rossiya-1, gave …": what it is, then its name.
_BROADCASTER_AFTER = re.compile(r"\b(?:television|TV|channel|broadcaster|radio|station),\s+(?P<name>[A-Z][\w’'-]*(?:[ -][A-Z0-9][\w’'-]*){0,3}),")
# A subtitle file's cue block: its number and time codes ("12 00:00:53,100 --> 00:00:56,600"), then
# who is on screen, if marked: "[Correspondent]" or a name caption "CAPTION: Lt. Col. X, commander".
_CUE_BLOCK = re.compile(r"\d{1,4}\s+\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s+-->\s+\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s+")
_CUE_WHO = re.compile(r"\[(?P<role>[A-Z][\w -]{1,30})\]\s|CAPTION:\s+(?:(?:[A-Z][a-z]{0,3}\.\s+){0,3})(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),")
# "Rodina-24, one of Russia's main state television channels": a broadcaster and what it is.
_BROADCASTER = re.compile(r"(?P<name>[A-Z][\w’'-]*(?:[ -][A-Z0-9][\w’'-]*){0,3}),\s+(?P<desc>(?:one\s+of\s+|an?\s+|the\s+)"
                          r"[^,.;\n]{0,80}?\b(?:television|TV|channels?|broadcasters?|radio|stations?)\b)")
_OUTLET_NOTE_LABEL = re.compile(r"\b(?:CORRECTION|CLARIFICATION|UPDATE|NOTE|EDITOR)\b", re.I)
# (A script's "CUE:" and "LINK:" are the presenter's lead-ins to a report.)
_OWN_PRESENTER = re.compile(r"\b(?:Anchor|Host|Presenter|Moderator|Correspondent|Reporter|Newsreader|Newscaster|"
                            r"Cue|Link|Intro|Voice-?[Oo]ver|VO|Vo|V/O|Correction|Clarification|Update|Note)\b")
_UNNAMED = re.compile(r"(?:Unidentified|Unnamed|Captured|Wounded)\b")
# A publication's name, told by the word that ends it: "The Meridian Review", "Kyiv Post".
_PUBLICATION = re.compile(r"\b(?:The\s+)?((?:[A-Z][\w'’-]+\s+){1,3}(?:Review|Times|Post|News|Journal|Herald|Gazette|Daily|"
                          r"Magazine|Weekly|Monitor|Tribune|Telegraph|Guardian|Observer|Courier|Express|Mail|Record|"
                          r"Bulletin|Dispatch|Digest|Chronicle|Standard|Independent|Insider|Radio|Television|Press|Wire|"
                          r"Quarterly|Letter|Briefing)|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Newspaper)\b")
_LOCAL_MEDIA = re.compile(r"\b(?:local|regional|city|town's|district)\s+(?:Telegram\s+)?(?:channel|news\s+(?:site|portal)|"
                          r"outlet|newspaper|paper)\s+(?:called\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
_INTERNATIONAL = re.compile(
    r"\b(?:mission|monitors?|commission|U\.?N\.?|United\s+Nations|Red\s+Cross|ICRC|IAEA|OSCE|Amnesty|"
    r"Human\s+Rights\s+Watch|NGO|charity|agency's)\b")
# A bloc word on a weapon or an attack names who struck, not whom a person belongs to ("when
# Russian missiles struck the city, Governor X wrote").
_WEAPON_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:missiles?|drones?|rockets?|shells?|shelling|bombs?|strikes?|"
                           r"attacks?|air\s+strikes?|artillery|forces\s+(?:struck|attacked|shelled))\b"
                           # "a Ukrainian artillery officer", "a Russian drone operator": a person of the bloc.
                           r"(?![\s-]+(?:officers?|commanders?|operators?|pilots?|units?|crews?|brigades?|battalions?|"
                           r"regiments?|company|platoon|gunners?|veterans?|soldiers?)\b)")
_FINITE = re.compile(r"\b(?:was|were|is|are|has|have|had|struck|killed|hit|launched|attacked)\b")
_PHRASE_END = re.compile(r"[,.;:!?()“”\"]|\s(?:said|says|did|does|has|have|had|was|were|is|are|will|would|"
                         r"could|posted|published|released|reported|told|who|which|that)\b")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish)")
# The next person of a list: "…; and Ri Kwang-chol, a reporter …".
_NEXT_LISTED_PERSON = re.compile(r";\s+(?:and\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+,")
# A monitor's source line for a printed item: "Beogradska Zora, Belgrade, in Serbian 27 Apr 26 p 12".
# (A retired general of a country of neither bloc comments; he serves on no side the scene gives.)
_ASKED_ABOUT = re.compile(r"Asked\b[^,;]*?\babout\b[^,;]*,\s*")
# A line in title case with no closing stop, a headline under a masthead or a section's title.
# (No commas or semicolons: not a list of people, "Guests: Oleksandr Havryliuk, Deputy Head of …; …";
# but an interview's title that quotes its subject, "Tomás Echevarría, Volunteer Surgeon in Ukraine:
# ‘The North Korean Boy Asked Me …’".)
_TITLE_LINE = re.compile(r"(?:[A-Z0-9“\"‘'][\w'’.:“”\"‘&-]*|of|the|a|an|and|for|in|on|at|to|by|as|with|from)"
                         r"(?:\s+(?:[A-Z0-9“\"‘'][\w'’.:“”\"‘&-]*|of|the|a|an|and|for|in|on|at|to|by|as|with|from|is|are)){3,}"
                         r"|[^\n.;]{3,120}:\s+[‘“][^\n]{3,200}[’”]")
_IN_TOWN_NAME = re.compile(r"\bin\s+([A-Z][\w'’-]+)")
_FAMILY_HOME = re.compile(r"\b(?:(?:the\s+)?family(?:['’]s)?\s+home|(?:his|her|their)\s+(?:own\s+)?home|at\s+home)\s+in\s+"
                          r"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?(?:,\s[A-Z][\w'’-]+)?)")
_PHOTO_CREDIT_IN_LINE = re.compile(r"\b(?:Photo|Photograph|Picture|Image)(?:\s+credit)?:\s")
_TOWN_AGE = re.compile(r"\s\(([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?),\s*\d{1,3}\)")
# The same bracket after a name, not captured: "Tomás Echevarría (Zaragoza, 44) left for Ukraine …".
_TOWN_AGE_BRACKET = r"\s\([A-Z][^()\n]{1,40},\s*\d{1,3}\)\s"
_COUNTRYS_BODY_AFTER = re.compile(r"\s+(?:Ministry|Foreign|Defen[cs]e|Embassy|Mission|Office|Department|General\s+Staff|"
                                  r"Armed\s+Forces|Army|Navy|Government|Presidential|Interior)\b")
_NOT_SERVING = re.compile(r"\b(?:[Rr]etired|[Ff]ormer|ret\.|retd\.?)")
# A dateline of two cities, the paper's own first: "NAIROBI/KYIV — ".
_DOUBLE_DATELINE = re.compile(r"^([A-Z]{3,}(?:\s[A-Z]{3,})?)/[A-Z]{3,}(?:\s[A-Z]{3,})?\s[—–-]\s", re.MULTILINE)
_AT_DISTANCE = re.compile(r"\b(?:kilomet(?:re|er)s|km|miles)\s+(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\b(?!\s+of\b)")
# A translated edition's note on where the original appeared: "Translated from the Spanish original
# published in El Mirador, Lima, on Saturday".
_ORIGINAL_IN = re.compile(r"\boriginal\s+published\s+in\s+[A-Z][^,\n]{1,40},\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),")
_PAREN_DATELINE = re.compile(r"^\(([A-Z][\w'’-]+(?:\s[A-Za-z][\w'’-]+){0,2})\)\s+[A-Z]", re.MULTILINE)
# A translator's note naming a language spoken in one country only: "Translated from Danish".
_TRANSLATED_FROM = re.compile(r"\b[Tt]ranslated\s+from\s+(?:the\s+)?(Danish|Dutch|Polish|Czech|Finnish|Swedish|Norwegian|Estonian|"
                              r"Latvian|Lithuanian|Bulgarian|Croatian|Slovak|Slovenian|Hungarian|Japanese)\b")
# (With the day after the town: "Bratislava, February 18 (SIB) - ".)
_AGENCY_DATELINE_MIXED = re.compile(r"^([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s\([A-Z]{2,8}\)\s[-–—]\s",
                                    re.MULTILINE)
_MONITORED_PAPER = re.compile(r"^[^\n,]{2,60},\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s+in\s+[A-Z][a-z]+\s+\d", re.MULTILINE)
_UNQUALIFIED_LEGISLATURE = frozenset(("Senate", "Congress", "House of Representatives"))


class _HomeLegislature:
    """An actors config that does not take an unqualified "Senate", "Congress" or "House of
    Representatives" for the US's (for a text filed from a country of neither bloc)."""

    def __init__(self, actors: Actors):
        self._actors = actors

    def __getattr__(self, name):
        return getattr(self._actors, name)

    def find(self, phrase: str):
        found = self._actors.find(phrase)
        if found and ("Senate" in phrase or "Congress" in phrase or "House of" in phrase):
            norm = phrase.replace("’", "'")
            found = [f for f in found if norm[f[0]:f[1]] not in _UNQUALIFIED_LEGISLATURE]
        return found
_NATIONAL_BODY = frozenset("navy army military ministry police government".split())
# A list item labelled with its source: "- U.S. Defense Department: “several hundred” … casualties".
# (Its label names, it does not say: "- Watch my speech and read the Commission's reply: https://…" is
# no source's; nor is a glossary's entry, "• KCNA: the Korean Central News Agency, …".)
_SOURCE_ITEM = re.compile(r"\s*[-–•*]\s+(?P<who>(?:(?:[A-Z][\w.’'-]*|of|the|and|for|(?:defen[cs]e|foreign|intelligence|military|"
                          r"general|staff|office|ministry|department|agency|service|command|spokes(?:man|woman|person)|"
                          r"president|minister|officials?)\b)[’']?s?\s*){1,8}?):\s+(?!(?:the|a|an|[Tt]he|An?)\s)\S")
# A sentence whose subject's own pronoun tags a quote: "X summoned the ambassador over what it called".
_WHAT_PRONOUN = re.compile(r"\s*(?P<subj>[^,;:]+?)\s+(?:(?:on|last|this|late|early)\s+\w+\s+)?(?:[a-z]{3,}ed|took|made|gave|sent|held|"
                           r"struck|hit|drew|met|spoke|won|lost|sought|brought|threw|began|fought)\b[^,;:]*?\bwhat\s+"
                           r"(?:it|they|he|she)\s+$")
# A body its country qualifies, "Moldova's foreign ministry", "the Moldovan health ministry": that
# country's, of no bloc when the config names none, not the dateline's or the last one named.
_COUNTRY_QUALIFIED = re.compile(r"(?:[Tt]he\s+)?(?P<country>[A-Z][a-z]+['’]s|[A-Z][a-z]+(?:an|ese|ish|ian|i))\s+(?:[a-z][\w-]*\s+){0,2}"
                                r"(?:navy|army|military|ministry|police|government)\b")
# "navy spokesman Captain Andriy Sokolenko", "Sumy regional governor Serhiy Kovtun", "Regional
# governor Oleh Syniehubov" (a place or a capital at the start may lead the role).
# (A place of two words or with its kind before a local office: "Kursk Region acting governor …",
# "Velyka Pysarivka community head …".)
_ROLE_THEN_NAME = re.compile(r"(?P<role>(?:[Tt]he\s+[A-Z][\w'’-]*\s+(?=[a-z][\w'’-]*\s+[a-z])|"   # ("the Kursk regional news site Seym Segodnya")
                             r"(?:[A-Z][\w'’-]*\s+){1,2}(?:Region|Oblast|Province|District|County|Krai)\s+|"
                             r"(?:[A-Z][\w'’-]*\s+){2}(?=(?:community|hromada|village|town|city|district)\s)|"
                             # ("Foreign Ministry spokesperson Nguyen Thi Thu Ha": a ministry by its two words)
                             r"[A-Z][\w'’-]*\s+(?:Ministry|Office|Department)\s+|"
                             r"[A-Z][\w'’-]*\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4})\s+"
                             r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})")
_ROLE_COMMA_NAME = re.compile(r"(?P<role>(?:the\s+[a-z][\w-]*'s|[Ii]ts|[Tt]heir)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?),\s+"
                              r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),?")
# A toll stated as a fact: "Three people were killed and 28 injured", "No casualties were reported".
_TOLL = re.compile(r"\b(?:(?:were|was|been)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|hurt)|"
                   # "Twelve of the dead were children.", "Among the wounded are two medics."
                   r"(?:of|among)\s+the\s+(?:dead|killed|wounded|injured|victims)\s+(?:were|was|are|is)\b|"
                   # "A seven-year-old boy was among the wounded."
                   r"(?:were|was|are|is)\s+among\s+the\s+(?:dead|killed|wounded|injured|victims)\b|"
                   r"no\s+(?:casualties|injuries|deaths|victims)\s+(?:were|have\s+been|had\s+been)\s+reported|"
                   r"(?:killed|injured|wounded)\s+(?:at\s+least\s+)?\d|surrendered|(?:were|was)\s+(?:also\s+)?(?:taken\s+prisoner|captured)|"
                   # "Eighteen people are being treated for injuries.", "Two residents are still
                   # unaccounted for.", "Fourteen people remain in hospital."
                   r"(?:are|is|were|was)\s+(?:still\s+)?being\s+treated|unaccounted\s+for|(?:remain|remains|are|is)\s+"
                   r"(?:still\s+)?in\s+(?:hospital|a\s+critical\s+condition)|(?:are|is|remain|were|was)\s+(?:still\s+)?(?:(?:listed|reported|registered)\s+(?:as\s+)?)?missing)", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me)\b|\bcould\s+not\s+be\s+(?:independently\s+)?verified\b|"
                           r"\bhow\s+many\b|\b(?:did|does|do)\s+not\s+say\b|"
                           # "North Korea has never acknowledged that any were captured": about figures.
                           r"\bnever\s+(?:acknowledged|confirmed|disclosed|admitted)\b|\b(?:declined|refused)\s+to\s+say\b")
_PARTISAN = {
    "russia": re.compile(r"\b(?:the\s+enemy|(?:Ukrainian|nationalist)\s+militants|Kyiv\s+regime|neo-Nazis?|"
                         r"liberat(?:ed|ion\s+of)|eliminated|neutrali[sz]ed|special\s+military\s+operation)\b", re.I),
    "ukraine_west": re.compile(r"\b(?:the\s+enemy|occupiers|occupying\s+forces|invaders|orcs|rashists|"
                               r"eliminated|neutrali[sz]ed)\b", re.I),
}
# The words one side's own media use for the war and the enemy, and the marks that distance a
# writer from them ("what Moscow calls its special military operation").
_FRAMING = {
    "russia": re.compile(r"\b(?:special\s+military\s+operation|SMO|Kyiv\s+regime|neo-Nazis)\b", re.I),
    "ukraine_west": re.compile(r"\b(?:occupiers|rashists|orcs|ruscists)\b", re.I),
}
# Fast tests that no _FRAMING word is there (each finds a superset of what _FRAMING finds).
_FRAMING_WORDS = ("special", "smo", "regime", "neo-nazi", "occupier", "rashist", "orcs", "ruscist")
_FRAMING_LOW = re.compile(r"(?:special\s+military\s+operation|smo|kyiv\s+regime|neo-nazis|occupiers|rashists|orcs|ruscists)\b")
_DISTANCED = re.compile(r"(?:so-called|calls?|called|dubbed|terms?|describes?\s+as|[Rr]ussia[’']s|Moscow[’']s|"
                        r"Kremlin[’']s|its|what)\s+(?:(?:the|a|its)\s+)?[“\"‘']?\s*$")
# A verb right after "Name," starts the sentence's predicate, not an appositive.
_PREDICATE_START = re.compile(r"(?:(?!(?:based|born|stationed|posted|exiled|retired|wounded|captured|detained|jailed|"
                              r"displaced|evacuated|mobili[sz]ed|trained|armed|elected|appointed|named)\b)[a-z]+ed|said|says|told|tells|began|begins|spoke|speaks|took|takes|went|gave|"
                              r"made|wrote|opened|read|rose|stood|sat|put|puts)\b")
# Ukraine names its brigades "separate" ("the 167th Separate Assault Brigade"); Russia's are "motor
# rifle", "guards" or "naval infantry" brigades.
_UKRAINIAN_UNIT = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s+Separate\s+(?:[A-Z][\w-]*\s+){0,3}(?P<head>Brigade|Battalion|Regiment)\b|"
                             r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,2}Territorial\s+Defen[cs]e\s+(?P<head2>Brigade|"
                             r"Battalion)\b")
# A title, then the name in apposition: "Ukraine's ambassador, Yevheniia Kostenko, …".
_TITLE_COMMA_NAME = re.compile(r"(?:The\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+){1,3}(?:[a-z-]+\s+){0,2}"
                               r"(?:ambassador|envoy|delegate|representative|spokes(?:man|woman|person)|minister|"
                               r"commander|foreign\s+minister|negotiator|governor|mayor|deputy)\s*,\s+"
                               r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2}),")
_NAME_SUBJECT = re.compile(
    r"(?:[A-Z][A-Z.'’ -]+(?:,\s+[^—–]{1,40})?\s+[—–-]\s+)?"   # a dateline: "SEOUL — Kang Myong-ok keeps …"
    r"(?:(?:In|At|From|Near|On|Inside|Outside|By)\s+[^,]{1,40},\s+)?(?:(?:Mayor|Governor|Dr\.?|Colonel|Col\.|General|"
    r"Gen\.|Captain|Capt\.|Major|Maj\.|Lieutenant|Lt\.|Sergeant|Sgt\.)\s+){0,2}"   # (two: "Lt. Gen.")
    r"(?:(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})"
    # (past a town and an age in brackets: "Tomás Echevarría (Zaragoza, 44) left for Ukraine …")
    r"(?=,|" + _TOWN_AGE_BRACKET + r"|\s+(?:has|had|was|is|who|spent|lost|lives|runs|leads|heads|keeps|fled|works|reports|writes|covers|"
    r"teaches|studies|serves|served|remembers|recalls|"
    r"waits|waited|buried|still)\b)|"
    # A first name alone, as reporters give soldiers and patients: "Andriy, a 29-year-old infantryman, …"
    # (or a family name alone, introduced before: "Echevarría, a trauma surgeon at …")
    r"(?P<first>[A-Z][a-z][\w'’-]*)(?=,\s+an?\s))")
# A title and a personal name closing a phrase: "… Foreign Minister Oleksandr Movchan".
_TITLED_NAME = re.compile(
    r"\b(?:[Mm]inister|[Ss]pokes(?:man|woman|person)|[Aa]mbassador|[Cc]ommander|General|Gen\.|Colonel|Col\.|"
    r"President|Secretary|[Cc]hief|Director|Governor|Mayor|Lt\.|Capt\.|Maj\.|Adm\.|[Ee]nvoy|[Aa]dviser|[Aa]ide|"
    r"[Ll]awmaker|[Ll]egislator|[Ss]enator|MP)\s+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})$")
_WIRE_AGENCIES = frozenset(("TASS", "RIA Novosti", "Interfax", "Ukrinform", "UNIAN", "Yonhap", "KCNA", "Reuters", "AFP",
                            "Associated Press", "AP", "EFE", "Sputnik", "Xinhua", "Kyodo", "MENA", "ANSA", "dpa"))
_HEAD_SYNONYMS = {"agency": ("agency", "service", "directorate", "bureau"),
                  "ministry": ("ministry", "department"), "service": ("service", "agency", "directorate"),
                  "tank": ("tanks?", "institute", "centre", "center"),
                  "institute": ("institute", "tanks?", "centre", "center"),
                  # "the researcher" after "Park Ji-yeon, a senior fellow at …".
                  "researcher": ("researcher", "fellow", "scholar"), "analyst": ("analyst", "fellow")}
# What marks a named person as a private one: an age ("Halyna Moroz, 63,"), a doctor's title, a
# trade. Officials and lawmakers are placed by their institution, never by the scene.
_PRIVATE_PERSON = re.compile(r",\s\d{1,3}[,.]|\bDr\.?\s|\b(?:surgeon|surgery|hospital|clinic|teacher|"
                             r"pensioner|farmer|driver|worker|student|shop|stall|sells|market|lives|"
                             r"neighbou?r|grandmother|grandfather|daughter|son|operator|engineer|miner|docker|"
                             r"dockworker|electrician|mechanic|technician|shift|cook|baker|priest|owner|"
                             r"coordinator|activist|organi[sz]er|founder|campaigner|husband|wife|widow|mother|"
                             r"father|rescue|firefighter|paramedic|grocery|pathologist|runs\s+a|curator|museum|gallery|archivist|librarian)\b")
_PRIVATE_ROLE = re.compile(
    r"\b\d{1,3}-year-old\b|\b(?:nurses?|caregivers?|guards?|doctors?|medics?|surgeons?|paramedics?|staff|residents?|villagers?|witness(?:es)?|"
    r"volunteers?|relatives?|mothers?|fathers?|wife|husband|widow(?:er)?|shopkeepers?|vendors?|local\s+authorities|"
    r"local\s+officials|rescuers?|emergency\s+services|management|lawyers?|attorneys?|defen[cs]e\s+counsel|judges?)\b",
    re.IGNORECASE)
_DISTANCE_OF = re.compile(
    r"\b(?:kilomet(?:re|er)s|km|miles)\s+(?:\([^)]{1,20}\)\s+)?(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))?"
    r"(?:ern)?\s+)?(?:of|from)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# Places the article itself puts on a side, for towns the actors list does not know: "the
# Russian town of Kostromino", "Solonets, a city in Ukraine's Dnipropetrovsk region", "the
# village of Yasne in the Kursk region". Occupied or contested places are not learned.
_PLACE_NAME = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?"
_PLACE_INTRO = re.compile(
    r"\b(?P<adj>Ukrainian|Russian)(?:-(?:held|controlled))?\s+(?:[a-z-]+\s+)?(?:city|town|village|port|settlement|district)\s+of\s+"
    r"(?P<a>" + _PLACE_NAME + r")"
    r"|\b(?P<b>" + _PLACE_NAME + r"),\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|port|settlement)\b"
    r"(?P<b_where>[^.;]{0,80})"
    r"|\b(?:city|town|village|port|settlement)\s+of\s+(?P<c>" + _PLACE_NAME + r")(?P<c_where>\s+(?:in|near)\s+[^.;,]{0,60})"
)
_HELD_BY = re.compile(r"\b(Ukrainian|Russian)-(?:held|controlled)\b")
_HELD = re.compile(r"(?:occupied|held|controlled|annexed|front-?line|contested)\W*$|\b(?:occupied|Russian-held)\b")
# "Russia, it adds, has …": a pronoun as a parenthetical tag's subject never means the content's
# subject before it.
_TAG_PRONOUN = re.compile(r",\s*(?:it|they)\s*$")
_WHICH_IT = re.compile(r"\b(?:which|that)\s*,\s*(?:it|they)\s*$")
_ACTED_AFTER = re.compile(r"\s+(?:published|released|cited|quoted|carried|ran|aired|posted|reported|put\s+out|"
                          r"distributed)\b")
# (Its possessive before a district is the city too: "from Kyiv's Obolon district".)
# A government document's masthead line, and its own name for its government.
_GOVERNMENT_MASTHEAD = re.compile(r"^(?:Ministry|Department|Office|Government|Cabinet)\s+(?:of|for)\s+[^\n.!?]{3,120}$",
                                  re.MULTILINE | re.IGNORECASE)
_THE_GOVERNMENT = re.compile(r"(?:[Tt]he\s+)?Government")
_BYLINE_PLACE = re.compile(r"^By\s+[^\n|·•]{2,80}?\s*[|·•]\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,\s*"
                           r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})", re.MULTILINE)
_IN_CAPITAL = re.compile(r"\b(?:[Ii]n|[Ff]rom|[Aa]t)\s+(?:central\s+)?(Kyiv|Kiev|Moscow|Seoul|Pyongyang|Minsk)\b"
                         r"(?:(?![’'-])|(?=[’']s\s+(?:[A-Z][\w-]+\s+){0,2}(?:district|suburbs?|outskirts|neighbou?rhood|quarter)\b))")
_SOLDIER_ROLE = re.compile(r"\b(?:soldiers?|servicem[ae]n|infantrym[ae]n|gunners?|riflem[ae]n|sappers?|snipers?|sergeants?|corporals?|"
                           r"paratroopers?|medics?|commanders?|pilots?|officers?|call\s+sign)\b", re.IGNORECASE)
# An interview's question and answer paragraphs: "Q: How many …?", "A: Our best estimate …".
# (A French ministry's record sets them after dashes: "Q - …", "R - …", for réponse.)
_QA_MARK = re.compile(r"(?:(?P<q>" + QUESTION_MARK + r")|(?P<a>A|Answer|R(?=\s+[-–—]\s)))(?:\s*[:.]|\s+[-–—])\s")
# A section heading naming a place and its country: "Sumy Region, Ukraine", "Kursk Region, Russia".
_PLACE_HEADING = re.compile(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*(?:\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Dd]istrict))?),\s+"
                            r"(Ukraine|Russia|South\s+Korea|North\s+Korea)")
# A digest's section line naming a channel and what it is: "Rybar (pro-Kremlin, 1.3m subscribers)".
_SOURCE_HEADING = re.compile(r"(?P<name>[A-Z][^()\n]{1,60}?)\s+\((?P<desc>[^()\n]{2,80})\)")
# A Russian pro-war blogger's tag: "Z-blogger", "Voenkor" (Russian for war correspondent).
_Z_BLOGGER = re.compile(r"\bZ-(?:blogger|channel|milblogger|military\s+blogger)\b|\bVoenkor\b", re.IGNORECASE)
# "it said nothing about Russian losses", "did not break out North Korean losses": what it left out.
_SAID_NOTHING_OF = re.compile(r"\b(?:said|says)\s+nothing\b|\b(?:did|does)\s+not\s+(?:break\s+out|mention|name|give)\b")
# The outlet's own note inside a section: "Monitor's note: …".
_OWN_NOTE = re.compile(r"(?:Monitor|Editor|Translator|Moderator)['’]s\s+note\s*:|Note\s*:")
# An entry of a reference list: "[4] TASS, “Peskov: Kremlin does not comment …”, 14 February 2025".
_REFERENCE_LINE = re.compile(r"\[\d{1,3}\]\s+[A-Z][^\n]{0,120}?,\s")
# A paragraph set in Markdown italics: "*Whom do you believe?*".
_ITALIC_PAR = re.compile(r"\*[^*\s][^*\n]*\*")
# A dash-dialogue interview's turn ("— How many?", "— Not one."): questions and answers take turns.
_DASH_TURN = re.compile(r"[—―–]\s")
# Another publication's interview given in translation: "The pro-Kremlin daily Krasny Rubezh last
# week published a long interview with …": its questions are that publication's.
_INTERVIEW_PUBLISHED = re.compile(r"(?P<who>(?:[\w'’-]+\s+){1,6}?)(?:(?:last|this|on|in)\s+[\w,]+\s+){0,2}(?:published|ran|"
                                  r"carried|printed|aired)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,3}?interview\s+with\b")
_INTERVIEW_WITH = re.compile(r"interview\s+with\b")
# A court case's respondent: "the respondent Government", in "R.C. and K.H. v. Ukraine".
_RESPONDENT = re.compile(r"\brespondent\s+(?:Government|State)\b", re.IGNORECASE)
_CASE_AGAINST = re.compile(r"\bv\.?\s+(?P<state>(?:the\s+)?[A-Z][\w'’-]+(?:\s+Federation)?)")
# A source credited after a dash at a sentence's end: "… last week — Ukraine's General Staff."
_DASH_SOURCE = re.compile(r"\s[—–]\s(?P<who>[A-Z][^—–.;:“”\"]{1,80}?)[.!]?\s*$")
# A question labelled by the outlet that asks it: "Question (RIA Novosti): …".
_ASKED_BY = re.compile(r"(?P<label>Question)\s+\((?P<by>[^()\n]{2,40})\):\s")
# A broadcast's on-screen caption naming who speaks next: "[Lee Jae-seon / Intelligence Committee Member]".
_CAPTION_NAME = re.compile(r"\[(?P<name>[A-Z][^/\]\n]{1,60}?)\s*/\s*(?P<title>[^/\]\n]{2,80})\]")
# A reporter's turn in a briefing's transcript, "Reporter Yoon Ji-hoon (Cheonji Ilbo):", "Reporter
# (Hankyoreh):", "Reporter:": a question.
_REPORTER_LABEL = re.compile(r"(?P<label>(?:Reporter|Correspondent|Journalist)(?:\s+[A-Z][\w'’.-]*){0,4})"
                             r"(?:\s+\([^()\n]{2,40}\))?:\s")
# A briefer under the office and name a briefing's transcript gives each turn: "Spokesperson Col.
# Seo Jae-min:", "Deputy Minister Kim Hyun-woo:".
_BRIEFER_LABEL = re.compile(r"^(?P<label>(?:Spokesperson|Spokesman|Spokeswoman|Minister|Deputy\s+Minister|Vice\s+Minister|"
                            r"Ambassador|Director|Secretary|Press\s+Secretary|Commander)\s+(?:(?:Col|Gen|Lt|Maj|Capt|Adm|Dr|Mr|"
                            r"Ms|Mrs|Brig|Rear\s+Adm)\.?\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}):\s", re.MULTILINE)
# Who an interview is with: "We spoke to Dr. Lena Moor", "an interview with Col. Petro Hnatiuk".
_INTERVIEWEE = re.compile(
    r"\b(?:spoke|talked|speaks|talks)\s+(?:to|with)\s+|\binterview(?:ed)?\s+(?:with\s+)?|\basked\s+"
)
# An introduction giving a speech's text below ("The text below is our own translation of that
# transcript"): the speech is the speaker's, not a person's article in their own words.
_SPEECH_BELOW = re.compile(r"(?:text|transcript|speech|remarks|address)\s+below\s+(?:is|are)\b|"
                           # "Many of you asked for the text of the homily, and we publish it below as Fr. Roman
                           # delivered it."
                           r"text\s+of\s+(?:the|his|her)\s+(?:homily|sermon|speech|address|remarks|lecture)\b[^.\n]{0,60}?"
                           r"\b(?:publish|print|reproduce|give)\w*\s+it\s+below\b|"
                           # "The full text of the Commissioner's statement is published below."
                           r"text\s+of\s+(?:the\s+)?[\w'’-]+['’]s\s+(?:statement|speech|address|remarks|appeal)\s+(?:is|was)\s+"
                           r"(?:published|reproduced|printed|given)\s+(?:below|here|in\s+full)\b|"
                           r"below\s+(?:is|are)\s+(?:the|our|his|her)\s+(?:[\w-]+\s+){0,3}?(?:text|transcript|"
                           r"translation)\s+of\b", re.IGNORECASE)
# An introduction presenting what follows as someone's own account, told to the outlet: "He told
# his story to The Review", "as told to", "in her own words", "his account has been edited".
_ACCOUNT_TOLD = re.compile(r"(?=[tTaAiIhHrRpPlLbBsSwW])\b(?:"
                           # A record titled by whose words it gives: "Briefing by Foreign Ministry
                           # Spokeswoman Maria Zakharova (excerpts)", "Remarks by the Minister …".
                           # (Or after a title's dash, as a leader's office publishes it: "Our warriors …
                           # – address by the President of Ukraine".)
                           # (Or under the title, "Statements and answers by the Deputy Spokesperson, Ms. …".)
                           r"(?:\A|(?<=\s[–—-]\s)|(?<=\n))(?:(?:Opening\s+)?[Rr]emarks|[Bb]riefing|[Ss]tatements?(?:\s+and\s+answers)?|"
                           r"[Ss]peech|[Aa]ddress|[Cc]omments)\s+by\s+"
                           # (Its occasion after the speaker: "…, Maxim Dubrovin, in Response to the
                           # Statement by the United Kingdom".)
                           r"(?P<titled>[^()\n]{3,120}?)(?:,?\s+(?i:in\s+(?:response|reply)\s+to)\b[^()\n]{0,120})?"
                           r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?=\n)|"
                           # A government's speech page: "Delivered on: 12 March 2026 (Transcript of the
                           # speech, exactly as it was delivered.)", its speaker on the "From:" line.
                           r"(?P<delivered>\btranscript\s+of\s+the\s+speech,?\s+(?:exactly\s+)?as\s+(?:it\s+was\s+)?delivered\b|"
                           r"(?:(?<![^\n])|·\s)Delivered\s+on:)|"
                           # A body's statement given whole: "What follows is the association's statement in its
                           # own words" (its issuer's "we", below).
                           r"(?P<its_words>\b(?:statement|declaration|appeal|resolution)\s+in\s+its\s+own\s+words)|"
                           r"told\s+(?:his|her|their)\s+(?:story|account)|as\s+told\s+to\b|in\s+(?:his|her|their)\s+"
                           r"own\s+words|(?:his|her|their|the)\s+(?:account|story|words|testimony)\s+(?:has|have)\s+been\s+"
                           r"(?:edited|condensed|shortened|translated)|"
                           # A text reproduced below: "We have translated most of the post below",
                           # "the paragraphs in the first person are his words".
                           r"(?:translated|reproduced?|publish(?:ed)?|print(?:ed)?)\s+(?:(?:most|much|parts?|excerpts?|"
                           r"extracts?|the\s+full\s+text)\s+of\s+)?(?:the|his|her|their)\s+(?:post|letter|diary|blog|"
                           r"entries|account|article|statement|thread)\s+(?:below|with\s+(?:the\s+author's|the\s+writer's|"
                           r"his|her|their)\s+permission)|"
                           r"(?:paragraphs|passages|lines)\s+in\s+the\s+first\s+person\s+are\s+(?:his|hers|theirs|her|their)|"
                           # "The posts below are Lavrynenko's own, translated from Ukrainian".
                           r"(?:the|these)\s+(?:posts|messages|entries|statements)\s+below\s+are\s+(?:(?-i:(?P<owner>[A-Z][\w'’-]+))['’]s|"
                           r"his|hers|theirs)\s+own\b|"
                           # A body's document given below: "The materials below were issued in March by the
                           # education directorate of Zarechensk district" (its issuer's, under its own title).
                           r"(?:the|these|this)\s+(?:materials|documents?|lesson\s+plan|plan|leaflet|booklet|pamphlet|guidelines|"
                           r"instructions)\s+below\s+(?:was|were)\s+(?:issued|published|written|prepared|produced|distributed|"
                           r"drawn\s+up)\b[^.;\n]{0,30}?\s+by\s+(?P<issued>[^,.;\n]{3,100})|"
                           # A book's chapter printed below: "The chapter below, lightly condensed, is printed
                           # with the permission of the author" (a memoir, in its author's own "I").
                           r"(?P<excerpt>(?:the|this)\s+(?:chapter|excerpt|extract|passage)\s+below\b|"
                           r"(?:printed|reprinted|published|excerpted)\s+(?:here\s+)?with\s+(?:the\s+)?(?:kind\s+)?"
                           r"permission\s+of\s+(?:the|its)\s+(?:author|writer)\b)|"
                           # A diary given in excerpts: "What follows is about a tenth of the text, translated …",
                           # "excerpts from her diary".
                           r"what\s+follows\s+is\s+(?:about\s+|roughly\s+|only\s+)?(?:a\s+(?:tenth|quarter|third|half|fraction|"
                           r"selection)|part|most|some)\s+of\s+(?:the|her|his|their)\s+(?:text|diary|notebooks?|journal|letters?)|"
                           r"(?:excerpts?|extracts?)\s+(?:from|of)\s+(?:her|his|their)\s+(?:diary|notebooks?|journal)|"
                           # A body's document reprinted whole: "The Ledger reprints the update below in full".
                           # ("The Report is publishing his office's release in full below".)
                           r"(?:reprints?|reprinted|reproduces?|publishes|(?:is|are)\s+(?:publishing|reprinting|reproducing))\s+"
                           r"(?:the|its|(?:his|her|their)(?:\s+office['’]s)?)\s+(?P<document>update|assessment|"
                           r"report|memo|statement|communiqu[eé]|briefing|(?:press\s+)?release)\s+(?:below|here|in\s+full)\b|"
                           # A body's releases given after the introduction that describes them: "Below we
                           # reproduce a selection of them in our own translation" (the releases it just named).
                           r"\b(?:below|here)\s+we\s+(?:reproduce|reprint|publish|give|translate)\s+(?:(?:a\s+selection|some|"
                           r"several|most|all|a\s+few|excerpts?|extracts?)\s+of\s+)?(?P<selection>them|these|those)\b|"
                           # "The release is reproduced below as plain text extracted from the PDF"
                           # (A monitor's file line: "… | Press release reproduced in full as issued; …".)
                           r"(?:\b(?:the|its)\s+|(?<=\|\s))(?P<passive_document>(?:press\s+)?release|statement|communiqu[eé]|update|"
                           r"assessment|memo)\s+(?:(?:is|was)\s+)?(?:reproduced|reprinted|printed|published|given)\s+"
                           r"(?:below|here|in\s+full)\b|"
                           # A state agency's text carried whole: "The text below was carried on Tuesday by the
                           # English-language service of the Korean Central News Agency (KCNA), … It is
                           # reproduced in full".
                           r"(?:the|this)\s+text\s+below\s+(?:was|is|has\s+been)\s+(?:carried|issued|published|released|"
                           r"broadcast|distributed)\b[^.\n]{0,80}?\bby\s+(?P<carried>[^.\n]{3,160}?)(?=[.;]|,\s+(?!Korea)|$)|"
                           # A body's report in part: "The text below reproduces part of Section 1 of the
                           # Russia chapter of the U.S. Department of State's 2025 Country Reports …".
                           r"(?:the|this)\s+text\s+below\s+(?:reproduces|gives|sets\s+out)\s+(?:part|parts|most|an?\s+excerpt|"
                           r"excerpts|the\s+full\s+text)\s+of\s+(?P<reproduces>(?:(?:[A-Z]\.){2,}|[^.\n]|\.(?=\S)){3,200}?)(?=[,;]|\.\s|\s+(?:released|published|"
                           r"issued)\b)|"
                           # A newspaper's page given in translation: "The page below, printed on March 5, names …".
                           r"(?:the|this)\s+(?P<page>page|column|notices|obituaries|editorial)\s+below\b|"
                           # A newsletter's sections given in translation: "The monitor has translated in
                           # full the chairman's address, a letter from a serving member …".
                           r"(?:has|have)\s+translated\s+(?P<sections>in\s+full)\b|"
                           # A body's text translated after the introduction: "What follows is our full
                           # translation of that report." (its issuer's, under its own headings).
                           r"what\s+follows\s+(?:is|are)\s+(?:our|an?|the)\s+(?:(?:own|full|complete|English|unofficial|"
                           r"official|provisional)\s+)*"
                           r"translation\s+of\s+(?:that|the|this|its)\s+(?:[\w'’-]+\s+){0,2}?(?P<translated>report|statement|"
                           r"communiqu[eé]|release|notice|post|article|bulletin|update|message|minutes|protocol|"
                           r"resolution|decision|decree|answer|reply|response|issue|digest|edition)\b|"
                           # A group's posts given in translation: "What follows is a week of the team's posts,
                           # … translated in full" (the group the introduction set in its place).
                           r"what\s+follows\s+(?:is|are)\s+(?:[\w'’-]+\s+){0,4}?(?:the\s+)?(?P<posts>[a-z]+)['’]s\s+"
                           r"(?:posts|messages|notices|updates|entries)\b|"
                           # An open letter: "The Review prints the letter in full below, as the signatories released it".
                           r"(?:prints?|printed|publish(?:es|ed)?|reproduces?|reprints?)\s+(?:the|their)\s+(?P<letter>(?:open\s+)?letter)\s+"
                           r"(?:in\s+full\s+|in\s+its\s+entirety\s+)?below\b|"
                           # "The cable … The Dispatch is publishing most of it below"
                           r"(?P<cable>(?:is\s+)?(?:publishing|reprinting|publishes|reprints)\s+(?:most|much|all|parts)\s+of\s+it\s+"
                           r"(?:below|here))\b|"
                           # A monitoring service's header over each item it gives: "Text of report in English
                           # by North Korean state news agency KCNA, dated 3 March:" (down to its "Source:" line).
                           r"(?<![^\n])text\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:report|commentary|article|"
                           r"editorial|statement|dispatch|item|interview|speech|address|broadcast|post|bulletin)\s+"
                           r"(?:(?:in|from)\s+[A-Z][a-z]+\s+)?by\s+(?P<monitored>[^\n:,]{2,160}?)"
                           r"(?:,\s+(?:also\s+)?(?:dated|on|published|broadcast|carried|posted)\b[^\n:]{0,60})?(?::[ \t]*$|(?=;\s+subheadings\b))|"
                           # A speech's text given below: "The text below is our own translation of that transcript".
                           + _SPEECH_BELOW.pattern + ")",
                           re.IGNORECASE)
# The outlet's own furniture amid an account: a picture's credit ("… on Telegram. Photo: Office of
# the …") and its plug ("Telegram Watch appears every Monday; support … at porih.media/support").
_OUTLET_FURNITURE = re.compile(r"(?:^|[.!?)]\s+)(?:Photo|Picture|Image|Photograph)(?:\s+credit)?:\s+[^\n]{2,80}$|"
                               r"\b(?:appears|is\s+published|comes\s+out)\s+every\s+(?:Monday|Tuesday|Wednesday|Thursday|"
                               r"Friday|Saturday|Sunday|day|week|month)\b|\bsupport\s+(?:our|[A-Z][\w'’ -]{1,40}['’]s)\s+"
                               r"(?:independent\s+)?(?:journalism|reporting|work)\b")
# A document's symbol: "PC.DEL/318/26", "S/2025/112", "A/HRC/58/12".
_DOCUMENT_SYMBOL = re.compile(r"\b(?:[A-Z]{1,5}[./])+\d{1,4}/\d{2,4}\b")
# A government page's "From:" line: "From: UK Delegation to the OSCE and Harriet Colborne · Published …".
_FROM_LINE = re.compile(r"(?<![^\n])From:\s+(?P<who>[^\n·|]{3,160}?)\s*[·|]")
# The office an account's owner holds, when the introduction gives it instead of a name.
_ROLE_WORD = re.compile(r"\b(?:ambassador|envoy|diplomat|minister|spokes(?:man|woman|person)|official|general|commander|"
                        r"officer|soldier|veteran|governor|mayor|deputy|lawmaker|adviser|advisor)\b")
_DEMONYM_SOLDIER = re.compile(r"\b((?:North\s+)?[A-Z][a-z]+)\s+(?:(?:senior|junior|army|marine|former|drone|tank|artillery|infantry|assault|"
                              r"reconnaissance|company|platoon|battalion)\s+)?(?:soldier|sergeant|"
                              r"officer|commander|veteran|medic|marine|paratrooper|pilot|gunner|sniper|operator|private|"
                              r"corporal|lieutenant|captain|major|colonel)\b", re.IGNORECASE)
_DEMONYM_SOLDIERS = re.compile(_DEMONYM_SOLDIER.pattern.replace(r")\b", r")s?\b"), re.IGNORECASE)
# A free relative naming speech as a topic: "what Western sources have said about …".
_WHAT_SAID = re.compile(r"\bwhat\s+(?:[\w'’-]+,?\s+){1,6}(?:(?:has|have|had)\s+)?$", re.IGNORECASE)
# What introduces a quoted name for a thing, not a quotation: "refer only to ‘…’", "known as ‘…’".
_TERM_BEFORE = re.compile(r"\b(?:refer(?:s|red|ring)?\s+(?:only\s+|simply\s+|merely\s+)?to(?:\s+(?:them|it|him|her)\s+as)?|"
                          r"known\s+as|so-called|termed|dubbed|"
                          # words listed as words: "its terminology, including “the enemy” and “the Kyiv regime”"
                          r"(?:terminology|terms|words|wording|phrases|vocabulary|language),\s+(?:including|such\s+as)(?:\s+[“\"‘][^”\"’]{1,30}"
                          r"[”\"’](?:,|\s+(?:and|or)|,\s+(?:and|or)))?)\s*$")
_TITLE_LEAD = re.compile(r"\b(?:at|in|on|of|for|from|titled|entitled|called|named|the|an?)\s*$", re.IGNORECASE)
# The kind of work a title names, right before it: "the station's morning programme “Utro na
# Rubezhe”" (in any language's capitals).
_WORK_LEAD = re.compile(r"\b(?:programme|program|show|series|film|documentary|book|novel|song|album|podcast|column|"
                        r"exhibition|newspaper|magazine)\s*$", re.IGNORECASE)
_TITLE_WORDS = re.compile(r"(?:(?:[A-Z0-9][\w'’.-]*|of|the|and|in|on|for|a|an|to|at|with|from|or|vs\.?)[,:?!]?\s+)*"
                          r"[A-Z0-9][\w'’.-]*[,:?!.]?")


def _quoted_title(par: str, span) -> bool:
    """A quotation that is the name of an event, a book or a film, not anyone's words."""
    s, e, closed = span
    inner = par[s + 1: e - 1].strip() if closed else ""
    return (closed and sum(w[:1].isupper() for w in inner.split()) >= 2
            and (bool(_TITLE_LEAD.search(par, max(0, s - 20), s)) and bool(_TITLE_WORDS.fullmatch(inner))
                 or bool(_WORK_LEAD.search(par, max(0, s - 20), s)) or _SHOWN_AT.match(par, e) is not None))


# A show's listing: "“Borrowed Words: …” is at the Museum of the Front Line, … until 31 May".
_SHOWN_AT = re.compile(r"\s+(?:is|was|runs|ran|opens|opened|continues|closes|will\s+run|is\s+showing)\s+"
                       r"(?:at|on|until|through|from|in)\s")


_PASSIVE_NAMING = re.compile(r"\b(?:been|was|were|is|are|be|being)\s+(?:\w+ly\s+)?(?:declared|called|described|labell?ed|"
                             r"branded|named|dubbed|designated)\b")
# "The NIS estimate remains …": a reporting verb's bare form after "The" and a name is a noun
# ("The ISW estimates that …" is the verb).
_NOUN_FORMS = frozenset("estimate report claim".split())
_OWNED_NOUN_FORMS = _NOUN_FORMS | {"estimates", "reports", "claims"}
# (Or a bloc's adjective: "brushed off Ukrainian reports of heavy … losses as “information noise”".)
_OWNED_NOUN_BEFORE = re.compile(r"(?:[’']s|\b(?:its|their|his|her|the|an?|this|that|these|those|Western|"
                                r"[A-Z][a-z]+(?:an|ese|ish)))\s+(?:[a-z][\w-]*\s+)?$")
_NAME_BEFORE_NOUN = re.compile(r"\b[Tt]he\s+[A-Z][\w.'’-]*\s+$")
# The object of another verb: "When a guest raised Western reports that hundreds …".
_VERB_BEFORE_NOUN = re.compile(r"\b(?:raised|raises|cited|cites|dismissed|dismisses|denied|denies|rejected|rejects|repeated|"
                               r"echoed|questioned|welcomed|mentioned|quoted|reviewed|disputed)\s+(?:[\w'’-]+\s+){0,2}$")
_ACCORDING_NOUN = re.compile(r"\b(?:[Aa]ccording\s+to|[Cc]iting)\s+(?:[\w'’.-]+\s+){1,5}$")
# What a briefing said, after "briefed": a clause, a quotation, a colon or its topic.
_BRIEFED_CONTENT = re.compile(r"\b(?:that|saying|on\s+(?:the|its|their|how|what|why|whether)|about)\b|[“\":]")
# A hedge inside a prepositional phrase: "reporting from what he said was a position"; not a
# pseudo-cleft that opens the sentence ("What he said was that …"), nor "answered with what it said
# was an intercepted call" or "a photograph of what he said were captured soldiers" (the publisher's
# claim about its evidence).
_WHAT_IT_SAID_WAS = re.compile(r"\b(?:from|in|at|on|near|with|into|to|for|about|by|under|over|inside|behind)\s+what\s+"
                               r"(?:[\w'’-]+\s+){1,3}$")
_BE_AFTER = re.compile(r"\s+(?:was|were|is|are|had\s+been|has\s+been)\b(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:intercept\w*|"
                       r"recordings?|videos?|footage|audio|calls?|documents?|letters?|photos?|images?)\b)")
# "we set beside them what Ukrainian officials have said, since …": the free relative is an object.
_CLAUSE_GOES_ON = re.compile(r"\s*(?:[,;)](?!\s*(?:is|was|are|were)\b)|\.\s*$)")
_ABOUT = re.compile(r"\s+(?:about|regarding|concerning)\b[^:“\"]*$")
# Only the topic of a post or a talk: "posted about a drone strike there on Wednesday", "wrote on
# Wednesday night about her shift" (guide 4.6), not "wrote about the raid that …" with content.
_ABOUT_TOPIC = re.compile(r"(?:\s+(?:on|late|early|last|this|in|at|there|online)\b[^.;:“\"]{0,40}?)?\s+about\s+(?!\d|(?:one|two|three|four|"
                          r"five|six|seven|eight|nine|ten|eleven|twelve|half|noon|midnight)\b)"
                          r"(?![^:“\"]*\b(?:that|saying|claiming)\b)[^:“\"]*$")
_WHOSE_NOUN = re.compile(r",\s+whose\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+$")
_TOPIC_VERBS = frozenset("wrote writes posted posts spoke speaks talked talks blogged tweeted".split())
# "by ISW's estimate", "By the ministry's count", "In Moscow's telling", "on Kyiv's figures".
_BY_ESTIMATE = re.compile(r"(?:\b(?:[Bb]y|[Oo]n)|(?:^|(?<=[,;]\s))[Ii]n)\s+(?P<who>(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}?(?:[A-Z][\w.-]*|ministry|"
                          r"military|army|government|agency|service|command|staff|office))[’']s\s+(?:own\s+|latest\s+)?"
                          r"(?:estimate|count|reckoning|tally|calculations?|figures?|assessment|telling|version|account|"
                          r"reading)\b")
# A sentence's opening time clause, to its comma: "When Kyiv first reported the capture, …".
_TIME_CLAUSE = re.compile(r"(?:When|After|Before|Since|Until|Once|As\s+soon\s+as)\s+[^,;:“”\"]{10,160},\s")
_WHETHER = re.compile(r"\s*(?:\[?(?:Our\s+note|Note|Editor['’]s\s+note):\s+)?Whether\b")
# What a "Whether …" sentence ends on when it leaves the question open: "…, we could not establish.",
# "… is unclear", "… remains to be seen".
_OPEN_QUESTION = re.compile(r"(?:,\s+(?:we|I)\s+(?:could\s+not|cannot|can\s*not|were\s+unable\s+to|have\s+not\s+been\s+able\s+to)\s+"
                            r"(?:independently\s+)?(?:establish|verify|confirm|determine|say|tell|check)|"
                            r"\b(?:is|was|remains|remained)\s+(?:still\s+)?(?:unclear|unknown|not\s+known|uncertain|"
                            r"impossible\s+to\s+(?:say|verify|establish|tell)|to\s+be\s+seen)|"
                            r"\bcould\s+not\s+be\s+(?:independently\s+)?(?:established|verified|confirmed|determined))"
                            r"[\s\W]*$")
# "As Moscow would have it, …", "as Kyiv tells it", "as the ministry sees it": the stance is theirs.
_AS_X_HAS_IT = re.compile(r"\b[Aa]s\s+(?P<who>(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}?(?:[A-Z][\w.-]*|ministry|military|army|"
                          r"government|agency|he|she|they))\s+(?:would\s+have\s+it|tells?\s+it|told\s+it|sees?\s+it|"
                          r"saw\s+it|puts?\s+it|has\s+it)\b")
_POSSESSIVE = re.compile(r"\b(?:his|her|their)\b", re.IGNORECASE)
# The outlet's own notes between the paragraphs of a text it reproduces: "ANNOTATION: …",
# "Fact check: …", "Our note: …".
# Who published an intercepted call: "The SBU on Tuesday published what it said was an intercepted
# phone call", "an intercepted call published by the HUR".
_INTERCEPT_PUBLISHED = re.compile(
    r"(?P<by>[A-Z][^.;:,\n]{1,80}?)\s+(?:on\s+\w+\s+)?(?:has\s+)?(?:published|released|posted|aired)\s+(?:(?:what\s+it\s+"
    r"(?:said|says)\s+(?:was|is)\s+)?(?:an?\s+|the\s+)?(?:audio\s+of\s+an?\s+)?intercepted\s+(?:phone\s+|radio\s+)?"
    r"(?:call|conversation|exchange|recording)|"
    # "… published 143 messages from a group chat used by Russian officers", "a leaked chat"
    r"(?:[\w,]+\s+){0,3}?(?:messages|excerpts|screenshots)\s+(?:from|of)\s+(?:an?|the)\s+(?:leaked\s+)?(?:group\s+)?"
    r"(?:chat|correspondence))|"
    r"intercepted\s+(?:phone\s+)?(?:call|conversation|recording)\s+"
    r"(?:published|released|posted)\s+by\s+(?P<by2>[^.;:,\n]{1,60})")
_ISSUED = re.compile(r"\b(?:publish(?:ed|es)|releas(?:ed|es)|issu(?:ed|es)|puts?\s+out)\b")
_NOTE_LEAD = re.compile(r"(?:(?:our\s+)?annotation|fact[- ]check|our\s+note|editor['’]s\s+note|context)\s*:\s", re.IGNORECASE)
# A person's full name in an introduction: "Arkady Zemtsov", "Olena Marchuk-Bilyk".
# (On one line: not a heading's last word and the next line's first, "Statement\nIrina".)
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+)[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?![-’'])")
# An outlet described by where it is or whom it backs: "a Moscow daily", "a pro-Kremlin tabloid".
_OUTLET_DESCRIBED = re.compile(r",\s+(?:a|an|the)\s+((?:[\w-]+\s+){1,3}?)(?:daily|weekly|newspaper|tabloid|paper|"
                               r"broadsheet|magazine|news\s+(?:site|portal|agency)|TV\s+channel|broadcaster|outlet)\b")
# An adverb alone between commas and the verb: "…, for its part, now estimates".
_LONE_ADVERB = re.compile(r"\s*(?:now|also|still|later|again|already|recently|previously|repeatedly|then)\s*")
# An outlet known only by where it is: "A Kursk regional news site", "a local paper in Belgorod".
_LOCAL_OUTLET = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+)?(?:[a-z-]+\s+){0,2}"
                           r"(?:site|portal|daily|newspaper|paper|channel|outlet|broadcaster|weekly)"
                           r"(?:\s+(?:in|from)\s+(?P<place2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?")
# A publication named and described: "Selskaya Zarya, the four-page weekly of the Lozovoy district
# in Russia's Voronezh region".
_PUBLICATION_DESCRIBED = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                                    r"(?:daily|weekly|monthly|newspaper|newsletter|bulletin|paper|tabloid|magazine|news\s+site|broadcaster)\b[^.;]{0,120}")
# A heading for the outlet's own apparatus after a reproduced text: the account is over.
# A fundraising page's line naming whom it raises money for: "Organised by X, Kyiv · Beneficiary: Y".
_CAMPAIGN_LINE = re.compile(r"(?:Beneficiary|Raising\s+(?:money|funds)\s+for|Fundraiser\s+for):?\s+(?P<who>[^·|\n]{3,80})")
_APPARATUS_HEADING = re.compile(r"(?:Words\s+of\s+[Ss]upport|Afterword|Postscript|(?:Editor|Monitor|Translator)[’']s\s+(?:notes?|afterword|postscript)|"
                                r"Our\s+(?:notes|assessment|verdict|analysis|view|commentary|comment)|Context|"
                                r"Background|The\s+facts|Fact[- ]check|What\s+we\s+know|Response|Reactions?|"
                                # the outlet's account of its method after the texts it gave
                                r"Methodology|About\s+(?:this|the|these)\s+(?:selection|translations?|texts|series)|"
                                r"Notes?\s+on\s+(?:the\s+)?(?:sources?|method|translations?))\b",
                                re.IGNORECASE)
_OUR_REPORTER = re.compile(r"(?:[Oo]ur|[Tt]his\s+(?:paper|newspaper|channel|site|outlet)['’]s)\s+(?:own\s+)?(?:[\w-]+\s+)?"
                           r"(?:correspondents?|reporters?|journalists?|crew|team)\b")
# The outlet's own staff, named: "our Seoul correspondent Min-seo Park", "our night editor Alan Rudge".
_OUR_STAFF = re.compile(r"\b[Oo]ur\s+(?:[\w-]+\s+){0,2}(?:correspondent|reporter|editor|journalist|photographer)\s+"
                        r"((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)")
# A court the article names, with its country or town: "A Russian military court in Kursk".
_COURT_OF = re.compile(r"\b(?:[A-Z][\w'’-]+\s+){1,3}(?:[Mm]ilitary\s+|[Dd]istrict\s+|[Rr]egional\s+|[Aa]ppeals?\s+)?[Cc]ourt"
                       r"(?:\s+(?:of\s+appeals?\s+)?in\s+[A-Z][\w'’-]+)?|\b[a-z]+\s+(?:military\s+|district\s+)?court\s+in\s+[A-Z][\w'’-]+|"
                       # "went on trial in Ukraine's Sumy region"
                       r"\bon\s+trial\s+in\s+[A-Z][\w'’-]+")
_COURT_ROLE = re.compile(r"\b(?:[Pp]rosecutors?|[Jj]udges?|[Ll]awyers?|[Aa]ttorneys?|[Dd]efen[cs]e\s+counsel)\b")
# A trial's own records, which speak for the court's country as its prosecutors do.
_TRIAL_RECORDS = frozenset(("indictment", "charges", "verdict", "judgment", "judgement", "ruling", "court", "tribunal"))
_BEFORE_COURT = re.compile(r"\btestif(?:ied|ies|ying)\b|\btold\s+the\s+(?:court|tribunal|judges?)\b")
_AT_COURT = re.compile(r"\b(?:[Oo]utside|[Ii]nside|[Ii]n|[Aa]t)\s+the\s+court(?:house|room)?\b")
_DEFENDANT = re.compile(r"\b(?:defendants?|the\s+accused)\b")
# Whom a person told: "told the state news agency TASS that", "told Suspilne, Ukraine's public broadcaster,".
_TOLD_WHOM = re.compile(r"\s+([^,;:“”\"]{1,80}?)(?=\s+(?:that|on|by|in|at|about|last|this)\b|[,;:]|\.(?:\s|$)|$)")
_GOVERNMENT_OFFICE = re.compile(r"\b(?:Minister|Spokes(?:man|woman|person)|Ambassador|Envoy)\b")
_OF_BODY = re.compile(r"\s+(?:of|from)\s+((?:the\s+)?[A-Z][^,.;:()“”\"\n]{1,60})")
_AND_BETWEEN = re.compile(r",?\s+(?:and|or)\s+")
# An outlet introduced by what it is: "the regional site Belgorod Vesti", "the Ukrainian news site Sumy Pravda".
_NAMED_OUTLET = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:news\s+)?(?:site|website|portal|newspaper|paper|"
                           r"channel|broadcaster|station|outlet|agency|daily|weekly)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$")
# One holder of an office, named by its body: "the governor of …", "the head of …".
_OFFICE_OF = re.compile(r"(?:the|a|an)\s+(?:[\w-]+\s+)?(?:governor|mayor|head|spokes(?:man|woman|person)|minister|"
                        r"ambassador|envoy|director|chairman|chairwoman|president)\s+of\s+", re.IGNORECASE)
_RIGHTS_GROUP = re.compile(r"\b(?:[Hh]uman\s+)?[Rr]ights\s+(?:groups?|organi[sz]ations?|projects?|monitors?|centres?|centers?|"
                           r"watchdogs?|defenders?|campaigners?|activists?|NGOs?)\b")
_ONE_WORD_ROLE = re.compile(r"(?:[A-Z][\w'’-]*\s+)?[a-z][\w'’-]*")
_SENTENCE_STOP = re.compile(r"(?<![A-Z])[.!?]\s+[A-Z“\"]")
_QUOTE_GAP = re.compile(r"\s{5,}")
_AGE_LEAD = re.compile(r"^\d{1,3}-year-old\s+")
_BOTH_JOINED = re.compile(r"\s*(?:and|&)\s*")
_AGE_APPOSITIVE = re.compile(r",\s*\d{1,3},")
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,?$")
_QUESTION = re.compile(r"\s*(?:Q:\s*)?(?:What|Why|How|Who|When|Where|Which|Did|Does|Do|Has|Have|Had|Is|Are|Was|"
                       r"Were|Will|Would|Can|Could|Should)\b")
# The source of a fact box's line, in brackets at its end: "(NIS, April 2025)", "(Ukraine's SBU)".
# What a record counts is not who keeps it: "The General Staff's daily tally of Russian losses".
_OWNED_RECORD_OF = re.compile(r"(.+?['’]s\s+(?:[\w-]+\s+){0,2}?(?:tally|count|toll|figures?|estimates?|list|numbers?))\s+of\s+.+")
# How sources address the outlet ("told CDW", "told the Kyiv Signal", "seen by JPB"), and what only the
# outlet says of itself ("JPB has learned", "The Kyiv Signal could not independently verify").
_OUTLET_NAME = r"(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
_TOLD_OUTLET = re.compile(r"[tscorw](?<=\b[tscorw])(?:old|poke\s+to|peaking\s+to|onfirmed\s+to|een\s+by|btained\s+by|"
                          # ("[tscorw]" first: a scan for a letter is fast, one for a word boundary is not)
                          r"eviewed\s+by|hared\s+with|rote\s+to)\s+(?:the\s+)?" + _OUTLET_NAME +
                          r"(?=\s+(?:that|on|in|by|last|this|after|when|the|its|[a-z]+ly)\b|[,.;:])")
_OUTLET_VOICE = re.compile(r"\s+(?:has\s+learn(?:ed|t)|could\s+not\s+(?:independently\s+)?(?:verify|confirm)|was\s+unable\s+to\s+"
                           r"(?:independently\s+)?(?:verify|confirm)|has\s+not\s+been\s+able\s+to\s+(?:independently\s+)?"
                           r"(?:verify|confirm)|reached\s+out\s+to|contacted|asked)\b")
_SENTENCE_OPENS = re.compile(r"(?:[.!?]\s|\n)(?:The\s+)?$")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_TRAILING_PARENS = re.compile(r"\s*\([^()\n]{1,40}\)\s*$")
# An appositive whose head is a group: "a Seoul-based network of defectors" (not "a defector who
# now runs a small support group").
_GROUP_NOUN = re.compile(r"\s*,?\s*(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:network|group|organi[sz]ation|association|NGO|"
                         r"cent(?:re|er)|institute|foundation|alliance|coalition|union|council)\b")
# A source's condition: "asked that his surname be withheld", "asked not to be named".
_NOT_NAMED = re.compile(r"\s+(?:that\s+(?:his|her|their|its)\s+(?:full\s+|last\s+|real\s+)?(?:sur)?names?\s+(?:not\s+)?be\s+"
                        r"(?:withheld|published|used|given|disclosed|printed)|not\s+to\s+be\s+(?:named|identified|quoted\s+by\s+name)|"
                        # "a town whose name he asks this newspaper not to publish"
                        r"(?:this\s+(?:newspaper|paper|outlet)|us|reporters|the\s+(?:newspaper|paper))\s+not\s+to\s+"
                        r"(?:publish|name|print|give|reveal|use))\b")
# "… took part in the questioning told …": an -ing noun after a determiner, not a participle.
_ING_NOUN_END = re.compile(r"\b(?:the|a|an|his|her|its|their|our|this|that)\s+\w+ing\s+$", re.IGNORECASE)
# "…, according to Kim " before a name's last part ("Kim Do-hyung"), titles too.
_ACCORDING_TO_NAME = re.compile(r"\b[Aa]ccording\s+to\s+(?:[A-Z][\w'’.-]*\s+)*$")
# A person known by a call sign: "who goes by the call sign “Lys”", "known by the nickname Tuman".
_GOES_BY = re.compile(r"\b(?:(?:goes|went|is\s+known|was\s+known)\s+by\s+the\s+(?:call\s+sign|nickname|nom\s+de\s+guerre)|"
                      # "who asked to be identified only by his call sign, “Sapsan,”"
                      r"(?:identified|named|known|referred\s+to)\s+(?:only\s+)?(?:by|as)\s+(?:his|her|the)\s+call\s+sign),?\s+"
                      r"[“\"«‘']?(?P<name>[A-Z][\w'’-]+)")
_MET_PERSON = re.compile(r"\b(?:I|we)\s+(?:met|spoke\s+(?:to|with)|interviewed)\s+(?P<np>(?:an?|one)\s+[^,.;:]{3,60}?)(?=\s+who\b|[,.;:]|$)")
_ONE_NAME_OPENS = re.compile(r"([A-Z][a-z][\w'’-]*),\s")
# A person the article introduces without a name: "A Russian officer reached by …", "One Ukrainian
# medic …", then "The man, a major in a motorized rifle brigade, …".
_PERSON_ROLES = (r"(?:officer|soldier|commander|major|colonel|captain|lieutenant|sergeant|private|official|diplomat|medic|"
                 r"nurse|doctor|pilot|marine|paratrooper|veteran|serviceman|volunteer|operator|gunner|sniper|sapper|"
                 r"paramedic|surgeon)")
_UNNAMED_PERSON = re.compile(r"(?:An?|One)\s+(?P<bloc>[A-Z][\w-]+)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<role>" + _PERSON_ROLES + r")\b|"
                             r"The\s+(?:man|woman)\s*,\s+an?\s+(?:[a-z][\w-]*\s+)?(?P<role2>" + _PERSON_ROLES + r")\b")
# Where a person the sentence introduces lives: "her town in Tambov Oblast", "his home village of Glushkovo".
_HOME_PLACE = re.compile(r"\b(?:her|his|their)\s+(?:home\s+)?(?:town|village|city|home)\s+(?:of|in)\s+(?:the\s+)?"
                         r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# Whom an account backs: "a pro-Russian account", "pro-Kremlin bloggers", "a pro-Ukrainian channel".
_PRO_BLOC = re.compile(r"\bpro-(Russian|Kremlin|Moscow|Ukrainian|Kyiv|Western)\b")
# Where a body is based: "the Perm-based Uralsky Stvol artillery plant".
_BASED_IN = re.compile(r"\b([A-Z][\w'’]+(?:[- ][A-Z][\w'’]+)?)-based\b")
# A company's officers ("Chief Executive Mikkel Saar", "Dr. Helena Vogt -- Chief Financial Officer")
# and the company the article introduced by where it is based ("the Munich-based maker of …").
_INVESTIGATORS = re.compile(r"(?:[Tt]he\s+)?(?:[Ii]nvestigators|[Ii]nvestigation)")
_INVESTIGATING_BODY = re.compile(r"\bInvestigative\s+Committee(?:\s+of\s+(?:the\s+)?[A-Z][\w\s]{2,30}?(?=[,.;\n]|\s[a-z]))?|"
                                 r"\b(?:[A-Z][\w'’]+\s+){0,2}[Pp]rosecutor(?:['’]s)?\s+(?:General['’]s\s+)?[Oo]ffice(?:\s+of\s+[A-Z][\w'’]+)?")
_SERVES_SOLDIERS = re.compile(r"^[^.;]{0,80}?\b(?:helping|treating|training|supporting|caring\s+for|rehabilitating|"
                              r"evacuating|equipping)\s+(?:wounded\s+|injured\s+|released\s+)?(?P<bloc>Ukrainian|Russian|"
                              r"North\s+Korean)\s+(?:soldiers|servicemen|troops|prisoners|veterans|fighters)\b")
# One who fought in a bloc's unit: "Dragan M., a 34-year-old from Kraljevo who …, spent five
# months with a Russian volunteer assault detachment".
_FOUGHT_WITH = re.compile(r"^(?:[^.;]|(?<=\b[A-Z])\.){0,160}?\b(?:spent\s+(?:[\w-]+\s+){1,3}?|served\s+|fought\s+)(?:with|in|alongside|for)\s+"
                          r"(?:a|an|the)\s+(?P<bloc>Ukrainian|Russian|North\s+Korean)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:detachment|unit|brigade|battalion|regiment|company|army|forces)\b")
_ROLE_NAME_AFTER = re.compile(r"\s+[a-z][\w-]+(?:\s+[a-z][\w-]+)?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*")
_JOINED_FORCE = re.compile(r"\b(?:joined|enlisted\s+in|signed\s+up\s+(?:with|for))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:unit|brigade|battalion|legion|detachment|regiment)\s+(?:of|in)\s+the\s+"
                           r"(?P<bloc>Ukrainian|Russian)\s+(?:army|armed\s+forces|forces)\b")
_CORPORATE_TITLE = re.compile(r"\b(?:Chief\s+(?:Executive|Financial|Operating|Technology)|CEO|CFO|COO|[Cc]hairman|"
                              r"[Cc]hairwoman|[Ff]ounder|Managing\s+Director|Head\s+of\s+Investor\s+Relations)\b")
_COMPANY_BASED = re.compile(r"\b([A-Z][\w'’]+)-based\s+(?:[\w-]+\s+){0,2}?(?:maker|manufacturer|company|firm|producer|"
                            r"group|supplier|developer|start-?up|contractor)\b")
# A person's name closing a subject: "Russian war blogger Andrei Zhuravlyov".
_NAME_AT_END = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)+(?=\s*$)")
# A picture's credit after its caption: "(203rd Separate Assault Brigade / Facebook)", "(Photo: …)".
_PHOTO_CREDIT = re.compile(r"\((?:(?:Photo|Image|Video|Picture)\s*:\s*[^()]{2,80}|[^()/]{2,60}\s/\s(?:Facebook|Telegram|X|Twitter|"
                           r"Instagram|YouTube|VK|VKontakte|Getty\s+Images|AFP|Reuters|AP|EPA|Anadolu|Sipa|Shutterstock))\)\.?\s*$")
_PAREN_SOURCE = re.compile(r"\(([^()]{2,60}?)(?:,\s*(?:[A-Z][a-z]+\s+)?\d{4})?\)\.?\s*$")
# A Korean name's given name after the family name: "Park Jun-ho".
_FULL_KOREAN_NAME = re.compile(r"\b([A-Z][a-z]{1,4})\s+(" + KOREAN_GIVEN_NAME + r"|Jong\s+Un)\b")
_GIVEN_NAME_AFTER = re.compile(r"\s" + KOREAN_GIVEN_NAME + r"\b")
# An author-date citation in parentheses, "(Kang 2025)", "(Lee and Park, 2025: 14)", "(NIS 2024;
# Kang 2025)": the year after the name, and an open parenthesis before it with no close.
_CITED_WORK = re.compile(r"(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+et\s+al\.)?,?\s+(?:1[89]|20)\d\d[a-z]?[^()\n]{0,40}\)")
_IN_PARENTHESES = re.compile(r"\([^()\n]*$")
# A person an introduction presents: a title or an appositive after the name.
_PRESENTED = re.compile(r"(?:\b(?:Dr|Prof|Professor|Col|Gen|Maj|Capt|Lt|Adm|Sgt|Sergeant|Lieutenant|Captain|Major|"
                        r"Colonel|Corporal|Private)\.?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
                        r"|\b(?P<name2>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)(?:,\s+(?:a|an|the|\d{1,3},)\s|"
                        # ("Tomás Echevarría (Zaragoza, 44) left for Ukraine …": town and age)
                        + _TOWN_AGE_BRACKET + r"))")
# An appositive that names a body only by its kind: "a spokesman for the agency".
_FOR_THE_BODY = re.compile(r"(?:an?\s+)?(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|official|officer|representative)\s+"
                           r"(?:for|of|at)\s+the\s+(agency|ministry|service|directorate|office|headquarters|command|"
                           r"battalion|brigade|regiment|unit)\s*$"
                           # "the battalion's press officer"
                           r"|the\s+(battalion|brigade|regiment|unit|agency|ministry|service)['’]s\s+(?:[\w-]+\s+)?"
                           r"(?:spokes(?:man|woman|person)|officer|commander|representative|chief|head)\s*$")
# A record's lead naming who answers: "A spokesperson for the Foreign Ministry of the DPRK gave the
# following answer to a question raised by KCNA".
_GAVE_ANSWER = re.compile(r"(?P<who>(?:[Aa]n?|[Tt]he)\s+[^,;:\n]{3,100}?)\s+(?:gave|made|issued)\s+the\s+following\s+"
                          r"(?:answer|reply|replies|answers|statement|comment)\b")
# Words that name an outlet, not a town: "Yonhap News Agency", "Keystone-SDA", "Le Temps".
_OUTLET_NAME = re.compile(r"\b(?:News|Agency|TV|Radio|Press|Times|Post|Temps|Zeitung|SDA|Wire|Daily|Herald|Gazette)\b")
# A country's armed service after its adjective: "a former sapper in the Polish Army".
_SERVICE_AFTER = re.compile(r"\s+(?:Army|Armed\s+Forces|Navy|Air\s+Force|army|armed\s+forces|navy|air\s+force)\b")
# A name the outlet marks as changed for the person's safety: "Lyudmila*, a retired librarian".
_STARRED_NAME = re.compile(r"\b([A-Z][a-z'’-]+(?:[ ][A-Z][a-z'’-]+)?)\*(?=[,\s])")
# A paragraph that opens with a person's name and what they did: "*Kirill Abashin spent 19 years …".
_OPENS_WITH_PERSON = re.compile(r"^\W{0,2}(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+(?:spent|served|has|had|was|is|worked|"
                                r"fled|left|lives|joined|resigned|retired|commanded)\b", re.MULTILINE)
# An interviewee an introduction names only by a call sign ("a lieutenant colonel with the call sign Taiga").
# (Or the first name alone the outlet may print: "on condition that we print only his first name, Ostap".)
_CALL_SIGN = re.compile(r"\b(?:call\s+sign|callsign|nom\s+de\s+guerre|(?:his|her)\s+first\s+name),?\s+[“\"]?([A-Z][\w'’-]+)")
# "a pilot called Kit", "a medic with the call sign Sova": the name the person goes by.
_CALLED = re.compile(r"\b(?:called|named|call\s+sign|known\s+as)\s+([A-Z][\w'’-]+)\s*$")
# A field of study is not a bloc: "a professor of North Korean studies", "a historian of Russian
# politics".
# A front named by a place is where the fighting is, not whose: "fought on the Kursk front".
# An acronym defined in brackets after a body's full name, the possessive before it included:
# "Latvia's Military Intelligence and Security Service (MIDD)".
_DEFINED_ACRONYM = re.compile(r"(?P<full>(?:[A-Z][\w’'-]*['’]s\s+)?(?:(?:[A-Z][\w’'-]*|of|and|for|the)\s+){1,7}[A-Z][\w’'-]*)"
                              r"\s+\((?P<acr>[A-Z]{2,6})\)")
_ACRONYM_PARENS = re.compile(r"\s\([A-Z]{2,6}\)")
_DEFINED_ACRONYM_END = re.compile(_DEFINED_ACRONYM.pattern + r"\Z")


def _defined_acronyms(text: str):
    """The matches of ``_DEFINED_ACRONYM.finditer(text)``, found from each "(ACR)" back to its
    name: trying the name's pattern at every capitalised word of a long text costs far more."""
    done = 0
    for paren in _ACRONYM_PARENS.finditer(text):
        # (A defined name runs to at most eight words, well inside 240 characters before the mark.)
        m = _DEFINED_ACRONYM_END.search(text, max(done, paren.start() - 240), paren.end())
        if m is not None:
            done = m.end()
            yield m


# One of a group given before: "One of the officers, …".
_ONE_OF_THE = re.compile(r"\b(?:[Oo]ne|[Tt]wo|[Bb]oth|[Aa]nother|[Nn]either)\s+of\s+the\s+([a-z]+s)\b")
_FRONT_AFTER = re.compile(r"\s+(?:front|direction|sector|axis|salient|bridgehead)\b")
_FIELD_AFTER = re.compile(r"\s+(?:studies|affairs|history|politics|literature|language|economy|society)\b")
# A country as one's field, not one's bloc: "a Russia analyst at the institute", "a North Korea specialist"
# (not "ISW analysts", a body's own).
_COUNTRY_FIELD = re.compile(r"(?:Russia|Ukraine|North\s+Korea|Korea)\s+(?:analyst|expert|specialist|watcher|scholar|researcher)s?\b")
_TRAILING_PARTICIPLE = re.compile(r",\s+(?:sitting|standing|speaking|pointing|looking|holding|walking|smiling|"
                                  r"shaking|gesturing|leaning|wiping|showing|using|drawing|relying|referring|"
                                  r"counting|working|basing)\b")
# A unit's own spokesman, who speaks from where the unit is: "a brigade spokesman said".
_UNIT_SPOKESMAN = re.compile(r"\b(?:brigade|battalion|regiment|unit|division|corps)(?:['’]s)?\s+spokes(?:man|woman|person)\b",
                             re.IGNORECASE)
_ARMY_SPOKESMAN = re.compile(r"\bspokes(?:man|woman|person)\s+for\s+the\s+(?:army|navy|military|air\s+force|"
                             r"armed\s+forces|general\s+staff)", re.IGNORECASE)
# A named soldier: a rank before the name, a call sign, a command (guide 5: soldiers speaking for
# themselves serve the side the report places them on).
_SOLDIER_PERSON = re.compile(r"\b(?:Col|Capt|Maj|Lt|Sgt|Cpl|Pte)\.\s|\b(?:Colonel|Captain|Major|Lieutenant|Sergeant|"
                             r"Corporal)\s+[A-Z]|\bcall\s+sign\b|\bcommand(?:s|ed|er|ing)\b|\b(?:soldier|platoon|"
                             r"battalion|brigade|pilot|gunner|sniper|medic|infantryman|paratrooper)\b")
# How far into a paragraph a report sets its scene ("At a hospital in Dnipro, …").
_SCENE_OPENING = 80
_SENTENCE_SCENE = re.compile(r"\s*(?:In|At|From)\s+([^,]{1,40}),")
# A spokesperson's title just before the name (and its first names).
_SPOKES = re.compile(r"\b(?:[Ss]pokes(?:man|woman|person)|[Pp]ress\s+[Ss]ecretary|[Oo]fficial|[Rr]epresentative)\s+"
                     r"(?:[A-Z][\w'’.-]*\s+){0,2}$")
# Russian and Ukrainian surnames inflect for gender: Sorokina, Zorina, Moskalkova, Zelenska are
# women; Sorokin, Zelenskyy, Peskov men. Other surnames say nothing.
_FEMALE_SURNAME = re.compile(r"[A-Z][a-z]+(?:ova|eva|yova|ina|yna|skaya|ska|tskaya|aya)$")
_MALE_SURNAME = re.compile(r"[A-Z][a-z]+(?:ov|ev|yov|sky|skyi|skyy|skiy|skii|tsky)$")


def _gender_of(sp: _Speaker) -> str:
    """Return 'he', 'she' or '' (unknown): from a pronoun that named the speaker, else the surname."""
    if sp.gender:
        return sp.gender
    last = sp.name.split()[-1] if sp.name.split() else ""
    return "she" if _FEMALE_SURNAME.fullmatch(last) else "he" if _MALE_SURNAME.fullmatch(last) else ""


_TITLE_GENDER = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}
# A capitalised word right before a name: its given name ("Olena Marchuk").
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+\Z")
# A capitalised word right after a first name: its family name ("Tomasz Wrona"), not "Tomasz (Warsaw)".
_NAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z][\w'’-]+)\b(?!\s*\()")
# A relative named in apposition: "Kovalchuk's mother, Halyna,", "his widow, Olga Petrenko,".
_KIN_GENDER = {**dict.fromkeys(("mother", "wife", "widow", "daughter", "sister", "grandmother"), "she"),
               **dict.fromkeys(("father", "husband", "widower", "son", "brother", "grandfather"), "he")}
# (As the subject, after a scene that may open the sentence: "In Sosnivka, a village in …, ".)
_KIN_NAME = re.compile(r"(?:(?:In|At|Outside|Near)\s+[^,]{1,60},\s+(?:(?:a|an|the)\s+[^,]{1,60},\s+)?)?"
                       r"(?:[A-Z][\w'’-]+['’]s|His|Her|Their)\s+(?P<kin>" + "|".join(_KIN_GENDER) +
                       r"),\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),")
# A relative named, then described: "Her son Denis, a contract soldier, …".
_KIN_BEFORE_ROLE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’-]+['’]s)\s+(" + "|".join(_KIN_GENDER) +
                              r")\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+\Z")
_GENDER = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she"}
_ISSUED_BY = re.compile(r"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?(?P<head>report|study|assessment|document|bulletin|"
                        r"summary|analysis|investigation|statement|letter)\s+(?:(?:was|is|has\s+been)\s+(?:compiled|published|released|"
                        r"issued|produced|prepared|written|drawn\s+up|sent|signed)\s+by|came\s+from)\s+(?P<who>[^,;.()]{3,80})")
_FOR_COMMENT = re.compile(r"[^.;:“”\"]{0,100}?\b(?:to\s+comment|for\s+(?:a\s+)?comment)\b")
# "what it has said has been warm and vague": the statements characterised, their content not given.
# (Not "held what Kyiv said was about 1,300 square kilometres": a hedge on a figure.)
_WHAT_SAID_WAS = re.compile(r"\bwhat\s+\w+\s+(?:has|have)\s+(?:said|claimed)\s+(?:has|have)\s+been\s+"
                            r"(?!that\b|an?\b|the\b|its\b|their\b)[a-z]")
_SAID_NOTHING = re.compile(r"\s+(?:almost\s+|next\s+to\s+|remarkably\s+|very\s+|surprisingly\s+|strikingly\s+|relatively\s+)?(?:nothing|little)\b(?!\s+(?:had|has|was|were|is|would|could)\b)")
# (and "responded to the review in a statement on its Telegram channel": to what, not with what)
_NO_CONTENT = re.compile(r"(?:\s+(?:within|after|on|in|by|late|early|later|quickly|swiftly|immediately|at\s+once|to)\b"
                         r"(?:(?!\b(?:that|saying|with|by\s+saying)\b)[^,;:“”\"])*)?[.!]?\s*$")
# "The governor reported the consequences of the attacks in his Telegram channel.": that he
# reported on them, not what he said (4.6).
_TOPIC_ONLY = re.compile(r"\s+(?:on\s+)?the\s+(?:consequences|aftermath|details)\s+of\s+[^:;“”\"\d]*$")
# (After a time set first, of what it counts, and what it reached: "By April 2025, Seoul's estimate
# of total casualties had reached about 4,700".)
_OWN_FIGURE = re.compile(r"\s*(?:(?:By|In|As\s+of|Since|Until)\s+[^,;:“”\"]{1,30},\s+)?"
                         r"(?P<who>[A-Z][^,;:“”\"]{1,60}?)['’]s?\s+(?:own\s+|latest\s+|new\s+|official\s+|daily\s+|revised\s+)?"
                         r"(?:figure|figures|estimate|estimates|count|tally|tallies|toll)(?:\s+of\s+[a-z][^,;:“”\"]{1,40}?)?\s+"
                         r"(?:was|is|were|are|stands|stood|now\s+stands|rose|has\s+risen|had\s+risen|(?:had\s+|has\s+)?(?:reached|climbed))\b")
# A phrase that opens with a preposition sets the scene; it names nobody: "Across the whole front, …".
_INSERTED_PHRASE = re.compile(r"\s*(?:in|on|at|during|after|before|with|without|from|under|over|amid|despite)\s+(?:an?|the|its|his|her|their)\s")
_PREPOSITION_LEAD = re.compile(r"(?:Across|In|On|At|After|Before|During|Along|Near|Over|Under|From|Since|For|By|Throughout|"
                               r"Within|Outside|Inside|Behind|Beyond|Around|Despite|Amid|Among)\b")
_OFFICE_FOR = re.compile(r"\b(?:office|coordinator|director|representative|rapporteur)\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
                         re.IGNORECASE)
_LOCATIVE = re.compile(r"\b(?:in|at|from|near|outside|based\s+in|to)\s+(?:the\s+)?$", re.IGNORECASE)
# The leading lookaheads list every possible first character: the engine then skips the other
# positions at once (about twice as fast; the matches are the same).
_TOP_CLAUSE = re.compile(
    # ("said he understood the concern, but that North Korea had itself confirmed …": a second
    # "that" clause of the same verb, not a new top clause.)
    r"(?=[;,\s\u2014\u2013])(?:;|,\s+(?:while|whereas|even\s+as|but(?!\s+(?:also\s+)?that\b)|although|though|yet)\b|"
    r"\s+but\s+(?!(?:also\s+)?that\b)|\s+while\s+"
    # "Moscow says it holds …, and Kyiv says it has received …": a second named speaker.
    # (Not a noun: "…, which combines South Korean and Ukrainian estimates, puts …".)
    r"|(?:,\s+(?:and\s+)?|\s+and\s+)(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:(?:says|said|claimed|insisted|"
    r"reported|estimated)\b|(?:claims|insists|reports|estimates)\b(?![,.;])))"
    r"|[,\u2014\u2013]\s*(?:a|an|the)\s+(?:charge|claim|accusation|allegation|assertion|version|account|"
    r"figure|number|estimate|tally)s?\b"
    # "…, figures Moscow has dismissed as propaganda": the other side's answer in the same sentence.
    r"|,\s+(?:claims|figures|numbers|estimates|allegations|accusations)\s+(?=(?:that\s+|which\s+)?[A-Z]))")
# A closing speech tag: ", the ministry said on Monday." at the end of a sentence.
_FINAL_TAG = re.compile(r",\s+(?P<who>(?:(?!\band\b|\bthan\b)[^,;:“”\"()]){2,80}?)\s+(?P<verb>(?<![\w-])(?:said|says|wrote|writes|told\s+[\w ]{2,30}?|"
                        r"reported|reports|added|adds|claimed|claims|stated|announced|estimated|"
                        # (a post's author at the end, "…, community head Natalia Bondar posted at 10:52.")
                        r"confirmed|posted|(?:was|were|is|has\s+been)\s+(?:quoted|cited)\s+as\s+saying)(?![\w-]))(?P<rest>(?:\s+(?:on|in|at|late|earlier|later|last|this|from|during|after|before|by|via|"
                        r"through|overnight|today|yesterday)\b(?:[^,;:“”\"]|(?<=\d):(?=\d)){0,50})?)[.!?]?\s*$")
_BLOCKQUOTE_NEXT = re.compile(r"\s*\n\s*>")
# A document's letterhead: two or more short lines in capitals at its top.
_LETTERHEAD = re.compile(r"\s*\n[A-Z][^\na-z]{2,60}(?:\n[^\n.!?]{3,60}(?=\n)){1,5}")
# A document's issuer on its own line: "Press service of the Kursk Diocese", "Press office of …".
_ISSUER_LINE = re.compile(r"^(?:[^\n|]*\|\s*)*(?:[Pp]ress\s+(?:service|office|cent(?:re|er))|[Ii]nformation\s+(?:department|"
                          r"service))\s+of\s+(?:the\s+)?(?P<who>[A-Z][^|\n]{2,80})", re.MULTILINE)
_PAGE_FOOTER = re.compile(r"\s*(?:[Pp]age\s+\d{1,3}\s+(?:of|/)\s+\d{1,3}|-\s*\d{1,3}\s*-)\s*")
# A person's own account of who they are: ", who says he is a reservist from Lgov", ", who
# describes herself as a translator in Busan", ", who says he served as a combat engineer in …".
_SELF_DESCRIBED = re.compile(r",\s+who\s+(?:says|said|describes|described|calls|called)\s+(?:he|she|they|him|her|them)"
                             r"(?:sel(?:f|ves))?\s+(?:is|was|are|were|as|served\s+as|worked\s+as|works\s+as)\s+"
                             r"(?P<desc>[^.;]{3,160})")
# What a relative clause says someone studies or covers: a topic, not a place in a bloc.
_STUDIES_TOPIC = re.compile(r"^who\s+(?:studies|researches|covers|follows|tracks|analy[sz]es|writes\s+about|reports\s+on)\s+"
                            r"[^,;]*?(?=\s+(?:at|in|for|with)\s|$)")
# An agency budget's length line: "(450 words, 1400 GMT, by Aoife Brennan in Brussels)".
_STORY_LENGTH = re.compile(r"\((?:about\s+|up\s+to\s+)?\d[\d,]*(?:-\d[\d,]*)?\s+words\b[^()\n]*\)")
# A glossary's definition after "Term:": "Kremlin: the building in Moscow where …".
_DEFINITION = re.compile(r"(?:the|a|an)\s+[a-z]")
# A section's label in sentence case: "Moscow's version:", "What the bloggers say:".
_SECTION_LEAD = re.compile(r"[A-Z][\w'’-]*['’]s\s+(?:version|view|account|side|line|take|story|response|answer)|"
                           r"What\s+(?:[\w'’-]+\s+){1,4}(?:says?|said|claims?|thinks?|knows?|believes?)")


def _spells(acronym: str, rest: str) -> bool:
    """Whether ``rest`` opens with the words ``acronym`` stands for: "NIS" and "National
    Intelligence Service, South Korea's main spy agency"."""
    if not acronym.isupper() or not 2 <= len(acronym) <= 6:
        return False
    words = [w for w in rest.split()[:len(acronym) + 3] if w[:1].isupper()]
    return "".join(w[0] for w in words)[:len(acronym)] == acronym
# A government's voice by its title: "Deputy Department Spokesperson", "Press Secretary".
_SPOKESPERSON = re.compile(r"\b(?:[Ss]pokes(?:person|man|woman)|[Pp]ress\s+[Ss]ecretary)\b")
# A line that is a place: "Washington, DC", "Kyiv".
_DATED_PLACE_LINE = re.compile(r"([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?),\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}")
_PLACE_LINE = re.compile(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}(?:,\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})?")
_COUNTRY_CODE_AFTER = re.compile(r"\s\((?:[^()\n]{1,40},\s*)?([A-Z]{2})\)")
_DELEGATION_AFTER = re.compile(r"\s\(([A-Z][^()\n,]{2,40}),\s*[A-Z][^()\n,]{0,20}\)")
_IN_PLACE_WORD = re.compile(r"\b(?:in|from|near)\s+([A-Z][\w'’-]+)")
# A messenger export's message header: "[05.03.2026 07:12] Severny Val:", "[14/03/2026, 21:07]
# Oksana K.: …"; and a post's view and reaction counts ("👁 58.1K | 🔥1.4K").
_CHAT_EXPORT_HEAD = re.compile(r"^\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]\s+"
                               r"(?P<name>[^:\n\[\]]{2,60}?)(?:\s+\([^()\n]{1,30}\))?:[ \t]*|"
                               # A channel's post as a site reproduces it, under its header line with the
                               # time and the view count: "Office of the Prosecutor General · 09:14 · 👁 31.2K".
                               r"^(?P<channel>[A-Z][^·\n]{2,80}?)\s+·\s+\d{1,2}:\d{2}\s+·\s+\W{1,3}\s?[\d.,]+[KkMm]?[ \t]*$",
                               re.MULTILINE)
# A story's reader comments: the section's head, a commenter's name line, when it was posted,
# and the page's own lines around a comment.
# How long ago a network comment was written: "1d", "20h", "3w · Edited".
_COMMENT_AGE = re.compile(r"\d{1,2}\s?(?:s|m|min|h|d|w|mo|y|yr)(?:\s*·\s*Edited)?")
_COMMENT_COUNT = re.compile(r"\d[\d,.]*[Kk]?\s+comments\b")
_COMMENTS_HEAD = re.compile(r"(?:Reader\s+)?[Cc]omments\s*\(\d[\d,]*\)|\d[\d,]*\s+[Cc]omments")
_COMMENT_USER = re.compile(r"[\w.@’'-]{2,40}|[A-Z][\w'’-]+\s[A-Z][\w'’.-]+")
_POSTED_AGO = re.compile(r"(?:(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|"
                         r"[Yy]esterday|[Jj]ust\s+now)(?:\s*[·•|]\s*[Ee]dited)?")
# A European Parliament written question: its reference line, its member's line (name and political
# group), and the line that opens its answer.
_WRITTEN_QUESTION = re.compile(r"(?m)^Question\s+for\s+written\s+answer\s+[EPO]-\d{4,6}/\d{4}")
_MEMBER_LINE = re.compile(r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+\([A-Z][\w/&-]{1,15}\)")
_QUESTION_FURNITURE = re.compile(r"Original\s+language\s+of\s+(?:question|answer):\s*[A-Z]{2}|\(\d{1,2}\.\d{1,2}\.\d{4}\)|"
                                 r"(?:Last\s+updated|Legal\s+notice)\b[^\n]{0,80}")
_ANSWER_GIVEN = re.compile(r"Answer\s+given\s+by\s+(?P<who>[^\n]{3,120}?)\s+on\s+behalf\s+of\s+the\s+(?:European\s+)?Commission\b[.:]?")
# A saved video page: its channel's line, its views line, a chapter's time stamp, a comment's user line.
_CHANNEL_LINE = re.compile(r"(?P<channel>[^·\n]{2,80}?)\s+·\s+[\d.,]+\s?[KkMm]?\s+subscribers\b")
_VIEWS_LINE = re.compile(r"[\d.,]+\s?[KkMm]?\s+views\b")
_CHAPTER_LINE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s+\S")
_VIDEO_COMMENT_HEAD = re.compile(r"(?P<pinned>(?:📌\s*)?Pinned\s+by\s+)?(?P<user>@[\w.-]{2,40})\s+(?:·\s+)?"
                                 r"(?:\d+|an?)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago"
                                 r"(?:\s+\(edited\))?(?:\s+·\s+Translated\s+from\s+[A-Z][a-z]+)?")
_COMMENT_DATED = re.compile(r"(?P<user>[^·\n]{2,60}?)\s+·\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+\d{4}"
                            r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?)?")
_COMMENT_FURNITURE = re.compile(r"(?:Reply|Report|Share|Like|Likes|Dislike)(?:\s+\d[\d,]*)?|Reply\s+to\s+\S{2,40}|"
                                r"(?:Show|View|Load)\s+(?:more\s+)?(?:replies|comments)(?:\s+\(\d+\))?")
# Where a reader says they write from: "I live in Dnipro.", "Writing from Incheon.", "From
# Voronezh.", "Rostov-on-Don here.", "Lviv.", "… and live in Seoul now".
_SAYS_WHERE = re.compile(r"(?:\b(?:live|living|am|m|based|work|study)\s+in|\bIP\s+location:?|\b(?:[Ww]riting|[Ww]ritten|[Cc]ommenting)\s+from|^From|^I[’']m\s+from|"
                         r"^(?:Greetings|Hello|Love|Watching\s+(?:this|it))\s+from|"
                         r"^Try\s+living\s+in|^Here\s+in)\s+(?P<place>[A-Z][\w'’]+(?:-[\w'’]+)*(?:\s[A-Z][\w'’]+)?)|"
                         r"^(?P<bare>[A-Z][\w'’]+(?:-[\w'’]+)*)(?:\s+here)?\.")
# Whom a chat gathers, as the article introduces it: "Relatives of a Ukrainian battalion's
# missing men swap …", "a group of mothers from Kursk".
_CHAT_MEMBERS = re.compile(r"\b(?:[Rr]elatives|[Ff]amil(?:y|ies)|[Ww]ives|[Mm]others|[Pp]arents|[Mm]embers|[Rr]esidents|"
                           r"[Vv]eterans|[Vv]olunteers|[Nn]eighbours)\s+(?:of|from)\s+(?P<who>[^,.;:\n]{3,60})|"
                           # "the open VKontakte community of Krasnaya Balka, a village … in Russia's Kursk region"
                           r"\b(?:community|group|page)\s+of\s+(?P<place>[A-Z][^.;:\n]{2,120})")
# A social network page's post header ("Nina Z. · 3 December 2024 at 14:05"), what it reposts
# ("Repost: Governor of Kursk Region | official page"), its counts, and a comment under it.
_PAGE_POST_HEAD = re.compile(r"(?P<name>[^·\n:]{2,60}?)\s+·\s+(?:\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?|"
                             r"[Yy]esterday|[Tt]oday)\s+at\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?")
# (A header is a line of its own: searching a text for one from its line starts alone is fast.)
_PAGE_POST_LINE = re.compile(r"(?m)^[ \t]*" + _PAGE_POST_HEAD.pattern + r"[ \t]*$")
_REPOST = re.compile(r"Repost(?:ed)?(?:\s+from)?:\s+(?P<source>[^|\n]{2,80}?)(?:\s+\|[^\n]*)?")
_PAGE_COUNTS = re.compile(r"(?:Likes?|Comments?|Reposts?|Shares?|Views?)\s+\d[\d,.]*[Kk]?(?:\s*·\s*(?:Likes?|Comments?|Reposts?|Shares?|Views?)\s+\d[\d,.]*[Kk]?)*")
_PAGE_COMMENT = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’.-]+){0,3}):\s+\S")
_REACTIONS = re.compile(r"\W{1,3}\s?[\d.,]+[KkMm]?(?:\s*[|·]?\s*\W{1,3}\s?[\d.,]+[KkMm]?)*\s*")
# A forum post's quote of an earlier post opens with "X wrote:".
_FORUM_WROTE = re.compile(r"[^\s:]{2,40}\s+wrote:\s*")
_FEED_SOURCE = re.compile(r"Source:\s+(?P<outlet>[^\n(]{2,60}?)\s*(?:\([^()\n]*\))?\s*$")
_END_MARK = re.compile(r"\s*(?:#{3}|-+\s*(?:ends?|END|ENDS)\s*-+|ENDS?|- ?30 ?-|"
                       # the outlet's own bracketed mark: "[End of leaflet text.]", "[Ends]"
                       r"\[(?:End|Ends)(?:\s+of\s+(?:the\s+)?[\w\s'’-]{1,40})?\.?\]|"
                       # or unbracketed, "End of excerpt.", "End of text"
                       r"End\s+of\s+(?:the\s+)?(?:excerpt|extract|text|statement|document|transcript|release)\.?)\s*")
# An anonymised source called by a role and a letter: "Soldier A", "Medic D".
_LETTERED = re.compile(r"(?:[A-Z][a-z]+ ){1,2}[A-Z]")
_WE_CALL = (r"(?:we\s+(?:call|are\s+calling|will\s+call)|referred\s+to\s+(?:here\s+)?as|identified\s+(?:here\s+|only\s+)?as|"
            r"known\s+(?:here\s+)?as)\s+")
_LETTERED_INTRO = re.compile(r"\bwe\s+(?:call|are\s+calling|will\s+call|refer\s+to)\s+(?:[A-Z][a-z]+\s){1,2}[A-Z]\b|"
                             r"\b(?:identified|referred\s+to)\s+(?:here\s+|only\s+)?(?:as|by)\s+(?:a\s+)?letters?\b")
_LETTERED_IN_TEXT = re.compile(r"(?<![\w.])(?:[A-Z][a-z]+ ){1,2}[A-Z](?![\w'’-])(?!\.\s?[A-Z][a-z]+\s+[A-Z])")
# A sentence opening with a name that leads into a quotation with a colon, no speech verb needed.
# (Show notes open a paragraph with its time code: "(59:40) Hrytsenko gets the last word: …".)
_NAMED_LEAD_IN = re.compile(r"(?:^(?:\(\d{1,2}(?::\d\d){1,2}\)\s+)?|(?<=[.!?]\s))(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+[a-z][^.!?:“”\"]{0,140}:\s*$")
# One more of a kind already heard: "Another platoon commander", "A second officer".
_ANOTHER = re.compile(r"(?:[Aa]nother|[Aa]\s+(?:second|third|fourth|fifth)|[Oo]ne(?:\s+more)?)\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)$")
# An agentless report in translated house style: "It is said that …".
_IT_IS_SAID = re.compile(r"\W*It\s+is\s+(?:said|reported|understood|known|believed)\s+that\b")
# A comparison's standard, not a report: "fewer than Kyiv claims".
_THAN_SUBJECT = re.compile(r"\bthan\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}$")
# An inverted tag at the end: "…, so says the General Staff."
_SO_SAYS = re.compile(r",\s+(?:or\s+)?so\s+(?:says|said|say|claims|claimed|claim)\s+(?P<who>[^,;:“”\"()]{2,80}?)[.!?]?\s*$")
_INSERTED_TAG = re.compile(r"^[^,;:“”\"]{12,},\s+(?P<who>he|she)\s+(?:said|says|recalled|recalls|added|adds|noted|notes|stressed|"
                           r"continued|argued|warned|explained|observed|emphasi[sz]ed|asserted|maintained|insisted|"
                           r"pointed\s+out),\s")
_REPORTING_FROM = re.compile(r"(?:Reporting|Reports)\s+from\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)()\s*,\s*"
                             r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s*:?\s*")
# "Officials here", in a correspondent's report: of where the section is filed from.
_HERE = re.compile(r"(?:[Oo]fficials|[Ss]ources|[Pp]eople|[Aa]nalysts|[Mm]ilitary\s+bloggers|[Dd]iplomats)\s+here"
                   r"(?:\s+in\s+([A-Z][\w'’-]+))?")
# A correspondent's post at a paragraph's opening: "Here at the Pentagon, officials say …".
_HERE_AT = re.compile(r"\W*(?:>>\s*)?Here\s+(?:at|in)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s")
_HERE_PEOPLE = frozenset("official officials source sources diplomat diplomats analysts".split())
_WHEN_LEAD = re.compile(r"(?:(?:Within|By|After|Early|Later)\s+(?:a|an|the|early|late|mid-?)?\s*(?:[\w-]+\s+){0,2}?"
                        r"(?:week|weeks|month|months|days?|year|January|February|March|April|May|June|July|August|"
                        r"September|October|November|December|spring|summer|autumn|winter|morning|evening|night)"
                        # A digest's time stamp: "At 09:12 Gureyev wrote: …"
                        r"|At\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s+"
                        r"(?=(?:the|its|his|her|their|[A-Z]))")
_TITLE_ALONE = re.compile(r"[Tt]he\s+((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)")
_SOURCE_COLUMN = re.compile(r"(?i:sources?|claimed\s+by|according\s+to|who\s+(?:said|claims?)\s+it|origin)")


def _table_header(text: str, at: int) -> list:
    """The cells of the first line of the table whose row starts at ``at`` (its heading row)."""
    start = at
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        if " | " not in text[prev:start - 1]:
            break
        start = prev
    line = text[start:text.find("\n", start) if text.find("\n", start) != -1 else len(text)]
    return line.split(" | ") if start < at else []


_THAT_SHE = re.compile(r"\b(?:which|that|whom)\s+(?:she|he)\s+$")
_PERSON_NAMED = re.compile(r"(?:\b[a-z]+\s+)?[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)+")
_WHO_IT = re.compile(r"\b(?:who|which|that|whom)\s+it\s+$")
# The tag after a quotation inside a sentence that an agency's closing tag relays.
_RELAYED_QUOTE_TAG = re.compile(r"[”\"]\s*,?\s*(?P<who>(?:[A-Z][\w'’.-]*\s+){0,6}?[A-Z][\w'’-]+)\s+(?:said|says|told|wrote|added)\b")
# The verbs _FINAL_TAG can end on: a cheap test before the costly match.
_FINAL_TAG_VERB = re.compile(r"\b(?:said|says|wrote|writes|told|reported|reports|added|adds|claimed|claims|stated|"
                             r"announced|estimated|confirmed|quoted|cited|posted)\b")
_DISPUTED_BY = re.compile(r"\s*(?:that\s+|which\s+|while\s+|whereas\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?)\s+"
                          # ("…, while Moscow’s diplomats dispute nearly every figure": the other side's answer.)
                          r"(?:has\s+|have\s+|had\s+)?(?:disputed|contested|dispute|disputes|contest|contests)\b")
_SAID_IN = re.compile(r"\b(?:said|says|told|reported|wrote|claimed|stated)\b")
# A subordinate clause set before the main one: "In April 2025, when both capitals confirmed the
# deployment, …", "After Seoul reported the figure, …".
_FRONTED_CLAUSE = re.compile(r"\s*(?:(?:In|On|By|Last|Early|Late|Later|Earlier)\s[^,;:]{1,30},\s+)?(?:[Ww]hen|[Aa]fter|[Bb]efore|"
                             r"[Ww]hile|[Ss]ince|[Oo]nce|[Aa]lthough|[Tt]hough|[Uu]ntil)\s[^,;:“”\"]{3,120},\s+(?=\S)")
_FRONTED_FIRST = frozenset("IOBLEWASTU ")
_TOP_CLAUSE_MARKS = (";", ",", "\u2014", "\u2013", "but", "while", " and ")
_SPLIT_CLAUSE_KEEP = re.compile(
    r"(?=[,;:()\u2014\u2013\stwa])"
    # (Not a time's colon: "At 09:12 Gureyev wrote".)
    r"((?<!\d),|,(?!\d)|(?<!\d):|:(?!\d)|[;()\u2014\u2013]|\s-\s|\bthat\b|\bwho\b|\bwhose\b|\bwhich\b|\bwhile\b|\bwhen\b|\bas\b)")
_VERB_WORD = re.compile(r"has|have|had|is|are|was|were|will|would|did|does|can|could|may|might|[a-z]+ed|struck|hit|"
                        r"sent|put|made|took|gave|left|began|ran|fought|lost|won|shot|held|kept|set")
_PARTICIPLE = re.compile(
    # (or "by": "opened the debate by accusing Russia of …")
    # (past a short adverbial: ", at one point claiming that …")
    r"(?:,|\bby)\s+(?:(?:at\s+one\s+point|at\s+times|at\s+first|in\s+one\s+case|once|later|repeatedly|again|also|even)\s+)?"
    r"(?:saying|writing|claiming|adding|noting|insisting|arguing|accusing|warning|telling|stating|"
    r"declaring|denying|alleging|asserting|stressing|explaining|calling|describing|dismissing|branding|"
    r"labell?ing|rejecting|condemning|blaming)\b")
# (Not a description of the subject: "spent eleven years as an army intelligence officer".)
_ROLE_NP = re.compile(r"(?<!\bas\s)\b(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(
    "soldier serviceman fighter prisoner captive nurse doctor medic wife husband man woman resident "
    "witness officer commander sergeant volunteer conscript survivor".split()) + r")\b"
    # (not a noun that modifies another: "a prisoner exchange")
    r"(?!\s+(?:exchanges?|swaps?|camps?|lists?|wards?|status|numbers?)\b)")
_SENT_END = re.compile(r"[.!?][”\"’]?\s+")
_MEDIA_CONTENT = re.compile(r"\b(?:of|showing|shows|features|featuring|depicting|in\s+which|telling|"
                            r"saying|purportedly|apparently|allegedly)\b", re.IGNORECASE)
_MEDIA_SUBJECT = re.compile(
    r"\s*(?:(?P<in>In|On)\s+the\s+(?:clip|video|footage|recording|call|audio|post|statement|interview|"
    r"conversation|intercept)\b|(?:The|That|This|Its|His|Her|Their)\s+(?:\w+\s+)?(?:post|video|footage|"
    r"clip|map|statement|recording|message|update|bulletin)\s+(?:came|showed|shows|included|includes|"
    r"featured|features|carried|depicted|depicts))")
_UNQUALIFIED_BODY = re.compile(r"(?:[Tt]he\s+)?(?:Ministry\s+of\s+(?:Defen[cs]e|Foreign\s+Affairs)|Defen[cs]e\s+Ministry|Foreign\s+Ministry|"
                               r"Foreign\s+Office|Home\s+Office|Government|government|[Mm]inistry)")
_COMMONS_PAPER = re.compile(r"\bReport\s+of\s+Session\s+\d{4}[–-]\d{2,4},\s+HC\s+\d{1,4}\b")
_AGENCY_DATELINE = re.compile(r"[A-Z][A-Z .'’-]+,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?\s+"
                              r"\([^()]{2,40}\)\s*[.–—-]?\s*")
_PUBLISHED_QUOTING = re.compile(r"\s*(?P<who>[A-Z][^,]{1,60}?)(?:,\s+[^,]{2,40},)?\s+(?:\w+ly\s+)?(?:published|released|posted|aired|"
                                r"broadcast|ran|carried|showed|printed)\b")
_FOR_OPINION = re.compile(r"For\s+(?P<who>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+),(?:\s+[^,]{3,160},)?\s")
_INNER_TAG = re.compile(r",\s+(?:says|said|recounts|recounted|recalls|recalled|explains|explained|adds|added|continues|"
                        r"insists|notes|admits|confides|confided)\s+(?P<who>(?:the\s+)?[\w.’' -]{2,40}?),\s")
# Verbs a tag puts before its subject: "…, said the spokesman", "…, estimated the ministry".
_INVERTING_VERBS = frozenset("said says added adds estimated estimates affirmed affirms assured assures specified specifies "
                             "indicated indicates noted notes stressed stresses explained explains insisted insists "
                             "continued continues recalled recalls wrote writes declared declares concluded concludes".split())
_INVERTED_ROLE = re.compile(r"\s+((?:the|a|an)\s+[^,;:.“”\"]{2,80}?(?:,\s+(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]+)?)(?=\s*[,.;]|\s*$)")
_LONG_TAG_NAME = re.compile(r"(?P<who>(?:[A-Z][\w.’'-]*\s+){1,5}[A-Z][\w’'-]+)\s+of\s+(?:the\s+)?[^,;]{3,80}")
_TAG_AFTER = re.compile(
    r"\s*,?\s*(?P<pre>[^.!?“”\"]{0,80}?)\s*\b(?:" + _VERB + r")\b(?P<post>[^!?“”\"]{0,80})")
# The subject of an inverted tag ("…, said Capt. Oleh Sydorenko, a spokesman …"): up to the
# next punctuation, reading through the full stops of title abbreviations.
_INVERTED_SUBJECT = re.compile(r"\s+((?:(?:" + "|".join(_TITLES) + r")\.\s+)*[^,;:.]{1,80})")
# An inverted tag that names its speaker: "…, under cover of fog, said Maj. Dmytro Levchenko,
# the battalion's commander, …": capitalised words (a title may open them, "the Rev.", "the Hon.")
# that end the clause.
_INVERTED_NAME = re.compile(r"\s+((?:the\s+(?=(?:Rev|Hon|Very\s+Rev)\.))?(?:(?:" + "|".join(_TITLES) + r")\.\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
                            r"(?=\s*[,.;]|\s*$|\s+(?:in|on|at|during|after|late|earlier|from|via)\b)")
# "KHERSON, Ukraine —", "NOVOSERGINSK, Belgorod region —", "TOKMAK, Russian-occupied Zaporizhzhia
# region -", "SUMY, Ukraine, June 14 -".
# (An agency's credit may sit after the city: "SEOUL (Yonhap) – …".)
_DATELINE_PLACE = re.compile(r"^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*)(?:\s+\([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}\))?(?:,\s(?:((?:(?:Russian|Ukrainian)-(?:occupied|held|"
                             r"controlled)\s+)?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?(?:\s+(?:region|oblast|province|district))?)"
                             r"(?:,[^—–\n]{1,30}?)?\s*[—–-]\s)?|\s+[—–-]\s)", re.MULTILINE)
_BYLINE_IN = re.compile(r"^By\s+[A-Z][^\n]{1,60}?\s+in\s+[A-Z][^\n]{1,80}$", re.MULTILINE)
_CONTROLLED = re.compile(r"(Russian|Ukrainian)-(?:occupied|held|controlled)\s")
# A name after its titles: "Dr. Lena Moor", "Col. Petro Hnatiuk".
# (A rank spelt out, and a retired officer's mark: "Lieutenant General (ret.) Aurelio Brancati".)
_TITLED_PERSON = re.compile(r"(?:(?:" + "|".join(_TITLES) + r")\.?\s+|(?:Lieutenant|Major|Brigadier|Colonel|General|Admiral|"
                            r"Captain|Commander|Sergeant|Marshal|Vice|Rear)\s+|\((?:ret|retd|Ret|Retd|rtd)\.?\)\s+)*"
                            r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
# (Or an initialism: "The deputy U.S. ambassador, Karen Whitfield" is one sentence.)
_TITLE_END = re.compile(r"(?:^|\s)(?:" + "|".join(_TITLES) + r"|(?:[A-Z]\.)+[A-Z])[.]\s*$")
_TAG_TAIL = re.compile(r"[^.!?“”\"]{0,60}?[:,]?\s*")
_RELAY_WORDS = ("publish", "releas", "posted", "shared", "aired", "broadcast", "circulated", "obtained",
                "distributed", "intercepted", "recorded", "carried", "relayed", "made public", "ran ",
                "showed", "played", "arranged", "organised", "organized", "facilitated")
# Any relay word, as a bare substring: one pass in C instead of one membership test per word (a
# prefix tree: each letter tested once, not once per word).
_RELAY_HINT = re.compile(trie_pattern(_RELAY_WORDS, space=" "))
_RAW_SEP_RELATIVE = re.compile(r"\b(?:that|which|whom)\s+[^,;:()]{1,40}$")
# "Severny Front, a pro-war channel, called the diary a fake and said …": a first predicate of the
# subject, not the subject.
_COORDINATED_PREDICATE = re.compile(r"\s*[a-z]+(?:ed|[^s]s)\s.*\s(?:and|but)\s*")
# A segment opening with a participle is not the subject: "…, quoted by TASS, said", "…, briefing
# reporters on condition of anonymity, said".
_PARTICIPIAL_SEGMENT = re.compile(r"\s*(?:quoted|cited|speaking|writing|citing|according|reported|interviewed|asked|pressed|"
                                  r"(?:briefing|addressing|talking|testifying|appearing|responding|commenting|answering|"
                                  r"posting|reacting|presenting|announcing)\b)", re.I)
_TITLE = re.compile(r"\b(?:Minister|Governor|Mayor|Chief|Head|General|Gen\.|Colonel|Col\.|Lt\.|Capt\.|Maj\.|"
                    r"Commander|Spokesman|Spokeswoman|Ambassador|Deputy|Prosecutor|Admiral|Adm\.)")
_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]+")   # up to two titles and three names
_COMMERCIAL_EXPERT = re.compile(r"\b(?:insurer|reinsurer|underwriter|insurance\s+(?:broker|company|firm)|broker|brokerage|"
                                r"consultancy|consulting\s+firm|risk\s+(?:firm|consultancy)|law\s+firm)\b")
_PULL_QUOTE_BY = re.compile(r"[”\"]\s*[–—-]\s*(?P<who>[A-Z][^–—“”\"\n]{1,80}?)\s*$")
_PULL_QUOTE_CREDIT = re.compile(r"[”\"]\s*[–—-]\s*(?:[A-Z][\w'’.-]*\s+)*$")
# Academic titles before a name, which may make it longer than that: "Assoc Prof Dr Azman Shukri Mohd Yusof".
_ACADEMIC_TITLES = re.compile(r"(?:(?:Assoc(?:iate)?|Asst|Assistant|Emeritus)\.?\s+)?(?:Prof(?:essor)?|Dr)\.?\s+(?:Dr\.?\s+)?")
_NAME_OF_BODY = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]+)\s+(?:of|from)\s+(?:the\s+)?[A-Z][^,;:]{1,60}")

_OPEN = {"“": "”", "«": "»", '"': '"'}
INDIVIDUAL_ROLES = frozenset(
    "soldier soldiers serviceman servicemen fighter fighters prisoner prisoners captive captives "
    "nurse doctor medic wife husband mother father man men woman women resident residents witness "
    "witnesses officer commander sergeant private volunteer conscript mercenary relative brother "
    "sister son daughter driver sniper pilot marine paratrooper defector recruit trooper "
    "infantryman survivor blogger milblogger correspondent journalist reporter operator gunner".split()
)
# Who speaks in a film: the people it shows, its narrator or presenter.
_FILM_VOICES = INDIVIDUAL_ROLES | {"narrator", "presenter", "host"}
# One person, whom "he" or "she" can mean: "A Russian official said …. “…,” she said."
_OFFICIALS = frozenset("official spokesman spokeswoman spokesperson aide adviser advisor diplomat ambassador envoy "
                       "lawmaker".split())
_ONE_PERSON = INDIVIDUAL_ROLES | _OFFICIALS
# One member of a force: "One officer of Ukraine's Special Operations Forces", the next "he".
_SERVICE_MEMBERS = frozenset("officer commander soldier serviceman medic pilot operator sergeant".split())
_PRESS_ROLES = frozenset("reporter reporters journalist journalists correspondent correspondents".split())
# Kin after a possessive are the relative, not the pronoun's antecedent: "his widow said".
_KIN = frozenset("widow widower wife husband mother father son daughter sister brother".split())
# Where a private person spoke, right after the verb: "said in the small flat in Dnipro …".
_SAID_WHERE = re.compile(r"[\w-]+\s+((?:in|at|from)\s+[^.;:“”\"]{1,100})")
# A relative clause whose verb gives content: "…, which says Ukraine lost …", "…, who told
# reporters that …".
_DOCUMENT_SAYS = re.compile(r"(?:says|said|states|stated|reports|reported|claims|claimed)\s+(?:that\s+)?[A-Z\d]")
_TOLD_THAT = re.compile(r"(?:told|tells)\s+(?:reporters|journalists|the\s+[\w-]+|[A-Z][\w-]+)\s+(?:on\s+\w+\s+)?that\b")
# "… released by President Volodymyr Zelenskyy, who said they had been taken alive": a known name's
# relative clause of speech.
_SAID_CLAUSE = re.compile(r"(?:said|says|claimed|insisted)\s+(?:that\s+)?(?:they|he|she|it|the|his|her|their)\s+[a-z]")
_SURNAME_BEFORE_WHO = re.compile(r"\b[A-Z][\w'’-]+(?=,\s+who\s+$)")
_NAME_BEFORE_WHO = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+(?=,\s+who\s+$)")
# A surname alone opening a sentence with a verb: "Kessler began with the size of the force".
# ("Ms Anahit Mkrtchyan (Armenia, SOC) turned to …": past the given name and the delegation.)
_COURTESY_SUBJECT = re.compile(r"(?P<title>Mrs|Ms|Mr|Miss)\.?\s+(?:[A-Z][\w'’-]+\s+)?(?P<name>[A-Z][\w'’-]+)"
                               r"(?:\s\([^()\n]{2,40}\))?(?=,|\s+(?![A-Z]))")
_BARE_SURNAME = re.compile(r"([A-Z][a-z][\w'’-]+)\s+(?:[a-z]+ed|began|spoke|sees|saw|thinks|thought|went)\b")
# "…, a 29-year-old infantryman", "…, a nurse": the appositive that makes a lone word a person.
_PERSON_APPOSITIVE = re.compile(
    r",\s+an?\s+(?:\d{1,3}-year-old\b|(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(INDIVIDUAL_ROLES)) + r")\b)")
_INSTITUTION_HEADS = frozenset(
    "ministry agency service directorate department office government administration staff "
    "command military army report statement document assessment update briefing channel outlet "
    "newspaper broadcaster tank headquarters council embassy centre center".split()
)
# Definite descriptions that may point back to an institution or person named just before.
# Kinds of organisation a text introduces by an appositive and then calls by the kind alone.
_BLOC_UNIT = re.compile(r"\b(?P<bloc>Ukraine's|Ukrainian|Russia's|Russian|North\s+Korea's|North\s+Korean)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?P<head>[Bb]rigade|[Bb]attalion|[Rr]egiment)s?\b")   # ("the Ukrainian 219th Mechanized Brigade")
_OWNED_RECORDS = DOCUMENT_NOUNS | frozenset("tally tallies count counts figures estimate estimates data log".split())
_ASKED_WHOM = re.compile(r"\b(?:asked|pressed)\s+(?:Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Dr\.?\s+)?(?P<name>[A-Z][a-z][\w'’-]+)"
                         r"(?!\s+[A-Z])\b")
_ORG_HEADS = frozenset("group organisation organization charity foundation network project initiative ngo "
                       "coalition movement association society campaign collective".split())
_ORG_INTRO = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w'’-]*){0,5}),\s+(?:a|an)\s+"
                        r"(?P<mods>(?:[\w'’-]+\s+){0,3}?)(?P<head>" + "|".join(sorted(_ORG_HEADS)) + r"|NGO)\b",
                        re.IGNORECASE)
# A place in an appositive after a speaker: ", in the provincial capital of Chongjin,".
_IN_PLACE_AFTER = re.compile(r",\s+(?:in|from)\s+([^,;:]{3,60}),")
_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3}
_ANAPHOR_HEADS = frozenset(
    "spokesman spokeswoman spokesperson official ministry agency service directorate department "
    "report statement document assessment update briefing office staff army military command "
    "president minister leader commander general chief head government administration channel "
    "outlet newspaper broadcaster blogger tank headquarters battalion brigade regiment division corps "
    "major colonel captain lieutenant sergeant corporal "
    "unit institute committee commission council defector analyst researcher professor historian "
    "delegate representative embassy source centre center rapporteur".split()
)
# The body a possessive names: "Ukraine's" + " foreign ministry".
_OWNED_HEAD = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:" + "|".join(sorted(_ANAPHOR_HEADS)) + r")\b", re.I)


@dataclass
class _Speaker:
    name: str
    side: str
    kind: str          # person | institution | media | channel | place | group | role | document
    channel: str = ""
    named: bool = True  # an actor from the config, not a bare role
    context: str = ""   # the unit that introduced the speaker, for "the agency" anaphora
    paragraph: int = -10
    order: int = 0      # when it was last spoken or mentioned, for pronoun resolution
    gender: str = ""    # "he" or "she" once a pronoun has referred to the speaker


_QUOTE_MARK = re.compile(r"[“”«»\"]")


def _name_labels(text: str) -> tuple[frozenset, bool]:
    """The names that open two or more paragraphs as speaker labels in mixed case ("Castell:",
    "Marchuk:"), as a transcript writes them (guide 4.12); not "Update:" or "Editor's note:".
    In a parliamentary record, opened by three or more such labels with an honorific, every
    honorific label counts, even a member who speaks once ("Sir Gareth Lloyd-Evans (Montgomery
    Rise) (Con):"). Also whether the text is such a record."""
    seen = {}
    for m in _MIXED_LABEL.finditer(text):
        name = m.group("label")
        if name.split()[0] not in _NOT_LABELS:
            seen[name] = seen.get(name, 0) + 1
    names = {name for name, count in seen.items() if count >= 2}
    if ":" in text:
        briefers = {}
        for m in _BRIEFER_LABEL.finditer(text):
            briefers[m.group("label")] = briefers.get(m.group("label"), 0) + 1
        names |= {name for name, count in briefers.items() if count >= 2}
    numbered = {name for name in seen if _NUMBERED_SPEAKER.fullmatch(name)}
    if len(numbered) >= 2:
        names |= numbered   # "Speaker 1:" and "Speaker 2:", even if one speaks once
    record = [_record_name(m) for m in _RECORD_LABEL.finditer(text)]
    if len(record) >= 3:
        names.update(record)
    return frozenset(names), len(record) >= 3


def _titled_labels(text: str, names: frozenset) -> frozenset:
    """In a transcript whose speakers come back under their names ("Vladimir Putin:"), the labels
    that give a speaker once with the office before the name ("Chief of the General Staff of the
    Armed Forces Valery Gerasimov:"), two or more of them: a meeting's record as a government's
    website prints it. One is enough on a page that ends in the website's fields ("Publication
    date: …", "Topics: …"), and then each speaker's later full-name label counts too ("Ri Song
    Gwan:")."""
    if not any(" " in name for name in names):
        return frozenset()   # (a person's full name comes back, not a field's: "Grading:")
    titled = {m.group("label") for m in _TITLED_LABEL.finditer(text)
              if m.group("label") not in names and len(m.group("label")) <= 100}
    if len(titled) >= 2:
        return frozenset(titled)
    if titled and len(_SITE_FIELDS.findall(text)) >= 2:
        # (the short form: the last two or three words of a titled label, "Ri Song Gwan:")
        short = {" ".join(label.split()[-k:]) for label in titled for k in (2, 3)}
        again = {m.group("label") for m in _TITLED_LABEL.finditer(text) if m.group("label") in short}
        again |= {name for name in short if f"\n{name}: " in text}
        return frozenset(titled | again)
    return frozenset()


def _record_name(m: re.Match) -> str:
    """The member a record's label names: "Chairwoman Brandt" for "Chairwoman BRANDT."."""
    printed = m.group("printed")
    if printed:
        title, _, surname = printed.rpartition(" ")
        return f"{title} {surname.title()}"
    if m.group("presiding"):
        return m.group(0).rstrip()[:-1].rstrip()   # "Vice-President Dr. Helga Brückner", "Chair (Fujisawa Michio)"
    if m.group("steno"):
        # "Horbatenko, Deputy Minister of Internal Affairs of Ukraine": the surname and what the
        # label says of its bearer, which places them.
        desc = (m.group("steno_desc") or "").strip(" .")
        return m.group("steno").split()[0].title() + (f" {desc}" if desc.startswith("(") else f", {desc[1:].strip()}" if desc else "")
    if m.group("steno_chair"):
        return m.group("steno_chair").title()
    return m.group("held") or m.group("label") or m.group("ep") or m.group("party") or m.group("holder") or m.group("officer")


def _mixed_label(par: str, names: frozenset):
    if not names:
        return None
    m = _MIXED_LABEL.match(par)
    if m is not None and m.group("label") in names:
        return m
    m = _TITLED_LABEL.match(par)
    if m is not None and m.group("label") in names:
        return m
    m = _BRIEFER_LABEL.match(par) if par[:1] in "SMDVACP" else None
    if m is not None and m.group("label") in names:
        return m
    m = _RECORD_LABEL.match(par)
    name = m and _record_name(m)
    return _Match(m.start(), m.end(), label=name) if name in names else None


def _quote_spans(par: str):
    """Return [(open, close_or_end, closed)] of double-quote spans in a paragraph."""
    spans = []
    marks = [(m.start(), m.group(0)) for m in _QUOTE_MARK.finditer(par)]
    k, n = 0, len(par)
    while k < len(marks):
        i, ch = marks[k]
        if ch in "“«" or (ch == '"' and (i == 0 or not par[i - 1].isalnum())):
            close = _OPEN[ch]
            # Curly text sometimes closes with a straight mark, and vice versa.
            alt = '"' if ch != '"' else "”"
            j = next((x for x in range(k + 1, len(marks)) if marks[x][1] == close), None)
            if j is None:
                j = next((x for x in range(k + 1, len(marks)) if marks[x][1] == alt), None)
            if j is None:
                spans.append((i, n, False))
                break
            spans.append((i, marks[j][0] + 1, True))
            k = j + 1
            continue
        k += 1
    return spans


def _mask(text: str, spans) -> str:
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        for k in range(max(s, 0), min(e, len(chars))):
            chars[k] = " "
    return "".join(chars)


class _Resolver:
    """Turn a speaker phrase into a speaker, remembering the last one for pronouns."""

    def __init__(self, actors: Actors, text: str):
        actors.forget()   # what an earlier article looked up is not this one's
        self.actors = actors
        self.text = text
        self.last: _Speaker | None = None
        self.last_paragraph = -10
        self.paragraph = 0
        self.unit_text = ""
        self.pending_channel: tuple[str, str] | None = None  # (name, side)
        self.pending_age = 0
        self.here_side: str | None = None   # where a correspondent's section says "here" is
        self.film: tuple[str, str] | None = None   # (name, side) of a broadcast film the text describes
        self.film_paragraph = -9
        self._investigating: str | None = None   # the bloc of the investigating bodies named, "" for none
        self._first_mention: dict[str, str | None] = {}
        self._given: dict[str, str] = {}   # surname -> gender of the given name it came with
        self.mentions: list[_Speaker] = []   # actors named as subjects, most recent last
        self.bodies: dict = {}   # every body remembered or heard, by name: "the office" long after
        self.call_signs: set = set()   # people known by a call sign the article gave ("Lys")
        self.people: list[_Speaker] = []     # persons who spoke, most recent last: "she" after a man
        self.speakers: list[_Speaker] = []   # the last few who spoke, of any kind: "the ministers"
        self.sources: list[_Speaker] = []   # unnamed sources in the order they first spoke: "the first source"
        self.tick = 0
        self.prefix = ""   # the unit's text before the cue being resolved
        self.unit_start = 0   # offset of unit_text in the article
        # "KHERSON, Ukraine —": where the report is filed, in the actors' spelling ("Kherson"),
        # with the country when the dateline gives one (a town the actors list does not know).
        dateline = _DATELINE_PLACE.search(text[:3000])
        self.dateline_at = dateline.start() if dateline else -1
        # Where the section under the last dateline begins: the scene is not sought above it (in a
        # headline, or in another bureau's section of a multi-bureau dispatch).
        self.section_start = max(self.dateline_at, 0)
        self.dateline, self.dateline_side = "", None
        self.neutral_home = False   # filed from a town in a country of neither bloc ("PASAY CITY")
        monitored = (_MONITORED_PAPER.search(text, 0, 600) if " in " in text[:600] else None) \
            or _AGENCY_DATELINE_MIXED.search(text, 0, 1500) or _DOUBLE_DATELINE.search(text, 0, 1500) \
            or (_ORIGINAL_IN.search(text, 0, 600) if "original" in text[:600] else None)
        if monitored is not None and town_bloc(monitored.group(1).title()) == "":
            # A monitor's source line, "Beogradska Zora, Belgrade, in Serbian 27 Apr 26 p 12", or an
            # agency's dateline, "Jakarta (XNA) - ": published in a country of neither bloc.
            self._neutral_home()
        self._home: str | None = None
        self._issuer: str | None = None
        self._record = False   # the text is a legislature's record, its members under labels
        if monitored is not None and monitored.re is _AGENCY_DATELINE_MIXED and (dateline is None or dateline.start() > monitored.start()):
            # An agency's dateline in its own case, "Bratislava, February 18 (SIB) - ", is where the
            # report is filed (not a later line's "TASS, citing …").
            dateline = _Match(monitored.start(), monitored.end())
            dateline._groups = {1: monitored.group(1), 2: ""}
            self.dateline_at = dateline.start()
            self.section_start = self.dateline_at
        self.set_dateline(dateline)
        if dateline is None and (placed := _PAREN_DATELINE.search(text, 0, 2000)) is not None \
                and len(blocs := {a.side for _, _, a in self.actors.find(placed.group(1))
                                  if a.type != "media" and a.side in _PARTISAN}) == 1:
            # A French-language paper's dateline in brackets: "(Sumy region) Before he looks at a
            # single wound, …" (a place, not an agency's "(Reuters) - ").
            self.dateline_side = blocs.pop()
        if dateline is None and (language := _TRANSLATED_FROM.search(text)) is not None \
                and len(blocs := {a.side for _, _, a in self.actors.find(language.group(1)) if a.side in _PARTISAN}) == 1:
            # No dateline, but "Translated from Danish": a paper of the one country whose language it
            # is, where its unqualified ministers are that country's ("Defence Minister Anders Krogh
            # Nielsen calls …").
            self.dateline_side = blocs.pop()
        if dateline is None and (by := _BYLINE_IN.search(text, 0, 600)) is not None:
            # "By Katrin Wehling in Sumy Oblast and Bae Ji-yeon in Seoul": where the byline puts its
            # reporters is where the report is, when all of it is one bloc's.
            blocs = {a.side for place in _re(r"\bin\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})").findall(by.group(0))
                     for _, _, a in self.actors.find(place)}
            if len(blocs) == 1 and (bloc := blocs.pop()) in _PARTISAN:
                self.dateline_side = bloc
        if dateline is None and self.dateline_side is None and (placed := _BYLINE_PLACE.search(text, 0, 600)) is not None:
            # "By Tobias Wrenfield | Kyiv, 14 March 2026": a byline that gives where and when it
            # was filed is the report's dateline.
            blocs = {a.side for _, _, a in self.actors.find(placed.group(1))} or {town_bloc(placed.group(1))}
            if len(blocs) == 1 and (bloc := blocs.pop()) in _PARTISAN:
                self.dateline_side = bloc
        # The article's own writers ("By Tomas Reinholt, Northshore News"): a transcript's label
        # "REINHOLT (voice-over):" is the outlet's own voice.
        # (A podcast's "Hosted by Claire Dunmore | Frontline Weekly": its host is the outlet's.)
        byline = _BYLINE.search(text[:600]) or _HOSTED_BY.search(text[:600])
        if byline is None and (host := _PROGRAMME_WITH.search(text, 0, 300)) is not None \
                and f"\n{host.group(1).upper()}:" in text:
            byline = host   # whose name then labels the host's turns: "GREG MADDEN: …"
        self._full_names = None   # Korean full names in the text, for a bare family name
        self._letters = None   # anonymised sources called by a letter ("Soldier A"), by letter
        self._lettered_sides: dict = {}   # their blocs, by name
        self._commenters: dict = {}   # readers commenting under a story, by name and comment
        self._members: dict = {}   # senders of a chat's or a page's messages, by name
        self._spelt: dict = {}   # acronym -> the alias it stands for ("NIS": "national intelligence service")
        self._acronyms: dict | None = None   # acronyms the article defines: "(MIDD)" -> its body
        self._initials: dict = {}
        self._label_names: dict = {}   # a transcript label's first name -> the full name it was given first
        self.byline_names = frozenset(_re(r"[A-Z][\w'’-]+").findall(byline.group(1) or byline.group(2))) \
            if byline else frozenset()
        self.own_voices: set = set()   # surnames of the outlet's own presenters met under a label
        self.own_voices.update(m.group(1).split()[-1].title() for m in _HOST_WELCOME.finditer(text, 0, 2000))
        # The outlet's own staff the text introduces: "by our Seoul correspondent Min-seo Park".
        self.staff_names = frozenset(m.group(1).split()[-1] for m in _OUR_STAFF.finditer(text)) if "our " in text.lower() \
            else frozenset()
        self.publications: set | None = None   # initials and names of publications the text names
        self._outlet_self: frozenset | None = None   # the names the outlet calls itself by ("told CDW")
        # Without a dateline, where the opening paragraphs place the story: "Kostromino, a town
        # some 300 kilometres north-east of Moscow".
        near = _DISTANCE_OF.search(text[:2000]) if self.dateline_side is None else None
        found = [a.side for _, _, a in self.actors.find(near.group("place"))] if near else []
        self.framing_side = self._framing_side(text[:3000])
        self._own_forces: str | None = None
        self._channels: dict = {}   # video channels, by name
        self.setting_side = (found[-1] if found else None) or self.framing_side
        # The region a local story's headline names ("Sumy Region on 17 March: Drone Kills Woman in
        # Bilopillia"): where its regional and community officials speak from, when nothing nearer says.
        headline = text[:text.find("\n")] if "\n" in text else text
        if headline.rstrip()[-1:] in ".!?" and "\n" in text:
            # A monitor's or aggregator's own first sentence: the headline is the line under it.
            headline = text[len(headline) + 1:].lstrip("\n").partition("\n")[0]
        blocs = {a.side for _, _, a in actors.find(headline) if a.type == "place"}
        self.headline_side = blocs.pop() if len(blocs) == 1 else None
        self.learned = self._learn_places(text)
        # The bloc Western think tanks belong to, in this config's side ids.
        self._western = next((a.side for _, _, a in actors.find("Western")), None)
        self._learned_re = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(self.learned, key=len, reverse=True)))
                                      + r")\b") if self.learned else None
        # (Last: placing an intercepted call's publisher needs the dateline and the places above.)
        self.broadcast = self._monitored_broadcaster(text) or self._intercept_publisher(text)

    def _framing_side(self, opening: str):
        """The bloc whose words the journalist's own narration uses for the war, None if neither:
        a regional paper that writes of "the zone of the special military operation" outside
        quotes reports from Russia even when its town is unknown."""
        low = opening.lower()
        if not any(word in low for word in _FRAMING_WORDS) or not _FRAMING_LOW.search(low):
            return None   # most articles: no framing words at all (a speed-up only)
        own = _mask(opening, [(a, b) for a, b, _ in _quote_spans(opening)])
        blocs = {side for side, words in _FRAMING.items() for m in words.finditer(own)
                 if not _DISTANCED.search(own, max(0, m.start() - 30), m.start())}
        blocs &= set(self.actors.sides)
        return blocs.pop() if len(blocs) == 1 else None

    def _learn_places(self, text: str) -> dict:
        """Return {place: side} for the towns the article introduces with their country."""
        learned = {}
        for m in _PLACE_INTRO.finditer(text):
            name = m.group("a") or m.group("b") or m.group("c")
            if self.actors.find(name):
                continue   # a known actor or place
            holder = _HELD_BY.search(text, max(0, m.start() - 30), m.end())
            if holder and holder.group(1) == "Russian":
                continue   # an occupied town
            if holder:
                # "Khotin, a Ukrainian-held town …", "the Ukrainian-held town of Khotin": Kyiv's side.
                side = [a.side for _, _, a in self.actors.find(holder.group(1))][:1]
                if side and learned.get(name, side[0]) == side[0]:
                    learned[name] = side[0]
                continue
            if _HELD.search(text[max(0, m.start() - 30):m.start()]):
                continue   # an occupied town
            if m.group("adj"):
                side = [a.side for _, _, a in self.actors.find(m.group("adj"))]
            else:
                where = m.group("b_where") if m.group("b") else m.group("c_where")
                # "Kalynivets, a river city of some 200,000 people in central Ukraine": the place
                # after "in" or "near" before a mere "of".
                inside = (_re(r"\b(?:in|near)\s+(.*)").search(where) or _re(r"\bof\s+(.*)").search(where)) if where else None
                if inside is None or _HELD.search(inside.group(1)):
                    continue
                text_in = inside.group(1)
                side = [a.side for s_, e_, a in self.actors.find(text_in)
                        if a.type == "place" or a.name.split()[0] in ("Ukraine", "Russia")
                        or text_in[s_:e_] in ("Ukraine", "Russia")][:1] or \
                    [a.side for _, _, a in self.actors.find(text_in[:30])]
            if side and side[0] != self.actors.default_side and learned.get(name, side[0]) == side[0]:
                learned[name] = side[0]
            elif side:
                learned[name] = None   # placed on both sides: unknown
        return {k: v for k, v in learned.items() if v}

    def place_sides(self, text: str, *, scene: bool = False, capitals: bool = False) -> list[str]:
        """Return the sides of the places in ``text``, known or learned from the article, in order.

        With ``scene``, places after "near" or "to" are left out: "men who vanished in assaults
        near Chasiv Yar" names where the fighting was, not where the speaker is. With ``scene``
        or ``capitals``, a capital after "in" is a place ("a hospital pharmacist in Seoul"), not
        its government.
        """
        found = [(a_start, a.side) for a_start, _, a in self.actors.find(text) if a.type == "place"]
        if self._learned_re is not None:
            found += [(m.start(), self.learned[m.group(0)]) for m in self._learned_re.finditer(text)]
        if scene:
            # Nor after "to": "North Korea sent troops to Kursk" names a destination.
            found = [(at, side) for at, side in found if not text.endswith(("near ", " to "), 0, at)]
        if scene or capitals:
            # "In Kyiv, Oksana Melnyk has waited …": a capital after "in" is a place here.
            found += [(m.start(1), a.side) for m in _IN_CAPITAL.finditer(text)
                      for _, _, a in self.actors.find(m.group(1))[:1]]
        return [side for _, side in sorted(found)]

    def remember(self, sp: _Speaker):
        """Remember a mention that is not a speaker (yet): "the channel said" may mean it."""
        self.tick += 1
        sp.order, sp.paragraph = self.tick, self.paragraph
        self.mentions = (self.mentions + [sp])[-6:]
        if sp.kind == "institution":
            self.bodies[sp.name] = sp

    def body_named_here(self, head: str) -> _Speaker | None:
        """The body a lower-case "the office" means when its paragraph, before this unit, names one
        ("a deputy director of the National Security Office"): the one remembered by that name."""
        para = self.text[self.text.rfind("\n", 0, self.unit_start) + 1: self.unit_start]
        named = list(_re(r"(?:[A-Z][\w'’-]*\s+){1,3}" + head.capitalize() + r"\b").finditer(para))
        if not named:
            return None
        name = named[-1].group(0)
        return next((b for b in reversed(list(self.bodies.values())) if name in b.name), None)

    def note_mention(self, masked: str):
        """Remember the actor a unit opens with: later "the ministry" or "a spokesman" may mean it."""
        kin = _KIN_NAME.match(masked) if "," in masked else None
        if kin is not None:
            # "In Sosnivka, Kovalchuk's mother, Halyna, learned of the ruling": the woman the next
            # "she said" means, a private person of where the scene is (guide 5).
            sp = _Speaker(kin.group("name"), self.scene_side(self.unit_start + kin.start("kin")) or self.actors.default_side,
                          "person", context=masked, gender=_KIN_GENDER[kin.group("kin")])
            self.remember(sp)
            return
        sign = _GOES_BY.search(self.unit_text) if " by the " in self.unit_text or "call sign" in self.unit_text else None
        if sign is not None:
            # "… is a senior lieutenant in a drone company on the Sumy border who goes by the call
            # sign “Lys”": the next "he says" is his, placed where the description puts him.
            described = self.unit_text[max(0, sign.start() - 160):sign.start()]
            blocs = {a.side for _, _, a in self.actors.find(described) if a.type != "place"} & set(_PARTISAN)
            places = self.place_sides(described, scene=True)
            side = blocs.pop() if len(blocs) == 1 else places[-1] if places else None
            if side is not None:
                self.remember(self.learn_call_sign(sign.group("name"), side, masked))
                return
        met = _MET_PERSON.search(masked) if " met " in masked or "spoke " in masked or "interview" in masked else None
        if met is not None:
            # "Last week I met a former North Korean army officer who defected to the South in 2019":
            # whom the next "he told me" means, placed as the resolver places such a person.
            sp = self.resolve(met.group("np"), anaphora=False)
            if sp is not None and sp.kind in ("person", "role") and sp.side in _PARTISAN:
                self.remember(sp)
                return
        one = _ONE_NAME_OPENS.match(masked) if self.call_signs else None
        if one is not None and one.group(1) in self.call_signs:
            # "Lys, the Ukrainian lieutenant, laughs when …": a person known by a call sign, placed before.
            self.remember(_Speaker(one.group(1), self._first_mention[one.group(1)], "person", context=masked))
            return
        unnamed = _UNNAMED_PERSON.match(masked) if masked[:1] in "AOT" else None
        if unnamed is not None:
            # "A Russian officer reached by KOMPASS by telephone paints a different picture. The
            # man, a major in a motorized rifle brigade, …": whom "the major said" means next, of
            # the bloc the first description names.
            role = unnamed.group("role") or unnamed.group("role2")
            if unnamed.group("bloc"):
                blocs = {a.side for _, _, a in self.actors.find(unnamed.group("bloc"))} & set(_PARTISAN)
                side = blocs.pop() if len(blocs) == 1 else None
            else:
                earlier = next((m for m in reversed(self.mentions) if m.kind == "role"
                                and self.paragraph - m.paragraph <= 1), None)
                side = earlier.side if earlier is not None else None
            if side is not None:
                self.remember(_Speaker(("the " if not unnamed.group("bloc") else "") + role, side, "role",
                                       named=False, context=masked))
                return
        courtesy = _COURTESY_SUBJECT.match(masked)
        if courtesy:
            # "Ms. Ri watched the footage …": the woman the next "she said" means.
            surname = courtesy.group("name")
            self.remember(_Speaker(surname, self._side_from_first_mention(surname) or self.actors.default_side,
                                   "person", context=masked, gender=_TITLE_GENDER[courtesy.group("title").lower()]))
            return
        if masked.startswith("For ") and _NAME_SUBJECT.match(masked, 4):
            # "For Helena Castilho Moura, professor of …, the deployment changed the war": whose view
            # it is, the one the next "she said" means.
            masked = masked[4:]
        scene = _SCENE_OPENING_RE.match(masked)
        if scene and _NAME_SUBJECT.match(masked, scene.end() + 1):
            # "In Seoul, Park Ji-yeon, a senior fellow at …, keeps a spreadsheet": the person, not the place.
            masked = masked[scene.end():].lstrip()
        hits = self.actors.find(masked[:80])
        hits = [h for h in hits if self.actors_type_ok(h[2])]
        if not hits:
            named = _NAME_SUBJECT.match(masked)
            name = named and (named.group("name") or (
                named.group("first") if _PERSON_APPOSITIVE.match(masked, named.end()) or any(
                    _GIVEN_BEFORE.search(self.text, max(0, at - 40), at)
                    for at in _bounded(self.text, named.group("first"), 0, self.unit_start)) else None))
            bare = not name and _BARE_SURNAME.match(masked)
            if bare and any(_GIVEN_BEFORE.search(self.text, max(0, at - 40), at)
                            for at in _bounded(self.text, bare.group(1), 0, self.unit_start)):
                name = bare.group(1)   # "Kessler began with the size of the force": introduced in full before
            if name and name.split()[0].lower() not in _NOT_NAMES:
                # "In Vinnytsia, Iryna Kovalchuk has waited …": a person the next "she said" may mean.
                sp = _Speaker(name, self._side_from_first_mention(name) or self.actors.default_side, "person",
                              context=masked)
                self.tick += 1
                sp.order, sp.paragraph = self.tick, self.paragraph
                self.mentions = (self.mentions + [sp])[-6:]
                return
            m = _ROLE_NP.search(masked[:80])
            if m and _head(m.group(0)) in INDIVIDUAL_ROLES:
                # "In the clip, the soldier … gives a thumbs-up": a relayed person, for "he says".
                sp = self._with_channel(_Speaker(m.group(0), self.actors.default_side, "role",
                                                 named=False, context=masked))
                self.tick += 1
                sp.order, sp.paragraph = self.tick, self.paragraph
                self.mentions = (self.mentions + [sp])[-6:]
            return
        norm = masked.replace("’", "'")
        titled = _TITLE_COMMA_NAME.match(masked)
        person = None
        opener = _NAME_SUBJECT.match(masked) if not titled else None
        if opener and opener.group("name") and opener.end() <= hits[0][0] \
                and not self.actors.find(opener.group("name")) and opener.group("name").split()[0].lower() not in _NOT_NAMES:
            # "Lt. Gen. Oleksandr Marchuk, who retired from Ukraine's General Staff, went first. He
            # said …": the person the unit opens with, whom the body named after him places.
            name = opener.group("name")
            person = _Speaker(name, self._side_from_first_mention(name) or self.actors.default_side, "person",
                              context=masked)
        bare = _BARE_SURNAME.match(masked) if person is None and not titled else None
        if bare and bare.end() <= hits[0][0] and any(_GIVEN_BEFORE.search(self.text, max(0, at - 40), at)
                                                     for at in _bounded(self.text, bare.group(1), 0, self.unit_start)):
            # "Hrytsenko laughed when I read her the KCNA commentary": the person introduced in full
            # before, not the agency the sentence goes on to name.
            person = _Speaker(bare.group(1), self._side_from_first_mention(bare.group(1)) or self.actors.default_side,
                              "person", context=masked)
        if titled and not self.actors.find(titled.group("name")):
            # "Ukraine's ambassador, Yevheniia Kostenko, opened the exchange": she is whom the next
            # "she said" means, after the bloc her title names.
            name = titled.group("name")
            person = _Speaker(name, self._side_from_first_mention(name) or self.actors.default_side, "person",
                              context=masked)
            hits = [h for h in hits if h[0] < titled.start("name")]
        for n, (s, e, actor) in enumerate(hits[:3]):
            if n and _LOCATIVE.search(norm, max(0, s - 12), s):
                continue   # "The Russian embassy in Seoul … It said": where the body sits, not a body
            # "Kremlin spokesman Dmitry Peskov spoke": both the Kremlin and Peskov are mentioned.
            # The context runs to the end of the noun phrase: "Russia's defence ministry", "Ukraine's
            # Coordination Headquarters for …", so that "the ministry" can find it later.
            end = _PHRASE_END.search(norm, e, e + 60)
            namesake = self._namesake(norm[s:e], actor) if actor.type == "person" and e - s <= 6 \
                and " " not in norm[s:e] else None
            # ("Kim, who crossed the Tumen River …, spoke for nearly 40 minutes" after "the Rev. Kim
            # Song-chol" said: the pastor, not Kim Jong Un, when the article has placed him.)
            sp = namesake if namesake is not None and namesake.named else _Speaker(self._display(actor, norm, s, e), actor.side, actor.type,
                                      context=norm[s:end.start() if end else e + 60], named=actor.type != "group")
            # (Not an adjective before a name: "North Korea's official Korean Central News Agency".)
            head = _re(r"\s+([a-z]+)\b(?!\s+[A-Z])").match(norm, e) if actor.type == "institution" else None
            if head is not None and head.group(1) in _ONE_PERSON:
                # "The HUR officer, who asked not to be named, gave us …": one of the body's people,
                # whom the next "he said" means.
                sp = _Speaker(norm[s:head.end()], actor.side, "role", named=False, context=norm[s:head.end()])
            sp.paragraph = self.paragraph
            self.tick += 1
            sp.order = self.tick
            self.mentions = (self.mentions + [sp])[-6:]
        if person is not None:
            self.tick += 1
            person.order, person.paragraph = self.tick, self.paragraph
            self.mentions = (self.mentions + [person])[-6:]

    def _ukrainian_unit(self, phrase: str) -> _Speaker | None:
        """A unit named the Ukrainian way ("the 167th Separate Assault Brigade"), or "the brigade"
        when the sentence or the one before named one: Ukraine's armed forces (guide 5)."""
        m = _UKRAINIAN_UNIT.search(phrase)
        if m is None and phrase.lower().endswith(("the brigade", "the battalion", "the regiment")):
            # (And its voice: "The press service of the brigade described that information as …".)
            near = self.text[max(0, self.unit_start - 400): self.unit_start + len(self.unit_text)]
            m = next((u for u in _UKRAINIAN_UNIT.finditer(near)
                      if (u.group("head") or u.group("head2")).lower() == phrase.split()[-1].lower()), None)
        if m is None and phrase.lower().endswith(("the brigade", "the battalion", "the regiment")):
            # "… serves in a Russian marine brigade. A spokesman for the brigade said": the unit
            # the sentences before placed.
            near = self.text[max(0, self.unit_start - 600): self.unit_start]
            placed = [u for u in _BLOC_UNIT.finditer(near) if u.group("head").lower() == phrase.split()[-1].lower()]
            sides = [a.side for _, _, a in self.actors.find(placed[-1].group("bloc"))] if placed else []
            if sides and sides[0] in _PARTISAN:
                return _Speaker(phrase, sides[0], "institution", context=self.unit_text)
        if m is None:
            return None
        side = next((a.side for _, _, a in self.actors.find("Ukraine")), self.actors.default_side)
        return _Speaker(m.group(0), side, "institution", context=self.unit_text)

    @staticmethod
    def actors_type_ok(actor) -> bool:
        return actor.type not in ("group", "place")

    @staticmethod
    def _display(actor, text: str, start: int, end: int) -> str:
        """The name to show for ``actor`` found at ``text[start:end]``: a person's full name, else the
        words as written, with the body a possessive names ("Ukraine's foreign ministry", so that
        "the ministry" finds it later)."""
        if actor.type == "person":
            return actor.name
        owned = _OWNED_HEAD.match(text, end) if text.endswith("'s", start, end) else None
        return text[start:owned.end() if owned else end]

    def channel_of(self, phrase: str):
        hits = self.actors.find(phrase)
        local = _LOCAL_MEDIA.search(phrase) if not hits else None
        if local:
            # "the local Telegram channel Krasnoborsk Today": a side's local media are that side's
            # (guide 5), as the report places the town.
            side = self.scene_side(self.unit_start)
            if side is not None:
                self.remember(_Speaker(local.group("name"), side, "channel", context=phrase))
                return local.group("name"), side
        if not hits:
            # "a pilot called Kit played me a recording": a person the report has placed relays
            # for his side, like an institution (guide 4, "the channel decides").
            named = _CALLED.search(phrase)
            sp = self.resolve(named.group(1) if named else phrase, anaphora=False)
            if sp is not None and sp.side in _PARTISAN and sp.kind in ("person", "role"):
                return sp.name, sp.side
            return None
        s, e, actor = hits[-1]
        name = _clean(phrase) if actor.type == "group" else self._display(actor, phrase.replace("’", "'"), s, e)
        return name, actor.side

    def section_source(self, name: str, desc: str) -> _Speaker | None:
        """The channel a digest's section line names ("Rybar (pro-Kremlin, 1.3m subscribers)"),
        placed by the actors or by what the brackets say it is; None when neither places it."""
        sp = self.resolve(name, anaphora=False)
        if sp is not None and sp.side in _PARTISAN:
            return _Speaker(sp.name, sp.side, "channel", named=True)
        # (What the brackets say it is, not a place they name: "Portal:Current events (Kursk front)".)
        blocs = {a.side for _, _, a in self.actors.find(desc) if a.side in _PARTISAN and a.type != "place"}
        if not blocs and _Z_BLOGGER.search(f"{name} {desc}"):
            blocs = {"russia"}
        return _Speaker(name.strip(), blocs.pop(), "channel", named=True) if len(blocs) == 1 else None

    def item_source(self, who: str, *, any_side: bool = False) -> _Speaker | None:
        """The news agency a digest item names in brackets at its end ("(TASS)"), when the actors
        list it as a bloc's media or body (with ``any_side``, a Western wire too); None otherwise."""
        hits = [a for s, e, a in self.actors.find(who) if a.type in ("media", "institution") and e - s >= len(who.strip()) - 1]
        if not hits or not (any_side or (hits[0].side in _PARTISAN and hits[0].name != "Western media")):
            return None   # (a Western wire relays for neither bloc)
        return _Speaker(who.strip(), hits[0].side, "media", named=True)

    def interview_publisher(self, before: int) -> _Speaker | None:
        """The publication whose interview the article gives, when it is not the article's own
        ("The pro-Kremlin daily Krasny Rubezh last week published a long interview with …")."""
        # (The costly scan only when the words it ends on are there.)
        m = next(reversed(list(_INTERVIEW_PUBLISHED.finditer(self.text, 0, before))), None) \
            if _INTERVIEW_WITH.search(self.text, 0, before) else None   # the last before
        ch = self.channel_of(m.group("who")) if m else None
        if ch is None or ch[1] not in _PARTISAN:
            return None
        proper = _re(r"(?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+\s*$").search(m.group("who"))   # "Krasny Rubezh", not "pro-Kremlin"
        return _Speaker(proper.group(0).strip() if proper else ch[0], ch[1], "media")

    def interviewee(self, before: int) -> _Speaker | None:
        """Return the person an interview before ``before`` introduces, None if none is named."""
        intro = self.text[:before]
        name = None
        gave = _GAVE_ANSWER.search(intro) if "the following" in intro else None
        if gave is not None and (sp := self.resolve(gave.group("who"), anaphora=False)) is not None and sp.side in _PARTISAN:
            # "A spokesperson for the Foreign Ministry of the DPRK gave the following answer to a
            # question raised by KCNA": the one who answers, as the record's lead says.
            return sp
        for cue in reversed(list(_INTERVIEWEE.finditer(intro))):
            named = _TITLED_PERSON.match(intro, cue.end())
            if named and _PUBLICATION.match(intro, cue.end()):
                continue   # "He spoke to The Meridian Review": the outlet is who asks, not who answers
            if named:
                name = named.group(1)
                break
        else:
            starred = _STARRED_NAME.search(intro)
            if starred is not None:
                # "Lyudmila*, a retired school librarian from the Korenevo district, …": a name the
                # outlet marks as changed is the interviewee's, whoever else the introduction names.
                name = starred.group(1)
        if name is None:
            # "Dr. Aino Lindqvist, a senior fellow at …, has spent that year …": the person the
            # introduction presents.
            # (Not a time: "On Tuesday, a Ukrainian drone …".)
            presented = [m for m in _PRESENTED.finditer(intro)
                         if (m.group("name") or m.group("name2")).split()[0].lower() not in _TIME_WORDS]
            # "a 38-year-old lieutenant colonel with the call sign Taiga, agreed to speak": the name
            # the introduction gives the interviewee.
            sign = list(_CALL_SIGN.finditer(intro))
            if sign and (not presented or sign[-1].start() > presented[-1].start()):
                name = sign[-1].group(1)
            elif presented:
                name = presented[-1].group("name") or presented[-1].group("name2")
            else:
                # "*Kirill Abashin spent 19 years in the Russian army …*": a standfirst that opens
                # with the interviewee's name and what he did.
                opened = list(_OPENS_WITH_PERSON.finditer(intro))
                name = opened[-1].group("name") if opened else None
        if name is None and (own := _SELF_INTERVIEW.search(self.text, 0, min(before, 800))) is not None:
            # An embassy's "Press Secretary's comment in connection with a media question" under the
            # page's masthead, "Embassy of the Russian Federation in the United Kingdom": the press
            # secretary answers, for the mission the masthead names.
            # (The country it names first: the one in whose capital it sits comes after.)
            masthead = self.text[:self.text.find("\n")]
            first = next((a for _, _, a in self.actors.find(masthead) if a.side in _PARTISAN), None)
            if first is not None and _re(r"\b(?:Embassy|Mission|Consulate|Delegation)\b").search(masthead):
                return _Speaker(own.group("who"), first.side, "person", named=True)
        if name is None:
            return self.people[-1] if self.people else None
        side = self._side_from_first_mention(name)
        return _Speaker(name, side or self.actors.default_side, "person", named=side is not None)

    def _monitored_broadcaster(self, text: str):
        """(name, side) of the broadcaster whose programme the article gives in translation ("The
        transcript below has been translated from Russian"; "Rodina-24, one of Russia's main state
        television channels, …"), None when the transcript is the outlet's own."""
        source = _MONITOR_SOURCE.search(text, 0, 3000)
        if source is None and (("ranslat" not in text[:4000] and "ubtitle" not in text[:4000])
                               or not _TRANSLATED_TRANSCRIPT.search(text, 0, 4000)):
            return None
        for m in _BROADCASTER.finditer(text, 0, 3000):
            known = [a for _, _, a in self.actors.find(m.group("name")) if a.side in _PARTISAN]
            # ("a state-owned regional channel in Russia's Kursk region": where it is, too)
            where = _re(r"[^,.;\n]{0,60}").match(text[m.end():]).group(0)
            blocs = {a.side for _, _, a in self.actors.find(m.group("desc") + where) if a.side in _PARTISAN}
            side = known[0].side if known else blocs.pop() if len(blocs) == 1 else None
            if side is not None:
                return m.group("name"), side
        for m in _BROADCASTER_AFTER.finditer(text, 0, 3000):
            known = [a for _, _, a in self.actors.find(m.group("name")) if a.side in _PARTISAN]
            if known:
                return m.group("name"), known[0].side
        if source is not None:
            # The monitor's source line names the channel and the city it broadcasts from.
            known = [a.side for _, _, a in self.actors.find(source.group("name")) if a.side in _PARTISAN]
            side = known[0] if known else (self.place_sides(source.group("city"), capitals=True)
                                           or [town_bloc(source.group("city"))])[0]
            if side in _PARTISAN:
                return source.group("name"), side
        return None

    def _intercept_publisher(self, text: str):
        """(name, side) of the body that published the intercepted call whose transcript the
        article gives ("Ukraine's Security Service (SBU) on Tuesday published what it said was an
        intercepted phone call …"): every labelled voice of the call reaches the article through
        it (guide 4, channel; 5, the channel decides); None without such a call."""
        if "ntercept" not in text[:3000] and "chat" not in text[:3000]:
            return None
        m = _INTERCEPT_PUBLISHED.search(text, 0, 3000)
        if m is None:
            return None
        return self.channel_of(m.group("by") or m.group("by2"))

    def labelled(self, label: re.Match, at: int) -> _Speaker | None:
        """Return who a transcript's speaker label names ("MAJOR OLEH DANYLIUK, UKRAINIAN ARMY
        (through interpreter):"); None for the outlet's own anchor or correspondent. ``at`` is where
        the labelled paragraph starts: a name the text introduced before it places the label."""
        sp = self._labelled(label, at)
        if label.group("label").strip() in ("The President", "The Chair", "The Chairman", "The Chairperson") \
                and (chair := _re(r"(?m)^(?:President|Chair(?:man|person)?):\s+[^\n()]{2,60}\(([^()\n]{2,40})\)\s*$").search(self.text, 0, at)):
            # A verbatim record's "The President:", named in its header ("President: Mr. Leavasa
            # (Samoa)"): the presiding officer, placed by the country he comes from, most often of
            # neither bloc.
            blocs = {a.side for _, _, a in self.actors.find(chair.group(1)) if a.side in _PARTISAN}
            return _Speaker(label.group("label").strip(), blocs.pop() if len(blocs) == 1 else self.actors.default_side,
                            "person", named=False)
        if sp is not None and sp.side not in _PARTISAN:
            # A verbatim record's delegate, "Mr. Zavyalov (Russian Federation) (spoke in Russian):":
            # the delegation his label names (not the language he spoke in).
            line = self.text[at:self.text.find("\n", at) % (len(self.text) + 1)][:label.end() - label.start() + 80]
            named = [(m.group(1), a.side) for m in _re(r"\(([^()\n]{3,60})\)").finditer(line[:line.find(":") + 1])
                     if not _re(r"(?i)spoke|interpret|translat|on\s+behalf").match(m.group(1))
                     for _, _, a in self.actors.find(m.group(1)) if a.side in _PARTISAN]
            if len({side for _, side in named}) == 1 and line.find(":") > 0:
                # (The delegation stays in the name: "Mr. Ri Chol Jun (Democratic People's Republic of
                # Korea)" speaks of Pyongyang's soldiers when he says "our soldiers".)
                sp = _Speaker(f"{sp.name} ({named[0][0]})", named[0][1], "person", named=True)
        if self.broadcast is not None and not _OUTLET_NOTE_LABEL.search(label.group("label")):
            # A monitored broadcast in translation (guide 4, channel; 4.12): its anchor and
            # correspondents are the broadcaster's voice, and everyone on air reaches the article
            # through it (the channel decides).
            name, side = self.broadcast
            words = label.group("label").title().partition(",")[0]
            sp = _Speaker(sp.name if sp is not None else " ".join(words.split()), side,
                          sp.kind if sp is not None else "person", channel=name, named=False)
        return sp

    def captioned(self, name: str, title: str, at: int) -> _Speaker | None:
        """Who a broadcast's caption "[Name / Title]" shows: a defector where they now live, else
        where the article introduced them, else as a transcript's label would place them."""
        side = None
        if _DEFECTOR.search(title) or "defector" in title.lower():
            side = self._defector_home(name) or next((a.side for _, _, a in self.actors.find("South Korea")), None)
        if side is None:
            side = self._side_from_first_mention(name)
        if side is not None:
            return _Speaker(name, side, "person")
        return self.labelled(_Match(0, 0, label=f"{name}, {title}"), at)

    def interviewer_label(self, label: str) -> bool:
        """Whether a transcript label is the publication the interview is for, by its initials ("MR:"
        for The Meridian Review, named before) or its name ("MERIDIAN REVIEW:"): the interviewer."""
        letters = label.replace(".", "").replace(" ", "")
        if not letters.isalpha() or not letters.isupper():
            return False
        named = self.initials_name(letters)
        if named is not None and named.split()[-1] in self.byline_names:
            return True   # "HV:" for Hanna Vestergaard, who wrote the piece: the interviewer
        if self.publications is None:
            self.publications = set()
            for m in _PUBLICATION.finditer(self.text):
                words = [w for w in m.group(1).split() if w[0].isupper()]
                self.publications.update(("".join(w[0] for w in words).upper(), "".join(words).upper()))
        return letters in self.publications

    def initials_name(self, letters: str) -> str | None:
        """The person the text names first whose initials a label is ("GS:" for Gennady Sorokin)."""
        if not 2 <= len(letters) <= 3 or not letters.isupper():
            return None
        if letters not in self._initials:
            self._initials[letters] = next(
                (name for m in _INITIALED_NAME.finditer(self.text) for name in (m.group(1), m.group(1).rsplit(" ", 1)[0])
                 if "".join(w[0] for w in name.split()) == letters),
                None)
        return self._initials[letters]

    def _numbered_person(self, role: str, number: str, at: int) -> str | None:
        """The person an introduction before ``at`` gives a numbered label, with what it says they
        are: "Speaker one on our panel list, Major Dmytro Yarema, is an officer of Ukraine's
        military intelligence agency" for "Speaker 1:"; None when it names nobody."""
        n = int(number)
        spelt = _NUMBER_WORDS[n] if n < len(_NUMBER_WORDS) else number
        m = re.search(rf"\b(?i:{role})\s+(?:{n}|{spelt})\b(?:[^\n.]|\.(?=\s[A-Z][a-z])){{0,60}}?"
                      r"\b((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)(?P<desc>[^\n]{0,200})", self.text[:at])
        if m is None:
            return None
        # What the sentence says they are, up to a relative clause ("…, who has spent the past
        # year questioning North Korean prisoners" is what they do, not whose they are).
        desc = _re(r"(?<![A-Z][a-z])(?<![A-Z])[.!?](?:\s|$)|,\s+(?:who|which|that)\b").split(m.group("desc"))[0]
        desc = _re(r"^[,\s]*(?:is|was|are)?\s*").sub("", desc)
        return f"{m.group(1)}, {desc}" if desc else m.group(1)

    def _labelled(self, label: re.Match, at: int) -> _Speaker | None:
        raw = label.group("label")
        # (A body's acronym the actors config knows stays one: "KCNA:", "SBU:"; not "HOST:".)
        head = raw.partition(",")[0]
        # (A title in mixed case keeps its own spelling: "Commander of the Sever Group of Forces …".)
        # (Each word in capitals is cased, but an acronym the actors config knows stays one: "NATO
        # SECRETARY GENERAL:" is NATO's Secretary General.)
        words = raw if (head.isupper() and head in self.actors.lookup) or (not raw.isupper() and "," not in raw) else \
            _re(r"(?<=[’'])S\b").sub("s", _re(r"[^\W\d_]+").sub(
                lambda w: w.group(0) if len(w.group(0)) > 1 and w.group(0) in self.actors.lookup else w.group(0).title(),
                raw))   # "Korean People's Army"
        numbered = _NUMBERED_SPEAKER.fullmatch(words)
        if numbered:
            words = self._numbered_person(numbered.group(1), numbered.group(2), at) or words
        first = words.split()[0] if words.split() else ""
        sign = _re(r"[“\"]([\w'’-]+)[”\"]").search(words)
        if sign:
            self._label_names.setdefault(sign.group(1), words)   # "TUMAN:" after "SERGEANT, CALL SIGN “TUMAN”, …:"
        if len(words.split()) > 1 and "," not in words:
            self._label_names.setdefault(first, words)
        elif words in self._label_names:
            words = self._label_names[words]   # "Taras:" after "Taras Lysenko:"
        elif _re(r"[A-Z][a-z'’-]+").fullmatch(words):
            # "Guest — Tomasz (Warsaw):" after "Our outside guest is Tomasz Wrona, a senior fellow …":
            # a first name the introduction gave in full.
            full = next(filter(None, (_NAME_AFTER.match(self.text, end, at)
                                      for end in _bounded(self.text, words, 0, at, ends=True))), None)
            words = f"{words} {full.group(1)}" if full else words
        full = self.initials_name(label.group("label").replace(".", "").replace(" ", ""))
        if full is not None:
            words = full   # "GS:" after "Gennady Sorokin, 64, retired from the Russian army …"
        name, _, description = words.partition(",")
        surname = name.split()[-1] if name.split() else ""
        # (Not another side's correspondent the article introduced: "the Russian war correspondent
        # Artyom Velichko" under "ARTYOM VELICHKO, WAR CORRESPONDENT:".)
        theirs = _OWN_PRESENTER.search(words) and surname not in self.byline_names \
            and next(_bounded(self.text, name.strip()), None) is not None \
            and self._side_from_first_mention(name.strip()) in _PARTISAN
        # (Nor another side's broadcaster's host, "ARKADY VOLSKY, ROSSIYA-1 HOST": the outlet the
        # label names.)
        # ("ROSSIYA-1 CORRESPONDENT (through interpreter):": the outlet named before the role.)
        outlet = [a for _, _, a in self.actors.find(words.partition(",")[2] if "," in words else words)
                  if a.type == "media" and a.side in _PARTISAN] if _OWN_PRESENTER.search(words) else []
        if outlet and surname not in self.byline_names:
            return _Speaker(" ".join(name.split()), outlet[0].side, "person", channel=outlet[0].name, named=True)
        role = _CATALOGUE_ROLES.get(label.group("label").strip().upper())
        if role is not None and (entry := _re(r"(?m)^" + role + r":\s*(?P<desc>[^\n]{3,300})$").search(self.text, 0, at)):
            # An oral history's "INT:" and "NAR:", named in its catalogue ("Interviewer: …", "Narrator:
            # Andrii H., combat medic with a brigade of the Armed Forces of Ukraine"): the interviewer
            # is the archive's own voice; the narrator is placed by what the catalogue says he is.
            if role == "Interviewer":
                return None
            # (The body he served with, not where he served: "…, combat medic with a brigade of the
            # Armed Forces of Ukraine; served in Russia's Kursk region".)
            bodies = [a.side for _, _, a in self.actors.find(entry.group("desc")) if a.type != "place" and a.side in _PARTISAN]
            places = [b for b in self.place_sides(entry.group("desc"), capitals=True) if b in _PARTISAN]
            side = (bodies or places or [self.actors.default_side])[0]
            return _Speaker(entry.group("desc").split(",")[0].split(" (")[0].strip(), side, "person", named=True,
                            context=entry.group(0))
        if self._record and _PRESIDING.match(name.strip()) and f"\n{name.strip()}:" in self.text:
            # The chair of a sitting in translated minutes ("Vice-President Dr. Helga Brückner:",
            # "Chair (Fujisawa Michio):"): the record's own procedure, not a member's speech.
            return None
        if (_OWN_PRESENTER.search(words) and not theirs) or surname in self.byline_names or surname in self.own_voices:
            # (Once "HANNA LINDQVIST, PRESENTER:", every later "HANNA LINDQVIST:" is the outlet's.)
            self.own_voices.add(surname)
            # ("REPORTER (Cathal Brennock):": the correspondent it names is the outlet's too, under
            # his own name later, "CATHAL BRENNOCK (LIVE, KYIV):".)
            self.own_voices.update(n.split()[-1].title() for n in _re(r"\(([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\)").findall(label.group(0)))
            return None
        blocs = {a.side for _, _, a in self.actors.find(description) if a.side in _PARTISAN}
        if not blocs and description:
            # A caller's town and country ("GARETH, SWANSEA, UK"), placed like a letter's writer.
            raw = label.group("label").partition(",")[2]
            places = [p.strip() for p in raw.split(",") if p.strip()]
            blocs = {a.side for p in places for _, _, a in self.actors.find(p) if a.side in _PARTISAN}
            if not blocs and places:
                town = town_bloc(places[0].title())
                blocs = {town} if town in _PARTISAN else set()
        if not blocs and isinstance(label, re.Match) and _CONGRESS_TAG.search(label.group(0)):
            # "SEN. RUTH CALLOWAY (R-KS):": a member of the US Congress, party and state.
            blocs = {a.side for _, _, a in self.actors.find("US") if a.side in _PARTISAN}
        if not blocs:
            blocs = self._role_label_blocs(label, words, at)
        sp = self.resolve(name, anaphora=False) if not blocs else None
        if sp is not None and sp.side in _PARTISAN:
            # Where the introduction placed the guest, not where the last relay of their words
            # did ("LAVRIN: Ms. Koval tells your viewers …" gives her words to Lavrin's side).
            first = self._side_from_first_mention(sp.name)
            return _Speaker(sp.name, sp.side if first is None else first, "person")
        introduced = None
        if len(blocs) == 1:
            side = next(iter(blocs))   # (the set stays: a label its own words place takes no video's channel)
        else:
            # "Lys:" after "Lys, a Ukrainian artillery officer, spoke to …": placed where introduced
            # (not a dateline's "NEW DELHI:", which nothing before it introduces).
            name = " ".join(name.split())
            # "MR. HALVORSEN:" after "spokesperson Erik Halvorsen": introduced by the surname.
            bare = _HONORIFIC_LEAD.sub("", name, count=1) or name
            introduced = not blocs and name and next(_bounded(self.text, bare, 0, at), None) is not None
            # (A witness introduced as a university scholar speaks for neither bloc, whichever
            # legislature hears her: guide 5, independent experts.)
            expert = introduced and self.is_expert(bare)
            side = (self._side_from_first_mention(bare) if introduced else None) or \
                (self._sitting_side(at) if not blocs and not expert else None) or self.actors.default_side
        sp = _Speaker(" ".join(name.split()), side, "person" if len(name.split()) > 1 else "role", named=False)
        if self.pending_channel is not None and (not (blocs or introduced) or _UNNAMED.match(name)):
            # "UNIDENTIFIED NORTH KOREAN SOLDIER", right after a video the SBU released: the
            # captive on the channel's video (the channel decides).
            sp.channel, sp.side = self.pending_channel
        return sp

    def _role_label_blocs(self, label: re.Match, words: str, at: int) -> set:
        """The bloc of a label that names a role, not a person (guide 4.12, 5): "WITNESS (a
        Ukrainian soldier):" by the words in brackets, a court's "PROSECUTOR:", "JUDGE:" or
        "DEFENCE LAWYER:" by the court's country, "DEFENDANT:" by the bloc the article says the
        accused served ("A Russian colonel … went on trial"). Empty when none of these places it."""
        bracket = _re(r"\(([^)]{1,40})\)").search(label.group(0) or "")
        if bracket and "interpret" not in bracket.group(1):
            blocs = {a.side for _, _, a in self.actors.find(bracket.group(1)) if a.side in _PARTISAN}
            if blocs:
                return blocs
        if (_COURT_ROLE.search(words) or _COURT.search(words)) and self.court_side:
            return {self.court_side}
        if _DEFENDANT.fullmatch(words.lower().strip()) or words.lower().strip() == "accused":
            # (The soldier a trial report describes first is the accused: "A Russian colonel
            # captured … went on trial", before "the witness, a Ukrainian platoon sergeant".)
            accused = self._soldier_bloc(self.text[:at], first=True)
            return {accused} if accused else set()
        return set()

    def set_dateline(self, dateline) -> None:
        """Take ``dateline`` (a :data:`_DATELINE_PLACE` match, or None) as where the report is filed:
        the article's opening one, or a section's in a dispatch from several bureaus."""
        city, country = (dateline.group(1).title(), dateline.group(2) or "") if dateline else ("", "")
        self.dateline = f"{city} {country}".strip()
        # Who holds it decides first ("Russian-occupied"), then the place, a capital that stands
        # for its government ("Seoul", "Moscow"), or the country.
        held_by = _CONTROLLED.match(country)
        if country and not held_by and any(e - s < len(city) for s, e, _ in self.actors.find(city)):
            # "SOMEWHERE IN THE DONETSK REGION, Ukraine —": a place named inside a longer
            # dateline does not outrank the country the dateline gives.
            city = ""
        sides = ([a.side for _, _, a in self.actors.find(held_by.group(1))] if held_by else []) or \
            [a.side for _, _, a in self.actors.find(city) if a.type == "place"] or \
            [a.side for _, _, a in self.actors.find(city)] or [a.side for _, _, a in self.actors.find(country)]
        # (A town the actors list does not name, "SPOKANE VALLEY, Wash.": the country it is in.)
        self.dateline_side = sides[-1] if sides else town_bloc(city) or None
        if city and not sides and "" in (town_bloc(city), town_bloc(_re(r"\s+City$").sub("", city))):
            # "PASAY CITY, Feb. 11 — Senators on Wednesday pressed …": filed from a country of
            # neither bloc, a legislature named without its country is that country's, not the US's.
            self._neutral_home()

    def _neutral_home(self) -> None:
        """Read the text as published in a country of neither bloc: an unqualified "Senate" is not
        the US's, and an unplaced person is not guessed into a bloc from whom their claim names."""
        if not isinstance(self.actors, _HomeLegislature):
            self.actors = _HomeLegislature(self.actors)
        self.neutral_home = True

    def _sitting_side(self, at: int):
        """The bloc of the legislature whose sitting a record before ``at`` gives ("the official
        report of Thursday's debate in the House of Commons"): its members speak under the
        record's labels (guide 4.12, 5); None when no such record is introduced."""
        m = _SITTING_OF.search(self.text, 0, at) or _RECORD_HEADER.match(self.text, 0, min(at, 300))
        blocs = {a.side for _, _, a in self.actors.find(m.group("body"))} & set(_PARTISAN) if m else set()
        if not m:
            # A briefing's transcript is its owner's ("the department's transcript"): the body, or
            # the one a "the department" refers back to.
            m = _TRANSCRIPT_OF.search(self.text, 0, at)
            owner = _OWNER_BEFORE.search(self.text, max(0, m.start() - 80), m.start()) if m else None
            if owner is not None:
                head = owner.group(0).split()[-1].lower()
                before = self.text[:owner.start()] + owner.group(0)
                bodies = [a for b, e, a in self.actors.find(before) if before[b:e].split()[-1].lower() == head]
                blocs = {bodies[-1].side} & set(_PARTISAN) if bodies else set()
        if not blocs and "rovisional" in self.text[:min(at, 1500)] \
                and (held := _PROVISIONAL_TRANSLATION.search(self.text, 0, min(at, 1500))) is not None:
            # A ministry's "provisional translation of the press conference held in Japanese": the
            # government of the language it was held in, whose minister and officials speak in it.
            blocs = {a.side for _, _, a in self.actors.find(held.group(1)) if a.type == "group"} & set(_PARTISAN)
        if not blocs and (header := _COMMITTEE_RECORD.match(self.text, 0, min(at, 1500))) is not None:
            # A committee's Hansard, "FOREIGN AFFAIRS, DEFENCE AND TRADE LEGISLATION COMMITTEE …
            # BY AUTHORITY OF THE SENATE", names no country but the departments that appear before
            # it ("Department of Defence and Department of Foreign Affairs and Trade"): theirs.
            blocs = {a.side for line in header.group(0).split("\n") if _DEPARTMENT_LINE.search(line)
                     for _, _, a in self.actors.find(line) if a.type != "place"} & set(_PARTISAN)
        return blocs.pop() if len(blocs) == 1 else None

    def _known(self, name: str) -> _Speaker | None:
        """The speaker the text already places on a side under ``name``, else None."""
        sp = self.resolve(name, anaphora=False)
        return sp if sp is not None and sp.side in _PARTISAN else None

    def _placed(self, name: str, side: str | None, *, named: bool = True, context: str = "",
                channel: str = "") -> _Speaker:
        """Remember and return a person a format names (a post's credit, a byline, a heading, a
        signature), on ``side`` or, without one, the default side."""
        sp = _Speaker(name, side or self.actors.default_side, "person", channel=channel, named=named, context=context)
        self.learn(sp)
        return sp

    def headed_person(self, name: str, description: str) -> _Speaker:
        """The speaker a testimony's heading names ("Taras, 29, drone operator, Ukrainian army"),
        placed by the last of its parts that names a bloc or a town (guide 5: where they live or
        serve; a defector's town, "Seoul", last)."""
        side = None
        for part in reversed([p.strip() for p in description.split(",") if p.strip()]):
            blocs = {a.side for _, _, a in self.actors.find(part)} & set(_PARTISAN)
            side = blocs.pop() if len(blocs) == 1 else town_bloc(part)
            if side in _PARTISAN:
                break
        side = side if side in _PARTISAN else None
        return self._placed(name, side, named=side is not None, context=f"{name}, {description}")

    def writer(self, name: str) -> _Speaker:
        """The writer of a signed piece: placed by what the article says of them (guide 5), the
        note on who they are first ("Oksana Tkachuk is a member of Ukraine's parliament …")."""
        known = self._known(name)
        if known is not None:
            return known
        bio = re.search(re.escape(name) + r"\s+(?:is|was)\s+(?:a|an|the)\s+([^.\n]{3,200})", self.text)
        blocs = {a.side for _, _, a in self.actors.find(bio.group(1))} & set(_PARTISAN) if bio else set()
        return self._placed(name, blocs.pop() if len(blocs) == 1 else self._side_from_first_mention(name))

    def quoted(self, name: str, description: str) -> _Speaker:
        """Who an attribution line names ("Maria Zakharova, Russian foreign ministry spokeswoman"):
        a known actor, else placed where the article introduced them (often the line itself); one
        "quoted by TASS" or in a video "released by Ukraine's SBU" reaches the article through it."""
        relay = _RELAYED_BY.search(description)
        ch = self.channel_of(relay.group("by")) if relay else None
        if ch is not None and ch[1] in _PARTISAN:
            return self._placed(name, ch[1], named=False, context=f"{name}, {description}", channel=ch[0])
        known = self._known(name)
        if known is not None:
            return known
        # (The line is where the name is introduced: its appositive places them, or places
        # nobody, for an exiled project's editor or a university's scholar.)
        side = self._side_from_first_mention(name)
        return self._placed(name, side, named=side in _PARTISAN, context=f"{name}, {description}")

    def poster(self, name: str, intro: str = "") -> _Speaker:
        """The writer of a post credited to ``name``: a known body or person, else placed where the
        article introduced them (guide 5), else by the one bloc the paragraph ``intro`` that sets the
        post out names ("A popular pro-Kremlin military blog disputed …")."""
        # (A channel's "Z" or "UA" after its name is a mark, not a word of it: "Severny Veter Z".)
        name = _re(r"(?:\s+[A-Z]{1,2})+$").sub("", name) or name
        known = self._known(name)
        if known is not None:
            return known
        side = self._side_from_first_mention(name)
        if side is None and (said := _re(re.escape(name) + r"(?:['’]s\s+(?:user\s+page|profile|bio)\s+says\s+(?:they|he|she)\s+"
                                         r"(?:are|is)|\s+describes\s+(?:themselves|himself|herself)\s+as)\s+[^.;]{0,80}?"
                                         r"\b(?:in|from)\s+(?P<town>[A-Z][\w'’-]+)").search(self.text)):
            # "Hanbando_Ledger's user page says they are a graduate student in Daejeon": where the
            # poster says they are (guide 5, a private person).
            town = self._town_bloc(said.group("town"))
            side = town if town in _PARTISAN else None
        if side is None and intro:
            pro = _PRO_BLOC.search(intro)   # "Another pro-Russian account on X mocked the Ukrainian figures"
            blocs = {a.side for _, _, a in self.actors.find(pro.group(1) if pro else intro) if a.type != "place"} & set(_PARTISAN)
            side = blocs.pop() if len(blocs) == 1 else None
        return self._placed(name, side)

    def account_holder(self, handle: str, profile: str) -> _Speaker:
        """The holder of an account whose line a saved page shows over its post ("Oles Hnatiuk 🇺🇦
        @oles_medic_kh · Combat medic, Kharkiv region"), placed by the flag in its name, a "Z" mark,
        or where its profile line says it is (guide 5: a private person speaks from where they live)."""
        name, _, desc = profile.partition(" · ")
        flags = [code_bloc(chr(ord(a) - 0x1F1E6 + 65) + chr(ord(b) - 0x1F1E6 + 65))
                 for a, b in _re("([\U0001F1E6-\U0001F1FF])([\U0001F1E6-\U0001F1FF])").findall(name)]
        blocs = {f for f in flags if f in _PARTISAN}
        if not blocs and _re(r"(?:^|\s)Z(?:\s|$)").search(name):
            blocs = {"russia"} & set(_PARTISAN)   # a pro-war account's mark
        if not blocs:
            lives = _re(r"\blives\s+in\s+([A-Z][\w'’-]+)").search(desc)
            parts = [lives.group(1)] if lives else [p.strip() for p in desc.split(",")]
            blocs = {b for p in parts for b in ([self._town_bloc(p)] + [a.side for _, _, a in self.actors.find(p)])
                     if b in _PARTISAN}
            if self._western and (_WESTERN_THINK_TANK.search(desc) or (_THINK_TANK_RE.search(desc) and _re(
                    r"\b" + _WESTERN_PLACE + r"\b").search(desc))):
                blocs = {self._western}
        side = blocs.pop() if len(blocs) == 1 else self.actors.default_side
        return _Speaker(handle, side, "person", named=side in _PARTISAN, context=profile)

    def chat_member(self, name: str) -> _Speaker:
        """The sender of a message in a chat's export: placed like a post's writer, by the given
        name the article introduced them by ("Oksana K." is the story's "Oksana, a 34-year-old
        teacher"), else by whom the article says the chat gathers ("Relatives of a Ukrainian
        battalion's missing men swap …": guide 5, as the article presents them)."""
        name = _re(r"(?:\s+[A-Z]{1,2})+$").sub("", name) or name
        if name in self._members:
            return self._members[name]   # (the same sender in every message, whatever was named between)
        known = self._known(name)
        if known is not None:
            self._members[name] = known
            return known
        words = name.split()
        side = self._side_from_first_mention(name) if not name.startswith("Office of") else None
        if side is None and _re(r"[A-Z][\w'’ -]*(?:Prosecutor|Ministry|Service|Office|Command|Staff)[\w'’ -]*").fullmatch(name):
            # "Office of the Prosecutor General", a channel named for an office: the office the
            # text names in full ("Office of the Prosecutor General of Ukraine").
            full = _re(re.escape(name) + r"\s+of\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)").search(self.text)
            blocs = {a.side for _, _, a in self.actors.find(full.group(1))} & set(_PARTISAN) if full else set()
            side = blocs.pop() if len(blocs) == 1 else None
            if side is None and (town := self._town_bloc(words[0])) in _PARTISAN:
                side = town   # "Sumy Regional Prosecutor's Office": where the office is
        if side is None and len(words) == 2 and _re(r"[A-Z]\.?").fullmatch(words[1]):
            side = self._side_from_first_mention(words[0])
        if side is None:
            head = _CHAT_EXPORT_HEAD.search(self.text) or _PAGE_POST_HEAD.search(self.text)
            for m in _CHAT_MEMBERS.finditer(self.text, 0, head.start() if head else 0):
                who = m.group("who") or m.group("place")
                blocs = ({a.side for _, _, a in self.actors.find(who)} | set(self.place_sides(who))) & set(_PARTISAN)
                if len(blocs) == 1:
                    side = blocs.pop()
                    break
        self._members[name] = self._placed(name, side, named=side is not None)
        return self._members[name]

    def commenter(self, name: str, first: int) -> _Speaker:
        """A reader who comments under a story (its text from ``first``): placed where the comment
        says they live ("I live in Dnipro", "Writing from Incheon"), else by the town in their
        name ("paul_in_leeds", "sergei.voronezh"); a private person (guide 5)."""
        if (name, first) not in self._commenters:
            end = self.text.find("\n", first)
            said = _SAYS_WHERE.search(self.text[first:end if end > 0 else None][:300])
            towns = [said.group("place") or said.group("bare")] if said else []
            # (A handle's town, not its given name or number: "marina_kursk", "sergey_rylsk46"; the
            # town most often comes last.)
            towns += [w for w in (p.rstrip("0123456789").capitalize() for p in reversed(_re(r"[_.\-\s]+").split(name)))
                      if len(w) > 2 and not is_given_name(w)]
            side = next((bloc for town in towns if (bloc := self._town_bloc(town)) is not None), None)
            if side is None and said is not None:
                # ("IP location Russia", "I live in Ukraine": a country, not a town)
                countries = {a.side for _, _, a in self.actors.find(towns[0]) if a.side in _PARTISAN}
                side = countries.pop() if len(countries) == 1 else None
            self._commenters[(name, first)] = self._placed(name, side, named=side is not None)
        return self._commenters[(name, first)]

    def union_speaker(self, name: str) -> _Speaker:
        """A member of the European Parliament or the Commission's answerer in a written question:
        of the Union's bloc (guide 5)."""
        side = next((a.side for _, _, a in self.actors.find("European Union") if a.side in _PARTISAN), None)
        return self._placed(name, side, named=side is not None)

    def video_channel(self, name: str, at: int) -> _Speaker:
        """A video channel whose description begins at ``at``: a body the config knows, else placed
        by whom its description calls the enemy ("the enemy once again sent North Korean infantry
        … toward our positions": the other bloc's), else of neither bloc."""
        if name not in self._channels:
            known = self._known(name)
            side = known.side if known is not None else None
            if side is None:
                end = self.text.find("\n", at)
                enemy = {a.side for m in _re(r"[^.!?\n]*\benemy\b[^.!?\n]*").finditer(self.text, at, end if end > 0 else len(self.text))
                         for _, _, a in self.actors.find(m.group(0)) if a.type == "group" and a.side in _PARTISAN}
                if len(enemy) == 1:
                    side = next(s for s in _PARTISAN if s not in enemy)
            self._channels[name] = self._placed(name, side, named=side is not None)
        return self._channels[name]

    def letter_writer(self, name: str, town: str) -> _Speaker:
        """The writer of a letter signed with ``name`` and ``town``: placed by where they live
        (guide 5), a town of the actors config first, else the town's country."""
        known = [a.side for _, _, a in self.actors.find(town) if a.type == "place"]
        side = known[0] if known else town_bloc(town) or self.actors.default_side
        return self._placed(name, side, named=side != self.actors.default_side, context=f"{name}, {town}")

    def narrator(self, before: int | None, told: re.Match) -> _Speaker | None:
        """Return the person whose own account follows the introduction ending at ``before``;
        ``told`` is where the introduction says so ("in his own words")."""
        if told.group("cable"):
            # "A confidential cable sent from a Western embassy in Moscow …": the sender, placed by
            # what it is, not by where it sits.
            sent = _SENT_FROM.search(self.text, 0, before)
            if sent is not None:
                who = sent.group("who")
                found = [a for s, _, a in self.actors.find(who) if a.side in _PARTISAN and not _LOCATIVE.search(who[max(0, s - 12):s])]
                if found:
                    return _Speaker(_re(r"^(?:an?|the)\s+").sub("", who.split(" in ")[0]), found[0].side, "institution", named=True)
        if told.group("letter"):
            # An open letter's "we" are its signatories, placed where the introduction says they are
            # from ("Three civic organisations from Seoul, Kyiv and Brussels … sent an open letter").
            sent = _SENT_LETTER.search(self.text, 0, before)
            blocs = ({a.side for _, _, a in self.actors.find(sent.group("who")) if a.side in _PARTISAN}
                     | set(self.place_sides(sent.group("who")))) if sent else set()
            if len(blocs) == 1:
                return _Speaker("signatories", blocs.pop(), "group", named=False)
            return None
        if told.group("posts"):
            return self._posting_group(before, told.group("posts"))
        if told.group("owner"):
            # "The posts below are Lavrynenko's own": the person the introduction gave that name,
            # placed by how it introduced them.
            intro = self.text[: before]
            name = next((m.group(0) for m in _FULL_NAME.finditer(intro) if m.group(2) == told.group("owner")),
                        told.group("owner"))
            side = self._side_from_first_mention(name)
            return _Speaker(name, side, "person", named=True) if side in _PARTISAN else None
        if told.group("page") or told.group("sections"):
            # (A page a ministry's own site carried, not a paper's: the body the introduction
            # names most.)
            return self._page_owner(before) or (self._document_owner(before) if told.group("page") else None)
        if told.group("translated"):
            return self._issuer_line_owner(before) or self._document_owner(before)
        if told.group("issued"):
            # (The issuer placed by its name, else by the bloc the introduction names most.)
            owner = self.resolve(told.group("issued"), anaphora=False)
            if owner is None or owner.side not in _PARTISAN:
                owner = self._document_owner(before)
            return _Speaker(told.group("issued").strip(), owner.side, "institution", named=True) if owner else None
        if told.group("monitored"):
            # A monitored item is its publisher's, placed by what the header calls it.
            return self.resolve(told.group("monitored"), anaphora=False)
        if told.group("carried") or told.group("reproduces"):
            # (The body named last: "the English-language service of the Korean Central News
            # Agency (KCNA)", not the service; "the Russia chapter of the U.S. Department of
            # State's … Reports", not the country reported on.)
            bodies = [a for _, _, a in self.actors.find(told.group("carried") or told.group("reproduces"))
                      if a.side in _PARTISAN and a.type != "place"]
            return _Speaker(bodies[-1].name, bodies[-1].side, "institution", named=True) if bodies else None
        if told.group("document") or told.group("passive_document") or told.group("selection") or told.group("cable") \
                or told.group("its_words"):
            # A body's document reprinted whole speaks in the body's "we" ("We assess that …").
            return self._document_owner(before)
        if told.group("delivered") and (line := _FROM_LINE.search(self.text, 0, before)) is not None:
            # "From: UK Delegation to the OSCE and Harriet Colborne · Published …": the person the
            # line names last, placed by the body it names first.
            body, _, person = line.group("who").rpartition(" and ")
            blocs = {a.side for _, _, a in self.actors.find(body)} & set(_PARTISAN)
            if person and len(blocs) == 1:
                sp = _Speaker(person.strip(), blocs.pop(), "person", named=True)
                self.learn(sp)
                return sp
        if told.group("titled"):
            # The record of a briefing or a speech is its speaker's, in their own "we" (a spokesperson
            # the config does not know, placed by where the record's header line says it is given:
            # "Paris, 15 January 2026").
            sp = self.resolve(told.group("titled"), anaphora=False)
            if (sp is None or sp.side not in _PARTISAN) and _SPOKESPERSON.search(told.group("titled")) \
                    and (place := self._record_place_side()) is not None:
                name = told.group("titled").rpartition(", ")[2] or told.group("titled")
                sp = _Speaker(name.strip(), place, "person", named=True)
            return sp
        if _SPEECH_BELOW.search(told.group(0)):
            # "The text below is our own translation of that transcript": the speech is the
            # speaker's whom the introduction names most (a known minister included).
            return self._introduced_person(before, known=True)
        # (A book's chapter is its author's: the one the introduction names most, not the call
        # sign it mentions.)
        sp = None if told.group("excerpt") else self._account_owner(told) or self.interviewee(before)
        if (sp is None or sp.side not in _PARTISAN) and (_POSSESSIVE.search(told.group(0)) or told.group("excerpt")):
            # "We publish it below … in his own words": "his" is the person the introduction is
            # about, the one it names most, placed by what they are or by the outlet they write for.
            sp = self._introduced_person(before) or sp
        released = _RELEASED_TEXT.search(self.text, 0, before)
        if sp is None and released is not None:
            sp = _Speaker(released.group("kind").lower() + " writer", self.actors.default_side, "person", named=False)
        if sp is None:
            return None
        # "A Ukrainian Sergeant Remembers Kursk", "a Russian veteran": the account's own
        # description of its narrator decides over where the fighting was.
        side = self._soldier_bloc(self.text[:before])
        if side is not None:
            sp = _Speaker(sp.name, side, "person", named=True)
        ch = self.channel_of(released.group("by")) if released else None
        if ch is not None and ch[1] in _PARTISAN:
            # "Ukraine's Security Service … released the text of a handwritten letter that … a
            # North Korean soldier … wrote": a captive's words reach the article through the body
            # that released them (guide 4.12, 5: the channel decides).
            sp = _Speaker(sp.name, ch[1], "person", channel=ch[0], named=True)
        return sp

    def _posting_group(self, before: int, head: str) -> _Speaker | None:
        """The group whose posts an introduction ending at ``before`` gives below ("the team's
        posts"), named as the introduction first named it ("The Seim search and rescue team was
        set up in Kursk") and placed by where that sentence puts it (guide 5: private people)."""
        intro = self.text[self.text.find("\n") + 1: before]
        named = _re(r"\b[Tt]he[ ]((?:[A-Z][\w'’-]*[ ])(?:[\w'’-]+[ ]){0,4}?" + re.escape(head) + r")\b[^.\n]*").search(intro)
        if named is None:
            return None
        blocs = set(self.place_sides(named.group(0), scene=True)) or {
            b for w in _IN_PLACE_WORD.findall(named.group(0)) if (b := town_bloc(w)) in _PARTISAN}
        return _Speaker(named.group(1), blocs.pop(), "group", named=True) if len(blocs) == 1 else None

    def _page_owner(self, before: int) -> _Speaker | None:
        """The publication whose page an introduction ending at ``before`` gives below, placed by
        how it describes it: "Selskaya Zarya, the four-page weekly of the Lozovoy district in
        Russia's Voronezh region" (a side's regional media, guide 5)."""
        intro = self.text[self.text.find("\n") + 1: before]
        for m in _PUBLICATION_DESCRIBED.finditer(intro):
            blocs = {a.side for _, _, a in self.actors.find(m.group(0)) if a.side in _PARTISAN}
            if len(blocs) == 1:
                return _Speaker(m.group("name"), blocs.pop(), "media", named=True)
        return None

    def _issuer_line_owner(self, before: int) -> _Speaker | None:
        """The body a translated document's own lines, just below ``before``, say issued it
        ("26.04.2026 | Diocesan news | Press service of the Kursk Diocese"), placed by its name."""
        issuer = _ISSUER_LINE.search(self.text, before, min(len(self.text), before + 600))
        if issuer is None:
            return None
        who = issuer.group("who").strip()
        blocs = {a.side for _, _, a in self.actors.find(who) if a.side in _PARTISAN} | set(self.place_sides(who))
        return _Speaker(who, blocs.pop(), "institution", named=True) if len(blocs) == 1 else None

    def _document_owner(self, before: int) -> _Speaker | None:
        """Whose update or assessment an introduction ending at ``before`` reprints below: the one
        it says published it, else the body of the bloc it names most often (ties: first)."""
        intro = self.text[self.text.find("\n") + 1: before]
        head = _LETTERHEAD.match(self.text, before)
        if head is not None:
            # The document's letterhead names its issuer: "ARMED FORCES OF UKRAINE / 173rd
            # SEPARATE MECHANIZED BRIGADE / Press Service".
            lines = [ln.strip() for ln in head.group(0).split("\n") if ln.strip()]
            blocs = {a.side for ln in lines for _, _, a in self.actors.find(ln.title())} & set(_PARTISAN)
            if len(blocs) == 1:
                # (Named by its second line when the first is the service it belongs to.)
                name = lines[1] if len(lines) > 1 and lines[1].isupper() else lines[0]
                return _Speaker(_re(r"(?<=\d)(St|Nd|Rd|Th)\b").sub(lambda m: m.group(1).lower(), name.title()),
                                blocs.pop(), "institution", named=True)
        issued = _ISSUED.search(intro)
        if issued:
            # "Britain's Ministry of Defence on Tuesday published its longest public assessment yet":
            # the one who issued it.
            start = max(intro.rfind(". ", 0, issued.start()) + 1, intro.rfind("\n", 0, issued.start()) + 1)
            found = [a for _, _, a in self.actors.find(intro[start:issued.start()]) if a.side in _PARTISAN]
            if len({a.side for a in found}) == 1:
                name = _re(r"\s+(?:on|last|this|late|early|in)\b.*$").sub("", intro[start:issued.start()].strip())
                if len(name.split()) > 6:
                    # ("The answer was transmitted by the German Foreign Ministry and": the body named after "by".)
                    by = _re(r"\bby\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})").search(name)
                    name = by.group(1) if by else found[0].name
                return _Speaker(name, found[0].side, "institution", named=True)
        bodies = [a for _, _, a in self.actors.find(intro) if a.type == "institution" and a.side in _PARTISAN]
        if not bodies and not intro.strip():
            # A monitor's file line, then the release itself: its title names its issuer ("FOR
            # IMMEDIATE RELEASE / Embassy of Ukraine: Three More … Captured").
            title = _ISSUER_TITLE.match(self.text, before)
            found = {a.side for _, _, a in self.actors.find(title.group("issuer")) if a.side in _PARTISAN} if title else set()
            if len(found) == 1:
                return _Speaker(title.group("issuer").strip(), found.pop(), "institution", named=True)
        if not bodies:
            # "the press service of the Kursk regional government publishes a digest": a local
            # government, placed by its region.
            local = _LOCAL_GOVERNMENT.search(intro)
            side = (self.place_sides(local.group("place"), capitals=True) or [self._town_bloc(local.group("place"))])[0] \
                if local else None
            return _Speaker(local.group(0), side, "institution", named=True) if side in _PARTISAN else None
        top = max(bodies, key=lambda a: (sum(b.side == a.side for b in bodies), -bodies.index(a)))
        return _Speaker(top.name, top.side, "institution", named=True)

    def _introduced_person(self, before: int, *, known: bool = False) -> _Speaker | None:
        """The placed person an introduction ending at ``before`` names most often (ties: first);
        with ``known``, people of the actors config too, placed by it."""
        intro = self.text[self.text.find("\n") + 1: before]
        # (A known person is one the actors name in full: "Andrii Voloshyn" is not "Nazar Voloshyn".)
        names = [m for m in _FULL_NAME.finditer(intro)
                 if m.group(1).lower() not in _TIME_WORDS
                 and (known or not any(s == 0 or a.name.split()[0] == m.group(1) for s, _, a in self.actors.find(m.group(0))))]
        counts = {m.group(0): sum(1 for _ in _word_occurrences(intro, m.group(2))) for m in names}
        for name in sorted(counts, key=lambda n: -counts[n]):
            people = [a for _, _, a in self.actors.find(name) if a.type == "person"] if known else []
            if people and people[0].side in _PARTISAN:
                return _Speaker(people[0].name, people[0].side, "person", named=True)
            if known and not people and any(s0 == 0 for s0, _, _ in self.actors.find(name)):
                continue   # "North Korean", "Kursk Land": a group or a place, not the speaker
            side = self._side_from_first_mention(name) or self._outlet_bloc(intro, name)
            if side in _PARTISAN:
                return _Speaker(name, side, "person", named=True)
        return None

    def _outlet_bloc(self, text: str, name: str):
        """The bloc of the outlet the sentence introducing ``name`` says they write for: "X fills
        the back page of Vechernyaya Derzhava, a Moscow daily" (a side's media, guide 5)."""
        at = text.find(name)
        end = text.find(". ", at)
        outlet = _OUTLET_DESCRIBED.search(text, at, end if end != -1 else len(text))
        blocs = {a.side for _, _, a in self.actors.find(outlet.group(1)) if a.side in _PARTISAN} if outlet else set()
        return blocs.pop() if len(blocs) == 1 else None

    def _account_owner(self, told: re.Match) -> _Speaker | None:
        """The one whose account the sentence saying so presents by a role of one bloc: "Russia's
        ambassador to Canada asked for space to reply, and we publish his article below in his own
        words" (an op-ed), named by the byline when the piece is theirs rather than told to it."""
        clause = self.text[max(self.text.rfind("\n", 0, told.start()), self.text.rfind(". ", 0, told.start())) + 1:told.start()]
        role = _ROLE_WORD.search(clause)
        # The bloc the office belongs to: "Russia's ambassador to Canada", not Canada.
        blocs = [a.side for _, e, a in self.actors.find(clause)
                 if role and 0 <= role.start() - e <= 20 and a.side in _PARTISAN and a.type != "person"]
        if not blocs:
            return None
        byline = _BYLINE.search(self.text[:600])
        name = byline.group(1).split(",")[0].strip() if byline and "told" not in told.group(0) else role.group(0)
        return _Speaker(name, blocs[-1], "person", named=True)

    @cached_property
    def court_side(self):
        """The bloc of the court the article reports on ("A Russian military court in Kursk",
        "Kyiv's Shevchenkivskyi District Court"), None when it names none or several."""
        for c in _COURT_OF.finditer(self.text, 0, 4000):
            named = self.actors.find(self.text[c.start(): c.end() + 40])
            if named and named[0][0] == 0 and named[0][2].side not in _PARTISAN and named[0][1] >= c.end() - c.start():
                return None   # "the European Court of Human Rights": an international court, of neither bloc
            blocs = {a.side for _, _, a in self.actors.find(c.group(0)) if a.side in _PARTISAN}
            if len(blocs) == 1:
                return blocs.pop()
        return None

    def told_outlet(self, sp: _Speaker, masked: str, at: int) -> _Speaker:
        """A person who "told TASS" or "told the Ukrainian public broadcaster Suspilne" reaches the
        article through that outlet: its channel, and its side (guide 4, v6). Not the article's
        own outlet, nor a Western wire, which relays for neither bloc."""
        m = _TOLD_WHOM.match(masked, at)
        if m is not None and _INVESTIGATORS.fullmatch(m.group(1).strip().rstrip(".,")) and (body := self.investigating_side()):
            # "A resident …, questioned as a witness, told investigators that …": the words reach
            # the article through the investigating body that took them (guide 4.12, 5).
            return _Speaker(sp.name, body, sp.kind, channel="investigators", named=sp.named, context=sp.context)
        outlets = [a for _, _, a in self.actors.find(m.group(1)) if a.type == "media"] if m else []
        named = _NAMED_OUTLET.match(m.group(1)) if m and not outlets else None
        if named is not None:
            # "told the regional site Belgorod Vesti": an outlet the actors do not list, placed by
            # its description or the town in its name (guide 5), when that gives one bloc.
            blocs = {a.side for _, _, a in self.actors.find(m.group(1))} & set(_PARTISAN)
            if len(blocs) == 1:
                return _Speaker(sp.name, blocs.pop(), sp.kind, channel=named.group("name"), named=sp.named,
                                context=sp.context)
        if not outlets or outlets[0].side not in _PARTISAN \
                or outlets[0].name == "Western media" or self.byline_names.intersection(m.group(1).split()):
            return sp
        name = next((mm.group(0) for mm in _re(r"[A-Z][\w.-]*(?:[ -][A-Z0-9][\w.-]*)*").finditer(m.group(1))
                     if any(a.type == "media" for _, _, a in self.actors.find(mm.group(0)))), outlets[0].name)
        return _Speaker(sp.name, outlets[0].side, sp.kind, channel=name.rstrip("."), named=sp.named, context=sp.context)

    def _soldier_bloc(self, text: str, *, plural: bool = False, first: bool = False):
        """The one bloc whose soldiers ``text`` describes ("a captured Russian soldier", "A
        Ukrainian Sergeant"; with ``plural``, "five Ukrainian soldiers" too), None when it names
        none or several; with ``first``, the bloc of the first it describes."""
        blocs = [a.side for m in (_DEMONYM_SOLDIERS if plural else _DEMONYM_SOLDIER).finditer(text)
                 for _, _, a in self.actors.find(m.group(1)) if a.type == "group" and a.side in _PARTISAN]
        return blocs[0] if blocs and (first or len(set(blocs)) == 1) else None

    def note_relay(self, masked: str):
        """Remember the relay a unit names, for the role speakers that follow it."""
        phrase = None
        if _RELAY_HINT.search(masked):
            m = _relay_by(masked)
            phrase = m.group("by") if m else None
            if phrase is None:
                m = _relay_subj(masked)
                phrase = m.group("subj") if m else None
        ch = self.channel_of(phrase) if phrase is not None else None
        word = _clean(phrase).lower() if ch is None and phrase is not None else ""
        if word in ("it", "which"):
            # "It also published a video in which …", "according to the HUR, which released
            # videos of two of them": the body the pronoun stands for relays.
            if word == "it":
                # (Only for words said in it: "a grainy video showing a boat" is what it shows.)
                rest = m.group("rest") if isinstance(m, _Match) else ""
                body = self.antecedent("it") if _VERB_RE.search(rest or "") else None
            else:
                bodies = [a for _, _, a in self.actors.find(masked[:m.start()]) if a.type not in ("place", "group")]
                body = _Speaker(bodies[-1].name, bodies[-1].side, bodies[-1].type) if bodies else None
            if body is not None and body.side in _PARTISAN and body.kind in ("institution", "media", "channel"):
                ch = (body.name, body.side)
        if ch is None and any(w in masked for w in _SHOWN_WORDS) and _SHOWN_HINT.search(masked):
            shown = _SHOWN_BY.search(masked)
            ch = self.channel_of(shown.group("by")) if shown else None
        if ch is not None and ("image" in masked or "photo" in masked) \
                and not _re(r"\b(?:video|footage|audio|recording|call|interview|clip|statement|message|post)s?\b").search(masked) \
                and not _VERB_RE.search(masked):
            # "… in an undated image released by the state news agency KCNA": a still picture
            # carries nobody's words, so the people of the next sentences do not speak through it.
            ch = None
        if ch is not None:
            self.pending_channel = ch
            self.pending_age = 0
            if _FILM.search(masked):
                self.film, self.film_paragraph = ch, self.paragraph
        return ch

    def relayed_content(self, masked: str):
        """Return (speaker, channel) when a unit gives the content of what a channel carried."""
        if not _RELAY_HINT.search(masked):
            return None
        m = _relay_subj(masked)
        if not m:
            return None
        c = _RELAY_CONTENT.match(m.group("rest"))
        if not c:
            return None
        channel = self.channel_of(m.group("subj"))
        who = self.resolve(c.group("who"), anaphora=False) if c.group("who") else None
        if who is None and channel is None:
            return None
        if who is None:
            return _Speaker(channel[0], channel[1], "media", context=masked)
        if channel is not None and channel[0] != who.name:
            who.channel = channel[0]
            if not who.named:
                who.side = channel[1]
        return who

    def relayed_media(self, masked: str) -> _Speaker | None:
        """Return who speaks in a unit that describes relayed media.

        "A pro-Ukrainian channel released a video of a wounded soldier …", "In the clip, the
        soldier …", "The post came with a map showing …": the content of what a channel
        published is that channel's narrative (ANNOTATION.md 4.6 keeps bare "X published a
        video" sentences, with no content, for the author).
        """
        relay = self.pending_channel is not None and any(w in masked for w in _RELAY_WORDS)
        m = relay and (_relay_by(masked) or _relay_subj(masked))
        if m and _MEDIA_CONTENT.search(masked[m.start():]) and not _DESCRIBED_ONLY.search(masked):
            # ("North Korean state media published photos of Kim …" after the SBU's video: the
            # publisher this sentence names, not the relay before it.)
            own = self.channel_of(m.group("subj")) if m.group("subj") else None
            name, side = own if own is not None and own[1] in _PARTISAN else self.pending_channel
            return _Speaker(name, side, "media", context=masked)
        m = _MEDIA_SUBJECT.match(masked)
        if m:
            if m.group("in") and self.pending_channel is not None:
                role = _ROLE_NP.search(masked)
                name, side = self.pending_channel
                if role:
                    return _Speaker(role.group(0), side, "role", channel=name, named=False, context=masked)
                return _Speaker(name, side, "media", context=masked)
            recent = self.last
            if recent is not None and self.paragraph - self.last_paragraph <= 1 and recent.kind in (
                    "media", "channel", "institution", "document"):
                return recent
        return None

    def age(self, paragraph: str = ""):
        """Let a relay lapse two paragraphs after the one that named it; a broadcast film stays
        in view ("KCTV aired a documentary …") while the paragraphs go on describing it."""
        if self.film is not None and _FILM_GOES_ON.search(paragraph):
            self.film_paragraph = self.paragraph
        if self.pending_channel is not None:
            self.pending_age += 1
            if self.pending_age > 2:
                self.pending_channel = None

    def gender_of(self, sp: _Speaker) -> str:
        """'he', 'she' or '' for a person: a pronoun or title that named them, the surname's
        form, else the given name the article introduced them with ("Olena Marchuk")."""
        known = _gender_of(sp)
        words = sp.name.split()
        if known or not words or sp.kind not in ("person", "role"):
            return known
        if len(words) >= 2:
            return given_name_gender(words[-2].rstrip("."))
        if words[-1] not in self._given:
            m = next(filter(None, (_GIVEN_BEFORE.search(self.text, max(0, at - 40), at)
                                   for at in _bounded(self.text, words[-1]))), None)
            self._given[words[-1]] = given_name_gender(m.group(1)) if m else ""
        return self._given[words[-1]]

    def defined_acronym(self, name: str) -> _Speaker | None:
        """The body an acronym the article itself defines stands for, placed by its full name:
        "Latvia's Military Intelligence and Security Service (MIDD)" makes "the MIDD" Latvia's."""
        if self._acronyms is None:
            self._acronyms = {}
            if "(" in self.text:
                for m in _defined_acronyms(self.text):
                    blocs = {a.side for _, _, a in self.actors.find(m.group("full"))} & set(_PARTISAN)
                    if len(blocs) == 1 and m.group("acr") not in self._acronyms and not self.actors.find(m.group("acr")):
                        self._acronyms[m.group("acr")] = _Speaker(m.group("acr"), blocs.pop(), "institution",
                                                                  context=m.group(0))
        return self._acronyms.get(name)

    def spelt_out(self, name: str) -> str:
        """The alias an acronym stands for, in lower case ("NIS": "national intelligence
        service"), from the actors config; "" when ``name`` is not one."""
        if not (2 <= len(name) <= 6 and name.isupper() and name.isalpha()):
            return ""
        if name not in self._spelt:
            found = self.actors.find(name)
            actor = found[0][2] if found else None
            self._spelt[name] = next((alias.lower() for alias, a in self.actors.lookup.items() if a is actor and " " in alias
                                      and "".join(w[0] for w in alias.split() if w[0].isupper()) == name), "")
        return self._spelt[name]

    def antecedent(self, pronoun: str) -> _Speaker | None:
        """Return the most recent speaker or mention a pronoun can refer to."""
        personal = pronoun in ("he", "she", "him", "her", "his")
        if not personal and _TAG_PRONOUN.search(self.prefix) and _WHICH_IT.search(self.prefix):
            # "TASS published figures from the pollster Rosopros which, it said, showed …": the
            # body whose verb the relative clause hangs on, not a report the tag interrupts.
            acting = [a for s0, e0, a in self.actors.find(self.prefix)
                      if a.type in ("media", "institution") and _ACTED_AFTER.match(self.prefix, e0)]
            if acting:
                return _Speaker(acting[0].name, acting[0].side, acting[0].type, context=self.prefix)
        if not personal and not _TAG_PRONOUN.search(self.prefix):
            # "Russia last gave a toll in 2022, when it said …": an actor earlier in the sentence;
            # not in a parenthetical tag ("Russia, it adds, has closed the gap": the report adds).
            local = [a for _, _, a in self.actors.find(self.prefix) if a.type not in ("group", "place", "person")]
            if local:
                a = local[-1]
                return _Speaker(a.name, a.side, a.type, context=self.prefix)
        if personal and not _TAG_PRONOUN.search(self.prefix) and (opener := _OPENING_PERSON.match(self.prefix)) is not None \
                and (sp := self._resolve(opener.group("name"), anaphora=False)) is not None and sp.kind == "person":
            # "Kremlin spokesman Dmitry Peskov brushed the reports aside, and when pressed …, he
            # called it …": the person the sentence opens with, not the last who spoke.
            return sp
        candidates = list(self.mentions)
        if self.last is not None and all(c is not self.last for c in candidates):
            candidates.append(self.last)
        candidates.sort(key=lambda c: c.order)
        gender = _GENDER.get(pronoun, "")
        for cand in reversed(candidates):
            # (A body known only by its role noun, "The Ministry of Foreign Affairs", is an "it".)
            is_person = (cand.kind == "person" or (cand.kind == "role" and not (
                _head(cand.name) in _INSTITUTION_HEADS and (cand.side in _PARTISAN or self.neutral_home)))) or (
                cand.kind in ("group", "channel") and _head(cand.name) in _ONE_PERSON)
            if pronoun in ("they", "them", "their") or is_person == personal:
                known = self.gender_of(cand) if is_person else cand.gender
                if gender and known and known != gender:
                    continue   # "she said" named her: the next "he said" is somebody else
                if gender and is_person and not known and cand.kind == "role" and not cand.named \
                        and (kin := _KIN_BEFORE_ROLE.search(cand.context[:max(0, cand.context.find(cand.name))])):
                    # "Her son Denis, a contract soldier, has been missing. “…,” she says": the role is
                    # the son's, a man, so "she" is somebody else.
                    if _KIN_GENDER[kin.group(1).lower()] != gender:
                        continue
                if gender and is_person:
                    cand.gender = gender
                return cand
        last = self.last
        if gender and last is not None and self.gender_of(last) not in ("", gender):
            # The last speaker is of the other gender: the last person who spoke who is not.
            for person in reversed(self.people):
                if self.gender_of(person) in ("", gender):
                    return person
        return last

    def adversary_side(self, content: str):
        """Guess an unplaced person's bloc from whom their claim names as the other side.

        A speaker who says "Russian tactics had barely changed" speaks of Russian forces in the
        third person, as their adversary; used only when nothing else places the speaker, and
        only with exactly two blocs besides the author.
        """
        if self.neutral_home:
            return None   # (filed from a country of neither bloc, an unplaced official is likely its own)
        blocs = [s for s in self.actors.sides if s != self.actors.default_side]
        named = {a.side for _, _, a in self.actors.find(content) if a.type in ("group", "institution")
                 and a.side in blocs}   # a neutral body named (the UN's food agency) is nobody's adversary
        if len(blocs) == 2 and len(named) == 1:
            (other,) = named
            return blocs[1] if other == blocs[0] else blocs[0]
        return None

    def is_expert(self, phrase: str, *, or_international: bool = False) -> bool:
        """Tell whether the sentence introducing a person describes an analyst or academic (with
        ``or_international``, also an official of an international body: "the under-secretary-
        general for humanitarian affairs, Dr. X", or a journalist: "The moderator, Greta
        Lindqvist, a Stockholm-based journalist", whom guide 5 places in no bloc)."""
        surname = _clean(phrase).split()[-1]
        found = list(itertools.islice(_word_occurrences(self.text, surname), 2))
        if not found:
            return False
        m = found[0]
        line_end = self.text.find("\n", m.end())
        described = self.text[m.end(): line_end if line_end != -1 else None][:120]
        if _EXPERT.search(described):
            return True
        if len(found) > 1 and self._pull_quote_credit(m):
            # (A pull quote's credit names him first, "“…” – Assoc Prof Dr Azman …": the body
            # describes him.)
            line_end = self.text.find("\n", found[1].end()) % (len(self.text) + 1)
            return bool(_EXPERT.search(self.text, found[1].end(), min(found[1].end() + 120, line_end)))
        if or_international and (_PRESS_PERSON.search(described[:60])
                                 or _PRESS_PERSON.search(self.text, max(0, m.start() - 30), m.start())):
            return True
        lo = self.text.rfind("\n", 0, m.start()) + 1
        window = self.text[max(lo, m.start() - 100): m.end() + 100]
        return or_international and bool(_INTERNATIONAL.search(window) or _UN_POST.search(window))

    def _pull_quote_credit(self, m: re.Match) -> bool:
        """Whether the name at ``m`` credits a pull quote set on its own line: "“For Asean, this is
        no longer somebody else's war.” – Assoc Prof Dr Azman Shukri Mohd Yusof"."""
        line_start = self.text.rfind("\n", 0, m.start()) + 1
        return self.text[line_start:line_start + 1] in "“\"" \
            and _PULL_QUOTE_CREDIT.search(self.text, line_start, m.start()) is not None

    def learn(self, sp: _Speaker):
        """Remember the bloc found for a person, so "Capt. Lysenko" later is the same person."""
        if sp.kind == "person" and sp.side not in ("__both__", self.actors.default_side) and _NAME.fullmatch(sp.name):
            parts = sp.name.split()
            if sp.channel:
                # A relayed person's side is the channel's ("LAVRIN: Ms. Koval tells your viewers
                # …"): it places them only if nothing has yet.
                self._first_mention.setdefault(parts[-1], sp.side)
            else:
                self._first_mention[parts[-1]] = sp.side
            if len(parts) == 2 and "-" in parts[1]:
                # Korean order, family name first: "Park Ji-hoon" is later "Park".
                self._first_mention.setdefault(parts[0], sp.side)

    def scene_side(self, pos: int):
        """Return the bloc of the place the report is at, at ``pos``: the place named nearest
        before it in its paragraph or the two before, else the dateline's; None if unknown."""
        start = self.text.rfind("\n", 0, pos) + 1
        # The text before ``pos`` in its own paragraph; then the openings of the two paragraphs
        # before, where a report sets its scene ("In Dnipro, …"), not places named inside
        # someone's claim ("losses in Russia's Kursk region").
        spans = [(start, pos)]
        for _ in range(2):
            if start <= self.section_start:
                break   # (not past the dateline of this section of a multi-bureau dispatch)
            start = self.text.rfind("\n", 0, start - 1) + 1
            hi = min(start + _SCENE_OPENING, pos, self.text.find("\n", start) % (len(self.text) + 1))   # (its own paragraph only)
            said = next((v for v in _VERB_RE.finditer(self.text, start, hi)
                         if not self.text.startswith((" by", ":"), v.end())), None)
            # (Up to a reporting verb: "Seoul and Kyiv say North Korea has lost thousands of men in
            # Kursk" names where the claim is about, not where the report is; not "Attribution
            # claimed by: Kursk regional governor".)
            spans.append((start, said.start() if said else hi))
        for lo, hi in spans:
            if _AT_COURT.search(self.text, lo, hi) and self.court_side:
                return self.court_side   # "Outside the courthouse, …": where the court sits
            opening = _SCENE_OPENING_RE.match(self.text, lo, hi)
            if opening and opening.group(0).startswith("In ") and len(country := [
                    a for s0, e0, a in self.actors.find(opening.group(1))
                    if a.type == "group" and e0 - s0 == len(opening.group(1))]) == 1 and country[0].side in _PARTISAN:
                # "In Germany, the fighting in Kursk is being studied closely": the country the
                # paragraph opens in, not a place its sentence is about.
                return country[0].side
            places = self.place_sides(self.text[lo:hi], scene=True)
            if places and not _AT_DISTANCE.search(self.text, lo, self.text.find("\n", lo) % (len(self.text) + 1)):
                # (Not a place the paragraph measures the scene from: "The border with Russia's
                # Kursk region lies eleven kilometres to the north.")
                return places[-1]
            opening = _SCENE_OPENING_RE.match(self.text, lo, hi)
            if opening and (town := self._town_bloc(opening.group(1))):
                return town   # "In Narva, the border city across the river from …": a town the gazetteer knows
            if opening and (town_bloc(opening.group(1)) == "" or any(
                    map(self._neither_bloc_town, _IN_TOWN_NAME.findall(opening.group(1))))):
                # "In Tlaquepaque, on the outskirts of Guadalajara, …", "At a regular press briefing in
                # Hanoi on March 12, …": a town of neither bloc, not the dateline's city.
                return self.actors.default_side
        return self.dateline_side or self.setting_side

    def _side_from_first_mention(self, phrase: str):
        """Find the bloc of an unknown name from the sentence that introduced it."""
        surname = phrase.split()[-1]
        if surname in self._first_mention:
            return self._first_mention[surname]
        if surname in self.staff_names:
            self._first_mention[surname] = None
            return None   # the outlet's own correspondent speaks for neither bloc (guide 4.7)
        side, appositive = None, ""
        headline_end = self.text.find("\n")
        if self.text[:headline_end].rstrip()[-1:] in ".!?”\"":
            headline_end = -1   # the first line is a sentence of the body, not a headline
        skip_to = -1
        written = surname
        if surname[:3] in ("Al-", "El-") and 0 <= self.text.find(surname[0].lower() + surname[1:]) < self.text.find(surname):
            written = surname[0].lower() + surname[1:]   # "Hamad al-Marri, an official …", later "Al-Marri said"
        for m in _word_occurrences(self.text, written):
            if m.start() < skip_to:
                continue
            if m.start() < headline_end and self.text.find(surname, headline_end) != -1:
                continue   # the headline names; the body introduces: 'Commander "Taiga" on the Border'
            if m.start() < 800 and self.text.find(surname, m.end()) != -1 and _TITLE_LINE.fullmatch(
                    self.text, self.text.rfind("\n", 0, m.start()) + 1, self.text.find("\n", m.end()) % (len(self.text) + 1)):
                continue   # a title under a masthead: "Vondrušková After NATO Meeting: North Korean Soldiers Are Dying …"
            if _re(r"\s+(?:in|at|on|outside|near)\s").match(self.text, m.end()) and self.text.find(surname, m.end()) != -1 \
                    and _PHOTO_CREDIT_IN_LINE.search(
                    self.text, m.end(), self.text.find("\n", m.end()) % (len(self.text) + 1)):
                # A photo's caption that only places him, "Tomás Echevarría in Madrid on February 9.
                # Photo: …" (not "Col. Rein Kõiv speaking at the Estonian Defence Forces' briefing"):
                # the body introduces him.
                continue
            town_age = _TOWN_AGE.match(self.text, m.end())
            if town_age is not None and (town := town_bloc(town_age.group(1))) is not None:
                # "Tomás Echevarría (Zaragoza, 44) left for Ukraine …": where he is from, the house
                # style of a Spanish-language paper.
                side = town if town in _PARTISAN else self.actors.default_side
                self._first_mention[surname] = side
                return side
            if m.start() < 600 and self.text.startswith((" says ", " said "), m.end()) \
                    and self.text.find(surname, m.end()) != -1:
                line_end = self.text.find("\n", m.end()) % (len(self.text) + 1)
                if self.text[line_end - 1:line_end] not in ".!?”\")":
                    # A standfirst without a stop that only quotes ("Jiyoon Han says Pyongyang went
                    # from denying its losses …"): the body introduces her.
                    continue
            if self.text.startswith(":", m.end()) and self.text.find(surname, m.end()) != -1:
                line_end = self.text.find("\n", m.end()) % (len(self.text) + 1)
                if self.text[line_end - 1:line_end] not in ".!?”\"":
                    continue   # a title quoting them, "Irina Veresova: Every Resident … Must Come Home"
            if self._pull_quote_credit(m) and self.text.find(surname, m.end()) != -1:
                continue   # a pull quote's credit: the body introduces him
            if _CITED_WORK.match(self.text, m.end()) and _IN_PARENTHESES.search(self.text, max(0, m.start() - 60), m.start()):
                continue   # "… fought by volunteers (Kang 2025)": a work cited, not its author described
            lo = self.text.rfind("\n", 0, m.start()) + 1
            hi = self.text.find("\n", m.end())
            window = self.text[lo: hi if hi != -1 else len(self.text)]
            # An appositive or a title names the bloc: "Oleh Marchuk, an HUR spokesman".
            # The appositive right after the name wins ("Oleh Marchuk, an HUR spokesman,"), then
            # the title or description nearest before it ("a spokesman for the Ukrainian troops, …").
            rel = m.start() - lo
            after = window[rel + len(surname):]
            korean = _GIVEN_NAME_AFTER.match(after)
            if korean:
                after = after[korean.end():]   # "Park Jun-ho, a member of …": family name first
            coded = _COUNTRY_CODE_AFTER.match(after) if after.startswith(" (") else None
            if coded is not None and (bloc := code_bloc(coded.group(1))) in _PARTISAN:
                # A list of members with their country's code: "Tomasz Wierzbicki (EPP, PL)".
                self._first_mention[surname] = bloc
                return bloc
            nationality = _NATIONALITY_FIELD.search(after, 0, 400) if "Nationality:" in after[:400] else None
            if nationality is not None and len(blocs := {a.side for _, _, a in self.actors.find(nationality.group(1))}
                                                   & set(_PARTISAN)) == 1:
                # A listing's record, "ZHDANKIN, Arkady Valeryevich … Nationality: Russian": the
                # person's own country.
                self._first_mention[surname] = blocs.pop()
                return self._first_mention[surname]
            delegation = _DELEGATION_AFTER.match(after) if after.startswith(" (") else None
            if delegation is not None:
                # An assembly's member with country and political group, "Mr Joost Verhaeghe
                # (Belgium, ALDE)": of the country's bloc, or of neither ("Ms X (Armenia, SOC)").
                country = delegation.group(1)
                blocs = {a.side for s0, e0, a in self.actors.find(country) if a.side in _PARTISAN and e0 - s0 >= len(country) - 2}
                bloc = blocs.pop() if len(blocs) == 1 else self.actors.default_side if town_bloc(country) == "" else None
                if bloc is not None:
                    self._first_mention[surname] = bloc
                    return bloc
            selfd = _SELF_DESCRIBED.match(after) if after.startswith(", who ") else None
            if selfd is not None:
                # "Seryoga_Zapas, who says he is a reservist from Lgov, in Kursk region": where a
                # self-description places them, else the bloc it names.
                desc = selfd.group("desc")
                places = [b for b in self.place_sides(desc, capitals=True) if b in _PARTISAN] or [
                    b for w in _IN_PLACE_WORD.findall(desc) if (b := town_bloc(w)) in _PARTISAN]
                named = [a.side for _, _, a in self.actors.find(desc) if a.side in _PARTISAN]
                if places or named:
                    side = (places or named)[0]
                    self._first_mention[surname] = side
                    return side
            if "defect" in after[:400] and (home := _DEFECTED_LIVES_IN.match(after)) is not None:
                # "Kim Chol-min (not his real name) served as a political officer in a KPA battalion
                # before defecting in 2019, and now lives in Seoul": a defector speaks from where he
                # lives (guide 5), whatever army he served.
                bloc = self._town_bloc(home.group(1))
                if bloc in _PARTISAN:
                    self._first_mention[surname] = bloc
                    return bloc
            age = _AGE_APPOSITIVE.match(after)
            aged = age.group(0) if age else ""   # an age marks a private person (below)
            if age:
                after = after[age.end() - 1:]   # "Halyna Moroz, 54, from the village of …": past the age
            close = after.find(",", 2)
            semi = after.find(";", 2, close if close > 0 else 92)
            if semi > 0:
                close = semi   # an attendance list's "Oleksandr Havryliuk, Deputy Head of …; Dr Hanna …"
            if after.startswith(", ") and not 0 < close <= 70:
                # (For a person's role only: a group's or a paper's "that" clause, "a Seoul-based
                # network of defectors that tracks deaths", "a Moscow daily that backs the war", is
                # what it does.)
                stop = _re(r"(?<!\b[A-Z])[.!?](?:\s|$)|\s(?:who|which|that)\s" if _PERSON_APPOSITIVE.match(after) else
                           r"(?<!\b[A-Z])[.!?](?:\s|$)|\s(?:who|which)\s").search(after[2:92])
                # (A relative clause ends the description: "Serhiy Marchuk, a retired Ukrainian
                # colonel who served in …", "Taras, 34, a drone operator in a Ukrainian brigade that
                # fought …".)
                close = stop.start() + 2 if stop else len(after) if len(after) <= 60 else -1
                # (A header line's "Garrett Whitcombe, Deputy Department Spokesperson" runs to its end.)
            appositive = after[2:close] if after.startswith(", ") and 0 < close <= 92 else ""
            stop = _SENTENCE_STOP.search(appositive)
            if stop:
                appositive = appositive[:stop.start()]   # "Rachel Whitford, spoke next. Russian …": not hers
            served = _SERVED_IN.match(after) if not appositive or appositive.startswith("who ") else None
            heads = _HEADS_PART_OF.match(after) if served is None and "'s " in after[:60] else None
            if heads is not None and (body := self.resolve(heads.group(1))) is not None and body.side in _PARTISAN \
                    and body.kind in ("institution", "media"):
                # "Colonel Tuomas Rautio, who heads the agency's analysis division": of the body
                # the text just called "the agency".
                self._first_mention[surname] = body.side
                return body.side
            if served:
                # "Oleksandr Marchuk, who retired last year from Ukraine's General Staff, …": the body
                # a relative clause says the person served in describes them.
                # (The last body that names a bloc: "retired from the Russian army as a colonel in
                # 2014 after three decades as a staff officer in the Far East".)
                # (A relative clause is about what they serve in: "commands a drone company of a
                # Ukrainian brigade that fought in the Kursk region" is not placed in Kursk.)
                bodies = list(_SERVED_BODY.finditer(_re(r"\s(?:that|which|where)\s").split(served.group(1))[0]))
                placed = [b for b in bodies if any(a.side in _PARTISAN for _, _, a in self.actors.find(b.group(1)))]
                body = (placed or bodies)[-1] if bodies else None
                if body is not None:
                    # ("… a director in the North Korea bureau of South Korea's National Intelligence
                    # Service": the body after "of" owns the bureau.)
                    owner = _OF_OWNER.search(served.group(1), body.start(1))
                    appositive = owner.group(1) if owner else body.group(1)
            if appositive.startswith("who "):
                # "who studies North Korea at a university in Norway": the topic places nobody.
                appositive = _STUDIES_TOPIC.sub("who studies", appositive)
            if _VERB_RE.search(appositive) or " that " in appositive or _PREDICATE_START.match(appositive) \
                    or appositive.startswith(("is ", "was ")):
                # ("Ukraine's ambassador, Yevheniia Kostenko, opened the exchange by accusing Russia":
                # a predicate after the comma, not a description.)
                appositive = ""
            before = window[max(0, rel - 80): rel]
            if _BY_CALL_SIGN.search(before):
                # "… that a Ukrainian drone-unit officer held on a forum under the call sign Kobzar":
                # the description is the clause's, further back.
                before = window[max(0, rel - 200): rel]
            quote_end = max(before.rfind("”"), before.rfind('"'))
            if quote_end >= 0:
                before = before[quote_end + 1:]   # ("“Russians hear the truth,” the ministry's spokesman, X": not the quote)
            cut = [b.end() for b in _SENT_END.finditer(before)
                   if not _TITLE_END.search(before[: b.end()])]
            if cut:
                before = before[cut[-1]:]
            if not appositive and (cut or rel <= 80) and _re(r"\s*(?:[A-Z][\w'’.-]*\s+)*").fullmatch(before.rpartition(": ")[2]):
                # A sentence that opens with the name to say who they are: "Olena Marchuk reports
                # for the Sumy news site Prykordonnia", "X spent 14 years as a US analyst" (after a
                # label, "About the channel: Severny Val ("Northern Rampart") is …", past a gloss).
                # ("Tariel, 34, is one of several hundred Georgians who …": past the age.)
                bare_after = after[1:] if aged and after.startswith(", ") else after
                said = _WHO_PREDICATE.match(re.sub(r"^\s*\([^()\n]{1,60}\)", "", bare_after, count=1))
                glossed = re.sub(r"^\s*\([^()\n]{1,60}\)", "", bare_after, count=1)
                # (A relative clause ends the description: "…, which has fought in Russia's Kursk Oblast".)
                appositive = _re(r"(?<![A-Z])[.;](?:\s|$)|,\s+(?:which|where)\s").split(glossed[said.end():])[0][:160] if said else ""
            if not appositive:
                # "Maj. Serhiy Tkach of the SBU, …": the body the name is "of" describes them.
                of_body = _OF_BODY.match(after)
                appositive = of_body.group(1) if of_body else ""
            side = None
            # "…troops had been killed, Lee Seong-jun, a member of the committee, told reporters": a
            # clause before the name is what was said, not a description of who said it.
            described_before = "" if before.rstrip().endswith(",") and _FINITE.search(before) else before
            said, comma, title = before.rpartition(",")
            if comma and len(title.split()) <= 3 and _FINITE.search(said):
                # "… and some 4,000 wounded, lawmaker Han Jae-won told reporters": only the title
                # after the claim's comma describes the name.
                described_before = title
            # (In a list of people, "…; Kim Song-hui, who left North Korea in 2019 and now lives in
            # Seoul", the next person's description is not this one's.)
            around = before + aged + after[:200].partition(";")[0]
            if after.startswith(", ") and _INDEPENDENT_MEDIA.match(after, 2):
                # "Kolokol Monitor, an independent project that tracks the war's toll in Russia's
                # regions": independent media count for neither bloc (guide 5, v7).
                self._first_mention[surname] = self.actors.default_side
                return self.actors.default_side
            if _DEFECTOR.search(around) and not _ACADEMIC.search(around) \
                    and not (after.startswith(", ") and _GROUP_NOUN.match(after)):
                # (Not "North Watch Korea, a Seoul-based network of defectors": a group, of neither bloc.)
                # "Vera Lanskaya, 47, a former member of the Yaroslavl regional parliament who left
                # Russia in 2022 and now lives in Berlin": an émigré speaks from where she lives
                # (guide 5), whatever the description says of where she came from.
                home = self._defector_home(phrase)
                if home is not None:
                    self._first_mention[surname] = home
                    return home
            # (A list of people introduced one by one, "…; Gennady Lavrin, …, who joined from Moscow;
            # and Dr. Owen Pritchard, a fellow …": the description before a name ends at a semicolon.)
            described_before = described_before[described_before.rfind(";") + 1:]
            if "ccording to" in described_before and _ACCORDING_TO_NAME.search(described_before):
                # "… 2,300 North Korean soldiers have been killed, according to Kim Do-hyung, a
                # member of …": what comes before "according to" is the claim, not the source.
                described_before = ""
            if appositive and _COMMERCIAL_EXPERT.search(appositive) \
                    and not any(a.type == "group" and a.side in _PARTISAN for _, _, a in self.actors.find(appositive)):
                # "Harwell Marine, a London-based insurer that covers …": an insurer, a broker or a
                # consultancy is an independent expert (guide 5, v6), wherever it sits.
                self._first_mention[surname] = self.actors.default_side
                return self.actors.default_side
            if appositive and (house := _HOUSE_OWNED.match(appositive)) and house.group(1) in self.outlet_self():
                # "Helena Varga, MSR's primary analyst for Ukraine" in MSR's own commentary: the
                # house's own staff speak for neither bloc (guide 4.7), whatever their beat.
                self._first_mention[surname] = None
                return None
            if self._western and (_WESTERN_THINK_TANK.search(appositive) or (
                    _THINK_TANK_RE.search(appositive) and _GUEST_FROM.search(before)) or (
                    aged and _THINK_TANK_CAREER.search(after, 0, 200) and _WESTERN_THINK_TANK.search(after[:200]))):
                # "Tomas Lindqvist, a senior fellow at the Stockholm-based Nordic Institute": a
                # Western think tank (guide 5, v6), whatever the sentence named before him.
                self._first_mention[surname] = self._western
                return self._western
            if appositive and _DEFECTOR.search(appositive) and not _GROUP_NOUN.match(appositive) \
                    and (home := self._defector_home(phrase)) in _PARTISAN:
                # "a former Korean People's Army officer who defected in 2014 and now studies …
                # at the Seoul-based Institute": where a defector lives, not the army he left
                # (not "a Seoul-based network of defectors": a group of neither bloc, guide 5).
                self._first_mention[surname] = home
                return home
            if appositive and (body_of := _FOR_THE_BODY.match(appositive)) is not None:
                # "Oleksandr Hrytsenko, a spokesman for the agency": the body the paragraph named
                # before him ("Ukraine's military intelligence agency, known as the HUR, …"); "the
                # battalion's press officer": the unit the article named ("the 219th Separate
                # Assault Battalion, a Ukrainian unit").
                kind = body_of.group(1) or body_of.group(2)
                para = self.text[self.text.rfind("\n", 0, m.start()) + 1:m.start()]
                bodies = [a for s0, _, a in self.actors.find(para) if a.type in ("institution", "media")
                          and kind in para[s0:s0 + 80].lower()]
                if not bodies and kind in ("battalion", "brigade", "regiment"):
                    unit = [u for u in _UKRAINIAN_UNIT.finditer(self.text, 0, m.start()) if kind in u.group(0).lower()]
                    bodies = [self._ukrainian_unit(unit[-1].group(0))] if unit else []
                if bodies and bodies[-1].side in _PARTISAN:
                    self._first_mention[surname] = bodies[-1].side
                    return bodies[-1].side
            for part, nearest_last in ((appositive, False), (described_before, True)):
                found = self.actors.find(part)
                if not nearest_last and any(
                        a.side != b.side and a.side in _PARTISAN and b.side in _PARTISAN and _BOTH_JOINED.fullmatch(part, ae, bs)
                        for (_, ae, a), (bs, _, b) in itertools.pairwise(found)):
                    # "the ITC's regional director for Russia and Ukraine": an office over both
                    # blocs places its holder in neither.
                    self._first_mention[surname] = None
                    return None
                # (Service "in the Polish Army" is membership, not a place.)
                hits = [(hs, a) for hs, he, a in found
                        if a.name.split()[-1] != surname and part[hs:he] not in phrase.split()
                        and (not _LOCATIVE.search(part[max(0, hs - 12):hs]) or _SERVICE_AFTER.match(part, he)
                             or (part[he - 2:he] in ("'s", "’s") and _COUNTRYS_BODY_AFTER.match(part, he)))
                        # ("an official at Qatar's Ministry of Foreign Affairs": the country's body, not a place)
                        and not _WEAPON_AFTER.match(part, he) and not _FIELD_AFTER.match(part, he)
                        and not _COUNTRY_FIELD.match(part, hs)
                        and not (a.type == "place" and _FRONT_AFTER.match(part, he))]
                if hits and not nearest_last and ((all(a.type == "group" for _, a in hits) and _ACADEMIC.search(after, 0, 200))
                                                  or _UNIVERSITY_POST.search(part)):
                    # "a Russian demographer who … now works at a university in Vienna": an
                    # academic's nationality does not place them (guide 5, independent experts);
                    # nor does a place in the university's name ("Eastern Washington University").
                    hits = []
                if hits:
                    side = (hits[-1] if nearest_last else hits[0])[1].side
                    break
                defined = [d for w in _re(r"\b[A-Z]{2,6}\b").findall(part) if (d := self.defined_acronym(w)) is not None]
                if defined:
                    side = defined[-1 if nearest_last else 0].side   # "MIDD director Col. Aigars Liepiņš"
                    break
            if side not in _PARTISAN and (joined := _JOINED_FORCE.search(after, 0, 300)) is not None:
                # "Brazilian volunteer Rafael Nogueira, 34, …, described … since he joined an
                # international unit of the Ukrainian army": of the army he serves in, whatever his
                # country (guide 5: the side they serve on).
                side = next((a.side for _, _, a in self.actors.find(joined.group("bloc"))), side)
            if side is None and _CORPORATE_TITLE.search(before + " " + after[:140]) \
                    and (company := _COMPANY_BASED.search(self.text, 0, max(m.start(), 1500))):
                # A company's officer speaks for the company, placed where it is based ("the
                # Munich-based maker of loitering munitions"), as its plant's director is below.
                bloc = self._town_bloc(company.group(1))
                side = bloc if bloc in _PARTISAN else None
            if side is None and "-based" in appositive and not _EXPERT.search(appositive) \
                    and not _PRESS_PERSON.search(appositive) and (based := _BASED_IN.search(appositive)):
                # "deputy director of the Perm-based Uralsky Stvol artillery plant": where the
                # firm they work for is (not an analyst's or a journalist's, guide 5).
                bloc = self._town_bloc(based.group(1))
                side = bloc if bloc in _PARTISAN else None
            if side is None and (runs := _RUNS_OUTLET.search(after, 0, 200)):
                # "Arkady Vetrov, a former paratrooper, runs Severny Schyot, a pro-war Telegram
                # channel": the one who runs a side's channel speaks for it (guide 5, bloggers).
                blocs = {a.side for _, _, a in self.actors.find(runs.group("desc")) if a.side in _PARTISAN}
                side = blocs.pop() if len(blocs) == 1 else None
            if side is None and " by " in before and (run_by := _RUN_BY.search(window, max(0, rel - 200), rel)):
                # "Severny Veter, a pro-war Telegram channel … run by a former paratrooper who
                # writes as Andrei Shtorm": the one a side's channel is run by speaks for it.
                blocs = {a.side for _, _, a in self.actors.find(run_by.group("desc")) if a.side in _PARTISAN}
                side = blocs.pop() if len(blocs) == 1 else None
            if side is None:
                # A place that sets the scene: "In Kharkiv, … Dr. Iryna Savchuk said".
                opening = _SCENE_OPENING_RE.match(window)
                scene = opening.group(1) if opening and opening.end() <= rel else ""
                # (Not a question's topic: "Asked by our newspaper about the ceremony in Kursk, Minister X said".)
                asked = _ASKED_ABOUT.match(window, 0, rel) if window.startswith("Asked") else None
                places = self.place_sides((window[asked.end():rel] if asked else before) + " " + scene)
                if len(set(places)) == 1:
                    side = places[-1]
                elif _SPOKES.search(before):
                    # "At the State Department, spokesperson Rachel Donnelly said": the body the
                    # sentence opens at is the one the spokesperson speaks for.
                    at = _SENTENCE_SCENE.match(before)
                    bodies = [a for _, _, a in self.actors.find(at.group(1)) if a.type not in ("place", "group")] \
                        if at else []
                    if bodies:
                        side = bodies[-1].side
                elif _GOVERNMENT_OFFICE.search(before):
                    # "Kyiv rejects such claims. “…,” Deputy Defence Minister Yulia Marchenko told …":
                    # an office no bloc names is the government's the paragraph speaks for.
                    prior = _mask(window[:rel], [(a, b) for a, b, _ in _quote_spans(window[:rel])])
                    blocs = {a.side for _, _, a in self.actors.find(prior) if a.type == "institution"} & set(_PARTISAN)
                    if len(blocs) == 1:
                        side = blocs.pop()
            # (What follows a name that opens a clause with its own verb is about its object:
            # "Newsweek cited a Ukrainian officer …" does not describe Newsweek.)
            predicate = _CITED_AFTER.match(after)
            # (Not the next person of a list: "…; and Ri Kwang-chol, a reporter for the Seoul-based …".)
            described = before + aged + ("" if predicate else " " + after[:140].partition(";")[0])
            # (Nor, for a soldier, what they say: "Defence Minister X, meanwhile, insists that not a single
            # Croatian soldier will be sent".)
            said = _VERB_RE.search(described, len(before) + len(aged))
            described_self = described[:said.start()] if said else described
            if side is None and _SOLDIER_PERSON.search(before):
                # "… sentenced a captured Russian soldier. Junior Sergeant Artyom Kolesnikov, 27, …":
                # a soldier named right after the sentence that described him.
                prior = window[max(0, rel - 300): rel]
                cut = [b.end() for b in _SENT_END.finditer(prior) if not _TITLE_END.search(prior[: b.end()])]
                prior = prior[cut[-2]: cut[-1]] if len(cut) >= 2 else prior[: cut[-1]] if cut else ""
                side = self._soldier_bloc(prior)
            if side is None and _DEFENDANT.search(described):
                # "Taras Kovalyuk, 31, the oldest of the defendants": a soldier on trial is of the
                # bloc the article says the defendants served ("jails five Ukrainian soldiers").
                side = self._soldier_bloc(self.text[:m.start()], plural=True)
            if side is None and _COURT_ROLE.search(described) and self.court_side:
                side = self.court_side   # "State prosecutor Igor Derzhavin told the court": the court's country
            if side is None and _WESTERN_THINK_TANK.search(described):
                side = self._western  # "a senior fellow at the London-based Centre for …" (guide 5)
            if side is None and _UNPLACED.search(re.split(r"(?<![A-Z])[.!?]\s", after[:200], maxsplit=1)[0]):
                # "Quillon, who …, declined to say where he lives": a private person who will not
                # be placed speaks for neither bloc (not for where the report is).
                self._first_mention[surname] = self.actors.default_side
                return self.actors.default_side
            if side is None and not _EXPERT.search(described) and not _INTERNATIONAL.search(described) \
                    and (_PRIVATE_PERSON.search(described) or _PRIVATE_ROLE.search(described)
                         or (_JOB_IN_PLACE.fullmatch(appositive) and not _POSTED_ABROAD.search(appositive))
                         or (_LOCAL_OFFICIAL.search(described) and "-installed" not in described
                             and "-appointed" not in described)):
                # A private person speaks from where they live ("a former teacher from Vinnytsia"),
                # else from where the report is: "…,” said Halyna Moroz, 63, who sells honey two
                # rows from where the bomb landed.
                home = set(self.place_sides(appositive, capitals=True))
                if not home and (town := _FROM_TOWN.search(appositive)) is not None \
                        and (bloc := self._town_bloc(town.group(1))) in _PARTISAN:
                    home = {bloc}   # "a 34-year-old paramedic from Tampere": the town the gazetteer knows
                if not home and after.startswith(", ") and (works := _WORKS_AT.search(after, 2, 240)):
                    # "… is a vascular surgeon who spent this winter at a field hospital in Ukraine's
                    # Sumy region": where a relative clause says they work places them.
                    home = set(self.place_sides(works.group(0), scene=True))
                lives = _FAMILY_HOME.search(window, rel, rel + 300) if not home else None
                if len(home) == 1:
                    side = home.pop()
                elif lives is not None and ((town := self._town_bloc(lives.group(1))) is not None
                                            or "" in (town_bloc(p.strip()) for p in lives.group(1).split(","))):
                    # "Rosa Elena Nuño … at the family home in Tlaquepaque, Jalisco": where she lives,
                    # a town of neither bloc too, not where the report is filed from.
                    side = town or self.actors.default_side
                elif (_COURT.search(described) or _BEFORE_COURT.search(described)) and (self.court_side or self.dateline_side):
                    # A judge, a lawyer or a witness who testified: of the court the article
                    # names, else the one it is filed from.
                    side = self.court_side or self.dateline_side
                else:
                    # (An official of a region with no place near: of the region the headline names,
                    # as "the regional governor" is.)
                    side = self.scene_side(m.start()) or (self.headline_side if _LOCAL_OFFICIAL.search(described) else None)
            if side is None and after.startswith((", who ", ", whose ")):
                # "Jo Eun-ha, who left Hyesan in 2019 and now works in a bakery in Incheon, said": a
                # private person speaks from where they now live (guide 5), a town or a country's
                # village ("whose profile says she lives in the Russian village of …").
                home = _RESIDENCE.search(after, 0, 160)
                places = (self.place_sides(home.group(1)) or [b for b in (town_bloc(home.group(1)),) if b]
                          or [a.side for _, _, a in self.actors.find(home.group(1)) if a.type == "group"]) if home else []
                if len(set(places)) == 1 and places[0] in _PARTISAN:
                    side = places[0]
            # (Unless a bloc is named in the appositive a verb cut short: "Capt. Oksana Horbach, a
            # spokeswoman for the Ukrainian brigade that held the town, …".)
            comma = after.find(",", 2)
            if side is None and appositive and _UKRAINIAN_UNIT.search(appositive):
                # "a spokesperson for the 203rd Separate Assault Brigade": a unit named the Ukrainian
                # way places its people, wherever the paragraphs before were.
                side = self._ukrainian_unit(appositive).side
            if side is None and _ARMY_SPOKESMAN.search(described):
                # Wire style: "a spokesman for the army's eastern grouping" speaks for the army
                # of the dateline's country, not for wherever the paragraph before was.
                side = self.dateline_side
            if side is None and _DEFECTOR.search(described):
                side = self._defector_home(phrase)   # "a former artillery officer who defected in 2019"
            if side is None and (one_of := _ONE_OF_THE.search(described_before)) is not None:
                # "…, citing two Ukrainian officers serving in the area … One of the officers, a drone
                # unit commander who gave only his call sign, Sych, told the agency": of the bloc the
                # group he is one of was given.
                group = list(_re(r"\b([A-Z][\w'’-]+)\s+(?:[a-z][\w-]*\s+)?" + one_of.group(1) + r"\b").finditer(
                    self.text, max(0, m.start() - 600), m.start() - len(described_before)))
                blocs = {a.side for _, _, a in self.actors.find(group[-1].group(1))} & set(_PARTISAN) if group else set()
                side = blocs.pop() if len(blocs) == 1 else None
            if side is None and _SOLDIER_PERSON.search(described_self) and not _EXPERT.search(described) \
                    and not (self.neutral_home and _NOT_SERVING.search(described)) \
                    and not (after.startswith(",") and 0 < comma <= 92 and self.actors.find(after[:comma])):
                side = self.scene_side(m.start())
            if side is None and _NATIONAL_OFFICIAL.search(described):
                # "a member of the parliamentary intelligence committee in Seoul": the capital
                # places a national official; wire style, with no country named, the dateline.
                capitals = {a.side for _, _, a in self.actors.find(appositive)}
                opening = _SCENE_OPENING_RE.match(window)
                scene = [a.side for _, _, a in self.actors.find(opening.group(1))] if opening and opening.end() <= rel else []
                # (Published in a country of neither bloc, an unplaced national official is its own,
                # wherever the report is filed from: a Belgrade daily's minister, under a Kursk dateline.)
                # (In a ministry's own press release, "Minister of Defence Klára Vondrušková": the
                # government its masthead names.)
                side = capitals.pop() if len(capitals) == 1 else None if self.neutral_home \
                    else self.dateline_side or self.issuer_side() or self.home_side() or (scene[-1] if scene else None)
                if side is None and (_SOUTH_KOREAN_NAME.fullmatch(phrase.strip()) or (korean and "-" in korean.group(0))):
                    # "Rep. Kwon Tae-ho, the committee's senior member from the ruling party": the
                    # English-language press hyphenates South Korean given names ("Tae-ho") and not
                    # North Korean ones ("Ri Song Chol"); a South Korean official is of the allied bloc.
                    side = next((a.side for _, _, a in self.actors.find("South Korea")), None)
                if side is None and self.neutral_home:
                    side = self.actors.default_side
            if side is None and skip_to < 0 and not appositive and not aged:
                # A profile's scene names its subject before it introduces him: "… Seo Jin-ho keeps
                # two clocks on the wall. … Seo, 44, spent eleven years as …".
                # (A Korean name's family name comes first: "Seo Jin-ho" is later "Seo".)
                profile = _named_with_age(self.text, m.end(), {surname, phrase.split()[0]})
                if profile is not None and profile.group("name") != surname:
                    side = self._side_from_first_mention(profile.group("name"))
                elif profile is not None:
                    skip_to = m.end() + profile.start()
                    continue
            if side is None and not appositive and not aged and self.dateline_side in _PARTISAN \
                    and 0 <= self.dateline_at < m.start() < self.text.find("\n", self.dateline_at) % (len(self.text) + 1) \
                    and not _EXPERT.search(before) and not self.actors.find(before) \
                    and (given_name_gender(phrase.split()[0]) or given_name_gender(before.split()[-1] if before.split() else "")):
                # "SPOKANE VALLEY, Wash. — Every night …, Halyna Kovalchuk sets her phone …": the
                # person the dateline's own paragraph shows, undescribed, is where the report is
                # (a person by her given name, not "Groundline Humanitarian Demining").
                side = self.dateline_side
            if side is None and (home := _HOME_PLACE.search(window, rel, rel + 400)) is not None:
                # "When Valentina Sorokina's son called home …, the enlistment office in her town in
                # Tambov Oblast informed her": a private person speaks from where she lives (guide 5).
                side = self._town_bloc(home.group(1)) or self._town_bloc(home.group(1).split()[0])
            if side is None and not appositive and not aged and lo > 0 and not window[:rel].strip(" .").islower() \
                    and _re(r"(?:[A-Z][\w'’.-]*\s+)*").fullmatch(window[:rel]) \
                    and (lead := _DESCRIBED_SAYER.findall(self.text, self.text.rfind("\n", 0, lo - 1) + 1, lo)):
                # Wire style names the speaker a paragraph after describing him: "…, the head of the
                # Finnish Defence Forces' intelligence centre said on Friday. ¶ Col. Aatos Lindroos
                # told reporters …": the one described is the one named.
                blocs = {a.side for d in lead for _, _, a in self.actors.find(d)} & set(_PARTISAN)
                side = blocs.pop() if len(blocs) == 1 else None
            if side is None and not appositive and "ecretary" in before \
                    and _re(r"[Pp]ress\s+[Ss]ecretary\s+(?:[A-Z][\w'’.-]*\s+)?$").search(before) \
                    and len(governments := {a.side for _, _, a in self.actors.find(self.text[:self.text.find("\n")])
                                            if a.type == "institution"} & set(_PARTISAN)) == 1:
                # "Press Secretary Dana Whitcombe came back to the press cabin", under "White House
                # Travel Pool Reports": the press secretary of the government the headline names.
                side = governments.pop()
            if side is None and (fought := _FOUGHT_WITH.search(after, 0, 260)) is not None:
                blocs = {a.side for _, _, a in self.actors.find(fought.group("bloc")) if a.side in _PARTISAN}
                side = blocs.pop() if len(blocs) == 1 else None
            if side is None and (serves := _SERVES_SOLDIERS.search(after, 0, 200)) is not None:
                # "Major Halyna Ostapenko has spent four years helping Ukrainian soldiers recover":
                # one who serves a bloc's soldiers is of that bloc.
                blocs = {a.side for _, _, a in self.actors.find(serves.group("bloc")) if a.side in _PARTISAN}
                side = blocs.pop() if len(blocs) == 1 else None
            entry = after[:120].partition(";")[0]
            if side is None and not aged and skip_to < m.start() and (later := next(
                    (o for o in _word_occurrences(self.text, surname) if o.start() > m.start()
                     and _AGE_APPOSITIVE.match(self.text, o.end())), None)) is not None:
                # A profile's lede and caption name its subject; the paragraph that gives his age
                # introduces him: "Gajewski, 46, a former sapper in the Polish Army, …".
                skip_to = later.start()
                continue
            if side is not None or not _WITNESS_LIST.match(window) or _ACADEMIC.search(entry) \
                    or _UNIVERSITY_POST.search(entry):
                break   # only the first mention introduces a person
            # (Unless it is a list of witnesses or speakers, "Dr Helen Whitfield, Senior Research
            # Fellow, …; Lieutenant General (retd) …": the chair's introduction may say more; not of
            # an academic, whom a university places in neither bloc.)
        if side is None and appositive and _SPOKESPERSON.search(appositive) and not _INTERNATIONAL.search(appositive):
            # "Garrett Whitcombe, Deputy Department Spokesperson" atop a briefing's record from
            # "Washington, DC": a government's spokesperson speaks for the capital it briefs in.
            side = self._record_place_side()
        if side is None:
            side = self._defector_home(phrase)
        self._first_mention[surname] = side
        return side

    def _record_place_side(self):
        """The bloc of the place a record's header gives on a line of its own under the title
        ("Washington, DC"), None without one."""
        for line in self.text.split("\n", 7)[1:7]:
            line = line.strip()
            if len(line) <= 40 and _PLACE_LINE.fullmatch(line) and (bloc := self._town_bloc(line)) is not None:
                return bloc
            dated = _DATED_PLACE_LINE.fullmatch(line) if len(line) <= 48 else None
            if dated is not None and (bloc := self._town_bloc(dated.group(1))) is not None:
                return bloc   # "Paris, 15 January 2026"
        return None

    def learn_call_sign(self, name: str, side: str, context: str) -> _Speaker:
        """Place a person known by a call sign ("Lys", "Sapsan"), so that the name alone later is
        the same person; return them."""
        sp = _Speaker(name, side, "person", named=True, context=context)
        self.learn(sp)
        self.call_signs.add(name)
        return sp

    def orator(self, before: int) -> _Speaker | None:
        """The person whose speech the text before ``before`` names ("Full Text of Kim Jong-un’s
        Speech at …"), placed as the resolver places them; None when it names none."""
        m = _SPEECH_OWNER.search(self.text, 0, before)
        sp = self.resolve(m.group("owner") or m.group("by"), anaphora=False) if m else None
        return sp if sp is not None and sp.kind == "person" and sp.side in _PARTISAN else None

    def outlet_self(self) -> frozenset:
        """The names the article's own outlet goes by, from how sources address it: an acronym
        told or shown something ("told CDW", "documents seen by JPB"), or a name that also could
        not verify a claim or has learned something ("The Kyiv Signal could not independently
        verify …"); names the actors config knows (TASS) are others' outlets."""
        if self._outlet_self is None:
            told = dict.fromkeys(m.group("name") for m in _TOLD_OUTLET.finditer(self.text))
            own = set()
            if (issuer := _HOUSE_LINE.search(self.text, 0, 600)) is not None:
                # A house's own header line, "Meridian Sovereign Ratings - London - 12 Feb 2026":
                # the issuer, and the acronym it gives itself ("Meridian Sovereign Ratings (MSR)").
                own.add(issuer.group("name"))
                short = _re(re.escape(issuer.group("name")) + r"\s+\(([A-Z]{2,6})\)").search(self.text)
                own.update([short.group(1)] if short else [])
            self._outlet_self = frozenset(name for name in told if (_ACRONYM.fullmatch(name) or self._says_of_itself(name))
                                          and not any(e - s == len(name) for s, e, _ in self.actors.find(name))) \
                | frozenset(name for name in own if not self.actors.find(name))
        return self._outlet_self

    def _says_of_itself(self, name: str) -> bool:
        """Whether the text says what only an outlet says of itself, opening a sentence with
        ``name``: "The Kyiv Signal could not independently verify …", "JPB has learned"."""
        at = self.text.find(name)
        while at >= 0:
            opens = at == 0 or self.text[at - 1] == "\n" or _SENTENCE_OPENS.search(self.text, max(0, at - 6), at)
            if opens and _OUTLET_VOICE.match(self.text, at + len(name)):
                return True
            at = self.text.find(name, at + 1)
        return False

    def _town_bloc(self, place: str):
        """The bloc of a place named alone ("Dnipro", "Washington, DC"): the actors config's place,
        else the country the town is in; None for neither bloc's or an unknown place."""
        known = {a.side for _, _, a in self.actors.find(place) if a.type == "place"} & set(_PARTISAN)
        bloc = known.pop() if len(known) == 1 else town_bloc(place.split(",")[0])
        return bloc if bloc in _PARTISAN else None

    def _neither_bloc_town(self, place: str) -> bool:
        """Whether ``place`` is a town of a country of neither bloc ("Hanoi", "Tlaquepaque"), not a
        place the actors config puts in one."""
        return town_bloc(place) == "" and not self._town_bloc(place)

    def _lettered_names(self) -> dict:
        """Letter -> "Soldier A" for each source the article calls by a role and a letter, twice
        or more, or once in an article that says it names its sources so (found once per article)."""
        if self._letters is None:
            counts: dict = {}
            for m in _LETTERED_IN_TEXT.finditer(self.text):
                counts[m.group(0)] = counts.get(m.group(0), 0) + 1
            said_so = _LETTERED_INTRO.search(self.text) is not None
            self._letters = {name[-1]: name for name, n in counts.items() if n >= 2 or said_so}
        return self._letters

    def _lettered_side(self, name: str):
        """The bloc of a lettered source from its introduction: "A, a drone operator in a Ukrainian
        brigade", "a Russian officer we call Officer B", "Official C, who works in a ministry in
        Seoul"; None for an expert ("an academic at a European university") or when unplaced."""
        if name not in self._lettered_sides:
            self._lettered_sides[name] = self._lettered_intro_side(name)
        return self._lettered_sides[name]

    def _lettered_intro_side(self, name: str):
        names = "|".join(re.escape(n) for n in (name, name[-1]))
        after = re.search(r"\b(?:" + names + r"),\s+(?:an?|the|who)\s+([^.;“”\"]{3,160})", self.text)
        before = None
        if after is None:
            # The words before "we call Officer B", back to the sentence's start (at most 120
            # characters): found from the call, since a search for the words first tries every
            # position of the article.
            for call in re.finditer(r"\s+" + _WE_CALL + re.escape(name) + r"\b", self.text):
                lo = max(0, call.start() - 120)
                lo = max(lo, self.text.rfind(".", lo, call.start()) + 1, self.text.rfind(";", lo, call.start()) + 1)
                if call.start() - lo >= 3:
                    before = self.text[lo:call.start()]
                    break
        if after is not None:
            desc = after.group(1)
        elif before is not None:
            desc = _re(r",|\band\b").split(before)[-1]   # the description nearest the name
        else:
            return None
        if _EXPERT.search(desc):
            return None
        # The bloc named first, nearest the role ("a drone operator in a Ukrainian brigade that
        # fought inside Russia's Kursk region"), else the place they are in.
        named = [a.side for s, _, a in self.actors.find(desc) if a.side in _PARTISAN
                 and not _LOCATIVE.search(desc[max(0, s - 12):s])]
        places = [b for b in self.place_sides(desc, capitals=True) if b in _PARTISAN]
        return (named or places or [None])[0]

    def _named_before_kind(self, kind: re.Pattern) -> _Speaker | None:
        """The most recent body heard or remembered whose name matches ``kind`` ("Institute")."""
        found = [b for b in (*self.mentions, *self.speakers) if b.side in _PARTISAN and kind.search(b.name)]
        return max(found, key=lambda b: b.order) if found else None

    def _named_before(self, word: str, since: int = 0) -> _Speaker | None:
        """The body a capitalised "the Embassy" means when no recent mention has the word: the
        last name before this unit that holds it and names a bloc ("the Russian Embassy", "the
        Embassy of the Russian Federation", in a heading too)."""
        if not word.isalpha():
            return None
        named = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}" + word + r"\b|\b" + word + r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
        for m in reversed(list(named.finditer(self.text, since, self.unit_start))):
            blocs = {a.side for _, _, a in self.actors.find(m.group(0))} & set(_PARTISAN)
            if len(blocs) == 1:
                return _Speaker(m.group(0).strip(), blocs.pop(), "institution", named=False, context=m.group(0))
        return None

    def _namesake(self, family: str, actor) -> _Speaker | None:
        """The person a bare family name means when the article last named someone else with it:
        "Kim told reporters" after "Kim Do-hyun, an opposition member, said" is not Kim Jong Un."""
        if self._full_names is None:
            self._full_names = list(_FULL_KOREAN_NAME.finditer(self.text))   # found once per article
        last = own = None
        known = actor.name.lower().replace("-", " ")
        for m in self._full_names:
            if m.start() >= self.unit_start:
                break
            if m.group(1) == family:
                if m.group(2).replace("-", " ").lower() in known:
                    own = m
                else:
                    last = m
        # (The leader named in full since, in this paragraph or the one before, is whom "Kim" means;
        # named further back, "on Kim Jong-un's orders" in a background paragraph, he does not
        # make the pastor's "Kim" his.)
        if last is None or (own is not None and own.start() > last.start()
                            and sum(1 for line in self.text[own.end():self.unit_start].split("\n")[1:-1] if line.strip()) == 0):
            return None
        name = f"{family} {last.group(2)}"
        side = self._side_from_first_mention(name)
        return _Speaker(name, side or self.actors.default_side, "person", named=side is not None)

    def _defector_home(self, phrase: str):
        """The bloc of where a defector or émigré the article names now lives (guide 5: "Kang
        … fled the North in 2013 and is one of 34,000 defectors living in South Korea"), else
        the dateline's; None when the article does not call the person one."""
        # (A Korean name's family name comes first: "Kang Myong-ok" is later "Kang".)
        named = self.text.find(phrase)
        if named >= 0 and _GROUP_NOUN.match(self.text, named + len(phrase), named + len(phrase) + 80):
            return None   # "North Watch Korea, a Seoul-based network of defectors": a group, not a defector
        # (In this order: the same answer in every run.)
        names = dict.fromkeys(w for w in (phrase.split()[-1], phrase.split()[0]) if _re(r"[A-Z][a-z'’-]{2,}").fullmatch(w))
        for m in (m for name in names for m in _word_occurrences(self.text, name)):
            lo = max(self.text.rfind("\n", 0, m.start()) + 1, m.start() - 150)
            hi = self.text.find("\n", m.end())
            window = self.text[lo: min(hi if hi != -1 else len(self.text), m.end() + 320)]
            if ";" in window:
                # (A list of people: "…; Baek Seon-young, professor …; and Ri Kwang-chol, … who left
                # North Korea in 2014": only this person's own item.)
                # (Not a clause of the same description: "…, then left Russia; he now lives in Vilnius".)
                at = m.start() - lo
                left = window.rfind(";", 0, at)
                if left != -1 and window[left + 1:at].strip() not in ("", "and"):
                    left = -1
                right = next((n.start() for n in _NEXT_LISTED_PERSON.finditer(window, at)), len(window))
                window = window[left + 1:right]
            if _DEFECTOR.search(window):
                home = _RESIDENCE.search(window) or _BASED_IN.search(window)
                # (A capital the actors list as its state, "in Seoul", places as a town does; so
                # does the town of where he works, "at the Seoul-based Institute".)
                places = (self.place_sides(home.group(1))
                          or [a.side for _, _, a in self.actors.find(home.group(1)) if a.side in _PARTISAN]) if home else []
                if places:
                    return places[-1]
                town = town_bloc(home.group(1)) if home else None   # "now lives in Sheffield"
                if town is None and self.dateline_side is None and _NORTH_LEFT.search(window):
                    # "Ri Song-min, who left the North in 2011": a North Korean defector the article
                    # does not place lives in the South, as almost all of them do (guide 5).
                    return next((a.side for _, _, a in self.actors.find("South Korea")), None)
                return (town or self.actors.default_side) if town is not None else self.dateline_side
        return None

    def _introduced_org(self, head: str) -> _Speaker | None:
        """The organisation the text just introduced by its kind ("Roll Call North, a group run by
        defectors in Seoul, …. The group says …"): the bloc words before the kind place it ("a
        Russian veterans' group"); where it sits does not (guide 5, neutral sources)."""
        lo = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, self.unit_start)))
        found = None
        for m in _ORG_INTRO.finditer(self.text, lo + 1, self.unit_start):
            if m.group("head").lower().rstrip("s") == head.rstrip("s"):
                found = m
        if found is None:
            return None
        blocs = {a.side for _, _, a in self.actors.find(found.group("mods") or "") if a.side in _PARTISAN}
        side = blocs.pop() if len(blocs) == 1 else self.actors.default_side
        return _Speaker(found.group("name"), side, "institution", named=False, context=found.group(0))

    def resolve(self, phrase: str | None, *, anaphora: bool = True) -> _Speaker | None:
        """Resolve the phrase nearest a reporting cue; None when it names nobody."""
        if phrase and "Government" in phrase and _THE_GOVERNMENT.fullmatch(_clean(phrase)) \
                and (issuer := self.issuer_side()) is not None:
            # "The Government assesses that …" in a ministry's white paper: the government that
            # issues the document, not the last one the text named.
            return _Speaker("the Government", issuer, "institution", named=False, context=phrase)
        if phrase and "ccused" in phrase and _re(r"[Tt]he\s+accused").fullmatch(_clean(phrase)) and self.court_side is None \
                and (body := self.investigating_side()) is not None:
            # "During questioning, the accused admitted …" in an investigating body's release: his
            # words reach the article through the body that questioned him (the channel decides).
            return _Speaker("the accused", body, "role", channel="investigators", named=False, context=phrase)
        if phrase and "nvestigat" in phrase and _INVESTIGATORS.fullmatch(_clean(phrase)) \
                and (body := self.investigating_side()) is not None:
            # "Investigators established that …", "According to the investigation": the one
            # investigating body of a bloc the text names ("the Investigative Committee of the
            # Russian Federation continues to investigate …"), not the side the crime is laid at.
            return _Speaker(_clean(phrase), body, "role", named=False, context=phrase)
        sp = self._resolve(phrase, anaphora=anaphora)
        if sp is not None and sp.side == self.actors.default_side and sp.kind in ("institution", "group", "role") \
                and _UNQUALIFIED_BODY.fullmatch(_clean(phrase)) and (home := self.home_side()) in _PARTISAN \
                and not (self.unit_text.startswith("In ") and _IN_CAPITAL_BODY.match(self.unit_text)):
            # "In written evidence, the Ministry of Defence said …" in a House of Commons paper,
            # "The Defence Ministry said" under a MOSCOW dateline: the document's own country's
            # ministry, when no other has been named for the phrase to mean.
            return _Speaker(sp.name, home, "institution", named=False, context=sp.context)
        return sp

    def own_forces_side(self) -> str | None:
        """The bloc whose forces the writer calls "ours" ("where our brigade has held its line"), when
        the text says it was written in Ukrainian ("Translated from Ukrainian by …"), None otherwise."""
        if self._own_forces is None:
            self._own_forces = ""
            if _FROM_UKRAINIAN.search(self.text, 0, 1500) and _OUR_FORCES.search(self.text, 0, 4000):
                self._own_forces = next((a.side for _, _, a in self.actors.find("Ukrainian") if a.side in _PARTISAN), "")
        return self._own_forces or None

    def investigating_side(self) -> str | None:
        """The bloc of the investigating bodies the text names (an investigative committee, a
        prosecutor's office), None when none or both."""
        if self._investigating is None:
            blocs = {a.side for m in _INVESTIGATING_BODY.finditer(self.text)
                     for _, _, a in self.actors.find(m.group(0)) if a.side in _PARTISAN}
            self._investigating = blocs.pop() if len(blocs) == 1 else ""
        return self._investigating or None

    def issuer_side(self) -> str | None:
        """The bloc of the government a document's masthead names as its issuer ("Ministry of
        Unification, Republic of Korea | Seoul, March 2026"), None when it has none."""
        if self._issuer is None:
            masthead = _GOVERNMENT_MASTHEAD.search(self.text, 0, 400)
            sides = {a.side for _, _, a in self.actors.find(masthead.group(0).title())} if masthead else set()
            # (A government of neither bloc, "GOVERNMENT OF INDIA", issues in the author's voice.)
            self._issuer = sides.pop() if len(sides) == 1 else ""
        return self._issuer or None

    def home_side(self) -> str | None:
        """The bloc of the country the text is published in, where it says so: its dateline, or
        a House of Commons paper's number ("Sixth Report of Session 2024–26, HC 1186"), or a monitor's source line."""
        if self.dateline_side in _PARTISAN:
            return self.dateline_side
        if self._home is None:
            paper = _COMMONS_PAPER.search(self.text, 0, 1500)
            blocs = [a.side for _, _, a in self.actors.find("House of Commons")] if paper else []
            if not blocs and (source := _MONITOR_SOURCE.search(self.text, 0, 600)) is not None:
                # A monitor's "Source: Novitrg.hr news portal, Zagreb, in Croatian …": where the
                # outlet it translates is published.
                blocs = [b for b in (town_bloc(source.group("city")),) if b in _PARTISAN]
            self._home = blocs[0] if blocs else ""
        return self._home or None

    def _resolve(self, phrase: str | None, *, anaphora: bool = True) -> _Speaker | None:
        raw = phrase or ""
        phrase = _clean(raw)
        if " same " in phrase:
            # "The same service affirmed that …", "a drone operator from the same brigade": the one
            # just named.
            phrase = _re(r"\b([Tt]he) same ").sub(r"\1 ", phrase)
        if phrase.endswith(("self", "selves")) and (own := _re(r"(.+?)\s+(?:itself|themselves|himself|herself)").fullmatch(phrase)):
            phrase = own.group(1)   # "The Defence Ministry itself, which has never published …, said"
        if not phrase or phrase.startswith(("about ", "regarding ", "concerning ")):
            return None   # ("asked about the two prisoners, Kremlin spokesman Dmitry Peskov said": a topic)
        if "ed by " in phrase and (by := _PERSON_QUOTED_BY.fullmatch(phrase)) is not None \
                and (ch := self.channel_of(by.group("by"))) is not None and ch[1] in _PARTISAN \
                and (who := self._resolve(by.group("who"), anaphora=False)) is not None and who.kind == "role":
            # "according to a nurse quoted by the Kursk news portal Seym24": the person, through the
            # outlet that quoted her (the channel decides), which "told the outlet" means next.
            outlet = _clean(by.group("by"))   # (as written: "the Kursk news portal Seym24", not "Kursk")
            self.remember(_Speaker(outlet, ch[1], "media", named=False, context=self.unit_text))
            return _Speaker(who.name, ch[1], who.kind, channel=outlet, named=False, context=self.unit_text)
        if phrase[:4] in ("Our ", "our ") and _OUR_SOLDIER.fullmatch(phrase) and (own := self.own_forces_side()) is not None:
            # "Our battalion commander, call sign Kedr, tells me …" in a Ukrainian chaplain's blog:
            # the writer's own side's soldier, whoever the writer is (guide 5: they serve that side).
            at = self.unit_text.find(phrase)
            sign = _CALL_SIGN_AFTER.match(self.unit_text, at + len(phrase)) if at >= 0 else None
            if sign is not None:
                return self.learn_call_sign(sign.group(1), own, self.unit_text)   # later "Kedr tells the young ones"
            return _Speaker(phrase, own, "role", named=False, context=self.unit_text)
        if phrase.startswith(("Which ", "Who ", "Whose ", "which ", "whose ")) or (
                phrase.startswith("What ") and re.search(re.escape(phrase) + r"\s+\w+(?:\s+\w+)?:", self.unit_text)):
            # A question's subject, "Which government said on Monday that …?", and a section's
            # label, "What the bloggers say: …", name nobody yet ("What Ukrainian officials have
            # said is that …" does).
            return None
        if phrase[:4] in ("the ", "The ") and self.unit_text.startswith("On ") \
                and (own := _ON_SIDE.match(self.unit_text)) is not None and own.end() <= self.unit_text.find(phrase) \
                and not any(a.side in _PARTISAN for _, _, a in self.actors.find(phrase)):
            # "On the Ukrainian side, the General Staff reported …": the side the sentence opens with
            # owns the body it names without a bloc word.
            bloc = {a.side for _, _, a in self.actors.find(own.group(1))} & set(_PARTISAN)
            if len(bloc) == 1:
                bloc = bloc.pop()
                sp = self._resolve(f"the {own.group(1)} {phrase[4:]}", anaphora=False)
                if sp is not None and sp.side == bloc:
                    return sp
                return _Speaker(phrase, bloc, "institution", named=False, context=self.unit_text)
        if (phrase[-1:] == "%" or "espondent" in phrase or "cent" in phrase or "olled" in phrase or "urveyed" in phrase) \
                and _RESPONDENTS.fullmatch(phrase):
            # A poll's respondents ("62% of respondents said", "71% believe") speak from where they
            # live (guide 5, private people): the survey's country, as the report's dateline gives it.
            side = self.dateline_side or self.scene_side(self.unit_start)
            return _Speaker("respondents", side if side in _PARTISAN else self.actors.default_side, "role",
                            named=False, context=self.unit_text)
        if "uthor" in phrase and (authors := _re(r"([Tt]he\s+(?:report|study|assessment|paper|analysis))['’]s\s+authors?").fullmatch(phrase)):
            # "The report's authors estimate …": whoever the report just named speaks for.
            doc = self._resolve(authors.group(1))
            if doc is not None and doc.side in _PARTISAN:
                return doc
        if " by " in phrase and (issued := _DOCUMENT_ISSUED_BY.fullmatch(phrase)) is not None:
            # "A report published last week by the London-based Institute for …": the document
            # speaks for whoever issued it.
            issuer = self._resolve(issued.group("who"), anaphora=False)
            if issuer is None and self._western and _WESTERN_THINK_TANK.search(issued.group("who")):
                issuer = _Speaker(issued.group("who"), self._western, "institution", named=False)
            if issuer is not None and issuer.side in _PARTISAN:
                return _Speaker(phrase, issuer.side, "document", channel=issuer.channel, named=False, context=self.unit_text)
        if " by " in phrase and (met := _re(r"\s+(?:interviewed|questioned|contacted|visited|surveyed)\s+by\s").search(phrase)):
            phrase = phrase[:met.start()]   # "Most of the Russian prisoners interviewed by OHCHR": the prisoners
        if phrase[:2] in ("Wi", "By", "Af", "Ea", "La", "At") and (when := _WHEN_LEAD.match(phrase)):
            phrase = phrase[when.end():]   # "Within a week the agency put the toll at …": past the time
        if phrase[:4] in ("the ", "The ") and (title := _TITLE_ALONE.fullmatch(phrase)) and not self.actors.find(phrase):
            # "the Prosecutor General wrote", after "a submission from the Prosecutor General of
            # Ukraine": the office the text named in full before.
            # (All the offices of that title named before: one bloc's, or none.)
            # ("the Commissioner", after "High Commissioner for Human Rights in the Russian Federation")
            named = _re(r"\b" + re.escape(title.group(1)) + r"((?:\s+(?:of|for|in)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}){1,2})").finditer(
                self.text, 0, self.unit_start)
            blocs = {a.side for full in named for _, _, a in self.actors.find(full.group(1))} & set(_PARTISAN)
            if len(blocs) == 1:
                return _Speaker(phrase, blocs.pop(), "role", named=False, context=self.unit_text)
        if " here" in raw and (here := _HERE.fullmatch(raw.strip())) is not None:
            side = self._town_bloc(here.group(1)) if here.group(1) else self.here_side or self.dateline_side
            if side in _PARTISAN:
                return _Speaker(phrase, side, "role", named=False, context=self.unit_text)
        if _head(raw) in _HERE_PEOPLE and not raw.strip().istitle() \
                and (at := _HERE_AT.match(self.text, self.text.rfind("\n", 0, self.unit_start) + 1)) is not None:
            # "Here at the Pentagon, officials say …", then "one senior defense official told me":
            # a correspondent's own post, opening the paragraph, names whose they are.
            blocs = {a.side for _, _, a in self.actors.find(at.group(1))} & set(_PARTISAN)
            if len(blocs) == 1:
                return _Speaker(f"{raw.strip()} at {at.group(1)}", blocs.pop(), "role", named=False, context=self.unit_text)
        if "-based" in phrase and (based := _BASED_IN.search(phrase)) and town_bloc(based.group(1)) == "" \
                and not self.actors.find(based.group(1)):
            # "a researcher at the Hanoi-based Institute for …": a body of neither bloc, not the last
            # institute the text named.
            return _Speaker(phrase, self.actors.default_side, "role", named=False, context=self.unit_text)
        if phrase[:4] in ("The ", "the ") and _re(r"[Tt]he\s+(?:Most\s+|Very\s+|Right\s+)?(?:Rev|Hon)\.?\s+[A-Z]").match(phrase):
            phrase = phrase[4:]   # "The Rev. Mykola Hrytsak", "the Hon. Member": the title, then the name
        if " of " in phrase and (record := _OWNED_RECORD_OF.fullmatch(phrase)):
            phrase = record.group(1)
        if phrase.endswith(")") and (bare := _TRAILING_PARENS.sub("", phrase)) and bare[-1:].isalpha():
            # "Open Gate (defector-run monitor, Seoul)": the one named, not where its note says it sits.
            phrase = bare
        if phrase[:1].isupper() and _re(r"^[Tt]he\s+").sub("", phrase) in self.outlet_self():
            # "CDW assesses that …", in CDW's own pages: the outlet's voice (guide 4.7).
            return _Speaker(phrase, self.actors.default_side, "media", named=False, context=self.unit_text)
        if (bare := _re(r"^(?:[Tt]he\s+)?([A-Z]{2,6})$").match(phrase)) and (defined := self.defined_acronym(bare.group(1))):
            return defined   # "the MIDD estimates", defined as "Latvia's … Service (MIDD)"
        if _BOTH.search(phrase):
            return _Speaker(phrase, "__both__", "group")
        if len(phrase) <= 24 and phrase[-1:].isupper() and (len(phrase) == 1 or _LETTERED.fullmatch(phrase)):
            # An anonymised source known by a letter, "Medic D", later "D said": placed by where the
            # article introduces them.
            full = phrase if len(phrase) > 1 else self._lettered_names().get(phrase)
            if full is not None and full in self._lettered_names().values():
                side = self._lettered_side(full)
                return _Speaker(full, side or self.actors.default_side, "person", named=side is not None,
                                context=self.unit_text)
        if _OUR_REPORTER.match(phrase):
            return None   # "Our correspondent Taras Lysenko reports from Saltivka": the outlet's own (4.7)
        if " such " in phrase and _ONE_SUCH.fullmatch(phrase) and self.last is not None and self.last.side in _PARTISAN:
            # "Russian military bloggers on Telegram wrote that … One such channel claimed …": one of
            # those just cited, whatever bloc its content names.
            return _Speaker(phrase, self.last.side, self.last.kind, channel=self.last.channel, named=False,
                            context=self.unit_text)
        if phrase[:4] in ("the ", "The ") and self.unit_text.startswith("In ") \
                and (scene := _IN_CAPITAL_BODY.match(self.unit_text)) and scene.group("body") == phrase:
            # "In Moscow, the Defence Ministry rejected the figures": the body of the capital the
            # sentence opens in, not the last "Defence Ministry" named (Seoul's).
            blocs = set(self.place_sides("in " + scene.group("place"), capitals=True)) & set(_PARTISAN)
            if len(blocs) == 1:
                return _Speaker(phrase, blocs.pop(), "institution", named=False, context=self.unit_text)
            if not blocs and town_bloc(scene.group("place")) == "" and not self.actors.find(scene.group("place")):
                # "In Abuja, the Ministry of Foreign Affairs said …": a capital of neither bloc's body.
                return _Speaker(phrase, self.actors.default_side, "institution", named=False, context=self.unit_text)
        if self._western and "ank" in phrase and _DESCRIBED_THINK_TANK.fullmatch(phrase):
            # "…, the Washington-based think tank said": a Western think tank (guide 5), the one
            # named before if the article did (first the one this very sentence names, "The
            # Institute for the Study of War, a Washington-based think tank, assessed").
            at = self.unit_text.find(phrase)
            here = [a for s, e, a in self.actors.find(self.unit_text[:at]) if _THINK_TANK_RE.search(self.unit_text, s, e)
                    and a.side in _PARTISAN] if at > 0 else []
            if here:
                return _Speaker(here[-1].name, here[-1].side, "institution", named=False, context=self.unit_text)
            return self._named_before_kind(_THINK_TANK_RE) or _Speaker(phrase, self._western, "institution",
                                                                      named=False, context=self.unit_text)
        if "ights" in phrase and _RIGHTS_GROUP.search(phrase):
            # "The Vilnius-based Russian rights group Zashchita": not a government, so nobody's bloc
            # whatever its country (guide 5, neutral sources).
            return _Speaker(phrase, self.actors.default_side, "institution", named=False, context=self.unit_text)
        if ("ecretary" in phrase or "ommissioner" in phrase) and _UN_POST.search(phrase) \
                and not any(a.side in _PARTISAN and _UN_POST.search(phrase, s0, e0) for s0, e0, a in self.actors.find(phrase)):
            # (Not a state's own office the actors name: "the High Commissioner for Human Rights of
            # the Russian Federation".)
            # "the Assistant Secretary-General for Europe": the UN's office, of neither bloc, whatever
            # region it covers (guide 5).
            return _Speaker(phrase, self.actors.default_side, "role", named=False, context=self.unit_text)
        desc = phrase
        if " who " in self.unit_text and (at := self.unit_text.find(phrase)) >= 0:
            # "A former Storm Corps sergeant who defected in 2019 and now lives in Seoul told us":
            # the relative clause the subject was cut from describes him.
            rel = self.unit_text[at + len(phrase): at + len(phrase) + 160]
            if rel.lstrip(", ").startswith("who "):
                desc = phrase + " " + rel.split(",")[0]
        if "espondent" in phrase and _RESPONDENT.search(phrase) and (case := _CASE_AGAINST.search(self.text)):
            # "The respondent Government contends …" in "R.C. and K.H. v. Ukraine": the state the
            # application is brought against.
            states = [a for _, _, a in self.actors.find(case.group("state")) if a.side in _PARTISAN]
            if states:
                return _Speaker(phrase, states[0].side, "institution", named=False, context=self.unit_text)
        if _DEFECTOR.search(desc):
            # "a North Korean defector in Seoul": a defector speaks from where they now live (guide 5).
            home = {a.side for m in _LIVES_IN.finditer(desc)
                    for _, _, a in self.actors.find("South Korea" if m.group("south") is not None else m.group(1) or m.group(3))}
            if len(home) == 1:
                return _Speaker(phrase, home.pop(), "role", named=False, context=self.unit_text)
            # (A person: "the defector", "Ri Song-min, who left the North"; not "the exiled Russian
            # news site Spisok" nor "the defectors' network Free Voices".)
            if not home and (_NORTH_LEFT.search(desc) or _head(phrase) in ("defector", "defectors")) \
                    and (side := self._defector_home(phrase)) in _PARTISAN:
                return _Speaker(phrase, side, "person", context=self.unit_text)
        unit = self._ukrainian_unit(phrase)
        if unit is not None:
            return unit
        another = _ANOTHER.match(phrase) if phrase[:1] in "AaO" else None
        if another is not None and (at := self.unit_text.find(phrase)) >= 0 \
                and (home := _FROM_TOWN_APPOSITIVE.match(self.unit_text, at + len(phrase))) is not None \
                and (bloc := self._town_bloc(home.group(1))) in _PARTISAN:
            # "One drone commander, a former schoolteacher from Poltava who …, told me": where he
            # is from places him before any earlier commander does.
            return _Speaker(phrase, bloc, "role", named=False, context=self.unit_text)
        if another is not None and not self.actors.find(phrase):
            # "Another platoon commander recalled …" after "one Ukrainian platoon commander said":
            # one more of the same kind, of the same bloc.
            head = another.group("role").split()[-1].lower()
            # ("One battalion commander told him …" after "Ukrainian commanders describe …".)
            earlier = next((sp for sp in reversed([*self.speakers, *self.mentions])
                            if sp.side in _PARTISAN and sp.name.lower().split()[-1:] in ([head], [head + "s"])), None)
            if earlier is not None:
                return _Speaker(phrase, earlier.side, "role", named=False, context=self.unit_text)
        norm = phrase.replace("’", "'")
        hits = self.actors.find(phrase)
        places = [h for h in hits if h[2].type == "place"]
        # A place is not a speaker; it only places a role ("officials in Kharkiv", below).
        hits = [h for h in hits if h[2].type != "place" and not _FIELD_AFTER.match(norm, h[1])]
        # A name after a locative locates the speaker, it does not speak: "the UN mission in
        # Ukraine", "a fellow at an institute in London". Alone ("officials in Kyiv") it places a role.
        # So does the region an international office covers: "OCHA's head of office for north-eastern Ukraine".
        # (Not the institute someone works at: "Analysts at the Institute for the Study of War".)
        located = [h for h in hits if (_LOCATIVE.search(norm[max(0, h[0] - 12):h[0]])
                                       and not (_AT_INSTITUTE.search(norm[max(0, h[0] - 8):h[0]])
                                                and _THINK_TANK_RE.search(norm, h[0], h[1])))
                   or _OFFICE_FOR.search(norm[max(0, h[0] - 40):h[0]])]
        for h in hits:
            # "officials in Moscow and Kyiv": the locative covers the second capital too.
            if located and h not in located and any(_AND_BETWEEN.fullmatch(norm, loc[1], h[0]) for loc in located):
                located.append(h)
        if located and (len(located) < len(hits) or _EXPERT.search(phrase)):
            hits = [h for h in hits if h not in located]
            places += located
        sides = {a.side for _, _, a in hits}
        if len(sides) > 1 and _re(r"\b(?:and|or|nor)\b").search(phrase):
            return _Speaker(phrase, "__both__", "group")
        words = [w.lower().replace("’", "'") for w in _WORD.findall(phrase)]
        if not words:
            return None
        head = words[-1]
        ctx = self.unit_text
        if words in (["one"], ["another"]) and self.last is not None and self.last.kind in ("group", "role") \
                and self.last.name.lower().endswith("s") and self.paragraph - self.last_paragraph <= 1:
            # "Two Western officials … said …. One, who spoke on condition of anonymity, said":
            # one of the people just named.
            return _Speaker(phrase, self.last.side, "role", channel=self.last.channel, named=False, context=ctx)
        if self.pending_channel is not None and not hits and _PARTITIVE.fullmatch(phrase):
            # "One of them", "the second man", "both men": people the relay just showed.
            return self._with_channel(_Speaker(phrase, self.actors.default_side, "role", named=False, context=ctx))
        if not hits and self.last is not None and self.last.kind == "role" and (self.last.channel or self.last.side in _PARTISAN) \
                and self.paragraph == self.last_paragraph and _PARTITIVE.fullmatch(phrase):
            # "According to the NIS, the soldiers said …. One of them … told interrogators …. Both
            # men said …": the same captives, through the same channel.
            return _Speaker(phrase, self.last.side, "role", channel=self.last.channel, named=False, context=ctx)
        if anaphora and head in PRONOUNS and not hits and len(words) >= 2:
            # "… of what it said was …": the subject is the pronoun, not the clause before it.
            return self.antecedent(head)
        if hits:
            s, e, actor = hits[-1]
            if actor.type == "person" and e - s <= 6 and " " not in norm[s:e]:   # a bare family name: "Kim"
                namesake = self._namesake(norm[s:e], actor)
                if namesake is not None:
                    return namesake
            titled = actor.type != "person" and _TITLED_NAME.search(phrase, e)
            if titled:
                # "Ukraine's Foreign Minister Oleksandr Movchan": a person, the next "he said".
                return _Speaker(titled.group("name"), actor.side, "person", context=ctx)
            office = _OFFICE_OF.match(norm)
            one = re.match(r"(?:an?|the|one)\s+(?P<role>\w+)\s+(?:in|at|of|from|with)\s", norm, re.IGNORECASE)
            if (office and office.end() <= s and actor.type == "institution") or (
                    one and (one.group("role").lower() in _OFFICIALS
                             or (one.group("role").lower() in _SERVICE_MEMBERS and norm[:1] in "AaOo"))
                    and one.end() <= s and actor.side in _PARTISAN):
                # "The governor of Russia's Belgorod region", "An official in the office of Russia's
                # human rights commissioner": one person of that body, the next "he" or "she".
                return _Speaker(phrase, actor.side, "role", named=False, context=ctx)
            if actor.type == "group" and actor.side not in _PARTISAN \
                    and (person := _ROLE_NAME_AFTER.fullmatch(norm, e)) is not None \
                    and (side := self._side_from_first_mention(person.group("name"))) in _PARTISAN:
                # "Brazilian volunteer Rafael Nogueira": a national of a country of neither bloc,
                # placed by what the text says he does ("joined … the Ukrainian army").
                return _Speaker(person.group("name"), side, "person", context=ctx)
            if actor.type == "group":
                kind = "document" if head in DOCUMENT_NOUNS else "group"
                return self._with_channel(_Speaker(phrase, actor.side, kind, named=False, context=ctx))
            kind = "document" if head in DOCUMENT_NOUNS else actor.type
            return _Speaker(self._display(actor, norm, s, e), actor.side, kind, context=ctx)
        if anaphora and len(words) == 2 and words[0] in ("the", "this") and head in _ORG_HEADS:
            org = self._introduced_org(head)
            if org is not None:
                return org
        if anaphora and head in self.actors.roles and norm.startswith(("the ", "The ")) and "'s " in norm \
                and len(words) <= 5:
            # "the ministry's spokesman": the body just named ("Ukraine's foreign ministry") owns the role.
            owner = self.resolve(norm[: norm.rfind("'s ")], anaphora=True)
            # (A country's body is placed as a group: "Poland's foreign ministry".)
            if owner is not None and owner.side in _PARTISAN and (owner.kind in ("institution", "media", "channel")
                                                                  or _head(owner.name) in _INSTITUTION_HEADS):
                return _Speaker(phrase, owner.side, "role", channel=owner.channel, named=False, context=ctx)
        if head in _OWNED_RECORDS and ("'s " in norm) and len(words) <= 7:
            # "The General Staff's daily tally put Russian losses at …": the owner's record speaks
            # for the owner.
            owner = self.resolve(norm[: norm.rfind("'s ")], anaphora=anaphora)
            # ("The General Staff's daily tally" after Ukraine's General Staff spoke: the staff placed.)
            if owner is not None and owner.side != "__both__" and (owner.kind != "role" or owner.side in _PARTISAN):
                return _Speaker(phrase, owner.side, "document", channel=owner.channel, named=False, context=ctx)
        if anaphora and words[0] in ("its", "their") and head in DOCUMENT_NOUNS and len(words) <= 3:
            # "Its latest update puts …": the document of the body just named speaks for it.
            owner = self.antecedent(words[0])
            if owner is not None and owner.side in _PARTISAN:
                return owner
        if anaphora and words[0] in ("its", "their") and len(words) <= 5 and _head(phrase) in DOCUMENT_NOUNS \
                and self.unit_text.startswith(phrase.rstrip()):
            # "Its summaries for February put …", opening the sentence.
            owner = self.antecedent(words[0])
            if owner is not None and owner.side in _PARTISAN:
                return owner
            if owner is None and (side := self._possessor_side()) is not None:
                # ("Ukraine's General Staff does not give them separately. Its summaries for
                # February put …": the body the sentence before opens with, silent till now.)
                return _Speaker(phrase, side, "document", named=False, context=ctx)
        if anaphora and words[0] in PRONOUNS and len(words) <= 2 and not (
                words[0] in ("his", "her", "their") and head in _KIN):
            return self.antecedent(words[0])   # (but "his widow" is the widow: below)
        named = _ROLE_THEN_NAME.fullmatch(phrase) or _ROLE_COMMA_NAME.fullmatch(phrase)
        if named and _head(named.group("role")) in self.actors.roles:
            # "navy spokesman Captain Andriy Sokolenko": a person the role places ("the ministry's
            # spokesman, Andriy Kovalchuk": the ministry just named).
            sp = self.resolve(named.group("role"), anaphora=named.re is _ROLE_COMMA_NAME)
            if sp is not None and sp.channel and self.pending_channel is not None and sp.channel == self.pending_channel[0] \
                    and (first := self._side_from_first_mention(named.group("name"))) is not None:
                # (A named person the sentence introduces is not a voice on the video just named:
                # "Retired general Ricardo Palomino Ugarte, a former defence minister, put it …".)
                return _Speaker(named.group("name"), first, "person", context=ctx)
            if sp is not None and sp.side != "__both__":
                side = sp.side
                if side == self.actors.default_side and not sp.channel:
                    # The role alone places nobody: the sentence that introduces the name may.
                    side = self._side_from_first_mention(named.group("name")) or side
                return _Speaker(named.group("name"), side, "person", channel=sp.channel, context=ctx)
        if named and _ONE_WORD_ROLE.fullmatch(named.group("role")) and named.group("role").split()[-1] not in _NOT_SPEECH_WORDS \
                and not self.actors.find(named.group("name")):
            # "director Dr. Oleh Kovalchuk", an office the roles list does not hold: the person named.
            side = self._side_from_first_mention(named.group("name"))
            return _Speaker(named.group("name"), side or self.actors.default_side, "person", named=side is not None,
                            context=ctx)
        if anaphora and len(words) == 3 and words[0] == "the" and words[1].endswith("'s") and head == "office" \
                and words[1][:-2] in self.actors.roles and words[1][:-2] not in _INSTITUTION_HEADS:
            # "In Russia's Kursk region, the governor's office says": the office of the role, placed
            # as the role is, not the last body named.
            owner = self.resolve(norm[: norm.rfind("'s ")], anaphora=True)
            if owner is not None and owner.kind == "role" and owner.side in _PARTISAN:
                return _Speaker(phrase, owner.side, "institution", channel=owner.channel, named=False, context=ctx)
        if not hits and head in self.actors.roles and "'s " in norm \
                and (owner := _re(r"([A-Z][\w-]+)'s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*").fullmatch(norm)):
            # "Moth's commander, a captain who …": the commander of a person the article has placed
            # is of that person's side.
            side = self._side_from_first_mention(owner.group(1))
            # (Not a place's: "Kharkiv's regional governor", "Kursk's regional government".)
            if side in _PARTISAN and not self.actors.find(owner.group(1)) and town_bloc(owner.group(1)) is None:
                return _Speaker(phrase.strip(), side, "role", named=False, context=ctx)
        if head in ("site", "portal", "daily", "newspaper", "paper", "channel", "outlet", "broadcaster", "weekly") \
                and (local := _LOCAL_OUTLET.fullmatch(norm)) is not None and (local.group("place") or local.group("place2")):
            # "A Kursk regional news site reported …", "a local paper in Belgorod": the media of
            # where it is (guide 5, regional media).
            place = local.group("place") or local.group("place2")
            blocs = {a.side for _, _, a in self.actors.find(place)} & set(_PARTISAN)
            side = blocs.pop() if len(blocs) == 1 else self._town_bloc(place)
            if side in _PARTISAN:
                return _Speaker(phrase.strip(), side, "media", named=False, context=ctx)
        if anaphora and len(words) == 2 and words[0] == "the" and head in ("presenter", "host", "anchor", "newsreader") \
                and not hits:
            # "In a segment broadcast on Rossiya-1, a presenter stood before a map …", then "the
            # presenter said": the broadcaster's voice (guide 4), a person the next "he" means.
            same = next((sp for sp in reversed(self.speakers) if sp.name.lower() == " ".join(words)), None)
            if same is not None:
                return same
            lo = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, self.unit_start))) + 1
            media = [a for _, _, a in self.actors.find(self.text[lo:self.unit_start + len(self.unit_text)])
                     if a.type == "media" and a.side in _PARTISAN]
            if media:
                return _Speaker(phrase.strip(), media[-1].side, "person", channel=media[-1].name, named=False, context=ctx)
        if anaphora and len(words) == 3 and words[0] == "the" and head == "source" and words[1] in _ORDINALS \
                and len(self.sources) > _ORDINALS[words[1]]:
            return self.sources[_ORDINALS[words[1]]]   # "the first source": the one who spoke first
        if anaphora and self.last is not None:
            # "the ministers" as well as "the minister": the plural of the heads too.
            if len(words) <= 3 and words[0] in ("the", "this", "that", "these", "those") and (
                    head in _ANAPHOR_HEADS or (head[-1:] == "s" and head[:-1] in _ANAPHOR_HEADS)):
                at = self.unit_text.find(phrase.strip())
                named = _re(r",\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),").match(
                    self.unit_text, at + len(phrase.strip())) if at >= 0 else None
                known = [a for s0, e0, a in self.actors.find(named.group(1)) if s0 == 0 and e0 == len(named.group(1))] if named else []
                if known and known[0].type in ("institution", "media"):
                    # "The Security Service, the SBU, said …": the body the appositive names.
                    return _Speaker(known[0].name, known[0].side, known[0].type, context=ctx)
                candidates = sorted({id(c): c for c in (*self.mentions, *self.speakers, self.last)}.values(),
                                    key=lambda c: c.order)[::-1]
                # A name that is the head ("the agency": the National Intelligence Service) before
                # a mention whose sentence merely uses the word ("its news agency KCNA").
                names = _HEAD_SYNONYMS.get(head, (head,))
                if "spy " in phrase or "ntelligence " in phrase:
                    # "the spy agency" is an intelligence body, not a news agency named since.
                    candidates = [c for c in candidates if c.kind != "media" and c.name not in _WIRE_AGENCIES
                                  and "news" not in c.name.lower() and "news" not in self.spelt_out(c.name)]
                top = candidates[0] if candidates else None
                if top is self.last and top is not None and top.context \
                        and any(_re(r"\b" + head + r"(?:,\s+(?:the\s+)?|\s+)\Z").search(top.context[:at])
                                for at in _bounded(top.context, top.name)):
                    # (But "North Korea's state news agency KCNA reported …. The agency quoted …",
                    # "Ukraine's military intelligence agency, the HUR, said": the one that just
                    # spoke, introduced by the word itself.)
                    return top
                for recent in candidates:
                    # (An acronym stands for its spelt-out alias: "the NIS" is a service; and a body
                    # mentioned by a phrase the word heads, "Ukraine's military intelligence agency,
                    # HUR, tells a different story", is "the agency" before an older one named so.)
                    # (A name written inside a longer one, "Finland's Defence Intelligence Agency", is
                    # "the agency"; so is a wire agency by its name, "RIA Novosti".)
                    if any(_re(r"\b" + n + r"\b").search(recent.name.lower()) for n in names) \
                            or (recent.context and any(f"{recent.name.lower()} {n}" in recent.context.lower() for n in names)) \
                            or (head == "agency" and recent.kind == "media" and recent.name in _WIRE_AGENCIES) \
                            or any(n in self.spelt_out(recent.name) for n in names) \
                            or (recent.context and recent.context.lower().rstrip(" ,").endswith(" " + head)) \
                            or (recent.context and any(f"{n} ({recent.name.lower()})" in recent.context.lower() for n in names)):
                        # (and "Ukraine's military intelligence agency (HUR) said": the body the
                        # word introduced with its acronym.)
                        return recent
                    if head == "agency" and recent.channel in _WIRE_AGENCIES \
                            and (wire := self._resolve(recent.channel, anaphora=False)) is not None:
                        return wire   # "TASS, citing a source …, reported …. Separately, the agency quoted …"
                if head in _INSTITUTION_HEADS and head.isalpha() and (here := self.body_named_here(head)) is not None:
                    return here   # (heard long before, named again in this paragraph)
                for recent in candidates:
                    described = (recent.context + " " + recent.name).lower()
                    if any(re.search(r"\b" + n + r"\b", described) for n in names):
                        return recent
                issued = _ISSUED_BY.search(self.text, 0, self.unit_start) if head in DOCUMENT_NOUNS else None
                if issued is None and head in DOCUMENT_NOUNS:
                    issued = next(reversed(list(_FILED_DOC.finditer(self.text, 0, self.unit_start))), None)
                if issued is not None and issued.group("head").lower() == head:
                    # "The report was compiled by the UN Office for the Coordination of Humanitarian
                    # Affairs": the article's report is its issuer's, whoever spoke last.
                    issuer = self.resolve(issued.group("who"), anaphora=False)
                    if issuer is not None and issuer.side != "__both__":
                        return _Speaker(phrase, issuer.side, "document", channel=issuer.channel, named=False, context=ctx)
                if head in _TRIAL_RECORDS and self.court_side:
                    # "The indictment says": in a trial report, the court's country's document.
                    return _Speaker(phrase, self.court_side, "document", named=False, context=ctx)
                if head in _INSTITUTION_HEADS and phrase.split()[-1][:1].isupper():
                    named = self._named_before(phrase.split()[-1])
                    if named is not None:
                        return named
                institutional = self.last.kind in ("institution", "media", "document", "channel")
                # (Not a body named by its own capitalised words that the last speaker's name does not
                # hold, under a dateline of another bloc: "Bratislava, February 18 (SIB) - … the
                # Financial Administration said" after the Russian Embassy.)
                spelt = (self.last.name + " " + self.last.context).lower()
                if (head in _INSTITUTION_HEADS) == institutional and (
                        self.dateline_side in (None, self.last.side) or self.dateline_side not in _PARTISAN
                        or self.actors.find(phrase) or all(w.lower() in spelt for w in phrase.split()[1:-1] if w[:1].isupper())):
                    return self.last
                if head in _INSTITUTION_HEADS and head.isalpha() and (named := self._named_before(
                        head.capitalize(), since=self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, self.unit_start))) + 1)):
                    # "Arkady Voronov, spokesman for the Russian Defence Ministry, said …. The ministry
                    # also said": the body the last speaker's description named, in this paragraph
                    # or the one before.
                    return named
        is_role = head in self.actors.roles or head in DOCUMENT_NOUNS or (
            head.endswith("s") and head[:-1] in self.actors.roles)
        noun = _head(phrase) if not is_role else head
        if not is_role and (noun in self.actors.roles or (noun.endswith("s") and noun[:-1] in self.actors.roles)):
            # "A nurse in the intensive care unit", "doctors at a hospital in Dnipro": the head
            # noun comes before the prepositions.
            head, is_role = noun, True
        if is_role:
            kind = "document" if head in DOCUMENT_NOUNS else "role"
            sp = _Speaker(phrase, self.actors.default_side, kind, named=False, context=ctx)
            if len({h[2].side for h in places}) == 1 and not _EXPERT.search(phrase):
                sp.side = places[0][2].side
                return sp
            if head == "source" and (at := self.unit_text.find(phrase)) >= 0 \
                    and (where := _IN_PLACE_AFTER.match(self.unit_text, at + len(phrase))) is not None:
                # "A second source, in the provincial capital of Chongjin, said": where the source is.
                blocs = set(self.place_sides(where.group(1), capitals=True)) or {
                    b for w in _re(r"[A-Z][\w'’-]+").findall(where.group(1)) if (b := town_bloc(w))}
                if len(blocs) == 1 and (bloc := blocs.pop()) in _PARTISAN:
                    sp.side = bloc
                    return sp
            sp = self._with_channel(sp)
            if not sp.channel and words[0] in ("its", "their") and (owner := self._possessor_side()) is not None:
                # "Ukraine has not published its own losses. Its General Staff said …": the body
                # of the country the sentence before was about.
                sp.side = owner
                return sp
            if not sp.channel and (_COURT_ROLE.search(phrase) or head in _TRIAL_RECORDS) and self.court_side:
                # "Prosecutors allege …" in a trial report: of the court the article names (guide 5).
                sp.side = self.court_side
                return sp
            if not sp.channel and _LOCAL_ROLE.search(phrase):
                places = {a.side for _, _, a in self.actors.find(self.unit_text) if a.type == "place"}
                if len(places) == 1:
                    sp.side = places.pop()
                    return sp
                if not places and _LOCAL_OFFICIAL.search(phrase):
                    # "The regional governor said": the governor of where the report is.
                    sp.side = self.scene_side(self.unit_start) or self.headline_side or sp.side
                    return sp
            if not sp.channel and _PRIVATE_ROLE.search(phrase) and not _EXPERT.search(phrase):
                # Hospital staff, residents, relatives speak from where the report is: "At a
                # military hospital in Dnipro, … staff said".
                places = [a for _, _, a in self.actors.find(self.prefix) if a.type == "place"]
                capital = self.place_sides(self.prefix, capitals=True) if not places else []
                if capital:
                    # ("Back in Kyiv, at a military hospital on the left bank, a surgeon told me": a capital
                    # after "in" is where she is.)
                    sp.side = capital[-1]
                    return sp
                where = _SAID_WHERE.match(self.unit_text, len(self.prefix))
                if not places and where:
                    # "…,” his widow said in the small flat in Dnipro where she has lived since …"
                    places = [a for _, _, a in self.actors.find(where.group(1)) if a.type == "place"]
                # (A witness who "testified" or "told the court" speaks from where the court sits.)
                side = places[-1].side if places else \
                    (self.court_side if _BEFORE_COURT.search(self.unit_text) else None) or self.scene_side(self.unit_start)
                if side is not None:
                    sp.side = side
                    return sp
            recent = self.mentions[-1] if self.mentions else None
            recent_side = recent.side if recent is not None and recent.side not in (self.actors.default_side, "__both__") \
                and self.paragraph - recent.paragraph <= 1 else None
            par = self.text[self.text.rfind("\n", 0, self.unit_start) + 1:self.unit_start] + self.prefix
            opening = _SCENE_OPENING_RE.match(par) if recent_side is not None else None
            if recent_side is not None and any(map(self._neither_bloc_town, (
                    ([opening.group(1)] if opening else []) + _IN_TOWN_NAME.findall(self.prefix)))):
                # (A body's role in a scene set in a capital of neither bloc: "In Cairo, …", "At a
                # regular press briefing in Hanoi on March 12, Foreign Ministry spokesperson …".)
                recent_side = None
            # (and "In Seoul, lawmakers who attended a closed-door briefing said": the capital's)
            placed = set(self.place_sides(self.prefix, scene=True)) \
                if words in (["officials"], ["authorities"]) or (words and words[0] in _LEGISLATORS) else ()
            if not sp.channel and len(placed) == 1:
                # "Across the border in Ukraine's Sumy region, officials said": the place's.
                sp.side = placed.pop()
            elif head in _PRESS_ROLES and words[0] == "the" and self.last is not None and self.last.kind in ("media", "channel") \
                    and self.last.side in _PARTISAN and _re(r"\ban?\s+" + head + r"\b").search(self.text[max(0, self.unit_start - 400):self.unit_start]):
                # "On the state channel Rossiya-1's news, a correspondent reporting from the Kursk region said
                # … “…,” the correspondent said": the channel's correspondent, again.
                sp.side = self.last.side
            elif not sp.channel and words[0] in _LEGISLATORS and self.dateline_side in _PARTISAN:
                # "SEOUL (Yonhap) – …, lawmakers briefed by the agency said": the dateline country's.
                sp.side = self.dateline_side
            elif head in _PRESS_ROLES and not any(w[:1].isupper() for w in phrase.split()[1:]):
                pass   # "a reporter asked": the press is nobody's part (guide 5); "a VEKTOR correspondent" is VEKTOR's
            elif not sp.channel and recent_side and (words[0] in ("a", "an", "the", "one") or words == ["officials"]) \
                    and not _NAMED_MEDIA.search(phrase) and not (
                        # (Not a body by its capitalised name in a paper of a country of neither
                        # bloc, "The Ministry of Foreign Affairs told a parliamentary committee": its own.)
                        self.neutral_home and head in _INSTITUTION_HEADS and any(w[:1].isupper() for w in phrase.split()[1:])):
                # "A department spokesperson", "the official": part of the body just named.
                sp.side = recent_side
            elif not sp.channel and kind == "role" and (qualified := _COUNTRY_QUALIFIED.match(phrase)) is not None:
                # "Moldova's foreign ministry", "Ukraine's economy ministry": its country's, of no
                # bloc when the config places the country in none.
                blocs = {a.side for _, _, a in self.actors.find(qualified.group("country"))} & set(_PARTISAN)
                if len(blocs) == 1:
                    sp.side = blocs.pop()
            elif not sp.channel and kind == "role" and not _NAMED_MEDIA.search(phrase) and (
                    (words[0] == "the" and head in _INSTITUTION_HEADS) or _NATIONAL_BODY.intersection(words)):
                # Wire style: an unqualified national body or its spokesman is the dateline
                # country's ("ODESA, Ukraine - … the agriculture ministry said", "navy spokesman");
                # without a dateline, the country whose body was just named ("Foreign ministry
                # spokeswoman X" after the Kremlin's briefing).
                para = self.text[self.text.rfind("\n", 0, self.unit_start) + 1:self.unit_start]
                named = [a.side for w in sorted(_NATIONAL_BODY.intersection(words)) if w in para
                         for m in _re(r"\b([A-Z][\w'’-]+)\s+" + w + r"\b").finditer(para)
                         for _, _, a in self.actors.find(m.group(1)) if a.side in _PARTISAN]
                # ("The German government has condemned … “…,” government spokesperson X said": the
                # government its paragraph named.)
                # (Not the dateline's under a paper of a country of neither bloc: "a former corps
                # commander in the Army of Yugoslavia" in a Belgrade daily's report from Kursk.)
                # (Under such a paper's dateline, its own country's: "KATHMANDU, Feb 20: … The Ministry
                # of Foreign Affairs told a parliamentary committee".)
                sp.side = (named[-1] if named else None) or (self.actors.default_side if self.neutral_home else self.dateline_side) \
                    or recent_side or self.setting_side or (
                    self.own_forces_side() if head in _MILITARY_HEADS else None) or sp.side
            elif not sp.channel and kind == "role" and (_SOLDIER_ROLE.search(phrase) or _UNIT_SPOKESMAN.search(phrase)):
                # Soldiers speaking for themselves serve the side the report places them on
                # (guide 5): "soldiers of the 158th brigade said" under a Ukrainian dateline.
                sp.side = self.scene_side(self.unit_start) or self.own_forces_side() or sp.side
            return sp
        # (Six capitalised words for a local office before the name: "Los Angeles City
        # Councilmember Miriam Seo".)
        if (_NAME.fullmatch(phrase) or (len(words) == 6 and _NAME.fullmatch(phrase.partition(" ")[2]))
                or (len(words) > 5 and (titles := _ACADEMIC_TITLES.match(phrase)) is not None
                    and _NAME.fullmatch(phrase, titles.end()))) \
                and words[0] not in _NOT_NAMES:
            side = self._side_from_first_mention(phrase)
            sp = _Speaker(phrase, side or self.actors.default_side, "person", named=side is not None,
                          context=ctx, gender=_TITLE_GENDER.get(words[0].rstrip("."), ""))
            return sp if side is not None else self._with_channel(sp)
        of = _NAME_OF_BODY.fullmatch(phrase)
        if of is not None and of.group("name").split()[0] not in _NOT_NAMES:
            # "Dr. Haeun Park of the Warsaw-based Eastern Security Forum": the person, placed by
            # the body the sentence that introduces them names.
            side = self._side_from_first_mention(of.group("name"))
            # (Placed nowhere, "Professor Hirose Tomoko of Tokai Keizai University" still speaks:
            # the next "she said" is hers.)
            return _Speaker(of.group("name"), side or self.actors.default_side, "person", context=ctx,
                            named=side is not None, gender=_TITLE_GENDER.get(words[0].rstrip("."), ""))
        return None

    def _possessor_side(self) -> str | None:
        """The bloc of the country or body the sentence before this unit opens with ("Ukraine has
        not published …"), which a unit's "Its"/"Their" then means; None if it opens with neither."""
        before = self.text[max(0, self.unit_start - 400): self.unit_start].rstrip()
        sentence = _re(r"(?<=[.!?\]])\s+|\n").split(before)[-1].lstrip("[(“\"")
        opening = [a for s, _, a in self.actors.find(sentence[:40]) if s <= 4]
        return opening[0].side if opening and opening[0].side in _PARTISAN else None

    def _with_channel(self, sp: _Speaker) -> _Speaker:
        # A relay speaks for individuals it shows (a nurse, a captured soldier), not for
        # collective speakers with a bloc of their own ("Western officials").
        words = _WORD.findall(sp.name.lower())
        if self.film is not None and self.paragraph - self.film_paragraph <= 1 and sp.side not in _PARTISAN \
                and words and _head(sp.name) in _FILM_VOICES:
            # "The narrator says", "a woman introduced as the mother of a sergeant": the voices of
            # the film the paragraphs describe speak through the broadcaster that aired it.
            sp.channel, sp.side = self.film
        elif self.pending_channel is not None and words and (
                sp.kind == "role" or _head(sp.name) in INDIVIDUAL_ROLES
                or (sp.kind == "group" and words[0] in _NUMBER_WORDS[2:])) and not _EXPERT.search(sp.name):
            # ("Two North Koreans … said in videos released by the SBU": people counted, not a nation.)
            # Analysts who reviewed a video are not voices in it.
            sp.channel, sp.side = self.pending_channel
        return sp


_TRAIL = re.compile(
    r"(?:\s+(?:also|further|since|furthermore|previously|earlier|later|again|now|then|reportedly|purportedly|allegedly|"
    r"initially|originally|subsequently|eventually|instead|meanwhile|still|consistently|"
    r"publicly|separately|officially|repeatedly|have|has|had|had\s+also|has\s+also|once|first|"
    r"quickly|swiftly|immediately|flatly|firmly|categorically|openly|privately|already|"
    r"in\s+turn|for\s+(?:its|his|her|their)\s+part|there|here))+$", re.IGNORECASE)


_IN_TOWN_BEFORE = re.compile(_IN_TOWN + r",\s*\Z")
_COMMA_TAIL = re.compile(r"\s*,?\s*\Z")
_AGE_AFTER = re.compile(r",\s\d{1,3},")


def _in_town_before(prefix: str, subj: str) -> bool:
    r"""Whether ``prefix`` ends "in Tartu, Estonia" for ``subj`` "Estonia" (a comma after it
    allowed), as ``_IN_TOWN + ",\s*" + subj + "\s*,?\s*$"`` would find it, without a pattern
    built for each subject."""
    core = prefix[:_COMMA_TAIL.search(prefix).start()]
    return core.endswith(subj) and _IN_TOWN_BEFORE.search(core, 0, len(core) - len(subj)) is not None


def _named_with_age(text: str, lo: int, names) -> _Match | None:
    r"""The first "Seo, 44," after ``lo`` for one of ``names``, as ``\b(name|…),\s\d{1,3},`` would
    find it in ``text[lo:]`` (the longer name where two end alike): a match-like record, offsets
    from ``lo``, the name in group "name"."""
    for hit in _AGE_AFTER.finditer(text, lo):
        for name in sorted(names, key=len, reverse=True):
            start = hit.start() - len(name)
            if start >= lo and name and text.startswith(name, start) and (
                    (start > lo and _is_word(text[start - 1])) != _is_word(name[0])):
                return _Match(start - lo, hit.end() - lo, name=name)
    return None


def _bounded(text: str, word: str, lo: int = 0, hi: int | None = None, *, ends: bool = False):
    """Yield where ``word`` occurs in ``text[lo:hi]`` between regex word boundaries, as
    ``\\b`` + word + ``\\b`` would find it (its end with ``ends``): a name looked for once per
    article costs no compiled pattern."""
    hi = len(text) if hi is None else hi
    n = len(word)
    if not n:
        return
    first, last = _is_word(word[0]), _is_word(word[-1])
    pos = text.find(word, lo, hi)
    while pos != -1:
        end = pos + n
        if (pos > 0 and _is_word(text[pos - 1])) != first and (end < hi and _is_word(text[end])) != last:
            yield end if ends else pos
        pos = text.find(word, pos + 1, hi)


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _word_occurrences(text: str, word: str):
    """Yield whole-word occurrences of ``word`` in ``text`` (str.find is far faster than a regex
    compiled per name)."""
    pos = text.find(word)
    while pos != -1:
        end = pos + len(word)
        before = text[pos - 1] if pos else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-"):
            yield _Match(pos, end)
        pos = text.find(word, end)


def _head(phrase: str) -> str:
    """Return the head noun of a phrase: its last word before a preposition."""
    core = re.split(r"\s+(?:in|of|from|with|at|on|for|near|under|to)\s+", phrase, maxsplit=1)[0]
    words = _WORD.findall(core.lower())
    return words[-1] if words else ""


_ACCORDING_LEAD = re.compile(r"(?:according\s+to|as\s+per|citing)\b", re.IGNORECASE)
_APPOSITIVE_LEAD = re.compile(r"\s*(?:a|an|another|the|its|his|her|their|one|known|identified|whose|who|which|"
                              r"run|owned|founded|based|led|backed|funded|linked|affiliated|headed|operated|"
                              r"briefed|accompanied|joined|flanked)\b|"
                              # an office without an article: "Grigory Rudakov, first deputy chairman of …,"
                              r"\s*(?:(?:first|deputy|senior|former|acting|chief)\s+)*(?:deputy|head|chair(?:man|woman)?|"
                              r"director|spokes(?:man|woman|person)|member|leader|commander|chief|secretary|minister|"
                              r"president|governor|mayor)\s+(?:of|for|at)\b",
                              re.IGNORECASE)


_RETIRED_IN = re.compile(r"\s*\((?:Retd|Ret|Rtd|retd|ret|retired|Retired)\.?\)")
_RETIRED = re.compile(_RETIRED_IN.pattern + "$")


def _clean(phrase: str) -> str:
    phrase = phrase.replace("\n", " ").strip(" \t\"'“”‘’«»—–-")
    phrase = _LEAD.sub("", phrase).strip()
    phrase = _TRAIL.sub("", phrase).strip()
    if phrase.endswith(")"):
        phrase = _RETIRED.sub("", phrase)   # "Lt. Gen. Harinder Pal Malhotra (Retd)"
    if "-year-old " in phrase:
        phrase = _AGE_LEAD.sub("", phrase)   # "24-year-old Pvt. Denys Moroz"
    if _ACCORDING_LEAD.match(phrase):
        return ""
    return phrase


_PRONOUN_CLAUSE = re.compile(r"\s*(He|She|They|It|We)\s+(?:also\s+|then\s+|later\s+)?[a-z]+(?:ed|t)\s+(?!that\b)")
# The same with a name or "the <noun>": "NRR visited a Ukrainian drone unit …, and asked …".
# (A past tense, regular or one of the common irregular ones: "Japan's Defense Ministry … put the
# contingent at 11,000 …, and said".)
_PAST = r"(?:[a-z]{2,}ed|went|met|spent|took|came|saw|drove|flew|put|set|gave|kept|sent|made|held|found)"
_NAME_CLAUSE = re.compile(r"\s*((?:The\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|[Tt]he\s+[a-z]+)\s+"
                          rf"(?:also\s+|then\s+|later\s+|first\s+)?{_PAST}\s+"
                          r"(?!(?:that|by|as|to|in|on|at|from|with|for)\b)")
_SUBJECT_BEFORE_PAST = re.compile(rf"\s*([A-Z][\w.'’-]*(?:\s+[\w.'’-]+){{0,5}}?)\s+(?:also\s+)?{_PAST}\s")
_AND_BEFORE_VERB = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?$")
_PREDICATE_OPEN = re.compile(rf"\s*(?:also\s+)?{_PAST}\s+(?!by\b)")


def _subjects_before(masked: str, verb_start: int, *, limit: int = 3, tag: bool = False):
    """Yield the clause segments before a verb, nearest first: its probable subject.

    Relative clauses ("…, who describe themselves as …,") are skipped. When the sentence opens
    with a short name followed only by appositives ("Two Majors, another popular channel, said"),
    the opening name comes first.
    """
    left = masked[:verb_start]
    if "(R" in left or "(r" in left:
        left = _RETIRED_IN.sub("", left)   # "Lt. Gen. Harinder Pal Malhotra (Retd), a former …"
    if ") " in left:
        # "A US Department of Defense (DoD) spokesperson stated": an acronym defined in passing;
        # "Ms Katrin Vollmer (Germany, SOC) said": a member's country and group, not the subject.
        left = _re(r"\s\([A-Z][A-Za-z]{1,6}\)(?=\s+[a-z])|(?<=[a-z])" + _DELEGATION_AFTER.pattern + r"(?=\s+\Z)").sub("", left)
    parts = _SPLIT_CLAUSE_KEEP.split(left)
    segments = []   # (separator before, text)
    sep = ""
    relative = False
    for k, part in enumerate(parts):
        if k % 2 == 1:
            sep = part.strip().lower()
            if sep in ("who", "which", "that", "whose"):
                relative = True
            elif not sep.isalpha():
                relative = False
            continue
        # Everything from a relative pronoun to the next punctuation is the relative clause.
        segments.append(("who" if relative else sep, part))
    if relative and len(segments) >= 1 and segments[-1][1].strip() and len(segments[-1][1].split()) <= 4 \
            and _RAW_SEP_RELATIVE.search(left):
        # The verb is inside an object relative: "a video that it said showed …" -> "it".
        yield segments[-1][1]
        return
    # ("KCNA … called Seoul's claim that … “…” and said": before a second predicate, a segment that
    # opens with the first one's verb has no subject of its own, whatever its "that" clause holds.)
    coordinated = _AND_BEFORE_VERB.search(left) is not None
    participle = masked.startswith("telling", verb_start) and left.rstrip().endswith(",")
    kept = [(sp, seg) for sp, seg in segments if seg.strip() and sp not in ("who", "which", "that", "whose")
            and not _PARTICIPIAL_SEGMENT.match(seg) and not _COORDINATED_PREDICATE.fullmatch(seg)
            and not (coordinated and _PREDICATE_OPEN.match(seg))]
    if len(kept) >= 3 and _LONE_ADVERB.fullmatch(kept[-1][1]):
        kept.pop()   # "…, for its part, now estimates": the adverb before the verb is no subject
    if len(kept) >= 2 and (_PARENTHETICAL.fullmatch(kept[-1][1].strip()) or _ASIDE_PHRASE.match(kept[-1][1].strip())):
        # "The Russian defence ministry, for its part, said", "…, Lis, in line with Ukrainian
        # military rules, said": past the aside to the subject.
        kept.pop()
    # ("Speaking to Kavach News, Lt. Gen. Harinder Pal Malhotra, a former …, said": past the
    # participle that opens the sentence; titles are not counted as words of the name.)
    # (Or past a short scene: "In Moscow, Viktor Zolotaryov, a member of the State Duma's defence
    # committee, dismissed …".)
    lead = 1 if len(segments) > 2 and (_PARTICIPIAL_SEGMENT.match(segments[0][1]) or (
        _PREPOSITION_LEAD.match(segments[0][1].strip()) and len(segments[0][1].split()) <= 4)) else 0
    first = segments[lead][1] if segments else ""
    # (Not for a tag set off by commas, "Russia itself, the MIDD estimates, has suffered …": its
    # subject is the segment next to it, not the name the sentence opens with.)
    if not tag and len(kept) >= 2 and first.strip() and len([w for w in first.split() if not w.endswith(".")]) <= 5 \
            and first.lstrip()[:1].isupper() and not _VERB_RE.search(first) \
            and first.split()[0].lower() not in _TIME_WORDS and not _SENTENCE_ADVERB.fullmatch(first.strip()) \
            and not _PREPOSITION_LEAD.match(first.strip()) \
            and all(_APPOSITIVE_LEAD.match(seg) or sp in ("who", "which", "that", "whose")
                    for sp, seg in segments[lead + 1:] if seg.strip()):
        ordered = [first] + [seg for _, seg in reversed(kept[1:]) if seg is not first]
    else:
        ordered = [seg for _, seg in reversed(kept)]
    if len(kept) >= 2 and ordered and ordered[0] is kept[-1][1] and "spokes" in kept[-2][1] and _ROLE_COMMA_NAME.fullmatch(
            f"{kept[-2][1].strip()}, {kept[-1][1].strip()}"):
        # "its spokesman, Maj. Gen. Igor Kornev, called …": the name with the office that places it
        # (a spokesman's; "its coordinator" may belong to a group the text never names as such).
        ordered = [f"{kept[-2][1].strip()}, {kept[-1][1].strip()}"] + ordered
    # (Past the "and" a second predicate leaves: "X, in a paper sent to the Diet, put …, and said".)
    head = next((k for k, seg in enumerate(ordered) if seg.strip() not in ("", "and")), len(ordered))
    if len(ordered) > head + 1 and _INSERTED_PHRASE.match(ordered[head]) and " by " not in ordered[head]:
        # "KCNA, in a rare report, said": the phrase set off by commas is not the subject (but "in a
        # video released by the brigade's press service" names the channel a captive speaks through).
        ordered = ordered[:head] + ordered[head + 1:] + [ordered[head]]
    for seen, seg in enumerate(ordered):
        if seen >= limit:
            return
        if "     " in seg.strip():
            # 'Russian losses were "staggering," Whitford added': a masked quote ends the clause.
            seg = _QUOTE_GAP.split(seg.strip())[-1]
        if (opens := _PRONOUN_CLAUSE.match(seg)) and len(seg.split()) > 4:
            # "He put North Korean casualties … at around 6,000, …, and said …": the pronoun that
            # opens the first predicate is the subject of the second, not a bloc word inside it.
            seg = opens.group(1)
        elif all(o.strip() in ("", "and") for o in ordered[:seen]) and len(seg.split()) > 5 and _AND_BEFORE_VERB.search(left) and (opens := _NAME_CLAUSE.match(seg)):
            seg = opens.group(1)
        elif seen == 0 and participle and len(seg.split()) > 5 and (opens := _SUBJECT_BEFORE_PAST.match(seg)):
            # "Kremlin spokesman Dmitry Peskov declined to comment on the Ukrainian report, telling
            # reporters …": the subject of the clause the participle hangs on.
            seg = opens.group(1)
        yield seg


def _verb_cues(masked: str, resolver: _Resolver):
    """Yield (speaker, verb_match) for each reporting verb with a resolvable subject."""
    if "?" in masked and _WH_QUESTION.match(masked):
        return
    if "e assume" in masked or "e expect" in masked or "e project" in masked or "e forecast" in masked:
        if _OWN_PROJECTION.match(masked):
            return
    for v in _VERB_RE.finditer(masked):
        before = masked[: v.start()]
        # Only the last words matter, and an anchored search over the whole prefix is costly.
        # ("Kyiv claims to have killed …" is speech; "X is said to have …" is a hedge, caught before.)
        not_after = _NOT_SPEECH_AFTER.match(masked[v.end():])
        if not_after and v.group(0).lower() in ("claims", "claimed", "claim") and not_after.group(0).lstrip().startswith("to"):
            not_after = None
        # ("He went on to accuse …": a statement summarised, the infinitive after "went on to".)
        # ("Soldier A said", "A said": a source called by a letter, not the article "a".)
        lettered = before.endswith("A ") and (len(before) == 2 or not before[-3].isalnum()) \
            and "A" in resolver._lettered_names()
        if (_NOT_SPEECH_BEFORE.search(before[-40:]) and not before.endswith(("went on to ", "goes on to ", "go on to "))
                and not (before.endswith("ing ") and _ING_NOUN_END.search(before[-40:]))
                and not lettered) \
                or not_after or _NEGATED_SUBJECT.match(before) or (" nor " in before and _NEGATED_CLAUSE.search(before[-120:])) or (" than " in before and _THAN_SUBJECT.search(before[-40:])) \
                or (" that " in before[-50:] and _IDEA_THAT.search(before[-50:])):
            if (before.endswith(", who ") and _TOLD_THAT.match(masked, v.start())) or (
                    before.endswith(", which ") and _DOCUMENT_SAYS.match(masked, v.start())):
                # "…, a defence ministry officer, who told reporters that …", "… in its daily
                # bulletin, which says Ukraine lost …": what the relative clause is about speaks.
                sp = next((x for x in map(resolver.resolve, _subjects_before(masked, before.rfind(",")))
                           if x is not None), None)
                if sp is not None and sp.side != "__both__":
                    yield sp, v
            elif before.endswith(", who ") and _SAID_CLAUSE.match(masked, v.start()) \
                    and (name := _NAME_BEFORE_WHO.search(before)) is not None and resolver.actors.find(name.group(0)):
                # (Only a name the actors config knows: a captive a video shows, "…, 43-year-old
                # Taras Melnychuk, who said …", speaks through the channel that shows him.)
                sp = resolver.resolve(name.group(0), anaphora=False)
                if sp is not None and sp.kind == "person" and sp.named and sp.side in _PARTISAN:
                    yield sp, v
            elif before.endswith(", who ") and (bare := _SURNAME_BEFORE_WHO.search(before)) is not None \
                    and (bare.group(0) in resolver._first_mention or any(
                        _GIVEN_BEFORE.search(resolver.text, max(0, at - 40), at)
                        for at in _bounded(resolver.text, bare.group(0), 0, resolver.unit_start))):
                # "… drew a sharp reply from Dimaculangan, who pointed out that …": the person the
                # next "he said" means, though the sentence is the journalist's.
                sp = resolver.resolve(bare.group(0), anaphora=False)
                if sp is not None and sp.kind == "person":
                    resolver.remember(sp)
            continue
        sp = None
        form = v.group(0).lower()
        after = masked[v.end():]
        if form.startswith(("descri", "call", "fram")) and not _re(r"[^.;]{0,80}?(?:\bas\b|[“\"])|[^.;]{0,160}?\S\s{5,}[.,;!?\s]*$|\s+(?:being|how|what|seeing|hearing)\b|"
                                                                # "describes a raid, not a battle": a characterisation
                                                                r"\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?,\s+not\s+(?:an?\s+|the\s+)?[\w-]+").match(after) \
                and not (form.startswith("call") and _CALLED_IT.match(after)):
            # "described separate battles" is not speech; "described it as …", "called the claim “…”"
            # is. A person who "described the fighting in very different terms" is still whom the
            # next "he wrote" means.
            phrase = next(_subjects_before(masked, v.start()), "") if form.startswith("descri") else ""
            named = _NAME_AT_END.search(phrase)
            subject = resolver.resolve(phrase, anaphora=False) if named else None
            if subject is not None and subject.side in _PARTISAN:
                resolver.remember(_Speaker(named.group(0), subject.side, "person", named=True, context=resolver.unit_text))
            continue
        if form.startswith(("declar", "announc")) and _DECLARED_ACT.match(after):
            continue
        if (" what " in before or " whether " in before or " how " in before or " why " in before) \
                and (_EMBEDDED_QUESTION.search(before[-200:]) or (_HOW_CLAUSE.search(before[-80:]) and _JUST_IT.match(after))):
            # "Tonight we ask what the soldiers … tell us": a question, not a report; "Here is how
            # Rossiya-1 reported it.": that it reported, the report itself below (4.6).
            continue
        if form.startswith("claim") and _CLAIMED_LAND.search(before[-80:]):
            continue   # "the roughly 1,300 square kilometres it had claimed": land taken, not words
        if form in _NOUN_FORMS and _NAME_BEFORE_NOUN.search(before[-30:]):
            continue   # "The NIS estimate remains the most credible number": a noun, not a verb
        if form.rstrip("s") in _NOUN_FORMS and _VERB_BEFORE_NOUN.search(before[-50:]):
            continue
        if form.rstrip("s") in _NOUN_FORMS and _ACCORDING_NOUN.search(before[-80:]):
            continue   # "…, according to Western intelligence estimates.": the source's noun
        if form.startswith("brief") and not _BRIEFED_CONTENT.search(after):
            # "The NIS briefed lawmakers behind closed doors on Wednesday.": that it briefed, not
            # what; the body is still what "the office" or "the agency" means next.
            subject = resolver.resolve(next(_subjects_before(masked, v.start()), ""), anaphora=False)
            if subject is not None and subject.side in _PARTISAN:
                resolver.remember(subject)
            continue
        if form == "asked" and before.endswith(("when ", "after ", "if ", "once ")):
            continue   # "… called the figures “…” when asked about them": the main clause's subject was asked
        if form.startswith("ask") and _NOT_NAMED.match(after):
            continue   # "He asked that his surname be withheld because …": a condition, not a claim (4.6)
        if (form.startswith("ask") and _FOR_COMMENT.match(after)) or (
                form.startswith(("said", "says")) and _SAID_NOTHING.match(after)
                and len(_VERB_RE.findall(resolver.unit_text)) - len(_WHAT_SAID_WAS.findall(resolver.unit_text)) == 1):
            # ("Kyiv says hundreds … and Moscow says nothing at all" still sets the two sides' versions side by side.)
            continue   # "asked the ministry to comment", "said nothing about its own losses": no content (4.6, 4.7)
        if "what" in before and (w := _WHAT_SAID_WAS.search(masked, max(0, v.start() - 40))) and w.start() < v.start() < w.end():
            continue   # "what it has said has been warm and vague": a word on the statements, no content
        if "what" in before and _WHAT_IT_SAID_WAS.search(before[-60:]) and _BE_AFTER.match(after):
            continue   # "reporting from what he said was a position near the border": a hedge on a noun, not the clause's verb
        if (_WHAT_SAID.search(before[-60:]) and (_ABOUT.match(after) or _CLAUSE_GOES_ON.match(after))) or (form in _TOPIC_VERBS and _ABOUT_TOPIC.match(after)) \
                or _WHOSE_NOUN.search(before[-40:]):
            # ("Marina Kuzmina, whose profile says she lives in …": a description of the subject.)
            continue   # "sets out what Western sources have said about the fighting": a topic, no content
        if form.startswith(("report", "describ", "detail")) and _TOPIC_ONLY.match(after):
            subject = resolver.resolve(next(_subjects_before(masked, v.start()), ""), anaphora=False)
            if subject is not None and subject.side in _PARTISAN:
                resolver.remember(subject)   # still whom "the governor wrote" means next
            continue
        if form in ("says", "say", "said") and _SAYS_SOMETHING_ABOUT.match(after):
            continue   # "Russia's readiness to spend Korean lives says something about Moscow's manpower": telling, not speech
        if form.startswith(("respond", "react", "repl", "comment")) and _NO_CONTENT.match(after):
            continue   # "The Kremlin responded within hours.": that it answered, not what (4.6)
        if form.startswith(("disclos", "publish", "acknowledg", "releas", "reveal", "admit")) and _WHEN_NOT_WHAT.match(after):
            continue   # "Kyiv discloses its figures only rarely": how often, not what was disclosed
        if " it " in before and (rel := _WHO_IT.search(before[-30:])) is not None:
            # "The SBU released a video of two soldiers who it said had been captured": "it" is the
            # body the sentence opened with, not the people the relative clause is about.
            bodies = [a for _, _, a in resolver.actors.find(before[: len(before) - 30 + rel.start()])
                      if a.type in ("institution", "media")]
            if bodies:
                yield _Speaker(bodies[0].name, bodies[0].side, bodies[0].type, context=resolver.unit_text), v
                continue
        if (" she " in before or " he " in before) and (rel := _THAT_SHE.search(before[-30:])) is not None:
            # "lawmaker Cho Eun-sil read aloud a letter that she said was written by …": the person
            # the sentence opened with, not whoever "she" meant in the sentences before.
            sp = next((x for n in _PERSON_NAMED.finditer(before, 0, len(before) - 30 + rel.start())
                       if (x := resolver.resolve(n.group(0), anaphora=False)) is not None and x.kind == "person"), None)
            if sp is not None and sp.side in _PARTISAN:
                yield sp, v
                continue
        if form in ("reports", "reported", "writes", "wrote") and after.startswith((" for ", " regularly for ")):
            continue   # "Olena Marchuk reports for the Sumy news site …": who she works for
        if form.endswith("ing") and before.rstrip().endswith(","):
            continue   # "X declined to comment, telling reporters …": the main clause's subject speaks
        resolver.prefix = before
        # (Not after "told": the name there is who was told, "…, a researcher told EurAsia Monitor".)
        inverted = before.rstrip().endswith(",") and not form.startswith(("told", "tell")) \
            and _INVERTED_NAME.match(masked, v.end())
        sp = resolver.resolve(inverted.group(1), anaphora=False) if inverted else None
        if sp is None and form in _INVERTING_VERBS and before.rstrip().endswith(",") \
                and (role := _INVERTED_ROLE.match(masked, v.end())) and not _FINITE.search(role.group(1)) \
                and _head(role.group(1).split(",")[0].split(" for ")[0].split(" of ")[0]) in resolver.actors.roles:
            # "…, estimated the spokesman for the French Foreign Ministry, Arnaud Delcourt.": the
            # role after the verb, with the name it gives, not a bloc the content names.
            sp = resolver.resolve(role.group(1), anaphora=False)
            sp = sp if sp is not None and sp.side in _PARTISAN else None
        if sp is not None and sp.side != "__both__":
            # The content came first; whatever the clauses before the comma name is what was said.
            yield sp, v
            continue
        sp = None
        # "He went on to accuse …": the subject is before "went on to".
        went = _re(r"\s(?:went|goes|go)\s+on\s+to\s+$").search(before) if before.endswith("on to ") else None
        subj_end = went.start() + 1 if went else v.start()
        if form in NOUN_LIKE_FORMS:
            # "reports", "claims": a verb only right after a subject that names someone, not
            # after an adjective ("the Ukrainian estimate", "its latest report").
            prev = _re(r"([\w'’.-]+)\s+$").search(before[:subj_end])
            word = prev.group(1) if prev else ""
            adjective = (word in resolver.actors.lookup and resolver.actors.lookup[word].type == "group"
                         and not word.endswith("s")) or (word[:1].islower() and not word.endswith("s")
                                                         and word.lower() not in PRONOUNS
                                                         and word.lower() not in resolver.actors.roles
                                                         and word.lower() not in _ONE_PERSON   # "a drone operator tells"
                                                         # ("The indictment alleges": a document as subject)
                                                         and not (word.lower() in DOCUMENT_NOUNS and _DOCUMENT_SUBJECT.search(before))
                                                         and not _TRAIL.fullmatch(" " + word)) \
                or _DEMONYM.fullmatch(word) is not None or word[-1:].isdigit() \
                or word.endswith(("'s", "’s"))   # "the South Korean estimate", "14,000 requests", "South Korea's estimates"
            if adjective:
                continue
            # After a comma the subject is further back: "The assessment by South Korea's NIS,
            # shared with allied delegations, says …".
            tag = masked.startswith(",", v.end()) and "," in before
            for subj in _subjects_before(masked, subj_end, limit=3 if before.rstrip().endswith(",") else 1, tag=tag):
                sp = resolver.resolve(subj)
                if sp is not None:
                    break
        else:
            segments = list(_subjects_before(masked, subj_end))
            for k, subj in enumerate(segments):
                if k + 1 < len(segments) and _ADDRESS_COUNTRY.fullmatch(subj) and _in_town_before(masked[:subj_end], subj.strip()):
                    continue   # "Elina Saar, who researches … at a university in Tartu, Estonia, said": an address
                sp = resolver.resolve(subj)
                if sp is not None:
                    if not sp.named and sp.kind == "person" and sp.side == resolver.actors.default_side \
                            and _clean(subj).lower() not in PRONOUNS:
                        # "Its spokesman, Capt. Andriy Lysenko, said": the appositive gives the bloc.
                        # (A pronoun has none: "Russian bloggers, she noted, …" fronts the content.)
                        for other in segments[k + 1:]:
                            if _FINITE.search(other):
                                continue   # a clause of the claim ("…, Governor X wrote"), not an appositive
                            if _ACADEMIC.search(masked, 0, v.start()):
                                break   # "a Russian demographer … at a university": not placed by nationality
                            ref = resolver.resolve(other)
                            if ref is not None and ref.side not in ("__both__", resolver.actors.default_side):
                                sp = _Speaker(sp.name, ref.side, "person", context=sp.context)
                                break
                        else:
                            side = None
                            # (Not a question's: "X, a political science major, asked Jeong whether North
                            # Korean soldiers would defect" names whom it is about, not the asker's enemy.)
                            if _NAME.fullmatch(_clean(subj)) and _clean(subj).lower() not in PRONOUNS \
                                    and not v.group(0).lower().startswith("ask") \
                                    and not resolver.is_expert(subj, or_international=True) \
                                    and not _ACADEMIC.search(masked, 0, v.start()):
                                # (Nor an academic: "Baek, who teaches Korean politics in Leuven, argues".)
                                side = resolver.adversary_side(masked[v.end():])
                                if side is None and _TITLE.search(subj) and not resolver.neutral_home:
                                    # An official reports on their own territory: "Interior
                                    # Minister X said six people were killed in Ternopil".
                                    places = {a.side for _, _, a in resolver.actors.find(masked[v.end():])
                                              if a.type == "place"}
                                    side = places.pop() if len(places) == 1 else None
                            if side is not None:
                                sp = _Speaker(sp.name, side, "person", context=sp.context)
                    break
        if sp is None and before.rstrip().endswith(","):
            # Inverted tag: "…, said Peskov" / "…, says the ministry".
            after = _INVERTED_SUBJECT.match(masked, v.end())
            if after and not _FINITE.search(after.group(1)):   # not the content: "…, said allied estimates were …"
                sp = resolver.resolve(after.group(1), anaphora=False)
        if sp is not None:
            if form.startswith(("told", "tell")) and sp.kind in ("person", "role") and not sp.channel:
                sp = resolver.told_outlet(sp, masked, v.end())
            quoted_by = _QUOTED_BETWEEN.search(before) if "by" in before and sp.kind in ("person", "role") \
                and not sp.channel else None
            channel = resolver.channel_of(quoted_by.group("by")) if quoted_by else None
            if channel is not None and channel[1] in _PARTISAN:
                # "A marine battalion commander, quoted by TASS, said …": the outlet relays him (the
                # channel decides, guide 5); the outlet is what "according to the agency" means next.
                resolver.remember(_Speaker(channel[0], channel[1], "media", context=quoted_by.group(0)))
                sp = _Speaker(sp.name, channel[1], sp.kind, channel=channel[0], named=sp.named, context=sp.context)
            yield sp, v


def _participle_cue(masked: str, resolver: _Resolver):
    """Return the speaker of "X painted a grim picture, writing that …": the main clause subject."""
    m = "ing" in masked and _PARTICIPLE.search(masked)
    if not m:
        return None
    titled = _TITLE_COMMA_NAME.match(masked)
    named = resolver.resolve(titled.group("name")) if titled and titled.end() <= m.start() else None
    if named is not None:
        return named   # "Ukraine's ambassador, Yevheniia Kostenko, opened … by accusing": she speaks
    first = _SPLIT_CLAUSE_KEEP.split(masked[: m.start()])[0]
    words = first.split()
    # The subject is the opening noun phrase: up to the first verb-like word ("Ukraine has struck
    # Russian refineries, saying …" is Ukraine's).
    verb = next((k for k, w in enumerate(words) if k and _VERB_WORD.fullmatch(w)), len(words))
    for cut in range(min(verb, 8), 0, -1):
        sp = resolver.resolve(" ".join(words[:cut]))
        if sp is not None:
            return sp
    return None


_EMBEDDED_QUESTION = re.compile(r"\b(?:ask|asks|asked|asking|wonder|wonders|wondered)\s+(?:what|whether|why|how|if)\b[^.;:?“”\"]*$")
_HOW_CLAUSE = re.compile(r"\bhow\s+[^,;.]{1,60}$")
_JUST_IT = re.compile(r"\s+(?:it|this|that|them)\s*[.!:]?\s*$")
# Land a side "claimed" is taken ground: "lost almost all of the 1,300 square kilometres it had claimed".
_CLAIMED_LAND = re.compile(r"\b(?:kilomet(?:re|er)s|miles|territory|villages|settlements|ground|land)\s+"
                           r"(?:that\s+|which\s+)?(?:it|they|[A-Z][\w'’-]*)\s+(?:had\s+|has\s+|have\s+)?$")


# An estimate given as "X put the losses at …": speech, though "put" alone is not a reporting verb.
_PUT_AT = re.compile(
    r"\b(?:put|puts|putting)\s+(?:[\w’'-]+\s+){0,5}?(?:losses|toll|casualties|number|figure|count|dead|killed|wounded|"
    # (Past a parenthesis in lower case: "put total casualties, killed and wounded, at …", not
    # "puts North Korean dead well above a thousand, Seoul at roughly 600".)
    # (and a force's size: "put the first contingent at around 11,000")
    r"injured|deaths|prisoners|missing|contingent|force|deployment|strength|troops|soldiers)(?:,\s+(?:[a-z][\w’'-]*\s+){0,4}[a-z][\w’'-]*,)?\s+"
    r"(?:[\w’'-]+\s+){0,10}?at\s+[“\"]?(?:about\s+|around\s+|roughly\s+|some\s+|more\s+than\s+|(?:well\s+)?over\s+|up\s+to\s+|"
    r"at\s+least\s+|nearly\s+|almost\s+|between\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|a\s+thousand|a\s+million|a\s+few|several|hundreds|thousands|dozens|"
    # (a figure in quotation marks, blanked when the rules read it: "at “around forty”")
    r"(?=[.,;]|$))|"
    # "Ukraine's General Staff has put the toll far higher", "put North Korean losses far above
    # anything …": an estimate against another.
    r"\b(?:put|puts|putting)\s+(?:the|its|their|his|her|(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?)\s+(?:[\w’'-]+\s+)?"
    r"(?:losses|toll|casualties|number|figure|count)\s+"
    r"(?:far\s+|much\s+|well\s+|considerably\s+|significantly\s+|several\s+times\s+)?(?:higher|lower|above|below)\b", re.I)


# "The Pentagon spoke in January of more than 1,000 North Koreans killed", "spoke first of
# “hundreds” of casualties": a figure spoken of is speech (a quoted figure is blanked when read).
_SPOKE_OF = re.compile(r"\bspok(?:e|en)\s+(?:[\w’'-]+\s+){1,6}?of\s+(?:\s{3,}|(?:more\s+than\s+|about\s+|some\s+|"
                       r"around\s+|at\s+least\s+|over\s+|up\s+to\s+)?\d|(?:heavy|significant|huge|massive|serious)\s+"
                       r"(?:losses|casualties)|hundreds\b|thousands\b|dozens\b)", re.I)


# "the NIS raised its estimate to roughly 4,700 casualties": a revised figure is speech too.
_REVISED_FIGURE = re.compile(r"\b(?:raised|raises|lowered|lowers|revised|revises|increased|increases|updated|updates|"
                             r"cut|cuts)\s+(?:its|their)\s+(?:own\s+|official\s+|earlier\s+)?(?:estimate|figure|count|toll|tally)s?"
                             r"(?:\s+of\s+[^.;,]{1,50}?)?\s+(?:up(?:ward)?\s+|down(?:ward)?\s+|sharply\s+)?to\b")


# "Park Ji-hoon … told reporters that the NIS now estimates …": what a body estimates, passed on.
_INNER_SOURCE = re.compile(
    r"[^.;:“\"]{0,40}?\bthat\s+(?P<who>(?:the\s+|South\s+Korea's\s+|Ukraine's\s+|Russia's\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,4})\s+(?:now\s+|also\s+|still\s+)?(?:estimates?|estimated|believes?|believed|"
    r"assesse[sd]|assess|concluded|calculates?|calculated|puts?|counts?|counted)\b")


def _inner_source(masked: str, sp: _Speaker, verb, resolver: _Resolver) -> _Speaker | None:
    """Return the body whose estimate a person passes on, with the person as channel.

    A lawmaker who "told reporters that the NIS now estimates …" relays the agency (guide 4 and
    v6, like "according to a lawmaker, the NIS believes"); the person is remembered as speaking
    for that bloc, so their own quotes that follow are placed too.
    """
    if sp.kind != "person" or sp.channel:
        return None
    m = _INNER_SOURCE.match(masked, verb.end())
    if m is None:
        return None
    body = resolver.resolve(m.group("who"), anaphora=False)
    if body is None or body.kind == "person" or body.side in ("__both__", resolver.actors.default_side):
        return None
    side = sp.side
    if side == resolver.actors.default_side:
        side = body.side
        resolver.learn(_Speaker(sp.name, body.side, "person", context=sp.context))
    # (A placed person relays too, and their side frames it: the channel decides.)
    return _Speaker(body.name, side, body.kind, channel=sp.name, named=body.named, context=body.context)


def _find_cue(masked: str, resolver: _Resolver):
    """Find the unit's own attribution cue. Returns (speaker, cue) or (None, None)."""
    if masked.endswith(")") and (tags := _SOURCE_TAGS_AFTER.search(masked)) is not None:
        # "…, Operational Command North says. (Hromada Radio) (Northline Wire)": the outlets a
        # portal's item cites after its sentence are not in it.
        masked = masked[:tags.start()] + " " * (len(masked) - tags.start())
    if masked[:1] in "WABSUO" and (lead := _TIME_CLAUSE.match(masked)) is not None:
        # "When Ukrainian special forces posted the first footage …, few people in Moldova paid
        # much attention.": a report in the opening time clause sets the scene; the main clause
        # says what the sentence claims, and whose.
        masked = " " * lead.end() + masked[lead.end():]
    if "Whether" in masked[:40] and _WHETHER.match(masked) and _OPEN_QUESTION.search(masked):
        # "Whether the depot served the army, as Kyiv says, or a farm, as the release says, we
        # could not establish.": the writer weighs the claims it names; the sentence claims neither.
        return None, None
    so = " so " in masked and _SO_SAYS.search(masked)
    if so:
        sp = resolver.resolve(so.group("who"))
        if sp is not None:
            return sp, schema.CUE_REPORTING_VERB
    m = ("quoted" in masked or "cited" in masked) and (_QUOTED_BY.search(masked) or _QUOTED_AS.search(masked))
    if m:
        who = resolver.resolve(m.group("who"))
        channel = resolver.resolve(m.group("channel")) if m.group("channel") else None
        if who is not None:
            if channel is not None and channel.side != "__both__" and channel.name != who.name:
                # (An outlet of neither bloc, "Newsweek cited a Ukrainian officer", relays for neither.)
                side = who.side if who.named or channel.side not in _PARTISAN else channel.side
                who = _Speaker(who.name, side, who.kind,
                               channel=channel.name, named=who.named, context=who.context)
            return who, schema.CUE_QUOTED_AS_SAYING
    if ", with " in masked and (m := _WITH_SAYING.search(masked)):
        who = resolver.resolve(m.group("who"), anaphora=False)
        if who is not None and who.side in _PARTISAN:
            return who, schema.CUE_REPORTING_VERB
    # The tag's speaker, verb and time hold no comma: only the unit's last comma can open it.
    comma = masked.rfind(",")
    tagged = masked
    unit = resolver.unit_text
    inner_comma = max(unit.rfind(',"'), unit.rfind(",”")) if len(unit) == len(masked) else -1
    if inner_comma > comma and _FINAL_TAG_VERB.search(masked, inner_comma):
        # 'called Kyiv's claim "a fairy tale for Western sponsors," state news agency TASS
        # reported.': the comma inside the closing quotation mark opens an agency's tag.
        reopened = masked[:inner_comma] + "," + masked[inner_comma + 1:]
        agency = _FINAL_TAG.match(reopened, inner_comma)
        agency = resolver.resolve(agency.group("who"), anaphora=False) if agency else None
        if agency is not None and agency.kind == "media":
            tagged = masked = reopened
            comma = inner_comma
    for participle in _TRAILING_PARTICIPLE.finditer(masked) if comma > 0 else ():
        # "…, she said, sitting in a café near the centre.", "…, Sorokin told us, using
        # obituaries, regional news sites …": the tag before the scene-setting participle.
        cut = masked[: participle.start()] + "."
        if _FINAL_TAG.match(cut, max(cut.rfind(","), 0)):
            tagged, comma = cut, cut.rfind(",")
            break
    # A third of all units hold no reporting verb: no tag, and no verb cue in any clause.
    has_verb = _VERB_RE.search(masked) is not None
    tag = (has_verb or " posted" in tagged) and comma >= 0 and len(tagged) - comma < 240 and _FINAL_TAG_VERB.search(tagged, comma) \
        and _FINAL_TAG.match(tagged, comma)
    if tag and not _NOT_SPEECH_BEFORE.search(tagged[: tag.start("verb")][-40:]) \
            and not (" nor " in tag.group("who") and _NEGATED_CLAUSE.search(tagged, comma, tag.start("verb"))):
        # "Content, the headquarters said.": the closing tag attributes the whole sentence, with
        # any "Moscow said" inside the content as part of what the tag's speaker reports.
        sp = resolver.resolve(tag.group("who"))
        inner = _RELAYED_QUOTE_TAG.search(resolver.unit_text, 0, comma + 1) if sp is not None and sp.kind == "media" else None
        official = resolver.resolve(inner.group("who"), anaphora=False) if inner else None
        if official is not None and official.side in _PARTISAN and official.kind in ("person", "institution"):
            # '"…," Zelenskyy said in his nightly address, Reuters reported.': a news agency that
            # only relays an official; the official speaks (actors config, Western agencies).
            return _Speaker(official.name, official.side, official.kind, channel=sp.name, named=official.named,
                            context=official.context), schema.CUE_QUOTE_TAG
        if sp is not None and sp.side != "__both__":
            return sp, schema.CUE_REPORTING_VERB
    inserted = _INSERTED_TAG.search(masked) if ", he " in masked or ", she " in masked else None
    if inserted is not None:
        # "Both Moscow and Pyongyang had acknowledged the deployment, she recalled, and …": the tag
        # set off by commas attributes the sentence, whoever the clause before it names.
        sp = resolver.resolve(inserted.group("who"))
        if sp is not None and sp.side != "__both__":
            return sp, schema.CUE_REPORTING_VERB
    relayed = resolver.relayed_content(masked)
    cues = []
    found = []
    # Only the first cue of each top-level clause speaks; later ones are embedded in its content.
    # Every top-clause boundary has one of these; most units have none and skip the split.
    clauses = () if not has_verb and "put" not in masked and "spoke" not in masked \
        and not ((" its " in masked or " their " in masked) and _REVISED_FIGURE.search(masked)) else \
        _TOP_CLAUSE.split(masked) if any(c in masked for c in _TOP_CLAUSE_MARKS) else (masked,)
    for n_clause, clause in enumerate(clauses):
        if n_clause and "," in masked and _FIGURE_RELATIVE.search(masked) and _PRONOUN_OPENS.match(clause):
            continue   # "…, a number it said understated the true toll": the main clause's subject again
        fronted = _FRONTED_CLAUSE.match(clause) if n_clause == 0 and has_verb and clause[:1] in _FRONTED_FIRST else None
        if fronted is not None:
            # "When Kyiv confirmed the deployment, the Kremlin said …": the main clause speaks, not
            # the one set before it (unless only that one reports).
            main = " " * fronted.end() + clause[fronted.end():]
            if next(_verb_cues(main, resolver), None) is not None:
                clause = main
        first = next(_verb_cues(clause, resolver), None)
        if first is None and n_clause > 0 and ("disput" in clause or "contest" in clause):
            # "…, a claim Ukrainian officials disputed": the other side's answer in the same sentence.
            disputed = _DISPUTED_BY.match(clause)
            sp = resolver.resolve(disputed.group("who")) if disputed is not None else None
            first = (sp, None) if sp is not None else None
        put = first is None and (("put" in clause and _PUT_AT.search(clause))
                                 or (" its " in clause or " their " in clause) and _REVISED_FIGURE.search(clause)
                                 or ("spoke" in clause and _SPOKE_OF.search(clause)))
        if put:
            # "…, while Kyiv put Russian losses at about 1,140": an estimate is speech.
            # ("The General Staff's daily tally, published separately, put Russian losses at …":
            # past a participial clause to the subject.)
            # (Not a predicate before it: "…, said losses were “severe”, and put the number at …".)
            subjects = [seg for seg in _subjects_before(clause, put.start()) if not _PARENTHETICAL.fullmatch(seg.strip())
                        and not _SAID_IN.search(seg)]
            if subjects and subjects[0].strip().lower() in ("we", "i"):
                subjects = []   # "Applying the ratio seen among Russian units, we put …": the writer's own estimate
            sp = next((x for x in map(resolver.resolve, subjects) if x is not None), None)
            first = (sp, None) if sp is not None else None
        if first is not None:
            cues.append(first)
            found.append(first[0])
    if not cues:
        part = _participle_cue(masked, resolver)
        if part is not None:
            cues.append((part, None))
            found.append(part)
    low = masked.lower()
    if cues and resolver.pending_channel is not None and cues[0][0].kind == "institution" \
            and cues[0][0].side in _PARTISAN and cues[0][0].side != resolver.pending_channel[1]:
        # "South Korea's NIS estimates …, according to a lawmaker" after KCNA's dismissal: the
        # other bloc's body speaks; the people of KCNA's piece are behind us.
        resolver.pending_channel = None
    m = any(w in low for w in ("accord", "per ", "citing", "quoting", "words of", "reported ")) and _ACCORDING.search(masked)
    if m and cues and cues[0][0].kind == "institution" and cues[0][0].side in _PARTISAN \
            and cues[0][1] is not None and cues[0][1].start() < m.start():
        # "The NIS estimates …, according to a lawmaker": the lawmaker of the body this unit names,
        # not of the one a sentence before named.
        resolver.remember(dataclasses.replace(cues[0][0]))
    if m and not cues:
        resolver.prefix = masked[:m.start()]   # ("In Kursk, the hospital cleared two wards, according to a nurse")
    according = resolver.resolve(m.group("who")) if m else None
    if according is None and ("’s " in masked or "'s " in masked):
        # "…, by ISW's estimate.": the owner of the estimate is the source, as with "according to".
        by = _BY_ESTIMATE.search(masked)
        according = resolver.resolve(by.group("who")) if by else None
    if according is None and " it" in masked and (has_it := _AS_X_HAS_IT.search(masked)):
        who = has_it.group("who")
        according = resolver.antecedent(who) if who in ("he", "she", "they") else resolver.resolve(who)
    if according is None:
        # "In his reading, …", "according to figures she presented": the person just named.
        pronoun = _IN_HIS_VIEW.match(masked) or (m and _FIGURES_BY.match(m.group("who")))
        its = pronoun and pronoun.group("pronoun").lower() == "its"
        according = resolver.antecedent(pronoun.group("pronoun").lower()) if pronoun and not its else None
        last = resolver.last
        if its and last is not None and last.kind in ("institution", "media", "document", "channel") \
                and resolver.paragraph - resolver.last_paragraph <= 1:
            according = last   # "By its count, …": the body that just spoke, not a country named in passing
    quoting = None
    if according is not None and not cues and m and m.group(0).lower().startswith("quoting") \
            and (subject := _QUOTING_SUBJECT.search(masked, 0, m.start())) is not None:
        # "TASS is quoting a ministry official as saying …": the subject relays, like "TASS, citing".
        quoting = resolver.resolve(subject.group("who"))
    if according is not None and (cues or quoting is not None) and m \
            and m.group(0).lower().startswith(("citing", "quoting")) and according.side != "__both__":
        # "TASS, citing a source in the security services, said …": the source speaks, the
        # subject relays it and its side frames it (the channel decides).
        relay = cues[0][0] if cues else quoting
        if relay.side != "__both__" and relay.name != according.name:
            return _Speaker(according.name, relay.side, according.kind, channel=relay.name,
                            named=according.named, context=according.context), schema.CUE_ACCORDING_TO
    if according is not None and m and cues and cues[0][1] is not None and m.start() < cues[0][1].start() \
            and according.side in _PARTISAN and according.kind in ("institution", "media") \
            and cues[0][0].kind in ("role", "person") and cues[0][0].side not in _PARTISAN and not cues[0][0].named:
        # "According to the NIS, the soldiers said they had been told …": the captives speak, and
        # the body that questioned them relays their words (the channel decides).
        who = cues[0][0]
        return _Speaker(who.name, according.side, who.kind, channel=according.name, named=False,
                        context=who.context), schema.CUE_REPORTING_VERB
    if according is not None:
        found.append(according)
    if relayed is not None:
        found.insert(0, relayed)
    blocs = {sp.side for sp in found if sp.side not in ("__both__", resolver.actors.default_side)}
    if len(blocs) > 1 or any(sp.side == "__both__" for sp in found[:1]):
        return _Speaker("author", "__both__", "group"), schema.CUE_BOTH_SIDES
    if relayed is not None:
        return relayed, schema.CUE_REPORTING_VERB
    if cues:
        sp, verb = cues[0]
        inner = _inner_source(masked, sp, verb, resolver) if verb is not None else None
        return (inner, schema.CUE_ACCORDING_TO) if inner is not None else (sp, schema.CUE_REPORTING_VERB)
    if according is not None:
        return according, schema.CUE_ACCORDING_TO
    dashed = _DASH_SOURCE.search(masked) if ("—" in masked or "–" in masked) else None
    if dashed is not None and "[" in resolver.unit_text:
        before = resolver.unit_text[:resolver.unit_text.rfind(dashed.group("who"))]
        if before.rfind("[") > before.rfind("]"):
            dashed = None   # an editor's initials closing a bracketed note: "[translation mine — IM]"
    who_words = dashed.group("who").split(",")[0].split() if dashed is not None else []
    if dashed is not None and len(masked[:dashed.start()].split()) >= 5 and len(who_words) <= 8 \
            and not any(w[0].islower() and w.endswith("s") and not w.endswith("'s") for w in who_words):
        # "… 47 were killed last week — Ukraine's General Staff.": a source set after a dash at the
        # end, as a slide or a factbox credits it (guide 4.3). (Not a timeline's "Jan. 13, 2025 —
        # The SBU releases a video", nor a glossary's "Dmitry Peskov — Vladimir Putin's press
        # secretary": a name after the dash, a claim before it.)
        sp = resolver.resolve(dashed.group("who").split(",")[0], anaphora=False)
        if sp is not None and sp.side != "__both__":
            return sp, schema.CUE_ACCORDING_TO
    owned = _OWN_FIGURE.match(masked)
    if owned:
        # "The General Staff's figure was more than 140.": a figure is its owner's claim (guide 4.3).
        sp = resolver.resolve(owned.group("who"))
        if sp is not None and sp.side in _PARTISAN:
            return sp, schema.CUE_ACCORDING_TO
    return resolver.relayed_media(masked), schema.CUE_RELAY


def _first_sentence(phrase: str) -> str:
    """Cut ``phrase`` at its first full stop that ends a sentence, not an initial or a title."""
    for m in _re(r"[.]\s").finditer(phrase + " "):
        word = phrase[: m.start()].rsplit(None, 1)[-1] if phrase[: m.start()].strip() else ""
        if not word[-1:].isupper() and word not in _TITLES:   # "F.", "U.S.", "Capt." go on
            return phrase[: m.start()].strip()
    return phrase.strip()


def _quote_speaker(par_text, span, resolver):
    """Find the speech tag of one quote span: after its close, or before its open."""
    s, e, closed = span
    # (Russian and translated copy puts the comma and a dash after the guillemet: "«…», – said X.")
    dashed = closed and par_text[e - 1: e] in "»”\"" and _re(r",?\s*[–—-]\s").match(par_text, e)
    # (A comma after the mark, as British and French copy put it: "‘…’, he said", "« … », he added".)
    if closed and (par_text[e - 2: e - 1] in (",", "?", "!", "—", "–", "-") or dashed or par_text[e: e + 1] == ","):
        after = " " + par_text[dashed.end():] if dashed else par_text[e:]
        m = _TAG_AFTER.match(after)
        if m and len(m.group("pre").split()) > 8 and (of := _LONG_TAG_NAME.fullmatch(m.group("pre").strip())):
            # "Presiding Judge Lee Jae-won of the court's 3rd Administrative Division said": the
            # person the long subject names, before the body they belong to.
            m = _Match(m.start(), pre=of.group("who"), post=m.group("post"))
        if m and len(m.group("pre").split()) <= 8:
            pre = _AGE_AFTER.sub("", m.group("pre").strip())   # "Dovbnia, 34, said of his arrival"
            sp = resolver.resolve(pre) if pre else None
            if sp is None and not pre and m.group("post").strip():
                # Inverted tag: "…,” said Marta Kowalczyk, an analyst at …": the name ends at the comma.
                post = m.group("post").split(",")[0].strip()
                post = _first_sentence(post)
                sp = resolver.resolve(post, anaphora=False)
            if sp is not None:
                return sp
    before = par_text[max(0, s - 240):s]
    # (Not a noun after a possessive: "called Seoul's estimate that thousands … had died “…”" is
    # the caller's tag, not Seoul's.)
    verbs = [v for v in _VERB_RE.finditer(before)
             if not (v.group(0).lower() in _OWNED_NOUN_FORMS
                     and _OWNED_NOUN_BEFORE.search(before, max(0, v.start() - 40), v.start()))]
    if verbs and _TAG_TAIL.fullmatch(before, verbs[-1].end()):
        # "X said: “…”" / "X told reporters on Monday that “…”": the subject before the last verb.
        left = before[: verbs[-1].start()]
        cut = max(left.rfind(c) for c in ".!?“”\"")
        who = left[cut + 1:]
        if who.endswith(("it ", "they ", "he ", "she ")) and (what := _WHAT_PRONOUN.match(who)) is not None:
            # "Moldova's foreign ministry summoned the Russian ambassador over what it called “…”":
            # the pronoun is the sentence's subject, not the last name before it.
            who = what.group("subj")
        for subj in _subjects_before(who, len(who)):
            sp = resolver.resolve(subj)
            if sp is not None:
                return sp
    m = _ACCORDING.search(before)
    if m and before.rstrip().endswith(","):
        return resolver.resolve(m.group("who"))
    inner = _INNER_TAG.search(par_text, s, e) if closed and e - s > 40 else None
    if inner is not None:
        # French and translated copy sets the tag inside the quotation: "« In the first assault,
        # recounts the captain, on the night of 23 January, we counted … »".
        sp = resolver.resolve(inner.group("who"), anaphora=True)
        if sp is not None:
            return sp
    lead = _NAMED_LEAD_IN.search(before) if before.rstrip().endswith(":") else None
    if lead is not None:
        # "Zelenskyy went further in a video address in early January: “…”": a known actor whose
        # sentence leads into the quote with a colon says it (guide 4.1).
        sp = resolver.resolve(lead.group("who"), anaphora=False)
        if sp is not None and sp.named and sp.kind in ("person", "institution"):
            return sp
    return None


def add_attribution(units: pd.DataFrame, text: str, *, actors: Actors | None = None) -> pd.DataFrame:
    """Add speaker, channel, side and cue to a unit table.

    Parameters
    ----------
    units : pandas.DataFrame
        A table from :func:`narrative_compare.segment.split_units` for ``text``.
    text : str
        The article text the offsets index.
    actors : Actors, optional
        A compiled actors config; the packaged one when None.

    Returns
    -------
    pandas.DataFrame
        A copy of ``units`` with ``speaker`` (str; ``'author'`` for the journalist), ``channel``
        (str, ``''`` when nobody relays), ``side`` (str, a side id of the config) and ``cue``
        (str, one of :data:`narrative_compare.schema.CUES`).

    Examples
    --------
    >>> from narrative_compare.segment import split_units
    >>> t = 'Peskov denied the reports. “It is a fabrication,” he said.\\nFighting went on.\\n'
    >>> add_attribution(split_units(t), t)[["speaker", "side", "cue"]].values.tolist()
    [['Dmitry Peskov', 'russia', 'reporting_verb'], ['Dmitry Peskov', 'russia', 'quote_tag'], ['author', 'author', 'narration']]
    """
    missing = [c for c in (schema.START, schema.END, schema.KIND, schema.PARAGRAPH) if c not in units]
    if missing:
        raise KeyError(f"units lacks the columns {missing}; build it with split_units")
    actors = actors or load_actors()
    return _attribute(units, reading_copy(text, actors), actors)


def _attribute(units, text: str, actors: Actors):
    """:func:`add_attribution` on a text already in its reading copy (see :func:`reading_copy`)."""
    resolver = _Resolver(actors, text)
    n = len(units)
    speakers = [schema.AUTHOR] * n
    channels = [""] * n
    sides = [actors.default_side] * n
    cues = [schema.CUE_NARRATION] * n
    assigned: list[_Speaker | None] = [None] * n

    starts, ends = schema.column_list(units, schema.START), schema.column_list(units, schema.END)
    kinds, paragraphs = schema.column_list(units, schema.KIND), schema.column_list(units, schema.PARAGRAPH)

    def assign(k, sp: _Speaker, cue):
        if sp.side == "__both__":
            cues[k] = schema.CUE_BOTH_SIDES
            return
        if sp.kind == "media" and not sp.named and sp.side == actors.default_side \
                and _re(r"^[Tt]he\s+").sub("", sp.name) in resolver.outlet_self():
            # "NRR visited a drone unit …, and asked …": the outlet's own voice is narration, and
            # not whom "one of them" or "the operator" means next.
            return
        speakers[k] = sp.name
        assigned[k] = sp
        channels[k] = sp.channel
        sides[k] = sp.side
        cues[k] = cue
        if resolver.pending_channel is not None and resolver.pending_age and not sp.channel \
                and sp.kind == "institution" and cue == schema.CUE_REPORTING_VERB and sp.side != resolver.pending_channel[1]:
            # The other side's body speaks a paragraph after the video: the people it showed are behind us.
            resolver.pending_channel = None
        resolver.last = sp
        resolver.last_paragraph = resolver.paragraph
        resolver.learn(sp)
        if "call sign" in resolver.unit_text and sp.kind in ("person", "role") and sp.side in _PARTISAN \
                and (sign := _GOES_BY.search(resolver.unit_text)) is not None and sign.group("name") not in sp.name:
            # "A commander of a Ukrainian drone unit …, who asked to be identified only by his call
            # sign, “Sapsan,” told …": "Sapsan said" later is the same man.
            resolver.learn_call_sign(sign.group("name"), sp.side, resolver.unit_text)
        if sp.kind == "institution":
            resolver.bodies[sp.name] = sp
        if sp.kind == "person" and (not resolver.people or resolver.people[-1] is not sp):
            resolver.people = (resolver.people + [sp])[-20:]
        if not resolver.speakers or resolver.speakers[-1] is not sp:
            resolver.speakers = (resolver.speakers + [sp])[-6:]
        if "source" in sp.name and not sp.named and all(sp.name != s.name for s in resolver.sources):
            resolver.sources.append(sp)
        asked = _ASKED_WHOM.search(resolver.unit_text) if "sked " in resolver.unit_text or "ressed " in resolver.unit_text \
            else None
        if asked and sp.kind in ("person", "role") and asked.group("name") not in sp.name:
            # "Lindqvist then asked Marchuk how many … . He declined to give a number": whom a
            # question was put to answers next; remembered just before the asker, so that "he"
            # means him when the asker is a woman, and the asker when both are men.
            name = asked.group("name")
            resolver.remember(_Speaker(name, resolver._side_from_first_mention(name) or resolver.actors.default_side,
                                       "person", context=resolver.unit_text))
        resolver.tick += 1
        sp.order = resolver.tick
        if sp.named and all(m is not sp for m in resolver.mentions):
            sp.paragraph = resolver.paragraph
            resolver.mentions = (resolver.mentions + [sp])[-6:]

    carry_quote: _Speaker | None = None     # speaker of a quote left open at a paragraph end
    bullet_from: _Speaker | None = None     # a side's voice that the list item before ended with
    interviewee: _Speaker | None = None     # who answers an interview's "A:" paragraphs
    narrator: _Speaker | None = None        # whose account an as-told-to piece gives
    told = _ACCOUNT_TOLD.search(text, 0, 3000)
    par_spans = []
    for k in range(n):
        if k == 0 or paragraphs[k] != paragraphs[k - 1]:
            par_spans.append([starts[k], ends[k], kinds[k]])
        else:
            par_spans[-1][1] = ends[k]
    # (A saved video page first: its comments' user lines are no embedded posts.)
    letters = (_video_page(text, par_spans) if "subscribers" in text else []) \
        + (_written_question(text, par_spans) if "for written answer" in text else []) \
        + _letters(text, par_spans) + _embedded_posts(text, par_spans, resolver.actors) \
        + (_emails(text, par_spans) if "From:" in text else []) \
        + (_signed_comments(text, par_spans) if "(talk)" in text else []) \
        + (_feed_items(text, par_spans) if "\nSummary:" in text else []) \
        + (_forum_posts(text, par_spans) if " by " in text and "post" in text and "»" in text else []) \
        + (_channel_posts(text, par_spans) if _CHAT_EXPORT_HEAD.search(text) else []) \
        + (_comments(text, par_spans) if "omments" in text and (" ago\n" in text or " · " in text) else []) \
        + (_page_posts(text, par_spans) if " · " in text and _PAGE_POST_LINE.search(text) else []) \
        + (_profile_comments(text, par_spans) if "Like · Reply" in text else []) \
        + (_donations(text, par_spans) if " · " in text and _SUPPORT_HEAD.search(text) else [])
    # A digest of channels, each section under a line "Rybar (pro-Kremlin, 1.3m subscribers)".
    digest = sum(1 for a, b, kind in par_spans if text[b - 1] == ")" and _SOURCE_HEADING.fullmatch(text, a, b)) >= 3
    digest_voice: _Speaker | None = None
    # A live chat: three or more paragraphs under "Name (City):".
    # (Not a briefing's journalists under their outlets, "Dmitry Kolesov (TASS):", "Park Ji-hoon
    # (Yonhap News Agency):": they ask for their outlets, not for the page.)
    city_chat = sum(1 for a, b, kind in par_spans if kind == "body" and "):" in text[a:a + 80]
                    and (m := _CITY_LABEL.match(text, a, b)) is not None and not _OUTLET_NAME.search(m.group("city"))
                    and not any(actor.type == "media" for _, _, actor in actors.find(m.group("city")))) >= 3
    # Questions set as whole italic paragraphs (three or more): an interview with unlabelled answers.
    italic_questions = sum(1 for a, b, kind in par_spans if kind == "body" and text[a] == "*"
                           and _ITALIC_PAR.fullmatch(text, a, b) and text[a:b].rstrip("* ").endswith("?")) >= 3
    asked_once = False
    # Questions that open with a dash and end in "?" (three or more, and every dashed paragraph
    # asks), answers unmarked: a magazine's interview ("— When did you first hear them?").
    dash_asks = [text[a:b].rstrip("”\"’ ").endswith("?") for a, b, kind in par_spans
                 if kind == "body" and _DASH_TURN.match(text, a)]
    dash_questions = sum(dash_asks) >= 3 and all(dash_asks)
    dash_asked = False
    answering = False   # the paragraph before was an interview's answer
    # An interview set out in "Q:" and "A:" turns (or "Question:" and "Answer:", a ministry's own).
    qa_labels = len(_re(r"(?m)^Q:\s").findall(text)) >= 2 or len(_re(r"(?m)^(?:Question|QUESTION):\s").findall(text)) >= 2

    # A radio page's edited interview whose host alone has a label ("Kowalchuk: …", the host the
    # introduction names): the unlabelled paragraphs between the host's lines are the guest's answers.
    host_label = next((m.group(1) for m in _HOST_NAMED.finditer(text, 0, 3000)
                       if ("\n" + text).count("\n" + m.group(1) + ": ") >= 2), None) \
        if " host " in text[:3000] else None
    host_asked = False
    first_turns = _labelled_first_turns(text, par_spans)
    # A dash-dialogue interview (four turns or more): turns alternate, a question first.
    dashed = sum(1 for a, _, kind in par_spans if kind == "body" and _DASH_TURN.match(text, a)) >= 4 and not dash_questions
    turn = 0
    asker: _Speaker | None = None
    block: tuple | None = None   # (issuer, phrase, set out in quotes) of a text below a lead-in
    writers: dict = {}
    name_labels, record = _name_labels(text)   # a radio transcript's "Castell:", "Marchuk:"
    resolver._record = record
    titled = _titled_labels(text, name_labels)   # "Kursk Region Governor Roman Velikanov:", once each
    name_labels |= titled
    item_marks = _item_marks(text, par_spans)   # a newsletter's "FROM THE FRONT:"
    numbered_labels = any(_NUMBERED_SPEAKER.fullmatch(name) for name in name_labels)   # "Speaker 1:"
    # A transcript whose speakers are named in square brackets, three turns or more; or with their
    # titles after a double hyphen, two or more.
    bracketed = sum(1 for a, b, kind in par_spans if kind == "body" and _bracket_label(text[a:b])) >= 3
    # A press conference's record under labels in capitals ("CHIEF CABINET SECRETARY: …", "REPORTER
    # (Nikkei): …"), four turns or more, its opening statement running over several paragraphs.
    capital_turns = sum(1 for a, b, kind in par_spans if kind == "body" and _CAPITAL_TURN.match(text, a, b)) >= 4
    # (A turn runs on only over paragraphs the record goes on after, to a next turn or a heading:
    # not into the outlet's prose or notes after the transcript's last turn.)
    within_turns, closed = set(), False
    for a, b, kind in reversed(par_spans) if capital_turns else ():
        if kind != "body" or _CAPITAL_TURN.match(text, a, b):
            closed = True
        elif closed:
            within_turns.add(a)
    dash_titled = " -- " in text and sum(1 for a, b, kind in par_spans if _DASH_TITLE_LABEL.match(text, a, b)) >= 2
    # Replies under their handles, three or more: each its poster's (guide 4.10, 5: a private person).
    handled = "@" in text and sum(1 for a, b, kind in par_spans if _HANDLE_LABEL.match(text, a, b)) >= 3
    # A briefing's transcript: a briefer's turns under "Spokesperson Col. Seo Jae-min:".
    briefing = any(_BRIEFER_LABEL.match(name + ": ") for name in name_labels)
    # A meetings-coverage summary ("The representative of the Russian Federation said …"): a
    # delegate's paragraph summarises their statement, sentence after sentence, in the third person.
    meeting = ("epresentative" in text or "elegate" in text) and len(_DELEGATE_OF.findall(text)) >= 5
    member: _Speaker | None = None   # in a parliamentary record, who has the floor
    account = (text.find("\n", told.end()) % (len(text) + 1)) if told else None   # where the narrator's paragraphs may begin
    if told is not None and (told.group("translated") or told.group("issued") or told.group("page") or told.group("reproduces")
                             or told.group("selection") or told.group("its_words")):
        # A translation begins under the next heading: the introduction's lines before it ("Our
        # notes are in square brackets") are still the outlet's.
        account = next((a - 1 for a, _, kind in par_spans if told.end() < a < told.end() + 1500 and kind == "heading"), account)
    if told is not None and told.group("delivered"):
        # A speech page's speaker is known from its "From:" line before its standfirst speaks of
        # them ("Ambassador Harriet Colborne tells the Permanent Council that …").
        narrator = resolver.narrator(account, told)
    campaign = _CAMPAIGN_LINE.search(text, 0, 1500) if told is None else None
    if campaign is not None:
        # A fundraising page ("Organised by Friends of Pugach, Kyiv · Beneficiary: Pugach drone
        # unit"): its story is told in the beneficiary's own "we" (guide 4.10), placed by where
        # the line says the campaign is from; the page's headings and notes are its own.
        line = text[text.rfind("\n", 0, campaign.start()) + 1:text.find("\n", campaign.end()) % (len(text) + 1)]
        blocs = [b for b in resolver.place_sides(line, capitals=True) if b in _PARTISAN] or [
            a.side for _, _, a in resolver.actors.find(line) if a.side in _PARTISAN]
        if blocs:
            told, account = _Match(campaign.start(), campaign.end()), text.find("\n", campaign.end())
            narrator = _Speaker(campaign.group("who").strip(), blocs[0], "group", named=True, context=line)
    # The narrator's last paragraph in the first person: a paragraph after it that sets both blocs'
    # versions side by side, and does not name the narrator, is the outlet's ending ("Russia's
    # Defence Ministry … said …; Ukraine's General Staff said …"), not more of the account.
    last_own = max((a for a, b, kind in par_spans if a > account and kind == "body"
                    and _FIRST_PERSON_WORD.search(_mask(text[a:b], [(x, y) for x, y, _ in _quote_spans(text[a:b])]))),
                   default=-1) if account is not None else -1
    # Several signed pieces, "each in their own words", each under its own byline.
    signed = account is not None and "their" in told.group(0) and len(_BYLINE.findall(text, account)) >= 2
    headed = False   # testimonies under their speakers' headings
    resumed: bool | None = None   # False: a heading came after the account's paragraphs
    # A monitored broadcast given as subtitle cues ("12 00:00:53,100 --> 00:00:56,600 …").
    subtitles = resolver.broadcast is not None and len(_CUE_BLOCK.findall(text)) >= 3
    cue_voice: _Speaker | None = None
    caption: re.Match | None = None   # a broadcast's on-screen caption, "[Name / Title]", over a quotation
    told_letter = account is not None and told.group("letter") is not None   # an open letter printed below
    salutation = _SALUTATION.search(text, account) if told_letter else None
    if salutation is not None:
        account = salutation.start() - 1   # the letter is set out from its "To the governments of …:"
    own_byline = next((m.start() for m in _BYLINE.finditer(text, 0, 2000)), -1)
    after_footer = False   # just past a PDF page's footer, where its running header follows
    guest: _Speaker | None = None   # the last speaker a transcript's label named, not its own host
    turn_asked = False   # the last ">>" turn was the host's question
    i = 0
    while i < n:
        par = paragraphs[i]
        j = i
        while j < n and paragraphs[j] == par:
            j += 1
        p_start, p_end = starts[i], ends[j - 1]
        par_text = text[p_start:p_end]
        resolver.paragraph = par
        resolver.age(par_text)
        if _PAGE_FOOTER.fullmatch(par_text) or (after_footer and len(par_text) <= 120 and par_text[-1] not in ".!?”\""):
            # A PDF's "Page 1 of 2" and the running header after it, kept by the extraction: the
            # page's furniture, which ends no account and no quotation running over the break.
            after_footer = _PAGE_FOOTER.fullmatch(par_text) is not None
            i = j
            continue
        after_footer = False
        if digest:
            source = _SOURCE_HEADING.fullmatch(par_text)
            if source is not None:
                # "Rybar (pro-Kremlin, 1.3m subscribers)": what follows, up to the next such line,
                # is that channel's, and whoever it cites reaches the article through it (guide 4, 5).
                digest_voice = resolver.section_source(source.group("name"), source.group("desc"))
                i = j
                continue
            if kinds[i] != "body":
                digest_voice = None
        person = _PERSON_HEADING.fullmatch(par_text) if account is not None and p_start > account else None
        if person is None and kinds[i] == "heading" and (person := _NAME_TOWN_HEADING.fullmatch(par_text)) is not None:
            # (Only a town places the name: not "Kursk: What Moscow Said". A newsletter's section
            # may say so just above: "Each month two members tell their story in their own words".)
            intro = _ACCOUNT_TOLD.search(text, max(0, p_start - 600), p_start) if account is None else None
            if intro is not None:
                told, account = intro, p_start - 1
            if account is None or resolver._town_bloc(person.group("desc")) is None:
                person = None
        if person:
            # Testimonies, each under its speaker's heading ("Halyna, 44, nurse, Sumy"): the
            # paragraphs below it are that person's (4.10), placed by where the heading says.
            narrator = resolver.headed_person(person.group("name"), person.group("desc"))
            headed = True
        if len(par_text) <= 80 and par_text.startswith("Report") and (place := _REPORTING_FROM.fullmatch(par_text)):
            # "Reporting from Moscow, Lena Marchetti:": a correspondent's section, filed from the
            # city the line names: its "officials here" are that city's.
            resolver.here_side = resolver._town_bloc(place.group(1))
        if kinds[i] != "body" and resolver.dateline_at < 0 and (place := _PLACE_HEADING.fullmatch(par_text)):
            # "Kursk Region, Russia": a bulletin's section heading sets where its lines are from,
            # as a dispatch's section dateline does.
            resolver.set_dateline(place)
            resolver.section_start = p_start
        if kinds[i] != "body":
            carry_quote = bullet_from = member = None
            answering = dash_asked = False   # (an answer runs on over paragraphs, not past a heading: "Support Prostor")
            if first_turns is not None and p_start > first_turns[0] and not par_text.endswith("?"):
                first_turns = None   # a heading after the interview (its questions may be set as headings)
            if block is None or block[2] not in ("full", "speech"):
                block = None   # (but a reproduced document's own title opens it: "Latest Defence Intelligence update …")
            # (Not the article's own byline under a headline that says "In Their Own Words".)
            by = _BYLINE.match(par_text) if account is not None and p_start > account and p_start != own_byline else None
            if by and signed:
                # Writers' pieces "each in their own words": a piece is its byline's writer's (4.10).
                narrator = resolver.writer(by.group(1).partition(",")[0])
            elif by or (account is not None and p_start > account and _APPARATUS_HEADING.match(par_text)) \
                    or (told_letter and kinds[i] == "heading" and narrator is not None):
                # A new byline, the outlet's "Afterword", or a heading after a letter's text ("What
                # the Four Capitals Said"): the account is over.
                account = narrator = None
            elif signed and kinds[i] == "heading":
                narrator = None   # the next piece's title, or the outlet's own box ("The Facts")
            elif account is not None and p_start > account and kinds[i] == "heading" \
                    and text.startswith(("[Editor", "[Ed."), text.rfind("\n", 0, max(0, p_start - 1)) + 1):
                # A heading after the outlet's "[Editor's note: …]" that closed the text: the
                # outlet's own section ("Parish Notes"), not more of the account.
                account = narrator = None
            elif headed and kinds[i] == "heading" and not person and narrator is not None:
                # Testimonies each under its speaker's name: a heading that names nobody is the
                # outlet's next section ("Kursk: What Moscow Said", "Legal Help").
                account = narrator = None
                headed = False
            elif narrator is not None and kinds[i] == "heading" and not headed and account is not None and p_start > account \
                    and not (told.group("page") or told.group("sections") or told.group("translated")
                             or told.group("monitored") or told.group("posts") or told.group("reproduces")
                             or told.group("selection")) \
                    and not (" · " in par_text and _DOCUMENT_SYMBOL.search(par_text)):
                # (Not the record's reference line under its title: "1570th Meeting … · PC.DEL/410/26".)
                # (A page's or a newsletter's own headings are its sections: it goes on under them.)
                resumed = False   # the account may be over: the paragraph under the heading decides

            if account is not None and p_start > account and kinds[i] == "heading" and par_text.startswith("Statement") \
                    and (header := _ACCOUNT_TOLD.match(text, p_start)) is not None and header.group("titled"):
                # The next record on the page, "Statement by the Deputy Permanent Representative of
                # the Russian Federation, Maxim Dubrovin, in Response to …": its speaker's from here.
                told, account, resumed = header, p_end, None
                narrator = resolver.narrator(account, told)   # ("Mr. Chairperson," names nobody but is his)
                headed = False
            # (A broadcast's caption line, "[Name / Title]", names who speaks in the next paragraph.)
            caption = _CAPTION_NAME.fullmatch(par_text) if par_text.startswith("[") else None
            for k in range(i, j):
                cues[k] = schema.CUE_HEADING if kinds[k] == "heading" else schema.CUE_BOILERPLATE
                if kinds[k] == "heading" and i > 0 and (text[ends[k] - 1] == "?" or text.count(" ", starts[k], ends[k]) >= 12):
                    # "What Did Russia's Foreign Ministry Claim?": a question heading names the body
                    # its section's "foreign ministry spokeswoman" belongs to. (So does a photo's
                    # caption the person it shows: "A Ukrainian drone operator who goes by the call
                    # sign Moth prepares a quadcopter …", then "says the operator".)
                    _enter_unit(resolver, par_text, [], p_start, starts[k], ends[k])
                    resolver.note_mention(text[starts[k]:ends[k]])
            i = j
            continue
        if account is not None and p_start > account and (_END_MARK.fullmatch(par_text) or (
                par_text.startswith("End of") and _END_MARK.match(par_text))):
            account = narrator = block = None   # a release's "###" or "-ENDS-": the outlet's report goes on
            i = j
            continue
        if par_text.endswith(("interjecting—", "interjecting–", "interjecting-", "interjecting")) \
                and _INTERJECTING.fullmatch(par_text):
            i = j   # a Hansard's "Senator Calloway interjecting—": the record's note, not the member's words
            continue
        if par_text.startswith("[") and _REFERENCE_LINE.match(par_text):
            i = j   # "[4] TASS, “Peskov: …”, 14 February 2025": a reference list's entry cites, it claims nothing
            continue
        if " · " in par_text and len(par_text) <= 200 and _DOCUMENT_SYMBOL.search(par_text):
            # A record's reference line, "PC.DEL/318/26 · Delivered on: 12 March 2026" or "1563rd
            # Meeting of the OSCE Permanent Council · PC.DEL/331/26 · Original: RUSSIAN": the page's.
            resolver.last = None
            i = j
            continue
        if ":" in par_text and len(_RECORD_FIELD.findall(par_text)) >= 3:
            # A listing's identifying record, "RI Myong Chol DOB: 3.9.1966 POB: … Nationality: DPRK
            # Gender: male Position(s): …": data of the document's own, nobody's claim, and
            # nobody's words run on into it.
            resolver.last = None
            i = j
            continue
        spans = _quote_spans(par_text)
        if resumed is False and not par_text.startswith("["):
            # Under a heading after the account's paragraphs, one that does not go on in the first
            # person is the outlet's again ("The Figures Beside Hers" / "Kostiuk's ledger is …").
            # (The outlet's bracketed note under the heading does not decide.)
            resumed = None
            if not _FIRST_PERSON_WORD.search(_mask(par_text, [(a, b) for a, b, _ in spans])):
                account = narrator = None
        if account is not None and p_start > account and par_text.startswith("Source:") and _MONITOR_SOURCE.match(par_text):
            account = narrator = None   # the monitor's "Source: Vestnik …, Kursk, in Russian": its own line
        if par_text.startswith("Text of") and (header := _ACCOUNT_TOLD.match(par_text)) and header.group("monitored"):
            # The monitor's next item: the text under this header is its publisher's.
            told, account, narrator, resumed = header, p_end, None, None
        qa = _QA_MARK.match(par_text)
        if qa is None and host_label is not None and kinds[i] == "body":
            if par_text.startswith(host_label + ":"):
                host_asked = True   # (the host's line is read like an interviewer's, below)
            elif host_asked and not _re(r"[A-Z][\w.’' -]{0,30}:\s").match(par_text):
                qa = _Match(0, 0, a="A")
        if qa is None and answering and kinds[i] == "body" and not par_text.startswith(("[", "(", "*")) \
                and not _INTERVIEW_END.match(par_text) and not _re(r"[A-Z][\w.’' -]{0,30}:\s").match(par_text) \
                and not _OUTLET_FOOTER.match(par_text):
            # An answer that runs on into a paragraph of its own, with no label: still the answer
            # (guide 4.8), until the next question, a heading or the outlet's end note (or its
            # footer to readers: "Readers with a Routa ID can comment on our news stories.").
            qa = _Match(0, 0, a="A")
        # (A true "A:" label, not a resolution's lettered recital "A. whereas …", and not a
        # paragraph that itself asks.)
        answering = bool(qa and qa.group("a")) and kinds[i] == "body" and qa_labels \
            and (qa.end() == 0 or par_text[qa.end() - 2:qa.end() - 1] == ":") and not par_text.rstrip("”\"’ ").endswith("?")
        if qa is None and italic_questions:
            # An interview whose questions are whole italic paragraphs ("*Whom do you believe?*") and
            # whose answers carry no label: read like "Q:" and "A:" (guide 4.8).
            if _ITALIC_PAR.fullmatch(par_text) and par_text.rstrip("* ").endswith("?"):
                qa, asked_once = _Match(0, 1, q="*"), True
            elif asked_once and not par_text.startswith(("*", "[", "(")):
                qa = _Match(0, 0, a="A")
        if qa is None and dash_questions:
            if _INTERVIEW_END.match(par_text) or _OUTLET_FOOTER.match(par_text):
                dash_asked = False   # the outlet's note: no longer the answer
            elif (asks := _DASH_TURN.match(par_text)) is not None:
                qa, dash_asked = _Match(0, asks.end(), q="—"), True
            elif dash_asked and not par_text.startswith(("[", "(")):
                qa = _Match(0, 0, a="A")
        if qa is None and first_turns is not None and p_start >= first_turns[0]:
            # An interview whose first question and first answer carry labels ("Horizont: …?",
            # "Gennady Vorontsov: …") and no turn after them does: a paragraph ending in a question
            # asks, every other paragraph answers, up to the outlet's closing note (guide 4.8).
            if _INTERVIEW_END.match(par_text):
                first_turns = None
            elif p_start == first_turns[0] or par_text.rstrip("”\"’ ").endswith("?"):
                qa = _Match(0, first_turns[1] if p_start == first_turns[0] else 0, q="Q")
            elif not par_text.startswith(("[", "(")):
                qa = _Match(0, first_turns[2] if p_start == first_turns[3] else 0, a="A")
        dash = _DASH_TURN.match(par_text) if dashed and not qa else None
        if dash:
            turn += 1
            if turn == 1:
                asker = resolver.interview_publisher(p_start)
        elif not par_text.startswith(("[", "(")):
            turn = 0   # narration between turns ends the dialogue; the outlet's bracketed notes do not
        note_lead = _NOTE_LEAD.match(par_text) if not qa and account is not None else None
        # (A video transcript's time code comes first: "[02:08] TUMAN: Honestly, …".)
        stamp = _TIME_CODE.match(par_text)
        # A live chat's staff ("Oksana (Kyiv):") write as the outlet; its guest speaks for himself.
        chat = _CITY_LABEL.match(par_text) if city_chat and not qa else None
        staff = chat if chat is not None and chat.group("guest") is None else None
        if chat is not None:
            label = None if staff is not None else chat
        else:
            label = (_SPEAKER_LABEL.match(par_text, stamp.end() if stamp else 0) or _mixed_label(par_text, name_labels)
                     or _CLIP_LABEL.match(par_text) or _PAREN_CLIP_LABEL.match(par_text) or _CHAT_LINE.match(par_text) or _BOLD_LABEL.match(par_text)
                     or (_bracket_label(par_text) if bracketed else None)
                     or (_DASH_TITLE_LABEL.match(par_text) if dash_titled else None)
                     or (_HANDLE_LABEL.match(par_text) if handled else None)) \
                if not qa and not note_lead else None
        if label is not None and label.group("label") in _PRODUCTION_MARKS:
            # "SYNC: Gennady Kulikov, head of the Sudzha district administration: …": who is heard.
            heard = _HEARD.match(par_text, label.end())
            if heard is not None:
                label = _Match(label.start(), heard.end(), label=heard.group("label"))
        reporter = _REPORTER_LABEL.match(par_text) if briefing and label is None and not qa \
            and par_text.startswith(("Reporter", "Correspondent", "Journalist")) else None
        if reporter is not None:
            label = reporter   # a reporter's question in a briefing, asked like "Q:" (guide 4.8)
        # "MR: What did they tell you?", for The Meridian Review: the interviewer, asking like "Q:".
        outlet_asks = label is not None and (reporter is not None or resolver.interviewer_label(label.group("label")))
        # "KYIV SAYS: Ukraine's General Staff said …", "WHAT WE CAN VERIFY: …": a section mark, not
        # a speaker; the paragraph reads as usual past it.
        marker = label is not None and (_LABEL_MARK.search(label.group("label")) is not None
                                        or label.group("label") in item_marks
                                        or _spells(label.group("label"), par_text[label.end():]))
        labelled = resolver.labelled(label, p_start) if label and not outlet_asks and not marker else None
        if handled and label is not None and getattr(label, "re", None) is _HANDLE_LABEL:
            # A poster is placed where the reply says they are ("IP location Russia", "I work in
            # Seoul"), else nobody's.
            gloss = (label.group("gloss") or "").strip("“”\"' ")
            labelled = resolver.commenter(gloss or label.group("label"), p_start)
        asked_by = None
        if label is None and not qa and par_text.startswith("Question (") and (asked_by := _ASKED_BY.match(par_text)):
            # "Question (RIA Novosti): …" in a briefing's transcript: the asking outlet's words, and
            # what it cites reaches the article through it (guide 4.12, 5); an outlet of neither
            # bloc ("a foreign agency") asks for neither.
            label = asked_by
            outlet = resolver.resolve(asked_by.group("by"), anaphora=False)
            labelled = outlet if outlet is not None and outlet.side in _PARTISAN and outlet.named else \
                _Speaker(asked_by.group("by"), resolver.actors.default_side, "media", named=False)
        if labelled is None and subtitles and kinds[i] == "body" and (cue := _CUE_BLOCK.match(par_text)):
            # A subtitle file (guide 4.12): each cue is the broadcast's, said by whom it last
            # marked on screen ("[Correspondent]", "CAPTION: Lt. Col. X, …"), through the broadcaster.
            who = _CUE_WHO.match(par_text, cue.end())
            if who is not None or cue_voice is None:
                name = (who.group("role") or who.group("name")) if who is not None else resolver.broadcast[0]
                cue_voice = _Speaker(name, resolver.broadcast[1], "person" if who is not None else "media",
                                     channel=resolver.broadcast[0] if who is not None else "", named=False)
            labelled = cue_voice
        elif kinds[i] != "body" or not par_text.startswith("["):
            cue_voice = None
        if par_text.startswith("[") and (shown := _CAPTION_NAME.fullmatch(par_text)) is not None:
            caption = shown
        elif caption is not None:
            if labelled is None and not qa and par_text[:1] in "“\"" and kinds[i] == "body":
                # The quotation under a broadcast's caption "[Choi Kyung-hee / Defector, Former KPA
                # Officer]" is the captioned person's, placed by the caption's title (guide 4.12).
                labelled = resolver.captioned(caption.group("name").strip(), caption.group("title").strip(), p_start)
            caption = None
        if record and not qa:
            # A member's speech runs on over paragraphs until the next label; the record's own
            # lines ("Several hon. Members rose—", "Question put.") are narration (guide 4.6).
            # (An interjection on a line of its own, "(Noise in the hall)", interrupts the speech
            # without ending it.)
            interjection = not label and par_text.startswith("(") and (_STAGE_DIRECTION.fullmatch(par_text) is not None
                                                                       or _SHORT_ASIDE.fullmatch(par_text) is not None)
            member = labelled if label else member if interjection else None if _RECORD_PROCEDURE.match(par_text) else member
            labelled = None if interjection else member
        elif titled and not qa:
            # A meeting's record: a turn runs on over paragraphs until the next label or the
            # record's closing fields ("Publication date: …"); the website's bracketed notes
            # ("[Valery Gerasimov presented the situation on a map.]") are its own.
            member = labelled if label else None if _FIELD_LINE.match(par_text) else member
            labelled = None if par_text.startswith(("[", "(")) else member
        elif briefing and not qa:
            # A briefer's answer runs on over paragraphs until the next turn or a heading
            # ("Questions and Answers"); a reporter's question is nobody's report.
            # (The agency's "Editor's note: …" after the last turn is its own, and so is all below it.)
            member = None if reporter is not None or _OWN_NOTE.match(par_text) else labelled if label else \
                None if kinds[i] != "body" or par_text.startswith(("[", "(")) else member
            if _OWN_NOTE.match(par_text):
                briefing = False
            labelled = member
        elif (numbered_labels or bracketed or dash_titled or capital_turns) and not qa:
            # A panellist's turn under "Speaker 2:" (or a monitored programme's "[Presenter]", an
            # executive's "Name -- Title:") runs on over paragraphs until the next label or a
            # heading; the outlet's bracketed notes ("[Speaker 2's audio dropped here …]",
            # "[Passage omitted: weather]") are not in it.
            member = labelled if label else None if par_text.startswith(("[", "(")) or kinds[i] != "body" \
                or (capital_turns and p_start not in within_turns) else member
            labelled = member
        if label is not None and getattr(label, "re", None) is _PAREN_CLIP_LABEL:
            member = None   # a sound bite in the report before the studio's turns is its paragraph's only
        if par_text.startswith(">>"):
            # A caption transcript marks each change of speaker with ">>", naming only a speaker
            # who is new: after the host's question (">> AND THE KREMLIN'S VERSION?"), the unnamed
            # turn is the guest's answer, the guest labelled last.
            if label is None and labelled is None and turn_asked and guest is not None:
                labelled = guest
            turn_asked = label is None and par_text.rstrip().endswith("?")
        else:
            turn_asked = False
        if label is not None and labelled is not None:
            guest = labelled
        section = _DATELINE_PLACE.match(par_text) if par_text[:2].isupper() and not (qa or label or note_lead or dash) \
            and resolver.dateline_at >= 0 and p_start > resolver.dateline_at and kinds[i] == "body" else None
        if section is not None and section.end() < len(par_text) and par_text[section.end() - 2:section.end()].strip() in ("—", "–", "-"):
            # "KURSK, Russia — Local authorities said …": a dispatch from several bureaus files each
            # section from its own dateline, which places its unnamed officials and residents.
            resolver.set_dateline(section)
            resolver.section_start = p_start
        else:
            section = None
        mark = qa or label or note_lead or dash or section or staff   # "Q:", the outlet's own "ANCHOR:", a section's dateline: read past the mark
        asked = bool(qa) and not qa.group("a") or outlet_asks or (dash is not None and turn % 2 == 1)   # an interviewer's question goes on nobody's report
        voice, voice_cue = None, None
        letter = next((lt for lt in letters if lt[0] <= p_start < lt[1]), None)
        if block is not None:
            # A text a lead-in sets out below ("The Kremlin's readout reads, in part:") runs until
            # a paragraph speaks of its issuer again ("Nowhere does the Kremlin text …"); one set
            # out in quotation marks (or as a Markdown blockquote, "> …"), while its paragraphs open
            # with one.
            opens_quote = par_text.startswith(("“", '"', "‘", "«", ">"))
            numbered = _NUMBERED_PARAGRAPH.match(par_text) is not None
            if block[2] == "speech":
                # A speech given in full runs on, salutation and slogans too ("Long live …!"),
                # until the site's own note after it or its own words about the speaker.
                if _OWN_NOTE.match(par_text) or kinds[i] != "body" or _mentions_issuer(par_text, block[0], block[1], resolver):
                    block = None
                else:
                    voice, voice_cue = block[0], schema.CUE_REPORT_CONTINUATION
            else:
                undecided = block[2] in (None, "full")
                spoken = _FIRST_PERSON_PLURAL.search(_mask(par_text, [(a, b) for a, b, _ in _quote_spans(par_text)]))
                if undecided and block[2] == "full" and par_text.rstrip()[-1:] not in ".!?:”\"" and len(par_text.split()) <= 20:
                    pass   # a reproduced document's own title line, "Latest Defence Intelligence update … – 18 February 2026"
                elif undecided:
                    # (A document reproduced in full runs while its paragraphs are numbered, an
                    # intelligence update's "1. …", "2. …", whoever they name; or, a post in its
                    # issuer's "we" ("our units destroyed …"), while they speak so or quote someone:
                    # "The brigade also released a video" is the outlet's again.)
                    full = block[2] == "full"
                    block = (block[0], block[1], "numbered" if full and numbered else "we" if full and spoken and not opens_quote
                             else opens_quote)
                if block[2] in (None, "full"):
                    pass
                elif block[2] == "numbered" and not numbered:
                    block = None
                elif block[2] == "we" and not (spoken or opens_quote):
                    block = None
                elif block[2] not in ("numbered", "we") and ((block[2] and not opens_quote)
                                                             or _mentions_issuer(par_text, block[0], block[1], resolver)):
                    block = None
                else:
                    voice, voice_cue = block[0], schema.CUE_REPORT_CONTINUATION
        tagged_item = _SOURCE_TAG.search(par_text) if par_text.endswith(")") and kinds[i] == "body" else None
        if voice is not None:
            pass
        elif digest_voice is not None and not _OWN_NOTE.match(par_text):
            voice, voice_cue = digest_voice, schema.CUE_RELAY
        elif tagged_item is not None and (agency := resolver.item_source(tagged_item.group("who"))) is not None:
            # A digest's item "drawn from" an agency, "(TASS)" at its end: the item is the
            # agency's report, and whoever it cites reaches the article through it (guide 4, 5).
            voice, voice_cue = agency, schema.CUE_RELAY
        elif labelled is not None:
            # A transcript (guide 4.12): a paragraph under a speaker's label is that speaker's.
            voice, voice_cue = labelled, schema.CUE_SPEAKER_LABEL
        elif letter is not None:
            # A letters page: every paragraph of a letter is its writer's, who signed it below.
            if letter not in writers:
                writers[letter] = (resolver.account_holder(letter[2], letter[3][1])
                                   if isinstance(letter[3], tuple) and letter[3][0] == "account"
                                   else resolver.commenter(letter[2], letter[3][1])
                                   if isinstance(letter[3], tuple) and letter[3][0] == "commenter"
                                   else resolver.video_channel(letter[2], letter[3][1])
                                   if isinstance(letter[3], tuple) and letter[3][0] == "channel"
                                   else resolver.union_speaker(letter[2])
                                   if isinstance(letter[3], tuple) and letter[3][0] == "union"
                                   else resolver.headed_person(letter[2], letter[3][1])
                                   if isinstance(letter[3], tuple) and letter[3][0] == "profile"
                                   else resolver.poster(letter[2], letter[3][1])
                                   if isinstance(letter[3], tuple) and letter[3][0] == "headed"
                                   else resolver.chat_member(letter[2]) if letter[3] == _MEMBER
                                   else resolver.poster(letter[2]) if letter[3] in (_WRITER, _FEED)
                                   or (isinstance(letter[3], tuple) and letter[3][0] == "signed")
                                   else resolver.quoted(letter[2], letter[3][1]) if isinstance(letter[3], tuple)
                                   else resolver.letter_writer(letter[2], letter[3]) if letter[3] else resolver.poster(letter[2]))
            voice, voice_cue = writers[letter], schema.CUE_FIRST_PERSON_ACCOUNT
            if letter[3] == _FEED:
                # A feed item's teaser is its outlet's report when the outlet is of a bloc (KCNA,
                # ISW); an agency of neither bloc's is read as it stands.
                voice, voice_cue = (voice, schema.CUE_RELAY) if voice.side in _PARTISAN else (None, None)
        elif (qa and qa.group("a")) or (dash and turn % 2 == 0):
            # An interview (guide 4.8): an answer is the interviewee's. The questions are read like
            # the journalist's narration, below.
            if interviewee is None and told is not None and told.group("titled"):
                # "Statements and answers by the Deputy Spokesperson, Ms. …": whom the record's
                # title names answers, not the last person a question named.
                interviewee = resolver.narrator(account, told)
            if interviewee is None:
                interviewee = resolver.interviewee(p_start)
            voice, voice_cue = interviewee, schema.CUE_INTERVIEW_ANSWER
        elif dash and asker is not None:
            # Another publication's questions, in translation: that publication's (guide 4.8, 5).
            voice, voice_cue = asker, schema.CUE_INTERVIEW_ANSWER
        elif voice is None and account is not None and p_start > account \
                and not (par_text.startswith(("[", "(")) and not _NUMBERED_POINT.match(par_text)) \
                and not _OUTLET_FURNITURE.search(par_text) \
                and not note_lead and not person and not (qa and qa.group("q") and told.group("titled")) \
                and (_FIRST_PERSON_WORD.search(_mask(par_text, [(a, b) for a, b, _ in spans]))
                     or (narrator is not None and not headed and narrator.name.split()[-1] not in par_text
                         and (p_start <= last_own or len({a.side for _, _, a in resolver.actors.find(par_text)
                                                          if a.type not in ("place", "group")} & set(_PARTISAN)) < 2))
                     or told.group("cable") or told_letter or told.group("page") or told.group("sections") or told.group("passive_document")
                     or told.group("translated") or told.group("monitored") or told.group("posts") or told.group("titled")
                     or told.group("delivered") or told.group("carried") or told.group("reproduces") or told.group("selection")
                     or told.group("its_words")
                     or (told.group("document") or "").endswith("release")):
            # (A cable's, a letter's, a page's or a reproduced release's paragraphs are its sender's,
            # "we" or not: a press release speaks of its issuer in the third person.)
            # An account told to the outlet (guide 4.10): after an introduction saying so, the
            # first-person paragraphs are the narrator's; the outlet's notes are in brackets.
            if narrator is None and not signed and not headed:
                narrator = resolver.narrator(account, told)
            voice, voice_cue = narrator, schema.CUE_FIRST_PERSON_ACCOUNT
            if told is not None and told.group("cable") and _CABLE_END.search(par_text):
                account = None   # "END COMMENT.": the cable is over, the outlet's report goes on
        if voice is not None:
            # A source the voice cites is relayed by it, and takes its side (the channel decides).
            note = False   # inside the outlet's "[Editor's note: …]" set in the voice's paragraph
            for k in range(i, j):
                utext, _, _, masked = _enter_unit(resolver, par_text, spans, p_start, starts[k], ends[k])
                if mark and k == i and label is not None:
                    # A record's label ("Name, on behalf of the PPE Group. – Madam President, …") and
                    # its forms of address cite no one.
                    voc = _VOCATIVE.match(masked, mark.end())
                    cut = voc.end() if voc else mark.end()
                    masked = " " * cut + masked[cut:]
                if tagged_item is not None and _SOURCE_TAG.fullmatch(utext):
                    continue   # "(TASS)" itself: the outlet's mark of where the item is from
                if utext.startswith("(") and (stage := _STAGE_DIRECTION.fullmatch(utext)) is not None:
                    # A record's "(Applause from the SPD)", "(Laughter)" inside a member's speech: the
                    # record's, not the member's; "(Interjection from the AfD: …)" is the heckler's,
                    # when a bloc's.
                    heckler = resolver.resolve(stage.group("who"), anaphora=False) if stage.group("who") else None
                    if heckler is not None and heckler.side in _PARTISAN:
                        assign(k, heckler, schema.CUE_SPEAKER_LABEL)
                    continue
                if letter is not None and isinstance(letter[3], tuple) and letter[3][0] == "signed" \
                        and starts[k] >= letter[3][1]:
                    continue   # the talk page's signature under the comment
                sp, cue = _find_cue(masked, resolver)
                # (and a record's "[Interruption.]" in a member's speech)
                note = note or (voice_cue in (schema.CUE_FIRST_PERSON_ACCOUNT, schema.CUE_SPEAKER_LABEL, schema.CUE_INTERVIEW_ANSWER)
                                and utext.lstrip("> ").startswith("[") and not _CLIP_LABEL.match(utext) and not _CHAT_LINE.match(utext)
                                and not (bracketed and k == i and label is not None)
                                and not _CHAT_EXPORT_HEAD.match(utext)
                                and not _TIME_CODE.match(utext) and not utext.startswith(("[…]", "[...]")))
                if note:
                    note = not utext.rstrip(".").endswith("]")
                    if sp is not None:
                        assign(k, sp, cue)   # the outlet's note, read like its narration
                    continue
                if sp is not None and sp.side != "__both__" and sp.name != voice.name \
                        and not (sp.kind == "person" and sp.name in voice.name):
                    # (A feed's teaser relays an official as a news agency does: the official decides.)
                    # (Nor does a question from an outlet of neither bloc: "Question (The Nordic Wire):
                    # South Korea's NIS said …" is the NIS's, as in the outlet's narration.)
                    relayed_side = sp.side if ((letter is not None and letter[3] == _FEED) or (
                        label is not None and label is asked_by and voice.side not in _PARTISAN)) \
                        and sp.side in _PARTISAN else voice.side
                    cited = _Speaker(sp.name, relayed_side, sp.kind, named=False, context=utext)
                    cited.channel = voice.name
                    assign(k, cited, cue)
                elif voice is digest_voice and sp is None and (
                        _WITHHELD.search(masked) or _SAID_NOTHING_OF.search(masked) or _NEGATED_LEAD.match(masked)):
                    continue   # "As usual, it said nothing about Russian losses.": the monitor's word on it (4.9)
                else:
                    assign(k, voice, voice_cue)
            i = j
            continue
        resolver.unit_text, resolver.unit_start = par_text, p_start
        # A quote's speaker is resolved when reading reaches it, so that "he" in its tag refers to
        # whoever was last named before the quote.
        span_speakers: list = [None] * len(spans)
        resolved = [False] * len(spans)
        continued = bool(spans) and spans[0][0] == 0 and carry_quote is not None
        report_speaker: _Speaker | None = None
        toll_speaker: _Speaker | None = None
        bullet = _BULLET.match(par_text)
        if bullet is not None and par_text[:1].isdigit() and j - i >= 2 and len(par_text.split()) >= 30:
            bullet = None   # a report's numbered paragraph ("28. On 19 May …"), not a list's item
        if not bullet:
            bullet_from = None
        for k in range(i, j):
            us, ue = starts[k] - p_start, ends[k] - p_start
            utext, inside, local, masked = _enter_unit(resolver, par_text, spans, p_start, starts[k], ends[k])
            if mark and k == i:
                voc = _VOCATIVE.match(masked, mark.end()) if label is not None or staff is not None else None
                cut = voc.end() if voc else mark.end()   # (and past "Kirill, " in "Moderator: Kirill, you …")
                masked = " " * cut + masked[cut:]   # "Q: The Kremlin says …": read past the mark
            if tagged_item is not None and _SOURCE_TAG.fullmatch(utext) and resolver.item_source(tagged_item.group("who"), any_side=True):
                continue   # "(Reuters)": the outlet's mark of where the item is from, nobody's claim
            if k == i and utext[:1].isupper() and utext.rstrip().endswith((").", ")")) and _AGENCY_DATELINE.fullmatch(utext):
                continue   # "KYIV, Nov 12 (Meridiana).": where and when the agency filed, nobody's claim
            if utext.startswith("(") and _STORY_LENGTH.fullmatch(utext):
                continue   # an agency budget's "(450 words, 1400 GMT, by Aoife Brennan in Brussels)"
            resolver.note_relay(masked)
            for x in inside:
                if not resolved[x]:
                    resolved[x] = True
                    span_speakers[x] = _quote_speaker(par_text, spans[x], resolver)
                    if span_speakers[x] is None and x == 0 and continued:
                        span_speakers[x] = carry_quote
            if k == i and bullet and (item := _SOURCE_ITEM.match(masked)) is not None \
                    and (sp := resolver.resolve(item.group("who"), anaphora=False)) is not None and sp.named \
                    and sp.side in _PARTISAN and sp.kind in ("person", "institution", "media", "channel") \
                    and (" " in item.group("who").strip() or sp.kind == "person" or item.group("who").strip().isupper()):
                # A list of who claims what, "- South Korea's NIS: about 300 killed …": each item is
                # the claim of the source it is labelled with (not a bare country: "- Ukraine: …").
                for x in inside:
                    span_speakers[x] = sp
                assign(k, sp, schema.CUE_SPEAKER_LABEL)
                continue
            if " | " in masked and p_start > 0:
                # (Not the title line, "… a field guide to the competing claims | LinkedIn".)
                # A table row, "Ukraine's General Staff | 1,040 Russian casualties a day | 12 March":
                # its source cell (the first that names a side's voice, past a date) is the source of
                # the row, as in "according to" (guide 4.3).
                cells = masked.split(" | ")
                head = _table_header(text, p_start)
                column = next((n for n, h in enumerate(head) if _SOURCE_COLUMN.fullmatch(h.strip())), None) \
                    if len(head) == len(cells) else None
                # (Under a "Source" heading, that column's cell first: "… | HUR (Telegram) | Confirmed".)
                order = ([cells[column]] if column is not None else []) + cells[:max(1, len(cells) - 1)]
                cited = next((c for c in map(lambda x: resolver.resolve(x, anaphora=False), order)
                              if c is not None and c.side in _PARTISAN), None)
                if cited is not None:
                    assign(k, cited, schema.CUE_ACCORDING_TO)
                    continue
            lead = None
            if ":" in masked and not masked.rstrip().endswith((")", ").")):
                lead = _SOURCE_COLON.match(masked) if k == i else None
                if lead is not None and any(_VERB_WORD.fullmatch(w) for w in lead.group("who").split()):
                    lead = None   # "On Thursday, Two Majors published its answer: …" is a sentence, not a source line
                if lead is not None and (_SECTION_LEAD.fullmatch(lead.group("who")) or _spells(lead.group("who"), masked[lead.end() - 1:])):
                    # "Moscow's version: The Kremlin has been far less forthcoming.", "What the
                    # bloggers say: …": a section's label; "JCS: Joint Chiefs of Staff, the top …": a
                    # glossary's entry spelling the acronym out. Neither cites anyone.
                    lead = None
                if lead is not None and " " not in lead.group("who").strip() and masked[lead.end() - 1:lead.end()].isupper() \
                        and _FINITE.search(masked, lead.end()) and not _VERB_RE.search(masked, lead.end()):
                    # "Kyiv: Ukraine's military intelligence agency … have been the most frequent sources
                    # of loss figures": a capital's section over a sentence with its own subject, one of
                    # that capital's bodies, and no report of its own, is the writer's heading, not a
                    # source line.
                    label_side = resolver.resolve(lead.group("who"), anaphora=False)
                    subject = [a for s0, _, a in resolver.actors.find(masked[lead.end() - 1:lead.end() + 60]) if s0 <= 4]
                    if label_side is not None and subject and subject[0].side == label_side.side \
                            and subject[0].type in ("institution", "media", "person"):
                        lead = None
                if lead is not None and (_DEFINITION.match(masked, lead.end() - 1) or lead.group("who").split()[0] in _NOT_LABELS):
                    # A glossary's "Kremlin: the building in Moscow where …" defines, it cites no
                    # one; a record's "Narrative:" or "Sources:" is a field's name.
                    lead = None
                lead = lead or _CLAIMS_LEAD.match(masked) or _GAVE_LEAD.match(masked) \
                    or (_DATED_SOURCE.match(masked) if k == i else None)
            if lead is not None:
                # A list's "- Ukraine's General Staff: 300 killed", "Kyiv's claims so far:": the source
                # the line opens with, as a table row's first cell (guide 4.3, 4.11); not a fact box's
                # topic ("North Korean casualties: roughly 4,700 (NIS)").
                pronoun = lead.groupdict().get("pronoun")
                cited = resolver.antecedent(pronoun.lower()) if pronoun else resolver.resolve(lead.group("who"), anaphora=False)
                if cited is not None and cited.kind == "person" and not pronoun \
                        and any(s0 == 0 and a.type == "place" for s0, _, a in resolver.actors.find(lead.group("who"))):
                    # A run-in heading that opens with a place, "Belgorod Under Sustained Attack: In
                    # Belgorod region, …", "Kursk Losses: …": a topic, not a person's name.
                    cited = None
                if cited is not None and cited.side in _PARTISAN and cited.kind not in ("group", "place"):
                    assign(k, cited, schema.CUE_ACCORDING_TO)
                    if k == i and lead.re is _SOURCE_COLON and cited.kind in ("institution", "media"):
                        # "MoD RF: Units of the North group … repelled …. Army aviation struck …": the
                        # body a source line opens with goes on giving its report (guide 4.4).
                        report_speaker = toll_speaker = cited
                    continue
            sp, cue = _find_cue(masked, resolver)
            if sp is None and inside and masked.startswith("For ") and (opinion := _FOR_OPINION.match(masked)):
                # "For Camille Rousset, a researcher at …, the French figure is « plausible »": the
                # view, in her words, is hers.
                cited = resolver.resolve(opinion.group("who"), anaphora=False)
                if cited is not None and cited.kind in ("person", "role") and cited.side in _PARTISAN:
                    sp, cue = cited, schema.CUE_REPORTING_VERB
            if sp is not None and cue == schema.CUE_REPORTING_VERB and ("comment" in utext or "to add" in utext) \
                    and (((refusal := _REFUSAL.search(utext)) and not utext.endswith("and ", 0, refusal.start()))
                         or _DECLINED.search(masked)):
                # (Not "said the ministry was “the only competent source” and that he had nothing to
                # add": content comes first.)
                # A refusal with no content is the journalist's narration (guide 4.7), but the one
                # who refused is who "he said" means next ("Pressed again, he said …").
                resolver.remember(sp)
                continue
            if sp is not None and told is not None and _ACCOUNT_TOLD.search(utext):
                continue   # "He told his story to …": that an account was given, not its content (4.6)
            if sp is not None and masked.rstrip().endswith("?") and _QUESTION.match(masked):
                continue   # "What has the defence ministry said?": a question claims nothing
            if sp is None and k == j - 1 and masked.rstrip().endswith(":"):
                # "The Kremlin's readout reads, in part:": the text set out below is its issuer's.
                lead = _READS_LEAD.search(masked)
                cited = resolver.resolve(lead.group("who"), anaphora=True) if lead else None
                if cited is not None and cited.side in _PARTISAN:
                    sp, cue = cited, schema.CUE_REPORTING_VERB
                    block = (cited, lead.group("who"), None)
            if (sp is None or sp.side not in _PARTISAN) and k == j - 1 and block is None \
                    and ("full" in masked or "entirety" in masked or "reproduced" in masked) and _FULL_TEXT_BELOW.search(masked) \
                    and (((speech := _SPEECH_TEXT.search(masked)) and (orator := resolver.orator(p_start)) is not None)
                         or (resolver.last is not None and resolver.last.side in _PARTISAN
                             and resolver.paragraph - resolver.last_paragraph <= 2)):
                # "Meridian Ukraine publishes the full text of the update below.": the document the
                # paragraphs before reported is reproduced, and speaks for its issuer (guide 4.4).
                # ("The full text of the speech as carried by KCNA follows:": the speaker's, whom the
                # article names as giving it, "Kim Jong-un's Speech".)
                issuer = orator if speech else resolver.last
                block = (issuer, issuer.name, "speech" if speech else "full")
            if k == j - 1 and block is None and masked.rstrip().endswith(":") and _BLOCKQUOTE_NEXT.match(text, p_end):
                # A Markdown blockquote below a lead-in ("Rybar was first, on 4 March, insisting …:",
                # "Rodong Sinmun's editorial the next day went further:"): the "> " paragraphs are
                # the speaker's, or the lead-in's named subject's.
                lead = _NAMED_LEAD_IN.search(masked) if sp is None else None
                cited = sp or (resolver.resolve(lead.group("who"), anaphora=False) if lead else None)
                if cited is not None and cited.side in _PARTISAN:
                    block = (cited, cited.name, True)   # (the lead-in itself is read as it stands)
            if sp is None and masked.rstrip().endswith((")", ").")) and not _PHOTO_CREDIT.search(masked):
                # (Not a photo's credit: "(203rd Separate Assault Brigade / Facebook)".)
                # A fact box's line: "North Korean casualties: roughly 4,700 (NIS, April 2025)."
                src = _PAREN_SOURCE.search(masked)
                cited = resolver.resolve(src.group(1), anaphora=False) if src else None
                if cited is None and src and "," in src.group(1):
                    # "(Kursk governor, Telegram)": the source, then where it said so.
                    cited = resolver.resolve(src.group(1).split(",")[0], anaphora=False)
                if cited is not None and cited.side in _PARTISAN:
                    sp, cue = cited, schema.CUE_ACCORDING_TO
            if sp is None or (cue == schema.CUE_ACCORDING_TO and masked[:1].isupper() and _NAME_SUBJECT.match(masked)):
                # ("Echevarría, a trauma surgeon …, is one of a few dozen Spanish health workers …,
                # according to the NGO": the person the sentence is about, whom "he says" means next.)
                resolver.note_mention(masked)
            quoted = sum(b - a for a, b in local) / (len(utext) or 1)
            if sp is not None:
                # The unit's cue is the quote's tag when most of it is the quote ("“…,” X said."),
                # not when a few quoted words sit in indirect speech (X said it was “a matter”).
                if quoted >= 0.5 and any(spans[x][2] and spans[x][1] <= ue for x in inside):
                    cue = schema.CUE_QUOTE_TAG
                for x in inside:
                    if span_speakers[x] is None and quoted >= 0.5:
                        span_speakers[x] = sp
                assign(k, sp, cue)
                # (In a meetings-coverage summary, a delegate's or a UN official's statement goes on too.)
                delegate = meeting and (_DELEGATE_OF.search(utext) or _UN_POST.search(utext)
                                        or utext.startswith(("He ", "She ")) or sp is report_speaker)
                report_speaker = sp if (sp.kind == "document" or delegate) and cue != schema.CUE_QUOTE_TAG else None
                toll_speaker = sp if sp.side in _PARTISAN else None   # a side's voice, not the author's
                continue
            if inside and (quoted >= 0.5 or any(spans[x][2] and spans[x][1] <= ue for x in inside)):
                x = inside[0]
                qsp = span_speakers[x]
                if qsp is not None:
                    # The quote's own tag when it opens or closes in this unit, unless it runs on
                    # from the last paragraph.
                    carried = continued and x == 0
                    own_tag = (spans[x][1] <= ue or spans[x][0] >= us) and not carried
                    assign(k, qsp, schema.CUE_QUOTE_TAG if own_tag else schema.CUE_QUOTE_CONTINUATION)
                    continue
                # A floating quote goes on with the last speaker (guide 4.4); a word or two in scare
                # quotes in a sentence that reports nobody ("names marked “killed”") is not one.
                # (Nor a designation: "has been declared an “undesirable organization”".)
                # (Nor a name the sentence gives a thing: "its bulletins refer only to ‘units of the
                # Northern group of forces’"; nor a title: "a panel at “Pyongyang’s Soldiers, Moscow’s War,”".)
                pub = _PUBLISHED_QUOTING.match(masked) if quoted < 0.5 else None
                cited = resolver.resolve(pub.group("who"), anaphora=False) if pub else None
                if cited is not None and cited.side in _PARTISAN and cited.kind in ("institution", "media", "channel", "person"):
                    # "The official agency KCNA, for its part, published photographs of … soldiers
                    # “fallen in the liberation of Kursk”": the words are the publisher's.
                    span_speakers[x] = cited
                    assign(k, cited, schema.CUE_REPORTING_VERB)
                    continue
                credit = _PULL_QUOTE_BY.search(utext) if quoted >= 0.5 and utext[:1] in "“\"" else None
                credited = resolver.resolve(credit.group("who"), anaphora=False) if credit is not None else None
                if credited is not None and credited.side != "__both__":
                    # A pull quote credited after a dash: "“For Asean, this is no longer somebody
                    # else's war.” – Assoc Prof Dr Azman Shukri Mohd Yusof".
                    span_speakers[x] = credited
                    assign(k, credited, schema.CUE_QUOTE_TAG)
                    continue
                named = quoted < 0.5 and all(_TERM_BEFORE.search(par_text, max(0, spans[y][0] - 40), spans[y][0])
                                             or _quoted_title(par_text, spans[y]) for y in inside)
                if resolver.last is not None and not named and (
                        quoted >= 0.5 or (_VERB_RE.search(masked) and not _PASSIVE_NAMING.search(masked))
                        or any(len(par_text[spans[y][0]:spans[y][1]].split()) > 2 for y in inside)):
                    span_speakers[x] = resolver.last
                    assign(k, resolver.last, schema.CUE_FLOATING_QUOTE)
                    continue
            if report_speaker is not None and not _BOTH_SUBJECT.match(masked) and not _WITHHELD.search(masked) \
                    and not utext.startswith("["):   # (nor the outlet's "[Not verified.]")
                # (Not "Ukraine does not publish regular figures for its own dead": the journalist's
                # word on what is published, guide 4.9.)
                assign(k, report_speaker, schema.CUE_REPORT_CONTINUATION)
                continue
            if toll_speaker is not None and not inside and (_TOLL.search(masked) or _IT_IS_SAID.match(masked)) \
                    and not _FIRST_PERSON.search(masked):
                # ("It is said that most of the deaths …": a translated hedge goes on with the report.)
                # "…, according to governor X. Three people were killed and 28 injured.": a toll
                # with no source of its own, right after a side's report in the same paragraph,
                # is that report's content (guide 4.4); reporters do not count the dead themselves.
                assign(k, toll_speaker, schema.CUE_REPORT_CONTINUATION)
                continue
            toll_speaker = None
            if k == i and bullet and bullet_from is not None and not inside and not _FIRST_PERSON.search(masked) \
                    and not _NEGATED_LEAD.match(masked) and not _BY_ESTIMATE.search(masked.lstrip("•*-–— ")) \
                    and (masked.rstrip()[-1:] in ".!?;:”\"" or any(c.isdigit() for c in masked)
                         or any(_VERB_WORD.fullmatch(w) for w in masked.split())):
                # ("* Neither Moscow nor Pyongyang confirmed …": nobody's report; "- North Korean
                # involvement in the Russian invasion of Ukraine", a portal's topic line: no claim.)
                # A list item with no source of its own goes on with the item before it, as a
                # paragraph's sentences go on with its source (guide 4.4).
                assign(k, bullet_from, schema.CUE_REPORT_CONTINUATION)
                continue
            last = resolver.last
            if last is not None and not inside and last.side in _PARTISAN and not asked \
                    and resolver.paragraph - resolver.last_paragraph <= 1 and _PARTISAN[last.side].search(masked) \
                    and not _BOTH.search(masked) and not _BOTH_SUBJECT.match(masked) and not (resolver.framing_side not in (None, last.side)
                                                          and _PARTISAN[resolver.framing_side].search(masked)):
                # (Not the other side's words: a Ukrainian site's own "the enemy" after a Russian source.)
                # "The enemy lost up to 240 servicemen.", "Up to 480 Ukrainian militants were
                # eliminated." after "the ministry said": a side's own words go on giving its report.
                assign(k, last, schema.CUE_REPORT_CONTINUATION)
                continue
        carry_quote = span_speakers[-1] if spans and not spans[-1][2] else None
        if bullet:
            bullet_from = assigned[j - 1] if sides[j - 1] in _PARTISAN else None
        elif par_text.rstrip().endswith(":") and sides[j - 1] in _PARTISAN:
            # "According to the headquarters, those who came home include:" opens the list below.
            bullet_from = assigned[j - 1]
        i = j
    return schema.with_columns(units, {schema.SPEAKER: speakers, schema.CHANNEL: channels,
                                       schema.SIDE: sides, schema.CUE: cues})


# A letter's signature at its foot, "Oksana Hrytsenko, Leeds", "Lt. Col. Graham Pettifer (retd),
# Aldershot": a name and the writer's town, alone on a line.
_SIGNATURE = re.compile(
    r"(?P<name>(?:(?:Lt|Col|Maj|Gen|Capt|Cdr|Dr|Prof|Rev|Sgt|Mr|Mrs|Ms)\.?\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
    r"(?:\s+\([^()]{1,20}\))?,\s+(?P<town>[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+){0,2})")
_LETTERS_PAGE = re.compile(r"\b(?:letters?|readers?)\b", re.IGNORECASE)


# The fourth field of a text block (see _letters) whose writer is placed like an embedded post's:
# an email's sender, a forum post's or a messenger export's author; and a feed item's outlet.
_WRITER = ("writer", None)
_FEED = ("feed", None)
_MEMBER = ("member", None)   # a chat's sender, placed like a writer or by whom the chat gathers


def _signed_comments(text: str, paragraphs: list) -> list:
    """Return ``(start, end, name, ("signed", at))`` of each comment on a wiki talk page that an
    article prints: a body paragraph closed by its writer's signature ("… attributed in the text.
    — Kestrel88 (talk) 09:14, 2 March 2026 (UTC)"), which begins at ``at``.

    The comment is its writer's words (guide 4.10), and the signature the page's apparatus.
    """
    out = []
    for a, b, kind in paragraphs:
        if kind == "body" and text[b - 1] in ")0123456789" and (m := TALK_SIGNATURE.search(text, a, b)) is not None:
            out.append((a, b, m.group("name"), ("signed", m.start())))
    return out


def _feed_items(text: str, paragraphs: list) -> list:
    """Return ``(start, end, outlet, _FEED)`` of each "Summary:" paragraph of a news feed's
    export, under its item's "Source: <outlet>" line: the teaser is the outlet's (placed where the
    outlet is of a bloc, else read as it stands)."""
    out = []
    for k, (a, b, kind) in enumerate(paragraphs):
        if kind == "body" and text.startswith(("Summary:", "Description:"), a):
            for j in range(k - 1, max(-1, k - 5), -1):
                source = _FEED_SOURCE.match(text, paragraphs[j][0], paragraphs[j][1])
                if source is not None:
                    out.append((a, b, source.group("outlet"), _FEED))
                    break
    return out


def _forum_posts(text: str, paragraphs: list) -> list:
    """Return ``(start, end, user, _WRITER)`` of each body paragraph of a forum post an
    article reproduces under its header line ("Re: NK casualties — post #9 by Seryoga_Zapas » 12
    Mar 2026, 22:12").

    The post is its writer's (guide 4.10), and an earlier post it quotes under "X wrote:" reaches
    the article through it. The post ends at its signature (a short line of " | "-separated
    parts), its "Last edited by" stamp, the next header, or a paragraph that names its writer in
    the third person (the reporter's narration: "In a message to the Post, Seryoga_Zapas said").
    """
    out, user = [], None
    for a, b, kind in paragraphs:
        header = _FORUM_HEADER.match(text, a, b)
        if header is not None:
            user = header.group("user")
            continue
        if user is None:
            continue
        par = text[a:b]
        if par.startswith("Last edited by") or (len(par) <= 100 and " | " in par and par[-1] not in ".!?") \
                or kind != "body" and not _FORUM_WROTE.fullmatch(par) or user in par:
            user = None   # the post's signature or stamp, or the reporter's narration again
            continue
        if not _FORUM_WROTE.fullmatch(par):
            out.append((a, b, user, _WRITER))
    return out


def _written_question(text: str, paragraphs: list) -> list:
    """Return ``(start, end, name, ("union", None))`` of a European Parliament written question's
    paragraphs and its answer's: under "Question for written answer E-000412/2026", the text after
    the member's line ("Henrikas Valaitis (PPE)") is the member's, and the text after "Answer given
    by High Representative/Vice-President X on behalf of the European Commission" is X's.

    Both speak for the Union's institutions (guide 5), and what they cite reaches the page through
    them (the channel decides).
    """
    if _WRITTEN_QUESTION.search(text) is None:
        return []
    out, who = [], None
    for a, b, kind in paragraphs:
        par = text[a:b]
        if _QUESTION_FURNITURE.fullmatch(par):
            continue   # the page's own lines: "Original language of question: LT", "(14.4.2026)"
        member = _MEMBER_LINE.fullmatch(par)
        answer = _ANSWER_GIVEN.match(par)
        if member is not None and who is None:
            who = member.group("name")
        elif answer is not None:
            who = answer.group("who").strip()
            rest = par[answer.end():]
            if rest.strip():   # (the answer may open on the same line)
                out.append((b - len(rest.lstrip()), b, who, ("union", None)))
        elif who is not None and kind == "body":
            out.append((a, b, who, ("union", None)))
    return out


def _video_page(text: str, paragraphs: list) -> list:
    """Return ``(start, end, name, kind)`` of a saved video page's description and comments: under
    its channel's line ("KAZHAN | UAV Strike Company · 86.4K subscribers · Join"), the description
    down to its chapters or links is the channel's, ``("channel", at)`` with ``at`` where it begins;
    under the "1,873 Comments" line, each comment is its user's ("@kateryna_lviv 1 year ago"),
    ``("commenter", first)``, and one "Pinned by" the channel is the channel's.

    A channel's description is its own account (guide 4.10), and a viewer's comment a private
    person's (guide 5), placed where they say they live or by the town in their handle.
    """
    out, owner, first, channel, described = [], None, -1, None, False
    for a, b, kind in paragraphs:
        par = text[a:b]
        if channel is None:
            line = _CHANNEL_LINE.match(par) if a < 1500 else None
            if line is not None:
                channel = line.group("channel").strip()
            continue
        if not described and owner is None:
            if _VIEWS_LINE.match(par):
                continue
            if _CHAPTER_LINE.match(par) or _COMMENTS_HEAD.match(par) or par.startswith(("🔗", "http")):
                described = True
            elif kind == "body":
                out.append((a, b, channel, ("channel", a)))
                continue
        head = _VIDEO_COMMENT_HEAD.fullmatch(par)
        if head is not None:
            user = head.group("user").lstrip("@")
            owner, first = (channel if head.group("pinned") else user), -1   # (the channel pins its own comments)
            continue
        if owner is None or _COMMENT_FURNITURE.fullmatch(par) or kind != "body":
            continue
        first = a if first < 0 else first
        out.append((a, b, owner, ("channel", a) if owner == channel else ("commenter", first)))
    return out


def _comments(text: str, paragraphs: list) -> list:
    """Return ``(start, end, user, ("commenter", first))`` of each paragraph of a reader comment
    under a story's "Comments (214)" line: a comment is the user's name on a line of its own,
    the time it was posted ("3 hours ago"), then its text up to its "Reply" and "Like 58" lines;
    ``first`` is where the comment's text begins, which may say where the reader lives.

    A reader's comment is their own (guide 4.10, 5: a private person, placed where they say
    they live); the page's own lines ("Reply", "Like 312", "Reply to X") are not in it.
    """
    out, user, first = [], None, -1
    started = False
    for k, (a, b, _) in enumerate(paragraphs):
        par = text[a:b]
        if not started:
            started = _COMMENTS_HEAD.fullmatch(par) is not None
            continue
        posted = k + 1 < len(paragraphs) and _POSTED_AGO.fullmatch(text, *paragraphs[k + 1][:2])
        if posted and _COMMENT_USER.fullmatch(par):
            user, first = par, -1
            continue
        if "·" in par and (dated := _COMMENT_DATED.fullmatch(par)) is not None:
            # A blog's comment under one line, "Dmitry_B, Belgorod · 10 February 2026, 07:15"
            # (placed by the town after the name); the blog's own "Name (author) · …" is its writer.
            user, first = (None if "(author)" in dated.group("user") else dated.group("user")), -1
            continue
        if user is None or _POSTED_AGO.fullmatch(par):
            continue
        if _COMMENT_FURNITURE.fullmatch(par):
            user = None   # the comment is over: its "Reply" and "Like 58" lines
            continue
        first = a if first < 0 else first
        out.append((a, b, user, ("commenter", first)))
    return out


# A fundraising page's supporters' messages: under "Words of Support (312)", each donor's line
# "Olena Kovalchuk · ₴5,000 · 8 February 2025", then the message.
_SUPPORT_HEAD = re.compile(r"(?:Words\s+of\s+[Ss]upport|Messages\s+of\s+[Ss]upport|Supporters['’]?\s+[Mm]essages|"
                           r"Recent\s+[Dd]onations|[Dd]onors['’]?\s+[Cc]omments)(?:\s*\(\d[\d,]*\))?")
_DONATION_LINE = re.compile(r"(?P<name>[^·\n]{2,60}?)\s+·\s+(?:[₴£$€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:UAH|USD|EUR|GBP|KRW))"
                            r"(?:\s+·\s+[^\n]{2,40})?")


def _donations(text: str, paragraphs: list) -> list:
    """Return ``(start, end, donor, ("commenter", start))`` for each message under a fundraising
    page's "Words of Support": the one paragraph after each donor's line is that donor's own
    (guide 4.10, 5: a private person, placed where the message or name says they live)."""
    out, donor, started = [], None, False
    for a, b, _ in paragraphs:
        par = text[a:b]
        if not started:
            started = _SUPPORT_HEAD.fullmatch(par) is not None
            continue
        line = _DONATION_LINE.fullmatch(par)
        if line is not None:
            donor = line.group("name").strip()
            continue
        if donor is not None:
            out.append((a, b, donor, ("commenter", a)))
        donor = None   # one message per line: the page's own note after the last one is not it
    return out


_ITEM_WORD = re.compile(r"\b(?:THE|OF|IN|ON|AT|FOR|TO|AND|FROM|WHAT|HOW|WHY|WHO|WHERE)\b|['’]S\b")


def _item_marks(text: str, paragraphs: list) -> frozenset:
    """The capitalised labels a newsletter opens its items with ("DRIVING THE DAY:", "FROM THE
    FRONT:", "ZELENSKYY'S PITCH:"): four labels or more, none used twice, at least half of them
    phrases with a function word or a possessive. A transcript's labels name speakers and come
    back turn after turn; these mark sections whose sentences carry their own sources, read past
    like "KYIV SAYS:"."""
    labels = [m.group("label") for a, b, kind in paragraphs
              if kind == "body" and text[a:a + 1].isupper() and (m := _SPEAKER_LABEL.match(text, a, b))]
    counts = collections.Counter(labels)
    if len(counts) < 4 or any(n > 1 for n in counts.values()):
        return frozenset()
    phrases = {label for label in counts if " " in label and "," not in label and "." not in label}
    worded = [label for label in phrases if _ITEM_WORD.search(label)]
    return frozenset(phrases) if len(worded) * 2 >= len(counts) else frozenset()


def _profile_comments(text: str, paragraphs: list) -> list:
    """Return ``(start, end, name, ("profile", headline))`` of each paragraph of a comment under
    a professional network's post: the commenter's profile line ("Igor Belyaev • 3rd+"), their
    headline ("Military commentator at Zvezda TV | Reserve colonel"), when they wrote ("1d"),
    then the comment up to its "Like · Reply" line.

    A comment is its writer's, placed by what their headline says they are and where (guide 5);
    the post's own author's replies ("Author · …") are the post's voice and left out.
    """
    out, name, headline = [], None, ""
    started = False   # the post's own profile card, above it, is the article's author's
    for k, (a, b, _) in enumerate(paragraphs):
        par = text[a:b]
        if not started:
            started = _COMMENT_COUNT.match(par) is not None
            continue
        if _PROFILE_NAME.fullmatch(par) and k + 1 < len(paragraphs):
            nxt = text[paragraphs[k + 1][0]:paragraphs[k + 1][1]]
            name = None if nxt.startswith("Author ·") else _re(r"\s+[•·]\s+").split(par)[0]
            headline = nxt.replace(" | ", ", ")
            continue
        if k + 1 < len(paragraphs) and text.startswith("Author ·", paragraphs[k + 1][0]):
            name = None   # the post's author answering: "Marten Vos" over "Author · Senior Analyst, …"
            continue
        if par.startswith(("Like · Reply", "Like | Reply", "Load more comments")):
            name = None
            continue
        if name is None or par == headline.replace(", ", " | ") or _COMMENT_AGE.fullmatch(par):
            continue
        out.append((a, b, name, ("profile", headline)))
    return out


def _channel_posts(text: str, paragraphs: list) -> list:
    """Return ``(start, end, name, _MEMBER)`` of each paragraph of a messenger channel's
    or chat's export, under its time-stamped header "[05.03.2026 07:12] Severny Val:" (or with the
    message on the same line, "[14/03/2026, 21:07] Oksana K.: …").

    The message is its sender's, and a post "Forwarded from" another channel reaches the article
    through the sender (guide 4.10, 5). View and reaction counts, the archive's bracketed notes
    and its closing "End of export" line are the export's own.
    """
    out, name, paste = [], None, False
    titled = False   # just past a post's header: its title line may follow
    for a, b, kind in paragraphs:
        head = _CHAT_EXPORT_HEAD.match(text, a, b)
        after_head, titled = titled, False
        if head is not None:
            name = head.group("name") or head.group("channel")
            titled = head.group("channel") is not None
            if head.end() < b:
                out.append((a, b, name, _MEMBER))
                # A message on its header's line ends there; the next line without a header is the
                # article's own, unless the message opened a paste ("… just posted this:").
                paste = text[b - 1] == ":"
                name = name if paste else None
            continue
        if name is None:
            continue
        if paste:
            out.append((a, b, name, _MEMBER))
            name, paste = None, False
            continue
        par = text[a:b]
        if _REACTIONS.fullmatch(par) or par.startswith("Forwarded from "):
            continue   # (the post's counts, and the line naming whom it forwards)
        if after_head and kind == "heading":
            continue   # the post's own title: "⚡️ Suspicion Served on Russian Commander …"
        if par.startswith(("[", "End of export", "Exported", "—")) or kind != "body":
            name = None
            continue
        out.append((a, b, name, _MEMBER))
    return out


def _page_posts(text: str, paragraphs: list) -> list:
    """Return ``(start, end, name, _MEMBER)`` of each paragraph of a social network page's posts
    as a monitor reproduces them: a post under its header line ("Nina Z. · 3 December 2024 at
    14:05"), what it reposts under "Repost: …", and the comments under its counts line
    ("Tatyana G.: And who are the ones …").

    A post and a comment are their writer's, and what a post reposts reaches the article through
    it (guide 4.10, 5); the page's counts and the monitor's bracketed notes are not in them.
    """
    out, name, comments = [], None, False
    for a, b, _ in paragraphs:
        par = text[a:b]
        head = _PAGE_POST_HEAD.fullmatch(par)
        if head is not None:
            name, comments = head.group("name").strip(), False
            continue
        if name is None:
            continue
        if _PAGE_COUNTS.fullmatch(par):
            comments = True   # the comments under the post follow its counts
            continue
        if par.startswith("[") or _REPOST.fullmatch(par):
            continue   # (the monitor's note; the line naming what the post reposts)
        if comments:
            comment = _PAGE_COMMENT.match(par)
            if comment is None:
                name = None   # the monitor's own paragraph after the comments
                continue
            out.append((a, b, comment.group("name"), _MEMBER))
            continue
        out.append((a, b, name, _MEMBER))
    return out


def _emails(text: str, paragraphs: list) -> list:
    """Return ``(start, end, name, _WRITER)`` of each run of an email's paragraphs that an
    article prints under the email's header lines ("From: …", "To: …", "Subject: …").

    The body is the sender's (guide 4.10: the text below is its writer's words), and a line
    quoting the earlier message ("> Could you tell me …?") is the addressee's. The body runs on
    while its paragraphs quote, answer a quote or speak in the first person; the first paragraph
    that does none of these is the article's narration again ("The two clips show …"). A message
    from one of the article's own writers (its byline) is the outlet's and is left out.
    """
    own = {_mail_name(m.group(1).partition(",")[0]) for m in _BYLINE.finditer(text, 0, 2000)}
    out, k, n = [], 0, len(paragraphs)
    while k < n:
        if not _MAIL_HEADER.match(text, paragraphs[k][0], paragraphs[k][1]):
            k += 1
            continue
        fields = {}
        while k < n and _MAIL_HEADER.match(text, paragraphs[k][0], paragraphs[k][1]):
            field, _, value = text[paragraphs[k][0]:paragraphs[k][1]].partition(":")
            fields[field] = _mail_name(value)
            k += 1
        sender, addressee = fields.get("From"), fields.get("To")
        if not sender:
            continue
        answers = True   # the first paragraph, and one right after a quoted line
        while k < n and paragraphs[k][2] == "body":
            a, b, _ = paragraphs[k]
            if text.startswith(">", a):
                if addressee and addressee not in own:
                    out.append((a, b, addressee, _WRITER))
                answers = True
            elif answers or _FIRST_PERSON_WORD.search(text, a, b):
                if sender not in own:
                    out.append((a, b, sender, _WRITER))
                answers = False
            else:
                break
            k += 1
    return out


def _mail_name(value: str) -> str:
    """ "Anneke Voss <a.voss@example.org>" -> "Anneke Voss"."""
    return value.partition("<")[0].strip().strip('"').strip()


def _letters(text: str, paragraphs: list) -> list:
    """Return ``(start, end, name, town)`` of each letter on a letters page.

    ``paragraphs`` are ``(start, end, kind)`` in order. A page is one whose opening speaks of
    letters or readers and that holds two or more signatures; a letter is the body paragraphs
    between its title (or the signature before it) and its own signature (guide 4.10: an
    introduction saying the texts below are their writers' words).
    """
    # (A signature closes a letter's body; a byline, "By Rosalind Meech, Letters Editor", opens one.)
    signed = [k for k, (a, b, _) in enumerate(paragraphs)
              if k and paragraphs[k - 1][2] == "body" and b - a <= 80 and not text.startswith("By ", a)
              and _SIGNATURE.fullmatch(text[a:b].strip())]
    if len(signed) < 2 or not _LETTERS_PAGE.search(text, 0, paragraphs[signed[0]][0]):
        return []
    before_first, after_last = paragraphs[signed[0] - 1], paragraphs[signed[-1] + 1:signed[-1] + 2]
    if not _FIRST_PERSON_WORD.search(text, before_first[0], before_first[1]) and after_last \
            and after_last[0][2] == "body" and _FIRST_PERSON_WORD.search(text, after_last[0][0], after_last[0][1]):
        # Headings over accounts, not signatures under letters: "Each month two members tell their
        # story … ¶ Halyna Moroz, Zaporizhzhia ¶ My son …" (the "I" comes after the name).
        return []
    letters, after = [], None
    for k in signed:
        begin = after
        if begin is None:
            # The first letter begins after its title, below the page's introduction.
            titles = [j for j in range(1, k) if paragraphs[j][2] == "heading"]
            if not titles:
                after = k + 1
                continue
            begin = titles[-1] + 1
        if begin < k:
            m = _SIGNATURE.fullmatch(text[paragraphs[k][0]:paragraphs[k][1]].strip())
            letters.append((paragraphs[begin][0], paragraphs[k][0], m.group("name"), m.group("town")))
        after = k + 1
    return letters


def _mentions_issuer(par_text: str, issuer: _Speaker, phrase: str, resolver: _Resolver) -> bool:
    """Whether a paragraph names, outside quotes, the issuer of a text a lead-in ``phrase``
    introduced: one of its actors, or a word of its name or of the phrase's head ("the office")."""
    masked = _mask(par_text, [(a, b) for a, b, _ in _quote_spans(par_text)])
    actors = {a.name for _, _, a in resolver.actors.find(phrase)}
    if actors & {a.name for _, _, a in resolver.actors.find(masked)}:
        return True
    words = {w for w in _re(r"[A-Z][\w'’-]{3,}").findall(issuer.name)} | {phrase.split()[0].rstrip("'’s").lower()}
    return any(re.search(r"\b" + re.escape(w) + r"\b", masked, 0 if w[0].isupper() else re.I) for w in words if len(w) > 3)


# A quotation's attribution line below it: "— Maria Zakharova, Russian foreign ministry spokeswoman,
# at her weekly briefing".
_QUOTE_CREDIT = re.compile(r"[—–]\s*(?P<name>[A-Z][^,\n]{1,60}),\s+(?P<desc>[^\n]{2,200}?)\s*")
_OPENING_QUOTES = ("“", '"', "«")
_PERSON_QUOTED_BY = re.compile(r"(?P<who>(?:an?|one|the)\s+[^,;]{1,40}?)\s+(?:quoted|cited|interviewed)\s+by\s+(?P<by>[^,;]{2,60})")
_RELAYED_BY = re.compile(r"\b(?:released|aired|published|posted|shown|broadcast|quoted|cited)\s+by\s+(?P<by>[^,;\n]{2,60})")
_CLOSING_QUOTES = ("”", '"', "»", "”.", '".')


# An embedded post's credit line below it: "— Yurii Bondar (@bondar_yu) March 4, 2026".
# A post's account line above it, and its time stamp below: "Kursk Frontline Z (@kursk_front_z)", "10:15
# AM · Jan 12, 2026".
_POST_HEADER = re.compile(r"(?P<name>[^\s()@—–-][^()\n]{0,60}?)\s*\(@(?P<handle>\w{1,40})\)")
# A community note's rating line: "Note 2 · Needs More Ratings · Proposed Mar 13, 2026"; its text is
# its anonymous writers' (of neither bloc).
_NOTE_HEADER = re.compile(r"Note\s+(\d{1,2})\s+·\s+(?:Rated\s+Helpful|Needs\s+[Mm]ore\s+[Rr]atings|Rated\s+Not\s+Helpful|"
                          r"Not\s+Helpful|Currently\s+[Rr]ated)\b", re.IGNORECASE)
# A saved page's account line over a post or a reply: its name, handle and profile line, "Oles
# Hnatiuk 🇺🇦 @oles_medic_kh · Combat medic, Kharkiv region · Mar 12".
_ACCOUNT_LINE = re.compile(r"(?P<name>[^\s@·|][^@·|\n]{0,60}?)\s+@(?P<handle>\w{2,30})\s+·\s+(?P<desc>[^\n]{0,160})")
_POST_STAMP = re.compile(r"\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*·\s*[^\n]{3,40}")
_POST_CREDIT = re.compile(r"[—–-]\s*(?P<name>[^\s()@—–][^()\n]{0,60}?)\s*\(@(?P<handle>\w{1,40})\)[^()\n]{0,40}")


def _embedded_posts(text: str, paragraphs: list, actors: Actors) -> list:
    """Return ``(start, end, name, None)`` of each post an article embeds with a credit line below
    it (guide 4, v6: a post is its writer's own words).

    A post is the body paragraphs right above its credit line, back to the paragraph that
    introduces it by naming the writer, the handle or the body the name stands for ("the
    English-language account of the Korean Central News Agency"), or a heading or credit line
    before it; at most three, else only the paragraph right above.
    """
    posts = []
    for k, (a, b, _) in enumerate(paragraphs):
        credit = _POST_CREDIT.fullmatch(text, a, b) if text.startswith(("—", "–", "-"), a) else None
        said = _QUOTE_CREDIT.fullmatch(text, a, b) if credit is None and text.startswith(("—", "–"), a) and k else None
        if said is not None and text.startswith(_OPENING_QUOTES, paragraphs[k - 1][0]):
            # A round-up's quotation above its dash line ("— Dmitry Peskov, Kremlin spokesman, to
            # reporters"): the quoted paragraphs just above, and the line itself, are the speaker's.
            begin = k - 1
            while begin > 0 and k - begin < 3 and paragraphs[begin - 1][2] == "body" \
                    and text.startswith(_OPENING_QUOTES, paragraphs[begin - 1][0]) \
                    and not text[paragraphs[begin - 1][0]:paragraphs[begin - 1][1]].rstrip().endswith(_CLOSING_QUOTES):
                begin -= 1   # (a quotation over paragraphs leaves the earlier ones open)
            posts.append((paragraphs[begin][0], b, said.group("name").strip(), ("said", said.group("desc"))))
            continue
        account = _ACCOUNT_LINE.fullmatch(text, a, b) if credit is None and " @" in text[a:b] else None
        note = _NOTE_HEADER.match(text, a, b) if credit is None and text.startswith("Note ", a) else None
        if account is not None or note is not None:
            # Its post or reply (or a community note under its rating line): the body paragraphs
            # below it, up to the next such line, the post's time stamp and counts, or anything
            # that is not body (the page's "Community Notes", a note's "Sources:").
            end = k + 1
            while end < len(paragraphs) and paragraphs[end][2] == "body" \
                    and not _ACCOUNT_LINE.fullmatch(text, *paragraphs[end][:2]) \
                    and not _POST_STAMP.match(text, *paragraphs[end][:2]) and not _NOTE_HEADER.match(text, *paragraphs[end][:2]):
                end += 1
            name, profile = ("@" + account.group("handle"), account.group("name") + " · " + account.group("desc")) \
                if account is not None else (f"community note {note.group(1)}", "")
            posts += [(pa, pb, name, ("account", profile)) for pa, pb, _ in paragraphs[k + 1:end]]
            continue
        header = _POST_HEADER.fullmatch(text, a, b) if credit is None and text[b - 1] == ")" else None
        if header is not None:
            # A post set out under its account's line ("Kursk Frontline Z (@kursk_front_z)") down
            # to its time stamp ("10:15 AM · Jan 12, 2026"): its account's, placed by the line that
            # introduces it ("A popular pro-Kremlin military blog disputed …").
            end = next((j for j in range(k + 1, min(len(paragraphs), k + 5))
                        if _POST_STAMP.fullmatch(text, *paragraphs[j][:2])), None)
            intro = text[paragraphs[k - 1][0]:paragraphs[k - 1][1]] if k else ""
            if end is not None and end > k + 1:
                posts += [(pa, pb, header.group("name").strip(), ("headed", intro)) for pa, pb, _ in paragraphs[k + 1:end]]
            continue
        if credit is None or not k:
            continue
        name = credit.group("name").strip()
        words = [w for w in _re(r"[\w'’-]{3,}").findall(name) if w[0].isupper()] + [credit.group("handle")]
        bodies = {x.name for _, _, x in actors.find(name)}
        begin = k - 1
        for j in range(k - 1, max(0, k - 4), -1):
            pa, pb, kind = paragraphs[j]
            para = text[pa:pb]
            if kind != "body" or _POST_CREDIT.fullmatch(para):
                begin = j + 1
                break
            if any(w in para for w in words) or bodies & {x.name for _, _, x in actors.find(para)}:
                begin = min(j + 1, k - 1)   # (a post that names its own writer is still a post)
                break
        # (Placed, when nothing else places it, by the paragraph that introduces it: "Another
        # pro-Russian account on X mocked the Ukrainian figures:".)
        intro = text[paragraphs[begin - 1][0]:paragraphs[begin - 1][1]] if begin else ""
        posts.append((paragraphs[begin][0], a, name, ("headed", intro)))
    return posts


def _enter_unit(resolver: _Resolver, par_text: str, spans, p_start: int, start: int, end: int):
    """Point ``resolver`` at the unit ``text[start:end]`` of a paragraph; return its text, the
    indices of the paragraph's quote ``spans`` it overlaps, those spans in unit offsets, and the
    text with them masked."""
    us, ue = start - p_start, end - p_start
    utext = par_text[us:ue]
    resolver.unit_text, resolver.unit_start = utext, start
    resolver.prefix = ""   # set by each verb cue; never carried over from another unit
    inside = [x for x, (s, e, _) in enumerate(spans) if s < ue and e > us]
    local = [(max(spans[x][0], us) - us, min(spans[x][1], ue) - us) for x in inside]
    # An editor's note in brackets ("[Sgt. Kovalyk said …]") reads like any sentence.
    masked = _mask(utext, local).replace("[", " ").replace("]", " ")
    if us == 0 and masked[:1].isdigit() and (number := _PARAGRAPH_NUMBER.match(masked)):
        # A report's numbered paragraph, "16. Dr Samuel Okafor, Lecturer in …, argued": the
        # sentence after the number.
        masked = " " * number.end() + masked[number.end():]
    return utext, inside, local, masked


_PARAGRAPH_NUMBER = re.compile(r"\d{1,3}\.\s+(?=(?:The|A|An|In|On|At|Dr|Mr|Ms|Mrs|Sir|Lord|Lady|Professor|Prof\.)\s|[A-Z][a-z]+\s+[A-Z])")


def split_article(article, *, actors: Actors | None = None) -> pd.DataFrame:
    """Split an :class:`~narrative_compare.corpus.Article` into its attributed unit table.

    The actors config is, in order of precedence: ``actors``, the article folder's own
    ``actors.yml``, the packaged config.
    """
    return split_columns(article, actors=actors).to_frame()


def reading_copy(text: str, actors: Actors) -> str:
    """The text as the rules read it, of the same length: lines set in capitals as if cased,
    Markdown's inline marks as blanks, „continental“, ‘British’ and – dashed – quotation marks as
    “American” ones. Units keep the article's own text; only the reading changes."""
    plain = plain_text(text)
    if _YEAR_MARK.search(plain):
        plain = _CLASS_YEAR.sub(_blank, plain)
    read = restore_case(dash_quotes(double_quotes(english_quotes(plain))), actors.lookup)
    if "HEARD" in read and len(_MINUTES_LABEL.findall(read)) >= 2:
        read = _MINUTES_LABEL.sub(lambda m: " " * len(m.group(0)), read)
    return read


# Russian municipal minutes' fixed form, in translation: "1. HEARD: V.P. Sorokin, Head of the
# District, who reported that …", "SPOKE: Deputy N.A. Belova (village of Ploskoye): “…”",
# "RESOLVED: 1.1. To take note …". The labels are the record's form, not speakers: read as blanks,
# so the name after them is the speaker and the decisions are the record's own voice.
_MINUTES_LABEL = re.compile(r"(?m)^(?:\d{1,2}\.\s+)?(?:HEARD|SPOKE|RESOLVED|DECIDED|LISTENED|AGENDA)(?::|\s[—–])\s+")


# A student's or alumnus's class year after the name, "Daniel Jeong ’27" (a college paper's
# style): read past, as the name alone.
_YEAR_MARK = re.compile(r"\s[’'‘]\d{2}")   # (what the pattern below needs, found fast)
_CLASS_YEAR = re.compile(r"\b([A-Z][\w'-]*[a-z])(\s[’'‘]\d{2})(?=[\s,;:.])")


def _blank(m: re.Match) -> str:
    return m.group(1) + " " * len(m.group(2))


def split_columns(article, *, actors: Actors | None = None) -> schema.ColumnTable:
    """Return the table of :func:`split_article` as a :class:`~narrative_compare.schema.ColumnTable`."""
    from .segment import unit_columns

    if actors is None:
        actors = load_actors(article.actors_path)
    read = reading_copy(article.text, actors)
    table = _attribute(unit_columns(read), read, actors)
    if read is not article.text:
        table = schema.with_columns(table, {schema.TEXT: [article.text[s:e] for s, e in zip(
            schema.column_list(table, schema.START), schema.column_list(table, schema.END), strict=True)]})
    return table
