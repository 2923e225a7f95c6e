"""What is market: variants of each clause type, element tallies and market statistics.

Computed from the bank's records (only the clauses `confirmed.counts` accepts) and the taxonomy;
the site shows them, but nothing here knows about pages.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from precedent_bank.market.confirmed import counts
from precedent_bank.market.elements import ElementList, Tally, element_lists, letter_elements, tally
from precedent_bank.market.specifics import defined_terms, names
from precedent_bank.market.standards import written_specifics
from precedent_bank.market.stats import DIMENSIONS, group_keys
from precedent_bank.market.variants import MARKET_MINIMUM, TypeVariants, group
from precedent_bank.records.bank import Bank, Occurrence
from precedent_bank.records.loader import LoadedRecord

__all__ = ["MARKET_MINIMUM", "Market", "TypeMarket", "analyse"]


@dataclass
class TypeMarket:
    """Everything market about one clause type."""

    slug: str
    variants: TypeVariants
    letters: set[str]
    """The counted letters that have a clause of this type."""
    elements: ElementList | None = None
    tallies: list[Tally] = field(default_factory=list)
    found: dict[str, set[str]] = field(default_factory=dict)
    """For each letter with the type, the ids of the elements it includes."""


@dataclass
class Market:
    """The bank's market figures."""

    records: list[LoadedRecord]
    """The letters that count (at least one counted clause)."""
    types: dict[str, TypeMarket]
    groups: dict[str, list[tuple[str, list[str]]]]
    """For each dimension of the figures, each counted letter's id and its groups."""


def analyse(bank: Bank, standards: Mapping[str, str] | None = None) -> Market:
    """Variants, tallies and the letters behind every figure, for every clause type."""
    standards = standards or {}
    counted = {
        slug: [o for o in found if counts(o.record.precedent, o.clause)]
        for slug, found in bank.occurrences.items()
    }
    ids = {o.record.id for found in counted.values() for o in found}
    records = [r for r in bank.records if r.id in ids]
    specifics = {r.id: (defined_terms(r.precedent.text), names(r.precedent)) for r in records}
    types = {
        slug: _type_market(slug, counted.get(slug, []), specifics, _standard(standards, slug))
        for slug in dict.fromkeys([*counted, *standards])
    }
    groups = {dim: group_keys(dim, records) for dim in DIMENSIONS}
    return Market(records, types, groups)


def _standard(standards: Mapping[str, str], slug: str) -> str | None:
    """A type's standard wording with its "[term]"-style blanks as specifics' markers."""
    return written_specifics(standards[slug]) if slug in standards else None


def _type_market(
    slug: str,
    found: list[Occurrence],
    specifics: Mapping[str, tuple[list[str], list[str]]],
    standard: str | None,
) -> TypeMarket:
    variants = group(slug, found, specifics, standard)
    result = TypeMarket(slug, variants, {o.record.id for o in found})
    if (elements := element_lists().get(slug)) is not None:
        result.elements = elements
        result.found = letter_elements(elements, found)
        result.tallies = tally(elements, result.found)
    return result
