"""Participants a clause implies without naming them: a state by its adjective, an alliance by its body.

One job of the event stage, after :mod:`natorussia._event_participants` has
taken the names of an event's stretches: the institutions those stretches
stand for without a name of their own —

- a state's adjective before a noun of acting or belonging ("the *Russian*
  invasion", "*Danish* fighter jets", "*Ukrainian* membership") or its people
  ("the *Russians* moved …") makes the state a participant;
- a council or programme of an alliance ("the Partnership Council was set
  up", "the Action Plan") brings in the alliance it is part of;
- a treaty signed brings in its parties, as the gazetteer's ``party``
  relations list them ("the INF Treaty was signed in 1987": the United States
  and the Soviet Union signed it), see :func:`signatories`.

The nouns and kinds are those of ``data/participant_rules.json``; the
adjectives those of ``data/demonyms.json``.

>>> rules = participant_rules()
>>> "invasion" in rules.demonym_heads, rules.demonym_gap
(True, 2)
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from natorussia._entity_data import demonyms
from natorussia._lexicon import Token
from natorussia._resources import read_json
from natorussia.errors import DataError, NotFound
from natorussia.knowledge import default_gazetteer
from natorussia.model import EventKind, Institution, InstitutionKind, Mention, Span

__all__ = [
    "ParticipantRules",
    "founders",
    "implied",
    "participant_rules",
    "parties_of_the_kind",
    "signatories",
]

_FILE = "participant_rules.json"


@attrs.frozen
class ParticipantRules:
    """The rules of ``participant_rules.json``, typed.

    Attributes:
        conflict_nouns: Nouns a state's name before them makes a conflict's name ("the Iraq War").
        demonym_heads: Nouns after a state's adjective that make the state a participant.
        demonym_gap: How many lower-case words may stand between the adjective and its noun.
        parent_kinds: Kinds of institution whose ``part_of`` body takes part with them.
        parent_target_kinds: Kinds of body so brought in.
        distributive_kinds: Kinds of event whose list of objects names one happening each.
        date_clause_openers: Words opening a clause right after a date that says what the date saw.
        states: A state's adjective (lower case) to the state's gazetteer id.
        peoples: A state's people ("russians") to the state's gazetteer id.
    """

    conflict_nouns: frozenset[str]
    demonym_heads: frozenset[str]
    demonym_gap: int
    parent_kinds: frozenset[InstitutionKind]
    parent_target_kinds: frozenset[InstitutionKind]
    distributive_kinds: frozenset[EventKind]
    date_clause_openers: frozenset[str]
    states: Mapping[str, str]
    peoples: Mapping[str, str]


def _words(raw: Any, entry: str) -> frozenset[str]:
    if not isinstance(raw, list) or not all(isinstance(w, str) and w for w in raw):
        raise DataError(_FILE, entry, ["must be a list of non-empty strings"])
    return frozenset(w.lower() for w in raw)


_Kind = TypeVar("_Kind", InstitutionKind, EventKind)


def _kinds(raw: Any, entry: str, vocabulary: type[_Kind]) -> frozenset[_Kind]:
    words = _words(raw, entry)
    try:
        return frozenset(vocabulary(w) for w in words)
    except ValueError as e:
        what = "institution" if vocabulary is InstitutionKind else "event"
        raise DataError(_FILE, entry, [f"names an unknown {what} kind: {e}"]) from None


def parse(raw: Any) -> ParticipantRules:
    """Validate the parsed JSON of the rules file.

    Raises:
        DataError: An entry is missing or malformed (the error names it).

    >>> parse({"demonym_heads": ["army"], "demonym_gap": 1, "parent_kinds": [],
    ...        "parent_target_kinds": ["alliance"]}).demonym_heads
    frozenset({'army'})
    >>> parse({"demonym_heads": "army", "demonym_gap": 1})
    Traceback (most recent call last):
    ...
    natorussia.errors.DataError: participant_rules.json: entry 'demonym_heads': must be a list of non-empty strings
    """
    if not isinstance(raw, dict):
        raise DataError(_FILE, "<file>", ["must be a JSON object"])
    gap = raw.get("demonym_gap")
    if not isinstance(gap, int) or isinstance(gap, bool) or not 0 <= gap <= 5:
        raise DataError(_FILE, "demonym_gap", ["must be an integer from 0 to 5"])
    states = {adjective.lower(): state for adjective, state in demonyms().items()}
    # "the Russians"; an adjective ending in -s or -sh ("Swiss", "Danish") has no such plural
    peoples = {a + "s": state for a, state in states.items() if a.endswith(("an", "i"))}
    return ParticipantRules(
        conflict_nouns=_words(raw.get("conflict_nouns", []), "conflict_nouns"),
        demonym_heads=_words(raw.get("demonym_heads"), "demonym_heads"),
        demonym_gap=gap,
        parent_kinds=_kinds(raw.get("parent_kinds"), "parent_kinds", InstitutionKind),
        parent_target_kinds=_kinds(
            raw.get("parent_target_kinds"), "parent_target_kinds", InstitutionKind
        ),
        distributive_kinds=_kinds(
            raw.get("distributive_kinds", []), "distributive_kinds", EventKind
        ),
        date_clause_openers=_words(raw.get("date_clause_openers", []), "date_clause_openers"),
        states=states,
        peoples=peoples,
    )


@functools.cache
def participant_rules() -> ParticipantRules:
    """The bundled rules, read and validated once."""
    return parse(read_json(_FILE))


def implied(
    tokens: Sequence[Token],
    text: str,
    stretches: Sequence[Span],
    mentions: Sequence[Mention],
    named: Iterable[Institution],
) -> list[Institution]:
    """The institutions an event's stretches imply beyond the ``named`` ones, in text order.

    >>> from natorussia._lexicon import tokenize
    >>> text = "The Russian full-scale invasion began; a Polish charity helped."
    >>> [i.id for i in implied(tokenize(text), text, [(0, len(text))], [], [])]
    ['russia']
    """
    rules = participant_rules()
    found: dict[str, Institution] = {}
    # A person's title keeps its adjective: "the Latvian Prime Minister X" names the state's office.
    spans = [m.span for m in mentions if isinstance(m.entity, Institution)]
    for i, t in enumerate(tokens):
        people = rules.peoples.get(t.key)
        state = people or rules.states.get(t.key)
        if state is None or not t.text[:1].isupper():
            continue
        if not any(a <= t.start and t.end <= b for a, b in stretches):
            continue
        if any(a <= t.start and t.end <= b and (a, b) != (t.start, t.end) for a, b in spans):
            continue  # part of a name: "the Russian Federation", "the French Air Force"
        if people is not None or _heads(tokens, i, rules):
            body = _institution(state, mentions)
            if body is not None:
                found.setdefault(body.id, body)
    for body in named:
        if body.kind not in rules.parent_kinds:
            continue
        for relation in body.relations:
            if relation.kind != "part_of":
                continue
            parent = _institution(relation.target, mentions)
            if parent is not None and parent.kind in rules.parent_target_kinds:
                found.setdefault(parent.id, parent)
    return list(found.values())


def signatories(named: Iterable[Institution], mentions: Sequence[Mention]) -> list[Institution]:
    """The parties of the treaties among ``named``: who signed what a signing event names.

    The parties are the gazetteer's ``party`` relations of each treaty, so a
    treaty of many parties that the gazetteer lists none for brings no one.

    >>> from natorussia.knowledge import default_gazetteer
    >>> inf = default_gazetteer().by_id("inf-treaty")
    >>> [i.id for i in signatories([inf], [])]
    ['united-states', 'ussr']
    """
    return _related(named, ("party",), mentions)


def founders(named: Iterable[Institution], mentions: Sequence[Mention]) -> list[Institution]:
    """Who set up the bodies among ``named``: the parties of the treaty that established each.

    A body the gazetteer says a treaty established (``established_by``) was
    founded by that treaty's parties: the Permanent Joint Council by NATO and
    Russia, who signed the Founding Act.

    >>> from natorussia.knowledge import default_gazetteer
    >>> pjc = default_gazetteer().by_id("permanent-joint-council")
    >>> [i.id for i in founders([pjc], [])]
    ['nato', 'russia']
    """
    return signatories(_related(named, ("established_by",), mentions), mentions)


def parties_of_the_kind(
    kind: EventKind, named: Sequence[Institution], mentions: Sequence[Mention]
) -> list[Institution]:
    """Who takes part in an event of ``kind`` by the gazetteer's knowledge of its ``named`` bodies:
    the :func:`signatories` of a treaty signed, the :func:`founders` of a body set up."""
    if kind is EventKind.TREATY_SIGNING:
        return signatories(named, mentions)
    if kind is EventKind.FOUNDING:
        return founders(named, mentions)
    return []


def _related(
    named: Iterable[Institution], kinds: Sequence[str], mentions: Sequence[Mention]
) -> list[Institution]:
    found: dict[str, Institution] = {}
    for body in named:
        for relation in body.relations:
            if relation.kind in kinds:
                other = _institution(relation.target, mentions)
                if other is not None:
                    found.setdefault(other.id, other)
    return list(found.values())


def is_adjective(mention: Mention) -> bool:
    """Whether ``mention`` is a state named by its adjective alone ("Polish", "Franco-German").

    Such a mention is a participant only where :func:`implied` finds it qualifying a
    noun of acting or belonging: "a Polish charity" is no act of Poland.
    """
    rules = participant_rules()
    surface = mention.surface.lower()
    return surface in rules.states or any(part in rules.states for part in surface.split("-"))


def _heads(tokens: Sequence[Token], i: int, rules: ParticipantRules) -> bool:
    """Whether the adjective at ``i`` qualifies a noun of acting or belonging."""
    for j in range(i + 1, min(i + 2 + rules.demonym_gap, len(tokens))):
        t = tokens[j]
        if tokens[j - 1].end != t.start - 1:
            return False  # a comma, a dash or a bracket between: another phrase
        if t.key in rules.demonym_heads:
            return True
        if not t.text.islower() or not (t.text.isalpha() or "-" in t.text):
            return False  # a name, a number: the phrase has no such noun ("full-scale" is a word)
    return False


def _institution(id: str, mentions: Sequence[Mention]) -> Institution | None:
    """The institution with this id: the sentence's own entity if named, else the gazetteer's."""
    for m in mentions:
        if isinstance(m.entity, Institution) and m.entity.id == id:
            return m.entity
    try:
        return default_gazetteer().by_id(id)
    except NotFound:
        return None
