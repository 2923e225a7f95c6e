"""Reviewing imported records: what is still open on a draft, and confirming it in its file.

A draft's open questions are its clauses still marked `review: true` (least sure first) and the
facts the importer could not find. The review queue (`precedents review` and the site's review
page) lists drafts with the most open questions first. Confirming edits the record's YAML text in
place - one line in, or a few lines out - so the rest of the file, comments included, stays as
the reviewer left it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

import yaml
from yaml.nodes import Node, ScalarNode, SequenceNode

from precedent_bank.errors import PrecedentError
from precedent_bank.records.letter import clause_anchors
from precedent_bank.records.loader import LoadedRecord, stale_title
from precedent_bank.records.models import FactName, Precedent
from precedent_bank.records.yamlio import parse_yaml
from precedent_bank.taxonomy import suggest

OPENING = 80
"""Characters of a clause's text shown in a question."""


@dataclass(frozen=True)
class Question:
    """One thing a reviewer has to settle on a draft."""

    clause: int | None
    """The clause's index (from 0), or None for a fact."""
    text: str
    """In words, numbering clauses from 1:
    'clause 4: assumption-other (confidence 0.41): "We have further ..."'."""
    weight: float
    """How much it needs a person's eyes: 1 minus the confidence (the chance the type is
    wrong); 1 for a missing or doubtful fact."""
    anchor: str | None = None
    """The clause's anchor on the letter's page ("clause-5"), or None for a fact."""


def open_questions(record: LoadedRecord) -> list[Question]:
    """A record's open questions, the most pressing first."""
    p = record.precedent
    questions = []
    anchors = clause_anchors(p.clauses)
    for i, clause in enumerate(p.clauses):
        if not clause.review:
            continue
        sure = f" (confidence {clause.confidence:.2f})" if clause.confidence is not None else ""
        opening = " ".join(clause.text.split())
        if len(opening) > OPENING:
            opening = opening[: OPENING - 3].rstrip() + "..."
        # the importer's confidence is its chance that the type is right: least likely first
        weight = 1.0 - (clause.confidence if clause.confidence is not None else 0.0)
        doubt = f" - {clause.doubt}" if clause.doubt else ""
        # numbered from 1, as the letter's page numbers its anchors ("clause-5" is clause 5)
        text = f'clause {i + 1}: {clause.type}{sure}{doubt}: "{opening}"'
        questions.append(Question(i, text, weight, anchors[i]))
    for fact in p.imported.missing if p.imported else []:
        questions.append(Question(None, f"not found in the letter: {fact}", 1.0))
    for doubt in p.imported.doubtful if p.imported else []:
        questions.append(Question(None, f"doubtful: {doubt}", 1.0))
    return sorted(questions, key=lambda q: -q.weight)


def fact_doubts(p: Precedent) -> dict[str, list[str]]:
    """The importer's doubts of each fact it doubts, by the fact's name, as `imported.doubtful`
    lists them ("issuer: 'X' (confidence 0.55: the letter also names ...)"). A line naming no
    fact stays an open question only."""
    doubts: dict[str, list[str]] = {}
    for line in p.imported.doubtful if p.imported else []:
        name = line.partition(":")[0]
        if name in _FACTS:
            doubts.setdefault(name, []).append(line)
    return doubts


_FACTS = frozenset(get_args(FactName))


def review_queue(records: list[LoadedRecord]) -> list[tuple[LoadedRecord, list[Question]]]:
    """The drafts with their questions, those that most need a reviewer first."""
    drafts = [(r, open_questions(r)) for r in records if r.precedent.draft]
    return sorted(drafts, key=lambda rq: (-sum(q.weight for q in rq[1]), rq[0].id))


def accept_all(text: str) -> str:
    """The record's text with every clause confirmed and no fact left listed as not found or
    doubtful (the reviewer accepts the importer's types and the facts as they stand)."""
    parsed = parse_yaml(text)
    clauses = parsed.data.get("clauses") if isinstance(parsed.data, dict) else None
    flagged = [
        n for n, c in enumerate(clauses or [], start=1) if isinstance(c, dict) and c.get("review")
    ]
    text = confirm_text(text, flagged)
    for listed in ("missing", "doubtful"):
        parsed = parse_yaml(text)
        key = parsed.key_at(("imported", listed))
        if key is not None:
            start, end = _entry_lines(text, key, parsed.node_at(("imported", listed))[0])
            text = text[:start] + text[end:]
    return text


def confirm_text(text: str, clauses: list[int] | None = None) -> str:
    """The record's text with the given clauses confirmed (their `review`, `confidence` and
    `doubt` lines taken out), or, with `clauses` None, the record confirmed (`status: confirmed`).
    Clauses are numbered from 1, as the review queue and the letter's page number them.

    Raises:
        PrecedentError: the text is not a record, or a clause number is out of range or names a
            clause with nothing to confirm.
    """
    parsed = parse_yaml(text)
    if not isinstance(parsed.data, dict) or parsed.root is None:
        raise PrecedentError("not a record: a record is a mapping of fields")
    if clauses is None:
        return _set_status(text, parsed.key_at(("status",)), parsed.root)
    count = len(parsed.data.get("clauses") or [])
    spans = []
    for number in clauses:
        if not 1 <= number <= count:
            raise PrecedentError(
                f"there is no clause {number}: the record's clauses are numbered 1 to {count}"
            )
        i = number - 1
        found = [
            (k, n)
            for k in ("review", "confidence", "doubt")
            if (n := parsed.key_at(("clauses", i, k)))
        ]
        if not found:  # a mistyped number must not report success and leave the real one open
            raise PrecedentError(
                f"clause {number} has nothing to confirm (`precedents review` lists the open ones)"
            )
        for key, node in found:
            spans.append(_entry_lines(text, node, parsed.node_at(("clauses", i, key))[0]))
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    return text


def settle_facts(text: str, facts: list[str]) -> str:
    """The record's text with the given facts no longer listed as not found or doubtful: the
    reviewer has corrected them, or checked them and let them stand. A list left empty goes.

    Raises:
        PrecedentError: a name is no fact's, or names a fact with nothing open, or the lists
            are not written one item a line (a flow list: edit it by hand).
    """
    parsed = parse_yaml(text)
    if not isinstance(parsed.data, dict) or parsed.root is None:
        raise PrecedentError("not a record: a record is a mapping of fields")
    for name in facts:
        if name not in _FACTS:
            close = suggest(name, sorted(_FACTS))
            hint = (
                f"; did you mean '{close}'?" if close else f" (facts: {', '.join(sorted(_FACTS))})"
            )
            raise PrecedentError(f"no fact is called '{name}'{hint}")
    spans, settled = [], set()
    for listed in ("missing", "doubtful"):
        node, _ = parsed.node_at(("imported", listed))
        if not isinstance(node, SequenceNode):
            continue
        items = [i for i in node.value if _fact_of(i, listed) in facts]
        settled |= {_fact_of(i, listed) for i in items}
        if items and len(items) == len(node.value):
            key = parsed.key_at(("imported", listed))
            if key is not None:
                spans.append(_entry_lines(text, key, node))
        else:
            spans += [_item_lines(text, item) for item in items]
    if unopened := [name for name in facts if name not in settled]:
        raise PrecedentError(
            f"nothing is open on the fact(s) {', '.join(unopened)} (`precedents review` lists "
            "the open ones)"
        )
    for start, end in sorted(set(spans), reverse=True):
        text = text[:start] + text[end:]
    return text


def remake_title(text: str, record: Precedent) -> tuple[str, str | None]:
    """The record's text with a title made at import from an issuer since corrected made again
    from the corrected one ("Netherlands - ordinary shares" becomes "Acme N.V. - ordinary
    shares"), and the new title; the text as it was, and None, where the title stands or is
    written as a block (`title: |`), which is left to the reviewer."""
    stale = stale_title(record)
    node, exact = parse_yaml(text).node_at(("title",))
    if stale is None or not exact or not isinstance(node, ScalarNode) or node.style in ("|", ">"):
        return text, None
    named, issuer = stale
    title = issuer + record.title[len(named) :]
    # double-quoted on one line, as YAML escapes it: whatever the issuer holds stays a string
    # (not JSON's escapes, which write a character past U+FFFF as two halves YAML keeps apart)
    quoted = yaml.safe_dump(title, default_style='"', allow_unicode=True, width=_NO_FOLDING)
    return text[: node.start_mark.index] + quoted.rstrip("\n") + text[node.end_mark.index :], title


_NO_FOLDING = 1_000_000_000
"""A line width no title reaches: the quoted title stays on the title's line."""


def _fact_of(item: Node, listed: str) -> str:
    """The fact a `missing` or `doubtful` item is about: "issuer", or "issuer: 'X' (...)"."""
    value = str(item.value) if isinstance(item, ScalarNode) else ""
    return value.strip() if listed == "missing" else value.partition(":")[0].strip()


def _item_lines(text: str, item: Node) -> tuple[int, int]:
    """The whole lines a list item takes ("- 'issuer: ...'", a long one folded over lines)."""
    start = _line_start(text, item.start_mark.index)
    if text[start : item.start_mark.index].strip() != "-":
        raise PrecedentError(
            "the lists of open facts are not written one item a line: delete the item by hand"
        )
    end = item.end_mark.index
    newline = text.find("\n", end)
    return start, len(text) if newline < 0 else newline + 1


def _set_status(text: str, key: Node | None, root: Node) -> str:
    if key is not None:
        value = _value_of(root, "status")
        return text[: value.start_mark.index] + "confirmed" + text[value.end_mark.index :]
    first = root.value[0][0] if root.value else None
    at = _line_start(text, first.start_mark.index) if first is not None else len(text)
    newline = "\r\n" if "\r\n" in text else "\n"  # the file's own line end
    return text[:at] + "status: confirmed" + newline + text[at:]


def _value_of(root: Node, name: str) -> Node:
    value: Node = next(v for k, v in root.value if k.value == name)
    return value


def _entry_lines(text: str, key: Node, value: Node | None) -> tuple[int, int]:
    """The whole lines a `key: value` entry takes. A block list ends where the next key
    starts - after that key's indentation, or at a line start when it is not indented - so the
    entry ends at the start of that line, and the next key stays."""
    end = value.end_mark.index if value is not None else key.end_mark.index
    if text[_line_start(text, end) : end].strip():
        newline = text.find("\n", end)
        end = len(text) if newline < 0 else newline + 1
    else:
        end = _line_start(text, end)
    start = _line_start(text, key.start_mark.index)
    lead = key.start_mark.index - start
    if text[start : key.start_mark.index].strip():
        # the key opens a list item ("- review: true"): the "- " stays, for the item's next key
        return key.start_mark.index, end + lead if text[end : end + lead] == " " * lead else end
    return start, end


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1
