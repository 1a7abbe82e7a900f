"""Tables derived from the lexicon for fast look-ups, computed once per lexicon.

Title starts, words that may open a person's name, well-known persons by the
last word of their short forms, the first names of well-known persons, words
of the broad given-name list that are no given names (places, months), and
the compiled patterns of lower-case titles and of "the" + head word.
"""

from __future__ import annotations

import re
from typing import Final

from natorussia._entity_data import KnownPerson, Lexicon
from natorussia._mentions.names import surname_key
from natorussia._resources import read_json
from natorussia._text import strip_accents, trie_pattern

_UPPER: Final = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_U: Final = f"[{_UPPER}]"

_CALENDAR: Final = frozenset(
    {
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    }
)  # fmt: skip


_INITIAL = re.compile(rf"{_U}\.")


_lower_cache: dict[int, re.Pattern[str]] = {}


_starts_cache: dict[int, frozenset[str]] = {}


_triggers_cache: dict[int, frozenset[str]] = {}


def _person_triggers(lex: Lexicon) -> frozenset[str]:
    """Words that may open a person's name or its title."""
    words = _triggers_cache.get(id(lex))
    if words is None:
        words = _triggers_cache[id(lex)] = (
            frozenset(lex.given_names) | lex.broad_given | _known_given(lex) | _title_starts(lex)
        )
    return words


def _title_starts(lex: Lexicon) -> frozenset[str]:
    starts = _starts_cache.get(id(lex))
    if starts is None:
        starts = _starts_cache[id(lex)] = frozenset(t[0] for t in lex.titles)
    return starts


_known_cache: dict[int, dict[str, list[tuple[str, KnownPerson]]]] = {}


_known_words_cache: dict[int, frozenset[str]] = {}


_the_head_cache: dict[int, re.Pattern[str]] = {}


def _known_last_words(lex: Lexicon) -> frozenset[str]:
    words = _known_words_cache.get(id(lex))
    if words is None:
        forms = set(_known_by_last_word(lex))
        words = frozenset(forms | {strip_accents(w) for w in forms})  # "Walesa" too
        _known_words_cache[id(lex)] = words
    return words


def _the_head_re(lex: Lexicon) -> re.Pattern[str]:
    """ "the Council", "this organisation": a head word alone after "the" or "this"."""
    pattern = _the_head_cache.get(id(lex))
    if pattern is None:
        # a trie of the head words: "the " is frequent, and an alternation of ninety
        # words would be tried word by word after each
        heads = trie_pattern(
            (h for h in lex.heads if h not in lex.event_heads | lex.not_anaphoric), escape=False
        )
        # "[Tt]" first and the boundary before it after: the engine skips ahead to a "t"
        # in C instead of trying the pattern at every position.
        pattern = re.compile(rf"[Tt](?<!\w[\s\S])h(?:e|is)[ \u00a0]+((?i:{heads}))\b")
        _the_head_cache[id(lex)] = pattern
    return pattern


def _lower_role_re(lex: Lexicon) -> re.Pattern[str]:
    pattern = _lower_cache.get(id(lex))
    if pattern is None:
        titles = "|".join(re.escape(t) for t in lex.lower_titles)
        pattern = re.compile(
            rf"(?:\b(?:then|former)[- ])?\b(?:{titles})(?:[ \u00a0]+(?:of|to)(?:[ \u00a0]+the)?)?"
            r"[ \u00a0]+\Z"
        )
        _lower_cache[id(lex)] = pattern
    return pattern


_lower_last_cache: dict[int, frozenset[str]] = {}


# Lower-case titles that are also common words before a capitalised phrase
# ("in general Western", "at the head Office"): they introduce no name alone.
_WEAK_LOWER_TITLES: Final = frozenset(
    {"general", "head", "chair", "king", "queen", "speaker", "marshal", "pope"}
)


_lower_set_cache: dict[int, frozenset[str]] = {}


def _lower_title_set(lex: Lexicon) -> frozenset[str]:
    """Every lower-case title, as a set, minus those that are also common words."""
    words = _lower_set_cache.get(id(lex))
    if words is None:
        words = frozenset(t for t in lex.lower_titles if t not in _WEAK_LOWER_TITLES)
        _lower_set_cache[id(lex)] = words
    return words


def _lower_title_last(lex: Lexicon) -> frozenset[str]:
    """Last words of lower-case titles that may stand right before a name ("spokesperson")."""
    words = _lower_last_cache.get(id(lex))
    if words is None:
        words = frozenset(
            t.split()[-1] for t in lex.lower_titles if t.split()[-1] not in _WEAK_LOWER_TITLES
        )
        _lower_last_cache[id(lex)] = words
    return words


def _alias_last(alias: str) -> str | None:
    """The last word of an alias when it is a surname ("Zelenskyy"), not "Jr." or "III"."""
    last = alias.split()[-1]
    return last if len(last) > 2 and last[0].isupper() and not last.isupper() else None


_known_words_by_last: dict[int, dict[str, str]] = {}


def _known_by_last_word(lex: Lexicon) -> dict[str, str]:
    """Every last word of a form that names a well-known person alone, as written."""
    table = _known_words_by_last.get(id(lex))
    if table is None:
        table = {}
        for person in lex.known_persons:
            if not person.alone:
                continue
            for form in person.alone:
                table[form.split()[-1]] = form
            for alias in person.aliases:
                last = _alias_last(alias)
                if last is not None:
                    table.setdefault(last, last)
        _known_words_by_last[id(lex)] = table
    return table


def _known_by_last(lex: Lexicon) -> dict[str, list[tuple[str, KnownPerson]]]:
    """Folded last word → (form used alone, person), longest forms first."""
    table = _known_cache.get(id(lex))
    if table is None:
        table = {}
        for person in lex.known_persons:
            forms = set(person.alone)
            if person.alone:
                forms |= {a for a in map(_alias_last, person.aliases) if a is not None}
            for form in sorted(forms):
                table.setdefault(surname_key(form.split()[-1]), []).append((form, person))
        for entries in table.values():
            entries.sort(key=lambda fp: -len(fp[0].split()))
        _known_cache[id(lex)] = table
    return table


_known_given_cache: dict[int, frozenset[str]] = {}


def _known_given(lex: Lexicon) -> frozenset[str]:
    """The first words of well-known persons' names ("Saddam", "Xi"), minus titles."""
    words = _known_given_cache.get(id(lex))
    if words is None:
        firsts = {
            form.split()[0]
            for person in lex.known_persons
            for form in (person.name, *person.aliases)
        }
        words = frozenset(
            w for w in firsts if not _INITIAL.fullmatch(w) and (w,) not in lex.titles and len(w) > 1
        )
        _known_given_cache[id(lex)] = words
    return words


_not_given_cache: dict[int, frozenset[str]] = {}


def _not_given(lex: Lexicon) -> frozenset[str]:
    """Words of the broad list of given names that are also places, calendar words or
    well-known surnames ("Jordan", "May", "Putin")."""
    words = _not_given_cache.get(id(lex))
    if words is None:
        places: set[str] = set()
        for place in read_json("places.json").get("places", []):
            if isinstance(place, dict):
                for form in [place.get("name"), *place.get("aliases", [])]:
                    if isinstance(form, str):
                        places.update(form.split())
        words = frozenset(places) | _CALENDAR | frozenset(_known_by_last_word(lex))
        _not_given_cache[id(lex)] = words
    return words
