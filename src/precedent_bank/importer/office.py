"""Text out of Word (.docx) and PDF files, defended against files built to do harm.

A .docx is a ZIP archive: before python-docx opens it, its size on unpacking and its
compression ratios are checked (zip bombs), and XML with a DTD is refused (external
entities). A PDF is parsed by pdfminer in a child process with limits on memory and time, so a
hostile or broken PDF cannot exhaust the machine or hang the import.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

from precedent_bank.errors import SourceError

DOCX_MAX_UNPACKED = 50_000_000
DOCX_MAX_RATIO = 200
PDF_MEMORY = 1_000_000_000
PDF_SECONDS = 60
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path: Path) -> str:
    """The paragraphs of a Word document, tables included, in document order."""
    _check_docx(path)
    import docx  # python-docx, imported only when a Word file comes
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    paragraphs = []
    for block in document.element.body.iterchildren():
        if block.tag == f"{_W}p":
            paragraphs.append(Paragraph(block, document).text)
        elif block.tag == f"{_W}tbl":
            table = Table(block, document)
            for row in table.rows:
                cells = dict.fromkeys(c.text for c in row.cells)  # merged cells repeat
                paragraphs.append(" ".join(c for c in cells if c.strip()))
    return "\n\n".join(p for p in paragraphs if p.strip())


def _check_docx(path: Path) -> None:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise SourceError("is not a Word .docx file (not a ZIP archive)") from None
    with archive:
        infos = archive.infolist()
        if "word/document.xml" not in archive.namelist():
            raise SourceError("is not a Word .docx file (no word/document.xml)")
        if sum(i.file_size for i in infos) > DOCX_MAX_UNPACKED:
            raise SourceError(
                f"unpacks to more than {DOCX_MAX_UNPACKED // 1_000_000} MB (a zip bomb?)"
            )
        for info in infos:
            if info.compress_size and info.file_size / info.compress_size > DOCX_MAX_RATIO:
                raise SourceError(
                    f"has a part compressed {info.file_size // info.compress_size}"
                    f":1 ({info.filename}; a zip bomb?)"
                )
            if info.filename.endswith((".xml", ".rels")):
                head = archive.read(info)[:4096]
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise SourceError(
                        f"declares a DTD in {info.filename} (external entities are not allowed)"
                    )


def pdf_text(path: Path) -> str:
    """The text of a PDF, parsed in a child process with memory and time limits."""
    command = [sys.executable, "-m", "precedent_bank.importer.office", str(path)]
    try:
        done = subprocess.run(
            command, capture_output=True, timeout=PDF_SECONDS, preexec_fn=_limit_memory, check=False
        )
    except subprocess.TimeoutExpired:
        raise SourceError(
            f"took more than {PDF_SECONDS} s to parse (a broken or hostile PDF?)"
        ) from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        last = reason[-1] if reason else f"exit status {done.returncode}"
        if "MemoryError" in last or done.returncode < 0:
            raise SourceError(f"needed more than {PDF_MEMORY // 1_000_000} MB to parse")
        raise SourceError(f"could not be read as a PDF ({last})")
    text: str = json.loads(done.stdout)["text"]
    return text.replace("\f", "\n\n").rstrip() + "\n"


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (PDF_MEMORY, PDF_MEMORY))


def _extract_pdf(path: str) -> str:
    from pdfminer.high_level import extract_text

    return str(extract_text(path))


if __name__ == "__main__":  # the child process of pdf_text
    print(json.dumps({"text": _extract_pdf(sys.argv[1])}))
