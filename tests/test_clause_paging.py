"""A clause page quotes only the newest clauses of its type and links to pages listing them all
(clause_paging.py), so its size stays bounded however big the bank grows. Built strictly with
small caps, so the bundled bank of 17 letters already needs several list pages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin

import pytest

from precedent_bank.records.bank import Bank
from precedent_bank.site import clause_paging
from tests.conftest import ROOT
from tests.sitetools import build_site

CAPS = {"EXAMPLES_SHOWN": 3, "LIST_PAGE_SIZE": 4, "VARIANT_USES_SHOWN": 2, "VARIANTS_SHOWN": 2}
_HREF = re.compile(r'<a href="([^"]+)"')
_EXAMPLE = re.compile(r'<p class="pb-example-title"><a href="([^"]+)"')
_VARIANT = re.compile(r'<section class="pb-variant[^"]*" id="pb-variant-\d+">.*?</section>', re.S)
_USES = re.compile(r'<details class="pb-variant-uses">.*?<ul>(.*?)</ul>', re.S)
_OLDER = re.compile(r'<a href="([^"]+)">Older →</a>')


@pytest.fixture(scope="module")
def small_caps() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        for name, value in CAPS.items():
            patch.setattr(clause_paging, name, value)
        yield


@pytest.fixture(scope="module")
def site(small_caps: None, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled bank built strictly (every link checked) with the small caps."""
    return build_site(ROOT, tmp_path_factory.mktemp("paged-site"))


def _read(site: Path, url: str) -> str:
    return (site / url.lstrip("/") / "index.html").read_text("utf-8")


def _examples(html: str, url: str) -> list[str]:
    """Where each quoted clause links to, as a path from the site root."""
    return [urljoin(url, href) for href in _EXAMPLE.findall(html)]


def _list_pages(site: Path, slug: str) -> list[tuple[str, str]]:
    """(URL, HTML) of each list page, reached from the explanation page by its links."""
    url = f"/clauses/{slug}/"
    html = _read(site, url)
    found = re.search(r'<a class="pb-all-clauses" href="([^"]+)"', html)
    assert found, f"no link to all clauses on {url}"
    pages = []
    next_url: str | None = urljoin(url, found.group(1))
    while next_url:
        html = _read(site, next_url)
        pages.append((next_url, html))
        older = _OLDER.search(html)
        next_url = urljoin(next_url, older.group(1)) if older else None
    return pages


def _expected(bank: Bank, slug: str) -> list[str]:
    return [f"/precedents/{o.record.id}/#{o.anchor}" for o in bank.occurrences[slug]]


@pytest.mark.parametrize("slug", ["engagement", "signature", "heading"])
def test_a_clause_page_quotes_only_the_newest(site: Path, bundled_bank: Bank, slug: str) -> None:
    quoted = _examples(_read(site, f"/clauses/{slug}/"), f"/clauses/{slug}/")
    assert quoted == _expected(bundled_bank, slug)[: CAPS["EXAMPLES_SHOWN"]]


@pytest.mark.parametrize("slug", ["engagement", "signature", "heading"])
def test_the_list_pages_hold_every_clause_once_newest_first(
    site: Path, bundled_bank: Bank, slug: str
) -> None:
    pages = _list_pages(site, slug)
    listed = [href for url, html in pages for href in _examples(html, url)]
    expected = _expected(bundled_bank, slug)
    assert listed == expected  # all, once each, in bank order (newest first)
    assert len(pages) == -(-len(expected) // CAPS["LIST_PAGE_SIZE"])
    assert all(len(_examples(html, url)) <= CAPS["LIST_PAGE_SIZE"] for url, html in pages)


def test_every_type_with_more_clauses_than_shown_is_listed_in_full(
    site: Path, bundled_bank: Bank
) -> None:
    for slug, found in bundled_bank.occurrences.items():
        if len(found) <= CAPS["EXAMPLES_SHOWN"]:
            quoted = _examples(_read(site, f"/clauses/{slug}/"), f"/clauses/{slug}/")
            assert quoted == _expected(bundled_bank, slug)
            continue
        pages = _list_pages(site, slug)
        assert [h for u, html in pages for h in _examples(html, u)] == _expected(bundled_bank, slug)


def test_list_pages_link_back_and_to_every_page(site: Path) -> None:
    pages = _list_pages(site, "engagement")
    urls = [url for url, _ in pages]
    for url, html in pages:
        links = {urljoin(url, h) for h in _HREF.findall(html)}
        assert "/clauses/engagement/" in links
        assert set(urls) - {url} <= links
        assert 'http-equiv="Content-Security-Policy"' in html
        assert "data-pagefind-body" not in html  # left out of search, as the examples are


def test_variants_list_a_few_clauses_and_link_to_all(site: Path) -> None:
    html = _read(site, "/clauses/heading/")
    variants = _VARIANT.findall(html)
    assert 0 < len(variants) <= CAPS["VARIANTS_SHOWN"]
    for v in variants:
        uses = _USES.search(v)
        assert uses is not None
        assert uses.group(1).count("<li>") <= CAPS["VARIANT_USES_SHOWN"]
    assert "more variants" in html
    assert 'href="all/"' in html


def test_the_offline_copy_links_the_list_pages_as_files(
    small_caps: None, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # The offline copy's URLs are files (heading.html, heading/all/2.html): built strictly, so
    # each link between the pages must reach a page.
    site = build_site(ROOT, tmp_path_factory.mktemp("offline"), "mkdocs-offline.yml")
    html = (site / "clauses" / "heading.html").read_text("utf-8")
    assert '<a class="pb-all-clauses" href="heading/all/index.html"' in html
    first = (site / "clauses" / "heading" / "all" / "index.html").read_text("utf-8")
    assert '<a href="2.html">Older →</a>' in first
    assert (site / "clauses" / "heading" / "all" / "2.html").is_file()
