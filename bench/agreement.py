"""How well two people labelling the same letters agree, and the importer with each of them.

usage: python bench/agreement.py FIRST SECOND [FIRST SECOND ...]

Each FIRST and SECOND are folders of the same NNN.txt letters, each with its own NNN.gold.yaml
labels (laid out as ../shared/corpus; FIRST has the index.yaml); several pairs are pooled. Over
the letters' visible characters it prints the share both labellings give the same type, and the
share the importer, as shipped (learning from the bundled samples), types as the first, as the
second, and as either. An EDGAR
header line that one labeller calls `other` and the other `page-furniture` is not counted as a
disagreement (bench/recognition.py counts such lines as furniture too). The labels the importer
is measured against are only as good as this agreement: where people agree on 98% of
characters, an importer at 85% is short of them, not of the labels.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections import Counter
from pathlib import Path

import yaml

from precedent_bank.importer.evaluation import as_shipped, load_corpus
from precedent_bank.importer.learning import sample_bank
from precedent_bank.importer.record import draft_record
from precedent_bank.importer.sources import read_letters

_SAME_AS = {"other": "page-furniture"}
"""Types two careful labellers give one EDGAR line: counted as one."""


def char_types(labels: Path, text: str) -> list[str]:
    """Each character's type in a labelling of `text`."""
    clauses = yaml.safe_load(labels.read_text("utf-8"))["clauses"]
    types = [_SAME_AS.get(c["type"], c["type"]) for c in clauses for _ in c["text"]]
    if len(types) != len(text):
        raise SystemExit(f"{labels}: its clauses do not add up to the letter")
    return types


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", type=Path, nargs="+", help="FIRST SECOND, one pair or more")
    args = parser.parse_args()
    if len(args.folders) % 2:
        parser.error("folders come in pairs: FIRST SECOND")
    pairs = list(zip(args.folders[::2], args.folders[1::2], strict=True))
    letters = [
        dataclasses.replace(g, name=str(g.path)) for first, _ in pairs for g in load_corpus(first)
    ]
    second_of = {
        g.name: second for first, second in pairs for g in letters if g.path.parent == first
    }
    recognisers = as_shipped(letters, sample_bank())
    same: Counter[str] = Counter()
    differ: Counter[tuple[str, str]] = Counter()
    visible = 0
    for gold in letters:
        letter = read_letters(gold.path)[0]
        first = char_types(gold.path.with_suffix(".gold.yaml"), letter.text)
        second = char_types(second_of[gold.name] / f"{gold.path.stem}.gold.yaml", letter.text)
        draft = draft_record(letter, recognisers[gold.name])
        imported = [_SAME_AS.get(c.type, c.type) for c in draft.clauses for _ in c.text]
        for i, ch in enumerate(letter.text):
            if ch.isspace():
                continue
            visible += 1
            a, b, got = first[i], second[i], imported[i]
            same["the two labellings agree"] += a == b
            same["the importer agrees with the first"] += got == a
            same["the importer agrees with the second"] += got == b
            same["the importer agrees with either"] += got in (a, b)
            if a != b:
                differ[a, b] += 1
    print(f"{len(letters)} letters, {visible:,} visible characters")
    for what, n in same.items():
        print(f"{what:40} {n / visible:.4f}")
    for (a, b), n in differ.most_common(10):
        print(f"  {n:6,} characters: {a} (first) / {b} (second)")


if __name__ == "__main__":
    main()
