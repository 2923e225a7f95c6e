"""Sanity checks on a letter's facts, and where in the letter each was read.

A fact that cannot be right is not kept as a guess: a "firm" that is the issuer's or the
addressee's name (an offshore letter's client taken for its counsel), or an addressee that is a
street address, is left empty, and the record says why under `imported.doubtful`. A firm that
does not read as a firm's name is kept but marked doubtful too. The firm is spelled as the bank
already spells it, so that one firm is listed once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from precedent_bank.importer.firms import firm_key, looks_like_firm, spelled_as_in_bank
from precedent_bank.importer.metadata import Facts

_ADDRESS = re.compile(
    r"(?i)^\d+[\w-]*\s+\w+|\b(?:street|avenue|road|boulevard|suite|floor|p\.?\s?o\.?\s+box|"
    r"plaza|square|drive|lane)\b"
)
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
    if facts.addressee and _ADDRESS.search(facts.addressee):
        facts.doubtful.append(
            f"addressee: '{facts.addressee}' is an address, not a name; left empty"
        )
        facts.addressee = None


def fact_lines(text: str, facts: Facts) -> dict[str, int]:
    """The line of the letter (from 1) where each fact found is first written."""
    lines = {}
    for name in _LOCATED:
        value = getattr(facts, name)
        if not value:
            continue
        pattern = r"\s+".join(re.escape(word) for word in str(value).split())
        found = re.search(pattern, text) or re.search(pattern, text, re.IGNORECASE)
        if found:
            lines[name] = text.count("\n", 0, found.start()) + 1
    if facts.date:
        month = facts.date.strftime("%B")
        found = re.search(
            rf"(?i)\b{month}\b[^\n]{{0,12}}\b{facts.date.year}\b|\b{facts.date.day}"
            rf"(?:st|nd|rd|th)?\s+{month}",
            text,
        )
        if found:
            lines["date"] = text.count("\n", 0, found.start()) + 1
    return lines
