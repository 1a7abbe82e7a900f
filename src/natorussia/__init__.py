"""natorussia: articles on NATO–Russia relations as a typed, queryable data model.

>>> import natorussia as nr
>>> corpus = nr.load()
>>> [d.id for d in corpus.documents][:2]
['000_3cd35e5757cc7dc1', '001_3219f446d452bc05']
>>> corpus.document("003_fab7afded266ec95").outlet
'RT'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
from natorussia.fuzzydate import FuzzyDate, Precision
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

if TYPE_CHECKING:
    from natorussia._gazetteer import Gazetteer

    gazetteer: Gazetteer

__all__ = [
    "DEFAULT_MAX_BYTES",
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
    "__version__",
    "decode",
    "extract",
    "find_dates",
    "gazetteer",
    "load",
]


# Public objects present themselves as natorussia.X (in reprs, tracebacks and the
# API docs), which is where users import them from.
for _name in __all__:
    _obj = globals().get(_name)
    if isinstance(_obj, type) or callable(_obj) and hasattr(_obj, "__module__"):
        try:
            _obj.__module__ = __name__
        except (AttributeError, TypeError):  # pragma: no cover - builtins and aliases
            pass
del _name, _obj


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
