"""The command line: `natorussia` and `python -m natorussia`, each subcommand in a subprocess."""

from __future__ import annotations

import csv
import io as stdio
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import natorussia as nr
from natorussia import io
from natorussia.cli import main

SRC = str(Path(nr.__file__).resolve().parent.parent)
CORPUS = nr.load()


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m natorussia ARGS` in a subprocess, importing this source tree."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (SRC, env.get("PYTHONPATH")) if p)
    return subprocess.run(
        [sys.executable, "-m", "natorussia", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )


def ok(*args: str, cwd: Path | None = None) -> str:
    done = run(*args, cwd=cwd)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done.stdout


def fails(*args: str) -> str:
    """The one-line error of a command that must fail with exit status 2."""
    done = run(*args)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("natorussia")
    assert "Traceback" not in done.stderr
    return lines[0]


class TestSummary:
    def test_bundled_summary(self) -> None:
        """The bare command prints one row per document with title, author, date, outlet; then totals."""
        rows = ok().splitlines()
        assert rows[0].split() == ["id", "title", "authors", "date", "outlet", "paras", "refs"]
        body = rows[1:6]
        assert [r.split()[0] for r in body] == [d.id for d in CORPUS.documents]
        assert "Fyodor A. Lukyanov" in body[0]
        assert "2024-06-25" in body[0]
        assert "RT" in body[3].split()
        # The totals are the corpus's own: the extraction tests pin what they are.
        assert rows[-1].startswith(f"5 documents, {len(CORPUS.events)} events, ")

    def test_user_folder(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Paths given without a command (or with --corpus) are summarised instead."""
        (tmp_path / "mine.txt").write_text(
            "My Headline\n\nBy Jane Roe\n\nText of the article, long enough to be a paragraph of prose.\n"
        )
        for argv in ([str(tmp_path)], ["--corpus", str(tmp_path)]):
            assert main(argv) == 0
            out = capsys.readouterr().out
            assert "mine" in out
            assert "Jane Roe" in out

    def test_version(self) -> None:
        from importlib.metadata import version

        assert ok("--version").strip() == f"natorussia {version('natorussia')}"

    def test_help(self) -> None:
        """--help lists the commands."""
        out = ok("--help")
        assert out.startswith("usage: natorussia")
        assert "documents" in out
        assert "export" in out

    @pytest.mark.parametrize(
        "command",
        [
            "documents",
            "events",
            "institution",
            "person",
            "timeline",
            "discrepancies",
            "search",
            "export",
            "report",
        ],
    )
    def test_help_on_each_command(self, command: str, capsys: pytest.CaptureFixture[str]) -> None:
        """--help works on every subcommand and exits 0."""
        with pytest.raises(SystemExit) as done:
            main([command, "--help"])
        assert done.value.code == 0
        assert capsys.readouterr().out.startswith(f"usage: natorussia {command}")


class TestListings:
    def test_documents(self) -> None:
        rows = ok("documents").splitlines()
        assert rows[0].split()[:2] == ["id", "title"]
        assert rows[-1] == "(5 rows)"
        assert rows[1].startswith("000_3cd35e5757cc7dc1")

    def test_documents_as_csv_and_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format csv and json give the same records."""
        assert main(["documents", "--format", "csv"]) == 0
        records = list(csv.DictReader(stdio.StringIO(capsys.readouterr().out)))
        assert main(["documents", "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert (
            [r["id"] for r in records]
            == [d["id"] for d in data]
            == [d.id for d in CORPUS.documents]
        )
        assert data[3]["outlet"] == "RT"
        assert data[0]["authors"] == ["Fyodor A. Lukyanov"]

    def test_events_filtered(self) -> None:
        """--between, --involving and --kind filter as the library's methods do."""
        data = json.loads(
            ok(
                "events",
                "--between",
                "1990",
                "2010",
                "--involving",
                "NATO",
                "--kind",
                "summit",
                "--format",
                "json",
            )
        )
        expected = (
            CORPUS.events.between("1990", "2010").involving("NATO").of_kind("summit").sorted()
        )
        assert [d["id"] for d in data] == [e.id for e in expected]
        assert data, "NATO held summits between 1990 and 2010 in the bundled articles"
        assert all(d["kind"] == "summit" and "1990" <= d["date"][:4] <= "2010" for d in data)

    def test_events_table(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["events", "--kind", "founding", "--kind", "accession"]) == 0
        rows = capsys.readouterr().out.splitlines()
        assert rows[0].split()[:3] == ["date", "kind", "who"]
        expected = len(CORPUS.events.of_kind("founding", "accession"))
        assert rows[-1] == f"({expected} rows)"

    def test_institution(self) -> None:
        out = ok("institution", "NRC")
        assert out.splitlines()[0] == "NATO-Russia Council  (institution nato-russia-council)"
        assert "acronym: NRC" in out
        assert f"({len(CORPUS.events.involving('NRC'))} rows)" in out

    def test_institution_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["institution", "the Alliance", "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["id"] == "nato"
        assert len(data["events"]) == len(CORPUS.events.involving("NATO"))

    def test_person(self) -> None:
        out = ok("person", "Putin")
        assert out.startswith("Vladimir Putin  (person vladimir-putin)")
        assert f"mentions: {len(CORPUS.person('Putin').mentions)} in" in out

    def test_timeline(self) -> None:
        data = json.loads(ok("timeline", "--format", "json"))
        assert len(data) == len(CORPUS.timeline())
        dates = [CORPUS.timeline()[i].date for i in range(len(data))]
        assert dates == sorted(dates)

    def test_timeline_plot(self, tmp_path: Path) -> None:
        pytest.importorskip("matplotlib")
        path = tmp_path / "events.png"
        assert ok("timeline", "--plot", str(path)).strip() == f"wrote {path}"
        assert path.read_bytes()[:4] == b"\x89PNG"

    def test_discrepancies(self) -> None:
        """Listed when the corpus can find them; otherwise one clear line says it cannot."""
        if hasattr(nr.Corpus, "discrepancies"):
            ok("discrepancies")
        else:
            assert "cannot find discrepancies yet" in fails("discrepancies")

    def test_search(self) -> None:
        out = ok("search", "Founding Act", "--format", "csv")
        records = list(csv.DictReader(stdio.StringIO(out)))
        assert len(records) == len(CORPUS.search("Founding Act"))
        assert all("founding act" in r["text"].lower() for r in records)


class TestExport:
    def test_json_round_trips(self, tmp_path: Path) -> None:
        """The JSON export loads back equal, and serves as --corpus."""
        path = tmp_path / "corpus.json"
        assert ok("export", "--format", "json", "-o", str(path)).strip() == f"wrote {path}"
        assert io.load(path) == CORPUS
        assert (
            ok("--corpus", str(path))
            .splitlines()[-1]
            .startswith(f"5 documents, {len(CORPUS.events)} events")
        )

    def test_sqlite(self, tmp_path: Path) -> None:
        """`export --format sqlite out.db` writes the database."""
        ok("export", "--format", "sqlite", "out.db", cwd=tmp_path)
        db = sqlite3.connect(tmp_path / "out.db")
        assert db.execute("SELECT COUNT(*) FROM events").fetchone() == (len(CORPUS.events),)
        db.close()

    @pytest.mark.parametrize("fmt", ["jsonl", "csv", "jsonld", "csl"])
    def test_to_stdout(self, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["export", "--format", fmt]) == 0
        out = capsys.readouterr().out
        if fmt == "jsonl":
            assert len(out.splitlines()) == len(CORPUS.events)
        elif fmt == "csv":
            assert len(list(csv.DictReader(stdio.StringIO(out)))) == len(CORPUS.events)
        elif fmt == "jsonld":
            assert json.loads(out)["@context"] == "https://schema.org"
        else:
            assert json.loads(out)[0]["id"] == CORPUS.documents[0].id

    def test_collection(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["export", "--format", "jsonl", "--collection", "persons"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert [json.loads(line)["id"] for line in lines] == [p.id for p in CORPUS.persons]

    def test_csl_subprocess(self) -> None:
        items = json.loads(ok("export", "--format", "csl"))
        assert all({"id", "type", "title"} <= set(i) for i in items)

    def test_report(self, tmp_path: Path) -> None:
        path = tmp_path / "corpus.html"
        assert ok("report", str(path)).strip() == f"wrote {path}"
        assert path.read_text(encoding="utf-8").count('<tr class="event">') == len(CORPUS.events)


class TestErrors:
    def test_unknown_person(self) -> None:
        assert (
            fails("person", "Nobody Atall") == "natorussia: error: no person matches 'Nobody Atall'"
        )

    def test_missing_corpus(self, tmp_path: Path) -> None:
        line = fails("--corpus", str(tmp_path / "missing.txt"), "documents")
        assert "missing.txt" in line

    def test_bad_kind_is_a_usage_error(self) -> None:
        assert "invalid choice: 'picnic'" in fails("events", "--kind", "picnic")

    def test_bad_date(self) -> None:
        assert "not-a-date" in fails("events", "--between", "not-a-date", "2000")

    def test_sqlite_needs_a_file(self) -> None:
        assert "needs an output file" in fails("export", "--format", "sqlite")

    def test_unknown_command(self) -> None:
        line = fails("--frobnicate")
        assert "unrecognized arguments" in line or "frobnicate" in line

    def test_unwritable_output(self, tmp_path: Path) -> None:
        line = fails("report", str(tmp_path / "no" / "such" / "dir.html"))
        assert "dir.html" in line

    def test_json_that_is_not_a_corpus(self, tmp_path: Path) -> None:
        path = tmp_path / "persons.json"
        io.dump(CORPUS.persons, path)
        assert "not a whole corpus" in fails("--corpus", str(path))
