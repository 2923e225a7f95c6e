"""Stray text above a letter: lines that a filing agent's software or a web page left there.

Some copies carry, above the letter, lines that neither the firm nor EDGAR wrote: a filing
agent's navigation links ("QuickLinks", "Click here to rapidly navigate through this document",
"Back to Contents"), or the menu and caption of the web page the copy was saved from (a run of
menu items, "Filed: 6 Feb 19, 5:04pm", "Previous: ..., EX-5.1, ...", a title line naming the
company and the form right above the exhibit's caption, a filings site's header ending "This
Exhibit is an HTML Document rendered as filed"), or the registration statement's exhibit index
printed above the exhibit, or a filings site's list of the filing's files. The taxonomy types
such text `other` (stray conversion text); left in the heading, it would read as part of the
letterhead, and its dates and names as the letter's.

Only the top of a copy is searched, and only up to the first line that belongs to a letter (a
date, a salutation, an exhibit caption): a letter is never cut into.
"""

from __future__ import annotations

import re

_MARK = re.compile(
    r"(?im)^[ \t]*(?:QuickLinks\b|-*[ \t]*Click here to (?:rapidly )?navigate\b|"
    r"Back to (?:Contents|Index|Top)\b|Filed:[ \t]+\d{1,2}[ \t]+[A-Z][a-z]{2}[ \t]+\d{2,4}\b|"
    # a filings site's date of its copy ("Published on October 30, 2019"), not the letter's
    r"Published[ \t]+on[ \t]+[A-Z][a-z]+[ \t]+\d{1,2},?[ \t]+\d{4}[ \t]*$|"
    # ("Next: QUILLON FUEL CELLS INC, 8-A12G, 2000-11-22": the filing after it, of any form)
    r"(?:Previous|Next):[ \t][^\n]{0,120}?"
    r"(?:\bEX-\d|,[ \t]*[\w/-]{1,12},[ \t]*\d{4}-\d\d-\d\d[ \t]*$)|"
    # a filings site's page: its last line before the exhibit it shows
    r"This[ \t]+Exhibit[ \t]+is[ \t]+an[ \t]+HTML[ \t]+Document[ \t]+rendered[ \t]+as[ \t]+filed\b)"
    r"[^\n]{0,120}(?:\n|\Z)"
)
"""A line that only a filing agent's software or a web page writes: a short one, so that a copy
which lost its line breaks, the whole letter on the line of such a link, is not taken for it."""
_TITLE_OVER_CAPTION = re.compile(
    r"[^\n]{3,100}[ \t](?:S|F)-\d{1,2}(?:/A|ASR)?[ \t]*\n(?=[ \t]*(?:EXHIBIT|Exhibit)[ \t]+\d)"
)
"""A web page's title naming the company and the form ("Hollin Vale, Inc. S-4"), directly above
the exhibit's caption at the top of the copy."""
_LETTER_LINE = re.compile(
    r"(?im)^[ \t]*(?:EXHIBIT|Exhibit)[ \t]+\d|(?<!Published on )\b(?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December)[ \t]+\d{1,2},?[ \t]+\d{4}\b|"
    r"\b(?:Dear|Ladies|Gentlemen)\b"
)
"""A line that belongs to a letter: stray text is looked for only above the first of them."""
_SPEAKING = re.compile(r"\b(?:[Ww]e|I)\s+(?:have|are|am|hereby|consent|express)\b")
"""The firm speaking, in a line taken for stray ("we have", "I am")."""
REACH = 1500
"""How far from the top stray lines are looked for."""


_INDEX_PAGE = re.compile(
    r"[ \t]*EXHIBIT[ \t]+INDEX[ \t]*\n"
    r"(?:(?![^\n]*\b(?:Dear|Ladies|Gentlemen)\b)[^\n]{0,120}\n){1,40}?"
    r"[ \t]*-?[ \t]*\d{1,3}[ \t]*-?[ \t]*\n",
    re.IGNORECASE,
)
"""The registration statement's exhibit index, printed above the exhibit in a copy, to the page
number at its foot ("Exhibit Index / 5 Opinion of ... / 23.1 Consent of ... / -6-"); never past
a salutation."""


_ATTACHED_FILES = re.compile(
    r"[ \t]*Attached[ \t]+files[ \t]*\n(?:[ \t]*\n|[ \t]*file[ \t]+filename[ \t]*\n|"
    r"[^\n]{1,200}\.(?:htm|html|txt|pdf)[ \t]*\n){1,60}"
)
"""A filings site's list of the filing's files above the exhibit ("Attached files / file
filename / EX-5.1 - OPINION OF ... - Company.dex51.htm"), to the last of them."""


def stray_end(text: str, pos: int) -> int:
    """Where the stray text at `pos` (the top of the copy) ends; `pos` when there is none."""
    end = pos
    title = (
        _TITLE_OVER_CAPTION.match(text, pos)
        or _INDEX_PAGE.match(text, pos)
        or _ATTACHED_FILES.match(text, pos)
    )
    if title:
        end = title.end()
    for mark in _MARK.finditer(text, pos, min(len(text), pos + REACH)):
        if _LETTER_LINE.search(text, end, mark.start()):
            break
        end = mark.end()
    return end


def reads_as_letter(text: str) -> bool:
    """Whether text taken for stray has anything of a letter in it: an "Exhibit 5" line, a
    date, a salutation, or the firm speaking."""
    return bool(_LETTER_LINE.search(text) or _SPEAKING.search(text))
