"""Knowledge as data: the gazetteer of institutions, states and treaties, with every name they go by.

This public module holds :class:`Gazetteer` (also ``natorussia.Gazetteer``), the
names of an entry (:class:`Surface`), ``validate`` (served as
:func:`natorussia.validate_gazetteer`) and ``default_gazetteer()``, the bundled
one (served as ``natorussia.gazetteer``).

The bundled data lives in ``natorussia/data/gazetteer.json`` and is read with
:mod:`importlib.resources`, so it works from an installed wheel. Users can
load their own file with :meth:`Gazetteer.from_file`. Every entry is
validated on load; a malformed entry raises :class:`~natorussia.errors.DataError`
naming the file and the entry.

Lookups fold case, accents, dashes, dots, apostrophes and a leading "the ":

>>> gaz = default_gazetteer()
>>> gaz.lookup("the Alliance").id
'nato'
>>> gaz.lookup("NATO–Russia Council") is gaz.lookup("nato russia council")
True
>>> gaz.get("no such body") is None
True
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
import threading
from collections.abc import Collection, Iterable, Iterator, Mapping
from os import PathLike
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

import attrs

from natorussia._resources import read_text
from natorussia._text import fold
from natorussia.errors import Ambiguous, DataError, MissingFileError, NotFound
from natorussia.fuzzydate import FuzzyDate
from natorussia.model import Fact, Institution, InstitutionKind, Relation

__all__ = [
    "ID_VALUED_PREDICATES",
    "Gazetteer",
    "Surface",
    "default_gazetteer",
    "is_case_sensitive",
    "lookup_key",
    "parse_data_date",
    "validate",
]

ID_VALUED_PREDICATES: Final = frozenset(
    {
        "annexed_by",
        "member_joined",
        "member_left",
        "member_suspended",
        "recognised_by",
        "replaced_by",
    }
)
"""Fact predicates whose ``value`` must be the ``id`` of another entry."""

_ENTRY_FIELDS: Final = frozenset(
    {
        "id",
        "name",
        "acronym",
        "kind",
        "aliases",
        "metonyms",
        "case_sensitive",
        "facts",
        "relations",
        "note",
        "source",
    }
)
_REQUIRED_FIELDS: Final = ("id", "name", "kind")
_FACT_FIELDS: Final = frozenset({"predicate", "value", "date", "note"})
_RELATION_FIELDS: Final = frozenset({"kind", "target", "date", "note"})

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_PREDICATE = re.compile(r"[a-z][a-z0-9_]*\Z")
# Characters a user may or may not type in a name: "U.S." = "US", "King's" = "Kings",
# "NATO-Russia" = "NATO Russia".
_KEY_DROP = re.compile(r"[.'\u2019]")
_KEY_SPACE = re.compile(r"[\s\-/]+")
_LEADING_THE = "the "

_DATA_FILE: Final = "gazetteer.json"


def lookup_key(name: str) -> str:
    """The key a name is looked up by.

    Case, accents, dash and quote variants, dots, apostrophes and a leading
    "the " do not matter; hyphens count as spaces.

    >>> lookup_key("The NATO–Russia Council")
    'nato russia council'
    >>> lookup_key("U.S.") == lookup_key("us")
    True
    """
    key = _KEY_SPACE.sub(" ", _KEY_DROP.sub("", fold(name))).strip()
    if key.startswith(_LEADING_THE):
        key = key[len(_LEADING_THE) :]
    return key


def is_case_sensitive(alias: str) -> bool:
    """Whether ``alias`` is matched in text only with its case as written.

    An alias whose letters are all capitals ("NATO", "EU", "U.S.", "START I")
    is case-sensitive, so that "us" or "un" in running text do not match the
    United States or the United Nations. Entries can mark more aliases with
    the ``case_sensitive`` field.

    >>> is_case_sensitive("NATO"), is_case_sensitive("U.S."), is_case_sensitive("Kremlin")
    (True, True, False)
    """
    letters = [c for c in alias if c.isalpha()]
    return len(letters) > 0 and all(c.isupper() for c in letters)


def parse_data_date(text: str) -> FuzzyDate:
    """A :class:`FuzzyDate` from a data-file date: an EDTF string, levels 0 and 1.

    The usual forms are ``YYYY-MM-DD``, ``YYYY-MM`` and ``YYYY``; intervals
    (``"1991-11-07/1991-11-08"``), approximate (``"2008~"``) and uncertain
    (``"1918?"``) dates are accepted too.

    Raises:
        ValueError: ``text`` is not such a string or names an impossible day
            (a :class:`~natorussia.errors.DateError`, which is a ``ValueError``).

    >>> d = parse_data_date("1997-05")
    >>> d.edtf, d.earliest.isoformat(), d.latest.isoformat(), d.precision.value
    ('1997-05', '1997-05-01', '1997-05-31', 'month')
    >>> try:
    ...     parse_data_date("2010-02-30")
    ... except ValueError as e:
    ...     print(e)
    '2010-02-30': day is out of range for month
    """
    if not isinstance(text, str) or not text or text != text.strip():
        raise ValueError(f"date {text!r} is not an EDTF string such as '1949-04-04'")
    return FuzzyDate.from_edtf(text)


@attrs.frozen
class Surface:
    """One surface form of a gazetteer entry, as written, with how to match it.

    A case-sensitive form that begins with "the " ("the Alliance") also gets a
    surface with "The " for the start of a sentence.

    Attributes:
        text: The form as written ("NATO", "the Alliance", "Moscow").
        institution: The entry it names.
        case_sensitive: Match only with this exact case ("NATO" but not "nato").
        metonym: A place or building standing for the entry ("the Kremlin").

    >>> import natorussia as nr
    >>> [(s.text, s.institution.id, s.case_sensitive, s.metonym)
    ...  for s in nr.gazetteer.surfaces() if s.text in ("NATO", "the Kremlin")]
    [('NATO', 'nato', True, False), ('the Kremlin', 'russia', False, True)]
    """

    text: str
    institution: Institution
    case_sensitive: bool = False
    metonym: bool = False


def _strings(entry: Mapping[str, Any], field: str, problems: list[str]) -> list[str]:
    value = entry.get(field, [])
    if not isinstance(value, list):
        problems.append(f"{field} must be a list of strings")
        return []
    good: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            problems.append(f"{field}: {item!r} is not a non-empty string")
        elif item != item.strip():
            problems.append(f"{field}: {item!r} has leading or trailing spaces")
        else:
            good.append(item)
    return good


def _check_date(where: str, value: Any, problems: list[str]) -> None:
    if value is None:
        return
    try:
        parse_data_date(value)
    except ValueError as e:
        problems.append(f"{where}: bad date {e}")


def _objects(
    entry: Mapping[str, Any], field: str, allowed: frozenset[str], problems: list[str]
) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """The objects of a list field, each with where it is; shape problems are noted."""
    items = entry.get(field, [])
    if not isinstance(items, list):
        problems.append(f"{field} must be a list")
        return
    for i, item in enumerate(items):
        where = f"{field}[{i}]"
        if not isinstance(item, Mapping):
            problems.append(f"{where} must be an object")
            continue
        extra = sorted(str(k) for k in set(item) - allowed)
        if extra:
            problems.append(f"{where}: unknown fields: " + ", ".join(extra))
        yield where, item


def _check_entry(entry: Any, index: int) -> tuple[str, list[str]]:
    """The entry's name for messages and every problem found in it alone."""
    if not isinstance(entry, Mapping):
        return f"#{index}", [f"entry must be an object, not {type(entry).__name__}"]
    raw_id = entry.get("id")
    label = raw_id if isinstance(raw_id, str) and raw_id else f"#{index}"
    problems: list[str] = []
    unknown = sorted(str(k) for k in set(entry) - _ENTRY_FIELDS)
    if unknown:
        problems.append("unknown fields: " + ", ".join(unknown))
    for field in _REQUIRED_FIELDS:
        value = entry.get(field)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"missing or empty required field {field!r}")
    if isinstance(raw_id, str) and raw_id and not _ID.match(raw_id):
        problems.append(f"id {raw_id!r} is not a slug (lowercase letters, digits, hyphens)")
    kind = entry.get("kind")
    if isinstance(kind, str) and kind and kind not in InstitutionKind.__members__.values():
        problems.append(
            f"kind {kind!r} is not one of: " + ", ".join(k.value for k in InstitutionKind)
        )
    for field in ("acronym", "note", "source"):
        value = entry.get(field)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            problems.append(f"{field} must be a non-empty string or null")
    _strings(entry, "aliases", problems)
    _strings(entry, "metonyms", problems)
    forms = set(_entry_forms(entry))
    for alias in _strings(entry, "case_sensitive", problems):
        if alias not in forms:
            problems.append(f"case_sensitive: {alias!r} is not one of the entry's names")
    for where, fact in _objects(entry, "facts", _FACT_FIELDS, problems):
        predicate = fact.get("predicate")
        if not isinstance(predicate, str) or not _PREDICATE.match(predicate):
            problems.append(f"{where}: predicate {predicate!r} is not a snake_case word")
        value = fact.get("value")
        if value is not None and (not isinstance(value, str) or not value.strip()):
            problems.append(f"{where}: value must be a non-empty string or null")
        _check_date(where, fact.get("date"), problems)
    for where, relation in _objects(entry, "relations", _RELATION_FIELDS, problems):
        rkind = relation.get("kind")
        if not isinstance(rkind, str) or not _PREDICATE.match(rkind):
            problems.append(f"{where}: kind {rkind!r} is not a snake_case word")
        if not isinstance(relation.get("target"), str):
            problems.append(f"{where}: target must be an entry id")
        _check_date(where, relation.get("date"), problems)
    return label, problems


def _entry_forms(entry: Mapping[str, Any]) -> list[str]:
    """Name, acronym, aliases and metonyms, skipping anything malformed."""
    forms: list[Any] = [entry.get("name"), entry.get("acronym")]
    for field in ("aliases", "metonyms"):
        value = entry.get(field)
        if isinstance(value, list):
            forms += value
    return [f for f in forms if isinstance(f, str) and f.strip()]


def _entries(data: Any) -> list[Any] | None:
    if isinstance(data, Mapping):
        entries = data.get("entries")
        return entries if isinstance(entries, list) else None
    return data if isinstance(data, list) else None


def validate(
    data: Any, *, source: str = "<data>", base: Gazetteer | None = None
) -> list[DataError]:
    """Every problem in gazetteer data, one :class:`DataError` per bad entry, in file order.

    Checks each entry alone (required fields, field types, ``kind``, slugs,
    dates) and the entries together (unique ids, relation targets and
    id-valued facts that exist, no name shared by two entries).

    Args:
        data: The parsed JSON: ``{"entries": [...]}`` or a bare list of entries.
        source: The file name to put in messages.
        base: A gazetteer the data extends: its ids may be relation targets,
            and its ids and names may not be reused.

    >>> [(e.source, e.entry) for e in validate([{"id": "x", "name": "X", "kind": "nation"}],
    ...                                        source="f.json")]
    [('f.json', 'x')]
    >>> validate([{"id": "x", "name": "X"}])[0].problems
    ("missing or empty required field 'kind'",)
    """
    entries = _entries(data)
    if entries is None:
        return [DataError(source, "<file>", ["expected an object with an 'entries' list"])]
    labels: list[str] = []
    problems: list[list[str]] = []
    for index, entry in enumerate(entries):
        label, found = _check_entry(entry, index)
        labels.append(label)
        problems.append(found)
    # Index -1 marks what the base gazetteer already holds.
    ids: dict[str, int] = {i.id: -1 for i in base} if base is not None else {}
    owners: dict[str, tuple[str, str]] = {}
    if base is not None:
        for key, (shown, inst) in base._names.items():
            owners[key] = (inst.id, shown)
    for index, entry in enumerate(entries):
        if isinstance(entry, Mapping) and isinstance(entry.get("id"), str):
            first = ids.setdefault(entry["id"], index)
            if first == -1:
                problems[index].append(f"id {entry['id']!r} is already in {base!r}")
            elif first != index:
                problems[index].append(f"duplicate id {entry['id']!r} (also entry #{first})")
    for index, entry in enumerate(entries):
        if not isinstance(entry, Mapping):
            continue
        entry_id = labels[index]
        relations = entry.get("relations")
        for relation in relations if isinstance(relations, list) else ():
            target = relation.get("target") if isinstance(relation, Mapping) else None
            if isinstance(target, str) and target not in ids:
                problems[index].append(f"relation target {target!r} is not an entry id")
        facts = entry.get("facts")
        for fact in facts if isinstance(facts, list) else ():
            if not isinstance(fact, Mapping) or not isinstance(fact.get("predicate"), str):
                continue
            if fact["predicate"] not in ID_VALUED_PREDICATES:
                continue
            value = fact.get("value")
            if not isinstance(value, str) or value not in ids:
                problems[index].append(
                    f"fact {fact.get('predicate')}: value {value!r} is not an entry id"
                )
        keys = {lookup_key(f): f for f in _entry_forms(entry)}
        if isinstance(entry.get("id"), str):
            keys.setdefault(lookup_key(entry["id"]), entry["id"])
        for key, form in keys.items():
            owner = owners.setdefault(key, (entry_id, form))
            if owner[0] != entry_id:
                problems[index].append(
                    f"name {form!r} is also a name of entry {owner[0]!r} ({owner[1]!r})"
                )
    return [DataError(source, labels[i], found) for i, found in enumerate(problems) if found]


def _raise_first(errors: list[DataError]) -> None:
    """Raise the first error, with every other one in its notes."""
    if errors:
        first = errors[0]
        for other in errors[1:]:
            first.add_note(str(other))
        raise first


def _fact(raw: Mapping[str, Any]) -> Fact:
    date = raw.get("date")
    return Fact(raw["predicate"], raw.get("value"), parse_data_date(date) if date else None)


def _relation(raw: Mapping[str, Any]) -> Relation:
    date = raw.get("date")
    return Relation(raw["kind"], raw["target"], parse_data_date(date) if date else None)


def _institution(raw: Mapping[str, Any]) -> Institution:
    forms = list(dict.fromkeys(_entry_forms(raw)))
    return Institution(
        id=raw["id"],
        name=raw["name"],
        acronym=raw.get("acronym"),
        kind=InstitutionKind(raw["kind"]),
        aliases=tuple(forms),
        facts=tuple(_fact(f) for f in raw.get("facts") or ()),
        relations=tuple(_relation(r) for r in raw.get("relations") or ()),
        known=True,
    )


class Gazetteer:
    """An immutable set of known institutions with name lookup.

    Build one with :meth:`from_file` or :meth:`from_data`, or use the bundled
    one, ``natorussia.gazetteer``.

    >>> gaz = Gazetteer.from_data(
    ...     [{"id": "nato", "name": "North Atlantic Treaty Organization", "acronym": "NATO",
    ...       "kind": "alliance", "aliases": ["the Alliance"]}],
    ...     source="mine.json")
    >>> len(gaz), "the alliance" in gaz, gaz.lookup("Alliance").acronym
    (1, True, 'NATO')
    """

    __slots__ = ("_by_id", "_index", "_institutions", "_names", "_source", "_surfaces")

    _institutions: tuple[Institution, ...]
    _source: str
    _by_id: Mapping[str, Institution]
    _index: Mapping[str, tuple[Institution, ...]]
    _names: Mapping[str, tuple[str, Institution]]
    _surfaces: tuple[Surface, ...]

    def __init__(
        self,
        institutions: Iterable[Institution],
        *,
        source: str = "<institutions>",
        case_sensitive: Mapping[str, Collection[str]] | None = None,
        metonyms: Mapping[str, Collection[str]] | None = None,
    ) -> None:
        """Index ``institutions``; prefer :meth:`from_data`, which validates raw data.

        Args:
            institutions: The entries, in order.
            source: Where they came from, for messages.
            case_sensitive: Entry id → aliases matched case-sensitively beyond
                the all-capitals rule of :func:`is_case_sensitive`.
            metonyms: Entry id → aliases that are places standing for the entry.
        """
        items = tuple(institutions)
        by_id: dict[str, Institution] = {}
        index: dict[str, list[Institution]] = {}
        names: dict[str, tuple[str, Institution]] = {}
        surfaces: list[Surface] = []
        extra_cs = case_sensitive or {}
        places = metonyms or {}
        for inst in items:
            if inst.id in by_id:
                raise DataError(source, inst.id, [f"duplicate id {inst.id!r}"])
            by_id[inst.id] = inst
            forms = list(dict.fromkeys((inst.name, *inst.aliases)))
            if inst.acronym and inst.acronym not in forms:
                forms.insert(1, inst.acronym)
            seen: set[str] = set(forms)
            for form in forms:
                cased = is_case_sensitive(form) or form in extra_cs.get(inst.id, ())
                metonym = form in places.get(inst.id, ())
                surfaces.append(Surface(form, inst, case_sensitive=cased, metonym=metonym))
                # "the Alliance" opens sentences as "The Alliance": a case-sensitive
                # form must still match there.
                if cased and form.startswith(_LEADING_THE):
                    opening = "The " + form[len(_LEADING_THE) :]
                    if opening not in seen:
                        seen.add(opening)
                        surfaces.append(
                            Surface(opening, inst, case_sensitive=True, metonym=metonym)
                        )
            # The id is a key too, but suggestions show a name, never a slug.
            for form, shown in (*((f, f) for f in forms), (inst.id, inst.name)):
                key = lookup_key(form)
                bucket = index.setdefault(key, [])
                if inst not in bucket:
                    bucket.append(inst)
                names.setdefault(key, (shown, inst))
        for inst in items:
            missing = [r.target for r in inst.relations if r.target not in by_id]
            if missing:
                raise DataError(
                    source, inst.id, [f"relation target {t!r} is not an entry id" for t in missing]
                )
        set_ = object.__setattr__
        set_(self, "_institutions", items)
        set_(self, "_source", source)
        set_(self, "_by_id", MappingProxyType(by_id))
        set_(self, "_index", MappingProxyType({k: tuple(v) for k, v in index.items()}))
        set_(self, "_names", MappingProxyType(names))
        set_(self, "_surfaces", tuple(surfaces))

    @property
    def institutions(self) -> tuple[Institution, ...]:
        """Every entry, in file order."""
        return self._institutions

    @property
    def source(self) -> str:
        """Where the data came from (a file name, or what the caller said)."""
        return self._source

    def extended(self, data: Any, *, source: str = "<data>") -> Gazetteer:
        """A new gazetteer with this one's entries followed by those of ``data``.

        The new entries may point at this gazetteer's ids; they may not reuse
        its ids or names. This gazetteer is left unchanged.

        Raises:
            DataError: As :meth:`from_data`, for the new entries.

        >>> mine = default_gazetteer().extended(
        ...     [{"id": "acme", "name": "Acme Institute", "kind": "think_tank_or_research",
        ...       "relations": [{"kind": "part_of", "target": "ras"}]}], source="acme.json")
        >>> len(mine) == len(default_gazetteer()) + 1, mine.related("Acme Institute", "part_of")[0].acronym
        (True, 'RAS')
        """
        _raise_first(validate(data, source=source, base=self))
        entries = _entries(data) or []
        case_sensitive: dict[str, list[str]] = {}
        metonyms: dict[str, list[str]] = {}
        for surface in self._surfaces:
            if surface.case_sensitive:
                case_sensitive.setdefault(surface.institution.id, []).append(surface.text)
            if surface.metonym:
                metonyms.setdefault(surface.institution.id, []).append(surface.text)
        for e in entries:
            case_sensitive[e["id"]] = list(e.get("case_sensitive") or ())
            metonyms[e["id"]] = list(e.get("metonyms") or ())
        return Gazetteer(
            (*self._institutions, *(_institution(e) for e in entries)),
            source=f"{self._source} + {source}",
            case_sensitive=case_sensitive,
            metonyms=metonyms,
        )

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Gazetteer is immutable; cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Gazetteer is immutable; cannot delete {name!r}")

    @classmethod
    def from_data(cls, data: Any, *, source: str = "<data>") -> Gazetteer:
        """A gazetteer from parsed JSON data, validated.

        Args:
            data: ``{"entries": [...]}`` or a bare list of entries (see docs/gazetteer.md).
            source: The file name to name in error messages.

        Raises:
            DataError: For the first malformed entry; every other bad entry is
                listed in the exception's notes (``__notes__``). Call
                :func:`~natorussia.validate_gazetteer` to get them all as a list.
        """
        _raise_first(validate(data, source=source))
        entries = _entries(data) or []
        return cls(
            (_institution(e) for e in entries),
            source=source,
            case_sensitive={e["id"]: tuple(e.get("case_sensitive") or ()) for e in entries},
            metonyms={e["id"]: tuple(e.get("metonyms") or ()) for e in entries},
        )

    @classmethod
    def from_file(cls, path: str | PathLike[str]) -> Gazetteer:
        """A gazetteer from a UTF-8 JSON file, validated.

        Raises:
            MissingFileError: ``path`` is not a file.
            DataError: The file is not JSON, or an entry is malformed.
        """
        file = Path(path)
        if not file.is_file():
            raise MissingFileError(path, "no such gazetteer file")
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            raise DataError(
                str(path),
                "<file>",
                [f"not UTF-8: byte 0x{e.object[e.start]:02x} at offset {e.start}"],
            ) from None
        except OSError as e:
            raise MissingFileError(path, f"cannot be read: {e.strerror or e}") from None
        return cls._from_text(text, str(path))

    @classmethod
    def _from_text(cls, text: str, source: str) -> Gazetteer:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise DataError(source, "<file>", [f"not valid JSON: {e}"]) from None
        return cls.from_data(data, source=source)

    def __iter__(self) -> Iterator[Institution]:
        return iter(self.institutions)

    def __len__(self) -> int:
        return len(self.institutions)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Institution):
            return self._by_id.get(item.id) == item
        if isinstance(item, str):
            return lookup_key(item) in self._index
        return False

    def __repr__(self) -> str:
        return f"<Gazetteer {self.source!r}: {len(self)} entries>"

    def get(self, name: str, default: Institution | None = None) -> Institution | None:
        """The entry ``name`` names (id, name, acronym or alias), else ``default``.

        Raises:
            Ambiguous: ``name`` names several entries (never in the bundled data).
        """
        found = self._index.get(lookup_key(name))
        if not found:
            return default
        if len(found) > 1:
            raise Ambiguous("institution", name, [i.name for i in found])
        return found[0]

    def lookup(self, name: str) -> Institution:
        """The entry ``name`` names.

        Raises:
            NotFound: Nothing matches; ``suggestions`` holds close names.
            Ambiguous: ``name`` names several entries.

        >>> try:
        ...     default_gazetteer().lookup("NATO-Rusia Council")
        ... except NotFound as e:
        ...     print(e.suggestions[0])
        NATO-Russia Council
        """
        found = self.get(name)
        if found is None:
            raise NotFound("institution", name, self.suggest(name))
        return found

    def suggest(self, name: str, n: int = 5) -> tuple[str, ...]:
        """Up to ``n`` known names close to ``name``, best first, one per entry.

        >>> default_gazetteer().suggest("Partnership for Piece")
        ('Partnership for Peace',)
        """
        close = difflib.get_close_matches(
            lookup_key(name), self._names.keys(), n=4 * n, cutoff=0.75
        )
        found: dict[str, str] = {}
        for key in close:
            shown, inst = self._names[key]
            found.setdefault(inst.id, shown)
        return tuple(found.values())[:n]

    def by_id(self, id: str) -> Institution:
        """The entry with this id.

        Raises:
            NotFound: No entry has this id.
        """
        try:
            return self._by_id[id]
        except KeyError:
            close = difflib.get_close_matches(id, self._by_id.keys(), n=5)
            raise NotFound("institution id", id, close) from None

    def related(self, inst: Institution | str, kind: str) -> tuple[Institution, ...]:
        """The entries ``inst`` points to with relations of ``kind``, in order.

        >>> [i.id for i in default_gazetteer().related("NRC", "predecessor")]
        ['permanent-joint-council']
        """
        entry = self.lookup(inst) if isinstance(inst, str) else inst
        return tuple(self._by_id[r.target] for r in entry.relations if r.kind == kind)

    def of_kind(self, kind: InstitutionKind | str) -> tuple[Institution, ...]:
        """The entries of one kind, in file order.

        Raises:
            ValueError: ``kind`` is not an :class:`InstitutionKind` value.

        >>> [i.id for i in default_gazetteer().of_kind("alliance")][:3]
        ['nato', 'csto', 'warsaw-pact']
        """
        wanted = InstitutionKind(kind)
        return tuple(i for i in self._institutions if i.kind is wanted)

    def referring_to(self, inst: Institution | str, kind: str) -> tuple[Institution, ...]:
        """The entries whose relations of ``kind`` point at ``inst``, in file order.

        The reverse of :meth:`related`:

        >>> [i.id for i in default_gazetteer().referring_to("Warsaw Pact", "member_of")][:3]
        ['hungary', 'poland', 'bulgaria']
        """
        entry = self.lookup(inst) if isinstance(inst, str) else inst
        return tuple(
            other
            for other in self._institutions
            if any(r.kind == kind and r.target == entry.id for r in other.relations)
        )

    def members(
        self, org: Institution | str, on: str | dt.date | FuzzyDate | None = None
    ) -> tuple[Institution, ...]:
        """The members of ``org`` as the gazetteer records them, optionally on a day.

        Members come from the organisation's ``member_joined`` facts and from
        ``member_of`` relations pointing at it; a ``member_left`` fact ends a
        membership. Only what the data records is counted (the Council of
        Europe, say, lists Russia alone).

        Args:
            org: The organisation, or a name of it.
            on: Count members on this day; a string or :class:`FuzzyDate` counts
                on its last day ("1999" = 31 December 1999). None: today's
                members. A member or organisation dissolved by then counts
                no more (West Germany's membership goes on as Germany's).

        >>> len(default_gazetteer().members("NATO", on="1999"))
        19
        >>> len(default_gazetteer().members("NATO", on="2024-03-06"))
        31
        >>> len(default_gazetteer().members("NATO", on="1990-10-02"))
        16
        >>> len(default_gazetteer().members("Warsaw Pact", on="1960"))
        8
        >>> default_gazetteer().members("Warsaw Pact")
        ()
        """
        entry = self.lookup(org) if isinstance(org, str) else org
        if on is None or isinstance(on, dt.date):
            day = on
        else:
            day = (parse_data_date(on) if isinstance(on, str) else on).latest
        joined: dict[str, dt.date] = {}
        left: dict[str, dt.date] = {}
        undated = dt.date.min
        for fact in entry.facts:
            member = fact.value
            if member is None or member not in self._by_id:
                continue
            when = fact.date.earliest if fact.date else undated
            if fact.predicate == "member_joined":
                joined[member] = min(when, joined.get(member, when))
            elif fact.predicate == "member_left":
                left[member] = when
        for other in self.referring_to(entry, "member_of"):
            for rel in other.relations:
                if rel.kind == "member_of" and rel.target == entry.id:
                    when = rel.date.earliest if rel.date else undated
                    joined[other.id] = min(when, joined.get(other.id, when))
        if self._ended(entry, day):
            return ()
        return tuple(
            self._by_id[member]
            for member, since in joined.items()
            if (day is None or since <= day)
            and not (member in left and (day is None or left[member] <= day))
            and not self._ended(self._by_id[member], day)
            and not self._represented(self._by_id[member], joined, day)
        )

    def _represented(
        self, inst: Institution, joined: Mapping[str, dt.date], day: dt.date | None
    ) -> bool:
        """Whether a still-existing predecessor of ``inst`` holds the membership.

        Germany joined NATO as West Germany: until West Germany ends, it is
        the member, not both.
        """
        return any(
            r.kind == "predecessor"
            and r.target in joined
            and not self._ended(self._by_id[r.target], day)
            for r in inst.relations
        )

    @staticmethod
    def _ended(inst: Institution, day: dt.date | None) -> bool:
        """Whether ``inst`` was dissolved on or before ``day`` (None: by now)."""
        return any(
            f.predicate == "dissolved"
            and (day is None or (f.date is not None and f.date.earliest <= day))
            for f in inst.facts
        )

    def aliases(self) -> dict[str, Institution]:
        """Every surface form, as written, mapped to its entry.

        Includes names, acronyms, aliases and metonyms. Use :meth:`surfaces`
        to learn which are case-sensitive.
        """
        return {s.text: s.institution for s in self._surfaces}

    def surfaces(self) -> tuple[Surface, ...]:
        """Every surface form with its matching rules, in file order."""
        return self._surfaces


_default: Gazetteer | None = None
_default_lock = threading.Lock()


def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once on first use (thread-safe).

    >>> default_gazetteer() is default_gazetteer()
    True
    """
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Gazetteer._from_text(
                    read_text(_DATA_FILE), f"natorussia/data/{_DATA_FILE}"
                )
    return _default
