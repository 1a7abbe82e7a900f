"""Properties of find_dates and FuzzyDate on generated input (Hypothesis)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from natorussia.dates import find_dates
from natorussia.fuzzydate import FuzzyDate

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FRAGMENTS = [
    "April 4, 1949", "4 April", "Sept. 11", "2001", "1999", "the 1990s", "mid-", "early", "late",
    "the end of", "the second half of", "the", "18th century", "21st Century", "spring of", "winter",
    "from", "to", "until", "since", "between", "and", "two years later", "a month earlier", "ago",
    "over 30 years", "the following year", "in the same year", "around", "circa", "c.", "about",
    "the Cold War", "détente", "World War II", "-", "–", "/", ".", ",", " ", "(", ")", "%", "no.",
    "Issue", "+7", "0000-0003-1364-4094", "https://x.org/2014/", "February 30, 2010", "25.06.2024",
    "2021-11-12", "9999", "0001", "1000", "2100", "January 15", "ten years after", "NATO Forces",
    "5-7 years ago", "Two-and-a-half years later", "since 9999", "from 2100 to 1000", "\n", "’90s",
]  # fmt: skip

datey_text = st.lists(st.sampled_from(FRAGMENTS), max_size=25).map(" ".join)
glued_text = st.lists(st.sampled_from(FRAGMENTS), max_size=25).map("".join)
anchors = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)).map(FuzzyDate.from_date),
)


class TestFindDatesNeverFails:
    @FAST
    @given(st.text(), anchors)
    def test_arbitrary_unicode(self, text: str, anchor: FuzzyDate | None) -> None:
        """find_dates never raises on arbitrary text, with or without an anchor."""
        for m in find_dates(text, anchor=anchor):
            assert text[m.span[0] : m.span[1]] == m.text

    @FAST
    @given(st.one_of(datey_text, glued_text), anchors)
    def test_date_fragments(self, text: str, anchor: FuzzyDate | None) -> None:
        """On texts built from date-like fragments every match is well formed."""
        matches = find_dates(text, anchor=anchor)
        previous_end = 0
        for m in matches:
            assert text[m.span[0] : m.span[1]] == m.text
            assert m.span[0] >= previous_end, "matches overlap"
            previous_end = m.span[1]
            if m.date is not None:
                assert m.date.earliest <= m.date.latest
                again = FuzzyDate.from_edtf(m.date.edtf)
                assert again.edtf == m.date.edtf
            else:
                assert m.relative


DAYS = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31))


@st.composite
def edtf_strings(draw: st.DrawFn) -> str:
    day = draw(DAYS)
    form = draw(st.sampled_from(["day", "month", "season", "year", "decade", "century"]))
    s = {
        "day": day.isoformat(),
        "month": f"{day.year:04d}-{day.month:02d}",
        "season": f"{day.year:04d}-{draw(st.integers(21, 24))}",
        "year": f"{day.year:04d}",
        "decade": f"{day.year // 10:03d}X",
        "century": f"{day.year // 100:02d}XX",
    }[form]
    return s + draw(st.sampled_from(["", "~", "?", "%"]))


@st.composite
def interval_strings(draw: st.DrawFn) -> str:
    a, b = sorted(
        [draw(edtf_strings()), draw(edtf_strings())], key=lambda s: FuzzyDate.from_edtf(s).earliest
    )
    shape = draw(st.sampled_from(["closed", "open_end", "open_start"]))
    if shape == "open_end":
        return f"{a}/.."
    if shape == "open_start":
        return f"../{b}"
    return f"{a}/{b}"


class TestFuzzyDateProperties:
    @FAST
    @given(st.one_of(edtf_strings(), interval_strings()))
    def test_round_trip(self, s: str) -> None:
        """Parsing an EDTF string and printing it gives it back, with the same bounds."""
        d = FuzzyDate.from_edtf(s)
        assert str(d) == s
        assert d.earliest <= d.latest
        again = FuzzyDate.from_edtf(d.edtf)
        assert again == d

    @FAST
    @given(DAYS)
    def test_from_date_round_trip(self, day: dt.date) -> None:
        """A day-precision FuzzyDate round-trips through its EDTF."""
        d = FuzzyDate.from_date(day)
        assert FuzzyDate.from_edtf(d.edtf) == d

    @FAST
    @given(
        st.dates(dt.date(1000, 1, 1), dt.date(2100, 12, 31)),
        st.sampled_from(["day", "month", "year"]),
    )
    def test_written_dates_are_found(self, day: dt.date, form: str) -> None:
        """A date written in words is found with bounds that contain the day."""
        month = day.strftime("%B")
        text = {
            "day": f"It happened on {month} {day.day}, {day.year}.",
            "month": f"It happened in {month} {day.year}.",
            "year": f"It happened in {day.year}.",
        }[form]
        (m,) = find_dates(text)
        assert m.date is not None
        assert m.date.earliest <= day <= m.date.latest


class TestWindowsMissNothing:
    @FAST
    @given(st.one_of(datey_text, glued_text))
    def test_same_as_scanning_everything(self, text: str) -> None:
        """Scanning only around triggers finds exactly what scanning the whole text finds."""
        from natorussia import dates

        windowed = [(m.span, m.date) for m in find_dates(text)]
        original = dates._windows
        try:
            dates._windows = lambda t: iter([(0, len(t))])  # type: ignore[assignment]
            everything = [(m.span, m.date) for m in find_dates(text)]
        finally:
            dates._windows = original
        assert windowed == everything
