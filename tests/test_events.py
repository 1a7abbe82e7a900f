"""Events: one per dated happening, classified, linked, with its sentence."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events_helpers import paragraphs_of
from natorussia._entities import find_mentions
from natorussia._events import find_events
from natorussia._lexicon import event_lexicon, parse_lexicon, parse_places, places
from natorussia.errors import DataError
from natorussia.fuzzydate import FuzzyDate
from natorussia.model import Event, EventKind, Institution, InstitutionKind, Mention, Person


def events_of(
    text: str,
    *,
    published: FuzzyDate | None = None,
    mentions: tuple[Mention, ...] | None = None,
    document_id: str = "t",
) -> tuple[Event, ...]:
    """Run find_events on a text that is all body."""
    regions = [(0, len(text))]
    if mentions is None:
        mentions = find_mentions(text, regions, document_id=document_id)
    return find_events(
        document_id=document_id,
        text=text,
        regions=regions,
        mentions=mentions,
        published=published,
    )


def summary(events: tuple[Event, ...]) -> list[tuple[str, str]]:
    return [(e.date.edtf, e.kind.value) for e in events]


def in_text_order(events: tuple[Event, ...]) -> list[Event]:
    return sorted(events, key=lambda e: e.date_span)


def ids(entities: tuple[Any, ...]) -> set[str]:
    return {e.id for e in entities}


class TestMultiEventSentences:
    """A sentence that dates several happenings gives several events."""

    def test_joined_as_well_as(self) -> None:
        """Two accessions, the second borrowing the verb of the first (seed 004)."""
        text = "Later, Greece and Turkey joined NATO (1952), as well as West Germany (1955)."
        events = in_text_order(events_of(text))
        assert summary(tuple(events)) == [("1952", "accession"), ("1955", "accession")]
        assert ids(events[0].institutions) == {"greece", "turkey", "nato"}
        assert ids(events[1].institutions) == {"west-germany", "nato"}

    def test_renamed_in_brackets(self) -> None:
        """A creation year and a renaming in brackets are two events (seed 001)."""
        text = (
            "These included the North Atlantic Cooperation Council (NACC) in 1991 "
            "(renamed Euro-Atlantic Partnership Council (EAPC) in 1997)."
        )
        events = in_text_order(events_of(text))
        assert summary(tuple(events)) == [("1991", "other"), ("1997", "policy_change")]

    def test_list_of_accessions_each_with_its_own_state(self) -> None:
        """Four bracketed years after four states: four accessions, each with its state (seed 004)."""
        text = (
            "In the future, the alliance made efforts to reduce the risk of new wars in the Balkan "
            "region – Albania (2009), Croatia (2009), Montenegro (2017), and North Macedonia (2020) "
            "all joined NATO."
        )
        events = in_text_order(events_of(text))
        assert summary(tuple(events)) == [
            ("2009", "accession"),
            ("2009", "accession"),
            ("2017", "accession"),
            ("2020", "accession"),
        ]
        states = ["albania", "croatia", "montenegro", "north-macedonia"]
        for event, state in zip(events, states, strict=True):
            assert ids(event.institutions) == {state, "nato"}

    def test_two_happenings_joined_by_and(self) -> None:
        """An invasion and an annexation in one clause keep their own kinds (seed 001)."""
        text = (
            "Russia’s invasion of Georgia in 2008 and its illegal annexation of Crimea in 2014 "
            "began another period of NATO-Russia relations."
        )
        assert summary(tuple(in_text_order(events_of(text)))) == [
            ("2008", "invasion"),
            ("2014", "annexation"),
        ]

    def test_years_in_nested_asides(self) -> None:
        """Years in a dash aside inside brackets take the noun the brackets follow (seed 004)."""
        text = (
            "They had been subordinated to Moscow for decades and also had experience of "
            "uprisings (in 1956 – in Hungary, in 1968 – in Czechoslovakia), which were "
            "suppressed by Soviet troops."
        )
        assert summary(tuple(in_text_order(events_of(text)))) == [("1956", "war"), ("1968", "war")]

    def test_semicolon_separates_events_and_their_entities(self) -> None:
        """Each half of a sentence names its own states (written for the test)."""
        text = "In 1999, Hungary joined NATO; in 2004, Estonia joined the Alliance."
        first, second = in_text_order(events_of(text))
        assert ids(first.institutions) == {"hungary", "nato"}
        assert ids(second.institutions) == {"estonia", "nato"}

    def test_signed_then_became_members(self) -> None:
        """Signing and membership in one sentence are two events (seed 004)."""
        text = (
            "That is why Hungary, Poland, and the Czech Republic signed protocols for joining the "
            "alliance in December 1997 and became full members in 1999."
        )
        events = in_text_order(events_of(text))
        assert summary(tuple(events)) == [("1997-12", "treaty_signing"), ("1999", "accession")]
        assert {"hungary", "poland", "czech-republic"} <= ids(events[1].institutions)


SEED_KINDS = [
    (
        "The NATO military-political bloc (also known as the North Atlantic Treaty Organization "
        "or simply the Alliance) was founded on April 4, 1949.",
        "1949-04-04",
        EventKind.FOUNDING,
    ),
    ("In the summer of 1991, the Warsaw Pact ceased to exist.", "1991-22", EventKind.DISSOLUTION),
    (
        "In addition, in 1982, Spain joined the alliance after the fall of the Francisco Franco "
        "regime and the country’s transition to democratic rule.",
        "1982",
        EventKind.ACCESSION,
    ),
    (
        "Kosovo, in turn, has expressed a desire to join the alliance in the spring of 2022, "
        "shortly after the start of the war in Ukraine.",
        "2022-21",
        EventKind.MEMBERSHIP_APPLICATION,
    ),
    (
        "In July 2012, agreement with NATO was signed and came into force on the so-called "
        "combined transit of non-lethal cargo.",
        "2012-07",
        EventKind.TREATY_SIGNING,
    ),
    (
        "However, in 2014, NATO suspended its practical cooperation with Russia due to the illegal "
        "annexation of Crimea and military aggression in the East of Ukraine.[i]",
        "2014",
        EventKind.SANCTIONS_OR_SUSPENSION,
    ),
    (
        "At the NRC session in December 2012 the Ministers “agreed on a series of intensive "
        "consultations”.",
        "2012-12",
        EventKind.AGREEMENT,
    ),
    (
        "During the last NATO Summit in Brussels in June 2021, Heads of State and Government "
        "identified Russia as a threat.",
        "2021-06",
        EventKind.SUMMIT,
    ),
    (
        "Upon the resumption of the NRC's activities – the first informal meeting of the Foreign "
        "Ministers being held on July 27, 2009 – Moscow responded to the positive signals.",
        "2009-07-27",
        EventKind.MEETING,
    ),
    (
        "During his Valdai speech in 2013, Putin elucidated his view of changing global order.",
        "2013",
        EventKind.SPEECH,
    ),
    (
        "Prime Minister Medvedev, for his part, admitted in an interview with CNN at the end of "
        "January 2013: “There are no easy solutions.”",
        "2013-01~",
        EventKind.STATEMENT,
    ),
    (
        "In 2008-2009, Moscow developed a draft agreement on European security.",
        "2008/2009",
        EventKind.PROPOSAL,
    ),
    (
        "In 2015, the NATO fact sheet stated that “Member states are committed to individual "
        "liberty.”",
        "2015",
        EventKind.PUBLICATION,
    ),
    (
        "Right after being elected President in 2008, Dmitry Medvedev proposed signing a treaty "
        "on European security.",
        "2008",
        EventKind.ELECTION,
    ),
    (
        "In August 2008, Russia waged a five-day war against Georgia.",
        "2008-08",
        EventKind.WAR,
    ),
    (
        "One of them is the NATO operation in Yugoslavia in the spring of 1999, which Moscow "
        "perceived as extremely painful.",
        "1999-21",
        EventKind.MILITARY_OPERATION,
    ),
    (
        "Russia’s invasion of Ukraine on February 24, 2022 has negated the results of Russia’s "
        "foreign policy.",
        "2022-02-24",
        EventKind.INVASION,
    ),
    (
        "Moreover, in 2016, shortly after Montenegro signed the accession protocol with the "
        "alliance, an attempted coup d’état occurred in the country, which failed.",
        "2016",
        EventKind.COUP,
    ),
    (
        "One of the consequences of this was that in the summer of 1999, when the second Chechen "
        "war was already escalating in the Caucasus, the Russian army conducted massive exercises.",
        "1999-22",
        EventKind.EXERCISE,
    ),
    ("As a result, in 1967, NATO headquarters moved to Brussels.", "1967", EventKind.RELOCATION),
    (
        "Yes, in the 1990s, the authorities carried out reforms, but they did not want to rebuild "
        "the foundation.",
        "199X",
        EventKind.POLICY_CHANGE,
    ),
    (
        "This was the case, for example, in 1954, when the USSR raised the issue of joining NATO.",
        "1954",
        EventKind.MEMBERSHIP_APPLICATION,
    ),
    (
        "In April 2010, the decrees of President Yanukovych dissolved the Interdepartmental "
        "Commission.",
        "2010-04",
        EventKind.DISSOLUTION,
    ),
    (
        "The Lisbon summits of NATO and the NRC in November 2010 were not so much a response to "
        "the crisis of relations.",
        "2010-11",
        EventKind.SUMMIT,
    ),
]

OWN_KINDS = [
    (
        "In March 2014, the council appointed a new envoy to Brussels.",
        "2014-03",
        EventKind.APPOINTMENT,
    ),
    ("Russia annexed the peninsula in March 2014.", "2014-03", EventKind.ANNEXATION),
    ("In 1962 the missile crisis brought the two powers close to war.", "1962", EventKind.CRISIS),
    (
        "There was the new partition of the country between Nazi Germany and the Soviet Union in 1939.",
        "1939",
        EventKind.ANNEXATION,
    ),
    ("The treaty entered into force on 1 July 1992.", "1992-07-01", EventKind.TREATY_SIGNING),
    (
        "Finland applied for NATO membership in May 2022.",
        "2022-05",
        EventKind.MEMBERSHIP_APPLICATION,
    ),
    ("The organisation was dissolved in 1991 after a vote.", "1991", EventKind.DISSOLUTION),
    ("The ministers met in Tartu on 3 March 2019.", "2019-03-03", EventKind.MEETING),
    ("It happened on 12 May 2005.", "2005-05-12", EventKind.OTHER),
    (
        "NATO launched Operation Allied Force on 24 March 1999.",
        "1999-03-24",
        EventKind.MILITARY_OPERATION,
    ),
    ("On 24 February 2022 Russia invaded Ukraine.", "2022-02-24", EventKind.INVASION),
    ("Finland became NATO's 31st member on 4 April 2023.", "2023-04-04", EventKind.ACCESSION),
]


class TestKinds:
    """The kind comes from the words that govern the date."""

    @pytest.mark.parametrize(("sentence", "edtf", "kind"), SEED_KINDS)
    def test_seed_sentences(self, sentence: str, edtf: str, kind: EventKind) -> None:
        """Each kind of the vocabulary the corpus uses, on the seed sentence that shows it."""
        events = events_of(sentence)
        assert [(e.date.edtf, e.kind) for e in events] == [(edtf, kind)]

    @pytest.mark.parametrize(("sentence", "edtf", "kind"), OWN_KINDS)
    def test_written_sentences(self, sentence: str, edtf: str, kind: EventKind) -> None:
        """Kinds on sentences written for the test, in shapes the seeds do not have."""
        events = events_of(sentence)
        assert [(e.date.edtf, e.kind) for e in events] == [(edtf, kind)]

    @pytest.mark.parametrize(
        ("sentence", "edtf", "kind"),
        [
            ("The Budapest Memorandum of December 1994 gave Ukraine assurances.", "1994-12",
             EventKind.TREATY_SIGNING),
            ("The 1997 Founding Act is still formally in force.", "1997", EventKind.TREATY_SIGNING),
            ("In 1997, the Alliance invited three states to begin accession talks.", "1997",
             EventKind.ACCESSION),
            ("The first wave of NATO expansion in 1999 angered Moscow.", "1999", EventKind.ACCESSION),
            ("Turkey shot down a Russian bomber in November 2015.", "2015-11",
             EventKind.MILITARY_OPERATION),
            ("North Korea carried out a nuclear test in 2017.", "2017", EventKind.EXERCISE),
            ("NATO opened an information office in Moscow in 2001.", "2001", EventKind.FOUNDING),
            ("Putin came to power in 2000.", "2000", EventKind.APPOINTMENT),
            ("Ukraine's counteroffensive in the summer of 2023 stalled.", "2023-22",
             EventKind.MILITARY_OPERATION),
            ("Sanctions were imposed in 2014 following the annexation of Crimea.", "2014",
             EventKind.SANCTIONS_OR_SUSPENSION),
            ("Russia recognised the independence of Abkhazia in August 2008.", "2008-08",
             EventKind.STATEMENT),
            ("When Russia seized Crimea in 2014, few expected a long war.", "2014",
             EventKind.MILITARY_OPERATION),
            ("The OSCE grew out of the Helsinki Final Act of 1975.", "1975",
             EventKind.TREATY_SIGNING),
            ("Zelensky was inaugurated as president in May 2019.", "2019-05",
             EventKind.APPOINTMENT),
            ("Russian forces withdrew from the north at the end of March 2022.", "2022-03~",
             EventKind.MILITARY_OPERATION),
        ],
    )  # fmt: skip
    def test_designations_and_new_forms(self, sentence: str, edtf: str, kind: EventKind) -> None:
        """A treaty named with its year is dated by its signing; expansion, downing, weapon tests."""
        assert [(e.date.edtf, e.kind) for e in events_of(sentence)] == [(edtf, kind)]

    def test_expanded_programme_is_no_accession(self) -> None:
        """'expanded' without membership or eastward movement is not an accession."""
        events = events_of("NATO expanded its air policing mission in 2014.")
        assert [e.kind for e in events] == [EventKind.MILITARY_OPERATION]

    def test_timeline_lines(self) -> None:
        """'1949 – NATO founded' and 'In 1999: … join NATO' lines of a timeline."""
        assert summary(events_of("1949 – NATO founded in Washington")) == [("1949", "founding")]
        text = "In 1999: Poland, Hungary and the Czech Republic join NATO."
        assert summary(events_of(text)) == [("1999", "accession")]

    def test_suspended_treaty_versus_cooperation(self) -> None:
        """'suspended' is a treaty suspension when the clause names a treaty, else sanctions."""
        treaty = events_of("In 2023, Russia suspended the New START treaty.")
        cooperation = events_of("In 2023, Russia suspended its cooperation with the council.")
        assert [e.kind for e in treaty] == [EventKind.TREATY_SUSPENSION]
        assert [e.kind for e in cooperation] == [EventKind.SANCTIONS_OR_SUSPENSION]

    def test_suspended_treaty_with_relative_date(self) -> None:
        """A speech, then 'six months later' a treaty suspension (seed 004)."""
        text = (
            "In February 2007, Vladimir Putin delivered his famous “Munich speech”, and six months "
            "later, Russia suspended the implementation of the Treaty on Conventional Armed Forces "
            "in Europe."
        )
        speech, suspension = in_text_order(events_of(text))
        assert (speech.date.edtf, speech.kind) == ("2007-02", EventKind.SPEECH)
        assert (suspension.date.edtf, suspension.kind) == ("2007-08", EventKind.TREATY_SUSPENSION)
        assert suspension.relative_to == speech

    def test_moved_without_headquarters_is_no_relocation(self) -> None:
        """'moved' is a relocation only of a seat or headquarters."""
        events = events_of("In 2005, the debate moved to the parliament.")
        assert [e.kind for e in events] != [EventKind.RELOCATION]

    def test_cold_war_is_no_war(self) -> None:
        """'the Cold War' names a period, so it does not make a date a war."""
        events = events_of("NATO adopted a new doctrine in 1991 at the close of the Cold War.")
        assert [e.kind for e in events] == [EventKind.POLICY_CHANGE]

    def test_trigger_of_another_moment_loses(self) -> None:
        """A trigger after 'two years before' belongs to the other moment (seed 004)."""
        text = (
            "Thus, in May 1997, two years before Yeltsin’s request to “give Europe to Russia,” the "
            "parties concluded the Founding Act on Relations between Russia and NATO."
        )
        events = events_of(text)
        assert [(e.date.edtf, e.kind) for e in events] == [("1997-05", EventKind.TREATY_SIGNING)]

    def test_later_appointed_is_another_moment(self) -> None:
        """'later appointed' happened at another time; the main verb far away decides (seed 002)."""
        text = (
            "In the mid-2000s, Ivo Daalder, later appointed the U.S. Ambassador to NATO and "
            "presently serving in that role, proposed to transform the Alliance into a "
            '"League of Democracies".'
        )
        event, appointment = in_text_order(events_of(text))
        assert (event.date.edtf, event.kind) == ("200X~", EventKind.PROPOSAL)
        assert "ivo-daalder" in ids(event.persons)
        # "later" dates the appointment itself, counted from the proposal (issue 13).
        assert appointment.kind is EventKind.APPOINTMENT
        assert appointment.relative_to == event

    def test_every_kind_has_lexicon_entries(self) -> None:
        """The bundled lexicon has words for every kind of the vocabulary."""
        kinds = {t.kind for t in event_lexicon().triggers}
        assert kinds == set(EventKind)


class TestRelativeDates:
    """Relative dates resolve against the previous happening or the publication date."""

    def test_two_years_later(self) -> None:
        """'two years later' counts from the previous event and points at it (seed 000)."""
        text = (
            "Russia’s then Minister of Foreign Affairs Andrey Kozyrev signed up to NATO’s "
            "Partnership for Peace program in Brussels on June 22, 1994. Russia opposed the idea. "
            "However, two years later, NATO finally announced that it would admit the first group "
            "of former communist countries."
        )
        first, second = in_text_order(events_of(text))
        assert first.date.edtf == "1994-06-22"
        assert first.places == ("Brussels",)
        assert second.date.edtf == "1996"
        # The happening is the announcement; what it announced ("would admit") is its content.
        assert second.kind is EventKind.STATEMENT
        assert second.relative_to == first

    def test_in_the_same_year(self) -> None:
        """'In the same year' takes the previous event's year (seed 002)."""
        text = (
            "Vladimir Putin's speech at the Munich Security Conference in 2007 marked a new "
            "deterioration. In the same year, Russian Foreign Minister Sergei Lavrov said in the "
            "article “Containing Russia: Back to the Future?”, published shortly after the fifth "
            "anniversary of the NRC, that security is indivisible."
        )
        speech, article = in_text_order(events_of(text))
        assert speech.kind is EventKind.SPEECH
        assert (article.date.edtf, article.kind) == ("2007", EventKind.PUBLICATION)
        assert article.relative_to == speech
        assert "sergei-lavrov" in ids(article.persons)

    def test_a_month_earlier_on_a_day(self) -> None:
        """'A month earlier, on January 15' is one event on 2013-01-15 (seed 002)."""
        text = (
            "Former U.S. Secretary of Defense Leon Panetta, speaking at King's College in Britain "
            "on February 18, 2013, indicated that Europe should join the effort. A month earlier, "
            "on January 15, NATO Secretary General Fogh Rasmussen received a message from the "
            "Japanese Prime Minister Shinzo Abe."
        )
        panetta, message = in_text_order(events_of(text))
        assert (panetta.date.edtf, panetta.kind) == ("2013-02-18", EventKind.SPEECH)
        assert message.date.edtf == "2013-01-15"
        assert message.relative_to == panetta
        assert text[message.date_span[0] : message.date_span[1]] == "January 15"

    def test_the_following_year(self) -> None:
        """'in the following year' is the year after the previous event (seed 004)."""
        text = (
            "They signed protocols for accession to the alliance in March 2003 and became members "
            "of the bloc in the following year."
        )
        signing, membership = in_text_order(events_of(text))
        assert signing.date.edtf == "2003-03"
        assert (membership.date.edtf, membership.kind) == ("2004", EventKind.ACCESSION)
        assert membership.relative_to == signing

    def test_ago_counts_from_publication(self) -> None:
        """'over 30 years ago' counts from the publication date, which it points at."""
        published = FuzzyDate.from_edtf("2023-05-01")
        events = events_of("The Soviet Union collapsed over 30 years ago.", published=published)
        assert len(events) == 1
        assert events[0].kind is EventKind.DISSOLUTION
        assert events[0].date.earliest.year == 1993
        assert events[0].relative_to == published

    def test_last_year_is_a_point_not_a_duration(self) -> None:
        """'Last year' is the year before publication; 'for the last two years' the two before it."""
        published = FuzzyDate.from_edtf("2024-07-15")
        (event,) = events_of("Last year, NATO held its summit in Vilnius.", published=published)
        assert (event.date.edtf, event.kind) == ("2023", EventKind.SUMMIT)
        assert event.places == ("Vilnius",)
        (stretch,) = events_of("For the last two years, NATO held summits.", published=published)
        assert (stretch.date.edtf, stretch.kind) == ("2022/2024", EventKind.SUMMIT)

    def test_ago_without_publication_date(self) -> None:
        """Without a publication date, 'ago' cannot be resolved: no event, no guess."""
        assert events_of("The Soviet Union collapsed over 30 years ago.") == ()

    def test_later_with_nothing_before(self) -> None:
        """A relative date with no earlier happening gives no event."""
        assert events_of("Two years later, NATO expanded again.") == ()

    def test_anchored_on_an_undated_happening(self) -> None:
        """'a year before the signing of …' counts from a happening with no date: no event (seed 004)."""
        text = (
            "NATO was founded on April 4, 1949. Moreover, a year before the signing of the North "
            "Atlantic Treaty, some European states had already attempted to unite."
        )
        assert summary(events_of(text)) == [("1949-04-04", "founding")]


class TestNotEvents:
    """Numbers and time words that are not dated happenings."""

    @pytest.mark.parametrize(
        "text",
        [
            "33,670 – that’s how many characters are in this text. It will take you about 25 minutes to read it.",
            "And the proportion of Russians who fear the alliance has held steady at around 60% for many years.",
            "In total, there are 30 countries in NATO today.",
            "That is why Article 5 of the North Atlantic Treaty is considered the key article.",
            "As Lavrov said at the 49th Munich conference, the approach is of no avail.",
            "The Chicago Summit set the goal of achieving “NATO Forces 2020: modern, tightly connected forces”.",
            "Currently, the prevailing view in Russia is that NATO expanded.",
            "So far, there is no compromise on the horizon.",
            "Now the key issue for the relationship is that of missile defense.",
            "For the past decade, Russia has tried to build a support bloc.",
            "The alliance gave them hope that the events of the 20th century would not be repeated.",
            "After the end of the Cold War, NATO looked for new partners.",
            "Russia did not sign the treaty in 2010.",
            "In 2012 the parliament refused to ratify the agreement.",
            "Call +7 495 980 7353 or write to the office at 29 Malaya Ordynka Str. for details.",
            "Had NATO admitted Ukraine in 2008, the war might have been avoided.",
            "No NATO country has yet ratified its adapted version from 1999, so Russia has no "
            "reason to lift its moratorium.",
            "The NATO Chicago Summit designated 2014 as the date for the next round of expansion.",
        ],
    )
    def test_no_event(self, text: str) -> None:
        """Counts, percentages, identifiers, titles, the present, durations, eras, denials."""
        assert events_of(text) == ()

    @pytest.mark.parametrize(
        "text",
        [
            "I am glad that our guests from Lisbon are with us here tonight.",
            "Sadly the mayor could not be here today, but she sent her greetings.",
            "Nobody has explained the order until today.",
            "The historian argues that the bloc, since its inception, has served its founders.",
            "1848? The comparison with that year of revolutions is often made.",
            "June 4, 2019.  We gathered in the square to remember.",
            # held out: written after the rules, run once
            "The veterans who are here today fought in that war.",
        ],
    )
    def test_generic_present_and_lone_dates(self, text: str) -> None:
        """The time of speaking as a generic present, "since its inception", a date alone."""
        assert events_of(text, published=FuzzyDate.from_edtf("2019-06-04")) == ()

    def test_since_its_founding_with_a_happening_is_an_event(self) -> None:
        text = (
            "The Nordic Council was founded in 1952. Since its founding, five new members have "
            "joined it."
        )
        assert summary(events_of(text)) == [("1952", "founding"), ("1952/..", "accession")]

    def test_tonight_of_a_happening_stays(self) -> None:
        events = events_of(
            "I met the ministers tonight.", published=FuzzyDate.from_edtf("2019-06-04")
        )
        assert summary(events) == [("2019-06-04", "meeting")]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Talking specifically about Russia, up until 2014, Russia had the most developed "
                "form of cooperation with NATO.",
                [("../2014", "other")],
            ),
            (
                "Since 2014, the “Interoperability Platform” has served as a permanent format for "
                "cooperation.",
                [("2014/..", "other")],
            ),
            ("In 1998, Kosovo was an autonomous province within Serbia.", [("1998", "other")]),
            ("Data from 2021 show a steady decline in trust.", [("2021", "other")]),
            ("Russia's economy grew in 2023 despite sanctions.", [("2023", "other")]),
            ("In 2022, many analysts believed Kyiv would fall within days.", [("2022", "other")]),
            (
                "For the Baltic countries, the most important historical experience was the short "
                "period of independence from 1918 to 1940.",
                [("1918/1940", "other")],
            ),
        ],
    )
    def test_situations_that_held_are_events(
        self, text: str, expected: list[tuple[str, str]]
    ) -> None:
        """A state, a belief, a statistic dated by the text is an event of kind other (issue 13)."""
        assert summary(events_of(text)) == expected

    def test_relative_date_after_semicolon(self) -> None:
        """'…; five years later X replaced Y' is counted from the signing before it."""
        text = (
            "The Founding Act was signed in Paris on 27 May 1997; five years later the NRC "
            "replaced the Permanent Joint Council."
        )
        signing, replacement = in_text_order(events_of(text))
        assert summary((signing, replacement)) == [
            ("1997-05-27", "treaty_signing"),
            ("2002", "policy_change"),
        ]
        assert replacement.relative_to is signing

    def test_future_tense(self) -> None:
        """A clause in the future tense reports no happening; reported future after 'that' does."""
        assert events_of("The next summit will take place in The Hague in June 2025.") == ()
        assert events_of("In 2025, NATO will hold its summit in The Hague.") == ()
        said = events_of("Lavrov said in March 2022 that a war will follow.")
        assert summary(said) == [("2022-03", "statement")]
        quoted = events_of("“NATO will never change,” he said in May 2014.")
        assert summary(quoted) == [("2014-05", "statement")]

    def test_after_publication(self) -> None:
        """A date after the text was published cannot date a happening it reports."""
        published = FuzzyDate.from_edtf("2021-05-10")
        text = "NATO leaders met in Brussels in June 2021. They met again in 2020."
        assert summary(events_of(text, published=published)) == [("2020", "meeting")]

    def test_subject_head_governs_before_a_verb_of_consequence(self) -> None:
        """'The annexation … and the creation … in 2014 led to …' is the annexation (seed 004).

        What it led to ("a new stage of confrontation") is a happening of its
        own dated by the same year: a crisis, not a second annexation.
        """
        text = (
            "The annexation of Crimea and the attempt to destroy the sovereignty of Ukraine "
            "through the creation of “Novorossiya” from Kharkiv to Odessa in 2014 led to a new "
            "stage of confrontation with NATO."
        )
        assert summary(events_of(text)) == [("2014", "annexation"), ("2014", "crisis")]

    def test_writers_present_after_a_relative_date(self) -> None:
        """'N years later, we see that …' dates the writer's view from the memorandum (seed 000)."""
        text = (
            "Russia’s memorandum of December 2021 was designed to put an end to the idea. "
            "Two-and-a-half years later, we see that the scale of the conflict has exceeded all "
            "initial expectations."
        )
        assert summary(events_of(text)) == [("2021-12", "proposal"), ("2024-06", "other")]

    def test_outside_regions(self) -> None:
        """Endnotes and page chrome lie outside the regions, so their dates give no event."""
        body = "NATO suspended its cooperation with Russia in 2014.[i]"
        note = (
            "\n[i] Raluca Iulia Iulian, “A QUARTER CENTURY,” Proceedings no. 5 (August 2017): 633."
        )
        chrome = "\n25.06.2024"
        text = body + note + chrome
        events = find_events(
            document_id="t", text=text, regions=[(0, len(body))], mentions=(), published=None
        )
        assert summary(events) == [("2014", "sanctions_or_suspension")]


class TestLinking:
    """Institutions, persons and places come from the event's own clause."""

    def test_names_of_another_clause_are_left_out(self) -> None:
        """A subordinate clause's names stay out of the main clause's event (written for the test)."""
        text = (
            "In 2016, shortly after Montenegro signed the protocol, a coup failed in the capital."
        )
        (event,) = events_of(text)
        assert event.kind is EventKind.COUP
        assert "montenegro" not in ids(event.institutions)

    def test_relative_clause_takes_its_head(self) -> None:
        """A ', which …' clause is about the names just before it (seed 004)."""
        text = (
            "In addition to Albania, these were Austria, Switzerland, several small European "
            "principalities, as well as Cyprus and Malta, which gained independence from Great "
            "Britain in the 1960s."
        )
        (event,) = events_of(text)
        assert (event.date.edtf, event.kind) == ("196X", EventKind.FOUNDING)
        assert {"cyprus", "united-kingdom"} <= ids(event.institutions)
        assert "austria" not in ids(event.institutions)

    def test_alliance_links_to_nato_and_moscow_to_russia(self) -> None:
        """'the Alliance' is NATO and 'Moscow' as an actor is Russia, not a place."""
        (event,) = events_of(
            "In May 1995, Moscow proposed a common security space to the Alliance."
        )
        assert ids(event.institutions) == {"russia", "nato"}
        assert event.places == ()

    def test_moscow_as_a_place(self) -> None:
        """'in Moscow' is a place."""
        (event,) = events_of("The foreign ministers met in Moscow in February 2010.")
        assert event.places == ("Moscow",)

    def test_unknown_capitalised_place(self) -> None:
        """A capitalised name after 'in' that nothing else claims is a place."""
        (event,) = events_of("The ministers met in Tartu on 3 March 2019.")
        assert event.places == ("Tartu",)

    def test_adjective_after_in_is_no_place(self) -> None:
        """'in Russian politics' names no place."""
        (event,) = events_of("A reform began in Russian politics in 2004.")
        assert event.places == ()

    def test_persons_of_the_clause(self) -> None:
        """A person named in the event's clause is linked (seed 004)."""
        text = (
            "And in 2002, under President Vladimir Putin, the Russia-NATO Council was established "
            "to enhance cooperation on common security issues."
        )
        (event,) = events_of(text)
        assert event.kind is EventKind.FOUNDING
        assert ids(event.persons) == {"vladimir-putin"}
        assert "nato-russia-council" in ids(event.institutions)

    def test_participial_aside(self) -> None:
        """'The Treaty, signed in Paris in 1990, was suspended in 2007': each date its own names."""
        text = "The CFE Treaty, signed in Paris in November 1990, was suspended by Russia in December 2007."
        signing, suspension = in_text_order(events_of(text))
        assert (signing.date.edtf, signing.kind) == ("1990-11", EventKind.TREATY_SIGNING)
        assert signing.places == ("Paris",)
        assert "russia" not in ids(signing.institutions)
        assert (suspension.date.edtf, suspension.kind) == ("2007-12", EventKind.TREATY_SUSPENSION)
        assert suspension.places == ()
        assert "russia" in ids(suspension.institutions)

    def test_subject_before_a_bracketed_aside(self) -> None:
        """The subject before a long bracket belongs to the verb after it (seed 004)."""
        text = (
            "The NATO military-political bloc (also known as the North Atlantic Treaty "
            "Organization or simply the Alliance) was founded on April 4, 1949."
        )
        (event,) = events_of(text)
        assert "nato" in ids(event.institutions)

    def test_hand_made_mentions(self) -> None:
        """Mentions passed in are what the event links, whatever the linker would say."""
        text = "In 1997 the Act was signed by Ivanov."
        act = Institution(id="act", name="The Act", kind=InstitutionKind.TREATY_OR_AGREEMENT)
        ivanov = Person(id="ivanov", name="Ivanov")
        mentions = (
            Mention("t", (8, 15), "the Act", act),
            Mention("t", (31, 37), "Ivanov", ivanov),
        )
        (event,) = events_of(text, mentions=mentions)
        assert event.kind is EventKind.TREATY_SIGNING
        assert event.institutions == (act,)
        assert event.persons == (ivanov,)


class TestParticipantsOfTheirOwnPhrase:
    """Each event takes the names of its own phrase, not those of a neighbouring one."""

    def test_coordinated_dated_phrases_seed(self) -> None:
        """ "X of Georgia in 2008 and Y of Crimea in 2014": each keeps its own names (seed 001)."""
        text = (
            "Russia’s invasion of Georgia in 2008 and its illegal annexation of Crimea in 2014 "
            "began another period of NATO-Russia relations in which their differences were "
            "amplified."
        )
        invasion, annexation = in_text_order(events_of(text))
        assert (invasion.date.edtf, invasion.kind) == ("2008", EventKind.INVASION)
        assert ids(invasion.institutions) == {"russia", "georgia"}
        assert invasion.places == ()
        assert (annexation.date.edtf, annexation.kind) == ("2014", EventKind.ANNEXATION)
        assert ids(annexation.institutions) == {"russia", "crimea"}

    def test_coordinated_dated_phrases_written(self) -> None:
        """Two dated noun phrases joined by 'and' do not share their objects (written for the test)."""
        text = (
            "The occupation of Abkhazia in 1993 and the recognition of Kosovo in 2008 by Western "
            "states deepened mistrust."
        )
        first, second = in_text_order(events_of(text))
        assert "kosovo" not in ids(first.institutions)
        assert "abkhazia" in ids(first.institutions)
        assert "abkhazia" not in ids(second.institutions)
        assert "kosovo" in ids(second.institutions)

    def test_coordinated_verbs_share_their_subject(self) -> None:
        """ "Moscow signed … in 1999 and invaded Georgia in 2008": Moscow is in both, Georgia in one."""
        text = "Moscow signed a treaty with Minsk in 1999 and invaded Georgia in 2008."
        signing, invasion = in_text_order(events_of(text))
        assert (signing.kind, invasion.kind) == (EventKind.TREATY_SIGNING, EventKind.INVASION)
        assert ids(signing.institutions) == {"russia"}
        assert ids(invasion.institutions) == {"russia", "georgia"}

    def test_dates_without_their_own_triggers_share_the_clause(self) -> None:
        """ "In 1999 and 2004, NATO expanded": no trigger between the dates, so both keep NATO."""
        events = events_of("In 1999 and 2004, NATO expanded to the east.")
        assert [e.date.edtf for e in in_text_order(events)] == ["1999", "2004"]
        assert all(ids(e.institutions) == {"nato"} for e in events)

    def test_date_before_its_noun_seed(self) -> None:
        """ "memorandum of December 2021 and the 2022 military operation in Ukraine": Ukraine is 2022's (seed 000)."""
        text = (
            "Russia’s memorandum of December 2021 and the 2022 military operation in Ukraine were "
            "designed to put an end to the idea of NATO’s uncontested expansion as the only means "
            "of ensuring European security."
        )
        memorandum, operation = in_text_order(events_of(text))
        assert (memorandum.date.edtf, operation.kind) == ("2021-12", EventKind.MILITARY_OPERATION)
        assert ids(memorandum.institutions) == {"russia"}
        assert ids(operation.institutions) == {"russia", "ukraine"}

    def test_shared_predicate_of_coordinated_nouns(self) -> None:
        """ "The 1999 war … and the 2008 war in Georgia divided NATO and Russia": the predicate names no participant."""
        first, second = in_text_order(
            events_of("The 1999 war in Kosovo and the 2008 war in Georgia divided NATO and Russia.")
        )
        assert first.institutions == ()
        assert ids(second.institutions) == {"georgia"}

    def test_last_verb_phrase_keeps_its_tail(self) -> None:
        """A coordinated verb keeps what follows its date: "invaded Georgia in 2008 with the support of Abkhazia"."""
        _, invasion = in_text_order(
            events_of(
                "Moscow signed a treaty with Minsk in 1999 and invaded Georgia in 2008 with the "
                "support of Abkhazia."
            )
        )
        assert ids(invasion.institutions) == {"russia", "georgia", "abkhazia"}

    def test_effect_of_a_verb_of_consequence(self) -> None:
        """What follows 'ushered in' is the effect, not a participant (written for the test).

        The effect is a happening of its own, with its own participants.
        """
        invasion, effect = events_of(
            "The invasion of Ukraine in 2022 ushered in a new era of confrontation with NATO."
        )
        assert invasion.kind is EventKind.INVASION
        assert ids(invasion.institutions) == {"ukraine"}
        assert effect.kind is EventKind.CRISIS
        assert ids(effect.institutions) == {"nato"}

    def test_attacks_after_a_clause_seed(self) -> None:
        """ "initiated by President Putin after the attacks of Sept. 11, 2001": no name of the clause (seed 002)."""
        text = (
            "For Moscow, demonstrating the value of cooperation with NATO was extremely important, "
            "since the “unfreezing” of relations with the Alliance formed an important component "
            "of the new policy of rapprochement with the United States and the West, initiated by "
            "President Putin after the attacks of Sept. 11, 2001."
        )
        (event,) = events_of(text)
        assert event.date.edtf == "2001-09-11"
        # No name of the clause; the day itself is known (data/known_days.json): the
        # attacked state takes part.
        assert ids(event.institutions) == {"united-states"}
        assert event.persons == ()

    def test_after_phrase_gives_kind_and_names(self) -> None:
        """ "frozen after the annexation of Crimea by Russia in March 2014": the annexation's own names."""
        (event,) = events_of(
            "Cooperation with NATO was frozen after the annexation of Crimea by Russia in March 2014."
        )
        assert (event.date.edtf, event.kind) == ("2014-03", EventKind.ANNEXATION)
        assert ids(event.institutions) == {"crimea", "russia"}

    def test_following_phrase_opening_the_sentence(self) -> None:
        """ "Following the collapse of the Warsaw Pact in July 1991, Poland sought …": the collapse."""
        (event,) = events_of(
            "Following the collapse of the Warsaw Pact in July 1991, Poland sought membership "
            "in NATO."
        )
        assert (event.date.edtf, event.kind) == ("1991-07", EventKind.DISSOLUTION)
        assert ids(event.institutions) == {"warsaw-pact"}

    def test_gerund_phrase_shares_the_main_subject(self) -> None:
        """ "After meeting Putin in Helsinki in July 2018, Donald Trump …": Trump met Putin."""
        (event,) = events_of(
            "After meeting Putin in Helsinki in July 2018, Donald Trump praised him."
        )
        assert (event.date.edtf, event.kind) == ("2018-07", EventKind.MEETING)
        assert ids(event.persons) == {"vladimir-putin", "donald-trump"}
        assert event.places == ("Helsinki",)

    def test_gerund_phrase_seed(self) -> None:
        """ "Right after being elected President in 2008, Dmitry Medvedev proposed …" (seed 002)."""
        (event,) = events_of(
            "Right after being elected President in 2008, Dmitry Medvedev proposed signing a "
            "treaty on European security."
        )
        assert event.kind is EventKind.ELECTION
        assert ids(event.persons) == {"dmitry-medvedev"}
        assert event.institutions == ()

    def test_according_to_source_seed(self) -> None:
        """ "According to the Communiqué from the 2021 NATO Summit …, … a view of China": no China (seed 001)."""
        (event,) = events_of(
            "According to the Communiqué from the 2021 NATO Summit in Brussels, Heads of State "
            "and Government have a realistic view of China."
        )
        assert (event.date.edtf, event.kind) == ("2021", EventKind.SUMMIT)
        assert ids(event.institutions) == {"nato"}
        assert event.places == ("Brussels",)

    def test_according_to_source_written(self) -> None:
        """A source phrase keeps the main clause's states out of the dated meeting."""
        (event,) = events_of(
            "According to the final report of the 2019 OSCE meeting in Bratislava, Ukraine and "
            "Russia disagreed."
        )
        assert (event.date.edtf, event.kind) == ("2019", EventKind.MEETING)
        assert ids(event.institutions) == {"osce"}

    def test_point_of_reference_gives_the_point_and_the_time_after(self) -> None:
        """ "after 2014": what happened in 2014, and the change that holds from then on."""
        point, after = events_of("Political relations with NATO changed after 2014.")
        assert (point.date.edtf, point.kind, point.institutions) == ("2014", EventKind.OTHER, ())
        assert (after.date.edtf, after.kind) == ("2014/..", EventKind.OTHER)
        assert ids(after.institutions) == {"nato"}
        assert point.date_span == after.date_span
        assert point.id != after.id


class TestPurposeClauses:
    """A purpose infinitive ("To stop the conflict, …") gives no kind."""

    def test_purpose_clause_seed(self) -> None:
        """ "To stop the conflict, in early 1999, … held talks": a meeting, not a crisis (seed 004)."""
        (event,) = events_of(
            "To stop the conflict, in early 1999, the so-called Contact Group from NATO and Russia "
            "held talks between Yugoslav authorities and Kosovar Albanians in France."
        )
        assert (event.date.edtf, event.kind) == ("1999~", EventKind.MEETING)

    def test_purpose_clause_written(self) -> None:
        """ "To defuse the crisis, in 2021 NATO and Russia held talks": a meeting."""
        (event,) = events_of(
            "To defuse the crisis, in 2021 NATO and Russia held talks in Brussels."
        )
        assert (event.kind, ids(event.institutions)) == (EventKind.MEETING, {"nato", "russia"})

    def test_in_order_to(self) -> None:
        """ "In order to end the war, … brokered an agreement": an agreement, not a war."""
        (event,) = events_of(
            "In order to end the war, in 1995 the United States brokered an agreement in Dayton."
        )
        assert event.kind is EventKind.AGREEMENT

    def test_quoted_words_are_no_purpose(self) -> None:
        """A quotation opening with 'To' is not a purpose clause: its sentence keeps its verb."""
        (event,) = events_of(
            "“To defend every inch” was how Joe Biden described the pledge of NATO in March 2022."
        )
        assert event.kind is EventKind.STATEMENT


class TestStatesOnly:
    """Only a state gains independence: other institutions nearby take no part."""

    def test_alliance_is_left_out_seed(self) -> None:
        """ "Algeria did not join NATO, which gained independence from France in 1962" (seed 004)."""
        (event,) = events_of(
            "In addition, Algeria did not join NATO, which gained independence from France in 1962."
        )
        assert (event.date.edtf, event.kind) == ("1962", EventKind.FOUNDING)
        assert ids(event.institutions) == {"algeria", "france"}

    def test_organisation_is_left_out_written(self) -> None:
        """ "Belarus declared its independence in 1991 and later joined the CSTO": the CSTO stays out."""
        (event,) = events_of(
            "In 1991 Belarus declared its independence from the Soviet Union, as the CSTO noted."
        )
        assert event.kind is EventKind.FOUNDING
        assert "csto" not in ids(event.institutions)
        assert {"belarus", "ussr"} <= ids(event.institutions)

    def test_other_founding_keeps_its_body(self) -> None:
        """A body's founding keeps the body: the restriction belongs to independence only."""
        (event,) = events_of("The CSTO was established in 2002.")
        assert ids(event.institutions) == {"csto"}

    def test_lexicon_field_is_validated(self) -> None:
        """An unknown kind in 'institution_kinds' is a DataError naming the entry."""
        entry = {
            "kind": "founding",
            "strength": 3,
            "forms": ["gained independence"],
            "institution_kinds": ["planet"],
            "note": "states",
        }
        with pytest.raises(DataError, match="planet"):
            parse_lexicon({"triggers": [entry]})


class TestEventFields:
    """Spans, sentences, ids and order."""

    def test_spans_and_sentence(self) -> None:
        """date_span and span index the text; sentence is the text at span."""
        text = "Intro. In August 2008, Russia waged a war against Georgia. Outro."
        (event,) = events_of(text)
        assert text[event.date_span[0] : event.date_span[1]] == "August 2008"
        assert event.sentence == text[event.span[0] : event.span[1]]
        assert event.sentence == "In August 2008, Russia waged a war against Georgia."
        assert event.document_id == "t"

    def test_ordered_by_date_then_position(self) -> None:
        """Events come out in date order, ties by position."""
        text = (
            "Croatia joined NATO in 2009. Greece joined NATO in 1952. Albania joined NATO in 2009."
        )
        events = events_of(text)
        assert [e.date.edtf for e in events] == ["1952", "2009", "2009"]
        assert events[1].date_span < events[2].date_span

    def test_ids_are_stable_and_distinct(self) -> None:
        """The same input gives the same ids; different documents give different ids."""
        text = "Greece joined NATO in 1952. Croatia joined NATO in 2009."
        once = [e.id for e in events_of(text)]
        again = [e.id for e in events_of(text)]
        other = [e.id for e in events_of(text, document_id="u")]
        assert once == again
        assert len(set(once)) == 2
        assert all(i.startswith("t-") for i in once)
        assert not set(once) & set(other)

    def test_event_bounds_are_dates(self) -> None:
        """Interval events keep both bounds (seed 004)."""
        text = "The immediate precursor was the blockade of West Berlin, which lasted from June 1948 to May 1949."
        (event,) = events_of(text)
        assert event.kind is EventKind.MILITARY_OPERATION
        assert (event.date.earliest, event.date.latest) == (
            dt.date(1948, 6, 1),
            dt.date(1949, 5, 31),
        )
        assert event.places == ("West Berlin",)


class TestDataFiles:
    """The lexicon and the place gazetteer are validated on load."""

    def test_bundled_files_load(self) -> None:
        """Both bundled files load and hold entries."""
        assert len(event_lexicon().triggers) > 100
        assert any(p.name == "Brussels" for p in places().entries)

    @pytest.mark.parametrize(
        ("entry", "problem"),
        [
            (
                {"kind": "picnic", "strength": 3, "forms": ["x"], "note": "n"},
                "'kind' must be an EventKind",
            ),
            (
                {"kind": "war", "strength": 5, "forms": ["x"], "note": "n"},
                "'strength' must be 1, 2 or 3",
            ),
            ({"kind": "war", "strength": 3, "forms": [], "note": "n"}, "at least one form"),
            (
                {"kind": "war", "strength": 3, "forms": ["... war"], "note": "n"},
                "'...' only inside",
            ),
            ({"kind": "war", "strength": 3, "forms": ["War"], "note": "n"}, "must be lowercase"),
            ({"kind": "war", "strength": 3, "forms": ["war"]}, "'note'"),
            (
                {"kind": "war", "strength": 3, "forms": ["war"], "note": "n", "colour": 1},
                "unknown fields",
            ),
            (
                {
                    "kind": "war",
                    "strength": 3,
                    "forms": ["war"],
                    "note": "n",
                    "requires_institution_kind": ["castle"],
                },
                "unknown institution kind",
            ),
        ],
    )
    def test_malformed_lexicon_entry(self, entry: dict[str, Any], problem: str) -> None:
        """A malformed lexicon entry raises DataError naming the file and the entry."""
        good = {"kind": "summit", "strength": 3, "forms": ["summit"], "note": "n"}
        with pytest.raises(DataError) as info:
            parse_lexicon({"triggers": [good, entry]})
        assert info.value.source == "event_lexicon.json"
        assert info.value.entry == "1"
        assert problem in str(info.value)

    def test_malformed_places(self) -> None:
        """A bad place type or a duplicate name raises DataError naming the place."""
        with pytest.raises(DataError, match=r"entry 'Mons'.*'type'"):
            parse_places({"places": [{"name": "Mons", "type": "village"}]})
        with pytest.raises(DataError, match="duplicate"):
            parse_places(
                {"places": [{"name": "Mons", "type": "city"}, {"name": "Mons", "type": "city"}]}
            )

    def test_not_a_lexicon(self) -> None:
        """A file without a triggers list is rejected."""
        with pytest.raises(DataError, match="triggers"):
            parse_lexicon([])


FRAGMENTS = [
    "In 1999,",
    "NATO",
    "joined",
    "(2009)",
    "the Alliance",
    "signed",
    "a treaty",
    "on 4 April 1949",
    "two years later,",
    "A month earlier, on January 15,",
    "which",
    "–",
    ";",
    "(",
    ")",
    "[i]",
    "Sept.",
    "U.S.",
    "Dr.",
    "since 2014",
    "until 2014",
    "the 1990s",
    "the Cold War",
    ".",
    ",",
    "\n",
    "“",
    "”",
    "Moscow",
    "in Brussels",
    "summit",
    "war",
    "over 30 years ago",
    "etc.",
]


class TestRobustness:
    """Any text gives well-formed events and never an exception."""

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(FRAGMENTS), max_size=40), st.booleans())
    def test_any_arrangement_of_fragments(self, parts: list[str], with_date: bool) -> None:
        """Events of arbitrary text have valid spans, their sentence, and date order."""
        text = " ".join(parts)
        published = FuzzyDate.from_edtf("2020-05-05") if with_date else None
        events = events_of(text, published=published)
        for e in events:
            assert 0 <= e.span[0] <= e.date_span[0] < e.date_span[1] <= len(text)
            assert e.sentence == text[e.span[0] : e.span[1]]
        bounds = [(e.date.earliest, e.date.latest) for e in events]
        assert bounds == sorted(bounds)

    @settings(max_examples=100, deadline=None)
    @given(st.text(max_size=300))
    def test_any_text(self, text: str) -> None:
        """Arbitrary characters never make find_events raise."""
        for e in events_of(text, mentions=()):
            assert e.sentence == text[e.span[0] : e.span[1]]


PUBLISHED = FuzzyDate.from_edtf("2024-07-15")


class TestTimePhrases:
    """Relative and vague phrases find_dates leaves alone, dated from their anchor (issue 13)."""

    def test_at_that_time_takes_the_previous_event(self) -> None:
        """ "At that time" is the moment of the event just told."""
        signing, then = in_text_order(
            events_of("The charter was signed in May 1997. At that time, hopes ran high.")
        )
        assert (then.date.edtf, then.kind) == ("1997-05", EventKind.OTHER)
        assert then.relative_to == signing

    def test_since_then_runs_from_the_previous_event(self) -> None:
        """ "Since then" is the time from the previous event on."""
        _, since = in_text_order(
            events_of("The council was created in 2002. Since then, it has met twice a year.")
        )
        assert since.date.edtf == "2002/.."

    def test_the_thread_is_lost_after_some_paragraphs(self) -> None:
        """An anaphoric phrase far from any dated event gives no event, not a guess."""
        events = paragraphs_of(
            "The council was created in 2002.",
            "Its members disagree.",
            "Its work is slow.",
            "Its budget is small.",
            "Its staff is tiny.",
            "At that time, the mood was grim.",
        )
        assert summary(events) == [("2002", "founding")]

    def test_recently_counts_back_from_the_publication(self) -> None:
        """ "Recently" is the couple of months before the publication."""
        (event,) = events_of("Recently, the ministers met in Oslo.", published=PUBLISHED)
        assert (event.date.edtf, event.kind) == ("2024-05/2024-07", EventKind.MEETING)
        assert event.relative_to == PUBLISHED

    def test_recent_before_an_event_noun(self) -> None:
        """ "a recent summit" is dated; "recent history" is not."""
        (event,) = events_of("A recent summit agreed on a new plan.", published=PUBLISHED)
        assert event.kind is EventKind.SUMMIT
        assert events_of("Recent history teaches caution.", published=PUBLISHED) == ()

    def test_today_in_the_past_tense_only(self) -> None:
        """ "Today" dates what the writer did that day, not the writer's present."""
        (event,) = events_of("Today I signed the declaration.", published=PUBLISHED)
        assert event.date.edtf == "2024-07-15"
        assert events_of("Today, the alliance is stronger than ever.", published=PUBLISHED) == ()

    def test_since_the_invasion_finds_the_invasion(self) -> None:
        """ "since the invasion" counts from the invasion the text dated before."""
        invasion, since = in_text_order(
            events_of(
                "Russia invaded Ukraine on 24 February 2022. Since the invasion, allies "
                "have sent tanks and artillery."
            )
        )
        assert invasion.kind is EventKind.INVASION
        assert since.date.edtf == "2022-02-24/.."
        assert since.relative_to == invasion

    def test_undated_happening_gives_no_event(self) -> None:
        """ "Following the summit" with no summit dated anywhere: nothing to count from."""
        assert events_of("Following the summit, the leaders went home.") == ()

    def test_gazetteer_fact_dates_a_named_institution(self) -> None:
        """ "before the Warsaw Pact": before the Pact was founded (a fact of the gazetteer)."""
        (event,) = events_of("The alliance already existed before the Warsaw Pact.")
        assert event.date.edtf == "../1955-05-14"

    def test_phase_of_a_named_period(self) -> None:
        """A phase of a period dates what happened then; "during" only sets the scene."""
        (event,) = events_of("At the start of the Cold War, both blocs built huge arsenals.")
        assert event.date.edtf == "1947~/1955~"  # its first fifth (issue 13, vague dates)
        assert events_of("During the Cold War, both blocs built huge arsenals.") == ()
        # The height of a period is its middle fifth.
        (peak,) = events_of("At the peak of the Cold War, both blocs built arsenals.")
        assert peak.date.edtf == "1965~/1973~"

    def test_baseline_of_comparison(self) -> None:
        """ "the biggest since the Cold War", "compared with 2019": baselines, not events."""
        assert events_of("It was the biggest naval drill since the Cold War.") == ()
        assert events_of("Exports fell by a third compared with 2019.") == ()

    def test_shortly_after_before_a_clause_is_a_conjunction(self) -> None:
        """ "shortly after the talks ended" opens a clause; "shortly after," is an adverb."""
        events = events_of("The talks ended in June 2010. Shortly after, the envoy resigned.")
        assert summary(in_text_order(events)) == [
            ("2010-06", "meeting"),
            ("2010-06", "appointment"),
        ]


class TestRecordsAreNoProse:
    """Front matter, reference lists, citation fields, date lines and deadlines (issue 13)."""

    def test_front_matter_gives_no_event_but_dates_the_article(self) -> None:
        """A 'published: …' field is metadata; 'two years ago' counts from it."""
        events = paragraphs_of("published: 2021-05-10", "Two years ago, the envoys met in Riga.")
        assert summary(events) == [("2019", "meeting")]

    def test_reference_list_entry(self) -> None:
        """A bulleted entry with a title, ending with its year, is a citation."""
        assert paragraphs_of("- Roe, Jane, “The Long Peace of Europe”, Boston, 2011") == ()
        assert paragraphs_of("- Roe, Jane (2011). The long peace. Boston: Example Press.") == ()

    def test_access_date(self) -> None:
        """ "accessed 3 March 2020" dates a reading, not a happening."""
        assert events_of("See the archive (accessed 3 March 2020) for the text.") == ()

    def test_date_line(self) -> None:
        """A short 'By Name, date' paragraph is the date line."""
        assert paragraphs_of("By Jane Roe March 3, 2020") == ()

    def test_deadline(self) -> None:
        """A 'by' date of a commitment or an intent is a deadline."""
        assert events_of("Allies committed to reach the target by 2030.") == ()
        assert events_of("The aim is to have the brigade ready by 2027.") == ()


class TestHostsAreNoParticipants:
    """A place naming a meeting, and the meeting's own name, take no part in it."""

    def test_host_city_before_summit(self) -> None:
        """ "the Prague summit": Prague (the Czech Republic) is where, not who."""
        events = events_of(
            "Allied leaders adopted a new doctrine at the Prague summit in November 2002."
        )
        assert {e.kind for e in events} == {EventKind.POLICY_CHANGE, EventKind.SUMMIT}
        assert all("czech-republic" not in ids(e.institutions) for e in events)

    def test_setting_meeting_and_its_happening(self) -> None:
        """ "During its summit in 2012, the alliance endorsed a road map": two happenings."""
        events = events_of("During its summit in May 2012, NATO endorsed a road map for leaving.")
        assert sorted(e.kind.value for e in events) == ["agreement", "summit"]
        assert len({e.id for e in events}) == 2
        assert all(ids(e.institutions) == {"nato"} for e in events)

    def test_named_summit_is_the_happening(self) -> None:
        """ "At the Lisbon Summit in 2010, NATO and Russia agreed": the summit is no participant."""
        text = "At the Lisbon Summit in 2010, the allies met."
        summit = Institution(id="lisbon-summit", name="Lisbon Summit", kind=InstitutionKind.OTHER)
        mentions = (Mention("t", (7, 20), "Lisbon Summit", summit),)
        (event,) = events_of(text, mentions=mentions)
        assert event.kind is EventKind.SUMMIT
        assert event.institutions == ()


class TestKnownDays:
    """A bare landmark day stands for its happening (data/known_days.json)."""

    def test_bare_day_takes_the_happening(self) -> None:
        """ "in the weeks after 24 February 2022": the invasion, with its two states."""
        events = events_of("Much changed in the weeks after 24 February 2022.")
        point = next(e for e in events if e.date.edtf == "2022-02-24")
        assert point.kind is EventKind.INVASION
        assert ids(point.institutions) >= {"russia", "ukraine"}

    def test_a_trigger_of_the_text_wins(self) -> None:
        """A day the text classifies keeps the text's kind."""
        (event,) = events_of("On 24 February 2022, the allies met in Brussels.")
        assert event.kind is EventKind.MEETING

    def test_happening_named_with_its_actor_is_a_landmark(self) -> None:
        """ "since Russia's all-out invasion", with no invasion dated: the known day."""
        (event,) = events_of("Millions of people have left since Russia's all-out invasion.")
        assert event.date.edtf == "2022-02-24/.."


class TestSinceAndFrontedFuture:
    """ "since the 2022 invasion" and a fronted date of a future clause."""

    def test_since_a_dated_noun_in_a_future_clause(self) -> None:
        """The aid sent since the invasion began in the past, whatever "will" says.

        The invasion is the point; the aid sent since is a situation whose
        own predicate names no kind, so it is ``other``, not an invasion.
        """
        events = events_of("The new pact will codify the aid sent since the 2022 invasion.")
        assert sorted(summary(events)) == [("2022", "invasion"), ("2022/..", "other")]

    def test_fronted_date_of_a_future_clause(self) -> None:
        """ "From 2026, the rules will apply": a plan."""
        assert events_of("From 2026, the new rules will apply.") == ()


class TestAreas:
    """A state named as the area of a happening is where it happened, not who took part."""

    def test_zone_over_a_state(self) -> None:
        """ "air patrols over Syria": NATO acted, Syria is the area."""
        (event,) = events_of("In May 2016, NATO flew air patrols over Syria.")
        assert ids(event.institutions) == {"nato"}

    def test_compass_part_of_a_state(self) -> None:
        """ "patrolled southern Serbia": the soldiers' area."""
        (event,) = events_of("In 1999, NATO troops patrolled southern Serbia.")
        assert "serbia" not in ids(event.institutions)


@pytest.fixture(scope="module")
def bundled() -> dict[str, Any]:
    """The bundled corpus, loaded once for the sample checks (not at collection time)."""
    import natorussia as nr

    return {d.id[:3]: d for d in nr.load().documents}


# (seed, date expression as written, EDTF, kind, institutions that must take part),
# checked by hand against the seed texts.
SEED_SAMPLE = [
    ("000", "June 22, 1994", "1994-06-22", "accession", {"russia"}),
    ("000", "December 2021", "2021-12", "proposal", {"russia"}),
    ("001", "2008", "2008", "invasion", {"georgia", "russia"}),
    ("001", "Since 2014", "2014/..", "other", {"interoperability-platform"}),
    ("001", "up until 2014", "../2014", "other", {"russia", "nato"}),
    ("002", "April 4, 2009", "2009-04-04", "summit", {"nato"}),
    ("002", "April 2010", "2010-04", "dissolution", {"interdepartmental-commission"}),
    ("002", "the same year", "2007", "publication", set()),
    ("003", "2014", "2014", "other", {"ukraine"}),
    ("004", "April 4, 1949", "1949-04-04", "founding", {"nato"}),
    ("004", "1967", "1967", "relocation", {"nato-headquarters"}),
    ("004", "the summer of 1991", "1991-22", "dissolution", {"warsaw-pact"}),
    ("004", "At this meeting", "1990", "statement", set()),
]


class TestBundledCorpus:
    """A hand-checked sample of every seed's events, and phrases that give none."""

    @pytest.mark.parametrize(
        ("seed", "written", "edtf", "kind", "institutions"),
        SEED_SAMPLE,
        ids=[f"{s[0]}-{s[1]}" for s in SEED_SAMPLE],
    )
    def test_sample_event(
        self,
        bundled: dict[str, Any],
        seed: str,
        written: str,
        edtf: str,
        kind: str,
        institutions: set[str],
    ) -> None:
        """The seed has an event dated by the expression, with its date, kind and participants."""
        doc = bundled[seed]
        found = [
            e
            for e in doc.events
            if doc.text[e.date_span[0] : e.date_span[1]] == written
            and (e.date.edtf, e.kind.value) == (edtf, kind)
        ]
        assert found, [(e.date.edtf, e.kind.value) for e in doc.events]
        assert any(institutions <= ids(e.institutions) for e in found)

    @pytest.mark.parametrize(
        ("seed", "phrase"),
        [
            ("000", "Currently"),
            ("001", "Currently"),
            ("002", "NATO Forces 2020"),
            ("002", "49th"),
            ("004", "33,670"),
            ("004", "Article 5"),
        ],
    )
    def test_phrase_gives_no_event(self, bundled: dict[str, Any], seed: str, phrase: str) -> None:
        """No event's date expression lies inside these words."""
        doc = bundled[seed]
        starts = [i for i in range(len(doc.text)) if doc.text.startswith(phrase, i)]
        assert starts
        for e in doc.events:
            assert not any(s <= e.date_span[0] < s + len(phrase) for s in starts)


class TestLeaderEras:
    """Eras named after leaders are dated by their terms (data/leader_terms.json)."""

    def test_era_of_one_leader(self) -> None:
        """ "In the Brezhnev era, …": the Brezhnev years."""
        (event,) = events_of("In the Brezhnev era, the two blocs signed several arms treaties.")
        assert event.date.edtf == "1964-10-14/1982-11-10"
        assert event.kind is EventKind.TREATY_SIGNING

    def test_list_of_administrations(self) -> None:
        """ "the Carter and Reagan administrations": from the first term's start to the last's end."""
        (event,) = events_of("Under the Carter and Reagan administrations, the arsenal grew.")
        assert event.date.edtf == "1977-01-20/1989-01-20"

    def test_ambiguous_surname_needs_the_publication(self) -> None:
        """ "the Bush administration" is the last Bush term before the publication."""
        text = "The Bush administration withdrew from the ABM treaty."
        assert events_of(text) == ()
        (event,) = events_of(text, published=FuzzyDate.from_edtf("2012-01-01"))
        assert event.date.edtf == "2001-01-20/2009-01-20"

    def test_government_of_the_day_is_no_era(self) -> None:
        """A term still running at the publication names the government, not an era."""
        text = "The Obama administration imposed sanctions on Moscow."
        assert events_of(text, published=FuzzyDate.from_edtf("2014-06-01")) == ()


class TestEndOfMissions:
    """A mission or an operation that ends, or a body disestablished, is a dissolution."""

    @pytest.mark.parametrize(
        "text",
        [
            "The training mission officially ended in December 2014.",
            "The peacekeeping force was disestablished in June 2005.",
        ],
    )
    def test_end_of_a_mission(self, text: str) -> None:
        """The kind is dissolution."""
        (event,) = events_of(text)
        assert event.kind is EventKind.DISSOLUTION


class TestCenturies:
    """A century names an age: only a verb that names the happening classifies it."""

    def test_hope_about_a_century_is_no_founding(self) -> None:
        """ "the wars of the 19th century … the struggle for independence" is no founding."""
        text = (
            "Membership gave them hope that the wars of the 19th century would not return "
            "and the struggle for independence would end."
        )
        assert events_of(text) == ()
