"""Size of the offline copy's search index (search/offline-index.js) for N synthetic letters.

usage: python bench/offline_search.py N [N ...]

Writes N synthetic records (bench/synthetic.py) into a temporary bank, loads it as the build
does and writes the compact index the offline build writes; prints its size, raw and gzipped
(the zip compresses it much like gzip). No site is built: the index depends only on the records
and the clause library's pages.
"""

from __future__ import annotations

import gzip
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build import make_bank
from precedent_bank.site.builder import load_site


def measure(n: int) -> tuple[int, int]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        make_bank(root, n)
        site, _ = load_site(root, root / "docs")
        site.urls = {page.src_uri: page.src_uri.replace(".md", ".html") for page in site.pages()}
        site.urls |= {f"clauses/{slug}.md": f"clauses/{slug}.html" for slug in site.clause_pages}
        size = site.index_offline_search(root / "out", root / "docs")
        text = (root / "out" / "search" / "offline-index.js").read_bytes()
        assert len(text) == size
        return size, len(gzip.compress(text, 6))


def main() -> None:
    for n in map(int, sys.argv[1:]):
        raw, packed = measure(n)
        print(f"N={n:,}: {raw:,} bytes ({raw / n:,.0f} per letter), gzip {packed:,} bytes")


if __name__ == "__main__":
    main()
