"""Vague and relative dates anchored on periods, happenings and the publication.

Every sentence here was written for this test; none comes from the seeds or
from any development article. Each case runs the public ``extract`` on a
short article with a publication date in its front matter and checks the
event dated by one phrase: its EDTF date and what it was counted from
(``relative_to``). ``HELD_OUT`` cases were written after the rules and
never tuned on; a case the extractor does not get right is marked
``xfail(strict=True)`` with the reason, so a fix shows up.
"""

from __future__ import annotations

import pytest

import natorussia as nr
from natorussia.fuzzydate import FuzzyDate
from natorussia.model import Event


def article(body: str, published: str = "2016-07-05") -> nr.Document:
    """A Markdown article with a publication date and ``body`` as its text."""
    text = f"---\ntitle: A test\ndate: {published}\n---\n\n{body}\n"
    return nr.extract(text, id="anchoring", format="markdown")


def dated_by(doc: nr.Document, phrase: str) -> list[Event]:
    """The events whose date expression overlaps the first occurrence of ``phrase``."""
    start = doc.text.index(phrase)
    end = start + len(phrase)
    return [e for e in doc.events if e.date_span[0] < end and start < e.date_span[1]]


def anchor_edtf(event: Event) -> str | None:
    anchor = event.relative_to
    if anchor is None:
        return None
    return anchor.edtf if isinstance(anchor, FuzzyDate) else anchor.date.edtf


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# (body, publication, phrase, expected EDTF, expected EDTF of the anchor or None)
CASES = [
    # a part of a named period: a fifth of its stretch, approximate
    (
        "At the height of the Cold War, both navies shadowed each other in the Atlantic.",
        "2016-07-05",
        "At the height of the Cold War",
        "1965~/1973~",
        "1947~/1991~",
    ),
    (
        "In the early stages of the Korean War, the allies rushed troops to Pusan.",
        "2016-07-05",
        "In the early stages of the Korean War",
        "1950-06~/1951-01~",
        "1950-06-25~/1953-07-27~",
    ),
    (
        "Towards the end of the Iraq War, the embassy evacuated its staff.",
        "2016-07-05",
        "Towards the end of the Iraq War",
        "2010-04~/2011-12~",
        "2003-03~/2011-12~",
    ),
    # "since the end of" a period: from the end of its last part, open
    (
        "Since the end of World War II, the border has not moved.",
        "2016-07-05",
        "Since the end of World War II",
        "1945-09~/..",
        "1939-09-01~/1945-09-02~",
    ),
    # "since" a dated happening of the text: up to the publication
    (
        "Russian troops invaded Georgia on 8 August 2008. Since the invasion, two regions "
        "have been occupied.",
        "2016-07-05",
        "Since the invasion",
        "2008-08-08/2016-07-05",
        "2008-08-08",
    ),
    (
        "The alliance fought a war over Kosovo in 1999. Since the war, its troops have kept "
        "the peace there.",
        "2016-07-05",
        "Since the war",
        "1999/2016",
        "1999",
    ),
    # an undated happening of the weeks before the publication: the landmark day
    (
        "Since the invasion, the allies have sent tanks and shells to Kyiv.",
        "2022-05-10",
        "Since the invasion",
        "2022-02-24/2022-05-10",
        "2022-02-24",
    ),
    (
        "Within days of the invasion, the ministers froze the central bank's reserves.",
        "2022-05-10",
        "Within days of the invasion",
        "2022-02-24/2022-03",
        "2022-02-24",
    ),
    # decades in words: the last century in which the decade has ended
    (
        "Both countries were occupied in the late thirties and forties.",
        "2022-03-26",
        "the late thirties and forties",
        "1937~/1949",
        None,
    ),
    # a duration up to the publication, in the present perfect
    (
        "For months, the commander has warned of troops massing near the border.",
        "2015-03-06",
        "For months",
        "2014-03/2015-03",
        "2015-03-06",
    ),
    (
        "For months now, the diplomats keep asking for a ceasefire.",
        "2015-03-06",
        "For months now",
        "2014-03/2015-03",
        "2015-03-06",
    ),
]


@pytest.mark.parametrize(("body", "published", "phrase", "edtf", "anchor"), CASES)
def test_phrase_is_dated_from_its_anchor(
    body: str, published: str, phrase: str, edtf: str, anchor: str | None
) -> None:
    events = dated_by(article(body, published), phrase)
    assert [(e.date.edtf, anchor_edtf(e)) for e in events] == [(edtf, anchor)]


# (body, publication, phrase): phrases that date nothing
NOT_EVENTS = [
    # a duration in the simple past has no anchor
    ("For months they argued about the budget.", "2015-03-06", "For months"),
    # a period used as a setting
    ("During the Cold War, the two blocs faced each other in Berlin.", "2016-07-05", "Cold War"),
    # an explicit year beside the period dates the happening itself
    (
        "The ministers met in 2003 at the start of the Iraq War.",
        "2016-07-05",
        "at the start of the Iraq War",
    ),
    # a decade of someone's age
    ("She signed the treaty in her early forties.", "2016-07-05", "forties"),
    # no landmark of the kind in the years before the publication
    ("Since the invasion, the allies have sent tanks.", "2019-05-10", "Since the invasion"),
]


@pytest.mark.parametrize(("body", "published", "phrase"), NOT_EVENTS)
def test_phrase_dates_nothing(body: str, published: str, phrase: str) -> None:
    assert dated_by(article(body, published), phrase) == []


def test_since_a_named_period_stays_open() -> None:
    # a period is not a happening of the article: its "since" keeps an open end
    (event,) = dated_by(
        article("Since the end of the Korean War, the peninsula has stayed divided."),
        "Since the end of the Korean War",
    )
    assert event.date.edtf.endswith("/..")


def test_since_without_publication_stays_open() -> None:
    text = "Russian troops invaded Georgia on 8 August 2008. Since the invasion, it has changed."
    doc = nr.extract(text, id="nopub")
    (event,) = dated_by(doc, "Since the invasion")
    assert event.date.edtf == "2008-08-08/.."


# Written after the rules, not tuned on.
HELD_OUT = [
    (
        "In the middle of the Cold War, the two leaders met in Vienna.",
        "2016-07-05",
        "In the middle of the Cold War",
        "1965~/1973~",
        "1947~/1991~",
    ),
    (
        "At the beginning of the Gulf War, the bombers flew from bases in Turkey.",
        "2016-07-05",
        "At the beginning of the Gulf War",
        "1990-08~",
        "1990-08~/1991-02~",
    ),
    (
        "Since the start of the Bosnian War, the envoys have shuttled between the capitals.",
        "2016-07-05",
        "Since the start of the Bosnian War",
        "1992-12~/..",
        "1992-04~/1995-12~",
    ),
    (
        "The Washington Treaty was signed on 4 April 1949. Within weeks of the signing, "
        "the parliaments began to ratify it.",
        "2016-07-05",
        "Within weeks of the signing",
        "1949-04-04/1949-05",
        "1949-04-04",
    ),
    (
        "The republic's economy collapsed in the early nineties.",
        "2016-07-05",
        "the early nineties",
        "1990/1993~",
        None,
    ),
    (
        "For months, the two sides have traded accusations over the pipeline.",
        "2021-11-20",
        "For months",
        "2020-11/2021-11",
        "2021-11-20",
    ),
]


@pytest.mark.parametrize(("body", "published", "phrase", "edtf", "anchor"), HELD_OUT)
def test_held_out(body: str, published: str, phrase: str, edtf: str, anchor: str) -> None:
    events = dated_by(article(body, published), phrase)
    assert [(e.date.edtf, anchor_edtf(e)) for e in events] == [(edtf, anchor)]
