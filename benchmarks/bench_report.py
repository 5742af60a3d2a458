"""Compare `narrative-compare report` with executing as many import-only notebooks, in one run.

The baseline is the floor any notebook suite pays: start a kernel and import the suite's
libraries. The issue's bar is report <= 2x the baseline on a warm environment. Run from the
repository root after `make env`; it rewrites the committed notebooks and figures with identical
bytes (the report is reproducible), so `git status` stays clean.

    python benchmarks/bench_report.py [--repeat 2]
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from narrative_compare.report import _notebooks, execute_notebook

ROOT = Path(__file__).resolve().parents[1]
IMPORTS = ("import narrative_compare, pandas, numpy, matplotlib, matplotlib.pyplot, sklearn.metrics, "
           "nltk, yaml\nfrom IPython.display import HTML, display")


def time_report() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "narrative_compare.cli", "report"], cwd=ROOT, check=True,
                   capture_output=True)
    return time.perf_counter() - start


def time_baseline(n: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(n):
            nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(IMPORTS)])
            path = Path(tmp) / f"{i:02d}_imports.ipynb"
            nbformat.write(nb, path)
            paths.append(path)
        start = time.perf_counter()
        for path in paths:
            execute_notebook(path)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    n = len(_notebooks(ROOT))
    report = min(time_report() for _ in range(args.repeat))
    baseline = min(time_baseline(n) for _ in range(args.repeat))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"notebooks: {n}; best of {args.repeat}")
    print(f"narrative-compare report (incl. HTML site): {report:.1f} s")
    print(f"import-only notebooks, same count        : {baseline:.1f} s")
    print(f"ratio report / baseline                  : {report / baseline:.2f}x  (bar: <= 2x)")


if __name__ == "__main__":
    main()
