"""Name every column of the unit table once, so modules, tests and notebooks agree.

The names marked fixed in DESIGN.md are relied on by users' scripts: do not rename them.
"""

import numpy as np
import pandas as pd

UNIT = "unit"
START = "start"            # fixed: character offset where the unit starts
END = "end"                # fixed: character offset one past the unit's last character
TEXT = "text"
KIND = "kind"              # fixed: body | heading | boilerplate
PARAGRAPH = "paragraph"    # fixed: 0-based paragraph (non-blank line) index
SPEAKER = "speaker"        # fixed: immediate source of the claim; "author" for the journalist
CHANNEL = "channel"        # fixed: who relays the speaker's words, "" when nobody does
SIDE = "side"              # fixed: the narrative bloc
CUE = "cue"                # fixed: why that attribution
ARTICLE = "article"        # article id, added when several articles are stacked

KINDS = ("body", "heading", "boilerplate")
AUTHOR = "author"

SEGMENT_COLUMNS = [UNIT, START, END, TEXT, KIND, PARAGRAPH]
SPLIT_COLUMNS = [*SEGMENT_COLUMNS, SPEAKER, CHANNEL, SIDE, CUE]

# Cues: why a unit got its speaker.
CUE_HEADING = "heading"
CUE_BOILERPLATE = "boilerplate"
CUE_NARRATION = "narration"
CUE_QUOTE_TAG = "quote_tag"              # the quote's own speech tag: “…,” X said / X said: “…”
CUE_QUOTE_CONTINUATION = "quote_continuation"  # inside a quote whose tag is in another unit
CUE_FLOATING_QUOTE = "floating_quote"    # an untagged quote: the last named speaker
CUE_REPORTING_VERB = "reporting_verb"    # indirect speech: X said that …
CUE_ACCORDING_TO = "according_to"        # according to / as per / citing X
CUE_QUOTED_AS_SAYING = "quoted_as_saying"
CUE_REPORT_CONTINUATION = "report_continuation"
CUE_RELAY = "relay"                      # describes what a channel published: the channel's side
CUE_BOTH_SIDES = "both_sides"            # claims of both blocs in one sentence: the author's framing
CUES = (CUE_HEADING, CUE_BOILERPLATE, CUE_NARRATION, CUE_QUOTE_TAG, CUE_QUOTE_CONTINUATION,
        CUE_FLOATING_QUOTE, CUE_REPORTING_VERB, CUE_ACCORDING_TO, CUE_QUOTED_AS_SAYING,
        CUE_REPORT_CONTINUATION, CUE_RELAY, CUE_BOTH_SIDES)


def with_columns(units: pd.DataFrame, columns: dict) -> pd.DataFrame:
    """Return a new table: ``units`` with ``columns`` (name -> values) added or replaced.

    One DataFrame build instead of a copy and an insertion per column: an analysis stage runs
    once per article, and on a corpus of short articles that overhead is a large share of the
    time.
    """
    # Lists of strings go in as object arrays: pandas converts those to its string dtype
    # about twice as fast as lists.
    columns = {c: np.asarray(v, dtype=object) if isinstance(v, list) and v and isinstance(v[0], str) else v
               for c, v in columns.items()}
    merged = {c: columns.get(c, units[c]) for c in units.columns}
    merged.update((c, v) for c, v in columns.items() if c not in merged)
    return pd.DataFrame(merged, index=units.index)
