"""The command line: the common questions about a corpus, answered from a shell.

``natorussia`` alone prints a summary of the bundled corpus, one row per
document, then totals. Subcommands (each has ``--help``)::

    natorussia documents                        the documents
    natorussia events --between 1990 2000 --involving NATO --kind summit
    natorussia institution NAME                 one institution and its events
    natorussia person NAME                      one person and their events
    natorussia timeline [--plot out.png]        every event by date
    natorussia discrepancies                    dates the documents disagree on
    natorussia search TEXT                      paragraphs containing TEXT
    natorussia export --format json|jsonl|csv|sqlite|jsonld|csl [-o PATH]
    natorussia report out.html                  one HTML page of the corpus

``--corpus PATH`` (a folder, an article, or a JSON file written by
``natorussia export --format json``) works on the user's own articles;
listings take ``--format table|csv|json``. Errors are one line on stderr and
exit status 2.
"""

from __future__ import annotations

import argparse
import csv
import io as _stdio
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn

import attrs

from natorussia.corpus import Corpus, load
from natorussia.errors import Error
from natorussia.model import EventKind

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
_COMMANDS = (
    "documents",
    "events",
    "institution",
    "person",
    "timeline",
    "discrepancies",
    "search",
    "export",
    "report",
)
_EXPORTS = ("json", "jsonl", "csv", "sqlite", "jsonld", "csl")


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


# --- output --------------------------------------------------------------------------------------------

_WIDTHS = {
    "sentence": 70,
    "text": 70,
    "explanation": 70,
    "title": 40,
    "who": 30,
    "authors": 24,
    "name": 40,
}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_text(v) for v in value)
    return str(value)


def _listing(records: list[dict[str, Any]], fmt: str) -> str:
    """Records as an aligned table, CSV or JSON."""
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=2)
    columns = list(records[0]) if records else []
    if fmt == "csv":
        buffer = _stdio.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_text(r[c]) for c in columns] for r in records)
        return buffer.getvalue().rstrip("\n")
    if not records:
        return "(nothing found)"
    cells = [
        [_cell(_text(r[c]).replace("\n", " "), _WIDTHS.get(c, 40)) for c in columns]
        for r in records
    ]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines += [
        "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.append(f"({len(records)} rows)")
    return "\n".join(lines)


def _event_record(event: Any) -> dict[str, Any]:
    # Thin on purpose: whatever corpus.timeline() yields (events, or merged
    # happenings), what has a date, a kind and a sentence can be listed.
    date = getattr(event, "date", None)
    record: dict[str, Any] = {
        "date": getattr(date, "edtf", _text(date)),
        "kind": _text(getattr(event, "kind", "")),
    }
    names = [i.name for i in getattr(event, "institutions", ())]
    names += [p.name for p in getattr(event, "persons", ())]
    record["who"] = names
    if hasattr(event, "document_id"):
        record["document"] = event.document_id
    elif hasattr(event, "events"):
        record["document"] = sorted({e.document_id for e in event.events})
    sentence = getattr(event, "sentence", None)
    merged: Sequence[Any] = getattr(event, "events", ())
    if sentence is None and merged:
        sentence = merged[0].sentence
    record["sentence"] = sentence or ""
    if hasattr(event, "id"):
        record["id"] = event.id
    return record


def _discrepancy_record(item: Any) -> dict[str, Any]:
    # Thin like _event_record: a discrepancy has a kind, a subject, the event
    # that makes the claim and a one-line explanation; anything else is listed
    # field by field.
    if not hasattr(item, "explanation"):
        return _generic_record(item)
    event = getattr(item, "event", None)
    return {
        "kind": _text(getattr(item, "kind", "")),
        "subject": _plain(getattr(item, "subject", None)),
        "date": _plain(getattr(event, "date", None)),
        "document": getattr(event, "document_id", ""),
        "explanation": item.explanation,
    }


def _generic_record(item: Any) -> dict[str, Any]:
    if attrs.has(type(item)):
        return {f.name: _plain(getattr(item, f.name)) for f in attrs.fields(type(item)) if f.repr}
    return {"value": str(item)}


def _plain(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    for attribute in ("edtf", "name", "id"):
        if hasattr(value, attribute):
            return str(getattr(value, attribute))
    return str(value)


# --- the commands -------------------------------------------------------------------------------------


def _documents(corpus: Corpus, args: argparse.Namespace) -> str:
    records = [
        {
            "id": d.id,
            "title": d.title or "",
            "authors": [a.name for a in d.authors],
            "published": d.published.edtf if d.published else "",
            "outlet": d.outlet or "",
            "events": len(d.events),
            "references": len(d.references),
        }
        for d in corpus.documents
    ]
    return _listing(records, args.format)


def _events(corpus: Corpus, args: argparse.Namespace) -> str:
    events = corpus.events
    if args.between:
        events = events.between(*args.between, overlapping=args.overlapping)
    for name in args.involving or ():
        events = events.involving(name)
    if args.kind:
        events = events.of_kind(*args.kind)
    if args.document:
        events = events.in_document(args.document)
    return _listing([_event_record(e) for e in events.sorted()], args.format)


def _entity(corpus: Corpus, args: argparse.Namespace, kind: str) -> str:
    found: Any = (
        corpus.institution(args.name) if kind == "institution" else corpus.person(args.name)
    )
    events = corpus.events.involving(found).sorted()
    if args.format == "json":
        from natorussia.io import row

        record = row(found)
        record["mentions"] = len(found.mentions)
        record["events"] = [_event_record(e) for e in events]
        return json.dumps(record, ensure_ascii=False, indent=2)
    lines = [f"{found.name}  ({kind} {found.id})"]
    if kind == "institution":
        if found.acronym:
            lines.append(f"acronym: {found.acronym}")
        lines.append(f"kind: {found.kind}")
        for fact in found.facts:
            when = f" ({fact.date.edtf})" if fact.date else ""
            lines.append(f"fact: {fact.predicate} {fact.value or ''}{when}".rstrip())
    else:
        if found.roles:
            lines.append("roles: " + "; ".join(found.roles))
    if found.aliases:
        lines.append("aliases: " + "; ".join(found.aliases))
    documents = sorted({m.document_id for m in found.mentions})
    lines.append(f"mentions: {len(found.mentions)} in {len(documents)} documents")
    lines.append("")
    if args.format == "csv":
        lines = []
    lines.append(_listing([_event_record(e) for e in events], args.format))
    return "\n".join(lines)


def _timeline(corpus: Corpus, args: argparse.Namespace) -> str:
    items = list(corpus.timeline())
    if args.plot:
        from natorussia.io import plot

        plot(corpus.events, args.plot)
        return f"wrote {args.plot}"
    return _listing([_event_record(e) for e in items], args.format)


def _discrepancies(corpus: Corpus, args: argparse.Namespace) -> str:
    method: Callable[[], Iterable[Any]] | None = getattr(corpus, "discrepancies", None)
    if method is None:
        raise Error(
            "discrepancies: this version of natorussia cannot find discrepancies yet "
            "(Corpus.discrepancies() is not available)"
        )
    return _listing([_discrepancy_record(d) for d in method()], args.format)


def _search(corpus: Corpus, args: argparse.Namespace) -> str:
    records = [
        {
            "document": p.document_id,
            "start": p.match[0],
            "end": p.match[1],
            "text": p.text,
        }
        for p in corpus.search(args.text)
    ]
    return _listing(records, args.format)


def _export(corpus: Corpus, args: argparse.Namespace) -> str:
    from natorussia import io

    out = args.output or args.path
    fmt = args.export_format
    collection: Any = getattr(corpus, args.collection) if args.collection else corpus
    if fmt == "sqlite":
        if not out:
            raise Error("export: --format sqlite needs an output file (-o out.db)")
        if args.collection:
            raise Error("export: --format sqlite writes the whole corpus; drop --collection")
        io.to_sqlite(corpus, out)
        return f"wrote {out}"
    if fmt == "json":
        text = io.dumps(collection)
    elif fmt in ("jsonl", "csv"):
        items = collection if args.collection else corpus.events
        text = io.to_jsonl(items) if fmt == "jsonl" else io.to_csv(items)
    elif fmt == "jsonld":
        text = json.dumps(io.to_jsonld(corpus), ensure_ascii=False, indent=2)
    else:
        documents = collection if args.collection == "documents" else corpus.documents
        text = json.dumps(io.to_csl(documents), ensure_ascii=False, indent=2)
    if out:
        Path(out).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        return f"wrote {out}"
    return text.rstrip("\n")


def _report(corpus: Corpus, args: argparse.Namespace) -> str:
    from natorussia.io import to_html

    to_html(corpus, args.path)
    return f"wrote {args.path}"


# --- the parser ---------------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line on stderr, exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("natorussia")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "unknown"


def _parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--corpus",
        action="append",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="a folder or file of articles, or a JSON export (repeatable; "
        "default: the bundled corpus)",
    )
    listing = _Parser(add_help=False)
    listing.add_argument(
        "--format", choices=("table", "csv", "json"), default="table", help="output form"
    )
    parser = _Parser(
        prog="natorussia",
        description="Ask a corpus of articles on NATO–Russia relations; without a command, "
        "print a summary of it.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"natorussia {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, help: str, *parents: _Parser) -> _Parser:
        return commands.add_parser(name, help=help, description=help, parents=[common, *parents])

    add("documents", "List the documents.", listing)
    events = add("events", "List events, filtered; by date.", listing)
    events.add_argument(
        "--between", nargs=2, metavar=("START", "END"), help="EDTF dates or years, inclusive"
    )
    events.add_argument(
        "--overlapping", action="store_true", help="with --between: dates that merely overlap count"
    )
    events.add_argument(
        "--involving", action="append", metavar="NAME", help="an institution or person (any alias)"
    )
    events.add_argument(
        "--kind",
        action="append",
        choices=[k.value for k in EventKind],
        metavar="KIND",
        help="an event kind (repeatable): " + ", ".join(k.value for k in EventKind),
    )
    events.add_argument("--document", metavar="ID", help="events of one document")
    for name, what in (("institution", "an institution"), ("person", "a person")):
        sub = add(name, f"Show {what} and the events involving it.", listing)
        sub.add_argument("name", metavar="NAME", help="any name or alias")
    timeline = add("timeline", "Every event, by date.", listing)
    timeline.add_argument(
        "--plot", metavar="PNG", help="draw events by year to this image (needs natorussia[plot])"
    )
    add("discrepancies", "Dates the documents disagree on.", listing)
    search = add("search", "Paragraphs containing a phrase.", listing)
    search.add_argument("text", metavar="TEXT")
    export = add("export", "Write the corpus (or one collection) in another format.")
    export.add_argument(
        "--format", dest="export_format", choices=_EXPORTS, required=True, help="output format"
    )
    export.add_argument("path", nargs="?", metavar="PATH", help="output file (default: stdout)")
    export.add_argument("-o", "--output", metavar="PATH", help="output file (default: stdout)")
    export.add_argument(
        "--collection",
        choices=("documents", "events", "institutions", "persons"),
        help="one collection only (jsonl and csv: default events)",
    )
    report = add("report", "Write one self-contained HTML page of the corpus.")
    report.add_argument("path", metavar="OUT.html")
    return parser


_HANDLERS: dict[str, Callable[[Corpus, argparse.Namespace], str]] = {
    "documents": _documents,
    "events": _events,
    "institution": lambda c, a: _entity(c, a, "institution"),
    "person": lambda c, a: _entity(c, a, "person"),
    "timeline": _timeline,
    "discrepancies": _discrepancies,
    "search": _search,
    "export": _export,
    "report": _report,
}


def _load(paths: Sequence[str] | None) -> Corpus:
    if not paths:
        return load()
    if len(paths) == 1 and Path(paths[0]).suffix == ".json" and Path(paths[0]).is_file():
        from natorussia import io

        loaded = io.load(paths[0])
        if not isinstance(loaded, Corpus):
            raise Error(f"{paths[0]}: holds {type(loaded).__name__}, not a whole corpus")
        return loaded
    return load(paths)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0, or 2 on any error)."""
    args_in = list(sys.argv[1:] if argv is None else argv)
    # Compatibility: "natorussia FOLDER ..." summarises those articles.
    if args_in and not args_in[0].startswith("-") and args_in[0] not in _COMMANDS:
        args_in = [part for path in args_in for part in ("--corpus", path)]
    args = _parser().parse_args(args_in)
    try:
        corpus = _load(getattr(args, "corpus", None))
        output = summary(corpus) if args.command is None else _HANDLERS[args.command](corpus, args)
        print(output)
    except Error as e:
        print(f"natorussia: error: {e}", file=sys.stderr)
        return 2
    except OSError as e:  # writing an output file
        if isinstance(e, BrokenPipeError):
            sys.stderr.close()  # the reader (head, less) went away: nothing to report
            return 0
        where = f"{e.filename}: " if e.filename else ""
        print(f"natorussia: error: {where}{e.strerror or e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0
