"""Training drills at scale: what their data add to the build and the site; what a drill loads.

usage: python bench/training.py N            # build N synthetic letters, open drills in Chromium
       python bench/training.py N --data-only   # only make the drills' data for N letters

With a build: builds N synthetic letters with the project's hook (as bench/build.py does), then
reports the build's time and size, the share of the drills' data files, and - opening each kind
of drill from the file system in headless Chromium - which data files one drill page loads and
their bytes. With --data-only: makes the drills' data for N letters in this process, without
MkDocs (for banks too big to build here), and reports its time and sizes. Not a test: run it by
hand and record the figures in bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build import make_bank, time_build
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.records.models import Precedent
from precedent_bank.site.training import DATA_DIR, drill_assets
from synthetic import letter

KINDS = ("label", "missing", "kind", "defect")


def data_only(n: int) -> dict[str, object]:
    records = [
        LoadedRecord(f"synthetic-{i:05d}", Path("x"), "x", Precedent.model_validate(letter(i)))
        for i in range(n)
    ]
    start, cpu = time.perf_counter(), time.process_time()
    assets = drill_assets(records, {}, lambda uri: uri.removesuffix(".md") + "/")
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    sizes = [len(a.content.encode()) for a in assets if "/letters/" in a.src_uri]
    shared = next(len(a.content.encode()) for a in assets if a.src_uri.endswith("shared.js"))
    return {
        "n": n,
        "data_s": round(wall, 1),
        "data_cpu_s": round(cpu, 1),
        "data_mb": round((sum(sizes) + shared) / 1e6, 1),
        "shared_kb": round(shared / 1e3, 1),
        "letter_kb_mean": round(sum(sizes) / len(sizes) / 1e3, 1),
        "letter_kb_max": round(max(sizes) / 1e3, 1),
    }


def drill_loads(site: Path) -> dict[str, object]:
    """Per kind of drill (number 1): the data files the page loaded, and their bytes."""
    from playwright.sync_api import sync_playwright

    out: dict[str, object] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for kind in KINDS:
            page = browser.new_page()
            loaded: list[str] = []
            page.on("request", lambda r, loaded=loaded: loaded.append(r.url))
            start = time.perf_counter()
            page.goto((site / "training" / kind / "index.html").as_uri() + "?n=1")
            page.wait_for_selector(".pb-check")
            ms = (time.perf_counter() - start) * 1000
            data = [u.split(f"/{DATA_DIR}/")[1] for u in loaded if f"/{DATA_DIR}/" in u]
            size = sum((site / DATA_DIR / name).stat().st_size for name in data)
            out[kind] = {"files": data, "kb": round(size / 1e3, 1), "ms_to_ready": round(ms)}
            page.close()
        browser.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of synthetic letters")
    parser.add_argument("--data-only", action="store_true", help="no build, no browser")
    args = parser.parse_args()
    if args.data_only:
        print(json.dumps(data_only(args.n), indent=1))
        return
    work = Path(tempfile.mkdtemp(prefix="pb-training-"))
    try:
        config = make_bank(work / "ours", args.n)
        seconds, cpu, _ = time_build(config, work / "site", "ours")
        site = work / "site"
        total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        data = sum(p.stat().st_size for p in (site / DATA_DIR).rglob("*") if p.is_file())
        result = {
            "n": args.n,
            "build_s": round(seconds, 1),
            "build_cpu_s": round(cpu, 1),
            "site_mb": round(total / 1e6, 1),
            "drill_data_mb": round(data / 1e6, 1),
            "drill_data_share_of_site": round(data / total, 3),
            **{f"data_only_{k}": v for k, v in data_only(args.n).items() if k != "n"},
            "drills": drill_loads(site),
        }
        print(json.dumps(result, indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
