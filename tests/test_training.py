"""The drills' data: only confirmed letters, the right letters for each kind of drill, one small
file per letter, and injections that find their place."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest

from precedent_bank.records.bank import Bank, load_bank
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.site.training import (
    DATA_DIR,
    NOT_MISSABLE,
    confirmed,
    defects_for,
    drill_assets,
    drill_tables,
    inject,
    letter_kind,
    missable,
)
from tests.conftest import VALID_RECORD


def _url(uri: str) -> str:
    return uri.removesuffix(".md") + "/"


def _data(script: str) -> dict[str, object]:
    match = re.fullmatch(r"pbDrillData\((.*)\);\n", script, re.DOTALL)
    assert match
    return dict(json.loads(match.group(1)))


def _bits(b64: str, count: int) -> list[int]:
    data = base64.b64decode(b64)
    return [i for i in range(count) if data[i // 8] >> (i % 8) & 1]


def test_kinds_of_the_bundled_letters(bundled_bank: Bank) -> None:
    kinds = {r.id: letter_kind(r.precedent) for r in bundled_bank.records}
    assert kinds["galloway-ridge-2016-debt-shelf"] == "shelf"
    assert kinds["hartford-2004-senior-notes"] == "takedown"
    assert kinds["quarry-hill-2006-tax-opinion"] is None  # a tax opinion is none of the three
    assert kinds["aldergate-2021-spac-units"] is None  # an IPO on Form S-1: not a shelf


def test_a_letter_that_already_breaks_a_rule_gets_no_injected_defect(bundled_bank: Bank) -> None:
    assert defects_for(bundled_bank.by_id["caddo-mesa-1996-ipo-common-stock"].precedent) == []
    hollis = defects_for(bundled_bank.by_id["hollis-peak-2023-guaranteed-notes"].precedent)
    assert "takedown-opinion-qualified" in hollis
    shelf = defects_for(bundled_bank.by_id["galloway-ridge-2016-debt-shelf"].precedent)
    assert "takedown-opinion-qualified" not in shelf  # a shelf may assume future board action


def test_missable_clauses_are_single_and_meaningful(bundled_bank: Bank) -> None:
    for record in bundled_bank.records:
        types = [c.type for c in record.precedent.clauses]
        for i in missable(record.precedent):
            assert types.count(types[i]) == 1
            assert types[i] not in NOT_MISSABLE


def test_one_file_per_confirmed_letter_and_pools_that_fit(bundled_bank: Bank) -> None:
    assets = {a.src_uri: a.content for a in drill_assets(bundled_bank.records, {}, _url)}
    shared = _data(assets.pop(f"{DATA_DIR}/shared.js"))
    letters = [_data(assets[f"{DATA_DIR}/letters/{k}.js"]) for k in range(len(assets))]
    assert len(letters) == len(bundled_bank.records)
    pools = shared["pools"]
    assert isinstance(pools, dict)
    n = len(letters)
    assert _bits(pools["label"], n) == list(range(n))
    assert _bits(pools["kind"], n) == [k for k, d in enumerate(letters) if d["kind"]]
    assert _bits(pools["defect"], n) == [k for k, d in enumerate(letters) if d["defects"]]
    for d in letters:
        record = bundled_bank.by_id[str(d["id"])]
        text = "".join(piece[1] for para in d["paragraphs"] for piece in para[1])  # type: ignore[attr-defined]
        assert "".join(text.split()) == "".join(record.precedent.text.split())


def test_records_awaiting_review_are_left_out(tmp_path: Path) -> None:
    (tmp_path / "precedents").mkdir()
    (tmp_path / "precedents" / "sure.yml").write_text(VALID_RECORD, "utf-8")
    unsure = VALID_RECORD.replace(
        "  - type: opinion-equity\n", "  - type: opinion-equity\n    review: true\n"
    )
    (tmp_path / "precedents" / "unsure.yml").write_text(unsure, "utf-8")
    bank, _ = load_bank([tmp_path / "precedents"], base=tmp_path)
    assert len(bank.records) == 2
    assert [confirmed(r) for r in bank.records] == [True, False]
    assets = drill_assets(bank.records, {}, _url)
    ids = [_data(a.content).get("id") for a in assets if "/letters/" in a.src_uri]
    assert ids == ["sure"]


def test_data_files_hold_text_only_as_json_strings(bundled_bank: Bank) -> None:
    """Letter text reaches the drills as a JSON string in a script file, never as code; the
    page puts it in as text (drills.js uses textContent only)."""
    record = bundled_bank.records[0]
    first = record.precedent.clauses[0].model_copy(
        update={"text": '"); alert(1); ("</script>\u2028\n'}
    )
    evil = record.precedent.model_copy(update={"clauses": [first]})
    loaded = LoadedRecord(record.id, record.path, record.display_path, evil)
    content = drill_assets([loaded], {}, _url)[0].content
    assert content.isascii()  # U+2028 and friends escaped: one line, one call
    assert content.count("\n") == 1
    data = _data(content)
    assert data["paragraphs"][0][1][0][1].startswith('"); alert(1);')  # type: ignore[index]


def test_injected_defects_are_the_letters_only_change(bundled_bank: Bank) -> None:
    tables = {d.rule: d for d in drill_tables().defects}
    for record in bundled_bank.records:
        p = record.precedent
        for rule in defects_for(p):
            broken, at = inject(p, tables[rule])
            others = [c.text for i, c in enumerate(broken.clauses) if i != at]
            if tables[rule].injection.insert:
                assert others == [c.text for c in p.clauses]
                assert broken.clauses[at].type == tables[rule].injection.insert.type
            else:
                assert len(broken.clauses) == len(p.clauses)
                assert broken.clauses[at].text != p.clauses[at].text
                assert not re.search(r"fully[-\s]paid", broken.clauses[at].text)


def test_no_defect_in_a_letter_older_than_its_rule(bundled_bank: Bank) -> None:
    hartford = bundled_bank.by_id["hartford-2004-senior-notes"].precedent  # before SLB 19 (2011)
    assert "exhibit5-reliance-limit" not in defects_for(hartford)
    hollis = bundled_bank.by_id["hollis-peak-2023-guaranteed-notes"].precedent
    assert "exhibit5-reliance-limit" in defects_for(hollis)


def test_the_rule_register_finds_every_injected_defect(bundled_bank: Bank) -> None:
    """Each defect is keyed by a rule of the register (issue 10's checks), and that rule, run on
    the injected letter, finds it at the injected clause; skipped while the register is absent."""
    checks = pytest.importorskip("precedent_bank.checks")
    rules = {rule.id for rule in checks.load_register().rules}
    tables = {d.rule: d for d in drill_tables().defects}
    assert set(tables) <= rules
    tried = 0
    for record in bundled_bank.records:
        p = record.precedent
        for rule in defects_for(p):
            broken, at = inject(p, tables[rule])
            found = [f for f in checks.check_precedent(broken) if f.rule.id == rule]
            assert any(f.clause == at and f.is_defect for f in found), (record.id, rule, found)
            clean = [f for f in checks.check_precedent(p) if f.rule.id == rule and f.is_defect]
            assert clean == [], (record.id, rule)
            tried += 1
    assert tried >= 8


def test_drills_use_the_checks_and_layout_the_build_made_already(
    bundled_bank: Bank, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The letter pages check and lay out each letter (cached by the site); the drills' data
    must take those, not work them out a second time (a second run of the checks was the
    largest part of the drills' build time), and come out the same."""
    from precedent_bank.checks import check_precedent
    from precedent_bank.records.letter import layout
    from precedent_bank.site import training

    expected = drill_assets(bundled_bank.records, {}, _url)
    findings = {r.id: check_precedent(r.precedent) for r in bundled_bank.records}
    paragraphs = {r.id: layout(r.precedent.clauses) for r in bundled_bank.records}

    def again(*_: object) -> None:
        raise AssertionError("worked out again")

    monkeypatch.setattr(training, "check_precedent", again)
    monkeypatch.setattr(training, "layout", again)
    worked = training.Worked(lambda r: findings[r.id], lambda r: paragraphs[r.id])
    assert drill_assets(bundled_bank.records, {}, _url, worked) == expected
