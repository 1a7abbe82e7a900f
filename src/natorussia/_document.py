"""The structure of a web article: metadata, page chrome, paragraphs, endnotes.

Text scraped from a web page is a sequence of lines. Each line is classified
once, top to bottom:

* **page chrome** (share prompts, polls, photo credits and their captions,
  teasers of other articles, disclaimers...) goes to ``boilerplate``; the
  rules live in ``data/page_chrome.json``;
* the **header** — everything before the first body paragraph — gives the
  date line, title, subtitle, byline and author blocks;
* the **body** gives headings and paragraphs; a paragraph repeated verbatim,
  or contained in another one (a pull quote), is kept once;
* an **endnote section** ("Notes", or a numbered run at the end) gives
  :class:`~natorussia.model.Reference` objects.

Nothing here knows any particular article: the rules are about the shapes
web pages take.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterator, Sequence

import attrs

from natorussia import _bios
from natorussia._blocks import SPEAKER, Block, layout
from natorussia._rules import AuthorFields, ChromeRule, author_fields, chrome_matcher
from natorussia._text import fold
from natorussia.dates import find_dates
from natorussia.fuzzydate import FuzzyDate, Precision
from natorussia.model import Affiliation, Author, Reference, Span
from natorussia.readers._source import Metadata

__all__ = ["Structure", "parse_structure"]


@attrs.frozen
class Structure:
    """What the layout of an article gives, before dates, entities and events."""

    title: str | None
    subtitle: str | None
    authors: tuple[Author, ...]
    published: FuzzyDate | None
    outlet: str | None
    paragraphs: tuple[str, ...]
    paragraph_spans: tuple[Span, ...]
    headings: tuple[str, ...]
    heading_spans: tuple[Span, ...]
    title_spans: tuple[Span, ...]
    byline_spans: tuple[Span, ...]
    boilerplate: tuple[str, ...]
    references: tuple[Reference, ...]


_Line = Block


# --- small classifiers --------------------------------------------------------------------------

_WORD = re.compile(r"\S+")
_NAME_TOKEN = re.compile(r"(?:[^\W\d_]\.|[^\W\d_][^\W\d_’'\-]*(?:[-’'][^\W\d_]+)*)")
_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "la", "le", "da", "di", "bin", "ibn", "al"}
)
_ORG_WORDS = frozenset(
    [
        "council",
        "club",
        "university",
        "institute",
        "department",
        "ministry",
        "committee",
        "commission",
        "agency",
        "affairs",
        "review",
        "press",
        "news",
        "times",
        "post",
        "journal",
        "gazette",
        "centre",
        "center",
        "foundation",
        "school",
        "faculty",
        "academy",
        "organization",
        "organisation",
        "union",
        "party",
        "group",
        "office",
        "bureau",
        "service",
        "association",
        "society",
        "fund",
        "programme",
        "program",
        "initiative",
        "conference",
        "summit",
    ]
)
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*(?:\s?\d{1,3}|\[\^?\w{1,4}\]|\^\d{1,3})?$")
_NOTES_HEADING = re.compile(
    r"(?:end\s?notes?|notes?|footnotes?|references?|sources?|(?:selected )?bibliography|literature"
    r"|further reading|works cited|reading list|notes and references)\s*:?",
    re.IGNORECASE,
)
_TRAILING_PROMPT = re.compile(
    r"\s\((?:read|see|watch|listen to|click|download|view)\b[^()]{0,100}\bhere\b[^()]{0,20}\)\.?$",
    re.IGNORECASE,
)
# "-   -   Doe, J. (2010)...": list markers (nested ones too) before an entry.
_BULLETS = re.compile(r"(?:[-*+•▪◦]\s*)+(?:\s|$)")
# A section inside a notes section: "Further reading", "External links", "History".
_SECTION_IN_NOTES = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,3}")
_NOTE_LABEL = re.compile(
    r"^(?:\[(?P<bracket>[ivxlcdm]{1,8}|\d{1,3})\]|(?P<number>\d{1,3})\.(?=\s)|\^(?P<caret>\d{1,3})"
    r"|\[\^(?P<footnote>\d{1,3})\]:)\s*"
)
_CHAPTER = re.compile(r"(?:chapter|part|section)\s+(?:\d+|[ivxlc]+)\b.*", re.IGNORECASE)
_BYLINE = re.compile(
    r"(?:by|written by|text by|words by|authors?\s*:)\s*(?P<rest>.+)", re.IGNORECASE
)
# "By Jane Roe | March 3, 2023": a byline may share its line with the date.
_BYLINE_SEPARATOR = re.compile(r"\s+[|•·]\s+|\s+[–—]\s+(?=\S*\d)")
_SELF_INTRO = re.compile(
    r"(?:hello|hi|greetings)[,!.]?\s+(?:this is|i am|i'm|i’m|my name is)\s+"
    r"(?P<name>[^,–—\-]+?)\s*(?:[,–—]|\s-\s)\s*(?P<description>[^.]+)",
    re.IGNORECASE,
)
_IDENTIFIER = re.compile(r"(?P<label>[A-Za-z][\w .\-]{0,40}?)\s*:\s*(?P<value>\S.*)")
_COUNT_LINE = re.compile(r"\d[\d,.]*\s*(?:\(\s*\d[\d,.]*\s*%\s*\))?|\d[\d,.]*\s*%")
_URL = re.compile(r"https?://\S+|www\.\S+")
# "MOSCOW, Feb 21 (Reuters) - ..." : a wire story's dateline names the agency.
_WIRE_DATELINE = re.compile(
    r"[A-Z][A-Z .'’\-]{1,40}(?:,\s*[A-Z][\w .]{0,24})?\s*\((?P<outlet>[A-Z][\w&.’' ]{0,30})\)\s*[-–—]\s"
)
# "Doe, J. (2019). Title." or "Doe, Jane. 2019. Title." : an author-date bibliography entry.
_BIB_ENTRY = re.compile(
    r"[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?, (?:[A-Z]\.|[A-Z][a-z]+)[^\n]{0,200}?\(?(?:1[6-9]|20)\d{2}[a-z]?\)?(?:[.,]|$)"
)
_AUTHOR_DATE = re.compile(
    r"(?P<authors>[^()]+?)\s*\(?(?P<year>(?:1[6-9]|20)\d{2})[a-z]?(?:,[^)]*)?\)?\.\s+(?P<title>[^.?!]+[?!]?)"
)
_IBID = re.compile(r"(?:ibid|ibidem|id)\.?(?:[,;]|\s|$)", re.IGNORECASE)
_CITED_AUTHOR = re.compile(
    r"(?P<author>(?:(?:[A-Z]\.|[A-Z][\w’'\-]+)\s){0,3}[A-Z][\w’'\-]+)\.\s+(?P<rest>.+)", re.DOTALL
)
_QUOTED_TITLE = re.compile(r"[“\"](?P<title>[^”\"]{3,}?)[,.]?[”\"]")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _collective(text: str, fields: AuthorFields) -> bool:
    """A byline naming no person ("SPIEGEL Staff", "The Editorial Board")."""
    tokens = text.split()
    return 1 <= len(tokens) <= 5 and tokens[-1].casefold().strip(".,") in fields.collective_words


def _is_name(text: str, fields: AuthorFields) -> bool:
    """A line that is a person's name and nothing else ("Fyodor A. Lukyanov")."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or _collective(text, fields):
        return False
    capitalised = 0
    for token in tokens:
        if token.casefold() in _PARTICLES:
            continue
        if not _NAME_TOKEN.fullmatch(token) or not token[0].isupper() or len(token) == 1:
            return False
        low = token.casefold()
        if low in fields.role_words or low in _ORG_WORDS:
            return False
        capitalised += 1
    return capitalised >= 2 and tokens[0].casefold() not in _PARTICLES


def _is_body(text: str) -> bool:
    """A line that reads as running prose rather than a label or headline."""
    if len(text) >= 160:
        return True  # its words are not counted (a paragraph is long)
    return len(_words(text)) >= 12 and bool(_SENTENCE_END.search(text))


def _speaker_turn(text: str) -> bool:
    """ "MODERATOR: Good afternoon." opens a transcript's body; "NATO: Seventy Years On" is a headline."""
    label = SPEAKER.match(text)
    if label is None:
        return False
    rest = text[label.end() :]
    return bool(_SENTENCE_END.search(rest)) or not _title_cased(rest)


def _reads_as_sentence(text: str) -> bool:
    """A full sentence, not a headline: eight words or more ending with a full stop."""
    return (
        text.endswith(".")
        and not text.endswith("..")
        and len(_words(text)) >= 8
        and not _title_cased(text)
    )


def _title_cased(text: str) -> bool:
    content = [w for w in _words(text) if len(w.strip("“”\"'’:,?.()")) >= 4]
    if not content:
        return False
    upper = sum(1 for w in content if w.strip("“”\"'’(")[:1].isupper())
    return upper / len(content) >= 0.6


def _is_heading(text: str) -> bool:
    if len(text) <= 200 and _CHAPTER.fullmatch(text):
        return True
    if len(text) > 150:
        return False  # before its words are counted: most lines are long paragraphs
    words = _words(text)
    if not words or len(words) > 16:
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    last = text[-1]
    if last in ".,;:!…" or text.endswith(("”.", '".')):
        return False
    if last != "?" and _SENTENCE_END.search(text):
        return False  # "… every year.[^1]": a sentence with its note mark
    if last == "?":
        return len(words) <= 10 and _title_cased(text)
    return True


def _label_value(text: str) -> tuple[str, str] | None:
    match = _IDENTIFIER.fullmatch(text)
    if match is None:
        return None
    return match["label"].strip(), match["value"].strip()


def _identifier(text: str, fields: AuthorFields) -> tuple[str, str] | None:
    pair = _label_value(text)
    if pair is None:
        return None
    scheme = fields.identifiers.get(pair[0].casefold())
    return (scheme, pair[1]) if scheme else None


_DATELINE_NOISE = re.compile(
    r"\b(?:last\s+)?(?:published|updated|posted|modified|date|on|at)\b:?"
    r"|\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?"
    r"|\b(?:[ap]\.?m\.?|utc|gmt|msk|cet|cest|eet|eest|bst|est|edt|pst|pdt)\b"
    r"|\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b"
    r"|\b\d+\s*min(?:ute)?s?\s+read\b"
    r"|[|•·,;:–—\-]",
    re.IGNORECASE,
)
# "Warsaw, Poland", "Brussels, Belgium": the place line of a speech or a dateline.
_PLACE_LINE = re.compile(
    r"[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,2}, [A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,2}"
)
_BULLET = re.compile(r"[-*+•▪◦]\s+(?=\S)")
# "from The Daily Example Website": where a clipping says it came from.
_CLIPPED_FROM = re.compile(
    r"\bfrom (?:the )?(?P<outlet>[\w.’'&\- ]{2,60}?) (?:website|web site|blog)\.?$", re.IGNORECASE
)
_DATELINE_BY = re.compile(r"\bby\s+(?P<names>.+)$", re.IGNORECASE)


def _date_line(text: str) -> tuple[FuzzyDate, str | None] | None:
    """The date of a line that is only a date, perhaps with time, "Updated" and a byline.

    Returns the date and, for "Posted on March 3, 2023 by Jane Roe", the byline.
    """
    if len(text) > 120:
        return None
    matches = find_dates(text)
    dated = [m for m in matches if m.date is not None and not m.relative]
    if len(dated) != 1 or dated[0].date is None:
        return None
    if dated[0].date.precision not in {Precision.DAY, Precision.MONTH}:
        return None
    rest = text
    for match in reversed(matches):
        rest = rest[: match.span[0]] + " " + rest[match.span[1] :]
    byline = _DATELINE_BY.search(rest)
    if byline is not None:
        rest = rest[: byline.start()]
    if _DATELINE_NOISE.sub(" ", rest).strip():
        return None
    return dated[0].date, byline["names"].strip(" |•·–—-,;") if byline else None


# --- page chrome ---------------------------------------------------------------------------------


def _chrome_rule(text: str, *, in_header: bool) -> ChromeRule | None:
    return chrome_matcher().first(text, in_header=in_header)


def _outlet(text: str, rule: ChromeRule) -> str | None:
    if rule.outlet_group is None:
        return None
    match = rule.pattern.fullmatch(text)
    return match[rule.outlet_group].strip() if match and match[rule.outlet_group] else None


# --- authors ---------------------------------------------------------------------------------------


def _split_role(text: str, fields: AuthorFields) -> Affiliation:
    """Split "Head of the European Security Department RAS Institute of Europe"
    or "Valdai Club Programme Director" into institution and role."""
    words = text.split()
    low = [w.casefold().strip(",;") for w in words]
    # "ROLE of the UNIT INSTITUTION": the role ends at the first unit word.
    if low and low[0] in fields.role_words and "of" in low:
        for i, word in enumerate(low):
            if word in fields.unit_words and i + 1 < len(words):
                return Affiliation(" ".join(words[i + 1 :]), " ".join(words[: i + 1]))
    # "INSTITUTION ROLE": the role is the trailing run of role words.
    cut = len(words)
    while cut > 0 and low[cut - 1] in fields.role_words:
        cut -= 1
    if 0 < cut < len(words):
        return Affiliation(" ".join(words[:cut]), " ".join(words[cut:]))
    if cut == 0:
        return Affiliation("", text)
    return Affiliation(text, None)


def _is_role(text: str, fields: AuthorFields) -> bool:
    words = [w.casefold().strip(",;") for w in text.split()]
    return bool(words) and (
        text.endswith(";")
        or all(w in fields.role_words or w in {"of", "and", "the"} for w in words)
        or (words[0] in fields.role_words and len(words) <= 4)
    )


def _description_and_affiliations(
    parts: Sequence[str], fields: AuthorFields
) -> tuple[list[str], list[Affiliation]]:
    description: list[str] = []
    affiliations: list[Affiliation] = []
    for part in parts:
        part = part.strip(" .;")
        if not part:
            continue
        if any(p.fullmatch(part) for p in fields.degrees) or part[:1].islower():
            description.append(part)
            continue
        affiliation = _split_role(part, fields)
        if affiliation.institution:
            affiliations.append(affiliation)
        else:
            description.append(part)
    return description, affiliations


def _split_names(text: str) -> list[str]:
    return [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", text) if n.strip()]


def _name_list(text: str, fields: AuthorFields) -> list[str]:
    """The names of "Jane Smith, John Doe and Ann Roe", if the line is only names."""
    if len(text) > 150:
        return []
    names = _split_names(text.rstrip(". "))
    return names if names and all(_is_name(n, fields) for n in names) else []


def _byline_authors(rest: str, fields: AuthorFields) -> list[Author]:
    """Authors of "Jane Roe and John Doe" or "Ivan Timofeev, Valdai Club Programme Director & ..."."""
    chunks = [c.strip() for c in re.split(r",|\s&\s|\band\b", rest.rstrip(". "))]
    names: list[str] = []
    index = 0
    while index < len(chunks) and _is_name(chunks[index], fields):
        names.append(chunks[index])
        index += 1
    if not names:
        return []
    # What follows a single name describes that author; with several names it
    # cannot be attributed, so it is left out rather than guessed.
    described = rest.split(",", 1)[1] if len(names) == 1 and "," in rest else ""
    if not described:
        return [Author(name) for name in names]
    description, affiliations = _description_and_affiliations(
        re.split(r"\s&\s|;", described), fields
    )
    return [
        Author(
            names[0],
            tuple(affiliations),
            description="; ".join(description) or None,
        )
    ]


class _AuthorBlock:
    """An author block: name, then affiliations, degrees and identifiers."""

    def __init__(self, name: str, fields: AuthorFields) -> None:
        self.name = name
        self.fields = fields
        self.description: list[str] = []
        self.affiliations: list[Affiliation] = []
        self.identifiers: dict[str, str] = {}
        self._pending: list[str] = []

    def take(self, text: str) -> bool:
        """Absorb one line of the block; False if the line is not part of it."""
        identifier = _identifier(text, self.fields)
        if identifier is not None:
            self.identifiers.setdefault(*identifier)
            return True
        if _is_body(text):
            return False
        if _is_role(text, self.fields) and self._pending:
            self.affiliations.append(Affiliation("; ".join(self._pending), text.rstrip(" ;")))
            self._pending = []
            return True
        if "," in text and not self._pending:
            description, affiliations = _description_and_affiliations(text.split(","), self.fields)
            if description or any(a.role for a in affiliations):
                self.description.extend(description)
                self.affiliations.extend(affiliations)
                return True
        if any(p.fullmatch(text.strip(" .;")) for p in self.fields.degrees):
            self.description.append(text.strip(" .;"))
            return True
        if _is_role(text, self.fields):
            self.affiliations.append(_split_role(text.rstrip(" ;"), self.fields))
            return True
        self._pending.append(text)
        return True

    def author(self) -> Author:
        affiliations = self.affiliations + [Affiliation(p) for p in self._pending]
        return Author(
            self.name,
            tuple(affiliations),
            self.identifiers,
            "; ".join(self.description) or None,
        )


# --- endnotes --------------------------------------------------------------------------------------


def _note_label(text: str) -> re.Match[str] | None:
    return _NOTE_LABEL.match(text)


def _label_value_of(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g is not None)


def _strip_url(url: str) -> str:
    return url.rstrip(".,;)”\"'’")


def _reference(label: str, body: str, span: Span, previous: Sequence[Reference]) -> Reference:
    urls = [_strip_url(u) for u in _URL.findall(body)]
    url = urls[0] if urls else None
    searchable = _URL.sub(lambda m: " " * len(m.group()), body)
    accessed: FuzzyDate | None = None
    date: FuzzyDate | None = None
    for match in find_dates(searchable):
        if match.date is None:
            continue
        before = searchable[max(0, match.span[0] - 25) : match.span[0]].casefold()
        if "accessed" in before or "retrieved" in before or "viewed" in before:
            accessed = accessed or match.date
        elif date is None:
            date = match.date
    title: str | None = None
    authors: tuple[str, ...] = ()
    quoted = _QUOTED_TITLE.search(body)
    author_date = _AUTHOR_DATE.match(body) if _BIB_ENTRY.match(body) else None
    if author_date:
        title = author_date["title"].strip(" .")
        authors = tuple(
            a.strip(" &")
            for a in re.split(r"(?<=\.),\s*(?:&\s*)?|\s+&\s+|\s+and\s+", author_date["authors"])
            if a.strip(" &")
        )
    elif quoted:
        title = quoted["title"].strip(" ,.")
        head = body[: quoted.start()].strip(" ,.")
        authors = tuple(n for n in _split_names(head) if _author_like(n))
    elif not _IBID.match(body):
        # "Author. Title / Journal. Year." (bibliographic style) or a bare title.
        cited = _CITED_AUTHOR.match(body)
        if cited and _looks_like_person(cited["author"]):
            authors = (cited["author"],)
            body_title = cited["rest"]
        else:
            body_title = body
        title = re.split(r"\s/{1,2}\s|\.\s|\n", body_title, maxsplit=1)[0].strip(" .") or None
    repeats: Reference | None = None
    if _IBID.match(body) and previous:
        last = previous[-1]
        repeats = last.repeats or last
    elif title and len(title) >= 15:
        key = fold(title).rstrip(".")
        for earlier in previous:
            if earlier.title and earlier.repeats is None and fold(earlier.title).startswith(key):
                repeats = earlier
                break
    return Reference(label, body, span, authors, title, url, accessed, date, repeats)


def _author_like(text: str) -> bool:
    """A person ("Nicolai N. Petro"), a surname ("Iulian") or a body ("NATO")."""
    tokens = text.split()
    return (
        1 <= len(tokens) <= 5
        and all(t[:1].isupper() for t in tokens)
        and not any(c in text for c in '“”"«»')
    )


def _looks_like_person(text: str) -> bool:
    tokens = text.split()
    return (
        2 <= len(tokens) <= 4
        and all(t[0].isupper() for t in tokens)
        and not any(t.casefold().strip(".") in _ORG_WORDS for t in tokens)
    )


# --- the parser ---------------------------------------------------------------------------------


class _Parser:
    def __init__(self, text: str, format: str, metadata: Metadata) -> None:
        self.text = text
        front = metadata.front_matter[1] if metadata.front_matter else 0
        found = layout(
            text,
            markdown=format == "markdown",
            front_matter=front,
            paged=format == "pdf" or "\f" in text,
        )
        self.lines = list(found.blocks)
        self.metadata = metadata
        self.fields = author_fields()
        self.chrome: set[int] = set(found.chrome)
        # Header lines that name the authors: chrome of the page, yet the persons
        # they name are named in the document, so the mentions stage reads them.
        self.bylines: set[int] = set()
        self.boilerplate: list[int] = []
        self.title: int | None = None
        self.subtitle: int | None = None
        self.authors: list[Author] = []
        self.published: FuzzyDate | None = None
        self.outlet: str | None = None
        self.headings: list[int] = []
        self.paragraphs: list[int] = []
        self.references: list[Reference] = []
        self.extra_chrome: list[str] = []
        # A collective byline ("EXAMPLE Staff"): its role, the body it names, and
        # how many authors were known before it (those after it are its members).
        self.staff: tuple[str, str, int] | None = None
        self._chrome_seen: dict[tuple[str, bool], ChromeRule | None] = {}

    def _chrome_rule(self, text: str, *, in_header: bool) -> ChromeRule | None:
        """The chrome rule a line matches; asked by several passes, so remembered per document."""
        key = (text, in_header)
        if key not in self._chrome_seen:
            self._chrome_seen[key] = _chrome_rule(text, in_header=in_header)
        return self._chrome_seen[key]

    # Page chrome is found first, in one pass, because blocks (teasers, polls,
    # captions) reach backwards and forwards over lines that look innocent.
    def mark_chrome(self, body_start: int) -> None:
        lines = self.lines
        index = 0
        while index < len(lines):
            line = lines[index]
            if line.blank:
                index += 1
                continue
            rule = self._chrome_rule(line.text, in_header=index < body_start)
            if rule is None:
                index += 1
                continue
            self.chrome.add(index)
            self.outlet = self.outlet or _outlet(line.text, rule)
            if rule.block == "teaser":
                back = index - 1
                while (
                    back >= 0
                    and index - back <= 4
                    and not lines[back].blank
                    and len(lines[back].text) < 300
                ):
                    self.chrome.add(back)
                    back -= 1
            elif rule.block == "caption":
                forward = index + 1
                while (
                    forward < len(lines)
                    and forward - index <= 3
                    and not lines[forward].blank
                    and len(lines[forward].text) <= 120
                    and not _is_body(lines[forward].text)
                ):
                    self.chrome.add(forward)
                    forward += 1
                index = forward
                continue
            elif rule.block == "caption_end":
                back = index - 1
                while back >= 0 and lines[back].blank:
                    back -= 1
                if back >= 0 and lines[back].text.endswith(":") and len(lines[back].text) <= 160:
                    self.chrome.add(back)  # "Ministers after the meeting:" heads the caption
            elif rule.block == "list":
                forward = index + 1
                while (
                    forward < len(lines)
                    and not lines[forward].blank
                    and len(lines[forward].text) <= 120
                    and not _is_body(lines[forward].text)
                    and self._chrome_rule(lines[forward].text, in_header=False) is None
                ):
                    self.chrome.add(forward)
                    forward += 1
                forward = self._list_items(forward)
                index = forward
                continue
            elif rule.block == "poll":
                forward = index + 1
                while forward < len(lines):
                    candidate = lines[forward]
                    if not (
                        candidate.blank
                        or candidate.indented
                        or _COUNT_LINE.fullmatch(candidate.text)
                    ):
                        break
                    if not candidate.blank:
                        self.chrome.add(forward)
                    forward += 1
                index = forward
                continue
            index += 1

    def _list_items(self, index: int) -> int:
        """Mark the list items (bullets, perhaps apart by blank lines) from ``index`` on.

        A short line ending with a colon between them ("Similar bodies:")
        labels the items that follow it and goes with the list.
        """
        lines = self.lines
        while index < len(lines):
            ahead = self._next_content(index)
            if ahead == len(lines):
                return ahead
            line = lines[ahead]
            if self._is_item(line):
                self.chrome.add(ahead)
            elif line.text.endswith(":") and len(line.text) <= 60:
                following = self._next_content(ahead + 1)
                if following == len(lines) or not self._is_item(lines[following]):
                    return index
                self.chrome.add(ahead)
            else:
                return index
            index = ahead + 1
        return index

    def _next_content(self, index: int) -> int:
        while index < len(self.lines) and self.lines[index].blank:
            index += 1
        return index

    @staticmethod
    def _is_item(line: Block) -> bool:
        return (line.item or bool(_BULLET.match(line.text))) and len(line.text) <= 160

    def header(self) -> int:
        """Read the header; return the index of the first body line."""
        lines = self.lines
        index = 0
        block: _AuthorBlock | None = None
        while index < len(lines):
            line = lines[index]
            text = line.text
            if line.blank or index in self.chrome:
                index += 1
                continue
            if self.staff is None and (collective := _bios.collective_role(text)) is not None:
                self.staff = (*collective, len(self.authors))
            if self._chrome_rule(text, in_header=True) is not None and (
                block is None or _identifier(text, self.fields) is None
            ):
                index += 1
                continue
            if self._given_title(index):
                index += 1
                continue
            if self.outlet is None and (clipped := _CLIPPED_FROM.search(text)):
                self.outlet = clipped["outlet"].strip()  # "by Jane Roe, May 2, 2016 from X Website"
            if line.heading and self._titled():
                break  # a Markdown section heading: the body begins
            if block is not None:
                if block.take(text):
                    self.chrome.add(index)
                    index += 1
                    continue
                self.authors.append(block.author())
                block = None
            if self.published is None and (dateline := _date_line(text)) is not None:
                self.published, names = dateline
                if names:
                    self.authors.extend(_byline_authors(names, self.fields))
                    self.bylines.add(index)
                self.chrome.add(index)
            elif (byline := _BYLINE.fullmatch(text)) and (found := self._byline(byline["rest"])):
                self.authors.extend(found)
                self.chrome.add(index)
                self.bylines.add(index)
            elif self.title is None and line.heading and self.metadata.title is None:
                self.title = index
            elif _collective(text, self.fields) and len(text) <= 60:
                self.chrome.add(index)  # "Staff": the names follow
            elif _is_name(text, self.fields) and (self._titled() or self._block_follows(index)):
                block = _AuthorBlock(text, self.fields)
                self.chrome.add(index)
                self.bylines.add(index)
            elif self._titled() and (listed := _name_list(text, self.fields)):
                self.authors.extend(Author(name) for name in listed)
                self.chrome.add(index)
                self.bylines.add(index)
            elif _is_body(text) or _speaker_turn(text):
                break  # prose or a speaker's turn: the body begins
            elif _PLACE_LINE.fullmatch(text) and self._titled():
                self.chrome.add(index)  # "Warsaw, Poland": where a speech was given
            elif self.title is None and self.metadata.title is None:
                if _reads_as_sentence(text) or self._alone(index):
                    break  # no headline: the text is all body
                self.title = index
            elif self.subtitle is None and not self.authors and self.metadata.subtitle is None:
                if _reads_as_sentence(text) or self._alone(index):
                    break  # a sentence after the headline, or the only line: the body
                self.subtitle = index
            else:
                break
            index += 1
        if block is not None:
            self.authors.append(block.author())
        return index

    def _merged_authors(self) -> tuple[Author, ...]:
        """The format's authors, with what the text says about each; else the text's."""
        if not self.metadata.authors:
            return tuple(self.authors)
        described = {fold(a.name): a for a in self.authors}
        return tuple(described.get(fold(name), Author(name)) for name in self.metadata.authors)

    def _alone(self, index: int) -> bool:
        """Whether nothing but blank lines and chrome follows line ``index``."""
        return all(
            line.blank or position in self.chrome
            for position, line in enumerate(self.lines[index + 1 :], index + 1)
        )

    def _titled(self) -> bool:
        return self.title is not None or self.metadata.title is not None

    def _given_title(self, index: int) -> bool:
        """The line repeats the title the format gave: it is the title's place in the text."""
        text = fold(" ".join(self.lines[index].text.split()))
        title, subtitle = self.metadata.title, self.metadata.subtitle
        if title and self.title is None and text == fold(" ".join(title.split())):
            self.title = index
            return True
        if subtitle and self.subtitle is None and text == fold(" ".join(subtitle.split())):
            self.subtitle = index
            return True
        return False

    def _byline(self, rest: str) -> list[Author]:
        """The authors of a byline; a date sharing its line is the publication date."""
        names, *others = _BYLINE_SEPARATOR.split(rest)
        for other in others:
            dateline = _date_line(other)
            if dateline is None:
                return []  # not a byline after all: something else shares the line
            if self.published is None:
                self.published = dateline[0]
        return _byline_authors(names, self.fields)

    def _block_follows(self, index: int) -> bool:
        """Whether an author block (degrees, roles, identifiers) follows line ``index``.

        A lone name-shaped line before any headline may be the headline itself
        ("A Quiet Reset"); what comes after it tells them apart.
        """
        following = next((line.text for line in self.lines[index + 1 :] if not line.blank), "")
        first = following.split(",")[0].strip(" .;")
        return (
            _identifier(following, self.fields) is not None
            or any(p.fullmatch(first) for p in self.fields.degrees)
            or _is_role(following, self.fields)
        )

    def notes_start(self, start: int) -> int | None:
        """Where an unheaded endnote run begins: numbered notes from 1 (or i) to the end."""
        lines = self.lines
        for index in range(start, len(lines)):
            line = lines[index]
            if index in self.chrome or line.blank:
                continue
            match = _note_label(line.text)
            if match is None or _label_value_of(match) not in {"1", "i"}:
                continue
            if self._notes_run_to_end(index):
                return index
        return None

    def _notes_run_to_end(self, index: int) -> bool:
        lines = self.lines
        expected = 1
        continuation = 0
        notes = 0
        for position in range(index, len(lines)):
            line = lines[position]
            if position in self.chrome:
                break
            if line.blank:
                continue
            match = _note_label(line.text)
            if match is not None:
                value = _label_value_of(match)
                number = int(value) if value.isdigit() else _roman(value)
                if number != expected:
                    return False
                expected += 1
                notes += 1
                continuation = 0
            else:
                continuation += 1
                if continuation > 2 or (_is_body(line.text) and len(line.text) > 300):
                    return False
        return notes >= 2

    def body(self, start: int) -> None:
        lines = self.lines
        notes_at = self.notes_start(start)
        in_notes = False
        note: tuple[str, int, int, int] | None = None  # label, span start, body start, end
        for index in range(start, len(lines)):
            line = lines[index]
            if line.blank:
                continue
            if index in self.chrome or self._chrome_rule(line.text, in_header=False):
                self.chrome.add(index)
                if in_notes:
                    self._close_note(note)
                    note = None
                    in_notes = False
                continue
            if not in_notes and (
                index == notes_at
                or (_NOTES_HEADING.fullmatch(line.text) and self._notes_follow(index))
            ):
                in_notes = True
                if index != notes_at:
                    self.headings.append(index)  # "Notes" heads its section like any heading
                    continue
            if in_notes:
                match = _note_label(line.text)
                if match is not None:
                    self._close_note(note)
                    note = (match.group().strip(), line.start, line.start + match.end(), line.end)
                elif note is not None and note[0] and not _BULLETS.match(line.text):
                    note = (note[0], note[1], note[2], line.end)  # a labelled note runs on
                elif _BULLETS.fullmatch(line.text):
                    self.chrome.add(index)  # an empty list item
                elif _SECTION_IN_NOTES.fullmatch(line.text):
                    self._close_note(note)
                    note = None
                    if _NOTES_HEADING.fullmatch(line.text):
                        self.headings.append(index)  # "Further reading" heads more notes
                    else:
                        self.chrome.add(index)  # "External links", "Videos": link lists
                else:
                    # An unlabelled list ("References" in author-date style): a note a line.
                    self._close_note(note)
                    bullets = _BULLETS.match(line.text)
                    begin = line.start + (bullets.end() if bullets else 0)
                    note = ("", begin, begin, line.end)
                continue
            if (line.heading or _is_heading(line.text)) and self._followed_by_text(index):
                self.headings.append(index)
            else:
                self.paragraphs.append(index)
        self._close_note(note)
        self._demote_lists()

    def _demote_lists(self) -> None:
        """Heading-shaped lines that follow one another are a list, not headings.

        A heading introduces text; in a run of short unpunctuated lines
        ("Finland joined in April 2023" / "Sweden joined in March 2024") only
        the first can be a heading, and the rest are the list's items.
        """
        body = sorted(self.paragraphs + self.headings)
        headings = set(self.headings)
        demoted = {
            later
            for earlier, later in itertools.pairwise(body)
            if earlier in headings
            and later in headings
            and not self.lines[later].heading
            and not _CHAPTER.fullmatch(self.lines[later].text)
            and not _NOTES_HEADING.fullmatch(self.lines[later].text)
        }
        if demoted:
            self.headings = [i for i in self.headings if i not in demoted]
            self.paragraphs = sorted(self.paragraphs + list(demoted))

    def _notes_follow(self, index: int) -> bool:
        for line in self.lines[index + 1 :]:
            if not line.blank and not _BULLETS.fullmatch(line.text):
                text = _BULLETS.sub("", line.text, count=1)
                return _note_label(text) is not None or bool(_BIB_ENTRY.match(text))
        return False

    def _followed_by_text(self, index: int) -> bool:
        for position in range(index + 1, len(self.lines)):
            if not self.lines[position].blank and position not in self.chrome:
                return True
        return False

    def _close_note(self, note: tuple[str, int, int, int] | None) -> None:
        if note is None:
            return
        for label, start, body_start, end in _run_on_notes(self.text, *note):
            body = self.text[body_start:end].strip()
            if not body:
                self.extra_chrome.append(label)  # a note mark whose text the page lost
                continue
            if any(r.label == label and r.text == body for r in self.references[-64:]):
                self.extra_chrome.append(self.text[start:end].strip())  # a copied run
                continue
            self.references.append(_reference(label, body, (start, end), self.references))

    def self_introduction(self) -> None:
        """ "Hello, this is NAME – a political scientist, ..." in the first paragraphs."""
        if self.authors:
            return
        for index in self.paragraphs[:3]:
            match = _SELF_INTRO.match(self.lines[index].text)
            if match and _is_name(match["name"].strip(), self.fields):
                self.authors.append(
                    Author(match["name"].strip(), description=match["description"].strip())
                )
                return

    def author_bio(self) -> None:
        """A paragraph about the author ("Jane Roe is a senior fellow at ...") that closes or
        opens the body describes the author and gives the affiliations it states.

        The paragraph stays in the body: it is text the article prints, and its
        dated facts ("since 2019 she has worked at ...") are events like any other.
        """
        authors = list(self._merged_authors())
        if not authors or not self.paragraphs:
            return
        candidates = dict.fromkeys([self.paragraphs[-1], self.paragraphs[0]])
        for index in candidates:
            text = self.lines[index].text
            found = _bios.read_bio(text, authors)
            if found is None:
                continue
            for position, affiliations in found.items():
                author = authors[position]
                known = {fold(a.institution) for a in author.affiliations}
                new = [a for a in affiliations if fold(a.institution) not in known]
                authors[position] = attrs.evolve(
                    author,
                    affiliations=author.affiliations + tuple(new),
                    description=author.description or text,
                )
            self.authors = authors
            return

    def staff_affiliations(self, outlet: str | None) -> None:
        """The authors named under a collective byline ("EXAMPLE Staff") are the outlet's staff."""
        if self.staff is None:
            return
        role, named, first = self.staff
        institution = outlet or named
        if not institution:
            return
        for position in range(first, len(self.authors)):
            author = self.authors[position]
            if any(fold(a.institution) == fold(institution) for a in author.affiliations):
                continue
            self.authors[position] = attrs.evolve(
                author, affiliations=(*author.affiliations, Affiliation(institution, role))
            )

    def wire_outlet(self) -> None:
        """A wire story's dateline ("MOSCOW, Feb 21 (Reuters) -") names the agency."""
        if self.outlet is None and self.paragraphs:
            match = _WIRE_DATELINE.match(self.lines[self.paragraphs[0]].text)
            if match is not None:
                self.outlet = match["outlet"].strip()

    def editor_outlet(self) -> None:
        """An editor-in-chief writing in the header names the outlet he edits."""
        if self.outlet is not None:
            return
        for author in self.authors:
            for affiliation in author.affiliations:
                if affiliation.role and "editor" in affiliation.role.casefold():
                    self.outlet = affiliation.institution
                    return

    def trailing_prompts(self) -> None:
        """ "… the truth. (Read the full statement here.)": a link prompt ends the paragraph."""
        for index in self.paragraphs:
            line = self.lines[index]
            found = _TRAILING_PROMPT.search(line.text)
            if found is None or found.start() == 0 or line.end - line.start != len(line.text):
                continue
            kept = line.text[: found.start()].rstrip()
            self.lines[index] = attrs.evolve(line, end=line.start + len(kept), text=kept)
            self.extra_chrome.append(found.group().strip())

    def fused_repeats(self, kept: Sequence[int]) -> None:
        """A pull quote fused into a paragraph: its first or last sentence repeats an earlier one.

        Pages that lose their layout glue a pull quote to the paragraph next
        to it; the sentence then stands twice in the body. The later copy,
        when it opens or closes its paragraph, leaves it for ``boilerplate``.
        """
        seen: dict[str, int] = {}
        for position, index in enumerate(kept):
            line = self.lines[index]
            sentences = _sentences_of(line.text)
            folded = line.text.casefold()
            if len(folded) == len(line.text):  # one character each: slices of it fold alike
                keys = [_words_key(folded[a:b]) for a, b in sentences]
            else:
                keys = [_sentence_key(line.text[a:b]) for a, b in sentences]
            if line.end - line.start == len(line.text) and len(sentences) >= 2:
                for edge, key in ((0, keys[0]), (-1, keys[-1])):
                    earlier = seen.get(key)
                    if earlier is None or position - earlier > _PULL_QUOTE_REACH:
                        continue
                    if len(key) < 25 or key.count(" ") < 4:
                        continue
                    start, end = sentences[edge]
                    self.extra_chrome.append(line.text[start:end])
                    if edge == 0:
                        cut = sentences[1][0]
                        line = attrs.evolve(line, start=line.start + cut, text=line.text[cut:])
                    else:
                        cut = sentences[-2][1]
                        line = attrs.evolve(line, end=line.start + cut, text=line.text[:cut])
                    self.lines[index] = line
                    break
            for key in keys:
                seen.setdefault(key, position)

    def parse(self) -> Structure:
        body_start = self.header()
        self.mark_chrome(body_start)
        self.body(body_start)
        self.trailing_prompts()
        self.self_introduction()
        self.wire_outlet()
        self.editor_outlet()
        self.staff_affiliations(self.metadata.outlet or self.outlet)
        self.author_bio()
        kept, duplicates = _deduplicate(self.paragraphs, self.lines)
        self.fused_repeats(kept)
        paragraphs = [self.lines[i] for i in kept]
        chrome_lines = sorted(self.chrome | set(duplicates))
        title = self.lines[self.title] if self.title is not None else None
        subtitle = self.lines[self.subtitle] if self.subtitle is not None else None
        headings = [self.lines[i] for i in self.headings]
        given = self.metadata
        return Structure(
            title=given.title or (title.text if title else None),
            subtitle=given.subtitle or (subtitle.text if subtitle else None),
            authors=self._merged_authors(),
            published=_metadata_date(given.published) or self.published,
            outlet=given.outlet or self.outlet,
            paragraphs=tuple(p.text for p in paragraphs),
            paragraph_spans=tuple((p.start, p.end) for p in paragraphs),
            headings=tuple(h.text for h in headings),
            heading_spans=tuple((h.start, h.end) for h in headings),
            title_spans=tuple((t.start, t.end) for t in (title, subtitle) if t is not None),
            byline_spans=tuple(
                (self.lines[i].start, self.lines[i].end) for i in sorted(self.bylines)
            ),
            boilerplate=tuple(self.lines[i].text for i in chrome_lines if not self.lines[i].blank)
            + tuple(self.extra_chrome),
            references=tuple(self.references),
        )


_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _metadata_date(value: str | None) -> FuzzyDate | None:
    """The publication date a format gives ("2019-11-02 08:30:00 +0100", "March 3, 2021")."""
    if not value:
        return None
    iso = _ISO_DAY.match(value.strip())
    if iso is not None:
        try:
            return FuzzyDate.from_date(dt.date(*(int(g) for g in iso.groups())), text=value)
        except ValueError:
            return None
    for match in find_dates(value):
        if match.date is not None and not match.relative:
            return match.date
    return None


_INLINE_LABEL = re.compile(r"\s(\[?)(\d{1,3})([.\]])\s+(?=\S)")


def _run_on_notes(
    text: str, label: str, start: int, body_start: int, end: int
) -> Iterator[tuple[str, int, int, int]]:
    """Split notes that a page ran together on one line ("1. Doe, Title. 2. Roe, ...").

    A number inside a note splits it only if it is the very next label in
    the same style ("3." after "2.", "[4]" after "[3]"), so "New York: 1997."
    does not; the line is read once, left to right.
    """
    numbered = re.fullmatch(r"(\[?)(\d{1,3})([.\]])", label)
    if numbered is None:
        yield label, start, body_start, end
        return
    opening, number, closing = numbered[1], int(numbered[2]), numbered[3]
    for found in _INLINE_LABEL.finditer(text, body_start, end):
        if (found[1], found[3]) != (opening, closing) or int(found[2]) != number + 1:
            continue
        yield label, start, body_start, found.start()
        number += 1
        label, start, body_start = found.group().strip(), found.start() + 1, found.end()
    yield label, start, body_start, end


def _roman(value: str) -> int:
    numerals = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    total = 0
    for char, following in zip(value, [*value[1:], ""], strict=True):
        number = numerals[char]
        total += -number if following and numerals[following] > number else number
    return total


def _pull_quote_key(text: str) -> str:
    return fold(text).rstrip(" .”\"’'")


# The break is group 1, after the stop: a pattern that opens with the stop itself lets
# the engine skip ahead to a stop (a look-behind first would be tried at every position).
_SENTENCE_BREAK = re.compile(r"[.!?…]([\"”’')]*\s+)(?=[\"“‘(]?[A-Z])")


def _sentence_key(sentence: str) -> str:
    """A sentence compared as words: case, spacing and closing punctuation aside."""
    return _words_key(sentence.casefold())


def _words_key(folded: str) -> str:
    """:func:`_sentence_key` of a sentence already case-folded."""
    return " ".join(folded.split()).rstrip(" .…”\"’'")


def _sentences_of(text: str) -> list[Span]:
    """Rough sentence spans of a paragraph (enough to compare whole sentences)."""
    spans = []
    start = 0
    for found in _SENTENCE_BREAK.finditer(text):
        spans.append((start, found.start(1) + len(found.group(1).rstrip())))
        start = found.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


_PULL_QUOTE_REACH = 60
"""How many paragraphs before and after a pull quote its source may stand."""


def _in_longer(
    key: str, joined: str, offsets: Sequence[int], low: int, high: int, keys: Sequence[str]
) -> bool:
    """Whether ``key`` stands inside a longer one of ``keys[low:high]``, found in ``joined``."""
    hit = joined.find(key, offsets[low], offsets[high])
    while hit >= 0:
        owner = bisect.bisect_right(offsets, hit) - 1
        if len(keys[owner]) > len(key):
            return True
        hit = joined.find(key, hit + 1, offsets[high])
    return False


def _deduplicate(paragraphs: Sequence[int], lines: Sequence[_Line]) -> tuple[list[int], list[int]]:
    """Keep each paragraph once; drop copies and pull quotes of longer paragraphs.

    Takes and returns line indices. A verbatim copy is dropped wherever it
    stands; a pull quote (a paragraph found inside a longer one) is looked for
    among its neighbours only, as page layouts put it near its source, which
    keeps the search linear in the length of the document.
    """
    keys = [_pull_quote_key(lines[i].text) for i in paragraphs]
    # Every key joined by NUL (which no key holds: a key with a NUL is compared one
    # by one), so that a key is looked for among its neighbours by C-level searches
    # of one stretch of this string, each hit then told apart by the key it lies in.
    joined = "\0".join(keys)
    offsets = list(itertools.accumulate((len(k) + 1 for k in keys), initial=0))
    kept: list[int] = []
    dropped: list[int] = []
    seen: set[str] = set()
    for position, (index, key) in enumerate(zip(paragraphs, keys, strict=True)):
        contained = False
        if len(key) >= 60 or (len(key) >= 30 and len(key.split()) >= 5):
            low = max(0, position - _PULL_QUOTE_REACH)
            high = min(len(keys), position + _PULL_QUOTE_REACH + 1)
            if "\0" in key:
                contained = any(len(other) > len(key) and key in other for other in keys[low:high])
            else:
                contained = _in_longer(key, joined, offsets, low, high, keys)
        if key in seen or contained:
            dropped.append(index)
        else:
            seen.add(key)
            kept.append(index)
    return kept, dropped


def parse_structure(
    text: str, *, format: str = "text", metadata: Metadata | None = None
) -> Structure:
    """Split an article's text into metadata, body, chrome and endnotes.

    Args:
        text: The document's text.
        format: ``"markdown"`` reads Markdown markup; other formats are read
            as plain text.
        metadata: What the format says (front matter, HTML meta); it wins
            over what the text's layout suggests, and the text fills the rest.
    """
    return _Parser(text, format, metadata or Metadata()).parse()


def iter_regions(structure: Structure) -> Iterator[Span]:
    """Spans of the text that carry content: title, bylines, headings, paragraphs, notes."""
    yield from structure.title_spans
    yield from structure.byline_spans
    yield from structure.heading_spans
    yield from structure.paragraph_spans
    for reference in structure.references:
        yield reference.span
