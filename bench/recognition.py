"""Recognition benchmark: how well the importer cuts and types real letters.

usage: python bench/recognition.py CORPUS [--bank FOLDER] [--split bench/corpus-split.yaml]
                                   [--outside FOLDER ...]

CORPUS holds NNN.txt letters with NNN.gold.yaml labels and an index.yaml (../shared/corpus).
The split file sets some firms' letters aside (bench/corpus-split.yaml): they are never read
while developing, and only aggregate figures are printed for them. Prints, separately for the
set-aside letters and the rest, character accuracy, per-type precision/recall/F1 and macro-F1
(types occurring at least 5 times), firm/date/issuer/form accuracy and review flags: first as
shipped (learning from the samples bundled with the package, or --bank, and the rules), then
learned from the rest (a set-aside letter is judged by a recogniser trained on every letter of
the rest; a letter of the rest, by one trained on the rest's other firms). Last, the fictional
samples bundled with the package, each judged by a recogniser trained on the rest and the other
samples: letters in styles the rest lacks (not with --bank).

--outside FOLDER (a folder laid out as CORPUS, any number of times) adds letters of firms that are
in neither part of CORPUS: scored together, as shipped and learned from the rest of CORPUS (never
from its set-aside letters), with per-type figures (bench/README.md, "Session 5: outside letters").

EDGAR header lines and <PAGE> markers count as page furniture, whatever the gold label says
(other or heading): see precedent_bank.importer.evaluation. Accuracy and macro-F1 against the
labels as written are printed too ("labels as written").
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

from precedent_bank.importer.evaluation import (
    GoldLetter,
    Scores,
    as_shipped,
    as_training,
    bank_training,
    evaluate,
    learned_from_rest,
    leave_one_sample_out,
    load_corpus,
    load_split,
    sample_letters,
)
from precedent_bank.importer.learning import sample_bank
from precedent_bank.importer.recogniser import Recogniser
from precedent_bank.records.bank import Bank, load_bank

TARGETS = {
    "set-aside accuracy": 0.95,
    "set-aside macro-F1": 0.90,
    "firm": 0.95,
    "date": 0.98,
    "issuer": 0.90,
    "registration form": 0.90,
}

CURVE = (0.7, 0.8, 0.85, 0.88, 0.9, 0.92, 0.94, 0.96)
"""Confidences (the review flag's chance that a type is right) to flag below, for the curve."""


def report(title: str, scores: Scores, seconds: float, per_type: bool) -> None:
    print(f"\n== {title} ({seconds:.1f} s)")
    print(f"character accuracy  {scores.accuracy:.4f}   ({scores.right:,} of {scores.chars:,})")
    print(
        f"macro-F1            {scores.macro_f1:.4f}   over {len(scores.frequent)} types "
        "occurring 5+ times"
    )
    if scores.plain is not None:  # the gold labels as written: EDGAR lines not mapped
        print(
            f"  labels as written {scores.plain.accuracy:.4f} / {scores.plain.macro_f1:.4f} "
            f"over {len(scores.plain.frequent)} types (EDGAR lines not counted as furniture)"
        )
    for fact in ("firm", "date", "issuer", "form"):
        hits: list[bool] = getattr(scores, fact)
        rate = sum(hits) / len(hits) if hits else 0.0
        print(
            f"{fact + ' right':20}{rate:.3f}   ({sum(hits)} of {len(hits)} letters that state it)"
        )
    wrong = [doubted for _, right, doubted in scores.facts if not right]
    sound = [doubted for _, right, doubted in scores.facts if right]
    print(
        f"facts doubtful      {sum(wrong)} of {len(wrong)} wrong ones; "
        f"{sum(sound)} of {len(sound)} right ones"
    )
    print(f"lossless            {scores.lossless}")
    print(
        f"flagged             {scores.flagged_share:.3f} of {len(scores.clauses)} clauses; "
        f"{scores.wrong_flagged:.3f} of {sum(w for _, _, w in scores.clauses)} wrongly typed ones"
    )
    print("flag curve          threshold: share flagged / recall of wrong / precision")
    for threshold, share, recall, precision in scores.flag_curve(CURVE):
        print(f"                    {threshold:.2f}: {share:.3f} / {recall:.3f} / {precision:.3f}")
    if not per_type:  # per-type figures of the set-aside letters stay unprinted
        return
    print(f"\n{'type':32}{'n':>5}{'precision':>11}{'recall':>9}{'F1':>7}")
    for ctype, n in scores.occurrences.most_common():
        p, r, f = scores.f1(ctype)
        mark = "" if n >= 5 else "   (rare)"
        print(f"{ctype:32}{n:5}{p:11.3f}{r:9.3f}{f:7.3f}{mark}")


def outside(folders: list[Path], rest: list[GoldLetter], bank: Bank) -> None:
    """Letters of firms outside the corpus, named FOLDER/NNN so that folders do not clash."""
    letters = [
        dataclasses.replace(g, name=f"{folder.name}/{g.name}")
        for folder in folders
        for g in load_corpus(folder)
    ]
    shipped = as_shipped(letters, bank)
    learned = Recogniser(as_training(rest) + [t for _, group in bank_training(bank) for t in group])
    for how, recognisers in (
        ("as shipped", shipped),
        ("learned from the rest", dict.fromkeys(shipped, learned)),
    ):
        start = time.perf_counter()
        scores = evaluate(letters, recognisers)
        title = f"{len(letters)} outside letters, {how}"
        report(title, scores, time.perf_counter() - start, per_type=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--bank", type=Path, help="records to learn from instead of the samples")
    parser.add_argument("--split", type=Path, default=Path(__file__).with_name("corpus-split.yaml"))
    parser.add_argument("--rest-types", action="store_true", help="per-type table of the rest")
    parser.add_argument(
        "--rest-only", action="store_true", help="measure the rest only (while developing)"
    )
    parser.add_argument(
        "--outside", type=Path, action="append", default=[], help="letters of other firms"
    )
    args = parser.parse_args()
    letters = load_corpus(args.corpus)
    aside = load_split(args.split)
    parts: dict[str, list[GoldLetter]] = {
        "set-aside": [g for g in letters if g.name in aside],
        "rest": [g for g in letters if g.name not in aside],
    }
    bank = load_bank([args.bank])[0] if args.bank else sample_bank()
    print(f"{len(letters)} letters ({len(parts['set-aside'])} set aside), {len(bank)} records")
    for how in ("as shipped", "learned from the rest"):
        start = time.perf_counter()
        recognisers = (
            as_shipped(letters, bank)
            if how == "as shipped"
            else learned_from_rest(letters, aside, bank)
        )
        for part, group in parts.items():
            if args.rest_only and part != "rest":
                continue
            scores = evaluate(group, recognisers)
            seconds = time.perf_counter() - start
            report(f"{part}, {how}", scores, seconds, part == "rest" and args.rest_types)
            start = time.perf_counter()
    if not args.bank:  # the bundled samples, each judged by the rest and the other samples
        start = time.perf_counter()
        samples = sample_letters(bank)
        recognisers = leave_one_sample_out(samples, parts["rest"], bank)
        scores = evaluate(samples, recognisers)
        report(
            f"{len(samples)} bundled samples, each learned from the rest and the other samples",
            scores,
            time.perf_counter() - start,
            args.rest_types,
        )
    if args.outside:
        outside(args.outside, parts["rest"], bank)
    print("\ntargets:", ", ".join(f"{k} >= {v}" for k, v in TARGETS.items()))


if __name__ == "__main__":
    main()
