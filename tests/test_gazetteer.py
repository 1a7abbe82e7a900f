"""Tests of the gazetteer: the shipped data, its validation and name lookup."""

from __future__ import annotations

import pytest

from natorussia._gazetteer import Gazetteer, default_gazetteer
from natorussia.errors import DataError, NotFound


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


class TestLookup:
    def test_alliance_is_nato(self, gaz: Gazetteer) -> None:
        """'the Alliance' and 'Alliance' both name NATO."""
        assert gaz.lookup("the Alliance").id == "nato"
        assert gaz.lookup("Alliance").id == "nato"

    def test_nrc_dash_variants(self, gaz: Gazetteer) -> None:
        """The NRC is found with an en dash, a hyphen or its acronym in lower case."""
        assert gaz.lookup("NATO–Russia Council").id == "nato-russia-council"
        assert gaz.lookup("NATO-Russia Council").id == "nato-russia-council"
        assert gaz.lookup("nrc").id == "nato-russia-council"

    def test_metonyms(self, gaz: Gazetteer) -> None:
        """The Kremlin stands for Russia and Kiev for Ukraine."""
        assert gaz.lookup("Kremlin").id == "russia"
        assert gaz.lookup("Kiev").id == "ukraine"

    def test_typo_gives_suggestion(self, gaz: Gazetteer) -> None:
        """A misspelt name raises NotFound suggesting the right one."""
        with pytest.raises(NotFound) as info:
            gaz.lookup("NATO-Rusia Council")
        assert "NATO-Russia Council" in info.value.suggestions


class TestValidation:
    def test_bad_kind(self) -> None:
        """An unknown kind is a DataError naming the entry."""
        with pytest.raises(DataError) as info:
            Gazetteer.from_data([{"id": "x", "name": "X", "kind": "nation"}], source="f.json")
        assert info.value.entry == "x"
        assert info.value.source == "f.json"
