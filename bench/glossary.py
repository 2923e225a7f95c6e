"""Build time against the glossary's size: the bundled bank built with N more glossary terms.

usage: python bench/glossary.py N [N ...]

Copies the project's site sources and bundled records into a temporary folder, adds N invented
terms to docs/glossary.md, and times `mkdocs build` (a child process, start-up included) for each
N, and once with none added. Python-Markdown's abbr extension looks for every term on every page,
so the time grows with terms times pages: the figures are why the glossary may define at most
GLOSSARY_MAX_TERMS terms (site/library.py). Not a test: record the figures in bench/README.md.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("mkdocs.yml", "docs", "hooks", "overrides", "precedents", "training")


def build(project: Path) -> str:
    """How long the build took, or why it failed (a glossary over the limit is refused)."""
    mkdocs = Path(sys.executable).with_name("mkdocs")
    start = time.perf_counter()
    done = subprocess.run(
        [str(mkdocs), "build", "-q", "-d", str(project / "site")],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    if done.returncode:
        errors = [line for line in done.stderr.splitlines() if "glossary" in line]
        return f"refused in {seconds:.1f} s: {errors[0] if errors else done.stderr[-200:]}"
    return f"built in {seconds:.1f} s"


def main(counts: list[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        for name in SOURCES:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, project / name)
            else:
                shutil.copy(source, project / name)
        config = project / "mkdocs.yml"  # the library's own folder is not watched from here
        config.write_text(config.read_text("utf-8").replace("  - src/precedent_bank\n", ""))
        glossary = project / "docs" / "glossary.md"
        own = glossary.read_text("utf-8")
        for n in [0, *counts]:
            added = "".join(f"\nzqterm{i}\n:   An invented term, number {i}.\n" for i in range(n))
            glossary.write_text(own + added, "utf-8")
            print(f"{n:6} terms added: {build(project)}")


if __name__ == "__main__":
    main([int(n) for n in sys.argv[1:]])
