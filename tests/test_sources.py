"""Reading letters out of files: decoding, formats, and every kind of bad input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from precedent_bank.errors import SourceError
from precedent_bank.importer import sandbox
from precedent_bank.importer.letter import Letter
from precedent_bank.importer.sources import _finish, decode, read_letters
from precedent_bank.importer.webpage import html_text, read_html
from tests.documents import make_docx, make_docx_with_entity, make_pdf, make_zip_bomb

LETTERS = Path(__file__).parent / "letters"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_with_bom_and_windows_line_endings_and_a_lone_cr_kept() -> None:
    text, encoding = decode(b"\xef\xbb\xbfLadies and Gentlemen:\r\nWe\rconsent.")
    assert (text, encoding) == ("Ladies and Gentlemen:\nWe\rconsent.", "utf-8")


def test_windows_1252_when_not_utf8() -> None:
    text, encoding = decode(b"the \x93Company\x94 \x96 caf\xe9")
    assert (text, encoding) == ("the \u201cCompany\u201d \u2013 caf\u00e9", "cp1252")


def test_utf8_with_a_stray_windows_1252_byte_is_refused_not_garbled() -> None:
    """Read as Windows-1252, the right quote of "Company's" would become three characters."""
    raw = "the Company\u2019s Notes \u2014 \u00a7 7".encode() + b"\nsold \x96 today"
    with pytest.raises(SourceError, match=r"mixes encodings: 3 .* 0x96 at line 2, column 6 "):
        decode(raw)


def test_windows_1252_with_a_pair_that_reads_as_utf8_is_still_read() -> None:
    """ "É" and a no-break space are one UTF-8 character too: more of the letter is not."""
    raw = "SOCIÉTÉ\u00a0GÉNÉRALE “the Bank”".encode("cp1252")
    text, encoding = decode(raw)
    assert (text, encoding) == ("SOCIÉTÉ\u00a0GÉNÉRALE “the Bank”", "cp1252")


@pytest.mark.parametrize(
    ("raw", "said"),
    [
        (
            "\u00a7 7".encode() + b" and \x92",
            "1 character\\(s\\) are UTF-8",
        ),  # a lone pair, led 0xC2
        (b"\xef\xbb\xbfplain and \x92", "it begins with UTF-8's byte order mark"),
        (b'<meta charset="utf-8"><p>plain and \x92</p>', "it declares UTF-8"),
    ],
    ids=["section-sign", "byte-order-mark", "declared"],
)
def test_what_says_utf8_refuses_one_stray_byte(raw: bytes, said: str) -> None:
    with pytest.raises(SourceError, match=f"mixes encodings: {said}, but byte 0x92 at line 1"):
        decode(raw)


def test_a_windows_1252_name_repeated_is_no_utf8() -> None:
    """ "É" and a right quote are a UTF-8 pair: a letter naming "RENÉ'S" three times is still
    Windows-1252, whose other marks ("“”") are not UTF-8."""
    name = "REN\u00c9\u2019S"
    text = f"{name} BAKERIES, INC.\nRe: {name}\ncounsel to {name}, the \u201cCompany\u201d"
    assert decode(text.encode("cp1252")) == (text, "cp1252")


def test_bytes_that_may_be_either_are_refused_saying_so() -> None:
    """Two kinds of pair that Windows-1252 capitals and quotes make too, beside one byte that is
    no UTF-8: the file may be either, and the message says what to do in each case."""
    raw = "JOS\u00c9\u2019S (\u201cJOS\u00c9\u201d)".encode("cp1252")
    with pytest.raises(SourceError, match=r"reads partly as UTF-8 \(2 pair\(s\) of bytes\) and "):
        decode(raw)


def test_a_windows_1252_word_making_a_three_byte_sequence_is_still_read() -> None:
    """ "Café”—" is 0xE9 0x94 0x97, a UTF-8 character of the CJK block: no letter."""
    text = "the \u201cLe Caf\u00e9\u201d\u2014 Notes"
    assert decode(text.encode("cp1252")) == (text, "cp1252")


def test_the_column_of_a_stray_byte_counts_characters() -> None:
    raw = "\u201cThe Company\u201d \u2014 ".encode() + b"\x96"
    with pytest.raises(SourceError, match="at line 1, column 17 "):
        decode(raw)


def test_a_page_declaring_windows_1252_is_read_so_though_its_bytes_pass_as_utf8() -> None:
    raw = '<meta charset="windows-1252"><p>CAF\u00c9\u2019S</p>'.encode("cp1252")
    assert decode(raw) == ('<meta charset="windows-1252"><p>CAF\u00c9\u2019S</p>', "cp1252")


def test_declared_latin1_is_read_as_windows_1252() -> None:
    raw = b'<meta charset="iso-8859-1"><p>\x93Notes\x94</p>'
    assert decode(raw) == ('<meta charset="iso-8859-1"><p>\u201cNotes\u201d</p>', "cp1252")


def test_undecodable_bytes_are_refused_not_replaced() -> None:
    with pytest.raises(SourceError, match=r"neither UTF-8 .* nor Windows-1252 \(byte 0x81"):
        decode(b"abc \x81 def \xff")


def test_other_declared_encodings_are_refused() -> None:
    with pytest.raises(SourceError, match="declares the encoding 'shift_jis'"):
        decode(b'<meta charset="shift_jis">\x82\xa0')


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n...", "is a PNG image, not text"),
        ("binary.htm", b"text\x00\x01\x02", "is not a text file"),
        ("notepad.txt", "We consent.".encode("utf-16"), 'is in UTF-16 \\(Notepad\'s "Unicode"\\)'),
        ("scan.txt", b"%PDF-1.4 ...", "is a PDF file, not text"),
        ("letter.rtf", b"{\\rtf1}", "unsupported file type '.rtf'"),
        (
            "c1.txt",
            "Dear Sirs\u0085".encode(),
            "control character U\\+0085 \\(line 1, column 10\\)",
        ),
        ("bell.txt", b"We\x07 consent", "control character U\\+0007"),
        # every one of a few placed in one run, not only the first
        (
            "two.txt",
            b"We\x01 have\n\nacted\x02.",
            "U\\+0001 \\(line 1, column 3\\), control character U\\+0002 \\(line 3, column 6\\); ",
        ),
        ("many.txt", b"\x01" * 11, "U\\+0001 \\(line 1, column 10\\) and more; "),
        ("blank.htm", b"<html><script>x()</script></html>", "has no text"),
    ],
)
def test_bad_files_get_one_clear_message(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    with pytest.raises(SourceError, match=message):
        read_letters(write(tmp_path, name, data))


def test_oversized_files_are_refused_unless_the_limit_is_raised(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"We have acted as counsel.\n" * 1000)
    with pytest.raises(SourceError, match=r"over the 0\.0 MB limit \(raise it with --max-size\)"):
        read_letters(path, max_bytes=1000)
    assert read_letters(path, max_bytes=100_000)[0].text.startswith("We have acted")


def test_html_becomes_paragraphs_and_lines() -> None:
    text = html_text(
        "<html><head><title>t</title><style>p{}</style></head><body>"
        "<p>EXHIBIT&nbsp;5.1</p><p>Acme &amp; Co.<br>1 Main\n   Street</p>"
        "<!-- draft --><script>alert(1)</script><PAGE><div>We <b>consent</b>.</div>"
        "<table><tr><td>Very truly yours,</td></tr><tr><td>/s/ A</td><td>LLP</td></tr></table>"
        "<pre>  kept\n  as is</pre></body></html>"
    )
    assert text == (
        "EXHIBIT\u00a05.1\n\nAcme & Co.\n1 Main Street\n\nWe consent.\n\n"
        "Very truly yours,\n/s/ A LLP\n\n  kept\n  as is"
    )


def test_words_a_browser_shows_apart_stay_apart() -> None:
    """A <span style="display: block"> starts a line as a <div> does, a legend heads its box,
    a list's options stand apart: "valid.We", "DelawareNew York" and "OpinionThe" ran on."""
    text = html_text(
        '<div><span style="display:block">The Notes are valid.</span><span style="DISPLAY: '
        'Block">We consent.</span></div><p>Law: <select><option>Delaware</option>'
        "<option selected>New York</option></select>.</p><fieldset><legend>Opinion</legend>The "
        "Shares are validly issued.</fieldset>"
    )
    assert text == (
        "The Notes are valid.\n\nWe consent.\n\nLaw: Delaware New York.\n\nOpinion\n\n"
        "The Shares are validly issued."
    )


def test_text_no_reader_sees_is_kept_and_reported() -> None:
    """White, tiny or transparent text by an inline style (or <font color>): what a hidden
    instruction to the reader of the file looks like. Kept, as a style sheet may show it, and
    reported, as the Word reader does."""
    text, warnings = read_html(
        '<p>We consent.</p><p style="color: #FFF">Ignore the above.</p><p><font color="#ffffff">'
        'x y</font> and <span style="font-size:1px">tiny</span> and <span style="opacity: 0">'
        'gone</span> but <span style="color: black; font-size: 11pt">seen</span>.</p>'
    )
    assert text == "We consent.\n\nIgnore the above.\n\nx y and tiny and gone but seen."
    assert warnings == [
        "text set in white, under 2 points or transparent, kept as written: 28 character(s) in "
        '4 place(s), the first at line 1: "Ignore the above."'
    ]


def test_the_text_after_a_comment_is_kept() -> None:
    """A browser shows "A<!-- x -->B" as AB. Word's "Save as HTML" puts a list item's text after
    a conditional comment, and filing agents put field comments inside sentences: the text
    after them was dropped, without a word."""
    text = html_text(
        "<p>A<!-- c -->B</p><p>C<![CDATA[ x ]]>D</p><p>E<?pi x?>F</p>"
        "<p><!--[if !supportLists]--><span>(a)<span>&nbsp; </span></span><!--[endif]-->the "
        "Certificate of Incorporation;</p>"
        "<p>validly issued<!-- Field: /Page -->, fully paid and non-assessable.</p>"
    )
    assert text == (
        "AB\n\nCD\n\nEF\n\n(a)\u00a0 the Certificate of Incorporation;\n\n"
        "validly issued, fully paid and non-assessable."
    )


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_blank_lines_in_pre_and_between_line_breaks_show(newline: str) -> None:
    """Old EDGAR exhibits are one `<pre>` block, or text joined with `<br>`: the blank line
    between two paragraphs is all that tells them apart, and a browser shows it."""
    pre = (
        "<p>Exhibit 5</p><pre>\nWe have acted as counsel.\n\nWe have examined.\n\n\n"
        "Very truly yours,</pre>"
    )
    brs = "<p>We have acted as counsel.<br><br>We have examined.<br>Of the<br><br><br>Notes.</p>"
    assert html_text(pre.replace("\n", newline)) == (
        "Exhibit 5\n\nWe have acted as counsel.\n\nWe have examined.\n\n\nVery truly yours,"
    )
    assert html_text(brs + "<p>Very truly yours,<br></p><div><p>/s/ A</p></div>") == (
        "We have acted as counsel.\n\nWe have examined.\nOf the\n\n\nNotes.\n\n"
        "Very truly yours,\n\n/s/ A"
    )


@pytest.mark.parametrize(
    "html",
    [
        "<p>We consent.<br>\n<br>\nVery truly yours,</p>",
        "<p>We consent.<br>&nbsp;<br>Very truly yours,</p>",
        "<pre>We consent.\n   \nVery truly yours,</pre>",
        "<pre>We consent.\r\n \t\r\nVery truly yours,</pre>",
        "<p>We consent.<br>&#8203;<br>Very truly yours,</p>",
        "<div>We consent.</div><div>&#8203;&#8288;</div><div>Very truly yours,</div>",
    ],
    ids=[
        "line-breaks-on-their-own-lines",
        "no-break-space",
        "pre-spaces",
        "pre-crlf-tab",
        "zero-width-spacer",
        "invisible-spacer-block",
    ],
)
def test_a_line_of_spaces_between_two_breaks_is_a_blank_line(html: str) -> None:
    """As source is usually written: each <br> on its own line, or a blank line of spaces."""
    assert html_text(html) == "We consent.\n\nVery truly yours,"


def test_html_file_is_read_with_its_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, "x.htm", b"<p>the \x93Company\x94</p><p>We consent.</p>")
    [letter] = read_letters(path)
    assert (letter.text, letter.format, letter.encoding) == (
        "the \u201cCompany\u201d\n\nWe consent.",
        "html",
        "cp1252",
    )


@pytest.mark.parametrize(
    "start", ["<!DOCTYPE html>\n<html>", "\ufeff <HTML lang='en'>", "<!-- saved -->\n<html>"]
)
def test_a_web_page_saved_as_text_is_read_as_html(tmp_path: Path, start: str) -> None:
    page = f"{start}<body><p>Ladies and Gentlemen:</p><p>We consent &amp; agree.</p></body></html>"
    (letter,) = read_letters(write(tmp_path, "letter.txt", page.encode("utf-8")))
    assert letter.format == "html"
    assert letter.text == "Ladies and Gentlemen:\n\nWe consent & agree."
    assert letter.warnings[0] == "is an HTML page saved as '.txt': read as HTML"


def test_a_text_letter_quoting_markup_stays_text(tmp_path: Path) -> None:
    text = "Ladies and Gentlemen:\n\nThe exhibit begins <html> as filed.\n"
    (letter,) = read_letters(write(tmp_path, "letter.txt", text.encode("utf-8")))
    assert (letter.format, letter.text) == ("text", text)


def test_edgar_submission_yields_each_opinion_exhibit(tmp_path: Path) -> None:
    submission = (
        "<SEC-DOCUMENT>0000950123-21-000001.txt\n<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\n"
        "Current report\n</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-5.1\n<SEQUENCE>2\n"
        "<FILENAME>d1dex51.htm\n<TEXT>\n<HTML><BODY><P>Exhibit 5.1</P><P>We consent.</P>"
        "</BODY></HTML>\n</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-8.1\n<SEQUENCE>3\n<TEXT>\n"
        "<PAGE>\nExhibit 8.1\n\nWe confirm our opinion.\n</TEXT>\n</DOCUMENT>\n"
        "<DOCUMENT>\n<TYPE>EX-23.1\n<TEXT>\nConsent\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
    )
    letters = read_letters(write(tmp_path, "0000950123-21-000001.txt", submission.encode()))
    assert [(le.name, le.format) for le in letters] == [
        ("0000950123-21-000001.txt#EX-5.1", "edgar-submission"),
        ("0000950123-21-000001.txt#EX-8.1", "edgar-submission"),
    ]
    assert letters[0].text == "Exhibit 5.1\n\nWe consent."
    assert letters[1].text == "<PAGE>\nExhibit 8.1\n\nWe confirm our opinion."


def test_one_plain_exhibit_in_its_document_tags_is_read_whole(tmp_path: Path) -> None:
    """The exhibit's own file, as EDGAR keeps a 1990s plain-text one: nothing of it dropped."""
    text = (
        "<DOCUMENT>\n<TYPE>EX-5\n<SEQUENCE>2\n<DESCRIPTION>OPINION OF PELL LLP\n<TEXT>\n\n"
        "<PAGE>\n\n                    EXHIBIT 5\n\nLadies and Gentlemen:\n\nWe consent.\n\n"
        "</TEXT>\n</DOCUMENT>\n"
    )
    (letter,) = read_letters(write(tmp_path, "ex5.txt", text.encode()))
    assert (letter.format, letter.text) == ("text", text)
    # named ".htm" by the filer, but with no markup in it: text still, its layout kept
    named = text.replace("<SEQUENCE>2\n", "<SEQUENCE>2\n<FILENAME>d1dex5.htm\n")
    (letter,) = read_letters(write(tmp_path, "ex5n.txt", named.encode()))
    assert (letter.format, letter.text) == ("text", named)
    # an HTML exhibit in its tags, or one beside a submission's header, is still read as such
    html = text.replace("<TEXT>\n", "<TEXT>\n<HTML><BODY><P>Exhibit 5</P></BODY></HTML>\n")
    (letter,) = read_letters(write(tmp_path, "ex5h.txt", html.encode()))
    assert letter.format == "edgar-submission"
    headed = "<SEC-HEADER>\nACCESSION NUMBER: 0000950123-21-000001\n</SEC-HEADER>\n" + text
    (letter,) = read_letters(write(tmp_path, "sub.txt", headed.encode()))
    assert letter.format == "edgar-submission"


def test_every_exhibits_problem_is_named_in_one_run(tmp_path: Path) -> None:
    """One bad exhibit refused the submission and hid the next one's problem until it was
    mended; a nesting error named no exhibit."""
    deep = "<div>" * 3000 + "x" + "</div>" * 3000
    submission = (
        "<SEC-DOCUMENT>x.txt\n<DOCUMENT>\n<TYPE>EX-5.1\n<TEXT>\nWe\x01 consent.\n</TEXT>\n"
        "</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-8.1\n<TEXT>\nWe confirm.\n</TEXT>\n</DOCUMENT>\n"
        f"<DOCUMENT>\n<TYPE>EX-5.2\n<FILENAME>b.htm\n<TEXT>\n<html><body>{deep}</body></html>\n"
        "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
    )
    with pytest.raises(SourceError) as caught:
        read_letters(write(tmp_path, "x.txt", submission.encode()))
    said = str(caught.value)
    assert said.startswith("EX-5.1: contains the control character U+0001 (line 5, column 3)")
    assert "; EX-5.2: could not be read to the end as HTML (line " in said


def test_a_submission_exhibit_writing_the_text_tag_is_read_to_its_end(tmp_path: Path) -> None:
    """A letter that writes "</TEXT>" in its text was cut there, its opinion and signature
    dropped without a word: the document's text runs to its last "</TEXT>"."""
    letter_text = (
        "Exhibit 5.1\n\nWe have examined the file marked </TEXT> and the statement.\n\n"
        "The Shares will be validly issued.\n\nVery truly yours,\n\n/s/ Pellam & Gray LLP"
    )
    submission = (
        "<SEC-DOCUMENT>0000950123-21-000002.txt\n<DOCUMENT>\n<TYPE>EX-5.1\n<SEQUENCE>2\n"
        f"<TEXT>\n{letter_text}\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
    )
    [letter] = read_letters(write(tmp_path, "0000950123-21-000002.txt", submission.encode()))
    assert letter.text == letter_text


def test_a_submission_s_other_exhibit_names_tables_and_encoded_copies(tmp_path: Path) -> None:
    """EDGAR writes exhibit types as "EX-5.(A)" or "EX-8.A"; a plain-text exhibit of the 1990s
    sets its tables in <TABLE>, <S> and <C> tags, which are no HTML, so its lines stay as they
    are; a PDF copy of an exhibit, uuencoded, is left out with a warning, not read as text."""
    table = "<TABLE>\n<CAPTION>\n<S>          <C>\nHolder       Shares\n</TABLE>"
    submission = (
        "<DOCUMENT>\n<TYPE>EX-5.(A)\n<TEXT>\nExhibit 5(a)\n\nWe consent.\n</TEXT>\n</DOCUMENT>\n"
        f"<DOCUMENT>\n<TYPE>EX-8.A\n<TEXT>\nExhibit 8\n\n  Indented.\n{table}\n</TEXT>\n"
        "</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-5.1\n<FILENAME>d1dex51.pdf\n<TEXT>\n<PDF>\n"
        "begin 644 d1dex51.pdf\nM)5!$1BTQ+C0*\nend\n</PDF>\n</TEXT>\n</DOCUMENT>\n"
        "<DOCUMENT>\n<TYPE>EX-55\n<TEXT>\nNot an opinion.\n</TEXT>\n</DOCUMENT>\n"
        "<DOCUMENT>\n<TYPE>EX-5.2\n<FILENAME>ex52.htm\n<TEXT>\n<TABLE><TR><TD><CENTER>Pell "
        "&amp; Ash</CENTER></TD></TR></TABLE>\n</TEXT>\n</DOCUMENT>\n"
    )
    submission += (
        "<DOCUMENT>\n<TYPE>EX-5.3\n<TEXT>\nPELL LLP\n<a.pell@pell.example>\n\nWe consent.\n"
        "</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-5.4\n<TEXT>\nbegin 0644 x.pdf\nM)5!$\nend\n"
        "</TEXT>\n</DOCUMENT>\n"
    )
    letters = read_letters(write(tmp_path, "s.txt", submission.encode()))
    assert [letter.part for letter in letters] == ["EX-5.(A)", "EX-8.A", "EX-5.2", "EX-5.3"]
    # an e-mail address in angle brackets makes no plain letter HTML
    assert letters[3].text == "PELL LLP\n<a.pell@pell.example>\n\nWe consent."
    assert letters[2].text == "Pell & Ash"  # HTML by its name and its tags, table and all
    assert letters[1].text == f"Exhibit 8\n\n  Indented.\n{table}"
    said = (
        "left out EX-5.1 (d1dex51.pdf), EX-5.4 (no file name): encoded binary (a PDF or image "
        "copy), no text to read"
    )
    assert all(said in letter.warnings for letter in letters)


def test_a_bad_character_in_a_submission_is_placed_in_the_file(tmp_path: Path) -> None:
    submission = (
        "<SEC-HEADER>\nACCESSION NUMBER: 0000950123-21-000001\n</SEC-HEADER>\n<DOCUMENT>\n"
        "<TYPE>EX-8.1\n<TEXT>\n\nExhibit 8.1\n\nWe confirm\x07 our opinion.\n</TEXT>\n</DOCUMENT>\n"
    )
    with pytest.raises(SourceError, match=r"^EX-8\.1: contains the control character U\+0007 "):
        read_letters(write(tmp_path, "s.txt", submission.encode()))
    with pytest.raises(SourceError, match=r"\(line 10, column 11\)"):
        read_letters(write(tmp_path, "s.txt", submission.encode()))


def test_submission_without_opinions_is_refused(tmp_path: Path) -> None:
    data = b"<DOCUMENT>\n<TYPE>10-K\n<TEXT>\nAnnual report\n</TEXT>\n</DOCUMENT>\n"
    with pytest.raises(SourceError, match="no EX-5 or EX-8 document"):
        read_letters(write(tmp_path, "s.txt", data))
    other = data.replace(b"10-K", b"EX-99.3.2") + data.replace(b"10-K", b"EX-99.1")
    with pytest.raises(SourceError, match="no EX-5 or EX-8 document"):  # which one is the letter?
        read_letters(write(tmp_path, "s.txt", other))


@pytest.mark.parametrize(
    "text",
    [
        "We have acted as special counsel to the Sponsor of the Trust.\n",
        "<html><body><p>We have acted as special counsel to the Sponsor of the Trust.</p></body>"
        "</html>\n",
    ],
)
def test_an_exhibit_of_its_own_under_another_number_is_the_letter(
    tmp_path: Path, text: str
) -> None:
    """A unit trust's Form S-6 files its tax opinion as EX-99.3.2: a file holding that one
    exhibit is the letter (a warning says under which number), not a submission with none."""
    data = f"<DOCUMENT>\n<TYPE>EX-99.3.2\n<SEQUENCE>5\n<TEXT>\n{text}</TEXT>\n</DOCUMENT>\n"
    (letter,) = read_letters(write(tmp_path, "s.txt", data.encode()))
    assert "We have acted as special counsel to the Sponsor" in letter.text
    assert any("EX-99.3.2 exhibit, not EX-5 or EX-8" in w for w in letter.warnings)


def test_word_documents_paragraphs_and_tables(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "letter.docx",
        ["Exhibit 5.1", "We have acted as counsel."],
        table=[["Very truly yours,", ""], ["/s/ Firm LLP", ""]],
    )
    [letter] = read_letters(path)
    assert (
        letter.text
        == "Exhibit 5.1\n\nWe have acted as counsel.\n\nVery truly yours,\n\n/s/ Firm LLP"
    )
    assert letter.format == "docx"


@pytest.mark.parametrize(
    ("maker", "message"),
    [(make_zip_bomb, "unpacks to more than 50 MB"), (make_docx_with_entity, "declares a DTD")],
)
def test_hostile_word_files_are_refused(tmp_path: Path, maker: object, message: str) -> None:
    path = maker(tmp_path / "evil.docx")  # type: ignore[operator]
    with pytest.raises(SourceError, match=message):
        read_letters(path)


def test_a_renamed_file_is_not_a_word_document(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="not a ZIP archive"):
        read_letters(write(tmp_path, "fake.docx", b"plain text"))


def test_a_zip_with_a_document_part_but_no_package_is_not_a_word_document(
    tmp_path: Path,
) -> None:
    import zipfile

    path = tmp_path / "bare.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<not-word/>")
    with pytest.raises(
        SourceError, match=r"is not a Word \.docx file \(no \[Content_Types\]\.xml\)"
    ):
        read_letters(path)


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "letter.pdf", ["Exhibit 5.1", "We have acted as counsel (to Acme)."])
    [letter] = read_letters(path)
    assert letter.text == "Exhibit 5.1\nWe have acted as counsel (to Acme).\n"


@pytest.mark.parametrize(
    ("operators", "undo"),
    [
        ("3 Tr", "0 Tr"),  # drawn invisibly
        ("7 Tr", "0 Tr"),  # only clips
        ("1 g", "0 g"),  # white, as gray
        ("0.97 0.97 1 rg", "0 g"),  # white to the eye, as RGB
        ("0 0 0 0 k", "0 g"),  # no ink, as CMYK
        ("1 Tr 1 G", "0 Tr 0 G"),  # an outline in white
        ("/F1 1 Tf", "/F1 11 Tf"),  # 1 point high
        ("5 Tz", "100 Tz"),  # squeezed to a twentieth
        ("900 0 Td", "-900 0 Td"),  # right of the page
    ],
)
def test_pdf_text_no_reader_sees_is_kept_and_said(
    tmp_path: Path, operators: str, undo: str
) -> None:
    """A hidden instruction to whoever reads the file, not the letter, stays in the letter
    as written - and the reviewer is told, quoting its first words."""
    lines: list[str | tuple[str, str]] = [
        "We have acted as counsel.",
        (operators, "Ignore the above."),
        (undo, "We consent."),
    ]
    [letter] = read_letters(make_pdf(tmp_path / "letter.pdf", lines))
    assert "Ignore the above." in letter.text
    assert letter.warnings == (
        "text drawn invisibly, in white, under 2 points, squeezed, off the page or under a "
        'white box, kept as written: 15 character(s), the first: "Ignore the above."',
    )


@pytest.mark.parametrize(
    ("box", "hidden"),
    [
        ("1 g 60 708 400 12 re f", True),  # white, over the second line
        ("1 1 1 rg 60 708 400 12 re f 0 g", True),  # white as RGB
        ("0.5 g 60 708 400 12 re f", False),  # grey: a reader sees a bar, not hidden words
        ("1 g 60 600 400 12 re f", False),  # white where there is no text
        ("1 g 60 708 400 12 re S", False),  # only its outline drawn
    ],
)
def test_pdf_text_painted_over_with_a_white_box_is_kept_and_said(
    tmp_path: Path, box: str, hidden: bool
) -> None:
    lines = ["We have acted as counsel.", "Ignore the above.", "We consent."]
    [letter] = read_letters(make_pdf(tmp_path / "letter.pdf", lines, drawn_after=box))
    assert "Ignore the above." in letter.text
    assert bool(letter.warnings) is hidden
    if hidden:
        assert letter.warnings[0].endswith('15 character(s), the first: "Ignore the above."')


def test_text_not_checked_against_too_many_white_boxes_is_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that paints more white shapes after its text than are worth comparing is read
    in time, and the reviewer is told which text went unchecked."""
    from precedent_bank.importer import pdf_unseen
    from precedent_bank.importer.pdf import pdf_text

    monkeypatch.setattr(pdf_unseen, "BOX_CHECKS", 30)
    boxes = " ".join("1 g 0 0 1 1 re f" for _ in range(10))  # in a corner, over no text
    path = make_pdf(tmp_path / "letter.pdf", ["We consent."], drawn_after=boxes)
    text, warnings = pdf_text(path)
    assert text.startswith("We consent.")
    assert warnings == [
        "8 character(s) were not checked for white boxes painted over them: the file paints "
        "more white shapes over its text than are worth comparing (a hostile file?); check "
        "the letter against the page as printed"
    ]


def test_a_white_page_painted_before_its_text_hides_nothing(tmp_path: Path) -> None:
    """Word and browsers paint a white background first: text drawn on it is seen."""
    lines = ["We have acted as counsel.", "We consent."]
    path = make_pdf(tmp_path / "letter.pdf", lines, drawn_before="1 g 0 0 612 792 re f 0 g")
    assert read_letters(path)[0].warnings == ()


def test_a_scans_invisible_text_layer_is_said_as_a_whole(tmp_path: Path) -> None:
    lines: list[str | tuple[str, str]] = [("3 Tr", "We have acted as counsel."), "We consent."]
    [letter] = read_letters(make_pdf(tmp_path / "scan.pdf", lines[:1]))
    assert letter.warnings == (
        "all of its text (21 characters) is drawn where no reader sees it, as a scan's "
        "recognised text is laid invisibly over the page's picture: check the letter against "
        "the page as printed",
    )
    # Pale grey that prints, and ordinary text, are no warning.
    seen: list[str | tuple[str, str]] = [("0.6 g", "We have acted as counsel."), "We consent."]
    assert read_letters(make_pdf(tmp_path / "grey.pdf", seen))[0].warnings == ()


def test_scanned_and_broken_pdfs(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"no extractable text \(a scanned PDF"):
        read_letters(make_pdf(tmp_path / "scan.pdf", []))
    with pytest.raises(SourceError, match="is not a complete PDF"):
        read_letters(write(tmp_path, "broken.pdf", b"%PDF-1.4\ngarbage"))


# --- nothing lost, nothing replaced --------------------------------------------------------


@pytest.mark.parametrize(
    ("reference", "why"),
    [
        ("&#0;", "not a character"),
        ("&#xD800;", "not a character"),
        ("&#x110000;", "not a character"),
        ("&#129;", "a control character"),  # one of the five Windows-1252 leaves undefined
        ("&#1;", "a control character"),
        ("&#xFFFF;", "a non-character"),
        ("&#xfffd;", "the replacement character"),
    ],
)
def test_invalid_character_references_are_kept_as_written_and_reported(
    tmp_path: Path, reference: str, why: str
) -> None:
    html = f"<html><body>\n<p>Ladies and Gentlemen:</p>\n<p>Shares{reference} issued.</p>"
    [letter] = read_letters(write(tmp_path, "x.htm", html.encode()))
    assert letter.text == f"Ladies and Gentlemen:\n\nShares{reference} issued."
    assert "\ufffd" not in letter.text
    [warning] = letter.warnings
    assert re.fullmatch(f"line 3: {re.escape(reference)} is {why}; kept as written", warning)


def test_windows_1252_references_read_as_browsers_show_them_with_one_warning(
    tmp_path: Path,
) -> None:
    """EDGAR's filing agents write curly quotes as "&#147;" and "&#148;": HTML reads them as
    Windows-1252's characters, so the letter says \u201cCompany\u201d, and its facts read it."""
    html = (
        "<html><body><p>We have acted as counsel to Quill Corp. (the &#147;Company&#148;), "
        "and the Company&#146;s Notes &#151; all &#x93;of them&#x94;" + "&#150;" * 30 + "</p>"
    )
    [letter] = read_letters(write(tmp_path, "x.htm", html.encode()))
    assert letter.text.startswith(
        "We have acted as counsel to Quill Corp. (the \u201cCompany\u201d), and the "
        "Company\u2019s Notes \u2014 all \u201cof them\u201d\u2013"
    )
    assert "&#" not in letter.text
    assert letter.warnings == (
        "character references of Windows-1252 read as browsers show them (&#147; as \u201c, "
        "&#148; as \u201d, &#146; as \u2019, &#151; as \u2014, ...)",
    )


def test_valid_character_references_are_decoded_and_lines_count_in_a_submission(
    tmp_path: Path,
) -> None:
    submission = (
        "<DOCUMENT>\n<TYPE>EX-5.1\n<TEXT>\n<HTML><BODY>\n<P>&#167; 5 &amp; &#x2014;</P>\n"
        "<P>bad &#0;</P></BODY></HTML>\n</TEXT>\n</DOCUMENT>\n"
    )
    [letter] = read_letters(write(tmp_path, "s.txt", submission.encode()))
    assert letter.text == "\u00a7 5 & \u2014\n\nbad &#0;"
    assert letter.warnings == ("line 6: &#0; is not a character; kept as written",)


def test_many_invalid_references_are_counted_not_listed() -> None:
    text, warnings = read_html("<p>" + "&#0;" * 25 + "</p>")
    assert text == "&#0;" * 25
    assert len(warnings) == 11
    assert warnings[-1] == "and 15 more character references kept as written"


def test_deep_html_is_read_to_the_end_or_refused(tmp_path: Path) -> None:
    deep = "<p>a</p>" + "<div>" * 300 + "b" + "</div>" * 300 + "<p>c</p>"
    assert html_text(deep) == "a\n\nb\n\nc"
    deeper = "<p>a</p>" + "<div>" * 3000 + "b" + "</div>" * 3000 + "<p>c</p>"
    # in words: libxml2's own message advised an option (XML_PARSE_HUGE) the reader uses already
    refused = r"could not be read to the end as HTML \(line 1: elements nested more than 2,048 deep"
    with pytest.raises(SourceError, match=refused):
        read_letters(write(tmp_path, "x.htm", deeper.encode()))


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("nul.htm", b"<p>x</p>" * 2000 + b"<p>a\x00b</p>", "is not a text file"),
        ("fffd.txt", "We \ufffd consent.".encode(), "replacement character .* U\\+FFFD \\(line 1"),
    ],
)
def test_no_replacement_character_is_ever_written(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    with pytest.raises(SourceError, match=message):
        read_letters(write(tmp_path, name, data))


def test_a_lone_cr_is_kept_in_text_and_is_a_line_break_in_html(tmp_path: Path) -> None:
    [text] = read_letters(write(tmp_path, "x.txt", b"Shares\rissued.\r\nWe consent.\r\r\n"))
    assert text.text == "Shares\rissued.\nWe consent.\r\n"  # a lone CR, then a line end
    [html] = read_letters(write(tmp_path, "x.htm", b"<pre>Shares\rissued.</pre>"))
    assert html.text == "Shares\nissued."


def test_inline_visibility_is_followed_and_a_style_sheet_is_not() -> None:
    """Inside `visibility: hidden` only a part made visible again is shown (an empty one
    reveals nothing); `display: none` after a comment or beside `visibility` still hides;
    `hidden` yields to an inline `display`. A style sheet's rules are not followed (media
    queries, order and specificity decide them): text a class hides is kept, for the
    reviewer to see, rather than risk dropping text a reader sees."""
    from precedent_bank.importer.webpage import read_html

    html = (
        "<html><head><style>.nt { display: none }</style></head><body><p>We consent.</p>"
        "<div style='visibility:hidden'>[Partner note] <span style='visibility: visible'>"
        "We have examined the charter.</span><span style='visibility:visible'></span></div>"
        "<p style='/* note */ display:none'>[Draft]</p>"
        "<p style='visibility:hidden; display:none'>[Draft two]</p>"
        "<p hidden style='display: block'>Shown.</p><p class='nt'>By class.</p></body></html>"
    )
    text, warnings = read_html(html)
    assert text.split("\n\n") == [
        "We consent.",
        "We have examined the charter.",
        "Shown.",
        "By class.",
    ]
    assert "in 3 place(s)" in warnings[0]


@pytest.mark.parametrize(
    ("html", "shown"),
    [
        # "assumption (b)" needs its "b.": an <ol>'s numbers (type, start, value, a list-style)
        # and a <ul>'s bullets are shown by the browser, not written in the file's text
        (
            '<p>We assume:</p><ol type="a"><li>one</li><li>two<ul><li>x<ul><li>y</li></ul></li>'
            '</ul></li></ol><ol start="3"><li>c</li><li value="26">z</li><li>aa</li></ol>'
            '<ol style="list-style-type: upper-roman"><li>IV</li></ol><ol type="A" start="27">'
            '<li>AA</li></ol><ul><li>dot</li></ul><ul style="list-style: none"><li>plain</li></ul>'
            "<details><summary>Consent</summary>We consent.</details>",
            [
                *("We assume:", "a. one", "b. two", "\u25e6 x", "\u25aa y", "3. c", "26. z"),
                *("27. aa", "I. IV", "AA. AA", "\u2022 dot", "plain", "Consent", "We consent."),
            ],
        ),
        # the finer points: no marker where the style says none; a bullet named among
        # list-style's words; `reversed`; the marker on the item's first paragraph's line; an
        # invisible item taking its number; numbers read as a browser reads them ("3abc": 3)
        (
            '<ol style="list-style:none"><li>(a) the charter;</li></ol>'
            '<ul style="list-style: inside square"><li>sq</li></ul>'
            "<ol reversed><li>three</li><li style='display:none'>gone</li><li>two</li></ol>"
            '<ol><li><p>para</p></li><li style="visibility:hidden">hid</li><li>third</li></ol>'
            '<ul type="circle"><li>c</li></ul><ol start="3abc"><li>c</li><li value="7.9">g</li>'
            "</ol>",
            [
                *("(a) the charter;", "\u25aa sq", "2. three", "1. two", "1. para", "3. third"),
                *("\u25e6 c", "3. c", "7. g"),
            ],
        ),
    ],
)
def test_list_numbers_and_bullets_are_written_as_a_browser_shows_them(
    html: str, shown: list[str]
) -> None:
    from precedent_bank.importer.webpage import read_html

    assert read_html(html)[0].split("\n\n") == shown


def test_text_a_browser_or_word_hides_is_left_out_and_said(tmp_path: Path) -> None:
    """A drafting note hidden with `display: none`, `visibility: hidden` or `hidden`, or Word's
    hidden text, is not what the letter shows a reader: it is left out, as the reader's program
    leaves it out, and a warning says how much and how it begins - nothing goes unsaid."""
    from tests.documents import make_docx_xml

    html = (
        "<html><body>\n<p>We consent.</p>\n"
        '<p style="color: red; DISPLAY:NONE">Draft note: fee estimate $18,500.</p>\n'
        '<div hidden><p>Internal only.</p></div><p>Very truly <span style="visibility: '
        'hidden">(unsigned) </span>yours,</p></body></html>'
    )
    [letter] = read_letters(write(tmp_path, "x.htm", html.encode()))
    assert letter.text == "We consent.\n\nVery truly yours,"
    assert letter.warnings == (
        "hidden text left out, as a browser hides it: 57 character(s) in 3 place(s), the first "
        'at line 3: "Draft note: fee estimate $18,500."',
    )
    body = (
        "<w:p><w:r><w:t>We consent.</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr>"
        '<w:t xml:space="preserve"> [Partner note: unchecked.]</w:t></w:r></w:p>'
        '<w:p><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>Shown.</w:t></w:r></w:p>'
    )
    [word] = read_letters(make_docx_xml(tmp_path / "x.docx", body))
    assert word.text == "We consent.\n\nShown."
    assert 'hidden text left out, as Word hides it: 26 character(s) in 1 run(s), the first: "' in (
        " ".join(word.warnings)
    )


def test_text_no_reader_sees_in_a_word_file_is_kept_and_said(tmp_path: Path) -> None:
    """White or two-point text was imported without a word: it is the letter's, and kept, but
    the reviewer is told, as a reader of the printed letter never saw it."""
    from tests.documents import make_docx_xml

    body = (
        '<w:p><w:r><w:t>We consent.</w:t></w:r><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr>'
        '<w:t xml:space="preserve"> SECRETLY NOT</w:t></w:r></w:p>'
        '<w:p><w:r><w:rPr><w:sz w:val="2"/></w:rPr><w:t>tiny</w:t></w:r>'
        '<w:r><w:rPr><w:sz w:val="24"/><w:color w:val="000000"/></w:rPr><w:t> Shown.</w:t></w:r>'
        "</w:p>"
        # white to the eye, the theme's page colour (over its value), squeezed to a hairline
        '<w:p><w:r><w:rPr><w:color w:val="FFFFFE"/></w:rPr><w:t>pale</w:t></w:r>'
        '<w:r><w:rPr><w:color w:val="000000" w:themeColor="background1"/></w:rPr>'
        '<w:t xml:space="preserve"> themed</w:t></w:r>'
        '<w:r><w:rPr><w:w w:val="1"/></w:rPr><w:t xml:space="preserve"> thin</w:t></w:r>'
        '<w:r><w:rPr><w:color w:val="EFEFEF"/></w:rPr><w:t xml:space="preserve"> grey</w:t></w:r>'
        "</w:p>"
    )
    [word] = read_letters(make_docx_xml(tmp_path / "x.docx", body))
    assert word.text == "We consent. SECRETLY NOT\n\ntiny Shown.\n\npale themed thin grey"
    assert word.warnings == (
        "text set in white, under 2 points or squeezed, kept as written: 30 character(s) in 5 "
        'run(s), the first: "SECRETLY NOT"',
    )


def test_word_files_of_other_kinds_are_named_for_what_they_are(tmp_path: Path) -> None:
    """An old .doc, a .docm, a Strict Open XML file and a damaged one, each named .docx: each is
    refused saying what it is and what to do, not with a parser's exception."""
    import zipfile

    whole = make_docx(tmp_path / "whole.docx", ["We consent."])
    cases = {
        "old.docx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "is an old Word .doc"),
    }
    with zipfile.ZipFile(whole) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    for name, change, said in [
        ("macros.docx", ("[Content_Types].xml", b"main+xml", b"macroEnabled.main+xml"), "(.docm)"),
        (
            "strict.docx",
            (
                "word/document.xml",
                b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                b"http://purl.oclc.org/ooxml/wordprocessingml/main",
            ),
            "Strict Open XML",
        ),
    ]:
        part, old, new = change
        with zipfile.ZipFile(tmp_path / name, "w") as out:
            for member, data in parts.items():
                out.writestr(member, data.replace(old, new) if member == part else data)
        cases[name] = ((tmp_path / name).read_bytes(), said)
    with zipfile.ZipFile(tmp_path / "stored.docx", "w", zipfile.ZIP_STORED) as out:
        for member, data in parts.items():
            out.writestr(member, data)
    stored = (tmp_path / "stored.docx").read_bytes()
    cases["damaged.docx"] = (stored.replace(b"We consent.", b"We consEnt.", 1), "is damaged")
    cases["cut.docx"] = (whole.read_bytes()[:-200], "is damaged or cut off")
    late = parts["word/document.xml"].replace(
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        b"http://purl.oclc.org/ooxml/wordprocessingml/main",
    )
    late = late.replace(b"?>", b"?>" + b"<!-- " + b"x" * 5000 + b" -->", 1)
    with zipfile.ZipFile(tmp_path / "late.docx", "w") as out:
        for member, data in parts.items():
            out.writestr(member, late if member == "word/document.xml" else data)
    cases["late.docx"] = ((tmp_path / "late.docx").read_bytes(), "Strict Open XML")
    for name, (data, said) in cases.items():
        with pytest.raises(SourceError, match=re.escape(said)):
            read_letters(write(tmp_path, name, data))


def test_a_damaged_or_cut_off_pdf_is_refused_in_words(tmp_path: Path) -> None:
    """pdfminer skips a text stream it cannot decompress: the letter would come in short
    without a word. Such a file, a cut-off one and one with a password are refused, each in
    words a reviewer can act on."""
    lines = [f"Line {n} of the letter, which says what it says." for n in range(40)]
    whole = make_pdf(tmp_path / "whole.pdf", lines, compressed=True)
    assert read_letters(whole)[0].text.count("of the letter") == 40
    with pytest.raises(SourceError, match="is damaged: part of its text is in a stream that"):
        read_letters(make_pdf(tmp_path / "damaged.pdf", lines, damaged=True))
    cut = write(tmp_path, "cut.pdf", whole.read_bytes()[:-120])
    with pytest.raises(SourceError, match=r"is not a complete PDF|is truncated or damaged"):
        read_letters(cut)
    with pytest.raises(SourceError, match="is not a complete PDF"):
        read_letters(write(tmp_path, "notes.pdf", b"%PDF-1.4\nJust some notes.\n"))


def test_a_pdf_with_unmapped_glyphs_is_refused() -> None:
    with pytest.raises(SourceError, match=r"does not map to text \(\(cid:12\), line 2\)"):
        _finish(Letter(Path("x.pdf"), None, "Exhibit 5\nWe (cid:12)onsent.\n", "pdf", None))


# --- limits --------------------------------------------------------------------------------


def test_word_files_are_read_within_a_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sandbox, "SECONDS", 0.01)
    path = make_docx(tmp_path / "letter.docx", ["We consent."])
    with pytest.raises(SourceError, match=r"took more than 0\.01 s to read"):
        read_letters(path)


def test_big_text_and_html_are_read_within_limits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    html = write(tmp_path, "big.htm", b"<p><b>x</b></p>" * 200_000)
    text = write(tmp_path, "big.txt", b"We consent.\n" * 50_000)
    monkeypatch.setattr(sandbox, "MEMORY", 120_000_000)
    with pytest.raises(SourceError, match="needed more than 120 MB to read"):
        read_letters(html)
    monkeypatch.setattr(sandbox, "SECONDS", 0.01)
    with pytest.raises(SourceError, match=r"took more than 0\.01 s to read"):
        read_letters(text)


def test_a_pipe_named_like_a_letter_is_refused_not_read(tmp_path: Path) -> None:
    """A FIFO was reported as "is empty" (its size is 0), which it is not: reading it blocks."""
    import os

    pipe = tmp_path / "letter.txt"
    os.mkfifo(pipe)
    with pytest.raises(SourceError, match="is not a regular file"):
        read_letters(pipe)


def test_the_reading_child_loads_no_numpy() -> None:
    """Loading numpy starts OpenBLAS, which reserves address space for every core: more than
    the child's cap on a large server, where every Word or PDF file then failed to read."""
    import subprocess
    import sys

    probe = "import sys, precedent_bank.importer.sandbox; print('numpy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr


def test_small_text_is_read_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox, "SECONDS", 0.01)  # a child would time out
    assert read_letters(write(tmp_path, "x.txt", b"We consent.\n"))[0].text == "We consent.\n"


def test_a_reading_child_has_its_own_limits_and_dies_with_its_parent(tmp_path: Path) -> None:
    """An import killed mid-file (Ctrl-C, `timeout`, a cancelled job) must not leave a parser
    running: the child has a limit on processor time, and is killed when its parent dies."""
    import os
    import signal
    import subprocess
    import sys
    import time

    pid_file = tmp_path / "child.pid"
    child = (
        "import os, resource, ctypes, time;"
        f"open({str(pid_file)!r}, 'w').write(str(os.getpid()));"
        "print(resource.getrlimit(resource.RLIMIT_CPU)[0], flush=True);"
        "time.sleep(60)"
    )
    parent = (
        "import subprocess, sys; from precedent_bank.importer import sandbox;"
        f"subprocess.run([sys.executable, '-c', {child!r}], preexec_fn=sandbox._limit_child)"
    )
    with subprocess.Popen([sys.executable, "-c", parent], stdout=subprocess.PIPE) as runner:
        assert runner.stdout is not None
        assert int(runner.stdout.readline()) == int(sandbox.SECONDS) + 5
        pid = int(pid_file.read_text())
        runner.send_signal(signal.SIGKILL)
    for _ in range(100):  # the kernel kills the child at once; allow it a moment
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        os.kill(pid, signal.SIGKILL)
        raise AssertionError("the child outlived its parent")


def test_words_soft_hyphen_is_kept_as_text_letters_keep_it(tmp_path: Path) -> None:
    from tests.documents import make_docx_xml

    body = "<w:p><w:r><w:t>non</w:t><w:softHyphen/><w:t>assessable</w:t></w:r></w:p>"
    [letter] = read_letters(make_docx_xml(tmp_path / "x.docx", body))
    assert letter.text == "non\u00adassessable"


def test_a_pdf_page_lost_to_damage_refuses_the_file(tmp_path: Path) -> None:
    """pdfminer's lenient reading drops a page it cannot place (no /Type) or whose stream the
    cross-reference table misplaces: the letter would lose its opinion and signature. Each is
    refused; the sound file is read whole."""
    from tests.documents import make_two_page_pdf

    whole = read_letters(make_two_page_pdf(tmp_path / "whole.pdf"))[0]
    assert "Page one." in whole.text
    assert "Page two." in whole.text
    with pytest.raises(SourceError, match="it lists 2 pages, of which 1 can be read"):
        read_letters(make_two_page_pdf(tmp_path / "untyped.pdf", untyped=True))
    with pytest.raises(SourceError, match="is damaged: its objects do not read cleanly"):
        read_letters(make_two_page_pdf(tmp_path / "misplaced.pdf", misplaced=True))


def test_a_pdfs_filled_in_form_fields_are_named_not_lost_unsaid(tmp_path: Path) -> None:
    """A date or signature line typed into a PDF form field is no part of the text layer: the
    letter is read without it, and a warning gives the values to add by hand."""
    path = make_pdf(
        tmp_path / "form.pdf", ["We consent."], fields=("June 14, 2022", "/s/ Pell & Ash LLP")
    )
    [letter] = read_letters(path)
    assert "June" not in letter.text
    assert letter.warnings == (
        "has filled-in form field(s) whose values are not in its text, so not in the letter "
        'read: "June 14, 2022", "/s/ Pell & Ash LLP"; add them by hand where they belong',
    )
    assert read_letters(make_pdf(tmp_path / "plain.pdf", ["We consent."]))[0].warnings == ()


_CHAIN = "".join(
    f'<w:style w:type="paragraph" w:styleId="C{n}"><w:basedOn w:val="C{n + 1}"/></w:style>'
    for n in range(60)
)


@pytest.mark.parametrize(
    ("styles", "body", "shown"),
    [
        # hidden by a character style, or by a paragraph style based on one that hides; a
        # style that hides nothing leaves its text alone
        (
            '<w:style w:type="character" w:styleId="Note"><w:rPr><w:vanish/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Drafting"><w:rPr><w:vanish/></w:rPr>'
            '</w:style><w:style w:type="paragraph" w:styleId="Aside"><w:basedOn '
            'w:val="Drafting"/></w:style><w:style w:type="paragraph" w:styleId="Shown">'
            '<w:basedOn w:val="Drafting"/><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>',
            '<w:p><w:r><w:t>We consent.</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Note"/></w:rPr>'
            "<w:t>[Partner note]</w:t></w:r></w:p>"
            '<w:p><w:pPr><w:pStyle w:val="Aside"/></w:pPr><w:r><w:t>[Associate note]</w:t>'
            '</w:r></w:p><w:p><w:pPr><w:pStyle w:val="Shown"/></w:pPr><w:r><w:t>Shown.</w:t>'
            "</w:r></w:p>",
            "We consent.\n\nShown.",
        ),
        # the default paragraph style hides a paragraph naming no style; a run's `rStyle`
        # naming a paragraph style means nothing to Word; a long `basedOn` chain is followed
        (
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:vanish/>'
            '</w:rPr></w:style><w:style w:type="paragraph" w:styleId="Body"><w:rPr>'
            f'<w:vanish w:val="0"/></w:rPr></w:style>{_CHAIN}'
            '<w:style w:type="paragraph" w:styleId="C60"><w:rPr><w:vanish/></w:rPr></w:style>',
            "<w:p><w:r><w:t>[Default-hidden note]</w:t></w:r></w:p>"
            '<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:t>We consent.</w:t></w:r>'
            '<w:r><w:rPr><w:rStyle w:val="Normal"/></w:rPr><w:t> Still shown.</w:t></w:r></w:p>'
            '<w:p><w:pPr><w:pStyle w:val="C0"/></w:pPr><w:r><w:t>[Chained note]</w:t></w:r></w:p>',
            "We consent. Still shown.",
        ),
    ],
)
def test_word_text_hidden_by_a_style_is_left_out_too(
    tmp_path: Path, styles: str, body: str, shown: str
) -> None:
    from tests.documents import W_NS, make_docx_xml

    part = f'<?xml version="1.0"?><w:styles xmlns:w="{W_NS}">{styles}</w:styles>'
    path = make_docx_xml(tmp_path / "x.docx", body, parts={"word/styles.xml": part})
    [letter] = read_letters(path)
    assert letter.text == shown
    assert any(w.startswith("hidden text left out, as Word hides it") for w in letter.warnings)


def test_a_letter_all_hidden_or_only_encoded_says_so(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"has no text a reader sees \(hidden text left out"):
        read_letters(write(tmp_path, "x.htm", b"<p style='display:none'>We consent.</p>"))
    submission = (
        "<DOCUMENT>\n<TYPE>EX-5.1\n<FILENAME>d1.pdf\n<TEXT>\n<PDF>\nbegin 644 d1.pdf\nM)5!$\n"
        "end\n</PDF>\n</TEXT>\n</DOCUMENT>\n"
    )
    with pytest.raises(SourceError, match=r"only an encoded binary copy \(EX-5\.1 \(d1\.pdf\)\)"):
        read_letters(write(tmp_path, "s.txt", submission.encode()))
