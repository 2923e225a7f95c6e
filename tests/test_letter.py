"""Anchors and paragraphs: stable ids, real paragraphs, and never a character lost or moved."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from precedent_bank.records.letter import clause_anchors, layout
from precedent_bank.records.models import Clause


def clause(ctype: str, text: str, **extra: object) -> Clause:
    return Clause.model_validate({"type": ctype, "text": text, **extra})


def test_anchors_come_from_position_unless_an_id_is_given() -> None:
    clauses = [
        clause("assumption-other", "A."),
        clause("qualification-bankruptcy", "B."),
        clause("assumption-other", "C.", id="effectiveness"),
        clause("assumption-other", "D."),
    ]
    assert clause_anchors(clauses) == ["clause-1", "clause-2", "effectiveness", "clause-4"]


def test_anchors_do_not_change_when_a_type_is_corrected() -> None:
    before = [clause("heading", "X"), clause("assumption-other", "Y"), clause("opinion-debt", "Z")]
    after = [clause("heading", "X"), clause("opinion-debt", "Y"), clause("opinion-debt", "Z")]
    assert clause_anchors(before) == clause_anchors(after)


def test_anchors_do_not_change_when_text_changes() -> None:
    before = [clause("heading", "X"), clause("opinion-debt", "Y")]
    after = [clause("heading", "X, edited"), clause("opinion-debt", "Y, edited")]
    assert clause_anchors(before) == clause_anchors(after)


def visible(paragraphs: list) -> list[list[str]]:
    return [[p.anchor for p in para.pieces] for para in paragraphs]


def test_clauses_sharing_a_paragraph() -> None:
    clauses = [
        clause("opinion-debt", "The Notes are binding.\n"),
        clause("qualification-bankruptcy", "Subject to (1) bankruptcy and\n"),
        clause("qualification-equity", "(2) equity.\n", paragraph="same"),
        clause("signature", "Yours,\n"),
    ]
    assert visible(layout(clauses)) == [["clause-1"], ["clause-2", "clause-3"], ["clause-4"]]


def test_blank_lines_end_paragraphs_inside_a_clause_and_are_kept_as_gaps() -> None:
    paragraphs = layout([clause("heading", "Exhibit 5.1\n\nMarch 1, 2020\n\n\nDear Sirs:\n")])
    assert [p.text for p in paragraphs] == ["Exhibit 5.1", "March 1, 2020", "Dear Sirs:"]
    assert [[g.text for g in p.gap] for p in paragraphs] == [["\n\n"], ["\n\n\n"], ["\n"]]


def test_blank_line_breaks_even_between_same_paragraph_clauses() -> None:
    clauses = [
        clause("consent", "We consent.\n\n"),
        clause("consent-section-7", "No admission.", paragraph="same"),
    ]
    assert visible(layout(clauses)) == [["clause-1"], ["clause-2"]]


def test_indentation_stays_with_its_paragraph() -> None:
    paragraphs = layout(
        [clause("engagement", "Intro.\n\n"), clause("opinion-debt", "      Opinion.")]
    )
    assert paragraphs[1].text == "      Opinion."
    assert paragraphs[1].indented


def test_short_lines_are_kept_as_lines_and_prose_may_reflow() -> None:
    address = layout([clause("heading", "Acme Corp.\n1 Main Street\nSpringfield\n")])
    prose = layout(
        [
            clause(
                "engagement",
                "We have acted as counsel to Acme Corp., a Delaware corporation, in connection\n"
                "with its registration statement.\n",
            )
        ]
    )
    assert address[0].kind == "lines"
    assert prose[0].kind == "prose"


def test_a_list_set_out_one_item_to_a_line_keeps_its_lines() -> None:
    """Unpunctuated bullets reflowed ran into one line: "- signatures - the authenticity"."""
    items = (
        "- the genuineness of all signatures on every document that we have reviewed\n"
        "- the authenticity of all documents submitted to us as originals\n"
    )
    assert layout([clause("assumption-genuineness", items)])[0].kind == "lines"
    numbered = "(a) the genuineness of all signatures on every document that we reviewed;\n(b) x\n"
    assert layout([clause("assumption-genuineness", numbered)])[0].kind == "lines"
    wrapped = items.replace("\n- the", "\nthe", 1)  # a wrapped line: prose after all
    assert layout([clause("assumption-genuineness", wrapped)])[0].kind == "prose"


pieces_of_text = (
    st.lists(
        st.sampled_from(["We", " opine", ".", " ", "\n", "\n\n", "   ", "\t", "x\n \n", "é"]),
        min_size=1,
        max_size=12,
    )
    .map("".join)
    .filter(lambda t: t.strip())
)


@given(
    texts=st.lists(pieces_of_text, min_size=1, max_size=8),
    same=st.lists(st.booleans(), min_size=8, max_size=8),
)
def test_layout_keeps_every_character_once_in_order(texts: list[str], same: list[bool]) -> None:
    clauses = [
        clause("other", t, paragraph="same" if s and i else "new")
        for i, (t, s) in enumerate(zip(texts, same, strict=False))
    ]
    paragraphs = layout(clauses)
    pieces = [piece for para in paragraphs for piece in (*para.pieces, *para.gap)]
    assert "".join(p.text for p in pieces) == "".join(texts)
    for i, text in enumerate(texts):
        assert "".join(p.text for p in pieces if p.index == i) == text
    assert [p.index for p in pieces] == sorted(p.index for p in pieces)
    starts = [p.index for p in pieces if p.starts_clause]
    assert starts == list(range(len(texts)))
