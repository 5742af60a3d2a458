import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from narrative_compare import casing
from narrative_compare.attribution import split_article
from narrative_compare.casualties import add_casualties
from narrative_compare.corpus import Article
from narrative_compare.resources import load_actors

WIRE = (
    "KREMLIN DISMISSES TOLL\n"
    "MOSCOW, FEBRUARY 17 (NEWSDESK) - UKRAINE'S GENERAL STAFF SAID ON TUESDAY THAT 47 NORTH KOREAN "
    "SOLDIERS HAD BEEN KILLED NEAR THE VILLAGE OF LOKNYA. IT SAID NONE OF ITS OWN TROOPS HAD DIED.\n"
    "KREMLIN SPOKESMAN DMITRY PESKOV SAID THE FIGURE WAS INVENTED. \"NOT ONE OF OUR ALLIES WAS LOST,\" "
    "PESKOV TOLD REPORTERS.\n"
    "THE FIGHTING COULD NOT BE INDEPENDENTLY VERIFIED.\n"
)


def wire_units(text=WIRE):
    return add_casualties(split_article(Article(id="wire", text=text)))


def test_a_wire_story_in_capitals_is_attributed_as_if_cased():
    units = wire_units()
    by_text = dict(zip(units["text"], zip(units["side"], units["speaker"], units["victim"], strict=True), strict=True))
    staff = by_text["MOSCOW, FEBRUARY 17 (NEWSDESK) - UKRAINE'S GENERAL STAFF SAID ON TUESDAY THAT 47 NORTH "
                    "KOREAN SOLDIERS HAD BEEN KILLED NEAR THE VILLAGE OF LOKNYA."]
    assert staff[0] == "ukraine_west" and staff[2] == "dprk"
    assert by_text["IT SAID NONE OF ITS OWN TROOPS HAD DIED."][0] == "ukraine_west"
    assert by_text["KREMLIN SPOKESMAN DMITRY PESKOV SAID THE FIGURE WAS INVENTED."][:2] == ("russia", "Dmitry Peskov")
    assert by_text["THE FIGHTING COULD NOT BE INDEPENDENTLY VERIFIED."][0] == "author"


def test_the_units_keep_the_articles_own_capitals():
    units = wire_units()
    assert all(WIRE[s:e] == t for s, e, t in zip(units["start"], units["end"], units["text"], strict=True))


def test_a_heading_in_capitals_leaves_a_cased_article_as_it_stands():
    text = ("SUBJECT: RUSSIA/DPRK: OFFICIALS CONCEDE HEAVY KOREAN LOSSES IN KURSK\n"
            "The embassy cable runs to nine paragraphs and was sent from Moscow last month.\n"
            "Officials in Kyiv said it matched what their own soldiers had seen at the front.\n")
    assert casing.restore_case(text) is text
    assert not casing.mostly_shouting(text.splitlines())


@pytest.mark.parametrize("shouted, cased", [
    ("PARK SUNG-HOON SAID THE NIS HAD BRIEFED LAWMAKERS IN APRIL.",
     "Park Sung-hoon said the NIS had briefed lawmakers in April."),
    ("THE DEFENCE MINISTRY SAID ARMOURED UNITS HAD CROSSED TWO KILOMETRES.",
     "The defence ministry said armoured units had crossed two kilometres."),
    ("TROOPS WERE SEEN IN RUSSIAN-OCCUPIED PARTS OF THE REGION, THE SBU SAID.",
     "Troops were seen in Russian-occupied parts of the region, the SBU said."),
    ("OFFICIALS IN THE U.S. SAID SO. THEY GAVE NO FIGURE.", "Officials in the U.S. said so. They gave no figure."),
])
def test_words_take_the_case_english_gives_them(shouted, cased):
    assert casing.restore_case(shouted) == cased


def test_known_names_take_the_actors_spelling():
    assert casing.restore_case("NORTH KOREA'S LEADER KIM JONG UN HONOURED THE FALLEN", tuple(load_actors().lookup)) \
        .startswith("North Korea's leader Kim Jong Un")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ abc'-.\n\"É"), max_size=300))
def test_restoring_case_changes_nothing_but_case(text):
    out = casing.restore_case(text, ("North Korea", "SBU", "Kim Jong Un"))
    assert len(out) == len(text)
    assert out.lower() == text.lower()
