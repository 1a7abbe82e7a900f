"""natorussia: articles on NATO–Russia relations as a typed, queryable data model.

>>> import natorussia as nr
>>> corpus = nr.load()                  # the bundled corpus
>>> len(corpus.documents)
5
>>> doc = nr.extract("A Headline\nBy Jane Roe\nNATO was founded on April 4, 1949, in Washington.")
>>> doc.title, doc.authors[0].name, doc.events[0].date.edtf
('A Headline', 'Jane Roe', '1949-04-04')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from natorussia.errors import (
    Ambiguous,
    BinaryFileError,
    DataError,
    DateError,
    DecodeError,
    EmptyFileError,
    Error,
    FileTooLargeError,
    LoadError,
    LoadErrors,
    LoadWarning,
    MissingExtraError,
    MissingFileError,
    NotFound,
)

if TYPE_CHECKING:
    from natorussia import io
    from natorussia.corpus import DEFAULT_MAX_BYTES, Corpus, Passage, load, read_document
    from natorussia.dates import DateMatch, find_dates, parse_date
    from natorussia.fuzzydate import OPEN_END, OPEN_START, FuzzyDate, Precision
    from natorussia.knowledge import Gazetteer, Surface
    from natorussia.knowledge import validate as validate_gazetteer
    from natorussia.model import (
        Affiliation,
        Author,
        Document,
        Entity,
        Event,
        EventKind,
        Fact,
        Institution,
        InstitutionKind,
        Mention,
        Person,
        Reference,
        Relation,
        Span,
    )
    from natorussia.pipeline import extract
    from natorussia.query import Collection, Documents, Events, Institutions, Persons
    from natorussia.readers import decode
    from natorussia.timeline import (
        Discrepancies,
        Discrepancy,
        DiscrepancyKind,
        Happening,
        Timeline,
    )

    gazetteer: Gazetteer

# The public names, served lazily from the modules that define them (PEP 562):
# ``import natorussia`` stays cheap, and the date patterns, gazetteer and
# lexicons are compiled or read only when first used.
_SOURCES: dict[str, tuple[str, str]] = {
    **{
        name: ("natorussia.model", name)
        for name in (
            "Affiliation",
            "Author",
            "Document",
            "Entity",
            "Event",
            "EventKind",
            "Fact",
            "Institution",
            "InstitutionKind",
            "Mention",
            "Person",
            "Reference",
            "Relation",
            "Span",
        )
    },
    **{
        name: ("natorussia.fuzzydate", name)
        for name in ("OPEN_END", "OPEN_START", "FuzzyDate", "Precision")
    },
    **{
        name: ("natorussia.corpus", name)
        for name in ("DEFAULT_MAX_BYTES", "Corpus", "Passage", "load", "read_document")
    },
    "decode": ("natorussia.readers", "decode"),
    "extract": ("natorussia.pipeline", "extract"),
    **{name: ("natorussia.dates", name) for name in ("DateMatch", "find_dates", "parse_date")},
    **{
        name: ("natorussia.query", name)
        for name in ("Collection", "Documents", "Events", "Institutions", "Persons")
    },
    **{
        name: ("natorussia.timeline", name)
        for name in ("Discrepancies", "Discrepancy", "DiscrepancyKind", "Happening", "Timeline")
    },
    "Gazetteer": ("natorussia.knowledge", "Gazetteer"),
    "Surface": ("natorussia.knowledge", "Surface"),
    "validate_gazetteer": ("natorussia.knowledge", "validate"),
}

__all__ = [
    "DEFAULT_MAX_BYTES",
    "OPEN_END",
    "OPEN_START",
    "Affiliation",
    "Ambiguous",
    "Author",
    "BinaryFileError",
    "Collection",
    "Corpus",
    "DataError",
    "DateError",
    "DateMatch",
    "DecodeError",
    "Discrepancies",
    "Discrepancy",
    "DiscrepancyKind",
    "Document",
    "Documents",
    "EmptyFileError",
    "Entity",
    "Error",
    "Event",
    "EventKind",
    "Events",
    "Fact",
    "FileTooLargeError",
    "FuzzyDate",
    "Gazetteer",
    "Happening",
    "Institution",
    "InstitutionKind",
    "Institutions",
    "LoadError",
    "LoadErrors",
    "LoadWarning",
    "Mention",
    "MissingExtraError",
    "MissingFileError",
    "NotFound",
    "Passage",
    "Person",
    "Persons",
    "Precision",
    "Reference",
    "Relation",
    "Span",
    "Surface",
    "Timeline",
    "__version__",
    "decode",
    "extract",
    "find_dates",
    "gazetteer",
    "io",
    "load",
    "parse_date",
    "read_document",
    "validate_gazetteer",
]


def __getattr__(name: str) -> Any:
    # Served lazily: the version comes from the installed metadata, and the
    # gazetteer is only read from disk when somebody asks for it.
    if name in _SOURCES:
        module, attribute = _SOURCES[name]
        value = getattr(importlib.import_module(module), attribute)
        globals()[name] = value
        return value
    if name == "__version__":
        from importlib.metadata import version

        return version("natorussia")
    if name == "io":  # exports: imported on first use
        import natorussia.io

        return natorussia.io
    if name == "gazetteer":
        from natorussia.knowledge import default_gazetteer

        return default_gazetteer()
    raise AttributeError(f"module 'natorussia' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
