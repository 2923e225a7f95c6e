"""Rule checks: the register, each rule on its seeded cases, and precision and recall."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pydantic import ValidationError

from precedent_bank.checks import Rule, applies, check_precedent, load_register, rules
from precedent_bank.checks.context import letter_context
from precedent_bank.importer import Recogniser, learn
from precedent_bank.records.bank import load_bank
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.site.findings import clause_marks, clause_rules, finding_views, rule_sections
from precedent_bank.taxonomy import load_taxonomy
from tests.conftest import ROOT
from tests.seeded import BASE_BEFORE, BASE_DEFECTS, CASES, Case, all_cases, imported, letter, score
from tests.sitetools import read_page

TARGET = 0.9
MIN_CASES = 5


@pytest.fixture(scope="module")
def recogniser() -> Recogniser:
    return learn(load_bank([ROOT / "precedents"])[0])


def test_every_rule_is_sourced_and_belongs_to_a_clause_page() -> None:
    register = load_register()
    for rule in register.rules:
        assert rule.sources, rule.id
        assert all(s.url.startswith("http") for s in rule.sources), rule.id
        assert rule.clause in load_taxonomy().types
        assert (ROOT / "docs" / "clauses" / f"{rule.clause}.md").is_file()
        assert rule.explanation.strip()
    assert len({r.id for r in register.rules}) == len(register.rules)


def test_the_seeded_set_is_big_enough() -> None:
    injected = [c for c in CASES if c.defects or c.before]
    assert len(injected) >= 60
    for rule in rules():
        cases = [c for c in injected if rule.id in c.defects]
        assert len(cases) >= MIN_CASES, f"{rule.id} has {len(cases)} seeded cases"


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c.name)
def test_each_case_finds_what_was_put_in_and_nothing_else(case: Case) -> None:
    found = check_precedent(letter(case))
    defects = {f.rule.id for f in found if f.is_defect}
    marked = {f.rule.id for f in found if not f.is_defect}
    assert defects == case.defects | BASE_DEFECTS.get(case.base, set())
    assert marked == case.before | BASE_BEFORE.get(case.base, set())


def test_precision_and_recall_on_records() -> None:
    by_rule, before = score(all_cases())
    for rule_id, s in by_rule.items():
        assert s.precision >= TARGET, (rule_id, s.misses)
        assert s.recall >= TARGET, (rule_id, s.misses)
    assert before.fp == before.fn == 0, before.misses


def test_precision_and_recall_on_letters_imported_afresh(recogniser: Recogniser) -> None:
    # As `precedents check` sees a .txt draft: the types and facts are the importer's guesses.
    by_rule, _ = score(all_cases(), recogniser)
    for rule_id, s in by_rule.items():
        assert s.precision >= TARGET, (rule_id, s.misses)
        assert s.recall >= TARGET, (rule_id, s.misses)


def test_a_finding_points_at_the_offending_words() -> None:
    case = next(c for c in CASES if c.name == "closing-style reliance")
    p = letter(case)
    (finding,) = check_precedent(p)
    assert p.text[finding.start : finding.end] == "solely for your benefit"
    assert p.clauses[finding.clause].type == "limitation-reliance"
    assert "solely for your benefit" in finding.message


def test_a_letter_before_slb_19_is_marked_not_faulted() -> None:
    caddo = letter(Case("caddo", "caddo-mesa-1996-ipo-common-stock"))
    (marked,) = [f for f in check_precedent(caddo) if f.rule.id == "exhibit5-reliance-limit"]
    assert not marked.is_defect
    assert marked.severity == "before"
    assert marked.before is not None
    assert marked.before.label == "SLB 19"


def test_a_cut_off_letter_is_not_faulted_for_what_its_copy_lacks() -> None:
    case = next(c for c in CASES if c.name == "no consent (equity)")
    p = letter(case)
    cut = p.model_copy(update={"clauses": p.clauses[:-1]})  # no signature, no closing
    assert not letter_context(cut).complete
    assert not check_precedent(cut)


def test_the_exhibit_number_decides_over_a_guessed_document_kind() -> None:
    rule = next(r for r in rules() if r.id == "exhibit5-reliance-limit")
    p = letter(Case("x", "marlow-2024-common-stock-takedown"))
    as_tax = p.model_copy(update={"document": "tax-opinion"})
    assert applies(rule, letter_context(as_tax))
    as_8 = p.model_copy(update={"exhibit": "8.1"})
    assert not applies(rule, letter_context(as_8))
    assert not applies(rule, letter_context(p.model_copy(update={"exhibit": "55"})))


def test_a_partnership_is_not_held_to_the_corporate_elements() -> None:
    p = letter(Case("x", "harrow-creek-2020-common-units"))
    assert letter_context(p).issuer_kind == "partnership"
    trust_inc = p.model_copy(
        update={"issuer": p.issuer.model_copy(update={"name": "Ironbark Residential Trust, Inc."})}
    )
    assert letter_context(trust_inc).issuer_kind == "corporation"


def test_imported_letters_keep_their_findings(recogniser: Recogniser) -> None:
    case = next(c for c in CASES if c.name == "no opinion on the rights shares")
    assert {f.rule.id for f in check_precedent(imported(letter(case), recogniser))} == {
        "underlying-securities-covered"
    }


def test_the_bundled_bank_has_only_the_findings_reviewed_by_hand() -> None:
    bank, _ = load_bank([ROOT / "precedents"])
    found = {
        (r.id, f.rule.id, f.severity) for r in bank.records for f in check_precedent(r.precedent)
    }
    assert found == {
        ("caddo-mesa-1996-ipo-common-stock", "exhibit5-reliance-limit", "before"),
        ("caddo-mesa-1996-ipo-common-stock", "consent-section-7", "info"),
        ("pinecrest-1997-s8-plan-shares", "not-admitted-in-opined-law", "before"),
    }


def test_seeded_letters_are_fictional_and_valid() -> None:
    bank, problems = load_bank([ROOT / "tests" / "seeded"])
    assert not problems
    for record in bank.records:
        assert "fictional" in (record.precedent.source or "")
    assert len(bank.records) == len(list(Path(ROOT / "tests" / "seeded").glob("*.yml")))


def test_the_findings_page_lists_every_rule_and_is_in_the_navigation(
    bundled_site: Path,
) -> None:
    page = read_page(bundled_site / "findings" / "index.html")
    for rule in rules():
        assert rule.id in page.ids, rule.id
    glossary = read_page(bundled_site / "glossary" / "index.html")
    nav = [a.get("href") for tag, a in glossary.tags if tag == "a"]
    assert "../findings/" in nav
    caddo = (bundled_site / "findings" / "index.html").read_text("utf-8")
    assert "../precedents/caddo-mesa-1996-ipo-common-stock/#clause-11" in caddo


def test_a_letter_page_shows_its_finding_above_the_letter_and_at_the_clause(
    bundled_site: Path,
) -> None:
    html = bundled_site / "precedents" / "caddo-mesa-1996-ipo-common-stock" / "index.html"
    text = html.read_text("utf-8")
    assert 'class="admonition note"' in text  # before SLB 19: a note, not a danger box
    assert 'class="admonition danger"' not in text
    aside = text[text.index('data-for="clause-11"') :].split("</aside>")[0]
    assert 'href="../../findings/#exhibit5-reliance-limit"' in aside
    assert "before SLB 19" in aside


def test_quoted_letter_words_in_a_finding_stay_text() -> None:
    # A phrase of the letter quoted in a message must not become Markdown or HTML.
    p = letter(next(c for c in CASES if c.name == "closing-style reliance"))
    (finding,) = check_precedent(p)
    sneaky = replace(finding, message='the letter says ("solely for *your* <b>benefit")')
    (view,) = finding_views(p, [sneaky], lambda uri: uri)
    assert "\\*your\\*" in view.text
    assert "<b>" not in view.text
    (mark,) = clause_marks(p, [sneaky], lambda uri: uri).values()
    assert "&lt;b&gt;" in mark
    assert "<b>" not in mark


def test_the_guide_names_every_rule() -> None:
    guide = (ROOT / "docs" / "guide" / "findings.md").read_text("utf-8")
    for rule in rules():
        assert f"`{rule.id}`" in guide, rule.id


def test_a_pattern_with_a_capital_is_refused() -> None:
    # Patterns are matched on the lowercased letter, so a capital letter could never match.
    rule = load_register().rules[0].model_dump()
    rule["test"]["pattern"] = r"\bSolely\s+for"
    with pytest.raises(ValidationError, match="write patterns in lowercase"):
        Rule.model_validate(rule)
    rule["test"]["pattern"] = r"\bsolely\S*\s+for"  # escapes such as \S are not capitals
    assert Rule.model_validate(rule).test.pattern


def test_the_findings_page_counts_letters_not_findings() -> None:
    # Two reliance sentences in one letter are one letter found, linked at the first.
    p = letter(next(c for c in CASES if c.name == "closing-style reliance"))
    twice = [f for f in check_precedent(p) if f.is_defect] * 2
    record = LoadedRecord("x", Path("x.yml"), "x.yml", p)
    (section,) = [
        s
        for s in rule_sections([record], lambda _: twice, lambda r, a: f"{r}#{a}", str)
        if s.rule.id == "exhibit5-reliance-limit"
    ]
    assert len(section.found) == 1
    rules_md = clause_rules("limitation-reliance", [record], lambda _: twice, str)
    assert "Found in 1 of the bank's letters" in rules_md


@pytest.mark.parametrize(
    ("opinion", "missing"),
    [
        # offshore counsel say what non-assessable means instead (facts P-3, P-5)
        ("will be validly issued, fully paid and no further sums will be payable to the Company "
         "in respect of them.", False),
        ("will be validly issued and fully paid.", True),
    ],
)  # fmt: skip
def test_saying_what_non_assessable_means_is_the_element(opinion: str, missing: bool) -> None:
    p = letter(Case("x", "marlow-2024-common-stock-takedown"))
    at = next(i for i, c in enumerate(p.clauses) if c.type == "opinion-equity")
    sentence = f"The Shares, when issued and paid for as described in the prospectus, {opinion}\n"
    clauses = list(p.clauses)
    clauses[at] = clauses[at].model_copy(update={"text": sentence})
    found = check_precedent(p.model_copy(update={"clauses": clauses}))
    elements = [f for f in found if f.rule.id == "equity-opinion-elements"]
    assert bool(elements) == missing
    assert all("non-assessable" in f.message for f in elements)
