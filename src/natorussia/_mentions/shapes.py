"""Institutions recognised by their shape alone, without a list that names them.

Three recognisers, each one linear pass over the regions:

:func:`lower_head_names`
    One to three capitalised words before a lower-case head word that names a
    body or an agreement: "the Yalta agreement", "the Biden administration",
    "the Libyan government". The head words and the kind each gives are data
    (``org_heads.json``, field ``lower_heads``).
:func:`bare_acronyms`
    A word of two to six capitals (with an optional dash and capitals:
    "NTM-I") that no list knows and the text never defines: an organisation's
    acronym ("KLA", "OECD"). Words of an all-capitals line (a heading, a
    speaker label), Roman numerals and the words of ``name_stoplist.json``'s
    ``not_acronyms`` are not.
:func:`capital_names`
    Two to five words in capitals ending in a head word, inside a sentence
    written in lower case: "the ALLIED MOBILE CORPS took part". Read in title
    case ("Allied Mobile Corps"), the name has the kind of its head.
:func:`un_resolutions`
    "Resolution 1244", "UN Security Council Resolution 1973", "UN resolution
    1244": every form of one numbered resolution names one document.
:func:`web_sites`
    The host of a web address in the text (a cited source): "npr.org" of
    "https://www.npr.org/2016/…". Its kind follows the top-level domain.

>>> t = "After the Yalta agreement, the KLA fought. See https://www.npr.org/x."
>>> [(t[s:e], kind) for s, e, kind in lower_head_names(t, [(0, len(t))], {"agreement": "treaty_or_agreement"}, frozenset({"After"}))]
[('Yalta agreement', 'treaty_or_agreement')]
>>> [t[s:e] for s, e in bare_acronyms(t, [(0, len(t))], frozenset())]
['KLA']
>>> [(t[s:e], kind) for s, e, kind in web_sites(t, [(0, len(t))])]
[('npr.org', 'media_outlet')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Mapping, Sequence
from typing import Final

from natorussia._text import trie_pattern

__all__ = ["bare_acronyms", "capital_names", "lower_head_names", "un_resolutions", "web_sites"]

Span = tuple[int, int]

_UPPER: Final = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_CAP_WORD: Final = rf"[{_UPPER}][\w'\u2019.-]*"
_BEFORE_HEAD = re.compile(rf"(?:{_CAP_WORD}[ \u00a0]){{1,3}}\Z")
# Opens with two capitals, so the engine skips ahead fast; what stands before is
# checked in Python (a lookbehind first would be tried at every position).
_ACRONYM = re.compile(r"([A-Z][A-Z&][A-Z&]{0,4}(?:-[A-Z0-9]{1,3})?s?)(?![\w@]|[.\-/]\w)")
_ROMAN = re.compile(r"[IVXLCDM]+s?")
_HOST = re.compile(
    r"(?:https?://)?(?:www\d?\.)?((?:[a-z0-9-]+\.)+(com|org|net|gov|edu|int|mil|info|[a-z]{2}))"
    r"(?=[/:?#\s\"')\],;]|\.?$|\.\s)",
    re.IGNORECASE | re.MULTILINE,
)
_URL_START = re.compile(r"https?://|www\d?\.")
_GOVERNMENT_DOMAINS: Final = frozenset({"gov", "mil", "int"})


@functools.lru_cache(maxsize=8)
def _head_pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(trie_pattern(heads))


def lower_head_names(
    text: str,
    regions: Sequence[Span],
    heads: Mapping[str, str],
    function_words: frozenset[str],
) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of "Capitalised words + lower-case head" names.

    The capitalised words may not open with a function word ("The agreement"),
    and the name must not follow "'s" ("Russia's government" is the state's).
    """
    out: list[tuple[int, int, str]] = []
    if not heads:
        return out
    for start, _end, h_start, h_end, head in _words_in(text, regions, tuple(sorted(heads))):
        if (h_start > 0 and (text[h_start - 1].isalnum() or text[h_start - 1] == "-")) or (
            text[h_end : h_end + 1].isalnum() or text[h_end : h_end + 1] in ("-", "_")
        ):
            continue  # part of a longer word ("governments", "self-government")
        kind = heads[head]
        m = _BEFORE_HEAD.search(text, max(start, h_start - 90), h_start)
        if m is None:
            continue
        s = m.start()
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-'\u2019"):
            continue  # the run starts inside a longer word ("McDonald")
        words = m.group().split()
        while words and (words[0] in function_words or words[0].endswith((".", ","))):
            s = _after_blanks(text, s + len(words[0]))
            words.pop(0)
        if not words or any(w.endswith(("'s", "\u2019s", ".")) for w in words):
            continue
        out.append((s, h_end, kind))
    return out


def _after_blanks(text: str, at: int) -> int:
    """``at`` moved past the spaces and no-break spaces there (without copying the text)."""
    while at < len(text) and text[at] in " \u00a0":
        at += 1
    return at


def _words_in(
    text: str, regions: Sequence[Span], words: tuple[str, ...]
) -> list[tuple[int, int, int, int, str]]:
    """``(region start, region end, start, end, word)`` of what ``"|".join(words)`` (sorted
    literal words) finds in each region, in order, as ``finditer`` would.

    Each word is looked for in the whole text with ``str.find`` (a fast scan in C),
    instead of trying the alternation at every position of every region. At a
    position where several words match, the alternation takes the first, which of
    sorted words is the shortest; matches do not overlap within a region.

    >>> _words_in("accords, accord", [(0, 6), (7, 15)], ("accord", "accords"))
    [(0, 6, 0, 6, 'accord'), (7, 15, 9, 15, 'accord')]
    """
    if any(a[1] > b[0] for a, b in itertools.pairwise(regions)):
        pattern = _head_pattern(words)  # overlapping regions: region by region
        return [
            (start, end, h.start(), h.end(), h.group())
            for start, end in regions
            for h in pattern.finditer(text, start, end)
        ]
    first: dict[int, str] = {}
    for word in words:
        if not word:
            continue
        i = text.find(word)
        while i >= 0:
            first.setdefault(i, word)  # words come sorted: the first is the alternation's
            i = text.find(word, i + 1)
    out: list[tuple[int, int, int, int, str]] = []
    if not first:
        return out
    at = sorted(first)
    starts = [s for s, _ in regions]
    r, reach = -1, 0
    for i in at:
        k = bisect.bisect_right(starts, i) - 1
        if k < 0:
            continue
        start, end = regions[k]
        word = first[i]
        if i + len(word) > end:
            continue  # crosses the region's end (a shorter word would have come first)
        if k != r:
            r, reach = k, start
        if i >= reach:
            out.append((start, end, i, i + len(word), word))
            reach = i + len(word)
    return out


def bare_acronyms(text: str, regions: Sequence[Span], stop: frozenset[str]) -> list[Span]:
    """Spans of acronyms written alone ("KLA", "IFOR", "NTM-I"), outside all-capitals lines.

    A plural "s" ("IPAPs") stays part of the span.
    """
    out: list[Span] = []
    for start, end in regions:
        for m in _ACRONYM.finditer(text, start, end):
            word = m.group(1)
            if word in stop:
                continue  # most capitals are known names: "NATO", "EU"
            before = text[m.start() - 1 : m.start()]
            if before and (before.isalnum() or before in "_.&/@-"):
                continue  # inside a longer word or a dotted abbreviation
            bare = word[:-1] if word.endswith("s") else word
            if bare in stop or _ROMAN.fullmatch(word) or len(bare) < 2:
                continue
            if text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")":
                continue  # "(MTC)": a definition, read (or refused) by its own recogniser
            if _in_capitals(text, m.start(), m.end()):
                continue  # an all-capitals heading or label
            out.append((m.start(1), m.end(1)))
    return out


_WORD_BEFORE = re.compile(r"([A-Za-z]{2,})[^\w\n]{1,3}\Z")
_WORD_AFTER = re.compile(r"[^\w\n]{1,3}([A-Za-z]{2,})")


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` stands beside another word in capitals: a
    heading or speaker label ("THE REPORT OF THE PANEL", "THE PRESIDENT:").

    >>> t = "THE REPORT OF THE PANEL. The NATO KFOR troops."
    >>> _in_capitals(t, 4, 10), _in_capitals(t, 33, 37)
    (True, False)
    """
    b = _WORD_BEFORE.search(text, max(0, start - 24), start)
    a = _WORD_AFTER.match(text, end, end + 24)
    words = [m.group(1) for m in (b, a) if m is not None and m.group(1).isupper()]
    # Two neighbours in capitals, or one too long for an acronym ("PRESIDENT"):
    # "NATO KFOR troops" keeps KFOR.
    return len(words) == 2 or any(len(w) > 6 for w in words)


def web_sites(text: str, regions: Sequence[Span]) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of the host name of each web address ("npr.org")."""
    out: list[tuple[int, int, str]] = []
    if "http" not in text and "ww" not in text:
        return out  # one scan in C instead of one per region
    for start, end in regions:
        reach = start
        for u in _URL_START.finditer(text, start, end):
            if u.start() < reach:
                continue  # the "www." of an address already read
            m = _HOST.match(text, u.start(), end)
            if m is None:
                continue
            reach = m.end()
            tld = m.group(2).lower()
            if tld in _GOVERNMENT_DOMAINS:
                kind = "government_body"
            elif tld == "edu":
                kind = "university"
            else:
                kind = "media_outlet"
            out.append((m.start(1), m.end(1), kind))
    return out


_RESOLUTION = re.compile(r"([Rr])esolution[ \u00a0]+(?:No\.[ \u00a0]*)?(\d{2,4})\b")
# What may stand before "resolution", read backwards from it over a short window.
_RESOLUTION_BY = re.compile(
    r"(?:(?:UN|U\.N\.|United[ \u00a0]+Nations)[ \u00a0]+)?(?:Security[ \u00a0]+Council[ \u00a0]+)?\Z"
)


def un_resolutions(text: str, regions: Sequence[Span]) -> list[tuple[int, int, str]]:
    """``(start, end, number)`` of the numbered resolutions of the UN Security Council.

    A lower-case "resolution" counts only after "UN" or "Security Council".

    >>> t = "Under UN resolution 1244 and Resolution 1973, not resolution 12."
    >>> [(t[s:e], n) for s, e, n in un_resolutions(t, [(0, len(t))])]
    [('UN resolution 1244', '1244'), ('Resolution 1973', '1973')]
    """
    out: list[tuple[int, int, str]] = []
    if "esolution" not in text:
        return out  # one scan in C instead of one per region
    for start, end in regions:
        for m in _RESOLUTION.finditer(text, start, end):
            lo = max(start, m.start() - 40)
            by = _RESOLUTION_BY.search(text, lo, m.start())
            first = by.start() if by is not None and by.start() < m.start() else m.start()
            if m.group(1) == "r" and first == m.start():
                continue
            out.append((first, m.end(), m.group(2)))
    return out


# "[A-Z][A-Z]+", not "[A-Z]{2,}": a pattern that opens with a class lets the engine
# skip ahead to a capital in C.
_CAPITAL_RUN = re.compile(r"[A-Z][A-Z]+(?:[ \u00a0][A-Z]{2,}){1,4}(?![\w.\-&/])")
_LOWER_WORD = re.compile(r"[a-z]{3,}")


def capital_names(
    text: str,
    regions: Sequence[Span],
    heads: Mapping[str, str],
    function_words: frozenset[str],
) -> list[tuple[int, int, str, str]]:
    """``(start, end, name, kind)`` of names in capitals inside lower-case prose.

    The run must end in a head word (as title-cased: "CORPS" is "Corps"), and
    a lower-case word must stand beside it on its line: a heading or a
    label in capitals is not prose. Opening function words ("THE") are left out.

    >>> t = "Units of the NORDIC MOBILE CORPS took part.\\nTHE BALTIC COUNCIL\\n"
    >>> capital_names(t, [(0, len(t))], {"Corps": "military_command", "Council": "council_or_forum"}, frozenset({"The"}))
    [(13, 32, 'Nordic Mobile Corps', 'military_command')]
    """
    out: list[tuple[int, int, str, str]] = []
    if not heads:
        return out
    for start, end in regions:
        for m in _CAPITAL_RUN.finditer(text, start, end):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-&/."):
                continue
            words = m.group().split()
            head = words[-1].capitalize()
            if head not in heads:
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            if not (
                _LOWER_WORD.search(text, max(line_start, m.start() - 40), m.start())
                or _LOWER_WORD.search(text, m.end(), min(line_end, m.end() + 40))
            ):
                continue
            s = m.start()
            while len(words) > 2 and words[0].capitalize() in function_words:
                s = _after_blanks(text, s + len(words[0]))
                words.pop(0)
            if words[0].capitalize() in function_words:
                continue
            name = " ".join(w.capitalize() for w in words)
            out.append((s, m.end(), name, heads[head]))
    return out
