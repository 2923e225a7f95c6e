"""Import speed: letters per second, on one core.

usage: python bench/import.py [CORPUS] [--synthetic 1000] [--bank N]

Imports the corpus letters (if a CORPUS folder is given) and N synthetic letters written as
.txt and .htm files, timing the whole of `import_files` - reading, cutting, typing, facts,
YAML and the atomic write - with the recogniser trained on the bundled bank. Twice: once with
every sentence weighed afresh, once remembering sentences already weighed in the run (firms'
letters repeat their boilerplate word for word; the synthetic letters repeat more than real
ones do, so the first figures are the fair ones for them).

With --bank N, instead: the recogniser learns from N synthetic records besides the bundled
ones, as in a firm whose bank has grown; prints the time to load and learn from them (what every
`precedents import` pays first) and the speed of importing 200 other synthetic letters, each
sentence weighed afresh.
"""

from __future__ import annotations

import argparse
import html
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from precedent_bank.importer import ImportOptions, find_sources, import_files
from precedent_bank.importer.recogniser import Recogniser, training_letters
from precedent_bank.records.bank import load_bank
from synthetic import letter, write_bank

ROOT = Path(__file__).resolve().parent.parent
REPEAT = 3


def write_synthetic(folder: Path, n: int, first: int = 0) -> None:
    """Half the letters as plain text, half as HTML paragraphs."""
    for i in range(first, first + n):
        text = "".join(c["text"] for c in letter(i)["clauses"])
        if i % 2:
            body = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n\n") if p.strip())
            (folder / f"letter-{i:05d}.htm").write_text(
                f"<html><body>{body}</body></html>", "utf-8"
            )
        else:
            (folder / f"letter-{i:05d}.txt").write_text(text, "utf-8")


def measure(label: str, sources: list[Path], remember: int) -> None:
    bank, _ = load_bank([ROOT / "precedents"])
    recogniser = Recogniser(training_letters(bank.records), remember=remember)
    seconds = float("inf")
    for _ in range(REPEAT):  # the fastest of a few runs: the machine is shared and noisy
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            outcomes = list(import_files(sources, recogniser, set(), ImportOptions(Path(out))))
            seconds = min(seconds, time.perf_counter() - start)
        if remember:
            recogniser = Recogniser(training_letters(bank.records), remember=remember)
    failed = sum(1 for o in outcomes if o.error)
    rate = len(outcomes) / seconds
    print(
        f"{label:28}{len(outcomes):6} letters {seconds:7.2f} s {rate:8.1f} letters/s"
        f"{f'   ({failed} failed)' if failed else ''}"
    )


def measure_bank(n: int) -> None:
    """Learning from a bank of `n` synthetic records, then importing letters not in it."""
    with tempfile.TemporaryDirectory() as folder:
        bank_dir, letters, out = (Path(folder) / name for name in ("bank", "letters", "out"))
        write_bank(bank_dir, n)
        letters.mkdir()
        write_synthetic(letters, 200, first=n)  # letters the bank does not hold
        start = time.perf_counter()
        bank, _ = load_bank([bank_dir, ROOT / "precedents"])
        loaded = time.perf_counter()
        recogniser = Recogniser(training_letters(bank.records, drafts=True), remember=0)
        learned = time.perf_counter()
        sources = find_sources([letters])
        outcomes = list(import_files(sources, recogniser, set(), ImportOptions(out)))
        seconds = time.perf_counter() - learned
    print(
        f"bank of {n:,} records: loaded in {loaded - start:.1f} s, learned in "
        f"{learned - loaded:.1f} s; {len(outcomes)} letters imported at "
        f"{len(outcomes) / seconds:.1f} letters/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument("--synthetic", type=int, default=1000)
    parser.add_argument("--bank", type=int, help="learn from N synthetic records instead")
    args = parser.parse_args()
    if args.bank:
        measure_bank(args.bank)
        return
    for remember, note in ((0, "each sentence afresh"), (50_000, "repeated sentences once")):
        print(f"-- {note}")
        if args.corpus:
            measure("corpus (.txt)", find_sources([args.corpus]), remember)
        with tempfile.TemporaryDirectory() as folder:
            write_synthetic(Path(folder), args.synthetic)
            measure("synthetic (.txt and .htm)", find_sources([Path(folder)]), remember)


if __name__ == "__main__":
    main()
