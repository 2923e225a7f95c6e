"""Reading letters out of files: plain text, EDGAR HTML and submissions, Word and PDF.

What comes out is the letter's text, which the rest of the importer never changes. Reading it
decodes (UTF-8, else Windows-1252, as declared or as it decodes; never Latin-1 and never a
replacement character), turns HTML into paragraphs, and makes Windows line endings "\\n" (a lone
"\\r" is kept). Word, PDF and big files are read in a child process with limits (`sandbox`).
Anything that cannot be read cleanly and completely is a `SourceError` saying why, and nothing
is imported from that file.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import stat
from pathlib import Path

from precedent_bank.errors import SourceError
from precedent_bank.importer import office, pdf, sandbox, webpage
from precedent_bank.importer.letter import Letter
from precedent_bank.importer.options import DEFAULT_MAX_BYTES

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".htm", ".html")
SANDBOXED = (".docx", ".pdf")
SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, *SANDBOXED)
SANDBOX_FROM = 500_000
"""Text and HTML files above this many bytes are read in a child process, as Word and PDF are."""

_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP archive (a Word file?)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Word (.doc) or Excel file",
}
# Notepad's "Unicode" is UTF-16: told apart from binary data, to say what to do.
_UTF16 = (b"\xff\xfe", b"\xfe\xff")
_DOCUMENT = re.compile(r"<DOCUMENT>(.*?)(?:</DOCUMENT>|\Z)", re.DOTALL | re.IGNORECASE)
_DOC_FIELD = re.compile(r"^<(TYPE|FILENAME|DESCRIPTION)>([^\n<]*)", re.MULTILINE | re.IGNORECASE)
_DOC_TEXT = re.compile(r"<TEXT>\n?(.*)</TEXT>|<TEXT>\n?(.*)\Z", re.DOTALL | re.IGNORECASE)
"""A document's text: to its last "</TEXT>" (a letter may write the tag in its text), or to
its end where it has none."""
# "EX-5", "EX-5.1", "EX-5.1A", "EX-5.(A)", "EX-8.A", "EX-5(a)" - never "EX-55"
_OPINION_EXHIBIT = re.compile(r"^EX-[58][A-Z]?(?:(?:\.\(|\.|\()[A-Z0-9]{1,3}\)?)*$", re.IGNORECASE)
# (not <TABLE>: plain-text exhibits of the 1990s set their tables in <TABLE>, <S> and <C> tags,
# and reading them as HTML would run every line together)
# (a tag's name then a space, ">" or "/": "<a.pell@firm.example>" in a plain letterhead is none)
_LOOKS_HTML = re.compile(
    r"<(?:html|body|p|div|font|br|td|tr|center|b|i|span|a)(?=[\s>/])", re.IGNORECASE
)
_ENCODED = re.compile(r"\A\s*(?:<PDF>\s*)?begin [0-7]{3,4} \S", re.IGNORECASE)
"""A document EDGAR holds as uuencoded binary (a PDF copy of the exhibit, an image)."""
_HTML_PAGE = re.compile(
    r"\ufeff?\s*+(?:<!--(?:(?!-->).)*+-->\s*+)*+<(?:!doctype\s+html|html)\b", re.I | re.S
)
"""The start of a web page, whatever the file's name says. Each comment ends at its own "-->"
and is taken whole: "(?:<!--.*?-->)*" tried every way of grouping a run of comments that no
page follows, doubling the time with each (40 of them never finished)."""
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
# Control characters a record may not hold. Form feeds (page breaks in EDGAR text) are read as
# line breaks before this check.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffd\ufffe\uffff]")
# What pdfminer writes for a glyph its font does not map to a character.
_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
_WINDOWS_1252_NAMES = {
    "windows-1252",
    "cp1252",
    "iso-8859-1",
    "latin-1",
    "latin1",
    "us-ascii",
    "ascii",
}


def read_letters(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Letter]:
    """The letters in one file (an EDGAR submission may hold several)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise SourceError(f"unsupported file type '{suffix}' (use {', '.join(SUFFIXES)})")
    status = path.stat()
    if not stat.S_ISREG(status.st_mode):  # a FIFO would block, a device never end
        raise SourceError("is not a regular file (a pipe, a device or a socket): not read")
    size = status.st_size
    if size > max_bytes:
        raise SourceError(
            f"is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit "
            "(raise it with --max-size)"
        )
    if size == 0:
        raise SourceError("is empty")
    # A child process costs about 0.3 s (starting Python and its imports), more than reading a
    # whole letter, so text and HTML are read here while they are small: their readers are
    # linear (lxml's C parser took 0.4 s for 1 MB of tags), so size bounds their time and
    # memory. Word and PDF parsers, and big files of any kind, get the child's limits.
    if suffix in SANDBOXED or size > SANDBOX_FROM:
        return sandbox.read_in_child(path)
    return read_here(path)


def read_here(path: Path) -> list[Letter]:
    """The letters in one file, read in this process (`read_letters` checks it first)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        text, warnings = pdf.pdf_text(path)
        return [_finish(Letter(path, None, text, "pdf", None, tuple(warnings)))]
    if suffix == ".docx":
        text, warnings = office.docx_text(path)
        return [_finish(Letter(path, None, text, "docx", None, tuple(warnings)))]
    raw = path.read_bytes()
    _refuse_binary(raw)
    text, encoding = decode(raw)
    if suffix in HTML_SUFFIXES or _HTML_PAGE.match(text):
        html, warnings = webpage.read_html(text)
        if suffix not in HTML_SUFFIXES:  # a page saved as .txt: its markup is no letter text
            warnings = [f"is an HTML page saved as '{suffix}': read as HTML", *warnings]
        return [_finish(Letter(path, None, html, "html", encoding, tuple(warnings)))]
    submission = re.search(r"<DOCUMENT>", text, re.IGNORECASE) and re.search(r"<TYPE>", text, re.I)
    exhibit = _one_plain_exhibit(text) if submission else None
    if submission and exhibit is None:
        return _submission(path, text, encoding)
    # a unit trust's Form S-6 files its tax opinion as EX-99.3.2, a fund's N-2 its legality
    # opinion as EX-99.L: the one exhibit of the file is the letter it was given as
    other = exhibit is not None and not _OPINION_EXHIBIT.match(exhibit)
    said = (_OTHER_EXHIBIT.format(exhibit),) if other else ()
    return [_finish(Letter(path, None, text, "text", encoding, said))]


_OTHER_EXHIBIT = "is an EDGAR {} exhibit, not EX-5 or EX-8: read as the letter it holds"


def _one_plain_exhibit(text: str) -> str | None:
    """The exhibit type (EX-5.1, EX-99.3.2) of a file that is one plain-text exhibit in its
    EDGAR document tags, and no more of a submission (no SEC header, no other document): it is
    read whole, its tag lines kept as page furniture, so that every character of the file lands
    in a clause. None for anything else (a 10-K's document is no letter)."""
    documents = _DOCUMENT.findall(text)
    if len(documents) != 1 or re.search(r"<SEC-(?:HEADER|DOCUMENT)>", text, re.IGNORECASE):
        return None
    fields = {k.upper(): v.strip() for k, v in _DOC_FIELD.findall(documents[0])}
    exhibit = fields.get("TYPE", "")
    plain = (
        re.match(r"EX-", exhibit, re.IGNORECASE)
        # (its file name may say ".htm" over text with no markup in it: read as HTML, its
        # line breaks and indents were lost)
        and not fields.get("FILENAME", "").lower().endswith(".pdf")
        and not _LOOKS_HTML.search(documents[0])
        and not re.search(r"<PDF>|^begin [0-7]{3,4} ", documents[0], re.IGNORECASE | re.MULTILINE)
    )
    return exhibit if plain else None


def decode(raw: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with: UTF-8, else Windows-1252 (declared or not).

    As a browser reads a page: a UTF-8 byte order mark says UTF-8 whatever else does, and a page
    declaring Windows-1252 or Latin-1 is read so even when its bytes would pass as UTF-8 ("É"
    and a right quote are a valid UTF-8 pair).
    """
    bom = raw.startswith(b"\xef\xbb\xbf")
    if bom:
        raw = raw[3:]
    declared = _CHARSET.search(raw[:4096])
    name = declared.group(1).decode("ascii", "replace").lower() if declared else None
    if name in _WINDOWS_1252_NAMES and not bom:
        try:
            return _newlines(raw.decode("cp1252")), "cp1252"
        except UnicodeDecodeError:
            pass  # not Windows-1252 after all: read as below
    try:
        return _newlines(raw.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as utf8_error:
        if name and name not in _WINDOWS_1252_NAMES and name not in ("utf-8", "utf8"):
            raise SourceError(
                f"declares the encoding '{name}', which the importer does not read "
                "(save it as UTF-8)"
            ) from None
        _refuse_mixed(raw, utf8_error.start, bom, name in ("utf-8", "utf8"))
        try:
            # Browsers read Latin-1 declarations as Windows-1252 too (the WHATWG rule).
            return _newlines(raw.decode("cp1252")), "cp1252"
        except UnicodeDecodeError as exc:
            raise SourceError(
                f"is neither UTF-8 (byte 0x{raw[utf8_error.start]:02x} at offset "
                f"{utf8_error.start}) nor Windows-1252 (byte 0x{raw[exc.start]:02x} at offset "
                f"{exc.start}); save it as UTF-8"
            ) from None


def _refuse_mixed(raw: bytes, bad: int, bom: bool, declared: bool) -> None:
    """Refuse a file that is mostly UTF-8 with a stray byte of another encoding (text pasted
    from an older document): read as Windows-1252, every UTF-8 character in it would turn into
    two or three wrong ones (a right quote becomes "â€" and one more).

    What says UTF-8: a byte order mark, or a page's declaring it; a punctuation mark or symbol
    of three bytes, led by 0xE2 (as Windows-1252 "â" and two marks: "â€™"), or a character of
    four; a pair led by 0xC2 or 0xC3 (as Windows-1252 "Â" or "Ã" and a mark: "Â§"); or more
    kinds of UTF-8 sequence than other bytes above 0x7F. A Windows-1252 letter may hold bytes
    of another lead that happen to be UTF-8, as often as it names "RENÉ'S" ("É" and a right
    quote) or writes "Café”—", so those alone do not say it, and the message says it may be
    either.
    """
    sequences = _UTF8_SEQUENCE.findall(raw)
    telling = bom or declared or any(q[0] in _TELLING_LEADS for q in sequences)
    others = len(_HIGH_BYTE.findall(raw)) - sum(map(len, sequences))
    if not telling and len(set(sequences)) <= others:
        return
    line = raw.count(b"\n", 0, bad) + 1
    start = raw.rfind(b"\n", 0, bad) + 1
    column = len(raw[start:bad].decode("utf-8", "replace")) + 1  # as an editor counts
    at = f"byte 0x{raw[bad]:02x} at line {line}, column {column}"
    if not telling:  # pairs that may be Windows-1252 letters: the file may be either
        raise SourceError(
            f"reads partly as UTF-8 ({len(sequences)} pair(s) of bytes) and partly not ({at}): "
            "if it is UTF-8, correct that byte; if it is Windows-1252, save it as UTF-8"
        )
    said = (
        "it begins with UTF-8's byte order mark"
        if bom
        else "it declares UTF-8"
        if declared
        else f"{len(sequences)} character(s) are UTF-8"
    )
    raise SourceError(
        f"mixes encodings: {said}, but {at} is not; correct it and save the file as UTF-8"
    )


_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_TELLING_LEADS = frozenset({0xC2, 0xC3, 0xE2, 0xF0, 0xF1, 0xF2, 0xF3, 0xF4})


def _newlines(text: str) -> str:
    """Windows line endings and form feeds become "\\n"; a lone "\\r" is text, kept as written."""
    return text.replace("\r\n", "\n").replace("\f", "\n")


def _refuse_binary(raw: bytes) -> None:
    for magic, what in _MAGIC.items():
        if raw.startswith(magic):
            raise SourceError(f"is {what}, not text: give it its proper file extension")
    if raw.startswith(_UTF16):
        raise SourceError('is in UTF-16 (Notepad\'s "Unicode"): save it as UTF-8')
    if b"\x00" in raw:  # anywhere: the HTML parser would turn it into U+FFFD
        raise SourceError("is not a text file (it holds binary data)")


def _submission(path: Path, text: str, encoding: str) -> list[Letter]:
    """The EX-5 and EX-8 documents of an EDGAR full submission: all of them, or none, with
    every exhibit's problem named in one run."""
    letters, encoded, problems = [], [], []
    documents = list(_DOCUMENT.finditer(text))
    for document in documents:
        fields = {k.upper(): v.strip() for k, v in _DOC_FIELD.findall(document.group(1))}
        doc_type = fields.get("TYPE", "")
        body = _DOC_TEXT.search(document.group(1))
        # (the one exhibit of a file of its own is the letter, whatever its number: see above)
        sole = len(documents) == 1 and doc_type.upper().startswith("EX-")
        if not (_OPINION_EXHIBIT.match(doc_type) or sole) or body is None:
            continue
        content: str = body.group(1) if body.group(1) is not None else body.group(2)
        if _ENCODED.match(content):  # the same exhibit again, as a PDF: no text to read
            encoded.append(f"{doc_type} ({fields.get('FILENAME') or 'no file name'})")
            continue
        other = [] if _OPINION_EXHIBIT.match(doc_type) else [_OTHER_EXHIBIT.format(doc_type)]
        warnings: list[str] = []
        at = body.start(1) if body.group(1) is not None else body.start(2)
        first_line = text.count("\n", 0, document.start(1) + at) + 1
        plain: int | None = None  # where a plain-text document's first line is in the file
        named_html = fields.get("FILENAME", "").lower().endswith((".htm", ".html"))
        try:
            if named_html or _LOOKS_HTML.search(content):
                content, warnings = webpage.read_html(content, first_line)
            else:
                plain = first_line + len(content) - len(content.lstrip("\n"))
                content = content.strip("\n")
            noted = (*other, *warnings)
            letter = Letter(path, doc_type, content, "edgar-submission", encoding, noted)
            letters.append(_finish(letter, plain))
        except SourceError as exc:  # the next exhibits are read all the same, to name theirs
            said = str(exc)
            problems.append(said if said.startswith(f"{doc_type}: ") else f"{doc_type}: {said}")
    if problems:
        raise SourceError("; ".join(problems))
    if not letters and encoded:
        raise SourceError(
            f"is an EDGAR submission whose opinion is only an encoded binary copy "
            f"({', '.join(encoded)}): import the exhibit's own file instead"
        )
    if not letters:
        raise SourceError("is an EDGAR submission with no EX-5 or EX-8 document in text")
    if encoded:
        said = (
            f"left out {', '.join(encoded)}: encoded binary (a PDF or image copy), no text to read"
        )
        letters = [dataclasses.replace(lt, warnings=(*lt.warnings, said)) for lt in letters]
    return letters


def _what(char: str) -> str:
    if char == "\ufffd":
        return "replacement character (left by an earlier failed conversion)"
    if "\ud800" <= char <= "\udfff":
        return "lone surrogate"
    return "non-character" if char in "\ufffe\uffff" else "control character"


def _finish(letter: Letter, first_line: int | None = None) -> Letter:
    """Refuse letters with no text or with characters a record cannot hold. A plain-text
    letter's problem is placed in its file (a submission's document starts at `first_line`);
    one read from HTML, Word or PDF in the text read from it."""
    # Text read through `decode` has its line ends made "\n" once: a second pass would take the
    # "\r" of "\r\r\n" (a lone CR, then a Windows line end) for part of a line end too.
    text = _newlines(letter.text) if letter.format in ("pdf", "docx") else letter.text
    if not text.strip():
        hidden = next((w for w in letter.warnings if w.startswith("hidden text left out")), "")
        what = (
            "no extractable text (a scanned PDF? run OCR first)"
            if letter.format == "pdf"
            else f"no text a reader sees ({hidden})"
            if hidden
            else "no text"
        )
        raise SourceError(f"{letter.part + ': ' if letter.part else ''}has {what}")
    if letter.format == "pdf" and (glyph := _UNMAPPED_GLYPH.search(text)):
        raise SourceError(
            f"has characters the PDF does not map to text ({glyph.group()}, line "
            f"{text.count(chr(10), 0, glyph.start()) + 1}); run OCR or export it again"
        )
    bad = list(itertools.islice(_FORBIDDEN.finditer(text), _SAID + 1))
    if bad:
        in_file = letter.format == "text" or first_line is not None
        said = [_placed(m, text, first_line, in_file) for m in bad[:_SAID]]
        more = " and more" if len(bad) > _SAID else ""
        part = f"{letter.part}: " if letter.part else ""
        raise SourceError(
            f"{part}contains the {', '.join(said)}{more}; the file is probably mis-encoded"
        )
    return dataclasses.replace(letter, text=text)


_SAID = 10
"""How many characters a record cannot hold are placed in one message: all of them, in a file
with a few; the first ten and "more" in one whose whole encoding is wrong."""


def _placed(bad: re.Match[str], text: str, first_line: int | None, in_file: bool) -> str:
    """'control character U+0001 (line 4, column 2)': what it is and where."""
    line = text.count("\n", 0, bad.start()) + (first_line or 1)
    column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
    where = f"line {line}, column {column}" if in_file else f"line {line} of the text read"
    return f"{_what(bad.group())} U+{ord(bad.group()):04X} ({where})"
