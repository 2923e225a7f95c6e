"""Ways into the bank: records grouped by firm, year, security type, law and form."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from precedent_bank.names import slugify
from precedent_bank.records.bank import Bank
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.records.models import Precedent
from precedent_bank.taxonomy import load_taxonomy

BROWSE_DIR = "browse"
RELATED_LIMIT = 5
"""Related precedents listed on a page: a fixed number, so pages do not grow with the bank."""


@dataclass(frozen=True)
class BrowseView:
    """One "by ..." page: records grouped under headings."""

    slug: str
    prefix: str
    """Anchors of its headings start with this: #firm-debevoise-plimpton-llp."""
    title: str
    intro: str
    keys: Callable[[Precedent], Iterable[str]]
    label: Callable[[str], str] = str
    newest_first: bool = False


BROWSE_VIEWS = {
    view.slug: view
    for view in (
        BrowseView(
            "firms",
            "firm",
            "By firm",
            "Precedents grouped by the firm that signed them.",
            lambda p: [p.firm or "Unknown firm"],
        ),
        BrowseView(
            "years",
            "year",
            "By year",
            "Precedents grouped by the year of the letter.",
            lambda p: [str(p.year) if p.year else "Undated"],
            newest_first=True,
        ),
        BrowseView(
            "securities",
            "security",
            "By security type",
            "Precedents grouped by the "
            "securities they cover; a letter on notes and guarantees is under both.",
            lambda p: [s.type for s in p.securities] or ["other"],
            lambda k: load_taxonomy().securities[k],
        ),
        BrowseView(
            "laws",
            "law",
            "By law",
            "Precedents grouped by the laws the opinion covers.",
            lambda p: p.laws or ["Not stated"],
        ),
        BrowseView(
            "forms",
            "form",
            "By form",
            "Precedents grouped by the SEC form they were filed with.",
            lambda p: [p.filing.form if p.filing and p.filing.form else "Not stated"],
        ),
    )
}


def browse_anchor(view: str, key: str) -> str:
    """The browse page and heading where records are listed under `key`."""
    return f"{BROWSE_DIR}/{view}.md#{BROWSE_VIEWS[view].prefix}-{slugify(key)}"


class Browse:
    """Groupings of one bank, computed once, for browse pages, related links and counts."""

    def __init__(self, bank: Bank) -> None:
        self.bank = bank
        self.groups = cache(self._groups)
        self._positions = cache(self._position_index)

    def _groups(self, view: str) -> dict[str, list[LoadedRecord]]:
        """A view's groups in display order; each group in bank order (newest first)."""
        spec = BROWSE_VIEWS[view]
        groups = self.bank.group(spec.keys)
        return {key: groups[key] for key in sorted(groups, reverse=spec.newest_first)}

    def _position_index(self, view: str) -> dict[tuple[str, str], int]:
        return {(k, r.id): i for k, group in self.groups(view).items() for i, r in enumerate(group)}

    def related(self, record: LoadedRecord, view: str, key: str | None) -> list[LoadedRecord]:
        """Up to RELATED_LIMIT other records in the same group, nearest in date first."""
        if key is None:
            return []
        group = self.groups(view)[key]
        at = self._positions(view)[key, record.id]
        window = [
            r
            for r in group[max(at - RELATED_LIMIT, 0) : at + RELATED_LIMIT + 1]
            if r.id != record.id
        ]
        day = _day(record)
        return sorted(window, key=lambda r: (abs(_day(r) - day), r.id))[:RELATED_LIMIT]

    def count(self, view: str, key: str) -> int:
        return len(self.groups(view).get(key, []))

    def largest(self, view: str, limit: int) -> list[tuple[str, str, int]]:
        """(key, label, count) of a view's largest groups."""
        groups = self.groups(view)
        ranked = sorted(groups, key=lambda k: (-len(groups[k]), k))[:limit]
        return [(k, BROWSE_VIEWS[view].label(k), len(groups[k])) for k in ranked]

    def documents(self) -> list[tuple[str, int]]:
        counts = self.bank.group(lambda p: [p.document])
        labels = load_taxonomy().documents
        return [(labels[d], len(counts[d])) for d in labels if d in counts]

    def decades(self) -> list[tuple[str, int]]:
        counts = self.bank.group(lambda p: [f"{p.year // 10 * 10}s" if p.year else "Undated"])
        return [(d, len(counts[d])) for d in sorted(counts)]

    def year_span(self) -> str:
        years = sorted(r.precedent.year for r in self.bank.records if r.precedent.year)
        if not years:
            return "undated"
        return str(years[0]) if years[0] == years[-1] else f"{years[0]} to {years[-1]}"


def _day(record: LoadedRecord) -> int:
    return record.precedent.date.toordinal() if record.precedent.date else 0
