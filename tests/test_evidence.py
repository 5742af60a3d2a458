import pandas as pd
import pytest

from narrative_compare.evidence import add_evidence


def evidence(text, speaker="author", cue="narration"):
    return add_evidence(pd.DataFrame({"text": [text], "speaker": [speaker], "cue": [cue]})).iloc[0]


@pytest.mark.parametrize("text, speaker, cue, marker", [
    ("Kremlin spokesman Dmitry Peskov denied the report.", "Dmitry Peskov", "reporting_verb", "named_source"),
    ("A senior official, speaking on condition of anonymity, said the line held.", "a senior official",
     "reporting_verb", "anonymous_source"),
    ("Two sources familiar with the talks said a deal was close.", "Two sources", "reporting_verb", "anonymous_source"),
    ("The Defence Ministry said its units had advanced.", "Defence Ministry", "reporting_verb", "institutional_source"),
    ("The brigade released footage of the burning column.", "author", "narration", "documentary"),
    ("The agency published an intercepted phone call between two officers.", "author", "narration", "documentary"),
    ("Satellite images reviewed by analysts show new trenches.", "author", "narration", "documentary"),
    ("The claim was geolocated to a village east of the river.", "author", "narration", "documentary"),
    ("The text of the treaty obliges each side to provide assistance.", "author", "narration", "documentary"),
    ("In its latest intelligence update, the ministry assessed the losses as heavy.", "ministry",
     "reporting_verb", "official_assessment"),
    ("A soldier in the video says his unit was surrounded.", "soldier", "reporting_verb", "testimony"),
    ("An eyewitness described hearing three explosions.", "author", "narration", "testimony"),
    ("Moscow provided little evidence for the claim.", "author", "narration", "evidence_gap"),
    ("The footage could not be independently verified.", "author", "narration", "evidence_gap"),
    ("The ministry showed what it said was the wreckage.", "ministry", "reporting_verb", "evidence_gap"),
    ("The troops were apparently moved at night.", "author", "narration", "evidence_gap"),
])
def test_each_marker_type(text, speaker, cue, marker):
    assert marker in evidence(text, speaker, cue).evidence_types.split(";")


def test_narration_alone_has_no_source_marker_and_gap_is_not_evidence():
    row = evidence("Fighting continued near the village. The claim was unverified.")
    assert row.evidence_types == "evidence_gap"
    assert (row.evidence_count, row.evidence_gap) == (0, 1)


@pytest.mark.parametrize("text, verb", [
    ("Moscow claimed that the village had been taken.", "claim"),
    ("“We held,” the commander said.", "say"),
    ("Kyiv confirmed the strike on Tuesday.", "confirm"),
    ("The ministry alleged that the video was staged.", "allege"),
])
def test_reporting_verb_lemma(text, verb):
    assert evidence(text, "X", "reporting_verb").reporting_verb == verb


def test_word_shortcut_finds_what_the_patterns_find(corpus_texts):
    from narrative_compare.evidence import _COMPILED, evidence_columns

    texts = corpus_texts + ["Two unnamed sources said so.", "It could not be checked.", "A post on Telegram"]
    got = evidence_columns({"text": texts, "speaker": ["author"] * len(texts), "cue": ["narration"] * len(texts)})
    plain = [";".join(k for k, p in _COMPILED.items() if p.search(t.lower())) for t in texts]
    assert got["evidence_types"] == plain
    assert sum(bool(t) for t in plain) > 300
