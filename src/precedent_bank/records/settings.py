"""The bank's settings: `bank-settings.yml` beside mkdocs.yml (like standards.yml).

    import:
      learn_from_drafts: true   # the importer learns from draft records too

Every setting is optional, and a bank without the file has the defaults. A wrong setting is
reported as `bank-settings.yml:LINE:COL: FIELD: MESSAGE`, every problem at once, and nothing of
the file is used then: a mistyped key must not silently mean the default.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import ErrorDetails

from precedent_bank.errors import Problem
from precedent_bank.records.paths import UnreadableRecord, read_record
from precedent_bank.records.yamlio import ParsedYaml, parse_yaml
from precedent_bank.taxonomy import suggest

SETTINGS_FILE = "bank-settings.yml"
"""The bank's settings file, beside mkdocs.yml."""
SETTINGS_NOUN = "settings file"
"""What messages call the file ("YAML aliases are not allowed in settings files")."""


class _Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True)


class ImportSettings(_Settings):
    """How `precedents import` works for this bank."""

    learn_from_drafts: bool = False
    """Whether draft (unreviewed) records teach the recogniser; by default only reviewed ones
    do, so an unchecked guess is never learned as a fact. `--learn-from-drafts` and
    `--no-learn-from-drafts` override it for one run."""


class BankSettings(_Settings):
    """Everything `bank-settings.yml` may hold."""

    import_: ImportSettings = Field(default_factory=ImportSettings, alias="import")


def load_settings(
    project_dir: Path, shown: str = SETTINGS_FILE
) -> tuple[BankSettings, list[Problem]]:
    """The bank's settings (the defaults if it has no settings file), and every problem with
    the file; with any problem, the defaults."""
    path = project_dir / SETTINGS_FILE
    if not path.exists() and not path.is_symlink():
        return BankSettings(), []
    try:  # as standards.yml is read: never blocking on a FIFO, never following a link
        parsed = parse_yaml(read_record(path, SETTINGS_NOUN).decode("utf-8"), SETTINGS_NOUN)
    except UnreadableRecord as exc:
        return BankSettings(), [Problem(shown, 1, 1, "", str(exc))]
    except UnicodeDecodeError:
        return BankSettings(), [Problem(shown, 1, 1, "", "is not UTF-8 text")]
    problems = [Problem(shown, i.line, i.col, "", i.message) for i in parsed.issues]
    if problems or parsed.data is None:
        return BankSettings(), problems
    if not isinstance(parsed.data, dict):
        return BankSettings(), [Problem(shown, 1, 1, "", "expected a mapping of settings")]
    try:
        return BankSettings.model_validate(parsed.data), []
    except ValidationError as exc:
        return BankSettings(), [_problem(parsed, shown, e) for e in exc.errors()]


def _problem(parsed: ParsedYaml, shown: str, error: ErrorDetails) -> Problem:
    loc = tuple(error["loc"])
    node = parsed.key_at(loc) if error["type"] == "extra_forbidden" else None
    node = node or parsed.node_at(loc)[0]
    line, col = parsed.position(node.start_mark) if node is not None else (1, 1)
    field = ".".join(str(p) for p in loc)
    return Problem(shown, line, col, field, _message(error, loc))


def _message(error: ErrorDetails, loc: tuple[int | str, ...]) -> str:
    if error["type"] == "extra_forbidden":
        model: type[BaseModel] = ImportSettings if loc[:1] == ("import",) else BankSettings
        names = [f.alias or name for name, f in model.model_fields.items()]
        hint = suggest(str(loc[-1]), names)
        tail = f"; did you mean '{hint}'?" if hint else f" (settings: {', '.join(names)})"
        return f"unknown setting '{loc[-1]}'{tail}"
    if error["type"] == "bool_type":
        return f"expected true or false, not {error.get('input')!r}"
    if error["type"] == "model_type":
        return "expected a mapping of settings"
    return str(error["msg"])
