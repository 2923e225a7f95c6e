"""Numbered section headings ("2 Assumptions", "4. Qualifications"): what a section may hold.

English-style letters - the offshore and local-counsel letters most of all - number their parts
and head each with a word: Documents Reviewed, Assumptions, Opinion, Qualifications, Consent;
tax letters head their reasoning "Discussion" or "Federal Income Tax Consequences".
A clause under "Qualifications" that mentions good standing is a caveat, not the existence
opinion; one under "Assumptions" that mentions the register is an assumption. The heading does
not decide alone (an "Assumptions" section may hold a caveat on the date), it weighs: types
outside the section's families keep only SECTION_DISCOUNT of their evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from precedent_bank.importer.segment import Unit
from precedent_bank.taxonomy import load_taxonomy

SECTION_DISCOUNT = 0.3
"""The share of their evidence that types outside a headed section keep."""

_HEADING = re.compile(
    r"\s*(?:\d{1,2}(?:\.\d{1,2})?\.?|[A-H]\.|[IVX]{1,4}\.)?\s*(?P<word>assumptions?(?:\s+of\s+facts?)?|"
    r"qualifications?|reservations?|opinions?|documents\s+(?:reviewed|examined)|"
    r"consents?|introduction|limitations?|discussion|analysis|"
    r"(?:(?:material\s+)?(?:u\.s\.\s+)?federal\s+)?(?:income\s+)?tax\s+(?:consequences|considerations))"
    r"\s*:?\s*",
    re.IGNORECASE,
)
_FAMILIES = {
    # (an offshore letter's "Assumptions" opens with its date and the law it covers: "The
    # following opinions are given only as to ... circumstances existing at the date ...")
    "assumption": ("assumption", "review", "limitation"),
    "qualification": ("qualification", "limitation"),
    "reservation": ("qualification", "limitation"),
    "limitation": ("qualification", "limitation"),
    "opinion": ("opinion",),
    "documents": ("review",),
    "consent": ("consent",),
    "introduction": ("engagement",),
    # a tax letter's reasoning, under its own heading, is its opinion's
    "discussion": ("opinion",),
    "analysi": ("opinion",),
}


ANY_SECTION = frozenset({"reliance-on-other-counsel"})
"""Types any section may hold: reliance on another firm's opinion sits under "Qualifications"
or "Opinions" as often as on its own ("As to Texas law, we have relied on the opinion of ...")."""


def sections(units: Sequence[Unit]) -> list[frozenset[str] | None]:
    """For each unit, the types its section heading allows (None outside a headed section):
    from a unit whose first line is such a heading to the next one."""
    taxonomy = load_taxonomy()
    current: frozenset[str] | None = None
    found: list[frozenset[str] | None] = []
    for unit in units:
        heading = _HEADING.fullmatch(_first_line(unit.text))
        if unit.zone != "body":
            current = None
        elif heading:
            word = heading.group("word").lower().split()[0].rstrip("s")
            word = "documents" if word == "document" else word
            families = _FAMILIES.get(word, _FAMILIES["discussion"])  # (the tax headings)
            allowed = {t.slug for t in taxonomy.types.values() if t.family in families}
            if word == "assumption":
                # facts relied on are of the review's family, the papers examined are not
                # assumed: items naming no kind read like the schedule of papers above them
                allowed.discard("documents-examined")
            current = frozenset(allowed | ANY_SECTION)
        found.append(current)
    return found


_TITLE_BESIDE = r"[ \t]*[-\u2013\u2014:.][ \t]*"
"""What sets a schedule's title apart from its number on one line ("Schedule 1 - Assumptions")."""
_SCHEDULE_NUMBER = re.compile(
    rf"(?i:schedule|annex|appendix)[ \t]+[A-Z0-9]{{1,5}}(?:{_TITLE_BESIDE}(?P<title>.+))?"
)
"""A schedule's number, and its title when on the same line ("Schedule 1 - Assumptions")."""


def _first_line(text: str) -> str:
    """A unit's first line, or the title below or beside a schedule's number ("SCHEDULE 2" /
    "Assumptions", "Schedule 1 - Assumptions"): the schedule is headed by what it holds."""
    lines = [line.strip() for line in text.strip().split("\n", 3)[:3] if line.strip()]
    if lines and (number := _SCHEDULE_NUMBER.fullmatch(lines[0])):
        if number.group("title"):
            return number.group("title")
        if len(lines) > 1:
            return lines[1]
    return lines[0] if lines else ""


def is_section_heading(text: str) -> bool:
    """Whether a unit is a section heading alone ("3 Qualifications")."""
    return bool(_HEADING.fullmatch(text.strip()))


_CAPTION = re.compile(r"[A-Z0-9][^\n.;:,!?|]{0,78}[^\s.;:,!?|]")


_SCHEDULE = re.compile(
    r"(?i:schedule|annex|appendix|attachment)(?:[ \t]+[A-Z0-9]{1,5})?"
    rf"(?:(?:[ \t]*\n\s*|{_TITLE_BESIDE})[A-Z][^\n.;:]{{0,60}})?"
)
"""A schedule's caption after the signature, with its title below ("Schedule I" /
"Guarantors"): it heads what it schedules."""


_SENTENCE_CASE_CAPTION = re.compile(
    r"[A-Z][a-z'\u2019-]*(?:[ ][A-Za-z'\u2019&-]+){0,5}[ \t]*\n[ \t]*\n\s*"
)
"""A caption in sentence case on a line of its own, a blank line below ("Basis of this letter")."""


def is_caption(text: str) -> bool:
    """Whether a unit is a caption alone: a section heading, or a short line in capitals
    without a sentence's punctuation or a long number ("PART FOUR \u2014 OUR VIEW"; not a table's
    row, "SERIES B WARRANTS 1000000"). It heads the clause after it, and is no clause of its own."""
    line = text.strip()
    if is_section_heading(line) or _SCHEDULE.fullmatch(line):
        return True
    if _SENTENCE_CASE_CAPTION.fullmatch(text):
        return True
    if not _CAPTION.fullmatch(line):  # first: it fails within 80 characters on a long unit
        return False
    words = re.findall(r"[^\W\d_]+", line)
    return 0 < len(words) <= 8 and line.isupper() and not re.search(r"\d{3}", line)
