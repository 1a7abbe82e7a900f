"""Sphinx configuration for natorussia's documentation."""

from __future__ import annotations

from importlib.metadata import version as _version
from pathlib import Path

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
# _generated/ holds the corpus table and figure written at build time (see
# _write_corpus_page below); the corpus page includes them.
exclude_patterns = ["_build", "_generated"]

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


def _cell(value: object) -> str:
    """One cell of a Markdown table: ``—`` for nothing, pipes and newlines escaped."""
    if value is None or value == "":
        return "—"
    return str(value).replace("|", "\\|").replace("\n", " ")


def _write_corpus_page(app):  # type: ignore[no-untyped-def]
    """Write the bundled corpus's table and timeline figure into ``_generated/``.

    Runs when the builder starts, before any page is read, so ``corpus.md``
    includes a table and a figure made by the library being documented, never
    copies that drift from it.
    """
    import natorussia as nr
    from natorussia import io

    out = Path(app.srcdir) / "_generated"
    out.mkdir(exist_ok=True)
    corpus = nr.load()
    rows = [
        "| Document | Title | Authors | Published | Outlet | Format "
        "| Events | Institutions | References |",
        "| --- | --- | --- | --- | --- | --- | ---: | ---: | ---: |",
    ]
    for doc in corpus.documents:
        institutions = {m.entity.id for m in doc.mentions if isinstance(m.entity, nr.Institution)}
        rows.append(
            "| "
            + " | ".join(
                _cell(v)
                for v in (
                    f"`{doc.id}`",
                    doc.title,
                    ", ".join(a.name for a in doc.authors),
                    doc.published.edtf if doc.published else None,
                    doc.outlet,
                    doc.format,
                    len(doc.events),
                    len(institutions),
                    len(doc.references),
                )
            )
            + " |"
        )
    kinds = sorted({str(e.kind) for e in corpus.events})
    summary = (
        f"\n{len(corpus.documents)} documents, {len(corpus.events)} events of "
        f"{len(kinds)} kinds, {len(corpus.institutions)} institutions, "
        f"{len(corpus.persons)} persons, {len(corpus.authors)} authors.\n"
    )
    (out / "corpus_table.md").write_text("\n".join(rows) + "\n" + summary, encoding="utf-8")
    io.plot(corpus.events, out / "corpus_timeline.png")


# Modules whose constants and type aliases the top-level package re-exports.
_CONSTANT_HOMES = ("natorussia.corpus", "natorussia.fuzzydate", "natorussia.model")


def _constant_docstring(app, what, name, obj, options, lines):  # type: ignore[no-untyped-def]
    """Show a re-exported constant's own docstring, not that of its type.

    ``.. autodata:: DEFAULT_MAX_BYTES`` under ``natorussia`` looks for an
    attribute docstring in ``natorussia/__init__.py``, finds none (the value is
    assigned in ``natorussia.corpus``) and falls back to ``int.__doc__``. The
    docstring written after the assignment in the defining module is used
    instead.
    """
    module, _, attribute = name.rpartition(".")
    if what != "data" or module != "natorussia":
        return
    from sphinx.pycode import ModuleAnalyzer

    for home in _CONSTANT_HOMES:
        docs = ModuleAnalyzer.for_module(home).find_attr_docs()
        if ("", attribute) in docs:
            lines[:] = list(docs["", attribute])
            return


def setup(app):  # type: ignore[no-untyped-def]
    app.connect("missing-reference", _resolve_public_names)
    # Before napoleon (priority 500), which then formats the replaced docstring.
    app.connect("autodoc-process-docstring", _constant_docstring, priority=400)
    app.connect("builder-inited", _write_corpus_page)
