"""How much of a clause type's clauses its explanation page shows, and the paged lists of all.

An explanation page used to quote every clause of its type, so on a bank of 10,000 letters one
page reached tens of MB. It now quotes the newest `EXAMPLES_SHOWN` and links to "All N clauses
of this type": pages of `LIST_PAGE_SIZE` each, newest first (clause_list_pages.py). Each variant
lists its newest `VARIANT_USES_SHOWN` clauses and a count, and only the `VARIANTS_SHOWN` most
used variants are shown, with a count of the others. The page's size is then bounded in the
size of the bank, and every clause of the type is still a link or two away.

The numbers are read when a page is made, so a test may set them small.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from precedent_bank.site.library import CLAUSES_DIR

T = TypeVar("T")

EXAMPLES_SHOWN = 20
"""Clauses an explanation page quotes under "In the bank" (the newest)."""
LIST_PAGE_SIZE = 500
"""Clauses each page of "All N clauses of this type" quotes."""
VARIANT_USES_SHOWN = 5
"""Clauses each variant lists by name (the newest) before "and N more"."""
VARIANTS_SHOWN = 20
"""Variants an explanation page shows (the most used); a type whose clauses name the parties,
such as a letter's heading, has nearly one variant per letter."""


def is_paged(count: int) -> bool:
    """Whether a type with `count` clauses has pages listing them all (more than shown)."""
    return count > EXAMPLES_SHOWN


def page_count(count: int) -> int:
    """How many list pages `count` clauses fill."""
    return max(1, -(-count // LIST_PAGE_SIZE))


def list_uri(slug: str, number: int = 1) -> str:
    """The docs path of page `number` (from 1) of a type's list of all its clauses."""
    name = "index" if number == 1 else str(number)
    return f"{CLAUSES_DIR}/{slug}/all/{name}.md"


def page_slice(items: Sequence[T], number: int) -> Sequence[T]:
    """The items on list page `number` (from 1)."""
    start = (number - 1) * LIST_PAGE_SIZE
    return items[start : start + LIST_PAGE_SIZE]


def shown_examples(items: Sequence[T]) -> Sequence[T]:
    """The clauses an explanation page quotes: the first (newest) `EXAMPLES_SHOWN`."""
    return items[:EXAMPLES_SHOWN]


def shown_uses(items: Sequence[T]) -> Sequence[T]:
    """The clauses a variant lists by name: the first (newest) `VARIANT_USES_SHOWN`."""
    return items[:VARIANT_USES_SHOWN]


def shown_variants(items: Sequence[T]) -> Sequence[T]:
    """The variants an explanation page shows: the first (most used) `VARIANTS_SHOWN`."""
    return items[:VARIANTS_SHOWN]
