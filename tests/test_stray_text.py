"""Stray text above a letter, and EDGAR index lines on a line of their own (issue 8, session 10).

A copy saved from a web page or a filing agent's document can carry lines above the letter
that nobody at the firm wrote; the taxonomy types them `other`. Every letter here is fictional.
"""

from __future__ import annotations

import pytest

from precedent_bank.importer import edgar_lines
from precedent_bank.importer.letter import Letter
from precedent_bank.importer.recogniser import Recogniser
from precedent_bank.importer.record import draft_record
from precedent_bank.importer.segment import segment
from tests.test_importer import letter

LETTER = (
    "Exhibit 5.1\n\nMarch 3, 2015\n\nFarrowdale Mills, Inc.\n12 Quay Street\nBoston, MA 02110\n\n"
    "Ladies and Gentlemen:\n\nWe have acted as counsel to Farrowdale Mills, Inc. in connection "
    "with its Registration Statement on Form S-3.\n\nWe consent to the filing of this opinion "
    "as Exhibit 5.1.\n\nVery truly yours,\n\n/s/ Halverson & Trent LLP\n"
)
WEB_PAGE = (
    "- FRML Dashboard\n- Financials\n- Filings\n-\nHoldings\n- Insider\n"
    "S-3 Filing\nFarrowdale Mills (FRML) S-3 Shelf registration\nFiled: 3 Mar 15, 4:05pm\n"
)
FILING_AGENT = "QuickLinks\n-- Click here to rapidly navigate through this document\n\n"
TITLE = "Farrowdale Mills, Inc. S-3\n"
NAVIGATION = (
    "FARROWDALE MILLS INC\nS-3, EX-5.1, 2015-03-03\n"
    "Previous: FARROWDALE MILLS INC, S-3, EX-4.1, 2015-03-03\n"
    "Next: FARROWDALE MILLS INC, S-3, EX-23.1, 2015-03-03\n\n"
)
FILINGS_SITE = (
    "Filings Mirror   Home   Search   Sign In\n\n"
    "Farrowdale Mills, Inc. - S-3 on 3/3/15 - EX-5.1\n\n"
    "On: Tuesday, 3/3/15   Accession #: 1234567-15-000123   File #: 333-100001\n\n"
    " 1: S-3     Registration Statement       HTML   170K\n"
    " 2: EX-5.1  Opinion re: Legality         HTML    32K\n\n"
    "This Exhibit is an HTML Document rendered as filed.  [ Alternative Formats ]\n\n"
)
"""A filings site's header (session 11), written for a fictional company."""
NAVIGATION_TO_OTHER_FILER = (
    "FARROWDALE MILLS INC\nS-4/A, EX-8, 2015-03-03\n"
    "Previous: FARROWDALE MILLS INC, S-4/A, EX-5, 2015-03-03\n"
    "Next: QUILLON FUEL CELLS INC, 8-A12G, 2015-03-03\n\n"
)
"""The site's next filing is another company's, of a form with no exhibit (session 13)."""
EXHIBIT_INDEX = (
    "Exhibit Index\nExhibit\nNumber Description\n- ------ -----------\n"
    "4.1 Restated Certificate of Incorporation of the Registrant.\n"
    "4.2 Amendment dated October 31, 1993 to By-Laws of the Registrant.\n"
    "5 Opinion of Halverson & Trent LLP.\n23.1 Consent of Independent Auditors.\n-6-\n"
)
"""The registration statement's exhibit index above the exhibit, to its page number."""


def clauses(recogniser: Recogniser, source: Letter) -> list[tuple[str, str]]:
    return [(c.type, c.text) for c in draft_record(source, recogniser).clauses]


@pytest.mark.parametrize(
    "top",
    [
        WEB_PAGE,
        FILING_AGENT,
        TITLE,
        NAVIGATION,
        NAVIGATION_TO_OTHER_FILER,
        "Back to Contents\n",
        FILINGS_SITE,
        EXHIBIT_INDEX,
        # a filings site's date of its copy, a day after the letter's (session 20)
        "EX-5.1\nPublished on March 4, 2015\n",
    ],
)
def test_stray_lines_above_the_letter_are_other(recogniser: Recogniser, top: str) -> None:
    text = top + LETTER
    found = clauses(recogniser, letter(text))
    assert found[0] == ("other", top)
    assert found[1][0] == "heading"
    assert found[1][1].startswith("Exhibit 5.1\n\nMarch 3, 2015")
    assert "".join(t for _, t in found) == text
    # nothing of a letter in it: not a clause for a reviewer to retype (an exhibit index has the
    # dates of the documents it lists, and is left to the review flag)
    assert top == EXHIBIT_INDEX or not draft_record(letter(text), recogniser).clauses[0].review


def test_stray_text_with_a_letters_words_is_left_to_the_review_flag() -> None:
    from precedent_bank.importer.stray import reads_as_letter

    assert not reads_as_letter(NAVIGATION + FILINGS_SITE + WEB_PAGE + FILING_AGENT + TITLE)
    assert reads_as_letter("Previous: FARROWDALE MILLS INC, S-3\nWe have acted as counsel\n")
    assert reads_as_letter("Filed: 3 Mar 15\nMarch 3, 2015\n")


@pytest.mark.parametrize(
    "text",
    [
        # the letter's own lines come first: nothing above them is stray
        "Exhibit 5.1\n\nMarch 3, 2015\n\nBack to Contents\n\nLadies and Gentlemen:\n",
        "Halverson & Trent LLP\nMarch 3, 2015\nQuickLinks\n",
        # a letterhead line naming a form, with no exhibit caption under it
        "Halverson & Trent LLP S-3\n12 Quay Street\n",
        # a sentence about a filing, not a page's caption
        "We note the registration statement was filed: 3 Mar 15, at 4:05pm.\n",
        # an exhibit index with a salutation before any page number: the letter's own
        "Exhibit Index\n5 Opinion of counsel\nLadies and Gentlemen:\nWe have acted ...\n-2-\n",
        # a copy that lost its line breaks: the link and the whole letter on one line
        FILING_AGENT.replace("\n", " ") + " ".join(LETTER.split()),
    ],
)
def test_a_letter_is_never_cut_into(text: str) -> None:
    assert segment(text)[0].zone != "other"


@pytest.mark.parametrize(
    "line",
    [
        "EX-5.1 2 d81.htm EXHIBIT 5.1 OPINION\n",  # a word after the caption
        "EX-5.1 2 d81_ex5-1.htm EXHIBIT 5.1 d81_ex5-1.htm\n",  # the file name again
        "EX-5.1 2 d81.htm EXHIBIT 5.1 Exhibit\n",  # a stray word of the page's title
        "EX-5.(A) 6 d81ex5a.htm EX-5.(A)\n",  # an exhibit numbered with a letter
    ],
)
def test_a_short_index_line_is_edgars_whole(line: str) -> None:
    text = line + "\n" + LETTER
    assert edgar_lines.spans(text) == [(0, len(line) + 1)]


def test_a_date_on_the_index_line_starts_the_letter_there() -> None:
    line = "EX-5.1 2 d81.htm OPINION OF HALVERSON & TRENT LLP "
    text = line + "EXHIBIT 5.1 March 3, 2015 Farrowdale Mills, Inc.\n\n" + LETTER
    assert edgar_lines.spans(text)[0] == (0, len(line))


def test_the_firms_own_holding_named_with_the_firm_is_other(recogniser: Recogniser) -> None:
    sentence = (
        "Partners of and counsel to Halverson & Trent LLP hold, in the aggregate, 4,000 shares "
        "of the Company's common stock."
    )
    text = LETTER.replace("\nWe consent", f"\n{sentence}\n\nWe consent")
    assert ("other", sentence + "\n\n") in clauses(recogniser, letter(text))


def test_the_list_of_what_the_firms_people_hold_is_other_with_its_lead_in(
    recogniser: Recogniser,
) -> None:
    lead = (
        "Partners of and counsel to Halverson & Trent LLP own, in the aggregate, the following "
        "securities of the Company:"
    )
    items = "(a) 4,000 shares of its common stock; and (b) warrants to purchase 1,000 shares."
    text = LETTER.replace("\nWe consent", f"\n{lead} {items}\n\nWe consent")
    found = clauses(recogniser, letter(text))
    held = [t for t, c in found if "aggregate" in c or "warrants" in c]
    assert held == ["other"]  # the lead-in and its items, one clause
