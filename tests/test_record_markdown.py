"""Record Markdown on its own: every hostile note or summary becomes inert, balanced HTML."""

from __future__ import annotations

import html
from html.parser import HTMLParser

import pytest

from precedent_bank.errors import PrecedentError
from precedent_bank.site.record_markdown import RecordMarkdown

VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "area", "base", "col", "embed", "source"}

# (Markdown as a record may hold it, text the reader must see exactly as written)
HOSTILE = [
    ('<div id="__config">{"search": "https://evil.example/"}</div>', '<div id="__config">'),
    ("A paragraph.\n{: #__config }", "{: #__config }"),
    ('Inline {: #__config .mermaid style="x" data-md="y" }', "{: #__config"),
    ("Text[^1]\n\n[^1]: <span id=x>note</span>", "[^1]"),
    ('*[HTML]: <b id="fnref:1">Hyper</b>\n\nHTML', "HTML"),
    ('<pre class="mermaid">graph TD; A-->B</pre>', '<pre class="mermaid">'),
    ("<style>\n.md-typeset { display: none }", "<style>"),
    ("Dear <Name of Underwriter>, hello", "Dear <Name of Underwriter>, hello"),
    ("<img src=https://evil.example/x.png>", "<img src=https://evil.example/x.png>"),
    ("![logo](https://evil.example/logo.png)", "![logo](https://evil.example/logo.png)"),
    ('<a href="x" style="color:red" data-x="1" class="c" id="i">raw</a>', '<a href="x"'),
    ("<script>alert(1)</script>", "<script>alert(1)</script>"),
    ('<iframe src="https://evil.example/"></iframe>', "<iframe"),
    ('<base href="https://evil.example/">', "<base"),
    ('<meta http-equiv="refresh" content="0; url=https://evil.example/">', "<meta"),
    ('<form action="https://evil.example/"><input name="q"></form>', "<form"),
    ("<svg onload=alert(1)><script>alert(2)</script></svg>", "<svg onload=alert(1)>"),
    ('<div markdown="1" id="pb-title">**x**</div>', '<div markdown="1" id="pb-title">'),
    ("<div>unclosed <b>bold <!-- comment", "<div>unclosed <b>bold <!-- comment"),
]


class Inspector(HTMLParser):
    """Collects tags, attributes and visible text, and checks that every tag is closed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.attributes: list[tuple[str, str, str | None]] = []
        self.tags: list[str] = []
        self.text = ""
        self.open: list[str] = []
        self.unbalanced = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(tag, name, value) for name, value in attrs]
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.unbalanced = True

    def handle_data(self, data: str) -> None:
        self.text += data

    def handle_comment(self, data: str) -> None:
        self.unbalanced = True  # a comment could hide what follows it


def inspect(markup: str) -> Inspector:
    inspector = Inspector()
    inspector.feed(str(markup))  # not Markup: its + would escape the collected text
    inspector.close()
    return inspector


@pytest.fixture(scope="module")
def md() -> RecordMarkdown:
    return RecordMarkdown({"Indenture": "The contract under which notes are issued"})


@pytest.mark.parametrize(("source", "shown"), HOSTILE)
def test_hostile_markdown_is_inert_and_shown_as_written(
    md: RecordMarkdown, source: str, shown: str
) -> None:
    out = inspect(md.render(source))
    assert not out.unbalanced
    assert out.open == []
    for tag, name, _ in out.attributes:
        assert name in ("href", "title", "align", "start"), f"<{tag} {name}> survived"
    assert set(out.tags) <= {"p", "a", "abbr", "strong", "em", "code", "pre"}
    assert shown in " ".join(out.text.split())


def test_no_link_to_a_dangerous_scheme(md: RecordMarkdown) -> None:
    source = "[a](javascript:alert(1)) [b](JaVaScRiPt:x) [c](data:text/html,x) [d](vbscript:x)"
    out = inspect(md.render(source))
    assert [v for _, name, v in out.attributes if name == "href"] == []
    assert out.text == "a b c d"


def test_safe_links_and_markup_survive(md: RecordMarkdown) -> None:
    source = "**Bold**, `code` and [the page](https://example.com/x) and <https://example.com>."
    out = inspect(md.render(source))
    assert {"strong", "code", "a"} <= set(out.tags)
    assert ("a", "href", "https://example.com/x") in out.attributes


def test_relative_links_go_through_the_linker(md: RecordMarkdown) -> None:
    out = md.render("[x](../clauses/consent.md#why) [y](#clause-3)", link=lambda h: f"/u/{h}")
    assert 'href="/u/../clauses/consent.md#why"' in out
    assert 'href="#clause-3"' in out  # anchors on the same page are kept as written


def test_linker_errors_propagate(md: RecordMarkdown) -> None:
    def no_page(href: str) -> str:
        raise PrecedentError(f"no page {href}")

    with pytest.raises(PrecedentError, match=r"no page nope\.md"):
        md.render("[x](nope.md)", link=no_page)


def test_glossary_terms_become_tooltips_and_abbreviations_do_not_leak(
    md: RecordMarkdown,
) -> None:
    first = md.render("*[ABC]: A B C\n\nABC and the Indenture")
    assert '<abbr title="The contract under which notes are issued">Indenture</abbr>' in first
    assert '<abbr title="A B C">ABC</abbr>' in first
    assert "<abbr" not in md.render("ABC")  # the previous field's definition is gone


def test_placeholder_and_ampersands_read_as_written(md: RecordMarkdown) -> None:
    out = md.render("Dear <Name of Underwriter> & <Trustee>; AT&T &amp; co")
    assert html.unescape(inspect(out).text) == "Dear <Name of Underwriter> & <Trustee>; AT&T & co"


def test_a_direction_control_in_a_note_is_isolated_and_shown(md: RecordMarkdown) -> None:
    """As in a letter: a right-to-left override in a note reordered the words after it."""
    out = str(md.render("Pay \u202e001$ to **x\u200by**."))
    assert out == (
        '<p>Pay <span class="pb-invisible" data-code="U+202E" title="right-to-left override">'
        "\u202e</span>001$ to <strong>x"
        '<span class="pb-invisible" data-code="U+200B" title="zero width space">\u200b</span>'
        "y</strong>.</p>"
    )
    # the note's author cannot make such a span, nor any other class
    forged = str(md.render('<span class="pb-invisible">A</span> and <b class="x">B</b>'))
    assert "<span" not in forged
    assert "&lt;span" in forged
