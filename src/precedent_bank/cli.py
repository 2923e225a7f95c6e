"""The `precedents` command: validate records, build the site, render one record."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click

from precedent_bank import checking, console
from precedent_bank.atomic import write_atomically
from precedent_bank.errors import errors_in
from precedent_bank.importer import (
    ImportOptions,
    Recogniser,
    find_sources,
    known_letters,
)
from precedent_bank.importer.learning import BankError, learn_for_import
from precedent_bank.market.standards import load_standards
from precedent_bank.records.bank import load_bank
from precedent_bank.records.models import Precedent
from precedent_bank.records.paths import BANK_DIR, IMPORT_DIR, SCHEMA_FILE, bank_dir, find_records
from precedent_bank.records.settings import SETTINGS_FILE, load_settings
from precedent_bank.reviewing import confirm, review
from precedent_bank.site.builder import load_site
from precedent_bank.site.output import OutputError, check_site_dir
from precedent_bank.site.search_terms import load_search_terms

SCHEMA_PATH = Path(SCHEMA_FILE)
IMPORT_OUT = Path(IMPORT_DIR)
DOCS_DIR = "docs"
"""The project's hand-written pages, as mkdocs.yml names them (MkDocs' default)."""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="precedent-bank")
def cli() -> None:
    """Precedent Bank: annotated opinion letters as a static site."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--strict", is_flag=True, help="Treat warnings (clauses awaiting review) as errors.")
def validate(paths: tuple[Path, ...], strict: bool) -> None:
    """Check records and print every problem as FILE:LINE:COL: FIELD: MESSAGE.

    PATHS are record files or folders (searched recursively); the default is ./precedents.
    The firm's standard wording, ./standards.yml, the bank's settings, ./bank-settings.yml, and
    its search synonyms, ./search-synonyms.yml, are checked too when there are any; with no
    PATHS in a project (a ./docs folder), so are the training path and the clause pages, as
    the build checks them. Exits 0 when all records (and those files) are valid, 1 when any
    is not.
    """
    targets = list(paths) or [Path(BANK_DIR)]
    if not paths and not Path(BANK_DIR).is_dir():
        raise click.UsageError(f"no PATHS given and no ./{BANK_DIR} folder here")
    if not paths and Path(DOCS_DIR).is_dir():  # the whole project, loaded as the build loads it
        problems = load_site(Path.cwd(), Path(DOCS_DIR))[1]
    else:
        _, problems = load_bank(targets, base=Path.cwd())
        problems += load_standards(Path.cwd())[1] + load_settings(Path.cwd())[1]
        problems += load_search_terms(Path.cwd())[1]
    for problem in problems:
        click.echo(str(problem), err=True)
    errors = errors_in(problems)
    failed = errors or (strict and problems)
    count = len(find_records(targets))
    summary = f"{count} record(s): {len(errors)} error(s), {len(problems) - len(errors)} warning(s)"
    click.echo(summary if failed or problems else f"{count} record(s) valid", err=bool(failed))
    sys.exit(1 if failed else 0)


@cli.command()
@click.option(
    "--config",
    "config_file",
    default="mkdocs.yml",
    show_default=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option(
    "--site-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where to write the site (default: site/).",
)
def build(config_file: Path, site_dir: Path | None) -> None:
    """Validate the bank, then build the site with MkDocs (strict).

    The site is built beside the site folder and replaces it only once the build has succeeded;
    a failed or interrupted build leaves the previous site as it was.
    """
    project = config_file.parent
    try:  # before anything else: the build would clean this folder out
        check_site_dir(
            site_dir or project / "site",
            project_dir=project,
            protected=[bank_dir(project), project / DOCS_DIR, project / "hooks"],
        )
    except OutputError as error:
        raise click.ClickException(str(error)) from error
    _, problems = load_bank([bank_dir(project)], base=project)
    if errors := errors_in(problems):
        for problem in errors:
            click.echo(str(problem), err=True)
        raise click.ClickException(f"{len(errors)} error(s) in the records; nothing was built")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config_file)]
    if site_dir:
        command += ["--site-dir", str(site_dir)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    sys.exit(subprocess.run(command, env=env, check=False).returncode)


@cli.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=IMPORT_OUT,
    show_default=True,
    help="Folder to write the new records to.",
)
@click.option(
    "--bank",
    "bank_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Labelled records the recogniser learns from, besides the bundled samples "
    "[default: ./precedents, if there is one].",
)
@click.option(
    "--learn-from-drafts/--no-learn-from-drafts",
    default=None,
    help="Learn from draft records too, or not, whatever bank-settings.yml says (by default "
    "only reviewed records teach the recogniser).",
)
@click.option(
    "--force",
    is_flag=True,
    help="Overwrite drafts imported before from the same letter (same file name, same text); "
    "a reviewed record is never overwritten.",
)
@click.option("--dry-run", is_flag=True, help="Print the records instead of writing them.")
@click.option("--explain", is_flag=True, help="List each clause's type, confidence and reason.")
@click.option(
    "--max-size",
    type=click.FloatRange(min=0.001),
    default=5.0,
    show_default=True,
    help="Largest file to read, in MB.",
)
def import_command(
    paths: tuple[Path, ...],
    out: Path,
    bank_dir: Path | None,
    learn_from_drafts: bool | None,
    force: bool,
    dry_run: bool,
    explain: bool,
    max_size: float,
) -> None:
    """Import opinion letters as records: .txt, .htm/.html, EDGAR submissions, .docx, .pdf.

    PATHS are files or folders (searched recursively). Each letter becomes one record in
    --out, its clauses cut and typed; clauses the recogniser is unsure of are marked
    `review: true`. Exits 1 if any file could not be imported (a letter imported before and
    skipped is no failure).
    """
    try:
        drafts = _learn_from_drafts(learn_from_drafts)
        lesson = learn_for_import(bank_dir, Path(BANK_DIR), drafts)
    except BankError as exc:
        raise click.UsageError(str(exc)) from exc
    click.echo(lesson.description, err=True)
    taken = {r.id for r in lesson.bank.records}
    firms = tuple(dict.fromkeys(r.precedent.firm for r in lesson.bank.records if r.precedent.firm))
    # the records learned from, the project's bank (a --bank elsewhere is only learned from)
    # and the folder written to: wherever a record of a letter may be
    folders = [bank_dir or Path(BANK_DIR), Path(BANK_DIR), out]
    texts = tuple(known_letters(lesson.bank.records, folders))
    options = ImportOptions(out, force, dry_run, int(max_size * 1e6), explain, firms, texts)
    outcomes = console.run(find_sources(paths), lesson.recogniser, taken, options)
    sys.exit(1 if any(o.error and not o.skipped for o in outcomes) else 0)


def _learn_from_drafts(flag: bool | None) -> bool:
    """The command line's choice, else the bank's setting (bank-settings.yml in the project
    folder, where the command runs), else no.

    Raises:
        click.UsageError: the settings file is wrong (its problems are printed first).
    """
    settings, problems = load_settings(Path.cwd())
    for problem in problems:
        click.echo(str(problem), err=True)
    if problems:
        raise click.UsageError(f"{SETTINGS_FILE} has {len(problems)} problem(s); fix them first")
    return settings.import_.learn_from_drafts if flag is None else flag


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: one finding a line; json: a list of objects.",
)
@click.option(
    "--bank",
    "bank",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Labelled records the importer learns from, for letter files (default: ./precedents, "
    "if there is one, with the bundled samples).",
)
@click.option(
    "--max-size",
    type=click.FloatRange(min=0.001),
    default=5.0,
    show_default=True,
    help="Largest letter file to read, in MB.",
)
def check(paths: tuple[Path, ...], output_format: str, bank: Path | None, max_size: float) -> None:
    """Check records and letter files against the rules; print each finding as
    FILE:LINE:COL: RULE: SEVERITY: MESSAGE.

    PATHS are records (.yml), letter files (.txt, .htm/.html, .docx, .pdf; imported in memory,
    nothing written) or folders (searched recursively). Exits 1 when an error-severity rule
    fires or a file cannot be checked, 0 otherwise; warnings, information and letters dated
    before a rule's source never fail.
    """
    found, unreadable = checking.run(
        checking.find_checkable(list(paths)), lambda: _recogniser(bank), int(max_size * 1e6)
    )
    for problem in unreadable:
        click.echo(str(problem), err=True)
    if output_format == "json":
        click.echo(json.dumps([f.as_json() for f in found], indent=1, ensure_ascii=False))
    else:
        for located in found:
            click.echo(str(located))
    click.echo(checking.summary(found, unreadable), err=True)
    sys.exit(1 if unreadable or checking.errors(found) else 0)


def _recogniser(folder: Path | None) -> Recogniser:
    try:
        return learn_for_import(folder, Path(BANK_DIR)).recogniser
    except BankError as exc:
        raise click.UsageError(str(exc)) from exc


@cli.command()
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=SCHEMA_PATH,
    show_default=True,
)
def schema(output: Path) -> None:
    """Write the JSON Schema of a record, for editors' validation and completion."""
    text = json_schema()
    write_atomically(output, text)
    click.echo(f"wrote {output}")


cli.add_command(review)
cli.add_command(confirm)


def json_schema() -> str:
    """The record's JSON Schema as the text published under docs/schema/."""
    schema = Precedent.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Precedent Bank record"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
