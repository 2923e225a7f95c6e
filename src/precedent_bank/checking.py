"""`precedents check`: records and letter files in, rule findings located in them out.

A record's findings are located at the offending words in its YAML (the line and column inside
the clause's text block), a letter file's at the offending words in the letter as read (for
.htm, .docx and .pdf, the text the importer reads out of the file). Letter files are imported
on the fly, in memory: nothing is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from yaml.nodes import ScalarNode

from precedent_bank.checks import Finding, check_precedent
from precedent_bank.errors import SourceError
from precedent_bank.importer import Recogniser
from precedent_bank.importer.record import draft_record
from precedent_bank.importer.sources import SUFFIXES, read_letters
from precedent_bank.records.loader import load_record
from precedent_bank.records.models import Precedent
from precedent_bank.records.paths import is_record_name, read_record
from precedent_bank.records.yamlio import parse_yaml


@dataclass(frozen=True)
class Located:
    """A finding and where it is: the file (and EDGAR document), line and column."""

    path: str
    line: int
    col: int
    finding: Finding

    def __str__(self) -> str:
        f = self.finding
        what = f"before {f.before.label}" if f.before else f.rule.severity
        return f"{self.path}:{self.line}:{self.col}: {f.rule.id}: {what}: {f.message}"

    def as_json(self) -> dict[str, Any]:
        f = self.finding
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "rule": f.rule.id,
            "severity": f.severity,
            "message": f.message,
            "start": f.start,
            "end": f.end,
            "clause": f.clause,
            "clause_type": f.rule.clause,
            "before": f.before.label if f.before else None,
            "sources": [s.cite for s in f.rule.sources],
        }


@dataclass(frozen=True)
class Unreadable:
    """A file that could not be checked, and why: one line, `path: message` (an invalid
    record's problems keep their own `path:line:col: field: message` form)."""

    line: str

    def __str__(self) -> str:
        return self.line


def run(
    paths: list[Path], recogniser: Callable[[], Recogniser], max_bytes: int
) -> tuple[list[Located], list[Unreadable]]:
    """Check every file; the recogniser is made (once) only if a letter file needs it."""
    made = cache(recogniser)
    found: list[Located] = []
    unreadable: list[Unreadable] = []
    for path in paths:
        for outcome in check_file(path, made, max_bytes):
            if isinstance(outcome, Located):
                found.append(outcome)
            else:
                unreadable.append(outcome)
    return found, unreadable


def errors(found: list[Located]) -> list[Located]:
    """The findings that fail a check: error severity, in a letter not dated before the rule."""
    return [f for f in found if f.finding.is_defect and f.finding.rule.severity == "error"]


def summary(found: list[Located], unreadable: list[Unreadable]) -> str:
    """One line: how many findings of each kind, and files that could not be checked."""
    counts = Counter(f.finding.severity for f in found)
    parts = [f"{counts[k]} {k}" for k in ("error", "warning", "info", "before") if counts[k]]
    if unreadable:
        parts.append(f"{len(unreadable)} file(s) not checked")
    return "findings: " + (", ".join(parts) if parts else "none")


def find_checkable(paths: list[Path]) -> list[Path]:
    """Records and letter files among `paths`; folders are searched recursively (hidden
    files and folders, such as editors' backups and `.git`, are skipped)."""
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        for p in sorted(path.rglob("*")):
            hidden = any(part.startswith(".") for part in p.relative_to(path).parts)
            wanted = is_record_name(p.name) or p.suffix.lower() in SUFFIXES
            if wanted and not hidden and p.is_file():
                found.append(p)
    return found


def check_file(
    path: Path, recogniser: Callable[[], Recogniser], max_bytes: int
) -> Iterator[Located | Unreadable]:
    """The findings in one record or letter file (or why it could not be checked)."""
    if is_record_name(path.name):
        yield from _check_record(path)
        return
    try:
        letters = read_letters(path, max_bytes)
    except SourceError as exc:
        yield Unreadable(f"{path}: {exc}")
        return
    except OSError as exc:
        yield Unreadable(f"{path}: cannot be read ({exc.strerror})")
        return
    for letter in letters:
        shown = f"{path}#{letter.part}" if letter.part else str(path)
        p = Precedent.model_validate(draft_record(letter, recogniser()).data)
        for finding in check_precedent(p):
            line, col = position(letter.text, finding.start)
            yield Located(shown, line, col, finding)


def _check_record(path: Path) -> Iterator[Located | Unreadable]:
    record, problems = load_record(path)
    if record is None:
        for problem in problems:
            if problem.severity == "error":  # clauses awaiting review are no bar to checking
                yield Unreadable(str(problem))
        return
    findings = check_precedent(record.precedent)
    if not findings:
        return
    text = read_record(path).decode("utf-8")  # as load_record read it, without surprises
    parsed = parse_yaml(text)
    for finding in findings:
        node, exact = parsed.node_at(("clauses", finding.clause, "text"))
        at = node if exact and isinstance(node, ScalarNode) else None
        line, col = _in_record(text, at, record.precedent, finding)
        yield Located(str(path), line, col, finding)


def position(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of `offset` in `text`."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def _in_record(
    text: str, node: ScalarNode | None, p: Precedent, finding: Finding
) -> tuple[int, int]:
    """Where the finding's words are in the record's YAML: inside a literal block (`|`, as
    records write clause text) to the line and column; otherwise at the clause's text."""
    if node is None:
        return 1, 1
    start = node.start_mark
    if node.style != "|":
        return start.line + 1, start.column + 1
    within = finding.start - sum(len(c.text) for c in p.clauses[: finding.clause])
    line, col = position(p.clauses[finding.clause].text, within)
    block = text.splitlines()[start.line + 1 :]
    indent = next((len(s) - len(s.lstrip(" ")) for s in block if s.strip()), 0)
    return start.line + 1 + line, indent + col
