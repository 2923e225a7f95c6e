"""Clause types and cuts on unseen letter styles (issue 8, "Where the characters go").

Each failure the issue lists on the private letters is written here as a fictional letter (the
firms, companies and wording are our own), so that what works stays working and what was fixed
stays fixed: sentences that change job mid-way, unpunctuated bullet lists, hard-wrapped `.txt`
letters whose paragraphs are marked by indentation, engagement against documents examined in a
tax letter, page furniture in mid-letter, limitation-scope and factual reliance, and plainly
right clauses that must not look unsure.
"""

from __future__ import annotations

import pytest

from precedent_bank.importer.recogniser import REVIEW_BELOW, Recogniser
from precedent_bank.importer.record import Clause, draft_record
from precedent_bank.importer.segment import segment
from tests.test_importer import letter

SIGNED = "\n\nVery truly yours,\n\n/s/ Arlow & Benning LLP\n"


def clauses(
    recogniser: Recogniser, body: str, head: str = "Ladies and Gentlemen:\n\n"
) -> list[Clause]:
    return draft_record(letter(head + body + SIGNED), recogniser).clauses


def typed(recogniser: Recogniser, body: str) -> list[tuple[str, str]]:
    """Each clause's type and its first words, heading and signature left out."""
    return [(c.type, " ".join(c.text.split())[:28]) for c in clauses(recogniser, body)[1:-1]]


# --- one sentence that changes job mid-way ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # worked before this round
        'In connection with the Registration Statement on Form S-8 (the "Registration '
        'Statement") filed by Pemberton Kiln Company, a Delaware corporation, relating to '
        "2,500,000 shares of its common stock, we have examined such corporate records and "
        "other documents as we have considered necessary.",
        'In connection with the proposed offering by Pemberton Kiln Company (the "Company") of '
        "$300,000,000 of its 5.25% Senior Notes due 2031, we, as counsel to the Company, have "
        "examined the Indenture and such other documents as we have considered appropriate.",
        "As special counsel to Pemberton Kiln Company, a Nevada corporation, in connection with "
        "the filing of its registration statement on Form S-3, we are familiar with the "
        "proceedings taken by the Company to authorize the issuance of the Shares.",
        # failed before this round: not cut at all
        "As your counsel in connection with the registration of 1,200,000 shares of common stock "
        "of Pemberton Kiln Company, we have examined its certificate of incorporation and "
        "by-laws and such other records as we have thought relevant.",
        "We have acted as counsel for Pemberton Kiln Company in connection with its registration "
        "statement on Form S-3 relating to 800,000 shares of common stock, and as such counsel we "
        "are familiar with the corporate proceedings taken to authorize the shares.",
        "This opinion is furnished to you in connection with the registration statement on Form "
        "S-8 of Pemberton Kiln Company relating to 600,000 shares of its common stock, and in so "
        "doing we have examined its articles of incorporation, its bylaws and the resolutions "
        "of its board of directors.",
    ],
)
def test_an_engagement_lead_then_what_was_examined_is_two_clauses(
    recogniser: Recogniser, sentence: str
) -> None:
    assert [t for t, _ in typed(recogniser, sentence)] == ["engagement", "documents-examined"]


TAX_IN_ONE_SENTENCE = (
    'We have acted as special tax counsel to Ravensmoor Shipping Trust (the "Trust") in '
    "connection with the offering of 3,000,000 common shares of beneficial interest under its "
    "registration statement on Form S-11, and, having reviewed the prospectus and the "
    "certificate of the Trust's managing trustee as to certain factual matters, upon which we "
    "have relied without independent verification, we hereby confirm that the statements in "
    'the prospectus under the heading "Material U.S. Federal Income Tax Considerations", '
    "insofar as they summarize matters of United States federal income tax law, constitute our "
    "opinion as to the material U.S. federal income tax consequences of owning the common "
    "shares, it being understood that our opinion is based on the Internal Revenue Code of 1986 "
    "and the regulations, rulings and decisions under it as in effect on the date of this "
    "letter, all of which may change, possibly with retroactive effect, and that we hereby "
    "consent to the filing of this letter as Exhibit 8.1 to the registration statement and to "
    "the reference to our firm under that heading."
)


def test_a_tax_letter_whose_body_is_one_sentence_is_cut_where_each_job_starts(
    recogniser: Recogniser,
) -> None:
    # Before this round: engagement and what was reviewed were one clause typed factual
    # reliance, the basis in the Code went with the opinion, and "possibly with retroactive
    # effect" with the consent.
    assert typed(recogniser, TAX_IN_ONE_SENTENCE) == [
        ("engagement", "We have acted as special tax"),
        ("documents-examined", "and, having reviewed the pro"),
        ("assumption-factual-reliance", "upon which we have relied wi"),
        ("opinion-tax", "we hereby confirm that the s"),
        ("limitation-date", "it being understood that our"),
        ("consent", "and that we hereby consent t"),
    ]


# --- unpunctuated bullet lists ----------------------------------------------------------------


def test_an_unpunctuated_list_ends_where_the_next_sentence_starts(recogniser: Recogniser) -> None:
    # Before this round the last item and the sentence after the list were one clause, and
    # "Form S-3." ended no sentence (the "3" was read as an initial).
    body = (
        'We have acted as counsel to Pemberton Kiln Company (the "Company") in connection with '
        "its registration statement on Form S-3. In that connection we have examined\n"
        "\u2022 the Registration Statement\n"
        "\u2022 the Indenture dated as of June 1, 2022\n"
        "\u2022 resolutions of the Board of Directors of the Company\n"
        "We have assumed the genuineness of all signatures and the authenticity of all "
        "documents submitted to us as originals."
    )
    assert typed(recogniser, body) == [
        ("engagement", "We have acted as counsel to "),
        ("documents-examined", "In that connection we have e"),
        ("assumption-genuineness", "We have assumed the genuinen"),
    ]


def test_a_form_name_ends_a_sentence_but_an_initial_does_not() -> None:
    text = "We act for the Company on Form S-3. It is a shelf. Mr. J. Smith signed.\n"
    assert [u.text for u in segment(text)] == [
        "We act for the Company on Form S-3. ",
        "It is a shelf. ",
        "Mr. J. Smith signed.\n",
    ]


def test_a_dashed_list_of_assumptions_is_cut_into_its_types(recogniser: Recogniser) -> None:
    body = (
        "In rendering this opinion we have assumed\n"
        "- the genuineness of all signatures and the legal capacity of natural persons\n"
        "- the accuracy of the statements of fact in the certificates of officers of the Company\n"
        "- that the Trustee has duly authorized, executed and delivered the Indenture"
    )
    assert [t for t, _ in typed(recogniser, body)] == [
        "assumption-genuineness",
        "assumption-factual-reliance",
        "assumption-other-parties",
    ]


# --- hard-wrapped .txt letters, paragraphs marked by indentation ------------------------------

HARD_WRAPPED = """\
     We have acted as counsel to Pemberton Kiln Company, a Delaware corporation
(the "Company"), in connection with its registration statement on Form S-8
relating to 900,000 shares of its common stock issuable under its 2019 plan.
     We have examined originals or copies of the certificate of incorporation
and by-laws of the Company, resolutions of its board of directors and such

Pemberton Kiln Company
June 2, 2020
Page 2

other records as we have deemed necessary for the purposes of this opinion.
     We have assumed the genuineness of all signatures and the authenticity of
all documents submitted to us as originals.
                                  OPINION
     Based on the foregoing, we are of the opinion that the shares, when issued
in accordance with the plan, will be validly issued, fully paid and
nonassessable.
     We consent to the use of this letter as Exhibit 5.1 to the registration
statement we have named."""


def test_indented_paragraphs_and_a_page_break_mid_paragraph(recogniser: Recogniser) -> None:
    found = clauses(recogniser, HARD_WRAPPED)
    assert [(c.type, " ".join(c.text.split())[:20]) for c in found[1:-1]] == [
        ("engagement", "We have acted as cou"),
        ("documents-examined", "We have examined ori"),
        ("page-furniture", "Pemberton Kiln Compa"),  # the page-2 head, not in the paragraph
        ("documents-examined", "other records as we "),
        ("assumption-genuineness", "We have assumed the "),
        ("opinion-equity", "OPINION Based on the"),  # a centred caption goes with its paragraph
        ("consent", "We consent to the us"),
    ]
    assert all(c.paragraph == "new" for c in found[1:4])


# --- engagement, documents examined and a tax letter's engagement -----------------------------


def test_a_tax_letters_engagement_is_not_its_opinion(recogniser: Recogniser) -> None:
    # Before this round the REIT opinion (no word "tax" in it) was typed opinion-existence and
    # "Our opinion is based on the Internal Revenue Code ..." was not limitation-date.
    body = (
        "We have acted as special tax counsel to Corriedale Lodging Trust, a Maryland real "
        'estate investment trust (the "Trust"), in connection with its registration statement '
        "on Form S-11. You have requested our opinion as to certain United States federal "
        "income tax matters.\n\n"
        "In rendering our opinion, we have examined the prospectus, the Trust's declaration of "
        "trust and such other documents as we have deemed necessary.\n\n"
        "We have assumed that the statements of fact in the Trust's certificate of "
        "representations are true and complete.\n\n"
        "Based on the foregoing, we are of the opinion that the Trust has been organized in "
        "conformity with the requirements for qualification as a real estate investment trust "
        "under the Internal Revenue Code of 1986.\n\n"
        "Our opinion is based on the Internal Revenue Code of 1986, as amended, Treasury "
        "regulations and published rulings, all of which are subject to change, possibly with "
        "retroactive effect.\n\n"
        "We express no opinion on any state, local or foreign tax matter."
    )
    assert [t for t, _ in typed(recogniser, body)] == [
        "engagement",
        "documents-examined",
        "assumption-factual-reliance",
        "opinion-tax",
        "limitation-date",
        "limitation-scope",
    ]


# --- page furniture in mid-letter -------------------------------------------------------------


@pytest.mark.parametrize(
    "furniture",
    [
        "Pemberton Kiln Company\n-2-\n\n",  # the addressee repeated above the page number
        "Pemberton Kiln Company\nJune 2, 2020\n                                      -2-\n",
        "Thomas R. Arlow      Margaret L. Benning      Peter J. Voss\n"
        "Samuel K. Ortiz      Helen M. Fairweather     Carl D. Yates\n\n",  # partners
        # offices set apart by stars or slashes: typed heading before this round
        "NEW YORK * CHICAGO * DALLAS * SAN FRANCISCO\n\n",
        "New York / Chicago / Dallas / San Francisco\n\n",
    ],
)
def test_page_furniture_in_mid_letter(recogniser: Recogniser, furniture: str) -> None:
    body = (
        'We have acted as counsel to Pemberton Kiln Company (the "Company") in connection with '
        "its registration statement on Form S-8.\n\n"
        f"{furniture}We consent to the filing of this opinion as an exhibit."
    )
    found = typed(recogniser, body)
    assert [t for t, _ in found] == ["engagement", "page-furniture", "consent"]
    assert found[1][1] == " ".join(furniture.split())[:28]


def test_a_partner_list_in_the_letterhead_stays_in_the_heading(recogniser: Recogniser) -> None:
    head = (
        "ARLOW & BENNING LLP\n\nThomas R. Arlow      Margaret L. Benning      Peter J. Voss\n\n"
        "June 2, 2020\n\nPemberton Kiln Company\n44 Forge Road\nAkron, Ohio 44301\n\n"
        "Ladies and Gentlemen:\n\n"
    )
    found = clauses(recogniser, "We consent to the filing of this opinion.", head)
    assert [c.type for c in found] == ["heading", "consent", "signature"]


# --- limitation-scope and factual reliance ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected", "sure"),
    [
        (
            "We are not passing upon, and assume no responsibility for, any disclosure in the "
            "registration statement.",
            "limitation-scope",
            True,
        ),
        ("We express no other opinion.", "limitation-scope", True),
        # typed limitation-jurisdiction before this round (its few examples outvoted); right
        # now, but still flagged: the examples nearest to it are mostly of other types
        (
            "We express no opinion as to any matter other than the validity of the Shares.",
            "limitation-scope",
            False,
        ),
        (
            "As to matters of fact, this opinion is based on the representations of officers of "
            "the Company.",
            "assumption-factual-reliance",
            True,
        ),
        (
            "The opinions above are conditioned upon the accuracy of the statements in the "
            "officers' certificate.",
            "assumption-factual-reliance",
            True,
        ),
    ],
)
def test_scope_and_factual_reliance_in_a_letter(
    recogniser: Recogniser, sentence: str, expected: str, sure: bool
) -> None:
    body = (
        'We have acted as counsel to Pemberton Kiln Company (the "Company") in connection with '
        "its registration statement on Form S-8.\n\nBased on the foregoing, we are of the "
        "opinion that the Shares will be validly issued, fully paid and nonassessable.\n\n"
        f"{sentence}"
    )
    clause = clauses(recogniser, body)[-2]
    assert clause.type == expected
    if sure:
        assert clause.confidence >= REVIEW_BELOW
        assert not clause.review


# --- plainly right clauses with very low confidence -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "We have acted as special Louisiana counsel to Bayou Tern Holdings, L.L.C., a Louisiana "
        'limited liability company (the "Guarantor").',
        "We have acted as special Ohio counsel to Pemberton Kiln Company in connection with the "
        "notes.",
        "We are acting as special Nevada counsel to Sagebrush Gold Corp. in connection with its "
        "offering.",
        "We have acted as counsel to the Company.",
    ],
)
def test_a_plainly_right_engagement_is_not_flagged(recogniser: Recogniser, sentence: str) -> None:
    clause = clauses(recogniser, sentence)[1]
    assert clause.type == "engagement"
    assert not clause.review


@pytest.mark.parametrize(
    "caption",
    [
        "                         Documents\n                         Examined\n",
        "     ASSUMPTIONS AND\n     QUALIFICATIONS\n",
    ],
)
def test_a_caption_centred_over_two_lines_goes_with_its_paragraph(
    recogniser: Recogniser, caption: str
) -> None:
    # Before this round such a caption was a clause of its own, shown a word or two a line.
    body = (
        "     We have acted as counsel to Pemberton Kiln Company in connection with its\n"
        f"registration statement on Form S-8.\n{caption}"
        "     We have examined the plan and such records as we thought fit, and we have\n"
        "assumed the genuineness of all signatures on the documents we reviewed.\n"
    )
    units = [" ".join(u.text.split()) for u in segment(body)]
    assert units[1].startswith(" ".join(caption.split()) + " We have examined")
    units = [" ".join(u.text.split()) for u in segment(body)]
    assert units[1].startswith(" ".join(caption.split()) + " We have examined")
    assert typed(recogniser, body) == [
        ("engagement", "We have acted as counsel to "),
        ("documents-examined", " ".join((caption + "We have examined").split())[:28]),
        ("assumption-genuineness", "and we have assumed the genu"),
    ]


def test_a_letterhead_in_capitals_is_no_caption() -> None:
    from precedent_bank.importer.segment import body_units

    units = body_units("ARLOW & BENNING LLP\nATTORNEYS AT LAW\nONE CANAL PLAZA\n\nJune 2, 2020\n")
    assert units[0].text == "ARLOW & BENNING LLP\nATTORNEYS AT LAW\n"
