"""FuzzyDate: a calendar value of any precision and certainty, in EDTF.

A :class:`FuzzyDate` pairs an honest EDTF string (Library of Congress Extended
Date/Time Format, levels 0 and 1) with inclusive ``earliest``/``latest`` day
bounds. Queries and sorting use the bounds; the EDTF string says what the text
actually committed to.

Every form of EDTF levels 0 and 1 is read (the user guide's *EDTF* page has
the full table with bounds):

=========================  ===============================  ==========
form                       example                          precision
=========================  ===============================  ==========
day                        ``1994-06-22``                   day
date and time              ``1985-04-12T23:20:30+04:30``    day
month                      ``2002-05``                      month
season (21–24)             ``1999-21`` (spring)             season
year                       ``1999``, ``-0985``, ``0000``    year
long year                  ``Y170000002``, ``Y-170000002``  year
unspecified day            ``1985-04-XX``                   month
unspecified month (, day)  ``2004-XX``, ``1985-XX-XX``      year
decade                     ``199X``                         decade
century                    ``19XX``                         century
interval                   ``1948-06/1949-05``              interval
open / unknown end         ``2014/..``, ``../2014``,        interval
                           ``2014/``, ``/2014``
=========================  ===============================  ==========

Any date (but not a date and time) may carry a qualifier: ``~`` approximate,
``?`` uncertain, ``%`` both; each end of an interval may carry its own
(``1947~/1991~``). Two forms go beyond level 1 and are read and written all
the same: a qualified season (``1999-21~``, from "around the spring of
1999") and unspecified digits at an interval end (``199X/200X``,
``2004-06-XX/2004-07-03``, which the specification shows at level 2;
find_dates itself writes such ends as years, ``1990/2009``).

Conventions (EDTF itself leaves these open):

* Seasons are the meteorological northern-hemisphere ones: spring is
  March–May, summer June–August, autumn September–November, and winter
  ``YYYY-24`` is the winter that *begins* in December of ``YYYY`` (so it ends
  at the end of February of the next year).
* A qualifier never widens the bounds: ``1990~`` spans 1990 like ``1990``;
  the flag tells the user the text hedged.
* An unspecified digit widens them to every value it may take: ``2004-XX``
  spans 2004, ``-198X`` the years -1989 to -1980.
* A date and time is bounded by the calendar day as written (its local day,
  whatever the time shift); the time stays in ``edtf``.
* An open end (``..``) or an unknown end (empty) is bounded by
  :data:`OPEN_START` / :data:`OPEN_END` (``0001-01-01`` / ``9999-12-31``).
  :func:`natorussia.dates.find_dates` narrows the open end of "since 2014" to
  the publication date when it knows it.
* Years are proleptic Gregorian and astronomical: ``0000`` is 1 BC, ``-0985``
  is 986 BC. :class:`datetime.date` holds only the years 1 to 9999, so a
  bound outside them is clamped to ``0001-01-01`` or ``9999-12-31`` and
  :attr:`FuzzyDate.clamped` says so; ``edtf`` keeps the exact value, and an
  interval's order is checked on the exact values (``Y-170000002/-0985`` is
  an interval, ``-0985/Y-170000002`` an error).
* Bounds narrower than the EDTF string (``"mid-2000s"`` is ``200X~`` with
  bounds 2003–2007) are carried by ``earliest``/``latest`` only; the EDTF
  stays what the text can honestly claim.

EDTF is parsed by hand rather than with the ``edtf`` package: the grammar is
small, hand parsing is much faster (dates are parsed while loading whole
corpora), needs no runtime dependency, and is stricter where the package is
lenient or fails (it accepts ``1985-02-29`` and reversed intervals, guesses
ten years for an unknown end, and raises ``TypeError`` on ``..`` ends). The
test suite checks the strings read and emitted here against the package as
an independent oracle.

Examples:
    >>> d = FuzzyDate.from_edtf("1999-21")
    >>> d.precision, d.earliest, d.latest
    (<Precision.SEASON: 'season'>, datetime.date(1999, 3, 1), datetime.date(1999, 5, 31))
    >>> str(FuzzyDate.from_edtf("199X~"))
    '199X~'
    >>> FuzzyDate.from_edtf("1994") < FuzzyDate.from_edtf("1994-06-22")
    True
    >>> far = FuzzyDate.from_edtf("Y-170000002")
    >>> far.earliest, far.clamped
    (datetime.date(1, 1, 1), True)
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import isleap
from enum import StrEnum
from typing import NamedTuple

import attrs

from natorussia.errors import DateError

__all__ = ["OPEN_END", "OPEN_START", "FuzzyDate", "Precision"]

OPEN_START = dt.date(1, 1, 1)
"""The earliest bound of an interval open at its start ("until 2014"), 0001-01-01.

Examples:
    >>> import natorussia as nr
    >>> until = nr.FuzzyDate.from_edtf("../2014")
    >>> until.earliest == nr.OPEN_START, until.latest
    (True, datetime.date(2014, 12, 31))
"""

OPEN_END = dt.date(9999, 12, 31)
"""The latest bound of an interval open at its end ("since 2014"), 9999-12-31.

Examples:
    >>> import natorussia as nr
    >>> since = nr.FuzzyDate.from_edtf("2014/..")
    >>> since.earliest, since.latest == nr.OPEN_END
    (datetime.date(2014, 1, 1), True)
"""


class Precision(StrEnum):
    """How finely a :class:`FuzzyDate` pins down its moment.

    It is the span of the bounds: a date and time is ``DAY`` (the time stays
    in the EDTF string), ``2004-XX`` (some month of 2004) is ``YEAR``.

    Examples:
        >>> import natorussia as nr
        >>> [nr.FuzzyDate.from_edtf(s).precision.value for s in ("1999-04", "2001-21", "199X")]
        ['month', 'season', 'decade']
        >>> nr.FuzzyDate.from_edtf("2004-XX").precision is nr.Precision.YEAR
        True
        >>> nr.FuzzyDate.from_edtf("1990/1995").precision
        <Precision.INTERVAL: 'interval'>
    """

    DAY = "day"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    INTERVAL = "interval"


# season code -> (first month, offset in years of the last month, last month)
_SEASONS = {21: (3, 0, 5), 22: (6, 0, 8), 23: (9, 0, 11), 24: (12, 1, 2)}

#: A calendar day as exact integers (year, month, day), for any year.
_Day = tuple[int, int, int]

# ASCII classes only: "\d" would also match Arabic-Indic and other digits.
_SINGLE = re.compile(
    r"""(?x)
    (?:
        Y(?P<long>-?[1-9][0-9]{4,})                 # letter-prefixed year, five digits or more
      | (?P<sign>-)?
        (?:
            (?P<century>[0-9]{2})XX
          | (?P<decade>[0-9]{3})X
          | (?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2}|XX)(?:-(?P<day>[0-9]{2}|XX))?)?
        )
    )
    (?P<qual>[~?%])?
    """
)

_DATETIME = re.compile(
    r"""(?x)
    (?P<date>-?[0-9]{4}-[0-9]{2}-[0-9]{2})
    T(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2}):(?P<second>[0-9]{2})
    (?:Z|(?P<sign>[+-])(?P<shift_hour>[0-9]{2})(?::(?P<shift_minute>[0-9]{2}))?)?
    """
)

_SHORT_LONG_YEAR = re.compile(r"Y-?[0-9]{1,4}[~?%]?")

_OPEN_ENDS = ("", "..")


class _Span(NamedTuple):
    """One EDTF date read exactly: its first and last day, for any year."""

    first: _Day
    last: _Day
    precision: Precision
    approximate: bool
    uncertain: bool


def _days_in_month(year: int, month: int) -> int:
    """Days in a month of the proleptic Gregorian calendar, for any year."""
    if month == 2:
        return 29 if isleap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _clamp(day: _Day) -> tuple[dt.date, bool]:
    """``day`` as a :class:`datetime.date`, clamped to its range; whether it was clamped."""
    year, month, d = day
    if year < dt.MINYEAR:
        return dt.date.min, True
    if year > dt.MAXYEAR:
        return dt.date.max, True
    return dt.date(year, month, d), False


def _type_name(value: object) -> str:
    return type(value).__name__


def _single(raw: str, whole: str) -> _Span:
    """Read one EDTF date (no interval, no time) exactly; ``whole`` is quoted in errors."""
    m = _SINGLE.fullmatch(raw)
    if m is None:
        if _SHORT_LONG_YEAR.fullmatch(raw):
            raise DateError(whole, "a 'Y' year has five digits or more (write 1985, not Y1985)")
        raise DateError(whole, "not an EDTF date of levels 0-1")
    qual = m["qual"]
    approx = qual in ("~", "%")
    uncertain = qual in ("?", "%")
    if m["long"] is not None:
        try:
            year = int(m["long"])
        except ValueError:  # more digits than int() reads (sys.get_int_max_str_digits)
            raise DateError(whole, "the year has too many digits") from None
        return _Span((year, 1, 1), (year, 12, 31), Precision.YEAR, approx, uncertain)
    negative = m["sign"] is not None
    if m["century"] is not None or m["decade"] is not None:
        if m["century"] is not None:  # 19XX: the years 1900 to 1999
            low, width, precision = int(m["century"]) * 100, 99, Precision.CENTURY
        else:
            low, width, precision = int(m["decade"]) * 10, 9, Precision.DECADE
        first, last = (-(low + width), -low) if negative else (low, low + width)
        return _Span((first, 1, 1), (last, 12, 31), precision, approx, uncertain)
    year = int(m["year"])
    if negative:
        if year == 0:
            raise DateError(whole, "-0000 is not a year (year zero is written 0000)")
        year = -year
    month_s, day_s = m["month"], m["day"]
    if month_s is None or month_s == "XX":
        if day_s not in (None, "XX"):
            raise DateError(whole, "a known day in an unspecified month is EDTF level 2")
        return _Span((year, 1, 1), (year, 12, 31), Precision.YEAR, approx, uncertain)
    month = int(month_s)
    if month in _SEASONS:
        if day_s is not None:
            raise DateError(whole, "a season has no day")
        start_month, year_offset, end_month = _SEASONS[month]
        end_year = year + year_offset
        last_day = (end_year, end_month, _days_in_month(end_year, end_month))
        return _Span((year, start_month, 1), last_day, Precision.SEASON, approx, uncertain)
    if not 1 <= month <= 12:
        raise DateError(whole, f"month {month_s} is neither a month (01-12) nor a season (21-24)")
    days = _days_in_month(year, month)
    if day_s is None or day_s == "XX":
        return _Span((year, month, 1), (year, month, days), Precision.MONTH, approx, uncertain)
    day = int(day_s)
    if not 1 <= day <= days:
        raise DateError(whole, "day is out of range for month")
    return _Span((year, month, day), (year, month, day), Precision.DAY, approx, uncertain)


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
        clamped: A bound lies outside the years 1–9999 that
            :class:`datetime.date` holds (``-0985``, ``Y170000002``), so
            ``earliest``/``latest`` were clamped to ``0001-01-01`` /
            ``9999-12-31``; ``edtf`` keeps the exact value.

    Raises:
        TypeError: A field has the wrong type (``earliest`` given as a
            string, ``precision`` as a plain string, …).
        DateError: ``earliest`` is after ``latest``.

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
    clamped: bool = False

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.edtf, str):
            raise TypeError(
                f"FuzzyDate edtf must be an EDTF string such as '1999', not {_type_name(self.edtf)}"
            )
        for name in ("earliest", "latest"):
            value = getattr(self, name)
            if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
                raise TypeError(
                    f"FuzzyDate {name} must be a datetime.date, not {_type_name(value)}"
                )
        if not isinstance(self.precision, Precision):
            raise TypeError(
                "FuzzyDate precision must be a natorussia.Precision (e.g. Precision.YEAR), "
                f"not {_type_name(self.precision)}"
            )
        if self.text is not None and not isinstance(self.text, str):
            raise TypeError(f"FuzzyDate text must be a string or None, not {_type_name(self.text)}")
        for name in ("approximate", "uncertain", "clamped"):
            if not isinstance(getattr(self, name), bool):
                raise TypeError(
                    f"FuzzyDate {name} must be a bool, not {_type_name(getattr(self, name))}"
                )
        if self.earliest > self.latest:
            raise DateError(self.edtf, f"earliest {self.earliest} is after latest {self.latest}")

    def _key(self) -> tuple[dt.date, dt.date]:
        return (self.earliest, self.latest)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, FuzzyDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, FuzzyDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, FuzzyDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, FuzzyDate):
            return NotImplemented
        return self._key() >= other._key()

    def __str__(self) -> str:
        return self.edtf

    @classmethod
    def from_date(cls, day: dt.date, *, text: str | None = None) -> FuzzyDate:
        """A day-precision date.

        Raises:
            TypeError: ``day`` is not a :class:`datetime.date` (a
                ``datetime.datetime`` is refused too: pass ``value.date()``).

        >>> FuzzyDate.from_date(dt.date(2022, 2, 24)).edtf
        '2022-02-24'
        """
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
            hint = " (pass its .date())" if isinstance(day, dt.datetime) else ""
            raise TypeError(
                f"FuzzyDate.from_date() takes a datetime.date, not {_type_name(day)}{hint}"
            )
        return cls(day.isoformat(), day, day, Precision.DAY, text)

    @classmethod
    def from_edtf(cls, s: str, *, text: str | None = None) -> FuzzyDate:
        """Parse an EDTF string of level 0 or 1 (see the module docstring).

        Args:
            s: The EDTF string (surrounding whitespace is ignored).
            text: The expression as written, kept on the result.

        Raises:
            TypeError: ``s`` is not a string.
            DateError: ``s`` is not EDTF of levels 0–1 (non-ASCII digits,
                level-2 forms, anything else), names an impossible day,
                month or time (``"2010-02-30"``, ``"2010-13"``), or is an
                interval that ends before it starts.

        >>> FuzzyDate.from_edtf("2014/..").latest
        datetime.date(9999, 12, 31)
        >>> FuzzyDate.from_edtf("1985-04-XX").latest
        datetime.date(1985, 4, 30)
        >>> FuzzyDate.from_edtf("2010-02-30")
        Traceback (most recent call last):
          ...
        natorussia.errors.DateError: '2010-02-30': day is out of range for month
        """
        if not isinstance(s, str):
            raise TypeError(
                "FuzzyDate.from_edtf() takes an EDTF string such as '1994-06-22' or '199X~', "
                f"not {_type_name(s)}"
            )
        if text is not None and not isinstance(text, str):
            raise TypeError(f"FuzzyDate text must be a string or None, not {_type_name(text)}")
        raw = s.strip()
        if not raw.isascii():
            raise DateError(s, "EDTF is written in ASCII: digits 0-9, '-', 'X', 'Y', 'T', 'Z'")
        if "/" in raw:
            return cls._interval(raw, s, text)
        if "T" in raw:
            return cls._datetime(raw, s, text)
        span = _single(raw, s)
        earliest, clamped_start = _clamp(span.first)
        latest, clamped_end = _clamp(span.last)
        return cls(
            raw,
            earliest,
            latest,
            span.precision,
            text,
            approximate=span.approximate,
            uncertain=span.uncertain,
            clamped=clamped_start or clamped_end,
        )

    @classmethod
    def _interval(cls, raw: str, whole: str, text: str | None) -> FuzzyDate:
        start_s, _, end_s = raw.partition("/")
        if "/" in end_s:
            raise DateError(whole, "an interval has exactly one '/'")
        if start_s in _OPEN_ENDS and end_s in _OPEN_ENDS:
            raise DateError(whole, "an interval needs at least one known end")
        if "T" in raw:
            raise DateError(whole, "the ends of an EDTF interval are dates without a time of day")
        start = None if start_s in _OPEN_ENDS else _single(start_s, whole)
        end = None if end_s in _OPEN_ENDS else _single(end_s, whole)
        if start is not None and end is not None and start.first > end.last:
            raise DateError(whole, "the interval ends before it starts")
        earliest, clamped_start = (OPEN_START, False) if start is None else _clamp(start.first)
        latest, clamped_end = (OPEN_END, False) if end is None else _clamp(end.last)
        ends = [e for e in (start, end) if e is not None]
        return cls(
            raw,
            earliest,
            latest,
            Precision.INTERVAL,
            text,
            approximate=any(e.approximate for e in ends),
            uncertain=any(e.uncertain for e in ends),
            clamped=clamped_start or clamped_end,
        )

    @classmethod
    def _datetime(cls, raw: str, whole: str, text: str | None) -> FuzzyDate:
        m = _DATETIME.fullmatch(raw)
        if m is None:
            raise DateError(
                whole,
                "not an EDTF date and time (YYYY-MM-DDThh:mm:ss, then optionally Z, ±hh or ±hh:mm)",
            )
        day = _single(m["date"], whole)
        if day.precision is not Precision.DAY:  # "1985-21-01" is refused by _single already
            raise DateError(whole, "a time of day needs a complete date")
        if int(m["hour"]) > 23 or int(m["minute"]) > 59 or int(m["second"]) > 59:
            raise DateError(whole, "the time of day is out of range (00:00:00 to 23:59:59)")
        if m["sign"] is not None:
            shift = int(m["shift_hour"]) * 60 + int(m["shift_minute"] or 0)
            if int(m["shift_minute"] or 0) > 59 or shift > 14 * 60:
                raise DateError(whole, "the time shift is out of range (-14:00 to +14:00)")
            if shift == 0 and m["sign"] == "-":
                raise DateError(whole, "a time shift of zero is written Z or +00:00, not -00:00")
        earliest, clamped = _clamp(day.first)
        return cls(raw, earliest, earliest, Precision.DAY, text, clamped=clamped)

    def contains(self, other: FuzzyDate) -> bool:
        """Whether ``other`` lies entirely within this date's bounds.

        Like ordering, this compares the bounds, so for a date whose bounds
        are :attr:`clamped` it answers about the clamped bounds.

        >>> FuzzyDate.from_edtf("199X").contains(FuzzyDate.from_edtf("1994-06"))
        True
        """
        _check_other("contains", other)
        return self.earliest <= other.earliest and other.latest <= self.latest

    def overlaps(self, other: FuzzyDate) -> bool:
        """Whether the two dates share at least one day (of their bounds, clamped or not).

        >>> FuzzyDate.from_edtf("1999").overlaps(FuzzyDate.from_edtf("1999-24"))
        True
        """
        _check_other("overlaps", other)
        return self.earliest <= other.latest and other.earliest <= self.latest


def _check_other(method: str, other: object) -> None:
    if not isinstance(other, FuzzyDate):
        raise TypeError(
            f"FuzzyDate.{method}() takes a FuzzyDate (FuzzyDate.from_edtf('1999') makes one), "
            f"not {_type_name(other)}"
        )
