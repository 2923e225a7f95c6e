"""The drafting form of a letter: flowing paragraphs, only white space changed."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from precedent_bank.records.bank import Bank
from precedent_bank.records.drafting import SPACE, drafting_paragraphs, drafting_text, flowing
from precedent_bank.records.letter import layout
from precedent_bank.records.models import Clause


def _no_space(text: str) -> str:
    return re.sub(f"[{re.escape(SPACE)}]+", "", text)


def test_prose_loses_its_line_breaks_and_indents() -> None:
    text = "   We have examined\n   originals or copies,\r\ncertified  or\totherwise.\n"
    assert flowing(text, "prose") == "We have examined originals or copies, certified or otherwise."


def test_short_lines_stay_lines_without_their_indent() -> None:
    text = "    ACME LLP\n    1 Main  Street\n\n\x0c    New York\n"
    assert flowing(text, "lines") == "ACME LLP\n1 Main  Street\nNew York"


def test_a_paragraph_of_white_space_is_dropped() -> None:
    clauses = [
        Clause(type="heading", text="Exhibit 5.1\n\n   \n"),
        Clause(type="engagement", text="We act for the Company.\n"),
    ]
    assert drafting_paragraphs(layout(clauses)) == ["Exhibit 5.1", "We act for the Company."]


def test_some_clauses_of_a_paragraph() -> None:
    examined = "We examined the records we needed for this letter, " * 2  # a line of prose
    clauses = [
        Clause(type="documents-examined", text=examined),
        Clause(type="assumption-genuineness", paragraph="same", text="assuming\n  genuineness.\n"),
        Clause(type="signature", text="/s/ Firm\n"),
    ]
    assert drafting_text(layout(clauses), {1}) == "assuming genuineness."
    assert drafting_text(layout(clauses), {1, 2}) == "assuming genuineness.\n\n/s/ Firm"


def test_every_bundled_letter_keeps_every_character_but_white_space(bundled_bank: Bank) -> None:
    for record in bundled_bank.records:
        text = drafting_text(layout(record.precedent.clauses))
        assert _no_space(text) == _no_space(record.precedent.text)
        assert not re.search(r"^[ \t]", text, re.MULTILINE)  # no leading spaces


@given(st.text(alphabet=st.sampled_from(list("ab .\n\t\r\x0c ")), min_size=1))
def test_only_white_space_changes(text: str) -> None:
    for kind in ("prose", "lines"):
        out = flowing(text, kind)  # type: ignore[arg-type]
        assert _no_space(out) == _no_space(text)
        assert out == out.strip(SPACE)
    assert "\n" not in flowing(text, "prose")
