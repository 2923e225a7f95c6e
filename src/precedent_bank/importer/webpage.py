"""HTML to the text a reader sees: paragraphs, line breaks and words, nothing else.

Block elements end a paragraph (a blank line), `<br>` and table rows end a line, runs of HTML
whitespace become one space (except inside `<pre>`), entities are decoded, and scripts,
styles, comments and the document head are dropped. EDGAR's `<PAGE>` markers end a paragraph.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

_BLOCKS = frozenset(
    """address article aside blockquote center dd div dl dt fieldset figcaption figure footer
    form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table ul page""".split()  # noqa: SIM905
)
_LINES = frozenset({"br", "tr"})
_CELLS = frozenset({"td", "th"})
_SKIP = frozenset({"script", "style", "head", "title", "noscript", "template"})
_HTML_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def html_text(source: str) -> str:
    """The text of an HTML document or fragment, in paragraphs."""
    source = _XML_DECLARATION.sub("", source)
    if not source.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(source)
    except (lxml.etree.ParserError, ValueError):
        return ""
    writer = _Writer()
    skipping = 0
    pre = 0
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _SKIP or not tag:  # comments and processing instructions have no str tag
                skipping += 1
                continue
            if skipping:
                continue
            pre += tag == "pre"
            writer.open(tag)
            if element.text:
                writer.text(element.text, pre > 0)
        else:
            if tag in _SKIP or not tag:
                skipping -= 1
            elif not skipping:
                writer.close(tag)
                pre -= tag == "pre"
            if not skipping and element.tail:
                writer.text(element.tail, pre > 0)
    return writer.result()


class _Writer:
    """Collects lines of text and the breaks between them; a paragraph break beats a line break."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.current: list[str] = []
        self.pending = 0  # break seen since the last text: 0 none, 1 line, 2 paragraph
        self.before_next = 0  # break to write before the next line

    def open(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.pending = 2
        elif tag in _CELLS and self.current:
            self.current.append(" ")

    def close(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.pending = 2
        elif tag in _LINES:
            self.pending = max(self.pending, 1)

    def text(self, text: str, pre: bool) -> None:
        lines = text.split("\n") if pre else [_HTML_SPACE.sub(" ", text)]
        for n, line in enumerate(lines):
            if n:
                self.pending = max(self.pending, 1)
            self._add(line, pre)

    def _add(self, text: str, pre: bool) -> None:
        if not text or (not pre and not text.strip() and not self.current):
            return
        if self.pending:
            self._flush()
            self.before_next = max(self.before_next, self.pending)
            self.pending = 0
            if not pre:
                text = text.lstrip(" ")
        self.current.append(text)

    def _flush(self) -> None:
        line = "".join(self.current).rstrip(" ")
        self.current = []
        if line.strip():
            if self.out:
                self.out.append("\n" * max(self.before_next, 1))
            self.out.append(line)
            self.before_next = 0

    def result(self) -> str:
        self._flush()
        return "".join(self.out)
