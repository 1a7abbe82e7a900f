"""The cue words, patterns and weights of the event stage, read from ``data/event_rules.json``.

One job: load, validate and compile the rules the event recognisers share
(negations, modals, openers of phrases, how far a trigger may lie from its
date, the weight of a trigger's strength …) once, on first use, through
:func:`natorussia._resources.read_json`. Each entry of the file carries a note
saying what it does; a malformed entry raises
:class:`~natorussia.errors.DataError` naming the file and the entry.

>>> rules = event_rules()
>>> rules.far_strong, "not" in rules.negations, ("according", "to") in rules.source_openers
(16, True, True)
"""

from __future__ import annotations

import functools
import re
from typing import Any

import attrs

from natorussia._resources import read_json
from natorussia.errors import DataError
from natorussia.fuzzydate import Precision
from natorussia.model import EventKind, InstitutionKind

__all__ = ["EventRules", "event_rules"]

_FILE = "event_rules.json"


@attrs.frozen
class EventRules:
    """Every rule of ``event_rules.json``, typed.

    Attributes:
        adverbial: Words that may stand before a date that opens its clause ('In 2016, …').
        after_penalty: Extra distance of a trigger after the date (verbs usually come before their date).
        auxiliaries: Finite auxiliaries: a coordinate clause that holds one has a verb of its own.
        attributive_gap: What may stand between a date and its noun ('the 2022 military operation').
        cause_gap: How many words of a dated noun phrase may stand between its date and a verb of consequence.
        cause_pairs: Two-word verbs of consequence ('led to', 'resulted in').
        cause_verbs: Verbs whose subject is a happening and whose object is its effect ('the annexation triggered …').
        closing_quotes: Closing quotation marks: a quotation before the date is someone's words, not the narrative's tense.
        comparison_words: How many words before 'since' may make it a baseline of comparison.
        conditional: A hypothetical before the date: 'if', 'unless', 'whether', or an inverted 'Had …'.
        counts_from_happening: A relative date counted from a happening the article leaves undated ('a year before the signing of …').
        determiners: Determiners that may open a happening's noun phrase after an opener ('since the invasion').
        duration: A stretch of time still to come ('the next decade'): a forecast.
        effect_count: How many happenings after a verb of consequence a dated subject gives ('led to condemnation and sanctions').
        far_fronted: How many words a date that opens its sentence waits for its verb.
        far_strong: How many words a trigger of strength 3 may lie from the date.
        far_weak: How many words a trigger of strength below 3 may lie from the date.
        future: Auxiliaries of the future tense ('will take place').
        head_words: How many words before ', which' name what a relative clause is about.
        joiners: Words that join two dated phrases of one clause.
        light_kinds: Kinds of verbs that announce a happening named by their object ('announced a military operation').
        light_object_words: How many words after such a verb its object's trigger may lie.
        locative: Prepositions after which a gazetteer place is where the event happened.
        modals: Modal verbs that put a trigger in a possible world ('may hold'); 'would' is left out: it narrates the past.
        negated_subject: Words opening a clause whose subject is negated ('No member has ratified it').
        negating_verbs: Verbs that deny what follows only as 'failed to sign'; 'the failed coup' happened.
        negations: Words that deny a trigger right after them ('did not sign').
        not_place_words: Capitalised words that never start an unknown place after 'in' / 'at' (months, weekdays, determiners, demonyms, pronouns).
        noun_phrase_words: Words that continue a noun phrase after its head ('the war in Georgia of the 1990s').
        opening_quotes: Opening quotation marks: words quoted after a verb of announcing are what was said.
        opener_chars: How many characters before a date an 'after' / 'before' opener may stand.
        other_moment: Words that put a trigger at another moment than the date before them ('two years before Yeltsin's request').
        past_window: How many words on each side of 'today' or 'later' may hold its verb.
        phrase_openers: Words opening a phrase whose date is another happening's than the clause's verb ('after the attacks of 2001').
        phrase_words: How many words before the date such an opener may stand.
        place_followers: Words that may follow an unknown place name ('in Zhukovsky, where …').
        planned_after: Words right after a date set for the future ('2014 as the date').
        planned_before: Words right before a date set for the future ('scheduled for', 'deadline of').
        point_opener: Words right before a date that make it a point of reference ('after 24 February 2022').
        prepositions: Prepositions: 'in that role' is no reported content.
        present: Relative dates that restate the writer's present ('currently', 'so far', 'now', 'today' as read by find_dates).
        purpose: Three-word openers of a purpose infinitive ('in order to'), whose words give no kind.
        said_kinds: Kinds of what is said or decided at a meeting named as the setting ('during the talks, the army warned …').
        same_moment_gap: What may stand between two date expressions that name one moment ('A month earlier, on January 15').
        source_openers: Two-word openers of a source named for what the main clause says ('according to').
        span_of_time: Nouns of a span of time whose 'of' introduces the state that filled it ('a period of independence').
        setting_openers: Words opening the setting of a happening ('during its summit').
        setting_kinds: Kinds of happening that may be the setting of another.
        setting_words: How many words before a meeting word its setting opener may stand.
        generic_times: Date expressions that name no time of their own ('the future', 'the past').
        attributive_times: Words that date the happening named right after them ('the current standoff').
        anaphoric_bodies: Nouns that stand for the body named last ('the organization').
        anaphoric_alliances: Nouns that stand for the alliance named last ('the alliance').
        anaphoric_kinds: Kinds of institution such a noun may stand for.
        talk_kinds: Kinds of happening that have a topic (meetings, statements, texts).
        topic_words: Words before a name that make it the topic of such a happening ('talks on Syria').
        area_words: Words before a state's name that make it the area of a happening.
        stands_for: Words right before a date that make it stand for what happened then ('the tragedy of').
        strength_weight: The trigger score is its distance in words minus this weight times its strength: a strong verb a few words further beats a weak noun next to the date.
        text_kinds: Kinds of a text, never the happening a verb of announcing names ('invoked the article').
        treaty_of: What may stand between a treaty's name and the date that designates it ('the Memorandum of 1994').
        witness_verbs: Verbs whose subject is a date and whose objects are its happenings ('1999 saw …').
        vague: Precisions a trigger must govern in the date's own clause (decades, centuries).
    """

    adverbial: frozenset[str]
    after_penalty: int
    attributive_gap: re.Pattern[str]
    auxiliaries: frozenset[str]
    cause_gap: int
    cause_pairs: frozenset[tuple[str, ...]]
    cause_verbs: frozenset[str]
    closing_quotes: frozenset[str]
    comparison_words: int
    conditional: re.Pattern[str]
    counts_from_happening: re.Pattern[str]
    determiners: frozenset[str]
    duration: re.Pattern[str]
    effect_count: int
    far_fronted: int
    far_strong: int
    far_weak: int
    future: frozenset[str]
    head_words: int
    joiners: frozenset[str]
    light_kinds: frozenset[EventKind]
    light_object_words: int
    locative: frozenset[str]
    modals: frozenset[str]
    negated_subject: frozenset[str]
    negating_verbs: frozenset[str]
    negations: frozenset[str]
    not_place_words: frozenset[str]
    noun_phrase_words: frozenset[str]
    opener_chars: int
    opening_quotes: frozenset[str]
    other_moment: frozenset[str]
    past_window: int
    phrase_openers: frozenset[str]
    phrase_words: int
    place_followers: frozenset[str]
    planned_after: re.Pattern[str]
    planned_before: re.Pattern[str]
    point_opener: re.Pattern[str]
    prepositions: frozenset[str]
    present: re.Pattern[str]
    purpose: frozenset[tuple[str, ...]]
    said_kinds: frozenset[EventKind]
    same_moment_gap: re.Pattern[str]
    source_openers: frozenset[tuple[str, ...]]
    span_of_time: frozenset[str]
    stands_for: re.Pattern[str]
    strength_weight: int
    area_words: frozenset[str]
    talk_kinds: frozenset[EventKind]
    topic_words: frozenset[str]
    anaphoric_bodies: frozenset[str]
    anaphoric_alliances: frozenset[str]
    anaphoric_kinds: frozenset[InstitutionKind]
    generic_times: re.Pattern[str]
    attributive_times: frozenset[str]
    setting_openers: frozenset[str]
    setting_kinds: frozenset[EventKind]
    setting_words: int
    text_kinds: frozenset[EventKind]
    treaty_of: re.Pattern[str]
    vague: frozenset[Precision]
    witness_verbs: frozenset[str]


def _value(name: str, entry: Any) -> Any:
    if (
        not isinstance(entry, dict)
        or "value" not in entry
        or not isinstance(entry.get("note"), str)
    ):
        raise DataError(_FILE, name, ["must be an object with a 'note', a 'kind' and a 'value'"])
    kind, value = entry.get("kind"), entry["value"]
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise DataError(_FILE, name, ["'value' must be a positive integer"])
        return value
    if kind == "pattern":
        if not isinstance(value, dict) or not isinstance(value.get("pattern"), str):
            raise DataError(_FILE, name, ["'value' must hold a 'pattern' string"])
        try:
            return re.compile(value["pattern"], re.IGNORECASE if value.get("ignore_case") else 0)
        except re.error as e:
            raise DataError(_FILE, name, [f"is not a regular expression: {e}"]) from e
    if not isinstance(value, list):
        raise DataError(_FILE, name, ["'value' must be a list"])
    try:
        if kind == "words" and all(isinstance(w, str) and w for w in value):
            return frozenset(value)
        if kind == "pairs" and all(
            isinstance(p, list) and p and all(isinstance(w, str) for w in p) for p in value
        ):
            return frozenset(tuple(p) for p in value)
        if kind == "kinds":
            return frozenset(EventKind(v) for v in value)
        if kind == "precisions":
            return frozenset(Precision(v) for v in value)
        if kind == "institution_kinds":
            return frozenset(InstitutionKind(v) for v in value)
    except ValueError as e:
        raise DataError(_FILE, name, [str(e)]) from e
    raise DataError(_FILE, name, [f"'kind' {kind!r} and its 'value' do not agree"])


@functools.cache
def event_rules() -> EventRules:
    """The bundled rules, validated and compiled once."""
    raw = read_json(_FILE)
    rules = raw.get("rules") if isinstance(raw, dict) else None
    if not isinstance(rules, dict):
        raise DataError(_FILE, "<file>", ["must be an object with a 'rules' object"])
    names = {f.name for f in attrs.fields(EventRules)}
    missing = sorted(names - set(rules))
    unknown = sorted(set(rules) - names)
    if missing or unknown:
        problems = [f"missing {missing}"] if missing else []
        raise DataError(_FILE, "rules", [*problems, *([f"unknown {unknown}"] if unknown else [])])
    return EventRules(**{name: _value(name, rules[name]) for name in sorted(names)})
