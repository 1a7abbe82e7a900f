"""Optional dependencies: import one, or say which extra installs it."""

from __future__ import annotations

from typing import Any

from natorussia.errors import MissingExtraError

__all__ = ["require"]


def require(module: str, *, extra: str, feature: str) -> Any:
    """Import an optional dependency, or raise :class:`MissingExtraError` naming its extra.

    >>> require("json", extra="none", feature="this example").__name__
    'json'
    >>> require("no_such_module_x", extra="pandas", feature="to_dataframe()")
    Traceback (most recent call last):
    ...
    natorussia.errors.MissingExtraError: to_dataframe() needs the optional dependency 'no_such_module_x': pip install "natorussia[pandas]"
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(feature, extra, module) from None
