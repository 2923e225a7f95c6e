"""What the bank adds to the MkDocs site: generated pages, and finishing touches on others.

The hook calls three things, at three moments of a build:
`Site.pages()` (which Markdown pages to add), `Site.augment_markdown()` (hand-written pages
that show bank data) and `Site.finish_html()` (letter text and clause quotes, which are put
into the HTML after Markdown has run, so Markdown never sees them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from precedent_bank.bank import Bank, Occurrence, load_bank
from precedent_bank.errors import Problem
from precedent_bank.letter import clause_anchors, layout, paragraph_kind
from precedent_bank.library import CLAUSES_DIR, ClausePage, load_clause_pages
from precedent_bank.loader import LoadedRecord
from precedent_bank.models import Precedent
from precedent_bank.render import DOCUMENT_LABELS, SECURITY_LABELS, relative, render, slugify
from precedent_bank.sanitize import sanitize_html
from precedent_bank.search import SEARCH_BOOST
from precedent_bank.taxonomy import load_taxonomy

PRECEDENTS_DIR = "precedents"
BROWSE_DIR = "browse"
OVERVIEW_MARKER = "<!-- precedents:overview -->"
LETTER_MARKER = "<!-- pb:letter -->"
RELATED_LIMIT = 5
"""Related precedents listed on a page: a fixed number, so pages do not grow with the bank."""

_NOTE = re.compile(r"<!-- pb:note ([a-z0-9-]+) -->(.*?)<!-- pb:end -->", re.DOTALL)
_QUOTE = re.compile(r"(?:<p>)?<!-- pb:quote (\d+) -->(?:</p>)?")

Linker = Callable[[str], str]
"""Gives the URL of a docs page (by its path under docs/, e.g. "clauses/heading.md") relative to
the page being finished."""


@dataclass(frozen=True)
class GeneratedPage:
    """A Markdown page the bank adds to the site."""

    src_uri: str
    content: str
    record: LoadedRecord | None = None
    in_nav: bool = True


@dataclass(frozen=True)
class BrowseView:
    """One "by ..." page: records grouped under headings."""

    slug: str
    prefix: str
    title: str
    intro: str
    keys: Callable[[Precedent], Iterable[str]]
    label: Callable[[str], str] = str


def _laws(p: Precedent) -> list[str]:
    return p.laws or ["Not stated"]


BROWSE_VIEWS = (
    BrowseView(
        "firms",
        "firm",
        "By firm",
        "Precedents grouped by the firm that signed them.",
        lambda p: [p.firm or "Unknown firm"],
    ),
    BrowseView(
        "years",
        "year",
        "By year",
        "Precedents grouped by the year of the letter, newest first.",
        lambda p: [str(p.year) if p.year else "Undated"],
    ),
    BrowseView(
        "securities",
        "security",
        "By security type",
        "Precedents grouped by the securities they "
        "cover; a letter on notes and guarantees is under both.",
        lambda p: [s.type for s in p.securities] or ["other"],
        lambda k: SECURITY_LABELS[k],
    ),
    BrowseView(
        "laws", "law", "By law", "Precedents grouped by the laws the opinion covers.", _laws
    ),
    BrowseView(
        "forms",
        "form",
        "By form",
        "Precedents grouped by the SEC form they were filed with.",
        lambda p: [p.filing.form if p.filing and p.filing.form else "Not stated"],
    ),
)


class Site:
    """The bank as MkDocs pages."""

    def __init__(self, bank: Bank, clause_pages: dict[str, ClausePage]) -> None:
        self.bank = bank
        self.clause_pages = clause_pages
        self.taxonomy = load_taxonomy()
        self._group_cache: dict[
            str, tuple[dict[str, list[LoadedRecord]], dict[tuple[str, str], int]]
        ] = {}

    # --- pages ---------------------------------------------------------------------------

    def pages(self) -> list[GeneratedPage]:
        """Every page the bank adds: one per record, the browse pages, the library index."""
        pages = [self._precedent_page(r) for r in self.bank.records]
        pages.append(self._page(f"{BROWSE_DIR}/index.md", "browse_all.md.j2"))
        for view in BROWSE_VIEWS:
            pages.append(self._browse_page(view))
        pages.append(self._page(f"{CLAUSES_DIR}/index.md", "clause_index.md.j2"))
        return pages

    def _page(self, src_uri: str, template: str, **context: object) -> GeneratedPage:
        content = render(template, site=self, bank=self.bank, link=relative(src_uri), **context)
        return GeneratedPage(src_uri, content)

    def _browse_page(self, view: BrowseView) -> GeneratedPage:
        groups = self.bank.group(view.keys)
        order = sorted(groups, reverse=view.slug == "years")
        return self._page(
            f"{BROWSE_DIR}/{view.slug}.md",
            "browse_groups.md.j2",
            view=view,
            groups=[(key, view.label(key), groups[key]) for key in order],
        )

    def _precedent_page(self, record: LoadedRecord) -> GeneratedPage:
        src_uri = precedent_uri(record.id)
        content = render(
            "precedent.md.j2",
            r=record,
            p=record.precedent,
            site=self,
            link=relative(src_uri),
            anchors=clause_anchors(record.precedent.clauses),
            findings=findings(record.precedent),
            search_boost=SEARCH_BOOST,
            same_firm=self.related(record, "firms", record.precedent.firm),
            same_security={
                s.type: self.related(record, "securities", s.type)
                for s in record.precedent.securities
            },
        )
        return GeneratedPage(src_uri, content, record, in_nav=False)

    def related(self, record: LoadedRecord, view: str, key: str | None) -> list[LoadedRecord]:
        """Up to RELATED_LIMIT other records in the same browse group, nearest in date first."""
        if key is None:
            return []
        groups, positions = self._groups(view)
        group = groups[key]
        at = positions[key, record.id]
        window = group[max(at - RELATED_LIMIT, 0) : at + RELATED_LIMIT + 1]
        day = _day(record)
        others = [r for r in window if r.id != record.id]
        return sorted(others, key=lambda r: (abs(_day(r) - day), r.id))[:RELATED_LIMIT]

    def _groups(
        self, view: str
    ) -> tuple[dict[str, list[LoadedRecord]], dict[tuple[str, str], int]]:
        """A view's groups (in bank order, i.e. by date) and each record's place in them."""
        if view not in self._group_cache:
            keys = next(v.keys for v in BROWSE_VIEWS if v.slug == view)
            groups = self.bank.group(keys)
            positions = {(k, r.id): i for k, group in groups.items() for i, r in enumerate(group)}
            self._group_cache[view] = (groups, positions)
        return self._group_cache[view]

    # --- hand-written pages that show bank data ------------------------------------------

    def augment_markdown(self, src_uri: str, markdown: str) -> str:
        """Add the "In the bank" section to clause pages and the overview to the home page."""
        slug = clause_slug(src_uri)
        if slug in self.clause_pages:
            return (
                markdown.rstrip("\n")
                + "\n\n"
                + render(
                    "clause_examples.md.j2",
                    site=self,
                    slug=slug,
                    link=relative(src_uri),
                    occurrences=self.bank.occurrences.get(slug, []),
                )
            )
        if OVERVIEW_MARKER in markdown:
            overview = render("overview.md.j2", site=self, bank=self.bank, link=relative(src_uri))
            return markdown.replace(OVERVIEW_MARKER, overview)
        return markdown

    # --- HTML -----------------------------------------------------------------------------

    def finish_html(self, src_uri: str, html: str, url: Linker) -> tuple[str, set[str]]:
        """Put letter text and clause quotes into a page's HTML; also return the ids added."""
        record_id = precedent_id(src_uri)
        if record_id in self.bank.by_id:
            return self._finish_precedent(self.bank.by_id[record_id], html, url)
        slug = clause_slug(src_uri)
        if slug in self.clause_pages:
            return self._finish_clause_page(slug, html), set()
        return html, set()

    def _finish_precedent(
        self, record: LoadedRecord, html: str, url: Linker
    ) -> tuple[str, set[str]]:
        notes = {m.group(1): sanitize_html(m.group(2)) for m in _NOTE.finditer(html)}
        before, _, after = _NOTE.sub("", html).partition(LETTER_MARKER)
        clauses = record.precedent.clauses
        letter = render(
            "letter.html.j2",
            p=record.precedent,
            paragraphs=layout(clauses),
            anchors=clause_anchors(clauses),
            notes=notes,
            site=self,
            url=url,
        )
        html = sanitize_html(before) + letter + sanitize_html(after)
        return html, set(clause_anchors(clauses))

    def _finish_clause_page(self, slug: str, html: str) -> str:
        occurrences = self.bank.occurrences.get(slug, [])

        def quote(match: re.Match[str]) -> str:
            return render("quote.html.j2", site=self, o=occurrences[int(match.group(1))])

        return _QUOTE.sub(quote, html)

    # --- helpers for templates ------------------------------------------------------------

    letter_marker = LETTER_MARKER

    @staticmethod
    def browse_anchor(view: str, key: str) -> str:
        return browse_anchor(view, key)

    @staticmethod
    def precedent_uri(record_id: str) -> str:
        return precedent_uri(record_id)

    def count(self, view: str, key: str) -> int:
        return len(self._groups(view)[0].get(key, []))

    def count_keys(self, view: str) -> int:
        return len(self._groups(view)[0])

    def view_counts(self, view: str, limit: int = 12) -> list[tuple[str, str, int]]:
        """(key, label, count) of a view's largest groups."""
        label = next(v.label for v in BROWSE_VIEWS if v.slug == view)
        groups = self._groups(view)[0]
        ranked = sorted(groups, key=lambda k: (-len(groups[k]), k))[:limit]
        return [(k, label(k), len(groups[k])) for k in ranked]

    def document_counts(self) -> list[tuple[str, int]]:
        counts = self.bank.group(lambda p: [p.document])
        return [(DOCUMENT_LABELS[d], len(counts[d])) for d in DOCUMENT_LABELS if d in counts]

    def decade_counts(self) -> list[tuple[str, int]]:
        counts = self.bank.group(lambda p: [f"{p.year // 10 * 10}s" if p.year else "Undated"])
        return [(d, len(counts[d])) for d in sorted(counts)]

    def year_span(self) -> str:
        years = sorted(p.year for p in (r.precedent for r in self.bank.records) if p.year)
        if not years:
            return "undated"
        return str(years[0]) if years[0] == years[-1] else f"{years[0]} to {years[-1]}"

    @staticmethod
    def text_kind(text: str) -> str:
        return paragraph_kind(text)

    @staticmethod
    def shorten(text: str, limit: int) -> str:
        """The start of a long text, cut at a word, for a preview (the full text follows it)."""
        cut = text[:limit].rsplit(None, 1)[0] if len(text) > limit else text
        return " ".join(cut.split()) + " …"

    def security_labels(self, p: Precedent) -> list[str]:
        return list(dict.fromkeys(SECURITY_LABELS[s.type] for s in p.securities))

    def example_meta(self, o: Occurrence) -> str:
        p = o.record.precedent
        parts = [p.firm or "Unknown firm", str(p.year or "undated"), *self.security_labels(p)]
        return ", ".join(parts)


def findings(p: Precedent) -> list[tuple[str, str]]:
    """Practice points a reviewer should see at once: (title, Markdown explanation)."""
    found = []
    types = {c.type for c in p.clauses}
    if p.document == "legality-opinion" and "limitation-reliance" in types:
        found.append(
            (
                "This letter limits who may rely on it",
                "The SEC staff does not accept an Exhibit 5 opinion that limits reliance: "
                "purchasers in the offering must be able to rely on it. Do not follow this "
                "letter on that point; see [Who may rely](../clauses/limitation-reliance.md).",
            )
        )
    return found


def _day(record: LoadedRecord) -> int:
    return record.precedent.date.toordinal() if record.precedent.date else 0


def precedent_uri(record_id: str) -> str:
    return f"{PRECEDENTS_DIR}/{record_id}.md"


def precedent_id(src_uri: str) -> str | None:
    prefix = f"{PRECEDENTS_DIR}/"
    if src_uri.startswith(prefix) and src_uri.endswith(".md"):
        return src_uri[len(prefix) : -3]
    return None


def clause_slug(src_uri: str) -> str | None:
    prefix = f"{CLAUSES_DIR}/"
    if src_uri.startswith(prefix) and src_uri.endswith(".md") and src_uri.count("/") == 1:
        return src_uri[len(prefix) : -3]
    return None


def browse_anchor(view: str, key: str) -> str:
    """The browse page and heading where records are listed under `key`."""
    prefix = next(v.prefix for v in BROWSE_VIEWS if v.slug == view)
    return f"{BROWSE_DIR}/{view}.md#{prefix}-{slugify(key)}"


def load_site(project_dir: Path, docs_dir: Path) -> tuple[Site, list[Problem]]:
    """Load the bank under project_dir/precedents and the clause pages under docs_dir."""
    bank, problems = load_bank([project_dir / PRECEDENTS_DIR], base=project_dir)
    clause_pages, page_problems = load_clause_pages(docs_dir)
    return Site(bank, clause_pages), problems + page_problems
