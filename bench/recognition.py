"""Recognition benchmark: how well the importer cuts and types real letters.

usage: python bench/recognition.py CORPUS [--bank precedents]

CORPUS holds NNN.txt letters with NNN.gold.yaml labels and an index.yaml (../shared/corpus).
Prints character accuracy, per-type precision/recall/F1 and macro-F1 (types occurring at least
5 times), and firm/date accuracy: first for the recogniser as shipped (the bundled bank and the
rules), then leave-one-firm-out (each letter judged by a recogniser trained on the other firms'
letters plus the bundled bank).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from precedent_bank.importer.evaluation import (
    Scores,
    as_shipped,
    evaluate,
    leave_one_firm_out,
    load_corpus,
)
from precedent_bank.records.bank import load_bank

TARGETS = {
    "shipped accuracy": 0.88,
    "lofo accuracy": 0.93,
    "lofo macro-F1": 0.85,
    "firm": 0.90,
    "date": 0.90,
}


def report(title: str, scores: Scores, seconds: float) -> None:
    print(f"\n== {title} ({seconds:.1f} s)")
    print(f"character accuracy  {scores.accuracy:.4f}   ({scores.right:,} of {scores.chars:,})")
    print(
        f"macro-F1            {scores.macro_f1:.4f}   over {len(scores.frequent)} types "
        "occurring 5+ times"
    )
    print(
        f"firm right          {scores.firm_accuracy:.3f}   ({sum(scores.firm)} of "
        f"{len(scores.firm)} letters that state it)"
    )
    print(
        f"date right          {scores.date_accuracy:.3f}   ({sum(scores.date)} of "
        f"{len(scores.date)} letters)"
    )
    print(f"lossless            {scores.lossless}")
    print(f"\n{'type':32}{'n':>5}{'precision':>11}{'recall':>9}{'F1':>7}")
    for ctype, n in scores.occurrences.most_common():
        p, r, f = scores.f1(ctype)
        mark = "" if n >= 5 else "   (rare)"
        print(f"{ctype:32}{n:5}{p:11.3f}{r:9.3f}{f:7.3f}{mark}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--bank", type=Path, default=Path("precedents"))
    args = parser.parse_args()
    letters = load_corpus(args.corpus)
    bank, _ = load_bank([args.bank])
    print(f"{len(letters)} letters, {len(bank)} records in the bank")
    start = time.perf_counter()
    shipped = evaluate(letters, as_shipped(letters, bank))
    report("as shipped: bundled bank and rules", shipped, time.perf_counter() - start)
    start = time.perf_counter()
    lofo = evaluate(letters, leave_one_firm_out(letters, bank))
    report("leave one firm out", lofo, time.perf_counter() - start)
    print("\ntargets:", ", ".join(f"{k} >= {v}" for k, v in TARGETS.items()))


if __name__ == "__main__":
    main()
