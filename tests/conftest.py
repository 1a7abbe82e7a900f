"""Test-session settings shared by every test module."""

from __future__ import annotations

import os
import tempfile


def pytest_configure() -> None:
    # The bundled corpus is cached between runs in the user's cache folder
    # (natorussia._cache); a test run keeps its own, so that it neither
    # writes to the home folder nor reads what another version left there.
    os.environ.setdefault("NATORUSSIA_CACHE", tempfile.mkdtemp(prefix="natorussia-test-cache-"))
