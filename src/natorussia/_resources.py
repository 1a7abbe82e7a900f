"""One loader for every data file the package ships in ``natorussia/data/``.

Every piece of curated knowledge — the gazetteer, lexicons, word lists, page
chrome rules, named periods — is a JSON file read through :func:`read_json`:
read once with :mod:`importlib.resources`, parsed, cached for the life of the
process, and guarded by a lock so that threads calling ``load()`` or
``extract()`` at once read each file a single time. A file that is missing,
not UTF-8 or not JSON raises :class:`~natorussia.errors.DataError` naming the
file; validating the *content* is the job of the module that owns the file
(it raises ``DataError`` naming the entry).

>>> from natorussia._resources import read_json
>>> sorted(read_json("periods.json"))[:2]
['periods', 'schema']
>>> read_json("no-such-file.json")
Traceback (most recent call last):
...
natorussia.errors.DataError: no-such-file.json: entry '<file>': cannot be read: ...
"""

from __future__ import annotations

import json
import threading
from importlib import resources
from typing import Any

from natorussia.errors import DataError

__all__ = ["read_json", "read_text"]

_lock = threading.Lock()
_cache: dict[str, Any] = {}
_text_cache: dict[str, str] = {}


def read_text(name: str) -> str:
    """The text of ``data/<name>``, decoded as UTF-8 and cached."""
    try:
        return _text_cache[name]
    except KeyError:
        pass
    with _lock:
        if name not in _text_cache:
            source = resources.files("natorussia") / "data" / name
            try:
                _text_cache[name] = source.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                raise DataError(name, "<file>", [f"cannot be read: {e}"]) from e
        return _text_cache[name]


def read_json(name: str) -> Any:
    """The parsed JSON of ``data/<name>``, read once and cached.

    The value is shared: callers must not mutate it (they build their own
    validated, frozen structures from it).
    """
    try:
        return _cache[name]
    except KeyError:
        pass
    text = read_text(name)
    with _lock:
        if name not in _cache:
            try:
                _cache[name] = json.loads(text)
            except ValueError as e:
                raise DataError(name, "<file>", [f"is not valid JSON: {e}"]) from e
        return _cache[name]
