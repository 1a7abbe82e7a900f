"""Throughput of natorussia.dates.find_dates against dateparser's search_dates.

Run with ``python benchmarks/bench_dates.py``. The bundled corpus (the
package's ``seeds``) is repeated to at least 10 MB; find_dates is timed on all
of it (best of a few runs). dateparser is far slower, so it is timed once on a
slice of the same text and its throughput extrapolated; both tools' counts of
expressions found on that slice are printed. Wall-clock and CPU-time rates are
both shown: on a shared machine the wall clock also counts time lost to other
processes, while CPU time is what one core spends. dateparser is only needed
here (``pip install natorussia[bench]``), never by the library.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from importlib import resources

from natorussia.dates import find_dates

MB = 1_000_000


def corpus_text() -> str:
    seeds = resources.files("natorussia") / "seeds"
    parts = [p.read_text(encoding="utf-8") for p in sorted(seeds.iterdir(), key=lambda p: p.name)]
    return "\n\n".join(p for p in parts if p)


def best_time(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds over ``runs`` calls."""
    wall = cpu = float("inf")
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--size-mb", type=float, default=10.0, help="repeat the corpus to this size"
    )
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs")
    parser.add_argument("--slice-kb", type=int, default=200, help="dateparser slice size")
    args = parser.parse_args(argv)

    base = corpus_text()
    copies = max(1, int(args.size_mb * MB // len(base)) + 1)
    text = "\n\n".join([base] * copies)
    size = len(text.encode("utf-8")) / MB
    find_dates(base)  # build the lazily compiled patterns before timing

    matches = find_dates(text)
    wall, cpu = best_time(lambda: find_dates(text), args.runs)
    ours, ours_cpu = size / wall, size / cpu
    print(f"corpus: {len(base):,} characters, repeated {copies}x = {size:.1f} MB")
    print(
        f"natorussia find_dates: {ours:.2f} MB/s wall, {ours_cpu:.2f} MB/s CPU "
        f"(best of {args.runs}: {wall:.2f} s wall, {cpu:.2f} s CPU), {len(matches):,} expressions"
    )

    piece = text[: args.slice_kb * 1000]
    piece_mb = len(piece.encode("utf-8")) / MB
    ours_on_piece = len(find_dates(piece))
    try:
        from dateparser.search import search_dates
    except ImportError:
        print(
            "dateparser is not installed: pip install dateparser (or natorussia[bench]) to compare"
        )
        return 0
    search_dates("warm up on 4 April 1949", languages=["en"])
    found: list[object] = []

    def run_dateparser() -> None:
        found[:] = search_dates(piece, languages=["en"]) or []

    their_wall, their_cpu = best_time(run_dateparser, 1)
    theirs, theirs_cpu = piece_mb / their_wall, piece_mb / their_cpu
    print(
        f"dateparser search_dates: {theirs:.3f} MB/s wall, {theirs_cpu:.3f} MB/s CPU, timed on the "
        f"first {piece_mb:.2f} MB of the same text and extrapolated ({their_wall:.1f} s wall)"
    )
    print(f"expressions on that slice: natorussia {ours_on_piece:,}, dateparser {len(found):,}")
    print(
        f"ratio: natorussia is {ours / theirs:.0f}x dateparser's throughput by wall clock, "
        f"{ours_cpu / theirs_cpu:.0f}x by CPU time"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
