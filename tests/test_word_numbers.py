"""Word's automatic numbering is written out as Word shows it, and hostile numbering is harmless."""

from __future__ import annotations

from pathlib import Path

from precedent_bank.importer.office import docx_text
from tests.documents import W_NS, make_docx, make_docx_xml


def level(ilvl: int, fmt: str, text: str, start: str = "1", extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


def numbering(abstracts: dict[int, str], nums: dict[int, str]) -> str:
    """A numbering part: abstract definitions (their levels) and instances (abstract id, then
    any overrides)."""
    body = "".join(
        f'<w:abstractNum w:abstractNumId="{a}">{lv}</w:abstractNum>' for a, lv in abstracts.items()
    )
    body += "".join(f'<w:num w:numId="{n}">{inner}</w:num>' for n, inner in nums.items())
    return f'<?xml version="1.0"?><w:numbering xmlns:w="{W_NS}">{body}</w:numbering>'


def item(text: str, num_id: int | None = None, ilvl: int = 0, style: str = "") -> str:
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num_id is not None:
        props += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    return f"<w:p><w:pPr>{props}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def read(tmp_path: Path, body: str, parts: dict[str, str]) -> tuple[str, list[str]]:
    return docx_text(make_docx_xml(tmp_path / "a.docx", body, parts=parts))


OUTLINE = {
    0: level(0, "decimal", "%1.")
    + level(1, "lowerLetter", "(%2)")
    + level(2, "lowerRoman", "(%3)", extra='<w:suff w:val="space"/>')
}


def test_levels_count_and_restart_below_as_word_shows_them(tmp_path: Path) -> None:
    parts = {"word/numbering.xml": numbering(OUTLINE, {1: '<w:abstractNumId w:val="0"/>'})}
    body = "".join(
        item(t, 1, i)
        for t, i in [("A", 0), ("B", 1), ("C", 1), ("D", 2), ("E", 2), ("F", 0), ("G", 1)]
    )
    text, warnings = read(tmp_path, item("We have assumed:") + body, parts)
    assert text.split("\n\n") == [
        "We have assumed:",
        "1.\tA",
        "(a)\tB",
        "(b)\tC",
        "(i) D",
        "(ii) E",
        "2.\tF",
        "(a)\tG",
    ]
    assert warnings == [
        "7 paragraph number(s) of Word's automatic numbering are written out before their "
        "paragraphs (they are not in the file's text)"
    ]


def test_a_level_restarts_only_after_the_level_its_restart_names(tmp_path: Path) -> None:
    """`w:lvlRestart` N: the level's count restarts after a number of level N (from 1) or
    shallower, not after each shallower one; 0 never restarts; a level at or below its own is
    ignored (the default: after the level above)."""
    abstracts = {
        0: level(0, "decimal", "%1.")
        + level(1, "lowerLetter", "(%2)")
        + level(2, "lowerRoman", "(%3)", extra='<w:lvlRestart w:val="1"/>'),
        1: level(0, "decimal", "%1.") + level(1, "lowerLetter", "(%2)", extra=_RESTART_0),
        2: level(0, "decimal", "%1.") + level(1, "lowerLetter", "(%2)", extra=_RESTART_9),
    }
    nums = {i + 1: f'<w:abstractNumId w:val="{i}"/>' for i in range(3)}
    parts = {"word/numbering.xml": numbering(abstracts, nums)}
    steps = [(1, 0), (1, 2), (1, 1), (1, 2), (1, 0), (1, 2)]  # roman survives (a), not 2.
    steps += [(2, 0), (2, 1), (2, 0), (2, 1), (3, 0), (3, 1), (3, 0), (3, 1)]
    text, _ = read(tmp_path, "".join(item(str(n), i, lv) for n, (i, lv) in enumerate(steps)), parts)
    assert [line.split("\t")[0] for line in text.split("\n\n")] == [
        *("1.", "(i)", "(a)", "(ii)", "2.", "(i)"),
        *("1.", "(a)", "2.", "(b)"),  # never restarts
        *("1.", "(a)", "2.", "(a)"),  # a restart naming a deeper level: as if none were given
    ]


_RESTART_0 = '<w:lvlRestart w:val="0"/>'
_RESTART_9 = '<w:lvlRestart w:val="9"/>'


def test_a_list_style_numbers_its_paragraphs_and_styles_based_on_it(tmp_path: Path) -> None:
    """Firms' templates number with "List Number" styles, not on each paragraph."""
    styles = (
        f'<?xml version="1.0"?><w:styles xmlns:w="{W_NS}">'
        '<w:style w:type="paragraph" w:styleId="ListNumber"><w:basedOn w:val="Normal"/><w:pPr>'
        '<w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Opinions"><w:basedOn w:val="ListNumber"/>'
        '</w:style><w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop2"/>'
        '</w:style><w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop"/>'
        "</w:style></w:styles>"
    )
    parts = {
        "word/numbering.xml": numbering(OUTLINE, {1: '<w:abstractNumId w:val="0"/>'}),
        "word/styles.xml": styles,
    }
    body = item("A", style="ListNumber") + item("B", style="Opinions") + item("C", style="Loop")
    text, _ = read(tmp_path, body + item("D", 1, 1, style="ListNumber"), parts)
    assert text.split("\n\n") == ["1.\tA", "2.\tB", "C", "(a)\tD"]


def test_instances_of_one_list_continue_unless_one_restarts(tmp_path: Path) -> None:
    nums = {
        1: '<w:abstractNumId w:val="0"/>',
        2: '<w:abstractNumId w:val="0"/>',
        3: '<w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/>'
        "</w:lvlOverride>",
    }
    parts = {"word/numbering.xml": numbering(OUTLINE, nums)}
    body = item("A", 1) + item("B", 2) + item("C", 3) + item("D", 3) + item("E", 0)
    text, _ = read(tmp_path, body, parts)
    assert text.split("\n\n") == ["1.\tA", "2.\tB", "5.\tC", "6.\tD", "E"]


def test_formats(tmp_path: Path) -> None:
    abstracts = {
        0: level(0, "upperRoman", "%1.", start="4")
        + level(1, "decimal", "%1.%2", extra="<w:isLgl/>"),
        1: level(0, "upperLetter", "%1)", start="26"),
        2: level(0, "bullet", "\uf0b7") + level(1, "ordinal", "%2"),
        3: level(0, "chineseCounting", "%1、"),
    }
    nums = {i + 1: f'<w:abstractNumId w:val="{i}"/>' for i in range(4)}
    body = (
        item("a", 1)
        + item("b", 1, 1)
        + item("c", 2)
        + item("d", 2)
        + item("e", 3)
        + item("f", 3, 1)
        + item("g", 3, 1)
        + item("h", 4)
    )
    text, warnings = read(tmp_path, body, {"word/numbering.xml": numbering(abstracts, nums)})
    assert text.split("\n\n") == [
        "IV.\ta",
        "4.1\tb",
        "Z)\tc",
        "AA)\td",
        "\u2022\te",
        "1st\tf",
        "2nd\tg",
        "1\u3001\th",
    ]
    assert "numbering in the format(s) chineseCounting is written as 1, 2, 3" in warnings


def test_hostile_numbering_is_bounded_and_harmless(tmp_path: Path) -> None:
    """Numbers that are not numbers, a start in the billions and an instance of a definition
    that is not there: each paragraph is read, no number runs away."""
    abstracts = {
        0: level(0, "lowerLetter", "%1.", start="999999999999")
        + level(1, "decimal", "%2", start="abc"),
    }
    nums = {1: '<w:abstractNumId w:val="0"/>', 2: '<w:abstractNumId w:val="7"/>'}
    body = item("A", 1) + item("B", 1, 1) + item("C", 2) + item("D", 1, 99999999999999999)
    text, _ = read(tmp_path, body, {"word/numbering.xml": numbering(abstracts, nums)})
    assert text.split("\n\n") == ["1000000.\tA", "0\tB", "C", "D"]


def test_a_document_without_numbering_is_read(tmp_path: Path) -> None:
    import zipfile

    path = make_docx(tmp_path / "a.docx", ["We consent."])
    with zipfile.ZipFile(path) as old:
        parts = {
            i.filename: old.read(i) for i in old.infolist() if i.filename != "word/numbering.xml"
        }
    rels = parts["word/_rels/document.xml.rels"].decode()
    start = rels.index('<Relationship Id="rId2"')
    parts["word/_rels/document.xml.rels"] = (
        rels[:start] + rels[rels.index("/>", start) + 2 :]
    ).encode()
    assert b"numbering" not in parts["word/_rels/document.xml.rels"]
    with zipfile.ZipFile(path, "w") as new:
        for name, data in parts.items():
            new.writestr(name, data)
    assert docx_text(path) == ("We consent.", [])


def test_a_list_style_definition_a_redefined_level_and_unshown_paragraphs(tmp_path: Path) -> None:
    """A definition made by a list style ("Define New List Style") takes the levels of the
    style's list; an instance may redefine a level; a paragraph whose mark is deleted in
    tracked changes, or hidden, is not counted."""
    styles = (
        f'<?xml version="1.0"?><w:styles xmlns:w="{W_NS}">'
        '<w:style w:type="numbering" w:styleId="FirmList"><w:pPr><w:numPr><w:numId w:val="1"/>'
        "</w:numPr></w:pPr></w:style></w:styles>"
    )
    abstracts = {
        0: level(0, "decimal", "%1."),
        1: '<w:numStyleLink w:val="FirmList"/>',
    }
    nums = {
        1: '<w:abstractNumId w:val="0"/>',
        2: '<w:abstractNumId w:val="1"/>',
        3: '<w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
        + level(0, "lowerLetter", "(%1)")
        + "</w:lvlOverride>",
    }
    deleted = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr><w:rPr><w:del '
        'w:id="1" w:author="A" w:date="2021-01-01T00:00:00Z"/></w:rPr></w:pPr><w:del w:id="2" '
        'w:author="A" w:date="2021-01-01T00:00:00Z"><w:r><w:delText>gone</w:delText></w:r>'
        "</w:del></w:p>"
    )
    hidden = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr><w:rPr>'
        "<w:vanish/></w:rPr></w:pPr><w:r><w:t>note</w:t></w:r></w:p>"
    )
    body = item("A", 2) + deleted + hidden + item("B", 2) + item("C", 3)
    parts = {"word/numbering.xml": numbering(abstracts, nums), "word/styles.xml": styles}
    text, _ = read(tmp_path, body, parts)
    assert text.split("\n\n") == ["1.\tA", "note", "2.\tB", "(c)\tC"]


def test_a_loop_of_list_styles_ends(tmp_path: Path) -> None:
    styles = (
        f'<?xml version="1.0"?><w:styles xmlns:w="{W_NS}">'
        '<w:style w:type="numbering" w:styleId="L"><w:pPr><w:numPr><w:numId w:val="1"/>'
        "</w:numPr></w:pPr></w:style></w:styles>"
    )
    abstracts = {0: '<w:numStyleLink w:val="L"/>'}
    parts = {
        "word/numbering.xml": numbering(abstracts, {1: '<w:abstractNumId w:val="0"/>'}),
        "word/styles.xml": styles,
    }
    assert read(tmp_path, item("A", 1), parts)[0] == "A"


def test_a_chain_of_thousands_of_styles_is_read_in_time(tmp_path: Path) -> None:
    """Each style based on the one before, 20,000 deep: every style's list was looked for
    through the whole chain above it (62 s for an outside tester's file); a style's list is
    looked for through 50 styles at most, deeper than any template's."""
    from tests.limits import deadline

    chain = "".join(
        f'<w:style w:type="paragraph" w:styleId="S{i}"><w:basedOn w:val="S{i - 1}"/></w:style>'
        for i in range(1, 20_000)
    )
    styles = (
        f'<?xml version="1.0"?><w:styles xmlns:w="{W_NS}"><w:style w:type="paragraph" '
        'w:styleId="S0"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        f"{chain}</w:styles>"
    )
    parts = {
        "word/numbering.xml": numbering(OUTLINE, {1: '<w:abstractNumId w:val="0"/>'}),
        "word/styles.xml": styles,
    }
    body = item("A", style="S10") + item("B", style="S19999")
    with deadline(20):
        text, _ = read(tmp_path, body, parts)
    assert text.split("\n\n") == ["1.\tA", "B"]  # S10 is 10 below the list, S19999 too far


def test_a_level_text_of_thousands_of_characters_is_cut_short(tmp_path: Path) -> None:
    """Repeated before every numbered paragraph, it would fill the memory."""
    import random

    noise = random.Random(5).choices("abcdefghijklmnopqrstuvwxyz", k=100_000)  # not a zip bomb
    abstracts = {0: level(0, "decimal", "%1" + "".join(noise))}
    parts = {"word/numbering.xml": numbering(abstracts, {1: '<w:abstractNumId w:val="0"/>'})}
    text, _ = read(tmp_path, item("A", 1) + item("B", 1), parts)
    first, second = text.split("\n\n")
    assert first == "1" + "".join(noise[:38]) + "\tA"
    assert second == "2" + "".join(noise[:38]) + "\tB"
