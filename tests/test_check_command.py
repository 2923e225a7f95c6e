"""`precedents check`: output formats, locations, exit codes, and nothing written."""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from html import escape
from pathlib import Path

from click.testing import CliRunner

from precedent_bank.cli import cli
from precedent_bank.importer.sources import read_letters
from precedent_bank.records.yamlio import dump_yaml
from tests.conftest import ROOT
from tests.documents import make_docx, make_pdf
from tests.seeded import CASES, letter

LINE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<rule>[a-z0-9-]+): (?P<rest>.+)$"
)


def _case_letter(name: str, folder: Path, suffix: str = ".txt") -> Path:
    """A seeded case written out as a letter file."""
    p = letter(next(c for c in CASES if c.name == name))
    path = folder / f"{name.replace(' ', '-')}{suffix}"
    path.write_text(p.text, "utf-8")
    return path


def _case_record(name: str, folder: Path) -> Path:
    p = letter(next(c for c in CASES if c.name == name))
    path = folder / f"{name.replace(' ', '-').replace(':', '')}.yml"
    path.write_text(dump_yaml(p.model_dump(mode="json", exclude_defaults=True)), "utf-8")
    return path


def test_a_letter_with_an_error_exits_1_and_locates_the_words(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = _case_letter("closing-style reliance", tmp_path)
    result = runner.invoke(cli, ["check", str(path), "--bank", str(ROOT / "precedents")])
    assert result.exit_code == 1
    (line,) = result.stdout.splitlines()
    m = LINE.match(line)
    assert m, line
    assert m["path"] == str(path)
    assert m["rule"] == "exhibit5-reliance-limit"
    assert m["rest"].startswith("error: ")
    text_line = path.read_text("utf-8").splitlines()[int(m["line"]) - 1]
    assert text_line[int(m["col"]) - 1 :].startswith("solely for your benefit")


def test_json_gives_the_offsets_of_the_offending_text(runner: CliRunner, tmp_path: Path) -> None:
    path = _case_letter("no non-assessable", tmp_path)
    result = runner.invoke(cli, ["check", str(path), "--format", "json"])
    assert result.exit_code == 1
    (item,) = json.loads(result.stdout)
    assert {"path", "rule", "severity", "message", "start", "end"} <= set(item)
    assert item["rule"] == "equity-opinion-elements"
    assert item["severity"] == "error"
    offending = path.read_text("utf-8")[item["start"] : item["end"]]
    assert "validly issued and fully paid" in offending


def test_a_record_is_located_at_the_words_in_its_yaml(runner: CliRunner, tmp_path: Path) -> None:
    path = _case_record("only you may rely", tmp_path)
    result = runner.invoke(cli, ["check", str(path)])
    assert result.exit_code == 1
    m = LINE.match(result.stdout.splitlines()[0])
    assert m
    yaml_line = path.read_text("utf-8").splitlines()[int(m["line"]) - 1]
    assert yaml_line[int(m["col"]) - 1 :].startswith("Only you may rely")


def test_warnings_information_and_old_letters_exit_0(runner: CliRunner, tmp_path: Path) -> None:
    warning = _case_letter("no consent (equity)", tmp_path)
    old = ROOT / "precedents" / "caddo-mesa-1996-ipo-common-stock.yml"  # before SLB 19 + info
    result = runner.invoke(cli, ["check", str(warning), str(old), "--format", "json"])
    assert result.exit_code == 0, result.output
    severities = sorted(item["severity"] for item in json.loads(result.stdout))
    assert severities == ["before", "info", "warning"]
    before = next(i for i in json.loads(result.stdout) if i["severity"] == "before")
    assert before["before"] == "SLB 19"


def test_clean_files_exit_0_with_no_findings(runner: CliRunner, tmp_path: Path) -> None:
    clean = ROOT / "tests" / "seeded"
    result = runner.invoke(cli, ["check", str(clean), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert "findings: none" in result.stderr


def test_word_files_are_imported_on_the_fly_and_nothing_is_written(
    runner: CliRunner, tmp_path: Path
) -> None:
    p = letter(next(c for c in CASES if c.name == "NY notes, DGCL only"))
    docx = make_docx(tmp_path / "draft.docx", p.text.strip().split("\n\n"))
    before = sorted(tmp_path.rglob("*"))
    result = runner.invoke(cli, ["check", str(tmp_path), "--format", "json"])
    assert result.exit_code == 1
    assert [i["rule"] for i in json.loads(result.stdout)] == ["debt-governing-law"]
    assert json.loads(result.stdout)[0]["path"] == str(docx)
    assert sorted(tmp_path.rglob("*")) == before


def test_a_file_that_cannot_be_read_is_reported_and_fails(
    runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "empty.txt").write_text("", "utf-8")
    shutil.copy(ROOT / "tests" / "seeded" / "quillon-2022-rights-offering.yml", tmp_path)
    result = runner.invoke(cli, ["check", str(tmp_path)])
    assert result.exit_code == 1
    assert "empty.txt: is empty" in result.stderr
    assert "1 file(s) not checked" in result.stderr


def test_an_invalid_record_is_reported_as_validate_would(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("title: x\ndocument: legality-opinon\n", "utf-8")
    result = runner.invoke(cli, ["check", str(bad)])
    assert result.exit_code == 1
    assert re.search(
        rf"^{re.escape(str(bad))}:2:11: document: unknown document type", result.stderr, re.M
    )


def test_an_html_letter_is_located_in_the_text_read_out_of_it(
    runner: CliRunner, tmp_path: Path
) -> None:
    p = letter(next(c for c in CASES if c.name == "admitted only in Massachusetts"))
    paragraphs = "".join(f"<p>{escape(part)}</p>\n" for part in p.text.strip().split("\n\n"))
    page = tmp_path / "draft.htm"
    page.write_text(f"<html><body>\n{paragraphs}</body></html>\n", "utf-8")
    result = runner.invoke(cli, ["check", str(page), "--format", "json"])
    assert result.exit_code == 1
    (item,) = json.loads(result.stdout)
    assert item["rule"] == "not-admitted-in-opined-law"
    (read,) = read_letters(page)
    assert read.text[item["start"] : item["end"]].startswith("admitted to practice only in")
    line = read.text.splitlines()[item["line"] - 1]
    assert line[item["col"] - 1 :].startswith("admitted to practice only in")


def test_a_pdf_letter_is_imported_on_the_fly_and_located(runner: CliRunner, tmp_path: Path) -> None:
    p = letter(next(c for c in CASES if c.name == "closing-style reliance"))
    lines: list[str] = []
    for para in p.text.strip().split("\n\n"):  # short lines, as a page holds them
        lines += [*textwrap.wrap(" ".join(para.split()), 90), ""]
    pdf = make_pdf(tmp_path / "draft.pdf", lines)
    result = runner.invoke(cli, ["check", str(pdf), "--format", "json"])
    assert result.exit_code == 1
    (item,) = json.loads(result.stdout)
    assert (item["path"], item["rule"], item["severity"]) == (
        str(pdf),
        "exhibit5-reliance-limit",
        "error",
    )
    (read,) = read_letters(pdf)
    assert " ".join(read.text[item["start"] : item["end"]].split()) == "solely for your benefit"
    line = read.text.splitlines()[item["line"] - 1]
    assert line[item["col"] - 1 :].startswith("solely for")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.pdf"]  # nothing written


def test_text_lines_give_every_severity(runner: CliRunner, tmp_path: Path) -> None:
    warning = _case_letter("no consent (equity)", tmp_path)
    old = ROOT / "precedents" / "caddo-mesa-1996-ipo-common-stock.yml"
    result = runner.invoke(cli, ["check", str(warning), str(old)])
    assert result.exit_code == 0, result.output
    found = [LINE.match(line) for line in result.stdout.splitlines()]
    assert all(found), result.stdout
    severities = sorted(m["rest"].split(": ")[0] for m in found if m)
    assert severities == ["before SLB 19", "info", "warning"]
    assert result.stderr.splitlines()[-1] == "findings: 1 warning, 1 info, 1 before"


def test_usage_mistakes_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    draft = _case_letter("no non-assessable", tmp_path)
    assert runner.invoke(cli, ["check"]).exit_code == 2  # no PATH
    assert runner.invoke(cli, ["check", str(tmp_path / "missing.txt")]).exit_code == 2
    assert runner.invoke(cli, ["check", str(draft), "--format", "xml"]).exit_code == 2
    assert runner.invoke(cli, ["check", str(draft), "--bank", str(tmp_path / "no")]).exit_code == 2
