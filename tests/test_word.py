"""Word files: a DTD anywhere is refused, and every piece of text is read or the file refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from precedent_bank.errors import SourceError
from precedent_bank.importer.office import docx_text
from precedent_bank.importer.sources import read_letters
from tests.documents import make_docx_xml, paragraph

ENTITY = '<!DOCTYPE w:document [<!ENTITY x "We consent.">]>'
COMMENT = "<!--" + "draft " * 2000 + "-->"  # 12,000 bytes: the DTD starts far past 4,096


@pytest.mark.parametrize(
    ("prolog", "encoding"),
    [(COMMENT + ENTITY, "utf-8"), (ENTITY, "utf-16"), (COMMENT + ENTITY, "utf-16")],
    ids=["after-a-long-comment", "utf-16", "utf-16-after-a-comment"],
)
def test_a_dtd_is_refused_wherever_and_however_written(
    tmp_path: Path, prolog: str, encoding: str
) -> None:
    body = paragraph("Ladies and Gentlemen:") + paragraph("&x;")
    path = make_docx_xml(tmp_path / "evil.docx", body, prolog=prolog, encoding=encoding)
    with pytest.raises(SourceError, match=r"declares a DTD in word/document.xml"):
        docx_text(path)


def test_a_dtd_in_another_part_is_refused(tmp_path: Path) -> None:
    styles = f'<?xml version="1.0"?>{COMMENT}<!DOCTYPE x SYSTEM "http://example.com/x.dtd"><x/>'
    path = make_docx_xml(
        tmp_path / "evil.docx", paragraph("We consent."), parts={"word/styles.xml": styles}
    )
    with pytest.raises(SourceError, match=r"declares a DTD in word/styles.xml"):
        docx_text(path)


def test_a_utf16_document_is_read(tmp_path: Path) -> None:
    path = make_docx_xml(
        tmp_path / "a.docx", paragraph("We consent \u2013 \u00a7 5."), encoding="utf-16"
    )
    assert docx_text(path) == ("We consent \u2013 \u00a7 5.", [])


TEXT_BOX = (
    '<w:p><w:r><w:t>Before the box.</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
    "<w:drawing><w:txbxContent>" + paragraph("In the box.") + "</w:txbxContent></w:drawing>"
    "</mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
    + paragraph("In the box.")
    + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
)


@pytest.mark.parametrize(
    ("body", "text"),
    [
        (
            f"<w:sdt><w:sdtContent>{paragraph('In a content control.')}</w:sdtContent></w:sdt>",
            "In a content control.",
        ),
        (
            '<w:p><w:r><w:t xml:space="preserve">We </w:t></w:r><w:ins><w:r><w:t>hereby '
            "</w:t></w:r></w:ins><w:del><w:r><w:delText>do not </w:delText></w:r></w:del>"
            "<w:r><w:t>consent.</w:t></w:r></w:p>",
            "We hereby consent.",
        ),
        (TEXT_BOX, "Before the box.\n\nIn the box."),
        (
            "<w:p><w:smartTag><w:r><w:t>New York</w:t></w:r></w:smartTag><w:r><w:tab/>"
            "<w:t>law</w:t><w:br/><w:t>applies</w:t></w:r></w:p>",
            "New York\tlaw\napplies",
        ),
        (
            "<w:tbl><w:tr><w:tc>"
            + paragraph("-")
            + "</w:tc><w:tc>"
            + paragraph("-")
            + "</w:tc><w:tc><w:tbl><w:tr><w:tc>"
            + paragraph("Nested cell.")
            + "</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>",
            "- - Nested cell.",
        ),
        (
            '<w:p><w:r><w:t xml:space="preserve">pursuant to </w:t><w:sym w:font="Times New '
            'Roman" w:char="00A7"/><w:t xml:space="preserve"> 3.2 and </w:t>'
            '<w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>',
            "pursuant to \u00a7 3.2 and \uf0fc",
        ),
        (
            '<w:p><w:r><w:t>PELLINGHAM LLP</w:t><w:ptab w:relativeTo="margin" '
            'w:alignment="center" w:leader="none"/><w:t>12 Quay Street</w:t></w:r></w:p>',
            "PELLINGHAM LLP\t12 Quay Street",
        ),
        (
            '<w:p><w:r><w:t>in accordance with their terms.</w:t><w:br w:type="page"/>'
            "<w:t>This opinion is limited.</w:t></w:r></w:p>",
            "in accordance with their terms.\nThis opinion is limited.",
        ),
    ],
    ids=[
        "content-control",
        "tracked-changes",
        "text-box",
        "smart-tag",
        "tables",
        "symbols",
        "positional-tab",
        "page-break-in-a-paragraph",
    ],
)
def test_text_python_docx_skips_is_read(tmp_path: Path, body: str, text: str) -> None:
    path = make_docx_xml(tmp_path / "a.docx", body)
    assert docx_text(path) == (text, [])


def test_footnotes_are_read_after_the_letter(tmp_path: Path) -> None:
    notes = (
        '<?xml version="1.0"?><w:footnotes xmlns:w="http://schemas.openxmlformats.org/'
        'wordprocessingml/2006/main"><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
        '<w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1">'
        + paragraph("As amended.")
        # "normal" is the schema's word for an ordinary note: it was dropped without a word
        + '</w:footnote><w:footnote w:type="normal" w:id="2">'
        + paragraph("As restated.")
        + "</w:footnote></w:footnotes>"
    )
    path = make_docx_xml(tmp_path / "a.docx", paragraph("We consent."))
    _add_part(path, "word/footnotes.xml", notes, "footnotes")
    [letter] = read_letters(path)
    assert letter.text == "We consent.\n\nAs amended.\n\nAs restated."
    assert letter.warnings == ("its 2 footnotes are added after the letter, unnumbered",)


@pytest.mark.parametrize("code", ["D800", "110000", "zz", ""])
def test_a_symbol_that_is_no_character_is_refused(tmp_path: Path, code: str) -> None:
    body = f'<w:p><w:r><w:t>We</w:t><w:sym w:font="Symbol" w:char="{code}"/></w:r></w:p>'
    path = make_docx_xml(tmp_path / "a.docx", body)
    with pytest.raises(SourceError, match="has a symbol whose code is not a character"):
        docx_text(path)


@pytest.mark.parametrize(
    "embedded",
    [
        '<w:altChunk w:id="x"/>',
        # Insert > Object > Word document: its text is in a package of its own
        '<w:p><w:r><w:object xmlns:o="urn:schemas-microsoft-com:office:office"><o:OLEObject '
        'Type="Embed" ProgID="Word.Document.12" ShapeID="_x0000_i1025" DrawAspect="Content" '
        'ObjectID="_1" w:id="rId9"/></w:object></w:r></w:p>',
    ],
    ids=["altChunk", "object"],
)
def test_an_embedded_document_is_refused(tmp_path: Path, embedded: str) -> None:
    path = make_docx_xml(tmp_path / "a.docx", paragraph("We consent.") + embedded)
    with pytest.raises(SourceError, match="embeds another document"):
        docx_text(path)


def _add_part(path: Path, name: str, xml: str, kind: str) -> None:
    """Add a part and the relationship and content type Word would write for it."""
    import zipfile

    rel_type = f"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}"
    content_type = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"
    with zipfile.ZipFile(path) as old:
        parts = {i.filename: old.read(i) for i in old.infolist()}
    rels = parts["word/_rels/document.xml.rels"].decode()
    rels = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rIdNotes" Type="{rel_type}" Target="{Path(name).name}"/>'
        "</Relationships>",
    )
    types = (
        parts["[Content_Types].xml"]
        .decode()
        .replace("</Types>", f'<Override PartName="/{name}" ContentType="{content_type}"/></Types>')
    )
    parts.update(
        {
            name: xml.encode(),
            "word/_rels/document.xml.rels": rels.encode(),
            "[Content_Types].xml": types.encode(),
        }
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for part, data in parts.items():
            new.writestr(part, data)


@pytest.mark.parametrize("first_page_differs", [True, False])
def test_the_first_pages_header_and_footer_frame_the_letter(
    tmp_path: Path, first_page_differs: bool
) -> None:
    """Firms' templates put the letterhead in the first page's header and their notice in its
    footer: read before and after the letter. Later pages' running heads are left out, and
    said to be."""
    import docx

    document = docx.Document()
    document.add_paragraph("We consent.")
    section = document.sections[0]
    section.different_first_page_header_footer = first_page_differs
    first = (
        (section.first_page_header, section.first_page_footer)
        if first_page_differs
        else (section.header, section.footer)
    )
    first[0].paragraphs[0].text = "ALDER & BIRCH LLP"
    first[1].paragraphs[0].text = "Alder & Birch LLP is a limited liability partnership."
    if first_page_differs:
        section.header.paragraphs[0].text = "Kestrel Mills Inc. - Page 2"
    document.save(str(tmp_path / "a.docx"))
    text, warnings = docx_text(tmp_path / "a.docx")
    assert text == (
        "ALDER & BIRCH LLP\n\nWe consent.\n\nAlder & Birch LLP is a limited liability partnership."
    )
    later = ["1 header(s) or footer(s) of later pages are left out"]
    assert warnings == (later if first_page_differs else [])


@pytest.mark.parametrize("even_pages_shown", [True, False])
def test_even_pages_headers_count_only_when_word_shows_them(
    tmp_path: Path, even_pages_shown: bool
) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("We consent.")
    document.sections[0].even_page_header.paragraphs[0].text = "Page 2 running head"
    document.settings.odd_and_even_pages_header_footer = even_pages_shown
    document.save(str(tmp_path / "a.docx"))
    text, warnings = docx_text(tmp_path / "a.docx")
    assert text == "We consent."
    later = ["1 header(s) or footer(s) of later pages are left out"]
    assert warnings == (later if even_pages_shown else [])


def test_a_later_sections_own_header_is_said_to_be_left_out(tmp_path: Path) -> None:
    """A letter whose annex is a section of its own, with its own running head: that head is
    left out as later pages' are, and said to be."""
    import docx

    document = docx.Document()
    document.add_paragraph("We consent.")
    annex = document.add_section()
    annex.header.is_linked_to_previous = False
    annex.header.paragraphs[0].text = "Annex A to the opinion - Confidential"
    document.add_paragraph("Annex A")
    document.save(str(tmp_path / "a.docx"))
    text, warnings = docx_text(tmp_path / "a.docx")
    assert "Confidential" not in text
    assert warnings == ["1 header(s) or footer(s) of later pages are left out"]


def test_a_reference_to_a_part_the_file_lacks_is_refused_in_words(tmp_path: Path) -> None:
    """A header named by a relationship the package does not hold: python-docx raised
    "KeyError: 'rIdNOPE'", which was all the reviewer was told."""
    section = (
        '<w:sectPr><w:headerReference xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships" w:type="default" r:id="rIdNOPE"/></w:sectPr>'
    )
    path = make_docx_xml(tmp_path / "a.docx", paragraph("We consent.") + section)
    with pytest.raises(SourceError) as caught:
        docx_text(path)
    assert str(caught.value) == (
        "is damaged: it refers to a part it does not hold (rIdNOPE); open it in Word and save "
        "it again"
    )


@pytest.mark.parametrize(
    ("requires", "shown"),
    [
        ("wps", "Text in the box."),  # Word's own: its Choice, as Word shows it
        ("zz", "Text Word shows."),  # a namespace Word does not know: the Fallback
    ],
)
def test_alternate_content_is_read_as_word_shows_it(
    tmp_path: Path, requires: str, shown: str
) -> None:
    """The importer read every Choice, whatever it required, and never the Fallback: a Choice
    Word skips put its text in the letter and left out the text Word shows."""
    body = (
        paragraph("We consent.")
        + '<w:p xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:zz="urn:unknown-zz"><mc:AlternateContent>'
        f'<mc:Choice Requires="{requires}"><w:r><w:t>Text in the box.</w:t></w:r></mc:Choice>'
        "<mc:Fallback><w:r><w:t>Text Word shows.</w:t></w:r></mc:Fallback>"
        "</mc:AlternateContent></w:p>"
    )
    if requires == "wps":
        body = body.replace("Text Word shows.", "The same, for older readers.")
    path = make_docx_xml(tmp_path / "a.docx", body)
    assert docx_text(path)[0] == f"We consent.\n\n{shown}"
