"""Document structure: metadata, page chrome, paragraphs, pull quotes and endnotes.

Every expectation below was written by reading the articles, not by copying
the library's output.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import natorussia as nr


@pytest.fixture(scope="module")
def corpus() -> nr.Corpus:
    return nr.load()


def doc(corpus: nr.Corpus, prefix: str) -> nr.Document:
    return next(d for d in corpus.documents if d.id.startswith(prefix))


# Page chrome that must never survive in paragraphs, per seed.
CHROME = {
    "000": [
        "Editor's Column",
        "Want to know more about global politics?",
        "Subscribe to our distribution list",
        "More",
        "The Present Rooted in the Past",
        "We must again tread the path to stabilization and peaceful coexistence. But we will first need to set foot on that path.",
        "Putin Is Back for Another Six Years, This Is What His Foreign Policy Will Look Like",
        "When he first took office, the Russian president was trying to integrate with the West, now the whole ball game has changed.",
        "ORCID: 0000-0003-1364-4094",
        "Tel.: (+7) 495 980 7353",
        "RT",
    ],
    "001": [
        "Image: https://otan.delegfrance.org/Meeting-of-the-NATO-Russia-Council-31-May-2018",
        "This publication was co-sponsored by the North Atlantic Treaty Organization.",
    ],
    "002": [
        "Rate this article",
        "(no votes)",
        "(0 votes)",
        "Share this article",
        "nato.int",
        "Russia-NATO Summit,",
        "Rome, May 28, 2002.",
        "NATO Summit in Strasbourg and Kehl,",
        "April 4, 2009",
        "REUTERS",
        "Wikimedia.org",
        "Russian Foreign Minister Sergei Lavrov,",
        "the 49th Munich conference",
        "Former U.S. Secretary of Defense Leon Panetta:",
        "www.nato-russia-council.info",
        "Russia-NATO Round table, Zhukovsky, June 2012",
        "Poll conducted",
        "1. In your opinion, what are the US long-term goals for Russia?",
        "U.S. wants to dissolve Russia",
        "33 (31%)",
        "For business",
        "For researchers",
        "For students",
    ],
    "003": [
        "The statements, views and opinions expressed in this column are solely those of the author and do not necessarily represent those of RT.",
        "Comments are closed.",
    ],
    "004": [
        "Share This Article",
        "Table of Contents Show",
        "NAVIGATION →",
        "33,670 – that’s how many characters are in this text. It will take you about 25 minutes to read it.",
    ],
}


class TestMetadata:
    def test_titles_and_subtitles(self, corpus: nr.Corpus) -> None:
        """Headlines and standfirsts come from the header; pages without a headline have none."""
        expected = {
            "000": ("This Is the Only Way to End Confrontation Between Russia and the West", None),
            "001": (
                "NATO and Russia: Is there space for dialogue?",
                "NATO-Russia relations, 1991–2021",
            ),
            "002": (None, None),
            "003": (
                "With NATO talks failing, what is Moscow’s next move?",
                "The West’s response to Russia’s security proposals is just the start, not the end",
            ),
            "004": (None, None),
        }
        for prefix, (title, subtitle) in expected.items():
            d = doc(corpus, prefix)
            assert (d.title, d.subtitle) == (title, subtitle), prefix

    def test_authors(self, corpus: nr.Corpus) -> None:
        """Author blocks, bylines and self-introductions all give the author's name."""
        expected = {
            "000": ["Fyodor A. Lukyanov"],
            "001": [],
            "002": ["Dmitry Danilov"],
            "003": ["Ivan Timofeev"],
            "004": ["Pavel Luzin"],
        }
        for prefix, names in expected.items():
            assert [a.name for a in doc(corpus, prefix).authors] == names, prefix

    def test_publication_dates(self, corpus: nr.Corpus) -> None:
        """A date line in the header is the publication date; captions' dates are not."""
        d = doc(corpus, "000")
        assert d.published is not None
        assert d.published.edtf == "2024-06-25"
        assert d.published.earliest == d.published.latest == dt.date(2024, 6, 25)
        for prefix in ("001", "002", "003", "004"):
            assert doc(corpus, prefix).published is None, prefix

    def test_outlets(self, corpus: nr.Corpus) -> None:
        """Outlets come from disclaimers and from the masthead an editor writes under."""
        expected = {
            "000": "Russia in Global Affairs",
            "001": None,
            "002": None,
            "003": "RT",
            "004": None,
        }
        for prefix, outlet in expected.items():
            assert doc(corpus, prefix).outlet == outlet, prefix

    def test_author_block_fields(self, corpus: nr.Corpus) -> None:
        """An author block gives affiliations with roles, and every identifier."""
        (author,) = doc(corpus, "000").authors
        assert dict(author.identifiers) == {
            "spin": "4139-3941",
            "orcid": "0000-0003-1364-4094",
            "researcherid": "N-3527-2016",
            "scopus": "24481505000",
            "email": "[email\xa0protected]",
            "phone": "(+7) 495 980 7353",
            "address": "Office 112, 29 Malaya Ordynka Str., Moscow 115184, Russia",
        }
        roles = [(a.institution.split(",")[0], a.role) for a in author.affiliations]
        assert roles == [
            ("Russia in Global Affairs", "Editor-in-Chief"),
            ("National Research University–Higher School of Economics", "Research Professor"),
            ("Valdai Discussion Club", "Research Director"),
        ]

    def test_description_and_role_line(self, corpus: nr.Corpus) -> None:
        """A degree goes to the description; "Head of X Department Institute" splits into role and institution."""
        (author,) = doc(corpus, "002").authors
        assert author.description == "PhD in Economics"
        assert author.affiliations == (
            nr.Affiliation("RAS Institute of Europe", "Head of the European Security Department"),
        )

    def test_byline_role_and_description(self, corpus: nr.Corpus) -> None:
        """ "By NAME, ROLE & DESCRIPTION" gives all three."""
        (author,) = doc(corpus, "003").authors
        assert author.affiliations == (nr.Affiliation("Valdai Club", "Programme Director"),)
        assert author.description == "one of Russia’s leading foreign policy experts"

    def test_self_introduction(self, corpus: nr.Corpus) -> None:
        """ "Hello, this is NAME – a political scientist, …" gives the author and description."""
        (author,) = doc(corpus, "004").authors
        assert author.description is not None
        assert author.description.startswith("a political scientist, an independent researcher")


class TestBody:
    def test_paragraph_counts(self, corpus: nr.Corpus) -> None:
        """Counted by hand: body lines, less headings, captions and repeated pull quotes."""
        expected = {"000": 14, "001": 16, "002": 64, "003": 11, "004": 90}
        for prefix, count in expected.items():
            assert len(doc(corpus, prefix).paragraphs) == count, prefix

    def test_no_page_chrome_in_paragraphs(self, corpus: nr.Corpus) -> None:
        """No chrome line survives in paragraphs, and each one is in boilerplate."""
        for prefix, lines in CHROME.items():
            d = doc(corpus, prefix)
            for line in lines:
                assert line not in d.paragraphs, (prefix, line)
                # A caption wrapped over two lines is one block of boilerplate.
                assert any(line in b for b in d.boilerplate), (prefix, line)

    def test_pull_quotes_appear_once(self, corpus: nr.Corpus) -> None:
        """A paragraph repeated verbatim, or repeated inside a longer one, is kept once."""
        d = doc(corpus, "002")
        lede = [p for p in d.paragraphs if p.startswith("No conceptual document of the Russian")]
        assert len(lede) == 1
        freezing = [p for p in d.paragraphs if "Freezing their relations was in fact" in p]
        assert len(freezing) == 1
        assert freezing[0].startswith("But against this background of crisis")
        door = [p for p in d.paragraphs if "Leaving “the door open" in p]
        assert len(door) == 1
        assert door[0].startswith("Vladimir Putin's speech at the Munich Security Conference")

    def test_paragraph_spans_point_into_text(self, corpus: nr.Corpus) -> None:
        """Every paragraph is exactly the text at its span."""
        for d in corpus.documents:
            assert len(d.paragraph_spans) == len(d.paragraphs)
            for text, (start, end) in zip(d.paragraphs, d.paragraph_spans, strict=True):
                assert d.text[start:end] == text

    def test_headings(self, corpus: nr.Corpus) -> None:
        """Section headings are found and are not paragraphs."""
        assert doc(corpus, "001").headings == (
            "Forms of NATO cooperation",
            "NATO’s and Russia’s values",
            "The Role of China in the NATO-Russia relationship",
            "Potential models of cooperation: strengths and shortcomings",
            "Conclusion",
            "Notes",
        )
        d2 = doc(corpus, "002")
        assert "Practice as the Sole Test of Veracity?" in d2.headings
        assert "The Afghanistan 2014 Factor" in d2.headings
        assert len(d2.headings) == 8
        d4 = doc(corpus, "004")
        assert len(d4.headings) == 11
        assert sum(h.startswith("Chapter ") for h in d4.headings) == 5
        assert "Moscow saw the NATO operation in Kosovo as a threat" in d4.headings
        assert doc(corpus, "000").headings == ()
        assert doc(corpus, "003").headings == ()

    def test_text_is_the_file_exactly(self, corpus: nr.Corpus) -> None:
        """Document.text is the file as decoded, nothing removed."""
        from importlib import resources

        for d in corpus.documents:
            raw = (resources.files("natorussia") / "seeds" / f"{d.id}.txt").read_bytes()
            assert d.text == raw.decode("utf-8")


class TestReferences:
    def test_counts(self, corpus: nr.Corpus) -> None:
        """Roman-numbered notes under "Notes", and an unheaded numbered run at the end."""
        expected = {"000": 0, "001": 19, "002": 8, "003": 0, "004": 0}
        for prefix, count in expected.items():
            assert len(doc(corpus, prefix).references) == count, prefix

    def test_poll_question_is_not_a_note(self, corpus: nr.Corpus) -> None:
        """A numbered poll question after the notes is chrome, not a ninth note."""
        labels = [r.label for r in doc(corpus, "002").references]
        assert labels == ["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8."]

    def test_fields_of_a_note(self, corpus: nr.Corpus) -> None:
        """Authors, title, url and accessed date are read from a note."""
        refs = {r.label: r for r in doc(corpus, "001").references}
        ix = refs["[ix]"]
        assert ix.authors == ("David Herszenhorn",)
        assert ix.title == "Russia shuts diplomatic mission to NATO"
        assert ix.url == "https://www.politico.eu/article/russia-shuts-diplomatic-mission-nato/"
        assert ix.accessed is not None
        assert ix.accessed.edtf == "2021-11-27"
        first = refs["[i]"]
        assert first.authors == ("Raluca Iulia Iulian",)
        assert first.accessed is None
        assert first.date is not None
        assert first.date.edtf == "2017-08"
        assert refs["[xix]"].authors == ("Kinling Lo", "Jun Mai")

    def test_ibid_resolves(self, corpus: nr.Corpus) -> None:
        """ "Ibid." repeats the note before it, following chains of Ibid."""
        refs = {r.label: r for r in doc(corpus, "001").references}
        assert refs["[vi]"].repeats is refs["[v]"]
        assert refs["[vii]"].repeats is refs["[v]"]
        assert refs["[iv]"].repeats is refs["[i]"]  # a short citation of the same title
        refs2 = {r.label: r for r in doc(corpus, "002").references}
        assert refs2["5."].repeats is refs2["4."]
        assert refs2["8."].repeats is refs2["7."]

    def test_bibliographic_style(self, corpus: nr.Corpus) -> None:
        """ "Author. Title / Journal. Year." notes give author, title and date."""
        refs = {r.label: r for r in doc(corpus, "002").references}
        assert refs["2."].authors == ("Charles Kupchan",)
        assert refs["2."].title == "Decision Time: NATO's hard choices"
        assert refs["4."].authors == ("I. Soltanovsky",)
        assert refs["4."].title == "Russia-NATO Relations: Reflections on Double Anniversary"
        assert refs["1."].title == "Strasbourg/Kehl Summit Declaration"
        assert refs["1."].text.endswith("in Strasbourg/Kehl")  # the continuation line belongs to it
        assert refs["1."].date is not None
        assert refs["1."].date.edtf == "2009-04-04"

    def test_spans_cover_the_note(self, corpus: nr.Corpus) -> None:
        """A reference's span starts at its label and contains its text."""
        for d in corpus.documents:
            for r in d.references:
                start, end = r.span
                assert d.text[start:end].startswith(r.label)
                assert r.text in d.text[start:end]


UNSEEN = """2023-03-14
Baltic Air Policing at Twenty
How a small mission became a fixture of the eastern flank
By Jane Roe and John Q. Public
Share this article
The Baltic Air Policing mission began on March 30, 2004, the day after Latvia, Lithuania and Estonia joined NATO, and it has flown without a break ever since.[1]
Rotations
Allied fighters rotate through Šiauliai every four months; the second base at Ämari was added in 2014 after the annexation of Crimea.[2]
Critics in Moscow called the mission a provocation, while the three capitals called it a modest insurance policy.[3]
Notes
1. Jane Roe, “Air Policing Revisited,” Baltic Defence Review (May 2014), https://example.org/roe-air-policing.
2. Ibid.
3. John Q. Public. Skies over the Baltic / Nordic Security Journal. 2019. No.3.
"""


class TestUnseenShapes:
    """An article written for the test, in shapes the seeds do not have."""

    def test_metadata(self) -> None:
        """ISO date line, title, subtitle and a two-author byline."""
        d = nr.extract(UNSEEN, id="baltic")
        assert d.id == "baltic"
        assert d.published is not None
        assert d.published.edtf == "2023-03-14"
        assert d.title == "Baltic Air Policing at Twenty"
        assert d.subtitle == "How a small mission became a fixture of the eastern flank"
        assert [a.name for a in d.authors] == ["Jane Roe", "John Q. Public"]
        assert "Share this article" in d.boilerplate

    def test_body(self) -> None:
        """Three paragraphs and one heading; the notes are not paragraphs."""
        d = nr.extract(UNSEEN, id="baltic")
        assert d.headings == ("Rotations", "Notes")
        assert len(d.paragraphs) == 3
        assert not any(p.startswith(("1.", "2.", "3.", "Notes")) for p in d.paragraphs)

    def test_numbered_notes(self) -> None:
        """A "Notes" section of numbered notes, with Ibid. and a bibliographic entry."""
        d = nr.extract(UNSEEN, id="baltic")
        assert [r.label for r in d.references] == ["1.", "2.", "3."]
        first, second, third = d.references
        assert first.authors == ("Jane Roe",)
        assert first.title == "Air Policing Revisited"
        assert first.url == "https://example.org/roe-air-policing"
        assert first.date is not None
        assert first.date.edtf == "2014-05"
        assert second.repeats is first
        assert third.authors == ("John Q. Public",)
        assert third.title == "Skies over the Baltic"

    def test_multi_line_paragraphs_separated_by_blank_lines(self) -> None:
        """Blank-line separated articles with a "By" byline and a disclaimer naming the outlet."""
        text = (
            "A Quiet Reset\n\nBy Anna Example\n\n"
            "Diplomats from both sides met in Geneva in January 2022 to discuss security guarantees, "
            "but the talks produced no agreement and ended after a single day of meetings.\n\n"
            "Comments are closed.\n"
            "The views expressed in this article are the author's own and do not necessarily reflect "
            "those of Example Weekly.\n"
        )
        d = nr.extract(text, id="reset")
        assert d.title == "A Quiet Reset"
        assert [a.name for a in d.authors] == ["Anna Example"]
        assert d.outlet == "Example Weekly"
        assert len(d.paragraphs) == 1
        assert "Comments are closed." in d.boilerplate


def accounted_lines(d: nr.Document) -> set[str]:
    """Every stripped line the document puts somewhere."""
    found = {d.title, d.subtitle, *d.headings, *d.paragraphs, *d.boilerplate}
    for r in d.references:
        found.update(
            line.strip() for line in re.split(r"\r\n|\r|\n", d.text[r.span[0] : r.span[1]])
        )
    return {line for line in found if line}


def unaccounted(lines: set[str], accounted: set[str]) -> set[str]:
    """The lines neither put somewhere whole nor joined into a block (a wrapped caption)."""
    joined = "\n".join(" ".join(item.split()) for item in accounted)
    return {line for line in lines - accounted if " ".join(line.split()) not in joined}


class TestNothingDropped:
    def test_every_line_is_accounted_for(self, corpus: nr.Corpus) -> None:
        """Each non-blank line is the title, subtitle, a heading, a paragraph, part of a note, or boilerplate."""
        for d in corpus.documents:
            lines = {line.strip() for line in re.split(r"\r\n|\r|\n", d.text) if line.strip()}
            assert unaccounted(lines, accounted_lines(d)) == set(), d.id

    @settings(max_examples=150, deadline=None)
    @given(
        st.lists(
            st.one_of(
                st.text(max_size=120),
                st.sampled_from(
                    [
                        "",
                        "Notes",
                        "1. Ibid.",
                        "[i] Ibid.",
                        "More",
                        "Poll conducted",
                        "  33 (31%)",
                        "By Jane Roe and John Doe",
                        "ORCID: 0000-0003-1364-4094",
                        "nato.int",
                        "25.06.2024",
                        "Hello, this is Jane Roe – a writer.",
                        "Chapter 1. Beginnings.",
                        "NATO was founded on April 4, 1949, when twelve states signed the treaty in Washington.",
                    ]
                ),
            ),
            max_size=25,
        )
    )
    def test_never_raises_and_accounts_for_everything(self, lines: list[str]) -> None:
        """Any text parses; spans are exact and no line is silently dropped."""
        text = "\n".join(lines)
        d = nr.extract(text, id="fuzz")
        assert d.text == text
        for paragraph, (start, end) in zip(d.paragraphs, d.paragraph_spans, strict=True):
            # Lines joined into one paragraph are joined by a space; a running page
            # header between two lines of one paragraph lies inside its span but
            # goes to boilerplate (checked below with every other line).
            source = iter(text[start:end].split())
            assert all(word in source for word in paragraph.split()), (paragraph, start, end)
            assert text[start:end].split()[:1] == paragraph.split()[:1]
            assert text[start:end].split()[-1:] == paragraph.split()[-1:]
        expected = {line.strip() for line in re.split(r"\r\n|\r|\n", text) if line.strip()}
        assert unaccounted(expected, accounted_lines(d)) == set()
