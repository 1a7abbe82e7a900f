"""The event lexicon and the place gazetteer: loading, validation and word matching.

Both files live in ``natorussia/data`` and are documented by their own
``_doc`` field. They are read once, on first use, and every entry is checked:
a malformed entry raises :class:`natorussia.DataError` naming the file and
the entry.

Matching works on word tokens (a dictionary from a first word to the forms
that start with it), so it costs one pass over a sentence whatever the size
of the lexicon.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import Any, NamedTuple

import attrs

from natorussia._resources import read_json
from natorussia.errors import DataError
from natorussia.model import EventKind, InstitutionKind

__all__ = [
    "Lexicon",
    "Place",
    "Places",
    "Token",
    "Trigger",
    "TriggerMatch",
    "event_lexicon",
    "places",
    "tokenize",
]

_LEXICON_FILE = "event_lexicon.json"
_PLACES_FILE = "places.json"
_GAP = "..."
_MAX_GAP = 3
_NUMBER = "<number>"  # in 'not_before': any number right after the form
_TOKEN = re.compile(r"\w+(?:['’\-]\w+)*")


def _fold(text: str) -> str:
    """Lower case with straight apostrophes.

    Two ``str.replace`` calls, not ``str.translate``: a translation table is
    looked up character by character and costs many times more.
    """
    return text.lower().replace("’", "'").replace("‘", "'")


class Token(NamedTuple):
    """A word of a text (a named tuple: sentences make thousands of them).

    Attributes:
        start: Offset of its first character.
        end: Offset after its last character.
        text: The word as written.
        key: The word folded for lookups (lower case, straight apostrophe).
    """

    start: int
    end: int
    text: str
    key: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of ``text[start:end]`` with offsets into ``text``.

    >>> [t.key for t in tokenize("NATO’s coup d’état in 2016")]
    ["nato's", 'coup', "d'état", 'in', '2016']
    """
    stop = len(text) if end is None else end
    # Fold the whole stretch once; slicing it is much cheaper than folding each word.
    folded = _fold(text[start:stop])
    if len(folded) != stop - start:  # a letter whose lower case is longer ("İ")
        return [
            Token(m.start(), m.end(), m.group(), _fold(m.group()))
            for m in _TOKEN.finditer(text, start, stop)
        ]
    # tuple.__new__ skips the named tuple's own __new__ (a Python function): a quarter faster.
    return [
        _new_tuple(Token, (a, b, text[a:b], folded[a - start : b - start]))
        for a, b in map(re.Match.span, _TOKEN.finditer(text, start, stop))
    ]


_new_tuple = tuple.__new__


@attrs.frozen
class Trigger:
    """One form of the event lexicon.

    Attributes:
        kind: The kind of event it signals.
        words: The form's words; ``"..."`` stands for up to three words.
        strength: 3 names the happening, 2 an event noun, 1 a weak word.
        priority: Breaks ties between entries matching the same words.
        requires: Words one of which must be in the clause.
        requires_institution_kind: Or: institution kinds one of which must be mentioned.
        not_after: Words that cancel the form when right before it.
        not_before: Words that cancel the form when right after it;
            ``"<number>"`` stands for any number ("Article 5" is no article).
        inside_names: Whether the form counts inside an institution's name.
        institution_kinds: If set, the only kinds of institution that can take
            part ("gained independence": a state, never an alliance).
    """

    kind: EventKind
    words: tuple[str, ...]
    strength: int
    priority: int = 0
    requires: frozenset[str] = frozenset()
    requires_institution_kind: frozenset[InstitutionKind] = frozenset()
    not_after: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()
    inside_names: bool = False
    institution_kinds: frozenset[InstitutionKind] = frozenset()


@attrs.frozen
class TriggerMatch:
    """Where a trigger matched: token indices ``first`` to ``last`` inclusive."""

    trigger: Trigger
    first: int
    last: int


class Lexicon:
    """The event lexicon, indexed by first word."""

    def __init__(self, triggers: Sequence[Trigger]) -> None:
        self.triggers = tuple(triggers)
        index: dict[str, list[Trigger]] = {}
        for trigger in self.triggers:
            index.setdefault(trigger.words[0], []).append(trigger)
        for entries in index.values():
            entries.sort(key=lambda t: -len(t.words))
        self._index: Mapping[str, Sequence[Trigger]] = index
        # Each form with its words as a list to compare a slice of keys with (None for
        # a form with a gap, which is matched word by word).
        self._forms: Mapping[str, Sequence[tuple[Trigger, list[str] | None]]] = {
            word: [(t, None if _GAP in t.words else list(t.words)) for t in entries]
            for word, entries in index.items()
        }

    def starts(self, word: str) -> bool:
        """Whether some form begins with ``word`` (folded)."""
        return word in self._index

    def matches(self, tokens: Sequence[Token]) -> Iterator[TriggerMatch]:
        """Every trigger form in ``tokens`` (overlapping matches included)."""
        forms = self._forms
        keys = list(map(_KEY, tokens))
        # Most words start no form: find the few that do in one comprehension.
        for i in [i for i, key in enumerate(keys) if key in forms]:
            for trigger, words in forms[keys[i]]:
                if trigger.not_after and i > 0 and keys[i - 1] in trigger.not_after:
                    continue
                if words is None:
                    found = _match_words(trigger.words, tokens, i)
                    if found is None:
                        continue
                    last = found
                elif len(words) == 1:
                    last = i  # the first word is the key it was found by
                elif keys[i : i + len(words)] == words:
                    last = i + len(words) - 1
                else:
                    continue
                if trigger.not_before and last + 1 < len(tokens):
                    after = keys[last + 1]
                    if after in trigger.not_before or (
                        _NUMBER in trigger.not_before and after[:1].isdigit()
                    ):
                        continue
                yield TriggerMatch(trigger, i, last)


_KEY = operator.attrgetter("key")


def _match_words(words: Sequence[str], tokens: Sequence[Token], i: int) -> int | None:
    """Index of the last token matched by ``words`` from ``tokens[i]``, or None."""
    pos = i
    w = 0
    n = len(tokens)
    while w < len(words):
        word = words[w]
        if word == _GAP:
            target = words[w + 1]
            for skip in range(_MAX_GAP + 1):
                if pos + skip < n and tokens[pos + skip].key == target:
                    pos += skip
                    break
            else:
                return None
            w += 1
            continue
        if pos >= n or tokens[pos].key != word:
            return None
        pos += 1
        w += 1
    return pos - 1


def _keys(text: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(text))


def _load_json(name: str) -> Any:
    return read_json(name)


def _str_list(entry: Mapping[str, Any], field: str, problems: list[str]) -> list[str]:
    value = entry.get(field, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        problems.append(f"{field!r} must be a list of non-empty strings")
        return []
    return value


def _institution_kinds(
    entry: Mapping[str, Any], field: str, problems: list[str]
) -> list[InstitutionKind]:
    kinds: list[InstitutionKind] = []
    for value in _str_list(entry, field, problems):
        try:
            kinds.append(InstitutionKind(value))
        except ValueError:
            problems.append(f"unknown institution kind {value!r} in {field!r}")
    return kinds


def parse_lexicon(data: Any, source: str = _LEXICON_FILE) -> Lexicon:
    """Validate and index the raw JSON of an event lexicon.

    Raises:
        DataError: On the first malformed entry, naming it and every problem in it.

    >>> entry = {"kind": "summit", "strength": 3, "forms": ["summit"], "note": "summits"}
    >>> lex = parse_lexicon({"triggers": [entry]})
    >>> [m.trigger.kind.value for m in lex.matches(tokenize("the Lisbon summit"))]
    ['summit']
    >>> try:
    ...     parse_lexicon({"triggers": [{**entry, "kind": "picnic"}]})
    ... except DataError as e:
    ...     print(e)
    event_lexicon.json: entry '0': 'kind' must be an EventKind, not 'picnic'
    """
    if not isinstance(data, dict) or not isinstance(data.get("triggers"), list):
        raise DataError(source, "(file)", ["expected an object with a 'triggers' list"])
    known = {"kind", "forms", "strength", "priority", "requires", "requires_institution_kind",
             "not_after", "not_before", "inside_names", "institution_kinds", "note"}  # fmt: skip
    triggers: list[Trigger] = []
    for n, entry in enumerate(data["triggers"]):
        problems: list[str] = []
        if not isinstance(entry, dict):
            raise DataError(source, str(n), ["entry must be an object"])
        label = str(n)
        unknown = sorted(set(entry) - known)
        if unknown:
            problems.append(f"unknown fields {unknown}")
        kind_value = entry.get("kind")
        kind: EventKind | None = None
        try:
            kind = EventKind(str(kind_value))
        except ValueError:
            problems.append(f"'kind' must be an EventKind, not {kind_value!r}")
        strength = entry.get("strength")
        if not isinstance(strength, int) or isinstance(strength, bool) or not 1 <= strength <= 3:
            problems.append("'strength' must be 1, 2 or 3")
        priority = entry.get("priority", 0)
        if not isinstance(priority, int) or isinstance(priority, bool):
            problems.append("'priority' must be an integer")
        forms = _str_list(entry, "forms", problems)
        if not forms:
            problems.append("'forms' must list at least one form")
        words_list: list[tuple[str, ...]] = []
        for form in forms:
            words = tuple(
                w for part in form.split() for w in ((_GAP,) if part == _GAP else _keys(part))
            )
            if not words or words[0] == _GAP or words[-1] == _GAP or form != form.casefold():
                problems.append(f"form {form!r} must be lowercase words, '...' only inside")
            words_list.append(words)
        requires = _str_list(entry, "requires", problems)
        kinds = _institution_kinds(entry, "requires_institution_kind", problems)
        taking_part = _institution_kinds(entry, "institution_kinds", problems)
        not_after = _str_list(entry, "not_after", problems)
        not_before = _str_list(entry, "not_before", problems)
        inside_names = entry.get("inside_names", False)
        if not isinstance(inside_names, bool):
            problems.append("'inside_names' must be true or false")
        if not isinstance(entry.get("note"), str) or not entry["note"].strip():
            problems.append("'note' must say why the entry exists")
        if problems or kind is None:
            raise DataError(source, label, problems)
        for words in words_list:
            triggers.append(
                Trigger(
                    kind=kind,
                    words=words,
                    strength=int(strength or 0),
                    priority=int(priority),
                    requires=frozenset(requires),
                    requires_institution_kind=frozenset(kinds),
                    not_after=frozenset(not_after),
                    not_before=frozenset(not_before),
                    inside_names=inside_names,
                    institution_kinds=frozenset(taking_part),
                )
            )
    return Lexicon(triggers)


@cache
def event_lexicon() -> Lexicon:
    """The bundled event lexicon (``data/event_lexicon.json``), loaded once."""
    return parse_lexicon(_load_json(_LEXICON_FILE))


@attrs.frozen
class Place:
    """A place of the gazetteer.

    Attributes:
        name: Canonical name (what :attr:`Event.places` lists).
        type: city, region, landmark, continent or sea.
        aliases: Other surface forms.
        country: The state it lies in.
        metonym: Whether the name often stands for a government ("Moscow").
    """

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    metonym: bool = False


_PLACE_TYPES = frozenset({"city", "region", "landmark", "continent", "sea"})


class Places:
    """The place gazetteer, indexed by first (folded) word."""

    def __init__(self, entries: Sequence[Place]) -> None:
        self.entries = tuple(entries)
        index: dict[str, list[tuple[tuple[str, ...], Place]]] = {}
        for place in self.entries:
            for surface in (place.name, *place.aliases):
                words = tuple(t.key for t in tokenize(surface))
                index.setdefault(words[0], []).append((words, place))
        for forms in index.values():
            forms.sort(key=lambda f: -len(f[0]))
        self._index: Mapping[str, Sequence[tuple[tuple[str, ...], Place]]] = index
        # For each first word, its forms by length, longest first: one lookup per length
        # ("the" starts a score of forms). Of forms with the same words, the first listed.
        by_length: dict[str, list[tuple[int, dict[tuple[str, ...], Place]]]] = {}
        for first, forms in index.items():
            tables: dict[int, dict[tuple[str, ...], Place]] = {}
            for words, place in forms:
                tables.setdefault(len(words), {}).setdefault(words, place)
            by_length[first] = sorted(tables.items(), key=lambda kv: -kv[0])
        self._by_length: Mapping[str, Sequence[tuple[int, dict[tuple[str, ...], Place]]]] = (
            by_length
        )

    def matches(self, tokens: Sequence[Token]) -> Iterator[tuple[int, int, Place]]:
        """Non-overlapping places in ``tokens``: (first, last, place), longest first.

        A match must end in a capitalised word, so "the arctic fox" is no place.
        """
        keys = tuple(map(_KEY, tokens))
        index = self._by_length
        after = 0  # the first token after the last place found
        # Most words start no place: visit only those that do, in order.
        for i in [i for i, key in enumerate(keys) if key in index]:
            if i < after:
                continue
            for k, table in index[keys[i]]:
                place = table.get(keys[i : i + k])
                if place is not None and tokens[i + k - 1].text[:1].isupper():
                    yield (i, i + k - 1, place)
                    after = i + k
                    break


def parse_places(data: Any, source: str = _PLACES_FILE) -> Places:
    """Validate and index the raw JSON of a place gazetteer.

    Raises:
        DataError: On the first malformed entry.

    >>> p = parse_places({"places": [{"name": "Mons", "type": "city"}]})
    >>> [pl.name for _, _, pl in p.matches(tokenize("SHAPE in Mons"))]
    ['Mons']
    >>> try:
    ...     parse_places({"places": [{"name": "Mons", "type": "village"}]})
    ... except DataError as e:
    ...     print(e)
    places.json: entry 'Mons': 'type' must be one of city, continent, landmark, region, sea, not 'village'
    """
    if not isinstance(data, dict) or not isinstance(data.get("places"), list):
        raise DataError(source, "(file)", ["expected an object with a 'places' list"])
    known = {"name", "type", "aliases", "country", "metonym"}
    entries: list[Place] = []
    seen: set[str] = set()
    for n, entry in enumerate(data["places"]):
        if not isinstance(entry, dict):
            raise DataError(source, str(n), ["entry must be an object"])
        name = entry.get("name")
        label = name if isinstance(name, str) and name else str(n)
        problems: list[str] = []
        if not isinstance(name, str) or not name.strip() or not tokenize(name):
            problems.append("'name' must be a non-empty string")
        elif name in seen:
            problems.append("duplicate name")
        unknown = sorted(set(entry) - known)
        if unknown:
            problems.append(f"unknown fields {unknown}")
        if entry.get("type") not in _PLACE_TYPES:
            problems.append(
                "'type' must be one of city, continent, landmark, region, sea, "
                f"not {entry.get('type')!r}"
            )
        aliases = _str_list(entry, "aliases", problems)
        country = entry.get("country")
        if country is not None and not (isinstance(country, str) and country.strip()):
            problems.append("'country' must be a non-empty string")
        metonym = entry.get("metonym", False)
        if not isinstance(metonym, bool):
            problems.append("'metonym' must be true or false")
        if problems:
            raise DataError(source, label, problems)
        assert isinstance(name, str)
        seen.add(name)
        entries.append(Place(name, entry["type"], tuple(aliases), country, metonym))
    return Places(entries)


@cache
def places() -> Places:
    """The bundled place gazetteer (``data/places.json``), loaded once."""
    return parse_places(_load_json(_PLACES_FILE))
