"""Cleaning HTML made from record Markdown (notes, summaries) before it reaches a page.

Notes and summaries are Markdown, and Markdown lets raw HTML, `on*=` attributes (through
attr_list) and `javascript:` links through. Whoever fills in a record must not be able to put
script into the firm's intranet, so the HTML made from it passes through ammonia (nh3).
"""

from __future__ import annotations

from collections.abc import Callable

import nh3

_TAGS = {
    "a",
    "abbr",
    "aside",
    "b",
    "blockquote",
    "br",
    "code",
    "dd",
    "del",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
_ATTRIBUTES = {
    "*": {"class", "id", "title", "lang", "data-search-exclude"},
    "a": {"href"},
    "ol": {"start"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}


def sanitize_html(html: str, resolve_href: Callable[[str], str] | None = None) -> str:
    """Keep document markup; drop scripts, styles, event handlers and unsafe URLs.

    `resolve_href` rewrites each link's target (e.g. a docs page's .md path to its URL).
    """

    def attribute_filter(tag: str, attribute: str, value: str) -> str | None:
        if resolve_href is not None and tag == "a" and attribute == "href":
            return resolve_href(value)
        return value

    return str(
        nh3.clean(
            html,
            tags=_TAGS,
            attributes=_ATTRIBUTES,
            url_schemes={"http", "https", "mailto"},
            link_rel=None,
            strip_comments=True,
            attribute_filter=attribute_filter,
        )
    )
