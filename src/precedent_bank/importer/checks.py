"""Sanity checks on a letter's facts, and where in the letter each was read.

A fact that cannot be right is not kept as a guess: a "firm" that is the issuer's or the
addressee's name (an offshore letter's client taken for its counsel), or an addressee that names
no one (a street or web address, the subject line), is left empty, and the record says why under
`imported.doubtful`. A firm that does not read as a firm's name is kept but marked doubtful too.
The firm is spelled as the bank already spells it, so that one firm is listed once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from precedent_bank.importer.firms import firm_key, looks_like_firm, spelled_as_in_bank
from precedent_bank.importer.metadata import PLACE_LINE, Facts, is_address

_LOCATED = ("firm", "addressee", "issuer", "registration_form", "file_number", "exhibit")


def check_facts(facts: Facts, known_firms: Iterable[str] = ()) -> None:
    """Match the firm to the bank's spelling; empty what cannot be right; list what is doubtful."""
    if facts.firm:
        facts.firm = spelled_as_in_bank(facts.firm, known_firms)
        for role, name in (("issuer", facts.issuer), ("addressee", facts.addressee)):
            if name and firm_key(name) == firm_key(facts.firm):
                facts.doubtful.append(
                    f"firm: '{facts.firm}' is the {role}'s name, not counsel's; left empty"
                )
                facts.firm = None
                break
        else:
            if not looks_like_firm(facts.firm):
                facts.doubtful.append(f"firm: '{facts.firm}' does not read as a law firm's name")
    if facts.addressee and is_address(facts.addressee):
        facts.doubtful.append(
            f"addressee: '{facts.addressee}' is an address, not a name; left empty"
        )
        facts.addressee = None
    if facts.addressee and (what := _not_a_name(facts.addressee)):
        facts.doubtful.append(f"addressee: '{facts.addressee}' is {what}, not a name; left empty")
        facts.addressee = None


def _not_a_name(line: str) -> str | None:
    """What an address block's first line holds when it names no one, if it does."""
    if PLACE_LINE.fullmatch(line.strip(" ,")):
        return "a town and its state"
    return next((what for what, pattern in _NOT_A_NAME if re.search(pattern, line)), None)


_NOT_A_NAME = (
    ("a web address", r"(?i)www\.|@"),  # not ".com": "Tessaly.com, Inc." is a company
    ("a letterhead's description", r"(?i)\bletterhead\b"),
    ("the letter's subject", r"(?i)\bregistration\s+statement\b|^re\b"),
    ("a place in capitals", r"^[A-Z]{3,}$"),
    ("an office of the firm", r"(?i)\boffices?\s*$"),
)


def fact_lines(text: str, facts: Facts) -> dict[str, int]:
    """The line of the letter (from 1) where each fact found is first written.

    Plain string search, not a pattern per fact: patterns made per letter would crowd the
    regular-expression cache that the rest of the importer relies on.
    """
    lines = {}
    lowered = text.lower()
    for name in _LOCATED:
        value = getattr(facts, name)
        at = _find_words(text, lowered, str(value).split()) if value else -1
        if at >= 0:
            lines[name] = text.count("\n", 0, at) + 1
    if facts.date:
        for written in (facts.date.strftime("%B"), f"{facts.date.day} {facts.date.strftime('%B')}"):
            at = _find_words(text, lowered, written.split())
            if at >= 0 and str(facts.date.year) in text[at : at + 40]:
                lines["date"] = text.count("\n", 0, at) + 1
                break
    return lines


def _find_words(text: str, lowered: str, words: list[str]) -> int:
    """Where `words` first occur with any whitespace between them: as written, else in any
    case; -1 if nowhere."""
    if not words:
        return -1
    wanted = " ".join(words)
    for haystack, needle in ((text, wanted), (lowered, wanted.lower())):
        first = needle.split(" ", 1)[0]
        at = haystack.find(first)
        while at >= 0:
            window = " ".join(haystack[at : at + len(needle) * 2 + 8].split())
            if window.startswith(needle):
                return at
            at = haystack.find(first, at + 1)
    return -1
