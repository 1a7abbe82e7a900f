"""Full-text search over the paragraphs of a corpus: an inverted index of words.

Words are compared under the lookup key (case, accents, dashes, dots and
apostrophes do not matter: "U.S." is "us"). A query in double quotes is a
phrase (its words in a row); otherwise every word must occur in the paragraph,
and paragraphs with the words in a row rank first. Rarer words weigh more
(inverse document frequency over paragraphs).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from natorussia._index import phrase_test, words
from natorussia.knowledge import lookup_key
from natorussia.model import Document

__all__ = ["ParagraphIndex", "tokens"]

# A word, with the dots and apostrophes inside it ("U.S.", "Russia's").
_TOKEN = re.compile(r"\w+(?:[.'\u2019]\w+)*\.?")
_WORD = re.compile(r"\w+")
_DROP = re.compile(r"[.']")

Hit = tuple[str, tuple[int, int], str, tuple[int, int], float]


def tokens(text: str) -> Iterator[tuple[str, int, int]]:
    """The words of ``text`` under the lookup key, with their spans in ``text``.

    >>> [(w, s, e) for w, s, e in tokens("The U.S.-Russia talks")]
    [('the', 0, 3), ('us', 4, 8), ('russia', 9, 15), ('talks', 16, 21)]
    """
    for m in _TOKEN.finditer(text):
        raw = m.group()
        if raw.endswith(".") and raw.count(".") == 1:
            raw = raw[:-1]  # a sentence's full stop, not an abbreviation's
        if raw.isascii():  # the lookup key of an ASCII word, without its slower steps
            yield _DROP.sub("", raw.lower()), m.start(), m.start() + len(raw)
            continue
        for word in _WORD.findall(lookup_key(raw).replace(" ", "")):
            yield word, m.start(), m.start() + len(raw)


class ParagraphIndex:
    """Word → the paragraphs that hold it, over every paragraph of some documents."""

    def __init__(self, documents: Iterable[Document]) -> None:
        self._paragraphs: list[tuple[str, tuple[int, int], str]] = []
        lengths: list[int] = []
        postings: dict[str, list[int]] = defaultdict(list)
        for doc in documents:
            for text, span in zip(doc.paragraphs, doc.paragraph_spans, strict=True):
                number = len(self._paragraphs)
                self._paragraphs.append((doc.id, span, text))
                found = words(text)
                lengths.append(len(found))
                for word in dict.fromkeys(found):
                    postings[word].append(number)
        self._lengths = lengths
        self._postings = {w: tuple(p) for w, p in postings.items()}

    def _in_a_row(self, wanted: list[str], candidates: set[int]) -> set[int]:
        """The candidates that have the words in a row."""
        if len(wanted) == 1:
            return candidates
        has = phrase_test(wanted)
        return {n for n in candidates if has(self._paragraphs[n][2])}

    def search(self, query: str, *, limit: int | None = None) -> list[Hit]:
        """The paragraphs matching ``query``, best first."""
        stripped = query.strip()
        phrase_only = len(stripped) > 1 and stripped[0] == stripped[-1] == '"'
        wanted = [w for w, _, _ in tokens(stripped.strip('"'))]
        if not wanted:
            return []
        lists: list[tuple[int, ...]] = [self._postings.get(w, ()) for w in dict.fromkeys(wanted)]
        if not all(lists):
            return []
        shortest: tuple[int, ...] = min(lists, key=len)
        candidates = set(shortest)
        for posting in lists:
            if posting is not shortest:
                candidates.intersection_update(posting)
        in_a_row = self._in_a_row(wanted, candidates)
        if phrase_only:
            candidates = in_a_row
        total = len(self._paragraphs)
        weight = sum(math.log(1 + total / len(self._postings[w])) for w in dict.fromkeys(wanted))
        lengths = self._lengths
        ranked = sorted(
            candidates,
            key=lambda n: (-(weight * (2 if n in in_a_row else 1)) / math.sqrt(lengths[n]), n),
        )
        if limit is not None:
            ranked = ranked[:limit]
        hits: list[Hit] = []
        for n in ranked:
            doc_id, span, text = self._paragraphs[n]
            score = weight * (2 if n in in_a_row else 1) / math.sqrt(lengths[n])
            at = _run(wanted, text) if n in in_a_row else _first(set(wanted), text)
            assert at is not None  # the index says the words are there
            hits.append((doc_id, span, text, (span[0] + at[0], span[0] + at[1]), round(score, 4)))
        return hits


def _run(wanted: list[str], text: str) -> tuple[int, int] | None:
    """Where the words occur in a row in ``text``, first."""
    window: list[tuple[str, int, int]] = []
    for token in tokens(text):
        window.append(token)
        if len(window) > len(wanted):
            window.pop(0)
        if len(window) == len(wanted) and all(
            t[0] == w for t, w in zip(window, wanted, strict=True)
        ):
            return window[0][1], window[-1][2]
    return None


def _first(wanted: set[str], text: str) -> tuple[int, int] | None:
    """Where one of the words first occurs in ``text``."""
    return next(((s, e) for w, s, e in tokens(text) if w in wanted), None)
