"""Sentence and clause segmentation."""

from __future__ import annotations

import pytest

from natorussia._sentences import ClauseRole, split_clauses, split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def clauses(text: str) -> list[tuple[str, str]]:
    return [
        (text[a:b], c.role.value) for c in split_clauses(text, (0, len(text))) for a, b in [c.span]
    ]


class TestAbbreviations:
    """Full stops that do not end a sentence."""

    def test_dotted_acronym_before_a_name(self) -> None:
        """'U.S.' followed by a capitalised noun stays inside the sentence."""
        text = "Ivo Daalder, later appointed the U.S. Ambassador to NATO, proposed it. He left."
        assert sentences(text) == [
            "Ivo Daalder, later appointed the U.S. Ambassador to NATO, proposed it.",
            "He left.",
        ]

    def test_dotted_acronym_at_sentence_end(self) -> None:
        """'U.S.' followed by a usual sentence opener ends the sentence."""
        text = "The treaty was signed by the U.S. The Russians refused."
        assert sentences(text) == ["The treaty was signed by the U.S.", "The Russians refused."]

    def test_month_abbreviation_before_a_day(self) -> None:
        """'Sept.' before a number is an abbreviation (seed 002)."""
        text = "It was initiated by President Putin after the attacks of Sept. 11, 2001. At that time tough sentiments dominated."
        assert sentences(text) == [
            "It was initiated by President Putin after the attacks of Sept. 11, 2001.",
            "At that time tough sentiments dominated.",
        ]

    @pytest.mark.parametrize("title", ["Dr.", "St.", "Gen.", "Prof.", "Mr."])
    def test_titles_never_end_a_sentence(self, title: str) -> None:
        """A title before a name never ends a sentence."""
        text = f"They met {title} Petersen in Oslo. Nothing came of it."
        assert sentences(text) == [f"They met {title} Petersen in Oslo.", "Nothing came of it."]

    def test_number_abbreviation(self) -> None:
        """'no. 5' is an issue number, not a sentence end."""
        text = "CBU International Conference Proceedings no. 5 (August 2017): 633. Next note."
        assert sentences(text) == [
            "CBU International Conference Proceedings no. 5 (August 2017): 633.",
            "Next note.",
        ]

    def test_no_at_the_end_of_a_sentence(self) -> None:
        """'no.' without a following number is the word 'no'."""
        assert sentences("The answer was no. Moscow insisted.") == [
            "The answer was no.",
            "Moscow insisted.",
        ]

    def test_latin_shorthands(self) -> None:
        """'i.e.' and 'e.g.' never end a sentence, even before a capital."""
        text = "The goal was a new phase, i.e. Genuine partnership, e.g. Joint drills. Then talks."
        assert sentences(text) == [
            "The goal was a new phase, i.e. Genuine partnership, e.g. Joint drills.",
            "Then talks.",
        ]

    def test_etc_mid_sentence(self) -> None:
        """'etc.' followed by lower case continues the sentence (seed 003)."""
        text = "Non-interference, the indivisibility of security, etc. all represent a kind of utopia. Yes."
        assert sentences(text) == [
            "Non-interference, the indivisibility of security, etc. all represent a kind of utopia.",
            "Yes.",
        ]

    def test_middle_initial(self) -> None:
        """A middle initial ('James M. Goldgeier') does not end a sentence (seed 002)."""
        text = 'In the article "Global NATO", written together with James M. Goldgeier, he indicated it. Fine.'
        assert sentences(text) == [
            'In the article "Global NATO", written together with James M. Goldgeier, he indicated it.',
            "Fine.",
        ]

    def test_initial_in_a_byline_name(self) -> None:
        """'Fyodor A. Lukyanov' stays one name."""
        assert sentences("Fyodor A. Lukyanov wrote the column. It ran in June.") == [
            "Fyodor A. Lukyanov wrote the column.",
            "It ran in June.",
        ]


class TestQuotesBracketsAndNotes:
    """What follows a full stop and still belongs to its sentence."""

    def test_footnote_marker_after_the_stop(self) -> None:
        """'[i]' right after the full stop belongs to the sentence before (seed 001)."""
        text = "NATO suspended its practical cooperation with Russia.[i] From the Russian side, it was clear."
        assert sentences(text) == [
            "NATO suspended its practical cooperation with Russia.[i]",
            "From the Russian side, it was clear.",
        ]

    def test_closing_quote_then_marker(self) -> None:
        """A closing quote and a note marker both stay with the sentence (seed 001)."""
        text = "These values are at the heart of NATO’s transatlantic bond.”[xiii] Consequently, NATO agrees."
        assert sentences(text) == [
            "These values are at the heart of NATO’s transatlantic bond.”[xiii]",
            "Consequently, NATO agrees.",
        ]

    def test_spaced_numeric_marker(self) -> None:
        """A ' [1]' marker after a closing quote stays with its sentence (seed 002)."""
        text = "They stressed “building practical cooperation.” [1] NATO became more aware."
        assert sentences(text) == [
            "They stressed “building practical cooperation.” [1]",
            "NATO became more aware.",
        ]

    def test_question_inside_quotes_followed_by_lower_case(self) -> None:
        """A question mark inside a quote does not end the sentence when lower case follows."""
        text = "The answer to the question “What is to be done?” coming from the West is different."
        assert sentences(text) == [text]

    def test_closing_bracket(self) -> None:
        """A sentence ending inside brackets keeps the bracket."""
        text = "It was a Western gesture (a forced pause.) Then it ended."
        assert sentences(text) == ["It was a Western gesture (a forced pause.)", "Then it ended."]

    def test_ellipsis_between_sentences(self) -> None:
        """An ellipsis before a capitalised word ends the sentence."""
        text = "They shared NATO's values and had similar interests... He affirmed it."
        assert sentences(text) == [
            "They shared NATO's values and had similar interests...",
            "He affirmed it.",
        ]

    def test_ellipsis_inside_a_quote(self) -> None:
        """An ellipsis followed by lower case stays inside the sentence (seed 002)."""
        text = "Lavrov said that “the indivisibility of security ... delay in solving problems carries consequences”."
        assert sentences(text) == [text]


class TestSpans:
    """Spans index into the full text and are trimmed."""

    def test_spans_are_offsets_into_the_full_text(self) -> None:
        """A start offset keeps spans relative to the whole text, trimmed of spaces."""
        text = "Header.\n  First one here.  Second one.  \nTail."
        start = text.index("  First")
        end = text.index("\nTail")
        spans = split_sentences(text, start, end)
        assert [text[a:b] for a, b in spans] == ["First one here.", "Second one."]
        assert spans[0][0] == text.index("First")

    def test_line_breaks_end_sentences(self) -> None:
        """A heading on its own line is its own sentence even without a full stop."""
        assert sentences("Conclusion\nNATO is open.") == ["Conclusion", "NATO is open."]

    def test_hard_wrapped_lines_are_one_sentence(self) -> None:
        """Text wrapped at a fixed width keeps its sentences whole across the breaks."""
        text = (
            "The delegations of Finland and Estonia met in Tallinn on a cold\n"
            "morning in 1995 to settle the border. Both sides then agreed to\n"
            "Meet again."
        )
        assert sentences(text) == [
            "The delegations of Finland and Estonia met in Tallinn on a cold\n"
            "morning in 1995 to settle the border.",
            "Both sides then agreed to\nMeet again.",
        ]

    def test_short_lines_and_list_items_stay_apart(self) -> None:
        """A short line (a heading) and the lines of a list are not wraps."""
        assert sentences("Outlook for the summit\nThe ministers will meet in June.") == [
            "Outlook for the summit",
            "The ministers will meet in June.",
        ]
        text = (
            "The communiqué named three aims of the partnership for the region:\n- trade\n- transit"
        )
        assert sentences(text) == [
            "The communiqué named three aims of the partnership for the region:",
            "- trade",
            "- transit",
        ]

    def test_empty_and_blank(self) -> None:
        """No sentences in empty or blank text."""
        assert split_sentences("") == []
        assert split_sentences("   \n  ") == []

    def test_cyrillic_sentence_start(self) -> None:
        """A capitalised Cyrillic word starts a new sentence."""
        assert sentences("Он сказал. Россия ответила.") == ["Он сказал.", "Россия ответила."]


class TestClauses:
    """Clause boundaries inside a sentence."""

    def test_coordinate_clause(self) -> None:
        """', as well as' opens a coordinate clause; a bracketed year stays inline (seed 004)."""
        text = "Later, Greece and Turkey joined NATO (1952), as well as West Germany (1955)."
        assert clauses(text) == [
            ("Later, Greece and Turkey joined NATO (1952)", "main"),
            ("as well as West Germany (1955).", "coordinate"),
        ]

    def test_bracketed_clause_with_a_date(self) -> None:
        """A bracket with several words is a parenthetical clause; an acronym is not (seed 001)."""
        text = "These included the Council (NACC) in 1991 (renamed the EAPC in 1997)."
        assert clauses(text) == [
            ("These included the Council (NACC) in 1991", "main"),
            ("renamed the EAPC in 1997", "parenthetical"),
            (".", "main"),
        ]

    def test_subordinate_clause_ends_at_the_next_comma(self) -> None:
        """', when …' runs to the next comma, then the main clause resumes (seed 004)."""
        text = "In the summer of 1999, when the war was escalating, the army conducted exercises."
        assert clauses(text) == [
            ("In the summer of 1999", "main"),
            ("when the war was escalating", "subordinate"),
            ("the army conducted exercises.", "main"),
        ]

    def test_shortly_after(self) -> None:
        """', shortly after …' is subordinate to the clause around it."""
        text = "In 2016, shortly after Montenegro signed the protocol, a coup occurred."
        roles = [role for _, role in clauses(text)]
        assert roles == ["main", "subordinate", "main"]

    def test_semicolons_start_new_groups(self) -> None:
        """A semicolon starts a new main clause in a new group."""
        text = "It was endorsed in 2012; exercises were conducted."
        parts = split_clauses(text, (0, len(text)))
        assert [(p.role, p.group) for p in parts] == [(ClauseRole.MAIN, 0), (ClauseRole.MAIN, 1)]

    def test_dashes_enclose_an_aside(self) -> None:
        """Text between two spaced dashes is a parenthetical."""
        text = "The first meeting – held on July 27, 2009 – went well."
        assert clauses(text) == [
            ("The first meeting", "main"),
            ("held on July 27, 2009", "parenthetical"),
            ("went well.", "main"),
        ]
