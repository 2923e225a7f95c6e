"""Page bodies from the package's Jinja templates.

Every template is autoescaped: record values reach Markdown pages as HTML entities plus
backslash escapes (the `md` filter), and reach HTML as entities, so neither Markdown nor a
browser can read letter text as markup.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

# The characters Python-Markdown lets a backslash escape (its ESCAPED_CHARS, plus `|` from the
# tables extension). Escaping any other character would leave a visible backslash.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>])")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")

SECURITY_LABELS = {
    "debt": "Debt securities",
    "equity": "Common stock",
    "preferred": "Preferred stock",
    "guarantee": "Guarantees",
    "warrant": "Warrants",
    "unit": "Units",
    "right": "Rights",
    "other": "Other securities",
}
DOCUMENT_LABELS = {
    "legality-opinion": "Legality opinion",
    "tax-opinion": "Tax opinion",
    "local-counsel-opinion": "Local counsel opinion",
    "other": "Other letter",
}


def md_escape(value: object) -> Markup:
    """Text for an inline Markdown context: HTML-escaped, then Markdown-escaped."""
    return Markup(_MD_SPECIAL.sub(r"\\\1", str(escape(value))))


def slugify(value: str) -> str:
    """An anchor for a browse group: "Debevoise & Plimpton LLP" -> "debevoise-plimpton-llp"."""
    return _SLUG_JUNK.sub("-", value.lower()).strip("-") or "none"


def long_date(value: dt.date | None) -> str:
    """12 March 2004, the way the letters' readers write dates."""
    return f"{value.day} {value:%B %Y}" if value else "Undated"


def relative(from_uri: str) -> Callable[[str], str]:
    """A function giving links from the page `from_uri` to other pages, by their docs path."""
    base = posixpath.dirname(from_uri)

    def link(to_uri: str) -> str:
        path, _, anchor = to_uri.partition("#")
        rel = posixpath.relpath(path, base or ".")
        return f"{rel}#{anchor}" if anchor else rel

    return link


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("precedent_bank"),
        undefined=StrictUndefined,
        autoescape=True,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        # attr_list's `{#anchor}` must reach Markdown, so template comments are `{## ... ##}`.
        comment_start_string="{##",
        comment_end_string="##}",
    )
    env.filters.update(md=md_escape, slug=slugify, long_date=long_date)
    env.globals.update(SECURITY_LABELS=SECURITY_LABELS, DOCUMENT_LABELS=DOCUMENT_LABELS)
    return env


def render(template: str, **context: Any) -> str:
    """Render one of the package's templates."""
    return environment().get_template(template).render(**context)
