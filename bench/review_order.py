"""Does the review queue put first the drafts that most need a reviewer?

usage: python bench/review_order.py FOLDER [FOLDER ...]

Each FOLDER holds NNN.txt letters with NNN.gold.yaml labels and an index.yaml, as
../shared/corpus does. Every letter is imported as shipped (learning from the bundled samples)
and its draft weighed as the review queue weighs it (records/review.py: each clause marked for
review counts one minus its confidence, each fact not found or doubtful counts one). The drafts
are put in that order, and the script prints what share of all wrongly typed characters, and of
all wrong or missing facts, the first third of the queue holds - beside what a random order
(a third) and the best possible order would give.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from precedent_bank.importer.evaluation import as_furniture, as_shipped, evaluate, load_corpus
from precedent_bank.importer.learning import sample_bank
from precedent_bank.importer.record import draft_record
from precedent_bank.importer.sources import read_letters


@dataclasses.dataclass(frozen=True)
class Draft:
    weight: float
    """How much the review queue says the draft needs a reviewer."""
    wrong_characters: int
    wrong_facts: int


def drafts(folders: list[Path]) -> list[Draft]:
    letters = [
        dataclasses.replace(g, name=f"{folder}/{g.name}")
        for folder in folders
        for g in load_corpus(folder)
    ]
    recognisers = as_shipped(letters, sample_bank())
    found = []
    for gold in letters:
        letter = read_letters(gold.path)[0]
        draft = draft_record(letter, recognisers[gold.name])
        truth = as_furniture([t for t, text in gold.clauses for _ in text], letter.text)
        typed = [c.type for c in draft.clauses for _ in c.text]
        wrong = sum(
            t != g for t, g, ch in zip(truth, typed, letter.text, strict=True) if ch.strip()
        )
        scores = evaluate([gold], {gold.name: recognisers[gold.name]})
        imported = draft.data.get("imported") or {}
        weight = sum(1.0 - (c.confidence or 0.0) for c in draft.clauses if c.review)
        weight += len(imported.get("missing", [])) + len(imported.get("doubtful", []))
        found.append(Draft(weight, wrong, sum(not right for _, right, _ in scores.facts)))
    return found


def first_third(found: list[Draft], key: str) -> float:
    """The share of all `key` the first third of the queue holds."""
    total = sum(getattr(d, key) for d in found) or 1
    queue = sorted(found, key=lambda d: -d.weight)[: len(found) // 3]
    return sum(getattr(d, key) for d in queue) / total


def best_third(found: list[Draft], key: str) -> float:
    total = sum(getattr(d, key) for d in found) or 1
    best = sorted((getattr(d, key) for d in found), reverse=True)[: len(found) // 3]
    return sum(best) / total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    found = drafts(parser.parse_args().folders)
    print(f"{len(found)} letters; the first third of the review queue holds:")
    for key, what in (
        ("wrong_characters", "wrongly typed characters"),
        ("wrong_facts", "wrong facts"),
    ):
        total = sum(getattr(d, key) for d in found)
        print(
            f"  {first_third(found, key):6.1%} of {total:,} {what}"
            f" (random order: 33%, best order: {best_third(found, key):.1%})"
        )


if __name__ == "__main__":
    main()
