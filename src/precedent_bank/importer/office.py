"""Text out of Word (.docx) files, defended against files built to do harm (PDFs: `pdf`).

It is read in a child process with limits on memory and time (see `sandbox`). A .docx is a
ZIP archive: before python-docx opens it, its size on unpacking and its compression ratios are
checked (zip bombs), and every XML part is parsed, without loading or resolving anything, to
refuse a DTD wherever it is and in whatever encoding (external entities). The document is then
read in order - paragraphs, tables, content controls, tracked insertions, text boxes, footnotes
- and a letter with text the reader did not reach is refused rather than imported short.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.etree

from precedent_bank.errors import SourceError
from precedent_bank.importer.letter import opening
from precedent_bank.importer.word_numbers import WordNumbers

DOCX_MAX_UNPACKED = 50_000_000
DOCX_MAX_RATIO = 200
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Never read: deleted text (tracked changes), properties, and the VML copy of a text box that
# Word writes beside its DrawingML original.
_UNREAD = frozenset(
    {f"{_W}del", f"{_W}moveFrom", f"{_W}pPr", f"{_W}rPr", f"{_W}sectPr", f"{_W}tblPr", _FALLBACK}
)
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_UNDERSTOOD = frozenset(
    {
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",  # wps: text boxes
        "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
        "http://schemas.microsoft.com/office/word/2010/wordml",
        "http://schemas.microsoft.com/office/word/2012/wordml",
        "http://schemas.microsoft.com/office/word/2015/wordml/symex",
        "http://schemas.microsoft.com/office/drawing/2010/main",
        "http://schemas.openxmlformats.org/officeDocument/2006/math",
    }
)
"""The namespaces a `mc:Choice` may require and still be read: Word's own, whose text the
reader takes as Word shows it."""
_TEXT = frozenset({f"{_W}t", f"{_M}t"})
_BREAKS = frozenset({f"{_W}br", f"{_W}cr"})
_SYM = f"{_W}sym"
_XML_START = (b"<", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00<")
_NOTES = {"footnotes": "footnote", "endnotes": "endnote"}


def docx_text(path: Path) -> tuple[str, list[str]]:
    """The text of a Word document in reading order, and warnings about what it left out.

    Paragraphs are separated by a blank line, a table row's cells by a space; text boxes follow
    the paragraph they sit in; footnotes and endnotes come after the body.
    """
    _check_docx(path)
    try:
        return _read_docx(path)
    except KeyError as exc:  # python-docx, following a relationship the package does not hold
        missing = one_line(str(exc.args[0] if exc.args else exc))
        raise SourceError(
            f"is damaged: it refers to a part it does not hold ({missing}); open it in Word and "
            "save it again"
        ) from None


def _read_docx(path: Path) -> tuple[str, list[str]]:
    """`docx_text`, once the package has been checked."""
    import docx  # python-docx, imported only when a Word file comes

    document = docx.Document(str(path))
    body = document.element.body
    token = _HIDDEN_STYLES.set(_hidden_styles(document))
    try:
        _choose_alternatives(document.element)
        parts = _margins_and_notes(document)
        for root in parts.values():
            _choose_alternatives(root)
        top, bottom, warnings = _first_page_margins(document)
        numbers = _numbers(document)
        blocks = list(_blocks(body, numbers))
        notes, noted = _notes(parts, numbers)
        _check_complete(body, "".join(blocks))
        _refuse_embedded([body, *parts.values()])
        hidden = _hidden_warning([body, *parts.values()])
        hidden += _faint_warning([body, *parts.values()])
    finally:
        _HIDDEN_STYLES.reset(token)
    text = "\n\n".join(b for b in [*top, *blocks, *notes, *bottom] if b.strip())
    return text, warnings + numbers.warnings() + noted + hidden


@dataclass(frozen=True)
class _Hiding:
    """Which of a document's styles hide their text (True) or show it (False), as their chains
    of `basedOn` resolve; the default paragraph style; the document's default."""

    character: dict[str, bool]
    paragraph: dict[str, bool]
    default_paragraph: str | None = None
    default: bool = False


_HIDDEN_STYLES: ContextVar[_Hiding | None] = ContextVar("hidden_styles", default=None)
"""The styles of the document being read, for `_hidden` (None outside `docx_text`)."""


def _hidden(run: Any) -> bool:
    """A run Word does not show: formatted as hidden text (`w:vanish`), as a drafting note
    may be - on the run itself, else by its character style, else by its paragraph's style
    (or the default paragraph style), else by the document's default."""
    vanish = run.find(f"{_W}rPr/{_W}vanish")
    if vanish is not None:
        return _on(vanish)
    styles = _HIDDEN_STYLES.get()
    if styles is None:
        return False
    own = run.find(f"{_W}rPr/{_W}rStyle")
    if (
        own is not None
        and (by_character := styles.character.get(own.get(_VAL_ATTR) or "")) is not None
    ):
        return by_character
    paragraph = next((a for a in run.iterancestors(f"{_W}p")), None)
    named = paragraph.find(f"{_W}pPr/{_W}pStyle") if paragraph is not None else None
    style = named.get(_VAL_ATTR) if named is not None else styles.default_paragraph
    by_paragraph = styles.paragraph.get(style or "")
    return styles.default if by_paragraph is None else by_paragraph


def _on(flag: Any) -> bool:
    return flag.get(_VAL_ATTR, "true") not in ("0", "false", "off")


_VAL_ATTR = f"{_W}val"
_CHAIN = 200
"""Links of a `basedOn` chain followed at most: a hostile file may loop."""


def _hidden_styles(document: Any) -> _Hiding:
    """What each style says of hidden text, itself or by a style it is based on."""
    root = document.styles.element
    own: dict[str, bool | None] = {}
    based: dict[str, str] = {}
    kinds: dict[str, str] = {}
    default_paragraph = None
    for style in root.iterchildren(f"{_W}style"):
        sid = style.get(f"{_W}styleId") or ""
        kinds[sid] = style.get(f"{_W}type") or "paragraph"
        if kinds[sid] == "paragraph" and _on_attr(style.get(f"{_W}default")):
            default_paragraph = sid
        vanish = style.find(f"{_W}rPr/{_W}vanish")
        own[sid] = None if vanish is None else _on(vanish)
        parent = style.find(f"{_W}basedOn")
        if parent is not None:
            based[sid] = parent.get(_VAL_ATTR) or ""
    resolved: dict[str, dict[str, bool]] = {"character": {}, "paragraph": {}}
    for sid, kind in kinds.items():
        current: str | None = sid
        for _ in range(_CHAIN):
            if current is None or current not in own:
                break
            if own[current] is not None:
                if kind in resolved:
                    resolved[kind][sid] = bool(own[current])
                break
            current = based.get(current)
    default = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}vanish")
    return _Hiding(
        resolved["character"],
        resolved["paragraph"],
        default_paragraph,
        default is not None and _on(default),
    )


def _on_attr(value: str | None) -> bool:
    return value is not None and value not in ("0", "false", "off")


def _margins_and_notes(document: Any) -> dict[str, Any]:
    """The header, footer and note parts' XML roots by part name ("footnotes", "header2"),
    each parsed once: python-docx parses headers itself, notes are read from their bytes."""
    import docx.oxml

    return {
        Path(str(part.partname)).stem: (
            part.element if hasattr(part, "element") else docx.oxml.parse_xml(part.blob)
        )
        for part in document.part.package.iter_parts()
        if re.search(r"/(?:header|footer|footnotes|endnotes)\d*\.xml$", str(part.partname))
    }


def _hidden_warning(parts: list[Any]) -> list[str]:
    """One warning for the hidden text left out of the letter, and how it begins."""
    runs = [r for part in parts for r in part.iter(f"{_W}r") if _hidden(r)]
    return _runs_said(runs, "hidden text left out, as Word hides it")


def _faint_warning(parts: list[Any]) -> list[str]:
    """One warning for text kept in the letter that a reader of the page could not see: set in
    white, or under 2 points (what a hidden instruction to the reader of the file, not of the
    letter, looks like); the reviewer decides what to do with it."""
    runs = [r for part in parts for r in part.iter(f"{_W}r") if _faint(r) and not _hidden(r)]
    return _runs_said(runs, "text set in white, under 2 points or squeezed, kept as written")


def _runs_said(runs: list[Any], what: str) -> list[str]:
    """One warning saying `what` of these runs' text: how much, and how it begins."""
    texts = [t for r in runs if (t := "".join(e.text or "" for e in r.iter(*_TEXT)).strip())]
    if not texts:
        return []
    first = opening(texts[0])
    return [
        f'{what}: {sum(map(len, texts))} character(s) in {len(texts)} run(s), the first: "{first}"'
    ]


def _faint(run: Any) -> bool:
    """A run Word shows but no reader sees: its own colour white or all but (each channel at
    least F0), or the theme's background colour (which wins over the value); its size 2 points
    or less (`w:sz` counts half points); or squeezed to a tenth of its width or less."""
    color = run.find(f"{_W}rPr/{_W}color")
    size = run.find(f"{_W}rPr/{_W}sz")
    scale = run.find(f"{_W}rPr/{_W}w")
    white = False
    if color is not None:
        theme = str(color.get(f"{_W}themeColor", "")).lower()
        value = str(color.get(f"{_W}val", "")).upper()
        white = theme in _THEME_WHITE or value == "WHITE" or bool(_PALE.fullmatch(value))
    points = str(size.get(f"{_W}val", "")) if size is not None else ""
    width = str(scale.get(f"{_W}val", "")) if scale is not None else ""
    return (
        white
        or (points.isdigit() and int(points) <= _TINY_HALF_POINTS)
        or (width.isdigit() and int(width) <= _SQUEEZED_PERCENT)
    )


_TINY_HALF_POINTS = 4
_SQUEEZED_PERCENT = 10
_PALE = re.compile(r"(?:F[0-9A-F]){3}")
"""A colour white to the eye: each of red, green and blue F0 or more ("FFFFFE")."""
_THEME_WHITE = frozenset({"background1", "light1"})
"""The theme colours that are the page's own (white in every theme Word ships)."""


def _numbers(document: Any) -> WordNumbers:
    """The document's automatic numbering: its numbering part and its styles, where there are."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        numbering = document.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING).element
    except KeyError:
        numbering = None
    return WordNumbers(numbering, document.styles.element)


def _first_page_margins(document: Any) -> tuple[list[str], list[str], list[str]]:
    """The first page's header and footer, where firms' templates put the letterhead and the
    firm's notice: before the letter and after it. Later pages' headers and footers repeat on
    every page, and the file does not say where pages break: a warning says they are left out."""
    if not document.sections:  # no section properties: no headers or footers either
        return [], [], []
    section = document.sections[0]
    first = section.different_first_page_header_footer
    shown = (
        (section.first_page_header, section.first_page_footer)
        if first
        else (section.header, section.footer)
    )
    unnumbered = WordNumbers(None, None)
    top, bottom = (
        [] if m.is_linked_to_previous else list(_blocks(m.part.element, unnumbered)) for m in shown
    )
    even = document.settings.odd_and_even_pages_header_footer  # else Word never shows them
    later = [section.header, section.footer] if first else []
    if even:
        later += [section.even_page_header, section.even_page_footer]
    for other in list(document.sections)[1:]:  # a later section's own ("Annex A ...")
        later += [other.header, other.footer]
        if other.different_first_page_header_footer:
            later += [other.first_page_header, other.first_page_footer]
        if even:
            later += [other.even_page_header, other.even_page_footer]
    left = sum(
        1
        for m in later
        if not m.is_linked_to_previous and "".join(_all_text(m.part.element)).strip()
    )
    warnings = [f"{left} header(s) or footer(s) of later pages are left out"] if left else []
    return top, bottom, warnings


def _choose_alternatives(root: Any) -> None:
    """Keep, of each `mc:AlternateContent`, the branch Word shows: the first `mc:Choice` whose
    required namespaces it understands, else the `mc:Fallback` (as ECMA-376 Part 3 says a
    reader must); the others are taken out of the tree the reader walks (not out of the file).
    The Fallback is otherwise never read: it is Word's old copy of what the Choice holds."""
    for switch in list(root.iter(f"{_MC}AlternateContent")):
        branches = [c for c in switch if c.tag in (f"{_MC}Choice", _FALLBACK)]
        shown = next((b for b in branches if b.tag == _FALLBACK or _understood(b)), None)
        for branch in branches:
            if branch is not shown:
                switch.remove(branch)
        if shown is not None and shown.tag == _FALLBACK:
            shown.tag = f"{_MC}Choice"  # read as the branch shown, as a Choice is


def _understood(choice: Any) -> bool:
    prefixes = str(choice.get("Requires", "")).split()
    return all(choice.nsmap.get(p) in _UNDERSTOOD for p in prefixes)


def _blocks(parent: Any, numbers: WordNumbers) -> Iterator[str]:
    """The paragraphs under `parent`, in order, looking through content controls and the like."""
    for child in parent.iterchildren():
        if child.tag in _UNREAD:
            continue
        if child.tag == f"{_W}p":
            yield numbers.label(child) + _paragraph(child)
            for box in _text_boxes(child):
                yield from _blocks(box, numbers)
        elif child.tag == f"{_W}tr":
            cells = (
                "\n".join(b for b in _blocks(tc, numbers) if b.strip()) for tc in _cells(child)
            )
            yield " ".join(c for c in cells if c.strip())
        elif child.tag == f"{_W}altChunk":
            raise SourceError("embeds another document (altChunk), which the importer cannot read")
        else:  # tables, rows' wrappers, w:sdt, w:customXml, w:ins ...
            yield from _blocks(child, numbers)


def _refuse_embedded(roots: list[Any]) -> None:
    """Refuse a document that embeds another (Insert > Object: a Word document, a worksheet):
    its text lives in a package of its own, which the reader does not reach, so the letter
    would come in short without a word."""
    for root in roots:
        for element in root.iter(_OLE_OBJECT):
            if element.get("Type", "Embed") == "Embed":
                kind = element.get("ProgID") or "an object"
                raise SourceError(
                    f"embeds another document ({kind}), whose text the importer cannot reach: "
                    "paste its text into the letter, or save the letter as PDF, and import that"
                )


_OLE_OBJECT = "{urn:schemas-microsoft-com:office:office}OLEObject"


def _cells(row: Any) -> Iterator[Any]:
    for child in row.iterchildren():
        if child.tag == f"{_W}tc":
            yield child
        elif child.tag not in _UNREAD:
            yield from _cells(child)  # cells inside a content control or custom XML


def _paragraph(p: Any) -> str:
    return "".join(_runs(p))


def _runs(element: Any) -> Iterator[str]:
    """The text of a paragraph's runs; text boxes are left to `_text_boxes`."""
    for child in element.iterchildren():
        tag = child.tag
        if tag in _UNREAD or tag == f"{_W}txbxContent" or (tag == f"{_W}r" and _hidden(child)):
            continue
        if tag in _TEXT:
            yield child.text or ""
        elif tag in (f"{_W}tab", f"{_W}ptab"):  # ptab: a header's centred and right columns
            yield "\t"
        elif tag in _BREAKS:  # a page or column break in a paragraph too: what follows is apart
            yield "\n"
        elif tag == f"{_W}noBreakHyphen":
            yield "-"
        elif tag == f"{_W}softHyphen":  # kept, as a text or HTML letter keeps U+00AD
            yield "\u00ad"
        elif tag == _SYM:
            yield _symbol(child)
        else:
            yield from _runs(child)


def _symbol(sym: Any) -> str:
    """A character Word inserted as a symbol (`<w:sym w:char="00A7"/>`). Symbol fonts' codes
    (F020-F0FF, private use) are kept as they are: what they show depends on the font."""
    code = sym.get(f"{_W}char") or ""
    try:
        char = chr(int(code, 16))
    except (ValueError, OverflowError):
        char = "\ud800"
    if "\ud800" <= char <= "\udfff":
        raise SourceError(f"has a symbol whose code is not a character (w:sym w:char={code!r})")
    return char


def _text_boxes(element: Any) -> Iterator[Any]:
    for child in element.iterchildren():
        if child.tag == f"{_W}txbxContent":
            yield child
        elif child.tag not in _UNREAD:
            yield from _text_boxes(child)


def _notes(parts: dict[str, Any], numbers: WordNumbers) -> tuple[list[str], list[str]]:
    """Footnotes' and endnotes' paragraphs, and a warning saying they were moved to the end."""
    texts: list[str] = []
    warnings: list[str] = []
    for kind, root in parts.items():
        if kind not in _NOTES:
            continue
        notes = [
            n
            for n in root.iterchildren(f"{_W}{_NOTES[kind]}")
            if n.get(f"{_W}type", "normal") == "normal"  # not a separator, nor a notice
        ]
        found = [
            t for n in notes if (t := "\n\n".join(b for b in _blocks(n, numbers) if b.strip()))
        ]
        if found:
            texts += found
            warnings.append(f"its {len(found)} {kind} are added after the letter, unnumbered")
    return texts, warnings


def _check_complete(body: Any, read: str) -> None:
    """Refuse the file if the body has text that the reading above did not reach."""
    expected = "".join(_all_text(body)).split()
    if len("".join(expected)) > len("".join(read.split())):
        raise SourceError(
            "has text the importer could not place (in a part of the document it does not "
            "read); save it as PDF or plain text and import that"
        )


def _all_text(element: Any) -> Iterator[str]:
    for child in element.iterchildren():
        if child.tag in _TEXT:
            yield child.text or ""
        elif child.tag == _SYM:
            yield _symbol(child)
        elif child.tag not in (f"{_W}del", f"{_W}moveFrom", _FALLBACK) and not (
            child.tag == f"{_W}r" and _hidden(child)
        ):
            yield from _all_text(child)


def _check_docx(path: Path) -> None:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        with path.open("rb") as file:
            start = file.read(4)
        if start == b"\xd0\xcf\x11\xe0":  # the old binary format's signature
            raise SourceError(
                "is an old Word .doc file named .docx: open it in Word and save it as .docx"
            ) from None
        if start == b"PK\x03\x04":  # a ZIP archive's start, without its end
            raise SourceError("is damaged or cut off: its ZIP archive has no end") from None
        raise SourceError("is not a Word .docx file (not a ZIP archive)") from None
    with archive:
        infos = archive.infolist()
        names = archive.namelist()
        for needed in ("word/document.xml", "[Content_Types].xml"):
            if needed not in names:
                raise SourceError(f"is not a Word .docx file (no {needed})")

        if sum(i.file_size for i in infos) > DOCX_MAX_UNPACKED:
            raise SourceError(
                f"unpacks to more than {DOCX_MAX_UNPACKED // 1_000_000} MB (a zip bomb?)"
            )
        left = DOCX_MAX_UNPACKED
        for info in infos:
            if info.compress_size and info.file_size / info.compress_size > DOCX_MAX_RATIO:
                raise SourceError(
                    f"has a part compressed {info.file_size // info.compress_size}"
                    f":1 ({info.filename}; a zip bomb?)"
                )
            data = _unpacked(archive, info, left)
            left -= len(data)
            _refuse_dtd(info.filename, data)
            _refuse_other_kinds(info.filename, data)


def _unpacked(archive: zipfile.ZipFile, info: zipfile.ZipInfo, most: int) -> bytes:
    """A part's bytes, read no further than `most`: a part may lie about its size, and a zip
    bomb must not be unpacked to find out."""
    try:
        with archive.open(info) as part:
            data = part.read(most + 1)
            if len(data) <= most:
                part.read(1)  # to the end, so a damaged part fails its checksum here
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
        raise SourceError(
            f"is damaged: its part {info.filename} cannot be unpacked ({exc})"
        ) from None
    if len(data) > most:
        raise SourceError(
            f"unpacks to more than {DOCX_MAX_UNPACKED // 1_000_000} MB (a zip bomb?): its part "
            f"{info.filename} holds more than it says"
        )
    return data


def _refuse_other_kinds(name: str, data: bytes) -> None:
    """Word files the reader cannot read, said as what they are."""
    if name == "[Content_Types].xml" and b"macroEnabled" in data:
        raise SourceError(
            "is a Word file with macros (.docm) named .docx: save it as a .docx without them"
        )
    if name == "word/document.xml" and b"purl.oclc.org/ooxml/wordprocessingml" in data:
        raise SourceError(
            'is saved as "Strict Open XML", which the reader does not read: save it as a Word '
            "Document (.docx)"
        )


def _refuse_dtd(name: str, data: bytes) -> None:
    """Parse an XML part without loading or resolving anything, and refuse it if it has a DTD.

    A DTD may follow any amount of comment and be in any encoding XML allows, so only a parser
    sees it reliably; entities are what a DTD is for here (external files, entity bombs).
    """
    if not data.startswith(_XML_START):
        return  # images and other binary parts
    parser = lxml.etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = lxml.etree.fromstring(data, parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise SourceError(f"has a broken XML part {name} ({exc.msg})") from None
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise SourceError(f"declares a DTD in {name} (external entities are not allowed)")


def one_line(text: str) -> str:
    """`text` on one line, cut to 120 characters."""
    said = " ".join(text.split())
    return said[:120] + "..." if len(said) > 120 else said
