"""Immutable, chainable, typed collections of documents, events and entities.

Every filter returns a collection of the same kind, so filters compose::

    corpus.events.of_kind("summit").between("1997", "2010").involving("NRC")

Name lookups are case-, accent- and dash-insensitive, and a leading "the" is
optional: ``"the Alliance"``, ``"alliance"`` and ``"Alliance"`` are the same.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Generic, Self, TypeVar, overload

from natorussia._text import fold
from natorussia.errors import Ambiguous, NotFound
from natorussia.fuzzydate import FuzzyDate
from natorussia.model import Author, Document, Event, EventKind, Institution, Person

__all__ = ["Collection", "DateLike", "Documents", "Events", "Institutions", "Persons"]

T = TypeVar("T")
DateLike = FuzzyDate | dt.date | str
"""The date filters accept a :class:`~natorussia.FuzzyDate`, a date, or an EDTF string."""


def _key(name: str) -> str:
    key = fold(name)
    return key[4:] if key.startswith("the ") else key


def _as_fuzzy(value: DateLike) -> FuzzyDate:
    if isinstance(value, FuzzyDate):
        return value
    if isinstance(value, dt.date):
        return FuzzyDate.from_date(value)
    return FuzzyDate.from_edtf(value)


class Collection(Sequence[T], Generic[T]):
    """An immutable sequence whose filters return the same kind of collection."""

    __slots__ = ("_items",)

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._items: tuple[T, ...] = tuple(items)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Self: ...
    def __getitem__(self, index: int | slice) -> T | Self:
        if isinstance(index, slice):
            return type(self)(self._items[index])
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Collection):
            return type(self) is type(other) and self._items == other._items
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._items)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self._items)}>"

    def filter(self, predicate: Callable[[T], bool]) -> Self:
        """The items for which ``predicate`` is true, in order."""
        return type(self)(item for item in self._items if predicate(item))

    def to_dataframe(self) -> Any:
        """A :class:`pandas.DataFrame`, one row per item (see :func:`natorussia.io.row`).

        Needs the ``natorussia[pandas]`` extra.

        Raises:
            natorussia.io.MissingExtraError: pandas is not installed.
        """
        from natorussia.io import to_dataframe

        return to_dataframe(self._items)


class _Named(Collection[T]):
    """Collections of things with a name and aliases."""

    __slots__ = ()
    _what = "item"

    def _names(self, item: T) -> Iterable[str]:
        raise NotImplementedError

    def _all_names(self) -> Iterator[str]:
        for item in self._items:
            yield from self._names(item)

    def _matches(self, name: str) -> list[T]:
        key = _key(name)
        return [item for item in self._items if key in {_key(n) for n in self._names(item)}]

    def get(self, name: str, default: T | None = None) -> T | None:
        """The item called ``name`` (any alias), or ``default``."""
        found = self._matches(name)
        return found[0] if len(found) == 1 else default

    def lookup(self, name: str) -> T:
        """The item called ``name`` (any alias).

        Raises:
            NotFound: nothing has that name; the error lists close matches.
            Ambiguous: several items have that name.
        """
        found = self._matches(name)
        if len(found) == 1:
            return found[0]
        if found:
            raise Ambiguous(self._what, name, [str(getattr(f, "name", f)) for f in found])
        every = {_key(n): n for item in self._items for n in self._names(item)}
        close = difflib.get_close_matches(_key(name), list(every), n=3, cutoff=0.75)
        raise NotFound(self._what, name, [every[c] for c in close])


class Institutions(_Named[Institution]):
    """Institutions, looked up by id, name, acronym or any alias."""

    __slots__ = ()
    _what = "institution"

    def _names(self, item: Institution) -> Iterable[str]:
        yield item.id
        yield item.name
        if item.acronym:
            yield item.acronym
        yield from item.aliases

    def of_kind(self, kind: str) -> Institutions:
        """Institutions of one :class:`~natorussia.InstitutionKind`."""
        return self.filter(lambda i: i.kind == kind)


class Persons(_Named[Person]):
    """Persons, looked up by full name or any alias ("Lavrov", "President Putin")."""

    __slots__ = ()
    _what = "person"

    def _names(self, item: Person) -> Iterable[str]:
        yield item.id
        yield item.name
        yield from item.aliases


class Documents(Collection[Document]):
    """Documents, ordered by id."""

    __slots__ = ()

    def get(self, id: str, default: Document | None = None) -> Document | None:
        """The document with this id, or ``default``."""
        return next((d for d in self._items if d.id == id), default)

    def by(self, author: str | Author) -> Documents:
        """Documents written by ``author`` (an :class:`Author` or any part of a name)."""
        if isinstance(author, Author):
            return self.filter(lambda d: author in d.authors)
        key = _key(author)
        return self.filter(
            lambda d: any(key == _key(a.name) or key in _key(a.name).split() for a in d.authors)
        )


class Events(Collection[Event]):
    """Events; every filter keeps the order it is given."""

    __slots__ = ()

    def between(self, start: DateLike, end: DateLike, *, overlapping: bool = False) -> Events:
        """Events dated within ``start``..``end`` (both inclusive, by bounds).

        With ``overlapping=True``, events whose date merely overlaps the
        range count too ("the 1990s" overlaps 1997–2002).
        """
        low, high = _as_fuzzy(start).earliest, _as_fuzzy(end).latest
        if overlapping:
            return self.filter(lambda e: e.date.earliest <= high and e.date.latest >= low)
        return self.filter(lambda e: low <= e.date.earliest and e.date.latest <= high)

    def of_kind(self, *kinds: EventKind | str) -> Events:
        """Events of any of the given kinds."""
        wanted = {EventKind(k) for k in kinds}
        return self.filter(lambda e: e.kind in wanted)

    def in_document(self, document_id: str) -> Events:
        """Events found in one document."""
        return self.filter(lambda e: e.document_id == document_id)

    def involving(self, name: str | Institution | Person) -> Events:
        """Events whose clause names this institution or person (any alias)."""
        if isinstance(name, Institution | Person):
            return self.filter(lambda e: name in e.institutions or name in e.persons)
        key = _key(name)

        def names(event: Event) -> Iterator[str]:
            yield from Institutions(event.institutions)._all_names()
            yield from Persons(event.persons)._all_names()

        return self.filter(lambda e: key in {_key(n) for n in names(e)})

    def mentioning(self, text: str) -> Events:
        """Events whose sentence contains ``text`` (or names it, as :meth:`involving`)."""
        key = fold(text)
        involved = set(self.involving(text))
        return self.filter(lambda e: e in involved or key in fold(e.sentence))

    def sorted(self) -> Events:
        """Events by date bounds, then document and position."""
        return Events(sorted(self._items, key=event_order))

    def plot(self, path: str | os.PathLike[str] | None = None) -> Any:
        """Events by year, coloured by kind: a matplotlib ``Figure``, saved to ``path`` if given.

        Needs the ``natorussia[plot]`` extra.

        Raises:
            natorussia.io.MissingExtraError: matplotlib is not installed.
        """
        from natorussia.io import plot

        return plot(self._items, path)


def event_order(event: Event) -> tuple[dt.date, dt.date, str, int]:
    """The order of the timeline: date bounds, then document, then position."""
    return (event.date.earliest, event.date.latest, event.document_id, event.date_span[0])
