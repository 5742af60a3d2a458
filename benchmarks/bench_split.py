"""Measure `split` throughput beside NLTK's VADER on the same text, in one run.

The corpus is the repository's annotated articles repeated to at least --megabytes of text
(each copy a separate article, so every per-article step is paid every time). Both are timed
on one core in this process, best of --repeat runs; the script prints MB/s for each, the ratio,
the machine and the versions. The issue's bar is split >= 2 MB/s.

    python benchmarks/bench_split.py [--megabytes 4] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from importlib import metadata
from pathlib import Path

import narrative_compare as nc
from narrative_compare.resources import load_actors, vader_analyzer

ROOT = Path(__file__).resolve().parents[1]


def corpus(megabytes: float) -> list[str]:
    texts = [(p / "article.txt").read_text(encoding="utf-8") for p in sorted((ROOT / "narratives").iterdir())
             if (p / "article.txt").is_file()]
    out, size = [], 0
    while size < megabytes * 1e6:
        for t in texts:
            out.append(t)
            size += len(t.encode("utf-8"))
    return out


def best_of(repeat, fn):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=4.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = corpus(args.megabytes)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    actors = load_actors()
    vader = vader_analyzer()

    def run_split():
        for t in texts:
            nc.add_attribution(nc.split_units(t), t, actors=actors)

    def run_vader():
        # VADER scores sentences; give it the same sentences the split produces, so both read
        # the same text (segmentation time is not charged to VADER).
        for sentence in sentences:
            vader.polarity_scores(sentence)

    sentences = [s for t in texts[: len(texts)] for s in nc.split_units(t)["text"]]
    t_split = best_of(args.repeat, run_split)
    t_vader = best_of(args.repeat, run_vader)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.platform()}")
    print(f"versions: narrative-compare {metadata.version('narrative-compare')}, nltk {metadata.version('nltk')}, "
          f"pandas {metadata.version('pandas')}")
    print(f"corpus: {len(texts)} articles, {mb:.2f} MB UTF-8, {len(sentences)} sentences; best of {args.repeat}")
    print(f"split (segment + attribute): {t_split:.2f} s = {mb / t_split:.2f} MB/s  (bar: >= 2 MB/s)")
    print(f"NLTK VADER polarity_scores : {t_vader:.2f} s = {mb / t_vader:.2f} MB/s")
    print(f"split / VADER throughput   : {t_vader / t_split:.2f}x")


if __name__ == "__main__":
    main()
