"""Fuzzing: whatever the input, natorussia answers or raises one of its documented errors.

A fast profile runs in CI; ``NATORUSSIA_FUZZ=long python -m pytest tests/test_fuzz.py``
runs the same properties on many more examples.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import natorussia as nr
from natorussia import readers

settings.register_profile(
    "natorussia-ci",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "natorussia-long",
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
PROFILE = settings.get_profile(
    "natorussia-long" if os.environ.get("NATORUSSIA_FUZZ") == "long" else "natorussia-ci"
)

# Pieces that make extraction work hard: dates of every shape, names, titles,
# brackets, note marks, headings, chrome-like lines, odd spaces and scripts.
PIECES = st.sampled_from(
    [
        "NATO",
        "the Alliance",
        "Russia",
        "President Putin",
        "Mr. Lavrov",
        "Jens Stoltenberg said",
        "the NATO-Russia Council (NRC)",
        "in 1997",
        "on 27 May 1997",
        "Sept. 11, 2001",
        "Brussels,Sept. 11, 2001",
        "two years later",
        "last Wednesday",
        "the late 1990s",
        "since 2014",
        "1949–2019",
        "(",
        ")",
        "[1]",
        "1.",
        "By Jane Roe",
        "Share this",
        "# Heading",
        "---",
        "**bold**",
        "> quote",
        "\n",
        "\n\n",
        " ",
        ", ",
        ". ",
        "\u00a0",
        "\u200b",
        "Россия",
        "١٩٨٥",
        "İ",
        "ß",
        "http://example.org/a?b=1",
        "February 30, 2010",
        "Q3",
        "'98",
    ]
)
TEXTS = st.one_of(
    st.lists(PIECES, max_size=60).map("".join),
    st.text(max_size=400),
)


def _check_document(doc: nr.Document) -> None:
    text = doc.text
    for mention in doc.mentions:
        start, end = mention.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == mention.surface
    for event in doc.events:
        start, end = event.span
        assert 0 <= start <= event.date_span[0] < event.date_span[1] <= end <= len(text)
        assert event.sentence == text[start:end]
        assert event.date.earliest <= event.date.latest
        assert event.date.edtf.isascii()
    for start, end in doc.paragraph_spans:
        assert 0 <= start <= end <= len(text)


@PROFILE
@given(TEXTS)
def test_extract_answers_or_raises_a_natorussia_error(text: str) -> None:
    try:
        doc = nr.extract(text, id="fuzz")
    except nr.Error:
        return
    _check_document(doc)


@PROFILE
@given(TEXTS)
def test_find_dates_spans_slice_the_text_to_their_surface(text: str) -> None:
    for match in nr.find_dates(text):
        start, end = match.span
        assert text[start:end] == match.text
        if match.date is not None:
            assert match.date.earliest <= match.date.latest
            assert nr.FuzzyDate.from_edtf(match.date.edtf).edtf == match.date.edtf


@PROFILE
@given(
    st.sampled_from(["a.txt", "b.md", "c.html", "d.htm", "e.pdf", "f.TXT"]),
    st.one_of(st.binary(max_size=300), TEXTS.map(lambda t: t.encode("utf-8"))),
)
def test_readers_read_any_bytes_or_raise_a_load_error(name: str, data: bytes) -> None:
    try:
        source = readers.read(name, data)
    except nr.LoadError as e:
        message = str(e)
    else:
        assert isinstance(source.text, str)
        return
    assert name in message


@PROFILE
@given(st.text(alphabet="0123456789-X/.~?%YTZ:+ u١", max_size=30))
def test_from_edtf_parses_or_raises_a_date_error(value: str) -> None:
    try:
        date = nr.FuzzyDate.from_edtf(value)
    except nr.DateError:
        return
    assert date.edtf.isascii()
    assert nr.FuzzyDate.from_edtf(date.edtf) == date
