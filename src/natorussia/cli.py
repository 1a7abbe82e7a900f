"""The command line: ``natorussia [PATH ...]`` prints a summary of a corpus.

Without arguments it summarises the bundled corpus, one row per document:
id, title, authors, date, outlet, number of paragraphs and of references,
then totals of events, institutions and persons.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from natorussia.corpus import Corpus, load
from natorussia.errors import Error

__all__ = ["main", "summary"]

_COLUMNS = (
    ("id", 22),
    ("title", 40),
    ("authors", 22),
    ("date", 10),
    ("outlet", 24),
    ("paras", 5),
    ("refs", 4),
)


def _cell(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def summary(corpus: Corpus) -> str:
    """The summary table of ``corpus``, as text.

    >>> from natorussia import load
    >>> print(summary(load()).splitlines()[0])  # doctest: +NORMALIZE_WHITESPACE
    id  title  authors  date  outlet  paras  refs
    """
    rows = [[name for name, _ in _COLUMNS]]
    for doc in corpus.documents:
        rows.append(
            [
                doc.id,
                doc.title or "—",
                ", ".join(a.name for a in doc.authors) or "—",
                doc.published.edtf if doc.published else "—",
                doc.outlet or "—",
                str(len(doc.paragraphs)),
                str(len(doc.references)),
            ]
        )
    widths = [min(width, max(len(row[i]) for row in rows)) for i, (_, width) in enumerate(_COLUMNS)]
    lines = [
        "  ".join(_cell(cell, widths[i]).ljust(widths[i]) for i, cell in enumerate(row)).rstrip()
        for row in rows
    ]
    lines.append("")
    lines.append(
        f"{len(corpus.documents)} documents, {len(corpus.events)} events, "
        f"{len(corpus.institutions)} institutions, {len(corpus.persons)} persons, "
        f"{len(corpus.authors)} authors"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = argparse.ArgumentParser(
        prog="natorussia",
        description="Summarise a corpus of articles on NATO–Russia relations.",
    )
    parser.add_argument(
        "paths", nargs="*", help="folders or .txt files to load (default: the bundled corpus)"
    )
    args = parser.parse_args(argv)
    try:
        corpus = load(args.paths) if args.paths else load()
    except Error as e:
        print(f"natorussia: error: {e}", file=sys.stderr)
        return 1
    print(summary(corpus))
    return 0
