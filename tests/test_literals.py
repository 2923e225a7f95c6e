"""The words a cue pattern needs, read before the pattern runs (literals.py)."""

from __future__ import annotations

import re

import pytest

from precedent_bank.importer.cues import CUES, cue_evidence
from precedent_bank.importer.learning import sample_bank
from precedent_bank.importer.literals import Needs, WordFinder, holds, needs


@pytest.mark.parametrize(
    ("pattern", "wanted"),
    [
        (r"\bwe have examined\b", [{"we have examined"}]),
        (r"opinion (?:is|are) limited", [{"opinion "}, {" limited"}]),
        (r"(?:notes|debentures) will be", [{"notes", "debentures"}, {" will be"}]),
        (r"the (?:laws?|statutes) of", [{"the "}, {"statutes", "law"}, {" of"}]),
        (r"(?:further )?assumed", [{"assumed"}]),  # an optional group needs nothing
        (r"(?:the )*shares", [{"shares"}]),
        (r"(?:valid ){1,3}shares", [{"valid "}, {"shares"}]),  # repeated at least once
        (r"(?=.*\bfully paid)the", [{"fully paid"}, {"the"}]),  # a lookahead must match too
        (r"(?!.*\bassum)the shares", [{"the shares"}]),  # a negative one needs nothing
        (r"(?:of|by) counsel", [{" counsel"}]),  # too short an alternative: none of them
        (r"(?i)Section 7", [{"section 7"}]),  # lower case, as the text it reads
        (r"[a-z]+ llp", [{" llp"}]),
    ],
)
def test_needs_reads_the_words_every_match_holds(pattern: str, wanted: list[set[str]]) -> None:
    assert [set(words) for words in needs(re.compile(pattern))] == wanted


def _in_text(needed: Needs, text: str) -> bool:
    """The plain reading of a pattern's needed words: a substring test for each."""
    return all(any(word in text for word in words) for words in needed)


def _holds(needed: Needs, text: str) -> bool:
    """The import's reading: the words found in one pass, then each set looked up in them."""
    return holds(needed, WordFinder(w for words in needed for w in words).found(text))


def test_a_text_without_a_needed_word_is_passed_over() -> None:
    needed = needs(re.compile(r"(?:notes|debentures) will be (?:valid|binding)"))
    assert _holds(needed, "the notes will be valid")
    assert not _holds(needed, "the notes shall be valid")  # " will be" missing
    assert not _holds(needed, "the bonds will be valid")  # neither notes nor debentures


def test_no_cue_that_matches_a_sample_letter_is_ever_passed_over() -> None:
    """Every cue on every sentence of the bundled letters: where the pattern matches, the words
    it needs are there (were one wrong, the cue would silently stop firing)."""
    texts = [
        " ".join(c.text.split()).lower() for r in sample_bank().records for c in r.precedent.clauses
    ]
    matched = 0
    for cue in CUES:
        for text in texts:
            if cue.pattern.search(text):
                matched += 1
                assert _in_text(cue.needs, text), (cue.pattern.pattern, text[:200])
    assert matched > 500  # the check saw the cues at work
    assert sum(1 for cue in CUES if cue.needs) / len(CUES) > 0.95  # and nearly all need words


def test_cue_evidence_reads_a_needed_word_wherever_it_stands() -> None:
    """A cue indexed under one of several words it may need fires whichever word is there."""
    flat = "In rendering the opinions expressed above, we have relied upon the opinion of "
    for firm in ("Harlow Quince LLP", "Harlow Quince L.L.P.", "Harlow Quince, P.C."):
        scores, _, _ = cue_evidence(flat + firm + ", special Nevada counsel.")
        assert max(scores, key=scores.__getitem__) == "reliance-on-other-counsel", firm


def test_the_word_finder_finds_every_word_a_text_holds_overlapping_ones_too() -> None:
    finder = WordFinder(["assumed", "we have assumed", "have", "notes", "note", "zzz"])
    found = finder.found("in addition, we have assumed that the notes are valid")
    assert found == {"assumed", "we have assumed", "have", "notes", "note"}
    assert WordFinder([]).found("anything") == frozenset()


def test_reading_found_words_agrees_with_a_substring_test_for_every_cue() -> None:
    """The import reads a cue's needed words from the words found in one pass; on every
    sentence of the bundled letters that must say what a substring test for each says."""
    finder = WordFinder(word for cue in CUES for words in cue.needs for word in words)
    texts = [
        " ".join(c.text.split()).lower() for r in sample_bank().records for c in r.precedent.clauses
    ]
    agreed = 0
    for text in texts:
        found = finder.found(text)
        for cue in CUES:
            assert _in_text(cue.needs, text) == holds(cue.needs, found), cue.pattern.pattern
            agreed += _in_text(cue.needs, text)
    assert agreed > 1000  # the cues' words were there to be found, often
