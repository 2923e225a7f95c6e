"""Problems found in records, and the exceptions that carry them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one record, located to a line and column (both 1-based)."""

    path: str
    line: int
    col: int
    field: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.col}"
        prefix = "warning: " if self.severity == "warning" else ""
        field = f"{self.field}: " if self.field else ""
        return f"{where}: {prefix}{field}{self.message}"


class PrecedentError(Exception):
    """Root of every error the library raises."""


def errors_in(problems: list[Problem]) -> list[Problem]:
    """The problems that make a record invalid (not mere warnings)."""
    return [p for p in problems if p.severity == "error"]


class SourceError(PrecedentError):
    """A file that cannot be imported, and why (the caller names the file)."""
