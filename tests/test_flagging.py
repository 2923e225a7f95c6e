"""The review flag: each imported clause judged as a whole by the fitted model (flagging.py)."""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

import pytest

from precedent_bank.importer.evaluation import bank_training
from precedent_bank.importer.flagging import FEATURES, FlagModel, flag_model, read_model, signals
from precedent_bank.importer.learning import sample_bank
from precedent_bank.importer.letter import Letter
from precedent_bank.importer.recogniser import Judged, Recogniser
from precedent_bank.importer.record import clause_signals, draft_record, labelled_clauses

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import flag_model as fitting

PLAIN = Judged(
    share=0.9,
    sure=0.8,
    rival="engagement",
    rival_share=0.1,
    own_cue=2.0,
    other="",
    other_cue=0.0,
    nearest=0.9,
    likeness=0.3,
    opens=True,
    compared=True,
)


@pytest.fixture(scope="module")
def recogniser() -> Recogniser:
    return Recogniser([t for _, group in bank_training(sample_bank()) for t in group])


def letter(text: str) -> Letter:
    return Letter(Path("letter.txt"), None, text, "text", "utf-8")


def test_the_bundled_model_weighs_the_signals_the_code_measures() -> None:
    model = flag_model()
    assert tuple(model.weights) == FEATURES
    assert set(model.means) == set(FEATURES)
    assert 0.5 < model.review_below < 1.0
    values = signals("consent", "We consent to the filing.", 0.9, "", (5, 8), PLAIN)
    assert set(values) == set(FEATURES)
    assert all(0.0 <= v <= 1.0 for v in values.values())  # each signal is scaled to 0-1


def test_confidence_is_the_chance_the_type_is_right() -> None:
    model = FlagModel(dict.fromkeys(FEATURES, 0.0) | {"vote": -4.0}, 1.0, {}, 0.8)
    values = dict.fromkeys(FEATURES, 0.0)
    sure = model.confidence(values | {"vote": 1.0})
    unsure = model.confidence(values | {"vote": 0.1})
    assert sure == pytest.approx(1 / (1 + math.exp(1.0 - 4.0)))
    assert unsure < 0.8 < sure  # a lower vote, a lower chance the type is right


def test_the_words_say_which_way_a_signal_is_off() -> None:
    means = dict.fromkeys(FEATURES, 0.5)
    model = FlagModel(dict.fromkeys(FEATURES, 0.0) | {"length": 2.0}, 0.0, means, 0.8)
    values = dict.fromkeys(FEATURES, 0.5)
    long = model.why(values | {"length": 0.9}, "engagement", PLAIN)
    assert long == "long for one clause: it may do two jobs"
    # a weight of the other sign: a short clause raises the odds, and "long" would be untrue
    backwards = FlagModel(dict.fromkeys(FEATURES, 0.0) | {"length": -2.0}, 0.0, means, 0.8)
    short = backwards.why(values | {"length": 0.1}, "engagement", PLAIN)
    assert "long" not in short
    assert short == "engagement clauses like it were often mistyped on import"


def test_a_rival_type_is_named() -> None:
    means = dict.fromkeys(FEATURES, 0.2)
    model = FlagModel(dict.fromkeys(FEATURES, 0.0) | {"rival_share": 3.0}, 0.0, means, 0.8)
    judged = Judged(
        0.55,
        0.5,
        "documents-examined",
        0.45,
        1.5,
        "limitation-reliance",
        1.5,
        0.5,
        0.2,
        False,
        True,
    )
    words = model.why(dict.fromkeys(FEATURES, 0.2) | {"rival_share": 0.45}, "engagement", judged)
    assert words == "45% of the evidence points to documents-examined"
    # the other wording named is the type whose wording it is, not the evidence's runner-up
    worded = FlagModel(dict.fromkeys(FEATURES, 0.0) | {"other_cue": 3.0}, 0.0, means, 0.8)
    said = worded.why(dict.fromkeys(FEATURES, 0.2) | {"other_cue": 0.5}, "engagement", judged)
    # and the evidence's runner-up, the type a reviewer may retype it as, when not named already
    assert said == (
        "it has the wording of limitation-reliance too; next most likely: documents-examined"
    )


def test_a_clause_flagged_by_the_model_says_why_in_words(recogniser: Recogniser) -> None:
    text = "Ladies and Gentlemen:\n\nThe weather in the city was mild throughout the spring.\n"
    clause = draft_record(letter(text), recogniser).clauses[-1]
    assert clause.review
    assert clause.confidence < flag_model().review_below
    assert not clause.doubt  # nothing of its own: the model alone flags it
    # for the review queue: why, and where in the clause (its least sure sentence)
    assert clause.why.split("; ")[0] == (  # the strongest reason first (of two at most)
        "the bank's clauses most like it disagree: 21% for heading "
        'at "The weather in the city was mild thro..."'
    )
    assert len(clause.why.split("; ")) <= 2
    words = clause.why.split(" at ")[0]
    assert not re.search(r"[\\()\[\]?*+|^$]", words)  # words, not patterns


def test_a_plainly_right_letter_is_mostly_left_alone(recogniser: Recogniser) -> None:
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Corvane Holdings, Inc., a Delaware "
        'corporation (the "Company"), in connection with its registration statement on Form S-8 '
        'relating to 500,000 shares of its common stock (the "Shares").\n\nWe have examined the '
        "certificate of incorporation and by-laws of the Company and the resolutions of its board "
        "of directors.\n\nBased on the foregoing, we are of the opinion that the Shares, when "
        "issued under the plan, will be validly issued, fully paid and nonassessable.\n\nWe "
        "consent to the filing of this opinion as an exhibit to the registration statement.\n\n"
        "Very truly yours,\n\n/s/ Halvern & Pike LLP\n"
    )
    clauses = draft_record(letter(text), recogniser).clauses
    assert [c.type for c in clauses] == [
        "heading",
        "engagement",
        "documents-examined",
        "opinion-equity",
        "consent",
        "signature",
    ]
    assert sum(c.review for c in clauses) <= 1


@pytest.mark.parametrize("closing", ["Sincerely,", "Respectfully submitted,", "Yours very truly,"])
def test_a_plain_closing_and_a_bare_page_number_are_not_flagged(
    recogniser: Recogniser, closing: str
) -> None:
    """Flags that point at nothing wrong crowd out those that do: a letter signed off with
    another closing than "Very truly yours", and "-2-" alone on its line, are what they seem."""
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Corvane Holdings, Inc., a Delaware "
        'corporation (the "Company"), in connection with its registration statement on Form S-8 '
        'relating to 500,000 shares of its common stock (the "Shares").\n\nWe have examined the '
        "certificate of incorporation and by-laws of the Company and the resolutions of its board "
        "of directors.\n\n                              -2-\n\nBased on the foregoing, we are of "
        "the opinion that the Shares, when issued under the plan, will be validly issued, fully "
        "paid and nonassessable.\n\nWe consent to the filing of this opinion as an exhibit to "
        f"the registration statement.\n\n{closing}\n\nHALVERN & PIKE LLP\n"
    )
    clauses = draft_record(letter(text), recogniser).clauses
    furniture = next(c for c in clauses if c.type == "page-furniture")
    signature = next(c for c in clauses if c.text.startswith(closing))
    assert furniture.text.strip() == "-2-"
    assert signature.type == "signature"
    assert not furniture.review
    assert not signature.review


def test_the_clause_signals_are_those_of_the_letters_clauses(recogniser: Recogniser) -> None:
    text = (
        "Ladies and Gentlemen:\n\nWe consent to the filing of this opinion.\n\nVery truly yours,\n"
    )

    clauses = labelled_clauses(letter(text), recogniser)
    rows = clause_signals(clauses, recogniser)
    assert len(rows) == len(clauses)
    assert [r["position"] for r in rows] == [i / len(clauses) for i in range(len(clauses))]
    assert rows[1]["is_consent"] == 1.0
    assert rows[1]["opens"] == 1.0


def test_a_clause_is_as_like_a_type_as_the_cosine_of_its_words_and_that_types() -> None:
    """Likeness (a flag signal) is the cosine between a clause's weighed words and the sum of a
    type's clauses in the bank: 1 for the words of a type's only clause, 0 for no shared word."""
    consent = "We consent to the filing of this opinion as an exhibit."
    dated = "This letter speaks only as of its date and we undertake no duty to update it."
    trained = Recogniser(
        [("a", [("consent", "c1", consent)]), ("b", [("limitation-date", "c1", dated)])]
    )
    assert trained.judge(consent, "consent").likeness == pytest.approx(1.0)
    assert trained.judge(consent, "limitation-date").likeness == pytest.approx(0.0)
    halfway = trained.judge(consent + " " + dated, "consent").likeness
    assert 0.3 < halfway < 0.9


def test_the_fit_finds_the_penalised_likelihoods_top() -> None:
    """bench/flag_model.py's Newton steps end where the penalised log-likelihood is flat."""
    rows = [
        fitting.Row(
            "a", [i / 40 if f == "vote" else 0.3 for f in FEATURES], i % 5 == 0 or i < 8, False, 0.5
        )
        for i in range(40)
    ]
    weights, intercept = fitting.fit(rows)
    vote = FEATURES.index("vote")
    gradient = (
        sum(
            ((1.0 if r.wrong else 0.0) - fitting.chance_wrong(weights, intercept, r))
            * r.values[vote]
            for r in rows
        )
        - fitting.PENALTY * weights[vote]
    )
    assert abs(gradient) < 1e-6
    assert weights[vote] < 0  # the low votes were the wrong ones
    below = fitting.threshold(weights, intercept, rows, 0.25)
    assert sum(fitting.flagged(weights, intercept, below, r) for r in rows) == pytest.approx(
        10, abs=1
    )


def test_the_model_the_fit_writes_is_the_one_the_importer_reads(tmp_path: Path) -> None:
    rows = [
        fitting.Row("a", [i / 20 if f == "vote" else 0.5 for f in FEATURES], i < 6, False, 0.5)
        for i in range(20)
    ]
    path = tmp_path / "flag_model.yaml"
    fitting.write(rows, 0.3, ["a"], path)
    model = read_model(path.read_text("utf-8"))
    weights, intercept = fitting.fit(rows)
    assert list(model.weights.values()) == pytest.approx(weights, abs=1e-4)
    assert model.intercept == pytest.approx(intercept, abs=1e-4)
    values = dict(zip(FEATURES, rows[0].values, strict=True))
    assert model.confidence(values) == pytest.approx(
        1 - fitting.chance_wrong(weights, intercept, rows[0]), abs=1e-3
    )
    # the importer flags (its confidence rounded as records keep it) what the fit counted
    flags = [
        round(model.confidence(dict(zip(FEATURES, r.values, strict=True))), 2) < model.review_below
        for r in rows
    ]
    assert flags == [fitting.flagged(weights, intercept, model.review_below, r) for r in rows]
    assert sum(flags) in (6, 7)  # 30% of 20, give or take a tie at the threshold


def test_the_importing_guide_states_the_shipped_threshold() -> None:
    """The guide tells reviewers below which confidence a clause is marked: the model's own."""
    guide = (Path(__file__).resolve().parent.parent / "docs/guide/importing.md").read_text("utf-8")
    stated = re.search(r"below the model's `review_below` \((\d\.\d\d)", guide)
    assert stated is not None
    assert float(stated.group(1)) == flag_model().review_below
