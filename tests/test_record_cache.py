"""The record cache of `mkdocs serve`'s rebuilds: unchanged files are not validated again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from precedent_bank.records import loader
from precedent_bank.records.bank import load_bank
from precedent_bank.records.cache import RecordCache
from tests.conftest import VALID_RECORD


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    folder = tmp_path / "precedents"
    folder.mkdir()
    for name in ("acme-2021-shares", "acme-2022-shares", "acme-2023-shares"):
        (folder / f"{name}.yml").write_text(VALID_RECORD, "utf-8")
    return folder


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The records validated (by path shown) since the fixture was made."""
    seen: list[str] = []
    real = loader.validate_text

    def counting(text: str, shown: str, record_id: str, *, settling: bool = False) -> object:
        seen.append(shown)
        return real(text, shown, record_id, settling=settling)

    monkeypatch.setattr(loader, "validate_text", counting)
    return seen


def load(folder: Path, cache: RecordCache) -> tuple[list[str], list[str]]:
    """The ids loaded and the problems found, as text."""
    bank, problems = load_bank([folder], base=folder.parent, cache=cache)
    return sorted(r.id for r in bank.records), [str(p) for p in problems]


def test_an_unchanged_file_is_not_validated_again(bank: Path, validations: list[str]) -> None:
    cache = RecordCache()
    first = load(bank, cache)
    assert len(validations) == 3
    second = load(bank, cache)
    assert second == first
    assert len(validations) == 3
    assert cache.validated == 0


def test_a_changed_file_is_validated_again_and_its_change_shows(
    bank: Path, validations: list[str]
) -> None:
    cache = RecordCache()
    load(bank, cache)
    path = bank / "acme-2022-shares.yml"
    before = path.stat()
    path.write_text(VALID_RECORD.replace("Acme Widgets - ", "Acme Gadgets - "), "utf-8")
    # Same size and time stamp: only the bytes tell the change (a clock-skewed editor).
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    validations.clear()
    bank_now, _ = load_bank([bank], base=bank.parent, cache=cache)
    assert validations == ["precedents/acme-2022-shares.yml"]
    titles = {r.id: r.precedent.title for r in bank_now.records}
    assert titles["acme-2022-shares"].startswith("Acme Gadgets")
    assert titles["acme-2021-shares"].startswith("Acme Widgets")


def test_a_removed_file_disappears(bank: Path) -> None:
    cache = RecordCache()
    load(bank, cache)
    (bank / "acme-2023-shares.yml").unlink()
    ids, problems = load(bank, cache)
    assert ids == ["acme-2021-shares", "acme-2022-shares"]
    assert problems == []
    assert len(cache) == 2  # nor is it kept


def test_errors_are_reported_on_every_load_until_fixed(bank: Path, validations: list[str]) -> None:
    cache = RecordCache()
    path = bank / "acme-2022-shares.yml"
    path.write_text(VALID_RECORD.replace("document: legality-opinion", "documnt: x"), "utf-8")
    first_ids, first = load(bank, cache)
    assert "acme-2022-shares" not in first_ids
    assert any(p.startswith("precedents/acme-2022-shares.yml:2:1: documnt:") for p in first)
    validations.clear()
    again_ids, again = load(bank, cache)  # unchanged: reported again, without validating
    assert (again_ids, again) == (first_ids, first)
    assert validations == []
    path.write_text(VALID_RECORD, "utf-8")
    fixed_ids, fixed = load(bank, cache)
    assert "acme-2022-shares" in fixed_ids
    assert fixed == []


def test_an_unreadable_file_is_reported_every_time(bank: Path) -> None:
    cache = RecordCache()
    load(bank, cache)
    path = bank / "acme-2021-shares.yml"
    path.unlink()
    path.symlink_to(bank / "acme-2022-shares.yml")
    for _ in range(2):
        ids, problems = load(bank, cache)
        assert "acme-2021-shares" not in ids
        assert any("symbolic link" in p for p in problems)


def test_the_digest_is_of_the_bytes(bank: Path) -> None:
    bank_now, _ = load_bank([bank], base=bank.parent, cache=RecordCache())
    without, _ = load_bank([bank], base=bank.parent)
    digests = {r.id: r.digest for r in bank_now.records}
    assert digests == {r.id: r.digest for r in without.records}
    assert len(set(digests.values())) == 1
    assert len(next(iter(digests.values()))) == 64
