"""Page kinds: each page of the site that shows bank data is one object of one of these kinds.

A kind owns its template and its finishing steps. MkDocs handles a page in three stages, and a
kind may add to each; data goes in at `<!-- pb:NAME -->` placeholders (placeholders.py):

- `markdown()`: the page's Markdown (a generated page's own, from `source()`, or a hand-written
  page's) - for data that is Markdown itself, so MkDocs checks its links;
- `content()`: the page's HTML after Markdown - for what search should index (a letter's facts
  and summary); it also names the anchors the page will have, so MkDocs can check links to them;
- `finish()`: the finished page - for data no Markdown or search parser needs to see (letter
  text, clause examples, browse tables).

Templates get plain values (records, labels, URLs), never the site itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from markupsafe import Markup

from precedent_bank.errors import PrecedentError
from precedent_bank.records.bank import Occurrence
from precedent_bank.records.letter import clause_anchors
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.records.review import fact_doubts, open_questions
from precedent_bank.site.browse import BROWSE_DIR, BROWSE_VIEWS, BrowseView, registration_form
from precedent_bank.site.clause_paging import is_paged, list_uri, page_count, shown_examples
from precedent_bank.site.findings import (
    FINDINGS_GUIDE,
    FINDINGS_PAGE,
    clause_marks,
    clause_rules,
    finding_views,
    rule_sections,
)
from precedent_bank.site.fragments import example_html, paragraph_views
from precedent_bank.site.hand_written import clean_page
from precedent_bank.site.library import CLAUSES_DIR
from precedent_bank.site.market_sections import ClauseMarket, compare_picker
from precedent_bank.site.placeholders import fill, placeholder
from precedent_bank.site.render import relative, render
from precedent_bank.site.search_data import FILTERS, browse_search, search_data
from precedent_bank.site.search_offline import OFFLINE_COVERS

if TYPE_CHECKING:
    from precedent_bank.site.builder import Site

PRECEDENTS_DIR = "precedents"
ALL_COLUMNS = ("date", "title", "document", "firm", "securities", "form", "laws")
"""The columns of "All precedents"."""
_REPEATS = {"firms": "firm", "securities": "securities"}
"""The column a browse view's headings already state."""
HOME_PAGE = "index.md"
SEARCH_PAGE = "search/index.md"
SEARCH_COVERS = (
    "Searches the text of every letter, its facts, and the explanation pages of the clause "
    "library. A hit inside a letter is shown as its clause."
)

Linker = Callable[[str], str]
"""The URL of a docs page (by its path under docs/, e.g. "clauses/heading.md#x"), relative to
the page being made."""


class Page:
    """A page that shows bank data; by default each stage leaves the page as it is."""

    in_nav = True
    """Whether MkDocs lists a generated page in the navigation."""
    record: LoadedRecord | None = None
    """The record the page shows, for a precedent's page."""
    search_kind: str | None = None
    """What search calls this kind of page ("letter", "explanation"); None: not indexed."""

    def __init__(self, site: Site, src_uri: str) -> None:
        self.site = site
        self.src_uri = src_uri

    def source(self) -> str | None:
        """The Markdown of a generated page; None for a hand-written one."""
        return None

    def markdown(self, markdown: str) -> str:
        return markdown

    def content(self, html: str, url: Linker) -> tuple[str, set[str]]:
        """The HTML after Markdown, and the ids of the parts still to come."""
        return html, set()

    def finish(self, output: str, url: Linker) -> str:
        return output

    def link(self) -> Linker:
        """Links between Markdown pages, relative to this one."""
        return relative(self.src_uri)


class PrecedentPage(Page):
    """One letter: its facts, summary and findings, the annotated letter, related precedents."""

    record: LoadedRecord

    in_nav = False
    search_kind = "letter"

    def __init__(self, site: Site, record: LoadedRecord) -> None:
        super().__init__(site, precedent_uri(record.id))
        self.record = record

    def source(self) -> str:
        p = self.record.precedent
        return render(
            "precedent.md.j2",
            p=p,
            questions=open_questions(self.record) if p.draft else [],
            findings=finding_views(p, self.site.findings(self.record.id), self.link()),
        )

    def content(self, html: str, url: Linker) -> tuple[str, set[str]]:
        p = self.record.precedent
        fillers = {
            "facts": lambda _: self._facts(url),
            "summary": lambda _: self._record_html(p.summary, url),
        }
        return fill(html, fillers), set(clause_anchors(p.clauses))

    def _facts(self, url: Linker) -> str:
        p = self.record.precedent
        facts = render(
            "facts.html.j2",
            p=p,
            links=self.site.fact_links(p, url),
            registration_form=registration_form(p),
            doubts=fact_doubts(p),
        )
        data = search_data(p, self.site.taxonomy)
        return facts + render("search_data.html.j2", data=data)

    def finish(self, output: str, url: Linker) -> str:
        fillers = {
            "letter": lambda _: self._letter(url),
            "related": lambda _: self._related(url),
            "compare": lambda _: compare_picker(self.site, self.record.id, url),
        }
        return fill(output, fillers)

    def _letter(self, url: Linker) -> str:
        p = self.record.precedent
        anchors = clause_anchors(p.clauses)
        notes = {
            anchor: self._record_html(clause.note, url)
            for clause, anchor in zip(p.clauses, anchors, strict=True)
            if clause.note
        }
        # A clause's findings go beside it, before its note, so they are seen where they apply.
        marks = clause_marks(p, self.site.findings(self.record.id), url)
        labels = self.site.clause_labels(p, url)
        layout = self.site.layout(self.record.id)
        views = paragraph_views(layout, labels, notes, marks, self.site.glossary_terms)
        return render("letter.html.j2", paragraphs=views, notes=notes or marks)

    def _record_html(self, text: str | None, url: Linker) -> Markup:
        """A note or the summary, with a located error if it links to a page that is not there."""
        if not text:
            return Markup("")
        try:
            return self.site.record_html(text, self.src_uri, url)
        except PrecedentError as exc:
            raise PrecedentError(f"{self.record.display_path}: {exc}") from None

    def _related(self, url: Linker) -> str:
        return render("related.html.j2", related=self.site.related(self.record, url))

    def neighbours(self, url: Linker) -> str:
        """What the page shows of other records, as text: its related letters, the lists it is
        in with their counts, and where its facts link to (a key of kept_pages.py)."""
        p = self.record.precedent
        return repr((self.site.related(self.record, url), self.site.fact_links(p, url)))


class ClausePage(Page):
    """A clause type's hand-written explanation, followed by the newest clauses of that type
    and a link to the pages listing them all (clause_paging.py)."""

    search_kind = "explanation"

    def __init__(self, site: Site, slug: str) -> None:
        super().__init__(site, f"{CLAUSES_DIR}/{slug}.md")
        self.slug = slug

    def content(self, html: str, url: Linker) -> tuple[str, set[str]]:
        return clean_page(html), set()  # the firm may edit the explanation: see hand_written.py

    def markdown(self, markdown: str) -> str:
        bank = self.site.bank
        market = ClauseMarket(self.site, self.slug).markdown()
        clauses = len(bank.occurrences.get(self.slug, []))
        paged = is_paged(clauses)
        section = render(
            "clause_examples.md.j2",
            using=bank.records_using(self.slug),
            total=bank.reviewed,
            clauses=clauses,
            shown=len(shown_examples(range(clauses))),
            all_href=self.link()(list_uri(self.slug)) if paged else None,
            pages=page_count(clauses),
            examples=placeholder("examples"),
        )
        rules = clause_rules(self.slug, bank.records, self.site.findings, self.link())
        parts = [rules, market, section] if rules else [market, section]
        return markdown.rstrip("\n") + "\n\n" + "\n".join(parts)

    def finish(self, output: str, url: Linker) -> str:
        market = ClauseMarket(self.site, self.slug).fillers(url)
        return fill(output, {"examples": lambda _: self._examples(url), **market})

    def _examples(self, url: Linker) -> str:
        found = self.site.bank.occurrences.get(self.slug, [])
        return examples_html(self.site, shown_examples(found), url)


def examples_html(site: Site, occurrences: Sequence[Occurrence], url: Linker) -> str:
    """Clauses quoted one after another, each linked to its place in its letter."""
    examples: list[Markup] = []
    for o in occurrences:
        href = url(f"{precedent_uri(o.record.id)}#{o.anchor}")
        meta = site.example_meta(o.record.id)
        examples.append(example_html(href, o.record.precedent.title, meta, o.clause.text))
    return render("examples.html.j2", examples=examples)


@dataclass(frozen=True)
class BrowseGroup:
    """One heading of a browse page: its label, anchor and how many records it lists."""

    label: str
    anchor: str
    count: int
    table: str
    """The placeholder where its table goes."""


class BrowseViewPage(Page):
    """Records grouped under headings ("By firm", "By year" ...), a table under each."""

    def __init__(self, site: Site, view: BrowseView) -> None:
        super().__init__(site, f"{BROWSE_DIR}/{view.slug}.md")
        self.view = view
        # No column repeats the heading's fact; by form, the form each letter was filed with
        # (8-K for a takedown) is worth a column.
        shown = ("date", "title", "firm", "securities", "filed" if view.slug == "forms" else "")
        self.columns = tuple(c for c in shown if c and c != _REPEATS.get(view.slug))

    def source(self) -> str:
        groups = self.site.browse.groups(self.view.slug)
        anchors = self.site.browse.anchors(self.view.slug)
        headings = [
            BrowseGroup(
                self.view.label(key),
                anchors[key],
                len(records),
                placeholder("table", str(i)),
            )
            for i, (key, records) in enumerate(groups.items())
        ]
        return render("browse_groups.md.j2", view=self.view, groups=headings)

    def finish(self, output: str, url: Linker) -> str:
        groups = list(self.site.browse.groups(self.view.slug).items())

        def table(i: str | None) -> str:
            key, records = groups[int(i or 0)]
            search = browse_search(self.view.slug, key, self.site.taxonomy)
            link = render("search_link.html.j2", href=f"{url(SEARCH_PAGE)}{search}")
            return (link if search else "") + self.site.table(records, url, self.columns)

        return fill(output, {"table": table})


class BrowseAllPage(Page):
    """Every record in one sortable table."""

    def source(self) -> str:
        return render("browse_all.md.j2", count=len(self.site.bank), table=placeholder("table"))

    def finish(self, output: str, url: Linker) -> str:
        return fill(
            output, {"table": lambda _: self.site.table(self.site.bank.records, url, ALL_COLUMNS)}
        )


class ClauseIndexPage(Page):
    """The clause library's overview: every type by family, with how often the bank uses it."""

    def source(self) -> str:
        bank, link = self.site.bank, self.link()
        families = [
            (
                family,
                [
                    (
                        t.name,
                        link(f"{CLAUSES_DIR}/{t.slug}.md"),
                        self.site.clause_pages[t.slug].summary,
                        bank.records_using(t.slug),
                    )
                    for t in family.types
                ],
            )
            for family in self.site.taxonomy.families
        ]
        return render("clause_index.md.j2", families=families, total=bank.reviewed)


class FindingsPage(Page):
    """What the rule checks found, rule by rule, with counts and links to each letter's clause."""

    def source(self) -> str:
        link = self.link()
        sections = rule_sections(
            self.site.bank.records,
            self.site.findings,
            lambda record_id, anchor: link(f"{precedent_uri(record_id)}#{anchor}"),
            link,
        )
        return render("findings_page.md.j2", sections=sections, guide=link(FINDINGS_GUIDE))


class SearchPage(Page):
    """The search page: a query, filters with counts, and results (javascripts/search.js)."""

    in_nav = False

    def source(self) -> str:
        return render(
            "search_page.md.j2",
            filters=list(FILTERS.items()),
            covers=SEARCH_COVERS,
            offline_covers=OFFLINE_COVERS,
        )


class HomePage(Page):
    """The hand-written home page, with the bank's overview where it says `<!-- pb:overview -->`."""

    def markdown(self, markdown: str) -> str:
        return fill(markdown, {"overview": lambda _: self.site.overview(self.link())})

    def content(self, html: str, url: Linker) -> tuple[str, set[str]]:
        return clean_page(html), set()  # the firm may edit it: see hand_written.py


def precedent_uri(record_id: str) -> str:
    return f"{PRECEDENTS_DIR}/{record_id}.md"


def generated_pages(site: Site) -> list[Page]:
    """Every page the bank adds to the site: one per record, the browse pages, the library index."""
    pages: list[Page] = [PrecedentPage(site, r) for r in site.bank.records]
    pages.append(BrowseAllPage(site, f"{BROWSE_DIR}/index.md"))
    pages += [BrowseViewPage(site, view) for view in BROWSE_VIEWS.values()]
    pages.append(ClauseIndexPage(site, f"{CLAUSES_DIR}/index.md"))
    pages.append(FindingsPage(site, FINDINGS_PAGE))
    pages.append(SearchPage(site, SEARCH_PAGE))
    return pages


def hand_written_pages(site: Site) -> list[Page]:
    """The hand-written pages that show bank data: clause explanations and the home page."""
    return [*(ClausePage(site, slug) for slug in site.clause_pages), HomePage(site, HOME_PAGE)]
