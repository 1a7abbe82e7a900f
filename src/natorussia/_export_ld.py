"""schema.org JSON-LD and CSL-JSON (for reference managers) of a corpus."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from natorussia.fuzzydate import FuzzyDate, Precision
from natorussia.model import Document, Event, Institution, InstitutionKind, Person, Reference

if TYPE_CHECKING:
    from natorussia.corpus import Corpus

__all__ = ["csl", "csl_document", "csl_reference", "jsonld", "jsonld_document"]

_BASE = "urn:natorussia:"


def _schema_date(date: FuzzyDate) -> str:
    # schema.org dates are ISO 8601: a day, a month or a year as precise as the date is.
    if date.precision is Precision.DAY:
        return date.earliest.isoformat()
    if date.precision is Precision.MONTH:
        return date.earliest.isoformat()[:7]
    if date.earliest.year == date.latest.year:
        return str(date.earliest.year)
    return f"{date.earliest.isoformat()}/{date.latest.isoformat()}"


def _org_type(kind: InstitutionKind) -> str:
    if kind is InstitutionKind.STATE:
        return "Country"
    if kind is InstitutionKind.GOVERNMENT_BODY:
        return "GovernmentOrganization"
    if kind is InstitutionKind.UNIVERSITY:
        return "CollegeOrUniversity"
    if kind is InstitutionKind.MEDIA_OUTLET:
        return "NewsMediaOrganization"
    if kind is InstitutionKind.TREATY_OR_AGREEMENT:
        return "Legislation"
    return "Organization"


def jsonld_institution(i: Institution) -> dict[str, Any]:
    """One institution as a schema.org Organization (Country, Legislation, ...)."""
    node: dict[str, Any] = {
        "@id": f"{_BASE}institution:{i.id}",
        "@type": _org_type(i.kind),
        "name": i.name,
    }
    if i.acronym:
        node["alternateName"] = [i.acronym, *(a for a in i.aliases if a != i.acronym)]
    elif i.aliases:
        node["alternateName"] = list(i.aliases)
    return node


def jsonld_person(p: Person) -> dict[str, Any]:
    """One person as a schema.org Person."""
    node: dict[str, Any] = {"@id": f"{_BASE}person:{p.id}", "@type": "Person", "name": p.name}
    if p.aliases:
        node["alternateName"] = list(p.aliases)
    if p.roles:
        node["jobTitle"] = list(p.roles)
    return node


def jsonld_document(d: Document) -> dict[str, Any]:
    """One document as a schema.org NewsArticle, or ScholarlyArticle when it has endnotes."""
    node: dict[str, Any] = {
        "@id": f"{_BASE}document:{d.id}",
        "@type": "ScholarlyArticle" if d.references else "NewsArticle",
        "identifier": d.id,
        "headline": d.title or d.id,
        "author": [{"@type": "Person", "name": a.name} for a in d.authors],
    }
    if d.subtitle:
        node["alternativeHeadline"] = d.subtitle
    if d.published is not None:
        node["datePublished"] = _schema_date(d.published)
    if d.outlet:
        node["publisher"] = {"@type": "Organization", "name": d.outlet}
    if d.references:
        node["citation"] = [
            {
                "@type": "CreativeWork",
                "name": r.title or r.text,
                **({"url": r.url} if r.url else {}),
            }
            for r in d.references
        ]
    mentioned = {(type(m.entity), m.entity.id): m.entity for m in d.mentions}
    node["mentions"] = [
        {"@id": f"{_BASE}{type(e).__name__.lower()}:{e.id}"} for e in mentioned.values()
    ]
    return node


def jsonld_event(e: Event) -> dict[str, Any]:
    """One event as a schema.org Event with its dates, participants and source article."""
    node: dict[str, Any] = {
        "@id": f"{_BASE}event:{e.id}",
        "@type": "Event",
        "name": e.sentence,
        "startDate": e.date.earliest.isoformat(),
        "endDate": e.date.latest.isoformat(),
        "additionalType": str(e.kind),
        "subjectOf": {"@id": f"{_BASE}document:{e.document_id}"},
    }
    attendees = [{"@id": f"{_BASE}institution:{i.id}"} for i in e.institutions]
    attendees += [{"@id": f"{_BASE}person:{p.id}"} for p in e.persons]
    if attendees:
        node["attendee"] = attendees
    if e.places:
        node["location"] = [{"@type": "Place", "name": p} for p in e.places]
    return node


def jsonld(corpus: Corpus) -> dict[str, Any]:
    """The corpus as one schema.org JSON-LD graph."""
    graph: list[dict[str, Any]] = []
    graph.extend(jsonld_document(d) for d in corpus.documents)
    graph.extend(jsonld_institution(i) for i in corpus.institutions)
    graph.extend(jsonld_person(p) for p in corpus.persons)
    graph.extend(jsonld_event(e) for e in corpus.events)
    return {"@context": "https://schema.org", "@graph": graph}


# --- CSL-JSON ----------------------------------------------------------------------------------------


def _date_parts(date: FuzzyDate) -> dict[str, Any]:
    def parts(day: Any, precision: Precision) -> list[int]:
        if precision is Precision.DAY:
            return [day.year, day.month, day.day]
        if precision is Precision.MONTH:
            return [day.year, day.month]
        return [day.year]

    if date.earliest.year == date.latest.year or date.precision in (Precision.DAY, Precision.MONTH):
        out: dict[str, Any] = {"date-parts": [parts(date.earliest, date.precision)]}
    else:
        out = {"date-parts": [[date.earliest.year], [date.latest.year]]}
    if date.approximate:
        out["circa"] = True
    return out


def _name(name: str) -> dict[str, str]:
    words = name.split()
    if len(words) < 2:
        return {"literal": name}
    return {"family": words[-1], "given": " ".join(words[:-1])}


def csl_document(d: Document) -> dict[str, Any]:
    """One document as a CSL-JSON item (article-journal with endnotes, else article-newspaper)."""
    item: dict[str, Any] = {
        "id": d.id,
        "type": "article-journal" if d.references else "article-newspaper",
        "title": d.title or d.id,
        "author": [_name(a.name) for a in d.authors],
    }
    if d.published is not None:
        item["issued"] = _date_parts(d.published)
    if d.outlet:
        item["container-title"] = d.outlet
    if d.subtitle:
        item["title-short"] = d.title or d.id
        item["abstract"] = d.subtitle
    return item


def csl_reference(document_id: str, position: int, r: Reference) -> dict[str, Any]:
    """One endnote as a CSL-JSON item (``webpage`` when it has a URL, else ``document``)."""
    item: dict[str, Any] = {
        "id": f"{document_id}#ref-{position + 1}",
        "type": "webpage" if r.url else "document",
        "title": r.title or r.text,
        "note": f"{r.label} {r.text}".strip(),
    }
    if r.authors:
        item["author"] = [_name(a) for a in r.authors]
    if r.url:
        item["URL"] = r.url
    if r.accessed is not None:
        item["accessed"] = _date_parts(r.accessed)
    if r.date is not None:
        item["issued"] = _date_parts(r.date)
    return item


def csl(documents: Iterable[Document]) -> list[dict[str, Any]]:
    """CSL-JSON items: each document, then each of its endnotes ("Ibid." notes left out)."""
    items: list[dict[str, Any]] = []
    for d in documents:
        items.append(csl_document(d))
        items.extend(
            csl_reference(d.id, n, r) for n, r in enumerate(d.references) if r.repeats is None
        )
    return items
