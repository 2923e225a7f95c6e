"""Numbered section headings weigh on the types of the clauses under them (fictional letters)."""

from __future__ import annotations

from precedent_bank.importer.recogniser import Recogniser
from precedent_bank.importer.record import draft_record
from precedent_bank.importer.sections import is_caption, is_section_heading, sections
from precedent_bank.importer.segment import Unit
from tests.test_importer import letter

OFFSHORE = (
    "Dear Sirs\n\n"
    "1 Documents Reviewed\n\nWe have reviewed the certificate of incorporation of Marrowby "
    'Holdings Ltd. (the "Company").\n\n'
    "2 Opinion\n\n2.1 The Company has been duly incorporated and is validly existing.\n\n"
    "3 Qualifications\n\n3.1 The Company will remain in good standing only if it pays its "
    "annual fee to the Registrar each January.\n\n"
    "3.2 A Share issued under the Registration Statement will be entered in the register of "
    "members, which the Grand Court may order rectified.\n\n"
    "Yours faithfully\n\n/s/ Pellam & Gray\n"
)


def _body_units(texts: list[str]) -> list[Unit]:
    """The body's units, one per text, laid end to end."""
    units, at = [], 0
    for text in texts:
        units.append(Unit(at, at + len(text), "body", text))
        at += len(text)
    return units


def test_a_section_heading_allows_its_families_until_the_next_heading() -> None:
    texts = ["Intro text.\n\n", "4. Qualifications\n\n", "Caveat one.\n\n", "5 Consent\n\n", "x"]
    found = sections(_body_units(texts))
    assert found[0] is None
    assert found[1] == found[2]
    assert found[2] is not None
    assert {"qualification-other", "limitation-scope"} <= found[2]
    assert "opinion-existence" not in found[2]
    assert found[4] is not None
    assert "consent" in found[4]
    assert is_section_heading("3  Assumptions\n")
    assert is_section_heading("ASSUMPTIONS OF FACTS\n")  # a tax letter's facts it was given
    assert not is_section_heading("Assumptions are made below.")


def test_a_caveat_under_qualifications_is_not_read_as_the_share_opinion(
    recogniser: Recogniser,
) -> None:
    clauses = draft_record(letter(OFFSHORE), recogniser).clauses
    typed = {" ".join(c.text.split())[:9]: c for c in clauses}
    assert typed["2 Opinion"].type == "opinion-existence"
    assert typed["2 Opinion"].confidence >= 0.7  # as sure as the opinion it heads
    register = next(c for c in clauses if "register of members" in c.text)
    assert register.type.startswith("qualification-")


def test_a_bare_heading_joins_the_clause_it_heads_whatever_its_type(
    recogniser: Recogniser,
) -> None:
    """ "2 Assumptions" over the facts relied on: the heading is the first line of that clause,
    not a clause of another assumption type on its own (it was typed genuineness)."""
    text = OFFSHORE.replace(
        "2 Opinion\n\n",
        "2 Assumptions\n\n2.1 As to matters of fact material to these opinions, we have relied "
        "on a certificate of a director of the Company.\n\n3 Opinion\n\n",
    )
    clauses = draft_record(letter(text), recogniser).clauses
    [headed] = [c for c in clauses if "2 Assumptions" in c.text]
    assert headed.text.startswith("2 Assumptions\n\n2.1 As to matters of fact")
    assert headed.type == "assumption-factual-reliance"


def test_any_caption_joins_the_clause_it_heads(recogniser: Recogniser) -> None:
    """A firm's own captions ("PART FOUR \u2014 OUR VIEW") are no section word the importer
    knows; one was typed on its own (as a tax opinion, in a tester's letter, which made the
    letter a "tax opinion" and the caption a clause page's first variant)."""
    text = (
        "May 4, 2019\n\nQuillon Ridge Corp.\n1 Oak Way\n\nLadies and Gentlemen:\n\n"
        "We have acted as counsel to Quillon Ridge Corp., a Delaware corporation (the "
        '"Company"), in connection with its Registration Statement on Form S-3 for the resale '
        'of 2,000,000 shares of common stock (the "Shares").\n\n'
        "PART TWO \u2014 THE PAPERS ON OUR DESK\n\nWe have examined the Company's certificate "
        "of incorporation and bylaws and the resolutions of its board.\n\n"
        "PART FOUR \u2014 OUR VIEW\n\nIn our opinion, the Shares are validly issued, fully paid "
        "and non-assessable.\n\nVery truly yours,\n\n/s/ Harlow & Vance LLP\n"
    )
    clauses = draft_record(letter(text), recogniser).clauses
    [headed] = [c for c in clauses if "OUR VIEW" in c.text]
    assert headed.text.startswith("PART FOUR \u2014 OUR VIEW\n\nIn our opinion, the Shares")
    assert headed.type == "opinion-equity"
    assert is_caption("MATTERS ASSUMED\n")
    assert not is_caption("Delaware General Corporation Law")  # a listed law, not a caption
    assert not is_caption("SERIES B WARRANTS 1000000 WARRANTS")  # a table row
    assert is_caption("PART ONE \u2014 WHY YOU ARE HEARING FROM US")
    for sentence in ("We consent.", "the Company", "Very truly yours,", "(a) the Indenture;"):
        assert not is_caption(sentence)


def test_a_tax_letters_discussion_is_its_opinions() -> None:
    """A tax letter heads its reasoning "Discussion" or "Federal Income Tax Consequences": what
    follows is the opinion's, though it speaks of representations and of the regulations."""
    for heading in ("Discussion\n\n", "Material U.S. Federal Income Tax Consequences\n\n"):
        text = heading + "The General Partner has represented that the income qualifies.\n\n"
        units = [Unit(0, len(text), "body", text)]
        allowed = sections(units)[0]
        assert allowed is not None
        assert "opinion-tax" in allowed
        assert "assumption-factual-reliance" not in allowed
        assert is_section_heading(heading)


def test_parts_numbered_in_roman_figures_or_captioned_in_lower_case_head_their_clause(
    recogniser: Recogniser,
) -> None:
    """ "II. Assumptions" was cut at its full stop, and "II." typed on its own as the clause
    before; "6. Scope and reliance" (lower-case words) was a clause alone; "3. Assumptions"
    after items "2.1" to "2.4" was read as the list's next item and typed with the documents."""
    text = OFFSHORE.replace(
        "1 Documents Reviewed\n\nWe have reviewed the certificate of incorporation of Marrowby "
        'Holdings Ltd. (the "Company").\n\n',
        "I. Documents\n\nWe have reviewed only copies of the following:\n\n"
        '1.1 the certificate of incorporation of Marrowby Holdings Ltd. (the "Company");\n\n'
        "1.2 the resolutions of its board of directors.\n\n"
        "II. Assumptions\n\nWe have assumed the genuineness of all signatures and the "
        "conformity to originals of all copies.\n\n",
    ).replace(
        "3.2 A Share",
        "4. Scope and reliance\n\nThis opinion is limited to the laws of the Cayman Islands.\n\n"
        "5.1 A Share",
    )
    clauses = draft_record(letter(text), recogniser).clauses
    [assumed] = [c for c in clauses if "genuineness" in c.text]
    assert assumed.text.startswith("II. Assumptions\n\nWe have assumed")
    assert assumed.type == "assumption-genuineness"
    [limited] = [c for c in clauses if "limited to the laws" in c.text]
    assert limited.text.startswith("4. Scope and reliance\n\nThis opinion is limited")
    assert limited.type == "limitation-jurisdiction"


def test_an_offshore_letters_assumptions_may_open_with_its_date_and_laws(
    recogniser: Recogniser,
) -> None:
    """A Cayman letter's "2 Assumptions" opens with the circumstances and the laws its opinions
    are given on: those limits were made assumptions by the section's heading."""
    text = OFFSHORE.replace(
        "2 Opinion\n\n",
        "2 Assumptions\n\nThe following opinions are given only as to, and based on, "
        "circumstances and matters of fact existing and known to us on the date of this opinion "
        "letter. These opinions relate only to the laws of the Cayman Islands which are in force "
        "on the date of this opinion letter.\n\n2.1 All signatures and seals are genuine.\n\n"
        "3 Opinion\n\n",
    )
    clauses = draft_record(letter(text), recogniser).clauses
    kinds = {" ".join(c.text.split())[:30]: c.type for c in clauses}
    assert kinds["2 Assumptions The following op"] == "limitation-date"
    assert kinds["These opinions relate only to "] == "limitation-jurisdiction"
    assert kinds["2.1 All signatures and seals a"] == "assumption-genuineness"


def test_an_assumptions_section_allows_no_papers_and_a_schedule_has_its_title() -> None:
    """Session 33, BG: below a schedule of the documents examined, the items of "SCHEDULE 2 /
    Assumptions" naming no kind ("2. The Board Minutes are a true record of a duly convened
    meeting") read like those documents and were typed what was examined: an assumptions
    section allows facts relied on, but no list of papers, and a schedule's number above its
    title no longer hides the title."""
    texts = [
        "SCHEDULE 2\n\nAssumptions\n\n1. All signatures are genuine.\n\n",
        "2. The minutes.\n\n",
    ]
    found = sections(_body_units(texts))
    assert found[0] is not None
    assert found[1] == found[0]
    assert {"assumption-other", "assumption-factual-reliance", "limitation-date"} <= found[1]
    assert "documents-examined" not in found[1]
