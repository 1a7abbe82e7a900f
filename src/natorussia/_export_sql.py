"""A corpus as a relational SQLite database (the schema is documented in docs/exporting.md)."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from natorussia.errors import Error
from natorussia.fuzzydate import FuzzyDate
from natorussia.model import Event, Institution, Person, Reference

if TYPE_CHECKING:
    from natorussia.corpus import Corpus

__all__ = ["SCHEMA", "write"]

SCHEMA: Final = """
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    title TEXT, subtitle TEXT, outlet TEXT,
    published TEXT, published_earliest TEXT, published_latest TEXT,
    text TEXT NOT NULL
);
CREATE TABLE authors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT,
    affiliations TEXT NOT NULL,  -- JSON array of {"institution", "role"}
    identifiers TEXT NOT NULL    -- JSON object: scheme -> value
);
CREATE TABLE document_authors (
    document_id TEXT NOT NULL REFERENCES documents(id),
    author_id INTEGER NOT NULL REFERENCES authors(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (document_id, position)
);
CREATE TABLE institutions (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL, acronym TEXT, kind TEXT NOT NULL,
    known INTEGER NOT NULL,      -- 1 for gazetteer entries, 0 for names found in text
    aliases TEXT NOT NULL        -- JSON array
);
CREATE TABLE persons (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,       -- JSON array
    roles TEXT NOT NULL          -- JSON array
);
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    date TEXT NOT NULL,          -- EDTF
    date_earliest TEXT NOT NULL, -- ISO day, inclusive
    date_latest TEXT NOT NULL,   -- ISO day, inclusive
    date_precision TEXT NOT NULL,
    date_text TEXT,
    kind TEXT NOT NULL,
    sentence TEXT NOT NULL,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    date_start INTEGER NOT NULL, date_end INTEGER NOT NULL,
    places TEXT NOT NULL,        -- JSON array
    relative_to_event TEXT REFERENCES events(id),
    relative_to_date TEXT        -- EDTF
);
CREATE TABLE event_participants (
    event_id TEXT NOT NULL REFERENCES events(id),
    entity_type TEXT NOT NULL CHECK (entity_type IN ('institution', 'person')),
    entity_id TEXT NOT NULL,     -- institutions.id or persons.id
    position INTEGER NOT NULL,
    PRIMARY KEY (event_id, entity_type, position)
);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    surface TEXT NOT NULL,
    entity_type TEXT NOT NULL CHECK (entity_type IN ('institution', 'person')),
    entity_id TEXT NOT NULL
);
CREATE TABLE document_references (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    position INTEGER NOT NULL,
    label TEXT NOT NULL, text TEXT NOT NULL,
    title TEXT, url TEXT, authors TEXT NOT NULL,  -- JSON array
    date TEXT, accessed TEXT,                     -- EDTF
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    repeats INTEGER REFERENCES document_references(id),
    UNIQUE (document_id, position)
);
CREATE INDEX events_by_date ON events(date_earliest, date_latest);
CREATE INDEX events_by_kind ON events(kind);
CREATE INDEX events_by_document ON events(document_id);
CREATE INDEX participants_by_entity ON event_participants(entity_type, entity_id);
CREATE INDEX mentions_by_entity ON mentions(entity_type, entity_id);
CREATE INDEX mentions_by_document ON mentions(document_id);
CREATE INDEX references_by_document ON document_references(document_id);
"""
"""The tables, keys and indexes :func:`write` creates."""


def _json(values: Iterable[Any]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _edtf(date: FuzzyDate | None) -> str | None:
    return date.edtf if date is not None else None


def _entity_type(entity: Institution | Person) -> str:
    return "institution" if isinstance(entity, Institution) else "person"


def write(corpus: Corpus, path: str | os.PathLike[str]) -> None:
    """Write ``corpus`` to a new SQLite database at ``path`` (replacing the file)."""
    target = Path(path)
    try:
        target.unlink(missing_ok=True)
        db = sqlite3.connect(target)
    except (OSError, sqlite3.Error) as e:
        raise Error(f"{os.fspath(path)}: cannot write a database: {e}") from None
    try:
        with db:
            db.executescript(SCHEMA)
            _fill(db, corpus)
    finally:
        db.close()


def _fill(db: sqlite3.Connection, corpus: Corpus) -> None:
    db.executemany(
        "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                d.id,
                d.title,
                d.subtitle,
                d.outlet,
                _edtf(d.published),
                d.published.earliest.isoformat() if d.published else None,
                d.published.latest.isoformat() if d.published else None,
                d.text,
            )
            for d in corpus.documents
        ),
    )
    author_ids: dict[str, int] = {}
    for doc in corpus.documents:
        for position, author in enumerate(doc.authors):
            if author.name not in author_ids:
                author_ids[author.name] = len(author_ids) + 1
                db.execute(
                    "INSERT INTO authors VALUES (?, ?, ?, ?, ?)",
                    (
                        author_ids[author.name],
                        author.name,
                        author.description,
                        json.dumps(
                            [
                                {"institution": a.institution, "role": a.role}
                                for a in author.affiliations
                            ],
                            ensure_ascii=False,
                        ),
                        json.dumps(dict(author.identifiers), ensure_ascii=False),
                    ),
                )
            db.execute(
                "INSERT INTO document_authors VALUES (?, ?, ?)",
                (doc.id, author_ids[author.name], position),
            )
    institutions: dict[str, Institution] = {i.id: i for i in corpus.institutions}
    persons: dict[str, Person] = {p.id: p for p in corpus.persons}
    for event in corpus.events:
        for i in event.institutions:
            institutions.setdefault(i.id, i)
        for p in event.persons:
            persons.setdefault(p.id, p)
    db.executemany(
        "INSERT INTO institutions VALUES (?, ?, ?, ?, ?, ?)",
        (
            (i.id, i.name, i.acronym, str(i.kind), int(i.known), _json(i.aliases))
            for i in sorted(institutions.values(), key=lambda i: i.id)
        ),
    )
    db.executemany(
        "INSERT INTO persons VALUES (?, ?, ?, ?)",
        (
            (p.id, p.name, _json(p.aliases), _json(p.roles))
            for p in sorted(persons.values(), key=lambda p: p.id)
        ),
    )
    db.executemany(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (_event_row(e) for e in corpus.events),
    )
    participants: list[tuple[str, str, str, int]] = []
    for e in corpus.events:
        participants.extend((e.id, "institution", i.id, n) for n, i in enumerate(e.institutions))
        participants.extend((e.id, "person", p.id, n) for n, p in enumerate(e.persons))
    db.executemany("INSERT INTO event_participants VALUES (?, ?, ?, ?)", participants)
    db.executemany(
        'INSERT INTO mentions (document_id, start, "end", surface, entity_type, entity_id) '
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            (m.document_id, m.span[0], m.span[1], m.surface, _entity_type(m.entity), m.entity.id)
            for d in corpus.documents
            for m in d.mentions
        ),
    )
    next_id = 1
    for doc in corpus.documents:
        ids: dict[Reference, int] = {}
        for position, ref in enumerate(doc.references):
            ids.setdefault(ref, next_id)
            repeats = ids.get(ref.repeats) if ref.repeats is not None else None
            db.execute(
                "INSERT INTO document_references VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    next_id,
                    doc.id,
                    position,
                    ref.label,
                    ref.text,
                    ref.title,
                    ref.url,
                    _json(ref.authors),
                    _edtf(ref.date),
                    _edtf(ref.accessed),
                    ref.span[0],
                    ref.span[1],
                    repeats,
                ),
            )
            next_id += 1


def _event_row(e: Event) -> tuple[Any, ...]:
    relative = e.relative_to
    return (
        e.id,
        e.document_id,
        e.date.edtf,
        e.date.earliest.isoformat(),
        e.date.latest.isoformat(),
        str(e.date.precision),
        e.date.text,
        str(e.kind),
        e.sentence,
        e.span[0],
        e.span[1],
        e.date_span[0],
        e.date_span[1],
        _json(e.places),
        relative.id if isinstance(relative, Event) else None,
        relative.edtf if isinstance(relative, FuzzyDate) else None,
    )
