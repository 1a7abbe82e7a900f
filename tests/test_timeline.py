"""The merged timeline and discrepancies: on the bundled corpus and on small corpora of
sentences written for these tests."""

from __future__ import annotations

import pytest

import natorussia as nr


@pytest.fixture(scope="module")
def corpus() -> nr.Corpus:
    return nr.load()


def small(texts: dict[str, str]) -> nr.Corpus:
    return nr.Corpus.from_documents(nr.extract(t, id=k) for k, t in texts.items())


THREE = {
    "a": "Notes on the Council\n\n"
    "The NATO-Russia Council was established in Rome in May 2002. "
    "In August 2008, Russia fought a five-day war against Georgia. "
    "Russia suspended the CFE Treaty in August 2007. "
    "NATO held a summit in Lisbon in November 2010.",
    "b": "Another Look Back\n\n"
    "The NATO-Russia Council was founded in 2001. "
    "Russia's war against Georgia in 2008 ended quickly. "
    "Croatia joined NATO in 2009, and Albania joined NATO in 2009. "
    "Lavrov spoke at the Munich Security Conference in February 2013. "
    "Montenegro joined NATO in 2016. "
    "NATO held a summit in Chicago in May 2012.",
    "c": "A Third View\n\n"
    "In 2002, the NATO–Russia Council was created. "
    "Putin gave a speech in Munich in February 2007. "
    "Sergei Lavrov, the Russian Foreign Minister, met NATO officials in 2013. "
    "The NATO-Russia Council launched a joint review in December 2009.",
}


@pytest.fixture(scope="module")
def three() -> nr.Corpus:
    return small(THREE)


def dated(timeline: nr.Timeline) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(h.date.edtf, h.kind.value, h.documents) for h in timeline]


class TestMerging:
    def test_same_happening_in_two_documents_is_one(self, three: nr.Corpus) -> None:
        """'established in May 2002' and 'In 2002 ... was created' are one founding, dated May 2002;
        'founded in 2001' is not the same (its date is incompatible)."""
        nrc = three.timeline().involving("NRC").of_kind("founding")
        assert dated(nrc) == [
            ("2001", "founding", ("b",)),
            ("2002-05", "founding", ("a", "c")),
            ("2009-12", "founding", ("c",)),
        ]
        founding = nrc[1]
        assert [(e.document_id, e.date.edtf) for e in founding.events] == [
            ("a", "2002-05"),
            ("c", "2002"),
        ]
        assert founding.sentences[1] == "In 2002, the NATO–Russia Council was created."
        # Russia co-founded the Council (it signed the Rome Declaration that established it)
        assert [i.id for i in founding.institutions] == ["nato-russia-council", "nato", "russia"]

    def test_war_in_two_documents(self, three: nr.Corpus) -> None:
        """'In August 2008, Russia fought ... Georgia' and 'Russia's war against Georgia in 2008'."""
        (war,) = three.timeline().involving("Georgia")
        assert (war.date.edtf, war.kind, war.documents) == ("2008-08", nr.EventKind.WAR, ("a", "b"))

    def test_what_is_not_merged(self, three: nr.Corpus) -> None:
        """Two accessions of one sentence stay two (Albania's is not Croatia's); two summits of
        NATO in different years stay two; Lavrov's speech is not his meeting (other kinds)."""
        timeline = three.timeline()
        assert dated(timeline.of_kind("accession").between(2009, 2009)) == [
            ("2009", "accession", ("b",)),
            ("2009", "accession", ("b",)),
        ]
        assert len(timeline.of_kind("summit")) == 2
        assert dated(timeline.involving("Lavrov")) == [
            ("2013", "meeting", ("c",)),
            ("2013-02", "speech", ("b",)),
        ]

    def test_a_hub_alone_does_not_merge_statements(self) -> None:
        """NATO takes part in most events of this corpus: two NATO statements of 2015, on
        Ukraine and on Georgia, share nothing else and stay two."""
        summits = " ".join(f"NATO held a summit in Brussels in {y}." for y in range(1990, 2002))
        hub = small(
            {
                "x": f"Hub Test\n\n{summits} In 2015, NATO said in a statement that Ukraine "
                "had a right to choose its alliances.",
                "y": "Hub Test Two\n\nIn March 2015, NATO said in a statement that Georgia "
                "would one day join. Russia suspended the CFE Treaty in December 2007.",
            }
        )
        statements = hub.events.of_kind("statement")
        assert [[i.id for i in e.institutions] for e in statements] == [
            ["nato", "ukraine"],
            ["nato", "georgia"],
        ]
        assert dated(hub.timeline().of_kind("statement")) == [
            ("2015", "statement", ("x",)),
            ("2015-03", "statement", ("y",)),
        ]

    def test_every_event_is_in_exactly_one_happening(self, three: nr.Corpus) -> None:
        ids = [e.id for h in three.timeline() for e in h.events]
        assert sorted(ids) == sorted(e.id for e in three.events)

    def test_ordered_by_date_and_cached(self, three: nr.Corpus) -> None:
        timeline = three.timeline()
        keys = [(h.date.earliest, h.date.latest) for h in timeline]
        assert keys == sorted(keys)
        assert three.timeline() is timeline

    def test_filters_compose_and_raise_as_on_events(self, three: nr.Corpus) -> None:
        timeline = three.timeline()
        assert isinstance(timeline.between("2002", "2008"), nr.Timeline)
        assert dated(timeline.in_document("c").mentioning("Munich")) == [
            ("2007-02", "speech", ("c",))
        ]
        with pytest.raises(nr.NotFound):
            timeline.involving("NATO-Rusia Council")
        with pytest.raises(nr.NotFound):
            timeline.of_kind("summitry")
        with pytest.raises(nr.DateError):
            timeline.between("2010", "2000")


class TestBundledTimeline:
    def test_founding_act_is_one_entry(self, corpus: nr.Corpus) -> None:
        """Two articles mention the Founding Act of May 1997: one happening."""
        (act,) = corpus.timeline().involving("Founding Act").of_kind("treaty_signing")
        assert act.date.edtf == "1997-05"
        assert act.kind is nr.EventKind.TREATY_SIGNING
        assert act.documents == ("000_3cd35e5757cc7dc1", "004_cbf04e0f558039c8")

    def test_kosovo_operation_of_1999_is_one_entry(self, corpus: nr.Corpus) -> None:
        """'the intervention in Kosovo in 1999' and 'the NATO operation in Yugoslavia in the
        spring of 1999' are one military operation, dated spring 1999."""
        operations = corpus.timeline().of_kind("military_operation").between("1999", "1999")
        assert dated(operations) == [
            ("1999-21", "military_operation", ("001_3219f446d452bc05", "004_cbf04e0f558039c8"))
        ]

    def test_munich_speech(self, corpus: nr.Corpus) -> None:
        """Putin's Munich speech of February 2007, in three articles, is one entry."""
        speeches = corpus.timeline().involving("Putin").of_kind("speech").between(2007, 2007)
        assert [(h.date.edtf, len(h.documents)) for h in speeches] == [("2007-02", 3)]

    def test_fewer_entries_than_events(self, corpus: nr.Corpus) -> None:
        assert len(corpus.timeline()) < len(corpus.events)


class TestDiscrepancies:
    def test_small_corpus(self, three: nr.Corpus) -> None:
        """Documents disagree on the NRC's founding (2001 against May 2002); 2001, August 2007
        and Montenegro joining in 2016 contradict the gazetteer. The December 2009 'launch'
        is too far from 2002 to be a disagreement, and the summits are not once-only."""
        found = [
            (d.kind.value, d.subject.id, *(x.edtf for x in d.dates)) for d in three.discrepancies()
        ]
        assert found == [
            ("documents", "nato-russia-council", "2001", "2002-05"),
            ("gazetteer", "nato-russia-council", "2001", "2002-05-28"),
            ("gazetteer", "cfe-treaty", "2007-08", "2007-12-12"),
            ("gazetteer", "montenegro", "2016", "2017-06-05"),
        ]

    def test_each_has_both_sentences_and_an_explanation(self, three: nr.Corpus) -> None:
        documents, *_, montenegro = three.discrepancies()
        assert documents.sentences == (
            "The NATO-Russia Council was founded in 2001.",
            "The NATO-Russia Council was established in Rome in May 2002.",
        )
        assert documents.explanation == (
            "b dates the founding of NATO-Russia Council to 2001; a to 2002-05"
        )
        assert montenegro.sentences[0] == "Montenegro joined NATO in 2016."
        assert montenegro.sentences[1].startswith("gazetteer: ")
        assert montenegro.explanation == (
            "b dates Montenegro joining North Atlantic Treaty Organization to 2016; "
            "the gazetteer has 2017-06-05"
        )
        assert montenegro.fact is not None
        assert montenegro.fact.predicate == "member_joined"
        assert montenegro.other is None

    def test_no_noise_when_documents_agree(self) -> None:
        """Dates that agree with each other and with the gazetteer give nothing."""
        agreeing = small(
            {
                "x": "First Headline Here\n\nThe NATO-Russia Council was established in May 2002. "
                "Russia suspended the CFE Treaty in December 2007.",
                "y": "Second Headline Here\n\nIn 2002, the NATO-Russia Council was created. "
                "Montenegro joined NATO in 2017.",
            }
        )
        assert list(agreeing.discrepancies()) == []

    def test_founders_are_not_subjects(self) -> None:
        """NATO, founded in 1949 by the gazetteer, is the founder in 'NATO created ... in January
        1994' and 'NATO founded ... in 1995': no disagreement about NATO's own founding."""
        founders = small(
            {
                "x": "A Headline Here\n\nNATO created the Partnership for Peace in January 1994. "
                "Russia suspended the CFE Treaty in December 2007.",
                "y": "Another Headline\n\nNATO founded the Nordic Security Forum (NSF) in 1995. "
                "Putin spoke in Munich in February 2007.",
            }
        )
        foundings = founders.events.of_kind("founding")
        assert [[i.id for i in e.institutions] for e in foundings] == [
            ["nato", "partnership-for-peace"],
            ["nato", "nordic-security-forum"],
        ]
        assert list(founders.discrepancies()) == []

    def test_approximate_dates_assert_nothing(self) -> None:
        """'in about 2001' asserts no precise date: no disagreement with May 2002."""
        approximate = small(
            {
                "x": "A Headline Here\n\nThe NATO-Russia Council was founded in about 2001. "
                "Russia suspended the CFE Treaty in December 2007.",
                "y": "Another Headline\n\nThe NATO-Russia Council was established in May 2002. "
                "Putin spoke in Munich in February 2007.",
            }
        )
        assert [e.date.edtf for e in approximate.events.of_kind("founding")] == ["2001~", "2002-05"]
        assert list(approximate.discrepancies()) == []

    def test_open_and_ancient_dates(self) -> None:
        """Dates that reach the calendar's ends (open starts, clamped bounds) merge and compare
        without overflowing; an open range is too vague to merge or to disagree."""
        nrc = nr.gazetteer.lookup("NRC")

        def event(n: int, edtf: str) -> nr.Event:
            return nr.Event(
                id=f"e{n}",
                document_id="d",
                date=nr.FuzzyDate.from_edtf(edtf),
                date_span=(n, n + 1),
                span=(n, n + 1),
                sentence="x",
                kind=nr.EventKind.FOUNDING,
                institutions=(nrc,),
            )

        dates = ["../2001", "2002-05", "0001-01-01", "2001/.."]
        document = nr.Document(
            id="d", text="x" * 10, events=tuple(event(n, d) for n, d in enumerate(dates))
        )
        corpus = nr.Corpus.from_documents([document])
        assert sorted(h.date.edtf for h in corpus.timeline()) == sorted(dates)
        assert [d.dates[0].edtf for d in corpus.discrepancies()] == []

    def test_bundled_corpus(self, corpus: nr.Corpus) -> None:
        """The bundled articles date the NRC's founding to 2001 and to May 2002, and the CFE
        Treaty's suspension to August 2007 (the gazetteer: 12 December 2007)."""
        found = [
            (d.kind.value, d.subject.id, *(x.edtf for x in d.dates)) for d in corpus.discrepancies()
        ]
        assert found == [
            ("documents", "nato-russia-council", "2001", "2002-05"),
            ("gazetteer", "nato-russia-council", "2001", "2002-05-28"),
            ("gazetteer", "cfe-treaty", "2007-08", "2007-12-12"),
        ]
