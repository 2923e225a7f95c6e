"""Word-level redlines: two texts as words and punctuation marks, and what changed between them.

Whitespace is not a word: a redline reflows the text (the letter itself, verbatim, is on its own
page). Every other character belongs to exactly one token, so a redline with no changes means
the two texts have the same words in the same order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

# A word (letters and digits, joined by an apostrophe or hyphen), a deal specific set aside by
# specifics.py (its kind between two private-use characters), or any other single character.
# compare.js tokenises with the same pattern, so the browser's redlines match these.
TOKEN = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*|\ue000[a-z]+\ue001|[^\s]")

Op = Literal["equal", "delete", "insert"]


@dataclass(frozen=True)
class Token:
    """One word or mark, whether whitespace followed it, and the form it is compared in."""

    text: str
    space_after: bool
    key: str


@dataclass(frozen=True)
class Segment:
    """A run of tokens that are the same in both texts, only in the first, or only in the second."""

    op: Op
    tokens: tuple[Token, ...]


def tokenize(text: str) -> list[Token]:
    """The words and marks of `text`, in order; case is ignored when they are compared."""
    found = list(TOKEN.finditer(text))
    return [
        Token(m.group(), m.end() < len(text) and text[m.end()].isspace(), m.group().casefold())
        for m in found
    ]


def redline(old: list[Token], new: list[Token]) -> list[Segment]:
    """What changed from `old` to `new`, word by word: a replacement is a deletion then an
    insertion, so every word of both texts appears exactly once."""
    matcher = SequenceMatcher(None, [t.key for t in old], [t.key for t in new], autojunk=False)
    segments: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            segments.append(Segment("equal", tuple(new[j1:j2])))
            continue
        if i2 > i1:
            segments.append(Segment("delete", tuple(old[i1:i2])))
        if j2 > j1:
            segments.append(Segment("insert", tuple(new[j1:j2])))
    return segments


def changed(segments: list[Segment]) -> int:
    """How many words a redline deletes or inserts."""
    return sum(len(s.tokens) for s in segments if s.op != "equal")
