"""`precedents import` on a terminal: a progress bar, the records, and a closing summary.

The importer itself never prints; this module shows what it did (on stderr, so that
`--dry-run` output on stdout stays a clean stream of YAML).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table
from rich.text import Text

from precedent_bank.errors import printable
from precedent_bank.importer import ImportOptions, Outcome, Recogniser, import_files
from precedent_bank.importer.sources import SUFFIXES

PROGRESS_FROM = 3
"""Show a progress bar from this many files on."""


def run(
    paths: list[Path], recogniser: Recogniser, taken: set[str], options: ImportOptions
) -> list[Outcome]:
    """Import `paths`, showing progress; print records (dry run), explanations and a summary."""
    console = _console()
    if not paths:
        console.print(f"no letters found: nothing to import (looked for {', '.join(SUFFIXES)})")
    outcomes: list[Outcome] = []
    steps = import_files(paths, recogniser, taken, options)
    with Progress(
        TextColumn("importing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
        disable=len(paths) < PROGRESS_FROM,
    ) as progress:
        task = progress.add_task("", total=len(paths))
        seen: set[Path] = set()
        for outcome in steps:
            outcomes.append(outcome)
            if outcome.file not in seen:
                seen.add(outcome.file)
                progress.update(task, advance=1, description=outcome.file.name)
            if outcome.error:
                # One unwrapped line per failure, located like validate's problems.
                where = printable(str(outcome.file.parent / outcome.name))
                console.print(
                    _inert(f"{where}: {outcome.error}"),
                    markup=False,
                    highlight=False,
                    soft_wrap=True,
                )
            elif options.dry_run and outcome.yaml:
                # a YAML stream: one document a letter, its file named in a comment
                click.echo(f"--- # {_one_line(outcome.name)}\n{outcome.yaml}", nl=False)
            if options.explain and outcome.draft:
                console.print(explanation(outcome))
    console.print(summary(outcomes, options.dry_run))
    return outcomes


PIPED_WIDTH = 160
"""Columns of the tables when the output goes to a file or a pager, not a terminal (whose own
width is used): rich's 80 cut `--explain`'s text column to a few words."""


def _console() -> Console:
    console = Console(stderr=True)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        return Console(stderr=True, width=PIPED_WIDTH)
    return console


def explanation(outcome: Outcome) -> Table:
    """Each clause of a draft: type, confidence, why, and how it starts."""
    assert outcome.draft is not None
    # the letter's words, its file's name and reasons quoting it are text, never rich markup:
    # "[/s/ Alder & Birch LLP]" would be read as a closing tag and stop the import
    table = Table(
        title=Text(_inert(f"{outcome.name}: why each clause got its type")), title_justify="left"
    )
    for column in ("#", "type", "sure", "reason", "text"):
        table.add_column(column, overflow="fold")
    for n, clause in enumerate(outcome.draft.clauses, start=1):  # as the queue numbers them
        start = " ".join(clause.text.split())[:60]
        mark = " (review)" if clause.review else ""
        doubts = [d for d in (clause.doubt, clause.why) if d]
        reason = clause.reason + "".join(f"; but {d}" for d in doubts)
        table.add_row(
            str(n),
            clause.type + mark,
            f"{clause.confidence:.2f}",
            Text(_inert(reason)),
            Text(_inert(start)),
        )
    return table


def summary(outcomes: list[Outcome], dry_run: bool) -> Table:
    """One row per letter: file, id, clauses, clauses to review, and warnings.

    A letter that failed is marked "not imported"; its reason was printed as it happened.
    """
    done = [o for o in outcomes if not o.error and not o.skipped]
    skipped = sum(o.skipped for o in outcomes)
    verb = "would import" if dry_run else "imported"
    before = f"{skipped} imported before, skipped; " if skipped else ""
    table = Table(
        title=f"{verb} {len(done)} letter(s); {before}{len(outcomes) - len(done) - skipped} failed",
        title_justify="left",
    )
    for column in ("file", "record", "clauses", "review", "warnings"):
        table.add_column(column, overflow="fold")
    for o in outcomes:
        if o.skipped:  # a dry run's says where (a real run's error was printed already)
            said = "" if o.error else _inert("; ".join(o.warnings))
            table.add_row(Text(_inert(o.name)), "imported before: skipped", "", "", Text(said))
            continue
        if o.error or o.draft is None:
            table.add_row(Text(_inert(o.name)), "[red]not imported[/red]", "", "", "")
            continue
        record = str(o.written or o.target or o.draft.record_id)
        review = str(o.draft.review) if o.draft.review else ""
        warnings = Text(_inert("; ".join(o.warnings)))  # a letter's words: never markup
        table.add_row(
            Text(_inert(o.name)), Text(record), str(len(o.draft.clauses)), review, warnings
        )
    return table


def _one_line(name: str) -> str:
    """A file's name for a YAML comment: a line break in it would end the comment."""
    return "".join(c if c.isprintable() else "?" for c in name)


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _inert(text: str) -> str:
    """Text from a letter or a file name as the terminal should show it: a control character
    (an escape sequence that would retitle the window or clear the screen) written as its code."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
