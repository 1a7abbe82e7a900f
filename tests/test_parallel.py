"""Work spread over processes returns what a serial loop returns, errors included."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

import natorussia as nr
from natorussia._parallel import map_in_order, worker_count
from natorussia.errors import DateError


def _square_or_refuse(n: int) -> int:
    if n == 3:
        raise DateError(str(n), "three is refused")
    return n * n


def _crash(n: int) -> int:
    raise ZeroDivisionError("a bug, not bad input")


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_back_in_order_with_errors_in_place(workers: int) -> None:
    out = list(map_in_order(_square_or_refuse, list(range(6)), workers=workers))
    assert [item for item, _ in out] == [0, 1, 2, 3, 4, 5]
    assert [r for _, r in out if not isinstance(r, Exception)] == [0, 1, 4, 16, 25]
    error = out[3][1]
    assert isinstance(error, DateError)
    assert "three is refused" in str(error)


def test_an_unexpected_exception_in_a_worker_reaches_the_caller() -> None:
    with pytest.raises(ZeroDivisionError, match="a bug"):
        list(map_in_order(_crash, [1, 2, 3, 4], workers=2))


def test_worker_count_rejects_what_is_not_a_count() -> None:
    with pytest.raises(TypeError, match="workers must be an int"):
        worker_count("2")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=">= 0"):
        worker_count(-1)
    assert worker_count(2) == 2


def _folder_of_articles(tmp_path: Path) -> Path:
    seeds = resources.files("natorussia") / "seeds"
    for seed in seeds.iterdir():
        if seed.name.endswith(".txt"):
            (tmp_path / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / "note.md").write_text(
        "---\ntitle: A Short Note\ndate: 2021-12-17\n---\n"
        "Russia published two draft treaties on 17 December 2021.\n",
        encoding="utf-8",
    )
    return tmp_path


def test_a_load_in_workers_equals_the_serial_load(tmp_path: Path) -> None:
    folder = _folder_of_articles(tmp_path)
    serial = nr.load(folder)
    parallel = nr.load(folder, workers=2)
    assert parallel == serial
    assert [d.id for d in parallel.documents][-1] == "note"


def test_a_bad_file_fails_a_load_in_workers_as_it_fails_a_serial_one(tmp_path: Path) -> None:
    folder = _folder_of_articles(tmp_path)
    (folder / "broken.txt").write_bytes(b"NATO \xff\xfe met in 1997")
    with pytest.raises(nr.LoadErrors) as serial:
        nr.load(folder)
    with pytest.raises(nr.LoadErrors) as parallel:
        nr.load(folder, workers=2)
    assert parallel.value == serial.value
    assert [e.path for e in parallel.value.exceptions] == [str(folder / "broken.txt")]
    with pytest.warns(nr.LoadWarning):
        partial = nr.load(folder, workers=2, strict=False)
    assert len(partial.documents) == 6
    assert [type(p).__name__ for p in partial.problems] == ["DecodeError"]


def test_the_dask_recipe_gives_the_corpus_load_gives(tmp_path: Path) -> None:
    """The recipe of docs/parallel.md, on Dask's local scheduler."""
    bag = pytest.importorskip("dask.bag")
    folder = _folder_of_articles(tmp_path)
    paths = sorted(str(p) for p in folder.iterdir())
    documents = bag.from_sequence(paths, npartitions=3).map(nr.read_document).compute()
    assert nr.Corpus.from_documents(documents) == nr.load(folder)
