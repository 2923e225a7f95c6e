"""Deterministic synthetic opinion letters for benchmarks: realistic length and structure.

Every sentence here is written for this project; issuers, firms and people are invented.
A letter has 15-30 clauses and 3-6 KB of text, hard-wrapped or not, with the paragraphs, the
shared-paragraph qualifications and the page furniture that real letters have.
"""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from pathlib import Path
from typing import Any

from precedent_bank.records.yamlio import dump_yaml

FIRMS = [
    "Ashcombe & Rudd LLP",
    "Bellweather Strand LLP",
    "Corran Hale & Pike LLP",
    "Dunmore Vey LLP",
    "Elsworth Tarrant LLP",
    "Fenwick Orme & Sallow LLP",
    "Garrow Lisle LLP",
    "Harcastle Moy LLP",
    "Ivers Quayle LLP",
    "Jessop Marr & Tull LLP",
    "Kilbride Stone LLP",
    "Lathom Pryce LLP",
]
ISSUER_WORDS = [
    "Amber",
    "Birch",
    "Cobalt",
    "Delta",
    "Ember",
    "Fjord",
    "Granite",
    "Harbor",
    "Indigo",
    "Juniper",
    "Kestrel",
    "Lumen",
    "Meridian",
    "Nimbus",
    "Orchard",
    "Pylon",
]
ISSUER_KINDS = [
    "Holdings, Inc.",
    "Industries, Inc.",
    "Energy Corporation",
    "Therapeutics, Inc.",
    "Logistics, Inc.",
    "Financial Corp.",
    "Software, Inc.",
    "Realty Trust, Inc.",
]
STATES = ["Delaware", "New York", "Maryland", "Nevada", "Ohio", "Texas"]

OPENINGS = [
    'We have acted as counsel to {issuer}, a {state} corporation (the "Company"), in connection '
    'with its Registration Statement on Form {form} (the "Registration Statement"), which the '
    'Company has submitted to the U.S. Securities and Exchange Commission (the "Commission") to '
    'register {amount} of its {security} (the "Securities") under the Securities Act of 1933 '
    '(the "Securities Act").',
    "This letter is delivered to you in our capacity as special counsel to {issuer} (the "
    '"Company") in connection with the offer and sale of {amount} of its {security} (the '
    '"Securities") pursuant to a prospectus supplement dated {date} to the prospectus included in '
    "the Company's registration statement on Form {form}.",
]
REVIEW = [
    "In rendering the opinions below we reviewed the certificate of incorporation and by-laws of "
    "the Company, resolutions of its board of directors, the {doc} and such other records, "
    "certificates and documents as we considered appropriate, and we made such inquiries of law as "
    "we judged necessary for the opinions set out in this letter.",
    "For purposes of this letter we have examined originals, or copies identified to our "
    "satisfaction, of the {doc}, the corporate records of the Company we considered relevant and "
    "certificates of officers of the Company and of public officials.",
]
GENUINE = [
    "We have assumed the genuineness of all signatures, the legal capacity of each natural person "
    "signing any document, the authenticity of documents submitted to us as originals and the "
    "conformity to the originals of all documents submitted to us as copies.",
]
FACTS = [
    "As to questions of fact material to these opinions we have relied, without independent "
    "verification, on certificates and oral or written statements of officers of the Company and "
    "of public officials.",
]
OTHER_PARTIES = [
    "We have also assumed that the {doc} has been duly authorized, executed and delivered by "
    "each party to it other than the Company, and that it is a valid and binding obligation of "
    "each such party, enforceable against it in accordance with its terms.",
]
ASSUMPTIONS = [
    "We have further assumed that the Registration Statement will have become effective under "
    "the Securities Act before any Securities are sold, and that the Securities will be issued "
    "and sold in the manner the prospectus describes.",
    "We have assumed that at the time of issuance the Company will have a sufficient number of "
    "authorized but unissued shares and that no resolution relied upon will have been rescinded.",
]
OPINIONS = {
    "debt": "On the basis of the foregoing, and subject to the qualifications set out below, we "
    "are of the opinion that, when the Securities have been duly executed and authenticated in "
    "accordance with the {doc} and delivered against payment, the Securities will constitute "
    "valid and binding obligations of the Company, enforceable against it in accordance with "
    "their terms and entitled to the benefits of the {doc}.",
    "equity": "Based upon the foregoing, it is our opinion that the Securities have been duly "
    "authorized and, when issued and paid for as contemplated by the Registration Statement, will "
    "be validly issued, fully paid and non-assessable.",
}
BANKRUPTCY = (
    "Our opinion above is subject to (a) the effect of applicable bankruptcy, insolvency, "
    "reorganization, receivership, fraudulent transfer, moratorium and similar laws affecting the "
    "rights of creditors generally,"
)
EQUITY = (
    " (b) general equitable principles, whether applied in a proceeding at law or in equity, "
    "including concepts of reasonableness, materiality and good faith, and"
)
INDEMNITY = (
    " (c) the possible unenforceability of provisions for indemnification or contribution that "
    "a court finds contrary to public policy."
)
LAWS = [
    "Our opinions are confined to New York law and the Delaware General Corporation Law; we "
    "express none on the law of any other jurisdiction.",
    "This letter is limited to the federal laws of the United States and the laws of the State of "
    "{state}, and we express no view on the laws of any other jurisdiction.",
]
DATE_LIMIT = (
    "This letter speaks as of its date, and we undertake no duty to advise you of any change of "
    "law or fact occurring after that date that might affect the opinions expressed above."
)
SCOPE = (
    "The opinions expressed above are limited to the matters stated, and no other opinion may be "
    "inferred or implied beyond them."
)
CONSENT = (
    "We consent to the filing of this letter as an exhibit to the Registration Statement and to "
    'the reference to this firm under the heading "Legal Matters" in the prospectus.'
)
SECTION7 = (
    " In giving this consent we do not concede that we are within the category of persons whose "
    "consent is required under Section 7 of the Securities Act or the rules of the Commission."
)


def letter(index: int) -> dict[str, Any]:
    """The record (as plain data) of synthetic letter number `index`."""
    rng = random.Random(index)
    issuer = f"{rng.choice(ISSUER_WORDS)} {rng.choice(ISSUER_WORDS)} {rng.choice(ISSUER_KINDS)}"
    firm = rng.choice(FIRMS)
    state = rng.choice(STATES)
    date = dt.date(1995, 1, 1) + dt.timedelta(days=rng.randrange(30 * 365))
    kind = rng.choice(["debt", "equity"])
    form = rng.choice(["S-3", "S-8", "S-1", "8-K"])
    facts = {
        "issuer": issuer,
        "state": state,
        "form": form,
        "date": f"{date:%B %d, %Y}",
        "amount": f"${rng.randrange(1, 40) * 25},000,000"
        if kind == "debt"
        else f"{rng.randrange(1, 90) * 100_000:,} shares",
        "security": "Senior Notes" if kind == "debt" else "common stock, par value $0.01 per share",
        "doc": "Indenture" if kind == "debt" else "Plan",
    }
    wrap = rng.random() < 0.5  # half the letters are hard-wrapped at 78 columns, as .txt exhibits
    clauses: list[dict[str, Any]] = []

    def add(ctype: str, text: str, same: bool = False) -> None:
        text = text.format(**facts)
        body = textwrap.fill(text, 78, drop_whitespace=False) if wrap else text
        clause: dict[str, Any] = {"type": ctype, "text": body + ("" if same else "\n\n")}
        if clauses and not clauses[-1]["text"].endswith("\n\n"):
            clause["paragraph"] = "same"
        clauses.append(clause)

    clauses.append(
        {
            "type": "heading",
            "text": f"Exhibit 5.1\n\n{firm}\n\n{date:%B %d, %Y}\n\n"
            f"{issuer}\n{rng.randrange(10, 999)} Main Street\nSpringfield, {state}\n\n"
            "Ladies and Gentlemen:\n\n",
        }
    )
    add("engagement", rng.choice(OPENINGS))
    add("documents-examined", rng.choice(REVIEW), same=True)
    add("assumption-genuineness", " " + rng.choice(GENUINE), same=True)
    add("assumption-factual-reliance", " " + rng.choice(FACTS))
    if kind == "debt":
        add("assumption-other-parties", rng.choice(OTHER_PARTIES))
    for text in rng.sample(ASSUMPTIONS, rng.randrange(1, 3)):
        add("assumption-other", text)
    clauses.append({"type": "page-furniture", "text": f"{issuer}\n{date:%B %d, %Y}\nPage 2\n\n"})
    add("opinion-debt" if kind == "debt" else "opinion-equity", OPINIONS[kind])
    if kind == "debt":
        add("qualification-bankruptcy", BANKRUPTCY, same=True)
        add("qualification-equity", EQUITY, same=True)
        add("qualification-indemnification", INDEMNITY)
    for _ in range(rng.randrange(2, 8)):  # longer letters repeat review-type paragraphs
        add(
            rng.choice(["assumption-other", "documents-examined"]), rng.choice(ASSUMPTIONS + REVIEW)
        )
    add("limitation-jurisdiction", rng.choice(LAWS))
    add("limitation-scope", SCOPE)
    add("limitation-date", DATE_LIMIT)
    add("consent", CONSENT, same=True)
    add("consent-section-7", SECTION7)
    clauses.append({"type": "signature", "text": f"Very truly yours,\n\n/s/ {firm}\n"})
    return {
        "title": f"{issuer} - {facts['amount']} {facts['security'].split(',')[0]}",
        "document": "legality-opinion",
        "exhibit": "5.1",
        "date": date,
        "firm": firm,
        "issuer": {"name": issuer, "jurisdiction": state},
        "securities": [{"type": kind, "description": facts["security"], "amount": facts["amount"]}],
        "filing": {"form": form},
        "laws": ["New York"] if kind == "debt" else [state],
        "source": "Synthetic benchmark letter; fictional.",
        "clauses": clauses,
    }


def write_bank(folder: Path, n: int) -> int:
    """N synthetic records (`letter(0)`... as YAML) in the new folder `folder`; their total
    size in bytes."""
    folder.mkdir(parents=True)
    size = 0
    for i in range(n):
        text = dump_yaml(letter(i))
        (folder / f"synthetic-{i:05d}.yml").write_text(text, "utf-8")
        size += len(text.encode("utf-8"))
    return size
