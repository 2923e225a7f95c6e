"""Rebuilds under `mkdocs serve` reuse what an edit did not change, and show what it did.

Each case edits the project between two serve builds, then builds the same project again from
nothing (every cache emptied) and compares the two sites file by file: a rebuild that reuses a
page must give the page a build from nothing gives.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from jinja2 import DictLoader, Environment

from precedent_bank.records.cache import RecordCache, RecordMemo
from precedent_bank.site.kept_pages import CompiledTemplates, KeptPages, KeptStages
from precedent_bank.site.search_serve import BackgroundIndex
from tests.conftest import ROOT
from tests.sitetools import copy_project
from tests.test_serve import serve_build

LETTERS = [
    "aldergate-2021-spac-units",
    "caddo-mesa-1996-ipo-common-stock",
    "hartford-2004-senior-notes",
]
SKIPPED = {"pagefind", ".pb-search", "sitemap.xml", "sitemap.xml.gz"}
"""The search index, made in the background under serve; the sitemap, which under serve lists
only the pages MkDocs rendered (no search engine reads a preview)."""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = copy_project(tmp_path / "project")
    for name in LETTERS:
        shutil.copy(ROOT / "precedents" / f"{name}.yml", project / "precedents")
    return project


def hook() -> ModuleType:
    return sys.modules["hooks/precedents.py"]


@pytest.fixture
def served(project: Path, tmp_path: Path) -> Iterator[Path]:
    """The folder serve builds into, after a first build."""
    site = tmp_path / "served"
    serve_build(project, site, startup=True)
    yield site
    hook()._build.search.close()


def forget_everything() -> None:
    build = hook()._build
    build.search.close()
    build.records, build.memo = RecordCache(), RecordMemo()
    build.kept, build.stages, build.search = KeptPages(), KeptStages(), BackgroundIndex()


def site_files(site: Path) -> dict[str, bytes]:
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in site.rglob("*")
        if p.is_file() and p.relative_to(site).parts[0] not in SKIPPED
    }


def rebuild_and_compare(project: Path, served: Path, tmp_path: Path) -> dict[str, bytes]:
    """Rebuild under serve; check it against a build from nothing; the rebuilt site's files."""
    serve_build(project, served, startup=False)
    rebuilt = site_files(served)
    forget_everything()
    fresh = tmp_path / "fresh"
    serve_build(project, fresh, startup=False)
    afresh = site_files(fresh)
    assert rebuilt.keys() == afresh.keys()
    differ = [name for name in rebuilt if rebuilt[name] != afresh[name]]
    assert differ == []
    return rebuilt


def test_an_unchanged_bank_reuses_every_letter_page(
    project: Path, served: Path, tmp_path: Path
) -> None:
    before = site_files(served)
    serve_build(project, served, startup=False)
    assert hook()._build.kept.reused == len(LETTERS)
    assert hook()._build.records.validated == 0
    assert site_files(served) == before


def edit(project: Path, name: str, old: str, new: str) -> None:
    path = project / name
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def retitle(project: Path) -> None:
    # The title shows in other letters' related lists, the browse tables, the clause library.
    edit(project, "precedents/hartford-2004-senior-notes.yml", "title: ", "title: Retitled ")


def renote(project: Path) -> None:
    path = project / "precedents" / "aldergate-2021-spac-units.yml"
    edit(project, str(path.relative_to(project)), "note: ", "note: Edited note. ")


def summarise(project: Path) -> None:
    # A summary shows on its letter's page only.
    edit(project, "precedents/hartford-2004-senior-notes.yml", "summary: '", "summary: 'Edited. ")


def reword(project: Path) -> None:
    # Letter text shows in the clause library's examples, the market figures, compare's data.
    path = "precedents/hartford-2004-senior-notes.yml"
    edit(
        project,
        path,
        "in connection with the Registration",
        "in connection with the very Registration",
    )


def resummarise(project: Path) -> None:
    # A clause type's summary shows in the label of every clause of that type, in every letter.
    edit(project, "docs/clauses/consent.md", "summary: ", "summary: Edited summary. ")


def add(project: Path) -> None:
    shutil.copy(ROOT / "precedents" / "fenwick-2022-senior-notes.yml", project / "precedents")


def remove(project: Path) -> None:
    (project / "precedents" / "caddo-mesa-1996-ipo-common-stock.yml").unlink()


@pytest.mark.parametrize("change", [retitle, renote, summarise, reword, resummarise, add, remove])
def test_a_rebuild_shows_what_a_build_from_nothing_shows(
    change: Callable[[Path], None], project: Path, served: Path, tmp_path: Path
) -> None:
    change(project)
    rebuild_and_compare(project, served, tmp_path)


def test_an_edit_remakes_its_page_and_the_pages_that_show_it(
    project: Path, served: Path, tmp_path: Path
) -> None:
    retitle(project)
    files = rebuild_and_compare(project, served, tmp_path)
    assert b"Retitled " in files["precedents/hartford-2004-senior-notes/index.html"]
    assert b"Retitled " in files["browse/index.html"]


def test_a_bad_edit_is_reported_and_fixing_it_restores_the_page(
    project: Path, served: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    good = (project / "precedents" / "hartford-2004-senior-notes.yml").read_text("utf-8")
    edit(project, "precedents/hartford-2004-senior-notes.yml", "document: ", "documnt: ")
    files = rebuild_and_compare(project, served, tmp_path)
    assert "precedents/hartford-2004-senior-notes.yml:" in caplog.text
    assert "unknown field 'documnt'; did you mean 'document'?" in caplog.text
    assert b"pb-invalid-records" in files["precedents/aldergate-2021-spac-units/index.html"]
    (project / "precedents" / "hartford-2004-senior-notes.yml").write_text(good, "utf-8")
    files = rebuild_and_compare(project, served, tmp_path)
    assert "precedents/hartford-2004-senior-notes/index.html" in files
    assert b"pb-invalid-records" not in files["precedents/aldergate-2021-spac-units/index.html"]


def test_search_is_indexed_in_the_background_and_swapped_in(project: Path, served: Path) -> None:
    search = hook()._build.search
    assert search.finished.wait(120)
    entry = served / "pagefind" / "pagefind-entry.json"
    first = entry.read_bytes()
    retitle(project)
    serve_build(project, served, startup=False)
    assert entry.read_bytes() == first  # the last index, at once: search lags behind the edit
    assert search.finished.wait(120)
    assert entry.read_bytes() != first  # then the new build's index replaces it


def test_a_page_no_build_writes_any_more_is_deleted(project: Path, served: Path) -> None:
    stale = served / "precedents" / "caddo-mesa-1996-ipo-common-stock" / "index.html"
    assert stale.is_file()
    remove(project)
    serve_build(project, served, startup=False)
    assert not stale.parent.exists()


def test_a_summary_edit_remakes_its_letter_and_nothing_else(project: Path, served: Path) -> None:
    summarise(project)
    serve_build(project, served, startup=False)
    build = hook()._build
    assert build.kept.reused == len(LETTERS) - 1
    assert build.stages.reused > 0
    page = (served / "precedents" / "hartford-2004-senior-notes" / "index.html").read_bytes()
    assert b"Edited. " in page


def test_compiled_templates_are_reused_until_their_source_changes() -> None:
    cache = CompiledTemplates()
    sources = {"t.html": "Hello {{ x }}"}
    compiled: list[str] = []

    def environment() -> Environment:  # MkDocs makes a new one for every build
        env = Environment(loader=DictLoader(sources), bytecode_cache=cache)
        compile_source = env.compile

        def counting(source: str, *args: Any, **kwargs: Any) -> Any:
            compiled.append(source)
            return compile_source(source, *args, **kwargs)

        env.compile = counting  # type: ignore[method-assign]
        return env

    assert environment().get_template("t.html").render(x=1) == "Hello 1"
    assert environment().get_template("t.html").render(x=2) == "Hello 2"
    assert compiled == ["Hello {{ x }}"]
    sources["t.html"] = "Bye {{ x }}"
    assert environment().get_template("t.html").render(x=3) == "Bye 3"
    assert compiled == ["Hello {{ x }}", "Bye {{ x }}"]
