"""Readers: an article file in the form it was kept in → text, metadata and format.

Each format has its reader; the same structure stage then runs on every
format's text:

============  ========================  ========================================================
format        extensions                what the reader does
============  ========================  ========================================================
``text``      ``.txt``, ``.text``       decodes UTF-8 (a BOM and any line endings allowed)
``markdown``  ``.md``, ``.markdown``    reads YAML (``---``) or TOML (``+++``) front matter
``html``      ``.html``, ``.htm``       main text and metadata with trafilatura (extra ``html``)
``pdf``       ``.pdf``                  text page by page with pypdf (extra ``pdf``)
============  ========================  ========================================================

The extension chooses the reader, and the content corrects it where the
extension lies: a ``.txt`` file that opens with front matter or a ``#``
headline is Markdown, one that holds an HTML page is HTML, and bytes that
start with ``%PDF-`` are a PDF whatever the name.

Examples:
    >>> from natorussia import readers
    >>> source = readers.parse("---\\ntitle: A Note\\nauthor: Jane Roe\\n---\\n# A Note\\n\\nText.\\n")
    >>> source.format, source.metadata.title, source.metadata.authors
    (<Format.MARKDOWN: 'markdown'>, 'A Note', ('Jane Roe',))
    >>> readers.parse("Just a line of text.").format
    <Format.TEXT: 'text'>
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from natorussia.errors import BinaryFileError, DecodeError, EmptyFileError, LoadError
from natorussia.readers._front_matter import front_matter
from natorussia.readers._html import read_html
from natorussia.readers._pdf import read_pdf
from natorussia.readers._source import Format, Metadata, Source

__all__ = ["EXTENSIONS", "Format", "Metadata", "Source", "decode", "parse", "read", "sniff"]

EXTENSIONS: dict[str, Format] = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".pdf": Format.PDF,
}
"""The file extensions a folder load reads, and the format each suggests."""

_HTML_START = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>])", re.IGNORECASE)
_MARKDOWN_SIGNS = re.compile(
    r"^(?:#{1,6}\s+\S|>\s|```)|\]\((?:https?://|/)[^)\s]*\)|\*\*\S[^*\n]*\*\*", re.MULTILINE
)


def _looks_like_utf16(data: bytes) -> bool:
    # ASCII text in UTF-16 has a NUL in every other byte, on one side.
    head = data[:400]
    if len(head) < 8:
        return False
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return max(even, odd) > 0.9 * (len(head) // 2) and min(even, odd) == 0


def decode(data: bytes, source: str) -> str:
    """Decode a file's bytes as article text, or raise a :class:`LoadError` naming ``source``.

    A byte order mark is dropped; line endings are kept as they are. Text
    saved as UTF-16 (which Windows tools still write) is read when its byte
    order mark says so; without one it is refused as UTF-16, not as binary.

    >>> decode("Title\\n".encode(), "a.txt")
    'Title\\n'
    >>> decode("Title\\n".encode("utf-16"), "w.txt")
    'Title\\n'
    >>> decode("Title and more".encode("utf-16-le"), "x.txt")
    Traceback (most recent call last):
    ...
    natorussia.errors.DecodeError: x.txt: UTF-16 text without a byte order mark: save it as UTF-8
    >>> decode(b"Caf\\xe9 in 1997", "b.txt")
    Traceback (most recent call last):
    ...
    natorussia.errors.DecodeError: b.txt: not valid UTF-8: byte 0xe9 at offset 3 (invalid continuation byte)
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeError as e:
            raise DecodeError(source, f"not valid UTF-16 ({e})", offset=0) from None
    elif _looks_like_utf16(data):
        raise DecodeError(
            source, "UTF-16 text without a byte order mark: save it as UTF-8", offset=0
        )
    if b"\x00" in data:
        raise BinaryFileError(source, f"binary data (NUL byte at offset {data.index(0)}), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise DecodeError(
            source,
            f"not valid UTF-8: byte 0x{data[e.start]:02x} at offset {e.start} ({e.reason})",
            offset=e.start,
        ) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise EmptyFileError(source, "empty file (no text)")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f\v")
    if controls > max(8, len(text) // 100):
        raise BinaryFileError(source, f"binary data ({controls} control characters), not text")
    return text


def sniff(text: str, suggested: Format = Format.TEXT) -> Format:
    """The format a text is in, whatever its file's extension suggested.

    >>> sniff("+++\\ntitle = 'T'\\n+++\\nBody.")
    <Format.MARKDOWN: 'markdown'>
    >>> sniff("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    <Format.HTML: 'html'>
    >>> sniff("A Headline\\n\\nA paragraph of text.")
    <Format.TEXT: 'text'>
    """
    if _HTML_START.match(text):
        return Format.HTML
    if suggested in (Format.MARKDOWN, Format.HTML, Format.PDF):
        return suggested
    if front_matter(text) is not None:
        return Format.MARKDOWN
    first = next((line for line in text.lstrip().splitlines()[:1]), "")
    if re.match(r"#{1,6}\s+\S", first):
        return Format.MARKDOWN
    signs = sum(1 for _ in zip(range(3), _MARKDOWN_SIGNS.finditer(text), strict=False))
    return Format.MARKDOWN if signs >= 3 else Format.TEXT


def parse(text: str, *, format: Format | str | None = None, name: str = "<string>") -> Source:
    """Read an article held in a string.

    Args:
        text: The article.
        format: Its format; ``None`` to tell from the content.
        name: What to call it in errors.
    """
    chosen = Format(format) if format is not None else sniff(text)
    if chosen is Format.HTML:
        return read_html(text, name)
    if chosen is Format.PDF:
        raise LoadError(name, "a PDF is bytes, not a string: read the file with readers.read()")
    metadata = (front_matter(text) if chosen is Format.MARKDOWN else None) or Metadata()
    return Source(text, metadata, chosen, None)


def read(path: str | os.PathLike[str], data: bytes | None = None) -> Source:
    """Read one article file.

    Args:
        path: The file. Its extension suggests the format (see :data:`EXTENSIONS`).
        data: The file's bytes, if already read.

    Raises:
        LoadError: the file cannot be read as an article: it is missing,
            empty, binary, not UTF-8, or needs an optional extra that is not
            installed. The error names the file.
    """
    name = os.fspath(path)
    if data is None:
        data = Path(path).read_bytes()
    suggested = EXTENSIONS.get(Path(name).suffix.casefold(), Format.TEXT)
    if data.startswith(b"%PDF-"):
        return _with_path(read_pdf(data, name), name)
    if suggested is Format.PDF:
        raise BinaryFileError(name, "not a PDF file (it does not start with %PDF-)")
    text = _decode_page(data, name) if suggested is Format.HTML else decode(data, name)
    chosen = sniff(text, suggested)
    return _with_path(parse(text, format=chosen, name=name), name)


_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?(?P<charset>[\w.:-]{1,40})""", re.I)


def _decode_page(data: bytes, name: str) -> str:
    """A saved page's text: UTF-8, or the character set its ``<meta>`` declares."""
    try:
        return decode(data, name)
    except DecodeError:
        declared = _CHARSET.search(data[:4096])
        if declared is None:
            raise
        charset = declared["charset"].decode("ascii")
        try:
            return decode(data.decode(charset).encode("utf-8"), name)
        except (LookupError, UnicodeDecodeError):
            raise DecodeError(
                name, f"not valid UTF-8 nor the declared character set {charset!r}", offset=0
            ) from None


def _with_path(source: Source, name: str) -> Source:
    return Source(source.text, source.metadata, source.format, name)
