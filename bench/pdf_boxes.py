"""Time reading a PDF that paints many small white boxes before or after its text.

usage: python bench/pdf_boxes.py [BOXES ...]   (default: 5000 30000)

A page of 40 lines of text, with BOXES white 1-point squares in a corner (over no text),
painted once before the text and once after it. Boxes painted before text are skipped at once;
boxes painted after it are compared with each character until the file's budget of comparisons
(`pdf_unseen.BOX_CHECKS`) is spent, when a warning says how many characters went unchecked.
The time should grow in proportion to the boxes, never with boxes times characters.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the tests' PDF maker

from tests.documents import make_pdf  # noqa: E402

from precedent_bank.importer.pdf import pdf_text  # noqa: E402

LINES = ["We have acted as counsel to the Company in connection with its notes."] * 40


def main(counts: list[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for count in counts:
            boxes = " ".join("1 g 0 0 1 1 re f" for _ in range(count)) + " 0 g"
            for where in ("before", "after"):
                painted = {f"drawn_{where}": boxes}
                path = make_pdf(Path(folder) / f"{where}-{count}.pdf", LINES, **painted)
                start = time.perf_counter()
                _, warnings = pdf_text(path)
                took = time.perf_counter() - start
                said = "; unchecked text said" if warnings else ""
                print(f"{count:7} boxes {where:6} the text: {took:5.2f} s{said}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [5000, 30000])
