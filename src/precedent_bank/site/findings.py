"""Findings: practice points a reader must see at once on a letter's page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from precedent_bank.records.models import Precedent


@dataclass(frozen=True)
class Finding:
    """A warning shown above the letter: a title and a Markdown explanation (ours, never a
    record's)."""

    title: str
    text: str


def findings(p: Precedent, link: Callable[[str], str]) -> list[Finding]:
    """The findings for one letter; `link` makes a Markdown link to a docs page."""
    found = []
    types = {c.type for c in p.clauses}
    if p.document == "legality-opinion" and "limitation-reliance" in types:
        found.append(
            Finding(
                "This letter limits who may rely on it",
                "The SEC staff does not accept an Exhibit 5 opinion that limits reliance: "
                "purchasers in the offering must be able to rely on it. Do not follow this "
                "letter on that point; see "
                f"[Who may rely]({link('clauses/limitation-reliance.md')}).",
            )
        )
    return found
