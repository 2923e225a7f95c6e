"""Record Markdown (a note, a summary) made into HTML on its own, never as part of a page.

Whoever fills in a record writes Markdown, and that Markdown must not reach the page it lands
on: Material reads its configuration from the first element with `id="__config"`, loads code
for `pre.mermaid`, and an unclosed `<style>` or `<div>` would swallow the warnings after it. So
each field is converted by its own Python-Markdown with extensions that cannot set attributes
(no attr_list, md_in_html or footnotes), raw HTML is shown as the text it is (a placeholder
such as `<Name of Underwriter>` stays visible), and ammonia (nh3) then keeps only plain
document markup: no `id`, `class`, `style` or `data-*` attribute (but on the spans this module
itself puts around a direction control, `_Invisible`), links only to the site or to http(s) and
mailto addresses. ammonia's output is always balanced, so a field can only ever hold its own
text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from xml.etree import ElementTree as etree

import markdown
import nh3
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

from precedent_bank.records.yamlio import INVISIBLE
from precedent_bank.site.fragments import INVISIBLE_CLASS, invisible_mark

Link = Callable[[str], str]
"""Turns a relative link written in a record (e.g. "../clauses/consent.md") into its URL."""

_TAGS = {
    "a",
    "abbr",
    "blockquote",
    "br",
    "code",
    "del",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "span",
    "strong",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
}
_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start"},
    "td": {"align"},
    "th": {"align"},
    "span": {"data-code", "title"},  # only the marks of invisible characters (_Invisible)
}
_CLASSES = {"span": {INVISIBLE_CLASS}}
_URL_SCHEMES = {"http", "https", "mailto"}


class RecordMarkdown:
    """Converts record Markdown fields to safe HTML; one instance serves a whole build."""

    def __init__(self, glossary: Mapping[str, str] | None = None) -> None:
        """Set up the converter.

        Args:
            glossary: terms and their definitions, shown as tooltips (`<abbr title>`) wherever
                a field uses a term, as on the hand-written pages.
        """
        self._md = markdown.Markdown(
            extensions=["abbr", "sane_lists", "tables"],
            extension_configs={
                "abbr": {"glossary": dict(glossary or {})},
                "tables": {"use_align_attribute": True},  # an attribute, not style="..."
            },
            output_format="html",
        )
        # Raw HTML, block and inline, stays text: the serializer escapes its "<".
        self._md.preprocessors.deregister("html_block")
        self._md.inlinePatterns.deregister("html")
        # An image would be fetched by every reader (and ammonia would drop it silently):
        # "![alt](url)" shows as "!" and a link to the url instead.
        self._md.inlinePatterns.deregister("image_link")
        self._md.inlinePatterns.deregister("image_reference")
        self._links = _Links(self._md)
        self._md.treeprocessors.register(self._links, "pb-links", 0)  # after inline markup
        self._md.treeprocessors.register(_Invisible(self._md), "pb-invisible", -1)

    def render(self, text: str, link: Link | None = None) -> Markup:
        """One field as HTML that holds only its own text and plain markup.

        Args:
            text: the field's Markdown, as written in the record.
            link: maps relative link targets (not "#anchor" ones) to URLs; without it they are
                kept as written. Its errors (a link to no page) propagate.

        Returns:
            Balanced HTML with no id, class, style or data attribute and no outside resource.
        """
        self._md.reset()  # forget abbreviations the previous field defined
        self._links.link = link
        html = self._md.convert(text)
        return Markup(
            nh3.clean(
                html,
                tags=_TAGS,
                attributes=_ATTRIBUTES,
                allowed_classes=_CLASSES,
                url_schemes=_URL_SCHEMES,
                strip_comments=True,
                link_rel=None,  # no target=_blank to guard; the Referrer-Policy covers the rest
            )
        )


class _Links(Treeprocessor):
    """Resolves links to other pages of the site, as MkDocs does for a page's own links."""

    link: Link | None = None

    def run(self, root: etree.Element) -> None:
        if self.link is None:
            return
        for a in root.iter("a"):
            href = a.get("href", "")
            if _is_relative(href):
                a.set("href", self.link(href))


class _Invisible(Treeprocessor):
    """A direction control or zero-width character in a note or summary, marked as in a letter
    (site/fragments.py): isolated, so a right-to-left override cannot reorder what follows, and
    shown by its code point. Raw HTML is text in a record's Markdown, so these spans are the
    only ones ammonia lets through."""

    def run(self, root: etree.Element) -> None:
        for parent in list(root.iter()):  # the marks made here are not walked again
            if parent.text and INVISIBLE.search(parent.text):
                parent.text, marks = _split(parent.text)
                for i, mark in enumerate(marks):
                    parent.insert(i, mark)
            placed = 0  # marks put in after children so far: where the next child now is
            for i, child in enumerate(list(parent)):
                if child.tail and INVISIBLE.search(child.tail):
                    child.tail, marks = _split(child.tail)
                    for j, mark in enumerate(marks):
                        parent.insert(i + placed + 1 + j, mark)
                    placed += len(marks)


def _split(text: str) -> tuple[str, list[etree.Element]]:
    """The text before the first invisible character, and a marked span for each of them with
    the text after it as its tail."""
    pieces = INVISIBLE.split(text)
    chars = INVISIBLE.findall(text)
    marks = []
    for char, after in zip(chars, pieces[1:], strict=True):
        mark = etree.Element("span", invisible_mark(char))
        mark.text = char
        mark.tail = after
        marks.append(mark)
    return pieces[0], marks


def _is_relative(href: str) -> bool:
    """A link to another page of the site, written as a path ("../clauses/consent.md#x")."""
    return bool(href) and not href.startswith(("#", "/")) and ":" not in href.split("/")[0]
