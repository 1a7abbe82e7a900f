"""Sentence and clause segmentation with character offsets into the full text.

A full stop ends a sentence only when it is followed by whitespace and by
something that can start a sentence (a capital letter, a digit, an opening
quote or bracket). Abbreviations decide the hard cases:

* titles ("Dr.", "St.", "Gen.") and Latin shorthands ("i.e.", "e.g.",
  "cf.") never end a sentence;
* number abbreviations ("no.", "p.", "Sept.", "Art.") end one only when no
  number follows;
* dotted acronyms ("U.S."), initials ("James M. Goldgeier") and "etc." end
  a sentence only when the next word is a usual sentence opener ("The",
  "However", "In" …), so "the U.S. Ambassador" stays whole.

Closing quotes and brackets after the stop, and footnote markers such as
"[iv]" or " [2]", belong to the sentence they close. A line break ends a
sentence unless it is a hard wrap: the line before it is as long as a wrapped
line of running text, or the next line goes on in lower case (speeches and
plain-text reports are often wrapped at 70 or 80 characters).

Clauses: :func:`split_clauses` cuts a sentence at semicolons, dashes,
parentheses and comma-introduced conjunctions, labelling each piece so that
the event finder knows which clause a date sits in.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Final

import attrs

from natorussia.model import Span

__all__ = ["Clause", "ClauseRole", "split_clauses", "split_sentences"]

# A terminator, the quotes/brackets it closes, then footnote markers.
_END = re.compile(
    r"(?=[.!?…])(?:[.!?]+|…)"
    r"[\"”’'»)\]]*"
    r"(?:\s?\[(?:\d{1,3}|[ivxlcdm]{1,8})\])*"
    r"(?=\s|$)",
)
_NEXT = re.compile(r"\s+(\S)")
_NEXT_WORD = re.compile(r"[\w']+")
_WORD_BEFORE = re.compile(r"([\w.]+?)\.?[\"”’'»)\]]*$")

# Never end a sentence: the next word belongs to them.
_NEVER = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "messrs",
        "dr",
        "prof",
        "st",
        "sts",
        "gen",
        "col",
        "lt",
        "capt",
        "cmdr",
        "adm",
        "sgt",
        "maj",
        "brig",
        "sen",
        "rep",
        "gov",
        "rev",
        "hon",
        "pres",
        "amb",
        "supt",
        "mt",
        "ft",
        "vs",
        "cf",
        "viz",
        "approx",
        "ca",
        "e.g",
        "i.e",
        "eg",
        "ie",
        "incl",
    ]
)
# End a sentence unless a number follows ("no. 5", "Sept. 11", "p. 633").
_BEFORE_NUMBER = frozenset(
    [
        "no",
        "nos",
        "p",
        "pp",
        "vol",
        "vols",
        "art",
        "arts",
        "fig",
        "ch",
        "sec",
        "para",
        "paras",
        "ed",
        "eds",
        "nr",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
# End a sentence only when a usual sentence opener follows.
_CONDITIONAL = frozenset(["etc", "al", "inc", "ltd", "co", "corp", "jr", "sr", "bros"])
_OPENERS = frozenset(
    [
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "in",
        "on",
        "at",
        "but",
        "however",
        "and",
        "he",
        "she",
        "they",
        "we",
        "i",
        "a",
        "an",
        "as",
        "after",
        "before",
        "when",
        "while",
        "since",
        "there",
        "their",
        "our",
        "his",
        "her",
        "such",
        "thus",
        "therefore",
        "moreover",
        "yet",
        "so",
        "then",
        "if",
        "although",
        "though",
        "for",
        "with",
        "by",
        "from",
        "to",
        "of",
        "today",
        "now",
        "later",
        "meanwhile",
        "nevertheless",
        "instead",
        "also",
        "what",
        "why",
        "how",
        "who",
        "where",
        "one",
        "two",
        "some",
        "many",
        "most",
        "all",
        "each",
        "both",
        "no",
        "not",
        "nor",
        "neither",
        "either",
        "even",
        "only",
        "still",
    ]
)
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}$")


def _ends_sentence(text: str, stop: int, after: int, limit: int) -> bool:
    """Whether the terminator at ``text[stop]`` (a full stop) ends a sentence.

    ``after`` is where the text following the terminator group starts.
    """
    nxt = _NEXT.match(text, after, limit)
    if nxt is None:
        return True
    first = nxt.group(1)
    if not (first.isupper() or first.isdigit() or first in "“\"‘'([«¿¡" or _is_foreign(first)):
        return False
    if text[stop] != ".":
        return True
    # Look at the word the stop ends.
    start = stop
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in '(“"':
        start -= 1
    token = text[start : stop + 1]
    word = token[:-1].casefold()
    next_word = _NEXT_WORD.match(text[nxt.start(1) : nxt.start(1) + 30])
    opener = next_word.group(0).casefold() if next_word else ""
    if word in _NEVER or word.rstrip(".") in _NEVER:
        return False
    if word in _BEFORE_NUMBER:
        return not first.isdigit()
    initial = len(token) == 2 and token[0].isupper()
    if word in _CONDITIONAL or initial or _DOTTED_ACRONYM.search(token):
        return opener in _OPENERS
    return True


def _is_foreign(char: str) -> bool:
    # Capitalised Cyrillic and other scripts count as sentence starts.
    return char.isalpha() and not char.isascii() and char == char.upper() and char != char.lower()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` as spans into ``text``, trimmed of whitespace.

    Args:
        text: The full text (spans index into it).
        start: Where to begin.
        end: Where to stop (default: the end of ``text``).

    Returns:
        Half-open ``(start, end)`` spans, in order, none empty.

    Examples:
        >>> t = "In 2002, the U.S. Ambassador met Dr. Smith. Then he left."
        >>> [t[a:b] for a, b in split_sentences(t)]
        ['In 2002, the U.S. Ambassador met Dr. Smith.', 'Then he left.']
        >>> t = "It was signed.[iv] Later, James M. Goldgeier wrote (p. 5) more."
        >>> [t[a:b] for a, b in split_sentences(t)]
        ['It was signed.[iv]', 'Later, James M. Goldgeier wrote (p. 5) more.']
    """
    stop_at = len(text) if end is None else min(end, len(text))
    spans: list[Span] = []
    piece_start = line_start = start
    while line_start < stop_at:
        line_end = text.find("\n", line_start, stop_at)
        if line_end < 0:
            line_end = stop_at
        if line_end == stop_at or not _wrapped(text, line_start, line_end, stop_at):
            _split_line(text, piece_start, line_end, spans)
            piece_start = line_end + 1
        line_start = line_end + 1
    return spans


# A line at least this long, broken before its sentence ends, was wrapped
# (text wrapped at 60 to 80 characters leaves lines of 45 and more).
_WRAP_WIDTH: Final = 45
_NEXT_LINE: Final = re.compile(r"[ \t\xa0]*(\S)")


def _wrapped(text: str, start: int, end: int, limit: int) -> bool:
    """Whether the line break at ``text[end]`` is a hard wrap inside running text."""
    nxt = _NEXT_LINE.match(text, end + 1, limit)
    if nxt is None:  # a blank line ends a paragraph
        return False
    first = nxt.group(1)
    if first in "-•*–—#>|":  # a list item or a table row
        return False
    if first.islower():
        return True
    line = text[start:end].strip()
    return len(line) >= _WRAP_WIDTH and not line.endswith(":")


def _split_line(text: str, start: int, end: int, out: list[Span]) -> None:
    begin = start
    for m in _END.finditer(text, start, end):
        if not _ends_sentence(text, m.start(), m.end(), end):
            continue
        _append_trimmed(text, begin, m.end(), out)
        begin = m.end()
    _append_trimmed(text, begin, end, out)


def _append_trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


class ClauseRole(StrEnum):
    """How a clause hangs on the rest of its sentence."""

    MAIN = "main"
    """The sentence's first clause, or one after a semicolon."""
    COORDINATE = "coordinate"
    """Joined by ", and", ", as well as", ", but", ", or" — may elide the verb."""
    SUBORDINATE = "subordinate"
    """", which", ", when", ", while", ", who", ", where" … up to the next comma."""
    PARENTHETICAL = "parenthetical"
    """Inside brackets or between dashes."""


@attrs.frozen
class Clause:
    """One clause of a sentence.

    Attributes:
        span: Where it sits in the full text (the parenthetical's brackets excluded).
        role: How it hangs on the sentence.
        depth: Bracket nesting depth (0 outside brackets).
        group: Index of the semicolon-separated part of the sentence it is in.
    """

    span: Span
    role: ClauseRole
    depth: int = 0
    group: int = 0


_COORD = r",\s+(?:and|as\s+well\s+as|but|or|yet|and\s+then|then)\b"
_SUBORD = (
    r",\s+(?:(?:which|when|while|who|whom|whose|where|whereas|although|though|since|because"
    r"|(?:(?:shortly|soon|just|right|immediately|long|years|months|days)\s+)?(?:after|before)"
    r"|as\s+a\s+result\s+of\s+which)\b"
    # An aside opened by a past participle and a preposition: "The Treaty, signed in
    # Paris in 1990, …" (not a main verb after an aside: "Daalder, …, proposed to").
    r"|(?=[a-z]+ed\s+(?:in|on|at|by|during|under|after|before|from|with)\b))"
)
# The lookahead on the characters a cut can start with lets the engine pass over
# most positions with one set test instead of trying every alternative.
_CUT = re.compile(
    r"(?=[;,()\[\]\s])"
    rf"(?:(?P<semi>;)|(?P<coord>{_COORD})|(?P<sub>{_SUBORD})|(?P<open>[(\[])|(?P<close>[)\]])"
    r"|(?P<dash>\s[–—]\s)|(?P<comma>,))"
)


def split_clauses(text: str, span: Span, *, min_bracket_words: int = 3) -> list[Clause]:
    """Cut the sentence at ``span`` into clauses.

    Brackets holding at least ``min_bracket_words`` words open a parenthetical
    clause that ends at the matching bracket; the text after it continues the
    clause it interrupted (as a new piece with the same role). Shorter
    brackets — an acronym "(NACC)", a year "(2009)" — stay inside their
    clause. A subordinate clause introduced by a comma runs to the
    next comma at its level. A dash opens a parenthetical that a second dash
    closes.

    Examples:
        >>> t = "NATO grew (as it did in 1999), as well as later, which surprised many, so be it; fine."
        >>> [(t[a:b], c.role.value) for c in split_clauses(t, (0, len(t))) for a, b in [c.span]]
        ... # doctest: +NORMALIZE_WHITESPACE
        [('NATO grew', 'main'), ('as it did in 1999', 'parenthetical'),
         ('as well as later', 'coordinate'), ('which surprised many', 'subordinate'),
         ('so be it', 'main'), ('fine.', 'main')]
    """
    start, end = span
    clauses: list[Clause] = []
    # Stack of roles to resume after a bracket or dash closes.
    stack: list[ClauseRole] = []
    role = ClauseRole.MAIN
    in_subordinate = False
    dash_open = False
    group = 0
    piece = start
    # Brackets too short to be clauses, skipped by the cutter.
    inline = _inline_brackets(text, start, end, min_bracket_words)

    def emit(a: int, b: int, r: ClauseRole) -> None:
        while a < b and (text[a].isspace() or text[a] in ",;"):
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            clauses.append(Clause((a, b), r, len(stack), group))

    for m in _CUT.finditer(text, start, end):
        kind = m.lastgroup
        if (kind == "open" or kind == "close") and m.start() in inline:
            continue
        if kind == "comma":
            if in_subordinate and not stack:
                emit(piece, m.start(), role)
                piece = m.end()
                role = ClauseRole.MAIN
                in_subordinate = False
            continue
        if kind == "open":
            emit(piece, m.start(), role)
            stack.append(role)
            role = ClauseRole.PARENTHETICAL
            piece = m.end()
        elif kind == "close":
            if not stack:
                continue
            emit(piece, m.start(), role)
            role = stack.pop()
            piece = m.end()
        elif kind == "dash":
            emit(piece, m.start(), role)
            if dash_open and stack:
                role = stack.pop()
                dash_open = False
            else:
                stack.append(role)
                role = ClauseRole.PARENTHETICAL
                dash_open = True
            piece = m.end()
        elif stack:
            # Conjunctions inside brackets do not cut the bracket.
            continue
        elif kind == "semi":
            emit(piece, m.start(), role)
            group += 1
            role = ClauseRole.MAIN
            in_subordinate = False
            piece = m.end()
        elif kind == "coord":
            emit(piece, m.start(), role)
            role = ClauseRole.COORDINATE
            in_subordinate = False
            piece = m.start() + 1
        elif kind == "sub":
            emit(piece, m.start(), role)
            role = ClauseRole.SUBORDINATE
            in_subordinate = True
            piece = m.start() + 1
    emit(piece, end, role)
    return clauses


_WORDS = re.compile(r"\w+")
_BRACKET = re.compile(r"[()\[\]]")


def _inline_brackets(text: str, start: int, end: int, min_words: int) -> set[int]:
    """Offsets of the brackets (both ends) whose content has fewer than ``min_words`` words."""
    inline: set[int] = set()
    opened: list[int] = []
    for m in _BRACKET.finditer(text, start, end):
        i = m.start()
        if m.group() in "([":
            opened.append(i)
        elif opened:
            o = opened.pop()
            if len(_WORDS.findall(text, o + 1, i)) < min_words:
                inline.update((o, i))
    return inline
