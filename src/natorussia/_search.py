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

from natorussia._gazetteer import lookup_key
from natorussia.model import Document

__all__ = ["ParagraphIndex", "tokens"]

# A word, with the dots and apostrophes inside it ("U.S.", "Russia's").
_TOKEN = re.compile(r"\w+(?:[.'\u2019]\w+)*\.?")
_WORD = re.compile(r"\w+")

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
        for word in _WORD.findall(lookup_key(raw).replace(" ", "")):
            yield word, m.start(), m.start() + len(raw)


class ParagraphIndex:
    """Word → the paragraphs that hold it, over every paragraph of some documents."""

    def __init__(self, documents: Iterable[Document]) -> None:
        self._paragraphs: list[tuple[str, tuple[int, int], str]] = []
        postings: dict[str, list[int]] = defaultdict(list)
        for doc in documents:
            for text, span in zip(doc.paragraphs, doc.paragraph_spans, strict=True):
                number = len(self._paragraphs)
                self._paragraphs.append((doc.id, span, text))
                for word in dict.fromkeys(w for w, _, _ in tokens(text)):
                    postings[word].append(number)
        self._postings = {w: tuple(p) for w, p in postings.items()}

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
            candidates.intersection_update(posting)
        total = len(self._paragraphs)
        weight = {w: math.log(1 + total / len(self._postings[w])) for w in wanted}
        hits: list[tuple[float, int, Hit]] = []
        for number in candidates:
            doc_id, span, text = self._paragraphs[number]
            found = list(tokens(text))
            words = [w for w, _, _ in found]
            runs = [
                i
                for i in range(len(words) - len(wanted) + 1)
                if words[i : i + len(wanted)] == wanted
            ]
            if phrase_only and not runs:
                continue
            score = sum(weight[w] for w in words if w in weight) / math.sqrt(len(words))
            if runs:
                score += len(runs) * sum(weight.values())
                first, last = found[runs[0]], found[runs[0] + len(wanted) - 1]
                match = (span[0] + first[1], span[0] + last[2])
            else:
                at = next(t for t in found if t[0] in weight)
                match = (span[0] + at[1], span[0] + at[2])
            hits.append((-score, number, (doc_id, span, text, match, round(score, 4))))
        hits.sort(key=lambda h: (h[0], h[1]))
        chosen = hits if limit is None else hits[:limit]
        return [h[2] for h in chosen]
