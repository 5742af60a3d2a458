"""The pipeline: the fused analysis stage and the worker pool change nothing in the tables."""

import pytest

import narrative_compare as nc
from narrative_compare.pipeline import add_analyses, analyses, run_stages

from .conftest import NARRATIVES

ARTICLES = [NARRATIVES / "own-kremlin-denial", NARRATIVES / "own-casualty-claims", NARRATIVES / "heldout-peace-talks"]


def test_fused_analyses_equal_the_stages_in_turn():
    units = nc.split_article(nc.load_article(ARTICLES[1]))
    expected = units
    for stage in analyses():
        expected = stage(expected)
    got = add_analyses(units)
    assert list(got.columns) == list(expected.columns)
    assert got.dtypes.equals(expected.dtypes)
    assert got.equals(expected)


def test_workers_keep_input_order_and_tables():
    serial = list(run_stages(nc.iter_articles(ARTICLES), stages=(add_analyses,), jobs=1))
    parallel = list(run_stages(nc.iter_articles(ARTICLES), stages=(add_analyses,), jobs=2))
    assert [t["article"].iloc[0] for t in parallel] == ["own-kremlin-denial", "own-casualty-claims",
                                                         "heldout-peace-talks"]
    assert all(a.equals(b) for a, b in zip(serial, parallel, strict=True))


@pytest.mark.parametrize("batch_chars", [1, 12_000, 10**9])
def test_batches_of_any_size_keep_every_article_in_order(monkeypatch, batch_chars):
    from narrative_compare import pipeline

    monkeypatch.setattr(pipeline, "_BATCH_CHARS", batch_chars)
    folders = sorted(p for p in NARRATIVES.iterdir() if (p / "article.txt").is_file())[:7]
    got = [t["article"].iloc[0] for t in run_stages(nc.iter_articles(folders), jobs=2)]
    assert got == [p.name for p in folders]


def test_an_empty_stream_yields_nothing():
    assert list(run_stages(iter([]), jobs=2)) == []


def test_column_tables_give_the_same_tables_as_data_frames():
    from narrative_compare.attribution import split_columns

    article = nc.load_article(ARTICLES[1])
    frame = add_analyses(nc.split_article(article))
    columns = add_analyses(split_columns(article))
    assert isinstance(columns, nc.schema.ColumnTable)
    got = columns.to_frame()
    assert got.dtypes.equals(frame.dtypes)
    assert got.equals(frame)


def test_the_pipeline_table_equals_split_then_analyses():
    (table,) = run_stages(nc.iter_articles(ARTICLES[:1]), stages=(add_analyses,))
    expected = add_analyses(nc.split_article(nc.load_article(ARTICLES[0])))
    expected.insert(0, "article", "own-kremlin-denial")
    assert table.equals(expected)
