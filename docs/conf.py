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
    ("py:mod", "importlib.resources"),
]
nitpick_ignore_regex = [
    (r"py:class", r"(datetime|collections\.abc|typing|types|re|os|pathlib|importlib[\w.]*)\.\w+"),
    (r"py:class", r"(attrs|attr|dateutil)\.[\w.]+"),
    (r"py:(class|obj)", r"(_E|T|Self|Source|TypeAliasType)"),
    (r"py:class", r"natorussia\.(query|corpus|_[\w.]+)\.(T|_E|Source)"),
    (r"py:(class|obj)", r"natorussia\.query\.(_Named|T)"),
]

doctest_global_setup = "import natorussia as nr"


def _resolve_public_names(app, env, node, contnode):  # type: ignore[no-untyped-def]
    """Resolve short or module-qualified names of public objects to natorussia.X.

    Docstrings say :class:`FuzzyDate` or :class:`natorussia.model.Document`;
    the API page documents them where users import them, as natorussia.X.
    """
    import natorussia

    if node.get("refdomain") != "py":
        return None
    target = node["reftarget"]
    parts = target.split(".")
    for index, part in enumerate(parts):
        if part in natorussia.__all__:
            public = ".".join(["natorussia", *parts[index:]])
            if public == target:
                return None
            domain = env.get_domain("py")
            return domain.resolve_xref(
                env, node["refdoc"], app.builder, node["reftype"], public, node, contnode
            )
    return None


def setup(app):  # type: ignore[no-untyped-def]
    app.connect("missing-reference", _resolve_public_names)
