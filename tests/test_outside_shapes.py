"""Clause types and cuts on shapes of letters from firms outside the corpus (issue 8, session 6):
local counsel's, offshore counsel's and tax letters, US bank holding companies' letters.

Every letter and sentence here is fictional; each test pins one general rule down.
"""

from __future__ import annotations

import pytest

from precedent_bank.importer.cues import STRONG_CUE, cue_scores
from precedent_bank.importer.evaluation import bank_training
from precedent_bank.importer.learning import sample_bank
from precedent_bank.importer.recogniser import Recogniser
from precedent_bank.importer.record import draft_record
from precedent_bank.importer.segment import segment
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


def bodies(text: str) -> list[str]:
    return [" ".join(u.text.split()) for u in segment(text) if u.zone == "body"]


def test_a_sentence_ending_in_a_figure_ends_there() -> None:
    """ "... the documents listed in Schedule 1." ends its sentence: a figure is no initial."""
    text = (
        "Dear Sirs\n\nFor the purposes of this opinion we have examined the documents listed in "
        "Schedule 1.\nIn giving this opinion we have relied upon the assumptions in Schedule 2.\n"
    )
    assert bodies(text) == [
        "For the purposes of this opinion we have examined the documents listed in Schedule 1.",
        "In giving this opinion we have relied upon the assumptions in Schedule 2.",
    ]


def test_a_number_opening_its_line_stays_with_its_item() -> None:
    text = (
        "Ladies and Gentlemen:\n\nWe have examined the following:\n"
        "1. The articles of the Company.\n2. The plan.\n"
    )
    assert bodies(text)[1:] == ["1. The articles of the Company.", "2. The plan."]


def test_a_page_number_between_dashes_after_page_is_furniture(recogniser: Recogniser) -> None:
    text = (
        "Ladies and Gentlemen:\n\nIn connection with this opinion, we have examined copies of "
        "the following documents:\n(a) | The Registration Statement; |\n"
        "Quillon Freight, Inc.\nBrask & Odell\nPage -2-\n"
        "(b) | Certificate of the Secretary of State that the Company is in good standing; |\n"
        "(c) | The bylaws of the Company. |\n\nVery truly yours,\n\n/s/ Brask & Odell\n"
    )
    found = types(recogniser, text)
    assert ("page-furniture", "Quillon Freight, Inc. Br") in found
    assert [t for t, words in found if words.startswith("(b)")] == ["documents-examined"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We act as Manx counsel to Teller Brook Limited, a company incorporated in the Isle of "
        "Man (the Company).",
        "We have been requested by the Corporation to furnish an opinion to be filed as an "
        "exhibit to the Registration Statement.",
        "In accordance with your request, set out below is the opinion of this firm on the "
        "conversion of Aldwick Savings Bank from the mutual to the stock form.",
    ],
)
def test_the_engagement_in_other_words(sentence: str) -> None:
    assert strongest(sentence) == "engagement"


@pytest.mark.parametrize(
    "sentence",
    [
        "We are advised that the plan reserves for issuance no more than ten per cent of the "
        "shares outstanding.",
        "Further, we have been informed by the Company that no options were granted in 2019.",
    ],
)
def test_facts_the_firm_was_told_are_factual_reliance(sentence: str) -> None:
    assert strongest(sentence) == "assumption-factual-reliance"


ASSUMPTION_LIST = (
    "Ladies and Gentlemen:\n\n"
    "You have requested our opinion concerning certain matters of Maryland law in connection "
    "with the conversion of Tolland Cove Savings Bank to the stock form and the offering of "
    "the common stock of its new holding company, Tolland Cove Financial, Inc. (the "
    "Company).\n\n"
    "We understand that the Company will lend its employee stock ownership plan (the Plan) "
    "the funds to buy shares in the offering and, for purposes of the opinion below, we "
    "assume that: (a) the board of the Company has duly authorized the loan to the Plan; (b) "
    "the genuineness of all signatures on the loan documents; (c) as to facts material to "
    "our opinion, the certificates of officers of the Company are accurate; and (d) the loan "
    "will be made on the terms of the prospectus.\n\n"
    "Very truly yours,\n\n/s/ Penwick & Lowe LLP\n"
)


def test_the_items_of_a_list_of_assumptions_are_assumptions(recogniser: Recogniser) -> None:
    """The lead-in ("..., we assume that:") and its items are assumptions, whatever an item's
    few words resemble ("(a) the board ... has duly authorized the loan" is no documents
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
    assert found[2][1].startswith("We understand")
    assert found[5][1].startswith("(d) the loan")


def test_the_following_assumptions_lead_a_numbered_list(recogniser: Recogniser) -> None:
    text = (
        "Gentlemen:\n\nThe following assumptions have been made in connection with our "
        "opinions below:\n"
        "1. The Conversion is carried out on the terms of the Plan of Conversion.\n"
        "2. No deposit account of the Bank will be excluded from the liquidation account.\n\n"
        "Very truly yours,\n\n/s/ Penwick & Lowe LLP\n"
    )
    assert [t for t, _ in types(recogniser, text)] == [
        "heading",
        "assumption-other",
        "signature",
    ]


TAX_EXAMINED = (
    "Dear Sirs:\n\n"
    "As special counsel for Marbury Trust Corp. (the Company) in connection with the "
    "registration by the Company under the Securities Act of 1933 of shares of its common "
    "stock (the Shares) issuable under its dividend reinvestment plan, we have examined the "
    "prospectus relating to the Shares contained in the Registration Statement on Form S-3 "
    "to be filed with the Securities and Exchange Commission on or about the date hereof and "
    "have reviewed the summary of certain federal income tax considerations of the offering "
    "in the prospectus appearing under the caption Tax Consequences of the Plan.\n\n"
    "Very truly yours,\n\n/s/ Penwick & Lowe LLP\n"
)


def test_what_was_examined_after_the_capacity_is_documents_examined() -> None:
    """The half that opens with "we have examined" is what was examined, however much of the
    filing it names (the nearest examples of other types count half against such an opening,
    when its wording for them is weak), and so is its next half, "and have reviewed ...".
    Learned from the bundled samples alone, as on day one."""
    found = types(day_one(), TAX_EXAMINED)
    assert [t for t, _ in found] == ["heading", "engagement", "documents-examined", "signature"]
    assert found[2][1].startswith("we have examined")


def test_wording_that_names_one_type_outweighs_neighbours_of_types_it_never_names() -> None:
    """The opinion on shares in wording of no great weight ("we are of the opinion that ...
    shares of Common Stock ...") is not outvoted by nearest examples of the existence opinion,
    whose wording the sentence lacks: their vote counts half, as against a strong cue. (At
    0.54 to 0.46, a letter's run of types after its assumptions made it an existence opinion.)"""
    text = (
        "On the basis of the foregoing, we are of the opinion that, when the Registration "
        "Statement has become effective under the Act, all shares of Common Stock that are "
        "the subject of the Registration Statement will be"
    )
    shares = day_one()._evidence(text).shares
    assert shares["opinion-equity"] > 2 * shares.get("opinion-existence", 0.0)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Our opinion is based upon our review of the prospectus and of the applicable "
            "federal income tax statutes, regulations, rulings and decisions, as now in effect.",
            "limitation-date",
        ),
        ("We consider such assumptions to be reasonable in every respect.", "assumption-other"),
        ("These assumptions are made with your consent.", "assumption-other"),
    ],
)
def test_the_law_as_now_in_effect_and_talk_of_the_assumptions(sentence: str, expected: str) -> None:
    scores, _ = cue_scores(sentence)
    assert max(scores, key=lambda t: scores[t]) == expected


# A filing whose conversion to text broke lines after almost every word or two
BROKEN_LINES = (
    "Gentlemen:\n"
    "In\nconnection with this Opinion, I have examined the\nfollowing:\n"
    "1. The\nCompany's\nArticles of Incorporation and Bylaws;\n"
    "2. The\nBoard\nof Directors' resolution adopting the\nCompany's\n"
    "2021\nEquity Plan;\n"
    "3. The\nCompany's\nForm\n10-K for the fiscal year ended December 31, 2020;\n"
    "4.\nSuch\nother documents as I have deemed necessary.\n"
)


def test_lines_broken_mid_sentence_are_no_captions() -> None:
    """A capitalised word alone on its line is no caption after "The" ("The" / "Board" / "of
    Directors"), nor before a line that goes on with a figure that numbers no item ("Form" /
    "10-K for ...", "Company's" / "2021 Equity Plan"): the items stay whole."""
    assert [b[:12] for b in bodies(BROKEN_LINES)] == [
        "In connectio",
        "1. The Compa",
        "4. Such othe",
    ]


def test_a_caption_over_a_numbered_item_is_still_cut() -> None:
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as counsel to the Company.\n\n"
        "Opinions\n1. The Company is validly existing.\n"
    )
    assert bodies(text)[-1] == "Opinions 1. The Company is validly existing."


def test_a_numbered_caption_after_a_blank_line_is_its_own_paragraph() -> None:
    """ "1  Introduction" after a blank line opens a paragraph: its figure goes on with nothing."""
    text = (
        'Ladies and Gentlemen:\n\nKestrel Reach Holdings Ltd. (the "Company")\n\n'
        "1  Introduction\n\n1.1  We have acted as counsel to the Company.\n"
    )
    units = [" ".join(u.text.split()) for u in segment(text)]
    assert "1 Introduction" in units


def test_a_signature_block_with_no_closing_starts_at_the_firms_name(
    recogniser: Recogniser,
) -> None:
    """No "Very truly yours": the block is the firm's name in capitals over "By: /s/ ...", set
    in a table's cells, not part of the consent above it."""
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Ardmore Vale Bancorp, Inc.\n"
        "We hereby consent to the filing of this opinion as an exhibit to said Registration "
        "Statement.\n|\nHOLLOWAY BRISK LLP\n|\n|\nBy: /s/ Ada P. Lorne\n|\nAda P. Lorne, a partner"
    )
    found = types(recogniser, text)
    assert found[-2:] == [
        ("consent", "We hereby consent to the"),
        ("signature", "HOLLOWAY BRISK LLP | | B"),
    ]


def test_a_numbered_cell_after_a_full_stop_opens_a_sentence() -> None:
    """A letter set out in a table: "| 2. | For the purposes ..." after the full stop ending
    paragraph 1 is paragraph 2, not the end of paragraph 1's last sentence."""
    text = (
        "Dear Sir, dear Madam,\n| 1. | We have acted as Luxembourg counsel to Vireo Holdings "
        "S.a r.l. (the Company). |\nCapitalised terms used herein have the meaning given to "
        "them in the Registration Statement.\n| 2. | For the purposes of this opinion, we have "
        "examined the following documents: |\n| (a) | the articles of the Company. |\n"
    )
    assert any(b.startswith("| 2. | For the purposes") for b in bodies(text))


def test_having_helped_prepare_the_prospectus_is_the_engagement() -> None:
    assert strongest("We have also participated in the preparation of the Prospectus.") == (
        "engagement"
    )
    scores, _ = cue_scores("We have not participated in the preparation of the Prospectus.")
    assert "engagement" not in scores


SHELF = (
    "Ladies and Gentlemen:\n\n"
    "We have acted as counsel for Calder Point Bancorp, Inc., a Delaware bank holding company "
    "(the Company), with respect to the preparation of the Registration Statement on Form S-3 "
    "filed by the Company for the offer and sale from time to time of:\n"
    "(1) shares of the Company's common stock; (2) shares of its preferred stock; "
    "(3) its debt securities; and\n(4) warrants to buy any of them.\n\n"
    "We have examined the certificate of incorporation and the bylaws of the Company.\n\n"
    "Very truly yours,\n\n/s/ Penwick & Lowe LLP\n"
)


def test_the_securities_an_engagement_lists_are_as_sure_as_it() -> None:
    """The lead-in names no list in words ("the offer and sale from time to time of:"), but its
    items are the securities registered: as sure as the engagement, not flagged for want of
    wording of their own; a numbered paragraph after such a lead-in is no item of it."""
    draft = draft_record(letter(SHELF), day_one())
    engagement = [c for c in draft.clauses if c.type == "engagement"]
    assert len(engagement) == 1
    assert "(4) warrants" in engagement[0].text
    assert not engagement[0].review


def test_a_numbered_paragraph_after_an_engagement_lead_in_is_no_item_of_it() -> None:
    text = (
        "Ladies and Gentlemen:\n\n"
        "We have acted as counsel to Calder Point Bancorp, Inc. in connection with its "
        "registration statement on Form S-1 filed with the Commission on 3 March 2021:\n\n"
        "1. For the purposes of this opinion, we have examined the documents listed in the "
        "schedule.\n\nVery truly yours,\n\n/s/ Penwick & Lowe LLP\n"
    )
    assert [t for t, _ in types(day_one(), text)] == [
        "heading",
        "engagement",
        "documents-examined",
        "signature",
    ]


def test_a_list_of_assumptions_announced_in_words_is_not_flagged() -> None:
    """Its lead-in says plainly what the list holds: the assumptions are sure, where they had
    no confidence at all (their items' words resemble nothing)."""
    text = (
        "Gentlemen:\n\nThe following assumptions have been made in connection with our "
        "opinions below:\n"
        "1. The Conversion is carried out on the terms of the Plan of Conversion.\n"
        "2. No deposit account of the Bank will be excluded from the liquidation account.\n\n"
        "Very truly yours,\n\n/s/ Penwick & Lowe LLP\n"
    )
    clauses = draft_record(letter(text), day_one()).clauses
    assert [(c.type, c.review) for c in clauses[1:-1]] == [("assumption-other", False)]


@pytest.mark.parametrize("number", ["2. ", "2.", "1.1  ", "(b) ", "| 3. | "])
def test_wording_after_a_paragraph_number_opens_the_unit(number: str) -> None:
    from precedent_bank.importer.cues import cue_evidence

    _, hits, _ = cue_evidence(f"{number}We have examined the articles of the Company.")
    assert hits["documents-examined"].at_start
    _, hits, _ = cue_evidence("Having regard to the plan, we have examined the articles.")
    assert not hits["documents-examined"].at_start


def test_the_securities_listed_after_the_engagements_later_sentence_are_items_of_it() -> None:
    """The lead-in may be the engagement paragraph's second sentence, its wording light ("The
    Registration Statement relates to the proposed offer and sale of:")."""
    text = SHELF.replace(
        "filed by the Company for the offer and sale from time to time of:\n",
        "filed by the Company. The Registration Statement relates to the proposed offer and "
        "sale from time to time of:\n",
    )
    units = segment(text)
    items = next(i for i, u in enumerate(units) if u.text.startswith("(1) shares"))
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
    plain = recogniser._evidence("(b) the loan will be made on the terms of the prospectus;")
    assert _as_item(guessed, lead, False, plain, True).type == ASSUMED
    worded = recogniser._evidence("(c) the certificates of officers of the Company are accurate;")
    assert _as_item(guessed, lead, False, worded, True) == guessed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "With respect to instruments signed by natural persons, we have assumed the legal "
            "competency of such persons.",
            "assumption-genuineness",
        ),
        (
            "We have made such legal and factual investigation as we deemed necessary.",
            "documents-examined",
        ),
        (
            "This opinion is being furnished to you solely for your benefit in connection with "
            "the transactions described above.",
            "limitation-reliance",
        ),
    ],
)
def test_wording_in_the_singular_or_with_such(sentence: str, expected: str) -> None:
    """ "legal competency", "such ... investigation" (one), "relied upon such certificates";
    a letter furnished "solely for your benefit" says who may rely on it, not why it is
    written."""
    scores, _ = cue_scores(sentence)
    assert max(scores, key=lambda t: scores[t]) == expected
    assert set(scores) <= {expected, "assumption-other"}


def test_relying_upon_such_certificates_is_plainly_factual_reliance() -> None:
    sentence = "In that regard we have relied upon such certificates of public officials."
    assert strongest(sentence) == "assumption-factual-reliance"


def test_and_joining_two_nouns_before_we_have_assumed_is_no_cut() -> None:
    """ "With respect to agreements and instruments signed by natural persons, we have assumed
    ..." is one sentence; "..., and, in that examination, we have assumed ..." is cut."""
    one = (
        "Ladies and Gentlemen:\n\nWith respect to agreements and instruments signed by natural "
        "persons, we have assumed the legal competency of such persons.\n"
    )
    assert len(bodies(one)) == 1
    two = (
        "Ladies and Gentlemen:\n\nWe have examined the articles of the Company, and, in that "
        "examination, we have assumed the genuineness of all signatures.\n"
    )
    assert len(bodies(two)) == 2
