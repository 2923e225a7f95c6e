"""The firm's standard wording: `standards.yml` beside mkdocs.yml, one entry per clause type.

    qualification-bankruptcy: |
      ... subject to applicable bankruptcy, insolvency ... laws ...

Write "[term]", "[name]", "[date]", "[amount]" or "[no.]" where a deal specific goes; every
variant of the type is then redlined against this wording as well as against the market form.
The build and `precedents validate` both check the file with `load_standards`.
"""

from __future__ import annotations

import re
from pathlib import Path

from precedent_bank.errors import Problem
from precedent_bank.market.specifics import END, MARK
from precedent_bank.records.bank_yaml import read_bank_yaml
from precedent_bank.records.yamlio import ParsedYaml
from precedent_bank.taxonomy import Taxonomy, load_taxonomy, suggest

STANDARDS_FILE = "standards.yml"
STANDARDS_NOUN = "standards file"
"""What messages call the file ("YAML aliases are not allowed in standards files")."""
_BLANKS = ("name", "term", "defined term", "date", "amount", "no.")
_WRITTEN = re.compile(r"\[(name|term|defined term|date|amount|no\.)\]")
# Anything else in square brackets that reads like a blank ("[terms]", "[Date]"): a typo would
# otherwise be compared as words, and every letter would differ from the standard there.
_BRACKETED = re.compile(r"\[([^\[\]\n]{1,20})\]")
_KINDS = {"defined term": "term", "no.": "no"}


def written_specifics(text: str) -> str:
    """A standard's "[term]"-style blanks as the markers letters' specifics become."""
    return _WRITTEN.sub(lambda m: f"{MARK}{_KINDS.get(m.group(1), m.group(1))}{END}", text)


def load_standards(
    project_dir: Path, shown: str = STANDARDS_FILE
) -> tuple[dict[str, str], list[Problem]]:
    """The standard wording by clause type, and every problem with the file (none if absent).

    Args:
        project_dir: The folder of mkdocs.yml, which holds the file.
        shown: How problems name the file.

    Returns:
        The wording of each valid entry as written (`written_specifics` makes its blanks
        markers), and the file's problems, each as
        `standards.yml:LINE:COL: KEY: message`: unreadable or malformed file, unknown clause
        types (with a "did you mean"), entries that are not text, and (as warnings) bracketed
        words that look like a mistyped blank.
    """
    parsed, problems = read_bank_yaml(project_dir / STANDARDS_FILE, shown, STANDARDS_NOUN)
    if parsed.data is None:  # absent, unreadable, empty, or not YAML (that is the problem)
        return {}, problems
    if not isinstance(parsed.data, dict):
        message = "must be a mapping of clause type: standard wording"
        return {}, [*problems, Problem(shown, 1, 1, "", message)]
    standards: dict[str, str] = {}
    taxonomy = load_taxonomy()
    for slug, text in parsed.data.items():
        found = _check_entry(parsed, shown, taxonomy, str(slug), text)
        problems += found
        if not found:
            standards[slug] = text
        problems += _odd_blanks(parsed, shown, str(slug), text)
    return standards, sorted(problems)


def _check_entry(
    parsed: ParsedYaml, shown: str, taxonomy: Taxonomy, slug: str, text: object
) -> list[Problem]:
    """What is wrong with one entry: its key is no clause type, or its value is no wording."""
    if slug not in taxonomy.types:
        hint = taxonomy.suggest(slug)
        tail = f"; did you mean '{hint}'?" if hint else " (see the clause library for the types)"
        line, col = parsed.where((slug,), key=True)
        return [Problem(shown, line, col, slug, f"unknown clause type '{slug}'{tail}")]
    if not isinstance(text, str) or not text.strip():
        line, col = parsed.where((slug,), key=isinstance(text, str) or text is None)
        return [Problem(shown, line, col, slug, "the standard wording must be text")]
    return []


def _odd_blanks(parsed: ParsedYaml, shown: str, slug: str, text: object) -> list[Problem]:
    """Warnings for bracketed words that are not one of the blanks, with the closest one."""
    if not isinstance(text, str):
        return []
    problems = []
    node, _ = parsed.node_at((slug,))
    at = node.start_mark.index if node is not None else -1  # where to look for the next one
    for match in _BRACKETED.finditer(text):
        word = match.group(1)
        if word in _BLANKS:
            continue
        hint = suggest(word.lower(), list(_BLANKS))
        tail = f"; did you mean '[{hint}]'?" if hint else f" (blanks: {_blank_list()})"
        # at the word itself where it is written as it reads, else at the entry's value
        found = -1
        if node is not None and at >= 0:
            found = parsed.text.find(match.group(), at, node.end_mark.index)
        line, col = parsed.position_at(found) if found >= 0 else parsed.where((slug,), key=False)
        at = found + 1 if found >= 0 else at
        message = f"'[{word}]' is not a blank and is compared as words{tail}"
        problems.append(Problem(shown, line, col, slug, message, severity="warning"))
    return problems


def _blank_list() -> str:
    return ", ".join(f"[{b}]" for b in _BLANKS)
