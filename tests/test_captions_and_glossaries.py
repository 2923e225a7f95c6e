"""Foreign and offshore counsel's letters that testers' sets of session 35 showed typed wrong: a
letter's own glossary ("In this opinion: ... means"), wording that opens a unit under its caption
("6. GOVERNING LAW"), an English firm's "reservations", a search at a registry, an in-house
lawyer's stake in the plan, and a running head with the date beside the name."""

from __future__ import annotations

import pytest

from precedent_bank.importer.cues import cue_scores
from precedent_bank.importer.record import draft_record
from precedent_bank.importer.segment import segment
from tests.test_importer import letter
from tests.test_limits_and_page_heads import counsel_letter
from tests.test_outside_shapes import day_one


def _named(text: str) -> str:
    scores, _ = cue_scores(text)
    return max(scores, key=scores.__getitem__) if scores else ""


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the letter's glossary, even when it goes on to say what "non-assessable" means
        (
            "1.2 In this opinion: \u201cCompanies Law\u201d means the Companies (Jersey) Law 1991; "
            "\u201cnon-assessable\u201d means that no further sum is payable on a share.",
            "engagement",
        ),
        (
            "For the purposes of this opinion, the term \u201cDocuments\u201d means the indenture "
            "dated 19 October 2009 and the guarantee endorsed on the notes.",
            "engagement",
        ),
        # what "non-assessable" means on its own is still a caveat on the shares opinion
        (
            "In this opinion, \u201cnon-assessable\u201d means that no further sum is payable on a "
            "share.",
            "qualification-other",
        ),
        # what the registry search was: papers examined
        (
            "2.2 On 11 September 2019 we carried out an online search at Companies House in "
            "respect of the Company.",
            "documents-examined",
        ),
        # an in-house lawyer's stake in the plan, disclosed apart
        (
            "I am a participant in the Plan and hold options to purchase shares of Common Stock "
            "of the Company.",
            "other",
        ),
        # the sentence after what "enforceable" means goes on saying it (a limit, as that
        # definition is: test_local_and_offshore_items)
        (
            "It does not mean that each obligation will be enforced in accordance with its terms.",
            "limitation-scope",
        ),
        # an assumption that names a bankruptcy is no bankruptcy exception
        (
            "We have further assumed that the Resolutions have not been amended or revoked and "
            "that the entry into the Guarantee is not made in a period of suspicion preceding "
            "any bankruptcy of the Guarantor.",
            "assumption-other",
        ),
        (
            "(a) the genuineness and authenticity of all signatures, stamps and seals;",
            "assumption-genuineness",
        ),
        (
            "3. Luxembourg legal concepts are expressed in English terms and not in their "
            "original French or German terms.",
            "limitation-scope",
        ),
        (
            "3.5 No authorisations, consents, approvals, licences, validations or exemptions are "
            "required by law from any governmental authorities in the Cayman Islands in "
            "connection with the issue of the Notes.",
            "opinion-other",
        ),
        (
            "4. The execution, delivery and performance of the Warrant Agreement and the issue "
            "of the Units and the Warrants have been authorised by and on behalf of the Company.",
            "opinion-other",
        ),
        (
            "Based on our understanding of the PRC Laws currently in effect, the approval of the "
            "China Securities Regulatory Commission is not required for the listing of the ADSs.",
            "opinion-other",
        ),
        (
            '6. There is no concept of "non-assessability" under Hong Kong law.',
            "qualification-other",
        ),
        (
            'The concept of "non-assessability" is not recognised as such under Italian law.',
            "qualification-other",
        ),
        ("The following terms as used in this opinion are defined as follows:", "engagement"),
        (
            "(iv) Under the laws of Mexico, the choice of the laws of the State of New York to "
            "govern the Indenture and the Notes is valid.",
            "opinion-other",
        ),
        (
            "The New Shares are being issued out of the capital band (Kapitalband) set forth in "
            "Article 3a of the Articles of Association.",
            "engagement",
        ),
        (
            "Any undertaking to indemnify a party against the costs of enforcement, or against "
            "the consequences of its own negligence, may not be enforceable.",
            "qualification-indemnification",
        ),
        (
            "A judgment of a court of the United States would not be directly enforceable in "
            "Guernsey.",
            "qualification-other",
        ),
        (
            "I am an advocate of the High Court of Justice of the Isle of Man and a partner of "
            "Kermode Quayle, Isle of Man counsel to Snaefell Interactive plc.",
            "engagement",
        ),
        (
            '4. The statements in the Prospectus under the caption "Enforceability of Civil '
            'Liabilities", insofar as they constitute statements of Bahamian law, are accurate.',
            "opinion-other",
        ),
        (
            "We have also consulted the Central Register of Solvency (RegSol) and the website of "
            "the Belgian State Gazette.",
            "documents-examined",
        ),
        (
            "The Transcript does not necessarily reveal whether bankruptcy or debt negotiation "
            "proceedings have been opened.",
            "qualification-other",
        ),
        (
            "Under article 2:7 of the Netherlands Civil Code, a legal act may be nullified by the "
            "company if it is not in its corporate interest and the other party knew it.",
            "qualification-other",
        ),
        (
            "Registration duties may be payable in Luxembourg if the Indenture or the Exchange "
            "Notes are registered there.",
            "qualification-other",
        ),
        # an English firm's "reservations", like anyone's qualifications
        ("4. Our opinion is subject to the following reservations:", "qualification-other"),
    ],
)
def test_wording_of_foreign_counsel_names_its_type(text: str, kind: str) -> None:
    assert _named(text.lower()) == kind


def test_a_duty_that_may_be_payable_inside_the_opinion_that_none_is_makes_no_exception() -> None:
    scores, _ = cue_scores(
        "4.5 no taxes, fees or charges (other than stamp duty, which may be payable if original "
        "instruments of transfer are executed in the cayman islands) are payable under the laws "
        "of the cayman islands on the issue of the shares."
    )
    assert "qualification-other" not in scores


def test_a_definition_of_the_law_covered_is_no_glossary() -> None:
    """'In this opinion, "Dutch law" means the law directly applicable in the Netherlands' says
    what law the letter covers: not the engagement's defined terms."""
    scores, _ = cue_scores(
        'in this opinion, "dutch law" means the law directly applicable in the netherlands.'
    )
    assert "engagement" not in scores


def test_wording_that_opens_a_unit_counts_under_its_caption() -> None:
    """Session 35, BP: "6. GOVERNING LAW" over "6.1 This letter ... is governed by English law":
    the pattern for a letter governed by a law opens a unit, and the caption stood before it, so
    nothing named the clause and it took the type of the bank's nearest (a limit of scope)."""
    sentence = (
        "6.1 this letter and any non-contractual obligations arising out of or in connection "
        "with it are governed by and shall be construed in accordance with english law."
    )
    alone, _ = cue_scores(sentence)
    captioned, best = cue_scores("6. GOVERNING LAW " + sentence)  # as the recogniser reads it
    assert "limitation-jurisdiction" in alone
    assert captioned.get("limitation-jurisdiction") == alone["limitation-jurisdiction"]
    assert best["limitation-jurisdiction"].quote.startswith("6.1 this letter")
    assert best["limitation-jurisdiction"].at_start
    # a name in capitals that opens a sentence is no caption
    assert cue_scores("ABC " + sentence)[0].get("limitation-jurisdiction") is None


def test_a_running_head_with_the_date_beside_the_name_is_furniture() -> None:
    """Session 35, BP: after <PAGE>, "Tremont Holdings, Inc. et al.       April 1, 2008" on one
    line was taken into the sentence the page break cut."""
    text = (
        "Ladies and Gentlemen:\n\n"
        "We have acted as Ontario counsel to Tremont Holdings, Inc. In rendering this opinion\n"
        "we have relied upon a\n\n"
        "                                -2-\n\n<PAGE>\n\n"
        "Tremont Holdings, Inc. et al.              April 1, 2008\n\n"
        "certificate of an officer of each Guarantor dated the date hereof.\n\n"
        "Yours truly,\n\n/s/ Marchbank Oyler LLP\n"
    )
    furniture = [u.text for u in segment(text) if u.zone == "page-furniture"]
    assert any("April 1, 2008" in piece for piece in furniture)
    assert not any("certificate of an officer" in piece for piece in furniture)


def test_a_list_of_assumptions_with_no_markers_keeps_its_items() -> None:
    """Session 35, BT: "We have assumed:" / "the genuineness ...;" / "that each document seen
    only in draft was signed in that form;" / ... - the items
    with no marker, opening in lower case, whose words name no kind, took the type of the
    bank's nearest clauses (papers examined, the engagement), or the first item's (the
    signatures' genuineness); they are other assumptions. A numbered
    paragraph after such a list is no item of it."""
    body = (
        "We have assumed:\n\n"
        "the genuineness and authenticity of every signature we saw, and that each copy we "
        "were given matches its original;\n\n"
        "that each document we saw only as a draft has since been signed in the form of that "
        "draft;\n\n"
        "the accuracy, as to matters of fact, of the certificates of the Company's officers "
        "given to us;\n\n"
        "that the issue of any Securities will be in compliance with the consent to the issue "
        "and free transferability of the Company's securities given under the Exchange Control "
        "Act 1972; and\n\n"
        "that no invitation has been or will be made to the public in Bermuda to subscribe for "
        "any of the Securities.\n\n"
        "3. Based upon the foregoing, we are of the opinion that the Company is duly "
        "incorporated and existing under the laws of Bermuda.\n\n"
    )
    clauses = draft_record(letter(counsel_letter(body, "F-3")), day_one()).clauses
    for words in ("only as a draft", "free transferability", "no invitation"):
        clause = next(c for c in clauses if words in c.text)
        assert clause.type == "assumption-other", (words, clause.type)
        assert "genuineness" not in clause.text
    opinion = next(c for c in clauses if "duly incorporated" in c.text)
    assert opinion.type == "opinion-existence"
