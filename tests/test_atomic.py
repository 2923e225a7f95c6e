"""Files written in one step: all of the new text or all of the old, never a temporary left."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from precedent_bank.atomic import write_atomically, write_exclusively


def test_writes_the_text_with_the_usual_permissions(tmp_path: Path) -> None:
    path = tmp_path / "new" / "record.yml"
    write_atomically(path, "title: Acme\n")
    assert path.read_text("utf-8") == "title: Acme\n"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask  # not mkstemp's 0600
    assert os.listdir(path.parent) == ["record.yml"]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "record.yml"
    path.write_text("old\n", "utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomically(path, "new \ud800 text")  # a lone surrogate cannot be written
    assert path.read_text("utf-8") == "old\n"
    assert os.listdir(tmp_path) == ["record.yml"]


def test_an_exclusive_write_never_replaces_a_file(tmp_path: Path) -> None:
    path = tmp_path / "record.yml"
    write_exclusively(path, "first\n")
    with pytest.raises(FileExistsError):
        write_exclusively(path, "second\n")
    assert path.read_text("utf-8") == "first\n"
    assert os.listdir(tmp_path) == ["record.yml"]


def test_an_exclusive_write_without_hard_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(source: object, target: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    path = tmp_path / "record.yml"
    write_exclusively(path, "first\n")
    with pytest.raises(FileExistsError):
        write_exclusively(path, "second\n")
    assert path.read_text("utf-8") == "first\n"
    assert os.listdir(tmp_path) == ["record.yml"]


@pytest.mark.parametrize("write", [write_atomically, write_exclusively])
def test_the_text_and_the_new_name_are_on_disk_before_returning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write: Callable[[Path, str], None]
) -> None:
    # What each fsync saw when it was called: the file's text first, then the folder's entry.
    path = tmp_path / "record.yml"
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            synced.append(f"folder holding {sorted(os.listdir(tmp_path))}")
        else:
            synced.append(f"file of {os.fstat(fd).st_size} bytes")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    write(path, "title: Acme\n")
    assert synced == ["file of 12 bytes", "folder holding ['record.yml']"]
