"""Word files: made at build time with python-docx, or in the browser - what each costs.

usage: python bench/word.py N

Builds N synthetic letters with the project's hook (as bench/build.py does) and measures the
build's time and the site's size; then makes each letter's two Word files (with comments, and
plain) with python-docx as a build step would - once from nothing, once again from a cache keyed
by a hash of the record's content - and reports their time and bytes against the build. Finally
it opens letter pages of the built site in headless Chromium and times drafting.js making the
same files in the browser. Not a test: run it by hand and record the figures in bench/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import docx

sys.path.insert(0, str(Path(__file__).parent))
from build import make_bank, time_build
from precedent_bank.records.bank import load_bank
from precedent_bank.records.drafting import drafting_paragraphs
from precedent_bank.records.letter import layout
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.taxonomy import load_taxonomy

ROOT = Path(__file__).resolve().parent.parent


def word_file(record: LoadedRecord, comments: bool) -> bytes:
    """One letter as python-docx would write it at build time: a paragraph per paragraph, and
    (roughly, one per clause on its first paragraph) the clause types as comments."""
    document = docx.Document()
    names = load_taxonomy().types
    paragraphs = layout(record.precedent.clauses)
    texts = drafting_paragraphs(paragraphs)
    seen: set[int] = set()
    for para, text in zip([p for p in paragraphs if p.text.strip()], texts, strict=False):
        run = document.add_paragraph().add_run(text)
        for piece in para.pieces:
            if comments and piece.index not in seen and piece.text.strip():
                seen.add(piece.index)
                clause = record.precedent.clauses[piece.index]
                note = f"\n{clause.note}" if clause.note else ""
                document.add_comment(run, names[clause.type].name + note, "Precedent Bank", "PB")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def build_time_files(records: list[LoadedRecord], cache: Path) -> tuple[float, float, int]:
    """Both files of every letter, from the cache where the record's hash is there: wall
    seconds, CPU seconds and bytes."""
    start, cpu, size = time.perf_counter(), time.process_time(), 0
    for record in records:
        key = hashlib.sha256(record.precedent.model_dump_json().encode()).hexdigest()
        for comments in (True, False):
            path = cache / f"{key}-{int(comments)}.docx"
            if not path.exists():
                path.write_bytes(word_file(record, comments))
            size += path.stat().st_size
    return time.perf_counter() - start, time.process_time() - cpu, size


def browser_times(site: Path, ids: list[str]) -> list[float]:
    """Milliseconds drafting.js takes to make a letter's Word file with comments."""
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page()
        for record_id in ids:
            page.goto((site / "precedents" / record_id / "index.html").as_uri())
            ms = page.evaluate(
                "() => { const t = performance.now(); for (let i = 0; i < 10; i++)"
                " window.pbDrafting.wordFile(true); return (performance.now() - t) / 10; }"
            )
            times.append(float(ms))
        browser.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of synthetic letters")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pb-docx-"))
    try:
        config = make_bank(work / "ours", args.n)
        run = time_build(config, work / "site", "ours")
        seconds, cpu = run.seconds, run.cpu
        site_bytes = sum(p.stat().st_size for p in (work / "site").rglob("*") if p.is_file())
        bank, _ = load_bank([work / "ours" / "precedents"], base=work / "ours")
        cache = work / "cache"
        cache.mkdir()
        cold, cold_cpu, size = build_time_files(bank.records, cache)
        warm, _, _ = build_time_files(bank.records, cache)
        js = (ROOT / "docs" / "javascripts" / "drafting.js").stat().st_size
        ms = browser_times(work / "site", [r.id for r in bank.records[:20]])
        print(
            json.dumps(
                {
                    "n": args.n,
                    "build_s": round(seconds, 1),
                    "build_cpu_s": round(cpu, 1),
                    "site_mb": round(site_bytes / 1e6, 1),
                    "python_docx_cold_s": round(cold, 1),
                    "python_docx_cold_cpu_s": round(cold_cpu, 1),
                    "python_docx_cached_s": round(warm, 2),
                    "python_docx_mb": round(size / 1e6, 1),
                    "time_ratio_cold": round(cold / seconds, 2),
                    "cpu_ratio_cold": round(cold_cpu / cpu, 2),
                    "size_ratio": round(size / site_bytes, 2),
                    "drafting_js_bytes": js,
                    "browser_ms_median": round(sorted(ms)[len(ms) // 2], 1),
                    "browser_ms_max": round(max(ms), 1),
                },
                indent=1,
            )
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
