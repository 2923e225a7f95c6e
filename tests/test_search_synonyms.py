"""The bank's synonym list (search-synonyms.yml): read as safely as standards.yml, every problem
located, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from precedent_bank.site.search_terms import SYNONYMS_FILE, load_search_terms


def test_a_good_list_is_read(tmp_path: Path) -> None:
    (tmp_path / SYNONYMS_FILE).write_text("synonyms:\n  - [judgment, judgement]\n", "utf-8")
    terms, problems = load_search_terms(tmp_path)
    assert problems == []
    assert terms.browser_rules()["aliases"]  # the group reaches the browser's query rules


def test_no_file_is_no_synonyms(tmp_path: Path) -> None:
    assert load_search_terms(tmp_path)[1] == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"synonyms:\n  - [judgment, jugement\xe9]\n", f"{SYNONYMS_FILE}:1:1: is not UTF-8 text"),
        (b"synonyms: [\n", f"{SYNONYMS_FILE}:2:1: YAML syntax error"),
        (
            b"a: &x [1]\nb: *x\n",
            f"{SYNONYMS_FILE}:2:4: YAML aliases (*x) are not allowed in search synonyms files",
        ),
        (b"synonyms: judgment\n", f"{SYNONYMS_FILE}:1:1: synonyms: expected a list of groups"),
    ],
)
def test_a_bad_list_is_a_located_problem(tmp_path: Path, content: bytes, expected: str) -> None:
    (tmp_path / SYNONYMS_FILE).write_bytes(content)
    terms, problems = load_search_terms(tmp_path)
    assert problems
    assert str(problems[0]).startswith(expected)
    assert terms.browser_rules()["aliases"] == {}
