"""Deal specifics - names, amounts, dates, defined terms, numbering - set aside before clauses
are grouped by wording.

Each specific becomes one marker token (a private-use character and its kind, which the
tokenizer in redline.py reads as one word). Nothing else is touched: every other word, "not"
and "no" included, stays in the text that clauses are grouped and redlined by.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from precedent_bank.records.models import Precedent

MARK = "\ue000"
END = "\ue001"
LABELS = {
    "name": "name",
    "term": "defined term",
    "date": "date",
    "amount": "amount",
    "no": "no.",
}
"""What a reader sees for each kind of specific (in brackets), by kind."""

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_DATE = re.compile(
    # (Every alternative starts with a digit or a capital: the lookahead skips other places.)
    rf"(?=[\dA-Z])(?:\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?{_MONTH},?\s+\d{{4}}\b"
    rf"|\b{_MONTH}\s+\d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b)"
)
# Money, percentages, counts with separators, file numbers; a lone year; a number in words
# before a figure ("two million (2,000,000)") is left as words.
_AMOUNT = re.compile(
    r"(?=[\dU$])(?:(?:US)?\$\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion|thousand))?"
    r"|\b\d[\d,]*(?:\.\d+)?\s?%"
    r"|\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b"
    r"|\b\d+-\d+(?:-\d+)*\b"
    r"|\b\d+\.\d+\b"
    r"|\b(?:19|20)\d{2}\b)"
)
# List numbering: "(1)", "(a)", "(iv)" after a space or at the start, and "1." opening a line.
_NUMBERING = re.compile(
    r"(?=[(\s\d])(?:(?<![\w)])\((?:[ivxlc]{1,6}|[a-zA-Z]|\d{1,2})\)|^\s*\d{1,2}\.(?=\s))", re.M
)
# A party the record does not name (a trustee, an agent): capitalised words ending in a form of
# organisation, e.g. "Coldbrook Bank, National Association", "Harbourline Trust Company, N.A.".
_SUFFIX = (
    r"(?:Inc\.|Incorporated|Corp\.|Corporation|Company|Co\.|LLC|L\.L\.C\.|L\.P\.|LLP|Ltd\.|Limited"
    r"|plc|N\.A\.|National Association|Bank|Trust)"
)
_ENTITY = re.compile(
    r"(?=[A-Z])(?<![\w.])(?!(?:The|This|That|Each|Such|Our|Your|Any|All|Its|Their)\b)"
    r"(?:[A-Z][\w&'-]*\.?(?:\s+(?:&|of)\s+|\s+)){1,6}"
    rf"{_SUFFIX}(?:,?\s+(?:N\.A\.|National Association|Inc\.|LLC))?(?!\w)"
)
_DIGIT = re.compile(r"\d")
# Cross-references by number: "paragraphs 2 and 3", "paragraph (1)".
_REFERENCE = re.compile(
    r"\b(paragraphs?\s+)(\d{1,2}(?:\s*(?:,|and|or|through|to)\s*\d{1,2})*)\b", re.I
)
# A definition: ("the Notes"), (the "Company"), (each, a "Holder"), (collectively, the "Shares").
_DEFINITION = re.compile(
    r"\(\s*(?:[a-z]+,?\s+){0,3}[\"\u201c]([A-Z][^\"\u201d()]{0,60}?)[\"\u201d]"
)

KEPT_TERMS = frozenset(
    {
        "registration statement",
        "prospectus",
        "base prospectus",
        "prospectus supplement",
        "securities act",
        "act",
        "exchange act",
        "commission",
        "sec",
        "indenture",
        "base indenture",
        "supplemental indenture",
        "trustee",
        "underwriting agreement",
        "dgcl",
        "rules and regulations",
        "transaction documents",
        "opinion documents",
        "opining law",
    }
)
"""Defined terms whose name says what a clause covers, so a change of them is a change of
meaning ("the Registration Statement" / "the Prospectus"): these are never set aside."""


def defined_terms(text: str) -> list[str]:
    """The terms a letter defines in parentheses, longest first, less the kept ones."""
    terms = {m.group(1).strip() for m in _DEFINITION.finditer(text)}
    return sorted((t for t in terms if t.casefold() not in KEPT_TERMS), key=len, reverse=True)


def names(p: Precedent) -> list[str]:
    """The names a record states about its deal, longest first (its amounts are left to the
    amount pattern, so they show as amounts)."""
    found = [p.firm, p.addressee, p.issuer.name if p.issuer else None]
    found += [s.description for s in p.securities]
    return sorted({n.strip() for n in found if n and len(n.strip()) > 2}, key=len, reverse=True)


def set_aside(text: str, terms: Iterable[str] = (), deal_names: Iterable[str] = ()) -> str:
    """`text` with each deal specific replaced by its marker (e.g. MARK + "date" + END)."""
    text = _replace_words(text, deal_names, f"{MARK}name{END}")
    text = _ENTITY.sub(f"{MARK}name{END}", text)
    if _DIGIT.search(text):  # most clauses have no digit: skip the patterns that need one
        text = _DATE.sub(f"{MARK}date{END}", text)
        text = _AMOUNT.sub(f"{MARK}amount{END}", text)
        text = _REFERENCE.sub(rf"\1{MARK}no{END}", text)
    text = _NUMBERING.sub(f"{MARK}no{END}", text)
    return _replace_words(text, terms, f"{MARK}term{END}")


def _replace_words(text: str, words: Iterable[str], marker: str) -> str:
    """Each of `words` (longest first) that occurs in `text` as a whole word, as `marker`."""
    for word in words:
        if word in text:  # a substring test first: most clauses hold none of a letter's names
            text = _whole_word(word).sub(marker, text)
    return text


@lru_cache(maxsize=4096)
def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")


def label(token: str) -> str | None:
    """The bracketed label of a marker token ("[date]"), or None for an ordinary word."""
    if not token.startswith(MARK):
        return None
    kind = token[1:].rstrip(END)
    return f"[{LABELS.get(kind, kind)}]"
