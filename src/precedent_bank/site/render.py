"""Page bodies from the package's Jinja templates.

Every template is autoescaped: record values reach Markdown pages as HTML entities plus
backslash escapes (the `md` filter), and reach HTML as entities, so neither Markdown nor a
browser can read letter text as markup.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from precedent_bank.errors import PrecedentError
from precedent_bank.names import slugify
from precedent_bank.taxonomy import load_taxonomy

# Characters that make Markdown anywhere in a line (emphasis, code, links, tables, attr_list).
# Only these are backslash-escaped: every escape costs Python-Markdown an inline placeholder,
# and escaping a character outside its ESCAPED_CHARS would leave a visible backslash.
_MD_INLINE = re.compile(r"([\\`*_{}\[\]|])")
# Characters that make Markdown only at the start of a line: headings, quotes, lists.
_MD_LINE_START = re.compile(r"^(\s*)(?:([#+-])|(\d+)([.)]))")


# Every line break Python's splitlines() knows: each would start a line of Markdown of its own.
_LINE_BREAKS = re.compile(r"[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
# Where a line starts, "!!!" opens an admonition, "???" a details box and ":" a definition:
# written as character references, they are only the characters.
_BLOCK_START = re.compile(r"^[!?:]")


def md_escape(value: object) -> Markup:
    """Text for a Markdown context: HTML-escaped, then Markdown-escaped where it would matter.

    Every such context is inline (a heading, a list item, a table cell, a link), so the value's
    line breaks become spaces: a line of its own could open a block (an admonition saying all
    is well, an indented code block) and hide what follows it on the page."""
    flat = _LINE_BREAKS.sub(" ", str(value)).strip()
    text = _MD_INLINE.sub(r"\\\1", str(escape(flat)))
    text = _MD_LINE_START.sub(_escape_line_start, text)
    return Markup(_BLOCK_START.sub(lambda m: f"&#{ord(m.group())};", text))


def _escape_line_start(match: re.Match[str]) -> str:
    space, mark, number, dot = match.groups()
    return f"{space}\\{mark}" if mark else f"{space}{number}\\{dot}"


def long_date(value: dt.date | None) -> str:
    """12 March 2004, the way the letters' readers write dates."""
    return f"{value.day} {value:%B %Y}" if value else "Undated"


def relative(from_uri: str) -> Callable[[str], str]:
    """Links between Markdown pages, by docs path: MkDocs turns them into URLs and checks them."""
    base = posixpath.dirname(from_uri)

    def link(to_uri: str) -> str:
        path, _, anchor = to_uri.partition("#")
        rel = posixpath.relpath(path, base or ".")
        return f"{rel}#{anchor}" if anchor else rel

    return link


def linker(page_url: str, urls: Mapping[str, str]) -> Callable[[str], str]:
    """Links in HTML we put into a page: the URL of a docs page relative to `page_url`.

    `urls` maps docs paths ("clauses/heading.md") to URLs from the site root
    ("clauses/heading/", or "clauses/heading.html" in the offline build).
    """
    up = "../" * page_url.count("/")

    def url(target: str) -> str:
        path, _, anchor = target.partition("#")
        if path not in urls:
            raise PrecedentError(f"{page_url or 'home page'}: no page {path} to link to")
        return (up + urls[path] or "./") + (f"#{anchor}" if anchor else "")

    return url


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("precedent_bank.site"),
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
    taxonomy = load_taxonomy()
    env.globals.update(SECURITY_LABELS=taxonomy.securities, DOCUMENT_LABELS=taxonomy.documents)
    return env


def render(template: str, **context: Any) -> str:
    """Render one of the package's templates."""
    return environment().get_template(template).render(**context)
