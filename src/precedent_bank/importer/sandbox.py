"""Reading a file in a child process, with limits on its memory and time.

A hostile or broken Word, PDF or huge HTML file can make its parser run for minutes or take
gigabytes. Such files are read by `python -m precedent_bank.importer.sandbox FILE`, whose
address space is capped (RLIMIT_AS) and which is stopped after a time limit, so one bad file
costs a clear message, not the machine. The child also has a limit on processor time of its own
and is killed when its parent dies: an import stopped by Ctrl-C, `timeout` or a cancelled job
must not leave a parser running at full speed. What it read comes back as JSON.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

from precedent_bank.errors import SourceError
from precedent_bank.importer.letter import Letter

MEMORY = 1_000_000_000
SECONDS = 60


def read_in_child(path: Path) -> list[Letter]:
    """The letters of `path`, read by a child process within `MEMORY` bytes and `SECONDS`."""
    command = [sys.executable, "-m", "precedent_bank.importer.sandbox", str(path)]
    try:
        done = subprocess.run(
            command, capture_output=True, timeout=SECONDS, preexec_fn=_limit_child, check=False
        )
    except subprocess.TimeoutExpired:
        raise SourceError(
            f"took more than {SECONDS} s to read (a document of hundreds of pages, or a broken "
            "or hostile file?)"
        ) from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        last = reason[-1] if reason else f"exit status {done.returncode}"
        if -done.returncode in (signal.SIGXCPU, signal.SIGKILL):
            raise SourceError(
                f"took more than {SECONDS} s of processor time to read (a broken or hostile file?)"
            )
        if "MemoryError" in last or done.returncode < 0:
            raise SourceError(_TOO_BIG.format(MEMORY // 1_000_000))
        raise SourceError(f"could not be read ({last})")
    answer = json.loads(done.stdout)
    if "error" in answer:
        raise SourceError(answer["error"])
    return [
        Letter(path, f["part"], f["text"], f["format"], f["encoding"], tuple(f["warnings"]))
        for f in answer["letters"]
    ]


_TOO_BIG = "needed more than {} MB to read (a broken or hostile file?)"


def _limit_child() -> None:
    """In the child, before it runs: its memory, its processor time, and its parent's life."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    resource.setrlimit(resource.RLIMIT_CPU, (int(SECONDS) + 5, int(SECONDS) + 10))
    if sys.platform == "linux":
        # (where it cannot be asked, the wall-clock and processor-time limits still hold)
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() == 1:  # the parent died before the child could ask to follow it
            os._exit(1)


_PR_SET_PDEATHSIG = 1


def _main(path: Path) -> None:
    from precedent_bank.importer.sources import read_here

    try:
        letters = read_here(path)
    except SourceError as exc:
        answer: dict[str, object] = {"error": str(exc)}
    except Exception:
        # Parsers out of memory do not always say so (libxml2: "unknown error").
        limit = resource.getrlimit(resource.RLIMIT_AS)[0]
        if limit == resource.RLIM_INFINITY or _peak_memory() < 0.9 * limit:
            raise
        answer = {"error": _TOO_BIG.format(limit // 1_000_000)}
    else:
        answer = {"letters": [{**dataclasses.asdict(letter), "file": None} for letter in letters]}
    sys.stdout.write(json.dumps(answer))


def _peak_memory() -> int:
    """The most address space this process has held, in bytes (0 where unknown)."""
    try:
        status = Path("/proc/self/status").read_text("ascii")
    except OSError:
        return 0
    peak = next((line.split()[1] for line in status.splitlines() if line.startswith("VmPeak")), 0)
    return int(peak) * 1024


if __name__ == "__main__":
    _main(Path(sys.argv[1]))
