"""A hung Pagefind is stopped, not waited for: under serve (site/search_serve.py), where search
keeps the previous index, and in a build (site/search.py), which fails saying why."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from precedent_bank.errors import PrecedentError
from precedent_bank.site import search
from precedent_bank.site.search import BODY_MARK, PAGEFIND_DIR, SERVE_DIR, write_index
from precedent_bank.site.search_serve import INDEX_TIMEOUT, BackgroundIndex
from precedent_bank.site.search_terms import SearchTerms

HUNG_PAGEFIND = """\
import os, pathlib, sys, time
pathlib.Path(sys.argv[0]).parent.parent.joinpath("pid").write_text(str(os.getpid()))
time.sleep(600)
"""


def gone(pid: int) -> bool:
    """Whether a process has ended (a zombie nobody has reaped yet has ended too)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")


def test_the_timeouts_are_generous() -> None:
    assert INDEX_TIMEOUT >= 300  # 1,000 letters take some 20 s
    assert search.PAGEFIND_TIMEOUT >= 300  # one part of 2,000 letters takes some 6 s


def hang_pagefind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pagefind is run as `python -m pagefind`: a package of that name first on the path stands
    in for it, and hangs; the file it writes its process id to."""
    fake = tmp_path / "fake" / "pagefind"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    (fake / "__main__.py").write_text(HUNG_PAGEFIND)
    path = os.environ.get("PYTHONPATH")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(fake.parent), path])))
    return fake.parent / "pid"


def one_page_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "letter").mkdir(parents=True)
    page = f"<html><head></head><body><div {BODY_MARK}><p>Words</p></div></body></html>"
    (site / "letter" / "index.html").write_text(page)
    return site


def assert_gone(pid_file: Path) -> None:
    pid = int(pid_file.read_text())  # Pagefind was started, then killed
    deadline = time.monotonic() + 10
    while not gone(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert gone(pid)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc")
def test_a_hung_pagefind_fails_the_build_saying_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid_file = hang_pagefind(tmp_path, monkeypatch)
    monkeypatch.setattr(search, "PAGEFIND_TIMEOUT", 3.0)
    started = time.monotonic()
    with pytest.raises(PrecedentError, match="Pagefind did not finish within 3 seconds"):
        write_index(one_page_site(tmp_path), tmp_path / "index", SearchTerms())
    assert time.monotonic() - started < 60  # not the 600 s the fake Pagefind sleeps
    assert_gone(pid_file)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc")
def test_a_hung_pagefind_is_killed_and_the_previous_index_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    pid_file = hang_pagefind(tmp_path, monkeypatch)
    site = one_page_site(tmp_path)
    previous = site / SERVE_DIR / PAGEFIND_DIR
    previous.mkdir(parents=True)
    (previous / "pagefind-entry.json").write_text("the previous index")

    search = BackgroundIndex(timeout=5)
    started = time.monotonic()
    search.build_done(site, tmp_path)
    assert search.finished.wait(120)
    assert time.monotonic() - started < 60  # not the 600 s the fake Pagefind sleeps
    assert_gone(pid_file)
    for index in (previous, site / PAGEFIND_DIR):
        assert (index / "pagefind-entry.json").read_text() == "the previous index"
    assert not (site / SERVE_DIR / "next").exists()
    assert "search: indexing the site took longer than 5 seconds and was stopped" in caplog.text
    assert "search keeps the previous index" in caplog.text
