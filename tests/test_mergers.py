"""A merger's letter: its issuer is the company the holders end up in, not the client that
disappears (issue 8, session 13). Every company and sentence here is fictional."""

from __future__ import annotations

import pytest

from precedent_bank.importer.evidence import DOUBT_BELOW, weigh_facts
from precedent_bank.importer.mergers import acquirer
from tests.test_facts import facts_of

ACQUIRES = (
    "We have been asked for our opinion on the merger agreement whereby Harrow Bancorp Inc. "
    "will acquire Dunmore Vale Bancshares, Inc. and its bank."
)
INTO = (
    'Dunmore Vale Bancshares, Inc., a Kentucky corporation ("Dunmore"), will merge with and '
    'into Harrow Bancorp, Inc., an Ohio corporation ("Harrow"), with Harrow surviving.'
)
INTO_SUBSIDIARY = (
    "the merger of Dunmore Vale Bancshares, Inc. with and into Harrow Merger Sub, LLC, a wholly "
    "owned subsidiary of Harrow Bancorp, Inc. (the Merger)."
)
SUBSIDIARY_SAID_LATER = (
    'Dunmore Bank ("Dunmore") will merge with and into Harrow State Bank ("Harrow"). Harrow is '
    "a wholly owned subsidiary of Harrow Financial Corporation. Cash will be paid for fractions."
)


@pytest.mark.parametrize(
    ("text", "target", "survivor"),
    [
        (ACQUIRES, "Dunmore Vale Bancshares, Inc.", "Harrow Bancorp Inc."),
        # the target by the short name the letter gave it, the survivor by its full name
        (INTO, "Dunmore", "Harrow Bancorp, Inc."),
        (INTO, "Dunmore Vale Bancshares, Inc.", "Harrow Bancorp, Inc."),
        (INTO_SUBSIDIARY, "Dunmore Vale Bancshares, Inc.", "Harrow Bancorp, Inc."),
        (SUBSIDIARY_SAID_LATER, "Dunmore Bank", "Harrow Financial Corporation"),
        (
            "the merger of Dunmore with and into Harrow Acquisition Corp., a Kentucky corporation "
            '("Merger Sub") that is wholly owned by Harrow Capital Corporation, a Kentucky '
            "corporation.",
            "Dunmore",
            "Harrow Capital Corporation",
        ),
        # no issuer found yet: the merger still names who issues
        (INTO, None, "Harrow Bancorp, Inc."),
    ],
)
def test_the_company_the_holders_end_up_in_issues(
    text: str, target: str | None, survivor: str
) -> None:
    assert acquirer(text, target) == survivor


@pytest.mark.parametrize(
    "text",
    [
        'the merger of Bluejay Acquisition Corp., a Pennsylvania corporation ("Merger Sub") and a '
        'wholly owned subsidiary of Velant Systems, Inc., a Delaware corporation ("Velant"), with '
        'and into Marrowfield Software Corporation ("Marrowfield").',
        'the merger of Bluejay Acquisition Corp. ("Merger Sub") with and into Marrowfield Software '
        "Corporation. Bluejay Acquisition Corp. is a wholly owned subsidiary of Velant Systems, "
        "Inc.",
    ],
)
def test_the_client_a_parents_merger_subsidiary_merges_into_issues_nothing(text: str) -> None:
    """Target counsel's tax letter on a reverse triangular merger: the client survives the
    merger, but its holders end up with the parent's shares; the client was kept as issuer."""
    assert acquirer(text, "Marrowfield Software Corporation") == "Velant Systems, Inc."


def test_a_spin_offs_issuer_is_the_company_filing_its_form_10() -> None:
    """Parent's tax counsel on a spin-off: the parent, named first as the client, was taken for
    the issuer, and "Form 10" was no registration form."""
    facts = facts_of(
        "May 2, 2016\n\nOstrand Aero Corporation\n1 Main Street\n\nLadies and Gentlemen:\n\n",
        "We have acted as tax counsel to Ostrand Aero Corporation, a Delaware corporation "
        '("Parent"), in connection with the distribution by Parent to its stockholders of all '
        "of the outstanding shares of Halden Precision Components, Inc., a Delaware corporation "
        '("SpinCo"), as described in the Registration Statement on Form 10 filed by SpinCo with '
        "the Securities and Exchange Commission.\n\n",
    )
    assert facts.issuer == "Halden Precision Components, Inc."
    assert facts.registration_form == "10"
    weighed = weigh_facts(facts)
    assert "Form 10" in weighed["issuer"][1]


@pytest.mark.parametrize("text", [ACQUIRES, INTO, INTO_SUBSIDIARY])
def test_an_issuer_that_is_already_the_survivor_stays(text: str) -> None:
    assert acquirer(text, "Harrow Bancorp, Inc.") is None
    # nor does a letter that is on no merger move its issuer
    assert acquirer("Harrow Bancorp Inc. will issue the Notes.", "Harrow Bancorp Inc.") is None


def test_a_tax_letter_to_the_target_names_the_acquirer_in_doubt() -> None:
    engagement = (
        "We have acted as counsel to Dunmore Vale Bancshares, Inc., a Kentucky corporation "
        '("Dunmore"), in connection with the merger of Dunmore with and into Harrow Bancorp, '
        'Inc., an Ohio corporation ("Harrow"), with Harrow surviving the merger.\n'
    )
    heading = "May 4, 2021\n\nDunmore Vale Bancshares, Inc.\n1 Main Street\n\nGentlemen:\n"
    facts = facts_of(heading, engagement)
    assert (facts.issuer, facts.cue["issuer"]) == ("Harrow Bancorp, Inc.", "merger")
    assert facts.jurisdiction is None  # Kentucky is the target's
    confidence, how = weigh_facts(facts)["issuer"]
    assert confidence < DOUBT_BELOW  # which side issues is the reviewer's to confirm
    assert "merger's holders end up in" in how


@pytest.mark.parametrize(
    ("issuer", "expected"),
    [
        # the board's bank read as the issuer: the holders get the parent's stock
        ("Harrow State Bank", "Harrow Financial Corporation"),
        (None, "Harrow Financial Corporation"),
        ("Harrow Financial Corporation", None),  # already the company whose stock is given
    ],
)
def test_a_share_exchange_gives_the_holders_one_companys_stock(
    issuer: str | None, expected: str | None
) -> None:
    text = (
        'The Boards of Directors of Harrow State Bank ("Bank") and Dunmore Agency, Inc. '
        '("Dunmore") have requested our opinion on a reorganization involving Harrow Financial '
        'Corporation ("HFC"). Bank, a subsidiary of HFC, will acquire from the holders of Dunmore '
        "all of its shares solely in exchange for common stock of HFC. Upon the exchange, "
        "Dunmore will become a subsidiary of Bank."
    )
    assert acquirer(text, issuer) == expected


def test_the_board_asking_for_the_opinion_is_no_part_of_the_issuers_name() -> None:
    engagement = (
        'The respective Boards of Directors of Harrow State Bank ("Bank") and Dunmore Agency, '
        'Inc. ("Dunmore") have requested our opinion as to the tax consequences of a '
        "reorganization of Bank and Dunmore.\n"
    )
    heading = "Exhibit 8\nMay 4, 2019\n\nBoard of Directors\nHarrow State Bank\n\nGentlemen:\n"
    issuer = facts_of(heading, engagement).issuer or ""
    assert "Directors" not in issuer


def test_what_a_company_issues_in_exchange_for_anothers_stock_gives_that_stock_up() -> None:
    # "X will issue its shares solely in exchange for common stock of Y": the holders of Y get
    # X's shares, so Y is no issuer (the exchange rule of session 14 took it for one)
    text = (
        "Harrow Bancorp, Inc. will issue shares of its voting common stock solely in exchange for "
        "common stock of Dunmore Vale Bancshares, Inc."
    )
    assert acquirer(text, "Harrow Bancorp, Inc.") is None
    assert acquirer(text, None) is None
