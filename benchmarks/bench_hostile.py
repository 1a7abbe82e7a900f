"""Time and peak memory of ``extract`` on hostile shapes of text, at growing sizes.

Run with ``python benchmarks/bench_hostile.py [--sizes 0.25 1 4] [--shapes NAME ...]``.
Each shape is extracted in a fresh process (so peak memory is that shape's
alone) at each size; the script prints seconds, peak resident memory, and the
growth from the middle size to the largest. Linear cost means a 4× larger
input takes about 4× the time and memory; the target is within 5× (from 1 MB
to 4 MB) for both.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable

MB = 1_000_000


def _fill(unit: str, size: float, sep: str = "") -> str:
    count = max(1, int(size * MB) // (len(unit) + len(sep)))
    return sep.join([unit] * count)


SHAPES: dict[str, Callable[[float], str]] = {
    "dates in one sentence": lambda s: "Title\n\n" + _fill("NATO met on April 4, 1949; ", s),
    "one long paragraph": lambda s: (
        "Title\n\n" + _fill("NATO and Russia met in Brussels in May 1997 and talked ", s)
    ),
    "many one-line paragraphs": lambda s: "Title\n\n" + _fill("NATO met in 1997.", s, sep="\n"),
    "newlines only": lambda s: "Title\n" + "\n" * int(s * MB),
    "deep brackets": lambda s: "Title\n\n" + "(" * int(s * MB / 2) + ")" * int(s * MB / 2),
    "capitals": lambda s: "Title\n\n" + _fill("NATO RUSSIA COUNCIL ", s),
    "digits": lambda s: "Title\n\n" + _fill("1997 2001 1949 ", s),
    "capitalised words": lambda s: "Title\n\n" + _fill("Brussels Council Of The North ", s),
    "dates after commas": lambda s: "Title\n\n" + _fill("Brussels,Sept. 11, 2001, ", s),
}

_CHILD = """
import json, resource, sys, time
sys.setrecursionlimit(10000)
import natorussia as nr
from benchmarks_hostile_shape import make
text = make()
nr.extract("warm up in 1997.")
start = time.process_time()
doc = nr.extract(text, id="hostile")
seconds = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"seconds": seconds, "peak": peak, "events": len(doc.events)}))
"""


def run(shape: str, size: float) -> dict[str, float]:
    code = (
        "import sys, types\n"
        f"sys.path.insert(0, {sys.path[0]!r})\n"
        "import bench_hostile\n"
        "mod = types.ModuleType('benchmarks_hostile_shape')\n"
        f"mod.make = lambda: bench_hostile.SHAPES[{shape!r}]({size!r})\n"
        "sys.modules['benchmarks_hostile_shape'] = mod\n" + _CHILD
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out.splitlines()[-1])  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.25, 1.0, 4.0])
    parser.add_argument("--shapes", nargs="+", default=list(SHAPES))
    args = parser.parse_args(argv)
    sizes = sorted(args.sizes)
    print(
        f"{'shape':<26}"
        + "".join(f"{s:>8} MB: s / MB peak" for s in sizes)
        + "   growth (time, memory)"
    )
    for shape in args.shapes:
        row = [run(shape, size) for size in sizes]
        cells = "".join(f"{r['seconds']:>12.2f} / {r['peak'] / MB:>7.0f}" for r in row)
        growth = ""
        if len(row) >= 2:
            a, b = row[-2], row[-1]
            growth = (
                f"   x{b['seconds'] / max(a['seconds'], 1e-3):.1f}, x{b['peak'] / a['peak']:.1f}"
                f" for x{sizes[-1] / sizes[-2]:.0f} input"
            )
        print(f"{shape:<26}{cells}{growth}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
