"""The spans that carry a letter's text on its page.

They are built here rather than in letter.html.j2 because a letter has hundreds of them and
Jinja (or Markup.format) costs several times as much per span; each is a one-line fragment.
Every value goes through html.escape (quotes included), which escapes what the autoescaping
template would, at a quarter of markupsafe's cost per call.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

from precedent_bank.records.letter import Paragraph, Piece, paragraph_kind
from precedent_bank.records.yamlio import INVISIBLE
from precedent_bank.site.glossary_terms import GlossaryTerms


@dataclass(frozen=True)
class ClauseLabel:
    """The label of one clause on its letter's page."""

    name: str
    family: str
    href: str
    summary: str
    review: str | None
    """Why the type awaits a person's review, if it does."""


@dataclass(frozen=True)
class ParagraphView:
    """What letter.html.j2 shows of one paragraph."""

    kind: str
    indented: bool
    html: Markup


def paragraph_views(
    paragraphs: list[Paragraph],
    labels: list[ClauseLabel],
    notes: Mapping[str, Markup],
    marks: Mapping[str, Markup] | None = None,
    terms: GlossaryTerms | None = None,
) -> list[ParagraphView]:
    """The letter's paragraphs ready for the template; `notes` is clean note HTML by anchor,
    `marks` the site's own HTML to show beside a clause (its rule-check findings), `terms` the
    glossary terms to mark in the text.

    A clause's note goes right after the clause's last piece, inside the paragraph: on a phone
    it then reads directly after its clause, before the next one, and on a wide screen the
    page's script lifts it into the margin level with the clause's first line.
    """
    last = {
        piece.anchor: (i, j)
        for i, para in enumerate(paragraphs)
        for j, piece in enumerate(para.pieces)
    }
    marks = marks or {}
    views = []
    for i, para in enumerate(paragraphs):
        after = {
            j: _note(p.anchor, labels[p.index].name, notes.get(p.anchor), marks.get(p.anchor))
            for j, p in enumerate(para.pieces)
            if (p.anchor in notes or p.anchor in marks) and last[p.anchor] == (i, j)
        }
        html = paragraph_html(para, labels, after, terms)
        views.append(ParagraphView(para.kind, para.indented, html))
    return views


def paragraph_html(
    para: Paragraph,
    labels: list[ClauseLabel],
    after: Mapping[int, str] | None = None,
    terms: GlossaryTerms | None = None,
) -> Markup:
    """One paragraph, verbatim: each clause piece in its span (followed by a clause's note
    where `after` has one for the piece's position), then the hidden line breaks; `terms` are
    the glossary terms to mark in the text."""
    after = after or {}
    pieces = [
        _piece(piece, labels[piece.index], terms) + after.get(j, "")
        for j, piece in enumerate(para.pieces)
    ]
    gaps = [_gap(gap) for gap in para.gap]
    return Markup("".join(pieces + gaps))


def _note(anchor: str, name: str, note: Markup | None, mark: Markup | None = None) -> str:
    """A clause's note (and the site's marks, before it); its heading links back to the clause."""
    ref = f'<a class="pb-note-ref" href="#{escape(anchor)}">{escape(name)}</a>'
    # record Markdown alone goes in pb-note-text: nothing else in it
    text = f'<div class="pb-note-text">{note}</div>' if note else ""
    return f'<aside class="pb-note" data-for="{escape(anchor)}">{ref}{mark or ""}{text}</aside>'


def _piece(piece: Piece, label: ClauseLabel, terms: GlossaryTerms | None = None) -> str:
    anchor = escape(piece.anchor)
    review = " pb-review" if label.review else ""
    start = f' id="{anchor}"' if piece.starts_clause else ""
    marks = _label(label, anchor) if piece.starts_clause else ""
    html = terms.mark(piece.text, _verbatim) if terms else _verbatim(piece.text)
    text = f'<span class="pb-text">{html}</span>'
    family = escape(label.family)
    opening = f'<span class="pb-clause pb-fam-{family}{review}" data-clause="{anchor}"{start}>'
    return f"{opening}{marks}{text}</span>"


def _verbatim(text: str) -> str:
    """Escaped text whose lone carriage returns survive the page, and whose invisible
    characters show.

    A browser reads a raw CR in HTML as a line feed, so copying would give back "\\n"; a
    character reference stays a CR in the page's text, and CSS shows it as a line break. A
    direction control (a right-to-left override) would reorder the words after it on screen,
    and a zero-width space shows nothing: each stays in the text, in a span that isolates it
    (CSS) and shows its code point before it, which copying leaves out.
    """
    html = str(escape(text)).replace("\r", '<span class="pb-cr">&#13;</span>')
    return INVISIBLE.sub(_marked, html)


def _marked(match: re.Match[str]) -> str:
    char = match.group()
    attributes = "".join(f' {k}="{v}"' for k, v in invisible_mark(char).items())
    return f"<span{attributes}>{char}</span>"


INVISIBLE_CLASS = "pb-invisible"
"""The class of the span around a direction control or zero-width character (precedents.css)."""


def invisible_mark(char: str) -> dict[str, str]:
    """The attributes of the span that isolates and shows an invisible character, in a letter
    and in a note alike: its class, its code point and its name."""
    return {
        "class": INVISIBLE_CLASS,
        "data-code": f"U+{ord(char):04X}",
        "title": unicodedata.name(char, "").lower(),
    }


def _label(label: ClauseLabel, anchor: str) -> str:
    """The chip naming the clause type, linked to its explanation, and the clause's permalink
    (the script adds the copy button). None of it is part of the clause's text."""
    link = (
        f'<a href="{escape(label.href)}" title="{escape(label.summary)}">{escape(label.name)}</a>'
    )
    review = ""
    if label.review:
        review = f'<span class="pb-review-mark" title="{escape(label.review)}">needs review</span>'
    permalink = (
        f'<a class="pb-permalink" href="#{anchor}" title="Link to this clause"'
        f' aria-label="Link to this clause">#</a>'
    )
    return f'<span class="pb-label">{link}{review}{permalink}</span>'


def _gap(gap: Piece) -> str:
    anchor = escape(gap.anchor)
    return f'<span class="pb-gap" data-clause="{anchor}" hidden>{_verbatim(gap.text)}</span>'


PREVIEW = 240
"""Characters of a long clause shown on its type's page before "Show all"."""
LONG = 320
"""Clauses longer than this are shortened on their type's page."""


def example_html(href: str, title: str, meta: str, text: str) -> Markup:
    """One clause quoted on its type's page: where it is from, then its text, verbatim."""
    text = text.strip()
    kind = paragraph_kind(text)
    link = f'<a href="{escape(href)}">{escape(title)}</a>'
    head = f'<p class="pb-example-title">{link} · {escape(meta)}</p>'
    full = f'<div class="pb-quote-full">{escape(text)}</div>'
    if len(text) > LONG:
        short = f'<span class="pb-quote-short">{escape(shorten(text, PREVIEW))}</span>'
        quote = (
            f'<details class="pb-quote pb-quote-{kind}"><summary>{short}</summary>{full}</details>'
        )
    else:
        quote = f'<div class="pb-quote pb-quote-{kind}">{full}</div>'
    return Markup(f'<div class="pb-example">{head}{quote}</div>')


def shorten(text: str, limit: int) -> str:
    """The start of a long text, cut at a word, for a preview (the full text follows it)."""
    cut = text[:limit].rsplit(None, 1)[0] if len(text) > limit else text
    return " ".join(cut.split()) + " …"
