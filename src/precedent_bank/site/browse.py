"""Ways into the bank: records grouped by firm, year, document kind, security type, law, form
and tag; each group's anchor; and the related precedents of a record."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from functools import cache

from anyascii import anyascii

from precedent_bank.names import slugify
from precedent_bank.records.bank import Bank
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.records.models import Precedent
from precedent_bank.taxonomy import load_taxonomy

BROWSE_DIR = "browse"
RELATED_LIMIT = 5
"""Related precedents listed on a page: a fixed number, so pages do not grow with the bank."""

NOT_STATED = "Not stated"
_UNKNOWN = frozenset({NOT_STATED, "Unknown firm", "Undated", "Untagged"})
"""Groups of records that lack the fact: listed after the others."""
# Registration statements (S-1, S-3ASR, F-3, S-8 POS ...), as opposed to the reports (8-K, 6-K,
# 424B2 ...) a letter may be filed with after the registration statement is effective.
_REGISTRATION_FORM = re.compile(r"^[SF]-\d+", re.IGNORECASE)


def registration_form(p: Precedent) -> str | None:
    """The registration statement's form: `filing.registration_form`, or the filing's own form
    when that is a registration statement."""
    filing = p.filing
    if filing is None:
        return None
    if filing.registration_form:
        return filing.registration_form
    if filing.form and _REGISTRATION_FORM.match(filing.form):
        return filing.form
    return None


def _ordered_by(labels: Callable[[], dict[str, str]]) -> Callable[[str], object]:
    """Sort keys in the taxonomy's order (then unknown ones by name)."""
    return lambda key: (list(labels()).index(key) if key in labels() else len(labels()), key)


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
    order: Callable[[str], object] | None = None
    """How its groups are sorted; by default by key."""


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
            "documents",
            "document",
            "By document",
            "Precedents grouped by the kind of letter: legality, tax, local counsel and others.",
            lambda p: [p.document],
            lambda k: load_taxonomy().documents.get(k, k),
            order=_ordered_by(lambda: load_taxonomy().documents),
        ),
        BrowseView(
            "securities",
            "security",
            "By security type",
            "Precedents grouped by the "
            "securities they cover; a letter on notes and guarantees is under both.",
            lambda p: [s.type for s in p.securities] or ["other"],
            lambda k: load_taxonomy().securities[k],
            order=_ordered_by(lambda: load_taxonomy().securities),
        ),
        BrowseView(
            "laws",
            "law",
            "By law",
            "Precedents grouped by the laws the opinion covers.",
            lambda p: p.laws or [NOT_STATED],
        ),
        BrowseView(
            "forms",
            "form",
            "By form",
            "Precedents grouped by the form of the registration statement they were given for "
            "(S-1, S-3, S-8, F-3 ...); the table shows the form each letter was filed with, "
            "such as an 8-K for a shelf takedown.",
            lambda p: [registration_form(p) or NOT_STATED],
            lambda k: k if k == NOT_STATED else f"Form {k}",
        ),
        BrowseView(
            "tags",
            "tag",
            "By tag",
            "Precedents grouped by the tags of their records; a letter with several tags is "
            "under each.",
            lambda p: p.tags or ["Untagged"],
        ),
    )
}


def readable_slug(text: str) -> str:
    """A slug for any name: transliterated to ASCII first, so "Žal & Søn" gives "zal-son"
    and a name in another script keeps its letters rather than becoming "none"."""
    return slugify(anyascii(text))


class Browse:
    """Groupings of one bank, computed once, for browse pages, related links and counts."""

    def __init__(self, bank: Bank) -> None:
        self.bank = bank
        self.groups = cache(self._groups)
        self.anchors = cache(self._anchors)
        self._related_index = cache(self._build_related_index)

    def _groups(self, view: str) -> dict[str, list[LoadedRecord]]:
        """A view's groups in display order; each group in bank order (newest first)."""
        spec = BROWSE_VIEWS[view]
        groups = self.bank.group(spec.keys)
        keys = sorted(groups, key=spec.order, reverse=spec.newest_first)  # type: ignore[arg-type]
        keys.sort(key=lambda k: k in _UNKNOWN)  # stable: the rest keep their order
        return {key: groups[key] for key in keys}

    def _anchors(self, view: str) -> dict[str, str]:
        """Each group's heading id: prefix and readable slug, made unique within the view
        ("A&B LLP" and "A B LLP" both slug to a-b-llp: the second by name gets "-2")."""
        prefix = BROWSE_VIEWS[view].prefix
        slugs = {key: readable_slug(key) for key in self.groups(view)}
        anchors: dict[str, str] = {}
        used: set[str] = set()
        for key in sorted(slugs, key=lambda k: (slugs[k], k)):
            base = anchor = f"{prefix}-{slugs[key]}"
            n = 2
            while anchor in used:
                anchor, n = f"{base}-{n}", n + 1
            used.add(anchor)
            anchors[key] = anchor
        return anchors

    def anchor(self, view: str, key: str) -> str:
        """The browse page and heading where records are listed under `key`."""
        return f"{BROWSE_DIR}/{view}.md#{self.anchors(view)[key]}"

    def count(self, view: str, key: str) -> int:
        return len(self.groups(view).get(key, []))

    def largest(self, view: str, limit: int) -> list[tuple[str, str, int]]:
        """(key, label, count) of a view's largest groups."""
        groups = self.groups(view)
        ranked = sorted(groups, key=lambda k: (-len(groups[k]), k))[:limit]
        return [(k, BROWSE_VIEWS[view].label(k), len(groups[k])) for k in ranked]

    def year_span(self) -> str:
        years = sorted(r.precedent.year for r in self.bank.records if r.precedent.year)
        if not years:
            return "undated"
        return str(years[0]) if years[0] == years[-1] else f"{years[0]} to {years[-1]}"

    # --- related precedents ----------------------------------------------------------------

    def related(self, record: LoadedRecord) -> list[LoadedRecord]:
        """Up to RELATED_LIMIT other records, ranked by the same document kind first, then a
        shared security type, then the same firm, then nearness in date.

        Only the RELATED_LIMIT records nearest in date within each group of records that share
        one of those traits are looked at, so the work per page does not grow with the bank;
        the result is still exact: a record outside a group's window has RELATED_LIMIT records
        of that group ranked above it.
        """
        index, positions = self._related_index()
        candidates: dict[str, LoadedRecord] = {}
        for key in _related_keys(record.precedent):
            group = index.get(key, [])
            at = positions[key, record.id]
            for other in group[max(at - RELATED_LIMIT, 0) : at + RELATED_LIMIT + 1]:
                candidates[other.id] = other
        candidates.pop(record.id, None)
        return sorted(candidates.values(), key=lambda r: _rank(record, r))[:RELATED_LIMIT]

    def _build_related_index(
        self,
    ) -> tuple[dict[Hashable, list[LoadedRecord]], dict[tuple[Hashable, str], int]]:
        index: dict[Hashable, list[LoadedRecord]] = defaultdict(list)
        for record in self.bank.records:  # newest first, so each group is in date order
            for key in _related_keys(record.precedent):
                index[key].append(record)
        positions = {(k, r.id): i for k, group in index.items() for i, r in enumerate(group)}
        return dict(index), positions


def _related_keys(p: Precedent) -> list[Hashable]:
    """The groups a record shares with its related records: one per combination of traits
    that ranks a match above others (document kind, security type, firm)."""
    doc, firm = p.document, p.firm
    securities = list(dict.fromkeys(s.type for s in p.securities))
    keys: list[Hashable] = [("d", doc), *(("ds", doc, s) for s in securities)]
    keys += [("s", s) for s in securities]
    if firm:
        keys += [("df", doc, firm), ("f", firm)]
        keys += [("dsf", doc, s, firm) for s in securities]
        keys += [("sf", s, firm) for s in securities]
    return list(dict.fromkeys(keys))


def _rank(record: LoadedRecord, other: LoadedRecord) -> tuple[bool, bool, bool, int, str]:
    """Smaller is closer: same document kind, shared security type, same firm, nearer date."""
    p, q = record.precedent, other.precedent
    shares_security = bool({s.type for s in p.securities} & {s.type for s in q.securities})
    return (
        p.document != q.document,
        not shares_security,
        not (p.firm and p.firm == q.firm),
        abs(_day(record) - _day(other)),
        other.id,
    )


def _day(record: LoadedRecord) -> int:
    return record.precedent.date.toordinal() if record.precedent.date else 0
