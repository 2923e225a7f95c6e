"""Where the bank's records live, which files are records, and reading one without surprises.

This is the one place that knows the bank's folder name and the record suffixes. Reading goes
through `read_record`, which never follows a symbolic link out of the bank, never opens a named
pipe or a device (an open on a FIFO waits forever for a writer), and never reads more than a
record may hold.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from precedent_bank.errors import PrecedentError

BANK_DIR = "precedents"
"""The bank's folder, relative to the project (the folder that holds mkdocs.yml)."""
RECORD_SUFFIXES = (".yml", ".yaml")
"""File name endings of records, compared without regard to case (`x.YML` is a record)."""
IMPORT_DIR = f"{BANK_DIR}/imported"
"""Where `precedents import` writes records unless told otherwise, relative to the project."""
SCHEMA_FILE = "docs/schema/precedent.schema.json"
"""The published JSON Schema of a record, relative to the project."""
MAX_RECORD_BYTES = 1_000_000
"""The largest record file read (1 MB; records of long letters take some tens of kB)."""

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)  # a link swapped in after the check is still not followed
    | getattr(os, "O_NONBLOCK", 0)  # nor does a FIFO swapped in block the open
    | getattr(os, "O_BINARY", 0)
)
_KINDS = (
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)
_LETTER_SIZE = " (a letter takes far less: is this file really one record?)"


class UnreadableRecord(PrecedentError):
    """A record file that is not read, and why (the caller names the file)."""


def bank_dir(project_dir: Path) -> Path:
    """The bank of the project whose root (the folder of mkdocs.yml) is `project_dir`."""
    return project_dir / BANK_DIR


def is_record_name(name: str) -> bool:
    """Whether a file of this name is a record: `.yml` or `.yaml` in any case, not hidden."""
    return name.lower().endswith(RECORD_SUFFIXES) and not name.startswith(".")


@dataclass(frozen=True)
class UnreadableFolder:
    """A folder of the bank that could not be listed, so its records are not known."""

    path: Path
    reason: str
    """Why, in the system's words ("Permission denied")."""


def find_records(paths: Iterable[Path]) -> list[Path]:
    """Record files: the files named, and every record file under the folders named."""
    return scan_records(paths)[0]


def scan_records(paths: Iterable[Path]) -> tuple[list[Path], list[UnreadableFolder]]:
    """Record files, as `find_records`, and the folders that could not be listed.

    Hidden files and folders (a leading dot: editors' lock and backup files, `.git`) are
    skipped. Links inside a folder are listed, not followed, so that reading them reports them.
    A folder that cannot be listed (no permission) is returned with the reason: skipping it
    quietly would leave its records out of the site without a word.
    """
    found: list[Path] = []
    unreadable: list[UnreadableFolder] = []

    def refused(error: OSError) -> None:
        where = Path(error.filename) if error.filename else Path()
        unreadable.append(UnreadableFolder(where, error.strerror or str(error)))

    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        for folder, dirs, files in os.walk(path, onerror=refused):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found += [Path(folder, d) for d in dirs if os.path.islink(Path(folder, d))]
            found += [Path(folder, f) for f in sorted(files) if is_record_name(f)]
    return found, unreadable


def read_record(path: Path, noun: str = "record") -> bytes:
    """The bytes of a record file, or of another YAML file of the bank read as safely.

    Args:
        path: The file.
        noun: What kind of file it is, for the messages ("standards file"; records are the
            default).

    Raises:
        UnreadableRecord: the path is a link, not a regular file, too large or unreadable.
    """
    try:
        _check(os.lstat(path), noun)
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise UnreadableRecord(f"cannot be read ({exc.strerror})") from exc
    with os.fdopen(fd, "rb") as file:
        _check(os.fstat(file.fileno()), noun)
        data = file.read(MAX_RECORD_BYTES + 1)
    if len(data) > MAX_RECORD_BYTES:
        raise UnreadableRecord(_too_large(noun))
    return data


def _check(info: os.stat_result, noun: str) -> None:
    kind = next((name for test, name in _KINDS if test(info.st_mode)), None)
    if kind is not None or not stat.S_ISREG(info.st_mode):
        raise UnreadableRecord(f"is {kind or 'not a file'}; {noun}s must be regular files")
    if info.st_size > MAX_RECORD_BYTES:
        raise UnreadableRecord(_too_large(noun))


def _too_large(noun: str) -> str:
    hint = _LETTER_SIZE if noun == "record" else ""
    return f"is larger than {MAX_RECORD_BYTES / 1e6:g} MB, the most a {noun} may hold{hint}"
