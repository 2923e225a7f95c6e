"""`mkdocs serve` stays usable: bad records shown, not fatal; memory freed; a port of one's own."""

from __future__ import annotations

import gc
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import weakref
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests.conftest import ROOT, VALID_RECORD
from tests.sitetools import copy_project

SERVE_URL = "http://127.0.0.1:8000/"
BAD_RECORD = "title: <b>x</b>\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = copy_project(tmp_path / "project")
    (project / "precedents" / "acme-2021-shares.yml").write_text(VALID_RECORD, "utf-8")
    (project / "precedents" / "bad.yml").write_text(BAD_RECORD, "utf-8")
    return project


def serve_build(project: Path, site_dir: Path, *, startup: bool) -> None:
    """One build as `mkdocs serve` runs it (on_startup only before the first)."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site_dir))
    if startup:
        config.plugins.on_startup(command="serve", dirty=False)
    config.site_url = SERVE_URL
    build(config, serve_url=SERVE_URL)


def test_a_bad_record_is_shown_on_every_page_while_serving(
    project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = tmp_path / "served"
    serve_build(project, site, startup=True)
    problem = "precedents/bad.yml:1:1: clauses: required field is missing"
    assert problem in caplog.text  # in the terminal
    for page in ("index.html", "precedents/acme-2021-shares/index.html", "browse/index.html"):
        html = (site / page).read_text("utf-8")
        assert html.count('class="admonition failure pb-invalid-records"') == 1, page
        assert problem in html
    # The record's values are shown escaped, never as markup.
    assert "<b>x</b>" not in (site / "index.html").read_text("utf-8")
    assert not (site / "precedents" / "bad" / "index.html").exists()


def test_a_valid_bank_has_no_banner_while_serving(project: Path, tmp_path: Path) -> None:
    (project / "precedents" / "bad.yml").unlink()
    serve_build(project, tmp_path / "served", startup=True)
    assert "pb-invalid-records" not in (tmp_path / "served" / "index.html").read_text("utf-8")


def test_rebuilds_free_the_previous_bank(project: Path, tmp_path: Path) -> None:
    # gc.freeze() keeps the bank out of collection during a build; a rebuild must undo it,
    # or every edit under serve leaves one more bank in memory (bench/serve_memory.py).
    (project / "precedents" / "bad.yml").unlink()
    serve_build(project, tmp_path / "served", startup=True)
    hook = sys.modules["hooks/precedents.py"]
    first = weakref.ref(hook._build.site)
    serve_build(project, tmp_path / "served", startup=False)
    gc.collect()
    assert first() is None
    assert hook._build.site is not None


def free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as server:
        return int(server.getsockname()[1])


def test_mkdocs_serve_keeps_serving_pages_with_a_bad_record(project: Path) -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        html = fetch_when_up(f"http://127.0.0.1:{port}/precedents/acme-2021-shares/", server)
        assert "precedents/bad.yml:1:1: clauses: required field is missing" in html
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    assert "precedents/bad.yml:1:1: clauses: required field is missing" in err


def fetch_when_up(url: str, server: subprocess.Popen[str], timeout: float = 90) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, "mkdocs serve stopped"
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                return str(response.read().decode("utf-8"))
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.5)
    raise AssertionError(f"no answer from {url} within {timeout} s")


def test_make_serve_says_when_the_port_is_taken_before_building() -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        make = subprocess.Popen(
            ["make", "--no-print-directory", "serve", f"PORT={port}"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # so that a server it started can be stopped with it
        )
        try:
            output, _ = make.communicate(timeout=60)
        finally:
            if make.poll() is None:
                os.killpg(make.pid, signal.SIGTERM)
                make.communicate()
    assert make.returncode != 0
    assert f"port {port} is in use; run `make serve PORT={port + 1}`" in output
    assert "Building documentation" not in output
    assert "Traceback" not in output


def test_make_serve_builds_once_on_the_port_given() -> None:
    # `precedents validate` before the build printed every review warning a second time.
    recipe = subprocess.run(
        ["make", "--no-print-directory", "-n", "serve", "PORT=8123"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "mkdocs serve -a 127.0.0.1:8123" in recipe
    assert "validate" not in recipe


def test_the_banner_escapes_what_it_shows() -> None:
    from precedent_bank import Problem
    from precedent_bank.site.preview import problems_banner, with_banner

    banner = problems_banner([Problem("precedents/x.yml", 2, 3, "title", "<script>x</script>")])
    assert "<script>" not in banner
    assert "precedents/x.yml:2:3: title: &lt;script&gt;x&lt;/script&gt;" in banner
    page = '<body><article class="md-content__inner md-typeset"><h1>T</h1></article></body>'
    assert with_banner(page, "B") == page.replace('typeset">', 'typeset">B')


def test_serve_watches_the_data_files_beside_mkdocs_yml(tmp_path: Path) -> None:
    from tests.test_hooks import load_hook

    project = copy_project(tmp_path / "project")
    for name in ("standards.yml", "search-synonyms.yml", "training/path.yml"):
        (project / name).parent.mkdir(exist_ok=True)
        (project / name).write_text("", "utf-8")
    watched: list[tuple[str, bool]] = []

    class Server:
        def watch(self, path: str, *, recursive: bool = True) -> None:
            watched.append((path, recursive))

    config = load_config(str(project / "mkdocs.yml"))
    server = Server()
    assert load_hook().on_serve(server, config=config, builder=None) is server
    assert sorted(watched) == [
        (str(project / name), False)
        for name in ("search-synonyms.yml", "standards.yml", "training/path.yml")
    ]


def test_editing_the_standards_file_under_serve_rebuilds(project: Path) -> None:
    (project / "precedents" / "bad.yml").unlink()
    standards = project / "standards.yml"
    standards.write_text("opinion-equity: The first standard wording.\n", "utf-8")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    page = f"http://127.0.0.1:{port}/clauses/opinion-equity/"
    try:
        assert "The first standard wording." in fetch_when_up(page, server)
        standards.write_text("opinion-equity: The second standard wording.\n", "utf-8")
        deadline = time.monotonic() + 120
        while "The second standard wording." not in fetch_when_up(page, server):
            assert time.monotonic() < deadline, "no rebuild after standards.yml changed"
            time.sleep(1)
    finally:
        server.terminate()
        server.communicate(timeout=30)
