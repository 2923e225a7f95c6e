"""The reading path: an ordered course through the clause library and chosen precedents.

A trainer writes it in training/path.yml (beside precedents/): each step says what to read
(pages of the site, by their path under docs/, as Markdown links name them), what to notice
(Markdown), and the drill that checks it ("label 3"). Every problem is reported at its line
and column, all in one run.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import ErrorDetails

from precedent_bank.errors import Problem, printable
from precedent_bank.records.bank_yaml import read_bank_yaml
from precedent_bank.records.loader import describe, field_name
from precedent_bank.records.yamlio import Loc, ParsedYaml
from precedent_bank.site.training import DRILL_KINDS
from precedent_bank.taxonomy import suggest

PATH_FILE = "training/path.yml"
"""The reading path's file, in the project folder (docs/ would publish it)."""
PATH_NOUN = "reading path file"
"""What messages call the file ("YAML aliases are not allowed in reading path files")."""
_DRILL = re.compile(r"^([a-z]+) ([1-9][0-9]{0,5})$")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Step(_Model):
    """One step of the path."""

    title: str = Field(min_length=1)
    read: list[str] = Field(min_length=1)
    """Pages to read, by path under docs/: "clauses/opinion-equity.md", "precedents/ID.md#x"."""
    notice: str = Field(min_length=1)
    """What to notice (Markdown)."""
    drill: str | None = None
    """The drill that checks it: a kind (label, missing, kind, defect) and a number."""

    @field_validator("drill")
    @classmethod
    def _drill(cls, value: str | None) -> str | None:
        if value is None:
            return None
        match = _DRILL.match(value)
        if not match or match.group(1) not in DRILL_KINDS:
            kinds = ", ".join(DRILL_KINDS)
            raise ValueError(f"write a drill as its kind ({kinds}) and a number: 'label 3'")
        return value


class ReadingPath(_Model):
    """The whole course."""

    intro: str | None = None
    """Markdown shown above the steps."""
    steps: list[Step] = Field(min_length=1)


def load_reading_path(
    project_dir: Path, pages: Collection[str]
) -> tuple[ReadingPath | None, list[Problem]]:
    """Read and check training/path.yml; `pages` are the docs paths a step may name.

    No file is no path (and no problem); a file with any error gives no path and every error.
    """
    shown = PATH_FILE
    # Read as standards.yml is: a link, a FIFO or a file that is not UTF-8 is a problem
    # at 1:1, never a hang or a crash.
    parsed, problems = read_bank_yaml(project_dir / PATH_FILE, shown, PATH_NOUN)
    if parsed.data is None:
        return None, sorted(problems)
    problems += _unknown_pages(parsed, shown, pages)
    try:
        course = ReadingPath.model_validate(parsed.data)
    except ValidationError as exc:
        problems += [_error(parsed, shown, e) for e in exc.errors()]
        return None, sorted(problems)
    return (None if problems else course), sorted(problems)


def _unknown_pages(parsed: ParsedYaml, shown: str, pages: Collection[str]) -> list[Problem]:
    """Pages a step names that the site does not have (read from the raw values, so that they
    are reported along with the file's other problems)."""
    data = parsed.data if isinstance(parsed.data, dict) else {}
    raw = data.get("steps")
    steps: list[object] = raw if isinstance(raw, list) else []
    problems = []
    for i, step in enumerate(steps):
        targets = step.get("read") if isinstance(step, dict) else None
        for j, target in enumerate(targets if isinstance(targets, list) else []):
            if not isinstance(target, str):
                continue
            page, hash_sign, anchor = target.partition("#")
            if page not in pages:
                hint = suggest(page, sorted(pages))
                tail = f"; did you mean '{hint}'?" if hint else " (name a page by its docs path)"
                message = f"no page '{page}'{tail}"
                problems.append(_at(parsed, shown, ("steps", i, "read", j), message))
            elif hash_sign and not _ANCHOR.fullmatch(anchor):
                # (it goes into the page's Markdown as a link: anything else would be Markdown)
                message = (
                    f"'#{printable(anchor)[:40]}' is no anchor: after '#' write a heading's or "
                    "a clause's id (letters, digits, '-' and '_'), as the page's address shows it"
                )
                problems.append(_at(parsed, shown, ("steps", i, "read", j), message))
    return problems


_ANCHOR = re.compile(r"[A-Za-z0-9][\w-]{0,100}")
"""An id as Markdown's headings and the letters' clauses have them ("what-it-says", "clause-3")."""


def _error(parsed: ParsedYaml, shown: str, error: ErrorDetails) -> Problem:
    """A validation error, in the words of the path file, where it is in the file."""
    loc: Loc = tuple(error["loc"])
    if error["type"] == "extra_forbidden":
        model = Step if len(loc) > 1 else ReadingPath
        known = list(model.model_fields)
        hint = suggest(str(loc[-1]), known)
        tail = f"; did you mean '{hint}'?" if hint else f" (fields: {', '.join(known)})"
        key = parsed.key_at(loc)
        line, col = parsed.position(key.start_mark) if key else (1, 1)
        return Problem(shown, line, col, field_name(loc), f"unknown field '{loc[-1]}'{tail}")
    if error["type"] == "too_short":
        return _at(parsed, shown, loc, "must not be empty")
    if error["type"] == "value_error":
        return _at(parsed, shown, loc, str(error["msg"]).removeprefix("Value error, "))
    node, exact = parsed.node_at(loc)
    return _at(parsed, shown, loc, describe(error, node if exact else None))


def _at(parsed: ParsedYaml, shown: str, loc: Loc, message: str) -> Problem:
    line, col = parsed.where(loc)
    return Problem(shown, line, col, field_name(loc), message)
