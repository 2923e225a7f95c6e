"""The built site in headless Chromium, used as a reader would, with every request watched.

Needs Debian's chromium (`make test` installs it when it can). Without it these tests are
skipped, unless PB_REQUIRE_BROWSER=1 (set by CI), which makes a missing browser a failure.
Screenshots go to tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import ROOT
from tests.sitetools import build_site, static_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "tests" / "artifacts"
SEED = "precedents/hartford-2004-senior-notes/"
SEED_PHRASE = "validly issued and constitute valid and binding obligations"
SEED_QUOTE = "conformed or reproduction copies"


@functools.cache
def seed_anchor(ctype: str) -> str:
    """The anchor of the seed letter's first clause of this type (anchors are positional)."""
    from precedent_bank.records.letter import clause_anchors
    from precedent_bank.records.loader import load_record

    record, _ = load_record(ROOT / "precedents" / "hartford-2004-senior-notes.yml")
    assert record is not None
    clauses = record.precedent.clauses
    anchors = clause_anchors(clauses)
    return next(a for c, a in zip(clauses, anchors, strict=True) if c.type == ctype)


pytestmark = pytest.mark.browser

if not Path(CHROMIUM).exists():
    if os.environ.get("PB_REQUIRE_BROWSER") == "1":
        raise RuntimeError(f"PB_REQUIRE_BROWSER=1 but there is no chromium at {CHROMIUM}")
    pytest.skip(
        "chromium is not installed (make test installs it with apt)", allow_module_level=True
    )

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(bundled_site: Path) -> Iterator[str]:
    with static_server(bundled_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser: object, server: str) -> Iterator[object]:
    """A fresh page whose every request is recorded; the test fails on any outside request."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.rstrip("/"))
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    yield page
    local = urlsplit(server).netloc
    outside = [
        u
        for u in requests
        if urlsplit(u).scheme in ("http", "https", "ws", "wss") and urlsplit(u).netloc != local
    ]
    context.close()
    assert outside == [], "requests to other hosts"


def shot(page: object, name: str, full_page: bool = False) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)  # type: ignore[attr-defined]


def test_label_leads_to_explanation_and_backlink_returns_to_the_clause(
    page: object, server: str
) -> None:
    page.goto(server + SEED)
    shot(page, "precedent-wide")
    shot(page, "precedent-wide-full", full_page=True)
    page.click(f"#{seed_anchor('qualification-bankruptcy')} .pb-label a")
    page.wait_for_url("**/clauses/qualification-bankruptcy/")
    assert page.locator("h1").inner_text().startswith("Bankruptcy exception")
    shot(page, "explanation")
    bankruptcy = seed_anchor("qualification-bankruptcy")
    backlink = page.locator(
        f'.pb-examples a[href$="precedents/hartford-2004-senior-notes/#{bankruptcy}"]'
    )
    assert backlink.count() == 1
    backlink.click()
    page.wait_for_url(f"**/hartford-2004-senior-notes/#{bankruptcy}")
    clause = page.locator("#" + seed_anchor("qualification-bankruptcy"))
    assert "pb-target" in (clause.get_attribute("class") or "")
    assert clause.is_visible()
    box = clause.bounding_box()
    assert box is not None
    assert 0 <= box["y"] < page.viewport_size["height"]
    shot(page, "backlink-target")


def test_annotations_hide_and_show_and_are_remembered(page: object, server: str) -> None:
    page.goto(server + SEED)
    label = page.locator(f"#{seed_anchor('engagement')} .pb-label")
    note = page.locator(".pb-note").first
    assert label.is_visible()
    assert note.is_visible()
    page.click('[data-pb-toggle="annotations"]')
    assert not label.is_visible()
    assert not note.is_visible()
    assert page.get_attribute('[data-pb-toggle="annotations"]', "aria-pressed") == "false"
    # the title says what pressing it now does
    assert page.get_attribute('[data-pb-toggle="annotations"]', "title").startswith("Show ")
    shot(page, "precedent-cold")
    page.goto(server + "precedents/caddo-mesa-1996-ipo-common-stock/")  # another letter
    assert not page.locator(".pb-label").first.is_visible()
    page.click('[data-pb-toggle="annotations"]')
    assert page.locator(".pb-label").first.is_visible()
    assert page.get_attribute('[data-pb-toggle="annotations"]', "title").startswith("Hide ")
    page.goto(server + SEED)
    assert label.is_visible()


def test_copy_button_copies_the_exact_clause(page: object, server: str) -> None:
    page.goto(server + SEED)
    page.click("[data-pb-copy-mode]")  # as filed: the default is flowing text (drafting.js)
    page.hover("#" + seed_anchor("qualification-equity"))
    page.click(f"#{seed_anchor('qualification-equity')} .pb-copy")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(" (2) general principles of equity (regardless of whether\n")
    assert copied.endswith("standards of\nmateriality and")


def search(page: object, query: str) -> list[str]:
    """The links the header's search box shows for `query`, best first: each result's page,
    then its clause (or section) hits."""
    page.fill("[data-pb-search-input]", query)  # type: ignore[attr-defined]
    page.wait_for_selector(  # type: ignore[attr-defined]
        f"[data-pb-search-list][data-pb-query={json.dumps(query)}]", state="attached"
    )
    links = page.locator("[data-pb-search-list] a")  # type: ignore[attr-defined]
    return [links.nth(i).get_attribute("href") or "" for i in range(links.count())]


def test_search_finds_the_seed_by_a_phrase(page: object, server: str) -> None:
    page.goto(server)
    page.keyboard.press("/")  # Material's key for search still focuses the box
    assert page.evaluate("document.activeElement.matches('[data-pb-search-input]')")
    # The seed's phrase and its firm: the other takedowns in the bank share the phrase.
    found = search(page, f"{SEED_PHRASE} Debevoise")
    assert any("hartford-2004-senior-notes" in href for href in found)
    quoted = search(page, f'"{SEED_QUOTE}"')
    assert "hartford-2004-senior-notes" in quoted[0]
    shot(page, "search")
    # The clause's own result opens the letter at that clause, highlighted.
    documents = seed_anchor("documents-examined")
    hit = page.locator(f'[data-pb-search-list] a.pb-search-hit[href$="#{documents}"]')
    assert "Documents examined" in hit.inner_text()
    assert "<mark>" in hit.inner_html()
    page.keyboard.press("ArrowDown")  # the keyboard reaches the results
    assert page.evaluate("document.activeElement.matches('.md-search-result__link')")
    hit.click()
    page.wait_for_url(f"**/hartford-2004-senior-notes/#{documents}")
    assert "pb-target" in (page.get_attribute("#" + documents, "class") or "")


def test_search_finds_firm_issuer_and_explanations(page: object, server: str) -> None:
    page.goto(server)
    page.click("[data-pb-search-input]")
    for query, expected in [
        ("Debevoise", "hartford-2004-senior-notes"),
        ("Hartford Financial Services", "hartford-2004-senior-notes"),
        ("equitable principles", "clauses/qualification-equity"),
    ]:
        assert expected in search(page, query)[0], query


def test_search_shows_titles_as_written_not_as_indexed(page: object, server: str) -> None:
    """The index reads "Section 7" as one term, `Section~7^section7`: no reader sees that."""
    page.goto(server)
    page.click("[data-pb-search-input]")
    assert "clauses/consent-section-7" in search(page, "Section 7 disclaimer")[0]
    shown = page.inner_text("[data-pb-search-list]")  # type: ignore[attr-defined]
    assert "Section 7 disclaimer" in shown
    assert "~" not in shown
    assert "^" not in shown


def test_escape_closes_the_search_box(page: object, server: str) -> None:
    page.goto(server + SEED)
    page.keyboard.press("s")
    search(page, "Debevoise")
    assert page.is_checked("#__search")
    page.keyboard.press("Escape")
    assert not page.is_checked("#__search")


def test_phone_layout(browser: object, server: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(server + SEED)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "the page scrolls sideways on a phone"
    shot(page, "precedent-phone", full_page=True)
    context.close()


def test_browse_table_sorts(page: object, server: str) -> None:
    page.goto(server + "browse/")
    dates = page.locator("table tbody tr td:first-child")
    before = [dates.nth(i).inner_text() for i in range(dates.count())]
    assert before == sorted(before, reverse=True)
    page.click("table thead th:first-child")
    after = [dates.nth(i).inner_text() for i in range(dates.count())]
    assert after == sorted(before)
    shot(page, "browse")


def test_offline_build_works_from_the_file_system(
    browser: object, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The `make offline` site, opened as files: links, letters and search, no request out."""
    site = build_site(ROOT, tmp_path_factory.mktemp("offline"), "mkdocs-offline.yml")
    context = browser.new_context()  # type: ignore[attr-defined]
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((site / "index.html").as_uri())
    page.click(".md-search__input")
    assert "not the letters' text" in page.inner_text("[data-pb-search-meta]")  # what it covers
    assert any("hartford-2004-senior-notes.html" in h for h in search(page, "Debevoise"))
    # Clause types are in the offline index: the result links to the clause.
    bankruptcy = seed_anchor("qualification-bankruptcy")
    hits = search(page, "Debevoise bankruptcy")
    assert any(h.endswith(f"hartford-2004-senior-notes.html#{bankruptcy}") for h in hits)
    page.keyboard.press("Escape")
    page.click('.md-content a[href$="browse/index.html"]')
    page.wait_for_url("**/browse/index.html")
    page.click('.md-content a[href$="hartford-2004-senior-notes.html"]')
    page.wait_for_url("**/precedents/hartford-2004-senior-notes.html")
    page.locator(f"#{seed_anchor('qualification-bankruptcy')} .pb-label").wait_for(
        state="visible", timeout=10_000
    )
    shot(page, "offline-precedent")
    # The search page works from the file system too, filters included, and says what it covers.
    page.goto((site / "search" / "index.html").as_uri() + "?document=Tax+opinion")
    page.wait_for_selector("[data-pb-search-results][data-pb-shown]", state="attached")
    assert "not the full text" in page.inner_text("[data-pb-search-covers]")
    titles = page.locator("[data-pb-search-results] > li h1").all_inner_texts()
    assert [t.split(" ")[0] for t in titles] == ["Quarry"]
    context.close()
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []


# --- reading on any screen -------------------------------------------------------------------

NOTE_GEOMETRY = """() => {
    const box = el => el.getBoundingClientRect();
    return [...document.querySelectorAll(".pb-note[data-for]")].map(note => {
        const anchor = note.dataset.for;
        const pieces = [...document.querySelectorAll(`.pb-clause[data-clause="${anchor}"]`)];
        const all = [...document.querySelectorAll(".pb-clause[id]")];
        const next = all[all.findIndex(c => c.id === anchor) + 1];
        const n = box(note), text = box(note.closest(".pb-para"));
        return {
            anchor, top: n.top, bottom: n.bottom, left: n.left, right: n.right,
            clauseTop: box(document.getElementById(anchor)).top,
            clauseBottom: box(pieces[pieces.length - 1]).bottom,
            nextTop: next ? box(next).top : null,
            textRight: text.right,
        };
    });
}"""


def test_notes_sit_level_with_their_clauses_on_a_wide_screen(page: object, server: str) -> None:
    page.goto(server + SEED)
    page.wait_for_load_state("load")
    notes = page.evaluate(NOTE_GEOMETRY)
    assert len(notes) >= 5
    previous_bottom, previous_clause = None, 0.0
    for note in notes:
        assert note["left"] >= note["textRight"], f"{note['anchor']}: note over the letter"
        # Level with the clause's first line, or pushed down just below the note above it.
        assert note["top"] >= note["clauseTop"] - 40, note["anchor"]
        if note["top"] > note["clauseTop"] + 40:
            assert previous_bottom is not None
            assert note["top"] <= previous_bottom + 40, f"{note['anchor']}: drifted below"
        if previous_bottom is not None:
            assert note["top"] >= previous_bottom, f"{note['anchor']}: overlaps the note above"
        # Notes never pile up: a long note is cut to the room before the next noted clause,
        # so a note is lower than its clause only when the clause above is very close.
        if note["top"] > note["clauseTop"] + 40:
            assert note["clauseTop"] - previous_clause < 120, f"{note['anchor']}: piled up"
        previous_bottom, previous_clause = note["bottom"], note["clauseTop"]
    letter = page.locator("[data-pb-letter]").bounding_box()
    assert previous_bottom <= letter["y"] + letter["height"], "last note hangs out of the letter"
    shot(page, "notes-wide-full", full_page=True)
    # A note cut short to stay level opens in full; the notes below make way.
    clamped = page.locator(".pb-note.pb-clamped").first
    anchor = clamped.get_attribute("data-for")
    cut = clamped.bounding_box()["height"]
    clamped.locator(".pb-note-more").click()
    opened = page.locator(f'.pb-note[data-for="{anchor}"]')
    assert opened.bounding_box()["height"] > cut
    assert opened.evaluate("n => n.scrollHeight <= n.clientHeight + 1"), "still cut"
    tops = page.evaluate(NOTE_GEOMETRY)
    for above, below in itertools.pairwise(tops):
        assert below["top"] >= above["bottom"], f"{below['anchor']}: overlaps after opening"
    opened.scroll_into_view_if_needed()
    shot(page, "notes-wide-opened")
    opened.locator(".pb-note-more").click()
    # Turning the line breaks on reflows the letter: the notes follow.
    page.click('[data-pb-toggle="linebreaks"]')
    for note in page.evaluate(NOTE_GEOMETRY):
        assert note["top"] >= note["clauseTop"] - 40, note["anchor"]
    page.click('[data-pb-toggle="linebreaks"]')


def test_notes_follow_their_own_clause_on_a_phone(browser: object, server: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(server + SEED)
    notes = page.evaluate(NOTE_GEOMETRY)
    assert len(notes) >= 5
    for note in notes:
        assert note["top"] >= note["clauseBottom"] - 2, f"{note['anchor']}: above its clause end"
        if note["nextTop"] is not None:
            assert note["nextTop"] >= note["bottom"] - 2, f"{note['anchor']}: after the next clause"
    page.locator(f'.pb-note[data-for="{notes[-1]["anchor"]}"]').scroll_into_view_if_needed()
    shot(page, "notes-phone")
    context.close()


WORDS_BROKEN = """() => {
    // A word broken across lines has more than one box (breaking after a hyphen is fine).
    const broken = [];
    for (const cell of document.querySelectorAll(".md-typeset td")) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const m of node.data.matchAll(/[^\\s\\-\\/]+/g)) {
                const range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                if (lines.size > 1) broken.push(m[0]);
            }
        }
    }
    return broken;
}"""


@pytest.mark.parametrize("path", ["browse/", "browse/firms/", "browse/forms/", "", SEED])
def test_pages_fit_a_phone_and_tables_scroll_inside(
    browser: object, server: str, path: str
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(server + path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, "page scrolls sideways"
    assert page.evaluate(WORDS_BROKEN) == []
    dates = page.locator("td.pb-date")
    for i in range(dates.count()):
        box = dates.nth(i).bounding_box()
        lines = dates.nth(i).evaluate(
            "td => { const r = document.createRange(); r.selectNodeContents(td);"
            " return new Set([...r.getClientRects()].map(b => Math.round(b.top))).size; }"
        )
        assert box is not None
        assert lines == 1, "a date wraps"
    tables = page.locator(".md-typeset table")
    for i in range(tables.count()):
        wrapped = tables.nth(i).evaluate("t => !!t.closest('.md-typeset__scrollwrap')")
        assert wrapped, "a table outside Material's scrolling box"
    shot(page, f"phone-{path.strip('/').replace('/', '-') or 'home'}", full_page=True)
    context.close()


def test_a_long_label_with_its_review_mark_fits_a_phone(browser: object, server: str) -> None:
    """An indented paragraph whose clause has a long type and a review mark: the label did not
    wrap, and the page scrolled sideways (an outside tester's imported letters)."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(server + SEED)
    page.evaluate(
        """() => {
        const para = document.querySelector('.pb-para.pb-prose');
        para.classList.add('pb-indented');
        const label = para.querySelector('.pb-label');
        label.querySelector('a').textContent = 'Reliance on certificates as to facts';
        const mark = document.createElement('span');
        mark.className = 'pb-review-mark';
        mark.textContent = 'needs review';
        label.querySelector('a').after(mark);
        }"""
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, "page scrolls sideways"
    context.close()


def test_browse_tables_look_like_the_clause_library(page: object, server: str) -> None:
    def border(path: str) -> str:
        page.goto(server + path)  # type: ignore[attr-defined]
        return page.locator(".md-typeset table").first.evaluate(  # type: ignore[attr-defined]
            "t => getComputedStyle(t).borderTopStyle + ' ' + getComputedStyle(t).fontSize"
        )

    assert border("browse/firms/") == border("clauses/") != "none"
    shot(page, "clause-index")
    page.goto(server + "browse/forms/")
    shot(page, "browse-forms", full_page=True)


def test_every_clause_permalink_is_reachable_by_keyboard(page: object, server: str) -> None:
    page.goto(server + SEED)
    engagement = seed_anchor("heading")  # the first clause
    page.focus('[data-pb-toggle="linebreaks"]')
    for _ in range(8):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('pb-permalink')"):
            break
    assert page.evaluate("document.activeElement.getAttribute('href')") == f"#{engagement}"
    page.keyboard.press("Enter")
    page.wait_for_url(f"**#{engagement}")
    # The highlight follows the hashchange event, which may come just after the URL changed.
    page.wait_for_selector(f"#{engagement}.pb-target", timeout=5_000)
    # Selecting the clause selects its text only: not the label, the permalink or the note.
    selected, text = page.evaluate(
        """anchor => { const clause = document.getElementById(anchor), r = document.createRange();
            r.selectNodeContents(clause);
            const s = getSelection(); s.removeAllRanges(); s.addRange(r);
            return [s.toString(), clause.querySelector(".pb-text").textContent]; }""",
        engagement,
    )
    assert selected.strip() == text.strip()


def test_home_page(page: object, server: str) -> None:
    page.goto(server)
    assert "Made with" not in page.inner_text("footer")
    shot(page, "home", full_page=True)
