"""What search knows of a letter besides its words: filters, sort key and labelled facts.

Each becomes a hidden `data-pagefind-*` attribute on the letter's page (search_data.html.j2),
so Pagefind counts the letters under each filter value and a result shows the facts as fields
rather than as words run together.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urlencode

from precedent_bank.records.letter import clause_anchors
from precedent_bank.records.models import Precedent
from precedent_bank.site.browse import NOT_STATED, registration_form
from precedent_bank.site.render import long_date
from precedent_bank.taxonomy import Taxonomy

FILTERS = {
    "document": "Document",
    "security": "Security type",
    "firm": "Firm",
    "decade": "Decade",
    "year": "Year",
    "form": "Registration form",
    "law": "Law covered",
    "clause": "Clause type",
    "tag": "Tag",
    "status": "Review",
}
"""The filters search offers, by key, with their labels (the search page lists them in order)."""
DRAFT = "Draft"
CONFIRMED = "Confirmed"
"""The values of the "status" filter: a record that does not say counts as reviewed."""
DRAFTS_SEARCH = "?" + urlencode({"status": DRAFT})
"""The query string of the search that finds the drafts (the review queue links to it)."""
_LACKING = frozenset({NOT_STATED, "Unknown firm", "Undated", "Untagged", "other"})
UNDATED = "0000-00-00"
"""The sort key of an undated letter: last when the newest come first."""


@dataclass(frozen=True)
class SearchData:
    document: str
    filters: list[tuple[str, list[str]]]
    sort_date: str
    meta: list[tuple[str, str]]


def search_data(p: Precedent, taxonomy: Taxonomy) -> SearchData:
    """The filter values, sort key and facts of one letter."""
    names = [taxonomy.types[c.type].name for c in p.clauses]
    form = registration_form(p)
    filters = {
        "security": [taxonomy.securities[s.type] for s in p.securities],
        "firm": [p.firm] if p.firm else [],
        "decade": [f"{p.year // 10 * 10}s"] if p.year else [],
        "year": [str(p.year)] if p.year else [],
        "form": [form] if form else [],
        "law": list(p.laws),
        "clause": names,
        "tag": list(p.tags),
        "status": [DRAFT if p.draft else CONFIRMED],
    }
    clauses = dict(zip(clause_anchors(p.clauses), names, strict=True))
    meta = [
        ("firm", p.firm or "Unknown firm"),
        ("date", long_date(p.date)),
        ("document", taxonomy.documents[p.document]),
        ("clauses", json.dumps(clauses, ensure_ascii=False, separators=(",", ":"))),
    ]
    if p.draft:
        # A result shows a "Draft" badge from this (search.js); confirmed letters leave it out,
        # so their pages, and the index, stay as they were.
        meta.append(("status", DRAFT))
    return SearchData(
        document=taxonomy.documents[p.document],
        filters=[(k, list(dict.fromkeys(v))) for k, v in filters.items() if v],
        sort_date=p.date.isoformat() if p.date else UNDATED,
        meta=meta,
    )


BROWSE_FILTERS = {
    "firms": "firm",
    "years": "year",
    "documents": "document",
    "securities": "security",
    "laws": "law",
    "forms": "form",
    "tags": "tag",
}
"""The search filter that matches each browse view's groups."""


def browse_search(view: str, key: str, taxonomy: Taxonomy) -> str | None:
    """The query string of the search that finds a browse group's letters ("?firm=..."); None
    for the groups of letters that lack the fact (no filter value matches them)."""
    name = BROWSE_FILTERS.get(view)
    if name is None or key in _LACKING:
        return None
    if view == "documents":
        key = taxonomy.documents[key]
    elif view == "securities":
        key = taxonomy.securities.get(key, key)
    return "?" + urlencode({name: key})
