"""Time the import of letters shaped to make pattern matching slow.

usage: python bench/hostile_shapes.py [SIZE ...]   (default: 20000 60000 characters)

Each shape is a letter around one long run of text (an endless word in capitals at the top,
thousands of "Xx." sentences, ...). Every shape should take time in proportion to its size: a
pattern tried from inside a long run at each of its letters, or a step that weighs every type
for each of thousands of units, shows as a time that grows with the square of the size.
"""

from __future__ import annotations

import itertools
import string
import sys
import time
from pathlib import Path

from precedent_bank.importer.evaluation import bank_training
from precedent_bank.importer.learning import sample_bank
from precedent_bank.importer.letter import Letter
from precedent_bank.importer.recogniser import Recogniser
from precedent_bank.importer.record import draft_record

_NAMES = list(itertools.product(string.ascii_uppercase, string.ascii_lowercase, "aeiou"))
"""Distinct short names ("Aba", "Abe", ...) for a letter naming thousands of companies."""
_TAIL = "\n\nMay 4, 2021\n\nDear Sirs:\n\nWe have acted as counsel.\n"
SHAPES = {
    "a word in capitals as the first line": lambda n: "A" * n + _TAIL,
    "a bracketed letterhead over a word in capitals": lambda n: (
        "[Letterhead of]\n" + "A" * n + "\nDear Sirs:\nWe have acted as counsel.\n"
    ),
    "a word in mixed case": lambda n: "Ab" * (n // 2) + _TAIL,
    "short words in capitals": lambda n: "AB " * (n // 3) + _TAIL,
    "initials": lambda n: "A. " * (n // 3) + _TAIL,
    "names and commas": lambda n: "Ab, " * (n // 4) + _TAIL,
    '"Xx." sentences after the date': lambda n: (
        "May 4, 2021\n\n" + "Xx. " * (n // 4) + "\n\nWe have acted as counsel.\n"
    ),
    "blank lines in a unit trust letter's heading": lambda n: (
        "EX-5 1 x.htm OPINION as Sponsor\nExhibit 5\nMay 4, 2003\n"
        + " \n" * (n // 2)
        + "Re: Quillon Trust\nDear Sirs:\nWe have acted as counsel to Quillon Markets Inc., a "
        'Delaware corporation (the "Company"), as Sponsor of the Quillon Trust.\n'
    ),
    "one merger sentence repeated": lambda n: (
        "May 4, 2021\n\nDear Sirs:\n\n" + "Aa Bb, a c (d) with and into " * (n // 30) + ".\n"
    ),
    "numbered words in a merger's company names": lambda n: (
        "May 4, 2021\n\nDear Sirs:\n\nWe have acted as counsel in the merger of "
        + ("Q " + "1AAAAAAAAA " * 4) * (n // 46)
        + ".\n"
    ),
    "thousands of companies' names": lambda n: (
        "May 4, 2021\n\nDear Sirs:\n\nWe have acted as counsel to Quillon Corp. and "
        + "".join(f"{a}{b}{c} Inc. " for a, b, c in _NAMES)[:n]
        + "\n"
    ),
    "open brackets in the letterhead": lambda n: (
        "Exhibit 5\n" + "(" * n + _TAIL + "\nVery truly yours,\n/s/ Harlow & Pike LLP\n"
    ),
    "blank lines after the signature": lambda n: (
        _TAIL + "\nVery truly yours,\n\n/s/ Harlow & Pike LLP" + "\n" * n + "Very truly yours.\n"
    ),
    # (session 27: whether a full stop ends a caption run in was read back to its line's start)
    "one line of short sentences, each like a run-in caption": lambda n: (
        _TAIL + "Consent. We agree. " * (n // 19) + "\n"
    ),
    # (session 27: what each "except ..." names is weighed, for a sentence's first few only)
    "one sentence of endless exceptions": lambda n: (
        _TAIL
        + "In our opinion the Notes are binding"
        + " except to the extent of it" * (n // 27)
        + ".\n"
    ),
    # (session 27: lines printed on every page are counted, and runs of them looked for)
    "one footer line repeated between paragraphs": lambda n: (
        _TAIL + "Harlow | Pike | Boston, MA 02110\n\nWe agree.\n\n" * (n // 45)
    ),
    # (session 28: a guarantee's authorization, read from an item's start; an opinion's
    # conditions, walked back from its conclusion; a list's open last item)
    "one item of endless guarantees and conditions": lambda n: (
        _TAIL + "1. When the Guarantee, the Guarantee, " * (n // 38) + "has been duly authorized.\n"
    ),
    "thousands of an opinion's conditions, each cut at its marker": lambda n: (
        _TAIL
        + "In our opinion, when"
        + " (a) the Board has acted, and" * (n // 29)
        + " the Units will be valid.\n"
    ),
    "thousands of list items, each ending open": lambda n: (
        _TAIL + "(a) that the Company exists;\n\nIn our opinion, it is so;\n\n" * (n // 58)
    ),
    # (session 29: a trust's name was read from each capital of the run to its end; 28 s for
    # 60,000 characters, inside the hang tests' 30 s)
    "one word of endless capitalised syllables in the engagement": lambda n: (
        "May 4, 2021\n\nDear Sirs:\n\nWe have acted as counsel to Quillon Corp., in connection "
        "with " + "Aa." * (n // 3) + " Registration Statement.\n"
    ),
    # (session 29: a guarantor's signing, read from an item's start to its guarantor)
    "one item of endless indentures executed by guarantors": lambda n: (
        _TAIL + "1. The Indenture, the Indenture, " * (n // 33) + "has been duly executed.\n"
    ),
    # (session 30: a tax letter's "Whether ... depends on", another firm relying on this one,
    # an assumed signing by a party named, each read over a bounded stretch of a sentence)
    "one sentence of endless questions": lambda n: _TAIL + "Whether the Notes, " * (n // 18) + "\n",
    "one sentence of endless readers relying": lambda n: (
        _TAIL + "This opinion may be relied upon by " * (n // 35) + "\n"
    ),
    "one item of endless agreements signed by others": lambda n: (
        _TAIL + "(a) that the Agreement has been duly authorized, " * (n // 49) + "\n"
    ),
    # (session 31: a "Whether" question reads on over one-letter abbreviations' periods; other
    # firms' opinions relied on, read up to "dated" or "to the effect that")
    "a question over endless one-letter abbreviations": lambda n: (
        _TAIL + "Whether the " + "U.S. " * (n // 5) + "\n"
    ),
    "one sentence of endless opinions of others relied on": lambda n: (
        _TAIL + "we have relied upon the opinion of Tarrant, " * (n // 44) + "\n"
    ),
    # (items with no marker, each a paragraph after "; (and)", each weighed for its kind)
    "thousands of items with no marker": lambda n: (
        _TAIL + "that the Indenture has been duly executed by the Trustee;\n\n" * (n // 59) + "\n"
    ),
    # (session 32: the last line below the signature is read for a footer's contacts)
    "a footer line of endless signs below the signature": lambda n: (
        _TAIL + "\nVery truly yours,\n\n/s/ Harlow & Pike LLP\n\nA | B | " + "+-" * (n // 2) + "\n"
    ),
    "a footer of endless fields below the signature": lambda n: (
        _TAIL + "\nVery truly yours,\n\n/s/ Harlow & Pike LLP\n\n" + "a.b | " * (n // 6) + "\n"
    ),
    "one assumption of endless items, each turning to facts relied on": lambda n: (
        _TAIL
        + "We have assumed: "
        + "(1) the genuineness of all signatures, we have relied upon certificates as to facts, "
        * (n // 86)
        + "and no more.\n"
    ),
    "endless indented lines below the closing": lambda n: (
        _TAIL + "\nVery truly yours,\n" + (" " * 60 + "Harlow & Pike LLP\n") * (n // 78) + "x" * 200
    ),
}


def main(sizes: list[int]) -> None:
    recogniser = Recogniser([t for _, group in bank_training(sample_bank()) for t in group])
    print(f"{'shape':50}" + "".join(f"{n:>10,}" for n in sizes))
    for name, make in SHAPES.items():
        times = []
        for n in sizes:
            letter = Letter(Path("hostile.txt"), None, make(n), "text", "utf-8")
            start = time.perf_counter()
            draft_record(letter, recogniser)
            times.append(time.perf_counter() - start)
        print(f"{name:50}" + "".join(f"{t:>9.2f}s" for t in times))


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [20_000, 60_000])
