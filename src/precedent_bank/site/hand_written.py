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
        attribute_filter=_own_images,
        strip_comments=False,
        link_rel=None,  # the Referrer-Policy covers links out
    )


def _own_images(tag: str, attribute: str, value: str) -> str | None:
    """An image from the site itself only: the browser fetches an image with the page, so one
    from another host would be a request out (the CSP refuses it too); a link is followed only
    when clicked, and may point anywhere."""
    if (
        tag == "img"
        and attribute == "src"
        and (value.startswith("//") or ":" in value.split("/")[0])
    ):
        return None
    return value
