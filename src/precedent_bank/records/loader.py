"""Loading records: YAML file -> validated `Precedent`, with every problem located."""

from __future__ import annotations

import hashlib
import re
import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails
from yaml.nodes import Node, ScalarNode

from precedent_bank.errors import Problem, Severity
from precedent_bank.records.letter import POSITIONAL, RESERVED_PREFIX, text_digest
from precedent_bank.records.models import (
    Clause,
    FactName,
    Filing,
    Imported,
    Issuer,
    Precedent,
    Security,
    id_problem,
)
from precedent_bank.records.paths import UnreadableRecord, read_record
from precedent_bank.records.yamlio import Loc, ParsedYaml, parse_yaml
from precedent_bank.taxonomy import suggest

_DATE_LIKE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
_NULLABLE_REQUIRED = {"date", "firm"}


@dataclass(frozen=True)
class LoadedRecord:
    """A record that passed validation, with where it came from."""

    id: str
    path: Path
    display_path: str
    precedent: Precedent
    digest: str = ""
    """SHA-256 of the file's bytes: what caches of work done on this record are keyed by."""


def load_record(
    path: Path, display_path: str | None = None, *, settling: bool = False
) -> tuple[LoadedRecord | None, list[Problem]]:
    """Read and validate one record file. The record is None if it has any error; `settling`
    (for `confirm`) allows a confirmed record's open questions, which it is there to settle."""
    shown = display_path or str(path)
    try:
        raw = read_record(path)
    except UnreadableRecord as exc:
        return None, [Problem(shown, 1, 1, "", str(exc))]
    return load_bytes(raw, path, shown, content_digest(raw), settling=settling)


def content_digest(raw: bytes) -> str:
    """The digest a record's bytes are known by (`LoadedRecord.digest`)."""
    return hashlib.sha256(raw).hexdigest()


def load_bytes(
    raw: bytes, path: Path, shown: str, digest: str, *, settling: bool = False
) -> tuple[LoadedRecord | None, list[Problem]]:
    """Validate the bytes read from the record file at `path` (shown as `shown`)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [undecodable(raw, shown, exc)]
    record, problems = validate_text(text, shown, path.stem, settling=settling)
    if record is None:
        return None, problems
    return LoadedRecord(path.stem, path, shown, record, digest), problems


def validate_text(
    text: str, shown: str, record_id: str, *, settling: bool = False
) -> tuple[Precedent | None, list[Problem]]:
    """Validate a record's YAML text; `shown` is the path printed in problems. A confirmed
    record may leave nothing open, unless it is `settling` them (see load_record)."""
    parsed = parse_yaml(text)
    located = _Locator(parsed, shown)
    problems = [located.at(i.line, i.col, i.loc, i.message, i.severity) for i in parsed.issues]
    if wrong := id_problem(record_id):
        problems.append(located.at(1, 1, (), f"record id '{record_id}' (the file name) {wrong}"))
    if parsed.root is None and not parsed.issues:
        problems.append(located.at(1, 1, (), "the record is empty"))
    if not isinstance(parsed.data, dict):
        if parsed.root is not None:
            problems.append(located.node((), "a record is a mapping of fields (title: ..., ...)"))
        return None, sorted(problems)
    confirmed = parsed.data.get("status") == "confirmed" and not settling
    problems += _check_clauses(parsed.data.get("clauses"), located, confirmed)
    if not settling:
        problems += _check_open_facts(parsed.data.get("imported"), located, confirmed)
    try:
        record = Precedent.model_validate(parsed.data)
    except ValidationError as exc:
        reported = parsed.reported | located.checked
        problems += [located.error(e) for e in exc.errors() if tuple(e["loc"]) not in reported]
        return None, sorted(problems)
    problems += _check_letter_kept(record, located)
    problems += _check_imported_title(record, located)
    has_error = any(p.severity == "error" for p in problems)
    return (None if has_error else record), sorted(problems)


def _check_letter_kept(record: Precedent, located: _Locator) -> list[Problem]:
    """An imported letter's clauses still join to the text it was imported with: a clause cut
    or retyped by hand must not change a character of the letter without anyone knowing."""
    imported = record.imported
    if imported is None or imported.text_sha256 is None:
        return []
    if imported.text_sha256 == text_digest(record.text):
        return []
    texts = [clause.text for clause in record.clauses]
    if (slip := find_slipped_end(texts, imported.text_sha256)) is not None:
        index, now, was = slip
        return [
            located.node(
                ("clauses", index, "text"),
                f"this clause ends with {_spelled(now)} where the letter imported from "
                f"{imported.file} has {_spelled(was)} (a clause cut or edited by hand, or `|+` "
                "made `|`): put it back, or delete the imported text_sha256 line if the "
                "letter's text is meant to change",
            )
        ]
    return [
        located.node(
            ("imported", "text_sha256"),
            f"the clauses no longer join to the letter imported from {imported.file}: a "
            "character was added, lost or changed in a clause edited by hand (a space made a "
            "line break where a clause was cut in two, a blank line lost where `|+` became `|`, "
            "a word retyped); put it back as the letter has it, or delete this line if the "
            "letter's text is meant to change",
        )
    ]


_ENDINGS = ("", " ", "\n", "\n\n", "\n\n\n", " \n")
"""The whitespace a clause may end with that a hand edit most often changes: a space turned into
a line break where a clause was cut in two, a blank line lost with `|+`."""
_MOST_WORK = 20_000_000
"""Past this many clauses times characters, only the digest's line is named: each try hashes
the rest of the letter, so a record of thousands of long clauses would take minutes."""


def find_slipped_end(texts: list[str], digest: str) -> tuple[int, str, str] | None:
    """The clause whose ending whitespace alone differs from the letter as imported (its index,
    the ending it has, the ending the letter had), found by trying the usual endings against the
    digest; None when no single such change explains it (a word retyped, say)."""
    if len(texts) * sum(map(len, texts)) > _MOST_WORK:
        return None
    before = hashlib.sha256()  # the clauses before this one, hashed once as the loop goes
    for index, text in enumerate(texts):
        body = text.rstrip(" \n")
        now = text[len(body) :]
        after = _utf8("".join(texts[index + 1 :]))
        for was in (ending for ending in _ENDINGS if ending != now):
            tried = before.copy()
            tried.update(_utf8(body + was) + after)
            if tried.hexdigest() == digest:
                return index, now, was
        before.update(_utf8(text))
    return None


def _utf8(text: str) -> bytes:
    """As text_digest encodes the letter (a lone surrogate kept, not refused)."""
    return text.encode("utf-8", "surrogatepass")


def _spelled(whitespace: str) -> str:
    """Whitespace in words: "a line break", "a space", "nothing"."""
    if not whitespace:
        return "nothing"
    if whitespace == " ":
        return "a space"
    if set(whitespace) == {"\n"}:
        breaks = len(whitespace)
        return {1: "a line break", 2: "a blank line"}.get(breaks, f"{breaks - 1} blank lines")
    return " and ".join("a space" if ch == " " else "a line break" for ch in whitespace)


def _check_imported_title(record: Precedent, located: _Locator) -> list[Problem]:
    """A draft's title made at import from an issuer the reviewer has since corrected: the title
    ("Netherlands - ordinary shares") goes on naming the wrong one unless it is corrected too
    (confirming the issuer re-makes it)."""
    if (stale := stale_title(record)) is None:
        return []
    named, issuer = stale
    return [
        located.node(
            ("title",),
            f"the title names '{named}', but the issuer is '{issuer}': the title was made from "
            "the issuer read at import; correct it too, or confirm the issuer "
            "(`precedents confirm RECORD --fact issuer`), which re-makes it",
            "warning",
        )
    ]


def stale_title(record: Precedent) -> tuple[str, str] | None:
    """The issuer an imported draft's title names and the issuer the record now gives, where
    they differ; None where the title is not one made at import or names the issuer."""
    if record.imported is None or record.status != "draft" or " - " not in record.title:
        return None
    named = record.title.split(" - ", 1)[0]
    issuer = record.issuer.name if record.issuer else None
    if not issuer or named == issuer or issuer in named:
        return None
    return named, issuer


def undecodable(data: bytes, shown: str, exc: UnicodeDecodeError, noun: str = "record") -> Problem:
    """Where a file stops being UTF-8, located as an editor shows it."""
    raw = data[: exc.start]
    line = raw.count(b"\n") + 1
    col = len(raw) - (raw.rfind(b"\n") + 1) + 1
    return Problem(
        shown,
        line,
        col,
        "",
        f"not UTF-8 (byte 0x{exc.object[exc.start]:02x}); save the {noun} as UTF-8",
    )


def _check_open_facts(imported: Any, located: _Locator, confirmed: bool) -> list[Problem]:
    """Facts left to find or in doubt: on a confirmed record an error, on a draft a warning
    (as a clause awaiting review is), so that `validate --strict` fails while any is open."""
    problems = []
    for key, what in (("missing", "not found"), ("doubtful", "doubtful")):
        listed = imported.get(key) if isinstance(imported, dict) else None
        if isinstance(listed, list) and listed:
            opening = "the record is confirmed but " if confirmed else ""
            problems.append(
                located.node(
                    ("imported", key),
                    f"{opening}{len(listed)} fact(s) are still listed as {what}: "
                    f"{'; '.join(map(str, listed))}; settle them and delete the list",
                    severity="error" if confirmed else "warning",
                )
            )
    return problems


def _check_clauses(clauses: Any, located: _Locator, confirmed: bool = False) -> list[Problem]:
    """Checks across clauses (on the raw values, so they run even if a clause is invalid);
    on a confirmed record, a clause still awaiting review is an error, not a warning."""
    if not isinstance(clauses, list):
        return []
    problems = []
    first_at: dict[str, int] = {}
    for i, raw in enumerate(clauses):
        clause = raw if isinstance(raw, dict) else {}
        anchor = clause.get("id")
        loc: Loc = ("clauses", i, "id")
        if not isinstance(anchor, str):
            anchor = None
        elif anchor in first_at:
            problems.append(
                located.node(
                    loc,
                    f"anchor '{anchor}' is already used by clauses"
                    f"[{first_at[anchor]}]; give this clause another id",
                )
            )
        elif anchor.startswith(RESERVED_PREFIX):
            problems.append(
                located.node(
                    loc, f"ids starting with '{RESERVED_PREFIX}' are reserved for the page itself"
                )
            )
        elif POSITIONAL.match(anchor):
            problems.append(
                located.node(
                    loc,
                    f"'{anchor}' is the form of the anchors clauses get from their position; "
                    "choose another id",
                )
            )
        if anchor is not None:
            first_at.setdefault(anchor, i)
        if clause.get("review") is True:
            confidence = clause.get("confidence")
            how_sure = f" (confidence {confidence:.2f})" if isinstance(confidence, float) else ""
            opening = "the record is confirmed but " if confirmed else ""
            problems.append(
                located.node(
                    ("clauses", i, "type"),
                    f"{opening}type '{clause.get('type')}' "
                    f"needs review{how_sure}; delete `review: true` once "
                    f"checked, or run `precedents confirm {shlex.quote(located.shown)} "
                    f"--clause {i + 1}`",
                    severity="error" if confirmed else "warning",
                )
            )
    if clauses and isinstance(clauses[0], dict) and clauses[0].get("paragraph") == "same":
        loc = ("clauses", 0, "paragraph")
        located.checked.add(loc)
        problems.append(located.node(loc, "the first clause has no paragraph to continue"))
    return problems


class _Locator:
    """Turns validation errors into `Problem`s that point into the YAML file."""

    def __init__(self, parsed: ParsedYaml, shown: str) -> None:
        self.parsed = parsed
        self.shown = shown
        self.checked: set[Loc] = set()
        """Locations our own checks reported, so pydantic's errors there are not repeated."""

    def at(
        self, line: int, col: int, loc: Loc, message: str, severity: Severity = "error"
    ) -> Problem:
        return Problem(self.shown, line, col, field_name(loc), message, severity)

    def node(self, loc: Loc, message: str, severity: Severity = "error") -> Problem:
        node, _ = self.parsed.node_at(loc)
        return self._at_node(node, loc, message, severity)

    def _at_node(self, node: Node | None, loc: Loc, message: str, severity: Severity) -> Problem:
        line, col = self.parsed.position(node.start_mark) if node else (1, 1)
        return self.at(line, col, loc, message, severity)

    def error(self, error: ErrorDetails) -> Problem:
        loc = tuple(error["loc"])
        node, exact = self.parsed.node_at(loc)
        if loc and loc[-1] == "[key]":  # a mapping's key that is none of its allowed names
            key = self.parsed.key_at(loc[:-1])
            return self._at_node(key or node, loc[:-1], _unknown_key(loc[:-1]), "error")
        if error["type"] == "extra_forbidden":
            node = self.parsed.key_at(loc) or node
        return self._at_node(node, loc, describe(error, node if exact else None), "error")


def field_name(loc: Loc) -> str:
    """('clauses', 2, 'type') -> 'clauses[2].type'."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def describe(error: ErrorDetails, node: Node | None) -> str:
    """A validation error in the words of the record format, not of Python."""
    kind, loc, value = error["type"], tuple(error["loc"]), error.get("input")
    # The text as written, for a scalar; a collection's nodes are never printed (an alias-laden
    # one would print without end).
    raw = node.value if isinstance(node, ScalarNode) else value
    if kind == "missing":
        hint = (
            f" (write `{loc[-1]}: null` if the letter does not show it)"
            if loc[-1] in _NULLABLE_REQUIRED
            else ""
        )
        return f"required field is missing{hint}"
    if kind == "extra_forbidden":
        return _unknown_field(loc)
    if kind == "literal_error":
        return _unknown_choice(loc, value)
    if kind == "string_type":
        if not isinstance(node, ScalarNode):
            return f"expected text, but found {_yaml_kind(value)}"
        return f"expected text, but YAML read {raw} as {_yaml_kind(value)}; put it in quotes"
    if kind.startswith(("date_", "datetime_")):
        if isinstance(value, str) and _DATE_LIKE.match(value):
            return f"impossible date {value}"
        return f"expected a date written YYYY-MM-DD, got {raw!s}"
    if kind == "string_pattern_mismatch":
        what = loc[-1] if isinstance(loc[-1], str) else "tag"
        return f"'{value}' is not a valid {what}: use lowercase letters, digits and single hyphens"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "too_short" and loc == ("clauses",):
        return "a record needs at least one clause"
    if kind in ("model_type", "dict_type"):
        return "expected a mapping of fields"
    if kind == "list_type":
        return "expected a list (one `- item` per line)"
    if kind == "bool_type":
        return f"expected true or false, got {raw}"
    if kind in ("float_type", "finite_number"):
        if isinstance(value, str):
            return f"expected a number, not text: write {value} without quotes"
        return f"expected a number, got {raw}"
    return str(error["msg"])


def _yaml_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "a yes/no value"
    if isinstance(value, int | float):
        return "a number"
    if value is None:
        return "empty (null)"
    if isinstance(value, list | dict):
        return "a list" if isinstance(value, list) else "a mapping"
    return "a date" if hasattr(value, "year") else type(value).__name__


_MODELS: dict[tuple[str, ...], type[BaseModel]] = {
    (): Precedent,
    ("imported",): Imported,
    ("issuer",): Issuer,
    ("filing",): Filing,
    ("securities", "#"): Security,
    ("clauses", "#"): Clause,
}


def _shape(loc: Loc) -> tuple[str, ...]:
    return tuple("#" if isinstance(p, int) else p for p in loc)


def _unknown_field(loc: Loc) -> str:
    name = str(loc[-1])
    model = _MODELS.get(_shape(loc[:-1]))
    fields = list(model.model_fields) if model else []
    hint = suggest(name, fields)
    tail = (
        f"; did you mean '{hint}'?"
        if hint
        else (f" (fields: {', '.join(fields)})" if fields else "")
    )
    return f"unknown field '{name}'{tail}"


_KEYS: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = {
    ("imported", "evidence"): ("fact", get_args(FactName)),
}
"""Mappings whose keys are names from a fixed list: what a key is, and the list."""


def _unknown_key(loc: Loc) -> str:
    what, choices = _KEYS.get(_shape(loc[:-1]), ("key", ()))
    hint = suggest(str(loc[-1]), list(choices))
    tail = f"; did you mean '{hint}'?" if hint else f" (one of: {', '.join(choices)})"
    return f"unknown {what} '{loc[-1]}'{tail}"


def _literals(loc: Loc) -> list[str]:
    """The values a field typed `Literal[...]` (or `Literal[...] | None`) takes, from its model:
    the one place they are written."""
    model = _MODELS.get(_shape(loc[:-1]))
    field = model.model_fields.get(str(loc[-1])) if model else None
    if field is None:
        return []
    kinds = [field.annotation, *get_args(field.annotation)]
    return [str(v) for kind in kinds if get_origin(kind) is Literal for v in get_args(kind)]


def _unknown_choice(loc: Loc, value: Any) -> str:
    choices = _literals(loc)
    what = {"document": "document type", "type": "security type"}.get(str(loc[-1]), str(loc[-1]))
    hint = suggest(str(value), choices)
    tail = f"; did you mean '{hint}'?" if hint else f" (one of: {', '.join(choices)})"
    return f"unknown {what} '{value}'{tail}"
