"""Search: Pagefind indexes the built site, and the browser fetches only what a query needs.

Material's search sends one index of the whole site to every page and rebuilds it in the
browser (13.9 MB and ten seconds at 2,000 letters). Pagefind writes a chunked index next to the
pages (site/pagefind/); a query loads a few chunks, whatever the bank's size.

What is indexed is marked in the pages themselves: `data-pagefind-body` on letters and
explanation pages (overrides/main.html), and the filters, sort key and labelled facts of each
letter (search_data.html.j2); `IGNORED` leaves out what is not text (labels, notes, related
lists, a clause page's examples). A clause's note follows the clause in the page, so its
words are a hit in that clause. Pagefind reads each page through `SearchTerms.for_index`,
which marks numbered references and the bank's synonyms (search_terms.py).
"""

from __future__ import annotations

import asyncio
import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pagefind.index import IndexConfig, PagefindIndex

from precedent_bank.site.search_terms import SearchTerms

PAGEFIND_DIR = "pagefind"
"""Where the index goes in the site (search.js loads pagefind/pagefind.js from there)."""
RULES_FILE = "search-rules.json"
"""The query rules search.js applies, written beside the index."""
BODY_MARK = "data-pagefind-body"
IGNORED = [
    ".headerlink",  # the heading permalinks' pilcrow
    ".pb-label",  # clause labels (a result names the clause type itself)
    ".pb-toolbar",
    ".pb-note-ref",  # a note's own label (its words count, with the clause they follow)
    ".pb-findings",  # our warnings, not the letter's words
    "#pb-related",
    ".pb-related",
    "#pb-in-the-bank",  # a clause page's quotes from letters: found in the letters themselves
    ".pb-count",
    ".pb-examples",
]
"""What search leaves out of the pages it indexes: not text, or text found elsewhere."""
BATCH = 64
"""Pages handed to the indexer at once: enough to keep it busy, few enough to stay small."""


@dataclass(frozen=True)
class IndexReport:
    pages: int
    """Pages indexed."""
    files: int
    """Files in the written index."""


def index_site(site_dir: Path, terms: SearchTerms) -> IndexReport:
    """Index every page of the built site that asks to be (data-pagefind-body).

    The index is written to a temporary folder and moved into place, so a failed run leaves
    the previous index (or none), never half of one.
    """
    output = site_dir / PAGEFIND_DIR
    staging = site_dir / f".{PAGEFIND_DIR}.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    # Pagefind's Python API is asynchronous. Its own thread gives it an event loop of its own,
    # whether or not the caller runs one (a program driving the build may: Playwright does).
    with ThreadPoolExecutor(max_workers=1) as thread:
        pages = thread.submit(asyncio.run, _index(site_dir, staging, terms)).result()
    (staging / RULES_FILE).write_text(json.dumps(terms.browser_rules()), "utf-8")
    shutil.rmtree(output, ignore_errors=True)
    staging.rename(output)
    return IndexReport(pages, sum(1 for p in output.rglob("*") if p.is_file()))


async def _index(site_dir: Path, output: Path, terms: SearchTerms) -> int:
    config = IndexConfig(output_path=str(output), force_language="en", exclude_selectors=IGNORED)
    pages = 0
    async with PagefindIndex(config=config) as index:
        batch = []
        for path in _pages(site_dir):
            html = path.read_text("utf-8")
            if BODY_MARK not in html:
                continue
            url = _url(path.relative_to(site_dir).as_posix())
            batch.append(index.add_html_file(content=terms.for_index(html), url=url))
            if len(batch) == BATCH:
                pages += len(await asyncio.gather(*batch))
                batch = []
        pages += len(await asyncio.gather(*batch))
        await index.write_files(output_path=str(output))
    return pages


def _pages(site_dir: Path) -> list[Path]:
    skip = (site_dir / PAGEFIND_DIR, site_dir / f".{PAGEFIND_DIR}.tmp")
    return sorted(p for p in site_dir.rglob("*.html") if not p.is_relative_to(skip[0]))


def _url(path: str) -> str:
    """A page's URL from the site root, as Pagefind reports it ("/precedents/x/")."""
    return "/" + (path.removesuffix("index.html") if path.endswith("index.html") else path)
