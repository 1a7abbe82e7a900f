"""The gazetteer compiled for matching: two Aho-Corasick automata, built once per gazetteer.

One automaton holds the all-capitals forms ("NATO"), matched with their case;
the other every other form, matched over lower-cased text. Each form is added
with the dash and apostrophe variants texts print.
"""

from __future__ import annotations

import threading

import ahocorasick
import attrs

from natorussia._text import strip_accents
from natorussia.knowledge import Gazetteer, default_gazetteer

__all__ = ["_Matcher", "_get_matcher"]


def _variants(alias: str) -> set[str]:
    """The alias with each dash and apostrophe in the forms texts print them.

    >>> len(_variants("NATO-Russia Council")), "NATO\u2013Russia Council" in _variants("NATO-Russia Council")
    (5, True)
    """
    forms = {alias}
    for plain, fancy in (("-", "\u2013\u2014\u2010\u2011"), ("'", "\u2019")):
        for form in list(forms):
            if plain in form:
                forms.update(form.replace(plain, f) for f in fancy)
    return forms


@attrs.frozen
class _Matcher:
    """The gazetteer compiled for matching, with the tables its keys were folded by."""

    gazetteer: Gazetteer
    cased: ahocorasick.Automaton
    folded: ahocorasick.Automaton
    org_names: frozenset[str]  # surfaces of non-place entries, as written
    single_words: frozenset[str]  # one-word surfaces ("NATO", "Kremlin", "Moscow")


_matchers: dict[int, _Matcher] = {}


_matcher_lock = threading.Lock()


def _get_matcher(gazetteer: Gazetteer | None = None) -> _Matcher:
    """The compiled matcher of ``gazetteer`` (default: the bundled one), built once."""
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    matcher = _matchers.get(id(gaz))
    if matcher is None or matcher.gazetteer is not gaz:
        with _matcher_lock:
            matcher = _matchers.get(id(gaz))
            if matcher is None or matcher.gazetteer is not gaz:
                matcher = _matchers[id(gaz)] = _build_matcher(gaz)
    return matcher


def _build_matcher(gaz: Gazetteer) -> _Matcher:
    cased = ahocorasick.Automaton()
    folded = ahocorasick.Automaton()
    orgs: set[str] = set()
    for surface in gaz.surfaces():
        if not surface.metonym:
            orgs.add(surface.text)
        forms = _variants(surface.text) | _variants(strip_accents(surface.text))
        for form in forms:
            automaton, key = (cased, form) if surface.case_sensitive else (folded, form.lower())
            if len(key) == len(form) and key not in automaton:
                automaton.add_word(key, (len(key), surface.institution, surface.metonym))
    cased.make_automaton()
    folded.make_automaton()
    words = frozenset(s.text for s in gaz.surfaces() if " " not in s.text)
    return _Matcher(gaz, cased, folded, frozenset(orgs), words)
