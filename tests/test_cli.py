"""The `precedents` command: exit codes, output, and help on every command."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from precedent_bank.cli import cli, json_schema
from tests.conftest import ROOT, VALID_RECORD


def test_validate_valid_records(
    runner: CliRunner, in_tmp: Path, write_record: Callable[..., Path]
) -> None:
    write_record(VALID_RECORD)
    result = runner.invoke(cli, ["validate"])
    assert result.exit_code == 0
    assert result.output == "1 record(s) valid\n"


def test_validate_reports_every_problem_and_exits_1(
    runner: CliRunner, in_tmp: Path, write_record: Callable[..., Path]
) -> None:
    write_record(VALID_RECORD.replace("opinion-equity", "opinon-equity"), name="one")
    write_record("title: [", name="two")
    result = runner.invoke(cli, ["validate", "precedents"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "precedents/one.yml:17:11: clauses[1].type: unknown clause type 'opinon-equity'; "
        "did you mean 'opinion-equity'?",
        "precedents/two.yml:2:1: YAML syntax error: did not find expected node content "
        "(while parsing a flow node)",
        "2 record(s): 2 error(s), 0 warning(s)",
    ]


def test_validate_names_a_file_with_a_terminal_escape_in_its_name_as_it_is(
    runner: CliRunner, in_tmp: Path, write_record: Callable[..., Path]
) -> None:
    """A terminal would act on the escape ("\x1b[31m" turns the text red) and show a name that
    is no file's: it is printed escaped."""
    write_record("title: [", name="x\x1b[31mred")
    result = runner.invoke(cli, ["validate", "precedents"])
    assert result.exit_code == 1
    assert "\x1b" not in result.output
    assert "precedents/x\\x1b[31mred.yml:2:1: YAML syntax error" in result.output


def test_validate_checks_what_the_build_checks_in_a_project(
    runner: CliRunner, in_tmp: Path, write_record: Callable[..., Path]
) -> None:
    """`validate` said "valid" where the build then stopped: a training step reading a page
    the site lacks, a synonym list that is not a list."""
    write_record(VALID_RECORD)
    shutil.copytree(ROOT / "docs", in_tmp / "docs")
    (in_tmp / "training").mkdir()
    (in_tmp / "training" / "path.yml").write_text(
        "steps:\n  - title: One\n    read: [clauses/nowhere.md]\n", "utf-8"
    )
    (in_tmp / "search-synonyms.yml").write_text("synonyms: judgment\n", "utf-8")
    result = runner.invoke(cli, ["validate"])
    assert result.exit_code == 1
    assert "training/path.yml:3:12: steps[0].read[0]: no page 'clauses/nowhere.md'" in result.output
    assert "search-synonyms.yml:1:11: synonyms: expected a list of groups" in result.output
    # a record named on its own is checked with the bank's files, not the whole project
    alone = runner.invoke(cli, ["validate", "precedents/acme-2021-shares.yml"])
    assert "training/path.yml" not in alone.output
    assert "search-synonyms.yml:1:11" in alone.output


def test_validate_warnings_pass_unless_strict(
    runner: CliRunner, in_tmp: Path, write_record: Callable[..., Path]
) -> None:
    write_record(
        VALID_RECORD.replace("  - type: signature\n", "  - type: signature\n    review: true\n")
    )
    relaxed = runner.invoke(cli, ["validate"])
    strict = runner.invoke(cli, ["validate", "--strict"])
    assert relaxed.exit_code == 0
    assert strict.exit_code == 1
    assert "warning: clauses[2].type: type 'signature' needs review" in strict.output


def test_validate_strict_fails_on_a_draft_with_facts_still_open(
    runner: CliRunner, in_tmp: Path, write_record: Callable[..., Path]
) -> None:
    """A draft whose only open questions were facts passed `validate --strict`: a check before
    publishing that let a doubted firm through."""
    draft = VALID_RECORD.replace(
        "document: legality-opinion",
        "status: draft\ndocument: legality-opinion\nimported:\n  file: x.txt\n  format: text\n"
        "  doubtful:\n    - \"firm: 'X LLP' (confidence 0.50: only in EDGAR's header line)\"",
    )
    write_record(draft)
    relaxed = runner.invoke(cli, ["validate"])
    strict = runner.invoke(cli, ["validate", "--strict"])
    assert relaxed.exit_code == 0, relaxed.output
    assert strict.exit_code == 1
    assert "warning: imported.doubtful: 1 fact(s) are still listed as doubtful: firm:" in (
        strict.output
    )


def test_validate_usage_errors_exit_2(runner: CliRunner, in_tmp: Path) -> None:
    assert runner.invoke(cli, ["validate"]).exit_code == 2  # no ./precedents here
    assert runner.invoke(cli, ["validate", "does-not-exist.yml"]).exit_code == 2
    assert runner.invoke(cli, ["validate", "--no-such-flag"]).exit_code == 2


def test_build_refuses_invalid_records_without_traceback(
    runner: CliRunner, in_tmp: Path, write_record: Callable[..., Path]
) -> None:
    (in_tmp / "mkdocs.yml").write_text("site_name: x\n", "utf-8")
    write_record("title: x\n", name="bad")
    result = runner.invoke(cli, ["build"])
    assert result.exit_code == 1
    assert "precedents/bad.yml:1:1: clauses: required field is missing" in result.output
    assert "nothing was built" in result.output
    assert "Traceback" not in result.output
    assert not (in_tmp / "site").exists()


def commands() -> list[str]:
    return sorted(cli.commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", commands())
def test_every_command_has_help(runner: CliRunner, command: str) -> None:
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert result.output.startswith(f"Usage: cli {command}")


@pytest.mark.parametrize("command", commands())
def test_every_command_is_documented(command: str) -> None:
    guide = (ROOT / "docs" / "guide" / "cli.md").read_text("utf-8")
    assert re.search(rf"^## `precedents {command}", guide, flags=re.MULTILINE), command


def test_published_schema_is_current() -> None:
    published = (ROOT / "docs" / "schema" / "precedent.schema.json").read_text("utf-8")
    assert published == json_schema(), "run `precedents schema` to refresh it"
    schema = json.loads(published)
    assert schema["additionalProperties"] is False
    assert "qualification-bankruptcy" in json.dumps(schema)


def test_bundled_records_reference_the_schema() -> None:
    for path in sorted((ROOT / "precedents").rglob("*.yml")):
        first = path.read_text("utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), path.name
        target = (path.parent / first.split("$schema=", 1)[1]).resolve()
        assert target == (ROOT / "docs" / "schema" / "precedent.schema.json").resolve()


# --- the standards file ---------------------------------------------------------------------

STANDARDS = """\
opinion-equity: |
  The [term] have been duly authorized and will be validly issued, fully paid and
  non-assessable.
qualificaton-bankruptcy: Subject to bankruptcy laws.
opinion-debt:
  - a list
engagement:
opinion-equity-x: text
consent: We consent to the filing of this opinion on [dates].
"""


def test_validate_checks_the_standards_file_with_every_problem_located(
    runner: CliRunner, in_tmp: Path, write_record: Callable[..., Path]
) -> None:
    write_record(VALID_RECORD)
    write_record(VALID_RECORD.replace("opinion-equity", "opinon-equity"), name="other")
    (in_tmp / "standards.yml").write_text(STANDARDS, "utf-8")
    result = runner.invoke(cli, ["validate"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "precedents/other.yml:17:11: clauses[1].type: unknown clause type 'opinon-equity'; "
        "did you mean 'opinion-equity'?",
        "standards.yml:4:1: qualificaton-bankruptcy: unknown clause type "
        "'qualificaton-bankruptcy'; did you mean 'qualification-bankruptcy'?",
        "standards.yml:6:3: opinion-debt: the standard wording must be text",
        "standards.yml:7:1: engagement: the standard wording must be text",
        "standards.yml:8:1: opinion-equity-x: unknown clause type 'opinion-equity-x'; "
        "did you mean 'opinion-equity'?",
        "standards.yml:9:54: warning: consent: '[dates]' is not a blank and is compared as "
        "words; did you mean '[date]'?",
        "2 record(s): 5 error(s), 1 warning(s)",
    ]


def test_validate_passes_a_good_standards_file_and_fails_a_malformed_one(
    runner: CliRunner, in_tmp: Path, write_record: Callable[..., Path]
) -> None:
    write_record(VALID_RECORD)
    standards = in_tmp / "standards.yml"
    standards.write_text(STANDARDS.partition("qualificaton")[0], "utf-8")
    assert runner.invoke(cli, ["validate"]).output == "1 record(s) valid\n"
    for text, expected in [
        ("- opinion-equity\n", "standards.yml:1:1: must be a mapping of clause type: standard "),
        ("opinion-equity: [\n", "standards.yml:2:1: YAML syntax error: "),
        ("opinion-equity: x\nopinion-equity: y\n", "standards.yml:2:1: duplicate key "),
        ("opinion-equity: \x85\xff\n", "standards.yml:1:1: is not UTF-8 text"),
    ]:
        standards.write_bytes(text.encode("latin-1"))
        result = runner.invoke(cli, ["validate"])
        assert result.exit_code == 1, text
        assert result.output.startswith(expected), result.output
        assert result.output.endswith("1 record(s): 1 error(s), 0 warning(s)\n")
    standards.unlink()
    standards.mkdir()
    result = runner.invoke(cli, ["validate"])
    assert (result.exit_code, result.output.splitlines()[0]) == (
        1,
        "standards.yml:1:1: is a folder; standards files must be regular files",
    )
