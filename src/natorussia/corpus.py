"""Loading articles into a :class:`Corpus`, and the corpus itself.

The pipeline runs one way: raw text → document structure → entities →
events → corpus-wide merge (the same author, person or body across documents
becomes one object).

Examples:
    >>> import natorussia as nr
    >>> corpus = nr.load()
    >>> len(corpus.documents)
    5
    >>> doc = nr.extract("Title of a Note\\n\\nNATO was founded on April 4, 1949, in Washington.", id="x")
    >>> doc.title
    'Title of a Note'
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import sys
import threading
import warnings
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

import attrs

from natorussia._index import EventIndex
from natorussia.errors import (
    Ambiguous,
    FileTooLargeError,
    LoadError,
    LoadErrors,
    LoadWarning,
    MissingFileError,
    NotFound,
)
from natorussia.knowledge import Gazetteer
from natorussia.model import (
    Affiliation,
    Author,
    Document,
    Entity,
    Event,
    Institution,
    Mention,
    Person,
)
from natorussia.query import Documents, Events, Institutions, Persons, event_order
from natorussia.timeline import Discrepancies, Timeline, build_timeline, discrepancies

# The pipeline, the readers and the entity merger are imported where they are
# used: a corpus read back from a file or the cache never compiles their patterns.

__all__ = ["DEFAULT_MAX_BYTES", "Corpus", "Passage", "load", "read_document"]

DEFAULT_MAX_BYTES = 20_000_000
"""Files larger than this (20 MB) are refused unless ``max_bytes`` says otherwise.

The limit guards a folder load against a stray archive or disk image; an
article is rarely over a megabyte. Pass ``max_bytes=`` to :func:`load` or
:func:`read_document` to raise or lower it.

Examples:
    >>> import natorussia as nr
    >>> nr.DEFAULT_MAX_BYTES
    20000000
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "long.txt").write_text("A title\\n\\n" + "NATO met Russia. " * 20)
    >>> try:
    ...     nr.load(folder, max_bytes=100)
    ... except nr.FileTooLargeError as e:
    ...     print(e.size > e.limit, e.limit)
    True 100
"""

Source = str | os.PathLike[str]
_E = TypeVar("_E", Institution, Person)


@attrs.frozen
class Passage:
    """A paragraph that matched a :meth:`Corpus.search`.

    Attributes:
        document_id: The document.
        span: Where the paragraph sits in the document text.
        text: The paragraph.
        match: Where the searched phrase (or its first word found) sits in the
            document text.
        score: How well the paragraph matches: higher is better.


    >>> import natorussia as nr
    >>> corpus = nr.load()
    >>> hit = corpus.search('"Founding Act"')[0]
    >>> corpus.document(hit.document_id).text[hit.match[0]:hit.match[1]]
    'Founding Act'
    """

    document_id: str
    span: tuple[int, int]
    text: str
    match: tuple[int, int]
    score: float = 0.0


# --- one document ----------------------------------------------------------------------------------


def read_document(
    path: str | os.PathLike[str] | Traversable,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    gazetteer: Gazetteer | None = None,
) -> Document:
    """One file read by the reader of its format and extracted: what :func:`load` does per file.

    A pure function of the file, so it maps over files on any engine (worker
    processes, Dask; see :doc:`/parallel`).

    Args:
        path: The file (``.txt``, ``.md``, ``.html``/``.htm``, ``.pdf``).
        max_bytes: Refuse a file larger than this.
        gazetteer: The known institutions to recognise (default: the bundled one).

    Raises:
        LoadError: The file is missing, empty, binary, undecodable, too large,
            or needs an optional extra; the error names the file.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "note.md"
    >>> _ = path.write_text("---\\ntitle: A Note\\n---\\nNATO held a summit in Madrid in 1997.\\n")
    >>> doc = read_document(path)
    >>> doc.id, doc.title, doc.format, [e.date.edtf for e in doc.events]
    ('note', 'A Note', 'markdown', ['1997'])
    """
    if isinstance(path, str | os.PathLike):
        return _read(Path(path), os.fspath(path), max_bytes, gazetteer)
    return _read(path, f"natorussia/seeds/{path.name}", max_bytes, gazetteer)


def _read(
    path: Path | Traversable, name: str, max_bytes: int, gazetteer: Gazetteer | None = None
) -> Document:
    from natorussia import readers
    from natorussia.pipeline import extract

    if isinstance(path, Path):
        try:
            size = path.stat().st_size
        except OSError as e:
            raise MissingFileError(name, f"cannot be read: {e.strerror or e}") from None
        if size > max_bytes:
            raise FileTooLargeError(name, size=size, limit=max_bytes)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise MissingFileError(name, f"cannot be read: {e.strerror or e}") from None
    if len(data) > max_bytes:
        raise FileTooLargeError(name, size=len(data), limit=max_bytes)
    read = readers.read(name, data)
    stem = path.name.rsplit(".", 1)[0]
    return extract(
        read.text,
        id=stem,
        format=read.format,
        metadata=read.metadata,
        source=name if isinstance(path, Path) else None,
        gazetteer=gazetteer,
    )


def _read_job(job: tuple[Path, str], *, max_bytes: int, gazetteer: Gazetteer | None) -> Document:
    return _read(job[0], job[1], max_bytes, gazetteer)


_GLOB = re.compile(r"[*?\[]")


def _supported(path: Path) -> bool:
    from natorussia import readers

    return path.suffix.casefold() in readers.EXTENSIONS and path.is_file()


def _expand(source: Source, recursive: bool, pattern: str | None) -> list[tuple[Path, str]]:
    if not isinstance(source, str | os.PathLike):
        raise TypeError(
            "load() takes a folder, a file, a glob pattern or an iterable of them "
            f"(str or os.PathLike), not {type(source).__name__}"
        )
    path, name = Path(source), os.fspath(source)
    if not name.strip():
        raise MissingFileError(repr(name), "an empty path names no file or folder")
    try:
        return _expand_path(path, name, recursive, pattern)
    except LoadError:
        raise  # already says which file and why (a LoadError is an OSError too)
    except OSError as e:  # an unreadable folder, a broken link: say which and why
        raise MissingFileError(name, f"cannot be read: {e.strerror or e}") from None


def _expand_path(
    path: Path, name: str, recursive: bool, pattern: str | None
) -> list[tuple[Path, str]]:
    if not path.exists() and _GLOB.search(name):
        anchor = Path(path.anchor or ".")
        relative = str(path.relative_to(anchor)) if path.is_absolute() else name
        found = sorted(p for p in anchor.glob(relative) if p.is_file())
        if not found:
            raise MissingFileError(name, "the pattern matches no file")
        return [(p, str(p)) for p in found]
    if path.is_dir():
        walk = path.rglob(pattern or "*") if recursive else path.glob(pattern or "*")
        files = sorted(p for p in walk if _supported(p) and not p.name.startswith("."))
        if not files:
            from natorussia.readers import EXTENSIONS

            kinds = ", ".join(sorted(EXTENSIONS))
            raise MissingFileError(name, f"folder holds no article files ({kinds})")
        return [(p, str(p)) for p in files]
    if not path.is_file():
        raise MissingFileError(name, "no such file or folder")
    return [(path, name)]


def _paths(
    source: Source | Iterable[Source], recursive: bool, pattern: str | None
) -> list[tuple[Path, str]]:
    if isinstance(source, str | os.PathLike):
        return _expand(source, recursive, pattern)
    if not isinstance(source, Iterable) or isinstance(source, bytes | bytearray):  # type: ignore[unreachable]
        raise TypeError(
            "load() takes a folder, a file, a glob pattern or an iterable of them, "
            f"not {type(source).__name__}"
        )
    paths = [found for item in source for found in _expand(item, recursive, pattern)]
    if not paths:
        raise LoadError("<no paths>", "no files given")
    return paths


def _bundled() -> list[Traversable]:
    folder = resources.files("natorussia") / "seeds"
    return sorted((f for f in folder.iterdir() if f.name.endswith(".txt")), key=lambda f: f.name)


class _Progress:
    """A one-line progress count on stderr, shown only when stderr is a terminal."""

    def __init__(self, total: int, show: bool | None) -> None:
        stream = sys.stderr
        self.total = total
        self.on = show if show is not None else (total >= 20 and stream.isatty())
        self.done = 0

    def step(self, name: str) -> None:
        self.done += 1
        if self.on:
            tail = name[-40:]
            sys.stderr.write(f"\rnatorussia: loading {self.done}/{self.total} {tail:<40}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.on:
            sys.stderr.write("\n")
            sys.stderr.flush()


_lock = threading.Lock()
_cache: Corpus | None = None


def _cached_bundle(max_bytes: int) -> Corpus:
    """The bundled corpus, from the previous run's cache when the package is the same."""
    from natorussia import _cache as disk

    kept = disk.read()
    if isinstance(kept, Corpus):
        return kept
    corpus = Corpus.from_documents(
        _read(f, f"natorussia/seeds/{f.name}", max_bytes) for f in _bundled()
    )
    disk.write(corpus)
    return corpus


def load(
    source: Source | Iterable[Source] | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    recursive: bool = False,
    pattern: str | None = None,
    strict: bool = True,
    progress: bool | None = None,
    workers: int | None = 1,
    gazetteer: Gazetteer | None = None,
) -> Corpus:
    """Load articles into a :class:`Corpus`.

    Args:
        source: ``None`` for the bundled corpus (parsed once, then cached
            in memory and in the user's cache folder — see :doc:`/loading`;
            safe to call from many threads); a folder (every file of a
            supported kind: ``.txt``, ``.md``, ``.html``/``.htm``, ``.pdf``);
            a glob pattern (``"articles/*.md"``); one file; or an iterable of
            these.
        max_bytes: Refuse files larger than this.
        recursive: Read the folders' subfolders too.
        pattern: Only the files of a folder whose name matches this glob
            pattern (``"*.md"``; with ``recursive``, matched at any depth).
        strict: With ``True`` (the default) any file that cannot be read
            fails the whole load; with ``False`` the other files load, and
            each bad file is on :attr:`Corpus.problems` and reported as a
            :class:`~natorussia.errors.LoadWarning`.
        progress: Show a progress count on stderr; ``None`` shows it for
            large loads when stderr is a terminal.
        workers: Extract in this many worker processes (``None`` or ``0``:
            one per core). The result is exactly the serial one, in the same
            order, and a worker's error reaches the caller as it would have.
        gazetteer: The known institutions to recognise (default: the bundled
            one). The bundled corpus is cached only with the default.

    Raises:
        LoadError: a file given by name cannot be read (it is missing, empty,
            binary, not UTF-8, too large, or needs an optional extra), or two
            files share an id. With several files, one
            :class:`~natorussia.errors.LoadErrors` lists every bad file and
            its reason. Nothing already loaded is changed: each call builds a
            new corpus.

    >>> len(load().documents)
    5
    >>> load() is load()
    True
    """
    global _cache
    if source is None and gazetteer is not None:
        return Corpus.from_documents(
            _read(f, f"natorussia/seeds/{f.name}", max_bytes, gazetteer) for f in _bundled()
        )
    if source is None:
        with _lock:
            if _cache is None:
                _cache = _cached_bundle(max_bytes)
            return _cache
    from natorussia._parallel import map_in_order

    paths = _paths(source, recursive, pattern)
    if len(paths) == 1 and strict:
        return Corpus.from_documents([_read(*paths[0], max_bytes, gazetteer)])
    documents: list[Document] = []
    problems: list[LoadError] = []
    first_of: dict[str, str] = {}
    bar = _Progress(len(paths), progress)
    job = functools.partial(_read_job, max_bytes=max_bytes, gazetteer=gazetteer)
    try:
        for (_, name), outcome in map_in_order(job, paths, workers=workers):
            try:
                if not isinstance(outcome, Document):
                    raise outcome
                document = outcome
                if document.id in first_of:
                    raise LoadError(
                        name,
                        f"same id {document.id!r} as {first_of[document.id]} (ids are file names)",
                    )
                first_of[document.id] = name
                documents.append(document)
            except LoadError as e:
                problems.append(e)
            bar.step(name)
    finally:
        bar.close()
    if problems and strict:
        raise LoadErrors(
            os.fspath(source) if isinstance(source, str | os.PathLike) else "<files>", problems
        )
    for problem in problems:
        warnings.warn(f"left out {problem}", LoadWarning, stacklevel=2)
    corpus = Corpus.from_documents(documents)
    return attrs.evolve(corpus, problems=tuple(problems)) if problems else corpus


# --- the corpus --------------------------------------------------------------------------------------


def _author_key(name: str) -> str:
    # "Fyodor A. Lukyanov" and "Fyodor Lukyanov" are one author: first and last names decide.
    from natorussia._text import fold

    tokens = [t for t in fold(name).replace(".", ". ").split() if not t.endswith(".")]
    return f"{tokens[0]} {tokens[-1]}" if len(tokens) >= 2 else fold(name)


def _merge_authors(authors: Iterable[Author]) -> dict[str, Author]:
    groups: dict[str, list[Author]] = defaultdict(list)
    for author in authors:
        groups[_author_key(author.name)].append(author)
    merged = {}
    for key, group in groups.items():
        affiliations: list[Affiliation] = []
        identifiers: dict[str, str] = {}
        for author in group:
            affiliations.extend(a for a in author.affiliations if a not in affiliations)
            for scheme, value in author.identifiers.items():
                identifiers.setdefault(scheme, value)
        merged[key] = Author(
            max((a.name for a in group), key=len),
            tuple(affiliations),
            identifiers,
            next((a.description for a in group if a.description), None),
        )
    return merged


def _repoint(event: Event, entities: dict[str, Entity], events: dict[str, Event]) -> Event:
    relative = event.relative_to
    if isinstance(relative, Event):
        relative = events.get(relative.id, relative)
    return attrs.evolve(
        event,
        institutions=tuple(_entity(i, entities, Institution) for i in event.institutions),
        persons=tuple(_entity(p, entities, Person) for p in event.persons),
        relative_to=relative,
    )


def _entity(item: _E, entities: dict[str, Entity], kind: type[_E]) -> _E:
    found = entities.get(item.id, item)
    return found if isinstance(found, kind) else item


def _merged(entity: Entity, entities: dict[str, Entity]) -> Entity:
    if isinstance(entity, Institution):
        return _entity(entity, entities, Institution)
    return _entity(entity, entities, Person)


@attrs.frozen
class Corpus:
    """A set of documents, with everything extracted from them merged across documents.

    Attributes:
        documents: Every document, ordered by id.
        events: Every event, by date, then document and position.
        institutions: Every institution some document mentions, each with its mentions.
        persons: Every person some document mentions, each with their mentions.
        authors: Every author, once each.
        problems: The files a load with ``strict=False`` left out, each
            with its reason (empty when every file loaded).

    Examples:
        >>> import natorussia as nr
        >>> corpus = nr.load()  # the five bundled articles
        >>> len(corpus), corpus.institution("the Alliance").name
        (5, 'North Atlantic Treaty Organization')
        >>> corpus.institution("NRC").name, corpus.person("Grushko").name
        ('NATO-Russia Council', 'Alexander Grushko')
        >>> corpus.person("Lavrov").id
        'sergei-lavrov'
        >>> corpus.problems
        ()
    """

    documents: Documents
    events: Events
    institutions: Institutions
    persons: Persons
    authors: tuple[Author, ...]
    problems: tuple[LoadError, ...] = ()

    @classmethod
    def from_documents(cls, documents: Iterable[Document]) -> Corpus:
        """Merge documents into a corpus. Ids must be unique."""
        from natorussia import _entities

        docs = sorted(documents, key=lambda d: d.id)
        for first, second in itertools.pairwise(docs):
            if first.id == second.id:
                raise LoadError(second.id, "two documents have this id")
        authors = _merge_authors(a for d in docs for a in d.authors)
        entities = _entities.merge_across_documents(m for d in docs for m in d.mentions)
        # Persons and institutions are keyed apart, so that an id shared by a
        # person and a body can never make one stand for the other.
        by_entity: dict[tuple[type, str], list[Mention]] = defaultdict(list)
        rebuilt = []
        for doc in docs:
            mentions = tuple(
                attrs.evolve(m, entity=_merged(m.entity, entities)) for m in doc.mentions
            )
            for mention in mentions:
                by_entity[type(mention.entity), mention.entity.id].append(mention)
            new_events: dict[str, Event] = {}
            for event in sorted(doc.events, key=lambda e: e.date_span):
                new_events[event.id] = _repoint(event, entities, new_events)
            rebuilt.append(
                attrs.evolve(
                    doc,
                    authors=tuple(authors[_author_key(a.name)] for a in doc.authors),
                    mentions=mentions,
                    events=tuple(new_events[e.id] for e in doc.events),
                )
            )
        with_mentions = [
            attrs.evolve(group[0].entity, mentions=tuple(group)) for group in by_entity.values()
        ]
        institutions = sorted(
            (e for e in with_mentions if isinstance(e, Institution)), key=lambda e: e.id
        )
        persons = sorted((e for e in with_mentions if isinstance(e, Person)), key=lambda e: e.id)
        # --- queries: one index per corpus (natorussia._index), built on first use ---
        events = tuple(sorted((e for d in rebuilt for e in d.events), key=event_order))
        index = EventIndex(events, documents=rebuilt, entities=(*institutions, *persons))
        return cls(
            Documents(rebuilt),
            Events._indexed(events, index),
            Institutions(institutions),
            Persons(persons),
            tuple(sorted(authors.values(), key=lambda a: _author_key(a.name))),
        )

    def __attrs_post_init__(self) -> None:
        # However the corpus was made (from_documents, a JSON load, by hand), its
        # events share one index that knows its documents' mentions and entities.
        if self.events._index is None or self.events._index.events is not self.events._items:
            self.events._index = EventIndex(
                self.events._items,
                documents=tuple(self.documents),
                entities=(*self.institutions, *self.persons),
            )

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)

    def document(self, id: str) -> Document:
        """The document with this id.

        Raises:
            NotFound: no document has it; the error suggests close ids.
        """
        found = self.documents.get(id)
        if found is None:
            ids = [d.id for d in self.documents]
            close = [i for i in ids if id and (i.startswith(id) or id in i)]
            raise NotFound("document", id, close[:3])
        return found

    # --- queries (timeline, discrepancies, lookups, search) ---------------------------------------

    def institution(self, name: str) -> Institution:
        """The institution called ``name`` (id, name, acronym or alias), with its mentions.

        Raises:
            NotFound: no document mentions it; the error lists close matches,
                and says so when the gazetteer knows the name.
            Ambiguous: several institutions go by ``name``.

        >>> import natorussia as nr
        >>> nr.load().institution("Shanghai Cooperation Organisation")
        Traceback (most recent call last):
        ...
        natorussia.errors.NotFound: no institution mentioned in these documents matches 'Shanghai Cooperation Organisation'
        """
        try:
            return self.institutions.lookup(name)
        except NotFound as e:
            from natorussia.knowledge import default_gazetteer

            try:
                known = default_gazetteer().get(name)
            except Ambiguous:
                known = None
            if known is None:
                raise
            raise NotFound(
                "institution mentioned in these documents", name, e.suggestions
            ) from None

    def person(self, name: str) -> Person:
        """The person called ``name`` (full name, alias, surname or role), with their mentions.

        Raises:
            NotFound: no document mentions them; the error lists close matches.
            Ambiguous: several persons go by ``name`` ("President").
        """
        return self.persons.lookup(name)

    def _cache(self) -> dict[str, Any]:
        return self.events._idx().cache

    def timeline(self) -> Timeline:
        """The happenings of the whole corpus, merged across documents, by date.

        Sentences of any document that date the same happening are one
        :class:`~natorussia.Happening`; see :mod:`natorussia.timeline` for how
        that is decided. Filters compose on it as on events.

        >>> import natorussia as nr
        >>> war = nr.load().timeline().involving("Georgia").of_kind("war")
        >>> [(h.date.edtf, len(h.documents)) for h in war]
        [('2008-08', 3)]
        """
        cache = self._cache()
        if "timeline" not in cache:
            cache["timeline"] = Timeline(
                build_timeline(self.events, self.events._idx()), events=self.events
            )
        found: Timeline = cache["timeline"]
        return found

    def discrepancies(self) -> Discrepancies:
        """Happenings the documents date incompatibly, and dates that contradict the gazetteer.

        >>> import natorussia as nr
        >>> for d in nr.load().discrepancies():
        ...     print(d.kind.value, d.subject.acronym or d.subject.id, *(x.edtf for x in d.dates))
        documents NRC 2001 2002-05
        gazetteer NRC 2001 2002-05-28
        gazetteer CFE 2007-08 2007-12-12
        """
        cache = self._cache()
        if "discrepancies" not in cache:
            cache["discrepancies"] = Discrepancies(discrepancies(self.timeline()))
        found: Discrepancies = cache["discrepancies"]
        return found

    def search(self, text: str, *, limit: int | None = None) -> tuple[Passage, ...]:
        """Paragraphs matching ``text``, best first, each with its document and spans.

        ``text`` is a phrase in double quotes (``'"missile defense"'``: the words
        in a row) or words (``"missile defense"``: every word, anywhere in the
        paragraph; paragraphs that have them in a row rank first). Case,
        accents, dashes and punctuation do not matter. Rarer words weigh more.

        Args:
            text: The phrase or words.
            limit: At most this many passages.

        Raises:
            TypeError: ``text`` is not a string.

        >>> import natorussia as nr
        >>> hit = nr.load().search("missile defense")[0]
        >>> nr.load().document(hit.document_id).text[hit.match[0]:hit.match[1]].lower()
        'missile defense'
        """
        if not isinstance(text, str):
            raise TypeError(f"search() takes a string, not {type(text).__name__}")
        from natorussia import _search

        cache = self._cache()
        if "search" not in cache:
            cache["search"] = _search.ParagraphIndex(self.documents)
        index: _search.ParagraphIndex = cache["search"]
        return tuple(
            Passage(doc_id, span, para, match, score)
            for doc_id, span, para, match, score in index.search(text, limit=limit)
        )
