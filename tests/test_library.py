"""The clause library: the taxonomy, one explanation page per type, each sourced; the glossary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from precedent_bank.site.library import (
    GLOSSARY_MAX_TERMS,
    TOOLTIP_MAX,
    load_clause_pages,
    load_glossary,
    read_glossary,
    with_clause_nav,
)
from precedent_bank.taxonomy import load_taxonomy
from tests.conftest import ROOT, SHARED

DOCS = ROOT / "docs"
SECTIONS = [
    "What it says",
    "Why it is there",
    "Variants you will see",
    "What to watch for",
    "Sources",
]


@pytest.mark.skipif(not (SHARED / "taxonomy.yaml").exists(), reason="../shared is not here")
def test_slugs_agree_with_the_shared_taxonomy() -> None:
    shared = yaml.safe_load((SHARED / "taxonomy.yaml").read_text("utf-8"))
    assert set(load_taxonomy().slugs) == set(shared["clauses"])


def test_every_type_has_a_family_and_its_own_definition() -> None:
    taxonomy = load_taxonomy()
    families = {f.slug for f in taxonomy.families}
    for ctype in taxonomy.types.values():
        assert ctype.family in families
        assert len(ctype.definition) > 40


def test_every_slug_has_an_explanation_page_with_a_summary() -> None:
    pages, problems = load_clause_pages(DOCS)
    assert problems == []
    assert set(pages) == set(load_taxonomy().slugs)
    for page in pages.values():
        assert page.title == load_taxonomy().types[page.slug].name
        assert 20 < len(page.summary) < 250, page.slug


@pytest.mark.parametrize("slug", load_taxonomy().slugs)
def test_every_page_has_the_sections_and_cites_sources(slug: str) -> None:
    text = (DOCS / "clauses" / f"{slug}.md").read_text("utf-8")
    headings = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
    assert headings == SECTIONS, slug
    sources = text.split("## Sources", 1)[1]
    assert re.search(r"\]\(https?://|\]\[[^\]]+\]", sources), f"{slug} cites no source"
    for ref in set(re.findall(r"\]\[([^\]]+)\]", text)):
        assert re.search(rf"^\[{re.escape(ref)}\]: https?://", text, flags=re.MULTILINE), (
            slug,
            ref,
        )


def test_missing_page_is_reported(tmp_path: Path) -> None:
    (tmp_path / "clauses").mkdir()
    _, problems = load_clause_pages(tmp_path)
    assert str(
        problems[0]
    ) == "docs/clauses/heading.md:1:1: clause type 'heading' has no explanation page".replace(
        "docs/", f"{tmp_path.name}/"
    )


def test_glossary_terms_and_case_variants() -> None:
    glossary = load_glossary(DOCS)
    for term in ["Securities Act", "SLB 19", "TriBar", "indenture", "trustee", "non-assessable"]:
        assert term in glossary, term
    assert glossary["Indenture"] == glossary["indenture"]
    assert "[" not in glossary["SLB 19"]  # links reduced to their text for the tooltip


def test_a_glossary_of_too_many_terms_is_an_error_at_the_first_too_many(tmp_path: Path) -> None:
    """Every term is looked for on every page: 20,000 terms made a build take minutes."""
    docs = tmp_path / "docs"
    docs.mkdir()
    entries = [f"term{i}\n:   Definition {i}.\n" for i in range(GLOSSARY_MAX_TERMS + 5)]
    (docs / "glossary.md").write_text("# Glossary\n\n" + "\n".join(entries), "utf-8")
    [problem] = read_glossary(docs)[1]
    assert str(problem).startswith(
        f"docs/glossary.md:{3 + 3 * GLOSSARY_MAX_TERMS}:1: the glossary defines "
        f"{GLOSSARY_MAX_TERMS + 5:,} terms, more than the {GLOSSARY_MAX_TERMS:,}"
    )
    assert len(load_glossary(docs)) == 2 * GLOSSARY_MAX_TERMS  # the first ones, two cases each
    assert read_glossary(DOCS)[1] == []


def test_clause_library_navigation_is_made_from_the_taxonomy() -> None:
    nav = [{"Home": "index.md"}, {"Clause library": [{"Overview": "clauses/index.md"}]}]
    made = with_clause_nav(nav)
    assert made[0] == {"Home": "index.md"}
    section = made[1]["Clause library"]
    assert section[0] == {"Overview": "clauses/index.md"}
    taxonomy = load_taxonomy()
    assert [next(iter(f)) for f in section[1:]] == [f.name for f in taxonomy.families]
    pages = [page for family in section[1:] for page in next(iter(family.values()))]
    assert pages == [
        f"clauses/{slug}.md" for f in taxonomy.families for slug in (t.slug for t in f.types)
    ]


def test_a_long_definitions_tooltip_is_cut_at_a_word(tmp_path: Path) -> None:
    """Each occurrence of a term carries its tooltip: 100 KB definitions of two common words
    made the site 800 MB. The glossary page itself keeps the whole definition."""
    docs = tmp_path / "docs"
    docs.mkdir()
    long = " ".join(f"word{i}," for i in range(20_000))
    (docs / "glossary.md").write_text(f"# Glossary\n\nthe\n:   {long}\n\nof\n:   Short.\n")
    glossary, problems = read_glossary(docs)
    assert problems == []
    assert len(glossary["the"]) <= TOOLTIP_MAX + len("… (the glossary has the rest)")
    assert glossary["the"].endswith("word62… (the glossary has the rest)")  # no comma left
    assert glossary["of"] == "Short."
    assert max(len(d) for d in load_glossary(DOCS).values()) < TOOLTIP_MAX  # none bundled cut
