"""From a letter's text to a record: clauses, paragraphs, facts, id and title."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import statistics
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from precedent_bank.importer.checks import check_facts, fact_lines
from precedent_bank.importer.evidence import Weighed, doubts, weigh_facts
from precedent_bank.importer.flagging import FlagModel, flag_model, signals
from precedent_bank.importer.letter import Letter
from precedent_bank.importer.metadata import Facts, read_facts
from precedent_bank.importer.provenance import edgar_filing
from precedent_bank.importer.recogniser import (
    FAINT_GUESS,
    Decision,
    Judged,
    Recogniser,
    leads_into_opinion,
)
from precedent_bank.importer.segment import CLOSING, segment
from precedent_bank.importer.stray import reads_as_letter
from precedent_bank.names import slugify
from precedent_bank.records.letter import text_digest
from precedent_bank.records.yamlio import without_invisible
from precedent_bank.taxonomy import load_taxonomy

_ID_KIND = {
    "legality-opinion": "legality",
    "tax-opinion": "tax",
    "local-counsel-opinion": "local-counsel",
    "other": "letter",
}
_CORPORATE = re.compile(
    r"(?i)[,.]?\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|"
    r"plc|llc|l\.l\.c|l\.p|lp|n\.a|s\.a)\.?$"
)


@dataclass(frozen=True)
class Clause:
    """One clause of an imported letter, with how it was decided."""

    type: str
    text: str
    confidence: float
    reason: str
    paragraph: str
    doubt: str = ""
    """Why it needs a person's eyes however sure the vote was (see Decision.doubt)."""
    why: str = ""
    """Why the review flag judged it likely wrong, in words ("" unless it did: flagging.py)."""
    weakest: str = ""
    """Its least sure sentence, when that is not its first: where to look ("" otherwise)."""

    @property
    def review(self) -> bool:
        """Whether a person should check the type: it is likely wrong, or there is a doubt.
        Any type can be flagged, the letter's frame too."""
        return self.confidence < flag_model().review_below or bool(self.doubt)


@dataclass(frozen=True)
class Draft:
    """A record made from one letter, before it is written."""

    letter: Letter
    record_id: str
    clauses: list[Clause]
    facts: Facts
    data: dict[str, Any]

    @property
    def review(self) -> int:
        return sum(c.review for c in self.clauses)


def draft_record(
    letter: Letter,
    recogniser: Recogniser,
    today: dt.date | None = None,
    known_firms: Sequence[str] = (),
) -> Draft:
    """Cut, label and describe a letter; every character of its text lands in one clause.
    `known_firms` are the bank's firms, spelled as the bank spells them."""
    clauses = _judged(labelled_clauses(letter, recogniser), recogniser, flag_model())
    seen = [(c.type, _for_facts(c.text)) for c in clauses]
    fact_text = _for_facts(letter.text)
    facts = read_facts(fact_text, seen)
    clauses = _ends_at_its_lead_in(clauses, facts)
    check_facts(facts, known_firms)
    today = today or dt.date.today()
    weighed = weigh_facts(facts, today)
    facts.doubtful += doubts(facts, weighed)
    record_id = make_id(facts, letter)
    data = _record(letter, clauses, facts, today, weighed, fact_lines(fact_text, facts))
    return Draft(letter, record_id, clauses, facts, data)


def labelled_clauses(letter: Letter, recogniser: Recogniser) -> list[Clause]:
    """The letter cut into clauses and typed, each with the vote's confidence (not yet judged
    for review: see flagging.py)."""
    units = segment(letter.text)
    decisions = recogniser.label(units)
    clauses = _second_look(_merge([u.text for u in units], decisions), recogniser)
    if "".join(c.text for c in clauses) != letter.text:  # the importer's promise; never false
        raise AssertionError(f"{letter.name}: the clauses do not add up to the letter")
    return clauses


def clause_signals(clauses: Sequence[Clause], recogniser: Recogniser) -> list[dict[str, float]]:
    """Each clause's signals for the review flag (flagging.py)."""
    return [values for values, _ in _measured(clauses, recogniser)]


def _measured(
    clauses: Sequence[Clause], recogniser: Recogniser
) -> list[tuple[dict[str, float], Judged]]:
    """Each clause's signals, and what the evidence said of it (for the flag's words)."""
    out = []
    for i, c in enumerate(clauses):
        judged = recogniser.judge(c.text, c.type)
        out.append(
            (signals(c.type, c.text, c.confidence, c.doubt, (i, len(clauses)), judged), judged)
        )
    return out


CLEARLY_STRAY = 0.97
"""The confidence of stray text that holds no line of a letter: above any threshold the review
flag's model has had."""


_PAGE_NUMBER = re.compile(
    r"(?i)-[ \t]?\d{1,3}[ \t]?-|\(?\d{1,3}\)?|page[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?"
)
"""A page's number on its own, as letters print it: "-2-", "2", "(2)", "Page 2 of 5"."""


def _judged(clauses: list[Clause], recogniser: Recogniser, model: FlagModel) -> list[Clause]:
    """Each clause's confidence becomes the model's chance that its type is right; a clause
    it flags says why (written as the record's doubt when the clause has none of its own)."""
    out = []
    for c, (values, judged) in zip(clauses, _measured(clauses, recogniser), strict=True):
        confidence = round(model.confidence(values), 2)
        if c.confidence < FAINT_GUESS:
            # the vote could hardly type one of its sentences: as unsure as that, whatever the
            # clause's other signals (a heading's, a signature's are the letter's frame's)
            confidence = min(confidence, c.confidence)
        if c.type == "other" and not reads_as_letter(c.text):
            # a web page's or filing agent's lines above the letter, with nothing of a letter
            # in them: kept as they are, nothing for a reviewer to retype
            confidence = max(confidence, CLEARLY_STRAY)
        if c.type == "page-furniture" and _PAGE_NUMBER.fullmatch(c.text.strip()):
            confidence = max(confidence, CLEARLY_STRAY)  # "-2-" alone: no other type it could be
        if c.type == "signature" and _plain_sign_off(c.text):
            confidence = max(confidence, CLEARLY_STRAY)  # "Respectfully submitted," / the firm
        flagged = confidence < model.review_below
        why = model.why(values, c.type, judged, c.weakest) if flagged else ""
        out.append(dataclasses.replace(c, confidence=confidence, why=why))
    return out


_SIGNED_LINES = re.compile(r"(?:[^\n]{0,120}(?:\n|$)){1,8}")
"""The lines below a closing: the firm's name, "/s/", a partner's name and title, initials
(indent included; each line ends where it must, so a long one fails at once)."""


def _plain_sign_off(text: str) -> bool:
    """Whether a clause is a closing and a few short lines below it, and nothing else."""
    closing = CLOSING.match(text.lstrip())
    return closing is not None and bool(
        _SIGNED_LINES.fullmatch(text.lstrip()[closing.end() :].lstrip(" \t\n"))
    )


def _ends_at_its_lead_in(clauses: list[Clause], facts: Facts) -> list[Clause]:
    """A letter that ends at its opinion's lead-in ("Based upon the foregoing, we are of the
    opinion that" and no more: an excerpt, or a file missing its last pages) gives the lead-in
    no opinion to take its type from; it is typed by what the letter opines on instead - a tax
    letter's opinion, or the one opinion its securities call for (equity, debt) - and stays as
    unsure as it was."""
    at = next((i for i in reversed(range(len(clauses))) if _says_something(clauses[i])), None)
    if at is None:
        return clauses
    last = clauses[at]
    if not last.type.startswith("opinion-") or not leads_into_opinion(last.text):
        return clauses
    # a lead-in that speaks of taxation leads into a tax opinion, in a combined Exhibit 5 and 8
    ctype = "opinion-tax" if _TAXATION.search(last.text) else _opinion_called_for(facts)
    if ctype is None or ctype == last.type:
        return clauses
    reason = f"{last.reason}; the letter ends at this lead-in: typed by what it opines on"
    return [
        *clauses[:at],
        dataclasses.replace(last, type=ctype, reason=reason),
        *clauses[at + 1 :],
    ]


def _says_something(clause: Clause) -> bool:
    return bool(clause.text.strip()) and clause.type != "page-furniture"


_TAXATION = re.compile(r"(?i)\b(?:income\s+tax(?:ation|es)?|tax\s+consequences|taxation)\b")


def _opinion_called_for(facts: Facts) -> str | None:
    """The one opinion the letter gives: a tax letter's, else the one its securities call for."""
    if facts.document == "tax-opinion":
        return "opinion-tax"
    kinds = {_OPINION_ON.get(kind) for kind, _ in facts.securities}
    return kinds.pop() if len(kinds) == 1 else None


_OPINION_ON = {
    "equity": "opinion-equity",
    "preferred": "opinion-equity",
    "debt": "opinion-debt",
    "guarantee": "opinion-debt",
}
"""The opinion each kind of security calls for: shares validly issued, fully paid and
non-assessable; notes and guarantees valid and binding obligations."""


def _second_look(clauses: list[Clause], recogniser: Recogniser) -> list[Clause]:
    """Each clause compared with the bank's clauses of its type; one unlike them is doubted."""
    return [
        c if c.doubt else dataclasses.replace(c, doubt=recogniser.unlike(c.text, c.type))
        for c in clauses
    ]


def _evidence(weighed: dict[str, Weighed]) -> dict[str, dict[str, object]]:
    return {name: {"confidence": round(c, 2), "how": how} for name, (c, how) in weighed.items()}


@dataclass
class _Run:
    """Consecutive units of one type, becoming one clause."""

    type: str
    parts: list[str]
    confidence: float
    reason: str
    doubt: str
    weakest: str = ""
    """The least sure unit's text, once a unit less sure than the first has joined."""

    def add(self, text: str, d: Decision | None = None) -> None:
        self.parts.append(text)
        if d is None:
            return
        if d.confidence < self.confidence:
            self.confidence, self.reason, self.weakest = d.confidence, d.reason, text
        self.doubt = self.doubt or d.doubt


def _merge(texts: list[str], decisions: list[Decision]) -> list[Clause]:
    """Consecutive units of one type make one clause; it keeps its least sure unit's score
    and reason, and the first doubt of any of its units (a mean would hide one wrong unit in a
    long clause).

    Blank units (a record has no empty clauses) join the clause before them, or after them
    at the very start.
    """
    runs: list[_Run] = []
    lead = ""
    for text, d in zip(texts, decisions, strict=True):
        if not text.strip():
            if runs:
                runs[-1].add(text)
            else:
                lead += text
            continue
        text, lead = lead + text, ""
        if runs and runs[-1].type == d.type:
            runs[-1].add(text, d)
        else:
            runs.append(_Run(d.type, [text], d.confidence, d.reason, d.doubt))
    texts_out = ["".join(run.parts) for run in runs]
    flags = paragraph_flags(texts_out)
    return [
        Clause(run.type, text, round(run.confidence, 2), run.reason, f, run.doubt, "", run.weakest)
        for run, text, f in zip(runs, texts_out, flags, strict=True)
    ]


def paragraph_flags(texts: list[str]) -> list[str]:
    """ "new" where a clause starts a paragraph of the letter, "same" where it continues one.

    A blank line always ends a paragraph. Without blank lines, a line break ends one when
    the letter writes one paragraph per line, when the line before it is short (the last
    line of a hard-wrapped paragraph), or when the next line is indented deeper than the
    line before and that line ends a sentence (paragraphs marked by indentation).
    """
    lines = [len(line) for line in "".join(texts).split("\n") if line.strip()]
    one_per_line = bool(lines) and statistics.median(lines) >= 90
    width = sorted(lines)[int(len(lines) * 0.9)] if lines else 80
    flags = ["new"]
    for before in texts[:-1]:
        # the blanks it ends with, looked at alone: a pattern anchored at the end but searched
        # from every line break ran over all the blank lines after each (seconds for many)
        tail = before[len(before.rstrip()) :]
        if re.search(r"\n[ \t]*\n", tail) or (one_per_line and "\n" in tail):
            flags.append("new")
        elif indent := re.search(r"\n([ \t]*)$", tail):
            last = before.rstrip().rsplit("\n", 1)[-1]
            deeper = len(indent.group(1)) > len(last) - len(last.lstrip())
            ends = bool(re.search(r"[.:;]['\"\u201d\u2019)]?$", last))
            new = len(last.strip()) < 0.7 * width or (deeper and ends)
            flags.append("new" if new else "same")
        else:
            flags.append("same")
    return flags


def make_id(facts: Facts, letter: Letter) -> str:
    """date-issuer-kind, e.g. 2004-03-12-hartford-financial-services-group-legality."""
    date = facts.date.isoformat() if facts.date else "undated"
    who = _CORPORATE.sub("", facts.issuer or "") or letter.file.stem
    who = slugify(who)[:40].strip("-") or "letter"
    return f"{date}-{who}-{_ID_KIND[facts.document]}"


TITLE_SECURITIES = 6
"""At most this many securities are named in a title: a universal shelf's five (debt, preferred,
common, warrants, units) all are."""


def _title(facts: Facts) -> str:
    """The issuer and the securities ("Acme Corp. - debt securities, preferred stock and
    warrants"), never the file's name: what the letter does not say, the title says is missing."""
    described = list(dict.fromkeys(d for _, d in facts.securities))
    if len(described) > TITLE_SECURITIES:  # a long list: the title names the first ones
        described = [*described[: TITLE_SECURITIES - 1], "other securities"]
    kind = load_taxonomy().documents[facts.document].lower()
    if len(described) > 1:
        what = ", ".join(described[:-1]) + " and " + described[-1]
    elif described:
        what = described[0]
    else:
        what = kind
    if described and facts.document == "tax-opinion":
        # the tax letter of a filing beside its legality opinion: one title each
        what = f"{kind} on {what}"
    who = facts.issuer or "Issuer not found"
    return f"{who} - {what}"


def _record(
    letter: Letter,
    clauses: list[Clause],
    facts: Facts,
    today: dt.date,
    weighed: dict[str, Weighed],
    lines: dict[str, int],
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": _title(facts),
        "status": "draft",
        "document": facts.document,
        "exhibit": facts.exhibit,
        "date": facts.date,
        "firm": facts.firm,
        "addressee": facts.addressee,
    }
    if facts.issuer:
        data["issuer"] = {"name": facts.issuer, "jurisdiction": facts.jurisdiction}
    data["securities"] = [
        {"type": t, "description": d} | ({"amount": a} if (a := facts.amounts.get(t)) else {})
        for t, d in facts.securities
    ]
    edgar = edgar_filing(letter.file, letter.format)
    data["filing"] = {
        "form": edgar.get("form") or facts.form,
        "registration_form": facts.registration_form,
        "file_number": facts.file_number,
        **{k: v for k, v in edgar.items() if k != "form"},
    }
    data["laws"] = facts.laws
    data["source"] = _source(letter, edgar, today)
    data["imported"] = {
        "file": letter.name,
        "format": letter.format,
        "encoding": letter.encoding,
        "text_sha256": text_digest(letter.text),
        "missing": facts.missing,
        "doubtful": facts.doubtful,
        "lines": lines,
        "evidence": _evidence(weighed),
    }
    file = data["imported"]["file"]
    data = _visible(data)  # facts read from a letter with a zero-width space must not carry it
    data["imported"]["file"] = file  # the file's name as it is: it names the file
    data["clauses"] = [_clause_data(c) for c in clauses]  # the letter's text as it is
    return _drop_empty(data)


def _for_facts(text: str) -> str:
    """The text facts are read from: past invisible characters ("June\ufeff 14" is a date,
    "S\u2060-3" a form), with Word's non-breaking hyphen and Unicode's hyphen as "-" ("S\u20113"
    is Form S-3), and accents composed ("e" and a combining acute as one "\u00e9", or a name's
    letters stop matching a word at the accent and its jurisdiction is lost). Line for line the
    letter's own, so the lines facts are found on hold."""
    return unicodedata.normalize("NFC", without_invisible(text).translate(_HYPHENS))


_HYPHENS = {0x2010: "-", 0x2011: "-"}


def _visible(value: Any) -> Any:
    if isinstance(value, str):
        return without_invisible(value)
    if isinstance(value, list):
        return [_visible(v) for v in value]
    if isinstance(value, dict):
        return {k: _visible(v) for k, v in value.items()}
    return value


def _source(letter: Letter, edgar: dict[str, Any], today: dt.date) -> str:
    """The filing the letter came from when EDGAR says, else the file and the import date."""
    if "accession" in edgar:
        filed = f", filed {edgar['filed'].isoformat()}" if "filed" in edgar else ""
        form = f"Form {edgar['form']}" if "form" in edgar else "a filing"
        return f"EDGAR {form}{filed}, accession {edgar['accession']} ({letter.part or 'letter'})"
    return f"Imported from {letter.name} on {today.isoformat()}"


def _clause_data(clause: Clause) -> dict[str, Any]:
    data: dict[str, Any] = {"type": clause.type}
    if clause.paragraph == "same":
        data["paragraph"] = "same"
    if clause.review:
        data["review"] = True
        data["confidence"] = clause.confidence
        if clause.doubt or clause.why:
            data["doubt"] = clause.doubt or clause.why
    data["text"] = clause.text
    return data


def _drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    """Leave out optional facts that were not found (date and firm stay, as null)."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            value = {k: v for k, v in value.items() if v not in (None, [], "")} or None
        if value in (None, [], "") and key not in ("date", "firm"):
            continue
        out[key] = value
    return out
