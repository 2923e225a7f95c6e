"""Every page of the bundled site and of the hostile site, in headless Chromium, under its CSP.

Asserts what issue 7 promises a firm: no Content-Security-Policy violation, no console error,
no request to any other host (also after a search, which runs Pagefind's WebAssembly, and on
the search page, which runs it with filters), and no two elements with the same id -
on every page, including those built from records written as an attacker would.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import ROOT
from tests.sitetools import build_site
from tests.test_browser import CHROMIUM, sync_api

pytestmark = pytest.mark.browser

# Record every violation and error from the first moment of each page, before Material runs.
WATCH = """
document.addEventListener("securitypolicyviolation", (e) =>
  window.pbReport(`CSP ${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile})`));
"""
DUPLICATE_IDS = """() => {
  const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 - the base class's own attribute, replaced
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".pagefind": "application/octet-stream",  # its WebAssembly, as hosting.md says
    }

    policy = ""
    """The site's csp-header.txt, sent with every response as the hosting guide says: a
    search worker (Pagefind's) is held to the header, not to the page's meta tag."""

    def end_headers(self) -> None:
        if self.policy:
            self.send_header("Content-Security-Policy", self.policy)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    header = site / "csp-header.txt"
    policy = header.read_text("utf-8").strip() if header.is_file() else ""
    handler = functools.partial(type("_Served", (_Quiet,), {"policy": policy}), directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"


class Watcher:
    """A browser context whose pages report violations, errors and outside requests."""

    def __init__(self, browser: object, origin: str) -> None:
        self.problems: list[str] = []
        self.context = browser.new_context()  # type: ignore[attr-defined]
        self.context.expose_function("pbReport", self._report)
        self.context.add_init_script(WATCH)
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self._report(f"page error: {error}"))
        self.page.on("request", lambda request: self._request(request.url, origin))
        self.where = ""

    def _report(self, message: str) -> None:
        self.problems.append(f"{self.where}: {message}")

    def _console(self, message: object) -> None:
        if message.type == "error":  # type: ignore[attr-defined]
            self._report(f"console: {message.text}")  # type: ignore[attr-defined]

    def _request(self, url: str, origin: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("file", "data", "blob", "about") and not url.startswith(origin):
            self._report(f"request to {url}")

    def visit(self, url: str, name: str) -> None:
        self.where = name
        self.page.goto(url, wait_until="load")
        if duplicates := self.page.evaluate(DUPLICATE_IDS):
            self._report(f"duplicate ids {duplicates}")

    def search(self, query: str) -> None:
        """Press `s` and type, as a reader would; waits for the results of that query."""
        self.page.keyboard.press("s")
        self.page.keyboard.type(query)
        self.page.locator(f'[data-pb-search-list][data-pb-query="{query}"]').wait_for(
            state="attached", timeout=10_000
        )
        if not self.page.locator("[data-pb-search-list] a").count():
            self._report(f"search for {query} found nothing")
        self.page.keyboard.press("Escape")


def pages_of(site: Path) -> list[str]:
    return sorted(str(p.relative_to(site)) for p in site.rglob("*.html"))


def check_every_page(browser: object, site: Path, queries: dict[str, str]) -> None:
    httpd, origin = serve(site)
    watcher = Watcher(browser, origin)
    try:
        for name in pages_of(site):
            watcher.visit(origin + name, name)
            if name in queries:
                watcher.search(queries[name])
    finally:
        watcher.context.close()
        httpd.shutdown()
        httpd.server_close()
    assert watcher.problems == []


def test_every_bundled_page_keeps_to_its_policy(browser: object, bundled_site: Path) -> None:
    queries = {
        "index.html": "trustee",
        "precedents/hartford-2004-senior-notes/index.html": "Hartford",
    }
    check_every_page(browser, bundled_site, queries)


def test_every_hostile_page_keeps_to_its_policy(browser: object, hostile_site: Path) -> None:
    queries = {
        f"precedents/{name}/index.html": "hostile"
        for name in ("hostile-notes", "hostile-values", "hostile-summary-hides-warning")
    }
    check_every_page(browser, hostile_site, queries)


def test_a_direction_control_is_isolated_in_search_excerpts(
    browser: object, hostile_site: Path
) -> None:
    """A right-to-left override in a letter is isolated on its page; in a search result's
    excerpt it laid the words after it out backwards."""
    httpd, origin = serve(hostile_site)
    watcher = Watcher(browser, origin)
    try:
        watcher.visit(origin + "index.html", "index.html")
        watcher.page.keyboard.press("s")
        watcher.page.keyboard.type("dessarbaz")
        results = watcher.page.locator('[data-pb-search-list][data-pb-query="dessarbaz"]')
        results.wait_for(state="attached", timeout=10_000)
        html = watcher.page.locator("[data-pb-search-list]").inner_html()
    finally:
        watcher.context.close()
        httpd.shutdown()
        httpd.server_close()
    assert "dessarbaz" in html
    assert '<span class="pb-invisible" data-code="U+202E">\u202e</span>' in html
    assert html.count("\u202e") == html.count('data-code="U+202E"')  # none left bare


def test_the_offline_copy_keeps_to_its_policy_from_the_file_system(
    browser: object, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """`make offline` opened from disk: its search (a compact index loaded as a script) runs
    under the CSP."""
    site = build_site(ROOT, tmp_path_factory.mktemp("offline-csp"), "mkdocs-offline.yml")
    watcher = Watcher(browser, site.as_uri())
    try:
        # (not 404.html: its root-absolute paths are another part of issue 7)
        for name in ("index.html", "precedents/hartford-2004-senior-notes.html"):
            watcher.visit((site / name).as_uri(), name)
        watcher.search("Debevoise")
    finally:
        watcher.context.close()
    assert watcher.problems == []


def test_the_reliance_warning_shows_despite_the_summary(
    browser: object, hostile_site: Path
) -> None:
    """The summary opens a <style> that hides admonitions and never closes it."""
    httpd, origin = serve(hostile_site)
    watcher = Watcher(browser, origin)
    try:
        watcher.visit(origin + "precedents/hostile-summary-hides-warning/", "summary page")
        warning = watcher.page.locator(".admonition.danger")  # the rule check's error box
        assert warning.is_visible()
        assert "limits who may rely" in warning.inner_text()
        assert "display: none" in watcher.page.locator(".pb-summary").inner_text()
    finally:
        watcher.context.close()
        httpd.shutdown()
        httpd.server_close()
    assert watcher.problems == []
