"""`precedents review` and `precedents confirm`: the review queue on a terminal, and confirming
a draft (or some of its clauses) in its file."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from precedent_bank.atomic import write_atomically
from precedent_bank.errors import PrecedentError, errors_in
from precedent_bank.records.bank import load_bank
from precedent_bank.records.loader import load_record, validate_text
from precedent_bank.records.models import Precedent
from precedent_bank.records.paths import BANK_DIR, MAX_RECORD_BYTES
from precedent_bank.records.review import (
    accept_all,
    confirm_text,
    open_questions,
    remake_title,
    review_queue,
    settle_facts,
)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
def review(paths: tuple[Path, ...]) -> None:
    """List the drafts and what is open on each, those that most need a reviewer first.

    PATHS are record files or folders (default: ./precedents). Exits 0 when no draft is left
    and every record could be read.
    """
    if not paths and not Path(BANK_DIR).is_dir():
        raise click.UsageError(f"no PATHS given and no ./{BANK_DIR} folder here")
    bank, problems = load_bank(list(paths) or [Path(BANK_DIR)], base=Path.cwd())
    # a record with an error is in no queue: said, or a draft nobody can load goes unseen
    errors = errors_in(problems)
    for problem in errors:
        click.echo(str(problem), err=True)
    queue = review_queue(bank.records)
    for record, questions in queue:
        click.echo(f"{record.display_path}: {record.precedent.title}")
        for question in questions or []:
            click.echo(f"  - {question.text}")
        if not questions:
            click.echo("  - nothing open: confirm it with `precedents confirm`")
    click.echo(f"{len(queue)} draft(s) to review", err=True)
    if broken := len({problem.path for problem in errors}):
        click.echo(
            f"{broken} record(s) with errors, not in the queue until they are mended", err=True
        )
    sys.exit(1 if queue or errors else 0)


@click.command()
@click.argument("record", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--clause",
    "clauses",
    type=int,
    multiple=True,
    help=(
        "Confirm this clause's type (numbered from 1, as the review queue numbers them; "
        "repeatable); the record stays a draft."
    ),
)
@click.option(
    "--fact",
    "facts",
    multiple=True,
    help=(
        "Settle this fact (issuer, firm, securities ...: corrected, or checked as it is): it is "
        "no longer listed as not found or doubtful; repeatable; the record stays a draft."
    ),
)
@click.option(
    "--accept-all",
    "accept",
    is_flag=True,
    help="Accept every clause's type as it is and every missing fact as not stated, then confirm.",
)
def confirm(record: Path, clauses: tuple[int, ...], facts: tuple[str, ...], accept: bool) -> None:
    """Confirm a reviewed record (status: confirmed), or some of its clauses (--clause) and
    facts (--fact).

    A record with open questions is not confirmed unless --accept-all says to accept them.
    """
    _confirm(record, clauses, facts, accept)


def _confirm(record: Path, clauses: tuple[int, ...], facts: tuple[str, ...], accept: bool) -> None:
    loaded, problems = load_record(record, settling=True)
    if loaded is None:
        for problem in errors_in(problems):
            click.echo(str(problem), err=True)
        raise click.ClickException(f"{record} is not a valid record; fix it first")
    if (clauses or facts) and accept:
        raise click.ClickException(
            "--accept-all confirms the whole record: give it alone, or --clause and --fact alone"
        )
    # as written: a CRLF file stays CRLF, and a byte order mark stays (the YAML parser's
    # positions, which the edit is made at, count from after it)
    raw = record.read_bytes()
    bom = "\ufeff" if raw.startswith(b"\xef\xbb\xbf") else ""
    text = raw.decode("utf-8").removeprefix(bom)
    open_now = open_questions(loaded)
    try:
        if clauses or facts:
            text = confirm_text(text, sorted(set(clauses))) if clauses else text
            text = settle_facts(text, list(dict.fromkeys(facts))) if facts else text
        elif open_now and not accept:
            for question in open_now:
                click.echo(f"  - {question.text}", err=True)
            raise click.ClickException(
                f"{len(open_now)} question(s) are open on {record}: settle them - confirm "
                "clauses with --clause N and facts (corrected or checked) with --fact NAME - or "
                "pass --accept-all"
            )
        else:
            text = confirm_text(accept_all(text) if accept else text)
    except PrecedentError as exc:
        raise click.ClickException(str(exc)) from exc
    before = loaded.precedent
    retitled = None
    if "issuer" in facts or not (clauses or facts):  # the issuer is settled as it now reads
        text, retitled = remake_title(text, before)
        before = before.model_copy(update={"title": retitled}) if retitled else before
    _check_unharmed(before, text, record, loaded.id)
    if (size := len((bom + text).encode("utf-8"))) > MAX_RECORD_BYTES:
        raise click.ClickException(  # `validate` would refuse it
            f"{record} would be {size:,} bytes, over the {MAX_RECORD_BYTES:,} a record may hold, "
            "so it is unchanged"
        )
    write_atomically(record, bom + text)
    parts = [f"clause(s) {', '.join(map(str, clauses))}"] if clauses else []
    parts += [f"fact(s) {', '.join(facts)}"] if facts else []
    what = f"{' and '.join(parts)} of " if parts else ""
    click.echo(f"confirmed {what}{record}")
    if retitled:
        click.echo(f"title made again from the corrected issuer: {retitled}")
    if accept and open_now:  # what was taken on trust, so that it is a choice, not a surprise
        types = [q for q in open_now if q.clause is not None]
        click.echo(
            f"accepted as they stand: {len(types)} clause type(s), "
            f"{len(open_now) - len(types)} fact(s) missing or doubtful",
            err=True,
        )
        for question in sorted(types, key=lambda q: -q.weight)[:_SHOWN_ACCEPTED]:
            click.echo(f"  - {question.text}", err=True)


_SHOWN_ACCEPTED = 3
"""The least sure of the clause types `--accept-all` accepted, named after it."""


_SETTLED = {"review", "confidence", "doubt"}
"""A clause's fields that confirming takes out."""


def _kept(record: Precedent) -> tuple[object, ...]:
    """What confirming must leave as it was: every field but the status and the lists of open
    facts, and every field of every clause but its review lines (a line ending the editor did
    not foresee must not take a clause's note or `paragraph: same` with it)."""
    rest = record.model_dump(exclude={"status", "clauses", "imported"})
    imported = (
        record.imported.model_dump(exclude={"missing", "doubtful"}) if record.imported else None
    )
    return rest, imported, [c.model_dump(exclude=_SETTLED) for c in record.clauses]


def _check_unharmed(before: Precedent, text: str, record: Path, record_id: str) -> None:
    """Refuse to write an edit that leaves the record invalid or changes a letter's clauses:
    the edit is made in the YAML text, and a layout the editor did not foresee must not cost
    the reviewer the file."""
    # (the edited text's own problems are not printed: their lines and columns are of a text
    # that was never written, and would point at sound lines of the reviewer's file)
    after, _ = validate_text(text, str(record), record_id, settling=True)
    if after is None or _kept(after) != _kept(before):
        raise click.ClickException(
            f"confirming would have changed more than the review lines of {record}, so it is "
            "unchanged: delete the clause's `review`, `confidence` and `doubt` lines by hand "
            "(or keys, in a clause written on one line as {type: ..., review: true})"
        )
