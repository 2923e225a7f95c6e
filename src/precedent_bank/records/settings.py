"""The bank's settings: `bank-settings.yml` beside mkdocs.yml (like standards.yml).

    import:
      learn_from_drafts: true   # the importer learns from draft records too

Every setting is optional, and a bank without the file has the defaults. A wrong setting is
reported as `bank-settings.yml:LINE:COL: FIELD: MESSAGE`, every problem at once, and nothing of
the file is used then: a mistyped key must not silently mean the default.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import ErrorDetails

from precedent_bank.errors import Problem
from precedent_bank.records.bank_yaml import read_bank_yaml
from precedent_bank.records.yamlio import ParsedYaml
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
    parsed, problems = read_bank_yaml(project_dir / SETTINGS_FILE, shown, SETTINGS_NOUN)
    # Every problem is an error here, a YAML warning too: a setting that is not quite what it
    # shows (an invisible character in it) is not used, and the import refuses to go on.
    problems = [replace(p, severity="error") for p in problems]
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
    line, col = parsed.where(loc, key=error["type"] == "extra_forbidden")
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
