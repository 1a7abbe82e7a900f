"""The examples in the user guide (docs/*.md, ```{doctest} blocks) pass.

CI also runs them through Sphinx's doctest builder; running them here too
means `python -m pytest` alone catches an example that a change has broken.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
BLOCK = re.compile(r"^```\{doctest\}\n(?P<body>.*?)^```", re.MULTILINE | re.DOTALL)
PAGES = sorted(DOCS.glob("*.md")) if DOCS.is_dir() else []


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_page_examples(page: Path) -> None:
    """Every example block of one page runs and prints what the page says."""
    blocks = [m["body"] for m in BLOCK.finditer(page.read_text(encoding="utf-8"))]
    if not blocks:
        pytest.skip("no examples on this page")
    globs: dict[str, object] = {}
    exec("import natorussia as nr", globs)  # the docs' doctest_global_setup
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    test = parser.get_doctest("\n".join(blocks), globs, page.name, str(page), 0)
    runner.run(test)
    assert runner.failures == 0, f"{runner.failures} example(s) failed in docs/{page.name}"
