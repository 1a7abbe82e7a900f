"""Bad input of every kind gives a clear natorussia error (or TypeError) naming the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

import natorussia as nr

ARTICLE = "A Short Headline\n\nNATO and Russia signed the Founding Act in Paris on 27 May 1997.\n"


class TestPaths:
    def test_an_empty_path_is_refused_rather_than_read_as_the_working_folder(self) -> None:
        with pytest.raises(nr.MissingFileError, match="empty path"):
            nr.load("")

    def test_a_value_that_is_no_path_is_a_type_error_saying_what_is_accepted(self) -> None:
        with pytest.raises(TypeError, match="a folder, a file, a glob pattern"):
            nr.load(42)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="not int"):
            nr.load([7, "notes.txt"])  # type: ignore[list-item]

    def test_an_unreadable_folder_names_the_folder(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        folder = tmp_path / "private"
        folder.mkdir()
        (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")

        def refuse(self: Path, pattern: str) -> object:
            raise PermissionError(13, "Permission denied", str(self))

        # Tests run as any user, root included, so the refusal is simulated.
        monkeypatch.setattr(Path, "glob", refuse)
        with pytest.raises(nr.MissingFileError, match="private: cannot be read: Permission denied"):
            nr.load(folder)


class TestEncodings:
    def test_utf16_with_a_byte_order_mark_is_read(self, tmp_path: Path) -> None:
        path = tmp_path / "windows.txt"
        path.write_bytes(ARTICLE.encode("utf-16"))
        doc = nr.load(path).documents[0]
        assert doc.title == "A Short Headline"
        assert [e.date.edtf for e in doc.events] == ["1997-05-27"]

    def test_utf16_without_a_mark_is_called_utf16_not_binary(self, tmp_path: Path) -> None:
        path = tmp_path / "bare.txt"
        path.write_bytes(ARTICLE.encode("utf-16-le"))
        with pytest.raises(nr.DecodeError, match="UTF-16 text without a byte order mark"):
            nr.load(path)


class TestExtractArguments:
    @pytest.mark.parametrize("value", [None, b"bytes", 3.5])
    def test_extract_takes_only_text(self, value: object) -> None:
        with pytest.raises(TypeError, match="takes the article as a str"):
            nr.extract(value)  # type: ignore[arg-type]

    def test_find_dates_takes_only_text(self) -> None:
        with pytest.raises(TypeError, match="str"):
            nr.find_dates(None)  # type: ignore[arg-type]


class TestDatesAcrossSentenceBreaks:
    def test_a_date_written_without_spaces_stays_inside_its_events_sentence(self) -> None:
        """'Sept.' inside 'Brussels,Sept. 11, 2001' looks like a sentence end; the date wins."""
        text = "Ministers gathered in Brussels,Sept. 11, 2001. Moscow protested in Oct. 2001."
        doc = nr.extract(text)
        assert [(e.date.edtf, e.sentence) for e in doc.events] == [
            ("2001-09-11", "Ministers gathered in Brussels,Sept. 11, 2001."),
            ("2001-10", "Moscow protested in Oct. 2001."),
        ]
        for event in doc.events:
            assert event.span[0] <= event.date_span[0] < event.date_span[1] <= event.span[1]


class TestHostileShapes:
    def test_a_sentence_of_many_dates_gives_each_its_event_in_a_bounded_sentence(self) -> None:
        """A 'sentence' of 400 dates is cut into pieces; every date still gives its event."""
        text = (
            "Archive\n\n"
            + "".join(f"The council met on {day} March {1950 + day % 40}; " for day in range(1, 29))
            * 15
        )
        doc = nr.extract(text)
        assert len(doc.events) == 28 * 15
        assert max(e.span[1] - e.span[0] for e in doc.events) <= 2000
        for event in doc.events:
            assert event.span[0] <= event.date_span[0] < event.date_span[1] <= event.span[1]


class TestGazetteerFiles:
    def test_a_gazetteer_file_that_is_not_utf8_is_a_data_error_naming_it(
        self, tmp_path: Path
    ) -> None:
        path = tmp_path / "mine.json"
        path.write_bytes(b'{"entries": [{"id": "caf\xe9"}]}')
        with pytest.raises(nr.DataError, match=r"mine\.json.*not UTF-8: byte 0xe9 at offset 24"):
            nr.Gazetteer.from_file(path)
