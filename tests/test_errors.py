"""natorussia's exceptions: the tree, messages, equality and pickling."""

from __future__ import annotations

import copy
import multiprocessing
import pickle
import threading
from collections.abc import Callable

import pytest

import natorussia
from natorussia import errors
from natorussia.fuzzydate import FuzzyDate

# One hand-made instance of every exception class, with its attributes.
EXAMPLES: dict[str, Callable[[], errors.Error]] = {
    "Error": lambda: errors.Error("something went wrong"),
    "LoadError": lambda: errors.LoadError("notes/a.txt", "cannot be read"),
    "MissingFileError": lambda: errors.MissingFileError("notes/none.txt", "no such file"),
    "EmptyFileError": lambda: errors.EmptyFileError("notes/empty.txt", "the file is empty"),
    "BinaryFileError": lambda: errors.BinaryFileError("img.png", "binary data (NUL bytes)"),
    "DecodeError": lambda: errors.DecodeError("latin.txt", "not UTF-8", offset=17),
    "FileTooLargeError": lambda: errors.FileTooLargeError("big.txt", size=3_000, limit=1_000),
    "LoadErrors": lambda: errors.LoadErrors(
        "notes/",
        [
            errors.EmptyFileError("notes/empty.txt", "the file is empty"),
            errors.DecodeError("notes/latin.txt", "not UTF-8", offset=3),
        ],
    ),
    "NotFound": lambda: errors.NotFound("institution", "NTAO", ["NATO", "NRC"]),
    "Ambiguous": lambda: errors.Ambiguous(
        "person", "Bush", ["George H. W. Bush", "George W. Bush"]
    ),
    "DateError": lambda: errors.DateError("2010-02-30", "day is out of range for month"),
    "DataError": lambda: errors.DataError("lexicon.json", "summit", ["'aliases' is empty"]),
    "MissingExtraError": lambda: errors.MissingExtraError("plotting", "plot", "matplotlib"),
}

ATTRIBUTES = {
    "LoadError": {"path": "notes/a.txt", "reason": "cannot be read"},
    "DecodeError": {"path": "latin.txt", "offset": 17},
    "FileTooLargeError": {"size": 3_000, "limit": 1_000},
    "NotFound": {"what": "institution", "query": "NTAO", "suggestions": ("NATO", "NRC")},
    "Ambiguous": {"candidates": ("George H. W. Bush", "George W. Bush")},
    "DateError": {"text": "2010-02-30", "reason": "day is out of range for month"},
    "DataError": {"source": "lexicon.json", "entry": "summit", "problems": ("'aliases' is empty",)},
    "MissingExtraError": {"extra": "plot", "module": "matplotlib"},
}


def test_every_class_has_an_example() -> None:
    """Each exception class that natorussia.errors exports is covered by the tests below."""
    classes = {
        name
        for name in errors.__all__
        if isinstance(getattr(errors, name), type)
        and issubclass(getattr(errors, name), errors.Error)
    }
    assert classes == set(EXAMPLES)
    for name, make in EXAMPLES.items():
        assert type(make()) is getattr(errors, name)


class TestPickling:
    @pytest.mark.parametrize("name", sorted(EXAMPLES))
    @pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
    def test_round_trip_is_equal(self, name: str, protocol: int) -> None:
        """Unpickling gives an equal exception: same type, args, message and attributes."""
        original = EXAMPLES[name]()
        again = pickle.loads(pickle.dumps(original, protocol=protocol))
        assert type(again) is type(original)
        assert again.args == original.args
        assert str(again) == str(original)
        assert vars(again) == vars(original)
        assert again == original
        for attribute, value in ATTRIBUTES.get(name, {}).items():
            assert getattr(again, attribute) == value

    def test_notes_and_extra_attributes_travel(self) -> None:
        """Notes added to an exception and attributes set on it survive pickling and copying."""
        e = errors.NotFound("person", "Lavrow", ["Lavrov"])
        e.add_note("looked up in the bundled corpus")
        e.document_id = "004"  # type: ignore[attr-defined]
        for again in (pickle.loads(pickle.dumps(e)), copy.copy(e), copy.deepcopy(e)):
            assert again.__notes__ == ["looked up in the bundled corpus"]
            assert again.document_id == "004"  # type: ignore[attr-defined]
            assert again == e

    def test_still_catchable_as_builtins(self) -> None:
        """An unpickled error is still the built-in exception it derives from."""
        missing = pickle.loads(pickle.dumps(EXAMPLES["MissingFileError"]()))
        assert isinstance(missing, FileNotFoundError)
        assert isinstance(missing, natorussia.Error)
        assert isinstance(pickle.loads(pickle.dumps(EXAMPLES["DateError"]())), ValueError)
        assert isinstance(pickle.loads(pickle.dumps(EXAMPLES["NotFound"]())), LookupError)


class TestEquality:
    def test_equal_by_value(self) -> None:
        """Two exceptions made alike are equal and hash alike; any difference makes them unequal."""
        a, b = EXAMPLES["DecodeError"](), EXAMPLES["DecodeError"]()
        assert a == b
        assert hash(a) == hash(b)
        assert a != errors.DecodeError("latin.txt", "not UTF-8", offset=18)
        assert a != errors.LoadError("latin.txt", "not UTF-8")
        assert errors.Error("x") != ValueError("x")

    def test_usable_in_sets(self) -> None:
        """Exceptions stay hashable (an unhashable argument does not break hashing)."""
        assert len({errors.Error("x"), errors.Error("x"), errors.Error(["a list"])}) == 2


class TestMessages:
    def test_date_error_quotes_input(self) -> None:
        """DateError quotes its input; a very long input is shortened in the message only."""
        assert str(errors.DateError("1999-13", "month 13")) == "'1999-13': month 13"
        long = "9" * 10_000
        e = errors.DateError(long, "not EDTF")
        assert e.text == long
        assert str(e) == f"{'9' * 60!r}… (10,000 characters): not EDTF"


class TestAcrossProcesses:
    @pytest.mark.parametrize("method", ["spawn", "fork"])
    def test_worker_error_reaches_the_parent(self, method: str) -> None:
        """A natorussia error raised in a Pool worker is raised, equal, in the parent (no hang)."""
        if method not in multiprocessing.get_all_start_methods():
            pytest.skip(f"no {method} start method on this platform")
        if method == "fork" and threading.active_count() > 1:
            pytest.skip("forking a process that runs threads may deadlock")
        context = multiprocessing.get_context(method)
        with context.Pool(2) as pool:
            days = pool.map_async(FuzzyDate.from_edtf, ["1999", "2010-02-30"])
            with pytest.raises(errors.DateError) as info:
                days.get(timeout=120)
            missing = pool.apply_async(natorussia.load, ("no/such/folder",))
            with pytest.raises(errors.MissingFileError) as missing_info:
                missing.get(timeout=120)
        assert info.value == errors.DateError("2010-02-30", "day is out of range for month")
        assert missing_info.value.path == "no/such/folder"
