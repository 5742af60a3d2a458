"""An article saved as Markdown source: headings, emphasis, links, footnotes, blockquotes, lists."""

from narrative_compare import split_units
from narrative_compare.markup import plain_text
from tests.test_attribution import attribute, side_by_text

NEWSLETTER = """# Six square kilometres and four sets of numbers

Hi all, this issue took two days.

## The short version

**Moscow says** the attack was beaten back on the first day.[^1]

Rybar was first, on 4 March, insisting the raid had been smashed "before it reached the tree line":

> The attack drowned. More than 60 enemy bodies are lying in the fields.

> [Rybar never says whose side this is — IM]

Two days later the [General Staff](https://example.org/gs) changed its figure.

- **KCNA:** an unspecified number of heroes who fell.
- **NIS, via Rep. Han:** at least 300 North Korean killed or wounded.
"""


def test_markdown_marks_are_blanked_to_the_same_length():
    text = "**Ukraine says** its [troops](https://example.org/a) advanced.[^1] A **SBU:** label stays."
    out = plain_text(text)
    assert len(out) == len(text) and "**" not in out.replace("**SBU:**", "") and "https" not in out
    assert "**SBU:**" in out


def test_a_markdown_newsletter_is_read_past_its_marks():
    units = attribute(NEWSLETTER)
    side = side_by_text(units)
    kind = dict(zip(units["text"], units["kind"], strict=True))
    assert kind["## The short version"] == "heading"
    assert side["**Moscow says** the attack was beaten back on the first day.[^1]"] == "russia"
    # A blockquote below a lead-in is the lead-in's speaker's; the editor's bracketed note is not.
    assert side["> The attack drowned."] == "russia"
    assert side["More than 60 enemy bodies are lying in the fields."] == "russia"
    assert side["> [Rybar never says whose side this is — IM]"] == "author"
    assert side["- **KCNA:** an unspecified number of heroes who fell."] == "russia"
    assert side["- **NIS, via Rep. Han:** at least 300 North Korean killed or wounded."] == "ukraine_west"


def test_a_markdown_heading_is_a_heading():
    assert list(split_units("## What Kyiv is claiming\nKyiv said so.\n").kind) == ["heading", "body"]
