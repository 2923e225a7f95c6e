"""What the recogniser learns from: the bank's records, and the samples bundled with the package.

A bank with few records (or none: an import run outside a project) must not leave the recogniser
guessing from its cue rules alone - that typed a third of a letter `heading` at confidence 0. So
the bundled samples, labelled letters of fictional firms that ship inside the package, are always
learned from too (a bank record with a sample's id replaces it). A `--bank` the user names must
exist and hold records: a mistyped path is an error, not a silent fall-back.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path

from precedent_bank.importer.recogniser import Recogniser, training_letters, training_titles
from precedent_bank.records.bank import Bank, load_bank
from precedent_bank.records.loader import LoadedRecord


class BankError(Exception):
    """A bank named for learning that does not exist or holds no records."""


@dataclass(frozen=True)
class Lesson:
    """A trained recogniser and, in words, what it learned from."""

    recogniser: Recogniser
    description: str
    bank: Bank
    """The bank's own records (empty when there is none)."""


def sample_bank() -> Bank:
    """The labelled sample letters bundled with the package."""
    with as_file(files("precedent_bank.importer") / "samples") as folder:
        bank, problems = load_bank([folder])
    if problems:  # the package is broken; no user could fix it
        raise RuntimeError(f"bundled samples are invalid: {problems[0]}")
    return bank


def learn_for_import(bank_dir: Path | None, default: Path, drafts: bool = False) -> Lesson:
    """The recogniser for an import: the bank at `bank_dir` (or at `default`, when the user
    named none, which may be missing) together with the bundled samples. Draft records teach
    nothing unless `drafts` opts in.

    Raises:
        BankError: `bank_dir` was named but is not a folder, or holds no valid record.
    """
    folder = bank_dir or default
    bank = load_bank([folder])[0] if folder.is_dir() else Bank()
    if bank_dir is not None and not bank_dir.is_dir():
        raise BankError(f"--bank {bank_dir}: no such folder")
    if bank_dir is not None and not bank.records:
        raise BankError(f"--bank {bank_dir}: holds no valid records to learn from")
    samples = [s for s in sample_bank().records if s.id not in bank.by_id]
    learned = [*bank.records, *samples]
    letters = training_letters(learned, drafts)
    recogniser = Recogniser(letters, titles=training_titles(learned))
    return Lesson(recogniser, _describe(folder, bank.records, samples, drafts), bank)


def _describe(
    folder: Path, records: list[LoadedRecord], samples: list[LoadedRecord], drafts: bool
) -> str:
    bundled = f"{len(samples)} sample letters bundled with Precedent Bank"
    skipped = sum(r.precedent.draft for r in records) if not drafts else 0
    left_out = f" ({skipped} drafts left out)" if skipped else ""
    taught = len(records) - skipped
    if not folder.is_dir():
        return f"no bank folder {folder} here: learning from the {bundled} only"
    if not taught:
        return f"no reviewed records in {folder}{left_out}: learning from the {bundled} only"
    return f"learning from {taught} records in {folder}{left_out} and {bundled}"
