"""The reading path: a trainer's data file, checked at its lines, rendered as a page."""

from __future__ import annotations

import os
from pathlib import Path

from precedent_bank.errors import errors_in
from precedent_bank.site.builder import load_site
from precedent_bank.site.reading_path import PATH_FILE, load_reading_path
from tests.conftest import ROOT, VALID_RECORD
from tests.sitetools import build_site, copy_project

PAGES = {"clauses/opinion-equity.md", "glossary.md"}
SHOWN = PATH_FILE


def _load(project: Path, text: str) -> tuple[object, list[str]]:
    (project / "training").mkdir(parents=True, exist_ok=True)
    (project / PATH_FILE).write_text(text, "utf-8")
    course, problems = load_reading_path(project, PAGES)
    return course, [str(p) for p in problems]


def test_the_bundled_path_is_valid_and_on_its_page(bundled_site: Path) -> None:
    pages = {p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")}
    pages |= {f"precedents/{p.stem}.md" for p in (ROOT / "precedents").glob("*.yml")}
    course, problems = load_reading_path(ROOT, pages)
    assert problems == []
    assert course is not None
    html = (bundled_site / "training" / "path" / "index.html").read_text("utf-8")
    for step in course.steps:
        kind, number = (step.drill or "").split()
        assert f'href="../../training/{kind}/?n={number}"' in html
        assert step.title in html
    assert 'href="../../clauses/opinion-equity/"' in html
    assert 'href="../../precedents/hartford-2004-senior-notes/"' in html


def test_every_problem_at_its_line_in_one_run(tmp_path: Path) -> None:
    course, problems = _load(
        tmp_path,
        "steps:\n"
        "  - title: One\n"
        "    read: [clauses/opinion-equity.md, clauses/opinion-equty.md]\n"
        "    notice: Look.\n"
        "    drill: label twelve\n"
        "  - title: Two\n"
        "    reed: [glossary.md]\n"
        "    notice: Look again.\n",
    )
    assert course is None
    assert problems == [
        f"{SHOWN}:3:39: steps[0].read[1]: no page 'clauses/opinion-equty.md'; "
        "did you mean 'clauses/opinion-equity.md'?",
        f"{SHOWN}:5:12: steps[0].drill: write a drill as its kind (label, missing, kind, "
        "defect) and a number: 'label 3'",
        f"{SHOWN}:6:5: steps[1].read: required field is missing",
        f"{SHOWN}:7:5: steps[1].reed: unknown field 'reed'; did you mean 'read'?",
    ]


def test_no_file_no_path_and_no_problem(tmp_path: Path) -> None:
    assert load_reading_path(tmp_path, PAGES) == (None, [])


def test_a_trainers_markdown_is_rendered_inert(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "precedents" / "acme-2021-shares.yml").write_text(VALID_RECORD, "utf-8")
    (project / "training").mkdir()
    (project / PATH_FILE).write_text(
        "steps:\n"
        "  - title: Read it\n"
        "    read: [precedents/acme-2021-shares.md, glossary.md]\n"
        "    notice: 'See **this** <script>alert(1)</script><img src=x onerror=alert(2)>'\n"
        "    drill: defect 5\n",
        "utf-8",
    )
    site = build_site(project, tmp_path / "site")
    html = (site / "training" / "path" / "index.html").read_text("utf-8")
    assert "<strong>this</strong>" in html
    assert "<script>alert" not in html  # raw HTML is shown as text, as in a record's note
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(1)" in html
    assert 'href="../../training/defect/?n=5"' in html
    assert 'href="../../precedents/acme-2021-shares/"' in html


def test_a_bad_path_is_an_error_of_the_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "training").mkdir()
    (project / PATH_FILE).write_text("steps: []\n", "utf-8")
    _, problems = load_site(project, project / "docs")
    assert [str(p) for p in errors_in(problems)] == [f"{SHOWN}:1:8: steps: must not be empty"]


def test_an_unreadable_path_file_is_a_problem_not_a_crash_or_a_hang(tmp_path: Path) -> None:
    """Read as standards.yml is: bytes that are not UTF-8, a link and a FIFO are each one
    problem at 1:1 (the FIFO would block a plain read for ever)."""
    training = tmp_path / "training"
    training.mkdir()
    path = tmp_path / PATH_FILE
    path.write_bytes(b"steps:\n  - title: \xff\n")
    course, problems = load_reading_path(tmp_path, PAGES)
    assert course is None
    assert [str(p) for p in problems] == [f"{SHOWN}:1:1: is not UTF-8 text"]
    path.unlink()
    (tmp_path / "elsewhere.yml").write_text("steps: []\n", "utf-8")
    path.symlink_to(tmp_path / "elsewhere.yml")
    course, problems = load_reading_path(tmp_path, PAGES)
    assert course is None
    assert [str(p)[: len(SHOWN) + 5] for p in problems] == [f"{SHOWN}:1:1:"]
    path.unlink()
    os.mkfifo(path)
    course, problems = load_reading_path(tmp_path, PAGES)
    assert course is None
    assert [str(p)[: len(SHOWN) + 5] for p in problems] == [f"{SHOWN}:1:1:"]


def test_an_anchor_that_is_no_id_is_a_located_error(tmp_path: Path) -> None:
    """What follows '#' goes into the page's Markdown as a link: a ")" and more Markdown after
    it would put a fake all-clear, an outside image or a class of the theme's on the page."""
    course, problems = _load(
        tmp_path,
        "steps:\n"
        "  - title: One\n"
        "    read:\n"
        "      - clauses/opinion-equity.md#what-it-says\n"
        "      - 'glossary.md#x) **Reviewed: all clear** [y](glossary.md#x'\n"
        "    notice: Look.\n",
    )
    assert course is None
    assert problems == [
        f"{SHOWN}:5:9: steps[0].read[1]: '#x) **Reviewed: all clear** [y](glossary.' is no "
        "anchor: after '#' write a heading's or a clause's id (letters, digits, '-' and '_'), "
        "as the page's address shows it"
    ]
