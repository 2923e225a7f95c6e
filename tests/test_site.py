"""The bundled bank, built: every record has its page and every link and anchor holds."""

from __future__ import annotations

import posixpath
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from precedent_bank.records.bank import Bank
from precedent_bank.records.letter import clause_anchors
from precedent_bank.taxonomy import load_taxonomy
from tests.conftest import ROOT
from tests.sitetools import build_site, copy_project, read_page


def page_of(site: Path, src_uri: str) -> Path:
    """site/precedents/x/index.html for precedents/x.md (directory URLs)."""
    stem = src_uri.removesuffix(".md")
    return site / ("index.html" if stem == "index" else f"{stem.removesuffix('/index')}/index.html")


def resolve(site: Path, page: Path, href: str) -> tuple[Path, str] | None:
    """The file and anchor an internal link points to; None for outside links."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith("mailto:"):
        return None
    if not parts.path:
        return page, parts.fragment
    rel = page.parent.relative_to(site).as_posix()
    target = site / posixpath.normpath(posixpath.join(rel, unquote(parts.path)))
    if target.is_dir() or parts.path.endswith("/"):
        target = target / "index.html"
    return target, parts.fragment


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


def test_every_record_has_its_page(bundled_site: Path, bundled_bank: Bank) -> None:
    assert len(bundled_bank) >= 9
    for record in bundled_bank.records:
        page = read_page(page_of(bundled_site, f"precedents/{record.id}.md"))
        anchors = clause_anchors(record.precedent.clauses)
        assert set(anchors) <= page.ids
        for clause, anchor in zip(record.precedent.clauses, anchors, strict=True):
            assert page.clause_text[anchor] == clause.text, f"{record.id}#{anchor} altered"


def test_every_clause_label_links_to_its_explanation(
    bundled_site: Path, bundled_bank: Bank
) -> None:
    for record in bundled_bank.records:
        path = page_of(bundled_site, f"precedents/{record.id}.md")
        page = read_page(path)
        types = dict(
            zip(
                clause_anchors(record.precedent.clauses),
                (c.type for c in record.precedent.clauses),
                strict=True,
            )
        )
        assert sorted(anchor for anchor, _ in page.labels) == sorted(types)
        for anchor, href in page.labels:
            target = resolve(bundled_site, path, href)
            assert target is not None
            assert target[0] == bundled_site / "clauses" / types[anchor] / "index.html"
            assert target[0].is_file()


def test_every_explanation_lists_exactly_the_clauses_of_its_type(
    bundled_site: Path, bundled_bank: Bank
) -> None:
    for slug in load_taxonomy().slugs:
        path = bundled_site / "clauses" / slug / "index.html"
        html = path.read_text("utf-8")
        section = html.split('id="pb-in-the-bank"', 1)[1]
        listed = re.findall(r'href="\.\./\.\./precedents/([a-z0-9-]+)/#([a-z0-9-]+)"', section)
        expected = [(o.record.id, o.anchor) for o in bundled_bank.occurrences.get(slug, [])]
        assert listed == expected, slug
        using = bundled_bank.records_using(slug)
        if expected:
            assert f"Used in {using} of {len(bundled_bank)} precedents" in html


def test_browse_pages_list_every_record(bundled_site: Path, bundled_bank: Bank) -> None:
    for name in ("index", "firms", "years", "documents", "securities", "laws", "forms", "tags"):
        path = page_of(bundled_site, f"browse/{name}.md")
        targets = [resolve(bundled_site, path, href) for href in read_page(path).links]
        linked = {
            t[0].parent.name for t in targets if t and t[0].parent.parent.name == "precedents"
        }
        assert linked == {r.id for r in bundled_bank.records}, name


def test_every_internal_link_and_anchor_resolves(bundled_site: Path) -> None:
    broken = []
    for path in html_pages(bundled_site):
        page = read_page(path)
        for href in page.links:
            target = resolve(bundled_site, path, href)
            if target is None:
                continue
            file, anchor = target
            if not file.is_file():
                broken.append(f"{path.relative_to(bundled_site)}: {href} (no file)")
            elif anchor and file.suffix == ".html" and anchor not in read_page(file).ids:
                broken.append(f"{path.relative_to(bundled_site)}: {href} (no anchor)")
    assert broken == []


def test_no_request_leaves_the_site(bundled_site: Path) -> None:
    """Resources (scripts, styles, images, fonts, frames) all come from the site itself."""
    outside = []
    for path in html_pages(bundled_site):
        for tag, attrs in read_page(path).tags:
            for attr in ("src", "href", "srcset", "data", "poster"):
                value = attrs.get(attr) or ""
                is_navigation = tag == "a" or (tag == "link" and attrs.get("rel") == "canonical")
                if re.match(r"(https?:)?//", value) and not is_navigation:
                    outside.append(f"{path.name}: <{tag} {attr}={value}>")
    for css in bundled_site.rglob("*.css"):
        outside += [
            f"{css.name}: {u}"
            for u in re.findall(r"url\(['\"]?(https?:[^)'\"]+)", css.read_text("utf-8"))
        ]
    assert outside == []


def test_no_records_or_yaml_in_the_site(bundled_site: Path) -> None:
    leaked = [p for p in bundled_site.rglob("*") if p.suffix in (".yml", ".yaml", ".j2", ".py")]
    assert leaked == []


def test_precedent_pages_are_not_in_the_navigation(bundled_site: Path) -> None:
    page = read_page(bundled_site / "glossary" / "index.html")
    nav = [
        a.get("href") or ""
        for tag, a in page.tags
        if tag == "a" and "md-nav__link" in (a.get("class") or "")
    ]
    assert not [href for href in nav if "precedents/" in href]
    assert "../clauses/opinion-debt/" in nav


@pytest.mark.parametrize("name", ["index", "clauses/index", "browse/index"])
def test_generated_and_home_pages_exist(bundled_site: Path, name: str) -> None:
    assert page_of(bundled_site, f"{name}.md").is_file()


def test_shared_navigation_is_exactly_what_material_renders(tmp_path: Path) -> None:
    # The navigation is rendered once per folder for pages outside it. Builds with and without
    # that (Material's own partial for every page) must give the same bytes on every page:
    # precedent pages, pages outside the navigation in other folders, and one (guide.md) whose
    # URL holds pages of the navigation, so its relative links to them differ.
    sites = []
    for shared in (True, False):
        project = copy_project(tmp_path / f"project-{shared}")
        shutil.rmtree(project / "precedents")
        shutil.copytree(ROOT / "precedents", project / "precedents")
        for name in ("aside.md", "guide.md", "aside/deeper/page.md"):
            (project / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
            (project / "docs" / name).write_text(f"# {name}\n", "utf-8")
        with (project / "mkdocs.yml").open("a", encoding="utf-8") as config:
            config.write("not_in_nav: |\n  /aside.md\n  /guide.md\n  /aside/\n")
        if not shared:
            (project / "overrides" / "partials" / "nav.html").unlink()
        sites.append(build_site(project, tmp_path / f"site-{shared}"))
    ours, stock = sites
    pages = [p.relative_to(ours) for p in html_pages(ours)]
    assert [p.relative_to(stock) for p in html_pages(stock)] == pages
    assert {"aside/index.html", "guide/index.html", "aside/deeper/page/index.html"} <= {
        p.as_posix() for p in pages
    }
    for page in pages:
        assert (ours / page).read_bytes() == (stock / page).read_bytes(), page


def test_every_clause_has_a_permalink_to_itself(bundled_site: Path, bundled_bank: Bank) -> None:
    for record in bundled_bank.records:
        page = read_page(page_of(bundled_site, f"precedents/{record.id}.md"))
        anchors = clause_anchors(record.precedent.clauses)
        assert page.permalinks == [(a, f"#{a}") for a in anchors], record.id


def test_tags_link_to_their_list(bundled_site: Path, bundled_bank: Bank) -> None:
    tagged = [r for r in bundled_bank.records if r.precedent.tags]
    assert tagged
    for record in tagged:
        path = page_of(bundled_site, f"precedents/{record.id}.md")
        tags = [
            (a.get("href") or "")
            for tag, a in read_page(path).tags
            if tag == "a" and "pb-tag" in (a.get("class") or "")
        ]
        assert len(tags) == len(record.precedent.tags)
        for href in tags:
            target = resolve(bundled_site, path, href)
            assert target is not None
            assert target[0] == bundled_site / "browse" / "tags" / "index.html"
        assert "pb-tag" not in "".join(
            a.get("class") or "" for tag, a in read_page(path).tags if tag == "span"
        )


def test_home_page_links_every_count(bundled_site: Path, bundled_bank: Bank) -> None:
    html = (bundled_site / "index.html").read_text("utf-8")
    assert "Made with" not in html  # no generator footer
    main = html.split('class="md-content"', 1)[1].split("</article>", 1)[0]
    text = re.sub(r'<span class="pb-meta">.*?</span>', "", main)  # years of the newest letters
    text = re.sub(r"<a [^>]*>.*?</a>", "", text, flags=re.S)  # what is not a link
    text = re.sub(r"<[^>]+>", " ", text)
    assert not re.findall(r"\b\d+\b", text), "a number on the home page is not a link"
    newest = [r.id for r in bundled_bank.records[:5]]
    assert all(f'href="precedents/{rid}/"' in main for rid in newest)
    assert 'href="browse/documents/' in main
    assert 'href="clauses/#family-opinion"' in main
    assert "<kbd>/</kbd>" in main  # the search hint


def test_related_lists_a_fixed_number(bundled_site: Path, bundled_bank: Bank) -> None:
    hartford = read_page(page_of(bundled_site, "precedents/hartford-2004-senior-notes.md"))
    html = page_of(bundled_site, "precedents/hartford-2004-senior-notes.md").read_text("utf-8")
    related = html.split('id="pb-related"', 1)[1].split("</ul>", 1)[0]
    items = re.findall(r'<li><a href="\.\./\.\./precedents/([a-z0-9-]+)/">', related)
    assert 0 < len(items) <= 5
    kinds = {r.id: r.precedent.document for r in bundled_bank.records}
    # A debt legality opinion lists the other legality opinions before any tax opinion.
    order = [kinds[i] for i in items]
    assert order == sorted(order, key=lambda k: k != "legality-opinion"), order
    assert hartford.ids
