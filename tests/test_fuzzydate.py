"""FuzzyDate: EDTF parsing, bounds, ordering and helpers."""

from __future__ import annotations

import datetime as dt

import pytest

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
            "0000",
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
        """parse turns one expression into a date and raises DateError without one."""
        d = FuzzyDate.parse("the late 1990s")
        assert (d.edtf, d.earliest, d.latest) == ("199X~", D(1997, 1, 1), D(1999, 12, 31))
        with pytest.raises(natorussia.errors.DateError):
            FuzzyDate.parse("no date here, only 30 countries")

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
            FuzzyDate.parse,
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
