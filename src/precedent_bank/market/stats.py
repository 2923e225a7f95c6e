"""Market statistics: the share of letters with a clause type or element, overall and by
document kind, security type, period and firm.

Every figure says how many letters it rests on; a share is only given (and a group only called
market) when it rests on at least MARKET_MINIMUM letters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from precedent_bank.market.variants import MARKET_MINIMUM
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.records.models import Precedent
from precedent_bank.taxonomy import load_taxonomy

PERIOD_YEARS = 5
"""Letters are grouped by periods of this many years (1995-1999, 2000-2004 ...)."""
MAX_GROUPS = 12
"""The most groups a figure shows by name (the largest); the rest are added up as "Others"."""


@dataclass(frozen=True)
class Row:
    """One bar and one table row: of `total` letters in a group, `count` have the thing."""

    label: str
    count: int
    total: int

    @property
    def share(self) -> float | None:
        """count / total, or None when the group has too few letters to say."""
        return self.count / self.total if self.total >= MARKET_MINIMUM else None


@dataclass(frozen=True)
class Figure:
    """A chart and the table beside it."""

    id: str
    title: str
    rows: list[Row]
    count_label: str = "With it"
    total_label: str = "Letters"


def period(year: int | None) -> str:
    """The period a year falls in, e.g. "2000-2004"."""
    if year is None:
        return "Undated"
    start = year - year % PERIOD_YEARS
    return f"{start}\u2013{start + PERIOD_YEARS - 1}"


def _documents(p: Precedent) -> list[str]:
    return [load_taxonomy().documents[p.document]]


def _securities(p: Precedent) -> list[str]:
    labels = load_taxonomy().securities
    return [labels[s.type] for s in p.securities] or ["None stated"]


def _periods(p: Precedent) -> list[str]:
    return [period(p.year)]


def _firms(p: Precedent) -> list[str]:
    return [p.firm or "Unknown firm"]


DIMENSIONS: dict[str, tuple[str, Callable[[Precedent], list[str]]]] = {
    "document": ("document kind", _documents),
    "security": ("security type", _securities),
    "period": ("period", _periods),
    "firm": ("firm", _firms),
}
"""The ways figures are broken down: slug -> (what it is called, the groups of a letter)."""


def group_keys(dimension: str, records: Iterable[LoadedRecord]) -> list[tuple[str, list[str]]]:
    """Each record's id and its groups along `dimension` (worked out once, used by every figure)."""
    _, keys = DIMENSIONS[dimension]
    return [(r.id, list(dict.fromkeys(keys(r.precedent)))) for r in records]


def by_dimension(
    dimension: str, keyed: Iterable[tuple[str, list[str]]], has: Callable[[str], bool]
) -> list[Row]:
    """For each group of `dimension`, how many of its letters `has` (by record id); `keyed` is
    `group_keys(dimension, records)`."""
    totals: dict[str, list[int]] = {}
    for rid, groups in keyed:
        hit = has(rid)
        for key in groups:
            counts = totals.setdefault(key, [0, 0])
            counts[0] += hit
            counts[1] += 1
    rows = [Row(k, c, t) for k, (c, t) in totals.items()]
    if dimension == "period":
        rows.sort(key=lambda row: row.label)
    else:
        rows.sort(key=lambda row: (-row.total, row.label))
    return _fold(rows)


def _fold(rows: list[Row]) -> list[Row]:
    """The largest MAX_GROUPS rows, and the others added up into one."""
    if len(rows) <= MAX_GROUPS:
        return rows
    kept, rest = rows[: MAX_GROUPS - 1], rows[MAX_GROUPS - 1 :]
    label = f"Others ({len(rest)})"
    return [*kept, Row(label, sum(r.count for r in rest), sum(r.total for r in rest))]
