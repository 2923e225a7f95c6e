"""The register of rules, read once from rules.yaml and checked as it is read."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from importlib.resources import files
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, model_validator

from precedent_bank.taxonomy import load_taxonomy

Severity = Literal["error", "warning", "info"]
IssuerKind = Literal["corporation", "llc", "partnership", "trust"]
TestKind = Literal["wording", "bar-admission", "elements", "requires", "covered-law", "underlying"]
FLAGS = re.IGNORECASE | re.VERBOSE | re.DOTALL
_UPPER = re.compile(r"(?<!\\)[A-Z]")
"""A capital letter in a pattern that is not an escape such as \\S or \\W."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class Era(_Model):
    """When a rule's source took effect; letters dated earlier are marked, not faulted."""

    label: str
    """How the marker names it: "before SLB 19"."""
    since: dt.date
    before: str
    """What changed on that day, shown with the marker."""


class Source(_Model):
    """One source a rule rests on."""

    cite: str
    """As facts.md cites it: "SLB 19 §II.B.3.a; facts A-3"."""
    url: str


class Applies(_Model):
    """Which letters a rule is about; an empty list means any."""

    documents: list[str] = []
    """Document kinds (taxonomy.yaml), e.g. legality-opinion."""
    exhibits: list[str] = []
    """Exhibit number prefixes, e.g. "5" for 5, 5.1, 5.2; a letter with no number matches."""
    securities: list[str] = []
    """The rule applies when the letter covers any of these security types."""
    issuers: list[IssuerKind] = []
    """The kinds of issuer it applies to (an issuer of unknown kind counts as a corporation)."""
    forms: list[str] = []
    """The forms the letter was filed with, e.g. "8-K"."""


class Test(_Model):
    """How a rule looks for its defect: one of the kinds in kinds.py, with its wording."""

    kind: TestKind
    pattern: str | None = None
    """The words the test looks for (a regular expression, case-insensitive, free spacing)."""
    skip: list[str] = []
    """Clause types whose text is not searched."""
    sentence: str | None = None
    """A match counts only in a sentence that also matches this."""
    unless: str | None = None
    """...and that does not match this."""
    at: list[str] = []
    """For a missing element: the clause types to report it at, in order of preference."""
    only_if: str | None = None
    """For a missing element: test only letters whose text matches this."""
    membership: str | None = None
    """For bar admission: a statement of the bar counsel belongs to, naming it as `place`."""
    select: str | None = None
    """For elements: which clauses of the rule's type are tested."""
    select_untyped: str | None = None
    """For elements: which clauses of other opinion types are tested too."""
    elements: dict[str, str] = {}
    """For elements: each element's name and wording."""

    @model_validator(mode="after")
    def _compiles(self) -> Test:
        if self.membership:
            re.compile(self.membership, FLAGS)  # matched on the letter as written
        lowered = [self.pattern, self.sentence, self.unless, self.only_if, self.select]
        for value in [*lowered, self.select_untyped, *self.elements.values()]:
            if value:
                re.compile(value, FLAGS)
                # These are matched on the lowercased letter: a capital would never match.
                if capital := _UPPER.search(value):
                    raise ValueError(f"write patterns in lowercase: {capital.group()!r} in {value}")
        return self


class Rule(_Model):
    """One rule: what it checks, where it belongs, what it rests on and how it tests."""

    id: str
    title: str
    clause: str
    """The clause type whose page explains the point."""
    severity: Severity
    era: str | None = None
    """The key of the era (in `eras`) the rule dates from, if it has a start."""
    sources: list[Source]
    explanation: str
    message: str
    """The finding's message; {match}, {missing}, {securities} or {detail} are filled in."""
    applies: Applies = Applies()
    test: Test

    @model_validator(mode="after")
    def _known_clause(self) -> Rule:
        if self.clause not in load_taxonomy().types:
            raise ValueError(f"rule {self.id}: unknown clause type '{self.clause}'")
        return self


class Register(_Model):
    """The whole register."""

    eras: dict[str, Era]
    sources: dict[str, str]
    """Named source URLs, for the YAML anchors the rules share."""
    rules: list[Rule]

    @model_validator(mode="after")
    def _known_eras(self) -> Register:
        for rule in self.rules:
            if rule.era is not None and rule.era not in self.eras:
                raise ValueError(f"rule {rule.id}: unknown era '{rule.era}'")
        return self


@cache
def load_register() -> Register:
    """The package's rules.yaml, validated."""
    text = files("precedent_bank.checks").joinpath("rules.yaml").read_text("utf-8")
    return Register.model_validate(yaml.safe_load(text))


@cache
def compiled(pattern: str, caseless: bool = True) -> re.Pattern[str]:
    """A rule's pattern, compiled once; without `caseless` for lowercased text, which is
    about twice as fast to match as letting the regex engine ignore case."""
    return re.compile(pattern, FLAGS if caseless else FLAGS & ~re.IGNORECASE)
