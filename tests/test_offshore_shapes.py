"""Shapes of offshore counsel's letters: an annex of definitions after the signature."""

from __future__ import annotations

from precedent_bank.importer.cues import cue_scores
from precedent_bank.importer.record import draft_record
from tests.test_importer import letter
from tests.test_outside_shapes import day_one

_DEFINITIONS = (
    '"Company" means Pellam Tern N.V., a public company with limited liability having its '
    "official seat in Rotterdam, the Netherlands.\n\n"
    '"Trade Register" means the Dutch Trade Register of the Chamber of Commerce.\n'
)


def test_an_annex_titled_after_a_dash_is_no_part_of_the_signature() -> None:
    """ "ANNEX - DEFINITIONS" after the signature was no schedule's title (only "Annex A"
    was), so the whole annex was typed the signature."""
    text = (
        "Dear Sirs,\n\nWe have acted as Dutch counsel to Pellam Tern N.V. in connection with its "
        "registration statement on Form F-4.\n\nBased on the foregoing, we are of the opinion "
        "that the Company has been duly incorporated.\n\nYours faithfully,\n\n/s/ Vree Hollant "
        f"N.V.\n\n-4-\n\nANNEX - DEFINITIONS\n\nIn this opinion letter:\n\n{_DEFINITIONS}"
    )
    clauses = draft_record(letter(text), day_one()).clauses
    signature = next(c for c in clauses if c.type == "signature")
    assert "ANNEX" not in signature.text
    assert "Trade Register" not in signature.text


def test_an_entry_of_a_list_of_definitions_is_the_engagements() -> None:
    """A definition of the letter's own term is the engagement's, as the corpus labels the
    terms a letter defines; what an opinion's word means is not."""
    for entry in _DEFINITIONS.split("\n\n"):
        assert cue_scores(entry)[0].get("engagement", 0.0) >= 2.5
    meaning = '"non-assessable" means that a holder of a share will not be liable.'
    assert cue_scores(meaning)[0].get("engagement", 0.0) < 2.5
