"""Measure `narrative-compare analyze` beside NLTK's VADER alone on the same text, in one run.

The corpus is the repository's articles repeated to at least --megabytes of UTF-8 text, written
as a folder of article folders. The script then measures, on this machine and in this order:

1. where the time goes: each stage of the command's own path (plain columns between stages,
   CSV written at the end) timed in this process, on one core, over the corpus's articles;
   this also yields every unit's text for the baseline;
2. `narrative-compare analyze CORPUS -o /dev/null` as a user runs it (a fresh process, every
   column of every analysis) with --jobs equal to the cores available, and right after it NLTK's
   VADER analyser alone (the baseline of issue 5) scoring every unit's text of the same corpus
   in this process on one core: three such pairs, one after the other, so that each ratio
   compares two runs made under the same load;
3. the same command with --jobs 1, and on the first half of the corpus (whether memory grows
   with the corpus); wall-clock time including start-up, and the peak memory of the largest
   process; the command's start-up (imports and lexicons) as a run on one short article.

The shared machine makes single runs vary by tens of percent, and the load drifts over minutes:
the ratio reported is the median of the three paired ratios, with all three shown.

    python benchmarks/bench_analyze.py [--megabytes 10]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from narrative_compare import schema
from narrative_compare.attribution import add_attribution
from narrative_compare.cli import _Render
from narrative_compare.pipeline import analyses, default_jobs
from narrative_compare.resources import load_actors, vader_analyzer
from narrative_compare.segment import unit_columns

ROOT = Path(__file__).resolve().parents[1]
CLI = Path(sys.executable).with_name("narrative-compare")
# Prints the peak resident memory (KiB) of the largest process the command ran.
_PEAK = ("import resource, subprocess, sys; code = subprocess.call(sys.argv[1:]); "
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(code)")


def write_corpus(folder: Path, megabytes: float) -> list[tuple[str, int]]:
    """Write repeated copies of the repository's articles; return (source id, bytes) per copy."""
    sources = sorted(p for p in (ROOT / "narratives").iterdir() if (p / "article.txt").is_file())
    copies, size = [], 0
    while size < megabytes * 1e6:
        for src in sources:
            dest = folder / f"{len(copies):06d}-{src.name}"
            dest.mkdir()
            shutil.copyfile(src / "article.txt", dest / "article.txt")
            nbytes = (src / "article.txt").stat().st_size
            copies.append((src.name, nbytes))
            size += nbytes
    return copies


def run_cli(corpus: Path | str, jobs: int) -> tuple[float, int]:
    """Return (wall seconds, peak KiB) of one `analyze` run over the corpus."""
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _PEAK, str(CLI), "analyze", str(corpus), "--jobs", str(jobs),
                          "-o", os.devnull], check=True, capture_output=True, text=True)
    return time.perf_counter() - t, int(out.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=10.0)
    args = parser.parse_args()
    cores = default_jobs()
    with tempfile.TemporaryDirectory() as tmp:
        full, half = Path(tmp, "full"), Path(tmp, "half")
        full.mkdir()
        copies = write_corpus(full, args.megabytes)
        half.mkdir()
        for d in sorted(full.iterdir())[: len(copies) // 2]:
            (half / d.name).symlink_to(d)
        mb = sum(n for _, n in copies) / 1e6
        mb_half = sum(n for _, n in copies[: len(copies) // 2]) / 1e6

        # The units of every article, for the baseline, and the stage breakdown, in this process.
        actors = load_actors()
        texts = {p.name: (p / "article.txt").read_text(encoding="utf-8")
                 for p in (ROOT / "narratives").iterdir() if (p / "article.txt").is_file()}
        stages = {"segment": 0.0, "attribution": 0.0, **{s.__name__: 0.0 for s in analyses()}, "csv": 0.0}
        render = _Render("analyze", "csv")
        warm = add_attribution(unit_columns(texts[copies[0][0]]), texts[copies[0][0]], actors=actors)
        for stage in analyses():   # loads every lexicon: that is start-up, reported on its own
            warm = stage(warm)
        sentences = []
        for name, _ in copies:
            text = texts[name]
            t = time.perf_counter()
            units = unit_columns(text)
            stages["segment"] += time.perf_counter() - t
            t = time.perf_counter()
            units = add_attribution(units, text, actors=actors)
            stages["attribution"] += time.perf_counter() - t
            for stage in analyses():
                t = time.perf_counter()
                units = stage(units)
                stages[stage.__name__] += time.perf_counter() - t
            t = time.perf_counter()
            render(units.with_columns({schema.ARTICLE: [name] * len(units)}, first=True))
            stages["csv"] += time.perf_counter() - t
            sentences.extend(units["text"])
        vader = vader_analyzer()

        def baseline() -> float:
            t = time.perf_counter()
            for s in sentences:
                vader.polarity_scores(s)
            return time.perf_counter() - t

        # Paired runs under the same load: the command on all cores, then the baseline.
        pairs = []
        for _ in range(3):
            run = run_cli(full, cores)
            pairs.append((run, baseline()))
        one_core = run_cli(full, 1) if cores > 1 else None
        half_run = run_cli(half, cores)
        startup = min(run_cli(ROOT / "narratives" / "own-kursk-koreans", 1)[0] for _ in range(2))

    ratios = [v / run[0] for run, v in pairs]
    median = sorted(ratios)[1]
    (seconds, peak), t_vader = next((run, v) for run, v in pairs if v / run[0] == median)

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores ({cores} usable), "
          f"Python {platform.python_version()}, {platform.platform()}")
    print(f"corpus: {mb:.2f} MB UTF-8 in {len(copies)} articles, {len(sentences)} units")
    for k, ((sec, _), v) in enumerate(pairs, 1):
        print(f"pair {k}: analyze --jobs {cores} {sec:5.1f} s, VADER alone {v:5.1f} s: {v / sec:4.2f}x")
    print(f"NLTK VADER alone (baseline)  : {t_vader:6.1f} s = {mb / t_vader:5.2f} MB/s  (one core, in the median pair)")
    print(f"analyze --jobs {cores} (all columns): {seconds:6.1f} s = {mb / seconds:5.2f} MB/s  "
          f"= {median:4.2f}x VADER  (median of the three paired ratios; wall clock incl. start-up; "
          f"peak {peak / 1024:.0f} MiB)")
    if one_core is not None:
        print(f"analyze --jobs 1 (all columns): {one_core[0]:6.1f} s = {mb / one_core[0]:5.2f} MB/s  "
              f"= {t_vader / one_core[0]:4.2f}x the median pair's VADER  (peak {one_core[1] / 1024:.0f} MiB)")
    print(f"memory: peak {half_run[1] / 1024:.0f} MiB on {mb_half:.1f} MB, "
          f"{peak / 1024:.0f} MiB on {mb:.1f} MB (--jobs {cores})")
    print("bar (issue 5): analyze >= 1.0x VADER's throughput")
    print(f"start-up: {startup:.1f} s (analyze --jobs 1 on one short article: imports and lexicons)")
    total = sum(stages.values())
    print(f"where the time goes (one core, in process, {total:.1f} s = {mb / total:.2f} MB/s):")
    for name, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"  {name:16s} {seconds:6.1f} s  {seconds / total:5.1%}")


if __name__ == "__main__":
    main()
