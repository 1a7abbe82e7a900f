"""The word lists that entity recognition reads, loaded once and validated.

Five JSON files under ``natorussia/data/`` (each explains itself in a ``_doc``
field):

``given_names.json``
    ``{"names": {key: [spelling, ...]}}``. ``key`` is a lowercase ASCII
    canonical form (``"sergei"``), each spelling a capitalised given name as a
    text may write it (``"Sergei"``, ``"Sergey"``). A spelling belongs to one
    key only. Spellings of one key are transliteration variants: they give the
    same person id.
``person_titles.json``
    ``{"titles": [str, ...], "qualifiers": [str, ...], "qualifier_suffixes":
    [str, ...], "honorifics": [str, ...]}``. Titles are capitalised phrases
    ("Foreign Minister", "Secretary General"); qualifiers are words that may
    stand before a title as part of a role ("Russian", "Former"); honorifics
    are titles that are not roles ("Mr.", "Dr."), each also a title.
``org_heads.json``
    ``{"heads": {word: kind}, "events": [word, ...]}``. ``kind`` is an
    :class:`~natorussia.model.InstitutionKind` value; ``events`` lists heads
    of gatherings ("Summit"), each also a key of ``heads``.
``name_stoplist.json``
    ``{"phrases": [...], "tokens": [...], "function_words": [...]}``: phrases
    and words that never name a person, and words that open sentences.
``known_persons.json``
    ``{"persons": [{"name": str, "surname": str, "aliases": [str, ...]}]}``:
    well-known persons whose surname alone ("Putin") names them.
    ``surname`` must be the end of ``name``.

A malformed file or entry raises :class:`~natorussia.errors.DataError`
naming the file and the entry.

>>> lex = lexicon()
>>> lex.given_names["Sergey"] == lex.given_names["Sergei"] == "sergei"
True
>>> ("Foreign", "Minister") in lex.titles
True
>>> lex.heads["Council"].value
'council_or_forum'
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any, Final

import attrs

from natorussia._resources import read_json
from natorussia._text import fold
from natorussia.errors import DataError
from natorussia.model import InstitutionKind

__all__ = ["KnownPerson", "Lexicon", "lexicon", "parse_lexicon"]

_FILES: Final = (
    "given_names.json",
    "person_titles.json",
    "org_heads.json",
    "name_stoplist.json",
    "known_persons.json",
)


@attrs.frozen
class KnownPerson:
    """A well-known person whose surname alone names them.

    Attributes:
        name: Full name ("Vladimir Putin").
        surname: The form used alone ("Putin", "Fogh Rasmussen").
        aliases: Other spellings of the full name.
    """

    name: str
    surname: str
    aliases: tuple[str, ...] = ()


@attrs.frozen
class Lexicon:
    """Everything entity recognition looks words up in.

    Attributes:
        given_names: Spelling as written → canonical key.
        titles: Title phrases as tuples of words.
        lower_titles: Title phrases in lower case, for "then-president of …".
        max_title_words: The longest title, in words.
        qualifiers: Words that may open a role before its title.
        qualifier_suffixes: Endings that make a word a qualifier ("-ian").
        honorifics: Titles that are not roles ("Mr.").
        heads: Organisation head word → guessed kind.
        event_heads: Heads of gatherings ("Summit", "Conference").
        stop_phrases: Folded phrases that are never persons.
        stop_tokens: Words that never belong to a person's name.
        function_words: Words that open sentences ("The", "During").
        known_persons: Folded surname form → the person.
    """

    given_names: Mapping[str, str]
    titles: frozenset[tuple[str, ...]]
    lower_titles: tuple[str, ...]
    max_title_words: int
    qualifiers: frozenset[str]
    qualifier_suffixes: tuple[str, ...]
    honorifics: frozenset[str]
    heads: Mapping[str, InstitutionKind]
    event_heads: frozenset[str]
    stop_phrases: frozenset[str]
    stop_tokens: frozenset[str]
    function_words: frozenset[str]
    known_persons: Mapping[str, KnownPerson]


def _strings(source: str, entry: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(source, entry, ["must be a list of non-empty strings"])
    return list(value)


def _object(source: str, data: Any, keys: tuple[str, ...]) -> Mapping[str, Any]:
    if not isinstance(data, dict):
        raise DataError(source, "<file>", ["top level must be a JSON object"])
    missing = [k for k in keys if k not in data]
    if missing:
        raise DataError(source, "<file>", [f"missing field {k!r}" for k in missing])
    return data


def _given_names(source: str, data: Any) -> dict[str, str]:
    names = _object(source, data, ("names",))["names"]
    if not isinstance(names, dict):
        raise DataError(source, "names", ["must map keys to lists of spellings"])
    out: dict[str, str] = {}
    for key, spellings in names.items():
        if not key or key != key.lower() or not key.replace("-", "").isascii():
            raise DataError(source, key, ["key must be lowercase ASCII"])
        for spelling in _strings(source, key, spellings):
            if not spelling[0].isupper():
                raise DataError(source, key, [f"spelling {spelling!r} must be capitalised"])
            if spelling in out:
                raise DataError(
                    source, key, [f"spelling {spelling!r} also under {out[spelling]!r}"]
                )
            out[spelling] = key
    return out


def _heads(source: str, data: Any) -> tuple[dict[str, InstitutionKind], frozenset[str]]:
    obj = _object(source, data, ("heads", "events"))
    heads = obj["heads"]
    if not isinstance(heads, dict):
        raise DataError(source, "heads", ["must map head words to kinds"])
    out: dict[str, InstitutionKind] = {}
    for word, kind in heads.items():
        try:
            out[word] = InstitutionKind(kind)
        except ValueError:
            raise DataError(source, word, [f"unknown institution kind {kind!r}"]) from None
        if not word[:1].isupper() or " " in word:
            raise DataError(source, word, ["head must be one capitalised word"])
    events = _strings(source, "events", obj["events"])
    for word in events:
        if word not in out:
            raise DataError(source, word, ["event head is not a key of 'heads'"])
    return out, frozenset(events)


def _known(source: str, data: Any) -> dict[str, KnownPerson]:
    persons = _object(source, data, ("persons",))["persons"]
    if not isinstance(persons, list):
        raise DataError(source, "persons", ["must be a list"])
    out: dict[str, KnownPerson] = {}
    for i, raw in enumerate(persons):
        entry = str(raw.get("name", i)) if isinstance(raw, dict) else str(i)
        if not isinstance(raw, dict) or set(raw) - {"name", "surname", "aliases"}:
            raise DataError(source, entry, ["must be an object with name, surname, aliases"])
        name, surname = raw.get("name"), raw.get("surname")
        if not isinstance(name, str) or not isinstance(surname, str) or not surname:
            raise DataError(source, entry, ["name and surname must be strings"])
        if not name.endswith(surname):
            raise DataError(source, entry, [f"surname {surname!r} is not the end of the name"])
        aliases = _strings(source, entry, raw.get("aliases", []))
        key = fold(surname)
        if key in out:
            raise DataError(source, entry, [f"surname {surname!r} given twice"])
        out[key] = KnownPerson(name, surname, tuple(aliases))
    return out


def parse_lexicon(files: Mapping[str, Any], *, where: str = "natorussia/data") -> Lexicon:
    """Validate the parsed data files (file name → JSON value) and build a :class:`Lexicon`.

    Raises:
        DataError: A file or an entry is malformed.

    >>> try:
    ...     parse_lexicon({"given_names.json": {"names": {"ivan": ["ivan"]}}})
    ... except DataError as e:
    ...     print(e)
    natorussia/data/given_names.json: entry 'ivan': spelling 'ivan' must be capitalised
    """

    def src(name: str) -> str:
        return f"{where}/{name}"

    given = _given_names(src(_FILES[0]), files.get(_FILES[0]))
    t_src = src(_FILES[1])
    t = _object(
        t_src, files.get(_FILES[1]), ("titles", "qualifiers", "qualifier_suffixes", "honorifics")
    )
    titles = _strings(t_src, "titles", t["titles"])
    qualifiers = _strings(t_src, "qualifiers", t["qualifiers"])
    suffixes = _strings(t_src, "qualifier_suffixes", t["qualifier_suffixes"])
    honorifics = _strings(t_src, "honorifics", t["honorifics"])
    for word in honorifics:
        if word not in titles:
            raise DataError(t_src, word, ["honorific is not in 'titles'"])
    heads, events = _heads(src(_FILES[2]), files.get(_FILES[2]))
    s_src = src(_FILES[3])
    s = _object(s_src, files.get(_FILES[3]), ("phrases", "tokens", "function_words"))
    known = _known(src(_FILES[4]), files.get(_FILES[4]))
    tuples = frozenset(tuple(title.split()) for title in titles)
    return Lexicon(
        given_names=given,
        titles=tuples,
        lower_titles=tuple(sorted({t.lower() for t in titles}, key=len, reverse=True)),
        max_title_words=max((len(t) for t in tuples), default=1),
        qualifiers=frozenset(qualifiers),
        qualifier_suffixes=tuple(suffixes),
        honorifics=frozenset(honorifics),
        heads=heads,
        event_heads=events,
        stop_phrases=frozenset(fold(p) for p in _strings(s_src, "phrases", s["phrases"])),
        stop_tokens=frozenset(_strings(s_src, "tokens", s["tokens"])),
        function_words=frozenset(_strings(s_src, "function_words", s["function_words"])),
        known_persons=known,
    )


_lexicon: Lexicon | None = None
_lock = threading.Lock()


def lexicon() -> Lexicon:
    """The bundled lexicon, read and validated once on first use (thread-safe)."""
    global _lexicon
    if _lexicon is None:
        with _lock:
            if _lexicon is None:
                files: dict[str, Any] = {name: read_json(name) for name in _FILES}
                _lexicon = parse_lexicon(files)
    return _lexicon
