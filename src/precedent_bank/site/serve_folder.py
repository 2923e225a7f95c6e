"""Serve's site folder kept between rebuilds, instead of emptied and filled again.

Before each build MkDocs empties the site folder, then writes every file anew. Emptying it
means unlinking thousands of files and a folder per letter, which on a journalled file system
that discards freed blocks took 2-4 s at 1,000 letters on the development machine (and over
10 s while it was busy) - more than the rest of a rebuild whose letter pages are kept.
Overwriting a file in place costs a fraction of that.

So under serve the folder's contents are moved aside before MkDocs empties it (`stash`: MkDocs
leaves hidden entries alone) and moved back before anything is written (`restore`). The build
then overwrites what it writes; whatever it did not write - the page of a record deleted since,
the data file of a page gone - is deleted at its end (`sweep`), by comparing each file's
modification time with that of a marker written at `restore`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from precedent_bank.site.search import PAGEFIND_DIR

STASH = ".pb-previous"
"""Where the last build's files wait while MkDocs empties the folder."""
MARKER = ".pb-build-started"
"""Touched at `restore`: every file the build writes is newer."""


def stash(site_dir: Path) -> None:
    """Move the folder's visible entries aside, where MkDocs' cleaning does not reach."""
    aside = site_dir / STASH
    if aside.exists():  # a build that failed before `restore`: keep what it moved aside
        restore(site_dir)
    aside.mkdir(parents=True, exist_ok=True)
    for entry in os.listdir(site_dir):
        if not entry.startswith("."):
            os.rename(site_dir / entry, aside / entry)


def restore(site_dir: Path) -> int:
    """Move the stashed entries back (before the build writes), and mark the time.

    Returns:
        The marker's modification time (ns): a file older than it was not written by this build.
    """
    aside = site_dir / STASH
    if aside.is_dir():
        for entry in os.listdir(aside):
            if (site_dir / entry).exists():  # written since: the stashed copy is stale
                _remove(aside / entry)
            else:
                os.rename(aside / entry, site_dir / entry)
        aside.rmdir()
    marker = site_dir / MARKER
    marker.write_bytes(b"")
    return marker.stat().st_mtime_ns


def sweep(site_dir: Path, since_ns: int, keep: tuple[str, ...] = (PAGEFIND_DIR,)) -> int:
    """Delete the files the build did not write (older than `since_ns`), and the folders left
    empty; hidden entries and the top-level entries in `keep` (the search index, put in place
    by search_serve.py) are left. Returns how many files were deleted."""
    deleted = 0
    folders = []
    for folder, dirs, files in os.walk(site_dir):
        at_top = Path(folder) == site_dir
        dirs[:] = [d for d in dirs if not d.startswith(".") and not (at_top and d in keep)]
        folders.append(folder)
        for name in files:
            if name.startswith(".") or (at_top and name in keep):
                continue
            path = Path(folder, name)
            if path.stat().st_mtime_ns < since_ns:
                path.unlink()
                deleted += 1
    for folder in reversed(folders[1:]):  # deepest first; never the site folder itself
        if not os.listdir(folder):
            os.rmdir(folder)
    return deleted


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()


def unchanged(path: Path, data: bytes) -> bool:
    """Whether the file at `path` already holds `data`; if so it is touched, so that `sweep`
    sees it as written by this build. Overwriting thousands of files costs more than reading
    them back (on the development machine, seconds against a fraction of one)."""
    try:
        if path.stat().st_size != len(data) or path.read_bytes() != data:
            return False
        os.utime(path)
    except OSError:
        return False
    return True
