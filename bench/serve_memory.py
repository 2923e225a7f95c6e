"""Memory across `mkdocs serve` rebuilds: builds a project N times in one process, as serve does.

usage: python bench/serve_memory.py [--rebuilds 20] [--project DIR]

`mkdocs serve` loads the hook once, calls on_startup(command="serve") once, then loads the
config and builds again after every edit, all in one process. This does the same without the
web server and prints the resident memory (RSS) after each build. A hook that keeps the previous
build's bank alive shows RSS growing by about the bank's size per rebuild. Not a test: run it by
hand and record the figures in bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent


def rss_mb() -> float:
    """This process's resident memory, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuilds", type=int, default=20)
    parser.add_argument("--project", type=Path, default=ROOT, help="folder with mkdocs.yml")
    args = parser.parse_args()
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    with tempfile.TemporaryDirectory(prefix="mkdocs_") as site_dir:
        config_file = str(args.project / "mkdocs.yml")
        first = load_config(config_file, site_dir=site_dir)
        first.plugins.on_startup(command="serve", dirty=False)
        serve_url = "http://127.0.0.1:8000/"
        for number in range(1, args.rebuilds + 1):
            config = first if number == 1 else load_config(config_file, site_dir=site_dir)
            config.site_url = serve_url
            build(config, serve_url=serve_url)
            print(f"build {number:2}: RSS {rss_mb():6.1f} MB", flush=True)
        first.plugins.on_shutdown()


if __name__ == "__main__":
    main()
