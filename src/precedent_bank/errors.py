"""Problems found in records, and the exceptions that carry them."""

from __future__ import annotations

import re
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
        where = f"{printable(self.path)}:{self.line}:{self.col}"
        prefix = "warning: " if self.severity == "warning" else ""
        field = f"{self.field}: " if self.field else ""
        return f"{where}: {prefix}{field}{self.message}"


def printable(name: str) -> str:
    """A file name as one line of text that a record can hold and a terminal shows as it is:
    bytes Python could not decode ("\udce9") as "\\xe9", control characters and line breaks
    (a terminal escape, a newline in the name) as "\\x1b", "\\n"."""
    text = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
"""What no record may hold (records/yamlio.py) nor one line (records/models.py)."""


class PrecedentError(Exception):
    """Root of every error the library raises."""


def errors_in(problems: list[Problem]) -> list[Problem]:
    """The problems that make a record invalid (not mere warnings)."""
    return [p for p in problems if p.severity == "error"]


class SourceError(PrecedentError):
    """A file that cannot be imported, and why (the caller names the file)."""
