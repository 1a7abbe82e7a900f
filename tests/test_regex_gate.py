"""The prefix gate: a lookahead that never turns away a position where the pattern matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from natorussia._regex_gate import gate

PATTERNS = [
    (r"\bsince\s+\d{4}|until\s+\d{4}|(?:the\s+)?year", re.IGNORECASE),
    (r"(?<![\w-])(?:early|mid|late)[\s-]+(?-i:May|June)|\d0['’]?s\b", re.IGNORECASE),
    (r"(?:a|an|the)?\s*(?:[0-9]+|two|three)\s+(?:years?|months?)\s+ago", re.IGNORECASE),
    (r"x*y|[^ab]c|(?=q)qu+x", 0),
    (r"Putin(?:-era|\s+years)|(?P<pair>Reagan[-–]Gorbachev)", 0),
]
ALPHABET = "abcqxyuJM0129 -–'’sincethyearuntlmdoSINCETHYEAR"


def gated(pattern: str, flags: int) -> re.Pattern[str]:
    first = gate(pattern, flags)
    assert first is not None
    return re.compile(f"(?={first})(?:{pattern})", flags)


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
@given(text=st.text(alphabet=ALPHABET, max_size=60))
def test_the_gated_pattern_finds_what_the_pattern_finds(
    pattern: str, flags: int, text: str
) -> None:
    plain = re.compile(pattern, flags)
    assert [m.span() for m in gated(pattern, flags).finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def test_words_the_pattern_cannot_start_with_are_turned_away() -> None:
    first = gate(r"since\s+\d{4}|until\s+\d{4}", re.IGNORECASE)
    assert first is not None
    ahead = re.compile(first, re.IGNORECASE)
    assert ahead.match("Since 1990")
    assert ahead.match("until")
    assert not ahead.match("sinful")
    assert not ahead.match("under")


def test_no_gate_when_any_character_may_start_a_match() -> None:
    assert gate(r"a|.b", 0) is None
    assert gate(r"x?", 0) is None  # an empty match
    assert gate(r"(?i:x)y", 0) is None  # a case-blind part of a case-sensitive pattern
