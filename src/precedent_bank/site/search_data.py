"""What search knows of a letter besides its words: filters, sort key and labelled facts.

Each becomes a hidden `data-pagefind-*` attribute on the letter's page (search_data.html.j2),
so Pagefind counts the letters under each filter value and a result shows the facts as fields
rather than as words run together.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from precedent_bank.records.letter import clause_anchors
from precedent_bank.records.models import Precedent
from precedent_bank.site.render import long_date
from precedent_bank.taxonomy import Taxonomy

FILTERS = {
    "document": "Document",
    "security": "Security type",
    "firm": "Firm",
    "decade": "Decade",
    "year": "Year",
    "form": "Form",
    "law": "Law covered",
    "clause": "Clause type",
    "tag": "Tag",
}
"""The filters search offers, by key, with their labels (the search page lists them in order)."""
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
    forms = [p.filing.form, p.filing.registration_form] if p.filing else []
    filters = {
        "security": [taxonomy.securities[s.type] for s in p.securities],
        "firm": [p.firm] if p.firm else [],
        "decade": [f"{p.year // 10 * 10}s"] if p.year else [],
        "year": [str(p.year)] if p.year else [],
        "form": [f for f in forms if f],
        "law": list(p.laws),
        "clause": names,
        "tag": list(p.tags),
    }
    clauses = dict(zip(clause_anchors(p.clauses), names, strict=True))
    meta = [
        ("firm", p.firm or "Unknown firm"),
        ("date", long_date(p.date)),
        ("document", taxonomy.documents[p.document]),
        ("clauses", json.dumps(clauses, ensure_ascii=False, separators=(",", ":"))),
    ]
    return SearchData(
        document=taxonomy.documents[p.document],
        filters=[(k, list(dict.fromkeys(v))) for k, v in filters.items() if v],
        sort_date=p.date.isoformat() if p.date else UNDATED,
        meta=meta,
    )
