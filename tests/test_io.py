"""natorussia.io: lossless compact JSON, rows (JSON Lines, CSV, DataFrames), SQLite, JSON-LD, CSL."""

from __future__ import annotations

import csv
import datetime as dt
import io as stdio
import json
import sqlite3
import sys
from collections.abc import Mapping
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import natorussia as nr
from natorussia import io
from natorussia.query import Collection

DOCS = Path(__file__).resolve().parent.parent / "docs"
CORPUS = nr.load()


def deep(value: Any, memo: dict[int, Any] | None = None) -> Any:
    """Every field of every object, also those that equality ignores (aliases, mentions, date text)."""
    memo = {} if memo is None else memo
    if attrs.has(type(value)):
        if id(value) not in memo:
            fields = attrs.fields(type(value))
            memo[id(value)] = (
                type(value).__name__,
                tuple((f.name, deep(getattr(value, f.name), memo)) for f in fields),
            )
        return memo[id(value)]
    if isinstance(value, Collection):
        return (type(value).__name__, tuple(deep(v, memo) for v in value))
    if isinstance(value, tuple | list):
        return tuple(deep(v, memo) for v in value)
    if isinstance(value, Mapping):
        return tuple(sorted((k, deep(v, memo)) for k, v in value.items()))
    return (type(value).__name__, value)


def round_trip(value: Any) -> Any:
    back = io.loads(io.dumps(value))
    assert back == value
    assert type(back) is type(value)
    return back


class TestRoundTrip:
    def test_corpus(self) -> None:
        """The whole bundled corpus comes back equal, field for field."""
        back = round_trip(CORPUS)
        assert deep(back.documents) == deep(CORPUS.documents)
        assert deep(back.institutions) == deep(CORPUS.institutions)
        assert deep(back.persons) == deep(CORPUS.persons)
        assert back.authors == CORPUS.authors

    def test_shared_objects_stay_shared(self) -> None:
        """An event of the corpus list is the very object its document holds after loading too."""
        back = io.loads(io.dumps(CORPUS))
        by_id = {e.id: e for d in back.documents for e in d.events}
        assert all(by_id[e.id] is e for e in back.events)

    def test_relative_to_an_event(self) -> None:
        """An event resolved from another event refers to it, and that survives."""
        relative = [e for e in CORPUS.events if isinstance(e.relative_to, nr.Event)]
        assert relative, "the bundled corpus has relative events"
        back = round_trip(nr.Events(relative))
        assert [e.relative_to for e in back] == [e.relative_to for e in relative]
        assert deep(back) == deep(nr.Events(relative))

    def test_single_objects(self) -> None:
        """Any one model object round-trips too."""
        for value in (CORPUS.documents[1], CORPUS.events[0], CORPUS.institutions[0]):
            assert deep(round_trip(value)) == deep(value)

    def test_files(self, tmp_path: Path) -> None:
        """dump/load write and read a UTF-8 file."""
        path = tmp_path / "persons.json"
        io.dump(CORPUS.persons, path)
        assert io.load(path) == CORPUS.persons
        assert json.loads(path.read_text(encoding="utf-8"))["type"] == "Persons"

    def test_hand_made_date_keeps_narrowed_bounds_and_text(self) -> None:
        """A date whose bounds are narrower than its EDTF ("mid-2000s") keeps them."""
        mid = nr.FuzzyDate(
            "200X~",
            dt.date(2003, 1, 1),
            dt.date(2007, 12, 31),
            nr.Precision.DECADE,
            "mid-2000s",
            approximate=True,
        )
        event = attrs.evolve(CORPUS.events[0], date=mid, relative_to=mid)
        back = round_trip(event)
        assert deep(back) == deep(event)
        written = json.loads(io.dumps(event))["events"][event.id]["date"]
        assert written == {
            "edtf": "200X~",
            "earliest": "2003-01-01",
            "latest": "2007-12-31",
            "text": "mid-2000s",
        }


class TestFormat:
    def test_header(self) -> None:
        """The file says what it is and its version."""
        data = json.loads(io.dumps(CORPUS.events[:2]))
        assert (data["format"], data["version"], data["type"]) == ("natorussia", 1, "Events")

    def test_entities_written_once(self) -> None:
        """An event names institutions by id; NATO's entry is in the table once."""
        data = json.loads(io.dumps(CORPUS.events.involving("NATO")))
        assert all(
            isinstance(i, str) for e in data["events"].values() for i in e.get("institutions", ())
        )
        assert "nato" in data["institutions"]
        assert (
            io.dumps(CORPUS.events.involving("NATO")).count(
                '"name": "North Atlantic Treaty Organization"'
            )
            == 1
        )

    def test_event_well_under_a_kilobyte(self) -> None:
        """The events of the bundled corpus cost well under 1 KB each."""
        data = json.loads(io.dumps(CORPUS))
        sizes = [len(json.dumps(e, ensure_ascii=False).encode()) for e in data["events"].values()]
        print(f"event JSON: mean {sum(sizes) / len(sizes):.0f} bytes, max {max(sizes)}")
        assert sum(sizes) / len(sizes) < 700

    def test_five_times_smaller_than_asdict(self) -> None:
        """The corpus JSON is at least 5x smaller than attrs.asdict of the same objects."""
        ours = len(io.dumps(CORPUS).encode())
        naive = len(
            json.dumps(
                {
                    name: [attrs.asdict(x) for x in getattr(CORPUS, name)]
                    for name in ("documents", "events", "institutions", "persons", "authors")
                },
                default=str,
            ).encode()
        )
        print(
            f"natorussia JSON {ours:,} bytes; attrs.asdict JSON {naive:,} bytes; {naive / ours:.1f}x"
        )
        assert naive >= 5 * ours

    @pytest.mark.parametrize(
        "value",
        [
            CORPUS,
            CORPUS.documents,
            CORPUS.events,
            CORPUS.institutions,
            CORPUS.persons,
            CORPUS.events[3],
        ],
        ids=["corpus", "documents", "events", "institutions", "persons", "event"],
    )
    def test_valid_against_schema(self, value: Any) -> None:
        """What dumps writes is valid against the published JSON Schema."""
        jsonschema.Draft202012Validator.check_schema(io.JSON_SCHEMA)
        jsonschema.validate(json.loads(io.dumps(value)), io.JSON_SCHEMA)

    def test_schema_rejects_what_is_wrong(self) -> None:
        """An unknown event kind or a missing header fails validation."""
        data = json.loads(io.dumps(CORPUS.events[:1]))
        next(iter(data["events"].values()))["kind"] = "picnic"
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(data, io.JSON_SCHEMA)
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate({"data": []}, io.JSON_SCHEMA)

    def test_schema_published_in_docs(self) -> None:
        """docs/schema/natorussia-1.json is the schema the library uses."""
        published = json.loads((DOCS / "schema" / "natorussia-1.json").read_text(encoding="utf-8"))
        assert published == io.JSON_SCHEMA

    @pytest.mark.parametrize(
        ("text", "reason"),
        [
            ("[1, 2", "not JSON"),
            ('{"format": "natorussia", "version": 2, "type": "Events", "data": []}', "version 2"),
            (
                '{"format": "natorussia", "version": 1, "type": "Cats", "data": []}',
                "unknown type 'Cats'",
            ),
            (
                '{"format": "natorussia", "version": 1, "type": "Events", "data": ["x"]}',
                "no entry 'x'",
            ),
            (
                '{"format": "natorussia", "version": 1, "type": "Persons", "data": [], "persons": {}}',
                None,
            ),
        ],
    )
    def test_bad_input_is_a_clear_error(self, text: str, reason: str | None) -> None:
        """Malformed input raises FormatError (a natorussia.Error) saying what is wrong."""
        if reason is None:
            assert io.loads(text) == nr.Persons()
            return
        with pytest.raises(io.FormatError, match=reason) as caught:
            io.loads(text, source="my.json")
        assert isinstance(caught.value, nr.Error)
        assert str(caught.value).startswith("my.json: ")

    def test_missing_file(self, tmp_path: Path) -> None:
        with pytest.raises(nr.MissingFileError, match=r"nope\.json"):
            io.load(tmp_path / "nope.json")

    def test_new_fields_need_no_code(self) -> None:
        """The converter is generic over attrs fields: a new class with a new field round-trips."""
        field_names = {f.name for f in attrs.fields(nr.Document)}
        written = json.loads(io.dumps(CORPUS.documents[:1]))["documents"]
        entry = next(iter(written.values()))
        assert set(entry) <= field_names
        assert set(io.JSON_SCHEMA["$defs"]["DocumentEntry"]["properties"]) == field_names


# --- property tests --------------------------------------------------------------------------------


def sub(collection: Collection[Any]) -> st.SearchStrategy[Any]:
    indices = st.lists(st.integers(0, len(collection) - 1), unique=True, max_size=12)
    return indices.map(lambda ix: type(collection)(collection[i] for i in sorted(ix)))


names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
persons = st.builds(
    nr.Person,
    id=names,
    name=names,
    aliases=st.lists(names, max_size=3).map(tuple),
    roles=st.lists(names, max_size=3).map(tuple),
)
institutions = st.builds(
    nr.Institution,
    id=names,
    name=names,
    acronym=st.none() | names,
    kind=st.sampled_from(list(nr.InstitutionKind)),
    aliases=st.lists(names, max_size=3).map(tuple),
    facts=st.lists(st.builds(nr.Fact, predicate=names, value=st.none() | names), max_size=2).map(
        tuple
    ),
    relations=st.lists(st.builds(nr.Relation, kind=names, target=names), max_size=2).map(tuple),
    known=st.booleans(),
)
days = st.dates(dt.date(1000, 1, 1), dt.date(2999, 12, 31))


@st.composite
def fuzzy_dates(draw: st.DrawFn) -> nr.FuzzyDate:
    day = draw(days)
    edtf = draw(
        st.sampled_from([day.isoformat(), day.isoformat()[:7], str(day.year), f"{day.year}~"])
    )
    date = nr.FuzzyDate.from_edtf(edtf, text=draw(st.none() | names))
    if draw(st.booleans()):  # bounds narrower than the EDTF, as for "mid-2000s"
        date = attrs.evolve(date, earliest=day, latest=day)
    return date


@st.composite
def made_events(draw: st.DrawFn) -> nr.Events:
    base = draw(st.sampled_from(list(CORPUS.events)))
    people = draw(st.lists(persons, max_size=3, unique_by=lambda p: p.id))
    event = attrs.evolve(
        base,
        date=draw(fuzzy_dates()),
        persons=tuple(people),
        places=tuple(draw(st.lists(names, max_size=2))),
        relative_to=draw(st.none() | fuzzy_dates()),
    )
    later = attrs.evolve(base, id=base.id + "-later", relative_to=event)
    return nr.Events([event, later])


class TestProperties:
    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        st.one_of(
            sub(CORPUS.documents), sub(CORPUS.events), sub(CORPUS.institutions), sub(CORPUS.persons)
        )
    )
    def test_sub_collections(self, collection: Collection[Any]) -> None:
        """Any sub-collection of the corpus comes back equal, field for field."""
        assert deep(round_trip(collection)) == deep(collection)

    @settings(max_examples=60, deadline=None)
    @given(made_events())
    def test_made_events(self, events: nr.Events) -> None:
        """Events with any names, persons, dates and relative anchors come back equal."""
        assert deep(round_trip(events)) == deep(events)

    @settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        st.lists(
            st.sampled_from(list(CORPUS.documents)),
            min_size=1,
            max_size=3,
            unique_by=lambda d: d.id,
        )
    )
    def test_corpora_of_some_documents(self, documents: list[nr.Document]) -> None:
        """A corpus merged from any of the documents comes back equal, field for field."""
        corpus = nr.Corpus.from_documents(documents)
        assert deep(round_trip(corpus)) == deep(corpus)

    @settings(max_examples=30, deadline=None)
    @given(st.lists(institutions, max_size=4))
    def test_made_institutions(self, items: list[nr.Institution]) -> None:
        """Institutions with any names, kinds, facts and relations come back equal."""
        collection = nr.Institutions(items)
        assert deep(round_trip(collection)) == deep(collection)

    @settings(max_examples=30, deadline=None)
    @given(st.lists(persons, max_size=4))
    def test_same_id_different_versions(self, people: list[nr.Person]) -> None:
        """Persons sharing an id but differing in other fields are all kept apart."""
        collection = nr.Persons(people)
        assert deep(round_trip(collection)) == deep(collection)


# --- rows ------------------------------------------------------------------------------------------


class TestRows:
    def test_event_row(self) -> None:
        """A row is flat: dotted date columns, entities by id, lists as lists."""
        event = CORPUS.events.involving("NATO").of_kind("founding")[0]
        row = io.row(event)
        assert row["date.edtf"] == event.date.edtf
        assert row["date.earliest"] == event.date.earliest.isoformat()
        assert "nato" in row["institutions"]
        assert row["kind"] == "founding"

    def test_jsonl(self, tmp_path: Path) -> None:
        """One JSON object per line, one line per object."""
        path = tmp_path / "events.jsonl"
        io.to_jsonl(CORPUS.events, path)
        lines = path.read_text(encoding="utf-8").splitlines()
        assert len(lines) == len(CORPUS.events)
        assert [json.loads(line)["id"] for line in lines] == [e.id for e in CORPUS.events]

    def test_csv(self) -> None:
        """A header, one row per object, lists as JSON arrays, booleans as true/false."""
        text = io.to_csv(CORPUS.institutions)
        records = list(csv.DictReader(stdio.StringIO(text)))
        assert len(records) == len(CORPUS.institutions)
        nato = next(r for r in records if r["id"] == "nato")
        assert nato["acronym"] == "NATO"
        assert "the Alliance" in json.loads(nato["aliases"])
        assert nato["known"] == "true"


class TestDataFrames:
    def test_each_collection(self) -> None:
        """to_dataframe() gives one row per item of every collection."""
        pytest.importorskip("pandas")
        for collection in (CORPUS.documents, CORPUS.events, CORPUS.institutions, CORPUS.persons):
            frame = collection.to_dataframe()
            assert len(frame) == len(collection)
            assert list(frame["id"]) == [x.id for x in collection]
        events = CORPUS.events.to_dataframe()
        assert events.loc[0, "date.edtf"] == CORPUS.events[0].date.edtf

    def test_missing_pandas(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without pandas, a natorussia.Error names the extra to install."""
        monkeypatch.setitem(sys.modules, "pandas", None)
        with pytest.raises(nr.Error, match=r"natorussia\[pandas\]") as caught:
            CORPUS.events.to_dataframe()
        assert isinstance(caught.value, ImportError)

    def test_missing_matplotlib(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without matplotlib, plotting names the plot extra."""
        monkeypatch.setitem(sys.modules, "matplotlib", None)
        with pytest.raises(io.MissingExtraError, match=r"natorussia\[plot\]"):
            CORPUS.events.plot()


# --- SQLite ----------------------------------------------------------------------------------------

QUERIES = {
    # The docs (docs/exporting.md) show these three queries; keep them in step.
    "institutions_in_most_events": """
        SELECT i.name, COUNT(DISTINCT p.event_id) AS events
        FROM event_participants AS p
        JOIN institutions AS i ON p.entity_type = 'institution' AND i.id = p.entity_id
        GROUP BY i.id ORDER BY events DESC, i.name LIMIT 5
    """,
    "summits_and_meetings_of_nato": """
        SELECT substr(e.date_earliest, 1, 4) AS year, e.kind, e.document_id
        FROM events AS e
        JOIN event_participants AS p ON p.event_id = e.id
        WHERE p.entity_type = 'institution' AND p.entity_id = 'nato'
          AND e.kind IN ('summit', 'meeting')
        ORDER BY e.date_earliest
    """,
    "who_writes_about_putin": """
        SELECT a.name AS author, d.id AS document, COUNT(*) AS mentions
        FROM mentions AS m
        JOIN persons AS p ON m.entity_type = 'person' AND p.id = m.entity_id
        JOIN documents AS d ON d.id = m.document_id
        LEFT JOIN document_authors AS da ON da.document_id = d.id
        LEFT JOIN authors AS a ON a.id = da.author_id
        WHERE p.name = 'Vladimir Putin'
        GROUP BY d.id, a.id ORDER BY mentions DESC, document
    """,
}


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    path = tmp_path_factory.mktemp("sql") / "corpus.db"
    io.to_sqlite(CORPUS, path)
    return sqlite3.connect(path)


class TestSQLite:
    def test_tables_hold_the_corpus(self, database: sqlite3.Connection) -> None:
        """Every table is filled: as many rows as the corpus has objects."""

        def count(table: str) -> int:
            return int(database.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

        assert count("documents") == len(CORPUS.documents)
        assert count("events") == len(CORPUS.events)
        assert count("mentions") == sum(len(d.mentions) for d in CORPUS.documents)
        assert count("document_references") == sum(len(d.references) for d in CORPUS.documents)
        assert count("persons") >= len(CORPUS.persons)
        assert count("institutions") >= len(CORPUS.institutions)
        assert count("event_participants") == sum(
            len(e.institutions) + len(e.persons) for e in CORPUS.events
        )
        assert count("authors") == len(CORPUS.authors)
        assert database.execute("PRAGMA foreign_key_check").fetchall() == []

    def test_indexes(self, database: sqlite3.Connection) -> None:
        names = {
            r[0] for r in database.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        assert {
            "events_by_date",
            "events_by_kind",
            "participants_by_entity",
            "mentions_by_entity",
        } <= names

    def test_institutions_in_most_events(self, database: sqlite3.Connection) -> None:
        rows = database.execute(QUERIES["institutions_in_most_events"]).fetchall()
        assert rows[0] == (
            "North Atlantic Treaty Organization",
            len(CORPUS.events.involving("NATO")),
        )

    def test_summits_and_meetings_of_nato(self, database: sqlite3.Connection) -> None:
        rows = database.execute(QUERIES["summits_and_meetings_of_nato"]).fetchall()
        expected = CORPUS.events.involving("NATO").of_kind("summit", "meeting").sorted()
        assert [r[2] for r in rows] == [e.document_id for e in expected]
        assert len(rows) >= 2

    def test_who_writes_about_putin(self, database: sqlite3.Connection) -> None:
        rows = database.execute(QUERIES["who_writes_about_putin"]).fetchall()
        putin = CORPUS.person("Putin")
        assert sum(r[2] for r in rows) == len(putin.mentions)

    def test_queries_in_docs(self) -> None:
        """The docs page shows exactly these queries."""
        page = (DOCS / "exporting.md").read_text(encoding="utf-8")
        for sql in QUERIES.values():
            assert " ".join(sql.split()) in " ".join(page.split())


# --- JSON-LD and CSL-JSON --------------------------------------------------------------------------


class TestLinkedData:
    def test_jsonld_documents(self) -> None:
        """Articles carry @type, headline, author, datePublished and publisher when known."""
        graph = io.to_jsonld(CORPUS)["@graph"]
        articles = [n for n in graph if n["@type"] in ("NewsArticle", "ScholarlyArticle")]
        assert len(articles) == len(CORPUS.documents)
        first = articles[0]
        assert first["@type"] == "NewsArticle"
        assert first["author"] == [{"@type": "Person", "name": "Fyodor A. Lukyanov"}]
        assert first["datePublished"] == "2024-06-25"
        assert first["publisher"] == {"@type": "Organization", "name": "Russia in Global Affairs"}
        assert articles[1]["@type"] == "ScholarlyArticle"  # it has endnotes
        assert all("headline" in a and "@id" in a for a in articles)

    def test_jsonld_entities_and_events(self) -> None:
        """Organisations, persons and events; every @id an event points to is in the graph."""
        data = io.to_jsonld(CORPUS)
        assert data["@context"] == "https://schema.org"
        nodes = {n["@id"]: n for n in data["@graph"]}
        assert nodes["urn:natorussia:institution:russia"]["@type"] == "Country"
        assert nodes["urn:natorussia:institution:nato"]["@type"] == "Organization"
        assert nodes["urn:natorussia:person:vladimir-putin"]["@type"] == "Person"
        events = [n for n in data["@graph"] if n["@type"] == "Event"]
        assert len(events) == len(CORPUS.events)
        for event in events:
            assert {"name", "startDate", "endDate"} <= set(event)
            for link in [*event.get("attendee", ()), event["subjectOf"]]:
                assert link["@id"] in nodes

    def test_csl(self) -> None:
        """CSL-JSON items have id, type and title; endnotes follow their document."""
        items = io.to_csl(CORPUS.documents)
        assert all({"id", "type", "title"} <= set(i) for i in items)
        assert len({i["id"] for i in items}) == len(items)
        first = items[0]
        assert first["type"] == "article-newspaper"
        assert first["author"] == [{"family": "Lukyanov", "given": "Fyodor A."}]
        assert first["issued"] == {"date-parts": [[2024, 6, 25]]}
        assert first["container-title"] == "Russia in Global Affairs"
        notes = [i for i in items if i["id"].startswith("001_3219f446d452bc05#")]
        ibid = sum(1 for r in CORPUS.documents[1].references if r.repeats is not None)
        assert len(notes) == len(CORPUS.documents[1].references) - ibid
        assert {n["type"] for n in notes} <= {"webpage", "document"}
        assert any("URL" in n for n in notes)


# --- pictures --------------------------------------------------------------------------------------


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.rows: dict[str, int] = {}
        self.headings: list[str] = []
        self.external: list[str] = []
        self._in_h2 = False

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        found = dict(attributes)
        if tag == "tr" and found.get("class"):
            self.rows[str(found["class"])] = self.rows.get(str(found["class"]), 0) + 1
        if tag in ("script", "link", "img") or (found.get("src") or "").startswith("http"):
            self.external.append(tag)
        self._in_h2 = tag == "h2"

    def handle_data(self, data: str) -> None:
        if self._in_h2:
            self.headings.append(data)
            self._in_h2 = False


class TestPictures:
    def test_report(self, tmp_path: Path) -> None:
        """One self-contained page with a row per document, event, institution and person."""
        path = tmp_path / "report.html"
        io.to_html(CORPUS, path)
        page = _Page()
        page.feed(path.read_text(encoding="utf-8"))
        assert page.headings == ["Documents", "Timeline", "Institutions", "Persons"]
        assert page.rows == {
            "event": len(CORPUS.events),
            "institution": len(CORPUS.institutions),
            "person": len(CORPUS.persons),
        }
        assert page.external == []

    def test_report_escapes(self) -> None:
        """Text from the articles is escaped, never markup."""
        doc = nr.extract(
            "A <b>bold</b> & title\n\nNATO was founded on April 4, 1949, in Washington.", id="x<y"
        )
        page = io.to_html(nr.Corpus.from_documents([doc]))
        assert "<b>bold" not in page
        assert "A &lt;b&gt;bold&lt;/b&gt; &amp; title" in page

    def test_plot(self, tmp_path: Path) -> None:
        """A PNG of events by year."""
        pytest.importorskip("matplotlib")
        path = tmp_path / "events.png"
        figure = CORPUS.events.plot(path)
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert figure.axes[0].get_xlabel() == "year"


def test_a_partial_load_round_trips_with_its_problems(tmp_path: Path) -> None:
    """The files a strict=False load left out come back as equal errors, attributes included."""
    (tmp_path / "good.txt").write_text("A Title\n\nNATO met in Madrid in 1997.\n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 au lait in 1997.".encode("latin-1"))
    (tmp_path / "big.txt").write_text("NATO " * 40, encoding="utf-8")
    with pytest.warns(nr.LoadWarning):
        corpus = nr.load(tmp_path, strict=False, max_bytes=150)
    kinds = sorted(type(p).__name__ for p in corpus.problems)
    assert kinds == ["DecodeError", "FileTooLargeError"]
    again = io.loads(io.dumps(corpus))
    assert again == corpus
    decode = next(p for p in again.problems if isinstance(p, nr.DecodeError))
    assert decode.offset == 3
    assert decode.path.endswith("latin1.txt")
