"""Readers: each format an article is kept in, from small files written in the tests."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import natorussia as nr
from natorussia import readers


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def one(path: Path) -> nr.Document:
    return nr.load(path).documents[0]


def spans_hold_their_text(d: nr.Document) -> None:
    """Every paragraph's words are the words of the text at its span (markup aside)."""
    for paragraph, (start, end) in zip(d.paragraphs, d.paragraph_spans, strict=True):
        raw = d.text[start:end]
        for word in re.findall(r"[A-Za-z]{4,}", paragraph):
            assert word in raw, (word, raw)


# --- a PDF written by hand: objects, a content stream per page, a cross-reference table -------


def make_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A small valid PDF: each page a list of lines of Helvetica text, top to bottom."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    pages_id = len(objects) + 1 + 2 * len(pages)
    kids = []
    for lines in pages:
        ops = ["BT", "/F1 11 Tf", "14 TL", "50 780 Td"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({escaped}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 842] "
                b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                % (pages_id, font, content)
            )
        )
    refs = b" ".join(b"%d 0 R" % k for k in kids)
    add(b"<< /Type /Pages /Kids [" + refs + b"] /Count %d >>" % len(kids))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = add(b"<< /Title (" + title.encode("latin-1") + b") >>") if title else None
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if info:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


REPORT_PAGES = [
    [
        "Security Review Quarterly",
        "The two sides first set up a permanent council in Rome in May 2002, and",
        "for several years its committees met each month to compare notes on",
        "terrorism, missile defence and the training of officers for joint work.",
        "That routine ended in April 2014.",
        "- 1 -",
    ],
    [
        "Security Review Quarterly",
        "After the suspension of practical cooperation the ambassadors still met",
        "from time to time, though the meetings were short and their agendas were",
        "agreed only after weeks of argument between the two delegations there.",
        "The last of them was held in January 2022.",
        "- 2 -",
    ],
    [
        "Security Review Quarterly",
        "Neither side has since proposed a date for another session of the body,",
        "and both now describe the channel as closed for the foreseeable future.",
        "- 3 -",
    ],
]


class TestPdf:
    def test_pages_read_and_joined(self, tmp_path: Path) -> None:
        """A PDF's pages are read with pypdf; wrapped lines join, running headers and page numbers go."""
        pytest.importorskip("pypdf")
        d = one(write(tmp_path, "report.pdf", make_pdf(REPORT_PAGES, title="Closed Channels")))
        assert d.format == "pdf"
        assert d.source == str(tmp_path / "report.pdf")
        assert d.title == "Closed Channels"
        assert d.paragraphs[0].startswith("The two sides first set up a permanent council")
        assert d.paragraphs[0].endswith("joint work. That routine ended in April 2014.")
        assert "Security Review Quarterly" in d.boilerplate
        assert {"- 1 -", "- 2 -", "- 3 -"} <= set(d.boilerplate)
        assert not any("Security Review" in p for p in d.paragraphs)
        assert "2002-05" in {e.date.edtf for e in d.events}
        spans_hold_their_text(d)

    def test_not_a_pdf(self, tmp_path: Path) -> None:
        """A .pdf file that is not a PDF, or a damaged one, fails with the file's name."""
        pytest.importorskip("pypdf")
        with pytest.raises(nr.LoadError, match=r"fake\.pdf: not a PDF"):
            nr.load(write(tmp_path, "fake.pdf", b"just some words"))
        with pytest.raises(nr.LoadError, match=r"broken\.pdf: not a readable PDF"):
            nr.load(write(tmp_path, "broken.pdf", b"%PDF-1.4\nnothing else here"))

    def test_sniffed_whatever_the_name(self, tmp_path: Path) -> None:
        """Bytes that start with %PDF- are read as a PDF even under a .txt name."""
        pytest.importorskip("pypdf")
        d = one(write(tmp_path, "report.txt", make_pdf(REPORT_PAGES)))
        assert d.format == "pdf"

    def test_missing_extra(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without pypdf the error names the extra to install."""
        monkeypatch.setitem(sys.modules, "pypdf", None)
        with pytest.raises(nr.LoadError, match=r"natorussia\[pdf\]"):
            nr.load(write(tmp_path, "report.pdf", make_pdf(REPORT_PAGES)))


# --- saved web pages -----------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Old Channels, New Tensions | The Quarterly Monitor</title>
<meta property="og:title" content="Old Channels, New Tensions">
<meta property="og:site_name" content="The Quarterly Monitor">
<meta name="author" content="Anna Lindqvist">
<meta property="article:published_time" content="2021-11-08T09:30:00Z">
<meta name="description" content="Why the council stopped meeting">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<div class="menu"><a href="/a">Analysis</a> | <a href="/b">Podcasts</a> | <a href="/c">Events</a></div>
<main><article>
<h1>Old Channels, New Tensions</h1>
<p class="byline">By Anna Lindqvist</p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email</a></div>
<p>The council that was meant to keep both sides talking met for the first time in Rome in
May 2002, and for a decade its working groups met almost every month.</p>
<p>Contacts thinned after 2014, when practical cooperation was suspended, and the last formal
session took place in January 2022 without any agreement on the agenda.</p>
<p>Diplomats who served in those years describe the meetings as a place to repeat positions
rather than to change them, but they add that even that had some value.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/x">Ten charts on defence budgets</a></li>
<li><a href="/y">Our podcast this week</a></li></ul></aside>
<footer><p>© 2021 The Quarterly Monitor. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a></p></footer>
</body></html>
"""


class TestHtml:
    def test_main_text_and_metadata(self, tmp_path: Path) -> None:
        """A saved page gives its article text and metadata, without navigation, menus, share buttons or footer."""
        pytest.importorskip("trafilatura")
        d = one(write(tmp_path, "page.html", PAGE))
        assert d.format == "html"
        assert d.title == "Old Channels, New Tensions"
        assert [a.name for a in d.authors] == ["Anna Lindqvist"]
        assert d.published is not None
        assert d.published.edtf == "2021-11-08"
        assert d.outlet == "The Quarterly Monitor"
        assert len(d.paragraphs) == 3
        assert d.paragraphs[0].startswith("The council that was meant")
        for chrome in ("Home", "Podcasts", "Share on Facebook", "Most read", "Privacy policy", "©"):
            assert chrome not in d.text
        assert "2002-05" in {e.date.edtf for e in d.events}
        for paragraph, (start, end) in zip(d.paragraphs, d.paragraph_spans, strict=True):
            assert d.text[start:end] == paragraph  # the offsets refer to the extracted text

    def test_htm_and_sniffed(self, tmp_path: Path) -> None:
        """.htm is HTML, and so is a page saved under a .txt name."""
        pytest.importorskip("trafilatura")
        assert one(write(tmp_path, "a.htm", PAGE)).format == "html"
        assert one(write(tmp_path, "b.txt", PAGE)).format == "html"

    def test_declared_character_set(self, tmp_path: Path) -> None:
        """A page saved in the character set its <meta> declares (not UTF-8) is read in it."""
        pytest.importorskip("trafilatura")
        page = PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">').replace(
            "talking met", "talking — the ‘council’ — met"
        )
        d = one(write(tmp_path, "old.html", page.encode("windows-1252")))
        assert "the ‘council’ — met" in d.paragraphs[0]

    def test_undeclared_bytes(self, tmp_path: Path) -> None:
        """A page that is not UTF-8 and declares nothing fails naming the file."""
        pytest.importorskip("trafilatura")
        data = PAGE.replace('<meta charset="utf-8">', "").replace("talking", "tälking")
        with pytest.raises(nr.DecodeError, match=r"old\.html: not valid UTF-8"):
            nr.load(write(tmp_path, "old.html", data.encode("latin-1")))

    def test_page_without_article(self, tmp_path: Path) -> None:
        """A page with no article text is a load error naming the file."""
        pytest.importorskip("trafilatura")
        with pytest.raises(nr.LoadError, match=r"menu\.html: .*no article text"):
            nr.load(write(tmp_path, "menu.html", "<html><body><nav>Home</nav></body></html>"))

    def test_missing_extra(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without trafilatura the error names the extra to install."""
        monkeypatch.setitem(sys.modules, "trafilatura", None)
        with pytest.raises(nr.Error, match=r"pip install 'natorussia\[html\]'"):
            nr.load(write(tmp_path, "page.html", PAGE))


# --- Markdown ------------------------------------------------------------------------------------

YAML_NOTE = """---
layout: post
title: "A Council Without Meetings"
author: Maria Petrova
date: 2022-04-02 10:00:00 +0200
description: "How a forum fell silent"
tags: [diplomacy, security]
---

# A Council Without Meetings

*How a forum fell silent*

<excerpt/>

The **NATO-Russia Council** first met in [Rome](https://example.org/rome) in May 2002.
Its members met often in the years that followed.

![A meeting room](/images/room.jpg)

## The long pause

> Practical cooperation was suspended in April 2014.

- The ambassadors still met in 2016.
- They met again in 2019.

---

{{< newsletter >}}
"""

TOML_NOTE = """+++
title = "Talks in Geneva"
authors = ["Jonas Berg", "Ilse Vogel"]
date = 2021-07-15
summary = "A short account"
+++
The delegations met in Geneva in January 2022 and agreed on nothing but the date of the next session.
"""


class TestMarkdown:
    def test_yaml_front_matter(self, tmp_path: Path) -> None:
        """YAML front matter gives title, author, date and description; its lines are boilerplate."""
        d = one(write(tmp_path, "note.md", YAML_NOTE))
        assert d.format == "markdown"
        assert d.title == "A Council Without Meetings"
        assert [a.name for a in d.authors] == ["Maria Petrova"]
        assert d.published is not None
        assert d.published.edtf == "2022-04-02"
        assert d.subtitle == "How a forum fell silent"
        assert "layout: post" in d.boilerplate
        assert "tags: [diplomacy, security]" in d.boilerplate

    def test_markup_is_structure(self, tmp_path: Path) -> None:
        """Headings, emphasis, links, images, quotes, lists, rules and template markers are not text."""
        d = one(write(tmp_path, "note.md", YAML_NOTE))
        assert d.headings == ("The long pause",)
        assert d.paragraphs == (
            "The NATO-Russia Council first met in Rome in May 2002. "
            "Its members met often in the years that followed.",
            "Practical cooperation was suspended in April 2014.",
            "The ambassadors still met in 2016.",
            "They met again in 2019.",
        )
        for marker in (
            "<excerpt/>",
            "![A meeting room](/images/room.jpg)",
            "---",
            "{{< newsletter >}}",
        ):
            assert marker in d.boilerplate
        assert not any(c in p for p in (d.title or "", *d.paragraphs) for c in ("#", "**", "]("))

    def test_offsets_still_refer_to_the_text(self, tmp_path: Path) -> None:
        """Paragraph spans and event dates point into the file's text as it was."""
        d = one(write(tmp_path, "note.md", YAML_NOTE))
        assert d.text == YAML_NOTE
        spans_hold_their_text(d)
        dates = {d.text[e.date_span[0] : e.date_span[1]] for e in d.events}
        assert {"May 2002", "April 2014"} <= dates

    def test_toml_front_matter(self, tmp_path: Path) -> None:
        """TOML front matter between +++ lines gives title, authors, date and summary."""
        d = one(write(tmp_path, "talks.markdown", TOML_NOTE))
        assert d.title == "Talks in Geneva"
        assert [a.name for a in d.authors] == ["Jonas Berg", "Ilse Vogel"]
        assert d.published is not None
        assert d.published.edtf == "2021-07-15"
        assert d.subtitle == "A short account"
        assert d.paragraphs[0].startswith("The delegations met in Geneva")

    def test_front_matter_in_a_txt_file(self, tmp_path: Path) -> None:
        """A .txt file that opens with front matter is read as Markdown."""
        d = one(write(tmp_path, "talks.txt", TOML_NOTE))
        assert d.format == "markdown"
        assert d.title == "Talks in Geneva"

    def test_headline_in_a_txt_file(self, tmp_path: Path) -> None:
        """A .txt file that opens with a '#' headline is Markdown; the headline is the title."""
        d = one(
            write(
                tmp_path, "clip.txt", "# Talks Resume\n\nThe envoys met in Vienna in March 2021.\n"
            )
        )
        assert d.format == "markdown"
        assert d.title == "Talks Resume"

    def test_format_wins_and_the_text_fills_the_rest(self, tmp_path: Path) -> None:
        """The front matter's title wins; a byline and dateline in the text fill what it lacks."""
        text = (
            "---\ntitle: Front Matter Title\n---\n"
            "By Karin Holm\nMarch 3, 2020\n\n"
            "The ministers met in Oslo in February 2020 and agreed to meet again within the year.\n"
        )
        d = one(write(tmp_path, "mixed.md", text))
        assert d.title == "Front Matter Title"
        assert [a.name for a in d.authors] == ["Karin Holm"]
        assert d.published is not None
        assert d.published.edtf == "2020-03-03"

    def test_bad_front_matter_is_text(self, tmp_path: Path) -> None:
        """Front matter that does not parse is read as text, not an error."""
        d = one(
            write(
                tmp_path,
                "odd.md",
                "---\n: [unclosed\n---\n\nThe envoys met in Vienna in 2021 and talked for three days about the next steps.\n",
            )
        )
        assert d.format == "markdown"
        assert any("Vienna" in p for p in d.paragraphs)


# --- plain text ----------------------------------------------------------------------------------

WRAPPED = """Arms Control After the Cold War
Erik Sandberg

The treaty on conventional forces was signed in Paris in November 1990
by the members of both alliances, and it set ceilings on the tanks,
artillery and aircraft that each side could keep between the Atlantic and
the Urals. Verification teams visited hundreds of sites in the first years.1

A review conference in Vienna in 1996 adapted the limits to the new map of
Europe, and an adapted treaty followed at the Istanbul summit in November
1999, although it never entered into force.2
\f
ARMS CONTROL AFTER THE COLD WAR                                     Page 2

Russia suspended its participation in December 2007, saying that the
members of the alliance had not ratified the adapted version of the text.

Notes
1. On the inspections see the yearbook of a peace research institute, 1993.
2. The adapted treaty dates from 19 November 1999.
"""


class TestPlainText:
    def test_hard_wrapped_lines_make_paragraphs(self, tmp_path: Path) -> None:
        """Lines wrapped at a fixed width are joined: no paragraph is a single wrapped line."""
        d = one(write(tmp_path, "cfe.txt", WRAPPED))
        assert d.format == "text"
        assert d.title == "Arms Control After the Cold War"
        assert len(d.paragraphs) == 3
        assert d.paragraphs[0].startswith("The treaty on conventional forces was signed")
        assert d.paragraphs[0].endswith("in the first years.1")
        assert d.paragraphs[1].endswith("never entered into force.2")
        spans_hold_their_text(d)

    def test_page_headers_and_footnotes(self, tmp_path: Path) -> None:
        """A running page header goes to boilerplate; the notes are references."""
        d = one(write(tmp_path, "cfe.txt", WRAPPED))
        assert any(b.startswith("ARMS CONTROL AFTER THE COLD WAR") for b in d.boilerplate)
        assert not any("Page 2" in p for p in d.paragraphs)
        assert [r.label for r in d.references] == ["1.", "2."]
        assert "1999-11-19" not in {e.date.edtf for e in d.events}  # a date in a note

    def test_line_endings_and_bom(self, tmp_path: Path) -> None:
        """CRLF, lone CR and a byte order mark read like LF."""
        lf = one(write(tmp_path, "lf.txt", WRAPPED.replace("\f", "")))
        for name, data in (
            ("crlf.txt", WRAPPED.replace("\f", "").replace("\n", "\r\n").encode()),
            ("cr.txt", WRAPPED.replace("\f", "").replace("\n", "\r").encode()),
            ("bom.txt", "\ufeff".encode() + WRAPPED.replace("\f", "").encode()),
        ):
            d = one(write(tmp_path, name, data))
            assert d.paragraphs == lf.paragraphs, name
            assert d.title == lf.title

    def test_one_paragraph_is_all_body(self) -> None:
        """A text with no headline structure is body: its events are found."""
        d = nr.extract("The alliance and Moscow signed the Founding Act in Paris in May 1997.")
        assert d.title is None
        assert d.paragraphs == (
            "The alliance and Moscow signed the Founding Act in Paris in May 1997.",
        )
        assert [e.date.edtf for e in d.events] == ["1997-05"]


TRANSCRIPT = """Remarks by the Secretary General at a Press Conference
Brussels, Belgium

11:02 A.M. CET

THE SECRETARY GENERAL: Good morning. Ministers met today to discuss the
situation on the eastern flank, and they agreed to keep the channels of
communication open.  (Applause.)

MODERATOR: We have time for a few questions.

Q. Did the ministers discuss the council that last met in January 2022?

THE SECRETARY GENERAL: They did. The council met for the last time in
January 2022, and no meeting is planned.

(Applause.)

11:40 A.M. CET
"""


class TestTranscript:
    def test_speaker_turns_are_paragraphs(self, tmp_path: Path) -> None:
        """Speaker labels start paragraphs; wrapped turns are joined."""
        d = one(write(tmp_path, "presser.txt", TRANSCRIPT))
        assert d.title == "Remarks by the Secretary General at a Press Conference"
        assert [p.split(":")[0].split(".")[0] for p in d.paragraphs] == [
            "THE SECRETARY GENERAL",
            "MODERATOR",
            "Q",
            "THE SECRETARY GENERAL",
        ]
        assert d.paragraphs[-1].endswith("and no meeting is planned.")

    def test_no_author_and_no_chrome(self, tmp_path: Path) -> None:
        """A press conference has no author; place, times and stage directions are boilerplate."""
        d = one(write(tmp_path, "presser.txt", TRANSCRIPT))
        assert d.authors == ()
        for chrome in ("Brussels, Belgium", "11:02 A.M. CET", "(Applause.)", "11:40 A.M. CET"):
            assert chrome in d.boilerplate


WIRE = """NATO envoys to meet Russian officials in Vienna
By Lena Fischer

VIENNA, March 3 (Reuters) - Envoys of the alliance will meet Russian officials in Vienna next week, the first such talks since the council last met in January 2022, diplomats said on Thursday.

Soldiers march during a parade in the capital in May 2021. REUTERS/Peter Novak

Related: Ministers to discuss budget in Brussels

The talks were first proposed in December 2022 but were postponed twice, according to two people familiar with the plans.

"The channel has to stay open," one diplomat said.

Read more: What the council was for

"The channel has to stay open," one diplomat said.

Source: Reuters
Tags: NATO, Russia, diplomacy
"""


class TestWire:
    def test_caption_and_related_lines_are_boilerplate(self, tmp_path: Path) -> None:
        """A caption with its photo credit, 'Related:', 'Read more:', source and tag lines are boilerplate."""
        d = one(write(tmp_path, "wire.txt", WIRE))
        assert d.outlet == "Reuters"
        assert [a.name for a in d.authors] == ["Lena Fischer"]
        for chrome in (
            "Soldiers march during a parade in the capital in May 2021. REUTERS/Peter Novak",
            "Related: Ministers to discuss budget in Brussels",
            "Read more: What the council was for",
            "Source: Reuters",
            "Tags: NATO, Russia, diplomacy",
        ):
            assert chrome in d.boilerplate
            assert chrome not in d.paragraphs
        assert "2021-05" not in {e.date.edtf for e in d.events}  # no event from a caption

    def test_repeated_quote_once(self, tmp_path: Path) -> None:
        """A paragraph repeated (a pull quote) appears once."""
        d = one(write(tmp_path, "wire.txt", WIRE))
        assert sum(1 for p in d.paragraphs if p.startswith('"The channel has to stay open')) == 1


class TestReadersApi:
    def test_read_gives_source(self, tmp_path: Path) -> None:
        """readers.read gives the text, the format's metadata and the format."""
        source = readers.read(write(tmp_path, "note.md", YAML_NOTE))
        assert source.format is readers.Format.MARKDOWN
        assert source.metadata.title == "A Council Without Meetings"
        assert source.metadata.tags == ("diplomacy", "security")
        assert source.text == YAML_NOTE
        assert source.path == str(tmp_path / "note.md")

    def test_extract_takes_a_reader_result(self, tmp_path: Path) -> None:
        """extract() with metadata= runs the structure stage on what a reader gave."""
        source = readers.read(write(tmp_path, "talks.md", TOML_NOTE))
        d = nr.extract(source.text, id="talks", format=source.format, metadata=source.metadata)
        assert (d.format, d.title) == ("markdown", "Talks in Geneva")


class TestHeadlinesWithColons:
    def test_label_shaped_headline(self) -> None:
        """'NATO: Seventy Years On' is a headline, not a speaker's turn."""
        d = nr.extract(
            "NATO: Seventy Years On\n\nThe alliance was founded in Washington in April 1949 by twelve states.\n"
        )
        assert d.title == "NATO: Seventy Years On"


class TestMoreMarkdown:
    def test_setext_headings_and_footnotes(self) -> None:
        """Underlined headings are headings; footnote definitions [^1]: are references."""
        text = (
            "The Northern Flank\n==================\n\n"
            "The exercise was first held in Norway in March 2006, and it grew every year.[^1]\n\n"
            "Later Years\n-----------\n\n"
            "It was cancelled in 2020 and held again in 2022.[^2]\n\n"
            "[^1]: Jane Roe, Cold Response, Example Press, 2010.\n"
            "[^2]: John Doe, Northern Exercises, Example Journal, 2023.\n"
        )
        d = nr.extract(text, format="markdown")
        assert d.title == "The Northern Flank"
        assert d.headings == ("Later Years",)
        assert [r.label for r in d.references] == ["[^1]:", "[^2]:"]
        assert d.references[1].text == "John Doe, Northern Exercises, Example Journal, 2023."
        assert "2010" not in {e.date.edtf for e in d.events}


class TestMoreText:
    def test_hyphenated_line_breaks(self) -> None:
        """A word hyphenated across a wrapped line is joined again in the paragraph."""
        d = nr.extract(
            "The Report\n\nThe ministers discussed the arms control regime and its secu-\n"
            "rity guarantees in Vienna in May 2019, then again in the autumn.\n"
        )
        assert "its security guarantees" in d.paragraphs[0]


class TestMixedFolder:
    def test_every_format_good_and_bad(self, tmp_path: Path) -> None:
        """A folder with a good and a bad file of every kind: one error listing the bad, or a partial load."""
        pytest.importorskip("trafilatura")
        pytest.importorskip("pypdf")
        good = {
            "a.txt": WRAPPED.encode(),
            "b.md": YAML_NOTE.encode(),
            "c.html": PAGE.encode(),
            "d.pdf": make_pdf(REPORT_PAGES),
        }
        bad = {
            "e.txt": b"",
            "f.md": "Gespräch".encode("latin-1"),
            "g.html": b"<html><body><nav>Home</nav></body></html>",
            "h.pdf": b"%PDF-1.4\ntruncated",
        }
        for name, data in (good | bad).items():
            write(tmp_path, name, data)
        with pytest.raises(nr.LoadErrors) as info:
            nr.load(tmp_path)
        assert [Path(e.path).name for e in info.value.exceptions] == sorted(bad)
        with pytest.warns(nr.LoadWarning):
            corpus = nr.load(tmp_path, strict=False)
        assert [(d.id, d.format) for d in corpus.documents] == [
            ("a", "text"),
            ("b", "markdown"),
            ("c", "html"),
            ("d", "pdf"),
        ]
        assert [type(p).__name__ for p in corpus.problems] == [
            "EmptyFileError",
            "DecodeError",
            "LoadError",
            "LoadError",
        ]


def test_a_sentence_after_a_given_title_is_body_not_a_subtitle() -> None:
    """With the title in front matter, a lone first sentence is the article, not its subtitle."""
    doc = nr.extract("---\ntitle: Brief\n---\nThe alliance held a summit in Vilnius in 2023.\n")
    assert doc.subtitle is None
    assert doc.paragraphs == ("The alliance held a summit in Vilnius in 2023.",)
    assert [(e.date.edtf, e.kind.value) for e in doc.events] == [("2023", "summit")]


def test_the_persons_a_byline_names_are_mentioned_in_the_document() -> None:
    """A byline is page chrome, yet its authors are persons the document names."""
    doc = nr.extract(
        "Harbours of the North\nBy Ingrid Solberg and Tomasz Wierzbicki\n\n"
        "Coast guards of five states met in Gdańsk in May 2019 to share radar pictures.\n",
        id="harbours",
    )
    assert [a.name for a in doc.authors] == ["Ingrid Solberg", "Tomasz Wierzbicki"]
    persons = {m.entity.name for m in doc.mentions if isinstance(m.entity, nr.Person)}
    assert persons == {"Ingrid Solberg", "Tomasz Wierzbicki"}
    assert all(p not in " ".join(doc.paragraphs) for p in persons)
