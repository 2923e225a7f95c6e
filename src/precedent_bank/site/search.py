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

import json
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from precedent_bank.errors import PrecedentError
from precedent_bank.site.child_process import duration, start, wait_or_kill
from precedent_bank.site.search_parts import (
    PART_LETTERS,
    PARTS_DIR,
    WORD_LIST,
    parts,
    sort_date,
    word_list_ids,
    word_list_page,
    words,
)
from precedent_bank.site.search_terms import SearchTerms

PAGEFIND_DIR = "pagefind"
PAGEFIND_TIMEOUT = 600.0
"""Seconds one Pagefind run of a build may take (one part of up to 2,000 letters takes some
6 s) before it is stopped and the build fails: only a hung Pagefind reaches it. Read when
Pagefind runs, so that a test can shorten it."""
"""Where the index goes in the site (search.js loads pagefind/pagefind.js from there)."""
RULES_FILE = "search-rules.json"
"""The query rules search.js applies, written beside the index."""
BODY_MARK = "data-pagefind-body"
_DIV = re.compile(r"<(/?)div\b")
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


SERVE_DIR = ".pb-search"
"""Under `mkdocs serve`, where the last finished index is kept between builds (search_serve.py);
hidden, so that MkDocs does not clean it away with the rest of the site before a rebuild."""


@dataclass(frozen=True)
class IndexReport:
    pages: int
    """Pages indexed."""
    files: int
    """Files in the written index."""


def index_site(site_dir: Path, terms: SearchTerms, part_letters: int = PART_LETTERS) -> IndexReport:
    """Index every page of the built site that asks to be (data-pagefind-body).

    Pagefind reads copies of those pages, rewritten by `terms`, in a temporary folder (its
    command line is several times faster than feeding it pages through its Python API). The
    index is written to a temporary folder and moved into place, so a failed run leaves the
    previous index (or none), never half of one.

    Raises:
        PrecedentError: Pagefind failed; its own message says why.
    """
    output = site_dir / PAGEFIND_DIR
    staging = site_dir / f".{PAGEFIND_DIR}.tmp"
    pages = write_index(site_dir, staging, terms, part_letters)
    shutil.rmtree(output, ignore_errors=True)
    staging.rename(output)
    return IndexReport(pages, sum(1 for p in output.rglob("*") if p.is_file()))


def write_index(
    site_dir: Path,
    output: Path,
    terms: SearchTerms,
    part_letters: int = PART_LETTERS,
    *,
    own_group: bool = True,
) -> int:
    """Index the pages of `site_dir` into the folder `output` (made afresh); the pages indexed.

    Up to `part_letters` letters, one index holds every page. Past it, the letters are indexed
    in parts by date (search_parts.py): `output` holds the newest letters and the other pages,
    `output/parts/02/`... the older letters; search-rules.json names the parts, in date order,
    and the word lists' result ids, for search.js.

    Pagefind runs in a process group of its own (`own_group`), so that a run over
    `PAGEFIND_TIMEOUT` is ended with the binary it starts; serve's background child, whose
    group serve ends as a whole, keeps it in its own group instead.

    Raises:
        PrecedentError: Pagefind failed, or ran out of time; the message says why.
    """
    shutil.rmtree(output, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="pb-search-") as folder:
        groups, pages = _copy_pages(site_dir, Path(folder), terms, part_letters)
        names = [f"{PARTS_DIR}/{n:02}/" for n in range(2, len(groups) + 1)]
        targets = [output] + [output / name for name in names]
        for group, target in zip(groups, targets, strict=True):  # one at a time: its memory
            _run_pagefind(group, target, own_group)
    skip = word_list_ids(output) if names else []
    rules = terms.browser_rules() | {"parts": names, "skip": skip}
    (output / RULES_FILE).write_text(json.dumps(rules), "utf-8")
    return pages


def _copy_pages(
    site_dir: Path, copies: Path, terms: SearchTerms, part_letters: int
) -> tuple[list[Path], int]:
    """Copy the pages to index, as Pagefind should read them, keeping their paths (Pagefind
    makes each result's URL from its path), into one folder per part of the index; those
    folders and the pages copied. Each part of several gets its word list.

    Each built page is read once: every copy goes into the first part's folder, and those of
    the older letters are moved to their part's once the dates say which that is.
    """
    first = copies / "01"
    pages = []
    for path in sorted(site_dir.rglob("*.html")):
        relative = path.relative_to(site_dir)
        if relative.parts[0] in (PAGEFIND_DIR, f".{PAGEFIND_DIR}.tmp", SERVE_DIR):
            continue
        html = path.read_text("utf-8")
        if BODY_MARK in html:
            _write(first / relative, terms.for_index(search_copy(html)))
            pages.append((relative, sort_date(html)))
    split = parts(pages, part_letters)
    folders = [copies / f"{n:02}" for n in range(1, len(split) + 1)]
    if len(split) > 1:
        _split_copies(folders, split)
    return folders, len(pages)


def _split_copies(folders: list[Path], split: list[list[Path]]) -> None:
    """Move the copies of each part after the first from the first's folder to its own, and
    give every part the word list of all the copies."""
    every_word = set[str]()
    for folder, group in zip(folders, split, strict=True):
        for relative in group:
            copy = folders[0] / relative
            every_word |= words(copy.read_text("utf-8"))  # the copy, not the built page
            if folder != folders[0]:
                (folder / relative).parent.mkdir(parents=True, exist_ok=True)
                copy.rename(folder / relative)
    for folder in folders:
        _write(folder / WORD_LIST, word_list_page(every_word))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")


def search_copy(html: str) -> str:
    """The part of a page Pagefind reads: its head and its data-pagefind-body element.

    Pagefind ignores everything outside that element, which on a letter's page is more than half
    of it (the header and the navigation); leaving it out halves what is rewritten, written and
    parsed, and gives the same index (tests/test_search_index.py). A page whose element cannot be
    delimited is given whole.
    """
    head = html.find("</head>")
    start = html.find(f"<div {BODY_MARK}")
    if head < 0 or start < head:
        return html
    depth = 0
    for tag in _DIV.finditer(html, start):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            end = html.find(">", tag.end()) + 1
            return f"{html[:head]}</head><body>{html[start:end]}</body></html>"
    return html


def _run_pagefind(site: Path, output: Path, own_group: bool) -> None:
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(output)]
    command += ["--force-language", "en", "--silent"]
    for selector in IGNORED:
        command += ["--exclude-selectors", selector]
    process = start(command, own_group=own_group)
    out, err, timed_out = wait_or_kill(process, PAGEFIND_TIMEOUT)
    if timed_out:
        raise PrecedentError(
            f"search: Pagefind did not finish within {duration(PAGEFIND_TIMEOUT)} and was "
            "stopped; the build stops here (a hung Pagefind; run the build again)"
        )
    if process.returncode != 0:
        message = (err or out).strip()
        raise PrecedentError(f"search: Pagefind could not index the site: {message}")
