"""The pages listing every clause of a type, newest first, `LIST_PAGE_SIZE` to a page: where
"All N clauses of this type" on its explanation page leads (see clause_paging.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from precedent_bank.site import clause_paging
from precedent_bank.site.clause_paging import is_paged, list_uri, page_count, page_slice
from precedent_bank.site.library import CLAUSES_DIR
from precedent_bank.site.pages import Linker, Page, examples_html
from precedent_bank.site.placeholders import fill, placeholder
from precedent_bank.site.render import render

if TYPE_CHECKING:
    from precedent_bank.site.builder import Site


class ClauseListPage(Page):
    """One page of the list of every clause of a type. Like the examples on the explanation
    page, it is left out of search (search_kind None): its clauses are found on their letters'
    pages, and a hit here would only repeat them."""

    in_nav = False

    def __init__(self, site: Site, slug: str, number: int) -> None:
        super().__init__(site, list_uri(slug, number))
        self.slug = slug
        self.number = number

    def source(self) -> str:
        found = self.site.bank.occurrences.get(self.slug, [])
        pages = page_count(len(found))
        link = self.link()
        start = (self.number - 1) * clause_paging.LIST_PAGE_SIZE
        return render(
            "clause_list.md.j2",
            name=self.site.taxonomy.types[self.slug].name,
            explanation=link(f"{CLAUSES_DIR}/{self.slug}.md"),
            clauses=len(found),
            first=start + 1,
            last=start + len(page_slice(found, self.number)),
            number=self.number,
            pages=[(n, link(list_uri(self.slug, n))) for n in range(1, pages + 1)],
            examples=placeholder("examples"),
        )

    def finish(self, output: str, url: Linker) -> str:
        found = self.site.bank.occurrences.get(self.slug, [])
        shown = page_slice(found, self.number)
        return fill(output, {"examples": lambda _: examples_html(self.site, shown, url)})


def clause_list_pages(site: Site) -> list[Page]:
    """The list pages of every clause type with more clauses than its explanation page quotes."""
    pages: list[Page] = []
    for slug, found in site.bank.occurrences.items():
        if slug in site.clause_pages and is_paged(len(found)):
            pages += [ClauseListPage(site, slug, n) for n in range(1, page_count(len(found)) + 1)]
    return pages
