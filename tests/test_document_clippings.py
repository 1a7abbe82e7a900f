"""Articles clipped from the web and converted by tools: the shapes they take, written by hand."""

from __future__ import annotations

import natorussia as nr

CLIPPED = """# Old Allies, New Doubts

> Source: https://archive.example.org/clippings/old-allies.htm

by Tomas Lind
June 14, 2018
from Northern Review Website
The ministers met in Tallinn in May 2018 and spoke for hours about the exercises planned for the autumn.
They agreed to meet again in Riga before the end of the year. (Read the full communique here.)
Return to Baltic Security
Return to Nordic Affairs
"""

STAFF = """# Envoys Meet Again

by NEWS DESK Staff March 3, 2019 from Example Weekly Website
NEWS DESK Staff
Clara Holm, Jonas Weber and Petra Novak
The envoys met in Geneva in February 2019 and agreed to keep talking about the treaty.
"""

RUN_ON_NOTES = """A Short Paper on Arms Control

The treaty was signed in December 1987 and ended a whole class of missiles. 1
It was suspended in 2019. 2

Notes
1. Jane Roe. Arms Control Then and Now, New York: 2001. 2. John Doe. "The End of a Treaty", Example Journal, 2020. 3. Ann Poe. Missiles, London: 1999.
1. Jane Roe. Arms Control Then and Now, New York: 2001. 2. John Doe. "The End of a Treaty", Example Journal, 2020.
"""

WIKI_CONVERTED = """The council was set up in 2002 to replace an earlier forum.

Its members met often until 2014, when practical cooperation was suspended.

See also

-   Security forums in Europe
-   Arms control treaties

SIMILAR BODIES:

-   A regional council
-   A cooperation initiative

Bibliography

-   -   Roe, Jane (2010). _Councils and Forums_. Example Press.
-   -   -
-   Doe, John (2015). _After the Pause_. Example University Press.

External links

-   -

[1]

[2]
"""


class TestClippings:
    def test_clipping_header(self) -> None:
        """A clipping's source line, byline, date and 'from … Website' line are metadata and chrome."""
        d = nr.extract(CLIPPED, id="clip")
        assert d.title == "Old Allies, New Doubts"
        assert [a.name for a in d.authors] == ["Tomas Lind"]
        assert d.published is not None
        assert d.published.edtf == "2018-06-14"
        assert d.outlet == "Northern Review"
        assert "Source: https://archive.example.org/clippings/old-allies.htm" in d.boilerplate
        assert d.paragraphs[0].startswith("The ministers met in Tallinn")

    def test_navigation_and_prompts(self) -> None:
        """'Return to …' navigation and a trailing '(Read … here.)' prompt are boilerplate."""
        d = nr.extract(CLIPPED, id="clip")
        assert "Return to Baltic Security" in d.boilerplate
        assert "Return to Nordic Affairs" in d.boilerplate
        assert "(Read the full communique here.)" in d.boilerplate
        assert d.paragraphs[-1] == "They agreed to meet again in Riga before the end of the year."

    def test_staff_byline_then_names(self) -> None:
        """A byline naming a collective ('… Staff') is no author: the names after it are."""
        d = nr.extract(STAFF, id="staff")
        assert [a.name for a in d.authors] == ["Clara Holm", "Jonas Weber", "Petra Novak"]
        assert d.published is not None
        assert d.published.edtf == "2019-03-03"
        assert d.outlet == "Example Weekly"


class TestNotes:
    def test_notes_run_together_are_split(self) -> None:
        """Notes a page ran together on one line are split at the next number; a copied run is boilerplate."""
        d = nr.extract(RUN_ON_NOTES, id="notes")
        assert [r.label for r in d.references] == ["1.", "2.", "3."]
        assert d.references[1].text == 'John Doe. "The End of a Treaty", Example Journal, 2020.'
        assert d.references[2].text == "Ann Poe. Missiles, London: 1999."
        assert any(b.startswith("1. Jane Roe.") for b in d.boilerplate)

    def test_converted_wiki_page(self) -> None:
        """'See also' lists (with sub-labels) are chrome, a bulleted bibliography gives notes, empty note marks are dropped."""
        d = nr.extract(WIKI_CONVERTED, id="wiki")
        assert d.paragraphs == (
            "The council was set up in 2002 to replace an earlier forum.",
            "Its members met often until 2014, when practical cooperation was suspended.",
        )
        assert [r.text for r in d.references] == [
            "Roe, Jane (2010). _Councils and Forums_. Example Press.",
            "Doe, John (2015). _After the Pause_. Example University Press.",
        ]
        for chrome in (
            "-   Security forums in Europe",
            "SIMILAR BODIES:",
            "-   A regional council",
        ):
            assert chrome in d.boilerplate
        assert "[1]" in d.boilerplate
        assert "External links" in d.boilerplate


FUSED = """When the Talks Stopped

The envoys had met every month since the spring of 2003. What did the long silence achieve for either side? Nobody in the room could say.

The delegations left Vienna in March 2014 without a date for the next round, and the silence began.

In the capitals the officials told reporters that the channel was still open. What did the long silence achieve for either side?
"""


class TestFusedPullQuotes:
    def test_repeated_edge_sentence_is_kept_once(self) -> None:
        """A sentence repeated at the edge of a later paragraph (a fused pull quote) is kept once."""
        d = nr.extract(FUSED, id="fused")
        key = "What did the long silence achieve for either side?"
        assert sum(p.count(key) for p in d.paragraphs) == 1
        assert d.paragraphs[-1] == (
            "In the capitals the officials told reporters that the channel was still open."
        )
        assert key in d.boilerplate
        for paragraph, (start, end) in zip(d.paragraphs, d.paragraph_spans, strict=True):
            assert d.text[start:end] == paragraph

    def test_short_refrains_stay(self) -> None:
        """Short repeated sentences (a speaker's refrain) are not pull quotes."""
        text = (
            "A Speech\n\nWe stood together in 1999 when the storm came over the whole of our continent. "
            "We will stand again.\n\n"
            "We met in Madrid in 1997 and signed the act that bound our nations for a generation. "
            "We will stand again.\n"
        )
        d = nr.extract(text, id="refrain")
        assert sum(p.count("We will stand again.") for p in d.paragraphs) == 2
