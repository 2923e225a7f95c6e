"""Opinions of foreign and offshore counsel (issue 8, session 36): a company's existence said in
the words of its own country, and one sentence that gives two opinions in turn.

Every sentence here is fictional; each test pins one general rule down.
"""

from __future__ import annotations

import pytest

from precedent_bank.importer.cues import cue_scores
from precedent_bank.importer.segment import segment
from tests.test_generalising import types
from tests.test_outside_shapes import day_one, in_a_letter, strongest


@pytest.mark.parametrize(
    "sentence",
    [
        # registered, not incorporated, and "limited by shares" names the company's kind
        "we are of the opinion that the Company is incorporated and registered in Queensland "
        "under the Corporations Act as a public company limited by shares.",
        "(a) the Company is a public limited company (allmennaksjeselskap) validly incorporated "
        "under the laws of Norway;",
        "we are of the opinion that the Company is a valid and subsisting company under the "
        "Business Corporations Act (Alberta).",
    ],
)
def test_a_company_existing_in_its_own_countrys_words_is_the_existence_opinion(
    sentence: str,
) -> None:
    assert strongest(sentence) == "opinion-existence"


TWO_OPINIONS = (
    "On the basis of and subject to the foregoing, we are of the opinion that the Company is an "
    "exempted company duly incorporated and existing under the laws of Bermuda in good standing "
    "(meaning only that it has paid every fee owed to the Registrar of Companies), and that, "
    "when issued as the Registration Statement describes and paid for in full, the Common "
    "Shares will be validly issued, fully paid and non-assessable."
)


def test_a_sentence_that_gives_two_opinions_in_turn_is_cut_between_them() -> None:
    typed = types(day_one(), in_a_letter(TWO_OPINIONS))
    opinions = [(t, text.lstrip()[:8]) for t, text in typed if t.startswith("opinion")]
    assert opinions == [("opinion-existence", "On the b"), ("opinion-equity", "and that")]


def test_a_sentence_that_gives_one_opinion_on_its_conditions_is_not_cut() -> None:
    """ "and that" joins the conditions of one opinion, not a second opinion."""
    one = (
        "We are of the opinion that, when the Registration Statement has become effective and "
        "the Board has fixed the price, and that price has been paid in full, the Common Shares "
        "will be validly issued, fully paid and non-assessable."
    )
    opinions = [t for t, _ in types(day_one(), in_a_letter(one)) if t.startswith("opinion")]
    assert opinions == ["opinion-equity"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # an in-house lawyer says who they are: no firm acts as counsel
        (
            "I am the General Counsel (Consejero Jurídico) of Grupo Peñasco, S.A.B. de C.V., a "
            "sociedad anónima bursátil organized under the laws of Mexico.",
            "engagement",
        ),
        (
            "(d) the effect of judicial decisions that may admit parol evidence to vary the "
            "terms of a written agreement;",
            "qualification-other",
        ),
        (
            "We express no opinion on the subject-matter jurisdiction of any federal court of "
            "the United States over an action on the Bonds.",
            "qualification-other",
        ),
        (
            "(iii) that the Indenture is a binding and enforceable agreement of the Trustee.",
            "assumption-other-parties",
        ),
    ],
)
def test_foreign_and_in_house_counsels_sentences_name_their_type(sentence: str, kind: str) -> None:
    scores, _ = cue_scores(sentence)
    assert max(scores, key=lambda t: scores[t]) == kind


def test_an_assumption_the_firm_has_not_verified_lists_assumptions_not_opinions() -> None:
    body = (
        "In addition, we have assumed and have not verified (i) the accuracy as to factual "
        "matters of each certificate we have reviewed, (ii) that the Guarantor is duly "
        "incorporated, validly existing and in good standing under the laws of Peru, and "
        "(iii) that the Indenture is a binding and enforceable agreement of the Trustee.\n\n"
        "Based on the foregoing, it is our opinion that the Bonds are valid and binding "
        "obligations of the Issuer."
    )
    typed = [(t, text[:5]) for t, text in types(day_one(), in_a_letter(body))]
    assert ("opinion-existence", "(ii) ") not in typed
    assert typed[1:4] == [
        ("assumption-factual-reliance", "In ad"),
        ("assumption-other", "(ii) "),
        ("assumption-other-parties", "(iii)"),
    ]


def test_items_with_no_marker_one_to_a_long_line_are_each_a_clause() -> None:
    """A converted page puts each item on a line of its own, in lower case after the one
    before ends in ";": lines longer than text is wrapped at, so each is an item."""
    body = (
        "For the purposes of this opinion, we have assumed:\n"
        "the genuineness of all signatures and seals on the documents we have examined, and "
        "that every copy we were given conforms to its original;\n"
        "that each issue of Shares under the Plan will be made in accordance with the Plan "
        "rules and the constitution of the Company as in force at the time of issue; and\n"
        "that the issue price of each Share will be paid in full to the Company in cash before "
        "that Share is issued."
    )
    units = [u.text[:9] for u in segment(in_a_letter(body)) if u.zone == "body"]
    assert units == ["For the p", "that each", "that the "]
    typed = [t for t, _ in types(day_one(), in_a_letter(body))]
    assert typed[1:3] == ["assumption-genuineness", "assumption-other"]


def test_a_hard_wrapped_lines_semicolon_is_no_item_of_its_own() -> None:
    """Lines of a hard-wrapped paragraph are short: one ending in ";" goes on below."""
    body = (
        "We have assumed the genuineness of all signatures and the conformity to originals\n"
        "of all copies; that each issue of Shares under the Plan will be made in accordance\n"
        "with the Plan rules; and that the issue price of each Share will be paid in full."
    )
    units = [u for u in segment(in_a_letter(body)) if u.zone == "body"]
    assert all(not u.text.startswith("that each issue") for u in units)


HEAD = "Kellmore Basin Resources Holdings Limited" + " " * 22 + "14 March 2011"
"""A running head longer than any other, but for the spaces across its middle."""


def test_a_running_head_spaced_across_the_line_is_page_furniture() -> None:
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as Australian counsel to Kellmore Basin Limited "
        "(the Company).\n\n<PAGE>\n\n" + HEAD + "\n"
        "                                  2\n\n4.   OPINION\n\nIn our opinion, the Shares will "
        "be validly issued, fully paid and non-assessable.\n\nYours faithfully\n\n"
        "/s/ Orrin Tate Lawyers\n"
    )
    furniture = [u.text.strip() for u in segment(text) if u.zone == "page-furniture"]
    assert furniture == [f"<PAGE>\n\n{HEAD}\n                                  2"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("This opinion is subject to the following:", "qualification-other"),
        (
            "A certificate of good standing confirms only that the Company has paid its fees "
            "to the Registrar of Corporate Affairs.",
            "qualification-other",
        ),
        (
            "6. With respect to the Units, when the Board has fixed their terms and they have "
            "been delivered against payment, the Units will have been duly authorised by the "
            "Company.",
            "opinion-other",
        ),
        (
            "We understand that this opinion will be filed as an exhibit to a Report on Form "
            "6-K to be incorporated by reference into the Registration Statement.",
            "engagement",
        ),
    ],
)
def test_offshore_counsels_leads_and_caveats_name_their_type(sentence: str, kind: str) -> None:
    scores, _ = cue_scores(sentence)
    assert max(scores, key=lambda t: scores[t]) == kind


def test_an_item_a_page_break_cut_ends_before_the_next_items() -> None:
    """ "(a) the Company has been duly incorporated ... under the" / page 2 / "laws of Bermuda;
    (b) the Shares ...; (c) ...": the end of (a) goes with (a), whatever follows it."""
    text = (
        "Ladies and Gentlemen:\n\nIn our opinion: (a) the Company has been duly incorporated "
        "and is validly existing in good standing under the\n\n                -2-\n<PAGE>\n\n"
        "laws of Bermuda; (b) the Shares, when issued and paid for, will be validly issued, "
        "fully paid and non-assessable; and (c) the Shares held by the Selling Shareholders "
        "have been validly issued and are fully paid and non-assessable.\n\n"
        "Yours faithfully,\n\n/s/ Wexcombe & Tull\n"
    )
    units = [u.text.strip() for u in segment(text) if u.zone == "body"]
    assert "laws of Bermuda;" in units
    typed = [t for t, _ in types(day_one(), text)]
    existence, furniture, equity = "opinion-existence", "page-furniture", "opinion-equity"
    assert typed[1:5] == [existence, furniture, existence, equity]
