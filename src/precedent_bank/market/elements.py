"""Element tallies: for clause types with a known list of elements, how many letters have each.

The lists are data (elements.yaml), each with the sourced facts it rests on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml
from pydantic import BaseModel, ConfigDict, field_validator

from precedent_bank.records.bank import Occurrence


class Element(BaseModel):
    """One thing a clause of the type may say, and how to tell that it does."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    label: str
    pattern: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        re.compile(value)
        return value


class ElementList(BaseModel):
    """The elements of one clause type and where the list comes from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    facts: str
    """The entries of the sourced facts (../shared/facts.md) the list rests on, e.g. "Q-3"."""
    url: str
    elements: list[Element]


@dataclass(frozen=True)
class Tally:
    """How many of the letters with a clause type include one element."""

    element: Element
    letters: int
    of: int

    @property
    def share(self) -> float:
        return self.letters / self.of if self.of else 0.0


@cache
def element_lists() -> dict[str, ElementList]:
    """The package's elements.yaml, checked."""
    raw = yaml.safe_load(
        files("precedent_bank.market").joinpath("elements.yaml").read_text("utf-8")
    )
    return {slug: ElementList.model_validate(v) for slug, v in raw.items()}


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def present(elements: ElementList, text: str) -> set[str]:
    """The ids of the elements `text` includes."""
    return {e.id for e in elements.elements if _compiled(e.pattern).search(text)}


def letter_elements(
    elements: ElementList, occurrences: Iterable[Occurrence]
) -> dict[str, set[str]]:
    """For each letter with counted clauses of the type, the elements they include together."""
    texts: dict[str, list[str]] = {}
    for o in occurrences:
        texts.setdefault(o.record.id, []).append(o.clause.text)
    return {rid: present(elements, " ".join(t)) for rid, t in texts.items()}


def tally(elements: ElementList, found: dict[str, set[str]]) -> list[Tally]:
    """How many letters include each element, out of the letters with the type."""
    return [
        Tally(e, sum(e.id in ids for ids in found.values()), len(found)) for e in elements.elements
    ]


@dataclass(frozen=True)
class GroupTally:
    """Within one group of letters (a firm, a period ...), how many include each element."""

    label: str
    total: int
    """How many letters of the group have the clause type."""
    counts: list[int]
    """Per element, in list order."""


def tally_by(
    elements: ElementList,
    found: dict[str, set[str]],
    keyed: Iterable[tuple[str, list[str]]],
    by_label: bool = False,
) -> list[GroupTally]:
    """Element counts within each group of a dimension (`keyed` as stats.group_keys gives it),
    largest group first, or by label (for periods)."""
    table: dict[str, list[int]] = {}
    ids = [e.id for e in elements.elements]
    for rid, groups in keyed:
        has = found.get(rid)
        if has is None:  # the letter has no clause of this type
            continue
        for group in groups:
            row = table.setdefault(group, [0] * (len(ids) + 1))
            row[0] += 1
            for i, element in enumerate(ids, 1):
                row[i] += element in has
    rows = [GroupTally(label, row[0], row[1:]) for label, row in table.items()]
    rows.sort(key=(lambda r: r.label) if by_label else (lambda r: (-r.total, r.label)))
    return rows
