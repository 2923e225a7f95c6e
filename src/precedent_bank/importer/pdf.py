"""Text out of PDF files: the text layer of every page, read strictly, with what a reader of
the page would not see of it said in a warning (`pdf_unseen`).

Read in a child process with limits on memory and time (see `sandbox`).
"""

from __future__ import annotations

import re
from collections import deque
from io import StringIO
from pathlib import Path
from typing import Any

from precedent_bank.errors import SourceError
from precedent_bank.importer.office import one_line


def pdf_text(path: Path) -> tuple[str, list[str]]:
    """The text layer of a PDF, pages separated by a blank line, and warnings.

    Read strictly: pdfminer's lenient reading skips what it cannot read - a stream it cannot
    decompress, an object its cross-reference table misplaces - so a page would come in short
    with no word, or with only a warning. A PDF that does not read cleanly is refused, in words,
    and so is one of which fewer pages are read than it lists.
    """
    try:
        text, read, unseen = _pdf_layer(path)
        listed, fields = _catalogue(path)
    except MemoryError:
        raise  # the sandbox says how much it needed
    except Exception as exc:  # pdfminer raises many kinds
        raise SourceError(_pdf_failure(exc)) from None
    if listed is not None and read < listed:
        raise SourceError(
            f"is damaged: it lists {listed} pages, of which {read} can be read; save it again "
            "from its source"
        )
    return text, unseen + _form_fields(fields)


def _pdf_layer(path: Path) -> tuple[str, int, list[str]]:
    """The text of every page, how many pages were read, and a warning for text no reader
    of the page sees."""
    from pdfminer import settings
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    from precedent_bank.importer.pdf_unseen import UnseenTextConverter

    settings.STRICT = True
    try:
        with path.open("rb") as file, StringIO() as out:
            manager = PDFResourceManager()
            device = UnseenTextConverter(manager, out, laparams=LAParams())
            interpreter = PDFPageInterpreter(manager, device)
            for page in PDFPage.get_pages(file):
                interpreter.process_page(page)
            text = out.getvalue()
    finally:
        settings.STRICT = False
    return text.replace("\f", "\n\n").rstrip() + "\n", text.count("\f"), device.warnings()


def _catalogue(path: Path) -> tuple[int | None, list[str]]:
    """From one reading of the document's catalogue: how many pages its page tree says it has
    (None where it does not say), and the values of its filled-in form fields."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    with path.open("rb") as file:
        catalog = PDFDocument(PDFParser(file)).catalog
        pages = resolve1(catalog.get("Pages"))
        count = resolve1(pages.get("Count")) if isinstance(pages, dict) else None
        values = _field_values(catalog)
    return (count if isinstance(count, int) and 0 < count < 100_000 else None), values


def _pdf_failure(exc: Exception) -> str:
    """What a PDF that does not read cleanly is, in words."""
    name, said = type(exc).__name__, str(exc)
    if "Password" in name:
        return "is protected by a password: open it and save a copy without one"
    if "No /Root" in said:
        return "is not a complete PDF (it has no document catalogue): a cut-off copy, or no PDF"
    if re.search(r"(?i)zlib|decompress|data-loss", said):
        return (
            "is damaged: part of its text is in a stream that cannot be decompressed, so it "
            "would come in short; repair the PDF or save it again from its source"
        )
    if "EOF" in said:
        return "is cut off: it ends before its objects do"
    return (
        f"is damaged: its objects do not read cleanly ({name}: {one_line(said or name)}), so pages "
        "could come in short; save it again from its source"
    )


def _field_values(catalog: dict[str, Any]) -> list[str]:
    """The values of a PDF's filled-in form fields, each field read once (a form's fields may
    loop) and at most `_FIELDS_READ` of them; none where the form cannot be followed."""
    from pdfminer.pdftypes import PDFObjRef, resolve1
    from pdfminer.utils import decode_text

    values: list[str] = []
    seen: set[int] = set()
    try:
        form = resolve1(catalog.get("AcroForm"))
        listed = resolve1(form.get("Fields")) if isinstance(form, dict) else None
        fields = deque(listed if isinstance(listed, list) else [])
        for _ in range(_FIELDS_READ):
            if not fields:
                break
            ref = fields.popleft()
            if isinstance(ref, PDFObjRef):
                if ref.objid in seen:
                    continue
                seen.add(ref.objid)
            field = resolve1(ref)
            if isinstance(field, dict):
                fields += list(resolve1(field.get("Kids")) or [])
                value = resolve1(field.get("V"))
                if isinstance(value, bytes) and value.strip():
                    values.append(decode_text(value).strip())
    except Exception:  # a form the reader cannot follow: the letter's text stands as read
        return []
    return values


def _form_fields(values: list[str]) -> list[str]:
    """A warning naming the values of a PDF's filled-in form fields (a date, a signature line),
    which are no part of its text layer, so not of the letter read."""
    if not values:
        return []
    shown = ", ".join(f'"{one_line(v)}"' for v in values[:3])
    return [
        f"has filled-in form field(s) whose values are not in its text, so not in the letter "
        f"read: {shown}{', ...' if len(values) > 3 else ''}; add them by hand where they belong"
    ]


_FIELDS_READ = 20_000
"""Form fields looked at, at most (a hostile form may have any number, or loop)."""
