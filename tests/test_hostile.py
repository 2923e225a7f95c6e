"""A site built from records written as an attacker would (tests/hostile/): nothing gets through.

Record Markdown (notes, summaries) may not set ids, classes, styles or data attributes, load
anything, or swallow what follows it; the reliance warning stays in the page; every page carries
its Content-Security-Policy first in <head>. The browser side is in test_csp_browser.py.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from precedent_bank.site.csp import inline_scripts, script_hash
from tests.conftest import HOSTILE, ROOT
from tests.sitetools import build_site, copy_project

VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "area", "base", "col", "embed", "source"}
# Where record Markdown lands on a precedent page, and what it may hold there.
RECORD_PARTS = {"pb-note-text", "pb-summary"}
RECORD_TAGS = {"a", "abbr", "blockquote", "br", "code", "em", "p", "pre", "strong", "ul", "ol"}
RECORD_TAGS |= {"li", "table", "thead", "tbody", "tr", "th", "td", "del", "hr"}
RECORD_TAGS |= {f"h{n}" for n in range(1, 7)}
URL_ATTRIBUTE = re.compile(r"^(src|href|action|formaction|data|xlink:href)$")
BAD_SCHEME = re.compile(r"^\s*(javascript|data|vbscript):", re.IGNORECASE)
OUTSIDE = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)
CSP_META = '<meta http-equiv="Content-Security-Policy" content="'


class Page(HTMLParser):
    """Every id; and the tags, attributes and text inside the parts that come from records."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str]] = []
        self.in_records: list[tuple[str, str]] = []  # (tag, attribute name) inside record parts
        self.visible = ""  # text a browser would show (not inside script, style or comments)
        self._stack: list[tuple[str, bool]] = []  # (tag, inside a record part)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        self.attributes += [(tag, name, value or "") for name, value in attrs]
        if a.get("id"):
            self.ids.append(str(a["id"]))
        inside = bool(self._stack and self._stack[-1][1])
        if inside:
            self.in_records += [(tag, "")] + [(tag, name) for name in a]
        record_part = bool(RECORD_PARTS & set((a.get("class") or "").split()))
        if tag not in VOID:
            self._stack.append((tag, inside or record_part))

    def handle_endtag(self, tag: str) -> None:
        while self._stack:
            if self._stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if not any(tag in ("script", "style", "template", "noscript") for tag, _ in self._stack):
            self.visible += data


def read(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text("utf-8"))
    page.close()
    return page


def precedent(site: Path, name: str) -> Path:
    return site / "precedents" / name / "index.html"


def test_the_reliance_warning_survives_an_unclosed_style_in_the_summary(
    hostile_site: Path,
) -> None:
    page = read(precedent(hostile_site, "hostile-summary-hides-warning"))
    assert "An Exhibit 5 opinion that limits who may rely on it" in page.visible
    assert "purchasers must be able to rely on a filed opinion" in page.visible
    assert ".md-typeset .admonition { display: none }" in page.visible  # shown, not applied
    assert '<div class="md-typeset">' in page.visible


@pytest.mark.parametrize(
    "name", ["hostile-notes", "hostile-values", "hostile-summary-hides-warning"]
)
def test_record_parts_hold_only_plain_markup(hostile_site: Path, name: str) -> None:
    page = read(precedent(hostile_site, name))
    assert page.in_records  # the page has notes or a summary to check
    assert {tag for tag, _ in page.in_records} <= RECORD_TAGS
    attributes = {attribute for _, attribute in page.in_records if attribute}
    assert attributes <= {"href", "title", "rel", "align", "start"}


def test_no_id_from_records_and_no_id_twice(hostile_site: Path) -> None:
    for path in hostile_site.rglob("*.html"):
        ids = read(path).ids
        assert [i for i, n in Counter(ids).items() if n > 1] == [], path
    page = read(precedent(hostile_site, "hostile-notes"))
    assert Counter(page.ids)["__config"] == 1
    assert not {"fnref:1", "fn:1", "__consent"} & set(page.ids)


def test_record_text_is_shown_as_written(hostile_site: Path) -> None:
    notes = read(precedent(hostile_site, "hostile-notes")).visible
    assert "Dear <Name of Underwriter>, see <img src=https://evil.example/pixel.png>" in notes
    assert "<script>fetch(" in notes
    values = read(precedent(hostile_site, "hostile-values")).visible
    assert '<b id="__search">Firm</b> & <Name of Firm> LLP' in values
    assert "A summary with a bold word and <Name of Underwriter>." in values


def test_nothing_on_a_hostile_page_points_outside_or_runs(hostile_site: Path) -> None:
    for name in ("hostile-notes", "hostile-values", "hostile-summary-hides-warning"):
        page = read(precedent(hostile_site, name))
        assert not {"img", "iframe", "object", "embed", "base"} & set(page.tags)
        urls = [(t, n, v) for t, n, v in page.attributes if URL_ATTRIBUTE.match(n)]
        assert [u for u in urls if BAD_SCHEME.match(u[2])] == []
        assert [u for u in urls if u[1] != "href" and OUTSIDE.match(u[2])] == []
        assert ("meta", "http-equiv", "refresh") not in page.attributes


@pytest.mark.parametrize("which", ["bundled_site", "hostile_site"])
def test_every_page_has_its_policy_first_in_head(
    which: str, request: pytest.FixtureRequest
) -> None:
    site: Path = request.getfixturevalue(which)
    pages = list(site.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        html = path.read_text("utf-8")
        head = re.search(r"<head>\s*(<meta charset=\"utf-8\">)(<meta[^>]*>)", html)
        assert head, path
        assert head.group(2).startswith(CSP_META), path
        assert html.count(CSP_META) == 1
        policy = head.group(2)[len(CSP_META) :].replace("&#39;", "'")
        script_src = re.search(r"script-src ([^;]*)", policy)
        assert script_src
        assert "unsafe-inline" not in script_src.group(1)
        # every inline script on these pages is the theme's, and allowed
        assert {script_hash(b) for b in inline_scripts(html)} <= set(script_src.group(1).split())


def test_the_build_writes_the_header_policy(bundled_site: Path) -> None:
    header = (bundled_site / "csp-header.txt").read_text("utf-8")
    assert "frame-ancestors 'self'" in header
    script_src = re.search(r"script-src ([^;]*)", header)
    assert script_src
    for path in bundled_site.rglob("*.html"):
        scripts = inline_scripts(path.read_text("utf-8"))
        assert {script_hash(b) for b in scripts} <= set(script_src.group(1).split())


def test_a_note_linking_to_no_page_is_a_located_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """ammonia swallowed errors raised while it cleaned links: this one used to vanish. Then
    each bad link stopped the build on its own, named by its file alone: now every one is
    reported at its field's place in one run."""
    project = copy_project(tmp_path / "project")
    record = (HOSTILE / "hostile-values.yml").read_text("utf-8")
    assert "note: 'Plain note with **bold**.'" in record
    record = record.replace(
        "note: 'Plain note with **bold**.'", "note: '[gone](../clauses/x.md) [too](y.md#z)'"
    )
    (project / "precedents" / "broken-link.yml").write_text(record, "utf-8")
    second = record.replace("note: '[gone](../clauses/x.md) [too](y.md#z)'", "note: '[ok](x.md)'")
    (project / "precedents" / "other-link.yml").write_text(second, "utf-8")
    line = record[: record.index("[gone]")].count("\n") + 1
    with pytest.raises(Exception, match="Aborted"):
        build_site(project, tmp_path / "site")
    for path in ("clauses/x.md", "precedents/y.md"):
        assert f"broken-link.yml:{line}:11: clauses[1].note: links to {path}, a page the site " in (
            caplog.text
        )
    assert "other-link.yml" in caplog.text
    assert "links to precedents/x.md" in caplog.text


@pytest.mark.parametrize(
    "text",
    [
        # a practice's name ("Reyes Law Group") was looked for from inside the word, at each of
        # its letters: minutes for this letter before session 12's review
        "[Letterhead of]\n" + "A" * 60_000 + "\nDear Sirs:\nWe have acted as counsel.\n",
        # a lawyer's name before "Esquire", and a conversion's holding company, likewise: a
        # minute and more before session 13 (bench/hostile_shapes.py)
        "A" * 60_000 + "\n\nMay 4, 2021\n\nDear Sirs:\n\nWe have acted as counsel.\n",
        # a remark in brackets was dropped from a firm's key by a lazy pattern that scanned the
        # rest of the line from each "(": a letterhead line of them took 100 s before session
        # 14's review
        "Exhibit 5\n" + "(" * 60_000 + "\nMay 4, 2021\n\nDear Sirs:\n\nWe have acted as counsel."
        "\n\nVery truly yours,\n/s/ Harlow & Pike LLP\n",
        # whose registration statement the engagement names was looked for from each of the
        # word's letters after a stop, to its end: minutes before session 19's review
        "May 4, 2021\n\nDear Sirs:\n\nWe have acted as counsel to Quillon Corp., a Delaware "
        "corporation, in connection with " + "Aa." * 20_000 + " Registration Statement.\n",
    ],
    ids=["bracket", "first-line", "open-brackets", "registered-by"],
)
def test_a_letterhead_over_one_endless_word_does_not_hang(text: str) -> None:
    from precedent_bank.importer.letter import Letter
    from precedent_bank.importer.record import draft_record
    from tests.limits import deadline
    from tests.test_outside_shapes import day_one

    recogniser = day_one()
    with deadline(30):
        draft = draft_record(Letter(Path("h.txt"), None, text, "text", "utf-8"), recogniser)
    assert "".join(c.text for c in draft.clauses) == text


def test_a_unit_trusts_heading_of_endless_blank_lines_does_not_hang() -> None:
    # the "Re:" line was looked for by a pattern that, from every line's start, ran on over all
    # the blank lines below it: seconds for this heading before session 13's review, growing
    # with the square of its length
    from tests.limits import deadline
    from tests.test_facts import facts_of

    heading = "Exhibit 5\nMay 4, 2003\n" + " \n" * 100_000 + "Re: Quillon Trust\nDear Sirs:\n"
    engagement = (
        'We have acted as counsel to Quillon Markets Inc., a Delaware corporation (the "Company"), '
        "as Sponsor of the Quillon Trust.\n"
    )
    with deadline(30):
        facts = facts_of(heading, engagement, header="EX-5 1 x.htm OPINION as Sponsor\n")
    assert facts.issuer == "Quillon Trust"


def test_a_clause_of_endless_blank_lines_does_not_hang() -> None:
    # whether a clause ends its paragraph was asked of its whole text by a pattern anchored at
    # the end but tried from every line break: minutes for this letter before session 13's
    # review (bench/hostile_shapes.py)
    from precedent_bank.importer.letter import Letter
    from precedent_bank.importer.record import draft_record
    from tests.limits import deadline
    from tests.test_outside_shapes import day_one

    text = "Exhibit 5\nMay 4, 2003\n" + " \n" * 100_000 + "Dear Sirs:\nWe have acted as counsel.\n"
    recogniser = day_one()
    with deadline(30):
        draft = draft_record(Letter(Path("h.txt"), None, text, "text", "utf-8"), recogniser)
    assert "".join(c.text for c in draft.clauses) == text


def test_blank_lines_after_the_signature_do_not_hang() -> None:
    # where paragraphs start was found by a pattern that, from each line break of a run of blank
    # lines with no text after it in the clause, ran to the run's end: 17.7 s for 20,000 blank
    # lines before session 16 (an outside tester's letter; bench/hostile_shapes.py)
    from precedent_bank.importer.letter import Letter
    from precedent_bank.importer.record import draft_record
    from tests.limits import deadline
    from tests.test_outside_shapes import day_one

    text = (
        "May 4, 2021\n\nDear Sirs:\n\nWe have acted as counsel.\n\nVery truly yours,\n\n"
        "/s/ Harlow & Pike LLP" + "\n" * 100_000 + "Very truly yours.\n"
    )
    recogniser = day_one()
    with deadline(30):
        draft = draft_record(Letter(Path("h.txt"), None, text, "text", "utf-8"), recogniser)
    assert "".join(c.text for c in draft.clauses) == text


def test_a_style_of_endless_unclosed_comments_does_not_hang() -> None:
    # an inline style's comments were taken out by a pattern that scanned to the end of the
    # style from each "/*": 28 s for 120 KB of "/* " before the review of session 17, in the
    # importer's own process (a page under 500 KB is read without the child's time limit)
    from precedent_bank.importer.webpage import read_html
    from tests.limits import deadline

    html = '<p>We consent.</p><p style="' + "/* " * 60_000 + 'display:none">Shown? no.</p>'
    with deadline(30):
        text, _ = read_html(html + '<p style="/* a */ display: none /* b">[note]</p>')
    assert text == "We consent.\n\nShown? no."  # an unclosed comment runs to the style's end


HOSTILE_GLOSSARY = """
EVILTERM
:   Definition of the term <script>alert('G1')</script> [js](javascript:alert('G2'))

<meta http-equiv="refresh" content="0;url=https://evil.example/">
<form action="https://evil.example/"><input name=q></form>
<style>body{display:none}</style>
<div onclick="alert('G4')">Click</div>
<iframe src="https://evil.example/"></iframe>

![pixel](https://evil.example/pixel.png) ![also](//evil.example/pixel.png)

<div class="md-dialog md-dialog--active note">Reviewed: no open questions</div>
<div id="__config">{"features": ["navigation.instant"]}</div>

## Plain words {: #pb-compare .md-banner }
"""


@pytest.mark.parametrize(
    ("source", "built"),
    [
        ("glossary.md", "glossary/index.html"),
        ("clauses/consent.md", "clauses/consent/index.html"),  # with the bank's examples after
        ("index.md", "index.html"),  # with the bank's overview in it
    ],
)
def test_a_hostile_hand_written_page_keeps_only_its_words(
    tmp_path: Path, source: str, built: str
) -> None:
    """The glossary, the clause explanations and the home page are pages the firm edits as
    Markdown, which passes raw HTML through: none of it may send readers elsewhere, ask them
    for anything, hide the page or run."""
    project = copy_project(tmp_path / "project")
    page = project / "docs" / source
    page.write_text(page.read_text("utf-8") + HOSTILE_GLOSSARY, "utf-8")
    site = build_site(project, tmp_path / "site")
    html = (site / built).read_text("utf-8")
    content = html[html.index('<article class="md-content__inner') : html.rindex("</article>")]
    assert "Definition of the term" in content  # the words stay
    for payload in ("<script", "javascript:", "http-equiv", "<form", "<input", "<style"):
        assert payload not in content, payload
    assert "<iframe" not in content
    assert "onclick" not in content
    assert "evil.example" not in content
    # no class of the theme's (a notice fixed over the page) and no id it looks up
    assert "md-dialog" not in content
    assert 'class="note"' in content  # an admonition's kind stays
    assert 'id="__config"' not in content
    assert "md-banner" not in content
    assert 'id="pb-compare"' not in content


def test_a_fact_list_cannot_end_the_review_banner_with_a_fake_all_clear(
    hostile_site: Path,
) -> None:
    """A value shown inline stays inline: its line breaks cannot open an admonition saying
    all is reviewed, nor a details box folding the real question away."""
    for path in (
        precedent(hostile_site, "hostile-missing-hides-question"),
        hostile_site / "browse" / "review" / "index.html",
    ):
        html = path.read_text("utf-8")
        assert "admonition success" not in html, path
        assert '<details class="note"' not in html, path
        assert "THE-REAL-QUESTION" in read(path).visible, path
        assert "!!! success" in read(path).visible, path  # shown as the text it is


def test_hand_written_front_matter_and_headings_stay_text(hostile_site: Path) -> None:
    """The theme prints front matter as it is (the subtitle into the navigation on every page,
    the description into an attribute) and a heading's title through `striptags`, which turns
    "&lt;/title&gt;" back into a tag: their markup is dropped, their text shown, and nothing
    runs."""
    for path in hostile_site.rglob("*.html"):
        html = path.read_text("utf-8")
        assert not [b for b in inline_scripts(html) if "pbReport" in b], path
        title = re.search(r"<title>(.*?)</title>", html, re.DOTALL)
        assert title, path
        assert "<" not in title.group(1), path
        assert not re.search(r'<meta[^>]*http-equiv="refresh', html), path
        assert not re.search(r'<b style="position:fixed"', html), path
    glossary = (hostile_site / "glossary" / "index.html").read_text("utf-8")
    assert "<title>Glossary - Precedent Bank</title>" in glossary  # its markup dropped
    consent = (hostile_site / "clauses" / "consent" / "index.html").read_text("utf-8")
    assert "Consent to filing &lt;/title&gt;&lt;script&gt;" in consent


def test_the_classes_and_ids_the_site_puts_into_markdown_are_kept() -> None:
    """The bank's parts go into a clause explanation's and the home page's Markdown before it
    is converted and cleaned: their classes and ids are the ones the cleaning keeps."""
    from precedent_bank.site.hand_written import SITE_CLASSES, SITE_IDS

    classes: set[str] = set()
    ids: set[str] = set()
    templates = ROOT / "src" / "precedent_bank" / "site" / "templates"
    for name in CLEANED_WITH_THE_PAGE:
        # (Jinja's own braces first: "{#- a comment -#}", "{{ value }}")
        text = JINJA.sub("", (templates / name).read_text("utf-8"))
        for attributes in re.findall(r"\{:?\s*([^{}\n]*)\}", text):
            classes |= set(re.findall(r"(?<![\w-])\.([\w-]+)", attributes))
            ids |= set(re.findall(r"(?<![\w-])#([\w-]+)", attributes))
        for names in re.findall(r'class="([^"{}]*)"', text):
            classes |= set(names.split())
    assert classes == SITE_CLASSES
    assert ids == SITE_IDS


JINJA = re.compile(r"\{#.*?#\}|\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
CLEANED_WITH_THE_PAGE = (
    "clause_examples.md.j2",  # a clause explanation's examples, variants, figures and checks
    "clause_market.md.j2",
    "clause_rules.md.j2",
    "overview.md.j2",  # the home page's overview
)
"""The templates of what goes into a hand-written page's Markdown (pages.py, builder.py)."""


def test_a_firm_written_as_markdown_is_text_on_the_home_page(hostile_site: Path) -> None:
    home = (hostile_site / "index.html").read_text("utf-8")
    listed = home[home.index("Hostile - Markdown in plain values") :][:600]
    assert "**Reviewed by the opinion committee**" in listed  # as written
    assert "<strong>" not in listed
    assert "md-dialog" not in listed.replace("{: .md-dialog .md-dialog--active }", "")
    assert 'href="https://evil.example/"' not in listed


def test_a_text_file_opening_with_many_comments_does_not_hang(tmp_path: Path) -> None:
    """Whether a .txt is a web page was asked of a pattern that tried every way of grouping a
    run of "<!-- -->" comments: 24 of them took 44 s, 40 never finished."""
    from precedent_bank.importer.sources import read_here
    from tests.limits import deadline

    path = tmp_path / "comments.txt"
    text = "<!-- x -->" * 200 + "\nLadies and Gentlemen:\n\nWe have acted as counsel.\n"
    path.write_text(text, "utf-8")
    with deadline(10):
        [letter] = read_here(path)
    assert letter.text == text  # read as the text it is, not as a web page


def test_a_heading_of_endless_defined_names_does_not_hang() -> None:
    """Each name a heading calls "the Company" was checked for a sentence running on to it by
    reading back to the heading's start: 20,000 of them took minutes."""
    from precedent_bank.importer.metadata import _defined_clients
    from tests.limits import deadline

    heading = "Quillon Ridge Ltd. (the Company)\nword of the\n" * 20_000
    with deadline(20):
        assert _defined_clients(heading) == ["Quillon Ridge Ltd."]
