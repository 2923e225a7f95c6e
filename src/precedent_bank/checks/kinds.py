"""The kinds of test a rule can run (`test.kind` in rules.yaml), each a function of the letter.

Every test reads the clause types and the words: a typed clause narrows where to look, but the
wording decides, so a test still works on an imported letter whose types are guesses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from precedent_bank.checks.context import LetterContext
from precedent_bank.checks.register import Rule, compiled
from precedent_bank.jurisdictions import US_STATES, alternation

FRAME = frozenset({"heading", "signature", "page-furniture"})
"""Clause types that hold no statement a rule is about."""
OPINION_TYPES = frozenset({"opinion-equity", "opinion-debt", "opinion-other"})

_SEGMENT_END = re.compile(r";|\.\s+(?=[A-Z(\"“])|\n\s*\n")
_STATES = alternation((*US_STATES, "England"))  # a line may break inside "New York"
_GENERAL_LAW = re.compile(
    rf"\b(?P<before>\w+\s+)?laws?\s+of\s+(?:the\s+)?(?:State\s+of\s+|Commonwealth\s+of\s+)?"
    rf"(?P<place>{_STATES})\b|\b(?P<adj>{_STATES})\s+law\b",
    re.IGNORECASE,
)
_STATUTE_WORDS = {"corporation", "corporations", "company", "partnership", "trust", "business"}
_GOVERNED = re.compile(
    r"\bgoverned\s+by,?\s+(?:and\s+construed\s+in\s+accordance\s+with,?\s+)?(?:the\s+)?"
    rf"(?:internal\s+)?laws?\s+of\s+(?:the\s+)?(?:State\s+of\s+)?(?P<place>{_STATES})\b",
    re.IGNORECASE,
)
_COVERED_LAW = re.compile(
    r"\b(?:limited|confined|restricted)\s+(?:solely\s+|exclusively\s+)?to\b|"
    r"\bno\s+opinion\s+(?:as\s+to|on|concerning)\s+(?:the\s+)?laws?\b|\bother\s+than\s+the\s+laws?\b",
    re.IGNORECASE,
)
_ISSUANCE = re.compile(
    r"\b(?:validly|legally)\s+issued|\bfully[-\s]+paid|\bnon-?\s?assessable|\bbinding\s+obligations?",
    re.IGNORECASE,
)
_EXERCISE = re.compile(
    r"\bupon\s+(?:the\s+)?(?:exercise|conversion)|\bissuable\b|\bunderlying\b|"
    r"\bwarrant\s+shares\b|\brights?\s+shares\b",
    re.IGNORECASE,
)
_PARTS = {
    "equity": re.compile(r"\b(?:shares|stock)\b", re.IGNORECASE),
    "preferred": re.compile(r"\b(?:shares|stock)\b", re.IGNORECASE),
    "warrant": re.compile(r"\bwarrants?\b", re.IGNORECASE),
    "right": re.compile(r"\brights\b", re.IGNORECASE),
    "debt": re.compile(r"\b(?:notes|debentures|debt\s+securities)\b", re.IGNORECASE),
}
_PART_NAMES = {"equity": "shares", "preferred": "preferred shares", "warrant": "warrants"}


@dataclass(frozen=True)
class Hit:
    """Where a test found its defect: the clause, the span of the letter, and message values."""

    clause: int
    start: int
    end: int
    values: dict[str, str] = field(default_factory=dict)


Kind = Callable[[Rule, LetterContext], list[Hit]]


def squash(text: str, limit: int = 80) -> str:
    """A quoted match on one line, shortened for a message."""
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def wording(rule: Rule, ctx: LetterContext) -> list[Hit]:
    """Words that must not be there; at most one hit per clause.

    The pattern runs once over the whole letter (a clause-by-clause scan costs a regex call
    per clause, which a 2,000-letter build feels); each match is then placed in its clause.
    """
    test = rule.test
    assert test.pattern is not None
    hits: list[Hit] = []
    seen: set[int] = set()
    for m in ctx.pattern(test.pattern).finditer(ctx.folded):
        i = ctx.clause_at(m.start())
        clause = ctx.precedent.clauses[i]
        if i in seen or clause.type in FRAME or clause.type in test.skip:
            continue
        if _in_context(rule, ctx, i, m.start(), m.end()):
            seen.add(i)
            hits.append(Hit(i, m.start(), m.end(), {"match": squash(m.group())}))
    return hits


def _in_context(rule: Rule, ctx: LetterContext, index: int, start: int, end: int) -> bool:
    """Whether the match's sentence is one the rule means (`sentence`, and not `unless`).

    `sentence` is looked for in the whole sentence ("We have assumed that (a) ...; (b) ..."),
    `unless` only in the part of it between semicolons that holds the match.
    """
    test = rule.test
    text, words, base = ctx.precedent.clauses[index].text, ctx.words(index), ctx.starts[index]
    if test.sentence:
        s0, s1 = _bounds(text, start - base, end - base, sentence=True)
        if not ctx.pattern(test.sentence).search(words[s0:s1]):
            return False
    if test.unless:
        s0, s1 = _bounds(text, start - base, end - base, sentence=False)
        if ctx.pattern(test.unless).search(words[s0:s1]):
            return False
    return True


def _bounds(text: str, start: int, end: int, sentence: bool) -> tuple[int, int]:
    ends = [m for m in _SEGMENT_END.finditer(text) if not sentence or m.group() != ";"]
    lo = max((m.end() for m in ends if m.end() <= start), default=0)
    hi = min((m.start() for m in ends if m.start() >= end), default=len(text))
    return lo, hi


def bar_admission(rule: Rule, ctx: LetterContext) -> list[Hit]:
    """Saying counsel is not admitted where it opines, or naming a bar whose law it leaves out."""
    hits = [h for h in wording(rule, ctx) if not _admitted_where_it_opines(h, ctx)]
    membership = rule.test.membership
    if hits or not membership:
        return hits
    scope = ctx.of_types(["limitation-jurisdiction"])
    for m in compiled(membership).finditer(ctx.text):  # the place is told by its capitals
        i = ctx.clause_at(m.start())
        clause = ctx.precedent.clauses[i]
        if clause.type in FRAME:
            continue
        start, end = m.start() - ctx.starts[i], m.end() - ctx.starts[i]
        covered = [ctx.precedent.clauses[j].text for j in scope if j != i]
        rest = " ".join([clause.text[:start], clause.text[end:], *covered])
        if " ".join(m.group("place").split()) not in " ".join(rest.split()):
            hits.append(Hit(i, m.start(), m.end(), {"match": squash(m.group())}))
    return hits


def _admitted_where_it_opines(hit: Hit, ctx: LetterContext) -> bool:
    """ "We are admitted only in the State of Nevada" in a letter on Nevada law alone (the
    only state its covered laws and its clauses on them name): the place it is admitted in is
    the place whose law it opines on, which is no qualification."""
    if "only" not in hit.values.get("match", "").lower():
        return False
    place = _PLACE_AFTER.match(ctx.text, hit.end)
    scope = [ctx.precedent.clauses[i].text for i in ctx.of_types(["limitation-jurisdiction"])]
    named = {m.group() for text in [*ctx.precedent.laws, *scope] for m in _STATE.finditer(text)}
    return place is not None and named == {place.group(1)}


_PLACE_AFTER = re.compile(
    r"\s*(?:the\s+)?(?:(?i:state|commonwealth)\s+of\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
_STATE = re.compile(rf"\b(?:{_STATES})\b")


def elements(rule: Rule, ctx: LetterContext) -> list[Hit]:
    """Each opinion clause of the rule's type must state every element."""
    hits = []
    for i, clause in enumerate(ctx.precedent.clauses):
        if not _selected(rule, ctx, clause.type, ctx.words(i)):
            continue
        if not ctx.complete and i == len(ctx.precedent.clauses) - 1:
            continue  # the last clause of a cut-off letter may stop mid-sentence
        required = rule.test.elements.items()
        words = ctx.words(i)
        missing = [name for name, p in required if not ctx.pattern(p).search(words)]
        if missing:
            start, end = ctx.span(i)
            hits.append(Hit(i, start, end, {"missing": _and(missing)}))
    return hits


def _selected(rule: Rule, ctx: LetterContext, ctype: str, text: str) -> bool:
    """Whether an elements test reads this clause: one of the rule's type that `select`
    matches, or another opinion clause that `select_untyped` matches (a mistyped import)."""
    test = rule.test
    if ctype == rule.clause:
        return test.select is None or bool(ctx.pattern(test.select).search(text))
    if test.select_untyped is None or ctype not in {*OPINION_TYPES, "other"}:
        return False
    return bool(ctx.pattern(test.select_untyped).search(text))


def requires(rule: Rule, ctx: LetterContext) -> list[Hit]:
    """Words that must be somewhere in the letter (outside the clause types skipped)."""
    test = rule.test
    assert test.pattern is not None
    if not ctx.complete:
        return []
    if test.only_if and not ctx.pattern(test.only_if).search(ctx.folded):
        return []
    if test.unless and ctx.pattern(test.unless).search(ctx.folded):
        return []
    pattern = ctx.pattern(test.pattern)
    if not test.skip:
        if pattern.search(ctx.folded):
            return []
    elif any(
        pattern.search(ctx.words(i))
        for i, c in enumerate(ctx.precedent.clauses)
        if c.type not in test.skip
    ):
        return []
    at = _first(ctx, [*test.at, rule.clause])
    start, end = ctx.span(at)
    covered = sorted(ctx.securities & set(rule.applies.securities))
    return [Hit(at, start, end, {"securities": _and(covered)})]


def covered_law(rule: Rule, ctx: LetterContext) -> list[Hit]:
    """The covered law must take in the law that governs the debt (a general law, not a statute)."""
    scope = ctx.of_types(["limitation-jurisdiction"]) or [
        i for i, c in enumerate(ctx.precedent.clauses) if _COVERED_LAW.search(c.text)
    ]
    if not scope:
        return []  # the letter names no covered law: nothing to compare
    # A sentence saying what governs the notes is not covered law, wherever the importer put it.
    covered = [_GOVERNED.sub("", _text(ctx, i)) for i in scope]
    general = {_place(m) for text in covered for m in _GENERAL_LAW.finditer(text)}
    general.discard("")
    governing = {_name(m.group("place")) for m in _GOVERNED.finditer(ctx.text)}
    start, end = ctx.span(scope[0])
    if governing and not governing & general:
        law = _and(sorted(governing))
        detail = f"the debt is governed by {law} law, which the opinion's covered law leaves out"
        return [Hit(scope[0], start, end, {"detail": detail})]
    if not governing and not general:
        detail = (
            "the covered law is only a corporate statute; it leaves out the law that governs "
            "the debt (usually New York), so the binding-obligation opinion rests on no law"
        )
        return [Hit(scope[0], start, end, {"detail": detail})]
    return []


def _place(m: re.Match[str]) -> str:
    """The jurisdiction of a general law ("laws of the State of New York"), or "" for a
    statute ("General Corporation Law of the State of Delaware")."""
    if m.group("adj"):
        return _name(m.group("adj"))
    before = (m.group("before") or "").strip().lower()
    return "" if before in _STATUTE_WORDS else _name(m.group("place"))


def _name(place: str) -> str:
    return " ".join(place.split()).title()


def underlying(rule: Rule, ctx: LetterContext) -> list[Hit]:
    """Warrants and rights need an opinion on what they are exercised for; units on their parts."""
    p = ctx.precedent
    if not ctx.complete:
        return []
    opinions = [
        c.text
        for c in p.clauses
        if (c.type in OPINION_TYPES or c.type == "other") and _ISSUANCE.search(c.text)
    ]
    described = " ".join([*(s.description or "" for s in p.securities), _engagement(ctx)])
    details = []
    exercisable = ctx.securities & {"warrant", "right"} and _EXERCISE.search(described)
    if exercisable and not any(_EXERCISE.search(text) for text in opinions):
        details.append("the securities issuable upon exercise")
    if "unit" in ctx.securities:
        for part in sorted(ctx.securities & set(_PARTS)):
            words = _PARTS[part]
            if not any(words.search(t) and not _EXERCISE.search(t) for t in opinions):
                details.append(f"the {_PART_NAMES.get(part, part)} that make up the units")
    if not details:
        return []
    at = _first(ctx, [rule.clause, *sorted(OPINION_TYPES)])
    start, end = ctx.span(at)
    detail = f"the opinion does not cover {_and(details)}, registered with them"
    return [Hit(at, start, end, {"detail": detail})]


def _engagement(ctx: LetterContext) -> str:
    return " ".join(c.text for c in ctx.precedent.clauses if c.type == "engagement")


def _text(ctx: LetterContext, index: int) -> str:
    return ctx.precedent.clauses[index].text


def _first(ctx: LetterContext, types: list[str]) -> int:
    """The first clause of the first of `types` the letter has; else its first clause."""
    for ctype in types:
        if found := ctx.of_types([ctype]):
            return found[0]
    return 0


def _and(items: list[str]) -> str:
    if not items:
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


KINDS: dict[str, Kind] = {
    "wording": wording,
    "bar-admission": bar_admission,
    "elements": elements,
    "requires": requires,
    "covered-law": covered_law,
    "underlying": underlying,
}
