"""Companies a letter names besides its issuer: a sign the issuer read may be the wrong one.

A bank and its holding company, a trust and its sponsor, a guarantor and its parent, a fund and
the fund it takes over: a letter that names a second company again and again near its top is
where the issuer read from the engagement was most often wrong, and not doubted, on the outside
letters (bench/README.md, "Session 15"). Which of them issues the securities is then for the
reviewer to say; the importer does not guess - but for a bank. A U.S. bank's own securities need no
registration (Securities Act section 3(a)(2)), so a letter filed with a registration statement
that calls a bank its client, and names the bank's holding company, is on the holding company's
securities: a savings bank's conversion, a bank merger.
"""

from __future__ import annotations

import re
from collections import Counter

from precedent_bank.importer.firms import firm_key

READ = 6000
"""How much of the letter's start is read for companies: past the heading and the engagement,
where a letter says whose securities it covers."""
TIMES = 2
"""How often another company must be named to doubt the issuer: once is a trustee, an
underwriter or an address; twice, on the outside letters, was a rival issuer more often."""

_SUFFIX = (
    r"(?:Inc|Corp|Corporation|Company|LLC|Ltd|Limited|plc|L\.P|N\.A|Bancorp|Bancshares|"
    r"Bancorporation|Holdings|Group|Bank|Trust|Fund|Partnership)"
)
COMPANY = re.compile(
    # from a word's start only, and with words of bounded length: tried from each letter of a
    # long run of capitals, the pattern would scan the rest of the run again each time (the
    # capital is looked at first: most places fail there, at a quarter less cost)
    rf"(?=[A-Z])(?<![\w.&'\u2019/-])(?!{_SUFFIX}\b|The\s+{_SUFFIX}\b)"
    rf"([A-Z][\w&.'\u2019-]{{0,40}},?\s+(?:(?!The\s)(?:[A-Z]|\d[\w-]{{0,8}}[A-Z])[\w&.'\u2019-]{{0,40}},?\s+){{0,4}}?"
    rf"{_SUFFIX}\b\.?(?:,\s+(?:Inc|Ltd|LLC|L\.P)\b\.?)?)"
    # ... and ending the name: "Limited Partnership Act", "General Corporation Law" are statutes
    r"(?!\s+[A-Z][a-z])"
)
"""A company's name by its form: up to five capitalised words (or numbered ones: "07-A") and a
corporate word, ending there ("Harrow Bancorp, Inc.", "Dunmore Vale Savings Bank", "Quillon
Royalty Trust"). "The" starts a name, never goes on one: "... Act. The Company" is two."""


_IN_ROLE = re.compile(
    r"(?i)[^.;:()]{0,40}?,?\s+as\s+(?:the\s+)?(?:indenture\s+)?(?:trustee|underwriters?|"
    r"representatives?|agent|depositary)\b"
)
"""A company's part in the deal that is never the issuer's: "U.S. Bank National Association, as
trustee", "Quillon Securities Inc., as representative of the several underwriters"."""


def company_names(text: str) -> list[str]:
    """The names of companies in `text`, in order, each as written (a leading "The" dropped),
    but those named as the trustee, an underwriter or an agent."""
    flat = " ".join(text.split())
    return [
        re.sub(r"^The\s+", "", m.group(1))
        for m in COMPANY.finditer(flat)
        if not _IN_ROLE.match(flat, m.end())
    ]


def rival(text: str, issuer: str, firm: str | None) -> tuple[str, int] | None:
    """The company, other than `issuer` and the firm, that the start of `text` names most often,
    and how often, when that is TIMES or more. A name that contains the issuer's, or is
    contained in it ("Harrow Bancorp" for "Harrow Bancorp, Inc."), is the issuer's."""
    own = firm_key(issuer)
    skip = firm_key(firm or "")
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for name in company_names(text[:READ]):
        key = firm_key(name)
        if not key or key == skip or key in own or own in key:
            continue
        counts[key] += 1
        first.setdefault(key, name)
    if not counts:
        return None
    key, times = counts.most_common(1)[0]
    return (first[key], times) if times >= TIMES else None


_BANK = re.compile(r"\bBank\.?$")
"""A bank by its name's last word ("Quillon Savings Bank"; not "Quillon Bank Corporation")."""
_HOLDING = re.compile(r"\b(?:Bancorp|Bancorporation|Bancshares|Financial|Holdings?|Group)\b")
"""A name a bank's holding company takes ("Quillon Bancorp, Inc.", "Quillon Financial Corp.")."""
_PLAIN_WORDS = frozenset({"the", "bank", "savings", "federal", "national", "state", "community"})
"""Words a bank's name shares with many companies': no sign of its own holding company."""


def bank_holding_company(text: str, issuer: str) -> str | None:
    """The holding company of `issuer`, when `issuer` is a bank and the start of `text` names a
    company by a holding company's name: one sharing a word of the bank's own name ("Home
    Bancorp, Inc." for "Home Bank"), or else one named twice or more; the most named of them."""
    if not _BANK.search(issuer):
        return None
    own = set(firm_key(issuer).split()) - _PLAIN_WORDS
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for name in company_names(text[:READ]):
        key = firm_key(name)
        if not _HOLDING.search(name) or not key or "holding company" in key:
            continue  # "the Holding Company", "the Mid-Tier Holding Company": a defined term
        counts[key] += 1
        first.setdefault(key, name)
    akin = [k for k in counts if own & set(k.split()) or counts[k] >= TIMES]
    if not akin:
        return None
    return first[max(akin, key=lambda k: (bool(own & set(k.split())), counts[k]))]
