"""The data model: documents, authors, references, entities, mentions and events.

Every class is a frozen, slotted attrs class: values, not records to mutate.
Everything extracted from a document carries where it came from as a
half-open character span into :attr:`Document.text`, so
``doc.text[start:end]`` always shows the source.

Entities (:class:`Institution`, :class:`Person`) compare and hash by ``id``:
the NATO a mention points to and the NATO listed in ``corpus.institutions``
(which also carries its mentions) are equal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import TypeAlias

import attrs

from natorussia.fuzzydate import FuzzyDate

__all__ = [
    "Affiliation",
    "Author",
    "Document",
    "Entity",
    "Event",
    "EventKind",
    "Fact",
    "FrozenMapping",
    "Institution",
    "InstitutionKind",
    "Mention",
    "Person",
    "Reference",
    "Relation",
    "Span",
    "event_order",
]

Span: TypeAlias = tuple[int, int]
"""A half-open ``(start, end)`` character range into :attr:`Document.text`.

``doc.text[start:end]`` is the source of whatever carries the span.

Examples:
    >>> import natorussia as nr
    >>> doc = nr.load().documents[1]
    >>> note = doc.references[0]
    >>> start, end = note.span
    >>> doc.text[start:end].startswith(note.label)
    True
"""


class FrozenMapping(Mapping[str, str]):
    """A read-only, hashable and picklable ``str → str`` mapping.

    ``types.MappingProxyType`` is read-only too but cannot be pickled, and a
    Document must pickle so that extraction can run in worker processes.

    >>> m = FrozenMapping({"orcid": "0000-0002-1825-0097"})
    >>> m["orcid"], dict(m) == {"orcid": "0000-0002-1825-0097"}
    ('0000-0002-1825-0097', True)
    >>> import pickle; pickle.loads(pickle.dumps(m)) == m
    True
    """

    __slots__ = ("_data",)
    _data: dict[str, str]

    def __init__(self, data: Mapping[str, str] = MappingProxyType({})) -> None:
        object.__setattr__(self, "_data", dict(data))

    def __getitem__(self, key: str) -> str:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(frozenset(self._data.items()))

    def __repr__(self) -> str:
        return f"FrozenMapping({self._data!r})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("FrozenMapping is read-only")

    def __reduce__(self) -> tuple[type[FrozenMapping], tuple[dict[str, str]]]:
        return (FrozenMapping, (dict(self._data),))


def _frozen_mapping(value: Mapping[str, str]) -> Mapping[str, str]:
    return value if isinstance(value, FrozenMapping) else FrozenMapping(value)


class EventKind(StrEnum):
    """What kind of happening an :class:`Event` is.

    A ``StrEnum``: each member equals its value, so ``"summit"`` can be
    passed wherever a kind is asked for. :doc:`/model` defines every kind.

    Examples:
        >>> import natorussia as nr
        >>> nr.EventKind("summit") is nr.EventKind.SUMMIT, nr.EventKind.SUMMIT == "summit"
        (True, True)
        >>> len(nr.EventKind), nr.EventKind.OTHER.value
        (26, 'other')
    """

    FOUNDING = "founding"
    DISSOLUTION = "dissolution"
    ACCESSION = "accession"
    MEMBERSHIP_APPLICATION = "membership_application"
    TREATY_SIGNING = "treaty_signing"
    TREATY_SUSPENSION = "treaty_suspension"
    AGREEMENT = "agreement"
    SUMMIT = "summit"
    MEETING = "meeting"
    SPEECH = "speech"
    STATEMENT = "statement"
    PROPOSAL = "proposal"
    PUBLICATION = "publication"
    ELECTION = "election"
    APPOINTMENT = "appointment"
    WAR = "war"
    MILITARY_OPERATION = "military_operation"
    ANNEXATION = "annexation"
    INVASION = "invasion"
    COUP = "coup"
    SANCTIONS_OR_SUSPENSION = "sanctions_or_suspension"
    EXERCISE = "exercise"
    CRISIS = "crisis"
    RELOCATION = "relocation"
    POLICY_CHANGE = "policy_change"
    OTHER = "other"


class InstitutionKind(StrEnum):
    """What kind of body an :class:`Institution` is. States count as institutions.

    A ``StrEnum``, like :class:`EventKind`; :doc:`/model` defines every kind.

    Examples:
        >>> import natorussia as nr
        >>> nr.gazetteer.lookup("NATO").kind
        <InstitutionKind.ALLIANCE: 'alliance'>
        >>> nr.gazetteer.lookup("Russia").kind == "state"
        True
    """

    ALLIANCE = "alliance"
    INTERGOVERNMENTAL_ORGANIZATION = "intergovernmental_organization"
    COUNCIL_OR_FORUM = "council_or_forum"
    PROGRAMME_OR_INITIATIVE = "programme_or_initiative"
    TREATY_OR_AGREEMENT = "treaty_or_agreement"
    STATE = "state"
    GOVERNMENT_BODY = "government_body"
    MILITARY_COMMAND = "military_command"
    THINK_TANK_OR_RESEARCH = "think_tank_or_research"
    UNIVERSITY = "university"
    MEDIA_OUTLET = "media_outlet"
    POLITICAL_PARTY = "political_party"
    ARMED_GROUP = "armed_group"
    OTHER = "other"


@attrs.frozen
class Affiliation:
    """Where an author works, and as what.

    Attributes:
        institution: The institution's name as printed.
        role: The author's position there, if given ("Editor-in-Chief").
        entity: The :class:`Institution` that name is, when the mentions stage
            knows or recognises it (a gazetteer entry such as the Valdai
            Discussion Club, or a body named by its shape), else ``None``.

    Examples:
        >>> import natorussia as nr
        >>> author = nr.load().documents[0].authors[0]
        >>> author.affiliations[0]
        Affiliation(institution='Russia in Global Affairs', role='Editor-in-Chief')
        >>> nr.Affiliation("Valdai Discussion Club").role is None
        True
    """

    institution: str
    role: str | None = None
    entity: Institution | None = attrs.field(default=None, repr=False, eq=False)


@attrs.frozen
class Author:
    """A person who wrote one or more documents.

    Attributes:
        name: Full name as printed ("Fyodor A. Lukyanov").
        affiliations: Institutions and roles, in the order printed.
        identifiers: Scheme → value: ``orcid``, ``scopus``, ``researcherid``,
            ``spin``, ``email``, ``phone``, ``address``.
        description: Degrees and self-description ("PhD in Economics").

    Examples:
        >>> import natorussia as nr
        >>> corpus = nr.load()
        >>> author = corpus.documents[0].authors[0]
        >>> author.name, author.identifiers["orcid"]
        ('Fyodor A. Lukyanov', '0000-0003-1364-4094')
        >>> corpus.documents[2].authors[0].description
        'PhD in Economics'
        >>> nr.Author("A. N. Other", identifiers={"email": "a@example.org"}).identifiers
        FrozenMapping({'email': 'a@example.org'})
    """

    name: str
    affiliations: tuple[Affiliation, ...] = ()
    identifiers: Mapping[str, str] = attrs.field(
        factory=dict, converter=_frozen_mapping, hash=False
    )
    description: str | None = None


@attrs.frozen
class Reference:
    """One endnote of a document.

    Attributes:
        label: The label as printed: ``"[iv]"``, ``"3."``.
        text: The note's text, without its label.
        span: Where the whole note (label included) sits in the document text.
        authors: Names of the cited work's authors.
        title: Title of the cited work.
        url: The first URL in the note.
        accessed: The date the source was accessed ("accessed November 12, 2021").
        date: The date of the cited work ("(August 2017)").
        repeats: For "Ibid." notes, the note this one repeats.

    Examples:
        >>> import natorussia as nr
        >>> notes = nr.load().documents[1].references
        >>> first = notes[0]
        >>> first.label, first.authors, first.date.edtf
        ('[i]', ('Raluca Iulia Iulian',), '2017-08')
        >>> first.title
        'A QUARTER CENTURY of NATO-RUSSIA RELATIONS'
        >>> fifth = notes[4]
        >>> fifth.url, fifth.accessed.edtf
        ('https://www.nato.int/cps/fr/natohq/topics_84336.htm?selectedLocale=en', '2021-11-12')
        >>> notes[3].repeats.label  # an "Ibid." of the first note
        '[i]'
    """

    label: str
    text: str
    span: Span
    authors: tuple[str, ...] = ()
    title: str | None = None
    url: str | None = None
    accessed: FuzzyDate | None = None
    date: FuzzyDate | None = None
    repeats: Reference | None = None


@attrs.frozen
class Fact:
    """A dated, checkable real-world fact about an institution.

    Attributes:
        predicate: What the fact states: ``founded``, ``dissolved``,
            ``renamed_to``, ``replaced_by``, ``headquarters``,
            ``member_joined``, ``signed``, ``entered_into_force``, ...
        value: The object of the fact (a place, a name, an institution id).
        date: When it became true, if known.

    Examples:
        >>> import natorussia as nr
        >>> nato = nr.gazetteer.lookup("NATO")
        >>> founded = next(f for f in nato.facts if f.predicate == "founded")
        >>> founded.date.edtf
        '1949-04-04'
        >>> nr.Fact("headquarters", "Brussels", nr.FuzzyDate.from_edtf("1967-10-16")).value
        'Brussels'
    """

    predicate: str
    value: str | None = None
    date: FuzzyDate | None = None


@attrs.frozen
class Relation:
    """A link from one institution to another.

    Attributes:
        kind: ``predecessor``, ``successor``, ``member_of``, ``part_of``, ...
        target: The ``id`` of the related :class:`Institution`.
        date: When the relation began, if known.

    Examples:
        >>> import natorussia as nr
        >>> nrc = nr.gazetteer.lookup("NATO-Russia Council")
        >>> [(r.kind, r.target) for r in nrc.relations if r.kind == "part_of"]
        [('part_of', 'nato')]
        >>> nr.gazetteer.by_id(nr.Relation("part_of", "nato").target).acronym
        'NATO'
    """

    kind: str
    target: str
    date: FuzzyDate | None = None


@attrs.frozen
class Institution:
    """A body, state, treaty or programme, from the gazetteer or recognised in text.

    Attributes:
        id: A stable slug (``"nato"``, ``"nato-russia-council"``).
        name: Canonical full name.
        acronym: The usual acronym, if any.
        kind: What kind of institution it is.
        aliases: Every surface form it goes by.
        facts: Dated facts.
        relations: Links to other institutions.
        known: True for gazetteer entries, False for names recognised in text.
        mentions: Where the documents of a corpus mention it (filled in by
            :class:`~natorussia.Corpus`).

    Examples:
        >>> import natorussia as nr
        >>> corpus = nr.load()
        >>> nato = corpus.institution("the Alliance")
        >>> nato.id, nato.name, nato.acronym, nato.kind.value, nato.known
        ('nato', 'North Atlantic Treaty Organization', 'NATO', 'alliance', True)
        >>> "the North Atlantic Alliance" in nato.aliases
        True
        >>> len(nato.mentions) > 100, nato == nr.gazetteer.lookup("NATO")  # equal by id
        (True, True)
    """

    id: str
    name: str = attrs.field(eq=False)
    acronym: str | None = attrs.field(default=None, eq=False)
    kind: InstitutionKind = attrs.field(default=InstitutionKind.OTHER, eq=False)
    aliases: tuple[str, ...] = attrs.field(default=(), eq=False)
    facts: tuple[Fact, ...] = attrs.field(default=(), eq=False)
    relations: tuple[Relation, ...] = attrs.field(default=(), eq=False)
    known: bool = attrs.field(default=True, eq=False)
    mentions: tuple[Mention, ...] = attrs.field(default=(), eq=False, repr=False)


@attrs.frozen
class Person:
    """A person the documents mention.

    Attributes:
        id: A stable slug of the full name (``"sergei-lavrov"``).
        name: Full name, as most fully given.
        aliases: Every surface form ("Lavrov", "Sergey Lavrov",
            "Russian Foreign Minister Sergei Lavrov").
        roles: Roles as the texts give them ("Russian Foreign Minister").
        mentions: Where the documents of a corpus mention them.

    Examples:
        >>> import natorussia as nr
        >>> lavrov = nr.load().person("Lavrov")
        >>> lavrov.id, lavrov.name
        ('sergei-lavrov', 'Sergei Lavrov')
        >>> "Sergey Lavrov" in lavrov.aliases, "Russian Foreign Minister" in lavrov.roles
        (True, True)
        >>> {m.surface for m in lavrov.mentions} <= set(lavrov.aliases)
        True
    """

    id: str
    name: str = attrs.field(eq=False)
    aliases: tuple[str, ...] = attrs.field(default=(), eq=False)
    roles: tuple[str, ...] = attrs.field(default=(), eq=False)
    mentions: tuple[Mention, ...] = attrs.field(default=(), eq=False, repr=False)


Entity: TypeAlias = Institution | Person
"""Anything a :class:`Mention` can refer to, an :class:`Institution` or a :class:`Person`.

Examples:
    >>> import natorussia as nr
    >>> mentions = nr.load().documents[0].mentions
    >>> {type(m.entity).__name__ for m in mentions} <= {"Institution", "Person"}
    True
    >>> isinstance(mentions[0].entity, nr.Institution | nr.Person)
    True
"""


@attrs.frozen
class Mention:
    """One place where a document names an institution or a person.

    Attributes:
        document_id: The document.
        span: Where, in the document text.
        surface: The text at ``span``.
        entity: What it refers to.

    Examples:
        >>> import natorussia as nr
        >>> doc = nr.load().documents[0]
        >>> first = doc.mentions[0]
        >>> first.document_id == doc.id, first.surface, first.entity.id
        (True, 'Russia', 'russia')
        >>> doc.text[first.span[0] : first.span[1]] == first.surface
        True
    """

    document_id: str
    span: Span
    surface: str
    entity: Entity


@attrs.frozen
class Event:
    """One dated happening, with the sentence that reports it.

    Attributes:
        id: Stable across runs and machines.
        document_id: The document it was found in.
        date: When it happened.
        date_span: Where the date expression sits in the document text.
        span: Where the sentence sits in the document text.
        sentence: ``text[span]``.
        kind: What kind of happening.
        institutions: Institutions its clause names.
        persons: Persons its clause names.
        places: Places its clause names.
        relative_to: For relative dates ("two years later"), the event or
            date it was resolved from.

    Examples:
        >>> import natorussia as nr
        >>> corpus = nr.load()
        >>> event = corpus.events[0]
        >>> isinstance(event.kind, nr.EventKind), isinstance(event.date, nr.FuzzyDate)
        (True, True)
        >>> text = corpus.document(event.document_id).text
        >>> text[event.span[0] : event.span[1]] == event.sentence
        True
        >>> text[event.date_span[0] : event.date_span[1]] == event.date.text
        True
        >>> all(a.date <= b.date for a, b in zip(corpus.events, corpus.events[1:]))
        True
    """

    id: str
    document_id: str
    date: FuzzyDate
    date_span: Span
    span: Span
    sentence: str
    kind: EventKind
    institutions: tuple[Institution, ...] = ()
    persons: tuple[Person, ...] = ()
    places: tuple[str, ...] = ()
    relative_to: Event | FuzzyDate | None = None


@attrs.frozen
class Document:
    """One article.

    Attributes:
        id: File name without extension.
        text: The raw text, exactly as decoded.
        title: The headline.
        subtitle: The standfirst under the headline.
        authors: Who wrote it.
        published: Publication date, if the text gives one.
        outlet: The publication the text names ("RT", "Russia in Global Affairs").
        paragraphs: Body paragraphs only, each once.
        paragraph_spans: Where each paragraph sits in ``text``.
        headings: Section headings.
        boilerplate: Every line that is not article text, in order: page
            chrome, copies of pull quotes, and the header's date line, bylines
            and author blocks (their content is in ``published`` and
            ``authors``). Nothing is dropped silently.
        references: Endnotes.
        mentions: Institutions and persons named, in text order.
        events: Dated happenings, in date order.
        format: The form the article was read from: ``"text"``,
            ``"markdown"``, ``"html"`` or ``"pdf"``.
        source: The path of the file it was read from, or ``None``.

    Examples:
        >>> import natorussia as nr
        >>> doc = nr.load().documents[0]
        >>> doc.title.split()[:4]
        ['This', 'Is', 'the', 'Only']
        >>> doc.published.edtf, doc.outlet, doc.format
        ('2024-06-25', 'Russia in Global Affairs', 'text')
        >>> start, end = doc.paragraph_spans[0]
        >>> doc.text[start:end] == doc.paragraphs[0]
        True
        >>> one = nr.extract("A headline\\n\\nNATO and Russia met in May 1997.\\n", id="mine")
        >>> one.id, one.title, one.source
        ('mine', 'A headline', None)
    """

    id: str
    text: str = attrs.field(repr=False)
    title: str | None = None
    subtitle: str | None = None
    authors: tuple[Author, ...] = ()
    published: FuzzyDate | None = None
    outlet: str | None = None
    paragraphs: tuple[str, ...] = attrs.field(default=(), repr=False)
    paragraph_spans: tuple[Span, ...] = attrs.field(default=(), repr=False)
    headings: tuple[str, ...] = attrs.field(default=(), repr=False)
    boilerplate: tuple[str, ...] = attrs.field(default=(), repr=False)
    references: tuple[Reference, ...] = attrs.field(default=(), repr=False)
    mentions: tuple[Mention, ...] = attrs.field(default=(), repr=False)
    events: tuple[Event, ...] = attrs.field(default=(), repr=False)
    format: str = "text"
    source: str | None = attrs.field(default=None, repr=False)


def event_order(event: Event) -> tuple[dt.date, dt.date, str, int]:
    """The order of a timeline: date bounds, then document, then position in it."""
    return (event.date.earliest, event.date.latest, event.document_id, event.date_span[0])
