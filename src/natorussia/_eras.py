"""Eras named after leaders: "the Yeltsin era", "the Kennedy and Johnson administrations".

One job of the event stage: find, in a paragraph, a leader's surname (or a
list of them) followed by an era word, and date it by the terms of office of
``data/leader_terms.json``. A surname with several terms (two presidents
Bush) is read as the term in effect at the publication, else the last one
before it; without a publication date it gives nothing. A term still running
at the publication names the government of the day ("the Biden
administration" in 2023), not an era, and gives nothing. The matches are
handed on as relative :class:`~natorussia.dates.DateMatch` objects.

>>> from natorussia.fuzzydate import FuzzyDate
>>> [(m.text, m.date.edtf) for m in find_eras("a Gorbachev-era treaty", None)]
[('Gorbachev-era', '1985-03-11/1991-12-25')]
>>> pub = FuzzyDate.from_edtf("2016-07-05")
>>> [m.date.edtf for m in find_eras("the Clinton and Bush administrations", pub)]
['1993-01-20/2009-01-20']
>>> [m.text for m in find_eras("the Reagan-Gorbachev summits", None)]
['Reagan-Gorbachev']

Decades spelled out ("in the late thirties and forties", "the early
nineties") are read too: the decade of the last century in which it has
ended at the publication ("the twenties" in 2022 are the 1920s), "early"
its first four years, "mid" its middle five and "late" its last three,
approximate; "his forties" is an age and is not read, nor is any decade
without a publication date.

>>> pub22 = FuzzyDate.from_edtf("2022-03-26")
>>> [(m.text, m.date.edtf) for m in find_eras("in the late thirties and forties", pub22)]
[('the late thirties and forties', '1937~/1949')]
>>> [m.date.edtf for m in find_eras("in the early nineties", pub)]
['1990/1993~']
>>> find_eras("in his late thirties", pub)
[]
"""

from __future__ import annotations

import functools
import re

import attrs

from natorussia._resources import read_json
from natorussia.dates import DECADE_WORDS, DateMatch
from natorussia.errors import DataError
from natorussia.fuzzydate import OPEN_END, FuzzyDate

__all__ = ["find_eras", "merge_eras"]

_FILE = "leader_terms.json"


@attrs.frozen
class _Terms:
    """The terms of each surname, and the pattern that finds eras."""

    terms: dict[str, tuple[FuzzyDate, ...]]
    pattern: re.Pattern[str]
    surname: re.Pattern[str]
    """Any surname alone: every era starts with one, and this plain alternation of
    words is searched far faster than ``pattern`` (see :func:`_eras_of`)."""


@functools.cache
def _terms() -> _Terms:
    raw = read_json(_FILE)
    if not isinstance(raw, dict) or not isinstance(raw.get("terms"), list):
        raise DataError(_FILE, "<file>", ["must be an object with a 'terms' list"])
    words = raw.get("era_words")
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise DataError(_FILE, "era_words", ["must be a list of words"])
    terms: dict[str, list[FuzzyDate]] = {}
    for i, entry in enumerate(raw["terms"]):
        if not isinstance(entry, dict) or not isinstance(entry.get("surname"), str):
            raise DataError(_FILE, f"terms[{i}]", ["must be an object with a 'surname'"])
        try:
            term = FuzzyDate.from_edtf(f"{entry.get('start')}/{entry.get('end')}")
        except ValueError as e:
            raise DataError(_FILE, f"terms[{i}] {entry['surname']!r}", [str(e)]) from e
        terms.setdefault(entry["surname"], []).append(term)
    name = "|".join(re.escape(s) for s in sorted(terms, key=len, reverse=True))
    names = rf"(?:{name})(?:\s*(?:-|–|,\s*and|,|and)\s*(?:{name}))*"
    era = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # A surname list with an era word, or two surnames joined by a hyphen ("the
    # Bush-Obama threats"), which name the years of both.
    pattern = re.compile(
        rf"\b(?P<names>{names})(?:-|\s+)(?:{era})\b|\b(?P<pair>(?:{name})[-–](?:{name}))\b"
    )
    return _Terms({k: tuple(v) for k, v in terms.items()}, pattern, re.compile(name))


def _term(terms: tuple[FuzzyDate, ...], published: FuzzyDate | None) -> FuzzyDate | None:
    """The one term a surname stands for (see the module docstring)."""
    if len(terms) == 1:
        return terms[0]
    if published is None:
        return None
    before = [t for t in terms if t.earliest <= published.latest]
    return max(before, key=lambda t: t.earliest) if before else None


_DECADES = list(DECADE_WORDS)  # "twenties" .. "nineties", in order
_DECADE = r"(?:(?P<{0}>early|mid|late)[-\s]+)?(?P<{1}>" + "|".join(_DECADES) + ")"
_SPELLED = re.compile(
    r"\bthe\s+"
    + _DECADE.format("part", "decade")
    + r"(?:\s+and\s+(?:the\s+)?"
    + _DECADE.format("part2", "decade2")
    + r")?\b",
    re.IGNORECASE,
)


def _spelled_decades(text: str, published: FuzzyDate) -> list[DateMatch]:
    """Decades written in words: "the late thirties and forties" (see the module docstring)."""
    found: list[DateMatch] = []
    if text.isascii():  # (case folds beyond ASCII may match what lower() does not show)
        lowered = text.lower()
        if not any(word in lowered for word in _DECADES):
            return found  # no decade word: the pattern need not run
    year = published.latest.year
    for m in _SPELLED.finditer(text):
        first = 20 + 10 * _DECADES.index(m.group("decade").lower())
        second = m.group("decade2")
        last = first if second is None else 20 + 10 * _DECADES.index(second.lower())
        if last < first:
            continue
        century = (year - last - 10) // 100 * 100  # the last century in which it has ended
        lo, hi = century + first, century + last
        start = {"early": f"{lo}", "mid": f"{lo + 3}~", "late": f"{lo + 7}~"}
        end = {"early": f"{hi + 3}~", "mid": f"{hi + 7}~", "late": f"{hi + 9}"}
        part_a = (m.group("part") or "").lower()
        part_b = (m.group("part2") or "").lower() if second else part_a
        date = FuzzyDate.from_edtf(f"{start.get(part_a, lo)}/{end.get(part_b, hi + 9)}")
        found.append(DateMatch(span=m.span(), text=m.group(), date=date, relative=True))
    return sorted(found, key=lambda m: m.span)


def find_eras(text: str, published: FuzzyDate | None) -> list[DateMatch]:
    """Every leader's era of ``text``, dated by the terms of office, in order.

    With a publication date, decades spelled out in words too.
    """
    data = _terms()
    found: list[DateMatch] = [] if published is None else _spelled_decades(text, published)
    for m in _eras_of(data, text):
        names = re.findall(r"[A-Z][a-z’']+", m.group("names") or m.group("pair"))
        picked = [_term(data.terms[n], published) for n in names if n in data.terms]
        if not picked or any(t is None for t in picked):
            continue
        terms = [t for t in picked if t is not None]
        if published is not None and all(
            t.earliest <= published.earliest <= t.latest for t in terms
        ):
            continue  # "the Biden administration" while it governs: a government, not an era
        start = min(terms, key=lambda t: t.earliest).edtf.partition("/")[0]
        last = max(terms, key=lambda t: t.latest)
        end = ".." if last.latest == OPEN_END else last.edtf.partition("/")[2]
        date = FuzzyDate.from_edtf(f"{start}/{end}")
        found.append(DateMatch(span=m.span(), text=m.group(), date=date, relative=True))
    return sorted(found, key=lambda m: m.span)


def _eras_of(data: _Terms, text: str) -> list[re.Match[str]]:
    """What ``data.pattern.finditer(text)`` gives, tried only where a surname starts.

    Every match of the pattern begins with a surname, so a position where
    none begins cannot start one: the leftmost surname is the first place
    to try, and after a failure the next one after it.
    """
    found: list[re.Match[str]] = []
    pos = 0
    while (hit := data.surname.search(text, pos)) is not None:
        m = data.pattern.match(text, hit.start())
        if m is None:
            pos = hit.start() + 1
        else:
            found.append(m)
            pos = m.end()
    return found


def merge_eras(matches: list[DateMatch], eras: list[DateMatch]) -> list[DateMatch]:
    """The dates of a text with its eras, in order (both lists in text order; one pass).

    An era kept where no date of ``matches`` overlaps it; an era that holds a
    shorter date ("the late thirties and forties" over "the late thirties")
    replaces it, and a decade in words replaces the same words read as a
    date; any other overlap keeps the date.

    >>> pub = FuzzyDate.from_edtf("2022-03-26")
    >>> from natorussia.dates import find_dates
    >>> text = "in the late thirties and forties"
    >>> [m.text for m in merge_eras(find_dates(text), find_eras(text, pub))]
    ['the late thirties and forties']
    """
    out: list[DateMatch] = []
    i = 0
    for era in eras:
        while i < len(matches) and matches[i].span[1] <= era.span[0]:
            out.append(matches[i])
            i += 1
        held: list[DateMatch] = []
        j = i
        while j < len(matches) and matches[j].span[0] < era.span[1]:
            held.append(matches[j])
            j += 1
        a, b = era.span
        spelled = _SPELLED.fullmatch(era.text) is not None  # "the early nineties"
        if all(a <= m.span[0] and m.span[1] <= b and (spelled or m.span != era.span) for m in held):
            out.append(era)
            i = j
    out.extend(matches[i:])
    return out
