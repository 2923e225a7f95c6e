"""A letter's limits, its defined terms, and the running heads a page break leaves (issue 8,
session 25): shapes met in letters of firms outside the corpus.

Every letter and sentence here is fictional; each test pins one general rule down.
"""

from __future__ import annotations

import pytest

from precedent_bank.importer import segment as segment_module
from precedent_bank.importer.cues import cue_scores
from precedent_bank.importer.record import Clause, draft_record
from precedent_bank.importer.segment import segment
from tests.test_generalising import types
from tests.test_importer import letter
from tests.test_opinion_items import typed_in_a_letter
from tests.test_outside_shapes import day_one, in_a_letter, strongest


@pytest.mark.parametrize(
    "sentence",
    [
        "This opinion is rendered as of the date hereof.",
        "This letter is given only as of its date.",
    ],
)
def test_an_opinion_rendered_as_of_its_date_is_limited_to_that_date(sentence: str) -> None:
    scores, _ = cue_scores(sentence)
    assert "engagement" not in scores
    assert max(scores, key=lambda t: scores[t]) == "limitation-date"


def test_an_opinion_limited_to_us_tax_laws_limits_the_laws_covered() -> None:
    sentence = (
        "Our opinion is limited to the U.S. federal income tax laws, and we express no opinion "
        "as to any state, local or foreign tax law."
    )
    scores, _ = cue_scores(sentence)
    assert "limitation-scope" not in scores
    assert max(scores, key=lambda t: scores[t]) == "limitation-jurisdiction"
    for alone in (  # said on their own, these leave matters out
        "We express no opinion on any state, local or foreign tax consequences.",
        "In particular, we express no opinion on any state, local or foreign tax law.",
    ):
        assert "limitation-scope" in cue_scores(alone)[0]


@pytest.mark.parametrize(
    "sentence",
    [  # a term defined for the letter; why the opinion is given
        'As used herein, "Corporate Proceedings" means, as to any shares of Preferred Stock, the '
        "authorization of their issuance by the Board of Directors.",
        "We give this opinion as contemplated by the section of the Registration Statement "
        'headed "Legal Matters".',
    ],
)
def test_terms_defined_and_why_the_opinion_is_given_are_the_engagements(sentence: str) -> None:
    assert strongest(sentence) == "engagement"


@pytest.mark.parametrize(
    ("before", "after", "words"),
    [
        # a line that stops at "the" goes on after the page break
        (
            "We have examined copies of the Indenture. We have assumed that the\n"
            "Indenture was duly authorized, executed and delivered by the\n\n",
            "Trustee, and that it is a valid and binding obligation of the Trustee.\n\n",
            "Indenture",
        ),
        # "... and (z) the Registration" / "Statement shall have become" / <PAGE>: the short
        # line ends the sentence above it (it was taken into the page's furniture)
        (
            "We have assumed that (y) the Company will have enough authorized shares, and (z) "
            "the\nRegistration Statement, as amended, and any supplement to it, including the\n"
            "prospectus for the Shares, and the Registration\nStatement shall have become\n\n",
            "effective under the Securities Act.\n\n",
            "Statement shall",
        ),
    ],
)
def test_a_line_going_on_with_its_sentence_is_no_running_head(
    before: str, after: str, words: str
) -> None:
    letter = (
        f"Ladies and Gentlemen:\n\n{before}<PAGE>\n\nTallow Creek Gridworks, Inc.\n"
        f"November 4, 2022\nPage 2\n\n{after}Very truly yours,\n\n/s/ Penwick & Lowe LLP\n"
    )
    furniture = [u.text for u in segment(letter) if u.zone == "page-furniture"]
    assert furniture
    assert furniture[0].lstrip().startswith("<PAGE>")
    assert not any(words in text for text in furniture)


def test_an_exception_naming_the_opinion_it_cuts_back_is_one_unit() -> None:
    sentence = (
        "The opinion in paragraph 2 is subject to the effects of bankruptcy, insolvency and "
        "similar laws affecting the rights of creditors generally."
    )
    units = [u.text for u in segment(f"Ladies and Gentlemen:\n\n{sentence}\n") if u.zone == "body"]
    assert units == [sentence + "\n"]
    assert strongest(sentence) == "qualification-bankruptcy"


def test_a_lead_in_to_exceptions_goes_with_the_first_exception() -> None:
    body = (
        "The opinions set forth above are subject to the following exceptions, limitations and "
        "qualifications: (A) the effect of bankruptcy, insolvency, reorganization and similar "
        "laws affecting the rights of creditors generally; (B) the effect of general principles "
        "of equity, whether considered in a proceeding in equity or at law; and (C) the "
        "unenforceability under certain circumstances of provisions indemnifying a party "
        "against liability for its own wrongful or negligent acts."
    )
    assert strongest(body.split(":")[0] + ":") == "qualification-other"
    typed = typed_in_a_letter(body)
    assert typed[1] == "qualification-bankruptcy"  # the lead-in and its item (A), one clause
    assert "qualification-other" not in typed


def test_local_counsel_leaving_the_documents_validity_aside_limits_the_scope() -> None:
    sentence = (
        "We express no opinion as to the validity, binding effect or enforceability of the "
        "Indenture, the Notes or the Guarantee, each of which is governed by the laws of the "
        "State of New York."
    )
    assert strongest(sentence) == "limitation-scope"
    provisions = (
        "We express no opinion as to the validity or enforceability of the provisions of the "
        "Indenture that waive the right to a jury trial."
    )
    assert "limitation-scope" not in cue_scores(provisions)[0]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "This opinion is furnished to you solely for use in connection with the Registration "
            "Statement.",
            "limitation-reliance",
        ),
        (
            "We understand that the Shares are to be sold to the underwriters for resale to the "
            "public under an underwriting agreement among the Company and the representatives.",
            "engagement",
        ),
        (
            "The Notes are to be issued under a purchase agreement among the Company and the "
            "initial purchasers named in it.",
            "engagement",
        ),
    ],
)
def test_what_the_letter_may_be_used_for_and_the_sale_it_is_for(sentence: str, kind: str) -> None:
    assert strongest(sentence) == kind


def test_facts_and_law_in_existence_on_its_date_name_its_date() -> None:
    sentence = "This opinion is limited to the facts and law in existence on its date."
    assert "limitation-date" in cue_scores(sentence)[0]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "We understand that Pellam Ward LLP, counsel to the Company, will rely on this "
            "opinion letter as to matters of Nevada law.",
            "reliance-on-other-counsel",
        ),
        (
            "Without limiting the foregoing, we express no opinion on the enforceability of the "
            "Indenture, the Exchange Notes or the Guarantees.",
            "limitation-scope",
        ),
    ],
)
def test_local_counsels_letter_relied_on_and_the_documents_it_leaves_aside(
    sentence: str, kind: str
) -> None:
    assert strongest(sentence) == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("4. A copy of the permission given by the Monetary Authority on 2 March 2006.", None),
        ("3. A certificate of compliance issued by the Registrar of Companies.", None),
        ("5. A copy of the Registration Statement.", None),
        (
            "We have not taken part in preparing the Registration Statement and take no "
            "responsibility for its contents.",
            "limitation-scope",
        ),
    ],
)
def test_a_schedules_documents_and_a_part_not_taken(sentence: str, kind: str | None) -> None:
    assert strongest(sentence) == (kind or "documents-examined")


def test_except_as_provided_elsewhere_is_an_aside_not_an_exception() -> None:
    sentence = (
        "This opinion is given to you in connection with the filing of the Registration "
        "Statement and, except as provided in the next paragraph, may not be relied upon for any "
        "other purpose without our prior written consent."
    )
    units = [u.text for u in segment(f"Ladies and Gentlemen:\n\n{sentence}\n") if u.zone == "body"]
    assert units == [sentence + "\n"]
    limited = "The Notes are enforceable, except as limited by bankruptcy laws."
    assert len([u for u in segment(f"Gentlemen:\n\n{limited}\n") if u.zone == "body"]) == 2


def test_a_circular_230_legend_below_the_signature_is_who_may_rely() -> None:
    """A pre-2014 tax letter's legend below "/s/ ..." was typed part of the signature."""
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as tax counsel to Pinehollow Financial "
        "Corporation in connection with the merger of Ambrey Bancorp with and into it.\n\n"
        "In our opinion, the Merger will qualify as a reorganization within the meaning of "
        "Section 368(a) of the Code.\n\nWe express no opinion on any other tax matter.\n\n"
        "We consent to the filing of this opinion as an exhibit to the Registration Statement.\n\n"
        "                    Very truly yours,\n\n                    /s/ Kittering Lowe LLP\n\n"
        "IRS CIRCULAR 230 NOTICE: To comply with requirements imposed by the\n"
        "Internal Revenue Service, we inform you that any U.S. federal tax\n"
        "advice contained in this letter was not intended or written to be\n"
        "used, and cannot be used, for the purpose of avoiding penalties.\n\n"
        "</TEXT>\n</DOCUMENT>\n"
    )
    found = types(day_one(), text)
    assert [t for t, _ in found][-3:] == ["signature", "limitation-reliance", "page-furniture"]
    assert found[-2][1].startswith("IRS CIRCULAR 230")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a Delaware trust counsel relying on what it was given, "entirely" (typed an
        # assumption of other matters: it went on "... or assumed in this letter")
        (
            "We have made no factual investigation of our own and have relied entirely on the "
            "documents listed above and the further matters recited or assumed in this letter.",
            "assumption-factual-reliance",
        ),
        # the approvals a local counsel says are not needed, listed before the authority
        (
            "4. No consent, approval or authorization of, or filing with, any governmental "
            "authority of the State of Nevada is required for the execution of the Indenture.",
            "opinion-other",
        ),
        # the laws a tax letter covers, said as what it addresses (typed the engagement)
        (
            "This letter addresses only the federal income tax laws of the United States, as set "
            "out in the Internal Revenue Code of 1986.",
            "limitation-jurisdiction",
        ),
        # the buyers may rely on it, as if it were addressed to them (typed another firm's
        # reliance on it)
        (
            "Purchasers of the Securities in the offering are entitled to rely on this opinion "
            "letter to the same extent as if it were addressed to them.",
            "limitation-reliance",
        ),
        # a tax letter's reliance, its verb split from "upon" by an aside
        (
            "This opinion is based upon, and assumes the accuracy of, the factual representations "
            "made to us by the Partnership and its general partner.",
            "assumption-factual-reliance",
        ),
        # an offshore letter's meaning of the opinion's word (typed the indemnification
        # exception): a caveat of its own, as most testers label it when it stands apart from
        # the opinion (session 32; in the opinion's paragraph it is the opinion's)
        (
            'In this opinion the phrase "non-assessable" means, with respect to the Shares, that '
            "a shareholder shall not be obliged to make further contributions to the assets of "
            "the Company.",
            "qualification-other",
        ),
        # what a REIT opinion cannot say (typed with the opinion)
        (
            "The Company's qualification and taxation as a REIT depend on its ability to meet, "
            "through actual annual operating results, the various qualification tests imposed "
            "by the Code.",
            "limitation-scope",
        ),
        # the tax matters an opinion is limited to (typed the tax opinion)
        (
            "Our opinion is limited to the federal income tax matters specifically addressed "
            "above and does not cover any state, local or foreign tax consequence.",
            "limitation-scope",
        ),
    ],
)
def test_wording_from_outside_tax_and_local_counsel_letters_names_its_type(
    sentence: str, kind: str
) -> None:
    assert strongest(sentence.lower()) == kind


def test_running_heads_in_one_line_or_below_the_page_number_are_furniture() -> None:
    """ "Wiltzius Reuland | 14 September 2022 | Page 2 of 4" in mid-sentence, and the addressee
    and date below "Page 2 of 3", were letter text."""
    text = (
        "Ladies and Gentlemen:\n\nWe have assumed that the Indenture has been duly executed by "
        "each party to it other than the Guarantor\n\nHarlow Vance | 14 September 2022 | Page 2 "
        "of 4\n\nand that each such party has the power to enter into it.\n\n"
        "In our opinion, the Warrants will be binding obligations of the\n\n\n"
        "                            Page 2 of 3\n\nAquaPell Dynamics, Inc.\nFebruary 12, 2001\n\n"
        "          Company, enforceable in accordance with their terms; and\n\n"
        "     (4)  the Warrant Shares, when issued, will be validly issued, fully paid and "
        "nonassessable.\n\nVery truly yours,\n\n/s/ Harlow Vance\n"
    )
    furniture = [u.text.strip() for u in segment(text) if u.zone == "page-furniture"]
    assert furniture == [
        "Harlow Vance | 14 September 2022 | Page 2 of 4",
        "Page 2 of 3\n\nAquaPell Dynamics, Inc.\nFebruary 12, 2001",
    ]
    kinds = [t for t, _ in types(day_one(), text)]
    assert kinds[-3:] == ["opinion-other", "opinion-equity", "signature"]


def test_a_sentence_a_page_break_cuts_after_the_goes_on_in_capitals() -> None:
    """ "... issued and sold to the Holders as described in the" / page 2 / "Registration
    Statement." was typed on its own (the heading)."""
    body = (
        "We have also assumed (i) that each person to whom a Capital Security is to be issued "
        "will pay the consideration for it, and (ii) that the Capital Securities will be issued "
        "and sold to the Holders as described in the\n\n\n                2\n<PAGE>\n\n"
        "Registration Statement.\n\nIn our opinion, the Trust is validly existing in good "
        "standing as a statutory trust."
    )
    kinds = typed_in_a_letter(body)[1:-1]
    assert kinds == ["assumption-other", "page-furniture", "assumption-other", "opinion-existence"]


def test_a_caption_in_sentence_case_heads_its_clause() -> None:
    """ "Basis of this letter" over what the firm examined was typed on its own."""
    body = (
        "We have acted as counsel to Brightmoor Genomics, Inc. in connection with its "
        "registration statement on Form S-1.\n\nBasis of this letter\n\nWe have examined the "
        "Company's certificate of incorporation and bylaws and such other records as we have "
        "deemed necessary."
    )
    found = types(day_one(), in_a_letter(body))
    assert [t for t, _ in found][1:-1] == ["engagement", "documents-examined"]
    assert found[2][1].startswith("Basis of this letter")


def test_a_statute_cited_et_seq_ends_no_sentence() -> None:
    """ "12 Del. C. Section 3801 et seq. (the "Act")." was cut after "seq.", its defined term
    typed on its own (a Section 7 disclaimer)."""
    units = segment(
        "Ladies and Gentlemen:\n\n1. The Trust is validly existing under the Delaware Statutory "
        'Trust Act, 12 Del. C. Section 3801 et seq. (the "Act").\n\n2. The Securities are '
        "validly issued.\n"
    )
    assert [u.text.split()[0] for u in units if u.zone == "body"] == ["1.", "2."]


def counsel_letter(body: str, form: str) -> str:
    """A fictional letter of counsel to Pellam Bay Corp. on its registration statement on `form`,
    `body` after the engagement."""
    return in_a_letter(
        "We have acted as counsel to Pellam Bay Corp. in connection with its Registration "
        f"Statement on Form {form}.\n\n{body}"
    )


def opening_clause(text: str, opening: str) -> Clause:
    """The clause of `text`, imported as a firm does on day one, that opens with `opening`."""
    clauses = draft_record(letter(text), day_one()).clauses
    return next(c for c in clauses if c.text.startswith(opening))


_FOOTER = "Cardew Nolt LLP  |  40 Quay Street, Portland, ME 04101  |  Page 1 of 2"


def test_a_footer_printed_on_every_page_is_furniture_below_the_signature_too() -> None:
    """A footer printed at the foot of each page (here with no pattern of its own: offices set
    apart by bars, a firm's form after a comma) was letter text in mid-letter and part of the
    signature at the end; it is page furniture wherever it stands apart."""
    offices = "Bangor  |  Augusta  |  Lewiston  |  Portsmouth, N.H."
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Pellam Bay Corp. in connection "
        "with its Registration Statement on Form S-8.\n\n"
        f"{offices}\n\n{_FOOTER}\n\n"
        "In our opinion, the Shares will be validly issued, fully paid and nonassessable.\n\n"
        "Very truly yours,\n\n/s/ Cardew Nolt LLP\n\n"
        f"{offices}\n\n{_FOOTER.replace('1 of 2', '2 of 2')}\n"
    )
    units = segment(text)
    furniture = [u.text.strip() for u in units if u.zone == "page-furniture"]
    assert furniture == [
        f"{offices}\n\n{_FOOTER}",
        f"{offices}\n\n{_FOOTER.replace('1 of 2', '2 of 2')}",
    ]
    assert [u.text.strip() for u in units if u.zone == "signature"] == [
        "Very truly yours,\n\n/s/ Cardew Nolt LLP"
    ]


def test_the_letterhead_and_the_signature_repeating_a_name_is_no_footer() -> None:
    """The firm's name, and a signer's name and title, are in the letterhead and the signature
    both, and a running head may repeat the firm's name: none of them is a footer, and the
    signature keeps the firm's name under "Very truly yours,"."""
    head = "CARDEW NOLT & PARRISH LLP\nCelia M. Haverford, General Counsel\n"
    opinion = "In our opinion, the Shares will be validly issued, fully paid and nonassessable."
    text = (
        f"{head}\nMarch 3, 2011\n\nLadies and Gentlemen:\n\nWe have acted as counsel to Pellam "
        f"Bay Corp. in connection with its Registration Statement on Form S-8.\n\n{opinion}\n\n"
        f"Very truly yours,\n\n/s/ Celia M. Haverford\n\n{head}"
    )
    assert [u.zone for u in segment(text)][-1] == "signature"
    running_head = text.replace(f"{opinion}", f"CARDEW NOLT & PARRISH LLP\n\n{opinion}")
    ending = running_head.replace(
        f"yours,\n\n/s/ Celia M. Haverford\n\n{head}",
        "yours,\n\nCARDEW NOLT & PARRISH LLP\n",
    )
    assert [u.zone for u in segment(ending)][-1] == "signature"


def test_a_few_words_before_a_page_break_do_not_type_the_sentence_they_begin() -> None:
    """ "Nor do we" / page 2 / "express any opinion on the securities laws ...": the three words
    resemble a Section 7 disclaimer ("nor do we admit ..."), and the sentence they begin was
    typed by them on both sides of the break."""
    text = counsel_letter(
        "In our opinion, the Shares will be validly issued, fully paid and nonassessable.\n\n"
        "The opinion above is limited to the laws of the State of Maryland. Nor do we\n\n"
        "                 - 2 -\n\nexpress any opinion on compliance with federal or state "
        "securities laws, including the securities laws of Maryland.",
        "S-8",
    )
    clauses = draft_record(letter(text), day_one()).clauses
    assert [c.type for c in clauses if "Nor do we" in c.text or "compliance" in c.text] == [
        "limitation-jurisdiction",
        "limitation-jurisdiction",
    ]


@pytest.mark.parametrize(
    "middle",
    [
        "We express no opinion as to the enforceability of (A) any waiver of jury trial, (B) any "
        "waiver of stay or usury laws, or (C) any provision selecting the law of the State of New "
        "York as governing, except to the extent Sections 5-1401 and 5-1402 of the New York "
        "General Obligations Law give effect to that selection.",
        "Notices to the Trustee go to Pellam Trust Company, N.A., 100 Main Street, Suite 400, "
        "Boston, Massachusetts 02110, Attention: Corporate Trust.",
    ],
)
def test_no_part_of_the_body_goes_back_to_the_heading(middle: str) -> None:
    """A piece of a sentence with few words of its own ("except to the extent Sections 5-1401
    and 5-1402 ... give effect to that selection.", before such an "except" stayed in its
    sentence), or a sentence of names and addresses, resembled the addressees and addresses of
    letterheads, and was typed the heading in mid-letter."""
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Pellam Bay Corp. in connection "
        "with its Registration Statement on Form S-3.\n\nIn our opinion, the Notes will be "
        f"valid and binding obligations of the Company.\n\n{middle}\n\nWe consent to the "
        "filing of this opinion as an exhibit to the Registration Statement.\n\n"
        "Very truly yours,\n\n/s/ Cardew Nolt LLP\n"
    )
    clauses = draft_record(letter(text), day_one()).clauses
    assert [c.type for c in clauses].count("heading") == 1
    assert "5-1401" not in clauses[0].text


def test_a_determiner_before_a_page_break_wants_its_noun_after_it() -> None:
    """ "... undivided beneficial interests in the assets of that" / page 3 / "Trust.": the
    noun after the break is the end of the opinion, not a sentence of its own."""
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as special Delaware counsel to Pellam Capital "
        "Trust I (the \u201cTrust\u201d).\n\nIn our opinion, the Capital Securities will represent "
        "valid, fully paid and nonassessable undivided beneficial interests in the assets of "
        "that\n\n                 - 3 -\n\nTrust.\n\nVery truly yours,\n\n/s/ Cardew Nolt LLP\n"
    )
    clauses = draft_record(letter(text), day_one()).clauses
    assert [c.type for c in clauses if c.text.strip() == "Trust."] == ["opinion-other"]


@pytest.mark.parametrize(
    "sentence",
    [
        "(e) A court sitting outside the State of New York may decline to give effect to the "
        "parties' choice of New York law.",
        "Courts of other states may not enforce the choice of Delaware law in the Indenture.",
    ],
)
def test_a_court_not_giving_effect_to_a_choice_of_law_is_an_exception(sentence: str) -> None:
    """Naming New York twice, the exception was taken for the laws the opinion covers."""
    assert strongest(sentence.lower()) == "qualification-other"


@pytest.mark.parametrize(
    "sentence",
    [
        "I am a full-time employee of the Company.",
        "I beneficially own shares of the Company's common stock and hold restricted stock "
        "units under its incentive plan.",
        'As disclosed in the prospectus under "Interests of Named Experts and Counsel," I own '
        "40,000 shares of the Company's common stock.",
    ],
)
def test_an_in_house_lawyers_own_interest_is_disclosed_apart(sentence: str) -> None:
    """An in-house or sole lawyer's stake in the issuer (Item 509 of Regulation S-K) was taken
    for the engagement: it is the letter's 'other' matter, as a firm's partners' stake is."""
    assert strongest(sentence.lower()) == "other"


def test_an_in_house_lawyers_office_is_still_the_engagement() -> None:
    assert strongest("i am the general counsel of the company.") != "other"


def test_an_assumption_naming_what_was_examined_is_not_cut_there() -> None:
    """ "(f) that the Charter will be in effect, | in the forms we have examined, ...": the
    words on what was examined are the assumption's own, not the firm turning to its review
    (a list of assumptions is weighed for such turns as one sentence)."""
    listed = (
        "(a) the genuineness of all signatures and the authenticity of all documents submitted "
        "to us;\n\n(b) the accuracy of the records the Company made available to us, on which "
        "we have relied as to facts;\n\n(c) that the Registration Statement will have become "
        "effective;\n\n(d) that the Restated Charter Documents will be in effect, in the forms "
        "we have examined, before any Company Shares are issued; and\n\n(e) that the price of "
        "the Shares will be at least their par value.\n\n"
    )
    cuts = segment_module._job_changes(listed, 0, len(listed), assumed=True)
    assert not [cut for cut in cuts if listed.startswith("in the forms", cut)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "We have not reviewed any other document, and we have made no search of the records "
            "of any court or governmental agency.",
            "documents-examined",
        ),
        (
            "We have not examined any other document or investigated any other matter, and we "
            "give no opinion on any document or matter not referred to in this letter.",
            "limitation-scope",
        ),
    ],
)
def test_what_was_not_examined_bounds_the_review_unless_the_opinion_is_limited(
    sentence: str, kind: str
) -> None:
    """The bounds of the review are what was examined; said with a limit on the opinion, the
    limit names the sentence."""
    assert strongest(sentence.lower()) == kind


def test_a_page_numbered_as_a_fraction_is_furniture() -> None:
    """ "12 June 2018" / "Page 2/3": a running head in the European style."""
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Pellam Bay N.V. in connection "
        "with its Registration Statement on Form F-3.\n\n12 June 2018\nPage 2/3\n\n"
        "In our opinion, the Shares will be validly issued, fully paid and nonassessable.\n\n"
        "Very truly yours,\n\n/s/ Cardew Nolt N.V.\n"
    )
    furniture = [u.text.strip() for u in segment(text) if u.zone == "page-furniture"]
    assert furniture == ["12 June 2018\nPage 2/3"]


def test_items_numbered_with_decimals_are_cut_where_their_types_differ() -> None:
    """ "We have also assumed:" / "2.1<tab>that copies are true copies ...;" / "2.2<tab>that
    the Deposit Agreement has been duly authorized ... by the Depositary": the list went as one
    item, typed by its first."""
    first = "2.1\tthat copy documents provided to us are true and complete copies;\n\n"
    second = (
        "2.2\tthat the Deposit Agreement has been duly authorized, executed and delivered by "
        "the Depositary and is its valid and binding obligation; and\n\n"
    )
    text = (
        "Dear Sirs\n\nWe have acted as Cayman Islands legal advisers to Pellam Bay Limited in "
        "connection with its registration statement on Form F-1.\n\nWe have also assumed:\n\n"
        f"{first}{second}2.3\tthat the Company will receive the full issue price of each "
        "Share.\n\nBased on the foregoing, we are of the opinion that the Shares will be validly "
        "issued, fully paid and non-assessable.\n\nYours faithfully\n\n/s/ Cardew Nolt\n"
    )
    texts = [u.text for u in segment(text)]
    assert second in texts
    assert any(t.endswith(first) for t in texts)


def test_a_caption_run_in_before_its_sentence_heads_it() -> None:
    """ "Qualifications. The opinion above is subject to ..." and "Consent. We consent ...":
    each caption was a clause of its own, typed by what it resembled."""
    text = counsel_letter(
        "Opinion. In our opinion, the Notes will be valid and binding obligations of the "
        "Company.\n\nQualifications. The opinion above is subject to the effect of bankruptcy, "
        "insolvency and similar laws.\n\nConsent. We consent to the filing of this letter as an "
        "exhibit to the Registration Statement.",
        "N-2",
    )
    heads = [u.text.split(".")[0] for u in segment(text) if u.zone == "body"]
    assert heads[1:] == ["Opinion", "Qualifications", "Consent"]


def test_a_web_pages_no_break_spaces_set_a_footers_fields_apart_too() -> None:
    """A footer copied from a web page ("Firm\\xa0\\xa0|\\xa0\\xa0Houston ...") over "Page 1 of
    2" was letter text in mid-letter, and part of the signature, with its page mark, at the
    end; the text keeps its no-break spaces."""
    footer = "\xa0\xa0|\xa0\xa0".join(["Cardew Nolt L.L.P.", "Houston", "New Orleans", "Lafayette"])
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Pellam Bay LP in connection with "
        f"its Registration Statement on Form S-1.\n\n{footer}\nPage 1 of 2\n\n"
        "In our opinion, the Common Units will be validly issued.\n\n"
        f"Very truly yours,\n\n/s/ Cardew Nolt L.L.P.\n\n{footer}\nPage 2 of 2\n"
    )
    units = segment(text)
    assert "".join(u.text for u in units) == text
    furniture = [u.text.strip() for u in units if u.zone == "page-furniture"]
    assert furniture == [f"{footer}\nPage 1 of 2", f"{footer}\nPage 2 of 2"]


def test_a_lead_in_subject_to_the_following_goes_with_its_first_exception() -> None:
    """ "Our opinion that the Guarantees are valid and binding obligations ... is subject to the
    following: (A) bankruptcy ...": the lead-in was typed by the opinion it names."""
    text = counsel_letter(
        "Based on the foregoing, we are of the opinion that:\n\n1. Each Guarantor is a "
        "corporation validly existing under the laws of Ohio.\n\n2. The Guarantees will be valid "
        "and binding obligations of each Guarantor.\n\nOur opinion that the Guarantees are valid "
        "and binding obligations of each Guarantor is subject to the following: (A) bankruptcy, "
        "insolvency, reorganization, moratorium and similar laws affecting creditors' rights "
        "generally; and (B) general principles of equity, whether considered in a proceeding in "
        "equity or at law.",
        "S-3",
    )
    lead = opening_clause(text, "Our opinion that")
    assert lead.type == "qualification-bankruptcy"
    assert "(A) bankruptcy" in lead.text


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Nor does this letter address whether the Company qualifies, or will continue to "
            "qualify, as a real estate investment trust for federal income tax purposes.",
            "limitation-scope",
        ),
        (
            "References in this letter to the Delaware LP Act include its statutory provisions "
            "and the reported judicial decisions interpreting them.",
            "limitation-jurisdiction",
        ),
    ],
)
def test_what_a_letter_leaves_aside_and_what_its_laws_include(sentence: str, kind: str) -> None:
    """A REIT's qualification named only to be left aside was taken for the tax opinion, and
    what a law named as covered includes for the engagement's defined terms."""
    assert strongest(sentence.lower()) == kind


def test_an_except_clause_naming_no_type_is_the_opinions_own_condition() -> None:
    """ "... no gain or loss will be recognized by Northfall upon the Contribution except to
    the extent, if any, that the cash payment is not applied as described ...": cut there as
    an exception, the rest was typed a reliance on facts."""
    opinion = (
        "(3) no gain or loss will be recognized by Pellam upon the Contribution except to the "
        "extent, if any, that the cash payment is not applied as described in the Information "
        "Statement.\n\n"
    )
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as tax counsel to Pellam Corp. in connection "
        "with the Distribution.\n\nBased on the foregoing, it is our opinion that, for U.S. "
        "federal income tax purposes:\n\n(1) the Distribution will qualify as a reorganization "
        "under Section 368(a)(1)(D) of the Code;\n\n(2) no gain or loss will be recognized by "
        f"holders of Pellam common stock upon the Distribution; and\n\n{opinion}"
        "Very truly yours,\n\n/s/ Cardew Nolt LLP\n"
    )
    texts = [u.text for u in segment(text)]
    assert any(t.endswith(opinion) for t in texts)
    enforceable = (
        "In our opinion, the Notes will be enforceable in accordance with their terms, except "
        "to the extent that enforcement may be limited by bankruptcy, insolvency or similar laws."
    )
    cuts = segment_module._split_sentence(enforceable, 0, len(enforceable))
    assert len(cuts) == 2  # an exception that names its type is still cut from the opinion


def test_a_letter_not_to_be_used_for_any_other_purpose_limits_who_may_rely() -> None:
    """The engagement's words ("furnished to you in connection with the filing") came first and
    named the sentence, whose job is to say what the letter may not be used for."""
    sentence = (
        "This letter is furnished to you in connection with the filing of the Registration "
        "Statement and is not to be used, circulated, quoted or otherwise referred to for any "
        "other purpose."
    )
    assert strongest(sentence.lower()) == "limitation-reliance"
    assert strongest("this letter is furnished to you in connection with the filing.") == (
        "engagement"
    )


@pytest.mark.parametrize(
    "item",
    [
        "(B) that each party to the documents we examined, other than the Trust, is duly formed "
        "and validly existing under the law of its jurisdiction of organization; and",
        "that each of the parties to the Indenture, other than the Company, is validly existing "
        "and in good standing;",
    ],
)
def test_an_item_assuming_each_other_party_exists_is_no_opinion(item: str) -> None:
    """Its words of existence and good standing are assumed of the other parties: the item was
    taken for the opinion on the issuer's existence."""
    assert strongest(item.lower()) == "assumption-other-parties"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "\u2022 each party to a document we reviewed had the power to enter into it and has "
            "performed its obligations under it;",
            "assumption-other-parties",
        ),
        (
            "We have further assumed the due execution and delivery of the Warrant Agreement by "
            "the warrant agent.",
            "assumption-other-parties",
        ),
        (
            "We note that, under the Trust Agreement, Holders may be required to give security "
            "or an indemnity, and to pay taxes, in connection with a transfer of Trust Securities.",
            "qualification-other",
        ),
    ],
)
def test_other_parties_bulleted_or_signing_alone_and_a_trusts_holders_duties(
    sentence: str, kind: str
) -> None:
    """A bullet's "each party ...", execution and delivery without authorization assumed of an
    agent, and what a trust's holders may have to give on a transfer, named no type."""
    assert strongest(sentence.lower()) == kind


def test_assuming_each_of_the_following_leads_a_list_of_assumptions() -> None:
    """ "We have assumed each of the following in rendering this opinion:" was no lead-in to
    assumptions, and was typed what was examined."""
    text = counsel_letter(
        "We have assumed each of the following in rendering this opinion:\n\n(a) Each "
        "natural person executing any document we reviewed is legally competent to do so.\n\n"
        "(b) Each document submitted to us as an original is authentic, and every signature on "
        "one is genuine.\n\nIn our opinion, the Shares will be validly issued, fully paid and "
        "nonassessable.",
        "S-3",
    )
    lead = opening_clause(text, "We have assumed each")
    assert lead.type == "assumption-genuineness"
    assert "(a) Each natural person" in lead.text


def test_what_keeps_a_company_in_good_standing_is_a_caveat_not_the_opinion() -> None:
    """ "To maintain the Company in good standing ..., annual filing fees must be paid" (and
    "To remain in good standing under the Act, the Company must pay ..."): naming good standing,
    the caveat was taken for the opinion on existence."""
    caveat = (
        "To maintain the Company in good standing under the laws of the Cayman Islands, annual "
        "filing fees must be paid and returns made to the Registrar of Companies."
    )
    text = (
        "Dear Sirs\n\nWe have acted as Cayman Islands counsel to Pellam Tern Holdings Limited in "
        "connection with its registration statement on Form F-1.\n\n3  Opinions\n\nBased upon "
        "the foregoing, we are of the opinion that the Company has been duly incorporated and is "
        "validly existing and in good standing under the laws of the Cayman Islands.\n\n"
        '4  Qualifications\n\nIn this opinion the phrase "non-assessable" means that a '
        "shareholder shall not be obliged to make further contributions to the Company's "
        f"assets. {caveat}\n\nYours faithfully\n\n/s/ Cardew Nolt\n"
    )
    clauses = draft_record(letter(text), day_one()).clauses
    assert [c.type for c in clauses if caveat in c.text] == ["qualification-other"]
    remain = "1. To remain in good standing under the Act, the Company must pay all annual fees."
    assert strongest(remain.lower()) == "qualification-other"


def test_a_running_head_between_the_signature_and_a_schedule_is_furniture() -> None:
    """The last page's running head ("Pellam Bay Corp." / "2 May 2023" / "Page 3"), printed
    between the signature and the schedule after it, was the signature's: its date line is too
    short to count as a line the body repeats, though the body printed it on every page."""
    head = "Pellam Bay Corp.\n2 May 2023\nPage {}\n\n"
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Pellam Bay Corp. in connection "
        f"with its Registration Statement on Form S-3.\n\n{head.format(2)}In our opinion, the "
        "Shares will be validly issued, fully paid and nonassessable.\n\nYours faithfully\n\n"
        f"/s/ Cardew Nolt\n\nCARDEW NOLT\n\n{head.format(3)}SCHEDULE\n\n1. The Registration "
        "Statement.\n"
    )
    units = segment(text)
    signature = next(u.text for u in units if u.zone == "signature")
    assert "Pellam Bay" not in signature
    assert [u.text for u in units if u.zone == "page-furniture"] == [
        head.format(2),
        head.format(3),
    ]
