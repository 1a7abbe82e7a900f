"""Throughput of whole-document extraction, stage by stage.

Run with ``python benchmarks/bench_pipeline.py [megabytes]``. The bundled
articles are repeated (as separate documents) until they reach the requested
size (default 5 MB), then each stage runs over all of them on one core:
document structure, entity mentions, events, and the full ``extract``.
Prints MB/s per stage and the peak memory of a full corpus load.
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from importlib import resources

from natorussia import _document, _entities, _events, extract, load


def corpus_texts(megabytes: float) -> list[str]:
    folder = resources.files("natorussia") / "seeds"
    seeds = [f.read_text(encoding="utf-8") for f in sorted(folder.iterdir(), key=lambda f: f.name)]
    texts: list[str] = []
    while sum(len(t.encode()) for t in texts) < megabytes * 1e6:
        texts.extend(seeds)
    return texts


def timed(label: str, texts: list[str], work: object, size: float) -> None:
    start = time.perf_counter()
    for text in texts:
        work(text)  # type: ignore[operator]
    seconds = time.perf_counter() - start
    print(f"{label:<28} {size / seconds:8.2f} MB/s   ({seconds:.2f} s)")


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    texts = corpus_texts(megabytes)
    size = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{len(texts)} documents, {size:.1f} MB of text, one core")
    structures = [_document.parse_structure(t) for t in texts[:5]]  # warm caches and data files
    load()

    timed("document structure", texts, _document.parse_structure, size)
    structures = [_document.parse_structure(t) for t in texts]
    regions = [sorted(_document.iter_regions(s)) for s in structures]

    start = time.perf_counter()
    all_mentions = [
        _entities.find_mentions(t, r, document_id="d") for t, r in zip(texts, regions, strict=True)
    ]
    seconds = time.perf_counter() - start
    print(f"{'entity mentions':<28} {size / seconds:8.2f} MB/s   ({seconds:.2f} s)")

    start = time.perf_counter()
    for text, structure, mentions in zip(texts, structures, all_mentions, strict=True):
        _events.find_events(
            document_id="d",
            text=text,
            regions=structure.paragraph_spans,
            mentions=mentions,
            published=structure.published,
        )
    seconds = time.perf_counter() - start
    print(f"{'events':<28} {size / seconds:8.2f} MB/s   ({seconds:.2f} s)")

    timed("extract (all stages)", texts, lambda t: extract(t, id="d"), size)

    # One long document instead of many short ones: every stage must stay
    # linear in the length of a single text (pull quotes, notes, anaphora).
    one = "\n".join(
        "\n".join(f"{line} ({copy})" if len(line) > 100 else line for line in text.split("\n"))
        for copy, text in enumerate(texts[: max(5, len(texts) // 3)])
    )
    start = time.perf_counter()
    extract(one, id="one")
    seconds = time.perf_counter() - start
    label = f"extract, one {len(one.encode()) / 1e6:.1f} MB document"
    print(f"{label:<28} {len(one.encode()) / 1e6 / seconds:8.2f} MB/s   ({seconds:.2f} s)")

    tracemalloc.start()
    load.__globals__["_cache"] = None  # measure a cold load of the bundled corpus
    load()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    label = "peak memory, bundled load"
    print(f"{label:<28} {peak / 1e6:8.1f} MB  (Python allocations; data files already loaded)")


if __name__ == "__main__":
    main()
