"""Tests of the gazetteer: the shipped data, its validation and name lookup."""

from __future__ import annotations

import datetime as dt
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from natorussia.errors import Ambiguous, DataError, MissingFileError, NotFound
from natorussia.knowledge import (
    Gazetteer,
    default_gazetteer,
    is_case_sensitive,
    lookup_key,
    parse_data_date,
    validate,
)
from natorussia.model import Fact, Institution, InstitutionKind, Relation

DATA = resources.files("natorussia") / "data" / "gazetteer.json"

# Hand-written from nato.int "Member countries": accession dates of the 32 Allies.
NATO_ACCESSIONS = {
    "belgium": "1949-04-04",
    "canada": "1949-04-04",
    "denmark": "1949-04-04",
    "france": "1949-04-04",
    "iceland": "1949-04-04",
    "italy": "1949-04-04",
    "luxembourg": "1949-04-04",
    "netherlands": "1949-04-04",
    "norway": "1949-04-04",
    "portugal": "1949-04-04",
    "united-kingdom": "1949-04-04",
    "united-states": "1949-04-04",
    "greece": "1952-02-18",
    "turkey": "1952-02-18",
    "germany": "1955-05-06",
    "spain": "1982-05-30",
    "czech-republic": "1999-03-12",
    "hungary": "1999-03-12",
    "poland": "1999-03-12",
    "bulgaria": "2004-03-29",
    "estonia": "2004-03-29",
    "latvia": "2004-03-29",
    "lithuania": "2004-03-29",
    "romania": "2004-03-29",
    "slovakia": "2004-03-29",
    "slovenia": "2004-03-29",
    "albania": "2009-04-01",
    "croatia": "2009-04-01",
    "montenegro": "2017-06-05",
    "north-macedonia": "2020-03-27",
    "finland": "2023-04-04",
    "sweden": "2024-03-07",
}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def entry(id: str = "x", **fields: Any) -> dict[str, Any]:
    """A valid minimal entry, with ``fields`` replacing or adding fields."""
    base: dict[str, Any] = {"id": id, "name": id.upper() + " Body", "kind": "other"}
    base.update(fields)
    return base


def fact_date(inst: Institution, predicate: str, value: str | None = None) -> str:
    """The EDTF date of the one fact with this predicate (and value)."""
    found = [
        f for f in inst.facts if f.predicate == predicate and (value is None or f.value == value)
    ]
    assert len(found) == 1, found
    assert found[0].date is not None
    return found[0].date.edtf


class TestShippedData:
    def test_file_is_package_data(self) -> None:
        """The data file is found through importlib.resources, as from an installed wheel."""
        assert DATA.is_file()
        assert default_gazetteer().source == "natorussia/data/gazetteer.json"

    def test_file_validates(self) -> None:
        """The shipped file has no problem at all."""
        assert validate(json.loads(DATA.read_text(encoding="utf-8"))) == []

    def test_no_seed_text_copied(self) -> None:
        """The data file shares no 60-character run with the seed articles."""
        seeds = Path(__file__).resolve().parent.parent / "seeds"
        runs: set[str] = set()
        for path in seeds.glob("*.txt"):
            text = path.read_text(encoding="utf-8")
            runs.update(text[i : i + 60] for i in range(len(text) - 59))
        data = DATA.read_text(encoding="utf-8")
        assert runs
        assert [data[i : i + 60] for i in range(len(data) - 59) if data[i : i + 60] in runs] == []

    def test_loaded_once(self) -> None:
        """default_gazetteer() returns the same object every time."""
        assert default_gazetteer() is default_gazetteer()

    def test_size(self, gaz: Gazetteer) -> None:
        """The gazetteer holds a substantial number of entries, NATO first."""
        assert len(gaz) >= 200
        assert gaz.institutions[0].id == "nato"
        assert list(gaz) == list(gaz.institutions)

    def test_all_known(self, gaz: Gazetteer) -> None:
        """Every entry is a known Institution with a name among its own aliases."""
        for inst in gaz:
            assert inst.known
            assert inst.aliases[0] == inst.name
            if inst.acronym:
                assert inst.acronym in inst.aliases

    def test_fact_dates_plausible(self, gaz: Gazetteer) -> None:
        """Every dated fact and relation falls between 1700 and today."""
        low, high = dt.date(1700, 1, 1), dt.date.today()
        for inst in gaz:
            items: list[Fact | Relation] = [*inst.facts, *inst.relations]
            for item in items:
                if item.date is not None:
                    assert low <= item.date.earliest <= item.date.latest <= high, (inst.id, item)

    def test_facts_well_formed(self, gaz: Gazetteer) -> None:
        """Predicates are snake_case words and values are non-empty when present."""
        for inst in gaz:
            for fact in inst.facts:
                assert re.fullmatch(r"[a-z][a-z0-9_]*", fact.predicate), (inst.id, fact)
                assert fact.value is None or fact.value.strip() == fact.value != ""

    def test_relation_targets_exist(self, gaz: Gazetteer) -> None:
        """Every relation points at an entry of the gazetteer."""
        for inst in gaz:
            for rel in inst.relations:
                assert gaz.by_id(rel.target).id == rel.target

    def test_no_name_shared_by_two_entries(self, gaz: Gazetteer) -> None:
        """No surface form or id, once folded, names two different entries."""
        owners: dict[str, set[str]] = {}
        for inst in gaz:
            for form in (inst.id, *inst.aliases):
                owners.setdefault(lookup_key(form), set()).add(inst.id)
        shared = {k: v for k, v in owners.items() if len(v) > 1}
        assert shared == {}

    def test_aliases_map_to_entries(self, gaz: Gazetteer) -> None:
        """aliases() maps each surface form, as written, to its entry."""
        aliases = gaz.aliases()
        assert aliases["NATO"].id == "nato"
        assert aliases["North Atlantic Treaty Organization"].id == "nato"
        assert aliases["the Alliance"].id == "nato"
        assert aliases["Moscow"].id == "russia"
        assert aliases["the Kremlin"].id == "russia"
        assert aliases["El País"].id == "el-pais"
        assert len(aliases) > 800

    def test_brussels_is_not_an_alias(self, gaz: Gazetteer) -> None:
        """'Brussels' stands for NATO, the EU or Belgium, so it names nothing."""
        assert "Brussels" not in gaz.aliases()
        assert gaz.get("Brussels") is None

    def test_generic_strategic_concept_is_not_an_alias(self, gaz: Gazetteer) -> None:
        """Bare 'Strategic Concept' is ambiguous; the dated names find each concept."""
        assert gaz.get("Strategic Concept") is None
        assert gaz.lookup("2010 Strategic Concept").id == "strategic-concept-2010"
        assert gaz.lookup("Active Engagement, Modern Defence").id == "strategic-concept-2010"
        assert (
            gaz.lookup("Strategic Concept for the Defence and Security").id
            == "strategic-concept-2010"
        )
        assert gaz.lookup("1999 Strategic Concept").id == "strategic-concept-1999"
        assert gaz.lookup("Madrid Strategic Concept").id == "strategic-concept-2022"
        assert fact_date(gaz.by_id("strategic-concept-2022"), "adopted") == "2022-06-29"


class TestCaseSensitivity:
    def test_all_capitals_rule(self) -> None:
        """Aliases written in capitals only are case-sensitive; others are not."""
        assert is_case_sensitive("NATO")
        assert is_case_sensitive("U.S.")
        assert is_case_sensitive("START I")
        assert not is_case_sensitive("PfP")
        assert not is_case_sensitive("Kremlin")
        assert not is_case_sensitive("1999")

    def test_short_acronyms_are_case_sensitive(self, gaz: Gazetteer) -> None:
        """'US', 'UN', 'EU' and 'NATO' must not match 'us', 'un', 'eu', 'nato'."""
        flags = {s.text: s.case_sensitive for s in gaz.surfaces()}
        for acronym in ("US", "UN", "EU", "NATO", "UK", "RT"):
            assert flags[acronym] is True, acronym

    def test_marked_common_words(self, gaz: Gazetteer) -> None:
        """Names that are also common words are marked case-sensitive in the data."""
        flags = {s.text: s.case_sensitive for s in gaz.surfaces()}
        for name in ("the Alliance", "Turkey", "China", "Solidarity", "New START", "General Staff"):
            assert flags[name] is True, name
        for name in ("Kremlin", "North Atlantic Treaty", "the bloc"):
            assert flags[name] is False, name

    def test_sentence_opening_variant(self, gaz: Gazetteer) -> None:
        """A case-sensitive 'the X' also matches as 'The X' at a sentence start."""
        surfaces = {s.text: s for s in gaz.surfaces()}
        assert surfaces["The Alliance"].institution.id == "nato"
        assert surfaces["The Alliance"].case_sensitive
        assert "The Alliance" not in gaz.by_id("nato").aliases
        assert "The bloc" not in surfaces  # 'the bloc' is case-insensitive already

    def test_metonyms_are_flagged(self, gaz: Gazetteer) -> None:
        """Capitals and buildings standing for a state are flagged as metonyms."""
        surfaces = {s.text: s for s in gaz.surfaces()}
        assert surfaces["Moscow"].metonym
        assert surfaces["Moscow"].institution.id == "russia"
        assert surfaces["Washington"].institution.id == "united-states"
        assert surfaces["the Pentagon"].institution.id == "us-defense-department"
        assert not surfaces["Russia"].metonym


class TestNatoMembership:
    def test_nato_has_32_accessions(self, gaz: Gazetteer) -> None:
        """NATO lists one member_joined fact for each of its 32 members."""
        joined = [f for f in gaz.by_id("nato").facts if f.predicate == "member_joined"]
        assert len(joined) == 32
        assert {f.value for f in joined} == set(NATO_ACCESSIONS)

    def test_accession_dates(self, gaz: Gazetteer) -> None:
        """Each member's accession date is the one nato.int gives."""
        nato = gaz.by_id("nato")
        for state, date in NATO_ACCESSIONS.items():
            assert fact_date(nato, "member_joined", state) == date, state

    def test_members_point_back(self, gaz: Gazetteer) -> None:
        """Each member state has a member_of relation to NATO dated by its accession."""
        for state, date in NATO_ACCESSIONS.items():
            inst = gaz.by_id(state)
            assert inst.kind is InstitutionKind.STATE
            rel = [r for r in inst.relations if r.kind == "member_of" and r.target == "nato"]
            assert len(rel) == 1, state
            assert rel[0].date is not None
            assert rel[0].date.edtf == date

    def test_founding_and_headquarters(self, gaz: Gazetteer) -> None:
        """NATO was founded on 4 April 1949 and has sat in London, Paris and Brussels."""
        nato = gaz.by_id("nato")
        assert fact_date(nato, "founded") == "1949-04-04"
        seats = [
            (f.value, f.date.edtf if f.date else None)
            for f in nato.facts
            if f.predicate == "headquarters"
        ]
        assert seats[:3] == [
            ("London", "1949"),
            ("Paris", "1952-04-01"),
            ("Brussels", "1967-10-16"),
        ]

    def test_non_members_have_no_nato_relation(self, gaz: Gazetteer) -> None:
        """Russia, Ukraine and Georgia are not NATO members."""
        for state in ("russia", "ukraine", "georgia", "austria", "switzerland"):
            assert not any(
                r.target == "nato" and r.kind == "member_of" for r in gaz.by_id(state).relations
            )


class TestMembers:
    @pytest.mark.parametrize(
        ("on", "count"),
        [
            ("1949-04-03", 0),
            ("1949-04-04", 12),
            ("1952-02-17", 12),
            ("1952-02-18", 14),
            ("1955", 15),
            ("1982", 16),
            ("1999", 19),
            ("2004", 26),
            ("2009", 28),
            ("2017", 29),
            ("2020", 30),
            ("2023", 31),
            ("2024-03-07", 32),
        ],
    )
    def test_nato_size_over_time(self, gaz: Gazetteer, on: str, count: int) -> None:
        """NATO had 12, 14, 15, 16, 19, 26, 28, 29, 30, 31 and 32 members after each enlargement."""
        assert len(gaz.members("NATO", on=on)) == count

    def test_nato_today(self, gaz: Gazetteer) -> None:
        """Today's members are exactly the 32 of the accession table."""
        assert {i.id for i in gaz.members("the Alliance")} == set(NATO_ACCESSIONS)

    def test_germany_counted_once(self, gaz: Gazetteer) -> None:
        """Before reunification West Germany is the member; from 3 October 1990, Germany."""
        before = {i.id for i in gaz.members("NATO", on=dt.date(1990, 10, 2))}
        after = {i.id for i in gaz.members("NATO", on=dt.date(1990, 10, 3))}
        assert "west-germany" in before
        assert "germany" not in before
        assert "germany" in after
        assert "west-germany" not in after
        assert len(before) == len(after) == 16

    def test_warsaw_pact(self, gaz: Gazetteer) -> None:
        """Eight founders; Albania gone by 1970; no members once it was dissolved."""
        assert len(gaz.members("Warsaw Pact", on="1960")) == 8
        assert "albania" not in {i.id for i in gaz.members("Warsaw Pact", on="1970")}
        assert len(gaz.members("Warsaw Pact", on="1970")) == 7
        assert gaz.members("Warsaw Pact") == ()

    def test_csto(self, gaz: Gazetteer) -> None:
        """The six states that signed the CSTO charter in 2002 are recorded."""
        assert {i.id for i in gaz.members("CSTO")} == {
            "russia",
            "belarus",
            "armenia",
            "kazakhstan",
            "kyrgyzstan",
            "tajikistan",
        }

    def test_council_of_europe_expelled_russia(self, gaz: Gazetteer) -> None:
        """Russia was a Council of Europe member from 1996 until March 2022."""
        assert gaz.by_id("russia") in gaz.members("Council of Europe", on="2000")
        assert gaz.by_id("russia") not in gaz.members("Council of Europe", on="2022-03-16")

    def test_referring_to(self, gaz: Gazetteer) -> None:
        """referring_to() is the reverse of related(): 32 states and West Germany point to NATO."""
        pointing = {i.id for i in gaz.referring_to("NATO", "member_of")}
        assert pointing == set(NATO_ACCESSIONS) | {"west-germany"}
        assert gaz.referring_to("NRC", "predecessor") == ()
        assert gaz.referring_to("PJC", "predecessor") == (gaz.by_id("nato-russia-council"),)


class TestHistoricalFacts:
    def test_soviet_union(self, gaz: Gazetteer) -> None:
        """The USSR existed from 30 December 1922 to 26 December 1991."""
        ussr = gaz.lookup("Soviet Union")
        assert ussr.id == "ussr"
        assert fact_date(ussr, "founded") == "1922-12-30"
        assert fact_date(ussr, "dissolved") == "1991-12-26"
        assert [i.id for i in gaz.related(ussr, "successor")] == ["russia"]

    def test_germanies(self, gaz: Gazetteer) -> None:
        """Both German states of the Cold War ended with reunification on 3 October 1990."""
        east, west = gaz.lookup("GDR"), gaz.lookup("FRG")
        assert fact_date(east, "founded") == "1949-10-07"
        assert fact_date(west, "founded") == "1949-05-23"
        assert fact_date(east, "dissolved") == fact_date(west, "dissolved") == "1990-10-03"
        assert gaz.related(west, "successor") == (gaz.by_id("germany"),)

    def test_czechoslovakia(self, gaz: Gazetteer) -> None:
        """Czechoslovakia dissolved on 1 January 1993 into two successors."""
        cs = gaz.lookup("Czechoslovakia")
        assert fact_date(cs, "dissolved") == "1993-01-01"
        assert {i.id for i in gaz.related(cs, "successor")} == {"czech-republic", "slovakia"}

    def test_warsaw_pact(self, gaz: Gazetteer) -> None:
        """The Warsaw Pact lasted from 14 May 1955 to 1 July 1991."""
        wp = gaz.lookup("Warsaw Pact Organization")
        assert fact_date(wp, "founded") == "1955-05-14"
        assert fact_date(wp, "dissolved") == "1991-07-01"

    def test_cfe_treaty(self, gaz: Gazetteer) -> None:
        """The CFE Treaty: signed 1990, suspended by Russia 2007, left by Russia 2023."""
        cfe = gaz.lookup("Treaty on Conventional Weapons in Europe")
        assert cfe.id == "cfe-treaty"
        assert fact_date(cfe, "signed") == "1990-11-19"
        assert fact_date(cfe, "suspended") == "2007-12-12"
        assert fact_date(cfe, "withdrawn") == "2023-11-07"

    def test_arms_control_treaties(self, gaz: Gazetteer) -> None:
        """ABM, INF, START I and New START carry their signature dates."""
        assert fact_date(gaz.lookup("ABM Treaty"), "signed") == "1972-05-26"
        assert fact_date(gaz.lookup("ABM Treaty"), "withdrawn") == "2002-06-13"
        assert fact_date(gaz.lookup("INF Treaty"), "signed") == "1987-12-08"
        assert fact_date(gaz.lookup("INF Treaty"), "terminated") == "2019-08-02"
        assert fact_date(gaz.lookup("START I"), "signed") == "1991-07-31"
        assert fact_date(gaz.lookup("New START"), "signed") == "2010-04-08"

    def test_north_atlantic_treaty_and_articles(self, gaz: Gazetteer) -> None:
        """The Washington Treaty and its Articles 2, 5 and 10, which are part of it."""
        nat = gaz.lookup("Washington Treaty")
        assert fact_date(nat, "signed") == "1949-04-04"
        assert fact_date(nat, "entered_into_force") == "1949-08-24"
        for article in (
            "Article 2 of the North Atlantic Treaty",
            "Article 5",
            "Article 10 of the Washington Treaty",
        ):
            assert gaz.related(article, "part_of") == (nat,), article

    def test_nato_russia_formats(self, gaz: Gazetteer) -> None:
        """Founding Act and PJC (1997) were followed by the NRC (2002)."""
        act = gaz.lookup("the Founding Act")
        assert fact_date(act, "signed") == "1997-05-27"
        nrc = gaz.lookup("NRC")
        assert fact_date(nrc, "founded") == "2002-05-28"
        assert gaz.related(nrc, "predecessor") == (gaz.lookup("PJC"),)
        assert gaz.related("NACC", "successor") == (gaz.lookup("EAPC"),)
        assert fact_date(gaz.lookup("EAPC"), "founded") == "1997-05-30"
        assert fact_date(gaz.lookup("PfP"), "founded") == "1994-01-10"

    def test_russian_draft_treaties(self, gaz: Gazetteer) -> None:
        """Both Russian drafts of December 2021 were published on the 17th."""
        for name in (
            "Draft treaty between the US and Russia on security guarantees",
            "Draft agreement on measures to ensure the security of Russia and NATO member states",
        ):
            assert fact_date(gaz.lookup(name), "published") == "2021-12-17"


class TestLookup:
    def test_alliance_is_nato(self, gaz: Gazetteer) -> None:
        """'the Alliance' and 'Alliance' both name NATO."""
        assert gaz.lookup("the Alliance").id == "nato"
        assert gaz.lookup("Alliance").id == "nato"
        assert gaz.lookup("The North Atlantic Alliance").id == "nato"

    def test_nrc_dash_variants(self, gaz: Gazetteer) -> None:
        """The NRC is found with an en dash, a hyphen, a space, or its acronym in lower case."""
        for name in (
            "NATO–Russia Council",
            "NATO-Russia Council",
            "NATO Russia Council",
            "nrc",
            "Russia-NATO Council",
        ):
            assert gaz.lookup(name).id == "nato-russia-council", name

    def test_metonyms(self, gaz: Gazetteer) -> None:
        """The Kremlin stands for Russia; Kiev and Kyiv for Ukraine."""
        assert gaz.lookup("Kremlin").id == "russia"
        assert gaz.lookup("the Kremlin").id == "russia"
        assert gaz.lookup("Kiev").id == "ukraine"
        assert gaz.lookup("Kyiv").id == "ukraine"

    def test_accents_and_case(self, gaz: Gazetteer) -> None:
        """Accents and case do not matter: El Pais = El País, Turkiye = Türkiye."""
        assert gaz.lookup("El Pais").id == "el-pais"
        assert gaz.lookup("EL PAÍS").id == "el-pais"
        assert gaz.lookup("Turkiye").id == "turkey"
        assert gaz.lookup("Solidarnosc").id == "solidarity"

    def test_dots_and_apostrophes(self, gaz: Gazetteer) -> None:
        """'US' = 'U.S.' and 'Kings College London' = "King's College London"."""
        assert gaz.lookup("US").id == gaz.lookup("u.s.").id == "united-states"
        assert gaz.lookup("Kings College London").id == "kings-college-london"

    def test_en_dash_in_long_name(self, gaz: Gazetteer) -> None:
        """The HSE's name is found with an en dash or with spaced hyphen."""
        assert gaz.lookup("National Research University–Higher School of Economics").id == "hse"
        assert gaz.lookup("National Research University - Higher School of Economics").id == "hse"

    def test_id_is_a_key(self, gaz: Gazetteer) -> None:
        """An entry's id finds it too."""
        assert gaz.lookup("nato-russia-council").acronym == "NRC"

    def test_every_surface_finds_its_entry(self, gaz: Gazetteer) -> None:
        """Each surface form, in any case and with en dashes, looks up its own entry."""
        for surface in gaz.surfaces():
            for form in (
                surface.text,
                surface.text.upper(),
                surface.text.lower(),
                surface.text.replace("-", "–"),
            ):
                assert gaz.lookup(form) is surface.institution, form

    def test_of_kind(self, gaz: Gazetteer) -> None:
        """of_kind() filters by InstitutionKind, given as the enum or its value."""
        states = gaz.of_kind("state")
        assert gaz.by_id("russia") in states
        assert gaz.by_id("nato") not in states
        assert states == gaz.of_kind(InstitutionKind.STATE)
        assert set(NATO_ACCESSIONS) <= {i.id for i in states}
        with pytest.raises(ValueError, match="nation"):
            gaz.of_kind("nation")

    def test_get_returns_default(self, gaz: Gazetteer) -> None:
        """get() returns the default for unknown names."""
        sentinel = Institution("sentinel", "Sentinel")
        assert gaz.get("Ministry of Silly Walks") is None
        assert gaz.get("Ministry of Silly Walks", sentinel) is sentinel

    def test_not_found_suggests(self, gaz: Gazetteer) -> None:
        """A misspelt name raises NotFound suggesting the right one first."""
        with pytest.raises(NotFound) as info:
            gaz.lookup("NATO-Rusia Council")
        assert info.value.suggestions[0] == "NATO-Russia Council"
        assert isinstance(info.value, LookupError)

    def test_suggestions_one_per_entry(self, gaz: Gazetteer) -> None:
        """Suggestions name each entry once and never show a slug."""
        suggestions = gaz.suggest("Strategic Concep")
        assert len(suggestions) == len({gaz.lookup(s).id for s in suggestions})
        assert not any(re.fullmatch(r"[a-z0-9-]+", s) for s in suggestions)

    def test_by_id(self, gaz: Gazetteer) -> None:
        """by_id finds by slug only and raises NotFound otherwise."""
        assert gaz.by_id("nato").acronym == "NATO"
        with pytest.raises(NotFound):
            gaz.by_id("NATO")

    def test_contains(self, gaz: Gazetteer) -> None:
        """'in' accepts names and Institutions."""
        assert "the alliance" in gaz
        assert gaz.by_id("nato") in gaz
        assert "Ministry of Silly Walks" not in gaz
        assert Institution("not-there", "Not There") not in gaz
        assert 42 not in gaz

    def test_immutable(self, gaz: Gazetteer) -> None:
        """A gazetteer cannot be changed after construction."""
        with pytest.raises(AttributeError):
            gaz.source = "elsewhere"  # type: ignore[misc]  # read-only on purpose
        with pytest.raises(AttributeError):
            gaz.extra = 1
        with pytest.raises(AttributeError):
            del gaz.institutions

    def test_ambiguous(self) -> None:
        """Two entries built directly with the same alias make a lookup Ambiguous."""
        gaz = Gazetteer(
            [
                Institution("a", "Alpha", aliases=("Foo",)),
                Institution("b", "Beta", aliases=("foo",)),
            ]
        )
        with pytest.raises(Ambiguous) as info:
            gaz.get("FOO")
        assert set(info.value.candidates) == {"Alpha", "Beta"}

    def test_seed_sentence_names(self, gaz: Gazetteer) -> None:
        """Every body named in a seed sentence on partnership formats is known."""
        sentence = (
            "These included the North Atlantic Cooperation Council (NACC) in 1991 (renamed "
            "Euro-Atlantic Partnership Council (EAPC) in 1997), the Partnership for Peace (PfP) "
            "created in 1994 (which evolved into the Partnership for Peace Intensified and More "
            "Operational in 1999), and the Permanent Joint Council (PJC) in 1997 (replaced by the "
            "NATO-Russia Council (NRC) in 2002)."
        )
        expected = {
            "North Atlantic Cooperation Council": "nacc",
            "NACC": "nacc",
            "Euro-Atlantic Partnership Council": "eapc",
            "EAPC": "eapc",
            "Partnership for Peace": "partnership-for-peace",
            "PfP": "partnership-for-peace",
            "Permanent Joint Council": "permanent-joint-council",
            "PJC": "permanent-joint-council",
            "NATO-Russia Council": "nato-russia-council",
            "NRC": "nato-russia-council",
        }
        for surface, id in expected.items():
            assert surface in sentence
            assert gaz.aliases()[surface].id == id, surface

    def test_other_seed_names(self, gaz: Gazetteer) -> None:
        """Names as seeds write them: Warsaw Pact Organization, El Pais, the Kremlin."""
        assert gaz.lookup("Warsaw Pact Organization").id == "warsaw-pact"
        assert gaz.lookup("El Pais").id == "el-pais"
        assert gaz.lookup("Founding Act on Relations between Russia and NATO").id == "founding-act"
        assert (
            gaz.lookup("NATO Information Bureau in Moscow").id == "nato-information-office-moscow"
        )
        assert gaz.lookup("Russia's Permanent Mission to NATO").id == "russia-mission-to-nato"
        assert gaz.lookup("Big Eight").id == "g8"
        assert gaz.lookup("Valdai Discussion Club").id == "valdai-club"
        assert gaz.lookup("International Discussion Club “Valdai”").id == "valdai-club"
        assert gaz.aliases()["International Discussion Club “Valdai”"].id == "valdai-club"
        assert gaz.lookup("RAS Institute of Europe").id == "institute-of-europe-ras"

    def test_own_sentence_names(self, gaz: Gazetteer) -> None:
        """Names in shapes the seeds do not use are found as well."""
        # "Moscow suspended the CFE Treaty; the Collective Security Treaty Organisation
        # met in Dushanbe; the Shanghai Co-operation Organisation admitted new members."
        assert gaz.lookup("Collective Security Treaty Organisation").id == "csto"
        assert gaz.lookup("Shanghai Co-operation Organisation").id == "sco"
        assert gaz.lookup("Dushanbe").id == "tajikistan"
        assert gaz.lookup("Russian Defence Ministry").id == "mod-russia"
        assert gaz.lookup("the Minsk accords").id == "minsk-agreements"
        assert gaz.related("Minsk II", "part_of") == (gaz.lookup("Minsk agreements"),)
        assert gaz.lookup("Organisation for Security and Cooperation in Europe").id == "osce"


def bad(entries: list[Any]) -> DataError:
    with pytest.raises(DataError) as info:
        Gazetteer.from_data({"entries": entries}, source="mine.json")
    assert info.value.source == "mine.json"
    return info.value


class TestValidation:
    def test_valid_user_data(self) -> None:
        """A small valid gazetteer loads, relations and dates included."""
        gaz = Gazetteer.from_data(
            [
                entry("a", aliases=["Alpha"], facts=[{"predicate": "founded", "date": "1991-12"}]),
                entry("b", relations=[{"kind": "member_of", "target": "a", "date": "1992"}]),
            ],
            source="mine.json",
        )
        assert gaz.related("b", "member_of") == (gaz.by_id("a"),)
        date = gaz.by_id("a").facts[0].date
        assert date is not None
        assert (date.earliest, date.latest) == (dt.date(1991, 12, 1), dt.date(1991, 12, 31))

    def test_missing_name(self) -> None:
        """An entry without a name is a DataError naming the entry."""
        error = bad([{"id": "x", "kind": "state"}])
        assert error.entry == "x"
        assert "missing or empty required field 'name'" in error.problems

    def test_bad_kind(self) -> None:
        """An unknown kind is a DataError naming the entry."""
        error = bad([entry("x", kind="nation")])
        assert error.entry == "x"
        assert "kind 'nation'" in error.problems[0]

    def test_impossible_date(self) -> None:
        """30 February 2010 is rejected."""
        error = bad([entry("x", facts=[{"predicate": "founded", "date": "2010-02-30"}])])
        assert error.entry == "x"
        assert "2010-02-30" in str(error)

    def test_malformed_date(self) -> None:
        """A date that is not EDTF is rejected."""
        error = bad(
            [entry("x", relations=[], facts=[{"predicate": "founded", "date": "4 April 1949"}])]
        )
        assert "4 April 1949" in error.problems[0]

    def test_unknown_relation_target(self) -> None:
        """A relation to an id that is not in the file is rejected."""
        error = bad([entry("x", relations=[{"kind": "member_of", "target": "nowhere"}])])
        assert error.entry == "x"
        assert "'nowhere'" in error.problems[0]

    def test_unknown_id_in_fact_value(self) -> None:
        """member_joined values must be entry ids."""
        error = bad([entry("x", facts=[{"predicate": "member_joined", "value": "Ruritania"}])])
        assert "'Ruritania' is not an entry id" in error.problems[0]

    def test_duplicate_id(self) -> None:
        """The second entry with an id already used is rejected."""
        error = bad([entry("x"), entry("x", name="Other")])
        assert error.entry == "x"
        assert "duplicate id 'x'" in error.problems[0]

    def test_shared_alias(self) -> None:
        """An alias of two entries (after folding) is rejected on the second."""
        error = bad([entry("a", aliases=["The Bloc"]), entry("b", aliases=["bloc"])])
        assert error.entry == "b"
        assert "'a'" in error.problems[0]

    def test_unknown_field(self) -> None:
        """A misspelt field is reported rather than ignored."""
        error = bad([entry("x", alias=["X"])])
        assert "unknown fields: alias" in error.problems

    def test_bad_slug(self) -> None:
        """Ids must be lowercase slugs."""
        assert "is not a slug" in bad([entry("Not A Slug")]).problems[0]

    def test_every_problem_collected(self) -> None:
        """All problems of an entry are reported together."""
        error = bad([{"id": "x", "kind": "nation", "aliases": "X"}])
        assert len(error.problems) == 3

    def test_first_bad_entry_raised_others_noted(self) -> None:
        """With several bad entries the first is raised and the others are in its notes."""
        error = bad([entry("ok"), entry("a", kind="nation"), entry("b", kind="realm")])
        assert error.entry == "a"
        assert any("'b'" in note for note in error.__notes__)

    def test_validate_returns_all(self) -> None:
        """validate() lists one DataError per bad entry without raising."""
        errors = validate([entry("a", kind="nation"), entry("ok"), {"name": "no id"}])
        assert [e.entry for e in errors] == ["a", "#2"]

    def test_not_a_list_of_entries(self) -> None:
        """Data that is neither a list nor an object with entries is rejected."""
        with pytest.raises(DataError) as info:
            Gazetteer.from_data({"items": []}, source="mine.json")
        assert info.value.entry == "<file>"

    def test_entry_not_an_object(self) -> None:
        """A string among the entries is reported by its index."""
        assert bad([entry("a"), "b"]).entry == "#1"


class TestExtended:
    def test_adds_entries_pointing_at_base(self, gaz: Gazetteer) -> None:
        """New entries may point at bundled ids; the bundled gazetteer is unchanged."""
        mine = gaz.extended(
            [
                entry(
                    "acme",
                    aliases=["Acme Institute"],
                    relations=[{"kind": "part_of", "target": "ras"}],
                )
            ],
            source="acme.json",
        )
        assert len(mine) == len(gaz) + 1
        assert mine.related("Acme Institute", "part_of") == (gaz.by_id("ras"),)
        assert gaz.get("Acme Institute") is None
        assert mine.source == "natorussia/data/gazetteer.json + acme.json"

    def test_keeps_matching_flags(self, gaz: Gazetteer) -> None:
        """Case-sensitive and metonym flags of the bundled forms survive extension."""
        mine = gaz.extended([entry("acme")], source="acme.json")
        flags = {s.text: (s.case_sensitive, s.metonym) for s in mine.surfaces()}
        assert flags["the Alliance"] == (True, False)
        assert flags["Moscow"] == (False, True)
        assert flags["ACME Body"] == (False, False)

    def test_reused_id_rejected(self, gaz: Gazetteer) -> None:
        """An id the bundled data already uses is a DataError."""
        with pytest.raises(DataError) as info:
            gaz.extended([entry("nato")], source="mine.json")
        assert info.value.entry == "nato"
        assert "already in" in info.value.problems[0]

    def test_reused_name_rejected(self, gaz: Gazetteer) -> None:
        """A name the bundled data already uses for another entry is a DataError."""
        with pytest.raises(DataError) as info:
            gaz.extended([entry("acme", aliases=["The Kremlin"])], source="mine.json")
        assert "'russia'" in info.value.problems[0]

    def test_direct_construction_checks_targets(self) -> None:
        """Building from Institutions rejects relations to unknown ids."""
        with pytest.raises(DataError) as info:
            Gazetteer([Institution("a", "A", relations=(Relation("part_of", "nowhere"),))])
        assert info.value.entry == "a"


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
FIELD = st.sampled_from(
    [
        "id",
        "name",
        "kind",
        "acronym",
        "aliases",
        "metonyms",
        "case_sensitive",
        "facts",
        "relations",
        "note",
    ]
)
ENTRY = st.dictionaries(FIELD, JSON | st.sampled_from(["state", "nato", "1999", "x"]), max_size=8)


class TestRobustness:
    @settings(max_examples=100, deadline=None)
    @given(st.lists(ENTRY, max_size=4) | JSON)
    def test_any_json_gives_data_error_or_gazetteer(self, data: Any) -> None:
        """Whatever JSON comes in, loading returns a gazetteer or raises DataError, as validate() predicts."""
        errors = validate(data, source="fuzz.json")
        if errors:
            with pytest.raises(DataError) as info:
                Gazetteer.from_data(data, source="fuzz.json")
            assert info.value.source == "fuzz.json"
            assert info.value.problems == errors[0].problems
        else:
            gaz = Gazetteer.from_data(data, source="fuzz.json")
            assert all(inst.known for inst in gaz)


class TestFiles:
    def test_from_file(self, tmp_path: Path) -> None:
        """A user's own JSON file loads and records its path as source."""
        path = tmp_path / "own.json"
        path.write_text(
            json.dumps({"entries": [entry("acme", aliases=["ACME Corp"])]}), encoding="utf-8"
        )
        gaz = Gazetteer.from_file(path)
        assert gaz.lookup("acme corp").id == "acme"
        assert gaz.source == str(path)

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing file raises MissingFileError."""
        with pytest.raises(MissingFileError):
            Gazetteer.from_file(tmp_path / "nope.json")

    def test_not_json(self, tmp_path: Path) -> None:
        """A file that is not JSON is a DataError naming the file."""
        path = tmp_path / "broken.json"
        path.write_text("{not json", encoding="utf-8")
        with pytest.raises(DataError) as info:
            Gazetteer.from_file(path)
        assert info.value.source == str(path)
        assert info.value.entry == "<file>"


class TestDates:
    def test_precisions(self) -> None:
        """Day, month and year dates get the right bounds."""
        assert parse_data_date("1949-04-04").earliest == dt.date(1949, 4, 4)
        feb = parse_data_date("2024-02")
        assert (feb.earliest, feb.latest) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
        year = parse_data_date("1994")
        assert (year.earliest, year.latest) == (dt.date(1994, 1, 1), dt.date(1994, 12, 31))

    def test_rejects_padding(self) -> None:
        """Dates with surrounding spaces are rejected."""
        with pytest.raises(ValueError, match="EDTF"):
            parse_data_date(" 1994")
