"""The corpus page of the documentation is generated from the library at build time.

``docs/conf.py`` writes the bundled corpus's table and timeline figure when
the builder starts; these tests build the corpus page with that configuration
(in a temporary folder, with a one-page index so the build stays quick) and
look for both in the HTML.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import natorussia as nr

DOCS = Path(__file__).resolve().parent.parent / "docs"

pytest.importorskip("sphinx")
pytest.importorskip("myst_parser")
pytest.importorskip("furo")
pytest.importorskip("matplotlib")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The HTML output of conf.py + corpus.md, built once for the module."""
    if not (DOCS / "conf.py").exists():
        pytest.skip("docs/ is not beside the tests")
    from sphinx.cmd.build import build_main

    root = tmp_path_factory.mktemp("docs")
    source, out = root / "source", root / "html"
    source.mkdir()
    shutil.copy(DOCS / "conf.py", source / "conf.py")
    shutil.copy(DOCS / "corpus.md", source / "corpus.md")
    (source / "constants.rst").write_text(
        "Constants\n=========\n\n.. currentmodule:: natorussia\n\n"
        + "".join(f".. autodata:: {n}\n   :no-value:\n" for n in ("DEFAULT_MAX_BYTES", "OPEN_END")),
        encoding="utf-8",
    )
    (source / "index.md").write_text(
        "# Index\n\n```{toctree}\ncorpus\nconstants\n```\n", encoding="utf-8"
    )
    status = build_main(["-q", "-b", "html", str(source), str(out)])
    assert status == 0
    return out


def _rows(html: str) -> dict[str, list[str]]:
    """The body rows of the page's table: document id → the text of the other cells."""
    rows = {}
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", html, re.DOTALL):
        cells = [
            re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td.*?</td>", row, re.DOTALL)
        ]
        if cells:
            rows[cells[0]] = cells[1:]
    return rows


class TestCorpusPage:
    def test_table_has_a_row_per_document_with_its_fields(self, built: Path) -> None:
        """Each bundled document's title, authors, date, outlet, format and counts are its row."""
        rows = _rows((built / "corpus.html").read_text(encoding="utf-8"))
        corpus = nr.load()
        assert sorted(rows) == [doc.id for doc in corpus.documents]
        for doc in corpus.documents:
            institutions = {
                m.entity.id for m in doc.mentions if isinstance(m.entity, nr.Institution)
            }
            assert rows[doc.id] == [
                doc.title or "—",
                ", ".join(a.name for a in doc.authors) or "—",
                doc.published.edtf if doc.published else "—",
                doc.outlet or "—",
                doc.format,
                str(len(doc.events)),
                str(len(institutions)),
                str(len(doc.references)),
            ]

    def test_table_shows_what_the_pages_print(self, built: Path) -> None:
        """Known values of the bundled articles, written by hand, appear in their rows."""
        rows = _rows((built / "corpus.html").read_text(encoding="utf-8"))
        assert rows["000_3cd35e5757cc7dc1"][1:4] == [
            "Fyodor A. Lukyanov",
            "2024-06-25",
            "Russia in Global Affairs",
        ]
        assert rows["001_3219f446d452bc05"][0] == "NATO and Russia: Is there space for dialogue?"
        assert rows["001_3219f446d452bc05"][-1] == "19"
        assert rows["003_fab7afded266ec95"][3] == "RT"

    def test_timeline_figure_is_written_and_shown(self, built: Path) -> None:
        """The PNG made by natorussia.io.plot is copied into the build and the page shows it."""
        figure = built / "_images" / "corpus_timeline.png"
        assert figure.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        html = (built / "corpus.html").read_text(encoding="utf-8")
        assert 'src="_images/corpus_timeline.png"' in html


class TestReExportedConstants:
    def test_constants_show_their_own_docstrings_not_their_types(self, built: Path) -> None:
        """autodata of a constant re-exported by the package shows the docstring after its assignment."""
        html = (built / "constants.html").read_text(encoding="utf-8")
        assert "Files larger than this (20 MB) are refused" in html
        assert "The latest bound of an interval open at its end" in html
        assert "Convert a number or string to an integer" not in html  # int.__doc__
        assert "date(year, month, day)" not in html  # datetime.date.__doc__
