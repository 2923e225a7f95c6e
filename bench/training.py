"""Training drills at scale: what their data add to the build and the site; what a drill loads.

usage: python bench/training.py N            # build N synthetic letters, open drills in Chromium
       python bench/training.py N --data-only   # only make the drills' data for N letters
       python bench/training.py N --site DIR    # open drills and a letter in a site built already

With a build: builds N synthetic letters with the project's hook (as bench/build.py does), then
reports the build's time and size, the share of the drills' data files, and - opening each kind
of drill from the file system in headless Chromium - which data files one drill page loads and
their bytes; it also opens one letter's page, downloads its Word file (made in the browser by
drafting.js) and reads it back with python-docx. With --site, the site of N synthetic letters
built already (`bench/build.py N --keep`, its `ours-site`) is opened instead of building one.
With --data-only: makes the drills' data for N letters in this process, without
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
from precedent_bank.records.drafting import PARAGRAPH_JOIN, drafting_text
from precedent_bank.records.letter import layout
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


def word_download(site: Path, n: int) -> dict[str, object]:
    """Open the last letter's page from the file system, download its Word file (with comments)
    and read it back: whether its text is the letter's, and what the page loaded."""
    import docx
    from playwright.sync_api import sync_playwright

    record_id = f"synthetic-{n - 1:05d}"
    precedent = Precedent.model_validate(letter(n - 1))
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as folder:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page()
        loaded: list[str] = []
        page.on("request", lambda r: loaded.append(r.url))
        start = time.perf_counter()
        page.goto((site / "precedents" / record_id / "index.html").as_uri())
        page.wait_for_selector('[data-pb-docx="comments"]')
        ready_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        with page.expect_download() as info:
            page.click('[data-pb-docx="comments"]')
        path = Path(folder) / info.value.suggested_filename
        info.value.save_as(str(path))
        download_ms = (time.perf_counter() - start) * 1000
        document = docx.Document(str(path))
        text = PARAGRAPH_JOIN.join(para.text for para in document.paragraphs)
        browser.close()
        return {
            "letter": record_id,
            "page_ready_ms": round(ready_ms),
            "files_loaded": len(loaded),
            "data_files_loaded": [
                u.rsplit("/", 2)[-2] + "/" + u.rsplit("/", 1)[-1]
                for u in loaded
                if u.endswith(".js") and "/data/" in u
            ],
            "docx": path.name,
            "docx_kb": round(path.stat().st_size / 1e3, 1),
            "download_ms": round(download_ms),
            "docx_text_is_the_letter": text == drafting_text(layout(precedent.clauses)),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of synthetic letters")
    parser.add_argument("--data-only", action="store_true", help="no build, no browser")
    parser.add_argument("--site", type=Path, help="a site of N synthetic letters built already")
    args = parser.parse_args()
    if args.data_only:
        print(json.dumps(data_only(args.n), indent=1))
        return
    if args.site:
        data = sum(p.stat().st_size for p in (args.site / DATA_DIR).rglob("*") if p.is_file())
        result = {
            "n": args.n,
            "drill_data_mb": round(data / 1e6, 1),
            "drills": drill_loads(args.site),
            "word": word_download(args.site, args.n),
        }
        print(json.dumps(result, indent=1))
        return
    work = Path(tempfile.mkdtemp(prefix="pb-training-"))
    try:
        config = make_bank(work / "ours", args.n)
        run = time_build(config, work / "site", "ours")
        seconds, cpu = run.seconds, run.cpu
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
            "word": word_download(site, args.n),
        }
        print(json.dumps(result, indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
