"""Execute the notebooks in order and render the HTML site students read.

Executed notebooks are written back in place with outputs, minus what changes from run to run
(timings, kernel ids, execution counts are kept stable by a clean kernel per notebook), so a
rebuild on a clean checkout leaves ``git status`` clean. For another article the notebooks run
on copies under ``reports/<id>/`` through the ``parameters`` cell, and the seed's committed
outputs are left untouched.
"""

from __future__ import annotations

import base64
import html
import json
import os
import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from .corpus import InputError, load_article
from .figures import project_root

__all__ = ["execute_notebook", "run_report", "render_site"]

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_KERNEL_META = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


def _clean(nb) -> None:
    """Drop the metadata that differs between runs."""
    nb.metadata = nbformat.from_dict({**{k: v for k, v in nb.metadata.items()
                                         if k not in ("kernelspec", "language_info", "widgets",
                                                      "papermill")}, **_KERNEL_META})
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("ExecuteTime", None)
        if cell.cell_type == "code":
            for out in cell.outputs:
                out.get("metadata", {}).pop("execution", None)


def execute_notebook(path: Path, *, parameters: dict | None = None, cwd: Path | None = None,
                     output: Path | None = None, timeout: int = 900) -> Path:
    """Execute one notebook from a clean kernel and write it with its outputs.

    ``parameters`` become a cell inserted right after the cell tagged ``parameters``.

    Raises
    ------
    RuntimeError
        Naming the notebook, the failing cell and the error.
    """
    nb = nbformat.read(path, as_version=4)
    if parameters:
        idx = next((i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", [])), -1)
        source = "# Parameters injected by narrative-compare report\n" + "\n".join(
            f"{k} = {v!r}" for k, v in parameters.items())
        cell = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
        cell.id = "injected-parameters"
        nb.cells.insert(idx + 1, cell)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(cwd or path.parent)}})
    try:
        client.execute()
    except CellExecutionError as exc:
        index = next((i for i, c in enumerate(nb.cells) if c.cell_type == "code" and any(
            o.get("output_type") == "error" for o in c.get("outputs", []))), "?")
        last = _ANSI.sub("", str(exc)).strip().splitlines()
        raise RuntimeError(f"{path.name}: cell {index} failed: {last[-1] if last else exc}") from None
    _clean(nb)
    out = output or path
    out.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, out)
    return out


def _notebooks(root: Path):
    return sorted((root / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def run_report(articles=(), *, jobs: int = 1) -> int:
    """Run every notebook (on the committed corpus, or on ``articles``) and render reports/.

    Returns the exit code: 0, or 1 when a notebook fails (with a one-line reason on stderr).
    """
    root = project_root()
    notebooks = _notebooks(root)
    if not notebooks:
        raise InputError(f"no notebooks found in {root / 'notebooks'}")
    targets = [(None, nb) for nb in notebooks]
    if articles:
        targets = []
        for a in articles:
            article = load_article(a)
            folder = Path(a).resolve() if Path(a).is_dir() else Path(a).resolve()
            out_dir = root / "reports" / article.id / "notebooks"
            for nb in notebooks:
                targets.append(((article.id, str(folder), out_dir / nb.name), nb))

    def run(target):
        spec, nb = target
        start = time.perf_counter()
        if spec is None:
            execute_notebook(nb)
        else:
            article_id, folder, out = spec
            execute_notebook(nb, parameters={"ARTICLE": folder}, cwd=nb.parent, output=out)
        return nb.name, time.perf_counter() - start

    try:
        # Notebooks of one article run in order (later ones may read earlier figures); up to
        # `jobs` of them at once otherwise.
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            for name, seconds in pool.map(run, targets):
                print(f"narrative-compare: executed {name} in {seconds:.1f} s", file=sys.stderr)
    except RuntimeError as exc:
        print(f"narrative-compare: error: {exc}", file=sys.stderr)
        return 1
    if articles:
        for article_id in dict.fromkeys(spec[0] for spec, _ in targets):
            index = render_site(root, notebooks=root / "reports" / article_id / "notebooks",
                                out=root / "reports" / article_id, article_id=article_id)
            print(f"narrative-compare: wrote {index}", file=sys.stderr)
    else:
        print(f"narrative-compare: wrote {render_site(root)}", file=sys.stderr)
    return 0


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body{{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}}
img{{max-width:100%}} pre{{background:#f6f6f6;padding:.6em;overflow-x:auto;font-size:.85em}}
details{{margin:.4em 0}} summary{{color:#777;cursor:pointer;font-size:.85em}}
table{{border-collapse:collapse;font-size:.85em}} td,th{{border:1px solid #ddd;padding:2px 6px}}
.figs{{display:grid;grid-template-columns:repeat(auto-fill,minmax(16em,1fr));gap:1em}}
.fig{{border:1px solid #ddd;padding:.5em}} .fig p{{font-size:.85em}}
</style></head><body>
{body}
</body></html>
"""


def _markdown(text: str) -> str:
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    return markdown2html_mistune(text)


def _notebook_html(nb_path: Path) -> str:
    nb = nbformat.read(nb_path, as_version=4)
    parts = ['<p><a href="index.html">&larr; all figures</a></p>']
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            parts.append(_markdown(cell.source))
            continue
        if cell.cell_type != "code":
            continue
        parts.append(f"<details><summary>code</summary><pre>{html.escape(cell.source)}</pre></details>")
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "image/png" in data:
                parts.append(f'<img alt="figure" src="data:image/png;base64,{data["image/png"].strip()}">')
            elif "text/html" in data:
                parts.append("".join(data["text/html"]) if isinstance(data["text/html"], list)
                             else data["text/html"])
            elif "text/plain" in data:
                parts.append(f"<pre>{html.escape(data['text/plain'])}</pre>")
            elif out.get("output_type") == "stream":
                parts.append(f"<pre>{html.escape(out.get('text', ''))}</pre>")
    title = nb_path.stem
    return _PAGE.format(title=html.escape(title), body="\n".join(parts))


def render_site(root: Path | None = None, *, notebooks: Path | None = None, out: Path | None = None,
                article_id: str | None = None) -> Path:
    """Write ``index.html`` and one page per notebook; images embedded, no scripts.

    By default the committed notebooks go to ``reports/``; for another article, its executed
    copies in ``reports/<id>/notebooks`` go to ``reports/<id>/`` with only its figures.
    """
    root = root or project_root()
    out = out or root / "reports"
    out.mkdir(parents=True, exist_ok=True)
    links = []
    for nb in sorted((notebooks or root / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        page = out / f"{nb.stem}.html"
        page.write_text(_notebook_html(nb), encoding="utf-8")
        links.append(f'<li><a href="{page.name}">{html.escape(nb.stem)}</a></li>')
    figs = []
    manifests = sorted((root / "figures").glob("*/MANIFEST.json"))
    if article_id is not None:
        manifests = [m for m in manifests if m.parent.name == article_id]
    for manifest in manifests:
        entries = json.loads(manifest.read_text())
        for name, entry in entries.items():
            png = manifest.parent / f"{name}.png"
            if not png.is_file():
                continue
            b64 = base64.b64encode(png.read_bytes()).decode()
            csv_rel = os.path.relpath(manifest.parent / f"{name}.csv", out)
            figs.append(
                f'<div class="fig"><img alt="{html.escape(entry["caption"])}" '
                f'src="data:image/png;base64,{b64}"><p>{html.escape(entry["caption"])}<br>'
                f'<a href="{Path(entry["notebook"]).stem}.html">notebook</a> · '
                f'<a href="{csv_rel}">data (CSV)</a> · {html.escape(manifest.parent.name)}</p></div>')
    body = ("<h1>Narrative comparison: rendered reports</h1>"
            "<p>Every figure below is rebuilt by <code>make report</code> and checked byte for byte "
            "in CI. Click a notebook to read its method, results and caveats.</p>"
            f"<h2>Notebooks</h2><ul>{''.join(links)}</ul>"
            f"<h2>Figures</h2><div class=\"figs\">{''.join(figs)}</div>")
    (out / "index.html").write_text(_PAGE.format(title="Narrative comparison", body=body), encoding="utf-8")
    return out / "index.html"
