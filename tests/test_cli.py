"""The command line prints a summary of a corpus."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from natorussia.cli import main


class TestMain:
    def test_bundled_summary(self, capsys: pytest.CaptureFixture[str]) -> None:
        """One row per document with its title, author, date and outlet, then totals."""
        assert main([]) == 0
        out = capsys.readouterr().out
        rows = out.splitlines()
        assert rows[0].split() == ["id", "title", "authors", "date", "outlet", "paras", "refs"]
        body = rows[1:6]
        assert [r.split()[0] for r in body] == [
            "000_3cd35e5757cc7dc1",
            "001_3219f446d452bc05",
            "002_85d51c1af2133be8",
            "003_fab7afded266ec95",
            "004_cbf04e0f558039c8",
        ]
        assert "Fyodor A. Lukyanov" in body[0]
        assert "2024-06-25" in body[0]
        assert "RT" in body[3].split()
        assert rows[-1].startswith("5 documents, ")

    def test_user_folder(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """Paths given on the command line are summarised instead."""
        (tmp_path / "mine.txt").write_text(
            "My Headline\n\nBy Jane Roe\n\nText of the article, long enough to be a paragraph of prose.\n"
        )
        assert main([str(tmp_path)]) == 0
        out = capsys.readouterr().out
        assert "mine" in out
        assert "Jane Roe" in out

    def test_error_is_one_line(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A bad path gives a one-line error naming it, and exit status 1."""
        assert main([str(tmp_path / "missing.txt")]) == 1
        err = capsys.readouterr().err
        assert err.startswith("natorussia: error: ")
        assert "missing.txt" in err
        assert "Traceback" not in err

    def test_python_dash_m(self) -> None:
        """`python -m natorussia` runs the same main job."""
        done = subprocess.run(
            [sys.executable, "-m", "natorussia"], capture_output=True, text=True, check=True
        )
        assert "000_3cd35e5757cc7dc1" in done.stdout
