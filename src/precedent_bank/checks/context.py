"""What the rules need to know about a letter: its text and clause offsets, issuer kind,
securities, exhibit and form - from the record, and from the words where the record is silent."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from precedent_bank.checks.register import compiled
from precedent_bank.records.models import Precedent

# Cues for the issuer's kind in its name or the engagement paragraph ("a Delaware limited
# liability company"). An issuer with none of them is taken to be a corporation, and so is one
# whose name ends like a corporation's ("Ironbark Residential Trust, Inc." is a corporation).
_CORPORATE_NAME = re.compile(
    r"\b(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|plc|N\.V|S\.A|AG|SE)\.?$", re.I
)
_KINDS = (
    ("llc", re.compile(r"\b(?:LLC|L\.L\.C\.?|limited liability company)", re.I)),
    (
        "partnership",
        re.compile(r"\bL\.P\.|\bLP\b|\blimited partnership\b", re.I),
    ),
    ("trust", re.compile(r"\b(?:Trust|statutory trust|business trust)\b")),
)
_SECURITY_CUES = (
    ("debt", re.compile(r"\b(?:notes|debentures|debt securities|bonds)\b", re.I)),
    ("guarantee", re.compile(r"\bguarantees?\b", re.I)),
    ("warrant", re.compile(r"\bwarrants\b", re.I)),
    ("right", re.compile(r"\bsubscription rights\b|\brights to (?:purchase|subscribe)", re.I)),
    ("unit", re.compile(r"\bunits?,? each consisting of|\bunits\b[^.]{0,40}\bconsist", re.I)),
    ("equity", re.compile(r"\b(?:common stock|ordinary shares|common shares|shares)\b", re.I)),
    ("preferred", re.compile(r"\bpreferred (?:stock|shares)\b", re.I)),
)
# How a letter closes. A letter without a closing is cut off (a partial copy, or a draft not
# yet finished): what it lacks may simply be missing from the copy, so absence is not judged.
_CLOSING = re.compile(
    r"\b(?:very\s+truly\s+yours|yours\s+(?:very\s+)?truly|sincerely|respectfully\s+"
    r"(?:submitted|yours))\b|/s/",
    re.IGNORECASE,
)
_FORM_8K = re.compile(r"\bCurrent Report on Form 8-K\b|\bForm 8-K\b")


@dataclass(frozen=True)
class LetterContext:
    """A letter as the rules see it."""

    precedent: Precedent
    text: str
    starts: tuple[int, ...]
    """Where each clause starts in `text`."""
    issuer_kind: str
    securities: frozenset[str]
    forms: frozenset[str]
    complete: bool
    """Whether the letter reaches its closing, so that what it lacks is really absent."""
    folded: str
    """The text the rules' patterns read: the letter lowercased, offset for offset (or as
    written, in the rare letter whose lowercase has another length)."""

    @property
    def caseless(self) -> bool:
        """Whether the patterns must ignore case themselves (`folded` is not lowercased)."""
        return self.folded is self.text

    def pattern(self, source: str) -> re.Pattern[str]:
        """A rule's pattern, compiled for `folded`."""
        return compiled(source, self.caseless)

    def words(self, index: int) -> str:
        """Clause `index` as the patterns read it (a slice of `folded`)."""
        start, end = self.span(index)
        return self.folded[start:end]

    def clause_at(self, offset: int) -> int:
        """The index of the clause holding `offset`."""
        return max(bisect_right(self.starts, offset) - 1, 0)

    def span(self, index: int) -> tuple[int, int]:
        """Where clause `index` starts and ends in the letter."""
        start = self.starts[index]
        return start, start + len(self.precedent.clauses[index].text)

    def of_types(self, types: list[str]) -> list[int]:
        """The indexes of the clauses of these types, in order."""
        return [i for i, c in enumerate(self.precedent.clauses) if c.type in types]


def letter_context(p: Precedent) -> LetterContext:
    """Read what the rules need from a record (or a record drafted from a letter)."""
    lengths = [len(c.text) for c in p.clauses]
    starts = (0, *accumulate(lengths[:-1])) if lengths else ()
    engagement = " ".join(c.text for c in p.clauses if c.type == "engagement")
    text = p.text
    lower = text.lower()
    return LetterContext(
        precedent=p,
        text=text,
        starts=tuple(starts),
        issuer_kind=_issuer_kind(p, engagement),
        securities=_securities(p, engagement),
        forms=_forms(p),
        complete=any(c.type == "signature" for c in p.clauses) or bool(_CLOSING.search(text)),
        folded=lower if len(lower) == len(text) else text,
    )


def _issuer_kind(p: Precedent, engagement: str) -> str:
    name = p.issuer.name.strip() if p.issuer else ""
    if _CORPORATE_NAME.search(name):
        return "corporation"
    for kind, cue in _KINDS:
        if cue.search(name):
            return kind
    if not name:  # no issuer in the record: the engagement paragraph says what it is
        for kind, cue in _KINDS:
            if cue.search(engagement[:600]):
                return kind
    return "corporation"


def _securities(p: Precedent, engagement: str) -> frozenset[str]:
    """The record's security types; for a letter just imported (whose facts are the
    importer's reading), also those the engagement paragraph names."""
    types = {s.type for s in p.securities}
    if p.imported is not None or not types:
        types |= {kind for kind, cue in _SECURITY_CUES if cue.search(engagement)}
    return frozenset(types)


def _forms(p: Precedent) -> frozenset[str]:
    forms = {f for f in (p.filing.form, p.filing.registration_form) if f} if p.filing else set()
    # The consent names the filing the letter goes with ("...as an exhibit to the Company's
    # Current Report on Form 8-K"); the engagement may name other 8-Ks incorporated by reference.
    consent = "".join(c.text for c in p.clauses if c.type == "consent")
    if _FORM_8K.search(consent):
        forms.add("8-K")
    return frozenset(forms)
