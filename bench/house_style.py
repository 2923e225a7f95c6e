"""What a firm's own confirmed letters teach the recogniser (bench/README.md, "Session 7").

usage: python bench/house_style.py FOLDER [FOLDER ...] [--split FILE]

Each FOLDER holds NNN.txt letters with NNN.gold.yaml labels and an index.yaml naming each
letter's firm, as ../shared/corpus does. Every letter whose firm has other letters among them is
imported twice: as shipped (learning from the bundled samples), and with the firm's other letters
in the bank besides, as confirmed records - a firm that has reviewed some of its own letters
importing one more. Character accuracy, macro-F1 and review flags of those letters are printed
both ways. In a folder called "corpus", the letters a split file sets aside
(bench/corpus-split.yaml) are left out.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections import defaultdict
from pathlib import Path

from precedent_bank.importer.evaluation import (
    GoldLetter,
    Scores,
    as_shipped,
    as_training,
    bank_training,
    evaluate,
    load_corpus,
    load_split,
    normalise_firm,
)
from precedent_bank.importer.learning import sample_bank
from precedent_bank.importer.recogniser import Recogniser


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--split", type=Path, help="leave out the letters this file sets aside")
    args = parser.parse_args()
    aside = load_split(args.split) if args.split else set()
    letters = _letters(args.folders, aside)
    firms: dict[str, list[GoldLetter]] = defaultdict(list)
    for gold in letters:
        if gold.firm:
            firms[_firm(gold.firm)].append(gold)
    judged = [g for group in firms.values() if len(group) > 1 for g in group]
    samples = [t for _, group in bank_training(sample_bank()) for t in group]
    house = {
        g.name: Recogniser(samples + as_training([o for o in firms[_firm(g.firm)] if o is not g]))
        for g in judged
    }
    groups = sum(1 for group in firms.values() if len(group) > 1)
    print(f"{len(judged)} letters of {groups} firms with more than one letter")
    _print("as shipped", evaluate(judged, as_shipped(judged, sample_bank())))
    _print("with the firm's other letters", evaluate(judged, house))


def _firm(name: str | None) -> str:
    """A firm's first two words, normalised: "Thompson Coburn" and "Thompson Hine" are two firms,
    "Williams Mullen" and "Williams, Mullen, Clark & Dobbins, P.C." one."""
    return " ".join(normalise_firm(name or "").split()[:2])


def _letters(folders: list[Path], aside: set[str]) -> list[GoldLetter]:
    """Every labelled letter of the folders, named by folder, but the set-aside ones of a folder
    called "corpus" (the split names ../shared/corpus's files)."""
    return [
        dataclasses.replace(gold, name=f"{folder.name}-{gold.name}")
        for folder in folders
        for gold in load_corpus(folder)
        if folder.name != "corpus" or gold.name not in aside
    ]


def _print(label: str, scores: Scores) -> None:
    print(
        f"{label:30}  accuracy {scores.accuracy:.4f}  macro-F1 {scores.macro_f1:.4f}  "
        f"flagged {scores.flagged_share:.3f}  wrong ones flagged {scores.wrong_flagged:.3f}"
    )


if __name__ == "__main__":
    main()
