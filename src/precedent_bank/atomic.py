"""Writing a file in one step, so that an interrupted run never leaves half of it.

The data reach the disk before the rename, and the rename before the function returns: after a
power cut the file holds the old text or the new, never an empty file under the new name (what
a rename of unsynced data can leave on ext4 and XFS).
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

_UMASK = os.umask(0)
os.umask(_UMASK)
# What link() raises where the file system has no hard links (FAT, exFAT, some network shares).
_NO_HARD_LINKS = frozenset({errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV})


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename it over `path`.

    The file gets the permissions a plain write would give (mkstemp's are owner-only, which
    would hide a record or the search index from the web server of a shared host).
    """
    temporary = _temporary(path, text)
    try:
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def write_exclusively(path: Path, text: str) -> None:
    """Write `path` in one step, or raise `FileExistsError` if it exists: never replace it.

    The temporary file is hard-linked to `path`, and link() fails when the name is taken, so of
    two writers racing for one name exactly one wins and the other learns it.
    """
    temporary = _temporary(path, text)
    try:
        os.link(temporary, path)
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        # No hard links here: claim the name with an exclusive create, then fill it in one step.
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    _sync_folder(path.parent)


def _temporary(path: Path, text: str) -> Path:
    """A complete copy of `text` in a new hidden file beside `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (its entry is written when the folder is synced)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # a folder cannot be opened on Windows: its renames are durable anyway
        return
    try:
        os.fsync(fd)
    except OSError:  # some network file systems refuse to sync a folder
        pass
    finally:
        os.close(fd)
