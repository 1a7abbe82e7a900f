"""The extraction pipeline: one annotated document, stages run in order.

Data flows one way::

    text (+ metadata a reader found)
      → structure   title, authors, date, outlet, body paragraphs, notes, chrome
      → mentions    institutions and persons, linked across their surface forms
      → events      every dated happening, its kind and its participants
      → Document

Each stage is a function that reads what earlier stages wrote on one
:class:`Annotated` document and adds its own layer; a stage never imports a
later one. :func:`extract` runs :data:`STAGES` in order and freezes the result
into a :class:`~natorussia.model.Document`. Knowledge (gazetteer, lexicons,
word lists, page-chrome rules) is read from ``natorussia/data`` by one loader
(``natorussia._resources``) and passed in, never hard-wired in a stage — which
is why ``extract(text, gazetteer=...)`` changes what is found.

>>> import natorussia as nr
>>> from natorussia.pipeline import STAGES, extract
>>> [stage.__name__ for stage in STAGES]
['structure', 'mentions', 'events']
>>> doc = extract("NATO and Russia signed the Founding Act in Paris on May 27, 1997.", id="x")
>>> [(e.date.edtf, e.kind.value) for e in doc.events]
[('1997-05-27', 'treaty_signing')]

A gazetteer extended with a body the bundled one lacks finds it:

>>> text = "Officers trained at NIBS in 2019."
>>> [(m.entity.name, m.entity.kind.value) for m in extract(text, id="y").mentions]
[('NIBS', 'other')]
>>> extra = nr.gazetteer.extended([{"id": "narva-border-institute", "kind": "university",
...     "name": "Narva Institute of Border Studies", "aliases": ["NIBS"]}])
>>> [(m.entity.name, m.entity.kind.value) for m in extract(text, id="y", gazetteer=extra).mentions]
[('Narva Institute of Border Studies', 'university')]
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import attrs

from natorussia import _document, _entities, _events, readers
from natorussia.knowledge import Gazetteer, default_gazetteer
from natorussia.model import Document, Event, Mention, Span, event_order
from natorussia.readers import Metadata

__all__ = ["STAGES", "Annotated", "Stage", "extract"]


@attrs.define
class Annotated:
    """One document while it is being extracted: the text and every layer added so far.

    Attributes:
        id: The document's identifier.
        text: The text exactly as decoded; every span refers to it.
        gazetteer: The known institutions the mentions stage matches.
        format: The format the text was read from (``"text"``, ``"markdown"``,
            ``"html"``, ``"pdf"``).
        metadata: What the file's format said (front matter, HTML meta).
        source: The path the text came from.
        structure: Set by the ``structure`` stage.
        regions: The spans of text that hold the article (body, headings,
            notes), where entities are looked for; set by ``structure``.
        mentions: Set by the ``mentions`` stage.
        events: Set by the ``events`` stage.
    """

    id: str
    text: str
    gazetteer: Gazetteer
    format: str = "text"
    metadata: Metadata | None = None
    source: str | None = None
    structure: _document.Structure | None = None
    regions: list[Span] = attrs.Factory(list)
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()

    def require_structure(self) -> _document.Structure:
        """The structure layer; a stage that needs it runs after ``structure``."""
        if self.structure is None:
            raise RuntimeError(f"{self.id}: the structure stage has not run")
        return self.structure

    def to_document(self) -> Document:
        """The finished, frozen :class:`~natorussia.model.Document`."""
        structure = self.require_structure()
        return Document(
            id=self.id,
            text=self.text,
            title=structure.title,
            subtitle=structure.subtitle,
            authors=structure.authors,
            published=structure.published,
            outlet=structure.outlet,
            paragraphs=structure.paragraphs,
            paragraph_spans=structure.paragraph_spans,
            headings=structure.headings,
            boilerplate=structure.boilerplate,
            references=structure.references,
            mentions=self.mentions,
            events=tuple(sorted(self.events, key=event_order)),
            format=self.format,
            source=self.source,
        )


Stage = Callable[[Annotated], None]
"""The type of a pipeline stage, which reads the layers of an :class:`Annotated` document and adds its own."""


def structure(doc: Annotated) -> None:
    """Title, authors, date, outlet, body, headings, notes and page chrome."""
    doc.structure = _document.parse_structure(doc.text, format=doc.format, metadata=doc.metadata)
    doc.regions = sorted(_document.iter_regions(doc.structure))


def mentions(doc: Annotated) -> None:
    """Institutions and persons named in the article's regions."""
    doc.mentions = _entities.find_mentions(
        doc.text,
        doc.regions,
        document_id=doc.id,
        gazetteer=doc.gazetteer,
        chrome=_entities.chrome_lines(doc.text, doc.regions),
    )
    if doc.structure is not None and doc.structure.authors:  # affiliations name institutions
        authors = _entities.link_affiliations(doc.structure.authors, doc.gazetteer)
        doc.structure = attrs.evolve(doc.structure, authors=authors)


def events(doc: Annotated) -> None:
    """Every dated happening of the body, with its kind and participants."""
    structure = doc.require_structure()
    doc.events = _events.find_events(
        document_id=doc.id,
        text=doc.text,
        regions=structure.paragraph_spans,
        mentions=doc.mentions,
        published=structure.published,
    )


STAGES: Final[tuple[Stage, ...]] = (structure, mentions, events)
"""The stages :func:`extract` runs, in order."""


def extract(
    text: str,
    *,
    id: str = "document",
    format: str | None = None,
    metadata: Metadata | None = None,
    source: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> Document:
    """One :class:`~natorussia.model.Document` from an article's text.

    Args:
        text: The article, as plain text (one paragraph per line is typical of
            text copied from a web page), Markdown or HTML.
        id: The document's identifier.
        format: ``"text"``, ``"markdown"`` or ``"html"``; ``None`` tells it
            from the content (front matter or a ``#`` headline is Markdown).
        metadata: What the file's format said (see :mod:`natorussia.readers`);
            given, ``text`` is taken as it is.
        source: The path the text came from, kept on the document.
        gazetteer: The known institutions to recognise (default: the bundled
            ``natorussia.gazetteer``); pass ``nr.gazetteer.extended(...)``
            to add your own.

    Raises:
        TypeError: ``text`` is not a string.

    >>> doc = extract("A Headline\\nBy Jane Roe and John Doe\\n"
    ...               "NATO and Russia signed the Founding Act in Paris on May 27, 1997, after long talks.")
    >>> [a.name for a in doc.authors]
    ['Jane Roe', 'John Doe']
    >>> doc = extract("---\\ntitle: A Note\\ndate: 2020-05-06\\n---\\nNATO met in 1997.\\n")
    >>> doc.format, doc.title, doc.published.edtf
    ('markdown', 'A Note', '2020-05-06')
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes the article as a str, not {type(text).__name__}")
    if not isinstance(id, str):
        raise TypeError(f"extract(id=...) takes a str, not {type(id).__name__}")
    if metadata is None:
        read = readers.parse(text, format=format)
        text, metadata, format = read.text, read.metadata, read.format
    doc = Annotated(
        id,
        text,
        gazetteer if gazetteer is not None else default_gazetteer(),
        format=str(format or readers.Format.TEXT),
        metadata=metadata,
        source=source,
    )
    for stage in STAGES:
        stage(doc)
    return doc.to_document()
