"""The bundled corpus kept between runs: a hit equals a fresh extraction, and
nothing about the cache can make a load fail."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Loads the bundled corpus and says whether the pipeline had to run.
_PROBE = """
import sys
import natorussia as nr
corpus = nr.load()
print(len(corpus.documents), len(corpus.events), "natorussia.pipeline" in sys.modules)
"""


def _run(code: str, cache: str) -> list[str]:
    env = {**os.environ, "NATORUSSIA_CACHE": cache}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_the_second_run_reads_the_cache_and_extracts_nothing(tmp_path: Path) -> None:
    first = _run(_PROBE, str(tmp_path))
    assert (first[0], first[2]) == ("5", "True")
    assert len(list(tmp_path.glob("bundled-*.pickle"))) == 1
    second = _run(_PROBE, str(tmp_path))
    assert second == [*first[:2], "False"]


def test_a_cache_hit_equals_a_fresh_extraction(tmp_path: Path) -> None:
    _run(_PROBE, str(tmp_path))
    code = """
import natorussia as nr
from natorussia import _cache, corpus
cached = _cache.read()
fresh = corpus.Corpus.from_documents(
    corpus._read(f, f"natorussia/seeds/{f.name}", nr.DEFAULT_MAX_BYTES) for f in corpus._bundled()
)
print(cached is not None, cached == fresh)
"""
    assert _run(code, str(tmp_path)) == ["True", "True"]


def test_a_damaged_cache_file_is_a_miss_and_is_replaced(tmp_path: Path) -> None:
    _run(_PROBE, str(tmp_path))
    (cached,) = tmp_path.glob("bundled-*.pickle")
    cached.write_bytes(b"not a pickle at all")
    again = _run(_PROBE, str(tmp_path))
    assert (again[0], again[2]) == ("5", "True")
    assert cached.read_bytes()[:1] == b"\x80"  # a pickle again


def test_a_folder_that_cannot_be_made_only_costs_the_extraction(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    out = _run(_PROBE, str(blocker / "cache"))
    assert out[0] == "5"


def test_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    out = _run(_PROBE, "off")
    assert out[0] == "5"
    assert list(tmp_path.rglob("*.pickle")) == []


def test_the_key_changes_with_any_rule_file(tmp_path: Path) -> None:
    from natorussia._cache import digest_of

    (tmp_path / "data").mkdir()
    rules = tmp_path / "data" / "lexicon.json"
    rules.write_text('{"summit": ["summit"]}', encoding="utf-8")
    (tmp_path / "module.py").write_text("X = 1\n", encoding="utf-8")
    before = digest_of(tmp_path)
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "module.cpython-311.pyc").write_bytes(b"\0\1")
    assert digest_of(tmp_path) == before  # compiled files do not decide anything
    rules.write_text('{"summit": ["summit", "meeting"]}', encoding="utf-8")
    assert digest_of(tmp_path) != before
