"""A large bank's search index in parts: which pages go in which part, and each part's word list.

Pagefind's search of a word costs time in the square of the pages that hold it (for each page
found it goes through every page found): at 10,000 letters a query on words that most letters
hold took 0.45 s (median) and up to 1.7 s. Past `PART_LETTERS` letters, the letters are indexed
in parts, each a run of dates, which search.js merges into every search with Pagefind's
`mergeIndex`: 0.17 s and 0.6 s at 10,000, and Pagefind's memory while indexing is a part's
(0.7 GB instead of 3 GB). bench/README.md, "Search", has the figures.

A part must know every word of the bank. Pagefind, given a word an index does not hold, looks
for the longest start of it that the index holds ("s8" becomes "s"): a part without any S-8
letter would answer a search for S-8 with every page holding a word "s". So each part also
indexes a word list - every word of the bank's pages - as one hidden page that search.js leaves
out of every result (`word_list_ids`). Every word, not only those a part lacks: which words
Pagefind indexes depends on more than the text (elements it is told to leave out), and a word
the part was wrongly thought to hold would bring the fault back.
"""

from __future__ import annotations

import gzip
import html
import json
import re
from collections.abc import Sequence
from pathlib import Path

PART_LETTERS = 2000
"""Letters in one part of the index, past which the letters are indexed in parts. At 10,000
letters, parts of 1,000 searched a little faster (warm median 0.15 s against 0.17 s) but the
first query fetched 580 KB rather than 450 KB (each part's entry and chunks); parts of 250 or
500 were no faster."""
PARTS_DIR = "parts"
"""Where the parts after the first go in the index folder: `pagefind/parts/02/`..."""
WORD_LIST = Path("pb-word-list", "index.html")
"""Where a part's word list is put among the pages Pagefind reads (never in the site)."""
_SORT_DATE = re.compile(r'data-pagefind-sort="date:([^"]*)"')
_TAG = re.compile(r"<[^>]*>")
_META = re.compile(r'data-pagefind-meta="[^":]*:([^"]*)"')


def sort_date(page: str) -> str | None:
    """The date a letter's page sorts by (search_data.html.j2); None for a page that is not
    a letter."""
    found = _SORT_DATE.search(page)
    return found.group(1) if found else None


def parts(pages: Sequence[tuple[Path, str | None]], part_letters: int) -> list[list[Path]]:
    """The pages (path, sort date or None) in parts: one part if the bank has at most
    `part_letters` letters; else parts of near-equal size by date, newest first, the first also
    holding the pages that are not letters."""
    letters = sorted(((d, p) for p, d in pages if d is not None), reverse=True)
    count = max(1, -(-len(letters) // part_letters))
    split = [
        [p for _, p in letters[n * len(letters) // count : (n + 1) * len(letters) // count]]
        for n in range(count)
    ]
    split[0] = [p for p, d in pages if d is None] + split[0]
    return split


def words(page: str) -> set[str]:
    """The words of a page as Pagefind is given them (its text and its labelled facts), in
    lower case; more than Pagefind indexes (it leaves some elements out) do no harm."""
    text = _TAG.sub(" ", page) + " " + " ".join(_META.findall(page))
    return set(html.unescape(text).lower().split())


def word_list_page(every_word: set[str]) -> str:
    """The hidden page that gives a part every word of the bank."""
    body = html.escape(" ".join(sorted(every_word)))
    return (
        '<!doctype html><html lang="en"><head><title>Word list</title></head>'
        f"<body><div data-pagefind-body><p>{body}</p></div></body></html>"
    )


def word_list_ids(index: Path) -> list[str]:
    """The result ids Pagefind gave the word lists of the parts in `index` (a result's id is
    its fragment's name): search.js leaves them out. The word list is by far a part's largest
    page, so its fragment is looked for largest first."""
    ids = []
    for folder in [index, *sorted((index / PARTS_DIR).glob("*"))]:
        fragments = sorted((folder / "fragment").glob("*.pf_fragment"), key=_size, reverse=True)
        for fragment in fragments:
            data = gzip.decompress(fragment.read_bytes())  # "pagefind_dcd", then JSON
            url = json.loads(data[data.index(b"{") :])["url"]
            if url == f"/{WORD_LIST.parent.name}/":  # not a letter whose id ends alike
                ids.append(fragment.stem)
                break
    return list(dict.fromkeys(ids))  # the same words give the same page, and the same id


def _size(path: Path) -> int:
    return path.stat().st_size
