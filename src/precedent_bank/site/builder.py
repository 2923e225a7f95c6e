"""What the bank adds to the MkDocs site: the site's page kinds, and the data they share.

The hook asks the `Site` for the generated pages (`pages()`), and for each page MkDocs handles
it calls three stages (`augment_markdown()`, `finish_html()`, `finish_page()`); each is handed
to the page's kind (pages.py), chosen once per page. Pages that show no bank data pass through.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import cache, cached_property, partial
from pathlib import Path
from urllib.parse import urlsplit

from markupsafe import Markup

from precedent_bank.checks import Finding, check_precedent
from precedent_bank.errors import Problem
from precedent_bank.market import Market, analyse
from precedent_bank.market.standards import load_standards
from precedent_bank.records.bank import Bank, load_bank
from precedent_bank.records.cache import RecordCache, RecordMemo
from precedent_bank.records.letter import Paragraph, layout
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.records.models import Precedent
from precedent_bank.records.paths import bank_dir
from precedent_bank.records.settings import load_settings
from precedent_bank.site.browse import BROWSE_DIR, BROWSE_VIEWS, Browse, registration_form
from precedent_bank.site.clause_list_pages import clause_list_pages
from precedent_bank.site.fragments import ClauseLabel
from precedent_bank.site.glossary_terms import GlossaryTerms
from precedent_bank.site.hand_written import clean_page
from precedent_bank.site.library import (
    CLAUSES_DIR,
    ClausePage,
    load_clause_pages,
    read_glossary,
)
from precedent_bank.site.market_pages import market_pages
from precedent_bank.site.pages import (
    Linker,
    Page,
    generated_pages,
    hand_written_pages,
    precedent_uri,
)
from precedent_bank.site.reading_path import ReadingPath, load_reading_path
from precedent_bank.site.record_links import broken_links
from precedent_bank.site.record_markdown import RecordMarkdown
from precedent_bank.site.render import linker, render
from precedent_bank.site.review_queue import REVIEW_URI, ReviewQueuePage
from precedent_bank.site.search import IndexReport, index_site
from precedent_bank.site.search_offline import (
    Explanation,
    headings,
    offline_index,
    write_offline_index,
)
from precedent_bank.site.search_terms import SearchTerms, load_search_terms
from precedent_bank.site.training import Asset, Worked, drill_assets
from precedent_bank.site.training_pages import training_pages
from precedent_bank.taxonomy import load_taxonomy

__all__ = ["GeneratedPage", "Site", "load_site", "precedent_uri"]

GLOSSARY = "glossary.md"


@dataclass(frozen=True)
class GeneratedPage:
    """A Markdown page the bank adds to the site."""

    src_uri: str
    content: str
    in_nav: bool = True
    record: LoadedRecord | None = None
    """The record a precedent page is made from."""


@dataclass(frozen=True)
class Related:
    """The related precedents on a letter's page."""

    items: list[tuple[str, str, str]]
    """(href, title, what it is and who wrote it when) of each related precedent, best first."""
    lists: list[tuple[str, str]]
    """(label with count, href) of the browse lists the letter is in."""


TABLE_COLUMNS = {
    "date": "Date",
    "title": "Title",
    "document": "Document",
    "firm": "Firm",
    "securities": "Securities",
    "form": "Form",
    "filed": "Filed as",
    "laws": "Laws",
}
"""The columns a table of records can have, with their headings."""

NEWEST = 5
"""Precedents the home page lists as the newest."""


class Site:
    """The bank as MkDocs pages."""

    def __init__(
        self,
        bank: Bank,
        clause_pages: dict[str, ClausePage],
        glossary: dict[str, str] | None = None,
        search_terms: SearchTerms | None = None,
        standards: dict[str, str] | None = None,
        memo: RecordMemo | None = None,
    ) -> None:
        self.bank = bank
        self.memo = memo or RecordMemo()
        """Work on each record kept by its digest (across the rebuilds of `mkdocs serve`)."""
        self.search_terms = search_terms or SearchTerms()
        self.standards = standards or {}
        """The firm's standard wording by clause type (standards.yml)."""
        self.clause_pages = clause_pages
        self.taxonomy = load_taxonomy()
        self.browse = Browse(bank)
        self.urls: dict[str, str] = {}
        """URL of every docs page from the site root, by docs path; set once the files are known."""
        self.reading_path: ReadingPath | None = None
        """The trainers' reading path (training/path.yml), once loaded."""
        self.layout = cache(self._layout)
        self.findings = cache(self._findings)
        self.example_meta = cache(self._example_meta)
        self._record_markdown = RecordMarkdown(glossary)
        self.glossary_terms = GlossaryTerms(glossary or {})
        """Glossary terms to mark in letter text."""
        self._generated = [
            *generated_pages(self),
            ReviewQueuePage(self, REVIEW_URI),
            *training_pages(self),
            *market_pages(self),
            *clause_list_pages(self),
        ]
        self._pages: dict[str, Page] = {
            p.src_uri: p for p in [*self._generated, *hand_written_pages(self)]
        }

    # --- what the hook calls -------------------------------------------------------------

    def pages(
        self,
        kept: Collection[str] = (),
        made: Callable[[str, Callable[[], str]], str] | None = None,
    ) -> list[GeneratedPage]:
        """Every page the bank adds: one per record, the browse pages, the library index.

        Args:
            kept: Pages reused from the last build under serve: named, not made.
            made: Gives a page's Markdown from its docs path and the function making it
                (under serve, reusing an earlier build's).
        """

        def source(p: Page) -> str:
            if p.src_uri in kept:
                return ""
            make = partial(_markdown_of, p)
            return made(p.src_uri, make) if made else make()

        return [GeneratedPage(p.src_uri, source(p), p.in_nav, p.record) for p in self._generated]

    def assets(self) -> list[Asset]:
        """The files the bank adds as they are (the drills' data); call once `urls` is set."""
        summaries = {slug: page.summary for slug, page in self.clause_pages.items()}
        # The checks and layout each letter's page needs too: worked out once, for both.
        worked = Worked(lambda r: self.findings(r.id), lambda r: self.layout(r.id))
        return drill_assets(
            self.bank.records, summaries, lambda uri: self.urls[uri], worked, self.memo
        )

    def generated_uris(self) -> list[str]:
        """The docs paths of the pages the bank adds (without making them)."""
        return [p.src_uri for p in self._generated]

    def page(self, src_uri: str) -> Page | None:
        """The kind of page at `src_uri`, if it shows bank data."""
        return self._pages.get(src_uri)

    def augment_markdown(self, src_uri: str, markdown: str) -> str:
        page = self.page(src_uri)
        return page.markdown(markdown) if page else markdown

    def finish_html(self, src_uri: str, page_url: str, html: str) -> tuple[str, set[str]]:
        """A page's content after Markdown; also the ids of the parts still to come."""
        page = self.page(src_uri)
        return page.content(html, self.linker(page_url)) if page else (clean_page(html), set())

    def finish_page(self, src_uri: str, page_url: str, output: str) -> str:
        """Put the data parts into a finished page."""
        page = self.page(src_uri)
        return page.finish(output, self.linker(page_url)) if page else output

    def search_kind(self, src_uri: str) -> str | None:
        """What search calls the page at `src_uri`; None if it is not indexed."""
        page = self.page(src_uri)
        if page is not None:
            return page.search_kind
        return "explanation" if src_uri == GLOSSARY else None

    def index_search(self, site_dir: Path) -> IndexReport:
        """Index the built site for search (Pagefind)."""
        return index_site(site_dir, self.search_terms)

    def index_offline_search(self, site_dir: Path, docs_dir: Path) -> int:
        """Write the offline copy's compact search index; its size in bytes."""
        explanations = [
            Explanation(
                self.urls[f"{CLAUSES_DIR}/{slug}.md"],
                page.title,
                " ".join([page.summary, *headings(self._read(docs_dir, slug))]),
            )
            for slug, page in self.clause_pages.items()
        ]
        urls = {r.id: self.urls[precedent_uri(r.id)] for r in self.bank.records}
        index = offline_index(self.bank.records, urls, self.taxonomy, explanations)
        return write_offline_index(site_dir, index)

    @staticmethod
    def _read(docs_dir: Path, slug: str) -> str:
        return (docs_dir / CLAUSES_DIR / f"{slug}.md").read_text("utf-8")

    # --- data the page kinds share -------------------------------------------------------

    @cached_property
    def market(self) -> Market:
        """Variants, element tallies and the letters behind the market figures."""
        return analyse(self.bank, self.standards)

    def linker(self, page_url: str) -> Linker:
        return cache(linker(page_url, self.urls))

    def _layout(self, record_id: str) -> list[Paragraph]:
        """A letter's paragraphs (used by its page and by search, so worked out once)."""
        return layout(self.bank.by_id[record_id].precedent.clauses)

    def _findings(self, record_id: str) -> list[Finding]:
        """A letter's rule-check findings (used by its page, the Findings page, the drills)."""
        record = self.bank.by_id[record_id]
        return self.memo.get("findings", record, lambda: check_precedent(record.precedent))

    def record_html(self, text: str, src_uri: str, url: Linker) -> Markup:
        """A record's Markdown field (a note, a summary) as inert HTML for the page at
        `src_uri` (see record_markdown); links to docs pages ("../clauses/heading.md") become
        their URLs, and a link to no page raises PrecedentError."""
        return self._record_markdown.render(text, lambda href: _resolve(href, src_uri, url))

    def clause_labels(self, p: Precedent, url: Linker) -> list[ClauseLabel]:
        """What each clause's label shows."""
        labels = []
        for clause in p.clauses:
            ctype = self.taxonomy.types[clause.type]
            review = None
            if clause.review:
                sure = f" (confidence {clause.confidence:.2f})" if clause.confidence else ""
                # a doubt, not the confidence, is why a fairly sure clause is marked: say it
                doubt = clause.doubt
                why = f"wants this type checked: {doubt}" if doubt else "was unsure of this type"
                review = f"The importer {why}{sure}; nobody has confirmed it yet"
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
        anchor = self.browse.anchor
        form = registration_form(p)
        return {
            "firm": url(anchor("firms", p.firm)) if p.firm else None,
            "year": url(anchor("years", str(p.year))) if p.year else None,
            "document": url(anchor("documents", p.document)),
            "securities": {s.type: url(anchor("securities", s.type)) for s in p.securities},
            "form": url(anchor("forms", form)) if form else None,
            "laws": {law: url(anchor("laws", law)) for law in p.laws},
            "tags": {tag: url(anchor("tags", tag)) for tag in p.tags},
        }

    def related(self, record: LoadedRecord, url: Linker) -> Related:
        """The letters nearest to this one (same document kind, security type, firm, date),
        and links to the full lists it belongs to."""
        p = record.precedent
        items = [
            (url(precedent_uri(r.id)), r.precedent.title, self._related_meta(r.precedent))
            for r in self.browse.related(record)
        ]
        lists = [self._list_link("documents", p.document, url)]
        securities = dict.fromkeys(s.type for s in p.securities)
        lists += [self._list_link("securities", t, url) for t in securities]
        if p.firm:
            lists.append(self._list_link("firms", p.firm, url))
        return Related(items, lists)

    def _list_link(self, view: str, key: str, url: Linker) -> tuple[str, str]:
        label = BROWSE_VIEWS[view].label(key)
        return f"{label} ({self.browse.count(view, key)})", url(self.browse.anchor(view, key))

    def _related_meta(self, p: Precedent) -> str:
        """What a letter is and who wrote it when: "Tax opinion · Debt securities · X LLP, 2004"."""
        who = f"{p.firm or 'Unknown firm'}, {p.year or 'undated'}"
        return " · ".join([self.taxonomy.documents[p.document], *self.security_labels(p), who])

    def table(self, records: list[LoadedRecord], url: Linker, columns: tuple[str, ...]) -> str:
        """A sortable table of records with the named columns (see TABLE_COLUMNS)."""
        rows = [self._row(r, url) for r in records]
        heads = [(c, TABLE_COLUMNS[c]) for c in columns]
        return render("browse_table.html.j2", rows=rows, columns=heads)

    def _row(self, record: LoadedRecord, url: Linker) -> dict[str, object]:
        p = record.precedent
        filed = p.filing.form if p.filing and p.filing.form else ""
        registration = registration_form(p) or ""
        return {
            "date": p.date.isoformat() if p.date else "",
            "href": url(precedent_uri(record.id)),
            "title": p.title,
            "document": self.taxonomy.documents[p.document],
            "firm": p.firm or "",
            "securities": ", ".join(self.security_labels(p)),
            "form": registration if filed in ("", registration) else f"{registration} via {filed}",
            "filed": filed,
            "laws": ", ".join(p.laws),
            "draft": p.draft,
        }

    def overview(self, link: Linker) -> str:
        """The home page's summary of the bank (Markdown): what it holds, each count linked."""
        browse = self.browse
        anchor = browse.anchor
        return render(
            "overview.md.j2",
            count=len(self.bank),
            drafts=sum(r.precedent.draft for r in self.bank.records),
            review_href=link(REVIEW_URI),
            all_href=link(f"{BROWSE_DIR}/index.md"),
            firm_count=len(browse.groups("firms")),
            firms_href=link(f"{BROWSE_DIR}/firms.md"),
            year_span=browse.year_span(),
            years_href=link(f"{BROWSE_DIR}/years.md"),
            documents=[
                (self.taxonomy.documents.get(key, key), link(anchor("documents", key)), len(group))
                for key, group in browse.groups("documents").items()
            ],
            securities=[
                (label, link(anchor("securities", key)), n)
                for key, label, n in browse.largest("securities", 8)
            ],
            newest=[
                (
                    link(precedent_uri(r.id)),
                    r.precedent.title,
                    self._related_meta(r.precedent),
                    r.precedent.draft,
                )
                for r in self.bank.records[:NEWEST]
            ],
            families=[
                (
                    family.name,
                    link(f"{CLAUSES_DIR}/index.md#family-{family.slug}"),
                    [(t.name, link(f"{CLAUSES_DIR}/{t.slug}.md")) for t in family.types],
                )
                for family in self.taxonomy.families
            ],
            views=[(v.title, link(f"{BROWSE_DIR}/{v.slug}.md")) for v in BROWSE_VIEWS.values()],
        )

    def security_labels(self, p: Precedent) -> list[str]:
        labels = self.taxonomy.securities
        return list(dict.fromkeys(labels[s.type] for s in p.securities))

    def _example_meta(self, record_id: str) -> str:
        p = self.bank.by_id[record_id].precedent
        return ", ".join(
            [p.firm or "Unknown firm", str(p.year or "undated"), *self.security_labels(p)]
        )


def _markdown_of(page: Page) -> str:
    return page.source() or ""


def _resolve(href: str, src_uri: str, url: Linker) -> str:
    """A link written in a record: a docs page's path relative to the page becomes its URL."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path.endswith(".md"):
        return href
    path = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), parts.path))
    return url(f"{path}#{parts.fragment}" if parts.fragment else path)


def load_site(
    project_dir: Path,
    docs_dir: Path,
    records: RecordCache | None = None,
    memo: RecordMemo | None = None,
) -> tuple[Site, list[Problem]]:
    """Load the bank under project_dir/precedents and the clause pages under docs_dir.

    `records` and `memo` keep validated records and the work done on them between the loads
    of `mkdocs serve`'s rebuilds (records/cache.py).
    """
    bank, problems = load_bank([bank_dir(project_dir)], base=project_dir, cache=records)
    if memo is not None:
        memo.keep_only(bank.records)
    clause_pages, page_problems = load_clause_pages(docs_dir)
    terms, term_problems = load_search_terms(project_dir)
    standards, standard_problems = load_standards(project_dir)
    standard_problems += load_settings(project_dir)[1]  # a wrong setting fails the build too
    glossary, glossary_problems = read_glossary(docs_dir)
    site = Site(bank, clause_pages, glossary, terms, standards, memo)
    pages = set(site.generated_uris())
    pages |= {p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md")}
    site.reading_path, path_problems = load_reading_path(project_dir, pages)
    problems += broken_links(bank.records, pages, site.record_html) + glossary_problems
    problems += page_problems + path_problems + term_problems + standard_problems
    return site, problems
