"""Run the suite from the command line: ``narrative-compare split|analyze|report``.

Input errors are caught here and printed as one line, ``narrative-compare: error: …``, on
stderr with exit code 2; nothing the user typed ends in a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys

import pandas as pd

from . import schema
from .corpus import InputError, iter_articles
from .pipeline import analyses, default_jobs, run_stages
from .resources import ActorsError

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


def _write(table: pd.DataFrame, fmt: str, out) -> None:
    if fmt == "csv":
        table.to_csv(out, index=False, lineterminator="\n")
    elif fmt == "jsonl":
        for record in table.to_dict(orient="records"):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        with pd.option_context("display.max_rows", None, "display.max_columns", None,
                               "display.width", 200, "display.max_colwidth", 80):
            out.write(table.to_string(index=False) + "\n")


def _cmd_table(args, columns, *, stages=(), tables=None):
    to_file = args.output not in (None, "-")
    if not to_file:
        sys.stdout.reconfigure(encoding="utf-8")
    out = open(args.output, "w", encoding="utf-8", newline="") if to_file else sys.stdout
    try:
        stream = run_stages(iter_articles(args.path), stages=stages, actors_file=args.actors, jobs=args.jobs)
        for n, units in enumerate(stream):
            table = tables(units) if tables else units[[schema.ARTICLE, *columns(units)]]
            if args.format == "csv" and n:
                # One CSV for many articles: a header once, then rows, streamed article by article.
                table.to_csv(out, index=False, header=False, lineterminator="\n")
            else:
                _write(table, args.format, out)
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
        if args.command == "split":
            return _cmd_table(args, lambda u: schema.SPLIT_COLUMNS)
        if args.command == "analyze":
            return _cmd_table(args, lambda u: [c for c in u.columns if c != schema.ARTICLE],
                              stages=analyses())
        if args.command == "casualties":
            from .casualties import casualty_ledger

            def ledger(units):
                table = casualty_ledger(units)
                table.insert(0, schema.ARTICLE, units[schema.ARTICLE].iloc[0] if len(units) else "")
                return table

            return _cmd_table(args, None, tables=ledger)
        return _cmd_report(args)
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
