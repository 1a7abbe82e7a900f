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

from natorussia._regex_gate import case_blind_partners, required_strings
from natorussia._resources import read_json
from natorussia.errors import DataError

__all__ = [
    "AuthorFields",
    "ChromeMatcher",
    "ChromeRule",
    "author_fields",
    "chrome_matcher",
    "chrome_rules",
]

_BLOCKS = frozenset({"caption", "caption_end", "poll", "teaser", "header_only", "list"})


@attrs.frozen
class ChromeRule:
    """One kind of page-chrome line."""

    what: str
    pattern: re.Pattern[str]
    block: str | None = None
    outlet_group: str | None = None


# A group the combined pattern gives a rule: "_r12" for rule 12, "_r12_outlet" for its own
# group "outlet" (two rules may name a group alike).
_NAMED_GROUP = re.compile(r"(?<!\\)((?:\\\\)*)\(\?P([<=])(\w+)([>)])")
_NUMBERED_BACKREFERENCE = re.compile(r"(?<!\\)(?:\\\\)*\\(?:[1-9]|g<\d)")


@attrs.frozen
class ChromeMatcher:
    """Every chrome rule in one alternation, so a line costs one match instead of one per rule.

    The alternation keeps the rules' order, so the rule found is the first
    one whose pattern matches the whole line, as trying them one by one would.

    >>> rules = (ChromeRule("menu", re.compile("menu", re.I)),
    ...          ChromeRule("rubric", re.compile("opinion|menu", re.I), "header_only"),
    ...          ChromeRule("credit", re.compile(r"(?P<outlet>\\w+) site", re.I), None, "outlet"))
    >>> matcher = ChromeMatcher.of(rules)
    >>> matcher.first("Menu", in_header=True).what, matcher.first("Opinion", in_header=False)
    ('menu', None)
    >>> matcher.first("Example site", in_header=False).what
    'credit'
    """

    rules: tuple[ChromeRule, ...]
    anywhere: re.Pattern[str]  # the rules that apply to any line
    every: re.Pattern[str]  # with the header-only rules too
    # Rules that open with an open-ended stretch (".{8,400}…", "(?:.*\s)?categor…") cost
    # a backtrack over the whole of each long line; each is left out of the line's
    # alternation when the line lacks every string one of which it needs ("categor").
    gates: tuple[tuple[int, frozenset[str]], ...] = ()
    _branches: tuple[str, ...] = attrs.field(default=(), eq=False, repr=False)
    _apart: str | None = attrs.field(default=None, eq=False, repr=False)
    _gated: dict[tuple[bool, int], re.Pattern[str]] = attrs.field(
        factory=dict, eq=False, repr=False
    )

    @classmethod
    def of(cls, rules: tuple[ChromeRule, ...]) -> ChromeMatcher:
        """The combined patterns of ``rules`` (all compiled case-insensitively)."""
        branches = [f"(?P<_r{i}>{_own_groups(i, r.pattern.pattern)})" for i, r in enumerate(rules)]
        anywhere = "|".join(
            b for b, r in zip(branches, rules, strict=True) if r.block != "header_only"
        )
        gates: list[tuple[int, frozenset[str]]] = []
        for i, rule in enumerate(rules):
            needed = required_strings(rule.pattern)
            if needed is not None and len(gates) < _MAX_GATES:
                gates.append((i, needed))
        return cls(
            rules,
            re.compile(anywhere or "(?!)", re.IGNORECASE),
            re.compile("|".join(branches) or "(?!)", re.IGNORECASE),
            tuple(gates),
            tuple(branches),
            case_blind_partners(n for _, needed in gates for n in needed),
        )

    def first(self, text: str, *, in_header: bool) -> ChromeRule | None:
        """The first rule that matches the whole of ``text`` (header-only rules only ``in_header``)."""
        pattern = self.every if in_header else self.anywhere
        if self.gates:
            low = text.lower()
            shut = 0  # a bit for each gated rule left out (plain loops: this runs for every line)
            for bit, (_, needed) in enumerate(self.gates):
                for n in needed:
                    if n in low:
                        break
                else:
                    shut |= 1 << bit
            if shut and self._reads_alike(text):
                pattern = self._gated_pattern(in_header, shut)
        match = pattern.fullmatch(text)
        if match is None:
            return None
        name = match.lastgroup  # a rule's group closes after the groups inside it
        assert name is not None
        return self.rules[int(name.removeprefix("_r"))]

    def any(self, text: str) -> bool:
        """Whether any rule, header-only ones included, matches the whole of ``text``."""
        return self.every.fullmatch(text) is not None

    def _reads_alike(self, text: str) -> bool:
        """Whether case-blind matching and ``str.lower`` read the characters of ``text``
        alike; where they do not ("İ", "ı"), every rule is tried, as without the gates."""
        if text.isascii():
            return True
        if self._apart is None:
            return False
        return all(char not in text for char in self._apart)

    def _gated_pattern(self, in_header: bool, shut: int) -> re.Pattern[str]:
        """The alternation without the gated rules whose bits are set in ``shut``, in the
        rules' order, built once."""
        key = (in_header, shut)
        pattern = self._gated.get(key)
        if pattern is None:
            left_out = {i for bit, (i, _) in enumerate(self.gates) if shut >> bit & 1}
            kept = "|".join(
                branch
                for i, (branch, rule) in enumerate(zip(self._branches, self.rules, strict=True))
                if i not in left_out and (in_header or rule.block != "header_only")
            )
            pattern = self._gated[key] = re.compile(kept or "(?!)", re.IGNORECASE)
        return pattern


# Each combination of rules left out is an alternation compiled on first need: a few gates only.
_MAX_GATES = 5


def _own_groups(index: int, pattern: str) -> str:
    """``pattern`` with its named groups renamed for rule ``index``."""
    return _NAMED_GROUP.sub(lambda m: f"{m[1]}(?P{m[2]}_r{index}_{m[3]}{m[4]}", pattern)


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
        if _NUMBERED_BACKREFERENCE.search(pattern.pattern):
            raise DataError(source, entry, ["refer back to a group by its name, not its number"])
        rules.append(ChromeRule(raw["what"], pattern, block, group))
    return tuple(rules)


@cache
def chrome_matcher() -> ChromeMatcher:
    """The page-chrome rules combined into one pattern (see :class:`ChromeMatcher`)."""
    try:
        return ChromeMatcher.of(chrome_rules())
    except re.error as e:  # e.g. a rule opens with global flags, allowed only at the start
        raise DataError("page_chrome.json", "(all rules)", [f"rules do not combine: {e}"]) from e


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
