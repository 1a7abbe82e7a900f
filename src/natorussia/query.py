"""Immutable, chainable, typed collections of documents, events and entities.

Every filter returns a collection of the same kind, so filters compose::

    corpus.events.of_kind("summit").between("1997", "2010").involving("NRC")

Names are compared under one key everywhere (the gazetteer's): case, accents,
dash and quote variants, dots, apostrophes and a leading "the" do not matter,
so ``"the Alliance"``, ``"alliance"`` and ``"Alliance"`` are the same, and so
are ``"NATO-Russia Council"``, ``"NATO–Russia Council"`` and ``"NATO Russia
Council"``.

Lookups forgive and never lie. A name that names nothing raises
:class:`~natorussia.NotFound` with close names as suggestions (a filter never
answers a typo with an empty result); a name that names several things raises
:class:`~natorussia.Ambiguous` listing them; ``get`` returns ``None`` when
nothing has the name. A value of the wrong type raises :class:`TypeError`.

Dates in queries may be a :class:`~natorussia.FuzzyDate`, a
:class:`datetime.date`, a year as an ``int``, an EDTF string (``"2002-05"``,
``"199X"``) or any expression :func:`~natorussia.find_dates` understands
(``"spring 1999"``, ``"the late 1990s"``, ``"May 27, 1997"``).

>>> import natorussia as nr
>>> corpus = nr.load()
>>> [e.date.edtf for e in corpus.events.involving("Founding Act").of_kind("treaty signing")]
['1997', '1997-05']
>>> len(corpus.events.between("the late 1990s", "2002")) > 10
True
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Generic, Self, TypeVar, overload

from natorussia._index import EntityKey, EventIndex, NameTable, entity_key, key
from natorussia.errors import Ambiguous, DateError, NotFound
from natorussia.fuzzydate import FuzzyDate
from natorussia.model import (
    Author,
    Document,
    Event,
    EventKind,
    Institution,
    InstitutionKind,
    Person,
)

__all__ = [
    "Collection",
    "DateLike",
    "Documents",
    "Events",
    "Institutions",
    "Persons",
    "as_date",
    "date_range",
    "event_kinds",
]

T = TypeVar("T")
K = TypeVar("K", EventKind, InstitutionKind)
DateLike = FuzzyDate | dt.date | int | str
"""What date filters accept. A :class:`~natorussia.FuzzyDate`, a date, a year, or a string
(EDTF or an expression such as ``"spring 1999"``)."""


# --- dates ---------------------------------------------------------------------------------------


def as_date(value: DateLike) -> FuzzyDate:
    """A query date from anything a user may pass.

    Raises:
        DateError: a string that holds no date, or several.
        TypeError: a value that is no date at all (``None``, a list, ...).

    >>> as_date("2002-05").precision, as_date("spring 1999").edtf, as_date(1999).edtf
    (<Precision.MONTH: 'month'>, '1999-21', '1999')
    >>> as_date("the late 1990s").earliest
    datetime.date(1997, 1, 1)
    >>> as_date("no date here")
    Traceback (most recent call last):
    ...
    natorussia.errors.DateError: 'no date here': no date found (give EDTF such as '1999-05', a date, or an expression such as 'spring 1999')
    """
    if isinstance(value, FuzzyDate):
        return value
    if isinstance(value, dt.datetime):
        return FuzzyDate.from_date(value.date())
    if isinstance(value, dt.date):
        return FuzzyDate.from_date(value)
    if isinstance(value, int) and not isinstance(value, bool):
        if not 1 <= value <= 9999:
            raise DateError(str(value), "a year runs from 1 to 9999")
        return FuzzyDate.from_edtf(f"{value:04d}")
    if not isinstance(value, str):
        raise TypeError(
            f"a date must be a FuzzyDate, a date, a year or a string, not {type(value).__name__}"
        )
    try:
        return FuzzyDate.from_edtf(value)
    except DateError:
        pass
    from natorussia.dates import find_dates  # dates imports the model, not the queries

    found = [m.date for m in find_dates(value) if m.date is not None]
    if len(found) == 1:
        return found[0]
    if found:
        raise DateError(value, f"holds {len(found)} dates; give one")
    raise DateError(
        value,
        "no date found (give EDTF such as '1999-05', a date, "
        "or an expression such as 'spring 1999')",
    )


def date_range(start: DateLike, end: DateLike) -> tuple[dt.date, dt.date]:
    """The first and last day of a query range from ``start`` to ``end``.

    Raises:
        DateError: ``end`` lies wholly before ``start``.

    >>> date_range("the late 1990s", "2002")
    (datetime.date(1997, 1, 1), datetime.date(2002, 12, 31))
    >>> date_range("2000", "1990")
    Traceback (most recent call last):
    ...
    natorussia.errors.DateError: '2000..1990': the range ends (1990-12-31) before it starts (2000-01-01)
    """
    first, last = as_date(start), as_date(end)
    if last.latest < first.earliest:
        raise DateError(
            f"{first.text or first.edtf}..{last.text or last.edtf}",
            f"the range ends ({last.latest}) before it starts ({first.earliest})",
        )
    return first.earliest, last.latest


# --- kinds ---------------------------------------------------------------------------------------


def _kind(value: object, enum: type[K], what: str) -> K:
    if isinstance(value, enum):
        return value
    if not isinstance(value, str):
        raise TypeError(f"a {what} must be a string, not {type(value).__name__}")
    base = key(value).replace(" ", "_")
    for candidate in (base, base.removesuffix("s"), base.removesuffix("es")):
        try:
            return enum(candidate)
        except ValueError:
            continue
    every = [k.value for k in enum]
    close = difflib.get_close_matches(base, every, n=3, cutoff=0.6)
    raise NotFound(what, value, close or every)


def event_kinds(*kinds: EventKind | str) -> frozenset[EventKind]:
    """:class:`~natorussia.EventKind` values from names such as ``"summits"`` or ``"Military operation"``.

    Raises:
        NotFound: an unknown kind; the suggestions list close kinds, or every kind.
        TypeError: no kind given, or one that is not a string.

    >>> sorted(event_kinds("summits", "Military operation"))
    [<EventKind.MILITARY_OPERATION: 'military_operation'>, <EventKind.SUMMIT: 'summit'>]
    """
    if not kinds:
        raise TypeError("give at least one event kind")
    return frozenset(_kind(k, EventKind, "event kind") for k in kinds)


def _name(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a string, not {type(value).__name__}")
    return value


# --- collections ---------------------------------------------------------------------------------


class Collection(Sequence[T], Generic[T]):
    """An immutable sequence whose filters return the same kind of collection.

    >>> import natorussia as nr
    >>> events = nr.load().events
    >>> first_two = events[:2]
    >>> type(first_two).__name__, len(first_two), first_two.filter(lambda e: e.kind == "war")
    ('Events', 2, <Events of 0>)
    """

    __slots__ = ("_items",)

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._items: tuple[T, ...] = tuple(items)

    def _new(self, items: Iterable[T]) -> Self:
        return type(self)(items)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Self: ...
    def __getitem__(self, index: int | slice) -> T | Self:
        if isinstance(index, slice):
            return self._new(self._items[index])
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
        return self._new(item for item in self._items if predicate(item))

    def to_dataframe(self) -> Any:
        """A :class:`pandas.DataFrame`, one row per item (see :func:`natorussia.io.row`).

        Needs the ``natorussia[pandas]`` extra.

        Raises:
            natorussia.errors.MissingExtraError: pandas is not installed.
        """
        from natorussia._rows import to_dataframe

        return to_dataframe(self._items)


_E = TypeVar("_E", bound=Institution | Person)


class _Named(Collection[_E]):
    """Collections of things with a name and aliases, with an index built on first lookup."""

    __slots__ = ("_table",)
    _what = "item"

    def __init__(self, items: Iterable[_E] = ()) -> None:
        super().__init__(items)
        self._table: tuple[NameTable, dict[EntityKey, _E]] | None = None

    def __getstate__(self) -> tuple[_E, ...]:
        return self._items  # the lookup table is rebuilt on first use

    def __setstate__(self, state: tuple[_E, ...]) -> None:
        self._items = state
        self._table = None

    def _lookup_table(self) -> tuple[NameTable, dict[EntityKey, _E]]:
        if self._table is None:
            self._table = (NameTable(self._items), {entity_key(i): i for i in self._items})
        return self._table

    def _matches(self, name: str) -> list[_E]:
        table, items = self._lookup_table()
        return [items[k] for k in table.resolve(_name(name, "a name"))]

    def get(self, name: str, default: _E | None = None) -> _E | None:
        """The item called ``name`` (any name it goes by), or ``default`` if none is.

        Raises:
            Ambiguous: several items go by ``name``.
            TypeError: ``name`` is not a string.
        """
        found = self._matches(name)
        if len(found) > 1:
            raise Ambiguous(self._what, name, [i.name for i in found])
        return found[0] if found else default

    def lookup(self, name: str) -> _E:
        """The item called ``name`` (any name it goes by).

        Raises:
            NotFound: nothing has that name; the error lists close matches.
            Ambiguous: several items have that name; the error lists them.
            TypeError: ``name`` is not a string.
        """
        found = self.get(name)
        if found is None:
            raise NotFound(self._what, name, self._lookup_table()[0].suggest(name))
        return found

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return bool(self._lookup_table()[0].resolve(item))
        return item in self._items


class Institutions(_Named[Institution]):
    """Institutions, looked up by id, name, acronym or any alias.

    >>> import natorussia as nr
    >>> institutions = nr.load().institutions
    >>> institutions.get("NATO Russia Council").acronym
    'NRC'
    >>> institutions.get("Ministry of Silly Walks") is None
    True
    """

    __slots__ = ()
    _what = "institution"

    def of_kind(self, *kinds: InstitutionKind | str) -> Institutions:
        """Institutions of any of the given :class:`~natorussia.InstitutionKind`\\ s.

        Raises:
            NotFound: an unknown kind; the suggestions list the kinds.
        """
        if not kinds:
            raise TypeError("give at least one institution kind")
        wanted = {_kind(k, InstitutionKind, "institution kind") for k in kinds}
        return self.filter(lambda i: i.kind in wanted)


class Persons(_Named[Person]):
    """Persons, looked up by full name, alias, surname or role.

    A full name or alias is tried first, then surnames ("Grushko"), then role
    phrases as the texts give them ("the Russian Foreign Minister"); a name
    several persons share raises :class:`~natorussia.Ambiguous`.

    >>> import natorussia as nr
    >>> persons = nr.load().persons
    >>> persons.lookup("Grushko").name, persons.lookup("the Russian Foreign Minister").name
    ('Alexander Grushko', 'Sergei Lavrov')
    >>> persons.lookup("President")
    Traceback (most recent call last):
    ...
    natorussia.errors.Ambiguous: 'President' matches several persons: 'Viktor Yanukovych', 'Vladimir Putin'
    """

    __slots__ = ()
    _what = "person"


class Documents(Collection[Document]):
    """Documents, ordered by id.

    >>> import natorussia as nr
    >>> documents = nr.load().documents
    >>> first = documents[0]
    >>> documents.get(first.id) is first
    True
    >>> documents.get("no-such-id") is None
    True
    """

    __slots__ = ()

    def get(self, id: str, default: Document | None = None) -> Document | None:
        """The document with this id, or ``default``."""
        _name(id, "a document id")
        return next((d for d in self._items if d.id == id), default)

    def by(self, author: str | Author) -> Documents:
        """Documents written by ``author`` (an :class:`Author`, a full name or a surname).

        Raises:
            NotFound: no document of the collection has such an author;
                the error lists close author names.
        """
        if isinstance(author, Author):
            return self.filter(lambda d: author in d.authors)
        wanted = key(_name(author, "an author"))

        def matches(a: Author) -> bool:
            name = key(a.name)
            return bool(wanted) and (wanted == name or wanted in name.split())

        found = self.filter(lambda d: any(matches(a) for a in d.authors))
        if not found:
            names = {key(a.name): a.name for d in self._items for a in d.authors}
            close = difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.6)
            surnames = {k.split()[-1]: n for k, n in names.items() if k}
            close += difflib.get_close_matches(wanted, list(surnames), n=3, cutoff=0.75)
            shown = [names.get(c) or surnames[c] for c in close]
            raise NotFound("author", author, list(dict.fromkeys(shown)))
        return found


class Events(Collection[Event]):
    """Events; every filter keeps the order it is given.

    The events of a corpus share indexes built once (by kind, document,
    participant, sentence word and date bounds), so that filters on
    ``corpus.events`` take well under a millisecond on 100,000 events;
    a filtered collection is filtered by a pass over its own events, with
    names resolved against the whole corpus.

    >>> import natorussia as nr
    >>> summits = nr.load().events.of_kind("summits").between(1997, 2010).involving("NRC")
    >>> [(e.date.edtf, e.kind.value) for e in summits]
    [('2010-11', 'summit')]
    """

    __slots__ = ("_index",)

    def __init__(self, items: Iterable[Event] = ()) -> None:
        super().__init__(items)
        self._index: EventIndex | None = None

    @classmethod
    def _indexed(cls, items: Iterable[Event], index: EventIndex) -> Events:
        """Events that share ``index`` (built over these or over a superset of them)."""
        events = cls(items)
        events._index = index
        return events

    def _new(self, items: Iterable[Event]) -> Events:
        return Events._indexed(items, self._idx())

    def _idx(self) -> EventIndex:
        if self._index is None:
            self._index = EventIndex(self._items)
        return self._index.ensure()

    def _fast(self) -> EventIndex | None:
        idx = self._idx()
        return idx if idx.events is self._items else None

    def _union(self, idx: EventIndex, groups: Sequence[tuple[Event, ...]]) -> Events:
        if len(groups) == 1:
            return Events._indexed(groups[0], idx)
        positions = idx.position_of()
        merged = sorted({positions[e.id] for group in groups for e in group})
        return Events._indexed((idx.events[p] for p in merged), idx)

    def _keep_ids(self, groups: Iterable[tuple[Event, ...]]) -> Events:
        ids = {e.id for group in groups for e in group}
        return self.filter(lambda e: e.id in ids)

    def between(self, start: DateLike, end: DateLike, *, overlapping: bool = False) -> Events:
        """Events dated within ``start``..``end``.

        The range runs from the first day of ``start`` to the last day of
        ``end``: ``between("1994", "2002")`` is 1 January 1994 to 31 December
        2002, and ``between("the late 1990s", "2002-05")`` is 1997 to May 2002.

        Args:
            start: Where the range begins (any :data:`~natorussia.query.DateLike`).
            end: Where it ends.
            overlapping: By default an event counts when its whole date lies in
                the range ("spring 1999" is within 1997–2002, "the 1990s" is
                not). With ``overlapping=True`` an event counts when its date
                shares at least one day with the range ("the 1990s" overlaps
                1997–2002; "2010/.." overlaps 2014).

        Raises:
            DateError: a bound holds no date, or the range ends before it starts.
            TypeError: a bound is not a date at all.

        >>> import natorussia as nr
        >>> events = nr.load().events
        >>> [e.date.edtf for e in events.between("spring 1999", "1999-06")]
        ['1999-21', '1999-06']
        >>> "199X" in [e.date.edtf for e in events.between(1997, 2002, overlapping=True)]
        True
        """
        low, high = date_range(start, end)
        lo, hi = low.toordinal(), high.toordinal()
        fast = self._fast()
        if fast is not None:
            return Events._indexed(fast.between(lo, hi, overlapping=overlapping), fast)
        if overlapping:
            return self.filter(lambda e: e.date.earliest <= high and e.date.latest >= low)
        return self.filter(lambda e: low <= e.date.earliest and e.date.latest <= high)

    def of_kind(self, *kinds: EventKind | str) -> Events:
        """Events of any of the given kinds (``"summit"``, ``"summits"``, ``EventKind.WAR``).

        Raises:
            NotFound: an unknown kind; the suggestions list close kinds, or every kind.
        """
        wanted = event_kinds(*kinds)
        fast = self._fast()
        if fast is not None:
            return self._union(fast, [fast.by_kind.get(k, ()) for k in wanted])
        return self.filter(lambda e: e.kind in wanted)

    def in_document(self, document_id: str | Document) -> Events:
        """Events found in one document.

        Raises:
            NotFound: no document of the corpus has this id.
        """
        if isinstance(document_id, Document):
            document_id = document_id.id
        _name(document_id, "a document id")
        idx = self._idx()
        if document_id not in idx.by_document and document_id not in idx.document_ids:
            known = idx.by_document.keys() | idx.document_ids
            close = difflib.get_close_matches(document_id, sorted(known), n=3, cutoff=0.6)
            close += [k for k in sorted(known) if document_id and k.startswith(document_id)]
            raise NotFound("document", document_id, list(dict.fromkeys(close))[:3])
        if idx.events is self._items:
            return Events._indexed(idx.by_document.get(document_id, ()), idx)
        return self.filter(lambda e: e.document_id == document_id)

    def _resolve(self, name: object) -> tuple[EntityKey, ...]:
        """The entities ``name`` names; () for a name only the gazetteer knows."""
        if isinstance(name, Institution | Person):
            return (entity_key(name),)
        text = _name(name, "a name (or an Institution or Person)")
        idx = self._idx()
        found = idx.names.resolve(text)
        if found:
            return found
        from natorussia.knowledge import default_gazetteer

        try:
            known = default_gazetteer().get(text)
        except Ambiguous:
            raise
        if known is not None:
            return (entity_key(known),)
        raise NotFound("institution or person", text, idx.names.suggest(text))

    def involving(self, name: str | Institution | Person) -> Events:
        """Events whose participants include this institution or person.

        ``name`` is any name they go by: an alias ("the Alliance"), an
        acronym, a surname ("Grushko") or a role ("the Russian Foreign
        Minister"). A name several persons share finds the events of each.

        Raises:
            NotFound: nothing in the corpus (or the gazetteer) goes by ``name``;
                the suggestions list close names.
            TypeError: ``name`` is not a string, Institution or Person.

        >>> import natorussia as nr
        >>> events = nr.load().events
        >>> events.involving("NATO-Russia Council") == events.involving("the NRC")
        True
        >>> events.involving("NATO-Rusia Council")
        Traceback (most recent call last):
        ...
        natorussia.errors.NotFound: no institution or person matches 'NATO-Rusia Council'; did you mean 'NATO-Russia Council', ...?
        """
        keys = self._resolve(name)
        fast = self._fast()
        groups = [self._idx().involving.get(k, ()) for k in keys]
        if fast is not None:
            return self._union(fast, groups)
        return self._keep_ids(groups)

    def mentioning(self, text: str | Institution | Person) -> Events:
        """Events whose sentence names ``text``.

        The name of an institution or person finds every sentence that names
        them under any of their names (``"the Alliance"`` finds "NATO ...");
        other text is matched as whole words in a row, ignoring case, accents
        and punctuation (``"missile defense"``).

        Raises:
            NotFound: no sentence of the corpus has these words and nothing goes
                by this name; the suggestions list close names and words.
            TypeError: ``text`` is not a string, Institution or Person.
        """
        idx = self._idx()
        if isinstance(text, Institution | Person):
            groups = [idx.naming.get(entity_key(text), ())]
        else:
            _name(text, "a name or phrase")
            keys = idx.names.resolve(text)
            if keys:
                groups = [idx.naming.get(k, ()) for k in keys]
            else:
                found = idx.phrase(text)
                if found is None:
                    raise NotFound(
                        "sentence or name",
                        text,
                        list(dict.fromkeys(idx.names.suggest(text) + idx.suggest_word(text))),
                    )
                groups = [found]
        if idx.events is self._items:
            return self._union(idx, groups)
        return self._keep_ids(groups)

    def sorted(self) -> Events:
        """Events by date bounds, then document and position."""
        return self._new(sorted(self._items, key=event_order))

    def plot(self, path: str | os.PathLike[str] | None = None) -> Any:
        """Events by year, coloured by kind: a matplotlib ``Figure``, saved to ``path`` if given.

        Needs the ``natorussia[plot]`` extra.

        Raises:
            natorussia.errors.MissingExtraError: matplotlib is not installed.
        """
        from natorussia._plot import plot_events

        return plot_events(self._items, path)


def event_order(event: Event) -> tuple[dt.date, dt.date, str, int]:
    """The order of the timeline: date bounds, then document, then position."""
    return (event.date.earliest, event.date.latest, event.document_id, event.date_span[0])
