"""The corpus timeline: happenings merged across documents, and where documents disagree.

An :class:`~natorussia.Event` is one sentence dating something. Several
sentences — in one document or in several — often date the same happening:
two articles both mention the NATO–Russia Founding Act of May 1997. The
timeline merges them into one :class:`Happening` that keeps every
:class:`~natorussia.Event` mentioning it, with its document and sentence.

How "the same happening" is decided
-----------------------------------

Events are taken from the most precisely dated to the least, and each joins
the first happening it matches, else starts one. An event matches a happening
when, against the happening's events:

1. **kinds are compatible**: the same kind, or kinds of one family —
   war / military operation / invasion; summit / meeting; founding / treaty
   signing / agreement; treaty suspension / sanctions or suspension;
   speech / statement. Events of kind ``other`` only merge on the same day;
2. **dates are compatible**: the event's date shares a day with the dates of
   every event already in the happening ("1997" and "May 1997" agree, "May
   1997" and "December 1997" do not), and it spans no more than ten years
   ("the 20th century" is too vague to be the same as anything);
3. **participants are shared**: a participant of one is a participant of the
   other or is named in the other's sentence (an event with no participants
   merges only with one dated to the same day). For kinds a body has many of
   in a year (meetings, speeches, statements, proposals, publications, policy
   changes, exercises, sanctions, elections, appointments, ``other``), an
   institution taking part in more than one event in twenty of the corpus
   (NATO and Russia, in a corpus on their relations) is no evidence;
4. **nothing tells them apart**: they do not come from the same sentence
   (the extractor split those on purpose), their persons, when both name some,
   overlap (Putin's speech is not Lavrov's), and for happenings that happen
   once to their subject — founding, dissolution, signing, suspension,
   accession, annexation — their subjects, when both name some, overlap
   (Albania's accession is not Croatia's, though both joined NATO in 2009).

The happening's date is its most precise event's date; its kind is its events'
most common kind; its participants are all of theirs.

Discrepancies
-------------

:meth:`Corpus.discrepancies() <natorussia.Corpus.discrepancies>` reports two kinds of disagreement, each with both
dates, both sentences (or the gazetteer's fact) and a one-line explanation:

- **between documents**: two happenings of a once-only kind with the same
  subject whose dates do not overlap but lie within a year of each other
  (the NATO–Russia Council founded "in 2001" in one sentence and "in May
  2002" in another). Dates further apart are taken for different happenings,
  not for a disagreement.
- **against the gazetteer**: an event of a once-only kind whose subject has a
  dated fact of the same kind in the gazetteer (``founded``, ``signed``,
  ``suspended``, ``dissolved``, ``annexed_by``, an alliance's
  ``member_joined``) that its date does not overlap, by a year at most.
  Approximate dates ("around 2002") and open or wide ranges ("until 2001",
  "the 20th century") assert no precise date and are not checked.

>>> import natorussia as nr
>>> corpus = nr.load()
>>> signed = corpus.timeline().involving("Founding Act").of_kind("treaty_signing")
>>> [(h.date.edtf, h.kind.value, len(h.events)) for h in signed]
[('1997-05', 'treaty_signing', 2)]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from enum import StrEnum

import attrs

from natorussia._index import EntityKey, EventIndex, entity_key, participants
from natorussia.fuzzydate import FuzzyDate
from natorussia.model import (
    Document,
    Event,
    EventKind,
    Fact,
    Institution,
    InstitutionKind,
    Person,
)
from natorussia.query import Collection, DateLike, Events, date_range, event_order

__all__ = [
    "HUB_EVENTS",
    "HUB_SHARE",
    "MAX_MERGE_YEARS",
    "TOLERANCE_DAYS",
    "Discrepancies",
    "Discrepancy",
    "DiscrepancyKind",
    "Happening",
    "Timeline",
    "build_timeline",
    "discrepancies",
]

MAX_MERGE_YEARS = 10
"""Events dated more vaguely than this many years stay happenings of their own."""

TOLERANCE_DAYS = 366
"""Dates further apart than this (a year) are different happenings, not a disagreement.

Sources that disagree about one happening are months apart (2001 against May
2002, August against December 2007); dates years apart are more often another
happening of the same body (a treaty amended, a council relaunched) or a kind
misread (an accession protocol signed, not the accession)."""

_FAMILIES: tuple[frozenset[EventKind], ...] = (
    frozenset({EventKind.WAR, EventKind.MILITARY_OPERATION, EventKind.INVASION}),
    frozenset({EventKind.SUMMIT, EventKind.MEETING}),
    frozenset({EventKind.FOUNDING, EventKind.TREATY_SIGNING, EventKind.AGREEMENT}),
    frozenset({EventKind.TREATY_SUSPENSION, EventKind.SANCTIONS_OR_SUSPENSION}),
    frozenset({EventKind.SPEECH, EventKind.STATEMENT}),
)
_FAMILY: dict[EventKind, int] = {k: i for i, f in enumerate(_FAMILIES) for k in f}

_REPEATABLE = frozenset(
    {
        EventKind.MEETING,
        EventKind.SPEECH,
        EventKind.STATEMENT,
        EventKind.PROPOSAL,
        EventKind.PUBLICATION,
        EventKind.POLICY_CHANGE,
        EventKind.EXERCISE,
        EventKind.SANCTIONS_OR_SUSPENSION,
        EventKind.ELECTION,
        EventKind.APPOINTMENT,
        EventKind.OTHER,
    }
)
"""Kinds of which one body has many a year: sharing only a hub says nothing."""

HUB_EVENTS = 10
HUB_SHARE = 0.05
"""An institution taking part in more than ``HUB_SHARE`` of a corpus's events, and more than
``HUB_EVENTS`` of them, is a hub: for the kinds of :data:`_REPEATABLE` it is no evidence
that two events are one happening."""

_ONCE = frozenset(
    {
        EventKind.FOUNDING,
        EventKind.DISSOLUTION,
        EventKind.TREATY_SIGNING,
        EventKind.TREATY_SUSPENSION,
        EventKind.ACCESSION,
        EventKind.ANNEXATION,
    }
)
"""Kinds that happen once to their subject: a body is founded once, a state joins once."""

# Event kind → the gazetteer fact predicates that date the same happening.
_FACTS: dict[EventKind, tuple[str, ...]] = {
    EventKind.FOUNDING: ("founded",),
    EventKind.DISSOLUTION: ("dissolved",),
    EventKind.TREATY_SIGNING: ("signed",),
    EventKind.TREATY_SUSPENSION: ("suspended",),
    EventKind.SANCTIONS_OR_SUSPENSION: ("suspended",),
    EventKind.ANNEXATION: ("annexed_by",),
}


def _family(kind: EventKind) -> int | str:
    return _FAMILY.get(kind, kind.value)


def _subjects(event: Event) -> frozenset[str]:
    """What a once-only event happens to: the body founded, the treaty signed, the state joining."""
    kind = event.kind
    if kind not in _ONCE:
        return frozenset()
    insts = event.institutions
    if kind in (EventKind.TREATY_SIGNING, EventKind.TREATY_SUSPENSION):
        chosen = [i for i in insts if i.kind is InstitutionKind.TREATY_OR_AGREEMENT]
    elif kind is EventKind.ACCESSION:
        chosen = [i for i in insts if i.kind is InstitutionKind.STATE]
    else:
        chosen = [i for i in insts if i.kind is not InstitutionKind.STATE]
    # A body that, by the gazetteer, was founded (signed, ...) long before is the
    # founder or a party, not the subject: NATO in "NATO created the PfP in 1994".
    predicates = _FACTS.get(kind, ())
    earlier = event.date.earliest.toordinal() - TOLERANCE_DAYS  # dates may start at 0001-01-01
    return frozenset(
        i.id
        for i in chosen
        if not any(
            f.predicate in predicates and f.date is not None and f.date.latest.toordinal() < earlier
            for f in i.facts
        )
    )


@attrs.frozen
class Happening:
    """One happening of the timeline, with every event that mentions it.

    Attributes:
        id: Stable: derived from its first event's id.
        date: The most precise date its events give.
        kind: The most common kind of its events.
        institutions: Every institution taking part, most often named first.
        persons: Every person taking part, most often named first.
        places: Every place its events name.
        events: Every :class:`~natorussia.Event` mentioning it, by document and position.


    >>> import natorussia as nr
    >>> (war,) = nr.load().timeline().involving("Georgia").of_kind("war")
    >>> war.date.edtf, war.kind.value, [e.date.edtf for e in war.events]
    ('2008-08', 'war', ['2008', '2008-08', '2008-08'])
    """

    id: str
    date: FuzzyDate
    kind: EventKind
    institutions: tuple[Institution, ...]
    persons: tuple[Person, ...]
    places: tuple[str, ...]
    events: tuple[Event, ...] = attrs.field(repr=False)

    @property
    def documents(self) -> tuple[str, ...]:
        """The ids of the documents that mention it, in order."""
        return tuple(dict.fromkeys(e.document_id for e in self.events))

    @property
    def sentences(self) -> tuple[str, ...]:
        """The sentence of each of its events."""
        return tuple(e.sentence for e in self.events)


class _Group:
    """A happening under construction."""

    __slots__ = ("earliest", "events", "family", "latest", "persons", "spans", "subjects")

    def __init__(self, event: Event, subjects: frozenset[str]) -> None:
        self.events = [event]
        self.family = _family(event.kind)
        self.earliest, self.latest = event.date.earliest, event.date.latest
        self.persons = {p.id for p in event.persons}
        self.subjects = set(subjects)
        self.spans = {(event.document_id, event.span)}

    def add(self, event: Event, subjects: frozenset[str]) -> None:
        self.events.append(event)
        self.earliest = max(self.earliest, event.date.earliest)
        self.latest = min(self.latest, event.date.latest)
        self.persons.update(p.id for p in event.persons)
        self.subjects |= subjects
        self.spans.add((event.document_id, event.span))


def _width(event: Event) -> int:
    return (event.date.latest - event.date.earliest).days


def _participants(event: Event) -> list[EntityKey]:
    return [entity_key(x) for x in participants(event)]


def _years(event: Event) -> range:
    return range(event.date.earliest.year, event.date.latest.year + 1)


def _matches(group: _Group, event: Event, subjects: frozenset[str], shared: bool) -> bool:
    if _family(event.kind) != group.family:
        return False
    if event.date.earliest > group.latest or event.date.latest < group.earliest:
        return False
    if (event.document_id, event.span) in group.spans:
        return False
    persons = {p.id for p in event.persons}
    if persons and group.persons and not persons & group.persons:
        return False
    if subjects and group.subjects and not subjects & group.subjects:
        return False
    if not shared or event.kind is EventKind.OTHER:
        first = group.events[0].date
        same_day = first.earliest == first.latest == event.date.earliest == event.date.latest
        return same_day and event.kind is group.events[0].kind
    return True


def _happening(group: _Group) -> Happening:
    events = sorted(group.events, key=lambda e: (e.document_id, e.date_span[0]))
    best = group.events[0]
    kinds = Counter(e.kind for e in group.events)
    top = max(kinds.values())
    kind = best.kind if kinds[best.kind] == top else next(k for k, n in kinds.items() if n == top)
    institutions = Counter(i for e in group.events for i in e.institutions)
    persons = Counter(p for e in group.events for p in e.persons)
    places = dict.fromkeys(p for e in events for p in e.places)
    return Happening(
        id="h-" + min(e.id for e in group.events),
        date=best.date,
        kind=kind,
        institutions=tuple(i for i, _ in institutions.most_common()),
        persons=tuple(p for p, _ in persons.most_common()),
        places=tuple(places),
        events=tuple(events),
    )


def build_timeline(events: Iterable[Event], index: EventIndex | None = None) -> list[Happening]:
    """Merge events into happenings (see the module docstring), ordered by date.

    Args:
        events: The events to merge.
        index: The index of these events (it knows what each sentence names);
            without one, a sentence names only its event's participants.
    """
    events = list(events)
    named: dict[str, list[EntityKey]] = index.ensure().named_in if index is not None else {}
    # Institutions that take part in many events ("hubs": NATO, Russia in a corpus
    # on NATO-Russia relations) say little about which of a year's many meetings
    # or statements is meant.
    taking_part = Counter(entity_key(i) for e in events for i in dict.fromkeys(e.institutions))
    floor = max(HUB_EVENTS, len(events) * HUB_SHARE)
    hubs = {k for k, n in taking_part.items() if n > floor}
    groups: list[_Group] = []
    # (family, participant or day, year) → groups registered there
    table: dict[tuple[object, object, int], list[int]] = defaultdict(list)
    for event in sorted(events, key=lambda e: (_width(e), event_order(e))):
        subjects = _subjects(event)
        years = _years(event)
        family = _family(event.kind)
        if len(years) > MAX_MERGE_YEARS:
            groups.append(_Group(event, subjects))
            continue
        own = _participants(event)
        mentioned: Sequence[EntityKey] = named.get(event.id, ())
        if event.kind in _REPEATABLE:
            own = [k for k in own if k not in hubs]
            mentioned = [k for k in mentioned if k not in hubs]
        day = event.date.earliest if event.date.earliest == event.date.latest else None
        # A participant of this event may meet a participant or a mere mention of
        # a group; a mere mention here must meet a participant there.
        probes: list[tuple[object, bool]] = [(("p", k), True) for k in own]
        probes += [(("n", k), True) for k in own]
        probes += [(("p", k), True) for k in mentioned]
        if day is not None:
            probes.append((("d", day), False))
        chosen: int | None = None
        tried: set[int] = set()
        first, last = event.date.earliest, event.date.latest
        for probe, shared in probes:
            for year in years:
                for gi in table.get((family, probe, year), ()):
                    group = groups[gi]
                    # The cheap tests first: most groups of a busy year fail on dates.
                    if group.latest < first or group.earliest > last or gi in tried:
                        continue
                    tried.add(gi)
                    if _matches(group, event, subjects, shared):
                        chosen = gi
                        break
                if chosen is not None:
                    break
            if chosen is not None:
                break
        if chosen is None:
            chosen = len(groups)
            groups.append(_Group(event, subjects))
        else:
            groups[chosen].add(event, subjects)
        registered: list[tuple[object, int]] = [(("p", k), y) for k in own for y in years]
        registered += [(("n", k), y) for k in mentioned for y in years]
        if day is not None:
            registered.append((("d", day), day.year))
        for probe, year in registered:
            bucket = table[(family, probe, year)]
            if chosen not in bucket:
                bucket.append(chosen)
    happenings = [_happening(g) for g in groups]
    happenings.sort(key=lambda h: (h.date.earliest, h.date.latest, h.events[0].document_id, h.id))
    return happenings


class Timeline(Collection[Happening]):
    """Happenings by date; filters compose as on :class:`~natorussia.Events`.

    A filter by name, kind, document or phrase keeps the happenings with at
    least one event the same filter on events keeps, and raises the same
    errors; :meth:`between` looks at the happening's own (best) date.


    >>> import natorussia as nr
    >>> timeline = nr.load().timeline()
    >>> len(timeline) < len(nr.load().events)
    True
    >>> [h.date.edtf for h in timeline.involving("Putin").of_kind("speech")]
    ['2007-02', '2013']
    """

    __slots__ = ("_events",)

    def __init__(self, items: Iterable[Happening] = (), *, events: Events | None = None) -> None:
        super().__init__(items)
        self._events = (
            events if events is not None else Events(e for h in self._items for e in h.events)
        )

    def _new(self, items: Iterable[Happening]) -> Timeline:
        return Timeline(items, events=self._events)

    def _keeping(self, kept: Events) -> Timeline:
        ids = {e.id for e in kept}
        return self.filter(lambda h: any(e.id in ids for e in h.events))

    def between(self, start: DateLike, end: DateLike, *, overlapping: bool = False) -> Timeline:
        """Happenings dated within ``start``..``end`` (see :meth:`Events.between`)."""
        low, high = date_range(start, end)
        if overlapping:
            return self.filter(lambda h: h.date.earliest <= high and h.date.latest >= low)
        return self.filter(lambda h: low <= h.date.earliest and h.date.latest <= high)

    def of_kind(self, *kinds: EventKind | str) -> Timeline:
        """Happenings of which some event is of any of these kinds."""
        return self._keeping(self._events.of_kind(*kinds))

    def involving(self, name: str | Institution | Person) -> Timeline:
        """Happenings in which this institution or person takes part (any name)."""
        return self._keeping(self._events.involving(name))

    def mentioning(self, text: str | Institution | Person) -> Timeline:
        """Happenings some sentence of which names ``text`` (see :meth:`Events.mentioning`)."""
        return self._keeping(self._events.mentioning(text))

    def in_document(self, document_id: str | Document) -> Timeline:
        """Happenings one document mentions."""
        return self._keeping(self._events.in_document(document_id))

    def sorted(self) -> Timeline:
        """Happenings by date bounds."""
        return self._new(sorted(self._items, key=lambda h: (h.date.earliest, h.date.latest)))


class DiscrepancyKind(StrEnum):
    """Who disagrees in a :class:`Discrepancy`.

    >>> import natorussia as nr
    >>> sorted({d.kind.value for d in nr.load().discrepancies()})
    ['documents', 'gazetteer']
    """

    DOCUMENTS = "documents"
    """Two sentences date one happening incompatibly."""
    GAZETTEER = "gazetteer"
    """A sentence dates a happening against a dated fact of the gazetteer."""


@attrs.frozen
class Discrepancy:
    """Two incompatible dates for one happening.

    Attributes:
        kind: Whether another sentence or the gazetteer disagrees.
        subject: The institution the happening happens to.
        event: The claim: an event, with its document, sentence and date.
        other: The event that disagrees (for :attr:`DiscrepancyKind.DOCUMENTS`).
        fact: The gazetteer's fact that disagrees (for :attr:`DiscrepancyKind.GAZETTEER`).
        explanation: One line saying who dates what when.


    >>> import natorussia as nr
    >>> d = nr.load().discrepancies()[-1]
    >>> d.kind.value, d.subject.acronym, [x.edtf for x in d.dates]
    ('gazetteer', 'CFE', ['2007-08', '2007-12-12'])
    >>> d.sentences[1]
    'gazetteer: Treaty on Conventional Armed Forces in Europe suspended (by Russia) 2007-12-12'
    """

    kind: DiscrepancyKind
    subject: Institution
    event: Event
    other: Event | None
    fact: Fact | None
    explanation: str

    @property
    def dates(self) -> tuple[FuzzyDate, FuzzyDate]:
        """The claim's date and the other (the other event's, or the fact's)."""
        if self.other is not None:
            return self.event.date, self.other.date
        assert self.fact is not None  # a discrepancy always has two dates
        assert self.fact.date is not None
        return self.event.date, self.fact.date

    @property
    def sentences(self) -> tuple[str, str]:
        """The claim's sentence, and the other's (for the gazetteer, its fact as a sentence)."""
        if self.other is not None:
            return self.event.sentence, self.other.sentence
        fact = self.fact
        assert fact is not None
        value = f" ({fact.value})" if fact.value else ""
        date = fact.date.edtf if fact.date else "?"
        return self.event.sentence, f"gazetteer: {self.subject.name} {fact.predicate}{value} {date}"


class Discrepancies(Collection[Discrepancy]):
    """Discrepancies, documents' first, then the gazetteer's, by date.

    >>> import natorussia as nr
    >>> [d.subject.id for d in nr.load().discrepancies()]
    ['nato-russia-council', 'nato-russia-council', 'cfe-treaty']
    """

    __slots__ = ()


def _vague(date: FuzzyDate) -> bool:
    """Approximate, uncertain, or spanning more years than happenings are merged over."""
    years = date.latest.year - date.earliest.year + 1
    return date.approximate or date.uncertain or years > MAX_MERGE_YEARS


def _gap(a: FuzzyDate, b: FuzzyDate) -> int:
    """Days between two dates that do not overlap (0 if they do)."""
    if a.latest < b.earliest:
        return (b.earliest - a.latest).days
    if b.latest < a.earliest:
        return (a.earliest - b.latest).days
    return 0


def _best(happening: Happening) -> Event:
    return min(happening.events, key=lambda e: (_width(e), event_order(e)))


def _between_documents(happenings: list[Happening]) -> Iterator[Discrepancy]:
    by_subject: dict[tuple[object, str], list[Happening]] = defaultdict(list)
    subjects: dict[str, Institution] = {}
    for h in happenings:
        if h.kind not in _ONCE or _vague(h.date):
            continue
        for event in h.events:
            for inst in event.institutions:
                if inst.id in _subjects(event):
                    subjects[inst.id] = inst
                    bucket = by_subject[(_family(h.kind), inst.id)]
                    if h not in bucket:
                        bucket.append(h)
    seen: set[tuple[str, str]] = set()
    for (_, subject_id), group in by_subject.items():
        for i, first in enumerate(group):
            for second in group[i + 1 :]:
                gap = _gap(first.date, second.date)
                if not 0 < gap <= TOLERANCE_DAYS or (first.id, second.id) in seen:
                    continue
                seen.add((first.id, second.id))
                a, b = _best(first), _best(second)
                subject = subjects[subject_id]
                yield Discrepancy(
                    DiscrepancyKind.DOCUMENTS,
                    subject,
                    a,
                    b,
                    None,
                    f"{a.document_id} dates the {a.kind.value.replace('_', ' ')} of "
                    f"{subject.name} to {a.date.edtf}; {b.document_id} to {b.date.edtf}",
                )


_NOUNS = {
    "founded": "the founding of {}",
    "dissolved": "the dissolution of {}",
    "signed": "the signing of {}",
    "suspended": "the suspension of {}",
    "annexed_by": "the annexation of {}",
}


def _fact_claims(event: Event) -> Iterator[tuple[Institution, Fact, str]]:
    """The gazetteer facts that date what ``event`` says happened: (subject, fact, what)."""
    if event.kind is EventKind.ACCESSION:
        states = {i.id: i for i in event.institutions if i.kind is InstitutionKind.STATE}
        for org in event.institutions:
            for fact in org.facts:
                if fact.predicate == "member_joined" and fact.value in states:
                    state = states[fact.value]
                    yield state, fact, f"{state.name} joining {org.name}"
        return
    predicates = _FACTS.get(event.kind, ())
    if not predicates:
        return
    subjects = _subjects(event) or frozenset(i.id for i in event.institutions)
    for inst in event.institutions:
        if inst.id in subjects:
            for fact in inst.facts:
                if fact.predicate in predicates:
                    yield inst, fact, _NOUNS[fact.predicate].format(inst.name)


def _against_gazetteer(happenings: list[Happening]) -> Iterator[Discrepancy]:
    for h in happenings:
        seen: set[tuple[str, str, str]] = set()
        for event in sorted(h.events, key=lambda e: (_width(e), event_order(e))):
            if _vague(event.date):
                continue
            claims: dict[tuple[str, str], list[tuple[Institution, Fact, str]]] = defaultdict(list)
            for inst, fact, what in _fact_claims(event):
                if fact.date is not None:
                    claims[(inst.id, fact.predicate)].append((inst, fact, what))
            for (subject_id, predicate), facts in claims.items():
                gaps = [
                    (_gap(event.date, f.date), n) for n, (_, f, _) in enumerate(facts) if f.date
                ]
                gap, chosen = min(gaps)
                if gap == 0 or gap > TOLERANCE_DAYS:
                    continue  # agrees with a fact, or too far off to be the same happening
                inst, fact, what = facts[chosen]
                assert fact.date is not None
                if (subject_id, predicate, event.date.edtf) in seen:
                    continue
                seen.add((subject_id, predicate, event.date.edtf))
                yield Discrepancy(
                    DiscrepancyKind.GAZETTEER,
                    inst,
                    event,
                    None,
                    fact,
                    f"{event.document_id} dates {what} to {event.date.edtf}; "
                    f"the gazetteer has {fact.date.edtf}",
                )


def discrepancies(happenings: Iterable[Happening]) -> list[Discrepancy]:
    """Where documents date one happening incompatibly, or against the gazetteer.

    See the module docstring for the rules.
    """
    items = list(happenings)
    found = list(_between_documents(items))
    found.sort(key=lambda d: (d.event.date.earliest, d.subject.id))
    gazetteer = sorted(
        _against_gazetteer(items), key=lambda d: (d.event.date.earliest, d.subject.id)
    )
    return found + gazetteer
