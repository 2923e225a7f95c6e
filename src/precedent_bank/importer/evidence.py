"""How sure the importer is of each fact it read, and why, in words.

A fact's confidence (0 to 1) comes from how it was found, not from a model: two places in the
letter that agree (the firm in the letterhead and the signature, the exhibit number in EDGAR's
header line and the heading) make it high; the usual place and wording (the date line, "counsel
to Acme Corp., a Delaware corporation") make it fairly high; one weak cue (a firm named only in
EDGAR's header line, securities guessed from words rather than a defined term) makes it low.
Facts below DOUBT_BELOW are listed as doubtful, so the review queue puts them in front of a
reviewer; they are kept, not guessed at or dropped.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from precedent_bank.importer.companies import company_names, same_company
from precedent_bank.importer.domains import spells
from precedent_bank.importer.firms import firm_key, looks_like_firm
from precedent_bank.importer.metadata import (
    CLIENT_TERMS,
    PROFESSION,
    TRUST_NAME,
    Facts,
    find_date,
    letterhead,
)

DOUBT_BELOW = 0.6
"""Facts with less confidence than this are listed under `imported.doubtful`."""
RIVAL = 0.55
"""The most an issuer is trusted when the letter names another company as often (companies.py)."""
FIRST_YEAR = 1933
"""No registration statement, so no Exhibit 5 letter, is older than the Securities Act."""

Weighed = tuple[float, str]

_ISSUER_CUES: dict[str, Weighed] = {
    "counsel to": (0.9, 'the engagement names it with its jurisdiction ("counsel to X, a ...")'),
    "defined": (0.85, 'the engagement names it with its jurisdiction and calls it "the Company"'),
    "incorporated": (0.8, "the engagement names it and where it is incorporated"),
    "called": (0.7, 'the engagement names it and calls it "the Company", without its jurisdiction'),
    "beside a guarantor": (
        0.8,
        'the company a guarantor\'s counsel calls "the Issuer" or that filed',
    ),
    "guarantor": (0.45, "the client is a guarantor, and the letter names no issuer beside it"),
    "named": (0.55, "the engagement names it as the client, without its jurisdiction"),
    "addressee": (0.7, "the addressee, whom the engagement calls its client"),
    "heading": (0.75, 'the heading (its "Re:" line) names it and calls it "the Company"'),
    "line": (0.7, 'a line of its own near the top names it and calls it "the Company"'),
    "short name": (0.7, "the engagement names it by the short name the letter defined for it"),
    "securities of": (0.5, "the securities the opinion is on are its; the letter names no client"),
    "only the addressee": (0.45, "only the company the letter is addressed to; it names no client"),
    "own term": (0.7, "the engagement names it and defines it by the first word of its name"),
    "holding company": (
        0.55,
        'the company the letter calls "the Holding Company" (a conversion\'s issuer); it names '
        "no client",
    ),
    "sponsor's trust": (
        0.6,
        'the unit trust the "Re:" line names; the client the letter names is its sponsor',
    ),
    "filed by": (
        0.65,
        "the company the engagement says files the registration statement on Form 10 (a "
        "spin-off's distributed company); the client named first is its parent",
    ),
    "trust's securities": (
        0.7,
        'a trust the engagement calls "the Trust", whose own securities the letter is on; the '
        "client named first is its parent or sponsor",
    ),
    "sovereign": (
        0.75,
        'a state the letter names and defines ("the Republic of X (the "Republic")")',
    ),
    "bank's holding": (
        0.55,
        "taken for the bank the letter calls its client, as that bank's holding company: check "
        "that it, not the bank, is the registrant (a U.S. bank's own securities need no "
        "registration, Securities Act section 3(a)(2))",
    ),
    "merger": (
        0.6,
        "the company a merger's holders end up in (the acquirer, or the company merged into); "
        "the client the letter names is the other side",
    ),
}


_UNCONFIRMED = frozenset({"addressee", "only the addressee", "bank's holding"})
"""Cues that being addressed to the issuer confirms nothing of: it was taken from the addressee,
or is a bank's holding company (most such letters go to it whether or not it issues)."""

_FORM_CUES: dict[str, Weighed] = {
    "engagement": (0.9, "named in the engagement sentence"),
    "heading": (0.85, 'named in the heading (the "Re:" line)'),
}


def weigh_facts(facts: Facts, today: dt.date | None = None) -> dict[str, Weighed]:
    """(confidence, how) for each fact `facts` holds."""
    weighed: dict[str, Weighed] = {}
    if facts.date:
        weighed["date"] = _date(facts, facts.date, today or dt.date.today())
    if facts.firm:
        weighed["firm"] = _firm(facts, facts.firm)
    if facts.addressee:
        weighed["addressee"] = _addressee(facts.addressee)
    if facts.issuer:
        weighed["issuer"] = _issuer(facts, facts.issuer)
        if facts.jurisdiction:
            weighed["jurisdiction"] = (weighed["issuer"][0], "named with the issuer")
    if facts.exhibit:
        weighed["exhibit"] = _exhibit(facts, facts.exhibit)
    cue, _, said = facts.cue.get("document", "nothing").partition(":")
    if cue == "place":
        weighed["document"] = (0.8, f'counsel names itself for a place ("{said}")')
    elif cue == "place-main":
        weighed["document"] = (
            0.5,
            f'counsel names itself for a place ("{said}"), but the letter is filed as Exhibit '
            "5.1 (or 5), the main legality opinion's number, and opines on the securities: the "
            "issuer's main legality opinion, or local counsel's beside another firm's?",
        )
    else:
        weighed["document"] = _DOCUMENT_CUES[cue]
    weighed.update(_filing(facts))
    if facts.securities:
        weighed["securities"] = (
            (
                0.85,
                "defined terms of the engagement sentence"
                + (", with amounts" * bool(facts.amounts)),
            )
            if facts.cue.get("securities") == "defined"
            else (0.5, "words of the engagement sentence; no defined term names them")
        )
    if facts.laws:
        weighed["laws"] = (0.85, "the clause saying which laws the opinion covers")
    return weighed


def doubts(facts: Facts, weighed: dict[str, Weighed]) -> list[str]:
    """The facts below DOUBT_BELOW, each with its value, confidence and why (a fact the sanity
    checks already doubt is not listed twice)."""
    found = []
    already = {d.split(":", 1)[0] for d in facts.doubtful}
    for name, (confidence, how) in weighed.items():
        if confidence < DOUBT_BELOW and name not in already:
            found.append(f"{name}: '{_shown(facts, name)}' (confidence {confidence:.2f}: {how})")
    return found


def _shown(facts: Facts, name: str) -> str:
    if name == "securities":
        return ", ".join(d for _, d in facts.securities)
    if name == "laws":
        return ", ".join(facts.laws)
    return str(getattr(facts, name))


def _date(facts: Facts, date: dt.date, today: dt.date) -> Weighed:
    if not FIRST_YEAR <= date.year <= today.year + 1:
        return 0.2, f"a date line, but {date.year} cannot be an opinion's year"
    if facts.cue.get("date") == "signature":
        return 0.75, "the date under the signature; the heading has none"
    if facts.cue.get("date") == "later pages":
        return 0.55, "only a later page's running head; the heading and signature have none"
    heading = facts.parts.get("heading", "")
    lines = {find_date(line) for line in heading.splitlines()} - {None}
    if len(lines) > 1:
        return 0.7, f"the first of {len(lines)} dates in the heading"
    return 0.95, "the heading's date line"


def _firm(facts: Facts, firm: str) -> Weighed:
    key = f" {firm_key(firm)} "
    parts = {
        "letterhead": letterhead(facts.parts.get("heading", "")),
        "signature": facts.parts.get("signature", ""),
        "EDGAR's header line": facts.parts.get("header", ""),
    }
    seen = [where for where, text in parts.items() if key in f" {firm_key(text)} "]
    if spells(firm, facts.domains):
        seen.append("the letter's web domain")
    if not looks_like_firm(firm):
        return 0.3, "does not read as a law firm's name"
    if facts.cue.get("firm") == "own name":
        return 0.55, 'a lawyer signing in their own name a letter written as "I"'
    if facts.cue.get("firm") == "lawyer's letterhead":
        return 0.55, "a lawyer's own name heads the letter: one practising alone?"
    if facts.cue.get("firm") == "notice":
        return 0.7, "the legal notice at the foot of the letter's pages"
    if facts.cue.get("firm") == "in-house":
        return 0.55, "the company's own lawyer, named over their title: no firm signs"
    if facts.cue.get("firm") == "names itself":
        return (
            0.55,
            "the letter's text names the firm giving the opinion; no letterhead or signature",
        )
    if facts.cue.get("firm") == "later pages":
        return 0.55, "only the header of a later page, a name the letter's web domain spells"
    if _ONE_LAWYER.fullmatch(firm):  # whoever agrees, a person's name is no firm's
        return 0.55, "a lawyer's own name, not a firm's: one practising alone?"
    if len(seen) >= 2:
        return 0.95, f"{seen[0]} and {seen[1]} agree"
    if seen == ["signature"]:
        return 0.8, "the signature"
    if seen == ["letterhead"]:
        if _over_profession(firm, parts["letterhead"]):
            return 0.75, 'the letterhead, above the words of its profession ("Attorneys at Law")'
        if not re.search(
            r"&|,|\b(?:LLP|L\.L\.P|P?LLC|P\.L\.L\.C|P\.?C|P\.?A|Limited|Ltd|[NB]\.V|Law)\b", firm
        ):  # (a name with "Law" says what it practises: "Northgate Law Group")
            return 0.55, "only the letterhead, and the name has no legal form (LLP, P.C. ...)"
        return 0.75, "the letterhead"
    if seen == ["the letter's web domain"]:
        return 0.55, "a name the letter's web domain spells, outside its letterhead and signature"
    if seen:
        return 0.5, "only in EDGAR's header line"
    return 0.4, "spelled differently wherever the letter names it"


_ONE_LAWYER = re.compile(
    r"(?:[A-Z][a-z]+\s+)?(?:[A-Z]\.\s*)+(?:[A-Z][a-z]+\s+)?(?:Ma?c)?[A-Z][a-z'\u2019-]+"
    r"(?:,?\s+(?:Esq\.?|Esquire|Jr\.?|Sr\.?|II|III))?"
)
"""A person's name with an initial ("Marguerite L. Ashby", "J. Quincy Doe, Esq."): a lawyer
signing alone, whose practice has no name of its own."""


def _over_profession(firm: str, letterhead: str) -> bool:
    """Whether the letterhead prints `firm` over "Avocats", "Solicitors", "Attorneys at Law"."""
    lines = [line.strip(" ,|") for line in letterhead.splitlines() if line.strip(" ,|")]
    return any(
        firm_key(line) == firm_key(firm) and PROFESSION.fullmatch(below)
        for line, below in itertools.pairwise(lines)
    )


def _addressee(addressee: str) -> Weighed:
    company = re.search(
        r"(?i)\b(?:inc|corp|corporation|company|co|ltd|limited|plc|llc|l\.?p|trust|bank|"
        r"holdings|group|board\s+of\s+directors|trustees?)\b\.?",
        addressee,
    )
    if company:
        return 0.9, "the first line of the address block, a company's name"
    return 0.65, "the first line of the address block"


def _issuer(facts: Facts, issuer: str) -> Weighed:
    confidence, how = _ISSUER_CUES.get(facts.cue.get("issuer", ""), (0.5, "the engagement"))
    if not facts.parts.get("engagement"):
        return min(confidence, 0.5), how + " - but no engagement sentence was recognised"
    engagement = " ".join(facts.parts["engagement"].split())
    if _MERGER.search(engagement) and len({firm_key(n) for n in company_names(engagement)}) > 1:
        # a merger's letter names both sides (and often is addressed to the target): which of
        # them issues the securities is for the reviewer to say
        return min(confidence, 0.55), how + "; the letter is on a merger of companies it names"
    if (owner := _REGISTERED_BY.search(engagement)) and not same_company(owner[1], issuer):
        # counsel to a selling holder: "... pursuant to Northfield's Registration Statement"
        return min(confidence, RIVAL), (
            how + f"; the registration statement is {owner[1]}'s: is {owner[1]} the issuer?"
        )
    trust = _TRUST_CLIENT.search(engagement)
    if trust and not re.search(r"(?i)\btrust\b", issuer):  # (the parent shares its first words)
        # counsel to a bank holding company and to its capital trust: the trust's preferred
        # securities, or the company's debentures and guarantee?
        return min(confidence, RIVAL), (
            how + f"; the engagement also names {trust[1]}, a trust: which of them issues the "
            "securities is for the reviewer to say"
        )
    if facts.rival and facts.cue.get("issuer") != "trust's securities":  # (its parent is named)
        # a bank and its holding company, a guarantor and its parent: the engagement's client
        # may not be the company whose securities these are
        name, times = facts.rival
        return min(confidence, RIVAL), (
            how + f"; the letter also names {name} ({times} times): which of them issues the "
            "securities is for the reviewer to say"
        )
    addressee = facts.addressee or ""
    if facts.cue.get("issuer") not in _UNCONFIRMED and firm_key(issuer) == firm_key(addressee):
        return min(confidence + 0.05, 1.0), how + ", and the letter is addressed to it"
    return confidence, how


_MERGER = re.compile(r"(?i)\b(?:merger|will acquire|acquisition of)\b")
_TRUST_CLIENT = re.compile(
    rf"\b({TRUST_NAME}),\s+an?\s+(?:Delaware\s+)?"
    r"(?:statutory|business)\s+trust\b"
)
"""A trust the engagement names beside the company ("Harrow Capital Trust II, a Delaware
statutory trust"): a capital trust whose securities the letter may be on."""
_REGISTERED_BY = re.compile(
    r"\b((?:[A-Z][\w&.-]{0,30}+,?\s+){0,4}[A-Z][\w&.-]{0,30}+)"
    + "".join(rf"(?<!\b{term})" for term in (*CLIENT_TERMS, "Depositor", "Sponsor"))
    + r"['\u2019]s\s+(?:[Rr]egistration\s+[Ss]tatement|Form\s+S-\d)"
)
"""A registration statement said to be a company's by name ("Northfield's Registration
Statement"), not the client's by a defined term ("the Company's", "the Holding Company's", "the
Depositor's registration statement"). Each word of the name is taken whole and is at most 31
characters: a run of "Aa.Aa.Aa..." is no name, and must not be read again from each of its
words (that took minutes)."""


def _exhibit(facts: Facts, exhibit: str) -> Weighed:
    pattern = re.compile(rf"(?i)\b(?:exhibit|ex-)\s*{re.escape(exhibit)}\b")
    if facts.cue.get("exhibit") == "consent":
        return 0.8, "the consent files the letter as that exhibit"
    in_header = bool(pattern.search(facts.parts.get("header", "")))
    in_heading = bool(pattern.search(facts.parts.get("heading", "")))
    if in_header and in_heading:
        return 0.95, "EDGAR's header line and the heading agree"
    return (0.9, "the heading") if in_heading else (0.8, "EDGAR's header line")


_DOCUMENT_CUES: dict[str, Weighed] = {
    "exhibit": (0.95, "the exhibit number, and the opinion the letter gives"),
    "exhibit only": (0.7, "the exhibit number alone: no clause reads as the opinion it calls for"),
    "clauses": (0.75, "the opinion the letter gives; no exhibit number says"),
    "against exhibit": (
        0.4,
        "a clause reads as a tax opinion, but the letter is filed as Exhibit 5 and no clause "
        "opines on shares or debt: which kind is it?",
    ),
    "against opinions": (
        0.4,
        "filed as Exhibit 8, but its opinion is on shares or debt and no clause reads as a tax "
        "opinion: which kind is it?",
    ),
    "nothing": (0.4, "neither an exhibit number nor an opinion clause says what kind it is"),
}
"""How sure the kind of letter is, by what told it (metadata.py's `_document`)."""


def _filing(facts: Facts) -> dict[str, Weighed]:
    weighed: dict[str, Weighed] = {}
    if facts.registration_form:
        weighed["registration_form"] = _FORM_CUES.get(
            facts.cue.get("registration_form", ""),
            (0.55, "named in the letter, outside the engagement sentence and the heading"),
        )
    if facts.file_number:
        weighed["file_number"] = (0.95, 'written as a file or registration number ("No. 333-")')
    if facts.form:
        weighed["form"] = (
            (0.85, "the consent names the Current Report on Form 8-K")
            if facts.form == "8-K"
            else (0.7, "the consent files it as an exhibit to the registration statement")
        )
    return weighed
