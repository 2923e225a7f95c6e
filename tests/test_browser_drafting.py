# ruff: noqa: F811  (the browser fixtures are imported from test_browser and named as arguments)
"""Drafting from a letter in headless Chromium: copy as flowing text or as filed, several clauses
at once, and every bundled letter downloaded as Word and read back with python-docx."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from precedent_bank.records.bank import Bank
from precedent_bank.records.drafting import PARAGRAPH_JOIN, SPACE, drafting_text
from precedent_bank.records.letter import clause_anchors, layout
from tests.conftest import ROOT
from tests.test_browser import browser, page, server  # noqa: F401  (fixtures)

SEED_ID = "hartford-2004-senior-notes"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BUNDLED = sorted(p.stem for p in (ROOT / "precedents").glob("*.yml"))


def _no_space(text: str) -> str:
    return re.sub(f"[{re.escape(SPACE)}]+", "", text)


def _copy(page: object, anchor: str, shift: bool = False) -> str:
    page.hover("#" + anchor)  # type: ignore[attr-defined]
    modifiers = ["Shift"] if shift else []
    page.click(f"#{anchor} .pb-copy", modifiers=modifiers)  # type: ignore[attr-defined]
    return str(page.evaluate("navigator.clipboard.readText()"))  # type: ignore[attr-defined]


def test_copy_is_flowing_by_default_and_as_filed_on_request(
    page: object, server: str, bundled_bank: Bank
) -> None:
    clauses = bundled_bank.by_id[SEED_ID].precedent.clauses
    anchors = clause_anchors(clauses)
    i = next(n for n, c in enumerate(clauses) if c.type == "documents-examined")
    page.goto(server + f"precedents/{SEED_ID}/")  # type: ignore[attr-defined]
    flowing = _copy(page, anchors[i])
    assert flowing == drafting_text(layout(clauses), {i})
    assert "\n" not in flowing
    assert not flowing.startswith(" ")
    assert clauses[i].text.count("\n") > 2  # the filed text does break its lines
    page.click("[data-pb-copy-mode]")  # type: ignore[attr-defined]
    assert page.get_attribute("[data-pb-copy-mode]", "aria-pressed") == "true"  # type: ignore[attr-defined]
    assert _copy(page, anchors[i]) == clauses[i].text
    page.reload()  # type: ignore[attr-defined]  # the choice is remembered
    assert _copy(page, anchors[i]) == clauses[i].text


def test_shift_click_copies_consecutive_clauses(
    page: object, server: str, bundled_bank: Bank
) -> None:
    clauses = bundled_bank.by_id[SEED_ID].precedent.clauses
    anchors = clause_anchors(clauses)
    first = next(n for n, c in enumerate(clauses) if c.type == "qualification-bankruptcy")
    last = first + 2
    page.goto(server + f"precedents/{SEED_ID}/")  # type: ignore[attr-defined]
    _copy(page, anchors[first])
    both = _copy(page, anchors[last], shift=True)
    assert both == drafting_text(layout(clauses), set(range(first, last + 1)))
    assert clauses[first + 1].text.strip()[:30] in both.replace("\n", " ")
    page.click("[data-pb-copy-mode]")  # type: ignore[attr-defined]
    _copy(page, anchors[last])
    filed = _copy(page, anchors[first], shift=True)  # backwards works too
    assert filed == "".join(c.text for c in clauses[first : last + 1])


def test_every_clause_copies_flowing_and_as_filed(
    page: object, server: str, bundled_bank: Bank
) -> None:
    # Prose, short lines (the address, the signature) and paragraphs shared by several
    # clauses: each clause's copy is its own drafting form, or exactly its text as filed.
    clauses = bundled_bank.by_id[SEED_ID].precedent.clauses
    paragraphs = layout(clauses)
    assert {p.kind for p in paragraphs} == {"prose", "lines"}
    anchors = clause_anchors(clauses)
    page.goto(server + f"precedents/{SEED_ID}/")  # type: ignore[attr-defined]
    flowing = [_copy(page, anchor) for anchor in anchors]
    assert flowing == [drafting_text(paragraphs, {i}) for i in range(len(clauses))]
    assert any("\n" in text for text in flowing)  # short lines stay lines
    page.click("[data-pb-copy-mode]")  # type: ignore[attr-defined]
    assert [_copy(page, anchor) for anchor in anchors] == [c.text for c in clauses]


def _download(page: object, label: str, dest: Path) -> Path:
    with page.expect_download() as info:  # type: ignore[attr-defined]
        page.click(f'[data-pb-docx="{label}"]')  # type: ignore[attr-defined]
    path = dest / info.value.suggested_filename
    info.value.save_as(str(path))
    return path


@pytest.mark.parametrize("record_id", BUNDLED)
def test_word_file_reads_back_to_the_letter(
    page: object, server: str, bundled_bank: Bank, record_id: str, tmp_path: Path
) -> None:
    p = bundled_bank.by_id[record_id].precedent
    page.goto(server + f"precedents/{record_id}/")  # type: ignore[attr-defined]
    for label in ("comments", "plain"):
        path = _download(page, label, tmp_path)
        assert path.name == f"{record_id}{'' if label == 'comments' else '-plain'}.docx"
        document = docx.Document(str(path))
        text = PARAGRAPH_JOIN.join(para.text for para in document.paragraphs)
        # The join rule: Word paragraphs joined by a blank line give the drafting form exactly,
        # and, white space aside, the letter as filed, character for character.
        assert text == drafting_text(layout(p.clauses))
        assert _no_space(text) == _no_space(p.text)
        with zipfile.ZipFile(path) as package:
            assert package.testzip() is None
            names = package.namelist()
            if label == "plain":
                assert "word/comments.xml" not in names
                continue
            comments = etree.fromstring(package.read("word/comments.xml"))
        found = ["".join(c.itertext()) for c in comments.iter(f"{W}comment")]
        assert len(found) == len(p.clauses)  # one per clause, its type first, then its note
        for clause, comment in zip(p.clauses, found, strict=True):
            assert comment.startswith(_type_name(clause.type))
            if clause.note:
                assert len(comment) > len(_type_name(clause.type))


def _type_name(slug: str) -> str:
    from precedent_bank.taxonomy import load_taxonomy

    return load_taxonomy().types[slug].name
