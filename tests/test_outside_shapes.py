"""Clause types and cuts on shapes of letters from firms outside the corpus (issue 8, session 6):
local counsel's, offshore counsel's and tax letters, US bank holding companies' letters.

Every letter and sentence here is fictional; each test pins one general rule down.
"""

from __future__ import annotations

import pytest

from precedent_bank.importer.cues import CUES, STRONG_CUE, cue_scores
from precedent_bank.importer.evaluation import bank_training
from precedent_bank.importer.learning import sample_bank
from precedent_bank.importer.recogniser import Recogniser, leads_into_opinion
from precedent_bank.importer.record import draft_record
from precedent_bank.importer.sections import sections
from precedent_bank.importer.segment import _opinion_after_other_job, segment
from tests.test_generalising import types
from tests.test_importer import letter


def strongest(sentence: str) -> str:
    """The type a sentence's wording names on its own ("" when none is strong)."""
    scores, _ = cue_scores(sentence)
    best = max(scores, key=lambda t: scores[t]) if scores else ""
    return best if best and scores[best] >= STRONG_CUE else ""


def day_one() -> Recogniser:
    """The recogniser a firm gets on day one: learned from the bundled samples alone."""
    return Recogniser([t for _, group in bank_training(sample_bank()) for t in group])


def in_a_letter(body: str) -> str:
    """A fictional letter around `body`: the salutation above it, Penwick & Lowe's signature
    below."""
    return f"Ladies and Gentlemen:\n\n{body}\n\nVery truly yours,\n\n/s/ Penwick & Lowe LLP\n"


ENGAGED_THEN_EXAMINED = ["heading", "engagement", "documents-examined", "signature"]
"""The clause types of a letter that says who the firm acts for, then what it examined."""


def bodies(text: str) -> list[str]:
    return [" ".join(u.text.split()) for u in segment(text) if u.zone == "body"]


def test_a_sentence_ending_in_a_figure_ends_there() -> None:
    """ "... the papers named in Annex 4." ends its sentence: a figure is no initial."""
    text = (
        "Dear Sirs\n\nTo write this letter we read the papers named in Annex 4.\n"
        "Our assumptions are the ones in Annex 5.\n"
    )
    assert bodies(text) == [
        "To write this letter we read the papers named in Annex 4.",
        "Our assumptions are the ones in Annex 5.",
    ]


def test_a_number_opening_its_line_stays_with_its_item() -> None:
    text = (
        "Ladies and Gentlemen:\n\nWe have examined the following:\n"
        "1. The articles of the Company.\n2. The plan.\n"
    )
    assert bodies(text)[1:] == ["1. The articles of the Company.", "2. The plan."]


def test_a_page_number_between_dashes_after_page_is_furniture(recogniser: Recogniser) -> None:
    text = (
        "Ladies and Gentlemen:\n\nTo give this letter we have examined the following "
        "papers:\n(a) | the indenture of 4 May 2011; |\n"
        "Quillon Freight, Inc.\nBrask & Odell\nPage -2-\n"
        "(b) | a state filing office's letter that the Company is in good standing; |\n"
        "(c) | the Company's bylaws. |\n\nVery truly yours,\n\n/s/ Brask & Odell\n"
    )
    found = types(recogniser, text)
    assert ("page-furniture", "Quillon Freight, Inc. Br") in found
    assert [t for t, words in found if words.startswith("(b)")] == ["documents-examined"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We act as Manx counsel to Teller Brook Limited, a company incorporated in the Isle of "
        "Man (the Company).",
        "We have been requested by Aldwick Mills to furnish this letter for its lenders.",
        "In accordance with your request, we write about the merger of the two Aldwick banks.",
    ],
)
def test_the_engagement_in_other_words(sentence: str) -> None:
    assert strongest(sentence) == "engagement"


@pytest.mark.parametrize(
    "sentence",
    [
        "We are advised that the board met on 4 May and approved the scheme.",
        "Further, we have been informed by the Company that no options were granted in 2019.",
        "2. The Director's Certificate was true, accurate and complete when given.",
    ],
)
def test_facts_the_firm_was_told_are_factual_reliance(sentence: str) -> None:
    assert strongest(sentence) == "assumption-factual-reliance"


ASSUMPTION_LIST = (
    "Ladies and Gentlemen:\n\n"
    "You have asked us to advise on a point of Ohio law arising from the sale by Tolland Cove "
    "Financial, Inc. (the Company) of its shares to its depositors.\n\n"
    "We note that the Company means to give its staff pension trust a grant with which to "
    "buy some of those shares and, for this letter, we assume that: (a) the grant was "
    "approved at a meeting of the Company's board held on 2 June; (b) the genuineness of all "
    "signatures on the grant papers; (c) as to facts material to our advice, the "
    "certificates of officers of the Company are accurate; and (d) the trust spends the "
    "grant within one year.\n\n"
    "Very truly yours,\n\n/s/ Penwick & Lowe LLP\n"
)


def test_the_items_of_a_list_of_assumptions_are_assumptions(recogniser: Recogniser) -> None:
    """The lead-in ("..., we assume that:") and its items are assumptions, whatever an item's
    few words resemble ("(a) the grant was approved at a meeting of the board" is no documents
    examined); an item that names its own kind of assumption keeps it."""
    found = types(recogniser, ASSUMPTION_LIST)
    assert [t for t, _ in found] == [
        "heading",
        "engagement",
        "assumption-other",
        "assumption-genuineness",
        "assumption-factual-reliance",
        "assumption-other",
        "signature",
    ]
    assert found[2][1].startswith("We note that")
    assert found[5][1].startswith("(d) the trust")


SECTION_OF_ASSUMPTIONS = (
    "Dear Sirs\n\n"
    "1. Introduction\n\n1.1 We have acted as Guernsey advocates to Quillon Ridge Limited (the "
    "Company) in connection with its registration statement on Form S-8.\n\n"
    "2. Assumptions\n\n2.1 For this opinion we have assumed:\n\n"
    "(a) the genuineness of all signatures and seals and the conformity to originals of all "
    "documents supplied to us as copies;\n\n"
    "(b) that the directors' resolutions were passed at a meeting properly called, at which a "
    "quorum was present throughout;\n\n"
    "(c) that the Company will keep enough unissued shares to satisfy every award under the "
    "plan; and\n\n"
    "(d) that the Company receives the full price of each share before it is issued.\n\n"
    "Yours faithfully\n\n/s/ Penwick & Lowe\n"
)


def test_the_items_after_a_numbered_lead_in_that_name_no_kind_are_other_assumptions(
    recogniser: Recogniser,
) -> None:
    """ "2.1 ... we have assumed:" on its own line, then items: the lead-in makes one clause with
    the first item, of the kind it names; the items after it that name none are other
    assumptions, not more of the first item's kind."""
    found = types(recogniser, SECTION_OF_ASSUMPTIONS)
    assumptions = [(t, text) for t, text in found if t.startswith("assumption-")]
    assert assumptions == [
        ("assumption-genuineness", "2. Assumptions 2.1 For t"),
        ("assumption-other", "(b) that the directors' "),
    ]


def test_we_have_assumed_the_following_leads_a_list_of_assumptions(recogniser: Recogniser) -> None:
    """ "we have assumed the following:" is a lead-in to assumptions as "we have assumed:" is:
    an item that names no kind of its own is another assumption, not what its few words
    resemble (an opinion on shares, for its talk of shares being issued)."""
    text = SECTION_OF_ASSUMPTIONS.replace("we have assumed:", "we have assumed the following:")
    text = text.replace(
        "(c) that the Company will keep enough unissued shares to satisfy every award under the "
        "plan; and",
        "(c) when any Shares are issued, the number of shares then issued and outstanding will "
        "not exceed the number the Company is then authorised to issue; and",
    )
    found = types(recogniser, text)
    assumptions = [(t, text) for t, text in found if t.startswith("assumption-")]
    assert assumptions == [
        ("assumption-genuineness", "2. Assumptions 2.1 For t"),
        ("assumption-other", "(b) that the directors' "),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "1. Each natural person who signed any of the Documents, on his or her own behalf or for "
        "another person, was legally competent to do so.",
        "(a) Each individual signing any of the Documents is legally competent to do so.",
    ],
)
def test_persons_legally_competent_to_sign_is_the_assumption_of_genuineness(
    sentence: str,
) -> None:
    assert strongest(sentence.lower()) == "assumption-genuineness"


REPRESENTED_LIST = (
    "Ladies and Gentlemen:\n\n"
    "We have acted as tax counsel to Quillon Harbor Realty Trust, Inc. (the Company) in "
    "connection with its registration statement on Form S-11.\n\n"
    "We have relied on a certificate of the Company's officers (the Officer's Certificate). "
    "Among other things, the Officer's Certificate represents that:\n\n"
    "(a) the Company made a timely election to be taxed as a real estate investment trust "
    "beginning with its taxable year ended December 31, 2013;\n\n"
    "(b) the Company has at least 100 shareholders on every day of each taxable year; and\n\n"
    "(c) no more than 20% of the value of the Company's assets consists of the securities of "
    "taxable subsidiaries.\n\n"
    "Very truly yours,\n\n/s/ Penwick & Lowe LLP\n"
)


def test_what_a_certificate_represents_is_the_facts_relied_on(recogniser: Recogniser) -> None:
    """A list led in by "the Officer's Certificate represents that:" is facts the firm takes
    from others, however much an item speaks of tax (a REIT election is no tax opinion)."""
    found = [t for t, _ in types(recogniser, REPRESENTED_LIST)]
    assert found == ["heading", "engagement", "assumption-factual-reliance", "signature"]


ANNOUNCED_ASSUMPTIONS = (
    "Gentlemen:\n\nThe following assumptions underlie all of our advice in this letter:\n"
    "1. Every ferry in the fleet is insured with a reputable insurer.\n"
    "2. None of the vessels will be sold before the bonds are repaid.\n\n"
    "Very truly yours,\n\n/s/ Penwick & Lowe LLP\n"
)


def test_the_following_assumptions_lead_a_numbered_list(recogniser: Recogniser) -> None:
    text = ANNOUNCED_ASSUMPTIONS
    assert [t for t, _ in types(recogniser, text)] == [
        "heading",
        "assumption-other",
        "signature",
    ]


TAX_EXAMINED = (
    "Dear Sirs:\n\n"
    "As tax counsel to Marbury Trust Corp. (Marbury) in connection with the offering of its "
    "units that Marbury is registering on a registration statement on Form S-11, we have "
    "examined the draft prospectus forming part of that registration statement, which "
    "Marbury will file with the Commission next week, and have reviewed the section of it "
    "on income tax considerations for holders of the units headed Taxation of Unitholders.\n\n"
    "Very truly yours,\n\n/s/ Penwick & Lowe LLP\n"
)


def test_what_was_examined_after_the_capacity_is_documents_examined() -> None:
    """The half that opens with "we have examined" is what was examined, however much of the
    filing it names (the nearest examples of other types count half against such an opening,
    when its wording for them is weak), and so is its next half, "and have reviewed ...".
    Learned from the bundled samples alone, as on day one."""
    found = types(day_one(), TAX_EXAMINED)
    assert [t for t, _ in found] == ENGAGED_THEN_EXAMINED
    assert found[2][1].startswith("we have examined")


def test_wording_that_names_one_type_outweighs_neighbours_of_types_it_never_names() -> None:
    """The opinion on shares in wording of no great weight ("we are of the opinion that ...
    shares of Common Stock ...") is not outvoted by nearest examples of the existence opinion,
    whose wording the sentence lacks: their vote counts half, as against a strong cue. (At
    0.54 to 0.46, a letter's run of types after its assumptions made it an existence opinion.)"""
    text = (
        "Having regard to the matters above, we are of the opinion that, once the selling "
        "holders sell them as the prospectus describes, the shares of common stock they hold "
        "will be"
    )
    shares = day_one()._evidence(text).shares
    assert shares["opinion-equity"] > 2 * shares.get("opinion-existence", 0.0)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "This letter is based upon the revenue statutes, the Treasury regulations and the "
            "published rulings, all as currently in effect.",
            "limitation-date",
        ),
        ("We believe these assumptions are fair.", "assumption-other"),
        ("These assumptions are made with your consent.", "assumption-other"),
    ],
)
def test_the_law_as_now_in_effect_and_talk_of_the_assumptions(sentence: str, expected: str) -> None:
    scores, _ = cue_scores(sentence)
    assert max(scores, key=lambda t: scores[t]) == expected


# A filing whose conversion to text broke lines after almost every word or two
BROKEN_LINES = (
    "Gentlemen:\n"
    "For\nthis letter I have read the\nfollowing:\n"
    "1. The\nTrust's\ndeed and its two supplements;\n"
    "2. The\nBoard\nof Trustees' minute approving the\nTrust's\n"
    "2021\nSavings Scheme;\n"
    "3. The\nTrust's\nForm\n10-Q for its third quarter of 2020;\n"
    "4.\nAny\nother papers I thought fit to read.\n"
)


def test_lines_broken_mid_sentence_are_no_captions() -> None:
    """A capitalised word alone on its line is no caption after "The" ("The" / "Board" / "of
    Trustees"), nor before a line that goes on with a figure that numbers no item ("Form" /
    "10-Q for ...", "Trust's" / "2021 Savings Scheme"): the items stay whole."""
    assert [b[:12] for b in bodies(BROKEN_LINES)] == [
        "For this let",
        "1. The Trust",
        "4. Any other",
    ]


def test_a_caption_over_a_numbered_item_is_still_cut() -> None:
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as counsel to the Company.\n\n"
        "Opinions\n1. The Company is validly existing.\n"
    )
    assert bodies(text)[-1] == "Opinions 1. The Company is validly existing."


def test_a_numbered_caption_after_a_blank_line_is_its_own_paragraph() -> None:
    """ "1  Introduction" after a blank line opens a paragraph: its figure goes on with nothing
    above it, and the caption heads the paragraph below it."""
    text = (
        'Ladies and Gentlemen:\n\nKestrel Reach Holdings Ltd. (the "Company")\n\n'
        "1  Introduction\n\n1.1  We have acted as counsel to the Company.\n"
    )
    units = [" ".join(u.text.split()) for u in segment(text)]
    assert "1 Introduction 1.1 We have acted as counsel to the Company." in units


def test_a_signature_block_with_no_closing_starts_at_the_firms_name(
    recogniser: Recogniser,
) -> None:
    """No "Very truly yours": the block is the firm's name in capitals over "By: /s/ ...", set
    in a table's cells, not part of the consent above it."""
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Ardmore Vale Bancorp, Inc.\n"
        "We consent to the use of this letter as Exhibit 5 to the Form S-8 of Ardmore Vale.\n"
        "|\nHOLLOWAY BRISK LLP\n|\n|\nBy: /s/ Ada P. Lorne\n|\nAda P. Lorne, a partner"
    )
    found = types(recogniser, text)
    assert found[-2:] == [
        ("consent", "We consent to the use of"),
        ("signature", "HOLLOWAY BRISK LLP | | B"),
    ]


def test_a_numbered_cell_after_a_full_stop_opens_a_sentence() -> None:
    """A letter set out in a table: "| 2. | For this letter ..." after the full stop ending
    paragraph 1 is paragraph 2, not the end of paragraph 1's last sentence."""
    text = (
        "Dear Madam,\n| 1. | We are Maltese advocates to Vireo Holdings p.l.c. (Vireo). |\n"
        "Words we capitalise mean what the bond deed says they mean.\n| 2. | For this letter "
        "we read these papers only: |\n| (a) | the statute of Vireo. |\n"
    )
    assert any(b.startswith("| 2. | For this letter") for b in bodies(text))


def test_having_helped_prepare_the_prospectus_is_the_engagement() -> None:
    assert strongest("We also participated in the preparation of the offering circular.") == (
        "engagement"
    )
    scores, _ = cue_scores("We never participated in the preparation of the offering circular.")
    assert "engagement" not in scores


SHELF = (
    "Ladies and Gentlemen:\n\n"
    "We have acted as counsel to Calder Point Bancorp, Inc. (Calder) on its shelf "
    "registration, which covers sales by Calder, in one or more tranches, of:\n"
    "(1) ordinary voting stock; (2) stock with a dividend preference; "
    "(3) senior notes; and\n(4) rights to buy any of them.\n\n"
    "We have examined the certificate of incorporation and the bylaws of Calder.\n\n"
    "Very truly yours,\n\n/s/ Penwick & Lowe LLP\n"
)


def test_the_securities_an_engagement_lists_are_as_sure_as_it() -> None:
    """The lead-in names no list in words ("... sales by Calder, in one or more tranches,
    of:"), but its items are the securities registered: as sure as the engagement, not flagged
    for want of wording of their own."""
    draft = draft_record(letter(SHELF), day_one())
    engagement = [c for c in draft.clauses if c.type == "engagement"]
    assert len(engagement) == 1
    assert "(4) rights" in engagement[0].text
    assert not engagement[0].review


def test_a_numbered_paragraph_after_an_engagement_lead_in_is_no_item_of_it() -> None:
    text = in_a_letter(
        "We have acted as counsel to Calder Point Bancorp, Inc. in connection with its "
        "registration statement on Form S-1 filed with the Commission on 3 March 2021:\n\n"
        "1. To write this letter, we have examined the papers the annex names."
    )
    assert [t for t, _ in types(day_one(), text)] == ENGAGED_THEN_EXAMINED


def test_a_list_of_assumptions_announced_in_words_is_not_flagged() -> None:
    """Its lead-in says plainly what the list holds: the assumptions are sure, where they had
    no confidence at all (their items' words resemble nothing), and a clause that opens with
    its type's wording gets no second look for being unlike the bank's."""
    clauses = draft_record(letter(ANNOUNCED_ASSUMPTIONS), day_one()).clauses
    assert [(c.type, c.review) for c in clauses[1:-1]] == [("assumption-other", False)]


@pytest.mark.parametrize("number", ["2. ", "2.", "1.1  ", "(b) ", "| 3. | "])
def test_wording_after_a_paragraph_number_opens_the_unit(number: str) -> None:
    from precedent_bank.importer.cues import cue_evidence

    _, hits, _ = cue_evidence(f"{number}We have examined the articles of the Company.")
    assert hits["documents-examined"].at_start
    _, hits, _ = cue_evidence("Having regard to the plan, we have examined the articles.")
    assert not hits["documents-examined"].at_start


def test_the_securities_listed_after_the_engagements_later_sentence_are_items_of_it() -> None:
    """The lead-in may be the engagement paragraph's second sentence, its wording light ("That
    registration relates to the proposed offer of:")."""
    text = SHELF.replace(
        "on its shelf registration, which covers sales by Calder, in one or more tranches, of:\n",
        "on its shelf registration. That registration relates to the proposed offer of:\n",
    )
    units = segment(text)
    items = next(i for i, u in enumerate(units) if u.text.startswith("(1) ordinary"))
    decision = day_one().label(units)[items]
    assert decision.type == "engagement"
    assert decision.reason.startswith("an item of the list")


def test_an_assumption_item_keeps_only_a_kind_its_own_words_name() -> None:
    """Under "we assume that:", an item that only its nearest examples call factual reliance is
    `assumption-other`; one whose words say so keeps factual reliance."""
    from precedent_bank.importer.recogniser import ASSUMED, Decision, _as_item

    recogniser = day_one()
    lead = Decision(ASSUMED, 0.8, "introduces a list of assumptions")
    guessed = Decision("assumption-factual-reliance", 0.4, "like 3 clauses of this type")
    plain = recogniser._evidence("(b) the trust spends the grant within one year;")
    assert _as_item(guessed, lead, False, plain, True).type == ASSUMED
    worded = recogniser._evidence("(c) the certificates of officers of the Company are accurate;")
    assert _as_item(guessed, lead, False, worded, True) == guessed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "As to any deed an individual signed, we assume the legal competency of that "
            "individual.",
            "assumption-genuineness",
        ),
        (
            "We made such factual investigation as we thought fit.",
            "documents-examined",
        ),
        (
            "This letter is given solely for the use of the lenders named above.",
            "limitation-reliance",
        ),
    ],
)
def test_wording_in_the_singular_or_with_such(sentence: str, expected: str) -> None:
    """ "legal competency", "such ... investigation" (one), "relied upon such certificates";
    a letter given "solely for the use of" its lenders says who may rely on it, not why it is
    written."""
    scores, _ = cue_scores(sentence)
    assert max(scores, key=lambda t: scores[t]) == expected
    assert set(scores) <= {expected, "assumption-other"}


def test_relying_upon_such_certificates_is_plainly_factual_reliance() -> None:
    sentence = "On those points we relied on such certificates of public officials."
    assert strongest(sentence) == "assumption-factual-reliance"


def test_and_joining_two_nouns_before_we_have_assumed_is_no_cut() -> None:
    """ "As to the ship leases and deeds that individuals signed, we have assumed ..." is one
    sentence; "..., and, in that examination, we have assumed ..." is cut."""
    one = (
        "Ladies and Gentlemen:\n\nAs to the ship leases and deeds that individuals signed, we "
        "have assumed that each of them could lawfully sign.\n"
    )
    assert len(bodies(one)) == 1
    two = (
        "Ladies and Gentlemen:\n\nWe have examined the articles of the Company, and, in that "
        "examination, we have assumed the genuineness of all signatures.\n"
    )
    assert len(bodies(two)) == 2


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "This Opinion is confined to and given on the basis of Freedonian law as applied by "
            "the Freedonian courts at the date hereof.",
            "limitation-jurisdiction",
        ),
        (
            "This opinion is also confined to the matters stated herein and is not to be read as "
            "extending, by implication or otherwise, to any other matter.",
            "limitation-scope",
        ),
    ],
)
def test_an_offshore_letters_basis_of_opinion(sentence: str, expected: str) -> None:
    """Offshore counsel confine their opinion "to and given on the basis of" their own law,
    and to "the matters stated herein", which it "is not to be read as extending" beyond."""
    assert strongest(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "For this letter we have relied upon the correctness (without, as you know, any "
            "check of our own) of the figures and answers the Borrower gave us.",
            "assumption-factual-reliance",
        ),
        (
            "In reaching the views below, we have relied on the facts set out in the offering "
            "memorandum of Quillfeather Ltd.",
            "assumption-factual-reliance",
        ),
        (
            "We have examined and relied upon the accuracy of the following papers of "
            "Quillfeather Ltd:",
            "documents-examined",
        ),
    ],
)
def test_relying_on_the_accuracy_of_facts_is_factual_reliance(sentence: str, expected: str) -> None:
    """Relying "upon the accuracy (...) of" what others said, or "on the facts set out in" a
    paper, takes facts from others; "examined and relied upon the accuracy of the following
    papers" still lists what was examined."""
    assert strongest(sentence) == expected


def test_a_lead_in_followed_by_empty_table_cells_still_opens_its_list() -> None:
    """A letter set out in a table: "we have examined the following papers:" then two empty
    cells ("|" lines) before the numbered items. Its items are what was examined, however
    much an agreement's name reads like an engagement."""
    text = (
        "Ladies and Gentlemen:\n\n"
        "We are counsel to Harrowgate Kilns, Inc., a Vermont corporation "
        "(the \u201cCompany\u201d).\n"
        "For this letter we have examined the following papers:\n|\n|\n"
        "1.\n|\nthe articles of the Company, as in effect today;\n|\n|\n"
        "2.\n|\nthe rights plan the Company made with Larchmont Trust Company, as rights "
        "agent, on March 3, 2019, and its first amendment of May 9, 2020 (together, the "
        "\u201cRights Plan\u201d); and\n|\n|\n"
        "3.\n|\nthe Registration Statement.\n\n"
        "Very truly yours,\n\n/s/ Penwick & Lowe LLP\n"
    )
    units = segment(text)
    decisions = day_one().label(units)
    items = [d for u, d in zip(units, decisions, strict=True) if u.text[:1].isdigit()]
    assert len(items) == 3
    assert all(d.reason.startswith("an item of the list") for d in items[1:])
    assert [d.type for d in items] == ["documents-examined"] * 3


def test_a_letter_alone_in_quotes_ends_its_sentence() -> None:
    """ "... the certificate that forms Exhibit "B." Our advice ..." is two sentences: a quoted
    letter names an exhibit, it is no initial ("J. Smith")."""
    text = (
        'Dear Sirs\n\nThe Trustee sent us the certificate that forms Exhibit "B." Our advice '
        "rests on it.\n"
    )
    assert bodies(text) == [
        'The Trustee sent us the certificate that forms Exhibit "B."',
        "Our advice rests on it.",
    ]
    assert len(bodies("Dear Sirs\n\nThe deed was signed by J. Marlow Tenby for the seller.\n")) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "This letter is premised on the assumption that Harrowgate Kilns, Inc. will merge "
            "into its parent on the terms of the plan.",
            "assumption-other",
        ),
        (
            "Of the figures in the officers' certificate we have made no independent "
            "investigation.",
            "assumption-factual-reliance",
        ),
    ],
)
def test_what_the_opinion_is_based_on_and_what_was_not_checked(
    sentence: str, expected: str
) -> None:
    """A letter "premised on the assumption that" states an assumption; having "made no
    independent investigation" of facts relies on others for them."""
    assert strongest(sentence) == expected


def test_the_first_half_of_an_opinions_sentence_cut_at_its_assumptions_is_the_opinion() -> None:
    """ "On the strength of the Facts and the Assumptions ..., it is our opinion that:" is cut
    before "it is our opinion" (its first half names assumptions); that first half still does
    the opinion's job, whatever its few words resembled."""
    text = (
        "Ladies and Gentlemen:\n\n"
        "On the strength of the Facts and the Assumptions (each defined in Part II), and "
        "within the limits Part III draws, it is our opinion that:\n"
        "1. For federal income tax purposes the Exchange will qualify as a reorganization under "
        "Section 368(a) of the Code.\n\n"
        "Very truly yours,\n\n/s/ Penwick & Lowe LLP\n"
    )
    units = segment(text)
    lead = next(i for i, u in enumerate(units) if u.text.startswith("On the strength"))
    assert units[lead + 1].text.startswith("it is our opinion")
    decisions = day_one().label(units)
    assert decisions[lead].type == decisions[lead + 1].type == "opinion-tax"


def test_a_list_examined_in_order_to_render_our_opinion_is_no_opinion() -> None:
    """ "In order to render our opinion, we have reviewed ... the following papers:" names the
    opinion as its purpose: it leads into what was examined, and its items are documents, not
    opinions."""
    from precedent_bank.importer.recogniser import leads_into_opinion

    lead = (
        "Accordingly, in order to render our opinion, we have reviewed the following papers "
        "(the \u201cPapers\u201d):"
    )
    assert not leads_into_opinion(lead)
    assert leads_into_opinion(
        "On that basis, and subject to the foregoing, it is our opinion that:"
    )
    text = in_a_letter(
        "We are tax counsel to Harrowgate Kilns, Inc. in connection with the Exchange. "
        f"{lead}\n"
        "1. The Plan of Exchange dated May 9, 2020.\n"
        "2. The proxy statement of Harrowgate Kilns, Inc."
    )
    assert [t for t, _ in types(day_one(), text)] == ENGAGED_THEN_EXAMINED


def test_a_bare_lead_in_to_assumptions_takes_its_first_items_kind() -> None:
    """ "For the opinion given below, we have assumed:" names no kind of assumption; its first item
    ("(i) the genuineness of all signatures; ...") does, and the two make one clause."""
    text = (
        "Ladies and Gentlemen:\n\n"
        "We have examined the articles of Harrowgate Kilns, Inc. and the plan.\n\n"
        "For the opinion given below, we have assumed:\n\n"
        "(i) the genuineness of all signatures and the legal capacity of every individual who "
        "signed; and\n\n"
        "(ii) that the plan will not be amended before the shares are issued.\n\n"
        "Very truly yours,\n\n/s/ Penwick & Lowe LLP\n"
    )
    clauses = draft_record(letter(text), day_one()).clauses
    lead = next(c for c in clauses if "For the opinion given below" in c.text)
    assert lead.type == "assumption-genuineness"
    assert "(i) the genuineness" in lead.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Harrowgate Kilns, Inc. agrees that this letter is to be used for its unit sales only "
        "until its prospectus lapses.",
        "This letter may be used only for the filing named above.",
    ],
)
def test_a_letter_to_be_used_only_so_limits_its_use(sentence: str) -> None:
    """A letter "to be used ... only while" or "may be used only for" one purpose says what it
    may be relied on for: no engagement, though it speaks of the letter and the offer."""
    assert strongest(sentence) == "limitation-reliance"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Our opinion is limited to Freedonian law as in effect at the date hereof.",
            "limitation-jurisdiction",
        ),
        (
            "This letter, and each term in it, is to be interpreted under Freedonian law.",
            "limitation-jurisdiction",
        ),
        (
            "This opinion (and each term used in it) will be construed in accordance with "
            "Freedonian law.",
            "limitation-jurisdiction",
        ),
        (
            "It is given on the basis that all matters relating to this opinion will be governed "
            "by Freedonian law.",
            "limitation-jurisdiction",
        ),
        ("Words and terms in capitals are defined in Schedule 2 of this letter.", "engagement"),
        (
            "In this regard, Harrowgate Kilns, Inc. has asked us to render our opinion concerning "
            "certain federal income tax matters of the offering.",
            "engagement",
        ),
    ],
)
def test_a_european_opinions_law_and_terms(sentence: str, expected: str) -> None:
    """An opinion "limited to Freedonian law as in effect at" its date limits the laws covered
    (more than it warns of change); one "to be interpreted under" a law names the law it is
    read under; "terms ... are defined in Schedule 2" says what its terms mean."""
    assert strongest(sentence) == expected
    scores, _ = cue_scores(sentence)
    assert all(scores[expected] > w for t, w in scores.items() if t != expected)


def test_a_name_the_letter_gives_is_the_engagements() -> None:
    """ "..., all governed by New York law, are referred to herein together as the "Papers"":
    a name the letter gives, not a limit on the laws it covers."""
    sentence = (
        "The Bonds, the Trust Deed and the Agency Agreement, all governed by the laws of the "
        "State of New York, are referred to herein together as the \u201cPapers.\u201d"
    )
    assert strongest(sentence) == "engagement"


def test_what_the_firm_is_familiar_with_after_its_engagement_is_cut_off() -> None:
    """ "We have served as counsel to X on its share plan, are familiar with its charter
    papers, and have read ...": one "we" does three things; the papers it knows start at "are
    familiar with"."""
    text = (
        "Gentlemen:\n\nWe have served as counsel to Harrowgate Kilns, Inc. on the share plan "
        "it offers its kiln staff, are familiar with its charter papers, and have read the "
        "board minutes that approved the plan.\n"
    )
    pieces = bodies(text)
    assert pieces[0].endswith("kiln staff,")
    assert pieces[1].startswith("are familiar with")
    assert strongest(pieces[1]) == "documents-examined"


OPINION_ITEMS = (
    "Based on the foregoing, we are of the opinion that:\n"
    "1. The Company is a corporation organized and existing under the laws of the State of "
    "Ohio;\n"
    "2. The Debentures are duly authorized, legally issued and entitled to the benefits of the "
    "Indenture; and\n"
    "3. The Conversion Shares, when issued upon conversion of the Debentures, will be validly "
    "issued, fully paid and non-assessable."
)


def test_an_opinions_items_each_take_the_type_their_subject_gives(
    recogniser: Recogniser,
) -> None:
    """The company "organized and existing" is the existence opinion, and debentures "legally
    issued" the opinion on a debt security: the list is cut into its items, each of its own
    type (one clause of the share opinion before, "legally issued" naming shares)."""
    found = [t for t, _ in types(recogniser, in_a_letter(OPINION_ITEMS))]
    assert found == ["heading", "opinion-existence", "opinion-debt", "opinion-equity", "signature"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "1. The Company is a corporation organized and existing under Ohio law.",
            "opinion-existence",
        ),
        (
            "|1.\n|The Notes are legally issued and binding obligations of the Company.",
            "opinion-debt",
        ),
        (
            '1. Dunmore Vale Ltd. (the "Company") is a duly and legally organized and existing '
            "Nevada corporation.",
            "opinion-existence",
        ),
        # the engagement names the company so, with no verb of its own: no opinion
        (
            "We have acted as counsel to Dunmore Vale, Inc., a corporation organized and existing "
            "under the laws of Ohio, in connection with its Form S-3.",
            "engagement",
        ),
        # the shares are the subject, the debentures only what they convert from
        (
            "2. The Debenture Shares, when issued on conversion of the Debentures, will be "
            "legally issued, fully paid and non-assessable.",
            "opinion-equity",
        ),
        # the subject named first, then conditions long enough to hold semicolons
        (
            "4. With respect to any Warrants, when (a) the Board has taken all necessary "
            "corporate action to approve the issuance and terms of the Warrants and the related "
            "Warrant Agreement; and (b) the Warrants have been duly executed, countersigned, "
            "issued and delivered in accordance with the Warrant Agreement against payment of "
            "the agreed consideration, the Warrants will be valid and binding obligations of "
            "the Company, enforceable against the Company in accordance with their terms.",
            "opinion-other",
        ),
        (
            "1. With respect to any Debt Securities, when (a) the Indenture has been duly "
            "executed; and (b) the Debt Securities have been duly issued, the Debt Securities "
            "will be valid and binding obligations of the Company.",
            "opinion-debt",
        ),
        # a possessive in the subject
        (
            "2. The Underwriter's Warrants have been duly authorized and, when executed and "
            "delivered against payment, will constitute valid and binding obligations of the "
            "Company.",
            "opinion-other",
        ),
        # a trust's preferred securities and a partnership's units are interests, not shares
        (
            "2. The Capital Securities will represent valid and, subject to paragraph 3, fully "
            "paid and nonassessable undivided beneficial interests in the assets of the Trust.",
            "opinion-other",
        ),
        (
            "2. The Common Units have been duly authorized and, when issued, will be validly "
            "issued, fully paid (to the extent the Partnership Agreement requires) and "
            "nonassessable.",
            "opinion-other",
        ),
        (
            "3. The Preferred Shares have been duly authorized and, when issued, will be "
            "validly issued, fully paid and nonassessable.",
            "opinion-equity",
        ),
        # the subject just before the opinion's verb, after its conditions (session 24)
        (
            "5. Warrants. When the terms and issuance of Warrants have been duly authorized by "
            "the Board and a warrant agreement has been duly executed and delivered, the "
            "Warrants will be valid and binding obligations of the Company.",
            "opinion-other",
        ),
        (
            "2. The Depositary Receipts, when issued against the deposit of the Preferred Stock, "
            "will be validly issued and will entitle their holders to the rights specified in "
            "the Deposit Agreement.",
            "opinion-other",
        ),
        (
            "3. The Holders, as beneficial owners of the Trust, will be entitled to the same "
            "limitation of personal liability as stockholders of private Delaware corporations.",
            "opinion-other",
        ),
        # named firms' opinions relied on, the verb in the unit before
        (
            "without independent investigation, on the opinions of (i) Dunmore Vale LLP, as to "
            "matters of Texas law, and (ii) Penwick Ross P.C., as to matters of Ohio law.",
            "reliance-on-other-counsel",
        ),
    ],
)
def test_the_subject_of_an_opinion_names_its_type(sentence: str, kind: str) -> None:
    assert strongest(sentence.lower()) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Dunmore Vale Trust, a Delaware statutory trust, has requested our opinion as to certain "
        "federal income tax consequences of the Reorganization.",
        "This opinion as to certain U.S. federal income tax consequences of the Merger is "
        "furnished to you pursuant to Section 7(b) of the Agreement.",
        "This letter expresses our opinion regarding certain federal income tax consequences to "
        "the holders of Dunmore Vale's shares.",
    ],
)
def test_a_tax_letters_introduction_is_its_engagement(
    recogniser: Recogniser, sentence: str
) -> None:
    """Words of tax consequences do not make the letter's first sentence its opinion."""
    opinion = (
        "Based on the foregoing, in our opinion the Reorganization will qualify as a "
        "reorganization within the meaning of Section 368(a) of the Code."
    )
    found = [t for t, _ in types(recogniser, in_a_letter(f"{sentence}\n\n{opinion}"))]
    assert found == ["heading", "engagement", "opinion-tax", "signature"]


def test_a_change_in_these_authorities_is_a_warning_of_its_date(recogniser: Recogniser) -> None:
    body = (
        "In our opinion, the Partnership will be treated as a partnership for federal income "
        "tax purposes.\n\nSubsequent changes in these authorities may change the tax treatment "
        "of the Units."
    )
    found = [t for t, _ in types(recogniser, in_a_letter(body))]
    assert found == ["heading", "opinion-tax", "limitation-date", "signature"]


def test_conclusions_reached_lead_into_the_opinion() -> None:
    assert leads_into_opinion("I have reached the following conclusions regarding the offering:")
    assert not leads_into_opinion("We have reached an understanding with the Company's counsel.")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "To my knowledge, the Company is not a party to any legal proceedings.",
            "opinion-other",
        ),
        ("I know of no disputes involving the Company.", "opinion-other"),
        (
            "2. All corporate action required under Ohio law has been taken for the Rights.",
            "opinion-other",
        ),
        (
            "No further approval of any governmental authority is required for the issuance.",
            "opinion-other",
        ),
        (
            "This tax opinion letter was written to support the promotion or marketing of the "
            "Units.",
            "limitation-reliance",
        ),
        (
            "There are no limitations on the disclosure by any holder of the tax treatment.",
            "limitation-reliance",
        ),
        (
            "Each investor should seek advice based on the investor's particular circumstances "
            "from an independent tax advisor.",
            "limitation-reliance",
        ),
        # what the opinion does not cover
        (
            "This opinion is limited in scope to the Shares and does not cover any later issuance.",
            "limitation-scope",
        ),
        (
            "Please note that we are opining only as to the matters expressly set out above.",
            "limitation-scope",
        ),
        (
            "This letter is governed by the Legal Opinion Accord of the ABA Section of Business "
            "Law.",
            "limitation-scope",
        ),
        (
            "It is subject to qualifications, definitions and limitations on coverage, as the "
            "Accord describes.",
            "limitation-scope",
        ),
        (
            "In particular, we give no opinion as to matters of fact or taxation.",
            "limitation-scope",
        ),
        # genuineness said of the signatures and documents
        (
            "(ii) all signatures on all documents examined by us are genuine;",
            "assumption-genuineness",
        ),
        (
            "(iii) all documents submitted to us as originals are complete and authentic;",
            "assumption-genuineness",
        ),
        (
            "\u2022 each document submitted to us as an original is authentic, and each copy "
            "conforms to the authentic original;",
            "assumption-genuineness",
        ),
        # an assumption's item that the facts are true (not mid-sentence: below)
        (
            "In rendering the opinion set forth below, we have assumed that (i) all information "
            "contained in all documents reviewed by us is true and correct;",
            "assumption-factual-reliance",
        ),
        (
            "(a) the factual representations of the Company are true and correct;",
            "assumption-factual-reliance",
        ),
        # session 11: wording read in the never-read batches once they were measured
        (
            "Our opinions are also premised on certain information and representations given "
            "to us by officers of the Company.",
            "assumption-factual-reliance",
        ),
        (
            "In addition, we are relying on a letter from Tamsin Valuation Partners to you "
            "stating its view of certain matters.",
            "assumption-factual-reliance",
        ),
        (
            "We have assumed the truth and accuracy, at all relevant times, of all information "
            "in the certificate.",
            "assumption-factual-reliance",
        ),
        (
            "The Prospectus accurately sets forth our opinions as to the tax issues it names.",
            "opinion-tax",
        ),
        (
            "This letter shall be read in accordance with the Legal Opinion Principles of the "
            "ABA's Committee on Legal Opinions.",
            "limitation-scope",
        ),
        (
            "All section references, unless otherwise indicated, are to the Internal Revenue "
            "Code of 1986, as amended.",
            "engagement",
        ),
        ("This letter does not address any state or local tax consequences.", "limitation-scope"),
        (
            "This opinion is provided as a legal opinion only, and not as a guaranty or warranty "
            "of the matters discussed herein.",
            "limitation-scope",
        ),
        (
            "In preparing this opinion letter, we have relied, in part, upon certain factual "
            "descriptions in the Bank's plan of conversion.",
            "assumption-factual-reliance",
        ),
        (
            "STATEMENT OF FACTS\nThe Bank, a mutual savings bank, desires to convert to a stock "
            "savings bank.",
            "engagement",
        ),
        (
            "Our opinion is limited to investors who will hold the Bonds as capital assets.",
            "limitation-scope",
        ),
        (
            "Any defined term used and not defined herein has the meaning given to it in the "
            "Registration Statement.",
            "engagement",
        ),
        (
            "I was not engaged to prepare or review, and I have not prepared or reviewed, any "
            "portion of the Registration Statement.",
            "limitation-scope",
        ),
        (
            "I express no opinion as to the accuracy or adequacy of the disclosure in the "
            "Registration Statement.",
            "limitation-scope",
        ),
        (
            "In this respect, I am relying on the written representations of the plan's "
            "participants.",
            "assumption-factual-reliance",
        ),
        (
            "You have advised, and we understand, that the Warrants were all issued in one of "
            "the following transactions:",
            "assumption-factual-reliance",
        ),
        (
            "In examining agreements executed by parties other than Harrow Mills, I have assumed "
            "that such parties had the power to enter into them.",
            "assumption-other-parties",
        ),
        (
            "(ii) that the Merger will be consummated in the manner described in the Merger "
            "Agreement;",
            "assumption-other",
        ),
        (
            "We have not reviewed, and express no opinion as to, any agreement the Papers refer "
            "to.",
            "limitation-scope",
        ),
        (
            "Accordingly, we express no opinion on the effect of variations from the foregoing.",
            "limitation-scope",
        ),
        (
            "In the absence of explicit statutory law, we base our opinion on our own "
            "professional judgment.",
            "limitation-scope",
        ),
        (
            "2. When the Indenture is duly executed, the Bonds will be legally issued and binding "
            "obligations of the Company.",
            "opinion-debt",
        ),
        (
            "You represented to us that the facts set out above are complete.",
            "assumption-factual-reliance",
        ),
        (
            "In giving this opinion we have received certain standard representations from "
            "Harrow Mills and Dunmore Vale.",
            "assumption-factual-reliance",
        ),
        (
            "Our opinion is subject to the terms and conditions of our engagement letter dated "
            "May 2, 2019.",
            "engagement",
        ),
        (
            "Unless otherwise stated, all references to the \u201cCode\u201d are to the Internal "
            "Revenue Code of 1986.",
            "engagement",
        ),
        (
            "Capitalized words and phrases not defined here have the meanings given to them in "
            "the Prospectus.",
            "engagement",
        ),
        (
            "We have also made the assumptions that are customary in letters of this kind.",
            "assumption-other",
        ),
        ("FACTS AND PROPOSED TRANSACTION Harrow Bank is a Florida bank.", "engagement"),
        (
            "This opinion is limited to the Canadian federal income tax consequences arising on "
            "the exchange of shares.",
            "limitation-scope",
        ),
        (
            "If any of these facts, assumptions or representations is not entirely complete or "
            "accurate, it is imperative that we be informed immediately.",
            "assumption-factual-reliance",
        ),
        (
            "We, Harlow Law Office, have been instructed as the legal counsel as to the laws of "
            "Freedonia to Quillon Energy Co., Ltd.",
            "engagement",
        ),
        (
            "This letter is not a comprehensive analysis of the income tax consequences to "
            "shareholders.",
            "limitation-scope",
        ),
        (
            "This opinion does not relate to any shares other than those under option.",
            "limitation-scope",
        ),
        # the indemnification exception with its words apart, or indemnity for contribution
        (
            "We express no opinion as to the enforceability of any provision of any Security "
            "that purports to provide indemnification of, or contribution to, any person for "
            "liabilities under federal or state securities laws.",
            "qualification-indemnification",
        ),
        (
            "We express no opinion on any rights to indemnity or contribution.",
            "qualification-indemnification",
        ),
        # what the letter is for, then that no one else may rely on it
        (
            "This letter is given to the Company for its use in connection with the "
            "Registration Statement, and no one else may use or rely upon it for any other "
            "purpose without our prior written permission.",
            "limitation-reliance",
        ),
        (
            "We express no opinion as to the enforceability of rights to indemnity or "
            "contribution that may be held contrary to public policy.",
            "qualification-indemnification",
        ),
    ],
)
def test_rarer_jobs_are_named_by_their_words(sentence: str, kind: str) -> None:
    assert strongest(sentence.lower()) == kind


def test_laws_subject_to_change_warn_of_the_date(recogniser: Recogniser) -> None:
    body = (
        "In our opinion, the Shares are validly issued, fully paid and non-assessable.\n\n"
        "Such laws and the interpretation thereof are subject to change."
    )
    found = [t for t, _ in types(recogniser, in_a_letter(body))]
    assert found == ["heading", "opinion-equity", "limitation-date", "signature"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Merger is intended to qualify as a reorganization under the Agreement.",
        "As a result of the Merger, each share of Dunmore Vale common stock will be converted "
        "into the right to receive one Parent share.",
        "The Registration Statement, including the Prospectus, is hereinafter referred to as "
        'the "Documents".',
        "Target Fund has elected to be a regulated investment company under Section 851.",
        "Acquiring Fund is registered under the 1940 Act as an open-end management company.",
        "As proposed, the Conversion will be implemented under Section 368(a)(1)(F) of the Code.",
        "The Merger will be consummated pursuant to the Agreement and Plan of Merger.",
    ],
)
def test_a_tax_letters_account_of_the_deal_is_its_engagement(sentence: str) -> None:
    from precedent_bank.importer.cues import cue_scores

    scores, _ = cue_scores(sentence.lower())
    assert max(scores, key=lambda t: scores[t]) == "engagement"


@pytest.mark.parametrize(
    "sentence",
    [
        "In our capacity as such counsel, we have been provided with copies identified as being "
        "true copies of the Indenture and the Notes.",
        "In our capacity as counsel to Dunmore Vale, we have familiarized ourselves with its "
        "corporate affairs.",
    ],
)
def test_a_capacity_leading_into_what_the_firm_was_given_is_what_it_examined(
    sentence: str,
) -> None:
    from precedent_bank.importer.cues import cue_scores

    scores, _ = cue_scores(sentence.lower())
    assert max(scores, key=lambda t: scores[t]) == "documents-examined"
    assert "engagement" not in scores  # the capacity leads into it: no engagement of its own


def test_facts_said_to_be_true_in_the_middle_of_a_sentence_are_not_its_job() -> None:
    # the opinion or the consent may say so in passing; only an item that opens with it counts
    sentence = "We consent to the filing of this opinion, whose statements are true."
    assert strongest(sentence.lower()) != "assumption-factual-reliance"


def test_the_questions_asked_are_the_engagement(recogniser: Recogniser) -> None:
    body = (
        "In connection with the offering, you have requested our opinion regarding:\n\n"
        "1. Whether the Company has qualified for taxation as a real estate investment trust "
        "under the Code; and\n\n"
        "2. Whether the discussion under the heading \u201cFederal Income Tax Considerations\u201d "
        "is accurate in all material respects.\n\n"
        "In our opinion, the Company has qualified for taxation as a real estate investment "
        "trust under the Code."
    )
    found = [t for t, _ in types(recogniser, in_a_letter(body))]
    assert found == ["heading", "engagement", "opinion-tax", "signature"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "The Purchase Agreement will be filed as an exhibit to a Current Report on Form 8-K.",
            "engagement",
        ),
        # the letter itself filed: its consent's business, never the engagement's
        ("A copy of this opinion will be filed as an exhibit to the Form 8-K.", "consent"),
    ],
)
def test_papers_filed_as_exhibits_are_the_deals_and_this_letter_its_consents(
    sentence: str, kind: str
) -> None:
    from precedent_bank.importer.cues import cue_scores

    scores, _ = cue_scores(sentence.lower())
    assert ("engagement" in scores) is (kind == "engagement")


def test_a_reorganization_named_in_the_account_of_the_deal_is_no_tax_opinion() -> None:
    # "section 368" names the reorganization where the deal is described as often as where the
    # opinion concludes it qualifies: on its own it only mentions tax
    sentence = (
        "Before the effective time of a reorganization (the Conversion) under section "
        "368(a)(1)(F) of the Code, the Predecessor held all of the Company's assets."
    )
    assert strongest(sentence.lower()) == ""


_DEAL = ", ".join(f"(the Series {n} Bonds) to be issued under the Mortgage" for n in "ABCDEFG")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the items under a tax opinion's lead-in are tax conclusions
        (
            "We have acted as counsel to Harrow Street Funds in connection with the "
            "Acquisition.\n\nBased on our examination of the foregoing items and subject to the "
            "assumptions set forth herein, we are of the opinion that for federal income tax "
            "purposes:\n(a) The issue of the New Fund Shares to the holders of the Old Fund "
            "Shares, in exchange for their Old Fund Shares, will be treated as a distribution in "
            "the Old Fund's complete liquidation;",
            ["engagement", "opinion-tax"],
        ),
        # a lead-in resting on the foregoing, and on facts, is the opinion's
        (
            "We have acted as counsel to Harrow Street Trust in connection with its Shares.\n\n"
            "Based upon our foregoing examination, subject to the assumptions stated above and "
            "relying on the statements of fact in the documents that we have examined, we are "
            "of the opinion that the Shares are duly authorized, legally issued, fully paid and "
            "non-assessable.",
            ["engagement", "opinion-equity"],
        ),
        # a long lead naming the filing, then "we advise you as follows:": the lead is the
        # engagement (since session 14 cut at "we advise you", which goes with the opinion)
        (
            "With respect to the Registration Statement on Form S-3 which Harrow Power, Inc. "
            f'(the "Company") proposes to file with the Commission for the registration of '
            f"{_DEAL}, we advise you as follows:\nWe are of the opinion that the Company is a "
            "corporation duly organized and validly existing under the laws of Arkansas.",
            ["engagement", "opinion-existence"],
        ),
        # a long engagement sentence, not cut, that ends "and we advise you as follows:" stays
        # the engagement: its last words do not make it the opinion's
        (
            'We have acted as counsel to Harrow Power, Inc. (the "Company") in connection with '
            f"the Registration Statement on Form S-3 for the registration of {_DEAL}, and we "
            "advise you as follows:\nWe are of the opinion that the Company is a corporation "
            "duly organized and validly existing under the laws of Arkansas.",
            ["engagement", "opinion-existence"],
        ),
    ],
)
def test_what_leads_into_the_opinion_and_what_does_not(
    recogniser: Recogniser, body: str, expected: list[str]
) -> None:
    found = [t for t, _ in types(recogniser, in_a_letter(body))]
    assert found == ["heading", *expected, "signature"]


def test_section_7_of_another_paper_is_no_non_admission() -> None:
    sentence = (
        "With reference to the requirements of paragraph (b) of Section 7 of the Underwriting "
        "Agreement, we have examined the Prospectus."
    )
    assert "consent-section-7" not in cue_scores(sentence.lower())[0]
    assert "consent-section-7" in cue_scores("under section 7 of the securities act")[0]


@pytest.mark.parametrize(
    "opening",
    [
        # the engagement "with reference to" a paper, then what one lawyer examined
        "With reference to the requirements of paragraph (b) of Section 7 of the Underwriting "
        "Agreement dated April 5, 2005 between the Province of Harrowmere and the Underwriters, "
        "I, as a Crown Counsel of the Department of Justice of the Province, have examined the "
        "following:",
        # the request for the opinion, "and in that regard" what was examined
        "You have requested our opinion in connection with the issue by the Corporation from "
        "time to time of the Notes and in that regard, we have examined the following:",
    ],
)
def test_an_engagement_then_what_was_examined_in_one_sentence_is_cut(
    recogniser: Recogniser, opening: str
) -> None:
    body = f"{opening}\n(a) The Harrowmere Hydro Act, as amended;\n(b) Order in Council No. 370."
    found = [t for t, _ in types(recogniser, in_a_letter(body))]
    assert found == ["heading", "engagement", "documents-examined", "signature"]


def test_one_lawyer_named_by_office_says_what_was_examined() -> None:
    sentence = "I, as a Crown Counsel of the Province, have examined the following:"
    assert "documents-examined" in cue_scores(sentence.lower())[0]


def test_no_pending_action_is_an_opinion_and_cordially_closes_the_letter(
    recogniser: Recogniser,
) -> None:
    text = (
        "Ladies and Gentlemen:\n\nI have acted as counsel for Harrow Mills, Inc.\n\n"
        "There is not pending, or to the knowledge of counsel, threatened, any action, suit, or "
        "proceeding to which the Company is a party.\n\nCordially,\n/S/ Anna Quell\n"
    )
    found = [t for t, _ in types(recogniser, text)]
    assert found == ["heading", "engagement", "opinion-other", "signature"]


# Session 12: rules from three fresh batches of outside letters (zh, zi, zj), fictional wording.


def test_an_opinion_assuming_first_keeps_its_assumption(recogniser: Recogniser) -> None:
    # the taxonomy: a leading "assuming that ..." clause is an assumption, however long
    body = (
        "Based upon the foregoing, and assuming that the Shares will be issued as the Plan "
        "provides, at a time when the Registration Statement is effective, and that there will "
        "be full compliance with the Securities Act of 1933, the Securities Exchange Act of 1934 "
        "and the rules made under them, and with the laws of the states in which the Shares may "
        "be offered and sold, we are of the opinion that the Shares will be validly issued, "
        "fully paid and nonassessable."
    )
    found = [t for t, _ in types(recogniser, in_a_letter(body))]
    assert found == ["heading", "assumption-other", "opinion-equity", "signature"]


def test_a_dated_limit_then_what_the_letter_is_for_is_cut(recogniser: Recogniser) -> None:
    body = (
        "This opinion, given as of the date hereof, is based upon the laws now in effect, and "
        "is being delivered pursuant to Item 601 of Regulation S-K."
    )
    found = [t for t, _ in types(recogniser, in_a_letter(body))]
    assert found == ["heading", "limitation-date", "engagement", "signature"]


def test_a_roman_numbered_cell_opens_a_new_sentence() -> None:
    text = (
        "Dear Sirs\n\nTerms used here have the meanings given in the Prospectus.\n|I.\n"
        "|Scope of Review\nWe have examined the articles of the Company.\n"
    )
    assert bodies(text)[0] == "Terms used here have the meanings given in the Prospectus."


def test_a_filings_sites_list_of_files_is_stray_text() -> None:
    text = (
        "Attached files\n\nfile filename\n8-K - CURRENT REPORT - Harrow Mills, Inc.d8k.htm\n"
        "EX-5.1 - OPINION OF PENWICK & LOWE - Harrow Mills, Inc.dex51.htm\n\nExhibit 5.1\n\n"
        "March 1, 2010\n\nLadies and Gentlemen:\n\nWe have acted as counsel to Harrow Mills.\n"
    )
    units = segment(text)
    assert units[0].zone == "other"
    assert units[0].text.startswith("Attached files")
    assert units[0].text.endswith("dex51.htm\n\n")
    assert "Exhibit 5.1" not in units[0].text


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "It is my opinion that the Global Bonds, when issued, will be valid obligations of "
            "the Republic.",
            "opinion-debt",
        ),
        (
            "Because this opinion is being delivered prior to the closing, it must be "
            "considered prospective and dependent on future events.",
            "limitation-date",
        ),
        (
            "There can be no assurance that changes in the law will not take place.",
            "limitation-date",
        ),
        (
            "My opinion is also limited solely to matters of Freedonian law as of the date of "
            "this Opinion.",
            "limitation-jurisdiction",
        ),
        (
            "My Opinion is limited to the shares held by the Plan today.",
            "limitation-scope",
        ),
        (
            "My opinion assumes, without verification on my part, that the Plan holds 3,000 ADRs.",
            "assumption-other",
        ),
        (
            "It addresses the income tax treatment of holders of the Preferred Stock.",
            "engagement",
        ),
        (
            "2. The Company has taken all action necessary to authorize the Plan and the "
            "granting of options under it.",
            "opinion-other",
        ),
        (
            "You have submitted for our consideration:",
            "documents-examined",
        ),
        (
            "We are rendering our opinion in accordance with the Agreement and Plan of "
            "Reorganization.",
            "engagement",
        ),
        (
            "The proposed transaction and its federal income tax consequences are described in "
            "an opinion letter from Harlow & Vance dated May 1, 2003.",
            "reliance-on-other-counsel",
        ),
        (
            "The management of the Fund has represented to us that there is no plan to redeem "
            "the shares.",
            "assumption-factual-reliance",
        ),
        (
            "This document sets forth our opinion regarding the State of Indiana income tax "
            "consequences of the conversion.",
            "engagement",
        ),
        (
            "References and abbreviations used in the Federal Opinion Letter are also used herein.",
            "engagement",
        ),
        # session 13
        (
            "This letter constitutes our opinion as to certain Ohio franchise tax consequences "
            "of the conversion.",
            "engagement",
        ),
        ("That discussion constitutes our opinion on the tax matters it names.", "opinion-tax"),
        (
            "This opinion relates to the qualification of the Merger as a reorganization within "
            "the meaning of Section 368(a) of the Code.",
            "engagement",
        ),
        ("We will address whether the merger will qualify as a reorganization.", "engagement"),
        ("Our opinion pertains to all material federal income tax consequences.", "engagement"),
        ("The Company has advised me of the following facts:", "assumption-factual-reliance"),
        (
            "The opinions in this letter are based on current provisions of the Internal Revenue "
            "Code of 1986 and on rulings of the IRS, which are not binding on the IRS.",
            "limitation-jurisdiction",
        ),
        ("Our opinion rests on the Code and the Treasury Regulations.", "limitation-jurisdiction"),
        (
            "Harrow Bank has requested the opinion of Vance & Lowe regarding the Ohio tax "
            "consequences of the conversion.",
            "engagement",
        ),
        (
            "Based solely on the facts above, in our view the conversion will not be taxable to "
            "the Bank for Ohio purposes.",
            "opinion-tax",
        ),
        (
            "Holders should consult their own tax advisors about the merger's consequences to "
            "them.",
            "limitation-scope",
        ),
        (
            "I have also assumed the due authorization, execution and delivery of all documents.",
            "assumption-other-parties",
        ),
        (
            "The federal income tax consequences of the conversion are the subject of an opinion "
            "of Harlow & Vance LLP dated today.",
            "reliance-on-other-counsel",
        ),
        (
            "We have relied on the Federal Opinion without reviewing it independently.",
            "reliance-on-other-counsel",
        ),
        # a tax letter's facts, as the parties gave them
        (
            "In connection with the share exchange, the following facts have been provided to "
            "us, and we have relied upon them for purposes of this opinion:",
            "assumption-factual-reliance",
        ),
        # "validly issued" with no "and" before "binding obligations"
        (
            "Based upon the foregoing, we are of the opinion that the debt securities, when "
            "issued for value under the Indenture, will be the validly issued, binding "
            "obligations of the Company.",
            "opinion-debt",
        ),
        # a sovereign's debt, with adjectives between "binding" and "obligations"
        (
            "When so delivered and paid for, the Offered Securities will constitute valid and "
            "legally binding direct and unconditional obligations of the Republic.",
            "opinion-debt",
        ),
        # existence and power assumed of every party, the issuer too: no opinion on it
        (
            "In examining documents executed by the parties to them, we have assumed that each "
            "party, including the Company, is duly organized and validly existing and had the "
            "power to enter into and perform its obligations under them.",
            "assumption-other-parties",
        ),
        (
            "We have also assumed the due authorization by all requisite corporate action, and "
            "the execution and delivery by each party, of the documents we examined.",
            "assumption-other-parties",
        ),
        (
            "In our opinion the Exchange will qualify as a reorganization within the meaning of "
            "Section 368(a) of the Code.",
            "opinion-tax",
        ),
        # session 24, from a blind set once it was measured
        (
            "3.2 Where we state in this opinion that the Company is in good standing, we mean "
            "only that it has paid its annual fees.",
            "qualification-other",
        ),
        # (the equity opinion's own word explained, as foreign law reads it otherwise (facts
        # P-5), in a sentence of its own: a caveat, as five of seven testers who wrote such
        # letters label it - session 32; within the opinion's paragraph it is the opinion's)
        (
            '4.3 As used in this opinion, "non-assessable" means that a shareholder is not liable '
            "for further calls on its shares.",
            "qualification-other",
        ),
        (
            "3.6 This opinion is issued solely for the purposes of the filing and is not to be "
            "relied upon in respect of any other matter.",
            "limitation-reliance",
        ),
        (
            "Any inaccuracy in any of the foregoing assumptions could affect the conclusion "
            "stated below.",
            "assumption-other",
        ),
        (
            "We express no opinion as to the manner in which the Subscription Agent will process "
            "exercises of the Rights.",
            "limitation-scope",
        ),
        (
            "5. The execution and delivery of the Indenture by the Guarantor do not (a) violate "
            "its Operating Agreement or (b) violate any Utah statute.",
            "opinion-other",
        ),
        (
            "We have conducted no independent factual investigation and have relied solely upon "
            "the documents listed above and the statements set out in them.",
            "assumption-factual-reliance",
        ),
        (
            "We have also assumed that the Merger Agreement has been duly authorized, executed "
            "and delivered by Dunmore Vale and constitutes its valid and binding obligation.",
            "assumption-other-parties",
        ),
        (
            "We have also assumed the due authorization, execution and delivery of the Agent "
            "Agreement by the Subscription Agent.",
            "assumption-other-parties",
        ),
        (
            "We have assumed that the Indenture has been duly authorized, executed and delivered "
            "by the Company.",
            "assumption-other",
        ),
    ],
)
def test_later_sessions_wordings_lead_their_scores(sentence: str, kind: str) -> None:
    scores, _ = cue_scores(sentence.lower())
    assert max(scores, key=lambda t: scores[t]) == kind


def test_facts_as_the_federal_opinion_describes_them_are_no_reliance_on_it() -> None:
    # a state tax letter that takes its facts from the federal opinion relies on them as facts
    scores, _ = cue_scores(
        "in connection herewith we have relied on the assumption that the facts of the "
        "conversion are as described by the federal tax opinion of harlow & vance llp."
    )
    assert "reliance-on-other-counsel" not in scores


@pytest.mark.parametrize(
    "salutation", ["Dear Minister:", "Dear Sirs/Mesdames:", "Dear\nSirs/Mesdames:"]
)
def test_salutations_of_offices_and_two_genders_end_the_heading(salutation: str) -> None:
    text = (
        f"June 30, 2021\nThe Hon. Ann Reyes\nMinister of Finance\n{salutation}\n"
        "I have reviewed the Registration Statement of the Republic.\n"
        "It is my opinion that the Bonds are valid obligations of the Republic.\n"
    )
    units = segment(text)
    assert units[0].zone == "heading"
    assert units[0].text.rstrip().endswith(salutation.split()[-1])


def test_a_short_capitalised_line_mid_sentence_is_no_caption() -> None:
    text = (
        "Dear Sirs\n\nWe have also considered any specific proposal to amend the Income\n"
        "Tax Act\n(Canada)\nannounced by the Minister prior to the date hereof.\n"
    )
    assert len(bodies(text)) == 1


def test_a_form_number_glued_to_its_abbreviation_ends_no_sentence() -> None:
    text = (
        "Dear Sirs\n\nWe have examined the Registration Statement on FormS-3 (FileNo. 333-204209)"
        " filed on May 15, 2015.\n"
    )
    assert len(bodies(text)) == 1


@pytest.mark.parametrize("cited", ["La. R.S. 12:1301", "Nev. Rev. Stat. 78", "Okla. Stat. 18"])
def test_a_states_abbreviation_in_a_statute_ends_no_sentence(cited: str) -> None:
    text = (
        "Dear Sirs\n\nThe opinions expressed in this letter are limited to the limited liability "
        f"company law of the state ({cited} et seq.). We express no other opinion.\n"
    )
    assert len(bodies(text)) == 2


def test_one_lawyers_engagement_then_what_was_examined_is_cut(recogniser: Recogniser) -> None:
    body = (
        "You have asked for my opinion concerning the legality of 28,415 shares of Common Stock "
        "of Harrow Mills (the \u201cShares\u201d) issuable under its 1994 Stock Option Plan, "
        "and I have examined: (a) the Declaration of Trust of Harrow Mills; (b) its By-laws; "
        "and (c) such other records as I deem necessary."
    )
    found = [t for t, _ in types(recogniser, in_a_letter(body))]
    assert found[:3] == ["heading", "engagement", "documents-examined"]


def test_the_firm_speaking_in_the_body_is_never_the_heading(recogniser: Recogniser) -> None:
    # its words resemble a heading's "Re:" line ("Exhibit 5.1 to the Registration Statement"),
    # but a sentence in which the firm speaks is the body's
    body = (
        "This opinion is delivered in connection with the Registration Statement of Harrow Bank "
        "p.l.c.\n\nAs counsel for the Company, I am furnishing my opinion to be used as Exhibit "
        "5.1 to the Registration Statement."
    )
    found = [t for t, _ in types(recogniser, in_a_letter(body))]
    assert "heading" not in found[1:]


def test_assumptions_not_verified_are_no_facts_taken_from_others() -> None:
    sentence = "we have not independently verified any of those assumptions."
    assert "assumption-factual-reliance" not in cue_scores(sentence)[0]


def test_what_was_reviewed_after_the_engagement_is_what_was_examined(
    recogniser: Recogniser,
) -> None:
    # its words (the filing, "filed by the Company with the SEC") resemble an engagement's
    body = (
        "We have acted as counsel to Harrow Bancorp, Inc., a New Jersey corporation (the "
        "\u201cCompany\u201d), in connection with the issuance of $200 million of its "
        "subordinated notes (the \u201cNotes\u201d).\n\n"
        "We have reviewed the Registration Statement on Form S-3 (File No. 333-283717) (the "
        "\u201cRegistration Statement\u201d) filed by the Company with the Securities and "
        "Exchange Commission under the Securities Act of 1933, and the prospectus dated December "
        "10, 2024 forming part of it."
    )
    found = [t for t, _ in types(recogniser, in_a_letter(body))]
    assert found == ["heading", "engagement", "documents-examined", "signature"]


@pytest.mark.parametrize(
    ("opening", "heading_ends"),
    [
        ("To Whom it May Concern:\n", "Concern:\n"),
        # a "Re:" block in a table, in a copy with no blank lines
        (
            "Dear Sirs:\n|Re:\n|HARROW MILLS LTD. (the \u201cCompany\u201d)\n|- Form S-8 "
            "Registration Statement\n",
            "Statement\n",
        ),
    ],
)
def test_headings_of_other_shapes_end_where_the_body_opens(opening: str, heading_ends: str) -> None:
    text = f"April 21, 2006\n{opening}This firm serves as counsel to Harrow Mills Ltd.\n"
    units = segment(text)
    assert units[0].zone == "heading"
    assert units[0].text.endswith(heading_ends)
    assert strongest(units[1].text.lower()) == "engagement"


def test_an_assumed_good_standing_is_no_existence_opinion() -> None:
    sentence = "we assumed harrow bancorp will remain in good standing as an ohio corporation."
    assert "opinion-existence" not in cue_scores(sentence)[0]
    assert "opinion-existence" in cue_scores("the company is in good standing.")[0]


def test_a_salutation_to_a_redacted_name_ends_the_heading() -> None:
    text = "September 29, 1998\nXx. Xxxxx Xxxxxx\nDear Xx. Xxxxxx:\nFor business reasons, ...\n"
    assert segment(text)[0].text.endswith("Dear Xx. Xxxxxx:\n")


def test_a_sentence_that_goes_on_to_its_own_limit_is_cut(recogniser: Recogniser) -> None:
    body = (
        "We have acted as counsel to Harrow Mills, Inc. in connection with its Registration "
        "Statement on Form S-8 for shares issuable under the options it assumed, and this "
        "opinion does not relate to any shares other than those under the outstanding options."
    )
    found = [t for t, _ in types(recogniser, in_a_letter(body))]
    assert found == ["heading", "engagement", "limitation-scope", "signature"]


def test_facts_the_client_gave_in_a_list_follow_their_lead_in() -> None:
    """Numbered facts read like an engagement (the company, its filings, its shares), and the
    sequence of types took their short lead-in for one too; its own words name the facts the
    firm was told, so it and its items are factual reliance."""
    body = (
        "We have acted as securities counsel for Quillon Herbal, Inc. (the Company). You have "
        "asked us to render this opinion to the Company.\n\n"
        "You have advised that:\n\n"
        "1.   The Company is current in its reporting under the Securities Exchange Act of 1934.\n"
        "2.   Two consultants will give bona fide services to the Company under a license.\n"
        "3.   The Company has agreed to issue its common stock to them for their services.\n\n"
        "It is our opinion that the shares, when issued, will be validly issued, fully paid and "
        "non-assessable."
    )
    found = [t for t, _ in types(day_one(), in_a_letter(body))]
    assert found == [
        "heading",
        "engagement",
        "assumption-factual-reliance",
        "opinion-equity",
        "signature",
    ]


def test_bullets_alone_in_a_table_cell_part_an_opinions_items(recogniser: Recogniser) -> None:
    body = (
        "Based upon such examination, we are of the opinion that:\n"
        "|\u2022\n|Quillon Bank Group, Inc. has been duly incorporated and is validly existing "
        "under the laws of the State of Florida.\n"
        "|\u2022\n|The 12,000 shares covered by the registration statement, when issued as it "
        "describes, will be validly issued, fully paid and non-assessable.\n"
    )
    found = [t for t, _ in types(recogniser, in_a_letter(body))]
    assert found == ["heading", "opinion-existence", "opinion-equity", "signature"]


def test_papers_listed_after_a_bare_lead_in_are_what_was_examined() -> None:
    """'we have reviewed and relied upon:' announces no list in words ('the following'), but
    its own words name what was examined, so its items are that, however like an engagement
    (the agreement, the proxy materials) they read."""
    body = (
        "In rendering our opinion, we have reviewed and relied upon: (a) the registration "
        "statement on Form N-14 filed by the Trust with the Securities and Exchange Commission "
        "in connection with the reorganization of the Acquired Fund into the Acquiring Fund; (b) "
        "the proxy materials provided to the Acquired Fund's shareholders in connection with the "
        "special meeting of shareholders held to approve the reorganization.\n\n"
        "It is our opinion that the reorganization will be a reorganization within the meaning of "
        "Section 368(a) of the Code."
    )
    found = [t for t, _ in types(day_one(), in_a_letter(body))]
    assert found == ["heading", "documents-examined", "opinion-tax", "signature"]


def test_a_cells_bar_alone_between_two_paragraphs_parts_them() -> None:
    text = (
        "Ladies and Gentlemen:\n|\nI am General Counsel to Quillon Investors, Inc. (the "
        '"Company"), and in such capacity I have represented it in connection with its Form S-8 '
        '(the "Plan").\n|\nIn connection with this opinion, I have examined such records as I '
        "have deemed necessary.\n|\nVery truly yours,\n/s/ Ann Reyes\n"
    )
    assert len(bodies(text)) == 2
    assert bodies(text)[1].startswith("| In connection with this opinion")


def test_a_letter_with_no_salutation_starts_its_body_where_in_house_counsel_speaks() -> None:
    text = (
        "EXHIBIT 5\nJANE Q. MARLOWE\nGENERAL COUNSEL\nQUILLON POWER CORPORATION\n77 GROVE STREET\n"
        "August 8, 2008\nRe: Form S-8 Registration Statement\n"
        "I am General Counsel of Quillon Power Corporation, a Vermont corporation (the "
        '"Company").\nIn rendering this opinion, I have examined such records as I deemed '
        "necessary.\n"
    )
    units = segment(text)
    assert units[0].zone == "heading"
    assert units[0].text.endswith("Re: Form S-8 Registration Statement\n")
    assert units[1].zone == "body"


@pytest.mark.parametrize(
    "title", ["SCHEDULE I", "Annex A - Documents Reviewed", "Exhibit B", "SCHEDULE\nDocuments"]
)
def test_a_schedule_after_the_signature_is_not_the_signature(
    recogniser: Recogniser, title: str
) -> None:
    """The documents a letter lists in a schedule below the signature are what was examined:
    the signature ends above the schedule's title."""
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Carrow Fen Inc. (the Company).\n\n"
        "We have examined the documents listed on Schedule I.\n\nVery truly yours,\n\n"
        f"/s/ Penwick & Lowe LLP\n\n{title}\n\n1. The certificate of incorporation of the "
        "Company.\n\n2. Resolutions of the board of directors of the Company.\n"
    )
    found = types(recogniser, text)
    assert found[-2:] == [
        ("signature", "Very truly yours, /s/ Pe"),
        ("documents-examined", " ".join(f"{title} 1. The certificat".split())[:24]),
    ]


def test_the_letters_own_exhibit_label_after_the_signature_stays_in_it(
    recogniser: Recogniser,
) -> None:
    text = in_a_letter("We have acted as counsel to Carrow Fen Inc.") + "Exhibit 5.1\n\nPage 2\n"
    assert [t for t, _ in types(recogniser, text)][-2:] == ["signature", "page-furniture"]


@pytest.mark.parametrize(
    "notes",
    [
        "----------\n(1)  The Warrants were issued in a private placement completed in 1999.\n",
        "1 The Old Notes were sold to qualified institutional buyers in a private placement.\n"
        "2 We have not verified the Trustee's eligibility under the Trust Indenture Act.\n",
    ],
)
def test_footnotes_below_the_signature_are_not_the_signature(
    recogniser: Recogniser, notes: str
) -> None:
    """Notes to the letter's text, below the firm's signature, say something of their own."""
    text = in_a_letter("We have acted as counsel to Carrow Fen Inc.") + "\n" + notes
    found = types(recogniser, text)
    at = found.index(("signature", "Very truly yours, /s/ Pe"))
    assert found[at + 1][1] == " ".join(notes.split())[:24]  # the notes, typed by what they say
    assert "signature" not in [t for t, _ in found[at + 1 :]]


@pytest.mark.parametrize(
    "block",
    [
        "/s/ Penwick & Lowe LLP\n12 Main Street\nDayton\n",
        "Penwick & Lowe LLP\n\nBy:     /s/  Ada Lorne\n        ----------------\n  Ada Lorne\n",
    ],
)
def test_the_lines_of_a_signature_block_stay_in_it(recogniser: Recogniser, block: str) -> None:
    """A short numbered line, and the rule under a signer's name, are no footnotes."""
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Carrow Fen Inc.\n\n"
        f"Very truly yours,\n\n{block}"
    )
    assert types(recogniser, text)[-1] == ("signature", "Very truly yours, " + block[:6])
    last = segment(text)[-1]
    assert (last.zone, last.text.strip().splitlines()[-1].strip()) == (
        "signature",
        block.split("\n")[-2].strip(),
    )


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a European firm's wording of the laws covered, and of the terms of reliance
        ("2. This opinion letter is rendered only with respect to Freedonian law as it stands.",
         "limitation-jurisdiction"),
        ("6. This opinion is confined to, and given on the basis of, the laws of the Grand Duchy "
         "of Luxembourg in force at its date.", "limitation-jurisdiction"),
        ("This opinion letter may only be relied upon on the express condition that any liability "
         "of Haverkamp N.V. is limited to its insurance cover.", "limitation-reliance"),
    ],
)  # fmt: skip
def test_european_wordings_of_the_letters_limits(sentence: str, kind: str) -> None:
    assert strongest(sentence) == kind


def test_an_opinion_given_after_a_sentence_of_examining_and_assuming_is_its_own_clause(
    recogniser: Recogniser,
) -> None:
    """A sentence that examined papers, relied on certificates and assumed signatures before
    it says "we advise you that in our opinion" is cut there: the opinion is the opinion's,
    not the assumption's (a lead-in such as "Based upon the foregoing, we are of the opinion"
    is too short to be cut)."""
    text = (
        "Exhibit 5.1\n\nLadies and Gentlemen:\n\nWe have examined the articles of incorporation "
        "of Quillon Quarry, Inc. and such other corporate records, certificates and instruments "
        "as we have thought necessary for the purposes of this opinion, and, having relied as to "
        "questions of fact upon certificates of officers of the Company and of public officials, "
        "and having assumed the genuineness of all signatures and the conformity to the "
        "originals of all documents furnished to us as copies, we advise you that in our "
        "opinion the Shares have been duly authorized and, when issued and paid for, will be "
        "validly issued, fully paid and non-assessable.\n\nVery truly yours,\n\n/s/ Pellam\n"
    )
    clauses = draft_record(letter(text), recogniser).clauses
    opinion = next(c for c in clauses if "duly authorized" in c.text)
    assert opinion.type == "opinion-equity"
    assert opinion.text.startswith("we advise you that in our opinion")
    short = "Based upon and subject to the foregoing, we advise you that in our opinion the Shares"
    assert _opinion_after_other_job(short, 0, len(short)) == []


def test_the_conditions_an_opinion_lists_are_the_opinion(recogniser: Recogniser) -> None:
    """ "2. ... will be validly issued, fully paid and nonassessable, provided that:" lists the
    opinion's conditions, inside the opinion's own list: they read like assumptions ("(a) the
    Registration Statement has become effective") but are the opinion on the shares."""
    body = (
        "Based on the foregoing, we are of the opinion that:\n\n"
        "1. The Company is a corporation duly incorporated and validly existing under the laws "
        "of Ohio.\n\n"
        "2. The Merger Shares, when issued in exchange for shares of Dunmore Vale common stock "
        "as the Merger Agreement provides, will be validly issued, fully paid and "
        "nonassessable, provided that:\n\n"
        "(a) the Registration Statement has become effective under the Securities Act;\n\n"
        "(b) the shareholders of the Company have approved the Merger Agreement; and\n\n"
        "(c) the certificate of merger has been filed with the Secretary of State.\n\n"
        "3. The Company has taken all corporate action necessary to authorize the Merger."
    )
    found = [t for t, _ in types(recogniser, in_a_letter(body))]
    assert "assumption-other" not in found
    assert found[found.index("opinion-equity") - 1] == "opinion-existence"
    assert found[found.index("opinion-equity") + 1] == "opinion-other"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Warrants will be issued under a warrant agreement between the Company and Dunmore "
        "Vale Trust Company, as warrant agent.",
        "(d) the Units will be issued and sold as described in the Registration Statement.",
    ],
)
def test_securities_that_will_be_issued_are_no_opinion_on_them(sentence: str) -> None:
    """ "will be issued" says how, not that they will be validly issued: no opinion."""
    assert "opinion-other" not in cue_scores(sentence.lower())[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "In addition, we have assumed that each Guarantor not organized in Delaware is validly "
        "existing under the laws of its jurisdiction and has duly authorized the Indenture.",
        "We have further assumed that the Indenture and the Guarantee constitute valid and "
        "binding obligations under the laws of the State of New York.",
        "We have assumed that no document we have not reviewed contains any provision "
        "inconsistent with the opinions stated in this letter.",
    ],
)
def test_what_a_sentence_opening_we_have_assumed_assumes_is_no_opinion(sentence: str) -> None:
    """Worded as an opinion (or a review) is, but assumed: the opinions' and the documents'
    cues do not count, and the assumption's do."""
    scores = cue_scores(sentence.lower())[0]
    assert not [t for t in scores if t.startswith("opinion-") or t == "documents-examined"]
    assert strongest(sentence.lower()).startswith("assumption-")


def test_an_assumptions_list_run_on_in_its_sentence_is_assumptions(
    recogniser: Recogniser,
) -> None:
    """ "We have further assumed that (i) ...; (ii) ...": no colon, yet a list of assumptions;
    items that name no kind are other assumptions, not the documents they mention."""
    body = (
        "We have acted as counsel to Dunmore Vale Holdings, Inc. in connection with its "
        "registration statement on Form S-1.\n\n"
        "We have further assumed that (i) before any Shares are issued, the Registration "
        "Statement will have been declared effective; (ii) the Restated Articles, in the form "
        "we have reviewed, will have been filed with the Secretary of State of the State of "
        "Nevada; and (iii) the Pricing Committee will have fixed the price of the Shares."
    )
    found = [t for t, _ in types(recogniser, in_a_letter(body))]
    assert found == ["heading", "engagement", "assumption-other", "signature"]


def test_a_lead_in_with_an_aside_before_that_keeps_its_list(recogniser: Recogniser) -> None:
    """ "we have assumed, without independent investigation, that:" leads its bullets as "we
    have assumed that:" does: it is not cut before "that:", and its items naming no kind of
    assumption are other assumptions."""
    body = (
        "In rendering this opinion, we have assumed, without independent investigation, that:"
        "\n\n\u2022 all signatures on the documents we have examined are genuine;\n\n"
        "\u2022 the statements of fact in the certificates of officers of the Company on which "
        "we have relied are accurate and complete;\n\n"
        "\u2022 the stockholders of Dunmore Vale will have adopted the Merger Agreement, and the "
        "certificate of merger will have been filed with the Secretary of State of Delaware."
    )
    found = types(recogniser, in_a_letter(body))
    assert [t for t, _ in found] == [
        "heading",
        "assumption-genuineness",
        "assumption-factual-reliance",
        "assumption-other",
        "signature",
    ]
    assert found[1][1].startswith("In rendering this")


def test_a_kind_of_assumption_inside_an_item_does_not_end_its_list(
    recogniser: Recogniser,
) -> None:
    """A schedule's item that goes on with a sentence of its own kind ("1. Copies ... are
    complete. All signatures are genuine.") is one more assumption, and the items after it
    are still the list's."""
    body = (
        "The opinions in this letter are given on the basis of the following assumptions:\n\n"
        "1. Copies of documents provided to us are true and complete copies of the originals. "
        "All signatures, initials and seals are genuine.\n\n"
        "2. The Board Resolutions were duly passed at a meeting duly convened and held, and "
        "remain in full force and effect.\n\n"
        "3. The consideration payable for each Share will be not less than its par value."
    )
    found = [t for t, _ in types(recogniser, in_a_letter(body))]
    assert "documents-examined" not in found
    assert found[-2] == "assumption-other"
    assert "assumption-genuineness" in found


def test_a_run_in_caption_stays_with_its_item() -> None:
    """ "4. Depositary Shares. When ..." is one item: its caption is not a unit of its own."""
    text = in_a_letter(
        "we are of the opinion that:\n\n4. Depositary Shares. When the deposit agreement has "
        "been duly executed, the depositary receipts will be validly issued.\n\n"
        "5. Purchase Contracts. When the purchase contract agreement has been duly executed, "
        "the Purchase Contracts will be valid and binding obligations of the Company."
    )
    units = bodies(text)
    assert any(u.startswith("4. Depositary Shares. When") for u in units)
    assert any(u.startswith("5. Purchase Contracts. When") for u in units)
    assert "4. Depositary Shares." not in units


def test_the_lead_in_to_qualifications_is_a_qualification() -> None:
    sentence = "The opinions expressed above are subject to the following qualifications:"
    assert strongest(sentence.lower()) == "qualification-other"


def test_a_schedule_of_guarantors_after_the_signature_is_the_engagements(
    recogniser: Recogniser,
) -> None:
    """ "Schedule I" / "Guarantors" and a company with its place to a line name who the firm
    acted for ("the subsidiaries listed on Schedule I"): the engagement, caption and all, not a
    letterhead."""
    text = in_a_letter(
        "We have acted as counsel to Dunmore Vale Corporation and the subsidiaries listed on "
        "Schedule I (the Guarantors) in connection with the Notes."
    ) + (
        "\nSchedule I\n\nGuarantors\n\n"
        "Dunmore Vale Holdings, LLC (Delaware)\nDunmore Forge Services, Inc. (Ohio)\n"
        "Quillon Patternworks Corp. (Texas)\n"
    )
    found = [t for t, _ in types(recogniser, text)]
    assert found[-1] == "engagement"
    assert "heading" not in found[1:]


@pytest.mark.parametrize(
    "sentence",
    [
        "4.2 A person aggrieved by an entry in the register may apply to the Grand Court, and we "
        "express no opinion on the outcome of any such application.",
        "We also express no opinion as to the enforceability of any provision of the Indenture "
        "that waives a right to trial by jury.",
        "We express no opinion on compliance with any federal or state securities law.",
    ],
)
def test_no_opinion_on_a_law_or_a_provision_is_not_a_matter_left_out(sentence: str) -> None:
    """ "We express no opinion as to X" leaves a matter out, but not when X is a law (the laws
    covered), a provision's enforceability (an exception to the opinion), or the words end a
    qualification's sentence: the matter-left-out wording does not fire on those."""
    matter = next(
        c for c in CUES if c.type == "limitation-scope" and "jurisdictions?|" in c.pattern.pattern
    )
    left_out = "We express no opinion as to the manner in which the agent will process exercises."
    assert matter.pattern.search(left_out.lower())
    assert not matter.pattern.search(sentence.lower())


def test_a_certificate_as_to_facts_among_the_documents_is_not_cut() -> None:
    """ "(g) a certificate of an officer, dated the date hereof, as to certain factual matters"
    names a document examined: a long list's last item is not cut before "as to certain factual
    matters" as if the letter turned to the facts it relies on."""
    items = "".join(
        f"({letter}) the {name} of the Company, as amended and in effect on the date hereof;\n\n"
        for letter, name in zip(
            "abcdef",
            [
                "Certificate of Formation",
                "Operating Agreement",
                "resolutions of the Managers",
                "certificate of existence",
                "Indenture and its supplements",
                "Registration Statement",
            ],
            strict=True,
        )
    )
    text = in_a_letter(
        "In connection with this opinion, we have examined originals or copies of:\n\n"
        + items
        + "(g) a certificate of an officer of the Company, dated the date hereof, as to certain "
        "factual matters (the Officer's Certificate)."
    )
    assert len(text) > 700
    assert not [u for u in bodies(text) if u.startswith("as to certain factual")]


@pytest.mark.parametrize(
    ("sentence", "cut_before"),
    [
        (
            "We consent to the filing of this opinion as an exhibit to the Registration "
            "Statement, although in giving that consent we do not admit that we are within the "
            "category of persons whose consent is required under Section 7 of the Act.",
            "although in giving that consent",
        ),
        (
            "In our opinion the Shares will be validly issued, fully paid and nonassessable, it "
            "being understood that we express no opinion on any law other than the Florida "
            "Business Corporation Act.",
            "it being understood that",
        ),
        (
            "We express no opinion on any law other than the laws of Florida, and that this "
            "opinion speaks only as of its date.",
            "and that this opinion speaks",
        ),
    ],
)
def test_a_sentence_that_turns_to_another_job_is_cut_there(sentence: str, cut_before: str) -> None:
    units = bodies(in_a_letter(sentence))
    assert any(u.startswith(cut_before) for u in units)


def test_the_exhibit_a_reliance_limit_allows_is_no_exception_of_its_own() -> None:
    """ "... may not be relied upon by any other person, except that it may be filed as an
    exhibit" is one limit on reliance: "except that" cuts an enforceability exception, not
    this."""
    sentence = (
        "This opinion may not be relied upon by any other person without our consent, except "
        "that it may be filed as provided in the following paragraph."
    )
    assert bodies(in_a_letter(sentence)) == [" ".join(sentence.split())]


def test_reliance_on_another_firm_under_a_qualifications_heading_keeps_its_type(
    recogniser: Recogniser,
) -> None:
    """A section headed "Qualifications" discounts types outside its families, but reliance on
    another firm's opinion sits in any section."""
    body = (
        "Qualifications\n\n"
        "Our opinions are subject to the effects of bankruptcy, insolvency and similar laws "
        "affecting creditors' rights generally.\n\n"
        "As to matters governed by the laws of the State of Texas, we have relied, without "
        "independent investigation, on the opinion of Dunmore Vale & Pike LLP, filed as an "
        "exhibit to the Registration Statement."
    )
    found = [t for t, _ in types(recogniser, in_a_letter(body))]
    assert found[-2] == "reliance-on-other-counsel"
    units = segment(in_a_letter(body))
    allowed = sections(units)
    relied = next(i for i, u in enumerate(units) if "Dunmore Vale" in u.text)
    assert allowed[relied] is not None
    assert "reliance-on-other-counsel" in allowed[relied]
    assert "documents-examined" not in allowed[relied]


def test_qualifying_income_is_the_partnerships_tax_opinion() -> None:
    sentence = (
        "(b) based on the representations of the General Partner, more than 90% of the "
        "Partnership's gross income for each taxable year will constitute qualifying income "
        "within the meaning of Section 7704(d) of the Code."
    )
    scores, _ = cue_scores(sentence.lower())
    assert scores["opinion-tax"] > scores["assumption-factual-reliance"]
