"""A letter's text as a lawyer drafts with it: flowing paragraphs instead of the filing's lines.

A filed letter breaks its lines where the filing's page did and indents with spaces; pasted into
Word, that text keeps every break. The drafting form of a paragraph (of the letter's layout, see
letter.py) follows two rules, which docs/javascripts/drafting.js applies in the same way when it
copies a clause or makes a Word file:

- prose (see `paragraph_kind`): every run of white space, line breaks included, becomes one
  space, and the paragraph loses its leading and trailing white space;
- short lines (addresses, signatures): a run of white space that holds a line break (LF, CR,
  VT or FF) becomes one line break, other runs stay as they are, and the paragraph loses its
  leading and trailing white space - so the lines stay lines, without their indent.

Paragraphs that are left empty are dropped; the paragraphs are joined by a blank line. Only white
space changes: with white space removed, the drafting form equals the letter as filed.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from typing import Literal

from precedent_bank.records.letter import Paragraph

SPACE = " \t\n\r\x0b\x0c"
"""The characters the rules treat as white space (JavaScript's \\s is wider: drafting.js lists
these same six)."""
PARAGRAPH_JOIN = "\n\n"
"""Between two paragraphs of the drafting form, and between the paragraphs of a Word file read
back with python-docx."""

_RUN = re.compile(f"[{re.escape(SPACE)}]+")
_BREAKS = frozenset("\n\r\x0b\x0c")


def flowing(text: str, kind: Literal["prose", "lines"]) -> str:
    """One paragraph's text in its drafting form (the rules in the module docstring)."""

    def separator(run: re.Match[str]) -> str:
        if kind == "prose":
            return " "
        return "\n" if _BREAKS.intersection(run.group()) else run.group()

    return _RUN.sub(separator, text).strip(SPACE)


def drafting_paragraphs(
    paragraphs: Sequence[Paragraph], clauses: Container[int] | None = None
) -> list[str]:
    """The drafting form of the letter, paragraph by paragraph, or of some of its clauses.

    Args:
        paragraphs: the letter's layout (`letter.layout`).
        clauses: positions of the clauses to keep (all when None); a paragraph's kind is that
            of the whole paragraph, so copying part of it flows the same way as the whole.
    """
    out = []
    for para in paragraphs:
        text = "".join(p.text for p in para.pieces if clauses is None or p.index in clauses)
        if text := flowing(text, para.kind):
            out.append(text)
    return out


def drafting_text(paragraphs: Sequence[Paragraph], clauses: Container[int] | None = None) -> str:
    """The drafting form as one text: paragraphs joined by a blank line."""
    return PARAGRAPH_JOIN.join(drafting_paragraphs(paragraphs, clauses))
