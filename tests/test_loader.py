"""Record validation: each kind of mistake, with the exact message a user sees and its place."""

from __future__ import annotations

import itertools
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from precedent_bank.records.bank import load_bank
from precedent_bank.records.loader import load_record, validate_text
from tests.conftest import VALID_RECORD
from tests.limits import deadline


def messages(text: str, record_id: str = "acme-2021-shares") -> list[str]:
    _, problems = validate_text(text, "precedents/x.yml", record_id)
    return [str(p) for p in problems]


def replace(old: str, new: str) -> str:
    assert old in VALID_RECORD
    return VALID_RECORD.replace(old, new, 1)


def test_valid_record_has_no_problems() -> None:
    record, problems = validate_text(VALID_RECORD, "x.yml", "acme-2021-shares")
    assert problems == []
    assert record is not None
    assert record.clauses[1].type == "opinion-equity"
    assert record.text.startswith("Exhibit 5.1\nThe Shares are validly issued")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "  - type: opinion-equity",
            "  - type: opinon-equity",
            "precedents/x.yml:17:11: clauses[1].type: unknown clause type 'opinon-equity'; "
            "did you mean 'opinion-equity'?",
        ),
        (
            "document: legality-opinion",
            "document: legal-opinion",
            "precedents/x.yml:2:11: document: unknown document type 'legal-opinion'; "
            "did you mean 'legality-opinion'?",
        ),
        (
            "  - type: equity",
            "  - type: shares",
            "precedents/x.yml:10:11: securities[0].type: unknown security type 'shares' "
            "(one of: debt, equity, preferred, guarantee, warrant, unit, right, other)",
        ),
        (
            "document: legality-opinion",
            "document: legality-opinion\nstatus: confirmd",
            "precedents/x.yml:3:9: status: unknown status 'confirmd'; did you mean 'confirmed'?",
        ),
        (
            "document: legality-opinion",
            "document: legality-opinion\nstatus: 1",
            "precedents/x.yml:3:9: status: unknown status '1' (one of: draft, confirmed)",
        ),
        (
            'exhibit: "5.1"',
            "exhibt: '5.1'",
            "precedents/x.yml:3:1: exhibt: unknown field 'exhibt'; did you mean 'exhibit'?",
        ),
        (
            'exhibit: "5.1"',
            "exhibit: 5.1",
            "precedents/x.yml:3:10: exhibit: expected text, but YAML read 5.1 as a number; "
            "put it in quotes",
        ),
        (
            "date: 2021-06-30",
            "date: 2024-02-30",
            "precedents/x.yml:4:7: date: impossible date 2024-02-30 "
            "(day is out of range for month)",
        ),
        (
            "date: 2021-06-30",
            'date: "2023-02-29"',
            "precedents/x.yml:4:7: date: impossible date 2023-02-29",
        ),
        (
            "date: 2021-06-30",
            "date: June 2021",
            "precedents/x.yml:4:7: date: expected a date written YYYY-MM-DD, got June 2021",
        ),
        (
            "  jurisdiction: Delaware",
            "  jurisdiction: no",
            "precedents/x.yml:8:17: issuer.jurisdiction: YAML reads no as false; write true or "
            'false, or put text in quotes ("no")',
        ),
        (
            "    text: |\n      The Shares",
            "    text: |\n      \n    note: |\n      The Shares",
            "precedents/x.yml:18:11: clauses[1].text: clause text is empty",
        ),
        (
            "laws: [Delaware General Corporation Law]",
            "laws: [Delaware General Corporation Law]\ntags: [Shelf Takedown]",
            "precedents/x.yml:13:8: tags[0]: 'Shelf Takedown' is not a valid tag: use lowercase "
            "letters, digits and single hyphens",
        ),
        (
            "firm: Example & Example LLP\n",
            "",
            "precedents/x.yml:1:1: firm: required field is missing (write `firm: null` if the "
            "letter does not show it)",
        ),
        (
            "  - type: signature\n",
            "  - type: signature\n    id: clause-1\n",
            "precedents/x.yml:21:9: clauses[2].id: 'clause-1' is the form of the anchors clauses "
            "get from their position; choose another id",
        ),
        (
            "  - type: heading\n",
            "  - type: heading\n    paragraph: same\n",
            "precedents/x.yml:15:16: clauses[0].paragraph: the first clause has no paragraph "
            "to continue",
        ),
        (
            "  - type: signature\n",
            "  - type: signature\n    id: pb-letter\n",
            "precedents/x.yml:21:9: clauses[2].id: ids starting with 'pb-' are reserved for the "
            "page itself",
        ),
    ],
)
def test_each_mistake_is_reported_at_its_place(old: str, new: str, expected: str) -> None:
    assert messages(replace(old, new)) == [expected]


def test_duplicate_key_is_an_error_at_the_second_key() -> None:
    text = VALID_RECORD + "title: Another title\n"
    assert messages(text) == [
        "precedents/x.yml:22:1: title: duplicate key 'title' (first on line 1); a record may "
        "give each field once"
    ]


def test_c1_control_characters_are_errors_raw_or_escaped() -> None:
    text = replace("title: Acme Widgets", "title: Acme\x85Widgets")
    text = text.replace('text: "/s/ Example', 'text: "\\x9f/s/ Example')
    assert messages(text) == [
        "precedents/x.yml:1:12: title: C1 control character U+0085 is not allowed "
        "(is the file mis-encoded?)",
        "precedents/x.yml:21:11: clauses[2].text: C1 control character U+009F is not allowed "
        "(is the file mis-encoded?)",
    ]


@pytest.mark.parametrize(("escape", "code"), [("\\x01", "0001"), ("\\0", "0000"), ("\\e", "001B")])
def test_c0_control_characters_written_as_escapes_are_errors(escape: str, code: str) -> None:
    # An escape in double quotes brings the character past the raw-text check; in the page's
    # Word download it would make the file one Word refuses to open.
    text = replace('text: "/s/ Example', f'text: "{escape}/s/ Example')
    assert messages(text) == [
        f"precedents/x.yml:21:11: clauses[2].text: control character U+{code} is not allowed "
        "(is the file mis-encoded?)"
    ]


def test_every_problem_of_a_record_is_reported_in_one_run() -> None:
    text = (
        replace("document: legality-opinion", "document: legal")
        .replace("date: 2021-06-30", "date: 2021-13-01")
        .replace("  - type: signature", "  - type: signatur")
    )
    found = messages(text, record_id="Acme")
    assert found == [
        "precedents/x.yml:1:1: record id 'Acme' (the file name) must be lowercase letters, "
        "digits and single hyphens",
        "precedents/x.yml:2:11: document: unknown document type 'legal' (one of: "
        "legality-opinion, tax-opinion, local-counsel-opinion, other)",
        "precedents/x.yml:4:7: date: impossible date 2021-13-01 (month must be in 1..12)",
        "precedents/x.yml:20:11: clauses[2].type: unknown clause type 'signatur'; "
        "did you mean 'signature'?",
    ]


def test_yaml_syntax_error_is_located_without_traceback() -> None:
    assert messages("title: [unclosed\n") == [
        "precedents/x.yml:2:1: YAML syntax error: did not find expected ',' or ']' "
        "(while parsing a flow sequence)"
    ]


def test_empty_and_non_mapping_records() -> None:
    assert messages("") == ["precedents/x.yml:1:1: the record is empty"]
    assert messages("- just\n- a list\n") == [
        "precedents/x.yml:1:1: a record is a mapping of fields (title: ..., ...)"
    ]


def test_review_flag_is_a_warning_not_an_error() -> None:
    text = replace(
        "  - type: opinion-equity\n",
        "  - type: opinion-equity\n    review: true\n    confidence: 0.42\n",
    )
    record, problems = validate_text(text, "precedents/x.yml", "acme-2021-shares")
    assert record is not None
    assert [str(p) for p in problems] == [
        "precedents/x.yml:17:11: warning: clauses[1].type: type 'opinion-equity' needs review "
        "(confidence 0.42); delete `review: true` once checked, or run "
        "`precedents confirm precedents/x.yml --clause 2`"  # counted from 1, as the queue counts
    ]


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ('"0.42"', "expected a number, not text: write 0.42 without quotes"),
        ("true", "expected a number, got true"),
        (".nan", "expected a number, got .nan"),
    ],
)
def test_a_confidence_must_be_a_number_in_fact(written: str, message: str) -> None:
    # Quoted, or a yes/no value, pydantic took it for a number; NaN failed "<= 1" and said so.
    text = replace(
        "  - type: opinion-equity\n", f"  - type: opinion-equity\n    confidence: {written}\n"
    )
    assert messages(text) == [f"precedents/x.yml:18:17: clauses[1].confidence: {message}"]


def test_file_that_is_not_utf8(write_record: Callable[..., Path]) -> None:
    path = write_record("title: ok\n")
    path.write_bytes(b"title: caf\xe9\n")
    record, problems = load_record(path, "precedents/acme.yml")
    assert record is None
    assert [str(p) for p in problems] == [
        "precedents/acme.yml:1:11: not UTF-8 (byte 0xe9); save the record as UTF-8"
    ]


def test_bank_reports_duplicate_ids_across_folders(
    tmp_path: Path, write_record: Callable[..., Path]
) -> None:
    write_record(VALID_RECORD, folder="precedents/a")
    write_record(VALID_RECORD, folder="precedents/b")
    bank, problems = load_bank([tmp_path / "precedents"], base=tmp_path)
    assert [str(p) for p in problems] == [
        "precedents/b/acme-2021-shares.yml:1:1: record id 'acme-2021-shares' is already used by "
        "precedents/a/acme-2021-shares.yml; rename one of the files"
    ]
    assert [r.display_path for r in bank.records] == ["precedents/a/acme-2021-shares.yml"]


def test_bank_keeps_valid_records_and_reports_all_files(
    tmp_path: Path, write_record: Callable[..., Path]
) -> None:
    write_record(VALID_RECORD, name="good")
    write_record(replace("document: legality-opinion", "document: x"), name="bad-one")
    write_record("title: [", name="bad-two")
    bank, problems = load_bank([tmp_path / "precedents"], base=tmp_path)
    assert [r.id for r in bank.records] == ["good"]
    assert sorted({p.path for p in problems}) == [
        "precedents/bad-one.yml",
        "precedents/bad-two.yml",
    ]


def test_two_clauses_may_not_share_an_id() -> None:
    text = replace("  - type: heading\n", "  - type: heading\n    id: top\n")
    text = text.replace("  - type: signature\n", "  - type: signature\n    id: top\n")
    assert messages(text) == [
        "precedents/x.yml:22:9: clauses[2].id: anchor 'top' is already used by clauses[0]; "
        "give this clause another id"
    ]


# --- hostile YAML: every case gets a located error, and nothing hangs ------------------------

LOLS = [f"lol{i}" for i in range(9)]
BILLION_LAUGHS = "".join(
    [
        "title: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
        *(f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in itertools.pairwise(LOLS)),
        "clauses: [*lol8]\n",
    ]
)


def test_alias_bomb_is_refused_before_anything_expands() -> None:
    assert 600 < len(BILLION_LAUGHS.encode()) < 800
    tracemalloc.start()
    started = time.perf_counter()
    with deadline(10):
        found = messages(BILLION_LAUGHS)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert (
        "precedents/x.yml:2:14: lol1: YAML aliases (*lol0) are not allowed in records; "
        "write the value out"
    ) in found
    assert elapsed < 0.5
    assert peak < 5_000_000


def test_an_alias_cannot_duplicate_a_clause() -> None:
    text = replace("  - type: heading\n", "  - &top\n    type: heading\n")
    text += "  - *top\n"
    assert messages(text) == [
        "precedents/x.yml:23:5: clauses: YAML aliases (*top) are not allowed in records; "
        "write the value out"
    ]


def test_an_anchor_alone_is_refused() -> None:
    assert messages(replace("issuer:\n", "issuer: &who\n")) == [
        "precedents/x.yml:6:9: issuer: YAML anchors (&who) are not allowed in records; "
        "write the value out"
    ]


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("!foo Example LLP", "!foo"),
        ("!!int abc", "!!int"),
        ("!!timestamp x", "!!timestamp"),
        ("!!binary not-base64", "!!binary"),
        ("!!python/name:os.system", "!!python/name:os.system"),
        ("!!null x", "!!null"),
        ("!!str", "!!str"),
        ("!!int 3", "!!int"),
        ("! Example LLP", "!"),
        ("!!str Example LLP", "!!str"),
    ],
)
def test_explicit_tags_are_refused_at_their_place(value: str, tag: str) -> None:
    assert messages(replace("firm: Example & Example LLP", f"firm: {value}")) == [
        f"precedents/x.yml:5:7: firm: explicit YAML tags are not allowed in records ({tag}); "
        "write the value plainly"
    ]


def test_tags_on_collections_and_keys_are_refused_too() -> None:
    text = replace("issuer:\n", "issuer: !!map\n").replace("laws: [", "!!str laws: !!seq [")
    assert messages(text) == [
        "precedents/x.yml:6:9: issuer: explicit YAML tags are not allowed in records (!!map); "
        "write the value plainly",
        "precedents/x.yml:12:1: explicit YAML tags are not allowed in records (!!str); "
        "write the value plainly",
        "precedents/x.yml:12:13: laws: explicit YAML tags are not allowed in records (!!seq); "
        "write the value plainly",
    ]


@pytest.mark.parametrize("value", ["<<", "="])
def test_merge_and_value_keys_are_plain_text(value: str) -> None:
    record, problems = validate_text(replace('exhibit: "5.1"', f"exhibit: {value}"), "x", "x")
    assert problems == []
    assert record is not None
    assert record.exhibit == value


@pytest.mark.parametrize("value", ["0x_", "0b_"])
def test_numbers_yaml_cannot_read_are_located(value: str) -> None:
    assert messages(replace('exhibit: "5.1"', f"exhibit: {value}")) == [
        f"precedents/x.yml:3:10: exhibit: YAML cannot read {value} as a number; put text in quotes"
    ]


def test_bad_files_do_not_hide_the_others_problems(
    tmp_path: Path, write_record: Callable[..., Path]
) -> None:
    for i, value in enumerate(["!foo x", "!!int abc", "!!timestamp x", "!!binary ###"]):
        write_record(replace("firm: Example & Example LLP", f"firm: {value}"), name=f"bad-{i}")
    write_record(BILLION_LAUGHS, name="bomb")
    write_record(replace("  - type: signature", "  - type: signatur"), name="typo")
    write_record(VALID_RECORD, name="good")
    with deadline(10):
        bank, problems = load_bank([tmp_path / "precedents"], base=tmp_path)
    assert [r.id for r in bank.records] == ["good"]
    firsts = {p.path: p.message for p in reversed(problems)}
    assert sorted(firsts) == [
        f"precedents/{n}.yml" for n in ("bad-0", "bad-1", "bad-2", "bad-3", "bomb", "typo")
    ]
    assert all("explicit YAML tags" in firsts[f"precedents/bad-{i}.yml"] for i in range(4))


# --- positions as an editor shows them ------------------------------------------------------


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_line_numbers_survive_unicode_line_separators(separator: str) -> None:
    text = replace(
        '  - type: signature\n    text: "/s/ Example & Example LLP"',
        f'  - type: signature\n    text: "/s/ Example{separator}& Example LLP"\n'
        "  - type: signatur\n    text: x",
    )
    assert messages(text) == [
        "precedents/x.yml:22:11: clauses[3].type: unknown clause type 'signatur'; "
        "did you mean 'signature'?"
    ]


def test_raw_next_line_character_is_refused_without_shifting_lines() -> None:
    text = replace("Exhibit 5.1", "Exhibit\x855.1").replace("  - type: signature", "  - type: x")
    assert messages(text) == [
        "precedents/x.yml:16:14: clauses[0].text: C1 control character U+0085 is not allowed "
        "(is the file mis-encoded?)",
        "precedents/x.yml:20:11: clauses[2].type: unknown clause type 'x' (see the clause "
        "library for the types)",
    ]


def test_syntax_errors_and_duplicate_keys_after_a_line_separator_are_on_the_right_line() -> None:
    text = 'title: "a\u2028b"\ntitle: again\n'
    assert (
        "precedents/x.yml:2:1: title: duplicate key 'title' (first on line 1); a record may "
        "give each field once"
    ) in messages(text)
    assert messages('title: "a\u2028b"\nfirm: [x\n') == [
        "precedents/x.yml:3:1: YAML syntax error: did not find expected ',' or ']' "
        "(while parsing a flow sequence)"
    ]


def test_a_byte_order_mark_does_not_shift_columns() -> None:
    assert messages("\ufeff" + replace("document: legality-opinion", "document: x"))[0].startswith(
        "precedents/x.yml:2:11: document:"
    )


# --- characters that hide what text says -----------------------------------------------------


def test_bidi_and_zero_width_characters_are_warnings_at_the_character() -> None:
    text = replace("The Shares are validly", "The Shares are \u202evalidly")
    text = text.replace("title: Acme Widgets - 2,000,000", 'title: "Acme\\u200bWidgets"\n#', 1)
    record, problems = validate_text(text, "precedents/x.yml", "acme-2021-shares")
    assert [str(p) for p in problems] == [
        "precedents/x.yml:1:8: warning: title: contains U+200B ZERO WIDTH SPACE, which is "
        "invisible, so the text is not quite what it shows",
        "precedents/x.yml:20:22: warning: clauses[1].text: contains U+202E RIGHT-TO-LEFT "
        "OVERRIDE, which can make text display differently from what it says",
    ]
    assert record is not None
    assert "are \u202evalidly" in record.clauses[1].text  # kept verbatim
    assert record.title.startswith("Acme\u200bWidgets")


@pytest.mark.parametrize(
    "char",
    ["\u202a", "\u2066", "\u2069", "\u200e", "\u200f", "\u061c", "\u200d", "\u2060", "\ufeff"],
)
def test_each_hiding_character_is_warned_about(char: str) -> None:
    found = messages(replace("Exhibit 5.1", f"Exhibit{char}5.1"))
    assert len(found) == 1
    assert found[0].startswith(
        f"precedents/x.yml:16:14: warning: clauses[0].text: contains U+{ord(char):04X} "
    )


# --- one-line fields ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ("title: Acme Widgets - 2,000,000", 'title: "Acme\\nWidgets"\n#', "1:8: title"),
        ("firm: Example & Example LLP", "firm: >\n  Example & Example LLP", "5:7: firm"),
        ("firm: Example & Example LLP", 'firm: "Example\u2028& Example LLP"', "5:7: firm"),
        ("  name: Acme Widgets, Inc.", '  name: "Acme\\rWidgets"', "7:9: issuer.name"),
        (
            "  jurisdiction: Delaware",
            '  jurisdiction: "Dela\u2029ware"',
            "8:17: issuer.jurisdiction",
        ),
        (
            "    description: Common Stock, par value $0.01 per share",
            '    description: "Common\\vStock"',
            "11:18: securities[0].description",
        ),
        ("laws: [Delaware", 'laws: ["New\\fYork", Delaware', "12:8: laws[0]"),
        ('exhibit: "5.1"', 'exhibit: "5.1\\u2029"', "3:10: exhibit"),
        (
            "document: legality-opinion",
            "document: legality-opinion\naddressee: |\n  The Board",
            "3:12: addressee",
        ),
        ("laws:", 'filing: {form: "8-K\\n"}\nlaws:', "12:16: filing.form"),
        (
            "laws:",
            "filing: {registration_form: S\u20283}\nlaws:",
            "12:29: filing.registration_form",
        ),
    ],
)
def test_one_line_fields_refuse_line_breaks(old: str, new: str, where: str) -> None:
    found = messages(replace(old, new))
    assert len(found) == 1, found
    assert found[0].startswith(
        f"precedents/x.yml:{where}: must be one line, but contains a line break (U+"
    )


def test_the_line_break_is_named() -> None:
    assert messages(replace("firm: Example & Example LLP", 'firm: "A\u2028B"')) == [
        "precedents/x.yml:5:7: firm: must be one line, but contains a line break (U+2028 LINE "
        "SEPARATOR); it is shown where only one line fits: headings, lists, tables and anchors"
    ]


# --- ids: portable file names ---------------------------------------------------------------


@pytest.mark.parametrize("record_id", ["con", "prn", "aux", "nul", "com1", "com9", "lpt1", "lpt9"])
def test_windows_device_names_are_refused_as_ids(record_id: str) -> None:
    assert messages(VALID_RECORD, record_id=record_id) == [
        f"precedents/x.yml:1:1: record id '{record_id}' (the file name) is a device name on "
        "Windows: Windows and IIS hosts cannot serve its page; rename the file"
    ]


@pytest.mark.parametrize("record_id", ["con-1", "com10", "console", "nul-2021", "a" * 100])
def test_ids_near_the_reserved_ones_are_fine(record_id: str) -> None:
    assert messages(VALID_RECORD, record_id=record_id) == []


def test_over_long_ids_are_refused() -> None:
    assert messages(VALID_RECORD, record_id="a" * 101) == [
        f"precedents/x.yml:1:1: record id '{'a' * 101}' (the file name) is 101 characters long; "
        "ids are at most 100 so that the site's file names stay portable; rename the file"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "title: " + "[" * 998 + "]" * 998 + "\n",
        "title: " + "{a: " * 990 + "}" * 990 + "\n",
        "title: " + "[" * 998 + "!!str \x01" + "]" * 998 + "\n",
    ],
)
def test_deep_nesting_is_located_not_a_recursion_error(text: str) -> None:
    deep = [m for m in messages(text) if "nested more than" in m]
    assert len(deep) == 1
    assert deep[0].startswith("precedents/x.yml:1:")
    assert deep[0].endswith(
        ": nested more than 20 levels deep; a record's fields are a few levels deep at most"
    )


def test_a_long_run_of_indicators_is_checked_in_linear_time() -> None:
    with deadline(5):
        found = messages("title: " + "[" * 200_000 + "\n" + ": " * 200_000)
    assert found[0].startswith(
        "precedents/x.yml:1:1007: YAML syntax error: exceeded maximum nesting"
    )


def test_the_confirm_command_in_a_warning_can_be_pasted_as_it_is() -> None:
    text = replace(
        "  - type: opinion-equity\n",
        "  - type: opinion-equity\n    review: true\n    confidence: 0.42\n",
    )
    _, problems = validate_text(text, "precedents/deal folder/x.yml", "acme-2021-shares")
    assert "`precedents confirm 'precedents/deal folder/x.yml' --clause 2`" in str(problems[0])


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Netherlands - ordinary shares", "Netherlands"),  # made from the issuer read at import
        ("Issuer not found - legality opinion", "Issuer not found"),  # the issuer filled in
        ("Acme Widgets, Inc. - ordinary shares", None),
    ],
)
def test_a_drafts_title_made_from_an_issuer_since_corrected_is_warned_of(
    title: str, named: str | None
) -> None:
    text = (
        VALID_RECORD.replace(
            "title: Acme Widgets - 2,000,000 shares of Common Stock",
            f"title: {title}\nstatus: draft",
        )
        + "imported:\n  file: acme.pdf\n  format: pdf\n"
    )
    record, problems = validate_text(text, "acme.yml", "acme")
    assert record is not None
    said = [str(p) for p in problems if "title" in p.field]
    expected = (
        f"acme.yml:1:8: warning: title: the title names '{named}', but the issuer is "
        "'Acme Widgets, Inc.': the title was made from the issuer read at import; correct it too, "
        "or confirm the issuer (`precedents confirm RECORD --fact issuer`), which re-makes it"
    )
    assert said == ([expected] if named else [])
    confirmed = text.replace("status: draft", "status: confirmed")  # a person decided the title
    assert not [p for p in validate_text(confirmed, "acme.yml", "acme")[1] if "title" in p.field]
