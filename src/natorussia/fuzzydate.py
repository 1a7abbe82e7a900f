"""FuzzyDate: a calendar value of any precision and certainty, in EDTF.

INTERFACE STUB — the Dates work completes this module (parsing of every EDTF
level 0/1 form, seasons, decades, intervals, validation).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import attrs

__all__ = ["FuzzyDate", "Precision"]


class Precision(StrEnum):
    """How finely a :class:`FuzzyDate` pins down its moment."""

    DAY = "day"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    INTERVAL = "interval"


@attrs.frozen(order=False)
class FuzzyDate:
    """A date of any precision, with inclusive bounds.

    Attributes:
        edtf: The EDTF (levels 0–1) string, e.g. ``"1994-06-22"``, ``"199X"``.
        earliest: First day the expression can mean (inclusive).
        latest: Last day the expression can mean (inclusive).
        precision: How fine the date is.
        text: The expression as written in the source, if it came from text.
        approximate: ``~`` in EDTF ("around 1990").
        uncertain: ``?`` in EDTF.
    """

    edtf: str
    earliest: dt.date
    latest: dt.date
    precision: Precision
    text: str | None = attrs.field(default=None, eq=False)
    approximate: bool = False
    uncertain: bool = False

    def _key(self) -> tuple[dt.date, dt.date]:
        return (self.earliest, self.latest)

    def __lt__(self, other: FuzzyDate) -> bool:
        return self._key() < other._key()

    def __le__(self, other: FuzzyDate) -> bool:
        return self._key() <= other._key()

    def __gt__(self, other: FuzzyDate) -> bool:
        return self._key() > other._key()

    def __ge__(self, other: FuzzyDate) -> bool:
        return self._key() >= other._key()

    @classmethod
    def from_date(cls, day: dt.date, *, text: str | None = None) -> FuzzyDate:
        """A day-precision date."""
        return cls(day.isoformat(), day, day, Precision.DAY, text)
