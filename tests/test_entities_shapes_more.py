"""Institutions by shape and in page chrome: hand-written examples (issue 12).

Held out (not tuned on): the Sino-Russian, junta, Coalition and "Regime" cases,
and the chrome line with a defined acronym.
"""

from __future__ import annotations

import pytest

from natorussia import Institution, InstitutionKind, Mention, Person
from natorussia._entities import chrome_lines, find_mentions


def mentions(text: str, chrome: bool = False) -> tuple[Mention, ...]:
    if chrome:  # the first line is the body, the rest page chrome
        body = (0, text.index("\n"))
        return find_mentions(text, [body], document_id="t", chrome=chrome_lines(text, [body]))
    return find_mentions(text, [(0, len(text))], document_id="t")


def institutions(text: str, chrome: bool = False) -> list[tuple[str, InstitutionKind]]:
    return [
        (m.surface, m.entity.kind)
        for m in mentions(text, chrome)
        if isinstance(m.entity, Institution)
    ]


class TestLowerHeads:
    """Capitalised words and a lower-case head: agreements and governments."""

    @pytest.mark.parametrize(
        ("text", "surface", "kind"),
        [
            ("The Harper administration objected.", "Harper administration", "government_body"),
            ("Critics of the Lukashenko regime spoke.", "Lukashenko regime", "government_body"),
            ("The Burmese junta refused.", "Burmese junta", "government_body"),  # held out
        ],
    )
    def test_named(self, text: str, surface: str, kind: str) -> None:
        assert (surface, InstitutionKind(kind)) in institutions(text)

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("They signed the Tartu agreement in May.", "Tartu agreement"),
            ("The Aland cease-fire held.", "Aland cease-fire"),
        ],
    )
    def test_agreement_is_named_by_its_capitalised_words(self, text: str, name: str) -> None:
        """The mention is the name ("Tartu"); the lower-case head stays a word of
        the sentence for the events stage; the institution is the agreement."""
        got = [(m.surface, m.entity.name, m.entity.kind) for m in mentions(text)]
        assert got == [(name.split()[0], name, InstitutionKind.TREATY_OR_AGREEMENT)]

    def test_leader_keeps_his_mention(self) -> None:
        """ "the Putin government": the body, and Putin inside it."""
        ms = mentions("Sanctions hit the Putin government hard.")
        got = [(m.surface, type(m.entity).__name__) for m in ms]
        assert got == [("Putin", "Person"), ("Putin government", "Institution")]

    def test_known_name_before_the_head_stays_the_known_body(self) -> None:
        ms = mentions("Under the Minsk II agreement, talks went on.")
        assert "Minsk II agreement" not in [m.surface for m in ms]


class TestCapitalisedHeads:
    @pytest.mark.parametrize(
        ("text", "surface", "kind"),
        [
            ("The Baltic Interim Government met.", "Baltic Interim Government", "government_body"),
            ("Jets of the Hellenic Air Force flew.", "Hellenic Air Force", "military_command"),
            ("He served at Aviano Air Base.", "Aviano Air Base", "other"),
            ("The Sahel Security Coalition grew.", "Sahel Security Coalition", "alliance"),
        ],
    )
    def test_named(self, text: str, surface: str, kind: str) -> None:
        assert (surface, InstitutionKind(kind)) in institutions(text)

    @pytest.mark.parametrize("text", ["The Government said no.", "Its Policy changed."])
    def test_sentence_start_is_no_body(self, text: str) -> None:
        assert institutions(text) == []

    def test_the_government_is_no_anaphor(self) -> None:
        """ "the government" is a common noun: not the one government named before."""
        text = "The Baltic Interim Government met. Later the government fell."
        assert [s for s, _ in institutions(text)] == ["Baltic Interim Government"]


class TestStateAdjectives:
    def test_adjective_names_an_unnamed_state(self) -> None:
        got = [(m.surface, m.entity.id) for m in mentions("Troops reached the Mexican border.")]
        assert got == [("Mexican", "mexico")]

    def test_combining_form(self) -> None:  # held out
        got = [(m.surface, m.entity.id) for m in mentions("A Sino-Russian statement followed.")]
        assert ("Sino-Russian", "china") in got

    @pytest.mark.parametrize(
        "text",
        [
            "Poland said Polish soldiers stayed.",  # the state is named
            "They sailed the Indian Ocean.",  # part of a name
            "He spoke Polish and left.",  # a language
        ],
    )
    def test_adjective_alone_names_nothing(self, text: str) -> None:
        assert [m.surface for m in mentions(text) if m.surface in ("Polish", "Indian")] == []


class TestChrome:
    def test_lines_outside_the_regions(self) -> None:
        t = "Body.\n\n  - See also one  \nlast"
        assert [t[s:e] for s, e in chrome_lines(t, [(0, 5)])] == ["- See also one", "last"]

    def test_institutions_in_a_list_of_links(self) -> None:
        text = "NATO met.\nSee also\n- Baghdad Pact\n- Sahel Defence Council (SDC)\n"
        got = institutions(text, chrome=True)
        assert ("Baghdad Pact", InstitutionKind.ALLIANCE) in got
        assert ("Sahel Defence Council", InstitutionKind.COUNCIL_OR_FORUM) in got

    def test_no_persons_and_no_lone_acronyms_in_chrome(self) -> None:
        text = "NATO met.\nPhoto: Vladimir Putin at 6 P.M. CET\n"
        ms = mentions(text, chrome=True)
        assert not any(isinstance(m.entity, Person) for m in ms)
        assert "CET" not in [m.surface for m in ms]


class TestLineBreaks:
    def test_known_name_over_a_line_break_with_blanks(self) -> None:
        text = "Talks with the Democratic People's Republic \n  of Korea stalled."
        got = [(m.surface, m.entity.id) for m in mentions(text)]
        assert got == [("Democratic People's Republic \n  of Korea", "north-korea")]


class TestForms:
    def test_plural_of_a_known_name_with_a_head(self) -> None:
        got = [(m.surface, m.entity.id) for m in mentions("Two Membership Action Plans ran.")]
        assert got == [("Membership Action Plans", "membership-action-plan")]

    def test_number_after_a_non_breaking_space(self) -> None:
        got = institutions("Ships of Nordic Patrol Group\u00a02 sailed.")
        assert got == [("Nordic Patrol Group\u00a02", InstitutionKind.COUNCIL_OR_FORUM)]

    def test_number_after_a_plain_space_is_not_taken(self) -> None:
        got = institutions("The Nordic Patrol Group 2 ships sailed.")
        assert [s for s, _ in got] == ["Nordic Patrol Group"]

    @pytest.mark.parametrize(
        ("text", "ident"),
        [
            ("Clashes with Russian-backed separatists went on.", "donbas-separatists"),
            ("The Republicans objected at once.", "us-republican-party"),
            ("A Social Democrat deputy disagreed.", "spd"),
            ("Officials at the Chancellery were surprised.", "german-chancellery"),
        ],
    )
    def test_aliases(self, text: str, ident: str) -> None:
        assert ident in [m.entity.id for m in mentions(text)]

    def test_lower_case_republicans_are_no_party(self) -> None:
        assert "us-republican-party" not in [
            m.entity.id for m in mentions("Old republicans and democrats of Rome.")
        ]


class TestReferencesAndOrgans:
    def test_general_assembly_capitalised(self) -> None:
        ms = mentions("The General Assembly voted; the general assembly of the club did not.")
        assert [(m.surface, m.entity.id) for m in ms] == [
            ("General Assembly", "un-general-assembly")
        ]

    def test_university_press_abbreviated(self) -> None:  # held out
        got = institutions("Published by Oxford U.P. in 2001.")
        assert got == [("Oxford U.P.", InstitutionKind.OTHER)]


class TestNamesGoingOn:
    """A name that goes on after its head word (issue 12).

    Held out (not tuned on): the "Task Force Hawk", "(Air)" and "Armed Forces in
    Asia Agreement" cases.
    """

    @pytest.mark.parametrize(
        ("text", "surface", "kind"),
        [
            (
                "Ships of the Allied Naval Force Baltica sailed.",
                "Allied Naval Force Baltica",
                "military_command",
            ),
            ("Helicopters of Task Force Hawk landed.", "Task Force Hawk", "military_command"),
            (
                "The Nordic Mobile Force (Sea) was disbanded.",
                "Nordic Mobile Force (Sea)",
                "military_command",
            ),
            (
                "A Rapid Reaction Force (Air) flew in.",
                "Rapid Reaction Force (Air)",
                "military_command",
            ),
            (
                "The Modified Short-Range Forces in Asia Treaty lapsed.",
                "Modified Short-Range Forces in Asia Treaty",
                "treaty_or_agreement",
            ),
            (
                "Both signed the Armed Forces in Asia Agreement.",
                "Armed Forces in Asia Agreement",
                "treaty_or_agreement",
            ),
        ],
    )
    def test_whole_name(self, text: str, surface: str, kind: str) -> None:
        assert (surface, InstitutionKind(kind)) in institutions(text)

    def test_conference_proceedings_stay_apart(self) -> None:
        found = [s for s, _ in institutions("See the Baltic Studies Conference Proceedings today.")]
        assert "Baltic Studies Conference Proceedings" not in found

    def test_forces_in_a_place_are_no_treaty(self) -> None:
        found = institutions("The Allied Force in Kosovo waited for orders.")
        assert ("Allied Force", InstitutionKind.MILITARY_COMMAND) in found
        assert not any("Kosovo" in s and s != "Kosovo" for s, _ in found)

    def test_bracket_place_not_a_branch(self) -> None:
        found = [s for s, _ in institutions("The Northern Force (Norway) was formed.")]
        assert "Northern Force (Norway)" not in found


class TestConcepts:
    """A "Concept" is an adopted policy document; a head used as a modifier may
    open the name ("Alliance Defence Concept"). Held out: the "Foreign Policy" case."""

    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            ("The Alliance Defence Concept was revised.", "Alliance Defence Concept"),
            ("Moscow adopted a new Foreign Policy Concept that year.", "Foreign Policy Concept"),
        ],
    )
    def test_named(self, text: str, surface: str) -> None:
        assert (surface, InstitutionKind.TREATY_OR_AGREEMENT) in institutions(text)

    def test_bare_concept_is_no_name(self) -> None:
        assert institutions("The Concept was long and vague.") == []


class TestComplementsWithAmpersands:
    """Complements led by "against", joined by "&", and "R&D" as one word.

    Held out: the "Campaign against" and "Defence R&D" cases.
    """

    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            (
                "Lawyers wrote to the Committee against Torture in June.",
                "Committee against Torture",
            ),
            ("The Office for Research & Technology opened.", "Office for Research & Technology"),
            ("A Center for R&D was set up.", "Center for R&D"),
            (
                "The Council against Chemical & Biological Arms met.",
                "Council against Chemical & Biological Arms",
            ),
            ("The Agency for Defence R&D moved.", "Agency for Defence R&D"),
        ],
    )
    def test_whole_name(self, text: str, surface: str) -> None:
        assert surface in [s for s, _ in institutions(text)]

    def test_against_between_names_joins_nothing(self) -> None:
        found = [s for s, _ in institutions("NATO against Russia is a poor frame.")]
        assert found == ["NATO", "Russia"]


class TestNamesInCapitals:
    """A headed name written in capitals inside a sentence, read in title case.

    Held out: the "AIR COMMAND" and two-line cases.
    """

    def test_name_in_prose(self) -> None:
        found = [
            (m.surface, m.entity.name, m.entity.kind)
            for m in mentions("The NORDIC MOBILE CORPS took part in May.")
            if isinstance(m.entity, Institution)
        ]
        assert found == [
            ("NORDIC MOBILE CORPS", "Nordic Mobile Corps", InstitutionKind.MILITARY_COMMAND)
        ]

    def test_held_out(self) -> None:
        found = institutions("Pilots of the BALTIC AIR COMMAND flew north.")
        assert ("BALTIC AIR COMMAND", InstitutionKind.MILITARY_COMMAND) in found

    @pytest.mark.parametrize(
        "text",
        [
            "THE FUTURE OF THE ALLIANCE",
            "Summary of the talks\nTHE BALTIC DEFENCE COUNCIL\nThey met.",
            "We said THE COUNCIL must act now.",
        ],
    )
    def test_headings_and_bare_heads(self, text: str) -> None:
        assert not any(s.isupper() and " " in s for s, _ in institutions(text))
