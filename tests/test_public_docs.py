"""Every public name has a docstring with an example.

The examples of functions, classes and modules run in test_doctests; those
of constants and type aliases (attribute docstrings, which ``doctest`` does
not collect) run here.
"""

from __future__ import annotations

import ast
import doctest
import importlib
import inspect
import itertools

import pytest

import natorussia as nr

# Values whose type is not natorussia's (an int, a date, a type alias):
# their docstring is the string literal written after their assignment.
_ATTRIBUTE_HOMES = {
    "DEFAULT_MAX_BYTES": "natorussia.corpus",
    "OPEN_START": "natorussia.fuzzydate",
    "OPEN_END": "natorussia.fuzzydate",
    "Entity": "natorussia.model",
    "Span": "natorussia.model",
}


def _attribute_docstring(module_name: str, name: str) -> str | None:
    tree = ast.parse(inspect.getsource(importlib.import_module(module_name)))
    body = tree.body
    for statement, following in itertools.pairwise(body):
        targets = (
            statement.targets
            if isinstance(statement, ast.Assign)
            else [statement.target]
            if isinstance(statement, ast.AnnAssign)
            else []
        )
        if (
            any(isinstance(t, ast.Name) and t.id == name for t in targets)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
        ):
            return str(following.value.value)
    return None


def _docstring(name: str) -> str | None:
    if name in _ATTRIBUTE_HOMES:
        return _attribute_docstring(_ATTRIBUTE_HOMES[name], name)
    if name == "__version__":
        return _attribute_docstring("natorussia", "__version__") or nr.__doc__
    value = getattr(nr, name)
    if name == "gazetteer":
        value = type(value)
    return inspect.getdoc(value)


@pytest.mark.parametrize("name", sorted(nr.__all__))
def test_public_name_has_a_docstring_with_an_example(name: str) -> None:
    doc = _docstring(name)
    assert doc, f"natorussia.{name} has no docstring"
    assert ">>>" in doc, f"natorussia.{name}'s docstring has no example"


@pytest.mark.parametrize("name", sorted(_ATTRIBUTE_HOMES))
def test_attribute_docstring_examples_run(name: str) -> None:
    """The examples in a constant's or type alias's own docstring pass."""
    doc = _attribute_docstring(_ATTRIBUTE_HOMES[name], name)
    assert doc, f"natorussia.{name} has no attribute docstring"
    parser = doctest.DocTestParser()
    test = parser.get_doctest(doc, {}, f"natorussia.{name}", _ATTRIBUTE_HOMES[name], 0)
    assert test.examples, f"natorussia.{name}'s docstring has no example"
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0, f"{runner.failures} example(s) failed in natorussia.{name}"
