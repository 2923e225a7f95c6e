"""Search indexing (site/search.py): what Pagefind is given to read.

Pagefind is given a slim copy of each page (its head and its data-pagefind-body element, not the
header and navigation around it), which must give the index the whole pages give. Pagefind
itself writes the entries of its filter files (CBOR) in a different order on every run, so those
are compared decoded and sorted; every other file of the index is compared byte for byte.
"""

from __future__ import annotations

import gzip
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from precedent_bank.site import search
from precedent_bank.site.search import index_site, search_copy
from precedent_bank.site.search_parts import WORD_LIST
from precedent_bank.site.search_terms import SearchTerms


def index_files(site: Path) -> dict[str, Any]:
    """Every file of the site's search index, unzipped, by path - decoded and sorted for the
    filter files and the files that name them (the rest are named by a hash of their bytes)."""
    folder = site / search.PAGEFIND_DIR
    files: dict[str, Any] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        name = str(path.relative_to(folder))
        if name.startswith("filter/") or name.endswith((".pf_meta", "entry.json")):
            name = path.parent.name + "/" + path.suffix  # its name is a hash of its bytes
            value = cbor(data) if b"_dcd" in data else None
            if path.suffix == ".pf_meta":  # its 4th entry names each filter's file (by hash)
                value[3] = [filter_name for filter_name, _ in value[3]]
            files.setdefault(name, []).append(canonical(value))
            files[name].sort(key=repr)
        else:
            files[name] = data
    return files


def cbor(data: bytes) -> Any:
    """A Pagefind data file decoded (its "pagefind_dcd" mark, then CBOR: lists, maps, text,
    byte strings and integers - all Pagefind writes)."""
    value, _ = _item(data, data.index(b"_dcd") + 4)
    return value


def _item(data: bytes, at: int) -> tuple[Any, int]:
    major, info = data[at] >> 5, data[at] & 31
    at += 1
    if info < 24:
        n = info
    else:
        size = 1 << (info - 24)
        n, at = int.from_bytes(data[at : at + size], "big"), at + size
    if major in (0, 1):
        return (n if major == 0 else -1 - n), at
    if major in (2, 3):
        raw = data[at : at + n]
        return (raw.decode() if major == 3 else raw), at + n
    items = []
    for _ in range(n * (2 if major == 5 else 1)):
        value, at = _item(data, at)
        items.append(value)
    return items, at


def canonical(value: Any) -> Any:
    """Lists sorted at every level: what is in the file, whatever order Pagefind wrote it in."""
    if isinstance(value, list):
        return sorted((canonical(v) for v in value), key=repr)
    return value


def test_slim_copies_give_the_index_whole_pages_give(
    bundled_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    slim, whole = tmp_path / "slim", tmp_path / "whole"
    for copy in (slim, whole):
        shutil.copytree(bundled_site, copy, ignore=shutil.ignore_patterns(search.PAGEFIND_DIR))
    terms = SearchTerms([["judgment", "judgement"]])
    slim_report = index_site(slim, terms)
    monkeypatch.setattr(search, "search_copy", lambda html: html)
    whole_report = index_site(whole, terms)
    assert slim_report.pages == whole_report.pages > 20
    assert index_files(slim) == index_files(whole)


def test_a_slim_copy_holds_the_head_and_the_indexed_element_only() -> None:
    page = (
        "<html><head><title>T</title></head><body><nav>menu</nav><div data-pagefind-body>"
        "<div><p>letter</p></div><div>notes</div></div><footer>foot</footer></body></html>"
    )
    assert search_copy(page) == (
        "<html><head><title>T</title></head><body><div data-pagefind-body>"
        "<div><p>letter</p></div><div>notes</div></div></body></html>"
    )


@pytest.mark.parametrize(
    "page",
    [
        "<html><head></head><body><p>no element to index</p></body></html>",
        "<html><head></head><body><div data-pagefind-body><div>never closed</div></body></html>",
    ],
)
def test_a_page_that_cannot_be_cut_is_given_whole(page: str) -> None:
    assert search_copy(page) == page


@pytest.mark.parametrize("part_letters", [search.PART_LETTERS, 4])
def test_each_built_page_is_read_once(
    bundled_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, part_letters: int
) -> None:
    """The pages are read to choose what to index and to copy it: once, in one part or many."""
    site = tmp_path / "site"
    shutil.copytree(bundled_site, site, ignore=shutil.ignore_patterns(search.PAGEFIND_DIR))
    given: list[set[Path]] = []

    def pagefind(folder: Path, output: Path, own_group: bool) -> None:  # given, no index
        given.append({p.relative_to(folder) for p in folder.rglob("*.html")})
        output.mkdir(parents=True)

    reads: Counter[Path] = Counter()
    read_text = Path.read_text

    def counted(path: Path, *args: Any, **kwargs: Any) -> str:
        reads[path] += 1
        return read_text(path, *args, **kwargs)

    monkeypatch.setattr(search, "_run_pagefind", pagefind)
    monkeypatch.setattr(Path, "read_text", counted)
    pages = search.write_index(site, tmp_path / "index", SearchTerms(), part_letters)
    built = {p: n for p, n in reads.items() if p.is_relative_to(site)}
    assert len(built) > pages > 20  # every page, indexed or not, is looked at
    assert set(built.values()) == {1}
    assert len(given) == (1 if part_letters > pages else 5)
    assert sum(len(g - {WORD_LIST}) for g in given) == pages
