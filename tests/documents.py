"""Small Word and PDF files made on the fly for the importer's tests."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path


def make_pdf(
    path: Path,
    lines: list[str | tuple[str, str]],
    *,
    compressed: bool = False,
    damaged: bool = False,
    fields: tuple[str, ...] = (),
    drawn_before: str = "",
    drawn_after: str = "",
) -> Path:
    """A one-page PDF whose text layer holds `lines` (Helvetica, ASCII); its text stream
    deflated, and `damaged` (bytes of the deflated stream overwritten), if asked; with form
    fields filled in with `fields`. A line given as (operators, text) has the text operators
    first (a colour, a render mode, a move), which hold for the lines after it. The lines'
    baselines are 14 points apart, the first at y=726; `drawn_before` and `drawn_after` are
    painted before and after the text (a box: "1 g 60 708 400 12 re f")."""
    text_ops = [drawn_before, "BT /F1 11 Tf 72 740 Td 14 TL"]
    for entry in lines:
        operators, line = entry if isinstance(entry, tuple) else ("", entry)
        text_ops.append(operators)
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text_ops.append(f"({escaped}) '")
    text_ops.append("ET")
    text_ops.append(drawn_after)
    stream = "\n".join(text_ops).encode("latin-1")
    header = b"<< /Length %d >>"
    if compressed or damaged:
        stream = zlib.compress(stream)
        if damaged:
            middle = len(stream) // 2
            stream = stream[:middle] + b"\x00" * 8 + stream[middle + 8 :]
        header = b"<< /Length %d /Filter /FlateDecode >>"
    form = b" ".join(b"%d 0 R" % (6 + n) for n in range(len(fields)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [%s] >> >>" % form,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        header % len(stream) + b"\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *(
            b"<< /FT /Tx /T (f%d) /V (%s) >>" % (n, v.encode("latin-1"))
            for n, v in enumerate(fields)
        ),
    ]
    return _write_pdf(path, objects)


def make_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    """A Word document with `paragraphs`, then a table, made with python-docx."""
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.save(str(path))
    return path


def make_zip_bomb(path: Path) -> Path:
    """A ".docx" whose document part unpacks to 60 MB of zeros."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * 60_000_000)
    return path


def make_docx_with_entity(path: Path) -> Path:
    """A ".docx" whose document part declares an external entity."""
    xml = (
        '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
    return path


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx_xml(
    path: Path,
    body: str,
    *,
    prolog: str = "",
    encoding: str = "utf-8",
    parts: dict[str, str] | None = None,
) -> Path:
    """A real Word document whose word/document.xml is `body` (w: prefix bound), as written.

    `prolog` goes between the XML declaration and the root (comments, a DOCTYPE); `encoding`
    is the part's encoding; `parts` replace or add other parts of the package.
    """
    make_docx(path, ["placeholder"])
    xml = (
        f'<?xml version="1.0" encoding="{encoding}"?>{prolog}'
        f'<w:document xmlns:w="{W_NS}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f"<w:body>{body}</w:body></w:document>"
    )
    data = xml.encode("utf-16" if encoding.lower() == "utf-16" else encoding)
    replaced = {"word/document.xml": data, **{k: v.encode() for k, v in (parts or {}).items()}}
    with zipfile.ZipFile(path) as old:
        kept = [(i, old.read(i)) for i in old.infolist() if i.filename not in replaced]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info, content in kept:
            new.writestr(info, content)
        for name, content in replaced.items():
            new.writestr(name, content)
    return path


def paragraph(text: str) -> str:
    """One Word paragraph of one run."""
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def make_two_page_pdf(path: Path, *, untyped: bool = False, misplaced: bool = False) -> Path:
    """A two-page PDF, "Page one." and "Page two."; page two without its /Type if `untyped`,
    and page two's text stream misplaced in the cross-reference table if `misplaced`."""
    streams = [b"BT /F1 11 Tf 72 740 Td (Page %s.) Tj ET" % word for word in (b"one", b"two")]
    second = b"<< /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 6 0 R /Resources 7 0 R >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources 7 0 R >>",
        second if untyped else second.replace(b"<< ", b"<< /Type /Page ", 1),
        *(b"<< /Length %d >>\nstream\n" % len(s) + s + b"\nendstream" for s in streams),
        b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>",
    ]
    return _write_pdf(path, objects, shifted=6 if misplaced else None)


def _write_pdf(path: Path, objects: list[bytes], shifted: int | None = None) -> Path:
    """A PDF of `objects` (numbered from 1, the first the catalogue) with its cross-reference
    table; object `shifted` listed 7 bytes from where it is, if asked."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out) + (7 if number == shifted else 0))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path
