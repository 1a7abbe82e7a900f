"""Relative anchoring: the date of a relative or vague expression, and what it counts from.

One job of the event stage: turn a date expression of
:func:`natorussia.dates.find_dates` or a time phrase of
:mod:`natorussia._time_phrases` into a :class:`Candidate` with its date and
its anchor (``relative_to``): the previous event of the thread
(:class:`Anchors`), the publication date, an earlier event of the kind a
phrase names ("since the invasion"), a gazetteer fact ("after the
break-up of the Warsaw Pact") or a named period ("since the end of the
Korean War"). Unresolvable expressions give no candidate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from natorussia._event_rules import event_rules as _rules
from natorussia._event_sentence import Sentence
from natorussia._known_days import known_days
from natorussia._lexicon import Lexicon, TriggerMatch
from natorussia._time_phrases import TimePhrase, TimePhrases, part, relate, time_phrases
from natorussia.dates import Basis, DateMatch
from natorussia.fuzzydate import OPEN_END, OPEN_START, FuzzyDate
from natorussia.model import (
    Event,
    EventKind,
    Institution,
    Span,
)

__all__ = [
    "Anchors",
    "Candidate",
    "is_open",
    "moments",
    "open_bounds",
    "phrase_candidate",
    "plausible",
    "point_of",
    "resolve",
]


@attrs.define
class Candidate:
    """A date being turned into an Event."""

    match: DateMatch
    span: Span
    date: FuzzyDate
    relative_to: Event | FuzzyDate | None
    group: tuple[Span, ...] = ()
    phase: bool = False


@attrs.define
class Anchors:
    """What relative and vague phrases are counted from, as the text goes on.

    Attributes:
        previous: The last event made (the thread's previous dated event).
        narrative: The last event not counted from the publication: "ten
            years later" after a speaker's "tonight" still counts from the
            story told before it.
        published: The publication date.
        last_of_kind: The last event of each kind ("the invasion" finds it).
    """

    previous: Event | None
    published: FuzzyDate | None
    last_of_kind: dict[EventKind, tuple[Event, int]]
    region: int = 0
    previous_region: int = 0
    narrative: Event | None = None

    def add(self, event: Event) -> None:
        self.previous, self.previous_region = event, self.region
        if not isinstance(event.relative_to, FuzzyDate):
            # not counted from the publication ("tonight", "three days ago"): the story's time
            self.narrative = event
        if event.kind is not EventKind.OTHER and not is_open(event.date):
            self.last_of_kind[event.kind] = (event, self.region)

    def may_anchor(self, phrase: TimePhrase, phrases: TimePhrases, named: bool) -> bool:
        """Whether a phrase of a sentence without dates may find its anchor (a cheap look)."""
        anchor = phrase.entry.anchor
        if anchor == "publication":
            return self.published is not None
        if anchor == "previous":
            return self.recent(phrases.anchor_regions) is not None
        # (with a publication, "the invasion" may be the landmark of the years before it)
        return named or bool(self.last_of_kind) or self.published is not None

    def recent(self, reach: int) -> Event | None:
        """The previous event, if the thread still runs (within ``reach`` paragraphs)."""
        if self.previous is None or self.region - self.previous_region > reach:
            return None
        return self.previous

    def of_kind(
        self, kind: EventKind, phrases: TimePhrases, *, anywhere: bool = False
    ) -> Event | None:
        """The last event of a kind (or of its family) within reach.

        With ``anywhere``, the last event of exactly that kind however far
        back: "the invasion" an article dated once still means that invasion.
        """
        if kind.value not in phrases.anchor_kinds:
            return None
        if anywhere:
            found = self.last_of_kind.get(kind)
            return None if found is None else found[0]
        for k in phrases.families.get(kind.value, (kind.value,)):
            found = self.last_of_kind.get(EventKind(k))
            if found is not None and self.region - found[1] <= phrases.anchor_regions:
                return found[0]
        return None


_OF = re.compile(r"\s+of\b", re.IGNORECASE)
# What may stand between an opener and a named period: "since (the end of) the Cold War".
_STAGE = re.compile(
    r"\s*(?:the\s+)?(?:(end|close|beginning|start|outbreak)\s+of\s+(?:the\s+)?)?", re.IGNORECASE
)
# How many characters may part a year from a period phrase that names the same moment.
_BESIDE = 3
_STAGES = {
    "end": "closing",
    "close": "closing",
    "beginning": "opening",
    "start": "opening",
    "outbreak": "opening",
}


def phrase_candidate(
    sentence: Sentence,
    phrase: TimePhrase,
    offset: int,
    matches: Sequence[DateMatch],
    state: Anchors,
    consumed: set[tuple[int, int]],
) -> Candidate | None:
    """The candidate a time phrase gives ("at that time", "since the invasion"), if any."""
    tp = time_phrases()
    entry = phrase.entry
    a, b = phrase.span
    if any(m.span[0] < b and a < m.span[1] for m in matches):
        return None  # part of a date find_dates read ("two years later", "Since 2014")
    span = (offset + a, offset + b)
    if entry.before_happening:
        j = sentence.token_index(span[1])
        if not any(t.first == j and t.trigger.strength >= 2 for t in sentence.triggers):
            return None  # "recent history": no happening
    if entry.past_only and not tp.past(*_around(sentence, span)):
        return None  # "Today, Russia is …": the writer's present
    if entry.perfect_only and not tp.perfect(*_around(sentence, span)):
        return None  # "for months they talked": a duration with no anchor
    anchor: Event | FuzzyDate | None
    if entry.anchor == "previous":
        anchor = state.recent(tp.anchor_regions)
        if anchor is None or _OF.match(sentence.text, span[1]):
            return None  # the thread is lost; "at the time of …" opens a happening
        date = relate(entry.relation, anchor.date)
    elif entry.anchor == "publication":
        anchor = state.published
        if anchor is None:
            return None
        date = relate(entry.relation, anchor, months=tp.recent_months, years=tp.recent_years)
    else:
        return _happening_candidate(sentence, phrase, span, offset, matches, state, consumed)
    if date is None:
        return None
    match = DateMatch(span=phrase.span, text=phrase.text, date=date, relative=True)
    return Candidate(match, span, date, anchor, (span,))


def _happening_candidate(
    sentence: Sentence,
    phrase: TimePhrase,
    span: Span,
    offset: int,
    matches: Sequence[DateMatch],
    state: Anchors,
    consumed: set[tuple[int, int]],
) -> Candidate | None:
    """An opener and the happening or period after it: "since the invasion", "at the start of the Korean War".

    A named period right after the opener gives the period's phase or the
    time from (to) it, unless the opener only sets a scene ("during the Cold
    War") or "since" makes a baseline of comparison ("the biggest drill since the
    Cold War"). An event noun after the opener ("the invasion", "Russia's
    all-out invasion") is looked up among the events already read, by
    kind; an undated happening gives no event.
    """
    tp = time_phrases()
    entry = phrase.entry
    text = sentence.text
    tokens = sentence.tokens
    key = entry.phrase
    first = sentence.token_index(span[1])
    if key == "since":
        k = sentence.token_index(span[0])
        if any(
            t.key in tp.comparison_words or (len(t.key) > 4 and t.key.endswith("est"))
            for t in tokens[max(k - _rules().comparison_words, 0) : k]
        ):
            return None  # "the biggest naval drill since the Cold War"
    for m in matches:
        gap = text[span[1] : offset + m.span[0]]
        if offset + m.span[0] < span[1] or len(gap) > _rules().opener_chars:
            continue
        stage = _STAGE.fullmatch(gap)
        if stage is None or m.date is None:
            break
        if any(c.isdigit() for c in m.text):
            return None  # "after 24 February 2022": the date's own rules
        if key not in tp.period_openers:
            return None  # "during the Cold War": a setting
        if any(
            any(c.isdigit() for c in d.text)
            and 0 <= span[0] - offset - d.span[1] <= _BESIDE
            and not text[offset + d.span[1] : span[0]].strip(" ,")
            for d in matches
        ):
            return None  # "in 2003, at the start of the Iraq War": the year dates it
        period = m.date
        if stage.group(1):
            if entry.relation not in ("from", "until"):
                break  # "at the start of the end of …"
            # "since the end of World War II": from the end of its last part
            period = part(_STAGES[stage.group(1).lower()], period)
        date = relate(entry.relation, period)
        if date is None:
            return None
        consumed.add(m.span)
        whole = (span[0], offset + m.span[1])
        match = DateMatch(
            span=(whole[0] - offset, m.span[1]),
            text=text[whole[0] : whole[1]],
            date=date,
            relative=True,
        )
        return Candidate(match, whole, date, m.date, (whole,), phase=True)
    if entry.relation != "same" and not any(any(c.isdigit() for c in m.text) for m in matches):
        # "older than … , before the Warsaw Pact": before the institution existed
        founded = _fact_after(sentence, first, ("founded",), words=1)
        if founded is not None and (
            first >= len(tokens) or not any(t.first == first + 1 for t in sentence.triggers)
        ):
            date = relate(entry.relation, founded)
            mention_end = next(
                m.span[1] for m in sentence.mentions if m.span[0] >= tokens[first].start
            )
            whole = (span[0], mention_end)
            if date is not None:
                match = DateMatch(
                    span=(whole[0] - offset, whole[1] - offset),
                    text=text[whole[0] : whole[1]],
                    date=date,
                    relative=True,
                )
                return Candidate(match, whole, date, founded, (whole,))
    if any(any(c.isdigit() for c in m.text) for m in matches):
        return None  # "In May 2003, during the talks, …": the date dates it
    limit = min(first + tp.happening_words + 1, len(tokens))
    for trig in sentence.triggers:
        if trig.first < first:
            continue
        if trig.first >= limit or trig.trigger.strength < 2 or trig.trigger.kind is EventKind.OTHER:
            break
        between = tokens[first : trig.first]
        if "," in text[span[1] : tokens[trig.first].start]:
            break
        if between and not (
            between[0].key in _rules().determiners or between[0].key.endswith(("'s", "s'"))
        ):
            break
        anchor: Event | FuzzyDate | None = state.of_kind(trig.trigger.kind, tp)
        if anchor is None:
            # "after the break-up of the Warsaw Pact": the gazetteer's dated fact
            predicates = tp.facts_of_kind.get(trig.trigger.kind.value, ())
            anchor = _fact_after(sentence, trig.last + 1, predicates)
        if anchor is None:
            # "since Russia's all-out invasion": a landmark day of that kind and actor
            anchor = _landmark(sentence, trig, tokens[first].start)
        if anchor is None and between and between[0].key == "the":
            # "after the all-out invasion", paragraphs after the invasion was dated
            anchor = state.of_kind(trig.trigger.kind, tp, anywhere=True)
        if anchor is None:
            # "since the invasion" a month after it: the landmark of that kind just before
            anchor = _recent_landmark(trig.trigger.kind, state.published, tp.recent_years)
        if anchor is None:
            return None
        date = relate(entry.relation, anchor if isinstance(anchor, FuzzyDate) else anchor.date)
        if date is None:
            return None
        if key == "since":
            date = _up_to(date, state.published)
        whole = (span[0], tokens[trig.last].end)
        match = DateMatch(
            span=(whole[0] - offset, whole[1] - offset),
            text=text[whole[0] : whole[1]],
            date=date,
            relative=True,
        )
        return Candidate(match, whole, date, anchor, (whole,))
    return None


_WORDS = re.compile(r"[\w'’-]+")


def plausible(
    phrase: TimePhrase,
    region: str,
    matches: Sequence[DateMatch],
    lex: Lexicon,
    published: FuzzyDate | None,
    anchored: bool,
) -> bool:
    """A cheap first look: whether a phrase may give an event (before sentences are built).

    A phrase counted from the publication needs one, an anaphoric phrase a
    dated event before it, and an opener a date, a gazetteer name or an event
    word among the few words after it.
    """
    anchor = phrase.entry.anchor
    if anchor == "publication":
        return published is not None
    if anchor == "previous":
        return anchored or any(m.span[0] < phrase.span[0] for m in matches)
    end = phrase.span[1]
    if any(0 <= m.span[0] - end <= _rules().opener_chars for m in matches):
        return True
    words = _WORDS.findall(region, end, end + _LOOK_AHEAD)
    return any(lex.starts(w.lower().replace("’", "'")) or w[:1].isupper() for w in words)


# How many characters after an opener its happening's noun may start.
_LOOK_AHEAD = 60


def _landmark(sentence: Sentence, trig: TriggerMatch, start: int) -> FuzzyDate | None:
    """The landmark day (``data/known_days.json``) of a happening named with its actor.

    "since Russia's all-out invasion": the one known day of kind
    invasion whose participants include a state named between the opener and
    the noun (or right after it: "the invasion of Ukraine"); failing that, the
    one known day of the kind's family ("the bombing of Serbia": the air campaign).
    """
    tokens = sentence.tokens
    stop = tokens[min(trig.last + _ACTOR_WORDS, len(tokens) - 1)].end
    named = {
        m.entity.id
        for m in sentence.mentions
        if start <= m.span[0] < stop and isinstance(m.entity, Institution)
    }
    if not named:
        return None
    days = [
        FuzzyDate.from_edtf(day)
        for day, (kind, institutions) in known_days().items()
        if kind is trig.trigger.kind and named & {i.id for i in institutions}
    ]
    if not days:
        # "the bombing of Serbia": the one known day of the kind's family with that actor
        family = time_phrases().families.get(trig.trigger.kind.value, ())
        days = [
            FuzzyDate.from_edtf(day)
            for day, (kind, institutions) in known_days().items()
            if kind.value in family and named & {i.id for i in institutions}
        ]
    return days[0] if len(days) == 1 else None


def _recent_landmark(kind: EventKind, published: FuzzyDate | None, years: int) -> FuzzyDate | None:
    """The one landmark day of ``kind`` in the ``years`` before the publication, if any.

    An article written weeks after an invasion means that invasion by "the
    invasion", even when it names no actor and no date.
    """
    if published is None:
        return None
    last = published.latest
    days = [
        FuzzyDate.from_edtf(day)
        for day, (k, _) in known_days().items()
        if k is kind
        and (last.year - years, last.month, last.day) <= (int(day[:4]), int(day[5:7]), int(day[8:]))
        and day <= last.isoformat()
    ]
    return days[0] if len(days) == 1 else None


def _up_to(date: FuzzyDate, published: FuzzyDate | None) -> FuzzyDate:
    """A stretch "since" a happening, closed at the publication.

    The end is written to the precision of the start: ``1999/..`` in an
    article of 2016-07-05 is ``1999/2016``, ``2022-02-24/..`` one of
    2022-03-26 is ``2022-02-24/2022-03-26``.

    >>> _up_to(FuzzyDate.from_edtf("1999/.."), FuzzyDate.from_edtf("2016-07-05")).edtf
    '1999/2016'
    >>> _up_to(FuzzyDate.from_edtf("1999/.."), None).edtf
    '1999/..'
    """
    start, _, end = date.edtf.partition("/")
    if published is None or end != ".." or start in ("", ".."):
        return date
    bare = start.rstrip("~?%")
    close = published.latest.isoformat()[: len(bare)]
    if close < bare:
        return date
    return FuzzyDate.from_edtf(f"{start}/{close}")


# How many words after a happening's noun may name its actor ("the invasion of Ukraine").
_ACTOR_WORDS = 3


def _fact_after(
    sentence: Sentence, k: int, predicates: Sequence[str], *, words: int = 3
) -> FuzzyDate | None:
    """The date of a gazetteer fact of the institution named within ``words`` of token ``k``.

    "the break-up *of the Warsaw Pact*": the Pact's ``dissolved`` fact.
    """
    tokens = sentence.tokens
    if k >= len(tokens) or not predicates:
        return None
    start = tokens[k].start
    stop = tokens[min(k + words, len(tokens) - 1)].end
    for m in sentence.mentions:
        if not start <= m.span[0] < stop or not isinstance(m.entity, Institution):
            continue
        for fact in m.entity.facts:
            if fact.predicate in predicates and fact.date is not None:
                return fact.date
        return None
    return None


def moments(text: str, offset: int, matches: Sequence[DateMatch]) -> list[list[DateMatch]]:
    """Group matches that name one moment ("a month earlier, on January 15")."""
    groups: list[list[DateMatch]] = []
    for m in matches:
        if groups:
            last = groups[-1][-1]
            gap = text[offset + last.span[1] : offset + m.span[0]]
            if (m.relative or last.relative) and _rules().same_moment_gap.match(gap):
                groups[-1].append(m)
                continue
        groups.append([m])
    return groups


def resolve(
    group: Sequence[DateMatch],
    offset: int,
    previous: Event | None,
    published: FuzzyDate | None,
) -> Candidate | None:
    """The date of a moment, resolving relative expressions; None if it gives no event."""
    chosen: Candidate | None = None
    anchor_date: FuzzyDate | None = None
    for m in group:
        if _rules().present.search(m.text) or _rules().duration.match(m.text):
            return None
        if m.relative and _rules().counts_from_happening.search(m.text):
            continue  # "a year before the signing of …": anchored on an undated happening
        relative_to: Event | FuzzyDate | None = None
        date: FuzzyDate | None
        if m.relative and m.offset is not None and m.offset.basis is not Basis.EXPLICIT:
            if m.offset.basis is Basis.PUBLICATION:
                if published is None:
                    continue
                date, relative_to = m.resolve(published), published
            elif anchor_date is not None:
                date, relative_to = m.resolve(anchor_date), None
            elif previous is not None:
                date, relative_to = m.resolve(point_of(previous.date)), previous
            else:
                continue  # "Eight years later, in 2022": the explicit date still stands
        else:
            date = m.date
        if date is None:
            return None
        anchor_date = date
        span = (offset + m.span[0], offset + m.span[1])
        if chosen is None:
            group_spans = tuple((offset + g.span[0], offset + g.span[1]) for g in group)
            chosen = Candidate(m, span, date, relative_to, group_spans)
            continue
        if relative_to is not None and chosen.relative_to is None:
            chosen.relative_to = relative_to
        width = (date.latest - date.earliest, -span[0])
        if width < (chosen.date.latest - chosen.date.earliest, -chosen.span[0]):
            chosen.match, chosen.span, chosen.date = m, span, date
    return chosen


def point_of(date: FuzzyDate) -> FuzzyDate:
    """What a relative date counts from: an open stretch counts from its known end.

    >>> point_of(FuzzyDate.from_edtf("2014/..")).edtf, point_of(FuzzyDate.from_edtf("../2008")).edtf
    ('2014', '2008')
    """
    start, _, end = date.edtf.partition("/")
    if date.latest == OPEN_END and start not in ("", ".."):
        return FuzzyDate.from_edtf(start)
    if date.earliest == OPEN_START and end not in ("", ".."):
        return FuzzyDate.from_edtf(end)
    return date


def open_bounds(date: FuzzyDate) -> tuple[object, object]:
    """The bounds an EDTF with an open end stands for."""
    exact = FuzzyDate.from_edtf(date.edtf)
    return exact.earliest, exact.latest


def is_open(date: FuzzyDate) -> bool:
    return date.earliest == OPEN_START or date.latest == OPEN_END


def _around(sentence: Sentence, span: Span) -> tuple[list[str], list[str]]:
    """The words before a phrase (nearest first) and after it, within the tense window."""
    k = sentence.token_index(span[0])
    j = sentence.token_index(span[1])
    window = _rules().past_window
    before = [t.key for t in reversed(sentence.tokens[max(k - window, 0) : k])]
    return before, [t.key for t in sentence.tokens[j : j + window]]
