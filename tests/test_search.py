"""Search a lawyer can trust: queries over the bundled bank, run in headless Chromium against
the built site (Pagefind), each with the letters and clauses it must return and must not.

Letters are named by the start of their record id; a clause by "letter#clause-type" (any clause
of that type in that letter). The expectations come from reading the records, not from running
the search.
"""

# ruff: noqa: F811 - the browser fixtures of test_browser.py are imported, then used by name

from __future__ import annotations

import functools
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from precedent_bank.site.search import PAGEFIND_DIR, index_site
from precedent_bank.site.search_parts import WORD_LIST
from precedent_bank.site.search_terms import load_search_terms
from tests.conftest import ROOT
from tests.sitetools import static_server
from tests.test_browser import browser, page, shot  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser

LETTERS = sorted(p.stem for p in (ROOT / "precedents").glob("*.yml"))
EQUITY = ["aldergate", "caddo-mesa", "ironbark", "kestrel", "pinecrest", "tidewell"]
"""The letters that give the fully-paid, non-assessable opinion (either spelling)."""
DEBT_AND_TAX = ["galloway", "hartford", "hollis-peak", "quarry-hill"]


PART_LETTERS = 4
"""Letters in a part of the index, for the run of these tests on a bank indexed in parts."""


@pytest.fixture(scope="module", params=["one index", "in parts"])
def server(
    request: pytest.FixtureRequest, bundled_site: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The bundled site, served as built (one index: the bank is small) and indexed in parts of
    a few letters, as a large bank is (search.py): every test here must pass on both."""
    site = bundled_site
    if request.param == "in parts":
        site = tmp_path_factory.mktemp("parts") / "site"
        shutil.copytree(bundled_site, site, ignore=shutil.ignore_patterns(PAGEFIND_DIR))
        terms, problems = load_search_terms(ROOT)
        assert problems == []
        index_site(site, terms, part_letters=PART_LETTERS)
        assert len(json.loads((site / PAGEFIND_DIR / "search-rules.json").read_text())["parts"]) > 3
    with static_server(site) as url:
        yield url


@dataclass(frozen=True)
class Case:
    query: str
    must: list[str]
    must_not: list[str] = field(default_factory=list)
    why: str = ""


CASES = [
    # Quoted phrases match across punctuation, and whatever the spelling of their words.
    Case('"Chase Bank, as trustee"', ["hartford#engagement"], ["aldergate", "tidewell"]),
    Case("Chase Bank as trustee", ["hartford#engagement"], ["hartford#qualification-bankruptcy"]),
    # Kestrel's says "validly issued and are fully paid": not the phrase.
    Case(
        '"validly issued, fully paid and nonassessable"',
        [f"{x}#opinion-equity" for x in EQUITY if x != "kestrel"],
        [*DEBT_AND_TAX, "kestrel"],
    ),
    Case('"validly issued, fully paid and non-assessable"', ["caddo-mesa#opinion-equity"]),
    Case("nonassessable", [f"{x}#opinion-equity" for x in EQUITY], DEBT_AND_TAX),
    Case("non-assessable", [*EQUITY], DEBT_AND_TAX),
    Case("fully paid and non-assessable", ["pinecrest#opinion-equity"], DEBT_AND_TAX),
    Case('"conformed or reproduction copies"', ["hartford#documents-examined"]),
    Case('"binding obligations"', ["aldergate", "galloway", "hartford", "hollis-peak"]),
    Case('"binding obligations"', ["hartford#opinion-debt"], ["pinecrest", "caddo-mesa"]),
    # Form and rule numbers are whole terms.
    Case("S-8", ["pinecrest#engagement"], ["hartford", "galloway", "tidewell", "quarry-hill"]),
    Case("S-3", ["galloway", "hartford", "hollis-peak", "ironbark", "kestrel"], ["pinecrest"]),
    Case("F-1", ["tidewell#engagement"], ["hartford", "pinecrest", "galloway"]),
    Case("S-1", ["aldergate", "caddo-mesa"], ["hartford", "pinecrest"]),
    Case("8-K", ["hartford", "hollis-peak", "ironbark", "kestrel"], ["pinecrest", "tidewell"]),
    Case("Section 27", ["galloway#qualification-other"], ["hartford", "pinecrest", "kestrel"]),
    Case("Section 7", ["hartford#consent-section-7", "pinecrest#consent-section-7"]),
    Case("Item 601", ["galloway#engagement"], ["hartford", "pinecrest"]),
    Case("Regulation S-K", ["galloway#engagement"], ["pinecrest"]),
    # Spelling variants and the bank's synonyms (search-synonyms.yml).
    Case("judgment", ["galloway#qualification-other"], ["pinecrest"]),
    Case("judgement", ["galloway#qualification-other"], ["pinecrest"]),
    Case("DGCL", ["galloway#limitation-jurisdiction", "kestrel"], ["ironbark", "tidewell"]),
    Case("Maryland General Corporation Law", ["ironbark"], ["kestrel", "hartford"]),
    # Facts are words too: firm, issuer, laws.
    Case("Debevoise", ["hartford"], [x for x in LETTERS if not x.startswith("hartford")]),
    Case("Corliss Vantongeren", ["pinecrest"], ["hartford", "tidewell"]),
    Case("Hartford Financial Services", ["hartford"], ["pinecrest"]),
    Case("Cayman Islands", ["tidewell#heading"], ["hartford", "ironbark"]),
    # Words of the trade.
    Case("fraudulent conveyance", ["galloway", "hartford", "hollis-peak"], ["pinecrest"]),
    Case("depositary shares", ["kestrel#opinion-equity"], ["hartford", "pinecrest"]),
    Case("Trust Indenture Act", ["galloway"], ["pinecrest", "caddo-mesa"]),
    Case("real estate investment trust", ["ironbark"], ["kestrel"]),
    Case("guarantors", ["hollis-peak"], ["pinecrest", "caddo-mesa"]),
    Case('"The Company Shares"', ["caddo-mesa#opinion-equity"], ["pinecrest", "ironbark"]),
    Case("equitable principles", ["kestrel#qualification-equity"], []),
    Case("zebra crossing", [], LETTERS),
]


@functools.cache
def anchors(letter: str, ctype: str) -> set[str]:
    """The anchors of the clauses of type `ctype` in the letter whose id starts with `letter`."""
    from precedent_bank.records.letter import clause_anchors
    from precedent_bank.records.loader import load_record

    (path,) = [p for p in (ROOT / "precedents").glob(f"{letter}*.yml")]
    record, _ = load_record(path)
    assert record is not None
    clauses = record.precedent.clauses
    found = {a for c, a in zip(clauses, clause_anchors(clauses), strict=True) if c.type == ctype}
    assert found, f"{letter} has no {ctype} clause: fix the test case"
    return found


def results(page: object, server: str, query: str) -> list[tuple[str, list[str]]]:
    """Every result of the search page for `query`: (page path, [clause or section links])."""
    search = "?q=" + quote(query)
    page.goto(server + "search/" + search)  # type: ignore[attr-defined]
    page.wait_for_selector(  # type: ignore[attr-defined]
        f"[data-pb-search-results][data-pb-shown={json.dumps(search)}]", state="attached"
    )
    while page.is_visible("[data-pb-search-more]"):  # type: ignore[attr-defined]
        shown = page.locator("[data-pb-search-results] > li").count()  # type: ignore[attr-defined]
        page.click("[data-pb-search-more]")  # type: ignore[attr-defined]
        page.wait_for_function(  # type: ignore[attr-defined]
            "n => document.querySelectorAll('[data-pb-search-results] > li').length > n", arg=shown
        )
    found = []
    for item in page.locator("[data-pb-search-results] > li").all():  # type: ignore[attr-defined]
        links = [urlsplit(a.get_attribute("href") or "") for a in item.locator("a").all()]
        found.append((links[0].path, [f"{u.path}#{u.fragment}" for u in links[1:]]))
    # A part's word list (search_parts.py) is never a result.
    assert not [path for path, _ in found if WORD_LIST.parent.name in path], found
    return found


def matches(spec: str, found: list[tuple[str, list[str]]]) -> bool:
    letter, _, ctype = spec.partition("#")
    for path, hits in found:
        if f"/precedents/{letter}" not in path:
            continue
        if not ctype:
            return True
        return any(hit.rpartition("#")[2] in anchors(letter, ctype) for hit in hits)
    return False


@pytest.mark.parametrize("case", CASES, ids=[f"{i:02}:{c.query}" for i, c in enumerate(CASES)])
def test_query(page: object, server: str, case: Case) -> None:
    found = results(page, server, case.query)
    missing = [spec for spec in case.must if not matches(spec, found)]
    unwanted = [spec for spec in case.must_not if matches(spec, found)]
    assert (missing, unwanted) == ([], []), f"{case.query}: {found}"


def test_there_are_at_least_thirty_queries() -> None:
    assert len({c.query for c in CASES}) >= 30


def test_a_letter_result_shows_its_facts_as_labelled_fields(page: object, server: str) -> None:
    results(page, server, "Debevoise")
    facts = page.locator("[data-pb-search-results] .pb-search-facts").first  # type: ignore[attr-defined]
    fields = [
        (f.locator(".pb-field-label").inner_text().lower(), f.inner_text().split(maxsplit=1)[1])
        for f in facts.locator(".pb-field").all()
    ]
    assert fields == [
        ("firm", "Debevoise & Plimpton LLP"),
        ("date", "12 March 2004"),
        ("document", "Legality opinion"),
    ]


def test_excerpts_show_references_as_the_letter_writes_them(page: object, server: str) -> None:
    found = results(page, server, "Section 27")
    text = page.locator("[data-pb-search-results]").inner_text()  # type: ignore[attr-defined]
    assert found
    assert "Section 27" in text
    assert "~" not in text
    assert "^" not in text


def s3_legality_opinions() -> list[str]:
    """The first word of each bundled legality opinion's title under an S-3, newest first."""
    from precedent_bank.records.bank import load_bank
    from precedent_bank.site.browse import registration_form

    bank, _ = load_bank([ROOT / "precedents"], base=ROOT)
    found = [
        r.precedent
        for r in bank.records
        if r.precedent.document == "legality-opinion" and registration_form(r.precedent) == "S-3"
    ]
    found.sort(key=lambda p: p.date.isoformat() if p.date else "", reverse=True)
    return [p.title.split(" ")[0] for p in found]


def test_filters_combine_without_a_query_and_live_in_the_url(page: object, server: str) -> None:
    page.goto(server + "search/?form=S-3&document=Legality+opinion")  # type: ignore[attr-defined]
    page.wait_for_selector("[data-pb-search-results][data-pb-shown]", state="attached")  # type: ignore[attr-defined]
    titles = page.locator("[data-pb-search-results] > li h1").all_inner_texts()  # type: ignore[attr-defined]
    # Legality opinions for S-3 shelves (Ironbark's is local counsel's, Quarry Hill's a tax
    # opinion), newest first.
    assert [t.split(" ")[0] for t in titles] == s3_legality_opinions()
    shot(page, "search-page")
    # A count next to each value; ticking one narrows the search and goes into the URL.
    firm = page.locator('input[data-facet="firm"][value="Debevoise & Plimpton LLP"]')  # type: ignore[attr-defined]
    assert firm.locator("xpath=..").inner_text().strip().endswith("1")
    firm.check()
    page.wait_for_function("() => location.search.includes('firm=')")  # type: ignore[attr-defined]
    page.wait_for_selector(  # type: ignore[attr-defined]
        "[data-pb-search-results][data-pb-shown*='firm=']", state="attached"
    )
    assert page.locator("[data-pb-search-results] > li").count() == 1  # type: ignore[attr-defined]
    bookmark = page.url  # type: ignore[attr-defined]
    page.goto(bookmark)  # type: ignore[attr-defined]  # a colleague opens the same link
    page.wait_for_selector("[data-pb-search-results][data-pb-shown]", state="attached")  # type: ignore[attr-defined]
    assert (
        page.locator("[data-pb-search-results] > li h1")
        .all_inner_texts()[0]
        .startswith(  # type: ignore[attr-defined]
            "The Hartford"
        )
    )
    assert page.is_checked('input[data-facet="firm"][value="Debevoise & Plimpton LLP"]')  # type: ignore[attr-defined]


def test_each_browse_group_links_to_its_search(page: object, server: str) -> None:
    for view in ("firms", "years", "documents", "securities", "laws", "forms"):
        page.goto(server + f"browse/{view}/")  # type: ignore[attr-defined]
        heading = page.locator("h2[id]").nth(0)  # type: ignore[attr-defined]
        listed = heading.locator("xpath=following::table[1]/tbody/tr").count()
        heading.locator("xpath=following::p[@class='pb-search-these'][1]/a").click()
        page.wait_for_selector("[data-pb-search-results][data-pb-shown]", state="attached")  # type: ignore[attr-defined]
        found = page.locator("[data-pb-search-results] > li").count()  # type: ignore[attr-defined]
        assert found == listed, view
