"""Running a helper program (Pagefind) with a time limit, and ending it with what it started.

Pagefind is run as `python -m pagefind`, which starts Pagefind's own binary: killing only the
first process would leave the binary running. So the child gets a process group of its own, and
the whole group is ended.
"""

from __future__ import annotations

import os
import signal
import subprocess


def start(command: list[str], *, own_group: bool = True) -> subprocess.Popen[str]:
    """Start `command`, its output captured as text, in a process group of its own - unless
    the caller's group is the one that will be ended (serve's background child: a group of
    its own would let Pagefind outlive it)."""
    pipe = subprocess.PIPE
    return subprocess.Popen(
        command, stdout=pipe, stderr=pipe, text=True, start_new_session=own_group
    )


def wait_or_kill(process: subprocess.Popen[str], timeout: float) -> tuple[str, str, bool]:
    """What the child printed (out, err), and whether it ran out of time (it is killed then,
    with its group)."""
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        end(process, force=True)
        out, err = process.communicate()
        return out, err, True
    return out, err, False


def end(process: subprocess.Popen[str], *, force: bool) -> None:
    """End the child and what it started (its process group): asked to stop, or killed."""
    try:
        os.killpg(process.pid, signal.SIGKILL if force else signal.SIGTERM)
    except (AttributeError, OSError):  # no process groups (Windows), or gone already
        if force:
            process.kill()
        else:
            process.terminate()


def duration(seconds: float) -> str:
    """ "10 minutes", "5 seconds": a time limit as a message says it."""
    return f"{seconds / 60:g} minutes" if seconds >= 60 else f"{seconds:g} seconds"
