"""Building a site in tests, and reading back what a page shows."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests.conftest import ROOT

PROJECT_FILES = ("mkdocs.yml", "docs", "hooks", "overrides")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static server as the hosting guide asks for: Pagefind's files (its compressed
    WebAssembly in .pagefind, its index files .pf_*) as binary, no application/wasm."""

    extensions_map = {  # noqa: RUF012 - the base class's own attribute, replaced
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".pagefind": "application/octet-stream",
        ".pf_meta": "application/octet-stream",
        ".pf_index": "application/octet-stream",
        ".pf_fragment": "application/octet-stream",
        ".pf_filter": "application/octet-stream",
    }

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def static_server(
    directory: Path, handler: type[http.server.SimpleHTTPRequestHandler] = QuietHandler
) -> Iterator[str]:
    """Serve `directory` on a free local port for the browser tests; yields the root URL."""
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(directory))
    )
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def build_site(project: Path, site_dir: Path, config_name: str = "mkdocs.yml") -> Path:
    """Build `project` (a folder with mkdocs.yml) strictly into site_dir, as `mkdocs build` does."""
    config = load_config(str(project / config_name), site_dir=str(site_dir), strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return site_dir


def copy_project(dest: Path) -> Path:
    """The project's site sources (not its records) copied to dest, to build other banks."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name)
        else:
            shutil.copy(src, dest / name)
    (dest / "precedents").mkdir()
    config = (dest / "mkdocs.yml").read_text("utf-8")
    (dest / "mkdocs.yml").write_text(config.replace("  - src/precedent_bank\n", ""), "utf-8")
    return dest


class PageReader(HTMLParser):
    """Collects, per clause anchor, the text of its pieces and gaps, plus links and ids."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.clause_text: dict[str, str] = defaultdict(str)
        self.labels: list[tuple[str, str]] = []  # (clause anchor, href of its label)
        self.permalinks: list[tuple[str, str]] = []  # (clause anchor, href of its permalink)
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        # (tag, classes, clause anchor whose text this element holds)
        self._stack: list[tuple[str, list[str], str | None]] = []
        self._clause: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if tag == "a" and a.get("href"):
            self.links.append(str(a["href"]))
        classes = (a.get("class") or "").split()
        if "pb-clause" in classes:
            self._clause = a.get("data-clause")
        if tag == "a" and self._clause and self._stack and "pb-label" in self._stack[-1][1]:
            found = self.permalinks if "pb-permalink" in classes else self.labels
            found.append((self._clause, str(a.get("href"))))
        collecting = None
        if "pb-text" in classes:
            collecting = self._clause
        elif "pb-gap" in classes:
            collecting = a.get("data-clause")
        elif self._stack:  # text inside a text span (a glossary term's <abbr>) is its text too
            collecting = self._stack[-1][2]
        if tag not in ("br", "img", "input", "meta", "link", "hr"):
            self._stack.append((tag, classes, collecting))

    def handle_endtag(self, tag: str) -> None:
        if self._stack:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        if self._stack and self._stack[-1][2]:
            self.clause_text[str(self._stack[-1][2])] += data


def read_page(path: Path) -> PageReader:
    reader = PageReader()
    reader.feed(path.read_text("utf-8"))
    return reader
