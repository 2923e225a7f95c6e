"""Where a letter was filed, from the EDGAR submission it came in: accession number, filer's CIK,
filing date and form, and the address of the filing on EDGAR.

An EDGAR full submission (.txt) opens with an SEC header naming all of these; a letter saved on
its own (an exhibit's .htm or .txt) carries none, and then nothing is guessed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from pathlib import Path
from typing import Any

HEADER_BYTES = 65_536
"""The SEC header sits at the top of a submission; no more of the file is read for it."""
_FIELD = {
    "accession": re.compile(r"^ACCESSION NUMBER:\s*(\d{10}-\d{2}-\d{6})\s*$", re.M),
    "form": re.compile(r"^CONFORMED SUBMISSION TYPE:\s*(\S[^\n]{0,20}?)\s*$", re.M),
    "filed": re.compile(r"^FILED AS OF DATE:\s*(\d{8})\s*$", re.M),
    "cik": re.compile(r"^\s*CENTRAL INDEX KEY:\s*(\d{1,10})\s*$", re.M),
}


def edgar_filing(path: Path, fmt: str) -> dict[str, Any]:
    """The filing facts an EDGAR submission's header gives ({} for any other file)."""
    if fmt != "edgar-submission":
        return {}
    try:
        with path.open("rb") as stream:
            head = stream.read(HEADER_BYTES).decode("latin-1")
    except OSError:
        return {}
    return filing_from_header(head)


def filing_from_header(head: str) -> dict[str, Any]:
    """Accession number, CIK, filing date, form and EDGAR address from an SEC header."""
    found = {name: m.group(1) for name, pattern in _FIELD.items() if (m := pattern.search(head))}
    filing: dict[str, Any] = {}
    if "form" in found:
        filing["form"] = found["form"]
    if "accession" in found:
        filing["accession"] = found["accession"]
    if "cik" in found:
        filing["cik"] = str(int(found["cik"]))
    if "filed" in found:
        raw = found["filed"]
        with contextlib.suppress(ValueError):
            filing["filed"] = dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
    if "accession" in found and "cik" in found:
        folder = found["accession"].replace("-", "")
        filing["url"] = f"https://www.sec.gov/Archives/edgar/data/{filing['cik']}/{folder}/"
    return filing
