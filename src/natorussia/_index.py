"""Indexes behind the query collections: built once per corpus, read by every query.

One normalisation key is used everywhere a name is compared:
:func:`natorussia.knowledge.lookup_key` (case, accents, dash and quote
variants, dots, apostrophes and a leading "the" do not matter).

An :class:`EventIndex` holds, over one tuple of events:

- the events' date bounds as integer arrays, so that a date range is found by
  ``bisect`` (for a collection already in date order, results are slices);
- the events of each kind, of each document, involving each entity and whose
  sentence names each entity, as ready-made tuples in collection order;
- every name of every participant (id, name, acronym, aliases, a person's
  surname and roles) → entity keys;
- every word of every sentence → the events whose sentence has it.

Everything is built on first use, under a lock, in one linear pass.
"""

from __future__ import annotations

import bisect
import difflib
import re
import threading
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from natorussia._text import fold
from natorussia.knowledge import lookup_key
from natorussia.model import Document, Entity, Event, EventKind, Institution, Person

__all__ = [
    "LONG_DAYS",
    "EntityKey",
    "EventIndex",
    "NameTable",
    "entity_key",
    "key",
    "participants",
    "person_names",
    "phrase_test",
    "spaced",
    "words",
]

LONG_DAYS = 400
"""Dates whose bounds lie further apart than this many days are kept apart in the index."""

EntityKey = tuple[str, str]
"""``("i", id)`` for an institution, ``("p", id)`` for a person: ids of the two may coincide."""

_WORD = re.compile(r"\w+")
# What the lookup key drops inside words: "U.S." is "US", "Russia's" is "Russias".
_DROP = re.compile(r"[.'\u2019]")


def key(name: str) -> str:
    """The lookup key of a name (see :func:`natorussia.knowledge.lookup_key`).

    >>> key("The NATO–Russia Council") == key("nato russia council")
    True
    """
    return lookup_key(name)


def words(text: str) -> list[str]:
    """The words of ``text``, folded as by the lookup key (a leading "the" is kept), in order.

    >>> words("The U.S.-Russia talks, in Geneva.")
    ['the', 'us', 'russia', 'talks', 'in', 'geneva']
    """
    return _WORD.findall(_DROP.sub("", fold(text)))


def participants(event: Event) -> list[Entity]:
    """An event's institutions, then its persons."""
    found: list[Entity] = list(event.institutions)
    found.extend(event.persons)
    return found


_NON_WORD = re.compile(r"\W+")


def spaced(text: str) -> str:
    """``text`` under the lookup key with every run of non-word characters one space,
    and a space at each end: a phrase occurs in it as ``" " + " ".join(words) + " "``.

    >>> spaced("The U.S.-Russia talks.")
    ' the us russia talks '
    """
    return " " + _NON_WORD.sub(" ", _DROP.sub("", fold(text))).strip() + " "


def phrase_test(wanted: Sequence[str]) -> Callable[[str], bool]:
    """A test of whether a text has ``wanted`` (words under the lookup key) in a row.

    ASCII text is tested with one regular expression on the text as it is
    (case, dots and apostrophes inside words ignored); other text under the
    lookup key.

    >>> test = phrase_test(["us", "missile", "defense"])
    >>> test("the U.S. missile-defense plans"), test("Their missile defense"), test("A US míssile defense")
    (True, False, True)
    """
    needle = " " + " ".join(wanted) + " "
    edges = r"(?<![\w.'\u2019])", r"(?![\w'\u2019]|\.\w)"
    # Most text has no dots or apostrophes inside words: a substring test of
    # each word, then one expression, decide.
    plain = re.compile(
        r"\b" + r"\W+".join(map(re.escape, wanted)) + r"\b(?![.'\u2019]\w)",
        re.IGNORECASE | re.ASCII,
    )
    dotted: list[re.Pattern[str]] = []

    def inside(text: str) -> bool:
        """Dots or apostrophes inside words ("U.S.", "Russia's")."""
        dots = text.count(".") - text.count(". ") - text.endswith(".")
        return dots > 0 or "'" in text or "\u2019" in text

    def test(text: str) -> bool:
        if not text.isascii():
            return needle in spaced(text)
        low = text.lower()
        if all(w in low for w in wanted) and plain.search(text) is not None:
            return True
        if not inside(text):
            return False
        if not dotted:
            inner = "[.'\u2019]?"
            words = (inner.join(re.escape(c) for c in w) for w in wanted)
            dotted.append(
                re.compile(edges[0] + r"\W+".join(words) + edges[1], re.IGNORECASE | re.ASCII)
            )
        return dotted[0].search(text) is not None

    return test


def entity_key(entity: Entity) -> EntityKey:
    """The index key of an institution or person."""
    return ("i" if isinstance(entity, Institution) else "p", entity.id)


_PARTICLES = frozenset({"de", "da", "van", "von", "der", "den", "del", "la", "le", "di", "al"})


def surnames(name: str) -> list[str]:
    """The forms of a full name's surname a user may type.

    >>> surnames("Alexander Grushko"), surnames("Jaap de Hoop Scheffer")
    (['Grushko'], ['Scheffer', 'de Hoop Scheffer'])
    """
    tokens = name.split()
    if len(tokens) < 2:
        return []
    found = [tokens[-1]]
    for i, token in enumerate(tokens[1:-1], start=1):
        if token.casefold() in _PARTICLES:
            found.append(" ".join(tokens[i:]))
            break
    return found


def person_names(person: Person) -> Iterator[tuple[int, str]]:
    """Every name a person is looked up by, with its tier (0 names, 1 surnames, 2 roles).

    A lookup takes the first tier that matches: a full name or alias wins over
    a surname, and a surname over a role phrase ("the Russian Foreign Minister").
    """
    yield 0, person.id
    yield 0, person.name
    for alias in person.aliases:
        yield 0, alias
    for name in (person.name, *person.aliases):
        for surname in surnames(name):
            yield 1, surname
    for role in person.roles:
        yield 2, role


def institution_names(institution: Institution) -> Iterator[tuple[int, str]]:
    """Every name an institution is looked up by (all of tier 0)."""
    yield 0, institution.id
    yield 0, institution.name
    if institution.acronym:
        yield 0, institution.acronym
    for alias in institution.aliases:
        yield 0, alias


def names_of(entity: Entity) -> Iterator[tuple[int, str]]:
    """:func:`person_names` or :func:`institution_names`."""
    if isinstance(entity, Person):
        return person_names(entity)
    return institution_names(entity)


class NameTable:
    """Name key → the entities called so, in tiers; plus a display name per key.

    Args:
        entities: The entities to index, each once.
    """

    __slots__ = ("_display", "_keys", "_tiers")

    def __init__(self, entities: Iterable[Entity]) -> None:
        tiers: list[dict[str, list[EntityKey]]] = [{}, {}, {}]
        display: dict[str, str] = {}
        for entity in entities:
            ek = entity_key(entity)
            for tier, name in names_of(entity):
                k = key(name)
                if not k:
                    continue
                found = tiers[tier].setdefault(k, [])
                if ek not in found:
                    found.append(ek)
                # Suggestions show a name, never a slug.
                display.setdefault(k, entity.name if name == entity.id else name)
        self._tiers = tuple({k: tuple(v) for k, v in t.items()} for t in tiers)
        self._display = display
        self._keys: list[str] | None = None

    def resolve(self, name: str) -> tuple[EntityKey, ...]:
        """The entities ``name`` denotes: those of the first tier that knows it (maybe several)."""
        k = key(name)
        for tier in self._tiers:
            found = tier.get(k)
            if found:
                return found
        return ()

    def suggest(self, name: str, n: int = 3) -> list[str]:
        """Known names close to ``name``, best first."""
        if self._keys is None:
            self._keys = list(self._display)
        close = difflib.get_close_matches(key(name), self._keys, n=4 * n, cutoff=0.75)
        # One suggestion per entity: its closest name.
        found: dict[EntityKey, str] = {}
        for c in close:
            owner = next(t[c][0] for t in self._tiers if c in t)
            found.setdefault(owner, self._display[c])
        return list(found.values())[:n]


def _ordinal_arrays(events: Sequence[Event]) -> tuple[array[int], array[int]]:
    earliest = array("l", (e.date.earliest.toordinal() for e in events))
    latest = array("l", (e.date.latest.toordinal() for e in events))
    return earliest, latest


class EventIndex:
    """The indexes of one tuple of events (see the module docstring).

    Args:
        events: The events, in the order queries return them.
        documents: The documents they come from: their mentions tell which
            entities each sentence names. Without them, a sentence names its
            event's participants.
        entities: Further entities whose names are known (mentioned in the
            corpus but in no event): a filter by such a name finds nothing
            rather than raising :class:`~natorussia.NotFound`.
    """

    def __init__(
        self,
        events: tuple[Event, ...],
        *,
        documents: Sequence[Document] = (),
        entities: Iterable[Entity] = (),
    ) -> None:
        self._setup(events, documents, entities)

    def _setup(
        self, events: tuple[Event, ...], documents: Iterable[Document], entities: Iterable[Entity]
    ) -> None:
        self.events = events
        self._documents = tuple(documents)
        self._entities = tuple(entities)
        self._lock = threading.Lock()
        self._built = False
        self.cache: dict[str, Any] = {}
        """Results derived from these events (the timeline), kept with the index."""

    def __getstate__(self) -> dict[str, Any]:
        # What the index is built from; the index itself is rebuilt on first use.
        return {"events": self.events, "documents": self._documents, "entities": self._entities}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._setup(state["events"], state["documents"], state["entities"])

    # -- built on first use -----------------------------------------------------------------------

    def _build(self) -> None:
        if not self._built:
            with self._lock:
                if not self._built:
                    self._build_now()

    def _build_now(self) -> None:
        events = self.events
        earliest, latest = _ordinal_arrays(events)
        self.earliest, self.latest = earliest, latest
        self.in_order = all(earliest[i] <= earliest[i + 1] for i in range(len(events) - 1))
        # Long dates in classes of width: class k holds widths up to LONG_DAYS * 2**k,
        # so that an event of the class that starts far enough inside a range
        # surely ends inside it too.
        classes: dict[int, list[int]] = defaultdict(list)
        for i in range(len(events)):
            width = latest[i] - earliest[i]
            if width > LONG_DAYS:
                classes[((width - 1) // LONG_DAYS).bit_length()].append(i)
        self.long_classes = [
            (LONG_DAYS << k, array("l", p), array("l", (earliest[i] for i in p)))
            for k, p in sorted(classes.items())
        ]

        kinds: dict[EventKind, list[Event]] = defaultdict(list)
        docs: dict[str, list[Event]] = defaultdict(list)
        involving: dict[EntityKey, list[Event]] = defaultdict(list)
        naming: dict[EntityKey, list[Event]] = defaultdict(list)
        vocabulary: dict[str, list[Event]] = defaultdict(list)
        entities: dict[EntityKey, Entity] = {}
        named_in = self._sentence_entities()
        for event in events:
            kinds[event.kind].append(event)
            docs[event.document_id].append(event)
            own: list[EntityKey] = []
            for entity in participants(event):
                ek = entity_key(entity)
                entities.setdefault(ek, entity)
                if ek not in own:
                    own.append(ek)
                    involving[ek].append(event)
            for ek in (*own, *named_in.get(event.id, ())):
                bucket = naming[ek]
                if not bucket or bucket[-1] is not event:
                    bucket.append(event)
            sentence = words(event.sentence)
            for word in dict.fromkeys(sentence):
                vocabulary[word].append(event)
        self.by_kind = {k: tuple(v) for k, v in kinds.items()}
        self.by_document = {k: tuple(v) for k, v in docs.items()}
        self.involving = {k: tuple(v) for k, v in involving.items()}
        self.naming = {k: tuple(v) for k, v in naming.items()}
        self.vocabulary = {k: tuple(v) for k, v in vocabulary.items()}
        for entity in self._entities:
            entities.setdefault(entity_key(entity), entity)
        self.entities = entities
        self.named_in = named_in
        self.document_ids = frozenset(d.id for d in self._documents)
        self.names = NameTable(entities.values())
        self.positions: dict[str, int] | None = None
        self._built = True

    def _sentence_entities(self) -> dict[str, list[EntityKey]]:
        """Event id → entities some mention inside its sentence refers to."""
        found: dict[str, list[EntityKey]] = {}
        by_doc: dict[str, list[Event]] = defaultdict(list)
        for event in self.events:
            by_doc[event.document_id].append(event)
        for doc in self._documents:
            events = sorted(by_doc.get(doc.id, ()), key=lambda e: e.span)
            if not events or not doc.mentions:
                continue
            mentions = sorted(doc.mentions, key=lambda m: m.span)
            starts = [m.span[0] for m in mentions]
            for event in events:
                lo = bisect.bisect_left(starts, event.span[0])
                hi = bisect.bisect_left(starts, event.span[1], lo)
                keys = []
                for mention in mentions[lo:hi]:
                    ek = entity_key(mention.entity)
                    if ek not in keys:
                        keys.append(ek)
                found[event.id] = keys
        return found

    def ensure(self) -> EventIndex:
        """Build the index now (it is otherwise built on first use); returns itself."""
        self._build()
        return self

    # -- queries ----------------------------------------------------------------------------------

    def position_of(self) -> dict[str, int]:
        """Event id → position in :attr:`events`."""
        self._build()
        if self.positions is None:
            self.positions = {e.id: i for i, e in enumerate(self.events)}
        return self.positions

    def between(self, low: int, high: int, *, overlapping: bool) -> tuple[Event, ...]:
        """Events within ``low..high`` (ordinals, inclusive), or overlapping it, in order."""
        self._build()
        events, earliest, latest = self.events, self.earliest, self.latest
        if not self.in_order:
            if overlapping:
                keep = (i for i in range(len(events)) if earliest[i] <= high and latest[i] >= low)
            else:
                keep = (i for i in range(len(events)) if low <= earliest[i] and latest[i] <= high)
            return tuple(events[i] for i in keep)
        out: list[Event] = []
        if overlapping:
            # Long dates that start well before low and still reach it.
            first = bisect.bisect_left(earliest, low - LONG_DAYS)
            reaching: list[int] = []
            for bound, positions, starts in self.long_classes:
                a = bisect.bisect_left(starts, low - bound)
                b = bisect.bisect_left(positions, first, a)
                reaching.extend(p for p in positions[a:b] if latest[p] >= low)
            out.extend(events[p] for p in sorted(reaching))
            lo = bisect.bisect_left(earliest, low, first)
            out.extend(events[i] for i in range(first, lo) if latest[i] >= low)
            out.extend(events[lo : bisect.bisect_right(earliest, high, lo)])
            return tuple(out)
        lo = bisect.bisect_left(earliest, low)
        hi = bisect.bisect_right(earliest, high, lo)
        # Before cut, only long dates can end after high.
        cut = max(lo, bisect.bisect_left(earliest, high - LONG_DAYS, lo, hi))
        beyond: list[int] = []
        for bound, positions, starts in self.long_classes:
            a = max(bisect.bisect_left(positions, lo), bisect.bisect_left(starts, high - bound))
            b = bisect.bisect_left(positions, cut, a)
            beyond.extend(p for p in positions[a:b] if latest[p] > high)
        previous = lo
        for p in sorted(beyond):
            out.extend(events[previous:p])
            previous = p + 1
        out.extend(events[previous:cut])
        out.extend(events[i] for i in range(cut, hi) if latest[i] <= high)
        return tuple(out)

    def phrase(self, text: str) -> tuple[Event, ...] | None:
        """Events whose sentence has the words of ``text`` in a row; None if a word is unknown."""
        self._build()
        wanted = words(text)
        if not wanted or any(w not in self.vocabulary for w in wanted):
            return None
        if len(wanted) == 1:
            return self.vocabulary[wanted[0]]
        postings = sorted((self.vocabulary[w] for w in set(wanted)), key=len)
        candidates: Iterable[Event] = postings[0]
        if len(postings) > 1 and len(postings[1]) <= 4 * len(postings[0]):
            # Keep the sentences that have the next rarest word too (when that is cheap).
            having = {id(e) for e in postings[1]}
            candidates = [e for e in postings[0] if id(e) in having]
        has = phrase_test(wanted)
        return tuple(e for e in candidates if has(e.sentence))

    def suggest_word(self, text: str, n: int = 3) -> list[str]:
        """Sentence words close to ``text``."""
        self._build()
        w = words(text)
        if len(w) != 1:
            return []
        return difflib.get_close_matches(w[0], list(self.vocabulary), n=n, cutoff=0.8)
