"""Work spread over processes returns what a serial loop returns, errors included."""

from __future__ import annotations

import pytest

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
