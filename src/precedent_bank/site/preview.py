"""The `mkdocs serve` preview of a bank with invalid records: built anyway, errors on every page.

`mkdocs build` and `precedents build` refuse invalid records. A preview that refused them would
leave the browser waiting for a rebuild that never comes, so the preview builds the valid
records and puts the located errors at the top of every page instead.
"""

from __future__ import annotations

import re

from precedent_bank.errors import Problem
from precedent_bank.site.render import render

# The content column of a Material page; the banner goes first inside it.
_CONTENT = re.compile(r'<article class="md-content__inner[^"]*">')


def problems_banner(problems: list[Problem]) -> str:
    """The located problems as an HTML alert (every value escaped)."""
    return render("invalid_records.html.j2", problems=problems)


def with_banner(output: str, banner: str) -> str:
    """A finished page with `banner` at the top of its content (or of its body)."""
    found = _CONTENT.search(output) or re.search(r"<body[^>]*>", output)
    if found is None:
        return banner + output
    return output[: found.end()] + banner + output[found.end() :]
