"""FuzzyDate: a calendar value of any precision and certainty, in EDTF.

A :class:`FuzzyDate` pairs an honest EDTF string (Library of Congress Extended
Date/Time Format, levels 0 and 1) with inclusive ``earliest``/``latest`` day
bounds. Queries and sorting use the bounds; the EDTF string says what the text
actually committed to.

The EDTF subset read and written here:

=====================  ==========================  =====================
form                   example                     precision
=====================  ==========================  =====================
day                    ``1994-06-22``              day
month                  ``2002-05``                 month
season (21–24)         ``1999-21`` (spring)        season
year                   ``1999``                    year
decade                 ``199X``                    decade
century                ``19XX``                    century
interval               ``1948-06/1949-05``         interval
open interval          ``2014/..``, ``../2014``    interval
=====================  ==========================  =====================

Any single date may carry a qualifier: ``~`` approximate, ``?`` uncertain,
``%`` both; each end of an interval may carry its own (``1947~/1991~``).
Two forms go beyond level 1 and are read and written all the same: a
qualified season (``1999-21~``, from "around the spring of 1999") and
decades or centuries as interval ends (``199X/200X``; find_dates itself
writes those ends as years, ``1990/2009``).

Conventions (EDTF itself leaves these open):

* Seasons are the meteorological northern-hemisphere ones: spring is
  March–May, summer June–August, autumn September–November, and winter
  ``YYYY-24`` is the winter that *begins* in December of ``YYYY`` (so it ends
  at the end of February of the next year).
* A qualifier never widens the bounds: ``1990~`` spans 1990 like ``1990``;
  the flag tells the user the text hedged.
* An open end (``..`` or an empty end) is bounded by :data:`OPEN_START` /
  :data:`OPEN_END` (``0001-01-01`` / ``9999-12-31``). :func:`natorussia.dates.find_dates`
  narrows the open end of "since 2014" to the publication date when it knows it.
* Bounds narrower than the EDTF string (``"mid-2000s"`` is ``200X~`` with
  bounds 2003–2007) are carried by ``earliest``/``latest`` only; the EDTF
  stays what the text can honestly claim.

EDTF is parsed by hand rather than with the ``edtf`` package: the subset is
small, hand parsing is about a hundred times faster (dates are parsed while
loading whole corpora), needs no runtime dependency, and validation is done
with :mod:`datetime` (so ``"2010-02-30"`` is rejected). The test suite checks
every string emitted here against the ``edtf`` package as an independent
oracle.

Examples:
    >>> d = FuzzyDate.from_edtf("1999-21")
    >>> d.precision, d.earliest, d.latest
    (<Precision.SEASON: 'season'>, datetime.date(1999, 3, 1), datetime.date(1999, 5, 31))
    >>> str(FuzzyDate.from_edtf("199X~"))
    '199X~'
    >>> FuzzyDate.from_edtf("1994") < FuzzyDate.from_edtf("1994-06-22")
    True
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from enum import StrEnum

import attrs

from natorussia.errors import DateError

__all__ = ["OPEN_END", "OPEN_START", "FuzzyDate", "Precision"]

#: The earliest bound of an interval open at its start ("until 2014").
OPEN_START = dt.date(1, 1, 1)
#: The latest bound of an interval open at its end ("since 2014").
OPEN_END = dt.date(9999, 12, 31)


class Precision(StrEnum):
    """How finely a :class:`FuzzyDate` pins down its moment."""

    DAY = "day"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    INTERVAL = "interval"


# season code -> (first month, offset in years of the last month, last month)
_SEASONS = {21: (3, 0, 5), 22: (6, 0, 8), 23: (9, 0, 11), 24: (12, 1, 2)}

_SINGLE = re.compile(
    r"""(?x)
    (?:
        (?P<century>\d{2})XX
      | (?P<decade>\d{3})X
      | (?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?
    )
    (?P<qual>[~?%])?
    """
)


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


@attrs.frozen(order=False)
class FuzzyDate:
    """A date of any precision, with inclusive bounds.

    Equality compares the EDTF string, the bounds, the precision and the
    flags, not ``text``. Ordering compares ``(earliest, latest)``.
    ``str(d)`` is ``d.edtf``, so a FuzzyDate can be passed wherever an EDTF
    string is accepted.

    Attributes:
        edtf: The EDTF (levels 0–1) string, e.g. ``"1994-06-22"``, ``"199X"``.
        earliest: First day the expression can mean (inclusive).
        latest: Last day the expression can mean (inclusive).
        precision: How fine the date is.
        text: The expression as written in the source, if it came from text.
        approximate: ``~`` in EDTF ("around 1990").
        uncertain: ``?`` in EDTF.

    Examples:
        >>> d = FuzzyDate.from_edtf("1948-06/1949-05")
        >>> d.earliest, d.latest
        (datetime.date(1948, 6, 1), datetime.date(1949, 5, 31))
        >>> d.contains(FuzzyDate.from_edtf("1948-12-25"))
        True
        >>> sorted([FuzzyDate.from_edtf("2001"), FuzzyDate.from_edtf("199X")])[0].edtf
        '199X'
    """

    edtf: str
    earliest: dt.date
    latest: dt.date
    precision: Precision
    text: str | None = attrs.field(default=None, eq=False)
    approximate: bool = False
    uncertain: bool = False

    def __attrs_post_init__(self) -> None:
        if self.earliest > self.latest:
            raise DateError(self.edtf, f"earliest {self.earliest} is after latest {self.latest}")

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

    def __str__(self) -> str:
        return self.edtf

    @classmethod
    def from_date(cls, day: dt.date, *, text: str | None = None) -> FuzzyDate:
        """A day-precision date.

        >>> FuzzyDate.from_date(dt.date(2022, 2, 24)).edtf
        '2022-02-24'
        """
        return cls(day.isoformat(), day, day, Precision.DAY, text)

    @classmethod
    def from_edtf(cls, s: str, *, text: str | None = None) -> FuzzyDate:
        """Parse an EDTF string of the subset described in the module docstring.

        Args:
            s: The EDTF string (surrounding whitespace is ignored).
            text: The expression as written, kept on the result.

        Raises:
            DateError: ``s`` is not EDTF of this subset, or names an
                impossible day or month (``"2010-02-30"``).

        >>> FuzzyDate.from_edtf("2014/..").latest
        datetime.date(9999, 12, 31)
        >>> FuzzyDate.from_edtf("2010-02-30")
        Traceback (most recent call last):
          ...
        natorussia.errors.DateError: '2010-02-30': day is out of range for month
        """
        if not isinstance(s, str):
            raise DateError(repr(s), "an EDTF date must be a string")
        raw = s.strip()
        if "/" in raw:
            start_s, _, end_s = raw.partition("/")
            if "/" in end_s:
                raise DateError(s, "an interval has exactly one '/'")
            if start_s in ("", "..") and end_s in ("", ".."):
                raise DateError(s, "an interval needs at least one known end")
            if start_s in ("", ".."):
                earliest, start_flags = OPEN_START, (False, False)
            else:
                first = cls._single(start_s, s)
                earliest, start_flags = first.earliest, (first.approximate, first.uncertain)
            if end_s in ("", ".."):
                latest, end_flags = OPEN_END, (False, False)
            else:
                last = cls._single(end_s, s)
                latest, end_flags = last.latest, (last.approximate, last.uncertain)
            if earliest > latest:
                raise DateError(s, "the interval ends before it starts")
            return cls(
                raw,
                earliest,
                latest,
                Precision.INTERVAL,
                text,
                approximate=start_flags[0] or end_flags[0],
                uncertain=start_flags[1] or end_flags[1],
            )
        return attrs.evolve(cls._single(raw, s), text=text)

    @classmethod
    def _single(cls, raw: str, whole: str) -> FuzzyDate:
        m = _SINGLE.fullmatch(raw)
        if m is None:
            raise DateError(whole, "not an EDTF date of a supported form")
        qual = m["qual"] or ""
        approx = qual in ("~", "%")
        uncertain = qual in ("?", "%")
        try:
            if m["century"] is not None:
                c = int(m["century"])
                first, last = dt.date(max(c * 100, 1), 1, 1), dt.date(c * 100 + 99, 12, 31)
                precision = Precision.CENTURY
            elif m["decade"] is not None:
                d = int(m["decade"])
                first, last = dt.date(max(d * 10, 1), 1, 1), dt.date(d * 10 + 9, 12, 31)
                precision = Precision.DECADE
            else:
                year = int(m["year"])
                if year == 0:
                    raise DateError(whole, "year 0 is not supported")
                if m["month"] is None:
                    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
                    precision = Precision.YEAR
                else:
                    month = int(m["month"])
                    if month in _SEASONS:
                        if m["day"] is not None:
                            raise DateError(whole, "a season has no day")
                        start_month, year_offset, end_month = _SEASONS[month]
                        first = dt.date(year, start_month, 1)
                        last = _last_day(year + year_offset, end_month)
                        precision = Precision.SEASON
                    elif m["day"] is None:
                        first = dt.date(year, month, 1)
                        last = _last_day(year, month)
                        precision = Precision.MONTH
                    else:
                        first = last = dt.date(year, month, int(m["day"]))
                        precision = Precision.DAY
        except ValueError as e:  # datetime's own message says what is impossible
            raise DateError(whole, str(e)) from None
        return cls(raw, first, last, precision, None, approximate=approx, uncertain=uncertain)

    @classmethod
    def parse(cls, text: str, *, anchor: FuzzyDate | None = None) -> FuzzyDate:
        """The date of the first temporal expression in ``text``.

        Args:
            text: A short expression such as ``"the late 1990s"``.
            anchor: What relative expressions are resolved against.

        Raises:
            DateError: ``text`` holds no expression that resolves to a date.

        >>> FuzzyDate.parse("the late 1990s").earliest
        datetime.date(1997, 1, 1)
        """
        from natorussia.dates import find_dates  # dates imports this module

        for match in find_dates(text, anchor=anchor):
            if match.date is not None:
                return match.date
        raise DateError(text, "no date found")

    def contains(self, other: FuzzyDate) -> bool:
        """Whether ``other`` lies entirely within this date's bounds.

        >>> FuzzyDate.from_edtf("199X").contains(FuzzyDate.from_edtf("1994-06"))
        True
        """
        return self.earliest <= other.earliest and other.latest <= self.latest

    def overlaps(self, other: FuzzyDate) -> bool:
        """Whether the two dates share at least one day.

        >>> FuzzyDate.from_edtf("1999").overlaps(FuzzyDate.from_edtf("1999-24"))
        True
        """
        return self.earliest <= other.latest and other.earliest <= self.latest
