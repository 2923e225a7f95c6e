"""A letter as read out of a file, before anything is made of it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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
        return f"{self.file.name}#{self.part}" if self.part else self.file.name
