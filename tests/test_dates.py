"""find_dates: every supported form, its EDTF and bounds, and what is not a date."""

from __future__ import annotations

import datetime as dt

import pytest

from natorussia.dates import Basis, DateMatch, find_dates, named_periods
from natorussia.errors import DataError
from natorussia.fuzzydate import OPEN_END, OPEN_START, FuzzyDate, Precision

D = dt.date
PUB = FuzzyDate.from_edtf("2021-05-10")


def only(text: str, anchor: FuzzyDate | None = None) -> DateMatch:
    matches = find_dates(text, anchor=anchor)
    assert len(matches) == 1, [m.text for m in matches]
    return matches[0]


def check(text: str, surface: str, edtf: str, earliest: dt.date, latest: dt.date) -> None:
    m = only(text)
    assert m.text == surface
    assert text[m.span[0] : m.span[1]] == surface
    assert m.date is not None
    assert (m.date.edtf, m.date.earliest, m.date.latest) == (edtf, earliest, latest)
    assert not m.relative


class TestFullDates:
    @pytest.mark.parametrize(
        ("text", "surface", "edtf", "day"),
        [
            ("NATO was founded on April 4, 1949.", "April 4, 1949", "1949-04-04", D(1949, 4, 4)),
            (
                "It was signed 4 April 1949 in Washington.",
                "4 April 1949",
                "1949-04-04",
                D(1949, 4, 4),
            ),
            (
                "after Sept. 11, 2001, everything changed",
                "Sept. 11, 2001",
                "2001-09-11",
                D(2001, 9, 11),
            ),
            (
                "Russia attacked on February 24, 2022.",
                "February 24, 2022",
                "2022-02-24",
                D(2022, 2, 24),
            ),
            ("Published 25.06.2024", "25.06.2024", "2024-06-25", D(2024, 6, 25)),
            ("updated 2021-11-12 by the editors", "2021-11-12", "2021-11-12", D(2021, 11, 12)),
            ("the 4th of July 1976 parade", "4th of July 1976", "1976-07-04", D(1976, 7, 4)),
            ("on Dec. 8 1991 at Belovezhskaya", "Dec. 8 1991", "1991-12-08", D(1991, 12, 8)),
        ],
    )
    def test_day_precision(self, text: str, surface: str, edtf: str, day: dt.date) -> None:
        """Full dates in the usual English forms give a day-precision date."""
        check(text, surface, edtf, day, day)
        assert only(text).date.precision is Precision.DAY  # type: ignore[union-attr]

    def test_day_range(self) -> None:
        """A day range within one month is an interval of days."""
        check(
            "The summit took place on 8–9 July 2016.",
            "8–9 July 2016",
            "2016-07-08/2016-07-09",
            D(2016, 7, 8),
            D(2016, 7, 9),
        )

    def test_impossible_date_gives_nothing(self) -> None:
        """February 30 is skipped entirely, not turned into a wrong date."""
        assert find_dates("It was dated February 30, 2010 by mistake.") == []

    def test_day_without_year_takes_previous_year(self) -> None:
        """'January 15' takes its year from the previous absolute date in the text."""
        ms = find_dates("In February 2013 talks began. On January 15 the plan was set.")
        assert [m.text for m in ms] == ["February 2013", "January 15"]
        m = ms[1]
        assert m.relative
        assert m.anchor is not None
        assert m.anchor.edtf == "2013-02"
        assert m.date is not None
        assert m.date.edtf == "2013-01-15"

    def test_day_without_year_falls_back_to_anchor(self) -> None:
        """Without an earlier date, the year comes from the anchor."""
        assert only("On 9 May the parade passed.", PUB).date == FuzzyDate.from_edtf("2021-05-09")

    def test_day_without_year_unresolved(self) -> None:
        """Without any date to take the year from, the match is kept with date None."""
        m = only("On 9 May the parade passed.")
        assert m.date is None
        assert m.relative
        assert m.anchor is None


class TestMonthsAndSeasons:
    @pytest.mark.parametrize(
        ("text", "surface", "edtf", "earliest", "latest"),
        [
            ("In May 2002 the Council met.", "May 2002", "2002-05", D(2002, 5, 1), D(2002, 5, 31)),
            ("(August 2017)", "August 2017", "2017-08", D(2017, 8, 1), D(2017, 8, 31)),
            (
                "in the spring of 1999 bombs fell",
                "the spring of 1999",
                "1999-21",
                D(1999, 3, 1),
                D(1999, 5, 31),
            ),
            (
                "the summer of 1991 coup",
                "the summer of 1991",
                "1991-22",
                D(1991, 6, 1),
                D(1991, 8, 31),
            ),
            ("in autumn 2004", "autumn 2004", "2004-23", D(2004, 9, 1), D(2004, 11, 30)),
            (
                "the winter of 1979 invasion",
                "the winter of 1979",
                "1979-24",
                D(1979, 12, 1),
                D(1980, 2, 29),
            ),
            ("in early 1999 talks stalled", "early 1999", "1999~", D(1999, 1, 1), D(1999, 4, 30)),
            ("by late 2021 troops massed", "late 2021", "2021~", D(2021, 9, 1), D(2021, 12, 31)),
            (
                "at the end of January 2013 the",
                "the end of January 2013",
                "2013-01~",
                D(2013, 1, 21),
                D(2013, 1, 31),
            ),
            (
                "in mid-March 2014 Crimea",
                "mid-March 2014",
                "2014-03~",
                D(2014, 3, 11),
                D(2014, 3, 20),
            ),
            (
                "the beginning of 2008",
                "the beginning of 2008",
                "2008~",
                D(2008, 1, 1),
                D(2008, 3, 31),
            ),
            (
                "in the second half of 1999",
                "the second half of 1999",
                "1999-07/1999-12",
                D(1999, 7, 1),
                D(1999, 12, 31),
            ),
        ],
    )
    def test_forms(
        self, text: str, surface: str, edtf: str, earliest: dt.date, latest: dt.date
    ) -> None:
        """Months, seasons and qualified parts of a year have the documented bounds."""
        check(text, surface, edtf, earliest, latest)

    def test_qualified_year_is_approximate(self) -> None:
        """'early 1999' is marked approximate."""
        assert only("early 1999").date.approximate  # type: ignore[union-attr]


class TestYearsDecadesCenturies:
    @pytest.mark.parametrize(
        ("text", "surface", "edtf", "earliest", "latest"),
        [
            ("Founded in 1994, it", "1994", "1994", D(1994, 1, 1), D(1994, 12, 31)),
            ("in the 1990s NATO grew", "the 1990s", "199X", D(1990, 1, 1), D(1999, 12, 31)),
            ("the 1960s were", "the 1960s", "196X", D(1960, 1, 1), D(1969, 12, 31)),
            ("in the mid-2000s Russia", "the mid-2000s", "200X~", D(2003, 1, 1), D(2007, 12, 31)),
            ("the late 1990s saw", "the late 1990s", "199X~", D(1997, 1, 1), D(1999, 12, 31)),
            ("the early 1990s saw", "the early 1990s", "199X~", D(1990, 1, 1), D(1993, 12, 31)),
            (
                "the second half of the 2000s",
                "the second half of the 2000s",
                "2005/2009",
                D(2005, 1, 1),
                D(2009, 12, 31),
            ),
            (
                "the end of the 18th century",
                "the end of the 18th century",
                "17XX~",
                D(1775, 1, 1),
                D(1800, 12, 31),
            ),
            (
                "the 20th century was bloody",
                "the 20th century",
                "19XX",
                D(1900, 1, 1),
                D(1999, 12, 31),
            ),
            (
                "in the twenty-first century",
                "the twenty-first century",
                "20XX",
                D(2000, 1, 1),
                D(2099, 12, 31),
            ),
            ("the 2021 NATO Summit", "2021", "2021", D(2021, 1, 1), D(2021, 12, 31)),
            ("the 1997 National Security Concept", "1997", "1997", D(1997, 1, 1), D(1997, 12, 31)),
            ("the ’90s were chaotic", "the ’90s", "199X", D(1990, 1, 1), D(1999, 12, 31)),
        ],
    )
    def test_forms(
        self, text: str, surface: str, edtf: str, earliest: dt.date, latest: dt.date
    ) -> None:
        """Years, decades and centuries (with qualifiers) have the documented bounds."""
        check(text, surface, edtf, earliest, latest)

    def test_mid_decade_flags(self) -> None:
        """'mid-2000s' is 200X, approximate, decade precision, narrowed to 2003–2007."""
        d = only("mid-2000s").date
        assert d is not None
        assert d.approximate
        assert d.precision is Precision.DECADE


class TestRanges:
    @pytest.mark.parametrize(
        ("text", "surface", "edtf", "earliest", "latest"),
        [
            ("in 1992-1993 they", "1992-1993", "1992/1993", D(1992, 1, 1), D(1993, 12, 31)),
            ("in 2014–2015 sanctions", "2014–2015", "2014/2015", D(2014, 1, 1), D(2015, 12, 31)),
            ("the 2008-09 crisis", "2008-09", "2008/2009", D(2008, 1, 1), D(2009, 12, 31)),
            (
                "from June 1948 to May 1949 the",
                "from June 1948 to May 1949",
                "1948-06/1949-05",
                D(1948, 6, 1),
                D(1949, 5, 31),
            ),
            (
                "from 1952 until 1966 it",
                "from 1952 until 1966",
                "1952/1966",
                D(1952, 1, 1),
                D(1966, 12, 31),
            ),
            ("from 1918 to 1940", "from 1918 to 1940", "1918/1940", D(1918, 1, 1), D(1940, 12, 31)),
            (
                "between 1997 and 2002 the",
                "between 1997 and 2002",
                "1997/2002",
                D(1997, 1, 1),
                D(2002, 12, 31),
            ),
            ("until 2014 Russia had", "until 2014", "../2014", OPEN_START, D(2014, 12, 31)),
            ("up until 2014 Russia had", "up until 2014", "../2014", OPEN_START, D(2014, 12, 31)),
            ("from 1999 onwards", "from 1999 onwards", "1999/..", D(1999, 1, 1), OPEN_END),
        ],
    )
    def test_forms(
        self, text: str, surface: str, edtf: str, earliest: dt.date, latest: dt.date
    ) -> None:
        """Ranges and intervals become EDTF intervals with the outer bounds."""
        check(text, surface, edtf, earliest, latest)

    def test_since_without_anchor_is_open(self) -> None:
        """'since 2014' is 2014/.. and, without an anchor, open to the far future."""
        check("since 2014 relations", "since 2014", "2014/..", D(2014, 1, 1), OPEN_END)

    def test_since_bounded_by_publication(self) -> None:
        """With a publication anchor, 'since 2014' ends at the publication date."""
        d = only("Since 2014, the programme", PUB).date
        assert d is not None
        assert (d.edtf, d.latest) == ("2014/..", D(2021, 5, 10))

    def test_backwards_range_is_not_an_interval(self) -> None:
        """A range whose end precedes its start is not read as a year range."""
        assert [m.text for m in find_dates("pages 1999-1950")] == []


class TestRelative:
    def resolve(
        self, text: str, anchor: FuzzyDate | None = None
    ) -> list[tuple[str, str | None, str | None]]:
        return [
            (m.text, m.date.edtf if m.date else None, m.anchor.edtf if m.anchor else None)
            for m in find_dates(text, anchor=anchor)
            if m.relative
        ]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "NATO expanded in 1997. Two years later, it bombed Serbia.",
                ("Two years later", "1999", "1997"),
            ),
            (
                "In March 2014 it began; six months later it",
                ("six months later", "2014-09", "2014-03"),
            ),
            ("It came in 1999, a year before the vote.", ("a year before", "1998", "1999")),
            ("It was 2007. In the same year, Lavrov spoke.", ("the same year", "2007", "2007")),
            (
                "Signed in 2002; the following year it failed.",
                ("the following year", "2003", "2002"),
            ),
            (
                "The plan came in February 2013. A month earlier, it",
                ("A month earlier", "2013-01", "2013-02"),
            ),
            ("It ended in 1991. Thirty years after, it", ("Thirty years after", "2021", "1991")),
            (
                "The Declaration was signed in 2002. Even so, ten years after signing it",
                ("ten years after", "2012", "2002"),
            ),
            (
                "In 2019. Two-and-a-half years later, we",
                ("Two-and-a-half years later", "2021/2022", "2019"),
            ),
            (
                "On June 22, 1994 it joined; three days later",
                ("three days later", "1994-06-25", "1994-06-22"),
            ),
            ("Yeltsin in 1997; the next year the crisis", ("the next year", "1998", "1997")),
        ],
    )
    def test_discourse(self, text: str, expected: tuple[str, str, str]) -> None:
        """Later/earlier/after/before/same/following count from the previous absolute date."""
        assert self.resolve(text) == [expected]

    def test_ago_uses_publication(self) -> None:
        """'over 30 years ago' counts from the publication anchor and is approximate."""
        m = only("It began over 30 years ago.", PUB)
        assert m.relative
        assert m.anchor == PUB
        assert m.offset is not None
        assert m.offset.basis is Basis.PUBLICATION
        assert m.date is not None
        assert (m.date.edtf, m.date.approximate) == ("1991~", True)

    def test_ago_ignores_discourse(self) -> None:
        """'ago' never counts from an earlier date in the text."""
        ms = find_dates("In 1949 it began. Thirty years ago it changed.", anchor=PUB)
        assert ms[1].date is not None
        assert ms[1].date.edtf == "1991"

    def test_ago_range(self) -> None:
        """'5-7 years ago' spans the range of years."""
        m = only("This is the area in which 5-7 years ago we failed", PUB)
        assert m.date is not None
        assert (m.date.edtf, m.date.earliest, m.date.latest) == (
            "2014/2016",
            D(2014, 1, 1),
            D(2016, 12, 31),
        )

    def test_unresolved_is_kept(self) -> None:
        """Without any anchor a relative expression is kept with date None, never guessed."""
        m = only("Two years later, NATO finally announced it.")
        assert m.relative
        assert m.date is None
        assert m.anchor is None
        assert m.resolve(FuzzyDate.from_edtf("2008")) == FuzzyDate.from_edtf("2010")

    def test_ago_unresolved_without_publication(self) -> None:
        """'ago' without a publication anchor stays unresolved even after a date."""
        ms = find_dates("In 1999 it began. Thirty years ago it changed.")
        assert ms[1].date is None

    def test_falls_back_to_anchor(self) -> None:
        """With no earlier date, discourse expressions count from the anchor."""
        assert self.resolve("A year later it split.", PUB) == [
            ("A year later", "2022", "2021-05-10")
        ]

    def test_relative_does_not_chain(self) -> None:
        """The anchor is the previous absolute date, not a previous relative one."""
        got = self.resolve("In 2000 A. Two years later B. A year later C.")
        assert got == [("Two years later", "2002", "2000"), ("A year later", "2001", "2000")]

    def test_explicit_anchor_date(self) -> None:
        """'N years after <date>' counts from that date and includes it in the span."""
        m = only("two years after the 1991 coup")
        assert m.text == "two years after the 1991"
        assert m.date is not None
        assert m.date.edtf == "1993"
        assert m.offset is not None
        assert m.offset.basis is Basis.EXPLICIT
        assert m.resolve(FuzzyDate.from_edtf("1800")) == m.date

    def test_explicit_anchor_period(self) -> None:
        """'thirty years after the end of the Cold War' counts from the period's end."""
        m = only("Thirty years after the end of the Cold War, NATO")
        assert m.date is not None
        assert m.date.edtf == "2021~"
        assert m.date.earliest == D(2021, 1, 1)

    def test_resolve_again(self) -> None:
        """resolve() recomputes a relative match against another anchor; absolute is identity."""
        ms = find_dates("In 1997 it grew. Two years later it bombed.")
        assert ms[1].resolve(FuzzyDate.from_edtf("2004-03-29")) == FuzzyDate.from_edtf("2006")
        assert ms[0].resolve(FuzzyDate.from_edtf("2004")) == ms[0].date

    def test_last_year(self) -> None:
        """'last year' counts from the publication date."""
        assert self.resolve("As last year showed", PUB) == [("last year", "2020", "2021-05-10")]

    def test_ten_years_on(self) -> None:
        """'N years on' followed by punctuation means later; 'two days on the ground' is not a date."""
        assert self.resolve("In 2001 it began. Ten years on, it") == [
            ("Ten years on", "2011", "2001")
        ]
        assert find_dates("They spent two days on the ground.") == []


class TestApproximate:
    @pytest.mark.parametrize("word", ["around", "circa", "about", "approximately", "c."])
    def test_approximate_year(self, word: str) -> None:
        """'around 1990' and its synonyms give 1990~ with the year's bounds."""
        m = only(f"it began {word} 1990 in Europe")
        assert m.text == f"{word} 1990"
        assert m.date is not None
        assert m.date.edtf == "1990~"
        assert m.date.approximate
        assert (m.date.earliest, m.date.latest) == (D(1990, 1, 1), D(1990, 12, 31))


class TestPeriods:
    @pytest.mark.parametrize(
        ("text", "surface", "edtf", "earliest", "latest"),
        [
            (
                "during the Cold War NATO",
                "the Cold War",
                "1947~/1991~",
                D(1947, 1, 1),
                D(1991, 12, 31),
            ),
            (
                "after World War II ended",
                "World War II",
                "1939-09-01~/1945-09-02~",
                D(1939, 9, 1),
                D(1945, 9, 2),
            ),
            (
                "since the Second World War",
                "the Second World War",
                "1939-09-01~/1945-09-02~",
                D(1939, 9, 1),
                D(1945, 9, 2),
            ),
            (
                "the era of détente ended",
                "the era of détente",
                "1969~/1979~",
                D(1969, 1, 1),
                D(1979, 12, 31),
            ),
            (
                "the period of detente ended",
                "the period of detente",
                "1969~/1979~",
                D(1969, 1, 1),
                D(1979, 12, 31),
            ),
            (
                "at the end of the Cold War it",
                "the end of the Cold War",
                "1989~/1991~",
                D(1989, 1, 1),
                D(1991, 12, 31),
            ),
            (
                "under perestroika reforms",
                "perestroika",
                "1985~/1991~",
                D(1985, 1, 1),
                D(1991, 12, 31),
            ),
        ],
    )
    def test_forms(
        self, text: str, surface: str, edtf: str, earliest: dt.date, latest: dt.date
    ) -> None:
        """Named periods give their conventional bounds, marked approximate."""
        check(text, surface, edtf, earliest, latest)
        assert only(text).date.approximate  # type: ignore[union-attr]

    def test_post_cold_war_is_not_the_cold_war(self) -> None:
        """'post-Cold War' is not read as the Cold War itself."""
        assert [m.text for m in find_dates("the post-Cold War order")] == []

    def test_every_entry_loads(self) -> None:
        """The shipped periods file validates, and every period is approximate."""
        periods = named_periods()
        assert len(periods) >= 8
        assert all(p.date.approximate and p.date.earliest <= p.date.latest for p in periods)

    def test_malformed_entry_is_data_error(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A malformed entry raises DataError naming the file and the entry."""
        from natorussia import dates

        with pytest.raises(DataError, match=r"periods\.json: entry 'Bad'"):
            dates._period(
                0,
                {
                    "name": "Bad",
                    "aliases": ["bad"],
                    "edtf": "2010-02-30~",
                    "earliest": "2010-01-01",
                    "latest": "2010-01-02",
                    "note": "x",
                },
            )
        with pytest.raises(DataError, match="approximate"):
            dates._period(
                0,
                {
                    "name": "Exact",
                    "aliases": ["x"],
                    "edtf": "1990/1991",
                    "earliest": "1990-01-01",
                    "latest": "1991-12-31",
                    "note": "x",
                },
            )
        with pytest.raises(DataError, match="aliases"):
            dates._period(
                0,
                {
                    "name": "NoAlias",
                    "aliases": [],
                    "edtf": "1990~",
                    "earliest": "1990-01-01",
                    "latest": "1990-12-31",
                    "note": "x",
                },
            )


class TestNotDates:
    @pytest.mark.parametrize(
        "text",
        [
            "The article has 33,670 characters.",
            "around 60% of respondents",
            "30 countries joined",
            "12 nuclear submarines",
            "Yes 33 (31%)",
            "ORCID: 0000-0003-1364-4094",
            "Tel. (+7) 495 980 7353",
            "Tel. +7 495 980 1999",
            "Resolution no. 6170",
            "Issue 28 (44)",
            "N 575",
            "see P.4",
            "no.2",
            "no. 1999",
            "Issue 2014",
            "p. 1989",
            "https://www.nato.int/cps/en/natohq/news_2014.htm",
            "http://example.org/2019/05/12/story.html",
            "doi 10.1080/2014.1999",
            "mail me at a.b1999@mail.ru",
            "the 49th Munich conference",
            "the fifth anniversary",
            "Article 5",
            "19 +1",
            "NATO Forces 2020",
            "the NATO 2030 agenda",
            "Joint Review of 21st Century Common Security Challenges",
            "there were 2020 troops",
            "in 2,000 cases",
            "1,999 people",
            "so far",
            "Since the Lisbon Summit, both sides",
            "since Russia attaches key importance",
            "for 30 years",
            "about 1500 kilometres",
            "the 1500 km border",
            "in the spring",
        ],
    )
    def test_no_date(self, text: str) -> None:
        """Counts, identifiers, URLs, ordinals and titles are not dates."""
        assert [m.text for m in find_dates(text)] == []


class TestEndnotes:
    def test_year_after_a_full_stop(self) -> None:
        """A year after a capitalised word that ends a sentence is a date, not a title."""
        note = "NATO's hard choices / NATO Review. 2009. No.2."
        assert [m.text for m in find_dates(note)] == ["2009"]

    def test_accessed_and_work_date(self) -> None:
        """Dates inside a note are found: the access date and the work's month."""
        note = "[3] Ivanov, “Report” (August 2017), https://example.org/2017/x, accessed November 12, 2021."
        got = [(m.text, m.date.edtf if m.date else None) for m in find_dates(note)]
        assert got == [("August 2017", "2017-08"), ("November 12, 2021", "2021-11-12")]


class TestSeedSentences:
    def test_several_happenings(self) -> None:
        """Years in parentheses after names are dates; the spans point at them."""
        text = (
            "Albania (2009), Croatia (2009), Montenegro (2017) and North Macedonia (2020) joined."
        )
        ms = find_dates(text)
        assert [m.text for m in ms] == ["2009", "2009", "2017", "2020"]
        assert all(text[m.span[0] : m.span[1]] == m.text for m in ms)

    def test_mixed_sentence(self) -> None:
        """A seed-like sentence mixing a date with a statistic gives only the date."""
        text = "As of June 2021, 30 countries (around 60%) had signed; see no. 6170."
        assert [m.text for m in find_dates(text)] == ["June 2021"]

    def test_never_raises_on_non_str(self) -> None:
        """A non-str is a TypeError (find_dates never raises on a str)."""
        with pytest.raises(TypeError):
            find_dates(1999)  # type: ignore[arg-type]


class TestOtherShapes:
    @pytest.mark.parametrize(
        ("text", "surface", "edtf", "earliest", "latest"),
        [
            ("by mid-1999 it was clear", "mid-1999", "1999~", D(1999, 5, 1), D(1999, 8, 31)),
            (
                "at the beginning of the 1990s",
                "the beginning of the 1990s",
                "199X~",
                D(1990, 1, 1),
                D(1992, 12, 31),
            ),
            (
                "by the end of the 1990s",
                "the end of the 1990s",
                "199X~",
                D(1998, 1, 1),
                D(1999, 12, 31),
            ),
            (
                "in the early 20th century",
                "the early 20th century",
                "19XX~",
                D(1900, 1, 1),
                D(1933, 12, 31),
            ),
            (
                "the late 20th century",
                "the late 20th century",
                "19XX~",
                D(1967, 1, 1),
                D(1999, 12, 31),
            ),
            (
                "held July 8–9, 2016 in Warsaw",
                "July 8–9, 2016",
                "2016-07-08/2016-07-09",
                D(2016, 7, 8),
                D(2016, 7, 9),
            ),
            ("up to 2014 the", "up to 2014", "../2014", OPEN_START, D(2014, 12, 31)),
            (
                "in the first half of 1999",
                "the first half of 1999",
                "1999-01/1999-06",
                D(1999, 1, 1),
                D(1999, 6, 30),
            ),
            ("in early May 2002", "early May 2002", "2002-05~", D(2002, 5, 1), D(2002, 5, 10)),
            (
                "On Monday, April 4, 1949, the",
                "Monday, April 4, 1949",
                "1949-04-04",
                D(1949, 4, 4),
                D(1949, 4, 4),
            ),
            ("in the year 2000 the", "2000", "2000", D(2000, 1, 1), D(2000, 12, 31)),
            ("during 1990–91 the", "1990–91", "1990/1991", D(1990, 1, 1), D(1991, 12, 31)),
            ("in the 2010s the", "the 2010s", "201X", D(2010, 1, 1), D(2019, 12, 31)),
            ("the 1990’s were", "the 1990’s", "199X", D(1990, 1, 1), D(1999, 12, 31)),
            (
                "from the late 1980s to 1991",
                "from the late 1980s to 1991",
                "1987~/1991",
                D(1987, 1, 1),
                D(1991, 12, 31),
            ),
            (
                "between spring 1999 and summer 2000",
                "between spring 1999 and summer 2000",
                "1999-21/2000-22",
                D(1999, 3, 1),
                D(2000, 8, 31),
            ),
        ],
    )
    def test_forms(
        self, text: str, surface: str, edtf: str, earliest: dt.date, latest: dt.date
    ) -> None:
        """Shapes the corpus does not use are read with the same rules."""
        check(text, surface, edtf, earliest, latest)

    def test_vague_amount_is_a_range(self) -> None:
        """'several years later' after 1999 is 2002–2006, approximate."""
        ms = find_dates("It began in 1999; several years later it ended.")
        assert ms[1].date == FuzzyDate.from_edtf("2002~/2006~")

    def test_that_year(self) -> None:
        """'That year' is the year of the previous date."""
        ms = find_dates("It happened in 1999. That year, NATO turned fifty.")
        assert [(m.text, m.date.edtf if m.date else None) for m in ms] == [
            ("1999", "1999"),
            ("That year", "1999"),
        ]

    @pytest.mark.parametrize(
        "text", ["Resolution 1244 was adopted", "Vision 2030 targets", "room 1999", "page 2003"]
    )
    def test_more_numbers_not_dates(self, text: str) -> None:
        """Numbers after reference words or inside titles are not dates."""
        assert find_dates(text) == []


class TestLaterAdditions:
    def test_two_digit_decade_after_the(self) -> None:
        """'the 90s' is the 1990s; 'the 20s' is ambiguous and left alone."""
        assert [
            (m.text, m.date.edtf if m.date else None) for m in find_dates("in the 90s and the 20s")
        ] == [("the 90s", "199X")]

    def test_open_interval_is_not_an_anchor(self) -> None:
        """'until 2014' does not anchor a following 'two years later'."""
        ms = find_dates("until 2014. Two years later it changed.")
        assert ms[1].date is None

    def test_month_alone_after_a_preposition(self) -> None:
        """'In March' takes its year from the previous date; a bare 'May' is not a date."""
        ms = find_dates("In 2009 the talks began. In March, NATO met. Theresa May said no.")
        assert [(m.text, m.date.edtf if m.date else None, m.relative) for m in ms] == [
            ("2009", "2009", False),
            ("March", "2009-03", True),
        ]

    @pytest.mark.parametrize(
        ("text", "surface", "edtf"),
        [
            ("over the past 30 years", "the past 30 years", "1991/2021"),
            ("in the last two decades", "the last two decades", "2001/2021"),
            ("during the past decade", "the past decade", "2011/2021"),
            ("in the past few years", "the past few years", "2017~/2021~"),
        ],
    )
    def test_the_past_years(self, text: str, surface: str, edtf: str) -> None:
        """'the past N years' runs from N years before publication up to it."""
        m = only(text, PUB)
        assert (m.text, m.relative) == (surface, True)
        assert m.date is not None
        assert m.date.edtf == edtf

    def test_the_past_years_without_number(self) -> None:
        """'the past years' or 'the last decades' say no amount, so they are not dates."""
        assert find_dates("over the past years and in the last decades", anchor=PUB) == []


class TestNewsParagraph:
    TEXT = (
        "Moscow, 3 March 2023 — some 1,500 troops and 200 tanks moved 1500 km east. "
        "The 2019 Defence White Paper (pp. 45–67) lists 2,345 units. Call +44 20 7946 0958 or visit nato.int/2014. "
        "From 2015 to 2017 the OSCE counted 10,000 violations. The Minsk II agreement of February 12, 2015 failed; "
        "two weeks later, Debaltseve fell. NATO's Strategic Concept 2022 and the summit on 28-30 June 2022. "
        "Case No. 2020-1. ISBN 978-5-9909-1982-1. Protocol 1/2019. In Q3 2021 prices rose."
    )

    def test_only_the_dates(self) -> None:
        """A paragraph of my own mixing dates with counts, identifiers and titles gives only the dates."""
        got = [(m.text, m.date.edtf if m.date else None) for m in find_dates(self.TEXT)]
        assert got == [
            ("3 March 2023", "2023-03-03"),
            ("2019", "2019"),
            ("From 2015 to 2017", "2015/2017"),
            ("February 12, 2015", "2015-02-12"),
            ("two weeks later", "2015-02-26"),
            ("28-30 June 2022", "2022-06-28/2022-06-30"),
            ("Q3 2021", "2021-07/2021-09"),
        ]

    @pytest.mark.parametrize(
        ("text", "surface", "edtf", "earliest", "latest"),
        [
            (
                "in the first quarter of 2022",
                "the first quarter of 2022",
                "2022-01/2022-03",
                D(2022, 1, 1),
                D(2022, 3, 31),
            ),
            (
                "the last quarter of 1999 saw",
                "the last quarter of 1999",
                "1999-10/1999-12",
                D(1999, 10, 1),
                D(1999, 12, 31),
            ),
        ],
    )
    def test_quarters(
        self, text: str, surface: str, edtf: str, earliest: dt.date, latest: dt.date
    ) -> None:
        """Quarters of a year become intervals of three months."""
        check(text, surface, edtf, earliest, latest)


class TestForm:
    def test_each_form(self) -> None:
        """Each match says what kind of expression it is."""
        from natorussia.dates import Form

        text = "In 1997, from 1918 to 1940, since 2014, until 2014, the Cold War, two years later."
        assert [m.form for m in find_dates(text)] == [
            Form.DATE,
            Form.RANGE,
            Form.SINCE,
            Form.UNTIL,
            Form.PERIOD,
            Form.RELATIVE,
        ]


class TestPossessive:
    @pytest.mark.parametrize(
        ("text", "year"),
        [
            ("NATO's 2010 Strategic Concept", "2010"),
            ("Russia’s 2022 invasion", "2022"),
            ("the allies' 1999 decision", "1999"),
        ],
    )
    def test_year_after_possessive(self, text: str, year: str) -> None:
        """A year after a possessive name dates what follows; it is not part of a title."""
        assert [(m.text, m.date.edtf if m.date else None) for m in find_dates(text)] == [
            (year, year)
        ]


class TestSpeltDecades:
    @pytest.mark.parametrize(
        ("text", "surface", "edtf", "earliest", "latest"),
        [
            ("in the nineties NATO grew", "the nineties", "199X", D(1990, 1, 1), D(1999, 12, 31)),
            ("The Sixties were loud", "The Sixties", "196X", D(1960, 1, 1), D(1969, 12, 31)),
            (
                "the nineteen-eighties",
                "the nineteen-eighties",
                "198X",
                D(1980, 1, 1),
                D(1989, 12, 31),
            ),
            (
                "in the early nineties",
                "the early nineties",
                "199X~",
                D(1990, 1, 1),
                D(1993, 12, 31),
            ),
            ("the mid-eighties", "the mid-eighties", "198X~", D(1983, 1, 1), D(1987, 12, 31)),
        ],
    )
    def test_forms(
        self, text: str, surface: str, edtf: str, earliest: dt.date, latest: dt.date
    ) -> None:
        """Decades spelt out after 'the' are twentieth-century decades."""
        check(text, surface, edtf, earliest, latest)

    @pytest.mark.parametrize(
        "text", ["a man in his late sixties", "in their seventies", "she was in her forties"]
    )
    def test_ages_are_not_decades(self, text: str) -> None:
        """Ages ('in his sixties') are not dates."""
        assert find_dates(text) == []


class TestIntervalOfDecades:
    def test_decades_as_interval_ends(self) -> None:
        """Decades at the ends of an interval are written as years, which EDTF level 1 allows."""
        check(
            "between the 1990s and the 2000s",
            "between the 1990s and the 2000s",
            "1990/2009",
            D(1990, 1, 1),
            D(2009, 12, 31),
        )


class TestSlashDates:
    """Slash dates: read when the order is certain, else only the year is kept."""

    @pytest.mark.parametrize(
        ("text", "surface", "edtf", "earliest", "latest"),
        [
            ("Troops crossed on 24/02/2022.", "24/02/2022", "2022-02-24", D(2022, 2, 24), D(2022, 2, 24)),
            ("The deal expired on 12/31/2021.", "12/31/2021", "2021-12-31", D(2021, 12, 31), D(2021, 12, 31)),
            ("They met on 05/05/2011 in Sochi.", "05/05/2011", "2011-05-05", D(2011, 5, 5), D(2011, 5, 5)),
            ("The talks were held on 04/05/2010.", "04/05/2010", "2010", D(2010, 1, 1), D(2010, 12, 31)),
        ],
    )  # fmt: skip
    def test_slash_date(
        self, text: str, surface: str, edtf: str, earliest: dt.date, latest: dt.date
    ) -> None:
        """A part above 12 fixes day and month; 4 May or 5 April is not guessed."""
        check(text, surface, edtf, earliest, latest)

    @pytest.mark.parametrize(
        "text",
        ["no reading of 31/31/2010 exists", "see https://example.org/04/05/2010/page.html"],
    )
    def test_not_a_slash_date(self, text: str) -> None:
        """Impossible slash dates and slash dates inside a URL give no match."""
        assert find_dates(text) == []
