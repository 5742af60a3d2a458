"""Save figures reproducibly: PNG, SVG and the CSV of the drawn data, and a manifest of hashes.

Every figure of the suite is written here and only here, so the rules that make bytes repeatable
live in one place: no software or date stamps, a fixed SVG hash salt, a fixed dpi, the bundled
DejaVu fonts, and the Agg backend.
"""

from __future__ import annotations

import hashlib
import json

try:
    import fcntl
except ImportError:  # Windows: no parallel notebooks there without a lock
    fcntl = None
import platform
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

__all__ = ["figure_style", "save_figure", "project_root", "FIGURE_DPI"]

FIGURE_DPI = 150
_STYLE = Path(__file__).with_name("narrative.mplstyle")
_VERSIONED = ("narrative-compare", "matplotlib", "numpy", "pandas", "scikit-learn", "nltk")


def project_root() -> Path:
    """Return the checkout's root (the folder holding ``narratives/``), else the working folder."""
    here = Path(__file__).resolve()
    for parent in [Path.cwd(), *Path.cwd().parents, *here.parents]:
        if (parent / "narratives").is_dir() and (parent / "pyproject.toml").is_file():
            return parent
    return Path.cwd()


@contextmanager
def figure_style():
    """Apply the suite's style sheet, from matplotlib's defaults, for one block."""
    with plt.style.context(str(_STYLE), after_reset=True):
        yield


def _display_path(path: Path, root: Path) -> str:
    """Name an input relative to the checkout, or absolutely when it lies outside it."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _versions() -> dict:
    out = {}
    for name in _VERSIONED:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    out["python"] = platform.python_version()
    return out


def save_figure(fig, article_id: str, name: str, data: pd.DataFrame, *, caption: str,
                notebook: str, inputs=(), root: Path | None = None) -> dict:
    """Write ``figures/<article_id>/<name>.png``, ``.svg`` and ``.csv`` and record them.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    article_id : str
        Folder under ``figures/`` (an article id, or ``corpus`` for cross-article figures).
    name : str
        File stem.
    data : pandas.DataFrame
        Exactly the data the figure draws; written beside it as CSV (index included when named).
    caption : str
        One sentence for the report's figure list.
    notebook : str
        The notebook that draws it, e.g. ``01_split.ipynb``.
    inputs : sequence of path
        Files the figure depends on; their sha256 goes in the manifest.

    Returns
    -------
    dict
        The manifest entry.
    """
    root = root or project_root()
    folder = root / "figures" / article_id
    folder.mkdir(parents=True, exist_ok=True)
    png, svg, csv = (folder / f"{name}.{ext}" for ext in ("png", "svg", "csv"))
    fig.savefig(png, dpi=FIGURE_DPI, metadata={"Software": None})
    with matplotlib.rc_context({"svg.hashsalt": f"narrative-compare:{article_id}:{name}"}):
        fig.savefig(svg, metadata={"Date": None, "Creator": None})
    plt.close(fig)
    keep_index = any(n is not None for n in data.index.names)
    data.to_csv(csv, index=keep_index, lineterminator="\n", float_format="%.6g")
    entry = {
        "caption": caption,
        "notebook": notebook,
        "inputs": {_display_path(Path(p), root): _sha256(Path(p)) for p in inputs},
        "versions": _versions(),
        "files": {p.name: _sha256(p) for p in (png, svg, csv)},
    }
    manifest_path = folder / "MANIFEST.json"
    # Notebooks may run in parallel (`report --jobs`) and share figures/corpus/: the manifest's
    # read-modify-write is done under an exclusive lock.
    with open(folder / ".manifest.lock", "w") as lock:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)
        manifest = json.loads(manifest_path.read_text()) if manifest_path.is_file() else {}
        manifest[name] = entry
        manifest_path.write_text(json.dumps(dict(sorted(manifest.items())), indent=2, sort_keys=True) + "\n")
    return entry
