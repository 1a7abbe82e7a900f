"""Find temporal expressions in text and normalise them to :class:`FuzzyDate`.

:func:`find_dates` makes one cheap pass for triggers (four-digit numbers,
month names, unit words such as "years", whole period names), then runs one
compiled pattern holding every form only in short windows around them, and
checks each candidate against the context that tells a date from a number
(identifiers, counts, titles, URLs). Word lists are compiled as prefix trees
and month names converted by a table, never by :mod:`dateutil.parser`; the
whole stays at several MB/s on one core (``benchmarks/bench_dates.py``).
:mod:`dateutil.relativedelta` does the calendar arithmetic of relative
expressions.

What each kind of expression becomes (see ``docs/dates.md`` for the full
list with examples):

* full dates ("April 4, 1949", "4 April 1949", "Sept. 11, 2001",
  "25.06.2024", "2021-11-12") → day precision; an impossible date
  ("February 30, 2010") gives no match at all rather than a wrong date;
* "May 2002" → month; "Q3 2021" → ``2021-07/2021-09``; "the spring of
  1999" → season (``1999-21``);
  "1994" → year; "the 1990s" → ``199X``; "the 20th century" → ``19XX``
  (bounds 1900–1999);
* qualified spans: "early/mid/late", "the beginning/start/middle/end of" keep
  the EDTF of what they qualify with ``~`` and narrow the bounds: for a year,
  early = January–April, mid = May–August, late = September–December,
  beginning = January–March, end = October–December; for a month, early/
  beginning = days 1–10, mid = 11–20, late/end = 21–last; for a decade,
  early = years 0–3, mid = 3–7, late = 7–9, beginning = 0–2, end = 8–9; for a
  century, early = 0–33, mid = 33–67, late = 67–99, beginning = 0–25 and end
  = 75–100 (so "the end of the 18th century" is 1775–1800, one year past
  ``17XX``, because the strict century ends in 1800). "The first/second half
  of" is exact, so it becomes an EDTF interval ("the second half of the
  2000s" → ``2005/2009``);
* "around/about/circa/c./approximately 1990" → ``1990~`` (same bounds);
* ranges "1992-1993", "from June 1948 to May 1949", "between 1997 and
  2002" → intervals; "since 2014" → ``2014/..`` whose latest bound is the
  ``anchor`` (the publication date) when one is given and is not earlier,
  else :data:`~natorussia.fuzzydate.OPEN_END`; "until 2014" → ``../2014``;
* named periods from ``data/periods.json`` ("the Cold War", "détente"),
  always approximate;
* relative expressions, marked ``relative=True``. Which anchor they use:

  - "ago", "last year", "this year", "next year" and "the past 30 years"
    (an interval up to publication) count from the *publication* date: the
    ``anchor`` argument (never today's date). Without it they are
    unresolved (``date=None``).
  - "two years later", "a month earlier", "the following year", "in the same
    year", "ten years after signing X", and a day without a year ("January
    15"), and a month after a preposition ("In March") count from the
    *discourse*: the date of the previous absolute match in the same text
    (not a relative one, a period or an open interval, so errors do not
    chain), falling back to ``anchor``; unresolved if there is neither.
  - "N years after/before <date>" counts from that date.

  :meth:`DateMatch.resolve` re-resolves any relative match against another
  anchor, e.g. the date of the previous event. A resolved "N years later"
  has the coarser of the unit's and the anchor's granularity (a year-
  precision anchor plus "six months" gives a span of months).

News deixis (``data/news_dates.json``; see ``docs/dates.md``, section
*News*): weekdays ("said Friday", "last Monday"), "today"/"yesterday"/
"tomorrow"/"tonight", "this/last/next week|month|year|quarter|season",
"the past week", "last May", "January this year", quarters and reporting
periods ("third-quarter", "the year-ago quarter"), holidays, spelled-out
years ("nineteen eighty-three") and the writer's present, past and future
("now", "recently", "the future"). They resolve from ``anchor`` only; a
year-less date or a weekday takes the occurrence nearest the anchor, leaning
to the side its clause's tense points to (:class:`Offset` ``direction`` and
``nearest``). Quarters are EDTF intervals of months (``2019-07/2019-09``),
weeks intervals of days (``2019-06-03/2019-06-09``): EDTF level 1 has no
week or quarter syntax.

Deliberately not dates: model years ("his 1979 Buick"), counts and
statistics ("30 countries", "2000 troops"), numbers after "no.", "Issue", "p.", "Article", "N", "#"; phone
numbers and identifiers (digits joined by hyphens, dots or slashes, such as
ORCIDs); anything inside a URL, DOI or e-mail address; a year directly after
a capitalised word, which makes it part of a title ("NATO Forces 2020",
"Vision 2030"), while a year before a name is fine ("the 2021 NATO Summit");
ordinals other than centuries; a title-cased "21st Century Common ..."; "so
far"; a season or "since" without a date. Spans exclude a leading
"in"/"on"/"at"/"during" but include words that change the meaning ("since",
"from ... to", "between ... and", "around", "early", "the end of").

Named periods file (``natorussia/data/periods.json``), schema::

    {"schema": str,
     "periods": [
        {"name": str,               # canonical name
         "aliases": [str, ...],     # surface forms, matched case-insensitively;
                                    # accented letters also match unaccented
         "edtf": str,               # EDTF with "~" (periods are conventional)
         "earliest": "YYYY-MM-DD",  # conventional bounds, inside what edtf allows
         "latest": "YYYY-MM-DD",
         "note": str}, ...]}

A malformed entry raises :class:`natorussia.DataError` naming the entry.

Examples:
    >>> [(m.text, m.date.edtf) for m in find_dates("NATO was founded on April 4, 1949.")]
    [('April 4, 1949', '1949-04-04')]
    >>> m = find_dates("In 1997 the Act was signed. Two years later, war came.")[1]
    >>> m.relative, m.date.edtf, m.anchor.edtf
    (True, '1999', '1997')
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterator
from enum import StrEnum
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from natorussia._regex_gate import gate
from natorussia._resources import read_json
from natorussia._text import atom_trie, strip_accents
from natorussia.errors import DataError, DateError
from natorussia.fuzzydate import OPEN_END, OPEN_START, FuzzyDate, Precision

__all__ = [
    "Basis",
    "DateMatch",
    "Form",
    "NamedPeriod",
    "Offset",
    "Reference",
    "Unit",
    "find_dates",
    "named_periods",
    "parse_date",
]


class Basis(StrEnum):
    """What a relative expression counts from."""

    DISCOURSE = "discourse"  # the previous date in the text ("two years later")
    PUBLICATION = "publication"  # the document's date ("thirty years ago")
    EXPLICIT = "explicit"  # a date given in the expression ("a year after 1991")


class Form(StrEnum):
    """What kind of expression a :class:`DateMatch` is."""

    DATE = "date"  # one point of any precision: "April 4, 1949", "the late 1990s"
    RANGE = "range"  # "1992-1993", "from 1918 to 1940", "between 1997 and 2002"
    SINCE = "since"  # "since 2014", "from 1999 onwards"
    UNTIL = "until"  # "until 2014"
    PERIOD = "period"  # a named period: "the Cold War"
    RELATIVE = "relative"  # "two years later", "January 15", "30 years ago"


class Unit(StrEnum):
    """The calendar unit of an :class:`Offset`."""

    DAY = "day"
    WEEK = "week"  # a calendar week, Monday to Sunday (ISO)
    WEEKEND = "weekend"  # its Saturday and Sunday
    MONTH = "month"
    QUARTER = "quarter"  # a calendar quarter: January-March, ...
    YEAR = "year"


class Reference(StrEnum):
    """The writer's present, past or future ("now", "recently", "the future")."""

    PRESENT = "present"  # the anchor's day
    PAST = "past"  # an interval open at its start, up to the anchor
    FUTURE = "future"  # an interval from the anchor, open at its end


@attrs.frozen
class Offset:
    """How a relative expression turns an anchor into a date.

    Either a shift (``low``..``high`` units, negative for the past; equal for
    an exact amount, different for "5-7 years ago" or "a few years later"),
    or a placement of a month and day in the anchor's year ("January 15":
    ``month=1, day=15``).

    Calendar units (``WEEK``, ``WEEKEND``, ``QUARTER``) shift the whole unit
    that holds the anchor: "last week" is the Monday-to-Sunday week before
    the anchor's. A placement with a ``direction`` (-1 past, +1 future) takes
    the occurrence nearest the anchor on that side ("Friday" in a past-tense
    sentence is the last Friday on or before the anchor; ``strict`` excludes
    the anchor's own: "last Friday"); the thing placed is a month and day, a
    month, a ``weekday`` (0 = Monday), a ``season`` (EDTF 21-24), a
    ``quarter`` (1-4) or a ``holiday`` of ``data/news_dates.json``.

    Attributes:
        basis: What the expression counts from.
        unit: The unit of ``low``/``high``.
        low: The smallest shift, in ``unit``.
        high: The largest shift, in ``unit``.
        month: For placements, the month.
        day: For placements, the day of the month.
        approximate: The expression hedged ("over 30 years ago", "a few").
        direction: For placements, the side of the anchor (0: its year).
        strict: For placements, whether the anchor's own unit is excluded.
        weekday: For placements, the weekday (0 = Monday).
        season: For placements, the EDTF season code (21 spring ... 24 winter).
        quarter: For placements, the quarter (1-4).
        holiday: For placements, the name of a holiday.
        reference: For "now", "recently", "the future": which side of the anchor.
        nearest: For placements, take the occurrence nearest the anchor, leaning
            to ``direction``: the other side wins only when more than twice as
            near ("Jan. 14" in a story of January 6 is this one, even in the
            past tense).
        part: A qualifier narrowing the result ("end" for "the end of the
            year", "late" for "late November"), as for absolute dates.
    """

    basis: Basis
    unit: Unit = Unit.YEAR
    low: int = 0
    high: int = 0
    month: int | None = None
    day: int | None = None
    approximate: bool = False
    direction: int = 0
    strict: bool = False
    weekday: int | None = None
    season: int | None = None
    quarter: int | None = None
    holiday: str | None = None
    reference: Reference | None = None
    nearest: bool = False
    part: str | None = None

    def apply(self, anchor: FuzzyDate, *, text: str | None = None) -> FuzzyDate | None:
        """The date this offset gives from ``anchor``, or None if impossible.

        >>> Offset(Basis.DISCOURSE, Unit.YEAR, 2, 2).apply(FuzzyDate.from_edtf("1997")).edtf
        '1999'
        >>> Offset(Basis.DISCOURSE, month=1, day=15).apply(FuzzyDate.from_edtf("2008")).edtf
        '2008-01-15'
        """
        if self.part is not None:
            whole = attrs.evolve(self, part=None).apply(anchor, text=text)
            narrowed = None if whole is None else _qualify(whole, self.part)
            return None if narrowed is None else attrs.evolve(narrowed, text=text)
        return self._apply(anchor, text=text)

    def _apply(self, anchor: FuzzyDate, *, text: str | None = None) -> FuzzyDate | None:
        """:meth:`apply` without the qualifier."""
        try:
            if self.reference is not None or self.direction or self.weekday is not None:
                return _apply_news(self, anchor, text)
            if self.season is not None or self.quarter is not None or self.holiday is not None:
                return _apply_news(self, anchor, text)
            if self.unit in (Unit.WEEK, Unit.WEEKEND, Unit.QUARTER):
                return _apply_news(self, anchor, text)
            if self.month is not None:
                year = anchor.latest.year + (self.low if self.unit is Unit.YEAR else 0)
                if self.day is None:
                    first = dt.date(year, self.month, 1)
                    return _span_date(first, _month_end(first), Unit.MONTH, text, self.approximate)
                day = dt.date(year, self.month, self.day)
                return _span_date(day, day, Unit.DAY, text, self.approximate)
            grain = max(self.unit, _grain(anchor), key=_GRAIN_ORDER.index)
            first = anchor.earliest + _delta(self.unit, self.low)
            last = anchor.latest + _delta(self.unit, self.high)
        except (ValueError, OverflowError):  # outside the calendar: cannot resolve
            return None
        return _span_date(first, last, grain, text, self.approximate or anchor.approximate)


@attrs.frozen
class DateMatch:
    """One temporal expression found in a text.

    Attributes:
        span: Half-open character offsets into the text searched.
        text: ``text[span[0]:span[1]]``.
        date: The normalised date; None only for a relative expression that
            could not be resolved.
        relative: Whether the date depends on an anchor.
        anchor: The date a relative expression was resolved from.
        offset: How to re-resolve a relative expression (None if absolute).
        form: What kind of expression it is (a date, a range, a period...).

    Examples:
        >>> m = find_dates("Two years later, they met.")[0]
        >>> m.date is None, m.relative
        (True, True)
        >>> m.resolve(FuzzyDate.from_edtf("2002")).edtf
        '2004'
    """

    span: tuple[int, int]
    text: str
    date: FuzzyDate | None
    relative: bool = False
    anchor: FuzzyDate | None = None
    offset: Offset | None = None
    form: Form = Form.DATE

    def resolve(self, anchor: FuzzyDate) -> FuzzyDate | None:
        """This expression's date counted from ``anchor`` instead.

        Absolute matches, and relative ones that name their own anchor ("a
        year after 1991"), return their own date unchanged.
        """
        if self.offset is None or self.offset.basis is Basis.EXPLICIT:
            return self.date
        return self.offset.apply(anchor, text=self.text)


@attrs.frozen
class NamedPeriod:
    """A conventional historical period from ``data/periods.json``.

    Attributes:
        name: Canonical name ("the Cold War").
        aliases: Surface forms matched in text.
        date: Its conventional bounds (always approximate).
        note: Where the bounds come from.
    """

    name: str
    aliases: tuple[str, ...]
    date: FuzzyDate
    note: str


# ---------------------------------------------------------------- calendar helpers

_GRAIN_ORDER = [Unit.DAY, Unit.MONTH, Unit.YEAR]


def _grain(d: FuzzyDate) -> Unit:
    if d.precision is Precision.DAY:
        return Unit.DAY
    if d.precision in (Precision.MONTH, Precision.SEASON):
        return Unit.MONTH
    return Unit.YEAR


def _delta(unit: Unit, n: int) -> relativedelta:
    if unit is Unit.YEAR:
        return relativedelta(years=n)
    if unit is Unit.MONTH:
        return relativedelta(months=n)
    return relativedelta(days=n)


def _month_end(d: dt.date) -> dt.date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def _edtf_of(d: dt.date, grain: Unit) -> str:
    if grain is Unit.YEAR:
        return f"{d.year:04d}"
    if grain is Unit.MONTH:
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


_PRECISION_OF = {Unit.DAY: Precision.DAY, Unit.MONTH: Precision.MONTH, Unit.YEAR: Precision.YEAR}


def _span_date(
    first: dt.date, last: dt.date, grain: Unit, text: str | None, approximate: bool
) -> FuzzyDate:
    """The smallest date of granularity ``grain`` covering first..last."""
    if grain is Unit.YEAR:
        first, last = first.replace(month=1, day=1), last.replace(month=12, day=31)
    elif grain is Unit.MONTH:
        first, last = first.replace(day=1), _month_end(last)
    q = "~" if approximate else ""
    a, b = _edtf_of(first, grain), _edtf_of(last, grain)
    if a == b:
        return FuzzyDate(a + q, first, last, _PRECISION_OF[grain], text, approximate=approximate)
    return FuzzyDate(
        f"{a}{q}/{b}{q}", first, last, Precision.INTERVAL, text, approximate=approximate
    )


# ---------------------------------------------------------------- the patterns


def _words(words: list[str] | set[str] | tuple[str, ...]) -> str:
    """A prefix-tree regex of literal words, longest first at each branch."""
    return atom_trie([[re.escape(c) for c in w] for w in sorted(words, key=lambda w: (-len(w), w))])


_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_ABBREVIATIONS = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct",
                        "Nov", "Dec"}  # fmt: skip
# A full name never takes the full stop after it (it ends the sentence); an
# abbreviation does ("Dec.").
_MONTH = (
    r"(?-i:(?:" + _words(set(_MONTHS) - _MONTH_ABBREVIATIONS) + r")\b"
    r"|(?:" + _words(_MONTH_ABBREVIATIONS) + r")(?:\.|\b))"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1\d{3}|20\d\d|2100)(?![\d%]|[.,]\d)"
_BARE_YEAR = _YEAR + r"(?!\s?[-–—/]\s?\d|\s\d{3})"
_SEASON_WORDS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
_ORDINAL_WORDS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth",
]  # fmt: skip
_CENTURY_ORD = (
    r"(?:(?:1\d|2[01]|[1-9])(?:st|nd|rd|th)|twenty[\s-]first|" + "|".join(_ORDINAL_WORDS) + ")"
)

# Atoms: self-contained absolute expressions, longest first.
_ATOMS: dict[str, str] = {
    "mdy": rf"{_MONTH}\s*{_DAY},?\s+{_YEAR}",
    "dmy": rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",
    "iso": r"(?:1\d{3}|20\d\d)-(?:0[1-9]|1[0-2])-(?:3[01]|[12]\d|0[1-9])(?![\d-])",
    "dot": r"(?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?:1\d{3}|20\d\d)(?![\d.])",
    "slash": r"(?<![\d/])(?:3[01]|[12]\d|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])/(?:1\d{3}|20\d\d)(?![\d/])",
    "my": rf"{_MONTH},?\s+(?:of\s+)?{_YEAR}",
    "season": rf"(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?{_YEAR}",
    "quarter": rf"(?:Q[1-4]|the\s+(?:first|second|third|fourth|last)\s+quarter\s+of)\s+{_YEAR}",
    "decade": r"(?:the\s+)?(?:(?:1\d|20)\d0['’]?s|['’]\d0s)\b|the\s+[3-9]0s\b"
    r"|(?:the\s+|(?<=the\searly\s)|(?<=the\smid-)|(?<=the\smid\s)|(?<=the\slate\s))(?:nineteen[\s-])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties"
    r"|nineties)\b",
    "century": rf"(?:the\s+)?{_CENTURY_ORD}[\s-]+century\b",
    "year": _BARE_YEAR,
}
_ATOM = "(?:" + "|".join(_ATOMS.values()) + ")"
_QUAL = (
    r"(?:(?:the\s+)?(?:very\s+)?(?:early|mid|middle|late)(?:\s+|\s*[-–]\s*)"
    r"|(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|(?:first|second|latter)\s+half"
    r"|(?:early|latter|later)\s+part)\s+of\s+)"
)
_APPROX = r"(?:around|circa|c\.|ca\.|about|approximately|roughly|some\s*time\s+around)\s+"
_ATOMQ = f"(?:{_APPROX})?(?:{_QUAL})?{_ATOM}"

_SMALL = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_NUMBER_WORDS = {w: i for i, w in enumerate(_SMALL, start=1)} | {
    w: 20 + 10 * i for i, w in enumerate(_TENS)
}
_VAGUE = {  # vague amounts -> (low, high); always approximate
    "a few": (2, 4),
    "few": (2, 4),
    "a couple of": (2, 2),
    "a couple": (2, 2),
    "several": (3, 7),
    "many": (5, 20),
}
_NUMBER = (
    r"(?:\d{1,3}(?:\.\d+)?|(?:"
    + _words(_TENS)
    + r")(?:[\s-](?:"
    + _words(_SMALL[:9])
    + r"))?|"
    + _words(_SMALL)
    + r"|a\s+few|few|a\s+couple(?:\s+of)?|several|many|half\s+an?|an?)"
    r"(?:[\s-]+and[\s-]+a[\s-]+half)?"
)
_HEDGE = (
    r"(?:(?:just\s+)?(?:over|under)|more\s+than|less\s+than|almost|nearly|about|around|some"
    r"|roughly|approximately|only|barely|fully|at\s+least|a\s+full|full)"
)
_UNIT = r"(?:years?|months?|weeks?|days?|decades?)"
_SHIFT = (
    rf"(?:{_HEDGE}\s+)?{_NUMBER}(?:\s*(?:-|–|to|or)\s*{_NUMBER})?\s+(?:more\s+)?{_UNIT}"
    r"\s+(?:(?:later|earlier|before|after|ago|afterwards?|prior|previously)\b|on\b(?=\s*[,.;:!?]))"
)
_PHRASE = (
    r"(?:(?:that|the)\s+(?:very\s+)?(?:same|following|next|previous|preceding|prior)\s+"
    r"|that\s+)(?:year|month|week|day)\b"
    r"|the\s+(?:year|month|day)\s+(?:before|after)\b"
    r"|(?:last|this|next)\s+(?:year|month)\b"
)

_ALTERNATIVES: dict[str, str] = {
    "between": rf"between\s+{_ATOMQ}\s+and\s+{_ATOMQ}",
    "fromto": rf"from\s+{_ATOMQ}\s*(?:to|until|till|through|[-–—])\s*{_ATOMQ}",
    "onwards": rf"from\s+{_ATOMQ}\s+(?:on|onwards?)\b",
    "since": rf"(?:ever\s+)?since\s+{_ATOMQ}",
    "until": rf"(?:(?:up\s+)?(?:until|till)|up\s+to)\s+{_ATOMQ}",
    "shift": _SHIFT,
    "phrase": _PHRASE,
    "past": rf"(?:the\s+)?(?:past|last)\s+(?:{_NUMBER}\s+{_UNIT}|(?:year|month|week|decade)\b)",
    "drange": (
        rf"{_MONTH}\s*{_DAY}\s*[-–]\s*{_DAY},?\s+{_YEAR}"
        rf"|{_DAY}\s*[-–]\s*{_DAY}\s+{_MONTH},?\s+{_YEAR}"
    ),
    "yrange": r"(?:1\d{3}|20\d\d)\s?[-–—/]\s?(?:(?:1\d{3}|20\d\d)|\d\d)(?![\d%]|[.,\-–/]\d)",
    "approx": rf"{_APPROX}(?:{_QUAL})?{_ATOM}",
    "qual": rf"{_QUAL}{_ATOM}",
    "atom": _ATOM,
    "monthday": (rf"{_MONTH}\s*{_DAY}(?!,?\s*(?:1\d{{3}}|20\d\d))|{_DAY}\s+(?:of\s+)?{_MONTH}"),
    "monthonly": rf"{_MONTH}(?!\s*(?:\d|of\s+\d))",
    # "early-February", "mid-March": the qualifier is part of the span
    "monthq": rf"(?:early|mid|late)[\s-]+{_MONTH}(?!\s*(?:\d|of\s+\d))",
}
_FLAGS = re.IGNORECASE
# What may not stand right before a date: it would make the digits part of a
# word, an identifier, a negative number or an amount of money.
_NOT_BEFORE = r"(?<![\w\-–./:+#@&%$€£])"


# Sub-parsers used once an alternative has matched.
# Parsers see the atom alone, so lookbehinds on its context become optional.
# The patterns below are compiled on first use (functools.cache), so that
# importing the module does not pay for the large alternations.
@functools.cache
def _atom_parsers() -> dict[str, re.Pattern[str]]:
    return {
        k: re.compile(re.sub(r"\(\?<=[^()]*(?:\([^()]*\))?[^()]*\)", "", v), _FLAGS)
        for k, v in _ATOMS.items()
    }


@functools.cache
def _qual_parse() -> re.Pattern[str]:
    return re.compile(
        rf"(?:(?P<approx>{_APPROX}))?(?:(?P<qual>{_QUAL}))?(?P<atom>.+)", _FLAGS | re.DOTALL
    )


@functools.cache
def _two_parts() -> dict[str, re.Pattern[str]]:
    return {
        "between": re.compile(rf"between\s+(?P<a>{_ATOMQ})\s+and\s+(?P<b>{_ATOMQ})", _FLAGS),
        "fromto": re.compile(
            rf"from\s+(?P<a>{_ATOMQ})\s*(?:to|until|till|through|[-–—])\s*(?P<b>{_ATOMQ})",
            _FLAGS,
        ),
    }


@functools.cache
def _one_part() -> re.Pattern[str]:
    return re.compile(rf"(?P<a>{_ATOMQ})(?:\s+(?:on|onwards?))?$", _FLAGS)


_LEAD_WORDS = re.compile(
    r"(?:ever\s+)?since\s+|(?:up\s+)?(?:until|till)\s+|up\s+to\s+|from\s+", _FLAGS
)


@functools.cache
def _atomq_at() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:the\s+)?(?P<a>{_ATOMQ})", _FLAGS)


@functools.cache
def _shift_parse() -> re.Pattern[str]:
    return re.compile(
        rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<n1>{_NUMBER})(?:\s*(?:-|–|to|or)\s*(?P<n2>{_NUMBER}))?"
        rf"\s+(?:more\s+)?(?P<unit>{_UNIT})\s+(?P<dir>\w+)",
        _FLAGS,
    )


_WS = re.compile(r"\s+")

# Context checks for expressions that are, or end in, a bare number.
_ID_BEFORE = re.compile(
    r"(?:\b(?:no|nos|nr|vol|issue|iss|p|pp|art|article|n|number|page|pages|ch|chapter|"
    r"section|sec|para|tel|fax|phone|ext|id|isbn|issn|doi|report|resolution|res|case|box|"
    r"file|order|decree|law|code|room|flight|route|item|table|figure|fig|level|grade|"
    r"model|version|ver|v)\.?\s*|[#№+]\s*|\d[\d\s)(]*\s)$",
    re.IGNORECASE,
)
_COUNT_AFTER = re.compile(
    r"\s+(?:[a-z][a-z-]+\s+)?(?:people|persons|troops|soldiers|servicemen|personnel|officers|"
    r"men|women|children|civilians|casualties|deaths|victims|refugees|tanks|aircraft|planes|"
    r"jets|ships|vessels|submarines|missiles|warheads|weapons|guns|vehicles|units|members|"
    r"participants|delegates|cases|countries|states|companies|km|kilometres|kilometers|miles|"
    r"metres|meters|kg|tons|tonnes|dollars|euros|rubles|roubles|hours|minutes|pages|words|"
    r"characters|copies|votes|seats|times|items|documents|articles|books|points|square|"
    r"sq|mm|cm|kW|MW|barrels|signatures|respondents|readers|views|downloads)\b"
)
_DATE_PREPOSITION = re.compile(
    r"\b(?:in|since|until|till|by|from|during|after|before|of|between|and|to|year|"
    r"spring|summer|autumn|fall|winter|early|late|mid|around|about|circa)\s*$",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)\s+$")
_TITLE_OK = frozenset(
    [
        "in",
        "on",
        "at",
        "by",
        "since",
        "until",
        "till",
        "from",
        "after",
        "before",
        "during",
        "between",
        "and",
        "of",
        "to",
        "through",
        "throughout",
        "circa",
        "around",
        "about",
        "early",
        "late",
        "mid",
        "the",
        "year",
        "years",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "as",
        "also",
        "but",
        "then",
        "only",
        "even",
        "back",
        "until",
        "up",
        "so",
        "yet",
        "or",
        "nor",
        "for",
        "with",
        "within",
        "since",
        "when",
        "while",
        "unlike",
        "like",
        "than",
        "until",
        "because",
        "if",
        "although",
        "though",
        "whereas",
        "a",
        "an",
    ]
)
_NEXT_WORD_CAPITAL = re.compile(r"\s+[A-Z]")


@functools.cache
def _scanner() -> re.Pattern[str]:
    """The pattern run inside each window: every alternative, periods included."""
    alternatives: dict[str, str] = {}
    for name, pattern in _ALTERNATIVES.items():
        if name == "shift":
            # One cheap test of the first word spares most positions the news forms.
            news = "|".join(f"(?P<{k}>{v})" for k, v in _news_alternatives().items())
            alternatives["_news"] = f"(?={_news_first_word()})(?:{news})"
        alternatives[name] = pattern
    alternatives["ref"] = _ref_alternative()
    alternatives["period"] = _periods_pattern()
    body = "|".join(
        pattern if name == "_news" else f"(?P<{name}>{pattern})"
        for name, pattern in alternatives.items()
    )
    # The first characters every alternative can start with, tested before trying them
    # (most words of a window start none); it never turns away a match.
    first = gate(body, _FLAGS)
    ahead = "" if first is None else f"(?={first})"
    return re.compile(rf"{_NOT_BEFORE}(?=[\w'’]){ahead}(?:{body})(?![\w-]*\w)", _FLAGS)


@functools.cache
def _trigger() -> re.Pattern[str]:
    """What every date expression contains: a year, a month, a unit or a period word.

    It is case-sensitive and cheap, so the costly scanner only runs in short
    windows around its hits. Short numbers need no trigger of their own: a
    day ("4 April") sits next to a month name and an amount ("30 years ago")
    next to a unit, and those are triggers.
    """
    words = {"year", "month", "week", "day", "decade", "century", "ago", "quarter"}
    words |= set(DECADE_WORDS)
    words |= set(_SEASON_WORDS)
    # Whole period names, not their words: "war" or "missile" alone would
    # open a window in every other sentence of these articles.
    words |= set(_period_index())
    variants = {v for w in words for v in (w, w[:1].upper() + w[1:], w.lower())}
    variants |= {strip_accents(v) for v in variants} | set(_MONTHS)
    # News words are whole words ("Easter", not "Eastern"; "now", not "nowhere").
    news = {v for w in _news_triggers() for v in (w, w[:1].upper() + w[1:])}
    seqs = _seqs(variants - news) + [[*seq, r"\b"] for seq in _seqs(news)]
    # A lookahead on the characters a trigger can start with lets the engine
    # pass over most positions with one set test instead of every alternative.
    firsts = "".join(re.escape(c) for c in sorted({v[0] for v in variants | news if v}))
    body = r"\d{4}|\d0['’]?s\b|\b(?:" + atom_trie(seqs) + ")"
    return re.compile(rf"(?=[\d{firsts}])(?:{body})")


@functools.cache
def _news_trigger_words() -> frozenset[str]:
    return frozenset(v for w in _news_triggers() for v in (w, w[:1].upper() + w[1:]))


def _seqs(variants: set[str]) -> list[list[str]]:
    return [
        [r"\s+" if c.isspace() else re.escape(c) for c in v]
        for v in sorted(variants, key=lambda w: (-len(w), w))
    ]


# Before and after a trigger, how far an expression can reach ("between the
# very beginning of the 18th century" starts 45 characters before its digits).
_REACH_BEFORE = 48
_REACH_AFTER = 16
_NEWS_REACH_BEFORE = 20  # "late last Friday", "this coming Sunday"
_NEWS_REACH_AFTER = 10  # "Friday afternoon" (a date after a weekday is read apart)
_NEXT_SPACE = re.compile(r"\s|$")
_TOKEN_AFTER = re.compile(r"\S*")
_URLISH = re.compile(
    r"://|www\.|@|\.(?:com|org|net|ru|gov|edu|int|info|html?|php|pdf)\b|\b10\.\d{4,9}/"
)


def _windows(text: str) -> Iterator[tuple[int, int]]:
    start = end = -1
    news = _news_trigger_words()
    for hit in _trigger().finditer(text):
        # a news word ("Friday", "now") is preceded by a few words at most
        if hit.group() in news:
            s, e = max(0, hit.start() - _NEWS_REACH_BEFORE), hit.end() + _NEWS_REACH_AFTER
        else:
            s, e = max(0, hit.start() - _REACH_BEFORE), hit.end() + _REACH_AFTER
        if s <= end:
            end = e
            continue
        if end >= 0:
            yield start, _extend(text, end)
        start, end = s, e
    if end >= 0:
        yield start, _extend(text, end)


def _extend(text: str, end: int) -> int:
    """Move a window end to whitespace so lookaheads are not cut mid-word."""
    if end >= len(text):
        return len(text)
    m = _NEXT_SPACE.search(text, end)
    return len(text) if m is None else m.start()


def _in_url(text: str, start: int, end: int) -> bool:
    """Whether a match without spaces sits inside a URL, DOI or e-mail address."""
    first, stop = start, max(0, start - 300)
    while first > stop and not text[first - 1].isspace():  # back to the token's start
        first -= 1
    after = _TOKEN_AFTER.match(text, end)
    token = text[first:end] + (after.group() if after else "")
    return _URLISH.search(token) is not None


def _candidates(text: str) -> Iterator[re.Match[str]]:
    scanner = _scanner()
    last = 0
    for start, end in _windows(text):
        for m in scanner.finditer(text, max(start, last), end):
            last = m.end()
            if " " not in m.group() and _in_url(text, m.start(), m.end()):
                continue
            yield m


def _alias_atoms(alias: str) -> list[str]:
    """Regex atoms of an alias: any space run, either dash, accents optional."""
    parts = []
    for ch in alias.lower():
        base = strip_accents(ch)
        if ch.isspace():
            parts.append(r"\s+")
        elif ch in "-–":
            parts.append(r"[-–]")
        elif base != ch and len(base) == 1:
            parts.append(f"[{re.escape(base)}{re.escape(ch)}]")
        else:
            parts.append(re.escape(ch))
    return parts


@functools.cache
def _periods_pattern() -> str:
    return atom_trie([_alias_atoms(a) for a in _period_index()])


# ---------------------------------------------------------------- named periods

_PERIODS_FILE = "periods.json"


@functools.cache
def named_periods() -> tuple[NamedPeriod, ...]:
    """The named periods of ``data/periods.json``, validated.

    Raises:
        DataError: An entry is malformed.

    >>> [p.date.edtf for p in named_periods() if p.name == "the Cold War"]
    ['1947~/1991~']
    """
    raw = read_json(_PERIODS_FILE)
    entries = raw.get("periods") if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        raise DataError(_PERIODS_FILE, "(file)", ["expected an object with a 'periods' list"])
    return tuple(_period(i, e) for i, e in enumerate(entries))


def _period(index: int, entry: Any) -> NamedPeriod:
    label = str(entry.get("name", index)) if isinstance(entry, dict) else str(index)
    if not isinstance(entry, dict):
        raise DataError(_PERIODS_FILE, label, ["an entry must be an object"])
    problems = []
    for key in ("name", "edtf", "earliest", "latest", "note"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            problems.append(f"{key!r} must be a non-empty string")
    aliases: Any = entry.get("aliases")
    if (
        not isinstance(aliases, list)
        or not aliases
        or not all(isinstance(a, str) and a.strip() for a in aliases)
    ):
        problems.append("'aliases' must be a non-empty list of non-empty strings")
    if problems:
        raise DataError(_PERIODS_FILE, label, problems)
    try:
        parsed = FuzzyDate.from_edtf(entry["edtf"])
        earliest = dt.date.fromisoformat(entry["earliest"])
        latest = dt.date.fromisoformat(entry["latest"])
    except (DateError, ValueError) as e:
        raise DataError(_PERIODS_FILE, label, [str(e)]) from None
    if not parsed.approximate:
        problems.append("a period's 'edtf' must be approximate (~)")
    if earliest > latest:
        problems.append("'earliest' is after 'latest'")
    if earliest < parsed.earliest or latest > parsed.latest:
        problems.append("'earliest'..'latest' must lie within what 'edtf' allows")
    if problems:
        raise DataError(_PERIODS_FILE, label, problems)
    date = attrs.evolve(parsed, earliest=earliest, latest=latest, text=entry["name"])
    return NamedPeriod(entry["name"], tuple(aliases), date, entry["note"])


@functools.cache
def _period_index() -> dict[str, NamedPeriod]:
    """Alias → period, longest alias first, with and without a leading "the"."""
    index: dict[str, NamedPeriod] = {}
    for period in named_periods():
        for alias in period.aliases:
            index[alias] = period
    return dict(sorted(index.items(), key=lambda kv: len(kv[0]), reverse=True))


@functools.cache
def _period_lookup() -> dict[str, NamedPeriod]:
    return {_key(alias): p for alias, p in _period_index().items()}


def _key(s: str) -> str:
    return _WS.sub(" ", strip_accents(s).replace("–", "-")).strip().casefold()


# ---------------------------------------------------------------- conversion


def _atom(s: str) -> FuzzyDate | None:
    """The date of one atom, or None if impossible (e.g. February 30)."""
    s = s.strip()
    for kind, pattern in _atom_parsers().items():
        if pattern.fullmatch(s):
            try:
                return _ATOM_CONVERT[kind](s)
            except (DateError, ValueError):
                return None
    return None


_NUM_RUN = re.compile(r"\d+")
_MONTH_RUN = re.compile(_MONTH)
_WORD_RUN = re.compile(r"[A-Za-z]+")


def _day_date(year: int, month: int, day: int) -> FuzzyDate:
    return FuzzyDate.from_date(dt.date(year, month, day))


def _mdy(s: str) -> FuzzyDate:
    m = _MONTH_RUN.search(s)
    assert m is not None
    day, year = (int(x) for x in _NUM_RUN.findall(s)[-2:])
    return _day_date(year, _MONTHS[m.group().rstrip(".")], day)


def _iso(s: str) -> FuzzyDate:
    return FuzzyDate.from_edtf(s)


def _dot(s: str) -> FuzzyDate:
    day, month, year = (int(x) for x in s.split("."))
    return _day_date(year, month, day)


def _slash(s: str) -> FuzzyDate:
    """'24/02/2022' (day first) or '12/31/2021' (month first); only the year if unclear.

    Day-first and month-first writing both occur, so "04/05/2010" could be
    4 May or 5 April: rather than guess, the date keeps only what is certain,
    its year. A part above 12 settles the order; equal parts need no order.
    """
    first, second, year = (int(x) for x in s.split("/"))
    if first > 12 and second <= 12:
        return _day_date(year, second, first)
    if second > 12 and first <= 12:
        return _day_date(year, first, second)
    if first == second:
        return _day_date(year, first, first)
    if first > 12:  # "24/31/2010": no calendar reading
        raise ValueError(s)
    return FuzzyDate.from_edtf(f"{year:04d}")


def _my(s: str) -> FuzzyDate:
    m = _MONTH_RUN.search(s)
    assert m is not None
    year = int(_NUM_RUN.findall(s)[-1])
    return FuzzyDate.from_edtf(f"{year:04d}-{_MONTHS[m.group().rstrip('.')]:02d}")


def _season(s: str) -> FuzzyDate:
    words = [w.lower() for w in _WORD_RUN.findall(s)]
    code = next(_SEASON_WORDS[w] for w in words if w in _SEASON_WORDS)
    year = int(_NUM_RUN.findall(s)[-1])
    return FuzzyDate.from_edtf(f"{year:04d}-{code}")


def _decade(s: str) -> FuzzyDate:
    word = re.split(r"[\s-]+", s)[-1].lower()
    if word in DECADE_WORDS:
        return FuzzyDate.from_edtf(f"19{DECADE_WORDS[word]}X")
    digits = _NUM_RUN.findall(s)[-1]
    if len(digits) == 2:  # '90s: the twentieth century unless 00s or 10s
        digits = ("20" if digits in ("00", "10") else "19") + digits
    return FuzzyDate.from_edtf(digits[:3] + "X")


def _century(s: str) -> FuzzyDate:
    low = s.lower()
    found = _NUM_RUN.search(low)
    if found is not None:
        n = int(found.group())
    elif "twenty" in low:
        n = 21
    else:
        word = re.split(r"[\s-]+", low)[-2]
        n = _ORDINAL_WORDS.index(word) + 1
    return FuzzyDate.from_edtf(f"{n - 1:02d}XX")


def _bare_year(s: str) -> FuzzyDate:
    return FuzzyDate.from_edtf(f"{int(s):04d}")


# The decades written as words, to the tens digit of their years ("nineties" -> "9").
DECADE_WORDS = {
    w: str(i)
    for i, w in enumerate(
        [
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ],
        start=2,
    )
}
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}


def _quarter(s: str) -> FuzzyDate:
    """'Q3 2021', 'the third quarter of 2021': three months, an EDTF interval."""
    low = s.lower()
    q = int(low[1]) if low.startswith("q") else _QUARTERS[low.split()[1]]
    year = int(_NUM_RUN.findall(s)[-1])
    first = dt.date(year, 3 * q - 2, 1)
    return _span_date(first, _month_end(dt.date(year, 3 * q, 1)), Unit.MONTH, None, False)


_ATOM_CONVERT = {
    "mdy": _mdy,
    "dmy": _mdy,
    "iso": _iso,
    "dot": _dot,
    "slash": _slash,
    "my": _my,
    "season": _season,
    "quarter": _quarter,
    "decade": _decade,
    "century": _century,
    "year": _bare_year,
}

# qualifier -> fraction of the span (start, end), by the span's precision.
# Fractions are of the number of units (months of a year, days of a month,
# years of a decade or century); see the module docstring.
_QUAL_PARTS: dict[str, dict[Precision, tuple[int, int]]] = {
    "early": {Precision.YEAR: (1, 4), Precision.MONTH: (1, 10), Precision.DECADE: (0, 3),
              Precision.CENTURY: (0, 33)},
    "mid": {Precision.YEAR: (5, 8), Precision.MONTH: (11, 20), Precision.DECADE: (3, 7),
            Precision.CENTURY: (33, 67)},
    "late": {Precision.YEAR: (9, 12), Precision.MONTH: (21, 31), Precision.DECADE: (7, 9),
             Precision.CENTURY: (67, 99)},
    "beginning": {Precision.YEAR: (1, 3), Precision.MONTH: (1, 10), Precision.DECADE: (0, 2),
                  Precision.CENTURY: (0, 25)},
    "end": {Precision.YEAR: (10, 12), Precision.MONTH: (21, 31), Precision.DECADE: (8, 9),
            Precision.CENTURY: (75, 100)},
    "first half": {Precision.YEAR: (1, 6), Precision.MONTH: (1, 15), Precision.DECADE: (0, 4),
                   Precision.CENTURY: (0, 49)},
    "second half": {Precision.YEAR: (7, 12), Precision.MONTH: (16, 31),
                    Precision.DECADE: (5, 9), Precision.CENTURY: (50, 99)},
}  # fmt: skip
_QUAL_SYNONYMS = {
    "middle": "mid",
    "start": "beginning",
    "close": "end",
    "early part": "early",
    "latter part": "late",
    "later part": "late",
    "latter half": "second half",
}


def _qualify(base: FuzzyDate, qualifier: str) -> FuzzyDate | None:
    words = _WS.sub(" ", qualifier.lower().replace("-", " ").replace("–", " ")).split()
    words = [w for w in words if w not in ("the", "very", "of")]
    name = " ".join(words)
    name = _QUAL_SYNONYMS.get(name, name)
    parts = _QUAL_PARTS.get(name, {}).get(base.precision)
    if parts is None:
        return None
    lo, hi = parts
    start = base.earliest
    if base.precision is Precision.YEAR:
        first = start.replace(month=lo)
        last = _month_end(start.replace(month=hi))
        units = Unit.MONTH
    elif base.precision is Precision.MONTH:
        end = base.latest.day
        first, last = start.replace(day=lo), start.replace(day=min(hi, end))
        units = Unit.DAY
    else:
        first = dt.date(start.year + lo, 1, 1)
        last = dt.date(start.year + hi, 12, 31)
        units = Unit.YEAR
    if "half" in name:  # exact: an honest EDTF interval
        return _span_date(first, last, units, None, False)
    edtf = base.edtf if base.edtf.endswith("~") else base.edtf + "~"
    return FuzzyDate(edtf, first, last, base.precision, None, approximate=True)


def _atomq(s: str) -> FuzzyDate | None:
    """An atom with optional "around" and "early/the end of" in front."""
    m = _qual_parse().fullmatch(s.strip())
    if m is None:
        return None
    base = _atom(m["atom"])
    if base is None:
        return None
    if m["qual"]:
        base = _qualify(base, m["qual"])
        if base is None:
            return None
    if m["approx"] and not base.approximate:
        edtf = base.edtf
        edtf = edtf + "~" if "/" not in edtf else "/".join(p + "~" for p in edtf.split("/"))
        base = attrs.evolve(base, edtf=edtf, approximate=True)
    return base


def _endpoint(d: FuzzyDate, bound: dt.date) -> str:
    """The EDTF of an interval end: decades and centuries become years.

    EDTF level 1 has no interval ends with unspecified digits ("198X/1991"),
    so "from the late 1980s to 1991" is written ``1987~/1991``.
    """
    if d.precision in (Precision.DECADE, Precision.CENTURY):
        return f"{bound.year:04d}" + ("~" if d.approximate else "")
    return d.edtf


def _interval(
    a: FuzzyDate | None, b: FuzzyDate | None, *, open_end: dt.date = OPEN_END
) -> FuzzyDate | None:
    if a is None and b is None:
        return None
    if (a is not None and "/" in a.edtf) or (b is not None and "/" in b.edtf):
        return None  # EDTF has no interval of intervals
    start = ".." if a is None else _endpoint(a, a.earliest)
    end = ".." if b is None else _endpoint(b, b.latest)
    earliest = OPEN_START if a is None else a.earliest
    latest = open_end if b is None else b.latest
    if earliest > latest:
        return None
    approx = (a is not None and a.approximate) or (b is not None and b.approximate)
    uncertain = (a is not None and a.uncertain) or (b is not None and b.uncertain)
    return FuzzyDate(
        f"{start}/{end}", earliest, latest, Precision.INTERVAL, None, approx, uncertain
    )


def _number(s: str) -> tuple[float, float, bool]:
    """(low, high, vague) for a number expression."""
    s = _WS.sub(" ", s.lower().replace("-", " ")).strip()
    half = 0.0
    if s.endswith("and a half"):
        half, s = 0.5, s[: -len("and a half")].strip()
    if s in _VAGUE:
        lo, hi = _VAGUE[s]
        return lo + half, hi + half, True
    if s in ("a", "an", "one"):
        n = 1.0
    elif s.startswith("half"):
        n = 0.5
    elif s[0].isdigit():
        n = float(s)
    else:
        words = s.split()
        n = float(sum(_NUMBER_WORDS[w] for w in words))
    return n + half, n + half, False


def _shift(m: str) -> Offset | None:
    p = _shift_parse().match(m)
    if p is None:
        return None
    lo, hi, vague = _number(p["n1"])
    if p["n2"]:
        _lo2, hi2, vague2 = _number(p["n2"])
        hi, vague = max(hi, hi2), vague or vague2
    unit_word = p["unit"].lower().rstrip("s")
    scale = {"decade": (Unit.YEAR, 10), "year": (Unit.YEAR, 1), "month": (Unit.MONTH, 1),
             "week": (Unit.DAY, 7), "day": (Unit.DAY, 1)}[unit_word]  # fmt: skip
    unit, factor = scale
    lo, hi = lo * factor, hi * factor
    if unit is Unit.YEAR and (lo != int(lo) or hi != int(hi)):
        unit, lo, hi = Unit.MONTH, lo * 12, hi * 12
    elif unit is Unit.MONTH and (lo != int(lo) or hi != int(hi)):
        unit, lo, hi = Unit.DAY, lo * 30, hi * 30
    direction = p["dir"].lower()
    past = direction in ("earlier", "before", "ago", "prior", "previously")
    low, high = (-round(hi), -round(lo)) if past else (round(lo), round(hi))
    basis = Basis.PUBLICATION if direction == "ago" else Basis.DISCOURSE
    if unit_word == "week" and direction == "ago" and lo == hi:
        weeks = round(lo / 7)  # "six weeks ago": that calendar week
        return Offset(basis, Unit.WEEK, -weeks, -weeks, approximate=vague)
    hedged = bool(p["hedge"]) and p["hedge"].lower() not in ("only", "fully", "a full", "full")
    return Offset(basis, unit, low, high, approximate=vague or hedged)


_PHRASE_SHIFT = {
    "same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1,
    "before": -1, "after": 1, "last": -1, "this": 0,
}  # fmt: skip


def _phrase(s: str) -> Offset:
    words = [w for w in s.lower().split() if w not in ("the", "very")]
    unit_word = next(w for w in words if w in ("year", "month", "week", "day"))
    amount = next((_PHRASE_SHIFT[w] for w in words if w in _PHRASE_SHIFT), 0)
    deictic = not s.lower().startswith(("the", "that"))
    basis = Basis.PUBLICATION if deictic else Basis.DISCOURSE
    if unit_word == "week":
        return Offset(basis, Unit.DAY, 7 * amount, 7 * amount)
    unit = {"year": Unit.YEAR, "month": Unit.MONTH, "day": Unit.DAY}[unit_word]
    return Offset(basis, unit, amount, amount)


_LOWER_WORD_AFTER = re.compile(r"\s+(?-i:[a-z])")


def _the_month_noun(text: str, start: int, end: int, matched: str) -> bool:
    """'the March accession', 'the October slaying': a month naming a noun's time."""
    return (
        matched != "May"
        and _THE_BEFORE.search(text, max(0, start - 6), start) is not None
        and _LOWER_WORD_AFTER.match(text, end) is not None
    )


_MONTH_CONTEXT = re.compile(
    r"\b(?:in|during|by|since|until|till|before|after|from|early|late|mid|through)[\s-]+$",
    re.IGNORECASE,
)


def _past(s: str) -> Offset:
    """'the past 30 years': from that long before publication up to it."""
    words = s.split()
    if words[0].lower() == "the":
        words = words[1:]
    unit_word = words[-1].lower().rstrip("s")
    _, amount, vague = _number(" ".join(words[1:-1])) if len(words) > 2 else (1.0, 1.0, False)
    unit, factor = {"decade": (Unit.YEAR, 10), "year": (Unit.YEAR, 1), "month": (Unit.MONTH, 1),
                    "week": (Unit.DAY, 7), "day": (Unit.DAY, 1)}[unit_word]  # fmt: skip
    return Offset(Basis.PUBLICATION, unit, -round(amount * factor), 0, approximate=vague)


def _monthday(s: str) -> Offset:
    m = _MONTH_RUN.search(s)
    assert m is not None
    day = int(_NUM_RUN.findall(s)[0])
    return Offset(Basis.DISCOURSE, month=_MONTHS[m.group().rstrip(".")], day=day)


def _yrange(s: str) -> FuzzyDate | None:
    first, second = _NUM_RUN.findall(s)[:2]
    a = int(first)
    b = int(second) if len(second) == 4 else a // 100 * 100 + int(second)
    if b <= a or b > 2100:
        return None
    return _interval(_bare_year(str(a)), _bare_year(str(b)))


def _drange(s: str) -> FuzzyDate | None:
    m = _MONTH_RUN.search(s)
    assert m is not None
    month = _MONTHS[m.group().rstrip(".")]
    nums = [int(x) for x in _NUM_RUN.findall(s)]
    d1, d2, year = nums[0], nums[1], nums[-1]
    try:
        return _interval(_day_date(year, month, d1), _day_date(year, month, d2))
    except ValueError:
        return None


# ---------------------------------------------------------------- news deixis
#
# News copy dates its events from its own day: "on Friday", "yesterday",
# "last week", "the third quarter", "in April" (this April or the last one,
# as the verb's tense says). The words come from ``data/news_dates.json``;
# every form resolves against the anchor (the publication date) and keeps an
# :class:`Offset` so that :meth:`DateMatch.resolve` can move it.

_NEWS_FILE = "news_dates.json"
_NEWS_LISTS = (
    "weekdays", "day_parts", "time_qualifiers", "present", "past", "future", "future_cues",
    "past_cues", "spelled_units", "spelled_teens", "spelled_tens", "model_year_nouns",
)  # fmt: skip


@attrs.frozen
class _Holiday:
    name: str
    aliases: tuple[str, ...]
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    nth: int = 0
    after_day: int = 0
    easter: int | None = None

    def on(self, year: int) -> dt.date:
        """The holiday's day in ``year``."""
        if self.easter is not None:
            return _easter(year) + dt.timedelta(days=self.easter)
        assert self.month is not None
        if self.day is not None:
            return dt.date(year, self.month, self.day)
        assert self.weekday is not None
        if self.nth < 0:  # the last such weekday of the month
            last = _month_end(dt.date(year, self.month, 1))
            return last - dt.timedelta(days=(last.weekday() - self.weekday) % 7)
        first = dt.date(year, self.month, 1 + self.after_day)
        first += dt.timedelta(days=(self.weekday - first.weekday()) % 7)
        return first + dt.timedelta(days=7 * (self.nth - 1))


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@attrs.frozen
class _NewsWords:
    lists: dict[str, tuple[str, ...]]
    day_words: dict[str, int]
    holidays: dict[str, _Holiday]  # alias (casefolded) -> holiday


@functools.cache
def _news() -> _NewsWords:
    """The word lists of ``data/news_dates.json``, validated."""
    raw = read_json(_NEWS_FILE)
    if not isinstance(raw, dict):
        raise DataError(_NEWS_FILE, "(file)", ["expected an object"])
    lists: dict[str, tuple[str, ...]] = {}
    for key in _NEWS_LISTS:
        value = raw.get(key)
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(w, str) and w.strip() for w in value)
        ):
            raise DataError(_NEWS_FILE, key, ["must be a non-empty list of non-empty strings"])
        lists[key] = tuple(value)
    if len(lists["weekdays"]) != 7:
        raise DataError(_NEWS_FILE, "weekdays", ["must name the seven days, Monday first"])
    day_words = raw.get("day_words")
    if not isinstance(day_words, dict) or not all(
        isinstance(k, str) and isinstance(v, int) and -7 <= v <= 7 for k, v in day_words.items()
    ):
        raise DataError(_NEWS_FILE, "day_words", ["must map words to day shifts (-7..7)"])
    holidays: dict[str, _Holiday] = {}
    for i, entry in enumerate(raw.get("holidays") or []):
        holiday = _holiday(i, entry, lists["weekdays"])
        for alias in holiday.aliases:
            holidays[_key(alias)] = holiday
    return _NewsWords(lists, dict(day_words), holidays)


def _holiday(index: int, entry: Any, weekdays: tuple[str, ...]) -> _Holiday:
    label = str(entry.get("name", index)) if isinstance(entry, dict) else str(index)
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
        raise DataError(_NEWS_FILE, label, ["a holiday must be an object with a 'name'"])
    aliases = entry.get("aliases")
    if not isinstance(aliases, list) or not aliases or not all(isinstance(a, str) for a in aliases):
        raise DataError(_NEWS_FILE, label, ["'aliases' must be a non-empty list of strings"])
    try:
        weekday = weekdays.index(entry["weekday"]) if "weekday" in entry else None
        holiday = _Holiday(
            entry["name"], tuple(aliases), entry.get("month"), entry.get("day"), weekday,
            int(entry.get("nth", 0)), int(entry.get("after_day", 0)), entry.get("easter"),
        )  # fmt: skip
        holiday.on(2000)  # a rule that gives no day fails here
    except (ValueError, TypeError, AssertionError) as e:
        raise DataError(_NEWS_FILE, label, [f"not a valid holiday rule: {e}"]) from None
    return holiday


def _case_atoms(phrase: str) -> list[str]:
    return [r"\s+" if c.isspace() else re.escape(c) for c in phrase]


def _phrases(words: tuple[str, ...] | list[str]) -> str:
    return atom_trie([_alias_atoms(w) for w in sorted(words, key=lambda w: (-len(w), w))])


_TQ = r"(?:(?:early|late|earlier|later)\s+)"
# Word lists as prefix trees: the scanner tries them at every word start.
_QORD = "(?:" + _words(["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"]) + ")"
_QMOD_WORDS = (
    "latest", "current", "same", "comparable", "corresponding", "previous", "preceding",
    "prior", "fiscal", "calendar",
)  # fmt: skip
_QMOD = (
    "(?:(?:"
    + atom_trie(
        [[re.escape(c) for c in w] for w in _QMOD_WORDS]
        + [["year", r"[-\s]", "ago"], ["year", r"[-\s]", "earlier"]]
        + [["1", r"\d{3}"], ["20", r"\d\d"]]
    )
    + r")[\s-]+)"
)
_QDET = "(?:" + _words(["the", "its", "their", "that", "this", "last", "next"]) + ")"
_SEASON_RE = r"(?:spring|summer|autumn|fall|winter)"


@functools.cache
def _spelled_year() -> str:
    w = _news().lists
    unit, teen, tens = (
        _words(w["spelled_units"]),
        _words(w["spelled_teens"]),
        _words(w["spelled_tens"]),
    )
    two = rf"(?:{tens}(?:[\s-]+{unit})?|{teen}|(?:oh|o)[\s-]+{unit})"
    return (
        rf"(?:nineteen|eighteen|twenty)(?:\s+hundred(?:\s+and)?)?[\s-]+{two}"
        rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{teen}|{unit}))?"
    )


@functools.cache
def _news_alternatives() -> dict[str, str]:
    """The scanner alternatives of news deixis, in the order they are tried."""
    w = _news().lists
    weekday = "(?-i:" + _words(w["weekdays"]) + ")"
    part = rf"(?:\s+(?:{_words(w['day_parts'])}))"
    holidays = _phrases([h for hd in {id(x): x for x in _news().holidays.values()}.values()
                         for h in hd.aliases])  # fmt: skip
    months = _MONTH
    return {
        "quarterq": (
            rf"(?:(?:{_QDET}|(?:this|last|next)\s+year['’]s)\s+{_QMOD}*"
            rf"(?:{_QORD}[\s-]+{_QMOD}*)?|{_QMOD}*{_QORD}[\s-]+{_QMOD}*)"
            rf"quarter(?:\s+of\s+{_YEAR}|,?\s+{_YEAR})?"
            r"(?:\s+(?:a|one)\s+year\s+(?:ago|earlier)|\s+(?:of\s+)?last\s+year)?"
        ),
        # "the year-ago period": a reporting period, only where quarters are spoken of
        "periodq": (
            rf"(?:the|its|that)\s+{_QMOD}+period"
            r"(?:\s+(?:a|one)\s+year\s+(?:ago|earlier)|\s+(?:of\s+)?last\s+year)?"
        ),
        "yearago": r"year[-\s](?:ago|earlier)(?![\s-]+(?:quarter|period))",
        "monthdeixis": (
            rf"(?:{_TQ}|mid-?)?(?:last|next|this(?:\s+(?:past|coming))?)\s+{months}"
            rf"(?:\s*{_DAY})?(?![.,]?\s*\d)"
            rf"|{months}\s+(?:of\s+)?(?:this|last|next)\s+year\b"
        ),
        # "the end of the year", "year-end", "the beginning of the month"
        "unitpart": (
            r"(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|close)\s+of\s+(?:the|this)\s+"
            r"(?:year|month)\b(?![-'’])|(?:the\s+)?year[-\s]end\b|(?:the\s+)?year['’]s\s+end\b"
        ),
        # "for the year", "the full year", "the fiscal year": the year spoken of
        "theyear": (
            r"the\s+(?:full\s+|fiscal\s+|(?:current|latest)\s+fiscal\s+)?year\b"
            r"(?![-'’]|\s*\d|\s+(?:before|after|of|earlier|ago|later|two|nineteen|eighteen|that"
            r"|when|in\s+which|end)\b)"
        ),
        "unitdeixis": (
            rf"{_TQ}?(?:(?:this|last|next)(?:\s+(?:past|coming))?|the\s+(?:past|current|coming)"
            rf"|the\s+last)\s+(?:week(?:end)?|month|year|quarter|{_SEASON_RE})\b(?!\s+of\b)"
            rf"|{_TQ}?this\s+(?:decade|century)\b"
            r"|the\s+weekend\b"
        ),
        "weekday": (
            rf"{_TQ}?(?:(?:last|next|this(?:\s+(?:coming|past))?|the\s+(?:previous|following|next))\s+)?"
            rf"{weekday}{part}?"
        ),
        "dayword": rf"{_TQ}?(?:today|tonight|yesterday|tomorrow){part}?",
        "holiday": rf"(?:(?:last|next|this)\s+)?(?:{holidays})(?:\s+week\b)?(?:,?\s+{_YEAR})?",
        "weekof": rf"the\s+week\s+of\s+{months}\s*{_DAY}(?:,?\s+{_YEAR})?",
        "spelled": (
            rf"(?:(?:{months}|(?:the\s+)?{_SEASON_RE}\s+of)\s+)?(?:the\s+year\s+)?(?:{_spelled_year()})"
        ),
    }


@functools.cache
def _ref_alternative() -> str:
    """'now', 'recently', 'the future': tried after every other form ("the past 30 years")."""
    w = _news().lists
    words = list(w["present"]) + list(w["past"]) + list(w["future"])
    # Case-sensitive: as written or capitalised at a sentence start, never a
    # title's capitals ("Back to the Future").
    variants = {v for x in words for v in (x, x[:1].upper() + x[1:])}
    units = ("years", "months", "weeks", "days", "quarters", "term")
    whole = sorted((v for v in variants if v.endswith(units)), key=lambda v: (-len(v), v))
    other = sorted((v for v in variants if not v.endswith(units)), key=lambda v: (-len(v), v))
    # "the past years", "recent decades": an amount of time, not the writer's past
    amount = r"(?!\s+(?:[\w-]+\s+)?(?:years|months|weeks|days|decades|centuries)\b)"
    return (
        f"(?-i:{atom_trie([_case_atoms(v) for v in whole])})"
        f"|(?-i:{atom_trie([_case_atoms(v) for v in other])}){amount}"
    )


@functools.cache
def _news_first_word() -> str:
    """A regex of every word a news form can begin with (see _news_alternatives)."""
    w = _news().lists
    words = {
        "the", "its", "their", "that", "this", "last", "next", "early", "late", "earlier",
        "later", "mid", "year", "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th",
        "latest", "current", "same", "comparable", "corresponding", "previous", "preceding",
        "prior", "fiscal", "calendar", "nineteen", "eighteen", "twenty", "two",
    }  # fmt: skip
    words |= set(_SEASON_WORDS) | {m.lower() for m in _MONTHS} | {d.lower() for d in w["weekdays"]}
    words |= set(_news().day_words)
    aliases = [a.lower().split() for h in _news().holidays.values() for a in h.aliases]
    words |= {a[0] for a in aliases}
    # "the" is everywhere: test the word after it as well
    words.discard("the")
    after_the = {
        "year", "full", "fiscal", "current", "latest", "very", "beginning", "start", "middle",
        "end", "close", "past", "coming", "last", "weekend", "week", "previous", "following",
        "next", "quarter", "same", "comparable", "corresponding", "preceding", "prior",
        "calendar", "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th",
    }  # fmt: skip
    after_the |= set(_SEASON_WORDS) | {a[1] for a in aliases if a[0] == "the" and len(a) > 1}
    return rf"(?:{_words(words)})\b|the\s+(?:{_words(after_the)}|\d)"


def _news_triggers() -> set[str]:
    w = _news().lists
    words = set(w["weekdays"]) | set(_news().day_words) | {"nineteen", "eighteen", "two thousand"}
    words |= set(w["present"] + w["past"] + w["future"])
    words |= {a for h in _news().holidays.values() for a in h.aliases}
    return words


@functools.cache
def _future_cue() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_phrases(_news().lists['future_cues'])})(?!\w)", _FLAGS)


@functools.cache
def _past_cue() -> re.Pattern[str]:
    # a lower-case word in -ed ("United" is a name; "need", "hundred" are no verbs)
    verb = r"(?-i:(?!(?:need|speed|hundred|indeed|proceed)\b)[a-z]{3,}ed)"
    return re.compile(rf"\b(?:{_phrases(_news().lists['past_cues'])}|{verb})\b", _FLAGS)


_CLAUSE_START = re.compile(r"[.;!?\n][\"'”’)]*\s+(?=\S)|^", re.MULTILINE)
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)|[\n)”\"]|''|$")
_LEFT_REACH = 90
_RIGHT_REACH = 50


def _tense(text: str, start: int, end: int) -> int:
    """-1 if the clause around text[start:end] speaks of the past, +1 of the future.

    The nearest cue wins: a future cue ("will", "is to", "scheduled") or a
    past one ("said", "was", a word in -ed); 0 if there is none.
    """
    lo = max(0, start - _LEFT_REACH)
    left = text[lo:start]
    cut = 0
    for m in _CLAUSE_START.finditer(left):
        cut = m.end()
    left = left[cut:]
    stop = _CLAUSE_END.search(text, end, min(len(text), end + _RIGHT_REACH))
    right = text[end : stop.start() if stop else min(len(text), end + _RIGHT_REACH)]
    best: tuple[int, int] = (10**6, -1)
    for cue, sign in ((_future_cue(), 1), (_past_cue(), -1)):
        for m in cue.finditer(left):
            best = min(best, (len(left) - m.end(), sign), key=lambda x: x[0])
        m2 = cue.search(right)
        if m2 is not None:
            best = min(best, (m2.start() + 1, sign), key=lambda x: x[0])
    return best[1] if best[0] < 10**6 else 0


def _news_base(
    anchor: FuzzyDate | None, discourse: FuzzyDate | None, tense: int = 0
) -> tuple[FuzzyDate | None, Basis]:
    """What a year-less date counts from: the anchor, unless the text is elsewhere.

    A news story's undated "April" or "Friday" is near its publication date;
    a history's "on 12 May" just after "On 4 April 1949" is in 1949. So the
    previous date of the text (passed only when it is a few sentences back)
    wins only when it names a day and lies more than a year from the anchor
    and the clause is not in the future tense, or when there is no anchor. A
    month of another year ("fled in June 1998") is background; the story's
    undated "late November" stays near the anchor.
    """
    if anchor is None:
        return discourse, Basis.DISCOURSE
    if (
        discourse is not None
        and tense <= 0
        and discourse.precision is Precision.DAY
        and abs(discourse.latest.year - anchor.latest.year) > 1
    ):
        return discourse, Basis.DISCOURSE
    return anchor, Basis.PUBLICATION


def _pick(
    occurrence: Any, anchor: FuzzyDate, direction: int, strict: bool, nearest: bool = False
) -> tuple[dt.date, dt.date] | None:
    """The occurrence (a function of the year) nearest the anchor on one side."""
    a, b = anchor.earliest, anchor.latest
    year = b.year
    if direction == 0:
        return occurrence(year)  # type: ignore[no-any-return]
    if nearest and not strict:
        past = _pick(occurrence, anchor, -1, False)
        future = _pick(occurrence, anchor, 1, False)
        if past is None or future is None or past == future:
            return past or future
        to_past = max(0, (a - past[1]).days)
        to_future = max(0, (future[0] - b).days)
        if direction < 0:
            return future if 2 * to_future < to_past else past
        return past if 2 * to_past < to_future else future
    years = range(year + 1, year - 3, -1) if direction < 0 else range(year - 1, year + 3)
    for y in years:
        first, last = occurrence(y)
        if direction < 0 and ((last < a) if strict else (first <= b)):
            return first, last
        if direction > 0 and ((first > b) if strict else (last >= a)):
            return first, last
    return None


def _season_span(code: int, year: int) -> tuple[dt.date, dt.date]:
    d = FuzzyDate.from_edtf(f"{year:04d}-{code}")
    return d.earliest, d.latest


def _quarter_span(year: int, q: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 3 * q - 2, 1), _month_end(dt.date(year, 3 * q, 1))


def _week_of(day: dt.date, text: str | None) -> FuzzyDate:
    """The calendar week (Monday to Sunday) holding ``day``, as an interval of days."""
    monday = day - dt.timedelta(days=day.weekday())
    return _span_date(monday, monday + dt.timedelta(days=6), Unit.DAY, text, False)


def _apply_news(o: Offset, anchor: FuzzyDate, text: str | None) -> FuzzyDate | None:
    if o.reference is not None:
        day = anchor.latest if o.reference is not Reference.FUTURE else anchor.earliest
        if anchor.precision is Precision.DAY:
            point: FuzzyDate = _span_date(day, day, Unit.DAY, None, False)
        else:
            point = anchor
        if o.reference is Reference.PRESENT:
            return attrs.evolve(point, text=text)
        if "/" in point.edtf:
            return None
        if o.reference is Reference.PAST:
            return _interval(None, point)
        return _interval(point, None)
    if o.weekday is not None:
        if anchor.precision is not Precision.DAY:
            return None
        d = anchor.earliest
        back = (d.weekday() - o.weekday) % 7
        ahead = (o.weekday - d.weekday()) % 7
        if o.nearest and o.direction and back and ahead:
            day = d - dt.timedelta(days=back)
            if (o.direction < 0 and 2 * ahead < back) or (o.direction > 0 and 2 * back >= ahead):
                day = d + dt.timedelta(days=ahead)
        elif o.direction < 0:
            back = (d.weekday() - o.weekday) % 7 or (7 if o.strict else 0)
            day = d - dt.timedelta(days=back)
        elif o.direction > 0:
            ahead = (o.weekday - d.weekday()) % 7 or (7 if o.strict else 0)
            day = d + dt.timedelta(days=ahead)
        else:
            day = d + dt.timedelta(days=o.weekday - d.weekday())
        return _span_date(day, day, Unit.DAY, text, False)
    if o.unit is Unit.WEEK and o.holiday is None and o.month is None:
        monday = anchor.earliest - dt.timedelta(days=anchor.earliest.weekday())
        first = monday + dt.timedelta(days=7 * o.low)
        last = monday + dt.timedelta(days=7 * o.high + 6)
        return _span_date(first, last, Unit.DAY, text, False)
    if o.unit is Unit.WEEKEND:
        d = anchor.latest if o.direction <= 0 else anchor.earliest
        if o.direction < 0:
            sat = d - dt.timedelta(days=(d.weekday() - 5) % 7)
        elif o.direction > 0:
            sat = d + dt.timedelta(days=(5 - d.weekday()) % 7)
            sat -= dt.timedelta(days=1) if d.weekday() == 6 else dt.timedelta(0)
        else:
            sat = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=5 + 7 * o.low)
        return _span_date(sat, sat + dt.timedelta(days=1), Unit.DAY, text, False)
    if o.quarter is not None:
        q = o.quarter
        found = _pick(lambda y: _quarter_span(y, q), anchor, o.direction, o.strict, o.nearest)
        if found is None:
            return None
        first = found[0] + relativedelta(months=3 * o.low)
        last = _month_end(first + relativedelta(months=2))
        return _span_date(first, last, Unit.MONTH, text, False)
    if o.unit is Unit.QUARTER:
        start = anchor.earliest
        first = dt.date(start.year, (start.month - 1) // 3 * 3 + 1, 1)
        first += relativedelta(months=3 * o.low)
        last = _month_end(first + relativedelta(months=3 * (o.high - o.low) + 2))
        return _span_date(first, last, Unit.MONTH, text, False)
    if o.season is not None:
        code = o.season
        found = _pick(lambda y: _season_span(code, y), anchor, o.direction, o.strict)
        if found is None:
            return None
        if o.direction == 0 and code == 24 and anchor.latest.month <= 2:
            found = _season_span(code, anchor.latest.year - 1)
        return attrs.evolve(FuzzyDate.from_edtf(f"{found[0].year:04d}-{code}"), text=text)
    if o.holiday is not None:
        holiday = _news().holidays[_key(o.holiday)]
        year = anchor.latest.year
        if o.unit is Unit.YEAR and o.low:
            day = holiday.on(year + o.low)
            return _span_date(day, day, Unit.DAY, text, False)
        found = _pick(
            lambda y: (holiday.on(y), holiday.on(y)), anchor, o.direction, o.strict, o.nearest
        )
        if found is None:
            return None
        return (
            _week_of(found[0], text)
            if o.unit is Unit.WEEK
            else _span_date(found[0], found[1], Unit.DAY, text, False)
        )
    if o.month is not None:
        month, day_of = o.month, o.day

        def occurrence(y: int) -> tuple[dt.date, dt.date]:
            if day_of is None:
                first = dt.date(y, month, 1)
                return first, _month_end(first)
            d = dt.date(y, month, day_of)
            return d, d

        found = _pick(occurrence, anchor, o.direction, o.strict, o.nearest)
        if found is None:
            return None
        if o.unit is Unit.WEEK and day_of is not None:  # "the week of May 8"
            return _week_of(found[0], text)
        grain = Unit.MONTH if day_of is None else Unit.DAY
        return _span_date(found[0], found[1], grain, text, o.approximate)
    return None


_QUARTER_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
                "4th": 4}  # fmt: skip
_YEAR_DIGITS = re.compile(r"(?<!\d)(1\d{3}|20\d\d)(?!\d)")
_PAST_WORDS = re.compile(r"year[-\s](?:ago|earlier)|last\s+year|a\s+year\s+(?:ago|earlier)", _FLAGS)


def _quarter_offset(
    matched: str, anchor: FuzzyDate | None, quarter_ctx: FuzzyDate | None, tense: int
) -> tuple[Offset, FuzzyDate | None] | FuzzyDate | None:
    """A quarter expression: an absolute quarter, or an offset and its base."""
    low = _WS.sub(" ", matched.lower().replace("-", " "))
    words = low.split()
    period = words[-1] == "period" or "period" in words
    ords = [_QUARTER_ORD[x] for x in words if x in _QUARTER_ORD]
    years = _YEAR_DIGITS.findall(matched)
    back = -4 if _PAST_WORDS.search(low) else 0
    if "next year's" in low or "next year’s" in low:
        back = 4
    if period and (quarter_ctx is None or ords):
        return None  # "the period" is a quarter only where quarters are spoken of
    if ords and len(ords) == 1 and years:
        first, last = _quarter_span(int(years[0]), ords[0])
        return _span_date(first, last, Unit.MONTH, None, False)
    if ords:
        q = ords[0]
        if back:  # "last year's third quarter": that quarter a year before the anchor's
            return Offset(Basis.PUBLICATION, Unit.QUARTER, back, back, quarter=q), anchor
        return Offset(Basis.PUBLICATION, Unit.QUARTER, quarter=q, direction=tense or -1,
                      nearest=True), anchor  # fmt: skip
    if years:
        year = int(years[0])
        if quarter_ctx is None:
            return None
        q = (quarter_ctx.earliest.month - 1) // 3 + 1
        first, last = _quarter_span(year, q)
        return _span_date(first, last, Unit.MONTH, None, False)
    if words[0] in ("this",) or "current" in words:
        return Offset(Basis.PUBLICATION, Unit.QUARTER, back, back), anchor
    if words[0] in ("last",) or "previous" in words or "preceding" in words or "prior" in words:
        return Offset(Basis.PUBLICATION, Unit.QUARTER, back - 1, back - 1), anchor
    if words[0] == "next":
        return Offset(Basis.PUBLICATION, Unit.QUARTER, 1, 1), anchor
    if quarter_ctx is not None and "latest" not in words:
        return Offset(Basis.DISCOURSE, Unit.QUARTER, back, back), quarter_ctx
    # "the quarter", "the latest quarter": the last one that has ended
    return Offset(Basis.PUBLICATION, Unit.QUARTER, back - 1, back - 1), anchor


_UNIT_WORDS = {"week": Unit.WEEK, "weekend": Unit.WEEKEND, "month": Unit.MONTH,
               "quarter": Unit.QUARTER, "year": Unit.YEAR}  # fmt: skip


def _deixis_offset(matched: str, tense: int) -> Offset | None:
    """'last week', 'this spring', 'the past year', 'next month', 'the weekend'."""
    words = _WS.sub(" ", matched.lower()).split()
    words = [x for x in words if x not in ("early", "late", "earlier", "later")]
    unit_word = words[-1]
    lead = " ".join(words[:-1])
    shift = 0
    if lead in ("last", "the past", "the last", "this past"):
        shift = -1
    elif lead in ("next", "the coming", "this coming"):
        shift = 1
    if unit_word in _SEASON_WORDS:
        direction = {-1: -1, 1: 1, 0: 0}[shift]
        return Offset(Basis.PUBLICATION, season=_SEASON_WORDS[unit_word], direction=direction,
                      strict=shift != 0)  # fmt: skip
    if unit_word in ("decade", "century"):
        return None
    unit = _UNIT_WORDS[unit_word]
    if unit is Unit.WEEKEND and lead == "the":
        return Offset(Basis.PUBLICATION, Unit.WEEKEND, direction=tense or -1)
    return Offset(Basis.PUBLICATION, unit, shift, shift)


_WEEKDAY_TAIL = re.compile(
    rf",?\s+(?P<d>{_MONTH}\s*{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?)"
    r"(?![\w-]*\w)",
    _FLAGS,
)


def _spelled_number(s: str) -> int:
    """'ninety-six' -> 96, 'oh five' -> 5."""
    total = 0
    for word in re.split(r"[\s-]+", s.lower()):
        if word in ("oh", "o", "and"):
            continue
        if word in _news().lists["spelled_teens"]:
            total += 10 + _news().lists["spelled_teens"].index(word)
        elif word in _news().lists["spelled_tens"]:
            total += 20 + 10 * _news().lists["spelled_tens"].index(word)
        else:
            total += 1 + _news().lists["spelled_units"].index(word)
    return total


_SPELLED_LEAD = re.compile(r"(nineteen|eighteen|twenty)(?:\s+hundred(?:\s+and)?)?[\s-]+", _FLAGS)
_TWO_THOUSAND = re.compile(r"two\s+thousand(?:\s+and)?\s*", _FLAGS)


def _spelled(matched: str) -> FuzzyDate | None:
    m = _SPELLED_LEAD.search(matched)
    if m is not None:
        century = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[m.group(1).lower()]
        year = century + _spelled_number(matched[m.end() :])
        prefix = matched[: m.start()]
    else:
        t = _TWO_THOUSAND.search(matched)
        if t is None:
            return None
        rest = matched[t.end() :].strip()
        year = 2000 + (_spelled_number(rest) if rest else 0)
        prefix = matched[: t.start()]
    month = _MONTH_RUN.search(prefix)
    season = next((w for w in _WORD_RUN.findall(prefix.lower()) if w in _SEASON_WORDS), None)
    if month is not None:
        return FuzzyDate.from_edtf(f"{year:04d}-{_MONTHS[month.group().rstrip('.')]:02d}")
    if season is not None:
        return FuzzyDate.from_edtf(f"{year:04d}-{_SEASON_WORDS[season]}")
    return FuzzyDate.from_edtf(f"{year:04d}")


@functools.cache
def _ref_kinds() -> dict[str, Reference]:
    w = _news().lists
    out = {_key(x): Reference.PRESENT for x in w["present"]}
    out |= {_key(x): Reference.PAST for x in w["past"]}
    out |= {_key(x): Reference.FUTURE for x in w["future"]}
    return out


@functools.cache
def _model_year_after() -> re.Pattern[str]:
    nouns = _words(_news().lists["model_year_nouns"])
    return re.compile(rf"\s+(?-i:{nouns})\b")


_SENTENCE_START = re.compile(r"(?:^|[.!?:\n][\"'”’)]*\s*|[\"“‘(`]\s*|''\s*)$")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_CAPITAL_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z])")
_OF_AFTER = re.compile(r"\s+of\s+(?:the|a|an|this|that|its|his|her|their)\b", re.IGNORECASE)
_YEAR_PREPOSITION = re.compile(
    r"\b(?:in|since|by|until|till|of|year|before|after|from|to|around|about)\s+$", re.IGNORECASE
)


def _not_news_date(text: str, kind: str, start: int, end: int, matched: str) -> bool:
    """Look-alikes of news dates: names, titles, counts, parts of a game."""
    before = text[max(0, start - 12) : start]
    if kind in ("ref", "dayword") and matched[:1].isupper() and not _SENTENCE_START.search(before):
        return True  # "the Current Affairs Committee", "VOA Today": a name
    if kind == "unitdeixis" and matched.split()[-1][:1].isupper():
        return True  # "This Week", a programme
    if kind == "weekday" and _THE_BEFORE.search(before) and _CAPITAL_AFTER.match(text, end):
        return text[end:].split(None, 1)[0].rstrip(".,") not in _MONTHS  # "the Sunday Times"
    if kind == "holiday" and _CAPITAL_AFTER.match(text, end):
        word = text[end:].split(None, 1)[0].rstrip(".,")
        return word not in _MONTHS  # "Easter Island"
    if kind == "quarterq" and _OF_AFTER.match(text, end):
        return True  # "the second quarter of the match"
    if kind == "spelled":
        if _COUNT_AFTER.match(text, end):
            return True  # "two thousand troops"
        low = matched.lower()
        if low.startswith(("two", "twenty")) and not _YEAR_PREPOSITION.search(before):
            return True  # a spelled year needs "in", "since", "the year"... before it
    return False


def _news_convert(
    text: str,
    kind: str,
    span: tuple[int, int],
    matched: str,
    anchor: FuzzyDate | None,
    discourse: FuzzyDate | None,
    quarter_ctx: FuzzyDate | None,
    discourse_any: FuzzyDate | None = None,
) -> DateMatch | None:
    """A news-deixis candidate as a match (date None when it has no anchor).

    ``discourse`` is the previous date of the text if it is near, ``discourse_any``
    the previous date wherever it is.
    """
    start, end = span
    if _not_news_date(text, kind, start, end, matched):
        return None
    if kind == "spelled":
        date = _spelled(matched)
        return None if date is None else DateMatch(span, matched, _with_text(date, matched))
    tense = _tense(text, start, end) if kind in _TENSED else 0
    base: FuzzyDate | None = anchor
    offset: Offset | None
    if kind in ("quarterq", "periodq"):
        got = _quarter_offset(matched, anchor, quarter_ctx, tense)
        if got is None:
            return None
        if isinstance(got, FuzzyDate):
            return DateMatch(span, matched, _with_text(got, matched))
        offset, base = got
    elif kind == "yearago":
        if quarter_ctx is not None:
            offset, base = Offset(Basis.DISCOURSE, Unit.QUARTER, -4, -4), quarter_ctx
        else:
            offset = Offset(Basis.PUBLICATION, Unit.YEAR, -1, -1)
    elif kind == "monthdeixis":
        m = _MONTH_RUN.search(matched)
        if m is None:
            return None
        month = _MONTHS[m.group().rstrip(".")]
        low = matched.lower()
        days = _NUM_RUN.findall(matched[m.end() :])
        day_of = int(days[0]) if days else None  # "last Sept. 14"
        if low.rstrip().endswith("year"):
            shift = -1 if "last" in low else (1 if "next" in low else 0)
            offset = Offset(Basis.PUBLICATION, Unit.YEAR, shift, shift, month=month)
        elif "last" in low or "past" in low:
            offset = Offset(Basis.PUBLICATION, month=month, day=day_of, direction=-1, strict=True)
        elif "next" in low or "coming" in low:
            offset = Offset(Basis.PUBLICATION, month=month, day=day_of, direction=1, strict=True)
        else:
            offset = Offset(Basis.PUBLICATION, month=month, day=day_of)
    elif kind == "unitpart":
        low = _WS.sub(" ", matched.lower().replace("-", " "))
        unit = Unit.MONTH if low.endswith("month") else Unit.YEAR
        part = "end" if " end" in f" {low}" or "close" in low else None
        part = part or next(p for p in ("beginning", "start", "middle") if p in low)
        offset = Offset(Basis.PUBLICATION, unit, part=part)
    elif kind == "theyear":
        low = matched.lower()
        if "current" in low:
            offset = Offset(Basis.PUBLICATION, Unit.YEAR)
        elif "latest" in low:
            offset = Offset(Basis.PUBLICATION, Unit.YEAR, -1, -1)
        else:  # the year of the previous date of the text, else the anchor's
            offset = Offset(Basis.DISCOURSE, Unit.YEAR)
            base = discourse_any or anchor
    elif kind == "unitdeixis":
        offset = _deixis_offset(matched, tense)
        if offset is None:
            return None
    elif kind == "weekday":
        tail = _WEEKDAY_TAIL.match(text, end)
        if tail is not None:  # "Sunday, March 8": the date says which Sunday
            full = (start, tail.end())
            full_text = text[start : tail.end()]
            inner = tail.group("d")
            date = _atom(inner)
            if date is not None:
                return DateMatch(full, full_text, _with_text(date, full_text))
            inner_offset = _monthday(inner)
            base, basis = _news_base(anchor, discourse, tense)
            inner_offset = attrs.evolve(
                inner_offset, basis=basis, direction=tense or -1, nearest=True
            )
            if base is None:
                return DateMatch(full, full_text, None, True, None, inner_offset)
            resolved = inner_offset.apply(base, text=full_text)
            return DateMatch(full, full_text, resolved, True, base, inner_offset)
        low = matched.lower()
        day = next(i for i, d in enumerate(_news().lists["weekdays"]) if d.lower() in low)
        # Only the anchor: "on Wednesday" after "in November 2014" is rarely in that month;
        # but "the following Monday" counts from the day just told, when there is one.
        base, basis = anchor, Basis.PUBLICATION
        told = discourse_any
        if low.startswith("the ") and told is not None and told.precision is Precision.DAY:
            base, basis = told, Basis.DISCOURSE
        if "last" in low or "previous" in low or "past" in low:
            offset = Offset(basis, weekday=day, direction=-1, strict=True)
        elif "next" in low or "following" in low or "coming" in low:
            offset = Offset(basis, weekday=day, direction=1, strict=True)
        else:
            offset = Offset(basis, weekday=day, direction=tense or -1, nearest=not tense)
    elif kind == "dayword":
        word = next(w for w in _news().day_words if w in matched.lower())
        shift = _news().day_words[word]
        offset = Offset(Basis.PUBLICATION, Unit.DAY, shift, shift)
    elif kind == "holiday":
        years = _YEAR_DIGITS.findall(matched)
        low = matched.lower()
        name = _key(
            re.sub(r"^(?:last|next|this)\s+|\s+week\b|,?\s+\d{4}$", "", matched, flags=_FLAGS)
        )
        holiday = _news().holidays.get(name)
        if holiday is None:
            return None
        unit = Unit.WEEK if _WEEK_WORD.search(matched) else Unit.DAY  # "Christmas week"
        if years:
            on = holiday.on(int(years[0]))
            date = (
                _week_of(on, matched)
                if unit is Unit.WEEK
                else _span_date(on, on, Unit.DAY, matched, False)
            )
            return DateMatch(span, matched, date)
        alias = holiday.aliases[0]
        if low.startswith("last"):
            offset = Offset(Basis.PUBLICATION, unit, holiday=alias, direction=-1, strict=True)
        elif low.startswith("next"):
            offset = Offset(Basis.PUBLICATION, unit, holiday=alias, direction=1, strict=True)
        else:
            offset = Offset(
                Basis.PUBLICATION, unit, holiday=alias, direction=tense or -1, nearest=True
            )
    elif kind == "weekof":
        date = _atom(matched.split(None, 3)[-1])
        if date is not None:  # "the week of May 8, 2000"
            return DateMatch(span, matched, _week_of(date.earliest, matched))
        inner = _monthday(matched)
        offset = attrs.evolve(
            inner, basis=Basis.PUBLICATION, unit=Unit.WEEK, direction=tense or -1, nearest=True
        )
    elif kind == "ref":
        ref = _ref_kinds().get(_key(matched))
        if ref is None:
            return None
        offset = Offset(Basis.PUBLICATION, Unit.DAY, reference=ref)
    else:
        return None
    if offset.basis is Basis.PUBLICATION:
        base = anchor
    if base is None:
        return DateMatch(span, matched, None, True, None, offset, Form.RELATIVE)
    return DateMatch(
        span, matched, offset.apply(base, text=matched), True, base, offset, Form.RELATIVE
    )


# ---------------------------------------------------------------- the scan


def _is_number_not_date(text: str, start: int, end: int, kind: str, matched: str) -> bool:
    """Whether a candidate ending in a bare year is really a count or identifier."""
    before = text[max(0, start - 16) : start]
    if _ID_BEFORE.search(before):
        return True
    if kind == "yrange" or (kind == "atom" and matched.isdigit()):
        w = _WORD_BEFORE.search(before)
        if w is not None:
            word = w.group(1)
            if (
                word[:1].isupper()
                and not word.endswith(".")  # a sentence ends: "NATO Review. 2009."
                and not word.endswith(("'s", "’s", "s'", "s’"))  # "NATO's 2010 Concept"
                and word.lower() not in _TITLE_OK
                and word not in _MONTHS
            ):
                return True  # "NATO Forces 2020", "Vision 2030": a title
    if kind == "atom" and matched.isdigit() and _model_year_after().match(text, end):
        return True  # "his 1979 Buick": a model year
    return bool(_COUNT_AFTER.match(text, end) and not _DATE_PREPOSITION.search(before))


_ENDS_IN_YEAR = re.compile(r"\d{4}$")
_CENTURY_TITLE = re.compile(r"(?-i:Century)")


# How far back (characters) a date of the text may set the year of an undated
# "12 May" against the publication date: the same or the next sentences.
_NEAR_DISCOURSE = 300

_TENSED = frozenset(["quarterq", "unitdeixis", "weekday", "holiday", "weekof"])
_WEEK_WORD = re.compile(r"\bweek\b", re.IGNORECASE)
_NEWS_KINDS = frozenset(
    ["quarterq", "periodq", "weekof", "unitpart", "theyear", "yearago", "monthdeixis", "unitdeixis", "weekday", "dayword", "holiday",
     "spelled", "ref"]
)  # fmt: skip


def _is_quarter(d: FuzzyDate) -> bool:
    first, last = d.earliest, d.latest
    return (
        d.precision is Precision.INTERVAL
        and first.day == 1
        and first.month in (1, 4, 7, 10)
        and last.year == first.year
        and last.month == first.month + 2
        and last == _month_end(last)
    )


_FORMS = {
    "quarterq": Form.RELATIVE,
    "periodq": Form.RELATIVE,
    "weekof": Form.RELATIVE,
    "unitpart": Form.RELATIVE,
    "theyear": Form.RELATIVE,
    "yearago": Form.RELATIVE,
    "monthdeixis": Form.RELATIVE,
    "unitdeixis": Form.RELATIVE,
    "weekday": Form.RELATIVE,
    "dayword": Form.RELATIVE,
    "holiday": Form.RELATIVE,
    "ref": Form.RELATIVE,
    "yrange": Form.RANGE,
    "drange": Form.RANGE,
    "between": Form.RANGE,
    "fromto": Form.RANGE,
    "since": Form.SINCE,
    "onwards": Form.SINCE,
    "until": Form.UNTIL,
    "period": Form.PERIOD,
    "shift": Form.RELATIVE,
    "phrase": Form.RELATIVE,
    "past": Form.RELATIVE,
    "monthday": Form.RELATIVE,
    "monthonly": Form.RELATIVE,
    "monthq": Form.RELATIVE,
}


def find_dates(
    text: str, *, anchor: FuzzyDate | None = None, parts: bool = False
) -> list[DateMatch]:
    """Every temporal expression in ``text``, in order.

    Args:
        text: Any string (never raises on any ``str``).
        anchor: The document's publication date: what "ago"/"last year" count
            from, and the fallback for "two years later" when no date precedes
            it in the text. "since X" is bounded by it.
        parts: Also give the dates inside ranges: "between 1993 and 1996"
            (``1993/1996``) is followed by "1993" and "1996", "since 1990" by
            "1990" — the extents TimeML draws. The output then overlaps.

    Returns:
        The matches in text order, non-overlapping unless ``parts``.

    Examples:
        >>> [m.date.edtf for m in find_dates("between 1997 and 2002, in the late 1990s")]
        ['1997/2002', '199X~']
        >>> [m.text for m in find_dates("33,670 characters; no. 6170; NATO Forces 2020")]
        []
        >>> pub = FuzzyDate.from_edtf("2021-05-10")
        >>> find_dates("over 30 years ago", anchor=pub)[0].date.edtf
        '1991~'
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates expects a str, not {type(text).__name__}")
    out: list[DateMatch] = []
    discourse: FuzzyDate | None = None
    quarter_ctx: FuzzyDate | None = None  # the last quarter named ("the quarter" is it)
    discourse_end = -(10**9)
    last_end = 0
    for m in _candidates(text):
        kind = m.lastgroup or ""
        start, end = m.span()
        if start < last_end:  # inside "two years after the 1991 coup", already taken
            continue
        matched = m.group()
        try:
            near = discourse if start - discourse_end <= _NEAR_DISCOURSE else None
            result = _convert(text, kind, start, end, matched, anchor, discourse, quarter_ctx, near)
        except (ValueError, OverflowError, KeyError, IndexError, StopIteration, AssertionError):
            result = None  # an impossible date: no match rather than a wrong one
        if result is None:
            continue
        form = _FORMS.get(kind, Form.DATE)
        if kind in _NEWS_KINDS and not result.relative:
            form = Form.DATE  # "Thanksgiving 1998", "the 2017 fourth quarter"
        if result.form is not form:
            result = attrs.evolve(result, form=form)
        out.append(result)
        if parts and form in (Form.RANGE, Form.SINCE, Form.UNTIL):
            out.extend(_parts(text, kind, result))
        last_end = result.span[1]
        date = result.date
        if date is not None and not result.relative and kind != "period" and ".." not in date.edtf:
            discourse, discourse_end = date, result.span[1]
        if (
            date is not None
            and _is_quarter(date)
            and (result.offset is None or result.offset.low > -4)
            and (anchor is None or date.latest <= anchor.latest)
        ):  # a quarter a year back ("the year-ago quarter") is a comparison, one not yet over an
            # outlook: neither is the quarter reported
            quarter_ctx = date
    return out


@functools.cache
def _part() -> re.Pattern[str]:
    return re.compile(rf"{_NOT_BEFORE}(?:{_APPROX})?(?:{_QUAL})?{_ATOM}(?![\w-]*\w)", _FLAGS)


_PART_YEAR = re.compile(r"\d+")


def _parts(text: str, kind: str, whole: DateMatch) -> list[DateMatch]:
    """The dates inside a range, each with its own span (for ``parts=True``)."""
    start, end = whole.span
    found: list[DateMatch] = []
    if kind in ("yrange", "drange") and whole.date is not None:
        # "1992-1993", "2008-09", "8-9 July 2016": the ends of the interval
        ends = whole.date.edtf.split("/")
        numbers = list(_PART_YEAR.finditer(text, start, end))[:2]
        if len(ends) != 2 or len(numbers) != 2:
            return []
        for number, edtf in zip(numbers, ends, strict=True):
            date = FuzzyDate.from_edtf(edtf)
            found.append(DateMatch(number.span(), number.group(), _with_text(date, number.group())))
        return found
    for m in _part().finditer(text, start, end):
        part = _atomq(m.group())
        if part is not None:
            found.append(DateMatch(m.span(), m.group(), _with_text(part, m.group())))
    return found


def _convert(
    text: str,
    kind: str,
    start: int,
    end: int,
    matched: str,
    anchor: FuzzyDate | None,
    discourse: FuzzyDate | None,
    quarter_ctx: FuzzyDate | None = None,
    near: FuzzyDate | None = None,
) -> DateMatch | None:
    span = (start, end)
    if kind in _NEWS_KINDS:
        return _news_convert(text, kind, span, matched, anchor, near, quarter_ctx, discourse)
    if (
        kind in ("atom", "approx", "qual", "yrange", "since", "until", "between", "fromto")
        and _ENDS_IN_YEAR.search(matched)
        and _is_number_not_date(text, start, end, kind, matched)
    ):
        return None
    if kind == "atom" and len(matched) == 4 and matched.isdigit():  # a bare year: the common case
        year = int(matched)
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        return DateMatch(span, matched, FuzzyDate(matched, first, last, Precision.YEAR, matched))
    if kind in ("atom", "approx", "qual"):
        if _CENTURY_TITLE.search(matched) and _NEXT_WORD_CAPITAL.match(text, end):
            return None  # "21st Century Common Security Challenges": a title
        date = _atomq(matched)
        return None if date is None else DateMatch(span, matched, _with_text(date, matched))
    if kind == "yrange":
        date = _yrange(matched)
        return None if date is None else DateMatch(span, matched, _with_text(date, matched))
    if kind == "drange":
        date = _drange(matched)
        return None if date is None else DateMatch(span, matched, _with_text(date, matched))
    if kind in ("between", "fromto"):
        parts = _two_parts()[kind].fullmatch(matched)
        if parts is None:
            return None
        date = _interval(_atomq(parts["a"]), _atomq(parts["b"]))
        if date is None or "/.." in date.edtf or "../" in date.edtf:
            return None
        return DateMatch(span, matched, _with_text(date, matched))
    if kind in ("since", "onwards", "until"):
        lead = _LEAD_WORDS.match(matched)
        rest = matched[lead.end() :] if lead else matched
        one = _one_part().match(rest)
        point = _atomq(one["a"]) if one else None
        if point is None:
            return None
        if kind == "until":
            date = _interval(None, point)
        else:
            open_end = OPEN_END
            if anchor is not None and anchor.latest >= point.earliest:
                open_end = anchor.latest
            date = _interval(point, None, open_end=open_end)
        return None if date is None else DateMatch(span, matched, _with_text(date, matched))
    if kind == "period":
        period = _period_lookup().get(_key(matched))
        if period is None:
            period = _period_lookup().get(_key(matched.split(None, 1)[-1]))
        if period is None:
            return None
        return DateMatch(span, matched, _with_text(period.date, matched))
    if (
        kind == "monthonly"
        and not _MONTH_CONTEXT.search(text, max(0, start - 12), start)
        and not _the_month_noun(text, start, end, matched)
    ):
        return None  # a month name alone is a date only after "in", "by"...
    if kind in ("monthq", "shift", "phrase", "monthday", "monthonly", "past"):
        return _relative(text, kind, span, matched, anchor, discourse, quarter_ctx, near)
    return None


def _relative(
    text: str,
    kind: str,
    span: tuple[int, int],
    matched: str,
    anchor: FuzzyDate | None,
    discourse: FuzzyDate | None,
    quarter_ctx: FuzzyDate | None = None,
    near: FuzzyDate | None = None,
) -> DateMatch | None:
    if kind == "shift":
        offset = _shift(matched)
    elif kind == "phrase":
        offset = _phrase(matched)
    elif kind == "monthonly":
        offset = Offset(Basis.DISCOURSE, month=_MONTHS[matched.rstrip(".")])
    elif kind == "monthq":
        month = _MONTH_RUN.search(matched)
        assert month is not None
        # The whole month: its year is already inferred, and "late" narrows
        # nothing that TimeML would not mark as a modifier of the month.
        offset = Offset(Basis.DISCOURSE, month=_MONTHS[month.group().rstrip(".")])
    elif kind == "past":
        offset = _past(matched)
    else:
        offset = _monthday(matched)
    if offset is None:
        return None
    if kind == "shift" and matched.lower().rstrip().endswith(("after", "before")):
        found = _explicit_anchor(text, span[1], after=matched.lower().endswith("after"))
        if found is not None:
            base, stop = found
            span = (span[0], stop)
            matched = text[span[0] : span[1]]
            offset = attrs.evolve(offset, basis=Basis.EXPLICIT)
            return DateMatch(span, matched, offset.apply(base, text=matched), True, base, offset)
    if (
        kind == "shift"
        and quarter_ctx is not None
        and offset.unit is Unit.YEAR
        and offset.low == offset.high == -1
        and not offset.approximate
    ):  # "sales rose from a year earlier" where quarters are reported: that quarter
        offset = Offset(Basis.DISCOURSE, Unit.QUARTER, -4, -4)
        return DateMatch(span, matched, offset.apply(quarter_ctx, text=matched), True,
                         quarter_ctx, offset)  # fmt: skip
    if kind in ("monthday", "monthonly", "monthq"):
        tense = _tense(text, *span)
        # a future tense speaks of the writer's time, not of the history just told
        ref_base, basis = _news_base(anchor, discourse if anchor is None else near, tense)
        if basis is Basis.PUBLICATION:
            offset = attrs.evolve(offset, basis=basis, direction=tense or -1, nearest=True)
        base_date: FuzzyDate | None = ref_base
    else:
        base_date = anchor if offset.basis is Basis.PUBLICATION else (discourse or anchor)
    if base_date is None:
        return DateMatch(span, matched, None, True, None, offset)
    return DateMatch(span, matched, offset.apply(base_date, text=matched), True, base_date, offset)


@functools.cache
def _period_at() -> re.Pattern[str]:
    aliases = _periods_pattern()
    return re.compile(rf"\s+(?:{aliases})(?![\w-]*\w)", _FLAGS)


def _explicit_anchor(text: str, pos: int, *, after: bool) -> tuple[FuzzyDate, int] | None:
    """The date right after "N years after/before", and where it ends.

    An interval or period counts from its end ("after") or its start
    ("before"), at year precision.
    """
    base: FuzzyDate | None = None
    m = _atomq_at().match(text, pos)
    if m is not None:
        base = _atomq(m["a"])
    if base is None:
        m = _period_at().match(text, pos)
        if m is not None:
            period = _period_lookup().get(_key(m.group()))
            base = period.date if period is not None else None
    if base is None or m is None:
        return None
    if base.precision is Precision.INTERVAL:
        edge = base.latest if after else base.earliest
        if edge in (OPEN_START, OPEN_END):
            return None
        base = _span_date(edge, edge, Unit.YEAR, None, base.approximate)
    return base, m.end()


def _with_text(date: FuzzyDate, text: str) -> FuzzyDate:
    return attrs.evolve(date, text=text)


def parse_date(text: str, *, anchor: FuzzyDate | None = None) -> FuzzyDate:
    """The date of the first temporal expression in a short text.

    Args:
        text: A short expression such as ``"the late 1990s"``.
        anchor: What relative expressions are resolved against.

    Raises:
        TypeError: ``text`` is not a string, or ``anchor`` neither a
            FuzzyDate nor None.
        DateError: ``text`` holds no expression that resolves to a date.

    Examples:
        >>> parse_date("the late 1990s").earliest
        datetime.date(1997, 1, 1)
        >>> parse_date("two years later", anchor=FuzzyDate.from_edtf("1999")).edtf
        '2001'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_date() takes a string, not {type(text).__name__}")
    if anchor is not None and not isinstance(anchor, FuzzyDate):
        raise TypeError(
            f"parse_date() anchor must be a FuzzyDate or None, not {type(anchor).__name__}"
        )
    for match in find_dates(text, anchor=anchor):
        if match.date is not None:
            return match.date
    raise DateError(text, "no date found")
