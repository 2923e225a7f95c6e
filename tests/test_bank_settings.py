"""The bank's settings file (bank-settings.yml): learning from drafts is the bank's choice."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from precedent_bank.cli import cli
from precedent_bank.errors import Problem
from precedent_bank.market.standards import STANDARDS_FILE, load_standards
from precedent_bank.records.settings import SETTINGS_FILE, load_settings
from tests.conftest import ROOT

LETTER = ROOT / "tests" / "letters" / "northwind-exhibit-5.txt"


def bank_with_a_draft(root: Path) -> None:
    """A project whose bank holds one draft (an import nobody has reviewed)."""
    (root / "incoming").mkdir()
    (root / "incoming" / "letter.txt").write_text(LETTER.read_text("utf-8"), "utf-8")
    result = CliRunner().invoke(cli, ["import", "incoming"])
    assert result.exit_code == 0, result.output


def learned(*flags: str) -> str:
    """What a dry-run import says it learned from."""
    result = CliRunner().invoke(cli, ["import", "incoming", "--dry-run", "--force", *flags])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()[0]


def test_no_settings_file_means_the_defaults(tmp_path: Path) -> None:
    settings, problems = load_settings(tmp_path)
    assert problems == []
    assert settings.import_.learn_from_drafts is False


def test_drafts_teach_only_when_the_bank_says_so(in_tmp: Path) -> None:
    bank_with_a_draft(in_tmp)
    assert "(1 drafts left out)" in learned()
    (in_tmp / SETTINGS_FILE).write_text("import:\n  learn_from_drafts: true\n", "utf-8")
    assert "learning from 1 records in precedents and" in learned()
    assert "(1 drafts left out)" in learned("--no-learn-from-drafts")  # the flag overrides
    (in_tmp / SETTINGS_FILE).write_text("import:\n  learn_from_drafts: false\n", "utf-8")
    assert "learning from 1 records" in learned("--learn-from-drafts")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "import:\n  learn_from_draft: true\n  other: 1\n",
            [
                "2:3: import.learn_from_draft: unknown setting 'learn_from_draft'; "
                "did you mean 'learn_from_drafts'?",
                "3:3: import.other: unknown setting 'other' (settings: learn_from_drafts)",
            ],
        ),
        ("import:\n  learn_from_drafts: 1\n", ["2:22: import.learn_from_drafts: expected true"]),
        ("import:\n  learn_from_drafts: yes\n", ["2:22: YAML reads yes as true"]),
        ("imports:\n  learn_from_drafts: true\n", ["1:1: imports: unknown setting 'imports'"]),
        ("import: [1]\n", ["1:9: import: expected a mapping of settings"]),
        ("- a\n", ["1:1: expected a mapping of settings"]),
        ("import:\n  learn_from_drafts: [\n", ["bank-settings.yml:"]),
    ],
)
def test_wrong_settings_are_errors_with_their_place(
    in_tmp: Path, text: str, expected: list[str]
) -> None:
    (in_tmp / SETTINGS_FILE).write_text(text, "utf-8")
    settings, problems = load_settings(in_tmp)
    assert len(problems) == len(expected), problems
    for problem, start in zip(problems, expected, strict=True):
        shown = str(problem)
        assert shown.startswith(start if start.startswith(SETTINGS_FILE) else "")
        assert start.removeprefix(SETTINGS_FILE) in shown
    assert settings.import_.learn_from_drafts is False  # nothing of a wrong file is used
    (in_tmp / "incoming").mkdir()
    (in_tmp / "incoming" / "a.txt").write_text("We consent.\n", "utf-8")
    result = CliRunner().invoke(cli, ["import", "incoming", "--dry-run"])
    assert result.exit_code == 2
    assert str(problems[0]) in result.output
    assert "problem(s); fix them first" in result.output


def test_a_wrong_settings_file_fails_the_build(tmp_path: Path) -> None:
    from precedent_bank.site.builder import load_site

    (tmp_path / SETTINGS_FILE).write_text("import:\n  learn_from_draft: true\n", "utf-8")
    _, problems = load_site(tmp_path, ROOT / "docs")
    assert any(str(p).startswith(f"{SETTINGS_FILE}:2:3: import.learn_from_draft") for p in problems)


def test_validate_checks_the_settings_file(in_tmp: Path) -> None:
    (in_tmp / "precedents").mkdir()
    (in_tmp / SETTINGS_FILE).write_text("import:\n  learn_from_drafts: 1\n", "utf-8")
    result = CliRunner().invoke(cli, ["validate"])
    assert result.exit_code == 1
    assert f"{SETTINGS_FILE}:2:22: import.learn_from_drafts: expected true or false" in (
        result.output
    )


def test_serve_watches_the_settings_file(tmp_path: Path) -> None:
    from precedent_bank.site.data_files import data_files

    (tmp_path / SETTINGS_FILE).write_text("import: {}\n", "utf-8")
    assert data_files(tmp_path) == [tmp_path / SETTINGS_FILE]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b"\xff\xfeimport: {}\n"), "is not UTF-8 text"),
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: p.symlink_to(p.parent / "elsewhere.yml"), "is a symbolic link"),
        (lambda p: os.mkfifo(p), "is a named pipe (FIFO)"),
    ],
)
def test_an_unreadable_settings_file_is_a_problem_not_a_crash_or_the_defaults(
    tmp_path: Path, make: Callable[[Path], object], message: str
) -> None:
    # A settings file that cannot be read must not crash validate, hang on a FIFO, follow a
    # link out of the bank, or be taken silently for "no settings".
    (tmp_path / "elsewhere.yml").write_text("import:\n  learn_from_drafts: true\n", "utf-8")
    make(tmp_path / SETTINGS_FILE)
    settings, problems = load_settings(tmp_path)
    assert [str(p).split(";")[0] for p in problems] == [f"{SETTINGS_FILE}:1:1: {message}"]
    assert settings.import_.learn_from_drafts is False


@pytest.mark.parametrize(
    ("load", "name", "noun"),
    [
        (load_settings, SETTINGS_FILE, "settings file"),
        (load_standards, STANDARDS_FILE, "standards file"),
    ],
)
def test_messages_name_the_kind_of_file_not_records(
    tmp_path: Path, load: Callable[[Path], tuple[object, list[object]]], name: str, noun: str
) -> None:
    """bank-settings.yml and standards.yml are read as safely as records, but are not records:
    their messages name the file's own kind."""
    (tmp_path / name).write_text("a: &x 1\nb: *x\nc: !!str 2\nd: 1\nd: 2\n", "utf-8")
    shown = "\n".join(str(p) for p in load(tmp_path)[1])
    assert f"YAML aliases (*x) are not allowed in {noun}s" in shown
    assert f"explicit YAML tags are not allowed in {noun}s (!!str)" in shown
    assert f"a {noun} may give each field once" in shown
    (tmp_path / name).write_bytes(b"a: b\n" + b"#" * 1_000_001)
    [problem] = load(tmp_path)[1]
    assert str(problem).endswith(f"is larger than 1 MB, the most a {noun} may hold")
    assert "record" not in shown + str(problem)


@pytest.mark.parametrize(
    ("load", "name", "severity"),
    [(load_settings, SETTINGS_FILE, "error"), (load_standards, STANDARDS_FILE, "warning")],
)
def test_a_yaml_warning_stops_a_setting_but_not_a_standard(
    tmp_path: Path, load: Callable[[Path], tuple[object, list[Problem]]], name: str, severity: str
) -> None:
    """Both files are read by one function, which keeps a YAML warning's severity; the
    settings file alone makes every problem an error, so an odd setting is never used."""
    text = "qualification-bankruptcy: subject\u200b to bankruptcy laws\n"
    (tmp_path / name).write_text(text, "utf-8")
    found = [p for p in load(tmp_path)[1] if "U+200B" in p.message]
    assert [(p.line, p.col, p.severity) for p in found] == [(1, 34, severity)]
