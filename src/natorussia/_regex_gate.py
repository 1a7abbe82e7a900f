r"""A cheap test of where a long regex may match: the few characters every match starts with.

Python's ``re`` tries the alternatives of a pattern one by one at every
position it is searched from. A pattern of dozens of alternatives (the date
scanner) spends most of its time failing them at words that can start none.
:func:`gate` reads a pattern's syntax tree and gives a regex of the first
``depth`` characters of every way it can match; put in a lookahead before
the pattern, it turns most positions away with a few character tests. The
lookahead only ever rejects positions where the pattern could not match, so
the pattern finds exactly what it found before.

>>> gate(r"\bsince\s+\d{4}|until\s+\d{4}|(?:the\s+)?year", re.IGNORECASE)
'(?:sinc|the[\\s]{1,}|unti|year)'
>>> gate(r"a|.b", 0) is None  # "." can start a match: no gate
True
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = ["gate"]

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
    """One regex of the prefixes, as a prefix tree (a shorter prefix makes the rest optional)."""
    root: dict[str, Any] = {}
    for atoms in prefixes:
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # the shorter prefix already decides
        branches = [atom + emit(child) for atom, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return emit(root)
