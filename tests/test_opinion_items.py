"""Opinions and assumptions given item by item, references to items, and sentences a page break
cuts (issue 8, session 25): shapes met in letters of firms outside the corpus.

Every letter and sentence here is fictional; each test pins one general rule down.
"""

from __future__ import annotations

import pytest

from precedent_bank.importer.cues import cue_scores
from precedent_bank.importer.learning import sample_bank
from precedent_bank.importer.recogniser import Recogniser, training_letters
from precedent_bank.importer.record import draft_record
from precedent_bank.importer.segment import LONG_SENTENCE, segment
from tests.test_generalising import types
from tests.test_importer import letter
from tests.test_outside_shapes import day_one, in_a_letter, strongest


def typed_in_a_letter(body: str) -> list[str]:
    """The types of the clauses of a fictional letter around `body`, as a firm gets them on
    day one."""
    return [t for t, _ in types(day_one(), in_a_letter(body))]


UNITS_LIST = (
    "Based upon the foregoing, it is my opinion that:\n\n"
    "(a)  the Units have been duly authorized and, when sold and paid for as the Registration "
    "Statement describes, will be validly issued and will constitute legal and binding "
    "obligations of the Company;\n\n"
    "(b)  the Unit Shares have been duly authorized and, when issued and delivered against "
    "payment as part of the Units, will be validly issued, fully paid and non-assessable;\n\n"
    "(c)  the Warrants have been duly authorized and, when countersigned by the warrant agent "
    "under the Warrant Agreement and delivered as part of the Units against payment, will be "
    "validly issued and will constitute legal and binding obligations of the Company, "
    "enforceable against it in accordance with their terms, except as the enforcement thereof "
    "may be limited by the laws of insolvency and by general principles of equity; and\n\n"
    "(d)  the Warrant Shares have been duly authorized and reserved and, when issued upon "
    "exercise of the Warrants against payment of the exercise price, will be validly issued, "
    "fully paid and non-assessable."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "(a) the Units have been duly authorized and, when sold, will constitute legal and "
        "binding obligations of the Company;",
        "1. Each Unit will constitute a valid and legally binding obligation of the Company.",
    ],
)
def test_units_that_are_legal_and_binding_are_the_opinion_on_units(sentence: str) -> None:
    assert strongest(sentence) == "opinion-other"


def test_each_opinion_of_a_list_is_its_own_clause_and_no_item_is_cut_within() -> None:
    opinions = [t for t, _ in types(day_one(), in_a_letter(UNITS_LIST)) if t.startswith("opin")]
    assert opinions == ["opinion-other", "opinion-equity", "opinion-other", "opinion-equity"]
    starts = [u.text.lstrip()[:3] for u in segment(in_a_letter(UNITS_LIST)) if u.zone == "body"]
    assert "enf" not in starts  # "enforceable against it ..." stays with its item (c)


@pytest.mark.parametrize(
    "sentence",
    [
        "The opinions in paragraphs (a) and (c) as to enforceability are subject to (1) "
        "bankruptcy, insolvency and similar laws affecting creditors' rights generally and (2) "
        "general principles of equity.",
        "The opinions in clauses (i), (ii) and (iv) are subject to (a) bankruptcy, insolvency "
        "and similar laws affecting creditors' rights generally and (b) general principles of "
        "equity.",
    ],
)
def test_items_a_sentence_refers_to_open_no_item(sentence: str) -> None:
    units = [u.text for u in segment(in_a_letter(sentence)) if u.zone == "body"]
    assert units[0].startswith("The opinions in")
    assert units[0].rstrip().endswith("and")
    assert "subject to" in units[0]  # cut at the first of its own items, not at "(c)"


def test_a_lead_in_to_opinions_goes_with_the_first_opinion() -> None:
    body = (
        "We are of the opinion that, when the Units have been delivered to and paid for by the "
        "underwriters under the Underwriting Agreement:\n\n"
        "1. Each Unit will constitute a valid and legally binding obligation of the Company, "
        "enforceable against it in accordance with its terms.\n\n"
        "2. The Class A Shares included in the Units will be duly authorized, validly issued, "
        "fully paid and non-assessable."
    )
    assert typed_in_a_letter(body) == [
        "heading",
        "opinion-other",
        "opinion-equity",
        "signature",
    ]


PAGE_BREAK = (
    "Based upon the foregoing, we are of the opinion that the Units, when issued and delivered "
    "on behalf of the Partnership against payment\n\n"
    "<PAGE>\n\nTallow Creek Partners LP\nMarch 3, 2017\n                -2-\n\n"
    "therefor as the Prospectus describes, will be duly authorized, validly issued, fully paid "
    "(to the extent required under the Partnership Agreement) and nonassessable (except as "
    "Sections 17-303, 17-607 and 17-804 of the Delaware LP Act may affect it)."
)


def test_a_partnerships_units_are_no_shares() -> None:
    scores, _ = cue_scores(PAGE_BREAK.split("\n\n")[-1])
    assert "opinion-equity" not in scores
    assert strongest(PAGE_BREAK.split("\n\n")[-1]) == "opinion-other"


TRUST_AFTER_A_BREAK = (
    "2. When issued and sold as the Trust Agreement contemplates, the Preferred Securities "
    "will be validly issued and, subject to the qualifications in the\n\n"
    "<PAGE>\n\nTallow Creek Capital Trust I\nMay 1, 2001\nPage 2\n\n"
    "following paragraph, fully paid and nonassessable undivided beneficial interests in "
    "the assets of the Trust."
)
"""Which security an opinion is on, said only after the page break: the trust's interests."""


def test_a_lead_in_cut_by_a_page_break_takes_the_type_of_its_opinions() -> None:
    body = (
        "Based upon the foregoing, and subject to the assumptions, exceptions\n\n"
        "<PAGE>\n\nTallow Creek Acquisition Corp.\nMarch 3, 2021\nPage 2\n\n"
        "and qualifications stated herein, we are of the opinion that, when the Units have "
        "been paid for by the underwriters:\n\n"
        "1. Each Unit will constitute a valid and legally binding obligation of the Company.\n\n"
        "2. The Class A Shares included in the Units will be validly issued, fully paid and "
        "non-assessable."
    )
    typed = typed_in_a_letter(body)
    assert typed[:4] == ["heading", "opinion-other", "page-furniture", "opinion-other"]


def test_relying_on_another_firms_opinion_is_no_reliance_on_facts() -> None:
    sentence = (
        "Insofar as our opinions concern the laws of the State of Delaware, we have, with your "
        "consent, relied without independent investigation upon the opinion of Hollin & "
        "Tarrant, P.A., special Delaware counsel to the Company, dated the date hereof."
    )
    scores, _ = cue_scores(sentence)
    assert "assumption-factual-reliance" not in scores
    facts = sentence.replace("the opinion of", "the certificates of officers and the opinion of")
    assert "assumption-factual-reliance" in cue_scores(facts)[0]
    after_facts = (
        "As to questions of fact material to this opinion, we have relied upon certificates of "
        f"officers of the Company.\n\n{sentence}"
    )
    assert typed_in_a_letter(after_facts)[1:3] == [
        "assumption-factual-reliance",
        "reliance-on-other-counsel",
    ]


def test_an_opinion_based_on_assumptions_leads_into_assumptions() -> None:
    body = (
        "Our opinion is further based on the assumptions that:\n\n"
        "(a) documents submitted to us as copies conform to the originals;\n\n"
        "(b) the Merger will be consummated as the Merger Agreement describes; and\n\n"
        "(c) the Merger will qualify as a statutory merger under the laws of the State of Ohio."
    )
    typed = typed_in_a_letter(body)
    assert typed == ["heading", "assumption-genuineness", "assumption-other", "signature"]


def test_an_assumptions_lead_in_cut_at_its_first_marker_still_leads_the_list() -> None:
    body = (  # long enough to be cut where each job starts: at "(a)", after the lead-in
        "For purposes of this letter, we have assumed, without independent investigation, (a) "
        "the genuineness of all signatures, the authenticity and completeness of all documents "
        "submitted to us as originals, and the conformity to originals of all documents "
        "submitted to us as copies; (b) that each Class A Unit will be issued to a person who "
        "has signed a Subscription Agreement and has been admitted as a member of the Company "
        "in the manner the Operating Agreement provides; (c) that the full purchase price for "
        "each Class A Unit will be paid to the Company as the Prospectus describes; and (d) "
        "that the Operating Agreement will not be amended before the Class A Units are issued "
        "in any respect that bears on the opinions stated in this letter."
    )
    assert len(body) > LONG_SENTENCE
    units = [u.text for u in segment(in_a_letter(body)) if u.zone == "body"]
    assert units[0].rstrip().endswith("investigation,")  # the lead-in, cut from "(a)"
    typed = typed_in_a_letter(body)
    assert typed == ["heading", "assumption-genuineness", "assumption-other", "signature"]


LEAD_IN_BEFORE_A_BREAK = (
    "    Based upon and subject to the foregoing, and to the assumptions,\n"
    "qualifications and limitations set forth herein and in the Proxy\n"
    "Statement/Prospectus, we are of the opinion that, for U.S. federal\n\n"
    "<PAGE>\n\nTallow Creek Bancorp, Inc.\nApril 2, 2023\nPage 2\n\n"
    "income tax purposes, the Merger will qualify as a reorganization within\n"
    "the meaning of Section 368(a) of the Internal Revenue Code of 1986."
)
"""A lead-in cut off by a page break from the tax opinion it leads into (hard-wrapped,
so the lead-in is a unit of its own)."""
ITEM_CUT_BY_A_BREAK = (
    "Based upon the foregoing, it is our opinion that, for federal income tax purposes:\n"
    "     (1) The Merger will constitute a reorganization within the meaning of Section\n"
    "368(a) of the Internal Revenue Code of 1986.\n"
    "     (2) No gain or loss will be recognized by the shareholders of Tarrow upon\n"
    "the exchange of their shares solely for shares of Penwick common stock, except for\n\n"
    "<PAGE>   2\n\nBoard of Directors\nPenwick Financial Corporation\nOctober 5, 1998\n"
    "Page 2\n\n"
    "cash received in lieu of a fractional share of Penwick common stock.\n"
    "     (3) The aggregate tax basis of the Penwick common stock received by each\n"
    "Tarrow shareholder will equal the aggregate tax basis of the Tarrow common stock\n"
    "surrendered in exchange for it."
)
"""A tax opinion's list whose second item a page break cuts."""


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (PAGE_BREAK, "opinion-other"),
        (TRUST_AFTER_A_BREAK, "opinion-other"),
        (LEAD_IN_BEFORE_A_BREAK, "opinion-tax"),
        (ITEM_CUT_BY_A_BREAK, "opinion-tax"),
    ],
)
def test_an_opinion_cut_by_a_page_break_is_one_opinion_on_both_sides(body: str, kind: str) -> None:
    """The words after the break type the sentence they finish; a lead-in takes the opinion the
    words after the break retyped; a list goes on after the break inside its item."""
    assert typed_in_a_letter(body) == ["heading", kind, "page-furniture", kind, "signature"]


@pytest.mark.parametrize(
    "sentence",
    [
        "(2) the Rights associated with the Shares, when issued under the Rights Agreement, "
        "will be validly issued.",
        "(2) when the Depositary Receipts have been delivered against the deposit of the "
        "Preferred Stock, the Depositary Shares will entitle their holders to the rights "
        "specified in the Deposit Agreement.",
        "(2) those ADRs will be validly issued and will entitle the persons in whose names they "
        "are registered to the rights specified in the Deposit Agreement.",
        "(1) the Deposit Agreement will constitute a valid and legally binding obligation of "
        "the Company.",
    ],
)
def test_rights_receipts_and_their_agreements_are_no_shares_nor_debt(sentence: str) -> None:
    scores, _ = cue_scores(sentence)
    assert strongest(sentence) == "opinion-other"
    assert "opinion-equity" not in scores
    assert "opinion-debt" not in scores


def test_a_sentence_that_opens_with_the_opinion_is_cut_only_between_its_opinions() -> None:
    sentence = (
        "In our opinion, subject to the assumptions and limitations stated in this letter, (1) "
        "the shares of Preferred Stock to be deposited under a Deposit Agreement, when the "
        "articles supplementary establishing their terms have been accepted for record by the "
        "State Department of Assessments and Taxation of Maryland and the shares have been "
        "issued and delivered to the Depositary against payment of the consideration the Board "
        "has fixed, will be duly authorized, validly issued, fully paid and nonassessable, and "
        "(2) when the Depositary Receipts evidencing the Depositary Shares have been duly "
        "executed and delivered by the Depositary under the Deposit Agreement against the "
        "deposit of those shares of Preferred Stock, the Depositary Shares will entitle their "
        "holders to the rights specified in the Depositary Receipts and the Deposit Agreement."
    )
    assert len(sentence) > LONG_SENTENCE
    units = [u.text for u in segment(in_a_letter(sentence)) if u.zone == "body"]
    assert [u.split()[0] for u in units] == ["In", "(2)"]
    typed = typed_in_a_letter(sentence)
    assert typed == ["heading", "opinion-equity", "opinion-other", "signature"]


def test_an_assumption_made_without_checking_is_of_the_kind_it_names() -> None:
    sentence = (
        "We have further assumed, without independent verification, that the Company is duly "
        "incorporated and validly existing under the laws of the Netherlands."
    )
    assert "assumption-factual-reliance" not in cue_scores(sentence)[0]
    relied = "We have relied, without independent verification, on what the officers told us."
    assert "assumption-factual-reliance" in cue_scores(relied)[0]


def test_another_firm_named_by_its_role_is_reliance_on_other_counsel() -> None:
    sentence = (
        "With respect to matters of Netherlands law, we note that the Company has received the "
        "opinion of Oorsprong Brink Advocaten N.V., Netherlands counsel to the Company, and we "
        "have made no independent investigation of those matters."
    )
    assert strongest(sentence) == "reliance-on-other-counsel"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Roosmalen Hartog N.V., Netherlands counsel to the Company, is delivering an opinion, "
            "filed as Exhibit 5.1 to the Registration Statement, on matters of Netherlands law.",
            "reliance-on-other-counsel",
        ),
        (
            "- limitations imposed by federal or state law or public policy on indemnification",
            "qualification-indemnification",
        ),
    ],
)
def test_other_counsels_opinion_and_the_indemnity_exception_by_their_words(
    sentence: str, kind: str
) -> None:
    assert strongest(sentence) == kind


def test_holders_limited_liability_is_the_opinion_on_the_trusts_interests() -> None:
    sentence = (
        "3. Holders of Preferred Securities, as beneficial owners of the Trust, will have the same "
        "limitation on personal liability as stockholders of private Delaware corporations."
    )
    assert strongest(sentence) == "opinion-other"


def test_a_delaware_trust_counsels_documents_and_assumptions_keep_their_lists() -> None:
    """Special Delaware counsel to a capital trust: the documents "listed below" were typed
    the engagement (they name the registration statement); an assumed "(ii) except to the
    extent provided in paragraph 1 below, the due organization ... and valid existence in good
    standing, of each party" was cut at "except" and at "and valid existence", the rest typed
    the existence opinion."""
    body = (
        "In preparing this letter we have reviewed only the documents listed below: (a) the "
        "Certificate of Trust of the Trust; (b) the Declaration of Trust; (c) the Registration "
        'Statement on Form S-3 (the "Registration Statement") relating to the Preferred '
        "Securities of the Trust.\n\n"
        "For purposes of this opinion, we have also assumed (i) that the Declaration will "
        "constitute the entire agreement among the parties thereto, (ii) except to the extent "
        "provided in paragraph 1 below, the due organization or formation, as the case may be, "
        "and valid existence in good standing, of each party to the documents examined by us "
        "under the laws of the jurisdiction governing its organization or formation, and "
        "(iii) the legal capacity of natural persons who are parties to the documents examined "
        "by us.\n\n"
        "1. The Trust has been duly created and is validly existing in good standing as a "
        "business trust under the Delaware Business Trust Act."
    )
    kinds = typed_in_a_letter(body)[1:-1]  # (the heading and the signature aside)
    assert kinds[0] == "documents-examined"
    assert "engagement" not in kinds
    assert kinds[-1] == "opinion-existence"
    assert kinds.count("opinion-existence") == 1  # the assumed good standing is no opinion


def test_an_assuming_lead_before_a_further_opinion_is_an_assumption() -> None:
    """ "Assuming that the Warrants are exercised ..., we are further of the opinion that ..."
    was one opinion: the leading assumption is cut off as it is before "we are of the
    opinion"."""
    body = (
        "Assuming that the Warrants are exercised in accordance with their terms, including "
        "payment in full of the exercise price, we are further of the opinion that the Warrant "
        "Shares, when issued upon such exercise, will be validly issued, fully paid and "
        "nonassessable."
    )
    assert typed_in_a_letter(body)[1:-1] == ["assumption-other", "opinion-equity"]


def test_the_limited_partners_exception_in_an_opinion_on_units_is_the_opinions() -> None:
    """ "..., except as such obligation may arise under Sections 17-303, 17-607 and 17-804 of
    the Delaware LP Act" was cut off the opinion on the units and typed on its own."""
    body = (
        "In our opinion, the Common Units will be validly issued, and purchasers of the Common "
        "Units will have no obligation to make payments or contributions to the Partnership "
        "solely by reason of their ownership of the Common Units, except as such obligation "
        "may arise under Sections 17-303, 17-607 and 17-804 of the Delaware LP Act."
    )
    assert typed_in_a_letter(body)[1:-1] == ["opinion-other"]


def test_a_list_of_exceptions_in_hollow_bullets_is_cut_at_each_bullet() -> None:
    """ "subject to the following exceptions,\nlimitations and qualifications:" was cut at
    its comma, and items marked by a word processor's "o" were cut mid-way."""
    body = (
        "     The opinions expressed above are subject to the following exceptions,\n"
        "limitations and qualifications:\n\n"
        "     o    the effect of bankruptcy, insolvency, reorganization, fraudulent\n"
        "          transfer, moratorium and other laws affecting the rights of\n"
        "          creditors generally\n\n"
        "     o    the effect of general principles of equity, whether applied by a\n"
        "          court of law or equity, and the discretion of the court before\n"
        "          which any proceeding may be brought\n\n"
        "     o    the unenforceability of provisions for indemnification or\n"
        "          contribution, as contrary to public policy\n"
    )
    assert typed_in_a_letter(body)[1:-1] == [
        "qualification-bankruptcy",
        "qualification-equity",
        "qualification-indemnification",
    ]


def test_what_is_assumed_of_the_company_in_opinion_words_stays_an_assumption() -> None:
    """ "we have assumed that: ... (ii) the Company is, and ... will be, duly incorporated and
    validly existing ..." was cut before "duly incorporated" and typed the existence opinion; the
    "and" after an item's semicolon was a clause alone."""
    body = (
        "For purposes of this opinion, we have assumed that:\n\n"
        "(i) the Registration Statement will have become effective under the Act, and the "
        "Indenture will have been qualified under the Trust Indenture Act of 1939;\n\n"
        "(ii) the Company is, and at the time of each issuance of Debt Securities will be, duly "
        "incorporated and validly existing under the laws of England and Wales, with the "
        "corporate power to enter into and perform the Indenture and the Debt Securities;\n\n"
        "(iii) the execution, delivery and performance of the Indenture and the Debt "
        "Securities by the Company will have been duly authorized by all necessary corporate "
        "action of the Company and will not contravene its memorandum or articles of "
        "association or the laws of England and Wales;\n\n"
        "(iv) the Indenture will have been duly authorized, executed and delivered by the "
        "Trustee and will constitute a valid and binding obligation of the Trustee; and\n\n"
        "(v) all signatures on documents examined by us are genuine.\n\n"
        "In our opinion, the Debt Securities will constitute valid and binding obligations of "
        "the Company."
    )
    kinds = typed_in_a_letter(body)[1:-1]
    assert not [k for k in kinds[:-1] if not k.startswith("assumption-")], kinds
    assert kinds[-1] == "opinion-debt"


def test_a_tax_letters_confirmation_after_what_it_did_is_its_opinion() -> None:
    """ "In connection therewith, we have participated in the preparation of the Discussion,
    and we hereby confirm that the Discussion, ... except to the extent it expressly states
    that we are unable to render an opinion, reflects our opinion ...": cut at "except", the
    confirmation went with the engagement."""
    body = (
        "We have acted as special counsel to Tidecross Pipeline Partners, L.P. in connection "
        "with its Registration Statement on Form S-3.\n\nIn connection therewith, we have "
        'participated in the preparation of the discussion under the caption "Tax '
        'Considerations" in the prospectus included in the Registration Statement (the '
        '"Discussion"), and we hereby confirm that the Discussion, insofar as it describes '
        "provisions of United States federal income tax law and except to the extent it "
        "expressly states that we are unable to render an opinion, reflects our opinion as to "
        "the material federal income tax consequences of the purchase of the Common Units."
    )
    found = types(day_one(), in_a_letter(body))
    assert [t for t, _ in found][1:-1] == ["engagement", "opinion-tax"]
    assert found[2][1].startswith("and we hereby confirm")


def test_a_lead_in_subject_to_a_list_of_exceptions_goes_with_the_first() -> None:
    """ "Our opinions set forth in paragraphs (2) and (3) above are subject to:" was typed the
    existence opinion, on its own."""
    body = (
        "In our opinion, the Notes will be valid and binding obligations of the Company.\n\n"
        "Insofar as the foregoing opinions relate to the valid existence and power of, and the "
        "authorization, execution and delivery of the Indenture by, the Texas Guarantor, we "
        "have relied, with your permission, on the opinion of Brazos Lyle LLP.\n\n"
        "Our opinions set forth in paragraphs (2) and (3) above are subject to: (a) the effects "
        "of bankruptcy, insolvency, fraudulent transfer, reorganization, moratorium and other "
        "similar laws affecting creditors' rights generally; (b) the effects of general "
        "principles of equity, whether applied by a court of law or of equity; and (c) the "
        "possible unenforceability of any waiver of stay, extension or usury laws."
    )
    found = types(day_one(), in_a_letter(body))
    assert [t for t, _ in found][1:-1] == [
        "opinion-debt",
        "reliance-on-other-counsel",
        "qualification-bankruptcy",
        "qualification-equity",
        "qualification-other",
    ]
    assert found[3][1].startswith("Our opinions set forth")


def test_an_opinions_conditions_cut_at_their_markers_take_its_conclusions_type() -> None:
    """ "5. With respect to Depositary Shares, when (A) ..., (B) ..., (C) the shares of Preferred
    Stock ... have been validly issued ..., such depositary receipts will be validly issued":
    cut at the markers, the conditions were typed the opinion on shares; a page break in the
    middle ("7. With respect to Units, when (A) ..." / page / "(C) ...") cut them further."""
    types = typed_in_a_letter(
        "Based on the foregoing, we are of the opinion that:\n\n"
        "5. With respect to Depositary Shares, when (A) the Board has taken all necessary "
        "corporate action to approve the Deposit Agreement and the issuance of the Depositary "
        "Shares, (B) the Deposit Agreement has been duly executed and delivered by the Company "
        "and the depositary, (C) the shares of Preferred Stock underlying such Depositary Shares "
        "have been validly issued and deposited with the depositary, and (D) the depositary "
        "receipts have been duly issued against such deposit, such depositary receipts will be "
        "validly issued and will entitle the holders thereof to the rights specified in the "
        "Deposit Agreement.\n\n7. With respect to Units, when (A) the Board has taken all "
        "necessary corporate action to approve the terms and issuance of such Units, (B) the "
        "Unit Agreement has been duly executed and\n\n- 4 -\n\ndelivered by the Company and the "
        "unit agent, (C) the Securities comprising such Units have been duly authorized and "
        "validly issued, and (D) such Units have been issued and delivered against payment, "
        "such Units will constitute valid and binding obligations of the Company."
    )
    assert types == ["heading", "opinion-other", "page-furniture", "opinion-other", "signature"]


_GUARANTOR_ITEMS = (
    "Based on the foregoing, we are of the opinion that:\n\n"
    "1. Each Ohio Guarantor is validly existing and in good standing under the laws of the "
    "State of Ohio.\n\n"
    "2. Each Ohio Guarantor has the corporate power to execute and deliver the Indenture and to "
    "perform its obligations under its Guarantee.\n\n"
    "3. The execution, delivery and performance by each Ohio Guarantor of the Indenture, "
    "including its Guarantee, have been duly authorized by all necessary corporate action.\n\n"
    "4. The execution and delivery of the Indenture by each Ohio Guarantor do not, and the "
    "performance of its obligations under its Guarantee will not, violate its articles of "
    "incorporation or code of regulations."
)


def test_local_counsels_items_on_the_guarantee_and_on_no_conflict() -> None:
    """Local counsel's items after the guarantors' existence and power: the guarantee's
    authorization is the opinion on the guarantee (the taxonomy's "guarantees are duly
    authorized"), and that its execution breaks no charter is another opinion. Both were typed
    the existence opinion, the type of the items before them."""
    expected = ["heading", "opinion-existence", "opinion-debt", "opinion-other", "signature"]
    assert typed_in_a_letter(_GUARANTOR_ITEMS) == expected
    # the Minnesota sample, learned without itself: the item's own words name the opinion,
    # whatever type the items before it passed on (the existence opinion's, by the vote)
    records = sample_bank().records
    others = Recogniser(
        [t for r in records if "minnesota" not in r.id for t in training_letters([r])]
    )
    sample = next(r for r in records if "minnesota" in r.id).precedent.text
    clauses = draft_record(letter(sample), others).clauses
    assert [c.type for c in clauses if "3. The execution" in c.text] == ["opinion-debt"]
    # an item of power and authorization both stays the existence opinion, as the samples have it
    both = (
        "2. Each Guarantor has the power to enter into and perform its Guarantee, and its "
        "Guarantee has been duly authorized by all necessary corporate action."
    )
    assert cue_scores(both.lower())[0].get("opinion-debt", 0.0) == 0.0


def test_an_abbreviation_in_the_lead_in_does_not_end_its_last_phrase() -> None:
    """ "it is our opinion that, for U.S. federal income tax purposes:" was read from after
    "U.S." ("federal income tax purposes:"), so it led into no opinion, and the items of the
    tax opinion about holders were typed the engagement, the words they resemble."""
    types = typed_in_a_letter(
        "Based upon the foregoing, it is our opinion that, for U.S. federal income tax "
        "purposes:\n\n"
        "1. The Merger will qualify as a reorganization within the meaning of Section 368(a) of "
        "the Code.\n\n"
        "2. A holder of Tarn Mills common stock who receives solely shares of Pellam common "
        "stock in exchange for that stock in the Merger will not recognize gain or loss.\n\n"
        "3. A holder of Tarn Mills common stock who receives a combination of Pellam common "
        "stock and cash will recognize gain, but not loss, in an amount not exceeding the cash."
    )
    assert types == ["heading", "opinion-tax", "signature"]
