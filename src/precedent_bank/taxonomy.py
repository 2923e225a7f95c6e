"""The bank's vocabularies, loaded once from taxonomy.yaml: clause types (with their families),
document kinds and security types, each with the label pages show."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml


@dataclass(frozen=True)
class ClauseType:
    """One kind of clause, e.g. `qualification-bankruptcy`."""

    slug: str
    name: str
    family: str
    definition: str


@dataclass(frozen=True)
class Family:
    """A group of clause types shown together in the clause library."""

    slug: str
    name: str
    types: tuple[ClauseType, ...]


@dataclass(frozen=True)
class Taxonomy:
    """All clause types, in library order, grouped by family; document kinds and security types."""

    types: dict[str, ClauseType]
    families: tuple[Family, ...]
    documents: dict[str, str]
    """Document kind slug -> label, e.g. "tax-opinion" -> "Tax opinion"."""
    securities: dict[str, str]
    """Security type slug -> label, e.g. "debt" -> "Debt securities"."""

    @property
    def slugs(self) -> list[str]:
        return list(self.types)

    def suggest(self, word: str) -> str | None:
        """The slug closest to a misspelt one, if any is close enough."""
        return suggest(word, self.slugs)


def suggest(word: str, choices: list[str]) -> str | None:
    """The choice closest to `word`, for "did you mean" hints."""
    matches = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return matches[0] if matches else None


@cache
def load_taxonomy() -> Taxonomy:
    """Read the package's taxonomy.yaml."""
    raw = yaml.safe_load(files("precedent_bank").joinpath("taxonomy.yaml").read_text("utf-8"))
    types = {
        slug: ClauseType(slug=slug, name=v["name"], family=v["family"], definition=v["definition"])
        for slug, v in raw["clauses"].items()
    }
    families = tuple(
        Family(slug=f, name=name, types=tuple(t for t in types.values() if t.family == f))
        for f, name in raw["families"].items()
    )
    return Taxonomy(
        types=types,
        families=families,
        documents=dict(raw["documents"]),
        securities=dict(raw["securities"]),
    )
