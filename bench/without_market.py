"""`mkdocs` without issue 10's additions, for `bench/build.py --without-market` only.

usage: python bench/without_market.py build -f mkdocs.yml ...

Runs MkDocs' command line with the bank's rule checks, market figures, Market, Compare and
Findings pages, Compare's data files and the "Compare with..." picker replaced by nothing, so
that the benchmark can weigh what they add to a build. The library is left as it is: the parts
are patched out here, in the benchmark's own process, and `bench/build.py` passes `--no-strict`
(the hand-written pages and the navigation still link to the pages left out).
"""

from __future__ import annotations

from typing import Any

from mkdocs.__main__ import cli

from precedent_bank.site import builder, pages


class NoMarket:
    """Stands in for a clause page's market sections: no Markdown, no placeholders to fill."""

    def __init__(self, *_: Any) -> None:
        pass

    def markdown(self) -> str:
        return ""

    def fillers(self, _url: Any) -> dict[str, Any]:
        return {}


def _without_findings_page(site: Any) -> list[Any]:
    return [p for p in _generated(site) if not isinstance(p, pages.FindingsPage)]


_generated = builder.generated_pages
builder.generated_pages = _without_findings_page
builder.market_pages = lambda _site: []
builder.check_precedent = lambda _precedent: []
pages.ClauseMarket = NoMarket
pages.compare_picker = lambda *_: ""

if __name__ == "__main__":
    cli()
