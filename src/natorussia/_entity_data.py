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
    ``{"persons": [{"name": str, "alone": [str, ...], "aliases": [str, ...],
    "offices": [{"role": str, "of": str, "from": date, "to": date}]}]}``:
    well-known persons of the field with their dated offices. ``alone``
    lists the forms that name them without a given name ("Putin", "de
    Gaulle"; default: the last word of the name); several persons may share
    a form ("Bush"), and the dates of their offices tell them apart.

Besides these files, :func:`broad_given_names` reads the international list
of given names that the ``gender-guesser`` package ships (about 45,000
names from 54 countries, GNU FDL; see ``docs/entities.md``).

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

import datetime as dt
import re
import threading
from collections.abc import Mapping
from importlib import resources
from typing import Any, Final

import attrs

from natorussia._resources import read_json
from natorussia._text import fold, strip_accents
from natorussia.errors import DataError
from natorussia.model import InstitutionKind

__all__ = [
    "KnownPerson",
    "Lexicon",
    "Office",
    "broad_given_names",
    "lexicon",
    "parse_lexicon",
]

_FILES: Final = (
    "given_names.json",
    "person_titles.json",
    "org_heads.json",
    "name_stoplist.json",
    "known_persons.json",
)


@attrs.frozen
class Office:
    """An office a well-known person held, with its dates.

    Attributes:
        role: The office as commonly written ("President", "Secretary General").
        of: Gazetteer id of the state or organisation ("united-states", "nato").
        start: First day of the office (the first day of the month or year
            when the record gives no more).
        end: Last day, or ``None`` while in office.
    """

    role: str
    of: str
    start: dt.date
    end: dt.date | None = None

    def covers(self, year: int) -> bool:
        """Whether the office was held at some time in ``year``.

        >>> Office("President", "united-states", dt.date(1989, 1, 20), dt.date(1993, 1, 20)).covers(1991)
        True
        """
        return self.start.year <= year <= (self.end.year if self.end else 9999)


@attrs.frozen
class KnownPerson:
    """A well-known person of the field.

    Attributes:
        name: Full name ("Vladimir Putin").
        surname: The surname: the last word of the name with any particle
            before it ("Putin", "de Gaulle").
        alone: The forms that name the person without a given name.
        aliases: Other spellings of the full name.
        offices: Dated offices, which tell persons sharing a form apart.
    """

    name: str
    surname: str
    alone: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()

    def distance(self, year: int) -> int:
        """How many years ``year`` lies from this person's nearest office (0: in office).

        A person without offices is 50 years from every year.
        """
        if not self.offices:
            return 50
        best = 10_000
        for o in self.offices:
            last = o.end.year if o.end else 9999
            best = min(best, max(0, o.start.year - year, year - last))
        return best


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
        known_persons: Every well-known person, in file order.
        known_alone: A form used alone, as written → the persons it may name.
        known_full: A folded full name or alias → the persons it may name.
        lower_heads: Lower-case heads after capitalised words ("Yalta agreement").
        compound_heads: Two-word heads whose kind is not their last word's
            (("Treaty", "Organization") → alliance).
        acronym_endings: Endings that give an undefined acronym its kind ("FOR").
        not_anaphoric: Head words whose "the X" is a common noun, not a reference
            to the one body named before ("the government", "the policy").
        not_acronyms: Capitalised words that are no organisation's acronym ("TV").
        not_sites: Hosts of web addresses that are tools, not sources ("doi.org").
        broad_given: Given names of the broad international list
            (:func:`broad_given_names`), minus words that are never given names.
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
    known_persons: tuple[KnownPerson, ...]
    known_alone: Mapping[str, tuple[KnownPerson, ...]]
    known_full: Mapping[str, tuple[KnownPerson, ...]]
    broad_given: frozenset[str] = frozenset()
    lower_heads: Mapping[str, InstitutionKind] = attrs.Factory(dict)
    compound_heads: Mapping[tuple[str, str], InstitutionKind] = attrs.Factory(dict)
    acronym_endings: Mapping[str, InstitutionKind] = attrs.Factory(dict)
    not_acronyms: frozenset[str] = frozenset()
    not_sites: frozenset[str] = frozenset()
    not_anaphoric: frozenset[str] = frozenset()


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


_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")
_PARTICLE_WORDS: Final = frozenset(
    {"de", "da", "di", "du", "del", "la", "le", "van", "von", "der", "den", "zu", "bin", "al"}
)


def _date(source: str, entry: str, value: Any, *, last: bool) -> dt.date:
    """ "1991", "1991-12", "1991-12-25" as the first (or, with ``last``, final) day meant."""
    m = _DATE.match(value) if isinstance(value, str) else None
    if m is None:
        raise DataError(source, entry, [f"date {value!r} must be YYYY, YYYY-MM or YYYY-MM-DD"])
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            return dt.date(year, int(month), int(day))
        if month:
            if not last:
                return dt.date(year, int(month), 1)
            following = dt.date(year + int(month) // 12, int(month) % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        return dt.date(year, 12, 31) if last else dt.date(year, 1, 1)
    except ValueError:
        raise DataError(source, entry, [f"date {value!r} does not exist"]) from None


def _surname(name: str) -> str:
    """The last word of ``name`` with the particles before it ("de Gaulle")."""
    words = name.split()
    k = len(words) - 1
    while k > 1 and words[k - 1] in _PARTICLE_WORDS:
        k -= 1
    return " ".join(words[k:])


def _offices(source: str, entry: str, value: Any) -> tuple[Office, ...]:
    if not isinstance(value, list):
        raise DataError(source, entry, ["'offices' must be a list"])
    out: list[Office] = []
    for raw in value:
        if not isinstance(raw, dict) or set(raw) - {"role", "of", "from", "to"}:
            raise DataError(source, entry, ["an office has only role, of, from, to"])
        role, of = raw.get("role"), raw.get("of")
        if not (isinstance(role, str) and role and isinstance(of, str) and of):
            raise DataError(source, entry, ["an office needs a role and an 'of'"])
        start = _date(source, entry, raw.get("from"), last=False)
        end = _date(source, entry, raw["to"], last=True) if "to" in raw else None
        if end is not None and end < start:
            raise DataError(source, entry, [f"office {role!r} ends before it starts"])
        out.append(Office(role, of, start, end))
    return tuple(out)


def _lower_heads(source: str, data: Any) -> dict[str, InstitutionKind]:
    raw = data.get("lower_heads", {}) if isinstance(data, dict) else {}
    if not isinstance(raw, dict):
        raise DataError(source, "lower_heads", ["must map lower-case head words to kinds"])
    out: dict[str, InstitutionKind] = {}
    for word, kind in raw.items():
        if not isinstance(word, str) or not word.replace("-", "").isalpha() or not word.islower():
            raise DataError(source, str(word), ["a lower head must be one lower-case word"])
        try:
            out[word] = InstitutionKind(kind)
        except ValueError:
            raise DataError(source, word, [f"unknown institution kind {kind!r}"]) from None
    return out


def _not_anaphoric(source: str, data: Any, heads: Mapping[str, InstitutionKind]) -> frozenset[str]:
    raw = data.get("not_anaphoric", []) if isinstance(data, dict) else []
    words = _strings(source, "not_anaphoric", raw) if raw else []
    for word in words:
        if word not in heads:
            raise DataError(source, word, ["not_anaphoric: not one of the 'heads'"])
    return frozenset(words)


def _acronym_endings(source: str, data: Any) -> dict[str, InstitutionKind]:
    raw = data.get("acronym_endings", {}) if isinstance(data, dict) else {}
    if not isinstance(raw, dict):
        raise DataError(source, "acronym_endings", ["must map endings to kinds"])
    out: dict[str, InstitutionKind] = {}
    for ending, kind in raw.items():
        if not isinstance(ending, str) or not ending.isupper():
            raise DataError(source, str(ending), ["an ending is written in capitals"])
        try:
            out[ending] = InstitutionKind(kind)
        except ValueError:
            raise DataError(source, ending, [f"unknown institution kind {kind!r}"]) from None
    return out


def _compound_heads(
    source: str, data: Any, heads: Mapping[str, InstitutionKind]
) -> dict[tuple[str, str], InstitutionKind]:
    raw = data.get("compound_heads", {}) if isinstance(data, dict) else {}
    if not isinstance(raw, dict):
        raise DataError(source, "compound_heads", ["must map two-word heads to kinds"])
    out: dict[tuple[str, str], InstitutionKind] = {}
    for phrase, kind in raw.items():
        words = phrase.split() if isinstance(phrase, str) else []
        if len(words) != 2 or words[1] not in heads:
            raise DataError(source, str(phrase), ["two words, the second a key of 'heads'"])
        try:
            out[words[0], words[1]] = InstitutionKind(kind)
        except ValueError:
            raise DataError(source, phrase, [f"unknown institution kind {kind!r}"]) from None
    return out


def _known(source: str, data: Any) -> tuple[KnownPerson, ...]:
    persons = _object(source, data, ("persons",))["persons"]
    if not isinstance(persons, list):
        raise DataError(source, "persons", ["must be a list"])
    out: list[KnownPerson] = []
    names: set[str] = set()
    for i, raw in enumerate(persons):
        entry = str(raw.get("name", i)) if isinstance(raw, dict) else str(i)
        if not isinstance(raw, dict) or set(raw) - {"name", "alone", "aliases", "offices"}:
            raise DataError(source, entry, ["must be an object with name, alone, aliases, offices"])
        name = raw.get("name")
        if not isinstance(name, str) or len(name.split()) < 2:
            raise DataError(source, entry, ["name must be a full name of two words or more"])
        if name in names:
            raise DataError(source, entry, [f"{name!r} given twice"])
        names.add(name)
        surname = _surname(name)
        alone = _strings(source, entry, raw["alone"]) if "alone" in raw else [surname]
        aliases = _strings(source, entry, raw.get("aliases", []))
        offices = _offices(source, entry, raw.get("offices", []))
        out.append(KnownPerson(name, surname, tuple(alone), tuple(aliases), offices))
    return tuple(out)


def _known_index(
    persons: tuple[KnownPerson, ...],
) -> tuple[dict[str, tuple[KnownPerson, ...]], dict[str, tuple[KnownPerson, ...]]]:
    alone: dict[str, tuple[KnownPerson, ...]] = {}
    full: dict[str, tuple[KnownPerson, ...]] = {}
    for p in persons:
        for form in p.alone:
            alone[form] = (*alone.get(form, ()), p)
        for form in {fold(p.name), *(fold(a) for a in p.aliases)}:
            full[form] = (*full.get(form, ()), p)
    return alone, full


def parse_lexicon(
    files: Mapping[str, Any],
    *,
    where: str = "natorussia/data",
    broad: frozenset[str] = frozenset(),
) -> Lexicon:
    """Validate the parsed data files (file name → JSON value) and build a :class:`Lexicon`.

    ``broad`` is a list of given names beyond ``given_names.json``
    (:func:`broad_given_names`); words the other files say are no names
    (titles, head words, stop words) are left out of it.

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
    lower_heads = _lower_heads(src(_FILES[2]), files.get(_FILES[2]))
    compound_heads = _compound_heads(src(_FILES[2]), files.get(_FILES[2]), heads)
    s_src = src(_FILES[3])
    s = _object(s_src, files.get(_FILES[3]), ("phrases", "tokens", "function_words"))
    known = _known(src(_FILES[4]), files.get(_FILES[4]))
    known_alone, known_full = _known_index(known)
    stop_tokens = frozenset(_strings(s_src, "tokens", s["tokens"]))
    function_words = frozenset(_strings(s_src, "function_words", s["function_words"]))
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
        stop_tokens=stop_tokens,
        function_words=function_words,
        known_persons=known,
        known_alone=known_alone,
        known_full=known_full,
        lower_heads=lower_heads,
        compound_heads=compound_heads,
        acronym_endings=_acronym_endings(src(_FILES[2]), files.get(_FILES[2])),
        not_anaphoric=_not_anaphoric(src(_FILES[2]), files.get(_FILES[2]), heads),
        not_acronyms=frozenset(_strings(s_src, "not_acronyms", s.get("not_acronyms", []))),
        not_sites=frozenset(_strings(s_src, "not_sites", s.get("not_sites", []))),
        broad_given=frozenset(
            w
            for w in broad
            if w not in stop_tokens
            and w not in function_words
            and w not in heads
            and (w,) not in tuples
            and w not in given
        ),
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
                _lexicon = parse_lexicon(files, broad=broad_given_names())
    return _lexicon


# Demonyms that stand for their state -------------------------------------------

_demonyms: Mapping[str, str] | None = None
_SLUG: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def parse_demonyms(source: str, data: Any, key: str = "demonyms") -> dict[str, str]:
    """``{"Dutch": "netherlands", …}`` from the ``demonyms`` object of ``data``
    (or the object named ``key``: ``combining_forms``, "Franco" of "Franco-German").

    >>> parse_demonyms("d.json", {"demonyms": {"Dutch": "netherlands"}})
    {'Dutch': 'netherlands'}
    >>> parse_demonyms("d.json", {"demonyms": {"dutch": "netherlands"}})
    Traceback (most recent call last):
    natorussia.errors.DataError: ...dutch...
    """
    table = _object(source, data, (key,))[key]
    if not isinstance(table, dict):
        raise DataError(source, key, ["must map demonyms to gazetteer ids"])
    out: dict[str, str] = {}
    for word, ident in table.items():
        if not (isinstance(word, str) and word[:1].isupper() and word.isalpha()):
            raise DataError(source, str(word), ["a demonym is one capitalised word"])
        if not (isinstance(ident, str) and _SLUG.fullmatch(ident)):
            raise DataError(source, word, [f"{ident!r} is no gazetteer id"])
        out[word] = ident
    return out


def demonyms() -> Mapping[str, str]:
    """The bundled demonyms (``data/demonyms.json``), read and validated once."""
    global _demonyms
    if _demonyms is None:
        with _lock:
            if _demonyms is None:
                _demonyms = parse_demonyms("demonyms.json", read_json("demonyms.json"))
    return _demonyms


_combining: Mapping[str, str] | None = None


def combining_forms() -> Mapping[str, str]:
    """The combining forms of states' adjectives (``data/demonyms.json``,
    ``combining_forms``: "Franco" of "Franco-German"), read and validated once."""
    global _combining
    if _combining is None:
        with _lock:
            if _combining is None:
                _combining = parse_demonyms(
                    "demonyms.json", read_json("demonyms.json"), "combining_forms"
                )
    return _combining


# The broad list of given names ------------------------------------------------

_BROAD_MIN_FREQUENCY: Final = 2
_TRANSLIT_GIVEN: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "å": "aa"})


def parse_name_dictionary(text: str, *, min_frequency: int = _BROAD_MIN_FREQUENCY) -> set[str]:
    r"""The given names of Jörg Michael's ``nam_dict.txt`` (the format gender-guesser ships).

    A name line holds a gender code, the name at columns 3-28 ("+" joins the
    parts of a compound name: "Jean+Pierre") and, from column 30, one
    frequency digit (hexadecimal, 1-D, logarithmic) per country. Names rarer
    than ``min_frequency`` in every country are left out; each name is also
    given in its umlaut transliteration ("Björn" → "Bjoern"), without its
    accents ("Miloš" → "Milos") and, for a compound, hyphenated ("Jean-Pierre").

    >>> line = "M  Bj\u00f6rn" + " " * 22 + "     6"
    >>> sorted(parse_name_dictionary("# comment\n" + line))
    ['Bjoern', 'Bjorn', 'Björn']
    """
    names: set[str] = set()
    # One search for any frequency digit at or above the minimum, instead of
    # reading every country's digit: the list has ~45,000 lines of ~85 columns.
    frequent = re.compile(f"[{re.escape('0123456789ABCDEF'[max(min_frequency, 1) :])}]")
    for line in text.splitlines():
        if len(line) < 31 or line[0] in "#=":
            continue
        if frequent.search(line, 30) is None:
            continue
        name = line[3:29].strip()
        if not name or not name[0].isupper():
            continue
        forms = [name.replace("+", "-")] if "+" in name else [name]
        for form in forms:
            if any(c.isspace() for c in form):
                continue
            names.add(form)
            names.add(form.translate(_TRANSLIT_GIVEN))  # "Bjoern"
            names.add(strip_accents(form))  # "Milos" for "Miloš"
    return names


_broad: frozenset[str] | None = None
_broad_lock = threading.Lock()


def broad_given_names() -> frozenset[str]:
    """The broad international list of given names, read once from ``gender-guesser``.

    The package ships Jörg Michael's name dictionary (about 45,000 given
    names with their frequency in 54 countries, GNU Free Documentation
    License 1.2); only the names are used. Without the package the list is
    empty and names are recognised from ``given_names.json`` and cues alone.

    >>> {"Noam", "Hamid", "Mykola", "Christiane"} <= broad_given_names()
    True
    """
    global _broad
    if _broad is None:
        with _broad_lock:
            if _broad is None:
                try:
                    source = resources.files("gender_guesser") / "data" / "nam_dict.txt"
                    text = source.read_text(encoding="utf-8")
                except (ModuleNotFoundError, OSError, UnicodeDecodeError):
                    text = ""
                _broad = frozenset(parse_name_dictionary(text))
    return _broad
