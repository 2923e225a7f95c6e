"""Links in records' notes and summaries to pages the site does not have: all of them, located.

A note may link to another page by its docs path ("../clauses/consent.md"). A link to no page
used to stop the build at the first one met while writing pages, named by the record's file
alone; a record author then fixed one per build. They are found here instead, when the site is
loaded - by the build, and by `precedents validate` - each at its field's line and column.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from pathlib import Path

from markupsafe import Markup

from precedent_bank.errors import Problem
from precedent_bank.records.loader import LoadedRecord, field_name
from precedent_bank.records.yamlio import Loc, parse_yaml
from precedent_bank.site.pages import precedent_uri

Render = Callable[[str, str, Callable[[str], str]], Markup]
"""Renders a record's Markdown field for the page at a docs path, resolving its links."""


def broken_links(
    records: Collection[LoadedRecord], pages: Collection[str], render: Render
) -> list[Problem]:
    """A problem for each link in a note or summary to a docs page not among `pages`."""
    problems = []
    for record in records:
        for loc, text in _fields(record):
            missing: list[str] = []

            def check(target: str, missing: list[str] = missing) -> str:
                if (path := target.partition("#")[0]) not in pages:
                    missing.append(path)
                return target

            render(text, precedent_uri(record.id), check)
            problems += [_located(record, loc, path) for path in dict.fromkeys(missing)]
    return problems


def _fields(record: LoadedRecord) -> Iterator[tuple[Loc, str]]:
    """The record's Markdown fields that may link to a page (a link to one ends ".md")."""
    p = record.precedent
    if p.summary and ".md" in p.summary:
        yield ("summary",), p.summary
    for i, clause in enumerate(p.clauses):
        if clause.note and ".md" in clause.note:
            yield ("clauses", i, "note"), clause.note


def _located(record: LoadedRecord, loc: Loc, path: str) -> Problem:
    try:
        line, col = parse_yaml(Path(record.path).read_text("utf-8")).where(loc)
    except (OSError, UnicodeDecodeError):  # changed since it was loaded: its field still errs
        line, col = 1, 1
    message = f"links to {path}, a page the site does not have"
    return Problem(record.display_path, line, col, field_name(loc), message)
