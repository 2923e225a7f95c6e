"""Shared fixtures: records from inline YAML, the CLI runner, and one build of the bundled bank."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from precedent_bank.importer.learning import learn_for_import
from precedent_bank.importer.recogniser import Recogniser
from precedent_bank.records.bank import Bank, load_bank

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

VALID_RECORD = """\
title: Acme Widgets - 2,000,000 shares of Common Stock
document: legality-opinion
exhibit: "5.1"
date: 2021-06-30
firm: Example & Example LLP
issuer:
  name: Acme Widgets, Inc.
  jurisdiction: Delaware
securities:
  - type: equity
    description: Common Stock, par value $0.01 per share
laws: [Delaware General Corporation Law]
clauses:
  - type: heading
    text: |
      Exhibit 5.1
  - type: opinion-equity
    text: |
      The Shares are validly issued, fully paid and non-assessable.
  - type: signature
    text: "/s/ Example & Example LLP"
"""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite tests/golden/expected/ from the current code (then review the diff)",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture
def write_record(tmp_path: Path) -> Callable[..., Path]:
    """Write an inline YAML record (dedented) to tmp_path/precedents/NAME.yml."""

    def write(text: str, name: str = "acme-2021-shares", folder: str = "precedents") -> Path:
        path = tmp_path / folder / f"{name}.yml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), "utf-8")
        return path

    return write


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def in_tmp(tmp_path: Path) -> Iterator[Path]:
    """Run the test from inside tmp_path (the CLI prints paths relative to it)."""
    old = Path.cwd()
    os.chdir(tmp_path)
    yield tmp_path
    os.chdir(old)


@pytest.fixture(scope="session")
def bundled_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled bank, built once per test run exactly as `mkdocs build --strict` would."""
    from tests.sitetools import build_site

    return build_site(ROOT, tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def bundled_bank() -> Bank:
    bank, problems = load_bank([ROOT / "precedents"], base=ROOT)
    assert problems == []
    return bank


HOSTILE = ROOT / "tests" / "hostile"


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built from the records in tests/hostile/, written as an attacker would."""
    import shutil

    from tests.sitetools import build_site, copy_project

    project = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    for record in HOSTILE.glob("*.yml"):
        shutil.copy(record, project / "precedents" / record.name)
    # Hand-written pages' front matter (printed by the theme, the subtitle into the navigation
    # every page shares) and a heading that becomes the page's <title>.
    glossary = project / "docs" / "glossary.md"
    glossary.write_text(HOSTILE_FRONT_MATTER + glossary.read_text("utf-8").split("---\n", 2)[2])
    consent = project / "docs" / "clauses" / "consent.md"
    text = consent.read_text("utf-8")
    consent.write_text(text.replace("# Consent to filing", HOSTILE_HEADING, 1), "utf-8")
    return build_site(project, project.parent / "site")


RAN = 'window.pbReport && pbReport("{} ran")'
"""What a hostile page's script does: report itself to the browser tests' watcher."""
HOSTILE_FRONT_MATTER = f"""---
title: 'Glossary</title><script>{RAN.format("front matter title")}</script><title>'
subtitle: '<script>{RAN.format("subtitle")}</script><b style="position:fixed">Reviewed</b>'
description: '0;url=https://evil.example/" http-equiv="refresh'
summary: Terms.
---
"""
HOSTILE_HEADING = (
    f"# Consent to filing &lt;/title&gt;&lt;script&gt;{RAN.format('heading')}&lt;/script&gt;"
)


@pytest.fixture(scope="session")
def recogniser() -> Recogniser:
    """What the importer learns from the bundled bank: learned once, only read by the tests."""
    return learn_for_import(ROOT / "precedents", ROOT / "precedents").recogniser
