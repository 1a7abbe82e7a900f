"""From the lines of a file to the blocks the structure stage reads.

A block is what a reader of the page sees as one unit: a paragraph, a
heading, a caption. In text copied from a web page each line is a block;
in a PDF export or a fixed-width archive a paragraph is wrapped over many
lines; in Markdown, ``#``, ``>``, list markers and emphasis mark up the
line. This module turns lines into blocks, in one pass each:

* **markup** (Markdown only): the line's block marker (``#``, ``>``, ``-``)
  is left out of its span, inline emphasis, links and images are read as
  their text; rules, lone HTML tags (``<excerpt/>``) and template shortcodes
  are chrome;
* **page furniture**: lines repeated down the text (running headers and
  footers, with their page numbers) and page markers are chrome;
* **wrapped lines** are joined: a line that ends mid-sentence and is
  continued in lower case, and, in a hard-wrapped text (lines of similar
  length), every line that fills the width, runs on into the next.

Each block keeps the span of its first and last line, so offsets still
refer to the document's text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

import attrs

from natorussia._rules import chrome_matcher

__all__ = ["Block", "Layout", "layout", "lines_of"]


@attrs.frozen
class Block:
    """A line, or lines joined into one unit, with the span of its content."""

    start: int
    end: int
    text: str  # stripped, markup read as text
    indented: bool = False
    heading: bool = False  # a Markdown heading ("# ...")
    item: bool = False  # a list item or a speaker's turn: it starts its own paragraph

    @property
    def blank(self) -> bool:
        return not self.text


@attrs.frozen
class Layout:
    """The blocks of a text and which of them are chrome from the start."""

    blocks: tuple[Block, ...]
    chrome: frozenset[int]
    wrapped: bool


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _line_ends(text: str) -> Iterator[tuple[int, int]]:
    if "\r" not in text:  # line feeds only: str.find is faster than a regex match a line
        at = text.find("\n")
        while at >= 0:
            yield at, at + 1
            at = text.find("\n", at + 1)
    else:
        for match in _LINE_BREAK.finditer(text):
            yield match.start(), match.end()
    yield len(text), len(text)


def lines_of(text: str) -> list[Block]:
    """The lines of ``text`` (split at CRLF, CR or LF), with the spans of their content.

    A run of blank lines is one blank line: what separates blocks is that
    there is a gap, not its height, and a text of a million empty lines then
    costs one block, not a million.

    >>> [(b.start, b.end, b.text) for b in lines_of("A\\n\\n\\n\\n  B\\r\\n")]
    [(0, 1, 'A'), (2, 2, ''), (7, 8, 'B'), (10, 10, '')]
    """
    lines: list[Block] = []
    start = 0
    for end, following in _line_ends(text):
        raw = text[start:end]
        stripped = raw.strip()
        if stripped or not lines or lines[-1].text:
            lead = len(raw) - len(raw.lstrip())
            first = start + lead
            lines.append(Block(first, first + len(stripped), stripped, lead > 0 and bool(stripped)))
        start = following
    return lines


# --- Markdown ---------------------------------------------------------------------------------

_MD_HEADING = re.compile(r"(?P<marks>#{1,6})\s+(?P<text>.*?)(?:\s+#+)?\s*")
_SETEXT = re.compile(r"=+|-+")
_MD_QUOTE = re.compile(r"(?:>\s?)+")
_MD_ITEM = re.compile(r"(?:[-*+]|\d{1,3}[.)])\s+(?=\S)")
_MD_RULE = re.compile(r"(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})")
_MD_TAG_LINE = re.compile(
    r"<!--.*?-->|</?[a-z][\w:-]*(?:\s[^<>]*)?/?>|\{\{[<%].*?[%>]\}\}|\{%.*?%\}|\{\{.*?\}\}|\[\^?toc\]",
    re.IGNORECASE,
)
_MD_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\([^)]*\)(?:\{[^}]*\})?")
_MD_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?:[^()]|\([^)]*\))*\)|\[(?P<ref>[^\]]+)\]\[[^\]]*\]")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(?P<text>.+?)(?<=\S)\1(?!\w)")
_MD_CODE = re.compile(r"`(?P<text>[^`]+)`")
_MD_ESCAPE = re.compile(r"\\(?P<char>[\\`*_{}\[\]()#+\-.!>|])")
_MD_HARD_BREAK = re.compile(r"\\$")


def inline_text(text: str) -> str:
    """A Markdown line's text as read: emphasis, links, images and code as their text.

    >>> inline_text("The **Founding Act** was [signed](https://example.org) in *May 1997*.")
    'The Founding Act was signed in May 1997.'
    """
    text = _MD_IMAGE.sub(lambda m: m["alt"], text)
    text = _MD_LINK.sub(lambda m: m["text"] or m["ref"], text)
    text = _MD_CODE.sub(lambda m: m["text"], text)
    for _ in range(2):  # nested emphasis: ***strong and emphasised***
        text = _MD_EMPHASIS.sub(lambda m: m["text"], text)
    text = _MD_ESCAPE.sub(lambda m: m["char"], text)
    return _MD_HARD_BREAK.sub("", text).strip()


def _markdown(line: Block) -> tuple[Block, bool]:
    """The line with its block marker left out and inline markup read; and whether it is chrome."""
    text = line.text
    if not text:
        return line, False
    if _MD_RULE.fullmatch(text) or _MD_TAG_LINE.fullmatch(text) or _MD_IMAGE.fullmatch(text):
        return line, True
    start, heading, item = line.start, False, False
    quote = _MD_QUOTE.match(text)
    if quote is not None:
        start += quote.end()
        text = text[quote.end() :]
    if (match := _MD_HEADING.fullmatch(text)) is not None:
        start += match.start("text")
        text = match["text"]
        heading = True
    elif (match := _MD_ITEM.match(text)) is not None:
        item = True
        if not match.group()[0].isdigit():  # a numbered item keeps its number (notes are)
            start += match.end()
            text = text[match.end() :]
    read = inline_text(_MD_TAG_LINE.sub("", text))
    if not read:
        return line, bool(text.strip())
    return Block(start, line.end, read, line.indented, heading, item), False


# "…signed in Rome.|alt=Delegates at a long table…]] The council…": wiki markup a conversion left in.
_TEMPLATE = re.compile(r"\|\s*[a-z][a-z_-]{1,30}\s*=.*?(?:\]\]|\}\}(?!\})|$)")


def _without_templates(line: Block) -> tuple[Block, bool]:
    """The line without template parameters; and whether nothing of the text is left."""
    if "=" not in line.text or not _TEMPLATE.search(line.text):
        return line, False
    left = " ".join(_TEMPLATE.sub(" ", line.text).split())
    if len(left.split()) < 4:
        return line, True
    return Block(line.start, line.end, left, line.indented, line.heading, line.item), False


# --- transcripts and plain text ---------------------------------------------------------------

# "THE PRESIDENT:", "MR. KIRBY:", "Q:", "Q.", "MODERATOR:" opening a line: a speaker's turn.
SPEAKER = re.compile(
    r"(?P<speaker>Q|A|QUESTION|ANSWER|(?:[A-Z][A-Z.'’\-]*\s){0,4}[A-Z][A-Z.'’\-]*[A-Z.])(?::|\.(?=\s))\s+(?=\S)"
)
_ITEM = re.compile(
    r"(?:[-*•▪◦–]|\d{1,3}[.)]|\(?[a-z]\))\s+(?=\S)|\[(?:[ivxlcdm]{1,8}|\d{1,3})\]|\^\d|\[\^\w{1,12}\]:"
)
_SENTENCE_END = re.compile(r"[.!?…:;][\"”’')\]]*$|[\"”)]$")
_PAGE_MARKER = re.compile(
    r"(?:-\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*-)?|\f|\[?page \d{1,4}\]?",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
# "ARMS CONTROL TODAY        Page 7", "12      Annual Report": a running head with its page number.
_RUNNING_HEAD = re.compile(
    r"(?:page\s+)?\d{1,4}\s{4,}\S.{0,80}|\S.{0,80}?\s{4,}(?:page\s+)?\d{1,4}", re.IGNORECASE
)


def _repeated(lines: Sequence[Block], skip: set[int]) -> set[int]:
    """Running page headers and footers: short lines that recur, page numbers aside."""
    keys = [_DIGITS.sub("#", line.text).casefold() if line.text else "" for line in lines]
    counts = Counter(k for i, k in enumerate(keys) if k and i not in skip)
    found = set()
    for index, (line, key) in enumerate(zip(lines, keys, strict=True)):
        if index in skip or not key:
            continue
        if (
            _PAGE_MARKER.fullmatch(line.text)
            or _RUNNING_HEAD.fullmatch(line.text)
            or (
                counts[key] >= 3
                and len(line.text) <= 100
                and not _SENTENCE_END.search(line.text)
                and len(line.text.split()) >= 2
                and not lines[index].heading
            )
        ):
            found.add(index)
    return found


def _is_wrapped(lines: Sequence[Block], skip: set[int]) -> tuple[bool, int]:
    """Whether the text is hard-wrapped (lines of similar length), and its width."""
    content = [i for i, line in enumerate(lines) if line.text and i not in skip]
    if len(content) < 8:
        return False, 0
    lengths = sorted(len(lines[i].text) for i in content)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > 140 or width < 30:
        return False, width
    full = sum(1 for n in lengths if n >= 0.6 * width)
    followed = sum(
        1 for i in content if i + 1 < len(lines) and lines[i + 1].text and i + 1 not in skip
    )
    return full >= 0.5 * len(content) and followed >= 0.3 * len(content), width


def _blank_separated(lines: Sequence[Block], skip: set[int]) -> bool:
    """Whether a Markdown text parts its paragraphs with blank lines, as Markdown means.

    Text clipped from a web page often puts one paragraph on each line with no
    blank line between them; there each line stays a paragraph.
    """
    apart = together = 0
    for index, line in enumerate(lines[:-1]):
        if index in skip or len(line.text) < 40 or line.heading or line.item:
            continue
        following = lines[index + 1]
        if following.blank:
            apart += 1
        elif not (following.heading or following.item) and index + 1 not in skip:
            together += 1
    return apart > together


def _starts_lower(text: str) -> bool:
    first = text.lstrip("“\"'‘(")[:1]
    return first.islower()


def _is_chrome(text: str) -> bool:
    return chrome_matcher().any(text)


def _continues(
    previous: Block, line: Block, wrapped: bool, width: int, first: bool, soft: bool = False
) -> bool:
    if line.heading or line.item or previous.heading or SPEAKER.match(line.text):
        return False
    if _ITEM.match(line.text) or _PAGE_MARKER.fullmatch(line.text):
        return False
    open_sentence = not _SENTENCE_END.search(previous.text)
    joins = (
        (open_sentence and _starts_lower(line.text) and len(previous.text) >= 15)
        or soft  # Markdown: the lines of a paragraph run on until a blank line
        or (
            wrapped
            and len(previous.text) >= 0.75 * width
            and not (first and _headline(previous.text))
        )
    )
    # "Rate this article" / "(no votes)": lines of chrome stay apart.
    return joins and not (_is_chrome(previous.text) or _is_chrome(line.text))


_HYPHENATED = re.compile(r"[^\W\d_]{2}-$")
_CONTENT_WORD = re.compile(r"[^\W\d_][\w’'\-]{3,}")


def _headline(text: str) -> bool:
    """A line in headline case ("Remarks by the President at a Press Conference")."""
    words = _CONTENT_WORD.findall(text)
    return len(words) >= 2 and sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words)


def _join(first: Block, text: str, last: Block) -> Block:
    return Block(first.start, last.end, text, first.indented, first.heading, first.item)


def layout(
    text: str, *, markdown: bool = False, front_matter: int = 0, paged: bool = False
) -> Layout:
    """The blocks of ``text`` and the chrome found while making them.

    Args:
        text: The document's text.
        markdown: Read Markdown markup.
        front_matter: Where the front matter ends (its lines are chrome).
        paged: The text comes in pages (a PDF): look for running headers
            and footers even if the lines are not wrapped.

    >>> result = layout("A Title\\n\\nThe treaty was signed\\nin Paris by both sides.\\n")
    >>> [b.text for b in result.blocks if b.text]
    ['A Title', 'The treaty was signed in Paris by both sides.']
    """
    raw = lines_of(text)
    chrome_raw: set[int] = {
        i for i, line in enumerate(raw) if line.text and line.start < front_matter
    }
    lines: list[Block] = []
    for index, line in enumerate(raw):
        if markdown and index not in chrome_raw:
            above = lines[-1] if lines else None
            if (
                _SETEXT.fullmatch(line.text)
                and above is not None
                and above.text
                and index - 1 not in chrome_raw
                and not above.item
            ):
                # "Heading" over "=======" or "-------": a setext heading.
                lines[-1] = attrs.evolve(above, heading=True)
                chrome_raw.add(index)
                lines.append(line)
                continue
            line, is_chrome = _markdown(line)
            if is_chrome:
                chrome_raw.add(index)
        line, is_chrome = _without_templates(line)
        if is_chrome:
            chrome_raw.add(index)
        lines.append(line)
    soft = markdown and _blank_separated(lines, chrome_raw)
    wrapped, width = _is_wrapped(lines, chrome_raw)
    if wrapped or paged:
        # Running headers and footers belong to pages: a PDF export or a wrapped archive.
        chrome_raw |= _repeated(lines, chrome_raw)
        wrapped, width = _is_wrapped(lines, chrome_raw)
    blocks: list[Block] = []
    chrome: set[int] = set()
    current: list[Block] = []  # the lines of the open block
    pending: list[Block] = []  # chrome met inside the open block

    def flush() -> None:
        if current:
            joined = current[0].text
            for line in current[1:]:
                # "secu-" / "rity": a word broken at the line's end is joined again.
                broken = _HYPHENATED.search(joined) and line.text[:1].islower()
                joined = joined[:-1] + line.text if broken else joined + " " + line.text
            blocks.append(_join(current[0], joined, current[-1]))
        for line in pending:
            chrome.add(len(blocks))
            blocks.append(line)
        current.clear()
        pending.clear()

    for index, line in enumerate(raw):
        line = lines[index]
        if index in chrome_raw:
            if current and wrapped:
                pending.append(line)  # a page header inside a paragraph does not end it
            else:
                flush()
                chrome.add(len(blocks))
                blocks.append(line)
            continue
        if line.blank:
            if current and wrapped and _page_break(text, raw, index):
                continue
            flush()
            blocks.append(line)
            continue
        if current and _continues(current[-1], line, wrapped, width, len(current) == 1, soft):
            current.append(line)
            continue
        if current and markdown and current[-1].heading and _heading_runs_on(lines, index):
            current.append(line)
            continue
        flush()
        current.append(line)
    flush()
    return Layout(tuple(blocks), frozenset(chrome), wrapped)


def _page_break(text: str, raw: Sequence[Block], index: int) -> bool:
    """A blank line that holds a form feed (a PDF's page break) inside a paragraph."""
    previous_end = raw[index - 1].end if index else 0
    following = raw[index + 1].start if index + 1 < len(raw) else len(text)
    return "\f" in text[previous_end:following] and not _SENTENCE_END.search(
        raw[index - 1].text if index else ""
    )


def _heading_runs_on(lines: Sequence[Block], index: int) -> bool:
    """A Markdown headline wrapped by a clipper: a short unpunctuated line, then a blank."""
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (
        len(line.text.split()) <= 4
        and not _SENTENCE_END.search(line.text)
        and (following is None or following.blank)
    )
