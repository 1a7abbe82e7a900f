"""Institutions and persons in a document: gazetteer matching, recognition, linking.

:func:`find_mentions` finds, inside the given regions of a document,

1. every surface form of a gazetteer entry ("NATO", "the Alliance",
   "Moscow"), matched with two Aho-Corasick automata built once: one for
   all-capitals forms, matched with their case ("NATO" but not "nato"), one
   for the rest, matched over case- and accent-folded text;
2. institutions the gazetteer does not know: a capitalised name defined with
   its acronym ("the Baltic Defence Research Council (BDRC)", later "BDRC"),
   and capitalised phrases headed by an organisation word ("Valdai Discussion
   Club", "Ministry of Foreign Affairs of the Russian Federation"), with a
   kind guessed from the head word (``data/org_heads.json``), and bodies
   known by their shape alone (:mod:`natorussia._mentions.shapes`);
3. "the Council", "the organization": a head word after "the" links to the
   one institution with that head mentioned before in the document, or to
   the one of several that the text keeps naming, else to nothing;
4. persons: two to four capitalised words opened by a given name of the
   curated or the broad international list ("Sergei Lavrov", "Ingeborg
   Solvang", "Jaap de Hoop Scheffer"), introduced by a title ("President
   Yanukovych", "Général …"), next to a verb of saying ("…, said Ostap
   Vyshnia"), written as a cited author ("Kaplan, Lawrence S. (2013)"), or a
   transcript's speaker label; the title before the name, or an appositive
   after it ("Ivan Soltanovsky, the Director of …"), is kept as the role as
   written. Later mentions by surname ("Lavrov", "Putin's") or title ("the
   chancellor") link to the person in the same document; well-known persons
   (``known_persons.json``) link by surname alone, told apart by the dates of
   their offices ("Bush" of 1991 is George H. W. Bush).

Overlapping candidates are resolved longest first, so "NATO-Russia Council"
wins over "NATO" and "Russia". A titled name is every form it goes by: one
mention covers the name with the title written right before it ("President
Putin", "Russian Foreign Minister Sergey Lavrov", "NATO spokesperson Oana
Lungescu") — from after the last possessive in the title ("Russia's Foreign
Minister Lavrov" leaves "Russia's" to Russia) and never over a possessive
"'s" after it — and a second, nested one the name alone ("Putin", "Oana
Lungescu"). An institution named in the title keeps its own mention inside
the person's ("NATO"). These are the only mentions that overlap.

:func:`merge_across_documents` merges persons whose ids agree (ids fold
accents and given-name transliterations: "Sergey"/"Sergei" → ``sergei-…``),
persons named by surname alone into the one full name with that surname,
and recognised institutions with the same name.

>>> text = "Russian Foreign Minister Sergey Lavrov met NATO officials. Lavrov's aide spoke."
>>> for m in find_mentions(text, [(0, len(text))], document_id="d"):
...     print(m.span, m.surface, m.entity.id)
(0, 38) Russian Foreign Minister Sergey Lavrov sergei-lavrov
(25, 38) Sergey Lavrov sergei-lavrov
(43, 47) NATO nato
(59, 65) Lavrov sergei-lavrov
>>> find_mentions(text, [(0, len(text))], document_id="d")[0].entity.roles
('Russian Foreign Minister',)
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final, NamedTuple

import ahocorasick
import attrs

from natorussia._entity_data import KnownPerson, Lexicon, combining_forms, demonyms, lexicon
from natorussia._mentions import shapes
from natorussia._mentions.gazetteer_match import _get_matcher, _Matcher
from natorussia._mentions.lexicon_views import (
    _CALENDAR,
    _INITIAL,
    _known_by_last,
    _known_by_last_word,
    _known_given,
    _known_last_words,
    _lower_role_re,
    _lower_title_last,
    _lower_title_set,
    _not_given,
    _person_triggers,
    _the_head_re,
    _title_starts,
)
from natorussia._mentions.merge import merge_across_documents
from natorussia._mentions.names import (
    _add_unique,
    _fits,
    _head_key,
    _name_head,
    _near_fit,
    surname_key,
)
from natorussia._text import fold, slug, strip_accents, words_pattern
from natorussia.knowledge import Gazetteer, lookup_key
from natorussia.model import (
    Affiliation,
    Author,
    Entity,
    Institution,
    InstitutionKind,
    Mention,
    Person,
    Span,
)

__all__ = [
    "chrome_lines",
    "find_mentions",
    "link_affiliations",
    "merge_across_documents",
    "surname_key",
]

# --- runs of capitalised words ---------------------------------------------

_UPPER: Final = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_U: Final = f"[{_UPPER}]"
# A capitalised word: "NATO-Russia", "O'Brien", "Strasbourg/Kehl", a dotted acronym
# "U.S.", an initial "M." before another capitalised word, "Dr.". Every branch
# opens with a capital, so the regex engine skips ahead to capitals quickly; the
# check that a run does not start inside a word is done in Python.
_CAPW: Final = (
    rf"{_U}(?:(?:\.{_U})+\.|\.(?=[ \u00a0]{_U})|(?<=[DMS])(?:rs?|s|t)\.(?=[ \u00a0])"
    rf"|(?:[^\W_]+|[\-/]|&(?={_U}))*(?:['\u2019](?!s\b)\w+)*)"
)
_CONN: Final = (
    r"(?:of|for|and|&|against|on|in|to|between|de|da|di|du|del|la|le|van|von|der|den|bin|al)"
)
# Words of a name are separated by spaces, or by one line break of hard-wrapped text
# (checked in Python: the line before must be long, not a heading).
_SEP: Final = r"(?:[ \u00a0]+|[ \u00a0]*\n(?!\n)[ \u00a0]*)"
_WRAP_MIN: Final = 50
_RUN = re.compile(rf"{_CAPW}(?:{_SEP}(?:(?:{_CONN}{_SEP}){{1,2}}(?:(?:the|a){_SEP})?)?{_CAPW})*")
# A branch of service in brackets after a force's name: "Mobile Force (Land)".
_BRANCH_AFTER = re.compile(r"[ \u00a0]\((?:Land|Sea|Air|Maritime|Naval|Army|Ground)\)")
_PARTICLES: Final = frozenset(
    {"de", "da", "di", "du", "del", "la", "le", "van", "von", "der", "den", "bin", "al"}
)
_ACRONYM = re.compile(r"[ \u00a0]*\(((?:[A-Z][A-Za-z&]{0,3}){1,3}[A-Z]?)\)")
_APPOSITIVE = re.compile(r",[ \u00a0]+(?:(?:the|then|former|a)[ \u00a0]+|then-)?")
# An appositive role: ", the Director", ", Norway's prime minister", ", NATO's new chief".
_APPOSITIVE_ROLE = re.compile(
    r",[ \u00a0]+(?:(?:the|a|an)[ \u00a0]+)?"
    r"((?:(?:then|former)[ \u00a0]+|then-)?(?:[\w.]+['\u2019]s[ \u00a0]+)?"
    r"(?:(?:new|current|outgoing|incoming|acting|then|former)[ \u00a0]+)?)"
    r"((?:[\w-]+[ \u00a0]?){1,4})"
)
# Between an appositive's comma and its title: "NATO's new ", "Russia's outgoing ".
_GAP_BEFORE_TITLE = re.compile(
    r"\S+['\u2019]s[ \u00a0]+(?:(?:new|current|outgoing|incoming|acting|then|former|long-time)"
    r"[ \u00a0]+)?"
)
# "[2] Lukyanov, F. “Title,”", "3. Smith, John (2019)": surname, given name or
# initials, then a quotation mark or a year.
# Patterns read at the start of a line are written for the line's start, and
# compiled twice: for the text's start and after each line break, which the engine
# skips to in C ("^" with re.MULTILINE is tried at every position).
_INVERTED_LINE: Final = (
    rf"[ \t]*(?:[-*\u2022][ \t]+)*(?:\[[ivxlcdm\d]+\][ \t]*|\(?\d{{1,3}}[.)][ \t]*)?"
    rf"({_U}[a-z\u00df-\u024f'\u2019-]+),"
    rf"[ \u00a0]+((?:{_U}\.[ \u00a0]?){{1,3}}|{_U}[a-z\u00df-\u024f-]+(?:[ \u00a0]{_U}\.)*)"
    rf"(?=[ ,.]*(?:[\u201c\"]|\([^()\n]{{0,20}}\d{{4}}|\d{{4}}|and[ \u00a0]+{_U}|eds?\.))"
)
_INVERTED = (re.compile(_INVERTED_LINE), re.compile("\n" + _INVERTED_LINE))
_INITIALS = re.compile(rf"(?:{_U}\.[ \u00a0]?){{1,3}}")
_ENDNOTE_LABEL = re.compile(r"\s*(?:\[[ivxlcdm\d]+\]|\(?\d{1,3}[.)])?\s*\Z", re.IGNORECASE)
_QUOTE_AFTER = re.compile(r",[ \u00a0]*[\u201c\"]")
_ATTRIBUTIVE_ENDINGS: Final = ("-based", "-led", "-backed", "-funded", "-owned")

# The most words a name may hold before its head word ("Norwegian Institute", "Centre for
# … Studies" is after it): a run of capitalised words thousands long stays linear.
_MAX_WORDS_BEFORE_HEAD: Final = 12
# Lower-case words that qualify a lower-case title: "EU foreign policy chief".
_ROLE_MODIFIERS: Final = frozenset(
    {"foreign", "policy", "defence", "defense", "security", "intelligence", "military", "top"}
)
_PREPOSITIONS: Final = frozenset({"In", "in", "At", "at", "From", "from", "To", "to", "By", "by"})
_PREPOSITION_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Tt]o|[Bb]y)[ \u00a0]+\Z")
_ADJECTIVE_ENDINGS: Final = ("ic", "ian", "an", "al", "ese", "ish")
_LOWER_AFTER = re.compile(r"[ \u00a0]+[a-z]")
_NUMBER_AFTER = re.compile(r"\u00a0\d{1,3}(?![\d,.]\d)")
_WORD_BEFORE = re.compile(r"(\S+)[ \u00a0]+\Z")
_OF_AFTER = re.compile(r"[ \u00a0]+(?:of|for|on)\b")
_URL = re.compile(r"(?:https?://|www\.)\S+|@[\w-]+(?:\.[\w-]+)+")
# Punctuation that may stand around a word in running text.
_PUNCTUATION: Final = "()[]{}.,;:?!\"'\u201c\u201d\u2018\u2019\u00ab\u00bb*_"
_YEAR = re.compile(r"(1[6-9]\d\d|20\d\d)(?!\d)")
# Verbs of saying right after a name, and "according to" / "said" right before it.
_SPEECH_AFTER = re.compile(
    r"[ \u00a0]+(?:said|says|told|tells|wrote|writes|argued|argues|added|noted|warned|"
    r"explained|insisted|claimed|stated|recalled|replied|asked)\b"
)
_SPEECH_BEFORE = re.compile(r"(?:\b[Aa]ccording[ \u00a0]+to|\bsaid|\bwrote|\bsays)[ \u00a0]+\Z")
# A speaker label in capitals at the start of a line: "ILONA FARKASOVA:", "MR. LIND:".
_SPEAKER_LINE: Final = r"[ \t]*((?:[A-Z][A-Z'\u2019.-]*[ \u00a0]+){1,2}[A-Z][A-Z'\u2019-]+)[ \t]*:"
_SPEAKER = (re.compile(_SPEAKER_LINE), re.compile("\n" + _SPEAKER_LINE))
_OPERATION_BEFORE = re.compile(r"\b[Oo]perations?[ \u00a0]+[_*\u201c\"]?\Z")


# --- candidates -------------------------------------------------------------


@attrs.define
class _PersonDraft:
    """What one document says about one person."""

    key: str
    name: str
    words: int
    aliases: list[str] = attrs.Factory(list)
    roles: list[str] = attrs.Factory(list)


@attrs.define
class _InstDraft:
    """A recognised institution of one document."""

    key: str
    name: str
    kind: InstitutionKind
    acronym: str | None = None
    aliases: list[str] = attrs.Factory(list)


class _Cand(NamedTuple):
    """A candidate mention: a span and what it refers to ('g' gazetteer, 'i', 'p')."""

    start: int
    end: int
    kind: str
    key: str


def _iter_in(
    automaton: ahocorasick.Automaton, text: str, start: int, end: int
) -> Iterator[tuple[int, Any]]:
    """``automaton.iter(text, start, end)``, in time proportional to ``end - start``.

    pyahocorasick's own bounds still convert the whole string on each call,
    which made one long document with many regions cost quadratic time; a
    slice costs only the region. Offsets are into ``text``.
    """
    for last, value in automaton.iter(text[start:end]):
        yield start + last, value


def _disjoint(regions: Sequence[Span]) -> bool:
    """Whether sorted ``regions`` do not overlap (an empty one holds no match either way)."""
    return all(a[1] <= b[0] for a, b in itertools.pairwise(regions))


def _iter_regions(
    automaton: ahocorasick.Automaton, text: str, regions: Sequence[Span], disjoint: bool
) -> Iterator[tuple[int, Any, int]]:
    """``(last, value, region index)`` of every match of ``automaton`` that ends inside
    one of the sorted ``regions`` and does not start before it, in the order
    :func:`_iter_in` finds them region after region.

    Disjoint regions are matched in one pass over the whole text (a pass per
    region pays a slice and a call each, and documents have a hundred regions).
    """
    if not disjoint:
        for r, (start, end) in enumerate(regions):
            for last, value in _iter_in(automaton, text, start, end):
                yield last, value, r
        return
    # Matches come in the order of their ends: the region is followed along, not searched.
    r, count = 0, len(regions)
    for last, value in automaton.iter(text):
        while r < count and regions[r][1] <= last:
            r += 1
        if r == count:
            return
        if regions[r][0] <= last:
            yield last, value, r


class _Doc:
    """The state of one :func:`find_mentions` call."""

    def __init__(
        self,
        text: str,
        regions: Sequence[Span],
        matcher: _Matcher,
        lex: Lexicon,
        chrome: Sequence[Span] = (),
    ):
        self.text = text
        body = sorted((max(0, s), min(len(text), e)) for s, e in regions if e > s)
        # Persons are looked for in the body's regions; institutions also in the
        # page chrome (lists of links, captions, credits, source lines).
        self.person_regions = body
        self.chrome = sorted((max(0, s), min(len(text), e)) for s, e in chrome if e > s)
        self.regions = sorted([*body, *self.chrome]) if self.chrome else body
        self.disjoint = _disjoint(self.regions)
        self.persons_disjoint = _disjoint(body)
        self._chrome_starts = [s for s, _ in self.chrome]
        self.m = matcher
        self.lex = lex
        self.cands: list[_Cand] = []
        self.gaz: dict[str, Institution] = {}
        self.insts: dict[str, _InstDraft] = {}
        self.persons: dict[str, _PersonDraft] = {}
        self.acronyms: dict[str, tuple[str, str]] = {}  # acronym -> (kind, key)
        # surname (folded last word) -> [(position, person key)]
        self.surnames: dict[str, list[tuple[int, str]]] = {}
        self.short: list[tuple[int, int, str, str | None]] = []  # bare names after a title
        self.pending_roles: list[tuple[int, str]] = []  # (end of name, appositive role)
        self.lower_last = _lower_title_last(lex)
        self._lower_words: frozenset[str] | None = None
        self._searched = 0  # questions common_word answered by a search of the text
        self._years: list[tuple[int, int]] | None = None
        self._named_apart: dict[str, bool] = {}
        self.sites: set[tuple[int, int]] = set()  # host names of web addresses
        # "the Obama administration": names that may hold a person's name, which
        # keeps its own mention nested inside the body's
        self.leader_named: list[tuple[int, int]] = []
        self.title_from: dict[int, int] = {}  # start of a name -> start of its title
        # a titled mention's span -> (start of the whole title, start of the name)
        self.titled: dict[tuple[int, int], tuple[int, int]] = {}

    def in_chrome(self, at: int) -> bool:
        """Whether the position ``at`` lies in a span of the page chrome."""
        i = bisect.bisect_right(self._chrome_starts, at) - 1
        return i >= 0 and at < self.chrome[i][1]

    # gazetteer ---------------------------------------------------------------
    def match_gazetteer(self) -> None:
        text = self.text
        lower = text.lower()
        if len(lower) != len(text):  # "İ" lowercases to two characters
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        cased = text
        joined: _Joined | None = None
        if "\n" in text:
            # A name broken across the lines of hard-wrapped text ("European\nCommission",
            # "Republic \nof Korea") matches as if written on one line: each line break
            # with the blanks around it is read as one space.
            if " \n" in text or "\n " in text or "\u00a0\n" in text or "\n\u00a0" in text:
                joined = _Joined(text)
                cased, lower = joined.join(text), joined.join(lower)
            else:  # offsets are unchanged
                cased, lower = text.replace("\n", " "), lower.replace("\n", " ")
        regions = self.regions
        if joined is not None:
            regions = [(joined.to_joined(s), joined.to_joined(e)) for s, e in regions]
        disjoint = self.disjoint and _disjoint(regions)
        gaz, cands, heads, size = self.gaz, self.cands, self.lex.heads, len(cased)
        for automaton, hay in ((self.m.cased, cased), (self.m.folded, lower)):
            if len(automaton) == 0:
                continue
            for last, (length, inst, metonym), r in _iter_regions(
                automaton, hay, regions, disjoint
            ):
                s, e = last - length + 1, last + 1
                if s < regions[r][0] or (s > 0 and hay[s - 1].isalnum()):
                    continue
                if e < size and hay[e].isalnum():
                    # "Membership Action Plans": the plural of a name with a head word
                    if not (
                        hay[e] == "s"
                        and (e + 1 == size or not hay[e + 1].isalnum())
                        and cased[s:e].rsplit(" ", 1)[-1] in heads
                    ):
                        continue
                    e += 1
                if joined is not None:
                    s, e = joined.to_text(s), joined.to_text(e - 1) + 1
                if metonym and hay is lower and length > 1 and text[s:e].isupper():
                    continue  # "TALLINN, March 14": a dateline names where, not who
                gaz[inst.id] = inst
                cands.append(_Cand(s, e, "g", inst.id))

    # runs of capitalised words -------------------------------------------------
    def scan_runs(self) -> None:
        """Find headed names, acronym definitions and persons in runs of capitalised words."""
        runs: list[tuple[int, int, list[tuple[int, int, str]]]] = []
        text = self.text
        titles = _title_starts(self.lex)
        chrome_runs: set[int] = set()  # starts of runs in the page chrome
        for start, end in self.regions:
            if self.chrome and self.in_chrome(start):
                for run in _RUN.finditer(text, start, end):
                    g = run.group()
                    if " " in g or "\u00a0" in g or "\n" in g:
                        rs = run.start()
                        if rs > 0 and text[rs - 1].isalnum():
                            continue
                        toks = _tokens(g, rs)
                        chrome_runs.add(rs)
                        runs.append((rs, run.end(), toks))
                continue
            for run in _RUN.finditer(text, start, end):
                g = run.group()
                if " " not in g and "\u00a0" not in g and "\n" not in g and g not in titles:
                    continue  # most runs are one word, and one word is kept only as a title
                rs, re_ = run.span()
                if rs > 0 and (
                    text[rs - 1].isalnum()
                    or text[rs - 1] in "'\u2019"
                    # "_Defense News_" is Markdown emphasis; "snake_Case" is one word
                    or (text[rs - 1] == "_" and rs > 1 and text[rs - 2].isalnum())
                ):
                    continue  # "iPhone", "d'Estaing": not the start of a word
                if "\n" in g:
                    for ps, pe in _unwrapped(text, rs, re_):
                        piece = text[ps:pe]
                        if " " in piece or "\u00a0" in piece or "\n" in piece:
                            runs.append((ps, pe, _tokens(piece, ps)))
                    continue
                if " " in g or "\u00a0" in g:
                    runs.append((rs, re_, _tokens(g, rs)))
                elif g in titles:  # "…, President, …" may be an appositive role
                    runs.append((rs, re_, [(rs, re_, g)]))
        previous: list[tuple[int, int, str]] | None = None
        heads = self.lex.heads.keys()
        person_words = _person_triggers(self.lex)
        for index, (rs, re_, toks) in enumerate(runs):
            if len(toks) == 1:
                previous = None  # one word is neither a person nor a headed name
                continue
            # Most runs ("Russia and NATO") hold no head word, given name or title:
            # skip them with two set checks.
            words = {w for _, _, w in toks}
            if not heads.isdisjoint(words) or text.startswith(" (", re_):
                self.institutions_in(rs, re_, toks)
            if rs in chrome_runs:
                previous = None  # no persons are looked for in the page chrome
                continue
            if (
                not person_words.isdisjoint(words)
                or (len(toks) <= 3 and _QUOTE_AFTER.match(text, re_))
                or (len(toks) <= 3 and self.after_lower_title(rs))
                or (len(toks) <= 5 and self.speech_cue(*_after_according(toks, rs, re_)))
                or (
                    len(toks) <= 3
                    and text.startswith(", ", re_)
                    and self.title_after(re_) is not None
                )
            ):
                found = self.persons_in(rs, re_, toks, previous, runs, index)
                previous = None if found else toks
            else:
                previous = None
        self.resolve_short()
        self.inverted_authors()
        self.link_surnames()
        self.speaker_labels()

    # institutions --------------------------------------------------------------
    def institutions_in(self, rs: int, re_: int, toks: list[tuple[int, int, str]]) -> None:
        lex, text = self.lex, self.text
        words = [w for _, _, w in toks]
        end = len(toks)
        # "Valdai Club Programme Director": a trailing title is a role, not a name.
        for k in range(max(0, end - lex.max_title_words), end):
            if tuple(words[k:]) in lex.titles:
                end = k
                break
        used_until = 0
        h = 0
        while h < end:
            if words[h] not in lex.heads:
                h += 1
                continue
            last = h
            while last + 1 < end and words[last + 1] in lex.heads:
                last += 1
            first = self.left_edge(words, max(used_until, h - _MAX_WORDS_BEFORE_HEAD), h)
            last = self.head_after_in(words, last, end)
            stop = self.complement_end(words, last + 1, end)
            used_until = h = stop
            if (
                stop > last + 1
                and words[stop - 1].endswith(_ADJECTIVE_ENDINGS)
                and _LOWER_AFTER.match(text, toks[stop - 1][1])
            ):
                continue  # "National Center for Euro-Atlantic integration": name goes on
            if (
                stop == last + 1 == end - 1
                and lex.heads[words[last]] is InstitutionKind.MILITARY_COMMAND
                and words[stop][0].isupper()
                and words[stop] not in lex.heads
                and (words[stop],) not in lex.titles
            ):
                stop = end  # "Allied Naval Force Baltica": a force's own name ends the run
            elif (
                stop == last + 1 < end
                and words[stop][0].isupper()
                and not words[stop].isupper()
                and words[stop] not in lex.given_names
            ):
                # "CBU International Conference Proceedings": the head is a modifier,
                # and may open a name with a later head ("Alliance Security Concept").
                used_until = first
                continue
            core = text[toks[first][0] : toks[last][1]]
            known = self.m.gazetteer.get(core) if first < last else None
            if known is not None:
                # "Washington Treaty on NATO's openness": the known name, no complement.
                self.add_institution(toks[first][0], toks[last][1], core, known.kind, None)
                continue
            if first == last and stop == last + 1:
                continue  # a bare head word: see the anaphora pass
            head_word = words[last]
            if head_word in lex.event_heads and stop == last + 1:
                while first < last and self.is_org_word(words[first]):
                    first += 1
                if first == last:
                    continue  # "NATO Summit": a meeting of a known body, not a new one
            s, e = toks[first][0], toks[stop - 1][1]
            number = _NUMBER_AFTER.match(text, e) if stop == last + 1 else None
            if number is not None:
                e = number.end()  # "Standing Maritime Group\u00a01": a number bound to the head
            elif stop == end and lex.heads[words[last]] is InstitutionKind.MILITARY_COMMAND:
                branch = _BRANCH_AFTER.match(text, e)
                if branch is not None:
                    e = branch.end()  # "Mobile Force (Sea)": the branch is part of the name
            surface = text[s:e]
            if fold(surface) in lex.stop_phrases:
                continue
            if _OPERATION_BEFORE.search(text, max(0, s - 14), s) or (
                words[max(0, first - 1)] in ("Operation", "Operations")
            ):
                continue  # "Operation Deliberate Force": a military operation, no body
            acronym = None
            am = _ACRONYM.match(text, e)
            if am and (
                _fits(am.group(1), words[first:stop]) or _near_fit(am.group(1), words[first:stop])
            ):
                # "Norwegian Institute for Defence Studies (IFS)": an acronym of the
                # name in its own language still belongs to the name just given.
                acronym = am.group(1)
            kind = lex.compound_heads.get((words[last - 1], head_word)) if last > first else None
            self.add_institution(s, e, surface, kind or lex.heads[head_word], acronym)
        self.acronym_definition(rs, re_, toks)

    def head_after_in(self, words: list[str], last: int, end: int) -> int:
        """The last head of a name whose first head is followed by "in" and a place:
        "Short-Range Forces in Asia Treaty" is one treaty, not forces and a treaty."""
        heads = self.lex.heads
        if last + 2 >= end or words[last + 1] != "in":
            return last
        k = last + 2
        while k < end and k <= last + 4 and words[k][0].isupper() and words[k] not in heads:
            k += 1
        if k == last + 2 or k >= end or words[k] not in heads:
            return last
        while k + 1 < end and words[k + 1] in heads:
            k += 1
        return k

    def left_edge(self, words: list[str], lo: int, h: int) -> int:
        """First word of the name headed by ``words[h]``, searching no further left than ``lo``."""
        lex = self.lex
        first = lo
        for k in range(lo, h):
            w = words[k]
            # "Kosovo and the Treaty …", "Meeting of International Discussion Club",
            # "Head of the European Security Department": the name starts after these.
            if w in ("of", "the") or (w == "and" and words[k + 1] == "the"):
                first = k + 1
            elif w == "and" and k > lo and words[k - 1].split("-")[-1] in lex.heads:
                first = k + 1  # "Levada-Center and Chicago Council …": two names
        while first < h and (
            not words[first][0].isupper()
            or words[first] in lex.function_words
            or (words[first],) in lex.titles
            or words[first].endswith(_ATTRIBUTIVE_ENDINGS)  # "Warsaw-based Polish Institute"
        ):
            first += 1
        return first

    def complement_end(self, words: list[str], j: int, end: int) -> int:
        """End of "of the Russian Federation", "on Conventional Armed Forces in Europe"."""
        if j >= end or words[j] not in ("of", "for", "on", "between", "against"):
            return j
        best = j
        k = j
        while k < end:
            w = words[k]
            if w[0].isupper():
                if w in _CALENDAR:
                    break
                if w in self.lex.heads and k > j + 1:
                    # "Headquarters for the NATO Support Agency": a complement that
                    # is a headed name itself ends with its head
                    if k + 1 >= end or not words[k + 1][0].isupper():
                        best = k + 1
                    break
                best = k + 1
            elif w not in ("of", "for", "on", "between", "against", "and", "&", "in", "the", "a"):
                break
            k += 1
        return best

    def is_org_word(self, word: str) -> bool:
        parts = [p for p in re.split(r"[-/]", word) if p]
        return bool(parts) and all(p in self.m.org_names for p in parts)

    def add_institution(
        self, s: int, e: int, surface: str, kind: InstitutionKind, acronym: str | None
    ) -> None:
        known = self.m.gazetteer.get(surface) or (acronym and self.m.gazetteer.get(acronym))
        if isinstance(known, Institution):
            self.gaz[known.id] = known
            self.cands.append(_Cand(s, e, "g", known.id))
            if acronym:
                self.acronyms.setdefault(acronym, ("g", known.id))
            return
        key = slug(lookup_key(surface))
        if not key:
            return
        draft = self.insts.get(key)
        if draft is None:
            draft = self.insts[key] = _InstDraft(key, " ".join(surface.split()), kind)
        if acronym:
            draft.acronym = draft.acronym or acronym
            self.acronyms.setdefault(acronym, ("i", key))
        self.cands.append(_Cand(s, e, "i", key))

    def acronym_definition(self, rs: int, re_: int, toks: list[tuple[int, int, str]]) -> None:
        """ "Full Name (FN)" where the run is not already an org-headed name."""
        am = _ACRONYM.match(self.text, re_)
        if not am:
            return
        acronym = am.group(1)
        if acronym in self.acronyms:
            return
        words = [w for _, _, w in toks]
        for first in range(len(toks)):
            w = words[first]
            if (
                w[0].isupper()
                and w not in self.lex.function_words
                and _fits(acronym, words[first:])
            ):
                kinds = [self.lex.heads[w] for w in words[first:] if w in self.lex.heads]
                kind = kinds[-1] if kinds else InstitutionKind.OTHER
                for a, b in itertools.pairwise(words[first:]):
                    kind = self.lex.compound_heads.get((a, b), kind)
                s = toks[first][0]
                self.add_institution(s, re_, self.text[s:re_], kind, acronym)
                return

    def match_acronyms(self) -> None:
        text = self.text
        for acronym, (kind, key) in self.acronyms.items():
            for start, end in self.regions:
                i = text.find(acronym, start, end)
                while i >= 0:
                    j = i + len(acronym)
                    if (i == 0 or not text[i - 1].isalnum()) and (
                        j >= len(text) or not text[j].isalnum()
                    ):
                        self.cands.append(_Cand(i, j, kind, key))
                    i = text.find(acronym, j, end)

    def match_shapes(self) -> None:
        """Institutions known by their shape alone (:mod:`natorussia._mentions.shapes`)."""
        text, lex = self.text, self.lex
        heads, lower = _head_kinds(lex)
        for s, e, kind in shapes.lower_head_names(text, self.regions, lower, lex.function_words):
            words = text[s:e].split()
            if words[0] in heads:
                continue  # "Council agreement": the body's agreement
            known = self.m.gazetteer.get(" ".join(words[:-1]))
            if known is not None and known.kind is not InstitutionKind.STATE:
                continue  # "the Berlin Plus agreement": the known name is the mention
            if kind == InstitutionKind.TREATY_OR_AGREEMENT:
                # "the Yalta agreement": the institution is the agreement, the mention
                # its name ("Yalta"); "agreement" stays a word the events stage reads
                name_end = len(text[s:e].rsplit(None, 1)[0].rstrip()) + s
                self.add_institution(s, name_end, text[s:e], InstitutionKind(kind), None)
                continue
            self.add_institution(s, e, text[s:e], InstitutionKind(kind), None)
            self.leader_named.append((s, e))
        for s, e, name, kind in shapes.capital_names(text, self.regions, heads, lex.function_words):
            known = self.m.gazetteer.get(name)
            if isinstance(known, Institution):
                self.gaz[known.id] = known
                self.cands.append(_Cand(s, e, "g", known.id))
                continue
            key = slug(lookup_key(name))
            if key and fold(name) not in lex.stop_phrases:
                self.insts.setdefault(key, _InstDraft(key, name, InstitutionKind(kind)))
                self.cands.append(_Cand(s, e, "i", key))
        gaz = self.m.gazetteer
        not_names = _not_given(lex)
        stop = _acronym_stop(lex, self.m)
        # An acronym alone in the chrome is as often a time zone or a code: not looked for.
        for s, e in shapes.bare_acronyms(text, self.person_regions, stop):
            word = text[s:e]
            if word in self.acronyms or word in self.m.single_words:
                continue
            if word.capitalize() in self.m.single_words or word.capitalize() in not_names:
                continue  # "WARSAW, March 3": a place in capitals
            if len(word) > 2 and self.common_word(word.capitalize()):
                continue  # "RAPID", "CORPS": a word in capitals the text also writes in lower case
            if word.endswith("s") and (
                word[:-1] in self.acronyms or word[:-1] in self.m.single_words
            ):
                continue  # "IPAPs" of a defined "IPAP": matched as the plural below
            kind = next(
                (k for end, k in lex.acronym_endings.items() if word.rstrip("s").endswith(end)),
                InstitutionKind.OTHER,
            )
            self.add_institution(s, e, word, kind, None)
        for s, e, number in shapes.un_resolutions(text, self.regions):
            key = f"un-security-council-resolution-{number}"
            if key not in self.insts:
                self.insts[key] = _InstDraft(
                    key,
                    f"UN Security Council Resolution {number}",
                    InstitutionKind.TREATY_OR_AGREEMENT,
                )
            self.cands.append(_Cand(s, e, "i", key))
        for s, e, kind in shapes.web_sites(text, self.regions):
            if text[s:e].lower() in lex.not_sites:
                continue
            self.sites.add((s, e))
            labels = [x for x in text[s:e].split(".")[:-1] if x not in ("m", "en", "www")]
            owner = gaz.get(labels[0]) if labels and len(labels[0]) > 2 else None
            if isinstance(owner, Institution):  # "nato.int" is NATO's own site
                self.gaz[owner.id] = owner
                self.cands.append(_Cand(s, e, "g", owner.id))
                continue
            self.add_institution(s, e, text[s:e], InstitutionKind(kind), None)

    def listed_demonyms(self) -> None:
        """Demonyms listed side by side stand for their states: "Danish, Finnish
        and the Icelandic backing", "the Canada and Norwegian teams". A demonym
        alone ("Norwegian fishermen") or a list of languages ("Latvian and
        Estonian speakers") names nothing."""
        table = demonyms()
        pattern = _demonym_re(tuple(table))
        by_id = _states_by_id(self.m)
        text = self.text
        states: dict[int, int] = {}  # start -> end of a state's mention
        named: set[str] = set()
        for c in self.cands:
            if c.kind == "g" and self.gaz[c.key].kind is InstitutionKind.STATE:
                states[c.start] = c.end
                named.add(c.key)
        state_ends = {e: s for s, e in states.items()}
        combining = combining_forms()
        combined = _combining_re(tuple(combining), tuple(table)) if combining else None
        lone: list[tuple[int, int, str]] = []
        for start, end in self.regions:
            found = [
                (m.start(), m.end(), m.group())
                for m in pattern.finditer(text, start, end)
                if m.group() in table
            ]
            if not found:
                continue
            found = [f for f in found if not _LANGUAGE_AFTER.match(text, f[1])]
            starts = {s: e for s, e, _ in found}
            ends = {e for _, e, _ in found}
            for s, e, word in found:
                after = _LIST_GAP.match(text, e)
                before = _LIST_GAP_BEFORE.search(text, max(start, s - 12), s)
                linked = (
                    after is not None and (after.end() in starts or after.end() in states)
                ) or (
                    before is not None and (before.start() in ends or before.start() in state_ends)
                )
                if not linked:
                    continue
                state = by_id.get(table[word])  # a user's gazetteer may lack it
                if state is not None:
                    self.gaz[state.id] = state
                    self.cands.append(_Cand(s, e, "g", state.id))
            lone.extend(
                (s, e, table[word])
                for s, e, word in found
                if _NOUN_AFTER.match(text, e) and not (s > 0 and text[s - 1] == "-")
            )
            if combined is not None:
                for m in combined.finditer(text, start, end):
                    if _NOUN_AFTER.match(text, m.end()):
                        lone.append((m.start(), m.end(), combining[m.group(1)]))
        # "the Mexican border", "the Franco-German initiative": the state, where the
        # text never names it otherwise (then the adjective is only an adjective).
        for s, e, ident in lone:
            state = by_id.get(ident)
            if state is not None and ident not in named:
                self.gaz[state.id] = state
                self.cands.append(_Cand(s, e, "g", state.id))

    # persons -------------------------------------------------------------------
    def title_end(self, words: list[str], k: int) -> int:
        """Index just past the longest title starting at ``k``, else ``k``."""
        if words[k] not in _title_starts(self.lex):
            return k
        for size in range(min(self.lex.max_title_words, len(words) - k), 0, -1):
            if tuple(words[k : k + size]) in self.lex.titles:
                return k + size
        return k

    def title_span(self, toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
        words = [w for _, _, w in toks]
        for k in range(len(words)):
            if self.title_end(words, k) > k:
                return self.role_start(toks, k), toks[-1][1]
        return None

    def role_start(self, toks: list[tuple[int, int, str]], k: int) -> int:
        """Where a role whose title starts at token ``k`` begins, with its qualifiers.

        A place after a preposition is not a qualifier: "In Moscow President Putin".
        """
        while k > 0 and self.qualifies(toks[k - 1][2]):
            if self.place_after_preposition(toks, k - 1):
                break
            k -= 1
        start = toks[k][0]
        before = self.text[max(0, start - 8) : start]
        for prefix in ("then-", "then ", "former ", "Former "):
            if before.endswith(prefix):
                start -= len(prefix)
                # "Russia's then Minister of Foreign Affairs"
                word = _WORD_BEFORE.search(self.text, max(0, start - 30), start)
                if (
                    word is not None
                    and word.group(1).endswith(("'s", "\u2019s"))
                    and self.qualifies(word.group(1))
                ):
                    start = word.start(1)
                break
        return start

    def place_after_preposition(self, toks: list[tuple[int, int, str]], k: int) -> bool:
        """Whether token ``k`` is a bare place name after "in", "at", "from"…: "In Moscow"."""
        word = toks[k][2]
        lex = self.lex
        if (
            word not in self.m.single_words
            or word in lex.qualifiers
            or word.endswith(lex.qualifier_suffixes)
            or word.isupper()
        ):
            return False
        if k >= 1:
            return toks[k - 1][2] in _PREPOSITIONS
        return _PREPOSITION_BEFORE.search(self.text, max(0, toks[0][0] - 6), toks[0][0]) is not None

    def qualifies(self, word: str) -> bool:
        """Whether ``word`` may open a role: "Russian", "NATO", "Kremlin", "Russia's"."""
        lex = self.lex
        if word.endswith(("'s", "\u2019s")):
            word = word[:-2]
        letters = [c for c in word if c.isalpha()]
        return bool(letters) and (
            word in lex.qualifiers
            or all(c.isupper() for c in letters)
            or word.endswith(lex.qualifier_suffixes)
            or word in self.m.single_words
        )

    def name_ok(self, words: Sequence[str]) -> bool:
        lex = self.lex
        if fold(" ".join(words)) in lex.stop_phrases:
            return False
        for w in words:
            if w in _PARTICLES or _INITIAL.fullmatch(w):
                continue
            letters = [c for c in w if c.isalpha()]
            if (
                w in lex.stop_tokens
                or w in lex.function_words
                or w in lex.heads
                or w in self.m.org_names
                or not letters
                or all(c.isupper() for c in letters)
                or (w,) in lex.titles
            ):
                return False
        return True

    def persons_in(
        self,
        rs: int,
        re_: int,
        toks: list[tuple[int, int, str]],
        previous: list[tuple[int, int, str]] | None,
        runs: list[tuple[int, int, list[tuple[int, int, str]]]],
        index: int,
    ) -> bool:
        lex, text = self.lex, self.text
        words = [w for _, _, w in toks]
        n = len(words)
        found = False
        i = 0
        title_from: int | None = None  # token index where the current title chain starts
        after_title = -1
        while i < n:
            w = words[i]
            t_end = self.title_end(words, i)
            if t_end > i:
                if title_from is None:
                    title_from = i
                i = t_end
                after_title = i
                continue
            if self.is_given(w) and not (i > 0 and words[i - 1] in _PARTICLES):
                last = self.name_end(words, i + 1)
                if (
                    last is not None
                    and self.name_ok(words[i + 1 : last + 1])
                    and (
                        w in lex.given_names
                        or w in _known_given(lex)
                        or self.broad_name_ok(toks[i][0], toks[last][1], words[i + 1 : last + 1])
                    )
                ):
                    nxt = words[last + 1] if last + 1 < n else ""
                    if nxt not in lex.heads:
                        role = self.role_for(toks, i, title_from, previous, rs)
                        self.add_person(toks[i][0], toks[last][1], words[i : last + 1], role, True)
                        pending = len(self.pending_roles)
                        self.appositive(toks[last][1], runs, index)
                        after = None
                        if role is None and len(self.pending_roles) == pending:
                            after = self.title_after(toks[last][1])
                        if after is not None:  # "Jonas Gahr Støre, Norway's prime minister"
                            self.pending_roles.append((toks[last][1], after))
                        found = True
                        i = last + 1
                        title_from = None
                        continue
            if after_title == i and w[0].isupper() and title_from is not None:
                last = self.name_end(words, i, anchored=False)
                if (
                    last is not None
                    and self.name_ok(words[i : last + 1])
                    and not any(self.common_word(x) for x in words[i : last + 1])
                    and not (last > i and self.headline(rs, re_))
                    # "Soviet Premier Alexei" cut at a line's end: a given name alone
                    # after a title is no surname
                    and not (
                        last == i and w in lex.given_names and w not in _known_by_last_word(lex)
                    )
                ):
                    nxt = words[last + 1] if last + 1 < n else ""
                    if not nxt or not nxt[0].isupper():
                        role_s = self.role_start(toks, title_from)
                        role = text[role_s : toks[i - 1][1]]
                        self.short.append(
                            (toks[i][0], toks[last][1], text[toks[i][0] : toks[last][1]], role)
                        )
                        self.appositive(toks[last][1], runs, index)
                        found = True
                        i = last + 1
                        title_from = None
                        continue
            if w == "and":
                title_from = None  # "President X and Boris Yeltsin": the title is X's
            i += 1
        if not found and words[:2] == ["According", "to"] and 4 <= n <= 5:
            found = self.cued(toks[2][0], re_, toks[2:])  # "According to Quill Oduya"
        if not found and 2 <= n <= 3 and all(x[0].isupper() for x in words):
            found = (
                self.endnote_author(rs, re_, toks)
                or self.lower_titled(rs, re_, toks)
                or self.titled_after(rs, re_, toks)
                or self.cued(rs, re_, toks)
            )
            if found:
                self.appositive(re_, runs, index)
        return found

    def speech_cue(self, rs: int, re_: int) -> bool:
        """Whether a verb of saying follows the run, or "according to" / "said"
        precedes it: "Zbyszko Wrenn said", "according to Zbyszko Wrenn", "," said Wrenn."""
        text = self.text
        return bool(
            (text[re_ + 1 : re_ + 2].islower() and _SPEECH_AFTER.match(text, re_))
            or (
                text[rs - 2 : rs - 1].islower() and _SPEECH_BEFORE.search(text, max(0, rs - 16), rs)
            )
        )

    def cued(self, rs: int, re_: int, toks: list[tuple[int, int, str]]) -> bool:
        """A name of two or three words without a known given name, next to a verb of
        saying: a person, unless its words are a body, a place or common words."""
        if not self.speech_cue(rs, re_):
            return False
        words = [w for _, _, w in toks]
        if (
            not self.name_ok(words)
            or words[0] in _PARTICLES
            or any(w in self.m.single_words or w in _not_given(self.lex) for w in words)
            or any(self.common_word(w) for w in words)
            or self.headline(rs, re_)
        ):
            return False
        self.short.append((rs, re_, self.text[rs:re_], None))
        return True

    def title_after(self, end: int) -> str | None:
        """The role of an appositive title after ``end``: ", Norway's prime minister"."""
        m = _APPOSITIVE_ROLE.match(self.text, end)
        if m is None:
            return None
        words = m.group(2).split()
        lows = _lower_title_set(self.lex)
        for k in range(len(words), 0, -1):
            phrase = words[:k]
            if tuple(phrase) in self.lex.titles or " ".join(phrase) in lows:
                role_end = m.start(2) + len(" ".join(phrase))
                if self.text[m.start(2) : role_end] != " ".join(phrase):
                    return None  # spaced oddly: leave it
                return self.text[m.start(1) : role_end]
        return None

    def titled_after(self, rs: int, re_: int, toks: list[tuple[int, int, str]]) -> bool:
        """ "Jonas Gahr Støre, Norway's prime minister": a name an appositive title follows."""
        role = self.title_after(re_)
        if role is None:
            return False
        words = [w for _, _, w in toks]
        if (
            not self.name_ok(words)
            or words[0] in _PARTICLES
            or any(self.common_word(w) for w in words)
            or self.headline(rs, re_)
        ):
            return False
        self.short.append((rs, re_, self.text[rs:re_], role))
        return True

    def after_lower_title(self, rs: int) -> bool:
        """Whether a lower-case title ends just before ``rs``: "spokesperson ", "deputy, "."""
        text = self.text
        at = rs - 1
        if at <= 0 or text[at] != " ":
            return False
        if text[at - 1] == ",":
            at -= 1
        j = text.rfind(" ", max(0, at - 30), at)
        word = text[j + 1 : at]
        if "\n" in word:
            word = word[word.rfind("\n") + 1 :]
        return word in self.lower_last

    def lower_titled(self, rs: int, re_: int, toks: list[tuple[int, int, str]]) -> bool:
        """ "NATO spokesperson Oana Lungescu", "Pevkur's deputy, Kalle Laanet": a name
        without a known given name after a lower-case title."""
        if not self.after_lower_title(rs):
            return False
        words = [w for _, _, w in toks]
        if (
            not self.name_ok(words)
            or words[0] in _PARTICLES
            or any(_INITIAL.fullmatch(w) for w in words[-1:])
            or any(self.common_word(w) for w in words)
            or self.headline(rs, re_)
        ):
            return False
        comma = self.text.startswith(", ", rs - 2)
        start = self.lower_role(rs - 1 if comma else rs, comma=comma)
        if start is None:
            return False
        role = self.text[start : rs - 2 if comma else rs].strip()
        self.short.append((rs, re_, self.text[rs:re_], role))
        return True

    def headline(self, rs: int, re_: int) -> bool:
        """Whether the run is a whole line of four or more words: a Title Case headline."""
        text = self.text
        line_start = text.rfind("\n", 0, rs) + 1
        line_end = text.find("\n", re_)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end].strip()
        return len(line.split()) >= 4 and text[rs:re_] in (line, line.rstrip(".!?:"))

    def common_word(self, word: str) -> bool:
        """Whether the text also writes ``word`` in lower case: "President Says …" is no name."""
        low = word.lower()
        if low == word or len(low) < 2:
            return False
        if self._lower_words is None:
            # A few questions are each answered by a search of the text (in C); past a
            # budget of searches, the text's words are gathered once for all of them,
            # so that the cost stays linear in the length of the text.
            self._searched += 1
            if self._searched <= _SEARCH_BUDGET:
                return _written_alone(self.text, low)
            # The text's whitespace-separated tokens, split once per document (in C),
            # without the punctuation around them; a word joined by a hyphen
            # ("well-known") is no word of its own.
            words = {t.strip(_PUNCTUATION) for t in set(self.text.split())}
            words |= {w[:-2] for w in words if w.endswith(("'s", "\u2019s"))}
            self._lower_words = frozenset(words)
        return low in self._lower_words

    def broad_name_ok(self, rs: int, re_: int, rest: Sequence[str]) -> bool:
        """Whether a name opened by a given name of the broad list only is a name: not
        when the text writes a later word in lower case ("Key Findings" beside
        "findings"), nor when it is a short line of its own (a heading)."""
        if any(self.common_word(x) for x in rest):
            return False
        text = self.text
        line_start = text.rfind("\n", 0, rs) + 1
        line_end = text.find("\n", re_)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        return line.strip(" \t#*_") != text[rs:re_]

    def is_given(self, word: str) -> bool:
        """Whether ``word`` opens a person's name: a curated given name, or one of the
        broad list that is no place, no known body and no word the text writes in
        lower case ("Will", "Grant", "Summer")."""
        if word in self.lex.given_names:
            return True
        if word in _known_given(self.lex) and not self.common_word(word):
            return True  # "Saddam Hussein", "Xi Jinping"
        return (
            word in self.lex.broad_given
            and word not in self.m.single_words
            and word not in _not_given(self.lex)
            and not self.common_word(word)
        )

    def name_end(self, words: list[str], j: int, *, anchored: bool = True) -> int | None:
        """Index of the last word of a name whose remaining words start at ``j``."""
        last: int | None = None
        count = 1 if anchored else 0
        while j < len(words) and count < 4:
            w = words[j]
            if _INITIAL.fullmatch(w):
                j += 1
                continue
            if w in _PARTICLES:
                k = j
                while k < len(words) and words[k] in _PARTICLES:
                    k += 1  # "von der Leyen"
                if k < len(words) and words[k][0].isupper():
                    j = k
                    continue
                break
            if not w[0].isupper() or w in self.lex.heads or (w,) in self.lex.titles:
                break
            if w in self.lex.given_names and count > 1:
                break  # "… Lavrov Sergei …" never; a new name starts
            last = j
            count += 1
            j += 1
        return last

    def role_for(
        self,
        toks: list[tuple[int, int, str]],
        i: int,
        title_from: int | None,
        previous: list[tuple[int, int, str]] | None,
        rs: int,
    ) -> str | None:
        text = self.text
        if title_from is not None and title_from < i:
            return text[self.role_start(toks, title_from) : toks[i - 1][1]]
        if i == 0 and previous and text[previous[-1][1] : rs] in (", ", ",\u00a0"):
            # "the President of the USSR, Mikhail Gorbachev"
            span = self.title_span(previous)
            if span is not None:
                return text[span[0] : span[1]]
        if i == 0 and self.text.startswith(", ", rs - 2):
            # "The Kremlin's spokesman, Dmitry Peskov"
            comma_role = self.lower_role(rs - 1, comma=True)
            if comma_role is not None:
                return text[comma_role : rs - 2]
        # "the then-president of France Charles de Gaulle"
        window_end = toks[i][0] if i else rs
        lower = self.lower_role(window_end if i == 0 else toks[0][0])
        if lower is not None:
            return text[lower : toks[i - 1][1]] if i else text[lower:window_end].rstrip()
        return None

    def lower_role(self, at: int, *, comma: bool = False) -> int | None:
        """Start of a lower-case role ending at ``at``: "NATO chief ", "then-president of ".

        With ``comma``, ``at`` is just past the comma that ends the role ("deputy,").
        """
        window = self.text[max(0, at - 60) : at]
        if comma:
            window = window[:-1] + " "
        m = _lower_role_re(self.lex).search(window)
        if m is None:
            return None
        start = at - len(window) + m.start()
        for _ in range(4):  # "Kremlin spokesman", "EU foreign policy chief"
            before = _WORD_BEFORE.search(self.text, max(0, start - 30), start)
            if before is None or not (
                self.qualifies(before.group(1)) or before.group(1) in _ROLE_MODIFIERS
            ):
                break
            start = before.start(1)
        return start

    def appositive(
        self, end: int, runs: list[tuple[int, int, list[tuple[int, int, str]]]], index: int
    ) -> None:
        """ "Name, the Director of …": the role after the name."""
        if index + 1 >= len(runs):
            return
        ns, ne, ntoks = runs[index + 1]
        m = _APPOSITIVE.match(self.text, end)
        if not m:
            return
        if m.end() != ns:
            # "Rob Bauer, chair of the NATO Military Committee"
            gap = self.text[m.end() : ns]
            low = _lower_role_re(self.lex).match(gap)
            if (
                low is not None
                and low.end() == len(gap)
                and ns - m.end() < 60
                # "Biden, the envoy Kurt Volker": the title is the next person's.
                and not self.name_ok([w for _, _, w in ntoks])
            ):
                self.pending_roles.append((end, self.text[m.end() : ne]))
            elif (
                _GAP_BEFORE_TITLE.fullmatch(gap)
                and self.title_end([w for _, _, w in ntoks], 0) == len(ntoks)
                and self.qualifies(gap.split()[0])
            ):
                # "Mark Rutte, NATO's new Secretary General"
                self.pending_roles.append((end, self.text[m.end() : ne]))
            return
        words = [w for _, _, w in ntoks]
        if any(self.title_end(words, k) > k for k in range(len(words))):
            lead = self.text[m.start() + 1 : ns]
            start = ns - len("then-") if lead.endswith("then-") else ns
            if lead.strip() == "then":
                start = ns - len(lead.lstrip())
            self.pending_roles.append((end, self.text[start:ne]))

    def endnote_author(self, rs: int, re_: int, toks: list[tuple[int, int, str]]) -> bool:
        """ "Name Surname, “Title,” …" at the head of an endnote."""
        if not _QUOTE_AFTER.match(self.text, re_):
            return False
        region = next((r for r in self.regions if r[0] <= rs < r[1]), None)
        if region is None:
            return False
        line = max(region[0], self.text.rfind("\n", 0, rs) + 1)
        if not _ENDNOTE_LABEL.match(self.text[line:rs]):
            return False
        words = [w for _, _, w in toks]
        if not self.name_ok(words) or any(w in _PARTICLES for w in words[:1]):
            return False
        self.add_person(rs, re_, words, None, True)
        return True

    def add_person(self, s: int, e: int, words: Sequence[str], role: str | None, full: bool) -> str:
        surface = self.text[s:e]
        known = self.lex.known_full.get(fold(" ".join(words))) if len(words) > 1 else None
        if known:
            # "George Bush", "Sergey Lavrov": a well-known person, by the date if need be;
            # not one the text names by a form of their own ("George W. Bush").
            if len(known) > 1:
                known = tuple(p for p in known if not self.named_apart(p)) or known
            person = self.by_date(known, s)
            words = person.name.split()
            key = self.person_key(words)
            if key not in self.persons:
                self.persons[key] = _PersonDraft(key, person.name, len(words))
        key = self.person_key(words)
        draft = self.persons.get(key)
        if draft is None:
            draft = self.persons[key] = _PersonDraft(key, " ".join(surface.split()), len(words))
        _add_unique(draft.aliases, surface)
        self.add_role(draft, role, surface)
        self.note_title(s, role)
        self.cands.append(_Cand(s, e, "p", key))
        if full:
            self.surnames.setdefault(surname_key(words[-1]), []).append((s, key))
        return key

    def add_role(self, draft: _PersonDraft, role: str | None, surface: str) -> None:
        """Keep ``role`` as written; "Mr." and "Dr." mark a person but are no role."""
        if role:
            role = " ".join(role.split())
            _add_unique(draft.aliases, f"{role} {surface}")
            words = role.split()
            while len(words) > 1 and words[-1] in self.lex.honorifics:
                words.pop()  # "General Sir Richard Shirreff": the role is "General"
            if words[-1] not in self.lex.honorifics:
                _add_unique(draft.roles, " ".join(words))

    def note_title(self, s: int, role: str | None) -> None:
        """Remember where a title written right before the name at ``s`` starts: the
        mention covers it ("President Obama", "Mr Teltschik", "Soviet leader …")."""
        if not role:
            return
        k = s
        while k > 0 and self.text[k - 1] in " \u00a0\n":
            k -= 1
        if s - k <= 2 and k >= len(role) and self.text.startswith(role, k - len(role)):
            self.title_from[s] = k - len(role)

    def person_key(self, words: Sequence[str]) -> str:
        first = self.lex.given_names.get(words[0])
        parts = [first] if first else [slug(words[0])]
        parts.extend(slug(w) for w in words[1:])
        return "-".join(p for p in parts if p)

    def inverted_authors(self) -> None:
        """ "[2] Lukyanov, F. “Title,” …": a cited author written surname first.

        The mention is the surname; the person is the document's one person
        with that surname, else a new one named "F. Lukyanov".
        """
        text = self.text
        regions = self.person_regions
        starts = [r[0] for r in regions]
        for m in _at_line_starts(_INVERTED, text):  # one pass; matches are rare
            r = bisect.bisect_right(starts, m.start(1)) - 1
            if r < 0 or regions[r][1] < m.end():
                continue
            surname, given = m.group(1), m.group(2).strip()
            first = given.split()[0]
            if not (_INITIALS.fullmatch(given) or self.is_given(first)):
                continue
            if not self.name_ok([surname]) or surname in self.m.single_words:
                continue
            # The mention is the name as written: "Kaplan, Lawrence S.", "Lukyanov, F.".
            s, e = m.start(1), m.start(2) + len(given)
            key = self.surname_owner(surname_key(surname), s, [surname])
            if key is None:
                known = self.known_at(m.end(1), surname)
                if (
                    known is not None
                    and known[0] == s
                    # "Burns, Robert" is not William Burns: the given names must agree
                    and any(f.split()[0][0] == given[0] for f in (known[1].name, *known[1].aliases))
                ):
                    self.add_known(s, e, known[1])
                    continue
                words = [*given.replace(".", ". ").split(), surname]
                key = self.person_key(words)
                if key not in self.persons:
                    self.persons[key] = _PersonDraft(key, " ".join(words), len(words))
                self.surnames.setdefault(surname_key(surname), []).append((s, key))
            _add_unique(self.persons[key].aliases, text[s:e])
            self.cands.append(_Cand(s, e, "p", key))

    def speaker_labels(self) -> None:
        """ "ILONA FARKASOVA:", "SECRETARY BLINKEN:" at the start of a transcript's line.

        A label of a given name and one or two more words is a person (named in
        title case); a title or honorific and a surname is the document's or a
        well-known person with that surname. "THE PRESIDENT:", "Q:" name nobody.
        """
        text, lex = self.text, self.lex
        regions = self.person_regions
        starts = [r[0] for r in regions]
        for m in _at_line_starts(_SPEAKER, text):
            s, e = m.start(1), m.end(1)
            r = bisect.bisect_right(starts, s) - 1
            if r < 0 or regions[r][1] < e:
                continue
            words = [
                w.capitalize() if not w.endswith(".") else w.title() for w in m.group(1).split()
            ]
            if len(words) < 2 or len(words) > 3:
                continue
            if (words[0],) in lex.titles or words[0] in lex.honorifics:
                last = words[-1]
                key = self.surname_owner(surname_key(last), s, [last])
                if key is None:
                    forms = [
                        p for f, p in _known_by_last(lex).get(surname_key(last), []) if f == last
                    ]
                    if not forms:
                        continue
                    key = self.add_known(s, e, self.by_date(forms, s))
                    continue
                _add_unique(self.persons[key].aliases, text[s:e])
                self.cands.append(_Cand(s, e, "p", key))
            elif self.is_given(words[0]) and self.name_ok(words[1:]):
                key = self.person_key(words)
                if key not in self.persons:
                    self.persons[key] = _PersonDraft(key, " ".join(words), len(words))
                    self.surnames.setdefault(surname_key(words[-1]), []).append((s, key))
                _add_unique(self.persons[key].aliases, text[s:e])
                self.cands.append(_Cand(s, e, "p", key))

    def resolve_short(self) -> None:
        """Names after a title without a given name: "Fogh Rasmussen", "President Putin".

        Several-word names go first, so that a later bare surname can link to them.
        """
        shorts = sorted(self.short, key=lambda x: (len(x[2].split()) == 1, x[0]))
        for s, e, surface, role in shorts:
            words = surface.split()
            key = self.surname_owner(surname_key(words[-1]), s, words)
            if key is None:
                known = self.known_at(e, words[-1])
                if known is not None and known[0] <= s:
                    key = self.add_known(known[0], e, known[1])
                else:
                    key = self.add_person(s, e, words, None, True)
            else:
                self.cands.append(_Cand(s, e, "p", key))
            draft = self.persons[key]
            _add_unique(draft.aliases, surface)
            self.add_role(draft, role, surface)
            self.note_title(s, role)
        for end, role in self.pending_roles:
            for cand in self.cands:
                if cand.kind == "p" and cand.end == end:
                    _add_unique(self.persons[cand.key].roles, " ".join(role.split()))
                    break

    def known_at(self, end: int, last_word: str) -> tuple[int, KnownPerson] | None:
        """Where the well-known person whose surname ends at ``end`` starts, and who it is.

        The last word of the surname may be spelt in any romanisation
        ("Zelenskyy" for "Zelensky"); words before it must match.
        """
        text = self.text
        last_start = end - len(last_word)
        found: list[KnownPerson] = []
        at = -1
        for form, person in _known_by_last(self.lex).get(surname_key(last_word), []):
            head = form.split()[:-1]
            fs = last_start
            if head:
                lead = " ".join(head) + " "
                fs -= len(lead)
                if fs < 0 or fold(text[fs:last_start]) != fold(lead):
                    continue
            if at >= 0 and fs != at:
                break  # a longer form matched already ("Fogh Rasmussen")
            if fs == 0 or not text[fs - 1].isalnum():
                at = fs
                if person not in found:
                    found.append(person)
        if not found:
            return None
        return at, self.by_date(found, at)

    def named_apart(self, person: KnownPerson) -> bool:
        """Whether the text writes a full name that only ``person`` goes by."""
        cache = self._named_apart
        if person.name not in cache:
            forms = [
                f
                for f in (person.name, *person.aliases)
                if len(self.lex.known_full.get(fold(f), ())) == 1
            ]
            cache[person.name] = any(f in self.text for f in forms)  # rare: a few ambiguous names
        return cache[person.name]

    def by_date(self, persons: Sequence[KnownPerson], at: int) -> KnownPerson:
        """Of several well-known persons one form may name ("Bush"), the one in office
        nearest the year the text speaks of around ``at``; else the first listed."""
        if len(persons) == 1:
            return persons[0]
        year = self.year_near(at)
        if year is None:
            return persons[0]
        return min(persons, key=lambda p: p.distance(year))

    def year_near(self, at: int) -> int | None:
        """The year written nearest to ``at`` in its region (a paragraph, a note),
        else the median year of the whole document, else ``None``."""
        if self._years is None:
            text = self.text
            self._years = [
                (m.start(), int(m.group(1)))
                for start, end in self.regions
                for m in _YEAR.finditer(text, start, end)
                if m.start() == 0 or text[m.start() - 1] not in "0123456789.,/-"
            ]
        years = self._years
        if not years:
            return None
        starts = [r[0] for r in self.regions]
        r = bisect.bisect_right(starts, at) - 1
        lo, hi = self.regions[r] if r >= 0 else (0, len(self.text))
        i = bisect.bisect_left(years, (at, 0))
        near = [
            years[k]
            for k in (i - 1, i)
            if 0 <= k < len(years) and lo <= years[k][0] < hi and abs(years[k][0] - at) < 600
        ]
        if near:
            return min(near, key=lambda y: abs(y[0] - at))[1]
        ordered = sorted(y for _, y in years)
        return ordered[len(ordered) // 2]

    def surname_owner(self, surname: str, at: int, words: Sequence[str]) -> str | None:
        owners = self.surnames.get(surname)
        if not owners:
            return None
        fitting = [
            (pos, key)
            for pos, key in owners
            if self.persons[key].name.split()[-len(words) :] == list(words) or len(words) == 1
        ]
        if not fitting:
            return None
        if len(words) == 1 and len({key for _, key in fitting}) > 1:
            return None  # "Bush" after "George Bush" and "George W. Bush": either
        before = [o for o in fitting if o[0] <= at]
        return (before[-1] if before else fitting[0])[1]

    def add_known(self, s: int, e: int, known: KnownPerson) -> str:
        words = known.name.split()
        key = self.person_key(words)
        draft = self.persons.get(key)
        if draft is None:
            draft = self.persons[key] = _PersonDraft(key, known.name, len(words))
        _add_unique(draft.aliases, self.text[s:e])
        self.cands.append(_Cand(s, e, "p", key))
        self.surnames.setdefault(surname_key(words[-1]), []).append((s, key))
        return key

    def link_surnames(self) -> None:
        """Bare surnames of persons of this document, before or after the full name,
        and surnames of well-known persons."""
        persons = self.persons
        own = {p.name.split()[-1] for p in persons.values()}
        own |= {strip_accents(w) for w in own}
        known = _known_finder(self.lex)  # built once: the well-known surnames
        finders: list[ahocorasick.Automaton] = [known]
        extra = own - _known_last_words(self.lex)
        if extra:
            finder = ahocorasick.Automaton()
            for w in extra:
                finder.add_word(w, len(w))
            finder.make_automaton()
            finders.insert(0, finder)
        taken = sorted((c.start, c.end) for c in self.cands if c.kind == "p")
        text = self.text
        regions = self.person_regions
        for finder in finders:
            for last, length, r in _iter_regions(finder, text, regions, self.persons_disjoint):
                start = regions[r][0]
                s, e = last - length + 1, last + 1
                if (
                    (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_'\u2019"))
                    or (
                        e < len(text)
                        and (
                            text[e].isalnum()
                            # "Yeltsin-era", "Putin-led": the name before a lower-case compound
                            or (text[e] == "-" and not text[e + 1 : e + 2].islower())
                        )
                    )
                ):
                    continue
                i = bisect.bisect_right(taken, (s, len(text) + 1))
                if i > 0 and taken[i - 1][1] >= e:
                    continue  # inside a name found before
                w = text[s:e]
                owner = self.surname_owner(surname_key(w), s, [w])
                if owner is not None:
                    s0 = s
                    name = persons[owner].name.split()
                    # "Katarzyna Zysk" before the endnote that names her; "de Gaulle",
                    # "I. Soltanovsky": take the given name, particle or initial along.
                    lead = " ".join(name[:-1]) + " "
                    if (
                        len(name) >= 2
                        and text.startswith(lead, s - len(lead))
                        and s - len(lead) >= start
                    ):
                        s0 = s - len(lead)
                    elif len(name) >= 2 and name[-2] in _PARTICLES:
                        k = len(name) - 2
                        while k > 0 and name[k - 1] in _PARTICLES:
                            k -= 1  # "von der Leyen"
                        p = " ".join(name[k:-1]) + " "
                        if s - len(p) >= start and text[s - len(p) : s].lower() == p:
                            s0 = s - len(p)
                    elif len(name) >= 2:
                        init = name[0][0] + ". "
                        if s - len(init) >= start and text[s - len(init) : s] == init:
                            s0 = s - len(init)
                    self.cands.append(_Cand(s0, e, "p", owner))
                    _add_unique(persons[owner].aliases, text[s0:e])
                    continue
                if len({key for _, key in self.surnames.get(surname_key(w), [])}) > 1:
                    continue  # "Bush" where "George Bush" and "George W. Bush" were named
                form = self.known_at(e, w)
                if form is not None:
                    self.add_known(form[0], e, form[1])

    # anaphora ------------------------------------------------------------------
    def anaphora(self, chosen: list[_Cand]) -> list[_Cand]:
        """ "the Council" → the one council mentioned before, if there is just one."""
        pattern = _the_head_re(self.lex)
        extra: list[_Cand] = []
        has_alliance = "he alliance" in self.text  # one scan, not two a region
        for start, end in self.regions:
            for m in pattern.finditer(self.text, start, end):
                if not _OF_AFTER.match(self.text, m.end()):
                    extra.append(_Cand(m.start(), m.end(), "a", _head_key(m.group(1))))
            # "the alliance" in lower case: the one alliance named before.
            # str.find is many times faster than a regex that opens with \b.
            text = self.text
            for phrase in ("the alliance", "The alliance") if has_alliance else ():
                i = text.find(phrase, start, end)
                while i >= 0:
                    j = i + len(phrase)
                    if (i == 0 or not text[i - 1].isalnum()) and (
                        j >= len(text) or not text[j].isalnum()
                    ):
                        extra.append(_Cand(i, j, "a", _ALLIANCE_KEY))
                    i = text.find(phrase, j, end)
        if not extra:
            return chosen
        text = self.text
        # Head word → the institutions bearing it, with where each is mentioned.
        owners: dict[str, list[tuple[int, tuple[str, str]]]] = {x.key: [] for x in extra}
        # Only the first mention of each (institution, surface) matters for "named
        # before", and candidates come in text order: later repeats are skipped.
        heads: dict[tuple[str, str], str] = {}
        seen: set[tuple[tuple[str, str], str]] = set()
        want_alliance = _ALLIANCE_KEY in owners
        n = len(text)
        # Spellings of the wanted head words as they may follow a name in lower case.
        after_forms = [
            (form, key)
            for key in owners
            if key != _ALLIANCE_KEY
            for form in {
                key,
                key.replace("ization", "isation"),
                key.replace("program", "programme"),
            }
        ]
        after_initials = {form[0] for form, _ in after_forms}
        chrome, in_chrome = self.chrome, self.in_chrome
        # Where each institution is mentioned, to tell the one a text is about.
        at: dict[tuple[str, str], list[int]] = {}
        for c_start, c_end, c_kind, c_key in chosen:  # unpacked: faster than attributes
            if c_kind == "p":
                continue
            ident = (c_kind, c_key)
            mentioned = at.get(ident)
            if mentioned is None:
                at[ident] = [c_start]
            else:
                mentioned.append(c_start)
            if chrome and in_chrome(c_start):
                continue  # a credit line's "AP" is no antecedent of "the press"
            head = heads.get(ident)
            if head is None:
                entity = self.gaz[c_key] if c_kind == "g" else self.insts[c_key]
                head = heads[ident] = _head_key(_name_head(entity.name))
                if head in owners:
                    owners[head].append((c_start, ident))
                if want_alliance and entity.kind is InstitutionKind.ALLIANCE:
                    owners[_ALLIANCE_KEY].append((c_start, ident))
            surface = text[c_start:c_end]
            if (ident, surface) not in seen:
                seen.add((ident, surface))
                # The head as written, before a complement or as the last word
                # ("the Partnership for Peace program").
                for surface_head in (
                    _head_key(_name_head(surface)),
                    _head_key(surface[surface.rfind(" ") + 1 :]),
                ):
                    if surface_head != head and surface_head in owners:
                        owners[surface_head].append((c_start, ident))
            # A lower-case head right after the name: "the Eastern Partnership programme".
            if c_end + 1 < n and text[c_end] == " " and text[c_end + 1] in after_initials:
                for form, key in after_forms:
                    k = c_end + 1 + len(form)
                    if (
                        key != head
                        and text.startswith(form, c_end + 1)
                        and (k >= n or not text[k].isalpha())
                    ):
                        owners[key].append((c_start, ident))
        starts = [c[0] for c in chosen]
        linked: list[_Cand] = []
        for x in extra:
            before = {ident for start, ident in owners[x.key] if start < x.start}
            i = bisect.bisect_left(starts, x.start)
            free = (i == 0 or chosen[i - 1].end <= x.start) and (
                i >= len(chosen) or chosen[i].start >= x.end
            )
            if len(before) > 1 and free:
                before = _dominant(before, at, x.start)
            if len(before) == 1 and free:
                kind, key = next(iter(before))
                linked.append(_Cand(x.start, x.end, kind, key))
        return sorted([*chosen, *linked]) if linked else chosen

    def title_anaphora(self, chosen: list[_Cand]) -> list[_Cand]:
        """ "the chancellor", "the general" → the one person named before with that title.

        The title is a one-word title of ``person_titles.json`` in lower case; the
        person's role must end with it ("German Chancellor", "General"). Nothing
        is linked when two persons named before hold it, or when "of" follows
        ("the president of Finland" is a role, not a reference).
        """
        text = self.text
        firsts: dict[str, int] = {}
        for c in chosen:
            if c.kind == "p":
                firsts.setdefault(c.key, c.start)
        if not firsts:
            return chosen
        holders: dict[str, list[tuple[int, str]]] = {}
        words = _one_word_titles(self.lex)
        for key, at in firsts.items():
            for role in self.persons[key].roles:
                last = role.split()[-1].lower()
                if last in words:
                    holders.setdefault(last, []).append((at, key))
        if not holders:
            return chosen
        starts = [c.start for c in chosen]
        extra: list[_Cand] = []
        pattern = _the_title_re(tuple(sorted(holders)))
        for start, end in self.person_regions:
            for m in pattern.finditer(text, start, end):
                title = m.group(1).lower()
                if title not in holders or _OF_AFTER.match(text, m.end()):
                    continue
                before = {key for at, key in holders[title] if at < m.start()}
                if len(before) != 1:
                    continue
                i = bisect.bisect_left(starts, m.start())
                if (i > 0 and chosen[i - 1].end > m.start()) or (
                    i < len(chosen) and chosen[i].start < m.end()
                ):
                    continue
                extra.append(_Cand(m.start(), m.end(), "p", next(iter(before))))
        return sorted([*chosen, *extra]) if extra else chosen

    # output --------------------------------------------------------------------
    def with_titles(self, cands: list[_Cand]) -> list[_Cand]:
        """Persons' mentions widened over the title written right before them, from
        after the last institution the title names ("NATO Secretary General Jens
        Stoltenberg": "NATO" stays NATO's mention, "Secretary General Jens
        Stoltenberg" is his) and never over a possessive ("Russia's Foreign
        Minister Lavrov": "Foreign Minister Lavrov")."""
        ends = sorted(c.end for c in cands if c.kind != "p")
        text = self.text
        out: list[_Cand] = []
        for c in cands:
            start = self.title_from.get(c.start) if c.kind == "p" else None
            if start is not None:
                k = text.rfind("s ", start, c.start)
                while k > start and text[k - 1] in "'\u2019":
                    start = k + 2  # after "Russia's ", "NATO's "
                    k = text.rfind("s ", start, c.start)
                whole = start
                i = bisect.bisect_right(ends, c.start)
                if i > 0 and ends[i - 1] > start:
                    start = ends[i - 1]
                while start < c.start and not text[start].isalnum():
                    start += 1
                while whole < c.start and not text[whole].isalnum():
                    whole += 1
                self.titled[start, c.end] = (whole, c.start)
                c = _Cand(start, c.end, c.kind, c.key)
            out.append(c)
        return out

    def without_wrappers(self, cands: list[_Cand]) -> list[_Cand]:
        """Recognised names that only wrap a known body's name give way to it.

        A run read as one name can hold a gazetteer name and words that are not
        part of it: "Headquarters for the NATO Standardization Office", "the
        Open Skies Treaty between Ottawa and …", "Chatham House/Royal United
        Services Institute", a demonym before a programme ("Georgian Membership
        Action Plan"), a head word after an agency ("… Procurement Agency
        Headquarters"). The known body (of several words, not a state,
        whose name would rightly open "Russian Federation Council") is the
        mention. Each recognised name looks only at the known names inside it.
        """
        text, gaz = self.text, self.gaz
        known = sorted(
            c
            for c in cands
            if c[2] == "g"  # kind, by index: faster than the attribute over every candidate
            and " " in text[c[0] : c[1]]
            and gaz[c[3]].kind is not InstitutionKind.STATE
        )
        if not known:
            return cands
        starts = [c.start for c in known]
        out: list[_Cand] = []
        for c in cands:
            if c[2] == "i":
                i = bisect.bisect_left(starts, c.start)
                while i < len(known) and known[i].start < c.end:
                    g = known[i]
                    i += 1
                    if g.end > c.end or (g.start, g.end) == (c.start, c.end):
                        continue
                    if g.start == c.start:
                        tail = text[g.end : c.end].split()
                        if (
                            text[g.end] == "/"
                            or tail[0] in _WRAP_AFTER
                            or (
                                len(tail) == 1
                                and (tail[0] == "Headquarters" or self.is_org_word(tail[0]))
                            )
                        ):
                            break
                    elif g.end == c.end:
                        head = text[c.start : g.start].split()
                        if _WRAP_BEFORE.fullmatch(" ".join(head)) or all(
                            w in self.lex.qualifiers
                            or (w[:1].isupper() and w.endswith(self.lex.qualifier_suffixes))
                            for w in head
                        ):
                            break
                else:
                    out.append(c)
                continue
            out.append(c)
        return out

    def nested(self, chosen: list[_Cand]) -> list[_Cand]:
        """Every form a titled name goes by: "Estonian Prime Minister Kaja Kallas"
        is one mention over the whole title (an institution the title names keeps
        its own mention inside it) and "Kaja Kallas" a second one, nested."""
        out: list[_Cand] = []
        region_starts = [r[0] for r in self.regions]
        for k, c in enumerate(chosen):
            forms = self.titled.get((c.start, c.end)) if c.kind == "p" else None
            if forms is None:
                out.append(c)
                continue
            whole, name = forms
            # The whole title stays inside the name's region ("then-" may lie before it).
            r = bisect.bisect_right(region_starts, name) - 1
            if r < 0 or whole < self.regions[r][0]:
                whole = c.start if r >= 0 and c.start >= self.regions[r][0] else name
            # Only bodies wholly inside the title may sit inside the person's mention.
            j = k - 1
            while j >= 0 and chosen[j].end > whole:
                if chosen[j].start < whole or chosen[j].kind == "p":
                    whole = c.start
                    break
                j -= 1
            first = whole if whole == name else min(whole, c.start)
            out.append(_Cand(first, c.end, c.kind, c.key))
            if first < name < c.end and self.text[name : c.end].strip():
                out.append(_Cand(name, c.end, c.kind, c.key))
        out.sort(key=lambda c: (c.start, c.end))
        return out

    def leaders_inside(self, chosen: list[_Cand]) -> list[_Cand]:
        """A person's mention nested in a body named after them: "Yanukovych" in
        "the Yanukovych government" (the body is the government, the name is his)."""
        spans = set(self.leader_named)
        inside = [c for c in chosen if c.kind == "i" and (c.start, c.end) in spans]
        if not inside:
            return chosen
        persons = sorted(c for c in self.cands if c.kind == "p")
        starts = [c.start for c in persons]
        extra: list[_Cand] = []
        for c in inside:
            i = bisect.bisect_left(starts, c.start)
            while i < len(persons) and persons[i].start < c.end:
                if persons[i].end < c.end:
                    extra.append(persons[i])
                    break
                i += 1
        if not extra:
            return chosen
        return sorted({*chosen, *extra}, key=lambda c: (c.start, c.end))

    def mentions(self, document_id: str) -> tuple[Mention, ...]:
        text = self.text
        urls: list[tuple[int, int]] = []
        if "://" in text or "www." in text or "@" in text:
            for r in self.regions:
                for u in _URL.finditer(text, *r):
                    start = u.start()
                    if text[start] == "@":  # an e-mail address: back over its local part
                        while start > 0 and (
                            text[start - 1].isalnum() or text[start - 1] in "._+-"
                        ):
                            start -= 1
                    urls.append((start, u.end()))
        cands = self.cands
        if urls:
            url_starts = [u[0] for u in urls]

            def in_url(c: _Cand) -> bool:
                if (c.start, c.end) in self.sites:
                    return False
                i = bisect.bisect_right(url_starts, c.start)
                return i > 0 and urls[i - 1][1] > c.start

            cands = [c for c in cands if not in_url(c)]
        # Patterns may look a word beyond a region (a particle, an initial);
        # whatever crosses a region's edge is not inside the region.
        starts = [r[0] for r in self.regions]
        regions, bisect_right = self.regions, bisect.bisect_right
        cands = [
            c for c in cands if (i := bisect_right(starts, c[0])) > 0 and regions[i - 1][1] >= c[1]
        ]
        cands = self.without_wrappers(cands)
        if self.title_from:
            cands = self.with_titles(cands)
        chosen = self.anaphora(_longest_first(cands))
        chosen = self.title_anaphora(chosen)
        text = self.text
        for c in chosen:
            if c.kind == "p" and (c.start, c.end) in self.titled:
                whole = self.titled[c.start, c.end][0]
                if whole < c.start:
                    _add_unique(self.persons[c.key].aliases, " ".join(text[whole : c.end].split()))
        if self.titled:
            chosen = self.nested(chosen)
        if self.leader_named:
            chosen = self.leaders_inside(chosen)
        for c in chosen:
            if c.kind == "i":
                _add_unique(self.insts[c.key].aliases, " ".join(text[c.start : c.end].split()))
        entities: dict[tuple[str, str], Entity] = {}
        for key, inst in self.gaz.items():
            entities["g", key] = inst
        for key, d in self.insts.items():
            aliases = list(d.aliases)
            if d.acronym:
                _add_unique(aliases, d.acronym)
            entities["i", key] = Institution(
                id=key,
                name=d.name,
                acronym=d.acronym,
                kind=d.kind,
                aliases=tuple(aliases),
                known=False,
            )
        for key, p in self.persons.items():
            entities["p", key] = Person(
                id=key, name=p.name, aliases=tuple(p.aliases), roles=tuple(p.roles)
            )
        return tuple(
            [
                Mention(document_id, (start, end), text[start:end], entities[kind, key])
                for start, end, kind, key in chosen
            ]
        )


_LINE_BREAK: Final = re.compile(r"[ \t\u00a0]*\n[ \t\u00a0]*")


class _Joined:
    r"""A text with each line break and the blanks around it read as one space, and
    the offsets between the two.

    >>> t = "the Republic \n  of Korea"
    >>> j = _Joined(t)
    >>> hay = j.join(t)
    >>> hay
    'the Republic of Korea'
    >>> s = hay.index("of")
    >>> t[j.to_text(s) :], j.to_joined(len(t)) == len(hay), j.to_joined(13), j.to_joined(12)
    ('of Korea', True, 13, 12)
    """

    def __init__(self, text: str) -> None:
        # Breakpoints: from joined offset j (text offset t) on, text = joined + shift.
        self.joined_at: list[int] = [0]
        self.text_at: list[int] = [0]
        self.shift: list[int] = [0]
        self.cut_at: list[int] = [0]  # where in the text each shifting cut starts
        self.cuts: list[tuple[int, int]] = []
        removed = 0
        for m in _LINE_BREAK.finditer(text):
            self.cuts.append((m.start(), m.end()))
            size = m.end() - m.start()
            if size > 1:
                removed += size - 1
                self.joined_at.append(m.end() - removed)
                self.text_at.append(m.end())
                self.cut_at.append(m.start())
                self.shift.append(removed)

    def join(self, text: str) -> str:
        """``text`` (or a same-length copy of it) with each line break made one space."""
        pieces: list[str] = []
        pos = 0
        for a, b in self.cuts:
            pieces.append(text[pos:a])
            pieces.append(" ")
            pos = b
        pieces.append(text[pos:])
        return "".join(pieces)

    def to_text(self, at: int) -> int:
        return at + self.shift[bisect.bisect_right(self.joined_at, at) - 1]

    def to_joined(self, at: int) -> int:
        i = bisect.bisect_right(self.text_at, at) - 1
        if i + 1 < len(self.cut_at) and at > self.cut_at[i + 1]:
            return self.joined_at[i + 1]  # inside the blanks of a line break: after its space
        return at - self.shift[i]


@functools.lru_cache(maxsize=256)
def _the_title_re(titles: tuple[str, ...]) -> re.Pattern[str]:
    """ "the chancellor", "The general": "the" and one of ``titles``."""
    # "[Tt]" first, the boundary before it after: the engine skips ahead to a "t" in C.
    return re.compile(r"[Tt](?<!\w[\s\S])he[ \u00a0]+(" + "|".join(map(re.escape, titles)) + r")\b")


_acronym_stop_cache: dict[tuple[int, int], frozenset[str]] = {}


_states_cache: dict[int, tuple[_Matcher, dict[str, Institution]]] = {}


def _states_by_id(matcher: _Matcher) -> dict[str, Institution]:
    """The gazetteer's states by id, built once per compiled gazetteer."""
    cached = _states_cache.get(id(matcher))
    if cached is None or cached[0] is not matcher:
        states = {i.id: i for i in matcher.gazetteer.of_kind(InstitutionKind.STATE)}
        cached = _states_cache[id(matcher)] = (matcher, states)
    return cached[1]


def _acronym_stop(lex: Lexicon, matcher: _Matcher) -> frozenset[str]:
    """Capitals that are no new acronym: the stop list and the gazetteer's one-word names."""
    key = (id(lex), id(matcher))
    stop = _acronym_stop_cache.get(key)
    if stop is None:
        stop = _acronym_stop_cache[key] = lex.not_acronyms | matcher.single_words
    return stop


_head_kinds_cache: dict[int, tuple[Lexicon, dict[str, str], dict[str, str]]] = {}


def _head_kinds(lex: Lexicon) -> tuple[dict[str, str], dict[str, str]]:
    """The kinds of the head words and of the lower-case head words, as values, built once."""
    cached = _head_kinds_cache.get(id(lex))
    if cached is None or cached[0] is not lex:
        heads = {w: k.value for w, k in lex.heads.items()}
        lower = {w: k.value for w, k in lex.lower_heads.items()}
        cached = _head_kinds_cache[id(lex)] = (lex, heads, lower)
    return cached[1], cached[2]


_finder_cache: dict[int, ahocorasick.Automaton] = {}


def _known_finder(lex: Lexicon) -> ahocorasick.Automaton:
    """An automaton of the well-known surnames, with and without accents, built once."""
    finder = _finder_cache.get(id(lex))
    if finder is None:
        finder = ahocorasick.Automaton()
        for w in _known_last_words(lex):
            finder.add_word(w, len(w))
        finder.make_automaton()
        _finder_cache[id(lex)] = finder
    return finder


_one_word_cache: dict[int, frozenset[str]] = {}


def _one_word_titles(lex: Lexicon) -> frozenset[str]:
    """One-word titles in lower case ("chancellor", "general"), minus honorifics."""
    words = _one_word_cache.get(id(lex))
    if words is None:
        words = frozenset(
            t[0].lower() for t in lex.titles if len(t) == 1 and t[0] not in lex.honorifics
        )
        _one_word_cache[id(lex)] = words
    return words


_SEARCH_BUDGET: Final = 24


def _at_line_starts(
    patterns: tuple[re.Pattern[str], re.Pattern[str]], text: str
) -> Iterator[re.Match[str]]:
    r"""The matches of a pattern written for a line's start (and within one line), as
    ``re.compile("^" + pattern, re.MULTILINE).finditer(text)`` finds them; each match
    after the first line holds the line break before it, outside its groups.

    >>> line = r"([A-Z]+):"
    >>> ps = (re.compile(line), re.compile("\n" + line))
    >>> [m.group(1) for m in _at_line_starts(ps, "Q: hi\nA: yes\n and B: no")]
    ['Q', 'A']
    """
    first, after_break = patterns
    found = first.match(text)
    if found is not None:
        yield found
    yield from after_break.finditer(text, found.end() if found is not None else 0)


def _written_alone(text: str, low: str) -> bool:
    """Whether a whitespace-separated token of ``text``, without the punctuation around
    it, is ``low`` or ``low`` with "'s": what :meth:`_Doc.common_word` asks of the
    set of such tokens, answered by looking at each place ``low`` is written.

    >>> [_written_alone("Says (summit's) and “says”", w) for w in ("says", "summit", "and", "sum")]
    [True, True, True, False]
    """
    if low[0] in _PUNCTUATION or any(c.isspace() for c in low):
        return False  # no token stripped of its punctuation starts with it, nor holds a blank
    n, size = len(text), len(low)
    i = text.find(low)
    while i >= 0:
        a = i
        while a > 0 and text[a - 1] in _PUNCTUATION:
            a -= 1
        if a == 0 or text[a - 1].isspace():
            j = i + size
            ends = [j] if low[-1] not in _PUNCTUATION else []
            if text.startswith(("'s", "\u2019s"), j):
                ends.append(j + 2)
            for b in ends:
                while b < n and text[b] in _PUNCTUATION:
                    b += 1
                if b == n or text[b].isspace():
                    return True
        i = text.find(low, i + 1)
    return False


def _tokens(piece: str, at: int) -> list[tuple[int, int, str]]:
    """The whitespace-separated words of ``piece`` with their spans (``piece`` starts at ``at``).

    ``str.split`` and a search for each word cost less than a regex match object
    per word; both agree on what whitespace is (``str.isspace``).

    >>> _tokens("Jens  Stoltenberg", 10)
    [(10, 14, 'Jens'), (16, 27, 'Stoltenberg')]
    """
    toks = []
    pos = 0
    for word in piece.split():
        pos = piece.find(word, pos)
        toks.append((at + pos, at + pos + len(word), word))
        pos += len(word)
    return toks


def _after_according(toks: list[tuple[int, int, str]], rs: int, re_: int) -> tuple[int, int]:
    """The run without an opening "According to": where a speech cue is looked for."""
    if len(toks) > 2 and toks[0][2] == "According" and toks[1][2] == "to":
        return toks[2][0], re_
    return rs, re_


def _unwrapped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""A run split at each line break that ends a short line (a heading, a label):
    only the line breaks of hard-wrapped paragraphs join the words of a name.

    >>> t = "the talks with Soviet Premier Alexei" + " " * 20 + "\nKosygin went on"
    >>> [t[s:e] for s, e in _unwrapped(t, 15, 64)][0].split()
    ['Soviet', 'Premier', 'Alexei', 'Kosygin']
    >>> t = "Background\nNATO Council"
    >>> [t[s:e] for s, e in _unwrapped(t, 0, len(t))]
    ['Background', 'NATO Council']
    """
    pieces: list[tuple[int, int]] = []
    piece_start = start
    i = text.find("\n", start, end)
    while i >= 0:
        line_start = text.rfind("\n", 0, i) + 1
        if i - line_start < _WRAP_MIN:
            left = i
            while left > piece_start and text[left - 1] in " \u00a0":
                left -= 1
            pieces.append((piece_start, left))
            piece_start = i + 1
            while piece_start < end and text[piece_start] in " \u00a0":
                piece_start += 1
        i = text.find("\n", i + 1, end)
    pieces.append((piece_start, end))
    return [(s, e) for s, e in pieces if e > s]


@functools.lru_cache(maxsize=8)
def _demonym_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(words_pattern(words) + r"\b")


@functools.lru_cache(maxsize=8)
def _combining_re(forms: tuple[str, ...], words: tuple[str, ...]) -> re.Pattern[str]:
    """ "Franco-German", "Sino-Russian": a combining form, a hyphen and a demonym."""
    return re.compile(
        "(" + words_pattern(forms) + r")-(?:" + "|".join(map(re.escape, sorted(words))) + r")\b"
    )


# A lower-case word after a demonym that may be the noun it qualifies ("border",
# "model"), not a word that shows the demonym is a language ("spoke Swedish and").
_NOUN_AFTER: Final = re.compile(
    r"[ \u00a0]+(?!(?:and|or|but|nor|in|on|at|of|to|for|from|with|by|as|is|was|are|were|"
    r"be|has|had|have|who|which|that|than|then|too|also)\b)[a-z]"
)

# Between two items of a list: ", ", " and ", " or ", with "the" after it.
_LIST_GAP: Final = re.compile(r",?[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?(?:the[ \u00a0]+)?|,")
_LIST_GAP_BEFORE: Final = re.compile(r"(?:,|[ \u00a0]+(?:and|or))[ \u00a0]+(?:the[ \u00a0]+)?\Z")
# "Russian and Ukrainian speakers": languages, not states.
_LANGUAGE_AFTER: Final = re.compile(
    r"[ \u00a0]+(?:speakers?|speaking|language|languages|translation)\b"
)


def _dominant(
    idents: set[tuple[str, str]], at: dict[tuple[str, str], list[int]], pos: int
) -> set[tuple[str, str]]:
    """Of several bodies with one head word, the one the text is about: mentioned
    before ``pos`` at least twice as often as any other ("the Council" in an
    article that keeps naming the North Atlantic Council). Else all of them.

    >>> at = {("g", "a"): [1, 5, 9], ("g", "b"): [3]}
    >>> _dominant({("g", "a"), ("g", "b")}, at, 10)
    {('g', 'a')}
    >>> sorted(_dominant({("g", "a"), ("g", "b")}, at, 4))
    [('g', 'a'), ('g', 'b')]
    """
    counts = sorted(((bisect.bisect_left(at.get(i, []), pos), i) for i in idents), reverse=True)
    if counts[0][0] >= 2 * counts[1][0] and counts[0][0] >= 2:
        return {counts[0][1]}
    return idents


def _longest_first(cands: Iterable[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates, longest first, then leftmost; in text order.

    >>> [tuple(c[:2]) for c in _longest_first(
    ...     [_Cand(0, 4, "g", "a"), _Cand(0, 19, "g", "b"), _Cand(5, 11, "g", "c"),
    ...      _Cand(25, 29, "g", "d")])]
    [(0, 19), (25, 29)]
    """
    ordered = sorted(set(cands))
    chosen: list[_Cand] = []
    i = 0
    while i < len(ordered):
        # A cluster: candidates chained by overlap. Most clusters hold one candidate.
        j, reach = i + 1, ordered[i].end
        while j < len(ordered) and ordered[j].start < reach:
            reach = max(reach, ordered[j].end)
            j += 1
        if j == i + 1:
            chosen.append(ordered[i])
        else:
            picked: list[_Cand] = []
            for c in sorted(ordered[i:j], key=lambda c: (c.start - c.end, c.start, c.kind)):
                if all(c.end <= p.start or p.end <= c.start for p in picked):
                    picked.append(c)
            chosen.extend(sorted(picked))
        i = j
    return chosen


# What may follow a known name inside a longer run without belonging to it,
# and what may come before it: "Headquarters for the …".
_WRAP_AFTER: Final = frozenset({"between", "with", "and", "/"})
_WRAP_BEFORE: Final = re.compile(r"\w+ (?:for|of) the|Headquarters(?: of| for)?")

_ALLIANCE_KEY: Final = " alliance"  # no head word has a space: this key is the kind's own


def find_mentions(
    text: str,
    regions: Sequence[Span],
    *,
    document_id: str,
    gazetteer: Gazetteer | None = None,
    chrome: Sequence[Span] = (),
) -> tuple[Mention, ...]:
    """Every mention of an institution or a person inside ``regions`` of ``text``, in order.

    Args:
        text: The whole document text; spans index it.
        regions: Half-open ``(start, end)`` spans to search (title, headings,
            paragraphs, endnotes).
        document_id: Stored on every mention.
        gazetteer: The known institutions to match (default: the bundled
            gazetteer); its compiled matcher is built once and kept.
        chrome: Spans of page chrome outside ``regions`` (lists of links,
            captions and photo credits, source lines, an infobox; see
            :func:`chrome_lines`) where institutions are looked for too, by
            their names and shapes, but not persons nor acronyms written alone.

    Returns:
        Non-overlapping mentions sorted by span; within one document, every
        mention of one entity carries the same entity object.

    >>> t = "The Nordic Security Institute (NSI) hosted President Putin. NSI said so."
    >>> ms = find_mentions(t, [(0, len(t))], document_id="x")
    >>> [(m.surface, m.entity.id) for m in ms]  # doctest: +NORMALIZE_WHITESPACE
    [('Nordic Security Institute', 'nordic-security-institute'),
     ('NSI', 'nordic-security-institute'), ('President Putin', 'vladimir-putin'),
     ('Putin', 'vladimir-putin'), ('NSI', 'nordic-security-institute')]
    """
    doc = _Doc(text, regions, _get_matcher(gazetteer), lexicon(), chrome)
    doc.match_gazetteer()
    doc.listed_demonyms()
    doc.scan_runs()
    doc.match_acronyms()
    doc.match_shapes()
    return doc.mentions(document_id)


def chrome_lines(text: str, regions: Sequence[Span]) -> list[Span]:
    r"""The lines of ``text``, or their parts, that no region covers: the page chrome.

    Each span is one line without its surrounding blanks; blank lines give none.
    One pass over the text and the regions.

    >>> t = "Title\nBody text.\n- See also: Nordic Defence Group\n"
    >>> [t[s:e] for s, e in chrome_lines(t, [(0, 5), (6, 16)])]
    ['- See also: Nordic Defence Group']
    """
    out: list[Span] = []
    pos = 0
    for start, end in [*sorted(regions), (len(text), len(text))]:
        if start > pos:
            for line in _LINE.finditer(text, pos, start):
                out.append((line.start(), line.end()))
        pos = max(pos, end)
    return out


_LINE: Final = re.compile(r"[^\s](?:[^\n]*[^\s])?")


def link_affiliations(
    authors: Sequence[Author], gazetteer: Gazetteer | None = None
) -> tuple[Author, ...]:
    """``authors`` with each affiliation linked to the :class:`Institution` it names.

    The affiliation's printed name is read like a line of text: the longest
    institution found in it is the one, when it is a gazetteer entry or covers
    most of the name ("RAS Institute of Europe" names the gazetteer's Institute
    of Europe; "Department of Defence Policy, National Institute for Strategic
    Studies" its institute). A name where no body is found keeps ``entity``
    ``None``. Each name is read once, so the cost is the names' length.

    >>> a = Author("Ola Nordmann", (Affiliation("Valdai Discussion Club", "member"),))
    >>> (linked,) = link_affiliations([a])
    >>> linked.affiliations[0].entity.id
    'valdai-club'
    >>> alone = Author("Ola Nordmann", (Affiliation("freelance writer"),))
    >>> print(link_affiliations([alone])[0].affiliations[0].entity)
    None
    """
    out: list[Author] = []
    for author in authors:
        if not author.affiliations:
            out.append(author)
            continue
        affiliations = tuple(_linked(a, gazetteer) for a in author.affiliations)
        out.append(attrs.evolve(author, affiliations=affiliations))
    return tuple(out)


def _linked(affiliation: Affiliation, gazetteer: Gazetteer | None) -> Affiliation:
    name = affiliation.institution
    if not name.strip() or affiliation.entity is not None:
        return affiliation
    found = [
        m
        for m in find_mentions(name, [(0, len(name))], document_id="", gazetteer=gazetteer)
        if isinstance(m.entity, Institution) and m.entity.kind is not InstitutionKind.STATE
    ]
    if not found:
        return affiliation
    best = max(found, key=lambda m: (m.span[1] - m.span[0], -m.span[0]))
    assert isinstance(best.entity, Institution)
    covers = 2 * (best.span[1] - best.span[0]) >= len(name.strip())
    if best.entity.known or covers:
        return attrs.evolve(affiliation, entity=best.entity)
    return affiliation
