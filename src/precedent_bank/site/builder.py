"""What the bank adds to the MkDocs site: the site's page kinds, and the data they share.

The hook asks the `Site` for the generated pages (`pages()`), and for each page MkDocs handles
it calls three stages (`augment_markdown()`, `finish_html()`, `finish_page()`); each is handed
to the page's kind (pages.py), chosen once per page. Pages that show no bank data pass through.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import markdown as python_markdown
from markupsafe import Markup

from precedent_bank.errors import Problem
from precedent_bank.records.bank import Bank, load_bank
from precedent_bank.records.letter import Paragraph, layout
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.records.models import Precedent
from precedent_bank.records.paths import bank_dir
from precedent_bank.site.browse import Browse, browse_anchor
from precedent_bank.site.fragments import ClauseLabel
from precedent_bank.site.library import CLAUSES_DIR, ClausePage, load_clause_pages, load_glossary
from precedent_bank.site.pages import (
    Linker,
    Page,
    generated_pages,
    hand_written_pages,
    precedent_uri,
)
from precedent_bank.site.render import linker, render
from precedent_bank.site.sanitize import sanitize_html
from precedent_bank.site.search import extend_search_index
from precedent_bank.taxonomy import load_taxonomy

__all__ = ["GeneratedPage", "Site", "load_site", "precedent_uri"]


@dataclass(frozen=True)
class GeneratedPage:
    """A Markdown page the bank adds to the site."""

    src_uri: str
    content: str
    in_nav: bool = True


@dataclass(frozen=True)
class RelatedGroup:
    """A list of related precedents on a letter's page."""

    title: str
    all_href: str
    all_label: str
    items: list[tuple[str, str, str]]
    """(href, title, firm and year) of each related precedent."""


class Site:
    """The bank as MkDocs pages."""

    def __init__(
        self,
        bank: Bank,
        clause_pages: dict[str, ClausePage],
        glossary: dict[str, str] | None = None,
    ) -> None:
        self.bank = bank
        self.clause_pages = clause_pages
        self.taxonomy = load_taxonomy()
        self.browse = Browse(bank)
        self.urls: dict[str, str] = {}
        """URL of every docs page from the site root, by docs path; set once the files are known."""
        self.layout = cache(self._layout)
        self.example_meta = cache(self._example_meta)
        self._markdown = python_markdown.Markdown(
            extensions=["abbr", "tables", "def_list"],
            extension_configs={"abbr": {"glossary": glossary or {}}},
        )
        self._generated = generated_pages(self)
        self._pages: dict[str, Page] = {
            p.src_uri: p for p in [*self._generated, *hand_written_pages(self)]
        }

    # --- what the hook calls -------------------------------------------------------------

    def pages(self) -> list[GeneratedPage]:
        """Every page the bank adds: one per record, the browse pages, the library index."""
        return [GeneratedPage(p.src_uri, p.source() or "", p.in_nav) for p in self._generated]

    def page(self, src_uri: str) -> Page | None:
        """The kind of page at `src_uri`, if it shows bank data."""
        return self._pages.get(src_uri)

    def augment_markdown(self, src_uri: str, markdown: str) -> str:
        page = self.page(src_uri)
        return page.markdown(markdown) if page else markdown

    def finish_html(self, src_uri: str, page_url: str, html: str) -> tuple[str, set[str]]:
        """A page's content after Markdown; also the ids of the parts still to come."""
        page = self.page(src_uri)
        return page.content(html, self.linker(page_url)) if page else (html, set())

    def finish_page(self, src_uri: str, page_url: str, output: str) -> str:
        """Put the data parts into a finished page."""
        page = self.page(src_uri)
        return page.finish(output, self.linker(page_url)) if page else output

    def extend_search_index(self, path: Path) -> None:
        """Give each letter paragraph its own entry in the search index the build wrote."""
        extend_search_index(
            path, self.bank.records, lambda rid: self.urls[precedent_uri(rid)], self.layout
        )

    # --- data the page kinds share -------------------------------------------------------

    def linker(self, page_url: str) -> Linker:
        return cache(linker(page_url, self.urls))

    def _layout(self, record_id: str) -> list[Paragraph]:
        """A letter's paragraphs (used by its page and by search, so worked out once)."""
        return layout(self.bank.by_id[record_id].precedent.clauses)

    def record_html(self, text: str, src_uri: str, url: Linker) -> Markup:
        """A record's Markdown field (a note, a summary) as clean HTML for the page at
        `src_uri`; links to docs pages ("../clauses/heading.md") become their URLs."""
        self._markdown.reset()
        html = self._markdown.convert(text)
        return Markup(sanitize_html(html, lambda href: _resolve(href, src_uri, url)))

    def clause_labels(self, p: Precedent, url: Linker) -> list[ClauseLabel]:
        """What each clause's label shows."""
        labels = []
        for clause in p.clauses:
            ctype = self.taxonomy.types[clause.type]
            review = None
            if clause.review:
                sure = f" (confidence {clause.confidence:.2f})" if clause.confidence else ""
                review = f"The importer was unsure of this type{sure}; nobody has confirmed it yet"
            labels.append(
                ClauseLabel(
                    ctype.name,
                    ctype.family,
                    url(f"{CLAUSES_DIR}/{clause.type}.md"),
                    self.clause_pages[clause.type].summary,
                    review,
                )
            )
        return labels

    def fact_links(self, p: Precedent, url: Linker) -> dict[str, object]:
        """Where each fact of a letter links to: its group on the browse pages."""
        return {
            "firm": url(browse_anchor("firms", p.firm)) if p.firm else None,
            "year": url(browse_anchor("years", str(p.year))) if p.year else None,
            "securities": {s.type: url(browse_anchor("securities", s.type)) for s in p.securities},
            "form": url(browse_anchor("forms", p.filing.form))
            if p.filing and p.filing.form
            else None,
            "laws": {law: url(browse_anchor("laws", law)) for law in p.laws},
        }

    def related(self, record: LoadedRecord, url: Linker) -> list[RelatedGroup]:
        """Other precedents of the same firm, and of each security type the letter covers."""
        p = record.precedent
        groups = []
        same_firm = self.browse.related(record, "firms", p.firm)
        if same_firm and p.firm:
            groups.append(
                RelatedGroup(
                    "Same firm",
                    url(browse_anchor("firms", p.firm)),
                    f"all {self.browse.count('firms', p.firm)} from {p.firm}",
                    [self._related_item(r, url, firm=False) for r in same_firm],
                )
            )
        for kind in dict.fromkeys(s.type for s in p.securities):
            others = self.browse.related(record, "securities", kind)
            if others:
                groups.append(
                    RelatedGroup(
                        f"Also on {self.taxonomy.securities[kind].lower()}",
                        url(browse_anchor("securities", kind)),
                        f"all {self.browse.count('securities', kind)}",
                        [self._related_item(r, url) for r in others],
                    )
                )
        return groups

    def _related_item(
        self, record: LoadedRecord, url: Linker, firm: bool = True
    ) -> tuple[str, str, str]:
        p = record.precedent
        year = str(p.year or "undated")
        meta = f"{p.firm or 'Unknown firm'}, {year}" if firm else year
        return url(precedent_uri(record.id)), p.title, meta

    def table(self, records: list[LoadedRecord], url: Linker, full: bool = True) -> str:
        """A sortable table of records."""
        rows = [
            {
                "date": r.precedent.date.isoformat() if r.precedent.date else "",
                "href": url(precedent_uri(r.id)),
                "title": r.precedent.title,
                "firm": r.precedent.firm or "",
                "securities": ", ".join(self.security_labels(r.precedent)),
                "form": r.precedent.filing.form
                if r.precedent.filing and r.precedent.filing.form
                else "",
                "laws": ", ".join(r.precedent.laws),
            }
            for r in records
        ]
        return render("browse_table.html.j2", rows=rows, full=full)

    def overview(self, link: Linker) -> str:
        """The home page's summary of the bank (Markdown)."""
        browse = self.browse
        firms = browse.groups("firms")
        return render(
            "overview.md.j2",
            count=len(self.bank),
            firm_count=len(firms),
            year_span=browse.year_span(),
            documents=browse.documents(),
            securities=[
                (label, link(browse_anchor("securities", key)), n)
                for key, label, n in browse.largest("securities", 12)
            ],
            firms=[
                (label, link(browse_anchor("firms", key)), n)
                for key, label, n in browse.largest("firms", 12)
            ],
            all_firms=link("browse/firms.md") if len(firms) > 12 else None,
            decades=browse.decades(),
        )

    def security_labels(self, p: Precedent) -> list[str]:
        labels = self.taxonomy.securities
        return list(dict.fromkeys(labels[s.type] for s in p.securities))

    def _example_meta(self, record_id: str) -> str:
        p = self.bank.by_id[record_id].precedent
        return ", ".join(
            [p.firm or "Unknown firm", str(p.year or "undated"), *self.security_labels(p)]
        )


def _resolve(href: str, src_uri: str, url: Linker) -> str:
    """A link written in a record: a docs page's path relative to the page becomes its URL."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path.endswith(".md"):
        return href
    path = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), parts.path))
    return url(f"{path}#{parts.fragment}" if parts.fragment else path)


def load_site(project_dir: Path, docs_dir: Path) -> tuple[Site, list[Problem]]:
    """Load the bank under project_dir/precedents and the clause pages under docs_dir."""
    bank, problems = load_bank([bank_dir(project_dir)], base=project_dir)
    clause_pages, page_problems = load_clause_pages(docs_dir)
    return Site(bank, clause_pages, load_glossary(docs_dir)), problems + page_problems
