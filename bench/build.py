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
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from precedent_bank.records.yamlio import dump_yaml
from precedent_bank.site.library import with_clause_nav
from synthetic import letter

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Result:
    name: str
    seconds: float
    """Wall-clock time of the fastest run."""
    cpu: float
    """CPU time (user + system) of that run: less sensitive to disk and to other processes."""
    peak_mb: float
    site_mb: float
    page_bytes: float


def time_build(config: Path, site: Path, name: str) -> tuple[float, float, float]:
    """One `mkdocs build` in a child process: wall seconds, CPU seconds, peak RSS in MB."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)]
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{name} build failed (status {status})")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def result(name: str, runs: list[tuple[float, float, float]], site: Path, pages: str) -> Result:
    """The fastest of `runs`, with the size of the site it built."""
    seconds, cpu, peak_mb = min(runs)
    site_bytes = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    letter_pages = list(site.glob(f"{pages}/*/index.html"))
    per_page = sum(p.stat().st_size for p in letter_pages) / max(len(letter_pages), 1)
    return Result(name, seconds, cpu, peak_mb, site_bytes / 1e6, per_page)


def make_bank(root: Path, n: int) -> Path:
    """The project's site sources with N synthetic records instead of the bundled ones."""
    for name in ("docs", "hooks", "overrides"):
        shutil.copytree(ROOT / name, root / name)
    config = (ROOT / "mkdocs.yml").read_text("utf-8").replace("  - src/precedent_bank\n", "")
    (root / "mkdocs.yml").write_text(config, "utf-8")
    bank = root / "precedents"
    bank.mkdir()
    for i in range(n):
        (bank / f"synthetic-{i:05d}.yml").write_text(dump_yaml(letter(i)), "utf-8")
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of synthetic letters")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per build, taking turns; the fastest counts"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pb-bench-"))
    try:
        ours_config = make_bank(work / "ours", args.n)
        base_config = make_baseline(work / "base", args.n)
        # The two builds take turns, so that a slow spell of the machine (a shared virtual
        # machine varies by a third from minute to minute) falls on both alike.
        ours_runs, base_runs = [], []
        for _ in range(args.repeat):
            ours_runs.append(time_build(ours_config, work / "ours-site", "ours"))
            base_runs.append(time_build(base_config, work / "base-site", "baseline"))
        ours = result("ours", ours_runs, work / "ours-site", "precedents")
        base = result("baseline", base_runs, work / "base-site", "letters")
        pairs = sorted(o[0] / b[0] for o, b in zip(ours_runs, base_runs, strict=True))
        print(
            f"N = {args.n} letters, Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
            f"best of {args.repeat} runs each"
        )
        print(f"{'':10}{'build s':>9}{'CPU s':>8}{'peak MB':>9}{'site MB':>9}{'bytes/page':>12}")
        for r in (ours, base):
            print(
                f"{r.name:10}{r.seconds:9.1f}{r.cpu:8.1f}{r.peak_mb:9.0f}{r.site_mb:9.1f}"
                f"{r.page_bytes:12.0f}"
            )
        print(
            f"ratio ours/baseline: time {ours.seconds / base.seconds:.2f}, "
            f"CPU {ours.cpu / base.cpu:.2f}, peak memory {ours.peak_mb / base.peak_mb:.2f}"
        )
        print("ratio of each pair of runs: " + ", ".join(f"{r:.2f}" for r in pairs))
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work)


if __name__ == "__main__":
    main()
