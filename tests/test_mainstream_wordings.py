"""Wordings of ordinary US Exhibit 5 letters, tax letters and local counsel's letters that
testers' sets showed typed wrong: the capacity opening on the registration statement, another
firm's assumptions taken on or its reliance on this letter, exceptions on named provisions,
a tax letter's warnings, page heads numbered in words, a line ending in "No."; offshore
counsel's tax opinions, governing law and reservations, an English firm's legal notice below
the signature, schedules after it."""

from __future__ import annotations

import pytest

from precedent_bank.importer.cues import cue_scores
from precedent_bank.importer.record import Clause, draft_record
from precedent_bank.importer.segment import segment
from tests.test_importer import letter
from tests.test_limits_and_page_heads import counsel_letter, opening_clause
from tests.test_outside_shapes import day_one


def _named(text: str) -> str:
    scores, _ = cue_scores(" ".join(text.split()).lower())
    return max(scores, key=scores.__getitem__) if scores else ""


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # session 30, AJ, AK and AM: ordinary Exhibit 5, tax and local counsel letters (reworded)
        (
            'As counsel for Tollard Mills, Inc. (the "Corporation"), we are familiar with the '
            "Registration Statement on Form S-8 that the Corporation intends to file with the "
            "Securities and Exchange Commission to register 400,000 shares of its Common Stock.",
            "engagement",
        ),
        (
            # what the firm knows of the papers, after the capacity: still what was examined
            "As your counsel, we are familiar with the proceedings taken by the Company to "
            "authorize the issuance of the Shares.",
            "documents-examined",
        ),
        (
            "Our opinions in paragraphs 3 and 4 are subject to the same qualifications and "
            "exceptions as are stated in each such opinion.",
            "reliance-on-other-counsel",
        ),
        (
            "This letter may also be relied upon by Brenlow Ashby LLP for purposes of its own "
            "opinion on the Guarantees.",
            "reliance-on-other-counsel",
        ),
        (
            "This opinion may be relied upon by Oakes Penner, counsel for the Issuer, in "
            "delivering its opinion filed as Exhibit 5.1.",
            "reliance-on-other-counsel",
        ),
        (
            # who else may rely, with no firm among them: who may rely
            "This opinion may be relied upon by you and by the holders of the Notes.",
            "limitation-reliance",
        ),
        (
            "Further, we express no opinion as to Section 9.04 of the Indenture insofar as it "
            "waives any stay or extension law.",
            "qualification-other",
        ),
        (
            "We express no opinion on any provision of the Warrant Agreement that would fix "
            "liquidated damages.",
            "qualification-other",
        ),
        (
            "6. We express no opinion as to the enforceability of the indemnity provisions of "
            "the Purchase Agreement.",
            "qualification-indemnification",
        ),
        (
            "(d) Each person signing any of the Transaction Documents on behalf of a party "
            "(other than the Trust) had the authority to do so.",
            "assumption-other-parties",
        ),
        # tax and local counsel letters (testers' set AM) and modern Exhibit 5s (set AK)
        (
            "2. The issuance of the Debentures and the execution and delivery of the First "
            "Supplemental Indenture have been duly authorized by all requisite corporate action.",
            "opinion-debt",
        ),
        (
            "Whether the Fund is treated as a grantor trust in later years turns on how the "
            "Sponsor manages the Fund's holdings of gold and silver.",
            "limitation-scope",
        ),
        (
            "We shall not monitor the REIT's compliance with the asset tests after the closing.",
            "limitation-scope",
        ),
        (
            "Nor do we express any view: we express no opinion as to the Bank's PFIC status.",
            "limitation-scope",
        ),
        (
            "We express no opinion under any state, local or non-U.S. tax law.",
            "limitation-jurisdiction",
        ),
        ("We express no opinion as to any other law.", "limitation-jurisdiction"),
        (
            "(g) we express no opinion on the effect of the usury laws of any state on the rate "
            "of interest the Notes bear;",
            "qualification-other",
        ),
        (
            "(b) no opinion is given on the enforceability of any provision of the Guarantee "
            "providing for indemnity of the Trustee;",
            "qualification-indemnification",
        ),
        (
            "We have assumed that no other document we were given contains terms that bear on the "
            "opinions expressed below.",
            "assumption-other",
        ),
        (
            "We have taken it as given that each Unit will be sold as the Prospectus describes.",
            "assumption-other",
        ),
        (
            "When a representation is made to the best of the Partnership's knowledge, we have "
            "read it without that limitation.",
            "assumption-factual-reliance",
        ),
        (
            "\u2022 that the Exchange Agreement has been duly authorized, executed and delivered "
            "by each Holder party to it",
            "assumption-other-parties",
        ),
        (
            "We have assumed the correctness of the conclusions expressed in each such opinion.",
            "reliance-on-other-counsel",
        ),
        # session 31, AO: tax and local counsel letters (reworded)
        (
            # another firm's letter relied on, whatever opinion it gives: no existence opinion
            "As to matters of Nevada law, we have relied upon the opinion of Tarrant & Voss, "
            "Reno, Nevada, dated the date hereof, to the effect that the Company is duly "
            "incorporated and validly existing under the laws of the State of Nevada.",
            "reliance-on-other-counsel",
        ),
        (
            "Hollis Brandt LLP is hereby authorized to rely upon this opinion letter as to "
            "matters of Ohio law in connection with its own opinion letter.",
            "reliance-on-other-counsel",
        ),
        (
            # a matter another firm's opinion covers: left out, not relied on
            "We express no opinion as to the Bermuda tax consequences of holding the Shares, "
            "which are addressed in the opinion of Sayle Pitt, Bermuda counsel to the Company, "
            "filed as Exhibit 8.2.",
            "limitation-scope",
        ),
        (
            "We do not express any opinion as to the validity, binding effect or enforceability "
            "of the Indenture or the Guarantees, each of which is governed by the laws of the "
            "State of New York.",
            "limitation-scope",
        ),
        (
            "Whether the Company qualifies for the exemption from tax on its U.S. source "
            "shipping income under Section 883 of the Code depends on facts that may change "
            "from year to year.",
            "limitation-scope",
        ),
        (
            "The opinions set forth above are limited to the federal income tax matters "
            "expressly addressed herein.",
            "limitation-scope",
        ),
        (
            # an item of "This opinion (i) is based upon ..., (ii) is limited to ..."
            "(ii) is limited to the federal income tax matters expressly set forth above, so "
            "that no opinion is expressed or may be inferred as to any other tax issue, and",
            "limitation-scope",
        ),
        (
            "No opinion is expressed or should be inferred as to any other matter.",
            "limitation-scope",
        ),
        (
            "All statements of legal conclusions contained in the Discussion, unless otherwise "
            "noted, are our opinion with respect to the matters set forth therein.",
            "opinion-tax",
        ),
        (
            "(iv) the representations made by the Company and Merger Sub in their officer's "
            "certificates dated the date hereof and delivered to us for purposes of this "
            'opinion (the "Tax Certificates") are true, complete and correct;',
            "assumption-factual-reliance",
        ),
        (
            "Where the factual representations in the Officer's Certificate involve terms "
            "defined in the Code, we have reviewed with the individual making such "
            "representations the relevant provisions of the Code.",
            "assumption-factual-reliance",
        ),
        (
            "We have assumed, with your consent, that the Trust will operate in a manner that "
            "will make the factual statements in the Officer's Certificate true for each year.",
            "assumption-other",
        ),
        (
            "We have also assumed that the Indenture will have been duly authorized, executed "
            "and delivered by the Company and the trustee named therein.",
            "assumption-other-parties",
        ),
        (
            "and, at your request, we are rendering our opinion concerning certain federal "
            "income tax consequences of the Merger to the Company and its shareholders.",
            "engagement",
        ),
        # session 31, AR: offshore and regional US letters (reworded)
        (
            "2.1 Copies of documents or drafts of documents provided to us are true and complete "
            "copies of, or in the final forms of, the originals.",
            "assumption-genuineness",
        ),
        (
            "We have further assumed that the statements of fact set out in the Prospectus "
            "concerning the Company, the ADSs and the Ordinary Shares are, and will remain, true.",
            "assumption-factual-reliance",
        ),
        (
            "3.2 We confirm that no United Kingdom stamp duty or stamp duty reserve tax should be "
            "payable on the issue of the Ordinary Shares to the depositary.",
            "opinion-tax",
        ),
        (
            "(a) payments of interest on the Notes to holders will not be subject to Panamanian "
            "income or withholding tax;",
            "opinion-tax",
        ),
        (
            "4.5 This letter and the opinion given in it are governed by and shall be construed "
            "in accordance with English law.",
            "limitation-jurisdiction",
        ),
        (
            "(v) the effect of any provision of the Guarantees purporting to limit the "
            "obligations of a Guarantor so that its Guarantee would not constitute a fraudulent "
            "transfer;",
            "qualification-other",
        ),
        (
            "A judgment of a foreign court would be enforced in Panama only after it has been "
            "recognized by the Supreme Court of Justice.",
            "qualification-other",
        ),
        (
            "(d) We express no opinion as to the enforceability of any Securities Document, each "
            "of which is expected to be governed by the laws of the State of New York.",
            "limitation-scope",
        ),
        (
            # the aside ending an assumptions lead-in: the items say of what kind
            "In giving this opinion, we have assumed, and we have not verified independently:",
            "assumption-other",
        ),
        (
            "Our opinion below, insofar as it relates to the Shares being fully paid, is based "
            "solely on a certificate of the Chief Financial Officer of the Company.",
            "assumption-factual-reliance",
        ),
        # session 31, AQ: tax and local counsel letters (reworded)
        (
            "Our opinion is limited to the U.S. federal income tax matters expressly set forth "
            "above.",
            "limitation-scope",
        ),
        (
            "We have also relied upon the representation of the Sponsor that each Bond was "
            "issued by a political subdivision of the State.",
            "assumption-factual-reliance",
        ),
        (
            # (what is relied on quotes the tax opinion's words)
            "In rendering our opinion, we have relied upon the factual representations contained "
            "in a certificate of officers of the General Partner, including the representation "
            "that more than 90% of the Partnership's gross income will be qualifying income "
            "within the meaning of Section 7704(d) of the Code.",
            "assumption-factual-reliance",
        ),
        (
            "(v) the due authorization, execution and delivery by all parties thereto, other than "
            "the Guarantor, of all documents examined by us.",
            "assumption-other-parties",
        ),
        (
            "(ii) except to the extent provided in paragraph 1 below, the due organization and "
            "valid existence in good standing of each party to the documents examined by us,",
            "assumption-other-parties",
        ),
        (
            "\u2022 that the Notes have been duly authenticated by the Trustee in the manner "
            "provided in the Indenture.",
            "assumption-other-parties",
        ),
        (
            "We understand that Corran Lyle LLP will rely as to matters of Delaware law upon this "
            "opinion in connection with its own opinion, and we hereby consent to such reliance.",
            "reliance-on-other-counsel",
        ),
        (
            "We express no opinion as to the Warrants themselves, which are governed by the laws "
            "of the State of New York.",
            "limitation-scope",
        ),
        (
            "C. Under the Business Corporation Act and the Articles of Incorporation, the holders "
            "of the Company's common stock have no preemptive rights with respect to the Shares.",
            "opinion-other",
        ),
        (
            "that the terms of each Guarantee will be established in conformity with the "
            "Indenture and will not violate any law applicable to the Guarantor.",
            "assumption-other",
        ),
        # session 31, AS: tax and local counsel letters (reworded)
        (
            "Our opinion is limited to United States federal income tax law as in effect on the "
            "date hereof.",
            "limitation-jurisdiction",
        ),
        (
            "We express no opinion as to the tax laws of the Cayman Islands.",
            "limitation-jurisdiction",
        ),
        (
            # counsel for the underwriters relying, not the underwriters
            "Ashdown & Crale, counsel for the underwriters, may rely upon this opinion as to all "
            "matters of Kentucky law in connection with their own opinion. Except for the "
            "foregoing, no other person may rely on this opinion.",
            "reliance-on-other-counsel",
        ),
        (
            "2. No further approval of the Public Service Commission of Kentucky or of any other "
            "Kentucky governmental authority is required for the issuance of the Shares.",
            "opinion-other",
        ),
        (
            "We express no opinion as to the effect on the obligations of the Guarantors under "
            "their Guarantees of sections 180.0640 and 183.0607 of the Wisconsin Statutes.",
            "qualification-other",
        ),
        (
            "We express no opinion as to the creation, attachment, perfection or priority of any "
            "security interest, or as to the enforceability of the Indenture.",
            "limitation-scope",
        ),
        (
            "I express no opinion on whether the Guarantees will constitute valid and binding "
            "obligations of the Guarantor, those matters being governed by the laws of the State "
            "of New York.",
            "limitation-scope",
        ),
        (
            "Our opinion in paragraph (5) does not extend to any license held by the Station.",
            "limitation-scope",
        ),
        # session 31, AT: offshore and mainstream US letters (reworded)
        (
            "In addition, we have obtained the following confirmations given by telephone on the "
            "date of this opinion:",
            "documents-examined",
        ),
        (
            "The Warrants and the Units are expected to be governed by the laws of the State of "
            "New York, and we express no opinion as to whether any of them will constitute valid "
            "and binding obligations of the Company.",
            "limitation-scope",
        ),
        (
            "(iv) the due authorization, execution and delivery of all documents by all persons "
            "other than the Company where those are prerequisites to their effectiveness.",
            "assumption-other-parties",
        ),
        (
            "There has been no oral or written modification of or amendment to any of the "
            "Documents, and there has been no waiver of any provision of any of the Documents.",
            "assumption-other",
        ),
        # session 31, AU and AV: tax, local counsel, offshore and US letters (reworded)
        (
            # partnership interests are no shares (taxonomy: opinion-other)
            "4. The partnership interests in the Partnership held by the Company have been duly "
            "authorized and validly issued.",
            "opinion-other",
        ),
        (
            "(2) Units are exempt from county personal property tax to the extent the Trust holds "
            "Bonds.",
            "opinion-tax",
        ),
        (
            "(c) that the Indenture has been duly authorized, executed and delivered by, and "
            "constitutes a legal, valid and binding obligation of, each party thereto other than "
            "the Guarantors;",
            "assumption-other-parties",
        ),
        (
            "This opinion letter may only be relied upon under the express condition that any "
            "issues of interpretation arising under it will be governed by Dutch law.",
            "limitation-reliance",
        ),
        (
            "We express no opinion as to whether a state court outside the State of New York "
            "would give effect to the choice of New York law provided for in the Warrant "
            "Agreement.",
            "qualification-other",
        ),
        # session 31, AY: offshore counsel letters (reworded)
        (
            "6.1 This opinion shall be governed by and construed in accordance with the laws of "
            "Guernsey.",
            "limitation-jurisdiction",
        ),
        (
            "This letter and any non-contractual obligations arising out of or in connection "
            "with it are governed by English law.",
            "limitation-jurisdiction",
        ),
        (
            "Any dispute arising out of or in connection with this opinion shall be subject to "
            "the exclusive jurisdiction of the ordinary courts of the Canton of Basel.",
            "limitation-jurisdiction",
        ),
        (
            "(c) We express no opinion as to whether the Warrants constitute legal, valid and "
            "binding obligations of the Company.",
            "limitation-scope",
        ),
        # session 32, AY and BB: what offshore counsel mean by the opinion's words, a caveat
        (
            '6.3 In this opinion letter, "nonassessable" - which term has no equivalent in Dutch '
            "- means that the holder owes the issuer nothing more for the share.",
            "qualification-other",
        ),
        (
            '2. The term "validly existing" has no precise meaning under Jersey law.',
            "qualification-other",
        ),
        (
            "For the purposes of paragraph 1, a company is deemed to be in good standing if all "
            "fees and penalties under the Act have been paid.",
            "qualification-other",
        ),
        (
            "In this opinion, it means that a holder of a Share will not be subject to calls.",
            "qualification-other",
        ),
        (
            "As used in this opinion, it means that a holder of Shares will not be subject to "
            "any further assessment or calls.",
            "qualification-other",
        ),
        (
            "For the purposes of this letter, we have taken it to mean that, once a New Share is "
            "paid for in full, no holder of it will be liable to pay more.",
            "qualification-other",
        ),
        (
            "5. No law of any jurisdiction outside Jersey would render the issue of the Shares "
            "illegal or ineffective.",
            "assumption-other",
        ),
        (
            "5.3 We express no opinion as to the ADSs, the deposit agreement or any document "
            "governed by a law other than English law.",
            "limitation-scope",
        ),
        # session 32, BB: tax letters of foreign issuers
        (
            "Nor do we express any opinion as to any U.S. Holder's eligibility for benefits under "
            "the Treaty, which turns on facts particular to that holder.",
            "limitation-scope",
        ),
        (
            "The Company's PFIC status for the current and any later taxable year will depend on "
            "the composition of its income and assets from time to time.",
            "limitation-scope",
        ),
        # session 33, BG: offshore and Canadian counsel
        (
            "This letter is given solely for the purposes of the Company's Registration "
            "Statement on Form F-3.",
            "limitation-reliance",
        ),
        (
            "5. Reservations\n\nOur opinion is subject to the reservations set out in Schedule 4.",
            "qualification-other",
        ),
        (
            "- rights to indemnity and contribution under the Underwriting Agreement may be "
            "limited by applicable law.",
            "qualification-indemnification",
        ),
        (
            "(b) the Issuer is registered under the Corporations Act 2001 (Cth) as a public "
            "company limited by shares;",
            "opinion-existence",
        ),
        (
            # AX: the issuer's own counsel will give the opinion under its law, and may rely on
            # this one
            "We understand that Marlow Penn LLP, counsel to the Company, will deliver an opinion "
            "as to those matters under the laws of the State of New York.",
            "reliance-on-other-counsel",
        ),
        (
            "We hereby consent to the reliance by Marlow Penn LLP upon this opinion as to "
            "matters of Liberian law.",
            "reliance-on-other-counsel",
        ),
        (
            # BG, AX: documents another law will govern, or is expressed to govern, left out
            "We express no opinion as to the legality or validity of the Underwriting Agreement "
            "or the Warrants, which are expressed to be governed by the laws of the State of New "
            "York, nor as to any warranty given by the Company in them.",
            "limitation-scope",
        ),
        (
            "(c) We express no opinion on the warrants or units described in the prospectus, "
            "which will be governed by the laws of the State of New York.",
            "limitation-scope",
        ),
        (
            # BG, AY: what a search cannot show, however much of insolvency it names
            "The Searches are not capable of revealing whether a petition to wind up the Company "
            "has been presented or whether any insolvency proceeding has been commenced abroad.",
            "qualification-other",
        ),
        (
            # AP: for whose benefit the letter is given is who may rely on it, not the engagement
            "This opinion is given for the benefit of the Issuer in connection with the "
            "Registration Statement and may also be relied upon by holders of the Notes.",
            "limitation-reliance",
        ),
        (
            # an aside ending the lead-in before its first item names no kind of assumption
            "For the purposes of this opinion we have assumed, and we have not verified "
            "independently, ",
            "assumption-other",
        ),
        # session 34, BJ: offshore counsel
        (
            # whether documents under another law are enforceable is left out, not opined on
            "In particular, we express no opinion as to whether the Warrants or the Warrant "
            "Agreement are enforceable in accordance with their terms.",
            "limitation-scope",
        ),
        (
            # no approval needed, in British spelling
            "(c) no consent, licence or authorisation of, or filing with, any governmental "
            "authority in Guernsey is required for the execution of the Guarantee;",
            "opinion-other",
        ),
        # session 34, BM: what the existence opinion's words mean is a caveat, not the opinion
        (
            '5.2  The phrase "validly existing" means only that the Company has not been '
            "struck off or dissolved.",
            "qualification-other",
        ),
        (
            '(b)  Any reference in this opinion to the Company being "in good standing" means '
            "only that it has paid every fee whose default would have it struck off.",
            "qualification-other",
        ),
        (
            # what a register's extract or a search cannot show, however much of insolvency
            "B. The confirmations and searches referred to above do not provide conclusive "
            "evidence that the Company is not subject to Insolvency Proceedings.",
            "qualification-other",
        ),
        (
            "The Excerpt and the Certificate are not conclusive as to the absence of any "
            "insolvency proceedings against the Guarantor.",
            "qualification-other",
        ),
        (
            "They would not reveal details of matters filed but not yet registered.",
            "qualification-other",
        ),
        (
            # the second sentence of what a borrowed word means
            "For the purposes of this legal opinion it means that a holder of a Share is not "
            "liable to make further payments to the Company for it.",
            "qualification-other",
        ),
        (
            # the warrants' and units' issue authorised: their opinion, not the shares'
            "5. The issuance of the Warrants and units will, upon the corporate action referred "
            "to in assumption (b), have been duly authorized by the Company.",
            "opinion-other",
        ),
    ],
)
def test_the_wording_names_its_type(text: str, kind: str) -> None:
    assert _named(text) == kind


def test_what_will_have_been_authorized_is_no_opinion_on_the_debt() -> None:
    """An item of a list of assumptions (its "we have assumed" in the lead-in) says what will
    have been done: no opinion that it has been."""
    item = "(c) the Fourth Supplemental Indenture will have been duly authorized and delivered."
    assert _named(item) != "opinion-debt"
    assert _named(item.replace("will have", "has")) == "opinion-debt"


def test_an_exceptions_aside_on_equity_is_not_cut_off_as_a_question() -> None:
    """A long list of exceptions was cut at ", whether applied by a court ..." and the piece
    typed the engagement, as if it were a question the firm was asked ("1. Whether the Trust
    qualifies as a REIT")."""
    exceptions = (
        "Our opinion in paragraph 2 is subject to the following exceptions: (a) the effect of "
        "bankruptcy, insolvency, reorganization, moratorium and other laws affecting the rights "
        "of creditors generally; (b) the effect of general principles of equity, whether "
        "applied by a court of law or equity, including, without limitation, principles "
        "limiting the availability of specific performance and injunctive relief; (c) the "
        "unenforceability under certain circumstances of provisions waiving rights to notice "
        "or defenses of a guarantor, and the discharge of a guarantor where the guaranteed "
        "obligations are changed without its consent; (d) the unenforceability of provisions "
        "calling for interest on interest or for a penalty or forfeiture; and (e) limits under "
        "public policy on the enforceability of rights to indemnity or contribution."
    )
    text = counsel_letter(
        f"In our opinion, the Notes are binding obligations.\n\n{exceptions}", "S-3"
    )
    pieces = [u.text.strip() for u in segment(text)]
    assert not any(p.startswith("whether") for p in pieces)
    assert opening_clause(text, "(b)").type == "qualification-equity"


@pytest.mark.parametrize("number", ["Two", "THREE"])
def test_a_page_head_numbered_in_words_is_furniture(number: str) -> None:
    """An older letter's running head "Page Two" (under the addressee and the date) was read as
    letter text and joined to the opinion it broke."""
    body = (
        "In our opinion, the Shares, when issued and paid for as described in the Registration "
        "Statement,\n\nBoard of Directors\nPellam Bay Corp.\nMay 3, 1999\n"
        f"Page {number}\n\nwill be validly issued, fully paid and nonassessable.\n\n"
    )
    clauses = {c.type: c.text for c in _clauses(counsel_letter(body, "S-3"))}
    assert f"Page {number}" in clauses["page-furniture"]
    assert f"Page {number}" not in clauses["opinion-equity"]


def _clauses(text: str) -> list[Clause]:
    return draft_record(letter(text), day_one()).clauses


def _holding(clauses: list[Clause], words: str) -> Clause:
    """The first clause that holds `words`."""
    return next(c for c in clauses if words in c.text)


def test_a_line_ending_in_no_goes_on_below_however_deep_the_next_is_indented() -> None:
    """A hard-wrapped list item broken after "(File No." was cut there, as if the full stop
    ended a paragraph, and the file number's line typed on its own."""
    body = (
        "We have examined the following:\n"
        "        (a)   the registration statement on Form S-1 (File No.\n"
        "              333-204411), including the prospectus it contains;\n"
        "        (b)   the Trust Agreement.\n\n"
        "In our opinion, the Units will be validly issued, fully paid and nonassessable.\n\n"
    )
    pieces = [u.text for u in segment(counsel_letter(body, "S-1"))]
    assert not any(p.lstrip().startswith("333-204411") for p in pieces)


def test_representations_taken_up_after_a_cut_make_the_items_facts_relied_on() -> None:
    """ "We have relied upon the following representations ..., and we have assumed that each
    such representation is true:" is cut in two; the list's items (worded like tax opinions,
    "(1) The Partnership has not elected to be treated as an association taxable as a
    corporation") are the representations relied on."""
    text = counsel_letter(
        "In rendering the opinions expressed below, we have relied upon the following "
        "representations made to us by the Company in a certificate of an officer of the "
        "Company dated the date hereof, and we have assumed that each such representation is "
        "and will continue to be true:\n"
        "     (1)  The Operating Partnership has not elected, and will not elect, to be treated "
        "as an association taxable as a corporation for federal income tax purposes.\n"
        "     (2)  At least 90 percent of the gross income of the Operating Partnership for each "
        "taxable year will consist of qualifying income within the meaning of Section 7704(d) "
        "of the Code.\n\n"
        "Based on the foregoing, in our opinion the Operating Partnership will be treated as a "
        "partnership for federal income tax purposes.",
        "S-11",
    )
    clauses = draft_record(letter(text), day_one()).clauses
    items = [c for c in clauses if "(1)" in c.text or "(2)" in c.text]
    assert items
    assert {c.type for c in items} == {"assumption-factual-reliance"}


def test_items_with_no_marker_are_cut_where_their_kinds_differ() -> None:
    """A list converted from a page that numbered its items in the margin: each item a
    paragraph of its own, no marker, the one before ending "; (and)". The other parties'
    signing was one clause with the assumptions after it."""
    text = counsel_letter(
        "In rendering this opinion, we have assumed, without independent verification:\n\n"
        "the genuineness of all signatures and the authenticity of all documents submitted to "
        "us as originals;\n\n"
        "that the Indenture has been duly authorized, executed and delivered by each party "
        "thereto other than the Guarantor;\n\n"
        "that the Registration Statement will have become effective under the Securities Act; "
        "and\n\n"
        "that the terms of each Guarantee will be established in conformity with the "
        "Indenture.\n\n"
        "In our opinion, the Guarantor is a corporation validly existing under the laws of the "
        "State of Arizona.",
        "S-3",
    )
    assert opening_clause(text, "that the Indenture").type == "assumption-other-parties"
    assert opening_clause(text, "that the Registration").type == "assumption-other"


def test_an_english_firms_legal_notice_below_the_signature_is_furniture() -> None:
    notice = (
        "Marlow Dene LLP is a limited liability partnership registered in England and Wales "
        "with registered number OC300001 and is authorised and regulated by the Solicitors "
        "Regulation Authority. A list of members is available for inspection at the above "
        "address.\n"
    )
    text = (
        "Dear Sirs\n\nWe have acted as English legal advisers to Kestrel plc in connection "
        "with its Registration Statement on Form F-1.\n\nIn our opinion, the Shares will be "
        "validly issued, fully paid and non-assessable.\n\n"
        "Yours faithfully\n\n/s/ Marlow Dene LLP\n\nMarlow Dene LLP\n\n" + notice
    )
    clauses = draft_record(letter(text), day_one()).clauses
    assert [c.type for c in clauses][-2:] == ["signature", "page-furniture"]
    assert clauses[-1].text == notice


def test_a_schedule_below_the_signature_is_no_heading() -> None:
    """A schedule's short lines ("SCHEDULE 2", "Searches") are like a letterhead's; below the
    signature they are the schedule's, whatever the bank's nearest clauses say."""
    text = (
        "Dear Sirs\n\nWe have acted as British Virgin Islands counsel to Harlan Holdings Ltd. "
        "in connection with its Registration Statement on Form F-3.\n\nWe have examined the "
        "documents listed in Schedule 1 and made the searches listed in Schedule 2.\n\n"
        "Yours faithfully\n\n/s/ Corlew Tate\n\nCorlew Tate\n\nSCHEDULE 1\n\n"
        "1. The memorandum and articles of association of the Company.\n\n"
        "2. The Registration Statement.\n\nSCHEDULE 2\n\nSearches\n\n"
        "1. A search of the public records of the Company at the Registry of Corporate Affairs "
        "conducted on 8 August 2022.\n"
    )
    clauses = draft_record(letter(text), day_one()).clauses
    below = clauses[[c.type for c in clauses].index("signature") + 1 :]
    assert below
    assert all(c.type != "heading" for c in below)


def test_another_firms_letter_relied_on_is_no_opinion_of_this_one() -> None:
    """Words of the other firm's opinion ("to the effect that the Company is duly incorporated")
    made the bank's nearest clauses vote for an existence opinion; the reliance is what the
    sentence does."""
    text = counsel_letter(
        "As to matters of Nevada law, we have relied upon the opinion of Tarrant & Voss, Reno, "
        "Nevada, dated the date hereof, to the effect that the Company is duly incorporated "
        "and validly existing under the laws of the State of Nevada.\n\n"
        "In our opinion, the Shares will be validly issued, fully paid and nonassessable.",
        "S-11",
    )
    assert opening_clause(text, "As to matters").type == "reliance-on-other-counsel"


def test_how_a_reit_will_operate_is_an_assumption_not_what_was_examined() -> None:
    """Below a list of what was examined, a REIT letter's assumption of how the trust will
    operate was typed (and merged) with the list."""
    text = counsel_letter(
        "In giving this opinion, we have examined the following:\n"
        "(a) the Declaration of Trust of the Trust;\n(b) the Registration Statement; and\n"
        "(c) such other documents as we have deemed necessary.\n\n"
        "In connection with the opinions rendered below, we have assumed, with your consent, "
        "that the Trust will operate in a manner that will make the factual representations "
        "in the Officer's Certificate true for each taxable year.\n\n"
        "In our opinion, the Trust has qualified as a real estate investment trust under the "
        "Code.",
        "S-3",
    )
    assert opening_clause(text, "In connection with the opinions").type == "assumption-other"


@pytest.mark.parametrize(
    "subject",
    [
        'Harrowgate Medical plc (the "Company")\nRegistration Statement on Form S-8\n\n',
        "HARROWGATE MEDICAL LTD. - REGISTERED DIRECT OFFERING OF ORDINARY SHARES\n\n",
    ],
)
def test_subject_lines_above_a_numbered_first_section_are_the_heading(subject: str) -> None:
    """An offshore letter's subject lines, below "Dear Sirs" with no "Re:", then its first
    numbered paragraph: they were the body's, typed as the engagement."""
    text = (
        f"Dear Sirs\n\n{subject}1. We have acted as Irish counsel to the Company in connection "
        "with its Registration Statement on Form S-8.\n\n2. In our opinion, the Shares will be "
        "validly issued, fully paid and non-assessable.\n\nYours faithfully\n\n/s/ Tarbert "
        "Quinlan\n"
    )
    clauses = draft_record(letter(text), day_one()).clauses
    assert clauses[0].type == "heading"
    assert clauses[0].text.endswith(subject)


def test_a_client_regulated_by_its_authority_is_no_firms_legal_notice() -> None:
    """Only the firm's own regulator makes a legal notice ("... authorised and regulated by the
    Solicitors Regulation Authority"): a client bank that is "authorised and regulated by the
    Prudential Regulation Authority" is described in the body, not page furniture."""
    sentence = (
        "The Bank is incorporated in England and entered on the register of companies under "
        "number 100001, and is authorised and regulated by the Prudential Regulation Authority."
    )
    text = counsel_letter(
        f"{sentence}\n\nIn our opinion, the Shares will be validly issued.", "F-3"
    )
    clauses = draft_record(letter(text), day_one()).clauses
    assert [c.type for c in clauses if sentence in c.text] != ["page-furniture"]
    assert any(sentence in c.text for c in clauses)


def test_an_offshore_partnerships_notice_and_an_attached_certificate_are_not_the_signature() -> (
    None
):
    """Below an offshore firm's signature: its notice ("X is a partnership registered in the
    Cayman Islands. A list of its partners is available for inspection ...") is page furniture,
    and a director's certificate attached to the letter (its own date, addressee and items,
    "I hereby certify that:") is the client's document, typed other - not the letter's
    documents examined or facts relied on, as its items read (two testers' sets, session 32)."""
    notice = (
        "Corrin Vale is a partnership registered in the Cayman Islands. A list of its partners "
        "is available for inspection at its registered office.\n\n"
    )
    certificate = (
        "Director's Certificate\n\n2 May 2021\n\nTo: Corrin Vale\n\nDear Sirs\n\nI, being a "
        "director of the Company, hereby certify that:\n\n1 The Memorandum and Articles remain "
        "in full force and effect.\n\n2 The Resolutions were duly passed.\n\n"
        "Signature: /s/ Lin Hao\nDirector\n"
    )
    text = (
        "Dear Sirs\n\nWe have acted as Cayman Islands counsel to Tessaly Holdings Limited in "
        "connection with its Registration Statement on Form F-1.\n\nIn our opinion, the Shares "
        "will be validly issued, fully paid and non-assessable.\n\n"
        "Yours faithfully\n\n/s/ Corrin Vale\n\nCorrin Vale\n\n" + notice + certificate
    )
    clauses = draft_record(letter(text), day_one()).clauses
    assert [c.type for c in clauses][-3:] == ["signature", "page-furniture", "other"]
    assert (clauses[-2].text, clauses[-1].text) == (notice, certificate)
    # a certificate the letter mentions is no attachment: nothing below the signature is one
    mentioned = text.replace(notice + certificate, "") + "Officer's Certificate\n"
    assert "other" not in [c.type for c in draft_record(letter(mentioned), day_one()).clauses]


def test_an_assumptions_lead_in_not_verified_independently_names_no_kind() -> None:
    """ "We have assumed, and we have not verified independently, the following:" leads into
    whatever its items name: after a first item on signatures, items that name no kind are
    other assumptions, not facts relied on (the aside's "not verified" is the lead-in's)."""
    items = [
        "2. that the Board Resolutions have been validly adopted and remain in full force;",
        "3. that the New Shares will be subscribed and fully paid up in cash.",
    ]
    body = (
        "For the purposes of this legal opinion, we have assumed, and we have not verified "
        "independently, the following:\n1. the genuineness of all signatures and the "
        "conformity to the originals of all documents supplied to us as copies;\n\n"
        + "\n\n".join(items)
        + "\n\nIn our opinion, the Shares will be validly issued."
    )
    clauses = draft_record(letter(counsel_letter(body, "F-3")), day_one()).clauses
    assert {c.type for c in clauses if any(i in c.text for i in items)} == {"assumption-other"}


def test_based_upon_the_foregoing_is_no_condition_of_the_opinion_after_it() -> None:
    """ "Based upon the foregoing, it is my opinion that (1) the Company is ... duly organized
    ...; and (2) the Shares, when issued ..., will be ... non-assessable": "upon" in the basis
    is no condition the shares opinion concludes, so the existence opinion keeps its type."""
    first = (
        "Based upon the foregoing, it is my opinion that (1) the Company is a corporation duly "
        "organized, validly existing and in good standing under the laws of the State of "
        "Nevada; and "
    )
    second = (
        "(2) the Shares, when issued in accordance with the Plan, will be duly authorized, "
        "validly issued, fully paid and non-assessable."
    )
    clauses = draft_record(letter(counsel_letter(first + second, "S-8")), day_one()).clauses
    assert [c.type for c in clauses if first in c.text] == ["opinion-existence"]
    assert [c.type for c in clauses if second in c.text] == ["opinion-equity"]


@pytest.mark.parametrize(
    "footer",
    [
        "Harlow Vance LLP | New York | Washington, D.C. | harlowvance.com\n",
        "Harlow Vance LLC | 1801 Main Street, Suite 36 | Denver, Colorado 80202 | 303.555.0100\n",
    ],
)
def test_a_footer_of_offices_and_contacts_below_the_signature_is_furniture(footer: str) -> None:
    """The firm's footer printed below the signature - its name, offices or address, web
    address or telephone between bars - is page furniture, not the signature (two testers'
    sets, session 32); a line of names between bars with no contact stays the signature's."""
    signed = "Very truly yours,\n\n/s/ Harlow Vance LLP\n\nHARLOW VANCE LLP\n\n"
    text = counsel_letter("In our opinion, the Shares will be validly issued.", "S-3")
    text = text[: text.index("Very truly yours")] + signed + footer
    clauses = draft_record(letter(text), day_one()).clauses
    assert [(c.type, c.text) for c in clauses[-2:]] == [
        ("signature", signed),
        ("page-furniture", footer),
    ]
    names = text.replace(footer, "Ann Lee | Bo Park | Cy Diaz\n")
    assert draft_record(letter(names), day_one()).clauses[-1].type == "signature"
    # the same footer printed between two pages is the body's furniture (one pattern for both)
    body = counsel_letter(
        f"In our opinion, the Shares will be validly issued.\n\n{footer}\n"
        "We consent to the filing of this opinion.",
        "S-3",
    )
    clauses = draft_record(letter(body), day_one()).clauses
    assert [c.type for c in clauses if footer.strip() in c.text] == ["page-furniture"]


def test_where_the_firm_practises_before_the_laws_covered_is_the_laws_covered() -> None:
    """ "I am admitted to practice law in the State of Utah. The opinions expressed herein are
    limited to ...": the licence goes with the laws covered in its paragraph, as every tester who
    wrote one labels it (session 32); standing alone it still says who writes."""
    licence = "I am admitted to practice law in the State of Utah. "
    limit = "The opinions expressed herein are limited to the laws of the State of Utah."
    opinion = "In my opinion, the Shares will be validly issued.\n\n"
    together = draft_record(letter(counsel_letter(opinion + licence + limit, "S-8")), day_one())
    assert [c.type for c in together.clauses if licence in c.text] == ["limitation-jurisdiction"]
    alone = draft_record(
        letter(counsel_letter(licence.strip() + "\n\n" + opinion, "S-8")), day_one()
    )
    assert [c.type for c in alone.clauses if licence.strip() in c.text] == ["engagement"]


def test_an_indented_decimal_list_of_assumptions_is_cut_at_each_item() -> None:
    """Session 33, BG: an EDGAR copy of an offshore letter numbers its assumptions "3.1",
    "3.2", ... indented below a blank line. The lead-in's aside ran past what "we assume the
    following" could hold (it was typed what was examined); the first item, whose indent went
    with the lead-in, was no item, so the second joined it; an item's first words ("3.4 the
    truth, | completeness ...") were cut off as a job of their own."""
    body = (
        "3.    ASSUMPTIONS\n\n"
        "      In giving this Opinion we assume the following without any liability on our\n"
        "      part should any of these assumptions prove to be incorrect:\n\n"
        "      3.1   the genuineness of all signatures and seals on all documents\n"
        "            submitted to us as originals or copies;\n\n"
        "      3.2   that the resolutions of the directors of the Company were duly\n"
        "            passed at a quorate meeting and remain in full force and effect;\n\n"
        "      3.3   that the Shares will be issued fully paid at not less than their\n"
        "            nominal value; and\n\n"
        "      3.4   the truth, completeness and accuracy of all representations\n"
        "            as to factual matters contained in the documents we examined; and\n\n"
        "      3.5   that no petition to wind up the Company has been presented, that no\n"
        "            receiver or examiner has been appointed over it or any of its assets,\n"
        "            and that no resolution for its winding up has been passed.\n\n"
        "4.    OPINION\n\n"
        "      In our opinion, the Shares will be validly issued, fully paid and\n"
        "      non-assessable.\n\n"
    )
    text = counsel_letter(body, "S-8")
    clauses = _clauses(text)
    lead = _holding(clauses, "we assume the following")
    assert lead.type == "assumption-genuineness"
    assert "3.2" not in lead.text
    assert opening_clause(text, "3.2").type == "assumption-other"
    assert _holding(clauses, "3.3").type == "assumption-other"
    truth = _holding(clauses, "3.4")
    assert "completeness and accuracy" in truth.text


def test_an_assumptions_lead_in_with_an_aside_and_no_comma_leads_its_list() -> None:
    """Session 33, BG: "we have assumed without further enquiry:" was no lead-in to
    assumptions (only an aside between commas was), so it and an item naming no kind ("that
    no resolution to wind up the Company has been passed") were typed what was examined."""
    body = (
        "For the purposes of this opinion, we have assumed without further enquiry:\n\n"
        "(a) the genuineness of all signatures on the documents we have examined;\n\n"
        "(b) that the Board Resolutions remain in full force and effect; and\n\n"
        "(c) that no resolution to wind up the Company has been passed by its members.\n\n"
        "Based upon the foregoing, we are of the opinion that the Shares will be validly "
        "issued, fully paid and non-assessable.\n\n"
    )
    text = counsel_letter(body, "F-3")
    clauses = _clauses(text)
    lead = _holding(clauses, "without further enquiry")
    assert lead.type == "assumption-genuineness"
    assert _holding(clauses, "(c) that no").type == "assumption-other"


def test_a_paragraph_numbered_5_ends_the_list_numbered_4_1_4_2() -> None:
    """Session 33, AY: an Irish letter numbers its paragraphs "4.", "5.", "6." and the items
    inside them "4.1", "4.2": "5." was taken for the next item of the assumptions listed under
    "4.", and the opinions, the caveat and the consent after it were typed other assumptions."""
    body = (
        "4.   For the purpose of giving this Opinion, we have assumed:\n\n"
        "4.1  the genuineness of all signatures and seals on the documents we examined;\n\n"
        "4.2  that the resolutions of the directors of the Company were duly passed and\n"
        "     remain in full force and effect.\n\n"
        "5.   Based upon and subject to the foregoing, we are of the opinion that:\n\n"
        "5.1  the Company is a public limited company duly incorporated and validly\n"
        "     existing under the laws of Ireland; and\n\n"
        "5.2  the Shares, when issued in accordance with the Plan, will be validly\n"
        "     issued, fully paid and non-assessable.\n\n"
        "6.   We hereby consent to the filing of this Opinion with the SEC as an\n"
        "     exhibit to the Registration Statement.\n\n"
    )
    text = counsel_letter(body, "S-8")
    clauses = _clauses(text)
    assert _holding(clauses, "5.1").type == "opinion-existence"
    assert opening_clause(text, "5.2").type == "opinion-equity"
    assert opening_clause(text, "6.").type == "consent"


def test_an_assumption_list_whose_lead_in_is_cut_at_its_first_marker_leads_it() -> None:
    """Session 34, BJ: "4. We have assumed (i) the genuineness ...;" with each later item a
    paragraph of its own: the lead-in, cut at "(i)", ended with neither a colon nor a comma, so
    the items after it were read alone and typed opinions by their words."""
    body = (
        "4. We have assumed (i) the genuineness of all signatures and the conformity to "
        "originals of all copies submitted to us;\n\n"
        "(ii) that the Merger will be completed in accordance with the Merger Agreement and "
        "that the Warrant Shares will be issued against payment in full of the exercise "
        "price; and\n\n"
        "(iii) that the Articles will be amended in the form we have examined; and\n\n"
        "(iv) that the Warrant Agreement will be duly executed and delivered by each party "
        "thereto and, under the laws of the State of New York which govern it, will constitute "
        "the legal, valid and binding obligations of each party thereto.\n\n"
        "5. Based on the foregoing, we are of the opinion that the Warrant Shares will be "
        "validly issued, fully paid and non-assessable.\n\n"
    )
    text = counsel_letter(body, "F-4")
    clauses = _clauses(text)
    assert _holding(clauses, "(ii) that the Merger").type == "assumption-other"
    assert _holding(clauses, "(iii) that the Articles").type == "assumption-other"
    # what a contract under another law needs of all who sign it, assumed
    assert _holding(clauses, "(iv) that the Warrant").type == "assumption-other-parties"
    assert opening_clause(text, "5.").type == "opinion-equity"


def test_a_lettered_item_inside_a_numbered_assumption_keeps_the_list_going() -> None:
    """Session 34, BJ: "4.1 (a) ... (b) ..." then "4.2", "4.3": the "(b)" inside item 4.1 was
    taken for the list's end, so "4.3", saying how the shares will be issued, was typed the
    opinion on them."""
    body = (
        "4.   Assumptions\n\n"
        "For the purpose of this opinion letter, I have assumed that:\n\n"
        "4.1  (a) Each copy conforms to its original and each signature is genuine.\n"
        "     (b) Each statement in the Officer's Certificate is true.\n\n"
        "4.2  The Board Resolution has been validly passed and remains in force.\n\n"
        "4.3  Each Plan Share will be issued under a deed of issue, fully paid up as "
        "required by the Articles, and at not less than its nominal value.\n\n"
        "5.   Opinion\n\n"
        "Based on the foregoing, I am of the opinion that the Plan Shares, when issued, will "
        "be validly issued, fully paid and non-assessable.\n\n"
    )
    text = counsel_letter(body, "S-8")
    clauses = _clauses(text)
    assert _holding(clauses, "4.3").type == "assumption-other"
    assert _holding(clauses, "I am of the opinion").type == "opinion-equity"


def test_certificates_of_public_officials_in_a_list_of_papers_examined_were_examined() -> None:
    """Session 34, BJ: a long sentence naming what was examined ("such papers, documents,
    agreements, certificates of public officials and ...", then a numbered list) was cut at
    the certificates, and the rest typed facts relied on."""
    body = (
        "In rendering our opinion, we have examined such papers, documents, agreements, "
        "certificates of public officials and certificates of officers of the Company as we "
        "have deemed necessary as a basis for the opinion expressed below, including (i) the "
        "Registration Statement; (ii) the Articles of Incorporation and By-laws of the "
        "Company; (iii) resolutions of the board of directors of the Company and of its "
        "pricing committee approving the issue and sale of the Shares; (iv) the Statement of "
        "Designations filed with the Registrar of Corporations on March 3, 2016; (v) the "
        "underwriting agreement among the Company and the underwriters named in it; and (vi) "
        "a certificate of good standing issued by the Registrar of Corporations.\n\n"
        "Based on the foregoing, we are of the opinion that the Shares will be validly "
        "issued, fully paid and non-assessable.\n\n"
    )
    clauses = _clauses(counsel_letter(body, "F-3"))
    examined = _holding(clauses, "such papers, documents")
    assert examined.type == "documents-examined"
    assert "certificates of public officials" in examined.text


@pytest.mark.parametrize("dash", ["-", "\u2013", ":"])
def test_a_schedules_title_beside_its_number_heads_it(dash: str) -> None:
    """Session 34, BJ: "Schedule 1 - Assumptions" below the signature was typed on its own (an
    opinion), and the assumptions under it were not held to be assumptions."""
    text = (
        "Dear Sirs\n\nWe have acted as Australian counsel to Tarrow Minerals Limited in "
        "connection with its Registration Statement on Form F-3.\n\nFor the purposes of this "
        "opinion we have assumed the matters set out in Schedule 1.\n\nBased on the "
        "foregoing, we are of the opinion that the Shares will be validly issued, fully paid "
        "and non-assessable.\n\nYours faithfully\n\n/s/ Tarrant Hale\n\nTarrant Hale\n\n"
        f"Schedule 1 {dash} Assumptions\n\n"
        "1    Each document we have examined is authentic and each signature on it genuine.\n\n"
        "2    Each issue of Shares will be within the capacity of the directors to allot and "
        "will be approved by the shareholders where the Listing Rules require it.\n"
    )
    clauses = _clauses(text)
    title = _holding(clauses, f"Schedule 1 {dash} Assumptions")
    assert title.type == "assumption-genuineness"
    schedule = clauses[clauses.index(title) :]
    assert all(c.type.startswith("assumption-") for c in schedule), [c.type for c in schedule]


def test_the_items_of_a_list_of_qualifications_are_exceptions_unless_their_words_say_else() -> None:
    """Session 34, BM: under "This opinion is subject to the following qualifications:", an
    item whose words name no type (a rule of the company law on when new shares may be
    issued) and an item's second sentence (what "non-assessable" means there) took the type of
    the nearest clauses in the bank: facts relied on, papers examined."""
    body = (
        "Based upon the foregoing, we are of the opinion that the Conversion Shares, when "
        "issued, will be validly issued, fully paid and non-assessable.\n\n"
        "This opinion is subject to the following qualifications:\n\n"
        "(a) The term \u201cnon-assessable\u201d has no equivalent under German law. For the "
        "purposes of this opinion it means that a holder of a Conversion Share will not be "
        "obliged to make further contributions to the Company by reason only of holding it.\n\n"
        "(b) Under section 199 (2) AktG, subscription shares may be issued in exchange for "
        "convertible notes only if the notes' issue amount is not less than the lowest issue "
        "price of the subscription shares.\n\n"
        "This opinion is limited to the laws of the Federal Republic of Germany.\n\n"
    )
    clauses = _clauses(counsel_letter(body, "F-3"))
    assert _holding(clauses, "For the purposes of this opinion it means").type == (
        "qualification-other"
    )
    assert _holding(clauses, "(b) Under section 199").type == "qualification-other"
    assert _holding(clauses, "limited to the laws").type == "limitation-jurisdiction"


def test_a_rule_drawn_under_a_page_number_is_furniture_with_it() -> None:
    """Session 34, BM: "- 2 -" with a line of dashes under it across the page: the number was
    furniture, the rule was left in the body and typed with the assumption after it."""
    body = (
        "3.3  We have assumed that the Underwriting Agreement has been duly authorised,\n"
        "     executed and delivered by each party to it other than the Company.\n\n"
        "                                 - 2 -\n" + "-" * 72 + "\n\n"
        "Pellam Bay Corp.\n20 September 2012\n\n"
        "3.4  We have assumed that the Company will receive the full subscription price\n"
        "     for each Share in cash before the Shares are issued.\n\n"
    )
    clauses = _clauses(counsel_letter(body, "F-3"))
    rule = _holding(clauses, "-" * 72)
    assert rule.type == "page-furniture"
    assert "3.4" not in rule.text


def test_the_assumptions_a_schedule_sets_out_relied_on_are_no_facts_relied_on() -> None:
    """Session 34, BJ and BM: "We have relied upon the assumptions set out in Schedule 2,
    which we have not independently verified": the aside's words are those of facts relied on,
    and the bank's nearest clauses voted so; no fact is relied on. Facts named keep them."""
    relied = "4. We have relied upon the assumptions set out in Schedule 2, which we have not "
    scores, _ = cue_scores(relied.lower() + "independently verified.")
    assert "assumption-factual-reliance" not in scores
    assert "assumption-other" in scores
    with_facts = relied + "verified, and as to matters of fact on certificates of officers."
    scores, _ = cue_scores(with_facts.lower())
    assert "assumption-factual-reliance" in scores
