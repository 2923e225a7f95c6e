"""Rule-check benchmark: precision and recall on the seeded defect set, every finding on real
letters, and the speed of `precedents check`.

usage: python bench/checks.py [CORPUS] [--synthetic 200] [--build 2000]

1. The seeded set (tests/seeded.py): each rule's precision and recall, first on the records,
   then on the same letters imported afresh from their text (as `precedents check` reads a
   letter file: clause types and facts are the importer's guesses).
2. CORPUS (../shared/corpus): every .txt letter is checked as a letter file; every finding is
   printed (with the index's `complete` flag) for review by hand. The text is read at run
   time only.
3. Speed: `precedents check` run as a command on the corpus letters and on N synthetic letters
   written as .txt files (letter files per second, start-up included); and the time the checks
   take on --build synthetic records, in process (what they add to a build of that size).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from tests.seeded import CASES, all_cases, score  # noqa: E402

from precedent_bank.checking import run  # noqa: E402
from precedent_bank.checks import check_precedent  # noqa: E402
from precedent_bank.importer import learn  # noqa: E402
from precedent_bank.records.bank import load_bank  # noqa: E402
from precedent_bank.records.models import Precedent  # noqa: E402
from synthetic import letter  # noqa: E402

PRECEDENTS = ROOT / "precedents"
COMMAND = [sys.executable, "-m", "precedent_bank", "check", "--bank", str(PRECEDENTS)]


def seeded() -> None:
    injected = sum(1 for c in CASES if c.defects or c.before)
    print(f"== seeded set: {len(all_cases())} letters, {injected} with an error put in")
    recogniser = learn(load_bank([PRECEDENTS])[0])
    for title, by_rule_before in (
        ("records", score(all_cases())),
        ("imported afresh from text", score(all_cases(), recogniser)),
    ):
        by_rule, before = by_rule_before
        print(f"\n-- {title}")
        print(f"{'rule':34} {'tp':>3} {'fp':>3} {'fn':>3} {'precision':>9} {'recall':>6}")
        for rule_id, s in by_rule.items():
            print(f"{rule_id:34} {s.tp:3} {s.fp:3} {s.fn:3} {s.precision:9.2f} {s.recall:6.2f}")
            for miss in s.misses:
                print(f"    {miss}")
        print(f"'before' markers: {before.tp} right, {before.fp} wrong, {before.fn} missing")


def corpus(folder: Path) -> None:
    index = yaml.safe_load((folder / "index.yaml").read_text("utf-8"))["letters"]
    complete = {entry["file"]: entry.get("complete") for entry in index}
    files = sorted(folder.glob("*.txt"))
    recogniser = learn(load_bank([PRECEDENTS])[0])
    found, unreadable = run(files, lambda: recogniser, 5_000_000)
    print(f"\n== corpus: {len(files)} letters, {len(found)} findings")
    for located in found:
        name = Path(located.path).name
        print(f"{located}  [complete: {complete.get(name)}]")
    for problem in unreadable:
        print(f"not checked: {problem}")


def command_speed(files: list[Path], label: str, repeat: int = 3) -> None:
    """Best of `repeat` runs of the command (start-up included): wall and CPU seconds."""
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run([*COMMAND, *map(str, files)], capture_output=True, check=False)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        assert done.returncode in (0, 1), done.stderr
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
    print(
        f"precedents check, {len(files)} {label}: best {best_wall:.2f} s wall "
        f"({len(files) / best_wall:.1f} letter files/s), {best_cpu:.2f} s CPU "
        f"({len(files) / best_cpu:.1f} letter files per CPU second)"
    )


def speed(corpus_folder: Path | None, synthetic: int, build: int) -> None:
    print("\n== speed")
    command_speed([ROOT / "tests" / "letters" / "northwind-exhibit-5.txt"], "letter (start-up)")
    if corpus_folder:
        command_speed(sorted(corpus_folder.glob("*.txt")), "corpus letters")
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i in range(synthetic):
            path = Path(tmp) / f"synthetic-{i:05d}.txt"
            path.write_text(Precedent.model_validate(letter(i)).text, "utf-8")
            files.append(path)
        command_speed(files, "synthetic letters")
    records = [Precedent.model_validate(letter(i)) for i in range(build)]
    start = time.process_time()
    count = sum(len(check_precedent(p)) for p in records)
    seconds = time.process_time() - start
    print(
        f"check_precedent on {build} synthetic records: {seconds:.2f} s CPU "
        f"({seconds / build * 1000:.2f} ms a letter, {count} findings)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--synthetic", type=int, default=200)
    parser.add_argument("--build", type=int, default=2000)
    args = parser.parse_args()
    seeded()
    if args.corpus:
        corpus(args.corpus)
    speed(args.corpus, args.synthetic, args.build)


if __name__ == "__main__":
    main()
