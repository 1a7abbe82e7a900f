"""Events by year, coloured by kind (matplotlib, the ``natorussia[plot]`` extra)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from typing import Any

from natorussia.model import Event

__all__ = ["plot_events", "years"]


def years(events: Iterable[Event]) -> tuple[Counter[tuple[int, str]], int]:
    """Counts of (year, kind) for events dated within one calendar year, and how many were wider.

    >>> import natorussia as nr
    >>> counts, wider = years(nr.load().events)
    >>> counts[1949, "founding"] >= 1
    True
    """
    counts: Counter[tuple[int, str]] = Counter()
    wider = 0
    for event in events:
        if event.date.earliest.year == event.date.latest.year:
            counts[event.date.earliest.year, str(event.kind)] += 1
        else:
            wider += 1
    return counts, wider


def plot_events(events: Iterable[Event], path: str | os.PathLike[str] | None = None) -> Any:
    """A stacked bar chart of events per year, one colour per kind; saved to ``path`` if given.

    Events whose dates span more than one calendar year ("the 1990s") are
    counted in the title, not drawn. Returns the matplotlib ``Figure``.

    Raises:
        MissingExtraError: matplotlib is not installed (``natorussia[plot]``).
    """
    from natorussia._extras import require

    require("matplotlib", extra="plot", feature="plotting events")
    import matplotlib

    if path is not None:
        matplotlib.use("Agg")
    from matplotlib.figure import Figure

    counts, wider = years(events)
    figure = Figure(figsize=(11, 5), layout="constrained")
    axes = figure.add_subplot()
    if counts:
        first = min(y for y, _ in counts)
        last = max(y for y, _ in counts)
        span = list(range(first, last + 1))
        kinds = sorted({k for _, k in counts}, key=lambda k: -sum(counts[y, k] for y in span))
        colours = matplotlib.colormaps["tab20"]
        bottom = [0] * len(span)
        for n, kind in enumerate(kinds):
            heights = [counts[y, kind] for y in span]
            axes.bar(span, heights, bottom=bottom, label=kind, color=colours(n % 20), width=0.8)
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        axes.legend(fontsize="small", ncols=2, loc="upper left")
    total = sum(counts.values())
    axes.set_title(
        f"{total} events by year" + (f" ({wider} with wider dates not shown)" if wider else "")
    )
    axes.set_xlabel("year")
    axes.set_ylabel("events")
    if path is not None:
        figure.savefig(os.fspath(path))
    return figure
