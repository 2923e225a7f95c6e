"""The importer measured on real filed letters (../shared/corpus), against the issue's targets.

The corpus is read at run time only; none of its text is in the project.
"""

from __future__ import annotations

import pytest

from precedent_bank.importer.evaluation import (
    GoldLetter,
    Scores,
    as_shipped,
    evaluate,
    leave_one_firm_out,
    load_corpus,
)
from precedent_bank.records.bank import Bank, load_bank
from tests.conftest import ROOT, SHARED

CORPUS = SHARED / "corpus"
pytestmark = pytest.mark.skipif(not (CORPUS / "index.yaml").exists(), reason="no ../shared/corpus")


@pytest.fixture(scope="module")
def corpus() -> list[GoldLetter]:
    return load_corpus(CORPUS)


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_bank([ROOT / "precedents"])[0]


@pytest.fixture(scope="module")
def shipped(corpus: list[GoldLetter], bank: Bank) -> Scores:
    return evaluate(corpus, as_shipped(corpus, bank))


@pytest.fixture(scope="module")
def lofo(corpus: list[GoldLetter], bank: Bank) -> Scores:
    return evaluate(corpus, leave_one_firm_out(corpus, bank))


def test_as_shipped(shipped: Scores) -> None:
    assert shipped.lossless
    assert shipped.accuracy >= 0.88


def test_leave_one_firm_out(lofo: Scores) -> None:
    assert lofo.lossless
    assert lofo.accuracy >= 0.93
    assert lofo.macro_f1 >= 0.85
    assert len(lofo.frequent) >= 10  # the macro average is over the types seen 5+ times


def test_firm_and_date(lofo: Scores) -> None:
    assert len(lofo.firm) >= 30
    assert lofo.firm_accuracy >= 0.90
    assert len(lofo.date) >= 30
    assert lofo.date_accuracy >= 0.90
