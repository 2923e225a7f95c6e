"""What the bank adds to the MkDocs site: generated pages, and finishing touches on others.

The hook calls four things, at four moments of a build:

- `pages()`: the Markdown pages to add (precedents, browse pages, the clause library index);
- `augment_markdown()`: bank data for hand-written pages (examples on clause pages, counts on
  the home page);
- `finish_html()`: after Markdown has run, HTML made from record Markdown is cleaned and the
  facts of each letter put in - this is what search indexes;
- `finish_page()`: in the finished page, the parts that are data and not for the page's search
  entry - letter text, clause examples, browse tables - replace their placeholders. Markdown
  never sees them, and they cost the search plugin nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import astuple, dataclass
from functools import cache
from pathlib import Path

from markupsafe import Markup

from precedent_bank.errors import Problem
from precedent_bank.records.bank import Bank, Occurrence, load_bank
from precedent_bank.records.letter import Paragraph, clause_anchors, layout
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.records.models import Precedent
from precedent_bank.site.browse import BROWSE_DIR, BROWSE_VIEWS, Browse, browse_anchor
from precedent_bank.site.fragments import ClauseLabel, example_html, paragraph_views
from precedent_bank.site.library import CLAUSES_DIR, ClausePage, load_clause_pages
from precedent_bank.site.render import linker, relative, render
from precedent_bank.site.sanitize import sanitize_html
from precedent_bank.site.search import SEARCH_BOOST, extend_search_index
from precedent_bank.taxonomy import load_taxonomy

PRECEDENTS_DIR = "precedents"
OVERVIEW_MARKER = "<!-- precedents:overview -->"

Linker = Callable[[str], str]
"""Gives the URL of a docs page (by its path under docs/, e.g. "clauses/heading.md#x") relative
to the page being finished."""


@dataclass(frozen=True)
class Markers:
    """Placeholders for HTML parts; Markdown passes these comments through untouched."""

    facts: str = "<!-- pb:facts -->"
    letter: str = "<!-- pb:letter -->"
    related: str = "<!-- pb:related -->"
    examples: str = "<!-- pb:examples -->"


MARKERS = Markers()
_NOTE = re.compile(r"<!-- pb:note ([a-z0-9-]+) -->(.*?)<!-- pb:end -->", re.DOTALL)
_TABLE = re.compile(r"(?:<p>)?<!-- pb:table (\d+|all) -->(?:</p>)?")


@dataclass(frozen=True)
class GeneratedPage:
    """A Markdown page the bank adds to the site."""

    src_uri: str
    content: str
    record: LoadedRecord | None = None
    in_nav: bool = True


class Site:
    """The bank as MkDocs pages."""

    markers = MARKERS

    def __init__(self, bank: Bank, clause_pages: dict[str, ClausePage]) -> None:
        self.bank = bank
        self.clause_pages = clause_pages
        self.taxonomy = load_taxonomy()
        self.browse = Browse(bank)
        self._notes: dict[str, dict[str, str]] = {}
        self.layout = cache(self._layout)
        self.urls: dict[str, str] = {}
        """URL of every docs page from the site root, by docs path; set once the files are known."""
        self._meta = cache(self._example_meta)

    def _layout(self, record_id: str) -> list[Paragraph]:
        """A letter's paragraphs (used by its page and by search, so worked out once)."""
        return layout(self.bank.by_id[record_id].precedent.clauses)

    # --- pages ---------------------------------------------------------------------------

    def pages(self) -> list[GeneratedPage]:
        """Every page the bank adds: one per record, the browse pages, the library index."""
        pages = [self._precedent_page(r) for r in self.bank.records]
        pages.append(self._page(f"{BROWSE_DIR}/index.md", "browse_all.md.j2"))
        pages += [
            self._page(f"{BROWSE_DIR}/{view.slug}.md", "browse_groups.md.j2", view=view)
            for view in BROWSE_VIEWS.values()
        ]
        pages.append(self._page(f"{CLAUSES_DIR}/index.md", "clause_index.md.j2"))
        return pages

    def _page(self, src_uri: str, template: str, **context: object) -> GeneratedPage:
        content = render(template, site=self, bank=self.bank, link=relative(src_uri), **context)
        return GeneratedPage(src_uri, content)

    def _precedent_page(self, record: LoadedRecord) -> GeneratedPage:
        content = render(
            "precedent.md.j2",
            p=record.precedent,
            site=self,
            anchors=clause_anchors(record.precedent.clauses),
            findings=findings(record.precedent),
            search_boost=SEARCH_BOOST,
        )
        return GeneratedPage(precedent_uri(record.id), content, record, in_nav=False)

    # --- hand-written pages that show bank data ------------------------------------------

    def augment_markdown(self, src_uri: str, markdown: str) -> str:
        """Add the "In the bank" section to clause pages and the overview to the home page."""
        slug = clause_slug(src_uri)
        if slug in self.clause_pages:
            found = self.bank.occurrences.get(slug, [])
            section = render("clause_examples.md.j2", site=self, slug=slug, found=found)
            return markdown.rstrip("\n") + "\n\n" + section
        if OVERVIEW_MARKER in markdown:
            overview = render("overview.md.j2", site=self, bank=self.bank, link=relative(src_uri))
            return markdown.replace(OVERVIEW_MARKER, overview)
        return markdown

    # --- HTML -----------------------------------------------------------------------------

    def finish_html(self, src_uri: str, page_url: str, html: str) -> tuple[str, set[str]]:
        """A page's content after Markdown; also the ids of the parts still to come."""
        record = self.bank.by_id.get(precedent_id(src_uri) or "")
        if record is None:
            return html, set()
        url = linker(page_url, self.urls)
        self._notes[src_uri] = {m.group(1): sanitize_html(m.group(2)) for m in _NOTE.finditer(html)}
        html = sanitize_html(_NOTE.sub("", html), keep=astuple(MARKERS))
        facts = render("facts.html.j2", p=record.precedent, site=self, url=url)
        return html.replace(MARKERS.facts, facts, 1), set(clause_anchors(record.precedent.clauses))

    def finish_page(self, src_uri: str, page_url: str, output: str) -> str:
        """Put the data parts into a finished page."""
        url = cache(linker(page_url, self.urls))
        record = self.bank.by_id.get(precedent_id(src_uri) or "")
        if record is not None:
            return self._finish_precedent(src_uri, record, output, url)
        slug = clause_slug(src_uri)
        if slug in self.clause_pages:
            found = self.bank.occurrences.get(slug, [])
            examples = render("examples.html.j2", examples=[self._example(o, url) for o in found])
            return output.replace(MARKERS.examples, examples, 1)
        view = browse_view(src_uri)
        if view is not None:
            return _TABLE.sub(lambda m: self._table(view, m.group(1), url), output)
        return output

    def _finish_precedent(
        self, src_uri: str, record: LoadedRecord, output: str, url: Linker
    ) -> str:
        p = record.precedent
        notes = self._notes.pop(src_uri, {})
        views = paragraph_views(self.layout(record.id), self._labels(p, url), notes)
        letter = render("letter.html.j2", paragraphs=views, notes=notes)
        related = render(
            "related.html.j2",
            p=p,
            site=self,
            url=url,
            same_firm=self.browse.related(record, "firms", p.firm),
            same_security={
                s.type: self.browse.related(record, "securities", s.type) for s in p.securities
            },
        )
        output = output.replace(MARKERS.letter, letter, 1)
        return output.replace(MARKERS.related, related, 1)

    def _labels(self, p: Precedent, url: Linker) -> list[ClauseLabel]:
        """What each clause's label shows, worked out once per letter."""
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

    def _example(self, o: Occurrence, url: Linker) -> Markup:
        href = url(f"{precedent_uri(o.record.id)}#{o.anchor}")
        return example_html(href, o.record.precedent.title, self.example_meta(o), o.clause.text)

    def _table(self, view: str, which: str, url: Linker) -> str:
        if which == "all":
            records = self.bank.records
        else:
            records = list(self.browse.groups(view).values())[int(which)]
        return render(
            "browse_table.html.j2", records=records, full=which == "all", site=self, url=url
        )

    def extend_search_index(self, path: Path) -> None:
        """Give each letter paragraph its own entry in the search index the build wrote."""
        extend_search_index(
            path, self.bank.records, lambda rid: self.urls[precedent_uri(rid)], self.layout
        )

    # --- helpers for templates ------------------------------------------------------------

    @staticmethod
    def browse_anchor(view: str, key: str) -> str:
        return browse_anchor(view, key)

    @staticmethod
    def precedent_uri(record_id: str) -> str:
        return precedent_uri(record_id)

    @staticmethod
    def security_labels(p: Precedent) -> list[str]:
        labels = load_taxonomy().securities
        return list(dict.fromkeys(labels[s.type] for s in p.securities))

    def example_meta(self, o: Occurrence) -> str:
        return self._meta(o.record.id)

    def _example_meta(self, record_id: str) -> str:
        p = self.bank.by_id[record_id].precedent
        return ", ".join(
            [p.firm or "Unknown firm", str(p.year or "undated"), *self.security_labels(p)]
        )


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


def browse_view(src_uri: str) -> str | None:
    """ "firms" for browse/firms.md; "all" for browse/index.md."""
    name = src_uri.removeprefix(f"{BROWSE_DIR}/").removesuffix(".md")
    if not src_uri.startswith(f"{BROWSE_DIR}/"):
        return None
    return "all" if name == "index" else (name if name in BROWSE_VIEWS else None)


def load_site(project_dir: Path, docs_dir: Path) -> tuple[Site, list[Problem]]:
    """Load the bank under project_dir/precedents and the clause pages under docs_dir."""
    bank, problems = load_bank([project_dir / PRECEDENTS_DIR], base=project_dir)
    clause_pages, page_problems = load_clause_pages(docs_dir)
    return Site(bank, clause_pages), problems + page_problems
