"""Folder loads of many generated documents, in one and in several worker processes.

Run with ``python benchmarks/bench_workers.py [--documents 10000] [--workers 1 2]``.
Short articles are generated from templates (different states, bodies, years
and kinds of happening in each), written to a temporary folder, then loaded
with ``nr.load(folder, workers=N)``. Prints documents per second and MB/s for
each worker count at a quarter and at all of the documents, so that the growth
of cost with the number of documents can be read off (linear: 4× the documents
take about 4× the time), and checks that every parallel load equals the serial one.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import natorussia as nr

STATES = ["Poland", "Finland", "Norway", "Turkey", "Georgia", "Ukraine", "Estonia", "Romania"]
BODIES = [
    "NATO",
    "the NATO-Russia Council",
    "the OSCE",
    "the European Union",
    "the Council of Europe",
]
HAPPENINGS = [
    "{state} joined {body} in {year}.",
    "In {month} {year}, ministers of {state} met in Brussels to discuss {body}.",
    "{body} held a summit in {city} on {day} {month} {year}.",
    "Russia suspended its cooperation with {body} in {year}, citing {state}.",
    "Two years later, {state} signed an agreement with {body}.",
]
CITIES = ["Madrid", "Riga", "Vilnius", "Bucharest", "Lisbon", "Warsaw"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def article(rng: random.Random, index: int) -> str:
    lines = [f"Report {index}: {rng.choice(STATES)} and {rng.choice(BODIES)}", "By Jane Roe", ""]
    for _ in range(rng.randint(4, 9)):
        template = rng.choice(HAPPENINGS)
        lines.append(
            template.format(
                state=rng.choice(STATES),
                body=rng.choice(BODIES),
                year=rng.randint(1949, 2023),
                month=rng.choice(MONTHS),
                day=rng.randint(1, 28),
                city=rng.choice(CITIES),
            )
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args(argv)
    rng = random.Random(2026)
    nr.load()  # data files read and patterns compiled before timing
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        texts = [article(rng, i) for i in range(args.documents)]
        quarter = root / "quarter"
        whole = root / "whole"
        quarter.mkdir()
        whole.mkdir()
        for i, text in enumerate(texts):
            (whole / f"doc{i:06d}.txt").write_text(text, encoding="utf-8")
            if i < len(texts) // 4:
                (quarter / f"doc{i:06d}.txt").write_text(text, encoding="utf-8")
        sizes = {
            quarter: sum(len(t.encode()) for t in texts[: len(texts) // 4]) / 1e6,
            whole: sum(len(t.encode()) for t in texts) / 1e6,
        }
        print(f"{args.documents} generated documents, {sizes[whole]:.1f} MB")
        serial: dict[Path, nr.Corpus] = {}
        for folder in (quarter, whole):
            count = len(list(folder.iterdir()))
            seconds_by_workers = {}
            for workers in args.workers:
                start = time.perf_counter()
                corpus = nr.load(folder, workers=workers, progress=False)
                seconds = time.perf_counter() - start
                seconds_by_workers[workers] = seconds
                same = serial.setdefault(folder, corpus) == corpus
                print(
                    f"  {count:>6} documents, {workers} worker(s): {count / seconds:8.0f} docs/s"
                    f"  {sizes[folder] / seconds:6.2f} MB/s  ({seconds:.1f} s)"
                    f"  equal to the serial load: {same}"
                )
            if len(args.workers) > 1:
                first, last = args.workers[0], args.workers[-1]
                print(
                    f"  speed-up with {last} workers: "
                    f"{seconds_by_workers[first] / seconds_by_workers[last]:.2f}x"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
