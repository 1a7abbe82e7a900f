"""Run one function over many items in worker processes, in order, losing nothing.

Extraction is a pure function of one file, so a folder load can spread its
files over processes. :func:`map_in_order` yields ``(item, outcome)`` pairs in
the order of the items — exactly what a serial loop would — where the outcome
is the function's result or the :class:`~natorussia.errors.Error` it raised,
so the caller applies the same ``strict`` rules either way. Any other
exception is a bug, not bad input: it is raised in the caller, with the
worker's traceback chained, and the pool is shut down.

>>> list(map_in_order(abs, [-2, 3], workers=1))
[(-2, 2), (3, 3)]
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from natorussia.errors import Error

__all__ = ["map_in_order", "worker_count"]

T = TypeVar("T")
R = TypeVar("R")


def worker_count(workers: int | None) -> int:
    """The number of processes to use: ``None`` or ``0`` means one per core.

    Raises:
        TypeError: ``workers`` is not an int.
        ValueError: ``workers`` is negative.

    >>> worker_count(3)
    3
    >>> worker_count(None) == (os.cpu_count() or 1)
    True
    """
    if workers is None or workers == 0:
        return os.cpu_count() or 1
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise TypeError(f"workers must be an int or None, not {type(workers).__name__}")
    if workers < 0:
        raise ValueError(f"workers must be >= 0, not {workers}")
    return workers


def _guarded(function: Callable[[T], R], item: T) -> R | Error:
    try:
        return function(item)
    except Error as e:
        return e


def map_in_order(
    function: Callable[[T], R], items: Sequence[T], *, workers: int | None
) -> Iterator[tuple[T, R | Error]]:
    """``(item, function(item) or the natorussia.Error it raised)``, in the items' order.

    With one worker (or one item) everything runs in this process. ``function``
    must be picklable (a module-level function) when ``workers > 1``.
    """
    count = min(worker_count(workers), len(items))
    if count <= 1:
        for item in items:
            yield item, _guarded(function, item)
        return
    # Chunks amortise the cost of sending work to a process, yet stay small
    # enough that a progress display moves and the processes stay busy.
    chunk = max(1, min(64, len(items) // (count * 8)))
    with ProcessPoolExecutor(max_workers=count) as pool:
        results = pool.map(_guarded, [function] * len(items), items, chunksize=chunk)
        yield from zip(items, results, strict=True)
