"""The review workflow: imports are drafts; the queue; confirming; what drafts may not teach."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from precedent_bank.cli import cli
from precedent_bank.errors import PrecedentError, errors_in
from precedent_bank.importer.recogniser import training_letters
from precedent_bank.records.bank import Bank, load_bank
from precedent_bank.records.review import accept_all, confirm_text
from precedent_bank.site.builder import Site
from precedent_bank.site.library import load_clause_pages
from precedent_bank.site.pages import PrecedentPage
from precedent_bank.site.placeholders import placeholder
from tests.conftest import ROOT

LETTER = ROOT / "tests" / "letters" / "northwind-exhibit-5.txt"
UNSURE = "Ladies and Gentlemen:\n\nThe weather in the city was mild throughout the spring.\n"


def imported(in_tmp: Path) -> Path:
    """A draft imported from a letter with one clause the importer is unsure of."""
    (in_tmp / "incoming").mkdir()
    (in_tmp / "incoming" / "unsure.txt").write_text(
        LETTER.read_text("utf-8").replace("Ladies and Gentlemen:\n", UNSURE), "utf-8"
    )
    result = CliRunner().invoke(cli, ["import", "incoming", "--bank", str(ROOT / "precedents")])
    assert result.exit_code == 0, result.output
    [record] = (in_tmp / "precedents" / "imported").glob("*.yml")
    return record


def open_weather(output: str) -> tuple[int, str, str]:
    """The queue's question on the clause holding the weather: its number, type and why."""
    found = re.search(
        r"clause (\d+): ([a-z-]+) \(confidence 0\.\d+\) - (.*?): \"The weather", output
    )
    assert found, output
    return int(found.group(1)), found.group(2), found.group(3)


def test_an_import_is_a_draft_in_the_review_queue(in_tmp: Path) -> None:
    record = imported(in_tmp)
    assert "\nstatus: draft\n" in record.read_text("utf-8")
    result = CliRunner().invoke(cli, ["review"])
    assert result.exit_code == 1  # drafts are left
    assert f"{record.relative_to(in_tmp)}: Northwind Logistics" in result.output
    # the weather, typed with little confidence, and why in words
    number, ctype, why = open_weather(result.output)
    assert number >= 2
    assert ctype in ("heading", "engagement")
    assert why.startswith("the bank's clauses most like it disagree: ")
    assert "1 draft(s) to review" in result.output


def test_confirming_needs_open_questions_settled(in_tmp: Path) -> None:
    record = imported(in_tmp)
    before = record.read_text("utf-8")
    refused = CliRunner().invoke(cli, ["confirm", str(record)])
    assert refused.exit_code == 1
    assert "question(s) are open" in refused.output
    assert record.read_text("utf-8") == before
    accepted = CliRunner().invoke(cli, ["confirm", str(record), "--accept-all"])
    assert accepted.exit_code == 0, accepted.output
    # what was accepted unread is said, the least sure type named
    assert "accepted as they stand: 1 clause type(s), 0 fact(s) missing or doubtful" in (
        accepted.output
    )
    assert re.search(r"\n  - clause \d+: [a-z-]+ \(confidence 0\.\d+\)", accepted.output)
    after = record.read_text("utf-8")
    assert "\nstatus: confirmed\n" in after
    assert "review: true" not in after
    assert "\n  confidence:" not in after  # no clause's; the facts' evidence stays, as imported
    assert "\n      confidence:" in after
    assert CliRunner().invoke(cli, ["validate", str(record)]).exit_code == 0
    assert CliRunner().invoke(cli, ["review"]).exit_code == 0  # the queue is empty


def test_accepting_all_of_an_import_with_facts_missing_keeps_a_valid_record(in_tmp: Path) -> None:
    """The importer writes `lines:` straight after the lists of facts missing and doubtful:
    accepting them takes out the lists, and the keys after them stay."""
    (in_tmp / "incoming").mkdir()
    undated = LETTER.read_text("utf-8").replace("April 7, 2021\n", "").replace("(File No", "(No")
    (in_tmp / "incoming" / "undated.txt").write_text(undated, "utf-8")
    result = CliRunner().invoke(cli, ["import", "incoming", "--bank", str(ROOT / "precedents")])
    assert result.exit_code == 0, result.output
    [record] = (in_tmp / "precedents" / "imported").glob("*.yml")
    before = record.read_text("utf-8")
    assert "  missing:\n" in before
    assert "\n  lines:\n" in before
    accepted = CliRunner().invoke(cli, ["confirm", str(record), "--accept-all"])
    assert accepted.exit_code == 0, accepted.output
    after = record.read_text("utf-8")
    assert "missing:" not in after
    assert "\n  lines:\n" in after
    assert "\n  evidence:\n" in after
    assert CliRunner().invoke(cli, ["validate", str(record)]).exit_code == 0


@pytest.mark.parametrize("indent", ["", "  "])
@pytest.mark.parametrize("listed", ["missing", "doubtful"])
def test_accepting_all_takes_out_a_block_list_and_nothing_after_it(
    indent: str, listed: str
) -> None:
    text = (
        f"title: T\nstatus: draft\nimported:\n  file: a.txt\n  {listed}:\n"
        f"  {indent}- 'issuer: a'\n  {indent}- firm\n  lines:\n    date: 3\n"
    )
    assert (
        accept_all(text)
        == "title: T\nstatus: draft\nimported:\n  file: a.txt\n  lines:\n    date: 3\n"
    )
    assert accept_all(text.removesuffix("  lines:\n    date: 3\n").rstrip("\n")) == (
        "title: T\nstatus: draft\nimported:\n  file: a.txt\n"
    )


def test_confirming_one_clause_takes_out_its_two_lines_only() -> None:
    text = (
        "title: T\nstatus: draft\nclauses:\n- type: heading\n  text: a\n"
        "- type: consent\n  review: true\n  confidence: 0.41\n  doubt: two jobs\n"
        "  text: b  # kept\n"
    )
    assert confirm_text(text, [2]) == (
        "title: T\nstatus: draft\nclauses:\n- type: heading\n  text: a\n"
        "- type: consent\n  text: b  # kept\n"
    )
    assert confirm_text(text).startswith("title: T\nstatus: confirmed\n")
    with pytest.raises(PrecedentError, match="clause 1 has nothing to confirm"):
        confirm_text(text, [2, 1])  # clause 1 was never open: a mistyped number, nothing written
    for number in (0, 3):
        with pytest.raises(PrecedentError, match=r"there is no clause .: .* numbered 1 to 2"):
            confirm_text(text, [number])
    assert confirm_text("title: T\nclauses: []\n") == "status: confirmed\ntitle: T\nclauses: []\n"


def test_validate_fails_on_a_confirmed_record_with_anything_open(in_tmp: Path) -> None:
    record = imported(in_tmp)
    number, ctype, _ = open_weather(CliRunner().invoke(cli, ["review"]).output)
    text = record.read_text("utf-8").replace("\nstatus: draft\n", "\nstatus: confirmed\n")
    record.write_text(text, "utf-8")
    result = CliRunner().invoke(cli, ["validate", str(record)])
    assert result.exit_code == 1
    assert (
        f"clauses[{number - 1}].type: the record is confirmed but type '{ctype}' needs review"
        in result.output
    )
    # the command it gives settles that question on the confirmed record
    suggested = re.search(rf"`precedents (confirm [^`]*--clause {number})`", result.output)
    assert suggested, result.output
    settled = CliRunner().invoke(cli, shlex.split(suggested.group(1)))
    assert settled.exit_code == 0, settled.output
    assert "status: confirmed" in record.read_text("utf-8")
    again = CliRunner().invoke(cli, ["validate", str(record)])
    assert f"clauses[{number - 1}].type" not in again.output


def test_drafts_teach_nothing_and_are_no_examples(in_tmp: Path) -> None:
    record = imported(in_tmp)
    bank, _ = load_bank([in_tmp / "precedents"])
    [draft] = bank.records
    assert draft.precedent.draft
    assert bank.occurrences == {}  # the clause library shows no draft's clauses
    assert training_letters(bank.records) == []
    assert training_letters(bank.records, drafts=True)[0][0] == record.stem


def test_the_site_marks_drafts_and_lists_them_for_review(tmp_path: Path) -> None:
    golden = ROOT / "tests" / "golden" / "bank"
    for path in golden.glob("*.yml"):
        (tmp_path / path.name).write_text(path.read_text("utf-8"), "utf-8")
    draft = tmp_path / "alder-2021-notes.yml"
    draft.write_text(draft.read_text("utf-8").replace("title:", "status: draft\ntitle:", 1))
    bank, _ = load_bank([tmp_path])
    site = Site(bank, load_clause_pages(ROOT / "docs")[0])
    site.urls = {p.src_uri: p.src_uri.removesuffix(".md") + "/" for p in site.pages()}
    pages = {p.src_uri: p.content for p in site.pages()}
    assert '!!! note "Draft: not yet reviewed"' in pages["precedents/alder-2021-notes.md"]
    assert "Draft: not yet reviewed" not in pages["precedents/alder-2019-notes.md"]
    queue = pages["browse/review.md"]
    assert "1 imported record nobody has confirmed yet" in queue
    assert "Clauses are numbered from 1" in queue
    assert "Senior Notes due 2031](../precedents/alder-2021-notes.md)" in queue
    assert "](../precedents/alder-2021-notes.md)" in queue
    # Search's Review filter tells drafts from the rest, and the queue links to it.
    facts = placeholder("facts")
    draft_html, _ = site.finish_html("precedents/alder-2021-notes.md", "precedents/x/", facts)
    other_html, _ = site.finish_html("precedents/alder-2019-notes.md", "precedents/x/", facts)
    assert 'data-pagefind-filter="status:Draft"' in draft_html
    assert 'data-pagefind-filter="status:Confirmed"' in other_html
    assert "status:Draft" not in other_html
    finished = site.finish_page("browse/review.md", "browse/review/", queue)
    assert 'search/index/?status=Draft">Search within these' in finished
    table = site.finish_page("browse/index.md", "browse/", placeholder("table"))
    assert table.count('class="pb-draft-mark"') == 1
    index = pages["clauses/index.md"]
    assert " of 3 |" in index  # counts are out of the three reviewed records
    assert " of 4 |" not in index
    examples = site.finish_page("clauses/opinion-debt.md", "clauses/x/", placeholder("examples"))
    assert "alder-2021-notes" not in examples
    assert "alder-2019-notes" in examples
    # the home page's counts say how many are drafts, and its newest letters mark the draft
    home = site.overview(lambda uri: uri)
    assert "**4 precedents**](browse/index.md) ([1 of them draft](browse/review.md)" in home
    newest = home[home.index("### Newest") : home.index("### Clause library")]
    assert newest.count('class="pb-draft-mark"') == 1
    assert re.search(r"Senior Notes due 2031\]\([^)]*alder-2021-notes[^)]*\) <span", newest)


OPEN = (
    "  - type: opinion-debt\n    review: true\n    confidence: 0.4\n",
    "imported:\n  file: incoming/kestrel.txt\n  format: text\n  missing: [issuer]\n",
)
"""A clause left for review (the second: anchor clause-2) and a fact the importer missed."""


def test_a_drafts_open_questions_link_to_its_clauses(tmp_path: Path) -> None:
    """The draft's banner and the review queue say what is open, linking each clause."""
    for path in (ROOT / "tests" / "golden" / "bank").glob("*.yml"):
        (tmp_path / path.name).write_text(path.read_text("utf-8"), "utf-8")
    draft = tmp_path / "alder-2021-notes.yml"
    text = draft.read_text("utf-8").replace("title:", "status: draft\ntitle:", 1)
    draft.write_text(text.replace("  - type: opinion-debt\n", OPEN[0], 1) + OPEN[1], "utf-8")
    bank, problems = load_bank([tmp_path])
    assert not errors_in(problems)  # warnings only: the review flag's own
    site = Site(bank, load_clause_pages(ROOT / "docs")[0])
    pages = {p.src_uri: p.content for p in site.pages()}
    page = pages["precedents/alder-2021-notes.md"]
    banner = page[page.index("Draft: not yet reviewed") : page.index("pb:compare")]
    assert "opinion-debt (confidence 0.40)" in banner
    assert "](#clause-2)" in banner
    assert "not found in the letter: issuer" in banner
    assert "Open questions" not in pages["precedents/alder-2019-notes.md"]
    queue = pages["browse/review.md"]
    assert "](../precedents/alder-2021-notes.md#clause-2)" in queue
    assert "- not found in the letter: issuer" in queue  # a fact has no clause to link to


def draft_with_doubt(folder: Path, doubt: str) -> Bank:
    """The golden bank, its 2021 notes a draft whose debt opinion is fairly sure (0.8) but
    marked for review with `doubt` (a YAML scalar, as a record would write it)."""
    for path in (ROOT / "tests" / "golden" / "bank").glob("*.yml"):
        (folder / path.name).write_text(path.read_text("utf-8"), "utf-8")
    draft = folder / "alder-2021-notes.yml"
    doubted = f"  - type: opinion-debt\n    review: true\n    confidence: 0.8\n    doubt: {doubt}\n"
    text = draft.read_text("utf-8").replace("title:", "status: draft\ntitle:", 1)
    draft.write_text(text.replace("  - type: opinion-debt\n", doubted, 1), "utf-8")
    bank, problems = load_bank([folder])
    assert not errors_in(problems)
    return bank


def test_the_queue_numbers_a_clause_as_the_anchor_it_links_to(tmp_path: Path) -> None:
    """The queue's "clause N", `confirm --clause N` and the page's "#clause-N" name one clause:
    a reader counting from 1 must not check, or confirm, the clause before the one meant."""
    bank = draft_with_doubt(tmp_path, "'two jobs'")
    site = Site(bank, load_clause_pages(ROOT / "docs")[0])
    site.urls = {p.src_uri: p.src_uri.removesuffix(".md") + "/" for p in site.pages()}
    queue = {p.src_uri: p.content for p in site.pages()}["browse/review.md"]
    assert "- [clause 2: opinion-debt (confidence 0.80) - two jobs: " in queue
    assert "](../precedents/alder-2021-notes.md#clause-2)" in queue
    assert bank.by_id["alder-2021-notes"].precedent.clauses[1].type == "opinion-debt"
    record = tmp_path / "alder-2021-notes.yml"
    assert confirm(str(record), "--clause", "2")[0] == 0
    assert not load_bank([tmp_path])[0].by_id["alder-2021-notes"].precedent.clauses[1].review


def test_a_clause_marked_for_a_doubt_says_the_doubt_at_its_mark(tmp_path: Path) -> None:
    """A fairly sure clause is marked for review because of a doubt, not its confidence: the
    mark beside it says so, in the importer's words, rather than "unsure of this type"."""
    bank = draft_with_doubt(
        tmp_path, "'its words are little like any clause in the bank: a shape it has not seen'"
    )
    site = Site(bank, load_clause_pages(ROOT / "docs")[0])
    labels = site.clause_labels(bank.by_id["alder-2021-notes"].precedent, lambda uri: uri)
    marks = [label.review for label in labels if label.review]
    assert marks == [
        "The importer wants this type checked: its words are little like any clause in the "
        "bank: a shape it has not seen (confidence 0.80); nobody has confirmed it yet"
    ]


def test_a_hostile_doubt_stays_text_in_the_review_mark(tmp_path: Path) -> None:
    """A record's doubt is written by whoever wrote the record: in the mark's title it is text,
    never markup that closes the attribute."""
    bank = draft_with_doubt(tmp_path, "'\"><img src=x onerror=alert(1)>'")
    clause_pages, _ = load_clause_pages(ROOT / "docs")
    site = Site(bank, clause_pages)
    uris = [p.src_uri for p in site.pages()] + [f"clauses/{slug}.md" for slug in clause_pages]
    site.urls = {uri: uri.removesuffix(".md") + "/" for uri in [*uris, "index.md"]}
    page = site.page("precedents/alder-2021-notes.md")
    assert isinstance(page, PrecedentPage)
    letter = page.finish(placeholder("letter"), site.linker("precedents/alder-2021-notes/"))
    assert "<img" not in letter
    assert "checked: &quot;&gt;&lt;img src=x onerror=alert(1)&gt; (confidence" in letter


def test_the_clause_least_likely_right_is_asked_first(tmp_path: Path) -> None:
    """A clause's confidence is the importer's chance that its type is right: a clause marked
    for a doubt at 0.8 comes after one at 0.6, its doubt notwithstanding."""
    from precedent_bank.records.review import open_questions

    draft_with_doubt(tmp_path, "'long for one clause: it may do two jobs'")
    draft = tmp_path / "alder-2021-notes.yml"
    unsure = "  - type: limitation-reliance\n    review: true\n    confidence: 0.6\n"
    text = draft.read_text("utf-8").replace("  - type: limitation-reliance\n", unsure, 1)
    draft.write_text(text, "utf-8")
    bank, problems = load_bank([tmp_path])
    assert not errors_in(problems)
    questions = open_questions(bank.by_id["alder-2021-notes"])
    assert [q.text.split(" (")[0] for q in questions] == [
        "clause 3: limitation-reliance",
        "clause 2: opinion-debt",
    ]


DOUBTED = (
    "imported:\n  file: incoming/kestrel.txt\n  format: text\n  doubtful:\n"
    "    - \"firm: 'Alder & Birch LLP' (confidence 0.55: only in the signature <b>block</b>)\"\n"
    "    - \"laws: 'New York' (confidence 0.50: one mention)\"\n"
    '    - "laws: read from the signature"\n'
    "    - 'a line that names no fact'\n"
)
"""A draft's doubted facts as the importer lists them, one with markup in its reason."""


def test_a_doubted_fact_is_marked_where_the_fact_is_shown(tmp_path: Path) -> None:
    """On a draft, each doubted fact's own line carries the review mark, with the importer's
    reasons (escaped) and a link to the open questions; facts not doubted carry none. (A
    confirmed record lists no doubts: `validate` refuses one that does.)"""
    for path in (ROOT / "tests" / "golden" / "bank").glob("*.yml"):
        (tmp_path / path.name).write_text(path.read_text("utf-8"), "utf-8")
    draft = tmp_path / "alder-2021-notes.yml"
    text = draft.read_text("utf-8").replace("title:", "status: draft\ntitle:", 1)
    draft.write_text(text + DOUBTED, "utf-8")
    bank, problems = load_bank([tmp_path])
    assert not errors_in(problems)
    site = Site(bank, load_clause_pages(ROOT / "docs")[0])
    site.urls = {p.src_uri: p.src_uri.removesuffix(".md") + "/" for p in site.pages()}
    facts = placeholder("facts")
    html, _ = site.finish_html("precedents/alder-2021-notes.md", "precedents/x/", facts)
    rows = dict(re.findall(r"<dt>([^<]+)</dt><dd>(.*?)</dd>", html, re.S))
    marked = {name for name, row in rows.items() if "pb-review-mark" in row}
    assert marked == {"Firm", "Laws covered"}
    assert (
        '<a class="pb-review-mark pb-fact-doubt" href="#pb-open-questions" title="firm: '
        "&#39;Alder &amp; Birch LLP&#39; (confidence 0.55: only in the signature &lt;b&gt;block"
        '&lt;/b&gt;)">doubtful</a>'
    ) in rows["Firm"]
    assert "one mention)\nlaws: read from the signature" in rows["Laws covered"]  # a line each
    page = {p.src_uri: p.content for p in site.pages()}["precedents/alder-2021-notes.md"]
    assert "{ #pb-open-questions }" in page  # the mark's link target, on the questions' lead-in


def confirm(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["confirm", *args])
    return result.exit_code, result.output


def test_a_clause_named_twice_is_confirmed_once(tmp_path: Path) -> None:
    draft_with_doubt(tmp_path, "'two jobs'")
    record = tmp_path / "alder-2021-notes.yml"
    code, output = confirm(str(record), "--clause", "2", "--clause", "2")
    assert code == 0, output
    assert "review: true" not in record.read_text("utf-8")
    assert load_bank([tmp_path])[0].by_id["alder-2021-notes"].precedent.clauses[1].text == (
        "The Notes are valid and binding obligations of the Company.\n"
    )


def test_a_review_line_opening_its_clause_keeps_the_clause_whole(tmp_path: Path) -> None:
    """A reviewer may have moved `review: true` to the head of the clause ("- review: true"):
    taking it out must leave the "- " for the clause's next key."""
    draft_with_doubt(tmp_path, "'two jobs'")
    record = tmp_path / "alder-2021-notes.yml"
    text = record.read_text("utf-8").replace(
        "  - type: opinion-debt\n    review: true\n", "  - review: true\n    type: opinion-debt\n"
    )
    record.write_text(text, "utf-8")
    code, output = confirm(str(record), "--clause", "2")
    assert code == 0, output
    assert "  - type: opinion-debt\n    confidence" not in record.read_text("utf-8")
    assert "  - type: opinion-debt\n    text: |\n" in record.read_text("utf-8")


def test_confirming_keeps_a_records_line_ends(tmp_path: Path) -> None:
    draft_with_doubt(tmp_path, "'two jobs'")
    record = tmp_path / "alder-2021-notes.yml"
    record.write_bytes(record.read_bytes().replace(b"\n", b"\r\n"))
    assert confirm(str(record), "--clause", "2")[0] == 0
    assert confirm(str(record))[0] == 0
    after = record.read_bytes()
    assert b"status: confirmed\r\n" in after
    assert b"review: true" not in after
    assert after.count(b"\n") == after.count(b"\r\n")


def test_confirming_keeps_a_byte_order_mark_and_adds_the_status_in_the_files_line_ends(
    tmp_path: Path,
) -> None:
    """A record saved with a BOM (its parser's positions count from after it), and a CRLF one
    with no status line: the new line ends as the others do."""
    draft_with_doubt(tmp_path, "'two jobs'")
    record = tmp_path / "alder-2021-notes.yml"
    text = record.read_text("utf-8").replace("status: draft\n", "")
    record.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    assert confirm(str(record), "--accept-all")[0] == 0
    after = record.read_bytes()
    assert after.startswith(b"\xef\xbb\xbfstatus: confirmed\r\ntitle:")
    assert after.count(b"\n") == after.count(b"\r\n")
    assert b"review: true" not in after
    assert CliRunner().invoke(cli, ["validate", str(record)]).exit_code == 0


def test_confirming_refuses_to_make_a_record_too_big_to_read(tmp_path: Path) -> None:
    """A draft just under 1 MB would pass it with "confirmed" for "draft"."""
    draft_with_doubt(tmp_path, "'two jobs'")
    record = tmp_path / "alder-2021-notes.yml"
    text = record.read_text("utf-8").replace(
        "    review: true\n    confidence: 0.8\n    doubt: 'two jobs'\n", ""
    )
    record.write_text(text + "#" * (1_000_000 - len(text.encode()) - 2) + "\n", "utf-8")
    assert len(record.read_bytes()) == 999_999
    before = record.read_bytes()
    code, output = confirm(str(record))
    assert code == 1
    assert "would be 1,000,003 bytes, over the 1,000,000 a record may hold" in output
    assert record.read_bytes() == before


@pytest.mark.parametrize("line_end", ["\r", "\u2028"])
def test_a_review_line_ended_oddly_costs_no_other_field(tmp_path: Path, line_end: str) -> None:
    """YAML ends a line at a lone CR or a line separator too; the edit, made by whole lines,
    would take the clause's next field with it: it is refused, and nothing is written."""
    draft_with_doubt(tmp_path, "'two jobs'")
    record = tmp_path / "alder-2021-notes.yml"
    text = record.read_text("utf-8").replace(
        "    confidence: 0.8\n",
        f"    confidence: 0.8{line_end}    note: Checked with the partner.\n",
    )
    record.write_bytes(text.encode())
    assert load_bank([tmp_path])[0].by_id["alder-2021-notes"].precedent.clauses[1].note
    code, output = confirm(str(record), "--clause", "2")
    assert code == 1
    assert "so it is unchanged" in output
    assert record.read_bytes() == text.encode()


def test_a_clause_and_accept_all_together_are_refused(tmp_path: Path) -> None:
    draft_with_doubt(tmp_path, "'two jobs'")
    record = tmp_path / "alder-2021-notes.yml"
    before = record.read_text("utf-8")
    code, output = confirm(str(record), "--clause", "2", "--accept-all")
    assert code == 1
    assert "give it alone, or --clause and --fact alone" in output
    assert record.read_text("utf-8") == before


def test_an_edit_that_would_harm_the_record_is_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever the editing of the YAML text gets wrong, the file is not written unless it is
    still a valid record with the same clauses."""
    import precedent_bank.reviewing

    draft_with_doubt(tmp_path, "'two jobs'")
    record = tmp_path / "alder-2021-notes.yml"
    before = record.read_text("utf-8")
    for harm in ("  text: |\n", "The Notes are valid"):
        cut = before.replace(harm, "", 1)  # a broken record, then a clause's words lost
        monkeypatch.setattr(precedent_bank.reviewing, "confirm_text", lambda *_, cut=cut: cut)
        code, output = confirm(str(record), "--clause", "2")
        assert code == 1
        assert "so it is unchanged" in output
        assert record.read_text("utf-8") == before


def test_a_cut_that_changes_the_letter_fails_validation_and_confirm(in_tmp: Path) -> None:
    """A reviewer cutting a clause in two with `text: |` turns the space between the sentences
    into a line break (here: a space typed twice): the record still loads, but its letter is no
    longer the one imported.
    `validate` names the digest's line, and `confirm` writes nothing; a cut that keeps every
    character passes."""
    record = imported(in_tmp)
    text = record.read_text("utf-8")
    assert re.search(r"\n  text_sha256: [0-9a-f]{64}\n", text)
    sentence = "We have examined the Registration Statement, "
    assert sentence in text
    slipped = text.replace(sentence, "We have examined the Registration Statement,  ", 1)
    record.write_text(slipped, "utf-8")
    result = CliRunner().invoke(cli, ["validate", str(record)])
    assert result.exit_code == 1
    line = slipped[: slipped.index("text_sha256:")].count("\n") + 1
    assert f"{record.relative_to(in_tmp)}:{line}:16: imported.text_sha256: the clauses no " in (
        result.output
    )
    assert "imported from unsure.txt: a character was added, lost or changed" in result.output
    assert CliRunner().invoke(cli, ["confirm", str(record), "--accept-all"]).exit_code == 1
    assert record.read_text("utf-8") == slipped
    record.write_text(text, "utf-8")  # as imported: it passes again
    assert CliRunner().invoke(cli, ["validate", str(record)]).exit_code == 0


def test_a_clause_whose_ending_changed_is_named_at_its_own_line(in_tmp: Path) -> None:
    """A reviewer retyping a clause as a block (`text: |`) turns the space that ended it into a
    line break: `validate` names that clause's line and says what changed, not only the
    digest's line."""
    record = imported(in_tmp)
    text = record.read_text("utf-8")
    quoted = re.search(r"\n  text: '(We have examined the Registration Statement,[^']*) '\n", text)
    assert quoted
    block = f"\n  text: |\n    {quoted.group(1)}\n"
    slipped = text.replace(quoted.group(), block, 1)
    record.write_text(slipped, "utf-8")
    result = CliRunner().invoke(cli, ["validate", str(record)])
    assert result.exit_code == 1
    line = slipped[: slipped.index(block)].count("\n") + 2  # the "text: |" line
    assert f"{record.relative_to(in_tmp)}:{line}:" in result.output
    assert "this clause ends with a line break where the letter imported from unsure.txt has a" in (
        " ".join(result.output.split())
    )
    assert "imported.text_sha256" not in result.output


def test_review_outside_a_bank_is_an_error_and_a_broken_record_is_said(in_tmp: Path) -> None:
    """With no ./precedents there is nothing to say "0 drafts" about; a record that does not
    load is in no queue, so the queue says so rather than leave it unseen."""
    nowhere = CliRunner().invoke(cli, ["review"])
    assert nowhere.exit_code == 2
    assert "no ./precedents folder here" in nowhere.output
    record = imported(in_tmp)
    record.write_text(record.read_text("utf-8").replace("title:", "titel:", 1), "utf-8")
    result = CliRunner().invoke(cli, ["review"])
    assert result.exit_code == 1
    assert "titel: unknown field" in result.output
    assert "0 draft(s) to review" in result.output
    assert "1 record(s) with errors, not in the queue until they are mended" in result.output


@pytest.mark.parametrize("indent", ["", "  "])
def test_settling_facts_takes_out_their_items_and_an_emptied_list(indent: str) -> None:
    """A fact corrected by the reviewer (or checked as it is) leaves the lists of open facts:
    its items go, a list left empty goes, and everything else stays."""
    from precedent_bank.records.review import settle_facts

    text = (
        f"title: T\nstatus: draft\nimported:\n  file: a.txt\n  missing:\n  {indent}- firm\n"
        f"  doubtful:\n  {indent}- \"laws: 'New York' (confidence 0.50: one mention)\"\n"
        f"  {indent}- 'issuer: ''Acme'' (confidence 0.55:\n  {indent}  the letter also names X)'\n"
        f'  {indent}- "laws: read from the signature"\n  lines:\n    date: 3\n'
    )
    assert settle_facts(text, ["laws", "firm"]) == (
        f"title: T\nstatus: draft\nimported:\n  file: a.txt\n"
        f"  doubtful:\n  {indent}- 'issuer: ''Acme'' (confidence 0.55:\n"
        f"  {indent}  the letter also names X)'\n  lines:\n    date: 3\n"
    )
    assert settle_facts(text, ["issuer"]).count("issuer") == 0
    with pytest.raises(PrecedentError, match="nothing is open on the fact\\(s\\) date"):
        settle_facts(text, ["laws", "date"])
    with pytest.raises(PrecedentError, match="no fact is called 'isuer'; did you mean 'issuer'"):
        settle_facts(text, ["isuer"])
    with pytest.raises(PrecedentError, match="not written one item a line"):
        settle_facts("title: T\nimported:\n  doubtful: ['issuer: x', 'firm: y']\n", ["issuer"])


def test_a_corrected_fact_is_settled_with_one_command(tmp_path: Path) -> None:
    """The reviewer corrects the firm; `confirm --fact firm` takes its doubt out of the open
    questions, and the record can then be confirmed once the rest is settled."""
    for path in (ROOT / "tests" / "golden" / "bank").glob("*.yml"):
        (tmp_path / path.name).write_text(path.read_text("utf-8"), "utf-8")
    draft = tmp_path / "alder-2021-notes.yml"
    text = draft.read_text("utf-8").replace("title:", "status: draft\ntitle:", 1)
    draft.write_text(text + DOUBTED.replace("    - 'a line that names no fact'\n", ""), "utf-8")
    code, output = confirm(str(draft))
    assert code == 1
    assert "facts (corrected or checked) with --fact NAME" in output
    code, output = confirm(str(draft), "--fact", "firm")
    assert code == 0, output
    assert "confirmed fact(s) firm of" in output
    assert "firm: 'Alder" not in draft.read_text("utf-8")
    assert "laws: 'New York'" in draft.read_text("utf-8")
    assert confirm(str(draft), "--fact", "laws", "--clause", "1")[0] == 1  # clause 1: nothing open
    assert "laws: 'New York'" in draft.read_text("utf-8")  # nothing written
    assert confirm(str(draft), "--fact", "laws")[0] == 0
    assert confirm(str(draft))[0] == 0
    assert "status: confirmed" in draft.read_text("utf-8")
    assert CliRunner().invoke(cli, ["validate", str(draft)]).exit_code == 0


@pytest.mark.parametrize(
    ("written", "corrected"),
    [
        ("Kestrel - 4.00% Senior Notes due 2031", "Kestrel Mills Inc."),
        ("'Kestrel - x: y'", "Kestrel Mills Inc."),
        # a name past U+FFFF and a quote, written back as YAML escapes them
        ("Kestrel - 4.00% Senior Notes due 2031", '"Kestrel \U0001f3ed Mills \\" Inc."'),
    ],
)
def test_confirming_a_corrected_issuer_makes_the_title_again(
    tmp_path: Path, written: str, corrected: str
) -> None:
    """The importer read the issuer as "Kestrel" and titled the draft from it; the reviewer
    corrects the issuer, and confirming it makes the title again from the corrected name."""
    draft = tmp_path / "kestrel.yml"
    text = (ROOT / "tests" / "golden" / "bank" / "alder-2021-notes.yml").read_text("utf-8")
    text = text.replace("Kestrel Mills Inc. - 4.00% Senior Notes due 2031", written, 1)
    issuer = f"status: draft\nissuer:\n  name: {corrected}\n"
    text = text.replace("document:", issuer + "document:")
    draft.write_text(
        text + "imported:\n  file: kestrel.txt\n  format: text\n  doubtful:\n"
        "    - \"issuer: 'Kestrel' (confidence 0.40: a short name)\"\n",
        "utf-8",
    )
    code, output = confirm(str(draft), "--fact", "issuer")
    assert code == 0, output
    name = yaml.safe_load(corrected)
    title = name + written.strip("'").removeprefix("Kestrel")
    assert f"title made again from the corrected issuer: {title}" in output
    record = load_bank([tmp_path])[0].by_id["kestrel"].precedent
    assert record.title == title
    assert (
        record.clauses
        == load_bank([ROOT / "tests" / "golden" / "bank"])[0]
        .by_id["alder-2021-notes"]
        .precedent.clauses
    )
    # a title the reviewer wrote is theirs: confirming leaves it
    assert confirm(str(draft))[0] == 0
    assert load_bank([tmp_path])[0].by_id["kestrel"].precedent.title == title


def test_a_clause_on_one_line_is_refused_without_a_false_syntax_error(tmp_path: Path) -> None:
    """Confirm edits the YAML by lines; a clause written in flow style is left for the reviewer,
    and no "syntax error" is reported at a line of the file that is sound."""
    record = tmp_path / "flow-2021.yml"
    text = (
        "title: Flow\nstatus: draft\ndocument: legality-opinion\ndate: 2021-01-02\nfirm: F\n"
        "clauses:\n"
        '  - {type: heading, text: "Exhibit 5.1\\n", review: true, confidence: 0.5, doubt: x}\n'
        "  - type: engagement\n    text: |\n      We have acted.\n"
    )
    record.write_text(text, "utf-8")
    code, output = confirm(str(record), "--clause", "1")
    assert code == 1
    assert "syntax error" not in output
    assert "written on one line" in output
    assert record.read_text("utf-8") == text


def test_a_slipped_ending_is_looked_for_only_within_a_bound() -> None:
    """Finding the clause whose ending changed hashes the rest of the letter for each clause:
    past a bound of clauses times characters (a hostile record of thousands of long clauses)
    it is not looked for, and the digest's own line is named instead."""
    from precedent_bank.records.letter import text_digest
    from precedent_bank.records.loader import find_slipped_end

    small = ["First sentence. ", "Second sentence.\n", "Third.\n"]
    digest = text_digest("First sentence. Second sentence. Third.\n")
    assert find_slipped_end(small, digest) == (1, "\n", " ")
    big = [f"Clause {i} {'x' * 290}. " for i in range(300)]  # 300 times 90,000 characters
    slipped = [*big[:-1], big[-1].rstrip()]
    assert find_slipped_end(slipped, text_digest("".join(big))) is None
    assert find_slipped_end([*big[:4], big[4].rstrip()], text_digest("".join(big[:5]))) == (
        4,
        "",
        " ",
    )
