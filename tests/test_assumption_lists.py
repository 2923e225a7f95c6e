"""Lists of assumptions: what leads one in, and how its items go on across cuts and pages."""

from __future__ import annotations

from precedent_bank.importer.record import draft_record
from tests.test_importer import letter
from tests.test_limits_and_page_heads import counsel_letter, opening_clause
from tests.test_outside_shapes import day_one

_GUARANTORS = (
    "(c) that each of Tarn Carriers, Inc., an Ohio corporation, and Wick Drayage LLC, a Nevada "
    "limited liability company, is validly existing and in good standing under the laws of its "
    "jurisdiction and has duly authorized, executed and delivered its Guarantee;"
)


def test_an_aside_may_end_the_lead_in_to_assumptions() -> None:
    """ "we have assumed, without independent investigation:" was no lead-in to assumptions (the
    aside had to be closed by a comma), so an item worded as the existence opinion - what local
    counsel will cover for the guarantors - was typed the opinion."""
    text = counsel_letter(
        "For purposes of this opinion, we have assumed, without independent investigation:\n\n"
        "(a) the genuineness of all signatures;\n\n(b) the authenticity of all documents "
        f"submitted to us as originals;\n\n{_GUARANTORS}\n\n(d) that the Indenture has not been "
        "amended.\n\nIn our opinion, the Notes will be valid and binding obligations of the "
        "Company.",
        "S-3",
    )
    assert opening_clause(text, "(c) that each of Tarn").type.startswith("assumption-")


def test_an_item_cut_mid_sentence_keeps_its_list_going() -> None:
    """A hard-wrapped item the segmenter cut mid-sentence ("... as certified," / "conformed
    copies conform ...") ended the list, and the next item, worded as the existence opinion,
    was typed the opinion."""
    text = counsel_letter(
        "          In making our examination, we have assumed:\n\n"
        "          (a)  that all signatures on the documents examined by us are\n"
        "               genuine and that each natural person executing any such\n"
        "               document had the legal capacity to do so;\n\n"
        "          (b)  that all documents submitted to us as originals are\n"
        "               authentic and all documents submitted to us as certified,\n"
        "               conformed or photostatic copies conform to the originals\n"
        "               thereof;\n\n"
        "          (c)  that the Trustee is duly organized and validly existing\n"
        "               and has the power and authority to enter into and perform\n"
        "               the Indenture;\n\n"
        "          (d)  that the terms of the Notes have not been varied by any\n"
        "               oral agreement.\n\n"
        "          In our opinion, the Notes will be valid and binding obligations of the "
        "Company.",
        "S-3",
    )
    assert opening_clause(text, "(c)  that the Trustee").type.startswith("assumption-")


def test_a_paragraph_after_a_lists_open_last_item_is_no_item() -> None:
    """A list whose last item ends open ("... duly organized;"), then a blank line and the
    opinion: the opinion was read as going on with the item, and merged into it."""
    text = counsel_letter(
        "We have assumed:\n\n(a) that all signatures are genuine;\n\n(b) that the Trustee is "
        "duly organized;\n\nIn our opinion, the Notes will be valid and binding obligations of "
        "the Company.",
        "S-3",
    )
    assert opening_clause(text, "In our opinion").type == "opinion-debt"
    # a list's items that open with no marker, each ending open, stay together with their lead-in
    listed = counsel_letter(
        "We have examined the following:\n\nThe Registration Statement;\n\nThe Indenture; "
        "and\n\nThe resolutions of the Board of Directors.\n\nIn our opinion, the Notes will "
        "be valid and binding obligations of the Company.",
        "S-3",
    )
    examined = opening_clause(listed, "We have examined")
    assert examined.type.startswith("documents-examined")
    assert "The resolutions" in examined.text


def test_an_aside_after_assumed_that_leads_the_list_too() -> None:
    """ "we have further assumed that, at the time of the issuance of any Securities: (i) ...;
    (ii) ..." (and the same with no colon before "(i)") named no list of assumptions: the
    items, run together, were typed the existence opinion, the trustee's being among them."""
    items = (
        "(i) the Registration Statement will be effective under the Act; (ii) each Trustee "
        "will be duly organized, validly existing and in good standing under the laws of its "
        "jurisdiction of organization; and (iii) the Company will have enough authorized "
        "shares of Common Stock for any issuance of them."
    )
    for lead in (
        "In rendering the opinions below, we have further assumed that, at the time of the "
        "issuance, sale and delivery of any Securities: ",
        "We have further assumed that, at the time any Securities are issued, ",
    ):
        text = counsel_letter(
            f"{lead}{items}\n\nIn our opinion, the Notes will be valid and binding "
            "obligations of the Company.",
            "S-3",
        )
        clauses = draft_record(letter(text), day_one()).clauses
        typed = [c.type for c in clauses if "(i)" in c.text or "(iii)" in c.text]
        assert typed
        assert all(t.startswith("assumption-") for t in typed), typed


def test_items_of_a_long_list_name_their_own_kinds() -> None:
    """A list of assumptions from (a) to (j): "(j)" was no item's marker (only "(a)" to "(h)"
    were), the other parties' signing "by each party thereto other than the Company" and the
    facts "set forth in the Merger Agreement ... are true" named no kind, and "duly
    authorized, | executed and delivered by ..." was cut between the acts it lists."""
    filler = "".join(
        f"({m}) that the Merger will be completed as described in the Proxy Statement;\n\n"
        for m in "efghi"
    )
    text = counsel_letter(
        "In rendering this opinion, we have assumed:\n\n"
        "(a) that all signatures are genuine;\n\n"
        "(b) the due execution and delivery of all documents by each party thereto other than "
        "the Company;\n\n"
        "(c) that the Merger Agreement will not be amended;\n\n"
        "(d) that the statements concerning the Merger set forth in the Merger Agreement and the "
        "Proxy Statement/Prospectus are true, complete and correct;\n\n"
        f"{filler}"
        "(j) that the Merger Agreement has been duly authorized, executed and delivered by each "
        "party thereto other than the Company, and that each such party has the power to "
        "perform its obligations under it.\n\nIn our opinion, the Shares will be validly issued.",
        "S-4",
    )
    clauses = draft_record(letter(text), day_one()).clauses

    def kind(marker: str) -> list[str]:
        return [c.type for c in clauses if marker in c.text]

    assert kind("(b) the due execution") == ["assumption-other-parties"]
    assert kind("(d) that the statements") == ["assumption-factual-reliance"]
    assert kind("(j) that the Merger Agreement") == ["assumption-other-parties"]
    assert kind("executed and delivered by each party thereto other than the Company, and") == [
        "assumption-other-parties"
    ]
