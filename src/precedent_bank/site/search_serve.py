"""Search under `mkdocs serve`: Pagefind indexes each rebuild in the background.

Indexing the whole site takes longer than rebuilding it once letter pages are kept between
rebuilds (kept_pages.py): about 10 s of Pagefind and as much again to prepare its pages at
1,000 letters. An author waiting to see an edit should not wait for it. So under serve the
build ends without the new index: the site gets the last finished index at once (search may
miss the latest edit for a few seconds, or show a letter's old wording), and a thread has a
child process index the new build, then swaps its index in. The child runs at a lower priority
(`nice`) and in a process of its own, so that neither its Python work (preparing the pages)
nor Pagefind slows the next rebuild. If another rebuild starts meanwhile, the
finished index is kept for that build, and the thread indexes the newest build next. The first
build of a serve session has no index until the thread's first run ends. A run that takes
longer than `INDEX_TIMEOUT` (a hung Pagefind) is stopped and reported; the site keeps the last
finished index, and the next rebuild tries again.

MkDocs empties the site folder before each build, except hidden entries: the last finished index
is kept in `SERVE_DIR` inside it, and linked into `pagefind/` after each build.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from precedent_bank.site.child_process import duration, end, start, wait_or_kill
from precedent_bank.site.search import PAGEFIND_DIR, SERVE_DIR, write_index
from precedent_bank.site.search_terms import load_search_terms

log = logging.getLogger("precedent_bank.search")
# Not a logger under "mkdocs": a warning MkDocs counted would fail the next build (strict mode).

INDEX_TIMEOUT = 600.0
"""Seconds one background indexing run may take before it is stopped: many times what 1,000
letters take (some 20 s), so that only a hung Pagefind reaches it."""


class BackgroundIndex:
    """One thread that indexes the newest build it was given, one build at a time."""

    def __init__(self, timeout: float = INDEX_TIMEOUT) -> None:
        """`timeout`: the seconds one indexing run may take."""
        self.timeout = timeout
        self._lock = threading.Lock()
        self._generation = 0
        """Counts builds started: an index made for an older build is not put in its folder."""
        self._wanted: tuple[int, Path, Path] | None = None
        self._thread: threading.Thread | None = None
        self._process: subprocess.Popen[str] | None = None
        self._closed = False
        self.finished = threading.Event()
        """Set whenever the thread has nothing left to index (for tests and benchmarks)."""
        self.finished.set()

    def build_started(self) -> None:
        """A build starts: it will empty the site folder, so no index goes into it until it ends."""
        with self._lock:
            self._generation += 1

    def build_done(self, site_dir: Path, project_dir: Path) -> None:
        """The build's pages are written: give the site the last finished index, and index the
        build anew in the background (with the search terms of the project at `project_dir`)."""
        with self._lock:
            if self._closed:
                return
            _publish(site_dir)
            self._wanted = (self._generation, site_dir, project_dir)
            self.finished.clear()
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="pb-search", daemon=True)
                self._thread.start()

    def close(self, timeout: float = 30) -> None:
        """Stop indexing (serve is shutting down): end Pagefind and wait for the thread."""
        with self._lock:
            self._closed = True
            self._wanted = None
            thread, process = self._thread, self._process
        if process is not None:
            end(process, force=False)
        if thread is not None:
            thread.join(timeout)

    def _work(self) -> None:
        while True:
            with self._lock:
                job, self._wanted = self._wanted, None
                if job is None or self._closed:
                    self._thread = None
                    self.finished.set()
                    return
            self._index(*job)

    def _index(self, generation: int, site_dir: Path, project_dir: Path) -> None:
        keep = site_dir / SERVE_DIR
        fresh = keep / "next"
        with self._lock:
            if self._closed:
                return
            self._process = _start(project_dir, site_dir, fresh)
        out, err, timed_out = wait_or_kill(self._process, self.timeout)
        with self._lock:
            failed, self._process = self._process.returncode != 0, None
            if self._closed:
                return
            if timed_out:  # whatever build it was for: a hung Pagefind would hang again
                shutil.rmtree(fresh, ignore_errors=True)
                log.warning(_timed_out(self.timeout))
                return
            if failed:  # a rebuild emptying the folder mid-way: the next run indexes it
                if generation == self._generation:
                    log.warning(f"search: the index was not updated: {err.strip()}")
                return
            shutil.rmtree(keep / PAGEFIND_DIR, ignore_errors=True)
            fresh.rename(keep / PAGEFIND_DIR)
            if generation == self._generation:  # no rebuild since: the site gets it now
                _publish(site_dir)
                log.info(f"search: Pagefind indexed {out.strip()} pages of the latest build")


def _start(project_dir: Path, site_dir: Path, output: Path) -> subprocess.Popen[str]:
    """The child process that indexes `site_dir` into `output`, in a process group of its own
    (so that Pagefind under it can be ended with it), at a lower priority where `nice` is."""
    command = [sys.executable, "-m", __name__, str(project_dir), str(site_dir), str(output)]
    if nice := shutil.which("nice"):
        command = [nice, "-n", "10", *command]
    return start(command)


def _timed_out(timeout: float) -> str:
    return (
        f"search: indexing the site took longer than {duration(timeout)} and was stopped; "
        "search keeps the previous index (if any) until a rebuild's indexing finishes in time"
    )


def _publish(site_dir: Path) -> None:
    """Put the last finished index (if any) at `pagefind/` in the site folder, by hard links
    where the file system allows (its files are never written in place), else by copying."""
    latest = site_dir / SERVE_DIR / PAGEFIND_DIR
    if not latest.is_dir():
        return
    staging = site_dir / SERVE_DIR / "publishing"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        shutil.copytree(latest, staging, copy_function=os.link)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(latest, staging)
    target = site_dir / PAGEFIND_DIR
    old = site_dir / SERVE_DIR / "replaced"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def main(project_dir: str, site_dir: str, output: str) -> None:
    """The child process: index the pages of `site_dir` into `output`."""
    terms, _ = load_search_terms(Path(project_dir))  # its problems were reported by the build
    print(write_index(Path(site_dir), Path(output), terms, own_group=False))


if __name__ == "__main__":
    main(*sys.argv[1:4])
