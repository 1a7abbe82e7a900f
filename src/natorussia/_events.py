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
   document (``_Anchors``), the publication date, an earlier event of the
   kind a phrase names, or a gazetteer fact; unresolved ones give no Event.
   A date right after "after" / "before" gives two events: the point and
   the stretch from (to) it;
6. institutions and persons are the entity mentions of the event's own
   phrase or clause; places come from the place gazetteer and from
   capitalised names after "in" / "at".

What never becomes an Event is listed in ``docs/events.md``: numbers that
are not dates, records, the date line, the writer's present, forecasts,
plans and deadlines, hypotheses, denied happenings, baselines of comparison,
named periods used as settings, bare centuries.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import logging
import re
from collections.abc import Sequence

import attrs

from natorussia._event_rules import event_rules as _rules
from natorussia._lexicon import (
    Lexicon,
    Place,
    Places,
    Token,
    TriggerMatch,
    event_lexicon,
    places,
    tokenize,
)
from natorussia._not_events import NotEventCues, not_event_cues
from natorussia._sentences import Clause, ClauseRole, split_clauses, split_sentences
from natorussia._time_phrases import TimePhrase, TimePhrases, relate, time_phrases
from natorussia.dates import Basis, DateMatch, find_dates
from natorussia.fuzzydate import OPEN_END, OPEN_START, FuzzyDate, Precision
from natorussia.model import (
    Event,
    EventKind,
    Institution,
    InstitutionKind,
    Mention,
    Person,
    Span,
)

__all__ = ["event_id", "find_events", "sort_key"]

_log = logging.getLogger(__name__)


def event_id(document_id: str, date_span: Span, date: FuzzyDate) -> str:
    """A stable identifier: the document id and a hash of where and when.

    >>> from natorussia.fuzzydate import FuzzyDate
    >>> key = hashlib.blake2b(b"004:10:1949", digest_size=8).hexdigest()
    >>> event_id("004", (10, 14), FuzzyDate.from_edtf("1949")) == "004-" + key
    True
    """
    digest = hashlib.blake2b(
        f"{document_id}:{date_span[0]}:{date.edtf}".encode(), digest_size=8
    ).hexdigest()
    return f"{document_id}-{digest}"


def sort_key(event: Event) -> tuple[object, ...]:
    """Events order by date bounds, then document, then position."""
    return (event.date.earliest, event.date.latest, event.document_id, event.date_span[0])


@attrs.frozen
class _Found:
    """A trigger chosen for a date, and the clause it was found in."""

    match: TriggerMatch
    clause: int


class _Sentence:
    """What one sentence offers to the dates inside it."""

    def __init__(
        self,
        text: str,
        span: Span,
        mentions: Sequence[Mention],
        lexicon: Lexicon,
    ) -> None:
        self.text = text
        self.span = span
        self.tokens = tokenize(text, span[0], span[1])
        self.mentions = mentions
        self.lexicon = lexicon
        self.token_starts = [t.start for t in self.tokens]
        self._places: list[tuple[int, int, Place]] | None = None
        self._owners: dict[int, Mention] | None = None

    # Clauses, triggers and negations are computed on first use: a sentence built
    # for a time phrase that turns out to give nothing never needs them.
    @functools.cached_property
    def clauses(self) -> list[Clause]:
        return split_clauses(self.text, self.span)

    @functools.cached_property
    def purposes(self) -> list[Span]:
        return self._purposes()

    @functools.cached_property
    def triggers(self) -> list[TriggerMatch]:
        return self._triggers(self.lexicon)

    @functools.cached_property
    def negated(self) -> set[tuple[int, int]]:
        """Triggers denied by a negation right before them ("did not sign")."""
        return {(m.first, m.last) for m in self.triggers if self._denied(m)}

    def _purposes(self) -> list[Span]:
        """Purpose infinitives: "*To stop the conflict*, …", "…, *in order to deter* Moscow".

        They say what the happening was for, so their words give no kind.
        """
        tokens = self.tokens
        found: list[Span] = []
        starts = []
        if (
            len(tokens) > 1
            and tokens[0].start == self.span[0]  # not a quotation: "“To listen”, she said"
            and tokens[0].key == "to"
            and tokens[1].text.islower()
        ):
            starts.append(0)
        for i in range(len(tokens) - 2):
            if tokens[i].key in ("in", "so") and (
                (tokens[i].key, tokens[i + 1].key, tokens[i + 2].key) in _rules().purpose
            ):
                starts.append(i)
        for i in starts:
            a = tokens[i].start
            end = self.text.find(",", a, self.span[1])
            found.append((a, end if end >= 0 else self.span[1]))
        return found

    def _triggers(self, lexicon: Lexicon) -> list[TriggerMatch]:
        tokens = self.tokens
        found = list(lexicon.matches(tokens))
        kept: list[TriggerMatch] = []
        for m in found:
            trig = m.trigger
            start, end = tokens[m.first].start, tokens[m.last].end
            if any(a <= start < b for a, b in self.purposes):
                continue  # "To stop the conflict, … held talks": the talks are the happening
            if not trig.inside_names and self._inside_mention(start, end):
                continue
            if (trig.requires or trig.requires_institution_kind) and not self._required(m):
                continue
            kept.append(m)

        # Overlapping forms: the higher priority wins, then the longer, then the first.
        def rank(m: TriggerMatch) -> tuple[int, int, int]:
            return (-m.trigger.priority, -(m.last - m.first), m.first)

        best: list[TriggerMatch] = []
        for m in kept:
            if not any(
                other is not m
                and other.first <= m.last
                and m.first <= other.last
                and rank(other) < rank(m)
                for other in kept
            ):
                best.append(m)
        return best

    def _denied(self, m: TriggerMatch) -> bool:
        """Whether a negation denies the trigger ("did not sign", "No state has ratified")."""
        tokens = self.tokens
        for i in range(max(m.first - 3, 0), m.first):
            key = tokens[i].key
            modal = key in _rules().modals and tokens[i].text.islower()  # not the month "May"
            if modal or (key in _rules().negations and i >= m.first - 2):
                return True
            if key in _rules().negating_verbs and i + 1 < len(tokens) and tokens[i + 1].key == "to":
                return True
        if m.trigger.strength < 3:
            return False  # "no annexation was ever recognised": the noun is not denied
        a = self.clauses[self.clause_of(tokens[m.first].start)].span[0]
        first = self.token_index(a)
        return first < m.first and tokens[first].key in _rules().negated_subject

    def object_trigger(self, m: TriggerMatch) -> TriggerMatch | None:
        """A trigger of another kind that is the object of ``m``: "announced *an operation*"."""
        clause = self.clause_of(self.tokens[m.first].start)
        a, b = self.clauses[clause].span
        for other in self.triggers:
            if (
                other.trigger.kind not in _rules().light_kinds
                and other.trigger.kind is not EventKind.OTHER
                and m.last < other.first <= m.last + _rules().light_object_words
                and a <= self.tokens[other.first].start < b
                and all(
                    self.tokens[i].key not in ("that", "to") for i in range(m.last + 1, other.first)
                )
            ):
                return other
        return None

    def names_treaty(self, date_span: Span) -> bool:
        """Whether the date is part of a treaty's designation: "the Memorandum of 1994".

        A treaty or agreement is dated by its signing, so "the Budapest
        Memorandum of December 1994" and "the 1997 Founding Act" date one.
        """
        text = self.text
        for m in self.mentions:
            entity = m.entity
            if not (
                isinstance(entity, Institution)
                and entity.kind is InstitutionKind.TREATY_OR_AGREEMENT
            ):
                continue
            if m.span[0] <= date_span[0] and date_span[1] <= m.span[1]:
                return True  # the name holds its date: "the Helsinki Final Act of 1975"
            if _rules().treaty_of.fullmatch(text, m.span[1], date_span[0]):
                return True
            if m.span[0] >= date_span[1] and not text[date_span[1] : m.span[0]].strip():
                return True
        return False

    def future(self, clause: int, date_span: Span, trigger: TriggerMatch | None) -> bool:
        """Whether the clause tells of the future: "The next summit *will* take place in 2025".

        Words after a "that" which follows the date are reported content and
        do not count ("said in 2022 that the war will …").
        """
        tokens = self.tokens
        a, _ = self.clauses[clause].span
        # A quotation before the date is someone's words, not the narrative's tense.
        a = max(a, *(self.text.rfind(q, a, date_span[0]) + 1 for q in _rules().closing_quotes))
        last = self.token_index(date_span[1]) - 1
        stop = max(last, trigger.last if trigger is not None else last)
        for i in range(self.token_index(a), min(stop + 1, len(tokens))):
            t = tokens[i]
            if t.key == "that" and i > last:
                break
            if t.key in _rules().future and t.text.islower():
                return True
        return False

    def span_of_time(self, m: TriggerMatch) -> bool:
        """Whether a noun trigger names what filled a span of time: "a period of independence"."""
        i = m.first
        return (
            m.trigger.strength < 3
            and i >= 2
            and self.tokens[i - 1].key == "of"
            and self.tokens[i - 2].key in _rules().span_of_time
        )

    def places(self, gaz: Places) -> list[tuple[int, int, Place]]:
        """Gazetteer places in the sentence (computed once)."""
        if self._places is None:
            self._places = list(gaz.matches(self.tokens))
        return self._places

    def owners(self) -> dict[int, Mention]:
        """Bracketed years and the mention each belongs to (computed once)."""
        if self._owners is None:
            self._owners = _owned_mentions(self)
        return self._owners

    def _inside_mention(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in (m.span for m in self.mentions))

    def _required(self, m: TriggerMatch) -> bool:
        clause = self.clause_of(self.tokens[m.first].start)
        spans = [self.clauses[clause].span, *self.main_chain(clause)]

        def inside(offset: int) -> bool:
            return any(a <= offset < b for a, b in spans)

        trig = m.trigger
        if trig.requires and any(t.key in trig.requires for t in self.tokens if inside(t.start)):
            return True
        return any(
            isinstance(x.entity, Institution)
            and x.entity.kind in trig.requires_institution_kind
            and inside(x.span[0])
            for x in self.mentions
        )

    def main_chain(self, clause: int, dated: Sequence[Span] = ()) -> list[Span]:
        """The other pieces of a main clause that asides interrupt.

        "The Council, created in 2002, was suspended in 2014": the Council is the
        subject of the piece after the aside. A piece holding a date of ``dated``
        is another item of a list and ends the chain.
        """
        clauses = self.clauses
        own = clauses[clause]
        pieces: list[Span] = []
        if own.role is not ClauseRole.MAIN:
            return pieces
        for step in (-1, 1):
            i = clause + step
            while 0 <= i < len(clauses) and clauses[i].group == own.group:
                c = clauses[i]
                if c.depth == own.depth and c.role is ClauseRole.MAIN:
                    if any(c.span[0] <= d[0] < c.span[1] for d in dated):
                        break
                    pieces.append(c.span)
                elif c.depth == own.depth and c.role is not ClauseRole.SUBORDINATE:
                    break
                i += step
        return pieces

    def clause_of(self, offset: int) -> int:
        """Index of the clause containing ``offset`` (or the nearest before it)."""
        best = 0
        for i, clause in enumerate(self.clauses):
            if clause.span[0] <= offset:
                best = i
            else:
                break
        return best

    def token_index(self, offset: int) -> int:
        """Index of the first token at or after ``offset``."""
        lo, hi = 0, len(self.token_starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.token_starts[mid] < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def best_trigger(
        self,
        clause: int,
        date_span: Span,
        others: Sequence[Span] = (),
        *,
        own: bool = True,
        far: int | None = None,
        window: Span | None = None,
    ) -> TriggerMatch | None:
        """The trigger of a clause that best governs the date.

        Each trigger costs its distance in words from the date minus five
        times its strength, so a strong verb a few words further away beats a
        weak noun next to the date. A trigger separated from the date by
        "after", "before", "later" … names another moment ("in May 1997, two
        years before Yeltsin's request") and does not count. Triggers too
        far from the date in its own clause (``far`` words for strength 3, 10
        otherwise) do not count. A trigger nearer to another date of the
        sentence (``others``) is that date's ("signed … in December 1997 and
        became full members in 1999"), unless the clause offers nothing else.
        A ``window`` narrows the search to a stretch of the clause. ``far``
        defaults to the rules' ``far_strong``.
        """
        if far is None:
            far = _rules().far_strong
        a, b = self.clauses[clause].span if window is None else window
        first = self.token_index(date_span[0])
        last = self.token_index(date_span[1]) - 1
        tokens = self.tokens
        if own and not any(a <= o[0] < b for o in others):
            head = self._subject_head(a, b, first, last)
            if head is not None:
                return head
        best: TriggerMatch | None = None
        best_key: tuple[int, int, int, int] | None = None
        for m in self.triggers:
            start = tokens[m.first].start
            if not a <= start < b:
                continue
            if m.first <= last and m.last >= first:
                continue  # part of the date expression itself
            if m.last < first:
                distance, between = first - m.last, range(0)
            else:
                # The words just before the trigger: "two years before Yeltsin's request".
                distance, between = m.first - last, range(max(last + 1, m.first - 3), m.first)
                if any(
                    tokens[i].key == "that" and tokens[i - 1].key not in _rules().prepositions
                    for i in range(last + 1, m.first)
                ):
                    continue  # reported content: "announced that it would admit"
            strength = m.trigger.strength
            if own and distance > (far if strength >= 3 else _rules().far_weak):
                continue
            mine = distance + (_rules().after_penalty if m.last >= first else 0)
            claimed = any(a <= o[0] < b and self._claim(m, o) < mine for o in others)
            if any(tokens[i].key in _rules().other_moment for i in between):
                continue
            # A trigger another date holds is used only when nothing else is left.
            key = (
                int(claimed),
                distance - _rules().strength_weight * strength,
                -m.trigger.priority,
                distance,
            )
            if best_key is None or key < best_key:
                best, best_key = m, key
        return best

    def _subject_head(self, a: int, b: int, first: int, last: int) -> TriggerMatch | None:
        """The event noun heading a dated subject: "*The annexation* of … in 2014 led to …".

        When the date closes the subject of a verb of consequence, the
        happening is the subject's head — the strongest, then first, trigger
        before the date — and the triggers after the verb are its effects.
        """
        tokens = self.tokens
        end = self.token_index(b)
        k = last + 1
        if k >= end or not _causes(tokens, k):
            return None
        before = [
            m
            for m in self.triggers
            if a <= tokens[m.first].start
            and m.last < first
            and (m.first, m.last) not in self.negated
        ]
        if not before:
            return None
        return min(before, key=lambda m: (-m.trigger.strength, m.first))

    def _claim(self, m: TriggerMatch, date_span: Span) -> int:
        """How far a date is from a trigger; a trigger after the date counts as further."""
        first = self.token_index(date_span[0])
        last = self.token_index(date_span[1]) - 1
        if m.last < first:
            return first - m.last
        return max(m.first - last, 0) + _rules().after_penalty

    def fronted(self, clause: int, date_span: Span) -> bool:
        """Whether the date opens its clause as an adverbial: "In 2016, …"."""
        a, _ = self.clauses[clause].span
        first = self.token_index(date_span[0])
        before = self.tokens[self.token_index(a) : first]
        for i in range(len(before) - 1, -1, -1):
            if before[i].key in ("that", "which"):
                before = before[i + 1 :]
                break
        if len(before) > 3 or any(t.key not in _rules().adverbial for t in before):
            return False
        rest = self.text[date_span[1] : self.clauses[clause].span[1]].lstrip()
        return rest == "" or rest.startswith((",", ":"))

    def phrase(self, clause: int, date_span: Span) -> Span | None:
        """The phrase a date sits in when that phrase names another moment or a source.

        "initiated by President Putin *after the attacks of Sept. 11, 2001*": the
        date governs "attacks", not the clause's verb. "*According to the
        communiqué of the 2021 summit*, allies see China …": the date is the
        summit's. The phrase runs from its opening word ("after", "before",
        "following", "since", "despite", "amid", "according to") to the next
        comma or the end of the clause; the opening word must come within ten
        words before the date with no comma between (right before the date it
        makes a point of reference, "after 2014", which gives no event).
        """
        a, b = self.clauses[clause].span
        tokens = self.tokens
        first = self.token_index(date_span[0])
        lowest = max(self.token_index(a), first - _rules().phrase_words)
        text = self.text
        for i in range(first - 2, lowest - 1, -1):
            if "," in text[tokens[i].end : tokens[i + 1].start]:
                return None
            key = tokens[i].key
            pair = (key, tokens[i + 1].key)
            if key in _rules().phrase_openers or pair in _rules().source_openers:
                if i > 0 and (tokens[i - 1].key, key) in _rules().source_openers:
                    i -= 1
                end = text.find(",", date_span[1], b)
                return tokens[i].start, end if end >= 0 else b
        return None

    def phrase_subject(self, clause: int, phrase: Span) -> list[Span]:
        """The subject a gerund phrase shares with its clause.

        "Right after *being elected* President in 2008, *Dmitry Medvedev*
        proposed …": the one elected is the main clause's subject, the words
        from the phrase's end to the first lower-case word or trigger after it.
        """
        tokens = self.tokens
        i = self.token_index(phrase[0]) + 1
        if i + 1 >= len(tokens) or not tokens[i].key.endswith("ing"):
            return []
        _, b = self.clauses[clause].span
        if phrase[1] >= b:
            return []
        # The subject ends at the first lower-case word that is no article ("praised"),
        # or at the first trigger ("proposed").
        end = b
        for t in tokens[self.token_index(phrase[1]) :]:
            if t.start >= b or (t.text.islower() and t.key not in ("the", "a", "an")):
                end = min(end, t.start)
                break
        end = min(
            [
                end,
                *(
                    tokens[m.first].start
                    for m in self.triggers
                    if phrase[1] < tokens[m.first].start
                ),
            ]
        )
        return [(phrase[1], end)]

    def segment(
        self,
        clause: int,
        date_span: Span,
        found: TriggerMatch | None,
        dated: Sequence[Span],
    ) -> list[Span]:
        """The stretches of a clause that belong to one of its dates.

        A clause that coordinates dated phrases, each with its own trigger
        ("Russia's *invasion* of Georgia in 2008 and its *annexation* of Crimea
        in 2014"), gives each date the phrase from the joining word before its
        trigger to the joining word after it, plus the words before the
        clause's first trigger (the shared subject, "Russia's") unless the phrase
        names its own ("… and *Finland's* accession in 2023"). What follows a
        verb of consequence after the date ("… in 2014 *began* a period of
        NATO-Russia relations") is the happening's effect, not its participants.
        """
        a, b = self.clauses[clause].span
        text = self.text
        tokens = self.tokens
        own = [d for d in dated if a <= d[0] < b and not _bracketed(text, d)]
        if date_span not in own:
            own.append(date_span)
        own.sort()
        cuts: list[int] = []
        for left, right in itertools.pairwise(own):
            cut = self._joint(left, right)
            if cut is not None:
                cuts.append(cut)
        lo = max((c for c in cuts if c <= date_span[0]), default=a)
        hi = min((c for c in cuts if c > date_span[0]), default=b)
        k = self.token_index(date_span[1])
        if (
            found is not None
            and k < len(tokens)
            and tokens[k].start < hi
            and tokens[found.last].end <= date_span[0]
            and tokens[found.first].start >= a
            and _causes(tokens, k)
        ):
            hi = date_span[1]
        elif cuts and hi == b and found is not None and self._noun_phrase(found, date_span):
            # The last of coordinated noun phrases ends where the shared predicate
            # begins: "… and the 2008 war in Georgia | divided NATO and Russia".
            hi = min(hi, self._phrase_end(max(date_span[1], tokens[found.last].end), b))
        pieces = [(lo, hi)]
        if lo > a:
            firsts = [
                tokens[m.first].start for m in self.triggers if a <= tokens[m.first].start < b
            ]
            shared = min([*firsts, own[0][0]])
            mine = min([t for t in firsts if lo <= t < hi], default=hi)
            # "… and Finland's accession in 2023": a phrase with its own subject shares none.
            if shared > a and not any(lo <= m.span[0] < mine for m in self.mentions):
                pieces.append((a, shared))
        return pieces

    def _noun_phrase(self, m: TriggerMatch, date_span: Span) -> bool:
        """Whether a trigger heads a dated noun phrase ("the *annexation* of Crimea in 2014")."""
        return m.trigger.strength < 3 or self.tokens[m.first].start >= date_span[1]

    def _phrase_end(self, start: int, limit: int) -> int:
        """Where a noun phrase ends: its prepositional tails ("in Georgia") run to a verb."""
        tokens = self.tokens
        for t in tokens[self.token_index(start) :]:
            if t.start >= limit:
                break
            if t.text.islower() and t.key not in _rules().noun_phrase_words:
                return t.start
        return limit

    def _joint(self, left: Span, right: Span) -> int | None:
        """Where two dated phrases of a clause part: the joining word before the second's trigger."""
        tokens = self.tokens
        i = self.token_index(left[1])
        j = self.token_index(right[0])
        text = self.text
        # A date before its noun also heads a phrase: "… and *the 2022 military operation*".
        r = self.token_index(right[1])
        attributive = r
        while attributive < min(r + 2, len(tokens)) and _rules().attributive_gap.fullmatch(
            text, right[1], tokens[attributive].start
        ):
            attributive += 1
        for k in range(i, j):
            joins = (
                tokens[k].key in _rules().joiners
                or "," in text[tokens[k - 1].end : tokens[k].start]
            )
            if not joins:
                continue
            if any(
                (k <= m.first < j or r <= m.first < attributive)
                and (m.first, m.last) not in self.negated
                for m in self.triggers
            ):
                return tokens[k].start
            return None
        return None

    def search_order(self, clause: int, date_span: Span) -> list[int]:
        """Clauses to look in for a trigger, best first, starting with the date's own."""
        clauses = self.clauses
        own = clauses[clause]
        order = [clause]

        def same_level(i: int) -> bool:
            c = clauses[i]
            return c.group == own.group and c.depth == own.depth

        before = [i for i in range(clause - 1, -1, -1) if same_level(i)]
        after = [i for i in range(clause + 1, len(clauses)) if same_level(i)]
        main_like = (ClauseRole.MAIN, ClauseRole.COORDINATE)
        if own.role is ClauseRole.COORDINATE:
            # "…, as well as Spain (1982)": the verb is the one before.
            order += [i for i in before if clauses[i].role in main_like]
        elif own.role is ClauseRole.SUBORDINATE:
            # "the airlift, which lasted …": its head.
            order += before[:1]
        elif own.role is ClauseRole.MAIN:
            if self.fronted(clause, date_span):
                # "1949 – NATO founded": what a dash opens right after the date.
                nxt = clause + 1
                if (
                    nxt < len(clauses)
                    and clauses[nxt].group == own.group
                    and clauses[nxt].role is ClauseRole.PARENTHETICAL
                    and self.text[date_span[1] : clauses[nxt].span[0]].strip() in ("–", "—")
                ):
                    order.append(nxt)
                # "In 2016, shortly after …, a coup occurred": the main clause after.
                order += [i for i in after if clauses[i].role in main_like]
            elif (
                after
                and after[0] == clause + 1
                and clauses[after[0]].role is ClauseRole.SUBORDINATE
            ):
                # "It was calm in 2005, when the council adopted …": the clause that says what.
                order.append(after[0])
        else:
            # A bracket or dash aside: look at the clause it interrupts, then the one
            # around that ("uprisings (in 1956 – in Hungary, in 1968 – …)").
            for depth in range(own.depth - 1, -1, -1):
                outer = [
                    i
                    for i in range(len(clauses))
                    if clauses[i].depth == depth and clauses[i].group == own.group
                ]
                order += sorted(outer, key=lambda i: abs(i - clause))[:2]
        return order

    def list_head(self, clause: int, dated: Sequence[Span]) -> list[Span]:
        """Clauses before a coordinate one that only list names ("Hungary, Poland, and …")."""
        heads: list[Span] = []
        own = self.clauses[clause]
        if own.role is not ClauseRole.COORDINATE:
            return heads
        i = clause - 1
        while i >= 0:
            c = self.clauses[i]
            if c.group != own.group or c.depth != own.depth:
                break
            a, b = c.span
            if any(a <= d[0] < b for d in dated) or any(
                a <= self.tokens[m.first].start < b for m in self.triggers
            ):
                break
            heads.append(c.span)
            if c.role is not ClauseRole.COORDINATE:
                break
            i -= 1
        return heads


def _causes(tokens: Sequence[Token], k: int) -> bool:
    """Whether a verb of consequence starts at token ``k``: "led to", "marked", "triggered"."""
    key = tokens[k].key
    if key in _rules().cause_verbs:
        return True
    nxt = tokens[k + 1].key if k + 1 < len(tokens) else ""
    return (key, nxt) in _rules().cause_pairs


@attrs.define
class _Candidate:
    """A date being turned into an Event."""

    match: DateMatch
    span: Span
    date: FuzzyDate
    relative_to: Event | FuzzyDate | None
    group: tuple[Span, ...] = ()
    phase: bool = False


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
    events: list[Event] = []
    previous: Event | None = None
    skipped = 0
    # A date after the publication cannot be of a happening the text reports.
    horizon = published.latest if published is not None else None
    cues = not_event_cues()
    phrases = time_phrases()
    last_of_kind: dict[EventKind, tuple[Event, int]] = {}
    previous_region = 0
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
        found_phrases = [
            p
            for p in phrases.find(region)
            if _plausible(p, region, matches, lex, published, previous is not None or bool(events))
        ]
        if not matches and not found_phrases:
            continue
        sentences = split_sentences(text, r_start, r_end)
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
            state = _Anchors(previous, published, last_of_kind, r_index, previous_region)
            if not s_matches and not any(state.may_anchor(p, phrases, hi > lo) for p in s_phrases):
                continue  # nothing to count the sentence's phrases from: no sentence to build
            sentence = _Sentence(text, s_span, ordered[lo:hi], lex)
            dated = [(r_start + d.span[0], r_start + d.span[1]) for d in s_matches]
            items: list[tuple[int, list[DateMatch] | TimePhrase]] = [
                (g[0].span[0], g) for g in _moments(text, r_start, s_matches)
            ]
            items += [(p.span[0], p) for p in s_phrases]
            items.sort(key=lambda item: item[0])
            consumed: set[tuple[int, int]] = set()
            for _, item in items:
                if isinstance(item, TimePhrase):
                    cand = _phrase_candidate(sentence, item, r_start, s_matches, state, consumed)
                    made = [] if cand is None else [cand]
                else:
                    if item[0].span in consumed:
                        continue
                    cand = _resolve(item, r_start, state.previous, published)
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
                        events.append(event)
                        state.add(event)
            previous, previous_region = state.previous, state.previous_region
    if skipped:
        _log.debug("%s: %d date expressions gave no event", document_id, skipped)
    events.sort(key=sort_key)
    return tuple(events)


@attrs.define
class _Anchors:
    """What relative and vague phrases are counted from, as the text goes on.

    Attributes:
        previous: The last event made (the thread's previous dated event).
        published: The publication date.
        last_of_kind: The last event of each kind ("the invasion" finds it).
    """

    previous: Event | None
    published: FuzzyDate | None
    last_of_kind: dict[EventKind, tuple[Event, int]]
    region: int = 0
    previous_region: int = 0

    def add(self, event: Event) -> None:
        self.previous, self.previous_region = event, self.region
        if event.kind is not EventKind.OTHER and not _is_open(event.date):
            self.last_of_kind[event.kind] = (event, self.region)

    def may_anchor(self, phrase: TimePhrase, phrases: TimePhrases, named: bool) -> bool:
        """Whether a phrase of a sentence without dates may find its anchor (a cheap look)."""
        anchor = phrase.entry.anchor
        if anchor == "publication":
            return self.published is not None
        if anchor == "previous":
            return self.recent(phrases.anchor_regions) is not None
        return named or bool(self.last_of_kind)

    def recent(self, reach: int) -> Event | None:
        """The previous event, if the thread still runs (within ``reach`` paragraphs)."""
        if self.previous is None or self.region - self.previous_region > reach:
            return None
        return self.previous

    def of_kind(self, kind: EventKind, phrases: TimePhrases) -> Event | None:
        """The last event of a kind (or of its family) within reach."""
        if kind.value not in phrases.anchor_kinds:
            return None
        for k in phrases.families.get(kind.value, (kind.value,)):
            found = self.last_of_kind.get(EventKind(k))
            if found is not None and self.region - found[1] <= phrases.anchor_regions:
                return found[0]
        return None


_OF = re.compile(r"\s+of\b", re.IGNORECASE)


def _phrase_candidate(
    sentence: _Sentence,
    phrase: TimePhrase,
    offset: int,
    matches: Sequence[DateMatch],
    state: _Anchors,
    consumed: set[tuple[int, int]],
) -> _Candidate | None:
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
    if entry.past_only:
        k = sentence.token_index(span[0])
        j = sentence.token_index(span[1])
        tokens = sentence.tokens
        before = [t.key for t in reversed(tokens[max(k - _rules().past_window, 0) : k])]
        if not tp.past(before, [t.key for t in tokens[j : j + _rules().past_window]]):
            return None  # "Today, Russia is …": the writer's present
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
    return _Candidate(match, span, date, anchor, (span,))


def _happening_candidate(
    sentence: _Sentence,
    phrase: TimePhrase,
    span: Span,
    offset: int,
    matches: Sequence[DateMatch],
    state: _Anchors,
    consumed: set[tuple[int, int]],
) -> _Candidate | None:
    """An opener and the happening or period after it: "since the invasion", "at the height of the Cold War".

    A named period right after the opener gives the period's phase or the
    time from (to) it, unless the opener only sets a scene ("during the Cold
    War") or "since" makes a baseline of comparison ("the largest since the
    Cold War"). An event noun after the opener ("the invasion", "Russia's
    full-scale invasion") is looked up among the events already read, by
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
            return None  # "the largest exercise since the Cold War"
    for m in matches:
        gap = text[span[1] : offset + m.span[0]]
        if offset + m.span[0] < span[1] or len(gap) > _rules().opener_chars:
            continue
        if gap.strip().lower() not in ("", "the") or m.date is None:
            break
        if any(c.isdigit() for c in m.text):
            return None  # "after 24 February 2022": the date's own rules
        if key not in tp.period_openers:
            return None  # "during the Cold War": a setting
        date = relate(entry.relation, m.date)
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
        return _Candidate(match, whole, date, m.date, (whole,), phase=True)
    if entry.relation != "same" and not any(any(c.isdigit() for c in m.text) for m in matches):
        # "before the Warsaw Pact": before the institution existed
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
                return _Candidate(match, whole, date, founded, (whole,))
    if any(any(c.isdigit() for c in m.text) for m in matches):
        return None  # "In August 2004, during the Iraq War, …": the date dates it
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
            # "after the dissolution of the Warsaw Pact": the gazetteer's dated fact
            predicates = tp.facts_of_kind.get(trig.trigger.kind.value, ())
            anchor = _fact_after(sentence, trig.last + 1, predicates)
        if anchor is None:
            return None
        date = relate(entry.relation, anchor if isinstance(anchor, FuzzyDate) else anchor.date)
        if date is None:
            return None
        whole = (span[0], tokens[trig.last].end)
        match = DateMatch(
            span=(whole[0] - offset, whole[1] - offset),
            text=text[whole[0] : whole[1]],
            date=date,
            relative=True,
        )
        return _Candidate(match, whole, date, anchor, (whole,))
    return None


_WORDS = re.compile(r"[\w'’-]+")


def _plausible(
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


def _fact_after(
    sentence: _Sentence, k: int, predicates: Sequence[str], *, words: int = 3
) -> FuzzyDate | None:
    """The date of a gazetteer fact of the institution named within ``words`` of token ``k``.

    "the dissolution *of the Warsaw Pact*": the Pact's ``dissolved`` fact.
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


# How many characters before a date its citation cue may stand (each look stays bounded).
_CUE_CHARS = 60


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


def _moments(text: str, offset: int, matches: Sequence[DateMatch]) -> list[list[DateMatch]]:
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


def _resolve(
    group: Sequence[DateMatch],
    offset: int,
    previous: Event | None,
    published: FuzzyDate | None,
) -> _Candidate | None:
    """The date of a moment, resolving relative expressions; None if it gives no event."""
    chosen: _Candidate | None = None
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
                date, relative_to = m.resolve(_point_of(previous.date)), previous
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
            chosen = _Candidate(m, span, date, relative_to, group_spans)
            continue
        if relative_to is not None and chosen.relative_to is None:
            chosen.relative_to = relative_to
        width = (date.latest - date.earliest, -span[0])
        if width < (chosen.date.latest - chosen.date.earliest, -chosen.span[0]):
            chosen.match, chosen.span, chosen.date = m, span, date
    return chosen


def _point_of(date: FuzzyDate) -> FuzzyDate:
    """What a relative date counts from: an open stretch counts from its known end.

    >>> _point_of(FuzzyDate.from_edtf("2014/..")).edtf, _point_of(FuzzyDate.from_edtf("../2008")).edtf
    ('2014', '2008')
    """
    start, _, end = date.edtf.partition("/")
    if date.latest == OPEN_END and start not in ("", ".."):
        return FuzzyDate.from_edtf(start)
    if date.earliest == OPEN_START and end not in ("", ".."):
        return FuzzyDate.from_edtf(end)
    return date


def _open_bounds(date: FuzzyDate) -> tuple[object, object]:
    """The bounds an EDTF with an open end stands for."""
    exact = FuzzyDate.from_edtf(date.edtf)
    return exact.earliest, exact.latest


def _is_open(date: FuzzyDate) -> bool:
    return date.earliest == OPEN_START or date.latest == OPEN_END


def _make_event(
    document_id: str,
    sentence: _Sentence,
    cand: _Candidate,
    gaz: Places,
    dated: Sequence[Span],
    cues: NotEventCues,
) -> list[Event]:
    """The events a candidate date gives: none, one, or two.

    A date right after "after", "before", "following" or "prior to" dates two
    things: the happening it stands for ("after *24 February 2022*": what
    happened that day, kind ``other`` unless named) and the situation of the
    clause, which holds from that day on or up to it ("after 24 February
    2022, it became evident …", ``2022-02-24/..``).
    """
    event = _make_one(document_id, sentence, cand, gaz, dated, cues)
    if event is None:
        return []
    opener = _rules().point_opener.search(
        sentence.text, max(sentence.span[0], cand.span[0] - _rules().opener_chars), cand.span[0]
    )
    if opener is None or cand.relative_to is not None or _is_open(cand.date):
        return [event]
    relation = "until" if opener.group(1).lower() in ("before", "prior") else "from"
    if "/" in cand.date.edtf:
        return [event]
    situation = relate(relation, cand.date)
    if situation is None:
        return [event]
    point = attrs.evolve(event, kind=EventKind.OTHER, institutions=(), persons=(), places=())
    situation_event = attrs.evolve(
        event, id=event_id(document_id, cand.span, situation), date=situation
    )
    return [point, situation_event]


def _make_one(
    document_id: str,
    sentence: _Sentence,
    cand: _Candidate,
    gaz: Places,
    dated: Sequence[Span],
    cues: NotEventCues,
) -> Event | None:
    text = sentence.text
    span = cand.span
    m = cand.match
    if not any(c.isdigit() for c in m.text) and not m.relative and not cand.phase:
        return None  # a named period ("the Cold War") is a setting, not a happening
    if _rules().planned_before.search(text, max(sentence.span[0], span[0] - 40), span[0]) or (
        _rules().planned_after.match(text, span[1], sentence.span[1])
    ):
        return None  # "designated 2014 as the date": a plan, not a happening
    if cues.baseline(text[max(sentence.span[0], span[0] - 40) : span[0]]):
        return None  # "rose by 11 percent compared with the previous year": a baseline
    if cues.deadline(text[sentence.clauses[sentence.clause_of(span[0])].span[0] : span[0]]):
        return None  # "committed to reach 2% by 2024": a deadline
    if _rules().conditional.search(text[sentence.span[0] : span[0]]):
        return None  # "If Ukraine joined NATO in 2030, …": a hypothesis
    bracketed = _bracketed(text, span)
    clause = sentence.clause_of(span[0])
    found: _Found | None = None
    order = sentence.search_order(clause, span)
    if cand.date.precision in _rules().vague:
        order = order[:1]  # a decade or century is only dated by its own clause
    others = [d for d in dated if d not in cand.group and not _bracketed(text, d)]
    # A date that opens its sentence waits longer for its verb ("In the mid-2000s, Ivo
    # Daalder, later appointed …, proposed …").
    fronted = sentence.fronted(clause, span) and not _is_open(cand.date)
    far = _rules().far_fronted if fronted else _rules().far_strong
    phrase = sentence.phrase(clause, span)
    if phrase is not None:
        order = []  # the phrase's head is the happening: "after the attacks of 2001"
        trigger = sentence.best_trigger(clause, span, others, far=far, window=phrase)
        if (
            trigger is not None
            and cand.date.precision in _rules().vague
            and trigger.trigger.strength < 2
        ):
            trigger = None
        if trigger is not None:
            found = _Found(trigger, clause)
    for c in order:
        trigger = sentence.best_trigger(c, span, others, own=c == clause, far=far)
        if (
            trigger is not None
            and cand.date.precision in _rules().vague
            and trigger.trigger.strength < 2
        ):
            trigger = None  # "called NATO the standard into the 21st century"
        if trigger is not None:
            found = _Found(trigger, c)
            break
    if found is not None and found.match.trigger.kind in _rules().light_kinds:
        named = sentence.object_trigger(found.match)
        if named is not None:
            found = _Found(named, found.clause)
    if found is not None and (found.match.first, found.match.last) in sentence.negated:
        return None  # "Russia did not sign the treaty in 2010": nothing happened
    if found is not None and sentence.span_of_time(found.match):
        found = None  # "a period of independence from 1918 to 1940": a state that held
    if sentence.future(clause, span, found.match if found is not None else None):
        return None  # "The next summit will take place in June 2025": not yet happened
    if found is None and sentence.names_treaty(span) and not _is_open(cand.date):
        kind = EventKind.TREATY_SIGNING
    elif found is None:
        if not _dates_something(cand):
            return None
        kind = EventKind.OTHER
    else:
        kind = found.match.trigger.kind
    scope: list[Span]
    borrowed: list[Span] = []
    if phrase is not None:
        scope = [phrase, *sentence.phrase_subject(clause, phrase)]
    else:
        scope, borrowed = _scope(sentence, clause, found, dated, span)
        scope += sentence.list_head(clause, dated)
    institutions, persons = _entities(sentence, scope, borrowed, span, bracketed, gaz)
    if found is not None and found.match.trigger.institution_kinds:
        # "NATO, which gained independence …": only a state gains independence.
        allowed = found.match.trigger.institution_kinds
        institutions = tuple(i for i in institutions if i.kind in allowed)
    date = cand.date
    if ".." in date.edtf and (date.earliest, date.latest) != _open_bounds(date):
        # "since 2014" bounded by the publication: the event keeps the bounds its EDTF says
        date = FuzzyDate.from_edtf(date.edtf, text=date.text)
    return Event(
        id=event_id(document_id, span, date),
        document_id=document_id,
        date=date,
        date_span=span,
        span=sentence.span,
        sentence=text[sentence.span[0] : sentence.span[1]],
        kind=kind,
        institutions=institutions,
        persons=persons,
        places=_places(sentence, scope + borrowed, gaz),
        relative_to=cand.relative_to,
    )


def _bracketed(text: str, span: Span) -> bool:
    """Whether a date is all that a bracket holds: "Croatia (2009)"."""
    return text[span[0] - 1 : span[0]] in ("(", "[") and text[span[1] : span[1] + 1] in (")", "]")


def _dates_something(cand: _Candidate) -> bool:
    """Whether a date no trigger governs still dates what the text asserts (kind ``other``).

    Every date does — a happening, or a situation that held ("Since 2014, the
    platform has served as …", "until 2014 Russia had …") — except a bare
    century ("the events of the 20th century"), which names an age.
    """
    return cand.date.precision is not Precision.CENTURY


def _scope(
    sentence: _Sentence, clause: int, found: _Found | None, dated: Sequence[Span], span: Span
) -> tuple[list[Span], list[Span]]:
    """The stretches of the sentence whose names belong to the event.

    Returns the event's own stretches, and those borrowed with an elided verb
    ("…, as well as Spain (1982)" borrows "joined NATO").
    """
    clauses = sentence.clauses
    own = clauses[clause]
    mine = found.match if found is not None and found.clause == clause else None
    scope = sentence.segment(clause, span, mine, dated)
    borrowed: list[Span] = []
    scope += sentence.main_chain(clause, dated)
    first = sentence.token_index(own.span[0])
    relative = (
        own.role is ClauseRole.SUBORDINATE
        and clause > 0
        and first < len(sentence.tokens)
        and (
            sentence.tokens[first].key in ("which", "who", "whose", "whom")
            or sentence.tokens[first].key.endswith("ed")
        )
    )
    if relative:
        # "… Malta, which became independent", "The Treaty, signed in 1990": the names
        # just before.
        start = sentence.tokens[max(first - _rules().head_words, 0)].start
        scope.append((max(start, sentence.clauses[clause - 1].span[0]), own.span[0]))
    if found is not None and found.clause != clause:
        t_clause = sentence.clauses[found.clause].span
        if sentence.clauses[clause].role is ClauseRole.COORDINATE:
            # An elided verb: what follows the borrowed trigger (its object) comes along.
            borrowed.append((sentence.tokens[found.match.first].start, t_clause[1]))
        else:
            scope.append(t_clause)
    return scope, borrowed


def _owned_mentions(sentence: _Sentence) -> dict[int, Mention]:
    """For each "(year)" bracket, the mention right before it: its owner."""
    text = sentence.text
    owners: dict[int, Mention] = {}
    for m in sentence.mentions:
        j = m.span[1]
        while j < sentence.span[1] and text[j] == " ":
            j += 1
        if j < sentence.span[1] and text[j] in "([":
            close = text.find(")" if text[j] == "(" else "]", j, sentence.span[1])
            inner = text[j + 1 : close] if close > 0 else ""
            if inner.strip() and any(ch.isdigit() for ch in inner) and len(inner.split()) <= 3:
                owners[j + 1] = m
    return owners


def _entities(
    sentence: _Sentence,
    scope: Sequence[Span],
    borrowed: Sequence[Span],
    span: Span,
    bracketed: bool,
    gaz: Places,
) -> tuple[tuple[Institution, ...], tuple[Person, ...]]:
    """Institutions and persons of an event.

    A name right before a bracketed year ("Croatia (2009)") belongs to that
    year's event only; other names of the scope are shared. A city after
    "in" or "at" ("met in Vilnius") is where the event happened, not an actor.
    """
    tokens = sentence.tokens
    located = {
        (tokens[first].start, tokens[last].end)
        for first, last, _ in sentence.places(gaz)
        if first > 0 and tokens[first - 1].key in ("in", "at", "near")
    }
    # A city inside a longer name ("the Berlin Wall", "the Budapest Memorandum") is no actor.
    named = {
        (tokens[first].start, tokens[last].end)
        for first, last, place in sentence.places(gaz)
        if place.metonym
        and last + 1 < len(tokens)
        and tokens[last + 1].text[:1].isupper()
        and tokens[last].end == tokens[last + 1].start - 1
    }
    owners = sentence.owners()
    owned_elsewhere = {id(m) for start, m in owners.items() if start != span[0]}
    mine = owners.get(span[0]) if bracketed else None
    institutions: dict[str, Institution] = {}
    persons: dict[str, Person] = {}
    for m in sentence.mentions:
        a, b = m.span
        shared = any(x <= a and b <= y for x, y in borrowed)
        in_scope = any(x <= a and b <= y for x, y in scope)
        taken = m is not mine and id(m) in owned_elsewhere
        if not shared and (not in_scope or taken):
            continue
        if m.span in located or m.span in named:
            continue
        if isinstance(m.entity, Institution):
            institutions.setdefault(m.entity.id, m.entity)
        else:
            persons.setdefault(m.entity.id, m.entity)
    return tuple(institutions.values()), tuple(persons.values())


def _places(sentence: _Sentence, scope: Sequence[Span], gaz: Places) -> tuple[str, ...]:
    tokens = sentence.tokens
    text = sentence.text
    found: dict[str, None] = {}
    taken: set[int] = set()

    def in_scope(t: Token) -> bool:
        return any(a <= t.start and t.end <= b for a, b in scope)

    for first, last, place in sentence.places(gaz):
        if not in_scope(tokens[first]):
            continue
        p_start, p_end = tokens[first].start, tokens[last].end
        if any(
            a <= p_start and p_end <= b and (a, b) != (p_start, p_end)
            for a, b in (x.span for x in sentence.mentions)
        ):
            continue  # part of a longer name: "the Istanbul Cooperation Initiative"
        covered = sentence._inside_mention(p_start, p_end)
        after_locative = first > 0 and tokens[first - 1].key in _rules().locative
        if place.metonym and covered and not after_locative:
            continue
        found.setdefault(place.name, None)
        taken.update(range(first, last + 1))
    # Unknown capitalised names after "in" / "at": "in Zhukovsky".
    for i, t in enumerate(tokens[:-1]):
        if t.key not in ("in", "at") or not t.text.islower() or not in_scope(t):
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].text[:1].isupper() and j not in taken:
            if tokens[j].key in _rules().not_place_words or tokens[j].key.isdigit():
                break
            j += 1
        if j == i + 1 or any(tokens[k].key in _rules().not_place_words for k in range(i + 1, j)):
            continue
        start, end = tokens[i + 1].start, tokens[j - 1].end
        if sentence._inside_mention(start, end) or _demonym(tokens[j - 1].key):
            continue
        opening = text[sentence.span[0] : start]
        if opening.count("“") > opening.count("”") or opening.count('"') % 2:
            continue  # inside a quoted title
        if j < len(tokens):
            gap = text[end : tokens[j].start]
            if not gap.strip() and tokens[j].key not in _rules().place_followers:
                continue  # "in Russian society": an adjective, not a place
        found.setdefault(text[start:end], None)
    return tuple(found)


def _demonym(word: str) -> bool:
    return word.endswith(("ian", "ean", "ese", "ish", "ern"))
