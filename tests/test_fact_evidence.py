"""Every fact the importer reads keeps how it was found and a confidence; weak ones are doubted.

All letters here are fictional.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from precedent_bank.importer.evidence import DOUBT_BELOW
from precedent_bank.importer.letter import Letter
from precedent_bank.importer.recogniser import Recogniser
from precedent_bank.importer.record import Draft, draft_record
from precedent_bank.records.loader import LoadedRecord, validate_text
from precedent_bank.records.review import open_questions
from precedent_bank.records.yamlio import dump_yaml
from tests.conftest import ROOT

NORTHWIND = ROOT / "tests" / "letters" / "northwind-exhibit-5.txt"
SHELF = (
    "EX-5.1 2 d55512dex51.htm OPINION OF MARSH & PELL LLP\n\n"
    "March 3, 2015\n\nFarrowdale Mills, Inc.\n12 Weir Lane\nLowell, Massachusetts\n\n"
    "Ladies and Gentlemen:\n\n"
    "We have acted as counsel to Farrowdale Mills, Inc., a Massachusetts corporation, in "
    "connection with its Registration Statement on Form S-3 relating to debt securities, "
    "preferred stock and warrants.\n\n"
    "We consent to the filing of this opinion as an exhibit to the Registration Statement.\n\n"
    "Very truly yours,\n\n/s/ J. Reed\n"
)


def imported(recogniser: Recogniser, text: str, name: str = "x.txt") -> Draft:
    letter = Letter(Path(name), None, text, "text", "utf-8")
    return draft_record(letter, recogniser, today=dt.date(2026, 1, 1))


def test_facts_found_in_two_places_that_agree_are_sure(recogniser: Recogniser) -> None:
    draft = imported(recogniser, NORTHWIND.read_text("utf-8"))
    evidence = draft.data["imported"]["evidence"]
    assert evidence["firm"] == {"confidence": 0.95, "how": "letterhead and signature agree"}
    assert evidence["exhibit"]["how"] == "EDGAR's header line and the heading agree"
    found = {"date", "firm", "addressee", "issuer", "jurisdiction", "exhibit", "registration_form"}
    found.add("document")
    assert evidence["document"]["how"] == "the exhibit number, and the opinion the letter gives"
    assert found <= evidence.keys()
    assert found | {"file_number", "form", "securities", "laws"} >= evidence.keys()
    assert all(0.8 <= e["confidence"] <= 1 for e in evidence.values())
    assert draft.data["imported"].get("doubtful", []) == []


def test_one_weak_cue_makes_a_doubtful_fact_the_reviewer_sees(recogniser: Recogniser) -> None:
    draft = imported(recogniser, SHELF)
    evidence = draft.data["imported"]["evidence"]
    assert evidence["firm"]["how"] == "only in EDGAR's header line"
    assert evidence["firm"]["confidence"] < DOUBT_BELOW
    assert evidence["securities"]["confidence"] < DOUBT_BELOW  # words, not a defined term
    assert evidence["issuer"]["confidence"] >= 0.85
    doubtful = draft.data["imported"]["doubtful"]
    assert [d.split(":")[0] for d in doubtful] == ["firm", "securities"]
    assert doubtful[0] == (
        "firm: 'Marsh & Pell LLP' (confidence 0.50: only in EDGAR's header line)"
    )
    record, problems = validate_text(dump_yaml(draft.data), "x.yml", "x")
    assert record is not None, problems
    loaded = LoadedRecord("x", Path("x.yml"), "x.yml", record)
    asked = [q.text for q in open_questions(loaded)]
    assert "doubtful: " + doubtful[0] in asked


def test_an_impossible_year_is_doubted(recogniser: Recogniser) -> None:
    draft = imported(recogniser, NORTHWIND.read_text("utf-8").replace("2021", "1921", 1))
    assert draft.data["imported"]["evidence"]["date"]["confidence"] < DOUBT_BELOW
    assert any(d.startswith("date: '1921-") for d in draft.data["imported"]["doubtful"])


def test_a_registration_statement_of_another_company_doubts_the_issuer(
    recogniser: Recogniser,
) -> None:
    """Counsel to a selling holder: its client was taken for the issuer, sure and unflagged,
    though the letter says whose registration statement it is."""
    selling = SHELF.replace(
        "in connection with its Registration Statement on Form S-3 relating to debt securities, "
        "preferred stock and warrants.",
        "in connection with its sale of 8,000,000 shares of Northfield Media Group, Inc. "
        '("Northfield") under Northfield\'s Registration Statement on Form S-3.',
    )
    assert selling != SHELF
    draft = imported(recogniser, selling)
    issuer = draft.data["imported"]["evidence"]["issuer"]
    assert issuer["confidence"] < DOUBT_BELOW
    assert "the registration statement is Northfield's: is Northfield the issuer?" in issuer["how"]
    own = imported(recogniser, SHELF.replace("its Registration", "the Company's Registration"))
    assert own.data["imported"]["evidence"]["issuer"]["confidence"] >= DOUBT_BELOW


def test_a_capital_trust_beside_the_company_doubts_the_issuer(recogniser: Recogniser) -> None:
    """Delaware counsel to a bank holding company and its capital trust: the first client was
    taken for the issuer, sure and unflagged, though the securities may be the trust's."""
    trust = SHELF.replace(
        "We have acted as counsel to Farrowdale Mills, Inc., a Massachusetts corporation, in "
        "connection with its Registration Statement on Form S-3 relating to debt securities, "
        "preferred stock and warrants.",
        "We have acted as special Delaware counsel to Farrowdale Mills, Inc., a Massachusetts "
        "corporation, and to Farrowdale Mills Capital Trust II, a Delaware statutory trust, in "
        "connection with the Registration Statement on Form S-3 relating to the trust preferred "
        "securities.",
    )
    assert trust != SHELF
    issuer = imported(recogniser, trust).data["imported"]["evidence"]["issuer"]
    assert issuer["confidence"] < DOUBT_BELOW
    assert "also names Farrowdale Mills Capital Trust II, a trust" in issuer["how"]


def test_a_trust_whose_own_securities_the_letter_is_on_is_the_issuer(
    recogniser: Recogniser,
) -> None:
    """Counsel to a sponsor and to its royalty trust, on units of beneficial interest in the
    trust: the sponsor, named first, was taken for the issuer."""
    trust = SHELF.replace(
        "We have acted as counsel to Farrowdale Mills, Inc., a Massachusetts corporation, in "
        "connection with its Registration Statement on Form S-3 relating to debt securities, "
        "preferred stock and warrants.",
        "We have acted as counsel to Farrowdale Mills, Inc., a Massachusetts corporation, and to "
        "Farrowdale Timber Royalty Trust, a trust formed under the laws of the State of Texas "
        '(the "Trust"), in connection with the registration of 4,000,000 units of beneficial '
        "interest in the Trust on Form S-1.",
    )
    assert trust != SHELF
    draft = imported(recogniser, trust)
    assert draft.data["issuer"]["name"] == "Farrowdale Timber Royalty Trust"
    assert draft.data["imported"]["evidence"]["issuer"]["confidence"] >= DOUBT_BELOW
    # a Delaware trust counsel's letter names the trust's securities only further on
    later = trust.replace("units of beneficial interest in the Trust", "the matters below").replace(
        "We consent",
        "The Preferred Securities will represent valid undivided beneficial "
        "interests in the assets of the Trust.\n\nWe consent",
    )
    assert imported(recogniser, later).data["issuer"]["name"] == "Farrowdale Timber Royalty Trust"
    # the trust named beside its parent, on the parent's own securities: still the parent's
    debentures = trust.replace("units of beneficial interest in the Trust", "debentures")
    assert imported(recogniser, debentures).data["issuer"]["name"] == "Farrowdale Mills, Inc."


@pytest.mark.parametrize(
    ("evidence", "message"),
    [
        (
            "    firm_name:\n      confidence: 0.9\n      how: x\n",
            "unknown fact 'firm_name'; did you mean 'firm'?",
        ),
        ("    firm:\n      confidence: 1.5\n      how: x\n", "less than or equal to 1"),
        ("    firm:\n      confidence: 0.9\n", "how"),
    ],
)
def test_evidence_is_validated_with_its_place(
    recogniser: Recogniser, evidence: str, message: str
) -> None:
    text = dump_yaml(imported(recogniser, NORTHWIND.read_text("utf-8")).data)
    start = text.index("  evidence:\n") + len("  evidence:\n")
    text = text[:start] + evidence + text[text.index("clauses:\n") :]
    _, problems = validate_text(text, "x.yml", "x")
    errors = [p for p in problems if p.severity == "error"]
    assert len(errors) == 1, problems
    assert errors[0].line == text[:start].count("\n") + 1 + ("firm:" in evidence)
    assert message in str(errors[0])


def test_securities_keep_their_amounts(recogniser: Recogniser) -> None:
    text = NORTHWIND.read_text("utf-8")
    draft = imported(recogniser, text)
    [notes] = draft.data["securities"]
    assert notes["type"] == "debt"
    assert notes["amount"].startswith("$")
    assert notes["amount"] in " ".join(text.split())
    assert draft.data["imported"]["evidence"]["securities"]["how"].endswith(", with amounts")


def test_a_guarantors_counsel_naming_no_issuer_is_doubted() -> None:
    from precedent_bank.importer.evidence import weigh_facts
    from precedent_bank.importer.metadata import read_facts

    sentence = (
        "We have acted as special Kansas counsel to Corliss Mills, LLC, a Kansas limited "
        'liability company (the "Guarantor"), in connection with its guarantee of the notes.'
    )
    facts = read_facts(sentence, [("engagement", sentence)])
    assert weigh_facts(facts)["issuer"][0] < DOUBT_BELOW


def test_a_web_domain_that_spells_the_firm_backs_it_and_one_spelling_none_is_doubt(
    recogniser: Recogniser,
) -> None:
    body = (
        "\n\nMay 4, 2019\n\nQuillon Ridge Corp.\n1 Oak Way\n\nLadies and Gentlemen:\n\nWe have "
        'acted as counsel to Quillon Ridge Corp., a Delaware corporation (the "Company"), in '
        "connection with its Registration Statement on Form S-8.\n\nVery truly yours,\n\n"
        "/s/ J. Smith\n"
    )
    draft = imported(recogniser, "MARROW PIKE LLP\n1 Canal Street\nwww.marrowpike.com" + body)
    assert draft.data["imported"]["evidence"]["firm"] == {
        "confidence": 0.95,
        "how": "letterhead and the letter's web domain agree",
    }
    draft = imported(recogniser, "1 Canal Street\nwww.marrowpike.com" + body)
    assert draft.data.get("firm") is None
    assert draft.data["imported"]["doubtful"][0].startswith(
        "firm: not found; the letter gives the domain 'marrowpike.com'"
    )


def test_an_issuer_beside_another_company_named_again_and_again_is_doubted() -> None:
    """A holding company's conversion: the engagement's client, surely read, may not be the
    company whose stock is offered - the reviewer is told which other company the letter names."""
    from precedent_bank.importer.evidence import weigh_facts
    from precedent_bank.importer.metadata import read_facts

    sentence = (
        'We have acted as counsel to Quillon Financial Corp., a Vermont corporation (the "Company"'
        "), in connection with the plan of conversion under which Quillon Bancorp, Inc., a "
        "Maryland corporation, will offer its common stock."
    )
    text = f"{sentence}\n\nThe common stock of Quillon Bancorp, Inc. is offered.\n"
    facts = read_facts(text, [("engagement", sentence)])
    confidence, how = weigh_facts(facts)["issuer"]
    assert facts.issuer == "Quillon Financial Corp."
    assert confidence < DOUBT_BELOW
    assert "also names Quillon Bancorp, Inc. (2 times)" in how
    once = read_facts(sentence, [("engagement", sentence)])
    assert weigh_facts(once)["issuer"][0] >= DOUBT_BELOW  # named once, it is not a rival


@pytest.mark.parametrize(
    "other",
    [
        # the trustee, an underwriter: their part in the deal is never the issuer's
        "Marlow Trust Company, as trustee",
        "Pellam Securities Inc., as representative of the underwriters",
        "Marlow Trust Company, as successor indenture trustee",
        'Marlow Trust Company (the "Trustee")',
        "Marlow Trust Company, N.A., as paying agent",
        # a statute named after a corporate word; a banking authority; a determiner
        "the Delaware General Corporation Law",
        "the Federal Deposit Insurance Corporation",
        "Each Fund",
        # the client's own name, in another legal form or without one
        "Harrow Mills Corporation",
        "HARROW MILLS INC.",
    ],
)
def test_companies_that_cannot_issue_do_not_doubt_the_issuer(other: str) -> None:
    from precedent_bank.importer.evidence import weigh_facts
    from precedent_bank.importer.metadata import read_facts

    sentence = (
        'We have acted as counsel to Harrow Mills, Inc., a Delaware corporation (the "Company"), '
        f"in connection with the Notes and {other}."
    )
    text = f"{sentence}\n\nWe have relied on {other}.\n"
    facts = read_facts(text, [("engagement", sentence)])
    assert facts.rival is None
    assert weigh_facts(facts)["issuer"][0] >= DOUBT_BELOW


def test_company_names_are_read_by_their_form() -> None:
    from precedent_bank.importer.companies import company_names

    text = (
        "Quillon Energy Partners 07-A, L.P. and The Quillon Trust Company lent to Harrow "
        "Bancorp, Inc. under the Vermont Revised Uniform Limited Partnership Act. The Company"
        "\nand the Bank agree."
    )
    assert company_names(text) == [
        "Quillon Energy Partners 07-A, L.P.",
        "Quillon Trust Company",
        "Harrow Bancorp, Inc.",
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a sentence's end, a title on the line above, a salutation, a name's commas
        (
            "organized under the laws of Vermont. Harrow Bancorp, Inc. will own the Bank.",
            ["Harrow Bancorp, Inc."],
        ),
        ("Chief Executive Officer\nQuillon Bancorp, Inc.\n1 Oak Way", ["Quillon Bancorp, Inc."]),
        ("Dear Harrow Bank:", ["Harrow Bank"]),
        ("Mr. Smith, Chief Executive Officer, Quillon Bancorp", ["Quillon Bancorp"]),
        # ... but a name wrapped in narrow text is one, as are "of" and "&" inside it
        ("counsel to NovaDel\nQuillon Pharma Inc. in", ["NovaDel Quillon Pharma Inc."]),
        (
            "The Exploration Company of Quillon, Inc. and Zion Oil & Gas, Inc.",
            ["Exploration Company of Quillon, Inc.", "Zion Oil & Gas, Inc."],
        ),
        # the trustee's part, "Each", and a bank's name with "of" or "and Trust" in it
        (
            "Marlow Trust Company, as successor indenture trustee, and Each Fund and Bank of "
            "Quillon Corporation and Quillon Bank and Trust Company",
            ["Bank of Quillon Corporation", "Quillon Bank and Trust Company"],
        ),
        # a trustee's part ends its own name only
        (
            "the Indenture between Quillon Bancorp, Inc. and Marlow Trust Company, as trustee",
            ["Quillon Bancorp, Inc."],
        ),
    ],
)
def test_company_names_stop_where_a_name_does(text: str, names: list[str]) -> None:
    from precedent_bank.importer.companies import company_names

    assert company_names(text) == names


def test_a_series_numeral_is_part_of_a_companys_name() -> None:
    """ "Quillon Acquisition Corp. II" read as "Quillon Acquisition Corp." made the issuer's own
    name a rival of it, and the issuer was doubted."""
    from precedent_bank.importer.companies import rival

    name = "Quillon Acquisition Corp. II"
    text = (
        f"{name}\n1 Oak Way\n\nWe have acted as counsel to {name}, a Delaware corporation. {name}"
    )
    assert rival(text + " will issue units.", name, None) is None
    # the first of the series is another company
    other = "Quillon Acquisition Corp."
    assert rival(f"{text}. {other} and {other} merge.", name, None) == (other, 2)


def test_a_rival_is_counted_in_any_form_and_by_whole_words() -> None:
    from precedent_bank.importer.companies import company_names, rival

    text = "Dunmore Holdings, Inc. and then Dunmore Holdings lent to Ark Corporation."
    assert rival(text, "Ark Corporation", None) == ("Dunmore Holdings, Inc.", 2)
    # "ark" is in "Parkland" but is not one of its words
    text = "Parkland Holdings and then Parkland Holdings"
    assert rival(text, "Ark Corporation", None) == ("Parkland Holdings", 2)
    # the firm, named twice in a name of corporate form, is no rival
    firm = "Harlow Law Group"
    assert rival(f"{firm}. Then {firm}.", "Ark Corporation", firm) is None
    # a name read from its end is the whole name's tail: no second company
    text = "eQuillon Power Company and then eQuillon Power Company"
    assert company_names(text) == ["Power Company", "Power Company"]
    assert rival(text, "eQuillon Power Company", None) is None
    # a parent and its subsidiary, both named with a legal form, are two companies
    assert rival(
        "Popular, Inc. guarantees; Popular, Inc. owns", "Popular North America, Inc.", None
    )
