"""Load articles and their metadata, and refuse bad input with a clear reason.

An article is UTF-8 text with one paragraph per line. It may sit in a file, in a
``narratives/<id>/`` folder (``article.txt`` beside ``meta.yml``, ``gold.csv`` and an optional
``actors.yml``), or arrive on standard input (``-``). The text every offset refers to is the
decoded article with a byte-order mark dropped and line ends normalised to ``\\n``.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .resources import load_yaml

__all__ = ["Article", "InputError", "load_article", "normalise_text", "iter_articles"]


class InputError(ValueError):
    """Bad input from the user: the message says what is wrong and what to do."""


@dataclass(frozen=True)
class Article:
    """One article: its id, normalised text and metadata.

    Attributes
    ----------
    id : str
        The folder name for a ``narratives/<id>/`` folder, the file stem for a file, ``stdin``.
    text : str
        The normalised text that every unit offset indexes.
    meta : dict
        ``meta.yml`` when present, else empty.
    folder : Path or None
        The article's folder when it came from one.
    """

    id: str
    text: str
    meta: dict = field(default_factory=dict)
    folder: Path | None = None

    @property
    def actors_path(self) -> Path | None:
        """Return the folder's own ``actors.yml`` when there is one."""
        if self.folder is not None and (self.folder / "actors.yml").is_file():
            return self.folder / "actors.yml"
        return None

    @property
    def gold_path(self) -> Path | None:
        """Return the folder's ``gold.csv`` when there is one."""
        if self.folder is not None and (self.folder / "gold.csv").is_file():
            return self.folder / "gold.csv"
        return None


# C0 controls other than tab, newline, carriage return and form feed mark a binary file.
_BINARY = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def normalise_text(raw: bytes, *, source: str = "input") -> str:
    """Decode article bytes to the text that offsets index.

    Parameters
    ----------
    raw : bytes
        The file's bytes.
    source : str, default 'input'
        Named in error messages.

    Returns
    -------
    str
        UTF-8 decoded, BOM dropped, ``\\r\\n`` and lone ``\\r`` turned into ``\\n``.

    Raises
    ------
    InputError
        Empty or whitespace-only input, binary data, or invalid UTF-8.

    Examples
    --------
    >>> normalise_text(b"\\xef\\xbb\\xbfTitle\\r\\nBody.\\r\\n")
    'Title\\nBody.\\n'
    """
    if b"\x00" in raw[:8192]:
        raise InputError(f"{source} looks like a binary file (it holds NUL bytes); "
                         "give a UTF-8 text file with one paragraph per line")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"{source} is not valid UTF-8 (byte {exc.start}, line {line}); "
                         "re-save it as UTF-8") from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if _BINARY.search(text):
        raise InputError(f"{source} looks like a binary file (it holds control characters); "
                         "give a UTF-8 text file with one paragraph per line")
    if not text.strip():
        raise InputError(f"{source} is empty; give an article with at least one paragraph")
    return text


def _read_meta(folder: Path) -> dict:
    path = folder / "meta.yml"
    if not path.is_file():
        return {}
    try:
        meta = load_yaml(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{path} is not valid YAML ({first}); fix or remove it") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise InputError(f"{path} must be a YAML mapping (key: value lines)")
    return meta


def load_article(path: str | Path, *, stdin=None) -> Article:
    """Load an article from a ``.txt`` file, a ``narratives/<id>/`` folder or ``-`` (stdin).

    Parameters
    ----------
    path : str or Path
        The article file, its folder, or ``'-'`` for standard input.
    stdin : binary file, optional
        Read instead of ``sys.stdin.buffer`` when ``path`` is ``'-'`` (for tests).

    Returns
    -------
    Article

    Raises
    ------
    InputError
        Missing path, folder without ``article.txt``, unreadable, empty, binary or non-UTF-8 text,
        malformed ``meta.yml``.
    """
    if str(path) == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return Article(id="stdin", text=normalise_text(stream.read(), source="standard input"))
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p} does not exist; give an article .txt, a narratives/<id>/ folder or -")
    folder = None
    if p.is_dir():
        folder = p
        p = p / "article.txt"
        if not p.is_file():
            raise InputError(f"{folder} has no article.txt; put the article text there "
                             "(UTF-8, one paragraph per line)")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {p} ({exc.strerror}); check the path and its permissions") from None
    text = normalise_text(raw, source=str(p))
    if folder is None and p.name == "article.txt":
        folder = p.parent
    meta = _read_meta(folder) if folder is not None else {}
    article_id = str(meta.get("id") or (folder.name if folder is not None else p.stem))
    return Article(id=article_id, text=text, meta=meta, folder=folder)


def iter_articles(paths):
    """Yield articles one at a time from paths (files, folders of articles, or ``-``).

    A folder holding ``article.txt`` is one article; a folder of such folders (``narratives/``)
    yields each in name order, so a large corpus streams without being held in memory.
    """
    for path in paths:
        p = Path(path)
        if str(path) != "-" and p.is_dir() and not (p / "article.txt").is_file():
            subs = sorted(d for d in p.iterdir() if (d / "article.txt").is_file())
            files = sorted(f for f in p.iterdir() if f.suffix == ".txt" and f.is_file())
            if not subs and not files:
                raise InputError(f"{p} has no article.txt and no article folders or .txt files; "
                                 "give an article .txt, a narratives/<id>/ folder or -")
            for item in [*subs, *files]:
                yield load_article(item)
        else:
            yield load_article(path)
