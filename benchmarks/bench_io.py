"""Size and speed of the exports, against the peers a user would reach for.

Run with ``python benchmarks/bench_io.py [copies]``. The bundled corpus is
loaded, optionally repeated ``copies`` times (as separate documents, default
1), and written as natorussia JSON, as ``json.dumps(attrs.asdict(...))`` of
the same objects (the peer: what a user writes by hand today); then read
back. Prints bytes,
seconds and the ratios, all measured in the same run.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

import natorussia as nr
from natorussia import io


def corpus(copies: int) -> nr.Corpus:
    base = nr.load()
    if copies == 1:
        return base
    documents = [
        nr.extract(d.text, id=f"{d.id}-{n}") for n in range(copies) for d in base.documents
    ]
    return nr.Corpus.from_documents(documents)


def timed(work: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def naive(c: nr.Corpus) -> str:
    fields = ("documents", "events", "institutions", "persons", "authors")
    return json.dumps({f: [attrs.asdict(x) for x in getattr(c, f)] for f in fields}, default=str)


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    c = corpus(copies)
    ours, t_dump = timed(lambda: io.dumps(c))
    _, t_load = timed(lambda: io.loads(ours))
    theirs, t_naive = timed(lambda: naive(c))
    data = json.loads(ours)
    events = [len(json.dumps(e, ensure_ascii=False).encode()) for e in data["events"].values()]
    size_ours, size_theirs = len(ours.encode()), len(theirs.encode())
    print(f"corpus: {len(c.documents)} documents, {len(c.events)} events")
    print(
        f"natorussia JSON      {size_ours:>12,} bytes  dump {t_dump:6.2f} s  load {t_load:6.2f} s"
    )
    print(f"attrs.asdict JSON    {size_theirs:>12,} bytes  dump {t_naive:6.2f} s  (cannot load)")
    print(f"asdict / natorussia: {size_theirs / size_ours:.1f}x larger")
    print(f"one event: mean {sum(events) / len(events):.0f} bytes, max {max(events)} bytes")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.db"
        _, t_sql = timed(lambda: io.to_sqlite(c, path))
        print(f"SQLite               {path.stat().st_size:>12,} bytes  write {t_sql:5.2f} s")
    csv_text, t_csv = timed(lambda: io.to_csv(c.events))
    print(f"events CSV           {len(csv_text.encode()):>12,} bytes  write {t_csv:5.2f} s")


if __name__ == "__main__":
    main()
