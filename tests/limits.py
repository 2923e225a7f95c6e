"""A time limit for tests of things that used to hang (alias bombs, FIFOs)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

import pytest


class TookTooLong(Exception):
    pass


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail with `TookTooLong` after `seconds`, even inside a blocking open (PEP 475)."""
    if not hasattr(signal, "SIGALRM"):
        pytest.skip("needs SIGALRM")

    def expire(signum: int, frame: FrameType | None) -> None:
        raise TookTooLong(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
