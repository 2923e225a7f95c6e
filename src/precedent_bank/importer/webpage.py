"""HTML to the text a reader sees: paragraphs, line breaks and words, nothing else.

Block elements end a paragraph (a blank line), `<br>` and table rows end a line, runs of HTML
whitespace become one space (except inside `<pre>`), entities are decoded (`&#147;` as the
curly quote browsers show; invalid numeric references are kept as written, see `read_html`),
and scripts, styles, comments and the document head are dropped. EDGAR's `<PAGE>` markers end a
paragraph. A list item gets the number or bullet a browser gives it, and text an inline style
or the `hidden` attribute hides is left out (see `_text`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
import lxml.html

from precedent_bank.errors import SourceError
from precedent_bank.importer.letter import opening
from precedent_bank.importer.word_numbers import roman
from precedent_bank.records.yamlio import without_invisible

_BLOCKS = frozenset(
    """address article aside blockquote center dd div dl dt fieldset figcaption figure footer
    form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table ul page details summary
    menu legend""".split()  # noqa: SIM905
)
_LINES = frozenset({"br", "tr"})
_CELLS = frozenset({"td", "th", "option"})
_BLOCK_DISPLAYS = frozenset({"block", "flex", "grid", "list-item", "table", "flow-root"})
"""An inline `display` that makes an element a block: it starts a paragraph, as a <div> does."""
_SKIP = frozenset({"script", "style", "head", "title", "noscript", "template"})
_HTML_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")
MAX_WARNINGS = 10
"""Character references reported one by one; the rest are counted."""


def html_text(source: str) -> str:
    """The text of an HTML document or fragment, in paragraphs."""
    return read_html(source)[0]


def read_html(source: str, first_line: int = 1) -> tuple[str, list[str]]:
    """The text of an HTML document in paragraphs, and warnings about what was kept as written.

    A numeric character reference that names no character a letter can hold (`&#0;`, a
    surrogate, a control character, beyond Unicode) is kept as its source text and reported,
    with its line counted from `first_line`: a parser would turn it into U+FFFD or guess.
    """
    source, warnings = _keep_invalid_references(source, first_line)
    # HTML reads a lone CR as a line break (the input stream's newline normalisation).
    source = _XML_DECLARATION.sub("", source).replace("\r\n", "\n").replace("\r", "\n")
    if not source.strip():
        return "", warnings
    # nesting is read 2,048 levels deep (libxml2's limit for a huge tree), not cut off at 256
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        root = lxml.html.document_fromstring(source, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return "", warnings
    fatal = [e for e in parser.error_log if e.level >= lxml.etree.ErrorLevels.FATAL]
    if fatal:  # libxml2 stops at a fatal error: the rest of the document would be lost
        line = first_line + fatal[0].line - 1
        message = str(fatal[0].message).strip()
        if _TOO_DEEP.match(message):  # its own advice (XML_PARSE_HUGE) is taken already
            message = "elements nested more than 2,048 deep (a broken or hostile file?)"
        raise SourceError(f"could not be read to the end as HTML (line {line}: {message})")
    text, hidden, faint = _text(root)
    return text, [
        *warnings,
        *_hidden_warnings(hidden, first_line),
        *_places_said(
            faint, first_line, "text set in white, under 2 points or transparent, kept as written"
        ),
    ]


_TOO_DEEP = re.compile(r"Excessive depth in document")


def _keep_invalid_references(source: str, first_line: int) -> tuple[str, list[str]]:
    warnings: list[str] = []
    line, counted = first_line, 0
    windows: dict[str, str] = {}  # a Windows-1252 reference, once each, and what it shows

    def keep(match: re.Match[str]) -> str:
        nonlocal line, counted
        hex_digits, digits = match.groups()
        code = int(hex_digits, 16) if hex_digits else int(digits)
        if shown := _WINDOWS_1252.get(code):
            # HTML reads "&#147;" as Windows-1252's 0x93, a curly quote, as EDGAR's filing
            # agents mean it: the text a browser shows
            windows.setdefault(match.group().rstrip(";") + ";", shown)
            return shown
        why = _invalid(code)
        if why is None:
            return match.group()
        line += source.count("\n", counted, match.start())
        counted = match.start()
        if len(warnings) < MAX_WARNINGS:
            warnings.append(f"line {line}: {match.group()} is {why}; kept as written")
        return "&amp;" + match.group()[1:]

    kept = _CHAR_REF.sub(keep, source)
    more = kept.count("&amp;#") - source.count("&amp;#") - len(warnings)
    if more > 0:
        warnings.append(f"and {more} more character references kept as written")
    if windows:
        pairs = ", ".join(f"{ref} as {shown}" for ref, shown in list(windows.items())[:4])
        warnings.append(
            f"character references of Windows-1252 read as browsers show them ({pairs}"
            f"{', ...' if len(windows) > 4 else ''})"
        )
    return kept, warnings


# The references HTML reads as Windows-1252's characters (0x80-0x9F but the five it leaves
# undefined, which stay control characters).
_WINDOWS_1252 = {
    code: shown for code in range(0x80, 0xA0) if (shown := bytes([code]).decode("cp1252", "ignore"))
}


def _invalid(code: int) -> str | None:
    """Why a numeric character reference names no character a letter can hold, or None."""
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return "not a character"
    if 0x80 <= code <= 0x9F:
        shown = bytes([code]).decode("cp1252", "ignore")
        return f"a control character{f' (browsers show {shown})' if shown else ''}"
    if (code < 0x20 and chr(code) not in "\t\n\f\r") or code == 0x7F:
        return "a control character"
    if code == 0xFFFD:
        return "the replacement character"
    if 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE:
        return "a non-character"
    return None


def _shows(text: str) -> bool:
    """Whether a reader sees anything of `text`: more than spaces and invisible characters."""
    return bool(without_invisible(text).strip())


def _text(
    root: lxml.html.HtmlElement,
) -> tuple[str, list[tuple[int, str]], list[tuple[int, str]]]:
    """The text a browser shows, the hidden text left out, and the text kept that no reader
    sees (white, tiny or transparent by its inline style), each with the line it is on.

    An element `display: none` or `hidden` is not shown at all; text in an element
    `visibility: hidden` is not shown either, but a part of it made `visibility: visible` is,
    and its list items keep their numbers. Only inline styles count: a style sheet's rules
    (media queries, specificity, order) are not followed, so text hidden by one is kept, for
    the reviewer to see, rather than risk dropping text a reader sees.
    """
    writer = _Writer()
    skipping = 0
    pre = 0
    hidden: list[tuple[int, str]] = []
    shown = [True]  # whether the open elements' own text is visible
    faint = [False]  # whether it is laid out but unseen: white, tiny, transparent
    unseen: list[tuple[int, str]] = []
    laid_out: list[str] = []  # the open elements, as laid out: a block by its style, a "div"
    lists: list[_List] = []
    marker = ""  # a list item's marker, written before the item's first text

    def write(text: str, visible: bool, where: lxml.html.HtmlElement, pale: bool) -> None:
        if visible:
            writer.text(text, pre > 0)
            if pale and text.strip():
                unseen.append((where.sourceline or 1, text))
        elif text.strip():
            hidden.append((where.sourceline or 1, text))

    def write_tail(element: lxml.html.HtmlElement) -> None:
        """The text after an element (or a comment) up to the next tag: its parent's, with a
        list item's marker before it when it is the item's first text."""
        nonlocal marker
        tail = element.tail
        if tail and tail.strip() and marker and shown[-1]:
            tail, marker = f"{marker} {tail}", ""
        if tail:
            write(tail, shown[-1], element, faint[-1])

    # (comments and processing instructions come as events of their own: what follows one up
    # to the next tag is its `tail`, text of the element it stands in - "A<!-- x -->B" shows AB)
    for event, element in lxml.etree.iterwalk(root, events=("start", "end", "comment", "pi")):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event in ("comment", "pi"):
            if not skipping:
                write_tail(element)
            continue
        if event == "start":
            if skipping or tag in _SKIP or not tag:
                skipping += 1
                continue
            style = _declared(element)  # read once: display and visibility both come from it
            if _not_displayed(element, style):
                hidden.append((element.sourceline or 1, element.text_content()))
                skipping += 1
                continue
            visible = _visibility(style, shown[-1])
            shown.append(visible)
            faint.append(faint[-1] or _unseen(element, style))
            # (a <span style="display: block"> breaks the line a <div> would)
            laid_out.append("div" if style.get("display") in _BLOCK_DISPLAYS else tag)
            pre += tag == "pre"
            if marker and tag in ("ol", "ul", "li"):  # an item whose first content is a list
                writer.text(marker, pre > 0)
                marker = ""
            writer.open(laid_out[-1])
            if tag in ("ol", "ul"):
                lists.append(_List.of(element, len(lists)))
            elif tag == "li" and (number := _marker(element, lists)) and visible:
                marker = number  # the number or bullet a browser shows, before the item's text
            text = element.text
            if tag == "pre" and text and text.startswith("\n"):
                text = text[1:]  # a browser does not show a line break straight after <pre>
            if text and text.strip() and marker and visible:
                text, marker = f"{marker} {text}", ""
            if text:
                write(text, visible, element, faint[-1])
        else:
            if skipping:  # every element met while skipping, and the one that began it, counted
                skipping -= 1
                if not skipping and element.tail:  # the tail is the shown parent's
                    write(element.tail, shown[-1], element, faint[-1])
                continue
            if tag == "li" and marker:  # an item with no text shows its marker alone
                writer.text(marker, pre > 0)
                marker = ""
            writer.close(laid_out.pop())
            pre -= tag == "pre"
            shown.pop()
            faint.pop()
            if tag in ("ol", "ul") and lists:
                lists.pop()
            write_tail(element)
    return writer.result(), hidden, unseen


def _unseen(element: lxml.html.HtmlElement, style: dict[str, str]) -> bool:
    """Whether an element's inline style (or a <font color>) lays its text out where no reader
    sees it: in white, 2 points or smaller, or fully transparent. Such text is kept (a style
    sheet may set a background it shows on), and reported."""
    color = style.get("color") or (element.get("color") or "").lower()
    if _WHITE.fullmatch(color.replace(" ", "")):
        return True
    size = _SIZE.fullmatch(style.get("font-size", ""))
    if size and float(size.group(1)) <= _TINY[size.group(2)]:
        return True
    opacity = style.get("opacity", "")
    return bool(re.fullmatch(r"0*(?:\.0*)?", opacity)) and bool(opacity)


_WHITE = re.compile(r"white|#fff(?:fff)?|rgba?\(255,255,255(?:,[\d.]+)?\)")
_SIZE = re.compile(r"(\d+(?:\.\d+)?)(pt|px)")
_TINY = {"pt": 2.0, "px": 2.67}
"""The largest font size, by unit, that no reader can read (2 points, as for Word files)."""


@dataclass
class _List:
    """An open `<ol>` or `<ul>`: how its items are marked, and the next item's number."""

    kind: str  # "1", "a", "A", "i", "I"; a bullet's character; "" for none
    next: int
    step: int = 1  # -1 for a `reversed` list

    @classmethod
    def of(cls, element: lxml.html.HtmlElement, lists_above: int) -> _List:
        """A list's marking; a bullet list inside another list takes the next bullet, as a
        browser's default style gives it."""
        style = _LIST_STYLE.search(element.get("style") or "")
        words = style.group(1).lower().split() if style else []
        styled = next((_CSS_KINDS[w] for w in words if w in _CSS_KINDS), None)
        if element.tag.lower() == "ul":
            typed = _CSS_KINDS.get((element.get("type") or "").strip().lower())
            bullet = _BULLETS[min(lists_above, len(_BULLETS) - 1)]
            return cls(next(k for k in (styled, typed, bullet) if k is not None), 1)
        kind = styled if styled is not None else (element.get("type") or "1").strip()[:1]
        if element.get("reversed") is not None:  # counts down, from the number of its items
            items = sum(1 for child in element if child.tag == "li" and not _not_displayed(child))
            return cls(
                kind if kind in (*_COUNTED, "") else "1", _whole(element.get("start"), items), -1
            )
        return cls(kind if kind in (*_COUNTED, "") else "1", _whole(element.get("start"), 1))


def _marker(item: lxml.html.HtmlElement, lists: list[_List]) -> str:
    """The marker a browser puts before a list item: "3.", "c.", "iv.", a bullet, or none."""
    if not lists:
        return _BULLETS[0]  # an item outside any list shows as a bullet
    current = lists[-1]
    if current.kind not in _COUNTED:  # a bullet, or none
        return current.kind
    n = current.next = _whole(item.get("value"), current.next)
    current.next += current.step
    if current.kind in "aA" and n > 0:
        letters = ""
        while n:  # CSS's alphabetic count: z, then aa, ab ...
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return (letters.upper() if current.kind == "A" else letters) + "."
    if current.kind in "iI":
        return (roman(n).upper() if current.kind == "I" else roman(n)) + "."
    return f"{n}."


def _whole(value: str | None, default: int) -> int:
    """An attribute's number as a browser reads it ("3abc" and "3.7" are 3), bounded."""
    number = _LEADING_NUMBER.match(value or "")
    return max(-(10**6), min(int(number.group()), 10**6)) if number else default


_LEADING_NUMBER = re.compile(r"\s*[+-]?\d{1,12}")


_BULLETS = ("\u2022", "\u25e6", "\u25aa")  # disc, circle, square: as lists nest
_COUNTED = ("1", "a", "A", "i", "I")
_LIST_STYLE = re.compile(r"(?i)list-style(?:-type)?\s*:\s*([a-z -]+)")
_CSS_KINDS = {
    "none": "",
    "decimal": "1",
    "lower-alpha": "a",
    "lower-latin": "a",
    "upper-alpha": "A",
    "upper-latin": "A",
    "lower-roman": "i",
    "upper-roman": "I",
    "disc": _BULLETS[0],
    "circle": _BULLETS[1],
    "square": _BULLETS[2],
}


def _declared(element: lxml.html.HtmlElement) -> dict[str, str]:
    """An element's inline style, property by property, the last declaration of each winning
    (comments taken out)."""
    found = {}
    for declaration in _uncommented(element.get("style") or "").split(";"):
        name, colon, value = declaration.partition(":")
        if colon:
            found[name.strip().lower()] = value.replace("!important", "").strip().lower()
    return found


def _uncommented(style: str) -> str:
    """CSS without its comments, in one pass: a pattern looking for each "/*"'s end would scan
    to the end of the text from every "/*" of a hostile style ("/* " repeated: 28 s for 120 KB).
    A comment never closed runs to the end, as in CSS."""
    parts, at = [], 0
    while (start := style.find("/*", at)) >= 0:
        parts.append(style[at:start])
        end = style.find("*/", start + 2)
        if end < 0:
            return " ".join(parts)
        at = end + 2
    parts.append(style[at:])
    return " ".join(parts)


def _not_displayed(element: lxml.html.HtmlElement, style: dict[str, str] | None = None) -> bool:
    """An element a browser does not lay out at all: `display: none`, or `hidden` unless its
    style displays it (`style`: its inline style, if read already)."""
    display = (_declared(element) if style is None else style).get("display")
    return display == "none" or (element.get("hidden") is not None and display is None)


def _visibility(style: dict[str, str], inherited: bool) -> bool:
    """Whether an element's own text is visible: its `visibility`, else its parent's."""
    visibility = style.get("visibility")
    if visibility in ("hidden", "collapse"):
        return False
    return True if visibility == "visible" else inherited


def _hidden_warnings(hidden: list[tuple[int, str]], first_line: int) -> list[str]:
    """One warning for the hidden text left out, with where it was and how it begins."""
    return _places_said(hidden, first_line, "hidden text left out, as a browser hides it")


def _places_said(places: list[tuple[int, str]], first_line: int, what: str) -> list[str]:
    """One warning saying `what` of these texts: how much, where the first is, how it begins."""
    texts = [(line, " ".join(text.split())) for line, text in places]
    texts = [(line, text) for line, text in texts if text]
    if not texts:
        return []
    line, text = texts[0]
    start = opening(text)
    count = sum(len(t) for _, t in texts)
    return [
        f"{what}: {count} character(s) in {len(texts)} place(s), the first at line "
        f'{first_line + line - 1}: "{start}"'
    ]


class _Writer:
    """Collects lines of text and the breaks between them: a block's edge is a paragraph break
    (one blank line, however many edges meet), and each `<br>` or line break in `<pre>` is a
    line break of its own, as a browser shows them."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.current: list[str] = []
        self.pending = 0  # line breaks seen since the last text (2: a blank line between)
        self.before_next = 0  # break to write before the next line

    def open(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.pending = 2
        elif tag in _CELLS and self.current and not self.current[-1].endswith(" "):
            self.current.append(" ")

    def close(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.pending = max(self.pending, 2)
        elif tag == "br":  # each one shows: two in a row leave a blank line between paragraphs
            self.pending += 1
        elif tag in _LINES:
            self.pending = max(self.pending, 1)

    def text(self, text: str, pre: bool) -> None:
        lines = text.split("\n") if pre else [_HTML_SPACE.sub(" ", text)]
        for n, line in enumerate(lines):
            if n:  # in <pre> every line break shows, blank lines too
                self.pending += 1
            self._add(line, pre)

    def _add(self, text: str, pre: bool) -> None:
        if not text or (not _shows(text) and (self.pending or (not pre and not self.current))):
            # nothing to show: a line of spaces, or of zero-width spaces (a spacer line, as
            # some filing agents write them), between two breaks keeps both breaks
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
        if _shows(line):
            if self.out:
                self.out.append("\n" * max(self.before_next, 1))
            self.out.append(line)
            self.before_next = 0

    def result(self) -> str:
        self._flush()
        return "".join(self.out)
