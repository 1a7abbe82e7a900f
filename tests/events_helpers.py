"""Running the events stage on hand-written text, shared by the events test modules."""

from __future__ import annotations

from natorussia._entities import find_mentions
from natorussia._events import find_events
from natorussia.fuzzydate import FuzzyDate
from natorussia.model import Event


def paragraphs_of(
    *paragraphs: str, published: FuzzyDate | None = None, document_id: str = "p"
) -> tuple[Event, ...]:
    """Run find_events on paragraphs joined by newlines, each one region."""
    text = "\n".join(paragraphs)
    regions, start = [], 0
    for p in paragraphs:
        regions.append((start, start + len(p)))
        start += len(p) + 1
    mentions = find_mentions(text, regions, document_id=document_id)
    return find_events(
        document_id=document_id, text=text, regions=regions, mentions=mentions, published=published
    )
