"""The offline copy's search: a compact index loaded as a script, since Pagefind cannot run
from the file system (a browser refuses its fetches from file:// pages).

It covers what fits in a few hundred bytes a letter: the title, the facts, the filters and the
clause types of each letter, and the title, summary and headings of each explanation page -
not the letters' full text (the search page says so). Clause types and filter values are
written once and referred to by number, and so are firms and kinds of letter; a positional clause
anchor ("clause-12") is written as its number.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from precedent_bank.atomic import write_atomically
from precedent_bank.records.letter import clause_anchors
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.site.search_data import search_data
from precedent_bank.taxonomy import Taxonomy

OFFLINE_INDEX = "search/offline-index.js"
OFFLINE_COVERS = (
    "This offline copy searches the titles, facts and clause types of the letters and the "
    "headings of the explanation pages, not the full text of the letters (that needs the "
    "site on a web server)."
)
_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*(?:\{[^}]*\})?\s*$", re.MULTILINE)


@dataclass
class _Names:
    """Strings written once; pages refer to them by number."""

    names: list[str] = field(default_factory=list)
    numbers: dict[str, int] = field(default_factory=dict)

    def number(self, name: str) -> int:
        if name not in self.numbers:
            self.numbers[name] = len(self.names)
            self.names.append(name)
        return self.numbers[name]


@dataclass(frozen=True)
class Explanation:
    """An explanation page as the offline index knows it."""

    url: str
    title: str
    text: str
    """Its summary and headings."""


def offline_index(
    records: Iterable[LoadedRecord],
    urls: dict[str, str],
    taxonomy: Taxonomy,
    explanations: Iterable[Explanation],
) -> dict[str, Any]:
    """The index as data: `urls` gives each record's page URL by record id."""
    names = _Names()
    pages: list[dict[str, Any]] = []
    for record in records:
        p = record.precedent
        data = search_data(p, taxonomy)
        meta = dict(data.meta)
        first: dict[str, str] = {}
        for clause, anchor in zip(p.clauses, clause_anchors(p.clauses), strict=True):
            first.setdefault(taxonomy.types[clause.type].name, anchor)
        filters = [("document", [data.document]), *data.filters]
        pages.append(
            {
                "u": urls[record.id],
                "t": p.title,
                "f": [names.number(meta["firm"]), meta["date"], names.number(meta["document"])],
                "x": {k: [names.number(v) for v in vs] for k, vs in filters},
                "c": [[_short(anchor), names.number(name)] for name, anchor in first.items()],
            }
        )
    for page in explanations:
        pages.append({"u": page.url, "t": page.title, "k": "explanation", "s": page.text})
    return {"fields": ["Firm", "Date", "Document"], "names": names.names, "pages": pages}


def _short(anchor: str) -> str | int:
    """A positional anchor ("clause-12") as its number; an explicit id as it is."""
    number = anchor.removeprefix("clause-")
    return int(number) if number.isdigit() and anchor == f"clause-{int(number)}" else anchor


def write_offline_index(site_dir: Path, index: dict[str, Any]) -> int:
    """Write the index as a script that sets `window.pbOfflineIndex`; its size in bytes."""
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    text = f"window.pbOfflineIndex={data};\n"
    write_atomically(site_dir / OFFLINE_INDEX, text)
    return len(text.encode("utf-8"))


def headings(markdown: str) -> list[str]:
    """The headings of a hand-written page, for the offline index."""
    return [m.group(1) for m in _HEADING.finditer(markdown)]
