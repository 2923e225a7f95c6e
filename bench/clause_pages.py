"""Clause page size benchmark: how big each clause type's explanation page gets, by section.

usage: python bench/clause_pages.py N [N ...]

Writes N synthetic records (bench/synthetic.py) into a temporary bank, loads the site without
MkDocs, and makes each clause page's data sections as the build does (the "In the bank"
examples, the variants with their lists of clauses, elements, charts). Prints, for the clause
page with the most data, the bytes of each section, and the largest page of the lists of all
clauses of a type. MkDocs' theme adds a fixed ~40 KB to every page, not counted here. Not a
test: record figures in bench/README.md.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from precedent_bank.site.builder import Site, load_site
from precedent_bank.site.library import CLAUSES_DIR
from precedent_bank.site.market_sections import ClauseMarket
from precedent_bank.site.pages import ClausePage
from precedent_bank.site.placeholders import placeholder
from synthetic import write_bank

ROOT = Path(__file__).resolve().parent.parent
_USES = re.compile(r'<details class="pb-variant-uses">.*?</details>', re.S)


def make_site(project: Path, n: int) -> Site:
    """The site of a bank of N synthetic letters, with every page's URL set (directory URLs)."""
    write_bank(project / "precedents", n)
    site, _ = load_site(project, ROOT / "docs")
    docs = [p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")]
    site.urls = {uri: _url(uri) for uri in [*site.generated_uris(), *docs]}
    return site


def _url(uri: str) -> str:
    stem = uri.removesuffix(".md")
    return "" if stem == "index" else f"{stem.removesuffix('/index')}/"


def sections(site: Site, slug: str) -> dict[str, int]:
    """The bytes of each data section of one clause page (UTF-8)."""
    page = site.page(f"{CLAUSES_DIR}/{slug}.md")
    assert isinstance(page, ClausePage)
    url = site.linker(site.urls[page.src_uri])
    fillers = ClauseMarket(site, slug).fillers(url)
    variants = fillers["variants"](None)
    uses = sum(len(m.encode()) for m in _USES.findall(variants))
    made = {
        "markdown added": len(page.markdown("").encode()),
        "examples": len(page._examples(url).encode()),
        "variants (wording, redlines)": len(variants.encode()) - uses,
        "variants' clause lists": uses,
        "elements": len(fillers["elements"](None).encode()),
        "charts and tables": len(fillers["figures"](None).encode()),
    }
    return made


def largest_list_page(site: Site) -> tuple[str, int]:
    """The largest page of "All N clauses of this type" (its quoted clauses), if there are any."""
    sizes = {
        uri: len(page.finish(placeholder("examples"), site.linker(site.urls[uri])).encode())
        for uri in site.generated_uris()
        # by name, so that the script also measures the code before the list pages existed
        if type(page := site.page(uri)).__name__ == "ClauseListPage" and page is not None
    }
    return max(sizes.items(), key=lambda kv: kv[1], default=("none", 0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="+", help="numbers of synthetic letters")
    for n in parser.parse_args().n:
        with tempfile.TemporaryDirectory(prefix="pb-clause-pages-") as tmp:
            start = time.process_time()
            site = make_site(Path(tmp), n)
            sizes = {slug: sections(site, slug) for slug in site.clause_pages}
            total = {slug: sum(s.values()) for slug, s in sizes.items()}
            slug = max(total, key=total.__getitem__)
            print(f"N = {n}: largest clause page {slug}, {total[slug]:,} bytes of data sections")
            for name, size in sizes[slug].items():
                print(f"  {name:40}{size:>12,}")
            uri, size = largest_list_page(site)
            print(f"  largest page of a clause list: {uri}, {size:,} bytes of clauses")
            print(f"  (CPU {time.process_time() - start:.1f} s)")


if __name__ == "__main__":
    main()
