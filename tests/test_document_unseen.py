"""Document structure on page shapes the bundled corpus does not have.

The articles below were written for these tests; the expectations are what a
careful reader would fill in.
"""

from __future__ import annotations

import natorussia as nr

WIRE = """Russia suspends participation in New START arms control treaty
February 21, 2023 10:15 AM UTC Updated 2 hours ago
By Guy Example and Andrew Sample
4 minute read
MOSCOW, Feb 21 (Reuters) - President Vladimir Putin said on Tuesday that Russia was suspending its participation in the New START treaty, the last remaining arms control pact between the two largest nuclear powers.
Putin made the announcement in his annual address to the Federal Assembly, almost a year after he ordered the invasion of Ukraine on February 24, 2022.
Advertisement · Scroll to continue
The treaty, signed in Prague in 2010 by Barack Obama and Dmitry Medvedev, limits the number of strategic warheads each side may deploy.
Reporting by Guy Example; Editing by Kevin Placeholder
Our Standards: The Thomson Reuters Trust Principles.
"""

BLOG = """Home » Analysis » Europe
Why the Baltic States Fear a Land Bridge
Posted on March 3, 2023 by Anna Kowalski
Tags: NATO, Baltic, Suwałki Gap
Listen to this article
The Suwałki Gap, a strip of Polish and Lithuanian land between Belarus and the Russian exclave of Kaliningrad, has been called NATO's Achilles heel since at least 2015.
In June 2022, Lithuania restricted the rail transit of sanctioned goods to Kaliningrad, and Moscow threatened a response that never came.
Photo by Jan Example/Getty Images
Allied planners rehearsed the defence of the corridor during the Iron Wolf exercise in October 2022.
Related articles
The Baltic Sea after Finland's Accession
Five Myths about Kaliningrad
Sign up for our newsletter
Follow us on Twitter
© 2023 Baltic Security Review. All rights reserved.
"""

PAPER = """Deterrence on the Eastern Flank after 2014
A review of the literature
Jane Smith, John Doe
Abstract
This review surveys what scholars have written since the annexation of Crimea in March 2014 about how the Alliance deters Russia along its eastern flank, and where that literature still disagrees.
Keywords: NATO, deterrence, Baltic states, forward presence
Introduction
The Wales Summit in September 2014 launched the Readiness Action Plan, and the Warsaw Summit in July 2016 agreed to deploy four multinational battlegroups to the Baltic states and Poland.
Scholars disagree about whether these tripwire forces deter a determined adversary or merely signal commitment to allies who are already convinced.
References
Doe, J. (2019). Tripwires and their critics. Journal of Strategic Studies, 42(3), 1–20.
Smith, J., & Roe, A. (2021). The eastern flank revisited. Survival, 63(1), 45–60.
"""


class TestWireStory:
    def test_metadata(self) -> None:
        """A wire story's date line with time and "Updated", its byline and its outlet."""
        d = nr.extract(WIRE, id="wire")
        assert d.title == "Russia suspends participation in New START arms control treaty"
        assert d.published is not None
        assert d.published.edtf == "2023-02-21"
        assert [a.name for a in d.authors] == ["Guy Example", "Andrew Sample"]
        assert d.outlet == "Reuters"

    def test_chrome(self) -> None:
        """Reading time, advertisements, credits and the standards line are chrome."""
        d = nr.extract(WIRE, id="wire")
        assert len(d.paragraphs) == 3
        assert d.paragraphs[0].startswith("MOSCOW, Feb 21 (Reuters) - President Vladimir Putin")
        for line in (
            "4 minute read",
            "Advertisement · Scroll to continue",
            "Reporting by Guy Example; Editing by Kevin Placeholder",
            "Our Standards: The Thomson Reuters Trust Principles.",
        ):
            assert line in d.boilerplate
            assert line not in d.paragraphs


class TestBlogPost:
    def test_metadata(self) -> None:
        """Breadcrumbs before the title; a "Posted on DATE by NAME" line gives date and author."""
        d = nr.extract(BLOG, id="blog")
        assert d.title == "Why the Baltic States Fear a Land Bridge"
        assert d.subtitle is None
        assert d.published is not None
        assert d.published.edtf == "2023-03-03"
        assert [a.name for a in d.authors] == ["Anna Kowalski"]
        assert d.outlet == "Baltic Security Review"

    def test_chrome(self) -> None:
        """Tags, audio prompts, photo credits, related articles, newsletter and social prompts."""
        d = nr.extract(BLOG, id="blog")
        assert len(d.paragraphs) == 3
        for line in (
            "Home » Analysis » Europe",
            "Tags: NATO, Baltic, Suwałki Gap",
            "Listen to this article",
            "Photo by Jan Example/Getty Images",
            "Related articles",
            "The Baltic Sea after Finland's Accession",
            "Five Myths about Kaliningrad",
            "Sign up for our newsletter",
            "Follow us on Twitter",
            "© 2023 Baltic Security Review. All rights reserved.",
        ):
            assert line in d.boilerplate, line
            assert line not in d.paragraphs
        assert d.headings == ()


class TestPaper:
    def test_metadata(self) -> None:
        """Title, subtitle and a comma-separated author line."""
        d = nr.extract(PAPER, id="paper")
        assert d.title == "Deterrence on the Eastern Flank after 2014"
        assert d.subtitle == "A review of the literature"
        assert [a.name for a in d.authors] == ["Jane Smith", "John Doe"]

    def test_body_and_headings(self) -> None:
        """Abstract and Introduction are headings; keywords are metadata, not a paragraph."""
        d = nr.extract(PAPER, id="paper")
        assert d.headings == ("Abstract", "Introduction", "References")
        assert len(d.paragraphs) == 3
        assert "Keywords: NATO, deterrence, Baltic states, forward presence" in d.boilerplate

    def test_unlabelled_reference_list(self) -> None:
        """Each line of an unnumbered reference list is one reference, with authors, title and year."""
        d = nr.extract(PAPER, id="paper")
        assert len(d.references) == 2
        first, second = d.references
        assert first.label == ""
        assert first.title == "Tripwires and their critics"
        assert first.date is not None
        assert first.date.edtf == "2019"
        assert second.title == "The eastern flank revisited"
        assert second.authors == ("Smith, J.", "Roe, A.")


OPINION = """Opinion
Europe Needs Its Own Deterrent
By Jane Roe | March 3, 2023
The war in Ukraine has shown that European armies still depend on American enablers for almost everything that matters, from satellites to air refuelling.
Author: this line is not a byline because it is a sentence of the article that happens to begin with a label.
Jane Roe is a senior fellow at the Example Institute for Security Studies in Vienna.
"""


class TestOpinionPiece:
    def test_byline_with_date(self) -> None:
        """ "By NAME | DATE" gives both; the rubric label is chrome."""
        d = nr.extract(OPINION, id="op")
        assert d.title == "Europe Needs Its Own Deterrent"
        assert [a.name for a in d.authors] == ["Jane Roe"]
        assert d.published is not None
        assert d.published.edtf == "2023-03-03"
        assert "Opinion" in d.boilerplate

    def test_closing_bio(self) -> None:
        """A closing line about the author describes the author and gives the affiliation;
        it is text the article prints, so it stays the last paragraph (not boilerplate)."""
        d = nr.extract(OPINION, id="op")
        bio = "Jane Roe is a senior fellow at the Example Institute for Security Studies in Vienna."
        assert d.authors[0].description == bio
        assert d.authors[0].affiliations == (
            nr.Affiliation("Example Institute for Security Studies", "senior fellow"),
        )
        assert d.paragraphs[-1] == bio
        assert bio not in d.boilerplate
        assert len(d.paragraphs) == 3


LIST = """Enlargement after 2022
The war in Ukraine changed the minds of two states that had stayed neutral for generations.
Key dates
Finland applied for membership in May 2022
Finland joined NATO in April 2023
Sweden joined NATO in March 2024
Both states had cooperated with the Alliance for decades before they applied.
"""


class TestLists:
    def test_list_items_are_paragraphs(self) -> None:
        """A run of short unpunctuated lines is a list: its items are paragraphs, not headings."""
        d = nr.extract(LIST, id="list")
        assert d.headings == ("Key dates",)
        assert "Sweden joined NATO in March 2024" in d.paragraphs
        assert "Finland joined NATO in April 2023" in d.paragraphs
        assert len(d.paragraphs) == 5
        assert {e.date.edtf for e in d.events} >= {"2023-04", "2024-03"}
