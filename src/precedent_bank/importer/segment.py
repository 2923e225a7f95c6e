"""Cutting a letter into units: the pieces that are classified one by one.

A unit is a sentence, an enumerated item inside a sentence ("(2) general principles of
equity"), or the part of a sentence where its function changes ("except as limited by
bankruptcy ..."). The letter's frame is found first: EDGAR header lines and page markers
(page furniture: see edgar_lines.py), stray text a web page or filing agent left above the
letter (see stray.py), the heading up to the salutation, the signature from the
complimentary close, and page furniture.
Units never overlap and together cover the whole text, each with the whitespace after it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from precedent_bank.importer.cues import FOLLOWING_ASSUMPTIONS, STRONG_CUE, cue_scores
from precedent_bank.importer.edgar_lines import TAG_LINE, header_end
from precedent_bank.importer.stray import stray_end

Zone = Literal["heading", "body", "signature", "page-furniture", "other"]


@dataclass(frozen=True)
class Unit:
    """A span of the letter [start, end) and the part of the letter it is in."""

    start: int
    end: int
    zone: Zone
    text: str
    frame: str = ""
    """Which part of the letter's frame it is, when its zone alone does not say ("edgar")."""


_SALUTATION = re.compile(
    r"(?:Ladies\s+and\s+Gentlemen|Gentlemen(?:\s+and\s+Ladies)?|Dear\s+(?:Sir(?:\s+or|\s*/|,)\s*Madam|"
    r"Sirs?(?:\s*/\s*Mesdames)?|Madam|Mesdames|(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w'-]+|"
    # a title or a board ("Dear Minister:", "Dear Board Members,"), with its colon or comma
    r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?=[ \t]*[:,]))|To\s+Whom\s+It\s+May\s+Concern|"
    r"To\s+the\s+(?:Board|Addressees?|Trustees?)[^:\n]{0,60}|"
    r"(?:Members|Directors|Trustees)\s+of\s+the\s+Boards?(?:\s+of\s+[A-Z][\w ]{0,30})?|"
    r"To\s+Whom\s+(?i:it\s+may\s+concern))"
    r"[ \t]*[:,]?[ \t]*(?=\n|\s+[A-Z(\d])"
)
_RE_LINE = re.compile(r"[\s|]*(?:Re|RE)\s*:")
CLOSING = re.compile(
    r"(?:Very\s+truly\s+yours|Yours\s+(?:very\s+)?truly|Sincerely(?:\s+yours)?|Yours\s+faithfully|"
    r"Faithfully\s+yours|Respectfully(?:\s+submitted)?|Yours\s+sincerely|Kind\s+regards|"
    r"Cordially(?:\s+yours)?)\s*,?",
    re.IGNORECASE,
)
_CLOSING_WORDS = ("yours", "sincerely", "respectfully", "regards", "cordially")
_SIGNED = re.compile(r"(?m)(?:^|(?<=[.;] ))[ \t|]*(?:By:?[ \t]*)?/s/")
"""A signed line: "/s/" opening a line, or after a sentence on the same line (a letter whose
line breaks were lost: "... as an exhibit. /s/ Arlow & Benning LLP")."""
_BODY_OPENING = re.compile(
    r"(?:We|I)\s+(?:have|are|am|hereby|refer|advise|act|acted)\b|This\s+(?:opinion|letter|firm)\b|"
    r"Reference\s+is\s+made|At\s+your\s+request|You\s+have\s+(?:requested|asked)|As\s+(?:special\s+)?"
    r"counsel|In\s+connection\s+with|We\s+understand",
)
_PAGE_NO = r"(?:\d{1,3}|(?i:two|three|four|five|six|seven|eight|nine|ten)\b)"
"""A page's number, in figures or, as some older letters print it, in words ("Page Two")."""
# Page furniture inside the letter: page markers and numbers on their own line, "Page 2" runs
# (with the repeated addressee and date before them).
_FURNITURE_LINE = re.compile(
    r"(?m)^[ \t]*(?:</?(?:PAGE|TEXT|DOCUMENT)>(?:[ \t]*\d+)?|(?:-[ \t]*)?\d{1,3}(?:[ \t]*-)?|"
    rf"Page[ \t]+(?:-[ \t]*)?{_PAGE_NO}(?:[ \t]*-)?"
    r"(?:[ \t]+of[ \t]+\d{1,3}|[ \t]*/[ \t]*\d{1,3})?|"
    r"\[?LOGO\]?)[ \t]*$\n*"
    # a rule drawn under it, across the page ("- 2 -" / "--------")
    r"(?:[ \t]*[-_=]{10,}[ \t]*(?:\n+|$))?"
)
_ABBREV_END = r"(?:Inc|Corp|Co|Ltd|L\.?L\.?C|N\.A|S\.A|plc|P\.C|L\.?P)\."
"""A company's abbreviated form, whose full stop ends no sentence."""
# The date of a running head, on its own line just below the page number ("Page 2" / "March
# 3, 2011"); and a footer line of the firm's office (street | city | telephone | web address).
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_HEAD_DATE_BELOW = re.compile(
    # (the addressee's name may come first: "Page 2 of 3" / "AquaPure Dynamics, Inc." /
    # "February 12, 2001")
    # (or the day first, as English and offshore letters date: "22 September 2016")
    # (or beside the date, set apart by wide spaces: "Tremont Holdings, Inc. et al.      April 1,
    # 2008")
    rf"(?:[ \t]*[A-Z](?:{_ABBREV_END}|[^.;:\n]){{0,80}}\n)?"
    rf"[ \t]*(?:[A-Z](?:{_ABBREV_END}|\bet al\.|[^.;:\n]){{0,80}}?[ \t]{{3,}})?"
    rf"(?:{_MONTH}\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})[ \t]*\n\s*\n"
)
_PAGE_OF_LINE = re.compile(
    r"(?m)^[^\n.;]{0,80}[|\u2022\u00b7][ \t]*Page[ \t]+\d{1,3}[ \t]+of[ \t]+\d{1,3}[ \t]*$\n*"
)
"""A running footer or header in one line, its fields set apart by bars ("Wiltzius Reuland | 14
September 2022 | Page 2 of 4"). (A plain run of characters, then one bar: no nested repeats, which
took minutes on lines of wide spaces.)"""
# A field is words with at most two blanks between them, so that a run of blanks is either
# inside a field or a separator, never both: a field that could take blanks on either side
# left the matcher trying every way to split a long run of them (seconds for forty spaces).
_FIELD = r"[^ \t\n|\u2022\u00b7]+(?:[ \t]{1,2}[^ \t\n|\u2022\u00b7]+)*"
_FIELD_GAP = r"[ \t]*[|\u2022\u00b7][ \t]*|[ \t]{3,}"
_FOOTER_LINE = re.compile(
    # first that the line has a gap between fields at all: reading every long paragraph for
    # an address or a web address was 2% of an import's time
    r"(?m)^(?=[^\n]*[|\u2022\u00b7]|[^\n]*\S[ \t]{3})"
    r"(?=[^\n]*(?:\b\d{5}\b|\b\d{3}[.-]\d{3}[.-]\d{4}\b|\bwww\.|\bsuite\b|\bstreet\b|"
    # (or the firm's web address: "Harlow Vance LLP | New York | Miami | harlowvance.com")
    r"\w\.(?:com|law|net|org)\b))"
    rf"[ \t]*{_FIELD}(?:(?:{_FIELD_GAP}){_FIELD}){{2,}}[ \t]*$\n*",
    re.IGNORECASE,
)
_PAGE_MARK = re.compile(rf"\bPage\s+{_PAGE_NO}\b\s*")
_PAGE_RUN_LEAD = re.compile(
    # the addressee's name may hold an abbreviation's full stop ("SouthBanc Shares, Inc.")
    rf"(?:\b\d{{1,3}}\s+)?(?:[A-Z](?:{_ABBREV_END}|[^.;:\n]){{0,80}}?\s+)?"
    rf"{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\s+$"
)

_DASH_PAGE = re.compile(
    rf"(?<=[ \t])-[ \t]?\d{{1,3}}[ \t]?-[ \t]+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}[ \t]*\n?"
)
"""A running head inside a line a copy ran together: "-2-" and the date after it ("Quillon
Corp. -2- March 12, 2002 Based upon the foregoing ...")."""
_HEAD_NAME = re.compile(rf"(?:[A-Z](?:{_ABBREV_END}|[^.;:\n]){{0,80}}?[ \t]+)?$")
"""The addressee's name before such a page number, back to the start of its line at most."""

# --- sentences ------------------------------------------------------------------------------

_MONTH_ABBREVIATIONS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
"""A month's short name before a day ("Sept. 3, 2021"): no sentence ends at its stop."""
_ABBREVIATIONS = {
    "inc",
    "corp",
    "co",
    "ltd",
    "no",
    "nos",
    "mr",
    "ms",
    "mrs",
    "dr",
    "st",
    "esq",
    "jr",
    "sr",
    "v",
    "vs",
    "viz",
    "al",
    "sec",
    "secs",
    "reg",
    "regs",
    "rev",
    "stat",
    "del",
    "cal",
    "mass",
    "ill",
    "md",
    "pa",
    "va",
    "fla",
    "tex",
    "ariz",
    "colo",
    "conn",
    "ga",
    "minn",
    "wash",
    "wis",
    # the other states' abbreviations as statutes are cited ("La. R.S. 12:1301"), but those
    # that are words ("Me.", "Or.", "Mo.")
    "la",
    "ala",
    "ark",
    "ind",
    "kan",
    "ky",
    "mich",
    "miss",
    "mont",
    "neb",
    "nev",
    "okla",
    "ore",
    "tenn",
    "vt",
    "wyo",
    "art",
    "para",
    "ch",
    "cf",
    "etc",
    "seq",  # "12 Del. C. Section 3801 et seq. (the "Act")"
    "approx",
    "dept",
    "corps",
    "bros",
    "assn",
    "int'l",
    "messrs",
    "n.a",
    "u.s",
    "l.l.c",
    "l.l.p",
    "p.c",
    "p.a",
    "n.y",
    "e.g",
    "i.e",
    "s.a",
    "n.v",
    "b.v",
    "u.s.a",
    "plc",
    "p.l.c",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "ave",
    "blvd",
    "rd",
    "fl",
    "ste",
}
_BOUNDARY = re.compile(r"[.!?;:][\"'\u201d\u2019)\]]*(?=\s+)")
_NEXT_START = re.compile(
    r"\s+(?=[A-Z0-9(\"\u201c\u2018'\[]|[a-z]\)|\d|"
    # (a cell's bar may stand alone on the line between two paragraphs: ".\n|\nIn connection")
    r"\|[ \t]*\n?[ \t]*(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s*\|[ \t]*)?[A-Z][a-z])"
)
"""What may open the next sentence: a table's next cell too, when words start it ("|Assumptions"
in a letter set out in a table), or a numbered cell with words after it ("| 2. | For this
letter ..."); empty cells, and numbered ones alone ("| 4. |"), stay where they are."""
_MARK = r"\((?:[ivx]{1,5}|[a-z]|[A-Z]|[1-9]\d?)\)"
"""An item's marker in brackets: "(iv)", "(b)", "(B)", "(12)"; a long list's "(j)" too."""
_ENUMERATOR = re.compile(rf"(?<![\w(]){_MARK}(?=\s)")
_REFERENCE = re.compile(
    r"(?i)\b(?:paragraphs?|clauses?|items?|sections?|subsections?|subparagraphs?|opinions?)"
    rf"\s+(?:{_MARK}\s*(?:,|and|or|through|to)?\s*)*$"
)
"""The words before an enumerator that refers to an item rather than opening one ("the
opinions in paragraphs (a) and | (c) as to enforceability are subject to ...")."""
BULLET_MARK = r"(?:[\u2022\u00b7\u25aa\u2023\u25e6*\u2013-]|o(?=\t|[ ]{2}))"
"""A bullet opening a list's item; a word processor's hollow bullet comes through EDGAR text as a
letter "o" and a tab or spaces."""
_BULLET = re.compile(
    rf"(?m)^[ \t]*({BULLET_MARK})[ \t]+(?=\S)|"
    r"^[ \t]*\|[ \t]*([\u2022\u00b7\u25aa\u25e6])[ \t]*\n[ \t]*\|[ \t]*(?=\S)"
)
"""A bulleted item at the start of a line: an item of a list, like "(a)"; in a table, the bullet
alone in its cell and the item in the next ("|\u2022" over "|The Company is ...")."""
_NUMBERED_ITEM = re.compile(
    r"(?m)^[ \t]*(\d{1,2})\.[ \t]+(?=\S)|(?<=\n\n)[ \t]*(\d{1,2}\.\d{1,2}\.?)[ \t]+(?=\S)"
)
"""A numbered item at the start of a line ("2. The Shares ..."), an item of a list like "(b)"
when the one before it ends in "; and" (no sentence ends there); below a blank line, a decimal
number too ("2.2<tab>that nothing in the law of any other place ...")."""
_NUMBERED_LINE = re.compile(r"(?m)^[ \t|]*\d{1,2}(?:\.\d{1,2})*\.?[ \t|]*$")
"""A paragraph's number on a line of its own, in a table's cell too ("|1.1")."""
_FUNCTION_SHIFT = re.compile(
    r"(?:,\s+|(?<!\s)\s+)(?=(?:and\s+no\s+opinion\s+is\s+expressed|except\s+(?:"
    # (not "..., except as provided in the next paragraph, may not be relied upon": an aside)
    r"as(?!\s+(?:provided|set\s+forth|stated|described|noted|otherwise|expressly)\b)"
    # (nor "... no obligation to make payments ..., except as such obligation may arise under
    # Sections 17-303 ... of the Delaware Act": the limited partners' opinion's own words)
    r"(?!\s+(?:such\s+)?(?:obligations?|liability|liabilities)\s+(?:may|might)\s+arise\b)|"
    # (nor "... reflects our opinion, except to the extent it expressly states that we are
    # unable to render an opinion": a tax discussion's own caveat, in the opinion)
    r"to\s+the\s+extent(?!\s+(?:that\s+)?(?:it|they|the\s+discussion)\s+(?:expressly\s+)?"
    r"states?\b)|"
    # (not "..., except that it may be filed as an exhibit": the reliance limit goes on)
    r"that(?!\s+(?:it|this\s+(?:opinion|letter))\s+may\s+be\b))|"
    # "..., although in giving that consent we do not admit ...": the Section 7 disclaimer
    # "..., it being understood that we express no opinion on any other law": the law covered
    r"(?:although|but)\s+in\s+giving\s+(?:that|such|this|our)\s+consent\b|"
    r"it\s+being\s+understood\s+that\b|"
    r"and\s+that\s+(?:this|our)\s+opinion\s+(?:speaks|is\s+limited|is\s+given)\b|"
    r"and,?\s+(?:[^,.;]{0,50},\s+)?(?:we\s+)?have\s+(?:also\s+|further\s+)?assumed\b|"
    r"and,?\s+(?:(?:in\s+(?:that|such)\s+capacity|for\s+(?:that|this|such)\s+purposes?|in\s+"
    r"(?:that|this)\s+(?:connection|regard)|as\s+such(?:\s+counsel)?|in\s+(?:so\s+doing|doing\s+so)),?\s+)?"
    r"(?:(?:we\s+|I\s+)?have\s+(?:also\s+)?(?:examined|reviewed|relied)|having\s+(?:examined|reviewed)|"
    r"we\s+are\s+familiar)\b|"
    # "This opinion, given as of today, is based on the law now in force, and is being delivered
    # pursuant to Item 601 ...": what the letter is for, after its date limit
    # "..., and this opinion does not relate to any shares other than those ...": its limit
    r"and\s+(?:this|our|my)\s+opinion\s+does\s+not\s+(?:relate|extend|apply)\s+to\b|"
    r"and\s+is\s+(?:being\s+)?(?:delivered|furnished|rendered|given)\s+(?:to\s+you\s+)?"
    r"(?:pursuant|in\s+accordance|in\s+connection)\b|"
    # "... that all such certificates are accurate and that the Indenture has been duly
    # authorized, executed and delivered by the trustee": what is assumed of the other parties
    r"and\s+that\s+(?:the\s+)?[^.;,]{1,60}?\s+(?:has|have)\s+been\s+duly\s+authori[sz]ed,?\s+"
    r"executed\s+and\s+delivered\s+by\s+(?:each\s+of\s+)?(?:the\s+)?(?:parties|trustee)\b|"
    # (not "registered there as being subject to Insolvency Proceedings": a fact, no exception)
    r"subject\s+to\s+(?:the\s+effects?\s+of\s+)?"
    r"(?:applicable\s+)?(?:bankruptcy|insolvency)(?!\s+proceedings\b)|and\s+(?:to\s+|by\s+)?(?:the\s+effect\s+of\s+)?general\s+"
    r"(?:principles\s+of\s+equity|equitable\s+principles)))",
    re.IGNORECASE,
)
# A sentence that first identifies the filing, then says what was examined: "In connection with
# the registration of ... (the "Notes"), we, as your counsel, have examined ...". The lead is the
# engagement; the rest, from "we", is documents examined - or the opinion, where the one sentence
# goes straight on to it ("..., we advise you that, in our opinion, when ...").
_JOB_CHANGE = re.compile(
    r"^\s*(?:In\s+connection\s+with\s+(?:the\s+)?(?:registration|proposed|issuance|offer|sale|"
    r"filing|preparation)\b|As\s+(?:special\s+)?(?:[A-Za-z.]+\s+){0,2}counsel\s+(?:for|to)\b|"
    r"With\s+(?:reference|respect|regard)\s+to\b|"
    r"As\s+your\s+(?:special\s+)?counsel\b|"
    r"In\s+(?:our|its|my)\s+capacity\s+as\s+(?:[\w.]+\s+){0,3}(?:counsel|head|director|"
    r"legal\s+advis[eo]r|attorney)\b)"
    r".{40,1500}?,\s+(?=(?:we|I)(?:,[^,]{3,100},)?\s+(?:have\s+(?:also\s+)?(?:examined|"
    r"reviewed|considered|made|participated)|are\s+familiar|(?:hereby\s+)?advise\s+you|"
    r"(?:are|am)\s+of\s+(?:the\s+)?opinion)\b|it\s+is\s+(?:our|my)\s+opinion\b)",
    re.IGNORECASE | re.DOTALL,
)
_CAPACITY_ONLY = re.compile(
    r"\s*(?:As|In\s+(?:our|its|my)\s+capacity\s+as)\b(?!.*?\b(?:in\s+connection\s+with(?!\s+the\s+"
    r"(?:matters?|transactions?)\s+(?:referred\s+to|described)\s+above)|relating\s+to|"
    r"with\s+respect\s+to|registration|offering|issuance|filing|sale)\b).*",
    re.IGNORECASE | re.DOTALL,
)
"""A lead that names only the firm's capacity ("As counsel for the Company (the "Company"), we
have examined ...", "In our capacity as counsel to X in connection with the matters referred to
above, we have examined ..."): the sentence is about what was examined, and stays whole (as the
labelled letters have it); a lead that also names the filing or offering is the engagement."""
_ASSUMING_LEAD = re.compile(
    r"^(?=.{0,300}?\bassum)(.{10,600}?,\s+)(?=(?:we\s+are\s+(?:(?:also|further)\s+)?of\s+the\s+"
    r"opinion|it\s+is\s+(?:(?:also|further)\s+)?our\s+opinion|in\s+our\s+(?:further\s+)?opinion|"
    r"we\s+(?:also\s+|further\s+)?advise\s+you))",
    re.IGNORECASE | re.DOTALL,
)


def segment(text: str) -> list[Unit]:
    """The letter's units in order, covering every character of `text` exactly once."""
    # a no-break space from a web page is read as a space ("Firm\xa0\xa0|\xa0\xa0Houston" is
    # a footer's fields); one character for one, so every unit's bounds hold in `text` itself
    spaced = text.translate(_SPACES)
    if spaced == text:
        return _segment(text)
    return [Unit(u.start, u.end, u.zone, text[u.start : u.end], u.frame) for u in _segment(spaced)]


_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " "})


def _segment(text: str) -> list[Unit]:
    units: list[Unit] = []
    pos = 0
    end = header_end(text)
    if end:
        units.append(Unit(0, end, "page-furniture", text[:end], "edgar"))
        pos = end
    stray = stray_end(text, pos)
    if stray > pos:  # with the blank space after it, as every unit keeps
        stray = _skip_space(text, stray)
        units.append(Unit(pos, stray, "other", text[pos:stray], "stray"))
        pos = stray
    heading_end = _heading_end(text, pos)
    if heading_end > pos:
        units += _with_page_markers(text, pos, heading_end, "heading")
        pos = heading_end
    closing = _closing_start(text, pos)
    units += _body_units(text, pos, closing)
    attached = _attached_start(text, closing)
    letter = text[:attached]  # the letter's own text, without a certificate attached to it
    annex = _annex_start(letter, closing)
    body_lines = _line_keys(text[pos:closing])  # a footer below the signature repeats one
    if closing < annex:
        units += _signature_units(letter[:annex], closing, body_lines)
    if annex < attached:  # schedules and footnotes after the signature: typed by what they say
        # (with the page marks after them split off)
        tail = _signature_units(letter, annex, body_lines)
        units += _annex_units(letter, annex, tail[0].end) + tail[1:]
    units.append(Unit(attached, len(text), "other", text[attached:], "attached"))
    return [u for u in units if u.end > u.start]


_ATTACHED = re.compile(
    r"(?m)^[ \t|]*(?:(?:Director|Officer|Secretary|Manager)s?[\u2019']?s?[\u2019']?|"
    r"(?:DIRECTOR|OFFICER|SECRETARY|MANAGER)S?[\u2019']?S?[\u2019']?)[ \t]+(?:Certificate|"
    r"CERTIFICATE)[ \t]*$"
)
"""The title of an officer's certificate printed after the signature ("Director's Certificate",
"OFFICERS' CERTIFICATE"): a document the client signed for the firm to rely on, attached to
the letter but no part of its text."""
_CERTIFIES = re.compile(r"(?i)\bcertif(?:y|ies)\b")


def _attached_start(text: str, closing: int) -> int:
    """Where a certificate attached below the signed letter starts: its title, when the
    certificate goes on to certify; the end of the text when there is none."""
    signed = _SIGNED.search(text, closing)
    if signed is None:
        return len(text)
    title = _ATTACHED.search(text, signed.end())
    if title is None or not _CERTIFIES.search(text, title.end()):
        return len(text)
    return title.start()


_ANNEX = re.compile(
    r"(?m)^[ \t|]*(?:SCHEDULE|Schedule|ANNEX|Annex|APPENDIX|Appendix|ATTACHMENT|Attachment|"
    r"EXHIBIT|Exhibit)(?:[ \t]+(?:[A-Z]|[IVX]{1,5}|\d{1,2})(?![\w.])[^\n]{0,80}|"
    r"[ \t]*[-:\u2013\u2014][ \t]*[A-Z][^\n]{0,80})?[ \t]*$"
)
"""A schedule's title after the signature ("SCHEDULE I", "Annex A - Documents Reviewed", "ANNEX -
DEFINITIONS", "SCHEDULE" alone on its line); not "Exhibit 5.1", which is the letter's own label."""


_NOTE = r"(?:\(\d{1,2}\)|\d{1,2}|\*{1,3}|[\u2020\u2021])[ \t]+[A-Z][^\n]{30,}"
_FOOTNOTE = re.compile(rf"(?m)^[ \t|]*(?:[-_\u2014]{{5,}}[ \t]*\n[ \t\n|]*(?={_NOTE})|{_NOTE})")
"""A footnote below the signature: a note's long line ("(1) The Warrants were issued in a
private placement ...", "1 The Old Notes ..."), or the rule above it ("----------"); not a
short line of the signature block ("12 Main Street"), nor the rule under a signer's name."""


_LEGEND = re.compile(
    r"(?mi)^[ \t|*]*(?:(?:IRS|U\.S\.|(?:U\.S\.\s+)?Treasury(?:\s+Department)?|Internal\s+Revenue"
    r"\s+Service)\s+)?Circular\s+230\b|^[ \t|*]*To\s+ensure\s+compliance\s+with\s+"
    r"(?:requirements\s+imposed\s+by\s+the\s+(?:IRS|Internal\s+Revenue\s+Service)|Treasury)\b"
)
"""A tax letter's Circular 230 legend below its signature (2005-2014): the letter's limit on
who may rely on its advice, no part of the signature."""


def _annex_start(text: str, closing: int) -> int:
    """Where schedules or footnotes after the signature start: below a signed line; the end of
    the text when there are none. Their lists (the documents examined, the subsidiaries) and
    notes are no part of the signature."""
    signed = _SIGNED.search(text, closing)
    after = signed.end() if signed else text.find("\n", closing)
    if after < 0:
        return len(text)
    found = [m for p in (_ANNEX, _FOOTNOTE, _LEGEND) if (m := p.search(text, after))]
    first = min(found, key=lambda m: m.start()) if found else None
    if first is None or not text[first.end() :].strip():
        return len(text)
    return first.start()


def _annex_units(text: str, start: int, end: int) -> list[Unit]:
    """One unit per schedule (from its title) and per footnote (the rule above the notes goes
    with the first), from `start` to `end`."""
    cuts = {start} | {m.start() for m in _ANNEX.finditer(text, start, end)}
    for m in _FOOTNOTE.finditer(text, start, end):
        if not _rule_above(text, start, m.start()):
            cuts.add(m.start())
    bounds = [*sorted(cuts), end]
    return [u for a, b in itertools.pairwise(bounds) if b > a for u in _body_units(text, a, b)]


def _rule_above(text: str, start: int, at: int) -> bool:
    """Whether the last line with words before `at` is the footnotes' rule: the two are one
    unit. Only that line is read (reading back to `start` for each note took time growing with
    the square of their number)."""
    end = at
    while end > start and text[end - 1] in " \t\n|":
        end -= 1
    line_start = text.rfind("\n", start, end) + 1 or start  # (-1 + 1: the line starts at start)
    return bool(_RULE.fullmatch(text, line_start, end))


_RULE = re.compile(r"[ \t|]*[-_\u2014]{5,}")


def _with_page_markers(text: str, start: int, end: int, zone: Zone) -> list[Unit]:
    """The part of the letter's frame from start to end, with EDGAR's page markers and tags in
    it ("EXHIBIT 8.1 / <PAGE> / FENN & ASH LLP") taken out as page furniture."""
    units: list[Unit] = []
    pos = start
    for m in TAG_LINE.finditer(text, start, end):
        # (a marker's line may open with the blanks the one before took: "<PAGE>\n   <PAGE>")
        at = max(pos, m.start())
        stop = min(end, _skip_space(text, m.end()))
        units += [Unit(pos, at, zone, text[pos:at])] if at > pos else []
        units.append(Unit(at, stop, "page-furniture", text[at:stop], "edgar"))
        pos = stop
    return units + ([Unit(pos, end, zone, text[pos:end])] if end > pos else [])


def body_units(text: str) -> list[Unit]:
    """Units of a piece of text taken as body text (used to learn from labelled clauses)."""
    return _sentences(text, 0, len(text))


def _heading_end(text: str, pos: int) -> int:
    """End of the heading: after the salutation (and a "Re:" block after it), or before the
    first sentence that opens a letter's body."""
    window = text[pos : pos + 2500]
    salutation = _SALUTATION.search(window)
    opening = _BODY_OPENING.search(window)
    if salutation and salutation.group().startswith("To"):  # "To the Board of Directors"
        salutation = _greeting_after(window, salutation, opening)
    if salutation and (not opening or salutation.start() < opening.start() + 200):
        end = pos + salutation.end()
        end = _skip_re_block(text, _skip_space(text, end))
        return _skip_subject_line(text, _skip_subject_fields(text, end))
    if opening:
        return pos + _line_start_before(window, opening.start())
    return pos


def _greeting_after(
    window: str, address: re.Match[str], opening: re.Match[str] | None
) -> re.Match[str]:
    """ "To the Board of Directors" is the salutation of some letters, but the addressee's first
    line in others ("To the Board of Directors / of Marlow Vane S.A. / ... / Ladies and
    Gentlemen,"): a greeting below it, before the body opens, is the salutation then."""
    stop = opening.start() if opening else len(window)
    for later in _SALUTATION.finditer(window, address.end(), stop):
        if not later.group().startswith("To"):
            return later
    return address


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _skip_re_block(text: str, pos: int) -> int:
    """A "Re:" subject block right after the salutation still belongs to the heading."""
    if not _RE_LINE.match(text, pos):
        return pos
    blank = re.compile(r"\n[ \t]*\n")
    first = blank.search(text, pos)
    if not first or first.start() - pos > _RE_BLOCK_REACH:
        return _skip_space(text, _re_lines_end(text, pos))
    end = first.end()
    if first and text[pos : first.start()].strip().rstrip(":").lower() == "re":  # "Re:" alone
        second = blank.search(text, end)
        end = second.end() if second else end
    return _skip_space(text, end)


_RE_BLOCK_REACH = 400
"""A "Re:" block ends at a blank line this near; past it (a copy with no blank lines) it ends
where the body opens."""


def _re_lines_end(text: str, pos: int) -> int:
    """The end of a "Re:" block in a copy with no blank lines: its short lines, up to the line
    the body opens with (at most six)."""
    end = pos
    for _ in range(6):
        stop = text.find("\n", end)
        line = text[end : stop if stop >= 0 else len(text)]
        if end > pos and (len(line) > _RE_LINE_LONGEST or _BODY_OPENING.match(line.strip(" |"))):
            break
        if stop < 0:
            return pos  # no body after it: no block
        end = stop + 1
    return end


_RE_LINE_LONGEST = 100
_SUBJECT_LINE = re.compile(r"[^\n]{3,240}?(?<![.;:,])[ \t]*\n[ \t]*(?:\n[ \t]*)?")


def _skip_subject_line(text: str, pos: int) -> int:
    """Subject lines with no "Re:" right after the salutation ("Tallow Reach Ltd (the
    Company)", as offshore letters write it; "Registration Statement on Form S-4 of Tallow
    Reach Ltd / Irish Stamp Duty Matters") are the heading's too: up to three short
    lines in title case (every word of four letters or more capitalised), that the body's
    opening follows."""
    end = pos
    for _ in range(3):
        if end > pos and _NUMBERED_CAPTION.match(text, end):
            # the body's first section ("1 INTRODUCTION", "1. We have acted as Irish counsel
            # ..."), below the subject lines: they are the heading's
            return end
        line = _SUBJECT_LINE.match(text, end)
        if end > pos and (last := _last_subject_line(text, end)):
            return last
        if not line or _BODY_OPENING.match(text, end):
            return pos
        if any(w[0].islower() for w in re.findall(r"[^\W\d_]{4,}", line.group())):
            return pos  # a sentence ("Tallow Reach has asked us ..."), not a title
        if _NUMBERED_CAPTION.match(line.group()):
            return pos  # the body's first section ("1 INTRODUCTION"), not a subject
        end = line.end()
        if _BODY_OPENING.match(text, end):
            return end
    return pos


_LONG_SUBJECT_LINE = re.compile(r"[^\n]{3,800}\n")


def _last_subject_line(text: str, pos: int) -> int:
    """Below a title-case subject line, a last one that runs long in plain words ("Guarantee by
    the Company of $300,000,000 aggregate principal amount of 4.5% Notes due 2029 issued by
    Tallow Finance Limited"), with no full stop, and the body's opening right after it: the end
    of the heading then (0 when there is no such line)."""
    line = _LONG_SUBJECT_LINE.match(text, pos)
    if not line or line.group().rstrip()[-1] in ".;:," or _BODY_OPENING.match(text, pos):
        return 0
    after = _skip_space(text, line.end())
    return after if _BODY_OPENING.match(text, after) else 0


_NUMBERED_CAPTION = re.compile(r"[ \t|]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]")
_SUBJECT_FIELD = re.compile(
    r"[ \t|]*(?:Subject|Company|Issuer|Client|Transaction(?:[ \t]+Type)?|Matter)[ \t]*:[ \t]*"
    r"(?:\n[ \t|]*)?[^\n]{1,200}\n"
)


def _skip_subject_fields(text: str, pos: int) -> int:
    """A subject block of labelled fields right after the salutation ("Company: / Tallow Reach
    Ltd / Transaction Type: / Listing of its shares / Subject: / Opinion on Singapore Law"), the
    value on the label's line or the next, is the heading's."""
    while field := _SUBJECT_FIELD.match(text, pos):
        pos = field.end()
    return pos


def _line_start_before(window: str, at: int) -> int:
    """Back up to the start of the line (keeping a paragraph's indentation with it)."""
    start = window.rfind("\n", 0, at) + 1
    return start if not window[start:at].strip() else at


def _closing_start(text: str, pos: int) -> int:
    """Where the signature starts: the complimentary close, else the first "/s/" line."""
    tail_from = pos + (len(text) - pos) // 3
    tail = text[tail_from:].lower()
    hints = [i for w in _CLOSING_WORDS if (i := tail.find(w)) >= 0]  # cheap before the regex
    closings = list(CLOSING.finditer(text, tail_from + max(min(hints) - 20, 0))) if hints else []
    if closings:
        return closings[-1].start()
    signed = [m for m in _SIGNED.finditer(text, tail_from)]
    if not signed:
        return len(text)
    at = signed[-1].start() + len(signed[-1].group()) - 3
    by = signed[-1].group().find("By")
    return _firm_lines_above(text, pos, signed[-1].start() + by) if by >= 0 else at


_FIRM_LINE = re.compile(r"[ \t|]*[A-Z][A-Z0-9,.&'\u2019 -]{1,60}?[ \t|]*")
"""A line of a signature block above "By: /s/": the firm's name in capitals."""


def _firm_lines_above(text: str, floor: int, at: int) -> int:
    """Where a signature block with no complimentary close starts: "By: /s/ ..." at `at`, with
    the lines just above it that hold only the firm's name in capitals or a table's bars
    ("... as Exhibit 5. | HOLLOWAY BRISK LLP | | By: /s/ ...")."""
    begin = text.rfind("\n", floor, at) + 1 if at > floor else at
    named = False
    while begin > floor + 1 and not named:
        above = text.rfind("\n", floor, begin - 1) + 1
        line = text[above : begin - 1]
        if not line.strip(" \t|"):
            begin = above
        elif _FIRM_LINE.fullmatch(line) and not line.rstrip(" \t|").endswith((".", ":", ";")):
            begin, named = above, True
        else:
            break
    return max(begin, floor)


def _signature_units(text: str, start: int, body_lines: frozenset[str]) -> list[Unit]:
    """The signature, and any page number or marker after it, or the footer the letter printed
    on its earlier pages (page furniture)."""
    marks, notice = _marks_after(text, start), _notice_after(text, start)
    cut = min(marks, notice, _footer_after(text, start, body_lines), _contacts_after(text, start))
    if cut < len(text):
        while cut > start and text[cut - 1] in " \t":
            cut -= 1
        return [
            Unit(start, cut, "signature", text[start:cut]),
            Unit(cut, len(text), "page-furniture", text[cut:]),
        ]
    return [Unit(start, len(text), "signature", text[start:])]


def _contacts_after(text: str, start: int) -> int:
    """Where an office footer line ending the text starts, below the signature (the footer the
    body's furniture knows: "Harlow Vance LLP | New York | Miami | harlowvance.com"); its end if
    there is none, or if the signature would keep less than two lines."""
    end = len(text.rstrip())
    line_start = text.rfind("\n", start, end) + 1 or start
    footer = _FOOTER_LINE.fullmatch(text, line_start, end)
    if footer is None or not _fields_fit(footer):
        return len(text)
    signed = [kept for kept in text[start:line_start].split("\n") if kept.strip()]
    return line_start if len(signed) >= 2 else len(text)


def _fields_fit(footer: re.Match[str]) -> bool:
    """Whether each field of a footer line is as long as an office's or a street's."""
    return all(2 <= len(f) <= 80 for f in re.split(_FIELD_GAP, footer.group().strip()))


def _notice_after(text: str, start: int) -> int:
    """Where a firm's legal notice ending the text starts, below the signature ("X LLP is a
    limited liability partnership registered in England and Wales ... authorised and regulated
    by the Solicitors Regulation Authority"): its end if none does, or if the signature would
    keep less than two lines."""
    spans = _legal_notices(text, start, len(text))
    if not spans or text[spans[-1][1] :].strip():
        return len(text)
    signed = [line for line in text[start : spans[-1][0]].split("\n") if line.strip()]
    return spans[-1][0] if len(signed) >= 2 else len(text)


def _marks_after(text: str, start: int) -> int:
    """Where the page numbers and markers ending the text start (its end if none do)."""
    furniture = [m for m in _FURNITURE_LINE.finditer(text, start) if m.group().strip()]
    if not furniture or furniture[-1].end() < len(text.rstrip()):
        return len(text)
    cut = furniture[-1].start()
    for before in reversed(furniture[:-1]):  # "</TEXT>" and "</DOCUMENT>": one run
        if before.end() != cut:
            break
        cut = before.start()
    return cut


def _footer_after(text: str, start: int, body_lines: frozenset[str]) -> int:
    """Where the lines ending the text that the letter's body printed too start (its end if
    none do): the last page's footer, or the running head of a page the signature ends above
    a schedule. Lines of the letterhead do not count (the firm's name, a signer's title), nor
    short lines but a running head's, and the signature keeps two lines at least (a firm's
    name under "Very truly yours," is no footer, though a running head repeats it)."""
    cut = len(text.rstrip())
    head = False  # in the lines just above a page mark: a running head ("Acme Corp." /
    # "May 3, 2021" / "Page 5"), whose short lines count too
    while cut > start:
        line_start = text.rfind("\n", start, cut) + 1 or start
        line = text[line_start:cut]
        key = _line_key(line)
        if _is_page_mark(line):
            head = True
        elif not line.strip():
            head = False
        elif key not in body_lines or (len(key) < _REPEATED_LINE_MIN and not head):
            break
        cut = line_start - 1 if line_start > start else start
    cut = _skip_space(text, max(cut, start))
    signed_lines = [line for line in text[start:cut].split("\n") if line.strip()]
    return cut if len(signed_lines) >= 2 and cut < len(text.rstrip()) else len(text)


def _is_page_mark(line: str) -> bool:
    """Whether a line is a page number or marker alone ("Page 2 of 2" below a footer)."""
    mark = _FURNITURE_LINE.match(line)
    return mark is not None and mark.group().strip() == line.strip() != ""


def _body_units(text: str, start: int, end: int) -> list[Unit]:
    """Sentences and items of the body, with page furniture taken out."""
    units: list[Unit] = []
    pos = start
    for furniture_start, furniture_end in _furniture(text, start, end):
        units += _sentences(text, pos, furniture_start)
        units.append(
            Unit(
                furniture_start,
                furniture_end,
                "page-furniture",
                text[furniture_start:furniture_end],
            )
        )
        pos = furniture_end
    units += _sentences(text, pos, end)
    return units


_NAME_ITEM = r"[A-Z][\w.&'\u2019-]*(?:[ ][A-Z][\w.&'\u2019-]*)*"
_LIST_LINE = re.compile(
    rf"(?m)^[ \t]*{_NAME_ITEM}(?:(?:[ \t]{{2,}}|[ \t]*[|\u2022\u00b7][ \t]*|[ \t]+[*/][ \t]*)"
    rf"{_NAME_ITEM}){{2,}}"
    # (a firm's names in a footer, its form after the last: "Harlow \u00b7 Vance \u00b7 Coe llc")
    r"(?:[ \t]+(?i:l\.?l\.?[cp]\.?|p\.?c\.?|p\.?l\.?l\.?c\.?))?[ \t]*$\n*"
)
_PHONE_ITEM = (
    r"(?:(?i:Phone|Tel(?:ephone)?|Fax|Facsimile|Direct(?:[ \t]Dial)?|Main)|[TFPDM])\.?:?[ \t]*"
    r"\+?\(?\d[\d().-]*(?:[ ](?:[\u00b7\u2022][ ])?[\d().-]+)*"
)
_WEB_ITEM = (
    r"(?:www\.)?[A-Za-z][\w-]*\.(?i:com|law|net|org|co\.uk|com\.au|lu|ky|bm|nl|be|ch|de|fr|ie|"
    r"il|sg|hk|ca|br|mx|gr|jp|nz|za|es|it|se|no|dk|at)\b"
)
_EMAIL_ITEM = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_CONTACT_ITEM = rf"(?:{_PHONE_ITEM}|{_EMAIL_ITEM}|{_WEB_ITEM})"
_CONTACT_LINE = re.compile(
    rf"(?m)^[ \t]*{_CONTACT_ITEM}(?:[ \t]*(?:[|\u2022\u00b7][ \t]*)?{_CONTACT_ITEM})*"
    r"[ \t]*(?:[|\u2022\u00b7][ \t]*)?$\n*"
)
"""A line of the firm's telephone and fax numbers, e-mail and web address ("Phone: (555) 010-2000
\u00b7 Fax: ...", "T +1 555 010 2000 F +1 555 010 2001 info@harlow.nl www.harlow.com"): page
furniture in the body."""
_FIRM_FORM_LINE = re.compile(
    r"(?m)^[ \t]*(?:An?[ \t]+)?(?:[A-Z][A-Za-z]*[ \t]+){0,3}(?:Limited[ \t]+Liability[ \t]+"
    r"(?:Partnership|Company)|Professional[ \t]+Corporation|LIMITED[ \t]+LIABILITY[ \t]+"
    r"(?:PARTNERSHIP|COMPANY)|PROFESSIONAL[ \t]+CORPORATION)[sS]?[ \t]*$\n*"
)
"""The firm's legal form on a line of its own, under its name or in a footer ("A DELAWARE
LIMITED LIABILITY PARTNERSHIP", "Including Professional Corporations")."""
_NOTICE_TERMS = re.compile(
    r"(?i)\bgeneral\s+(?:terms\s+and\s+)?conditions\b|\blimitation\s+of\s+liability\b|"
    r"\blimits?\s+the\s+personal\s+liability\s+of\s+(?:its\s+)?(?:partners|members)\b|"
    # an English firm's: "... and is authorised and regulated by the Solicitors Regulation
    # Authority. A list of members is available for inspection at the above address."
    # (its own regulator: a client bank "authorised and regulated by the Prudential Regulation
    # Authority" in the letter's body is no notice)
    r"\bauthori[sz]ed\s+and\s+regulated\s+by\s+the\s+solicitors\s+regulation\s+authority\b|"
    r"\blist\s+of\s+(?:the\s+)?(?:its\s+)?(?:members|"
    r"partners)\b[^.\n]{0,60}\bopen\s+to\s+inspection\b|\blist\s+of\s+(?:the\s+)?(?:its\s+)?"
    r"(?:members|partners)\b[^.\n]{0,60}\bavailable\s+for\s+inspection\b"
)
_NOTICE_OPENING = re.compile(
    r"(?i)\b(?:is|are)\s+(?:established|registered|incorporated)\b[^.\n]{0,120}\b(?:register|"
    r"registry|chamber\s+of\s+commerce)\b|\bhas\s+its\s+(?:registered\s+)?(?:seat|office)\s+(?:at|in)\b|"
    # "X LLP is a limited liability partnership organized in the United States under the laws
    # of the State of Delaware, which laws limit the personal liability of partners."
    r"\bis\s+a\s+(?:limited\s+liability\s+|general\s+)?partnership\s+(?:organi[sz]ed|registered|"
    r"established|formed)\b"
)
NOTICE_REACH = 600
"""How far before a notice's terms ("General Terms and Conditions") its opening sentence (the
firm "is registered with the Chamber of Commerce ...") may be."""


def _legal_notices(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A firm's legal notice printed at the foot of a page (a Dutch or Luxembourg firm's "X N.V.
    is registered with the Chamber of Commerce ... It works only on its general terms and
    conditions, which cap its liability ..."): from the line its registration opens to the next
    blank line, or to the line where an interrupted sentence of the letter goes on (in lower
    case). A client "registered with the Trade Register" is no
    notice: the firm's terms of business must follow."""
    spans: list[tuple[int, int]] = []
    for terms in _NOTICE_TERMS.finditer(text, start, end):
        if spans and terms.start() < spans[-1][1]:
            continue
        reach = max(start, terms.start() - NOTICE_REACH)
        opening = [m.start() for m in _NOTICE_OPENING.finditer(text, reach, terms.start())]
        if not opening:
            continue
        first = max(start, text.rfind("\n", start, opening[0]) + 1)
        spans.append((first, _notice_end(text, terms.end(), end)))
    return spans


def _notice_end(text: str, pos: int, end: int) -> int:
    """The end of the notice's paragraph: a blank line, the end, or a line in lower case after
    one that ends a sentence or is a page number (a lower-case line after an unfinished one
    is the notice's own sentence, wrapped)."""
    line_start = pos
    line_end = text.find("\n", pos, end)
    while line_end >= 0:
        after = text[line_end + 1 : line_end + 2]
        ended = text[line_start:line_end].rstrip(" \t|").endswith(".") or (
            text[line_start:line_end].strip().isdigit()
        )
        if not after.strip() or (after.islower() and ended):
            return line_end + 1
        if ended and _ITEM_AFTER.match(text, line_end + 1):  # "| (a) | The registration ..."
            return line_end + 1
        line_start = line_end + 1
        line_end = text.find("\n", line_start, end)
    return end


_ITEM_AFTER = re.compile(r"[ \t]*(?:\|[ \t]*)*\(?(?:[ivx]{1,4}|[a-z]|\d{1,2})[.)]")
"""A line that opens with an item of the letter's list, in a table's cells too: no notice's."""
_CAPS_WORDS_LINE = re.compile(r"[ \t]*[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){3,}[ \t]*\n*")
_PLAIN_WORDS = frozenset(
    ["AND", "OF", "THE", "FOR", "TO", "IN", "ON", "AS", "OR", "BY", "WITH", "AT", "FROM", "THAT"]
)
"""Four or more words in capitals and nothing else, none of them a small word: the firm's
offices set apart by single spaces ("ALBANY BOSTON CHICAGO DENVER"). Page furniture only next to
other page furniture: a caption in capitals may look the same."""
_PLACE_RUN = re.compile(r"(?m)^(?:[ \t]*[A-Z][a-z]+(?:[ ](?:of|[A-Z][a-z]+)){0,5}[ \t]*\n){4,}\n*")
"""Four or more lines in a row of capitalised words only (a place or two each): the offices an
offshore firm lists down the margin ("Bermuda", "Cayman Islands", "Isle of Man", "Jersey")."""
_ENTITY_WORDS = frozenset(
    [
        "Company",
        "Corporation",
        "Limited",
        "Trust",
        "Partners",
        "Partnership",
        "Bank",
        "Group",
        "Holdings",
        "Fund",
    ]
)
_RUNNING_HEAD = re.compile(
    # (a run of spaces counts as one: "Kestrel Mining Limited          4 May 2006" is short)
    rf"[A-Z0-9](?:[^\s]|[ \t]++(?=\S)){{0,58}}(?:{_ABBREV_END}|[^.;:,\n])[ \t]*\n[ \t]*$|"
    rf"{_MONTH}\s+\d{{1,2}},\s+\d{{4}}[ \t]*\n[ \t]*$"
)


def _furniture(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Page furniture in the body: page numbers and markers on their own line with the running
    head (addressee, date) just above them, "Page 2" runs, and lists of offices or partners
    (a line of three or more names set apart by wide spaces or bullets)."""
    spans = [
        (_running_head_start(text, start, m.start()), _head_date_end(text, m.end(), end))
        for m in _FURNITURE_LINE.finditer(text, start, end)
        if m.group().strip()
    ]
    spans += [(m.start(), m.end()) for m in _LIST_LINE.finditer(text, start, end)]
    spans += [(m.start(), m.end()) for m in _PAGE_OF_LINE.finditer(text, start, end)]
    spans += [(m.start(), m.end()) for m in _CONTACT_LINE.finditer(text, start, end)]
    spans += [(m.start(), m.end()) for m in _FIRM_FORM_LINE.finditer(text, start, end)]
    spans += _legal_notices(text, start, end)
    spans += _repeated_lines(text, start, end)
    spans += [
        (m.start(), m.end())
        for m in _PLACE_RUN.finditer(text, start, end)
        if not any(line.split()[-1] in _ENTITY_WORDS for line in m.group().split("\n") if line)
    ]
    spans += [
        (m.start(), m.end()) for m in _FOOTER_LINE.finditer(text, start, end) if _fields_fit(m)
    ]
    for mark in _DASH_PAGE.finditer(text, start, end):
        line_start = max(start, text.rfind("\n", start, mark.start()) + 1)
        lead = _HEAD_NAME.search(text, max(line_start, mark.start() - 100), mark.start())
        spans.append((lead.start() if lead else mark.start(), mark.end()))
    for mark in _PAGE_MARK.finditer(text, start, end):
        window = max(start, mark.start() - 160)
        lead = _PAGE_RUN_LEAD.search(text, window, mark.start())
        if lead:
            spans.append((lead.start(), mark.end()))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(_with_office_lines(text, s, e, start, end) for s, e in spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


_LINE = re.compile(r"(?m)^[^\n]*$\n?")


def _line_keys(text: str) -> frozenset[str]:
    """The lines of a text, page numbers aside."""
    return frozenset(filter(None, (_line_key(line) for line in text.split("\n"))))


@functools.lru_cache(maxsize=4)
def _printed_on_every_page(text: str) -> frozenset[str]:
    """The lines a letter prints more than once, page numbers aside: a footer or a running head
    repeated on each page ("Atlanta | Charlotte | Nashville", a firm's registration notice)."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for line in text.split("\n"):
        key = _line_key(line)
        if len(key) >= _REPEATED_LINE_MIN:
            (repeated if key in seen else seen).add(key)
    return frozenset(repeated)


_REPEATED_LINE_MIN = 15
"""Characters a repeated line needs to be taken for a page's print: shorter ones ("Ladies and
Gentlemen:", "Opinions") may be said twice by the letter itself."""


def _line_key(line: str) -> str:
    """A line as every page prints it: its page number and spacing aside."""
    return " ".join(_DIGITS.sub("#", line).split())


_DIGITS = re.compile(r"\d+")


def _repeated_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of lines printed on every page, set apart from the text by blank lines above and
    below (a hard-wrapped paragraph's line never is), with the blank lines after them."""
    printed = _printed_on_every_page(text)
    if not printed:
        return []
    spans: list[tuple[int, int]] = []
    run: tuple[int, int] | None = None
    above_blank = True
    for m in _LINE.finditer(text, start, end):
        line = m.group()
        if _line_key(line) in printed and (above_blank or run):
            run = (run[0] if run else m.start(), m.end())
        elif not line.strip():
            if run:
                spans.append((run[0], min(_skip_space(text, m.start()), end)))
                run = None
            above_blank = True
            continue
        else:
            run = None
        above_blank = False
    if run and run[1] >= end:
        spans.append(run)
    return spans


def _with_office_lines(text: str, s: int, e: int, floor: int, end: int) -> tuple[int, int]:
    """A span of page furniture with the lines of offices in capitals just above and below it."""
    while (line := _CAPS_WORDS_LINE.match(text, e, end)) and _is_office_line(line.group()):
        e = line.end()
    while s > floor:
        above = text.rfind("\n", floor, s - 1) + 1
        line = _CAPS_WORDS_LINE.fullmatch(text, max(above, floor), s)
        if not line or not _is_office_line(line.group()):
            break
        s = max(above, floor)
    return s, e


def _is_office_line(line: str) -> bool:
    return not _PLAIN_WORDS.intersection(line.split())


def _head_date_end(text: str, at: int, end: int) -> int:
    """After a page number, the running head's date on the line below, if there is one."""
    below = _HEAD_DATE_BELOW.match(text, at, end)
    return below.end() if below else at


def _head_line(text: str, start: int, end: int) -> bool:
    """Whether a line may be a running head's: short, with no sentence ending in it, and not
    stopping at "the" or "of" (a line "... delivered by the" goes on with its sentence after
    the page break)."""
    return bool(_RUNNING_HEAD.fullmatch(text, start, end)) and not _open_end(text[start:end])


def _running_head_start(text: str, floor: int, at: int) -> int:
    """Up to four short lines just above a page number (the firm's name, a repeated addressee
    and date), blank lines between them included, are part of the page's furniture; a line
    that ends a sentence is not."""
    begin = at
    taken = 0
    while taken < 4 and begin > floor + 1:
        line_start = text.rfind("\n", floor, begin - 1) + 1
        if line_start <= floor or line_start >= begin:
            break
        if not text[line_start:begin].strip():  # a blank line: only with a head line above it
            above = text.rfind("\n", floor, line_start - 1) + 1
            if above <= floor or not _head_line(text, above, line_start):
                break
            line_start = above
        elif not _head_line(text, line_start, begin):
            break
        if _unfinished_above(text, floor, line_start):
            break
        begin = line_start
        taken += 1
    return begin


def _unfinished_above(text: str, floor: int, line_start: int) -> bool:
    """Whether the line just above a short line is body text that stops mid-sentence: the short
    line is then its paragraph's last ("... and (z) the Registration / Statement shall have
    become", then the page break), not a head printed above the page number."""
    if line_start <= floor + 1:
        return False
    above = max(floor, text.rfind("\n", floor, line_start - 1) + 1)
    line = text[above:line_start]
    if not line.strip() or _ENDED.search(line):
        return False
    return not _head_line(text, above, line_start)


_ENDED = re.compile(r"[.;:!?|)\]\"'”]\s*$")


def _sentences(text: str, start: int, end: int) -> list[Unit]:
    """Units of body text from start to end (each keeps the whitespace that follows it)."""
    cuts = sorted({start, end, *_sentence_cuts(text, start, end)})
    pieces = [(a, b) for a, b in itertools.pairwise(cuts) if b > a]
    units: list[Unit] = []
    for a, b in pieces:
        for c, d in _split_sentence(text, a, b):
            units.append(Unit(c, d, "body", text[c:d]))
    return _attach_numbering(units, text)


def _sentence_cuts(text: str, start: int, end: int) -> list[int]:
    cuts = []
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group()[0] == "." and _ends_no_sentence(text, m.start(), end):
            continue
        if m.group()[0] == "." and _heads_its_paragraph(text, start, m.start()):
            continue  # "Consent. We consent to ...": a caption run in, heading its sentence
        if m.group()[0] == ":" and not re.match(r"\s*(?:\n|\(|\d)", text[m.end() : m.end() + 3]):
            continue
        if m.group()[0] == ";":  # items of a list: _split_sentence decides
            continue
        nxt = _NEXT_START.match(text, m.end(), end)
        if nxt:
            cuts.append(nxt.end())
    for m in _NUMBERED_LINE.finditer(text, start, end):  # "1.1." on a line of its own
        cuts.append(m.start())
    return cuts + _paragraph_cuts(text, start, end)


_RUN_IN_HEAD = re.compile(
    r"[ \t|]*[A-Z][\w'\u2019-]*(?:[ \t]+(?:[A-Z][\w'\u2019-]*|of|and|or|the|to|for|on|as|in)){0,5}"
)
"""A caption's words: capitalised, with the small words between them ("Reliance on Maryland
Counsel")."""


_RUN_IN_REACH = 120
"""Characters back from a full stop within which a run-in caption's line must start."""


def _heads_its_paragraph(text: str, start: int, dot: int) -> bool:
    """Whether the full stop at `dot` ends a caption run in at the start of a paragraph, a
    sentence after it on the same line ("Qualifications. The opinion above is subject to
    ..."): the caption is no sentence of its own."""
    # (read back no further than a caption runs: from each full stop of a long line back to
    # its start took time growing with the square of its length)
    floor = max(start, dot - _RUN_IN_REACH)
    line_start = text.rfind("\n", floor, dot) + 1 or floor
    if line_start == floor and floor > start and text[floor - 1] != "\n":
        return False  # the line began further back: longer than a caption
    if not _RUN_IN_HEAD.fullmatch(text, line_start, dot):
        return False
    after = text[dot + 1 : dot + 3]
    above = text.rfind("\n", 0, max(line_start - 1, 0))
    paragraph_starts = line_start == start or not text[above + 1 : line_start].strip()
    return paragraph_starts and after[:1] in (" ", "\t") and after[1:].isupper()


def _past_run_in_head(text: str, start: int, end: int) -> int:
    """Where a unit's words start after the caption it opens with ("Qualifications. ")."""
    head = _RUN_IN_HEAD.match(text, start, end)
    if head and text.startswith(". ", head.end()) and _heads_its_paragraph(text, start, head.end()):
        return head.end() + 2
    return start


_TITLE_LINE = re.compile(
    r"(?:[IVX]{1,4}\.|[A-Z]\.|\d{1,2}\.)?\s*[A-Z][\w'\u2019-]*"
    r"(?:\s+(?:[A-Z][\w'\u2019-]*|of|and|the|to|for|in|on|as|or|&))*"
)
# A line break and the blank lines after it, taken whole and never given back: a run of blank
# lines with no text after it must fail once, not once from each of its line breaks (quadratic).
_LINE_BREAK = re.compile(r"\n((?:[ \t]*\n)*+)([ \t]*+)")


def _paragraph_cuts(text: str, start: int, end: int) -> list[int]:
    """Where a new paragraph starts without a sentence ending before it: after a blank line,
    or (in hard-wrapped text) at a line indented deeper than the one before when that line
    ends a sentence or is short - a heading or list item with no full stop must not merge
    with what follows. A line ending in a comma, semicolon, colon, "and" or "or" leads into
    the next item of its list, and a line starting in lower case goes on with the sentence
    before it (double-spaced text): no cut there."""
    cuts = []
    width = _line_width(text[start:end])
    opening = start  # where the paragraph of the line before each break opens
    for m in _LINE_BREAK.finditer(text, start, end):
        paragraph, opening = opening, m.end() if m.group(1) else opening
        line_start = text.rfind("\n", start, m.start()) + 1
        before = text[max(line_start, start) : m.start()]
        if not before.strip() or m.end() >= end or not text[m.end()].strip():
            continue  # no text before the break, or none after it
        blank = bool(m.group(1))
        deeper = len(m.group(2).expandtabs(4)) > len(before) - len(before.lstrip(" \t"))
        ends = bool(re.search(r"[.:;)]['\"\u201d\u2019]?[ \t]*$", before))
        short = len(before.strip()) < 0.6 * width
        # double-spaced text, mid-sentence; or a figure that numbers no item ("Form" / "10-K")
        goes_on = text[m.end() : m.end() + 1].islower() or bool(
            not blank
            and _FIGURE_GOES_ON.match(text, m.end(), end)
            and not re.search(r"[.:;][ \t]*$", before)
        )
        caption = _is_caption(before) and _caption_may_start(_line_before(text, line_start, start))
        if not goes_on and (caption or _caption_follows(text, m.end(), end, before, width)):
            cuts.append(m.end())  # a caption ("Opinion as to the Notes") is a line of its own
            continue
        open_list = re.search(r"(?:[,;:]|\band|\bor)['\"\u201d\u2019]?[ \t]*$", before)
        if open_list and blank and _list_is_over(text, paragraph, m.end(), end):
            open_list = None
        goes_below = bool(_NUMBER_OR_NAME_NEXT.search(before))
        if (
            not blank
            and text[m.end()].islower()
            and len(before.strip()) > _UNWRAPPED
            and _ITEM_ENDED.search(before)
        ):
            # a line longer than text is ever wrapped at holds a whole item of a list that
            # has no markers ("...conform to the originals;" / "that the search ..."):
            # the next item starts below it, though it opens in lower case
            cuts.append(m.end())
            continue
        ended = not open_list and (blank or (deeper and (ends or short) and not goes_below))
        after_list = not deeper and _last_bullet(before, text, m.end())
        if not goes_on and (ended or after_list):
            cuts.append(m.end())
    return cuts


_UNWRAPPED = 120
"""Characters of a line beyond any width a letter is hard-wrapped at: its line breaks are the
writer's own."""
_ITEM_ENDED = re.compile(r";(?:[ \t]+(?:and|or))?[ \t]*$")
"""The end of a list's item: "...;", "...; and", "...; or"."""
_NUMBER_OR_NAME_NEXT = re.compile(r"\b(?:No|Nos|Mr|Ms|Mrs|Dr)\.[ \t]*$")
"""A line ending in a word that a number or a name follows ("(File No." / "333-1)"): the
sentence goes on below, however deep its next line is indented."""


def _list_is_over(text: str, paragraph: int, after: int, end: int) -> bool:
    """Whether the paragraph at `after`, below a blank line, is no item of the list whose last
    item ended open ("(b) that the Trustee is duly organized;" / "In our opinion, ..."): that
    item's paragraph (from `paragraph`) opens with a marker, and this one with a sentence."""
    return bool(_ITEM_OPENS.match(text, paragraph, end) and _SENTENCE_OPENS.match(text, after, end))


_ITEM_OPENS = re.compile(rf"\s*(?:{_MARK}|[a-z]\)|\d{{1,2}}\.)[ \t]+\S")
"""A paragraph that opens with a list item's marker: "(b) ...", "b) ...", "2. ..."."""
_SENTENCE_OPENS = re.compile(r"[A-Z][a-z]+[ ,]+[a-z]")
"""A paragraph that opens a sentence: a capitalised word, then one in lower case ("In our
opinion", "The opinions"), not a name, a title or an item's marker."""


_FIGURE_GOES_ON = re.compile(r"\d+(?![\d.)]|[ \t]+[A-Z])")
"""A figure that numbers no item ("10-K", "2021 Equity", not "2." or "1  Introduction")."""


def _caption_may_start(above: str) -> bool:
    """Whether a caption may stand below the line `above`: one that ends a sentence, a blank
    line or none. Below a line that stops mid-sentence ("... to amend the Income" / "Tax Act" /
    "(Canada)"), a short line of capitalised words goes on with the sentence."""
    return not above.strip() or bool(re.search(r"[.:;)]['\"\u201d\u2019]?[ \t]*$", above))


def _line_before(text: str, line_start: int, start: int) -> str:
    """The line above the one starting at `line_start` ("" at `start`): where it ends in "the"
    ("3. The" / "Board" / "of Directors"), the line below goes on with it, whatever it looks
    like alone."""
    if line_start <= start:
        return ""
    return text[max(start, text.rfind("\n", start, line_start - 1) + 1) : line_start - 1]


def _last_bullet(before: str, text: str, at: int) -> bool:
    """Whether `before` is an unpunctuated bulleted item and the line at `at` is no item of its
    list nor a wrapped part of it (that would be indented): the sentence after a list."""
    return bool(_BULLET.match(before)) and not _BULLET.match(text, text.rfind("\n", 0, at) + 1)


def _caption_follows(text: str, pos: int, end: int, before: str, width: int) -> bool:
    """Whether the line at `pos` is a caption: title-like, with a new sentence after it, and
    not the last word of a wrapped line ("... Common\nStock\nwill be ...")."""
    line = _line_at(text, pos, end)
    # the first letter after it (not a copy of the rest: taken for each line, that was slow
    # as the square of the number of lines)
    after = _WORD_START.search(text, pos + len(line), end)
    if not _is_caption(line) or not (after and after.group().isupper()) or _open_end(before):
        return False  # after "... 3. The" a line goes on with the sentence: no caption
    ended = bool(re.search(r"[.:;]['\"\u201d\u2019)]?[ \t]*$", before))
    return ended or len(before.strip()) < 0.6 * width or len(line.split()) >= 2


_WORD_START = re.compile(r"\S")


def _line_at(text: str, pos: int, end: int) -> str:
    stop = text.find("\n", pos, end)
    return text[pos : stop if stop >= 0 else end]


def _is_caption(line: str) -> bool:
    """A short line of capitalised words with no full stop: a caption, not a sentence."""
    stripped = line.strip()
    short = 0 < len(stripped) <= 60 and len(stripped.split()) <= 8
    # a line ending in an article or a preposition ("2. The") goes on below: no caption
    return short and not _open_end(stripped) and bool(_TITLE_LINE.fullmatch(stripped))


def _open_end(line: str) -> bool:
    """Whether a line ends in an article or a preposition: it goes on below."""
    words = line.split()
    return bool(words) and words[-1].lower() in _OPEN_ENDS


_OPEN_ENDS = frozenset({"the", "a", "an", "of", "and", "or", "to", "for", "in", "on", "as"})


def _line_width(text: str) -> int:
    """The width the text is wrapped at (the longest lines, short of outliers)."""
    lengths = sorted(len(line.strip()) for line in text.split("\n") if line.strip())
    return lengths[int(len(lengths) * 0.9)] if lengths else 80


_FORM_END = re.compile(r"\b[A-Z]{1,2}-(?:\d{1,2}[A-Z]{0,3}|[A-Z])$")
"""A form's name ends a sentence: "... on Form S-3. In that connection ..." ("3" is no initial)."""


_NAME_END = re.compile(r"\b(?:Inc|Corp|Co|Ltd|L\.P|L\.L\.C|LLC)$")
_SENTENCE_OPENER = re.compile(r"\s+(?:We|Our|In|For|This|These|Based|It|You|I)\s")


def _ends_no_sentence(text: str, dot: int, end: int) -> bool:
    """Whether the full stop at `dot` ends an abbreviation, and no sentence with it."""
    return _is_abbreviation(text, dot) and not _name_then_sentence(text, dot, end)


def _name_then_sentence(text: str, dot: int, end: int) -> bool:
    """Whether the full stop at `dot` ends a company's name and its sentence with it ("... of
    Tarrant Holdings, Inc. For this letter we have read ..."): the next
    word opens a sentence, and never goes on with a name."""
    return bool(
        _NAME_END.search(text, max(0, dot - 6), dot) and _SENTENCE_OPENER.match(text, dot + 1, end)
    )


_QUOTED_LETTER = re.compile(r"[\"\u201c]\w\.")
"""A letter alone in quotes ("... the certificate that forms Exhibit "B." Our advice ..."): an
exhibit's or schedule's name, which ends its sentence, not an initial."""


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([\w.'\u2019]+)$", text[max(0, dot - 12) : dot])
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    if token.isdigit():
        # "... the papers named in Annex 4. Our assumptions ...": a figure ends a sentence
        # like a word; only a number opening its line ("1. The Company") is no sentence
        return len(token) == 1 and _numbers_its_line(text, dot - 1)
    if re.fullmatch(r"[ivx]{2,4}", token) and word.group(1).isupper():
        # "II. Assumptions": a part's number in Roman figures, when it opens its line
        return _numbers_its_line(text, dot - len(token))
    if token in _MONTH_ABBREVIATIONS and re.match(r"[ \t]+\d", text[dot + 1 : dot + 4]):
        return True  # "dated Sept. 3, 2021"
    if token in _ABBREVIATIONS or (
        len(token) == 1
        and not _FORM_END.search(text, max(0, dot - 8), dot)
        and not _QUOTED_LETTER.match(text, max(0, dot - 2))
    ):
        return True
    if re.search(r"[a-z](?:No|Nos)$", word.group(1)):  # "(FileNo. 333-1)": a space lost
        return True
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", token))  # U.S, N.Y, L.L.P


def _numbers_its_line(text: str, at: int) -> bool:
    """Whether the figure at `at` opens its line (a table's cell bars and brackets aside)."""
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip(" \t|(")


def _split_sentence(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Enumerated items and function changes inside one sentence."""
    cuts = set()
    inline = [
        m.start()
        for m in _ENUMERATOR.finditer(text, start, end)
        if not _REFERENCE.search(text, max(start, m.start() - 60), m.start())
    ] + [m.start(m.lastindex or 0) for m in _BULLET.finditer(text, start, end)]
    numbered = [m.start(m.lastindex or 0) for m in _NUMBERED_ITEM.finditer(text, start, end)]
    if numbered and not inline and _opens_with_numbered_item(text, start):
        # ("3.1 the genuineness ...; 3.2 that the resolutions ...": the first item too; not
        # "3. When (i) ... and (ii) ...", whose inner items are the paragraph's own)
        numbered.insert(0, start)
    markers = sorted(inline + numbered)
    before = text[start : markers[0]] if markers else ""  # the list's lead-in
    if markers and markers[0] == start:
        # a list cut from its lead-in at the colon ("we have assumed:" / "(a) ..."): the words
        # just before it lead it in
        before = text[max(0, start - _LEAD_REACH) : start]
    if len(markers) >= 2 and _items_differ(text, [start, *markers[1:], end], before):
        cuts.update(markers[1:])  # a lead-in goes with the first item
    elif not markers:
        # items with no marker, each a paragraph: the sentence's start is the first one's
        unmarked = [m.end() for m in _UNMARKED_ITEM.finditer(text, start, end)]
        if unmarked and _items_differ(text, [start, *unmarked, end]):
            cuts.update(unmarked)
    if markers and markers[0] > start and _ITEM_ENDS.search(text, start, markers[0]):
        # the end of an item a page break cut, then the next: "Company, enforceable ...; and"
        # / "(4) the Warrant Shares ...", however many items follow it
        cuts.add(markers[0])
    weighed = 0
    for m in _FUNCTION_SHIFT.finditer(text, start, end):
        # (an aside just after an item's marker, "(ii) except to the extent provided in
        # paragraph 1 below, the due organization ...", is the item's own)
        item = max((at for at in markers if at <= m.start()), default=start)
        weighed += 1  # (a real sentence has a few; a hostile one thousands, each weighed)
        if weighed <= _EXCEPTIONS_WEIGHED and _excepts_nothing_named(text, m.end(), end):
            continue  # "... upon the Contribution except to the extent, if any, that the cash
            # is not applied as described": a condition of the opinion, no exception to it
        if m.end() - item > _ITEM_OPENING and not _joins_nouns(text, m):
            if _OPINIONS_NAMED.fullmatch(text, _past_run_in_head(text, start, end), m.end()):
                continue  # "The opinion in paragraph 2 is | subject to ...": the exception's
            cuts.add(m.end())
    cuts.update(m.end() for m in _FAMILIAR.finditer(text, start, end))
    lead = _ASSUMING_LEAD.match(text[start:end])
    if lead:
        cuts.add(start + lead.end(1))
    job = _JOB_CHANGE.match(text[start:end])
    if job and not _CAPACITY_ONLY.fullmatch(job.group()):
        cuts.add(start + job.end())
    if end - start > LONG_SENTENCE:
        # (a list after "we have assumed that:" holds what is assumed, in an opinion's words)
        assumed = bool(markers) and bool(ASSUMES_LIST.search(before.rstrip(" \t\n:")))
        # (not in an item's first words: "3.4 the truth, | completeness and accuracy of all
        # representations ...", the job its nouns name is the item's)
        cuts.update(
            cut
            for cut in _job_changes(text, start, end, assumed)
            if not _in_items_opening(markers, cut)
        )
    else:
        cuts.update(_opinion_after_other_job(text, start, end))
        cuts.update(_next_opinions(text, start, end))
    points = sorted(c for c in cuts if start < c < end)
    # (no piece is a bare "and" between an item's "; " and the next item's marker)
    ends = [*points[1:], end]
    points = [
        p for p, q in zip(points, ends[: len(points)], strict=True) if not _bare_and(text, p, q)
    ]
    bounds = [start, *points, end]
    return [(a, b) for a, b in itertools.pairwise(bounds)]


_ITEM_ENDS = re.compile(r";(?:\s+(?:and|or))?\s*$")
_ITEM_OPENING = 20
"""An item's first characters, its marker's among them: too few to hold a job of their own."""


def _in_items_opening(markers: list[int], at: int) -> bool:
    """Whether `at` lies in the first characters of the item whose marker is last before it
    (`markers` in order: found by halving, as a hostile sentence holds thousands)."""
    before = bisect.bisect_left(markers, at) - 1
    return before >= 0 and at - markers[before] <= _ITEM_OPENING


def _opens_with_numbered_item(text: str, start: int) -> bool:
    """Whether a sentence opens with a numbered item on a line of its own ("      3.1   the
    genuineness of ..."): the item's indent went with the sentence before, so the item is
    found from its line's start."""
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip(" \t"):
        return False
    item = _NUMBERED_ITEM.match(text, line)
    return item is not None and item.start(item.lastindex or 0) == start


_UNMARKED_ITEM = re.compile(
    r";(?:[ \t]+(?:and|or))?[ \t]*\n[ \t]*\n[ \t|]*(?=(?:that|the|each|all|any) )"
)
"""Where an item with no marker starts: a paragraph of its own after one ending "; (and)" -
"...binding obligation of each such party;" / "" / "that the Registration Statement will have
become effective ..." (a list converted from a page that numbered its items in the margin)."""
_CONNECTIVE = re.compile(r"\s*(?:and|or|and/or)?\s*", re.IGNORECASE)


def _bare_and(text: str, start: int, end: int) -> bool:
    return bool(_CONNECTIVE.fullmatch(text, start, end))


_OPINIONS_NAMED = re.compile(
    r"\W*(?:the|our|each|such|all)?\s*(?:foregoing\s+)?opinions?\b[^.;,]{0,60}\b(?:is|are)\s+",
    re.IGNORECASE,
)
"""The subject of an exception to the opinion, all there is before it ("The opinion in
paragraph 2 is"): the sentence is the exception."""
_LEAD_REACH = 200
"""How far back the lead-in of a list cut from it at its colon is read."""
_FAMILIAR = re.compile(r",\s+(?=are\s+(?:also\s+|generally\s+)?familiar\s+with\b)", re.IGNORECASE)
"""The next of a series of things the firm did, sharing its "we" ("We have served as counsel to
X on its share plan, are familiar with its charter papers, and have read ..."): what it
knows of the papers starts there, after the engagement."""
_NOUNS_THEN_ASSUMED = re.compile(
    r"and\s+[^,.;]{1,50},\s+(?:we\s+)?have\s+(?:also\s+|further\s+)?assumed\b"
)


def _joins_nouns(text: str, shift: re.Match[str]) -> bool:
    """Whether a shift at "and ..., we have assumed" joins two nouns of one phrase ("As to the
    ship leases and deeds that individuals signed, we have assumed ..."): no comma before "and"
    nor after it, so "and" does not open a clause of its own."""
    return not shift.group().startswith(",") and bool(_NOUNS_THEN_ASSUMED.match(text, shift.end()))


LONG_SENTENCE = 700
"""A sentence this long may do several jobs one after another (a tax letter whose whole body
is one sentence): it is cut where a phrase opens with the strong wording of another type."""
_PHRASE = re.compile(r"[,;]\s+")
OPENS_WITHIN = 80
"""A phrase changes the sentence's job when its strong wording starts this close to its start."""


_NOUNS_GO_ON = re.compile(
    r"(?i)(?:exceptions|limitations|qualifications|assumptions)\s*(?:,|and\b|or\b|:)|"
    # "... have been duly authorized, | executed and delivered by each party thereto ..."
    r"(?:executed|delivered)(?:,? and (?:delivered|executed))?\b|"
    # "we have examined such papers, documents, agreements, | certificates of public officials"
    r"certificates\s+of\s+public\s+officials\b"
)
"""A phrase that only goes on naming the kinds of caveat the one before it began, the acts
the one before it began to list ("authorized, executed and delivered"), or the papers examined
(certificates of public officials are examined, not relied on, where a list names them): no
job."""
_FIRM_SPEAKS = re.compile(r"\s*(?:and\s+)?(?:we|I|it\s+is\s+(?:our|my)|in\s+(?:our|my))\b")


def _job_changes(text: str, start: int, end: int, assumed: bool = False) -> list[int]:
    """Where a long sentence turns to another job: at the start of a phrase (after a comma or
    semicolon) whose opening words carry strong wording for a type other than the one the
    sentence has been doing."""
    cuts: list[int] = []
    current = _strong_type(text[start : start + OPENS_WITHIN])
    phrases = [m for m in _PHRASE.finditer(text, start, end) if m.end() - start >= 60]

    @functools.cache  # a phrase's opening is weighed once, though both loops may ask for it
    def opens(at: int) -> str | None:
        return _strong_type(text[at : min(at + OPENS_WITHIN, end)])

    # past the words that open the opinions: from the start, for a list of opinions cut from
    # its lead-in ("(a) the Units ..., enforceable in accordance with their terms; (b) ...") or
    # one that opens with them ("In our opinion, subject to ..., (1) the shares ...")
    opined = bool(_OPINION_OPENS.match(text, start, min(end, start + OPENS_WITHIN))) or (
        bool(_ENUMERATOR.match(text, start))
        and (_strong_type(text[start:end]) or "").startswith("opinion")
    )
    for i, m in enumerate(phrases):
        if end - m.end() < 40 or (cuts and m.end() <= cuts[-1]):
            continue
        if _LIST_COLON.match(text, m.end()):
            continue  # "we have assumed, without independent investigation, | that:": its lead-in
        if _NOUNS_GO_ON.match(text, m.end()):
            continue  # "subject to the following exceptions, | limitations and qualifications:"
        kind = opens(m.end())
        if _OPINION_LEAD.match(text, m.end()):  # "..., I am of the opinion that ..."
            kind = "opinion"
        elif opined and _NEXT_OPINION.match(text, m.end()):
            kind = "next opinion"  # "..., and that the Warrant Shares, when issued, ..."
        elif opined and kind and kind.startswith("opinion"):
            kind = None  # an opinion's own phrases ("when issued, ...") stay with it
        elif (
            kind
            and (kind.startswith("opinion") or kind == "documents-examined")
            and (assumed or (current or "").startswith("assumption"))
            and not _FIRM_SPEAKS.match(text, m.end())
        ):
            # what is assumed of others reads like an opinion on them ("(ii) the due
            # organization ... and valid existence in good standing, of each party ..."), or
            # names what was examined ("(f) that the Charter will be in effect, | in the forms
            # we have examined, ..."): the assumption's, unless the firm turns to its own
            # opinion ("we hereby confirm") or to what it examined ("and we have reviewed")
            kind = None
        if kind and kind != current:
            cut = _latest_opening(text, phrases[i:], kind, opens)
            if _NOUNS_GO_ON.match(text, cut):
                continue  # the wording, a few phrases on, still names the papers examined
            if _AS_TO.match(text, cut) and _CERTIFICATE_BEFORE.search(
                text, max(start, cut - 130), cut
            ):
                continue  # "(vii) a certificate of an officer, dated today, | as to facts"
            cuts.append(cut)
            current = "opinion" if kind == "next opinion" else kind
            opined = opined or current.startswith("opinion")
    return cuts


_OPINION_OPENS = re.compile(
    r"(?i)[^.;]*?\b(?:in\s+(?:our|my)\s+opinion|(?:we\s+are|i\s+am)\s+of\s+the\s+opinion|"
    r"it\s+is\s+(?:our|my)\s+opinion)\b"
)
"""Words near a sentence's start that open the opinions: its later phrases are theirs."""
_AS_TO = re.compile(r"as\s+to\b", re.IGNORECASE)
_CERTIFICATE_BEFORE = re.compile(r"(?i)\bcertificates?\b[^.;:()]{0,100},\s*$")
"""A certificate just named, whose subject the next phrase gives ("a certificate of an officer
of the Company, dated the date hereof, as to certain factual matters"): what was examined, not
the facts relied on."""
_LIST_COLON = re.compile(r"(?:that|the following|as follows)\s*:", re.IGNORECASE)
"""The last words of a list's lead-in: the phrase the list's items go on from."""


def _opinion_after_other_job(text: str, start: int, end: int) -> list[int]:
    """Where a sentence that has long done another job gives the opinion ("..., and having
    assumed the genuineness of all signatures, we advise you that in our opinion the Shares
    ..."): at its opening words, once the words before carry strong wording of another type
    (not a lead-in such as "Based upon and subject to the foregoing, ...")."""
    for m in _PHRASE.finditer(text, start, end):
        if m.end() - start < _BEFORE_OPINION or not _OPINION_LEAD.match(text, m.end()):
            continue
        before = _strong_type(text[start : m.start()])
        return [m.end()] if before and not before.startswith("opinion") else []
    return []


def _next_opinions(text: str, start: int, end: int) -> list[int]:
    """Where a sentence that gives the opinions turns from one to another of a different type
    ("we are of the opinion that the Company is duly incorporated ..., and that, when issued
    ..., the Shares will be validly issued"): at each "and that" whose words name another
    opinion than those before it. (A sentence longer than LONG_SENTENCE is cut by
    `_job_changes`.)"""
    if not _OPINION_OPENS.match(text, start, min(end, start + OPENS_WITHIN)):
        return []
    cuts: list[int] = []
    last = start
    for m in _PHRASE.finditer(text, start, end):
        if not _NEXT_OPINION.match(text, m.end()):
            continue
        before, after = _strong_type(text[last : m.end()]), _strong_type(text[m.end() : end])
        if before and after and before != after and after.startswith("opinion"):
            cuts.append(m.end())
            last = m.end()
    return cuts


_BEFORE_OPINION = 120
"""Characters of another job a sentence does before its opinion, at least, to be cut there."""
_OPINION_LEAD = re.compile(
    r"(?:and\s+)?(?:(?:I\s+am|we\s+are)\s+of\s+(?:the\s+)?opinion|it\s+is\s+(?:our|my)\s+opinion|"
    r"(?:I|we)\s+(?:hereby\s+)?advise\s+you\s+that|"
    # a tax letter's: "..., and we hereby confirm that the Discussion ... reflects our opinion"
    r"(?:I|we)\s+(?:hereby\s+)?confirm\s+(?:to\s+you\s+)?that)\b",
    re.IGNORECASE,
)
"""The words that open the opinions in a long sentence that has been doing other jobs."""
_NEXT_OPINION = re.compile(
    r"(?:and\s+)?that,?\s+(?:the|each|all|any|such|when|upon|once|following)\b", re.IGNORECASE
)
"""The next of a series of opinions in one sentence: "..., and that the Warrant Shares ..."."""
_OPENS_A_CLAUSE = re.compile(
    r"\s*(?:(?:and\s+)?(?:that|having)\b|(?:I\s+am|we\s+are)\b)", re.IGNORECASE
)
"""A phrase that opens a clause of its own ("and having relied,", "that the Warrants,"): the
job starts there, not at the phrase after it."""


def _latest_opening(
    text: str, phrases: list[re.Match[str]], kind: str, opens: Callable[[int], str | None]
) -> int:
    """The phrase whose opening words hold the wording: a phrase with none of it of its own
    ("possibly with retroactive effect, and that we consent ...") stays with the job before.
    `opens` gives the type of the wording a phrase opens with at a place."""
    at = phrases[0]
    if _OPENS_A_CLAUSE.match(text, at.end()):
        return at.end()
    for later in phrases[1:]:
        if later.end() >= at.end() + OPENS_WITHIN or _strong_type(text[at.end() : later.start()]):
            break
        if opens(later.end()) != kind:
            break
        at = later
    return at.end()


def _excepts_nothing_named(text: str, at: int, end: int) -> bool:
    """Whether the words from an "except ..." at `at` to the sentence's end name no type: then
    they are the sentence's own condition, not a turn to an exception to it."""
    reach = min(end, at + _EXCEPTION_REACH)  # (not the whole of a sentence with no end)
    return text.startswith(("except", "Except"), at) and _strong_type(text[at:reach]) is None


_EXCEPTION_REACH = 300
"""How many characters after "except" are read for the exception's type."""
_EXCEPTIONS_WEIGHED = 20
"""How many turns of one sentence are read for what they name."""


def _strong_type(text: str) -> str | None:
    scores, _ = cue_scores(text)
    strong = [t for t, w in scores.items() if w >= STRONG_CUE]
    return max(strong, key=lambda t: scores[t]) if strong else None


def _items_differ(text: str, bounds: list[int], lead: str = "") -> bool:
    """Whether the items of a list point to different types (by their strongest cues).

    A list is cut into items only then: the conditions of an opinion, or the documents
    examined, stay one unit; "(1) bankruptcy ..., (2) general principles of equity" do not.
    Under an assumptions lead-in ("we have assumed:"), an item that names no kind of
    assumption ("that each award agreement will be consistent with the Plan") is another kind
    than the items that do (the genuineness of signatures).
    """
    kinds = set()
    plain = False
    for a, b in itertools.pairwise(bounds):
        scores, _ = cue_scores(text[a:b])
        strong = [t for t, w in scores.items() if w >= STRONG_CUE]
        if strong:
            kinds.add(max(strong, key=lambda t: scores[t]))
        else:
            plain = True
    assumes = ASSUMES_LIST.search(lead) or _ASSUMPTIONS_NAMED.search(" ".join(lead.split()))
    return len(kinds) >= 2 or (plain and bool(kinds) and bool(assumes))


_ASSUMPTIONS_NAMED = re.compile(FOLLOWING_ASSUMPTIONS, re.IGNORECASE)
NOT_VERIFIED = r"\s+and\s+(?:have\s+)?not\s+(?:independently\s+)?(?:verified|investigated)"
"""What the firm adds to "we have assumed": "we have assumed and have not verified (i) ..."."""
ASSUMES_LIST = re.compile(
    r"(?i)\b(?:(?:we|i)\s+(?:have\s+)?(?:also\s+|further\s+)?assumed?|assuming)\b"
    r"(?:,\s*[^,.;:]{1,60}(?:,|(?=\W*$))|\s+without\s+[^,.;:]{1,40}?(?=\s+that\b|\W*$)|"
    rf"{NOT_VERIFIED})?"
    r"(?:\s+that(?:,\s*[^.;:]{1,100})?|"
    r"\s+(?:each\s+of\s+)?the\s+following(?:\s+[^\W\d][^.;:,]{0,90})?|\s+as\s+follows)?\W*$"
)
"""The last words of a lead-in to a list of assumptions ("..., we assume that:", "We have
assumed (a) ...", "we have assumed the following:", "we have assumed, without independent
investigation, that:", "We have assumed each of the following in rendering this opinion:"); an
aside may end the lead-in ("we have assumed, without independent investigation:", "we have
assumed without further enquiry:"; "we have further assumed that, at the time of the issuance
of any Securities:")."""


def _attach_numbering(units: list[Unit], text: str) -> list[Unit]:
    """A bare paragraph number or caption ("1.1", "INTRODUCTION") joins the unit after it."""
    out: list[Unit] = []
    carry: Unit | None = None
    for unit in units:
        if carry is not None:
            unit = Unit(carry.start, unit.end, unit.zone, text[carry.start : unit.end])
            carry = None
        if _is_bare_number(unit.text):
            carry = unit
            continue
        out.append(unit)
    if carry is not None:
        out.append(carry)
    return out


_PART_CAPTION = re.compile(
    r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.|[A-H]\.)[ \t]+"
    r"(?!(?:The|A|An|Each|Copies|Copy)\b)[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019&-]+){0,4}"
    r"[ \t]*\n[ \t]*\n\s*"
)
"""A part's number and caption on a line of its own, a blank line below ("6. Scope and
reliance", "II. Assumptions"): it heads the part. A numbered line naming a document ("2. The
Indenture") is a list's item instead."""


def opens_with_caption(text: str) -> int:
    """The length of the numbered caption a unit opens with (0 for none)."""
    m = _PART_CAPTION.match(text)
    return m.end() if m else 0


_RUN_IN_CAPTION = re.compile(
    r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})[.)]\s+[A-Z][\w'\u2019-]*"
    r"(?:\s+(?:[A-Z][\w'\u2019-]*|of|and|or|the|to|for|on)){0,4}\."
)
"""A numbered item's caption run in before its text ("5. Warrants. When ...", "(b) Purchase
Contracts."): capitalised words and a full stop, no verb."""


def _is_bare_number(s: str) -> bool:
    """A paragraph number, or a caption on a line of its own ("Opinion as to the Notes")."""
    stripped = s.strip()
    if re.fullmatch(r"(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z][A-Z ]{2,40})", stripped):
        return True
    if _RUN_IN_CAPTION.fullmatch(stripped):
        return True  # "4. Depositary Shares." before its item's text, on the same line
    if (caption := opens_with_caption(s)) and not s[caption:].strip():
        return True  # "6. Scope and reliance", a blank line below it
    if re.fullmatch(r"[|\s]*\d{1,2}(?:\.\d{1,2})*\.?[|\s]*", stripped):
        return True  # a numbered cell of a table ("|1", "1.\n|"), alone on its lines
    lines = stripped.split("\n")
    if "\n" not in s or len(lines) > 3:
        return False
    # a caption of one line, or centred (indented) over two or three short ones in hard-wrapped
    # text ("Documents" above "Examined"): alone, each would show as a line of a word or two
    if any(len(line.strip()) > 30 or not line[:1].isspace() for line in lines[1:]):
        return False
    joined = " ".join(stripped.split())
    return _is_caption(joined) or bool(re.fullmatch(r"[A-Z][A-Z ]{2,60}", joined))
