"""One self-contained HTML page of a corpus: documents, timeline, institutions, persons."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from natorussia.model import Event

if TYPE_CHECKING:
    from natorussia.corpus import Corpus

__all__ = ["html_report"]

_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #ddd; }
th { background: #f4f4f4; }
td.date { white-space: nowrap; font-family: monospace; }
.kind { font-size: .85em; color: #555; }
mark { background: #fff2a8; }
"""


def _sentence(event: Event, text: str) -> str:
    start, end = event.span
    d_start, d_end = event.date_span
    if start <= d_start <= d_end <= end:
        return (
            escape(text[start:d_start])
            + "<mark>"
            + escape(text[d_start:d_end])
            + "</mark>"
            + escape(text[d_end:end])
        )
    return escape(event.sentence)


def html_report(corpus: Corpus, *, title: str = "natorussia corpus") -> str:
    """The corpus as one HTML page with no external resources.

    >>> import natorussia as nr
    >>> page = html_report(nr.load())
    >>> page.startswith("<!DOCTYPE html>"), "<h2 id=\\"timeline\\">" in page
    (True, True)
    """
    texts = {d.id: d.text for d in corpus.documents}
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f"<p>{len(corpus.documents)} documents, {len(corpus.events)} events, "
        f"{len(corpus.institutions)} institutions, {len(corpus.persons)} persons.</p>",
        '<nav><a href="#documents">Documents</a> · <a href="#timeline">Timeline</a> · '
        '<a href="#institutions">Institutions</a> · <a href="#persons">Persons</a></nav>',
        '<h2 id="documents">Documents</h2>',
        "<table><thead><tr><th>id</th><th>title</th><th>authors</th><th>published</th>"
        "<th>outlet</th><th>events</th></tr></thead><tbody>",
    ]
    for d in corpus.documents:
        out.append(
            f'<tr id="doc-{escape(d.id)}"><td>{escape(d.id)}</td><td>{escape(d.title or "")}</td>'
            f"<td>{escape(', '.join(a.name for a in d.authors))}</td>"
            f'<td class="date">{escape(d.published.edtf if d.published else "")}</td>'
            f"<td>{escape(d.outlet or '')}</td><td>{len(d.events)}</td></tr>"
        )
    out.append("</tbody></table>")
    out.append('<h2 id="timeline">Timeline</h2>')
    out.append(
        "<table><thead><tr><th>date</th><th>kind</th><th>sentence</th><th>who</th>"
        "<th>document</th></tr></thead><tbody>"
    )
    for e in corpus.events.sorted():
        who = ", ".join([i.name for i in e.institutions] + [p.name for p in e.persons])
        out.append(
            f'<tr class="event"><td class="date">{escape(e.date.edtf)}</td>'
            f'<td class="kind">{escape(str(e.kind))}</td>'
            f"<td>{_sentence(e, texts.get(e.document_id, ''))}</td><td>{escape(who)}</td>"
            f'<td><a href="#doc-{escape(e.document_id)}">{escape(e.document_id)}</a></td></tr>'
        )
    out.append("</tbody></table>")
    out.append('<h2 id="institutions">Institutions</h2>')
    out.append(
        "<table><thead><tr><th>name</th><th>acronym</th><th>kind</th><th>mentions</th>"
        "</tr></thead><tbody>"
    )
    for i in sorted(corpus.institutions, key=lambda i: (-len(i.mentions), i.name)):
        out.append(
            f'<tr class="institution"><td>{escape(i.name)}</td><td>{escape(i.acronym or "")}</td>'
            f"<td>{escape(str(i.kind))}</td><td>{len(i.mentions)}</td></tr>"
        )
    out.append("</tbody></table>")
    out.append('<h2 id="persons">Persons</h2>')
    out.append("<table><thead><tr><th>name</th><th>roles</th><th>mentions</th></tr></thead><tbody>")
    for p in sorted(corpus.persons, key=lambda p: (-len(p.mentions), p.name)):
        out.append(
            f'<tr class="person"><td>{escape(p.name)}</td><td>{escape("; ".join(p.roles))}</td>'
            f"<td>{len(p.mentions)}</td></tr>"
        )
    out.append("</tbody></table></body></html>")
    return "\n".join(out) + "\n"
