"""Run the suite from the command line: ``narrative-compare split|analyze|report``.

Input errors are caught here and printed as one line, ``narrative-compare: error: …``, on
stderr with exit code 2; nothing the user typed ends in a traceback.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from typing import TYPE_CHECKING

import numpy as np

from . import schema
from .corpus import InputError, iter_articles
from .pipeline import add_analyses, default_jobs, run_stages
from .resources import ActorsError

if TYPE_CHECKING:
    import pandas as pd

FORMATS = ("csv", "jsonl", "table")
PROG = "narrative-compare"


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line and exit 2, as argparse does, but never a usage dump
        sys.stderr.write(f"{PROG}: error: {message}; see '{PROG} --help'\n")
        raise SystemExit(2)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"invalid job count {value!r}: give a whole number of at least 1")
    return number


class _Render:
    """Turn one article's unit table into the command's output text.

    It runs in the worker that analysed the article, so formatting is spread over the cores
    too; the main process only writes. Returns ``(header, body)``: the CSV header is written
    once, before the first article's rows.
    """

    def __init__(self, command: str, fmt: str):
        self.command, self.fmt = command, fmt

    def table(self, units: schema.ColumnTable) -> schema.ColumnTable | pd.DataFrame:
        if self.command == "split":
            return units.select([schema.ARTICLE, *schema.SPLIT_COLUMNS])
        if self.command == "casualties":
            from .casualties import casualty_ledger

            table = casualty_ledger(units)
            table.insert(0, schema.ARTICLE, units[schema.ARTICLE][0] if len(units) else "")
            return table
        return units

    def __call__(self, units: schema.ColumnTable) -> tuple[str, str]:
        table = self.table(units)
        if self.fmt == "csv" and isinstance(table, schema.ColumnTable):
            return _csv(table)
        if isinstance(table, schema.ColumnTable):
            table = table.to_frame()
        if self.fmt == "csv":
            header, _, body = table.to_csv(index=False, lineterminator="\n").partition("\n")
            return header + "\n", body
        if self.fmt == "jsonl":
            return "", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in table.to_dict(orient="records"))
        import pandas as pd

        with pd.option_context("display.max_rows", None, "display.max_columns", None,
                               "display.width", 200, "display.max_colwidth", 80):
            return "", table.to_string(index=False) + "\n"


def _csv_cells(values) -> list:
    """A column's CSV fields as ``DataFrame.to_csv`` writes them: floats in shortest form, NaN empty."""
    if isinstance(values, np.ndarray) and values.dtype.kind == "f":
        return ["" if x != x else repr(x) for x in values.tolist()]
    return values if isinstance(values, list) else values.tolist()


def _csv(table: schema.ColumnTable) -> tuple[str, str]:
    """Return (header, rows) of a table in CSV, byte for byte what ``to_frame().to_csv(index=False)``
    writes, without building the frame (on a corpus of short articles that build and pandas'
    writer were a fifth of the time of ``analyze``)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")  # pandas writes through the same csv dialect
    writer.writerow(table.columns)
    header = out.getvalue()
    out.seek(0)
    out.truncate()
    writer.writerows(zip(*(_csv_cells(table[c]) for c in table.columns), strict=True))
    return header, out.getvalue()


def _import_nltk_alone() -> None:
    """Import NLTK without the SciPy and scikit-learn parts it would load but the commands never use.

    NLTK's package import loads SciPy's statistics (collocation tests), scikit-learn (a classifier
    wrapper, a dependency parser) and with them about 2 s of start-up, a tenth of a 10 MB
    ``analyze``. NLTK guards each of those imports with ``except ImportError``, so hiding the two
    packages while NLTK loads leaves it working without those optional parts; they are
    importable again afterwards. Only this command-line process does this: a notebook that
    imports the library gets NLTK untouched.
    """
    if "nltk" in sys.modules:
        return
    hidden = [name for name in ("scipy", "sklearn") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # makes 'import scipy…' raise ImportError
    try:
        import nltk  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


def _cmd_table(args, *, stages=()):
    if stages:
        _import_nltk_alone()
    to_file = args.output not in (None, "-")
    if not to_file:
        sys.stdout.reconfigure(encoding="utf-8")
    out = open(args.output, "w", encoding="utf-8", newline="") if to_file else sys.stdout
    try:
        stream = run_stages(iter_articles(args.path), stages=stages, actors_file=args.actors, jobs=args.jobs,
                            finish=_Render(args.command, args.format))
        # One CSV for many articles: a header once, then rows, streamed article by article.
        for n, (header, body) in enumerate(stream):
            out.write(body if n else header + body)
    finally:
        if to_file:
            out.close()
        else:
            out.flush()
    return 0


def _cmd_report(args):
    from .report import run_report

    return run_report(args.articles, jobs=args.jobs)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Split war news articles into the narratives of the "
                     "sides they report, and compare them.",
                     formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name, help_text in (("split", "print the unit table: who says what, on which side"),
                            ("analyze", "print the unit table with every analysis column"),
                            ("casualties", "print the casualty ledger: one row per claimed outcome")):
        p = sub.add_parser(name, help=help_text, formatter_class=argparse.ArgumentDefaultsHelpFormatter)
        p.add_argument("path", nargs="+", metavar="PATH",
                       help="an article .txt (UTF-8, one paragraph per line), a narratives/<id>/ "
                            "folder, a folder of such folders, or - for standard input")
        p.add_argument("--actors", metavar="FILE", help="actors config YAML (default: the article "
                       "folder's actors.yml, else the packaged one)")
        p.add_argument("--format", choices=FORMATS, default="csv", help="output format")
        p.add_argument("-o", "--output", metavar="FILE", default="-", help="output file, - for stdout")
        p.add_argument("--jobs", type=_positive, default=default_jobs(),
                       help="worker processes for a corpus of several articles (output order is "
                            "the input order whatever the number)")
    p = sub.add_parser("report", help="execute the notebooks, write figures/ and reports/",
                       formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("articles", nargs="*", metavar="ARTICLE",
                   help="article .txt or narratives/<id>/ folders to report on (default: the "
                        "committed corpus)")
    p.add_argument("--jobs", type=_positive, default=1, help="notebooks executed in parallel")
    return parser


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "report":
            return _cmd_report(args)
        return _cmd_table(args, stages=(add_analyses,) if args.command == "analyze" else ())
    except (InputError, ActorsError) as exc:
        sys.stderr.write(f"{PROG}: error: {exc}\n")
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:
        sys.stderr.write(f"{PROG}: error: {exc.strerror or exc}: {exc.filename or ''}; "
                         "check the output path\n")
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
