import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from narrative_compare import normalise_text, split_units


def texts(units):
    return list(units["text"])


@pytest.mark.parametrize("text, expected", [
    ("Mr. Peskov spoke. Then he left.", ["Mr. Peskov spoke.", "Then he left."]),
    ("Troops left the U.K. base on Dec. 18 at 9 a.m. local time.", ["Troops left the U.K. base on Dec. 18 at 9 a.m. local time."]),
    # A case citation's "v." ends no sentence.
    ("The application, R.C. and K.H. v. Ukraine, was lodged in January.",
     ["The application, R.C. and K.H. v. Ukraine, was lodged in January."]),
    ("“We will hold them,” Zelenskyy said in a video address. Fighting went on.",
     ["“We will hold them,” Zelenskyy said in a video address.", "Fighting went on."]),
    ("“Will they win?” Peskov asked reporters. No.", ["“Will they win?” Peskov asked reporters.", "No."]),
    ("“Are they elite?” she said. “We free up wards.”", ["“Are they elite?” she said.", "“We free up wards.”"]),
    ("He said: “One. Two.” Then silence.", ["He said: “One.", "Two.”", "Then silence."]),
    ("Lt. Col. Oleh Marchuk spoke. John F. Kennedy did not.", ["Lt. Col. Oleh Marchuk spoke.", "John F. Kennedy did not."]),
    ("Col. (ret.) Viktor Orlov spoke. Then he left.", ["Col. (ret.) Viktor Orlov spoke.", "Then he left."]),
    ("It posted on X. Nobody replied.", ["It posted on X.", "Nobody replied."]),
    # A parliamentary record's "hon." ("the hon. Gentleman") is an abbreviation, in lower case too.
    ("Several hon. Members rose. Will the hon. Lady give way?", ["Several hon. Members rose.", "Will the hon. Lady give way?"]),
    ("The strike came after 6 a.m. Ukrainian officials said so.", ["The strike came after 6 a.m.", "Ukrainian officials said so."]),
    # A numbered list item's mark opens its sentence; a number ending a sentence does not.
    ("12. North Korea has sent troops. They fight.", ["12. North Korea has sent troops.", "They fight."]),
    ("The brigade lost 12. North Korea sent more.", ["The brigade lost 12.", "North Korea sent more."]),
])
def test_sentences(text, expected):
    assert texts(split_units(text)) == expected


def test_units_never_cross_lines_and_kinds():
    text = "Kremlin Denies Troops Are in Kursk\nBy Jane Doe\nBody one. Body two.\nVIEWS PERSONAL OF THE AUTHOR\n"
    units = split_units(text)
    assert list(units["kind"]) == ["heading", "boilerplate", "body", "body", "boilerplate"]
    assert list(units["paragraph"]) == [0, 1, 2, 2, 3]


@pytest.mark.parametrize("raw", [b"Aa. Bb.\r\nCc.", b"\xef\xbb\xbfAa. Bb.\nCc.", b"Aa. Bb.\nCc.\n", b"Aa. Bb.\rCc."])
def test_line_ends_and_bom(raw):
    text = normalise_text(raw)
    units = split_units(text)
    assert texts(units) == ["Aa.", "Bb.", "Cc."]
    assert all(text[s:e] == t for s, e, t in zip(units.start, units.end, units.text, strict=True))


ALPHABET = string.ascii_letters + string.digits + " .,;:!?\"'“”‘’()—-\n\t" + "ЁжКé"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_units_partition_the_text(text):
    units = split_units(text)
    starts, ends = list(units.start), list(units.end)
    # ordered and disjoint, offsets round-trip
    assert all(s < e for s, e in zip(starts, ends, strict=True))
    assert all(e <= s for e, s in zip(ends, starts[1:], strict=False))
    assert all(text[s:e] == t for s, e, t in zip(starts, ends, units.text, strict=True))
    # no non-space character is lost
    covered = set()
    for s, e in zip(starts, ends, strict=True):
        covered.update(range(s, e))
    assert all(ch.isspace() for i, ch in enumerate(text) if i not in covered)
    # a unit never crosses a paragraph (line) break
    assert not any("\n" in t for t in units.text)


def test_a_numbered_section_title_is_a_heading():
    # "2. North Korean losses" heads a report's section in sentence case; a numbered list line
    # with a source and a colon is body.
    units = split_units("Report\n2. North Korean losses\nThe NIS puts the dead at 2,000.\n"
                        "1. Kyiv's figures: about 300 killed and 700 wounded\n")
    assert list(units["kind"]) == ["heading", "heading", "body", "body"]


def test_kinds_are_the_documented_ones():
    from narrative_compare.schema import KINDS

    text = "A Title Here\nBy Jane Doe\nBody text. More text.\nFollow Desk on Google News\n"
    assert set(split_units(text)["kind"]) <= set(KINDS)


def test_a_talk_pages_signature_is_its_own_unit():
    assert texts(split_units("I propose the General Staff figure. — Kestrel88 (talk) 09:14, 2 March 2026 (UTC)\n")) == [
        "I propose the General Staff figure.", "— Kestrel88 (talk) 09:14, 2 March 2026 (UTC)"]
    # A dash after a stop otherwise goes on with the sentence.
    assert len(split_units("He paused. — and then went on.\n")) == 1


def test_an_editors_cut_mark_ends_no_sentence():
    assert texts(split_units("[…] Let me be precise. We know little.\n")) == ["[…] Let me be precise.", "We know little."]


def test_a_web_pages_menu_is_boilerplate():
    units = split_units("Home | World | Europe | Ukraine war | Asia | Business\n"
                        "Ukraine's HUR | 18 November 2025 | About 9,000 killed, wounded or missing | Official claim\n")
    # (A table's rows hold figures or longer cells: not a menu.)
    assert list(units.kind) == ["boilerplate", "body"]


def test_a_masthead_under_the_headline_is_boilerplate():
    # Fields between bars under the headline, one of them the date: the masthead, not a claim.
    units = split_units("Veterans' Paper Hails Korean Comrades\n"
                        "Eastern Flank Media Monitor | Russian regional press in translation | 17 April 2026\n"
                        "The April issue is given over to the anniversary.\n")
    assert list(units.kind) == ["heading", "boilerplate", "body"]


def test_a_reproduced_documents_title_and_masthead():
    # Further down, a document the article reproduces keeps its own long title and its dated
    # masthead line ("26.04.2026 | Diocesan news | …"): furniture, not claims.
    units = split_units("Parish Report Translated\n"
                        "The translation follows.\n"
                        "The Report\n"
                        "Nothing is said here.\n"
                        "“Rest, O Lord, the Souls of Thy Servants”: A Requiem for the Defenders of the Border Districts\n"
                        "12.05.2026 | Parish life | Press service of the Belgorod Eparchy\n"
                        "On Sunday the bishop served a requiem.\n")
    assert list(units.kind) == ["heading", "body", "heading", "body", "heading", "boilerplate", "body"]


def test_a_footnote_mark_ends_its_sentence():
    units = split_units("The figure was 300.[11] Kyiv denies it. “We hold,” he said.[12][13] Nobody replied.\n")
    assert list(units.text) == ["The figure was 300.[11]", "Kyiv denies it.", "“We hold,” he said.[12][13]",
                                "Nobody replied."]


def test_a_sentence_case_headline_and_related_links():
    # A headline in sentence case has no final stop; the titles under "Related Articles" are links.
    units = split_units("North Korean troops suffer losses near Sumy, Ukraine's military says\n"
                        "The brigade said 58 were killed.\n"
                        "Related Articles\n"
                        "Seoul: N.Korea sends about 3,000 more troops to Russia\n"
                        "Kim honors soldiers killed in Kursk fighting\n")
    assert list(units.kind) == ["heading", "body", "heading", "boilerplate", "boilerplate"]


def test_a_pull_quote_heading_an_image_caption_and_story_links():
    units = split_units("Troops Sent Again\n"
                        "The ministry said 40 were killed.\n"
                        "‘They take losses and keep coming’\n"
                        "Image caption, State media released images of the ceremony\n"
                        "The governor said homes were hit.\n"
                        "More on this story\n"
                        "Who are the soldiers fighting for Russia?\n"
                        "Captured soldier ‘wants to go south’\n")
    assert list(units.kind) == ["heading", "body", "heading", "boilerplate", "body", "heading", "boilerplate",
                                "boilerplate"]


def test_a_newsletters_action_links_are_boilerplate():
    units = split_units("Breakfast Briefing\nSend tips here | Subscribe to Breakfast Briefing | View in your browser\n"
                        "Kyiv | 300 killed | Monday\n")
    # (A table's row of a source and figures is not a line of links.)
    assert list(units.kind) == ["heading", "boilerplate", "body"]


def test_an_explainers_numbered_question_is_a_heading():
    units = split_units("Explainer\n2. Why won't Pyongyang say?\nIt has never published a figure.\n")
    assert list(units.kind) == ["heading", "heading", "body"]


def test_a_wire_feeds_time_stamps_and_item_headlines():
    # A feed's time stamp on its own line, and the item's headline under it in sentence case
    # (a colon or a closing quotation mark does not make it a sentence).
    units = split_units("Daily Wire, 19 February 2026\n07:58\nGeneral Staff: up to 40 gunners hit near Tetkino\n"
                        "The General Staff reports that units struck firing positions.\n08:41\n"
                        "Kremlin calls Ukrainian figures \"information noise\"\nPeskov said he had nothing to add.\n")
    assert list(units.kind) == ["heading", "heading", "heading", "body", "heading", "heading", "body"]


def test_a_deck_under_the_headline_and_subheadings_in_headline_grammar():
    # The deck between the headline and the byline; between paragraphs, a short line whose verb is in
    # the headline's present tense and that has no stop.
    units = split_units("Urns of 23 soldiers returned\nPyongyang hails deminers while Moscow says none was lost\n"
                        "By Kang Min-seo\nFamilies in the province have received the remains of at least 23 soldiers.\n"
                        "Moscow says North Koreans are 'clearing mines'\n"
                        "Russia's defence ministry said in a statement on Monday that North Korean personnel were "
                        "clearing mines and that none of them had been lost since December.\n")
    assert list(units.kind) == ["heading", "heading", "boilerplate", "body", "heading", "body"]


def test_an_agency_slug_and_recommended_stories_links():
    # The slug line is the agency's furniture and the headline under it a heading; the titles under
    # "Recommended Stories" are links.
    units = split_units("Troops Suffered Losses, Claims Kyiv\nFGN38 RUSSIA-UKRAINE-NKOREA-LOSSES\n"
                        "N Korean troops suffered heavy losses, claims Kyiv; Moscow rejects charge\n"
                        "Kyiv, Mar 5 (IGNS) Ukraine's military said on Thursday that the losses were heavy.\n"
                        "Recommended Stories\nSouth Korea says North Korean captives can come to Seoul\n"
                        "Ukraine's General Staff said the assault was repelled near the village on Monday.\n")
    assert list(units.kind) == ["heading", "boilerplate", "heading", "body", "heading", "boilerplate", "body"]


def test_a_forum_posts_header_and_edit_stamp():
    units = split_units("Re: NK casualties — post #9 by Seryoga_Zapas » 12 Mar 2026, 22:12\n"
                        "Forty were killed, I saw them.\n"
                        "Last edited by Seryoga_Zapas on 12 Mar 2026, 22:19, edited 1 time in total.\n")
    assert list(units.kind) == ["heading", "body", "boilerplate"]


def test_subheadings_in_sentence_case_and_named_for_a_capital():
    # Between paragraphs, a short line without a stop is a section's subheading: "Kyiv: hundreds
    # killed or wounded", "“Lys” has not come back"; not a transcript's "KOVAL: That is simply not—".
    body = ("Ukraine's military has said repeatedly that North Korean units remain active on the Russian side of "
            "the border opposite the Sumy region, mostly in artillery and drone crews.\n")
    units = split_units("Paramedic Back\nHe came home in March.\nKyiv: hundreds killed or wounded\n" + body
                        + "“Lys” has not come back\n" + body + "KOVAL: That is simply not—\n" + body)
    assert list(units.kind) == ["heading", "body", "heading", "body", "heading", "body", "body", "body"]


def test_a_deck_above_a_byline_without_by():
    units = split_units("Russia, Ukraine trade conflicting claims over Kursk clashes\n"
                        "Moscow says its forces repelled a push, while Kyiv claims the enemy suffered heavy losses\n"
                        "Selin Aydoğdu and Murat Karaca  |17.02.2026 - Update : 17.02.2026\n"
                        "Russia and Ukraine on Tuesday gave sharply conflicting accounts of fighting in the region.\n")
    assert list(units.kind)[:2] == ["heading", "heading"]


def test_an_also_read_link_is_boilerplate():
    units = split_units("Title Here\nThe NIS puts the dead at 2,000.\n"
                        "Also read: Seoul's spy agency says 2,000 North Korean soldiers have died\n")
    assert list(units["kind"]) == ["heading", "body", "boilerplate"]


def test_footnote_markers_and_spaced_guillemets_close_their_sentences():
    units = split_units("Report\nIt killed “no fewer than 140 civilians”.28 The ministry denied it.\n"
                        "« We counted forty bodies. The next morning, another wave came. » He folds the map.\n"
                        "Prices rose 2.5 Million times.\n"
                        "Clémence Aubrac (Kyiv, special correspondent)\n")
    assert texts(units) == ["Report", "It killed “no fewer than 140 civilians”.28", "The ministry denied it.",
                            "« We counted forty bodies.", "The next morning, another wave came. »",
                            "He folds the map.", "Prices rose 2.5 Million times.",
                            "Clémence Aubrac (Kyiv, special correspondent)"]
    assert list(units["kind"])[-1] == "boilerplate"


def test_works_listed_under_a_references_heading_are_boilerplate():
    units = split_units("Counting the Uncounted\n"
                        "The first claims came from Kyiv (HUR 2024). Seoul followed.\n"
                        "References\n"
                        "HUR (2024) ‘Statement on the losses of DPRK units in Kursk region’, Telegram, 16 December 2024.\n"
                        "Kang Hye-rin (2025) ‘Sacrifice on schedule: KCNA and the Kursk dead’, Journal of Korean "
                        "Studies 12(3), 201–224.\n"
                        "[3] TASS, “Peskov: no comment on allied units”, 14 February 2025.\n"
                        "The author thanks the reviewers. Her fieldwork was funded by the university.\n")
    assert list(units.kind) == ["heading", "body", "body", "heading", "boilerplate", "boilerplate", "boilerplate",
                                "body", "body"]


def test_a_superscript_footnote_marker_closes_its_sentence():
    units = split_units("Head\nIt said the troops freed Russian territory “from the occupation.”⁴ The statement "
                        "made no mention of casualties. They deployed 12,000 in total.¹ The core was drawn from the "
                        "11th Corps.\n")
    assert texts(units)[1:] == ["It said the troops freed Russian territory “from the occupation.”⁴",
                                "The statement made no mention of casualties.", "They deployed 12,000 in total.¹",
                                "The core was drawn from the 11th Corps."]


def test_a_two_word_line_between_paragraphs_is_a_subheading():
    text = ("North Korean Losses Mount\n"
            "The advisory sets out what each side has said about the contingent since it arrived in late 2024.\n"
            "Key facts\n"
            "Ukraine's military intelligence says about 4,000 North Korean soldiers have been killed or wounded in "
            "Kursk, a figure that Moscow and Pyongyang have never confirmed or denied in public.\n")
    units = split_units(text)
    assert units["kind"][2] == "heading" and units["text"][2] == "Key facts"


def test_a_wire_headline_over_its_dateline_is_a_heading_past_the_desks_note():
    text = ("Briefs, March 3\n"
            "Mar. 3, 2025 09:12 JST | NKOREA-RUSSIA\n"
            "Seoul says 300 N. Korean soldiers killed in Kursk\n"
            "(Corrects number of wounded in 1st para)\n"
            "SEOUL, Mar. 3 (Nichiwa)--South Korea's spy agency said Monday that about 300 North Korean soldiers "
            "had been killed.\n"
            "• Kremlin declines to comment on the strike\n"
            "MOSCOW (Nichiwa) - The Kremlin declined to comment.\n")
    units = split_units(text)
    kind = dict(zip(units.text, units.kind, strict=True))
    assert kind["Seoul says 300 N. Korean soldiers killed in Kursk"] == "heading"
    assert kind["• Kremlin declines to comment on the strike"] == "body"


def test_wire_styles_n_korean_does_not_end_a_sentence():
    units = split_units("Seoul says 300 N. Korean soldiers killed. S. Korea's spy agency gave the figure.\n")
    assert list(units.text) == ["Seoul says 300 N. Korean soldiers killed.", "S. Korea's spy agency gave the figure."]


def test_a_sentence_may_open_with_a_count_but_not_after_an_abbreviation():
    units = split_units("Summing up the week. 157 people came home. The unit had approx. 300 men and lost ca. 40 of them.\n")
    assert list(units.text) == ["Summing up the week.", "157 people came home.",
                                "The unit had approx. 300 men and lost ca. 40 of them."]


def test_a_speechs_form_of_address_on_its_own_line_is_body():
    units = split_units("Statement by the Delegation\nMr. Chairperson,\nThe delegation rejects the claims.\n")
    assert list(units.kind) == ["heading", "body", "body"]


def test_a_records_sitting_lines_are_headings():
    text = ("Committee hearing\nMr Pennicott: Thank you.\nProceedings suspended from 10:30 to 10:45\n"
            "Mr Pennicott: We resume.\nCommittee adjourned at 11:02\n")
    kinds = dict(zip(*(lambda u: (u.text, u.kind))(split_units(text)), strict=True))
    assert kinds["Proceedings suspended from 10:30 to 10:45"] == "heading"
    assert kinds["Committee adjourned at 11:02"] == "heading"
    assert kinds["Mr Pennicott: We resume."] == "body"
