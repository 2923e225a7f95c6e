"""Which clauses count in market figures: the one predicate every computation here goes through.

Only confirmed records count: a draft (`status: draft`, as `precedents import` writes it) counts
nowhere until a person has reviewed it, and neither does a clause whose type is still an
importer's unconfirmed guess (`review: true`).
"""

from __future__ import annotations

from precedent_bank.records.models import Clause, Precedent


def counts(precedent: Precedent, clause: Clause) -> bool:
    """Whether this clause of this letter counts towards variants, tallies and statistics."""
    return not precedent.draft and not clause.review
