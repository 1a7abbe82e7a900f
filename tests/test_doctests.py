"""Every docstring example of the installed package runs, as does the README's."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import natorussia

MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(natorussia.__path__, prefix="natorussia.")
    if not name.endswith("__main__")
)
README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.mark.parametrize("name", MODULES)
def test_module_examples(name: str) -> None:
    """The examples in one module's docstrings all pass."""
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} example(s) failed in {name}"


def test_readme_examples() -> None:
    """The README's >>> examples pass."""
    if not README.exists():
        pytest.skip("README.md is not beside the tests")
    result = doctest.testfile(
        str(README),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
    )
    assert result.failed == 0
