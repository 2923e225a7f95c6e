"""The record of one opinion letter, as pydantic models.

Field docstrings are the record format's reference: they are published in the JSON Schema
(docs/schema/precedent.schema.json) that editors use to validate and complete records.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

from precedent_bank.taxonomy import load_taxonomy, suggest

ANCHOR_PATTERN = r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"
TAG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
# Everything YAML, Markdown or a browser may take for a line break (JSON Schema syntax).
ONE_LINE_PATTERN = r"^[^\n\r\u000b\u000c\u0085\u2028\u2029]*$"
_LINE_BREAK = re.compile("[\n\r\x0b\x0c\x85\u2028\u2029]")
_CONTROL_NAMES = {
    "\n": "LINE FEED",
    "\r": "CARRIAGE RETURN",
    "\x0b": "LINE TABULATION",
    "\x0c": "FORM FEED",
    "\x85": "NEXT LINE",
}


def _check_clause_type(slug: str) -> str:
    taxonomy = load_taxonomy()
    if slug in taxonomy.types:
        return slug
    hint = taxonomy.suggest(slug)
    tail = f"; did you mean '{hint}'?" if hint else " (see the clause library for the types)"
    raise PydanticCustomError("clause_type", "unknown clause type '{slug}'" + tail, {"slug": slug})


def _choice(kind: str, choices: dict[str, str]) -> AfterValidator:
    """A validator that accepts one of a vocabulary's slugs, suggesting the closest otherwise."""

    def check(value: str) -> str:
        if value in choices:
            return value
        hint = suggest(value, list(choices))
        tail = f"; did you mean '{hint}'?" if hint else f" (one of: {', '.join(choices)})"
        raise PydanticCustomError("choice", f"unknown {kind} '{{value}}'" + tail, {"value": value})

    return AfterValidator(check)


def _check_one_line(text: str) -> str:
    if found := _LINE_BREAK.search(text):
        char = found.group()
        name = _CONTROL_NAMES.get(char) or unicodedata.name(char)
        raise PydanticCustomError(
            "line_break",
            "must be one line, but contains a line break (U+{code} {name}); it is shown "
            "where only one line fits: headings, lists, tables and anchors",
            {"code": f"{ord(char):04X}", "name": name},
        )
    return text


def _check_text(text: str) -> str:
    if not text.strip():
        raise PydanticCustomError("empty_text", "clause text is empty")
    return text


DocumentType = Annotated[
    str,
    StringConstraints(strict=True),
    _choice("document type", load_taxonomy().documents),
    Field(json_schema_extra={"enum": list(load_taxonomy().documents)}),
]
SecurityType = Annotated[
    str,
    StringConstraints(strict=True),
    _choice("security type", load_taxonomy().securities),
    Field(json_schema_extra={"enum": list(load_taxonomy().securities)}),
]
ClauseTypeSlug = Annotated[
    str,
    AfterValidator(_check_clause_type),
    Field(json_schema_extra={"enum": load_taxonomy().slugs}),
]
Text = Annotated[str, StringConstraints(strict=True, min_length=1)]
Line = Annotated[
    str,
    StringConstraints(strict=True, min_length=1),
    AfterValidator(_check_one_line),
    Field(json_schema_extra={"pattern": ONE_LINE_PATTERN}),
]
"""Text shown on one line (headings, lists, tables, anchors): no line breaks of any kind."""
ClauseText = Annotated[str, StringConstraints(strict=True), AfterValidator(_check_text)]
Anchor = Annotated[str, StringConstraints(strict=True, pattern=ANCHOR_PATTERN, max_length=80)]
Tag = Annotated[str, StringConstraints(strict=True, pattern=TAG_PATTERN)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class Issuer(_Model):
    """The company whose securities the letter concerns."""

    name: Line
    """Full legal name, e.g. "The Hartford Financial Services Group, Inc."."""
    jurisdiction: Line | None = None
    """Where the issuer is incorporated or organized, e.g. "Delaware" or "Cayman Islands"."""


class Security(_Model):
    """One class of securities the letter covers."""

    type: SecurityType
    """The kind of security: debt, equity, preferred, guarantee, warrant, unit, right or other."""
    description: Line | None = None
    """As the letter or prospectus names it, e.g. "4.75% Senior Notes due March 1, 2014"."""
    amount: Line | None = None
    """Principal amount or number of shares, as text: "$200,000,000" or "2,500,000 shares"."""


class Filing(_Model):
    """The SEC filing the letter was an exhibit to."""

    form: Line | None = None
    """The form the letter was filed with, e.g. "8-K", "S-3", "S-8", "424B2"."""
    registration_form: Line | None = None
    """The registration statement's form, when the letter was filed with a later report."""
    file_number: Line | None = None
    """The registration statement's file number, e.g. "333-108067"."""
    accession: Line | None = None
    """The EDGAR accession number of the filing, e.g. "0000950123-09-012345"."""
    cik: Line | None = None
    """The filer's EDGAR Central Index Key, e.g. "940332"."""
    filed: dt.date | None = None
    """The day the filing was made (YYYY-MM-DD)."""
    url: (
        Annotated[
            str,
            StringConstraints(
                strict=True, pattern=r"^https://www\.sec\.gov/Archives/edgar/data/\d+/\d+/$"
            ),
        ]
        | None
    ) = None
    """The filing's folder on EDGAR: https://www.sec.gov/Archives/edgar/data/CIK/ACCESSION/
    (nothing else, so that a record cannot put any other link on its page)."""


Confidence = Annotated[float, Field(ge=0, le=1, strict=True, allow_inf_nan=False)]
"""From 0 to 1, written as a number: strict, so that "0.5" in quotes or `true` is not taken for
one (the importer writes numbers; a hand edit that quotes one is a mistake to point at)."""


FactName = Literal[
    "date",
    "firm",
    "addressee",
    "issuer",
    "jurisdiction",
    "securities",
    "form",
    "registration_form",
    "file_number",
    "exhibit",
    "laws",
    "document",
]
"""The facts the importer reads from a letter."""


class Evidence(_Model):
    """How the importer found one fact, and how sure that makes it."""

    confidence: Confidence
    """From 0 to 1: high when two places in the letter agree, low on one weak cue."""
    how: Line
    """In words: "letterhead and signature agree", "only in EDGAR's header line"."""


class Imported(_Model):
    """Where an imported record came from, as the importer found it."""

    file: Text
    """The file the letter was read from (and the EDGAR document, after "#")."""
    format: Literal["text", "html", "edgar-submission", "docx", "pdf"]
    """How the letter was stored."""
    encoding: Text | None = None
    """The text encoding the file was read with: utf-8, or cp1252 (Windows-1252)."""
    text_sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] | None = None
    """SHA-256 of the letter's text as imported: `validate` fails if the clauses no longer join
    to it (a character lost or changed when a clause was cut or retyped by hand)."""
    missing: list[Text] = []
    """Facts the importer could not find in the letter, left for a person to fill in."""
    doubtful: list[Line] = []
    """Facts the importer doubts, or left empty because they could not be right, with why."""
    lines: dict[str, int] = {}
    """The line of the letter where each fact was read: {"firm": 3, "date": 7}."""
    evidence: dict[FactName, Evidence] = {}
    """For each fact found, how it was found and how sure the importer is of it; facts below
    the importer's threshold are also listed under `doubtful`."""


class Clause(_Model):
    """One clause of the letter: a sentence, or a run of sentences of the same type."""

    type: ClauseTypeSlug
    """The clause type, a slug from the clause library, e.g. "qualification-bankruptcy"."""
    id: Anchor | None = None
    """A stable anchor for links, instead of the one from its position ("clause-3").
    Lowercase letters, digits and hyphens; not of the form "clause-N"."""
    paragraph: Literal["new", "same"] = "new"
    """"same" when the clause continues the paragraph of the clause before it."""
    review: bool = False
    """true while the type is an unconfirmed guess of the importer; delete it once checked."""
    confidence: Confidence | None = None
    """How sure the importer was of the type, from 0 to 1."""
    doubt: Line | None = None
    """Why the importer asks for a check however sure it was, e.g. "strong wording for two
    types: engagement and documents-examined"; deleted with `review` once checked."""
    text: ClauseText
    """The clause exactly as the letter has it - every character, line break and space."""
    note: Text | None = None
    """Markdown annotation on this clause in this letter."""


class Precedent(_Model):
    """One opinion letter and what the bank knows about it."""

    title: Line
    """How the precedent is listed: "The Hartford - $200,000,000 4.75% Senior Notes due 2014"."""
    status: Literal["draft", "confirmed"] | None = None
    """"draft" for a record nobody has reviewed yet (`precedents import` writes it): the site
    marks it, and the clause library and the importer do not learn from it. "confirmed" once a
    person has checked it: `validate` then fails while anything is left open. Left out, the
    record counts as reviewed (hand-written records need not say so)."""
    document: DocumentType
    """legality-opinion, tax-opinion, local-counsel-opinion or other."""
    exhibit: Line | None = None
    """The exhibit number the letter was filed as, e.g. "5.1" or "8.1" (quote it)."""
    date: dt.date | None
    """The letter's date (YYYY-MM-DD), or null when the letter does not show one."""
    firm: Line | None
    """The law firm that signed the letter, or null when it cannot be told."""
    addressee: Line | None = None
    """To whom the letter is addressed."""
    issuer: Issuer | None = None
    """The issuer of the securities."""
    securities: list[Security] = []
    """The securities the letter covers."""
    filing: Filing | None = None
    """The filing the letter was an exhibit to."""
    laws: list[Line] = []
    """The laws the opinion covers, e.g. ["New York", "Delaware General Corporation Law"]."""
    source: Text | None = None
    """Where the letter comes from; for an illustrative letter, say that it is fictional."""
    summary: Text | None = None
    """Markdown paragraph: what this precedent is and why it is useful."""
    tags: list[Tag] = []
    """Free labels in lowercase-with-hyphens, e.g. "shelf-takedown"."""
    imported: Imported | None = None
    """Set by `precedents import`: the source file, its format and encoding."""
    clauses: Annotated[list[Clause], Field(min_length=1)]
    """The whole letter, heading to signature, as clauses in document order."""

    @property
    def text(self) -> str:
        """The letter: every clause's text, joined exactly."""
        return "".join(c.text for c in self.clauses)

    @property
    def draft(self) -> bool:
        """Whether the record still awaits a person's review."""
        return self.status == "draft"

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None


MAX_ID_LENGTH = 100
"""The longest record id: with its folder and suffix, a page's path stays portable."""
# Names Windows reserves for devices: a file or folder of that name cannot be created or served.
WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{port}{n}" for port in ("com", "lpt") for n in range(1, 10)]
)


def id_problem(stem: str) -> str | None:
    """What is wrong with a record id (a file stem), or None if it is a good one."""
    if re.fullmatch(TAG_PATTERN, stem) is None:
        return "must be lowercase letters, digits and single hyphens"
    if stem in WINDOWS_RESERVED:
        return (
            "is a device name on Windows: Windows and IIS hosts cannot serve its page; "
            "rename the file"
        )
    if len(stem) > MAX_ID_LENGTH:
        return (
            f"is {len(stem)} characters long; ids are at most {MAX_ID_LENGTH} "
            "so that the site's file names stay portable; rename the file"
        )
    return None
