"""A letter as read out of a file, before anything is made of it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from precedent_bank.errors import printable


@dataclass(frozen=True)
class Letter:
    """One letter read out of a file."""

    file: Path
    part: str | None
    """Which document of an EDGAR submission ("EX-5.1"), or None for a whole file."""
    text: str
    format: str
    """text, html, edgar-submission, docx or pdf."""
    encoding: str | None
    warnings: tuple[str, ...] = ()
    """What the reader kept as written, or placed, and wants pointed out."""

    @property
    def name(self) -> str:
        """The file's name (and the EDGAR document's, after "#"), as a record can hold it: bytes
        of a name that are not UTF-8 (a Windows zip's "\xe9") written as escapes."""
        file = printable(self.file.name)
        return f"{file}#{self.part}" if self.part else file


QUOTED = 60
"""Characters of hidden or unseen text a warning quotes, at most."""


def opening(text: str) -> str:
    """How hidden or unseen text begins, to quote in its warning: on one line, at most QUOTED
    characters."""
    said = " ".join(text.split())
    return said if len(said) <= QUOTED else said[: QUOTED - 3] + "..."
