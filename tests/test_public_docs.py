"""Every public name has a docstring with an example (the examples themselves run in test_doctests)."""

from __future__ import annotations

import ast
import importlib
import inspect

import pytest

import natorussia as nr

# Values whose type is not natorussia's (an int, a date, a module attribute):
# their docstring is the string literal written after their assignment.
_ATTRIBUTE_HOMES = {
    "DEFAULT_MAX_BYTES": "natorussia.corpus",
    "OPEN_START": "natorussia.fuzzydate",
    "OPEN_END": "natorussia.fuzzydate",
}


def _attribute_docstring(module_name: str, name: str) -> str | None:
    tree = ast.parse(inspect.getsource(importlib.import_module(module_name)))
    body = tree.body
    for statement, following in zip(body, body[1:], strict=False):
        targets = (
            statement.targets
            if isinstance(statement, ast.Assign)
            else [statement.target]
            if isinstance(statement, ast.AnnAssign)
            else []
        )
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            if isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant):
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
