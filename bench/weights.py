"""The recogniser's weights against letters laid out as a corpus (bench/README.md, "Session 6").

usage: python bench/weights.py FOLDER [FOLDER ...] [--neighbours K [K ...]]

Each FOLDER holds NNN.txt letters with NNN.gold.yaml labels and an index.yaml, as
../shared/corpus does. Every letter is imported as shipped (learning from the bundled samples)
with the nearest examples' weight (KNN_WEIGHT) and the transitions' weight (TRANSITION_WEIGHT)
set in turn to each pair of the grid below, and the character accuracy, macro-F1 and review flags
of all the letters together are printed for each pair. With --neighbours, the shipped weights
are kept and the number of nearest examples that vote (K) is set to each value given instead.
Never run it on letters kept blind: it chooses weights.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
from pathlib import Path

import precedent_bank.importer.recogniser as recogniser
from precedent_bank.importer.evaluation import GoldLetter, as_shipped, evaluate, load_corpus
from precedent_bank.importer.learning import sample_bank

NEAREST = (3.0, 4.5, 6.0, 8.0)
TRANSITIONS = (0.3, 0.6, 1.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--neighbours", nargs="+", type=int, help="values of K to try instead")
    args = parser.parse_args()
    letters = [
        dataclasses.replace(gold, name=f"{folder.name}-{gold.name}")
        for folder in args.folders
        for gold in load_corpus(folder)
    ]
    bank = sample_bank()
    shipped = (recogniser.KNN_WEIGHT, recogniser.TRANSITION_WEIGHT)
    print(f"{len(letters)} letters; shipped: nearest {shipped[0]}, transitions {shipped[1]}")
    if args.neighbours:
        _neighbours(letters, args.neighbours)
        return
    try:
        for nearest, transitions in itertools.product(NEAREST, TRANSITIONS):
            recogniser.KNN_WEIGHT, recogniser.TRANSITION_WEIGHT = nearest, transitions
            scores = evaluate(letters, as_shipped(letters, bank))
            print(
                f"nearest {nearest:4}  transitions {transitions:4}  "
                f"accuracy {scores.accuracy:.4f}  macro-F1 {scores.macro_f1:.4f}  "
                f"flagged {scores.flagged_share:.3f}  wrong ones flagged {scores.wrong_flagged:.3f}"
            )
    finally:
        recogniser.KNN_WEIGHT, recogniser.TRANSITION_WEIGHT = shipped


def _neighbours(letters: list[GoldLetter], values: list[int]) -> None:
    """The figures with K nearest examples voting, for each K in `values`."""
    bank = sample_bank()
    shipped = recogniser.K
    print(f"shipped: K = {shipped}")
    try:
        for k in values:
            recogniser.K = k
            scores = evaluate(letters, as_shipped(letters, bank))
            print(f"K {k:3}  accuracy {scores.accuracy:.4f}  macro-F1 {scores.macro_f1:.4f}")
    finally:
        recogniser.K = shipped


if __name__ == "__main__":
    main()
