"""Leaving Python: the corpus and its collections as JSON, JSON Lines, CSV and SQLite.

:func:`dumps`/:func:`loads` (and :func:`dump`/:func:`load` for files) write a
:class:`~natorussia.Corpus`, any collection (:class:`~natorussia.Documents`,
:class:`~natorussia.Events`, :class:`~natorussia.Institutions`,
:class:`~natorussia.Persons`) or any single model object to JSON and back
without loss: ``loads(dumps(x)) == x``, every field included (also the ones
that equality ignores, such as an institution's aliases or a date's text).

The format (version 1) is compact: documents, events, institutions and
persons are written once each, in tables keyed by their ``id``, and referred
to by that id everywhere else — an event names ``"nato"``, it does not embed
NATO's gazetteer entry. The conversion is done by :mod:`cattrs` from the
attrs fields of the model, so a field added to a class round-trips with no
change here. The layout is published as a JSON Schema, :data:`JSON_SCHEMA`.

:func:`rows` gives one flat record per object of a collection, the form of
:func:`to_jsonl`, :func:`to_csv` and ``to_dataframe()``; :func:`to_sqlite`
writes a relational database.

Examples:
    >>> import natorussia as nr
    >>> from natorussia import io
    >>> corpus = nr.load()
    >>> text = io.dumps(corpus)
    >>> io.loads(text) == corpus
    True
    >>> some = corpus.events.involving("NATO")[:3]
    >>> again = io.loads(io.dumps(some))
    >>> again == some, "nato" in {i.id for e in again for i in e.institutions}
    (True, True)
"""

from __future__ import annotations

import collections.abc
import csv
import datetime as dt
import json
import os
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any, Final, TypeAlias

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from natorussia import errors
from natorussia._extras import require
from natorussia._rows import TABLES, row, rows, tagged_members, to_dataframe
from natorussia.corpus import Corpus
from natorussia.errors import Error, MissingExtraError
from natorussia.fuzzydate import FuzzyDate
from natorussia.model import Document, Event, Institution, Person
from natorussia.query import Collection, Documents, Events, Institutions, Persons

__all__ = [
    "FORMAT",
    "JSON_SCHEMA",
    "VERSION",
    "Exportable",
    "FormatError",
    "MissingExtraError",
    "dump",
    "dumps",
    "from_data",
    "load",
    "loads",
    "plot",
    "require",
    "row",
    "rows",
    "to_csl",
    "to_csv",
    "to_data",
    "to_dataframe",
    "to_html",
    "to_jsonl",
    "to_jsonld",
    "to_sqlite",
]

FORMAT: Final = "natorussia"
"""The value of the ``"format"`` key of every file :func:`dumps` writes."""
VERSION: Final = 1
"""The version of the format :func:`dumps` writes; :func:`loads` reads it."""

Exportable: TypeAlias = Corpus | Collection[Any] | Any
"""What :func:`dumps` accepts: a corpus, a collection, or one model object."""

PathLike: TypeAlias = str | os.PathLike[str]


class FormatError(Error, ValueError):
    """A file or string is not natorussia JSON that this version can read.

    Attributes:
        source: Where the data came from (a path, or ``"<string>"``).
        reason: What is wrong, in words.
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


# --- the converters ----------------------------------------------------------------------------------

_COLLECTIONS: Final[dict[type, type]] = {
    Documents: Document,
    Events: Event,
    Institutions: Institution,
    Persons: Person,
}
_ROOTS: Final[dict[str, type]] = {
    cls.__name__: cls for cls in (Corpus, *_COLLECTIONS, *_COLLECTIONS.values())
}


def _tag(cls: type) -> str:
    return cls.__name__.lower()


def _is_collection(tp: Any) -> bool:
    return isinstance(tp, type) and tp in _COLLECTIONS


def _is_load_error(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, errors.LoadError)


def _unstructure_problem(error: errors.LoadError) -> dict[str, Any]:
    # A file a load left out: its kind, message and attributes (path, reason,
    # an offset or a size), so that it loads back as an equal error.
    return {"error": type(error).__name__, "args": list(error.args), **vars(error)}


def _structure_problem(value: Any, _: Any) -> errors.LoadError:
    fields = dict(value)
    kind = getattr(errors, str(fields.pop("error", None)), None)
    if not isinstance(kind, type) or not issubclass(kind, errors.LoadError):
        raise ValueError(f"unknown kind of load error {value.get('error')!r}")
    # As unpickling does: the message and attributes, without the class's own
    # constructor (whose arguments differ from one kind of error to another).
    problem = kind.__new__(kind)
    problem.args = tuple(fields.pop("args", ()))
    vars(problem).update(fields)
    return problem


def _base_converter() -> cattrs.Converter:
    conv = cattrs.Converter(omit_if_default=True)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    conv.register_unstructure_hook_func(_is_load_error, _unstructure_problem)
    conv.register_structure_hook_func(_is_load_error, _structure_problem)
    return conv


_full = cattrs.Converter()
_full.register_unstructure_hook(dt.date, dt.date.isoformat)
_full.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))


def _date_base(edtf: str) -> dict[str, Any] | None:
    try:
        return typing.cast(dict[str, Any], _full.unstructure(FuzzyDate.from_edtf(edtf)))
    except Error:
        return None


def _unstructure_date(date: FuzzyDate) -> str | dict[str, Any]:
    # A date is written as its EDTF string plus whatever differs from what that
    # string alone gives (usually only "text"): the bounds, precision and flags
    # are implied.
    full: dict[str, Any] = _full.unstructure(date)
    base = _date_base(date.edtf)
    if base is None:
        return full
    delta = {k: v for k, v in full.items() if k == "edtf" or base.get(k) != v}
    return date.edtf if len(delta) == 1 else delta


def _structure_date(value: str | dict[str, Any], _: Any) -> FuzzyDate:
    if isinstance(value, str):
        value = {"edtf": value}
    base = _date_base(value["edtf"]) or {}
    return _full.structure(base | value, FuzzyDate)


class _Writer:
    """One dump: fills the tables while unstructuring."""

    def __init__(self) -> None:
        self.tables: dict[str, dict[str, Any]] = {name: {} for name in TABLES.values()}
        self._keys: dict[int, str] = {}
        self._alive: list[object] = []  # keeps ids of interned objects from being reused
        conv = self.conv = _base_converter()
        conv.register_unstructure_hook(FuzzyDate, _unstructure_date)
        self._body: dict[type, Callable[[Any], dict[str, Any]]] = {}
        for cls in TABLES:
            conv.register_unstructure_hook(cls, self._ref)
        conv.register_unstructure_hook_func(_is_collection, self._collection)
        conv.register_unstructure_hook_factory(
            lambda tp: tagged_members(tp) is not None, self._union_hook
        )
        # The bodies are made after the hooks, so that they refer to nested objects by key.
        for cls in TABLES:
            self._body[cls] = make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True)
        conv.register_unstructure_hook(
            Corpus, make_dict_unstructure_fn(Corpus, conv, _cattrs_omit_if_default=False)
        )

    def _collection(self, items: Collection[Any]) -> list[Any]:
        item_type = _COLLECTIONS[type(items)]
        return [self.conv.unstructure(item, item_type) for item in items]

    def _union_hook(self, tp: Any) -> Callable[[Any], Any]:
        def hook(value: Any) -> Any:
            if value is None:
                return None
            return {_tag(type(value)): self.conv.unstructure(value, type(value))}

        return hook

    def _ref(self, obj: Any) -> str:
        key = self._keys.get(id(obj))
        if key is not None:
            return key
        cls = type(obj)
        table = self.tables[TABLES[cls]]
        body = self._body[cls](obj)
        # The same id may stand for versions of an object that differ in fields
        # equality ignores (a person with and without their mentions): each
        # version is kept, under "id", "id~2", ...
        key, n = str(obj.id), 1
        while key in table and table[key] != body:
            n += 1
            key = f"{obj.id}~{n}"
        table[key] = body
        self._keys[id(obj)] = key
        self._alive.append(obj)
        return key

    def document(self, value: Any) -> dict[str, Any]:
        kind = type(value).__name__
        if kind not in _ROOTS:
            raise TypeError(
                f"cannot export a {kind}: give a Corpus, a collection or a model object"
            )
        data = self.conv.unstructure(value, type(value))
        out: dict[str, Any] = {"format": FORMAT, "version": VERSION, "type": kind, "data": data}
        out.update((name, table) for name, table in self.tables.items() if table)
        return out


class _Reader:
    """One load: builds each table entry once, on first use."""

    def __init__(self, tables: Mapping[str, Mapping[str, Any]], source: str) -> None:
        self.tables = tables
        self.source = source
        self._built: dict[tuple[type, str], Any] = {}
        conv = self.conv = _base_converter()
        conv.register_structure_hook(FuzzyDate, _structure_date)
        self._body: dict[type, Callable[[Any, Any], Any]] = {}
        for cls in TABLES:
            conv.register_structure_hook(cls, self._deref)
        conv.register_structure_hook_func(
            _is_collection, lambda v, tp: tp(conv.structure(x, _COLLECTIONS[tp]) for x in v)
        )
        conv.register_structure_hook_func(lambda tp: tagged_members(tp) is not None, self._union)
        for cls in TABLES:
            self._body[cls] = make_dict_structure_fn(cls, conv)

    def _union(self, value: Any, tp: Any) -> Any:
        if value is None:
            return None
        members = {_tag(m): m for m in tagged_members(tp) or ()}
        if not isinstance(value, dict) or len(value) != 1 or next(iter(value)) not in members:
            raise FormatError(self.source, f"expected one of {sorted(members)}, got {value!r}")
        ((tag, inner),) = value.items()
        return self.conv.structure(inner, members[tag])

    def _deref(self, key: Any, cls: type) -> Any:
        found = self._built.get((cls, key))
        if found is None:
            table = self.tables.get(TABLES[cls], {})
            if key not in table:
                raise FormatError(self.source, f"{TABLES[cls]} has no entry {key!r}")
            found = self._built[cls, key] = self._body[cls](table[key], cls)
        return found


# --- JSON ---------------------------------------------------------------------------------------------


def to_data(value: Exportable) -> dict[str, Any]:
    """``value`` as the plain dict (JSON-ready) that :func:`dumps` writes."""
    return _Writer().document(value)


def from_data(data: Any, *, source: str = "<data>") -> Any:
    """The object a dict of the natorussia format holds (the inverse of :func:`to_data`).

    Raises:
        FormatError: not the natorussia format, a version this library cannot
            read, or malformed content.
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise FormatError(source, f'not natorussia JSON (no "format": "{FORMAT}")')
    if data.get("version") != VERSION:
        raise FormatError(
            source, f"format version {data.get('version')!r}; this library reads {VERSION}"
        )
    kind = data.get("type")
    if kind not in _ROOTS:
        raise FormatError(source, f"unknown type {kind!r}; expected one of {sorted(_ROOTS)}")
    reader = _Reader({name: data.get(name, {}) for name in TABLES.values()}, source)
    try:
        return reader.conv.structure(data["data"], _ROOTS[kind])
    except FormatError:
        raise
    except (cattrs.BaseValidationError, KeyError, TypeError, ValueError) as e:
        if isinstance(e, cattrs.BaseValidationError):
            problems = cattrs.transform_error(e)
            more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
            detail = "; ".join(problems[:3]) + more
        else:
            detail = repr(e)
        raise FormatError(source, f"malformed {kind}: {detail}") from None


def dumps(value: Exportable, *, indent: int | None = None) -> str:
    """``value`` (a corpus, a collection or a model object) as natorussia JSON.

    >>> import natorussia as nr
    >>> dumps(nr.load().institutions[:1])[:60]
    '{"format": "natorussia", "version": 1, "type": "Institutions'
    """
    return json.dumps(to_data(value), ensure_ascii=False, indent=indent)


def loads(text: str | bytes, *, source: str = "<string>") -> Any:
    """The object that :func:`dumps` wrote, equal to the original.

    Raises:
        FormatError: ``text`` is not JSON, or not natorussia JSON of this version.

    >>> loads('{"format": "other"}')
    Traceback (most recent call last):
    ...
    natorussia.io.FormatError: <string>: not natorussia JSON (no "format": "natorussia")
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise FormatError(source, f"not JSON: {e}") from None
    return from_data(data, source=source)


def dump(value: Exportable, path: PathLike, *, indent: int | None = None) -> None:
    """Write ``value`` as natorussia JSON to the file ``path`` (UTF-8)."""
    Path(path).write_text(dumps(value, indent=indent), encoding="utf-8")


def load(path: PathLike) -> Any:
    """Read what :func:`dump` wrote to ``path``.

    Raises:
        FormatError: the file is not natorussia JSON of this version.
        MissingFileError: there is no such file.
    """
    from natorussia.errors import MissingFileError

    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise MissingFileError(os.fspath(path), "no such file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise FormatError(os.fspath(path), f"cannot read: {e}") from None
    return loads(text, source=os.fspath(path))


# --- rows: JSON Lines, CSV, DataFrames ----------------------------------------------------------------


def to_jsonl(items: Iterable[Any], path: PathLike | None = None) -> str:
    """One JSON object per line, one line per object; written to ``path`` if given.

    >>> import natorussia as nr
    >>> to_jsonl(nr.load().persons[:2]).count("\\n")
    2
    """
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows(items))
    if path is not None:
        Path(path).write_text(text, encoding="utf-8")
    return text


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def to_csv(items: Iterable[Any], path: PathLike | None = None) -> str:
    """CSV with a header and one row per object; written to ``path`` if given.

    Columns are the fields of :func:`row`; a list is written as a JSON array
    (``["nato", "russia"]``), a missing value as an empty cell, booleans as
    ``true``/``false``.

    >>> import natorussia as nr
    >>> to_csv(nr.load().institutions.of_kind("alliance")[:1]).splitlines()[0][:24]
    'id,name,acronym,kind,ali'
    """
    records = list(rows(items))
    columns: dict[str, None] = {}
    for record in records:
        columns.update(dict.fromkeys(record))
    import io as _stdio

    buffer = _stdio.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow(_cell(record.get(c)) for c in columns)
    text = buffer.getvalue()
    if path is not None:
        Path(path).write_text(text, encoding="utf-8", newline="")
    return text


def to_sqlite(corpus: Corpus, path: PathLike) -> None:
    """Write ``corpus`` to a new SQLite database at ``path`` (see :doc:`/exporting`)."""
    from natorussia._export_sql import write

    write(corpus, path)


# --- linked data, reference managers, pictures ----------------------------------------------------


def to_jsonld(corpus: Corpus) -> dict[str, Any]:
    """The corpus as one schema.org JSON-LD graph.

    Documents are ``NewsArticle`` (``ScholarlyArticle`` when they have endnotes)
    with ``headline``, ``author``, ``datePublished`` and ``publisher``;
    institutions are ``Organization`` (``Country`` for states, ``Legislation``
    for treaties, ...), persons ``Person``, events ``Event`` with
    ``startDate``/``endDate`` and their participants as ``attendee``.

    >>> import natorussia as nr
    >>> graph = to_jsonld(nr.load())["@graph"]
    >>> {"Country", "Event", "GovernmentOrganization"} <= {node["@type"] for node in graph}
    True
    """
    from natorussia._export_ld import jsonld

    return jsonld(corpus)


def to_csl(documents: Iterable[Document]) -> list[dict[str, Any]]:
    """CSL-JSON (Zotero, Mendeley, pandoc): each document, then its endnotes.

    >>> import natorussia as nr
    >>> doc = nr.extract("A Headline\\nBy Jane Roe\\nJune 5, 2020\\n\\nNATO met in 1997.", id="note")
    >>> items = to_csl([doc])
    >>> items[0]["id"], items[0]["type"], items[0]["author"], items[0]["issued"]
    ('note', 'article-newspaper', [{'family': 'Roe', 'given': 'Jane'}], {'date-parts': [[2020, 6, 5]]})
    """
    from natorussia._export_ld import csl

    return csl(documents)


def to_html(corpus: Corpus, path: PathLike | None = None) -> str:
    """One self-contained HTML page of the corpus; written to ``path`` if given."""
    from natorussia._report import html_report

    page = html_report(corpus)
    if path is not None:
        Path(path).write_text(page, encoding="utf-8")
    return page


def plot(events: Iterable[Event], path: PathLike | None = None) -> Any:
    """Events by year, coloured by kind: a matplotlib ``Figure``, saved to ``path`` if given.

    Raises:
        MissingExtraError: matplotlib is not installed (``natorussia[plot]``).
    """
    from natorussia._plot import plot_events

    return plot_events(events, path)


# --- the JSON Schema ---------------------------------------------------------------------------------


def _schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of one field type, adding attrs classes to ``defs``."""
    if tp is type(None):
        return {"type": "null"}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is dt.date:
        return {"type": "string", "format": "date"}
    if tp is FuzzyDate:
        if "FuzzyDate" not in defs:
            defs["FuzzyDate"] = {
                "description": "An EDTF string, or an object with 'edtf' and the fields that "
                "differ from what the EDTF string alone gives (usually 'text').",
                "anyOf": [{"type": "string"}, _class_schema(FuzzyDate, defs, required=["edtf"])],
            }
        return {"$ref": "#/$defs/FuzzyDate"}
    if isinstance(tp, type) and tp in TABLES:
        return {"type": "string", "description": f"key of an entry of {TABLES[tp]!r}"}
    if isinstance(tp, type) and tp in _COLLECTIONS:
        return {"type": "array", "items": _schema_of(_COLLECTIONS[tp], defs)}
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        return {"type": "string", "enum": [m.value for m in tp]}
    if isinstance(tp, type) and attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # reserved before recursing
            defs[tp.__name__] = _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    members = tagged_members(tp)
    if members is not None:
        tagged = [
            {
                "type": "object",
                "properties": {_tag(m): _schema_of(m, defs)},
                "required": [_tag(m)],
                "additionalProperties": False,
            }
            for m in members
        ]
        if type(None) in typing.get_args(tp):
            tagged.append({"type": "null"})
        return {"anyOf": tagged}
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_schema_of(a, defs) for a in args]}
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return {"type": "array", "items": _schema_of(args[0], defs)}
    if origin is tuple:
        items = [_schema_of(a, defs) for a in args]
        return {
            "type": "array",
            "prefixItems": items,
            "minItems": len(items),
            "maxItems": len(items),
        }
    if origin in (Mapping, dict, collections.abc.Mapping):
        return {"type": "object", "additionalProperties": _schema_of(args[1], defs)}
    # A field of a kind not described here still round-trips (cattrs handles it);
    # the schema then accepts any value for it rather than failing the import.
    return {"description": f"a value of type {tp!r}"}


def _class_schema(
    cls: type, defs: dict[str, Any], *, required: list[str] | None = None
) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    must = (
        required if required is not None else [f.name for f in fields if f.default is attrs.NOTHING]
    )
    return {
        "type": "object",
        "properties": {f.name: _schema_of(hints[f.name], defs) for f in fields},
        "required": must,
        "additionalProperties": False,
    }


def _json_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    tables = {
        name: {"type": "object", "additionalProperties": _schema_of_body(cls, defs)}
        for cls, name in TABLES.items()
    }
    roots = {name: _schema_of(cls, defs) for name, cls in _ROOTS.items()}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:natorussia:schema:format-1",
        "title": "natorussia JSON, format version 1",
        "description": "A corpus, a collection or one object of natorussia's data model. "
        "Documents, events, institutions and persons are written once, in the tables of "
        "the same names, keyed by id; everywhere else they are given by that key.",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "type": {"enum": sorted(_ROOTS)},
            "data": {},
            **tables,
        },
        "required": ["format", "version", "type", "data"],
        "additionalProperties": False,
        "allOf": [
            {
                "if": {"properties": {"type": {"const": name}}},
                "then": {"properties": {"data": schema}},
            }
            for name, schema in roots.items()
        ],
        "$defs": defs,
    }


def _schema_of_body(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    name = f"{cls.__name__}Entry"
    if name not in defs:
        defs[name] = {}
        defs[name] = _class_schema(cls, defs)
    return {"$ref": f"#/$defs/{name}"}


JSON_SCHEMA: Final[dict[str, Any]] = _json_schema()
"""The JSON Schema (draft 2020-12) of the files :func:`dumps` writes.

>>> JSON_SCHEMA["properties"]["format"]
{'const': 'natorussia'}
"""
