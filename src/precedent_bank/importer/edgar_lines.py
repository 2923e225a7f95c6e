"""EDGAR header lines and page markers: traces of the filing, typed as page furniture.

An exhibit taken from EDGAR keeps marks of the filing around the letter, none of them written by
the firm:

- the index line EDGAR sets above an exhibit: its type, sequence number and file name, then
  the description ("EX-5.1 4 file.htm OPINION OF ..."); the letter itself may start on the
  same line ("... OPINION OF X EXHIBIT 5 [LETTERHEAD] ..."), and in a copy that lost its line
  breaks the whole letter is that line: there the description ends with its run of capitals
  (EDGAR writes it in capitals, a letter's date and body are not);
- the tags of a submission's document header on lines of their own (`<DOCUMENT>`,
  `<TYPE>EX-5.1`, `<SEQUENCE>2`, `<FILENAME>file.htm`, `<DESCRIPTION>...`, `<TEXT>`, and the
  closing `</TEXT>`, `</DOCUMENT>`);
- the `<PAGE>` markers (optionally with a page number) that split a plain-text filing into
  pages.

The importer types all of them `page-furniture` (kept verbatim, like every character), and
bench/recognition.py uses the same spans to score gold labels written before that rule. Each
span is the line and the whitespace after it, up to the next visible character, since a unit
of a letter keeps the whitespace that follows it.
"""

from __future__ import annotations

import re

_INDEX_LINE = re.compile(
    # "EX-5.1", "EX-5.1.1" (a filing's third opinion), "EX-8(A)", "EX-99.(L)(3)" (an N-2's)
    r"EX-\d+[A-Z]?(?:\.\d+){0,3}(?:\.?\([A-Z0-9]{1,3}\)){0,3}"
    # a file's name after the sequence number; an older text filing's has none, only its
    # description in capitals ("EX-5 2 OPINION AND CONSENT OF ...")
    r"[ \t]+\d+[ \t]+(?:\S+\.(?:html?|txt|pdf)\b|(?-i:(?=[A-Z]{2,}[ \t,])))([^\n]*)",
    re.IGNORECASE,
)
_LONGEST_DESCRIPTION = 200
"""Past this many characters an index line has run into the letter (its line breaks lost)."""
_WORD = re.compile(r"\S+")
_TAG = r"(?:</?(?:DOCUMENT|TEXT|PAGE)>|<(?:TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[^<\n]*)"
_TAGS = rf"{_TAG}(?:[ \t]*{_TAG})*[ \t]*\d{{0,4}}[ \t]*(?=\n|\Z)"
TAG_LINE = re.compile(rf"(?im)^[ \t]*{_TAGS}")
"""A line holding only EDGAR tags (and a page number after `<PAGE>`)."""
_TAGS_HERE = re.compile(_TAGS, re.IGNORECASE)
_LETTER_START = re.compile(r"\s(?=(?:\d{1,3}\s+)?(?:EXHIBIT|Exhibit)\b(?!-))")
_CAPTION_ENDS_LINE = re.compile(
    r"(?:EXHIBIT|Exhibit)[ \t]+(\d{1,2}(?:\.\d{1,2})?[A-Z]?)(?:[ \t]*(?=\n)|[ \t]+"
    r"(?=(?:EXHIBIT|Exhibit)[ \t]+\1\b))"
)
"""An exhibit's caption that ends the index line ("EX-5.1 3 d1.htm EXHIBIT 5.1"), or that the
letter's own caption repeats ("... EXHIBIT 5.1 Exhibit 5.1 March 3, 2015"): EDGAR's
description; the letter starts after it."""
_LETTER_ON_LINE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)[ \t]+\d|\b(?:Dear|Ladies|Gentlemen)\b",
    re.IGNORECASE,
)
"""A date or a salutation: the letter has begun on the index line."""
_BLANK = " \t\r\n"


def header_end(text: str) -> int:
    """Where the EDGAR header lines at the top of a letter end (0 when it has none)."""
    pos = 0
    while True:
        start = _skip_blank(text, pos)
        tag = _TAGS_HERE.match(text, start)
        index = None if tag else _INDEX_LINE.match(text, start)
        if tag:
            end = tag.end()
        elif index:
            limit = _description_end(text, index)
            found = _LETTER_START.search(text, start + 12, limit)
            alone = found and _CAPTION_ENDS_LINE.match(text, found.start() + 1)
            if alone:
                end = alone.end()
            elif _line_of_its_own(text, index, limit):
                end = limit
            else:
                end = found.start() + 1 if found else limit
        else:
            return pos
        pos = _skip_blank(text, end)


def spans(text: str) -> list[tuple[int, int]]:
    """Every EDGAR header line and page marker of `text`, as (start, end), in order."""
    found: list[tuple[int, int]] = []
    top = header_end(text)
    if top:
        found.append((0, top))
    for m in TAG_LINE.finditer(text, top):
        start = m.start()
        if found and start <= found[-1][1]:
            found[-1] = (found[-1][0], _skip_blank(text, m.end()))
        else:
            found.append((start, _skip_blank(text, m.end())))
    return found


def _line_of_its_own(text: str, index: re.Match[str], limit: int) -> bool:
    """Whether an index line ends before the letter starts: a short line with no date or
    salutation on it is EDGAR's whole, whatever its description holds ("EX-5.1 2 d1.htm
    EXHIBIT 5.1 OPINION", "... EXHIBIT 5.1 d1.htm")."""
    return (
        limit == index.end()
        and text.startswith("\n", limit)
        and not _LETTER_ON_LINE.search(text, index.start(1), limit)
    )


def _description_end(text: str, index: re.Match[str]) -> int:
    """Where an index line's description ends: the end of the line, or, on a line too long to
    be only that, before the first word with a small letter."""
    if index.end() - index.start(1) <= _LONGEST_DESCRIPTION:
        return index.end()
    for word in _WORD.finditer(text, index.start(1), index.end()):
        if any(ch.islower() for ch in word.group()):
            return word.start()
    return index.end()


def _skip_blank(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _BLANK:
        pos += 1
    return pos
