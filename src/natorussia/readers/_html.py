"""Saved web pages, read with trafilatura (the optional extra ``natorussia[html]``)."""

from __future__ import annotations

from typing import Any

from natorussia.errors import LoadError
from natorussia.readers._source import Format, Metadata, Source

__all__ = ["read_html"]


_MIN_WORDS = 10
"""Fewer words than this is a menu or an error page, not an article."""


def _library(name: str) -> Any:
    try:
        import trafilatura
    except ImportError:
        raise LoadError(
            name,
            "reading web pages needs the optional extra: pip install 'natorussia[html]'",
        ) from None
    return trafilatura


def _names(value: object) -> tuple[str, ...]:
    if not isinstance(value, str):
        return ()
    return tuple(n.strip() for n in value.replace(" and ", ";").split(";") if n.strip())


def _field(found: Any, name: str) -> str | None:
    value = getattr(found, name, None)
    return value.strip() if isinstance(value, str) and value.strip() else None


def read_html(markup: str, name: str) -> Source:
    """The main text and metadata of a saved web page.

    The page's navigation, menus, share buttons, comments and footer are
    left out by trafilatura; its title, authors, date (through htmldate)
    and site name fill the metadata. The text is the extracted text, one
    paragraph a line, and every offset of the document refers to it.

    Raises:
        LoadError: trafilatura is not installed (the error names the extra),
            or the page holds no article text.
    """
    trafilatura = _library(name)
    found = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
    )
    text = _field(found, "text") if found is not None else None
    if found is None or text is None or len(text.split()) < _MIN_WORDS:
        raise LoadError(name, "the web page holds no article text that could be extracted")
    tags = getattr(found, "tags", None) or getattr(found, "categories", None) or ()
    metadata = Metadata(
        title=_field(found, "title"),
        subtitle=_field(found, "description"),
        authors=_names(_field(found, "author")),
        published=_field(found, "date"),
        outlet=_field(found, "sitename"),
        tags=tuple(str(t) for t in tags) if isinstance(tags, list | tuple) else (),
        url=_field(found, "url"),
    )
    return Source(text + "\n", metadata, Format.HTML, name)
