"""The page-chrome rules, matched as one alternation, find what trying them one by one finds."""

from __future__ import annotations

import re

import pytest

from natorussia._rules import ChromeMatcher, ChromeRule, chrome_matcher, chrome_rules


def _one_by_one(rules: tuple[ChromeRule, ...], text: str, in_header: bool) -> ChromeRule | None:
    for rule in rules:
        if rule.block == "header_only" and not in_header:
            continue
        if rule.pattern.fullmatch(text):
            return rule
    return None


def _rule(
    what: str, pattern: str, block: str | None = None, outlet: str | None = None
) -> ChromeRule:
    return ChromeRule(what, re.compile(pattern, re.IGNORECASE), block, outlet)


RULES = (
    _rule("share", r"share( this)?"),
    _rule("rubric", r"opinion|analysis", "header_only"),
    _rule("copyright", r"(?:©|copyright)\s*(?P<outlet>[^.]{2,40})", None, "outlet"),
    # a second rule with a group of the same name, and one that refers back to it
    _rule("provenance", r"from the (?P<outlet>[\w ]{2,40}?) website", None, "outlet"),
    _rule("doubled", r"(?P<word>\w+) (?P=word)"),
    _rule("analysis again", r"analysis"),
    _rule("any line", r".{0,30}"),
)


@pytest.mark.parametrize(
    ("text", "in_header", "what"),
    [
        ("Share this", False, "share"),
        ("Opinion", True, "rubric"),
        ("Analysis", False, "analysis again"),  # the header-only rule is passed over
        ("Analysis", True, "rubric"),
        ("© The Weekly Review", False, "copyright"),
        ("From the Harbour Gazette website", False, "provenance"),
        ("again again", False, "doubled"),
        ("again once", False, "any line"),
        ("a line far longer than thirty characters matches no rule", False, None),
    ],
)
def test_the_first_rule_that_matches_the_whole_line(
    text: str, in_header: bool, what: str | None
) -> None:
    found = ChromeMatcher.of(RULES).first(text, in_header=in_header)
    assert (found.what if found else None) == what
    assert found == _one_by_one(RULES, text, in_header)


def test_any_rule_counts_header_only_ones() -> None:
    matcher = ChromeMatcher.of(RULES[:2])
    assert matcher.any("Opinion")
    assert not matcher.any("Opinions differ")


def test_the_bundled_rules_agree_with_trying_them_one_by_one() -> None:
    lines = [
        "Share this article",
        "Tags: NATO, Russia",
        "Photo: Reuters",
        "Opinion",
        "© 2021 The Harbour Gazette. All rights reserved.",
        "Comments are closed.",
        "The alliance met in Brussels on Tuesday to discuss the budget.",
        "",
    ]
    rules, matcher = chrome_rules(), chrome_matcher()
    for line in lines:
        for in_header in (False, True):
            assert matcher.first(line, in_header=in_header) == _one_by_one(rules, line, in_header)


@pytest.mark.parametrize(
    "line",
    [
        "This site uses cookies; by reading on you accept our privacy policy",
        "This site uses cook\u0130es; by reading on you accept our privacy policy",
        "This site uses cook\u0131es; by reading on you accept our privacy policy",
        "This site uses coo\u212aies; by reading on you accept our privacy policy",
        "Categories:Alliances",
        "Home \u00bb World \u00bb Europe",
        "Home \u203a World",
        "The council met in the spring, and the ministers said little. AP",
        "The talks went on into the night, said one of the envoys; " * 12,
        "They spoke of categories of weapons and of cookies at the reception, " * 6,
    ],
)
def test_rules_left_out_of_a_line_agree_with_trying_them_one_by_one(line: str) -> None:
    """Rules that open with a stretch of any length are left out of a line that lacks
    what they need ("categor"), unless case-blind matching reads a character apart."""
    rules, matcher = chrome_rules(), chrome_matcher()
    assert matcher.gates  # the bundled rules have such rules
    for in_header in (False, True):
        assert matcher.first(line, in_header=in_header) == _one_by_one(rules, line, in_header)


def test_a_rule_that_refers_back_by_number_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from natorussia import _rules
    from natorussia.errors import DataError

    rules = [{"what": "doubled word", "pattern": r"(\w+) \1"}]
    monkeypatch.setattr(_rules, "_read", lambda name: {"rules": rules})
    _rules.chrome_rules.cache_clear()
    try:
        with pytest.raises(DataError, match=r"doubled word.*by its name, not its number"):
            _rules.chrome_rules()
    finally:
        _rules.chrome_rules.cache_clear()
