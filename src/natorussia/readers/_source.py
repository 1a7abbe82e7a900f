"""The values every reader returns: :class:`Format`, :class:`Metadata`, :class:`Source`."""

from __future__ import annotations

from enum import StrEnum

import attrs

__all__ = ["Format", "Metadata", "Source"]


class Format(StrEnum):
    """The form an article was kept in; the value of :attr:`Document.format`."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    PDF = "pdf"


@attrs.frozen
class Metadata:
    """What a file's format says about the article, before the text is read.

    Front matter and HTML ``<meta>`` tags give these; every field is ``None``
    or empty when the format says nothing. Values are as written (a date is
    the string of the front matter), the structure stage interprets them.

    Attributes:
        title: The headline.
        subtitle: The standfirst or description.
        authors: Names of the authors.
        published: The publication date as written (``"2023-07-06"``).
        outlet: The site or publication named by the format.
        tags: Tags, categories or keywords.
        url: Where the article was published.
        front_matter: Where the front matter sits in the text (its lines are
            page chrome, not article text), or ``None``.
    """

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    outlet: str | None = None
    tags: tuple[str, ...] = ()
    url: str | None = None
    front_matter: tuple[int, int] | None = None


@attrs.frozen
class Source:
    """One article as a reader gives it: text, metadata and format.

    Attributes:
        text: The article's text (for Markdown and plain text, the file as
            decoded; for HTML and PDF, the extracted text). Every offset of
            the document refers to it.
        metadata: What the format says about the article.
        format: Which reader read it.
        path: The file it came from, or ``None`` for a string.
    """

    text: str = attrs.field(repr=False)
    metadata: Metadata = Metadata()
    format: Format = Format.TEXT
    path: str | None = None
