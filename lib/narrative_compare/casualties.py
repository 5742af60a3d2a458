"""Find casualty claims: who is said to have been killed, wounded, captured or gone missing.

A unit is a casualty claim when it states or estimates losses in people (ANNOTATION.md, section
6): an outcome word ("killed", "wounded", "casualties", "missing", "captured") that is about
people, not equipment or ground ("lost the village", "three tanks destroyed"), and not a metaphor
("paying a heavy price"). Denials and zero counts ("no casualties were reported") are claims too:
they claim zero. The victim is the group named nearest the outcome word; "the enemy" and "our
own" are read from the speaker's side.

The ledger gives one row per outcome in a claim, with the magnitude as a range (``low``,
``high``), its precision, intensity words, grammatical agency and hedges, following the
distinctions of casualty-framing studies (e.g. Gamson & Modigliani's frame packages; agentless
passives and nominalisations as in Fowler 1991, *Language in the News*).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from . import schema
from .resources import reporting_verb_pattern

__all__ = ["add_casualties", "casualty_ledger", "VICTIMS", "OUTCOMES", "PRECISIONS"]

VICTIMS = ("dprk", "russia", "ukraine", "civilians", "unspecified")
OUTCOMES = ("killed", "wounded", "captured", "missing", "losses")
PRECISIONS = ("exact", "bounded", "approximate", "qualitative")

_OUTCOME_WORDS = {
    "killed": r"killed|kill(?:s|ing)?|dead|died|dies|deaths?|death\s+toll|fatalit(?:y|ies)|perished|"
              r"lives|bodies|eliminated|liquidated|neutrali[sz]ed|shot\s+dead|slain|"
              r"(?:were|was|are)\s+gone|bloodiest|deadliest|picked\s+off|wiped\s+out|decimated|"
              r"annihilated|cut\s+down|survivors?|(?:of\s+us|of\s+them)\s+left",
    "wounded": r"wounded|injured|injur(?:y|ies)|hurt|wounds|maimed|burns|hospitali[sz]ed|"
               r"taken\s+to\s+hospital",
    "captured": r"captured|captivity|taken\s+prisoner|prisoners?\s+of\s+war|POWs?|surrender(?:ed|ing)?",
    "missing": r"missing|unaccounted\s+for",
    "losses": r"casualt(?:y|ies)|loss(?:es)?|(?:has|have|had)\s+lost\s+[\"“]?(?:up\s+to\s+|about\s+|more\s+than\s+)?"
              r"[\d,]+\s+(?:soldiers|men|troops|servicemen|personnel|fighters)|toll",
}
_OUTCOME = re.compile("|".join(f"(?P<{k}>\\b(?:{v})\\b)" for k, v in _OUTCOME_WORDS.items()),
                      re.IGNORECASE)
# "losses" about things, not people.
_THING_LOSS = re.compile(
    r"\bloss(?:es)?\s+(?:of\s+)?(?:\w+\s+){0,2}(?:territory|ground|equipment|tanks?|vehicles?|armour|"
    r"ships?|aircraft|power|electricity|income|revenue|capacity|positions?|the\s+village|villages?|"
    r"control|access|life\s+support)\b|\b(?:tanks?|vehicles?|equipment|armour|ships?|aircraft|"
    r"artillery|systems?|drones?|ground|territory)\s+(?:\w+\s+){0,2}loss(?:es)?\b", re.IGNORECASE)
_EXCHANGE = re.compile(r"\b(?:exchang\w*|swap\w*|returned|freed|released|repatriat\w*|handed\s+over)\b",
                       re.IGNORECASE)
_LIVES_OK = re.compile(r"\b(?:lost\s+(?:their|his|her)\s+lives|claimed\s+(?:the\s+)?lives|lives\s+(?:were|have\s+been)\s+lost)\b",
                       re.IGNORECASE)

_VICTIM_WORDS = [
    ("dprk", r"North\s+Korean?s?|DPRK|Korean\s+People's\s+Army|Pyongyang's|Koreans"),
    ("civilians", r"civilians?|residents?|people|children|child|girl|boy|women|woman|passengers?|"
                  r"workers?|staff|families|family|pensioners?|non-combatants|inhabitants|villagers|"
                  r"patients|doctors|rescuers|journalists?"),
    ("russia", r"Russian|Russians|Russia's|Russia|Moscow's|Chechen|Akhmat|Wagner"),
    ("ukraine", r"Ukrainian|Ukrainians|Ukraine's|Ukraine|Kyiv's"),
]
_VICTIM = re.compile("|".join(f"(?P<{k}>\\b(?:{v})\\b)" for k, v in _VICTIM_WORDS))
_ENEMY = re.compile(r"\b(?:the\s+enemy|enemy|the\s+adversary|opponent)\b", re.IGNORECASE)
# First person in a quote, or "his own battalion": the claimant's own side.
_OWN = re.compile(r"\b(?:our|we|us|my|(?:his|her)\s+own)\b", re.IGNORECASE)
_DENIAL = re.compile(r"\b(?:denied|denies|deny|rejected|dismissed|no\s+(?:casualties|losses|deaths)|nobody|"
                     r"none\s+of)\b", re.IGNORECASE)

_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a dozen": 12, "fifteen": 15,
              "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a hundred": 100}
_QUALITATIVE_RANGES = {"several": (3, 9), "dozens": (24, 99), "hundreds": (200, 999),
                       "thousands": (2000, 9999), "tens of thousands": (20000, 99999),
                       "a few": (2, 5), "scores": (40, 99)}
_NUMBER = re.compile(
    r"(?P<lead>more\s+than|over|at\s+least|no\s+fewer\s+than|up\s+to|as\s+many\s+as|fewer\s+than|"
    r"less\s+than|under|nearly|almost|about|around|roughly|some|approximately|an\s+estimated|"
    r"between)?\s*(?P<num>\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million))?|"
    + "|".join(sorted((re.escape(k) for k in _NUM_WORDS), key=len, reverse=True)) + r")\b"
    r"(?:\s+and\s+(?P<num2>\d[\d,]*))?", re.IGNORECASE)
_QUAL = re.compile(r"\b(?:" + "|".join(sorted(_QUALITATIVE_RANGES, key=len, reverse=True)) + r")\b", re.I)
_ZERO = re.compile(r"\b(?:no\s+(?:casualties|one|deaths|injuries|losses)|nobody|none\s+of|not\s+a\s+single|"
                   r"no\s+(?:\w+\s+){0,2}(?:had\s+)?(?:died|been\s+killed|were\s+killed|was\s+killed)|"
                   r"denied\s+(?:that\s+)?any|without\s+(?:any\s+)?(?:casualties|losses))\b", re.IGNORECASE)
_INTENSITY = re.compile(
    r"\b(?:heavy|heavily|significant|severe|massive|catastroph\w+|serious|noticeable|mounting|huge|"
    r"enormous|considerable|staggering|minor|light|lightly|minimal|unprecedented|bloodiest|"
    r"devastating|high|record)\b", re.IGNORECASE)
_HEDGE = re.compile(
    r"\b(?:claimed|claims?|said\s+to\s+be|reportedly|allegedly|alleged|purportedly|highly\s+likely|"
    r"likely|probably|possibly|estimated|estimates?|could|may|might|appear(?:s|ed)?\s+to|"
    r"unverified|could\s+not\s+be\s+(?:independently\s+)?verified|suggests?|believed)\b", re.IGNORECASE)
_EVIDENCE = [
    ("video", r"video|footage|clip|filmed"),
    ("intercept", r"intercept\w*|phone\s+call|recording|radio\s+traffic"),
    ("official_assessment", r"intelligence\s+(?:update|assessment)|assessment|assessed|estimate[sd]?\b"),
    ("imagery", r"satellite|photos?|images?|geolocat\w*"),
    ("document", r"document\w*|records?|list(?:ed)?|registry|DNA"),
    ("testimony", r"eyewitness|witness\w*|told\s+\w+\s+(?:by\s+phone|in\s+an\s+interview)|said\s+by\s+phone"),
]
_EVIDENCE_RE = re.compile("|".join(f"(?P<{k}>\\b(?:{v}))" for k, v in _EVIDENCE), re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|captured|"
                      r"hurt|taken\s+prisoner|shot\s+dead|eliminated)\b(?P<by>\s+by\b)?", re.IGNORECASE)
_NOMINAL = re.compile(r"\b(?:casualt(?:y|ies)|loss(?:es)?|deaths?|fatalit(?:y|ies)|death\s+toll|toll)\b",
                      re.IGNORECASE)


# Talk about casualty reporting rather than a claim: "the casualty figures have drifted apart",
# "Kyiv rarely discloses its losses", "both sides overstate the enemy's losses".
_META = re.compile(
    r"\b(?:figures?|tall(?:y|ies)|numbers?|counting|count|discloses?|disclosed|publish(?:es|ed)?|"
    r"acknowledg\w*|mention\w*|inflat\w*|overstat\w*|play(?:s|ed)?\s+down|avoid\w*|subject|"
    r"reporting|ledger|statistics)\b", re.IGNORECASE)
_CLAIM_SIGNAL = re.compile(r"\d|\b(?:suffer\w*|sustain\w*|inflict\w*|taking|took|heavy|significant|severe|massive|catastroph\w+|serious|noticeable|"
                           r"mounting|huge|enormous|considerable|minor|light|dozens|hundreds|thousands|"
                           r"several|no\s+casualties|none|nobody|denied|any)\b", re.IGNORECASE)
_GENERIC = frozenset(("casualty", "casualties", "loss", "losses", "toll", "death", "deaths"))
_CAPTURED_PLACE = re.compile(r"\bcaptur\w*\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:village|town|city|positions?|"
                             r"territory|ground|settlements?|heights|bridgehead|trench\w*)\b|"
                             r"\bcaptur\w*\s+(?:of\s+)?[A-Z]\w+", re.IGNORECASE)


def _casualty_matches(text: str):
    """Yield outcome matches in ``text`` that are about people."""
    things = [(m.start(), m.end()) for m in _THING_LOSS.finditer(text)]
    places = [(m.start(), m.end()) for m in _CAPTURED_PLACE.finditer(text)]
    meta = bool(_META.search(text)) and not _CLAIM_SIGNAL.search(text)
    exchange = bool(_EXCHANGE.search(text))
    for m in _OUTCOME.finditer(text):
        kind = m.lastgroup
        if any(a <= m.start() < b for a, b in things) or any(a <= m.start() < b for a, b in places):
            continue
        if meta and m.group(0).lower() in _GENERIC:
            continue
        word = m.group(0).lower()
        if kind == "captured" and exchange and "captur" not in word and "captivity" not in word:
            continue   # prisoners exchanged or returned are not a casualty claim
        if word == "lives" and not _LIVES_OK.search(text):
            continue
        if word in ("dead", "toll") and re.search(r"\bdead(?:line|lock|\s+end)|toll\s+(?:road|on\s+the)", text, re.I):
            continue
        yield m


_PERSON = (r"(?:soldiers?|servicem[ae]n|troops|fighters?|sailors?|crews?|men|conscripts?|marines?|"
           r"paratroopers?|infantry(?:men)?|personnel|forces|units?|prisoners?|POWs?|officers?|"
           r"pilots?|mercenaries|volunteers|commanders?|brigades?|battalions?|army|military|"
           r"civilians?|people|residents?|children|workers?)")
_GROUP_LOST = re.compile(r"(?:" + "|".join(f"(?P<{k}>\\b(?:{v})\\b)" for k, v in _VICTIM_WORDS)
                         + r")\s+(?:has|have|had)\s+(?:also\s+)?lost\b")
_GROUP_PERSON = re.compile(r"(?:" + "|".join(f"(?P<{k}>\\b(?:{v})\\b)" for k, v in _VICTIM_WORDS)
                           + r")\s+(?:[\w-]+\s+){0,2}?" + _PERSON + r"\b")


_MILITARY = re.compile(r"\b(?:soldiers?|servicem[ae]n|troops|fighters?|sailors?|crews?|men|conscripts?|"
                       r"marines?|infantry(?:men)?|personnel|battalion|brigade|unit|comrades|guys|"
                       r"us)\b", re.IGNORECASE)
_ENEMY_OF = {"ukraine_west": "russia", "russia": "ukraine"}
_OWN_OF = {"ukraine_west": "ukraine", "russia": "russia"}


_SOURCE_END = re.compile(r"(?<![\w-])(?:" + reporting_verb_pattern() + r"|according\s+to|citing|as\s+per|"
                         r"published|released|aired|posted)(?![\w-])", re.IGNORECASE)


def _content_start(text: str, anchor: int) -> int:
    """Return where the claim's content starts: after the attribution ("Ukraine's military
    intelligence said …") when that comes before the outcome word, so the source's own bloc
    word is not taken for the victim."""
    ends = [m.end() for m in _SOURCE_END.finditer(text, 0, anchor)]
    return ends[0] if ends else 0


def _victim(text: str, anchor: int, side: str, previous: str | None = None) -> str:
    """Name whose casualties a claim is about.

    In order: a bloc word heading a noun phrase of people ("8,000 Ukrainian servicemen remained
    in Russian captivity" is about Ukrainians); "the enemy" or "our/its own" read from the
    claimant's side; the nearest bloc word; for soldiers named without a bloc, the victim of the
    claim just before (reporting keeps talking about the same force); else unspecified.
    """
    start = _content_start(text, anchor)
    content = text[start:]
    anchor -= start
    people = [(abs(m.start() - anchor), m.lastgroup) for m in _GROUP_PERSON.finditer(content)]
    lost = _GROUP_LOST.search(content)
    if lost:
        people.append((abs(lost.start() - anchor), lost.lastgroup))
    if people:
        return min(people)[1]
    if _ENEMY.search(content) and side in _ENEMY_OF:
        return _ENEMY_OF[side]
    if _OWN.search(content) and side in _OWN_OF:
        return _OWN_OF[side]
    best, dist = None, None
    for m in _VICTIM.finditer(content):
        d = abs(m.start() - anchor)
        if dist is None or d < dist:
            best, dist = m.lastgroup, d
    if best is not None:
        return best
    if _MILITARY.search(content):
        if _DENIAL.search(text) and side in _OWN_OF:
            return _OWN_OF[side]   # sides deny their own losses
        if previous and previous != "unspecified":
            return previous
    return "unspecified"


def _to_int(num: str) -> int | None:
    num = num.lower().strip()
    if num in _NUM_WORDS:
        return _NUM_WORDS[num]
    scale = 1000 if num.endswith("thousand") else 1_000_000 if num.endswith("million") else 1
    digits = re.sub(r"[^\d.]", "", num.replace("thousand", "").replace("million", ""))
    if not digits:
        return None
    return int(float(digits) * scale)


def _magnitude(text: str, anchor: int):
    """Return (low, high, precision) for the number nearest before an outcome word."""
    window = text[max(0, anchor - 90): anchor + 60]
    rel = anchor - max(0, anchor - 90)
    if _ZERO.search(window):
        return 0, 0, "exact"
    nums = [m for m in _NUMBER.finditer(window) if m.group("num")
            and not re.match(r"\s*(?:a\.m|p\.m|per\s*cent|%|km|kilomet|miles|hours?|days?|weeks?|months?|years?|"
                             r"gigawatt|tonnes?|tons?|million\s+subscribers|subscribers|kg)", window[m.end():], re.I)
            and not re.search(r"(?:No\.|Nov\.|Dec\.|Jan\.|Feb\.|Sept?\.|Oct\.|Aug\.|in|since)\s*$", window[:m.start()])]
    if nums:
        m = min(nums, key=lambda x: abs(x.start() - rel) + (0 if x.start() <= rel else 25))
        value = _to_int(m.group("num"))
        if value is not None and not (1900 <= value <= 2100 and "," not in m.group("num")):
            lead = (m.group("lead") or "").lower().split()
            lead = " ".join(lead)
            if m.group("num2"):
                return value, _to_int(m.group("num2")), "bounded"
            if lead in ("more than", "over"):
                return value + 1, None, "bounded"
            if lead in ("at least", "no fewer than"):
                return value, None, "bounded"
            if lead in ("up to", "as many as"):
                return None, value, "bounded"
            if lead in ("fewer than", "less than", "under"):
                return None, value - 1, "bounded"
            if lead in ("nearly", "almost", "about", "around", "roughly", "some", "approximately",
                        "an estimated"):
                return value, value, "approximate"
            return value, value, "exact"
    q = _QUAL.search(window)
    if q:
        low, high = _QUALITATIVE_RANGES[q.group(0).lower()]
        return low, high, "approximate"
    return None, None, "qualitative"


def add_casualties(units: pd.DataFrame) -> pd.DataFrame:
    """Add ``casualty`` (int 0/1) and ``victim`` (str, one of :data:`VICTIMS`, '' when 0).

    Parameters
    ----------
    units : pandas.DataFrame
        A unit table with ``text``, ``kind`` and ``side`` (from ``split_article``).

    Returns
    -------
    pandas.DataFrame
        A copy with ``casualty`` and ``victim`` added.

    Examples
    --------
    >>> u = pd.DataFrame({"text": ["Ukrainian officials said 47 Russian soldiers were killed.",
    ...                            "Russian forces lost the village.", "No casualties were reported."],
    ...                   "kind": ["body"] * 3, "side": ["ukraine_west", "author", "author"]})
    >>> add_casualties(u)[["casualty", "victim"]].values.tolist()
    [[1, 'russia'], [0, ''], [1, 'unspecified']]
    """
    missing = [c for c in (schema.TEXT, schema.KIND, schema.SIDE) if c not in units]
    if missing:
        raise KeyError(f"units lacks the columns {missing}")
    flags, victims = [], []
    previous = None
    for text, kind, side in zip(units[schema.TEXT], units[schema.KIND], units[schema.SIDE], strict=True):
        first = next(_casualty_matches(text), None) if kind == "body" else None
        flags.append(int(first is not None))
        victim = _victim(text, first.start(), side, previous) if first is not None else ""
        victims.append(victim)
        if victim:
            previous = victim
        else:
            # A bloc named in a non-casualty unit is context for the next bare "soldiers".
            named = [m.lastgroup for m in _GROUP_PERSON.finditer(text)]
            previous = named[-1] if named else previous
    out = units.copy()
    out["casualty"] = np.asarray(flags, dtype="int64")
    out["victim"] = victims
    return out


LEDGER_COLUMNS = ["unit", "start", "end", "claimant_side", "speaker", "victim", "outcome", "low", "high",
                  "precision", "intensity", "agency", "hedges", "evidence", "text"]


def casualty_ledger(units: pd.DataFrame) -> pd.DataFrame:
    """Return one row per outcome claimed in each casualty unit.

    Returns
    -------
    pandas.DataFrame
        Columns ``unit``, ``start``, ``end``, ``claimant_side``, ``speaker``, ``victim`` (one of
        :data:`VICTIMS`), ``outcome`` (one of :data:`OUTCOMES`), ``low`` and ``high`` (Int64,
        people; missing when open or unstated), ``precision`` (one of :data:`PRECISIONS`),
        ``intensity`` (semicolon list of intensity words), ``agency``
        ({'named_perpetrator', 'agentless_passive', 'nominalisation', 'active'}), ``hedges``
        (semicolon list), ``evidence`` (semicolon list or 'none') and ``text``.
    """
    rows = []
    previous = None
    for row in units.itertuples(index=False):
        if row.kind != "body":
            continue
        named = [m.lastgroup for m in _GROUP_PERSON.finditer(row.text)]
        seen = set()
        for m in _casualty_matches(row.text):
            outcome = m.lastgroup
            if outcome in seen:
                continue
            seen.add(outcome)
            low, high, precision = _magnitude(row.text, m.start())
            passive = _PASSIVE.search(row.text)
            if passive and passive.group("by"):
                agency = "named_perpetrator"
            elif passive:
                agency = "agentless_passive"
            elif _NOMINAL.search(m.group(0)):
                agency = "nominalisation"
            else:
                agency = "active"
            rows.append({
                "unit": row.unit, "start": row.start, "end": row.end,
                "claimant_side": row.side, "speaker": row.speaker,
                "victim": _victim(row.text, m.start(), row.side, previous), "outcome": outcome,
                "low": low, "high": high, "precision": precision,
                "intensity": ";".join(sorted({w.lower() for w in _INTENSITY.findall(row.text)})),
                "agency": agency,
                "hedges": ";".join(sorted({h.lower() for h in _HEDGE.findall(row.text)})),
                "evidence": ";".join(sorted({e.lastgroup for e in _EVIDENCE_RE.finditer(row.text)})) or "none",
                "text": row.text,
            })
        if rows and rows[-1]["unit"] == row.unit:
            previous = rows[-1]["victim"]
        elif named:
            previous = named[-1]
    ledger = pd.DataFrame(rows, columns=LEDGER_COLUMNS)
    for c in ("low", "high"):
        ledger[c] = ledger[c].astype("Int64")
    return ledger
