# ruff: noqa: F811  (the browser fixtures are imported from test_browser and named as arguments)
"""The training drills in headless Chromium: each kind through a right and a wrong answer,
progress that survives a reload and resets, drills reproducible by number, the answer key, and
all of it under a Content-Security-Policy that allows only the site's own scripts."""

from __future__ import annotations

import http.server
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from precedent_bank.records.bank import Bank
from precedent_bank.site.training import drill_tables, inject, letter_kind
from precedent_bank.taxonomy import load_taxonomy
from tests.conftest import ROOT
from tests.sitetools import build_site, static_server
from tests.test_browser import browser, page, server  # noqa: F401  (fixtures)

NAMES = {slug: t.name for slug, t in load_taxonomy().types.items()}
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"
)


def _open(page: object, server: str, kind: str, n: int) -> str:
    """Open drill n of a kind; the id of the letter it drew."""
    page.goto(f"{server}training/{kind}/?n={n}")  # type: ignore[attr-defined]
    drill = page.locator(f'[data-pb-drill="{kind}"][data-pb-number="{n}"]')  # type: ignore[attr-defined]
    drill.wait_for()
    page.wait_for_selector(".pb-check")  # type: ignore[attr-defined]
    return str(drill.get_attribute("data-pb-record"))


def _shown(page: object) -> list[int]:
    """The clause positions the drill's letter shows, in order, once each."""
    found = page.eval_on_selector_all(  # type: ignore[attr-defined]
        ".pb-drill-clause", "els => els.map(e => Number(e.dataset.clause))"
    )
    return list(dict.fromkeys(found))


def _score(page: object) -> str:
    return str(page.locator(".pb-score").inner_text())  # type: ignore[attr-defined]


def test_label_the_clauses_right_and_wrong(page: object, server: str, bundled_bank: Bank) -> None:
    for n, wrong in ((1, False), (2, True)):
        clauses = bundled_bank.by_id[_open(page, server, "label", n)].precedent.clauses
        pickers = page.locator("select.pb-pick")  # type: ignore[attr-defined]
        assert pickers.count() == len(clauses)
        for i, clause in enumerate(clauses):
            answer = clause.type
            if wrong and i == 0:
                answer = "signature" if clause.type != "signature" else "heading"
            pickers.nth(i).select_option(answer)
        page.click(".pb-check")  # type: ignore[attr-defined]
        right = len(clauses) - (1 if wrong else 0)
        assert _score(page) == f"Score: {right} of {len(clauses)} clauses right."
        if wrong:
            mark = page.locator(".pb-verdict.pb-wrong")  # type: ignore[attr-defined]
            assert mark.count() == 1
            assert mark.inner_text() == f"✗ Right type: {NAMES[clauses[0].type]}"
            href = mark.locator("a").get_attribute("href")
            assert href.endswith(f"clauses/{clauses[0].type}/")


def test_progress_by_family_survives_a_reload_and_resets(
    page: object, server: str, bundled_bank: Bank
) -> None:
    clauses = bundled_bank.by_id[_open(page, server, "label", 3)].precedent.clauses
    page.click(".pb-check")  # type: ignore[attr-defined]  # nothing picked: every clause wrong
    opinions = sum(1 for c in clauses if load_taxonomy().types[c.type].family == "opinion")
    assert opinions
    page.goto(server + "training/")  # type: ignore[attr-defined]
    row = page.locator('tr[data-family="opinion"]')  # type: ignore[attr-defined]
    assert row.locator("td").nth(2).inner_text() == str(opinions)
    page.reload()  # type: ignore[attr-defined]
    assert row.locator("td").nth(1).inner_text() == "0"
    assert row.locator("td").nth(2).inner_text() == str(opinions)
    assert "1 done" in page.locator(".pb-drill-list").inner_text()  # type: ignore[attr-defined]
    page.goto(server + "training/label/?n=3")  # type: ignore[attr-defined]
    assert "Done before: 0 of" in page.locator(".pb-done").inner_text()  # type: ignore[attr-defined]
    page.goto(server + "training/")  # type: ignore[attr-defined]
    page.click(".pb-reset")  # type: ignore[attr-defined]
    assert row.locator("td").nth(2).inner_text() == "0"
    page.reload()  # type: ignore[attr-defined]
    assert row.locator("td").nth(2).inner_text() == "0"


def test_what_is_missing_right_and_wrong(page: object, server: str, bundled_bank: Bank) -> None:
    for n, right in ((1, True), (2, False)):
        clauses = bundled_bank.by_id[_open(page, server, "missing", n)].precedent.clauses
        gone = sorted(set(range(len(clauses))) - set(_shown(page)))
        assert len(gone) == 1
        want = clauses[gone[0]].type
        pick = want if right else ("signature" if want != "signature" else "consent")
        page.select_option(".pb-question select", pick)  # type: ignore[attr-defined]
        page.click(".pb-check")  # type: ignore[attr-defined]
        assert _score(page) == f"Score: {1 if right else 0} of 1."
        feedback = page.locator(".pb-feedback").inner_text()  # type: ignore[attr-defined]
        assert NAMES[want] in feedback
        assert "Why it matters:" in feedback
        removed = page.locator(".pb-removed").inner_text()  # type: ignore[attr-defined]
        assert clauses[gone[0]].text.split()[0] in removed


def test_which_kind_of_letter_right_and_wrong(
    page: object, server: str, bundled_bank: Bank
) -> None:
    statements = {s.text: s for s in drill_tables().statements}
    for n, right in ((1, True), (2, False)):
        p = bundled_bank.by_id[_open(page, server, "kind", n)].precedent
        kind = letter_kind(p)
        assert kind is not None
        statement = statements[page.locator(".pb-statement").inner_text()]  # type: ignore[attr-defined]
        acceptable = statement.acceptable[kind][0]
        choice = kind if right else next(k for k in ("shelf", "takedown", "closing") if k != kind)
        page.check(f'input[name="pb-kind"][value="{choice}"]')  # type: ignore[attr-defined]
        yes = "yes" if acceptable == right else "no"
        page.check(f'input[name="pb-acceptable"][value="{yes}"]')  # type: ignore[attr-defined]
        page.click(".pb-check")  # type: ignore[attr-defined]
        assert _score(page) == f"Score: {2 if right else 0} of 2."
        feedback = page.locator(".pb-feedback").inner_text()  # type: ignore[attr-defined]
        assert statement.acceptable[kind][1] in feedback


def _defective(page: object, bundled_bank: Bank, record_id: str) -> int:
    """The clause the drill changed: a new one, or one whose words are not the record's."""
    clauses = bundled_bank.by_id[record_id].precedent.clauses
    texts = page.eval_on_selector_all(  # type: ignore[attr-defined]
        ".pb-drill-clause",
        "els => els.map(e => [Number(e.dataset.clause), e.lastChild.textContent])",
    )
    joined: dict[int, str] = {}
    for index, text in texts:
        joined[index] = joined.get(index, "") + text
    changed = [
        i
        for i, text in joined.items()
        if i >= len(clauses) or "".join(text.split()) != "".join(clauses[i].text.split())
    ]
    assert len(changed) == 1, changed
    return changed[0]


def test_spot_the_defect_right_and_wrong(page: object, server: str, bundled_bank: Bank) -> None:
    titles = {d.title: d for d in drill_tables().defects}
    for n, right in ((1, True), (2, False)):
        record_id = _open(page, server, "defect", n)
        bad = _defective(page, bundled_bank, record_id)
        point = bad if right else next(i for i in _shown(page) if i != bad)
        page.check(f'input[name="pb-defect"][value="{point}"]')  # type: ignore[attr-defined]
        page.click(".pb-check")  # type: ignore[attr-defined]
        assert _score(page) == f"Score: {1 if right else 0} of 1."
        title = page.locator(".pb-feedback strong").inner_text()  # type: ignore[attr-defined]
        defect = titles[title]
        sources = page.locator(".pb-sources")  # type: ignore[attr-defined]
        assert defect.rule in sources.inner_text()
        assert sources.locator("a").first.get_attribute("href") == defect.sources[0].url
        marked = page.locator(".pb-defective")  # type: ignore[attr-defined]
        assert marked.first.get_attribute("data-clause") == str(bad)
        # drills.js puts the defect in as training.inject does (which tests check on the register)
        broken, at = inject(bundled_bank.by_id[record_id].precedent, defect)
        shown = "".join(marked.nth(i).inner_text() for i in range(marked.count()))
        expected = "".join(broken.clauses[at].text.split())
        assert "".join(shown.replace("here?", "").split()) == expected


def test_a_drill_number_is_always_the_same_drill_and_the_key_agrees(
    page: object, server: str
) -> None:
    first = _open(page, server, "defect", 12)
    text = page.locator(".pb-drill-letter").inner_text()  # type: ignore[attr-defined]
    # The number box must look like one (Material strips fields' borders): a bare "12".
    border = "getComputedStyle(document.querySelector('.pb-drill-go input')).borderTopStyle"
    assert page.evaluate(border) == "solid"  # type: ignore[attr-defined]
    page.goto(server)  # type: ignore[attr-defined]
    assert _open(page, server, "defect", 12) == first
    assert page.locator(".pb-drill-letter").inner_text() == text  # type: ignore[attr-defined]
    page.goto(server + "training/answers/")  # type: ignore[attr-defined]
    page.select_option(".pb-answers-form select", "defect")  # type: ignore[attr-defined]
    page.fill(".pb-answers-form input", "10")  # type: ignore[attr-defined]
    page.click(".pb-answers-form button")  # type: ignore[attr-defined]
    row = page.locator('tr[data-drill="defect-12"]')  # type: ignore[attr-defined]
    row.wait_for()
    key = row.inner_text()
    page.goto(f"{server}training/defect/?n=12")  # type: ignore[attr-defined]
    page.wait_for_selector(".pb-check")  # type: ignore[attr-defined]
    assert page.locator(".pb-drill-letter").inner_text() == text  # type: ignore[attr-defined]
    page.check('input[name="pb-defect"]')  # type: ignore[attr-defined]
    page.click(".pb-check")  # type: ignore[attr-defined]
    assert page.locator(".pb-feedback strong").inner_text() in key  # type: ignore[attr-defined]


class _CSPHandler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", CSP)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def csp_server(bundled_site: Path) -> Iterator[str]:
    with static_server(bundled_site, _CSPHandler) as url:
        yield url


def test_drills_and_drafting_run_under_a_strict_content_security_policy(
    browser: object, csp_server: str
) -> None:
    context = browser.new_context()  # type: ignore[attr-defined]
    page = context.new_page()
    page.add_init_script(
        "window.__violations = [];"
        "document.addEventListener('securitypolicyviolation', e =>"
        " window.__violations.push([e.blockedURI, e.sourceFile, e.violatedDirective]));"
    )
    ours = re.compile(r"javascripts/(drills|drafting)\.js|training/data/")
    for path in ("training/label/?n=1", "training/", "training/answers/"):
        page.goto(csp_server + path)
        page.wait_for_selector("[data-pb-training] > *")
        violations = page.evaluate("window.__violations")
        assert not [v for v in violations if v[0] == "eval" or ours.search(" ".join(v))]
    assert page.locator("tr[data-drill]").count() == 10
    page.goto(csp_server + "precedents/hartford-2004-senior-notes/")
    assert page.locator("[data-pb-docx]").count() == 2
    context.close()


def test_drills_and_word_files_work_in_the_offline_copy(
    browser: object, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The `make offline` site, opened as files: a drill loads its data by script tags (a page
    from the file system may not fetch), keeps progress, and a letter downloads as Word."""
    site = build_site(ROOT, tmp_path_factory.mktemp("offline"), "mkdocs-offline.yml")
    context = browser.new_context(accept_downloads=True)  # type: ignore[attr-defined]
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((site / "training" / "missing.html").as_uri() + "?n=2")
    page.wait_for_selector(".pb-check")
    page.select_option(".pb-question select", "signature")
    page.click(".pb-check")
    assert page.locator(".pb-score").inner_text().startswith("Score: ")
    explanation = page.locator(".pb-feedback a").first.get_attribute("href")
    assert explanation.endswith(".html")  # the offline copy's own page names
    page.goto((site / "training" / "index.html").as_uri())
    assert "1 done" in page.locator(".pb-drill-list").inner_text()
    page.goto((site / "precedents" / "hartford-2004-senior-notes.html").as_uri())
    with page.expect_download() as info:
        page.click('[data-pb-docx="plain"]')
    assert info.value.suggested_filename == "hartford-2004-senior-notes-plain.docx"
    context.close()
    assert [u for u in requests if not u.startswith(("file:", "data:", "blob:"))] == []
