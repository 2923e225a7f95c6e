"""Builds are all-or-nothing: the site folder is replaced only by a build that succeeded."""

from __future__ import annotations

import errno
import functools
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread
from urllib.parse import urljoin

import pytest
from click.testing import CliRunner
from mkdocs.__main__ import cli as mkdocs_cli
from mkdocs.exceptions import Abort

from precedent_bank.cli import cli
from precedent_bank.site.output import OutputError, StagedSite, check_site_dir
from tests.conftest import ROOT, VALID_RECORD
from tests.sitetools import build_site, copy_project

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` by relative path, with a hash of its bytes."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with one valid record, built once into project/site."""
    project = copy_project(tmp_path / "project")
    (project / "precedents" / "acme-2021-shares.yml").write_text(VALID_RECORD, "utf-8")
    build_site(project, project / "site")
    assert (project / "site" / "precedents" / "acme-2021-shares" / "index.html").is_file()
    return project


def mkdocs(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args, "-f", str(project / "mkdocs.yml")],
        capture_output=True,
        text=True,
        env=ENV,
        check=False,
    )


def leftovers(project: Path) -> list[str]:
    return sorted(p.name for p in project.iterdir() if p.name.startswith(".site."))


def test_a_strict_build_failing_on_a_warning_leaves_the_site_as_it_was(project: Path) -> None:
    # The warning comes after every page is written: MkDocs aborts only after post_build.
    before = snapshot(project / "site")
    (project / "docs" / "broken.md").write_text("# Broken\n\n[gone](nowhere.md)\n", "utf-8")
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 1
    assert re.search(r"Aborted with \d+ warnings in strict mode!", result.stdout)
    assert snapshot(project / "site") == before
    assert leftovers(project) == []


def test_a_bad_record_leaves_the_site_as_it_was(project: Path) -> None:
    before = snapshot(project / "site")
    (project / "precedents" / "bad.yml").write_text("title: x\n", "utf-8")
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 1
    assert "precedents/bad.yml:1:1: clauses: required field is missing" in result.stderr
    assert snapshot(project / "site") == before
    assert leftovers(project) == []


def test_a_successful_build_replaces_the_site(project: Path) -> None:
    (project / "site" / "stale.html").write_text("old", "utf-8")
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    assert not (project / "site" / "stale.html").exists()
    assert (project / "site" / "precedents" / "acme-2021-shares" / "index.html").is_file()
    assert oct((project / "site").stat().st_mode & 0o777) != oct(0o700)  # readable by the server
    assert leftovers(project) == []


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_a_build_killed_midway_leaves_the_site_whole(
    bundled_site: Path, tmp_path: Path, how: signal.Signals
) -> None:
    # Thirty copies of the bundled bank: a build that is still writing pages after 2 s.
    project = copy_project(tmp_path / "project")
    for record in sorted((ROOT / "precedents").rglob("*.yml")):
        for copy in range(30):
            shutil.copy(record, project / "precedents" / f"{record.stem}-{copy}.yml")
    site = tmp_path / "site"
    shutil.copytree(bundled_site, site)
    before = snapshot(site)
    build = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "-f",
            str(project / "mkdocs.yml"),
            "-d",
            str(site),
        ],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    started = time.monotonic()
    # Kill it after 2 s, once it is writing the new site (startup alone can take 2 s here);
    # a build that writes into site/ itself has cleaned it out by then.
    while time.monotonic() - started < 2 or not writing(site):
        assert build.poll() is None, "the build ended before it was killed: nothing was tested"
        assert time.monotonic() - started < 120
        time.sleep(0.1)
    build.send_signal(how)
    assert build.wait() in (-how, 128 + how)
    assert snapshot(site) == before
    left = [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.new-")]
    if how == signal.SIGTERM:  # stopped cleanly: its own folder is gone at once
        assert build.returncode == 128 + how
        assert left == []
    else:  # the next build clears what the killed one left beside the site
        assert left
    StagedSite.begin(site).discard()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project", "site"]


def writing(site: Path) -> bool:
    staged = site.parent.glob(f".{site.name}.new-*/assets")
    return bool(list(staged)) or not (site / "index.html").exists()


def test_a_build_killed_between_the_two_renames_is_recovered(tmp_path: Path) -> None:
    old = tmp_path / ".site.old-999999999-x"  # no such process
    old.mkdir()
    (old / "index.html").write_text("old site", "utf-8")
    StagedSite.begin(tmp_path / "site").discard()
    assert (tmp_path / "site" / "index.html").read_text("utf-8") == "old site"


@pytest.mark.parametrize("where", ["precedents", ".", "docs", "docs/sub", "..", "hooks"])
def test_precedents_build_refuses_a_site_dir_over_sources(
    runner: CliRunner, project: Path, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project)
    records = snapshot(project / "precedents")
    docs = snapshot(project / "docs")
    result = runner.invoke(cli, ["build", "--site-dir", where])
    assert result.exit_code == 1
    assert "would overlap" in result.output
    assert "Traceback" not in result.output
    assert snapshot(project / "precedents") == records
    assert snapshot(project / "docs") == docs


def test_mkdocs_refuses_site_dir_in_the_bank_from_the_config(project: Path) -> None:
    with (project / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("site_dir: precedents/site\n")
    result = mkdocs(project, "build")
    assert result.returncode == 1
    assert "would overlap source folder" in result.stderr
    assert (project / "precedents" / "acme-2021-shares.yml").is_file()
    assert not (project / "precedents" / "site").exists()


def test_a_folder_that_is_not_a_site_is_not_replaced(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep", "utf-8")
    with pytest.raises(OutputError, match="does not look like a site"):
        check_site_dir(tmp_path / "mine", project_dir=tmp_path / "p", protected=[])
    check_site_dir(tmp_path / "new", project_dir=tmp_path / "p", protected=[])


def test_disk_full_ends_in_one_line(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "site/x/index.html")

    monkeypatch.setattr("mkdocs.utils.write_file", full)
    before = snapshot(project / "site")
    result = CliRunner().invoke(mkdocs_cli, ["build", "-f", str(project / "mkdocs.yml")])
    assert result.exit_code == 1
    assert "cannot write the site to" in result.output
    assert "the disk is full (site/x/index.html); the previous site is unchanged" in result.output
    assert "Traceback" not in result.output
    assert snapshot(project / "site") == before
    assert leftovers(project) == []


def test_a_read_only_folder_ends_in_one_line(runner: CliRunner, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    if os.geteuid() == 0:  # root ignores permissions, but not the immutable attribute
        if subprocess.run(["chattr", "+i", str(locked)], check=False).returncode:
            pytest.skip("running as root without chattr")
    else:
        locked.chmod(0o555)
    try:
        result = mkdocs(ROOT, "build", "-d", str(locked / "site"))
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(locked)], check=True)
        locked.chmod(0o755)
    assert result.returncode == 1
    assert "cannot write the site to" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_hand_written_page_at_a_generated_path_is_an_error(
    project: Path, caplog: pytest.LogCaptureFixture
) -> None:
    for page in ("precedents/acme-2021-shares.md", "browse/firms.md", "clauses/index.md"):
        (project / "docs" / page).parent.mkdir(parents=True, exist_ok=True)
        (project / "docs" / page).write_text("# Mine\n", "utf-8")
    with pytest.raises(Abort):
        build_site(project, project / "other-site")
    message = caplog.text
    assert (
        "docs/precedents/acme-2021-shares.md:1:1: this page is hand-written, but the record "
        "precedents/acme-2021-shares.yml generates precedents/acme-2021-shares.md"
    ) in message
    assert "docs/browse/firms.md:1:1: this page is hand-written, but Precedent Bank" in message
    assert "docs/clauses/index.md:1:1:" in message


@pytest.mark.parametrize("name", ["draft.yml", "letters/opinion.DOCX", "opinion.pdf"])
def test_records_and_letters_in_docs_are_not_published(
    project: Path, name: str, caplog: pytest.LogCaptureFixture
) -> None:
    (project / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
    (project / "docs" / name).write_bytes(b"confidential")
    with pytest.raises(Abort):
        build_site(project, project / "other-site")
    assert f"docs/{name}:1:1: records and letters are not published from docs/" in caplog.text
    assert not (project / "other-site" / name).exists()


@pytest.mark.parametrize("to", ["outside", "the bank", "a folder outside"])
def test_a_link_in_docs_to_a_file_elsewhere_is_not_published(
    project: Path, tmp_path: Path, to: str, caplog: pytest.LogCaptureFixture
) -> None:
    """MkDocs follows links: one in docs/ to any file of the machine, or to a draft in the
    bank under another name, would put it in the site and the offline copy."""
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "passwords.txt").write_text("confidential", "utf-8")
    record = next((project / "precedents").glob("*.yml"))
    link = project / "docs" / "assets" / "leak.txt"
    link.parent.mkdir(parents=True, exist_ok=True)
    if to == "outside":
        link.symlink_to(secret / "passwords.txt")
    elif to == "the bank":
        link.symlink_to(record)
    else:
        link = project / "docs" / "assets" / "home"
        link.symlink_to(secret, target_is_directory=True)
    with pytest.raises(Abort):
        build_site(project, project / "other-site")
    shown = "docs/assets/home/passwords.txt" if to == "a folder outside" else "docs/assets/leak.txt"
    where = "in the bank" if to == "the bank" else "outside the project"
    assert f"{shown}:1:1: is a link to " in caplog.text
    assert f", {where}: MkDocs would publish that file" in caplog.text
    assert not (project / "other-site").exists()


def test_a_hand_written_page_that_is_not_utf8_is_a_located_error(
    project: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A glossary saved as Latin-1 stopped the build with a traceback from MkDocs."""
    glossary = project / "docs" / "glossary.md"
    glossary.write_bytes(glossary.read_bytes() + b"\nCaf\xe9 term\n:   A definition.\n")
    line = glossary.read_bytes().count(b"\n") - 1
    with pytest.raises(Abort):
        build_site(project, project / "other-site")
    assert f"docs/glossary.md:{line}:4: not UTF-8 (byte 0xe9); save the page as UTF-8" in (
        caplog.text
    )
    assert "Traceback" not in caplog.text


def asset_urls(html: str) -> list[str]:
    """The stylesheets, scripts and icons a page loads."""
    links = re.findall(r'<link [^>]*href="([^"]+)"', html)
    return links + re.findall(r'<script [^>]*src="([^"]+)"', html)


def test_404_page_works_under_a_sub_path(bundled_site: Path, tmp_path: Path) -> None:
    html = (bundled_site / "404.html").read_text("utf-8")
    assert re.findall(r'(?:href|src)="/[^"]*"', html) == []
    shutil.copytree(bundled_site, tmp_path / "intranet" / "precedents")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    with ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        Thread(target=server.serve_forever, daemon=True).start()
        try:
            page = f"http://127.0.0.1:{server.server_port}/intranet/precedents/404.html"
            with urllib.request.urlopen(page) as response:
                urls = asset_urls(response.read().decode("utf-8"))
            assert any("main" in url and url.endswith(".css") for url in urls)
            for url in urls:
                with urllib.request.urlopen(urljoin(page, url)) as response:
                    assert response.status == 200, url
        finally:
            server.shutdown()


def test_a_swap_that_fails_puts_the_old_site_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("old site", "utf-8")
    staged = StagedSite.begin(site)
    (staged.temp / "index.html").write_text("new site", "utf-8")
    rename = Path.rename

    def fail_on_the_new_site(self: Path, target: Path) -> Path:
        if self == staged.temp:
            raise OSError(errno.EXDEV, "Invalid cross-device link", str(self))
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", fail_on_the_new_site)
    with pytest.raises(OutputError, match="the previous site is unchanged"):
        staged.publish()
    assert (site / "index.html").read_text("utf-8") == "old site"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
