"""Fit the review flag's model (src/precedent_bank/importer/flag_model.yaml) on labelled letters.

usage: python bench/flag_model.py FOLDER [FOLDER ...] [--corpus CORPUS] [--flagged 0.23]
                                  [--write] [--no-check]

Each FOLDER holds NNN.txt letters with NNN.gold.yaml labels and an index.yaml (as
../shared/corpus does); --corpus adds the letters of CORPUS outside its blind split
(bench/corpus-split.yaml: the set-aside letters are never read here). Every letter is imported as
shipped (learning from the bundled samples); each clause's signals (flagging.py) are measured and
it is marked wrong when a fifth or more of its visible characters are of another type (as
bench/recognition.py counts). A logistic model of "wrong" on the signals is fitted (L2 penalty,
Newton's method), and `review_below` is set so that --flagged of all clauses are flagged (doubts
included).

First, unless --no-check, each folder (and the corpus's rest) is held out in turn: the model
fitted on the others, with its own threshold, flags the held-out clauses; the share flagged and
the share of wrong clauses caught over all held-out folders are printed, beside the vote's own
flags as shipped before this model (the vote below REVIEW_BELOW, 0.7, or a doubt). --write
then writes the model fitted on all of them. Never run it on letters kept blind: it chooses
weights.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import math
from pathlib import Path

import yaml

from precedent_bank.atomic import write_atomically
from precedent_bank.importer.evaluation import (
    WRONG_SHARE,
    GoldLetter,
    as_furniture,
    as_shipped,
    load_corpus,
    load_split,
)
from precedent_bank.importer.flagging import FEATURES
from precedent_bank.importer.learning import sample_bank
from precedent_bank.importer.letter import Letter
from precedent_bank.importer.recogniser import REVIEW_BELOW
from precedent_bank.importer.record import clause_signals, labelled_clauses

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "src" / "precedent_bank" / "importer" / "flag_model.yaml"
PENALTY = 3.0
"""The L2 penalty on the weights (not the intercept): with a few thousand clauses, weights of
signals that say little stay near zero instead of fitting one batch's quirks."""


@dataclasses.dataclass
class Row:
    batch: str
    values: list[float]
    wrong: bool
    doubt: bool
    vote: float


def rows_of(letters: list[tuple[str, GoldLetter]]) -> list[Row]:
    """Each clause of each letter, imported as shipped."""
    recognisers = as_shipped([g for _, g in letters], sample_bank())
    rows = []
    for batch, gold in letters:
        text = gold.path.read_text("utf-8")
        recogniser = recognisers[gold.name]
        clauses = labelled_clauses(Letter(gold.path, None, text, "text", "utf-8"), recogniser)
        truth = as_furniture([t for t, s in gold.clauses for _ in s], text)
        pos = 0
        for clause, values in zip(clauses, clause_signals(clauses, recogniser), strict=True):
            span = truth[pos : pos + len(clause.text)]
            pos += len(clause.text)
            seen = [t for t, ch in zip(span, clause.text, strict=True) if not ch.isspace()]
            if not seen:
                continue
            wrong = sum(t != clause.type for t in seen) >= WRONG_SHARE * len(seen)
            vector = [values[f] for f in FEATURES]
            rows.append(Row(batch, vector, wrong, bool(clause.doubt), clause.confidence))
    return rows


def fit(rows: list[Row]) -> tuple[list[float], float]:
    """Weights and intercept of log-odds(wrong) by Newton's method with an L2 penalty."""
    d = len(FEATURES) + 1  # the intercept last
    beta = [0.0] * d
    for _ in range(25):
        gradient = [0.0] * d
        hessian = [[0.0] * d for _ in range(d)]
        for row in rows:
            x = [*row.values, 1.0]
            p = 1.0 / (1.0 + math.exp(-sum(b * v for b, v in zip(beta, x, strict=True))))
            error, weight = (1.0 if row.wrong else 0.0) - p, p * (1.0 - p)
            for i in range(d):
                gradient[i] += error * x[i]
                wx = weight * x[i]
                for j in range(i, d):
                    hessian[i][j] += wx * x[j]
        for i in range(d):
            for j in range(i):
                hessian[i][j] = hessian[j][i]
            if i < d - 1:
                gradient[i] -= PENALTY * beta[i]
                hessian[i][i] += PENALTY
        step = _solve(hessian, gradient)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return beta[:-1], beta[-1]


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a x = b (Gaussian elimination with partial pivoting; a is small)."""
    n = len(b)
    m = [[*row, rhs] for row, rhs in zip(a, b, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= factor * m[col][c]
    x = [0.0] * n
    for r in reversed(range(n)):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def chance_wrong(weights: list[float], intercept: float, row: Row) -> float:
    z = intercept + sum(w * v for w, v in zip(weights, row.values, strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def threshold(weights: list[float], intercept: float, rows: list[Row], share: float) -> float:
    """The confidence below which `share` of the rows are flagged, doubts included."""
    doubts = sum(r.doubt for r in rows)
    confidences = sorted(1.0 - chance_wrong(weights, intercept, r) for r in rows if not r.doubt)
    more = max(0, round(share * len(rows)) - doubts)
    if more == 0:
        return 0.0
    return round(confidences[min(more, len(confidences)) - 1] + 0.005, 2)


def flagged(weights: list[float], intercept: float, below: float, row: Row) -> bool:
    return row.doubt or round(1.0 - chance_wrong(weights, intercept, row), 2) < below


def held_out(rows: list[Row], share: float) -> None:
    """Each batch judged by a model fitted on the others."""
    batches = sorted({r.batch for r in rows})
    counts = {"model": [0, 0], "vote": [0, 0]}
    shares = []
    for batch in batches:
        train = [r for r in rows if r.batch != batch]
        test = [r for r in rows if r.batch == batch]
        weights, intercept = fit(train)
        below = threshold(weights, intercept, train, share)
        for how, flags in (
            ("model", [flagged(weights, intercept, below, r) for r in test]),
            ("vote", [r.doubt or r.vote < REVIEW_BELOW for r in test]),
        ):
            counts[how][0] += sum(flags)
            counts[how][1] += sum(f and r.wrong for f, r in zip(flags, test, strict=True))
            if how == "model":
                shares.append(f"{batch} {sum(flags) / len(test):.2f}")
    wrong = sum(r.wrong for r in rows)
    print(f"held out in turn ({len(batches)} batches, {len(rows)} clauses, {wrong} wrong):")
    for how, (n, caught) in counts.items():
        print(f"  {how:6} flagged {n / len(rows):.3f}  caught {caught / wrong:.3f} ({caught})")
    print("  share flagged by the model, batch by batch:", ", ".join(shares))


def write(rows: list[Row], share: float, folders: list[str], path: Path = MODEL) -> None:
    weights, intercept = fit(rows)
    below = threshold(weights, intercept, rows, share)
    means = [sum(r.values[i] for r in rows) / len(rows) for i in range(len(FEATURES))]
    data = {
        "weights": {f: round(w, 4) for f, w in zip(FEATURES, weights, strict=True)},
        "intercept": round(intercept, 4),
        "means": {f: round(m, 4) for f, m in zip(FEATURES, means, strict=True)},
        "review_below": below,
    }
    header = (
        "# The review flag's model (flagging.py): log-odds that a clause's type is wrong.\n"
        f"# Fitted by bench/flag_model.py on {dt.date.today().isoformat()}: {len(rows)} clauses of "
        f"{len(folders)} batches\n# ({', '.join(folders)}), {share:.0%} of them flagged.\n"
    )
    write_atomically(path, header + yaml.safe_dump(data, sort_keys=False))
    print(f"wrote {path}: review_below {below}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--corpus", type=Path, help="a corpus whose rest (not set aside) is used")
    parser.add_argument("--split", type=Path, default=ROOT / "bench" / "corpus-split.yaml")
    parser.add_argument("--flagged", type=float, default=0.23, help="share of clauses to flag")
    parser.add_argument("--write", action="store_true", help="write flag_model.yaml")
    parser.add_argument("--no-check", action="store_true", help="skip the held-out check")
    args = parser.parse_args()
    letters: list[tuple[str, GoldLetter]] = []
    for folder in args.folders:
        letters += [
            (folder.name, dataclasses.replace(g, name=f"{folder.name}-{g.name}"))
            for g in load_corpus(folder)
        ]
    if args.corpus:
        aside = load_split(args.split)
        letters += [("corpus", g) for g in load_corpus(args.corpus) if g.name not in aside]
    rows = rows_of(letters)
    if not args.no_check:
        held_out(rows, args.flagged)
    if args.write:
        write(rows, args.flagged, sorted({b for b, _ in letters}))


if __name__ == "__main__":
    main()
