"""Dated happenings and situations: one Event per date the text asserts, classified and linked.

The pipeline, per body paragraph (``regions``):

1. records that are no prose (front matter, reference-list entries, category
   tags, citation fields, the date line) are set aside by
   :mod:`natorussia._not_events`; a front-matter or date-line date still
   serves as the publication date when the structure found none;
2. :func:`natorussia.dates.find_dates` finds the temporal expressions, and
   :mod:`natorussia._time_phrases` the phrases it leaves alone ("at that
   time", "since the invasion", "recently");
3. each is placed in its sentence (:func:`~natorussia._sentences.split_sentences`)
   and its clause (:func:`~natorussia._sentences.split_clauses`);
4. the clause's trigger words, looked up in the event lexicon
   (``data/event_lexicon.json``), decide the kind: the strongest trigger
   wins, then the one nearest to the date. A clause without a trigger borrows
   one from its neighbours: a coordinate clause ("…, as well as Spain
   (1982)") from the clause before it, a fronted date ("In 2016, shortly
   after …, a coup occurred") from the main clause after it, a relative
   clause ("the airlift, which lasted a year") from its head. A date no
   trigger governs is an event of kind ``other``;
5. relative expressions are resolved against the previous Event of the
   document (``Anchors``), the publication date, an earlier event of the
   kind a phrase names, or a gazetteer fact; unresolved ones give no Event.
   A date right after "after" / "before" gives two events: the point and
   the stretch from (to) it;
6. institutions and persons are the entity mentions of the event's own
   phrase or clause; places come from the place gazetteer and from
   capitalised names after "in" / "at".

The recognisers, one job each, no module importing a later one:
:mod:`natorussia._not_events` (records and deadlines),
:mod:`natorussia._time_phrases` (phrases and how they relate to an anchor),
:mod:`natorussia._event_sentence` (tokens, clauses, triggers, the trigger
that governs a date), :mod:`natorussia._event_anchoring` (candidates and
their anchors), :mod:`natorussia._event_participants` (who and where), with
the shared cue words and weights of :mod:`natorussia._event_rules`; this
module runs them in order (:func:`find_events`, called by ``extract``).

What never becomes an Event is listed in ``docs/events.md``: numbers that
are not dates, records, the date line, the writer's present, forecasts,
plans and deadlines, hypotheses, denied happenings, baselines of comparison,
named periods used as settings, bare centuries.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import re
from collections.abc import Sequence

import attrs

from natorussia._eras import find_eras, merge_eras
from natorussia._event_anchoring import (
    Anchors,
    Candidate,
    is_open,
    moments,
    open_bounds,
    phrase_candidate,
    plausible,
    resolve,
)
from natorussia._event_participants import (
    object_list,
    participants,
    places_of,
    scope,
    split_phrase,
)
from natorussia._event_rules import event_rules as _rules
from natorussia._event_sentence import Found, Sentence, bracketed
from natorussia._known_days import landmark_of, name_the_day
from natorussia._lexicon import (
    Lexicon,
    Places,
    event_lexicon,
    places,
)
from natorussia._not_events import NotEventCues, not_event_cues
from natorussia._participant_rules import parties_of_the_kind
from natorussia._sentences import split_sentences
from natorussia._time_phrases import TimePhrase, relate, time_phrases
from natorussia.dates import DateMatch, find_dates
from natorussia.fuzzydate import FuzzyDate, Precision
from natorussia.model import (
    Event,
    EventKind,
    Institution,
    InstitutionKind,
    Mention,
    Span,
)

__all__ = ["event_id", "find_events", "sort_key"]

_log = logging.getLogger(__name__)


def event_id(document_id: str, date_span: Span, date: FuzzyDate, part: str = "") -> str:
    """A stable identifier: the document id and a hash of where and when.

    ``part`` tells apart two happenings one date expression dates with the
    same date ("during its summit in 1999, NATO adopted …": the summit and the
    adoption).

    >>> from natorussia.fuzzydate import FuzzyDate
    >>> key = hashlib.blake2b(b"004:10:1949", digest_size=8).hexdigest()
    >>> event_id("004", (10, 14), FuzzyDate.from_edtf("1949")) == "004-" + key
    True
    """
    where = f"{document_id}:{date_span[0]}:{date.edtf}" + (f":{part}" if part else "")
    digest = hashlib.blake2b(where.encode(), digest_size=8).hexdigest()
    return f"{document_id}-{digest}"


def sort_key(event: Event) -> tuple[object, ...]:
    """Events order by date bounds, then document, then position."""
    return (event.date.earliest, event.date.latest, event.document_id, event.date_span[0])


def find_events(
    *,
    document_id: str,
    text: str,
    regions: Sequence[Span],
    mentions: Sequence[Mention],
    published: FuzzyDate | None,
    lexicon: Lexicon | None = None,
    gazetteer: Places | None = None,
) -> tuple[Event, ...]:
    """Every dated happening in ``regions`` of ``text``, ordered by date then position.

    Args:
        document_id: The document the events belong to.
        text: The document's full text (spans index into it).
        regions: The body paragraphs; nothing outside them becomes an event.
        mentions: Entity mentions of the document (any order).
        published: Publication date, the anchor of "ago" and "last year".
        lexicon: Trigger words (default: the bundled ``event_lexicon.json``).
        gazetteer: Places (default: the bundled ``places.json``).

    Returns:
        Events sorted by date bounds, then position.

    Examples:
        >>> text = "Norway and Portugal joined NATO (1949), as well as Spain (1982)."
        >>> events = find_events(document_id="d", text=text, regions=[(0, len(text))],
        ...                      mentions=(), published=None)
        >>> [(e.date.edtf, e.kind.value) for e in events]
        [('1949', 'accession'), ('1982', 'accession')]
    """
    lex = lexicon if lexicon is not None else event_lexicon()
    gaz = gazetteer if gazetteer is not None else places()
    ordered = sorted(mentions, key=lambda m: m.span)
    starts = [m.span[0] for m in ordered]
    # Bodies "the organization" / "the alliance" may stand for: the last one named.
    bodies = [
        m
        for m in ordered
        if isinstance(m.entity, Institution) and m.entity.kind in _rules().anaphoric_kinds
    ]
    body_starts = [m.span[0] for m in bodies]
    alliances = [
        m
        for m in bodies
        if isinstance(m.entity, Institution) and m.entity.kind is InstitutionKind.ALLIANCE
    ]
    alliance_starts = [m.span[0] for m in alliances]
    events: list[Event] = []
    previous: Event | None = None
    skipped = 0
    # A date after the publication cannot be of a happening the text reports.
    horizon = published.latest if published is not None else None
    cues = not_event_cues()
    phrases = time_phrases()
    last_of_kind: dict[EventKind, tuple[Event, int]] = {}
    previous_region = 0
    narrative: Event | None = None
    for r_index, (r_start, r_end) in enumerate(regions):
        region = text[r_start:r_end]
        if cues.record_line(region):
            value = cues.publication_field(region) if published is None else None
            found = find_dates(value) if value else []
            if found and found[0].date is not None:
                published = found[0].date  # front matter the structure did not read
                horizon = published.latest
            continue  # front matter, a bibliography entry, a category tag
        matches = find_dates(region, anchor=published)
        if published is None:
            # A date line the structure did not read as metadata still dates the article.
            line = [m.date for m in matches if m.date and cues.date_line(region, m.span[0])]
            if line:
                published = line[0]
                horizon = published.latest
                matches = find_dates(region, anchor=published)
        matches = [m for m in matches if not _not_prose(cues, region, m)]
        eras = find_eras(region, published)
        if eras:  # "the Yeltsin era": leaders' terms, where find_dates read nothing
            matches = merge_eras(matches, eras)
        candidates = phrases.find(region)
        if candidates:
            # A phrase of the events' own table ("recently", "earlier today") says how
            # it relates to its anchor; find_dates' reading of the same words as a bare
            # deictic date ("../2024-07-15") gives way to it — unless find_dates read
            # more ("two years later" holds the phrase "later").
            matches = [
                m
                for m in matches
                if not (m.relative and any(_covers(p.span, m.span) for p in candidates))
            ]
        found_phrases = [
            p
            for p in candidates
            if plausible(p, region, matches, lex, published, previous is not None or bool(events))
        ]
        if not matches:
            # Only phrases: keep those that may find an anchor before splitting sentences.
            region_state = Anchors(
                previous, published, last_of_kind, r_index, previous_region, narrative
            )
            named = bisect.bisect_left(starts, r_start) < bisect.bisect_left(starts, r_end)
            found_phrases = [p for p in found_phrases if region_state.may_anchor(p, phrases, named)]
            if not found_phrases:
                continue
        date_spans = [(r_start + m.span[0], r_start + m.span[1]) for m in matches]
        sentences = _bounded(
            text, _unbroken(split_sentences(text, r_start, r_end), date_spans), date_spans
        )
        by_sentence: dict[int, tuple[list[DateMatch], list[TimePhrase]]] = {}
        ends = [b for _, b in sentences]
        for m in matches:
            s_i = min(bisect.bisect_right(ends, r_start + m.span[0]), len(sentences) - 1)
            by_sentence.setdefault(s_i, ([], []))[0].append(m)
        for p in found_phrases:
            s_i = min(bisect.bisect_right(ends, r_start + p.span[0]), len(sentences) - 1)
            by_sentence.setdefault(s_i, ([], []))[1].append(p)
        for s_i, (s_matches, s_phrases) in sorted(by_sentence.items()):
            s_span = sentences[s_i]
            lo = bisect.bisect_left(starts, s_span[0])
            hi = bisect.bisect_left(starts, s_span[1])
            state = Anchors(previous, published, last_of_kind, r_index, previous_region, narrative)
            if not s_matches and not any(state.may_anchor(p, phrases, hi > lo) for p in s_phrases):
                continue  # nothing to count the sentence's phrases from: no sentence to build
            b = bisect.bisect_left(body_starts, s_span[0])
            a = bisect.bisect_left(alliance_starts, s_span[0])
            antecedents = (
                bodies[b - 1].entity if b else None,
                alliances[a - 1].entity if a else None,
            )
            sentence = Sentence(text, s_span, ordered[lo:hi], lex, antecedents)
            dated = [(r_start + d.span[0], r_start + d.span[1]) for d in s_matches]
            items: list[tuple[int, list[DateMatch] | TimePhrase]] = [
                (g[0].span[0], g) for g in moments(text, r_start, s_matches)
            ]
            items += [(p.span[0], p) for p in s_phrases]
            items.sort(key=lambda item: item[0])
            consumed: set[tuple[int, int]] = set()
            for _, item in items:
                if isinstance(item, TimePhrase):
                    cand = phrase_candidate(sentence, item, r_start, s_matches, state, consumed)
                    made = [] if cand is None else [cand]
                else:
                    if item[0].span in consumed:
                        continue
                    cand = resolve(item, r_start, state.previous, published)
                    if (
                        cand is not None
                        and horizon is not None
                        and cand.date.earliest > horizon
                        and isinstance(cand.relative_to, Event)
                        and state.narrative is not None
                        and state.narrative is not state.previous
                    ):
                        # counted from the speaker's present it lands in the future:
                        # the story's last event is the anchor ("Ten years later, …")
                        cand = resolve(item, r_start, state.narrative, published)
                    if cand is not None:
                        cand = _landmark_day(text, cand)
                    made = [] if cand is None else [cand]
                made = [c for c in made if horizon is None or c.date.earliest <= horizon]
                if not made:
                    skipped += 1
                    continue
                for cand in made:
                    new = _make_event(document_id, sentence, cand, gaz, dated, cues)
                    if not new:
                        skipped += 1
                    for event in new:
                        event = name_the_day(event)
                        events.append(event)
                        state.add(event)
            previous, previous_region = state.previous, state.previous_region
            narrative = state.narrative
    if skipped:
        _log.debug("%s: %d date expressions gave no event", document_id, skipped)
    events.sort(key=sort_key)
    return tuple(events)


# How many characters before a date its citation cue may stand (each look stays bounded).
_CUE_CHARS = 60


def _unbroken(sentences: list[Span], dates: list[Span]) -> list[Span]:
    """The sentences, joined where a date runs across a break between them.

    An abbreviation can look like a sentence's end inside a date written without
    its spaces ("Brussels,Sept. 11, 2001"); a date is one expression, so its
    sentence holds all of it. ``dates`` are in text order; one pass.
    """
    if len(sentences) < 2 or not dates:
        return sentences
    joined: list[Span] = []
    d = 0
    for start, end in sentences:
        while d < len(dates) and dates[d][1] <= start:
            d += 1
        if joined and d < len(dates) and dates[d][0] < joined[-1][1] < dates[d][1]:
            joined[-1] = (joined[-1][0], end)  # the date began in the sentence before
        else:
            joined.append((start, end))
    return joined


# The most characters a sentence may hold. Prose sentences stay far below it;
# a "sentence" of thousands of dates (a table pasted as one line, a hostile
# text) is cut into pieces of this size, so the work per sentence is bounded
# and the stage stays linear in the length of the text.
MAX_SENTENCE = 2000

_CUTS = ("; ", ", ", " ")


def _bounded(text: str, sentences: list[Span], dates: list[Span]) -> list[Span]:
    """The sentences, each cut into pieces of at most :data:`MAX_SENTENCE` characters.

    A piece ends at the last "; ", else ", ", else space before the limit that
    lies outside every date, so no date is cut.
    """
    if all(end - start <= MAX_SENTENCE for start, end in sentences):
        return sentences
    starts = [a for a, _ in dates]
    out: list[Span] = []
    for start, end in sentences:
        while end - start > MAX_SENTENCE:
            cut = _cut(text, start, start + MAX_SENTENCE, dates, starts)
            out.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if start < end:
            out.append((start, end))
    return out


def _cut(text: str, start: int, limit: int, dates: list[Span], starts: list[int]) -> int:
    for mark in _CUTS:
        position = text.rfind(mark, start + 1, limit)
        while position > start:
            cut = position + len(mark.rstrip())
            i = bisect.bisect_right(starts, cut) - 1
            if i < 0 or dates[i][1] <= cut:  # not inside a date
                return cut
            position = text.rfind(mark, start + 1, dates[i][0])
    return limit  # one word of thousands of characters: cut it where the limit falls


def _covers(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _overlap(a: DateMatch, b: DateMatch) -> bool:
    return a.span[0] < b.span[1] and b.span[0] < a.span[1]


def _not_prose(cues: NotEventCues, region: str, m: DateMatch) -> bool:
    """Whether a date of a paragraph is a citation's, or the date line's."""
    a, b = m.span
    if cues.citation_field(region[max(a - _CUE_CHARS, 0) : a]):
        return True  # "accessed 25 April 2015"
    if (
        len(region) - (b - a) <= _CUE_CHARS
        and not region[:a].strip(" \t-*")
        and not region[b:].strip(" \t.?!:")
    ):
        return True  # a paragraph that is only a date: a heading or a date line
    return cues.citation_item(region, m.span[1]) or cues.date_line(region, m.span[0])


def _least_strength(date: FuzzyDate) -> int:
    """How strong a trigger must be to classify a date of this precision.

    A decade needs an event noun ("the wars of the 1990s"); a century, which
    names an age, a verb that names the happening itself ("the struggle for
    independence" does not make "the 20th century" a founding).
    """
    if date.precision is Precision.CENTURY:
        return 3
    return 2 if date.precision in _rules().vague else 1


def _make_event(
    document_id: str,
    sentence: Sentence,
    cand: Candidate,
    gaz: Places,
    dated: Sequence[Span],
    cues: NotEventCues,
) -> list[Event]:
    """The events a candidate date gives: none, one, or two.

    A date right after "after", "before", "following" or "prior to" dates two
    things: the happening it stands for ("after *3 June 1996*": what
    happened that day, kind ``other`` unless named) and the situation of the
    clause, which holds from that day on or up to it ("trade shrank after 3
    June 1996", ``1996-06-03/..``), and "since" and "since the" likewise.
    """
    made, predicate = _make_one(document_id, sentence, cand, gaz, dated, cues)
    if not made:
        return []
    if cand.relative_to is None and not is_open(cand.date):
        made += _effects(document_id, sentence, cand, made[0], gaz)
    if len(made) == 1 and not is_open(cand.date):
        made += _effects(document_id, sentence, cand, made[0], gaz, witnessed=True)
    if len(made) > 1:
        return made  # a meeting and what happened at it, or a happening and its effects
    event = made[0]
    opener = _rules().point_opener.search(
        sentence.text, max(sentence.span[0], cand.span[0] - _rules().opener_chars), cand.span[0]
    )
    if opener is None or cand.relative_to is not None or is_open(cand.date):
        return [event]
    relation = "until" if opener.group(1).lower() in ("before", "prior") else "from"
    if "/" in cand.date.edtf:
        return [event]
    situation = relate(relation, cand.date)
    if situation is None:
        return [event]
    # The point keeps the kind of a noun the date heads ("since the 2022 *invasion*").
    k = sentence.token_index(cand.span[1])
    heads = any(t.first == k and t.trigger.strength >= 2 for t in sentence.triggers)
    point = attrs.evolve(
        event,
        kind=event.kind if heads else EventKind.OTHER,
        institutions=(),
        persons=(),
        places=(),
    )
    # The situation's kind is its own predicate's, not the reference point's noun:
    # "Before the 2022 invasion, it was *said* that …" is a statement.
    situation_event = attrs.evolve(
        event,
        id=event_id(document_id, cand.span, situation),
        date=situation,
        kind=event.kind if predicate is None else predicate,
    )
    point, situation_event = split_phrase(sentence, cand.span, point, situation_event, gaz)
    return [point, situation_event]


# "the September 11 hijackings": a day without its year, between "the" and a lower-case noun.
_ATTRIBUTIVE_DAY = re.compile(r"\s+[a-z]")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}")


def _landmark_day(text: str, cand: Candidate) -> Candidate:
    """A day named without its year before its noun is the known landmark of that day.

    "after the September 11 hijackings" in a paragraph about 2004 is still 11
    September 2001 (``data/known_days.json``), not the previous event's year.
    """
    date = cand.date
    if (
        cand.relative_to is None
        or date.precision is not Precision.DAY
        or _YEAR.search(cand.match.text)
    ):
        return cand
    start, end = cand.span
    if not _THE_BEFORE.search(text, max(0, start - 5), start) or not _ATTRIBUTIVE_DAY.match(
        text, end
    ):
        return cand
    landmark = landmark_of(date.edtf[5:])
    if landmark is None:
        return cand
    return attrs.evolve(cand, date=landmark, relative_to=None)


def _effects(
    document_id: str,
    sentence: Sentence,
    cand: Candidate,
    event: Event,
    gaz: Places,
    *,
    witnessed: bool = False,
) -> list[Event]:
    """What a dated happening led to, dated by the same expression ("… in 2014 led to sanctions").

    With ``witnessed``, the other happenings a date "saw" ("That year saw the
    exercises and the accession of …").
    """
    made: list[Event] = []
    found = sentence.witnessed(cand.span) if witnessed else sentence.effects(cand.span)
    for m in found:
        if m.trigger.kind is event.kind:
            continue
        stretch = [sentence.effect_stretch(m)]
        institutions, persons = participants(sentence, stretch, [], cand.span, False, gaz, m)
        made.append(
            attrs.evolve(
                event,
                id=event_id(document_id, cand.span, event.date, m.trigger.kind.value),
                kind=m.trigger.kind,
                institutions=institutions,
                persons=persons,
                places=places_of(sentence, stretch, gaz),
            )
        )
    return made


def _make_one(
    document_id: str,
    sentence: Sentence,
    cand: Candidate,
    gaz: Places,
    dated: Sequence[Span],
    cues: NotEventCues,
) -> tuple[list[Event], EventKind | None]:
    """The events a date gives, and the kind of its clause's own predicate.

    The second value is None unless the date sits in a phrase naming
    another moment ("before the 2022 invasion"): then it is the kind of the
    clause's predicate outside that phrase (``other`` when it has none).
    """
    text = sentence.text
    span = cand.span
    m = cand.match
    if not any(c.isdigit() for c in m.text) and not m.relative and not cand.phase:
        return [], None  # a named period ("the Cold War") is a setting, not a happening
    if _rules().generic_times.match(m.text.strip()):
        return [], None  # "as we face the future", "memories of the past": no time of its own
    if cues.generic_present(text[max(0, span[0] - 40) : span[0]], text[span[0] : span[1]]):
        return [], None  # "with us here tonight", "until today": the time of speaking, no time
    if _alone(text, sentence.span, span):
        return [], None  # "1848? The comparison …": a heading or a date line, no happening
    if m.text.strip().lower() in _rules().attributive_times:
        k = sentence.token_index(span[1])
        if not any(t.first == k and t.trigger.strength >= 2 for t in sentence.triggers):
            return [], None  # "the current situation": the writer's present, no happening
    if _rules().planned_before.search(text, max(sentence.span[0], span[0] - 40), span[0]) or (
        _rules().planned_after.match(text, span[1], sentence.span[1])
    ):
        return [], None  # "designated 2014 as the date": a plan, not a happening
    if cues.baseline(text[max(sentence.span[0], span[0] - 40) : span[0]]):
        return [], None  # "rose by 11 percent compared with the previous year": a baseline
    if cues.deadline(text[sentence.clauses[sentence.clause_of(span[0])].span[0] : span[0]]):
        return [], None  # "committed to reach 2% by 2024": a deadline
    if _rules().conditional.search(text[sentence.span[0] : span[0]]):
        return [], None  # "If Ukraine joined NATO in 2030, …": a hypothesis
    in_brackets = bracketed(text, span)
    clause = sentence.clause_of(span[0])
    found: Found | None = None
    order = sentence.search_order(clause, span)
    if cand.date.precision in _rules().vague:
        order = order[:1]  # a decade or century is only dated by its own clause
    others = [d for d in dated if d not in cand.group and not bracketed(text, d)]
    # A date that opens its sentence waits longer for its verb ("In the mid-2000s, Ivo
    # Daalder, later appointed …, proposed …").
    fronted = sentence.fronted(clause, span) and not is_open(cand.date)
    far = _rules().far_fronted if fronted else _rules().far_strong
    phrase = sentence.phrase(clause, span)
    predicate: EventKind | None = None
    if phrase is not None:
        order = []  # the phrase's head is the happening: "after the attacks of 2001"
        trigger = sentence.best_trigger(clause, span, others, far=far, window=phrase)
        if trigger is not None and trigger.trigger.strength < _least_strength(cand.date):
            trigger = None
        if trigger is not None:
            found = Found(trigger, clause)
        own = sentence.best_trigger(clause, span, others, far=far, outside=phrase)
        predicate = EventKind.OTHER if own is None else own.trigger.kind
    headed = None if phrase is not None or m.relative else sentence.headed_noun(span)
    if phrase is None and _rules().stands_for.search(
        text, max(sentence.span[0], span[0] - 30), span[0]
    ):
        order = []  # "The shock of 3 May 1999 has since shaped …": what happened that day
    if headed is not None:
        order = []  # "with the 1995 war over the enclave": the date dates its noun
        found = Found(headed, clause)
    for c in order:
        trigger = sentence.best_trigger(c, span, others, own=c == clause, far=far)
        if trigger is not None and trigger.trigger.strength < _least_strength(cand.date):
            trigger = None  # "called NATO the standard into the 21st century"
        if trigger is not None:
            found = Found(trigger, c)
            break
    if found is not None and found.match.trigger.kind in _rules().light_kinds:
        named = sentence.object_trigger(found.match)
        if named is not None:
            found = Found(named, found.clause)
    setting: Found | None = None
    if found is not None:
        verb = sentence.setting_verb(found.match, span)
        if verb is not None:
            setting = found
            found = Found(verb, sentence.clause_of(sentence.tokens[verb.first].start))
    if found is not None and (found.match.first, found.match.last) in sentence.negated:
        return [], None  # "Russia did not sign the treaty in 2010": nothing happened
    if found is not None and sentence.span_of_time(found.match):
        found = None  # "a period of independence from 1918 to 1940": a state that held
    # "since 2022", "since the 2022 invasion": began in the past, whatever the clause's tense
    opener = _rules().point_opener.search(text, max(sentence.span[0], span[0] - 20), span[0])
    since = m.text.lower().startswith("since") or (
        opener is not None and opener.group(1).lower() == "since"
    )
    if not since and sentence.future(clause, span, found.match if found is not None else None):
        return [], None  # "The next summit will take place in June 2025": not yet happened
    if sentence.names_treaty(span) and not is_open(cand.date):
        # "the Memorandum of December 1994 gave assurances": the date is the signing's,
        # whatever the clause's verb did with the treaty later
        kind = EventKind.TREATY_SIGNING
    elif found is None:
        if not _dates_something(cand) or cues.generic_since(text[span[0] : span[1]]):
            return [], None  # "the bloc, since its inception, has served …": "always", a generic
        kind = EventKind.OTHER
    else:
        kind = found.match.trigger.kind
    stretches: list[Span]
    borrowed: list[Span] = []
    if phrase is not None:
        stretches = [phrase, *sentence.phrase_subject(clause, phrase)]
    else:
        stretches, borrowed = scope(sentence, clause, found, dated, span)
        stretches += sentence.list_head(clause, dated)
    institutions, persons = participants(
        sentence,
        stretches,
        borrowed,
        span,
        in_brackets,
        gaz,
        found.match if found is not None else None,
    )
    # "the INF Treaty was signed": by its parties; "the Council was set up": by its treaty's
    more = parties_of_the_kind(kind, institutions, sentence.mentions)
    institutions = (*institutions, *(p for p in more if p not in institutions))
    if found is not None and found.match.trigger.institution_kinds:
        # "NATO, which gained independence …": only a state gains independence.
        allowed = found.match.trigger.institution_kinds
        institutions = tuple(i for i in institutions if i.kind in allowed)
    date = cand.date
    if ".." in date.edtf and (date.earliest, date.latest) != open_bounds(date):
        # "since 2014" bounded by the publication: the event keeps the bounds its EDTF says
        date = FuzzyDate.from_edtf(date.edtf, text=date.text)
    event = Event(
        id=event_id(document_id, span, date),
        document_id=document_id,
        date=date,
        date_span=span,
        span=sentence.span,
        sentence=text[sentence.span[0] : sentence.span[1]],
        kind=kind,
        institutions=institutions,
        persons=persons,
        places=places_of(sentence, stretches + borrowed, gaz),
        relative_to=cand.relative_to,
    )
    listed = object_list(sentence, found.match, event.institutions) if found is not None else []
    if setting is None and listed:
        # "NATO invaded Afghanistan and Iraq in 2001": one invasion of each
        return [
            attrs.evolve(
                event,
                id=event_id(document_id, span, date, body.id),
                institutions=tuple(i for i in event.institutions if i not in listed or i == body),
            )
            for body in listed
        ], predicate
    if setting is None:
        return [event], predicate
    # The meeting that was the setting is a happening of its own, with the same names;
    # its own name ("the Chicago Summit") is where the deed was done, not a doer.
    meeting_kind = setting.match.trigger.kind
    where = sentence.tokens[setting.match.first].start
    setting_names = {
        m.entity.id
        for m in sentence.mentions
        if m.span[0] <= where < m.span[1] and isinstance(m.entity, Institution)
    }
    deed = attrs.evolve(
        event, institutions=tuple(i for i in event.institutions if i.id not in setting_names)
    )
    return [
        deed,
        attrs.evolve(
            event, id=event_id(document_id, span, date, meeting_kind.value), kind=meeting_kind
        ),
    ], predicate


# What may stand around a date that is all of its sentence: punctuation and markup.
_ALONE = " \t\n.?!:;,*#_()[]\u2013\u2014-"


def _alone(text: str, sentence: Span, span: Span) -> bool:
    """Whether a date is all of its sentence: "1848?", "June 4, 2019." (a heading, a date line)."""
    return not text[sentence[0] : span[0]].strip(_ALONE) and not text[span[1] : sentence[1]].strip(
        _ALONE
    )


def _dates_something(cand: Candidate) -> bool:
    """Whether a date no trigger governs still dates what the text asserts (kind ``other``).

    Every date does — a happening, or a situation that held ("Since 2014, the
    platform has served as …", "until 2014 Russia had …") — except a bare
    century ("the events of the 20th century"), which names an age.
    """
    return cand.date.precision is not Precision.CENTURY
