"""The sample letters bundled with the package, which every import learns from."""

from __future__ import annotations

import re
from collections import Counter

from precedent_bank.importer.learning import sample_bank


def test_samples_are_reviewed_fictional_letters_of_every_kind() -> None:
    records = sample_bank().records
    assert len(records) >= 19
    assert not [r.id for r in records if r.precedent.draft]  # drafts would teach nothing
    real = [r.id for r in records if "fictional" not in (r.precedent.source or "")]
    assert real == ["hartford-2004-senior-notes"]  # the one filed letter, the seed
    kinds = Counter(r.precedent.document for r in records)
    assert kinds["tax-opinion"] >= 4
    assert kinds["local-counsel-opinion"] >= 5


def test_samples_show_the_letter_shapes_recognition_must_handle() -> None:
    texts = {r.id: r.precedent.text for r in sample_bank().records}
    assert any(".\n     " in t for t in texts.values())  # paragraphs marked by indentation alone
    assert any("<PAGE>" in t for t in texts.values())
    one_sentence = texts["thornbury-vale-2017-mlp-tax-one-sentence"]
    body = one_sentence.split("Ladies and Gentlemen:", 1)[1].split("Very truly yours", 1)[0]
    assert not re.search(r"[a-z]\.\s+[A-Z]", body)  # the body is one sentence
