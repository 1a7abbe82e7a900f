"""PDF files, read with pypdf (the optional extra ``natorussia[pdf]``)."""

from __future__ import annotations

import io
import logging

from natorussia.errors import LoadError
from natorussia.readers._source import Format, Metadata, Source

__all__ = ["PAGE_BREAK", "read_pdf"]

PAGE_BREAK = "\n\f\n"
"""What separates the text of two pages: a line holding only a form feed."""


def read_pdf(data: bytes, name: str) -> Source:
    """The text of a PDF, page by page, and the title and author of its info block.

    Pages are joined by a form-feed line; the plain-text rules (hard-wrapped
    lines, repeated page headers and footers, page numbers, footnotes) then
    apply to the text as to any ``.txt`` file.

    Raises:
        LoadError: pypdf is not installed (the error names the extra), the
            file is not a readable PDF, or it holds no text (a scan).
    """
    try:
        import pypdf
    except ImportError:
        raise LoadError(
            name, "reading PDF files needs the optional extra: pip install 'natorussia[pdf]'"
        ) from None
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        pages = [(page.extract_text() or "").strip("\n") for page in reader.pages]
        info = reader.metadata
    except Exception as e:  # pypdf raises many kinds on damaged files
        raise LoadError(name, f"not a readable PDF: {e}") from None
    text = PAGE_BREAK.join(pages)
    if not text.strip():
        raise LoadError(name, "the PDF holds no text (a scanned image needs OCR first)")
    title = info.title if info is not None and isinstance(info.title, str) else None
    author = info.author if info is not None and isinstance(info.author, str) else None
    metadata = Metadata(
        title=title.strip() or None if title else None,
        authors=tuple(a.strip() for a in (author or "").split(";") if a.strip()),
    )
    return Source(text + "\n", metadata, Format.PDF, name)
