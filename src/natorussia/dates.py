"""Find temporal expressions in text and normalise them to FuzzyDate.

INTERFACE STUB — the Dates work fills this in.
"""

from __future__ import annotations

import attrs

from natorussia.fuzzydate import FuzzyDate

__all__ = ["DateMatch", "find_dates"]


@attrs.frozen
class DateMatch:
    """One temporal expression found in a text."""

    span: tuple[int, int]
    text: str
    date: FuzzyDate | None
    relative: bool = False
    anchor: FuzzyDate | None = None


def find_dates(text: str, *, anchor: FuzzyDate | None = None) -> list[DateMatch]:
    """Every temporal expression in ``text``, in order."""
    return []
