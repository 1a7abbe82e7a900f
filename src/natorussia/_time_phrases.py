"""Time phrases the events stage dates on its own: "at that time", "since the invasion".

One job: find, in a paragraph, the phrases of ``data/event_time_phrases.json``
— anaphoric ("at that time", "subsequently"), deictic ("recently", "to
date") and openers of a happening or a named period ("since the invasion",
"on the eve of the Korean War") — and turn an anchor date into the date a
phrase gives (:func:`relate`). Which anchor a phrase takes (the previous
event, the publication date, a happening named after the opener) is chosen by
:mod:`natorussia._events`, which knows the events and the triggers.

>>> phrases = time_phrases()
>>> [(p.text, p.entry.relation) for p in phrases.find("Since then, NATO has grown.")]
[('Since then', 'from')]
>>> relate("from", FuzzyDate.from_edtf("1939-09-01~/1945-09-02~")).edtf
'1945-09-02~/..'
>>> relate("until", FuzzyDate.from_edtf("2022-02-24")).edtf
'../2022-02-24'
>>> relate("recent", FuzzyDate.from_edtf("2015-03-06"), months=2).edtf
'2015-01/2015-03'
>>> relate("soon", FuzzyDate.from_edtf("2011-03-17")).edtf
'2011-03'
>>> relate("middle", FuzzyDate.from_edtf("1950~/1989~")).edtf
'1966~/1973~'
>>> relate("within", FuzzyDate.from_edtf("2011-03-17")).edtf
'2011-03-17/2011-04'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from natorussia._resources import read_json
from natorussia.errors import DataError
from natorussia.fuzzydate import OPEN_END, OPEN_START, FuzzyDate, Precision
from natorussia.model import EventKind

__all__ = ["PhraseEntry", "TimePhrase", "TimePhrases", "part", "relate", "time_phrases"]

_FILE = "event_time_phrases.json"
RELATIONS = frozenset(
    ["same", "soon", "from", "until", "recent", "recent_years", "opening", "middle", "closing",
     "within", "months"]
)  # fmt: skip
# The share of a stretch that its beginning, middle or end ("at the height of") covers.
PART = 5
ANCHORS = frozenset(["previous", "publication", "happening"])
_KINDS = frozenset(k.value for k in EventKind)
# Words that put a clause in the present or the future ("has tried", "will go").
_NOT_PAST = frozenset(
    ["will", "would", "shall", "is", "are", "am", "be", "been", "being", "has", "have", "'ll",
     "must", "can", "could", "should", "may", "might", "remain", "remains", "to"]
)  # fmt: skip
_NEAR = 4
_PERFECT = frozenset(["has", "have", "'ve", "hasn't", "haven't"])
_ALONE = re.compile(r"\s*(?:[,.;:!?)\]\u2013\u2014]|$)")
# ("prior to that," and "after this," point back to the previous event: no happening.)
_HAPPENING_START = re.compile(r"\s+(?:(?:the|its|their|his|her|our)\b|[A-Z])")


@attrs.frozen
class PhraseEntry:
    """One phrase of the data file.

    Attributes:
        phrase: The words, lower case.
        relation: How the date follows from the anchor (``same``, ``soon``, ``from``,
            ``until``, ``recent``, ``recent_years``).
        anchor: ``previous``, ``publication`` or ``happening``.
        past_only: Whether it dates only in a clause told in the past tense.
        before_happening: Whether it dates only an event noun right after it.
        alone: Whether it is an adverb only before a punctuation mark.
        perfect_only: Whether it dates only in a clause in the present perfect.
    """

    phrase: str
    relation: str
    anchor: str
    past_only: bool = False
    before_happening: bool = False
    alone: bool = False
    perfect_only: bool = False


@attrs.frozen
class TimePhrase:
    """One occurrence of a phrase: ``span`` indexes the text searched."""

    span: tuple[int, int]
    text: str
    entry: PhraseEntry


@attrs.frozen
class TimePhrases:
    """The compiled phrases.

    Attributes:
        entries: Phrase (lower case) to its entry.
        pattern: Every phrase, longest first, on word boundaries.
        recent_months: How far back "recently" reaches.
        recent_years: How far back "in recent years" reaches.
        period_openers: Openers that date something with a named period.
        comparison_words: Words that make "since X" a baseline of comparison.
        past_words: Irregular past forms (regular ones end in "-ed").
        happening_words: Words allowed between an opener and its happening's noun.
        families: For each kind (a value of EventKind), the kinds that may name
            the same happening.
        anchor_kinds: Kinds of happening a phrase may refer back to.
        anchor_regions: How many paragraphs back an anchor may lie.
        facts_of_kind: For a kind, the gazetteer fact predicates that date it.
    """

    entries: dict[str, PhraseEntry]
    pattern: re.Pattern[str]

    recent_months: int
    recent_years: int
    period_openers: frozenset[str]
    comparison_words: frozenset[str]
    past_words: frozenset[str]
    happening_words: int
    families: dict[str, tuple[str, ...]]
    anchor_kinds: frozenset[str]
    anchor_regions: int
    facts_of_kind: dict[str, tuple[str, ...]]

    def past(self, before: Sequence[str], after: Sequence[str]) -> bool:
        """Whether the verb next to a phrase tells of the past: "I *delivered* today".

        ``before`` and ``after`` are the folded words on each side of the
        phrase, nearest first. The nearest past form within four words counts,
        unless a modal or an auxiliary of the present stands right before it
        ("must remain *unified* today", "has *tried*").

        >>> phrases = time_phrases()
        >>> phrases.past(["delivered", "i"], ["to"]), phrases.past(["unified", "remain"], [])
        (True, False)
        """
        for side in (before, after):
            for i, word in enumerate(side[:_NEAR]):
                if word in self.past_words or (len(word) > 4 and word.endswith("ed")):
                    if side is before:
                        helper = side[i + 1] if i + 1 < len(side) else ""
                    else:
                        helper = side[i - 1] if i > 0 else (before[0] if before else "")
                    return helper not in _NOT_PAST
        return False

    @staticmethod
    def perfect(before: Sequence[str], after: Sequence[str]) -> bool:
        """Whether an auxiliary of the present perfect stands near a phrase: "*have* met for months".

        >>> TimePhrases.perfect(["officials"], ["have", "met"]), TimePhrases.perfect([], ["met"])
        (True, False)
        """
        return any(w in _PERFECT for w in (*before[:_NEAR], *after[:_NEAR]))

    def find(self, text: str) -> list[TimePhrase]:
        """Every phrase of ``text``, in order (one pass).

        An opener of a happening counts only before a word that can begin
        one ("since *the* invasion", "after *Russia's* …", "during *Soviet* times").
        """
        folded = text.lower()
        if len(folded) != len(text):  # a letter whose lower case is longer ("İ")
            folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        out: list[TimePhrase] = []
        for m in self.pattern.finditer(folded):
            if m.start() > 0 and folded[m.start() - 1] == "-":
                continue  # "post-soon": inside a compound
            entry = self.entries[_fold(m.group())]
            if entry.anchor == "happening" and _HAPPENING_START.match(text, m.end()) is None:
                continue
            if entry.alone and _ALONE.match(text, m.end()) is None:
                continue  # "shortly after Montenegro signed …": a conjunction
            out.append(TimePhrase(m.span(), text[m.start() : m.end()], entry))
        return out


def _fold(s: str) -> str:
    return " ".join(s.lower().replace("\u2019", "'").split())


def _edtf_parts(date: FuzzyDate) -> tuple[str, str]:
    """The start and end of a date's EDTF (both the date itself if it is no interval)."""
    if "/" in date.edtf:
        a, _, b = date.edtf.partition("/")
        return a, b
    return date.edtf, date.edtf


def relate(
    relation: str, anchor: FuzzyDate, *, months: int = 2, years: int = 3
) -> FuzzyDate | None:
    """The date a phrase of ``relation`` gives from ``anchor`` (None if it gives none).

    ``from`` starts where the anchor ends ("since World War II" = since its
    end; an anchor open at its end counts from its start); ``until`` ends
    where the anchor starts; ``opening``, ``middle`` and ``closing`` are a
    part of the anchor (:func:`part`); ``within`` runs from the anchor's day
    to the end of the next month ("within days of the invasion"); ``months``
    is the year up to the anchor ("for months now").
    """
    start, end = _edtf_parts(anchor)
    if relation == "same":
        return anchor
    if relation == "soon":
        if anchor.precision is Precision.DAY:
            return FuzzyDate.from_edtf(anchor.edtf[:7])
        return anchor
    if relation == "from":
        # "since then" after "from 2001 on": from the anchor's last known bound
        bound = start if anchor.latest == OPEN_END else end
        return None if bound in ("", "..") else FuzzyDate.from_edtf(f"{bound}/..")
    if relation == "until":
        bound = end if anchor.earliest == OPEN_START else start
        return None if bound in ("", "..") else FuzzyDate.from_edtf(f"../{bound}")
    if relation in ("opening", "middle", "closing"):
        return part(relation, anchor)
    if relation == "within":
        # "within days of the invasion": from its day to the month after it
        if anchor.precision is not Precision.DAY:
            return anchor
        y, m = divmod(anchor.earliest.year * 12 + anchor.earliest.month, 12)
        return FuzzyDate.from_edtf(f"{start}/{y:04d}-{m + 1:02d}")
    day = anchor.latest
    if relation == "months":
        months = 12  # "for months now": up to a year before the anchor
    if relation in ("recent", "months"):
        y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
        return FuzzyDate.from_edtf(f"{y:04d}-{m + 1:02d}/{day.year:04d}-{day.month:02d}")
    if relation == "recent_years":
        return FuzzyDate.from_edtf(f"{day.year - years:04d}/{day.year:04d}")
    return None


def part(which: str, stretch: FuzzyDate) -> FuzzyDate:
    """The beginning (``opening``), ``middle`` or end (``closing``) of a stretch of time.

    Each part is a fifth of the stretch's months ("the height of the Cold
    War" is its middle fifth), written to the year when a fifth is two years
    or more, to the month when it is a month or more, else to the day;
    approximate, as the words are. A stretch open at one end, or a single
    day, is its own part.

    >>> part("opening", FuzzyDate.from_edtf("1947~/1991~")).edtf
    '1947~/1955~'
    >>> part("closing", FuzzyDate.from_edtf("2014-02/2015-02")).edtf
    '2014-12~/2015-02~'
    >>> part("opening", FuzzyDate.from_edtf("2001-09-11/2001-09-30")).edtf
    '2001-09-11~/2001-09-14~'
    """
    lo, hi = stretch.earliest, stretch.latest
    if lo in (OPEN_START, hi) or hi == OPEN_END:
        return stretch
    first_month = lo.year * 12 + lo.month - 1
    months = hi.year * 12 + hi.month - first_month
    index = {"opening": 0, "middle": 2, "closing": 4}[which]
    share = months / PART
    if share >= 1:
        a = first_month + round(index * share)
        b = first_month + round((index + 1) * share) - 1
        edges = [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in (a, b)]
        if share >= 24:
            edges = [e[:4] for e in edges]
    else:
        days = (hi - lo) / PART
        edges = [(lo + index * days).isoformat(), (lo + (index + 1) * days).isoformat()]
    if edges[0] == edges[1]:
        return FuzzyDate.from_edtf(f"{edges[0]}~")
    return FuzzyDate.from_edtf(f"{edges[0]}~/{edges[1]}~")


def _entry(i: int, raw: object) -> PhraseEntry:
    if not isinstance(raw, dict):
        raise DataError(_FILE, f"phrases[{i}]", ["must be an object"])
    phrase, relation, anchor = raw.get("phrase"), raw.get("relation"), raw.get("anchor")
    problems = []
    if not isinstance(phrase, str) or not phrase.strip() or phrase != phrase.lower():
        problems.append("'phrase' must be a non-empty lower-case string")
    if relation not in RELATIONS:
        problems.append(f"'relation' must be one of {sorted(RELATIONS)}")
    if anchor not in ANCHORS:
        problems.append(f"'anchor' must be one of {sorted(ANCHORS)}")
    past_only = raw.get("past_only", False)
    before_happening = raw.get("before_happening", False)
    alone = raw.get("alone", False)
    perfect_only = raw.get("perfect_only", False)
    if not all(isinstance(x, bool) for x in (past_only, before_happening, alone, perfect_only)):
        problems.append(
            "'past_only', 'before_happening', 'alone' and 'perfect_only' must be true or false"
        )
    if problems:
        raise DataError(_FILE, f"phrases[{i}] {phrase!r}", problems)
    assert isinstance(phrase, str)
    assert isinstance(relation, str)
    assert isinstance(anchor, str)
    return PhraseEntry(
        _fold(phrase), relation, anchor, past_only, before_happening, alone, perfect_only
    )


def _words(name: str, raw: object) -> frozenset[str]:
    if not isinstance(raw, list) or not all(isinstance(x, str) and x for x in raw):
        raise DataError(_FILE, name, ["must be a list of non-empty strings"])
    return frozenset(_fold(x) for x in raw)


def _count(name: str, raw: object) -> int:
    if not isinstance(raw, int) or isinstance(raw, bool) or raw < 1:
        raise DataError(_FILE, name, ["must be a positive integer"])
    return raw


class _Node(dict[str, "_Node"]):
    """A node of a trie of words."""


def _compile(phrases: Sequence[str]) -> re.Pattern[str]:
    """One pattern for every phrase, as a trie of words (one cheap test per position)."""
    trie = _Node()
    for p in phrases:
        node = trie
        for word in p.split():
            node = node.setdefault(word, _Node())
        node[""] = _Node()  # a phrase may end here

    def alternation(node: _Node) -> str:
        parts = []
        for word in sorted(node, key=len, reverse=True):
            if not word:
                continue
            child = node[word]
            rest = alternation(child)
            here = re.escape(word).replace("'", "['\u2019]")
            if rest:
                tail = rf"(?:\s+{rest})" + ("?" if "" in child else "")
                parts.append(here + tail)
            else:
                parts.append(here)
        return "(?:" + "|".join(parts) + ")" if parts else ""

    # Matched on lower-cased text: a case-sensitive pattern is several times faster.
    return re.compile(r"\b" + alternation(trie) + r"(?![\w-])")


@functools.cache
def time_phrases() -> TimePhrases:
    """The bundled phrases, validated and compiled once."""
    raw = read_json(_FILE)
    if not isinstance(raw, dict) or not isinstance(raw.get("phrases"), list):
        raise DataError(_FILE, "<file>", ["must be an object with a 'phrases' list"])
    entries: dict[str, PhraseEntry] = {}
    for i, item in enumerate(raw["phrases"]):
        entry = _entry(i, item)
        # The same words may open a happening and stand alone ("ever since"): the
        # entry that needs no happening is tried when none follows.
        entries.setdefault(entry.phrase, entry)
    return TimePhrases(
        entries=entries,
        pattern=_compile(list(entries)),
        recent_months=_count("recent_months", raw.get("recent_months")),
        recent_years=_count("recent_years", raw.get("recent_years")),
        period_openers=_words("period_openers", raw.get("period_openers")),
        anchor_kinds=_kinds("anchor_kinds", raw.get("anchor_kinds")),
        anchor_regions=_count("anchor_regions", raw.get("anchor_regions")),
        comparison_words=_words("comparison_words", raw.get("comparison_words")),
        past_words=_words("past_tense_words", raw.get("past_tense_words")),
        happening_words=_count("happening_words", raw.get("happening_words")),
        families=_families(raw.get("kind_families")),
        facts_of_kind=_facts(raw.get("facts_of_kind")),
    )


def _kinds(name: str, raw: object) -> frozenset[str]:
    kinds = _words(name, raw)
    unknown = sorted(kinds - _KINDS)
    if unknown:
        raise DataError(_FILE, name, [f"{k!r} is no EventKind" for k in unknown])
    return kinds


def _facts(raw: object) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict) or not all(
        isinstance(v, list) and all(isinstance(x, str) for x in v) for v in raw.values()
    ):
        raise DataError(_FILE, "facts_of_kind", ["must map kinds to lists of predicates"])
    unknown = sorted(set(raw) - _KINDS)
    if unknown:
        raise DataError(_FILE, "facts_of_kind", [f"{k!r} is no EventKind" for k in unknown])
    return {k: tuple(v) for k, v in raw.items()}


def _families(raw: object) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, list) or not all(
        isinstance(f, list) and all(isinstance(k, str) for k in f) for f in raw
    ):
        raise DataError(_FILE, "kind_families", ["must be a list of lists of kinds"])
    out: dict[str, list[str]] = {}
    for i, family in enumerate(raw):
        for kind in family:
            if kind not in _KINDS:
                raise DataError(_FILE, f"kind_families[{i}]", [f"{kind!r} is no EventKind"])
            out.setdefault(kind, [kind])
            out[kind] += [k for k in family if k not in out[kind]]
    return {k: tuple(v) for k, v in out.items()}
