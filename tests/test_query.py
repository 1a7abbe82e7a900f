"""Queries: forgiving lookups that never lie, dates in queries, the indexes, and search."""

from __future__ import annotations

import datetime as dt
import itertools
import pickle

import pytest

import natorussia as nr


@pytest.fixture(scope="module")
def corpus() -> nr.Corpus:
    return nr.load()


SMALL = {
    "a": "Notes on Security\n\n"
    "Russian Foreign Minister Sergei Lavrov met NATO officials in Brussels in March 2011. "
    "The NATO-Russia Council met in Brussels on 4 April 2012. "
    "In the late 1990s, Boris Yeltsin opposed NATO enlargement.",
    "b": "A Second Article\nBy Jane Roe\n\n"
    "Lavrov spoke about missile defense in Munich in February 2013. "
    "The Alliance held a summit in Chicago in May 2012. "
    "In the spring of 1999, NATO bombed Yugoslavia.",
}


@pytest.fixture(scope="module")
def small() -> nr.Corpus:
    return nr.Corpus.from_documents(nr.extract(t, id=k) for k, t in SMALL.items())


class TestOneKey:
    @pytest.mark.parametrize(
        "name",
        ["NATO Russia Council", "NATO–Russia Council", "nato-russia council", "the NRC", "N.R.C."],
    )
    def test_institution_spellings(self, corpus: nr.Corpus, name: str) -> None:
        """Case, dashes, dots and a leading 'the' do not matter, in the corpus as in the gazetteer."""
        found = corpus.institutions.get(name)
        assert found is not None
        assert found.id == "nato-russia-council"
        assert nr.gazetteer.lookup(name).id == found.id
        assert corpus.institution(name) is found

    def test_accents(self) -> None:
        corpus = nr.Corpus.from_documents(
            [
                nr.extract(
                    "A Polish Note\n\nLech Wałęsa met NATO officials in Warsaw in 1993.", id="p"
                )
            ]
        )
        assert corpus.person("Lech Walesa") is corpus.person("LECH WAŁĘSA")

    def test_filters_use_the_same_key(self, corpus: nr.Corpus) -> None:
        assert corpus.events.involving("NATO Russia Council") == corpus.events.involving("NRC")
        assert corpus.events.mentioning("the nrc") == corpus.events.mentioning(
            "NATO–Russia Council"
        )


class TestPersons:
    def test_surname(self, corpus: nr.Corpus) -> None:
        """'Grushko' finds Alexander Grushko: a surname finds a person."""
        assert corpus.person("Grushko").name == "Alexander Grushko"
        assert corpus.person("grushko") is corpus.person("Alexander Grushko")

    def test_role_phrase(self, small: nr.Corpus) -> None:
        """'the Russian Foreign Minister' finds the one person the texts give that role."""
        assert small.person("the Russian Foreign Minister").name == "Sergei Lavrov"

    def test_shared_role_is_ambiguous(self, corpus: nr.Corpus) -> None:
        with pytest.raises(nr.Ambiguous) as info:
            corpus.person("Russian President")
        assert set(info.value.candidates) == {"Boris Yeltsin", "Vladimir Putin"}
        assert isinstance(info.value, nr.Error)
        with pytest.raises(nr.Ambiguous):
            corpus.persons.get("Russian President")

    def test_names_win_over_surnames_and_roles(self, corpus: nr.Corpus) -> None:
        """'Putin' is an alias of one person: no other tier is consulted."""
        assert corpus.person("Putin").id == "vladimir-putin"

    def test_typo_suggests(self, corpus: nr.Corpus) -> None:
        with pytest.raises(nr.NotFound) as info:
            corpus.person("Grushkov")
        assert "Grushko" in info.value.suggestions or "Alexander Grushko" in info.value.suggestions

    def test_get_returns_none(self, corpus: nr.Corpus) -> None:
        assert corpus.persons.get("Nobody Atall") is None
        assert corpus.institutions.get("Ministry of Silly Walks") is None


class TestNameFilters:
    def test_involving_typo_raises(self, corpus: nr.Corpus) -> None:
        """A typo never answers with an empty result: it raises NotFound with the right name."""
        with pytest.raises(nr.NotFound) as info:
            corpus.events.involving("NATO-Rusia Council")
        assert info.value.suggestions[0] == "NATO-Russia Council"

    def test_known_but_absent_is_empty(self, small: nr.Corpus) -> None:
        """A body the gazetteer knows that the corpus never involves: truly nothing."""
        assert len(small.events.involving("Warsaw Pact")) == 0

    def test_known_but_unmentioned_institution_says_so(self, small: nr.Corpus) -> None:
        """corpus.institution() of a gazetteer body no document mentions says that, not 'no
        such institution'; a typo gets the plain message."""
        with pytest.raises(nr.NotFound, match="mentioned in these documents"):
            small.institution("Warsaw Pact")
        with pytest.raises(nr.NotFound, match=r"^no institution matches"):
            small.institution("Warsaw Pakt")

    def test_involving_surname_and_role(self, small: nr.Corpus) -> None:
        assert [e.date.edtf for e in small.events.involving("Lavrov")] == ["2011-03", "2013-02"]
        assert small.events.involving("the Russian Foreign Minister") == small.events.involving(
            "Lavrov"
        )

    def test_involving_an_entity(self, small: nr.Corpus) -> None:
        lavrov = small.person("Lavrov")
        assert small.events.involving(lavrov) == small.events.involving("Sergei Lavrov")

    def test_mentioning_a_name_finds_every_alias(self, small: nr.Corpus) -> None:
        """'NATO' finds the sentence that says 'The Alliance'."""
        sentences = [e.sentence for e in small.events.mentioning("NATO")]
        assert "The Alliance held a summit in Chicago in May 2012." in sentences

    def test_mentioning_words(self, small: nr.Corpus) -> None:
        assert [e.date.edtf for e in small.events.mentioning("Missile-Defense")] == ["2013-02"]
        assert [e.date.edtf for e in small.events.mentioning("in Brussels on")] == ["2012-04-04"]

    def test_mentioning_unknown_words_raises(self, small: nr.Corpus) -> None:
        with pytest.raises(nr.NotFound) as info:
            small.events.mentioning("missile defence")
        assert info.value.suggestions == ()
        with pytest.raises(nr.NotFound) as info:
            small.events.mentioning("misile")
        assert "missile" in info.value.suggestions

    def test_of_kind_forgives_and_lists_kinds(self, corpus: nr.Corpus) -> None:
        assert corpus.events.of_kind("summits") == corpus.events.of_kind(nr.EventKind.SUMMIT)
        assert corpus.events.of_kind("Military operation") == corpus.events.of_kind(
            "military_operation"
        )
        with pytest.raises(nr.NotFound) as info:
            corpus.events.of_kind("sumit")
        assert info.value.suggestions[0] == "summit"
        with pytest.raises(nr.NotFound) as info:
            corpus.events.of_kind("picnic")
        assert set(info.value.suggestions) == {k.value for k in nr.EventKind}

    def test_institution_kinds(self, corpus: nr.Corpus) -> None:
        alliances = corpus.institutions.of_kind("alliances")
        assert {"nato", "warsaw-pact"} <= {i.id for i in alliances}
        with pytest.raises(nr.NotFound):
            corpus.institutions.of_kind("club")

    def test_in_document(self, small: nr.Corpus) -> None:
        assert len(small.events.in_document("a")) == 3
        with pytest.raises(nr.NotFound) as info:
            small.events.in_document("c")
        assert isinstance(info.value, LookupError)

    def test_documents_by(self, small: nr.Corpus) -> None:
        assert [d.id for d in small.documents.by("Roe")] == ["b"]
        assert [d.id for d in small.documents.by("jane roe")] == ["b"]
        with pytest.raises(nr.NotFound) as info:
            small.documents.by("Jane Rowe")
        assert "Jane Roe" in info.value.suggestions

    def test_filters_compose(self, small: nr.Corpus) -> None:
        chained = small.events.involving("NATO").between("2011", "2013").of_kind("meeting")
        assert isinstance(chained, nr.Events)
        # The NRC's meeting involves NATO too: the Council is part of the alliance.
        assert [e.date.edtf for e in chained] == ["2011-03", "2012-04-04"]
        # A filtered collection still resolves names against the whole corpus.
        with pytest.raises(nr.NotFound):
            chained.involving("NATO-Rusia Council")
        assert len(chained.involving("Yeltsin")) == 0


class TestWrongTypes:
    @pytest.mark.parametrize("value", [None, 42, ["NATO"]])
    def test_type_errors(self, corpus: nr.Corpus, value: object) -> None:
        """None or a wrong type is a TypeError that says what was expected, never AttributeError."""
        calls = [
            lambda: corpus.events.involving(value),  # type: ignore[arg-type]
            lambda: corpus.events.mentioning(value),  # type: ignore[arg-type]
            lambda: corpus.events.in_document(value),  # type: ignore[arg-type]
            lambda: corpus.institutions.get(value),  # type: ignore[arg-type]
            lambda: corpus.person(value),  # type: ignore[arg-type]
            lambda: corpus.documents.by(value),  # type: ignore[arg-type]
            lambda: corpus.search(value),  # type: ignore[arg-type]
        ]
        for call in calls:
            with pytest.raises(TypeError, match=r"must be|takes"):
                call()

    def test_kind_of_wrong_type(self, corpus: nr.Corpus) -> None:
        with pytest.raises(TypeError):
            corpus.events.of_kind(None)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            corpus.events.of_kind()

    def test_dates_of_wrong_type(self, corpus: nr.Corpus) -> None:
        with pytest.raises(TypeError, match="a date must be"):
            corpus.events.between(None, "2000")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            corpus.events.between(["1999"], "2000")  # type: ignore[arg-type]


class TestDates:
    def test_expressions(self, small: nr.Corpus) -> None:
        """Query dates accept what find_dates understands."""
        assert [e.date.edtf for e in small.events.between("the late 1990s", "2002")] == [
            "199X~",
            "1999-21",
        ]
        assert [e.date.edtf for e in small.events.between("spring 1999", "spring 1999")] == [
            "1999-21"
        ]
        assert [e.date.edtf for e in small.events.between("2012-04", "May 2012")] == [
            "2012-04-04",
            "2012-05",
        ]

    def test_other_forms(self, small: nr.Corpus) -> None:
        by_string = small.events.between("2012", "2013")
        assert small.events.between(2012, 2013) == by_string
        assert small.events.between(dt.date(2012, 1, 1), dt.date(2013, 12, 31)) == by_string
        fuzzy = nr.FuzzyDate.from_edtf("2012/2013")
        assert small.events.between(fuzzy, fuzzy) == by_string

    def test_overlapping(self, small: nr.Corpus) -> None:
        """'the late 1990s' lies within 1990-1999 but only overlaps 1999-2005."""
        assert "199X~" not in [e.date.edtf for e in small.events.between("1999", "2005")]
        overlapping = small.events.between("1999", "2005", overlapping=True)
        assert [e.date.edtf for e in overlapping][:2] == ["199X~", "1999-21"]

    def test_reversed_range(self, corpus: nr.Corpus) -> None:
        with pytest.raises(nr.DateError, match=r"ends .* before it starts"):
            corpus.events.between("2000", "1990")

    def test_no_date_or_several(self, corpus: nr.Corpus) -> None:
        with pytest.raises(nr.DateError, match="no date"):
            corpus.events.between("yesterday-ish", "2000")
        with pytest.raises(nr.DateError, match="2 dates"):
            corpus.events.between("1990 and 1995", "2000")
        with pytest.raises(nr.DateError):
            corpus.events.between(0, 2000)


class TestIndexAgreesWithScanning:
    """The indexed filters of corpus.events give exactly what a plain scan gives."""

    BOUNDS = ("1939", "1990", "1997-05", "1999", "199X", "2001-09-11", "2008", "2014", "2022")

    def test_between(self, corpus: nr.Corpus) -> None:
        scanned = nr.Events(list(corpus.events))
        for start, end in itertools.combinations_with_replacement(self.BOUNDS, 2):
            low, high = nr.FuzzyDate.from_edtf(start).earliest, nr.FuzzyDate.from_edtf(end).latest
            if high < low:
                continue
            within = [e for e in scanned if low <= e.date.earliest and e.date.latest <= high]
            touching = [e for e in scanned if e.date.earliest <= high and e.date.latest >= low]
            assert list(corpus.events.between(start, end)) == within, (start, end)
            assert list(corpus.events.between(start, end, overlapping=True)) == touching

    def test_long_dates(self) -> None:
        """Decades, centuries, intervals and open ranges are found where they belong, among
        dates of every width (events built directly, in date order, with their own index)."""
        dates = ["19XX", "1948/1949", "196X", "199X", "1997-05", "1999-21", "200X~", "2001-09-11"]
        dates += ["2008", "2010/..", "2014/2022", "2022-02-24", "1990/2030", "2020"]
        events = [
            nr.Event(
                id=f"e{n}",
                document_id="t",
                date=nr.FuzzyDate.from_edtf(edtf),
                date_span=(n, n + 1),
                span=(n, n + 1),
                sentence="x",
                kind=nr.EventKind.OTHER,
            )
            for n, edtf in enumerate(dates)
        ]
        ordered = nr.Events(sorted(events, key=lambda e: (e.date.earliest, e.date.latest)))
        years = ["1900", "1948", "1950", "1990", "1999", "2000", "2015", "2023", "2099"]
        for low, high in itertools.combinations_with_replacement(years, 2):
            lo, hi = nr.FuzzyDate.from_edtf(low).earliest, nr.FuzzyDate.from_edtf(high).latest
            within = [e for e in ordered if lo <= e.date.earliest and e.date.latest <= hi]
            touching = [e for e in ordered if e.date.earliest <= hi and e.date.latest >= lo]
            assert list(ordered.between(low, high)) == within, (low, high)
            assert list(ordered.between(low, high, overlapping=True)) == touching, (low, high)

    def test_kind_and_names(self, corpus: nr.Corpus) -> None:
        for kind in nr.EventKind:
            assert list(corpus.events.of_kind(kind)) == [e for e in corpus.events if e.kind is kind]
        nato = corpus.institution("NATO")
        assert list(corpus.events.involving("the Alliance")) == [
            e for e in corpus.events if nato in e.institutions
        ]


class TestCopies:
    def test_a_pickled_corpus_queries_alike(self, corpus: nr.Corpus) -> None:
        """Indexes and caches are not pickled; the copy rebuilds them and answers alike."""
        corpus.timeline()
        again = pickle.loads(pickle.dumps(corpus))
        assert again.events.involving("NRC") == corpus.events.involving("NRC")
        assert again.events.between("spring 1999", "2002") == corpus.events.between(
            "spring 1999", "2002"
        )
        assert again.events.mentioning("the Alliance") == corpus.events.mentioning("NATO")
        assert again.timeline() == corpus.timeline()
        assert again.person("Grushko") == corpus.person("Grushko")

    def test_a_corpus_read_back_from_json_queries_alike(self, corpus: nr.Corpus) -> None:
        """A corpus made otherwise than by from_documents gets the same indexes."""
        again = nr.io.loads(nr.io.dumps(corpus))
        assert again.events.mentioning("the Alliance") == corpus.events.mentioning("NATO")
        assert again.discrepancies() == corpus.discrepancies()
        with pytest.raises(nr.NotFound):
            again.events.involving("NATO-Rusia Council")


class TestSearch:
    def test_phrase_ranks_first_and_spans_point_into_text(self, corpus: nr.Corpus) -> None:
        hits = corpus.search("missile defense")
        assert hits
        scores = [h.score for h in hits]
        assert scores == sorted(scores, reverse=True)
        for hit in hits:
            text = corpus.document(hit.document_id).text
            assert text[hit.span[0] : hit.span[1]] == hit.text
            assert hit.span[0] <= hit.match[0] < hit.match[1] <= hit.span[1]

    def test_words_and_phrases(self, small: nr.Corpus) -> None:
        """Words anywhere in a paragraph match; a quoted phrase needs them in a row."""
        (words,) = small.search("Munich defense")
        assert words.document_id == "b"
        assert small.search('"Munich defense"') == ()
        (phrase,) = small.search('"missile-defense"')
        text = small.document("b").text
        assert text[phrase.match[0] : phrase.match[1]] == "missile defense"

    def test_limit_and_nothing(self, corpus: nr.Corpus) -> None:
        assert len(corpus.search("NATO", limit=2)) == 2
        assert corpus.search("zzyzx") == ()
        assert corpus.search("   ") == ()
