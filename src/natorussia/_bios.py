"""Affiliations stated in prose: author bios and collective bylines.

An article often says who wrote it in a sentence rather than in a header
block: "Jane Roe is a senior fellow at the Example Institute", "From 2015 to
2018 he worked at the Example Centre, a think tank", "She has an MA in History
from Example University". :func:`read_bio` reads such a paragraph into one
:class:`~natorussia.model.Affiliation` per institution, in the order printed,
with the role the sentence gives ("senior fellow"), or the one its verb
implies ("staff", "alumnus"), marked "former" when it ended and followed by
the period printed ("staff (since 2019)").

A byline that names a collective ("EXAMPLE Staff", then a line of names)
makes each named author the outlet's staff: :func:`collective_role` says
which role such a line gives.

The vocabulary — verbs, role prepositions, the words that end an
institution's name — is data: the ``bios`` and ``collective_roles`` sections
of ``data/author_fields.json``, validated here.

>>> from natorussia.model import Author
>>> bio = read_bio(
...     "Jane Roe is a senior fellow at the Example Institute. "
...     "From 2010 to 2014 she worked at the Nordic Policy Centre, a think tank.",
...     [Author("Jane Roe")],
... )
>>> for affiliation in bio[0]:
...     print(affiliation.institution, "|", affiliation.role)
Example Institute | senior fellow
Nordic Policy Centre | former staff (from 2010 to 2014)
>>> collective_role("EXAMPLE Staff")
('staff', 'EXAMPLE')
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import attrs

from natorussia._resources import read_json
from natorussia._rules import author_fields
from natorussia.dates import find_dates
from natorussia.errors import DataError
from natorussia.model import Affiliation, Author

__all__ = ["BioFields", "bio_fields", "collective_role", "read_bio"]

_SOURCE = "author_fields.json"
_SHAPES = frozenset({"role", "place", "object", "degree"})


@attrs.frozen
class _Predicate:
    verb: str
    shape: str
    prepositions: tuple[str, ...]
    role: str | None
    past: bool


@attrs.frozen
class BioFields:
    """The vocabulary of bio sentences and collective bylines, validated."""

    subjects: tuple[str, ...]
    skip_words: tuple[str, ...]
    former_words: tuple[str, ...]
    role_prepositions: tuple[str, ...]
    name_stops: frozenset[str]
    name_connectors: frozenset[str]
    non_roles: frozenset[str]
    period_words: frozenset[str]
    predicates: Mapping[str, _Predicate] = attrs.field(eq=False, hash=False)
    verbs: re.Pattern[str] = attrs.field(eq=False, hash=False)
    collective_roles: Mapping[str, str] = attrs.field(eq=False, hash=False)


def _words(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise DataError(_SOURCE, f"bios.{key}", ["must be a list of non-empty strings"])
    return tuple(w.casefold() for w in value)


def _alternation(phrases: Sequence[str], between: str = "") -> str:
    """A regex alternation of phrases, longest first; ``between`` may stand between their words."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    join = rf"(?:\s+(?:{between}))?\s+" if between else r"\s+"
    return "|".join(join.join(re.escape(w) for w in p.split()) for p in ordered)


@cache
def bio_fields() -> BioFields:
    """The ``bios`` and ``collective_roles`` sections of ``author_fields.json``, validated."""
    data = read_json(_SOURCE)
    bios = data.get("bios") if isinstance(data, dict) else None
    if not isinstance(bios, dict):
        raise DataError(_SOURCE, "bios", ["missing, or not an object"])
    predicates: dict[str, _Predicate] = {}
    raw_predicates = bios.get("predicates")
    if not isinstance(raw_predicates, list) or not raw_predicates:
        raise DataError(_SOURCE, "bios.predicates", ["must be a non-empty list"])
    for index, raw in enumerate(raw_predicates):
        entry = f"bios.predicates[{index}]"
        problems = []
        if not isinstance(raw, dict):
            raise DataError(_SOURCE, entry, ["must be an object"])
        verbs = raw.get("verbs")
        if not isinstance(verbs, list) or not verbs or not all(isinstance(v, str) for v in verbs):
            problems.append("'verbs' must be a non-empty list of strings")
        if raw.get("shape") not in _SHAPES:
            problems.append(f"'shape' must be one of {sorted(_SHAPES)}")
        prepositions = raw.get("prepositions", [])
        if not isinstance(prepositions, list) or not all(isinstance(p, str) for p in prepositions):
            problems.append("'prepositions' must be a list of strings")
        elif raw.get("shape") == "place" and not prepositions:
            problems.append("a 'place' predicate needs 'prepositions'")
        if raw.get("role") is not None and not isinstance(raw.get("role"), str):
            problems.append("'role' must be a string")
        if not isinstance(raw.get("past", False), bool):
            problems.append("'past' must be true or false")
        if problems:
            raise DataError(_SOURCE, entry, problems)
        for verb in verbs or ():
            key = " ".join(verb.casefold().split())
            if key in predicates:
                raise DataError(_SOURCE, entry, [f"verb {verb!r} is given twice"])
            predicates[key] = _Predicate(
                key,
                raw["shape"],
                tuple(p.casefold() for p in prepositions),
                raw.get("role"),
                raw.get("past", False),
            )
    collective = data.get("collective_roles", {})
    if not isinstance(collective, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in collective.items()
    ):
        raise DataError(_SOURCE, "collective_roles", ["must map words to roles"])
    return BioFields(
        subjects=_words(bios, "subjects"),
        skip_words=_words(bios, "skip_words"),
        former_words=_words(bios, "former_words"),
        role_prepositions=_words(bios, "role_prepositions"),
        name_stops=frozenset(_words(bios, "name_stops")),
        name_connectors=frozenset(_words(bios, "name_connectors")),
        non_roles=frozenset(_words(bios, "non_roles")),
        period_words=frozenset(_words(bios, "period_words")),
        predicates=predicates,
        # "now also works": a skip word may stand inside a verb phrase.
        verbs=re.compile(
            rf"(?:{_alternation(list(predicates), _alternation(_words(bios, 'skip_words')))})\b",
            re.IGNORECASE,
        ),
        collective_roles={k.casefold(): v for k, v in collective.items() if k != "_doc"},
    )


# --- collective bylines ------------------------------------------------------------------------

_BY = re.compile(r"(?:by|written by)\s+(?:the\s+)?", re.IGNORECASE)


def collective_role(text: str) -> tuple[str, str] | None:
    """The role and the named body of a collective byline ("EXAMPLE Staff"), else ``None``.

    The line is the collective alone ("Example Weekly Staff") or a byline
    that opens with it ("by EXAMPLE Staff March 3, 2019 from ..."). The named
    body is what precedes the collective word ("" for "The Editorial Board").

    >>> collective_role("by Example Weekly Staff May 2, 2020")
    ('staff', 'Example Weekly')
    >>> collective_role("Moscow Correspondents")
    ('correspondent', 'Moscow')
    >>> print(collective_role("Jane Roe and John Doe"))
    None
    """
    fields = author_fields()
    by = _BY.match(text)
    tokens = text[by.end() if by else 0 :].split()[:6]
    if not by and len(tokens) != len(text.split()):
        return None  # a collective line is short: "Staff" is its last word or near it
    for position, token in enumerate(tokens):
        word = token.casefold().strip(".,;:")
        if word in fields.collective_words:
            if not by and position < len(tokens) - 2:
                return None
            named = " ".join(t for t in tokens[:position] if t.casefold() not in {"the", "our"})
            return bio_fields().collective_roles.get(word, "staff"), named
    return None


# --- bios ------------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?]['\"”’)]*\s+(?=['\"“‘(]?[A-Z])")
_ARTICLE = re.compile(r"(?:a|an|the|his|her|their)\s+", re.IGNORECASE)
_TOKEN = re.compile(r"\S+")
_CLAUSE_JOIN = re.compile(r"\s*[,;]?\s*(?:(?:and|as well as|while)\s+)?(?:also\s+)?", re.IGNORECASE)
_NEXT_CLAUSE = re.compile(r"[,;]\s|\s(?:and|while)\s", re.IGNORECASE)
_AS_ROLE = re.compile(
    r"\bas\s+(?:(?:a|an|the|its|their)\s+)?(?P<role>[^,;.()]{2,60})", re.IGNORECASE
)
_PARENTHESIS = re.compile(r"\((?P<inner>[^()]{2,80})\)")
_MAX_BIO = 900


def _sentences(text: str) -> list[str]:
    """The sentences of a short paragraph; "U.S." and initials do not end one."""
    out: list[str] = []
    start = 0
    for found in _SENTENCE_END.finditer(text):
        before = text[start : found.start()].split()
        last = before[-1] if before else ""
        if len(last.rstrip(".")) <= 2 and last[:1].isupper():
            continue  # "J." or "U.S." : an initial or an abbreviation
        out.append(text[start : found.start() + 1])
        start = found.end()
    out.append(text[start:])
    return [s.strip() for s in out if s.strip()]


def _without_period(sentence: str, fields: BioFields) -> tuple[str, str | None, int]:
    """The sentence with its first dated period taken out, that period as printed, and
    where it stood in the returned text (0 when it opened the sentence)."""
    for match in find_dates(sentence):
        if match.date is None or match.relative:
            continue
        start, end = match.span
        period = sentence[start:end]
        head = sentence[:start].rstrip()
        last = head.rsplit(None, 1)[-1] if head else ""
        if last.casefold() in fields.period_words:  # "in" of "in 2015" stays with its date
            head = head[: len(head) - len(last)].rstrip()
            period = f"{last} {period}"
        first, _, rest = period.partition(" ")
        if rest and first.casefold() in fields.period_words:
            period = f"{first.casefold()} {rest}"
        tail = sentence[end:]
        head = " ".join(head.split())
        joined = f"{head} {' '.join(tail.lstrip(' ,').split())}" if head else tail.lstrip(" ,")
        return " ".join(joined.split()), period, len(head)
    return sentence, None, 0


def _capitalised(token: str) -> bool:
    return token[:1].isupper() or token[:1] == "&"


def _institution(text: str, fields: BioFields) -> tuple[str, int]:
    """The capitalised name that opens ``text`` ("the Example Institute, a ..."), and where it ends."""
    tokens = list(_TOKEN.finditer(text))
    words: list[re.Match[str]] = []
    end = 0
    position = 0
    while position < len(tokens):
        token = tokens[position]
        raw = token.group()
        if raw.startswith("("):
            break
        word = raw.rstrip(".,;:)”\"’'")
        low = word.casefold()
        following = tokens[position + 1].group() if position + 1 < len(tokens) else ""
        if word and _capitalised(word):
            words.append(token)
            end = token.start() + len(word)
        elif not words and low == "the":
            pass
        elif low in fields.name_connectors and words and word == raw:
            after = following
            if after.casefold() == "the" and position + 2 < len(tokens):
                after = tokens[position + 2].group()
            if not _capitalised(after):
                break
            words.append(token)
        elif low in fields.name_stops or word != raw:
            break
        else:
            # "the relief group Example Aid", "the think tank Example House": a description
            # of lower-case words before the name is left out.
            ahead = position + 1
            while (
                ahead < len(tokens)
                and ahead - position <= 3
                and not _capitalised(tokens[ahead].group())
                and tokens[ahead].group().casefold() not in fields.name_stops
                and tokens[ahead].group().isalpha()
            ):
                ahead += 1
            if (
                ahead >= len(tokens)
                or not _capitalised(tokens[ahead].group())
                or ahead - position > 3
            ):
                break
            words = []
            position = ahead
            continue
        if word != raw and words:
            break  # the name ends at its punctuation
        position += 1
    while words and not _capitalised(words[-1].group()):
        words.pop()
    if not words:
        return "", 0
    begin = words[0].start()
    return text[begin:end], end


def _role_ok(role: str, fields: BioFields) -> bool:
    low = role.casefold()
    tokens = low.split()
    if not tokens or len(tokens) > 10 or low in fields.non_roles or tokens[0] in fields.non_roles:
        return False
    return any(t.strip(",") in author_fields().role_words for t in tokens)


def _unit(rest: str) -> str | None:
    """A unit in a parenthesis after the name: "(Department of Defence Policy)"."""
    clause = re.split(r"[;.]|,\s*(?:and\s+)?(?:a|an|the)\s", rest, maxsplit=1)[0]
    found = _PARENTHESIS.search(clause)
    if found is None:
        return None
    inner = found["inner"].strip()
    units = author_fields().unit_words
    return inner if any(w.casefold().strip(",") in units for w in inner.split()) else None


class _Reader:
    """Reads the clauses of one bio sentence after its subject."""

    def __init__(self, fields: BioFields, past: bool) -> None:
        self.fields = fields
        self.past = past
        self.found: list[Affiliation] = []

    def add(self, institution: str, role: str | None, past: bool, unit: str | None) -> None:
        if not institution:
            return
        if role and (past or self.past) and not role.casefold().startswith("former"):
            role = f"former {role}"
        if role and unit:
            role = f"{role}, {unit}"
        self.found.append(Affiliation(institution, role or None))

    def role_clause(self, text: str, past: bool) -> str | None:
        """ "a senior fellow at X": returns what follows X, or None if no clause."""
        article = _ARTICLE.match(text)
        body = text[article.end() :] if article else text
        preps = _alternation(self.fields.role_prepositions)
        # The name may follow a description ("an adviser at the think tank Example House").
        for found in re.finditer(rf"\s(?:{preps})\s+(?=\S)", body):
            role = body[: found.start()].strip(" ,")
            if not _role_ok(role, self.fields) or re.search(
                r"[,;()]|\b(?:who|which|that|where|whose)\b", role
            ):
                continue
            name, end = _institution(body[found.end() :], self.fields)
            if not name:
                continue
            rest = body[found.end() + end :]
            further = re.match(r"\s*,?\s*at\s+(?=(?:the\s+)?[A-Z])", rest)
            if further is not None:  # "director of the Y Programme at Z": the role's unit
                outer, outer_end = _institution(rest[further.end() :], self.fields)
                if outer:
                    role = f"{role} {found.group().strip()} {body[found.end() :][:end].strip()}"
                    name, rest = outer, rest[further.end() + outer_end :]
            self.add(name, role, past, _unit(rest))
            return rest
        return None

    def clause(self, text: str) -> str | None:
        """One predicate and its institution; returns the text after it."""
        verb = self.fields.verbs.match(text)
        if verb is None:
            return None
        words = verb.group().casefold().split()
        skipped = [w for w in words if w not in self.fields.skip_words]
        predicate = (
            self.fields.predicates.get(" ".join(words)) or self.fields.predicates[" ".join(skipped)]
        )
        rest = text[verb.end() :].lstrip()
        if predicate.shape == "role":
            return self.role_clause(rest, predicate.past)
        if predicate.shape == "degree":
            article = _ARTICLE.match(rest)
            body = rest[article.end() :] if article else rest
            found = re.search(r"\s(?:from|at)\s+(?=(?:the\s+)?[A-Z])", body)
            if found is None:
                return None
            degree = body[: found.start()].strip()
            if not any(p.fullmatch(degree) for p in author_fields().degrees):
                return None
            name, end = _institution(body[found.end() :], self.fields)
            self.add(
                name,
                f"{predicate.role}, {degree}" if predicate.role else degree,
                predicate.past,
                None,
            )
            return body[found.end() + end :] if name else None
        if predicate.shape == "place":
            preps = _alternation(predicate.prepositions)
            found = re.match(rf"(?:{preps})\s+", rest, re.IGNORECASE)
            if found is None:
                return None
            rest = rest[found.end() :]
        name, end = _institution(rest, self.fields)
        if not name:
            return None
        after = rest[end:]
        role: str | None = predicate.role
        as_role = _AS_ROLE.match(after.lstrip(" ,"))
        if as_role is not None and _role_ok(as_role["role"].strip(), self.fields):
            role = as_role["role"].strip()
        self.add(name, role, predicate.past, _unit(after))
        return after

    def read(self, text: str, period: str | None = None, where: int = 0) -> None:
        """Read the clauses of ``text``; a clause that states no affiliation is passed over
        to the next one that opens with "and", "while" or a comma ("was ambassador to X
        and now chairs Y"). The ``period`` taken out of the sentence at ``where`` goes
        with the clause it stood in, or with every clause when it opened the sentence."""
        rest = text
        first = True
        clauses: list[tuple[int, int, int]] = []  # start, first and end affiliation
        while rest.strip():
            if not first:
                join = _CLAUSE_JOIN.match(rest)
                rest, _ = _skip(rest[join.end() :] if join else rest, self.fields)
            start, count = len(text) - len(rest), len(self.found)
            after = self.clause(rest)
            if after is None and not first:
                after = self.role_clause(rest, False)  # "... and director of Z"
            first = False
            if len(self.found) > count:
                clauses.append((start, count, len(self.found)))
            if after is None:
                following = _NEXT_CLAUSE.search(rest, 1)
                if following is None:
                    break
                after = rest[following.start() :]
            rest = after
        if not period:
            return
        chosen = [c for c in clauses if where == 0 or c[0] <= where]
        for _, begin, end in chosen if where == 0 else chosen[-1:]:
            self.found[begin:end] = [
                attrs.evolve(a, role=f"{a.role} ({period})" if a.role else period)
                for a in self.found[begin:end]
            ]


def _subject(
    sentence: str, names: Sequence[tuple[int, str]], fields: BioFields
) -> tuple[int | None, str] | None:
    """Who a sentence is about (an author's index, or None for a pronoun) and the rest."""
    for index, name in names:
        if sentence.startswith(name) and not sentence[len(name) : len(name) + 1].isalnum():
            return index, sentence[len(name) :].lstrip(" ,")
    low = sentence.casefold()
    for subject in fields.subjects:
        if low.startswith(subject) and not low[len(subject) : len(subject) + 1].isalnum():
            return None, sentence[len(subject) :].lstrip(" ,")
    return None


def _skip(text: str, fields: BioFields) -> tuple[str, bool]:
    """Read over "also", "currently", and "previously" (which makes the clause past)."""
    past = False
    changed = True
    while changed:
        changed = False
        low = text.casefold()
        for word in (*fields.skip_words, *fields.former_words):
            if low.startswith((word + " ", word + ",")):
                text = text[len(word) :].lstrip(" ,")
                past = past or word in fields.former_words
                changed = True
                break
    return text, past


def _names(authors: Sequence[Author]) -> list[tuple[int, str]]:
    """The forms a bio names an author by: the full name, then given name and surname, then surname."""
    forms: list[tuple[int, str]] = []
    for index, author in enumerate(authors):
        tokens = author.name.split()
        candidates = [author.name]
        if len(tokens) > 2:
            candidates.append(f"{tokens[0]} {tokens[-1]}")
        if len(tokens) >= 2:
            candidates.append(tokens[-1])
        forms.extend((index, c) for c in candidates)
    return sorted(forms, key=lambda f: -len(f[1]))


def opens_bio(paragraph: str, authors: Sequence[Author]) -> int | None:
    """The index of the author a paragraph opens by naming, with a bio verb after the name."""
    if not authors or len(paragraph) > _MAX_BIO:
        return None
    fields = bio_fields()
    first = _sentences(paragraph)[0] if paragraph.strip() else ""
    subject = _subject(first, _names(authors), fields)
    if subject is None:
        return None
    index, rest = subject
    if index is None:
        if len(authors) != 1 or first.casefold().startswith(("he ", "she ", "they ")):
            return None  # "The author ..." names the only author; a pronoun names no one yet
        index = 0
    rest, _ = _skip(rest, fields)
    return index if fields.verbs.match(rest) else None


def read_bio(paragraph: str, authors: Sequence[Author]) -> dict[int, list[Affiliation]] | None:
    """The affiliations a bio paragraph gives each author (by index), or ``None`` if it is no bio.

    A bio opens with an author's name (or "The author" for a single author)
    and a verb of the ``bios`` vocabulary; each later sentence is about the
    author it names or, with a pronoun, the author last named.
    """
    first = opens_bio(paragraph, authors)
    if first is None:
        return None
    fields = bio_fields()
    names = _names(authors)
    found: dict[int, list[Affiliation]] = {first: []}
    current = first
    for sentence in _sentences(paragraph):
        text, period, where = _without_period(sentence, fields)
        lead, early = _skip(text, fields)  # "Previously, she ...", "Today he ..."
        subject = _subject(lead, names, fields)
        if subject is None:
            continue
        index, rest = subject
        current = current if index is None else index
        rest, past = _skip(rest, fields)
        past = past or early
        reader = _Reader(fields, past)
        reader.read(rest, period, max(0, where - (len(text) - len(rest))))
        found.setdefault(current, []).extend(reader.found)
    return found
