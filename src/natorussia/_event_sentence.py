"""What one sentence offers to the dates inside it: tokens, clauses, triggers, and the trigger that governs a date.

One job of the event stage: given a sentence and its entity mentions, find
the trigger words of the event lexicon (``data/event_lexicon.json``), which
of them are denied ("did not sign") or only purposes ("To stop the
conflict, …"), and — for a date — the trigger that governs it (nearest and
strongest, in its own clause or borrowed from a neighbour), the phrase it sits
in ("after the attacks of 2001") and the stretches of the clause that belong
to it. The cue words and weights are those of ``data/event_rules.json``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Sequence

import attrs

from natorussia._event_rules import event_rules as _rules
from natorussia._lexicon import (
    Lexicon,
    Place,
    Places,
    Token,
    TriggerMatch,
    tokenize,
)
from natorussia._sentences import Clause, ClauseRole, split_clauses
from natorussia.model import (
    EventKind,
    Institution,
    InstitutionKind,
    Mention,
    Person,
    Span,
)

__all__ = ["Found", "Sentence", "bracketed", "causes", "owned_mentions"]


@attrs.frozen
class Found:
    """A trigger chosen for a date, and the clause it was found in."""

    match: TriggerMatch
    clause: int


class Sentence:
    """What one sentence offers to the dates inside it."""

    def __init__(
        self,
        text: str,
        span: Span,
        mentions: Sequence[Mention],
        lexicon: Lexicon,
        antecedents: tuple[Institution | Person | None, Institution | Person | None] = (
            None,
            None,
        ),
    ) -> None:
        self.text = text
        # The body and the alliance named last before the sentence: what "the
        # organization" and "the alliance" stand for.
        self.antecedents = antecedents
        self.span = span
        self.mentions = mentions
        self.lexicon = lexicon
        self._places: list[tuple[int, int, Place]] | None = None
        self._causes_after: dict[Span, int | None] = {}
        self._owners: dict[int, Mention] | None = None

    # Tokens, clauses, triggers and negations are computed on first use: a sentence
    # built for a date or a time phrase that turns out to give nothing never needs them.
    @functools.cached_property
    def tokens(self) -> list[Token]:
        """The sentence's words."""
        return tokenize(self.text, self.span[0], self.span[1])

    @functools.cached_property
    def token_starts(self) -> list[int]:
        """Where each word starts (for bisection)."""
        return [t.start for t in self.tokens]

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
            and tokens[0].text == "To"  # a line of a wrapped text may start "to quote …"
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
        """A trigger of another kind that is the object of ``m``: "announced *an operation*".

        Only a strong verb of announcing takes a happening as its object; a
        verb of saying ("said the operations were …") introduces what was
        said, and words in quotation marks ("announced 'an intervention'")
        or a text ("invoked the article") are what was said, not a happening.
        """
        if m.trigger.strength < 2:
            return None
        clause = self.clause_of(self.tokens[m.first].start)
        a, b = self.clauses[clause].span
        for other in self.triggers:
            if (
                other.trigger.kind not in _rules().light_kinds
                and other.trigger.kind not in _rules().text_kinds
                and other.trigger.kind is not EventKind.OTHER
                and not self._quoted(self.tokens[m.last].end, self.tokens[other.first].start)
                and m.last < other.first <= m.last + _rules().light_object_words
                and a <= self.tokens[other.first].start < b
                and all(
                    self.tokens[i].key not in ("that", "to") for i in range(m.last + 1, other.first)
                )
            ):
                return other
        return None

    def setting_verb(self, m: TriggerMatch, date_span: Span) -> TriggerMatch | None:
        """The verb that happened at a meeting the date's phrase names as a setting.

        "The allies *invited* three states *during their Madrid summit in July
        1997*", "*At the 2002 Prague summit*, the leaders *agreed* …": the
        summit is where; the strongest verb of another kind, nearest to the
        date, is what happened — or what was said or decided there, at any
        strength ("during the talks, the army *warned* that …"). None if the
        meeting is not such a setting.
        """
        rules = _rules()
        tokens = self.tokens
        if m.trigger.kind not in rules.setting_kinds:
            return None
        opener = next(
            (
                i
                for i in range(m.first - 1, max(m.first - rules.setting_words - 2, -1), -1)
                if tokens[i].key in rules.setting_openers
            ),
            None,
        )
        if opener is None or "," in self.text[tokens[opener].end : tokens[m.first].start]:
            return None
        first = self.token_index(date_span[0])
        # The date stands before the setting: "in 1999, at the summit" dates the summit,
        # and what was said or decided there only when the date opens the clause.
        before = first < opener
        if before and not self.fronted(self.clause_of(date_span[0]), date_span):
            return None
        best: TriggerMatch | None = None
        best_key = 0
        for other in self.triggers:
            said = other.trigger.kind in rules.said_kinds
            if (
                (before and not said)
                or (other.trigger.strength < 3 and not said)
                or other.trigger.kind in rules.setting_kinds
                or other.trigger.kind is EventKind.OTHER
                or (other.first, other.last) in self.negated
                or opener <= other.first <= m.last
                or (other.first > 0 and tokens[other.first - 1].key == "to")
            ):
                continue  # "decided *to open* a centre": what was decided, not yet done
            # the strongest verb, then the nearest: a strong "adopted a doctrine" wins over
            # a weak "stressed" nearer to the date
            key = abs(other.first - first) - rules.strength_weight * other.trigger.strength
            if best is None or key < best_key:
                best, best_key = other, key
        return best

    @functools.cached_property
    def anaphors(self) -> list[tuple[int, Institution]]:
        """Where "the organization" / "the alliance" stands for a body named before, and which.

        "The organization" is the alliance or organisation named last, "the
        alliance" the alliance named last (``antecedents``); words inside a
        name ("the Organization for Security …") are the name's.
        """
        found: list[tuple[int, Institution]] = []
        tokens = self.tokens
        bodies, alliances = _rules().anaphoric_bodies, _rules().anaphoric_alliances
        # Most sentences hold none of these words: find the few that do in one comprehension.
        for k in [k for k, t in enumerate(tokens) if t.key in bodies or t.key in alliances]:
            if k == 0:
                continue
            body = self.antecedents[0] if tokens[k].key in bodies else self.antecedents[1]
            if (
                tokens[k - 1].key == "the"
                and isinstance(body, Institution)
                and not self._inside_mention(tokens[k].start, tokens[k].end)
            ):
                found.append((tokens[k].start, body))
        return found

    @functools.cached_property
    def _trigger_firsts(self) -> list[int]:
        """The first token of each trigger, in the triggers' (text) order."""
        return [m.first for m in self.triggers]

    @functools.cached_property
    def _saying(self) -> list[int]:
        """Token indices where a verb of saying introduces what was said, in order.

        "said in the article" names where it was said: a preposition right
        after the verb opens no reported content.
        """
        tokens = self.tokens
        return sorted(
            m.last
            for m in self.triggers
            if m.trigger.kind in _rules().light_kinds
            and m.last + 1 < len(tokens)
            and tokens[m.last + 1].key not in _rules().prepositions
        )

    def _said_between(self, after: int, before: int) -> bool:
        """Whether a verb of saying ends strictly between two token indices."""
        i = bisect.bisect_right(self._saying, after)
        return i < len(self._saying) and self._saying[i] < before

    def _quoted(self, start: int, end: int) -> bool:
        """Whether an opening quotation mark stands between two offsets."""
        return any(q in self.text[start:end] for q in _rules().opening_quotes)

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
        if trigger is not None:
            stop = max(last, trigger.last)
        else:
            # No trigger: the date's clause, and for a fronted date the clause it opens
            # ("From 2026, the new rules will apply").
            end = self.clauses[clause].span[1]
            if self.fronted(clause, date_span) and clause + 1 < len(self.clauses):
                end = self.clauses[clause + 1].span[1]
            stop = self.token_index(end) - 1
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
            self._owners = owned_mentions(self)
        return self._owners

    def _inside_mention(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in (m.span for m in self.mentions))

    def _required(self, m: TriggerMatch) -> bool:
        clause = self.clause_of(self.tokens[m.first].start)
        spans = [self.clauses[clause].span, *self.main_chain(clause)]

        def inside(offset: int) -> bool:
            return any(a <= offset < b for a, b in spans)

        trig = m.trigger
        if trig.requires:
            tokens = self.tokens
            # The words of each span, found by bisection rather than by testing every word.
            for a, b in spans:
                for t in tokens[self.token_index(a) : self.token_index(b)]:
                    if t.key in trig.requires:
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
        return max(bisect.bisect_right(self._clause_starts, offset) - 1, 0)

    @functools.cached_property
    def _clause_starts(self) -> list[int]:
        # Clauses come in text order, so their starts are sorted: a bisect finds one.
        return [c.span[0] for c in self.clauses]

    def token_index(self, offset: int) -> int:
        """Index of the first token at or after ``offset``."""
        return bisect.bisect_left(self.token_starts, offset)

    def best_trigger(
        self,
        clause: int,
        date_span: Span,
        others: Sequence[Span] = (),
        *,
        own: bool = True,
        far: int | None = None,
        window: Span | None = None,
        outside: Span | None = None,
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
        A ``window`` narrows the search to a stretch of the clause, and
        triggers ``outside`` a stretch are the only ones left (the clause's own
        predicate, not the noun of a reference point inside it). ``far``
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
        cause = self.cause_after(date_span)
        for m in self.triggers:
            start = tokens[m.first].start
            if not a <= start < b:
                continue
            if outside is not None and outside[0] <= start < outside[1]:
                continue
            if m.first <= last and m.last >= first:
                continue  # part of the date expression itself
            if m.last < first:
                distance, between = first - m.last, range(0)
            elif self._said_between(last, m.first):
                continue  # reported content: "said the operations were too costly"
            elif cause is not None and cause < m.first:
                continue  # an effect: "… in 1999, ending the war", "the 2001 attacks caused …"
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
            if any(tokens[i].key in _rules().other_moment for i in between) and not (
                m.trigger.kind in _rules().setting_kinds
                and any(tokens[i].key in _rules().setting_openers for i in between)
            ):
                continue  # a meeting "during" which it happened is its setting (setting_verb)
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
        if k >= end or not causes(tokens, k):
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

    def cause_after(self, date_span: Span) -> int | None:
        """The verb of consequence that the date's noun phrase is the subject of, if any.

        Right after the date ("the annexation in 2014 *led to* …", "…, *ending*
        the war") or after the few words of the noun phrase the date opens
        ("the 2011 floods along the river *prompted* …"): at most
        ``cause_gap`` words, with no comma or relative pronoun between, in the
        date's clause. The token index of the verb, or None.
        """
        if date_span in self._causes_after:
            return self._causes_after[date_span]  # asked once per clause a date searches
        found: int | None = None
        tokens = self.tokens
        last = self.token_index(date_span[1]) - 1
        end = self.clauses[self.clause_of(date_span[0])].span[1]
        for k in range(last + 1, min(last + 2 + _rules().cause_gap, len(tokens))):
            if tokens[k].start >= end:
                break
            if causes(tokens, k):
                found = k
                break
            if tokens[k].key in ("that", "which", "who") or (
                k + 1 < len(tokens) and "," in self.text[tokens[k].end : tokens[k + 1].start]
            ):
                break
        self._causes_after[date_span] = found
        return found

    def witnessed(self, date_span: Span) -> list[TriggerMatch]:
        """The happenings a date "saw": "1999 *saw* the first *enlargement* and the Kosovo *war*".

        When the date is the subject of a verb of witnessing (``witness_verbs``,
        right after it or after an adverb), the event nouns after the verb in
        the date's clause (strength 2 or more, not denied, one per kind, at most
        ``effect_count`` + 1) are the happenings of that time.
        """
        tokens = self.tokens
        k = self.token_index(date_span[1])
        if k < len(tokens) and tokens[k].key in _rules().adverbial:
            k += 1  # "That year *also* saw"
        if k >= len(tokens) or tokens[k].key not in _rules().witness_verbs:
            return []
        if "," in self.text[date_span[1] : tokens[k].start]:
            return []  # "In 1999, the council saw …": the council is the subject
        end = self.clauses[self.clause_of(date_span[0])].span[1]
        found: list[TriggerMatch] = []
        kinds: set[EventKind] = set()
        for m in self.triggers[bisect.bisect_right(self._trigger_firsts, k) :]:
            if tokens[m.first].start >= end or len(found) > _rules().effect_count:
                break
            if (
                m.trigger.strength >= 2
                and m.trigger.kind is not EventKind.OTHER
                and m.trigger.kind not in kinds
                and (m.first, m.last) not in self.negated
            ):
                found.append(m)
                kinds.add(m.trigger.kind)
        return found

    def effects(self, date_span: Span) -> list[TriggerMatch]:
        """The happenings a dated subject led to: "the annexation in 2014 *led to* sanctions".

        When the date closes the subject of a verb of consequence, the event
        nouns after the verb in the same clause (strength 2 or more, not
        denied, one per kind, at most ``effect_count``) are happenings of their
        own, dated by the same expression.
        """
        tokens = self.tokens
        k = self.cause_after(date_span)
        clause = self.clauses[self.clause_of(date_span[0])].span
        if k is None:
            return []
        found: list[TriggerMatch] = []
        kinds: set[EventKind] = set()
        i = bisect.bisect_right(self._trigger_firsts, k)
        for m in self.triggers[i:]:
            if tokens[m.first].start >= clause[1] or len(found) >= _rules().effect_count:
                break
            if (
                m.first > k
                and tokens[m.first].start < clause[1]
                and m.trigger.strength >= 2
                and m.trigger.kind is not EventKind.OTHER
                and m.trigger.kind not in kinds
                and (m.first, m.last) not in self.negated
                and tokens[m.first - 1].key not in _rules().negations
                and tokens[m.first - 1].key not in _rules().negated_subject
            ):
                found.append(m)  # "led to no sanctions" gave none
                kinds.add(m.trigger.kind)
        return found[: _rules().effect_count]

    def effect_stretch(self, m: TriggerMatch) -> Span:
        """The noun phrase an effect's trigger heads: "condemnation *from the allies*"."""
        clause = self.clauses[self.clause_of(self.tokens[m.first].start)].span
        end = self._phrase_end(self.tokens[m.last].end, clause[1])
        return (self.tokens[m.first].start, end)

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
        # At most three words may stand before the date, after a "that" or "which": only
        # the last four words can hold the cut that leaves so few.
        before = self.tokens[max(self.token_index(a), first - 4) : first]
        for i in range(len(before) - 1, -1, -1):
            if before[i].key in ("that", "which"):
                before = before[i + 1 :]
                break
        if first - self.token_index(a) > 3 and len(before) == 4:
            return False
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
        own = [d for d in dated if a <= d[0] < b and not bracketed(text, d)]
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
            and causes(tokens, k)
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

    def headed_noun(self, date_span: Span) -> TriggerMatch | None:
        """The event noun a date stands before as its modifier: "the *1995* war", "its 2011 decision".

        The date must follow a determiner or a possessive, and the noun (of
        strength 2, not denied) must come right after it or after one
        lower-case word ("the 2022 military operation"). A treaty or a
        meeting's name is left to their own rules.
        """
        tokens = self.tokens
        first = self.token_index(date_span[0])
        k = self.token_index(date_span[1])
        if first == 0 or k >= len(tokens):
            return None
        before = tokens[first - 1].key
        if before not in _rules().determiners and not before.endswith(("'s", "s'")):
            return None
        triggers = self.triggers
        i = bisect.bisect_left(self._trigger_firsts, k)
        for m in itertools.takewhile(lambda m: m.first <= k + 1, triggers[i:]):
            if (
                m.trigger.strength == 2
                and m.trigger.kind not in _rules().setting_kinds
                and m.trigger.kind is not EventKind.OTHER
                and (m.first == k or (m.first == k + 1 and tokens[k].text.islower()))
                and (m.first, m.last) not in self.negated
            ):
                return m
        return None

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
            # "…, as well as Spain (1982)": the verb is the one before — unless the clause
            # has a verb of its own ("…, and since then the alliance *has* widened …").
            a, b = own.span
            if not any(
                t.key in _rules().auxiliaries and a <= t.start < b and t.text.islower()
                for t in self.tokens
            ):
                order += [i for i in before if clauses[i].role in main_like]
        elif own.role is ClauseRole.SUBORDINATE:
            # "the airlift, which lasted …": its head — past coordinated pieces of a
            # list ("Operation X, a patrol operation …, and to guard the ports, which began …").
            for i in before:
                order.append(i)
                if clauses[i].role is not ClauseRole.COORDINATE:
                    break
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


def causes(tokens: Sequence[Token], k: int) -> bool:
    """Whether a verb of consequence starts at token ``k``: "led to", "marked", "triggered"."""
    key = tokens[k].key
    if key in _rules().cause_verbs:
        return True
    nxt = tokens[k + 1].key if k + 1 < len(tokens) else ""
    return (key, nxt) in _rules().cause_pairs


def bracketed(text: str, span: Span) -> bool:
    """Whether a date is all that a bracket holds: "Croatia (2009)"."""
    return text[span[0] - 1 : span[0]] in ("(", "[") and text[span[1] : span[1] + 1] in (")", "]")


def owned_mentions(sentence: Sentence) -> dict[int, Mention]:
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
