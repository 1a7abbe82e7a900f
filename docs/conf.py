"""Sphinx configuration for natorussia's documentation."""

from __future__ import annotations

from importlib.metadata import version as _version

project = "natorussia"
author = "natorussia developers"
copyright = "2026, natorussia developers"
release = _version("natorussia")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
myst_enable_extensions = ["colon_fence", "deflist"]
exclude_patterns = ["_build"]

html_theme = "furo"
html_title = "natorussia"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# The build machines cannot fetch intersphinx inventories, so references to
# types of the standard library and of dependencies cannot be resolved; they
# are listed here one by one instead of silencing warnings wholesale.
nitpicky = True
nitpick_ignore = [
    ("py:class", "PathLike"),  # os.PathLike, imported by name in errors.py
    ("py:class", "enum.StrEnum"),
    ("py:mod", "datetime"),
    ("py:mod", "dateutil.parser"),
    ("py:mod", "dateutil.relativedelta"),
    ("py:mod", "importlib.resources"),
    # The structure layer of an Annotated document is an internal type of the
    # structure stage; users see its content on the finished Document.
    ("py:class", "natorussia._document.Structure"),
    ("py:mod", "cattrs"),
    ("py:class", "pandas.DataFrame"),
]
nitpick_ignore_regex = [
    (r"py:class", r"(datetime|collections\.abc|typing|types|re|os|pathlib|importlib[\w.]*)\.\w+"),
    (r"py:class", r"(attrs|attr|dateutil)\.[\w.]+"),
    (r"py:(class|obj)", r"(_E|T|Self|Source|TypeAliasType)"),
    (r"py:class", r"natorussia\.(query|corpus|_[\w.]+)\.(T|_E|Source)"),
    (r"py:(class|obj)", r"natorussia\.query\.(_Named|T)"),
]

doctest_global_setup = "import natorussia as nr"
# Docstring examples are run by tests/test_doctests.py in their own modules' namespaces.
doctest_test_doctest_blocks = ""


_MODULES = {
    "natorussia", "model", "dates", "fuzzydate", "query", "corpus", "errors", "cli", "pipeline"
}


def _resolve_public_names(app, env, node, contnode):  # type: ignore[no-untyped-def]
    """Resolve a reference by the object's own name wherever it is documented.

    Docstrings and type hints name objects by the module that defines them
    (``natorussia.model.Document``, ``FuzzyDate``); the API page documents
    them where users import them (``natorussia.Document``). Unresolved
    references are looked up again by their name alone, which must then
    match exactly one documented object.
    """
    if node.get("refdomain") != "py":
        return None
    parts = node["reftarget"].split(".")
    while len(parts) > 1 and (parts[0] in _MODULES or parts[0].startswith("_")):
        parts = parts[1:]
    fuzzy = node.deepcopy()
    fuzzy["refspecific"] = True
    fuzzy["py:module"] = None
    fuzzy["py:class"] = None
    return env.get_domain("py").resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], ".".join(parts), fuzzy, contnode
    )


def setup(app):  # type: ignore[no-untyped-def]
    app.connect("missing-reference", _resolve_public_names)
