"""Landmark days: a bare mention of a well-known day stands for its happening.

One job: give an event of kind ``other`` dated exactly a day of
``data/known_days.json`` ("in the weeks after 24 February 2022") the kind and
participants of the happening that day stands for. A trigger of the text
always wins: only events no trigger classified are touched.

>>> from natorussia.fuzzydate import FuzzyDate
>>> kind, institutions = known_days()["2022-02-24"]
>>> kind.value, sorted(i.id for i in institutions)
('invasion', ['russia', 'ukraine'])
"""

from __future__ import annotations

import functools

import attrs

from natorussia._resources import read_json
from natorussia.errors import DataError
from natorussia.fuzzydate import FuzzyDate, Precision
from natorussia.knowledge import default_gazetteer
from natorussia.model import Event, EventKind, Institution

__all__ = ["known_days", "landmark_of", "name_the_day"]

_FILE = "known_days.json"


@functools.cache
def known_days() -> dict[str, tuple[EventKind, tuple[Institution, ...]]]:
    """The bundled days: EDTF day to (kind, participants), validated once."""
    raw = read_json(_FILE)
    days = raw.get("days") if isinstance(raw, dict) else None
    if not isinstance(days, list):
        raise DataError(_FILE, "<file>", ["must be an object with a 'days' list"])
    gazetteer = default_gazetteer()
    out: dict[str, tuple[EventKind, tuple[Institution, ...]]] = {}
    for i, entry in enumerate(days):
        where = f"days[{i}]"
        if not isinstance(entry, dict):
            raise DataError(_FILE, where, ["must be an object"])
        try:
            date = FuzzyDate.from_edtf(str(entry.get("date")))
            kind = EventKind(str(entry.get("kind")))
        except ValueError as e:
            raise DataError(_FILE, where, [str(e)]) from e
        if date.precision is not Precision.DAY:
            raise DataError(_FILE, where, [f"{date.edtf!r} is not a day"])
        ids = entry.get("institutions", [])
        found = [gazetteer.get(x) for x in ids] if isinstance(ids, list) else [None]
        if not all(isinstance(x, Institution) for x in found):
            raise DataError(_FILE, where, ["'institutions' must be gazetteer ids"])
        out[date.edtf] = (kind, tuple(x for x in found if isinstance(x, Institution)))
    return out


@functools.cache
def _by_month_day() -> dict[str, list[str]]:
    """Known days by their month and day ("09-11"), each with its full EDTF."""
    out: dict[str, list[str]] = {}
    for day in known_days():
        out.setdefault(day[5:], []).append(day)
    return out


def landmark_of(month_day: str) -> FuzzyDate | None:
    """The one known day with this month and day ("09-11"), or None.

    A day named without its year before a noun ("the September 11 hijackings")
    stands for the landmark; two known days on one date leave it unresolved.

    >>> landmark_of("09-11").edtf
    '2001-09-11'
    >>> landmark_of("01-01") is None
    True
    """
    days = _by_month_day().get(month_day, [])
    return FuzzyDate.from_edtf(days[0]) if len(days) == 1 else None


def name_the_day(event: Event) -> Event:
    """The event with the kind and participants of the day it is dated, if known."""
    if event.kind is not EventKind.OTHER or event.date.precision is not Precision.DAY:
        return event
    known = known_days().get(event.date.edtf)
    if known is None:
        return event
    kind, institutions = known
    have = {i.id for i in event.institutions}
    return attrs.evolve(
        event,
        kind=kind,
        institutions=event.institutions + tuple(i for i in institutions if i.id not in have),
    )
