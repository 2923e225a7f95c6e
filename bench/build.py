"""Build benchmark: the bank's build against a stock Material site holding the same letters.

usage: python bench/build.py N [--keep]

Writes N synthetic records into a temporary bank and builds it with the project's hooks; then
builds the same letters as plain Markdown pages in a stock Material site with the same theme
settings (the baseline). Prints build time, peak memory, site size and bytes per letter page for
both, and the ratio ours / baseline. Not a test: run it by hand and record the figures in
bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from precedent_bank.site.library import with_clause_nav
from synthetic import letter, write_bank

ROOT = Path(__file__).resolve().parent.parent
WITHOUT_MARKET = Path(__file__).resolve().parent / "without_market.py"
"""MkDocs without issue 10's rule checks, market figures, Market and Findings pages and Compare
data (`--without-market`), to measure what they add."""


@dataclass
class Result:
    name: str
    best: Run
    """The fastest run."""
    site_mb: float
    page_bytes: float
    clause_page_bytes: int = 0
    """The largest clause type's explanation page (clauses/<slug>/index.html)."""


class TreeSampler(threading.Thread):
    """Samples a process and all its descendants every 50 ms, from /proc.

    The kernel's peak RSS of a child (`ru_maxrss`) is that of its largest single process, but
    the build's process stays alive while Pagefind (its child) indexes, so what the machine must
    hold is their sum. The sampler also times the Pagefind step: how long its process lived and
    the CPU it had used when last seen.
    """

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kb = 0
        self.pagefind_first = self.pagefind_last = 0.0
        self.pagefind_cpu_by_pid: dict[int, float] = {}
        self.pagefind_peak_kb = 0
        self.done = threading.Event()

    @property
    def pagefind_cpu(self) -> float:
        """CPU seconds of all Pagefind's processes (a large bank's index is made in parts,
        by several, two at a time), each as last seen."""
        return sum(self.pagefind_cpu_by_pid.values())

    def run(self) -> None:
        tick = os.sysconf("SC_CLK_TCK")
        while not self.done.wait(0.05):
            total = pagefind = 0
            for pid in self._tree(self.pid):
                rss, name, cpu = self._read(pid, tick)
                total += rss
                if name.startswith("pagefind"):
                    now = time.perf_counter()
                    self.pagefind_first = self.pagefind_first or now
                    self.pagefind_last = now
                    self.pagefind_cpu_by_pid[pid] = cpu
                    pagefind += rss
            self.peak_kb = max(self.peak_kb, total)
            self.pagefind_peak_kb = max(self.pagefind_peak_kb, pagefind)

    @staticmethod
    def _tree(pid: int) -> list[int]:
        found, todo = [], [pid]
        while todo:
            current = todo.pop()
            found.append(current)
            try:
                for task in Path(f"/proc/{current}/task").iterdir():
                    todo += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
        return found

    @staticmethod
    def _read(pid: int, tick: int) -> tuple[int, str, float]:
        """Resident KB, command name and CPU seconds of one process (0, "", 0 once gone)."""
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return 0, "", 0.0
        rss = next((int(x.split()[1]) for x in status.splitlines() if x.startswith("VmRSS:")), 0)
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        return rss, name, (int(fields[11]) + int(fields[12])) / tick


@dataclass
class Run:
    seconds: float
    cpu: float
    """User + system CPU seconds of the build and every process it started (Pagefind)."""
    peak_mb: float
    """Largest sum of the resident memory of the build and its children at one moment."""
    pagefind_seconds: float
    pagefind_cpu: float
    pagefind_peak_mb: float


def time_build(config: Path, site: Path, name: str, *, without_market: bool = False) -> Run:
    """One `mkdocs build` in a child process, with its children (Pagefind) counted."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = (
        [str(WITHOUT_MARKET), "build", "--no-strict"]
        if without_market
        else ["-m", "mkdocs", "build"]
    )
    command = [sys.executable, *mkdocs, "-q", "-f", str(config), "-d", str(site)]
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    # wait4's usage covers the child and the descendants it waited for (Pagefind's binary:
    # `python -m pagefind` execs it, and the hook waits for it).
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    sampler.done.set()
    sampler.join()
    if status != 0:
        raise SystemExit(f"{name} build failed (status {status})")
    peak_kb = max(sampler.peak_kb, usage.ru_maxrss)
    run = Run(
        seconds,
        usage.ru_utime + usage.ru_stime,
        peak_kb / 1024,
        sampler.pagefind_last - sampler.pagefind_first,
        sampler.pagefind_cpu,
        sampler.pagefind_peak_kb / 1024,
    )
    print(f"  {name}: {run}", flush=True)  # each run as it ends: a long series may be cut short
    return run


def result(name: str, runs: list[Run], site: Path, pages: str) -> Result:
    """The fastest of `runs`, with the size of the site it built."""
    best = min(runs, key=lambda r: r.seconds)
    site_bytes = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    letter_pages = list(site.glob(f"{pages}/*/index.html"))
    per_page = sum(p.stat().st_size for p in letter_pages) / max(len(letter_pages), 1)
    clause_pages = [p.stat().st_size for p in site.glob("clauses/*/index.html")]
    return Result(name, best, site_bytes / 1e6, per_page, max(clause_pages, default=0))


def make_bank(root: Path, n: int) -> Path:
    """The project's site sources with N synthetic records instead of the bundled ones."""
    for name in ("docs", "hooks", "overrides"):
        shutil.copytree(ROOT / name, root / name)
    config = (ROOT / "mkdocs.yml").read_text("utf-8").replace("  - src/precedent_bank\n", "")
    (root / "mkdocs.yml").write_text(config, "utf-8")
    write_bank(root / "precedents", n)
    return root / "mkdocs.yml"


def make_baseline(root: Path, n: int) -> Path:
    """A stock Material site - same theme settings, same hand-written pages and navigation, no
    hook - with the same letters as plain Markdown pages outside the navigation."""
    ours = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=yaml.Loader)
    # The same navigation bar as ours, less the pages only the hook makes (browse pages); the
    # clause library's family sections are added as the hook adds them.
    nav = with_clause_nav([item for item in ours["nav"] if "Browse" not in item])
    config = {
        "site_name": "Baseline",
        "theme": {k: v for k, v in ours["theme"].items() if k != "custom_dir"},
        # Stock Material with its own search (ours has none: Pagefind indexes after the build).
        "plugins": ["search"],
        "markdown_extensions": ours["markdown_extensions"],
        "nav": nav,
        "not_in_nav": "letters/*\nclauses/index.md",
    }
    docs = root / "docs"
    shutil.copytree(
        ROOT / "docs", docs, ignore=shutil.ignore_patterns("stylesheets", "javascripts")
    )
    (docs / "clauses" / "index.md").write_text("# Clause library\n", "utf-8")
    (docs / "letters").mkdir()
    for i in range(n):
        data = letter(i)
        text = "".join(c["text"] for c in data["clauses"])
        meta = f"- Firm: {data['firm']}\n- Date: {data['date']}\n- Issuer: {data['issuer']['name']}"
        page = f"# {data['title']}\n\n{meta}\n\n{text}\n"
        (docs / "letters" / f"synthetic-{i:05d}.md").write_text(page, "utf-8")
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config), "utf-8")
    return root / "mkdocs.yml"


def report(
    n: int, repeat: int, ours: Result, base: Result | None = None, pairs: list[float] | None = None
) -> None:
    print(
        f"N = {n} letters, Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
        f"best of {repeat} runs each; load average {os.getloadavg()[0]:.1f} at the end"
    )
    print(
        f"{'':10}{'wall s':>8}{'CPU s':>8}{'peak MB':>9}{'site MB':>9}{'bytes/page':>12}"
        f"{'Pagefind wall s':>17}{'CPU s':>7}{'peak MB':>9}"
    )
    for r in (ours, base) if base else (ours,):
        b = r.best
        print(
            f"{r.name:10}{b.seconds:8.1f}{b.cpu:8.1f}{b.peak_mb:9.0f}{r.site_mb:9.1f}"
            f"{r.page_bytes:12.0f}{b.pagefind_seconds:17.1f}{b.pagefind_cpu:7.1f}"
            f"{b.pagefind_peak_mb:9.0f}"
        )
    print(f"largest clause page bytes ({ours.name}): {ours.clause_page_bytes:,}")
    if base:
        print(
            f"ratio ours/baseline: time {ours.best.seconds / base.best.seconds:.2f}, "
            f"CPU {ours.best.cpu / base.best.cpu:.2f}, "
            f"peak memory {ours.best.peak_mb / base.best.peak_mb:.2f}"
        )
        print("ratio of each pair of runs (wall): " + ", ".join(f"{r:.2f}" for r in pairs or []))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of synthetic letters")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per build, taking turns; the fastest counts"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--no-baseline", action="store_true", help="build only ours")
    parser.add_argument("--baseline-only", action="store_true", help="build only the baseline")
    parser.add_argument(
        "--without-market",
        action="store_true",
        help="also build ours without rule checks, market figures and Compare (issue 10's share)",
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pb-bench-"))
    try:
        if args.baseline_only:
            config = make_baseline(work / "base", args.n)
            runs = [time_build(config, work / "base-site", "baseline") for _ in range(args.repeat)]
            report(args.n, args.repeat, result("baseline", runs, work / "base-site", "letters"))
            return
        ours_config = make_bank(work / "ours", args.n)
        base_config = None if args.no_baseline else make_baseline(work / "base", args.n)
        # The builds take turns, so that a slow spell of the machine (a shared virtual
        # machine varies by a third from minute to minute) falls on all alike.
        ours_runs: list[Run] = []
        base_runs: list[Run] = []
        bare_runs: list[Run] = []
        for _ in range(args.repeat):
            ours_runs.append(time_build(ours_config, work / "ours-site", "ours"))
            if args.without_market:
                bare_site = work / "bare-site"
                bare_runs.append(time_build(ours_config, bare_site, "bare", without_market=True))
            if base_config:
                base_runs.append(time_build(base_config, work / "base-site", "baseline"))
        ours = result("ours", ours_runs, work / "ours-site", "precedents")
        base = result("baseline", base_runs, work / "base-site", "letters") if base_runs else None
        pairs = sorted(o.seconds / b.seconds for o, b in zip(ours_runs, base_runs, strict=False))
        report(args.n, args.repeat, ours, base, pairs)
        if bare_runs:
            bare_result = result("no market", bare_runs, work / "bare-site", "precedents")
            report(args.n, args.repeat, bare_result, None, [])
            added = [o.cpu / b.cpu - 1 for o, b in zip(ours_runs, bare_runs, strict=True)]
            print(
                f"issue 10 adds (fastest CPU against fastest CPU): "
                f"{ours.best.cpu / bare_result.best.cpu - 1:+.1%} CPU, "
                f"{ours.best.seconds / bare_result.best.seconds - 1:+.1%} wall, "
                f"{ours.site_mb / bare_result.site_mb - 1:+.1%} site; pairs (CPU): "
                + ", ".join(f"{a:+.1%}" for a in sorted(added))
            )
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work)


if __name__ == "__main__":
    main()
