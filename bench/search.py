"""Search benchmark: our search (Pagefind) against stock Material's (lunr) on the same letters.

usage: python bench/search.py N [--keep]

Builds N synthetic letters twice, as bench/build.py does (our site; a stock Material site with
its search plugin), serves each with a static server (.wasm as application/wasm) and drives
headless Chromium as a reader would:

- cold: a fresh browser context (empty cache) opens the home page and types a query into the
  header's box; the time from opening the page to the first result on screen, and the bytes
  the query fetched (everything requested after the page was open);
- warm: 20 different queries typed one after the other into the same box; the median time
  from typing to the results on screen;
- the page's JavaScript heap after them (Chromium's JSHeapUsedSize; Pagefind's worker has a
  heap of its own, reported apart).

Not a test: run it by hand and record the figures in bench/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from playwright.sync_api import Page, sync_playwright

from build import make_bank, make_baseline

CHROMIUM = "/usr/bin/chromium"
COLD_QUERY = "equitable principles"
WARM_QUERIES = [
    "validly issued",
    "fully paid",
    "Delaware",
    "indenture",
    "fraudulent transfer",
    "Registration Statement",
    "genuineness",
    "public officials",
    "bankruptcy",
    "moratorium",
    "satisfaction",
    "authenticated",
    "receivership",
    "contribution",
    "prospectus supplement",
    "materiality",
    "New York",
    "jurisdiction",
    "unissued shares",
    "Garrow Lisle",
]


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 - the base class's own attribute, replaced
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
    }

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def served(site: Path) -> Iterator[str]:
    handler = functools.partial(_Handler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def build(config: Path, site: Path) -> None:
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)]
    subprocess.run(command, check=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin"})


class Box:
    """The header's search box of one site: ours or Material's."""

    def __init__(self, ours: bool) -> None:
        self.ours = ours
        self.input = "[data-pb-search-input]" if ours else "input.md-search__input"

    def type(self, page: Page, query: str) -> None:
        page.fill(self.input, query)
        if not self.ours:
            page.press(self.input, "End")  # Material reads the box on keyup

    def wait(self, page: Page, query: str) -> None:
        try:
            self._wait(page, query)
        except Exception as error:
            site = "ours" if self.ours else "stock"
            raise RuntimeError(f"{site}: no results for {query!r} on screen") from error

    def _wait(self, page: Page, query: str) -> None:
        if self.ours:
            page.locator(f'[data-pb-search-list][data-pb-query="{query}"]').wait_for(
                state="attached", timeout=60_000
            )
            return
        words = ["".join(c for c in w.lower() if c.isalnum()) for w in query.split()]
        # Material marks the query's words in its results: wait for this query's marks.
        page.wait_for_function(
            """words => [...document.querySelectorAll(".md-search-result__item mark")]
                .some(m => words.includes(m.textContent.toLowerCase().replace(/[^a-z0-9]/g, "")))
                || /^No matching/.test(
                    document.querySelector(".md-search-result__meta").textContent)""",
            arg=words,
            timeout=60_000,
        )


def heap_mb(page: Page) -> float:
    session = page.context.new_cdp_session(page)
    session.send("Performance.enable")
    metrics = {m["name"]: m["value"] for m in session.send("Performance.getMetrics")["metrics"]}
    return metrics["JSHeapUsedSize"] / 1e6


def worker_heap_mb(page: Page) -> float:
    """Pagefind's worker, if any: its own JavaScript heap (the WebAssembly memory included)."""
    total = 0.0
    for worker in page.workers:
        used = worker.evaluate("performance.memory ? performance.memory.usedJSHeapSize : 0")
        total += used / 1e6
    return total


def measure(browser: object, url: str, ours: bool) -> dict[str, float]:
    box = Box(ours)
    context = browser.new_context(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    fetched: list[int] = []
    counting = False

    def on_response(response: object) -> None:
        if counting:
            with contextlib.suppress(Exception):  # a response without a body (redirect)
                fetched.append(len(response.body()))  # type: ignore[attr-defined]

    page.on("response", on_response)
    start = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded")
    counting = True
    page.click(box.input)
    box.type(page, COLD_QUERY)
    box.wait(page, COLD_QUERY)
    cold = time.perf_counter() - start
    page.wait_for_timeout(500)  # responses still being read
    counting = False
    first_bytes = sum(fetched)
    warm = []
    for query in WARM_QUERIES:
        began = time.perf_counter()
        box.type(page, query)
        box.wait(page, query)
        warm.append(time.perf_counter() - began)
    result = {
        "cold_ms": cold * 1000,
        "first_query_kb": first_bytes / 1000,
        "warm_median_ms": statistics.median(warm) * 1000,
        "warm_max_ms": max(warm) * 1000,
        "heap_mb": heap_mb(page),
        "worker_heap_mb": worker_heap_mb(page),
    }
    context.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of synthetic letters")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pb-search-bench-"))
    try:
        build(make_bank(work / "ours", args.n), work / "ours-site")
        build(make_baseline(work / "base", args.n), work / "base-site")
        results = {}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM,
                args=["--no-sandbox", "--disable-gpu", "--enable-precise-memory-info"],
            )
            for name, site, ours in (
                ("ours", work / "ours-site", True),
                ("stock", work / "base-site", False),
            ):
                with served(site) as url:
                    results[name] = measure(browser, url, ours)
            browser.close()
        print(f"N = {args.n} letters; cold query {COLD_QUERY!r}; {len(WARM_QUERIES)} warm queries")
        keys = list(results["ours"])
        print(f"{'':8}" + "".join(f"{k:>16}" for k in keys))
        for name, figures in results.items():
            print(f"{name:8}" + "".join(f"{figures[k]:16.1f}" for k in keys))
        print(
            "ratio ours/stock: "
            + ", ".join(
                f"{k} {results['ours'][k] / results['stock'][k]:.3f}"
                for k in keys
                if results["stock"][k]
            )
        )
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
