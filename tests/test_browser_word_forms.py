# ruff: noqa: F811  (the browser fixture is imported from test_browser and named as an argument)
"""A clause type's market form and the firm's standard wording downloaded as Word from the clause
page, in headless Chromium, from the offline copy opened as files, and read back with
python-docx."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from precedent_bank.records.drafting import PARAGRAPH_JOIN
from tests.sitetools import build_site, copy_project
from tests.test_browser import browser  # noqa: F401  (fixture)
from tests.test_csp_browser import WATCH
from tests.test_market import make_bank

pytestmark = pytest.mark.browser

# Written with hard line breaks and an indent, as a YAML block keeps them, and in two paragraphs:
# the Word file must have neither the breaks nor the indent, and both paragraphs.
STANDARDS = """\
opinion-equity: |
  The [term] have been duly authorized and, when issued
     and paid for as described in the [term], will be
  validly issued, fully paid and non-assessable.

  We express no opinion on any [amount] not so paid.
"""
STANDARD_TEXT = (
    "The [term] have been duly authorized and, when issued and paid for as described in the "
    "[term], will be validly issued, fully paid and non-assessable."
    "\n\nWe express no opinion on any [amount] not so paid."
)
# Five letters share this wording once deal specifics are set aside (tests/test_market.py):
# it is the market form, its specifics shown as blanks.
MARKET_TEXT = (
    "[no.] The [defined term] shares, when issued on [date], will be validly issued, fully paid "
    "and non-assessable, and the aggregate price shall not exceed [amount]."
)


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("word-forms")
    project = copy_project(root / "project")
    shutil.copy(Path(__file__).parents[1] / "mkdocs-offline.yml", project)
    make_bank(project, [("shall not exceed", {})] * 5 + [("shall exceed", {})])
    (project / "standards.yml").write_text(STANDARDS, "utf-8")
    return build_site(project, root / "site", "mkdocs-offline.yml")


def _download(page: object, holder: str, dest: Path) -> Path:
    with page.expect_download() as info:  # type: ignore[attr-defined]
        page.click(f"{holder} [data-pb-docx-form]")  # type: ignore[attr-defined]
    path = dest / info.value.suggested_filename
    info.value.save_as(str(path))
    return path


def _read_back(path: Path) -> str:
    return PARAGRAPH_JOIN.join(p.text for p in docx.Document(str(path)).paragraphs)


def test_market_form_and_standard_wording_download_as_word_from_file(
    browser: object, offline_site: Path, tmp_path: Path
) -> None:
    context = browser.new_context(accept_downloads=True)  # type: ignore[attr-defined]
    problems: list[str] = []  # CSP violations, script errors
    context.expose_function("pbReport", lambda message: problems.append(message))
    context.add_init_script(WATCH)
    page = context.new_page()
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((offline_site / "clauses" / "opinion-equity.html").as_uri())
    market = _download(page, ".pb-market-form", tmp_path)
    standard = _download(page, ".pb-standard", tmp_path)
    context.close()
    assert market.name == "opinion-equity-market-form.docx"
    assert _read_back(market) == MARKET_TEXT
    assert standard.name == "opinion-equity-our-standard.docx"
    assert _read_back(standard) == STANDARD_TEXT
    assert [u for u in requests if not u.startswith(("file:", "data:", "blob:"))] == []
    assert problems == []
