"""Institutions and persons in a document: gazetteer matching, recognition, linking.

INTERFACE STUB — the Institutions and persons work fills this in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from natorussia.model import Entity, Mention, Span

__all__ = ["find_mentions", "merge_across_documents"]


def find_mentions(text: str, regions: Sequence[Span], *, document_id: str) -> tuple[Mention, ...]:
    """Every mention of an institution or a person inside ``regions`` of ``text``, in order."""
    return ()


def merge_across_documents(mentions: Iterable[Mention]) -> dict[str, Entity]:
    """Map the id of every entity in ``mentions`` to its corpus-wide merged entity."""
    return {m.entity.id: m.entity for m in mentions}
