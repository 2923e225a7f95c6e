"""EDGAR header lines and page markers are page furniture, kept verbatim (issue 8).

Every letter here is fictional.
"""

from __future__ import annotations

import pytest

from precedent_bank.importer import edgar_lines
from precedent_bank.importer.evaluation import as_furniture, same_firm
from precedent_bank.importer.letter import Letter
from precedent_bank.importer.metadata import read_facts
from precedent_bank.importer.recogniser import Recogniser
from precedent_bank.importer.record import draft_record
from tests.test_importer import letter

BODY = (
    "Ladies and Gentlemen:\n\nWe have acted as counsel to Farrowdale Mills, Inc. in connection "
    "with its Registration Statement on Form S-3.\n\nWe consent to the filing of this opinion "
    "as Exhibit 5.1.\n\nVery truly yours,\n\n/s/ Halverson & Trent LLP\n"
)
INDEX_LINE = "EX-5.1 4 d81234dex51.htm OPINION OF HALVERSON & TRENT LLP "
SUBMISSION_TAGS = (
    "<DOCUMENT>\n<TYPE>EX-5.1\n<SEQUENCE>4\n<FILENAME>d81234dex51.txt\n"
    "<DESCRIPTION>OPINION OF HALVERSON & TRENT LLP\n<TEXT>\n<PAGE>\n\n"
)


def clauses(recogniser: Recogniser, source: Letter) -> list[tuple[str, str]]:
    return [(c.type, c.text) for c in draft_record(source, recogniser).clauses]


def test_the_index_line_is_furniture_up_to_where_the_letter_starts(
    recogniser: Recogniser,
) -> None:
    text = INDEX_LINE + "EXHIBIT 5.1 March 3, 2015 Farrowdale Mills, Inc. " + BODY
    found = clauses(recogniser, letter(text))
    assert found[0] == ("page-furniture", INDEX_LINE)
    assert found[1][0] == "heading"
    assert found[1][1].startswith("EXHIBIT 5.1 March 3, 2015")
    assert "".join(t for _, t in found) == text


@pytest.mark.parametrize("exhibit", ["EX-5.1.1", "EX-5.01", "EX-8(A)", "EX-5", "EX-99.(L)(3)"])
def test_an_index_line_of_any_exhibit_number_is_furniture(
    recogniser: Recogniser, exhibit: str
) -> None:
    """A filing's third exhibit of opinions is "EX-5.1.1", and an N-2's opinion "EX-99.(L)(3)":
    their index lines are EDGAR's too."""
    line = INDEX_LINE.replace("EX-5.1", exhibit)
    found = clauses(recogniser, letter(line + "\nEXHIBIT 5.1\n\nMarch 3, 2015\n\n" + BODY))
    assert found[0] == ("page-furniture", line + "\n")


def test_submission_tags_and_page_markers_are_furniture(recogniser: Recogniser) -> None:
    text = (
        SUBMISSION_TAGS
        + "                    EXHIBIT 5.1\n\nMarch 3, 2015\n\n"
        + BODY.replace("\n\nWe consent", "\n\n<PAGE>   2\n\nWe consent")
        + "</TEXT>\n</DOCUMENT>\n"
    )
    found = clauses(recogniser, letter(text))
    assert found[0] == ("page-furniture", SUBMISSION_TAGS + "                    ")
    assert ("page-furniture", "<PAGE>   2\n\n") in found
    assert found[-1] == ("page-furniture", "</TEXT>\n</DOCUMENT>\n")
    assert "".join(t for _, t in found) == text


def test_facts_still_come_from_the_index_line() -> None:
    heading = "March 3, 2015\n\nFarrowdale Mills, Inc.\n\nLadies and Gentlemen:\n\n"
    text = INDEX_LINE + "\n\n" + heading
    facts = read_facts(text, [("page-furniture", INDEX_LINE + "\n\n"), ("heading", heading)])
    assert facts.firm is not None
    assert same_firm(facts.firm, "Halverson & Trent LLP")
    assert facts.exhibit == "5.1"


@pytest.mark.parametrize(
    "line",
    [
        "We have reviewed <PAGE> markers in the filing.\n",  # tags inside a sentence
        "EX-5.1 is the exhibit number we were asked to use.\n",  # no sequence or file name
        "EX-5 2 Shares were issued.\n",  # no file name, and no description in capitals
        "<TABLE>\n",  # not a header tag
    ],
)
def test_letter_text_is_not_taken_for_an_edgar_line(line: str) -> None:
    assert edgar_lines.spans(line) == []
    assert edgar_lines.header_end(line) == 0


def test_an_older_text_filings_index_line_has_no_file_name() -> None:
    """ "EX-5 2 OPINION AND CONSENT OF ..." (a 1990s text filing: type, sequence and the
    description in capitals, no file) was typed the letter's heading."""
    line = "EX-5 2 OPINION AND CONSENT OF GARRICK, LOWELL & DUNMORE LLP\n\n"
    assert edgar_lines.header_end(line + "EXHIBIT 5\n\nDear Sirs:\n") == len(line)


def test_the_benchmark_counts_old_labels_on_edgar_lines_as_furniture() -> None:
    heading = "<PAGE>\n\n   EXHIBIT 5\n\n"
    text = INDEX_LINE + "\n" + heading + "We have acted as counsel.\n<PAGE>\n"
    truth = (
        ["other"] * (len(INDEX_LINE) + 1)
        + ["heading"] * len(heading)
        + ["engagement"] * len("We have acted as counsel.\n")
        + ["engagement"] * len("<PAGE>\n")  # a body label on a marker is left alone
    )
    mapped = as_furniture(truth, text)
    page = text.index("EXHIBIT 5")
    assert mapped[:page] == ["page-furniture"] * page
    assert mapped[page : page + len("EXHIBIT 5\n\n")] == ["heading"] * len("EXHIBIT 5\n\n")
    assert mapped[-len("<PAGE>\n") :] == ["engagement"] * len("<PAGE>\n")


def test_a_letter_without_line_breaks_is_not_swallowed_by_its_index_line(
    recogniser: Recogniser,
) -> None:
    """A copy that lost its line breaks is one line: the description stops with its capitals,
    so the letterhead in capitals is furniture with it and the date and body are the letter."""
    head = INDEX_LINE + "HALVERSON & TRENT LLP 40 QUAY STREET BOSTON MA 02110 "
    text = head + "March 3, 2015 Farrowdale Mills, Inc. " + " ".join(BODY.split())
    assert edgar_lines.spans(text) == [(0, len(head))]
    found = clauses(recogniser, letter(text))
    assert found[0] == ("page-furniture", head)
    assert "engagement" in [t for t, _ in found]


def test_a_short_index_line_keeps_its_mixed_case_description() -> None:
    line = "EX-5.1 2 d9.htm Opinion of Halverson & Trent LLP\n"
    assert edgar_lines.spans(line + BODY) == [(0, len(line))]


def test_a_page_marker_inside_the_heading_is_furniture(recogniser: Recogniser) -> None:
    # "EXHIBIT 8.1" above "<PAGE>" above the letterhead: the marker was typed heading with them.
    top = "EXHIBIT 8.1\n"
    rest = "HALVERSON & TRENT LLP\n40 Quay Street\n\nMarch 3, 2015\n\nFarrowdale Mills, Inc.\n\n"
    text = top + "<PAGE>\n\n" + rest + BODY
    found = clauses(recogniser, letter(text))
    salutation = "Ladies and Gentlemen:\n\n"  # BODY opens with it
    assert found[:3] == [
        ("heading", top),
        ("page-furniture", "<PAGE>\n\n"),
        ("heading", rest + salutation),
    ]
    assert "".join(t for _, t in found) == text
    facts = read_facts(text, found)
    assert facts.firm is not None
    assert same_firm(facts.firm, "Halverson & Trent LLP")
