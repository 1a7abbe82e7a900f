"""Names folded for comparison: surnames, head words, acronyms that fit a name.

Pure functions shared by the recognisers and the cross-document merge.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

from natorussia._text import fold

__all__ = ["surname_key"]


# Romanisations of one Slavic surname differ in a few regular places.
_TRANSLIT: Final = (
    (re.compile(r"(?:yy|iy|ii|yi)\b"), "y"),  # Zelenskyy, Zelenskiy -> zelensky
    (re.compile(r"ych"), "ich"),  # Yanukovych -> yanukovich
    (re.compile(r"(?<=[aeiou])y(?=[^aeiouy\W])"), "i"),  # Shoygu -> shoigu
)


@functools.lru_cache(maxsize=16384)
def surname_key(word: str) -> str:
    """A surname folded for case, accents and common romanisation variants.

    >>> surname_key("Zelenskyy") == surname_key("Zelensky") == surname_key("Zelenskiy")
    True
    >>> surname_key("Yanukovych") == surname_key("Yanukovich"), surname_key("Shoygu")
    (True, 'shoigu')
    >>> surname_key("Yeltsin"), surname_key("Wałęsa")
    ('yeltsin', 'walesa')
    """
    key = fold(word)
    for pattern, replacement in _TRANSLIT:
        key = pattern.sub(replacement, key)
    return key


def _add_unique(items: list[str], value: str) -> None:
    if value and value not in items:
        items.append(value)


_COMPLEMENT = re.compile(r"\s+(?:of|for|on|between|in)\s")


@functools.lru_cache(maxsize=8192)
def _name_head(name: str) -> str:
    """The head word of a name: its last word before any complement.

    >>> _name_head("Organization for Security and Co-operation in Europe")
    'Organization'
    >>> _name_head("North Atlantic Treaty Organization"), _name_head("NATO-Russia Council")
    ('Organization', 'Council')
    """
    core = _COMPLEMENT.split(name, maxsplit=1)[0]
    return core.rsplit(None, 1)[-1] if core.strip() else name


def _head_key(word: str) -> str:
    """A head word with British and American spellings made one.

    >>> _head_key("Organisation") == _head_key("organization"), _head_key("Programme")
    (True, 'program')
    """
    key = word.lower().replace("isation", "ization")
    return "program" if key == "programme" else key


def _near_fit(acronym: str, words: Sequence[str]) -> bool:
    """Whether ``acronym`` may abbreviate ``words`` in another language: two to six
    capitals, the first and at least half of them initials of the words.

    >>> _near_fit("IFS", ["Norwegian", "Institute", "for", "Defence", "Studies"])
    True
    >>> _near_fit("QZX", ["Warsaw", "Forum"]), _near_fit("GRU", ["Main", "Directorate"])
    (False, False)
    """
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return False
    initials = {p[0].upper() for w in words for p in w.split("-") if p}
    hits = sum(1 for c in acronym if c in initials)
    return acronym[0] in initials and 2 * hits >= len(acronym)


def _fits(acronym: str, words: Sequence[str]) -> bool:
    """Whether ``acronym`` abbreviates ``words``: its capitals are their initials, in order.

    >>> _fits("NACC", ["North", "Atlantic", "Cooperation", "Council"])
    True
    >>> _fits("PfP", ["Partnership", "for", "Peace"])
    True
    >>> _fits("EAPC", ["Euro-Atlantic", "Partnership", "Council"])
    True
    >>> _fits("MTC", ["Russia"])
    False
    """
    initials = [p[0].upper() for w in words for p in w.split("-") if p]
    letters = [c for c in acronym.upper() if c.isalpha()]
    if not letters or not initials or initials[0] != letters[0]:
        return False
    it = iter(initials)
    if not all(any(c == x for x in it) for c in letters):
        return False
    capitals = [p[0] for w in words for p in w.split("-") if p and p[0].isupper()]
    return len(letters) >= max(2, len(capitals) - 1)
