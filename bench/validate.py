"""`precedents validate` at scale: N synthetic records, timed in a child process.

usage: python bench/validate.py N [--repeat 3] [--keep] [--bad-fields M]

Writes N synthetic records (bench/synthetic.py, as bench/build.py writes them) into a temporary
bank, then runs the command line `precedents validate` on it `--repeat` times in a child process
and prints each run's wall-clock and CPU time (user + system, the steadier figure on a shared
machine), start-up included. Not a test: run it by hand and record the figures in
bench/README.md.

With --bad-fields M the first record also gets M misspelt fields, M problems to locate in one
file: the time should grow in proportion to M (each problem's line and column is looked up in
the record's YAML; until session 19 each lookup scanned the whole mapping, so the time grew
with the square of M).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import write_bank


def run_validate(project: Path) -> tuple[float, float, int, str]:
    """One `precedents validate` in `project`: wall s, CPU s, exit status, its last line."""
    command = [str(Path(sys.executable).with_name("precedents")), "validate"]
    before = os.times()
    start = time.perf_counter()
    done = subprocess.run(command, cwd=project, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = os.times()  # the child's CPU, counted once it was reaped
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    last = (done.stdout or done.stderr).strip().splitlines()[-1:]
    return wall, cpu, done.returncode, "".join(last)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of synthetic records")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the temporary bank")
    parser.add_argument("--bad-fields", type=int, default=0, help="misspelt fields in one record")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pb-validate-"))
    try:
        size = write_bank(work / "precedents", args.n)
        if args.bad_fields:
            first = work / "precedents" / "synthetic-00000.yml"
            bad = "".join(f"titel{i}: x\n" for i in range(args.bad_fields))
            first.write_text(first.read_text("utf-8") + bad, "utf-8")
        print(f"N = {args.n} records, {size / 1e6:.1f} MB of YAML; {os.cpu_count()} cores")
        for run in range(1, args.repeat + 1):
            wall, cpu, status, last = run_validate(work)
            print(f"run {run}: wall {wall:.1f} s, CPU {cpu:.1f} s, exit {status}: {last}")
        print(f"load average {os.getloadavg()}")
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
