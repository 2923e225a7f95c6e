"""Glossary terms in letter text: tooltips that change no character of the letter."""

from __future__ import annotations

import re
from html import escape, unescape
from pathlib import Path

from precedent_bank.records.bank import Bank
from precedent_bank.records.letter import clause_anchors
from precedent_bank.site.glossary_terms import GlossaryTerms
from tests.sitetools import read_page

TERMS = GlossaryTerms(
    {
        "indenture": "The contract <under> which notes are issued.",
        "Indenture": "The contract <under> which notes are issued.",
        "fully paid": "Paid in full.",
        "enforceability opinion": "The remedies opinion.",
        "opinion": "Should lose to the longer term.",
    }
)


def _mark(text: str) -> str:
    return TERMS.mark(text, lambda s: escape(s))


def _text_of(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def test_terms_are_wrapped_with_their_definition() -> None:
    html = _mark("under the Indenture & the indentures")
    assert html == (
        'under the <abbr title="The contract &lt;under&gt; which notes are issued.">'
        "Indenture</abbr> &amp; the indentures"
    )


def test_a_term_across_a_line_break_and_the_longest_term_first() -> None:
    html = _mark("are fully\n     paid; an enforceability opinion")
    assert '<abbr title="Paid in full.">fully\n     paid</abbr>' in html
    assert '<abbr title="The remedies opinion.">enforceability opinion</abbr>' in html
    assert "Should lose" not in html


def test_marking_changes_no_character() -> None:
    text = "  The Indenture,\n  fully paid, <b>&amp; opinion\r\n"
    assert _text_of(_mark(text)) == text


def test_no_glossary_marks_nothing() -> None:
    assert GlossaryTerms({}).mark("Indenture <", lambda s: escape(s)) == "Indenture &lt;"


def test_letter_pages_mark_terms_and_keep_every_clause_exact(
    bundled_site: Path, bundled_bank: Bank
) -> None:
    marked = 0
    for record in bundled_bank.records:
        path = bundled_site / "precedents" / record.id / "index.html"
        html = path.read_text("utf-8")
        marked += len(re.findall(r'<span class="pb-text">[^<]*<abbr title="', html))
        page = read_page(path)
        clauses = record.precedent.clauses
        for clause, anchor in zip(clauses, clause_anchors(clauses), strict=True):
            assert page.clause_text[anchor] == clause.text
    assert marked > 20
