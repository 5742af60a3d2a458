"""The command line: formats, and bad input giving exit code 2 with one line and no traceback."""

import json
import subprocess
import sys

import pytest

from .conftest import NARRATIVES

ARTICLE = NARRATIVES / "own-kremlin-denial"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "narrative_compare.cli", *map(str, args)],
                          input=stdin, capture_output=True)


def test_split_csv_has_the_fixed_columns():
    out = run("split", ARTICLE)
    assert out.returncode == 0
    header = out.stdout.decode().splitlines()[0]
    assert header == "article,unit,start,end,text,kind,paragraph,speaker,channel,side,cue"


def test_split_jsonl_round_trips_offsets():
    out = run("split", ARTICLE, "--format", "jsonl")
    text = (ARTICLE / "article.txt").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert rows and all(text[r["start"]:r["end"]] == r["text"] for r in rows)


def test_split_reads_stdin_and_table_format():
    out = run("split", "-", "--format", "table", stdin=b"Peskov denied it. Fighting went on.\n")
    assert out.returncode == 0 and b"Dmitry Peskov" in out.stdout


def test_output_file(tmp_path):
    target = tmp_path / "units.csv"
    assert run("split", ARTICLE, "-o", target).returncode == 0
    assert target.read_text(encoding="utf-8").startswith("article,unit,")


def _corpus_with_an_empty_article(tmp_path):
    corpus = tmp_path / "corpus"
    for name, text in (("a-good", (ARTICLE / "article.txt").read_bytes()), ("b-empty", b""),
                       ("c-good", (ARTICLE / "article.txt").read_bytes())):
        (corpus / name).mkdir(parents=True)
        (corpus / name / "article.txt").write_bytes(text)
    return corpus


def _bad_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x7fELF\x00\x01\x02")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9 au lait.".encode("latin-1"))
    nofile = tmp_path / "folder"
    nofile.mkdir()
    yaml_bad = tmp_path / "actors.yml"
    yaml_bad.write_text("sides: [unclosed\n")
    yaml_shape = tmp_path / "shape.yml"
    yaml_shape.write_text("sides: {a: {}}\nactors: [{name: X, side: b}]\n")
    return {
        "empty": ["split", empty],
        "binary": ["split", binary],
        "invalid utf-8": ["split", latin1],
        "missing path": ["split", tmp_path / "nope.txt"],
        "folder without article.txt": ["split", nofile],
        "malformed actors yaml": ["split", ARTICLE, "--actors", yaml_bad],
        "actors yaml of the wrong shape": ["split", ARTICLE, "--actors", yaml_shape],
        "missing actors file": ["split", ARTICLE, "--actors", tmp_path / "none.yml"],
        "unknown format": ["split", ARTICLE, "--format", "xml"],
        "no command": [],
        "zero jobs": ["split", ARTICLE, "--jobs", "0"],
        "bad actors with workers": ["split", NARRATIVES, "--jobs", "2", "--actors", yaml_shape],
        "bad article inside a corpus, with workers": ["analyze", _corpus_with_an_empty_article(tmp_path),
                                                      "--jobs", "2"],
    }


@pytest.mark.parametrize("case", ["empty", "binary", "invalid utf-8", "missing path",
                                  "folder without article.txt", "malformed actors yaml",
                                  "actors yaml of the wrong shape", "missing actors file",
                                  "unknown format", "no command", "zero jobs", "bad actors with workers",
                                  "bad article inside a corpus, with workers"])
def test_bad_input_exits_2_with_one_line(tmp_path, case):
    out = run(*_bad_inputs(tmp_path)[case])
    err = out.stderr.decode()
    assert out.returncode == 2
    assert err.startswith("narrative-compare: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err


def test_analyze_adds_the_analysis_columns():
    header = run("analyze", ARTICLE).stdout.decode().splitlines()[0]
    assert header.startswith("article,unit,start,end,text,kind,paragraph,speaker,channel,side,cue,")
    assert header.split(",")[11:] == ["sentiment_vader", "sentiment_vader_war", "sentiment_afinn",
                                      "sentiment_textblob", "targets", "casualty", "victim", "evidence_types", "evidence_count", "evidence_gap",
                                      "reporting_verb", "hedges", "boosters", "estimative_terms",
                                      "estimative_low", "estimative_high"]


def test_casualties_prints_the_ledger():
    out = run("casualties", NARRATIVES / "own-casualty-claims", "--format", "csv")
    lines = out.stdout.decode().splitlines()
    assert out.returncode == 0 and lines[0].startswith("article,unit,start,end,claimant_side,speaker,victim,")
    assert len(lines) > 10


def test_workers_change_nothing_in_the_output():
    one = run("analyze", NARRATIVES, "--jobs", "1")
    two = run("analyze", NARRATIVES, "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    articles = {line.split(",", 1)[0] for line in one.stdout.decode().splitlines()[1:]}
    assert len(articles) == sum(1 for p in NARRATIVES.iterdir() if (p / "article.txt").is_file())


def test_fast_csv_writer_matches_pandas():
    import numpy as np

    from narrative_compare.cli import _csv
    from narrative_compare.schema import ColumnTable

    tricky = ColumnTable({
        "text": ['He said, "no."', "comma, inside", "", "ü “curly” — dash"],
        "score": np.array([0.1, np.nan, -0.0, 1e-05]),
        "big": np.array([1e16, 123456789.123, -3.0, 2.5e-300]),
        "count": np.array([0, 1, -2, 10**12], dtype="int64"),
        "words": ["a;b", "", "x", "y"],
    }, 4)
    header, body = _csv(tricky)
    assert header + body == tricky.to_frame().to_csv(index=False, lineterminator="\n")


def test_fast_csv_writer_matches_pandas_on_an_analysed_article():
    import narrative_compare as nc
    from narrative_compare.attribution import split_columns
    from narrative_compare.cli import _csv
    from narrative_compare.pipeline import add_analyses

    table = add_analyses(split_columns(nc.load_article(NARRATIVES / "own-casualty-claims")))
    header, body = _csv(table)
    assert header + body == table.to_frame().to_csv(index=False, lineterminator="\n")


def test_analyze_loads_nltk_without_scipy_and_leaves_both_importable():
    # The command hides SciPy and scikit-learn while NLTK loads (2 s of start-up); NLTK's VADER
    # must still score, and both packages must import normally afterwards.
    code = ("import sys\n"
            "from narrative_compare.cli import _import_nltk_alone\n"
            "_import_nltk_alone()\n"
            "print('scipy.stats' in sys.modules, 'sklearn' in sys.modules)\n"
            "from narrative_compare.resources import vader_analyzer\n"
            "print(vader_analyzer().polarity_scores('A terrible, deadly attack.')['compound'])\n"
            "import scipy.stats, sklearn.metrics\n"
            "print(scipy.stats.norm.cdf(0.0))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[:2] == ["False", "False"]
    assert float(out[2]) < -0.5
    assert out[3] == "0.5"


@pytest.mark.parametrize(("fmt", "loads"), [("csv", False), ("jsonl", True)])
def test_only_the_formats_that_build_a_data_frame_load_pandas(fmt, loads):
    # Loading pandas is a quarter of the command's start-up: CSV output is written without it.
    code = ("import sys\n"
            "from narrative_compare.cli import main\n"
            f"main(['analyze', {str(NARRATIVES / 'own-kremlin-denial')!r}, {str(NARRATIVES / 'own-casualty-claims')!r}, "
            f"'--format', {fmt!r}, '--jobs', '1', '-o', '/dev/null'])\n"
            "print('pandas' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == [str(loads)]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_article_stops_the_run_after_every_article_before_it(tmp_path, jobs):
    # The output holds every article read before the bad one, with or without workers, then the
    # one-line error and exit 2.
    corpus = tmp_path / "corpus"
    names = [f"{k}-good" for k in range(6)] + ["7-empty", "8-good"]
    for name in names:
        (corpus / name).mkdir(parents=True)
        (corpus / name / "article.txt").write_bytes(b"" if "empty" in name else (ARTICLE / "article.txt").read_bytes())
    out = run("split", corpus, "--jobs", jobs)
    assert out.returncode == 2 and out.stderr.decode().count("\n") == 1
    written = {line.split(",")[0] for line in out.stdout.decode().splitlines()[1:]}
    assert written == set(names[:6])
