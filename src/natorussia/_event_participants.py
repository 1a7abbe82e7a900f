"""Participants: the institutions, persons and places of an event.

One job of the event stage: from the stretches of a sentence that belong to
an event (its own phrase or clause, the head of a relative clause, the verb
an elliptic coordinate borrows), the entity mentions that take part — not
places where it happened ("met in Vilnius"), not a city inside a longer name
("the Berlin Wall"), not a name that owns another bracketed year — and the
places it names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from natorussia._event_rules import event_rules as _rules
from natorussia._event_sentence import Found, Sentence
from natorussia._lexicon import Places, Token, TriggerMatch
from natorussia._participant_rules import implied, is_adjective, participant_rules
from natorussia._sentences import ClauseRole
from natorussia.model import Event, EventKind, Institution, InstitutionKind, Mention, Person, Span

__all__ = ["object_list", "participants", "places_of", "scope", "split_phrase"]


def scope(
    sentence: Sentence, clause: int, found: Found | None, dated: Sequence[Span], span: Span
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
        # just before, a long name whole ("the Adapted … Treaty, which was signed").
        start = sentence.tokens[max(first - _rules().head_words, 0)].start
        start = next((a for a, b in (m.span for m in sentence.mentions) if a < start < b), start)
        scope.append((max(start, sentence.clauses[clause - 1].span[0]), own.span[0]))
    after = clause + 1
    if (
        after < len(clauses)
        and clauses[after].role is ClauseRole.SUBORDINATE
        and not sentence.text[span[1] : clauses[after].span[0]].strip(" ,")
    ):
        # "on 3 October 1990, when East Germany joined": the clause says what the date saw
        k = sentence.token_index(clauses[after].span[0])
        if (
            k < len(sentence.tokens)
            and sentence.tokens[k].key in participant_rules().date_clause_openers
        ):
            scope.append(clauses[after].span)
    if found is not None and found.clause != clause:
        t_clause = sentence.clauses[found.clause].span
        if sentence.clauses[clause].role is ClauseRole.COORDINATE:
            # An elided verb: what follows the borrowed trigger (its object) comes along.
            borrowed.append((sentence.tokens[found.match.first].start, t_clause[1]))
        else:
            scope.append(t_clause)
    return scope, borrowed


def participants(
    sentence: Sentence,
    scope: Sequence[Span],
    borrowed: Sequence[Span],
    span: Span,
    bracketed: bool,
    gaz: Places,
    trigger: TriggerMatch | None = None,
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
    # A name inside a longer place is the place's: "the Berlin Wall" is no act of Germany.
    landmarks = [(tokens[first].start, tokens[last].end) for first, last, _ in sentence.places(gaz)]
    # A host named before its meeting ("the Prague summit", "the Minsk talks") is
    # where it met; a name that holds the event's own trigger ("the Lisbon Summit")
    # is the happening itself.
    hosts = _hosts(sentence, gaz)
    own = (
        sentence.tokens[trigger.first].start
        if trigger is not None and trigger.trigger.kind in _HOSTED
        else None
    )
    owners = sentence.owners()
    owned_elsewhere = {id(m) for start, m in owners.items() if start != span[0]}
    mine = owners.get(span[0]) if bracketed else None
    institutions: dict[str, Institution] = {}
    persons: dict[str, Person] = {}
    talk = trigger is not None and trigger.trigger.kind in _rules().talk_kinds
    for m in sentence.mentions:
        a, b = m.span
        shared = any(x <= a and b <= y for x, y in borrowed)
        in_scope = any(x <= a and b <= y for x, y in scope)
        taken = m is not mine and id(m) in owned_elsewhere
        if not shared and (not in_scope or taken):
            continue
        if m.span in located or m.span in named or m.span[1] in hosts:
            continue
        if any(x <= a and b <= y and (x, y) != (a, b) for x, y in landmarks):
            continue
        if _area(sentence, m):
            continue  # "air patrols over Syria": where, not who
        if _names_a_setting(sentence, m, trigger):
            continue  # "during the Iraq War": when, not who
        if talk and _topic(sentence, m):
            continue  # "a meeting on Ukraine", "remarks about Iran": what, not who
        if own is not None and a <= own < b:
            continue
        if is_adjective(m):
            continue  # "a Polish charity": implied() keeps it where it acts ("the Polish army")
        if isinstance(m.entity, Institution):
            institutions.setdefault(m.entity.id, m.entity)
        else:
            persons.setdefault(m.entity.id, m.entity)
    for start, body in sentence.anaphors:
        if any(x <= start < y for x, y in (*scope, *borrowed)):
            institutions.setdefault(body.id, body)  # "the organization conducted …"
    stretches = [*scope, *borrowed]
    pronoun = _subject_pronoun(sentence, stretches)
    if pronoun is not None:
        institutions.setdefault(pronoun.id, pronoun)  # "It was created …": the body named before
    for body in implied(tokens, sentence.text, stretches, sentence.mentions, institutions.values()):
        institutions.setdefault(body.id, body)  # "the Russian invasion", a council's alliance
    return tuple(institutions.values()), tuple(persons.values())


def _subject_pronoun(sentence: Sentence, stretches: Sequence[Span]) -> Institution | None:
    """The body an "It" opening the sentence stands for: the organisation named last."""
    tokens = sentence.tokens
    if len(tokens) < 3 or tokens[0].text != "It" or tokens[0].start != sentence.span[0]:
        return None
    if not any(a <= tokens[0].start < b for a, b in stretches):
        return None
    if tokens[1].key in ("is", "was", "'s") and not tokens[2].key.endswith("ed"):
        return None  # "It is clear that …", "It was a time of …"
    if any(t.key == "that" for t in tokens[1:4]) or tokens[2].key in ("said", "reported"):
        return None  # "It was said that …": nobody's deed
    body = sentence.antecedents[0]
    return body if isinstance(body, Institution) else None


def split_phrase(
    sentence: Sentence, date_span: Span, point: Event, situation: Event, gaz: Places
) -> tuple[Event, Event]:
    """Who took part in a happening named as a point of reference, and who in the situation.

    "Since the Russian invasion *of 2022*, NATO allies have sent arms": the
    phrase's names (Russia) are the invasion's; the rest of the sentence
    (NATO) is the situation's. ``situation`` arrives with the phrase's names.
    A date right after its opener ("after 2014") sits in no phrase: nothing changes.
    """
    phrase = sentence.phrase(sentence.clause_of(date_span[0]), date_span)
    if phrase is None:
        return point, situation
    rest = [(sentence.span[0], phrase[0]), (phrase[1], sentence.span[1])]
    institutions, persons = participants(sentence, rest, [], date_span, False, gaz)
    return (
        attrs.evolve(point, institutions=situation.institutions, persons=situation.persons),
        attrs.evolve(situation, institutions=institutions, persons=persons),
    )


def object_list(
    sentence: Sentence, trigger: TriggerMatch, institutions: Sequence[Institution]
) -> list[Institution]:
    """The bodies a predicate takes as a list of objects, each its own happening.

    "NATO invaded *Afghanistan and Iraq*", "forums were set up, like *the
    Partnership for Peace, the Mediterranean Dialogue and the Council*": two
    or more of the event's institutions listed right after its trigger, all
    states or all other bodies, joined by commas, "and", "or" or "as well as"
    (a lower-case head word may end a name: "the Dialogue initiative and …").
    Only for the kinds of ``distributive_kinds`` in ``participant_rules.json``,
    whose objects are separate happenings; fewer than two gives none.
    """
    if trigger.trigger.kind not in participant_rules().distributive_kinds:
        return []
    allowed = {i.id for i in institutions}
    pos = sentence.tokens[trigger.last].end
    text = sentence.text
    listed: list[Institution] = []
    for m in sentence.mentions:
        if m.span[0] < pos:
            continue
        if not isinstance(m.entity, Institution) or m.entity.id not in allowed or is_adjective(m):
            break
        gap = text[pos : m.span[0]]
        if not (_FIRST_GAP if not listed else _LIST_GAP).fullmatch(gap):
            break
        if m.entity not in listed:
            listed.append(m.entity)
        pos = m.span[1]
    states = {i.kind is InstitutionKind.STATE for i in listed}
    return listed if len(listed) >= 2 and len(states) == 1 else []


# Between a trigger and its first object: "invaded Afghanistan", "set up, like the Council".
_FIRST_GAP: Final = re.compile(r"\s*(?:,?\s*(?:like|such as|including|namely)\s+)?(?:the\s+)?")
# Between two objects of a list, after an optional lower-case head word ("the Dialogue initiative").
_LIST_GAP: Final = re.compile(
    r"(?:\s+[a-z]+)?\s*(?:,\s*(?:and|or)?|\s+and|\s+or|,?\s+as well as)\s+(?:the\s+)?"
)


# Kinds of happening a place may host and name ("the Bucharest summit").
_HOSTED = frozenset([EventKind.SUMMIT, EventKind.MEETING])


def _area(sentence: Sentence, m: Mention) -> bool:
    """Whether a state is named as the area of a happening: "over Libya", "southern Kosovo"."""
    if not isinstance(m.entity, Institution) or m.entity.kind is not InstitutionKind.STATE:
        return False
    k = sentence.token_index(m.span[0])
    return k > 0 and sentence.tokens[k - 1].key in _rules().area_words


def _names_a_setting(sentence: Sentence, m: Mention, trigger: TriggerMatch | None) -> bool:
    """Whether a state names another happening the event is set in: "during the *Iraq* War".

    The state's name before a noun of conflict ("war", "crisis") names that
    conflict; unless the conflict is the event's own trigger ("the Kosovo War
    began in 1998"), the state takes no part in the event.
    """
    if not isinstance(m.entity, Institution) or m.entity.kind is not InstitutionKind.STATE:
        return False
    k = sentence.token_index(m.span[1])
    tokens = sentence.tokens
    if k >= len(tokens) or tokens[k].key not in participant_rules().conflict_nouns:
        return False
    return trigger is None or trigger.first != k


def _topic(sentence: Sentence, m: Mention) -> bool:
    """Whether a name is the topic of a meeting or statement: "talks *on* Syria"."""
    k = sentence.token_index(m.span[0])
    return k > 0 and sentence.tokens[k - 1].key in _rules().topic_words


def _hosts(sentence: Sentence, gaz: Places) -> set[int]:
    """Ends of places right before a summit or meeting word: "the *Washington* summit"."""
    tokens = sentence.tokens
    starts = {m.first for m in sentence.triggers if m.trigger.kind in _HOSTED}
    return {
        tokens[last].end
        for _, last, _ in sentence.places(gaz)
        if last + 1 in starts and tokens[last].end + 1 == tokens[last + 1].start
    }


def places_of(sentence: Sentence, scope: Sequence[Span], gaz: Places) -> tuple[str, ...]:
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
