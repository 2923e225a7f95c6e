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
        (b"synonyms: judgment\n", f"{SYNONYMS_FILE}:1:11: synonyms: expected a list of groups"),
    ],
)
def test_a_bad_list_is_a_located_problem(tmp_path: Path, content: bytes, expected: str) -> None:
    (tmp_path / SYNONYMS_FILE).write_bytes(content)
    terms, problems = load_search_terms(tmp_path)
    assert problems
    assert str(problems[0]).startswith(expected)
    assert terms.browser_rules()["aliases"] == {}


def test_too_many_groups_or_too_long_a_phrase_is_a_located_problem(tmp_path: Path) -> None:
    """Each variant is looked for on every page the build indexes, and the list goes to every
    reader's browser: 16,000 groups made a build of 44 pages take 150 s."""
    from precedent_bank.site.search_terms import MAX_GROUPS, MAX_VARIANT

    lines = "".join(f"  - [word{i}, variant{i}]\n" for i in range(MAX_GROUPS + 3))
    (tmp_path / SYNONYMS_FILE).write_text("synonyms:\n" + lines, "utf-8")
    [problem] = load_search_terms(tmp_path)[1]
    assert str(problem).startswith(
        f"{SYNONYMS_FILE}:{MAX_GROUPS + 2}:5: synonyms[{MAX_GROUPS}]: {MAX_GROUPS + 3:,} groups, "
        "more than"
    )
    long = "x" * (MAX_VARIANT + 1)
    (tmp_path / SYNONYMS_FILE).write_text(
        f"synonyms:\n  - [judgment, judgement]\n  - [a, {long}]\n"
    )
    [problem] = load_search_terms(tmp_path)[1]
    assert str(problem) == (
        f"{SYNONYMS_FILE}:3:9: synonyms[1][1]: a word or phrase of over {MAX_VARIANT} characters "
        "is no "
        "search term"
    )


def test_variants_sharing_their_beginnings_each_mark_the_longest_they_can() -> None:
    """The variants are one tree of their letters: "non-assessable shares" before
    "non-assessable", a phrase across any run of spaces, any case, only whole words."""
    from precedent_bank.site.search_terms import SearchTerms

    terms = SearchTerms(
        [
            ["nonassessable", "non-assessable", "non assessable"],
            ["assessable stock", "non-assessable shares"],
            ["judgment", "judgement"],
        ]
    )
    marked = terms.for_index(
        "<p>NON-ASSESSABLE  Shares; non-assessable, Non\nassessable; judgements judgement.</p>"
    )
    # ("non-assessable" is the term "nonassessable" already: the index needs no mark)
    assert marked == (
        "<p>NON-ASSESSABLE  Shares^assessablestock; non-assessable, "
        "Non\nassessable^nonassessable; judgements judgement^judgment.</p>"
    )


def test_every_bad_group_is_reported_at_its_place_in_one_run(tmp_path: Path) -> None:
    """One message at 1:1 for the whole list left the editor to find the bad group among
    hundreds; a misspelt key was passed over without a word."""
    (tmp_path / SYNONYMS_FILE).write_text(
        "synonym:\n  - [a, b]\nsynonyms:\n  - [judgment, judgement]\n  - [one]\n  - 42\n"
        "  - [x, {a: 1}]\n",
        "utf-8",
    )
    terms, problems = load_search_terms(tmp_path)
    assert [str(p) for p in problems] == [
        f"{SYNONYMS_FILE}:1:1: synonym: unknown key 'synonym'; did you mean 'synonyms'?",
        f"{SYNONYMS_FILE}:5:5: synonyms[1]: a group is a list of two or more words or phrases, "
        "e.g. - [judgment, judgement]",
        f"{SYNONYMS_FILE}:6:5: synonyms[2]: a group is a list of two or more words or phrases, "
        "e.g. - [judgment, judgement]",
        f"{SYNONYMS_FILE}:7:9: synonyms[3][1]: expected a word or phrase",
    ]
    assert terms.browser_rules()["aliases"] == {}
