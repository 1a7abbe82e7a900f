"""Latency of corpus queries on a corpus of 100,000+ events, and memory per event.

Run with ``python benchmarks/bench_queries.py [events]`` (default 100,000).

Builds a synthetic corpus quickly by constructing model objects (not by
running extraction): small documents of a few dated sentences each, every
sentence naming one to three institutions of the bundled gazetteer (NATO and
Russia most often, as in real articles) and sometimes a person, with dates of
the precisions real articles use (days, months, years, seasons, decades,
intervals, open ranges). Each sentence is its own string, with mentions whose
spans point into the document text, so that memory is what a loaded corpus
holds.

Prints, for ``between``, ``involving``, ``of_kind``, ``mentioning`` (of a
name or word, and of a phrase of several words), ``in_document`` and the
lookups: the median and worst time of one call over varied arguments (the
garbage collector paused, as :mod:`timeit` does), on the indexed ``corpus.events`` and, as the peer measured
in the same run, on an unindexed copy that filters by scanning (the way
queries ran before the index); the index build time; the timeline build; and
the memory of the corpus per event (tracemalloc).
"""

from __future__ import annotations

import gc
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import natorussia as nr
from natorussia._index import key
from natorussia.model import Document, Event, EventKind, Institution, Mention, Person

KINDS = list(EventKind)
VERBS = {
    EventKind.SUMMIT: "held a summit with",
    EventKind.MEETING: "met",
    EventKind.TREATY_SIGNING: "signed a treaty with",
    EventKind.STATEMENT: "issued a statement on",
    EventKind.SANCTIONS_OR_SUSPENSION: "suspended cooperation with",
}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
TOPICS = [
    f"{a} {b}"
    for a in ("missile", "arms", "energy", "border", "naval", "cyber", "nuclear", "grain")
    for b in ("defense", "control", "security", "talks", "exercises", "transit", "reductions")
]
PLACES = [f"City{k}" for k in range(60)]
SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "winter": 24}


def random_date(rng: random.Random) -> tuple[str, str]:
    """(EDTF, text) of a date of a precision real articles use."""
    year = rng.randint(1949, 2024)
    roll = rng.random()
    if roll < 0.30:
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        return f"{year}-{month:02d}-{day:02d}", f"on {MONTHS[month - 1]} {day}, {year}"
    if roll < 0.55:
        month = rng.randint(1, 12)
        return f"{year}-{month:02d}", f"in {MONTHS[month - 1]} {year}"
    if roll < 0.85:
        return str(year), f"in {year}"
    if roll < 0.90:
        name, code = rng.choice(list(SEASONS.items()))
        return f"{year}-{code}", f"in the {name} of {year}"
    if roll < 0.95:
        decade = year // 10
        return f"{decade}X", f"in the {decade}0s"
    if roll < 0.99:
        end = min(year + rng.randint(1, 4), 2024)
        return f"{year}/{end}", f"in {year}-{end}"
    return f"{year}/..", f"since {year}"


def build_documents(n_events: int, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    gazetteer = [i for i in nr.gazetteer if i.aliases]
    common = [nr.gazetteer.lookup(n) for n in ("NATO", "Russia", "Ukraine", "United States")]
    persons = [
        Person(
            id=f"person-{k}",
            name=f"Given{k} Surname{k}",
            aliases=(f"Given{k} Surname{k}", f"Surname{k}", f"Minister Surname{k}"),
            roles=("Minister",),
        )
        for k in range(400)
    ]
    dates: dict[str, nr.FuzzyDate] = {}
    documents = []
    event_number = 0
    doc_number = 0
    while event_number < n_events:
        doc_id = f"doc{doc_number:06d}"
        doc_number += 1
        parts: list[str] = [f"Synthetic article {doc_number}\n\n"]
        offset = len(parts[0])
        events: list[Event] = []
        mentions: list[Mention] = []
        paragraph_start = offset
        spans: list[tuple[int, int]] = []
        for s in range(rng.randint(3, 7)):
            kind = rng.choice(KINDS)
            insts: list[Institution] = []
            for _ in range(rng.randint(1, 3)):
                pick = rng.choice(common) if rng.random() < 0.4 else rng.choice(gazetteer)
                if pick not in insts:
                    insts.append(pick)
            person = rng.choice(persons) if rng.random() < 0.3 else None
            edtf, date_text = random_date(rng)
            names = [rng.choice((i.name, *i.aliases)) for i in insts]
            verb = VERBS.get(kind, "took part in talks on")
            lead = f"{person.aliases[2]} said that " if person else ""
            head = f"{date_text.capitalize()}, {lead}"
            topic, place = rng.choice(TOPICS), rng.choice(PLACES)
            body = f"{' and '.join(names)} {verb} {topic} in {place} ({doc_id}, item {s})."
            sentence = head + body
            start = offset
            date_span = (start, start + len(date_text))
            cursor = start + len(head)
            if person:
                at = start + len(f"{date_text.capitalize()}, ")
                surface = person.aliases[2]
                mentions.append(Mention(doc_id, (at, at + len(surface)), surface, person))
            for name, inst in zip(names, insts, strict=True):
                mentions.append(Mention(doc_id, (cursor, cursor + len(name)), name, inst))
                cursor += len(name) + len(" and ")
            if edtf not in dates:
                dates[edtf] = nr.FuzzyDate.from_edtf(edtf)
            events.append(
                Event(
                    id=f"{doc_id}-e{s}",
                    document_id=doc_id,
                    date=nr.FuzzyDate.from_edtf(edtf, text=date_text),
                    date_span=date_span,
                    span=(start, start + len(sentence)),
                    sentence=sentence,
                    kind=kind,
                    institutions=tuple(insts),
                    persons=(person,) if person else (),
                )
            )
            parts.append(sentence + " ")
            offset += len(sentence) + 1
            event_number += 1
            if s % 2 == 1:
                spans.append((paragraph_start, offset - 1))
                parts.append("\n")
                offset += 1
                paragraph_start = offset
        if paragraph_start < offset:
            spans.append((paragraph_start, offset - 1))
        text = "".join(parts)
        documents.append(
            Document(
                id=doc_id,
                text=text,
                title=f"Synthetic article {doc_number}",
                paragraphs=tuple(text[a:b] for a, b in spans),
                paragraph_spans=tuple(spans),
                mentions=tuple(mentions),
                events=tuple(events),
            )
        )
    return documents


def timings(call: Callable[[Any], object], arguments: list[Any]) -> tuple[float, float]:
    """Median and worst microseconds of one call, over the arguments (best of three each).

    As :mod:`timeit` does, the garbage collector is paused while a call is timed:
    a full collection over the hundreds of MB of a large corpus would otherwise
    land on whichever call happens to allocate at that moment.
    """
    found = []
    for argument in arguments:
        best = float("inf")
        for _ in range(3):  # the best of three: other processes share the machine
            gc.disable()
            start = time.perf_counter()
            call(argument)
            best = min(best, (time.perf_counter() - start) * 1e6)
            gc.enable()
        found.append(best)
    return statistics.median(found), max(found)


def scan_between(items: tuple[Event, ...], start: str, end: str, overlapping: bool) -> list[Event]:
    """The peer: a date filter that scans every event."""
    low, high = nr.FuzzyDate.from_edtf(start).earliest, nr.FuzzyDate.from_edtf(end).latest
    if overlapping:
        return [e for e in items if e.date.earliest <= high and e.date.latest >= low]
    return [e for e in items if low <= e.date.earliest and e.date.latest <= high]


def main() -> None:
    n_events = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    start = time.perf_counter()
    documents = build_documents(n_events)
    print(
        f"generated {len(documents):,} documents, {n_events:,} events "
        f"in {time.perf_counter() - start:.1f} s"
    )
    start = time.perf_counter()
    corpus = nr.Corpus.from_documents(documents)
    del documents
    merged = time.perf_counter() - start
    start = time.perf_counter()
    corpus.events._idx()  # build the indexes now, so that no query below pays for them
    corpus.institutions.get("NATO")
    corpus.persons.get("Surname1")
    indexed = time.perf_counter() - start
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    events = len(corpus.events)
    print(f"corpus merge {merged:.1f} s, index build {indexed:.1f} s")
    print(
        f"memory: {(after - before) / 1e6:.0f} MB for {events:,} events = "
        f"{(after - before) / events / 1024:.2f} KB per event (documents, text, "
        f"mentions, entities, events, indexes)"
    )

    rng = random.Random(11)
    items = tuple(corpus.events)  # the peer scans these, as queries did before the index
    years = [rng.randint(1950, 2020) for _ in range(40)]
    ranges = [(str(y), str(y + rng.randint(0, 6))) for y in years]
    names = ["NATO", "the Alliance", "Russia", "Ukraine", "Surname17", "Minister Surname301"]
    names += [rng.choice(list(nr.gazetteer)).name for _ in range(30)]
    kinds = [k.value for k in KINDS]
    mentions = ["NATO", "the Alliance", "Surname5", "City12", "arms", "exercises", "Russia"]
    phrases = ["missile defense", "grain transit in City7", "border talks", "in City12"]
    lookups = ["NATO Russia Council", "OSCE", "Surname12", "the Alliance", "nato-russia-council"]
    docs = [corpus.documents[rng.randrange(len(corpus.documents))].id for _ in range(40)]

    def scan_names(name: str) -> list[Event]:
        wanted = key(name)
        return [
            e
            for e in items
            if any(wanted in {key(n) for n in (i.name, *i.aliases)} for i in e.institutions)
        ]

    print(
        f"\n{'query (one call)':<34} {'indexed median/worst':>22} {'scan median':>13} {'ratio':>7}"
    )
    rows: list[tuple[str, Callable[[Any], object], Callable[[Any], object], list[Any]]] = [
        (
            "between(start, end)",
            lambda r: corpus.events.between(*r),
            lambda r: scan_between(items, *r, overlapping=False),
            ranges,
        ),
        (
            "between(..., overlapping=True)",
            lambda r: corpus.events.between(*r, overlapping=True),
            lambda r: scan_between(items, *r, overlapping=True),
            ranges,
        ),
        ("involving(name)", corpus.events.involving, scan_names, names),
        (
            "of_kind(kind)",
            corpus.events.of_kind,
            lambda k: [e for e in items if e.kind == k],
            kinds,
        ),
        (
            "mentioning(name or word)",
            corpus.events.mentioning,
            lambda p: [e for e in items if p.casefold() in e.sentence.casefold()],
            mentions,
        ),
        (
            "mentioning(phrase of words)",
            corpus.events.mentioning,
            lambda p: [e for e in items if p.casefold() in e.sentence.casefold()],
            phrases,
        ),
        (
            "in_document(id)",
            corpus.events.in_document,
            lambda d: [e for e in items if e.document_id == d],
            docs,
        ),
        (
            "institutions.get / persons.get",
            lambda n: corpus.institutions.get(n) or corpus.persons.get(n),
            lambda n: [
                i
                for i in (*corpus.institutions, *corpus.persons)
                if key(n) in {key(a) for a in i.aliases}
            ],
            lookups,
        ),
    ]
    for label, indexed_call, scan_call, arguments in rows:
        median, worst = timings(indexed_call, arguments)
        scan, _ = timings(scan_call, arguments[:5])
        print(f"{label:<34} {median:9.0f} / {worst:6.0f} µs {scan:10.0f} µs {scan / median:6.0f}x")

    sizes = [len(corpus.events.involving(n)) for n in names[:3]]
    print(f"\n(involving NATO / the Alliance / Russia returns {sizes} events)")
    start = time.perf_counter()
    timeline = corpus.timeline()
    print(
        f"timeline: {len(timeline):,} happenings from {events:,} events "
        f"in {time.perf_counter() - start:.1f} s"
    )
    start = time.perf_counter()
    found = corpus.discrepancies()
    print(f"discrepancies: {len(found):,} in {time.perf_counter() - start:.1f} s")
    queries = ["missile defense", '"grain transit in City7"', "nuclear City3", "NATO Russia"]
    start = time.perf_counter()
    corpus.search("security")
    print(f"search index build (first call): {time.perf_counter() - start:.1f} s")
    median, worst = timings(corpus.search, queries)
    print(f"search, all hits: median {median / 1000:.0f} ms, worst {worst / 1000:.0f} ms")
    median, worst = timings(lambda q: corpus.search(q, limit=20), queries)
    print(f"search, limit=20: median {median / 1000:.1f} ms, worst {worst / 1000:.1f} ms")


if __name__ == "__main__":
    main()
