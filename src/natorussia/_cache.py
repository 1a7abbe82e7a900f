"""The bundled corpus, kept between runs in the user's cache folder.

Extracting the five bundled articles compiles every pattern of the pipeline
and takes about a second; reading back the corpus a previous run extracted
takes a few tens of milliseconds. The cached copy is keyed by a digest of
everything that decides the result — the package's code, its data files and
the articles — so an upgrade, an edited rule or an edited article simply
misses the cache and extracts afresh. Nothing is shared between users or
machines: the file is written by this library for this library.

Where: ``$NATORUSSIA_CACHE`` if set (``off`` turns the cache off), else
``$XDG_CACHE_HOME/natorussia``, else ``~/.cache/natorussia``. A folder that
cannot be written, or a file that cannot be read back, costs only the
extraction: the cache never makes a load fail.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import tempfile
from collections.abc import Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

__all__ = ["digest_of", "folder", "key", "read", "write"]

# What decides an extraction: code, data, articles (not caches or compiled files).
_INPUTS = (".py", ".json", ".txt", ".md", ".toml", ".csv")


def folder() -> Path | None:
    """The cache folder, or None when ``NATORUSSIA_CACHE=off``.

    >>> import os
    >>> before = os.environ.get("NATORUSSIA_CACHE")
    >>> os.environ["NATORUSSIA_CACHE"] = "off"
    >>> folder() is None
    True
    >>> os.environ["NATORUSSIA_CACHE"] = "/tmp/nr-cache"
    >>> str(folder())
    '/tmp/nr-cache'
    >>> _ = os.environ.pop("NATORUSSIA_CACHE") if before is None else os.environ.update(NATORUSSIA_CACHE=before)
    """
    chosen = os.environ.get("NATORUSSIA_CACHE", "").strip()
    if chosen.casefold() == "off":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "natorussia"


def _inputs(root: Traversable) -> Iterator[Traversable]:
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.is_dir():
            if entry.name != "__pycache__":
                yield from _inputs(entry)
        elif entry.name.endswith(_INPUTS):
            yield entry


@functools.cache
def key() -> str:
    """A digest of the package's code, data files and bundled articles.

    >>> len(key()), key() == key()
    (64, True)
    """
    return digest_of(resources.files("natorussia"))


def digest_of(root: Traversable) -> str:
    """A digest of the names and contents of the code, data and text files under ``root``.

    >>> import pathlib, tempfile
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (root / "rules.json").write_text("{}")
    >>> first = digest_of(root)
    >>> _ = (root / "rules.json").write_text('{"a": 1}')
    >>> digest_of(root) == first
    False
    """
    digest = hashlib.sha256()
    for entry in _inputs(root):
        data = entry.read_bytes()
        digest.update(f"{entry.name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def _path() -> Path | None:
    where = folder()
    return None if where is None else where / f"bundled-{key()[:32]}.pickle"


def read() -> Any:
    """What :func:`write` kept for this exact package, or None.

    The caller checks the type: this module sits below the corpus it keeps.
    """
    path = _path()
    if path is None:
        return None
    try:
        with path.open("rb") as stream:
            corpus = pickle.load(stream)
    except Exception:  # any unreadable or foreign file is only a miss
        return None
    return corpus


def write(corpus: object) -> None:
    """Keep ``corpus`` for the next run; any failure to write is ignored."""
    path = _path()
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed, so that a reader never sees half a file.
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as stream:
            pickle.dump(corpus, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(stream.name, path)
        for old in path.parent.glob("bundled-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        return
