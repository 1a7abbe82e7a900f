"""The corpus: cross-document merging, lookups and the collections it returns."""

from __future__ import annotations

from pathlib import Path

import pytest

import natorussia as nr


@pytest.fixture(scope="module")
def corpus() -> nr.Corpus:
    return nr.load()


class TestMerging:
    def test_same_author_across_documents_is_one(self, tmp_path: Path) -> None:
        """ "Fyodor A. Lukyanov" and "Fyodor Lukyanov" writing two articles are one Author."""
        (tmp_path / "a.txt").write_text(
            "First Headline Here\nBy Fyodor A. Lukyanov, Editor-in-Chief & a columnist\n"
            "The first article talks about relations between Russia and the West at some length.\n"
        )
        (tmp_path / "b.txt").write_text(
            "Second Headline Here\nBy Fyodor Lukyanov\n"
            "The second article talks about relations between Russia and NATO at some length.\n"
        )
        corpus = nr.load(tmp_path)
        assert len(corpus.authors) == 1
        (author,) = corpus.authors
        assert author.name == "Fyodor A. Lukyanov"
        assert corpus.documents[0].authors[0] is corpus.documents[1].authors[0]
        assert [d.id for d in corpus.documents.by("Lukyanov")] == ["a", "b"]

    def test_entities_carry_their_mentions(self, corpus: nr.Corpus) -> None:
        """corpus.institutions lists what documents mention, each with its mentions, and
        every mention's surface is the text at its span."""
        nato = corpus.institution("the Alliance")
        assert nato.id == "nato"
        assert len(nato.mentions) > 50
        documents = {m.document_id for m in nato.mentions}
        assert documents == {d.id for d in corpus.documents}
        for mention in nato.mentions[:20]:
            text = corpus.document(mention.document_id).text
            assert text[mention.span[0] : mention.span[1]] == mention.surface
        surfaces = {m.surface for m in nato.mentions}
        assert {"NATO", "the Alliance", "the bloc"} <= surfaces

    def test_person_lookup_by_surname(self, corpus: nr.Corpus) -> None:
        """A person is found by surname, and unknown names raise NotFound with suggestions."""
        lavrov = corpus.person("Lavrov")
        assert lavrov.name in {"Sergei Lavrov", "Sergey Lavrov"}
        assert {"Sergei Lavrov", "Sergey Lavrov"} <= set(lavrov.aliases)
        with pytest.raises(nr.NotFound) as info:
            corpus.person("Lavrof")
        assert "Lavrov" in info.value.suggestions

    def test_unknown_institution(self, corpus: nr.Corpus) -> None:
        """Looking up a body no document mentions raises NotFound (a LookupError)."""
        with pytest.raises(LookupError):
            corpus.institution("Ministry of Silly Walks")
        assert corpus.institutions.get("Ministry of Silly Walks") is None


class TestEvents:
    def test_ordered_by_date(self, corpus: nr.Corpus) -> None:
        """corpus.events runs by date bounds, then document and position."""
        keys = [
            (e.date.earliest, e.date.latest, e.document_id, e.date_span[0]) for e in corpus.events
        ]
        assert keys == sorted(keys)
        assert len(corpus.events) == sum(len(d.events) for d in corpus.documents)

    def test_filters_compose(self, corpus: nr.Corpus) -> None:
        """Filters return the same kind of collection and compose."""
        summits = corpus.events.of_kind("summit")
        assert isinstance(summits, nr.Events)
        window = summits.between("1997", "2010")
        assert all(e.kind is nr.EventKind.SUMMIT for e in window)
        assert all(e.date.earliest.year >= 1997 and e.date.latest.year <= 2010 for e in window)
        lisbon = [e for e in window if "Lisbon" in e.sentence]
        assert lisbon, "the Lisbon summits of November 2010 are summits within 1997-2010"

    def test_involving_an_alias(self, corpus: nr.Corpus) -> None:
        """involving() accepts any alias: "the NRC" and "NATO-Russia Council" are one body."""
        by_acronym = corpus.events.involving("NRC")
        by_name = corpus.events.involving("NATO–Russia Council")
        assert len(by_acronym) > 0
        assert list(by_acronym) == list(by_name)

    def test_in_document_and_mentioning(self, corpus: nr.Corpus) -> None:
        """in_document() keeps one document's events; mentioning() matches names and words."""
        doc_id = corpus.documents[4].id
        own = corpus.events.in_document(doc_id)
        assert len(own) == len(corpus.document(doc_id).events) > 0
        assert {e.document_id for e in own} == {doc_id}
        putin = corpus.events.mentioning("Putin")
        assert putin
        assert all("Putin" in e.sentence for e in putin)
        with pytest.raises(nr.NotFound):
            corpus.events.mentioning("no such words anywhere")

    def test_event_provenance(self, corpus: nr.Corpus) -> None:
        """Every event's sentence and date are the text at their spans."""
        for event in corpus.events:
            text = corpus.document(event.document_id).text
            assert text[event.span[0] : event.span[1]] == event.sentence
            assert event.span[0] <= event.date_span[0] < event.date_span[1] <= event.span[1]


class TestSearch:
    def test_phrase_search(self, corpus: nr.Corpus) -> None:
        """search() finds paragraphs containing a phrase, case-insensitively, with spans."""
        hits = corpus.search("Missile Defense")
        assert hits
        for hit in hits:
            text = corpus.document(hit.document_id).text
            assert text[hit.span[0] : hit.span[1]] == hit.text
            assert text[hit.match[0] : hit.match[1]].casefold() == "missile defense"
