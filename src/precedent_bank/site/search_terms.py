"""Terms a lawyer reads as one: numbered references and spelling variants, for search.

Pagefind indexes words. It already keeps a hyphenated word whole as well as in parts ("S-8" is
the term `s8`, "non-assessable" the same term as "nonassessable"), but "Rule 436" is two words
that a query matches anywhere on a page, and "judgement" is not "judgment". So the copy of
each page that Pagefind reads (never the page served) is rewritten here:

- a numbered reference ("Rule 436", "§ 152", "Section 7(a)") becomes one word, `Rule~436^rule436`:
  Pagefind indexes it as `rule436` and also as its parts `rule` and `436`;
- a variant from the bank's synonym list gets the group's term appended, `judgement^judgment`,
  so a query for either finds both.

The browser applies the same rules to the query (`browser_rules()`, read by search.js), and
removes the `~` and `^...` marks from the excerpts it shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from precedent_bank.errors import Problem, errors_in
from precedent_bank.records.bank_yaml import read_bank_yaml
from precedent_bank.records.loader import field_name
from precedent_bank.records.yamlio import ParsedYaml

SYNONYMS_FILE = "search-synonyms.yml"
"""The bank's editable synonym list, beside mkdocs.yml."""
_NOUN = "search synonyms file"

# A reference word, then its number: "Rule 436", "Rule 424(b)(2)", "§ 152", "Section 7(a)".
REFERENCE = (
    r"(?<![\w-])(Rule|Section|§|Item|Article)(?:\s|&nbsp;)*"
    r"(\d+[A-Za-z]*(?:-\d+[A-Za-z]*)?(?:\([A-Za-z0-9]+\))*)"
)
REFERENCE_WORDS = {"rule": "rule", "section": "section", "§": "section", "item": "item"} | {
    "article": "article"
}

_REFERENCE = re.compile(REFERENCE, re.IGNORECASE)
_TEXT = re.compile(r">([^<]+)<")
# Where a page's words touch across tags ("<dt>Firm</dt><dd>Debevoise", one clause's span
# after another's), the index would read one word: the copy Pagefind reads gets a space there.
_APART = re.compile(r"(</(?:dt|dd|th|td|li)>|<br>|(?=<span class=\"pb-clause))")
_SKIP = re.compile(r"<(script|style)\b.*?</\1>", re.DOTALL | re.IGNORECASE)


def term(text: str) -> str:
    """A word or phrase as one index term: lower case letters and digits only."""
    return "".join(c for c in text.lower() if c.isalnum())


def reference_term(word: str, number: str) -> str:
    return REFERENCE_WORDS[word.lower()] + term(number)


@dataclass
class SearchTerms:
    """The synonym groups; each group's first entry names it (its index term)."""

    groups: list[list[str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        # variant (lower case) -> the group's term, for variants that are not that term already
        self.aliases = {
            " ".join(v.lower().split()): term(g[0])
            for g in self.groups
            for v in g
            if term(v) != term(g[0]) or len(v.split()) > 1  # a phrase needs its term marked
        }
        self._variants = (
            re.compile(r"(?<![\w-])(" + _trie(self.aliases) + r")(?![\w-])", re.I)
            if self.aliases
            else None
        )

    def for_index(self, html: str) -> str:
        """The page as Pagefind should read it: its text with references and variants marked."""
        out, last = [], 0
        for skipped in _SKIP.finditer(html):
            out.append(_TEXT.sub(self._text, html[last : skipped.start()]))
            out.append(skipped.group(0))
            last = skipped.end()
        out.append(_TEXT.sub(self._text, html[last:]))
        return _APART.sub(r"\1 ", "".join(out))

    def _text(self, match: re.Match[str]) -> str:
        text = _REFERENCE.sub(_mark_reference, match.group(1))
        if self._variants is not None:
            text = self._variants.sub(self._mark_variant, text)
        return f">{text}<"

    def _mark_variant(self, match: re.Match[str]) -> str:
        variant = " ".join(match.group(1).lower().split())
        return f"{match.group(1)}^{self.aliases[variant]}"

    def browser_rules(self) -> dict[str, Any]:
        """The same rules for search.js, which rewrites queries with them."""
        return {
            "reference": REFERENCE,
            "referenceWords": REFERENCE_WORDS,
            "aliases": self.aliases,
        }


def _trie(variants: Iterable[str]) -> str:
    """One pattern for all the variants, their common beginnings shared, each word of a phrase
    with any run of spaces after it; the longest variant first where one begins another.

    An alternation of thousands of variants is tried one by one at every word of every page (a
    list of 16,000 groups made a build take 150 s for 44 pages); a tree of their letters is
    followed letter by letter, however long the list.
    """
    root: _Node = {}
    for variant in variants:
        node = root
        for char in " ".join(variant.split()):
            node = node.setdefault(char, {})
        node[""] = {}  # a variant ends here
    return _node_pattern(root)


_Node = dict[str, "_Node"]


def _node_pattern(node: _Node) -> str:
    """The pattern of what may follow in the tree: longer variants before the one ending here."""
    branches = [
        (r"(?:\s|&nbsp;)+" if char == " " else re.escape(char)) + _node_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    joined = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a variant ends here: the longer ones first, this one if none follows
        return f"(?:{joined})?" if len(branches) == 1 else f"{joined}?"
    return joined


def _mark_reference(match: re.Match[str]) -> str:
    word, number = match.groups()
    return f"{word}~{number}^{reference_term(word, number)}"


def load_search_terms(project_dir: Path) -> tuple[SearchTerms, list[Problem]]:
    """The synonym list in `search-synonyms.yml`, if the bank has one, and what is wrong with it."""
    # Read as standards.yml is: a link, a FIFO, a file that is not UTF-8 or not YAML is a
    # located problem, never a hang or a traceback.
    parsed, problems = read_bank_yaml(project_dir / SYNONYMS_FILE, SYNONYMS_FILE, _NOUN)
    if errors_in(problems):
        return SearchTerms(), problems
    if parsed.data is None and parsed.root is None:  # no file, or an empty one
        return SearchTerms(), problems
    found = _list_problems(parsed)
    if found:
        return SearchTerms(), [*problems, *found]
    groups = parsed.data["synonyms"]
    return SearchTerms([[" ".join(w.split()) for w in g] for g in groups]), problems


def _list_problems(parsed: ParsedYaml) -> list[Problem]:
    """Every problem of the list, each at its line and column."""
    data = parsed.data
    if not isinstance(data, dict):
        return [_at(parsed, (), f"expected `synonyms:` and a list of groups, e.g. {_EXAMPLE}")]
    problems = [
        _at(parsed, (str(key),), f"unknown key '{key}'; did you mean 'synonyms'?", key=True)
        for key in data
        if key != "synonyms"
    ]
    groups = data.get("synonyms")
    if not isinstance(groups, list):
        where: tuple[str | int, ...] = ("synonyms",) if "synonyms" in data else ()
        return [*problems, _at(parsed, where, f"expected a list of groups, e.g. {_EXAMPLE}")]
    for i, group in enumerate(groups):
        if not isinstance(group, list) or len(group) < 2:
            message = f"a group is a list of two or more words or phrases, e.g. {_EXAMPLE}"
            problems.append(_at(parsed, ("synonyms", i), message))
            continue
        for j, word in enumerate(group):
            if not isinstance(word, str) or not term(word):
                problems.append(_at(parsed, ("synonyms", i, j), "expected a word or phrase"))
            elif len(word) > MAX_VARIANT:
                message = f"a word or phrase of over {MAX_VARIANT} characters is no search term"
                problems.append(_at(parsed, ("synonyms", i, j), message))
    if len(groups) > MAX_GROUPS:
        message = (
            f"{len(groups):,} groups, more than the {MAX_GROUPS:,} search marks on every page: "
            "keep the variants readers search by"
        )
        problems.append(_at(parsed, ("synonyms", MAX_GROUPS), message))
    return problems


_EXAMPLE = "- [judgment, judgement]"


MAX_VARIANT = 80
"""The longest word or phrase of the list (a longer one is no term a reader types)."""
MAX_GROUPS = 2000
"""The most groups: each variant is looked for on every page the build indexes."""


def _at(
    parsed: ParsedYaml, loc: tuple[str | int, ...], message: str, *, key: bool = False
) -> Problem:
    """A problem of the list, at the line and column of the entry at `loc` (or of its key)."""
    line, col = parsed.where(loc, key=key)
    return Problem(SYNONYMS_FILE, line, col, field_name(loc) if loc else "", message)
