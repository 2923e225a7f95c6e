"""Which clauses count in market figures: the one predicate every computation here goes through.

Today a clause counts unless its type is an importer's unconfirmed guess (`review: true`). When
records get a draft/confirmed status, "only confirmed records count" is one more condition here.
"""

from __future__ import annotations

from precedent_bank.records.models import Clause, Precedent


def counts(precedent: Precedent, clause: Clause) -> bool:
    """Whether this clause of this letter counts towards variants, tallies and statistics."""
    del precedent  # the record's own status joins here once records have one
    return not clause.review
