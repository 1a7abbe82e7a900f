"""Authors' affiliations stated in prose: staff bylines and bios. Articles written by hand."""

from __future__ import annotations

import natorussia as nr

STAFF = """# Envoys Meet Again

by NORTHERN LIGHTS Staff March 3, 2019 from Northern Lights Website
NORTHERN LIGHTS Staff
Clara Holm, Jonas Weber and Petra Novak
The envoys met in Geneva in February 2019 and agreed to keep talking about the treaty for another year.
"""

CLOSING_BIO = """---
title: A Harder Eastern Flank
author: Olena Kravets
date: 2022-11-20
---

The brigades that arrived in the Baltic states in 2017 were meant as a tripwire, and everyone knew it at the time.

Since then the calculation has changed, and the allies now speak of defending every inch of territory from the first hour.

__Olena Kravets__ holds a PhD in Political Science from the Example University of Odesa. Between 2014 and 2018 she was employed at the Centre for Black Sea Studies, an independent think tank. She has been working at the Institute of Regional Security under the Example Ministry (Department of Naval Policy) since March 2019. Today she also works for the volunteer network Shelter First as a logistics coordinator.
"""

OPENING_BIO = """Two Summits, One Question
Tomas Berg
Tomas Berg is a senior fellow at the Example Council on Northern Affairs and a lecturer at Example Polytechnic in Bergen. He previously headed the Arctic Dialogue Forum.
Leaders gathered in Vilnius in July 2023 to discuss what membership would mean for a country at war.
The answer they gave was cautious, and it disappointed those who had hoped for a date.
"""


class TestStaffByline:
    def test_each_named_author_is_the_outlets_staff(self) -> None:
        """A collective byline makes every name listed under it staff of the outlet."""
        d = nr.extract(STAFF, id="staff")
        assert d.outlet == "Northern Lights"
        assert [a.name for a in d.authors] == ["Clara Holm", "Jonas Weber", "Petra Novak"]
        for author in d.authors:
            assert author.affiliations == (nr.Affiliation("Northern Lights", "staff"),)

    def test_plain_byline_gives_no_staff_affiliation(self) -> None:
        """Without a collective line, names under a headline are authors without affiliation."""
        text = "# Envoys Meet Again\n\nClara Holm and Jonas Weber\n" + STAFF.splitlines()[-1]
        d = nr.extract(text, id="plain")
        assert [a.name for a in d.authors] == ["Clara Holm", "Jonas Weber"]
        assert all(a.affiliations == () for a in d.authors)


class TestClosingBio:
    def test_one_affiliation_per_institution_in_order(self) -> None:
        """Degree, past job, present job with unit, and 'as ROLE' each give an affiliation."""
        d = nr.extract(CLOSING_BIO, id="bio", format="markdown")
        (author,) = d.authors
        assert author.affiliations == (
            nr.Affiliation("Example University of Odesa", "alumnus, PhD in Political Science"),
            nr.Affiliation("Centre for Black Sea Studies", "former staff (between 2014 and 2018)"),
            nr.Affiliation(
                "Institute of Regional Security",
                "staff, Department of Naval Policy (since March 2019)",
            ),
            nr.Affiliation("Shelter First", "logistics coordinator"),
        )

    def test_bio_is_the_description_and_stays_in_the_body(self) -> None:
        """The bio describes the author, and stays a paragraph: its dates are events."""
        d = nr.extract(CLOSING_BIO, id="bio", format="markdown")
        (author,) = d.authors
        assert author.description is not None
        assert author.description.startswith("Olena Kravets holds a PhD")
        assert d.paragraphs[-1] == author.description
        assert len(d.paragraphs) == 3
        assert any(e.date.edtf == "2014/2018" for e in d.events)


class TestOpeningBio:
    def test_roles_and_former_roles(self) -> None:
        """An opening bio: 'is a ROLE at X and a ROLE at Y', then a past role with a pronoun."""
        d = nr.extract(OPENING_BIO, id="open")
        (author,) = d.authors
        assert author.name == "Tomas Berg"
        assert author.affiliations == (
            nr.Affiliation("Example Council on Northern Affairs", "senior fellow"),
            nr.Affiliation("Example Polytechnic", "lecturer"),
            nr.Affiliation("Arctic Dialogue Forum", "former head"),
        )


class TestNotABio:
    def test_a_closing_paragraph_about_someone_else(self) -> None:
        """A last paragraph that does not open with the author's name gives nothing."""
        text = CLOSING_BIO.replace("__Olena Kravets__ holds", "Maria Lind holds")
        d = nr.extract(text, id="other", format="markdown")
        assert d.authors[0].affiliations == ()
        assert d.authors[0].description is None

    def test_authored_works_and_places_are_no_affiliation(self) -> None:
        """'is the author of BOOK' and 'a diplomat who served in CITY' name no institution."""
        text = (
            "Talks Without End\nJane Roe\nThe talks in Geneva in 2021 ended without a date for the next round, "
            "and the delegations left separately.\n"
            "Jane Roe is the author of The Long Thaw. She is a former diplomat who served in Oslo."
        )
        d = nr.extract(text, id="works")
        assert [a.name for a in d.authors] == ["Jane Roe"]
        assert d.authors[0].affiliations == ()


class TestHeldOut:
    """Shapes written after the rules, not tuned on."""

    def test_several_authors_each_their_own(self) -> None:
        text = """Deterrence After Vilnius
Anna Sund and Piet de Vries
The alliance agreed new regional plans in July 2023 and asked every member to fund them properly.
Anna Sund is a research fellow at the Example Institute of International Affairs. Piet de Vries teaches at Example University and writes for The Example Observer.
"""
        d = nr.extract(text, id="two")
        sund, de_vries = d.authors
        assert sund.affiliations == (
            nr.Affiliation("Example Institute of International Affairs", "research fellow"),
        )
        assert de_vries.affiliations == (
            nr.Affiliation("Example University", "lecturer"),
            nr.Affiliation("The Example Observer", "contributor"),
        )

    def test_the_author_and_a_described_name(self) -> None:
        text = """Frozen Conflicts, Thawing Alliances
By Lena Ek
Negotiators returned to Vienna in March 2021 and found the old positions unchanged on every point.
The author is director of the Security Programme at the Example Peace Foundation. Between 2009 and 2013 she was an adviser at the think tank Example House.
"""
        d = nr.extract(text, id="ek")
        (author,) = d.authors
        assert author.affiliations == (
            nr.Affiliation("Example Peace Foundation", "director of the Security Programme"),
            nr.Affiliation("Example House", "former adviser (between 2009 and 2013)"),
        )

    def test_known_institution_is_linked(self) -> None:
        """An affiliation naming a body the gazetteer knows links to its Institution."""
        text = """A Club of Realists
Ivan Orlov
Ministers met in Sochi in October 2019 and spoke of a new security order for the whole continent.
Ivan Orlov is a programme director at the Valdai Discussion Club.
"""
        d = nr.extract(text, id="club")
        (affiliation,) = d.authors[0].affiliations
        assert affiliation.role == "programme director"
        assert affiliation.entity is not None
        assert affiliation.entity.id == "valdai-club"
