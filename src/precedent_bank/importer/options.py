"""How one import runs: where records go and what it may do, as one value."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BYTES = 5_000_000
IMPORT_OUT = Path("precedents/imported")


@dataclass(frozen=True)
class ImportOptions:
    """The choices of one `precedents import` run."""

    out: Path = IMPORT_OUT
    """Folder the new records are written to."""
    force: bool = False
    """Overwrite a draft imported before from the same letter (same file name, same text); a
    reviewed record is never overwritten."""
    dry_run: bool = False
    """Draft the records but write nothing."""
    max_bytes: int = DEFAULT_MAX_BYTES
    """Largest file to read."""
    explain: bool = False
    """Show why each clause got its type."""
    firms: tuple[str, ...] = ()
    """The firms the bank already has, so that an imported letter's firm is spelled the same."""
    texts: tuple[Known, ...] = ()
    """The letters the bank and the --out folder hold (see `known_letters`), so that a letter
    imported before is known wherever its record now is, and the same text or words under
    another file name is said."""


Known = tuple[str, str, str | None]
"""A letter the bank holds: (a key of its text - see `letter_keys`, the record shown as, the
file it was imported from or None)."""
