"""The market sections of a clause page (variants, elements, figures), the charts and redlines
they are made of, and the data Compare loads. The page kinds are in market_pages.py.

The figures come from precedent_bank.market; this module only lays them out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from markupsafe import Markup

from precedent_bank.market import MARKET_MINIMUM, Market, TypeMarket
from precedent_bank.market.charts import bar_chart, percent
from precedent_bank.market.elements import tally_by
from precedent_bank.market.redline import Segment, Token
from precedent_bank.market.specifics import label
from precedent_bank.market.stats import DIMENSIONS, Figure, Row, by_dimension
from precedent_bank.market.variants import Variant
from precedent_bank.records.drafting import PARAGRAPH_JOIN, flowing
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.site.clause_paging import is_paged, list_uri, shown_uses, shown_variants
from precedent_bank.site.placeholders import Filler, placeholder
from precedent_bank.site.render import render

if TYPE_CHECKING:
    from precedent_bank.site.builder import Site
    from precedent_bank.site.pages import Linker

MARKET_PAGE = "market/index.md"
COMPARE_PAGE = "compare/index.md"
COMPARE_DATA = "compare/data"
COMPARE_CATALOGUE = "compare/catalogue.js"


@dataclass(frozen=True)
class WordForm:
    """A wording offered as a Word file made in the browser (drafting.js)."""

    text: str
    """Paragraphs joined by a blank line, each flowing (no hard line breaks)."""
    file: str
    """The file's name, without ".docx"."""


@dataclass(frozen=True)
class VariantView:
    """One variant as the clause page shows it."""

    number: int
    letters: int
    clauses: int
    share: str
    firms: list[str]
    years: str
    is_market: bool
    is_most_used: bool
    """Used in more letters than any other variant (never on a tie)."""
    wording: Markup
    against_reference: Markup | None
    against_standard: Markup | None
    uses: list[tuple[str, str, str]]
    """(href, title, firm and year) of the newest clauses with this wording (clause_paging)."""
    more: int
    """How many more clauses have this wording than `uses` lists."""
    all_href: str
    """Where every clause of the type is listed (its list pages, or the page's own examples)."""
    form: WordForm | None = None
    """Variant 1's wording, for its Word download (variant 1 only)."""


def tokens_html(tokens: tuple[Token, ...] | list[Token]) -> Markup:
    """Words as text, deal specifics as their bracketed label; whitespace as one space.

    Built with html.escape rather than Markup.format: a redline has a span per word, and
    markupsafe's formatting costs several times as much per call (see fragments.py).
    """
    out = []
    for t in tokens:
        mark = label(t.text)
        word = f'<span class="pb-specific">{escape(mark)}</span>' if mark else escape(t.text)
        out.append(word + " " if t.space_after else word)
    return Markup("".join(out))


def tokens_text(tokens: tuple[Token, ...] | list[Token]) -> str:
    """The words as the page shows them, as plain text: deal specifics as "[date]" and so on."""
    return "".join((label(t.text) or t.text) + (" " if t.space_after else "") for t in tokens)


_BLANK_LINE = re.compile(r"\n[ \t\r\v\f]*\n")


def form_text(text: str) -> str:
    """A wording as its Word file holds it: paragraphs (split at blank lines), each flowing."""
    paragraphs = (flowing(p, "prose") for p in _BLANK_LINE.split(text))
    return PARAGRAPH_JOIN.join(p for p in paragraphs if p)


_TAGS = {"equal": "{}", "delete": "<del>{}</del>", "insert": "<ins>{}</ins>"}


def redline_html(segments: list[Segment]) -> Markup:
    """A redline: deleted words struck through in <del>, inserted ones underlined in <ins>."""
    return Markup("".join(_TAGS[s.op].format(tokens_html(s.tokens)) for s in segments))


def figure_html(figure: Figure) -> str:
    """A chart with its figures as a table beside it."""
    return render(
        "market_figure.html.j2",
        figure=figure,
        svg=bar_chart(figure),
        shares=[percent(row.share) for row in figure.rows],
        minimum=MARKET_MINIMUM,
    )


class ClauseMarket:
    """The market sections of one clause page."""

    def __init__(self, site: Site, slug: str) -> None:
        self.site = site
        self.slug = slug

    @property
    def data(self) -> TypeMarket | None:
        return self.site.market.types.get(self.slug)

    def markdown(self) -> str:
        data = self.data
        return render(
            "clause_market.md.j2",
            letters=len(data.letters) if data else 0,
            variants=placeholder("variants"),
            elements=placeholder("elements") if data and data.elements else None,
            figures=placeholder("figures"),
        )

    def fillers(self, url: Linker) -> dict[str, Filler]:
        return {
            "variants": lambda _: self._variants(url),
            "elements": lambda _: self._elements(),
            "figures": lambda _: self._figures(),
        }

    def _variants(self, url: Linker) -> str:
        data = self.data
        if data is None:
            return ""
        tv = data.variants
        shown = shown_variants(tv.variants)
        views = [self._view(i, v, tv.letters, url) for i, v in enumerate(shown, 1)]
        written = self.site.standards.get(self.slug)
        return render(
            "variants.html.j2",
            views=views,
            variants=len(tv.variants),
            all_href=self._all_href(url),
            letters=tv.letters,
            market=tv.market is not None,
            tied=bool(tv.variants) and tv.most_used is None,
            standard=tokens_html(tv.standard) if tv.standard else None,
            standard_form=WordForm(form_text(written), f"{self.slug}-our-standard")
            if written
            else None,
            minimum=MARKET_MINIMUM,
        )

    def _view(self, number: int, v: Variant, letters: int, url: Linker) -> VariantView:
        tv = self.data.variants if self.data else None
        assert tv is not None
        years = v.years
        return VariantView(
            number,
            v.letters,
            len(v.uses),
            percent(v.letters / letters if letters >= MARKET_MINIMUM else None),
            v.firms,
            (f"{years[0]}" if years[0] == years[1] else f"{years[0]}\u2013{years[1]}")
            if years
            else "undated",
            v is tv.market,
            v is tv.most_used,
            tokens_html(v.tokens),
            redline_html(v.against_reference) if v is not tv.reference else None,
            redline_html(v.against_standard) if tv.standard else None,
            [
                (
                    url(f"precedents/{u.record_id}.md#{u.anchor}"),
                    u.title,
                    f"{u.firm or 'Unknown firm'}, {u.year or 'undated'}",
                )
                for u in shown_uses(v.uses)
            ],
            len(v.uses) - len(shown_uses(v.uses)),
            self._all_href(url),
            self._form(v) if v is tv.reference else None,
        )

    def _all_href(self, url: Linker) -> str:
        found = self.site.bank.occurrences.get(self.slug, [])
        return url(list_uri(self.slug)) if is_paged(len(found)) else "#pb-in-the-bank"

    def _form(self, v: Variant) -> WordForm:
        """Variant 1 as a Word file, named "market form" or "most used" only when it is."""
        tv = self.data.variants if self.data else None
        assert tv is not None
        kind = (
            "market-form" if v is tv.market else "most-used" if v is tv.most_used else "variant-1"
        )
        return WordForm(tokens_text(v.tokens).strip(), f"{self.slug}-{kind}")

    def _elements(self) -> str:
        data = self.data
        if data is None or data.elements is None:
            return ""
        rows = [Row(t.element.label, t.letters, t.of) for t in data.tallies]
        figure = Figure("pb-chart-elements", "Letters that include each element", rows)
        market = self.site.market
        matrices = [
            (name, tally_by(data.elements, data.found, market.groups[dim], dim == "period"))
            for dim, (name, _) in DIMENSIONS.items()
        ]
        return render(
            "elements.html.j2",
            figure=figure_html(figure),
            source=data.elements,
            matrices=matrices,
            minimum=MARKET_MINIMUM,
        )

    def _figures(self) -> str:
        market = self.site.market
        data = self.data
        letters = data.letters if data else set()
        figures = [
            Figure(
                f"pb-chart-by-{dim}",
                f"Share of letters with this clause, by {name}",
                by_dimension(dim, market.groups[dim], letters.__contains__),
            )
            for dim, (name, _) in DIMENSIONS.items()
        ]
        return "\n".join(figure_html(f) for f in figures)


def clause_figure_rows(market: Market, site: Site) -> list[Row]:
    """For every clause type, how many counted letters have it."""
    total = len(market.records)
    return [
        Row(t.name, len(market.types[t.slug].letters), total)
        for t in site.taxonomy.types.values()
        if t.slug in market.types
    ]


def compare_data(record: LoadedRecord) -> str:
    """The one file Compare loads for a letter: a script handing its clauses to compare.js."""
    p = record.precedent
    data: dict[str, object] = {
        "id": record.id,
        "title": p.title,
        "meta": ", ".join([p.firm or "Unknown firm", str(p.year or "undated")]),
        "clauses": [[c.type, c.text] for c in p.clauses],
    }
    if p.draft:
        data["draft"] = True  # compare.js marks the letter's column "Draft"
    return _script(data)


def catalogue(site: Site) -> str:
    """What the "Compare with..." pickers search: each letter's id, title, firm, issuer, year."""
    rows = [
        [
            r.id,
            r.precedent.title,
            r.precedent.firm or "",
            r.precedent.issuer.name if r.precedent.issuer else "",
            r.precedent.year or "",
        ]
        for r in site.bank.records
    ]
    return _script({"catalogue": rows})


def _script(data: object) -> str:
    # JSON as a script (loaded by a <script> tag, which works from file:// where fetch() does
    # not). ASCII-only and "<" escaped: the file is inert data whatever a record holds.
    body = json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("<", "\\u003c")
    return f"window.pbCompare&&window.pbCompare.receive({body});\n"


def compare_base(url: Linker) -> str:
    """The Compare page's folder, from the page `url` links from (for its data files)."""
    href = url(COMPARE_PAGE)
    return href[: href.rfind("/") + 1]


def compare_picker(site: Site, record_id: str, url: Linker) -> str:
    """ "Compare with..." on a letter's page."""
    return render(
        "compare_picker.html.j2",
        compare=url(COMPARE_PAGE),
        catalogue=compare_base(url) + "catalogue.js",
        this=record_id,
    )
