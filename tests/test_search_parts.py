"""A large bank's search index in parts (site/search_parts.py, site/search.py).

The browser tests (test_search.py) run every query, filter and browse test on the bundled bank
indexed in one piece and in parts of four letters; these check the parts themselves.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path

from precedent_bank.site.search import PAGEFIND_DIR, RULES_FILE, index_site
from precedent_bank.site.search_parts import (
    PARTS_DIR,
    WORD_LIST,
    parts,
    sort_date,
    word_list_ids,
    word_list_page,
    words,
)
from precedent_bank.site.search_terms import SearchTerms
from tests.conftest import ROOT


def test_up_to_the_size_of_a_part_the_bank_is_one_part() -> None:
    pages = [(Path("a"), "2001-01-01"), (Path("guide"), None), (Path("b"), "1999-05-05")]
    assert parts(pages, 2) == [[Path("guide"), Path("a"), Path("b")]]


def test_parts_are_runs_of_dates_newest_first_with_the_other_pages_in_the_first() -> None:
    dates = ["2003-01-01", "1999-01-01", "2010-06-30", "2001-02-03", "2007-07-07", "0000-00-00"]
    pages = [(Path(f"letter-{i}"), d) for i, d in enumerate(dates)] + [(Path("guide"), None)]
    split = parts(pages, 2)
    assert split == [
        [Path("guide"), Path("letter-2"), Path("letter-4")],
        [Path("letter-0"), Path("letter-3")],
        [Path("letter-1"), Path("letter-5")],
    ]
    assert sorted(p for part in split for p in part) == sorted(p for p, _ in pages)


def test_parts_are_of_near_equal_size() -> None:
    pages = [(Path(f"{i:04}"), f"2000-01-{1 + i % 28:02}") for i in range(2001)]
    sizes = [len(part) for part in parts(pages, 1000)]
    assert sizes == [667, 667, 667]


def test_a_letter_is_known_by_its_sort_date() -> None:
    assert sort_date('<span data-pagefind-sort="date:2004-03-12"></span>') == "2004-03-12"
    assert sort_date("<p>An explanation</p>") is None


def test_a_page_s_words_are_its_text_and_labelled_facts_in_lower_case() -> None:
    page = (
        '<title>T</title><span data-pagefind-meta="firm:Ashcombe &amp; Rudd"></span>'
        "<p>Form <b>S-8</b> &amp; Rule&nbsp;436</p>"
    )
    assert words(page) == {"t", "ashcombe", "&", "rudd", "form", "s-8", "rule", "436"}


def test_a_word_list_is_inert_text() -> None:
    page = word_list_page({"<script>alert(1)</script>", "s-8"})
    assert "<script>" not in page
    assert words(page) >= {"s-8", "<script>alert(1)</script>"}


def test_a_letter_named_like_the_word_list_is_not_taken_for_it(tmp_path: Path) -> None:
    # A record `pb-word-list.yaml` whose page outweighs the word list: searches must still
    # skip the word list, and only it.
    folder = tmp_path / "fragment"
    folder.mkdir()
    for name, url, size in [("a", "/precedents/pb-word-list/", 9000), ("b", "/pb-word-list/", 10)]:
        data = {"url": url, "content": "x" * size}
        (folder / f"{name}.pf_fragment").write_bytes(
            gzip.compress(b"pagefind_dcd" + json.dumps(data).encode())
        )
    assert word_list_ids(tmp_path) == ["b"]


def test_the_bundled_bank_in_parts(bundled_site: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(bundled_site, site, ignore=shutil.ignore_patterns(PAGEFIND_DIR))
    one = index_site(site, SearchTerms())
    split = index_site(site, SearchTerms(), part_letters=4)
    index = site / PAGEFIND_DIR
    rules = json.loads((index / RULES_FILE).read_text())
    folders = [index, *(index / p for p in rules["parts"])]
    assert rules["parts"] == [f"{PARTS_DIR}/{n:02}/" for n in range(2, len(folders) + 1)]
    assert len(folders) == 5  # 19 letters in parts of at most 4
    # Every page is indexed once, and each part has its word list, whose id search.js skips.
    assert split.pages == one.pages
    urls = [fragment_url(f) for folder in folders for f in (folder / "fragment").glob("*")]
    pages = [url for url in urls if url != f"/{WORD_LIST.parent.name}/"]
    assert len(pages) == len(set(pages)) == one.pages
    assert len(urls) == one.pages + len(folders)
    assert rules["skip"] == word_list_ids(index)
    assert [fragment_url(f) for f in skipped(folders, rules["skip"])] == [
        f"/{WORD_LIST.parent.name}/"
    ] * len(folders)
    assert len(set(rules["skip"])) == len(rules["skip"])
    # Every part's word list holds every word of the bank, so that Pagefind never takes a
    # shorter word for one a part lacks: Pinecrest's is the only letter with its name.
    holding = [
        folder
        for folder in folders
        if any("/pinecrest-" in fragment_url(f) for f in (folder / "fragment").glob("*"))
    ]
    assert len(holding) == 1
    for folder in folders:
        (word_list,) = skipped([folder], rules["skip"])
        assert "pinecrest" in re.findall("[a-z]+", fragment_text(word_list))


def skipped(folders: list[Path], ids: list[str]) -> list[Path]:
    return [f for folder in folders for f in (folder / "fragment").glob("*") if f.stem in ids]


def fragment(path: Path) -> dict[str, object]:
    """A Pagefind fragment file: "pagefind_dcd", then the page's JSON, gzipped."""
    data = gzip.decompress(path.read_bytes())
    return dict(json.loads(data[data.index(b"{") :]))


def fragment_url(path: Path) -> str:
    return str(fragment(path)["url"])


def fragment_text(path: Path) -> str:
    return str(fragment(path)["content"]).lower()


def test_search_isolates_the_characters_the_letter_pages_do() -> None:
    """search.js marks direction controls and zero-width characters in results as the letter
    page does (records/yamlio.py): one list of characters, kept alike here."""
    from precedent_bank.records.yamlio import INVISIBLE

    script = (ROOT / "docs" / "javascripts" / "search.js").read_text("utf-8")
    found = re.search(r"var INVISIBLE = /\[(.*?)\]/g;", script)
    assert found
    js_chars = {chr(int(code, 16)) for code in re.findall(r"\\u([0-9a-f]{4})", found.group(1))}
    ranges = re.findall(r"\\u([0-9a-f]{4})-\\u([0-9a-f]{4})", found.group(1))
    for start, end in ranges:
        js_chars |= {chr(c) for c in range(int(start, 16), int(end, 16) + 1)}
    python_chars = {chr(c) for c in range(0x10000) if INVISIBLE.fullmatch(chr(c))}
    assert js_chars == python_chars
