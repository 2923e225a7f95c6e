"""Golden files for what the site derives from records: a small bank in, for each record its
page Markdown, facts and summary (with what search knows of it), findings, letter and related
links out, plus the browse pages, one clause page's examples (capped at one, so the pages listing
every clause of a type show too) and the home page's overview.

The expected output lives in tests/golden/expected/. After a deliberate change, regenerate it
with `pytest tests/test_golden.py --update-goldens` and read the diff before committing.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from precedent_bank.records.bank import load_bank
from precedent_bank.site import clause_paging
from precedent_bank.site.builder import Site
from precedent_bank.site.library import load_clause_pages
from precedent_bank.site.pages import PrecedentPage
from precedent_bank.site.placeholders import fill, placeholder
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"
BANK = GOLDEN / "bank"


@pytest.fixture(scope="module", autouse=True)
def small_pages() -> Iterator[None]:
    """Caps of one, so the four letters already show the paged lists of every clause."""
    with pytest.MonkeyPatch.context() as patch:
        for name in ("EXAMPLES_SHOWN", "LIST_PAGE_SIZE", "VARIANT_USES_SHOWN", "VARIANTS_SHOWN"):
            patch.setattr(clause_paging, name, 1)
        yield


@pytest.fixture(scope="module")
def site(small_pages: None) -> Site:
    bank, problems = load_bank([BANK], base=GOLDEN)
    assert [p.severity for p in problems] == ["warning"]  # the one clause awaiting review
    clause_pages, _ = load_clause_pages(ROOT / "docs")
    site = Site(bank, clause_pages)
    uris = [p.src_uri for p in site.pages()] + [f"clauses/{slug}.md" for slug in clause_pages]
    site.urls = {uri: _url(uri) for uri in [*uris, "index.md"]}
    return site


def _url(src_uri: str) -> str:
    stem = src_uri.removesuffix(".md")
    return "" if stem == "index" else stem.removesuffix("/index") + "/"


def derived(site: Site, record_id: str) -> str:
    """Everything the site makes of one record, as one text to compare."""
    page = site.page(f"precedents/{record_id}.md")
    assert isinstance(page, PrecedentPage)
    url = site.linker(f"precedents/{record_id}/")
    content, anchors = page.content(
        f"{placeholder('facts')}\n{placeholder('summary')}\n<p>findings above</p>", url
    )
    finished = page.finish(f"{placeholder('letter')}\n{placeholder('related')}", url)
    return _sections(
        page_markdown=page.source(),
        content=content,
        anchors="\n".join(sorted(anchors)),
        finished=finished,
    )


def site_wide(site: Site) -> str:
    """The browse pages, one clause page's examples and the home page's overview."""
    sections: dict[str, str] = {}
    for page in site.pages():
        if not page.src_uri.startswith("precedents/"):
            sections[page.src_uri] = page.content
            finished = site.finish_page(page.src_uri, _url(page.src_uri), page.content)
            sections[page.src_uri + " (finished)"] = finished
    sections["clauses/opinion-debt.md"] = site.augment_markdown("clauses/opinion-debt.md", "# X\n")
    sections["clauses/opinion-debt.md (finished)"] = site.finish_page(
        "clauses/opinion-debt.md", "clauses/opinion-debt/", placeholder("examples")
    )
    sections["index.md"] = site.augment_markdown("index.md", placeholder("overview"))
    return _sections(**sections)


def _sections(**parts: str) -> str:
    return "".join(f"===== {name} =====\n{text.rstrip()}\n\n" for name, text in parts.items())


def check(actual: str, name: str, update: bool) -> None:
    path = GOLDEN / "expected" / f"{name}.txt"
    if update:
        path.write_text(actual, "utf-8")
    assert path.is_file(), f"no golden file {path}; run pytest --update-goldens"
    assert actual == path.read_text("utf-8"), f"{name} differs from {path}"


@pytest.mark.parametrize("record_id", sorted(p.stem for p in BANK.glob("*.yml")))
def test_what_a_record_becomes(site: Site, record_id: str, update_goldens: bool) -> None:
    check(derived(site, record_id), record_id, update_goldens)


def test_what_the_bank_becomes(site: Site, update_goldens: bool) -> None:
    check(site_wide(site), "site", update_goldens)


def test_no_golden_file_is_left_over() -> None:
    expected = {p.stem for p in (GOLDEN / "expected").glob("*.txt")}
    assert expected == {p.stem for p in BANK.glob("*.yml")} | {"site"}


def test_goldens_show_the_points_they_guard() -> None:
    # The goldens are only worth something if they hold the cases they are meant to pin down.
    text = {p.stem: p.read_text("utf-8") for p in (GOLDEN / "expected").glob("*.txt")}
    reliance = '!!! danger "An Exhibit 5 opinion that limits who may rely on it"'
    assert reliance in text["alder-2021-notes"]
    assert "findings/#exhibit5-reliance-limit" in text["alder-2021-notes"]  # also at the clause
    assert "limits who may rely" not in text["cedar-2023-tax"]  # not an Exhibit 5
    assert "pb-review" in text["alder-2019-notes"]
    assert "Names the <em>securities</em> and the filing" in text["alder-2019-notes"]  # a note
    assert 'data-pagefind-filter="clause:Equity opinion"' in text["alder-2010-shares"]
    assert "# \\+Plus Bancorp" in text["cedar-2023-tax"]
    related = text["alder-2019-notes"].split('id="pb-related"')[1]
    # Document kind first: the legality opinion on shares before the tax opinion on notes.
    assert related.index("alder-2021-notes") < related.index("alder-2010-shares")
    assert related.index("alder-2010-shares") < related.index("cedar-2023-tax")
    assert 'class="pb-permalink" href="#clause-4"' in text["alder-2019-notes"]
    assert 'href="../../browse/tags/#tag-shelf-takedown"' in text["alder-2019-notes"]
    # A takedown filed on 8-K is under its registration form, with the 8-K shown.
    forms = text["site"].split("===== browse/forms.md (finished) =====")[1]
    s3 = forms.split("{#form-s-3}")[1].split("##")[0]
    assert "alder-2019-notes" in s3
    assert 'data-label="Filed as">8-K</td>' in s3


def test_a_placeholder_markdown_wrapped_in_a_paragraph_is_filled_whole() -> None:
    text = "<p>x</p>\n<p><!-- pb:table 2 --></p>\n<!-- pb:facts --><!-- pb:other -->"
    filled = fill(text, {"table": lambda arg: f"[table {arg}]", "facts": lambda _: "[facts]"})
    assert filled == "<p>x</p>\n[table 2]\n[facts]<!-- pb:other -->"
    assert fill("no placeholder", {"facts": lambda _: "x"}) == "no placeholder"
