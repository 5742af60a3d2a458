"""Measure `analyze` (split and every analysis) beside NLTK's VADER alone, and where the time goes.

The corpus is the repository's articles repeated to at least --megabytes of text, streamed one
article at a time as `narrative-compare analyze` does. Each stage is timed separately in one
process on one core; VADER alone scores the same sentences. The issue's bar is analyze >= 1.0x
VADER's throughput.

    python benchmarks/bench_analyze.py [--megabytes 10]
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from pathlib import Path

import narrative_compare as nc
from narrative_compare.casualties import add_casualties
from narrative_compare.certainty import add_certainty
from narrative_compare.evidence import add_evidence
from narrative_compare.resources import load_actors, vader_analyzer
from narrative_compare.sentiment import add_sentiment

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=10.0)
    args = parser.parse_args()
    texts = [(p / "article.txt").read_text(encoding="utf-8") for p in sorted((ROOT / "narratives").iterdir())
             if (p / "article.txt").is_file()]
    actors = load_actors()
    stages = {"segment": 0.0, "attribution": 0.0, "sentiment": 0.0, "casualties": 0.0, "evidence": 0.0,
              "certainty": 0.0}
    size, sentences = 0, []
    while size < args.megabytes * 1e6:
        for text in texts:
            size += len(text.encode("utf-8"))
            t = time.perf_counter()
            units = nc.split_units(text)
            stages["segment"] += time.perf_counter() - t
            t = time.perf_counter()
            units = nc.add_attribution(units, text, actors=actors)
            stages["attribution"] += time.perf_counter() - t
            for name, stage in (("sentiment", add_sentiment), ("casualties", add_casualties),
                                ("evidence", add_evidence), ("certainty", add_certainty)):
                t = time.perf_counter()
                units = stage(units)
                stages[name] += time.perf_counter() - t
            sentences.extend(units["text"])
    vader = vader_analyzer()
    t = time.perf_counter()
    for s in sentences:
        vader.polarity_scores(s)
    t_vader = time.perf_counter() - t
    total = sum(stages.values())
    mb = size / 1e6
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"corpus: {mb:.2f} MB UTF-8, {len(sentences)} sentences, streamed article by article")
    print(f"analyze (all columns): {total:.1f} s = {mb / total:.2f} MB/s")
    print(f"NLTK VADER alone     : {t_vader:.1f} s = {mb / t_vader:.2f} MB/s")
    print(f"analyze / VADER throughput: {t_vader / total:.2f}x  (bar: >= 1.0x)")
    print("where the time goes:")
    for name, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"  {name:12s} {seconds:6.1f} s  {seconds / total:5.1%}")


if __name__ == "__main__":
    main()
