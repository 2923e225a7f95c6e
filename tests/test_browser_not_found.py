# ruff: noqa: F811  (the browser fixture is imported from test_browser and named as an argument)
"""The "page not found" page in headless Chromium, as a web server shows it for any missing
address of a site hosted under a sub-path without `site_url`: styled, its links working."""

from __future__ import annotations

import http.server
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sitetools import static_server
from tests.test_browser import browser  # noqa: F401  (fixture)
from tests.test_csp_browser import WATCH

pytestmark = pytest.mark.browser

PREFIX = "/intranet/precedents/"


class _NotFound(http.server.SimpleHTTPRequestHandler):
    """A server with the site under PREFIX whose error page is the site's 404.html, shown at
    the missing address itself (nginx `error_page 404 /intranet/precedents/404.html;`, IIS and
    Apache alike)."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / PREFIX.strip("/") / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def hosted(bundled_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("hosted")
    shutil.copytree(bundled_site, root / PREFIX.strip("/"))
    with static_server(root, _NotFound) as url:
        yield url.rstrip("/")


@pytest.mark.parametrize(
    "missing",
    ["no-such-page/", "precedents/no-such-letter/", "clauses/x/y/z.html", "browse/firms/old/"],
)
def test_the_not_found_page_is_styled_and_its_links_work_at_any_depth(
    browser: object, hosted: str, missing: str
) -> None:
    context = browser.new_context()  # type: ignore[attr-defined]
    problems: list[str] = []  # CSP violations, script errors, failed loads
    context.expose_function("pbReport", lambda message: problems.append(message))
    context.add_init_script(WATCH)
    page = context.new_page()
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.goto(hosted + PREFIX + missing)
    page.wait_for_load_state("networkidle")
    # Material's stylesheet applies: its header is a fixed bar, not a plain block.
    assert page.locator(".md-header").evaluate("h => getComputedStyle(h).position") == "sticky"
    assert "404" in page.locator("h1").inner_text()
    assert missing.rstrip("/") in page.locator(".md-content").inner_text()
    hrefs = page.eval_on_selector_all(
        ".md-header a[href], .md-nav a[href], .md-content a[href]",
        "links => links.map(a => a.href)",
    )
    site_links = [h for h in hrefs if urlsplit(h).path.startswith(PREFIX)]
    assert len(site_links) > 10  # the home page, the navigation
    for href in dict.fromkeys(urljoin(h, urlsplit(h).path) for h in site_links):
        response = context.request.get(href)
        assert response.status == 200, href
    context.close()
    assert problems == []


@pytest.mark.parametrize("missing", ["no-such-page/", "clauses/x/y/z.html"])
def test_the_not_found_page_links_home_and_to_search_on_a_phone(
    browser: object, hosted: str, missing: str
) -> None:
    """On a phone the header's navigation is folded away: the page itself offers the way on."""
    context = browser.new_context(viewport={"width": 390, "height": 844})  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(hosted + PREFIX + missing)
    page.wait_for_load_state("networkidle")
    content = page.locator(".md-content")
    for name, path in (("Home page", PREFIX), ("Search", PREFIX + "search/")):
        link = content.get_by_role("link", name=name, exact=True)
        assert link.is_visible()
        assert urlsplit(link.evaluate("a => a.href")).path == path
    context.close()


def test_a_doubled_slash_in_the_address_sends_nothing_to_another_host(
    browser: object, hosted: str
) -> None:
    """`//intranet/...` as a path would make the page's probes protocol-relative, i.e. requests
    to a host named "intranet": the page must stay on its own origin and still find its folder."""
    context = browser.new_context()  # type: ignore[attr-defined]
    problems: list[str] = []
    context.expose_function("pbReport", lambda message: problems.append(message))
    context.add_init_script(WATCH)
    page = context.new_page()
    outside: list[str] = []
    origin = urlsplit(hosted).netloc
    page.on(
        "request", lambda r: outside.append(r.url) if urlsplit(r.url).netloc != origin else None
    )
    page.goto(hosted + "/" + PREFIX + "no-such-page/")
    page.wait_for_load_state("networkidle")
    assert urlsplit(page.url).path == PREFIX + "404.html"
    context.close()
    assert outside == []
    assert problems == []
