"""FuzzyDate: EDTF parsing, bounds, ordering and helpers."""

from __future__ import annotations

import datetime as dt
import pickle
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import natorussia
from natorussia.fuzzydate import OPEN_END, OPEN_START, FuzzyDate, Precision

D = dt.date


class TestFromEdtf:
    @pytest.mark.parametrize(
        ("edtf", "earliest", "latest", "precision"),
        [
            ("1994-06-22", D(1994, 6, 22), D(1994, 6, 22), Precision.DAY),
            ("2002-05", D(2002, 5, 1), D(2002, 5, 31), Precision.MONTH),
            ("2000-02", D(2000, 2, 1), D(2000, 2, 29), Precision.MONTH),
            ("1999-21", D(1999, 3, 1), D(1999, 5, 31), Precision.SEASON),
            ("1999-22", D(1999, 6, 1), D(1999, 8, 31), Precision.SEASON),
            ("1999-23", D(1999, 9, 1), D(1999, 11, 30), Precision.SEASON),
            ("1999-24", D(1999, 12, 1), D(2000, 2, 29), Precision.SEASON),
            ("1999", D(1999, 1, 1), D(1999, 12, 31), Precision.YEAR),
            ("199X", D(1990, 1, 1), D(1999, 12, 31), Precision.DECADE),
            ("19XX", D(1900, 1, 1), D(1999, 12, 31), Precision.CENTURY),
            ("1948-06/1949-05", D(1948, 6, 1), D(1949, 5, 31), Precision.INTERVAL),
            ("2014/..", D(2014, 1, 1), OPEN_END, Precision.INTERVAL),
            ("../2014", OPEN_START, D(2014, 12, 31), Precision.INTERVAL),
        ],
    )
    def test_bounds(
        self, edtf: str, earliest: dt.date, latest: dt.date, precision: Precision
    ) -> None:
        """Each supported EDTF form gives its inclusive bounds and precision."""
        d = FuzzyDate.from_edtf(edtf)
        assert (d.edtf, d.earliest, d.latest, d.precision) == (edtf, earliest, latest, precision)
        assert not d.approximate
        assert not d.uncertain

    def test_qualifiers(self) -> None:
        """~ marks approximate, ? uncertain, % both, without widening the bounds."""
        a, u, b = (FuzzyDate.from_edtf(s) for s in ("2008~", "2008?", "2008%"))
        assert (a.approximate, a.uncertain) == (True, False)
        assert (u.approximate, u.uncertain) == (False, True)
        assert (b.approximate, b.uncertain) == (True, True)
        assert a.earliest == D(2008, 1, 1)
        assert a.latest == D(2008, 12, 31)

    def test_interval_end_qualifiers(self) -> None:
        """Each end of an interval may be qualified; the interval is then approximate."""
        d = FuzzyDate.from_edtf("1947~/1991~")
        assert d.approximate
        assert d.earliest == D(1947, 1, 1)
        assert d.latest == D(1991, 12, 31)

    @pytest.mark.parametrize(
        "bad",
        [
            "2010-02-30",
            "2010-13",
            "1999-25",
            "1999-21-01",
            "19X9",
            "1999/1990",
            "..",
            "abc",
            "",
            "1999//2000",
        ],
    )
    def test_malformed_raises_date_error(self, bad: str) -> None:
        """Malformed EDTF and impossible dates raise DateError quoting the input."""
        with pytest.raises(natorussia.errors.DateError) as info:
            FuzzyDate.from_edtf(bad)
        assert repr(bad) in str(info.value)

    def test_date_error_is_value_error(self) -> None:
        """DateError can be caught as ValueError."""
        with pytest.raises(ValueError, match="2010-02-30"):
            FuzzyDate.from_edtf("2010-02-30")

    def test_inverted_bounds_rejected(self) -> None:
        """A FuzzyDate whose earliest bound is after its latest cannot be built."""
        with pytest.raises(natorussia.errors.DateError, match="after latest"):
            FuzzyDate("1999", D(1999, 12, 31), D(1999, 1, 1), Precision.YEAR)

    def test_text_kept_but_not_compared(self) -> None:
        """The text argument is kept and ignored by equality."""
        d = FuzzyDate.from_edtf("1999", text="in 1999")
        assert d.text == "in 1999"
        assert d == FuzzyDate.from_edtf("1999")


class TestBehaviour:
    def test_str_is_edtf(self) -> None:
        """str() of a FuzzyDate is its EDTF string."""
        assert str(FuzzyDate.from_edtf("199X~")) == "199X~"

    def test_ordering_by_bounds(self) -> None:
        """Dates sort by (earliest, latest): a year before a day inside it, decades first."""
        days = [FuzzyDate.from_edtf(s) for s in ("1994-06-22", "1994", "199X", "1993-24")]
        assert [d.edtf for d in sorted(days)] == ["199X", "1993-24", "1994", "1994-06-22"]

    @pytest.mark.parametrize(
        "edtf", ["1994-06-22", "Y-170000002", "1985-04-12T23:20:30Z", "1984?/.."]
    )
    def test_pickles(self, edtf: str) -> None:
        """A FuzzyDate pickles to an equal one, text and flags included."""
        d = FuzzyDate.from_edtf(edtf, text="as written")
        again = pickle.loads(pickle.dumps(d))
        assert again == d
        assert (again.text, again.clamped, again.uncertain) == (d.text, d.clamped, d.uncertain)

    def test_from_date(self) -> None:
        """from_date makes a day-precision date."""
        d = FuzzyDate.from_date(D(2022, 2, 24))
        assert (d.edtf, d.precision, d.earliest, d.latest) == (
            "2022-02-24",
            Precision.DAY,
            D(2022, 2, 24),
            D(2022, 2, 24),
        )

    def test_contains_and_overlaps(self) -> None:
        """contains needs the other inside the bounds; overlaps needs one shared day."""
        nineties = FuzzyDate.from_edtf("199X")
        assert nineties.contains(FuzzyDate.from_edtf("1994-06"))
        assert not nineties.contains(FuzzyDate.from_edtf("1999-24"))
        assert nineties.overlaps(FuzzyDate.from_edtf("1999-24"))
        assert not nineties.overlaps(FuzzyDate.from_edtf("2000"))

    def test_parse_one_expression(self) -> None:
        """parse_date turns one expression into a date and raises DateError without one."""
        d = natorussia.parse_date("the late 1990s")
        assert (d.edtf, d.earliest, d.latest) == ("199X~", D(1997, 1, 1), D(1999, 12, 31))
        with pytest.raises(natorussia.errors.DateError):
            natorussia.parse_date("no date here, only 30 countries")

    def test_fuzzydate_module_does_not_import_the_date_finder(self) -> None:
        """The EDTF model sits below the date finder: importing it alone leaves dates unloaded."""
        import subprocess
        import sys

        code = "import natorussia.fuzzydate, sys; print('natorussia.dates' in sys.modules)"
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert out.stdout.strip() == "False", out.stderr

    def test_precision_values(self) -> None:
        """Precision values are exactly the documented words."""
        assert [p.value for p in Precision] == [
            "day", "month", "season", "year", "decade", "century", "interval"
        ]  # fmt: skip


class TestAgainstEdtfPackage:
    @pytest.mark.parametrize(
        "edtf",
        [
            "1994-06-22",
            "2002-05",
            "1999-21",
            "1999",
            "199X",
            "19XX",
            "2008~",
            "2008?",
            "1948-06/1949-05",
            "2014/..",
            "../2014",
            "1947~/1991~",
            "1987~/1991",
            "1990/2009",
            "2021-07/2021-09",
            "1999-21/2000-22",
            "2013-01~",
            "2002~/2006~",
        ],
    )
    def test_edtf_package_accepts_our_strings(self, edtf: str) -> None:
        """Every form we emit is valid EDTF according to the independent edtf package."""
        edtf_pkg = pytest.importorskip("edtf")
        assert edtf_pkg.parse_edtf(edtf) is not None


class TestMethodExamples:
    @pytest.mark.parametrize(
        "method",
        [
            FuzzyDate.from_edtf,
            FuzzyDate.from_date,
            FuzzyDate.contains,
            FuzzyDate.overlaps,
        ],
        ids=lambda f: f.__name__,
    )
    def test_docstring_examples_run(self, method: object) -> None:
        """The >>> examples of FuzzyDate's methods pass (doctest skips re-homed classes' methods)."""
        import doctest

        from natorussia import fuzzydate

        finder = doctest.DocTestFinder()
        tests = finder.find(
            method, name=getattr(method, "__qualname__", "x"), globs=dict(vars(fuzzydate))
        )
        assert tests
        assert tests[0].examples
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        for test in tests:
            runner.run(test)
        assert runner.summarize(verbose=False).failed == 0


MIN, MAX = dt.date.min, dt.date.max
Y, M, S, DAY = Precision.YEAR, Precision.MONTH, Precision.SEASON, Precision.DAY
IV = Precision.INTERVAL

# The examples of the Library of Congress EDTF specification (2019), levels 0
# and 1, with the bounds and flags worked out by hand:
# (edtf, earliest, latest, precision, approximate, uncertain, clamped)
LEVEL_0 = [
    # Date
    ("1985-04-12", D(1985, 4, 12), D(1985, 4, 12), DAY, False, False, False),
    ("1985-04", D(1985, 4, 1), D(1985, 4, 30), M, False, False, False),
    ("1985", D(1985, 1, 1), D(1985, 12, 31), Y, False, False, False),
    # Date and time: local, UTC, shift in hours, shift in hours and minutes
    ("1985-04-12T23:20:30", D(1985, 4, 12), D(1985, 4, 12), DAY, False, False, False),
    ("1985-04-12T23:20:30Z", D(1985, 4, 12), D(1985, 4, 12), DAY, False, False, False),
    ("1985-04-12T23:20:30-04", D(1985, 4, 12), D(1985, 4, 12), DAY, False, False, False),
    ("1985-04-12T23:20:30+04:30", D(1985, 4, 12), D(1985, 4, 12), DAY, False, False, False),
    # Time interval
    ("1964/2008", D(1964, 1, 1), D(2008, 12, 31), IV, False, False, False),
    ("2004-06/2006-08", D(2004, 6, 1), D(2006, 8, 31), IV, False, False, False),
    ("2004-02-01/2005-02-08", D(2004, 2, 1), D(2005, 2, 8), IV, False, False, False),
    ("2004-02-01/2005-02", D(2004, 2, 1), D(2005, 2, 28), IV, False, False, False),
    ("2004-02-01/2005", D(2004, 2, 1), D(2005, 12, 31), IV, False, False, False),
    ("2005/2006-02", D(2005, 1, 1), D(2006, 2, 28), IV, False, False, False),
]
LEVEL_1 = [
    # Letter-prefixed calendar year: beyond datetime.date, so clamped
    ("Y170000002", MAX, MAX, Y, False, False, True),
    ("Y-170000002", MIN, MIN, Y, False, False, True),
    # Seasons
    ("2001-21", D(2001, 3, 1), D(2001, 5, 31), S, False, False, False),
    # Qualification of a date (complete)
    ("1984?", D(1984, 1, 1), D(1984, 12, 31), Y, False, True, False),
    ("2004-06~", D(2004, 6, 1), D(2004, 6, 30), M, True, False, False),
    ("2004-06-11%", D(2004, 6, 11), D(2004, 6, 11), DAY, True, True, False),
    # Unspecified digit(s) from the right
    ("201X", D(2010, 1, 1), D(2019, 12, 31), Precision.DECADE, False, False, False),
    ("20XX", D(2000, 1, 1), D(2099, 12, 31), Precision.CENTURY, False, False, False),
    ("2004-XX", D(2004, 1, 1), D(2004, 12, 31), Y, False, False, False),
    ("1985-04-XX", D(1985, 4, 1), D(1985, 4, 30), M, False, False, False),
    ("1985-XX-XX", D(1985, 1, 1), D(1985, 12, 31), Y, False, False, False),
    # Extended interval: open end, open start, unknown end, unknown start
    ("1985-04-12/..", D(1985, 4, 12), OPEN_END, IV, False, False, False),
    ("1985-04/..", D(1985, 4, 1), OPEN_END, IV, False, False, False),
    ("1985/..", D(1985, 1, 1), OPEN_END, IV, False, False, False),
    ("../1985-04-12", OPEN_START, D(1985, 4, 12), IV, False, False, False),
    ("../1985-04", OPEN_START, D(1985, 4, 30), IV, False, False, False),
    ("../1985", OPEN_START, D(1985, 12, 31), IV, False, False, False),
    ("1985-04-12/", D(1985, 4, 12), OPEN_END, IV, False, False, False),
    ("1985-04/", D(1985, 4, 1), OPEN_END, IV, False, False, False),
    ("1985/", D(1985, 1, 1), OPEN_END, IV, False, False, False),
    ("/1985-04-12", OPEN_START, D(1985, 4, 12), IV, False, False, False),
    ("/1985-04", OPEN_START, D(1985, 4, 30), IV, False, False, False),
    ("/1985", OPEN_START, D(1985, 12, 31), IV, False, False, False),
    # Extended interval: a qualifier at the end of either date
    ("1984~/2004-06", D(1984, 1, 1), D(2004, 6, 30), IV, True, False, False),
    ("1984/2004-06~", D(1984, 1, 1), D(2004, 6, 30), IV, True, False, False),
    ("1984?/2004%", D(1984, 1, 1), D(2004, 12, 31), IV, True, True, False),
    ("1984-06-02?/2004-08-08~", D(1984, 6, 2), D(2004, 8, 8), IV, True, True, False),
    ("1984-06-02?/", D(1984, 6, 2), OPEN_END, IV, False, True, False),
    # Negative calendar year
    ("-1985", MIN, MIN, Y, False, False, True),
]


def _check(edtf: str, expected: tuple[object, ...]) -> None:
    d = FuzzyDate.from_edtf(edtf)
    got = (d.edtf, d.earliest, d.latest, d.precision, d.approximate, d.uncertain, d.clamped)
    assert got == expected
    assert str(d) == edtf
    assert FuzzyDate.from_edtf(d.edtf) == d


class TestSpecificationExamples:
    @pytest.mark.parametrize("row", LEVEL_0, ids=lambda r: r[0])
    def test_level_0(self, row: tuple[object, ...]) -> None:
        """Each level-0 example of the specification parses to its bounds and round-trips."""
        _check(str(row[0]), row)

    @pytest.mark.parametrize("row", LEVEL_1, ids=lambda r: r[0])
    def test_level_1(self, row: tuple[object, ...]) -> None:
        """Each level-1 example of the specification parses to its bounds and round-trips."""
        _check(str(row[0]), row)

    @pytest.mark.parametrize(
        "edtf",
        # the edtf package (5.0) raises TypeError on '..' ends, so those are left out
        [str(row[0]) for row in LEVEL_0 + LEVEL_1 if ".." not in str(row[0])],
    )
    def test_edtf_package_accepts_the_examples(self, edtf: str) -> None:
        """The independent edtf package reads the examples too."""
        edtf_pkg = pytest.importorskip("edtf")
        assert edtf_pkg.parse_edtf(edtf) is not None


class TestMoreForms:
    @pytest.mark.parametrize(
        "row",
        [
            # held-out combinations of the features above, bounds by hand
            ("2000-02-XX", D(2000, 2, 1), D(2000, 2, 29), M, False, False, False),
            ("1900-02-XX", D(1900, 2, 1), D(1900, 2, 28), M, False, False, False),
            ("2004-XX~", D(2004, 1, 1), D(2004, 12, 31), Y, True, False, False),
            ("1985-04-XX?", D(1985, 4, 1), D(1985, 4, 30), M, False, True, False),
            ("2023-11-30T00:00:00+14", D(2023, 11, 30), D(2023, 11, 30), DAY, False, False, False),
            ("2024-02-29T12:00:00-09:30", D(2024, 2, 29), D(2024, 2, 29), DAY, False, False, False),
            ("2001-24/..", D(2001, 12, 1), OPEN_END, IV, False, False, False),
            ("../2003-24", OPEN_START, D(2004, 2, 29), IV, False, False, False),
            ("196X/198X", D(1960, 1, 1), D(1989, 12, 31), IV, False, False, False),
            ("2004-XX/2005-06-XX", D(2004, 1, 1), D(2005, 6, 30), IV, False, False, False),
        ],
        ids=lambda r: r[0],
    )
    def test_combinations(self, row: tuple[object, ...]) -> None:
        """Qualifiers, unspecified digits, shifts and open ends combine as they do alone."""
        _check(str(row[0]), row)


class TestBeyondDatetimeRange:
    @pytest.mark.parametrize(
        "row",
        [
            ("0000", MIN, MIN, Y, False, False, True),
            ("-0985", MIN, MIN, Y, False, False, True),
            ("-0985~", MIN, MIN, Y, True, False, True),
            ("-0044-03-15", MIN, MIN, DAY, False, False, True),
            ("-0001-24", MIN, MIN, S, False, False, True),
            ("00XX", MIN, D(99, 12, 31), Precision.CENTURY, False, False, True),
            ("-198X", MIN, MIN, Precision.DECADE, False, False, True),
            ("9999-24", D(9999, 12, 1), MAX, S, False, False, True),
            ("Y10000", MAX, MAX, Y, False, False, True),
            ("Y-10000~", MIN, MIN, Y, True, False, True),
            ("Y-170000002/-0985", MIN, MIN, IV, False, False, True),
            ("-0500/1500", MIN, D(1500, 12, 31), IV, False, False, True),
            ("1500/Y20000", D(1500, 1, 1), MAX, IV, False, False, True),
            ("Y10000/..", MAX, OPEN_END, IV, False, False, True),
            ("0001", D(1, 1, 1), D(1, 12, 31), Y, False, False, False),
            ("9999", D(9999, 1, 1), D(9999, 12, 31), Y, False, False, False),
            ("../0001", OPEN_START, D(1, 12, 31), IV, False, False, False),
        ],
        ids=lambda r: r[0],
    )
    def test_clamped_and_flagged(self, row: tuple[object, ...]) -> None:
        """Bounds outside datetime.date's years are clamped and flagged; edtf keeps the value."""
        _check(str(row[0]), row)

    @pytest.mark.parametrize("reversed_", ["-0985/Y-170000002", "-0999/-1000", "Y20000/Y10000"])
    def test_order_checked_on_exact_years(self, reversed_: str) -> None:
        """A reversed interval is refused even when both ends clamp to the same day."""
        with pytest.raises(natorussia.errors.DateError, match="ends before it starts"):
            FuzzyDate.from_edtf(reversed_)

    def test_huge_year_is_an_error_not_a_crash(self) -> None:
        """A 'Y' year longer than int() reads is a DateError whose message stays short."""
        huge = "Y" + "7" * 5000
        with pytest.raises(natorussia.errors.DateError, match="too many digits") as info:
            FuzzyDate.from_edtf(huge)
        assert info.value.text == huge
        assert len(str(info.value)) < 300


NOT_EDTF = [
    "١٩٨٥",  # Arabic-Indic digits
    "２０２０",  # fullwidth digits
    "1985-04-1２",
    "2010-02-30",
    "1985-02-29",
    "1900-02-29",
    "2010-13",
    "1985-00",
    "1985-04-00",
    "1985-04-32",
    "1999-25",  # a level-2 sub-year grouping
    "2001-21-03",
    "1999/1990",
    "2000/1999-06",
    "-0000",
    "Y1985",  # 'Y' only for five digits or more
    "Y017000",
    "y170000002",
    "1985-XX-12",  # level 2
    "1XXX",
    "XXXX",
    "19X5",
    "156X-12-25",
    "1984-1X",
    "?2004-06-11",
    "2004-06~-11",
    "[1667,1668]",
    "{1960,1961-12}",
    "1950S2",
    "Y-17E7",
    "1985~~",
    "1985-04-12T24:00:00",
    "1985-04-12T23:60:00",
    "1985-04-12T23:59:60",
    "1985-04-12T23:20",
    "1985-04-12T23:20:30.5",
    "1985-04-12T23:20:30+15:00",
    "1985-04-12T23:20:30+04:60",
    "1985-04-12T23:20:30-00:00",
    "1985-04-12T23:20:30~",
    "1985-04-12t23:20:30",
    "1985-04-12T23:20:30z",
    "1985-04T23:20:30",
    "1985-04-12T23:20:30/1986",
    "1985-04-12T23:20:30Z/..",
    "../..",
    "/",
    "1985 / 1986",
    "1985-4-12",
    "85",
    "+1985",
]


class TestNotEdtf:
    @pytest.mark.parametrize("bad", NOT_EDTF)
    def test_raises_date_error_quoting_input(self, bad: str) -> None:
        """Anything that is not EDTF of levels 0-1 raises DateError quoting the input."""
        with pytest.raises(natorussia.errors.DateError) as info:
            FuzzyDate.from_edtf(bad)
        assert repr(bad) in str(info.value)
        assert info.value.text == bad

    def test_non_ascii_digits_named(self) -> None:
        """Non-ASCII digits are refused with a message that says EDTF is ASCII."""
        with pytest.raises(natorussia.errors.DateError, match="ASCII"):
            FuzzyDate.from_edtf("١٩٨٥")


class TestWrongTypes:
    @pytest.mark.parametrize("value", [1999, None, b"1999", D(1999, 1, 1)])
    def test_from_edtf(self, value: object) -> None:
        """from_edtf of a non-string is a TypeError that says a string is wanted."""
        with pytest.raises(TypeError, match="takes an EDTF string") as info:
            FuzzyDate.from_edtf(value)  # type: ignore[arg-type]
        assert type(value).__name__ in str(info.value)

    @pytest.mark.parametrize("value", ["2022-02-24", 2022, dt.datetime(2022, 2, 24, 5, 0)])
    def test_from_date(self, value: object) -> None:
        """from_date takes a datetime.date only (not a string, nor a datetime)."""
        with pytest.raises(TypeError, match=r"takes a datetime\.date"):
            FuzzyDate.from_date(value)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"edtf": 1999}, "edtf"),
            ({"earliest": "1999-01-01"}, "earliest"),
            ({"latest": dt.datetime(1999, 12, 31)}, "latest"),
            ({"precision": "year"}, "precision"),
            ({"text": 5}, "text"),
            ({"approximate": 1}, "approximate"),
            ({"clamped": "no"}, "clamped"),
        ],
    )
    def test_constructor(self, kwargs: dict[str, object], field: str) -> None:
        """The constructor names the field whose value has the wrong type."""
        args: dict[str, object] = {
            "edtf": "1999",
            "earliest": D(1999, 1, 1),
            "latest": D(1999, 12, 31),
            "precision": Precision.YEAR,
        }
        args.update(kwargs)
        with pytest.raises(TypeError, match=f"FuzzyDate {field} must be"):
            FuzzyDate(**args)  # type: ignore[arg-type]

    def test_parse_contains_overlaps_compare(self) -> None:
        """parse_date, contains, overlaps and ordering refuse other types with a TypeError."""
        d = FuzzyDate.from_edtf("1999")
        with pytest.raises(TypeError, match="takes a string"):
            natorussia.parse_date(None)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="anchor must be a FuzzyDate"):
            natorussia.parse_date("two years later", anchor="1999")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="takes a FuzzyDate"):
            d.contains("1999")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="takes a FuzzyDate"):
            d.overlaps(D(1999, 1, 1))  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="not supported"):
            d < "2000"  # type: ignore[operator]  # noqa: B015


# ------------------------------------------------------------------ properties
#
# The strategies below write EDTF strings of every level-0 and level-1 form
# together with the exact bounds they mean, worked out from the parts drawn
# (not by the parser under test), over the years -9999..9999 and beyond.

Day = tuple[int, int, int]

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class Written(NamedTuple):
    edtf: str
    first: Day
    last: Day
    precision: Precision
    approximate: bool
    uncertain: bool
    oracle: bool  # the edtf package reads this date alone with these same bounds


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_days(year: int, month: int) -> int:
    return [31, 29 if _leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]


def _year(year: int) -> str:
    return f"{year:04d}" if year >= 0 else f"-{-year:04d}"


def _as_date(day: Day) -> dt.date:
    if day[0] < 1:
        return dt.date.min
    if day[0] > 9999:
        return dt.date.max
    return dt.date(*day)


def _outside(day: Day) -> bool:
    return not 1 <= day[0] <= 9999


YEARS = st.one_of(st.integers(1000, 2999), st.integers(-9999, 9999))
QUALIFIERS = st.sampled_from(["", "~", "?", "%"])


@st.composite
def written_dates(draw: st.DrawFn) -> Written:
    """One date (no interval, no time) of any level-0/1 form, qualified or not."""
    form = draw(
        st.sampled_from(
            ["day", "month", "season", "year", "decade", "century", "xx", "day-xx", "xx-xx", "long"]
        )
    )
    year = draw(YEARS)
    month = draw(st.integers(1, 12))
    q = draw(QUALIFIERS)
    oracle = True
    if form == "day":
        day = draw(st.integers(1, _month_days(year, month)))
        s, first, last, p = f"{_year(year)}-{month:02d}-{day:02d}", (year, month, day), (year, month, day), DAY  # fmt: skip
    elif form == "month":
        s, first, last, p = f"{_year(year)}-{month:02d}", (year, month, 1), (year, month, _month_days(year, month)), M  # fmt: skip
    elif form == "day-xx":
        s, first, last, p = f"{_year(year)}-{month:02d}-XX", (year, month, 1), (year, month, _month_days(year, month)), M  # fmt: skip
        oracle = year >= 0  # as for '-0001-XX' below
    elif form == "season":
        code = draw(st.integers(21, 24))
        start, end_year, end = {21: (3, year, 5), 22: (6, year, 8), 23: (9, year, 11), 24: (12, year + 1, 2)}[code]  # fmt: skip
        s, first, last, p = f"{_year(year)}-{code}", (year, start, 1), (end_year, end, _month_days(end_year, end)), S  # fmt: skip
        # the package rejects a qualified season and ends winter in December
        oracle = not q and code != 24
    elif form in ("year", "xx", "xx-xx"):
        tail = {"year": "", "xx": "-XX", "xx-xx": "-XX-XX"}[form]
        s, first, last, p = f"{_year(year)}{tail}", (year, 1, 1), (year, 12, 31), Y
        oracle = year >= 0 or not tail  # the package reverses '-0001-XX' to December..January
    elif form in ("decade", "century"):
        width = 1 if form == "decade" else 2
        known = draw(st.integers(0, 10 ** (4 - width) - 1))
        low, high = known * 10**width, known * 10**width + 10**width - 1
        negative = draw(st.booleans())
        if negative:
            low, high = -high, -low
        s = f"{'-' if negative else ''}{known:0{4 - width}d}{'X' * width}"
        first, last = (low, 1, 1), (high, 12, 31)
        p = Precision.DECADE if form == "decade" else Precision.CENTURY
    else:
        long_year = draw(st.integers(10_000, 10**12)) * draw(st.sampled_from([1, -1]))
        s, first, last, p = f"Y{long_year}", (long_year, 1, 1), (long_year, 12, 31), Y
        oracle = not q  # the package rejects a qualified 'Y' year
    return Written(s + q, first, last, p, q in ("~", "%"), q in ("?", "%"), oracle)


@st.composite
def written_datetimes(draw: st.DrawFn) -> Written:
    """A complete date and time, local, UTC or shifted by at most 14 hours."""
    year, month = draw(YEARS), draw(st.integers(1, 12))
    day = draw(st.integers(1, _month_days(year, month)))
    clock = f"{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}:{draw(st.integers(0, 59)):02d}"  # fmt: skip
    kind = draw(st.sampled_from(["local", "Z", "hours", "hours:minutes"]))
    minutes = draw(st.integers(-14, 14)) * 60 if kind == "hours" else draw(st.integers(-840, 840))
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    shift = {
        "local": "",
        "Z": "Z",
        "hours": f"{sign}{hours:02d}",
        "hours:minutes": f"{sign}{hours:02d}:{rest:02d}",
    }[kind]
    # the package follows the 2012 draft: zero is written only Z, and 14 hours only 14:00
    oracle = minutes != 0 or kind in ("local", "Z")
    oracle = oracle and shift[1:] != "14"
    s = f"{_year(year)}-{month:02d}-{day:02d}T{clock}{shift}"
    return Written(s, (year, month, day), (year, month, day), DAY, False, False, oracle)


@st.composite
def written_intervals(draw: st.DrawFn) -> tuple[str, Written | None, Written | None]:
    """An interval of two dates in order, or with an open ('..') or unknown ('') end."""
    a, b = sorted([draw(written_dates()), draw(written_dates())], key=lambda w: w.first)
    shape = draw(st.sampled_from(["closed", "open end", "open start", "unknown end", "unknown start"]))  # fmt: skip
    if shape == "closed":
        return f"{a.edtf}/{b.edtf}", a, b
    if shape in ("open end", "unknown end"):
        return f"{a.edtf}/{'..' if shape == 'open end' else ''}", a, None
    return f"{'..' if shape == 'open start' else ''}/{b.edtf}", None, b


def _package_bounds(edtf: str) -> tuple[Day, Day]:
    edtf_pkg = pytest.importorskip("edtf")
    parsed = edtf_pkg.parse_edtf(edtf)
    low, high = parsed.lower_strict(), parsed.upper_strict()
    return (low.tm_year, low.tm_mon, low.tm_mday), (high.tm_year, high.tm_mon, high.tm_mday)


class TestProperties:
    @FAST
    @given(st.one_of(written_dates(), written_datetimes()))
    def test_dates_round_trip_with_their_bounds(self, w: Written) -> None:
        """Every date form parses to the bounds its parts mean, flags them, and round-trips."""
        d = FuzzyDate.from_edtf(w.edtf)
        assert str(d) == w.edtf
        assert (d.earliest, d.latest) == (_as_date(w.first), _as_date(w.last))
        assert (d.precision, d.approximate, d.uncertain) == (w.precision, w.approximate, w.uncertain)  # fmt: skip
        assert d.clamped == (_outside(w.first) or _outside(w.last))
        assert FuzzyDate.from_edtf(d.edtf) == d

    @FAST
    @given(written_intervals())
    def test_intervals_round_trip_with_their_bounds(
        self, drawn: tuple[str, Written | None, Written | None]
    ) -> None:
        """Intervals, closed or with an open or unknown end, keep their ends' bounds and flags."""
        s, start, end = drawn
        d = FuzzyDate.from_edtf(s)
        assert str(d) == s
        assert d.precision is Precision.INTERVAL
        assert d.earliest == (OPEN_START if start is None else _as_date(start.first))
        assert d.latest == (OPEN_END if end is None else _as_date(end.last))
        ends = [w for w in (start, end) if w is not None]
        assert d.approximate == any(w.approximate for w in ends)
        assert d.uncertain == any(w.uncertain for w in ends)
        # only the bounds the interval uses can be clamped: its start's first day, its end's last
        used = ([start.first] if start else []) + ([end.last] if end else [])
        assert d.clamped == any(_outside(day) for day in used)
        assert FuzzyDate.from_edtf(d.edtf) == d
        if start is not None and end is not None and end.last < start.first:
            pytest.fail("the strategy wrote a reversed interval")

    @FAST
    @given(st.one_of(written_dates(), written_datetimes()))
    def test_edtf_package_agrees(self, w: Written) -> None:
        """The independent edtf package reads each date to the same exact (unclamped) bounds."""
        if w.oracle:
            assert _package_bounds(w.edtf) == (w.first, w.last)

    @FAST
    @given(written_intervals())
    def test_edtf_package_reads_closed_intervals(
        self, drawn: tuple[str, Written | None, Written | None]
    ) -> None:
        """Closed intervals of dates the package reads are EDTF to the package as well."""
        s, start, end = drawn
        # The package reads 'Y' years and unspecified digits alone, not as interval
        # ends (the specification shows the latter only at level 2).
        if start and end and start.oracle and end.oracle and "Y" not in s and "X" not in s:
            assert _package_bounds(s) == (start.first, end.last)

    @FAST
    @given(written_dates(), st.data())
    def test_non_ascii_digit_is_refused(self, w: Written, data: st.DataObject) -> None:
        """Swapping any one digit for the same digit of another script makes it not EDTF."""
        positions = [i for i, c in enumerate(w.edtf) if c.isdigit()]
        i = data.draw(st.sampled_from(positions))
        script_zero = data.draw(st.sampled_from([0x660, 0x6F0, 0x966, 0xFF10, 0x1D7CE]))
        bad = w.edtf[:i] + chr(script_zero + int(w.edtf[i])) + w.edtf[i + 1 :]
        with pytest.raises(natorussia.errors.DateError):
            FuzzyDate.from_edtf(bad)

    @FAST
    @given(st.one_of(st.text(), st.text(alphabet="0123456789-X/.?~%YTZ:+ ", max_size=30)))
    def test_any_text_parses_or_raises_date_error(self, s: str) -> None:
        """Any string either parses to well-formed ASCII EDTF that round-trips, or raises DateError."""
        try:
            d = FuzzyDate.from_edtf(s)
        except natorussia.errors.DateError as e:
            refused: natorussia.errors.DateError | None = e
        else:
            refused = None
            assert d.edtf.isascii()
            assert d.earliest <= d.latest
            assert FuzzyDate.from_edtf(d.edtf) == d
        assert refused is None or refused.text == s
