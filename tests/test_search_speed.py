"""What makes the first result come sooner, in headless Chromium (bench/search.py times it):
Pagefind loads before the reader types, and the box searches as they type without losing the
last keystroke."""

# ruff: noqa: F811 - the browser fixtures of test_browser.py are imported, then used by name

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from tests.test_browser import SEED, browser, page, server  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser

BOX = "[data-pb-search-input]"


def test_search_is_loaded_before_the_reader_types(page: object, server: str) -> None:
    fetched: list[str] = []
    page.on("requestfinished", lambda r: fetched.append(urlsplit(r.url).path))  # type: ignore[attr-defined]
    page.goto(server + SEED)  # type: ignore[attr-defined]
    # Nobody touches the box: once the page is idle, Pagefind loads anyway (its worker fetches
    # the WebAssembly, so the page's own resource timings do not list it).
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => performance.getEntriesByName('pb:pagefind-ready').length > 0", timeout=15_000
    )
    assert any(p.endswith("/pagefind/pagefind-worker.js") for p in fetched)
    assert any(p.endswith(".pagefind") for p in fetched)  # the WebAssembly
    assert any(p.endswith(".pf_meta") for p in fetched)
    fetched.clear()
    page.fill(BOX, "trustee")  # type: ignore[attr-defined]
    page.wait_for_selector('[data-pb-search-list][data-pb-query="trustee"]', state="attached")  # type: ignore[attr-defined]
    # The first query fetches only what it needs: its words' index chunks and its results.
    searched = [p for p in fetched if "/pagefind/" in p]
    assert searched
    assert [p for p in searched if not p.endswith((".pf_index", ".pf_fragment"))] == []


def test_typing_key_by_key_shows_the_last_query(page: object, server: str) -> None:
    page.goto(server + SEED)  # type: ignore[attr-defined]
    page.click(BOX)  # type: ignore[attr-defined]
    query = "Chase Bank as trustee"
    page.keyboard.type(query)  # type: ignore[attr-defined]  # faster than a search runs
    page.wait_for_selector(  # type: ignore[attr-defined]
        f"[data-pb-search-list][data-pb-query={json.dumps(query)}]", state="attached"
    )
    links = page.locator("[data-pb-search-list] a").all()  # type: ignore[attr-defined]
    assert any("hartford-2004-senior-notes" in (a.get_attribute("href") or "") for a in links)
    # Every result shown is in its place: none left hidden once all are in.
    assert page.locator("[data-pb-search-list] > li[hidden]").count() == 0  # type: ignore[attr-defined]
