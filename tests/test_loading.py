"""Loading: the bundled corpus, users' folders and files, and every kind of bad input."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import natorussia as nr

ARTICLE = "A Headline for a Test\n\nNATO was founded on April 4, 1949, when twelve states signed the treaty in Washington.\n"


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


class TestBundled:
    def test_five_documents_ordered_by_id(self) -> None:
        """The bundled corpus holds the five seeds, ordered by id."""
        corpus = nr.load()
        assert [d.id for d in corpus.documents] == [
            "000_3cd35e5757cc7dc1",
            "001_3219f446d452bc05",
            "002_85d51c1af2133be8",
            "003_fab7afded266ec95",
            "004_cbf04e0f558039c8",
        ]

    def test_cached(self) -> None:
        """The bundled corpus is parsed once and then shared."""
        assert nr.load() is nr.load()

    def test_thread_safe(self) -> None:
        """Many threads calling load() at once all get the same corpus."""
        results: list[nr.Corpus] = []

        def work() -> None:
            results.append(nr.load())

        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(results) == 8
        assert all(r is results[0] for r in results)

    def test_deterministic(self, tmp_path: Path) -> None:
        """Loading the same files twice gives equal documents in the same order."""
        for name in ("b.txt", "a.txt"):
            write(tmp_path, name, ARTICLE.encode())
        first, second = nr.load(tmp_path), nr.load(tmp_path)
        assert [d.id for d in first.documents] == ["a", "b"]
        assert list(first.documents) == list(second.documents)

    def test_document_lookup(self) -> None:
        """corpus.document(id) finds a document, or raises NotFound suggesting ids."""
        corpus = nr.load()
        assert corpus.document("003_fab7afded266ec95").outlet == "RT"
        with pytest.raises(nr.NotFound) as info:
            corpus.document("003")
        assert info.value.suggestions == ("003_fab7afded266ec95",)


class TestUserFiles:
    def test_folder(self, tmp_path: Path) -> None:
        """A folder loads its files of every supported kind, and nothing else."""
        write(tmp_path, "one.txt", ARTICLE.encode())
        write(tmp_path, "notes.md", b"# A Note\n\nNATO met in Madrid in 1997.\n")
        write(tmp_path, "picture.jpg", b"\xff\xd8\xff\xe0 not an article")
        corpus = nr.load(tmp_path)
        assert [(d.id, d.format) for d in corpus.documents] == [
            ("notes", "markdown"),
            ("one", "text"),
        ]
        assert corpus.documents[1].title == "A Headline for a Test"
        assert corpus.documents[0].title == "A Note"

    def test_iterable_of_paths(self, tmp_path: Path) -> None:
        """An iterable of paths loads each, as str or Path."""
        a = write(tmp_path, "a.txt", ARTICLE.encode())
        b = write(tmp_path, "b.txt", ARTICLE.encode())
        assert [d.id for d in nr.load([str(a), b]).documents] == ["a", "b"]

    def test_byte_order_mark(self, tmp_path: Path) -> None:
        """A UTF-8 byte order mark is not part of the text."""
        path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode())
        assert nr.load(path).documents[0].title == "A Headline for a Test"

    def test_duplicate_ids(self, tmp_path: Path) -> None:
        """Two files with the same id are refused, naming the id."""
        (tmp_path / "x").mkdir()
        a = write(tmp_path, "same.txt", ARTICLE.encode())
        b = write(tmp_path / "x", "same.txt", ARTICLE.encode())
        with pytest.raises(nr.LoadError, match="same"):
            nr.load([a, b])


class TestBadInput:
    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing path names itself."""
        with pytest.raises(nr.MissingFileError) as info:
            nr.load(tmp_path / "nope.txt")
        assert info.value.path.endswith("nope.txt")
        assert isinstance(info.value, FileNotFoundError)

    def test_empty_file(self, tmp_path: Path) -> None:
        """Empty and whitespace-only files are refused, naming the file."""
        for name, data in (("empty.txt", b""), ("blank.txt", b" \n\n\t\n")):
            path = write(tmp_path, name, data)
            with pytest.raises(nr.EmptyFileError, match=name):
                nr.load(path)

    def test_binary_file(self, tmp_path: Path) -> None:
        """A file with NUL bytes is binary, and the error says where."""
        path = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        with pytest.raises(
            nr.BinaryFileError, match=r"image\.txt: binary data \(NUL byte at offset 8\)"
        ):
            nr.load(path)

    def test_not_utf8(self, tmp_path: Path) -> None:
        """Undecodable bytes give the byte offset of the first bad byte."""
        data = "Заголовок\n".encode("cp1251")
        path = write(tmp_path, "cyrillic.txt", b"Title\n" + data)
        with pytest.raises(nr.DecodeError) as info:
            nr.load(path)
        assert info.value.offset == 6
        assert "cyrillic.txt" in str(info.value)
        assert "offset 6" in str(info.value)

    def test_too_large(self, tmp_path: Path) -> None:
        """Files over max_bytes are refused with their size and the limit."""
        path = write(tmp_path, "big.txt", ARTICLE.encode() * 100)
        with pytest.raises(nr.FileTooLargeError) as info:
            nr.load(path, max_bytes=1000)
        assert info.value.limit == 1000
        assert info.value.size == len(ARTICLE.encode()) * 100
        assert len(nr.load(path).documents) == 1  # the default limit is far higher

    def test_folder_without_articles(self, tmp_path: Path) -> None:
        """A folder with no .txt files is an error, not an empty corpus."""
        with pytest.raises(nr.MissingFileError, match=r"no article files \(.*\.md.*\.txt\)"):
            nr.load(tmp_path)

    def test_failed_load_changes_nothing(self, tmp_path: Path) -> None:
        """A bad file in a batch fails the whole call; the bundled corpus is untouched."""
        before = nr.load()
        good = write(tmp_path, "good.txt", ARTICLE.encode())
        bad = write(tmp_path, "bad.txt", b"\xff\xfe\x00")
        with pytest.raises(nr.LoadError):
            nr.load([good, bad])
        assert nr.load() is before
        assert len(before.documents) == 5

    def test_errors_share_a_base(self) -> None:
        """Every error derives from natorussia.Error."""
        for cls in (nr.LoadError, nr.NotFound, nr.Ambiguous, nr.DateError, nr.DataError):
            assert issubclass(cls, nr.Error)


class TestExtract:
    def test_extract_from_string(self) -> None:
        """extract() needs no file and keeps the text exactly."""
        d = nr.extract(ARTICLE, id="s")
        assert d.text == ARTICLE
        assert d.paragraphs == (
            "NATO was founded on April 4, 1949, when twelve states signed the treaty in Washington.",
        )


# --- folders of every kind, good and bad ----------------------------------------------------------

GOOD = {
    "plain.txt": ARTICLE.encode(),
    "note.md": b"---\ntitle: A Note on Talks\n---\n\nThe envoys met in Vienna in March 2021 and agreed to meet again.\n",
    "deep/inner.txt": ARTICLE.replace("A Headline for a Test", "An Inner Headline").encode(),
}
BAD = {
    "empty.txt": (b"  \n", "empty file"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary data"),
    "latin1.md": ("Überblick über die Gespräche".encode("latin-1"), "not valid UTF-8"),
    "fake.pdf": (b"plain words, not a PDF", "not a PDF file"),
}


def fill(folder: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)


class TestFolderLoads:
    def test_every_bad_file_listed(self, tmp_path: Path) -> None:
        """By default a folder with bad files fails once, naming every bad file and its reason."""
        fill(tmp_path, GOOD | {name: data for name, (data, _) in BAD.items()})
        with pytest.raises(nr.LoadErrors) as info:
            nr.load(tmp_path)
        error = info.value
        assert isinstance(error, nr.LoadError)
        assert sorted(Path(e.path).name for e in error.exceptions) == sorted(BAD)
        for name, (_, reason) in BAD.items():
            assert any(Path(e.path).name == name and reason in e.reason for e in error.exceptions)
            assert name in str(error)
        assert str(error).startswith(f"{tmp_path}: 4 files could not be loaded:")

    def test_partial_load(self, tmp_path: Path) -> None:
        """With strict=False the good files load, and each bad one is a problem and a warning."""
        fill(tmp_path, GOOD | {name: data for name, (data, _) in BAD.items()})
        with pytest.warns(nr.LoadWarning) as caught:
            corpus = nr.load(tmp_path, strict=False)
        assert [d.id for d in corpus.documents] == ["note", "plain"]
        assert sorted(Path(p.path).name for p in corpus.problems) == sorted(BAD)
        assert len(caught) == len(BAD)
        assert all("left out" in str(w.message) for w in caught)

    def test_clean_load_has_no_problems(self, tmp_path: Path) -> None:
        """A load where every file reads has no problems and gives no warning."""
        fill(tmp_path, GOOD)
        corpus = nr.load(tmp_path, strict=False)
        assert corpus.problems == ()

    def test_damaged_pdf_listed(self, tmp_path: Path) -> None:
        """A damaged PDF among text files is listed as a problem with pypdf's reason."""
        pytest.importorskip("pypdf")
        fill(tmp_path, {"plain.txt": ARTICLE.encode(), "broken.pdf": b"%PDF-1.4\n%%EOF\n"})
        with pytest.warns(nr.LoadWarning, match=r"broken\.pdf: not a readable PDF"):
            corpus = nr.load(tmp_path, strict=False)
        assert [d.id for d in corpus.documents] == ["plain"]
        assert [Path(p.path).name for p in corpus.problems] == ["broken.pdf"]

    def test_recursive(self, tmp_path: Path) -> None:
        """recursive=True reads subfolders too; by default they are left alone."""
        fill(tmp_path, GOOD)
        assert [d.id for d in nr.load(tmp_path).documents] == ["note", "plain"]
        assert [d.id for d in nr.load(tmp_path, recursive=True).documents] == [
            "inner",
            "note",
            "plain",
        ]

    def test_pattern_and_glob(self, tmp_path: Path) -> None:
        """A pattern picks files in a folder; a glob string picks files by itself."""
        fill(tmp_path, GOOD)
        assert [d.id for d in nr.load(tmp_path, pattern="*.md").documents] == ["note"]
        assert [d.id for d in nr.load(str(tmp_path / "*.txt")).documents] == ["plain"]
        with pytest.raises(nr.MissingFileError, match="matches no file"):
            nr.load(str(tmp_path / "*.html"))

    def test_sources_and_formats(self, tmp_path: Path) -> None:
        """Each document says which file it came from and in what format."""
        fill(tmp_path, GOOD)
        corpus = nr.load(tmp_path)
        assert [(d.format, Path(d.source or "").name) for d in corpus.documents] == [
            ("markdown", "note.md"),
            ("text", "plain.txt"),
        ]
        assert nr.extract("Some text here.").source is None

    def test_progress_only_when_asked_or_on_a_terminal(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """No progress on a captured stderr by default; progress=True shows a count."""
        fill(tmp_path, GOOD)
        nr.load(tmp_path)
        assert capsys.readouterr().err == ""
        nr.load(tmp_path, progress=True)
        err = capsys.readouterr().err
        assert "loading 2/2" in err

    def test_same_stem_in_two_formats(self, tmp_path: Path) -> None:
        """'note.md' and 'note.txt' would share an id: the second is a bad file, named with the first."""
        fill(tmp_path, {"note.md": GOOD["note.md"], "note.txt": ARTICLE.encode()})
        with pytest.raises(nr.LoadErrors, match=r"note\.txt: same id 'note' as .*note\.md"):
            nr.load(tmp_path)
        with pytest.warns(nr.LoadWarning):
            corpus = nr.load(tmp_path, strict=False)
        assert [d.format for d in corpus.documents] == ["markdown"]
