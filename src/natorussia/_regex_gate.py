r"""A cheap test of where a long regex may match: the few characters every match starts with.

Python's ``re`` tries the alternatives of a pattern one by one at every
position it is searched from. A pattern of dozens of alternatives (the date
scanner) spends most of its time failing them at words that can start none.
:func:`gate` reads a pattern's syntax tree and gives a regex of the first
``depth`` characters of every way it can match; put in a lookahead before
the pattern, it turns most positions away with a few character tests. The
lookahead only ever rejects positions where the pattern could not match, so
the pattern finds exactly what it found before.

:func:`required_strings` reads the same tree for the strings a line must hold
for a pattern that opens with a stretch of any length (the page-chrome rules of
:mod:`natorussia._rules`), so that a line without them is not tried. Both read
the standard library's private parser, in this one module.

>>> gate(r"\bsince\s+\d{4}|until\s+\d{4}|(?:the\s+)?year", re.IGNORECASE)
'(?:sinc|the[\\s]{1,}|unti|year)'
>>> gate(r"a|.b", 0) is None  # "." can start a match: no gate
True
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

from natorussia._text import atom_trie

__all__ = ["case_blind_partners", "gate", "required_strings"]

# The standard library's regex parser (``sre_parse`` before Python 3.11, deprecated since).
# It is private: where it is missing or reads differently, no gate is made and the
# patterns run as written.
_parser: Any
_c: Any
try:
    _parser = importlib.import_module("re._parser")
    _c = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - a Python without re._parser
    _parser = _c = None

# A prefix: the regex atoms of its characters, and whether the match may go on
# after them with more known characters (False: anything may follow).
_Prefix = tuple[tuple[str, ...], bool]


def gate(pattern: str, flags: int, depth: int = 4) -> str | None:
    """A regex that matches at every position where ``pattern`` matches (None: no such test).

    It is to be compiled with the same ``flags``, in a lookahead.
    """
    if _parser is None:
        return None
    try:
        tree = _parser.parse(pattern, flags)
        prefixes = _sequence(tree.data, depth, flags)
    except (_Unknown, AttributeError, TypeError, ValueError):
        return None  # a construct, or a parser, this reading does not know
    if any(all(_OPTIONAL.search(atom) for atom in atoms) for atoms, _ in prefixes):
        return None  # some match can start with any character
    return _tree(sorted({atoms for atoms, _ in prefixes}))


# An atom that may match nothing: a run of a character class that may be empty ("x*").
_OPTIONAL = re.compile(r"\{0,\d*\}$")


class _Unknown(Exception):
    """A construct the gate does not read; no gate is made."""


def _sequence(items: Any, depth: int, flags: int) -> set[_Prefix]:
    """The prefixes (at most ``depth`` atoms) of a sequence of syntax-tree items."""
    found: set[_Prefix] = {((), True)}
    for op, av in items:
        grown: set[_Prefix] = set()
        for atoms, more in found:
            if not more or len(atoms) >= depth:
                grown.add((atoms, False))
                continue
            for tail, tail_more in _item(op, av, depth - len(atoms), flags):
                grown.add((atoms + tail, tail_more))
        found = grown
        if not any(more and len(atoms) < depth for atoms, more in found):
            break
    return found


def _item(op: Any, av: Any, depth: int, flags: int) -> set[_Prefix]:
    if op is _c.LITERAL:
        return {((re.escape(chr(av)),), True)}
    if op is _c.IN:
        return {(("[" + "".join(_class_item(x) for x in av) + "]",), True)}
    if op is _c.SUBPATTERN:
        _, add_flags, _, sub = av
        if add_flags & re.IGNORECASE and not flags & re.IGNORECASE:
            raise _Unknown  # the gate, compiled case-sensitively, would miss matches
        return _sequence(sub.data, depth, flags)
    if op is _c.ATOMIC_GROUP:
        return _sequence(av.data, depth, flags)
    if op is _c.BRANCH:
        return {p for alternative in av[1] for p in _sequence(alternative.data, depth, flags)}
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = av
        if len(sub.data) == 1 and sub.data[0][0] in (_c.LITERAL, _c.IN):
            # A run of one character class ("\s+") is one atom of the gate, which goes on
            # after it: "the\s+year" is told from "the\s+war".
            one_op, one_av = sub.data[0]
            ((atom,), _), *_ = _item(one_op, one_av, 1, flags)
            most = "" if high == _c.MAXREPEAT else str(high)
            return {((f"{atom}{{{low},{most}}}",), True)}
        # One repetition's prefixes, then anything: further repetitions are not followed.
        once = {(atoms, False) for atoms, _ in _sequence(sub.data, depth, flags)}
        return once | {((), True)} if low == 0 else once
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {((), True)}  # zero-width: what follows starts the match
    return {((), False)}  # any other construct: anything may start here


_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _class_item(item: tuple[Any, Any]) -> str:
    op, av = item
    if op is _c.NEGATE:
        return "^"
    if op is _c.LITERAL:
        return re.escape(chr(av))
    if op is _c.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is _c.CATEGORY and str(av) in _CATEGORIES:
        return _CATEGORIES[str(av)]
    raise _Unknown


def _tree(prefixes: list[tuple[str, ...]]) -> str:
    """One regex of the prefixes, as a prefix tree; a prefix that a shorter one begins is
    left out, since the shorter already decides."""
    kept = [p for p in prefixes if not any(q != p and p[: len(q)] == q for q in prefixes)]
    return atom_trie(kept)


# The strings a line must hold: the gate of the page-chrome rules (natorussia._rules).


def required_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """For a pattern that opens with a stretch of any length ("(?:.*\\s)?categor…"),
    strings in lower case one of which a line must hold for the pattern to match it;
    ``None`` for other patterns, or when no such strings are found.

    Read from the parsed pattern (``re._parser``, the standard library's own
    parser); should that change, no rule is gated, which only costs time.

    >>> sorted(required_strings(re.compile(r".{0,80}\\b(?:cookies?)\\b.*", re.I)))
    ['cookie']
    >>> sorted(required_strings(re.compile(r"[^»]{1,40}(?:\\s*[»›]\\s*\\w+){1,6}")))
    ['»', '›']
    >>> print(required_strings(re.compile(r"share( this)?")), required_strings(re.compile(r".{8,400}[.]\\s+(?:AP|AFP)")))
    None None
    """
    try:
        items = list(_parser.parse(pattern.pattern, pattern.flags).data)
        if not items or not _open_stretch(items[0]):
            return None
        found = _needed(items[1:])
    except Exception:  # a parser of another Python version: no gate
        return None
    if found is None or not all(all(len(c.lower()) == 1 for c in n) for n in found):
        return None
    return frozenset(n.lower() for n in found)


def _open_stretch(item: tuple[Any, Any]) -> bool:
    """Whether a pattern's first item is a stretch of forty or more of almost any character:
    ".{8,400}", "[^»›]{1,40}", or an optional "(?:.*\\s)?"."""
    c = _c
    op, av = item
    if op not in (c.MAX_REPEAT, c.MIN_REPEAT):
        return False
    body = list(av[2].data)
    if len(body) == 1:
        inner_op, inner_av = body[0]
        wide = inner_op in (c.ANY, c.NOT_LITERAL) or (
            inner_op is c.IN and bool(inner_av) and inner_av[0][0] is c.NEGATE
        )
        return wide and av[1] >= 40
    return av[0] == 0 and bool(body) and _open_stretch(body[0])  # "(?:.*\\s)?"


def _needed(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Strings one of which a match of the sequence ``items`` holds (the first found)."""
    c = _c
    run: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if _rare(run):
            return frozenset({"".join(run)})
        run = []
        found: frozenset[str] | None = None
        if op is c.SUBPATTERN:
            found = _needed(list(av[-1].data))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            found = _needed(list(av[2].data))
        elif op is c.BRANCH:
            each = [_needed(list(branch.data)) for branch in av[1]]
            if each and all(e is not None for e in each):
                found = frozenset().union(*(e for e in each if e is not None))
        elif op is c.IN and all(o is c.LITERAL for o, _ in av):
            chars = [chr(v) for _, v in av]
            if all(_rare([ch]) for ch in chars):
                found = frozenset(chars)
        if found is not None:
            return found
    return frozenset({"".join(run)}) if _rare(run) else None


def _rare(chars: list[str]) -> bool:
    """Whether a string is rare enough in lines to tell them apart: three characters or
    more, or one that is not ASCII ("»")."""
    return len(chars) >= 3 or (len(chars) >= 1 and not "".join(chars).isascii())


def case_blind_partners(needed: Iterable[str]) -> str | None:
    """The characters that case-blind matching reads as one of the characters of ``needed``
    while ``str.lower`` does not: "İ" (which lowers to two characters) for "i", and
    the engine's extra cases ("ı" for "i", "ſ" for "s"). ``None`` without the
    engine's table of extra cases (then only ASCII lines are gated)."""
    try:
        extra: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
    except Exception:  # another Python version: the safe side
        return None
    apart: set[str] = set()
    for char in {c.lower() for n in needed for c in n}:
        if char == "i":
            apart.add("\u0130")
        for code in extra.get(ord(char), ()):
            partner = chr(code)
            apart |= {f for f in (partner, partner.upper()) if f.lower() == partner}
    return "".join(sorted(apart))
