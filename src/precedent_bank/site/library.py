"""The hand-written parts of the site the bank needs to know about: clause pages and glossary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from precedent_bank.errors import Problem
from precedent_bank.taxonomy import load_taxonomy

CLAUSES_DIR = "clauses"
GLOSSARY_PAGE = "glossary.md"

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_H1 = re.compile(r"^# (.+)$", re.MULTILINE)
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_MARK = re.compile(r"[*_`]")


@dataclass(frozen=True)
class ClausePage:
    """The explanation page of one clause type."""

    slug: str
    title: str
    summary: str


def load_clause_pages(docs_dir: Path) -> tuple[dict[str, ClausePage], list[Problem]]:
    """Read the title and summary of every clause type's page under docs/clauses/."""
    pages: dict[str, ClausePage] = {}
    problems = []
    for slug, ctype in load_taxonomy().types.items():
        path = docs_dir / CLAUSES_DIR / f"{slug}.md"
        shown = f"{docs_dir.name}/{CLAUSES_DIR}/{slug}.md"
        if not path.is_file():
            problems.append(
                Problem(shown, 1, 1, "", f"clause type '{slug}' has no explanation page")
            )
            continue
        text = path.read_text("utf-8")
        front = _FRONT_MATTER.match(text)
        meta = yaml.safe_load(front.group(1)) if front else None
        summary = meta.get("summary") if isinstance(meta, dict) else None
        if not isinstance(summary, str) or not summary.strip():
            problems.append(
                Problem(
                    shown,
                    1,
                    1,
                    "summary",
                    "front matter needs a one-sentence summary (used in tooltips)",
                )
            )
            summary = ctype.definition
        heading = _H1.search(text)
        pages[slug] = ClausePage(slug, heading.group(1).strip() if heading else ctype.name, summary)
    return pages, problems


CLAUSE_LIBRARY = "Clause library"
"""The title of the navigation's section for the clause library (mkdocs.yml)."""

NavItem = str | dict[str, "NavItem | list[NavItem]"]


def with_clause_nav(nav: list[NavItem]) -> list[NavItem]:
    """The navigation with the clause library's families and pages made from the taxonomy.

    mkdocs.yml lists only the section and its overview; a family section per taxonomy family,
    in library order, follows, so the navigation can never drift from the taxonomy.
    """
    families: list[NavItem] = [
        {family.name: [f"{CLAUSES_DIR}/{t.slug}.md" for t in family.types]}
        for family in load_taxonomy().families
    ]
    out: list[NavItem] = []
    for item in nav:
        if isinstance(item, dict) and isinstance(item.get(CLAUSE_LIBRARY), list):
            section = item[CLAUSE_LIBRARY]
            assert isinstance(section, list)
            item = {CLAUSE_LIBRARY: [*section, *families]}
        out.append(item)
    return out


GLOSSARY_MAX_TERMS = 1000
"""The most terms the glossary may define. Python-Markdown's abbr extension looks for every term
on every page the site builds, so the time a build takes grows with terms times pages: 1,000
terms add about 1.5 s to a build of the bundled bank, 5,000 add 9 s (bench/README.md)."""


def load_glossary(docs_dir: Path) -> dict[str, str]:
    """Terms and plain-text definitions from the glossary page (see `read_glossary`)."""
    return read_glossary(docs_dir)[0]


def read_glossary(docs_dir: Path) -> tuple[dict[str, str], list[Problem]]:
    """Terms and plain-text definitions from the glossary page's definition list - the first
    GLOSSARY_MAX_TERMS of them - and an error, at the first term too many, when there are more.

    The page is ordinary Markdown: one or more term lines, then a definition starting ":   ".
    Python-Markdown's abbr extension matches terms case-sensitively, so each term also gets its
    capitalised (or lower-case) form, as at the start of a sentence.
    """
    terms = _glossary_terms(docs_dir)
    glossary: dict[str, str] = {}
    for term, definition, _ in terms[:GLOSSARY_MAX_TERMS]:
        for variant in _case_variants(term):
            glossary.setdefault(variant, _tooltip(plain_text(definition)))
    if len(terms) <= GLOSSARY_MAX_TERMS:
        return glossary, []
    message = (
        f"the glossary defines {len(terms):,} terms, more than the {GLOSSARY_MAX_TERMS:,} the "
        "site shows as tooltips (each makes every page slower to build); keep the terms readers "
        "need, and move the rest into a page of their own"
    )
    line = terms[GLOSSARY_MAX_TERMS][2]
    return glossary, [Problem(f"{docs_dir.name}/{GLOSSARY_PAGE}", line, 1, "", message)]


TOOLTIP_MAX = 500
"""The most characters of a definition a tooltip shows (the glossary page shows it all). Each
occurrence of a term carries its tooltip: two terms as common as "the" with 100 KB definitions
made the bundled bank's site 800 MB."""


def _tooltip(definition: str) -> str:
    """The definition, cut at a word after at most TOOLTIP_MAX characters."""
    if len(definition) <= TOOLTIP_MAX:
        return definition
    cut = definition[:TOOLTIP_MAX].rsplit(" ", 1)[0].rstrip(" ,;:")
    return f"{cut}… (the glossary has the rest)"


def _glossary_terms(docs_dir: Path) -> list[tuple[str, str, int]]:
    """(term, definition, the term's line) for each term of the glossary page, in order."""
    path = docs_dir / GLOSSARY_PAGE
    if not path.is_file():
        return []
    found: list[tuple[str, str, int]] = []
    terms: list[tuple[str, int]] = []
    # Not UTF-8: MkDocs reports the page itself, located; its terms wait until it is fixed.
    text = path.read_bytes().decode("utf-8", "replace")
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith(":   "):
            found += [(term, line[4:], at) for term, at in terms]
            terms = []
        elif line.strip() and not line.startswith(("#", "<", "-", " ", "!", "*")):
            terms.append((line.strip(), number))
        else:
            terms = []
    return found


def _case_variants(term: str) -> list[str]:
    """The term, and the term with its first letter's case swapped: "indenture", "Indenture".

    Acronyms ("SLB 19", "DGCL") and terms starting with a digit keep their one spelling.
    """
    if not term[:1].isalpha() or term[:2].isupper():
        return [term]
    return [term, term[0].swapcase() + term[1:]]


def plain_text(markdown: str) -> str:
    """Markdown of one line as plain text, for tooltips."""
    return _MD_MARK.sub("", _MD_LINK.sub(r"\1", markdown)).strip()
