"""Letter text is data: whatever a record holds, the page shows it verbatim and runs nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from precedent_bank.site.render import md_escape
from tests.conftest import ROOT
from tests.sitetools import build_site, copy_project, read_page

HOSTILE = r"""
title: "<script>alert('title')</script> & <Name of Underwriter> *Notes*"
document: legality-opinion
exhibit: "5.1"
date: 2020-01-02
firm: "Evil *Firm* [x](javascript:alert(1)) | LLP"
issuer:
  name: "<b>Bold</b> Issuer {: onclick=alert(6)}"
securities:
  - type: debt
    description: "# of shares"
laws: ["New York <i>law</i>"]
summary: |
  Safe **bold** text. <script>alert('summary')</script>
  [bad](javascript:alert(2)) <img src=x onerror=alert(7)>
  {: onclick="alert(8)" }
clauses:
  - type: heading
    text: |
      <script>alert('letter')</script>
      Re: offering by <Name of Underwriter>

  - type: engagement
    text: |
      # of shares to be sold: see below.
      3. The Shares
      * not a list item
      <!-- a comment -->
      &amp; is not an ampersand entity, and {: .x} is not an attribute list.
    note: |
      A note with <img src=x onerror=alert(3)> and [a link](javascript:alert(4)).
      {: onmouseover="alert(5)" }
  - type: opinion-debt
    paragraph: same
    text: "The Notes are    valid\tand binding obligations."
  - type: signature
    text: "\n\n/s/ Evil Firm <evil@example.com>"
"""


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("project"))
    (project / "precedents" / "hostile-2020.yml").write_text(HOSTILE, "utf-8")
    site = build_site(project, project / "site")
    return site / "precedents" / "hostile-2020" / "index.html"


def test_letter_text_is_shown_verbatim(hostile_page: Path) -> None:
    page = read_page(hostile_page)
    assert page.clause_text["clause-1"] == (
        "<script>alert('letter')</script>\nRe: offering by <Name of Underwriter>\n"
    )
    assert page.clause_text["clause-2"] == (
        "# of shares to be sold: see below.\n3. The Shares\n* not a list item\n"
        "<!-- a comment -->\n&amp; is not an ampersand entity, and {: .x} is not an attribute "
        "list.\n"
    )
    assert page.clause_text["clause-3"] == "The Notes are    valid\tand binding obligations."
    assert page.clause_text["clause-4"] == "\n\n/s/ Evil Firm <evil@example.com>"


def test_nothing_from_the_record_can_run(hostile_page: Path) -> None:
    page = read_page(hostile_page)
    html = hostile_page.read_text("utf-8")
    for tag, attrs in page.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert not (attrs.get("href") or "").lower().startswith("javascript:"), (tag, attrs)
        assert tag not in ("img", "iframe", "object", "embed"), (tag, attrs)
        if tag == "script":
            assert attrs.get("src") is None or not attrs["src"].startswith("http")
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", html, flags=re.DOTALL)
    assert not [s for s in scripts if "alert" in s]


def test_record_values_are_escaped_in_title_and_header(hostile_page: Path) -> None:
    html = hostile_page.read_text("utf-8")
    title = re.search(r"<title>(.*?)</title>", html, flags=re.DOTALL)
    assert title is not None
    assert "<script>" not in title.group(1)
    assert "&lt;Name of Underwriter&gt;" in html
    assert "<b>Bold</b>" not in html
    assert "# of shares" in html  # the security description, not a heading


def test_markdown_in_notes_and_summaries_still_works(hostile_page: Path) -> None:
    html = hostile_page.read_text("utf-8")
    assert "<strong>bold</strong>" in html
    assert 'class="pb-note"' in html


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("3. The Shares", r"3\. The Shares"),
        ("12) The Notes", r"12\) The Notes"),
        ("# of shares", r"\# of shares"),
        ("- not a list", r"\- not a list"),
        ("> not a quote", "&gt; not a quote"),
        ("<Name of Underwriter>", "&lt;Name of Underwriter&gt;"),
        ("a | b [c](d) *e* _f_ `g` {h}", r"a \| b \[c\](d) \*e\* \_f\_ \`g\` \{h\}"),
        ("AT&T - 5.1 (Inc.) 3. no", "AT&amp;T - 5.1 (Inc.) 3. no"),
        ("firm\n\n!!! success\n    All clear", "firm !!! success     All clear"),
        ("a\r\nb\u2028c", "a b c"),
        ("!!! success", "&#33;!! success"),
        ("??? note", "&#63;?? note"),
        (": a definition", "&#58; a definition"),
    ],
)
def test_md_escape(raw: str, escaped: str) -> None:
    assert md_escape(raw) == escaped


def test_a_direction_control_in_a_letter_is_isolated_and_shown() -> None:
    """A right-to-left override reordered the words after it on the page, and a zero-width
    space showed nothing: each stays in the text (copying gives it back) in a span that CSS
    isolates and marks with its code point."""
    from precedent_bank.site.fragments import _verbatim

    html = _verbatim("Pay \u202e001$ <b>\u200b")
    assert html == (
        'Pay <span class="pb-invisible" data-code="U+202E" title="right-to-left override">'
        "\u202e</span>001$ &lt;b&gt;"
        '<span class="pb-invisible" data-code="U+200B" title="zero width space">\u200b</span>'
    )
    css = (ROOT / "docs" / "stylesheets" / "precedents.css").read_text("utf-8")
    assert ".pb-invisible { unicode-bidi: isolate; }" in css
