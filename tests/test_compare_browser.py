"""Compare in headless Chromium: two letters side by side with redlines, the picker on a
letter's page, only the two letters' data loaded, and the offline copy from file://."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests import test_browser
from tests.conftest import ROOT
from tests.sitetools import build_site
from tests.test_browser import shot

# The browser fixtures of test_browser.py: a server of the bundled site, Chromium, a page that
# fails the test on any outside request.
browser = test_browser.browser
page = test_browser.page
server = test_browser.server

pytestmark = pytest.mark.browser

A = "hartford-2004-senior-notes"
B = "galloway-ridge-2016-debt-shelf"


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two CSS rgb()/rgba() colours."""

    def luminance(css: str) -> float:
        r, g, b = (int(v) / 255 for v in re.findall(r"[\d.]+", css)[:3])
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted([luminance(first), luminance(second)], reverse=True)
    return (high + 0.05) / (low + 0.05)


def _data_requests(requests: list[str]) -> list[str]:
    return sorted(u.rsplit("/", 1)[1] for u in requests if "/compare/" in u and u.endswith(".js"))


def test_compare_two_letters_side_by_side(page: object, server: str) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))  # type: ignore[attr-defined]
    page.goto(f"{server}compare/?a={A}&b={B}")  # type: ignore[attr-defined]
    page.locator(".pb-compare-table").wait_for(timeout=10_000)  # type: ignore[attr-defined]
    heads = page.locator(".pb-compare-table thead th a")  # type: ignore[attr-defined]
    assert "Hartford" in heads.nth(0).inner_text()
    assert "Galloway" in heads.nth(1).inner_text()
    assert heads.nth(0).get_attribute("href") == f"../precedents/{A}/"
    # Each aligned pair has a redline; these two letters differ, so some words are marked.
    pairs = page.locator("tr.pb-compare-pair")  # type: ignore[attr-defined]
    assert pairs.count() >= 5
    assert page.locator("tr.pb-compare-redline").count() == pairs.count()  # type: ignore[attr-defined]
    assert page.locator(".pb-compare-redline del").count() > 0  # type: ignore[attr-defined]
    assert page.locator(".pb-compare-redline ins").count() > 0  # type: ignore[attr-defined]
    status = page.locator(".pb-compare-status").inner_text()  # type: ignore[attr-defined]
    assert "clauses matched" in status
    shot(page, "compare", full_page=True)
    # Only the two letters' data, not the catalogue nor any other letter.
    assert _data_requests(requests) == sorted([f"{A}.js", f"{B}.js"])


def test_compare_redlines_the_words_that_differ(page: object, server: str) -> None:
    page.goto(f"{server}compare/?a={A}&b={A}")  # type: ignore[attr-defined]
    page.locator(".pb-compare-table").wait_for(timeout=10_000)  # type: ignore[attr-defined]
    # A letter against itself: every clause pairs with itself and nothing is marked.
    assert page.locator(".pb-compare-unmatched").count() == 0  # type: ignore[attr-defined]
    assert page.locator(".pb-compare-redline del, .pb-compare-redline ins").count() == 0  # type: ignore[attr-defined]


def test_unmatched_clauses_are_shown_as_such(page: object, server: str) -> None:
    page.goto(f"{server}compare/?a={A}&b=quarry-hill-2006-tax-opinion")  # type: ignore[attr-defined]
    page.locator(".pb-compare-table").wait_for(timeout=10_000)  # type: ignore[attr-defined]
    only = page.locator(".pb-compare-only")  # type: ignore[attr-defined]
    texts = {only.nth(i).inner_text() for i in range(only.count())}
    assert texts == {"only in the first letter", "only in the second letter"}
    assert page.locator(".pb-compare-missing").count() == only.count()  # type: ignore[attr-defined]


def test_a_bad_id_loads_nothing(page: object, server: str) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))  # type: ignore[attr-defined]
    page.goto(f"{server}compare/?a=../../evil&b={A}")  # type: ignore[attr-defined]
    status = page.locator(".pb-compare-status")  # type: ignore[attr-defined]
    assert "Not a letter's id" in status.inner_text()
    assert _data_requests(requests) == []


def test_picker_on_a_letter_page_leads_to_compare(page: object, server: str) -> None:
    page.goto(f"{server}precedents/{A}/")  # type: ignore[attr-defined]
    page.click(".pb-compare-picker summary")  # type: ignore[attr-defined]
    page.fill(".pb-compare-picker input", "Galloway")  # type: ignore[attr-defined]
    match = page.locator(".pb-compare-picker .pb-compare-matches a").first  # type: ignore[attr-defined]
    match.wait_for(timeout=10_000)
    shot(page, "compare-picker")
    match.click()
    page.wait_for_url(f"**/compare/?a={A}&b={B}")  # type: ignore[attr-defined]
    page.locator(".pb-compare-table").wait_for(timeout=10_000)  # type: ignore[attr-defined]


def test_compare_works_offline_from_the_file_system(
    browser: object,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    site = build_site(ROOT, tmp_path_factory.mktemp("offline"), "mkdocs-offline.yml")
    context = browser.new_context()  # type: ignore[attr-defined]
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((site / "precedents" / f"{A}.html").as_uri())
    page.click(".pb-compare-picker summary")
    page.fill(".pb-compare-picker input", "Debt Shelf")
    page.locator(".pb-compare-picker .pb-compare-matches a").first.click()
    page.wait_for_url(f"**/compare/index.html?a={A}&b={B}")
    page.locator(".pb-compare-table del").first.wait_for(timeout=10_000)
    link = page.locator(".pb-compare-table thead th a").first.get_attribute("href")
    assert link == f"../precedents/{A}.html"
    shot(page, "compare-offline")
    context.close()
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []
    assert Path(site / "compare" / "data" / f"{A}.js").is_file()


def test_market_charts_have_their_table_and_fetch_nothing(page: object, server: str) -> None:
    """Charts are inline SVG with the figures beside them; the page fixture fails on any
    request to another host."""
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))  # type: ignore[attr-defined]
    for path in ["market/", "clauses/qualification-bankruptcy/"]:
        page.goto(server + path)  # type: ignore[attr-defined]
        figures = page.locator("figure.pb-chart")  # type: ignore[attr-defined]
        assert figures.count() >= 4
        for i in range(figures.count()):
            figure = figures.nth(i)
            assert figure.locator("svg[role=img] title").count() == 1
            bars = figure.locator("svg rect").count()
            assert bars > 0
            assert figure.locator("table tbody tr").count() == bars  # a row per bar
            assert figure.locator("svg").is_visible()
    # Everything the two pages loaded came from the site itself.
    assert all(u.startswith(server) for u in requests)
    # Dark mode, as Material's toggle sets it.
    page.evaluate("document.body.dataset.mdColorScheme = 'slate'")  # type: ignore[attr-defined]
    text = page.locator("figure.pb-chart svg text").first  # type: ignore[attr-defined]
    colour = text.evaluate("t => getComputedStyle(t).fill")
    background = page.evaluate(  # type: ignore[attr-defined]
        """() => {  // the theme's background, as the browser computes it (rgb)
            const probe = document.createElement("div");
            probe.style.backgroundColor = "var(--md-default-bg-color)";
            document.querySelector(".md-content").appendChild(probe);
            const colour = getComputedStyle(probe).backgroundColor;
            probe.remove();
            return colour;
        }"""
    )
    # Labels take the page's text colour, so they stay readable on the dark background.
    assert contrast(colour, background) >= 4.5, (colour, background)
    page.locator("#pb-variants").scroll_into_view_if_needed()  # type: ignore[attr-defined]
    shot(page, "clause-variants-dark")
    # In print, bars are solid grey (no theme colour to rely on) and labels stay text.
    page.emulate_media(media="print")  # type: ignore[attr-defined]
    bar = page.locator("figure.pb-chart .pb-bar:not(.pb-bar-few) rect").first  # type: ignore[attr-defined]
    assert bar.evaluate("r => getComputedStyle(r).fill") == "rgb(85, 85, 85)"


def test_variants_show_the_market_form_and_redlines(page: object, server: str) -> None:
    page.goto(server + "clauses/qualification-bankruptcy/")  # type: ignore[attr-defined]
    market = page.locator(".pb-variant.pb-market-form")  # type: ignore[attr-defined]
    assert market.count() == 1
    assert "market form" in market.locator("h3").inner_text()
    others = page.locator(".pb-variant:not(.pb-market-form)")  # type: ignore[attr-defined]
    for i in range(others.count()):
        assert others.nth(i).locator(".pb-redline del, .pb-redline ins").count() > 0
    shot(page, "clause-variants", full_page=True)
