"""Search: each paragraph of a letter becomes its own entry in Material's search index.

Material indexes a page by its headings, so a whole letter would be one long entry, ranked
below any short page that shares a word with it. Indexing the letter paragraph by paragraph
ranks the paragraph that holds a phrase first, and the result opens the letter at that clause.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from markupsafe import escape

from precedent_bank.atomic import write_atomically
from precedent_bank.records.letter import Paragraph
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.site.library import plain_text
from precedent_bank.taxonomy import load_taxonomy

SEARCH_BOOST = 2
"""Letters outrank pages that merely quote or describe them (Material's `search.boost`)."""


def letter_entries(
    record: LoadedRecord, location: str, paragraphs: list[Paragraph]
) -> list[dict[str, Any]]:
    """One search entry per clause that starts a paragraph, with the paragraph's text and notes."""
    types = load_taxonomy().types
    clauses = record.precedent.clauses
    entries: dict[str, dict[str, Any]] = {}
    for paragraph in paragraphs:
        text = " ".join(paragraph.text.split())
        if not text:
            continue
        anchor = paragraph.pieces[0].anchor
        started = [p for p in paragraph.pieces if p.starts_clause]
        names = dict.fromkeys(types[clauses[p.index].type].name for p in paragraph.pieces)
        notes = [plain_text(" ".join(n.split())) for p in started if (n := clauses[p.index].note)]
        entry = entries.setdefault(
            anchor,
            {
                "location": f"{location}#{anchor}",
                "title": str(escape(" · ".join(names))),
                "text": "",
                "boost": SEARCH_BOOST,
            },
        )
        entry["text"] = " ".join(filter(None, [entry["text"], *map(_para, [text, *notes])]))
    return list(entries.values())


def _para(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def extend_search_index(
    path: Path,
    records: list[LoadedRecord],
    location: Callable[[str], str],
    paragraphs: Callable[[str], list[Paragraph]],
) -> None:
    """Add the letters' paragraph entries after their pages' entries in search_index.json.

    `location(record_id)` gives the page's location as the index writes it, and
    `paragraphs(record_id)` the letter's layout.
    """
    if not path.is_file():  # search is switched off
        return
    index = json.loads(path.read_text("utf-8"))
    by_location = {location(r.id): r for r in records}
    docs: list[dict[str, Any]] = []
    for doc in index["docs"]:
        docs.append(doc)
        record = by_location.get(doc["location"])
        if record is not None:
            docs += letter_entries(record, doc["location"], paragraphs(record.id))
    index["docs"] = docs
    write_atomically(path, json.dumps(index, ensure_ascii=False, separators=(",", ":")))
