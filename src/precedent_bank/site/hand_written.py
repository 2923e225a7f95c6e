"""The HTML of hand-written pages (the glossary, the guides, the clause explanations, the home
page): only what Markdown writes.

The firm edits these pages as Markdown, and Markdown passes raw HTML through: a `<meta
http-equiv="refresh">` in the glossary would send every reader to another host, a `<form>` would
ask them for anything, a `<style>` or an unclosed `<div>` would hide what follows. So the page's
HTML is cleaned by ammonia (nh3) down to the elements and attributes that Markdown and the
site's extensions (admonitions, details, definition lists, footnotes, tables, tooltips, heading
links) write; scripts are dropped here, and refused by the Content-Security-Policy anyway.
A clause explanation and the home page are cleaned before the bank's examples, tables and
letters are put in; the pages made wholly from the site's templates are not cleaned again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import nh3

_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "dd", "del", "details", "div", "dl", "dt", "em",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "img", "ins", "kbd", "li", "ol", "p", "pre",
    "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
_ATTRIBUTES = {
    "*": {"id", "class", "title", "data-search-exclude"},  # the last: kept out of search
    "a": {"href"},
    "details": {"open"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start"},
    "td": {"align"},
    "th": {"align"},
}
_URL_SCHEMES = {"http", "https", "mailto"}


def clean_page(html: str) -> str:
    """A hand-written page's content with only Markdown's markup left: no script, style, form,
    frame or meta element, no event handler, no `javascript:` link. Comments stay: they are the
    placeholders (placeholders.py) where the bank's data goes when the page is finished."""
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        attribute_filter=_markdowns_own,
        strip_comments=False,
        link_rel=None,  # the Referrer-Policy covers links out
    )


def _markdowns_own(tag: str, attribute: str, value: str) -> str | None:
    """Only what Markdown itself would write: an image from the site only (the browser fetches
    it with the page, so one from another host would be a request out; a link is followed only
    when clicked, and may point anywhere); the classes of Markdown's extensions, not the
    theme's ("md-dialog--active" is a notice fixed over the page) nor the site's; no id the
    theme or the site's scripts look up ("__config" would replace Material's settings)."""
    if (
        tag == "img"
        and attribute == "src"
        and (value.startswith("//") or ":" in value.split("/")[0])
    ):
        return None
    if attribute == "class":
        kept = [c for c in value.split() if c in _CLASSES or _LANGUAGE.fullmatch(c)]
        return " ".join(kept) or None
    if attribute == "id" and value.startswith(_RESERVED_IDS) and value not in SITE_IDS:
        return None
    return value


_MARKDOWN_CLASSES = frozenset({
    "headerlink", "toclink", "admonition", "admonition-title", "footnote", "footnote-ref",
    "footnote-backref",
    # the kinds of admonition and details box Material styles
    "note", "abstract", "summary", "tldr", "info", "todo", "tip", "hint", "important",
    "success", "check", "done", "question", "help", "faq", "warning", "caution", "attention",
    "failure", "fail", "missing", "danger", "error", "bug", "example", "quote", "cite",
})  # fmt: skip
SITE_CLASSES = frozenset(
    {"pb-all-clauses", "pb-count", "pb-draft-mark", "pb-home", "pb-home-part", "pb-meta"}
)
SITE_IDS = frozenset(
    {"pb-in-the-bank", "pb-variants", "pb-elements", "pb-figures", "pb-rule-checks"}
)
"""The classes and ids of the bank's parts put into a page's Markdown before it is converted,
so cleaned with the page (clause_*.md.j2, overview.md.j2: a test checks the lists against them)."""
_CLASSES = _MARKDOWN_CLASSES | SITE_CLASSES
_LANGUAGE = re.compile(r"language-[\w+-]{1,30}")
"""A fenced code block's language ("language-yaml")."""
_RESERVED_IDS = ("_", "md-", "pb-")
"""The theme's ids ("__config", "__search", "__drawer"), and the site's ("pb-compare") but for
SITE_IDS."""


def inert_meta(meta: Mapping[str, Any], title: str | None) -> dict[str, Any]:
    """A page's front matter with every text made inert, the page's title among it.

    Material prints front-matter values into the page as they are: `subtitle` into the
    navigation every page shares, `title` into `<title>`, `description` into an attribute. And
    a title taken from the page's heading goes through `striptags`, which turns the heading's
    escaped "&lt;/title&gt;" back into a real tag. So each text becomes markup-free HTML with
    its quotes escaped (shown as written, closing no element and no attribute), and a heading's
    title is put into the front matter, where Material prints it as it is.

    Args:
        meta: The page's front matter (a hand-written page's, or a generated one's, whose
            title is escaped already: cleaning it again changes nothing).
        title: The title the page has from its heading or the navigation, None to leave it.
    """
    inert: dict[str, Any] = {}
    for key, value in meta.items():
        if isinstance(value, str):
            value = inert_text(value)
        elif isinstance(value, list):
            value = [inert_text(v) if isinstance(v, str) else v for v in value]
        inert[key] = value
    if title and "title" not in inert:
        inert["title"] = inert_text(title)
    return inert


def inert_text(html: str) -> str:
    """Text that shows as written wherever a template prints it: no element, no quote."""
    return nh3.clean(html, tags=set()).replace('"', "&#34;").replace("'", "&#39;")
