"""Dated happenings: one Event per dated happening, classified and linked.

INTERFACE STUB — the Events work fills this in.
"""

from __future__ import annotations

from collections.abc import Sequence

from natorussia.fuzzydate import FuzzyDate
from natorussia.model import Event, Mention, Span

__all__ = ["find_events"]


def find_events(
    *,
    document_id: str,
    text: str,
    regions: Sequence[Span],
    mentions: Sequence[Mention],
    published: FuzzyDate | None,
) -> tuple[Event, ...]:
    """Every dated happening in ``regions`` of ``text``, ordered by date then position."""
    return ()
