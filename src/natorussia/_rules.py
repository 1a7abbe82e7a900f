"""Loading of the small rule files that describe web pages and author blocks.

``data/page_chrome.json`` lists the lines of page chrome (share prompts,
polls, captions, teasers, disclaimers); ``data/author_fields.json`` lists
identifier labels, degrees and role words of author blocks. Both are read
once with :mod:`importlib.resources` and validated: a malformed rule is a
:class:`~natorussia.errors.DataError` that names the file and the rule.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import attrs

from natorussia._resources import read_json
from natorussia.errors import DataError

__all__ = ["AuthorFields", "ChromeRule", "author_fields", "chrome_rules"]

_BLOCKS = frozenset({"caption", "caption_end", "poll", "teaser", "header_only", "list"})


@attrs.frozen
class ChromeRule:
    """One kind of page-chrome line."""

    what: str
    pattern: re.Pattern[str]
    block: str | None = None
    outlet_group: str | None = None


@attrs.frozen
class AuthorFields:
    """The vocabulary of author blocks."""

    identifiers: dict[str, str] = attrs.field(eq=False, hash=False)
    degrees: tuple[re.Pattern[str], ...]
    role_words: frozenset[str]
    unit_words: frozenset[str]
    collective_words: frozenset[str] = frozenset()


def _read(name: str) -> Any:
    return read_json(name)


def _compile(source: str, entry: str, pattern: object) -> re.Pattern[str]:
    if not isinstance(pattern, str):
        raise DataError(source, entry, ["'pattern' must be a string"])
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as e:
        raise DataError(source, entry, [f"bad regular expression: {e}"]) from e


@cache
def chrome_rules() -> tuple[ChromeRule, ...]:
    """The page-chrome rules, validated."""
    source = "page_chrome.json"
    data = _read(source)
    rules = []
    for index, raw in enumerate(data.get("rules", ())):
        entry = f"rules[{index}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("what"), str):
            raise DataError(source, entry, ["each rule needs a 'what' string"])
        entry = f"{entry} ({raw['what']})"
        pattern = _compile(source, entry, raw.get("pattern"))
        block = raw.get("block")
        if block is not None and block not in _BLOCKS:
            raise DataError(
                source, entry, [f"unknown block {block!r}; use one of {sorted(_BLOCKS)}"]
            )
        group = raw.get("outlet")
        if group is not None and group not in pattern.groupindex:
            raise DataError(source, entry, [f"'outlet' names group {group!r} the pattern lacks"])
        rules.append(ChromeRule(raw["what"], pattern, block, group))
    return tuple(rules)


@cache
def author_fields() -> AuthorFields:
    """The author-block vocabulary, validated."""
    source = "author_fields.json"
    data = _read(source)
    identifiers = data.get("identifiers")
    if not isinstance(identifiers, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in identifiers.items()
    ):
        raise DataError(source, "identifiers", ["must map labels to scheme names"])
    degrees = tuple(
        _compile(source, f"degrees[{i}]", p) for i, p in enumerate(data.get("degrees", ()))
    )
    words = {}
    for key in ("role_words", "unit_words", "collective_words"):
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise DataError(source, key, ["must be a list of words"])
        words[key] = frozenset(w.casefold() for w in value)
    return AuthorFields(
        {k.casefold(): v for k, v in identifiers.items()},
        degrees,
        words["role_words"],
        words["unit_words"],
        words["collective_words"],
    )
