"""Not-event filters: dates that place nothing the article asserts on the calendar.

One job: say, for a paragraph or a date inside it, whether the date is one of
the documented kinds of not-event that the sentence-level rules of
:mod:`natorussia._events` cannot see — records rather than prose (front
matter, infobox fields, bibliography entries, category tags, citation
fields), the date line, and deadlines ("committed to reach 2 % by 2024").
The shapes are data (``data/not_event_cues.json``), read once through
:func:`natorussia._resources.read_json` and checked here.

>>> cues = not_event_cues()
>>> cues.record_line("published_time: 2019-11-05 08:30:00")
True
>>> cues.record_line("- Roe, Jane (2013). A History of the Alliance. Boston.")
True
>>> cues.record_line("In 2013 the alliance met in Brussels.")
False
"""

from __future__ import annotations

import functools
import re

import attrs

from natorussia._resources import read_json
from natorussia.errors import DataError

__all__ = ["NotEventCues", "not_event_cues"]

_FILE = "not_event_cues.json"
_BY = re.compile(r"\bby\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?$", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
# An infinitive of intent: "to reach", "to have" (not "to 21 percent", "to the east", "to Iraq").
_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|its|their)\b)[a-z]+\b")
_BULLET = re.compile(r"\s*(?:[-*\u2022]|\[\d+\])\s")
_TITLE = re.compile(r"\b_[^_]+_|[\u201c\"][^\u201d\"]{8,}[\u201d\"]")
# A reference-list entry ends soon after its date ("…, Boston, 2001").
_TAIL = 40
# A date line is short.
_BYLINE_WORDS = 16
_BYLINE_CHARS = 200


@attrs.frozen
class NotEventCues:
    """The compiled cues of ``not_event_cues.json``.

    Attributes:
        records: Shapes of paragraphs that are records, not prose.
        citation_fields: Shapes of the words right before a citation's date.
        commitments: Words that make a "by" date a deadline.
        byline_words: First words of a date line.
        publication_fields: Keys of a record line that give the publication date.
        baselines: Shapes of the words right before a date of comparison.
        generic_dates: Date expressions that name no time of their own ("since its inception").
        present_words: Date expressions of the time of speaking ("tonight").
        present_before: Words before them that make them a generic present ("here tonight").
    """

    records: re.Pattern[str]
    citation_fields: re.Pattern[str]
    commitments: frozenset[str]
    byline_words: frozenset[str]
    publication_fields: frozenset[str]
    baselines: re.Pattern[str]
    generic_dates: re.Pattern[str]
    present_words: re.Pattern[str]
    present_before: re.Pattern[str]

    def generic_present(self, before: str, words: str) -> bool:
        """Whether a date expression is the time of speaking used as a generic present.

        ``before`` is the text right before the expression, ``words`` the expression.

        >>> cues = not_event_cues()
        >>> cues.generic_present("the ministers who are here ", "tonight")
        True
        >>> cues.generic_present("I met them ", "tonight")
        False
        >>> cues.generic_present("it has remained a secret until ", "today")
        True
        """
        return (
            self.present_words.fullmatch(" ".join(words.split())) is not None
            and self.present_before.search(before[-40:]) is not None
        )

    def generic_since(self, words: str) -> bool:
        """Whether a date expression is "since" a beginning it does not date: "since its inception".

        With no happening in its clause it means "always" ("the bloc, since its
        inception, has served its founders"); the caller checks the clause.

        >>> cues = not_event_cues()
        >>> cues.generic_since("since its inception"), cues.generic_since("since 1949")
        (True, False)
        """
        return self.generic_dates.fullmatch(" ".join(words.split())) is not None

    def baseline(self, before: str) -> bool:
        """Whether a date is a baseline of comparison: "compared with 2010".

        >>> not_event_cues().baseline("spending rose compared with "), not_event_cues().baseline("in ")
        (True, False)
        """
        return self.baselines.search(before[-40:]) is not None

    def publication_field(self, paragraph: str) -> str | None:
        """The value of a record line naming the publication date, if it is one.

        >>> not_event_cues().publication_field("published_time: 2019-11-05 08:30")
        '2019-11-05 08:30'
        >>> not_event_cues().publication_field("source_url: https://example.org") is None
        True
        """
        key, sep, value = paragraph.strip().partition(":")
        if not sep or " ".join(key.lower().split()) not in self.publication_fields:
            return None
        return value.strip().strip("'\"") or None

    def record_line(self, paragraph: str) -> bool:
        """Whether a paragraph is a record (front matter, citation, category tag)."""
        return self.records.match(paragraph.lstrip()) is not None

    def citation_field(self, before: str) -> bool:
        """Whether the words right before a date make it a citation's date ("accessed")."""
        return self.citation_fields.search(before[-60:]) is not None

    def citation_item(self, paragraph: str, date_end: int) -> bool:
        """Whether a date ends a bulleted reference-list entry.

        >>> cues = not_event_cues()
        >>> item = '- Roe, J., "The Long Peace", Boston, 2001'
        >>> cues.citation_item(item, len(item))
        True
        >>> cues.citation_item("- In 2001 the allies met.", 7)
        False
        """
        if _BULLET.match(paragraph) is None or len(paragraph) - date_end > _TAIL:
            return False
        return _TITLE.search(paragraph) is not None

    def deadline(self, clause_before: str) -> bool:
        """Whether a date opened by "by" is a deadline: "committed to reach 2 % by 2024".

        ``clause_before`` is the date's clause up to the date.

        >>> cues = not_event_cues()
        >>> cues.deadline("members committed to reach 2% by "), cues.deadline("it had fallen to 21% by ")
        (True, False)
        """
        if _BY.search(clause_before[-40:]) is None:
            return False
        if _INFINITIVE.search(clause_before) is not None:
            return True  # "the plan is to have it ready by 2027"
        return any(w in self.commitments for w in _WORD.findall(clause_before.lower()))

    def date_line(self, paragraph: str, date_start: int) -> bool:
        """Whether a short paragraph is the date line: "By the Staff, March 6, 2015".

        A name stands between the opening word and the date; "By 2012, …"
        opens a sentence with its date.

        >>> not_event_cues().date_line("By Jane Roe March 6, 2015", 12)
        True
        >>> not_event_cues().date_line("By 2012, the group had grown.", 3)
        False
        """
        if len(paragraph) > _BYLINE_CHARS:
            return False
        words = paragraph.split()
        if not 1 < len(words) <= _BYLINE_WORDS or words[0].lower() not in self.byline_words:
            return False
        between = paragraph[len(paragraph) - len(paragraph.lstrip()) + len(words[0]) : date_start]
        return between.strip()[:1].isupper()


def _strings(name: str, raw: object) -> list[str]:
    if not isinstance(raw, list) or not all(isinstance(x, str) and x for x in raw):
        raise DataError(_FILE, name, ["must be a list of non-empty strings"])
    return list(raw)


def _compile(name: str, patterns: list[str], flags: int = 0) -> re.Pattern[str]:
    for i, p in enumerate(patterns):
        try:
            re.compile(p)
        except re.error as e:
            raise DataError(_FILE, f"{name}[{i}]", [f"is not a regular expression: {e}"]) from e
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


@functools.cache
def not_event_cues() -> NotEventCues:
    """The bundled cues, validated and compiled once."""
    raw = read_json(_FILE)
    if not isinstance(raw, dict):
        raise DataError(_FILE, "<file>", ["must be a JSON object"])
    return NotEventCues(
        records=_compile("record_lines", _strings("record_lines", raw.get("record_lines"))),
        citation_fields=_compile(
            "citation_fields", _strings("citation_fields", raw.get("citation_fields"))
        ),
        commitments=frozenset(_strings("commitment_words", raw.get("commitment_words"))),
        byline_words=frozenset(_strings("byline_words", raw.get("byline_words"))),
        publication_fields=frozenset(_strings("publication_fields", raw.get("publication_fields"))),
        baselines=_compile(
            "baseline_before", _strings("baseline_before", raw.get("baseline_before"))
        ),
        generic_dates=_compile(
            "generic_dates", _strings("generic_dates", raw.get("generic_dates")), re.IGNORECASE
        ),
        present_words=_compile(
            "present_words", _strings("present_words", raw.get("present_words")), re.IGNORECASE
        ),
        present_before=_compile(
            "present_before", _strings("present_before", raw.get("present_before")), re.IGNORECASE
        ),
    )
