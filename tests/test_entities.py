"""Institutions and persons: gazetteer matching, recognition, linking and merging."""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from natorussia._entities import find_mentions, link_affiliations, merge_across_documents
from natorussia._entity_data import demonyms, parse_demonyms, parse_lexicon
from natorussia._text import fold
from natorussia.errors import DataError
from natorussia.knowledge import Gazetteer, default_gazetteer
from natorussia.model import Affiliation, Author, Institution, InstitutionKind, Mention, Person

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def mentions(text: str, regions: Sequence[tuple[int, int]] | None = None) -> tuple[Mention, ...]:
    return find_mentions(text, regions or [(0, len(text))], document_id="t")


def seed(prefix: str) -> tuple[Mention, ...]:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return mentions(path.read_text(encoding="utf-8"))


def surfaces(ms: Sequence[Mention], entity_id: str) -> set[str]:
    return {m.surface for m in ms if m.entity.id == entity_id}


def bare(names: set[str]) -> set[str]:
    """Surfaces without a leading article, where the gazetteer may list either form."""
    return {n.removeprefix("the ").removeprefix("The ") for n in names}


def persons(ms: Sequence[Mention]) -> dict[str, Person]:
    return {m.entity.id: m.entity for m in ms if isinstance(m.entity, Person)}


def person_surfaces(ms: Sequence[Mention]) -> set[str]:
    return {m.surface for m in ms if isinstance(m.entity, Person)}


def institution_at(ms: Sequence[Mention], surface: str) -> Institution:
    """The institution a mention with this surface (give or take "the ") refers to."""
    found = [
        m.entity
        for m in ms
        if surface in (m.surface, *bare({m.surface})) and isinstance(m.entity, Institution)
    ]
    assert found, f"no institution mentioned as {surface!r}"
    assert isinstance(found[0], Institution)
    return found[0]


def recognised_names(ms: Sequence[Mention]) -> set[str]:
    return {
        fold(m.entity.name) for m in ms if isinstance(m.entity, Institution) and not m.entity.known
    }


class TestGazetteerMatching:
    def test_aliases_of_one_body_link_to_one_entry(self) -> None:
        """ "NATO", "the Alliance" and "the North Atlantic Treaty Organization" are all NATO."""
        text = "NATO met. The Alliance agreed, and the North Atlantic Treaty Organization said so."
        ms = mentions(text)
        assert {m.entity.id for m in ms} == {"nato"}
        assert {m.surface for m in ms} == {
            "NATO",
            "The Alliance",
            "North Atlantic Treaty Organization",
        }

    def test_all_capitals_aliases_keep_their_case(self) -> None:
        """ "us" and "nato" in lower case are words, not the United States or NATO."""
        ms = mentions("Let us see what nato means to us; the US agrees.")
        assert [(m.surface, m.entity.id) for m in ms] == [("US", "united-states")]

    def test_longest_match_wins(self) -> None:
        """ "NATO-Russia Council" is one mention, not NATO plus Russia."""
        ms = mentions("The NATO–Russia Council met in Rome.")
        assert next((m.surface, m.entity.id) for m in ms) == (
            "NATO–Russia Council",
            "nato-russia-council",
        )
        assert "nato" not in {m.entity.id for m in ms}

    def test_word_boundaries(self) -> None:
        """ "Russian" and "Prussia" do not contain a mention of Russia; "Russian
        troops" names Russia's armed forces (a form readers list for them); the
        adjective alone names the state only where the text never names it."""
        ms = mentions("Russian troops entered Prussia.")
        assert [(m.surface, m.entity.id) for m in ms] == [
            ("Russian troops", "russian-armed-forces")
        ]
        ms = mentions("Russia let Russian traders enter Prussia.")
        assert [m.surface for m in ms] == ["Russia"]
        # Where the text never names the state, its adjective stands for it.
        ms = mentions("Russian traders entered Prussia.")
        assert [(m.surface, m.entity.id) for m in ms] == [("Russian", "russia")]

    def test_spans_index_the_full_text_and_regions_limit_the_search(self) -> None:
        """Only the regions are searched, and spans point into the whole text."""
        text = "Moscow chrome line\nNATO and Russia talked."
        start = text.index("NATO")
        ms = mentions(text, [(start, len(text))])
        assert [(m.span, m.surface) for m in ms] == [
            ((start, start + 4), "NATO"),
            ((start + 9, start + 15), "Russia"),
        ]
        assert all(text[m.span[0] : m.span[1]] == m.surface for m in ms)

    def test_nothing_inside_urls(self) -> None:
        """A web address is a mention of its site, never of the words of its path."""
        text = "See http://kremlin.ru/events/russia and www.nato.int for NATO."
        assert [(m.surface, m.entity.id) for m in mentions(text)] == [
            ("kremlin.ru", "russia"),
            ("nato.int", "nato"),
            ("NATO", "nato"),
        ]

    def test_web_site_of_an_unknown_owner(self) -> None:
        """A cited address names its site, of a kind read from the top-level domain."""
        text = "Source: https://www.baltic-ledger.com/2024/07/story and www.tartu-defence.gov/x."
        got = {m.surface: m.entity.kind for m in mentions(text)}
        assert got == {
            "baltic-ledger.com": InstitutionKind.MEDIA_OUTLET,
            "tartu-defence.gov": InstitutionKind.GOVERNMENT_BODY,
        }

    def test_possessive_is_not_part_of_the_span(self) -> None:
        """ "NATO's" is a mention of NATO covering "NATO" only."""
        ms = mentions("NATO\u2019s expansion")
        assert [m.surface for m in ms] == ["NATO"]


_OUTLETS = frozenset({"the-telegraph", "sputnik", "stern", "defense-news"})


class TestArmedForcesAndOutlets:
    """Bodies readers list that texts name by everyday forms (hand-written examples)."""

    @pytest.mark.parametrize(
        ("text", "surface", "ident"),
        [
            ("Ukrainian forces held the line near Kupiansk.", "Ukrainian forces",
             "ukrainian-armed-forces"),
            ("American troops trained in Latvia.", "American troops", "us-armed-forces"),
            ("The Bundeswehr sent a brigade.", "Bundeswehr", "bundeswehr"),
            ("Eurocorps staff moved to Strasbourg.", "Eurocorps", "eurocorps"),
            ("A poll by the Levada-Center found it.", "Levada-Center", "levada-center"),
            ("Fighters of al Qaeda fled.", "al Qaeda", "al-qaeda"),
        ],
    )  # fmt: skip
    def test_everyday_form(self, text: str, surface: str, ident: str) -> None:
        assert (surface, ident) in {(m.surface, m.entity.id) for m in mentions(text)}

    @pytest.mark.parametrize(
        "text",
        [
            "The telegraph line to Kyiv was cut.",
            "The first sputnik flew in 1957.",
            "A stern warning came from Oslo.",
            "The defense news was grim.",
        ],
    )
    def test_common_words_are_no_outlets(self, text: str) -> None:
        """Outlets named by common words match only with their capitals."""
        assert [m.surface for m in mentions(text) if m.entity.id in _OUTLETS] == []

    def test_lower_case_agreement_stays_outside(self) -> None:
        """ "the Berlin Plus agreement": the mention is "Berlin Plus"."""
        ms = mentions("Under the Berlin Plus agreement the EU took over.")
        assert [m.surface for m in ms if m.entity.id == "berlin-plus"] == ["Berlin Plus"]


class TestKnownNamesInsideLongerRuns:
    """A run that only wraps a known body's name gives the known body (hand-written)."""

    @pytest.mark.parametrize(
        ("text", "surface", "ident"),
        [
            ("He visited the Headquarters for the NATO Standardization Office.",
             "NATO Standardization Office", "nato-standardization-office"),
            ("The NATO Support and Procurement Agency Headquarters opened.",
             "NATO Support and Procurement Agency", "nato-support-agency"),
            ("Ottawa kept the Open Skies Treaty between Canada and Hungary alive.",
             "the Open Skies Treaty", "open-skies-treaty"),
            ("Georgia wants a Georgian Membership Action Plan soon.",
             "Membership Action Plan", "membership-action-plan"),
        ],
    )  # fmt: skip
    def test_known_name_wins(self, text: str, surface: str, ident: str) -> None:
        got = {(m.surface, m.entity.id) for m in mentions(text)}
        assert (surface, ident) in got
        assert not [
            m
            for m in mentions(text)
            if m.entity.id.startswith(
                ("headquarters", "open-skies-treaty-between", "nato-support-and")
            )
        ]

    def test_a_state_opens_a_body(self) -> None:
        """A state's name opening a longer body stays inside that body."""
        ms = mentions("The New Zealand Institute spoke.")
        assert [(m.surface, m.entity.id) for m in ms] == [
            ("New Zealand Institute", "new-zealand-institute")
        ]


class TestAffiliations:
    """An author's affiliation links to the institution it names (hand-written names)."""

    @pytest.mark.parametrize(
        ("printed", "ident"),
        [
            ("Chatham House", "chatham-house"),
            ("Research Fellow, Royal United Services Institute", "rusi"),
            ("Tartu Centre for Northern Security Studies", "tartu-centre-for-northern-security-studies"),
        ],
    )  # fmt: skip
    def test_linked(self, printed: str, ident: str) -> None:
        (author,) = link_affiliations([Author("Kari Nordmann", (Affiliation(printed),))])
        entity = author.affiliations[0].entity
        assert entity is not None
        assert entity.id == ident
        assert author.affiliations[0].institution == printed

    @pytest.mark.parametrize("printed", ["independent journalist", "Oslo", ""])
    def test_not_an_institution(self, printed: str) -> None:
        """A role, a place (a state's metonym) or nothing links to no institution."""
        (author,) = link_affiliations([Author("Kari Nordmann", (Affiliation(printed),))])
        assert author.affiliations[0].entity is None

    def test_pipeline_links_bylines(self) -> None:
        """A document's authors come out of the pipeline with linked affiliations."""
        import natorussia as nr

        linked = [a.entity for d in nr.load().documents for x in d.authors for a in x.affiliations]
        assert linked
        assert all(isinstance(e, Institution) for e in linked)


class TestRecognisedInstitutions:
    def test_definition_with_acronym_links_later_uses(self) -> None:
        """A full name defined with its acronym links the acronym's later uses."""
        text = "The Baltic Defence Research Council (BDRC) met. Later the BDRC spoke."
        ms = mentions(text)
        inst = institution_at(ms, "Baltic Defence Research Council")
        assert not inst.known
        assert inst.acronym == "BDRC"
        assert inst.kind is InstitutionKind.COUNCIL_OR_FORUM
        assert [m.surface for m in ms if m.entity.id == inst.id] == [
            "Baltic Defence Research Council",
            "BDRC",
            "BDRC",
        ]

    def test_acronym_definition_without_a_head_word(self) -> None:
        """ "Supreme Headquarters Allied Powers Europe (SHAPE)" defines SHAPE."""
        text = (
            "It sits at Supreme Headquarters Allied Powers Europe (SHAPE) in Mons. SHAPE runs it."
        )
        ms = mentions(text)
        inst = institution_at(ms, "SHAPE")
        assert fold(inst.name) == fold("Supreme Headquarters Allied Powers Europe")
        assert len(surfaces(ms, inst.id)) == 2

    def test_acronym_must_fit_the_name(self) -> None:
        """ "(MTC)" after a lower-case phrase, or letters that do not fit, define nothing."""
        ms = mentions(
            "They began military-technical cooperation (MTC). The Warsaw Forum (QZX) met."
        )
        assert "MTC" not in {m.surface for m in ms}
        assert "QZX" not in {m.surface for m in ms}

    @pytest.mark.parametrize(
        ("sentence", "name", "kind"),
        [
            ("Members of the Nordic Security Institute spoke.", "Nordic Security Institute",
             InstitutionKind.THINK_TANK_OR_RESEARCH),
            ("He studied at the University of Tartu.", "University of Tartu",
             InstitutionKind.UNIVERSITY),
            ("The Hanseatic Liberal Party won.", "Hanseatic Liberal Party",
             InstitutionKind.POLITICAL_PARTY),
            ("Money came from the Vistula Cooperation Fund.", "Vistula Cooperation Fund",
             InstitutionKind.PROGRAMME_OR_INITIATIVE),
            ("They signed the Kaunas Declaration.", "Kaunas Declaration",
             InstitutionKind.TREATY_OR_AGREEMENT),
            ("A letter from the Ministry of Defence of Estonia arrived.",
             "Ministry of Defence of Estonia", InstitutionKind.GOVERNMENT_BODY),
            ("The Arctic Resilience Programme began.", "Arctic Resilience Programme",
             InstitutionKind.PROGRAMME_OR_INITIATIVE),
            ("Experts at the Tartu Policy Center wrote.", "Tartu Policy Center",
             InstitutionKind.THINK_TANK_OR_RESEARCH),
        ],
    )  # fmt: skip
    def test_head_words_make_institutions_of_a_guessed_kind(
        self, sentence: str, name: str, kind: InstitutionKind
    ) -> None:
        """Capitalised names headed by an organisation word are institutions of a guessed kind."""
        inst = institution_at(mentions(sentence), name)
        assert not inst.known
        assert inst.kind is kind
        assert inst.name == name

    def test_a_known_name_maps_to_the_gazetteer(self) -> None:
        """A headed name the gazetteer knows is the gazetteer entry, never a duplicate."""
        ms = mentions("The Permanent Joint Council was replaced.")
        assert institution_at(ms, "Permanent Joint Council").known

    def test_meeting_of_a_known_body_is_not_a_new_institution(self) -> None:
        """ "the NATO Summit in Brussels" mentions NATO; it is no new institution."""
        ms = mentions("During the last NATO Summit in Brussels, leaders met.")
        assert next((m.surface, m.entity.id) for m in ms) == ("NATO", "nato")
        assert "nato summit" not in recognised_names(ms)

    def test_trailing_role_is_not_part_of_the_name(self) -> None:
        """ "Valdai Club Programme Director" names the Valdai Club, not a programme."""
        ms = mentions("By Ivan Timofeev, Valdai Club Programme Director.")
        assert institution_at(ms, "Valdai Club").kind is InstitutionKind.THINK_TANK_OR_RESEARCH

    def test_month_after_a_name_is_not_part_of_it(self) -> None:
        """ "the Riga Security Conference on February 2013" stops before the month."""
        ms = mentions("He spoke at the Riga Security Conference on February 2013.")
        assert institution_at(ms, "Riga Security Conference")

    def test_no_institution_from_plain_capitalised_phrases(self) -> None:
        """Sentence-initial words, periods and regions are no institutions."""
        ms = mentions("The Cold War ended. Eastern Europe changed. Council members met.")
        assert recognised_names(ms) == set()


class TestAnaphora:
    def test_the_council_links_to_the_only_council(self) -> None:
        """ "the Council" links to the one council the text named before."""
        text = "The Nordic Defence Council was set up. The Council met twice."
        ms = mentions(text)
        inst = institution_at(ms, "Nordic Defence Council")
        assert surfaces(ms, inst.id) == {"Nordic Defence Council", "The Council"}

    def test_no_link_when_several_could_be_meant(self) -> None:
        """With two treaties named before, "the treaty" links to neither."""
        text = "The Kaunas Treaty and the Vilnius Treaty were signed. The treaty failed."
        ms = mentions(text)
        assert "The treaty" not in {m.surface for m in ms}

    def test_no_link_before_any_referent(self) -> None:
        """ "the council" with nothing named before stays unlinked."""
        assert mentions("The council met. Then the Nordic Defence Council formed.")[0].surface != (
            "The council"
        )


class TestAnaphoraOfTheSubject:
    """ "the Council" when several councils were named: the one the text keeps naming."""

    TEXT = (
        "The Nordic Defence Council met in Oslo. The Nordic Defence Council agreed on a plan. "
        "The Baltic Energy Council objected. The Nordic Defence Council replied. "
        "The Council will meet again. This alliance of ideas aside, the Arctic Shield Alliance "
        "grew. The alliance admitted Iceland."
    )

    def test_the_dominant_body(self) -> None:
        ms = mentions(self.TEXT)
        council = next(m for m in ms if m.surface == "The Council")
        assert council.entity.id == "nordic-defence-council"

    def test_capitalised_alliance_at_a_sentence_start(self) -> None:
        ms = mentions(self.TEXT)
        assert ("The alliance", "arctic-shield-alliance") in {(m.surface, m.entity.id) for m in ms}

    def test_no_dominant_body_links_nothing(self) -> None:
        """Two councils named as often: "the Council" is nobody's."""
        text = (
            "The Nordic Defence Council and the Baltic Energy Council met. The Council adjourned."
        )
        assert "The Council" not in {m.surface for m in mentions(text)}

    def test_this_treaty(self) -> None:
        """ "this treaty" after the one treaty named is that treaty."""
        text = "The Svalbard Fisheries Treaty was signed. Norway kept this treaty."
        ms = mentions(text)
        assert ("this treaty", "svalbard-fisheries-treaty") in {
            (m.surface, m.entity.id) for m in ms
        }


class TestListedDemonyms:
    """Demonyms listed side by side stand for their states (hand-written examples)."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Oslo sought Danish, Finnish and the Icelandic backing.",
             [("Danish", "denmark"), ("Finnish", "finland"), ("Icelandic", "iceland")]),
            ("The Canada and Norwegian teams left.", [("Canada", "canada"), ("Norwegian", "norway")]),
        ],
    )  # fmt: skip
    def test_listed(self, text: str, expected: list[tuple[str, str]]) -> None:
        got = [(m.surface, m.entity.id) for m in mentions(text)]
        assert [g for g in got if g in expected or g[0] in dict(expected)] == expected

    @pytest.mark.parametrize(
        "text",
        [
            "Norway said Norwegian fishermen protested in the port.",
            "She spoke Swedish and Finnish speakers answered.",
            "They wrote in Polish and in Czech.",
            "Latvian and Estonian languages differ.",
        ],
    )
    def test_alone_or_languages(self, text: str) -> None:
        """A lone demonym where the text names its state, or demonyms as languages,
        name no state."""
        assert [m.surface for m in mentions(text) if m.surface in demonyms()] == []

    def test_bundled_targets_are_states(self) -> None:
        states = {i.id for i in default_gazetteer().of_kind(InstitutionKind.STATE)}
        assert set(demonyms().values()) <= states

    @pytest.mark.parametrize(
        ("data", "entry"),
        [
            ({"demonyms": {"danish": "denmark"}}, "danish"),
            ({"demonyms": {"Danish": "Denmark"}}, "Danish"),
            ({"demonyms": ["Danish"]}, "demonyms"),
        ],
    )
    def test_bad_file(self, data: dict[str, Any], entry: str) -> None:
        with pytest.raises(DataError, match=entry):
            parse_demonyms("demonyms.json", data)


class TestPersons:
    def test_title_and_given_name(self) -> None:
        """ "Russian Foreign Minister Sergei Lavrov": a person with the role as written;
        one mention covers the title written before the name, a second the name."""
        ms = mentions("Russian Foreign Minister Sergei Lavrov spoke.")
        m, name = ms
        assert m.surface == "Russian Foreign Minister Sergei Lavrov"
        assert (name.surface, name.span, name.entity) == ("Sergei Lavrov", (25, 38), m.entity)
        assert isinstance(m.entity, Person)
        assert m.entity.id == "sergei-lavrov"
        assert m.entity.roles == ("Russian Foreign Minister",)
        assert "Russian Foreign Minister Sergei Lavrov" in m.entity.aliases

    def test_title_without_known_given_name(self) -> None:
        """A title makes a person of names no list knows: "Estonian Defence Minister Kalle Laanet"."""
        ms = mentions("Estonian Defence Minister Kalle Laanet arrived. Laanet spoke.")
        assert [(m.surface, m.entity.id) for m in ms] == [
            ("Estonian Defence Minister Kalle Laanet", "kalle-laanet"),
            ("Kalle Laanet", "kalle-laanet"),
            ("Laanet", "kalle-laanet"),
        ]
        assert ms[0].entity.roles == ("Estonian Defence Minister",)  # type: ignore[union-attr]

    def test_title_and_surname_alone(self) -> None:
        """ "President Vorontsov" with no full name anywhere makes a person named "Vorontsov"."""
        ms = mentions("President Vorontsov resigned. Vorontsov\u2019s party lost.")
        assert [(m.surface, m.entity.id) for m in ms] == [
            ("President Vorontsov", "vorontsov"),
            ("Vorontsov", "vorontsov"),
            ("Vorontsov", "vorontsov"),
        ]
        assert ms[0].entity.roles == ("President",)  # type: ignore[union-attr]

    def test_surname_and_title_plus_surname_link_back(self) -> None:
        """ "Lavrov" and "Foreign Minister Lavrov" later link to Sergei Lavrov."""
        text = "Sergei Lavrov arrived. Lavrov\u2019s speech was long. Foreign Minister Lavrov left."
        ms = mentions(text)
        assert {m.entity.id for m in ms} == {"sergei-lavrov"}
        assert [m.surface for m in ms] == [
            "Sergei Lavrov",
            "Lavrov",
            "Foreign Minister Lavrov",
            "Lavrov",
        ]

    def test_initials_particles_and_diacritics(self) -> None:
        """Names with initials, particles and diacritics are whole names."""
        text = (
            "James M. Goldgeier wrote it. Jaap de Hoop Scheffer agreed, "
            "and Lech Wa\u0142\u0119sa did not. Charles de Gaulle left; de Gaulle returned."
        )
        got = {m.surface: m.entity.id for m in mentions(text)}
        assert got == {
            "James M. Goldgeier": "james-m-goldgeier",
            "Jaap de Hoop Scheffer": "jaap-de-hoop-scheffer",
            "Lech Wa\u0142\u0119sa": "lech-walesa",
            "Charles de Gaulle": "charles-de-gaulle",
            "de Gaulle": "charles-de-gaulle",
        }

    def test_transliteration_variants_share_an_id(self) -> None:
        """ "Sergey" and "Sergei", "Andrey" and "Andrei" give the same person id."""
        ms = mentions("Sergey Lavrov met Andrey Kozyrev. Later Sergei Lavrov met Andrei Kozyrev.")
        assert [m.entity.id for m in ms] == [
            "sergei-lavrov",
            "andrei-kozyrev",
            "sergei-lavrov",
            "andrei-kozyrev",
        ]

    def test_appositive_role(self) -> None:
        """ "Name, the Director of …" keeps the role after the name."""
        text = "Ivan Soltanovsky, the Director of the Department for European Cooperation, spoke."
        p = persons(mentions(text))["ivan-soltanovsky"]
        assert p.roles == ("Director of the Department for European Cooperation",)

    def test_role_before_a_comma(self) -> None:
        """ "the President of the USSR, Mikhail Gorbachev" keeps "President of the USSR"."""
        p = persons(mentions("Baker met the President of the USSR, Mikhail Gorbachev."))
        assert p["mikhail-gorbachev"].roles == ("President of the USSR",)

    def test_lowercase_role_before_the_name(self) -> None:
        """ "the then-president of France Charles de Gaulle" keeps the role as written."""
        p = persons(mentions("In 1966 the then-president of France Charles de Gaulle left."))
        assert p["charles-de-gaulle"].roles == ("then-president of France",)

    def test_then_prefix_stays_in_the_role(self) -> None:
        """ "then-US Secretary of State James Baker" has the role "then-US Secretary of State"."""
        p = persons(mentions("He met then-US Secretary of State James Baker in Moscow."))
        assert p["james-baker"].roles == ("then-US Secretary of State",)

    def test_lowercase_role_with_qualifier(self) -> None:
        """ "NATO chief Jens Stoltenberg", "Kremlin spokesman Dmitry Peskov" keep their roles."""
        p = persons(
            mentions("NATO chief Jens Stoltenberg and Kremlin spokesman Dmitry Peskov met.")
        )
        assert p["jens-stoltenberg"].roles == ("NATO chief",)
        assert p["dmitry-peskov"].roles == ("Kremlin spokesman",)

    def test_lowercase_appositive_and_qualified_lowercase_title(self) -> None:
        """ "X, chair of the …" and "Former Soviet leader X" keep their roles."""
        text = (
            "Admiral Tiit Noorkoiv, chair of the Nordic Defence Committee, spoke after "
            "former Soviet leader Mikhail Gorbachev."
        )
        p = persons(mentions(text))
        assert p["tiit-noorkoiv"].roles == ("Admiral", "chair of the Nordic Defence Committee")
        assert p["mikhail-gorbachev"].roles == ("former Soviet leader",)

    def test_honorific_is_dropped_from_a_role(self) -> None:
        """ "General Sir Richard Dannatt": the role is "General", not "General Sir"."""
        p = persons(mentions("General Sir Richard Dannatt warned."))
        assert p["richard-dannatt"].roles == ("General",)

    def test_honorific_without_dot_and_double_particle(self) -> None:
        """ "Mr Putin" is Putin; "Ursula von der Leyen" is one name."""
        got = {m.surface: m.entity.id for m in mentions("Mr Putin met Ursula von der Leyen.")}
        assert got == {
            "Mr Putin": "vladimir-putin",
            "Putin": "vladimir-putin",
            "Ursula von der Leyen": "ursula-von-der-leyen",
        }

    def test_title_in_the_mention_stops_at_a_body_and_a_possessive(self) -> None:
        """ "NATO spokesperson Oana Lungescu": the person's mention covers the whole
        title and NATO keeps its own mention inside it; the name alone is a second,
        nested mention. "Russia's Foreign Minister Lavrov" leaves "Russia's" to Russia."""
        text = "NATO spokesperson Oana Lungescu met Russia\u2019s Foreign Minister Lavrov."
        got = [(m.surface, m.entity.id) for m in mentions(text)]
        assert got == [
            ("NATO", "nato"),
            ("NATO spokesperson Oana Lungescu", "oana-lungescu"),
            ("Oana Lungescu", "oana-lungescu"),
            ("Russia", "russia"),
            ("Foreign Minister Lavrov", "sergei-lavrov"),
            ("Lavrov", "sergei-lavrov"),
        ]

    def test_endnote_author(self) -> None:
        """An endnote's author is a person even with a given name no list knows."""
        text = "Body.\n[1] Maris Ozols, \u201cBaltic defence after 2030,\u201d Riga Review (2031)."
        assert "Maris Ozols" in person_surfaces(mentions(text))

    def test_well_known_surname_alone(self) -> None:
        """ "Putin" alone, with no full name in the text, is Vladimir Putin."""
        ms = mentions("Putin\u2019s Munich Speech in 2007 changed things.")
        assert [(m.surface, m.entity.id) for m in ms] == [("Putin", "vladimir-putin")]

    @pytest.mark.parametrize(
        "text",
        [
            "The Cold War ended and the Munich Speech followed.",
            "Eastern Europe and the Middle East were quiet.",
            "Partnership Interoperability Initiative work went on.",
            "Heads of State and Government met at the White House.",
            "President of Russia decrees followed.",
            "The Supreme Allied Commander is American.",
            "They walked down King Street to the embassy.",
        ],
    )
    def test_no_person_from_capitalised_phrases_that_are_not_names(self, text: str) -> None:
        """Capitalised phrases that are not names never become persons."""
        assert person_surfaces(mentions(text)) == set()

    def test_org_head_after_a_name_makes_no_person(self) -> None:
        """ "George Washington University" is an institution, not George Washington."""
        ms = mentions("She taught at George Washington University.")
        assert person_surfaces(ms) == set()
        assert institution_at(ms, "George Washington University").kind is (
            InstitutionKind.UNIVERSITY
        )


class TestMerge:
    @pytest.mark.parametrize(
        ("one", "other", "pid"),
        [
            ("Sergey Lavrov", "Sergei Lavrov", "sergei-lavrov"),
            ("Fethullah Gulen", "Fethullah G\u00fclen", "fethullah-gulen"),
            ("Lech Walesa", "Lech Wa\u0142\u0119sa", "lech-walesa"),
            ("Andrei Kozyrev", "Andrey Kozyrev", "andrei-kozyrev"),
            ("Fyodor Lukyanov", "Fedor Lukyanov", "fyodor-lukyanov"),
            ("Yuri Andropov", "Yury Andropov", "yuri-andropov"),
            ("Aleksandr Grushko", "Alexander Grushko", "alexander-grushko"),
        ],
    )
    def test_spelling_variants_merge(self, one: str, other: str, pid: str) -> None:
        """Spelling and transliteration variants in two documents are one person."""
        a = find_mentions(f"{one} spoke.", [(0, 99)], document_id="a")
        b = find_mentions(f"Yesterday {other} spoke.", [(0, 99)], document_id="b")
        merged = merge_across_documents([*a, *b])
        assert set(merged) == {pid}
        assert {one, other} <= set(merged[pid].aliases)

    def test_roles_and_aliases_are_unions(self) -> None:
        """The merged person carries every role and alias from every document."""
        a = find_mentions(
            "Russian Foreign Minister Sergei Lavrov spoke.", [(0, 99)], document_id="a"
        )
        b = find_mentions(
            "Sergey Lavrov, then Foreign Minister, spoke.", [(0, 99)], document_id="b"
        )
        p = merge_across_documents([*a, *b])["sergei-lavrov"]
        assert isinstance(p, Person)
        assert set(p.roles) == {"Russian Foreign Minister", "then Foreign Minister"}
        assert {"Sergei Lavrov", "Sergey Lavrov"} <= set(p.aliases)

    def test_surname_only_person_joins_the_full_name(self) -> None:
        """ "President Vorontsov" in one document joins "Pavel Vorontsov" in another."""
        a = find_mentions("President Vorontsov spoke.", [(0, 99)], document_id="a")
        b = find_mentions("Pavel Vorontsov spoke.", [(0, 99)], document_id="b")
        merged = merge_across_documents([*a, *b])
        assert merged["vorontsov"] is merged["pavel-vorontsov"]
        assert merged["vorontsov"].name == "Pavel Vorontsov"
        assert merged["vorontsov"].roles == ("President",)  # type: ignore[union-attr]

    def test_recognised_institutions_with_one_name_merge(self) -> None:
        """The same recognised name in two documents is one institution with both aliases."""
        a = find_mentions("The Nordic Security Institute (NSI) met.", [(0, 99)], document_id="a")
        b = find_mentions("the Nordic Security Institute met.", [(0, 99)], document_id="b")
        merged = merge_across_documents([*a, *b])
        inst = merged["nordic-security-institute"]
        assert isinstance(inst, Institution)
        assert inst.acronym == "NSI"
        assert set(inst.aliases) == {"Nordic Security Institute", "NSI"}

    def test_gazetteer_entries_map_to_themselves(self) -> None:
        """A gazetteer entry is its own merged entity, with the gazetteer's aliases."""
        a = find_mentions("NATO met.", [(0, 9)], document_id="a")
        merged = merge_across_documents(a)
        assert merged["nato"] is a[0].entity
        assert "the Alliance" in merged["nato"].aliases

    def test_different_people_stay_apart(self) -> None:
        """ "George Bush" of 1990 and "George W. Bush" are not merged."""
        a = find_mentions("George Bush signed in 1990.", [(0, 27)], document_id="a")
        b = find_mentions("George W. Bush signed.", [(0, 22)], document_id="b")
        assert set(merge_across_documents([*a, *b])) == {"george-h-w-bush", "george-w-bush"}

    def test_one_name_of_two_known_persons_is_told_apart_by_date(self) -> None:
        """ "George Bush" of a 1991 treaty is the father, of a 2003 war the son."""
        a = find_mentions("In 1991 George Bush signed START.", [(0, 33)], document_id="a")
        b = find_mentions("George Bush went to war in 2003.", [(0, 32)], document_id="b")
        assert a[0].entity.id == "george-h-w-bush"
        assert b[0].entity.id == "george-w-bush"
        merged = merge_across_documents([*a, *b])
        assert merged["george-h-w-bush"] != merged["george-w-bush"]


class TestSeed000:
    ms = seed("000")

    def test_institutions(self) -> None:
        """Seed 000 names NATO, Russia, the USSR, PfP, the NACC, the NRC, the Founding Act, the EU."""
        ms = self.ms
        assert {"NATO", "the bloc", "the US-led bloc"} <= surfaces(ms, "nato")
        assert {"Russia", "the Russian Federation", "Moscow"} <= surfaces(ms, "russia")
        assert {"USSR", "Soviet Union"} <= bare(surfaces(ms, "ussr"))
        assert "Partnership for Peace" in {s[:21] for s in surfaces(ms, "partnership-for-peace")}
        assert "NATO-Russia Council" in surfaces(ms, "nato-russia-council")
        assert "NATO-Russia Founding Act" in surfaces(ms, "founding-act")
        assert "EU" in surfaces(ms, "european-union")
        assert institution_at(ms, "North Atlantic Cooperation Council")
        assert fold(institution_at(ms, "Charter of Paris for a New Europe").name) == fold(
            "Charter of Paris for a New Europe"
        )

    def test_persons(self) -> None:
        """Seed 000 names Kozyrev, Yeltsin, Walesa, Putin and its author."""
        p = persons(self.ms)
        assert {"Andrey Kozyrev", "Kozyrev"} <= set(p["andrei-kozyrev"].aliases)
        assert p["andrei-kozyrev"].roles == ("Russia\u2019s then Minister of Foreign Affairs",)
        assert p["boris-yeltsin"].roles == ("Russian President",)
        assert p["lech-walesa"].roles == ("Polish President",)
        assert "Putin" in set(p["vladimir-putin"].aliases)
        assert "fyodor-lukyanov" in p  # a well-known name: "Fyodor A. Lukyanov" is an alias

    def test_not_persons(self) -> None:
        """ "Cold War", "Munich Speech", "Partnership for Peace" are not persons."""
        names = {fold(p.name) for p in persons(self.ms).values()}
        for phrase in ("Cold War", "Munich Speech", "Western Europe", "Partnership for Peace"):
            assert fold(phrase) not in names
        assert len(persons(self.ms)) == 5

    def test_not_institutions(self) -> None:
        """No institution from "Cold War", "Munich Speech" or "Editor's Column"."""
        names = recognised_names(self.ms)
        for phrase in ("Cold War", "Munich Speech", "Editor's Column", "Western community"):
            assert fold(phrase) not in names


class TestSeed001:
    ms = seed("001")

    def test_institutions_with_acronyms(self) -> None:
        """Seed 001 defines NACC, EAPC, PfP, PJC and NRC with their acronyms."""
        ms = self.ms
        for name, acronym in [
            ("North Atlantic Cooperation Council", "NACC"),
            ("Euro-Atlantic Partnership Council", "EAPC"),
        ]:
            inst = institution_at(ms, name)
            assert institution_at(ms, acronym) == inst
        assert {"Partnership for Peace", "PfP"} <= surfaces(ms, "partnership-for-peace")
        assert {"Permanent Joint Council", "PJC"} <= surfaces(ms, "permanent-joint-council")
        assert {"NATO-Russia Council", "NRC"} <= surfaces(ms, "nato-russia-council")
        assert {"NATO", "the Alliance", "North Atlantic Treaty Organization"} <= surfaces(
            ms, "nato"
        )
        assert "EU" in surfaces(ms, "european-union")
        assert "China" in surfaces(ms, "china")
        assert institution_at(ms, "Partnership Interoperability Initiative")
        assert institution_at(ms, "Defence and Related Security Capacity Building Initiative")

    def test_endnote_persons(self) -> None:
        """Authors cited in seed 001's endnotes are persons; "Iulian" links to Raluca Iulia Iulian."""
        p = persons(self.ms)
        assert {
            "raluca-iulia-iulian",
            "igor-ivanov",
            "viktor-zamyatin",
            "david-herszenhorn",
            "lauren-girardin",
            "nikolai-n-petro",
            "emanuele-scimia",
            "kinling-lo",
            "jun-mai",
            "vladimir-putin",
        } == set(p)
        assert "Iulian" in p["raluca-iulia-iulian"].aliases

    def test_nothing_from_urls(self) -> None:
        """The kremlin.ru and politico.eu addresses give no mentions but their sites."""
        text = (SEEDS / next(SEEDS.glob("001_*.txt")).name).read_text(encoding="utf-8")
        for m in self.ms:
            line_start = text.rfind(" ", 0, m.span[0]) + 1
            if text[line_start : m.span[0]].startswith(("http", "www")):
                assert "/" not in m.surface, m  # the host name only
                assert "." in m.surface, m
                assert text[line_start : m.span[0]].endswith(("//", "www.")), m

    def test_not_institutions(self) -> None:
        """ "NATO Summit" and "Cold War" are no new institutions."""
        names = recognised_names(self.ms)
        assert fold("NATO Summit") not in names
        assert fold("Cold War") not in names


class TestSeed002:
    ms = seed("002")

    def test_institutions(self) -> None:
        """Seed 002 names the NRC, the Rome Declaration, the OSCE and Russian bodies."""
        ms = self.ms
        assert {"NATO-Russia Council", "NRC"} <= surfaces(ms, "nato-russia-council")
        assert {"NATO", "the Alliance"} <= surfaces(ms, "nato")
        assert "OSCE" in surfaces(ms, "osce")
        assert institution_at(ms, "Permanent Joint Council").known
        assert institution_at(ms, "Munich Security Conference")
        assert institution_at(ms, "Ministry of Foreign Affairs of the Russian Federation")
        assert institution_at(ms, "Department for European Cooperation")
        assert institution_at(ms, "Interdepartmental Commission")
        assert "Rome Declaration" in bare(surfaces(ms, "rome-declaration"))

    def test_persons_and_roles(self) -> None:
        """Seed 002's persons with the roles the text gives them."""
        p = persons(self.ms)
        assert p["alexander-grushko"].roles[0] == (
            "Permanent Representative of the Russian Federation to NATO"
        )
        assert {"Sergei Lavrov", "Sergey Lavrov", "Lavrov"} <= set(p["sergei-lavrov"].aliases)
        assert "Russian Foreign Minister" in p["sergei-lavrov"].roles
        assert p["sergei-ryabkov"].roles == ("Deputy Minister of Foreign Affairs of Russia",)
        assert p["george-robertson"].roles == ("NATO Secretary General",)
        assert {"Fogh Rasmussen", "Rasmussen"} <= set(p["anders-fogh-rasmussen"].aliases)
        assert p["leon-panetta"].roles == ("Former U.S. Secretary of Defense",)
        assert p["shinzo-abe"].roles == ("Japanese Prime Minister",)
        assert p["viktor-yanukovych"].roles == ("President",)
        assert "then Secretary General of NATO" in p["jaap-de-hoop-scheffer"].roles
        assert {
            "madeleine-albright",
            "dmitry-medvedev",
            "vladimir-putin",
            "ivo-daalder",
            "james-m-goldgeier",
            "barack-obama",
            "george-w-bush",
            "ivan-soltanovsky",
            "charles-kupchan",
        } <= set(p)

    def test_not_persons(self) -> None:
        """ "Group of Wise Men", "Lisbon Summit", "Strategic Concept" are no persons."""
        names = {fold(p.name) for p in persons(self.ms).values()}
        for phrase in ("Wise Men", "Lisbon Summit", "Strategic Concept", "Wikimedia"):
            assert fold(phrase) not in names
        assert all(len(p.name.split()) <= 4 for p in persons(self.ms).values())


class TestSeed003:
    ms = seed("003")

    def test_institutions_and_person(self) -> None:
        """Seed 003 names NATO, Russia via Moscow and the Kremlin, the NRC, and Ivan Timofeev."""
        ms = self.ms
        assert {"NATO", "the bloc"} <= surfaces(ms, "nato")
        assert {"Russia", "Moscow", "the Kremlin"} <= surfaces(ms, "russia")
        assert "Russia-NATO Council" in surfaces(ms, "nato-russia-council")
        assert institution_at(ms, "Valdai Club")
        assert institution_at(ms, "Treaty on Conventional Weapons in Europe")
        p = persons(ms)
        assert set(p) == {"ivan-timofeev"}
        assert p["ivan-timofeev"].roles == ("Valdai Club Programme Director",)

    def test_not_entities(self) -> None:
        """ "Eastern Europe", "Middle East" and "Cold War" are neither persons nor institutions."""
        names = recognised_names(self.ms)
        for phrase in ("Eastern Europe", "Middle East", "Cold War", "El Pais"):
            assert fold(phrase) not in names


class TestSeed004:
    ms = seed("004")

    def test_institutions(self) -> None:
        """Seed 004 names NATO, the treaties, SHAPE, the Warsaw Pact and the founding acts."""
        ms = self.ms
        assert {"NATO", "North Atlantic Treaty Organization", "the Alliance"} <= surfaces(
            ms, "nato"
        )
        assert {"North Atlantic Treaty", "the Washington Treaty"} <= surfaces(
            ms, "north-atlantic-treaty"
        )
        assert {"USSR", "Soviet Union"} <= bare(surfaces(ms, "ussr"))
        assert institution_at(ms, "SHAPE") == institution_at(
            ms, "Supreme Headquarters Allied Powers Europe"
        )
        pact = institution_at(ms, "Warsaw Pact Organization")
        assert "Warsaw Pact" in bare(surfaces(ms, pact.id))
        assert institution_at(ms, "Brussels Treaty")
        assert institution_at(ms, "Founding Act on Relations between Russia and NATO").known
        assert "Russia-NATO Council" in surfaces(ms, "nato-russia-council")
        assert institution_at(ms, "Treaty on Conventional Armed Forces in Europe")

    def test_persons_and_roles(self) -> None:
        """Seed 004's persons, linked from surnames, with their roles."""
        p = persons(self.ms)
        assert set(p) == {
            "pavel-luzin",
            "boris-yeltsin",
            "mikhail-gorbachev",
            "george-h-w-bush",  # "George Bush" of the 1991 treaty
            "james-baker",
            "bill-clinton",
            "vladimir-putin",
            "vyacheslav-molotov",
            "charles-de-gaulle",
            "fethullah-gulen",
            "francisco-franco",
            "slobodan-milosevic",
            "joseph-stalin",
            "nikita-khrushchev",
        }
        assert set(p["mikhail-gorbachev"].roles) == {"President of the USSR", "Soviet President"}
        assert p["james-baker"].roles == ("then-US Secretary of State",)
        assert p["bill-clinton"].roles == ("US President",)
        assert p["vyacheslav-molotov"].roles == ("Soviet Foreign Minister",)
        assert {"Baker", "James Baker"} <= set(p["james-baker"].aliases)
        assert {"de Gaulle", "Charles de Gaulle"} <= set(p["charles-de-gaulle"].aliases)
        assert "Yeltsin" in p["boris-yeltsin"].aliases

    def test_not_entities(self) -> None:
        """ "Supreme Allied Commander", "Eastern Bloc", "Cold War" are neither persons nor bodies."""
        names = recognised_names(self.ms) | {fold(p.name) for p in persons(self.ms).values()}
        for phrase in ("Supreme Allied Commander", "Eastern Bloc", "Cold War", "World War"):
            assert fold(phrase) not in names


class TestInventedArticle:
    """An article written for the test: bodies and people no list knows."""

    TEXT = (
        "Baltic ministers meet in Tallinn\n"
        "In March 2031 the Baltic Defence Research Council (BDRC) met at the Nordic Security "
        "Institute. Estonian Defence Minister Hanno Pevkur opened the session; the BDRC later "
        "published its findings. Mr. Pevkur thanked the Ministry of Defence of Estonia.\n"
        "The Council agreed to launch the Arctic Resilience Programme, funded by the Vistula "
        "Cooperation Fund. Latvian Prime Minister Evika Silina said the programme would run until "
        "2035. Professor Ingrida Kalnina, the Director of the Riga Centre for Strategic Studies, "
        "warned that the Cold War is over. Silina and Kalnina met the Chairman of the Hanseatic "
        "Liberal Party.\n"
        "During the Eastern Europe debate, Lithuanian Foreign Minister Gabrielius Landsbergis "
        "quoted the Kaunas Declaration. Landsbergis thanked the University of Tartu.\n"
        "[1] Maris Ozols, \u201cBaltic defence after 2030,\u201d Riga Review (2031).\n"
    )

    def test_bodies_by_recognition(self) -> None:
        """Every body is found by rules alone, with a kind from its head word."""
        ms = mentions(self.TEXT)
        assert {
            fold(n)
            for n in (
                "Baltic Defence Research Council",
                "Nordic Security Institute",
                "Ministry of Defence of Estonia",
                "Arctic Resilience Programme",
                "Vistula Cooperation Fund",
                "Hanseatic Liberal Party",
                "Kaunas Declaration",
                "University of Tartu",
                "Riga Centre for Strategic Studies",
            )
        } == recognised_names(ms)
        council = institution_at(ms, "Baltic Defence Research Council")
        assert surfaces(ms, council.id) == {
            "Baltic Defence Research Council",
            "BDRC",
            "The Council",
        }
        programme = institution_at(ms, "Arctic Resilience Programme")
        assert "the programme" in surfaces(ms, programme.id)

    def test_people_by_recognition(self) -> None:
        """Every person is found, with roles as written and surnames linked."""
        p = persons(mentions(self.TEXT))
        assert set(p) == {
            "hanno-pevkur",
            "evika-silina",
            "ingrida-kalnina",
            "gabrielius-landsbergis",
            "maris-ozols",
        }
        assert p["hanno-pevkur"].roles == ("Estonian Defence Minister",)
        assert p["evika-silina"].roles == ("Latvian Prime Minister",)
        assert p["ingrida-kalnina"].roles == ("Director of the Riga Centre for Strategic Studies",)
        assert p["gabrielius-landsbergis"].roles == ("Lithuanian Foreign Minister",)
        assert {"Pevkur", "Hanno Pevkur"} <= set(p["hanno-pevkur"].aliases)

    def test_mentions_are_ordered_and_disjoint(self) -> None:
        """Mentions come sorted by span, overlap only by nesting in a person's titled
        mention, and show their surface."""
        ms = mentions(self.TEXT)
        assert_nested_only(ms)
        assert all(self.TEXT[m.span[0] : m.span[1]] == m.surface for m in ms)


def _data_files() -> dict[str, Any]:
    names = (
        "given_names.json",
        "person_titles.json",
        "org_heads.json",
        "name_stoplist.json",
        "known_persons.json",
    )
    root = resources.files("natorussia") / "data"
    return {n: json.loads((root / n).read_text("utf-8")) for n in names}


class TestData:
    files = _data_files()

    def test_bundled_files_are_valid(self) -> None:
        """The bundled word lists load without error."""
        lex = parse_lexicon(copy.deepcopy(self.files))
        assert lex.given_names["Fedor"] == lex.given_names["Fyodor"]

    @pytest.mark.parametrize(
        ("file", "change", "entry"),
        [
            ("given_names.json", lambda d: d["names"].update({"x": ["Ivan"]}), "x"),
            ("org_heads.json", lambda d: d["heads"].update({"Guild": "guildish"}), "Guild"),
            ("known_persons.json",
             lambda d: d["persons"].append({"name": "Ann Lee", "surname": "Smith"}), "Ann Lee"),
            ("person_titles.json", lambda d: d["honorifics"].append("Baron"), "Baron"),
        ],
    )  # fmt: skip
    def test_malformed_entry_names_file_and_entry(self, file: str, change: Any, entry: str) -> None:
        """A malformed entry is a DataError naming the file and the entry."""
        files = copy.deepcopy(self.files)
        change(files[file])
        with pytest.raises(DataError) as info:
            parse_lexicon(files)
        assert info.value.source.endswith(file)
        assert info.value.entry == entry

    def test_missing_field(self) -> None:
        """A file without a required field is a DataError for that file."""
        files = copy.deepcopy(self.files)
        del files["name_stoplist.json"]["tokens"]
        with pytest.raises(DataError, match=r"name_stoplist\.json"):
            parse_lexicon(files)


class TestHeadlines:
    def test_whole_title_case_line_makes_no_person(self) -> None:
        """A headline made only of a title and capitalised words gives no person."""
        assert person_surfaces(mentions("Prime Minister Resigns Amid Protests\nBody.")) == set()

    def test_title_case_headline_makes_no_person(self) -> None:
        """ "Prime Minister Resigns Amid Protests": words the text also writes in lower case."""
        text = "Prime Minister Resigns Amid Protests\nThe minister resigns amid protests, they say."
        assert person_surfaces(mentions(text)) == set()


class TestHeadWords:
    def test_british_and_american_head_spellings_link(self) -> None:
        """ "the organisation" links to an Organization named before."""
        text = "The Baltic Treaty Organization met. The organisation agreed."
        ms = mentions(text)
        inst = institution_at(ms, "Baltic Treaty Organization")
        assert surfaces(ms, inst.id) == {"Baltic Treaty Organization", "The organisation"}

    def test_head_word_modifying_another_word_is_no_name(self) -> None:
        """ "Riga Conference Proceedings" names a journal, not a conference."""
        ms = mentions("See the Riga Conference Proceedings for details.")
        assert recognised_names(ms) == set()


class TestRobustness:
    def test_empty_input(self) -> None:
        """No text or no regions give no mentions."""
        assert find_mentions("", [], document_id="e") == ()
        assert find_mentions("NATO met Sergei Lavrov.", [], document_id="e") == ()

    def test_overlapping_and_out_of_range_regions(self) -> None:
        """Regions that overlap or run past the text give each mention once."""
        text = "NATO met Sergei Lavrov."
        ms = find_mentions(text, [(0, 10), (5, 100), (0, len(text))], document_id="e")
        assert [m.surface for m in ms] == ["NATO", "Sergei Lavrov"]

    def test_same_result_from_many_threads(self) -> None:
        """find_mentions is pure: threads running it at once get the same answer."""
        text = (SEEDS / next(SEEDS.glob("002_*.txt")).name).read_text(encoding="utf-8")
        expected = mentions(text)
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(lambda _: mentions(text), range(8)))
        assert all(r == expected for r in results)

    def test_own_gazetteer(self) -> None:
        """A user's gazetteer replaces the bundled one."""
        gaz = Gazetteer.from_data(
            [
                {
                    "id": "hsc",
                    "name": "Hanseatic Security Compact",
                    "acronym": "HSC",
                    "kind": "alliance",
                }
            ],
            source="mine.json",
        )
        ms = find_mentions("NATO and the HSC met.", [(0, 21)], document_id="g", gazetteer=gaz)
        assert [(m.surface, m.entity.id, m.entity.known) for m in ms] == [
            ("NATO", "nato", False),  # an acronym the user's gazetteer does not know
            ("HSC", "hsc", True),
        ]

    def test_name_running_on_in_lower_case_is_not_cut(self) -> None:
        """ "the National Center for Euro-Atlantic integration" gives no truncated name."""
        ms = mentions("He closed the National Center for Euro-Atlantic integration.")
        assert recognised_names(ms) == set()


def assert_nested_only(ms: Sequence[Mention]) -> None:
    """Sorted by span; two mentions overlap only when one holds the other and the
    outer one is a person's titled mention ("NATO spokesperson Oana Lungescu")."""
    assert [m.span for m in ms] == sorted(m.span for m in ms)
    for i, a in enumerate(ms):
        for b in ms[i + 1 :]:
            if b.span[0] >= a.span[1]:
                break
            outer, inner = (a, b) if a.span[1] - a.span[0] >= b.span[1] - b.span[0] else (b, a)
            assert outer.span[0] <= inner.span[0]
            assert inner.span[1] <= outer.span[1]
            assert isinstance(outer.entity, Person)
            assert outer.span != inner.span


_VOCAB = [
    "the", "of", "and", "for", "on", "NATO", "Council", "Treaty", "President", "Foreign",
    "Minister", "Sergei", "Lavrov", "Lavrov's", "de", "von", "der", "Gaulle", "(NC)", "Nordic",
    "Center", "Euro-Atlantic", "integration", "Summit", "Mr", "Dr.", "M.", "then-US", ",",
    "\u201c", ".", "\n", "[1]", "Institute", "Programme", "Director", "Kremlin", "Moscow",
    "Putin", "said", "http://kremlin.ru/x", "Wa\u0142\u0119sa", "Lech", "Cold", "War",
]  # fmt: skip


class TestProperties:
    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(_VOCAB), max_size=40), st.integers(0, 20), st.integers(0, 400))
    def test_mentions_are_well_formed_for_any_text(
        self, words: list[str], cut: int, length: int
    ) -> None:
        """For any text and region, mentions are sorted, disjoint, inside it, and exact."""
        text = " ".join(words)
        region = (min(cut, len(text)), min(cut + length, len(text)))
        ms = find_mentions(text, [region], document_id="h")
        for m in ms:
            assert region[0] <= m.span[0] < m.span[1] <= region[1]
            assert text[m.span[0] : m.span[1]] == m.surface
        assert_nested_only(ms)
        merge_across_documents(ms)
