"""Clause types and cuts on shapes of letters from firms outside the corpus (issue 8, session 6):
local counsel's, offshore counsel's and tax letters, US bank holding companies' letters.

Every letter and sentence here is fictional; each test pins one general rule down.
"""

from __future__ import annotations

import pytest

from precedent_bank.importer.cues import STRONG_CUE, cue_scores
from precedent_bank.importer.recogniser import Recogniser
from precedent_bank.importer.segment import segment
from tests.test_generalising import types


def strongest(sentence: str) -> str:
    """The type a sentence's wording names on its own ("" when none is strong)."""
    scores, _ = cue_scores(sentence)
    best = max(scores, key=lambda t: scores[t]) if scores else ""
    return best if best and scores[best] >= STRONG_CUE else ""


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
