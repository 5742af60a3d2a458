"""Split an article into sentence-sized units with exact character offsets.

Each line of the article is a paragraph. Within a paragraph a unit ends at ``.``, ``?``, ``!``
or ``…`` (with any closing quotes or brackets after it) when whitespace and a new sentence
follow. Not a boundary: a known abbreviation (``Mr.``, ``Gen.``, ``U.S.``), an initial, a
next word in lower case or a digit (``Dec. 18``, ``No. 3``), and a quote whose speech tag
follows (``“… them!” Zelenskyy said.``). Paragraphs that are titles, bylines, author bios or
"follow us" lines are marked by ``kind``.

The rules are Punkt's orthographic heuristics (Kiss & Strunk 2006, *Computational Linguistics*
32(4)) written out with a fixed abbreviation list, because NLTK's trained Punkt models are data
that cannot be fetched here, and because news attribution needs the quote-tail rule.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from . import schema
from .resources import TALK_SIGNATURE, reporting_verb_pattern

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["split_units", "unit_columns", "paragraph_spans"]

# Abbreviations after which a full stop never ends a sentence (case-sensitive, without the dot).
_TITLES = (
    "Mr Mrs Ms Dr Prof Gen Lt Col Maj Capt Cpt Sgt Cpl Pvt Adm Cmdr Brig Rep Sen Gov Pres Amb "
    "Rev Hon hon ret Ret St Mt Ft Jr Sr No Nos Vol Art Fig approx vs v Gen.-Lt Lt.-Gen Maj.-Gen Jan Feb Mar Apr "
    "Jun Jul Aug Sep Sept Oct Nov Dec"
).split()
# A speaker's form of address on a line of its own.
_ADDRESS_LINE = re.compile(r"(?:(?:Mr|Mrs|Ms|Madam|Madame|Mister)\.?\s+(?:Chair(?:man|person|woman)?|President|Speaker|"
                           r"Secretary-General|Deputy\s+Speaker|Vice-President)|Dear\s+[\w ,]{2,60}|Excellenc(?:y|ies)|"
                           r"(?:Ladies|Distinguished)\s+[\w ,]{2,60}|(?:Dear\s+)?(?:Colleagues|Comrades|Friends)[\w ,]{0,60}),")
# Lower-case abbreviations a number follows: "approx. 300", "pp. 12-14", "vol. 3".
_LOWER_ABBREVIATIONS = frozenset("approx est ca pp vol vols nos art arts fig figs para paras sec secs ch chap eds ibid "
                                 "incl excl min max tel ext".split())
# A count that opens a sentence: "157 people came home", "1,000 bodies were returned".
_COUNT_OPENS = re.compile(r"\d{1,3}(?:,\d{3})*\s+[a-z]{3,}")
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}$")  # U.S., U.K., a.m., e.g., i.e.

_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"
# (A report's footnote marker after the stop ends the sentence with it: "… 140 civilians”.28 The
# Russian Ministry …", "… neo-Nazis.”⁴ The statement …"; not a decimal, "2.5 Million".)
# (French copy closes a quotation with a spaced guillemet, "… in front of our positions. »": the
# mark belongs to the sentence it closes.)
_CANDIDATE = re.compile(r"(?:[.?!…]+)(?:[\"'”’)\]»]|[ \u00a0\u202f][»”](?=\s|$))*(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})*(?=\s|$)|(?<=[^\d\s])[.?!…]+[\"'”’)\]»]*\d{1,3}(?=\s+[A-Z“\"‘])")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-")

_SPEECH_TAG_AFTER = re.compile(
    r"\s*(?:(?:[A-Z][\w.'’-]*|the|a|an|of|for|in|and|de|von|der)\s+){0,7}?"
    r"(?:" + reporting_verb_pattern() + r")\b"
)
_SENTENCE_END = re.compile(r"[.?!…]")
_TURN_LABEL = re.compile(r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)*(?:\s\([^()]{1,40}\))?"
                         r"(?:,\s(?![^.!?]*\b(?:is|are|was|were|has|have|had|says|said|will|would)\b)[^.!?]{1,80})?")
_QUOTE_CREDIT_LINE = re.compile(r"[–—]\s*[A-Z][^!?…\n]{1,80}(?<![.!?…])")
_DASH_SPEECH = re.compile(r"[–—]\s[„“\"«]?[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯІЇЄҐ]")

_BOILERPLATE = re.compile(
    r"^(?:By\s+[A-Z][^.!?]{0,80}$"
    r"|.*VIEWS\s+PERSONAL"
    r"|Follow\s.{0,80}\bon\s+(?:Google\s+News|Twitter|X|Telegram|Facebook|Instagram|LinkedIn)\b"
    r"|Contact(?:\s+the\s+author)?\s*[:@]"
    r"|(?:E-?mail|Email)\s*:"
    r"|Also\s+[Rr]ead\b|(?:Also\s+)?Read\s+(?:more|also|next)\b|(?:Related(?:\s+(?:news|stories|articles))?|See\s+also)\s*:"
    r"|(?:Photo|Image|Picture|File\s+photo|Video)\s*(?::|credit|via|caption\s*,|source\s*,)"
    r"|(?:Subscribe|Join\s+us|Share\s+this|Advertisement\b)"
    r"|(?:Updated|Published|Posted)\s*:?\s*(?:on\s+)?\w+\s+\d"
    r"|©|Copyright\b)",
    re.IGNORECASE,
)
# Reporter credits at the end: "Marta Kovalenko reported from Kramatorsk; …", "Additional
# reporting by …", "Reporting by …; Editing by …".
_CREDIT = re.compile(
    r"^(?:(?:[A-Z][\w'’.-]+\s+){1,4}(?:reported|contributed(?:\s+reporting)?)\s+(?:from|to)\b"
    r"|(?:Additional\s+)?[Rr]eporting\s+by\b|Editing\s+by\b|Writing\s+by\b|Translated\s+(?:from\s+[A-Z]\w+\s+)?by\s+[A-Z]"
    # A signature closing a dispatch: "Clémence Aubrac (Kyiv, special correspondent)".
    r"|(?:[A-ZÀ-Ý][\w'’.-]+\s+){1,3}[A-ZÀ-Ý][\w'’.-]+\s+\([^()\n]{2,40},\s+(?:special\s+|staff\s+)?(?:correspondent|envoy|reporter)\)$)")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_BIO = re.compile(
    # (No comma before the role: "Spysok has confirmed 131,000 dead, a researcher said" is news.)
    r"^(?:[A-Z][\w.'’-]+\s){1,4}(?:is|was|has|writes|covers)\b[^,;]{0,200}?\b(?:journalist|"
    r"correspondent|reporter|editor|writer|analyst|author|contributor|columnist|researcher|"
    r"veteran|commentator|fellow)s?\b"
)
_DATELINE = re.compile(
    r"^(?:Updated\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b.{0,30}$"
)
# A masthead or issue line of fields between bars, one of them a date: "Eastern Flank Media Monitor
# | Russian regional press in translation | 17 April 2026".
_DATED_FIELD = re.compile(r"(?:^|\|\s)(?:(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
                          r"(?:\d{1,2},?\s+)?\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})\s*(?:$|\s\|)")
# A sentence with the sources it cites after it: "… Operational Command North says. (Hromada Radio)".
_TAGGED_SENTENCE = re.compile(r"[.!?…][”\"]?(?:\s*\([^()\n]{1,60}\))+$")
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or over the to up vs via with after before "
    "amid against near is are was were be its it's"
    .split()
)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each non-blank line, trimmed of surrounding whitespace."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return spans


# One question standing as its own line, not an interview's "Q:" nor a transcript's "ANCHOR:".
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+\S")
# Four or more menu items of one to three words, no figures, between bars.
_NAVIGATION = re.compile(r"[A-Z&][\w&'’-]*(?: [\w&'’-]+){0,2}(?: \| [A-Z&][\w&'’-]*(?: [\w&'’-]+){0,2}){3,}")
# A forum post's header: "Re: NK casualties — post #9 by Seryoga_Zapas » 12 Mar 2026, 22:12".
_FORUM_HEADER = re.compile(r"[^\n]{0,100}?\bpost\s+#?\d{1,5}\s+by\s+(?P<user>[^\s»]{2,40})\s+»")
_FEED_FIELD = re.compile(r"(?:Title|Headline|Published|Tags|Link|URL|Feed|Category):\s+\S")
_MAIL_HEADER = re.compile(r"(?:From|To|Cc|Bcc|Date|Sent|Subject):\s+\S")
_LONE_QUESTION = re.compile(r"(?![QA]\s*[:.]|Question:|Answer:|[A-Z][A-Z .'’-]+(?:\([^)]*\))?:)"
                            r"(?:How|What|Why|Who|When|Where|Which|Is|Are|Was|Were|Has|Have|Had|Do|Does|Did|Can|Could|"
                            r"Will|Would|Should)\b[^.!?]*\?")


# A line that is a short quotation and nothing else, with no full stop inside it: a subheading.
_PULL_QUOTE = re.compile(r"[‘“\"'][^.!?…‘’“”\"\n]{3,90}[’”\"']")
# A link that asks the reader to act: "Subscribe to …", "View in your browser", "Share".
_ACTION_CELL = re.compile(r"\s*(?:Send|Subscribe|Unsubscribe|View|Read|Share|Sign\s+up|Follow|Listen|Watch|Download|Forward|"
                          r"Contact|Donate|Support|Email|E-mail|Print|Manage|Update)\b")
# Headline grammar's reporting verb, in the present: "Seoul's spy agency says the toll keeps rising".
_HEADLINE_SAYS = re.compile(r"\s(?:says|say|claims|claim|warns|denies|insists|admits|calls)\s")
# A news agency's slug: a story code and keywords in capitals, "FGN38 RUSSIA-UKRAINE-NKOREA-LOSSES".
_SLUG_LINE = re.compile(r"[A-Z]{2,6}\d{1,4}\s+[A-Z0-9]+(?:-[A-Z0-9]+)+(?:\s+[A-Z0-9]+(?:-[A-Z0-9]+)*)*")
# Short lines between paragraphs that are not subheadings: a byline, a credit, a link.
_NOT_SUBHEAD = re.compile(r"(?:By|Photo|Photos|Read|Source|Sources|Editing|Reporting|Additional|Written|Video|Watch|"
                          r"Listen|Advertisement|Updated|Posted|Published|Copyright|Image|Credit|Translated|-|•|\*|\d)\b")
# A subheading that names whose version follows: "Kyiv: hundreds killed", "Moscow: “a fabrication”".
_PLACE_HEAD = re.compile(r"[A-Z][a-zà-ž’'-]+(?:\s+[A-Z][a-zà-ž’'-]+)?:\s+[“\"‘]?\w")
# A byline: "By Kang Min-seo - 2026.03.12 5:10pm".
_BYLINE_LINE = re.compile(r"By\s+[A-Z]")
# A feed's time stamp on a line of its own: "07:58", "19:40 GMT", "7:05 p.m.".
_TIME_STAMP_LINE = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?|GMT|UTC|CET|EET|MSK|KST|BST))?")
# A page's heading over links to other stories; the titles under it are links, not claims.
# The list of works a piece cites, under its heading: "References", "Notes", "Bibliography".
_SOURCES_HEADING = re.compile(r"(?:References|Sources|Notes|Bibliography|Works\s+[Cc]ited|Endnotes|Footnotes|"
                              r"Further\s+[Rr]eading|Sources\s+and\s+[Nn]otes)\s*:?")
# One entry of it: numbered ("[4] TASS, …", "14 Ministry of Defence (NKR0011)", "3. KCNA, …"), or
# a work with its year and title ("Kang Hye-rin (2025) ‘Sacrifice on schedule …’, Journal …").
_SOURCE_ENTRY = re.compile(r"(?:\[\d{1,3}\]|\d{1,3}\.?)\s+\S|[^\n]{0,160}?(?:\((?:1[89]|20)\d\d[a-z]?\)|[‘“'\"][^\n]{8,200}?[’”'\"][^\n]{0,120}?\b(?:1[89]|20)\d\d\b)")
_LINKS_HEADING = re.compile(r"(?:Related|More)\s+(?:[Aa]rticles|[Ss]tories|[Cc]overage|[Nn]ews|[Rr]eading|on\s+this\s+(?:story|topic))|"
                            r"Read\s+(?:more|next)|See\s+also|Most\s+(?:read|popular|viewed)|You\s+may\s+also\s+like|"
                            r"Recommended(?:\s+for\s+you|\s+[Ss]tories)?|Latest\s+(?:news|stories)")
# A professional network's profile line: "Igor Belyaev • 3rd+", the post's own author's "Author ·
# Senior Analyst, …"; the headline under a profile line is its card, not a claim.
_PROFILE_NAME = re.compile(r"[A-Z][\w'’.-]+(?:\s+[\w'’.-]+){0,3}\s+[•·]\s+(?:1st|2nd|3rd\+?|Author|Following|Premium)")
_PROFILE_AUTHOR = re.compile(r"Author\s+·\s+\S")
_NUMBERED_QUESTION = re.compile(r"\d{1,2}\.\s+[A-Z][^.!?\n]*\?")
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]urs?|[Mm]e|[Uu]s)\b")
_INNER_STOP = re.compile(r"[.!?…][”\"’']?\s")
_NUMBERED_TITLE = re.compile(r"\d{1,2}\.\s+[A-Z][^:;,\n]*")


def _is_title_case(line: str, share: float = 0.75) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if not words:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS] or words
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= share


# A committee record's lines on its sitting: "Committee met at 09:01", "Proceedings suspended from
# 10:30 to 10:45", "Sitting suspended at 12.30 pm", "Committee adjourned at 11:02".
_PROCEDURE_LINE = re.compile(r"(?:Committee|Proceedings|Sitting|Hearing|Meeting|The\s+(?:committee|sitting|hearing))\s+"
                             r"(?:met|sat|suspended|adjourned|resumed|closed|opened)\b(?:\s+(?:at|from|until|till)\s+[\d.:]+"
                             r"(?:\s*[ap]\.?m\.?)?(?:\s+(?:to|until|till)\s+[\d.:]+(?:\s*[ap]\.?m\.?)?)?)?\.?")

def _paragraph_kind(line: str, index: int, n_paragraphs: int) -> str:
    n_words = len(line.split())
    if _BOILERPLATE.match(line) or ("@" in line and n_words <= 25 and _EMAIL.search(line)):
        return "boilerplate"
    if _DATELINE.match(line):
        return "boilerplate"
    if line.startswith("#") and _MARKDOWN_HEADING.match(line):
        return "heading"   # a Markdown source's "## What Kyiv is claiming"
    if " | " in line and _NAVIGATION.fullmatch(line):
        return "boilerplate"   # a web page's menu as a scraper keeps it: "Home | World | Europe | Ukraine war"
    if " | " in line and n_words <= 25 and all(_ACTION_CELL.match(cell) for cell in line.split(" | ")):
        return "boilerplate"   # a newsletter's links: "Send tips here | Subscribe to Brussels Breakfast | View in your browser"
    if " | " in line and n_words <= 25 and line[-1] not in ".!?" and (dated := _DATED_FIELD.search(line)) \
            and (index <= 3 or dated.start() == 0) and not any(c.isdigit() for c in line[:dated.start()] + line[dated.end():]):
        # The masthead under the headline, its date a field of its own (not a table's row of
        # figures); further down, a reproduced document's own ("26.04.2026 | Diocesan news | …").
        return "boilerplate"
    if "»" in line and n_words <= 30 and _FORUM_HEADER.match(line):
        return "heading"   # a forum post's header: "Re: NK casualties — post #9 by Seryoga_Zapas » 12 Mar 2026"
    if line.startswith("Last edited by ") and n_words <= 20:
        return "boilerplate"   # a forum post's edit stamp
    if n_words <= 40 and _FEED_FIELD.match(line):
        # A news feed's export: an item's "Title:" is its headline; "Source:", "Published:" and
        # "Tags:" are its record, not claims.
        return "heading" if line.startswith(("Title:", "Headline:")) else "boilerplate"
    if n_words <= 30 and _MAIL_HEADER.match(line):
        # An email's header lines as an article prints them: "From: …", "Date: …" are the
        # message's envelope; its "Subject: …" is its title.
        return "heading" if line.startswith("Subject:") else "boilerplate"
    if index >= n_paragraphs - 4 and (_BIO.match(line) or _CREDIT.match(line)):
        return "boilerplate"
    ends_sentence = line[-1] in ".!?…" or (line[-1] in _CLOSERS and len(line) > 1 and line[-2] in ".!?…") \
        or (line[-1] == ")" and _TAGGED_SENTENCE.search(line) is not None)   # "… North says. (Hromada Radio)"
    if index == 0 and n_words <= 30 and (_is_title_case(line) or not ends_sentence):
        return "heading"   # the headline, in title case or, without a final stop, in sentence case
    if line[-1] == "," and _ADDRESS_LINE.fullmatch(line):
        return "body"   # a speech's form of address on its own line: "Mr. Chairperson,", "Dear colleagues,"
    if not ends_sentence and n_words <= 14 and _is_title_case(line):
        return "heading"
    if index <= 3 and not ends_sentence and 4 <= n_words <= 25 and line[0].isupper() and line[-1] not in ":;," \
            and " | " not in line and not _INNER_STOP.search(line) and not _FIRST_PERSON_WORD.search(line):
        # The headline under a monitor's or aggregator's own first line ("Borealis Monitoring: the
        # following is our translation …"), and the translated report's own title under it, in
        # sentence case without a final stop. (Not a table's
        # row, "Ukraine's HUR | 18 November 2025 | About 9,000 killed", nor sentences over a
        # signature, "Oppose. … — Sever_Mirny (talk) 11:40, 2 March 2026 (UTC)", nor a post's line in
        # the first person, "In my sector we killed more than 300 of them".)
        return "heading"
    if n_words <= 12 and index > 0 and _PULL_QUOTE.fullmatch(line):
        return "heading"   # a subheading that is a quotation: "‘They take losses and keep coming’"
    if not ends_sentence and n_words <= 30 and _is_title_case(line, 1.0):
        return "heading"   # a reproduced document's long title: "“Thy Servants …”: A Memorial Service for …"
    if not ends_sentence and n_words <= 8 and _NUMBERED_TITLE.fullmatch(line):
        return "heading"   # a report's numbered section: "2. North Korean losses"
    if line.endswith("?") and n_words <= 14 and _NUMBERED_QUESTION.fullmatch(line):
        return "heading"   # an explainer's numbered question: "2. Why won't Pyongyang say?"
    if n_words <= 10 and _PROCEDURE_LINE.fullmatch(line):
        return "heading"   # a record's note of its own sitting: "Proceedings suspended from 10:30 to 10:45"
    if line.endswith("?") and n_words <= 14 and index > 0 and _LONE_QUESTION.fullmatch(line):
        return "heading"   # an explainer's question heading: "How many have been killed?"
    return "body"


def _word_before(par: str, dot: int) -> str:
    """Return the word ending at the full stop ``par[dot]`` ("Dec", "U.S", "a.m"), or ''.

    The word is the run of ASCII letters, dots and hyphens before the stop, from its first
    letter. A backward scan: a regex search for it would try every earlier position.
    """
    start = dot
    while start > 0 and par[start - 1] in _WORD_CHARS:
        start -= 1
    while start < dot and not par[start].isalpha():
        start += 1
    return par[start:dot]


def _is_boundary(par: str, m: re.Match) -> bool:
    end = m.end()
    if end >= len(par):
        return True
    nxt = par[end:].lstrip()
    if not nxt:
        return True
    first = nxt[0]
    if first in "—–-" and TALK_SIGNATURE.fullmatch(nxt):
        return True   # a talk page's signature after the comment: "… in the text. — Kestrel88 (talk) 09:14, …"
    if first in "–—" and m.group(0)[-1] in "”\"" and _QUOTE_CREDIT_LINE.fullmatch(nxt):
        return False   # a pull quote's credit: "“… somebody else's war.” – Assoc Prof Dr Azman Shukri"
    if first in "–—" and _DASH_SPEECH.match(nxt) and not _TURN_LABEL.fullmatch(par, 0, m.start()):
        # Speech set off by a dash after a sentence: "… is home. – Our point was a cellar." (Not a
        # verbatim report's turn label: "Marta Nowak, on behalf of the PPE Group. – Madam President, …".)
        return True
    if first.isdigit() and m.group(0) == "." and _COUNT_OPENS.match(nxt):
        # A sentence may open with a count after a word that is no abbreviation: "Summing up the
        # week. 157 people came home" (not "approx. 300 men", "pp. 12", "No. 5").
        word = _word_before(par, m.start())
        return len(word) >= 3 and word.isalpha() and word.islower() and word not in _LOWER_ABBREVIATIONS
    if first.islower() or first.isdigit() or first in ",;:)-–—":
        return False
    punct = m.group(0)
    if punct in ("…]", "...]") and par[m.start() - 1:m.start()] == "[":
        return False   # an editor's mark of a cut, "[…] Let me be precise": no sentence ends in it
    if punct[0] == "." and par[: m.start()].strip().isdigit() and m.start() <= 3:
        return False   # a numbered list item's mark, "1. North Korea has sent …"
    if punct[0] == ".":
        word = _word_before(par, m.start())
        if word:
            if word in ("a.m", "p.m") and first.isupper() and not re.match(r"\S+\s+time\b", nxt):
                return True   # "… after 6 a.m. Ukrainian officials said …", but "9 a.m. Kyiv time"
            if word in _TITLES or _DOTTED.search(word + ".") or (word.isupper() and word.title() in _TITLES):
                # (a transcript's label in capitals: "SEN. RUTH CALLOWAY (R-KS):", "GEN. THOMAS …")
                return False
            if word in ("N", "S") and nxt.startswith("Korea"):
                return False   # wire style's "N. Korean soldiers", "S. Korea's spy agency"
            if len(word) == 1 and word.isupper():
                # An initial ("John F. Kennedy") follows a capitalised word or starts the text;
                # "on the social network X." ends a sentence.
                prev = par[: m.start() - len(word)].rstrip().rsplit(None, 1)
                if not prev or prev[-1][:1].isupper():
                    return False
    if punct[-1] in _CLOSERS and punct[-1] not in ")]" and punct[0] in "?!":
        # A quote ending in ? or ! followed by its speech tag stays one unit with the tag; a
        # quote ending in a full stop is a sentence of its own (the tag would take a comma).
        rest_end = _SENTENCE_END.search(nxt)
        rest = nxt[: rest_end.start()] if rest_end else nxt
        if first not in _OPENERS and _SPEECH_TAG_AFTER.match(rest):
            return False
    return True


def _sentences(par: str):
    start = 0
    for m in _CANDIDATE.finditer(par):
        if _is_boundary(par, m):
            yield start, m.end()
            nxt = m.end()
            while nxt < len(par) and par[nxt].isspace():
                nxt += 1
            start = nxt
    if start < len(par):
        yield start, len(par)


def split_units(text: str) -> pd.DataFrame:
    """Split article text into a unit table, one row per sentence-sized unit.

    Parameters
    ----------
    text : str
        Normalised article text (see :func:`narrative_compare.corpus.normalise_text`).

    Returns
    -------
    pandas.DataFrame
        Columns ``unit`` (int, 0-based reading order), ``start``, ``end`` (int, character
        offsets, ``text == article[start:end]``), ``text`` (str), ``kind`` ({'body', 'heading',
        'boilerplate'}) and ``paragraph`` (int, 0-based index of the non-blank line).

    Examples
    --------
    >>> t = 'Troops Arrive\\nMr. Kim said: “We are ready.” The report, dated Dec. 18, says so.\\n'
    >>> split_units(t)[["start", "end", "kind", "text"]].values.tolist()
    [[0, 13, 'heading', 'Troops Arrive'], [14, 43, 'body', 'Mr. Kim said: “We are ready.”'], [44, 79, 'body', 'The report, dated Dec. 18, says so.']]
    """
    return unit_columns(text).to_frame()


# A wire story's dateline: "KYIV, Jan. 12 (Nichiwa)--", "SEOUL (Reuters) -", "MOSCOW, 13 January (Agency) —".
_WIRE_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{2,30}(?:,\s+[^,()\n]{2,25})?\s*\([A-Z][^()\n]{1,30}\)\s*(?:--|[-—–])")


def _past_note(text: str, spans: list, index: int) -> int:
    """Where paragraph ``index`` starts, or the one after it when it is a note in parentheses."""
    start, end = spans[index]
    if text.startswith("(", start) and text[end - 1] == ")" and index + 1 < len(spans):
        return spans[index + 1][0]
    return start


def unit_columns(text: str) -> schema.ColumnTable:
    """Return the table of :func:`split_units` as a :class:`~narrative_compare.schema.ColumnTable`."""
    starts, ends, texts, kinds, paragraphs = [], [], [], [], []
    spans = paragraph_spans(text)
    n = len(spans)
    profile = False   # the line before was a profile line
    stamped = False   # the line before was a wire feed's time stamp alone ("07:58")
    links = False   # under a "Related Articles" heading: link titles
    cited = False   # under a "References" heading: the works cited
    for index, (p_start, p_end) in enumerate(spans):
        par = text[p_start:p_end]
        kind = _paragraph_kind(par, index, n)
        heads_links = _LINKS_HEADING.fullmatch(par) is not None
        links = (links and par[-1] not in ".!" and len(par.split()) <= 25) or heads_links
        if heads_links and kind == "body":
            kind = "heading"   # "More on this story"
        elif links and kind != "boilerplate" and not heads_links:
            kind = "boilerplate"   # "Seoul: N.Korea sends about 3,000 more troops to Russia", a link's title
        cited = (cited and len(par.split()) <= 80 and _SOURCE_ENTRY.match(par) is not None) or (
            _SOURCES_HEADING.fullmatch(par) is not None and index > 1)
        if cited and kind == "body":
            kind = "heading" if _SOURCES_HEADING.fullmatch(par) else "boilerplate"   # a work cited, not a claim
        if kind == "body" and (profile or _PROFILE_NAME.fullmatch(par) or _PROFILE_AUTHOR.match(par)) \
                and len(par) <= 200 and par[-1] not in ".!?":
            kind = "boilerplate"   # a network's profile card: "Name • 2nd", then the headline under it
        profile = _PROFILE_NAME.fullmatch(par) is not None
        if _TIME_STAMP_LINE.fullmatch(par):
            kind = "heading"   # a feed's "07:58" over its item
        elif _SLUG_LINE.fullmatch(par):
            kind = "boilerplate"   # an agency's slug, "FGN38 RUSSIA-UKRAINE-NKOREA-LOSSES"
        elif stamped and kind == "body" and len(par.split()) <= 30 and par[-1] not in ".!?…":
            kind = "heading"   # the item's headline under its time stamp or slug, in sentence case
        stamped = _TIME_STAMP_LINE.fullmatch(par) is not None or _SLUG_LINE.fullmatch(par) is not None
        if kind == "body" and index > 1 and index + 1 < n and len(par.split()) <= 10 and par[-1] not in ".!?…:;,”\")" \
                and ":" not in par and par[0].isupper() and _HEADLINE_SAYS.search(par) \
                and text[spans[index - 1][1] - 1] in ".!?”\"’" and len(text[slice(*spans[index + 1])].split()) >= 15:
            # A subheading in headline grammar between paragraphs, its verb in the present and no
            # stop: "Moscow says North Koreans are 'clearing mines'".
            kind = "heading"
        elif kind == "body" and index > 1 and index + 1 < n and len(par.split()) <= 10 and par[-1] not in ".!?…;," \
                and ":" in par[:30] and _PLACE_HEAD.match(par) \
                and len(text[slice(*spans[index + 1])].split()) >= 15:
            # A section's subheading named for a capital and its line: "Kyiv: hundreds killed or
            # wounded", "Moscow: “fabrications of the Kyiv regime”".
            kind = "heading"
        if kind == "body" and index > 1 and index + 1 < n and 2 <= len(par.split()) <= 8 \
                and par[-1] not in ".!?…:;,”\")]" and ":" not in par and (par[0].isupper() or par[0] in "“\"‘") \
                and not _NOT_SUBHEAD.match(par) and text[spans[index - 1][1] - 1] in ".!?”\"’" \
                and len(text[slice(*spans[index + 1])].split()) >= 20:
            # A short line in sentence case between two paragraphs, without a stop: the section's
            # subheading ("Thirty men in an open field", "“Lys” has not come back").
            kind = "heading"
        if kind == "body" and index + 1 < n and len(par.split()) <= 25 and par[-1] not in ".!?…:;," \
                and par[0] not in "•*-–—" and _WIRE_DATELINE.match(text, _past_note(text, spans, index + 1)):
            # A wire story's headline over its dateline, in sentence case without a stop ("Ukraine
            # says it captured 2 N. Korean soldiers in Kursk" / "KYIV, Jan. 12 (Nichiwa)--…"), past
            # the desk's note between them, "(Corrects number of wounded …)". (Not a summary's bullet.)
            kind = "heading"
        if index == 1 and kind == "body" and kinds and kinds[0] == "heading" and par[-1] not in ".!?…" \
                and len(par.split()) <= 30 and index + 1 < n and (
                    _BYLINE_LINE.match(text, spans[index + 1][0])
                    or (len((after := text[slice(*spans[index + 1])]).split()) <= 15
                        and _paragraph_kind(after, index + 1, n) != "body")):
            # (or above a byline without "By": "Selin Aydoğdu and Murat Karaca |17.02.2026")
            kind = "heading"   # the deck under the headline, above the byline: "Pyongyang hails … while Moscow says …"
        for s, e in _sentences(par):
            seg = par[s:e].rstrip()
            if not seg:
                continue
            starts.append(p_start + s)
            ends.append(p_start + s + len(seg))
            texts.append(seg)
            kinds.append(kind)
            paragraphs.append(index)
    return schema.ColumnTable({
        schema.UNIT: np.arange(len(starts), dtype="int64"),
        schema.START: np.asarray(starts, dtype="int64"),
        schema.END: np.asarray(ends, dtype="int64"),
        schema.TEXT: texts,
        schema.KIND: kinds,
        schema.PARAGRAPH: np.asarray(paragraphs, dtype="int64"),
    }, len(starts))
