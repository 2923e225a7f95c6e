"""Opinions of foreign and offshore counsel (issue 8, session 36): a company's existence said in
the words of its own country, and one sentence that gives two opinions in turn.

Every sentence here is fictional; each test pins one general rule down.
"""

from __future__ import annotations

import pytest

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
