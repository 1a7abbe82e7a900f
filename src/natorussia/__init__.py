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

from typing import TYPE_CHECKING, Any

from natorussia._gazetteer import Gazetteer, Surface
from natorussia._gazetteer import validate as validate_gazetteer
from natorussia.corpus import DEFAULT_MAX_BYTES, Corpus, Passage, decode, extract, load
from natorussia.dates import DateMatch, find_dates
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
    MissingFileError,
    NotFound,
)
from natorussia.fuzzydate import OPEN_END, OPEN_START, FuzzyDate, Precision
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
from natorussia.query import Collection, Documents, Events, Institutions, Persons
from natorussia.timeline import Discrepancies, Discrepancy, DiscrepancyKind, Happening, Timeline

if TYPE_CHECKING:
    gazetteer: Gazetteer

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
    "Mention",
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
    "load",
    "validate_gazetteer",
]


def __getattr__(name: str) -> Any:
    # Served lazily: the version comes from the installed metadata, and the
    # gazetteer is only read from disk when somebody asks for it.
    if name == "__version__":
        from importlib.metadata import version

        return version("natorussia")
    if name == "gazetteer":
        from natorussia._gazetteer import default_gazetteer

        return default_gazetteer()
    raise AttributeError(f"module 'natorussia' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
