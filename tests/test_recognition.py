"""The importer measured on real filed letters (../shared/corpus), against the issue's targets.

The corpus is read at run time only; none of its text is in the project. bench/corpus-split.yaml
sets some firms' letters aside: nothing was tuned on them, and only aggregate figures about them
are ever computed. The set-aside figures are the ones the README quotes.
"""

from __future__ import annotations

import pytest

from precedent_bank.importer.evaluation import (
    GoldLetter,
    Scores,
    as_shipped,
    evaluate,
    learned_from_rest,
    leave_one_sample_out,
    load_corpus,
    load_split,
    normalise_firm,
    sample_letters,
)
from precedent_bank.importer.learning import sample_bank
from precedent_bank.records.bank import Bank
from tests.conftest import ROOT, SHARED

CORPUS = SHARED / "corpus"
SPLIT = ROOT / "bench" / "corpus-split.yaml"
pytestmark = pytest.mark.skipif(not (CORPUS / "index.yaml").exists(), reason="no ../shared/corpus")


@pytest.fixture(scope="module")
def corpus() -> list[GoldLetter]:
    return load_corpus(CORPUS)


@pytest.fixture(scope="module")
def aside() -> set[str]:
    return load_split(SPLIT)


@pytest.fixture(scope="module")
def bank() -> Bank:
    return sample_bank()


@pytest.fixture(scope="module")
def shipped(corpus: list[GoldLetter], aside: set[str], bank: Bank) -> dict[str, Scores]:
    recognisers = as_shipped(corpus, bank)
    return {
        "set-aside": evaluate([g for g in corpus if g.name in aside], recognisers),
        "rest": evaluate([g for g in corpus if g.name not in aside], recognisers),
    }


@pytest.fixture(scope="module")
def learned(corpus: list[GoldLetter], aside: set[str], bank: Bank) -> dict[str, Scores]:
    recognisers = learned_from_rest(corpus, aside, bank)
    return {
        "set-aside": evaluate([g for g in corpus if g.name in aside], recognisers),
        "rest": evaluate([g for g in corpus if g.name not in aside], recognisers),
    }


def test_the_split_holds_whole_firms(corpus: list[GoldLetter], aside: set[str]) -> None:
    firms_aside = {normalise_firm(g.firm or "") for g in corpus if g.name in aside}
    firms_rest = {normalise_firm(g.firm or "") for g in corpus if g.name not in aside}
    assert len(aside) == 14
    assert aside <= {g.name for g in corpus}
    assert len(firms_aside) == 6
    assert not firms_aside & firms_rest


# The floors are the figures measured in issue 8's twenty-second session (bench/README.md),
# a little below them (ceilings a little above): the set-aside letters meet the issue's
# accuracy target (0.95) since then, just (0.9505), and macro-F1 its target (0.90) both
# ways. Accuracy counts EDGAR header lines as page
# furniture, as the issue defines them; `.plain` is against the labels as written.


def test_as_shipped(shipped: dict[str, Scores]) -> None:
    blind, rest = shipped["set-aside"], shipped["rest"]
    assert blind.lossless
    assert rest.lossless
    # 0.9785 in session 26, macro-F1 0.9822 (0.9621 and 0.964 in sessions 24-25, 0.9505 in
    # sessions 22-23, 0.9358 from session 8 to 21)
    assert blind.accuracy >= 0.975
    assert blind.macro_f1 >= 0.975
    assert rest.accuracy >= 0.978  # 0.9814
    # the review flag's model (session 9): 22.3% flagged, 7 of 8 wrong ones; the vote's own
    # flags had been 17.0% and 8 of 8, but caught 79% of wrong clauses on outside letters
    assert blind.wrong_flagged >= 0.85
    assert blind.flagged_share <= 0.23


def test_learned_from_the_rest(learned: dict[str, Scores]) -> None:
    blind, rest = learned["set-aside"], learned["rest"]
    assert blind.lossless
    assert rest.lossless
    # 0.9715 in session 26, macro-F1 0.9691 (0.9621 and 0.964 in sessions 24-25, 0.9505 in
    # sessions 22-23, 0.9358 from session 8 to 21)
    assert blind.accuracy >= 0.968
    assert blind.macro_f1 >= 0.965
    assert len(blind.frequent) >= 8  # the macro average is over the types seen 5+ times
    assert blind.plain is not None
    assert blind.plain.accuracy >= 0.92
    assert rest.accuracy >= 0.984  # 0.9867 in session 28 (0.9775 in sessions 26-27)
    assert rest.macro_f1 >= 0.98


def test_flags(learned: dict[str, Scores]) -> None:
    blind, rest = learned["set-aside"], learned["rest"]
    # 5 of 6 since session 33 (16.3% flagged), one short of the 85% target: the model with a
    # term for each type, fitted on the rest and thirteen read testers' sets, caught 83.2% of
    # the wrong clauses of six sets nobody had read at 22.5% flagged, where the model before it
    # caught 79.4% at 27.1% (bench/README.md); as shipped it catches all 5 of the set-aside's
    # (22.3% and all 7 with the model refitted in session 25; 15.1% by the vote)
    assert blind.wrong_flagged >= 0.83
    assert blind.flagged_share <= 0.23
    # 5 of 7: short of the 85% target on the rest. The seventh is a later page's repeated
    # letterhead ("T +1 441 ... conyers.com") that the corpus labels heading: typed page
    # furniture, as the taxonomy defines a letterhead repeated on later pages, and sure of it.
    # (4 of 6 since session 13's samples: a fragment that starts mid-list, 057, has one more
    # numbered assumption typed as the facts relied on, unflagged)
    # The model refitted in session 25 flags more of the rest (16.4%, from 15.1%) and catches
    # 5 of its 6 wrong clauses. Session 28's list rules made three of the flagged wrong
    # clauses right (accuracy 0.9775 -> 0.9867): 3 of the 4 left are flagged.
    assert rest.wrong_flagged >= 0.75
    assert rest.flagged_share <= 0.18


def test_facts(learned: dict[str, Scores]) -> None:
    blind = learned["set-aside"]
    assert len(blind.firm) >= 12
    assert len(blind.date) >= 12
    assert blind.firm_accuracy >= 0.92
    assert blind.date_accuracy >= 0.98
    assert blind.issuer_accuracy >= 0.90
    assert blind.form_accuracy >= 0.90
    wrong = [doubted for _, right, doubted in blind.facts if not right]
    assert all(wrong)  # every wrong fact is before a reviewer (doubtful or not found)


def test_samples_judged_by_the_rest_and_the_other_samples(
    corpus: list[GoldLetter], aside: set[str], bank: Bank
) -> None:
    samples = sample_letters(bank)
    rest = [g for g in corpus if g.name not in aside]
    scores = evaluate(samples, leave_one_sample_out(samples, rest, bank))
    assert len(samples) >= 19
    assert scores.lossless
    # 0.945 / 0.942 over 23 samples: session 13's four (a state tax letter, a target's merger
    # tax letter, in-house counsel's and a consultant-shares S-8) are styles the others lack;
    # over the 19 before them it was 0.954 / 0.962
    assert scores.accuracy >= 0.95  # 0.9614 in session 25
    assert scores.macro_f1 >= 0.95
    assert scores.flagged_share <= 0.30  # 25.9%: styles the corpus lacks, flagged more
    # 9 of 12 with the flag model refitted in session 25 on 1,060 clauses of today's errors (it
    # catches every wrong clause of the set-aside letters); the three it misses sit at 0.94-0.95,
    # just over the line, in the one-sentence tax letter and the Cayman letter's assumptions
    assert scores.wrong_flagged >= 0.75
