"""Authors' loop: how long after saving a record `mkdocs serve` shows the edit.

usage: python bench/serve_loop.py [N] [--edits 6] [--kind summary|title] [--pause 3] [--keep]

Writes N synthetic records (default 1,000; bench/synthetic.py) into a temporary project as
bench/build.py does, starts `mkdocs serve` on a free port in a child process and waits for the
first build (the time from starting serve to the first letter page served). Then, `--edits`
times, it edits one record - a different one each time - saving it atomically as editors do
(a temporary file renamed over the record), and polls that letter's page until the edit shows.
`--kind summary` (the default) changes a word of the letter's summary, which shows on its page
only; `--kind title` changes its title, which also shows in other letters' related lists, the
browse tables and the clause library. It waits `--pause` seconds between edits, as an author
would between saves. With `--search` it also waits, after each edit, until the search index
serve makes in the background has been replaced (its `pagefind-entry.json` changed), and prints
how long after the save that was. Prints the seconds per edit, their median and maximum, and the
machine's load. Not a test: run it by hand and record the figures in bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build import make_bank

POLL = 0.1
"""Seconds between two fetches of the page."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, marker: str, server: subprocess.Popen[bytes], timeout: float) -> float:
    """Seconds until the page at `url` holds `marker` (SystemExit if serve died or too slow)."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if server.poll() is not None:
            raise SystemExit(f"mkdocs serve stopped (status {server.returncode})")
        page = fetch(url)
        if page is not None and marker in page:
            return time.perf_counter() - start
        time.sleep(POLL)
    raise SystemExit(f"{url} did not show {marker!r} within {timeout:.0f} s")


def wait_for_change(
    url: str, old: str | None, server: subprocess.Popen[bytes], timeout: float
) -> None:
    """Wait until the file at `url` exists and differs from `old`."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if server.poll() is not None:
            raise SystemExit(f"mkdocs serve stopped (status {server.returncode})")
        now = fetch(url)
        if now is not None and now != old:
            return
        time.sleep(POLL * 5)
    raise SystemExit(f"{url} did not change within {timeout:.0f} s")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the serve process itself (Linux /proc; not its children, so
    not the search indexer, which runs in a child process)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def save_atomically(path: Path, text: str) -> None:
    """Write as editors do: a temporary file in the same folder, renamed over the record."""
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(text, "utf-8")
    os.replace(temp, path)


def edited(text: str, kind: str, marker: str) -> str:
    """The record's text with its summary (added if missing) or its title changed."""
    if kind == "title":
        return text.replace("title: ", f"title: {marker} ", 1)
    lines = [line for line in text.splitlines() if not line.startswith("summary: ")]
    return "\n".join(lines) + f"\nsummary: An edited summary, word {marker}.\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=1000, help="synthetic letters")
    parser.add_argument("--edits", type=int, default=6)
    parser.add_argument("--kind", choices=["summary", "title"], default="summary")
    parser.add_argument("--pause", type=float, default=3.0, help="seconds between edits")
    parser.add_argument("--search", action="store_true", help="also time search catching up")
    parser.add_argument("--keep", action="store_true", help="keep the temporary project")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pb-serve-loop-"))
    config = make_bank(work / "project", args.n)
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = (work / "serve.log").open("wb")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "serve", "-f", str(config)]
    command += ["-a", f"127.0.0.1:{port}"]
    started = time.perf_counter()
    server = subprocess.Popen(command, stdout=log, stderr=log, env=env, cwd=work / "project")
    try:
        first = wait_for(f"{base}precedents/synthetic-00000/", "synthetic-00000", server, 900)
        print(f"N = {args.n} letters; first build, serve started to first page: {first:.1f} s")
        times, lags, cpus = [], [], []
        entry = f"{base}pagefind/pagefind-entry.json"
        if args.search:
            wait_for_change(entry, None, server, 900)
        rng = random.Random(9)
        for i in range(args.edits):
            time.sleep(args.pause)
            record_id = f"synthetic-{rng.randrange(args.n):05d}"
            path = work / "project" / "precedents" / f"{record_id}.yml"
            marker = f"pbedit{i}x{rng.randrange(10**6)}"
            index = fetch(entry)
            saved, cpu = time.perf_counter(), cpu_seconds(server.pid)
            save_atomically(path, edited(path.read_text("utf-8"), args.kind, marker))
            seconds = wait_for(f"{base}precedents/{record_id}/", marker, server, 300)
            times.append(seconds)
            cpus.append(cpu_seconds(server.pid) - cpu)
            print(
                f"edit {i + 1} ({args.kind} of {record_id}): shown after {seconds:.2f} s "
                f"(serve's CPU {cpus[-1]:.2f} s)"
            )
            if args.search:
                wait_for_change(entry, index, server, 900)
                lags.append(time.perf_counter() - saved)
                print(f"  search index replaced {lags[-1]:.1f} s after the save")
        print(
            f"{args.kind} edits: median {statistics.median(times):.2f} s, "
            f"max {max(times):.2f} s, over {len(times)} edits; serve's CPU per edit median "
            f"{statistics.median(cpus):.2f} s"
        )
        if lags:
            print(
                f"search caught up: median {statistics.median(lags):.1f} s, max {max(lags):.1f} s"
            )
        print(f"started {time.perf_counter() - started:.0f} s ago; {os.getloadavg()=}")
    finally:
        server.send_signal(signal.SIGINT)  # serve's own shutdown: on_shutdown ends the indexer
        try:
            server.wait(60)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
        if args.keep:
            print(f"kept {work} (serve's log: {work / 'serve.log'})")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
