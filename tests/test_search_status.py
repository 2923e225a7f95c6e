"""Search's Review filter in headless Chromium: a draft is found with "Draft", not "Confirmed".

The bundled bank has no draft, so this builds the golden bank with one of its letters marked
`status: draft` (the others say nothing, which counts as confirmed).
"""

# ruff: noqa: F811 - the browser fixtures of test_browser.py are imported, then used by name

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.sitetools import build_site, copy_project, static_server
from tests.test_browser import browser  # noqa: F401 - fixtures
from tests.test_review import OPEN

pytestmark = pytest.mark.browser

DRAFT = "alder-2021-notes"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = copy_project(tmp_path_factory.mktemp("drafts") / "project")
    for path in (ROOT / "tests" / "golden" / "bank").glob("*.yml"):
        text = path.read_text("utf-8")
        if path.stem == DRAFT:  # with a clause left for review and a fact not found
            text = text.replace("title:", "status: draft\ntitle:", 1)
            text = text.replace("  - type: opinion-debt\n", OPEN[0], 1) + OPEN[1]
        (project / "precedents" / path.name).write_text(text, "utf-8")
    site = build_site(project, project.parent / "site")
    with static_server(site) as url:
        yield url


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    yield context.new_page()
    context.close()


def letters(page: object, server: str, search: str) -> list[str]:
    """The letters (record ids) the search page lists for `search` ("?q=...&status=..."),
    leaving out the explanation pages it also finds."""
    page.goto(server + "search/" + search)  # type: ignore[attr-defined]
    page.wait_for_selector(  # type: ignore[attr-defined]
        f"[data-pb-search-results][data-pb-shown={json.dumps(search)}]", state="attached"
    )
    links = page.locator("[data-pb-search-results] > li > a:first-child")  # type: ignore[attr-defined]
    hrefs = [a.get_attribute("href").rstrip("/") for a in links.all()]
    return sorted(Path(h).name for h in hrefs if "/precedents/" in h)


def test_a_draft_is_found_with_the_draft_filter_and_not_with_confirmed(
    page: object, server: str
) -> None:
    notes = letters(page, server, "?q=Senior+Notes")
    assert DRAFT in notes
    assert len(notes) > 1  # the query finds a confirmed letter too
    assert letters(page, server, "?q=Senior+Notes&status=Draft") == [DRAFT]
    confirmed = letters(page, server, "?q=Senior+Notes&status=Confirmed")
    assert confirmed == [n for n in notes if n != DRAFT]
    # With no words, the filter alone lists the drafts; its count is beside the value.
    assert letters(page, server, "?status=Draft") == [DRAFT]
    draft = page.locator('input[data-facet="status"][value="Draft"]')  # type: ignore[attr-defined]
    assert draft.is_checked()
    assert draft.locator("xpath=..").inner_text().strip().endswith("1")


def test_ticking_draft_goes_into_the_url(page: object, server: str) -> None:
    letters(page, server, "?q=Senior+Notes")
    page.locator('input[data-facet="status"][value="Draft"]').check()  # type: ignore[attr-defined]
    page.wait_for_selector(  # type: ignore[attr-defined]
        "[data-pb-search-results][data-pb-shown*='status=Draft']", state="attached"
    )
    assert "status=Draft" in page.url  # type: ignore[attr-defined]
    assert page.locator("[data-pb-search-results] > li").count() == 1  # type: ignore[attr-defined]


def test_the_review_queue_links_to_the_drafts_search(page: object, server: str) -> None:
    page.goto(server + "browse/review/")  # type: ignore[attr-defined]
    page.click("text=Search within these, with more filters")  # type: ignore[attr-defined]
    page.wait_for_selector("[data-pb-search-results][data-pb-shown]", state="attached")  # type: ignore[attr-defined]
    links = page.locator("[data-pb-search-results] > li > a:first-child")  # type: ignore[attr-defined]
    assert [a.get_attribute("href").rstrip("/").rsplit("/", 1)[1] for a in links.all()] == [DRAFT]


def test_a_search_result_marks_a_draft_and_only_a_draft(page: object, server: str) -> None:
    """Issue 8: drafts are marked on every page that lists them, search results included."""
    letters(page, server, "?q=Senior+Notes")
    items = page.locator("[data-pb-search-results] > li")  # type: ignore[attr-defined]
    badges: dict[str, list[str]] = {}
    for item in items.all():
        href = item.locator("a").first.get_attribute("href").rstrip("/")
        if "/precedents/" in href:
            badges[Path(href).name] = item.locator("h1 .pb-draft-mark").all_inner_texts()
    assert badges.pop(DRAFT) == ["Draft"]
    assert badges  # the query finds confirmed letters too, and none of them has the badge
    assert all(b == [] for b in badges.values())
    assert page.locator(".pb-draft-mark").first.is_visible()  # type: ignore[attr-defined]


def test_the_offline_search_marks_a_draft_too(page: object, server: str) -> None:
    """The offline copy's index carries the status filter; its results show the same badge."""
    letters(page, server, "?q=Senior+Notes")
    drafts = page.evaluate(  # type: ignore[attr-defined]
        """() => {
            const page = (url, status) => ({url, title: url, kind: "letter", facts: [],
                filters: {status: [status]}, clauses: [], text: " senior notes"});
            const index = {fields: [], pages: [page("a/", "Draft"), page("b/", "Confirmed")]};
            const found = window.pbOfflineMatch(index, "senior", {});
            return Promise.all(found.results.map((r) => r.load()))
                .then((views) => views.map((v) => [v.url, v.draft]));
        }"""
    )
    assert drafts == [["a/", True], ["b/", False]]


def test_compare_marks_the_draft_letters_column(page: object, server: str) -> None:
    """Compare's column for a draft says "Draft"; a confirmed letter's column does not."""
    page.goto(f"{server}compare/?a={DRAFT}&b=alder-2019-notes")  # type: ignore[attr-defined]
    page.locator(".pb-compare-table").wait_for(timeout=10_000)  # type: ignore[attr-defined]
    heads = page.locator(".pb-compare-table thead th")  # type: ignore[attr-defined]
    assert heads.nth(1).locator(".pb-draft-mark").inner_text() == "Draft"
    assert heads.nth(1).locator(".pb-draft-mark").is_visible()
    assert heads.nth(2).locator(".pb-draft-mark").count() == 0


def test_a_drafts_banner_lists_its_open_questions(page: object, server: str) -> None:
    """The draft's note links each clause left for review to the clause in the letter below."""
    page.goto(f"{server}precedents/{DRAFT}/")  # type: ignore[attr-defined]
    banner = page.locator(".admonition", has_text="Draft: not yet reviewed")  # type: ignore[attr-defined]
    assert "not found in the letter: issuer" in banner.inner_text()
    link = banner.locator('a[href="#clause-2"]')
    assert "opinion-debt" in link.inner_text()
    link.click()
    target = page.locator("#clause-2")  # type: ignore[attr-defined]
    assert "valid and binding" in target.inner_text()
    assert target.is_visible()


@pytest.fixture
def phone(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)  # type: ignore[attr-defined]
    yield context.new_page()
    context.close()


def test_on_a_phone_the_filters_start_closed_above_the_results(phone: object, server: str) -> None:
    """Stacked above the results, open filter groups pushed the first result off the screen."""
    letters(phone, server, "?q=Senior+Notes")
    filters = phone.locator("details.pb-facets-all")  # type: ignore[attr-defined]
    assert filters.locator("> summary").inner_text() == "Filters"
    assert not filters.evaluate("d => d.open")
    groups = phone.locator("details.pb-facet")  # type: ignore[attr-defined]
    assert groups.count() >= 5
    assert not any(g.evaluate("d => d.open") for g in groups.all())
    first = phone.locator("[data-pb-search-results] > li").first  # type: ignore[attr-defined]
    box = first.bounding_box()
    assert box["y"] + 40 < 844  # its title shows without scrolling
    assert phone.evaluate("scrollY") == 0  # type: ignore[attr-defined]


def test_on_a_phone_a_ticked_filter_from_the_url_shows_and_opened_groups_stay_open(
    phone: object, server: str
) -> None:
    letters(phone, server, "?q=Senior+Notes&status=Draft")
    filters = phone.locator("details.pb-facets-all")  # type: ignore[attr-defined]
    assert filters.locator("> summary").inner_text() == "Filters (Review: Draft)"
    filters.locator("> summary").click()
    review = phone.locator('details[data-facet-group="status"]')  # type: ignore[attr-defined]
    assert review.evaluate("d => d.open")  # the group with a ticked value starts open
    assert phone.locator('input[data-facet="status"][value="Draft"]').is_checked()  # type: ignore[attr-defined]
    firm = phone.locator('details[data-facet-group="firm"]')  # type: ignore[attr-defined]
    assert not firm.evaluate("d => d.open")
    firm.locator("summary").click()
    review.locator('input[value="Draft"]').uncheck()  # the search runs again, counts redrawn
    phone.wait_for_selector(  # type: ignore[attr-defined]
        "[data-pb-search-results][data-pb-shown='?q=Senior+Notes']", state="attached"
    )
    assert "status=" not in phone.url  # type: ignore[attr-defined]
    assert filters.evaluate("d => d.open")
    assert filters.locator("> summary").inner_text() == "Filters"
    assert phone.locator('details[data-facet-group="firm"]').evaluate("d => d.open")  # type: ignore[attr-defined]


def test_on_a_wide_screen_the_filters_are_open(page: object, server: str) -> None:
    letters(page, server, "?q=Senior+Notes")
    assert not page.locator("details.pb-facets-all > summary").is_visible()  # type: ignore[attr-defined]
    groups = page.locator("details.pb-facet")  # type: ignore[attr-defined]
    assert groups.count() >= 5
    assert all(g.is_visible() and g.evaluate("d => d.open") for g in groups.all())
