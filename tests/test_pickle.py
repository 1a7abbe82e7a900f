"""Documents and corpora pickle, so extraction can run in worker processes."""

from __future__ import annotations

import pickle

import pytest

import natorussia as nr


def test_every_bundled_document_pickles_to_an_equal_one() -> None:
    for doc in nr.load().documents:
        assert pickle.loads(pickle.dumps(doc)) == doc


def test_corpus_pickles_to_an_equal_one() -> None:
    corpus = nr.load()
    again = pickle.loads(pickle.dumps(corpus))
    assert again == corpus
    assert again.events.of_kind("summit")[0].id == corpus.events.of_kind("summit")[0].id


def test_author_identifiers_stay_read_only_after_a_round_trip() -> None:
    author = nr.Author("Jane Roe", identifiers={"orcid": "0000-0002-1825-0097"})
    again = pickle.loads(pickle.dumps(author))
    assert again == author
    assert again.identifiers["orcid"] == "0000-0002-1825-0097"
    with pytest.raises(TypeError):
        again.identifiers["orcid"] = "x"  # type: ignore[index]
