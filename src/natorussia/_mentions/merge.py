"""Persons and institutions merged across the documents of a corpus.

:func:`merge_across_documents` is the entry point :mod:`natorussia.corpus`
calls (through :mod:`natorussia._entities`).
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from natorussia._mentions.names import _add_unique, surname_key
from natorussia.knowledge import lookup_key
from natorussia.model import Entity, Institution, Mention, Person

__all__ = ["merge_across_documents"]


def _spelling_key(person_id: str) -> str:
    """A person id with each part folded for romanisation variants.

    >>> _spelling_key("sergei-shoygu") == _spelling_key("sergei-shoigu")
    True
    """
    return "-".join(surname_key(part) for part in person_id.split("-"))


def _without_initials(person_id: str) -> str:
    """A person id without its one-letter parts (middle initials).

    >>> _without_initials("fyodor-a-lukyanov"), _without_initials("george-h-w-bush")
    ('fyodor-lukyanov', 'george-bush')
    """
    return "-".join(part for part in person_id.split("-") if len(part) > 1)


def _merge_persons(persons: list[Person]) -> Person:
    """One person from several; the id and name are those of the fullest, most used form."""
    counts: dict[str, int] = {}
    for p in persons:
        counts[p.id] = counts.get(p.id, 0) + 1
    first = max(persons, key=lambda p: (len(p.name.split()), counts[p.id]))
    name = first.name
    aliases: list[str] = []
    roles: list[str] = []
    for p in persons:
        for a in p.aliases:
            _add_unique(aliases, a)
        for r in p.roles:
            _add_unique(roles, r)
    return Person(id=first.id, name=name, aliases=tuple(aliases), roles=tuple(roles))


def _merge_insts(insts: list[Institution]) -> Institution:
    first = insts[0]
    aliases: list[str] = []
    for i in insts:
        for a in i.aliases:
            _add_unique(aliases, a)
    acronym = next((i.acronym for i in insts if i.acronym), None)
    return attrs.evolve(first, aliases=tuple(aliases), acronym=acronym)


def _merge_all_persons(
    persons: dict[str, list[Person]], documents: dict[str, set[str]]
) -> dict[str, Person]:
    """Person id -> merged person, by the three rules of :func:`merge_across_documents`."""
    # Union-find over ids: each rule joins two ids.
    parent = {pid: pid for pid in persons}

    def root(pid: str) -> str:
        while parent[pid] != pid:
            parent[pid] = parent[parent[pid]]
            pid = parent[pid]
        return pid

    def join(a: str, b: str) -> None:
        parent[root(a)] = root(b)

    # 1. Spellings: "sergei-shoygu" and "sergei-shoigu".
    by_spelling: dict[str, str] = {}
    for pid in persons:
        join(pid, by_spelling.setdefault(_spelling_key(pid), pid))
    # 2. Initials: "Fyodor Lukyanov" joins the one "Fyodor A. Lukyanov", unless a
    # document names both forms (a writer who writes "George Bush" and "George W.
    # Bush" means two men) or there are several initialled forms.
    spelled = {_spelling_key(pid) for pid in persons}
    initialled: dict[str, set[str]] = {}
    for key in spelled:
        bare = _without_initials(key)
        if bare != key:
            initialled.setdefault(bare, set()).add(key)
    for bare, keys in initialled.items():
        if len(keys) != 1 or bare not in by_spelling:
            continue
        (key,) = keys
        plain, full = by_spelling[bare], by_spelling[key]
        docs_plain = {d for pid in persons if root(pid) == root(plain) for d in documents[pid]}
        docs_full = {d for pid in persons if root(pid) == root(full) for d in documents[pid]}
        if docs_plain.isdisjoint(docs_full):
            join(plain, full)
    # 2b. An initial for the given name: "F. Lukyanov" (a bibliography's form)
    # joins the one "Fyodor Lukyanov", under the same guard.
    full_given: dict[str, list[str]] = {}
    for pid in persons:
        parts = _spelling_key(pid).split("-")
        if len(parts) >= 2 and len(parts[0]) > 1:
            full_given.setdefault(parts[-1], []).append(pid)
    for pid in persons:
        parts = _spelling_key(pid).split("-")
        if len(parts) < 2 or len(parts[0]) != 1:
            continue
        targets = {
            root(q) for q in full_given.get(parts[-1], []) if _spelling_key(q)[0] == parts[0]
        }
        if len(targets) == 1:
            target = next(iter(targets))
            docs_a = {d for q in persons if root(q) == root(pid) for d in documents[q]}
            docs_b = {d for q in persons if root(q) == target for d in documents[q]}
            if docs_a.isdisjoint(docs_b):
                join(pid, target)
    # 3. A surname alone joins the one full name with that surname.
    groups: dict[str, list[str]] = {}
    for pid in persons:
        groups.setdefault(root(pid), []).append(pid)
    by_surname: dict[str, set[str]] = {}
    for r, ids in groups.items():
        for pid in ids:
            words = persons[pid][0].name.split()
            if len(words) > 1:
                by_surname.setdefault(surname_key(words[-1]), set()).add(r)
    for r, ids in list(groups.items()):
        if all(len(persons[pid][0].name.split()) == 1 for pid in ids):
            owners = by_surname.get(surname_key(persons[ids[0]][0].name), set())
            if len(owners) == 1:
                join(r, next(iter(owners)))
    merged: dict[str, list[Person]] = {}
    for pid, group in persons.items():
        merged.setdefault(root(pid), []).extend(group)
    people = {r: _merge_persons(group) for r, group in merged.items()}
    return {pid: people[root(pid)] for pid in persons}


def merge_across_documents(mentions: Iterable[Mention]) -> dict[str, Entity]:
    """Map the id of every entity in ``mentions`` to its corpus-wide merged entity.

    Persons with the same id (ids fold accents and given-name spellings) or
    whose ids differ only by the romanisation of a surname ("Shoygu",
    "Shoigu") become one, with the union of aliases and roles. A name without
    middle initials joins the one name that adds initials to it ("Fyodor
    Lukyanov", "Fyodor A. Lukyanov"), unless some document writes both forms
    or several initialled forms exist ("George H. W. Bush" and "George W.
    Bush"). A person known in some document only by surname joins the one
    full name with that surname, if there is exactly one. Recognised institutions with the same name merge likewise;
    gazetteer entries map to themselves.

    >>> from natorussia._entities import find_mentions
    >>> t1 = "Russian Foreign Minister Sergei Lavrov spoke."
    >>> t2 = "Sergey Lavrov, the Foreign Minister of Russia, spoke. Lavrov left."
    >>> ms = [*find_mentions(t1, [(0, len(t1))], document_id="a"),
    ...       *find_mentions(t2, [(0, len(t2))], document_id="b")]
    >>> merged = merge_across_documents(ms)
    >>> p = merged["sergei-lavrov"]
    >>> p.aliases[:3], p.roles
    (('Sergei Lavrov', 'Russian Foreign Minister Sergei Lavrov', 'Sergey Lavrov'), ('Russian Foreign Minister', 'Foreign Minister of Russia'))
    """
    persons: dict[str, list[Person]] = {}
    insts: dict[str, list[Institution]] = {}
    known: dict[str, Institution] = {}
    documents: dict[str, set[str]] = {}  # person id -> documents that name them
    for m in mentions:
        e = m.entity
        if isinstance(e, Person):
            group = persons.setdefault(e.id, [])
            if not any(p is e for p in group):
                group.append(e)
            documents.setdefault(e.id, set()).add(m.document_id)
        elif e.known:
            known.setdefault(e.id, e)
        else:
            group_i = insts.setdefault(e.id, [])
            if not any(i is e for i in group_i):
                group_i.append(e)
    out: dict[str, Entity] = dict(known)
    out.update(_merge_all_persons(persons, documents))
    by_name: dict[str, list[Institution]] = {}
    for group_i in insts.values():
        by_name.setdefault(lookup_key(group_i[0].name), []).extend(group_i)
    for group_i in by_name.values():
        merged_i = _merge_insts(group_i)
        for inst in group_i:
            out[inst.id] = merged_i
    return out
