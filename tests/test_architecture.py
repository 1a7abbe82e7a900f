"""The layout the pipeline depends on: no module imports one that imports it back.

Imports under ``if TYPE_CHECKING:`` are left out (they never run); imports inside
functions count, since they run on first use.
"""

from __future__ import annotations

import ast
from importlib import resources
from pathlib import Path

import natorussia


def _module_graph() -> dict[str, set[str]]:
    root = Path(str(resources.files(natorussia)))
    names: dict[str, Path] = {}
    for path in root.rglob("*.py"):
        parts = path.relative_to(root.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        names[name] = path
    graph: dict[str, set[str]] = {}
    for name, path in names.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        type_only = {
            id(node)
            for block in ast.walk(tree)
            if isinstance(block, ast.If) and ast.unparse(block.test).endswith("TYPE_CHECKING")
            for node in ast.walk(block)
        }
        targets: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in type_only:
                continue
            if isinstance(node, ast.ImportFrom) and node.module:
                targets.add(node.module)
                targets.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
        # The package itself only re-exports names lazily; it is not a layer.
        graph[name] = {t for t in targets if t in names and t not in (name, "natorussia")}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_planted_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_no_module_imports_one_that_imports_it_back() -> None:
    assert _cycles(_module_graph()) == []


def test_the_graph_sees_the_pipeline_imports() -> None:
    """A guard against an empty graph passing the test above: known edges are there."""
    graph = _module_graph()
    assert "natorussia.dates" in graph["natorussia.pipeline"] | graph["natorussia._events"]
    assert "natorussia.fuzzydate" in graph["natorussia.dates"]
    assert "natorussia.dates" not in graph["natorussia.fuzzydate"]
