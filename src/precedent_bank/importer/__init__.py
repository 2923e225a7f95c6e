"""The importer: filed opinion letters in, annotated records out.

`learn()` builds the recogniser from the bank's own records; `import_files()` reads each file,
drafts a record per letter and (unless it is a dry run) writes it; every file's outcome is
reported, and one bad file never stops the others.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from precedent_bank.atomic import write_atomically
from precedent_bank.errors import SourceError
from precedent_bank.importer.recogniser import Recogniser, training_letters
from precedent_bank.importer.record import Draft, draft_record
from precedent_bank.importer.sources import DEFAULT_MAX_BYTES, SUFFIXES, Letter, read_letters
from precedent_bank.records.bank import Bank
from precedent_bank.records.yamlio import dump_yaml, load_plain

SCHEMA = Path("docs/schema/precedent.schema.json")

__all__ = ["Draft", "Outcome", "Recogniser", "find_sources", "import_files", "learn"]


@dataclass
class Outcome:
    """What became of one letter (or of a file that could not be read)."""

    file: Path
    name: str
    draft: Draft | None = None
    written: Path | None = None
    yaml: str = ""
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def learn(bank: Bank) -> Recogniser:
    """A recogniser trained on the bank's records (clauses awaiting review do not count)."""
    return Recogniser(training_letters(bank.records))


def find_sources(paths: Iterable[Path]) -> list[Path]:
    """The importable files among `paths` (folders are searched recursively)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
        else:
            found.append(path)
    return found


def import_files(
    paths: list[Path],
    recogniser: Recogniser,
    out: Path,
    taken: set[str],
    *,
    force: bool = False,
    dry_run: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Outcome]:
    """Import each file in turn; `taken` holds record ids already in the bank."""
    for path in paths:
        try:
            letters = read_letters(path, max_bytes)
        except SourceError as exc:
            yield Outcome(path, path.name, error=str(exc))
            continue
        except OSError as exc:
            yield Outcome(path, path.name, error=f"cannot be read ({exc.strerror})")
            continue
        for letter in letters:
            yield _import_letter(letter, recogniser, out, taken, force, dry_run)


def _import_letter(
    letter: Letter, recogniser: Recogniser, out: Path, taken: set[str], force: bool, dry_run: bool
) -> Outcome:
    draft = draft_record(letter, recogniser)
    outcome = Outcome(letter.file, letter.name, draft)
    outcome.warnings = [f"not found: {name}" for name in draft.facts.missing]
    record_id = _target_id(draft.record_id, letter.name, out, taken)
    target = out / f"{record_id}.yml"
    if target.exists() and not force:
        outcome.error = f"already imported as {target} (use --force to overwrite it)"
        return outcome
    if record_id != draft.record_id:
        outcome.warnings.append(f"id {draft.record_id} is taken; using {record_id}")
    outcome.yaml = dump_yaml(draft.data, header=_schema_comment(out))
    taken.add(record_id)
    if not dry_run:
        write_atomically(target, outcome.yaml)
        outcome.written = target
    return outcome


def _target_id(record_id: str, name: str, out: Path, taken: set[str]) -> str:
    """The draft's id, unless another letter has it: then the first free "-2", "-3" ..."""
    candidate, n = record_id, 1
    while True:
        path = out / f"{candidate}.yml"
        if path.exists() and _imported_from(path) == name:
            return candidate  # the same letter, imported before
        if candidate not in taken and not path.exists():
            return candidate
        n += 1
        candidate = f"{record_id}-{n}"


def _imported_from(path: Path) -> str | None:
    try:
        data = load_plain(path.read_text("utf-8"))
    except (OSError, ValueError, yaml.YAMLError):
        return None
    imported = data.get("imported") if isinstance(data, dict) else None
    return imported.get("file") if isinstance(imported, dict) else None


def _schema_comment(out: Path) -> str:
    schema = Path.cwd() / SCHEMA
    if not schema.exists():
        return ""
    relative = os.path.relpath(schema, out.resolve())
    return f"# yaml-language-server: $schema={Path(relative).as_posix()}\n"
