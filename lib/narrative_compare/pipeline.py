"""Run the per-article stages over a stream of articles, on several cores, in input order.

A corpus can be larger than memory, so articles are read one at a time and at most a few
batches per worker are in flight: memory stays flat however many articles stream through. Results
come back in input order, so the output of ``--jobs 4`` is byte-identical to ``--jobs 1``.
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import chain

from . import schema
from .attribution import split_columns
from .corpus import InputError
from .resources import load_actors

__all__ = ["add_analyses", "analyses", "default_jobs", "run_stages"]

# Batches queued per worker: enough to keep every core busy between two reads of the input,
# few enough that memory does not grow with the corpus.
_IN_FLIGHT_PER_JOB = 4
# Articles go to the workers in batches of about this many characters (some ten news articles):
# one task per article cost the command process and the workers about a tenth of the CPU time
# on a corpus of short articles, in task hand-offs rather than analysis.
_BATCH_CHARS = 64_000
_worker_actors = None


def analyses():
    """Return every per-unit analysis stage, in pipeline order (``analyze`` prints all their columns)."""
    from .casualties import add_casualties
    from .certainty import add_certainty
    from .evidence import add_evidence
    from .sentiment import add_sentiment

    return (add_sentiment, add_casualties, add_evidence, add_certainty)


def _column_functions():
    from .casualties import casualty_columns
    from .certainty import certainty_columns
    from .evidence import evidence_columns
    from .sentiment import sentiment_columns

    return (sentiment_columns, casualty_columns, evidence_columns, certainty_columns)


def add_analyses(units):
    """Add the columns of every stage of :func:`analyses` in one table build.

    The same table as applying the stages one after another, without rebuilding it after each
    (per article, that rebuilding cost more than some of the analyses).
    """
    columns = {}
    for stage_columns in _column_functions():
        columns.update(stage_columns(units))
    return schema.with_columns(units, columns)


def default_jobs() -> int:
    """Return the number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _process(article, actors, stages, finish):
    units = split_columns(article, actors=actors)
    for stage in stages:
        units = stage(units)
    units = units.with_columns({schema.ARTICLE: [article.id] * len(units)}, first=True)
    return units.to_frame() if finish is None else finish(units)


def _init_worker(actors_file) -> None:
    global _worker_actors
    _worker_actors = load_actors(actors_file) if actors_file else None


def _process_in_worker(batch, stages, finish):
    return [_process(article, _worker_actors, stages, finish) for article in batch]


def _batches(articles, chars: int):
    """Group consecutive articles into lists of about ``chars`` characters of text (at least one).

    An input error while reading comes after the batch of the articles read before it.
    """
    batch, size = [], 0
    try:
        for article in articles:
            batch.append(article)
            size += len(article.text)
            if size >= chars:
                yield batch
                batch, size = [], 0
    except InputError:
        if batch:
            yield batch
        raise
    if batch:
        yield batch


def run_stages(articles, *, stages=(), actors_file=None, jobs: int = 1, finish=None):
    """Yield each article's unit table, split and passed through ``stages``, in input order.

    Parameters
    ----------
    articles : iterable of Article
        Read lazily; input errors raised while reading surface here, in order.
    stages : sequence of callables
        Functions taking and returning the unit table (e.g. :func:`analyses`), here as a
        :class:`~narrative_compare.schema.ColumnTable`: every ``add_*`` stage of the package
        takes either kind of table and returns the kind it was given.
    actors_file : path, optional
        Actors config for every article; by default each article's folder config or the
        packaged one.
    jobs : int
        Worker processes; 1 runs in this process. A pool is started only when there is more
        than one article.
    finish : callable, optional
        Applied to each finished :class:`~narrative_compare.schema.ColumnTable` in the worker
        (e.g. formatting it as text), so that only its result travels back to this process.

    Yields
    ------
    pandas.DataFrame or the result of ``finish``
        The unit table with ``article`` as its first column, or what ``finish`` made of it.
    """
    articles = iter(articles)
    first = next(articles, None)
    if first is None:
        return
    actors = load_actors(actors_file) if actors_file else None  # a bad config fails here, not in a worker
    # The first article runs here: it loads every lexicon, and forked workers inherit them.
    yield _process(first, actors, stages, finish)
    second = next(articles, None)
    if second is None:
        return
    if jobs <= 1:
        for article in chain([second], articles):
            yield _process(article, actors, stages, finish)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(actors_file,)) as pool:
        pending = deque()
        try:
            for batch in _batches(chain([second], articles), _BATCH_CHARS):
                pending.append(pool.submit(_process_in_worker, batch, stages, finish))
                if len(pending) >= jobs * _IN_FLIGHT_PER_JOB:
                    yield from pending.popleft().result()
        except InputError:
            # A bad article stops the run where it stands, as with one job: every article
            # before it is still written.
            while pending:
                yield from pending.popleft().result()
            raise
        while pending:
            yield from pending.popleft().result()
