"""The data the training drills run on, written as small script files the drill pages load.

Drills are made in the reader's browser (docs/javascripts/drills.js) and must work opened from the
file system, where a page may not fetch files: so the data are JavaScript files that call
`pbDrillData(...)`, loaded by script tags. A drill page loads the shared files (the clause types,
the defects and statements, and which letters each kind of drill can use) and then only the file
of the one letter its drill is made from, so a drill costs the same in a bank of 10 or 10,000.

Drills draw only on confirmed records: today, records with no clause awaiting review.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, model_validator

from precedent_bank.checks import Finding, check_precedent
from precedent_bank.records.cache import RecordMemo
from precedent_bank.records.letter import Paragraph, clause_anchors, layout
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.records.models import Clause, Precedent
from precedent_bank.taxonomy import load_taxonomy

TRAINING_DIR = "training"
DATA_DIR = f"{TRAINING_DIR}/data"
DRILL_KINDS = ("label", "missing", "kind", "defect")
LetterKind = Literal["shelf", "takedown", "closing"]
NOT_MISSABLE = frozenset({"heading", "other", "page-furniture"})
"""Clause types "What is missing" never removes: they say nothing about the opinion."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Model):
    cite: str
    url: str


class Applies(_Model):
    documents: list[str]
    exhibit: str
    kinds: list[LetterKind] = []
    absent: str | None = None
    since: dt.date | None = None


class Insert(_Model):
    type: str
    after: list[str]
    text: str


class Replace(_Model):
    type: str
    patterns: list[tuple[str, str]]


class Injection(_Model):
    insert: Insert | None = None
    replace: Replace | None = None

    @model_validator(mode="after")
    def _one(self) -> Injection:
        if (self.insert is None) == (self.replace is None):
            raise ValueError("an injection is either `insert` or `replace`")
        return self


class Defect(_Model):
    """How "Spot the defect" breaks one rule of the rule register in a clean letter."""

    rule: str
    """The rule's id in the register (checks/rules.yaml)."""
    title: str
    clause: str
    sources: list[Source]
    explanation: str
    applies: Applies
    injection: Injection


class Statement(_Model):
    """An assumption or limitation, judged in each kind of letter by "Which kind of letter"."""

    id: str
    type: str
    text: str
    acceptable: dict[LetterKind, tuple[bool, str]]


class KindInfo(_Model):
    name: str
    explanation: str


class DrillTables(_Model):
    defects: list[Defect]
    statements: list[Statement]
    kinds: dict[LetterKind, KindInfo]


@cache
def drill_tables() -> DrillTables:
    """drills.yaml, checked."""
    text = files("precedent_bank.site").joinpath("drills.yaml").read_text("utf-8")
    return DrillTables.model_validate(yaml.safe_load(text))


def confirmed(record: LoadedRecord) -> bool:
    """Whether drills may use a record: not a draft, and no clause of it awaits review."""
    p = record.precedent
    return not p.draft and not any(clause.review for clause in p.clauses)


def letter_kind(p: Precedent) -> LetterKind | None:
    """Shelf, takedown or closing opinion, where the record's facts say so."""
    if p.document not in ("legality-opinion", "local-counsel-opinion"):
        return None
    form = (p.filing.form or "") if p.filing else ""
    if "shelf-takedown" in p.tags or form == "8-K" or form.startswith("424"):
        return "takedown"
    if {"shelf-registration", "base-opinion"} & set(p.tags):
        return "shelf"
    if p.filing is None and not p.exhibit:
        return "closing"
    return None


def defects_for(
    p: Precedent,
    findings: list[Finding] | None = None,
    paragraphs: list[Paragraph] | None = None,
) -> list[str]:
    """The rules whose defect can be injected into this letter, which breaks none already (by
    the rule register's checks: a letter the site flags would have two defects).

    Args:
        p: The letter.
        findings: Its rule-check findings, if the build has them already (else checked here).
        paragraphs: Its layout, likewise.
    """
    if any(f.is_defect for f in (check_precedent(p) if findings is None else findings)):
        return []
    paragraphs = layout(p.clauses) if paragraphs is None else paragraphs
    kind = letter_kind(p)
    types = {c.type for c in p.clauses}
    out = []
    for d in drill_tables().defects:
        a = d.applies
        if p.document not in a.documents or not (p.exhibit or "").startswith(a.exhibit):
            continue
        if (a.kinds and kind not in a.kinds) or (a.absent and a.absent in types):
            continue
        if a.since and p.date and p.date < a.since:
            continue
        if _injectable(d.injection, p, paragraphs):
            out.append(d.rule)
    return out


def _injectable(injection: Injection, p: Precedent, paragraphs: list[Paragraph]) -> bool:
    """Whether the injection finds its place in the letter (as drills.js looks for it)."""
    if injection.insert:
        return bool({c.type for c in p.clauses}.intersection(injection.insert.after))
    assert injection.replace
    r = injection.replace
    pieces = [piece for para in paragraphs for piece in para.pieces]
    return any(
        p.clauses[piece.index].type == r.type and re.search(pattern, piece.text)
        for piece in pieces
        for pattern, _ in r.patterns
    )


def inject(p: Precedent, defect: Defect) -> tuple[Precedent, int]:
    """The letter with the defect put in, as drills.js puts it in, and the defective clause's
    position (for tests, and for checking that the rule register finds what a drill injects)."""
    clauses = list(p.clauses)
    if insert := defect.injection.insert:
        after = next(
            max(i for i, c in enumerate(clauses) if c.type == t)
            for t in insert.after
            if any(c.type == t for c in clauses)
        )
        clauses.insert(after + 1, Clause(type=insert.type, text=insert.text))
        return p.model_copy(update={"clauses": clauses}), after + 1
    replace = defect.injection.replace
    assert replace is not None
    for piece in (piece for para in layout(p.clauses) for piece in para.pieces):
        if clauses[piece.index].type != replace.type:
            continue
        for pattern, replacement in replace.patterns:
            if re.search(pattern, piece.text):
                text = clauses[piece.index].text
                start = text.index(piece.text) if piece.text in text else 0
                new = text[:start] + re.sub(pattern, replacement, text[start:], count=1)
                clauses[piece.index] = clauses[piece.index].model_copy(update={"text": new})
                return p.model_copy(update={"clauses": clauses}), piece.index
    raise ValueError(f"{defect.rule} does not fit this letter")


def missable(p: Precedent) -> list[int]:
    """Clauses "What is missing" may remove: of a type the letter has once, that says something."""
    counts = Counter(c.type for c in p.clauses)
    return [
        i for i, c in enumerate(p.clauses) if counts[c.type] == 1 and c.type not in NOT_MISSABLE
    ]


@dataclass(frozen=True)
class Asset:
    """A file the site serves as it is (here, a script with drill data)."""

    src_uri: str
    content: str


def script(value: object) -> str:
    """A data file: a call of pbDrillData with `value` (ASCII JSON, inert as a script)."""
    return f"pbDrillData({json.dumps(value, ensure_ascii=True, separators=(',', ':'))});\n"


@dataclass(frozen=True)
class Worked:
    """What the build has already worked out for each letter, so drills do not do it again."""

    findings: Callable[[LoadedRecord], list[Finding]] = lambda r: check_precedent(r.precedent)
    paragraphs: Callable[[LoadedRecord], list[Paragraph]] = lambda r: layout(r.precedent.clauses)


def letter_data(
    k: int,
    record: LoadedRecord,
    url: Callable[[str], str],
    worked: Worked = Worked(),
    memo: RecordMemo | None = None,
) -> dict[str, object]:
    """What a drill needs of one letter; `url` gives a docs page's URL from the site root;
    `memo` keeps what only the record decides between the builds of `mkdocs serve`."""
    p = record.precedent
    own = memo or RecordMemo()
    return {
        "letter": k,
        "id": record.id,
        "title": p.title,
        "href": url(f"precedents/{record.id}.md"),
        **own.get("drill", record, lambda: _record_data(record, worked)),
    }


def _record_data(record: LoadedRecord, worked: Worked) -> dict[str, object]:
    """The part of a letter's drill data its record alone decides."""
    p = record.precedent
    anchors = clause_anchors(p.clauses)
    layout_ = worked.paragraphs(record)
    paragraphs = [
        [para.kind, [[piece.index, piece.text] for piece in para.pieces]] for para in layout_
    ]
    return {
        "kind": letter_kind(p),
        "clauses": [[c.type, a] for c, a in zip(p.clauses, anchors, strict=True)],
        "paragraphs": paragraphs,
        "missing": missable(p),
        "defects": defects_for(p, worked.findings(record), layout_),
    }


def _bitmap(flags: Iterable[bool]) -> str:
    """Which letters a kind of drill can use, one bit each, as base64 (1.7 kB per 10,000)."""
    bits = list(flags)
    data = bytearray((len(bits) + 7) // 8)
    for i, on in enumerate(bits):
        if on:
            data[i // 8] |= 1 << (i % 8)
    return base64.b64encode(bytes(data)).decode("ascii")


def drill_assets(
    records: list[LoadedRecord],
    summaries: dict[str, str],
    url: Callable[[str], str],
    worked: Worked = Worked(),
    memo: RecordMemo | None = None,
) -> list[Asset]:
    """Every data file of the drills: one per confirmed letter, and the shared ones;
    `worked` gives what the build already made for each letter; `memo` keeps each letter's
    data between the builds of `mkdocs serve`."""
    pool = sorted((r for r in records if confirmed(r)), key=lambda r: r.id)
    letters = [letter_data(k, r, url, worked, memo) for k, r in enumerate(pool)]
    assets = [Asset(f"{DATA_DIR}/letters/{k}.js", script(d)) for k, d in enumerate(letters)]
    pools = {
        "count": len(letters),
        "label": _bitmap(True for _ in letters),
        "missing": _bitmap(bool(d["missing"]) for d in letters),
        "kind": _bitmap(d["kind"] is not None for d in letters),
        "defect": _bitmap(bool(d["defects"]) for d in letters),
    }
    assets.append(Asset(f"{DATA_DIR}/shared.js", script(_shared(pools, summaries, url))))
    return assets


def _shared(
    pools: dict[str, object], summaries: dict[str, str], url: Callable[[str], str]
) -> dict[str, object]:
    taxonomy = load_taxonomy()
    tables = drill_tables()
    families = [
        {
            "slug": f.slug,
            "name": f.name,
            "types": [
                {
                    "slug": t.slug,
                    "name": t.name,
                    "href": url(f"clauses/{t.slug}.md"),
                    "summary": summaries.get(t.slug, t.definition),
                }
                for t in f.types
            ],
        }
        for f in taxonomy.families
    ]
    return {
        "shared": True,
        "pools": pools,
        "pages": {kind: url(f"{TRAINING_DIR}/{kind}.md") for kind in DRILL_KINDS},
        "families": families,
        "defects": [d.model_dump(mode="json") for d in tables.defects],
        "statements": [s.model_dump() for s in tables.statements],
        "kinds": {k: v.model_dump() for k, v in tables.kinds.items()},
    }
