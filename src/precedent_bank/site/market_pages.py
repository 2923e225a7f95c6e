"""Page kinds for market figures and Compare: the Market page, the Compare page, and the files
Compare loads (one per letter, and the catalogue the pickers search)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from precedent_bank.market import MARKET_MINIMUM
from precedent_bank.market.stats import DIMENSIONS, Figure, Row, by_dimension
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.site.library import CLAUSES_DIR
from precedent_bank.site.market_sections import (
    COMPARE_CATALOGUE,
    COMPARE_DATA,
    COMPARE_PAGE,
    MARKET_PAGE,
    catalogue,
    clause_figure_rows,
    compare_data,
    figure_html,
)
from precedent_bank.site.pages import Linker, Page, precedent_uri
from precedent_bank.site.placeholders import fill, placeholder
from precedent_bank.site.render import render

if TYPE_CHECKING:
    from precedent_bank.site.builder import Site


class MarketPage(Page):
    """The bank's market figures: which clause types letters have, the letters behind the
    figures, and each type's market form."""

    def source(self) -> str:
        market, link = self.site.market, self.link()
        forms = []
        for t in self.site.taxonomy.types.values():
            data = market.types.get(t.slug)
            if data is None:
                continue
            tv = data.variants
            forms.append(
                (
                    t.name,
                    link(f"{CLAUSES_DIR}/{t.slug}.md#pb-variants"),
                    tv.letters,
                    len(tv.variants),
                    tv.market.letters if tv.market else None,
                )
            )
        return render(
            "market_page.md.j2",
            letters=len(market.records),
            total=len(self.site.bank),
            minimum=MARKET_MINIMUM,
            forms=forms,
            dimensions=[(dim, name) for dim, (name, _) in DIMENSIONS.items()],
            chart=placeholder,
        )

    def finish(self, output: str, url: Linker) -> str:
        return fill(output, {"chart": self._chart})

    def _chart(self, arg: str | None) -> str:
        market = self.site.market
        if arg == "types":
            figure = Figure(
                "pb-chart-types",
                "Share of letters with each clause type",
                clause_figure_rows(market, self.site),
            )
            return figure_html(figure)
        dim = arg or "document"
        rows = by_dimension(dim, market.groups[dim], lambda _: True)
        # Each group's letters out of all counted letters (a letter may be in several groups).
        letters = [Row(r.label, r.total, len(market.records)) for r in rows]
        title = f"Letters by {DIMENSIONS[dim][0]}"
        return figure_html(Figure(f"pb-chart-letters-by-{dim}", title, letters, "Letters"))


class ComparePage(Page):
    """Two letters side by side; compare.js reads which from the URL (?a=ID&b=ID)."""

    def source(self) -> str:
        return render("compare_page.md.j2", app=placeholder("compare"))

    def finish(self, output: str, url: Linker) -> str:
        return fill(output, {"compare": lambda _: self._app(url)})

    def _app(self, url: Linker) -> str:
        return render(
            "compare_app.html.j2",
            letter_url=letter_url(self.site, url),
            types=json.dumps({s: t.name for s, t in self.site.taxonomy.types.items()}),
        )


class CatalogueFile(Page):
    """The script the "Compare with..." pickers load: not a page, MkDocs copies it as it is."""

    in_nav = False

    def source(self) -> str:
        return catalogue(self.site)


class LetterData(Page):
    """The one script Compare loads for a letter: not a page, MkDocs copies it as it is."""

    in_nav = False

    def __init__(self, site: Site, record: LoadedRecord) -> None:
        super().__init__(site, f"{COMPARE_DATA}/{record.id}.js")
        self.letter = record

    def source(self) -> str:
        return compare_data(self.letter)


def letter_url(site: Site, url: Linker) -> str:
    """The URL of a letter's page with "{id}" for its id (it differs between the served and
    the offline build), or "" for an empty bank."""
    if not site.bank.records:
        return ""
    rid = site.bank.records[0].id
    return url(precedent_uri(rid)).replace(rid, "{id}")


def market_pages(site: Site) -> list[Page]:
    """The Market and Compare pages, and Compare's data files."""
    pages: list[Page] = [MarketPage(site, MARKET_PAGE), ComparePage(site, COMPARE_PAGE)]
    pages.append(CatalogueFile(site, COMPARE_CATALOGUE))
    pages += [LetterData(site, r) for r in site.bank.records]
    return pages
