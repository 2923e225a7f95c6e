"""Time what the market features add to a build, and the size of Compare's data per letter.

    .venv/bin/python bench/market.py 2000

Loads N synthetic letters (bench/synthetic.py) into a bank and, in this process, without MkDocs,
times (in CPU seconds: the machine is shared, so wall time drifts) the market analysis
(variants, redlines, tallies), the market sections of every clause page,
the Market page and Compare's data files: the work the build does for issue 10. The
2,000-letter build it is compared with is measured by bench/build.py (see README.md).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from precedent_bank.records.bank import Bank  # noqa: E402
from precedent_bank.records.loader import LoadedRecord  # noqa: E402
from precedent_bank.records.models import Precedent  # noqa: E402
from precedent_bank.site.builder import Site  # noqa: E402
from precedent_bank.site.library import load_clause_pages  # noqa: E402
from precedent_bank.site.market_pages import CatalogueFile, LetterData, MarketPage  # noqa: E402
from precedent_bank.site.market_sections import ClauseMarket  # noqa: E402
from synthetic import letter  # noqa: E402


def bank(n: int) -> Bank:
    records = []
    for i in range(n):
        rid = f"synthetic-{i:05d}"
        p = Precedent.model_validate(letter(i))
        records.append(LoadedRecord(rid, Path(f"{rid}.yml"), f"{rid}.yml", p))
    return Bank(records)


def url(target: str) -> str:
    return "../" + target.removesuffix(".md") + "/"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int)
    n = parser.parse_args().n
    clause_pages, _ = load_clause_pages(ROOT / "docs")
    site = Site(bank(n), clause_pages)
    start = time.process_time()
    market = site.market
    analysed = time.process_time()
    for slug in clause_pages:
        section = ClauseMarket(site, slug)
        section.markdown()
        for filler in section.fillers(url).values():
            filler(None)
    page = MarketPage(site, "market/index.md")
    page.source()
    for arg in ["types", "document", "security", "period", "firm"]:
        page._chart(arg)
    pages = time.process_time()
    sizes = [len(LetterData(site, r).source().encode()) for r in site.bank.records]
    catalogue = len(CatalogueFile(site, "compare/catalogue.js").source().encode())
    done = time.process_time()
    variants = sum(len(t.variants.variants) for t in market.types.values())
    print(f"letters: {n}, variants: {variants}")
    print(f"analysis: {analysed - start:.2f} s")
    print(f"clause market sections + Market page: {pages - analysed:.2f} s")
    print(f"compare data files: {done - pages:.2f} s")
    print(f"total: {done - start:.2f} s")
    print(
        f"compare data per letter: median {statistics.median(sizes):,.0f} B, "
        f"max {max(sizes):,} B; catalogue {catalogue:,} B"
    )


if __name__ == "__main__":
    main()
