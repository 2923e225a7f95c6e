"""Finding and reading record files: every odd file is reported, none is followed or hangs."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from precedent_bank.cli import cli
from precedent_bank.records.bank import load_bank
from precedent_bank.records.paths import MAX_RECORD_BYTES, find_records
from tests.conftest import VALID_RECORD
from tests.limits import deadline

needs_links = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX")


def problems_of(tmp_path: Path) -> tuple[list[str], list[str]]:
    """The ids loaded and the problems printed, for the bank under tmp_path/precedents."""
    with deadline(10):
        bank, problems = load_bank([tmp_path / "precedents"], base=tmp_path)
    return [r.id for r in bank.records], [str(p) for p in problems]


def test_suffixes_in_any_case_are_records(
    tmp_path: Path, write_record: Callable[..., Path]
) -> None:
    for name in ("a", "b", "c", "d"):
        write_record(VALID_RECORD, name=name)
    bank = tmp_path / "precedents"
    (bank / "b.yml").rename(bank / "b.YML")
    (bank / "c.yml").rename(bank / "c.Yaml")
    (bank / "d.yml").rename(bank / "d.yaml")
    (bank / "notes.txt").write_text("not a record", "utf-8")
    assert problems_of(tmp_path) == (["a", "b", "c", "d"], [])


def test_hidden_files_and_folders_are_skipped(
    tmp_path: Path, write_record: Callable[..., Path]
) -> None:
    write_record(VALID_RECORD, name="good")
    write_record("not: [valid", name="x", folder="precedents/.git")
    (tmp_path / "precedents" / ".#good.yml").write_text("title: [", "utf-8")  # an editor's lock
    assert problems_of(tmp_path) == (["good"], [])


@needs_links
def test_symbolic_links_are_reported_never_followed(
    tmp_path: Path, write_record: Callable[..., Path]
) -> None:
    outside = write_record(VALID_RECORD, name="secret", folder="elsewhere")
    bank = tmp_path / "precedents"
    bank.mkdir()
    (bank / "link.yml").symlink_to(outside)
    (bank / "broken.yml").symlink_to(tmp_path / "nowhere.yml")
    (bank / "folder").symlink_to(outside.parent, target_is_directory=True)
    assert problems_of(tmp_path) == (
        [],
        [
            "precedents/folder:1:1: is a symbolic link; records must be regular files",
            "precedents/broken.yml:1:1: is a symbolic link; records must be regular files",
            "precedents/link.yml:1:1: is a symbolic link; records must be regular files",
        ],
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX")
def test_a_fifo_is_reported_without_opening_it(tmp_path: Path) -> None:
    bank = tmp_path / "precedents"
    bank.mkdir()
    os.mkfifo(bank / "pipe.yml")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(bank / "sock.yml"))
        assert problems_of(tmp_path) == (
            [],
            [
                "precedents/pipe.yml:1:1: is a named pipe (FIFO); records must be regular files",
                "precedents/sock.yml:1:1: is a socket; records must be regular files",
            ],
        )


def test_a_device_named_as_a_record_is_reported(tmp_path: Path) -> None:
    if not Path("/dev/null").is_char_device():
        pytest.skip("no /dev/null")
    with deadline(10):
        _, problems = load_bank([Path("/dev/null")])
    assert [str(p) for p in problems] == [
        "/dev/null:1:1: is a device; records must be regular files"
    ]


def test_validate_returns_with_a_fifo_and_a_broken_link_present(
    in_tmp: Path, runner: CliRunner, write_record: Callable[..., Path]
) -> None:
    write_record(VALID_RECORD, name="good")
    if hasattr(os, "mkfifo"):
        os.mkfifo(in_tmp / "precedents" / "pipe.yml")
    if hasattr(os, "symlink"):
        (in_tmp / "precedents" / "gone.yml").symlink_to(in_tmp / "nowhere.yml")
    with deadline(10):
        result = runner.invoke(cli, ["validate"])
    assert result.exit_code == 1
    assert "precedents/pipe.yml:1:1: is a named pipe (FIFO)" in result.output
    assert "precedents/gone.yml:1:1: is a symbolic link" in result.output
    assert result.output.endswith("3 record(s): 2 error(s), 0 warning(s)\n")


def test_an_oversized_record_is_refused_unread(
    tmp_path: Path, write_record: Callable[..., Path]
) -> None:
    huge = write_record(VALID_RECORD, name="huge")
    with huge.open("r+b") as file:
        file.truncate(MAX_RECORD_BYTES + 1)  # sparse: costs no disk
    assert problems_of(tmp_path) == (
        [],
        [
            "precedents/huge.yml:1:1: is larger than 1 MB, the most a record may hold (a "
            "letter takes far less: is this file really one record?)"
        ],
    )
    with huge.open("r+b") as file:
        file.truncate(MAX_RECORD_BYTES)
    _, found = problems_of(tmp_path)  # 1 MB exactly is read, and its million NULs summed up
    assert len(found) == 21
    assert found[-1].endswith(" more control characters from here on (is the file mis-encoded?)")


def test_find_records_lists_files_named_and_records_under_folders(
    tmp_path: Path, write_record: Callable[..., Path]
) -> None:
    one = write_record(VALID_RECORD, name="one")
    two = write_record(VALID_RECORD, name="two", folder="precedents/sub")
    named = tmp_path / "named.txt"
    assert find_records([tmp_path / "precedents", named]) == [one, two, named]


LOCKED = (
    "precedents/locked:1:1: folder cannot be read (Permission denied); the records in it are "
    "left out"
)


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root reads any folder")
def test_a_folder_that_may_not_be_read_is_an_error_naming_it(
    runner: CliRunner, in_tmp: Path, write_record: Callable[..., Path]
) -> None:
    write_record(VALID_RECORD, name="one")
    locked = write_record(VALID_RECORD, name="two", folder="precedents/locked").parent
    locked.chmod(0)
    try:
        result = runner.invoke(cli, ["validate"])
        ids, problems = problems_of(in_tmp)
    finally:
        locked.chmod(0o755)
    assert (result.exit_code, result.output.splitlines()) == (
        1,
        [LOCKED, "1 record(s): 1 error(s), 0 warning(s)"],
    )
    assert (ids, problems) == (["one"], [LOCKED])


def test_a_folder_that_cannot_be_listed_is_reported_whoever_runs(
    tmp_path: Path, write_record: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # As the test above, for root too (root reads a folder whatever its mode): the listing
    # itself is refused, as the system refuses it to anyone else.
    write_record(VALID_RECORD, name="one")
    locked = write_record(VALID_RECORD, name="two", folder="precedents/locked").parent
    scandir = os.scandir

    def refuse(path: str | os.PathLike[str] = ".") -> object:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    assert problems_of(tmp_path) == (["one"], [LOCKED])
