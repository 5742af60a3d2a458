"""Name every column of the unit table once, so modules, tests and notebooks agree; and the
two forms the table takes (a DataFrame for users, a :class:`ColumnTable` inside the pipeline).

The names marked fixed in DESIGN.md are relied on by users' scripts: do not rename them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

# pandas is imported where a DataFrame is built: loading it is a quarter of the command's start-up,
# and `split`/`analyze` writing CSV or JSON lines never build one.
if TYPE_CHECKING:
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
CUE_INTERVIEW_ANSWER = "interview_answer"  # an interview's "A:" paragraph: the interviewee
CUE_FIRST_PERSON_ACCOUNT = "first_person_account"  # an account told to the outlet: its narrator
CUE_SPEAKER_LABEL = "speaker_label"      # a transcript's "NAME, ROLE:" paragraph: the one labelled
CUES = (CUE_HEADING, CUE_BOILERPLATE, CUE_NARRATION, CUE_QUOTE_TAG, CUE_QUOTE_CONTINUATION,
        CUE_FLOATING_QUOTE, CUE_REPORTING_VERB, CUE_ACCORDING_TO, CUE_QUOTED_AS_SAYING,
        CUE_REPORT_CONTINUATION, CUE_RELAY, CUE_BOTH_SIDES, CUE_INTERVIEW_ANSWER, CUE_FIRST_PERSON_ACCOUNT,
        CUE_SPEAKER_LABEL)


class ColumnTable:
    """A unit table as plain columns (name -> list or numpy array): what the stages pass along
    inside a worker.

    Stage functions read a table through ``table[name]``, ``name in table`` and ``len(table)``,
    which a DataFrame and a ColumnTable both answer, and add columns with :func:`with_columns`,
    which keeps the type it is given. On a corpus of short articles, building a DataFrame after
    every stage cost more than several of the analyses; this table costs nothing to extend and
    becomes the same DataFrame at the end (:meth:`to_frame`).
    """

    __slots__ = ("data", "rows")

    def __init__(self, data: dict, rows: int):
        self.data, self.rows = data, rows

    def __getitem__(self, name):
        return self.data[name]

    def __contains__(self, name) -> bool:
        return name in self.data

    def __len__(self) -> int:
        return self.rows

    @property
    def columns(self) -> list[str]:
        return list(self.data)

    def with_columns(self, columns: dict, *, first: bool = False) -> ColumnTable:
        """Return a new table with ``columns`` added or replaced (put before the others if ``first``)."""
        merged = {**columns, **{c: v for c, v in self.data.items() if c not in columns}} if first \
            else {**self.data, **columns}
        return ColumnTable(merged, self.rows)

    def select(self, names) -> ColumnTable:
        return ColumnTable({c: self.data[c] for c in names}, self.rows)

    def to_frame(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame(_frame_ready(self.data), index=pd.RangeIndex(self.rows))


def column_list(units, name: str) -> list:
    """Return a column of a DataFrame or :class:`ColumnTable` as a Python list (fast to loop over)."""
    values = units[name]
    return values if isinstance(values, list) else values.tolist()


def _frame_ready(columns: dict) -> dict:
    # Lists of strings go in as object arrays: pandas converts those to its string dtype
    # about twice as fast as lists.
    return {c: np.asarray(v, dtype=object) if isinstance(v, list) and v and isinstance(v[0], str) else v
            for c, v in columns.items()}


def with_columns(units, columns: dict):
    """Return a new table: ``units`` with ``columns`` (name -> values) added or replaced.

    A DataFrame gives a DataFrame, built once instead of a copy and an insertion per column (an
    analysis stage runs once per article, and on a corpus of short articles that overhead is a
    large share of the time); a :class:`ColumnTable` gives a ColumnTable.
    """
    if isinstance(units, ColumnTable):
        return units.with_columns(columns)
    import pandas as pd

    columns = _frame_ready(columns)
    merged = {c: columns.get(c, units[c]) for c in units.columns}
    merged.update((c, v) for c, v in columns.items() if c not in merged)
    return pd.DataFrame(merged, index=units.index)
