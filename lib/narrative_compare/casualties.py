"""Find casualty claims: who is said to have been killed, wounded, captured or gone missing.

A unit is a casualty claim when it states or estimates losses in people (ANNOTATION.md v2,
section 6): an outcome word ("killed", "wounding", "casualties", "missing", "taken prisoner",
"we lost no one", "only a handful came back") that is about people, not equipment, ground or
money ("lost the village", "eliminated two launchers", "captured the town", "economic losses"),
and not a metaphor ("paying a heavy price", "sanctions hurt the economy"), talk about casualty
reporting ("Kyiv rarely discloses its losses", "Pyongyang has not acknowledged any losses", "did
not confirm that any soldiers had been captured"), an account of what a figure counts ("the
figure combines killed and wounded"), a generic mention ("statements by prisoners of war") or a
reference to casualties counted elsewhere ("families of the missing"). People brought to a
hospital were wounded, counted or not ("the wounded were taken to hospital"). Denials and zero
counts ("no casualties were reported") are claims too: they claim zero. So are dismissals of a
figure ("Moscow has dismissed the tallies", "the numbers are pure propaganda", "both are
almost certainly inflated"): a dismissal that names no losses is a claim when it follows a
casualty claim of the same report, whose figure it dismisses.

The victim is read in this order:

1. the groups named in the claim's content (after its attribution, so "Ukrainian officials
   said …" does not make a Ukrainian victim): a bloc word on the outcome noun ("Russian losses",
   "Ukraine has lost") first, then a bloc word heading people ("47 Russian soldiers", "a man in
   Ukrainian uniform", "Ukrainian civilians" are civilians), a side's name for the other side
   ("the occupiers") or "civilians", then a bloc's ship or position and civilian nouns
   ("residents", "a 70-year-old man"), the nearest of the best rank winning; perpetrators
   ("killed by Ukrainian drones"), agents ("Russian forces killed …"), captors ("in Russian
   captivity"), places ("in Russia's Kursk region"), a state acting ("Russia had confirmed
   …"), institutions ("Russian state media"), the bereaved ("their families") and speakers ("a
   worker who says …") are not victims. "Both sides", "all sides", "neither set of figures",
   two blocs joined by "and", or a count that does not say how many were soldiers: unspecified;
2. "the enemy", "we killed …", "our"/"his unit" and "its own" read from the claimant's side (the
   unit's ``side``; inside an intercepted call or a captive's interview of the other side's
   soldier, that other side);
3. for a claim that names no group: "he had been captured" is the person described before it;
   people in captivity or taken prisoner by a bloc's soldiers are the captor's enemy; wounded soldiers at a hospital, soldiers listed
   as missing, military losses denied, admitted or "not a single soldier", and the losses in a
   figure a side dismisses are the claimant's own (its bloc's member the figure counted, as North
   Korean troops for a Russian-bloc dismissal); a strike on homes, a market, a bus or a
   civilian plant (a refinery, a fuel terminal, a pumping station, a power plant, a railway)
   hurts civilians; otherwise the group of the sentences before, in the same or the previous
   paragraph unless the sentence names a new place, or, for soldiers named without a bloc and
   for dismissals, at any distance (reporting keeps talking about the same force); failing
   that, civilians when those sentences name a civilian site ("households were without power
   … No casualties were reported"); else unspecified. A claim about both sides or about nobody
   in particular resets that context.

The ledger gives one row per outcome in a claim, with the magnitude as a range (``low``,
``high``), its precision, intensity words, grammatical agency and hedges, following the
distinctions of casualty-framing studies (e.g. Gamson & Modigliani's frame packages; agentless
passives and nominalisations as in Fowler 1991, *Language in the News*).
"""

from __future__ import annotations

import collections
import re
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from . import schema
from .casing import mostly_shouting, restore_case
from .resources import (
    KOREAN_GIVEN_NAME,
    QUESTION_MARK,
    WordAlternation,
    load_actors,
    reporting_verb_pattern,
    trie_pattern,
)

if TYPE_CHECKING:
    import pandas as pd


def _word_groups(groups) -> str:
    """Join (name, alternatives) into one pattern of whole words, one named group each.

    The word start is tested once, before the alternatives, as a look-behind: the same matches as
    ``\\b`` before every alternative (each starts with a letter), several times faster to scan.
    """
    return r"(?<!\w)(?:" + "|".join(f"(?P<{k}>(?:{v})\\b)" for k, v in groups) + ")"


_SYNTAX = re.compile(r"\\.|\(\?P[<=]|[A-Z]")


def _lowered(pattern: str) -> str:
    """Rewrite ``pattern`` to run on lower-cased text: the same matches as ``re.IGNORECASE`` on
    the original, several times faster. Escapes and group syntax are kept as written."""
    return _SYNTAX.sub(lambda m: m.group(0).lower() if len(m.group(0)) == 1 else m.group(0), pattern)


def _ci(pattern: str) -> re.Pattern:
    """Compile :func:`_lowered` ``pattern``."""
    return re.compile(_lowered(pattern))


__all__ = ["add_casualties", "casualty_columns", "casualty_ledger", "VICTIMS", "OUTCOMES", "PRECISIONS"]

VICTIMS = ("dprk", "russia", "ukraine", "civilians", "unspecified")
OUTCOMES = ("killed", "wounded", "captured", "missing", "losses")
PRECISIONS = ("exact", "bounded", "approximate", "qualitative")

_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|a\s+dozen|a\s+hundred|a\s+thousand)"
)
_QUANTITY = (
    r"(?:\d[\d,]*|a\s+handful|a\s+few|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"a\s+dozen|half|a\s+third|a\s+quarter|some)"
)
_OUTCOME_WORDS = {
    # "Our group found his body this afternoon in a gully", "her body was found on Friday"
    "killed": r"killed|found\s+(?:his|her)\s+body\b|(?:his|her)\s+body\s+(?:was|has\s+been|had\s+been)\s+(?:found|recovered)\b|martyrs\b|martyred\b|slaughtered\s+(?:them|us|him|the\s+\w+|(?:[\w-]+\s+){0,2}(?:men|soldiers|troops|infantry|infantrymen))\b|"
    r"(?:men|soldiers|troops|boys|sons|comrades|them)\s+(?:now\s+|still\s+)?(?:lie|lay)\s+in\s+(?:[\w-]+\s+){0,2}?"
    r"(?:cemeter(?:y|ies)|graves)\b|(?:gave|given|give|giving|laid\s+down|sacrificed)\s+(?:his|her)\s+life\b(?!\s+(?:savings|story|work|insurance))|posthumous(?:ly)?|"
    # A defence ministry's tally: "destroyed around 260 and up to 50 Ukrainian troops"
    r"destroyed\s+(?:(?:about|around|roughly|some|over|nearly|more\s+than|up\s+to|at\s+least)\s+)?\d[\d,]*"
    r"(?:\s+(?:and|or)\s+(?:(?:about|around|up\s+to|over)\s+)?\d[\d,]*)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:troops|servicemen|soldiers|personnel|militants|fighters|mercenaries)\b|"
    # "Every month we bury someone else from this town", "the funeral of Sergeant Kolesov"
    r"(?:we|they)\s+(?:\w+\s+)?bur(?:y|ied)\s+(?:someone|somebody|another|more|one|two|three|our|their)\b|"
    r"funeral\s+of\b|fallen\s+(?:(?:north\s+)?korean\s+|russian\s+|ukrainian\s+)?(?:soldiers|comrades|defenders|heroes|"
    r"servicemen|troops|fighters|koreans|russians|ukrainians)|fatally|"
    # "the names of the fallen", "heroes who had fallen"; not "the fallen city".
    r"the\s+(?:(?:north\s+)?korean\s+|russian\s+|ukrainian\s+)?fallen\b(?!\s+(?:city|town|village|cities|towns|leaves|trees?|empire|regime|soviet|wall))|"
    r"(?:heroes|soldiers|men|comrades|those|servicemen|fighters|sons|koreans|russians|ukrainians)[”\"’]?\s+who\s+"
    r"(?:(?:had\s+|have\s+)?fallen|fell)\b(?!\s+(?:ill|sick|asleep|silent|back|behind|into|for|out|apart|short|victim)\b)|"
    r"[“\"]?fallen\s+(?:abroad|overseas|in\s+battle)|"
    # "soldiers who “fell heroically”", "its soldiers fell in action", "some of them fell here"
    r"(?:soldiers|troops|servicemen|fighters|men|sons|heroes|volunteers|who|them)\s+(?:had\s+|have\s+)?[“\"]?"
    r"(?:fell|fallen)\s+[“\"]?(?:heroically|gloriously|bravely|honou?rably|in\s+action|in\s+combat|here|there|abroad)\b|"
    # "had long since been buried in Kursk"; "sent poorly trained conscripts to die"
    r"(?:have|had|has)\s+(?:long\s+since\s+|already\s+)?been\s+buried\b|"
    # "Too many of them now lie buried in the fields of Kursk"
    # (not "the truth probably lies buried somewhere")
    r"(?:them|us|men|soldiers|boys|sons|dead|bodies|who|they|we)\s+(?:now\s+|still\s+)?(?:lie|lay|lying)\s+buried\b|"
    r"(?:sent|sending|send|sends|threw|thrown|throwing)\s+(?:[\w-]+\s+){0,4}?to\s+(?:die|their\s+deaths?)\b|suffocated|drowned|(?:burned|froze|starved)\s+to\s+death|"
    r"(?:watched|saw|seen)\s+(?:[\w-]+\s+){0,5}?die\b|bur(?:y|ied)\s+(?:more\s+of\s+)?(?:them|our\s+dead|their\s+dead)\b|"
    # Killings under occupation: "shot with their hands tied", executions, bodies exhumed.
    # "convicted of murdering civilians", "exterminated residents", "Nobody in the cellar survived".
    # "who shot peaceful residents of Kursk Region in cold blood"
    r"shot\s+(?:[\w-]+\s+){0,2}?(?:civilians|residents|villagers|people|prisoners|captives)\b(?=[^.;]{0,40}\bin\s+cold\s+blood\b)|"
    r"murder(?:ed|ing|s)?\s+(?:[\w-]+\s+){0,2}?(?:civilians|residents|villagers|people|prisoners|soldiers|men|women|"
    r"children|captives|pows)\b|exterminat(?:ed|ing|ion\s+of)\b|(?:nobody|no\s+one|none\s+of\s+them)\s+(?:[\w-]+\s+){0,4}?survived\b|"
    # "cellmates who did not survive", "thousands of Koreans have fallen": people, not a town or prices.
    r"(?:who|men|soldiers|troops|servicemen|fighters|comrades|cellmates|others|prisoners|captives|people|civilians)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:(?:did\s+not|didn[’']t|never)\s+survive(?:d)?|(?:have|had)\s+fallen(?!\s+(?:back|behind|silent|short|into|under|apart|out|off|away|prey|ill|asleep|victim)\b))\b|"
    r"(?:koreans|russians|ukrainians)\s+(?:have|had)\s+fallen\b(?!\s+(?:back|behind|silent|short|into|under|apart|out|off|away|prey|ill|asleep|victim)\b)|"
    r"(?:they|we|men|soldiers|people|troops)\s+(?:(?!(?:will|would|could|may|might|can|to|not|never)\b)\w+\s+)?die\b"
    r"(?!\s+(?:out|down|hard))|"
    r"killings|(?:them|people|men|women|civilians|residents|prisoners|soldiers|who|he|she|they|sons?|daughters?|"
    r"husbands?|wife|wives|brothers?|fathers?|mothers?|neighbou?rs?)\s+(?:\w+\s+)?"
    r"(?:had\s+been|have\s+been|were|was)\s+(?:shot|executed|tortured\s+to\s+death)\b|"
    r"(?:summary\s+)?executions?\s+of|executed\s+(?:\d|dozens|several|prisoners|civilians|soldiers|men|residents)|"
    r"body\s+bags|the\s+exhumed|(?:bodies|remains|graves?)\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?exhumed|"
    r"(?:body|remains)\s+(?:was|were|has\s+been|have\s+been)\s+identified|"
    r"remains\s+of\s+[“\"]?(?:the\s+)?(?:[\d,]+\s+|dozens\s+of\s+|hundreds\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:soldiers|servicemen|"
    r"civilians|people|men|victims|fallen|residents|heroes)\b|"
    r"buried\s+(?:the\s+)?(?:owners|bodies|dead|them|him|her|residents|civilians|men)\s+(?:in|at|near|behind|under)\b|"
    # "the only Ukrainian soldiers left here lie in the tree lines where they fell"
    r"\bwhere\s+(?:they|he|she|their\s+comrades)\s+(?:had\s+)?(?:fell|fallen)\b(?!\s+(?:back|asleep|ill|behind|apart))|"
    # "We have buried too many of our men in this war"
    # ("I have buried more than sixty men of this brigade": a number in words, or bounded)
    r"buried\s+(?:(?:more|fewer)\s+than\s+|over\s+|at\s+least\s+|about\s+|some\s+)?(?:too\s+many|so\s+many|many|dozens|hundreds|"
    r"thousands|[\d,]+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|a\s+hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\s+"
    r"(?:of\s+(?:our|their|its|his|my|the)\s+)?"
    r"(?:[\w-]+\s+)?(?:men|sons|soldiers|boys|comrades|friends|servicemen|fighters|brothers)\b|"
    # "two men from his platoon were buried alive when a drone hit their dugout"
    r"(?:were|was|been|got)\s+buried\s+alive\b|"
    # Army slang for the dead ("cargo 200"): "eleven two-hundreds"; with the wounded, "there are
    # 200s and 300s".
    r"two-hundreds|(?:cargo|gruz)[- ]200|corpses?|200s\s+and\s+300s|300s\s+and\s+200s|"
    # "about 1,300 fell in the Zaliznychne sector"
    r"(?:[\d,]+|hundreds|thousands)\s+(?:of\s+them\s+|(?:men|soldiers|troops)\s+)?fell\s+(?:in|near|at|during)\b|"
    r"(?:the\s+|an?\s+)?(?:other|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|youngest|oldest)\s+victim\b|"
    r"(?:a|the|his|her|one|another)\s+body\s+(?:was|had\s+been|has\s+been|is)\s+(?:found|pulled|recovered|retrieved)|"
    r"body\s+of\s+(?:a|an|the|one|another|his|her)\s+(?!(?:evidence|water|work|research|literature|law|text)\b)|"
    r"(?:we|they|doctors|surgeons|medics)\s+(?:could\s+not|couldn[’']t|were\s+unable\s+to)\s+save\b"
    r"(?!\s+(?:the\s+|his\s+|her\s+)?(?:house|home|building|village|town|city|car|vehicle|legs?|arms?|hands?|feet|foot)\b)|"
    r"not\s+(?:everyone|everybody|all\s+of\s+(?:us|them))\s+(?:comes?|came)\s+back|"
    r"picked\s+(?:us|them|him|men)\s+off|never\s+(?:brought|seen)\s+(?:back|again)|(?:was|were)\s+not\s+seen\s+again|(?:counting|count|attended|attending|so\s+many|endless|daily)\s+(?:the\s+)?funerals\b|"
    # "the garrison had been “destroyed to the last man”"
    r"(?:destroyed|killed|wiped\s+out|fought)\s+to\s+the\s+last\s+man|"
    # "a group of Ukrainian saboteurs who tried to cross the border overnight has been destroyed"
    r"groups?\s+of\s+(?:[\w-]+\s+){0,2}?(?:saboteurs|militants|fighters|soldiers|servicemen|infiltrators|mercenaries|"
    r"marines|paratroopers|commandos)\b[^.;]{0,80}?\b(?:had|has|have)\s+been\s+(?:destroyed|wiped\s+out|annihilated|eliminated)|"
    # "dozens of Korean sappers have been blown up on mines"
    r"(?:sappers|deminers|soldiers|servicemen|men|troops|fighters|people|civilians|residents|children|koreans|russians|"
    r"ukrainians)\s+(?:have\s+|had\s+|has\s+)?(?:been|were|was|got)\s+blown\s+up\b|"
    r"(?:compan(?:y|ies)|platoons?|battalions?|brigades?|squads?|regiments?|assault\s+groups?)\s+(?:of\s+[\w-]+\s+(?:[\w-]+\s+)?)?"
    r"(?:had\s+been|has\s+been|have\s+been|was|were)\s+[“\"]?(?:practically\s+|almost\s+|completely\s+|totally\s+|"
    r"effectively\s+|largely\s+|virtually\s+)?(?:destroyed|wiped\s+out|annihilated|eliminated)|"
    r"surviving\s+(?:members|soldiers|men|crew|troops|fighters)|kill(?:s|ing)?(?!\s+(?:zones?|chains?|switch(?:es)?|box(?:es)?|lists?)\b)|"
    r"dead(?!\s+(?:ends?|zones?|heat|weight|letter)\b)|died|dies|deaths?|death\s+toll|"
    r"fatalit(?:y|ies)|perished|lives|bodies|(?:fresh|new|mass|unmarked)\s+graves|eliminat(?:ed|ing)|liquidat(?:ed|ing)|neutrali[sz](?:ed|ing)|shot\s+dead|dying|"
    r"fell\s+(?:\w+ly\s+)?(?:in\s+(?:battle|combat|action|overseas)|while|fighting|defending)|"
    r"(?:who|men|soldiers)\s+fell\s+in\s+the\b|"
    # "the company on his flank has “nobody left”", not "nobody left the building"
    r"(?:nobody|no\s+one|none)\s+(?:is\s+|was\s+)?left(?=\s*[,.;:!?”\"’]|\s*$|\s+(?:standing|alive)\b)|"
    r"there\s+(?:is|was)\s+(?:nobody|no\s+one)\s+(?:else\s+)?left\b|"
    # "Two of my boys did not make it this week", not "did not make it to the meeting"
    r"(?:did\s+not|didn['’]t|never)\s+make\s+it(?=\s*[,.;:!?”\"’]|\s*$|\s+(?:this|last|that|out\s+alive|back\s+alive)\b)|"
    r"slain|(?:were|was|are|is)\s+gone|bloodiest|deadliest|picked\s+off|wiped\s+out|decimated|"
    r"annihilated|cut\s+down|survivors?|(?:of\s+us|of\s+them)\s+(?:are\s+|were\s+)?left|"
    # "We hit one group of twelve, and only three of them crawled back"
    r"\bonly\s+" + _QUANTITY + r"\s+of\s+(?:them|us)\s+(?:walked|came|got|crawled|made\s+it)\s+(?:out|back)\b|"
    # "There were nine of us in the position when we went in, and three walked out"
    r"\b(?:of\s+us|of\s+them)\b[^.;]{0,60}?\b(?:and|but)\s+(?:only\s+)?" + _QUANTITY + r"\s+(?:walked|came|got|crawled)\s+"
    r"(?:out|back)\b|"
    # "half of them don't come back", "there were 90 of us in February, now there are 31"
    r"\b(?:half|most|many)\s+of\s+(?:them|us)\s+(?:don[’']t|do\s+not|didn[’']t|did\s+not|never)\s+(?:come|came)\s+back\b|"
    r"\bthere\s+were\s+\d+\s+of\s+us\b[^.;]{0,60}?\bnow\s+there\s+are\s+(?:only\s+)?\d+|"
    # "men with bandaged heads and legs"
    r"\bbandaged\s+(?:heads?|legs?|arms?|hands?|faces?|eyes?)\b|"
    # "he had shot two of the men", "soldiers who shot unarmed men at checkpoints"
    r"\b(?:shot|executed)\s+(?:dead\s+)?(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens)\s+"
    r"(?:of\s+(?:the|them|those)\b|(?:[\w-]+\s+)?(?:men|people|civilians|residents|villagers|prisoners|soldiers))|"
    r"(?:unarmed|wounded|captured|surrendering)\s+(?:men|civilians|prisoners|soldiers))|"
    # "forced to lie face down and shot at close range", "shot in the back of the head"
    r"\bshot\s+(?:at\s+(?:close|point[- ]blank)\s+range|in\s+the\s+(?:back\s+of\s+the\s+)?head)\b|"
    # "half of his platoon had not come back"
    r"\b(?:half|most|many|some|\d[\d,]*|none|few)\s+of\s+(?:[\w-]+\s+){0,3}?(?:had|have|has|did)\s+not\s+"
    r"(?:come\s+back|come\s+home|returned|return)\b|"
    # "has not been seen since", "had lost no men"
    r"(?:has|have|had)\s+not\s+been\s+seen\s+(?:since|again)\b|\blost\s+no\s+(?:men|soldiers|servicemen|one|personnel)\b|"
    # "Of the 30 men I started with, eleven were still with the platoon"
    r"of\s+the\s+[\d,]+\s+(?:men|soldiers|fighters|troops)\b[^.;]{0,60}?\b(?:were|are)\s+still\s+with\b|"
    # Losses told by who is left: "only a handful of men from his platoon came back".
    r"(?:only|just|maybe|perhaps|barely|fewer\s+than|less\s+than)\s+" + _QUANTITY + r"\s+(?:[\w-]+\s+){0,8}?(?:came\s+back|returned|"
    r"survived|made\s+it\s+(?:back|out)|got\s+out(?:\s+alive)?|walked\s+out|"
    r"(?:are|were|is|was)\s+(?:still\s+)?(?:alive|left|standing|on\s+(?:their|his|our)\s+feet))|"
    # ("hundreds of them never come back": the habitual present too)
    r"never\s+(?:came\s+back|came\s+home|come\s+home|come\s+back(?!\s+(?:to|for|until|with)\b)|returned|make\s+it\s+back|"
    r"made\s+it\s+back)|"
    # "The mortal remains of 11 have been brought back to India"
    r"mortal\s+remains\b|"
    r"(?:nobody|no\s+one|none\s+of\s+(?:us|them))\s+(?:ever\s+)?(?:(?:comes?|came)\s+back\b|(?:walked|got|crawled)\s+out(?=\s*[,.;:!?”\"’]|\s*$|\s+alive\b))|"
    # "one in four did not come home alive"; "the dated burials fall between December and March"
    r"(?:did\s+not|didn[’']t|never)\s+(?:come|came|return|returned)\s+(?:home|back)\s+alive|"
    r"(?:new|fresh|recent|dated|military)\s+burials\b|"
    r"(?:are|were|is|was)\s+not\s+coming\s+back|(?:did\s+not|didn[’']t)\s+come\s+back(?!\s+(?:to|for|until|with)\b)|"
    # "they are sent forward in waves, and they do not come back"
    r"(?:they|most|many)\s+(?:do\s+not|don[’']t)\s+come\s+back\b(?!\s+(?:to|for|until|with)\b)|"
    # "nobody from the crew got away"
    r"(?:nobody|no\s+one|none)\s+(?:from|of)\s+(?:the|his|their|our|its)\s+(?:crew|unit|platoon|squad|company|battery|team)\s+"
    r"(?:got\s+away|survived|escaped|made\s+it\s+out)\b|"
    # "the Korean soldiers who lie in Kursk soil", "rest in the village cemetery"
    r"\b(?:soldiers|servicemen|men|troops|fighters|comrades|boys|sons|heroes|brothers)\s+who\s+(?:now\s+)?(?:lie|rest)\s+in\s+"
    r"(?:[\w-]+\s+){0,2}(?:soil|ground|earth|graves?|cemetery|cemeteries)\b|"
    # "one man blew himself up with a grenade rather than be taken", "we cut them down in the
    # field", "very few of them come back"
    r"\b(?<!to\s)(?<!would\s)(?<!will\s)(?:blew|blow|blows|blowing|blown)\s+(?:himself|themselves|herself)\s+up\b|\bcut\s+(?:them|him|us)\s+down\b|"
    r"\b(?:very\s+)?few\s+(?:of\s+(?:them|us)\s+)?(?:ever\s+)?(?:come|came)\s+back\b(?!\s+(?:to|for|until|with)\b)|"
    # "Not one of mine came home in a box"
    r"\b(?:came|come|comes|coming|sent|went)\s+home\s+in\s+(?:a\s+)?(?:box|boxes|coffins?|body\s+bags?|zinc)\b|"
    # "I buried him myself in the garden", "the Ryabovs had buried their son, a marine"
    # (A relative said to be a soldier: not a widow's "I buried my husband there".)
    r"\bburied\s+(?:him|her|them)\b|\bburied\s+(?:their|her|his|my|our)\s+(?:only\s+|eldest\s+|youngest\s+)?"
    r"(?:sons?|husbands?|brothers?|fathers?|grandsons?|nephews?),\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:marine|soldier|paratrooper|"
    r"sergeant|private|serviceman|conscript|volunteer|officer|gunner|sniper|pilot|medic|tank\w*|contract\s+soldier)\b|"
    # "We are burying our boys"
    r"\bburying\s+(?:our|their|his|her|my)\s+(?:boys|men|sons|comrades|friends|soldiers|lads)\b|"
    # The dead left where they fell: "they are all lying out there in the field, and nobody
    # collects them".
    r"(?:nobody|no\s+one)\s+(?:even\s+)?(?:is\s+|was\s+)?(?:(?:came|comes|went|goes)\s+to\s+)?(?:collect(?:s|ed|ing)?|pick(?:s|ed|ing)?\s+up|"
    r"bur(?:y|ies|ied|ying)|retriev\w+)\s+(?:them|the\s+bodies)\b|"
    r"(?:are|were)\s+(?:all\s+|still\s+)?lying\s+(?:out\s+there\s+)?in\s+(?:the\s+)?(?:fields?|tree\s*lines?|"
    r"forests?|woods|snow|mud|open)\b|"
    r"laid\s+to\s+rest|coffins|funerals?\s+(?:services\s+)?for(?!\s+(?:a|an|the|his|her|their|its)\s+(?:lie|lies|idea|hope|hopes|"
    r"dream|dreams|myth|truth|policy|plan|peace|career|reputation)\b)|"
    # A toll of zero in a resident's words: "everyone in our street is alive".
    r"(?:everyone|everybody)\s+(?:[\w-]+\s+){0,4}?(?:is|was|are|were)\s+(?:still\s+)?alive",
    "wounded": r"wounded|wounding|injured|injuring|injur(?:y|ies)|hurt|wounds|maimed|burns|hospitali[sz]ed|"
    # "nobody in our sector was even scratched", "came back without a scratch"
    r"(?:nobody|no\s+one|not\s+one|none)\s+(?:[\w-]+\s+){0,4}?(?:was|were|got|had\s+been)\s+(?:even\s+)?scratched\b|"
    r"without\s+a\s+(?:single\s+)?scratch\b|"
    # "lost his left leg below the knee", "both hands bandaged"
    r"lost\s+(?:his|her|their|my|our|a|an|both|one)\s+(?:(?:left|right|lower)\s+)?(?:legs?|arms?|hands?|feet|foot|eyes?|"
    r"limbs?|fingers)\b|lost\s+(?:limbs|legs|arms|hands|feet|eyes|fingers)\b|(?:hands|legs|arms|head|face|eyes)\s+bandaged\b|"
    r"(?:been|was|were|is|are|be)\s+harmed|(?:broken|hit|wounded)\s+by\s+shrapnel|"
    r"(?:could\s+not|couldn[’']t)\s+walk|concussions?|concussed|"
    # "came back without his leg", "will live without their sight", "blinded by shrapnel"
    r"without\s+(?:his|her|their|a|an|one|both)\s+(?:(?:left|right)\s+)?(?:legs?|arms?|hands?|feet|foot|eyes?|sight)\b|"
    r"blinded|(?:untreated\s+|broken\s+)?fractures\b|"
    r"three-hundreds|(?:cargo|gruz)[- ]300|cut\s+by\s+(?:flying\s+|broken\s+|falling\s+)?glass|"
    # "a man … received cuts from broken glass", "suffered lacerations"
    r"(?:received|suffered|sustained|treated\s+for)\s+(?:minor\s+|light\s+|serious\s+|severe\s+|multiple\s+)?(?:cuts|lacerations|"
    r"bruises|bruising|contusions)\b|"
    r"shrapnel\s+(?:wounds?|in\s+(?:the|his|her|their|my)\s+)|operated\s+on\s+(?:[\d,]+|dozens|hundreds|several)|"
    r"taken\s+to\s+hospital|in\s+(?:a\s+)?(?:stable|serious|critical|grave|satisfactory|moderate)\s+condition|"
    # "Three of the women who worked there are in hospital", "one still cannot walk"
    r"(?:of\s+(?:the|them|us)\b[^.;:,]{0,40}?|people|residents|civilians|soldiers|men|women|children)\s+"
    r"(?:are|is|were|was|remain|remains)\s+(?:still\s+)?in\s+(?:a\s+)?hospital\b|"
    r"(?:still\s+)?(?:cannot|can(?:no|')t|could\s+not|is\s+unable\s+to)\s+walk\b|"
    # "his leg torn by a grenade", "lost an arm": wounds named by the limb.
    r"(?:legs?|arms?|hands?|feet|foot)\s+(?:was\s+|were\s+|had\s+been\s+)?(?:torn|blown|ripped|shattered)\s+"
    r"(?:off|by|apart)\b|lost\s+(?:a|an|one|both|his|her|their)\s+(?:legs?|arms?|hands?|feet|foot|eyes?|limbs?)\b|"
    # "two of the men appear to be hit": people hit, not buildings.
    r"(?:men|soldiers|troops|fighters|servicemen|people|civilians|of\s+them|of\s+us)\s+(?:were|was|"
    r"(?:appear|appears|appeared|seem|seems|seemed)\s+to\s+(?:be|have\s+been)|had\s+been|have\s+been|got)\s+hit\b",
    "captured": r"captured|captivity|taken\s+prisoner|"
    # "no one from his crew had been taken": taken, of people, with nowhere it was taken to.
    r"(?:no\s+one|nobody|none|not\s+one|not\s+a\s+single\s+(?:man|soldier))\b[^.;“”\"]{0,40}?\b(?:had|has|have|was|were)\s+"
    r"(?:ever\s+)?been\s+taken\b(?=\s*[,;.—–]|\s+(?:alive|either|since|so\s+far|yet)\b)|"
    # "Only two were taken alive", "we have taken three of them alive"; "several hundred more remain
    # in Ukrainian hands".
    r"(?<!not\sto\sbe\s)(?<!never\sto\sbe\s)(?:taken|took|take|takes|taking)\s+(?:(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|dozens|some|several|"
    r"many|few|of|them|him|her|only|just|a|handful|couple|dozen)\s+){0,5}alive\b|(?:remain|remains|are|is|were|was|still)\s+(?:still\s+)?in\s+"
    r"(?:Ukrainian|Russian|enemy|Ukraine[’']s|Russia[’']s|Kyiv[’']s|Moscow[’']s)\s+hands\b|"
    r"(?:took|take|takes|taking|taken)\s+(?!part\b)(?:[\w,“”\"-]+\s+){0,6}?prisoners?|"
    r"prisoners?\s+of\s+war|POWs?|surrender(?:ed|ing)?|laid\s+down\s+(?:their|his|her|our)\s+(?:arms|weapons)\b|in\s+(?:[\w-]+\s+){0,2}?(?:detention|custody)|"
    r"(?:led|taken|driven|carried)\s+away\s+by\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|forces|servicemen)\b|"
    # "residents who were detained by Russian forces", "the capture of North Korean soldiers"
    r"(?:were|was|been|being)\s+detained\s+by\b|"
    # "came out with their hands up", "six civilians whom the enemy had abducted", "spoke to our
    # film crew at a holding facility"
    r"came\s+out\s+with\s+(?:their|his|our|my)\s+hands\s+(?:up|raised)|abduct(?:ed|ion)|kidnapp(?:ed|ing)|"
    r"(?:at|in|from)\s+an?\s+(?:holding|detention|filtration|POW)\s+(?:facility|centre|center|camp)\b|"
    # "Not one of our fighters has fallen into the hands of …", "two soldiers fell into Russian hands"
    r"(?:soldiers?|servicem[ae]n|troops|fighters?|men|marines?|sailors?|of\s+(?:them|us|ours))\s+(?:[\w-]+\s+){0,5}?(?:have\s+|has\s+|had\s+)?"
    r"(?:fallen|fell)\s+into\s+(?:the\s+hands\s+of\b|(?:the\s+)?(?:[\w-]+(?:['’]s?)?\s+)?hands\b)|the\s+capture\s+of\s+(?:[\d,]+\s+|two\s+|three\s+|several\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:soldiers|servicemen|troops|fighters|marines|sailors|civilians|pows)\b|"
    # "Ukraine was holding several thousand Russian soldiers": captives held by the other side.
    r"(?:holding|holds|held)(?!\s+by\b)\s+(?:(?!of\b)[\w“”\"-]+\s+){0,5}?(?:soldiers|servicemen|troops|sailors|marines|civilians|"
    r"conscripts|captives|fighters|paratroopers|prisoners|(?:north\s+)?koreans|russians|ukrainians)\b|"
    r"\bas\s+a\s+prisoner\s+of\s+war\b|"
    # "Russia had confirmed 312 more Ukrainians as prisoners", "Newly confirmed as prisoners: 312"
    r"(?:confirmed|registered|listed|recogni[sz]ed|identified|verified)\s+(?:[\w,-]+\s+){0,4}?as\s+(?:prisoners|captives|POWs)\b|"
    # "1,400 Ukrainian civilians from occupied areas are being held without charge in Russia"
    r"(?:soldiers|servicemen|troops|sailors|marines|civilians|conscripts|fighters|residents|men|women)\s+"
    r"(?:(?!(?:are|were|is|was)\b)[\w-]+\s+){0,4}?(?:are|were|is|was|remain|have\s+been|had\s+been)\s+(?:still\s+)?"
    r"(?:being\s+)?held\s+(?:without\s+charge|incommunicado|captive|hostage|prisoner|in\s+(?:Russia|Ukraine|"
    r"Russian|Ukrainian|prisons?|jails?|camps?|detention|custody|captivity|isolation|cells?|basements?))\b|"
    # "two soldiers of the Korean People's Army held by Ukraine since January 2025"
    r"(?:soldiers|servicemen|troops|sailors|marines|fighters|conscripts|men)\s+(?:[\w'’-]+\s+){0,6}?held\s+by\s+"
    r"(?:the\s+)?(?:Ukraine|Ukrainian\s+forces|Russia|Russian\s+forces|Kyiv|Moscow)\b|"
    # "an interview with a Ukrainian prisoner who said …": a passing capture (guide 6, v5).
    r"(?:Ukrainian|Russian|(?:North\s+)?Korean)\s+(?:prisoners?|captives?|POWs?)\b|"
    r"(?:the|a|this|that)\s+(?:wounded\s+|captured\s+|young\s+)?(?:prisoner|captive)\b(?!\s+(?:exchange|swap)|[’']s\s+(?:mother|family))|"
    # "more than 7,000 Ukrainian servicemen are still held in Russia"
    r"(?:soldiers|servicemen|troops|sailors|marines|prisoners|men|civilians|ukrainians|russians|koreans)\s+(?:(?:it|they|he|she|kyiv|moscow)\s+"
    r"(?:believes?|says?|said)\s+)?(?:(?:are|were|remain|being|also|still)\s+){0,3}held\s+(?:in|by)\b|"
    r"civilians\s+(?:are|were|remain)\s+(?:still\s+)?held\b|"
    # "was being held in a camp in Mordovia", "held in Russian prisons"
    r"held\s+in\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:camps?|prisons?|jails?|detention|colon(?:y|ies)|cells?|penal)\b|"
    r"(?:they|russians|ukrainians|soldiers|troops)\s+caught\s+(?:me|him|us|them)\b|"
    # Detention under occupation: "drove him away in a truck", "taken to the basement of the school".
    r"(?:drove|took|taken|led|carried|dragged)\s+(?:him|her|them|the\s+men)\s+away\b|(?:taken|took|led)\s+away\s+"
    r"(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|dozens|several|some)\s+(?:civilians|residents|people|men)\b|"
    r"(?:were|was)\s+taken\s+to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:basement|cells?|camp|prison|detention|filtration)",
    "missing": r"(?:have|has|had)\s+(?:still\s+)?not\s+(?:yet\s+)?been\s+found|"
    # "taken away …, and nothing has been heard of them since"
    r"(?:nothing|no\s+word)\s+(?:has|had)\s+been\s+heard\s+(?:of|from)\s+(?:them|him|her)\b|"
    # "Nobody has found him, or his body."
    r"(?:nobody|no\s+one)\s+(?:has|had|ever)\s+(?:yet\s+|ever\s+)?found\s+(?:him|her|them|his\s+body|her\s+body|their\s+bodies)\b|"
    r"search(?:ing|ed|es)?\s+(?:the\s+)?(?:rubble|debris|ruins)\s+for\b|"
    r"(?:people|men|women|residents|civilians|he|she|they|who|sons?|husbands?)\s+(?:\w+\s+)?disappeared\b|"
    r"never\s+saw\s+(?:him|her|them)\s+again|(?:still\s+)?under\s+the\s+(?:rubble|debris|ruins)\b|"
    r"whereabouts\s+(?:are|is|remain)\s+(?:still\s+)?unknown|"
    r"fate\s+of\s+(?:[\w,-]+\s+){0,3}?(?:people|civilians|residents|soldiers|men|prisoners|captives|servicemen|"
    r"him|her|them|others|sons?|husbands?|relatives|sailors|crew)\b(?:\s+[\w,-]+){0,6}?\s+(?:is|remains|are|remain)\s+"
    r"(?:still\s+)?unknown|"
    r"(?:men|people|prisoners|soldiers|them|us)\s+(?:\w+\s+)?vanish(?:ed|es|ing)?\b|"
    r"trapped\s+(?:under|in|beneath)\s+(?:the\s+)?(?:rubble|debris|ruins)|(?:feared|believed\s+to\s+be|still)\s+trapped|"
    r"(?:did\s+not|didn[’']t|never)\s+return(?:ed)?\s+from\s+(?:a\s+|the\s+|his\s+|their\s+|an?\s+)?(?:[\w-]+\s+)?"
    r"(?:mission|combat|front|battle|assault|patrol|sortie|position)|missing(?!\s+(?:out|links?|pieces?|ingredients?|elements?|the|a|an|its|their|"
    r"deadlines?|targets?|data|parts?|funds?)\b)|unaccounted\s+for|vanished",
    "losses": r"casualt(?:y|ies)|loss(?:es)?|"
    # "rotating fresh troops toward the front to replace those lost"
    r"(?:replace|replaces|replaced|replacing)\s+(?:those|the\s+(?:men|soldiers|troops|dead))\s+"
    r"(?:(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?)?lost\b|(?:men|soldiers|troops|servicemen|fighters|personnel|contingent|force|battalion|brigade|unit)[’”\"']?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:is|are|was|were|been|be)\s+(?:now\s+)?out\s+of\s+action|put\s+(?:[\d,]+\s+|hundreds\s+of\s+|thousands\s+of\s+)?"
    r"(?:men|soldiers|troops|servicemen|fighters)\s+out\s+of\s+action|(?:been|were|was)\s+put\s+out\s+of\s+action|(?<!not\s)(?<!to\s)(?<!will\s)(?<!would\s)(?:shed|shedding)\s+(?:(?:their|his|her|our)\s+)?(?:own\s+)?blood\s+(?:for|in|on|at)\b|reduced\s+to\s+(?:a\s+third|a\s+quarter|half|a\s+fraction|a\s+tenth|[\d.]+\s*(?:%|per\s*cent))\s+of\s+(?:their|its|his|the)\s+"
    r"(?:strength|size|men|personnel)|"
    # "after losing up to a third of their strength"
    r"los(?:e|es|ing|t)\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:a\s+third|a\s+quarter|"
    r"half|two[- ]thirds|most)\s+of\s+(?:their|its|his|the)\s+(?:strength|men|personnel|fighters|soldiers)\b|"
    # "the Russian ministry's claim of 190 Ukrainian soldiers lost in a day"
    r"(?:[\d,]+|hundreds\s+of|thousands\s+of)\s+(?:[\w-]+\s+)?(?:soldiers|servicemen|troops|men)\s+lost\s+(?:in|on|during|over|since|near)\b|"
    # "companies of around 120 men were reduced to a few dozen within days"
    r"reduced\s+to\s+(?:a\s+few\s+dozen|a\s+handful|a\s+few\s+men)\b(?!\s+of\b)|victims\b(?!\s+of\s+(?:propaganda|fraud|disinformation|circumstance))|"
    r"(?:lost|los(?:e|es|ing))\s+[\"“]?"
    r"(?:up\s+to\s+|about\s+|around\s+|roughly\s+|nearly\s+|over\s+|some\s+|at\s+least\s+|"
    r"more\s+than\s+|an\s+estimated\s+|between\s+[\d,]+\s+and\s+)?"
    r"(?:[\d,]+|" + _NUMBER_WORD + r"|(?:a\s+third|a\s+quarter|half|most|many|dozens|hundreds|"
    r"thousands)\s+of\s+(?:its|their|his|our|the)|dozens[\"”]?\s+of|(?:tens\s+of\s+|hundreds\s+of\s+)?thousands[\"”]?\s+of|hundreds[\"”]?\s+of|"
    # ('lost “more than a battalion” of men': a unit's worth)
    r"an?\s+(?:battalion|company|platoon|brigade|regiment)[\"”]?\s+of|"
    r"several|many)[\"”]?(?:\s+of\s+(?:its|their|his|our|the)\s+[\d,]+)?\s+(?:[\w-]+\s+)?(?:soldiers|men|"
    r"troops|servicemen|personnel|fighters|sailors|marines|paratroopers|conscripts|people|comrades|guys|lads|friends|"
    r"colleagues|relatives|sons|brothers|neighbou?rs|crew\s+members|crewmen|pilots|operators|gunners|sappers|snipers|"
    r"medics|officers|commanders)|"
    r"(?:soldiers?|servicem[ae]n|troops|sailors?|marines?|men|crew\s+members|crewmen|fighters?|paratroopers?|of\s+them|of\s+those)\s+"
    r"(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?(?:had\s+been|have\s+been|has\s+been|were|was|are\s+being)\s+lost\b|"
    # "the enemy lost many more here than we did", "many times more": more men, the noun left out.
    r"(?:lost|los(?:e|es|ing))\s+(?:many|far|several|ten|(?:\w+\s+)?times)\s+(?:times\s+)?more\b(?=\s*(?:here|there|than\s+(?:we|they|us|them|you|he|she|our|their|the)\b|[,.;]))|"
    # Attrition told by who is left: "every morning there are fewer of us", "down to 20 men".
    r"(?:are|were|is)\s+fewer\s+of\s+(?:us|them)|fewer\s+and\s+fewer\s+of\s+(?:us|them)|"
    # "every rotation there were fewer faces I knew", "fewer of the original men in it".
    r"(?:are|were|is|was|has|have|had)\s+(?:now\s+)?fewer\s+(?:familiar\s+faces|faces\s+(?:(?:i|we|they|you|she|he)\s+"
    r"(?:knew|know|recogni[sz]e\w*)|at\s+(?:the\s+)?(?:morning\s+|evening\s+)?(?:prayers?|roll\s+call|formation|parade|assembly))|"
    r"of\s+the\s+(?:old|original|first)\s+"
    r"(?:guys|men|boys|lads|faces|soldiers|crew))|fewer\s+of\s+(?:them|us)\s+(?:come|came|return|returned|make\s+it|made\s+it)|"
    r"(?:is|was|are|were)\s+down\s+to\s+(?:[\d,]+|a\s+handful|a\s+few|" + _NUMBER_WORD + r")\s+(?:men|soldiers|people|fighters)|"
    r"lost\s+(?:most|half|many|all)\s+of\s+(?:them|us|its\s+men|their\s+men)\b|"
    # "We lost 34 men …. The Koreans lost many more, I would say over a hundred": a comparison
    # with losses just given, where nothing but people can be meant.
    r"lost\s+(?:many|far|even|a\s+lot|much|several\s+times|twice\s+as\s+many|three\s+times\s+as\s+many)\s+more\b"
    r"(?=\s*[,;.—–]|\s+(?:men|soldiers|troops|people|fighters|than\s+(?:we|us|they|them|our|their))\b)|"
    # "the Koreans lost more than forty in the attack", "we lost two at dawn": a bare number lost
    # by a people, a unit or "we", where nothing but people can be meant.
    r"\b(?:koreans|russians|ukrainians|they|we|the\s+enemy|(?:battalion|brigade|company|platoon|regiment|unit)s?)\s+"
    r"(?:have\s+|has\s+|had\s+)?lost\s+(?:up\s+to\s+|about\s+|around\s+|roughly\s+|nearly\s+|over\s+|some\s+|"
    r"at\s+least\s+|more\s+than\s+|another\s+)?(?:[\d,]+|" + _NUMBER_WORD + r")"
    r"(?=\s*[,;.—–]|\s+(?:in|on|at|during|near|since|over|overnight|this|last|that|a\s+day|a\s+week|every|each)\b)|"
    # Attrition told by who is left: "I have eleven left out of forty", "Of 90 men, 17 are left", "only
    # 19 men in his company were still fit to fight", "reduced to a handful of men", "lost almost everyone"
    r"\b(?:[\d,]+|" + _NUMBER_WORD + r"|a\s+handful|a\s+few)\s+(?:men\s+)?(?:are\s+|were\s+|is\s+)?left\s+out\s+of\s+"
    r"(?:[\d,]+|" + _NUMBER_WORD + r")\b|"
    r"\bof\s+(?:the\s+)?(?:[\d,]+|" + _NUMBER_WORD + r")\s+(?:men|soldiers|fighters|of\s+us)\b[^.;]{0,30}?\b"
    r"(?:[\d,]+|" + _NUMBER_WORD + r"|only\s+\w+)\s+(?:are|were|is|was)\s+(?:still\s+)?(?:left|alive)\b|"
    r"\bonly\s+(?:[\d,]+|" + _NUMBER_WORD + r")\s+(?:men|soldiers|fighters)\b[^.;]{0,40}?\b(?:were|are)\s+still\s+"
    r"(?:fit|able|alive|standing|in\s+the\s+line)\b|"
    r"\breduced\s+to\s+(?:a\s+handful|a\s+few|[\d,]+|" + _NUMBER_WORD + r")\s+(?:of\s+)?(?:men|soldiers|fighters|people)\b|"
    r"\blost\s+[\"“]?(?:almost|nearly|practically|virtually)\s+(?:everyone|everybody|all\s+of\s+them)\b|"
    r"\b(?:have|has|had)\s+not\s+come\s+back\b(?!\s+(?:to|for|until|with)\b)|"
    # "half the deck crew is gone", "losing half their men in a week"
    r"\b(?:half|most)\s+(?:of\s+)?(?:the|our|my|his|their)\s+(?:[\w-]+\s+)?(?:crew|company|platoon|unit|battalion|squad|"
    r"men|guys|boys|lads)\s+(?:is|are|was|were)\s+(?:already\s+)?gone\b|"
    r"\blos(?:e|es|ing)\s+[\"“]?half\s+(?:of\s+)?(?:the|its|their|his|our|my)\s+(?:men|guys|boys|soldiers|lads)\b|"
    # "one naval infantry battalion had lost “about half its strength”"
    r"lost\s+[\"“]?(?:about\s+|nearly\s+|roughly\s+|almost\s+|over\s+|more\s+than\s+|up\s+to\s+|at\s+least\s+)?(?:half|a\s+third|"
    r"a\s+quarter|two[- ]thirds|most|[\d.]+\s*(?:%|per\s*cent))\s+(?:of\s+)?(?:its|their|his|our)\s+(?:strength|men|personnel)\b|"
    # "Korean units … had lost heavily": losses told by an adverb.
    r"(?:units?|troops|soldiers|forces|brigades?|battalions?|regiments?|compan(?:y|ies)|infantry|they|we)\s+"
    r"(?:[\w,-]+\s+){0,16}?(?:have\s+|has\s+|had\s+)?lost\s+(?:very\s+|so\s+|too\s+)?(?:heavily|badly)\b|"
    # "The real toll is likely to be considerably higher": a claim that more died than counted.
    r"(?:real|true|actual)\s+(?:death\s+)?(?:number|toll|figures?|count|losses)\s+(?:\w+\s+){0,2}?(?:is|are|was|were|could|would|"
    r"may|might)\s+(?:\w+\s+){0,4}?(?:higher|twice|double|several\s+times|three\s+times|far\s+more|much\s+more|greater)\b|"
    # "Of the eleven men in my squad, I am the only one I know to be alive"
    r"\bthe\s+only\s+one\s+(?:[\w'’]+\s+){0,5}?(?:alive|left|who\s+survived|who\s+made\s+it)\b|"
    # "his company had lost “half the guys”"
    r"lost\s+[\"“]?half\s+(?:the|its|their|his|our|my)\s+(?:[\w-]+\s+)?(?:men|guys|boys|soldiers|company|platoon|"
    r"battalion|unit|crew|infantry)\b|"
    # "Half of our platoon stayed in the tree line": left dead on the field.
    r"(?:half|most|many|some)\s+of\s+(?:our|my|his|their|the)\s+(?:platoon|company|unit|squad|battalion|men|guys|boys)\s+"
    r"(?:(?:stayed|remained)\s+(?:there|behind|out\s+there|in\s+the\s+(?:field|fields|snow|tree\s*lines?|woods|forest|mud|"
    r"trenches|trench|position))|never\s+made\s+it|never\s+came\s+back)\b|"
    # "30 households that have lost a son"
    # "women there have lost nephews in Kursk"
    r"(?:have|has|had)\s+lost\s+(?:(?:a|their|her|his|two|three)\s+)?(?:sons?|husbands?|fathers?|brothers?|nephews?|"
    r"grandsons?|cousins?)\b|"
    # "had cost the North Koreans roughly 200 men", "at a cost in men nobody wants to count"
    r"at\s+a\s+(?:heavy\s+|high\s+|terrible\s+|huge\s+)?cost\s+in\s+(?:men|lives|soldiers|blood)\b|"
    r"cost\s+(?:[\w-]+\s+){0,3}?(?:far\s+)?(?:fewer|more|so\s+many|too\s+many)\s+(?:men|lives|soldiers)\b|"
    r"cost\s+(?:the\s+(?:[\w-]+\s+){1,3}?)?(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?"
    r"(?:[\d,]+|hundreds\s+of|thousands\s+of|dozens\s+of|many|too\s+many)\s+(?:men|soldiers|lives|troops)\b|"
    # "lost huge numbers of soldiers", "had lost “very few men”", "lost many more of its own
    # soldiers than …"; "had lost “at least a company”", "lost a whole platoon".
    r"los(?:t|e|es|ing)\s+[\"“]?(?:(?:very|far|so|too)\s+)?(?:few|fewer|many(?:\s+more)?|more|(?:huge|large|great|vast)\s+numbers\s+of|"
    r"scores\s+of|a\s+lot\s+of|lots\s+of|countless)(?:\s+of\s+(?:its|their|our|his|her|my)\s+own)?\s+(?:[\w-]+\s+)?"
    r"(?:men|soldiers|troops|fighters|servicemen|personnel|people)\b(?![’']s)|"
    r"lost\s+[\"“]?(?:at\s+least\s+|almost\s+|nearly\s+|about\s+)?(?:a|an|one|two|three)\s+(?:whole\s+|entire\s+)?"
    r"(?:company|platoon|battalion|brigade|regiment|squad)\b(?!\s+of\s+(?:tanks|vehicles|armou?r|equipment|guns|drones))|"
    # "We lost one woman on the table": a doctor's loss of a patient.
    r"lost\s+(?:one|two|three|a)\s+(?:woman|man|patient|child|girl|boy)\b|"
    # "his detachment of some 200 foreigners had been reduced to fewer than 60 men able to fight"
    r"reduced\s+to\s+(?:fewer\s+than|less\s+than|only|just|barely)\s+[\d,]+\s+(?:men|soldiers|fighters)\b|"
    # "We lost our commander": a loss of people named by a possessive.
    r"lost\s+(?:our|their|his|her|its|my)\s+(?:[\w-]+\s+)?(?:commanders?|comrades?|men|soldiers|"
    r"friends?|brothers?|sons?|husbands?|fathers?|relatives|guys|boys)|"
    # "We lost no one", "we are losing good guys", "losing a platoon a day".
    # "lost more than half its strength", "lost around 40 percent of their personnel".
    r"lost\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|almost\s+|up\s+to\s+)?(?:half|a\s+third|"
    r"a\s+quarter|a\s+fifth|a\s+tenth|two-thirds|three-quarters|most|[\d.]+\s*(?:percent|per\s+cent|%))\s+(?:of\s+)?(?:its|their|his|"
    r"our|the)\s+(?:[\w-]+\s+)?(?:strength|personnel|men|troops|soldiers|fighters|manpower)\b|"
    r"not\s+lost\s+(?:a\s+single|one|any)\s+(?:[\w-]+\s+)?(?:man|men|soldiers?|servicem[ae]n|person|fighters?|sailors?)\b|"
    r"(?:lost|los(?:e|es|ing))\s+[\"“]?(?:nearly\s+|almost\s+|practically\s+)?(?:no\s+one|nobody|none|anyone|anybody|any\s+(?:men|soldiers|servicemen)|(?:not\s+)?(?:a\s+single|one)\s+"
    r"(?:man|soldier|serviceman|person|fighter|sailor|comrade)|(?:(?:good|brave|young|some|more|many|so\s+many|too\s+many|"
    r"a\s+lot\s+of|lots\s+of|our\s+best)\s+){0,2}(?:guys|boys|lads|men|people|soldiers|comrades)\b(?![’'])|"
    r"(?:a|an|one|two|three|half\s+(?:a|its|their|his|our)|(?:a\s+|an\s+)?(?:whole|entire))\s+"
    r"(?:[\w-]+\s+)?(?:platoons?|compan(?:y|ies)|battalions?|squads?|regiments?|brigades?|groups)\b"
    r"(?![’']s))|toll",
}
# Several hundred alternatives: scanned by first character (the same matches as one pattern).
_OUTCOME = WordAlternation((name, _lowered(words)) for name, words in _OUTCOME_WORDS.items())
# How far before its first stem an outcome match can start, with room to spare ("only a
# handful of men from his platoon came back").
_LONGEST_LEAD = 160
# Every outcome match contains one of these word beginnings: a unit without any is skipped with
# one search (most units of a news article are not about casualties).
_OUTCOME_STEMS = [
    *(
        "kill fallen dead died dies death fatal perish lives bodies elimin liquid neutral slain gone cemeter "
        "bloodi picked wiped decimat annihil surviv wound injur hurt maim burns hospital captur captiv abduct kidnap "
        "filtration "
        "prisoner surrend missing unaccounted casualt loss lost lose losing toll returned alive detention "
        "holding holds held vanished dying fell standing nobody none graves corpse victim body save "
        "fewer cost caught trapped shrapnel operated glass surviving funerals fractures vanish suffocated "
        "drowned burned froze starved harmed fate shot executed execution tortured exhumed disappeared slaughtered "
        "rubble debris ruins basement filtration whereabouts die bury shrapnel murder extermin cuts lacerat "
        "bruis contusion"
    ).split(),
    # Common words only in the phrase that makes them an outcome: a unit with "down", "taken" or
    # "destroyed" alone (most war reporting) is not sent through the full scan.
    "down to", "make it", "scratch", "shed ", "shedding", "return from",
    *(f"destroyed {q}" for q in ("about", "around", "roughly", "some", "over", "nearly", "more", "up", "at", *"123456789")), "returned from", "brought back", "seen again", "seen back", "not walk",
    "n't walk", "n’t walk", "not walk", "cannot walk", "unable to walk", "remains of", "remains were", "remains have", "remains had",
    *(f"{p} away" for p in ("him", "her", "them", "men", "taken", "took", "led")),
    *(f"saw {p} again" for p in ("him", "her", "them")),
    *(f"{v} {q}{a}destroyed" for v in ("been", "was", "were") for q in ("", "“", '"')
      for a in ("", "practically ", "almost ", "completely ", "totally ", "effectively ", "largely ", "virtually ")),
    "mortal remains", "left out of", "are left", "were left", "is left", "still fit", "still able", "still alive", "still standing",
    "still in the line", "reduced to", "almost everyone", "nearly everyone", "practically everyone",
    "virtually everyone", "almost everybody", "nearly everybody", "all of them",
    "hands up", "hands raised", "ukrainian hands", "russian hands", "enemy hands", "holding facility", "where they fell", "where he fell", "where she fell",
    "no one", "only one", "last man", "still with", "now there are", "t come back", "not come back", "never come", "never came", "detained", "buried", "concuss", "without his",
    "without her", "without their", "without a", "without one", "without both", "blinded", "down their", "down his",
    "reduced to", "make it back", "made it back", "shot", "executed", "not come", "not return", "been seen", "been taken", "lost no", *(f"{a} {n}" for a in ("real", "true", "actual")
                               for n in ("number", "toll", "figure", "count", "losses", "death")), "half the", "half its", "half their", "half his", "half our", "half my",
    *(f"{n} {v}" for n in ("platoon", "company", "unit", "squad", "battalion", "men", "guys", "boys")
      for v in ("stayed", "remained")), "never made", "lost a", "lost their", "lost two", "lost three", "walked out", "came out", "crawled out", "crawled back", "got back", "bandaged",
    *(f"lost {p}" for p in ("his", "her", "their", "my", "our", "a", "an", "both", "one")), "his life", "her life", "posthum",
    *(f"{w} {a}left" for w in ("of us", "of them") for a in ("", "are ", "were ")),
    *("cut down", "torn", "blown", "ripped", "shattered", "be hit", "been hit", "were hit", "was hit",
      "got hit", "condition", "been found", "nobody has found", "nobody had found", "nobody ever found", "came back", "coming back", "collect", "pick", "bury", "buries", "buried",
      "burying", "retriev", "lying", "laid to rest", "coffins", "funeral", "custody", "led away", "made it", "got out", "walked out", "come back", "comes back", "come home",
      "are left", "were left", "is left", "was left", "on their feet", "on his feet", "on our feet",
      *(f"{v} {p}" for v in ("blew", "blow", "blows", "blowing", "blown") for p in ("himself", "themselves", "herself")),
      "cut them down", "cut him down", "cut us down", "replac", "been heard", "martyr", "came home", "comes home", "coming home", "sent home", "went home",
      "two-hundreds", "three-hundreds", "cargo", "gruz", "comes back", "came back", "picked", "200s and", "300s and", "burials", "lie in", "rest in", "out of action"),
]
# Written as a prefix tree (each letter tested once): the scan every unit pays stays cheap.
_OUTCOME_STEM = re.compile(trie_pattern(_OUTCOME_STEMS) + r"|pows?\b")
_PREFILTER = re.compile(r"(?<!\w)(?:" + _OUTCOME_STEM.pattern + ")")
# Every place a stem begins, overlapping ones too ("come back" inside "t come back").
_STEM_STARTS = re.compile(r"(?<!\w)(?=" + _OUTCOME_STEM.pattern + ")")

# "losses" about things, not people.
_THING_LOSS = _ci(
    r"(?<!\w)(?:loss(?:es)?\s+(?:of|in)\s+(?:(?!manpower|personnel)\w+\s+){0,2}(?:territory|ground|equipment|tanks?|vehicles?|armour|"
    r"ships?|aircraft|power|electricity|income|revenue|capacity|positions?|the\s+village|villages?|"
    r"control|access|life\s+support|\$|money|funds)\b|(?:tanks?|vehicles?|equipment|armour|ships?|"
    r"aircraft|artillery|systems?|drones?|ground|territory|financial|economic|territorial|material|"
    r"revenue|market|crop|harvest|output|production|job)\s+(?:\w+\s+){0,2}loss(?:es)?\b)"
)
_EXCHANGE = _ci(r"\b(?:exchang\w*|swap\w*|returned|freed|released|repatriat\w*|handed\s+over)\b")
_SWAP = _ci(r"\b(?:exchang\w*|swap\w*|freed|released|repatriat\w*|handed\s+over)\b")
_LIVES_OK = _ci(
    r"\b(?:lost\s+(?:their|his|her)\s+lives|claimed\s+(?:the\s+)?lives|"
    r"(?:sacrific\w*|gave|give|given|giving|laid\s+down)\s+(?:their|his|her|our)\s+(?:[\w-]+\s+)?lives|"
    r"lives\s+(?:are|were|have\s+been|had\s+been|will\s+be)\s+(?:being\s+)?lost|"
    # "at a cost of thousands of its own soldiers' lives", "The lives of North Korean soldiers
    # lost in Kursk were the price of …"
    r"cost\s+of\s+(?:[\w,’'-]+\s+){0,5}?lives|lives\s+of\s+(?:[\w-]+\s+){0,3}?(?:soldiers|men|troops|fighters)\s+(?:lost|killed)|"
    # "Our region paid for those months with the lives of more than 200 civilians"
    r"(?:paid|pay|pays|paying)\b[^.;]{0,60}?\bwith\s+(?:the\s+)?lives\s+of)\b"
)
_DEAD_IDIOM = _ci(r"\bdead(?:line|lock|\s+end)|toll\s+(?:roads?|booths?|free)\b")
# "toll" is about people only when nothing else follows "on": "a heavy toll on the economy" is not.
_TOLL_ON_THING = _ci(
    r"toll\s+on\s+(?!(?:\w+\s+){0,2}(?:troops|soldiers|forces|civilians|people|"
    r"units|army|men|crews?|residents|population)\b)"
)
_NOT_BODIES = _ci(
    r"(?:governing|international|public|state|official|regulatory|legislative|"
    r"advisory|government|security|law-enforcement|local|elected)\s+$"
)
# "hurt" of people is passive or negated ("two were hurt", "nobody was hurt"); "sanctions hurt
# the economy" is not a casualty.
_HURT_OK = _ci(
    r"(?:\b(?:was|were|been|being|is|are|got|get|anyone|anybody|nobody|no\s+one|"
    r"none|people|seriously|badly|slightly|lightly|critically)\s+(?:reported\s+)?)$"
)
_BURNS_OK = _ci(
    r"(?:\b(?:with|for|severe|serious|minor|suffered|sustained|received|degree|from|"
    r"and)\s+)$"
)
# "My neighbour at the next stall is gone": "is gone" only of a person.
_GONE_PERSON = _ci(
    r"\b(?:he|she|neighbou?r|friend|brother|sister|son|daughter|husband|wife|father|mother|comrade|"
    r"commander|colleague)(?:\s+[\w'’-]+){0,4}?\s+$|"
    r"\b(?:half|most|all|many)\s+(?:of\s+)?(?:the|our|my|his|its|a)\s+(?:company|platoon|unit|battalion|squad|guys|men|boys)\s+$"
)
_SURRENDER_NOT = _ci(
    r"(?:\b(?:refus\w*|not|never|no|demand\w*|call\w*|urg\w*|won't|threat\w*|"
    r"offer\w*|chance|opportunity)\s+(?:\w+\s+){0,4}(?:to\s+)?)$"
)
_NONE_SURRENDERED = _ci(r"\b(?:not\s+(?:one|a\s+single)|none|nobody|no\s+one)\b"
                        r"(?:\s+(?!(?:would|will|could|can|to|called|asked|urged|wanted|tried|ever)\b)[\w-]+){0,4}\s+$")
_OLD_WOUNDS = _ci(r"(?:\b(?:old|reopen\w*|open|heal\w*)\s+)$")
# "The wounded were taken to hospital", "relatives of the missing": the casualties of another
# sentence, not a new count (hospital logistics without a count are not a claim).
_COUNT_OF = _ci(
    r"(?:\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|all|most|many|several|"
    r"some|dozens|hundreds|thousands|half))\s+(?:(?:portraits|photos|photographs|names|graves|coffins|"
    r"obituaries)\s+)?of\s+$"
)
# Silence about figures, not a claim: "did not confirm that any soldiers had been captured".
# The verb is found first and the negation read back from it: cheaper than scanning for the
# negation everywhere.
_CONFIRM = _ci(r"\b(?:confirm|acknowledg|disclos)\w*")
_NOT_BEFORE = _ci(
    r"\b(?:(?:did|does|do|has|have|had|would|will)\s+(?:not|never)\s+(?:yet\s+)?|(?:didn|doesn|don|hasn|"
    r"haven|hadn|wouldn|won)[’']t\s+(?:yet\s+)?|(?:declined|refused|declines|refuses)\s+to\s+|"
    r"(?:rarely|seldom|never)\s+)$"
)
# "The dead were grandmothers", "the wounded included two children": who they were, a claim;
# "the dead were buried on Friday" is not.
_IDENTIFIED = _ci(
    r"\s+(?:were|was|are|included?|including)\s+(?!(?:\w+ed|being|been|still|taken|brought|buried|"
    r"flown|driven|sent|held|laid|not|also|in|at|to)\b)"
)
# ("… that the dead numbered around 2,000", "the wounded totalled some 4,000": a count.)
_PUT_AT = _ci(r"\s+(?:at|to|numbered|number|totall?ed|totals?|exceeded|stood\s+at|stand\s+at|ran\s+into)\s+(?:about\s+|around\s+|roughly\s+|some\s+|over\s+|more\s+than\s+|up\s+to\s+|at\s+least\s+|nearly\s+)?"
              r"(?:\d|several\s+(?:hundred|thousand)|(?:a\s+)?(?:few\s+)?(?:hundred|thousand)s?\b)")
_NOMINAL_WORDS = frozenset(("wounded", "injured", "dead", "missing", "killed"))
_NOMINAL = _ci(
    r"(?<!\w)the\s+(?:wounded|injured|dead|missing|killed)\b(?!\s+(?:soldiers?|men|"
    r"civilians?|people|troops|servicem[ae]n|fighters?|residents?|children|boys|girls|lads|guys))"
)

# People counted: "two children", "14 Russian soldiers", "hundreds of troops".
# Military ranks, people like "soldiers" (a rank in a quote's tag still says whose "we").
_RANK_WORDS = r"colonels?|generals?|sergeants?|lieutenants?|captains?|corporals?"
_PERSON_WORDS = (
    r"soldiers?|servicem[ae]n|troops|fighters?|sailors?|crews?|men|conscripts?|marines?|"
    r"paratroopers?|infantry(?:men)?|personnel|prisoners?|POWs?|officers?|pilots?|"
    r"mercenaries|volunteers?|commanders?|civilians?|people|residents?|children|child|"
    r"workers?|women|woman|girls?|boys?|passengers?|seafarers|staff|captives|guys|comrades|"
    r"gunners?|artillerymen|sappers?|operators?|snipers?|drivers?|" + _RANK_WORDS
)
_RANK = _ci(_RANK_WORDS)
_PEOPLE_COUNT = _ci(
    r"(?:\b\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|"
    r"dozens|hundreds|thousands|several|many|scores)\b)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:" + _PERSON_WORDS + r")\b"
)
_QUANTIFIED = _ci(
    r"(?:\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|"
    r"dozens|hundreds|thousands|several|many|scores|some|all|most|more|other|"
    r"fewer|remaining|those)\b)\s+(?:of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}$"
)

# Outcome verbs whose object may be a thing or a place: "eliminated two tanks", "captured the
# village", "captured Pokrovsk", "the depot was wiped out".
_OBJECT_VERBS = frozenset(
    "eliminated|eliminating|liquidated|liquidating|neutralised|neutralized|wiped out|decimated|annihilated|captured|picked off|"
    "cut down".split("|")
)
_THING_WORDS = (
    r"tanks?|vehicles?|armou?r|equipment|weapons?|guns?|howitzers?|artillery|drones?|UAVs?|"
    r"launchers?|systems?|radars?|depots?|warehouses?|positions?|trench\w*|strongholds?|"
    r"villages?|towns?|city|cities|settlements?|territory|ground|heights|bridgeheads?|targets?|"
    r"ships?|boats?|vessels?|aircraft|helicopters?|jets?|missiles?|ammunition|ammo|supplies|"
    r"posts?|infrastructure|bases?|airfields?|bridges?|fuel|outskirts|areas?|region|"
    r"districts?|hills?|lines?|trophies|documents|stocks?|threats?|kilometres?|hectares?|"
    r"buildings?|plants?|refiner(?:y|ies)|factor(?:y|ies)|items?|hubs?|road|roads|flags?|"
    r"footage|cargo|grain|crossings?|islands?|coast|farmland|fields?|trains?|cars?|trucks?|buses|lorries|"
    r"wagons?|convoys?"
)
_OBJECT_WORD = _ci(
    r"\b(?:(?P<person>" + _PERSON_WORDS + r"|man|him|her|them|he|she|they|we|us|(?:grand)?(?:daughters?|sons?)|"
    r"husbands?|wife|wives|brothers?|sisters?|mothers?|fathers?|relatives|neighbou?rs?|units|platoons?|"
    r"compan(?:y|ies)|battalions?|brigades?|regiments?|squads?)|"
    r"(?P<thing>" + _THING_WORDS + r"))\b"
)
# "the units around the village had been wiped out": a noun after a preposition is not the subject.
_MOVED_THROUGH = _ci(r"\b(?:across|through|over|along|into|towards?)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$")
_AFTER_PREPOSITION = _ci(r"\b(?:in|near|around|at|from|outside|inside|of|on|by|across|through|over|into|onto|towards?|along)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$")
_PREPOSITION_NEXT = _ci(
    r"\s*(?:[,.;:)]|(?:or|and)\s+(?:missing|wounded|injured|captured|killed)\b|(?:near|in|at|during|by|on|outside|while|after|since|"
    r"when|before|from|inside|into|around|over|last|this|earlier)\b)"
)
# "had been \"eliminated\" and two vehicles destroyed": a closing quote or a new conjunct, no object.
_NO_OBJECT_NEXT = re.compile(r"[\"”’']?\s*(?:[\"”’']\s*)?(?:(?:and|or|but)\b|[,.;:!?)]|$)")
_PLACE_NAME_NEXT = re.compile(r"\s+(?:of\s+)?[A-Z][a-z]")
_BLOC_ADJECTIVE_NEXT = re.compile(r"\s+(?:North\s+Korean|Russian|Ukrainian|Chechen|DPRK)\b")

_EVERYONE = _ci(r"\b(?:nobody|no\s+one|anyone|anybody|everyone|everybody)\b")

# Talk about casualty reporting rather than a claim: "the casualty figures have drifted apart",
# "Kyiv rarely discloses its losses", "both sides overstate the enemy's losses".
_META = _ci(
    r"\b(?:figures?|tall(?:y|ies)|numbers?|count(?:s|ed|ing)?|discloses?|disclosed|publish(?:es|ed)?|"
    r"acknowledg\w*|mention\w*|(?:give|provide|offer|release|produce)\s+(?:an?\s+|any\s+|its\s+own\s+)?(?:casualty\s+|loss\s+)?estimates?|"
    r"inflat\w*|overstat\w*|play(?:s|ed)?\s+down|avoid\w*|subject|"
    r"reporting|ledger|statistics|silen(?:t|ce)|feature[sd]?|said\s+(?:almost\s+|next\s+to\s+)?nothing|secret|"
    r"questions\s+about|break(?:s|ing)?\s+down|"
    # "Information on military operations, casualties and territorial control … is taken from …"
    r"(?:information|data)\s+on|"
    # "they did not tell us their losses either": who passes figures on, not a figure
    r"tell(?:s|ing)?\s+(?:us|me|them|anyone|anybody)\s+(?:about\s+)?(?:their|its|our|his|her|the)\s+losses|"
    # "declined to comment on reports of DPRK casualties": what was not talked about
    r"comment(?:ed|ing)?\s+on\s+(?:the\s+)?reports?\s+of)\b"
)
# A number, an intensity, or a denial turns talk about figures into a claim ("has dismissed the
# Ukrainian tallies" denies them). "any" alone does not: "has not acknowledged any losses" is
# silence, not a denial.
_CLAIM_SIGNAL = _ci(
    r"\b(?!(?:19|20)\d\d\b)\d|\b(?:suffer\w*|sustain\w*|inflict\w*|taking|took|taken\s+(?:[\w-]+\s+){0,2}?(?:losses|casualties)|heavy|significant|severe|"
    r"massive|catastroph\w+|serious|noticeable|mount\w*|huge|enormous|"
    r"considerable|minor|light|dozens?|hundreds|thousands|several|no\s+casualties|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?!\s+(?:minutes|seconds|hours|days|weeks|months|years|"
    r"kilometres|kilometers|km|miles|metres|meters|per\s*cent|percent))|"
    # A magnitude without a number: "losses were “minimal”", "many times lower", "staggering".
    r"staggering|minimal|negligible|insignificant|modest|substantial|devastating|terrible|appalling|"
    r"smaller|lower|fewer|greater|higher|"
    r"none|nobody|denied|denies|deny|dismiss\w*|reject\w*|grows|grew|growing|risen|rising|rises|climb\w*|doubled|tripled|halved)\b|"
    # An estimate: "officials put Ukraine's military dead at two or three times that figure".
    r"\bput\s+(?:[\w'’-]+\s+){1,8}?at\b|"
    # A figure judged: "We regard the Russian figure for Ukrainian losses as heavily inflated" (not
    # "every inflated casualty figure", a figure's kind).
    r"\b(?:is|are|was|were|be|been|as|called|calls|have|has|had)\s+[“\"‘]?(?:\w+ly\s+){0,2}[“\"‘]?(?:inflated|exaggerated|"
    r"overstated|understated)\b|"
    # "Moscow acknowledged losses", not "has never confirmed that …" nor "acknowledged that its
    # soldiers fought … but never published a figure for its dead".
    r"\b(?:confirmed|acknowledged|admitted|conceded)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:losses|casualties|dead|deaths|toll)\b"
)
# "has never publicly acknowledged any losses": silence, not an admission.
_NEGATED_ADMISSION = _ci(r"\b(?:never|not|n[’']t)\s+(?:\w+ly\s+)?(?:confirmed|acknowledged|admitted|conceded)\b")
# Figures of speech whose intensity words are not about people.
_METAPHOR = _ci(
    r"\bpa(?:y|ys|ying|id)\s+(?:a\s+|the\s+)?(?:heavy|high|steep|terrible|huge|"
    r"bloody|high)?\s*price\b|\bbleed\w*\s+(?:\w+\s+)?(?:dry|white)\b"
)
_GENERIC = frozenset(("casualty", "casualties", "loss", "losses", "toll", "death", "deaths", "dead", "the fallen", "victims"))
# Words that judge a figure wrong: "dismissed the estimate", "brushed the figures aside", "the
# numbers are pure propaganda", "both are almost certainly inflated". Adjectives and nouns count
# only as a predicate ("are …", "as …", "called …"): "both sides inflate the enemy's losses"
# describes a habit of reporting, not a verdict on a figure.
_DISMISS_VERB = _ci(
    r"(?<![\w-])(?:dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing)|"
    r"disput(?:ed|es|ing)|debunk(?:ed|s|ing)?|ridicul(?:ed|es|ing)|den(?:ied|ies|y|ying)|"
    r"(?:brush(?:ed|es|ing)?|wav(?:ed|es|ing)|laugh(?:ed|s|ing)?|shrug(?:ged|s|ging)?)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:aside|away|off))(?![\w-])"
)
_VERDICT = _ci(
    r"(?<![\w-])(?:inflated|exaggerated|overstated|fabricat(?:ed|ions?)|fictional|fiction|false|"
    r"fakes?|faked|lies|lie|propaganda|invented|fictitious|bogus|baseless|groundless|unfounded|"
    r"hoax(?:es)?|smears?|slander|provocations?|inventions?|disinformation|misinformation|nonsense|"
    r"absurd|made[- ]up|untrue|implausible|wishful\s+thinking|fantas(?:y|ies|tical)|fairy[- ]tales?)(?![\w-])"
)
# What links a verdict word to its figure, read backwards from the verdict: "are almost certainly
# …", "as …", "called the casualty figures …", 'called the figures "absolutely …'.
_VERDICT_LINK = _ci(
    r"(?<![\w-])(?:(?:is|are|was|were|be|been|being|as|looks?|looked|seems?|seemed|appears?|appeared)\s+"
    r"(?:[\w-]+\s+){0,3}?|(?:call(?:ed|s|ing)?|"
    r"brand(?:ed|s|ing)?|label(?:l?ed|s|l?ing)?|term(?:ed|s)?)\s+(?:[\w-]+\s+){0,6}?)[\"“‘']?(?:[a-z]+ly\s+)?$"
)

# Every dismissal starts with one of these. Scanned in one prefix tree with the outcome stems, the
# units that have neither (most of an article) cost a single search, no more than the outcome
# stems alone.
_DISMISSAL_STEMS = [
    *(
        "dismiss reject refut disput debunk ridicul deni deny brush waved waves waving laugh shrug inflated "
        "exaggerat overstated fabricat fiction false fake lie propaganda invented bogus baseless groundless "
        "unfounded hoax smear slander provocation invention disinformation misinformation nonsense absurd "
        "untrue implausible wishful fantas made-up fairy"
    ).split(),
    "made up",
]
_HINT = re.compile(r"(?<!\w)(?:" + trie_pattern(_OUTCOME_STEMS + _DISMISSAL_STEMS) + r"|pows?\b)")
_DISMISSAL_STEM_SET = frozenset(_DISMISSAL_STEMS)
_DISMISSAL_STEM = re.compile(r"(?<!\w)" + trie_pattern(_DISMISSAL_STEMS))


def _hints(low: str, hit: re.Match | None, *, outcome_too: bool = True) -> tuple[bool, bool]:
    """Return (an outcome stem is in ``low``, a dismissal stem is), from the ``_HINT`` match
    ``hit`` on.

    With ``outcome_too`` the scan stops at the first outcome stem, the dismissal answer then
    covering only the text before it: a unit with outcome words is a dismissal claim only when
    none of them is about people, which the caller finds out first. Without it the scan looks
    for a dismissal stem only.
    """
    dismissal = False
    while hit is not None:
        stem = hit.group(0)
        if stem in _DISMISSAL_STEM_SET or (" " in stem and " ".join(stem.split()) in _DISMISSAL_STEM_SET):
            dismissal = True
            if not outcome_too:
                break
        elif outcome_too:
            return True, dismissal
        hit = _HINT.search(low, hit.end())
    return False, dismissal


def _dismissals(low: str):
    """Yield the (start, end) of each dismissal in ``low``: a verb that rejects ("dismissed",
    "brushed … aside") or a verdict word as a predicate ("are pure propaganda")."""
    if not _DISMISSAL_STEM.search(low):
        return
    for m in _DISMISS_VERB.finditer(low):
        yield m.span()
    for m in _VERDICT.finditer(low):
        link = _VERDICT_LINK.search(low, max(0, m.start() - 80), m.start())
        if link:
            yield link.start(), m.end()


# What a dismissal that names no losses is aimed at: a figure. "Reports that the talks stalled"
# and "figures for exports" name other content; "the estimate on Friday" does not.
_FIGURE_WORDS = (
    r"figures?|numbers?|tall(?:y|ies)|estimates?|assessments?|counts?|totals?|statistics|data|"
    r"reports?|claims?|tolls?"
)
_VAGUE_FIGURES = ("report", "claim", "assessment")
_FIGURE = _ci(
    r"(?<![\w-])(?P<losses>" + _FIGURE_WORDS + r")(?![\w-])"
    r"(?!\s+(?:that|of(?!\s+(?:[a-z]+\s+){0,2}?\d)|about|for|on\s+(?!\w+day\b)|"
    r"(?:it|they|he|she|we)\s+(?:had|has|have|was|were|is|are|would|did)\b))"
)
_FIGURE_HINT = _ci(r"(?<![\w-])(?:" + _FIGURE_WORDS + r")(?![\w-])")
# "The figure combines killed and wounded": outcome words naming what a figure counts, not a count.
_COMPOSITION = _ci(
    r"(?<![\w-])(?:(?:casualty|death|loss)\s+)?(?:" + _FIGURE_WORDS + r")\s+(?:[\w-]+\s+){0,3}?"
    r"(?:combin|includ|exclud|lump|compris)\w*\s+(?:together\s+)?"
    r"(?:only\s+|both\s+|all\s+|those\s+)?(?:(?:killed|wounded|injured|dead|missing|"
    r"captured|deaths|injuries|fatalities|casualties|prisoners|losses|sick|and|or|the|as\s+well\s+as)"
    r"(?:\s*,?\s*|\b))+"
)
_DIGIT_OR_COUNT = _ci(r"\d|\b(?:" + _NUMBER_WORD + r"|dozens|hundreds|thousands|several|many|few)\b")
# "The wounded were taken to hospital": people arriving for care were wounded, a claim even
# without a count (ANNOTATION.md, section 6).
_CARE = _ci(
    r"(?<!\w)(?:hospitals?|clinics?|wards?|medics?|surgeons?|surgery|surgical|triage|"
    r"stabili[sz]\w*|evacuat\w*|treated|treatment|admitted|operating\s+(?:table|theatres?|rooms?))\b"
)


# --- victims -----------------------------------------------------------------------------------

_BLOC_WORDS = [
    (
        "dprk",
        r"North\s+Korean?s?|North\s+Korea[’']s|DPRK|KPA|Korean\s+People[’']s\s+Army|Pyongyang[’']s|"
        # "Pyongyang sent 11,000 troops": whose troops the next "of them" are.
        r"Pyongyang(?=\s+(?:has\s+|had\s+|have\s+)?(?:sent|deployed|dispatched|rotated)\b)|"
        r"Koreans|(?<!South\s)Korean|"
        # North Korea's 11th Army Corps, the "Storm Corps" ("Pokpung"), sent to Kursk.
        r"Storm\s+Corps|(?:11th|Eleventh)\s+(?:Army\s+)?Corps|Pokpung",
    ),
    (
        "russia",
        r"Russian|Russians|Russia[’']s|Russia|Moscow[’']s|Kremlin[’']s|Chechens?|Akhmat|Wagner|"
        r"Rosgvardia|Storm[- ]Z|(?:Black\s+Sea|Northern|Pacific|Baltic)\s+Fleet(?:[’']s)?|Kadyrovites",
    ),
    (
        "ukraine",
        r"Ukrainian|Ukrainians|Ukraine[’']s|Ukraine|Kyiv[’']s|Kiev[’']s|Azov|Aidar|Kraken|"
        r"Armed\s+Forces\s+of\s+Ukraine|AFU|ZSU|VSU|Territorial\s+Defen[cs]e|International\s+Legion",
    ),
]
# Every bloc word starts with a capital: the look-ahead fails fast at the other word starts (the
# same matches, a quarter faster).
_BLOC = re.compile(r"(?=[A-Z])" + _word_groups(_BLOC_WORDS))
# "residents of the region serve", "348 residents of the city who served in the armed forces",
# "athletes who enlisted": soldiers, whatever their home or trade.
# Attrition told by who is no longer there, and the enemy's units ("every unit we face") that are not one's own.
_FEWER_FACES = _ci(r"\bfewer\s+(?:and\s+fewer\s+)?(?:(?:familiar\s+)?faces|of\s+the\s+(?:old|original)\s+(?:guys|boys|men|lads))\b")
_FACING = _ci(r"\b(?:we|they)\s+(?:face|faced|are\s+facing|were\s+facing)\b|\bfacing\s+us\b|\bopposite\s+us\b")
_SERVED = _ci(r"\b(?:served|serving|enlisted|were\s+mobili[sz]ed|went\s+to\s+the\s+front)\b")
_SERVE_AFTER = _ci(r"(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?,?\s+(?:who\s+(?:had\s+|have\s+)?)?(?:now\s+)?"
                   r"(?:serve|served|serving|fight|fought|fighting|enlisted|volunteered|were\s+mobili[sz]ed|went\s+to\s+the\s+front|"
                   r"(?:went|were\s+sent)\s+to\s+(?:the\s+)?(?:war|fight|front|Russia|Kursk))\b")
_OFFICIAL_DUTY_DEATH = _ci(r"\b(?:while|when)\s+(?:performing|carrying\s+out)\s+(?:combat|military)\s+(?:tasks|duties|missions)\b|"
                           r"\bin\s+the\s+(?:zone|area)\s+of\s+the\s+special\s+military\s+operation\b|"
                           r"\bin\s+the\s+performance\s+of\s+(?:his|their|her)\s+military\s+duty\b")
_DEMONYM_PEOPLE = re.compile(r"(?:North\s+)?Koreans|Russians|Ukrainians|Chechens")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)”\"’]|$)")
# What each side calls the other's soldiers: the word itself names the bloc.
_SIDE_NOUNS = _ci(
    _word_groups(
        [
            # (Moscow's "neo-Nazi occupiers" in Kursk are Ukraine's soldiers: below.)
            ("russia", r"(?<!neo-nazi\s)(?<!neo-nazi\s\s)(?:occupiers|invaders)|occupying\s+forces|orcs|rashists"),
            # Pyongyang's own name for its men in Russia: "soldiers who fell in the overseas operation".
            ("dprk", r"overseas\s+operation(?:s|al)?(?:\s+units?)?|overseas\s+military\s+operation|expeditionary\s+force"),
            (
                "ukraine",
                # "Foreign mercenaries" is Moscow's name for the foreigners who fight for Ukraine.
                r"neo-Nazis|neo-Nazi\s+(?:occupiers|invaders|militants|formations|units|fighters)|Nazis|nationalists|"
                r"Banderites|militants|foreign\s+mercenar(?:y|ies)|"
                # (And the foreigners it names, "Georgian “mercenaries”", or its word in the
                # journalist's quotation marks: Ukraine's foreign volunteers.)
                r"(?:Georgian|Polish|Colombian|British|American|French|Canadian|Western|NATO)\s+[“\"]?mercenar(?:y|ies)|"
                r"[“\"]mercenar(?:y|ies)[”\"]|"
                # The regime as the one that loses, not the one blamed ("a staging by the Kyiv regime").
                r"Kyiv\s+regime(?:'s)?(?:\s+(?:troops|forces|fighters|formations|losses)|(?=\s+(?:has\s+|had\s+)?"
                r"(?:lost|suffered)\b))|(?<=losses\sof\sthe\s)Kyiv\s+regime|"
                r"(?<=cost\sthe\s)Kyiv\s+regime",   # "cost the Kyiv regime 74,000 soldiers"
            ),
        ]
    )
)
# Every side noun contains one of these: most units skip the scan.
_SIDE_NOUN_HINTS = tuple("occup invad orcs rashist nazi nationalist bander militant regime mercenar overseas expeditionary".split())
_CIVILIAN_WORDS = [
    *(
        f"{w}{suffix}"
        for w in (
            "civilian resident girl boy passenger worker pensioner journalist infant teenager driver "
            "neighbour neighbor grandmother grandfather vendor trader stallholder shopkeeper"
        ).split()
        for suffix in ("", "s")
    ),
    "security guard", "security guards", "men from the village", "men from the town", "unarmed men", "unarmed man", "old couple", "elderly couple", "old man", "old woman", "old men",
    "local women", "local woman", "local people",
    "old women",
    *(
        "people children child women woman staff families family non-combatants inhabitants villagers "
        "patients doctors rescuers seafarers pedestrians students teachers firefighters paramedics farmers "
        "miners employees elderly babies baby schoolchildren worshippers shoppers commuters grandparents "
        "customers"
    ).split(),
]
# A prefix tree of the words (each letter tested once): scanned in every claim.
# (And volunteers who bring aid, not those who fight: "two volunteers of the Humanitarian Centre".)
_CIVILIANS = re.compile(r"(?<!\w)(?:" + trie_pattern(_CIVILIAN_WORDS) + r"|\d+-year-old\s+m[ae]n|"
                        r"(?:aid|humanitarian|relief)\s+volunteers?|volunteers?\s+(?:of|from|with)\s+(?:the\s+|an?\s+)?"
                        r"(?:[\w-]+\s+){0,2}?(?:humanitarian|aid|relief|charity|red\s+cross))\b")
_STRONG_CIVILIAN = frozenset(("civilian", "civilians", "non-combatants"))
_WEAK_CIVILIAN = frozenset(("people", "family", "families", "staff"))
_UNIT_POSSESSIVE = _ci(
    r"\b(?:battalion|brigade|regiment|company|platoon|unit|army|navy|division|corps)[’']s\s+(?:[\w-]+\s+)?$")
_CIVILIAN_HEAD = _ci(r"(?:" + _CIVILIANS.pattern + r")$")

_PERSON_AFTER = _ci(
    r"(?:[\s-]+[\w'’-]+){0,2}?\s+(?P<noun>(?:" + _PERSON_WORDS + r"|uniforms?|"
    r"units?|brigades?|battalions?|regiments?|divisions?|companies|company|"
    r"platoons?|army|military|forces|formations?|navy|fleet|groups?|contingent|"
    r"servicewomen|guardsmen|defenders|crew|garrisons?)\b)"
)
# A bloc word attached to the outcome noun: "Russian losses", "Ukraine's military casualties",
# "the Ukrainian side had lost".
_OUTCOME_AFTER = _ci(
    r"(?:\s+[\w-]+)?\s+(?P<noun>losses|casualties|deaths|dead|death\s+toll|"
    r"fatalities|POWs|prisoners|wounded|captives|bodies)\b|"
    r"\s+(?:side\s+(?:(?:has|had|is|was)\s+)?|(?:has|have|had|is|are|was|were)\s+(?:also\s+)?)(?P<verb>lost|losing)\b"
)
# A country's bare name followed by a verb is the state acting ("Russia had confirmed …").
_STATE_ACTS = _ci(
    r"\s+(?:has|have|had|is|was|will|would|did|does|could|can|must|may|says|said|claims|claimed|holds|held|"
    r"admits|admitted|keeps|kept|took|takes|captured|captures)\b"
)
_STATES = frozenset(("Russia", "Ukraine", "North Korea", "Pyongyang"))
_POSSESSIVE_BEFORE = _ci(r"\b(?:their|his|her|its|whose|our|my)\s+$")
_WEAPON_AFTER = _ci(
    r"(?:\s+[\w-]+)?\s+(?:missiles?|rockets?|drones?|UAVs?|strikes?|airstrikes?|"
    r"attacks?|shelling|shells?|bombs?|bombing|bombardment|artillery|fire|"
    r"offensive|assaults?|raids?|incursion|counteroffensive|barrage|mines?|"
    r"gunfire|shot|sniper|air\s+force|aviation|jets?|warplanes?|glide|guided|"
    r"ballistic|cruise|forces\s+(?:killed|shot|captured|struck|hit|shelled))\b"
    # "Russian assault groups", "drone operators": the weapon word names people's trade.
    r"(?!\s+(?:[\w-]+\s+)?(?:groups?|units?|detachments?|troops|brigades?|battalions?|compan(?:y|ies)|"
    r"teams?|squads?|crews?|operators?|soldiers|servicemen|men|personnel|gunners|fighters)\b)"
)
# A bloc's ship, column or position: the force the next sentences may count losses in.
_SUFFERED = _ci(
    r"\s+(?:(?:were|was|are|is|have|has|had)\s+)?(?:been\s+)?(?:suffering|suffered|suffers?|sustaining|sustained|"
    r"sustains?|taking|took|takes?|incurring|incurred|incurs?|accepting|accepted|accepts?|absorbing|absorbed|absorbs?)\b"
)
_MEMBER_OF_BEFORE = _ci(
    r"\b(?:soldiers?|servicem[ae]n|servicewom[ae]n|officers?|fighters?|members?|troops|sailors?|marines?|sons|heroes)\s+"
    r"of\s+(?:the\s+)?$"
)
_ASSET_AFTER = _ci(
    r"(?:\s+[\w-]+){0,2}?\s+(?:ships?|vessels?|columns?|convoys?|positions?|trenches|"
    r"lines|tanks?|bases?|boats?|submarines?|helicopters?|aircraft|warships?)\b"
)
_CAPTOR_AFTER = _ci(
    r"(?:\s+[\w-]+)?\s+(?:captivity|custody|captors?|guards?|detention|prisons?|"
    r"camps?|jailers|cells|colon(?:y|ies)|interrogators|hands)\b"   # "fell into Russian hands": the captor
)
_INSTITUTION_AFTER = _ci(
    r"(?:\s+[\w-]+)?\s+(?:officials?|authorities|government|ministry|ministries|media|outlets?|channels?|"
    r"videos?|footage|recordings?|photos|images|fakes?|lies|propaganda|provocations?|"
    r"Telegram|bloggers?|blog|state|news|agency|intelligence|sources?|spokes\w+|president|embassy|"
    r"diplomats?|delegations?|side|version|accounts?|claims?|figures?|estimates?|tallies|tally|"
    r"statements?|reports?|General\s+Staff|Defen[cs]e|Foreign|Interior|Energy|ombuds\w+|"
    r"commissioner|parliament|lawmakers|officers\s+(?:said|told)|leadership|regime|economy|"
    r"region|oblast|territory|border|soil|capital|cities|city|towns?|villages?|airspace|regions|"
    r"language|anthem|flags?|passports?|citizenship|courts?|prosecutors?|investigators?|"
    r"broadcaster|TV|television|channel|analysts?|experts?|military\s+(?:intelligence|bloggers?|"
    r"blog|said|says))\b"
)
_LOCATIVE_BEFORE = _ci(
    r"\b(?:in|inside|into|across|to|from|within|over|throughout|at|near|"
    r"toward|towards|against|with|and|for)\s+$"
)
# "killed by a Russian missile", "surrendered to Ukrainian forces": the other party; "… before we
# ever saw a Ukrainian soldier", "fighting against Russian troops": the enemy in view.
_BY_BEFORE = _ci(r"\b(?:by|(?:surrender\w*|lost|losses)\s+to|(?:ever|even|never)\s+(?:saw|seen|spotted|met)|against)\s+"
                 r"(?:a\s+|an\s+|the\s+|any\s+|single\s+)?(?:[\w-]+\s+)?$")
# Who holds a place or tries something is there, not the perpetrator: "a position manned by North
# Korean artillerymen", "an attempt by a Ukrainian sabotage group".
_MANNED_BY = _ci(r"\b(?:manned|crewed|staffed|garrisoned|defended|attempts?|bid)\s+by\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?$")
_COUNTRY = re.compile(r"(?:Russia|Ukraine|North\s+Korea)(?:[’']s)?$")
# The group is the agent of an active outcome verb: "Ukrainian forces captured 14 soldiers".
_COUNT_BEFORE = _ci(r"(?:\d[\d,]*|dozens\s+of|hundreds\s+of|thousands\s+of)\s+$")
_AGENT_VERBS = (
    r"(?:(?:would|will|could|can|might|may)\s+(?:not\s+)?(?:kill|capture|shoot|execute|torture)|"
    # "accused Ukrainian troops of killing residents": the accused are the perpetrators.
    r"of\s+(?:deliberately\s+)?(?:killing|shelling|shooting|executing|torturing|targeting|bombing)|killed|captured|took(?!\s+part|(?:\s+[“\"]?(?:very|heavy|serious|significant|huge|severe|high|some|more|few|the|its|their|his|our|own|many|only|minimal|light|negligible|insignificant|moderate|considerable)[”\"]?)*\s+(?:losses|casualties)\b)|taken(?!\s+(?:part|prisoner|captive|hostage)|(?:\s+[“\"]?(?:very|heavy|serious|significant|huge|severe|high|some|more|few|the|its|their|his|our|own|many|only|minimal|light|negligible|insignificant|moderate|considerable)[”\"]?)*\s+(?:losses|casualties)\b)|eliminated|wounded|"
    r"shot|destroyed|inflicted|exterminated|murdered|annihilated|decimated|slaughtered|"
    r"wiped|struck|hit|shelled|attacked|neutrali[sz]ed|picked|ambushed|fired|launched|bombed|targeted|pounded|"
    r"repelled|repulsed|renewed|pushed|advanced|retook|recaptured|regained|seized|stormed|overran|"
    r"released|published|posted|aired|showed|filmed|holds|holding|held|"
    # "Ukrainian troops had recovered papers from 40 bodies", "Russian crews are burning the
    # bodies": who handles the dead is not among them.
    r"(?:are\s+|were\s+)?(?:now\s+)?(?:recovered(?!\s+from)|collected|counted|bur(?:ied|ying)|burn(?:ing|ed|t)|"
    r"found(?!\s+dead)))\b"
)
_AGENT_AFTER = _ci(
    # After "have", "had": active, whatever follows ("had killed or wounded more than 4,000").
    r"\s*(?:,\s*)?(?:(?:have|has|had)\s+(?:\w+ly\s+)?" + _AGENT_VERBS + r"|"
    # (A killing verb the article quotes: 'Korean units had “annihilated” more than 700'.)
    r"(?:(?:have|has|had)\s+)?[“\"](?:\w+ly\s+)?(?:annihilated|wiped|killed|destroyed|eliminated|exterminated|decimated|"
    r"captured)\b|"
    r"(?:reportedly\s+|also\s+)?(?:\w+ly\s+)?" + _AGENT_VERBS +
    # "soldiers killed in combat" is a reduced passive, not an agent.
    r"(?!" + _PREPOSITION_NEXT.pattern + r")"
    # "Ukrainian forces were holding at least a dozen as prisoners": a progressive is active too.
    r"|(?:are|is|were|was)\s+(?:still\s+|now\s+)?(?:holding|shelling|attacking|firing|pushing|advancing|targeting|"
    r"bombing|storming|pounding|killing|capturing)\b"
    # "the Ukrainian neo-Nazis who shot peaceful residents …": a relative clause's killers.
    r"|who\s+(?:had\s+|have\s+|has\s+)?(?:shot|killed|executed|murdered|tortured|shelled)\b)"
)
# "patients admitted overnight", "admitted to hospital": taken in, not admitting something.
_ADMITTED_WHERE = r"\s+(?:to|into|in|at|overnight|with|on|since|after|during|last|this|yesterday)\b"
_ADMITTED_TO = _ci(r"\s+admitted" + _ADMITTED_WHERE)
_REPORTING_AFTER = _ci(r"\s*,?\s+(?:who\s+)?(?:" + reporting_verb_pattern() + r")(?![\w-])")
# A count of soldiers and civilians together: neither group alone.
_MIXED_PATTERN = r"\b(?:soldiers|troops|servicemen)\s+and\s+civilians|\bcivilians\s+and\s+(?:soldiers|troops|servicemen)"
_MIXED = _ci(_MIXED_PATTERN)
# "on both sides of the border": a place, not the two blocs.
_OF_PLACE = r"(?!\s+of\s+the\s+(?:[\w-]+\s+)?(?:border|river|boundary)\b)"
# "Neither set of figures", "both tallies": two sides' counts weighed together; "did not say how
# many of them were soldiers": a count that mixes soldiers and civilians.
_BOTH_SIDES = _ci(
    r"(?<!\w)(?:(?:both|each|either|neither)\s+(?:sides?|armies|militaries|countries)\b" + _OF_PLACE + r"|"
    r"(?:the\s+)?two\s+(?:ministries|armies|militaries|sides|governments|defence\s+ministries)\b|"
    r"all\s+(?:sides|armies)\b(?!\s+of\b)|"
    r"how\s+many\s+(?:of\s+(?:them|those(?:\s+[\w-]+)?|the\s+[\w-]+)\s+)?(?:were|are|was)\s+"
    r"(?:soldiers|civilians|servicemen|combatants|military|troops)\b|"
    + _MIXED_PATTERN + r"|"
    r"the\s+other[’']s\s+(?:soldiers|troops|forces|losses|dead|men)\b|"
    r"on\s+both\b(?!\s+sides?" + _OF_PLACE + r")|both\s+(?:Russian\s+and\s+Ukrainian|Ukrainian\s+and\s+Russian)\b|"
    r"neither\s+(?:set|figure|tally|count|estimate|account|version|claim|number)s?\b|"
    r"both\s+(?:sets|figures|tallies|counts|estimates|accounts|versions|claims|numbers)\b)"
)
_ANY_BLOC = "|".join(v for _, v in _BLOC_WORDS)
# "Russian and Ukrainian soldiers": two blocs joined, so the claim weighs both.
_BLOC_PAIR = re.compile(
    r"\b(?:" + _ANY_BLOC + r")\s*,?\s+(?:and|or|as\s+well\s+as)\s+(?:" + _ANY_BLOC + r")\b"
)

# "The enemy" as people; not "enemy fabrications" or "enemy drones" (what the enemy says or fires).
_ENEMY = _ci(
    # "the two battalions facing us": who stands opposite the speaker's side.
    r"\b(?:facing|opposite|attacking)\s+(?:us|our\s+(?:positions?|lines?|trenches|sector|brigade|battalion|company|unit))\b|"
    r"\b(?:the\s+enemy|enemy|the\s+adversary|opponent|the\s+attackers)\b(?!\s+(?:fabrications?|propaganda|lies|claims?|reports?|"
    r"fakes?|disinformation|sources?|media|channels?|drones?|artillery|strikes?|shelling|fire|attacks?|missiles?|"
    r"hands)\b)(?<!hands\sof\sthe\senemy)"   # "fell into enemy hands": the enemy holds them
    # "The enemy spreads lies that we have lost thousands": the enemy as a liar, not a loser
    r"(?!\s+(?:spreads?|spreading|tells?|claims?|invents?|peddles?)\s+(?:lies|stories|fables|fakes|that)\b)"
)
# First person in a quote, or "his own battalion": the claimant's own side.
# "we" and "my" of a claim's source, not of its victims: "we believe more than 40 sailors were
# killed", "my own estimate", "we stopped counting the bodies", "according to our defence ministry".
# (Not a yardstick: "the Koreans had taken heavy losses, much heavier than ours".)
_OWN = _ci(
    r"(?<!\bthan\s)\b(?:our|ours|we|us|my|(?:his|her)\s+own)\b"
    r"(?!\s+(?:(?:own\s+)?(?:estimates?|counts?|assessments?|tall(?:y|ies)|figures?|sources?|information|data|view|"
    r"reading|guess|calculations?)\b|(?:[\w-]+\s+)?(?:ministry|government|president|officials?|embassy|authorities|"
    # ("according to our General Staff", "our medics gave him all the help": who counts or cares.)
    r"intelligence|command|staff|medics|doctors|surgeons|nurses|paramedics|partners|diplomats)\b|(?:now\s+|still\s+|also\s+|stopped\s+)?(?:believe|think|estimate|assess|know|"
    r"understand|suspect|expect|count\w*|collect\w*|saw|see|found|recovered)\b|are\s+told\b))"
)
# "its own losses", "its servicemen": the actor named before.
_ITS_OWN = _ci(
    r"\b(?:its|their)\s+(?:(?P<own>own)\b|(?:[\w-]+\s+)?(?:soldiers|servicemen|troops|men|forces|"
    r"personnel|crews?|sailors|fighters|infantry|units|army|losses|casualties|dead|wounded)\b)"
)
_BODY_BEFORE_ITS = _ci(r"\b(?:ministry|general\s+staff|headquarters|command|military|army|government|kremlin)\b")
_UNIT_NOUN = _ci(
    r"\b(?:company|platoon|battalion|brigade|regiment|unit|squad|division|detachment|crew|group)\b"
)
_ACTOR = re.compile(
    r"(?P<russia>\b(?:Moscow|Kremlin|Russia)\b)|(?P<ukraine>\b(?:Kyiv|Kiev|Ukraine)\b)|"
    r"(?P<dprk>\b(?:Pyongyang|North\s+Korea)\b)"
)
# "We killed twenty of them": first person as the agent makes the other side the victim.
# "our boys", "two of our guys": the claimant's own people, named as the subject of the outcome.
_OWN_PEOPLE = _ci(r"\bour\s+(?:[\w-]+\s+){0,2}?(?:boys|guys|lads|men|soldiers|troops|fighters|comrades|marines|"
                  r"paratroopers|servicemen)\b(?=[^.;:]*$)")
_OWN_AGENT = _ci(
    # ("In one assault, he said, his men counted 41 bodies": the claimant's men, reported.)
    r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|men|crew|unit|company|platoon|battalion|squad|"
    r"scouts|gunners)\s+(?:had\s+|have\s+)?counted\b|"
    r"\b(?:we|(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|units?|soldiers|guys|men|boys|"
    r"fighters|drones?|artillery|gunners|operators|defenders|company|battalion|brigade|platoon|crews?|teams?|pilots|"
    r"battery|squad|regiment|detachment|scouts|snipers|sappers|marines|paratroopers))"
    # "my company alone killed more than 200 of them"
    r"\s+(?:alone\s+|itself\s+|also\s+)?(?:have\s+|had\s+)?"
    r"(?:\w+ly\s+)?(?:killed|captured|eliminated|wounded|took|taken|destroyed|wiped|"
    r"neutrali[sz]ed|picked|inflicted|counted|cut\s+(?:them|the\s+\w+)\s+down|mowed)\b"
)
# "our street", "my family": a resident's own people, not an army's.
_OWN_CIVIL = _ci(
    r"(?:our|my)\s+(?:[\w-]+\s+)?(?:street|town|city|village|building|block|house|home|neighbou?rs?|"
    r"famil(?:y|ies)|children|kids|district|yard|flat|apartment|school|hospital)\b"
)
# "40 bodies in front of our position": the dead before a side's lines are the attackers.
_BEFORE_OWN_LINES = _ci(r"\b(?:in\s+front\s+of|before)\s+(?:our|my)\s+(?:[\w-]+\s+)?(?:positions?|trench(?:es)?|lines?)\b")
_OWN_DEFENDER = _ci(r"\b(?:thanks\s+to|because\s+of)\s+(?:the\s+(?:\w+\s+)?(?:work|skill|efforts?)\s+of\s+)?$")
_CIVILIAN_ROLE = _ci(
    r"\b(?:crane\s+operator|dock\s*workers?|dockers?|nurse|doctor|surgeon|teacher|engineer|farmer|priest|"
    r"shop\s*(?:owner|keeper)|security\s+guard|caretaker|mayor)\b"
)


def _civilian_speaker(low: str, start: int) -> bool:
    """Whether the unit's attribution ("…,” said Serhiy Bondar, a crane operator") describes the
    speaker as a civilian: their "our" is their workplace's or street's people."""
    close = max(low.rfind("”"), low.rfind('"'))
    tag = low[close + 1 :] if close > 0 else ""
    head = low[:start]
    return any(
        part and (_CIVILIANS.search(part) or _CIVILIAN_ROLE.search(part)) and not _MILITARY.search(part)
        for part in (tag, head)
    )


# "his unit", "my comrades": the speaker's own side.
_OWN_UNIT = _ci(
    r"(?<!\w)(?:his|her|my|our)\s+(?:own\s+)?(?:assault\s+|rifle\s+|motorised\s+|infantry\s+|drone\s+|artillery\s+)?"
    r"(?:units?|battalion|brigade|platoon|company|"
    r"regiment|battery|crew|comrades|men|guys|boys|division|squad|detachment)\b|"
    # A spokeswoman's "the brigade's soldiers": the unit she speaks for.
    r"\bthe\s+(?:brigade|battalion|regiment|company|unit|platoon)[’']s\s+(?:[\w-]+\s+)?(?:soldiers|servicemen|men|fighters)\b|"
    # A side's own word for its soldiers, with no bloc on it: Kyiv's "27 defenders with serious wounds".
    r"(?<![\w-])defenders\b"
)


def _plurals(words: str) -> list[str]:
    """Return each of the space-separated ``words`` and its plural in -s."""
    return [f"{w}{suffix}" for w in words.split() for suffix in ("", "s")]


_CIVILIAN_SITE_TERMS = [
    *_plurals(
        "apartment home house household market hospital school kindergarten supermarket playground cafe "
        "restaurant hotel high-rise terminal substation pipeline warehouse railway train church minibus farm "
        "administrative"
    ),
    *"residential bus buses churches refinery refineries factory factories".split(),
    *(
        f"{a} {b}"
        for a in ("shopping", "city")
        for b in ("centre", "center", "mall")
        if (a, b) != ("city", "mall")
    ),
    *(f"{a} {b}" for a in ("train", "railway", "bus", "pumping") for b in _plurals("station")),
    *(
        f"{a} {b}"
        for a in "power electricity thermal hydro hydroelectric hydropower nuclear heat heating gas coal "
        "chemical steel industrial".split()
        for b in (*_plurals("plant station"), "facility", "facilities")
    ),
    *(
        f"{a} {b}"
        for a in ("fuel", "oil", "gas")
        for b in (*_plurals("depot"), "storage", "facility", "facilities")
    ),
    *(
        f"{a} {b}"
        for a in ("energy", "industrial")
        for b in ("facility", "facilities", "infrastructure", *_plurals("enterprise site"))
    ),
    *(f"rail {b}" for b in _plurals("line yard hub")),
    *(f"grain {b}" for b in _plurals("silo store")),
    *_plurals("plant worker"),
    "block of flats",
    "dormitory",
    "dormitories",
]
# Where a strike's unnamed victims are civilians: homes, markets, buses, hospitals, and the
# plants, terminals and lines of the energy and transport networks, whose staff are civilians.
# A prefix tree of the terms (each letter tested once).
_CIVILIAN_SITE = re.compile(r"(?<!\w)" + trie_pattern(_CIVILIAN_SITE_TERMS) + r"\b")
# "A refinery worker who says nobody was hurt": a speaker from the site speaks about it.
_SITE_SPEAKER = _ci(
    r"(?!hospital|clinic)(?:"
    + _CIVILIAN_SITE.pattern
    + r"|(?<!\w)plants?)\s+(?:workers?|employees?|staff|director|managers?|"
    r"officials?|spokes\w+|administration|management|operators?|owners?)\b"
)
# "Taken to a hospital in Kharkiv": where the wounded were brought, not where they were hurt.
_CARE_DESTINATION = _ci(
    r"(?<!\w)(?:taken|brought|flown|rushed|evacuated|admitted|transferred|delivered|treated|"
    r"arriving|arrived|sent|driven)\s+(?:[\w-]+\s+){0,4}?(?:to|in|at|into)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:hospitals?|clinics?)\b"
)
_MILITARY_WORDS = [
    *_plurals("soldier fighter sailor conscript marine gunner sniper sapper paratrooper saboteur"),
    *"serviceman servicemen troops men infantry infantryman infantrymen rifleman riflemen personnel battalion brigade platoon company "
    "battery comrades guys us heroes fallen sergeant corporal lieutenant defenders".split(),
    "border guard", "border guards", "border post", "border posts", "checkpoint", "training ground", "barracks",
    "served in the armed forces", "serving in the armed forces",
    # A death given for a cause is a fighter's: "the sacrifice of those who gave their lives on foreign soil".
    *(f"{v} {p} li{e}" for v in ("gave", "given", "give", "laid down", "lay down") for p, e in (("their", "ves"), ("his", "fe"))),
]
_MILITARY = re.compile(
    r"\b(?:" + trie_pattern(_MILITARY_WORDS) + "|"
    # Not "fire crews" or "the refinery's main unit": civilian crews and a plant's units.
    # The look-behinds follow the word, so they run only where it is found.
    r"crew(?<!fire\screw)(?<!rescue\screw)(?<!repair\screw)(?<!ambulance\screw)(?<!emergency\screw)s?|"
    r"unit(?<!main\sunit)(?<!care\sunit)(?<!power\sunit)(?<!processing\sunit)(?<!production\sunit)"
    r"(?<!distillation\sunit)|"
    # "The wounded from the sector": people brought back from the fighting are soldiers.
    r"from\s+the\s+(?:[\w-]+\s+)?(?:front(?:line)?|front\s+line|sector|positions?|trenches|battlefield|"
    # A rank before a name ("Sergeant Ivan Petrov"); not "private", "major" or "captain", which
    # also name firms, cities and ships' masters.
    r"axis)|in\s+action|(?:corporal|sergeant|lieutenant|colonel)\s+[a-z]+\s+[a-z]+)\b"
)
_MEDICAL = _ci(
    r"\b(?:hospitals?|stabili[sz]\w*|evacuat\w*|treated|treatment|medics?|surgeons?|"
    r"surgical|operating|wards?|arriving|arrived|field\s+hospital)\b"
)
# Sides admit, concede, complain about and mourn their own losses ("Rybar complained that assault
# groups were sent across open fields").
_ADMISSION = _ci(r"\b(?:acknowledg\w*|admit(?:s|ted|ting)?|conced\w*|complain\w*|lament\w*|mourn\w*|"
                 r"blam\w*\s+(?:the\s+|its\s+|their\s+)?(?:commanders?|generals?|command|leadership))\b")
_ACCUSED_BEFORE = _ci(r"\b(?:accus\w*|blam\w*|suspect\w*|charg\w*|convict\w*)\s+(?:the\s+)?$")
_OF_DOING = _ci(r"(?:\s+[\w-]+){0,2}?\s+of\s+(?:deliberately\s+)?(?:killing|shooting|executing|torturing|wounding|"
                r"capturing|shelling|murdering)\b")
_TOLD_US = _ci(r"\b(?:told|tells?|telling|informed|assured|showed|wrote\s+to|reminded)\s+$")
_CAPTIVE_TOLD = _ci(r"\btold\s+(?:his\s+|their\s+|the\s+|our\s+|ukrainian\s+|russian\s+)?(?:interrogators?|investigators?|captors)\b")
_TOLD_QUESTIONING = _ci(r"\b(?:said|told\s+\w+)\s+(?:during|under|in)\s+(?:questioning|interrogation)\b")
_HE_GOES_ON = _ci(r"(?:he|she)\s+(?:also\s+)?(?:said|says|added|told|described|recalled)\b")
_HIS_UNIT = _ci(r"\b(?:his|their)\s+(?:own\s+)?(?:unit|company|platoon|squad|battalion|group|comrades|men)\b")
_HOME_IN_COFFINS = _ci(r"(?:came|come|comes|coming|sent|went)\s+home\s+in\s+(?:a\s+)?(?:box|boxes|coffins?|body\s+bags?|zinc)\b")
_BURIED_OURS = _ci(r"buried\s+(?:[\w,]+\s+){1,3}?of\s+our\s+(?:men|sons|boys)\b")
_ZERO_SOLDIERS = _ci(
    r"\b(?:not\s+a\s+single|not\s+one|no|none\s+of\s+(?:our|the|its|their))\s+(?:[\w-]+\s+)?"
    r"(?:soldiers?|servicem[ae]n|troops|fighters?|sailors?|marines?)\b|"
    # "a motor rifle company … lost not a single man", "the unit did not lose a single man"
    r"\b(?:lost|lose|losing)\s+[\"“]?not\s+(?:a\s+single|one)\s+man\b|"
    r"\b(?:did|has|have|had)\s*(?:not|n['’]t)\s+(?:lost|lose)\s+(?:a\s+single|one|any)\s+(?:man|men)\b"
)
# A freed prisoner's fellow captives: "a cell-mate", "two men in his cell", "four men from his
# barracks block".
_PRISON_COMPANY = _ci(
    r"\b(?:cell-?mates?|fellow\s+(?:prisoners|captives|inmates)|in\s+(?:his|my|our|their|the\s+same)\s+cells?|"
    r"(?:his|my|our|their)\s+barracks(?:\s+block)?)\b"
)
_CAPTIVE_HINT = _ci(r"\b(?:custody|captiv\w*|prisoners?|pows?|detainees?)\b")
_NONE_HURT = _ci(r"\bno\s+(?:casualties|injuries|deaths|victims)\b|\bnobody\b|\bno\s+one\b")
_MILITARY_LOSS = _ci(r"\b(?:losses|casualt(?:y|ies))\b")
# The other side's military counts its enemy's soldiers: dismissing them denies one's own losses.
_MILITARY_SOURCE = _ci(r"\bgeneral\s+staff|\b(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)[’']s")
_OWN_COST = _ci(
    r"\b(?:with|at\s+the\s+cost\s+of)\s+[“\"]?(?:minimal|few|light|minor|negligible|insignificant|no)\s+"
    r"(?:losses|casualties)\b"
)
# "He said he had been captured": a pronoun subject points back to the person described.
_PRONOUN_PASSIVE = _ci(
    r"\b(?:he|she|they|I)\s+(?:(?:had\s+|has\s+|have\s+)?(?:been|was|were|got)\s+"
    r"(?:\w+ly\s+)?(?:captured|wounded|injured|taken\s+prisoner|hurt)|"
    r"(?:are|is|were|was|went|have\s+been|had\s+been)\s+(?:still\s+)?missing)\b"
)
# A recorded call of the other side's soldiers, published by one side.
_INTERCEPT = _ci(
    r"\bintercepted\s+(?:[\w-]+\s+){0,2}?(?:(?:phone\s+)?calls?|conversations?|radio|"
    r"recordings?|audio|communications?|messages?|transmissions?|chatter)\b|"
    r"\bintercepts\b"
)
# A captive who speaks on camera: captured, then a speech verb, in one clause.
_CAPTIVE_SPEAKS = _ci(
    # "a captured Ukrainian marine who said", "“I was taken prisoner …,” the man in the clip says"
    # "a captured soldier of the 163rd brigade, who said", "one of the captured men, who gave his
    # name as Andriy, said", "a captured Ukrainian soldier, said to be from …, told"
    r"\b(?:captured|imprisoned)\s+(?:[\w-]+\s+){0,2}?(?:soldiers?|servicem[ae]n|conscripts?|marines?|men|man|"
    r"fighters?|riflem[ae]n|officers?)\b(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:brigade|battalion|regiment|unit|"
    r"company|division))?(?:,?\s+who\s+(?:[^.;“”\"]{0,60}?,?\s+)?|,?\s+)(?:says|said|tells|told|describ\w*)\b|"
    r"\b(?:I|we)\s+(?:was|were|have\s+been|had\s+been)\s+(?:captured|taken\s+prisoner)\b|"
    r"\b(?:(?:soldiers?|servicem[ae]n|conscripts?|paratroopers?|marines?|man|men|fighters?|"
    r"mercenar(?:y|ies)|officers?|pilots?|sailors?)\s+(?:who\s+(?:was|were|had\s+been)\s+)?"
    r"(?:captured|taken\s+prisoner)|prisoners?(?:\s+of\s+war)?|POWs?|captives?)\b[^.;]{0,120}?"
    r"\b(?:says|said|tells|told|recount\w*|describ\w*|complain\w*|questioned|interviewed|interrogated)\b"
)
_RELAYED = _ci(r"\b(?:videos?|interview\w*|footage|clip|recording|filmed|aired|broadcast|questioning|interrogat\w*|debrief\w*)\b")
# "In it, one of the captives says …", "In the video, the man says …": the video just named speaks,
# whether or not the split found its channel.
_IN_THE_VIDEO = re.compile(r"\s*in\s+(?:it|the\s+(?:video|clip|footage|recording|interview))\b")
_OTHER_BLOCS = {"ukraine_west": ("russia", "dprk"), "russia": ("ukraine",)}
# A place named after a preposition ("in Kharkiv", "of the Bryansk region"): a sentence that
# names a new one has moved on to another event.
_PLACE = re.compile(r"\b(?i:in|near|of|at|outside|around|from)\s+(?:the\s+)?([A-Z][a-z][\w'’-]+)")
_NOT_PLACE = frozenset(
    "Russia Ukraine Russia's Ukraine's Russia’s Ukraine’s Russian Ukrainian Defence Defense State Staff "
    "General Telegram Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
    "April May June July August September October November December".split()
)

_ENEMY_OF = {"ukraine_west": "russia", "russia": "ukraine"}
# How many paragraphs back the North Koreans, last named as the enemy, are still whom a Ukrainian
# voice's unnamed enemy dead are (a commander's account runs on over paragraphs); measured on the
# development articles: 2 paragraphs 6847 victims right, 4 6849, 8 6854, 15 6852.
_ENEMY_IN_VIEW = 8
_OWN_OF = {"ukraine_west": "ukraine", "russia": "russia"}
_RATHER_THAN_CAPTURE = _ci(r"\brather\s+than\s+(?:be\s+|being\s+|risk\s+being\s+)?(?:taken\s+(?:prisoner|captive|alive)|captured|"
                           r"surrender|fall\s+into)")
_BLOC_MEMBERS = {"ukraine_west": ("ukraine",), "russia": ("russia", "dprk")}
_SIDE_OF_GROUP = {group: side for side, groups in _BLOC_MEMBERS.items() for group in groups}
_FLIP = {"ukraine_west": "russia", "russia": "ukraine_west"}


_SOURCE_END = _ci(
    r"(?<![\w-])(?:" + reporting_verb_pattern() + r"|according\s+to|citing|as\s+per|"
    r"published|released|aired|posted)(?![\w-])"
    r"(?!(?<=admitted)" + _ADMITTED_WHERE + ")"
)


def _lower(text: str) -> str:
    """Lower-case ``text`` keeping every offset: the few characters that lower-case to two
    ("İ") are left as they are."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


# The dead a side takes back are its own: "the bodies of 41 soldiers were returned to Russia".
_RETURNED_TO = re.compile(r"\b(?:bodies|remains)\b[^.;]{0,60}?\b(?:returned|handed\s+over|repatriated|sent\s+back|"
                          r"brought\s+(?:back|home))\s+to\s+(russia|ukraine|north\s+korea)\b")
_COUNTRY_GROUP = {"russia": "russia", "ukraine": "ukraine", "korea": "dprk"}
# The dead a side hands over are the other side's: "among the 1,000 bodies Russia handed over".
_HANDED_BY = re.compile(r"\b(?:bodies|remains)\s+(?:that\s+|which\s+)?(russia|ukraine|moscow|kyiv)\s+(?:had\s+|has\s+)?"
                        r"(?:handed\s+over|returned|repatriated|sent\s+back)\b")
# Russia's ally's dead: "our allies' losses" in Moscow's voice, "Moscow does not want the world to
# know that its ally's soldiers are dying".
# (And what the allies lost: "Not a single serviceman of our allies was killed", "Moscow says its
# allies lost no one".)
_ALLY_LOSSES = _ci(r"\b(?P<pos>(?P<our>our)|its|moscow[’']s|russia[’']s|the\s+kremlin[’']s)\s+(?:korean\s+|north\s+korean\s+)?"
                   r"(?:allies|ally)(?:[’']s?)?\s+(?:(?:own\s+)?(?:losses|soldiers|troops|men|dead|casualties|fighters)\b|"
                   r"(?:had\s+|have\s+|has\s+)?(?:lost|suffered)\b|(?:was|were)\s+(?:killed|wounded|captured)\b)")
# "Our Korean friends have very small losses", "our Korean brothers' losses": Moscow's (or a
# Korean's) name for the North's soldiers, whatever "our" alone would mean.
_OUR_KOREANS = _ci(r"\bour\s+(?:north\s+)?korean\s+(?:friends|comrades|brothers|allies|partners|lads|boys)\b")
_RUSSIA_BEFORE_ITS = _ci(r"\b(?:moscow|russia|the\s+kremlin)\b[^.;]{0,80}$")
_HANDED_GROUP = {"russia": "ukraine", "moscow": "ukraine", "ukraine": "russia", "kyiv": "russia"}
_TARGET_BEFORE = re.compile(r"\b(?:reached|reaching|reach|towards?|stormed|storming|assaulted|assaulting|approached|"
                            r"approaching|attacked|attacking|against|(?:assaults?|attacks?|raids?)\s+on)\s+(?:the\s+|an?\s+)?$")
_IN_UNIT_AFTER = re.compile(r"\s+(?:from|of|in)\s+(?:my|our|his|her|their|the)\s+(?:own\s+)?(?:squad|platoon|company|unit|"
                            r"battalion|brigade|regiment|crew|battery|detachment)\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:are|were|is|was|been|being)\s+(?:still\s+|now\s+|also\s+|officially\s+|formally\s+)?$")
_TAG_OPENS = re.compile(r",\s+(?:[\w'’.-]+\s+){1,4}$")


def _content_start(low: str, anchor: int) -> int:
    """Return where the claim's content starts: after the attribution ("Ukraine's military
    intelligence said …") when that comes before the outcome word, so the source's own bloc
    word is not taken for the victim."""
    m = _SOURCE_END.search(low, 0, anchor)
    if m and _PASSIVE_BEFORE.search(low, max(0, m.start() - 16), m.start()):
        m = None   # "Ukrainian soldiers are still listed as missing": a passive, not the source's words
    if m and low.startswith(",", m.end()) and _TAG_OPENS.search(low, max(0, m.start() - 40), m.start()):
        return 0   # a tag inside the claim: "Of the North Koreans sent, he estimated, 6,000 have been killed"
    if m:
        # "Newsweek cited a Ukrainian officer … as saying that": the source runs to "as saying".
        said = low.find(" as saying", m.end(), anchor)
        return said + 10 if said != -1 else m.end()
    return 0


# A capitalised word joined to a name before it: "Families of ", "Search for the ", "Captured and ".
_IN_PROPER_NAME = re.compile(r"[A-Z][\w'’-]+\s+(?:of|for|and)\s+(?:the\s+)?$")
# A word in lower case (of four letters or more): ordinary prose, not a title-case headline.
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]{3,}")


def _ok_outcome(text: str, low: str, m: re.Match) -> bool:
    """Whether an outcome match is about people, read from the words around it."""
    word = " ".join(m.group(0).split())
    before = low[max(0, m.start() - 40) : m.start()]
    if text[m.start()].isupper() and not _LOWER_WORD.search(text, m.start(), m.end()) and _IN_PROPER_NAME.search(text, max(0, m.start() - 40), m.start()) \
            and len(_LOWER_WORD.findall(text)) >= 2:
        return False   # a body's name in a sentence (not a headline in title case): "the Association of Families of Captured and Missing Defenders"
    if word == "lives":
        return bool(_LIVES_OK.search(low))
    if word in ("dead", "toll") and _DEAD_IDIOM.search(low):
        return False
    if word == "toll" and _TOLL_ON_THING.match(low, m.start()):
        return False
    if word == "bodies" and (_NOT_BODIES.search(before) or low.startswith("bodies of water", m.start())):
        return False
    if word == "the fallen" and text[m.end() - 6] == "F":
        return False  # a name: "Book of the Fallen"
    if word.startswith(("only ", "just ", "maybe ", "perhaps ", "barely ")):
        # "Only three trains got out" counts things, not people.
        first = _OBJECT_WORD.search(low, m.start(), m.end())
        return not (first and first.group("thing"))
    if word.endswith("been found"):
        # "her daughter had not been found", not "the weapons have not been found"
        last = None
        for w in _OBJECT_WORD.finditer(low, max(0, m.start() - 60), m.start()):
            last = w
        return bool(last and last.group("person"))
    if word == "is gone":
        return bool(_GONE_PERSON.search(low, max(0, m.start() - 50), m.start()))
    if word == "hurt":
        return bool(_HURT_OK.search(before)) or low.startswith(" in ", m.end())
    if word == "burns":
        return bool(_BURNS_OK.search(before))
    if word == "wounds" and _OLD_WOUNDS.search(before):
        return False
    if word.startswith("surrender") and ((_SURRENDER_NOT.search(before)
                                          and not (word == "surrendered" and _NONE_SURRENDERED.search(before)))
                                         or low.startswith(" of", m.end())):
        return False   # "refused to surrender"; but "not one of them surrendered" denies any captives
    if word in ("prisoners of war", "prisoner of war", "pows", "pow"):
        # A count of prisoners is a claim; "statements by prisoners of war" is a class of people.
        return bool(_QUANTIFIED.search(before))
    if word in _OBJECT_VERBS:
        return not _object_is_thing(text, low, m)
    return True


def _object_is_thing(text: str, low: str, m: re.Match) -> bool:
    """Whether an outcome verb is about a thing or a place ("captured the village", "eliminated
    two tanks", "the depot was wiped out") rather than people."""
    after = low[m.end() : m.end() + 60]
    bare = after[1:] if after[:1] in "\"”’'" else after   # 'had been "eliminated" on a boat'
    if _PREPOSITION_NEXT.match(bare) or _NO_OBJECT_NEXT.match(after) or not after.strip():
        # Passive or intransitive: the subject before the verb is what was captured.
        last = None
        window = low[max(0, m.start() - 60) : m.start()]
        for w in _OBJECT_WORD.finditer(window):
            # (Not a place the subject moved through: "advanced in waves across snow-covered
            # fields and were cut down by drones".)
            if not _AFTER_PREPOSITION.search(window, 0, w.start()) or (
                    last is None and not _MOVED_THROUGH.search(window, 0, w.start())):
                last = w
        return bool(last and last.group("thing"))
    cased = text[m.end() : m.end() + 60]
    if _PLACE_NAME_NEXT.match(cased) and not _BLOC_ADJECTIVE_NEXT.match(cased):
        return True  # "captured Pokrovsk", "the capture of Avdiivka"
    first = _OBJECT_WORD.search(after)
    if first and first.group("thing") and _OPERATOR_AFTER.match(after, first.end()):
        return False  # "a captured Ukrainian drone operator", "the tank's crew"
    return bool(first and first.group("thing"))


_OPERATOR_AFTER = _ci(r"(?:[’']s)?\s+(?:operators?|crews?|pilots?|gunners?|drivers?|commanders?|teams?|units?)\b")


# A question or a figure about an outcome: "how many of its soldiers have died", "no figures
# for dead or wounded", "an official figure for its dead".
_FIGURE_TALK = _ci(
    # The outcome is what is asked ("how many had died"), not a given ("how many of those killed").
    r"\bhow\s+many\b[^.;:]{0,80}?\b(?:(?:have|has|had|were|was|are|is|been)\s+(?:\w+\s+)?(?:killed|wounded|hurt|"
    r"injured|captured|lost)(?:\s+(?:or|and)\s+(?:killed|wounded|injured|captured|missing))?|died|perished|"
    r"(?:are|were|went)\s+missing)\b|"
    # "The agency did not say how they had died": what a source left out claims nothing.
    # (Not "how many of those killed were civilians": that some were killed is a given.)
    # "Pyongyang has never published a toll of its own"
    r"\b(?:never|not)\s+(?:yet\s+)?(?:published|released|given|disclosed|announced|issued)\s+(?:a|any)\s+(?:toll|figures?|"
    r"casualty\s+figures?|count)\b|"
    # "All casualty figures … are estimates"; "We count as casualties soldiers reported killed …" (a method)
    r"\bcasualty\s+(?:figures?|estimates?|counts?|numbers?)\b[^.;]{0,60}?\b(?:are|is|were|remain)\s+"
    r"(?:(?:all|only|mostly|largely)\s+)?(?:estimates|unverified|approximate|rough|contested|disputed|incomplete|uncertain)\b|"
    r"\bcounts?\s+as\s+casualties\b[^.;]*|"
    # "It was the spy agency's first casualty update since September": a report named, no toll.
    # (Not "no reason to doubt Seoul's casualty estimates": judging a figure is a claim.)
    r"\b(?:first|last|latest|next|new|previous|monthly|weekly|regular)\s+casualty\s+(?:updates?|briefings?)\b|"
    # "The death described could not be independently verified": about the report, not a new claim.
    r"\bthe\s+(?:deaths?|killings?|casualt(?:y|ies)|losses|injur(?:y|ies))\s+(?:described|reported|mentioned|claimed)\s+"
    r"(?:could|can|has|have)\s+not\s+(?:yet\s+)?(?:be|been)\s+(?:independently\s+)?(?:verified|confirmed)\b|"
    # "did not say how many of the wounded had been left disabled" (guide 4.9's own example).
    r"\b(?:did|does|do|would)\s+not\s+say\s+how\s+many\b[^.;:]*|"
    # "did not say whether any … had been killed", "without giving details of their losses", "did
    # not comment on Ukrainian losses": a source's silence about a figure.
    r"\b(?:did|does|do|would)\s+not\s+say\s+whether\b[^.;:]*|"
    # "The embassy did not answer a follow-up question about Ukrainian losses."
    r"\b(?:did|does|would)\s+not\s+(?:answer|respond\s+to|reply\s+to)\s+(?:a\s+|any\s+|further\s+|our\s+)?(?:follow-up\s+)?"
    r"questions?\s+(?:about|on)\s+[^.;:]*|"
    r"\bwithout\s+giving\s+(?:any\s+)?(?:details|figures?|numbers?|a\s+figure|a\s+number|a\s+breakdown)\s+(?:of|on|for)\s+"
    r"(?:their|its|his|her|the|any)\s+(?:own\s+)?(?:losses|casualties|dead)\b|"
    r"\b(?:(?:did|does|would)\s+not|(?:has|have|had)\s+(?:never|not)(?:\s+\w+ly)?)\s+comment(?:ed)?\s+(?:\w+ly\s+)?on\s+"
    r"(?:[\w-]+\s+){0,2}?(?:losses|casualties)\b|"
    r"\b(?:did|does|do|would)\s+not\s+say\s+(?:how|when|where|why)(?:\s+or\s+(?:how|when|where|why))?\s+"
    r"(?:they|he|she|most\s+of\s+(?:them|the\s+\w+)|the\s+\w+)\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:died|been\s+killed|been\s+wounded|been\s+captured)\b|"
    # (Not "the figure of 46 Korean dead": a figure that gives its number is a claim.)
    r"\b(?:figures?|numbers?|tall(?:y|ies)|count|total)\s+(?:for|of|on)\s+(?:the\s+|its\s+|their\s+|his\s+|our\s+)?"
    r"(?:(?!\d)[\w-]+\s+){0,2}?(?:dead|deaths|wounded|injured|killed|losses|casualties|(?:men|people|soldiers)\s+who\s+"
    r"(?:have\s+|had\s+)?(?:disappeared|died|been\s+killed|gone\s+missing))(?:\s+or\s+(?:dead|wounded|injured|"
    r"missing|killed))?\b"
)


# A yes-no question, after an interviewer's or a reader's mark: "Dmitri, Riga, asks: Are civilians
# also being killed …?".
# (An email's reply quotes the question it answers after "> ".)
_ASKS_WHETHER = re.compile(
    # (or a transcript's asker in capitals, "STUDENT:", "AUDIENCE MEMBER (Kyiv):")
    # (A numbered question: "3. Does the Federal Government have knowledge of … captured …?")
    r"\s*(?:>\s*)?(?:\d{1,2}[.)]\s+)?(?:(?:" + QUESTION_MARK + r"|[A-Z][A-Z.]{1,3}|[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}(?:\s*\([^()\n]{1,40}\))?)\s*[:.]\s*)?(?:Are|Is|Were|Was|Have|Has|Had|Do|Does|Did|Will|Would|Can|Could|Should|What\s+about|How\s+about)\b"
    # (An interviewer's "Then what are the real Russian losses?", with no figure of its own.)
    r"|\s*(?:(?:And|But|So|Then|Now|Well),?\s+(?i:what|how|why|where|which|who)|What|How|Why|Where|Which|Who)\b(?![^?]*\d)"
)


# A share of the toll of the sentence before: "Of those, around 300 were DPRK soldiers", "Among
# them, according to the agency, about 4,000 were North Koreans". The match's group names the
# outcome as "losses": the toll before said which.
_BREAKDOWN = _ci(
    r"(?:of|among)\s+(?:those|them|these|the\s+(?:dead|wounded|total|casualties))\b,?\s+(?:[^.;]{0,80}?,\s+)?"
    r"(?P<losses>(?:(?:about|around|roughly|some|at\s+least|more\s+than|over|nearly|up\s+to|almost)\s+)?"
    r"(?:\d[\d,]*|half|a\s+third|a\s+quarter|most|many|dozens|hundreds|thousands)\s+(?:were|are|was)\b)"
)


# A claim a yes-no question cites as made: "the ambassador's letter, which claims that …".
_CLAIM_IN_QUESTION = re.compile(r",\s+(?:which|who)\s+(?:claims?|says?|states?|insists?|asserts?|reports?)\s+that\b")


# A reported question up to the outcome, in one clause: "asked the minister “what estimate …",
# "asked whether the Government had received any estimate of …". Not "asked why": it presumes.
_NOBODY_ASKS = _ci(r"\b(?:nobody|no\s+one|no-one|never)\b(?:\s+[\w'’-]+){0,4}\s*$")
_RELATIVE_OPEN = _ci(r",\s+(?:which|who)\s+(?:[\w-]+\s+){0,3}$")
_ASKED_BEFORE = _ci(
    r"\b(?:asked|asks|asking|inquired|enquired|wanted\s+to\s+know)\b(?:\s+[\w'’.-]+){0,8}?\s+[“\"]?"
    r"(?:whether|if|how\s+many|how\s+much|what)\b(?:(?!\b(?:reports?|claims?|allegations?|accounts?)\s+that\b)[^.;!?,])*$"
)


# A condition or an open question in the outcome's own clause (no comma or full stop between).
# "We don't know if they are dead or taken" is a claim that they are missing.
_THINKS_I_AM = _ci(r"\b(?:thinks?|believes?|thought|believed|assumes?|assumed|fears?|feared|suspects?)\s+(?:that\s+)?"
                   r"i\s+(?:am|was|had\s+been|have\s+been|might\s+be|may\s+be|must\s+be)\s+$")
_REFERENCE_ENTRY = re.compile(r"\[\d{1,3}\]\s+[A-Z][^.]{0,80},\s")
_FORECAST_BEFORE = _ci(r"\b(?:would|will|could|might)\s+(?:expect|anticipate|project|forecast)\b[^.;]*$")
_NOT_A_COUNT = _ci(r"^\s*(?:\d{1,2}[.)]|\[\d{1,3}\])\s|\bnone\s+of\s+(?:the|our|its|their)\s+(?:sources|reports|outlets|"
                   r"figures|estimates|accounts|agencies|governments|sides|studies)\b")
# Every _FIGURE_TALK match holds one of these: most units skip the scan.
_FIGURE_TALK_WORDS = ("how many", "figure", "number", "tally", "total", "not say", "not be", "casualty ", "published",
                      "as casualties", "without giving", "not comment", "never comment", "not publicly comment",
                      "not answer", "not respond", "not reply")
_BENEFIT_WORDS = ("payment", "compensation", "benefit", "pension", "allowance", "entitled", "eligible", "grant",
                  "rehabilitation", "kindergarten", "bonus", "insurance", "subsid")
_BENEFICIARY_BEFORE = _ci(
    r"\b(?:compensation|payments?|benefits?|pensions?|allowances?|grants?|bonus(?:es)?|insurance|wards?|places|"
    r"subsid(?:y|ies)|care|support)\s+(?:\w+\s+){0,2}?(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?=\S+\s*$)|"
    r"\b(?:to|for|allows?|allowing|entitles?|entitling|helps?|helping|supports?|supporting|pays?|paying)\s+(?:the\s+)?"
    r"(?:families|relatives|widows|children|parents|dependants|next\s+of\s+kin)\s+of\s+(?:the\s+)?"
    r"(?=(?:servicemen|soldiers|residents|those|people|men|troops|fighters|volunteers|civilians|fallen|dead|"
    r"wounded|missing|killed)\b)"
)
_CONDITION_BEFORE = _ci(
    r"(?<!know\s)(?<!known\s)(?<!sure\s)(?<!clear\s)(?<!certain\s)(?<!tell\s)(?<!us\s)"
    r"\b(?:if|whether|in\s+case|unless)\b[^,;:.]*$|"
    # (and the next word of its list: "if you are detained, injured or in danger there")
    r"\b(?:if|whether|in\s+case|unless)\s[^,;:.]*(?:,\s+[a-z]+){0,3},\s+$|"
    # The condition's consequence: "If I go home, I am dead".
    r"\b(?:if|unless)\s[^,;:.]{1,60},\s+(?:i|we|he|she|they|you)\s+(?:am|are|is|will\s+be|would\s+be|[’']ll\s+be|[’']d\s+be)\s+"
    r"(?:[\w-]+\s+)?$"
)
# A term's definition names an outcome without counting anyone: "“Three-hundred” … means
# wounded", "army slang for killed and wounded", "code for the dead".
_COUNTED_BEFORE = _ci(r"(?:\d[\d,]*|[a-z]+(?:teen|ty)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                      r"dozens|hundreds|several|many)\s+[“\"]$")
_DEFINED_BEFORE = _ci(r"\b(?:means|meant|slang\s+for|code\s+for|stands?\s+for|jargon\s+for|euphemism\s+for|short\s+for)\s+"
                      r"(?:the\s+)?(?:[\w-]+\s+(?:and|or)\s+)?[“\"]?$")


def _casualty_matches(text: str, low: str, *, prefiltered: bool = False, first: int = 0):
    """Return the outcome matches in ``text`` (lower-cased: ``low``) that are about people.

    The matches are on ``low``: the same offsets as ``text``, lower-case ``group(0)``.
    ``prefiltered`` says the caller has already found an outcome stem in ``low``, the first at
    ``first``.
    """
    if ("game" in low or "ontrol " in text or "team" in low or "notional" in low or "move " in low or "play " in low
            or "scenario" in low) and _GAME_WORLD.search(text):
        # A wargame's moves, "Control rules that the corps suffers about 2,800 killed", and a
        # forecaster's scenario, "In our downside scenario, strikes would cause …": hypothetical.
        return []
    if not prefiltered:
        hit = _PREFILTER.search(low)
        if hit is None:
            return []
        first = hit.start()
    # No outcome starts long before its stem ("only a handful of men … came back" is the
    # longest): the text before that need not be scanned.
    scan = first - _LONGEST_LEAD if first > _LONGEST_LEAD else 0
    # Nor does one start after the last stem begins: every match holds a stem.
    last = first
    for hit in _STEM_STARTS.finditer(low, first + 1):
        last = hit.start()
    matches = [m for m in _OUTCOME.finditer(low, scan, last + 1) if _ok_outcome(text, low, m)]
    if not matches:
        return []
    # The substring tests skip scans that cannot apply (a speed-up only).
    things = [(a.start(), a.end()) for a in _THING_LOSS.finditer(low)] if "loss" in low else []
    if things:
        matches = [m for m in matches if not any(a <= m.start() < b for a, b in things)]
    if (
        "combin" in low or "includ" in low or "exclud" in low or "lump" in low or "compris" in low
    ) and not _DIGIT_OR_COUNT.search(low):
        # Without a number of its own the unit only says what a figure counts.
        spans = [(a.start(), a.end()) for a in _COMPOSITION.finditer(low)]
        if spans:
            matches = [m for m in matches if not any(a <= m.start() < b for a, b in spans)]
    if any(w in low for w in _FIGURE_TALK_WORDS):
        # "Asked how many had died", "never released a figure for its dead": talk about a figure
        # names the outcome without claiming any, unless a count or an intensity comes with it.
        spans = [(a.start(), a.end()) for a in _FIGURE_TALK.finditer(low)]
        # (A list's "3)" and "none of the sources" are no count.)
        if spans and not _CLAIM_SIGNAL.search(_NOT_A_COUNT.sub(" ", _FIGURE_TALK.sub(" ", low))):
            matches = [m for m in matches if not any(a <= m.start() < b for a, b in spans)]
            if not matches:
                return []
    if "confirm" in low or "acknowledg" in low or "disclos" in low:
        # "did not confirm that any of its soldiers had been captured" states no losses.
        for a in _CONFIRM.finditer(low):
            if not _NOT_BEFORE.search(low, max(0, a.start() - 30), a.start()):
                continue
            # ("Ukraine, which rarely discloses its losses, says …": a relative clause ends at its comma.)
            ends = (".", ";", " but ", ",") if _RELATIVE_OPEN.search(low, max(0, a.start() - 40), a.start()) \
                else (".", ";", " but ")
            stop = min((x for x in (low.find(c, a.end()) for c in ends) if x >= 0), default=len(low))
            matches = [m for m in matches if not a.end() <= m.start() < stop]
        if not matches:
            return []
    if any(m.group(0) in _NOMINAL_WORDS for m in matches):
        # "Two of the wounded", "most of the dead": a count after all; "the wounded were taken
        # to hospital" says that the people arriving for care were wounded.
        nominal = [
            (a.start(), a.end())
            for a in _NOMINAL.finditer(low)
            if not _COUNT_OF.search(low[max(0, a.start() - 30) : a.start()])
            and not (a.group(0).endswith(("wounded", "injured")) and _CARE.search(low))
            and not _IDENTIFIED.match(low, a.end())
            and not _PUT_AT.match(low, a.end())   # "put the dead at around 2,500": an estimate
            and not low.endswith("among ", 0, a.start())  # "Among the dead is a family of four"
            and not low.endswith(("portraits of ", "graves of ", "names of ", "bodies of "), 0, a.start())
        ]
        if nominal and not _PEOPLE_COUNT.search(low):
            matches = [m for m in matches if not any(a <= m.start() < b for a, b in nominal)]
    if not matches:
        return []
    if any(m.group(0) in _GENERIC for m in matches) and _META.search(low):
        plain = _NEGATED_ADMISSION.sub(" ", _METAPHOR.sub(" ", low))
        if not _CLAIM_SIGNAL.search(plain) and next(_dismissals(plain), None) is None:
            matches = [m for m in matches if m.group(0) not in _GENERIC]
    if any(m.lastgroup == "captured" for m in matches) and _EXCHANGE.search(low):
        # Prisoners exchanged or returned are not a casualty claim; "captured" still is.
        matches = [
            m
            for m in matches
            if m.lastgroup != "captured" or "captur" in m.group(0) or "captivity" in m.group(0) or "hold" in m.group(0)
            or "detained" in m.group(0) or "abduct" in m.group(0) or "kidnap" in m.group(0)
            or "held" in m.group(0) or m.group(0).startswith(("tak", "took"))  # "had taken several more prisoner"
            or m.group(0).startswith("surrender")   # "Hundreds of their men surrendered, and we are still exchanging them"
        ]
    if low.startswith("[") and _REFERENCE_ENTRY.match(text):
        return []   # "[4] Hromadske, interview with a captured North Korean soldier, February 2025.": a source listed
    if "expect" in low or "anticipat" in low or "project" in low or "forecast" in low:
        # "If the rotation continues, we would expect a further 2,000 casualties": a forecast (guide 6, v5).
        matches = [m for m in matches if not _FORECAST_BEFORE.search(low, max(0, m.start() - 80), m.start())]
    if (" i " in low or low.startswith("i ")) and ("think" in low or "thought" in low or "believ" in low
                                                  or "assum" in low or "fear" in low or "suspect" in low):
        # "my mother probably thinks I am dead": the one who speaks is alive.
        matches = [m for m in matches if not _THINKS_I_AM.search(low, max(0, m.start() - 50), m.start())]
    if any(w in low for w in _BENEFIT_WORDS):
        # "a payment to the families of servicemen killed", "a ward for the wounded", "places for
        # the children of the fallen": who a benefit is for, not a count of them (guide 6).
        matches = [m for m in matches
                   if not ((b := _BENEFICIARY_BEFORE.search(low, max(0, m.start() - 60), m.start() + 1))
                           and not _DIGIT_OR_COUNT.search(low, b.start(), m.start()))]
    if "from captivity" in low:
        # "390 soldiers came home from captivity": a return, not a loss.
        matches = [m for m in matches if not (m.group(0) == "captivity" and low.endswith("from ", 0, m.start()))]
    if " means " in low or " for " in low:
        kept = [m for m in matches if not _DEFINED_BEFORE.search(low, max(0, m.start() - 40), m.start())]
        if len(kept) < len(matches):
            # (In a definition the quoted term is mentioned, not used: "the military code “Cargo 300”";
            # but counted, it is used: "fourteen “three-hundreds”, their code for wounded men".)
            kept = [m for m in kept if low[m.start() - 1: m.start()] not in ("“", '"')
                    or _COUNTED_BEFORE.search(low, max(0, m.start() - 16), m.start())]
        matches = kept
    if "if " in low or "whether" in low or "in case" in low:
        # "If he is dead, I want to bury him": a condition or a question claims nothing (guide 6).
        matches = [m for m in matches if not _CONDITION_BEFORE.search(low, max(0, m.start() - 50), m.start())]
    if "ask" in low or "quir" in low or "wanted to know" in low:
        # "Fenwick asked what estimate … of North Korean soldiers killed", "asked whether any were
        # missing": a reported question claims nothing (guide 6), however far the outcome is.
        # ("Nobody in Paris asks how many … never came home": a rhetorical question asserts it.)
        matches = [m for m in matches if not ((q := _ASKED_BEFORE.search(low, max(0, m.start() - 200), m.start()))
                                              and not _NOBODY_ASKS.search(low, max(0, q.start() - 40), q.start()))]
    if any(m.group(0).endswith("returned") for m in matches) and _SWAP.search(low):
        # "Only 90 prisoners returned in the swap" counts who came home, not who was lost.
        matches = [m for m in matches if not m.group(0).endswith("returned")]
    if "casualt" in low:
        # "lessons on casualty evacuation and battlefield medicine": a service, not a loss.
        matches = [m for m in matches if not (m.group(0) == "casualty" and _CASUALTY_SERVICE.match(low, m.end()))]
    if "die" in low:
        # "The drone dies when it hits": a machine's end.
        matches = [m for m in matches if not (m.group(0).startswith("die") and _MACHINE_BEFORE.search(low, max(0, m.start() - 25), m.start()))]
    return matches


_CASUALTY_SERVICE = _ci(r"\s+(?:evacuation|evacuations|care|collection|clearing|station|stations|point|points|"
                        r"treatment|management|drills?|training|medicine)\b")
_MACHINE_BEFORE = _ci(r"\b(?:drone|drones|engine|battery|batteries|tank|vehicle|radio|signal|motor|generator)\s+(?:\w+\s+)?$")


def _dismissed_figure(low: str, ago: int) -> re.Match | None:
    """Return the figure a unit dismisses ("Peskov brushed aside the estimate", "these numbers
    are pure propaganda"), as a match whose group is ``losses``; None when there is none.

    The unit names no losses itself: the caller asks only after a casualty claim of the same
    report, ``ago`` units back, whose figure is the one dismissed. The figure word and the
    dismissal are in one clause, within 60 characters of each other in either order. "Reports",
    "claims" and "assessments" may be about anything: they refer back to the claim only from at
    most two units on, or when the unit speaks of soldiers ("a bid to demoralise the families of
    Russian soldiers").
    """
    if not _FIGURE_HINT.search(low):
        return None
    vague_ok = ago <= 2 or _MILITARY.search(low)
    for start, end in _dismissals(low):
        lo = max(0, start - 60)
        lo = max(lo, *(low.rfind(c, lo, start) + 1 for c in ".;:"))
        hi = min(len(low), end + 60)
        hi = min([x for x in (low.find(c, end, hi) for c in ".;:") if x >= 0], default=hi)
        # Inside the dismissal too: "waved the report away", "called the numbers inflated".
        found = [
            f for f in _FIGURE.finditer(low, lo, hi) if vague_ok or not f.group(0).startswith(_VAGUE_FIGURES)
        ]
        if found:
            return min(found, key=lambda f: max(start - f.end(), f.start() - end, 0))
    return None


# An outcome that describes the people named next: "a captured Ukrainian soldier".
# "the boy we captured", "the man our scouts took prisoner": whom a side's soldiers took.
_TAKEN_BY_US = _ci(r"\s+(?:that\s+|whom\s+)?(?:we|our\s+(?:[\w-]+\s+)?(?:men|guys|boys|scouts|soldiers|troops|unit|team|"
                   r"company|platoon))\s+(?:had\s+)?(?:captured|took\s+prisoner|took|caught|picked\s+up)\b")
_SOURCE_BY = _ci(r"\b(?:passed\s+on|provided|supplied|compiled|kept|shared|given|collected|gathered|leaked)\s+by\s+"
                 r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$")
_COMPARED_TO = _ci(r"\b(?:comparable|similar|equal|close|compared|proportional)\s+(?:to|with)\s+(?:those|that)\s+of\s+"
                   r"(?:any\s+|a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?$|\bthan\s+(?:those|that)\s+of\s+(?:any\s+|the\s+)?$")
_OUTCOME_ON = _ci(r"(?:captured|wounded|injured|imprisoned|detained|missing)\s+(?:[\w-]+\s+)?")
# The outcome noun and "of" before a group: "the bodies of fallen Koreans", "deaths of Russian".
_OF_OUTCOME = _ci(r"[\w-]+\s+of\s+(?:the\s+)?(?:(?:fallen|dead|slain|wounded|captured|killed)\s+)?")


# The auxiliaries between a plural demonym and its passive outcome: "North Koreans had been captured".
# (In a relative clause too: "Two North Koreans who were captured by Ukrainian forces".)
_PASSIVE_ON = re.compile(r"\s+(?:(?:who|that)\s+)?(?:(?:had|have|has|were|was|are|is|would|will)\s+)?(?:been\s+|be\s+)?(?:\w+ly\s+)?")


def _candidates(text: str, low: str, lo: int, hi: int, anchor: int, *, speakers: bool = False):
    """Return the groups named in ``text[lo:hi]``, each as (rank, distance, group, start, end).

    Rank 0: a bloc word on the claim's outcome noun ("Russian losses"); 1: a bloc word heading
    people or another outcome noun, a side's name for the other side, "civilians"; 2: a bloc's
    ship or position, a civilian noun; 3: any other bloc word, "people". Perpetrators, captors,
    places, institutions and (unless ``speakers``) the subjects of reporting verbs are left out.
    """
    out = []
    for m in _BLOC.finditer(text, lo, hi):
        start, end = m.span()
        after = low[end : end + 60]
        if after.startswith("-"):
            continue  # "Russian-installed", "Ukrainian-held"
        before = low[max(0, start - 30) : start]
        if _COUNTRY.match(m.group(0)) and _LOCATIVE_BEFORE.search(before):
            continue  # "in Russia's Kursk region"
        if start > anchor and _COMPARED_TO.search(before):
            continue  # "their losses were comparable to those of any Russian unit": the yardstick
        if _MEMBER_OF_BEFORE.search(before):
            # "a serviceman of the Russian National Guard", "soldiers of Ukraine's army": the
            # people belong to the bloc named after them.
            out.append((1, abs(start - anchor), m.lastgroup, start, end))
            continue
        if _ALONGSIDE_ONLY.search(before) and _BLOC.search(text, lo, start):
            # "Korean units fighting alongside Russian troops had suffered …": the comrades beside
            # the bloc named first are not the subject of the loss (but "Canadians fighting alongside
            # Ukrainian forces" are of Ukraine's side).
            out.append((3, abs(start - anchor), m.lastgroup, start, end))
            continue
        if (
            (_BY_BEFORE.search(before) and not _MANNED_BY.search(before))
            or _WEAPON_AFTER.match(after)
            or _CAPTOR_AFTER.match(after)
            or (_INSTITUTION_AFTER.match(after) and not (after.startswith(" side ") and _OUTCOME_AFTER.match(after)))
            or (not speakers and _REPORTING_AFTER.match(after))
        ):
            continue   # (but "the Ukrainian side had lost": the side's losses, below)
        if start > anchor and _OF_OUTCOME.fullmatch(low, anchor, start):
            out.append((0, start - anchor, m.lastgroup, start, end))  # "the bodies of fallen Koreans"
            continue
        attached = _OUTCOME_AFTER.match(after)
        if attached:
            # On the claim's own outcome word it decides; elsewhere it names people like rank 1.
            at = end + attached.start(attached.lastgroup)
            out.append((0 if at == anchor else 1, abs(start - anchor), m.lastgroup, start, end))
            continue
        if m.group(0) in _STATES and _STATE_ACTS.match(after):
            suffered = _SUFFERED.match(low, end)
            if suffered and suffered.end() <= anchor <= suffered.end() + 40:
                # "North Korea has suffered at least 1,100 casualties": the state's own losses.
                out.append((0, abs(start - anchor), m.lastgroup, start, end))
            continue  # "Russia had confirmed holding …": the state acting, not its soldiers
        person = _PERSON_AFTER.match(after)
        if person and person.start("noun") > 1 and _DEMONYM_PEOPLE.fullmatch(m.group(0)) \
                and _LOSE_PEOPLE.search(after, 0, person.start("noun")):
            person = None   # "the Russians lose more people": a plural demonym is the subject, not a modifier
        if person:
            tail = end + person.end()
            # "A captured Ukrainian soldier told reporters …": the speaker is who the outcome befell.
            described = anchor < start and _OUTCOME_ON.fullmatch(low, anchor, start)
            if not speakers and not described and _REPORTING_AFTER.match(low, tail) and _RANK.fullmatch(person.group("noun")):
                # "“We lost eleven men,” a Ukrainian lieutenant said": the speaker's bloc still
                # says whose "we" (a bloc word off the outcome).
                out.append((3, abs(start - anchor), m.lastgroup, start, end))
                continue
            if (_ACCUSED_BEFORE.search(before) and _OF_DOING.match(low, tail)) \
                    or (_AGENT_AFTER.match(low, tail) and not _COUNT_BEFORE.search(low, max(0, start - 24), start)) \
                    or (not speakers and not described and _REPORTING_AFTER.match(low, tail)):
                continue  # (but "4,140 North Korean soldiers killed" are counted, not killers)
            if described:
                out.append((0, start - anchor, m.lastgroup, start, tail))
                continue
            group = "civilians" if _CIVILIAN_HEAD.match(person.group("noun")) else m.lastgroup
            if group == "civilians" and person.group("noun").lower() in ("boys", "lads") and _BATTLE.search(low):
                group = m.lastgroup   # "the Russian boys died in the first assault": a bloc's young soldiers
            suffered = _SUFFERED.match(low, tail)
            # "North Korean units were suffering very heavy losses": the subject of the loss.
            rank = 0 if suffered and suffered.end() <= anchor <= suffered.end() + 30 else 1
            out.append((rank, abs(start - anchor), group, start, tail))
            continue
        # "the North Koreans", "Russians": a plural demonym is people, like "Russian soldiers".
        # (Only where a clause ends on it: "Those were the North Koreans.", not "the Russians are
        # using them" or "alongside the Koreans had"; or where the outcome begins with it, "the
        # Koreans who fell".)
        if _ASSET_AFTER.match(after) and _TARGET_BEFORE.search(before):
            continue  # "before they reached the Ukrainian trenches": the attackers' target, not the dead
        if _DEMONYM_PEOPLE.fullmatch(m.group(0)) and _AGENT_AFTER.match(after) and not _COUNT_BEFORE.search(
                low, max(0, start - 24), start):
            continue  # "the North Koreans had taken 11 Ukrainian soldiers prisoner": the captors
        if start < anchor and _DEMONYM_PEOPLE.fullmatch(m.group(0)) and _PASSIVE_ON.fullmatch(low, end, anchor):
            out.append((0, anchor - start, m.lastgroup, start, end))   # "three North Koreans had been captured"
            continue
        if anchor < start and _DEMONYM_PEOPLE.fullmatch(m.group(0)) and _OUTCOME_ON.fullmatch(low, anchor, start):
            out.append((0, start - anchor, m.lastgroup, start, end))   # "saw wounded North Koreans blow …"
            continue
        rank = 2 if _ASSET_AFTER.match(after) else \
            1 if (_DEMONYM_PEOPLE.fullmatch(m.group(0)) and (_CLAUSE_END.match(after) or start == anchor)) or (
                _ONE_PERSON_BEFORE.search(before) and _VERB_AFTER.match(after)) else 3
        out.append((rank, abs(start - anchor), m.lastgroup, start, end))
    if any(h in low for h in _SIDE_NOUN_HINTS):
        for m in _SIDE_NOUNS.finditer(low, lo, hi):
            if not _AGENT_AFTER.match(low, m.end()):
                out.append((1, abs(m.start() - anchor), m.lastgroup, m.start(), m.end()))
    for m in _CIVILIANS.finditer(low, lo, hi):
        if (not speakers and _REPORTING_AFTER.match(low, m.end()) and not _ADMITTED_TO.match(low, m.end())) \
                or _AGENT_AFTER.match(low, m.end()):
            continue
        if out and any(a <= m.start() < b for _, _, _, a, b in out):
            continue  # the head of "Ukrainian civilians", already counted
        if m.group(0) == "patients" and any(b == m.start() - 1 for _, _, _, _, b in out):
            continue  # "the Korean patients it had received": a bloc's wounded men, not civilians
        word = m.group(0)
        if _UNIT_POSSESSIVE.search(low, max(0, m.start() - 40), m.start()):
            continue  # "the battalion's evacuation drivers": the unit's own people
        if word in ("families", "family") and low.endswith(("bereaved ", "grieving ", "mourning "), 0, m.start()):
            continue  # "told the bereaved families that their sons …": who mourns, not who died
        if word in ("families", "family") and (
            low.startswith(" of ", m.end())
            or _POSSESSIVE_BEFORE.search(low, max(0, m.start() - 8), m.start())
            or _WHO_SPEAK.match(low, m.end())   # "families who speak about their losses risk punishment"
            or _FAMILIES_TOLD.match(low, m.end())   # "families had been informed that the boys died": the bereaved
            or _FAMILIES_OF_SONS.match(low, m.end())   # "four families still do not know whether their sons are alive"
        ):
            continue  # "their families were informed", "families of the missing": the bereaved
        if word == "staff" and low.endswith(("general ", "general’s ", "general's "), 0, m.start()):
            continue  # the General Staff is a military command, not a hospital's staff
        if _SERVE_AFTER.match(low, m.end()):
            continue  # "where many residents of the region serve": soldiers, whatever their home
        if _TAKEN_BY_US.match(low, m.end()):
            continue  # "the boy we captured": a captive soldier, not a civilian
        if _SOURCE_BY.search(low, max(0, m.start() - 50), m.start()):
            continue  # "records passed on by Russian medical staff": who gave the figure, not the dead
        if word == "boys" and (low.endswith(("our ", "my "), 0, m.start()) or _IN_UNIT_AFTER.match(low, m.end())):
            continue  # "our boys", "two boys from my squad": the side's soldiers
        if word == "people" and out and _LOSE_PEOPLE.search(low, max(0, m.start() - 30), m.start()):
            continue  # "the brigade lost 40 people": the loser's own, where a bloc is named
        rank = 1 if word in _STRONG_CIVILIAN else 3 if word in _WEAK_CIVILIAN else 2
        if m.end() + 1 == anchor and word in ("civilian", "civilians"):
            rank = 0  # "civilian casualties": on the claim's own outcome noun
        out.append((rank, abs(m.start() - anchor), "civilians", m.start(), m.end()))
    return out


# A loss verb just before its object: "lose more people", "were losing".
_LOSE_PEOPLE = re.compile(r"\b(?:lose|loses|lost|losing)\s+(?:[\w,-]+\s+){0,3}?$")


def _coordinated(text: str, at: int) -> bool:
    """Whether the bloc word at ``at`` is joined by "and"/"or" to another bloc's word."""
    for m in _BLOC_PAIR.finditer(text, max(0, at - 40), at + 80):
        if m.start() <= at < m.end():
            first = _BLOC.match(text, m.start())
            second = _BLOC.search(text, first.end())
            return first.lastgroup != second.lastgroup
    return False


_HELD_BY = {"russia": "ukraine", "ukraine": "russia"}
# "two soldiers captured by Ukraine": the captor after the verb.
_CAPTURED_BY = _ci(r"\b(?:captured|taken\s+(?:prisoner|captive)|held|detained)\s+by\s+(?:the\s+)?$")
_CAPTOR_AGENT = _ci(
    r"\s*(?:,\s*)?(?:have\s+|has\s+|had\s+|reportedly\s+|also\s+)?(?:captured|took|taken|taking)\b"
    r"(?!\s+(?:part|prisoner|captive|hostage)\b)"
)


def _captor_victim(text: str, low: str, lo: int) -> str | None:
    """For "in Russian captivity" or "Ukrainian marines have taken 14 prisoners" with no other
    group: the other side is the one held."""
    for m in _BLOC.finditer(text, lo):
        if _CAPTOR_AFTER.match(low, m.end()) or _CAPTURED_BY.search(low, max(0, m.start() - 30), m.start()):
            return _HELD_BY.get(m.lastgroup)
        person = _PERSON_AFTER.match(low, m.end())
        if person and _CAPTOR_AGENT.match(low, person.end()):
            return _HELD_BY.get(m.lastgroup)
    return None


# Voices of a bloc member other than the bloc's lead: North Korea's state media and leaders speak
# of North Korea's soldiers ("KCNA said the fallen fighters were laid to rest"), not Russia's.
# (A "Korean lieutenant" heard on Russia's side of the war is one of Pyongyang's.)
_MEMBER_VOICE = _ci(r"\b(?:kcna|(?<!south\s)korean|pyongyang|north\s+kore\w*|kim(?:\s+jong|$)|dprk|rodong|"
                    r"democratic\s+people['’]s\s+republic)")


# Voices of the Western bloc with no army in the war: South Korea's NIS, the Pentagon, Britain's
# defence ministry, ISW. Their "soldiers missing", "wounded flown to Moscow" are not Ukraine's own.
_THIRD_PARTY_VOICE = _ci(
    r"\b(?:nis|national\s+intelligence\s+service|south\s+kore\w*|seoul|joint\s+chiefs|jcs|pentagon|"
    r"washington|white\s+house|state\s+department|united\s+states|u\.s\.|americans?|britain|british|"
    r"uk|london|nato|isw|institute\s+for\s+the\s+study\s+of\s+war|rusi|japan\w*|german\w*|"
    r"france|french|poland|polish|estonia\w*|latvia\w*|lithuania\w*|finland|finnish|european|eu|western)\b"
)
# Voices whose tolls are of civilians unless they name soldiers: the UN's human-rights monitors,
# rights groups.
_CIVILIAN_COUNTER = _ci(r"\b(?:un\b|united\s+nations|monitoring\s+mission|ohchr|hrmmu|human\s+rights\s+(?:watch|group|monitor)|"
                        r"amnesty|rights\s+group|ocha)")
# What ``_voice_group`` returns for those voices: no group of their own.
_NO_OWN = "-"


# (And the units they were put under: "each attached to a Russian marine unit", "under Russian command".)
_ALONGSIDE_ONLY = _ci(r"\b(?:fighting|fought|serving|served)\s+(?:alongside|beside|with)\s+(?:the\s+)?$")
_ALONGSIDE = _ci(r"\b(?:alongside|beside|against|attached\s+to|assigned\s+to|subordinated\s+to|embedded\s+(?:in|with)|"
                 r"integrated\s+into|under)\s+(?:the\s+|an?\s+)?$")
_ENEMY_PEOPLE = re.compile(r"\b(North\s+Korean|Russian|DPRK|KPA)s?\s+(?:soldiers|troops|forces|units|infantry|servicemen|"
                           r"brigades?|fighters|contingent|assault\s+groups)\b|\b(?:the\s+)?(?<!South\s)((?:North\s+)?Koreans)\b")
_FOUND_ON = _ci(r"\b(?:found|taken|recovered|removed)\s+(?:on|from)\s+(?:the\s+)?(?:body|bodies|corpse|remains)\s+of\b|"
               r"\b(?:found|taken|recovered)\s+(?:on|from)\s+(?:a|an|the)\s+(?:dead|killed|fallen)\b")
_CAPTIVE_STORY = re.compile(r"\ban?\s+(?:North\s+Korean|Russian|Ukrainian)\s+(?:soldier|serviceman|private|conscript)\s+"
                            r"(?:who\s+was\s+)?captured\b|\bcaptured\s+(?:North\s+Korean|Russian|Ukrainian)\s+"
                            r"(?:soldier|serviceman|private|conscript)\b")
_SOLDIER_NOUN = _ci(r"\b(?:soldiers?|servicem[ae]n|marines?|prisoners?|captives?|conscripts?|officers?|pilots?|privates?)\b")


# A Korean full name as an article gives it, family name first: "Kim Song-chol", "Lee Ji-hoon".
# (A short family name, then a hyphenated given name, as the split reads Korean names.)
_KOREAN_FULL_NAME = re.compile(r"(?:(?:Rev|Dr|Mr|Ms|Mrs)\.?\s+)?[A-Z][a-z]{1,4}\s+" + KOREAN_GIVEN_NAME)


def _voice_group(speaker, side: str, channel=None) -> str | None:
    """The group a speaker's "we" and unnamed soldiers are when not the side's lead state;
    :data:`_NO_OWN` for a Western voice with no army in the war."""
    if not isinstance(speaker, str):
        return None
    if side == "russia" and isinstance(channel, str) and _MEMBER_VOICE.search(channel.lower()) \
            and "russia" not in speaker.lower():
        # A mother in a KCTV film, "my son gave his life": the voices the North's media carry are
        # its own people (not a Russian officer it interviews).
        return "dprk"
    if side in _OTHER_BLOCS and _SOLDIER_NOUN.search(speaker.lower()):
        # "Unidentified North Korean Soldier" on the SBU's video: a captive the other side relays
        # speaks of his own bloc's men.
        other = _other_bloc(speaker, side)
        if other is not None:
            return other
    if side == "russia" and _MEMBER_VOICE.search(speaker.lower()):
        return "dprk"
    if side == "ukraine_west" and _KOREAN_FULL_NAME.fullmatch(speaker.strip()):
        # A defector pastor's "our brothers died in the snow of Kursk", a Seoul consul's "we were
        # talking about 300 killed": the only Koreans fighting are the North's.
        return "dprk"
    if side == "ukraine_west" and _THIRD_PARTY_VOICE.search(speaker.lower()) and "ukrain" not in speaker.lower():
        return _NO_OWN
    if _CIVILIAN_COUNTER.search(speaker.lower()):
        return "civilians"  # the UN's monitors and rights groups count civilian harm
    return None


def _enemy_or_own(text: str, low: str, start: int, side: str, own: str | None, anchor: int | None = None) -> str | None:
    """Read "the enemy", "our", "its own" from the claimant's side; ``own`` is the group "we" are
    (the side's army, or a relayed captive's own); None when none applies. With ``anchor`` (the
    outcome word), "our boys" before it outweighs an enemy named after it."""
    if side not in _ENEMY_OF:
        side = None
    if side and _OWN_LOSSES.search(low, start):
        return own  # "our losses are many times smaller than those of the enemy"
    if side and anchor is not None and _OWN_PEOPLE.search(low, start, anchor) and not _OWN_AGENT.search(low, start):
        enemy = _ENEMY.search(low, start)
        if enemy is None or enemy.start() > anchor:
            # "Four of our boys were taken prisoner when the enemy cut off the flank": the enemy acts.
            return own
    if side and (_OWN_AGENT.search(low, start) or _ENEMY.search(low, start) or _BEFORE_OWN_LINES.search(low, start)):
        return _ENEMY_OF[side]
    its = _ITS_OWN.search(low, start)
    if its:
        # "its" is the actor named before it; "its own" with none named is the claimant's.
        actor, actor_end = None, 0
        for m in _ACTOR.finditer(text, 0, its.start()):
            actor, actor_end = m.lastgroup, m.end()
        if actor and not _UNIT_NOUN.search(low, actor_end, its.start()):
            if _AGENT_AFTER.match(low, its.end()) and actor in _SIDE_OF_GROUP:
                # "the ministry said its forces had struck …, killing up to 40 servicemen": the
                # actor's forces strike; the dead are its enemy's.
                return _ENEMY_OF[_SIDE_OF_GROUP[actor]]
            return actor  # else "his company lost 76 of its 90 men": "its" is the unit
        if low.startswith("their", its.start()):
            # "Russian milbloggers complained that their units …": the people named before.
            named = [m.lastgroup for m in _BLOC.finditer(text, 0, its.start())
                     if not _INSTITUTION_AFTER.match(text, m.end())]
            if named:
                return named[-1]
        if side and (its.group("own") or (low.startswith("its", its.start()) and actor is None
                                          and _BODY_BEFORE_ITS.search(low, max(0, its.start() - 80), its.start())
                                          and not _UNIT_NOUN.search(low, max(0, its.start() - 80), its.start()))):
            # "its own"; "the Defence Ministry reported that its forces had lost not a single man":
            # the body that speaks counts its own forces.
            return own
    if side:
        for o in _OWN.finditer(low, start):
            if _OWN_DEFENDER.search(low, max(0, o.start() - 30), o.start()):
                continue  # "thanks to our air defence nobody was killed": "our" saved them
            if _told_us(low, o):
                continue  # "the head of our district told us that …": whom it was told, not the dead
            if _OWN_CIVIL.match(low, o.start()) or (
                    not _OWN_UNIT.match(low, o.start()) and _civilian_speaker(low, start)):
                # "everyone in our street is alive"; a crane operator's "one of our guards"
                return "civilians"
            return own
    return None


# A unit with no bloc named said to have lost no one: the claimant's own ("the regiment had
# “suffered no losses”").
_UNIT_DENIAL = _ci(r"\b(?:the|its|our|their|this|that)\s+(?:regiment|brigade|battalion|unit|division|company|garrison|crew|"
                   r"detachment|platoon)\s+(?:had\s+|has\s+|have\s+)?[\"“]?(?:suffered|sustained|taken|lost)\s+no\s+"
                   r"(?:losses|casualties|men|one)\b")
# "The ministry, for its part, said it had suffered no losses": the speaker denies its own.
_SELF_DENIAL = _ci(r"\b(?:said|says|insisted|insists|claimed|claims|stated|added)\s+(?:that\s+)?(?:it|we)\s+"
                   r"(?:had\s+|has\s+|have\s+)?(?:suffered|sustained|taken|lost)\s+no\s+(?:losses|casualties|men)\b")
# "their bodies", "their losses": a possessive a side does not use for its own dead.
_THEIR_OUTCOME = _ci(r"\btheir\s+(?:bodies|losses|dead|casualties|corpses)\b")
_OWN_LOSSES = _ci(r"\b(?:our|my)\s+(?:own\s+)?(?:losses|casualties|dead|wounded)\b")
# A relative lost at the front is a soldier: "her son, 23, was killed near Pokrovsk", "her
# husband, who went missing near Kupiansk", "killed in action".
_RELATIVE_AT_FRONT = re.compile(
    r"\b(?:[Ss]ons?|[Hh]usbands?|[Bb]rothers?|[Ff]athers?|[Nn]ephews?|[Gg]randsons?|[Ff]ianc[ée]e?)\b"
    r"(?:,?\s+[\w'’-]+){0,4}?,?\s+(?:who\s+)?(?:was|were|had\s+been|has\s+been|went|is|are|had|has)\s+"
    r"(?:(?:killed|missing|wounded|captured|died|fell)\s+(?:in\s+action|at\s+the\s+front|near\s+[A-Z]|"
    r"in\s+the\s+war\b|fighting\b|in\s+combat\b))"
)
# "some families were told their sons had died in training accidents": the sons are soldiers.
# "residents who were killed while carrying out combat missions": soldiers, whatever their home.
_COMBAT_DEATH = _ci(
    r"\b(?:killed|died|fell|perished)\s+(?:while\s+(?:carrying\s+out|performing|on)\s+(?:their\s+|a\s+)?combat\s+"
    r"(?:missions?|duty|tasks?)|in\s+action|in\s+the\s+(?:zone\s+of\s+the\s+)?special\s+military\s+operation)"
)
_KIN_STEMS = ("son", "husband", "brother", "father", "nephew", "fianc", "cousin")
# "two of the women have lost nephews in Kursk": the relatives fell; the women are who mourn.
_LOST_RELATIVE = _ci(r"\blost\s+(?:(?:a|their|her|his|two|three)\s+)?(?:sons?|husbands?|brothers?|nephews?|grandsons?|"
                     r"cousins?)\b")
_SONS_DIED = _ci(
    r"\b(?:their|her|his)\s+(?:sons?|husbands?|brothers?)\s+(?:had\s+|have\s+|has\s+)?(?:not\s+)?[“\"]?(?:died|been\s+killed|"
    r"were\s+killed|was\s+killed|fallen)\b"
)
# The dead of a battle or an assault are combatants, whichever place it names.
_BATTLE = _ci(r"\b(?:battles?|assaults?|offensive|counter-?offensive|fighting|combat|firefights?)\b")
_OF_THEM = _ci(r"\b(?:of|among)\s+(?:them|those|these)\b")
# A count that continues the one before: "A third was wounded", "Five more were hurt", "Another
# died in hospital".
_ONE_MORE = _ci(
    r"\s*(?:(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|other)|another|(?:[\d,]+|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|several|dozens|hundreds|(?:several|a\s+few|a)\s+dozen)\s+(?:more|others))\s+"
    r"(?:[\w-]+\s+)?(?:was|were|is|are|has|have|had|died)\b"
)
_COUNTED_AFTER = _ci(
    r"(?:'s)?(?:\s+(?:forces|army|troops|military))?\s+(?:(?:had|has|have)\s+)?(?:(?:suffered|lost|sustained)\b|"
    r"(?:(?:about|around|roughly|between|some|over|more\s+than|nearly|up\s+to)\s+)?\d)"
)


_LOCAL_AUTHORITY = _ci(
    r"\b(?:governor|mayor|(?:district|village|town|community)\s+head|head\s+of\s+the\s+(?:district|village|town|community)|"
    r"(?:regional|city|district|oblast|town)(?:'s)?\s+(?:military\s+)?(?:administration|"
    r"council|authorities|health\s+(?:ministry|minister|department))|local\s+(?:authorities|officials)|emergency\s+services?|rescuers|police|"
    r"(?:moscow|russian|kremlin|kyiv)-(?:installed|appointed)\s+(?:officials?|authorities|administration|head|leader)|"
    r"occupation\s+(?:authorities|officials|administration))\b"
)


_ASSAULT_ON = _ci(r"(?:\s+[\w-]+)?\s+(?:assaults?|attacks?|offensive|counter-?attacks?|raids?|ambush)\s+on\b")


def _each_counted(text: str, start: int) -> bool:
    """Whether two blocs' losses are each counted in the unit ("Russia had suffered …, and Ukraine
    between …"): the claim weighs both."""
    groups = {m.lastgroup for m in _BLOC.finditer(text, start) if _COUNTED_AFTER.match(text, m.end())}
    return len(groups & {"russia", "ukraine"}) == 2


def _told_us(low: str, m: re.Match) -> bool:
    """Whether the word ``m`` found is the "us" whom something was told ("told us that …")."""
    return m.group(0) == "us" and _TOLD_US.search(low, max(0, m.start() - 12), m.start()) is not None


# A rank before a name, in the article's own case: "Private Artyom Lyubimov, 19, … died of his
# wounds", "Maj. Oleh Danyliuk" (lower case, "private" and "major" are mostly not ranks).
# A wargame's world, whose losses are hypothetical (guide 6): its umpires' rulings, its moves and teams.
_GAME_WORLD = re.compile(r"\bControl\s+(?:rules|ruled|assesses|assessed|adjudicates|judges|endorsed|has\s+not)\b|"
                         r"\b[Ii]n[- ]game\b|\b[Ii]n\s+the\s+game\b|\badjudicated\b|\bnotional\b|\b[Mm]ove\s+\d\b|"
                         r"\bwhen\s+play\s+ends\b|\b(?:Russia|Ukraine|United\s+States|China|Korea|Japan)\s+team(?:['’]s)?\b|"
                         r"\bmock\s+(?:press\s+)?briefing\b|"
                         r"\b[Ii]n\s+(?:our|the|a|this|an)\s+(?:downside|upside|base|baseline|adverse|stress|worst-case|"
                         r"best-case|alternative)\s+(?:case\s+)?scenario\b")
# A person named with an age: "Gennady S., 67,", "Halyna Moroz, 54,".
_NAMED_AGED = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,2},\s+\d{1,3},")
_RANK_NAME = re.compile(r"\b(?:Private|Pvt\.|Pte\.|Major|Maj\.|Captain|Capt\.|Colonel|Col\.|Lt\.|Lieutenant|Sgt\.|"
                        r"Sergeant|Cpl\.|Corporal)\s+(?:[A-Z][a-z'’-]+\s+)?[A-Z][a-z'’-]+")


_FAMILIES_OF_SONS = re.compile(r"\s+(?:[\w-]+\s+){0,6}?(?:their|whose)\s+(?:sons|husbands|brothers|fathers|men)\b")
_FAMILIES_TOLD = re.compile(r"\s+(?:in\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:had\s+|have\s+|has\s+|were\s+|was\s+|are\s+|is\s+)?"
                            r"(?:been\s+)?(?:often\s+|only\s+|later\s+|since\s+)?(?:told|informed|notified|received|receive|got|"
                            r"given|sent)\b")


def _military(low: str, start: int):
    """The first soldier word from ``start`` on; not the "us" whom something was told."""
    for m in _MILITARY.finditer(low, start):
        if not _told_us(low, m):
            return m
    return None


_HONOUR_STEMS = ("honou", "decorat", "mourn", "tribute", "wreath", "commemorat", "medal",
                 "weep", "wept", "cry", "crie", "knee", "knelt", "families", "flowers")
_HONOURING_STATE = {"kim jong un": "dprk", "kim jong-un": "dprk", "pyongyang": "dprk", "north korea": "dprk",
                    "putin": "russia", "the kremlin": "russia", "moscow": "russia",
                    "zelenskyy": "ukraine", "zelensky": "ukraine", "kyiv": "ukraine"}
_HONOURS_ITS_OWN = re.compile(r"\b(?P<who>" + "|".join(re.escape(k) for k in _HONOURING_STATE) + r")\b[^.;:]{0,90}?"
                              r"\b(?:honou?r(?:s|ed|ing)?|decorat(?:es|ed|ing)|mourn(?:s|ed|ing)?|commemorat(?:es|ed|ing)|"
                              # "Kim Jong-un weeping over flag-draped coffins", "knelt before the coffins"
                              r"(?:weep(?:s|ing)?|wept|cr(?:y|ies|ied|ying)|kn(?:eel|eels|elt|eeling))\s+(?:over|before|beside|at)\b|"
                              # "Pyongyang had told the families of many of the dead that …": a state tells its own
                              r"(?:told|tells|informed|informs|notified|notifies)\s+(?:the\s+)?families\b|"
                              r"laid\s+wreaths|(?:lay|lays|laid|laying)\s+flowers|paid\s+tribute|(?:pinned|presented|awarded|handed\s+out)\s+(?:[\w-]+\s+){0,2}?medals)\b")


def _victim(
    text: str,
    low: str,
    anchor: int,
    side: str,
    context=None,
    *,
    intercepted: bool = False,
    outcome: str = "",
    dismissal: bool = False,
    own: str | None = None,
) -> str:
    """Name whose casualties a claim is about (the order is in the module docstring).

    Parameters
    ----------
    text, low : str
        The unit, and the unit lower-cased with the same offsets.
    anchor : int
        Where the outcome word starts.
    side : str
        The claimant's side, already switched to the other side inside an intercepted call.
    context : _Context, optional
        What the sentences before the unit said (the unit entered last):
        :meth:`_Context.lookup` gives the last group named or claimed and whether it is from the
        same report, :meth:`_Context.site` whether the same report names a civilian site.
    intercepted : bool
        Whether the unit quotes an intercepted call of the other side's soldier.
    outcome : str
        The outcome kind of the match at ``anchor`` (one of :data:`OUTCOMES`).
    dismissal : bool
        Whether the claim is a dismissal of a figure given before ("Moscow dismissed the
        estimate"): the dismissing side's own losses, else the losses the figure was about.
    own : str, optional
        The group "we" and "my comrades" are when it is not the side's own army: a captured
        North Korean soldier's, in a video the other side released.

    Returns
    -------
    str
        One of :data:`VICTIMS`.
    """
    start = _content_start(low, anchor)
    if " | " in low:
        # A table's row: the cells before the claim's own name its source ("Ukraine's HUR | …").
        start = max(start, low.rfind(" | ", 0, anchor) + 3)
    elif low[:2] in ("- ", "• ", "* ") and (colon := low.find(": ", 0, anchor)) > 0 and "(" not in low[colon:anchor]:
        # A list's item "- Ukraine's HUR (Feb. 18): more than 4,000 killed": its source before the
        # colon, whose bloc word is not the victim.
        start = max(start, colon + 2)
    third = own == _NO_OWN   # a voice with no army in the war: no "own" soldiers to fall back on
    own = None if third else own or _OWN_OF.get(side)
    if own and _BURIED_OURS.match(low, anchor):
        return own   # a mayor's "we have buried 43 of our men": the town's soldiers, the side's own
    if own and "home in" in low and "our " in low and _HOME_IN_COFFINS.match(low, anchor):
        # "In our district at least forty men have come home in coffins": soldiers, the side's own.
        found = _candidates(text, low, start, anchor, anchor)
        if all(f[2] == "civilians" for f in found):
            return own
    handed = _HANDED_BY.search(low, max(0, start - 12)) if "bodies" in low or "remains" in low else None
    if handed:
        return _HANDED_GROUP[handed.group(1)]   # "among the bodies Russia handed over, … 74 killed": Ukraine's dead
    ally = _ALLY_LOSSES.search(low, start) if "all" in low else None
    if ally and (side == "russia" if ally.group("our") else not low.startswith("its", ally.start("pos"))
                 or _RUSSIA_BEFORE_ITS.search(low, 0, ally.start())):
        return "dprk"
    if own and "our " in low and (ours := _OWN_LOSSES.search(low, start)) is not None and ours.start() <= anchor < ours.end():
        return own   # "But our losses are several times lower than the Ukrainian losses": ours first
    found = _candidates(text, low, start, len(text), anchor)
    if "our korean" in low and _OUR_KOREANS.search(low, start) and not _OWN_LOSSES.search(low, start) \
            and all(f[2] == "dprk" for f in found) and not _OWN_UNIT.search(low, start):
        # (Not "not one civilian was harmed", "took 12 Ukrainian soldiers prisoner", "his battalion
        # had not lost a single man": those named.)
        return "dprk"
    if any(w in low for w in _HONOUR_STEMS) and (hon := _HONOURS_ITS_OWN.search(low, 0, anchor)) is not None \
            and anchor - hon.end() <= 40 and not any(hon.end() <= f[3] < anchor for f in found):
        # "Kim Jong Un … honouring soldiers killed in Russia": a state's leader honours, decorates
        # or mourns its own dead, wherever they fell.
        return _HONOURING_STATE[hon.group("who")]
    close = low.find("”", anchor) if low.startswith("“") else -1
    if close > 0:
        # "“Two of our boys were wounded,” said a resident": a civilian in the tag after a quote
        # is who speaks, not whose losses the quote is about (a bloc there still says whose "we").
        found = [f for f in found if f[3] < close or f[2] != "civilians"]
    # (The substring tests skip scans that cannot apply: a speed-up only.)
    kin = any(k in low for k in _KIN_STEMS)
    at_front = (kin and (_RELATIVE_AT_FRONT.search(text) or _SONS_DIED.search(low) or _LOST_RELATIVE.search(low, start))) \
        or (("action" in low or "combat" in low or "special military" in low) and _COMBAT_DEATH.search(low, start))
    if at_front:
        # "a Kostromino resident whose son was killed near Pokrovsk": the son was a soldier; the
        # resident is who speaks.
        found = [f for f in found if f[2] != "civilians"]
    if found and all(f[2] == "civilians" and f[0] >= 3 for f in found) and _military(low, start):
        # "people filled the church for the funeral of Sergeant Kolesov": the mourners are not
        # the dead.
        found = []
    if side in _OTHER_BLOCS and not found and ("interrogat" in low or "investigat" in low or "captors" in low) \
            and _CAPTIVE_TOLD.search(low, 0, anchor) and _HIS_UNIT.search(low):
        # "One told his interrogators that most of his unit had been killed": the captive's own
        # side's men, the other bloc's member the report is about.
        group, _ = context.lookup() if context is not None else (None, False)
        enemy = context.enemy_named[0] if context is not None else None
        return group if group in _OTHER_BLOCS[side] else enemy if enemy in _OTHER_BLOCS[side] else _ENEMY_OF[side]
    mentions_both = (
        "both" in low or "each" in low or "either" in low or "all sides" in low or "all armies" in low
    ) or "how many" in low or "two " in low or "civilians" in low or "other" in low
    both = mentions_both and _BOTH_SIDES.search(low, start)
    if own and "no " in low and _SELF_DENIAL.search(low, 0, anchor + 20):
        return own   # "said it had suffered no losses near Sudzha and called the Ukrainian account fiction"
    if _each_counted(text, start):
        return "unspecified"   # "Russia had suffered 1.2 million …, and Ukraine between …"
    if own and found and "our " in low and all(f[3] > anchor for f in found) \
            and _OWN_PEOPLE.search(low, start, anchor) and not _OWN_AGENT.search(low, start):
        # "some of our valiant soldiers laid down their lives … to drive the neo-Nazi invaders
        # out": "our" men before the outcome, the enemy only after it.
        return own
    if found:
        rank, _, group, a, _ = min(found)
        if rank < 3 or not _enemy_or_own(text, low, start, side, own, anchor):
            if group != "civilians" and _coordinated(text, a):
                return "unspecified"
            # Civilians are civilians on either side: "killed and wounded civilians on both sides
            # of the front" (the subject or object of the outcome, not a group further off).
            near = group == "civilians" and rank == 1 and abs(a - anchor) <= 30 and "how many" not in low \
                and not _MIXED.search(low)
            return "unspecified" if both and rank > 0 and not near else group
    if both or (mentions_both and _BOTH_SIDES.search(low)):
        # With no group named, "Both sides claimed heavy losses" is about both even though
        # "both sides" is the attribution.
        return "unspecified"
    if "rather than" in low and side in _ENEMY_OF and not intercepted and own == _OWN_OF[side] \
            and _RATHER_THAN_CAPTURE.search(low, start):
        # "We have seen wounded men blow themselves up rather than be taken prisoner": who would
        # rather die than be taken is the enemy the side would take.
        enemy = context.enemy_named[0] if context is not None else None
        return enemy if enemy in _OTHER_BLOCS[side] else _ENEMY_OF[side]
    if own and "no " in low and _UNIT_DENIAL.search(low, start):
        return own   # a ministry's "the regiment had suffered no losses": a side denies its own
    if "on the ground" in low and _NONE_HURT.search(low):
        return "civilians"   # "There were no casualties on the ground" under downed drones: the people below
    group = _enemy_or_own(text, low, start, side, own, anchor)
    if group == "russia" and side == "ukraine_west" and context is not None:
        # "We took him prisoner" after "Those were the North Koreans", "43 bodies in front of our
        # positions" from a major facing North Korean assaults: the enemy the report is about.
        named, same = context.lookup()
        enemy, where = context.enemy_named
        if (named == "dprk" and same) or (enemy == "dprk" and where is not None
                                          and 0 <= (context.current or 0) - where <= _ENEMY_IN_VIEW):
            return "dprk"
    if group and not (at_front and group == "civilians"):
        return group
    if own and _OFFICIAL_DUTY_DEATH.search(low, start):
        # Moscow's officialese for its own dead: "died while performing combat tasks in the zone
        # of the special military operation", "in the performance of his military duty".
        return own
    military = _military(low, start) or at_front or (_RANK_NAME.search(text, start) is not None)
    # "men" alone may be anyone's: a district head's "three men have been missing" are residents.
    soldierly = military and (military is True or military.group(0) not in ("men", "us", "guys")
                              or _MILITARY.search(low, military.end()))
    if side in _OWN_OF and own in _SIDE_OF_GROUP and own != _OWN_OF[side] and not intercepted \
            and (military or not _NONE_HURT.search(low)):
        return own  # KCNA's unnamed dead are North Korea's soldiers: its people are not at war
    pronoun = _PRONOUN_PASSIVE.search(low, start)
    if pronoun:
        before = _candidates(text, low, 0, pronoun.start(), pronoun.start(), speakers=True)
        if before:
            return min(before, key=lambda f: f[1])[2]
    home = _RETURNED_TO.search(low, start)
    if home:
        return _COUNTRY_GROUP[home.group(1).split()[-1]]   # "41 bodies had been returned to Russia": its dead
    # "in Russian captivity", "vanished from Russian cells": the other side is the one held.
    held = _captor_victim(text, low, start) if outcome in ("captured", "missing", "killed") else None
    if held:
        group, _ = context.lookup() if context is not None else (None, False)
        # "two soldiers captured in Kursk remain in Ukrainian custody" after North Koreans were
        # named: the held bloc's member the report is about.
        members = _BLOC_MEMBERS.get(_SIDE_OF_GROUP.get(held, ""), ())
        if (group == "civilians" and not _military(low, start)) or group in members:
            return group  # civilians taken under occupation stay civilians in Russian detention
        enemy = context.enemy_named[0] if context is not None else None
        return enemy if enemy in members else held
    if not found and "," in text and not kin and _NAMED_AGED.search(text) and not _RANK_NAME.search(text) \
            and not _military(low, 0):
        # "FOUND DEAD: Gennady S., 67, from Tyotkino": a person named with an age and no rank or
        # unit is a private person, whoever posts the notice (not "Halyna Shevchuk, 58, said her son
        # …": a relative who speaks).
        return "civilians"
    if side in _OWN_OF and not third:
        if intercepted or _OWN_UNIT.search(low, start) or _PRISON_COMPANY.search(low, start):
            return own  # the speaker's (or the intercepted soldier's) own unit, a freed man's cell-mates
        if _MEDICAL.search(low) and (military or _MILITARY.search(low, 0, start)):
            # Sides treat and evacuate their own wounded; "the battalion's medic said …" too.
            return own
        if outcome == "missing" and not _EVERYONE.search(low, start) and (soldierly or not _LOCAL_AUTHORITY.search(low)):
            group, same = context.lookup() if context is not None and not soldierly else (None, False)
            # ("It said dozens more were listed as missing after the fighting near Sudzha": more of
            # the same people, wherever.)
            if (same or _ONE_MORE.match(low, start)) and (group in _OTHER_BLOCS.get(side, ()) or group == "civilians"):
                # "The agency also believes several hundred are missing" after its count of North
                # Korean dead: the same report's group, not the claimant's own; "Three more are
                # still missing" after the residents a strike killed: residents.
                return group
            return own  # sides list their own soldiers as missing; a district head, her residents
        if dismissal and _MILITARY_SOURCE.search(low):
            return own  # "Moscow dismissed the General Staff's tallies": they count its soldiers
        if dismissal and context is not None:
            # The figure dismissed counted the losses of the dismissing side's bloc; the claim
            # before says which member ("North Korean troops" for a Russian-bloc dismissal).
            group, _ = context.lookup()
            # A dismissed civilian toll stays a civilian toll ("the Kremlin dismissed the toll").
            return group if group in _BLOC_MEMBERS[side] or group == "civilians" else own
        if dismissal or (
            (military or _MILITARY_LOSS.search(low, start))
            and (_ADMISSION.search(low, 0, anchor) or next(_dismissals(low), None) is not None)
        ):
            # Sides deny, dismiss figures of, or admit their own military losses.
            return own
        if military and _ZERO_SOLDIERS.search(low, start):
            return own  # "not a single soldier was killed": a side denying its losses
        if _OWN_COST.search(low, start):
            return own  # "took the village with minimal losses": the side's own cost
    if military or "position" in low or "operator" in low:
        # "went missing after a Russian assault on his position": the soldiers attacked are the
        # other side's.
        attack = next((m for m in _BLOC.finditer(text, start) if _ASSAULT_ON.match(low, m.end())), None)
        if attack is not None and attack.lastgroup in _HELD_BY:
            return _HELD_BY[attack.lastgroup]
    if side in _OWN_OF and not third and _FEWER_FACES.search(low) and not _FACING.search(low):
        return own   # "every rotation there were fewer faces I knew": the speaker's own side's men
    if soldierly and side in _OWN_OF and not third and _LOCAL_AUTHORITY.search(low) and _SERVED.search(low, start):
        return own   # a city council's count of its residents who served: the side's own soldiers
    if not soldierly and (_LOCAL_AUTHORITY.search(low) or (own == "civilians" and not _CAPTIVE_HINT.search(low))):
        return "civilians"  # a governor's, a city's or the UN monitors' toll is of the people there
    if not military and (_struck_site(low, start) or (start and _SITE_SPEAKER.search(low, 0, start))):
        return "civilians"  # a strike on homes, a market or a bus: the people there
    if context is not None:
        group, same = context.lookup()
        battle = _BATTLE.search(low)
        if not military and not battle and group != "civilians" and _NONE_HURT.search(low) \
                and context.site(paragraph_only=True):
            # "… debris damaged several private homes. No casualties were reported.": the people
            # of the site the paragraph just named, not the soldiers of the claim before it.
            return "civilians"
        if at_front and group in (None, "civilians"):
            if own is None and "special military operation" in low:
                return "russia"  # Moscow's name for its war names its soldiers
            return own or "unspecified"  # a resident's son at the front: her side's soldier
        if group == "civilians" and soldierly and not dismissal:
            group = None  # "Sergeant X lost his leg" after patients were moved: a soldier, not them
        # ("of them" just before the outcome, however long the attribution before it: "The agency
        # later told lawmakers in Seoul that roughly 2,000 of them had been killed".)
        if group is not None and side in _OWN_OF and own == _OWN_OF[side] and group in _BLOC_MEMBERS[side] \
                and "their" in low and _THEIR_OUTCOME.search(low, start):
            # "By evening the field was covered with their bodies" from an officer who just said
            # his own men were unhurt: a side calls its own dead "ours", so "their" are the enemy,
            # the one the report last named as people when it did so lately.
            enemy, where = context.enemy_named
            recent = where is not None and 0 <= (context.current or 0) - where <= 2
            return enemy if recent and enemy in _OTHER_BLOCS[side] else _ENEMY_OF[side]
        if group and (same or military or battle or dismissal or _OF_THEM.search(low, 0, start + 40)
                      or _OF_THEM.search(low, max(0, anchor - 40), anchor) or _ONE_MORE.match(low, start)):
            # "At least 14 of them were killed": the people of the sentence before, wherever.
            return group
        if not military and context.site():
            return "civilians"  # "No casualties were reported" after a strike on homes
        if military and context.topic == "dprk" and "foreign" not in low and "mercenar" not in low:
            # "Dozens of soldiers were killed in the assault" in a story about the North's troops
            # (not "1,200 foreign fighters", a mix of whose part the next sentence may give).
            return "dprk"
    return "unspecified"


def _struck_site(low: str, start: int = 0) -> bool:
    """Whether ``low[start:]`` names a civilian site other than a hospital the wounded were
    brought to."""
    for m in _CIVILIAN_SITE.finditer(low, start):
        if low.startswith("home", m.start()) and _GONE_HOME.search(low, max(0, m.start() - 12), m.start()):
            continue  # "the ashes flown home", "came home": a return, not a house struck
        if low.endswith(("field ", "military ", "army "), 0, m.start()):
            continue  # a field hospital, a military school: the army's own
        if not m.group(0).startswith("hospital"):
            return True
        if not any(d.start() <= m.start() < d.end() for d in _CARE_DESTINATION.finditer(low, start)):
            return True
    return False


_GONE_HOME = _ci(r"\b(?:flown|flew|sent|came|come|comes|coming|returned|brought|went|gone|going|shipped)\s+$")
_WHO_SPEAK = _ci(r"\s+who\s+(?:speak|spoke|talk|talked|ask|asked|complain\w*|fear|risk|wait\w*|protest\w*|search\w*)\b")
# "not a single Korean has been killed": a demonym used as a noun for one person.
_ONE_PERSON_BEFORE = _ci(r"\b(?:a|one|single|every|each|no|any)\s+$")
_VERB_AFTER = _ci(r"\s+(?:has|had|was|were|is|are|died|fell|survived)\b")
# "North Korea sent an estimated 11,000 troops to Russia": the state's soldiers, for the next
# "4,700 of them had been killed".
_SENT_TROOPS = _ci(r"\s+(?:has\s+|had\s+)?(?:sent|deployed|dispatched)\s+[^.;]{0,60}?\b(?:troops|soldiers|servicemen|forces)\b")


_RECORD_THAT = _ci(r"\b(?:footage|videos?|images?|photos?|photographs?|pictures?|clips?|figures?|data|reports?|"
                   r"accounts?|statements?|documents?|records?|lists?)\s+(?:that|which)\s+$")


def _named_group(text: str) -> str | None:
    """The last group a non-claim unit names as people ("North Korean units"), for context."""
    low = _lower(text)
    state = next((m for m in _BLOC.finditer(text) if m.group(0) in _STATES and _SENT_TROOPS.match(low, m.end())), None)
    if state is not None and not _candidates(text, low, state.end(), len(text), len(text)):
        return state.lastgroup
    # Not the company kept: "North Korean soldiers fighting alongside Russian forces" are about
    # the North Koreans.
    # Nor the maker of a record a relative clause names: "footage that Ukrainian units chose to
    # publish" is about the footage.
    found = [f for f in _candidates(text, low, 0, len(text), len(text))
             if f[0] <= 2 and not _ALONGSIDE.search(low, max(0, f[3] - 20), f[3])
             and not (low.endswith((" that ", " which "), 0, f[3]) and _RECORD_THAT.search(low, max(0, f[3] - 40), f[3]))]
    # People before things: "North Korean infantrymen who advanced toward Ukrainian positions" are
    # whom the next "most of the group were killed" is about.
    people = [f for f in found if f[0] <= 1] or found
    return max(people, key=lambda f: f[3])[2] if people else None


class _Context:
    """What the sentences before a unit said about whose losses are being discussed.

    Non-claim units are read for the groups they name only when a later claim needs them, so
    articles with few claims stay cheap.
    """

    def __init__(self):
        self.group, self.paragraph = None, None  # resolved context
        self.pending = []  # non-claim units since, newest last
        self.paragraph_texts = []  # earlier units of the current paragraph
        self.previous_texts = []  # units of the paragraph just before
        self.current, self.text, self.position = None, "", -1  # the unit entered last
        self.claim_at = None  # (position, paragraph) of the last casualty claim
        self.intercept_side, self.intercept_paragraph = None, None
        self.intercept_group = None  # the group of the relayed voice, when the unit names it
        self.enemy_named = (None, None)  # Moscow's bloc member last named as people, and where
        self.writer = None  # (side, group): a diary or letters taken from a soldier of the other bloc
        self.questioned = None  # the paragraph where a captive told his interrogators something
        self.intercepted_call = False  # the article gives an intercepted call's transcript
        self.topic = None  # the bloc member the article is about, when it names one far more than the others

    def enter(self, text: str, low: str, side: str, paragraph, position: int, *, hinted: bool = True,
              relayed: bool = False, attributed: bool = False, own_voice: bool = False,
              labelled: bool = False) -> str:
        """Enter a body unit; return the side to read "our" and "the enemy" from.

        ``hinted`` says the unit has an outcome or dismissal stem: a captive's interview has one
        ("captured", "prisoner"). ``relayed`` says the split gave the unit a channel: a voice
        that a side passes on, such as a captive the sentence before introduced. ``attributed``
        says the split found the unit's own reporting verb or "according to" (no quote tag);
        ``own_voice`` that the unit is an interviewee's or a narrator's own words; ``labelled`` that
        it stands under a transcript's speaker label.
        """
        if paragraph != self.current:
            self.previous_texts = self.paragraph_texts if _near(paragraph, self.current) else []
            self.paragraph_texts, self.current = [], paragraph
        self.text, self.position = text, position
        if self.writer is None and position <= 4 and side in _OTHER_BLOCS and "captured" in low \
                and _CAPTIVE_STORY.search(text):
            # The lead of a story about one captive ("a North Korean soldier captured in Kursk
            # describes …"): "the soldier" who speaks later is of his bloc, as a diary's writer is.
            group = _other_bloc(text, side)
            self.writer = (side, group) if group else None
        if side in _OTHER_BLOCS and ("found " in low or "taken " in low or "recovered " in low or "removed " in low) \
                and _FOUND_ON.search(low) and any(
                w in t for t in (low, *map(_lower, self.paragraph_texts)) for w in ("diar", "notebook", "letter")):
            # "The notebook … was taken from the body of a North Korean soldier": his "we" is theirs.
            group = _other_bloc(text, side)
            self.writer = (side, group) if group else self.writer
        if "orea" in text or "DPRK" in text or "KPA" in text or "Russian" in text:
            # Which of Moscow's forces the report last named as people: "the enemy" after North
            # Koreans were named is them.
            for m in _ENEMY_PEOPLE.finditer(text):
                self.enemy_named = ("russia" if (m.group(1) or m.group(2)) == "Russian" else "dprk", paragraph)
        questioned = self.questioned is not None and self.questioned == paragraph and _HE_GOES_ON.match(low)
        if "interrogat" in low or "questioning" in low:
            # "The younger one told our interrogator that …": a captive speaks, and "He also said"
            # after it in the paragraph is still him.
            self.questioned = paragraph if _CAPTIVE_TOLD.search(low) or _TOLD_QUESTIONING.search(low) else None
        if side in _FLIP and (
            ("intercept" in low and _INTERCEPT.search(low))
            or (hinted and ("captur" in low or "captiv" in low or "prisoner" in low or "taken" in low or questioned)
                and (questioned or _captive_speaks(text, low, side)))
        ):
            self.intercept_side, self.intercept_paragraph = side, paragraph
            # "a captured North Korean soldier said": his "we" are North Koreans, not Russians;
            # with no group named, the one the report was about.
            self.intercept_group = _other_bloc(text, side)
            if self.intercept_group is None and "intercept" not in low:
                group, _ = self.lookup()
                self.intercept_group = group if group in _OTHER_BLOCS[side] else None
        elif (relayed or _IN_THE_VIDEO.match(low)) and hinted and self.intercept_side is None and side in _FLIP and (
                shown := self._captives_shown(side, _RELAYED.search(low) is not None)):
            # "Two North Korean soldiers captured … were shown in a video. One of them said …"
            self.intercept_side, self.intercept_paragraph = side, paragraph
            self.intercept_group = _other_bloc(shown, side)
        elif (relayed or text[:1] in "“\"") and side in _FLIP and self.intercept_side is None and any(
                "intercept" in t and _INTERCEPT.search(t) for t in map(_lower, self.paragraph_texts)):
            # "A pro-Ukrainian channel published a recording of an intercepted phone call between
            # a Russian soldier and his wife. “… eleven of us left …,” the man is heard saying": the
            # call the paragraph introduced, passed on by the other side.
            self.intercept_side, self.intercept_paragraph = side, paragraph
            self.intercept_group = next((g for t in reversed(self.paragraph_texts)
                                         if (g := _other_bloc(t, side)) is not None), None)
        elif self.intercept_side is not None:
            # The quoted call goes on while the publishing side keeps the floor, until a new
            # paragraph opens with the publisher's own statement ("HUR also said …").
            # An op-ed's writer who cited a captive goes on in their own voice: "Our own losses …".
            if side == self.intercept_side and _near(paragraph, self.intercept_paragraph) and not (
                    attributed and not relayed and paragraph != self.intercept_paragraph) and not (own_voice and not relayed):
                self.intercept_paragraph = paragraph
            else:
                self.intercept_side = None
        if "intercept" in low:
            self.intercepted_call = self.intercepted_call or _INTERCEPT.search(low) is not None
        if labelled and relayed and self.intercepted_call and side in _FLIP:
            # "Soldier: We lost eleven men", under the label of an intercepted call the other side
            # published: the caller's "we", however far below the call's introduction.
            return _FLIP[side]
        return _FLIP[side] if self.intercept_side is not None else side

    def writer_of(self, speaker, side: str) -> str | None:
        """The group of a soldier whose diary the report quotes ("the soldier wrote"), when the
        report said it was taken from the body of one of the other bloc's soldiers."""
        if self.writer is None or self.writer[0] != side or not isinstance(speaker, str):
            return None
        low = speaker.lower()
        return self.writer[1] if _SOLDIER_NOUN.search(low) and _other_bloc(speaker, side) is None else None

    def _captives_shown(self, side: str, shown_now: bool = False) -> str | None:
        """Return the unit of the last three that shows captives of the other bloc, if any;
        ``shown_now`` says the unit itself names the video ("One of them said in a video …")."""
        for earlier in reversed((self.previous_texts + self.paragraph_texts)[-3:]):
            low = _lower(earlier)
            # Shown, not necessarily speaking yet: "aired a video of a man it identified as a
            # captured Ukrainian soldier"; the next unit is his voice.
            if ("captur" in low or "captiv" in low or "prisoner" in low) and (shown_now or _RELAYED.search(low)) and _other_bloc(earlier, side):
                return earlier
        return None

    @property
    def own_group(self) -> str | None:
        """The group a relayed voice of the other side speaks for, None when none speaks."""
        return self.intercept_group if self.intercept_side is not None else None

    def leave(self, victim: str | None = None, *, dismissal: bool = False) -> None:
        """Leave the unit: a claim's victim becomes the context; other units wait in ``pending``.

        A dismissal does not count as a figure of its own: a second dismissal must still be
        near the figure, not near the first dismissal.
        """
        if victim is None:
            self.pending.append((self.text, self.current))
        else:
            self.group = None if victim == "unspecified" else victim
            self.paragraph, self.pending = self.current, []
            if not dismissal:
                self.claim_at = (self.position, self.current)
        self.paragraph_texts.append(self.text)

    def since_claim(self) -> int | None:
        """Return how many units back the last casualty claim of the same report is, None when
        there is none: at most two paragraphs back (a reaction often opens a paragraph of its
        own), or two units when paragraphs are unknown."""
        if self.claim_at is None:
            return None
        position, paragraph = self.claim_at
        ago = self.position - position
        if paragraph is None or self.current is None:
            return ago if ago <= 2 else None
        return ago if 0 <= self.current - paragraph <= 2 else None

    def lookup(self) -> tuple[str | None, bool]:
        """Return (group, same_report) for a claim in the unit that names no group."""
        while self.pending:
            older, where = self.pending.pop()
            group = _named_group(older)
            if group:
                self.group, self.paragraph, self.pending = group, where, []
        if self.group is None:
            return None, False
        # (A list's items go on with their lead, whatever places they name: "By the numbers: …
        # North Korea's toll …", then "- About 2,300 killed … since the first clashes in Kursk".)
        return self.group, _near(self.current, self.paragraph) and (self.text[:2] in _ITEM_MARKS or not self._new_place())

    def site(self, *, paragraph_only: bool = False) -> bool:
        """Whether the earlier units of the same report (this paragraph and the one before, or
        this paragraph only) name a civilian site, with no new place named in the unit."""
        earlier = self.paragraph_texts if paragraph_only else self.previous_texts + self.paragraph_texts
        return any(_struck_site(_lower(t)) for t in earlier) and not self._new_place()

    def _new_place(self) -> bool:
        """Whether the unit names a place the units of the same report did not."""
        places = {p for p in _PLACE.findall(self.text) if p not in _NOT_PLACE}
        if not places:
            return False
        return bool(
            places - {p for t in self.previous_texts + self.paragraph_texts for p in _PLACE.findall(t)}
        )


# "He had been told he was going to Russia", "fighting for Russia": a country as a place or a
# cause, not the group a captive belongs to.
_TO_COUNTRY = re.compile(r"\b(?:to|in|into|from|for|inside|across|against)\s+$")


def _other_bloc(text: str, side: str) -> str | None:
    """The first group of the bloc opposite ``side`` that ``text`` names, None when it names none."""
    return next((m.lastgroup for m in _BLOC.finditer(text) if m.lastgroup in _OTHER_BLOCS[side]
                 and not _TO_COUNTRY.search(text, max(0, m.start() - 8), m.start())), None)


_OWN_VOICE_CUES = frozenset({schema.CUE_FIRST_PERSON_ACCOUNT, schema.CUE_INTERVIEW_ANSWER, schema.CUE_SPEAKER_LABEL})


def _captive_speaks(text: str, low: str, side: str) -> bool:
    """Whether the unit relays a video or interview of a captured soldier of the other bloc
    ("a man who identified himself as a Russian conscript captured during the raid said …"):
    his "we" and "us" are the other side's, as in an intercepted call."""
    if not _RELAYED.search(low) or not _CAPTIVE_SPEAKS.search(low):
        return False
    blocs = [m.lastgroup for m in _BLOC.finditer(text)]
    # With no bloc named ("one of the prisoners said"), the sentences before say whose he is.
    return not blocs or any(b in _OTHER_BLOCS[side] for b in blocs)


_ITEM_MARKS = ("- ", "• ", "* ", "– ")


def _near(paragraph, previous) -> bool:
    """Whether ``paragraph`` is ``previous`` or the one right after it (False when unknown)."""
    return paragraph is not None and previous is not None and 0 <= paragraph - previous <= 1


@lru_cache(maxsize=1)
def _actor_spellings() -> tuple:
    return tuple(load_actors().lookup)


def _walk(units: pd.DataFrame, every_outcome: bool):
    """Yield (row position, matches, victims) for each body unit that is a casualty claim.

    ``victims`` holds the victim of each match when ``every_outcome``, else of the first only.
    Both public functions carry the same context from unit to unit.
    """
    missing = [c for c in (schema.TEXT, schema.KIND, schema.SIDE) if c not in units]
    if missing:
        raise KeyError(f"units lacks the columns {missing}")
    texts, kinds = schema.column_list(units, schema.TEXT), schema.column_list(units, schema.KIND)
    sides = schema.column_list(units, schema.SIDE)
    # Without paragraphs no unit is near another: only soldiers named without a bloc take the
    # group of an earlier sentence.
    paragraphs = schema.column_list(units, schema.PARAGRAPH) if schema.PARAGRAPH in units else [None] * len(texts)
    channels = schema.column_list(units, schema.CHANNEL) if schema.CHANNEL in units else [None] * len(texts)
    cues = schema.column_list(units, schema.CUE) if schema.CUE in units else [None] * len(texts)
    speakers = schema.column_list(units, schema.SPEAKER) if schema.SPEAKER in units else [None] * len(texts)
    ctx = _Context()
    # An article that names the North Koreans more often than the Russians is about them: a soldier
    # dead with no group named anywhere before is theirs (measured on all annotated articles: more
    # than twice as often, 4 victims more right; more often at all, 22 more and one fewer).
    counts = collections.Counter(m.lastgroup for t in texts for m in _BLOC.finditer(t))
    ctx.topic = "dprk" if counts["dprk"] > counts["russia"] else None
    shouting = mostly_shouting(texts)
    for i, (text, kind, side, paragraph, channel, cue, speaker) in enumerate(
            zip(texts, kinds, sides, paragraphs, channels, cues, speakers, strict=True)):
        if kind != "body":
            continue
        if shouting:
            text = restore_case(text, _actor_spellings())   # a wire story in capitals is read as if cased
        low = _lower(text)
        hit = _HINT.search(low)
        if hit is None and " | " in text and (row := _table_row(texts, i)) is not None:
            # A table's row under "Killed | Wounded" headings: "NIS | January 2025 | about 300 |
            # about 3,000" counts the dead and wounded, each figure under its column's word.
            text, low = row, _lower(row)
            hit = _HINT.search(low)
        claimant = ctx.enter(text, low, side, paragraph, i, hinted=hit is not None,
                             relayed=isinstance(channel, str) and channel != "",
                             attributed=cue in (schema.CUE_REPORTING_VERB, schema.CUE_ACCORDING_TO),
                             own_voice=cue in _OWN_VOICE_CUES, labelled=cue == schema.CUE_SPEAKER_LABEL)
        dismissed = None
        if hit is None or (text.rstrip().endswith("?") and _ASKS_WHETHER.match(text)
                           and not _CLAIM_IN_QUESTION.search(text, 0, hit.start())):
            # Most units hold neither outcome nor dismissal words; a question whether people were
            # killed claims nothing, as a condition does not (guide 6), unless it cites a claim
            # ("Does he agree that the letter, which claims that not a single soldier …?").
            # "Of those, around 300 were DPRK soldiers", right after a toll: whose part of it.
            breakdown = _BREAKDOWN.match(low) if hit is None and ctx.since_claim() == 1 else None
            if breakdown is None:
                ctx.leave()
                continue
            matches = [breakdown]
        else:
            stem = hit.group(0)
            if " " in stem or stem in _DISMISSAL_STEM_SET:
                outcome, dismissal = _hints(low, hit)
            else:  # the usual case, an outcome stem first, without a call
                outcome, dismissal = True, False
            matches = (
                _casualty_matches(text, low, prefiltered=True, first=0 if dismissal else hit.start())
                if outcome
                else []
            )
            ago = None if matches else ctx.since_claim()
            if ago is not None:
                if outcome and not dismissal:
                    dismissal = _hints(low, hit, outcome_too=False)[1]
                if dismissal:
                    dismissed = _dismissed_figure(low, ago)
            if dismissed:
                matches = [dismissed]
            elif not matches:
                ctx.leave()
                continue
        targets = matches if every_outcome else matches[:1]
        victims = [
            _victim(
                text,
                low,
                m.start(),
                claimant,
                ctx,
                intercepted=claimant != side,
                outcome=m.lastgroup,
                dismissal=dismissed is not None,
                own=ctx.own_group or _voice_group(speaker, claimant, channel) or ctx.writer_of(speaker, claimant),
            )
            for m in targets
        ]
        if "unspecified" in victims and text.count(" | ") >= 2:
            # A table's row that names no group ("Zelenskyy | 12 January | Nearly 3,800 killed and
            # wounded"): the group the table's caption or header names.
            group = _table_group(texts, i)
            if group is not None:
                victims = [group if v == "unspecified" else v for v in victims]
        ctx.leave(victims[0], dismissal=dismissed is not None)
        yield i, matches, victims


_TABLE_RULE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*\|?")


def _table_row(texts: list, row: int) -> str | None:
    """The row ``row`` of a table with each figure followed by its column's heading when the
    heading is an outcome ("about 300" under "Killed": "about 300 killed"); None when no figure
    stands under one."""
    k = row
    while k > 0 and texts[k - 1].count(" | ") >= 1 and not _TABLE_RULE.fullmatch(texts[k - 1]):
        k -= 1
    if k == row:
        return None
    heads, cells = texts[k].split(" | "), texts[row].split(" | ")
    if len(heads) != len(cells) or any(c.isdigit() for c in texts[k]):
        return None
    out = [f"{cell} {head.lower()}" if _OUTCOME_HEAD.search(head.lower()) and any(c.isdigit() for c in cell) else cell
           for head, cell in zip(heads, cells, strict=True)]
    return " | ".join(out) if out != cells else None


_OUTCOME_HEAD = _ci(r"\b(?:killed|dead|deaths|wounded|injured|casualties|losses|captured|prisoners|missing)\b")


def _table_group(texts: list, row: int) -> str | None:
    """The one group the lines just above a table name ("Figure 1: Public Estimates of North
    Korean Losses in Russia"), or None; ``row`` is a row of the table."""
    k = row
    while k > 0 and (texts[k - 1].count(" | ") >= 2 or _TABLE_RULE.fullmatch(texts[k - 1])):
        k -= 1   # back to the table's first line (its header row; a Markdown table's "|---|---|" too)
    for caption in texts[max(0, k - 2):k][::-1]:
        low = _lower(caption)
        groups = {g for _, _, g, _, _ in _candidates(caption, low, 0, len(caption), len(caption))} & {"dprk", "russia", "ukraine", "civilians"}
        if len(groups) == 1:
            return groups.pop()
    return None


_NUM_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a dozen": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "a hundred": 100,
}
_QUALITATIVE_RANGES = {
    "several": (3, 9),
    "dozens": (24, 99),
    "hundreds": (200, 999),
    "thousands": (2000, 9999),
    "tens of thousands": (20000, 99999),
    "a few": (2, 5),
    "scores": (40, 99),
}
_NUMBER = re.compile(
    r"(?P<lead>more\s+than|over|at\s+least|no\s+fewer\s+than|up\s+to|as\s+many\s+as|fewer\s+than|"
    r"less\s+than|under|nearly|almost|about|around|roughly|some|approximately|an\s+estimated|"
    r"between)?\s*(?P<num>\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million))?|"
    + "|".join(sorted((re.escape(k) for k in _NUM_WORDS), key=len, reverse=True))
    + r")\b"
    r"(?:\s+and\s+(?P<num2>\d[\d,]*))?",
    re.IGNORECASE,
)
_NOT_PEOPLE_UNIT = re.compile(
    r"\s*(?:a\.m|p\.m|per\s*cent|%|km|kilomet|miles|hours?|days?|weeks?|months?|"
    r"years?|gigawatt|tonnes?|tons?|million\s+subscribers|subscribers|kg)",
    re.I,
)
_DATE_BEFORE = re.compile(r"(?:No\.|Nov\.|Dec\.|Jan\.|Feb\.|Sept?\.|Oct\.|Aug\.|in|since)\s*$")
_QUAL = re.compile(r"\b(?:" + "|".join(sorted(_QUALITATIVE_RANGES, key=len, reverse=True)) + r")\b", re.I)
_ZERO = re.compile(
    r"\b(?:no\s+(?:casualties|one|deaths|injuries|losses)|nobody|none\s+of|not\s+a\s+single|"
    r"no\s+(?:\w+\s+){0,2}(?:had\s+)?(?:died|been\s+killed|were\s+killed|was\s+killed)|"
    r"denied\s+(?:that\s+)?any|without\s+(?:any\s+)?(?:casualties|losses))\b",
    re.IGNORECASE,
)
_INTENSITY = re.compile(
    r"\b(?:heavy|heavily|significant|severe|massive|catastroph\w+|serious|noticeable|mounting|huge|"
    r"enormous|considerable|staggering|minor|light|lightly|minimal|unprecedented|bloodiest|"
    r"devastating|high|record)\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:claimed|claims?|said\s+to\s+be|reportedly|allegedly|alleged|purportedly|highly\s+likely|"
    r"likely|probably|possibly|estimated|estimates?|could|may|might|appear(?:s|ed)?\s+to|"
    r"unverified|could\s+not\s+be\s+(?:independently\s+)?verified|suggests?|believed)\b",
    re.IGNORECASE,
)
_EVIDENCE = [
    ("video", r"video|footage|clip|filmed"),
    ("intercept", r"intercept\w*|phone\s+call|recording|radio\s+traffic"),
    ("official_assessment", r"intelligence\s+(?:update|assessment)|assessment|assessed|estimate[sd]?\b"),
    ("imagery", r"satellite|photos?|images?|geolocat\w*"),
    ("document", r"document\w*|records?|list(?:ed)?|registry|DNA"),
    ("testimony", r"eyewitness|witness\w*|told\s+\w+\s+(?:by\s+phone|in\s+an\s+interview)|said\s+by\s+phone"),
]
_EVIDENCE_RE = re.compile("|".join(f"(?P<{k}>\\b(?:{v}))" for k, v in _EVIDENCE), re.IGNORECASE)
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|captured|"
    r"hurt|taken\s+prisoner|shot\s+dead|eliminated)\b(?P<by>\s+by\b)?",
    re.IGNORECASE,
)
_NOMINALISATION = re.compile(
    r"\b(?:casualt(?:y|ies)|loss(?:es)?|deaths?|fatalit(?:y|ies)|death\s+toll|toll)\b", re.IGNORECASE
)


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
    window = text[max(0, anchor - 90) : anchor + 60]
    rel = anchor - max(0, anchor - 90)
    if _ZERO.search(window):
        return 0, 0, "exact"
    nums = [
        m
        for m in _NUMBER.finditer(window)
        if m.group("num")
        and not _NOT_PEOPLE_UNIT.match(window, m.end())
        and not _DATE_BEFORE.search(window[: m.start()])
    ]
    if nums:
        m = min(nums, key=lambda x: abs(x.start() - rel) + (0 if x.start() <= rel else 25))
        value = _to_int(m.group("num"))
        if value is not None and not (1900 <= value <= 2100 and "," not in m.group("num")):
            lead = " ".join((m.group("lead") or "").lower().split())
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
            if lead in (
                "nearly",
                "almost",
                "about",
                "around",
                "roughly",
                "some",
                "approximately",
                "an estimated",
            ):
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
        A unit table with ``text``, ``kind`` and ``side`` (from ``split_article``); with
        ``paragraph``, a claim that names no group may take the group of the sentence before
        in its paragraph.

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
    return schema.with_columns(units, casualty_columns(units))


def casualty_columns(units: pd.DataFrame) -> dict:
    """Return the columns :func:`add_casualties` adds, as a dict of name to values."""
    flags = np.zeros(len(units), dtype="int64")
    victims = [""] * len(units)
    for i, _, found in _walk(units, every_outcome=False):
        flags[i], victims[i] = 1, found[0]
    return {"casualty": flags, "victim": victims}


LEDGER_COLUMNS = [
    "unit",
    "start",
    "end",
    "claimant_side",
    "speaker",
    "victim",
    "outcome",
    "low",
    "high",
    "precision",
    "intensity",
    "agency",
    "hedges",
    "evidence",
    "text",
]


def casualty_ledger(units: pd.DataFrame) -> pd.DataFrame:
    """Return one row per outcome claimed in each casualty unit.

    The units are read as by :func:`add_casualties`; the victim of each row is read at its own
    outcome word.

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
    texts, ids, starts, ends, sides, speakers = (schema.column_list(units, c) for c in (
        schema.TEXT, schema.UNIT, schema.START, schema.END, schema.SIDE, schema.SPEAKER))
    for i, matches, victims in _walk(units, every_outcome=True):
        text = texts[i]
        passive = _PASSIVE.search(text)
        intensity = ";".join(sorted({w.lower() for w in _INTENSITY.findall(text)}))
        hedges = ";".join(sorted({h.lower() for h in _HEDGE.findall(text)}))
        evidence = ";".join(sorted({e.lastgroup for e in _EVIDENCE_RE.finditer(text)})) or "none"
        seen = set()
        for m, victim in zip(matches, victims, strict=True):
            outcome = m.lastgroup
            if outcome in seen:
                continue
            seen.add(outcome)
            low, high, precision = _magnitude(text, m.start())
            if passive and passive.group("by"):
                agency = "named_perpetrator"
            elif passive:
                agency = "agentless_passive"
            elif _NOMINALISATION.search(m.group(0)):
                agency = "nominalisation"
            else:
                agency = "active"
            rows.append(
                {
                    "unit": ids[i],
                    "start": starts[i],
                    "end": ends[i],
                    "claimant_side": sides[i],
                    "speaker": speakers[i],
                    "victim": victim,
                    "outcome": outcome,
                    "low": low,
                    "high": high,
                    "precision": precision,
                    "intensity": intensity,
                    "agency": agency,
                    "hedges": hedges,
                    "evidence": evidence,
                    "text": text,
                }
            )
    import pandas as pd

    ledger = pd.DataFrame(rows, columns=LEDGER_COLUMNS)
    for c in ("low", "high"):
        ledger[c] = ledger[c].astype("Int64")
    return ledger
