"""Throughput of natorussia.dates.find_dates against dateparser's search_dates.

Run with ``python benchmarks/bench_dates.py``. The bundled corpus (the
package's ``seeds``) is repeated to at least 10 MB; find_dates is timed on all
of it (best of a few runs). dateparser is far slower, so it is timed on a
slice of the same text and its throughput extrapolated; both tools' counts of
expressions found on that slice are printed. dateparser is only needed here
(``pip install natorussia[bench]``), never by the library.
"""

from __future__ import annotations

import argparse
import sys
import time
from importlib import resources

from natorussia.dates import find_dates

MB = 1_000_000


def corpus_text() -> str:
    seeds = resources.files("natorussia") / "seeds"
    parts = [p.read_text(encoding="utf-8") for p in sorted(seeds.iterdir(), key=lambda p: p.name)]
    return "\n\n".join(p for p in parts if p)


def best_time(fn: object, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--size-mb", type=float, default=10.0, help="repeat the corpus to this size"
    )
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs")
    parser.add_argument("--slice-kb", type=int, default=200, help="dateparser slice size")
    args = parser.parse_args(argv)

    base = corpus_text()
    copies = max(1, int(args.size_mb * MB // len(base)) + 1)
    text = "\n\n".join([base] * copies)
    size = len(text.encode("utf-8"))
    find_dates(base)  # warm the lazily built patterns

    matches = find_dates(text)
    seconds = best_time(lambda: find_dates(text), args.runs)
    ours = size / MB / seconds
    print(f"corpus: {len(base):,} characters, repeated {copies}x = {size / MB:.1f} MB")
    print(
        f"natorussia find_dates: {ours:.2f} MB/s (best of {args.runs}: {seconds:.2f} s), {len(matches):,} expressions"
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
    start = time.perf_counter()
    found = search_dates(piece, languages=["en"]) or []
    theirs_seconds = time.perf_counter() - start
    theirs = piece_mb / theirs_seconds
    print(
        f"dateparser search_dates: {theirs:.3f} MB/s, timed on the first {piece_mb:.2f} MB of the same text "
        f"and extrapolated ({theirs_seconds:.1f} s)"
    )
    print(f"expressions on that slice: natorussia {ours_on_piece:,}, dateparser {len(found):,}")
    print(f"ratio: natorussia is {ours / theirs:.0f}x dateparser's throughput")
    return 0


if __name__ == "__main__":
    sys.exit(main())
