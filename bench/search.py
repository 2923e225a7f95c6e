"""Search benchmark: our search (Pagefind) against stock Material's (lunr) on the same letters.

usage: python bench/search.py N [--sites DIR] [--runs K]

Builds N synthetic letters twice, as bench/build.py does (our site; a stock Material site with
its search plugin), serves each with a static server (.wasm as application/wasm) and drives
headless Chromium as a reader would, K times per site (a fresh browser context each time, the
two sites taking turns), and prints the median and range of each figure:

- cold: a fresh browser context (empty cache) opens the home page and types a query into the
  header's box; the time from opening the page (navigation start) to the first result of the
  query on screen, read in the page, and from typing to it; and the bytes of search's own
  files fetched by then (Pagefind's, or Material's index and worker);
- the parts of our cold time, from the marks search.js leaves (performance.mark "pb:..."): page
  parsed, Pagefind's script loaded, its WebAssembly and index entry loaded (init), the query's
  index chunks searched, the results' fragments loaded, the first result on screen, all results
  with their clause hits on screen;
- warm: 20 different queries typed one after the other into the same box; the median time
  from the box having the whole query (its last input or keyup event) to its first result on
  screen (seen at the next animation frame);
- CPU: the CPU time all the browser's processes used for the cold query (page open to first
  result) and per warm query (CPU-time is steadier than wall-clock time on a shared machine);
- the page's JavaScript heap after them (Chromium's JSHeapUsedSize, after a garbage
  collection), and apart the heap of its workers (Pagefind's; Material's lunr) with their
  ArrayBuffers' backing stores (Runtime.getHeapUsage, after a garbage collection).

With --sites DIR the built sites are kept in DIR/N/ and reused by later runs (a 10,000-letter
build takes minutes); our site's javascripts/search.js is then refreshed from docs/javascripts/
so that a change to it is measured without a rebuild (a change to anything else needs one:
delete DIR/N/ours-site).

Not a test: run it by hand and record the figures in bench/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.sitetools
sys.path.insert(0, str(Path(__file__).parent))
from playwright.sync_api import Page, sync_playwright
from tests.sitetools import QuietHandler, static_server

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


class _Handler(QuietHandler):
    """The tests' static server's handler, with .wasm as application/wasm too."""

    extensions_map = {  # noqa: RUF012 - the base class's own attribute, replaced
        **QuietHandler.extensions_map,
        ".wasm": "application/wasm",
    }


def build(config: Path, site: Path) -> None:
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)]
    subprocess.run(command, check=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin"})


ROOT = Path(__file__).resolve().parent.parent
MARKS = [
    ("pagefind-script", "Pagefind's script loaded"),
    ("pagefind-ready", "its worker, WebAssembly and index entry loaded"),
    ("typed", "the query typed into the box"),
    ("query", "the search started"),
    ("searched", "the query's index chunks loaded and searched"),
    ("fragment", "the best result's fragment loaded"),
    ("first-result", "the first result on screen"),
    ("all-results", "all eight results on screen"),
]
"""The marks search.js leaves on the way to a first result (performance.mark("pb:NAME"))."""

# Notes when the box last had a keystroke; the driver's own latency is then not counted.
TYPED = """selector => {
  const box = document.querySelector(selector);
  if (box.pbTimed) return;
  box.pbTimed = true;
  const note = () => { window.pbTyped = performance.now(); };
  box.addEventListener("input", note, true);
  box.addEventListener("keyup", note, true);
}"""
# The first result of this query on screen: the time since the page opened, else false.
OURS_SHOWN = """query => {
  const list = document.querySelector("[data-pb-search-list]");
  const meta = document.querySelector("[data-pb-search-meta]");
  const done = list.getAttribute("data-pb-showing") === query &&
    (list.querySelector("li") || /^No /.test(meta.textContent));
  return done ? performance.now() : false;
}"""
# Material marks the query's words in its results: wait for this query's marks.
STOCK_SHOWN = """words => {
  const done = [...document.querySelectorAll(".md-search-result__item mark")]
    .some(m => words.includes(m.textContent.toLowerCase().replace(/[^a-z0-9]/g, "")))
    || /^No matching/.test(document.querySelector(".md-search-result__meta").textContent);
  return done ? performance.now() : false;
}"""


class Box:
    """The header's search box of one site: ours or Material's."""

    def __init__(self, ours: bool) -> None:
        self.ours = ours
        self.input = "[data-pb-search-input]" if ours else "input.md-search__input"

    def type(self, page: Page, query: str) -> None:
        """Type the query (typed() then tells when the box had all of it)."""
        page.evaluate(TYPED, self.input)
        page.fill(self.input, query)
        if not self.ours:
            page.press(self.input, "End")  # Material reads the box on keyup

    def typed(self, page: Page) -> float:
        """When the box last had a keystroke (input or keyup), by the page's clock."""
        return float(page.evaluate("window.pbTyped"))

    def shown(self, page: Page, query: str) -> float:
        """When the query's first result was on screen, by the page's clock."""
        words = ["".join(c for c in w.lower() if c.isalnum()) for w in query.split()]
        try:
            handle = page.wait_for_function(
                OURS_SHOWN if self.ours else STOCK_SHOWN,
                arg=query if self.ours else words,
                polling="raf",
                timeout=60_000,
            )
        except Exception as error:
            site = "ours" if self.ours else "stock"
            raise RuntimeError(f"{site}: no results for {query!r} on screen") from error
        return float(handle.json_value())


SEARCH_FILES = re.compile(r"^/(pagefind/|search/search_index\.json|assets/javascripts/workers/)")
"""Search's own files, which the first query needs: Pagefind's script, worker, WebAssembly,
index and fragments; Material's index and its search worker. (Both sites' page scripts are
loaded by every page, search or not, and are not counted.)"""


def heap_mb(page: Page) -> float:
    session = page.context.new_cdp_session(page)
    session.send("HeapProfiler.collectGarbage")  # what is still in use, not what awaits GC
    session.send("Performance.enable")
    metrics = {m["name"]: m["value"] for m in session.send("Performance.getMetrics")["metrics"]}
    return float(metrics["JSHeapUsedSize"]) / 1e6


def cold_parts(page: Page) -> dict[str, float]:
    """The page's own timings of the cold query, in ms since the page opened."""
    marks = page.evaluate(
        """() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const out = {"dcl": nav.domContentLoadedEventEnd};
      for (const m of performance.getEntriesByType("mark")) {
        const name = m.name.slice(3);
        if (m.name.startsWith("pb:") && !(name in out)) out[name] = m.startTime;
      }
      return out;
    }"""
    )
    parts = {"page parsed (DOMContentLoaded)": float(marks["dcl"])}
    parts |= {label: float(marks[name]) for name, label in MARKS if name in marks}
    return parts


class Cpu:
    """CPU time of the browser's processes (page, workers, browser, GPU, network), which is
    steadier than wall-clock time on a shared machine."""

    def __init__(self, browser: object) -> None:
        self.session = browser.new_browser_cdp_session()  # type: ignore[attr-defined]

    def times(self) -> dict[int, float]:
        info = self.session.send("SystemInfo.getProcessInfo")["processInfo"]
        return {p["id"]: float(p["cpuTime"]) for p in info}

    def since(self, before: dict[int, float]) -> float:
        """CPU milliseconds used since `before` (by processes alive now)."""
        now = self.times()
        return sum(t - before.get(pid, 0.0) for pid, t in now.items()) * 1000


def worker_heap_mb(page: Page) -> float:
    """The JavaScript heap of the page's workers (Pagefind's), with their ArrayBuffers'
    backing stores (Runtime.getHeapUsage, asked of each worker through CDP)."""
    session = page.context.new_cdp_session(page)
    attached: list[str] = []
    answers: list[dict[str, float]] = []
    session.on("Target.attachedToTarget", lambda e: attached.append(e["sessionId"]))
    session.on(
        "Target.receivedMessageFromTarget",
        lambda e: answers.append(json.loads(e["message"]).get("result") or {}),
    )
    options = {"autoAttach": True, "waitForDebuggerOnStart": False, "flatten": False}
    session.send("Target.setAutoAttach", options)
    page.wait_for_timeout(300)
    collect = json.dumps({"id": 1, "method": "HeapProfiler.collectGarbage"})
    usage = json.dumps({"id": 2, "method": "Runtime.getHeapUsage"})
    for worker in attached:
        for message in (collect, usage):
            session.send("Target.sendMessageToTarget", {"sessionId": worker, "message": message})
    for _ in range(300):  # a collection of lunr's 0.9 GB takes seconds
        heaps = [a for a in answers if "usedSize" in a]
        if len(heaps) >= len(attached):
            break
        page.wait_for_timeout(100)
    else:
        raise RuntimeError("a worker did not say how much heap it uses")
    return sum(a["usedSize"] + a.get("backingStorageSize", 0) for a in heaps) / 1e6


def measure(browser: object, url: str, ours: bool) -> dict[str, float]:
    box = Box(ours)
    cpu = Cpu(browser)
    before = cpu.times()
    context = browser.new_context(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    fetched: list[int] = []
    counting = True

    def on_response(response: object) -> None:
        path = urlsplit(response.url).path  # type: ignore[attr-defined]
        if counting and SEARCH_FILES.search(path):
            with contextlib.suppress(Exception):  # a response without a body (redirect)
                fetched.append(len(response.body()))  # type: ignore[attr-defined]

    page.on("response", on_response)
    page.goto(url, wait_until="domcontentloaded")
    page.click(box.input)
    box.type(page, COLD_QUERY)
    cold = box.shown(page, COLD_QUERY)
    typed = box.typed(page)
    cold_cpu = cpu.since(before)
    page.wait_for_timeout(1000)  # responses still being read, the rest of the results shown
    counting = False
    result = {
        "cold_ms": cold,
        "cold_from_typing_ms": cold - typed,
        "first_query_kb": sum(fetched) / 1000,
        "cold_cpu_ms": cold_cpu,
    }
    parts = cold_parts(page) if ours else {}
    warm = []
    steps: dict[str, list[float]] = {}
    before = cpu.times()
    for query in WARM_QUERIES:
        page.evaluate("performance.clearMarks()")
        box.type(page, query)
        warm.append(box.shown(page, query) - box.typed(page))
        for name, ms in warm_steps(page).items() if ours else ():
            steps.setdefault(name, []).append(ms)
    result |= {
        "warm_median_ms": statistics.median(warm),
        "warm_max_ms": max(warm),
        "warm_cpu_ms_per_query": cpu.since(before) / len(WARM_QUERIES),
        "heap_mb": heap_mb(page),
        "worker_heap_mb": worker_heap_mb(page),
    }
    context.close()
    result |= {f"cold, at: {k}": v for k, v in parts.items()}
    return result | {f"warm median, typed to: {k}": statistics.median(v) for k, v in steps.items()}


def warm_steps(page: Page) -> dict[str, float]:
    """A warm query's steps, in ms from typing it (the marks of that query only)."""
    marks = {
        name: float(ms)
        for name, ms in page.evaluate(
            "performance.getEntriesByType('mark').map(m => [m.name.slice(3), m.startTime])"
        )
    }
    wanted = ("searched", "fragment", "first-result")
    return {label: marks[n] - marks["typed"] for n, label in MARKS if n in wanted and n in marks}


def sites(work: Path, n: int) -> dict[str, tuple[Path, bool]]:
    """Our site and the stock one for N letters, built unless already in `work`."""
    ours, stock = work / "ours-site", work / "base-site"
    if not (ours / "index.html").is_file():
        shutil.rmtree(work / "ours", ignore_errors=True)
        build(make_bank(work / "ours", n), ours)
    if not (stock / "index.html").is_file():
        shutil.rmtree(work / "base", ignore_errors=True)
        build(make_baseline(work / "base", n), stock)
    # A kept site measures today's search.js (mkdocs copies it as it is).
    shutil.copy(ROOT / "docs" / "javascripts" / "search.js", ours / "javascripts" / "search.js")
    return {"ours": (ours, True), "stock": (stock, False)}


def run(work: Path, n: int, runs: int) -> dict[str, list[dict[str, float]]]:
    results: dict[str, list[dict[str, float]]] = {"ours": [], "stock": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--enable-precise-memory-info"],
        )
        for _ in range(runs):
            for name, (site, ours) in sites(work, n).items():
                with static_server(site, _Handler) as url:
                    results[name].append(measure(browser, url, ours))
        browser.close()
    return results


def report(n: int, results: dict[str, list[dict[str, float]]]) -> None:
    runs = len(results["ours"])
    print(f"N = {n} letters; cold query {COLD_QUERY!r}; {len(WARM_QUERIES)} warm queries; ", end="")
    print(f"{runs} run(s) per site: median [min - max]")
    medians: dict[str, dict[str, float]] = {}
    for name, figures in results.items():
        medians[name] = {}
        for key in figures[0]:
            values = [f[key] for f in figures if key in f]
            medians[name][key] = statistics.median(values)
            print(f"{name:6} {key:56} {medians[name][key]:9.1f}", end="")
            print(f"  [{min(values):.1f} - {max(values):.1f}]")
    ours, stock = medians["ours"], medians["stock"]
    ratios = [f"{k} {ours[k] / stock[k]:.3f}" for k in stock if stock[k] and k in ours]
    print("ratio ours/stock (medians): " + ", ".join(ratios))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of synthetic letters")
    parser.add_argument("--sites", type=Path, help="keep the built sites here, and reuse them")
    parser.add_argument("--runs", type=int, default=3, help="measurements per site")
    args = parser.parse_args()
    keep = args.sites is not None
    work = args.sites / str(args.n) if keep else Path(tempfile.mkdtemp(prefix="pb-search-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        report(args.n, run(work, args.n, args.runs))
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
