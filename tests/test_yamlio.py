"""Writing records: any text survives a YAML round trip, and multi-line text stays readable."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from precedent_bank.records.yamlio import (
    _MAYBE_PROPERTY,
    _Loader,
    dump_yaml,
    load_plain,
    parse_yaml,
)

# Every code point but surrogates (which UTF-8 cannot hold).
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)
letter_like = st.lists(
    st.sampled_from(
        ["We have acted", " ", "\n", "\n\n", "  ", "\t", "\x85", "\u2028", "é", "\r\n"]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300)
@given(text=st.one_of(any_text, letter_like))
def test_any_text_round_trips(text: str) -> None:
    data = {"clauses": [{"type": "other", "text": text}]}
    assert load_plain(dump_yaml(data)) == data


@given(text=st.one_of(any_text, letter_like))
def test_round_trip_through_the_locating_parser(text: str) -> None:
    parsed = parse_yaml(dump_yaml({"text": text}))
    assert parsed.data == {"text": text}


def test_next_line_character_is_escaped_not_written_raw() -> None:
    written = dump_yaml({"text": "one\x85two\nthree"})
    assert "\x85" not in written
    assert load_plain(written) == {"text": "one\x85two\nthree"}


def test_multi_line_text_is_a_literal_block() -> None:
    written = dump_yaml({"text": "First line,\nsecond line.\n"})
    assert written == "text: |\n  First line,\n  second line.\n"


def test_header_is_kept_first() -> None:
    written = dump_yaml({"a": "b"}, header="# yaml-language-server: $schema=x.json\n")
    assert written.splitlines()[0] == "# yaml-language-server: $schema=x.json"


# Texts made of YAML's indicators, so that anchors, aliases and tags turn up in every position.
yamlish = st.lists(
    st.sampled_from([*"ab:-?[]{},&*!#|>'\" \t\n", "\r\n", "\u2028"]), max_size=40
).map("".join)


@settings(max_examples=1000)
@given(text=yamlish)
def test_the_quick_check_never_misses_an_anchor_alias_or_tag(text: str) -> None:
    """Texts the quick check passes skip the event scan, so it must catch every property."""
    try:
        events = list(yaml.parse(text, Loader=_Loader))
    except yaml.YAMLError:
        return  # composing reports it
    if any(getattr(e, "anchor", None) or getattr(e, "tag", None) for e in events):
        assert _MAYBE_PROPERTY.search(text)


def test_where_finds_a_value_its_key_or_the_nearest_ancestor() -> None:
    parsed = parse_yaml("a:\n  b: 1\n  c:\n    - x\n")
    assert parsed.where(("a", "b")) == (2, 6)
    assert parsed.where(("a", "b"), key=True) == (2, 3)
    # Nothing at the place (an unknown key's value, a missing item): its nearest ancestor.
    assert parsed.where(("a", "c", 5)) == (4, 5)
    assert parsed.where(("a", "zz"), key=True) == (2, 3)
    assert parse_yaml("").where(("a",)) == (1, 1)
