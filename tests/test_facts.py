"""Facts with evidence: firms matched to the bank, impossible facts emptied, where each was read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from precedent_bank.importer.checks import check_facts, fact_lines
from precedent_bank.importer.evidence import DOUBT_BELOW, weigh_facts
from precedent_bank.importer.firms import firm_key, looks_like_firm
from precedent_bank.importer.letter import Letter
from precedent_bank.importer.metadata import Facts, find_firm
from precedent_bank.importer.recogniser import Recogniser
from precedent_bank.importer.record import draft_record
from tests.conftest import ROOT

NORTHWIND = ROOT / "tests" / "letters" / "northwind-exhibit-5.txt"


@pytest.mark.parametrize(
    "spelling",
    ["Andrews & Kurth L.L.P.", "ANDREWS KURTH LLP", "Andrews and Kurth", "Andrews Kurth, P.C."],
)
def test_spellings_of_one_firm_share_a_key(spelling: str) -> None:
    assert firm_key(spelling) == "andrews kurth"


def test_accents_do_not_make_two_firms() -> None:
    # a letterhead writes the accent, the signature or the bank may not
    assert firm_key("Quintero Méndez & Álvarez LLP") == firm_key("QUINTERO MENDEZ & ALVAREZ LLP")


@pytest.mark.parametrize(
    "building", ["Harbor Pavilion", "Quillon Commerce Center", "Tessaly Tower"]
)
def test_a_buildings_name_over_the_street_is_not_the_firm(building: str) -> None:
    from precedent_bank.importer.metadata import find_firm

    heading = f"{building}\n1200 Main Street\nDallas, Texas 75201\n" + DATED
    assert find_firm("", heading, "", heading + ENGAGED) is None


def test_a_surname_that_names_buildings_too_stays_the_firm() -> None:
    from precedent_bank.importer.metadata import find_firm

    heading = "Lee Park\n1200 Main Street\nDallas, Texas 75201\n" + DATED
    assert find_firm("", heading, "/s/ Lee Park\n", heading + ENGAGED) == "Lee Park"


def test_an_item_in_lower_case_is_no_lawyers_name() -> None:
    """Only a name in capitals heads a letter: "a. the Company 12 ..." at a line's start is an
    item, not "A. The Company" practising alone."""
    facts = facts_of(
        "", "We have acted as counsel to the Company.\n", header="a. the Company 12 x\n" + DATED
    )
    assert facts.firm is None


def test_a_letter_flattened_to_one_line_to_a_company_that_asked_for_it() -> None:
    """The addressee right after the date, before its street address, on the one line a
    flattened filing leaves; the engagement says "You have requested", so it is the issuer."""
    heading = (
        "EXHIBIT 8.1 December 12, 2000 Quillon Bank Corporation One Quillon Plaza Buffalo, "
        "NY 14203 Ladies and Gentlemen:\n"
    )
    engagement = "You have requested our opinion as to the federal income tax consequences.\n"
    facts = facts_of(heading, engagement)
    assert facts.addressee == "Quillon Bank Corporation"
    assert (facts.issuer, facts.cue["issuer"]) == ("Quillon Bank Corporation", "addressee")


@pytest.mark.parametrize(
    "after_date",
    [
        # its board before it, and a street number of more than one figure after it
        "Board of Directors Quillon Bancorp Inc. 25 West Main Street Madison, WI 53703 ",
        "The Board of Directors of Quillon Bancorp Inc. 1400 Lake Avenue Madison, WI 53703 ",
    ],
)
def test_a_flattened_letter_to_a_companys_board(after_date: str) -> None:
    heading = f"EXHIBIT 8.1 September 13, 2001 {after_date}Gentlemen:\n"
    engagement = "You have asked for our opinion on the federal income tax treatment.\n"
    facts = facts_of(heading, engagement)
    assert (facts.addressee, facts.issuer) == ("Quillon Bancorp Inc.", "Quillon Bancorp Inc.")


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # a defined term glued to "the", a space before the comma, the entity in capitals
        (
            'Re: Registration Statement on Form SB-2 (the "Registration Statement"), of QUILLON '
            'MINES, INC. , a Nevada Corporation (the"Company\u201d)\nGentlemen:\nI have acted as '
            "special counsel for the Company.\n",
            "QUILLON MINES, INC.",
        ),
        # "counsel" with its "to" lost, a doubled full stop, the article inside the quotes
        (
            "I have acted as counsel Quillon Group, Inc.., a Nevada corporation (\u201cthe "
            "Company\u201d), in connection with a Registration Statement on Form SB-2.\n",
            "Quillon Group, Inc.",
        ),
        # a programme named before its issuer, in the subject line
        (
            "Re: Prospectus Supplement, dated August 20, 1997, for Medium-Term Note Program of "
            'Quillon Partners Limited Partnership, a Michigan limited partnership (the "Company")'
            "\nGentlemen:\nWe have acted as counsel to the Company.\n",
            "Quillon Partners Limited Partnership",
        ),
        # the subject line defines the client; the engagement names the merger's other party
        (
            "Quillon Tern Holdings Ltd. (the \u201cCompany\u201d)\nGentlemen:\nWe have acted as "
            "legal counsel to the Company in connection with the registration statement on Form "
            "F-4 filed by the Company, relating to the issue by the Company of ordinary shares to "
            "the stockholders of Saltwick Acquisition Corp., a Delaware corporation "
            "(\u201cSaltwick\u201d).\n",
            "Quillon Tern Holdings Ltd.",
        ),
        # a savings institution's conversion: the new holding company issues the stock
        (
            "Re: State Tax Opinion\nGentlemen:\nThis letter gives our opinion on the conversion "
            'of Quillon Savings Association (the "Association"), Quillon Bancshares, Inc. (the '
            '"Holding Company") and the eligible account holders.\n',
            "Quillon Bancshares, Inc.",
        ),
    ],
)
def test_issuers_named_carelessly(text: str, issuer: str) -> None:
    from precedent_bank.importer.metadata import read_facts

    heading, _, engagement = text.rpartition("Gentlemen:\n")
    heading += "Gentlemen:\n"
    clauses = [("heading", heading), ("engagement", engagement)] if engagement else []
    assert read_facts(text, clauses or [("engagement", text)]).issuer == issuer


def test_a_date_glued_to_the_next_word_is_the_letters() -> None:
    facts = facts_of("Exhibit 5.1\nJuly 28, 2006Quillon Travel Inc.\nGentlemen:\n", ENGAGED)
    assert facts.date == dt.date(2006, 7, 28)


def test_the_letters_word_for_its_client_is_no_issuers_name() -> None:
    engagement = (
        "This opinion is furnished in connection with the registration of 1,000,000 shares of "
        "Company common stock under the Plan.\n"
    )
    facts = facts_of("EXHIBIT 5.1\nMay 4, 2021\n\nGentlemen:\n", engagement)
    assert facts.issuer is None


def test_a_company_the_letter_is_addressed_to_is_the_issuer_only_in_doubt() -> None:
    """No client named anywhere: the company addressed is most likely the issuer, but not
    surely (a letter may be addressed to a parent or an underwriter), so it is doubted."""
    heading = "May 4, 2021\n\nQuillon Holdings, Inc.\n1 Main Street\n\nGentlemen:\n"
    facts = facts_of(heading, "I have reviewed the registration statement on Form SB-2.\n")
    assert (facts.issuer, facts.cue["issuer"]) == ("Quillon Holdings, Inc.", "only the addressee")
    confidence, how = weigh_facts(facts)["issuer"]
    assert confidence < DOUBT_BELOW
    assert "only the company the letter is addressed to" in how


def test_a_lawyers_title_does_not_make_a_second_firm() -> None:
    assert firm_key("Jane Q. Tarleton, Esq.") == firm_key("JANE Q. TARLETON")


def test_the_firm_is_spelled_as_the_bank_spells_it() -> None:
    facts = Facts(firm="HALVERSON & TRENT L.L.P.")
    check_facts(facts, ["Marsh & Pell LLP", "Halverson & Trent LLP"])
    assert facts.firm == "Halverson & Trent LLP"
    assert facts.doubtful == []


def test_a_client_taken_for_the_firm_is_emptied_and_said_why() -> None:
    facts = Facts(firm="Tidewater Shipping Ltd.", issuer="Tidewater Shipping Limited")
    check_facts(facts)
    assert facts.firm is None
    assert facts.doubtful == [
        "firm: 'Tidewater Shipping Ltd.' is the issuer's name, not counsel's; left empty"
    ]
    assert "firm" in facts.missing


def test_an_office_address_is_no_addressee_and_odd_firms_are_doubted() -> None:
    facts = Facts(firm="Acme Holdings, Inc.", addressee="2200 Foothill Road")
    check_facts(facts)
    assert facts.addressee is None
    assert facts.firm == "Acme Holdings, Inc."  # kept, but doubted
    assert [d.split(":")[0] for d in facts.doubtful] == ["firm", "addressee"]
    assert looks_like_firm("Jones Day")
    assert not looks_like_firm("Wexford")
    # an in-house lawyer's title, or half a name, is no firm's name
    assert not looks_like_firm("Assistant Vice President & Senior Counsel")
    assert not looks_like_firm("Halvern, Pike &")
    assert looks_like_firm("Halvern, Pike & Moss LLP")
    # partners' names and a professional limited company's "PLC"; a company's "plc" alone is not
    assert looks_like_firm("Halvern, Pike & Moss, PLC")
    assert not looks_like_firm("Harrow Holdings plc")


def test_a_firm_naming_itself_in_the_third_person_is_the_firm() -> None:
    """As accounting firms open their tax opinions: the name, its short name, "has been
    requested"."""
    from precedent_bank.importer.metadata import _self_named

    opening = (
        "Pellworth, Dane & Quist, LLP (\u201cPDQ\u201d) has been requested by Harbor Crest "
        "Savings Bank to give its opinion on the state tax consequences of the conversion."
    )
    assert _self_named("Re: Plan of Conversion\n\n" + opening) == "Pellworth, Dane & Quist, LLP"
    assert _self_named("Re: Plan\n\nHarbor Crest Savings Bank has been requested to ...") is None


def test_each_fact_says_which_line_it_was_read_from(recogniser: Recogniser) -> None:
    text = NORTHWIND.read_text("utf-8")
    draft = draft_record(Letter(NORTHWIND, None, text, "text", "utf-8"), recogniser)
    lines = draft.data["imported"]["lines"]
    split = text.split("\n")
    assert "Halverson & Trent" in split[lines["firm"] - 1]
    assert "April 7, 2021" in split[lines["date"] - 1]
    assert "Northwind Logistics" in split[lines["addressee"] - 1]
    assert fact_lines("x", Facts()) == {}


def test_titles_name_the_issuer_and_every_security_never_the_file(recogniser: Recogniser) -> None:
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Harbor Peak Group, Inc., a "
        "Delaware corporation, in connection with its registration statement on Form S-3 "
        "relating to debt securities, preferred stock, common stock and warrants.\n"
    )
    letter = Letter(Path("055.txt"), None, text, "text", "utf-8")
    title = draft_record(letter, recogniser).data["title"]
    assert title.startswith("Harbor Peak Group, Inc. - ")
    for kind in ("preferred stock", "warrants", "debt securities", "common stock"):
        assert kind in title
    bare = Letter(Path("055.txt"), None, "Ladies and Gentlemen:\n\nWe consent.\n", "text", None)
    assert "055" not in draft_record(bare, recogniser).data["title"]
    # the filing's tax letter beside its legality opinion: not the same title
    tax = Letter(Path("81.txt"), None, "Exhibit 8.1\n\n" + text, "text", "utf-8")
    assert (
        draft_record(tax, recogniser)
        .data["title"]
        .startswith("Harbor Peak Group, Inc. - tax opinion on ")
    )


@pytest.mark.parametrize(
    ("engagement", "title"),
    [
        # the words after "of" name the issuer, not the security: the defined term stands in
        (
            "with respect to 200,000 shares of common stock of the Company, with no par value "
            '(the "Shares"), issuable under its plan.',
            "Harbor Peak Group, Inc. - Shares",
        ),
        # a sentence runs on before the number of securities
        (
            "to be filed with the Securities and Exchange Commission today in order to register "
            '95,510 common shares (the "Common Shares") under its plan.',
            "Harbor Peak Group, Inc. - 95,510 common shares",
        ),
        # a description that goes on as a clause: the title keeps the name
        (
            'relating to its Senior Notes, which may be senior or subordinated (the "Notes").',
            "Harbor Peak Group, Inc. - Senior Notes",
        ),
        # a clause between the name and its term, and a sentence before the next term: neither
        # "1933" nor "... will be guaranteed by ..." names a security
        (
            "relating to $450,000,000 of its 6.125% Senior Notes due 2031 that have been "
            'registered under the Securities Act of 1933, as amended (the "Exchange Notes"). '
            'The Exchange Notes will be guaranteed by its subsidiaries (the "Guarantees").',
            "Harbor Peak Group, Inc. - 6.125% Senior Notes due 2031 and Guarantees",
        ),
        # a bare count gets its class from after the term; a warrant is not what it buys
        (
            'relating to (i) 3,000,000 shares (the "Firm Shares") of its common stock, no par '
            'value (the "Common Stock"), and (ii) warrants to purchase up to 3,000,000 shares '
            'of Common Stock (the "Public Warrants").',
            "Harbor Peak Group, Inc. - 3,000,000 shares of common stock and Public Warrants",
        ),
        # a clause after the registration statement, not after the security: it stays
        (
            'relating to its registration statement (the "Registration Statement"), which was '
            'filed for the sale of 24,000 membership units (the "Units").',
            "Harbor Peak Group, Inc. - 24,000 membership units",
        ),
    ],
)
def test_titles_name_the_securities_not_the_words_around_them(
    recogniser: Recogniser, engagement: str, title: str
) -> None:
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Harbor Peak Group, Inc., a "
        'Delaware corporation (the "Company"), in connection with its registration statement '
        f"on Form S-8 {engagement}\n"
    )
    letter = Letter(Path("055.txt"), None, text, "text", "utf-8")
    assert draft_record(letter, recogniser).data["title"] == title


SUBMISSION = """<SEC-DOCUMENT>0000950123-21-000001.txt : 20210407
<SEC-HEADER>0000950123-21-000001.hdr.sgml : 20210407
ACCESSION NUMBER:\t\t0000950123-21-000001
CONFORMED SUBMISSION TYPE:\t8-K
FILED AS OF DATE:\t\t20210407
FILER:
\tCOMPANY DATA:
\t\tCOMPANY CONFORMED NAME:\t\t\tNORTHWIND LOGISTICS INC
\t\tCENTRAL INDEX KEY:\t\t\t0001234567
</SEC-HEADER>
<DOCUMENT>
<TYPE>EX-5.1
<SEQUENCE>2
<FILENAME>d901234dex51.htm
<TEXT>
{letter}
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""


def test_provenance_from_the_edgar_header(recogniser: Recogniser, tmp_path: Path) -> None:
    from precedent_bank.importer.sources import read_letters

    path = tmp_path / "0000950123-21-000001.txt"
    body = NORTHWIND.read_text("utf-8").split("\n", 1)[1]  # without the document's header line
    path.write_text(SUBMISSION.format(letter=body), "utf-8")
    [letter] = read_letters(path)
    data = draft_record(letter, recogniser).data
    assert data["filing"]["accession"] == "0000950123-21-000001"
    assert data["filing"]["cik"] == "1234567"
    assert str(data["filing"]["filed"]) == "2021-04-07"
    assert data["filing"]["form"] == "8-K"
    assert data["filing"]["url"] == (
        "https://www.sec.gov/Archives/edgar/data/1234567/000095012321000001/"
    )
    assert data["source"] == (
        "EDGAR Form 8-K, filed 2021-04-07, accession 0000950123-21-000001 (EX-5.1)"
    )


@pytest.mark.parametrize(
    ("url", "valid"),
    [
        ("https://www.sec.gov/Archives/edgar/data/1234567/000095012321000001/", True),
        ("javascript:alert(1)", False),
        ("https://example.com/Archives/edgar/data/1/2/", False),
    ],
)
def test_a_filing_link_can_only_point_to_edgar(url: str, valid: bool) -> None:
    from precedent_bank.records.loader import validate_text

    text = (
        f"title: T\ndocument: other\ndate: null\nfirm: null\nfiling:\n  url: '{url}'\n"
        "clauses:\n- type: other\n  text: x\n"
    )
    record, problems = validate_text(text, "x.yml", "x")
    assert (record is not None) is valid, problems


@pytest.mark.parametrize(
    ("sentence", "form", "number"),
    [
        ("its registration statement on Form SB-2 (File No. 333-45678)", "SB-2", "333-45678"),
        ("the registration statement on Form S-3 (No. 333-101010)", "S-3", "333-101010"),
        (
            "Post-Effective Amendment No. 2 to Form S-1, Registration Number 333-9876",
            "S-1",
            "333-9876",
        ),
        ("the Registration Statement on FORM S-8 (SEC File No. 333-55555)", "S-8", "333-55555"),
        ("the registration statement on form f-3 asr", "F-3ASR", None),
        (
            "Post-Effective Amendment No. 1 on Form S-3 to Registration Statement No. 333-98765",
            "S-3",
            "333-98765",
        ),
    ],
)
def test_registration_forms_and_file_numbers(sentence: str, form: str, number: str | None) -> None:
    from precedent_bank.importer.metadata import read_facts

    text = f"We have acted as counsel to Quill Ridge Corp. in connection with {sentence}.\n"
    facts = read_facts(text, [("engagement", text)])
    assert (facts.registration_form, facts.file_number) == (form, number)


LETTER_BODY = (
    "Ladies and Gentlemen:\n\nWe have acted as counsel to Quillon Ridge Corp., a Delaware "
    'corporation (the "Company"), in connection with {what}.\n\nBased on the foregoing, we are '
    "of the opinion that the Shares are validly issued, fully paid and nonassessable.\n\n"
    "We consent to the filing of this opinion as an exhibit to the Registration Statement.\n\n"
    "Very truly yours,\n\n{signature}\n"
)
SHARES = (
    "the Registration Statement on Form S-3 (File No. 333-201234) relating to 1,000,000 shares "
    'of common stock (the "Shares")'
)


def fictional(head: str, signature: str, what: str = SHARES) -> str:
    return (
        head
        + "\n\nMay 4, 2019\n\nQuillon Ridge Corp.\n1 Oak Way\nBoulder, Colorado\n\n"
        + (LETTER_BODY.format(what=what, signature=signature))
    )


@pytest.mark.parametrize(
    ("head", "signature", "firm", "sure"),
    [
        # a name without LLP or "&", signed with the same name
        (
            "Brenner Hollis\n900 Tamarack Street\nDenver, Colorado",
            "/s/ Brenner Hollis",
            "Brenner Hollis",
            True,
        ),
        # the same name, signed by a partner only: kept, but doubted
        ("Brenner Hollis\n900 Tamarack Street", "/s/ J. Smith", None, False),
        # a line above no street address is no letterhead
        ("Highly Confidential\n\nDraft", "/s/ J. Smith", "", False),
        # a letterhead in capitals, written as firms write their names
        ("ABERNATHY & FELL\n200 CANAL STREET", "ABERNATHY & FELL", "Abernathy & Fell", True),
        (
            "O'DELL TRASK-MOORE P.C.\n200 CANAL STREET",
            "/s/ J. Smith",
            "O'Dell Trask-Moore P.C.",
            True,
        ),
        # bracketed letterheads, with and without a legal form
        ("[CORVALE STANTON LETTERHEAD]", "/s/ Corvale Stanton", "Corvale Stanton", True),
        ("[Letterhead of Marrow Pike LLP]", "/s/ J. Smith", "Marrow Pike LLP", True),
        # a name in capitals a narrow signature block broke before its "&"
        ("", "HALVERN PIKE QUILLAN\n& MOSS, P.C.", "Halvern Pike Quillan & Moss, P.C.", True),
        # a letterhead flattened to one line, the firm a "Professional Law Corporation"
        (
            "TARVEN ROUSSEL DUPLANTIER A Professional Law Corporation Lafourche, LA 70301 "
            "P.O. Drawer 88 Telephone (985) 555-0100",
            "/s/ J. Smith",
            "Tarven Roussel Duplantier A Professional Law Corporation",
            True,
        ),
        # a lowercase letterhead
        (
            "tessaly ground llp\n40 elm court, portland, oregon",
            "/s/ J. Smith",
            "Tessaly Ground LLP",
            True,
        ),
    ],
)
def test_firms_in_letterhead_styles_the_importer_had_not_seen(
    recogniser: Recogniser, head: str, signature: str, firm: str | None, sure: bool
) -> None:
    from precedent_bank.importer.evidence import DOUBT_BELOW

    data = draft_record(
        Letter(Path("x.txt"), None, fictional(head, signature), "text", None), recogniser
    ).data
    if firm is None:  # a letterhead's first line alone, with no legal form: a doubtful firm
        assert data["imported"]["evidence"]["firm"]["confidence"] < DOUBT_BELOW
        assert data["imported"]["doubtful"][0].startswith("firm: 'Brenner Hollis'")
        return
    if not firm:
        assert data["firm"] is None
        assert "firm" in data["imported"]["missing"]
        return
    assert data["firm"] == firm
    assert (data["imported"]["evidence"]["firm"]["confidence"] >= DOUBT_BELOW) is sure


def test_an_offshore_letter_signed_with_the_clients_name_takes_counsel_from_the_letterhead(
    recogniser: Recogniser,
) -> None:
    text = (
        "PELLAM & GRAY\nCanon's Court\n22 Victoria Street\nHamilton HM 12\nBermuda\n\n"
        "12 March 2020\n\nQuillon Ridge Ltd.\nClarendon House\nHamilton HM 11\n\nDear Sirs\n\n"
        "We have acted as special Bermuda legal counsel to Quillon Ridge Ltd., a Bermuda exempted "
        "company, in connection with its registration statement on Form S-8 relating to 2,000,000 "
        'common shares (the "Shares").\n\nYours faithfully\n\nQuillon Ridge Ltd.\n'
    )
    data = draft_record(Letter(Path("x.txt"), None, text, "text", None), recogniser).data
    assert data["firm"] == "Pellam & Gray"
    assert data["addressee"] == "Quillon Ridge Ltd."
    assert data["filing"]["registration_form"] == "S-8"


def test_a_form_named_only_in_the_re_line_is_found(recogniser: Recogniser) -> None:
    head = "Brask Ottley LLP"
    text = fictional(head, "/s/ Brask Ottley LLP", "the Registration Statement")
    text = text.replace(
        "Ladies", "Re: Registration Statement on Form S-8\n(File No.  333-55555)\n\nLadies"
    )
    data = draft_record(Letter(Path("x.txt"), None, text, "text", None), recogniser).data
    assert data["filing"]["registration_form"] == "S-8"
    assert data["filing"]["file_number"] == "333-55555"


def test_a_shelf_defining_one_of_its_kinds_records_them_all_and_doubts_them(
    recogniser: Recogniser,
) -> None:
    shelf = (
        "a Registration Statement on Form S-3 relating to (i) senior debt securities, (ii) shares "
        'of the Company\'s common stock, par value $0.01 per share (the "Common Stock"), (iii) '
        "preferred stock and (iv) warrants"
    )
    data = draft_record(
        Letter(
            Path("x.txt"),
            None,
            fictional("Brask Ottley LLP", "/s/ Brask Ottley LLP", shelf),
            "text",
            None,
        ),
        recogniser,
    ).data
    assert sorted(s["type"] for s in data["securities"]) == [
        "debt",
        "equity",
        "preferred",
        "warrant",
    ]
    assert data["imported"]["doubtful"][0].startswith("securities: ")


@pytest.mark.parametrize(
    ("source", "kinds"),
    [
        ('outstanding warrants (the "Warrants")', ["equity"]),
        ('the Company\'s 2.50% Convertible Notes due 2030 (the "Notes")', ["equity"]),
    ],
)
def test_what_registered_shares_are_issued_upon_is_not_itself_registered(
    source: str, kinds: list[str]
) -> None:
    from precedent_bank.importer.metadata import read_facts

    sentence = (
        "We have acted as counsel to Quarrystone Therapeutics, Inc., a Delaware corporation, in "
        "connection with the resale of up to 3,200,000 shares of its common stock (the "
        f'"Underlying Shares") issuable upon the exercise or conversion of {source}.'
    )
    facts = read_facts(sentence, [("engagement", sentence)])
    assert [kind for kind, _ in facts.securities] == kinds


def test_warrants_registered_beside_their_shares_are_both_recorded() -> None:
    from precedent_bank.importer.metadata import read_facts

    sentence = (
        "We have acted as counsel to Quarrystone Therapeutics, Inc., a Delaware corporation, in "
        'connection with the offering of 1,000,000 warrants (the "Warrants") and the shares of '
        'its common stock issuable upon their exercise (the "Warrant Shares").'
    )
    facts = read_facts(sentence, [("engagement", sentence)])
    assert sorted(kind for kind, _ in facts.securities) == ["equity", "warrant"]


OFFSHORE = (
    "PELLAM & GRAY\n\n12 March 2020\n{block}\n\nDear Sirs\n\nWe have acted as special Bermuda "
    "legal counsel to Quillon Ridge Ltd., a Bermuda exempted company, in connection with its "
    'registration statement on Form S-8 relating to 2,000,000 common shares (the "Shares").\n\n'
    "Yours faithfully\n\n/s/ Pellam & Gray\n"
)


@pytest.mark.parametrize("lead", ["Dated this", "Dated", "Date:", "Effective as of"])
def test_words_leading_into_the_date_are_no_addressee(lead: str) -> None:
    from precedent_bank.importer.metadata import _addressee

    heading = f"PELLAM & GRAY LLP\n\n{lead} 3rd day of February, 2025\n\nQuillon Ridge Corp.\n"
    assert _addressee(heading + "1 Oak Way\n\nLadies and Gentlemen:\n") == "Quillon Ridge Corp."
    # a name before the date on its line is still the addressee
    assert _addressee("Quillon Ridge Corp. May 4, 2019\n\nLadies and Gentlemen:\n") == (
        "Quillon Ridge Corp."
    )


@pytest.mark.parametrize(
    "dated", ["Baltimore, Maryland, the 3rd day of May, 2019", "Baltimore, Maryland, May 3, 2019"]
)
def test_the_place_a_letter_is_written_is_no_addressee(dated: str) -> None:
    from precedent_bank.importer.metadata import _addressee

    heading = f"[Letterhead of Pellam & Gray PLLC]\n\n{dated}\n\nQuillon Trust, Inc.\n"
    assert _addressee(heading + "1 Oak Way\n\nLadies and Gentlemen:\n") == "Quillon Trust, Inc."


def test_the_firms_own_office_and_a_greeting_to_the_board_are_no_addressee() -> None:
    """A letterhead's office block below the date ("Salt Lake City Office" over its street) is
    passed over for the block after it; with none after it, it is doubted, never kept; and "To
    the Board of Directors:" with its colon is the greeting, no addressee."""
    office = "PELLAM AND GRAY\n\nJuly 19, 2017\n\nSalt Lake City Office\n222 South Main Street\n\n"
    facts = facts_of(office + "Quillon Quarry, Inc.\n1 Oak Way\n\nLadies and Gentlemen:\n")
    assert facts.addressee == "Quillon Quarry, Inc."
    facts = facts_of(office + "To the Board of Directors:\n\nIn connection with ...\n")
    check_facts(facts)
    assert facts.addressee is None
    assert [d for d in facts.doubtful if d.startswith("addressee:")] == [
        "addressee: 'Salt Lake City Office' is an office of the firm, not a name; left empty"
    ]


@pytest.mark.parametrize(
    ("block", "addressee"),
    [
        (
            "Our ref: JB/12345\nYour ref: 88\n\nQuillon Ridge Ltd.\nClarendon House",
            "Quillon Ridge Ltd.",
        ),
        (
            "Direct line: +1 441 555 0101\nEmail: jb@pellamgray.example\n\nQuillon Ridge Ltd.",
            "Quillon Ridge Ltd.",
        ),
        # the firm's own office beside the date, then the client's
        (
            "Canon's Court\n22 Victoria Street\nHamilton HM 12\n\nQuillon Ridge Ltd.",
            "Quillon Ridge Ltd.",
        ),
        ("Harbour House Holdings Ltd.\n22 Victoria Street", "Harbour House Holdings Ltd."),
        # only an office address: emptied and said why, never guessed
        ("Canon's Court\n22 Victoria Street", None),
    ],
)
def test_the_addressee_is_not_a_reference_line_or_counsels_office(
    recogniser: Recogniser, block: str, addressee: str | None
) -> None:
    text = OFFSHORE.format(block=block)
    data = draft_record(Letter(Path("x.txt"), None, text, "text", None), recogniser).data
    assert data.get("addressee") == addressee
    if addressee is None:
        assert "addressee: 'Canon's Court' is an address" in data["imported"]["doubtful"][0]


@pytest.mark.parametrize(
    ("first_line", "addressee", "doubt"),
    [
        ("www.harlow.com LONDON FOUNDED 1901", None, "is a web address"),
        ("Harlow & Quill LLP Letterhead]", None, "is a letterhead's description"),
        ("Registration Statement on Form F-3", None, "is the letter's subject"),
        ("RICHMOND", None, "is a place in capitals"),
        ("Richmond, Virginia", None, "is a town and its state"),
        ("Suites 4201 - 03 & 12", None, "is an address"),
        ("Quillon Holding AG \u2013 Registration Statement on Form F-1", "Quillon Holding AG", ""),
        ("Tessaly.com, Inc.", "Tessaly.com, Inc.", ""),
    ],
)
def test_an_addressee_line_that_names_no_one_is_left_empty(
    first_line: str, addressee: str | None, doubt: str
) -> None:
    facts = facts_of(f"Exhibit 5.1\n\nMay 4, 2021\n\n{first_line}\n1 Main Street\n\nDear Sirs:\n")
    check_facts(facts)
    assert facts.addressee == addressee
    about_it = [d for d in facts.doubtful if d.startswith("addressee:")]
    assert any(doubt in d for d in about_it) if doubt else about_it == []


@pytest.mark.parametrize(
    ("sentence", "issuer", "jurisdiction", "cue"),
    [
        (
            'Quillon Ridge Corp., a Delaware corporation (the "Company"), has requested our '
            "opinion in connection with its Registration Statement on Form S-8.",
            "Quillon Ridge Corp.",
            "Delaware",
            "defined",
        ),
        (
            "We have acted as counsel to Quillon Ridge Holdings, Inc., a corporation organized "
            'under the laws of the State of Nevada (the "Company").',
            "Quillon Ridge Holdings, Inc.",
            "Nevada",
            "incorporated",
        ),
        (
            "This opinion is furnished to you in connection with the Registration Statement "
            'filed by Quillon Ridge Corp. (the "Company") with the Commission.',
            "Quillon Ridge Corp.",
            None,
            "called",
        ),
        (
            "We have acted as special Kansas counsel to Corliss Mills, LLC, a Kansas limited "
            'liability company (the "Kansas Guarantor"), in connection with the registration '
            'statement that Harlan Forge Industries, Inc. (the "Issuer") has filed.',
            "Harlan Forge Industries, Inc.",
            None,
            "beside a guarantor",
        ),
        (
            "We have acted as special Kansas counsel to Corliss Mills, LLC, a Kansas limited "
            'liability company (the "Guarantor"), in connection with its guarantee of the notes.',
            "Corliss Mills, LLC",
            "Kansas",
            "guarantor",  # doubted: see test_fact_evidence
        ),
        (
            # the issuer named after its guarantor keeps the place its description gives
            "We have acted as counsel to Ridgeline Parent Corp., an Idaho corporation (the "
            '"Guarantor"), and Ridgeline Operating Company, an Oregon corporation (the '
            '"Issuer"), in connection with the exchange of its notes.',
            "Ridgeline Operating Company",
            "Oregon",
            "beside a guarantor",
        ),
        (
            'We have acted as counsel to Ridgeline Parent Corp. (the "Guarantor") and Ridgeline '
            "Operating LLC, a limited liability company organized under the laws of the State of "
            'Nevada (the "Issuer"), in connection with the exchange of its notes.',
            "Ridgeline Operating LLC",
            "Nevada",
            "beside a guarantor",
        ),
    ],
)
def test_issuers_in_engagements_of_other_shapes(
    sentence: str, issuer: str, jurisdiction: str | None, cue: str
) -> None:
    from precedent_bank.importer.metadata import read_facts

    facts = read_facts(sentence, [("engagement", sentence)])
    assert (facts.issuer, facts.jurisdiction, facts.cue["issuer"]) == (issuer, jurisdiction, cue)


def test_a_form_read_only_outside_the_engagement_and_heading_is_doubted(
    recogniser: Recogniser,
) -> None:
    from precedent_bank.importer.evidence import DOUBT_BELOW

    text = fictional("Brask Ottley LLP", "/s/ Brask Ottley LLP", "the Registration Statement")
    text = text.replace("exhibit to the Registration Statement", "exhibit to the Form 10-K")
    data = draft_record(Letter(Path("x.txt"), None, text, "text", None), recogniser).data
    assert data["filing"]["registration_form"] == "10-K"
    assert data["imported"]["evidence"]["registration_form"]["confidence"] < DOUBT_BELOW
    assert any(d.startswith("registration_form: '10-K'") for d in data["imported"]["doubtful"])


# Letters from firms the importer has never seen, in shapes an outside set of real letters
# showed (every name, address and sentence here is invented).


def facts_of(heading: str, engagement: str = "", signature: str = "", header: str = "") -> Facts:
    """The facts of a fictional letter whose parts are typed as given."""
    from precedent_bank.importer.metadata import read_facts

    clauses = [("heading", heading), ("engagement", engagement), ("signature", signature)]
    text = header + heading + engagement + signature
    return read_facts(text, [(t, c) for t, c in clauses if c])


ENGAGED = (
    "We have acted as counsel to Quillon Ridge Corp., a Delaware corporation (the "
    '"Company"), in connection with its Registration Statement on Form S-3.\n'
)
DATED = (
    "\nMay 4, 2019\n\nQuillon Ridge Corp.\n1 Oak Way\nBoulder, Colorado\n\nLadies and Gentlemen:\n"
)


@pytest.mark.parametrize(
    ("letterhead", "firm"),
    [
        # the name only in a line of the letterhead that spells the web domain
        (
            "|\nDENVER\nLISBON\n|\nOFFICES AND AFFILIATES\nwww.marrowpike.com\n|\n"
            "A REPRESENTATIVE OFFICE\nOF MARROW PIKE\n",
            "Marrow Pike",
        ),
        # a lawyer's e-mail, and the firm's block with its place in brackets
        (
            "Email jl@pellamglobal.com\nDirect +1 441 555 0100\n\nPellam (Bermuda) Limited\n"
            "Canon's Court\nHamilton\n",
            "Pellam (Bermuda) Limited",
        ),
        # a domain that spells the firm's first word, the name with a lowercase legal form
        ("Harbin\n& Lodge llp\nOne Mill Square\nwww.harbin.com\n", "Harbin & Lodge LLP"),
        # the domain chooses the firm over another name with the look of one
        (
            "In association with Dunmore & Vale LLP\nTESSLER COE LLP\nwww.tesslercoe.com\n",
            "Tessler Coe LLP",
        ),
    ],
)
def test_a_firm_given_by_its_domain_is_the_name_the_domain_spells(
    letterhead: str, firm: str
) -> None:
    from precedent_bank.importer.evidence import DOUBT_BELOW, weigh_facts

    facts = facts_of(letterhead + DATED, ENGAGED, "Very truly yours,\n\n/s/ J. Smith\n")
    assert facts.firm == firm
    assert firm is None or weigh_facts(facts)["firm"][0] >= DOUBT_BELOW
    assert not [d for d in facts.doubtful if d.startswith("firm")]


def test_a_domain_alone_is_never_made_a_name_but_is_told_to_the_reviewer() -> None:
    facts = facts_of(
        "www.corvalestanton.com\n1 Canal Street\n" + DATED,
        ENGAGED,
        "Very truly yours,\n\n/s/ J. Smith\n",
    )
    assert facts.firm is None
    assert facts.doubtful == [
        "firm: not found; the letter gives the domain 'corvalestanton.com', but no name in it "
        "that the domain spells"
    ]


def test_one_word_alone_on_its_line_that_the_domain_spells_is_the_firm_but_doubted() -> None:
    # one-word firms head their letters so ("VARLOW", "Allens"); it may be a person's name too,
    # so the reviewer is asked (session 12: until then such letters had no firm at all)
    facts = facts_of(
        "Arden\n1 Canal Street\nwww.ardenlaw.com\n" + DATED,
        ENGAGED,
        "Very truly yours,\n\n/s/ J. Smith\n",
    )
    assert facts.firm == "Arden"
    assert weigh_facts(facts)["firm"][0] < DOUBT_BELOW


def test_domains_and_the_names_they_spell() -> None:
    from precedent_bank.importer.domains import letter_domains, spells

    text = "www.marrow-pike.com jo@gmail.com a.b@pellam.co.uk file dex51.txt sec.gov"
    assert letter_domains(text) == ["marrow-pike.com", "pellam.co.uk"]
    assert spells("Marrow Pike", ["marrow-pike.com"])
    assert spells("Marrow & Pike LLP", ["marrow.com"])  # the first word of a firm's name
    assert not spells("Marrow Pike", ["marrow.com"])  # ... but only with its legal form
    assert spells("Pellam", ["pellamlaw.com"])
    assert not spells("Pellam Vance", ["pellamvancegroupholdings.com"])


def test_the_client_heading_the_letter_is_never_the_firm() -> None:
    # an offshore letter: the client's block above the date, counsel's own block after it,
    # the engagement calling the client only "the Company"
    heading = (
        "Exhibit 5.1\n|\n|e-mail:\njl@pellamglobal.com\n|\nQuillon Ridge Holdings Limited\n"
        "Harbour House\n11 Front Street\nHamilton\n|\n|Our ref: JL/1234\n|\n|19 November 2021\n"
        "|Dear Sirs\n|Quillon Ridge Holdings Limited (\u201cthe Company\u201d)\n|\n"
        "Pellam (Bermuda) Limited\nCanon's Court\nHamilton\n"
    )
    engagement = "We have acted as special legal counsel in Bermuda to the Company.\n"
    facts = facts_of(heading, engagement)
    assert facts.firm == "Pellam (Bermuda) Limited"
    assert (facts.issuer, facts.cue["issuer"]) == ("Quillon Ridge Holdings Limited", "heading")
    # and with no domain to spell counsel's name, and no issuer known: the client heading the
    # letter is still passed over
    from precedent_bank.importer.metadata import find_firm

    heading = heading.replace("jl@pellamglobal.com", "")
    assert find_firm("", heading, "", heading + engagement) is None


@pytest.mark.parametrize(
    ("header", "heading", "firm"),
    [
        # EDGAR's description run into the letterhead
        (
            "",
            "Exhibits\n5.1 and 23.1\nOPINION\nAND CONSENT OF HARLOW & VANCE LLP\n",
            "Harlow & Vance LLP",
        ),
        ("", "EXHIBIT 5.1 [LETERHEAD HARLOW VANCE LLP]\n", "Harlow Vance LLP"),
        # a letter flattened to one line: the description, then the letterhead
        (
            "EX-5 OPINION OF LEGAL COUNSEL RE: LEGALITY TESSLER BRANDT & COE, P.C. P.O. Box 12 "
            "Springfield, Ohio 45501 ",
            "",
            "Tessler Brandt & Coe, P.C.",
        ),
        (
            "EX-5.1 3 d1.txt OPINION OF HARLOW & VANCE HARLOW & VANCE DENVER ONE CANAL PLAZA "
            "LISBON TELEPHONE 555 0100 ",
            "",
            "Harlow & Vance",
        ),
        (
            "EX-5.1 6 d2.txt OPINION OF HARLOW VANCE 1 [Letterhead of Harlow Vance] EXHIBIT 5.1 ",
            "",
            "Harlow Vance",
        ),
        # ... and with the domain: the words of the name it spells
        (
            "EX-5.1 3 d1.txt OPINION OF HARLOW & VANCE HARLOW MILLS ONE PLAZA www.harlowvance.com ",
            "",
            "Harlow & Vance",
        ),
        # a table's bar before a letterhead in capitals, "LTD." its legal form
        (
            "",
            "Exhibit 5.1\n|HARLOW & VANCE, LTD.\n|\nJOHN A. HARLOW\nATTORNEYS AT LAW\n",
            "Harlow & Vance, Ltd.",  # the stop as the letter writes it
        ),
        # a bracketed letterhead across a line break
        ("", "[TESSLER\nCOE LETTERHEAD]\n", "Tessler Coe"),
        # EDGAR's description in the heading, beside a bracketed short name
        (
            "",
            "EXHIBIT 5.2 OPINION OF TESSLER BRANDT & COE [TESSLER BRANDT LETTERHEAD] Exhibit 5.2 ",
            "Tessler Brandt & Coe",
        ),
        # the firm's form spelled out under its name, an auditor's consent listed above it
        (
            "",
            "EX-23.1 - CONSENT OF HARLOW & COMPANY, LTD - q.htm\n\nTESSLER BRANDT & COE\n"
            "A LIMITED LIABILITY LAW PARTNERSHIP LLP\n",
            "Tessler Brandt & Coe",
        ),
    ],
)
def test_the_firm_without_what_edgar_or_the_layout_put_around_it(
    header: str, heading: str, firm: str
) -> None:
    from precedent_bank.importer.metadata import find_firm

    # a flattened letter has all of its top in EDGAR's header line; another, in its heading
    header, heading = (header and header + DATED), (heading and heading + DATED)
    assert find_firm(header, heading, "", header + heading + ENGAGED) == firm


@pytest.mark.parametrize(
    ("sentence", "issuer", "jurisdiction", "cue"),
    [
        # the defined term without quotes, as offshore and some US letters write it
        (
            "We are issuing this opinion in connection with the registration by Quillon Ridge "
            "Trust, a Maryland real estate investment trust (the Company), of common shares.",
            "Quillon Ridge Trust",
            "Maryland",
            "defined",
        ),
        # a client called "you", its name ending in a figure
        (
            'We have acted as tax counsel to Quillon Realty Fund 2 ("you"), in connection with '
            "the issuance by you of shares.",
            "Quillon Realty Fund 2",
            None,
            "called",
        ),
        # the letter opens with its clients, the first defined by its first word
        (
            'Quillon Widgets Corporation, a Delaware corporation ("Quillon"), and Quillon '
            'Finance, Inc., a Delaware corporation ("QFI"), have engaged us to render this '
            "opinion.",
            "Quillon Widgets Corporation",
            "Delaware",
            "defined",
        ),
        # a fund, and a client "advised" rather than "counsel to"
        (
            "This opinion concerns the Form S-1 Registration Statement for Quillon Fund I, LLC "
            '(the "Fund") filed with the Commission.',
            "Quillon Fund I, LLC",
            None,
            "called",
        ),
        (
            'We have advised Quillon Mortgage Products, Inc. (the\n"Registrant") with respect '
            "to certain federal income tax matters.",
            "Quillon Mortgage Products, Inc.",
            None,
            "called",
        ),
        # local counsel to a guarantor defined by its own name, or among "the Ohio Guarantors":
        # the issuer is the company the engagement calls "the Company"
        (
            "We have acted as special Ohio counsel to Beta Tools, LLC, an Ohio limited liability "
            'company ("Beta"), in connection with the exchange of notes of Quillon Industries, '
            'Inc., an Ohio corporation (the "Company"), and the guarantee of the notes by Beta.',
            "Quillon Industries, Inc.",
            "Ohio",  # (its description after its name says so)
            "beside a guarantor",
        ),
        (
            "We have acted as special Ohio counsel to Beta Tools, Inc., an Ohio corporation "
            '("Beta"), and Gamma Dies, Inc., an Ohio corporation ("Gamma" and, together with '
            'Beta, the "Ohio Guarantors"), in connection with the notes of Quillon Industries, '
            'Inc., an Ohio corporation (the "Company").',
            "Quillon Industries, Inc.",
            "Ohio",  # (its description after its name says so)
            "beside a guarantor",
        ),
        # counsel to the issuer and to its subsidiaries, the guarantors: the client is the
        # issuer, not a guarantor
        (
            "We have acted as counsel to Quillon Foods Corp., a Delaware corporation (the "
            '"Company"), and to the subsidiaries of the Company listed on Schedule I (the '
            '"Guarantors"), in connection with the Company\'s Senior Notes guaranteed by the '
            "Guarantors.",
            "Quillon Foods Corp.",
            "Delaware",
            "counsel to",
        ),
        # session 11: the client is "the Company" among the guarantors, and the issuer the one
        # the engagement calls "the Issuer" or "Parent", or that files "as issuer"
        (
            "We have acted as special counsel to Beta Tools, Inc. (the \u201cCompany\u201d), in "
            "connection with the Registration Statement on Form S-4 filed on the date hereof by "
            "Quillon Holdco Inc., a Delaware corporation (the \u201cIssuer\u201d), and certain "
            "guarantors, including the Company (collectively the \u201cGuarantors\u201d).",
            "Quillon Holdco Inc.",
            "Delaware",
            "defined",
        ),
        (
            "We have acted as New Jersey counsel to Beta Staffing LLC, a New Jersey limited "
            "liability company (the \u201cCompany\u201d) in connection with the registration "
            "statement on Form S-4 filed by The Quillon Group, Inc. (\u201cParent\u201d), the "
            "Company and certain other subsidiaries of the Parent (collectively, the "
            "\u201cSubsidiary Guarantors\u201d).",
            "The Quillon Group, Inc.",
            None,
            "beside a guarantor",
        ),
        (
            "We have acted as special Arizona counsel to Beta Seeds, Inc., an Arizona corporation "
            "(\u201cBeta\u201d), in connection with the Registration Statement filed by Quillon "
            "Garden Company (\u201cQuillon\u201d), as issuer, and certain guarantors, including "
            "Beta, relating to the issuance by Beta of a guarantee of the notes.",
            "Quillon Garden Company",
            None,
            "beside a guarantor",
        ),
    ],
)
def test_issuers_in_engagements_of_shapes_from_unseen_firms(
    sentence: str, issuer: str, jurisdiction: str | None, cue: str
) -> None:
    facts = facts_of("", sentence)
    assert (facts.issuer, facts.jurisdiction, facts.cue["issuer"]) == (issuer, jurisdiction, cue)


@pytest.mark.parametrize(
    ("heading", "issuer"),
    [
        (
            'Re: Quillon\nShipping & Trading Limited (the "Company")\n',
            "Quillon Shipping & Trading Limited",
        ),
        (
            "RE:     Quillon Shipping Limited (the \u201cCompany\u201d)\n",
            "Quillon Shipping Limited",
        ),
        ("Dear Sirs\nQuillon Group Inc (the Company)\n", "Quillon Group Inc"),
        ("|\nQuillon Group Limited (Company)\n|\n", "Quillon Group Limited"),
    ],
)
def test_an_issuer_the_heading_calls_the_company(heading: str, issuer: str) -> None:
    facts = facts_of(heading, "We have acted as special counsel to the Company.\n")
    assert (facts.issuer, facts.cue["issuer"]) == (issuer, "heading")


def test_an_issuer_in_an_engagement_not_recognised_as_one_is_still_found() -> None:
    from precedent_bank.importer.metadata import read_facts

    opening = (
        'As special counsel for The Quillon Company (the "Company"), we have examined its '
        "Certificate of Incorporation.\n"
    )
    text = "May 4, 2019\n\n" + opening + "We have also examined the Registration Statement.\n"
    facts = read_facts(
        text, [("heading", "May 4, 2019\n\n"), ("documents-examined", opening), ("engagement", "x")]
    )
    assert facts.issuer == "The Quillon Company"
    # "of" inside a name ("the Bank of ...") does not lead into the client's name
    facts = facts_of("", 'Harbour Bank of Quillon Limited (the "Company") has asked us to opine.')
    assert facts.issuer != "Quillon Limited"


def test_a_lawyer_signing_in_their_own_name_is_the_firm_but_doubted(
    recogniser: Recogniser,
) -> None:
    from precedent_bank.importer.evidence import DOUBT_BELOW

    text = (
        "Exhibit 5.1\n\nMay 4, 2019\n\nQuillon Ridge Corp.\n1 Oak Way\n\nI have acted as counsel "
        'for Quillon Ridge Corp. (the "Company") in connection with its Registration Statement '
        "on Form S-8. It is my opinion that the Shares will be validly issued.\n\nVery truly "
        "yours,\n|\n/s/\nJane Q. Doe\n|\nJane Q. Doe\n"
    )
    data = draft_record(Letter(Path("x.txt"), None, text, "text", None), recogniser).data
    assert data["firm"] == "Jane Q. Doe"
    assert data["imported"]["evidence"]["firm"]["confidence"] < DOUBT_BELOW
    # written as "we", signed by a partner: the partner is not the firm
    signed = text.replace("I have", "We have").replace("It is my", "It is our")
    data = draft_record(Letter(Path("x.txt"), None, signed, "text", None), recogniser).data
    assert data["firm"] is None


@pytest.mark.parametrize(
    ("signed", "name"),
    [
        # signed in capitals, the name typed below in mixed case
        ("/s/JANE Q. DOE\n\nJane Q. Doe\nVice President\n", "Jane Q. Doe"),
        ("By:\n|\n/s/ ANN Q. McGRAW\n|\nAnn Q. McGraw\n|Vice President\n", "Ann Q. McGraw"),
        ("/s/ Liam O\u2019Hara\n", "Liam O\u2019Hara"),
        # a first initial, and the name typed with "Esq." or "Esquire" below
        ("/s/ F. Quincy Doe\n|\nF. Quincy Doe, Esq.\n|\nGeneral Counsel\n", "F. Quincy Doe"),
        ("/s/\nH. Ann Reyes\n|\nH.\nAnn Reyes, Esquire\n|\nSecurities\nCounsel\n", "H. Ann Reyes"),
    ],
)
def test_a_company_officer_signing_a_letter_written_as_i(signed: str, name: str) -> None:
    engagement = (
        "In my capacity as Vice President of Quillon Life Insurance Company, I have supervised "
        "the preparation of its registration statement on Form N-4.\n"
    )
    facts = facts_of(
        "May 4, 2019\n\nBoard of Directors\n\n", engagement, "Very truly yours,\n" + signed
    )
    assert facts.firm == name
    assert weigh_facts(facts)["firm"][0] < DOUBT_BELOW


def test_a_signature_on_one_line_and_an_addressee_over_two() -> None:
    heading = (
        "Exhibit 5.1\n\nMay 4, 2019\n\nQuillon\nRidge Corporation\n1 Oak Way\n\n"
        "Ladies and Gentlemen:\n"
    )
    engagement = (
        "In connection with the registration of the Shares by the Company on Form S-3, you have "
        "requested our opinion. We have acted as special Maryland counsel to the Company.\n"
    )
    signature = "Very truly yours, HARLOW, VANCE & COE LLP By: /s/ J. Smith a Partner"
    facts = facts_of(heading, engagement, signature)
    assert facts.firm == "Harlow, Vance & Coe LLP"
    # the legal form carried to the line under the signature, in a table
    signed = facts_of(heading, engagement, "Very truly yours,\n|\n|/s/ Tessler Law Group,\nLLP")
    assert signed.firm == "Tessler Law Group, LLP"
    assert facts.addressee == "Quillon Ridge Corporation"
    assert (facts.issuer, facts.cue["issuer"]) == ("Quillon Ridge Corporation", "addressee")


def test_a_firm_signing_as_a_professional_corporation() -> None:
    signature = (
        "Very truly yours,\n/s/ McAllan Rye, a Professional Corporation\n"
        "McAllan Rye, a Professional Corporation\n"
    )
    facts = facts_of("Exhibit 5\n" + DATED, ENGAGED, signature)
    assert facts.firm == "McAllan Rye, a Professional Corporation"


# Shapes of a second batch of outside letters (European and offshore counsel among them), each
# written afresh for invented firms and clients.


@pytest.mark.parametrize(
    ("letterhead", "firm"),
    [
        # the domain spells the name's first word, as for "LLP"
        ("Brannock Tell PLLC\n18 Mill Road\nwww.brannock.com\n", "Brannock Tell PLLC"),
        ("BRANNOCK TELL P.L.L.C.\n18 Mill Road\n", "Brannock Tell P.L.L.C."),
        ("Voss & Terhaar N.V.\nKeizersgracht 1\nAmsterdam\n", "Voss & Terhaar N.V."),
        # a one-word name with a company's form is no firm's: maybe the client's parent
        ("Marrowfield N.V.\nKeizersgracht 1\nAmsterdam\n", None),
        # ... unless the letter's domain spells it
        ("Marrowfield N.V.\nKeizersgracht 1\nwww.marrowfield.nl\n", "Marrowfield N.V."),
    ],
)
def test_firms_with_the_legal_forms_of_other_places(letterhead: str, firm: str | None) -> None:
    from precedent_bank.importer.evidence import DOUBT_BELOW, weigh_facts

    facts = facts_of(letterhead + DATED, ENGAGED, "Very truly yours,\n\n/s/ J. Smith\n")
    assert facts.firm == firm
    assert firm is None or weigh_facts(facts)["firm"][0] >= DOUBT_BELOW


@pytest.mark.parametrize("described", ["(ON {} LETTERHEAD)", "[{} LETTERHEAD]", "({} LOGO)"])
def test_a_letterhead_described_in_brackets_names_the_firm_surely(described: str) -> None:
    """EDGAR copies put "(ON MARROW PIKE LETTERHEAD)" where the letterhead was: "on" is no
    part of the name, and the bracketed description counts as the letterhead naming the firm
    (its brackets are no remark to be dropped, as "(US)" after a name is)."""
    from precedent_bank.importer.evidence import DOUBT_BELOW, weigh_facts

    heading = "Exhibit 8.1\n\n" + described.format("HALLAM & BRYCE, L.L.P.") + "\n\n"
    facts = facts_of(heading + DATED, ENGAGED, "Very truly yours,\n\n/s/ J. Smith\n")
    assert facts.firm == "Hallam & Bryce, L.L.P."
    assert weigh_facts(facts)["firm"][0] >= DOUBT_BELOW


@pytest.mark.parametrize(
    "firm",
    [
        "Harrowby Tull PC",
        "Quillfeather Law Group",
        "Northgate Law Office",
        "Pellam Law, Inc.",
        "Varden Pellam Law Firm",
        "Brantwood Law Offices",
    ],
)
def test_a_practice_named_as_one_in_its_letterhead_is_no_doubt(firm: str) -> None:
    """A letterhead alone naming a firm whose name says it practises law ("Law Group", "Law
    Office", "Law, Inc.") or carries its form unpunctuated ("PC") is as sure as one with "LLP";
    a bare pair of surnames stays doubted."""
    from precedent_bank.importer.evidence import DOUBT_BELOW, weigh_facts

    facts = facts_of(firm + "\n18 Mill Road\n" + DATED, ENGAGED, "Very truly yours,\n\n")
    assert facts.firm == firm
    assert weigh_facts(facts)["firm"][0] >= DOUBT_BELOW
    bare = facts_of("Harrowby Tull\n18 Mill Road\n" + DATED, ENGAGED, "Very truly yours,\n\n")
    assert weigh_facts(bare)["firm"][0] < DOUBT_BELOW


def test_a_place_above_the_clients_name_is_no_firm_and_a_reference_no_addressee() -> None:
    heading = (
        "Exhibit 8.1\nSolicitors 4 Harbour Quay Galway W www.fenwright.com DX 9 Galway\n"
        "Kestrel Pumps Limited\n2 Dock Road\nGalway\n|Our Ref\n|Your Ref\n|3 May 2021\n"
        "|KP/77/1234.5\nDear Sirs\n"
    )
    engagement = (
        "We are acting as Irish counsel to Kestrel Pumps Limited, a private limited company "
        "incorporated under the laws of Ireland (company number 123456) (the \u201cCompany\u201d), "
        "in connection with its registration statement on Form S-4.\n"
    )
    facts = facts_of(heading, engagement)
    assert facts.firm is None
    assert facts.doubtful[0].startswith("firm: not found; the letter gives the domain 'fenwright")
    assert (facts.issuer, facts.jurisdiction) == ("Kestrel Pumps Limited", "Ireland")
    assert facts.addressee is None


@pytest.mark.parametrize(
    "line",
    [
        "March 12th, 2024",
        "12th March 2024",
        "Tuesday 12 March 2024",
        "March 12, 2024",
        "this 12th day of March, 2024",
        "March 12 , 2024",
        "March _12, 2024",  # written into a form's blank
        "Mar. 12, 2024",  # a month's short name, with its stop
        "12 Mar. 2024",
    ],
)
def test_dates_written_with_ordinals_and_weekdays(line: str) -> None:
    from precedent_bank.importer.metadata import find_date

    assert find_date(f"|{line}\n") == dt.date(2024, 3, 12)


def test_a_blank_left_for_the_day_is_no_date() -> None:
    from precedent_bank.importer.metadata import find_date

    assert find_date("March __, 2024\n") is None


@pytest.mark.parametrize(
    ("footer", "firm"),
    [
        (
            "Voss Terhaar N.V. has its seat at Utrecht and is registered under number 123. "
            "Its terms are at www.vossterhaar.nl.\n",
            "Voss Terhaar N.V.",
        ),
        (
            "The public limited company Voss & Terhaar N.V. is established in Utrecht.\n",
            "Voss & Terhaar N.V.",
        ),
        # a partnership's form needs no domain
        (
            "Marrow Pike LLP is a limited liability partnership registered in England.\n",
            "Marrow Pike LLP",
        ),
        # a company's notice that no domain of the letter spells: maybe the client's
        ("Orrin Holding N.V. has its seat at Utrecht.\n", None),
        # the client's own notice is never counsel's
        ("Quillon Ridge N.V. has its seat at Utrecht. www.quillonridge.nl\n", None),
    ],
)
def test_a_firm_named_only_by_the_legal_notice_in_its_page_footer(
    footer: str, firm: str | None
) -> None:
    from precedent_bank.importer.evidence import DOUBT_BELOW, weigh_facts
    from precedent_bank.importer.metadata import read_facts

    heading = "Postbus 12\nUtrecht\n|\n|Quillon Ridge N.V.\n|Dam 2\nLadies and Gentlemen,\n"
    engagement = (
        "We have acted as your legal counsel as to Netherlands law in connection with the "
        "registration statement filed by Quillon Ridge N.V., a public company with limited "
        "liability (naamloze vennootschap), organized under the laws of the Netherlands "
        "(\u201cQuillon\u201d).\n"
    )
    text = heading + engagement + footer + "We consent to the filing of this opinion.\n"
    facts = read_facts(text, [("heading", heading), ("engagement", engagement)])
    assert (facts.issuer, facts.jurisdiction) == ("Quillon Ridge N.V.", "Netherlands")
    assert facts.firm == firm
    if firm:
        assert weigh_facts(facts)["firm"][0] >= DOUBT_BELOW


def test_a_flattened_letter_signed_at_its_end_with_its_place_and_date() -> None:
    from precedent_bank.importer.evidence import weigh_facts
    from precedent_bank.importer.metadata import read_facts

    opinion = (
        "We are of the opinion that the shares of common stock of Quillon Ridge, Inc. to be "
        "registered are validly issued. We consent to the filing of this opinion. "
    )
    signed = "/s/ HOLLIS, FENN & MARCH San Diego, California June 3, 2001"
    text = f"EXHIBIT 5.1 OPINION OF COUNSEL {opinion}{signed}"
    facts = read_facts(text, [("heading", "EXHIBIT 5.1 OPINION OF COUNSEL "), ("consent", opinion)])
    assert facts.firm == "Hollis, Fenn & March"
    assert facts.date == dt.date(2001, 6, 3)
    assert weigh_facts(facts)["date"] == (
        0.75,
        "the date under the signature; the heading has none",
    )


def test_a_letter_that_lost_its_date_line_keeps_it_in_a_later_pages_running_head() -> None:
    from precedent_bank.importer.evidence import DOUBT_BELOW, weigh_facts
    from precedent_bank.importer.metadata import read_facts

    heading = "EXHIBIT 5.2\nQuillon Ridge Corporation\n12 Harbor Row\nLadies and Gentlemen:\n"
    engagement = "We have acted as special Nevada counsel to Quillon Ridge Corporation.\n"
    head = "Quillon Ridge Corporation\nMarch 4, 2011\nPage 2\n"
    text = heading + engagement + head + "We consent to the filing of this opinion.\n"
    clauses = [("heading", heading), ("engagement", engagement), ("page-furniture", head)]
    facts = read_facts(text, clauses)
    assert facts.date == dt.date(2011, 3, 4)
    confidence, how = weigh_facts(facts)["date"]
    assert confidence < DOUBT_BELOW  # a reviewer is asked to confirm it
    assert how == "only a later page's running head; the heading and signature have none"


def test_a_lowercase_letterhead_with_the_firms_offices_after_its_name() -> None:
    heading = "Exhibit 5.1\nvarrow & lisle llp boston, denver, london,\n|" + DATED
    facts = facts_of(heading, ENGAGED, "Very truly yours,\n\n/s/ J. Smith\n")
    assert facts.firm == "Varrow & Lisle LLP"


@pytest.mark.parametrize(
    ("sentence", "issuer", "jurisdiction", "cue"),
    [
        # a client whose name begins with a figure, "assisted" rather than "counsel to"
        (
            'We have assisted 400 Harbor Holdings, Inc. (the "Company") in connection with its '
            "Registration Statement on Form S-8.",
            "400 Harbor Holdings, Inc.",
            None,
            "called",
        ),
        # European company forms, and a company defined by the first word of its name
        (
            "We have acted as your counsel in connection with the registration statement filed "
            "by Veldt Maritiem N.V., a public company with limited liability (naamloze "
            'vennootschap), organized under the laws of the Netherlands ("Veldt").',
            "Veldt Maritiem N.V.",
            "Netherlands",
            "own term",
        ),
        (
            "We are acting as counsel to Brenna Kestrel Limited, a private limited company "
            "incorporated under the laws of Ireland (the \u201cCompany\u201d).",
            "Brenna Kestrel Limited",
            "Ireland",
            "incorporated",
        ),
        (
            "We act as English counsel to Tamsin Ware plc, a public limited company "
            "incorporated in England and Wales with registered number 123 (the Company).",
            "Tamsin Ware plc",
            "England and Wales",
            "incorporated",
        ),
        # a form that says what the company is, and no place
        (
            "We have acted as counsel to Veldt Maritiem N.V., a naamloze vennootschap (the "
            "Company), in connection with its registration statement.",
            "Veldt Maritiem N.V.",
            None,
            "called",
        ),
        (
            "We are acting as Luxembourg counsel for Orrin Quay S.A., a soci\u00e9t\u00e9 "
            "anonyme incorporated under the laws of Luxembourg, having its registered office at "
            "5, rue Haute (the \u201cCompany\u201d).",
            "Orrin Quay S.A.",
            "Luxembourg",
            "incorporated",
        ),
        # the place said by an adjective is recorded as the place
        (
            'We have acted as Israeli counsel to Tarn Optics Ltd., an Israeli company (the "'
            'Company"), in connection with its registration statement on Form F-3.',
            "Tarn Optics Ltd.",
            "Israel",
            "counsel to",
        ),
    ],
)
def test_issuers_in_engagements_of_european_and_other_shapes(
    sentence: str, issuer: str, jurisdiction: str | None, cue: str
) -> None:
    facts = facts_of("", sentence)
    assert (facts.issuer, facts.jurisdiction, facts.cue["issuer"]) == (issuer, jurisdiction, cue)


def test_a_heading_line_with_the_companys_register_number() -> None:
    heading = "Dear Sirs\n\nMarlow Tide Holdings Limited, Company Number 445566 (the Company)\n\n"
    facts = facts_of(heading, "We have acted as Cayman Islands legal advisers to the Company.\n")
    assert (facts.issuer, facts.cue["issuer"]) == ("Marlow Tide Holdings Limited", "heading")


def test_an_issuer_in_a_company_block_or_only_in_the_opinion_is_found_but_doubted() -> None:
    from precedent_bank.importer.evidence import DOUBT_BELOW, weigh_facts
    from precedent_bank.importer.metadata import read_facts

    block = "|Company:\n|Marlow Tide Limited (the \u201cCompany\u201d)\n|Subject:\n|Opinion\n"
    text = "Dear Sirs,\n" + block + "1.1 We are a firm of solicitors of Hong Kong.\n"
    facts = read_facts(text, [("heading", "Dear Sirs,\n"), ("limitation-jurisdiction", block)])
    assert (facts.issuer, facts.cue["issuer"]) == ("Marlow Tide Limited", "line")
    opinion = (
        "We are of the opinion that the shares of common stock of Quillon Ridge, Inc. to be "
        "registered are validly issued."
    )
    facts = read_facts(opinion, [("opinion-equity", opinion)])
    assert (facts.issuer, facts.cue["issuer"]) == ("Quillon Ridge, Inc.", "securities of")
    assert weigh_facts(facts)["issuer"][0] < DOUBT_BELOW


@pytest.mark.parametrize(
    ("heading", "addressee"),
    [
        (
            "May 4, 2019\n\nBoard of Directors\nQuillon Ridge Corp.\n1 Oak Way\n\n",
            "Quillon Ridge Corp.",
        ),
        (
            "|Tuesday 4 May 2019\nBY EMAIL\nab@pellam.com\n+1 441 295 0000\nAB-1234.5\n\n"
            "Quillon Ltd\n",
            "Quillon Ltd",
        ),
        (
            "|Date:\n|4 May 2019\n|Please reply by fax to:\n|(852) 2555 0199\nPRIVATE AND "
            "CONFIDENTIAL\n|To:\n|Quillon Limited\n|Room 1, 2/F\n",
            "Quillon Limited",
        ),
        ("|Amsterdam, 4 May 2019\n|O/Ref.: AB/2019001\nDear Sirs,\n", None),
    ],
)
def test_addressees_behind_boards_references_and_contact_lines(
    heading: str, addressee: str | None
) -> None:
    from precedent_bank.importer.metadata import read_facts

    assert read_facts(heading, [("heading", heading)]).addressee == addressee


@pytest.mark.parametrize(
    ("letterhead", "firm", "sure"),
    [
        # a name with no "&" or legal form, over the words of its profession
        (
            "Exhibit 5.4\nVARROW LISLE TANNER\nAVOCATS A LA COUR\n2, place Forte\n",
            "Varrow Lisle Tanner",
            True,
        ),
        ("Brenner Hollis\nAttorneys at Law\n900 Tamarack Street\n", "Brenner Hollis", True),
        # over a list of its professions
        (
            "Exhibit 5.1\nVarrow Lisle\nAVOCATS \u2022 BARRISTERS \u2022 SOLICITORS\n"
            "PATENT AND TRADEMARK AGENTS\n",
            "Varrow Lisle",
            True,
        ),
        # in capitals with "AND", written as firms write it
        ("HOLLIS AND FENN LLP\n900 Tamarack Street\n", "Hollis and Fenn LLP", True),
        # broken before its "&", in a table's cell
        (
            "Exhibit 5.2\n|Varrowby\n& Lisle\nBarristers & Solicitors\n|\nSuite 3, 2 Black St.\n",
            "Varrowby & Lisle",
            True,
        ),
    ],
)
def test_a_letterhead_name_over_its_profession(letterhead: str, firm: str, sure: bool) -> None:
    from precedent_bank.importer.evidence import DOUBT_BELOW, weigh_facts

    facts = facts_of(letterhead + DATED, ENGAGED, "Very truly yours,\n\n/s/ J. Smith\n")
    assert facts.firm == firm
    assert (weigh_facts(facts)["firm"][0] >= DOUBT_BELOW) is sure


def test_a_domain_in_a_letterhead_typed_as_the_engagement_is_still_told() -> None:
    from precedent_bank.importer.metadata import read_facts

    top = "To the Board of Directors\nof Orrin Quay S.A.\n|Luxembourg, 4 May 2019\n"
    engagement = (
        "|jo.smith@ardelmoor.lu\n|Tel. : (352) 40 00 00\nORRIN QUAY S.A. - Form S-8\nLadies and "
        "Gentlemen,\nWe are acting as Luxembourg counsel for Orrin Quay S.A. (the Company).\n"
    )
    facts = read_facts(top + engagement, [("heading", top), ("engagement", engagement)])
    assert facts.firm is None
    assert facts.doubtful == [
        "firm: not found; the letter gives the domain 'ardelmoor.lu', but no name in it that the "
        "domain spells"
    ]


def test_a_name_only_its_domain_spells_below_the_letterhead_is_doubted_and_said_so() -> None:
    from precedent_bank.importer.evidence import weigh_facts

    heading = "www.vossterhaar.nl\n" + DATED + "\nVoss & Terhaar N.V. - terms of engagement\n"
    facts = facts_of(heading, ENGAGED)
    assert facts.firm == "Voss & Terhaar N.V."
    assert weigh_facts(facts)["firm"] == (
        0.55,
        "a name the letter's web domain spells, outside its letterhead and signature",
    )


@pytest.mark.parametrize(
    ("header", "heading", "firm"),
    [
        # "and" inside the name, not "&"
        (
            "",
            "                 Pellam and Gray LLP\n              Counsellors at Law\n",
            "Pellam and Gray LLP",
        ),
        # a partner's own professional corporation printed beside the firm's name under it
        (
            "",
            "EXHIBIT 5.1\nHarlow, Vance & Coe\nAn Association of Professional Corporations\n"
            "ATTORNEYS AT LAW\n12 Canal Street\n|\nJohn\nT. Harlow, P.C.\n|\nTelephone\n",
            "Harlow, Vance & Coe",
        ),
        # "PLC" is a law firm's legal form where the name has "&" (and a company's where not)
        (
            "EX-8.1 4 d8.txt OPINION OF TESSLER, BRANDT & COE PLC EXHIBIT 8.1 ",
            "[TESSLER, BRANDT & COE PLC LETTERHEAD]\n",
            "Tessler, Brandt & Coe PLC",
        ),
        # "Letterhead of" written out, not bracketed
        (
            "",
            "Exhibit 5.2\nLetterhead of Harlow Vance,\n12 Canal Street, Suite 400\n",
            "Harlow Vance",
        ),
        # an office list flattened over lines: "PA" opening the next office is no legal form
        (
            "",
            "Exhibit 5\n|\nHarrow & Tate\n|\nAUSTIN,\nTEXAS\nSAN\nDIEGO, CALIFORNIA\nPASADENA,\n"
            "CALIFORNIA\n",
            "Harrow & Tate",
        ),
        # nor is a state before its ZIP code; a name broken after its first comma is one name
        (
            "",
            "Exhibit 5.1\n|\njane\nq. roe\n|\nPELHAM,\nVANE & WOODROW\nA\n"
            "PROFESSIONAL CORPORATION\n1105 KESTREL BOULEVARD\nBRAMLEY,\nPA 19610\n",
            "Pelham, Vane & Woodrow",
        ),
        (
            "",
            "Exhibit\n5.0\nLaw\nOffices\nARDEN,\nBLYTHE, CORRAN & HESK L.L.P.\n12th\nFloor\n",
            "Arden, Blythe, Corran & Hesk L.L.P.",
        ),
        # a name stacked over three lines of a logo
        ("", "TARN\nMcKELLAR\n& ROWE LLP\nATTORNEYS AT LAW\n", "Tarn McKellar & Rowe LLP"),
        # "Law Offices" before the name is no part of it
        ("", "Law Offices Brant, Ollery & Fisk, LLC\n200 Main St.\n", "Brant, Ollery & Fisk, LLC"),
        # a logo described without brackets, in a letter flattened to one line
        (
            "EX-5.1 6 d5.txt OPINION HARROW TATE 1 EXHIBIT 5.1 HARROW TATE & QUILL LOGO ",
            "",
            "Harrow Tate & Quill",
        ),
        # EDGAR's description naming a firm of one word and "PC"
        ("EX-5.1 2 d5.htm OPINION OF MERRITHEW PC Opinion of Merrithew PC\n", "", "Merrithew PC"),
        # "& CO." in capitals followed by the profession, flattened
        (
            "EX-5.1 4 e5.txt EXHIBIT 5.1 R. HALEVY & CO. ADVOCATES AND NOTARIES 23 HAGANA ROAD ",
            "",
            "R. Halevy & Co.",
        ),
        # the first of three names alone on the line above the other two
        ("", "Exhibit\n5.1\nHARROWGATE\nPELLAM & VOSS\n", "Harrowgate Pellam & Voss"),
        # initials broken off a one-word name over its legal form; a city over one is no part
        ("", "Exhibit\n8.1\n|\nQXB\nHarlow LLP (US)\n203 North Street\n", "QXB Harlow LLP"),
        ("", "LONDON\nHarlow LLP\n1 Main Street\n", "Harlow LLP"),
        # a name in capitals broken after its first word (session 11)
        ("", "Exhibit\n8.1\nTESSEL\nGRANT LLP\nBoulder, Colorado\n", "Tessel Grant LLP"),
        # a partner's name twice over an "&" is no name said twice (session 11)
        (
            "",
            "Exhibit 8.1\n\n   Tessel & Tessel & Grant LLP\n   180 Maiden Lane\n",
            "Tessel & Tessel & Grant LLP",
        ),
        # a web page's words for the letterhead's picture (session 11)
        ("", "Legal Opinions\n\nImage of Tessel Grant Marsh letterhead.\n", "Tessel Grant Marsh"),
        # a practice named as one over two lines, incorporated (session 11)
        ("", "HARROWE\nLAW OFFICE, INC.\n______\n12 Fifth Avenue\n", "Harrowe Law Office, Inc."),
        # a name written in mixed case broken after its first word, a line per word or two
        ("", "EXHIBIT\n5.1\nTessel\nGrant LLP\nOne\nHarbor Center\n", "Tessel Grant LLP"),
        # EDGAR's description broken after a comma of the name
        (
            "",
            "Exhibit 5.1\nOPINION OF PELHAM, VANE,\nMOSS & WOODROW LLP\n(attached)\n",
            "Pelham, Vane, Moss & Woodrow LLP",
        ),
        # the description EDGAR's header line repeats as XML
        (
            "EX-5.01 2 d5.htm OPINION OF TARN ROWE & HILL LLP <![CDATA[Opinion of Tarn Rowe & "
            "Hill LLP]]>\n",
            "",
            "Tarn Rowe & Hill LLP",
        ),
        # a letterhead set in spaced capitals
        ("", "H A R L O W  &  M cC L U R E  L L P\n1 Main Street\n", "Harlow & McClure LLP"),
        # a logo's short form before the name in full
        (
            "",
            "Tessel Grant Tessel, Grant, Moss & Vane, P.C.\n1 Main Street\n",
            "Tessel, Grant, Moss & Vane, P.C.",
        ),
        # a lawyer's practice "and Associates", a company's form after it
        (
            "EX-5 1 f5.txt EXHIBIT 5 QUARLE AND ASSOCIATES, INC. 26 East Way ",
            "",
            "Quarle and Associates, Inc.",
        ),
        # a name its domain spells only in part is kept whole when it ends in its legal form
        (
            "",
            "(TARRANT VOSS LOGO)\nTarrant, Voss, Pellew and Stone, P.L.C.\n840 West Road\n"
            "www.tarrantvoss.com\n",
            "Tarrant, Voss, Pellew and Stone, P.L.C.",
        ),
        # a described letterhead with "On the" before it
        ("", "Exhibit 5.1\n[On the letterhead of Harrow & Quill LLP]\n", "Harrow & Quill LLP"),
        # EDGAR's description saying the firm is counsel: a Dutch form is then a firm's
        (
            "EX-5.1 3 d5.htm OPINION OF VAN TESSEL MARK N.V., DUTCH COUNSEL FOR THE COMPANY "
            "Opinion of Van Tessel Mark N.V., Dutch counsel for the Company\n",
            "",
            "Van Tessel Mark N.V.",
        ),
        # the name above "A PROFESSIONAL CORPORATION", a partner's own P.C. printed beside it
        (
            "",
            "EXHIBIT 5.1\nHALVERN, PIKE & MOSS\nA PROFESSIONAL CORPORATION\n2200 ONE TOWER\n"
            "ATTORNEYS AND COUNSELORS 1335 NOEL ROAD\nJANE Q. DOE, P.C. DALLAS, TEXAS 75240\n",
            "Halvern, Pike & Moss",
        ),
        # a domain spelling the first name of two never cuts the name at its "&"
        (
            "",
            "Exhibit 5.1\n|\nQUENTIN MARLOWE & COLLINS\nATTORNEYS AT LAW\n|\n"
            "www.quentinmarlowe.com\n",
            "Quentin Marlowe & Collins",
        ),
        # EDGAR's description of a tax opinion before a flattened letterhead
        (
            "EX-8 8 ex8-1.txt EX8-1 FEDERAL TAX OPINION HARLAN PEEL & FISK, PC ATTORNEYS AT LAW "
            "1100 NEW YORK AVENUE, N.W. ",
            "",
            "Harlan Peel & Fisk, PC",
        ),
        # "Esq." keeps its full stop; "MC" opening a name in capitals is "Mc"
        ("", "Exhibit 5.1\nCarter Q. Roe, Esq.\n12 Main Street\n", "Carter Q. Roe, Esq."),
        ("", "Exhibit 8.1\nBRANNIGAN MCCULLOUGH LLP\n1 Federal St.\n", "Brannigan McCullough LLP"),
        # a legal form glued to the last name when the letterhead's text was extracted
        (
            "",
            "Exhibit 5.1\nHARROW QUILL & FENMORELLP\n200 Main St.\n",
            "Harrow Quill & Fenmore LLP",
        ),
    ],
)
def test_firm_names_in_shapes_of_outside_batches(header: str, heading: str, firm: str) -> None:
    """Shapes of letterheads, EDGAR descriptions and flattened layouts that letters of firms
    outside the corpus showed (sessions 5 and 6), each written here for a fictional firm."""
    from precedent_bank.importer.metadata import find_firm

    header, heading = (header and header + DATED), (heading and heading + DATED)
    assert find_firm(header, heading, "", header + heading + ENGAGED) == firm


def test_a_bare_name_in_capitals_below_the_exhibit_line_over_an_address(
    recogniser: Recogniser,
) -> None:
    """Two surnames and no legal form, above the building and street: the firm, doubted."""
    from precedent_bank.importer.evidence import DOUBT_BELOW

    head = "Exhibit 5.1\n\nPELLINGHAM CROSS\n\nTHE HARBOUR BUILDING\n\n405 QUAY STREET\n\nBOSTON"
    data = draft_record(
        Letter(Path("x.txt"), None, fictional(head, "/s/ J. Smith"), "text", None), recogniser
    ).data
    assert data["firm"] == "Pellingham Cross"
    assert data["imported"]["evidence"]["firm"]["confidence"] < DOUBT_BELOW


def test_a_company_with_plc_is_still_no_firm() -> None:
    from precedent_bank.importer.metadata import find_firm

    heading = "Quillon Ridge plc\n1 Oak Way\n" + DATED
    assert find_firm("", heading, "", heading + ENGAGED) is None


def test_a_client_street_with_an_ampersand_is_no_firm() -> None:
    """A client's address above the date ("Mill & Orchard Street") is passed over for the name
    EDGAR's description gives."""
    from precedent_bank.importer.metadata import find_firm

    header = "EX-8.1 3 d81.htm TAX OPINION OF TARLOW, VESTING, HOLT AND KEMP Tax Opinion\n"
    heading = (
        "TARLOW VESTING\n12 Canal Avenue\nBoston\n\nQuillon Ridge, Inc.\n9 Quay Road\n"
        "Mill & Orchard Street\nAthens, Greece\n" + DATED
    )
    found = find_firm(header, heading, "", header + heading + ENGAGED)
    assert found is not None
    assert firm_key(found) == firm_key("Tarlow, Vesting, Holt and Kemp")


def test_an_engagement_of_endless_capitalised_words_is_read_at_once() -> None:
    """The issuer's patterns, tried from each place in a long run of capitalised words, took
    time growing with the square of the run (46 s for 78 KB): only the engagement's first
    4,000 characters are searched, where letters name their client."""
    from precedent_bank.importer.metadata import read_facts
    from tests.limits import deadline

    engagement = "Registration Statement of " * 20_000 + "Quillon Ridge, Inc."
    with deadline(20):
        facts = read_facts(engagement, [("engagement", engagement)])
    assert facts.issuer is None
    named = ENGAGED + engagement  # a client named first is still found
    with deadline(20):
        assert read_facts(named, [("engagement", named)]).issuer == "Quillon Ridge Corp."


@pytest.mark.parametrize("head", ["[" + "A" * 100_000, "Abc" + "d" * 100_000 + " LLP"])
def test_a_letterhead_of_one_endless_word_is_read_at_once(head: str) -> None:
    """A name is looked for from a word's start, in words of a name's length: from inside one
    long run of letters it scanned the rest of the run from each letter (minutes)."""
    from precedent_bank.importer.metadata import find_firm

    heading = head + DATED
    assert find_firm("", heading, "", heading + ENGAGED) is None


@pytest.mark.parametrize(
    ("sentence", "issuer", "jurisdiction"),
    [
        # a register number between the name and its form; "the Law of", singular
        (
            "We have acted as Freedonian counsel to Pellucid Optics Ltd. (Company No. 512345678) "
            "a limited liability company incorporated under the Law of the State of Freedonia "
            "(the \u201cCompany\u201d).",
            "Pellucid Optics Ltd.",
            "Freedonia",
        ),
        # a form in words of its own, then the place
        (
            "We have acted as counsel to Tessell Fabrication Ltd., a company limited by shares "
            "organized under the laws of the State of Freedonia (the \u201cCompany\u201d), in "
            "connection with the Registration Statement on Form F-3.",
            "Tessell Fabrication Ltd.",
            "Freedonia",
        ),
        # no "counsel to": the filing names the client
        (
            "This opinion is given in connection with the filing by Quarrow Bancshares, Inc., a "
            "corporation organized under the laws of the State of Georgia "
            "(the \u201cCompany\u201d), with the Securities and Exchange Commission of a "
            "registration statement on Form S-8.",
            "Quarrow Bancshares, Inc.",
            "Georgia",
        ),
    ],
)
def test_the_place_a_client_is_organised_under_is_never_the_issuer(
    sentence: str, issuer: str, jurisdiction: str
) -> None:
    """ "... organized under the laws of the State of X (the "Company")": X was taken for the
    issuer, the defined term standing right after it."""
    facts = facts_of("", sentence)
    assert (facts.issuer, facts.jurisdiction) == (issuer, jurisdiction)


@pytest.mark.parametrize(
    ("sentence", "issuer", "jurisdiction"),
    [
        (
            "We have acted as counsel to Bank of the Marches Corporation, a North Carolina "
            "corporation (the \u201cCompany\u201d), in connection with its registration statement.",
            "Bank of the Marches Corporation",
            "North Carolina",
        ),
        (
            "We have acted as legal advisers to Quellan Banks, p.l.c. (the \u201cCompany\u201d) as "
            "to Irish law in connection with its registration statement on Form F-3.",
            "Quellan Banks, p.l.c.",
            None,
        ),
        (
            "We have acted as special Swiss counsel to Tallen Holding AG, a stock corporation "
            "incorporated under the laws of Switzerland (the \u201cCompany\u201d) in connection "
            "with the filing of a registration statement on Form F-1.",
            "Tallen Holding AG",
            "Switzerland",
        ),
        # "represented" rather than "counsel to"
        (
            "We have represented Tamsworth Products Company, a Michigan corporation (the "
            "\u201cCompany\u201d), in connection with its registration statement on Form S-8.",
            "Tamsworth Products Company",
            "Michigan",
        ),
        # "laws to X": only "laws of" leads to a place
        (
            "You have requested certain opinions regarding the application of U.S. federal "
            "income tax laws to Quarry Net Lease Realty, Inc. (the \u201cCompany\u201d).",
            "Quarry Net Lease Realty, Inc.",
            None,
        ),
    ],
)
def test_issuers_with_of_the_and_european_forms(
    sentence: str, issuer: str, jurisdiction: str | None
) -> None:
    facts = facts_of("", sentence)
    assert (facts.issuer, facts.jurisdiction) == (issuer, jurisdiction)


def test_the_professions_words_are_never_the_firm() -> None:
    """ "ATTORNEYS & COUNSELORS" has an "&" and capitals, and was read as the firm's name."""
    from precedent_bank.importer.metadata import find_firm

    heading = "|\nATTORNEYS & COUNSELORS\n901 Main Street, Suite 600\nDallas, Texas\n" + DATED
    assert find_firm("", heading, "", heading + ENGAGED) is None


@pytest.mark.parametrize(
    "engagement",
    [
        "We have acted as legal counsel to Tessaly in connection with the merger.",
        "We have acted as Tessaly\u2019s counsel in connection with the Registration Statement.",
    ],
)
def test_a_client_the_engagement_names_by_its_short_name_defined_above(engagement: str) -> None:
    """The client named by the short name the letter gave it before ("Tessaly"), not again in
    full: the name that short name stands for."""
    heading = (
        "Re: Merger of Harrow Sub, Inc. with and into Tessaly Northwest Bancorp "
        "(\u201cTessaly\u201d)\n\nLadies and Gentlemen:\n\n"
    )
    facts = facts_of(heading, engagement + "\n")
    assert (facts.issuer, facts.cue["issuer"]) == ("Tessaly Northwest Bancorp", "short name")


def test_two_surnames_joined_by_and_over_by_sign_the_letter() -> None:
    """A signature block in capitals with no "&" and no legal form ("HALLAM AND PIERCE" over
    "By: /s/ ..."): a partnership's name as it signs (session 7's batch q)."""
    from precedent_bank.importer.metadata import find_firm

    signature = "Very truly yours,\nHALLAM AND PIERCE\n|\nBy:\n|\n/s/ Jane Roe\n"
    assert find_firm("", "Exhibit 5\n" + DATED, signature, ENGAGED) == "Hallam and Pierce"


def test_a_firm_named_only_in_a_later_pages_header_is_found_and_doubted(
    recogniser: Recogniser,
) -> None:
    """A letterhead printed as an image leaves only the header of page 2 naming the firm; the
    name there that the letter's domain spells is the firm, put before the reviewer."""
    text = (
        "Exhibit 5.1\nHARBOUR SQUARE |\nMay 4, 2019\nQuillon Fund\n1 Oak Way\nBoulder, Colorado\n"
        "Ladies and Gentlemen:\n"
        "We have acted as Delaware counsel to Quillon Fund, a Delaware statutory trust (the "
        '"Trust"), in connection with its registration statement.\n'
        "For purposes of this letter, we have reviewed the trust agreement of the Trust.\n"
        "1 Harbour Square - Wilmington, DE 19801\nP 302.555.0100 www.marrowtull.com\n"
        "Marrow Tull & Penn, llp\nQuillon Fund\nMay 4, 2019\nPage 2\n"
        "Based upon the foregoing, we are of the opinion that the Trust is duly formed.\n"
        "Very truly yours,\n/s/ J. Roe\n"
    )
    draft = draft_record(Letter(Path("x.txt"), None, text, "text", "utf-8"), recogniser)
    assert draft.facts.firm == "Marrow Tull & Penn, LLP"
    assert any(d.startswith("firm: 'Marrow Tull & Penn, LLP'") for d in draft.facts.doubtful)


@pytest.mark.parametrize(
    "header",
    [
        "EX-5.1 2 f5.txt EXHIBIT 5.1 J. QUINCY TARLETON 405 E. 1200 So. Draper, Utah 84020 ",
        "EXHIBIT 5 Jane Q. Tarleton, Esq. 1700 RIDGE ROAD CHURCHVILLE, NEW YORK 14428 ",
    ],
)
def test_a_lawyer_practising_alone_is_the_firm_but_doubted(header: str) -> None:
    """A letterhead headed by a lawyer's own name, with no firm's name anywhere: the lawyer is
    the firm, put before the reviewer."""
    facts = facts_of("", "We have acted as counsel to the Company." + "\n", header=header + DATED)
    assert facts.firm is not None
    assert facts.firm.endswith("Tarleton")
    confidence, how = weigh_facts(facts)["firm"]
    assert confidence < DOUBT_BELOW
    assert "practising alone" in how


@pytest.mark.parametrize(
    ("header", "lawyer"),
    [
        # broken a word a line, the initial's full stop lost, "Esquire" written out
        ("Quincy\nA\nTarleton, Esquire\n1015\nNorth Semoran Boulevard\n", "Quincy A Tarleton"),
        # over "A Professional Law Corporation"
        (
            "QUINCY\nH. TARLETON\nA\nProfessional Law Corporation\n9422\nCanfield Drive\n",
            "Quincy H. Tarleton",
        ),
    ],
)
def test_a_lawyers_own_letterhead_broken_over_lines(header: str, lawyer: str) -> None:
    facts = facts_of("", "We have acted as counsel to the Company.\n", header=header + DATED)
    assert facts.firm == lawyer
    assert weigh_facts(facts)["firm"][0] < DOUBT_BELOW


def test_a_sole_practitioner_signing_in_capitals_is_the_firm() -> None:
    facts = facts_of(
        "EXHIBIT 5.1\n" + DATED,
        "I have acted as counsel for the company.\n",
        "Cordially,\n/S/ Quincy Tarleton\nQuincy Tarleton\n",
    )
    assert facts.firm == "Quincy Tarleton"


def test_a_lawyers_own_name_in_letterhead_and_signature_is_still_doubted() -> None:
    """Letterhead and signature agreeing make a firm sure; a person's name, whoever agrees on
    it, is a lawyer practising alone, which the reviewer should confirm."""
    facts = facts_of(
        "MARGUERITE L. ASHBY\n412 Sierra Vista Way\nReno, Nevada 89501\n\n" + DATED,
        "I have acted as counsel for the company.\n",
        "Very truly yours,\n/s/ Marguerite L. Ashby\nMarguerite L. Ashby\n",
    )
    assert facts.firm == "Marguerite L. Ashby"
    confidence, how = weigh_facts(facts)["firm"]
    assert confidence < DOUBT_BELOW
    assert "practising alone" in how


@pytest.mark.parametrize(
    "header",
    [
        # session 11: a name without an initial, in a letter written as "I": a word a line in
        # capitals over the street number, or with the lawyer's degrees after it
        "Exhibit\n5\nQUINCY\nTARLETON\n59\nWest 100 South\nSalt Lake City, Utah 84101\n",
        "EXHIBIT 8.1 QUINCY ANN TARLETON, JD, LL.M, CPA - ------ ",
    ],
)
def test_a_lawyer_practising_alone_without_an_initial(header: str) -> None:
    engagement = "I have acted as special counsel for the Company.\n"
    facts = facts_of("", engagement, header=header + DATED)
    assert facts.firm in ("Quincy Tarleton", "Quincy Ann Tarleton")
    assert weigh_facts(facts)["firm"][0] < DOUBT_BELOW
    # written as "we", the same capitals are no lawyer's name
    assert facts_of("", ENGAGED, header=header + DATED).firm is None


@pytest.mark.parametrize(
    ("engagement", "issuer"),
    [
        # a numbered opinion opening with the name in capitals
        (
            'I have reached the following conclusions:\n1. QUILLON MEDICAL, INC. (the "Company") '
            "is a duly organized Florida corporation.",
            "QUILLON MEDICAL, INC.",
        ),
        # a defined term set in capitals, as old plain-text filings do
        (
            'We have represented Harrow Shares Bancorp, Inc. (the "COMPANY"), in connection with '
            "its registration statement on Form SB-2.",
            "Harrow Shares Bancorp, Inc.",
        ),
        # a name ending in its company's form, whatever follows it
        (
            "This firm is general counsel to Pellam Bioscience, Inc. and as such, we are familiar "
            "with its articles of incorporation.",
            "Pellam Bioscience, Inc.",
        ),
        # "the" before a trust's name, the trust called "the Trust"
        (
            'We are acting as special tax counsel to the Quillon Gold Trust (the "Trust") in '
            "connection with its registration statement on Form S-3.",
            "Quillon Gold Trust",
        ),
        # a section heading glued to the name where extraction lost the line break
        (
            "Introduction.Tessaly Equipment Fund 2, L.P. (the \u201cPartnership\u201d), is a "
            "limited partnership formed under the laws of Delaware.",
            "Tessaly Equipment Fund 2, L.P.",
        ),
    ],
)
def test_issuers_in_shapes_of_session_7s_batches(engagement: str, issuer: str) -> None:
    """Engagement shapes that letters of firms outside the corpus showed (session 7's batch q
    and s), each written here for a fictional client."""
    assert facts_of("", engagement + "\n").issuer == issuer


@pytest.mark.parametrize(
    ("heading", "signature", "firm"),
    [
        # the letterhead leaves off the legal form the signature gives
        ("Exhibit 5.1\nHALVERN PIKE\n", "Very truly yours,\n/s/ Halvern Pike US LLP\n", None),
        # "Law Offices of" before a name is part of it, even broken over lines
        (
            "Exhibit 5.1\nLAW OFFICES OF MARA T. QUILL & ASSOCIATES\n12 Oak Way\n",
            "",
            "Law Offices of Mara T. Quill & Associates",
        ),
        (
            "Exhibit 5.1\nLaw\nOffice of Dana Vell\n3960 W Harbor Blvd.\n",
            "",
            "Law Office of Dana Vell",
        ),
        # but not before partners' names, signed without it (session 24)
        (
            "Exhibit 5.1\nLAW OFFICES OF PELL, ROYCE & YAMADA\nA PROFESSIONAL CORPORATION\n",
            "Very truly yours,\n/s/ Pell, Royce & Yamada\n",
            "Pell, Royce & Yamada",
        ),
        # a practice named as a law group, with its street on the same line
        ("QUILLAN LAW GROUP    1511 West 40th Avenue\nVancouver, BC\n", "", "Quillan Law Group"),
        # a list of names a domain spells only the start of is not cut at a comma
        (
            "Exhibit 5.2\n\nHARROW, QUILL, PIKE & FENN\n\nA PROFESSIONAL LAW CORPORATION\n\n"
            "333 TEXAS STREET\n\nwww.harrowquill.com\n",
            "",
            "Harrow, Quill, Pike & Fenn",
        ),
        # a firm with a company's form, over what kind of firm it is
        (
            "Exhibit 5.1\nThe Vell Group, Inc.\nA California Professional Corporation\n"
            "Los Angeles\n",
            "",
            "The Vell Group, Inc., A California Professional Corporation",
        ),
    ],
)
def test_firm_names_in_shapes_of_session_9(heading: str, signature: str, firm: str | None) -> None:
    """Shapes of outside letters seen in session 9, each written for a fictional firm."""
    from precedent_bank.importer.metadata import find_firm

    text = heading + DATED + ENGAGED + signature
    found = find_firm("", heading + DATED, signature, text)
    assert found == (firm or "Halvern Pike US LLP")


def test_a_firm_named_in_a_lawyers_practice_form_is_not_one_of_its_members() -> None:
    from precedent_bank.importer.metadata import find_firm

    heading = "Exhibit 5.1\n\nINVESTMENT LAW GROUP\n\nOF HARROW QUILL & PIKE, LLC\n\n12 Oak Way\n"
    assert find_firm("", heading + DATED, "", heading + DATED + ENGAGED) != "Investment Law Group"


def test_a_letterhead_printed_below_the_date_is_not_the_addressee() -> None:
    """The firm's own block (name, street, telephone, web address) under the date, the client's
    board below it with no blank line between."""
    heading = (
        "Exhibit 5.1\n|\nOctober 24, 2023\n|\nHalvern Pike US LLP\nColumbia Square\n"
        "555 Thirteenth Street, NW\nWashington, DC 20004\nT +1 202 555 0100\nwww.halvernpike.com\n"
        "Board of Directors\nQuillon Ridge Corp.\n1 Oak Way\nBoulder, Colorado\n\n"
        "Ladies and Gentlemen:\n"
    )
    facts = facts_of(heading, ENGAGED, "Very truly yours,\n/s/ Halvern Pike US LLP\n")
    assert facts.addressee == "Quillon Ridge Corp."
    assert facts.firm == "Halvern Pike US LLP"


@pytest.mark.parametrize(
    "gold",
    [
        "Harrow & Quill, A Professional Law Corporation",
        "Harrow & Quill, a California professional corporation",
        "Harrow & Quill, P.C.",
        "Harrow & Quill, Attorneys at Law",
        "Harrow & Quill S.\u00e0 r.l. (Luxembourg)",  # European forms
        "Harrow & Quill CVBA/SCRL",
    ],
)
def test_a_legal_form_written_out_is_the_same_firm_to_the_scorer(gold: str) -> None:
    from precedent_bank.importer.evaluation import same_firm

    assert same_firm("Harrow & Quill", gold)
    assert not same_firm("Harrow & Quill", "Harrow Quill & Pike")


def test_a_lawyer_and_their_attorney_at_law_are_one_firm_in_the_bank() -> None:
    from precedent_bank.importer.firms import firm_key

    assert firm_key("Jane Q. Doe, Attorney-at-Law") == firm_key("Jane Q. Doe")
    assert firm_key("Harrow & Quill S.\u00e0 r.l.") == firm_key("Harrow & Quill")
    assert firm_key("Sarlow & Quill") != firm_key("Quill")


@pytest.mark.parametrize(
    ("top", "firm"),
    [
        ("[HOLLIS FENN]\n", "Hollis Fenn"),
        ("[Tarrant Moss Coe]\n", "Tarrant Moss Coe"),
        ("[FORM OF OPINION]\n", None),  # what the copy is, not who wrote it
        ("[LOGO]\n", None),
    ],
)
def test_a_letterhead_named_in_brackets_alone(top: str, firm: str | None) -> None:
    facts = facts_of("Exhibit 5.1\n" + top + DATED, ENGAGED, "Very truly yours,\n")
    assert facts.firm == firm


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        (
            "I have reviewed the Form SB-2 Registration Statement of Quillon Ridge, Inc. and am "
            "of the opinion that the shares are legally issued.",
            "Quillon Ridge, Inc.",
        ),
        (
            "We have served as special counsel in connection with your Form S-8 for shares "
            "issued under the Quillon Ridge, Inc. 2019 Equity Compensation Plan.",
            "Quillon Ridge, Inc.",
        ),
    ],
)
def test_an_issuer_named_only_by_its_registration_statement_or_plan(
    sentence: str, issuer: str
) -> None:
    from precedent_bank.importer.metadata import read_facts

    facts = read_facts(sentence, [("engagement", sentence)])
    assert facts.issuer == issuer


def test_an_australian_company_number_is_no_part_of_the_issuers_name() -> None:
    engagement = (
        "We have acted as Australian counsel to Marlow Tide Limited ACN 009 212 328 (the "
        '"Company") in connection with its Form F-3.\n'
    )
    assert facts_of("Dear Sirs\n", engagement).issuer == "Marlow Tide Limited"


# Session 12: firms and issuers from three fresh batches of outside letters (fictional names).


@pytest.mark.parametrize(
    ("letterhead", "firm"),
    [
        # a logo's name a word a line, its legal form alone on the last
        ("THE\nHARLOW\nLAW\nFIRM,\nLLC\nATTORNEYS AND COUNSELORS AT LAW\n", "Harlow Law Firm, LLC"),
        # a practice incorporated as a company, beside the domain its first words spell
        (
            "Exhibit 5.1\nHarlow Law, Inc.\n1 Plaza Way\nEmail: ann@harlowlaw.com\n",
            "Harlow Law, Inc.",
        ),
        # a sole practitioner's name broken after the first name
        (
            "Exhibit 5\nOpinion\nAnselm\nQ. Harlow\nAttorney\nat Law\n12 Oak Street\n",
            "Anselm Q. Harlow",
        ),
    ],
)
def test_firm_names_broken_by_narrow_layouts(letterhead: str, firm: str) -> None:
    facts = facts_of(letterhead + DATED, ENGAGED.replace("We have", "I have"))
    assert facts.firm is not None
    assert firm_key(facts.firm) == firm_key(firm)


def test_a_firm_naming_itself_in_the_text_is_the_firm_but_doubted() -> None:
    engagement = (
        "You have requested the opinion of Harlow & Vance LLP (\u201cHarlow\u201d) regarding "
        "certain federal income tax consequences of the merger of Quillon Ridge Corp.\n"
    )
    facts = facts_of("Exhibit 8\nMay 4, 2019\nBoard of Directors\nGentlemen:\n", engagement)
    assert facts.firm == "Harlow & Vance LLP"
    confidence, how = weigh_facts(facts)["firm"]
    assert confidence < DOUBT_BELOW
    assert "text names the firm" in how


def test_the_company_the_letter_calls_so_is_the_issuer_not_its_trust() -> None:
    engagement = (
        "I am the General Counsel of Quillon Bancorporation (the \u201cCompany\u201d), and have "
        "represented the Company in connection with the registration of the Capital Securities "
        "of Quillon Capital Trust I, a Delaware business trust (the \u201cTrust\u201d).\n"
    )
    assert facts_of("", engagement).issuer == "Quillon Bancorporation"


def test_a_voluntary_association_is_an_issuer() -> None:
    engagement = (
        "We are acting as counsel for Quillon Utilities, a voluntary association organized under "
        "the laws of Massachusetts (the \u201cCompany\u201d), in connection with its notes.\n"
    )
    facts = facts_of("", engagement)
    assert (facts.issuer, facts.jurisdiction) == ("Quillon Utilities", "Massachusetts")


def test_the_issuer_of_a_merger_letter_is_put_to_the_reviewer() -> None:
    engagement = (
        "You have requested our opinion regarding the merger of Dunmore Vale Bancshares, Inc., a "
        "Kentucky corporation (the \u201cCompany\u201d), with Quillon Bancorp Inc.\n"
    )
    facts = facts_of("", engagement)
    assert facts.issuer == "Dunmore Vale Bancshares, Inc."
    assert weigh_facts(facts)["issuer"][0] < DOUBT_BELOW
    # one company alone, and no merger: no doubt
    alone = facts_of("", ENGAGED)
    assert weigh_facts(alone)["issuer"][0] >= DOUBT_BELOW


@pytest.mark.parametrize(
    ("letterhead", "engagement", "firm"),
    [
        # a name whose first word joins letters with "&"
        ("K&L VANCE LLP K&L VANCE CENTER 210 SIXTH AVENUE\n", ENGAGED, "K&L Vance LLP"),
        # a lawyer's letterhead saying whose counsel they are
        ("[Letterhead of Ann Reyes, Counsel to Harrow Bank, p.l.c.]\n", ENGAGED, "Ann Reyes"),
        # the firm the subject of the engagement, no letterhead naming it
        (
            "Exhibit 5.1\n",
            "Harlow\nVance is acting as special counsel to Quillon Ridge Corp., a Maine "
            'corporation (the "Company").\n',
            "Harlow Vance",
        ),
    ],
)
def test_firms_named_in_session_12s_shapes(letterhead: str, engagement: str, firm: str) -> None:
    facts = facts_of(letterhead + DATED, engagement)
    assert facts.firm is not None
    assert firm_key(facts.firm) == firm_key(firm)


def test_professions_beside_the_name_are_never_the_firm() -> None:
    letterhead = "|\nBarristers\n& Solicitors\nPatent\n& Trade-mark Agents\nHarlow Vance\n"
    facts = facts_of(letterhead + DATED, ENGAGED)
    assert facts.firm is None or "agents" not in facts.firm.lower()


def test_an_opinion_of_caption_below_the_date_names_the_firm() -> None:
    heading = (
        "Exhibit 8.2\n\nSeptember 30, 2024\n\nOpinion of Harlow Vance LLC\n\nBoard of Directors\n"
    )
    facts = facts_of(heading + "Quillon Ridge Corp.\nLadies and Gentlemen:\n", ENGAGED)
    assert facts.firm == "Harlow Vance LLC"


def test_an_accounting_practice_naming_itself_is_the_firm() -> None:
    engagement = (
        "You have requested the opinion of Harlow, Vance, Coe & Associates (\u201cHVC\u201d) as "
        "to certain state income tax consequences of the conversion of Quillon Ridge Corp.\n"
    )
    facts = facts_of("Exhibit 8.1\nMay 4, 2019\nBoard of Directors\nGentlemen:\n", engagement)
    assert facts.firm == "Harlow, Vance, Coe & Associates"


@pytest.mark.parametrize(
    ("header", "letterhead", "firm"),
    [
        ("", "EXHIBIT 8\n[Harlowvance Letterhead]\n", "Harlowvance"),
        (
            "",
            "Exhibit 5.1\n|\nHarlow, Vance & Coe P. C. Attorneys at Law\n|\n",
            "Harlow, Vance & Coe P. C.",
        ),
        ("", "EXHIBIT 8.2\nVARLOW\n1 Bridge Place\nwww.varlowlaw.com\n", "Varlow"),
        (
            "EX-8.1 3 ex8-1.htm TAX OPINION OF HARLOW VANCE LAW PA REGARDING CERTAIN TAX MATTERS\n",
            "Exhibit 8.1\n",
            "Harlow Vance Law PA",
        ),
        (
            "",
            "To: Quillon Ridge Corp.\nFrom: Harlow\nLaw Office\nDate: 30 September 2009\n",
            "Harlow Law Office",
        ),
        (
            "",
            "Exhibit 5\n800 Boylston Street\nAnn Q. Reyes\nDeputy General Counsel and\n"
            "Corporate Secretary\n",
            "Ann Q. Reyes",
        ),
        ("", "Exhibit 5\n[ON HARLOW, VANCE & COE, LLC LETTERHEAD]\n", "Harlow, Vance & Coe, LLC"),
        (
            "",
            "HARLOW VANCE COE PLC\nATTORNEYS AND COUNSELORS\n1100 SIXTH STREET\n",
            "Harlow Vance Coe PLC",
        ),
        (
            "",
            "Exhibit 5.1\n[Letterhead of]\nHarlowe\nVance Morin & Coe LLP\n1 Plaza\n",
            "Harlowe Vance Morin & Coe LLP",
        ),
    ],
)
def test_session_12_letterheads_name_the_firm(header: str, letterhead: str, firm: str) -> None:
    facts = facts_of(letterhead + DATED, ENGAGED, header=header)
    assert facts.firm is not None
    assert firm_key(facts.firm) == firm_key(firm)


@pytest.mark.parametrize(
    ("letterhead", "lawyer"),
    [
        ("Exhibit 5\nAnn Q. Reyes\nDeputy General Counsel\n", "Ann Q. Reyes"),
        (
            "Exhibit 5\n|Quillon Financial Services\n|\nAnn Q. Reyes\nChief Counsel \u2014 "
            "Annuities\n1 Oak Way\n",
            "Ann Q. Reyes",
        ),
        # a suffix and "Esq." after the name; the letterhead flattened onto one line after the
        # exhibit's number
        (
            "EX-5 4 ex5a.txt Exhibit 5(a) Ann Q. Reyes, II, Esq. Executive Vice President, "
            "General Counsel and Secretary Quillon Ridge Corp. 1 Oak Way ",
            "Ann Q. Reyes, II",
        ),
        # another company's lawyer, appointed counsel for the issuer: "Chief Corporate Counsel"
        (
            "Exhibit 5.2\n\nLOGO\n\nAnn Q. Reyes\n\nVice President, Chief Corporate Counsel and "
            "Corporate\n\nSecretary of Quillon Holdings\n\n",
            "Ann Q. Reyes",
        ),
        # flattened, the name in capitals straight after the company's address
        (
            "Exhibit 5.1 QUILLON CORP. P.O. Box 70 Boise, Idaho 83707 ANN Q. REYES Vice "
            "President, General Counsel and Secretary ",
            "Ann Q. Reyes",
        ),
    ],
)
def test_an_in_house_lawyer_is_the_firm_but_doubted(letterhead: str, lawyer: str) -> None:
    facts = facts_of(letterhead + DATED, ENGAGED)
    assert facts.firm == lawyer
    assert weigh_facts(facts)["firm"][0] < DOUBT_BELOW


def test_in_house_counsel_named_only_by_edgars_description() -> None:
    header = "EX-5.1 3 d44exv5w1.htm OPINION OF JANE Q. MARLOWE d44exv5w1\n"
    heading = (
        "Exhibit 5.1\nMay 4, 2019\n\nQuillon Mutual Life Company\n1 Oak Way\nBoulder, Colorado\n\n"
        "Ladies and Gentlemen:\n"
    )
    engagement = (
        "I am Senior Vice President and General Counsel of Quillon Mutual Life Company, an Iowa "
        'corporation (the "Company").\n'
    )
    facts = facts_of(heading, engagement, header=header)
    assert (facts.firm, facts.cue["firm"]) == ("Jane Q. Marlowe", "in-house")
    assert facts.issuer == "Quillon Mutual Life Company"
    assert weigh_facts(facts)["firm"][0] < DOUBT_BELOW
    # a letter not written by the company's own lawyer takes no name from the description
    outside = facts_of(heading, "We have acted as counsel to the Company.\n", header=header)
    assert outside.firm is None


def test_a_company_incorporated_in_its_name_and_an_undated_letter_to_it() -> None:
    heading = (
        "Exhibit 5.1\nQuillon Ridge, Incorporated\n600 Harbour Avenue\nAnchorage, Alaska 99503\n"
        "Re: Registration Statement on Form S-8\nLadies and Gentlemen:\n"
    )
    engagement = (
        "I am the General Counsel of Quillon Ridge, Incorporated, a Missouri corporation (the "
        '"Company").\n'
    )
    facts = facts_of(heading, engagement)
    assert (facts.issuer, facts.jurisdiction) == ("Quillon Ridge, Incorporated", "Missouri")
    assert facts.addressee == "Quillon Ridge, Incorporated"
    # a letterhead over the firm's own street is no addressee
    letterhead = "MARROW PIKE & COE LIMITED\n2 Church Street\nHamilton, Bermuda\n\nDear Sirs\n"
    assert facts_of(letterhead, engagement).addressee is None


@pytest.mark.parametrize(
    ("addressed", "company"),
    [
        # a person, their title, then their company
        ("Mr. Alan B. Tessier\nPresident\nQuillon Oil & Gas, Inc.\n", "Quillon Oil & Gas, Inc."),
        # a fund family's trust
        ("Quillon Funds\n", "Quillon Funds"),
    ],
)
def test_the_company_a_letter_naming_no_client_is_addressed_to(
    addressed: str, company: str
) -> None:
    heading = f"May 4, 2021\n\n{addressed}6510 Abrams Road\nDallas, Texas 75231\n\nDear Sir:\n"
    facts = facts_of(heading, "We have considered the tax matters set out below.\n")
    assert (facts.issuer, facts.cue["issuer"]) == (company, "only the addressee")
    assert weigh_facts(facts)["issuer"][0] < DOUBT_BELOW


@pytest.mark.parametrize(
    "signature",
    [
        "Very truly yours,\n\nHalvern, Pike & Moss\n\nBy: /s/ Ann Reyes\n",
        # a narrow block breaks the name, and the closing, over lines
        "Very truly\nyours,\nHalvern,\nPike,\nMoss &\nCoe\nAnn R.\nReyes\nAR/ms\n",
    ],
)
def test_a_firm_signing_with_no_legal_form(signature: str) -> None:
    facts = facts_of("Exhibit 5\n" + DATED, ENGAGED, signature)
    assert facts.firm in ("Halvern, Pike & Moss", "Halvern, Pike, Moss & Coe")


@pytest.mark.parametrize(
    ("heading", "engagement", "issuer"),
    [
        # a unit trust's sponsor is the client; the trust its "Re:" line names issues the units
        (
            "May 4, 2003\n\nQuillon Markets Inc.\n1 Main Street\nStamford, Connecticut\n\n"
            "Re:\nTax Exempt Bond Trust, Ohio Trust 12\nLadies and Gentlemen:\n",
            "We have acted as special Ohio counsel to you as Sponsor of the Ohio Trust 12 of the "
            "Tax Exempt Bond Trust in connection with the issuance of its units.\n",
            "Tax Exempt Bond Trust, Ohio Trust 12",
        ),
        # several series at once: the trust they are series of
        (
            "May 4, 2003\n\nQuillon Markets Inc.\n1 Main Street\nStamford, Connecticut\n\n"
            "Re: Tax Exempt Bond Trust, Ohio Trust 12, Iowa Trust 40 and Utah Trust 7\n"
            "Ladies and Gentlemen:\n",
            "We have acted as special counsel for Quillon Markets Inc. as Depositor and Sponsor "
            '(the "Depositor") of the trusts named above.\n',
            "Tax Exempt Bond Trust",
        ),
        # the securities named before their issuer in the "Re:" line
        (
            "May 4, 2008\n\nQuillon Securities LLC\n1585 Broadway\nNew York, New York\n\nRe: "
            "Issuance of 1,000,000 shares of Common Stock of Quillon Power Corporation (the "
            '"Company")\nLadies and Gentlemen:\n',
            "I am the Company's counsel.\n",
            "Quillon Power Corporation",
        ),
        # a series of a unit trust addressed by name
        (
            "May 4, 2001\n\nQuillon Tax-Free Unit Trust, Series 1215\n333 West Wacker Drive\n"
            "Chicago, Illinois\n\nDear Sirs:\n",
            "We have considered the Illinois tax matters set out below.\n",
            "Quillon Tax-Free Unit Trust, Series 1215",
        ),
    ],
)
def test_issuers_of_unit_trusts_and_of_named_securities(
    heading: str, engagement: str, issuer: str
) -> None:
    assert facts_of(heading, engagement).issuer == issuer


def test_a_short_name_the_letter_gave_is_no_issuers_name() -> None:
    from precedent_bank.importer.metadata import defined_name

    engagement = (
        "You have asked for our opinion on the reclassification of the shares of beneficial "
        'interest of Quillon Growth Fund ("Acquiring Fund") held by its holders as shares of '
        "Acquiring Fund of another class.\n"
    )
    assert defined_name(engagement, "Acquiring Fund") == "Quillon Growth Fund"
    assert defined_name(engagement, "Quillon Growth Fund") is None
    assert facts_of("May 4, 2010\n\nGentlemen:\n", engagement).issuer != "Acquiring Fund"


def test_a_practice_signing_under_its_lawyer_and_a_one_word_firm_its_domain_spells() -> None:
    signed = facts_of(
        "Exhibit 5\n" + DATED,
        ENGAGED,
        "Yours faithfully,\n/s/ Ann Reyes\nAnn Reyes\nReyes Law Firm\n",
    )
    assert signed.firm == "Reyes Law Firm"
    # one word under a broken closing: a firm when the letter's web domain (here in a footer
    # in the body) spells it, and no name at all when nothing does
    body = ENGAGED + "|101 Collins Street Melbourne\n|www.pellam.com.au\n"
    signature = "Yours\nfaithfully\nPellam\nAnn\nReyes\nPartner\n"
    assert facts_of("Exhibit 5\n" + DATED, body, signature).firm == "Pellam"
    assert facts_of("Exhibit 5\n" + DATED, ENGAGED, signature).firm is None


@pytest.mark.parametrize(
    ("engagement", "issuer"),
    [
        (
            "In my capacity as Legal Adviser to the Ministry of Finance of the Republic of Arvenia "
            '(the "Republic"), I have reviewed the Debt Securities to be executed and delivered by '
            "the Republic.\n",
            "Republic of Arvenia",
        ),
        (
            "I have acted as counsel to the Ministry of Finance of the Kingdom of Vellmark "
            "(\u201cVellmark\u201d) in connection with Vellmark\u2019s offering of its Global "
            "Bonds.\n",
            "Kingdom of Vellmark",
        ),
        (
            "I refer to the registration statement under which the Province of Quillon "
            '("Quillon") proposes to issue its debentures from time to time.\n',
            "Province of Quillon",
        ),
        # a country whose securities laws alone are spoken of
        (
            "We are qualified to practise law in the Republic of Arvenia (\u201cArvenia\u201d) and "
            "advise Quillon Ridge Ltd. only on the securities laws of Arvenia.\n",
            None,
        ),
        # a country named for its law, by counsel to a company it does not name as such
        (
            'I am qualified to practise law in the People\'s Republic of Arvenia (the "PRC") and '
            "have reviewed the documents of Quillon Ridge Ltd. under the laws of the PRC.\n",
            None,
        ),
    ],
)
def test_a_state_issuing_its_own_debt_is_the_issuer(engagement: str, issuer: str | None) -> None:
    """A sovereign's legal adviser writes of no company: the state the letter names, defines
    and says issues or signs is the issuer, sure enough not to be doubted."""
    heading = "Exhibit C\nMay 4, 2019\n\nMinistry of Finance\n1 Main Square\n\nDear Sirs:\n"
    facts = facts_of(heading, engagement)
    if issuer is None:  # whatever else is found, not the country
        assert "Arvenia" not in (facts.issuer or "")
    else:
        assert facts.issuer == issuer
        assert weigh_facts(facts)["issuer"][0] >= DOUBT_BELOW


@pytest.mark.parametrize(
    ("engagement", "issuer"),
    [
        # a savings bank's conversion: the client is the bank, the stock is its holding company's
        (
            'We have acted as counsel to Quillon Savings Bank (the "Bank") in connection with its '
            "conversion and the offering of common stock of Quillon Bancorp, Inc.\n",
            "Quillon Bancorp, Inc.",
        ),
        # a holding company of another name, that the letter says owns the bank or defines so
        (
            'We have acted as counsel to Harrow Federal Savings Bank (the "Bank") in connection '
            "with the reorganization under which Dunmore Financial Corp. will own the Bank.\n",
            "Dunmore Financial Corp.",
        ),
        (
            'We have acted as counsel to Harrow Federal Savings Bank (the "Bank") in connection '
            'with the offering of Dunmore Financial Corp. (the "Holding Company").\n',
            "Dunmore Financial Corp.",
        ),
        (
            'We have acted as counsel to Harrow Federal Savings Bank (the "Bank"), to become a '
            "wholly owned subsidiary of Dunmore Financial Corp.\n",
            "Dunmore Financial Corp.",
        ),
        # ... but named once it may be anyone's: the bank stays, doubted or not as it was read
        (
            'We have acted as counsel to Harrow Federal Savings Bank (the "Bank") in connection '
            "with a loan to Dunmore Financial Corp.\n",
            "Harrow Federal Savings Bank",
        ),
        # a lender or an underwriter named twice is not the bank's parent
        (
            'We have acted as counsel to Harrow Savings Bank (the "Bank") in connection with '
            "its common stock. The Bank has borrowed from Dunmore Financial Corp., and Dunmore "
            "Financial Corp. holds a lien on its stock, underwritten by Pellam Capital Group and "
            "Pellam Capital Group.\n",
            "Harrow Savings Bank",
        ),
        # a word two names share is not enough: every word of the bank's own must be there
        (
            'We have acted as counsel to First Harrow Bank (the "Bank") in connection with a '
            "line of credit from First Dunmore Financial Corp.\n",
            "First Harrow Bank",
        ),
        # a company bearing the bank's name is its parent only with a holding company's name
        (
            'We have acted as counsel to Quillon Savings Bank (the "Bank") and its subsidiary '
            "Quillon Insurance Agency, Inc.\n",
            "Quillon Savings Bank",
        ),
        # the bank's own name with a holding company's word in it is not its parent
        (
            'We have acted as counsel to Harrow Financial Bank, a Vermont bank (the "Bank").\n',
            "Harrow Financial Bank",
        ),
        # ... and a word as common as "National" makes no company the bank's own
        (
            'We have acted as counsel to Harrow National Bank (the "Bank") in connection with a '
            "loan to Dunmore National Bancorp, Inc.\n",
            "Harrow National Bank",
        ),
        # "the Mid-Tier Holding Company" is a term the letter defines, not a company's name
        (
            'We have acted as counsel to Quillon Savings Bank (the "Bank") in connection with '
            "the Mid-Tier Holding Company and the stock of the Mid-Tier Holding Company.\n",
            "Quillon Savings Bank",
        ),
        # no holding company named at all; and a bank's name not ending in "Bank"
        ('We have acted as counsel to Quillon Bank (the "Bank").\n', "Quillon Bank"),
        (
            "We have acted as counsel to Quillon Bank Corporation, in connection with its "
            "offering, underwritten by Quillon Bancorp, Inc.\n",
            "Quillon Bank Corporation",
        ),
    ],
)
def test_a_bank_client_of_a_registered_offering_gives_its_holding_company(
    engagement: str, issuer: str
) -> None:
    """A U.S. bank's own securities need no registration (Securities Act section 3(a)(2)): a
    letter whose client is a bank, naming the bank's holding company, is on the holding
    company's securities."""
    assert facts_of("May 4, 2021\n\nGentlemen:\n", engagement).issuer == issuer


def test_a_banks_holding_company_is_doubted_and_says_why() -> None:
    engagement = (
        'We have acted as counsel to Quillon Savings Bank, a Vermont savings bank (the "Bank"), '
        "in connection with the offering of common stock of Quillon Bancorp, Inc.\n"
    )
    # addressed to the holding company, as such letters are: that confirms nothing
    facts = facts_of("May 4, 2021\n\nQuillon Bancorp, Inc.\n\nGentlemen:\n", engagement)
    confidence, how = weigh_facts(facts)["issuer"]
    assert (facts.issuer, facts.jurisdiction) == ("Quillon Bancorp, Inc.", None)  # not Vermont
    assert confidence < DOUBT_BELOW
    assert "3(a)(2)" in how


def test_of_two_parents_the_one_bearing_the_banks_name_is_taken() -> None:
    from precedent_bank.importer.companies import bank_holding_company

    text = (
        "counsel to Harrow Savings Bank, a wholly owned subsidiary of Dunmore Group, Inc. "
        "(Dunmore Group, Inc. being a subsidiary of Harrow Bancorp, Inc.)"
    )
    assert bank_holding_company(text, "Harrow Savings Bank") == "Harrow Bancorp, Inc."


@pytest.mark.parametrize(
    ("engagement", "document"),
    [
        ("We have served as Maryland counsel to the Company", "local-counsel-opinion"),
        ("We have acted as Cayman Islands legal advisers to the Company", "local-counsel-opinion"),
        ("We have acted as special South Dakota counsel to the Company", "local-counsel-opinion"),
        ("We have acted as local Maine counsel to the Company", "local-counsel-opinion"),
        ("We have acted as counsel to the Company", "legality-opinion"),
        ("We have acted as special U.S. tax counsel to the Company", "tax-opinion"),
    ],
)
def test_local_counsel_is_known_by_the_place_it_is_counsel_for(
    engagement: str, document: str
) -> None:
    facts = facts_of(
        "Exhibit 5.2\n" + DATED,
        f"{engagement} in connection with its registration statement on Form S-3.\n",
    )
    assert facts.document == document
    if document == "local-counsel-opinion":  # the reason quotes the letter, not an example
        place = engagement.removeprefix("We have ").split(" to the")[0].split(" as ", 1)[1]
        assert weigh_facts(facts)["document"] == (
            0.8,
            f'counsel names itself for a place ("{place}")',
        )


@pytest.mark.parametrize(("exhibit", "sure"), [("5.1", 0.5), ("5", 0.5), ("5.2", 0.8)])
def test_special_counsel_filed_as_the_main_legality_opinion_is_doubted(
    exhibit: str, sure: float
) -> None:
    """A letter of "special Wyoming counsel" filed as Exhibit 5.1 with the opinion on the shares
    may be the only one the issuer filed: kept as local counsel's, but doubted."""
    from precedent_bank.importer.metadata import read_facts

    heading = f"Exhibit {exhibit}\n" + DATED
    engagement = (
        "We have acted as special Wyoming counsel to the Company in connection with its "
        "registration statement on Form S-1.\n"
    )
    opinion = "The Shares are validly issued, fully paid and nonassessable.\n"
    clauses = [("heading", heading), ("engagement", engagement), ("opinion-equity", opinion)]
    facts = read_facts(heading + engagement + opinion, clauses)
    assert facts.document == "local-counsel-opinion"
    confidence, reason = weigh_facts(facts)["document"]
    assert confidence == sure
    assert '"special Wyoming counsel"' in reason
    assert ("Exhibit 5.1" in reason) is (sure < DOUBT_BELOW)


@pytest.mark.parametrize(
    "firm",
    [
        "OSTRANDER, PELL & QUAID, a Professional Corporation",
        "OSTRANDER PELL QUAID A Professional Law Corporation",
    ],
)
def test_a_name_in_capitals_before_its_described_form_is_written_as_firms_write_names(
    firm: str,
) -> None:
    facts = facts_of(
        "Exhibit 5.1\n" + DATED,
        "We have acted as counsel to the Company.\n",
        f"Very truly yours,\n\n{firm}\n",
    )
    assert facts.firm == firm.replace("OSTRANDER", "Ostrander").replace("PELL", "Pell").replace(
        "QUAID", "Quaid"
    )


@pytest.mark.parametrize(
    ("covered", "laws"),
    [
        (
            "this opinion covers only Chapter 78 of the Nevada Revised Statutes.",
            ["Nevada Revised Statutes"],
        ),
        (
            "We express no opinion on any law other than the Colorado Business Corporation Act.",
            ["Colorado Business Corporation Act"],
        ),
        (
            "limited to the Texas Business Organizations Code and the laws of New York.",
            ["Texas Business Organizations Code", "New York"],
        ),
        # a government's legal adviser: the republic's name, not "Republic"
        ("this opinion is limited to the laws of the Republic of Esterna.", ["Esterna"]),
        (
            "we express no opinion as to laws other than the New York Business Corporation Law.",
            ["New York Business Corporation Law"],
        ),
        (
            "this opinion is limited to the General Corporation Law of the State of Ohio.",
            ["Ohio General Corporation Law"],
        ),
        (
            "limited to the General Corporation Law of the State of Delaware.",
            ["Delaware General Corporation Law"],
        ),
        (
            "the foregoing opinion is limited to the Utah Revised Business Corporation Act.",
            ["Utah Revised Business Corporation Act"],
        ),
        (
            "the foregoing is limited to the Louisiana Limited Liability Company Law.",
            ["Louisiana Limited Liability Company Law"],
        ),
    ],
)
def test_a_states_statute_named_as_the_law_covered_is_a_law(covered: str, laws: list[str]) -> None:
    from precedent_bank.importer.metadata import read_facts

    clause = f"We are admitted only in one state, and {covered}\n"
    assert read_facts(clause, [("limitation-jurisdiction", clause)]).laws == laws


def test_ltd_and_chtd_keep_the_stop_the_letter_gives_them() -> None:
    from precedent_bank.importer.metadata import _clean_firm

    assert _clean_firm("SAGEBROOK LOWE, CHTD.") == "SAGEBROOK LOWE, CHTD."
    assert _clean_firm("Dunmere Rusk Ltd.") == "Dunmere Rusk Ltd."
    assert _clean_firm("Dunmere Rusk Ltd") == "Dunmere Rusk Ltd"
    assert _clean_firm("Marrow Pike LLP.") == "Marrow Pike LLP"  # a sentence's stop


@pytest.mark.parametrize(
    ("exhibit", "opinions", "document", "doubted"),
    [
        # a caption typed as a tax opinion does not make an Exhibit 5 on shares a tax letter
        ("5.1", ["opinion-tax", "opinion-equity"], "legality-opinion", False),
        # an Exhibit 5 whose only opinion reads as a tax one: told, and doubted
        ("5.1", ["opinion-tax"], "tax-opinion", True),
        ("8.1", ["opinion-tax"], "tax-opinion", False),
        ("5.1", ["opinion-equity"], "legality-opinion", False),
        # filed as Exhibit 8, with no clause that reads as a tax opinion: not sure, and doubted
        # when the opinion it gives is a legality one
        ("8.1", ["opinion-existence"], "tax-opinion", False),
        ("8.1", ["opinion-equity"], "tax-opinion", True),
        (None, ["opinion-other"], "other", True),
    ],
)
def test_the_kind_of_letter_weighs_its_exhibit_against_its_opinions(
    exhibit: str | None, opinions: list[str], document: str, doubted: bool
) -> None:
    from precedent_bank.importer.metadata import read_facts

    heading = f"Exhibit {exhibit}\n\nMay 4, 2019\n\n" if exhibit else "May 4, 2019\n\n"
    clauses = [("heading", heading), ("engagement", ENGAGED)]
    clauses += [(kind, "In our opinion, the matters are as stated.\n") for kind in opinions]
    facts = read_facts("".join(text for _, text in clauses), clauses)
    assert facts.document == document
    confidence, how = weigh_facts(facts)["document"]
    assert (confidence < DOUBT_BELOW) == doubted, how
    # sure only where the exhibit number and the opinion given agree
    agree = (exhibit, opinions[-1]) in {("5.1", "opinion-equity"), ("8.1", "opinion-tax")}
    assert (confidence >= 0.9) == agree, how


def test_an_impossible_date_is_doubted_and_the_addressee_still_read() -> None:
    """ "February 30, 2021" was reported only as a date not found, and the address block under
    it was lost with it."""
    facts = facts_of(
        "CRANE & HOLT LLP\n\nFebruary 30, 2021\n\nFenmore Glass, Inc.\n\nLadies and Gentlemen:\n\n",
        ENGAGED,
    )
    assert facts.date is None
    assert "date: the letter is dated 'February 30, 2021', a day no calendar has" in (
        facts.doubtful
    )
    assert facts.addressee == "Fenmore Glass, Inc."
    sound = facts_of("CRANE & HOLT LLP\n\nFebruary 28, 2021\n\nFenmore Glass, Inc.\n\n", ENGAGED)
    assert not [d for d in sound.doubtful if d.startswith("date:")]


def test_a_letterhead_and_a_signature_of_two_firms_are_doubted() -> None:
    """One firm's letterhead over another's signature was read as the signer's, sure (0.8)."""
    heading = "ROSSITER & VALE LLP\n15 Beacon Street\n\nJune 1, 2019\n\nQuillon Ridge Corp.\n\n"
    facts = facts_of(heading, ENGAGED, "Very truly yours,\n\n/s/ Abernethy Kolb LLP\n")
    assert facts.firm == "Abernethy Kolb LLP"
    assert (
        "firm: the letterhead names Rossiter & Vale LLP, but the letter is signed Abernethy "
        "Kolb LLP: which firm gave it?"
    ) in facts.doubtful
    same = facts_of(heading, ENGAGED, "Very truly yours,\n\n/s/ Rossiter & Vale LLP\n")
    assert not [d for d in same.doubtful if d.startswith("firm:")]
    short = facts_of(heading, ENGAGED, "Very truly yours,\n\n/s/ ROSSITER & VALE\n")
    assert not [d for d in short.doubtful if d.startswith("firm:")]


@pytest.mark.parametrize(
    ("described", "expected"),
    [
        # the class named in lower case after "of", not the defined term standing in for it
        (
            "4,250,000 shares of the Company's common stock, par value $0.0001 per share "
            '(the "Shares")',
            "common stock",
        ),
        (
            '12,000,000 shares of common stock, par value $0.001 per share (the "Shares")',
            "common stock",
        ),
        (
            '$600,000,000 of the Company\'s first mortgage bonds (the "Bonds")',
            "first mortgage bonds",
        ),
        # a capitalised name is kept as it was
        (
            '$400,000,000 of its 5.25% Senior Notes due 2031 (the "Notes")',
            "5.25% Senior Notes due 2031",
        ),
    ],
)
def test_a_security_is_described_by_its_class_in_words(described: str, expected: str) -> None:
    from precedent_bank.importer.metadata import read_facts

    engagement = (
        "We have acted as counsel to Quillon Ridge Corp., a Delaware corporation (the "
        '"Company"), in connection with its Registration Statement on Form S-3 relating to '
        f"{described}.\n"
    )
    facts = read_facts(engagement, [("engagement", engagement)])
    wanted = (
        expected
        or {
            "Shares": "common stock",
            "Bonds": "first mortgage bonds",
            "Notes": "5.25% Senior Notes due 2031",
        }[described.rsplit('"', 2)[-2]]
    )
    assert [d for _, d in facts.securities] == [wanted]


def test_a_universal_shelfs_five_kinds_are_all_in_its_title(recogniser: Recogniser) -> None:
    """The units' term closes the list ("the "Units" and, together with ..., the
    "Securities""): it was not read as a term, and the title named four kinds at most."""
    shelf = (
        'a Registration Statement on Form S-3 relating to (i) debt securities (the "Debt '
        'Securities"), (ii) shares of preferred stock (the "Preferred Stock"), (iii) shares of '
        'common stock (the "Common Stock"), (iv) warrants (the "Warrants") and (v) units '
        'consisting of any of the foregoing (the "Units" and, together with the Debt Securities, '
        'the Preferred Stock, the Common Stock and the Warrants, the "Securities")'
    )
    text = fictional("Brask Ottley LLP", "/s/ Brask Ottley LLP", shelf)
    data = draft_record(Letter(Path("x.txt"), None, text, "text", None), recogniser).data
    assert [s["type"] for s in data["securities"]] == [
        "debt",
        "preferred",
        "equity",
        "warrant",
        "unit",
    ]
    assert data["title"].endswith("Warrants and Units")
    assert not [d for d in data["imported"].get("doubtful", []) if d.startswith("securities:")]


def test_a_months_short_name_ends_no_sentence() -> None:
    from precedent_bank.importer.metadata import find_date
    from precedent_bank.importer.segment import body_units

    assert find_date("Sept. 3, 2021") == dt.date(2021, 9, 3)
    text = "This letter is dated Sept. 3, 2021, and speaks as of that date. We consent."
    assert [u.text for u in body_units(text)] == [
        "This letter is dated Sept. 3, 2021, and speaks as of that date. ",
        "We consent.",
    ]


def test_the_consent_names_the_exhibit_a_letter_with_no_exhibit_line_is() -> None:
    """Five of an outside tester's eleven letters had their exhibit "not found", though each
    consent said "as Exhibit 5.1 to the Registration Statement"."""
    from precedent_bank.importer.evidence import weigh_facts
    from precedent_bank.importer.metadata import read_facts

    heading = "CRANE & HOLT LLP\n\nFebruary 1, 2021\n\nFenmore Glass, Inc.\n\n"
    consent = (
        "We consent to the filing of this opinion as Exhibit 5.1 to the Registration Statement.\n"
    )
    text = heading + ENGAGED + consent
    facts = read_facts(text, [("heading", heading), ("engagement", ENGAGED), ("consent", consent)])
    assert facts.exhibit == "5.1"
    assert "exhibit" not in facts.missing
    assert weigh_facts(facts)["exhibit"] == (0.8, "the consent files the letter as that exhibit")
    headed = read_facts("Exhibit 5.2\n" + text, [("heading", "Exhibit 5.2\n" + heading)])
    assert headed.exhibit == "5.2"  # the exhibit line first


def test_a_later_pages_header_with_another_date_is_doubted() -> None:
    """A running head kept from an earlier draft ("March 4, 2021" under a letter dated March 3)
    was passed over: one of the two dates is wrong."""
    from precedent_bank.importer.metadata import read_facts

    heading = "CRANE & HOLT LLP\n\nMarch 3, 2021\n\nFenmore Glass, Inc.\n\n"
    furniture = "Fenmore Glass, Inc.\nMarch 4, 2021\nPage 2\n\n"
    parts = [("heading", heading), ("engagement", ENGAGED), ("page-furniture", furniture)]
    facts = read_facts(heading + ENGAGED + furniture, parts)
    assert facts.date == dt.date(2021, 3, 3)
    assert (
        "date: the letter is dated 2021-03-03, but a later page's header says 2021-03-04"
        in facts.doubtful
    )
    same = furniture.replace("March 4", "March 3")
    agreed = read_facts(heading + ENGAGED + same, [*parts[:2], ("page-furniture", same)])
    assert not [d for d in agreed.doubtful if d.startswith("date:")]


# English-style offshore and European letters (issue 8, session 20: an outside tester's letters;
# every name, address and sentence here is invented).


def test_a_dutch_client_named_over_a_wrapped_line_is_not_its_country() -> None:
    """ "legal adviser (advocaten) to X N.V., a public company ... (naamloze vennootschap)
    incorporated under the laws of the" / "Netherlands (the Company)": the client is X, not the
    place the wrapped line starts with."""
    heading = (
        "Amsterdam, 3 May 2021\n\nTo: Haverkamp Optics N.V.\nStationsplein 4\n\nDear Sir/Madam,\n\n"
    )
    engagement = (
        "1. We have acted as Dutch legal adviser (advocaten) to Haverkamp Optics N.V., a\n"
        "public company with limited liability (naamloze vennootschap) incorporated under the\n"
        "laws of the\nNetherlands (the Company), in connection with its statement on Form F-3.\n"
    )
    facts = facts_of(heading, engagement)
    assert (facts.issuer, facts.jurisdiction) == ("Haverkamp Optics N.V.", "Netherlands")
    assert facts.addressee == "Haverkamp Optics N.V."  # not "To: Haverkamp Optics N.V."


def test_a_firm_over_its_profession_and_a_client_block_above_the_date() -> None:
    heading = (
        "Brehaut Le Cras Mauger\nAdvocates & Notaries Public\nPO Box 12, Le Pollet, St Peter "
        "Port\n\nCobo Bay Income Fund Limited\nLe Truchot Court\nSt Peter Port\n\n4 March 2020\n\n"
        "Dear Sirs\n\nCobo Bay Income Fund Limited (the Fund)\n\n"
    )
    engagement = (
        "We have acted as Guernsey advocates to the Fund, a non-cellular company limited by "
        "shares incorporated in Guernsey with registered number 60001, in connection with its "
        "registration statement on Form N-2.\n"
    )
    facts = facts_of(heading, engagement, "Yours faithfully\n\n/s/ Brehaut Le Cras Mauger\n")
    assert facts.firm == "Brehaut Le Cras Mauger"  # not "Advocates & Notaries Public"
    assert facts.addressee == "Cobo Bay Income Fund Limited"
    assert (facts.issuer, facts.jurisdiction) == ("Cobo Bay Income Fund Limited", "Guernsey")
    assert facts.document == "local-counsel-opinion"


def test_where_a_client_defined_before_its_description_is_organised() -> None:
    engagement = (
        "1.1 We act as Jersey legal advisers to Rozel Metals plc (the Company), a public company "
        "incorporated with limited liability in Jersey with registered number 120001, in "
        "connection with its registration statement on Form F-3.\n"
    )
    facts = facts_of("Dear Sirs\n\n", engagement)
    assert (facts.issuer, facts.jurisdiction) == ("Rozel Metals plc", "Jersey")


@pytest.mark.parametrize(
    ("clause", "laws"),
    [
        (
            "This opinion is limited to the laws of the Island of Guernsey in force today.",
            ["Guernsey"],
        ),
        ("This opinion is confined to the laws of the Grand Duchy of Luxembourg.", ["Luxembourg"]),
        ("This opinion letter is rendered only with respect to Dutch law.", ["Netherlands"]),
        ("We give no opinion on any law but Jersey law.", ["Jersey"]),
    ],
)
def test_laws_named_by_an_island_a_duchy_or_an_adjective(clause: str, laws: list[str]) -> None:
    from precedent_bank.importer.metadata import read_facts

    assert read_facts(clause, [("limitation-jurisdiction", clause)]).laws == laws


@pytest.mark.parametrize(
    ("engagement", "document"),
    [
        # counsel "in connection with" a filing names no place
        ("We have acted as counsel in connection with the Registration Statement.", "legality"),
        # another firm the letter relies on is not the one writing it
        (
            "We have relied, as to matters of Ohio law, on the opinion of Dray & Fenn, P.C., Ohio "
            "counsel to the Company.",
            "legality",
        ),
        ("We have acted as Luxembourg legal counsel to the Company.", "local-counsel"),
        ("We are Cayman Islands legal advisers to the Company.", "local-counsel"),
    ],
)
def test_a_letter_is_local_counsels_when_its_writer_names_its_place(
    engagement: str, document: str
) -> None:
    from precedent_bank.importer.metadata import read_facts

    opinion = "The Shares will be validly issued, fully paid and non-assessable.\n"
    text = "Exhibit 5.1\n\nDear Sirs\n\n" + engagement + "\n" + opinion
    clauses = [
        ("heading", "Exhibit 5.1\n\nDear Sirs\n\n"),
        ("engagement", engagement + "\n"),
        ("opinion-equity", opinion),
    ]
    facts = read_facts(text, clauses)
    assert facts.document == f"{document}-opinion"


# Shapes of a new outside set's development half (session 20; names and sentences invented).


def test_a_letterhead_described_as_from_a_firm() -> None:
    facts = facts_of("Exhibit 5.1\n[LETTERHEAD FROM HARROW, TESS & QUILL LLP]\n" + DATED, ENGAGED)
    assert facts.firm == "Harrow, Tess & Quill LLP"


def test_a_flattened_letter_names_its_firm_by_a_domain_with_and_and_its_client_in_re() -> None:
    """A letter flattened to one line: the firm's name with "AND", which its web domain spells
    ("harrowandfenn.com"), and the client in the "Re:" line mid-line."""
    heading = (
        "EX-5.1 2 x.txt HARROW AND FENN 7777 MAIN ROAD SUITE 300 ATTORNEYS AT LAW BOCA RATON, "
        "FLORIDA 33434 www.harrowandfenn.com November 30, 2004 Quillon Holding Company 36 West "
        'Park Boulevard Miami, Florida 33311 Re: 21st Quillon Holding Company (the "Company") '
        "Amendment No. 1 to Registration Statement on Form S-3 Ladies and Gentlemen: "
    )
    engagement = "We have acted as counsel to the Company with respect to the Form S-3.\n"
    facts = facts_of(heading, engagement)
    assert facts.firm == "Harrow and Fenn"
    assert facts.issuer == "21st Quillon Holding Company"


def test_a_client_described_at_length_is_not_its_province() -> None:
    """'X, an unlimited liability company organized under the laws of the Province of Nova
    Scotia (the "Company"), and ... by Y, a Delaware corporation (the "Guarantor")': the issuer
    is X, not the place, nor the guarantor."""
    engagement = (
        "We have acted as counsel in connection with the registration of notes of Quillon Finance "
        "Canada Corporation, an unlimited liability company organized under the laws of the "
        'Province of Nova Scotia (the "Company"), and the guarantees of the notes by Quillon '
        'Corporation, a Delaware corporation (the "Guarantor").\n'
    )
    facts = facts_of("Ladies and Gentlemen:\n\n", engagement)
    assert facts.issuer == "Quillon Finance Canada Corporation"


def test_a_flattened_partnership_of_professional_corporations_named_whole() -> None:
    """A letter flattened to one line: EDGAR's description "OPINION OF ..." runs into the
    letterhead, and its first 80 characters end inside the firm's last name ("& MARTI")."""
    heading = (
        "EX-5.1.1 3 x.txt OPINION OF HARROW TESS QUILL VANCE HARROW, TESS, QUILL, VANCE, PELHAM, "
        "ORRIN, LYLE, & MARTINDALE A PARTNERSHIP OF PROFESSIONAL CORPORATIONS ATTORNEYS AT LAW "
        "1200 SMITH STREET, SUITE 1400 HOUSTON, TEXAS 77002 www.harrowlaw.com January 23, 2004 "
        "Quillon Corporation 2000 Post Oak Blvd. Houston, Texas 77056 Re: Form S-4 Registration "
        "Statement Ladies and Gentlemen: "
    )
    # not "..., Lyle, & Marti": the letterhead's own names, before what kind of firm it is
    firm = facts_of(heading, ENGAGED).firm
    assert firm == "Harrow, Tess, Quill, Vance, Pelham, Orrin, Lyle, & Martindale"


def test_edgars_description_cut_inside_a_word_gives_no_half_word() -> None:
    """EDGAR's description "OPINION OF ..." read to 80 characters, the last inside a name."""
    heading = (
        "EX-5.1.1 3 x.txt OPINION OF HARROW TESS QUILL VANCE HARROW, TESS, QUILL, VANCE, PELHAM, "
        "ORRIN, LYLE, & MARTINDALE ATTORNEYS AT LAW 1200 SMITH STREET HOUSTON, TEXAS 77002 "
        "January 23, 2004 Quillon Corporation Re: Form S-4 Ladies and Gentlemen: "
    )
    assert not str(facts_of(heading, ENGAGED).firm).endswith("Marti")


def test_a_published_on_line_is_not_the_letters_date() -> None:
    """A filings site dates its copy above the letter: the letter's date and letterhead are
    below it."""
    from precedent_bank.importer.letter import Letter
    from precedent_bank.importer.record import draft_record
    from tests.test_outside_shapes import day_one

    text = (
        "Published on October 30, 2019\nExhibit 5.1\n[Letterhead of Harrow Tess, LLP]\n"
        "October 29, 2019\nQuillon Health, Inc.\n4400 Bay Road\nMiami, FL 33137\n"
        "Ladies and Gentlemen:\nWe have acted as counsel to Quillon Health, Inc., a Delaware "
        "corporation (the Company), in connection with its Form S-3.\n"
    )
    facts = draft_record(Letter(Path("q.txt"), None, text, "text", "utf-8"), day_one()).facts
    assert (str(facts.date), facts.firm) == ("2019-10-29", "Harrow Tess, LLP")


@pytest.mark.parametrize(
    ("sentence", "firm"),
    [
        (
            "I have acted on behalf of Van Tessel Mark P.C. as Curacao legal adviser (advocaat) "
            "to Quillon, with its seat in Curacao.",
            "Van Tessel Mark P.C.",
        ),
        (
            "We have relied upon a certificate of even date herewith delivered to Harrow, Tess & "
            "Pike PLC by the Company as to its operations.",
            "Harrow, Tess & Pike PLC",
        ),
    ],
)
def test_a_firm_named_in_its_own_words_where_nothing_else_names_it(
    sentence: str, firm: str
) -> None:
    facts = facts_of("Dear Sirs,\n\n", sentence + "\n")
    assert facts.firm == firm


@pytest.mark.parametrize(
    "opinion",
    [
        "Under currently applicable United States federal income tax law, the Merger will "
        "qualify as a reorganization.",
        'The discussion under the caption "Material U.S. Federal Income Tax Consequences" '
        "constitutes our opinion.",
    ],
)
def test_a_tax_letters_law_is_read_from_its_opinion(opinion: str) -> None:
    """A tax letter with no clause limiting the laws covered names its law in the opinion: it
    is recorded as the bank's tax letters record it."""
    from precedent_bank.importer.metadata import read_facts

    text = "Exhibit 8.1\n\n" + opinion + "\n"
    facts = read_facts(text, [("heading", "Exhibit 8.1\n\n"), ("opinion-tax", opinion + "\n")])
    assert facts.document == "tax-opinion"
    assert facts.laws == ["United States federal income tax law"]


def test_a_state_tax_letter_is_not_given_the_federal_law_its_engagement_mentions() -> None:
    from precedent_bank.importer.metadata import read_facts

    engagement = "The Merger is intended to qualify as a reorganization for federal income tax "
    engagement += "purposes.\n"
    opinion = "Under the Kentucky income tax law, no gain will be recognized on the Merger.\n"
    clauses = [("heading", "Exhibit 8.2\n"), ("engagement", engagement), ("opinion-tax", opinion)]
    facts = read_facts("".join(t for _, t in clauses), clauses)
    assert facts.document == "tax-opinion"
    assert "United States federal income tax law" not in facts.laws


def test_a_client_hereinafter_referred_to_as_the_company_after_what_it_does() -> None:
    facts = facts_of(
        "Exhibit 5.1\n" + DATED,
        "In connection with the registration of 4,600,000 shares of common stock of Quillon "
        "Quarry Holdings, Inc., a corporation organized and existing under the laws of the State "
        "of Utah which, through its operating subsidiaries, owns and works limestone quarries in "
        'Utah and Nevada (hereinafter referred to as the "Company"), we have examined the '
        "following.\n",
    )
    assert (facts.issuer, facts.jurisdiction) == ("Quillon Quarry Holdings, Inc.", "Utah")


def test_the_company_lawyer_who_signs_a_double_barrelled_name_is_the_firm() -> None:
    """In-house counsel writing as "I", signing "/s/ Ann Q. Doe-Reyes": the signer is the
    "firm", as a sole practitioner is, with a surname joined by a hyphen too."""
    engagement = (
        "I am Senior Vice President and General Counsel of Quillon Ridge, Inc., a Delaware "
        "corporation (the \u201cCompany\u201d), and I furnish this opinion in connection with "
        "its Registration Statement on Form S-8.\n"
    )
    signature = (
        "Very truly yours,\n\n/s/ Ann Q. Doe-Reyes\n\nAnn Q. Doe-Reyes\nSenior Vice President "
        "and General Counsel\n"
    )
    assert facts_of("Exhibit 5.1\n" + DATED, engagement, signature).firm == "Ann Q. Doe-Reyes"


def test_a_place_before_the_issuers_defined_term_is_no_issuer() -> None:
    engagement = (
        "We have acted as United States counsel to Vennick N.V., a public limited liability "
        "company (naamloze vennootschap) incorporated under the laws of the Netherlands (the "
        '"Issuer"), and Vennick US Holdings, Inc., a Delaware corporation (the "Guarantor"), in '
        "connection with the Registration Statement on Form F-3 filed today by the Issuer and the "
        "Guarantor.\n"
    )
    facts = facts_of(DATED, engagement)
    assert facts.issuer == "Vennick N.V."


def test_the_addressees_agent_care_of_is_never_the_firm() -> None:
    """An offshore letter's addressee "c/o Mariner Corporate Services Ltd." (its registered
    office's agent, with a legal form) was taken for the firm over counsel's own name."""
    heading = (
        "Exhibit 5.1\n\nPELLAM QUAYLE\nAttorneys-at-Law\nCayman Islands | Hong Kong\n\n"
        "Harbour Court, 38 Fort Street\nGrand Cayman KY1-1105\n\nQuillon Lantern Holdings Limited\n"
        "c/o Mariner Corporate Services Ltd.\nPO Box 10093, 120 Shedden Road\nGeorge Town, Grand "
        "Cayman\n\n11 April 2025\n\nDear Sirs\n\nQuillon Lantern Holdings Limited (the "
        '"Company")\n\n'
    )
    engagement = "We have been asked to provide this legal opinion on the Company's Form F-1.\n\n"
    signature = "Yours faithfully\n\n/s/ Pellam Quayle\n\nPellam Quayle\n"
    facts = facts_of(heading, engagement, signature)
    assert facts.firm == "Pellam Quayle"


def test_a_name_signed_with_s_is_the_firm_plc_and_all() -> None:
    """ "/s/ Bellweather Stokes PLC" (a professional limited company, as Tennessee and Arizona
    firms are) named no firm: "PLC" without "&" was taken for a company's form."""
    signature = "Very truly yours,\n\n/s/ Pellam Stokes PLC\n"
    assert find_firm("", "Ladies and Gentlemen:\n", signature, signature) == "Pellam Stokes PLC"
    # a client's "plc" named in the heading is still no firm
    heading = "Orrin Minerals plc\n12 Quay Street\nLondon\n\nDear Sirs:\n"
    assert find_firm("", heading, "Yours faithfully\n", heading) is None


def test_a_dutch_firm_signed_under_yours_faithfully() -> None:
    """A Dutch firm's "N.V." is its legal form: the name signed under "Yours faithfully" was no
    firm, and the letterhead's words after "Van", which the web address spells, were taken."""
    heading = (
        "VAN TESSEL MARK\nAdvocaten - Notarissen - Belastingadviseurs\n"
        "Keizersgracht 100   www.tesselmark.nl\n" + DATED
    )
    signature = "Yours faithfully,\n\nVan Tessel Mark N.V.\n\n/s/ Anke de Vries\n"
    firm = find_firm("", heading, signature, heading + ENGAGED + signature)
    assert firm == "Van Tessel Mark N.V."


def test_professions_set_apart_by_dashes_are_the_profession() -> None:
    from precedent_bank.importer.metadata import PROFESSION

    assert PROFESSION.fullmatch("Advocaten - Notarissen - Belastingadviseurs")
    assert PROFESSION.fullmatch("Avocats \u2013 Rechtsanw\u00e4lte")


def test_a_profession_with_its_place_is_no_firm_and_a_subject_after_the_issuer_is_no_name() -> None:
    """Session 33, BG and AW: "Advocates & Solicitors, Jersey" under the firm's name was taken
    for the firm; a sponsor's trust named in a subject line kept the subject ("Halloran Silver
    Trust \u2013 Registration Statement on Form S-1"); "as amended by Amendment No. 1" was
    taken for the issuer beside a guarantor trust ("filed ... by Amendment No. 1")."""
    heading = (
        "Vardon Le Gallais\nAdvocates & Solicitors, Jersey\n14 Mulcaster Street, St Helier, "
        "Jersey JE2 3RL\n\nOrrel Biologics plc\n3 Bond Street\nSt Helier\n\n2 May 2016\n\n"
        "Dear Sirs\n\n"
    )
    engagement = (
        "We have acted as Jersey legal advisers to Orrel Biologics plc (the Company) in "
        "connection with its registration statement on Form S-8.\n"
    )
    facts = facts_of(heading, engagement, "Yours faithfully\n\n/s/ Vardon Le Gallais\n")
    assert facts.firm == "Vardon Le Gallais"
    trust = facts_of(
        "Halloran Metals Sponsor LLC\nas Sponsor of Halloran Silver Trust\n\n"
        "Re: Halloran Silver Trust \u2013 Registration Statement on Form S-1\n\n"
        "Ladies and Gentlemen:\n\n",
        "We have acted as special tax counsel to Halloran Metals Sponsor LLC, a Delaware "
        'limited liability company (the "Sponsor"), in its capacity as sponsor of Halloran '
        'Silver Trust, a Delaware statutory trust (the "Trust"), in connection with the '
        "Registration Statement on Form S-1 filed by the Trust.\n",
    )
    assert trust.issuer == "Halloran Silver Trust"
    amended = facts_of(
        "Gentlemen:\n\n",
        "We have acted as special tax counsel to Brackwater Financial Corporation, a Virginia "
        'corporation (the "Company"), and Brackwater Capital Trust I (the "Trust"), in '
        "connection with the issuance of the Trust's Capital Securities and the Company's "
        "guarantee with respect to the Capital Securities, pursuant to a Registration "
        "Statement on Form S-3 filed with the Securities and Exchange Commission on January "
        '27, 1997, as amended by Amendment No. 1 thereto (the "Registration Statement").\n',
    )
    assert amended.issuer == "Brackwater Financial Corporation"


def test_offshore_letters_facts_from_a_capitals_subject_a_to_line_and_a_signed_letterhead() -> None:
    """Session 34, BJ: the Company defined in a subject line in capitals ('TARVIN MARINE PLC
    (THE "COMPANY")') was missed, and a merger's target the engagement named taken instead; a
    client addressed "To: Vessen Optics N.V." above the date, named nowhere else above the
    annex, gave no issuer; a firm whose two-word name heads the letterhead under "Exhibit 5.1
    and 8.1" and is signed "/s/" was passed over for the client's "Limited" below it."""
    jersey = facts_of(
        "Pell Ouless\nAdvocates and Solicitors\n9 Hill Street, St Helier, Jersey JE2 4UA\n\n"
        "Tarvin Marine plc\n9 Hill Street\nSt Helier\n\n19 March 2015\n\nDear Sirs\n\n"
        'TARVIN MARINE PLC (THE "COMPANY"): REGISTRATION STATEMENT ON FORM F-4\n\n',
        "We have acted as Jersey legal advisers to the Company in connection with the issue "
        "by the Company of ordinary shares to holders of common stock of Ridley Avionics, "
        'Inc., a Delaware corporation ("Ridley"), under the Merger Agreement.\n',
        "Yours faithfully\n\n/s/ Pell Ouless\n",
    )
    assert jersey.issuer == "Tarvin Marine plc"
    # a name in capitals that opens "RE" is no "Re:" line ("RE" + "NVALE SHIPPING LTD.")
    renvale = facts_of(
        "Renvale Shipping Ltd.\n9 Hill Street\nSt Helier\n\n19 March 2015\n\nDear Sirs\n\n"
        'RENVALE SHIPPING LTD. (THE "COMPANY")\n\n',
        "We have acted as Jersey legal advisers to the Company.\n",
    )
    assert renvale.issuer == "Renvale Shipping Ltd."
    dutch = facts_of(
        "VOS TERLINDEN N.V.\nAdvocaten | Notarissen\nZuidplein 10, 1077 XV Amsterdam\n\n"
        "To: Vessen Optics N.V.\n    Kempenbaan 7\n    5641 KM Eindhoven\n\n"
        "Amsterdam, 3 March 2022\n\nDear Sirs,\n\n"
        "Re: Vessen Optics N.V. - Registration Statement on Form S-8\n\n",
        "I act as Dutch legal adviser to the Company in connection with the Registration "
        "Statement.\n",
        "Yours faithfully,\n\n/s/ Maarten Vos\n",
    )
    assert dutch.issuer == "Vessen Optics N.V."
    assert dutch.addressee == "Vessen Optics N.V."
    cayman = facts_of(
        "Exhibit 5.1 and 8.1\n\nHOLLEN QUAY\n\nHarbour Place, 103 South Church Street, "
        "Grand Cayman KY1-1106, Cayman Islands\n\nLantern Holdings Limited\nPO Box 3390, "
        "27 Hospital Road\nGeorge Town, Grand Cayman KY1-1109\n\n6 August 2018\n\n"
        'Dear Sirs\n\nLantern Holdings Limited (the "Company")\n\n',
        "We have acted as Cayman Islands legal advisers to the Company in connection with its "
        "registration statement on Form F-1.\n",
        "Yours faithfully\n\n/s/ Hollen Quay\n\nHollen Quay\n",
    )
    assert cayman.firm == "Hollen Quay"


def test_a_sociedad_anonima_is_the_issuer_and_a_partg_mbb_the_firm() -> None:
    """Session 34, BM: "Grupo Portuario del Istmo, S.A., a sociedad anonima organized under
    the laws of the Republic of Panama" gave the republic as the issuer ("del" broke the name,
    and "sociedad anonima" named no form); "/s/ Brandauer Lenz Rechtsanwälte PartG mbB" (a
    German lawyers' partnership) named no firm."""
    panama = facts_of(
        "April 23, 1996\n\nLadies and Gentlemen:\n\n",
        "We have acted as Panamanian counsel to Grupo Naviero del Canal,\nS.A., a sociedad "
        'anonima organized under the laws of the Republic of Panama (the "Company"), in '
        "connection with its Registration Statement on Form F-1.\n",
    )
    assert panama.issuer == "Grupo Naviero del Canal, S.A."
    assert panama.cue["issuer"] != "only the addressee"
    signature = "Yours faithfully,\n\n/s/ Kessler Brandt Rechtsanw\u00e4lte PartG mbB\n"
    heading = "Munich, 4 June 2025\n\nDear Sirs,\n\n"
    firm = find_firm("", heading, signature, heading + signature)
    assert firm == "Kessler Brandt Rechtsanw\u00e4lte PartG mbB"


def test_a_name_never_ends_in_and() -> None:
    """Session 35, BP: "... subsidiary of Tremont Industrial Holdings, Inc., an Ohio corporation
    ("Tremont"), ... filed ... by Tremont and the Guarantors" gave "Tremont and" as the issuer;
    "Corrib Medical Technologies public limited company (the "Company")" gave the name a plan
    carries ("... plc 2016 Equity Incentive Plan")."""
    guarantors = facts_of(
        "April 1, 2008\n\nLadies and Gentlemen:\n\n",
        "We have acted as special Ontario counsel to Tremont Canada Fabrication Inc. (the\n"
        '"Guarantor"), a wholly-owned subsidiary of Tremont Industrial Holdings, Inc., an Ohio\n'
        'corporation ("Tremont"), in connection with the registration statement on Form S-3\n'
        "filed on the date hereof by Tremont and the Guarantor with the Commission relating\n"
        "to debt securities of Tremont and the guarantees of them by the Guarantor.\n",
    )
    assert guarantors.issuer == "Tremont Industrial Holdings, Inc."


def test_an_irish_companys_form_in_words_is_part_of_its_name() -> None:
    """(Session 35, BP: see above.)"""
    irish = facts_of(
        "12 May 2016\n\nCorrib Medical Technologies public limited company\nDublin 2\n\n"
        'Re: Corrib Medical Technologies public limited company (the "Company")\n\n'
        "Dear Sirs\n\n",
        "We act as Irish counsel to the Company in connection with its registration statement "
        "on Form S-8 for ordinary shares issuable under the Corrib Medical Technologies plc 2016 "
        "Equity Incentive Plan.\n",
    )
    assert irish.issuer == "Corrib Medical Technologies public limited company"


def test_a_current_report_the_consent_names_by_its_term_is_the_form_filed_with() -> None:
    """Session 35, BO: "... as an exhibit to the Company's Current Report on Form 8-K relating to
    the Shares (the "Current Report")" / "We hereby consent to the filing of this opinion as an
    exhibit to the Current Report": the letter was filed with the 8-K, not the S-3."""
    from precedent_bank.importer.metadata import read_facts

    engagement = (
        "We have served as Maryland counsel to Chesapeake Harbor Trust, Inc. (the \u201cCompany"
        "\u201d) in connection with its Registration Statement on Form S-3.\n\n"
    )
    furnished = (
        "This opinion is being furnished to you for submission to the Commission as an exhibit "
        "to the Company\u2019s Current Report on Form 8-K (the \u201cCurrent Report\u201d). "
    )
    consent = (
        "We hereby consent to the filing of this opinion as an exhibit to the Current Report.\n"
    )
    clauses = [("engagement", engagement), ("limitation-reliance", furnished), ("consent", consent)]
    facts = read_facts(engagement + furnished + consent, clauses)
    assert facts.form == "8-K"
    assert facts.registration_form == "S-3"


@pytest.mark.parametrize(
    ("engagement", "issuer"),
    [
        (
            "We have acted as special Mexican counsel to Grupo Cementero Altamira, S.A.B. de "
            "C.V., a publicly traded variable capital corporation (sociedad anonima bursatil de "
            'capital variable) organized under the laws of the United Mexican States ("Mexico") '
            '(the "Company"), in connection with its Registration Statement on Form F-3.\n',
            "Grupo Cementero Altamira, S.A.B. de C.V.",
        ),
        (
            "We have acted as Swedish legal counsel to Norrvik Medical AB (publ), reg. no. "
            "556812-4470, a public limited liability company (publikt aktiebolag) incorporated "
            'under the laws of Sweden (the "Company"), in connection with the registration '
            "statement on Form F-1.\n",
            "Norrvik Medical AB (publ)",
        ),
        (
            # the issuer of the notes, beside the guarantor - not the kingdom both are of
            "We have acted as Spanish counsel to Telvanza, S.A., a company (sociedad anonima) "
            'incorporated under the laws of the Kingdom of Spain (the "Guarantor"), and to its '
            "wholly-owned subsidiary Telvanza Emisiones, S.A. Unipersonal, a company (sociedad "
            "anonima unipersonal) incorporated under the laws of the Kingdom of Spain (the "
            '"Issuer"), in connection with the exchange offer for the notes of the Issuer '
            "guaranteed by the Guarantor on Form F-4.\n",
            "Telvanza Emisiones, S.A. Unipersonal",
        ),
        (
            # (session 36, CB) a name with the small words of its own tongue in it
            "We have acted as Brazilian counsel to Fundicao Serra dos Cristais S.A., a "
            "sociedade anonima organized under the laws of the Federative Republic of Brazil "
            '(the "Company"), in connection with its registration statement on Form F-3.\n',
            "Fundicao Serra dos Cristais S.A.",
        ),
        (
            # (session 36, CA) the place's own name has "of the Island" in it: no client
            "We have acted as Guernsey counsel to Petit Bot Shipping Holdings Limited, a "
            "non-cellular company limited by shares incorporated under the laws of the Island "
            'of Guernsey (the "Company"), in connection with its Form S-8.\n',
            "Petit Bot Shipping Holdings Limited",
        ),
    ],
)
def test_a_civil_law_companys_name_form_and_description(engagement: str, issuer: str) -> None:
    """Session 35, BU: names in a civil-law form ("S.A.B. de C.V.", "AB (publ)") with the form
    in the local tongue in brackets, a registration number, or a term for the country, between
    the name and "(the "Company")", gave no issuer, or the country ("Spain")."""
    facts = facts_of("17 January 2017\n\nDear Sirs:\n\n", engagement)
    assert facts.issuer == issuer


def test_the_letterheads_name_signed_again_is_the_firm_not_counsel_in_the_address_block() -> None:
    """Session 35, BX: a Dutch and a German firm write to the issuer and its US counsel, both
    addresses above the date; the firm's name has no legal form or "&" ("HOEKSTRA VAN DER
    LINDEN" / "/s/ Hoekstra van der Linden"; "KESSLER BRANDAUER" / "Kessler Brandauer
    Rechtsanwalte PartG mbB" under the partner who signs), and the US firm's "LLP" won. A
    partner's own name printed above the date and signed below is no firm."""
    heading = (
        "HOEKSTRA VAN DER LINDEN\nADVOCATEN - NOTARISSEN\nStrawinskylaan 1877, Amsterdam\n\n"
        "To:   Brightwater Packaging Corporation\n      1400 Commerce Drive, Toledo, Ohio\n\n"
        "      Pell, Harrington & Stowe LLP\n      55 Water Street, New York, New York\n\n"
        "Amsterdam, 17 October 2003\n\nDear Sirs,\n\n"
    )
    signature = "Yours faithfully,\n\n/s/ Hoekstra van der Linden\n\nHoekstra van der Linden\n"
    assert find_firm("", heading, signature, heading + signature) == "Hoekstra van der Linden"
    heading = (
        "KESSLER BRANDAUER\nRechtsanwalte PartG mbB\nBockenheimer Landstrasse 33, Frankfurt\n\n"
        "Halcott Instruments, Inc.\n900 Stanwick Road, Rochester, New York\n\n"
        "Calloway Brede LLP\nOne Chase Square, Rochester, New York\n\n"
        "Frankfurt am Main, 12 August 2014\n\nLadies and Gentlemen:\n\n"
    )
    signature = (
        "Yours faithfully,\n\n/s/ Dr. Matthias Kessler\nDr. Matthias Kessler\nRechtsanwalt\n"
        "Kessler Brandauer Rechtsanwalte PartG mbB\n"
    )
    found = find_firm("", heading, signature, heading + signature)
    assert found == "Kessler Brandauer Rechtsanwalte PartG mbB"
    heading = (
        "HAVERFORD AMES PETTIBONE LLP\nATTORNEYS AT LAW\n1211 S.W. Fifth Avenue, Portland\n\n"
        "MARGARET A. ELLERY\nDirect Dial: 503.555.0148\n\nFebruary 17, 2005\n\n"
        "Ladies and Gentlemen:\n\n"
    )
    signature = (
        "Very truly yours,\n\n/s/ Margaret A. Ellery\n\nMargaret A. Ellery\n"
        "for HAVERFORD AMES PETTIBONE LLP\n"
    )
    assert firm_key(find_firm("", heading, signature, heading + signature) or "") == firm_key(
        "Haverford Ames Pettibone LLP"
    )
    # nor is an in-house lawyer's title, printed above the date and under the signature
    heading = (
        "CARRICK TELECOM HOLDINGS, INC.\n450 Ridgeway Drive\nBoise, Idaho 83702\n\n"
        "MAREN T. HOLLOWAY\nVice President and Associate General Counsel\n\nJuly 15, 2009\n\n"
        "Ladies and Gentlemen:\n\n"
    )
    signature = (
        "Very truly yours,\n\n/s/ Maren T. Holloway\n\nMaren T. Holloway\n"
        "Vice President and Associate General Counsel\n"
    )
    title = "Vice President and Associate General Counsel"
    assert find_firm("", heading, signature, heading + signature) != title


@pytest.mark.parametrize(
    ("engagement", "issuer"),
    [
        (
            "We act as Scottish solicitors to Kilbrannan Energy plc, a public company "
            'incorporated in Scotland with registered number SC148822 (the "Company"), in '
            "connection with its registration statement on Form S-8.\n",
            "Kilbrannan Energy plc",
        ),
        (
            "We have acted as Belgian legal counsel to Scheldegen NV, a limited liability company "
            "(naamloze vennootschap) incorporated under Belgian law, with registered office at "
            "Technologiepark 21, 9052 Zwijnaarde, Belgium, registered with the Crossroads Bank for "
            'Enterprises under number 0712.345.678 (RLE Ghent) (the "Company"), in connection '
            "with its registration statement on Form F-3.\n",
            "Scheldegen NV",
        ),
        (
            "I am an advocate of the High Court of Justice of the Isle of Man and a partner of "
            "Kermode Quayle, Isle of Man counsel to Snaefell Interactive plc, a company "
            'incorporated under the Companies Act 2006 of the Isle of Man (the "Company").\n',
            "Snaefell Interactive plc",
        ),
        (
            "We have acted as special legal counsel in Bermuda to Halvard Re Holdings Ltd., a "
            'Bermuda exempted company (the "Guarantor"), in connection with the registration '
            "statement on Form S-3 filed by the Guarantor and Halvard Re (U.S.) Finance Corp., a "
            'Delaware corporation (the "Issuer"), relating to notes of the Issuer guaranteed by '
            "the Guarantor.\n",
            "Halvard Re (U.S.) Finance Corp.",
        ),
    ],
)
def test_clients_of_foreign_counsel_described_at_length(engagement: str, issuer: str) -> None:
    """Session 35, BW and BX: "Scottish solicitors to", a Belgian "NV" with its registered office
    and number before "(the "Company")", the "Isle of Man" (not "Man"), and a name holding
    "(U.S.)" after "the Guarantor and" gave no issuer or the wrong one."""
    assert facts_of("22 June 2004\n\nDear Sirs\n\n", engagement).issuer == issuer
