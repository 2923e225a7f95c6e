"""Variants: the bank's clauses of one type grouped by wording, deal specifics set aside.

Two clauses are one variant exactly when their words, after specifics.py has set aside names,
amounts, dates, defined terms and numbering, are the same in the same order (case and spacing
aside). The redline of one variant against another therefore always shows at least one word.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from precedent_bank.market.redline import TOKEN, Segment, Token, redline, tokenize
from precedent_bank.market.specifics import names, set_aside
from precedent_bank.records.bank import Occurrence

MARKET_MINIMUM = 5
"""The fewest letters a figure must rest on before the site calls anything "market"."""


@dataclass(frozen=True)
class Use:
    """One clause of the bank that has a variant's wording."""

    record_id: str
    anchor: str
    title: str
    firm: str | None
    year: int | None


@dataclass
class Variant:
    """Clauses of one type with the same wording once deal specifics are set aside."""

    text: str
    """The wording, as the newest of its clauses has it (specifics as markers)."""
    uses: list[Use] = field(default_factory=list)
    against_reference: list[Segment] = field(default_factory=list)
    against_standard: list[Segment] = field(default_factory=list)

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.text)

    @property
    def letters(self) -> int:
        return len({u.record_id for u in self.uses})

    @property
    def firms(self) -> list[str]:
        return sorted({u.firm for u in self.uses if u.firm})

    @property
    def years(self) -> tuple[int, int] | None:
        years = [u.year for u in self.uses if u.year]
        return (min(years), max(years)) if years else None


@dataclass
class TypeVariants:
    """The variants of one clause type, most used first."""

    slug: str
    letters: int
    """How many counted letters have a clause of this type."""
    variants: list[Variant]
    standard: list[Token] | None = None
    """The firm's standard wording for this type, if it has marked one."""

    @property
    def reference(self) -> Variant | None:
        """The most used variant, which the others are redlined against."""
        return self.variants[0] if self.variants else None

    @property
    def most_used(self) -> Variant | None:
        """The first variant if no other is used as often; None on a tie, when "most used"
        would be untrue of it (it is only shown first)."""
        ranked = self.variants
        if not ranked or (len(ranked) > 1 and ranked[1].letters == ranked[0].letters):
            return None
        return ranked[0]

    @property
    def market(self) -> Variant | None:
        """The market form: the most used variant, if it rests on at least MARKET_MINIMUM
        letters and no other variant is used as often."""
        most = self.most_used
        return most if most is not None and most.letters >= MARKET_MINIMUM else None


def wording(text: str, terms: Iterable[str] = (), deal_names: Iterable[str] = ()) -> list[Token]:
    """The tokens a clause is grouped by: its words with deal specifics set aside."""
    return tokenize(set_aside(text, terms, deal_names))


def key(aside: str) -> tuple[str, ...]:
    """What clauses are grouped by: the keys of `tokenize(aside)`, made without the tokens."""
    return tuple(map(str.casefold, TOKEN.findall(aside)))


def group(
    slug: str,
    occurrences: Iterable[Occurrence],
    specifics: Mapping[str, tuple[list[str], list[str]]],
    standard: str | None = None,
) -> TypeVariants:
    """Group one type's counted clauses (in bank order, newest first) into variants;
    `specifics` holds the terms each letter defines and the names its record states, by id."""
    found: dict[tuple[str, ...], Variant] = {}
    letters: set[str] = set()
    # Boilerplate recurs word for word from letter to letter: a clause's text and the names and
    # terms it holds decide what set_aside gives, so each such combination is worked out once.
    memo: dict[tuple[str, tuple[str, ...], tuple[str, ...]], tuple[str, tuple[str, ...]]] = {}
    for o in occurrences:
        p = o.record.precedent
        terms, deal_names = specifics.get(o.record.id) or ([], names(p))
        text = o.clause.text
        held = (
            text,
            tuple(t for t in terms if t in text),
            tuple(n for n in deal_names if n in text),
        )
        if held not in memo:
            aside = set_aside(text, held[1], held[2])
            memo[held] = (aside, key(aside))
        aside, grouped = memo[held]
        variant = found.get(grouped)
        if variant is None:
            variant = found[grouped] = Variant(aside)
        variant.uses.append(Use(o.record.id, o.anchor, p.title, p.firm, p.year))
        letters.add(o.record.id)
    ranked = sorted(found.values(), key=lambda v: (-v.letters, -len(v.uses)))
    result = TypeVariants(slug, len(letters), ranked, wording(standard) if standard else None)
    _redline(result)
    return result


def _redline(result: TypeVariants) -> None:
    reference = result.reference
    for v in result.variants:
        if reference is not None and v is not reference:
            v.against_reference = redline(reference.tokens, v.tokens)
        if result.standard is not None:
            v.against_standard = redline(result.standard, v.tokens)
