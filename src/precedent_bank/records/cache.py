"""Validated records kept between loads of the same bank, keyed by each file's content hash.

`mkdocs serve` builds the site again after every edit, in one process. Reading a record's bytes
and hashing them is cheap; parsing the YAML with positions and validating it is most of the
loading time (about 1.5 ms a record). So a file whose bytes have not changed since the last load
is not parsed again: its result - the record, or its problems - is reused as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar, cast

from precedent_bank.errors import Problem
from precedent_bank.records.loader import LoadedRecord, content_digest, load_bytes
from precedent_bank.records.paths import UnreadableRecord, read_record

T = TypeVar("T")


@dataclass(frozen=True)
class _Result:
    digest: str
    shown: str
    record: LoadedRecord | None
    problems: tuple[Problem, ...]


class RecordCache:
    """What loading each record file gave, by path, for as long as its bytes stay the same."""

    def __init__(self) -> None:
        self._results: dict[Path, _Result] = {}
        self.validated = 0
        """How many files the last `load` round parsed and validated (the others were reused)."""

    def __len__(self) -> int:
        return len(self._results)

    def begin(self) -> None:
        """Start a load of the whole bank: count validations afresh."""
        self.validated = 0

    def load(self, path: Path, shown: str) -> tuple[LoadedRecord | None, list[Problem]]:
        """The record at `path` and its problems, validated again only if its bytes changed.

        A file that cannot be read is reported every time and never cached.
        """
        try:
            raw = read_record(path)
        except UnreadableRecord as exc:
            self._results.pop(path, None)
            return None, [Problem(shown, 1, 1, "", str(exc))]
        digest = content_digest(raw)
        kept = self._results.get(path)
        if kept is None or kept.digest != digest or kept.shown != shown:
            self.validated += 1
            record, problems = load_bytes(raw, path, shown, digest)
            kept = _Result(digest, shown, record, tuple(problems))
            self._results[path] = kept
        return kept.record, list(kept.problems)

    def keep_only(self, paths: list[Path]) -> None:
        """Forget the files not in `paths` (deleted or renamed since the last load)."""
        wanted = set(paths)
        for path in [p for p in self._results if p not in wanted]:
            del self._results[path]


class RecordMemo:
    """Work done on a record (its rule-check findings ...) kept between builds by the record's
    digest, so that under serve an unchanged record's results are not worked out again."""

    def __init__(self) -> None:
        self._results: dict[tuple[str, str], object] = {}

    def keep_only(self, records: list[LoadedRecord]) -> None:
        """Forget the results of records no longer in the bank (or changed since)."""
        live = {r.digest for r in records}
        self._results = {k: v for k, v in self._results.items() if k[1] in live}

    def get(self, name: str, record: LoadedRecord, work: Callable[[], T]) -> T:
        """The result of `work` for `record` under `name`, from an earlier build if its digest is
        the same. Records without a digest (made in memory) are not memoised."""
        if not record.digest:
            return work()
        key = (name, record.digest)
        if key not in self._results:
            self._results[key] = work()
        return cast(T, self._results[key])
