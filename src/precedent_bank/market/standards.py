"""The firm's standard wording: `standards.yml` beside mkdocs.yml, one entry per clause type.

    qualification-bankruptcy: |
      ... subject to applicable bankruptcy, insolvency ... laws ...

Write "[term]", "[name]", "[date]", "[amount]" or "[no.]" where a deal specific goes; every
variant of the type is then redlined against this wording as well as against the market form.
"""

from __future__ import annotations

import re
from pathlib import Path

from precedent_bank.errors import Problem
from precedent_bank.market.specifics import END, MARK
from precedent_bank.records.yamlio import parse_yaml
from precedent_bank.taxonomy import load_taxonomy

STANDARDS_FILE = "standards.yml"
_WRITTEN = re.compile(r"\[(name|term|defined term|date|amount|no\.)\]")
_KINDS = {"defined term": "term", "no.": "no"}


def written_specifics(text: str) -> str:
    """A standard's "[term]"-style blanks as the markers letters' specifics become."""
    return _WRITTEN.sub(lambda m: f"{MARK}{_KINDS.get(m.group(1), m.group(1))}{END}", text)


def load_standards(
    project_dir: Path, shown: str = STANDARDS_FILE
) -> tuple[dict[str, str], list[Problem]]:
    """The standard wording by clause type, and every problem with the file (none if absent)."""
    path = project_dir / STANDARDS_FILE
    if not path.is_file():
        return {}, []
    parsed = parse_yaml(path.read_text("utf-8"))
    problems = [Problem(shown, i.line, i.col, "", i.message) for i in parsed.issues]
    if parsed.data is None and not problems:
        return {}, []
    if not isinstance(parsed.data, dict):
        return {}, [*problems, Problem(shown, 1, 1, "", "a mapping of clause type: wording")]
    taxonomy = load_taxonomy()
    standards: dict[str, str] = {}
    for slug, text in parsed.data.items():
        node = parsed.key_at((slug,))
        line, col = parsed.position(node.start_mark) if node is not None else (1, 1)
        if slug not in taxonomy.types:
            hint = taxonomy.suggest(str(slug))
            tail = f"; did you mean '{hint}'?" if hint else ""
            problems.append(Problem(shown, line, col, str(slug), f"unknown clause type{tail}"))
        elif not isinstance(text, str) or not text.strip():
            problems.append(Problem(shown, line, col, slug, "the standard wording must be text"))
        else:
            standards[slug] = written_specifics(text)
    return standards, problems
