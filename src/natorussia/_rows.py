"""Flat records of model objects: the rows of JSON Lines, CSV and DataFrames.

Below :mod:`natorussia.query` (whose collections have ``to_dataframe()``) and
:mod:`natorussia.io` (which serves these functions publicly).
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final

import attrs
import cattrs
from cattrs.gen import make_dict_unstructure_fn

from natorussia._extras import require
from natorussia.model import Document, Event, Institution, Mention, Person

__all__ = ["TABLES", "row", "rows", "tagged_members", "to_dataframe"]

# Objects written once, in a table of the file, and referred to by key elsewhere.
TABLES: Final[dict[type, str]] = {
    Document: "documents",
    Event: "events",
    Institution: "institutions",
    Person: "persons",
}


def tagged_members(tp: Any) -> tuple[type, ...] | None:
    """The attrs classes of a union such as ``Institution | Person`` (None if not such a union)."""
    if typing.get_origin(tp) not in (typing.Union, types.UnionType):
        return None
    members = tuple(a for a in typing.get_args(tp) if a is not type(None))
    if len(members) < 2 or not all(attrs.has(m) for m in members):
        return None
    return members


def _row_converter() -> cattrs.Converter:
    conv = cattrs.Converter()
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    for cls in TABLES:
        conv.register_unstructure_hook(cls, lambda obj: obj.id)
    conv.register_unstructure_hook(
        Mention,
        lambda m: {
            "document_id": m.document_id,
            "span": list(m.span),
            "surface": m.surface,
            "entity": m.entity.id,
        },
    )

    def union_hook(tp: Any) -> Callable[[Any], Any]:
        def hook(value: Any) -> Any:
            if value is None or isinstance(value, Institution | Person | Event | Document):
                return None if value is None else value.id
            return conv.unstructure(value, type(value))

        return hook

    conv.register_unstructure_hook_factory(lambda tp: tagged_members(tp) is not None, union_hook)
    return conv


_rows = _row_converter()
_ROW_BODIES: dict[type, Callable[[Any], dict[str, Any]]] = {}


def _flatten(prefix: str, value: Any, out: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            _flatten(f"{prefix}.{key}" if prefix else key, inner, out)
    elif isinstance(value, tuple):
        out[prefix] = list(value)
    else:
        out[prefix] = value


def row(obj: Any) -> dict[str, Any]:
    """One flat record of a model object: the row of :func:`to_csv` and ``to_dataframe()``.

    Nested objects become dotted columns (``date.edtf``, ``date.earliest``);
    institutions, persons, events and documents inside it are given by id;
    list fields stay lists (a CSV cell holds them as a JSON array).

    >>> import natorussia as nr
    >>> doc = nr.extract("NATO was founded in Washington on 4 April 1949.", id="note")
    >>> r = row(doc.events[0])
    >>> r["date.edtf"], r["date.earliest"], r["kind"], r["institutions"]
    ('1949-04-04', '1949-04-04', <EventKind.FOUNDING: 'founding'>, ['nato'])
    """
    cls = type(obj)
    body = _ROW_BODIES.get(cls)
    if body is None:
        body = _ROW_BODIES[cls] = make_dict_unstructure_fn(cls, _rows)
    out: dict[str, Any] = {}
    _flatten("", body(obj), out)
    return out


def rows(items: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """One :func:`row` per object of ``items`` (a collection)."""
    return (row(item) for item in items)


def to_dataframe(items: Iterable[Any]) -> Any:
    """A :class:`pandas.DataFrame` of :func:`rows` (needs ``natorussia[pandas]``).

    Raises:
        MissingExtraError: pandas is not installed.
    """
    pandas = require("pandas", extra="pandas", feature="to_dataframe()")
    return pandas.DataFrame.from_records(list(rows(items)))
