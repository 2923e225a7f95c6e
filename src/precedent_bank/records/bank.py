"""The bank: every valid record under a folder, and the indexes the site is built from."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from precedent_bank.errors import Problem
from precedent_bank.records.cache import RecordCache
from precedent_bank.records.letter import clause_anchors
from precedent_bank.records.loader import LoadedRecord, load_record
from precedent_bank.records.models import Clause, Precedent
from precedent_bank.records.paths import scan_records


@dataclass(frozen=True)
class Occurrence:
    """One clause of the bank, with the record it belongs to."""

    record: LoadedRecord
    index: int
    anchor: str
    clause: Clause


@dataclass
class Bank:
    """The valid records, newest first, and indexes over them."""

    records: list[LoadedRecord] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.records.sort(
            key=lambda r: (-(r.precedent.date.toordinal() if r.precedent.date else 0), r.id)
        )

    def __len__(self) -> int:
        return len(self.records)

    @cached_property
    def by_id(self) -> dict[str, LoadedRecord]:
        return {r.id: r for r in self.records}

    @cached_property
    def occurrences(self) -> dict[str, list[Occurrence]]:
        """Every clause of the bank's reviewed records, by clause type, in bank order: the
        clause library's examples and counts. Drafts (imported, not yet confirmed) would teach
        a reader unchecked guesses, so they are left out."""
        found: dict[str, list[Occurrence]] = defaultdict(list)
        for record in self.records:
            if record.precedent.draft:
                continue
            clauses = record.precedent.clauses
            for i, (clause, anchor) in enumerate(
                zip(clauses, clause_anchors(clauses), strict=True)
            ):
                found[clause.type].append(Occurrence(record, i, anchor, clause))
        return dict(found)

    @cached_property
    def reviewed(self) -> int:
        """How many records are not drafts: what the clause library's counts are out of."""
        return sum(not r.precedent.draft for r in self.records)

    def records_using(self, slug: str) -> int:
        """How many records have at least one clause of this type."""
        return len({o.record.id for o in self.occurrences.get(slug, [])})

    def group(self, keys: Callable[[Precedent], Iterable[str]]) -> dict[str, list[LoadedRecord]]:
        """Records under each key that `keys` gives them (a record may be under several)."""
        groups: dict[str, list[LoadedRecord]] = defaultdict(list)
        for record in self.records:
            for key in dict.fromkeys(keys(record.precedent)):
                groups[key].append(record)
        return dict(groups)


def load_bank(
    paths: Iterable[Path], base: Path | None = None, cache: RecordCache | None = None
) -> tuple[Bank, list[Problem]]:
    """Load every record under `paths`; problems name files relative to `base`.

    Args:
        paths: Record files, and folders to look for record files in.
        base: The folder problems name files relative to.
        cache: Results of an earlier load to reuse for files whose bytes are unchanged (the
            rebuilds of `mkdocs serve`); it is updated to this load.
    """
    records: list[LoadedRecord] = []
    problems: list[Problem] = []
    base = base.resolve() if base is not None else None
    files, folders = scan_records(paths)
    if cache is not None:
        cache.begin()
        cache.keep_only(files)
    load = cache.load if cache is not None else load_record
    for path in files:
        record, found = load(path, _display(path, base))
        problems += found
        if record is not None:
            records.append(record)
    for folder in folders:  # an error, as an unreadable record is: its letters would be missing
        message = f"folder cannot be read ({folder.reason}); the records in it are left out"
        problems.append(Problem(_display(folder.path, base), 1, 1, "", message))
    problems += check_bank(records)
    ids = {p.path for p in problems if p.severity == "error"}
    return Bank([r for r in records if r.display_path not in ids]), problems


def check_bank(records: list[LoadedRecord]) -> list[Problem]:
    """Checks across records: ids (file stems) must be unique across sub-folders."""
    first: dict[str, LoadedRecord] = {}
    problems = []
    for record in records:
        if record.id in first:
            other = first[record.id].display_path
            problems.append(
                Problem(
                    record.display_path,
                    1,
                    1,
                    "",
                    f"record id '{record.id}' is already used by {other}; rename one of the files",
                )
            )
        first.setdefault(record.id, record)
    return problems


def _display(path: Path, base: Path | None) -> str:
    """`path` relative to `base` (already resolved), or as given when it is elsewhere."""
    if base is None:
        return str(path)
    try:  # a link is named as itself, not as what it points to
        return str((path.parent.resolve() / path.name).relative_to(base))
    except ValueError:
        return str(path)
