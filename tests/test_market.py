"""The market library: grouping by wording (deal specifics aside, every other word kept),
word redlines, element tallies, figures and charts."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from precedent_bank.market import analyse
from precedent_bank.market.charts import bar_chart
from precedent_bank.market.elements import element_lists, present
from precedent_bank.market.redline import changed, redline, tokenize
from precedent_bank.market.specifics import set_aside
from precedent_bank.market.standards import load_standards
from precedent_bank.market.stats import Figure, Row, by_dimension, group_keys, period
from precedent_bank.market.variants import MARKET_MINIMUM, wording
from precedent_bank.market.variants import key as group_key
from precedent_bank.records.bank import Bank, load_bank

RECORD = """\
title: {issuer} - shares
document: legality-opinion
date: {date}
firm: {firm}
issuer:
  name: {issuer}
securities:
  - type: {security}
    amount: "{amount}"
clauses:
  - type: engagement
    text: "We have acted as counsel to {issuer} (the \\"{term}\\") in connection with {amount}."
  - type: opinion-equity
    text: "{opinion}"
"""

OPINION = (
    "(1) The {term} shares, when issued on {when}, will be validly issued, fully paid and "
    "non-assessable, and the aggregate price {verb} {amount}."
)


def key(text: str) -> tuple[str, ...]:
    return tuple(t.key for t in wording(text))


def make_bank(tmp_path: Path, opinions: list[tuple[str, dict[str, str]]]) -> Bank:
    folder = tmp_path / "precedents"
    folder.mkdir(exist_ok=True)
    for i, (verb, extra) in enumerate(opinions):
        values = {
            "issuer": f"Issuer {chr(65 + i)} Corp.",
            "firm": f"Firm {i % 3} LLP",
            "date": f"20{10 + i}-03-0{1 + i % 9}",
            "term": ["Company", "Corporation", "Issuer"][i % 3],
            "amount": f"${i + 1},000,000",
            "security": "equity",
            "when": f"March {i + 1}, 20{10 + i}",
        } | extra
        opinion = OPINION.format(verb=verb, **values).replace("(1)", f"({'abc'[i % 3]})")
        text = RECORD.format(opinion=opinion, **values)
        (folder / f"letter-{i}.yml").write_text(text, "utf-8")
    bank, problems = load_bank([folder])
    assert [p for p in problems if p.severity == "error"] == []
    return bank


# --- grouping -----------------------------------------------------------------------------


def test_deal_specifics_do_not_make_a_variant(tmp_path: Path) -> None:
    bank = make_bank(tmp_path, [("shall not exceed", {})] * 6)
    variants = analyse(bank).types["opinion-equity"].variants
    # Names, amounts, dates, defined terms and numbering all differ; the wording does not.
    assert len(variants.variants) == 1
    assert variants.variants[0].letters == 6
    assert variants.market is variants.variants[0]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("shall exceed", "shall not exceed"),
        ("is", "is not"),
        ("shall not exceed", "shall exceed"),
    ],
)
def test_a_one_word_change_of_meaning_is_its_own_variant(
    tmp_path: Path, old: str, new: str
) -> None:
    bank = make_bank(tmp_path, [(old, {})] * 5 + [(new, {})])
    variants = analyse(bank).types["opinion-equity"].variants
    assert [v.letters for v in variants.variants] == [5, 1]
    other = variants.variants[1]
    words = [
        (s.op, " ".join(t.text for t in s.tokens))
        for s in other.against_reference
        if s.op != "equal"
    ]
    assert words == [("insert", "not")] if "not" in new else [("delete", "not")]


def test_the_one_word_change_in_plain_clauses() -> None:
    assert key("The price shall exceed the cap.") != key("The price shall not exceed the cap.")
    assert key("The Notes are binding.") != key("The Notes are not binding.")
    assert key("The Notes are binding.") == key("the notes  are\nbinding.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("dated March 12, 2004 and", "date"),
        ("dated 12 March 2004 and", "date"),
        ("of $200,000,000 aggregate", "amount"),
        ("of 2,500,000 shares", "amount"),
        ("the 4.75% Notes", "amount"),
        ("File No. 333-108067", "amount"),
        ("in paragraphs 2 and 3 above", "no"),
        ("subject to (i) bankruptcy", "no"),
        ("and Coldbrook Bank, National Association, as trustee", "name"),
        ("with Harbourline Trust Company, N.A., as trustee", "name"),
    ],
)
def test_each_kind_of_specific_is_set_aside(text: str, kind: str) -> None:
    assert f"\ue000{kind}\ue001" in set_aside(text)


@pytest.mark.parametrize(
    "text",
    [
        "Section 7 of the Act, Rule 436 and Item 601(b)(5) of Regulation S-K",
        "The Company and the Securities and Exchange Commission",
    ],
)
def test_words_that_carry_meaning_stay(text: str) -> None:
    assert set_aside(text) == text


def test_kept_defined_terms_stay_words() -> None:
    letter = (
        'the registration statement (the "Registration Statement") and the "Notes" (the "Notes")'
    )
    from precedent_bank.market.specifics import defined_terms

    assert defined_terms(letter) == ["Notes"]


def test_clauses_awaiting_review_do_not_count(tmp_path: Path) -> None:
    bank = make_bank(tmp_path, [("shall exceed", {})] * 3)
    path = tmp_path / "precedents" / "letter-0.yml"
    path.write_text(
        path.read_text("utf-8").replace(
            "  - type: opinion-equity\n", "  - type: opinion-equity\n    review: true\n"
        ),
        "utf-8",
    )
    bank, _ = load_bank([tmp_path / "precedents"])
    market = analyse(bank)
    assert market.types["opinion-equity"].variants.letters == 2
    assert len(market.types["opinion-equity"].letters) == 2


@given(
    st.lists(
        st.sampled_from(["the", "Notes", "are", "not", "binding", ",", "shall", "exceed"]),
        max_size=12,
    ),
    st.lists(
        st.sampled_from(["the", "Notes", "are", "not", "binding", ",", "shall", "exceed"]),
        max_size=12,
    ),
)
def test_one_variant_exactly_when_the_redline_shows_no_word(a: list[str], b: list[str]) -> None:
    """Grouping never hides a word: same key if and only if the redline changes nothing."""
    ta, tb = wording(" ".join(a)), wording(" ".join(b))
    assert group_key(set_aside(" ".join(a))) == tuple(t.key for t in ta)
    same = [t.key for t in ta] == [t.key for t in tb]
    assert same == (changed(redline(ta, tb)) == 0)


# --- redlines -----------------------------------------------------------------------------


def test_redline_marks_every_word_once() -> None:
    old = tokenize("subject to bankruptcy, insolvency and moratorium laws")
    new = tokenize("subject to bankruptcy, reorganization and moratorium laws now in effect")
    segments = redline(old, new)
    ops = [(s.op, " ".join(t.text for t in s.tokens)) for s in segments]
    assert ops == [
        ("equal", "subject to bankruptcy ,"),
        ("delete", "insolvency"),
        ("insert", "reorganization"),
        ("equal", "and moratorium laws"),
        ("insert", "now in effect"),
    ]
    # Every word of the new text is in the redline, in order; so is every word of the old.
    assert [t.text for s in segments if s.op != "delete" for t in s.tokens] == [t.text for t in new]
    assert [t.text for s in segments if s.op != "insert" for t in s.tokens] == [t.text for t in old]


def test_redline_html_escapes_letter_text(tmp_path: Path) -> None:
    from precedent_bank.site.market_sections import redline_html

    html = redline_html(redline(tokenize("a <b>"), tokenize("a <script>")))
    assert "<script>" not in html
    assert "&lt;" in html
    assert "<del>" in html
    assert "<ins>" in html


# --- elements and tallies -----------------------------------------------------------------


def test_element_lists_have_sources() -> None:
    lists = element_lists()
    assert {
        "qualification-bankruptcy",
        "opinion-equity",
        "opinion-debt",
        "qualification-equity",
    } <= set(lists)
    for elements in lists.values():
        assert re.fullmatch(r"[A-Z]+-\d+(, [A-Z]+-\d+)*", elements.facts)
        assert elements.url.startswith("http")


def test_bankruptcy_elements() -> None:
    bankruptcy = element_lists()["qualification-bankruptcy"]
    text = (
        "subject to applicable bankruptcy, insolvency, reorganization, fraudulent conveyance, "
        "moratorium or other similar laws now or hereafter in effect"
    )
    assert present(bankruptcy, text) == {
        "bankruptcy",
        "insolvency",
        "reorganization",
        "fraudulent-transfer",
        "moratorium",
        "similar-laws",
        "now-or-hereafter",
    }


def test_equity_opinion_tally(tmp_path: Path) -> None:
    bank = make_bank(tmp_path, [("shall exceed", {})] * 3)
    path = tmp_path / "precedents" / "letter-1.yml"
    path.write_text(path.read_text("utf-8").replace(" and non-assessable", ""), "utf-8")
    bank, _ = load_bank([tmp_path / "precedents"])
    tallies = {
        t.element.id: (t.letters, t.of) for t in analyse(bank).types["opinion-equity"].tallies
    }
    assert tallies == {
        "duly-authorized": (0, 3),
        "validly-issued": (3, 3),
        "fully-paid": (3, 3),
        "non-assessable": (2, 3),
    }


# --- figures and charts -------------------------------------------------------------------


def test_shares_only_from_the_minimum() -> None:
    assert Row("x", 2, MARKET_MINIMUM - 1).share is None
    assert Row("x", 2, MARKET_MINIMUM).share == 2 / MARKET_MINIMUM
    assert period(2004) == "2000\u20132004"
    assert period(None) == "Undated"


def test_figures_by_dimension(tmp_path: Path) -> None:
    bank = make_bank(tmp_path, [("shall exceed", {})] * 7)
    rows = by_dimension("firm", group_keys("firm", bank.records), lambda rid: rid != "letter-0")
    assert [(r.label, r.count, r.total) for r in rows] == [
        ("Firm 0 LLP", 2, 3),
        ("Firm 1 LLP", 2, 2),
        ("Firm 2 LLP", 2, 2),
    ]


def test_chart_is_inline_svg_with_no_outside_reference() -> None:
    figure = Figure("f", "Letters <by> firm", [Row("A & B", 3, 6), Row("C", 1, 2)])
    svg = bar_chart(figure)
    assert svg.startswith("<svg")
    assert 'role="img"' in svg
    assert "<title" in svg
    assert "Letters &lt;by&gt; firm" in svg
    assert "A &amp; B" in svg
    assert svg.count("<rect") == 2
    assert 'class="pb-bar pb-bar-few"' in svg  # 2 letters: under the minimum, outlined
    # The only URL is the SVG namespace: nothing is fetched.
    assert re.findall(r"https?://[^\"']+", svg) == ["http://www.w3.org/2000/svg"]
    assert "href" not in svg


# --- standards ----------------------------------------------------------------------------


def test_standards_file(tmp_path: Path, write_record: Callable[..., Path]) -> None:
    (tmp_path / "standards.yml").write_text(
        textwrap.dedent(
            """\
            opinion-equity: |
              [no.] The [term] shares, when issued on [date], will be validly issued, fully paid
              and non-assessable, and the aggregate price shall not exceed [amount].
            opinion-equty: text
            """
        ),
        "utf-8",
    )
    standards, problems = load_standards(tmp_path)
    assert [str(p) for p in problems] == [
        "standards.yml:4:1: opinion-equty: unknown clause type 'opinion-equty'; "
        "did you mean 'opinion-equity'?"
    ]
    bank = make_bank(tmp_path, [("shall not exceed", {}), ("shall exceed", {})])
    variants = analyse(bank, standards).types["opinion-equity"].variants
    same, other = sorted(variants.variants, key=lambda v: changed(v.against_standard))
    assert changed(same.against_standard) == 0
    assert [s.op for s in other.against_standard if s.op != "equal"] == ["delete"]


def test_a_control_character_escape_in_a_standard_is_an_error(tmp_path: Path) -> None:
    # The standard wording goes into a Word file, which one such character makes unopenable.
    (tmp_path / "standards.yml").write_text('consent: "We consent\\x01 to it."\n', "utf-8")
    _, problems = load_standards(tmp_path)
    assert [str(p) for p in problems] == [
        "standards.yml:1:10: control character U+0001 is not allowed (is the file mis-encoded?)"
    ]  # an error, so validate exits 1 and the build stops before any page or Word file


def test_compare_data_is_inert_whatever_the_record_holds(tmp_path: Path) -> None:
    from precedent_bank.site.market_sections import compare_data

    bank = make_bank(
        tmp_path, [("shall exceed", {"issuer": "Evil </script><img onerror=x> Corp."})]
    )
    data = compare_data(bank.records[0])
    assert data.startswith("window.pbCompare&&window.pbCompare.receive({")
    assert data.endswith("});\n")
    assert "<" not in data  # escaped as \u003c: nothing in it can end or start an element
    assert "\u2028" not in data
    assert data.isascii()


def test_element_tallies_by_group(tmp_path: Path) -> None:
    from precedent_bank.market.elements import tally_by

    bank = make_bank(tmp_path, [("shall exceed", {})] * 4)
    path = tmp_path / "precedents" / "letter-1.yml"
    path.write_text(path.read_text("utf-8").replace(" and non-assessable", ""), "utf-8")
    bank, _ = load_bank([tmp_path / "precedents"])
    data = analyse(bank).types["opinion-equity"]
    assert data.elements is not None
    rows = tally_by(data.elements, data.found, group_keys("firm", bank.records))
    # letter-1 (Firm 1) lacks non-assessable; Firm 0 has letters 0 and 3.
    assert [(r.label, r.total, r.counts) for r in rows] == [
        ("Firm 0 LLP", 2, [0, 2, 2, 2]),
        ("Firm 1 LLP", 1, [0, 1, 1, 0]),
        ("Firm 2 LLP", 1, [0, 1, 1, 1]),
    ]


def test_the_build_reports_a_bad_standards_file(tmp_path: Path) -> None:
    from precedent_bank.errors import errors_in
    from precedent_bank.site.builder import load_site
    from tests.conftest import ROOT

    make_bank(tmp_path, [("shall exceed", {})])
    (tmp_path / "standards.yml").write_text("qualification-bankrupcy: text\n", "utf-8")
    _, problems = load_site(tmp_path, ROOT / "docs")
    assert [str(p) for p in errors_in(problems)] == [
        "standards.yml:1:1: qualification-bankrupcy: unknown clause type "
        "'qualification-bankrupcy'; did you mean 'qualification-bankruptcy'?"
    ]


def test_draft_records_do_not_count(tmp_path: Path) -> None:
    make_bank(tmp_path, [("shall exceed", {})] * 3)
    path = tmp_path / "precedents" / "letter-0.yml"
    path.write_text("status: draft\n" + path.read_text("utf-8"), "utf-8")
    bank, _ = load_bank([tmp_path / "precedents"])
    market = analyse(bank)
    assert "letter-0" not in {r.id for r in market.records}
    assert market.types["opinion-equity"].variants.letters == 2


@pytest.mark.parametrize(
    ("verbs", "heading", "file"),
    [
        (["shall exceed", "shall not exceed"], "Variant 1</h3>", "opinion-equity-variant-1"),
        (
            ["shall exceed"] * 2 + ["may exceed"],
            "Variant 1 · most used</h3>",
            "opinion-equity-most-used",
        ),
    ],
)
def test_a_variant_tied_with_another_is_not_called_most_used(
    tmp_path: Path, verbs: list[str], heading: str, file: str
) -> None:
    # Six one-letter wordings are not "most used" wordings, and a lawyer downloading
    # "opinion-equity-most-used.docx" would take it for the bank's prevailing form.
    from precedent_bank.site.builder import load_site
    from precedent_bank.site.market_sections import ClauseMarket
    from tests.conftest import ROOT

    make_bank(tmp_path, [(verb, {}) for verb in verbs])
    site, _ = load_site(tmp_path, ROOT / "docs")
    html = ClauseMarket(site, "opinion-equity").fillers(lambda to: to)["variants"]("")
    assert heading in html
    assert f'data-pb-form-file="{file}"' in html
    tied = len(set(verbs)) == len(verbs)
    assert ("no wording is used more often than all the others" in html) is tied
    assert ("· most used" in html) is not tied
    assert "{#" not in html  # a template comment written {# #} reached every clause page


def test_a_bracketed_word_that_is_no_blank_is_warned_of_where_it_is(tmp_path: Path) -> None:
    """The warning pointed at the entry's "|" or opening quote, not at the word."""
    from precedent_bank.market.standards import load_standards

    (tmp_path / "standards.yml").write_text(
        "qualification-bankruptcy: |\n  Our opinion is subject to\n  applicable bankruptcy [x] "
        "and [y] laws.\n",
        "utf-8",
    )
    problems = load_standards(tmp_path)[1]
    assert [(p.line, p.col, p.message[:24]) for p in problems] == [
        (3, 25, "'[x]' is not a blank and"),
        (3, 33, "'[y]' is not a blank and"),
    ]
