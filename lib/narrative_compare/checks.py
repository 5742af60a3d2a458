"""Check rebuilt figures against committed ones, byte for byte, and say how far off they are."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np

__all__ = ["compare_trees", "check_manifest"]


def _png_difference(expected: Path, actual: Path, diff_dir: Path | None) -> str:
    import matplotlib.image as mpimg

    a, b = mpimg.imread(expected), mpimg.imread(actual)
    if a.shape != b.shape:
        return f"size {a.shape[1]}x{a.shape[0]} became {b.shape[1]}x{b.shape[0]}"
    delta = np.abs(a.astype(float) - b.astype(float)).max(axis=-1) if a.ndim == 3 else np.abs(a - b)
    changed = int((delta > 0).sum())
    note = f"{changed} pixels differ (max channel difference {delta.max():.3f})"
    if diff_dir is not None:
        diff_dir.mkdir(parents=True, exist_ok=True)
        target = diff_dir / f"{expected.parent.name}__{expected.stem}-diff.png"
        mpimg.imsave(target, delta, cmap="magma")
        note += f"; diff image {target}"
    return note


def _csv_difference(expected: Path, actual: Path) -> str:
    old = expected.read_text(encoding="utf-8").splitlines()
    new = actual.read_text(encoding="utf-8").splitlines()
    for i, (x, y) in enumerate(zip(old, new, strict=False)):
        if x != y:
            return f"line {i + 1}: {x!r} became {y!r}"
    return f"{len(old)} lines became {len(new)}"


def compare_trees(expected: Path, actual: Path, *, diff_dir: Path | None = None,
                  suffixes=(".png", ".svg", ".csv", ".json", ".ipynb")) -> list[str]:
    """Compare every file below ``expected`` with the same path below ``actual``.

    Returns
    -------
    list of str
        One line per problem, naming the file and how far off it is; empty when identical.
    """
    problems = []
    for old in sorted(p for p in expected.rglob("*") if p.is_file() and p.suffix in suffixes):
        rel = old.relative_to(expected)
        new = actual / rel
        if not new.is_file():
            problems.append(f"{rel}: not rebuilt")
            continue
        if old.read_bytes() == new.read_bytes():
            continue
        if old.suffix == ".png":
            problems.append(f"{rel}: {_png_difference(old, new, diff_dir)}")
        elif old.suffix in (".csv", ".svg", ".json", ".ipynb"):
            problems.append(f"{rel}: {_csv_difference(old, new)}")
    for new in sorted(p for p in actual.rglob("*") if p.is_file() and p.suffix in suffixes):
        if not (expected / new.relative_to(actual)).is_file():
            problems.append(f"{new.relative_to(actual)}: rebuilt but not committed")
    return problems


def check_manifest(figures: Path) -> list[str]:
    """Check that every ``MANIFEST.json`` hash matches its file and every figure is listed."""
    problems = []
    for manifest in sorted(figures.glob("*/MANIFEST.json")):
        entries = json.loads(manifest.read_text())
        listed = set()
        for entry in entries.values():
            for filename, digest in entry["files"].items():
                listed.add(filename)
                path = manifest.parent / filename
                if not path.is_file():
                    problems.append(f"{path}: listed in the manifest but missing")
                elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
                    problems.append(f"{path}: sha256 differs from the manifest")
        for path in sorted(manifest.parent.iterdir()):
            if path.suffix in (".png", ".svg", ".csv") and path.name not in listed:
                problems.append(f"{path}: not in the manifest")
    return problems
