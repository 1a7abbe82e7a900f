"""find_dates on dates as news writes them: from its own day, in its own tense.

Every sentence here is written for this file. The anchor (the publication
date) of most tests is Wednesday 12 June 2019; quarter tests use Friday
25 October 2019, when the third quarter has just been reported.
``TestHeldOut`` holds sentences that were written after the rules and not used
to tune them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from natorussia.dates import Basis, DateMatch, Form, Reference, Unit, find_dates
from natorussia.errors import DataError
from natorussia.fuzzydate import OPEN_END, OPEN_START, FuzzyDate

D = dt.date
WED = FuzzyDate.from_edtf("2019-06-12")  # a Wednesday
AUTUMN = FuzzyDate.from_edtf("2019-10-25")  # a Friday, after the third quarter


def found(text: str, anchor: FuzzyDate | None = WED) -> list[tuple[str, str | None]]:
    return [(m.text, m.date.edtf if m.date else None) for m in find_dates(text, anchor=anchor)]


def one(text: str, anchor: FuzzyDate | None = WED) -> DateMatch:
    matches = find_dates(text, anchor=anchor)
    assert len(matches) == 1, [m.text for m in matches]
    return matches[0]


class TestWeekdays:
    @pytest.mark.parametrize(
        ("text", "surface", "edtf"),
        [
            ("The ministers met on Monday in Brussels.", "Monday", "2019-06-10"),
            ("The envoy said Wednesday that talks had stalled.", "Wednesday", "2019-06-12"),
            ("The ministers will meet on Friday.", "Friday", "2019-06-14"),
            ("A second convoy is to leave Saturday.", "Saturday", "2019-06-15"),
            ("Shelling resumed Tuesday night near the port.", "Tuesday night", "2019-06-11"),
            ("Late Sunday the guns fell silent.", "Late Sunday", "2019-06-09"),
            ("He was last seen last Friday.", "last Friday", "2019-06-07"),
            ("The vote is set for next Monday.", "next Monday", "2019-06-17"),
            ("They fly home this coming Sunday.", "this coming Sunday", "2019-06-16"),
        ],
    )
    def test_weekday_from_the_anchor_and_tense(self, text: str, surface: str, edtf: str) -> None:
        """A weekday is the nearest one on the side of the anchor the verb points to."""
        m = one(text)
        assert (m.text, m.relative, m.form) == (surface, True, Form.RELATIVE)
        assert m.date is not None
        assert m.date.edtf == edtf
        assert m.anchor == WED

    def test_irregular_past_verb(self) -> None:
        """'met Tuesday' in Monday's paper is last Tuesday; 'meet Tuesday' is tomorrow."""
        monday = FuzzyDate.from_edtf("2019-06-10")
        assert found("The envoys met Tuesday in Oslo.", monday) == [("Tuesday", "2019-06-04")]
        assert found("The envoys meet Tuesday in Oslo.", monday) == [("Tuesday", "2019-06-11")]

    def test_the_following_weekday_counts_from_the_day_told(self) -> None:
        """'the following Monday' after a full date is the Monday after that date."""
        text = "The treaty was signed on 4 March 2016. The following Monday it took effect."
        assert found(text) == [
            ("4 March 2016", "2016-03-04"),
            ("The following Monday", "2016-03-07"),
        ]
        assert found("The following Monday it took effect.") == [
            ("The following Monday", "2019-06-17")
        ]

    def test_same_weekday_as_the_anchor_is_the_anchor(self) -> None:
        """'said Wednesday' in Wednesday's paper is that day, not a week back."""
        assert found("The minister said Wednesday he would resign.") == [
            ("Wednesday", "2019-06-12")
        ]

    def test_weekday_with_its_date(self) -> None:
        """'Sunday, March 8' is one expression: the date decides which Sunday."""
        assert found("The rally on Sunday, March 8, 2015, drew thousands.") == [
            ("Sunday, March 8, 2015", "2015-03-08")
        ]

    def test_no_anchor_no_date(self) -> None:
        """Without a publication date a weekday stays unresolved, never guessed."""
        m = one("The talks ended on Thursday.", anchor=None)
        assert (m.date, m.relative, m.anchor) == (None, True, None)
        assert m.offset is not None
        assert m.offset.weekday == 3
        resolved = m.resolve(FuzzyDate.from_edtf("2020-01-08"))  # a Wednesday
        assert resolved is not None
        assert resolved.edtf == "2020-01-02"


class TestDayWords:
    @pytest.mark.parametrize(
        ("text", "surface", "edtf"),
        [
            ("Yesterday's strike hit a depot.", "Yesterday", "2019-06-11"),
            ("The summit opens today in Riga.", "today", "2019-06-12"),
            ("Leaders arrive tomorrow.", "tomorrow", "2019-06-13"),
            ("A statement is due tonight.", "tonight", "2019-06-12"),
            ("The decree was signed late yesterday.", "late yesterday", "2019-06-11"),
        ],
    )
    def test_day_words(self, text: str, surface: str, edtf: str) -> None:
        m = one(text)
        assert m.text == surface
        assert m.date is not None
        assert m.date.edtf == edtf
        assert m.offset is not None
        assert m.offset.basis is Basis.PUBLICATION

    def test_day_word_without_anchor(self) -> None:
        assert found("It happened yesterday.", anchor=None) == [("yesterday", None)]


class TestCalendarUnits:
    @pytest.mark.parametrize(
        ("text", "surface", "edtf", "earliest", "latest"),
        [
            ("Talks collapsed last week.", "last week", "2019-06-03/2019-06-09", D(2019, 6, 3),
             D(2019, 6, 9)),
            ("Envoys meet again this week.", "this week", "2019-06-10/2019-06-16",
             D(2019, 6, 10), D(2019, 6, 16)),
            ("A vote is expected next week.", "next week", "2019-06-17/2019-06-23",
             D(2019, 6, 17), D(2019, 6, 23)),
            ("Over the past week the line held.", "the past week", "2019-06-03/2019-06-09",
             D(2019, 6, 3), D(2019, 6, 9)),
            ("Prices rose last month.", "last month", "2019-05", D(2019, 5, 1), D(2019, 5, 31)),
            ("Troops left earlier this month.", "earlier this month", "2019-06", D(2019, 6, 1),
             D(2019, 6, 30)),
            ("Elections are due next year.", "next year", "2020", D(2020, 1, 1),
             D(2020, 12, 31)),
            ("Output fell last quarter.", "last quarter", "2019-01/2019-03", D(2019, 1, 1),
             D(2019, 3, 31)),
            ("Output may rise this quarter.", "this quarter", "2019-04/2019-06", D(2019, 4, 1),
             D(2019, 6, 30)),
            ("Crowds gathered over the weekend.", "the weekend", "2019-06-08/2019-06-09",
             D(2019, 6, 8), D(2019, 6, 9)),
        ],
    )  # fmt: skip
    def test_unit(self, text: str, surface: str, edtf: str, earliest: D, latest: D) -> None:
        """'last week' is the Monday-to-Sunday week before the anchor's, and so on."""
        m = one(text)
        assert m.text == surface
        assert m.date is not None
        assert (m.date.edtf, m.date.earliest, m.date.latest) == (edtf, earliest, latest)

    @pytest.mark.parametrize(
        ("text", "surface", "edtf"),
        [
            ("The treaty lapsed last May.", "last May", "2019-05"),
            ("The base closed late last July.", "late last July", "2018-07"),
            ("Troops arrived in January this year.", "January this year", "2019-01"),
            ("It was agreed in March of last year.", "March of last year", "2018-03"),
            ("Exercises resume this spring.", "this spring", "2019-21"),
            ("The offensive stalled last winter.", "last winter", "2018-24"),
            ("A new round opens next autumn.", "next autumn", "2019-23"),
        ],
    )
    def test_months_and_seasons(self, text: str, surface: str, edtf: str) -> None:
        """'last May' is the last May before the anchor's month; 'last winter' the last ended."""
        m = one(text)
        assert m.text == surface
        assert m.date is not None
        assert m.date.edtf == edtf

    @pytest.mark.parametrize(
        ("text", "surface", "edtf", "earliest", "latest"),
        [
            ("Cuts are due by the end of the year.", "the end of the year", "2019~",
             D(2019, 10, 1), D(2019, 12, 31)),
            ("The deal should close by year-end.", "year-end", "2019~", D(2019, 10, 1),
             D(2019, 12, 31)),
            ("Funds run out at the end of the month.", "the end of the month", "2019-06~",
             D(2019, 6, 21), D(2019, 6, 30)),
        ],
    )  # fmt: skip
    def test_parts_of_the_anchor_units(
        self, text: str, surface: str, edtf: str, earliest: D, latest: D
    ) -> None:
        """'the end of the year' narrows the anchor's year as 'the end of 2019' would."""
        m = one(text)
        assert m.text == surface
        assert m.date is not None
        assert (m.date.edtf, m.date.earliest, m.date.latest) == (edtf, earliest, latest)

    def test_the_year_spoken_of(self) -> None:
        """'the year' is the year of the previous date, else the anchor's."""
        assert found("Exports fell in 2017; for the year, they were flat.") == [
            ("2017", "2017"),
            ("the year", "2017"),
        ]
        assert found("Output for the full year rose.") == [("the full year", "2019")]
        assert found("They met in the year 2000 and the year before.", None) == [
            ("2000", "2000"),
            ("the year before", "1999"),
        ]

    def test_a_year_ago(self) -> None:
        assert found("A year ago the port was open.") == [("A year ago", "2018")]

    def test_week_ago_is_a_week(self) -> None:
        """'three weeks ago' names the calendar week, Monday to Sunday."""
        m = one("The convoy left three weeks ago.")
        assert m.date is not None
        assert (m.date.earliest, m.date.latest) == (D(2019, 5, 20), D(2019, 5, 26))


class TestQuarters:
    def test_a_quarterly_report(self) -> None:
        """Quarters without a year are the nearest; 'the quarter' is the one spoken of."""
        text = (
            "Third-quarter profit fell 8% from a year earlier. In the quarter, sales of "
            "trucks rose, and the company expects the fourth quarter to be flat. "
            "The year-ago quarter had a one-time charge."
        )
        assert found(text, AUTUMN) == [
            ("Third-quarter", "2019-07/2019-09"),
            ("a year earlier", "2018-07/2018-09"),
            ("the quarter", "2019-07/2019-09"),
            ("the fourth quarter", "2019-10/2019-12"),
            ("The year-ago quarter", "2018-07/2018-09"),
        ]

    @pytest.mark.parametrize(
        ("text", "surface", "edtf"),
        [
            ("Margins narrowed in this year's second quarter.", "this year's second quarter",
             "2019-04/2019-06"),
            ("Results for the 2017 fourth quarter were restated.", "the 2017 fourth quarter",
             "2017-10/2017-12"),
            ("Margins in the latest quarter slipped.", "the latest quarter", "2019-07/2019-09"),
            ("Orders in the current quarter look weak.", "the current quarter",
             "2019-10/2019-12"),
            ("Revenue in the third quarter of 2016 was flat.", "the third quarter of 2016",
             "2016-07/2016-09"),
        ],
    )  # fmt: skip
    def test_quarter_forms(self, text: str, surface: str, edtf: str) -> None:
        m = one(text, AUTUMN)
        assert m.text == surface
        assert m.date is not None
        assert m.date.edtf == edtf

    def test_period_only_where_quarters_are_reported(self) -> None:
        """'the year-earlier period' is a quarter only after one was named."""
        text = "Fourth-quarter net income rose, compared with the year-earlier period."
        assert found(text, FuzzyDate.from_edtf("2019-01-30")) == [
            ("Fourth-quarter", "2018-10/2018-12"),
            ("the year-earlier period", "2017-10/2017-12"),
        ]
        assert found("The period of reform ended.", AUTUMN) == []


class TestYearlessDates:
    def test_past_tense_looks_back(self) -> None:
        assert found("Talks resumed on Oct. 3 in Minsk.", AUTUMN) == [("Oct. 3", "2019-10-03")]

    def test_future_tense_looks_ahead(self) -> None:
        assert found("The vote will take place on Feb. 20.", AUTUMN) == [("Feb. 20", "2020-02-20")]

    def test_month_after_a_preposition(self) -> None:
        pub = FuzzyDate.from_edtf("2020-01-06")
        assert found("The deal was signed in December.", pub) == [("December", "2019-12")]

    def test_a_date_just_ahead_of_the_anchor(self) -> None:
        """'Jan. 14' in a story of January 6 is this one, even in a past-tense sentence."""
        pub = FuzzyDate.from_edtf("2020-01-06")
        assert found("The court said a ruling was due Jan. 14.", pub) == [("Jan. 14", "2020-01-14")]

    @pytest.mark.parametrize(
        ("text", "surface", "edtf"),
        [
            ("The convoy set off for the early-February talks.", "early-February", "2020-02"),
            ("Officials praised the October ceasefire.", "October", "2019-10"),
            ("Troops withdrew in mid-March.", "mid-March", "2019-03"),
        ],
    )
    def test_month_before_a_noun_or_with_a_qualifier(
        self, text: str, surface: str, edtf: str
    ) -> None:
        """'the October ceasefire' dates the ceasefire; 'early-February' keeps its qualifier."""
        assert found(text, AUTUMN) == [(surface, edtf)]

    def test_month_before_a_name_is_not_a_date(self) -> None:
        """'the April Summit' or 'the May government' name things; no date is read."""
        assert found("Delegates recalled the April Summit and the May government.", AUTUMN) == []

    def test_background_month_does_not_set_the_year(self) -> None:
        """A month of another year told in passing leaves the story's dates near the anchor."""
        text = "He had left for Riga in June 2016. The talks open on Feb. 10 in Vilnius."
        assert found(text, FuzzyDate.from_edtf("2019-02-01")) == [
            ("June 2016", "2016-06"),
            ("Feb. 10", "2019-02-10"),
        ]

    @pytest.mark.parametrize(
        ("text", "surface", "edtf"),
        [
            ("A hearing is set for the week of June 24.", "the week of June 24",
             "2019-06-24/2019-06-30"),
            ("Shops shut in Christmas week.", "Christmas week", "2018-12-24/2018-12-30"),
            ("He was wounded last Sept. 14 near the port.", "last Sept. 14", "2018-09-14"),
        ],
    )  # fmt: skip
    def test_weeks_and_days_named_by_a_day(self, text: str, surface: str, edtf: str) -> None:
        assert found(text) == [(surface, edtf)]

    def test_history_keeps_its_year(self) -> None:
        """A day just after a full date of long ago belongs to that year, not the anchor's."""
        text = "On 4 April 1949 the treaty was signed. On 12 May the blockade ended."
        assert found(text, FuzzyDate.from_edtf("2021-05-01")) == [
            ("4 April 1949", "1949-04-04"),
            ("12 May", "1949-05-12"),
        ]


class TestHolidaysAndSpelledYears:
    @pytest.mark.parametrize(
        ("text", "surface", "edtf"),
        [
            ("Shops closed for Thanksgiving 1998.", "Thanksgiving 1998", "1998-11-26"),
            ("Pilgrims came at Easter 2000.", "Easter 2000", "2000-04-23"),
            ("The ceasefire broke last Thanksgiving.", "last Thanksgiving", "2018-11-22"),
            ("The truce held over Christmas.", "Christmas", "2018-12-25"),
            ("Parades are planned for Victory Day.", "Victory Day", "2019-05-09"),
        ],
    )
    def test_holidays(self, text: str, surface: str, edtf: str) -> None:
        m = one(text)
        assert m.text == surface
        assert m.date is not None
        assert m.date.edtf == edtf

    @pytest.mark.parametrize(
        ("text", "surface", "edtf"),
        [
            ("It began in nineteen eighty-three.", "nineteen eighty-three", "1983"),
            ("It ended in March nineteen seventy-two.", "March nineteen seventy-two",
             "1972-03"),
            ("Elections were held in two thousand and four.", "two thousand and four", "2004"),
            ("During the winter of nineteen eighty-one they met.",
             "the winter of nineteen eighty-one", "1981-24"),
        ],
    )  # fmt: skip
    def test_spelled_years(self, text: str, surface: str, edtf: str) -> None:
        m = one(text, None)
        assert (m.text, m.relative) == (surface, False)
        assert m.date is not None
        assert m.date.edtf == edtf


class TestPresentPastFuture:
    def test_references(self) -> None:
        """'now' is the anchor's day; 'recently' runs up to it; 'the future' from it."""
        ms = find_dates(
            "Now the alliance is wary; it recently moved troops for the future.", anchor=WED
        )
        assert [(m.text, m.offset.reference if m.offset else None) for m in ms] == [
            ("Now", Reference.PRESENT),
            ("recently", Reference.PAST),
            ("the future", Reference.FUTURE),
        ]
        now, recently, future = (m.date for m in ms)
        assert now is not None
        assert now.edtf == "2019-06-12"
        assert recently is not None
        assert (recently.earliest, recently.latest) == (
            OPEN_START,
            D(2019, 6, 12),
        )
        assert future is not None
        assert (future.earliest, future.latest) == (D(2019, 6, 12), OPEN_END)

    def test_capitalised_after_a_quotation_mark(self) -> None:
        """A quotation opens a sentence: its 'Today' is a date, a title's is not."""
        assert found("He said: ``Today we begin.''") == [("Today", "2019-06-12")]
        assert found("This is the VOA Today programme.") == []
        assert found("Speaking on ABC's This Week, he denied it.") == []

    def test_coming_months(self) -> None:
        m = one("Prices may ease in coming months.")
        assert m.date is not None
        assert (m.date.earliest, m.date.latest) == (D(2019, 6, 12), OPEN_END)

    def test_without_anchor(self) -> None:
        """Without a publication date these are matches with no date."""
        assert found("currently, so far, now, today", anchor=None) == [
            ("currently", None),
            ("now", None),
            ("today", None),
        ]


class TestNotNewsDates:
    @pytest.mark.parametrize(
        "text",
        [
            "Police found his 1979 Buick in a garage.",
            "She drove a 1995 Ford to the border.",
            "The Sunday Times reported the leak.",
            "The Current Affairs Committee met.",
            "A quarter of the population fled.",
            "He scored in the second quarter of the match.",
            "Two thousand troops crossed the river.",
            "Nineteen soldiers were wounded.",
            "Divers reached Easter Island.",
            "Nothing is known of Eastern Europe's plans.",
            "There was nowhere to go.",
            "The period of reform was short.",
            "Over the past years the alliance grew.",
            "He spoke of Back to the Future.",
        ],
    )
    def test_look_alikes(self, text: str) -> None:
        """Model years, titles, names, fractions, parts of a game and counts are not dates."""
        assert found(text) == []


class TestSentenceStarts:
    def test_a_year_after_a_capital_a(self) -> None:
        """'A 1996 law' starts a sentence with a date, not a title."""
        assert found("A 1996 law tightened the embargo.", None) == [("1996", "1996")]


class TestRangeParts:
    def test_parts_on_request(self) -> None:
        """A range stays one expression; with parts=True its dates follow it."""
        text = "Talks ran between 1993 and 1996, and again in 2008-09."
        assert found(text, None) == [
            ("between 1993 and 1996", "1993/1996"),
            ("2008-09", "2008/2009"),
        ]
        got = [(m.text, m.date.edtf if m.date else None) for m in find_dates(text, parts=True)]
        assert got == [
            ("between 1993 and 1996", "1993/1996"),
            ("1993", "1993"),
            ("1996", "1996"),
            ("2008-09", "2008/2009"),
            ("2008", "2008"),
            ("09", "2009"),
        ]

    def test_parts_of_open_ranges(self) -> None:
        ms = find_dates("It has grown since March 2014.", parts=True)
        assert [(m.text, m.form) for m in ms] == [
            ("since March 2014", Form.SINCE),
            ("March 2014", Form.DATE),
        ]
        assert ms[1].span == (19, 29)


class TestHeldOut:
    """Written after the rules; not used to tune them."""

    def test_a_wire_story(self) -> None:
        pub = FuzzyDate.from_edtf("2018-03-16")  # a Friday
        text = (
            "KYIV, March 16 -- Ukraine's parliament voted Thursday to extend the law, "
            "a week after protests that began last Saturday spread to three cities. "
            "Lawmakers will return on Tuesday, and a final reading is expected next month."
        )
        got = [x for x in found(text, pub) if x[0] != "a week after"]  # see the next test
        assert got == [
            ("March 16", "2018-03-16"),
            ("Thursday", "2018-03-15"),
            ("last Saturday", "2018-03-10"),
            ("Tuesday", "2018-03-20"),
            ("next month", "2018-04"),
        ]

    @pytest.mark.xfail(
        reason="'a week after <an undated happening>' counts from the previous date of the "
        "text (the dateline), as documented; its true anchor is the happening",
        strict=True,
    )
    def test_a_week_after_a_happening(self) -> None:
        text = "KYIV, March 16 -- a week after protests that began last Saturday"
        got = dict(found(text, FuzzyDate.from_edtf("2018-03-16")))
        assert got.get("a week after") in (None, "2018-03-17")

    def test_an_earnings_note(self) -> None:
        pub = FuzzyDate.from_edtf("2017-04-27")
        text = (
            "First-quarter revenue rose 4% from a year ago, while the second quarter "
            "will bear the cost of the recall. Shares fell yesterday."
        )
        assert found(text, pub) == [
            ("First-quarter", "2017-01/2017-03"),
            ("a year ago", "2016-01/2016-03"),
            ("the second quarter", "2017-04/2017-06"),
            ("yesterday", "2017-04-26"),
        ]

    def test_broadcast_transcript(self) -> None:
        text = "Since nineteen sixty-eight the base has stood empty; tonight it reopens."
        assert found(text, FuzzyDate.from_edtf("2001-09-03")) == [
            ("nineteen sixty-eight", "1968"),
            ("tonight", "2001-09-03"),
        ]

    def test_held_out_look_alikes(self) -> None:
        text = "The Monday Club met; his 1972 Mercedes was sold; a quarter of the votes."
        assert found(text, WED) == []


def test_unit_and_reference_vocabularies() -> None:
    """The new calendar units and references are public vocabularies."""
    assert {u.value for u in Unit} >= {"week", "weekend", "quarter"}
    assert {r.value for r in Reference} == {"present", "past", "future"}


class TestNewsData:
    def test_bundled_file_is_valid(self) -> None:
        """The bundled word lists load and name the seven days, Monday first."""
        from natorussia import dates

        words = dates._news()
        assert words.lists["weekdays"][0] == "Monday"
        assert len(words.lists["weekdays"]) == 7

    def test_malformed_holiday_is_data_error(self) -> None:
        """A holiday rule that gives no day raises DataError naming the file and the entry."""
        from natorussia import dates

        weekdays = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
        bad = {"name": "Nowhere Day", "aliases": ["Nowhere Day"], "month": 2, "day": 30}
        with pytest.raises(DataError, match=r"news_dates\.json: entry 'Nowhere Day'"):
            dates._holiday(0, bad, weekdays)
        with pytest.raises(DataError, match="aliases"):
            dates._holiday(0, {"name": "No aliases", "month": 1, "day": 1}, weekdays)

    def test_malformed_list_is_data_error(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from natorussia import dates

        monkeypatch.setattr(dates, "read_json", lambda name: {"weekdays": ["Monday"]})
        dates._news.cache_clear()
        try:
            with pytest.raises(DataError, match="news_dates"):
                dates._news()
        finally:
            monkeypatch.undo()
            dates._news.cache_clear()
