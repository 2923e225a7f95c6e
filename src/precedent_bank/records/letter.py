"""The letter as a reader sees it: clauses with anchors, laid out in the letter's paragraphs.

Nothing here changes a character. A paragraph ends at every blank line of the letter and
before every clause that does not say `paragraph: same`. The line breaks between two
paragraphs form a "gap" that the page keeps, hidden, so that the page still holds every
character of every clause, in order.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Literal, Protocol

from precedent_bank.records.models import Clause

RESERVED_PREFIX = "pb-"
"""Element ids on a precedent page that are not clause anchors start with this."""
PROSE_LINE = 60
"""A paragraph with a line at least this long (stripped) is prose and may be reflowed."""

_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
_SPACE = " \t\n\r"


POSITIONAL = re.compile(r"^clause-[1-9][0-9]*$")
"""Anchors a clause gets from its place in the letter; explicit ids may not take this form."""


def text_digest(text: str) -> str:
    """What a letter's text is known by (SHA-256, hex): to tell the same letter under another
    name, and a record whose clauses no longer join to the letter it was imported from."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Anchorable(Protocol):
    """What anchors are made of: a clause's optional explicit id."""

    @property
    def id(self) -> str | None: ...


def clause_anchors(clauses: Sequence[Anchorable]) -> list[str]:
    """Each clause's anchor: its `id`, else its position ("clause-3" for the third clause).

    Never the type: correcting a clause's type must not break the links to it.
    """
    return [clause.id or f"clause-{n}" for n, clause in enumerate(clauses, start=1)]


@dataclass(frozen=True)
class Piece:
    """The part of one clause's text that falls in one paragraph, or in a gap."""

    index: int
    """Position of the clause in the record."""
    anchor: str
    text: str
    starts_clause: bool


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the letter, and the hidden line breaks that follow it."""

    pieces: tuple[Piece, ...]
    gap: tuple[Piece, ...]

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)

    @property
    def kind(self) -> Literal["prose", "lines"]:
        return paragraph_kind(self.text)

    @property
    def indented(self) -> bool:
        return self.text.startswith(("  ", "\t"))


def paragraph_kind(text: str) -> Literal["prose", "lines"]:
    """Prose may be reflowed on screen; short lines (addresses, signatures) may not, nor a list
    set out one item to a line ("- the genuineness of all signatures"), however long its
    items: with no punctuation, only the line breaks show where one ends."""
    lines = [line for line in text.strip("\n").split("\n") if line.strip()]
    longest = max(len(line.strip()) for line in lines)
    if longest < PROSE_LINE:
        return "lines"
    return "lines" if len(lines) >= 2 and all(map(_LIST_LINE.match, lines)) else "prose"


_LIST_LINE = re.compile(
    r"[ \t]*(?:[\u2022\u00b7\u25aa\u2023\u25e6*\u2013-]|\(?(?:[ivx]{1,5}|[a-z]|\d{1,2})[.)])"
    r"[ \t]+\S"
)
"""A line that is an item of a list: a bullet, or "(a)", "a)", "1.", "(iv)" before its words."""


def layout(clauses: Sequence[Clause]) -> list[Paragraph]:
    """Cut the letter into paragraphs of clause pieces, keeping every character once."""
    text = "".join(c.text for c in clauses)
    starts = [0, *accumulate(len(c.text) for c in clauses)]
    gaps = _gaps(text, clauses, starts)
    anchors = clause_anchors(clauses)
    cutter = _Cutter(text, starts, anchors)
    paragraphs = []
    previous_end = 0
    for i, (gap_start, gap_end) in enumerate(gaps):
        pieces = cutter.cut(previous_end, gap_start)
        gap = cutter.cut(gap_start, gap_end)
        if pieces or i == 0:
            paragraphs.append(Paragraph(pieces, gap))
        elif paragraphs:  # whitespace only between two gaps: fold into the previous gap
            last = paragraphs[-1]
            paragraphs[-1] = Paragraph(last.pieces, last.gap + pieces + gap)
        previous_end = gap_end
    return [p for p in paragraphs if p.pieces or p.gap]


def _gaps(text: str, clauses: Sequence[Clause], starts: list[int]) -> list[tuple[int, int]]:
    """Sorted, merged [start, end) ranges of paragraph breaks, ending with the end of text."""
    gaps = [(m.start(), m.end()) for m in _BLANK_LINES.finditer(text)]
    for i, clause in enumerate(clauses[1:], start=1):
        if clause.paragraph == "new":
            gaps.append(_break_at(text, starts[i]))
    lead = len(text) - len(text.lstrip(_SPACE))
    if "\n" in text[:lead]:
        gaps.append((0, text.rfind("\n", 0, lead) + 1))
    tail = len(text.rstrip(_SPACE))
    first_nl = text.find("\n", tail)
    gaps.append((first_nl if first_nl != -1 else len(text), len(text)))
    return _merge(sorted(gaps))


def _break_at(text: str, at: int) -> tuple[int, int]:
    """The line breaks around a clause boundary: from the first to just past the last."""
    left = at
    while left > 0 and text[left - 1] in _SPACE:
        left -= 1
    right = at
    while right < len(text) and text[right] in _SPACE:
        right += 1
    run = text[left:right]
    if "\n" not in run:
        return at, at
    return left + run.find("\n"), left + run.rfind("\n") + 1


def _merge(gaps: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in gaps:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class _Cutter:
    """Cuts a range of the letter into pieces of the clauses it overlaps."""

    def __init__(self, text: str, starts: list[int], anchors: list[str]) -> None:
        self.text = text
        self.starts = starts
        self.anchors = anchors

    def cut(self, start: int, end: int) -> tuple[Piece, ...]:
        pieces = []
        i = max(bisect_right(self.starts, start) - 1, 0)
        while i < len(self.anchors) and self.starts[i] < end:
            lo, hi = max(start, self.starts[i]), min(end, self.starts[i + 1])
            if lo < hi:
                starts_clause = lo == self.starts[i]
                pieces.append(Piece(i, self.anchors[i], self.text[lo:hi], starts_clause))
            i += 1
        return tuple(pieces)
