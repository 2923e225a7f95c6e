"""`precedents import` on a terminal: a progress bar, the records, and a closing summary.

The importer itself never prints; this module shows what it did (on stderr, so that
`--dry-run` output on stdout stays a clean stream of YAML).
"""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from precedent_bank.importer import ImportOptions, Outcome, Recogniser, import_files

PROGRESS_FROM = 3
"""Show a progress bar from this many files on."""


def run(
    paths: list[Path], recogniser: Recogniser, taken: set[str], options: ImportOptions
) -> list[Outcome]:
    """Import `paths`, showing progress; print records (dry run), explanations and a summary."""
    console = Console(stderr=True)
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
                where = outcome.file.parent / outcome.name
                console.print(
                    f"{where}: {outcome.error}", markup=False, highlight=False, soft_wrap=True
                )
            elif options.dry_run and outcome.yaml:
                click.echo(f"# --- {outcome.name}\n{outcome.yaml}", nl=False)
            if options.explain and outcome.draft:
                console.print(explanation(outcome))
    console.print(summary(outcomes, options.dry_run))
    return outcomes


def explanation(outcome: Outcome) -> Table:
    """Each clause of a draft: type, confidence, why, and how it starts."""
    assert outcome.draft is not None
    table = Table(title=f"{outcome.name}: why each clause got its type", title_justify="left")
    for column in ("#", "type", "sure", "reason", "text"):
        table.add_column(column, overflow="fold")
    for i, clause in enumerate(outcome.draft.clauses):
        start = " ".join(clause.text.split())[:60]
        mark = " (review)" if clause.review else ""
        doubts = [d for d in (clause.doubt, clause.why) if d]
        reason = clause.reason + "".join(f"; but {d}" for d in doubts)
        table.add_row(str(i), clause.type + mark, f"{clause.confidence:.2f}", reason, start)
    return table


def summary(outcomes: list[Outcome], dry_run: bool) -> Table:
    """One row per letter: file, id, clauses, clauses to review, and warnings.

    A letter that failed is marked "not imported"; its reason was printed as it happened.
    """
    done = [o for o in outcomes if not o.error]
    verb = "would import" if dry_run else "imported"
    table = Table(
        title=f"{verb} {len(done)} letter(s); {len(outcomes) - len(done)} failed",
        title_justify="left",
    )
    for column in ("file", "record", "clauses", "review", "warnings"):
        table.add_column(column, overflow="fold")
    for o in outcomes:
        if o.error or o.draft is None:
            table.add_row(o.name, "[red]not imported[/red]", "", "", "")
            continue
        record = str(o.written) if o.written else o.draft.record_id
        review = str(o.draft.review) if o.draft.review else ""
        table.add_row(o.name, record, str(len(o.draft.clauses)), review, "; ".join(o.warnings))
    return table
