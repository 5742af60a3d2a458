"""An email exchange an article prints in full: header lines, the sender's body, quoted lines."""

from tests.test_attribution import attribute, side_by_text

EXCHANGE = """Checking a Toll From the Kursk Front
By Jana Roth, The Weekly Ledger
The Ledger wrote to both press offices and asks what the brigade's figure rests on.
From: Jana Roth <j.roth@ledger.example>
To: Press Office, 47th Mechanised Brigade of Ukraine <press@47.example>
Date: Monday, 9 March 2026, 10:15
Subject: Request for comment: 150 killed near Loknya?
I am writing about the video your channel posted this morning.
Could you tell me how the figure was counted?
From: Press Office, 47th Mechanised Brigade of Ukraine <press@47.example>
To: Jana Roth <j.roth@ledger.example>
Date: Tuesday, 10 March 2026, 08:30
Subject: Re: Request for comment: 150 killed near Loknya?
Thank you for the question.
> Could you tell me how the figure was counted?
The count was made from drone footage over two days. Two reconnaissance groups then checked the tree line.
Nothing more can be released while the operation goes on; we will send footage later.
The footage the brigade sent shows a snowy field from a great height.
"""


def test_an_emails_body_is_its_senders_and_a_quoted_line_the_addressees():
    units = attribute(EXCHANGE)
    side = side_by_text(units)
    kind = dict(zip(units["text"], units["kind"], strict=True))
    assert kind["Subject: Re: Request for comment: 150 killed near Loknya?"] == "heading"
    assert kind["Date: Tuesday, 10 March 2026, 08:30"] == "boilerplate"
    # The journalist's own message is the outlet's voice.
    assert side["I am writing about the video your channel posted this morning."] == "author"
    # The reply: the first paragraph, the answer right after a quoted line, a paragraph in the
    # first person; the quoted question is the journalist's.
    assert side["Thank you for the question."] == "ukraine_west"
    assert side["> Could you tell me how the figure was counted?"] == "author"
    assert side["The count was made from drone footage over two days."] == "ukraine_west"
    assert side["Two reconnaissance groups then checked the tree line."] == "ukraine_west"
    assert side["Nothing more can be released while the operation goes on; we will send footage later."] == "ukraine_west"
    # A paragraph neither answering nor in the first person is the article's narration again.
    assert side["The footage the brigade sent shows a snowy field from a great height."] == "author"
