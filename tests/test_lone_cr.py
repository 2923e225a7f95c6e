"""A lone carriage return goes from the file to the record to the page, kept as written."""

from __future__ import annotations

import html
import re
from pathlib import Path

from click.testing import CliRunner

from precedent_bank.cli import cli
from precedent_bank.records.bank import load_bank
from precedent_bank.records.yamlio import dump_yaml, load_plain
from tests.conftest import ROOT
from tests.sitetools import build_site, copy_project

LETTER = (
    "Exhibit 5.1\n\nLadies and Gentlemen:\n\nWe have acted as counsel to Acme Widgets, Inc.\r"
    "a Delaware corporation.\n\nThe Shares are validly issued, fully paid and non-assessable.\n\n"
    "Very truly yours,\n\n/s/ Example & Example LLP\n"
)


def test_yaml_keeps_a_lone_cr_in_any_text() -> None:
    for text in ("a\rb", "a\rb\nc\n", "line\n\r\n"):
        written = dump_yaml({"text": text})
        assert load_plain(written) == {"text": text}
        assert "\r" not in written  # escaped, so no editor or git can turn it into "\n"


def test_a_lone_cr_is_imported_and_shown_as_a_break_that_copies_back(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    source = tmp_path / "letter.txt"
    source.write_bytes(LETTER.encode())
    out = project / "precedents" / "imported"
    args = ["import", str(source), "--out", str(out), "--bank", str(ROOT / "precedents")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    bank, _ = load_bank([project / "precedents"])
    [record] = [r for r in bank.records if r.id.endswith("acme-widgets-legality")]
    assert record.precedent.text == LETTER
    page = build_site(project, tmp_path / "site") / "precedents" / record.id / "index.html"
    markup = page.read_text("utf-8")
    assert "\r" not in markup  # a browser would read a raw CR as "\n"
    assert 'Inc.<span class="pb-cr">&#13;</span>a Delaware' in markup
    texts = re.findall(r'<span class="pb-(?:text|gap)"[^>]*>(.*?)</span>(?=</span>|<span)', markup)
    copied = html.unescape(re.sub(r"<[^>]+>", "", "".join(texts)))
    assert "Inc.\ra Delaware" in copied
