"""Rule checks: what the SEC staff and the bar expect of a filed opinion letter, tested on a record.

The rules are data (rules.yaml, read by register.py); the tests they run are in kinds.py.
`check_precedent()` runs every rule that applies to a letter and returns its findings, each
located at a clause and at the offending text. A letter dated before a rule's source took
effect gets the finding marked "before <source>" instead: shown, explained, not a defect.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from precedent_bank.checks.context import LetterContext, letter_context
from precedent_bank.checks.kinds import KINDS
from precedent_bank.checks.register import Era, Rule, load_register
from precedent_bank.records.models import Precedent

__all__ = ["Finding", "Rule", "applies", "check_precedent", "load_register", "rules"]


@dataclass(frozen=True)
class Finding:
    """One rule's finding in one letter."""

    rule: Rule
    clause: int
    """The index of the clause it is at."""
    start: int
    """Where the offending text starts in the letter (all clauses' text joined)."""
    end: int
    message: str
    before: Era | None = None
    """The era the letter predates, when it does: then the finding is not a defect."""

    @property
    def is_defect(self) -> bool:
        return self.before is None

    @property
    def severity(self) -> str:
        """The rule's severity, or "before" for a letter that predates the rule."""
        return self.rule.severity if self.before is None else "before"


def rules() -> list[Rule]:
    """Every rule of the register, in its order."""
    return load_register().rules


def check_precedent(p: Precedent) -> list[Finding]:
    """Every finding of every rule that applies to the letter, in the order of the letter."""
    ctx = letter_context(p)
    eras = load_register().eras
    found = []
    for rule in rules():
        if not applies(rule, ctx):
            continue
        era = eras[rule.era] if rule.era else None
        before = era if era and p.date and p.date < era.since else None
        for hit in KINDS[rule.test.kind](rule, ctx):
            message = rule.message.format_map(_Values(hit.values))
            found.append(Finding(rule, hit.clause, hit.start, hit.end, message, before))
    return sorted(found, key=lambda f: (f.start, f.rule.id))


def applies(rule: Rule, ctx: LetterContext) -> bool:
    """Whether the letter is one the rule is about (its kind, exhibit, securities, issuer, form)."""
    a, p = rule.applies, ctx.precedent
    exhibit = (p.exhibit or "").strip()
    if a.exhibits and exhibit:
        # The exhibit number is a fact of the filing; the document kind may be a guess of
        # the importer's (a Cayman legality opinion read as a tax opinion), so the number decides.
        kind = any(_exhibit(exhibit, x) for x in a.exhibits)
    else:
        kind = not a.documents or p.document in a.documents
    return (
        kind
        and (not a.securities or bool(ctx.securities & set(a.securities)))
        and (not a.issuers or ctx.issuer_kind in a.issuers)
        and (not a.forms or bool(ctx.forms & set(a.forms)))
    )


def _exhibit(exhibit: str, prefix: str) -> bool:
    """ "5.1", "5(a)" and "5" are all Exhibit 5; "55" is not."""
    return re.match(rf"{re.escape(prefix)}(?:$|[.(\s])", exhibit) is not None


class _Values(dict[str, str]):
    """Message values; a placeholder the test did not fill stays empty rather than failing."""

    def __missing__(self, key: str) -> str:
        return ""
