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

from precedent_bank.importer.recogniser import REVIEW_BELOW, Decision, Recogniser
from precedent_bank.importer.record import Clause, draft_record, labelled_clauses
from precedent_bank.importer.segment import segment
from tests.test_importer import letter
from tests.test_outside_shapes import day_one

SIGNED = "\n\nVery truly yours,\n\n/s/ Arlow & Benning LLP\n"


def clauses(
    recogniser: Recogniser, body: str, head: str = "Ladies and Gentlemen:\n\n"
) -> list[Clause]:
    """The letter's clauses as cut and typed, each with the vote's confidence: the review flag,
    which judges each clause as a whole afterwards, is tested in test_importer.py."""
    return labelled_clauses(letter(head + body + SIGNED), recogniser)


def unsure(clause: Clause) -> bool:
    """Whether the vote was unsure of a clause's type, or doubted it."""
    return clause.confidence < REVIEW_BELOW or bool(clause.doubt)


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
    # effect" with the consent. Since session 13 the law the opinion rests on (the Code, as in
    # effect today) and the warning that it may change are two clauses, as letters label them.
    assert typed(recogniser, TAX_IN_ONE_SENTENCE) == [
        ("engagement", "We have acted as special tax"),
        ("documents-examined", "and, having reviewed the pro"),
        ("assumption-factual-reliance", "upon which we have relied wi"),
        ("opinion-tax", "we hereby confirm that the s"),
        ("limitation-jurisdiction", "it being understood that our"),
        ("limitation-date", "all of which may change, pos"),
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


def test_the_tax_law_an_opinion_rests_on_is_the_laws_covered_unless_it_warns_of_change() -> None:
    """ "Our opinion is based on the Code, ..., all as in effect on the date of this letter."
    names the law the opinion covers (it was typed as a warning about the date, on day one);
    with "any of which may change" in the same sentence it is that warning."""
    body = (
        "In our opinion, the Merger will qualify as a reorganization within the meaning of "
        "Section 368(a) of the Code.\n\nOur opinion is based on the Code, the Treasury "
        "Regulations promulgated under it, case law and published rulings of the Internal "
        "Revenue Service, all as in effect on the date of this letter. Any of these authorities "
        "may be changed at any time, possibly with retroactive effect.\n\n"
        "We express no opinion on any other tax matter."
    )
    expected = ["opinion-tax", "limitation-jurisdiction", "limitation-date", "limitation-scope"]
    assert [t for t, _ in typed(day_one(), body)] == expected
    warned = body.replace(". Any of these authorities", ", any of which")
    assert [t for t, _ in typed(day_one(), warned)] == [
        "opinion-tax",
        "limitation-date",
        "limitation-scope",
    ]


def test_wording_that_decides_a_type_is_not_overruled_by_the_types_around_it(
    recogniser: Recogniser,
) -> None:
    """ "As special Nevada counsel for X, we are familiar with the proceedings ..." opening the
    letter says what the firm examined (as the taxonomy has it), in plain words: it was made the
    engagement, because a letter's heading is seldom followed by what was examined."""
    body = (
        "As special Nevada counsel for Sagecrest Resorts, Inc., a Nevada corporation (the "
        '"Company"), we are familiar with the proceedings taken by the Company in connection '
        'with the issuance of 1,000,000 shares of its common stock (the "Shares"), which are '
        "being registered for resale under the Securities Act of 1933 on the Company's "
        'Registration Statement on Form S-3 (the "Registration Statement"). We have been '
        "engaged solely to render opinions on matters of Nevada law, and Corran & Vail LLP has "
        "acted as general counsel to the Company in connection with the Registration "
        "Statement.\n\nWe have examined the Articles of Incorporation and Bylaws of the "
        "Company.\n\nIn our opinion, the Shares are validly issued, fully paid and "
        "nonassessable."
    )
    assert [t for t, _ in typed(recogniser, body)] == [
        "documents-examined",
        "engagement",
        "documents-examined",
        "opinion-equity",
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
        # a footer's telephone line, the offices in capitals below it and the firm's legal form:
        # typed documents examined and heading before this round
        "Phone: (555) 014-2200 \u00b7 Fax: (555) 014-2299\n"
        "ALBANY BRIGHTWATER CAMDEN DOVER ELMIRA\nA DELAWARE LIMITED LIABILITY PARTNERSHIP\n",
        "Tel +44 20 5550 1200 Fax +44 20 5550 1299\n\n",
        # the same with one letter for each number, and the web address
        "T +1 555 010 2000 F +1 555 010 2001\nharlowquill.com\n\n",
        "P 555.571.6600 F 555.571.1253 HarlowQuill.com\n\n",
        # a footer's names set apart by spaced middle dots, the firm's form after the last
        "Arlow \u00b7 Benning \u00b7 Voss \u00b7 Ortiz llc\n"
        "12 Peach St. \u00b7 Suite 40 \u00b7 Atlanta, GA 30309 \u00b7 www.arlowfirm.com\n\n",
        # an offshore firm's offices down the margin, a place or two a line
        "Aruba\nBonaire Curacao\nSaint Lucia\nIsle of Man\nMontserrat\n\n",
    ],
)
def test_page_furniture_in_mid_letter(recogniser: Recogniser, furniture: str) -> None:
    body = (
        'We have acted as counsel to Pemberton Kiln Company (the "Company") in connection with '
        "its registration statement on Form S-8.\n\n"
        f"{furniture}We consent to the filing of this opinion as an exhibit."
    )
    found = clauses(recogniser, body)[1:-1]
    assert [c.type for c in found] == ["engagement", "page-furniture", "consent"]
    assert found[1].text.split() == furniture.split()


@pytest.mark.parametrize(
    ("above", "lines"),
    [
        # a caption in capitals with no furniture next to it, and one under a page number (its
        # small words tell it from a list of offices)
        ("", "CERTAIN FEDERAL INCOME TAX CONSEQUENCES\n"),
        ("-2-\n", "DESCRIPTION OF THE REGISTERED NOTES\n"),
        # the companies a letter covers, one a line
        (
            "",
            "Pemberton Kiln Company\nPemberton Holdings Company\nPemberton Finance Corporation\n"
            "Pemberton Realty Trust\n",
        ),
    ],
)
def test_lines_like_office_lists_that_are_not_furniture(above: str, lines: str) -> None:
    text = (
        f"Ladies and Gentlemen:\n\nWe act for the Company.\n\n{above}{lines}\nWe consent to it.\n"
    )
    furniture = [u.text for u in segment(text) if u.zone == "page-furniture"]
    assert not any(lines.split()[0] in f for f in furniture)


@pytest.mark.parametrize(
    "line",
    [
        "Phone: 555 0100",
        "T 555 0100 F 555 0101 harlowquill.com",
        "-2-\nALPHA BETA GAMMA DELTA",
        "Bermuda\nJersey\nGuernsey\nIsle",
        "A DELAWARE",
    ],
)
def test_a_run_of_blanks_in_a_line_like_furniture_is_cut_at_once(line: str) -> None:
    # Each pattern for page furniture added this round has one way to match a run of blanks.
    text = f"Ladies and Gentlemen:\n\nWe act.\n{line}{' ' * 100_000}x\n"
    assert "".join(u.text for u in segment(text)) == text


def test_a_regulations_name_ends_a_sentence_and_messrs_does_not() -> None:
    text = "It is filed under Regulation S-K. We rely on Messrs. Ferraz and Okafor.\n"
    assert [u.text for u in segment(text)] == [
        "It is filed under Regulation S-K. ",
        "We rely on Messrs. Ferraz and Okafor.\n",
    ]


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
        assert not unsure(clause)


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
        "We are issuing this opinion letter in our capacity as special counsel to Corran Vale "
        "Foods, Inc. in connection with its registration statement.",
        "We have served as special tax counsel to Harlan Quay Partners, L.P.",
    ],
)
def test_a_plainly_right_engagement_is_not_flagged(recogniser: Recogniser, sentence: str) -> None:
    clause = clauses(recogniser, sentence)[1]
    assert clause.type == "engagement"
    assert not unsure(clause)
    assert "says who the firm acts for" in clause.reason  # its wording, not only its neighbours


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


# --- unseen firms' letters (session 5): written after the outside dev set's shapes ------------


def unit_decisions(recogniser: Recogniser, body: str) -> list[tuple[Decision, str]]:
    """Each unit of the body (not merged into clauses): its decision and its first words."""
    units = segment("Ladies and Gentlemen:\n\n" + body + SIGNED)
    return [
        (d, " ".join(u.text.split())[:28])
        for u, d in zip(units, recogniser.label(units), strict=True)
        if u.zone == "body"
    ]


def unit_types(recogniser: Recogniser, body: str) -> list[tuple[str, str]]:
    """Each unit of the body: its type and its first words."""
    return [(d.type, words) for d, words in unit_decisions(recogniser, body)]


TAX_ENGAGEMENT = (
    "We have acted as special tax counsel to Harrowgate Pipeline Partners, L.P., a Delaware "
    'limited partnership (the "Partnership"), in connection with its registration statement on '
    "Form S-3.\n\n"
    "As part of that engagement, we have participated in the preparation of the discussion set "
    'forth under the caption "Tax Aspects of Owning Units" in the prospectus (the '
    '"Discussion").\n\n'
    "Completion of the merger is conditioned upon the delivery to each party of our opinion that "
    "the merger will qualify as a reorganization.\n\n"
    "You have asked for our opinion on whether the merger qualifies as a reorganization under "
    "Section 368 of the Code and on the accuracy of the discussion set forth under the caption "
    '"Tax Aspects of Owning Units".\n\n'
    "Our opinion is based upon (i) the merger agreement, (ii) a certificate of the Partnership's "
    "general partner and (iii) the Internal Revenue Code of 1986, the Treasury Regulations and "
    "published rulings, each as in effect on the date of this letter.\n\n"
    "Those authorities may change at any time, possibly with retroactive effect.\n\n"
    "In our opinion, the statements of law in the Discussion are correct in all material "
    "respects as to the federal income tax treatment of unitholders."
)


def test_a_tax_letters_engagement_sentences_and_what_its_opinion_rests_on(
    recogniser: Recogniser,
) -> None:
    # Before this round: the discussion the firm prepared and the opinion asked for were typed
    # the tax opinion (their words name its caption and Section 368), the closing condition
    # factual reliance, and the sources of the opinion a limitation on its date. The closing
    # condition is sure now (0.14 on its looks alone).
    found = unit_decisions(recogniser, TAX_ENGAGEMENT)
    assert found[2][0].confidence >= REVIEW_BELOW
    assert [d.type for d, _ in found] == [
        "engagement",
        "engagement",
        "engagement",
        "engagement",
        "documents-examined",
        "limitation-date",
        "opinion-tax",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # typed the existence opinion before this round ("in good standing")
        (
            "We are licensed to practise law in the Territory of Kestrel Bay, where each of our "
            "partners is a member in good standing of the Bar.",
            "engagement",
        ),
        (
            "We are not licensed to practice law in the Republic of Palmyra, so for matters of "
            "Palmyra law we have relied, with your consent, on our own reading of its published "
            "statutes and on advice from Palmyra counsel.",
            "reliance-on-other-counsel",
        ),
        (
            'Although a draft of the section of the prospectus headed "Description of the Series '
            'B Preferred Stock" was sent to us, we have not participated in the preparation of '
            "the Registration Statement.",
            "limitation-scope",
        ),
        (
            "Two partners of this firm own shares of the Company's common stock and may acquire "
            "more under the Plan.",
            "other",
        ),
    ],
)
def test_what_a_sentence_does_whatever_its_words_resemble(
    recogniser: Recogniser, sentence: str, expected: str
) -> None:
    body = (
        'We have acted as counsel to Pemberton Kiln Company (the "Company") in connection with '
        "its registration statement on Form S-8.\n\nBased on the foregoing, we are of the "
        "opinion that the Shares will be validly issued, fully paid and nonassessable.\n\n"
        f"{sentence}"
    )
    assert unit_types(recogniser, body)[-1][0] == expected


def test_what_was_reviewed_after_what_was_relied_on_is_sure(recogniser: Recogniser) -> None:
    # "... we have reviewed copies of ..." after a sentence of factual reliance was typed
    # engagement by the samples' recogniser before this round, and unsure (0.46) by this one.
    body = (
        "We have acted as tax counsel to Corriedale Lodging Trust on its offering of common "
        "shares. In rendering our opinion, we have relied on the statements of fact in the "
        "Trust's certificate of representations. In connection with this opinion, we have "
        "reviewed copies of the Trust's registration statement on Form S-11 filed with the "
        "Commission and its declaration of trust, and have reviewed such other documents as we "
        "deemed necessary."
    )
    decisions = [d for d, _ in unit_decisions(recogniser, body)]
    assert [d.type for d in decisions] == [
        "engagement",
        "assumption-factual-reliance",
        "documents-examined",
        "documents-examined",
    ]
    assert decisions[2].confidence >= REVIEW_BELOW


def test_a_limit_to_matters_governed_by_a_law_after_a_limit_on_scope(
    recogniser: Recogniser,
) -> None:
    body = (
        "We have not participated in the preparation of the Registration Statement. The opinions "
        "we give in this letter are confined to those matters governed by the general "
        "corporation laws of the Commonwealth of Avalon."
    )
    found = unit_decisions(recogniser, body)
    assert [d.type for d, _ in found] == ["limitation-scope", "limitation-jurisdiction"]
    assert found[1][0].confidence >= REVIEW_BELOW  # 0.55 before this round


def test_a_lead_naming_only_the_firms_capacity_stays_with_what_was_examined(
    recogniser: Recogniser,
) -> None:
    # Cut after "As counsel for ...," before this round (and both parts typed engagement); the
    # labelled letters keep such a sentence whole, as what the firm examined.
    sentence = (
        'As counsel for Marlpit Instruments Corporation (the "Corporation"), we are familiar with '
        "the minutes of the board meetings at which its charter amendments and the issue of the "
        "shares were approved."
    )
    assert unit_types(recogniser, sentence) == [
        ("documents-examined", "As counsel for Marlpit Instr")
    ]
    assert unit_decisions(recogniser, sentence)[0][0].confidence >= REVIEW_BELOW


DOCUMENTS_LIST = (
    "For the purposes of this letter, we have examined the following documents:\n\n"
    "(i) The Registration Statement in the form in which the Company filed it with the "
    "Commission on the date hereof;\n\n"
    "(ii) The prospectus contained in the Registration Statement, and each supplement to it "
    "incorporated by reference into the Registration Statement; and\n\n"
    "(iii) The declaration of trust of the Company, as amended.\n\n"
    "We have assumed the genuineness of all signatures."
)
FACTS_LIST = (
    "In rendering this opinion, we have relied upon the following representations of Brindle "
    "Bancorp and the Company:\n\n"
    "(a) Brindle Bancorp is duly incorporated and validly existing under the laws of the State "
    "of Oregon and is in good standing there.\n\n"
    "(b) Brindle Bancorp owns all of the stock of Brindle Savings Bank. No other person holds "
    "any equity interest in the bank.\n\n"
    "Based on the foregoing, it is our opinion that the merger will be treated as a "
    "reorganization within the meaning of Section 368(a) of the Internal Revenue Code."
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the items were typed engagement (a document's words) before this round
        (DOCUMENTS_LIST, ["documents-examined"] * 2 + ["assumption-genuineness"]),
        # the first item was typed the existence opinion, the second engagement
        (FACTS_LIST, ["assumption-factual-reliance"] * 4 + ["opinion-tax"]),
    ],
)
def test_the_items_of_a_list_take_the_type_its_lead_in_announces(
    recogniser: Recogniser, body: str, expected: list[str]
) -> None:
    assert [t for t, _ in unit_types(recogniser, body)] == expected


def test_an_item_of_the_opinions_list_is_an_opinion(recogniser: Recogniser) -> None:
    # The item's own words were an assumption's (the registration statement effective) before
    # this round: it is the opinion the lead-in announces.
    body = (
        "We have examined the Indenture and such other documents as we have deemed necessary.\n\n"
        "Based upon the foregoing, we are of the opinion that:\n\n"
        "(i) Once the Commission has declared the Registration Statement effective and the Board "
        "has fixed the terms of the Notes, the Notes may be issued.\n\n"
        "(ii) The Partnership is validly existing as a limited partnership under the laws of the "
        "State of Delaware."
    )
    found = [t for t, _ in unit_types(recogniser, body)]
    assert found[0] == "documents-examined"
    assert all(t.startswith("opinion-") for t in found[1:])


def test_a_sentence_after_a_run_in_list_with_words_of_its_own_ends_the_list(
    recogniser: Recogniser,
) -> None:
    # A letter run into one line: the assumption after the last item is no item of the list.
    body = (
        "Before giving these opinions we have examined the following: (1) the Registration "
        "Statement, (2) the articles of incorporation of the Company and (3) the bylaws of the "
        "Company. We have further assumed that each draft we saw will be signed without change. "
        "We also have assumed the genuineness of all signatures."
    )
    found = [t for t, _ in unit_types(recogniser, body)]
    assert found[:2] == ["documents-examined", "documents-examined"]
    assert found[2].startswith("assumption-")
    assert found[3] == "assumption-genuineness"


def test_an_assumptions_that_passes_no_type_to_its_items(recogniser: Recogniser) -> None:
    # "without independent verification" is factual reliance's wording, but this lead-in
    # announces no list of facts: each assumption keeps its own type.
    body = (
        "We have also assumed, without independent verification, that:\n\n"
        "(a) the genuineness of all signatures and the authenticity of all documents submitted "
        "to us as originals; and\n\n"
        "(b) the Trustee has duly authorized, executed and delivered the Indenture."
    )
    assert [t for t, _ in unit_types(recogniser, body)][1:] == [
        "assumption-genuineness",
        "assumption-other-parties",
    ]


def test_a_subject_line_after_the_salutation_is_the_headings(recogniser: Recogniser) -> None:
    """Offshore letters put the client's name as a subject line under "Dear Sirs", without
    "Re:": it is part of the heading, not the start of the engagement."""
    text = (
        "Tallow Reach Ltd\nHarbour House\nGeorge Town\n12 March 2024\nDear Sirs\n"
        "Tallow Reach Ltd (the Company)\n"
        "We have acted as Cayman Islands legal advisers to the Company in connection with its "
        "registration statement on Form F-3.\n\n"
        "We consent to the filing of this opinion as an exhibit to the registration statement.\n"
    )
    found = [(c.type, c.text) for c in draft_record(letter(text), recogniser).clauses]
    assert found[0][0] == "heading"
    assert found[0][1].endswith("Tallow Reach Ltd (the Company)\n")
    assert found[1][1].startswith("We have acted")


@pytest.mark.parametrize(
    ("securities", "expected"),
    [
        ('$400,000,000 of its 5.25% Senior Notes due 2031 (the "Notes")', "opinion-debt"),
        ('2,000,000 shares of its common stock (the "Shares")', "opinion-equity"),
    ],
)
def test_a_letter_that_ends_at_its_opinions_lead_in_types_it_by_its_securities(
    recogniser: Recogniser, securities: str, expected: str
) -> None:
    """An excerpt (or a file missing its last pages) that stops at "we are of the opinion
    that": no opinion follows for the lead-in to take its type from, so the securities say
    which opinion it leads into."""
    text = (
        "March 3, 2022\n\nQuillon Ridge Corp.\n1 Main Street\n\nLadies and Gentlemen:\n\n"
        "We have acted as counsel to Quillon Ridge Corp., a Delaware corporation (the "
        f'"Company"), in connection with its registration statement on Form S-3 for {securities}.'
        "\n\nWe have examined such documents as we have deemed necessary.\n\n"
        "Based upon the foregoing, we are of the opinion that"
    )
    last = draft_record(letter(text), recogniser).clauses[-1]
    assert last.text.startswith("Based upon the foregoing")
    assert last.type == expected
    # a combined Exhibit 5 and 8 stopping at its second lead-in, on taxation: a tax opinion's
    taxed = "EXHIBIT 5\n\n" + text.replace(
        "we are of the opinion that",
        "we are of the opinion that the Securities are validly issued.\n\nBased upon the "
        "foregoing, we are also of the opinion that the legal conclusions contained in the "
        "Registration Statement under the caption \u201cUnited States Federal Income "
        "Taxation\u201d are",
    )
    assert draft_record(letter(taxed), recogniser).clauses[-1].type == "opinion-tax"


@pytest.mark.parametrize("greeting", ["Members of the Board:", "Directors of the Board:"])
def test_a_board_greeted_by_its_members_ends_the_heading(
    recogniser: Recogniser, greeting: str
) -> None:
    """A letter to a board may greet its members rather than "Ladies and Gentlemen": the
    heading ends there, and the paragraph after it is the body's."""
    text = (
        "November 29, 2000\n\nBoard of Directors\nTarn Federal\n1 Mill Road\n\n"
        "Re: Federal Income Tax Opinion\n\n"
        f"{greeting}\n\n"
        "In accordance with your request, set forth below is the opinion of this firm on the "
        "federal income tax consequences of the proposed conversion of Tarn Federal.\n\n"
        "We consent to the filing of this opinion as an exhibit to the registration statement.\n"
    )
    found = [(c.type, c.text) for c in draft_record(letter(text), recogniser).clauses]
    assert found[0][0] == "heading"
    assert found[0][1].rstrip().endswith(greeting)


def test_a_first_sentence_right_after_the_salutation_stays_in_the_body(
    recogniser: Recogniser,
) -> None:
    text = (
        "12 March 2024\n\nDear Sirs\n\n"
        "Tallow Reach Ltd has asked us for this opinion\n"
        "We have acted as counsel to it in connection with its registration statement.\n"
    )
    found = [(c.type, c.text) for c in draft_record(letter(text), recogniser).clauses]
    assert "Tallow Reach Ltd has asked" not in found[0][1]


# --- plainly right clauses whose wording had no cue (session 5, second round) ----------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the engagement paragraph's later sentences: what is issued under what, and why
        (
            "The Exchange Notes are to be issued under an indenture the Company will enter "
            "into with Larchmere Trust Company as trustee.",
            "engagement",
        ),
        (
            "The Registration Statement is being filed to meet the Company's undertaking to "
            "the buyers of its old notes.",
            "engagement",
        ),
        (
            "As we understand it, the purpose of the Registration Statement is to cover "
            "shares the Company may issue to its staff.",
            "engagement",
        ),
        (
            "We are writing to you in relation to the Company's offer of its shares to its staff.",
            "engagement",
        ),
        (
            "References are made to the merger agreement of 2 May 2023 between the Company "
            "and Fellcroft Acquisition Corp.",
            "engagement",
        ),
        # what was examined, in other words than "we have examined"
        (
            "To prepare this letter we examined such minutes and registers of the Trust as "
            "seemed relevant to us.",
            "documents-examined",
        ),
        (
            "I have reviewed the resolutions of the Company's board of directors and the minutes "
            "of its meetings.",
            "documents-examined",
        ),
        # "the documents that we have examined" refers back to the examination
        (
            "We have assumed the validity of each agreement that we have examined and of the "
            "resolutions which we have reviewed.",
            "assumption-other",
        ),
        # shares are "issued and paid for"; notes are not
        (
            "On that basis, it is our opinion that the Units, once sold, issued and paid for "
            "under the Plan,",
            "opinion-equity",
        ),
        # the warning that the authorities may change
        (
            "Any change to the authorities we cite could alter our conclusions.",
            "limitation-date",
        ),
    ],
)
def test_a_plainly_right_sentence_has_a_cue_of_its_type(
    recogniser: Recogniser, sentence: str, expected: str
) -> None:
    # Each was typed right before this round but by its neighbours alone: no wording of its own
    # named the type, and it was flagged at 0.4-0.69 (the outside letters' plainly right clauses).
    from precedent_bank.importer.cues import cue_scores

    scores, _ = cue_scores(sentence)
    assert max(scores, key=lambda t: scores[t]) == expected


ENGAGEMENT_PARAGRAPH = (
    'We have acted as special counsel to Oxley Fen Holdings, Inc. (the "Company") in '
    "connection with its registration statement on Form S-4 relating to $250,000,000 of its "
    '7.5% Senior Notes due 2031 (the "Exchange Notes"). The Exchange Notes are to be issued '
    "under an indenture the Company will enter into with Larchmere Trust Company as trustee. The "
    "Registration Statement is being filed to meet the Company's undertaking to the buyers of "
    "its old notes.\n\n"
    "We have examined the indenture and such other documents as we have deemed necessary."
)


def test_an_engagement_paragraph_that_describes_the_transaction_is_not_flagged(
    recogniser: Recogniser,
) -> None:
    found = clauses(recogniser, ENGAGEMENT_PARAGRAPH)[1:-1]
    assert [c.type for c in found] == ["engagement", "documents-examined"]
    assert not unsure(found[0])
    # sure by their own words, not only by the bank's close examples and the sentence before
    described = [d for d, _ in unit_decisions(recogniser, ENGAGEMENT_PARAGRAPH)][1:3]
    assert all("describes the transaction" in d.reason for d in described)


def test_a_list_of_certified_copies_is_what_was_examined(recogniser: Recogniser) -> None:
    body = (
        "For this letter we have examined the following documents:\n\n"
        "(i) a certified copy of the charter of the Company, as certified by the Secretary of "
        "the Company on the date of this letter;\n\n"
        "(ii) a certified copy of the resolutions of the board of directors approving the Plan."
    )
    decisions = [d for d, _ in unit_decisions(recogniser, body)]
    assert {d.type for d in decisions} == {"documents-examined"}
    assert all(d.confidence >= REVIEW_BELOW for d in decisions)


def test_a_consent_given_as_section_7_requires_is_no_non_admission(
    recogniser: Recogniser,
) -> None:
    # "as required by Section 7 of the Act" is why the consent is given, not the statement that
    # the firm is no expert ("persons whose consent is required under Section 7"): it made a
    # plainly right consent look like two clauses' wording.
    body = (
        'We have acted as counsel to Oxley Fen Holdings, Inc. (the "Company").\n\n'
        "We consent to the filing of this opinion with the Registration Statement and to the "
        "naming of this firm in it, as required by Section 7 of the Securities Act of 1933."
    )
    consent = clauses(recogniser, body)[2]
    assert consent.type == "consent"
    assert not unsure(consent)


def test_a_company_name_ending_a_sentence_ends_it() -> None:
    # "Inc." is an abbreviation, but a name ends there when the next word opens a sentence:
    # the two sentences were one unit, what was examined run into the engagement's end.
    body = (
        "The Company offers its shares in exchange for the shares of Ambry Lane Holdings, Inc. "
        "For this letter we have read the agreements listed in the Schedule. "
        "The shares of Ambry Lane Holdings, Inc. owned by the Company are not offered."
    )
    found = [" ".join(u.text.split())[:24] for u in segment(body)]
    assert found == [
        "The Company offers its s",
        "For this letter we have ",
        "The shares of Ambry Lane",
    ]


def test_a_table_cell_that_starts_a_sentence_starts_a_unit() -> None:
    # A letter set out in a table: the next cell's caption and sentence ("|Assumptions") were
    # run into the sentence before, so the assumptions' lead-in was typed as what was examined.
    body = (
        "|We have looked at the papers listed in the Schedule.\n"
        "|Assumptions\n|We take the following as given:\n|\n|(a)\n|that each signature is "
        "genuine;\n| | | |\n"
    )
    found = [" ".join(u.text.split()) for u in segment("Ladies and Gentlemen:\n" + body)][1:]
    assert found[0].endswith("listed in the Schedule.")
    assert found[1].startswith("|Assumptions")
    assert not any(text.strip("| ") == "" for text in found)


def test_a_listed_item_with_no_wording_of_its_own_is_as_sure_as_its_lead_in(
    recogniser: Recogniser,
) -> None:
    # "(i) the Plan;" under "we have examined the following documents:" says nothing of any
    # type, and was flagged at the little its few words resembled (0.51 here, 0.2 in the
    # outside letters); an item whose words are another type's is still marked for review.
    body = (
        "Before writing this letter we have examined the following documents:\n\n"
        "(i) the Plan;\n\n"
        "(ii) the Company's charter, as amended to date;\n\n(iii) the minutes of the meeting of "
        "its board held on 3 June 2021; and\n\n(iv) the Registration Statement, as filed with "
        "the Commission on 9 June 2021.\n\nWe have assumed the genuineness of all signatures."
    )
    decisions = [d for d, _ in unit_decisions(recogniser, body)]
    assert [d.type for d in decisions[:-1]] == ["documents-examined"] * (len(decisions) - 1)
    assert all(d.confidence >= REVIEW_BELOW for d in decisions)
    facts = (
        "In giving this opinion, we have relied upon the following representations of the "
        "Company:\n\n(a) the Company is duly incorporated and validly existing under the laws "
        "of Missouri; and\n\n(b) the Company owns a single subsidiary, a trust company."
    )
    items = [d for d, _ in unit_decisions(recogniser, facts)][1:]
    assert {d.type for d in items} == {"assumption-factual-reliance"}
    assert items[0].confidence < REVIEW_BELOW


@pytest.mark.parametrize(
    "sentence",
    [
        # cut after the lead before this round, the lead typed engagement
        "In our capacity as counsel to Wexcombe Paper, Inc. and its subsidiaries in connection "
        "with the transactions described above, we have reviewed the charter and by-laws of each "
        "of them and the minutes of their boards.",
        # whole before, but flagged: the capacity read as the engagement's wording
        "In our capacity as your counsel in this matter, we have reviewed the charter and "
        "by-laws of Wexcombe Paper, Inc. and the minutes of its board.",
    ],
)
def test_a_capacity_referring_back_stays_with_what_was_examined(
    recogniser: Recogniser, sentence: str
) -> None:
    body = (
        'We have acted as counsel to Wexcombe Paper, Inc. (the "Company") in connection with its '
        f"registration statement on Form S-3.\n\n{sentence}"
    )
    found = unit_decisions(recogniser, body)
    assert [d.type for d, _ in found] == ["engagement", "documents-examined"]
    assert not found[1][0].doubt


NOTICE_LETTER = (
    'We have acted as Dutch legal advisers to Veldhoven Tooling N.V. (the "Company") in '
    "connection with the registration statement on Form S-8 filed by the Company for the "
    'registration of 1,500,000 of its ordinary shares (the "Shares"), to be\n'
    "Brakel & Ommen N.V. (Utrecht) is registered with the Chamber of Commerce under number "
    "30012345. It works only on its general terms and conditions, filed with the district court,\n"
    "which cap its liability; we send a copy on\nrequest.\nClient account: Triodos Bank "
    "12.34.56.789, Brakel & Ommen.\n2\n"
    "issued under the Company's staff share plan, in the form its general meeting approved in "
    'March 2019 (the "Plan") and as certified by the Secretary of the Company.\n\n'
    "Veldhoven Tooling N.V. is registered with the Trade Register under number 30098765.\n\n"
    "We have examined the plan and the Company's deed of incorporation."
)


def test_a_firms_legal_notice_in_a_page_footer_is_page_furniture(
    recogniser: Recogniser,
) -> None:
    # A Dutch firm's footer (its registration, its general conditions, its bank account) broke
    # into the engagement sentence and was typed engagement, assumptions, even an opinion; the
    # rest of the sentence after it was typed what was examined. The client's registration
    # with the Trade Register, with no terms of business after it, is no notice.
    units = segment("Ladies and Gentlemen:\n\n" + NOTICE_LETTER + SIGNED)
    zones = [(u.zone, " ".join(u.text.split())[:24]) for u in units]
    footer = [text for zone, text in zones if zone == "page-furniture"]
    assert footer == ["Brakel & Ommen N.V. (Utr"]
    notice = next(u.text for u in units if u.zone == "page-furniture")
    assert notice.endswith("Brakel & Ommen.\n2\n")
    found = unit_types(recogniser, NOTICE_LETTER)
    assert found[:2] == [
        ("engagement", "We have acted as Dutch legal"),
        ("engagement", "issued under the Company's s"),
    ]
    assert found[2][1].startswith("Veldhoven Tooling N.V. is")


def test_a_firm_of_solicitors_qualified_to_practise_is_the_engagement(
    recogniser: Recogniser,
) -> None:
    # Typed limitation-jurisdiction before this round: the firm's standing, in other words.
    body = (
        "We are a firm of solicitors qualified to practise the law of Singapore, and we give "
        'this opinion as counsel to Kestrel Bay Limited (the "Company").\n\nWe have examined '
        "the Company's articles of association."
    )
    assert [t for t, _ in unit_types(recogniser, body)] == ["engagement", "documents-examined"]


@pytest.mark.parametrize(
    ("head", "heading_ends"),
    [
        # the addressee's first line is no salutation when a greeting follows it
        (
            "To the Board of Directors\nof Marlow Vane S.A.\n4, rue des Tanneurs\nL-1234 "
            "Luxembourg\n|Luxembourg, 14 May 2022\n|Our ref. : 4411/ 2093\n"
            "MARLOW VANE S.A. - Registration Statement on Form S-8\nLadies and Gentlemen,\n",
            "Ladies and Gentlemen,\n",
        ),
        # two subject lines without "Re:"
        (
            "Tallow Reach Limited\nHarbour Quay\nDublin 2\n6 November 2018\nDear Sirs\n"
            "Registration Statement on Form S-4 of Tallow Reach Limited\n"
            "Irish Stamp Duty Matters\n",
            "Irish Stamp Duty Matters\n",
        ),
        # one long subject line, its parts set apart by dashes (session 35, BX: 131 characters)
        (
            "8 November 2011\n\nDear Sirs\n\nCorrigan Fluid Systems, Inc. \u2013 US$400,000,000 "
            "5.375% Senior Notes due 2021 \u2013 Guarantee by Corrigan Fluid Systems (UK) Limited\n"
            "\n",
            "(UK) Limited\n\n",
        ),
        # a subject block of labelled fields, in a table
        (
            "|To:\n|Kestrel Bay Limited\n|Raffles Place, Singapore\nDate: 2 March 2025\n"
            "Dear Sirs,\n|Company:\n|Kestrel Bay Limited (the \u201cCompany\u201d)\n"
            "|Transaction Type:\n|Share offering by the Company\u2019s parent\n"
            "|Subject:\n|Opinion on Singapore Law for Kestrel Bay Limited\n",
            "|Opinion on Singapore Law for Kestrel Bay Limited\n",
        ),
    ],
)
def test_the_heading_ends_after_the_greeting_and_its_subject_lines(
    head: str, heading_ends: str
) -> None:
    # Each was cut into the body before this round and typed engagement (or an opinion).
    body = "We have acted as counsel to the Company in connection with its offering.\n"
    heading = segment(head + body)[0]
    assert heading.zone == "heading"
    assert heading.text.endswith(heading_ends)


def test_a_signature_run_into_the_last_sentence_is_the_signature() -> None:
    # A letter whose line breaks were lost: "/s/" after the consent began no signature, and
    # the firm's name, town and date were typed consent.
    text = (
        "Gentlemen: We have acted as counsel to Pellow Quarry, Inc. in connection with its "
        "registration statement. We hereby consent to the filing of this opinion as an exhibit "
        "to the Registration Statement. /s/ ARLOW, BENNING & COATES Sausalito, California "
        "May 4, 2001"
    )
    units = segment(text)
    assert units[-1].zone == "signature"
    assert units[-1].text.startswith("/s/ ARLOW")
    assert units[-2].text.rstrip().endswith("Registration Statement.")


def test_a_greeting_to_sir_or_madam_and_the_first_section_after_it() -> None:
    # "Dear Sir, Madam," ended after "Sir,", so "Madam," opened the body; and the body's first
    # section caption ("1 INTRODUCTION") is no subject line of the heading.
    text = (
        "Amsterdam, 3 June 2013\nDear Sir, Madam,\n1 INTRODUCTION\n"
        "We have acted as Dutch counsel to Veldhoven Tooling B.V. on its exchange offer.\n"
    )
    units = segment(text)
    assert units[0].zone == "heading"
    assert units[0].text.endswith("Dear Sir, Madam,\n")
    assert units[1].text.startswith("1 INTRODUCTION")


def test_relying_on_assumptions_set_out_elsewhere_is_an_assumption(
    recogniser: Recogniser,
) -> None:
    # Typed factual reliance, sure, before this round ("which we have not verified" is that
    # type's wording); the sentence rests on assumptions, so it is at least put to a reviewer.
    from precedent_bank.importer.cues import STRONG_CUE, cue_scores

    sentence = "We rely on the assumptions in the second schedule, which we have not checked."
    assert cue_scores(sentence)[0].get("assumption-other", 0.0) >= STRONG_CUE
    body = f"We have examined the documents listed in Schedule 1.\n\n{sentence}"
    assert unsure(clauses(recogniser, body)[2])


# --- a third round: two held-out outside batches, after they were measured --------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the firm's standing without the word "law"
        ("We are attorneys admitted and licensed to practise in Anguilla.", "engagement"),
        # what the letter's terms mean: the engagement paragraph's last words
        (
            "Terms defined in the Share Purchase Agreement bear the same meanings when used in "
            "this letter.",
            "engagement",
        ),
        (
            "References in this letter to the Code mean the Internal Revenue Code of 1986.",
            "engagement",
        ),
        # the opinion as the purpose, what was examined as the main clause
        (
            "For the purpose of this letter, we have reviewed the Agreement and Plan of Merger of "
            "2 May 2019 between Tamsin Brook Holdings, Inc. and Orland Bancorp and the "
            "registration statement on Form S-4 relating to the offering of its shares.",
            "documents-examined",
        ),
        (
            "Acting in our capacity as tax counsel to the Trust, we have, as instructed, made "
            "such factual and legal inquiries as we thought fit.",
            "documents-examined",
        ),
        # what the opinion cannot do, and a client the firm knows only through this matter
        (
            "This advice does not preclude any contrary view the Service might later take.",
            "limitation-scope",
        ),
        (
            "Halden Mills Limited is not represented by us on an ongoing basis, so our knowledge "
            "of its business is slight.",
            "limitation-scope",
        ),
    ],
)
def test_wording_found_on_held_out_letters(
    recogniser: Recogniser, body: str, expected: str
) -> None:
    # Typed the heading, documents examined, an opinion, a qualification or consent-section-7
    # before this round, or (the limit, the documents reviewed) flagged for want of wording.
    found = unit_decisions(recogniser, body)
    assert [d.type for d, _ in found] == [expected]
    if body.startswith(("For the purpose", "This advice")):
        assert found[0][0].confidence >= REVIEW_BELOW


def test_each_opinion_of_a_numbered_list_has_its_own_type(recogniser: Recogniser) -> None:
    # The power half of the existence opinion read as the opinion on shares; the opinion that
    # nothing conflicts as the existence opinion; items numbered "3." at the start of a line
    # stayed one unit ("... of the Company; and / 4. The / Ordinary Shares ..."), and "4. The"
    # was taken for a caption.
    body = (
        "Based upon the foregoing, we are of the opinion that:\n\n"
        "1. The Company has full corporate power to enter into the Subscription Agreement.\n\n"
        "2. The signing of the Subscription Agreement by the Company does not conflict with its "
        "articles of association.\n\n"
        "3. The Options, once granted as the Plan provides, will be valid and binding "
        "obligations of the Company; and\n4. The\nOrdinary Shares to be allotted on their "
        "exercise will, when paid for in full, be validly issued, fully paid and\n"
        "non-assessable.\n"
    )
    found = [(t, w[:8]) for t, w in unit_types(recogniser, body)][1:]
    assert found == [
        ("opinion-existence", "1. The C"),
        ("opinion-other", "2. The s"),
        ("opinion-other", "3. The O"),
        ("opinion-equity", "4. The O"),
    ]


def test_a_numbered_table_cell_goes_with_the_paragraph_below_it() -> None:
    # "|1" stayed at the end of the sentence before it, so the caption and what follows were
    # one unit with the engagement.
    text = (
        "Ladies and Gentlemen:\n\nThis letter is filed as Exhibit 5.1 to the Registration "
        "Statement.\n|1\n|Papers Examined\nTo give this opinion, we have seen the papers listed "
        "below.\n|1.1\n|The constitution of the Company.\n"
    )
    body = [" ".join(u.text.split()) for u in segment(text) if u.zone == "body"]
    assert body[0].endswith("Registration Statement.")
    assert body[1].startswith("|1 |Papers Examined To give")
    assert body[2] == "|1.1 |The constitution of the Company."


def test_a_long_last_subject_line_is_the_headings() -> None:
    # Subject lines were taken only when each was short and in title case: a long last one
    # below the company's name and the form was typed engagement, with them.
    head = (
        "Harrow Vane plc\n\n4 Pier Road\n\nSt Peter Port\n\n2 May 2019\n\nDear Sirs\n\n"
        "Harrow Vane plc (the Company)\n\nForm F-3 Registration Statement\n\n"
        "Guarantee of $500,000,000 of 3.25% Notes due 2030 issued by Harrow Vane Finance "
        "Limited, a subsidiary of the Company\n\n \n\n"
    )
    body = "We have acted as Guernsey counsel to the Company.\n"
    heading = segment(head + body)[0]
    assert heading.zone == "heading"
    assert heading.text == head


@pytest.mark.parametrize(
    "top",
    [
        "EX-5.1 3 d41.htm EXHIBIT 5.1\n\n \n\nExhibit 5.1\n\n",  # the caption ends the line
        "EX-5.1 3 d41.txt EXHIBIT 5.1 ",  # the letter repeats it on the same line
    ],
)
def test_an_index_line_ending_in_the_exhibit_caption_is_edgars(top: str) -> None:
    # The caption was taken as the letter's start, and typed heading.
    text = top + "Exhibit 5.1 March 3, 2015 Farrow Mills, Inc. Ladies and Gentlemen: We have acted."
    first = segment(text)[0]
    assert first.zone == "page-furniture"
    assert first.text.startswith("EX-5.1 3 d41.")
    assert text[first.end :].startswith("Exhibit 5.1")


def test_as_counsel_we_have_advised_is_the_engagement(recogniser: Recogniser) -> None:
    # "As counsel to X, we have advised X with respect to certain federal income tax aspects"
    # was typed the tax opinion: it says what the firm did for whom, the opinion comes later.
    body = (
        'As counsel to Tamsin Grove Funding Corp. (the "Depositor"), we have advised the '
        "Depositor with respect to certain federal income tax aspects of the proposed issuance "
        "of its Pass-Through Notes.\n\n"
        "Based on the foregoing, we are of the opinion that the trust will not be classified as "
        "an association taxable as a corporation for federal income tax purposes."
    )
    assert [t for t, _ in typed(recogniser, body)] == ["engagement", "opinion-tax"]


def test_an_opinion_lead_in_naming_the_law_in_effect_is_the_opinion(recogniser: Recogniser) -> None:
    # "... we are of the opinion, under the law in effect as of the date hereof, that:" was typed
    # limitation-date for its date words: it leads into the tax opinions listed below it.
    body = (
        "We have acted as special tax counsel to Brindle Cove Receivables LLC in connection with "
        "the issuance of its Asset Backed Notes.\n\n"
        "Based on the foregoing, we are of the opinion, under the laws of the United States in "
        "effect as of the date hereof, that:\n\n"
        "1. The trust will not be classified as an association or a publicly traded partnership "
        "taxable as a corporation for federal income tax purposes.\n\n"
        "2. The Notes will be characterized as indebtedness for federal income tax purposes."
    )
    lead = next(c for c in clauses(recogniser, body) if "date hereof" in c.text)
    assert lead.type == "opinion-tax"


def test_a_tax_letter_that_ends_at_its_opinions_lead_in_leads_into_the_tax_opinion(
    recogniser: Recogniser,
) -> None:
    text = (
        "Exhibit 8.1\n\nMarch 3, 2022\n\nQuillon Ridge Corp.\n1 Main Street\n\n"
        "Ladies and Gentlemen:\n\nWe have acted as special tax counsel to Quillon Ridge Corp. in "
        "connection with the U.S. federal income tax consequences of its merger.\n\n"
        "Based upon the foregoing, we are of the opinion that"
    )
    draft = draft_record(letter(text), recogniser)
    assert draft.facts.document == "tax-opinion"
    assert draft.clauses[-1].type == "opinion-tax"


def test_a_one_sentence_letter_going_from_its_filing_to_its_opinion(recogniser: Recogniser) -> None:
    # "In connection with the proposed issuance ... of Bonds ..., we advise you that, in our
    # opinion, when the documents shall have been duly executed by the parties thereto, ...,
    # the Bonds will be ...": the lead naming the filing is the engagement, and the rest the
    # opinion, its conditions too (they were typed an assumption about the other parties).
    body = (
        "In connection with the proposed issuance and sale by Harlow Fen Trust Company, not in "
        'its individual capacity but solely as owner trustee (the "Owner Trustee"), of its '
        'Secured Lease Obligation Bonds (the "Bonds"), and in connection with the registration '
        'statement on Form S-3 (the "Registration Statement") relating to the Bonds, which is to '
        "become effective on or about the date hereof, we advise you that, in our opinion, when "
        "the trust agreement and the other documents filed as exhibits to the Registration "
        "Statement shall have been duly authorized, executed and delivered by the parties "
        "thereto, and when the Bonds shall have been duly authenticated and value given "
        "therefor, the Bonds will have been duly and validly issued and will constitute valid "
        "and binding obligations of the Owner Trustee, enforceable in accordance with their "
        "terms, subject to bankruptcy, insolvency and similar laws affecting creditors' rights "
        "generally.\n\n"
        "We are members of the Bar of the State of New York and express no opinion on the laws "
        "of any other jurisdiction."
    )
    types = typed(recogniser, body)
    assert types[0] == ("engagement", "In connection with the propo")
    assert types[1] == ("opinion-debt", "we advise you that, in our o")


def test_a_sovereigns_legal_adviser_speaking_in_their_capacity(recogniser: Recogniser) -> None:
    # "In my capacity as Legal Adviser to the Ministry ..., in connection with the issuance ...,
    # I have reviewed the following:" was one engagement, its list too; and "valid and legally
    # binding direct and unconditional obligations" was no opinion on debt
    body = (
        "In my capacity as Legal Adviser to the Ministry of Finance of the Republic of Arvenia "
        '(the "Republic"), in connection with the issuance by the Republic of its debt '
        'securities (the "Debt Securities") under its registration statement, I have reviewed '
        "the following:\n"
        "(i) the Registration Statement;\n"
        "(ii) the Fiscal Agency Agreement between the Republic and the fiscal agent.\n\n"
        "It is my opinion that when the Debt Securities have been duly executed and delivered by "
        "the Republic and paid for as the Registration Statement contemplates, they will "
        "constitute valid and legally binding direct and unconditional obligations of the "
        "Republic."
    )
    types = [t for t, _ in typed(recogniser, body)]
    assert types[0] == "engagement"
    assert types[1:-1] == ["documents-examined"] * (len(types) - 2)
    assert types[-1] == "opinion-debt"


def test_a_reference_to_the_filing_then_it_is_my_opinion_that(recogniser: Recogniser) -> None:
    # "With reference to the Post-Effective Amendment ..., it is my opinion that: 1. ..." was one
    # engagement up to the first item: the sentence changes job at "it is my opinion"
    body = (
        "With reference to Post-Effective Amendment No. 2 to the Registration Statement on Form "
        'S-3 (the "Registration Statement") of Quillon Ridge Corp. (the "Company") relating to '
        "500,000 shares of its common stock to be offered under its dividend reinvestment plan, "
        "it is my opinion that:\n\n"
        "1. The Company is a corporation validly existing under the laws of Delaware.\n\n"
        "2. The shares, when issued under the plan, will be validly issued, fully paid and "
        "nonassessable."
    )
    found = clauses(recogniser, body)
    lead = next(c for c in found if "it is my opinion" in c.text)
    assert lead.type == "opinion-existence"
    assert lead.text.startswith("it is my opinion")


def test_an_opinion_that_expresses_its_views_only_on_some_laws_limits_the_laws_covered(
    recogniser: Recogniser,
) -> None:
    """A tax letter's "This opinion expresses our views only as to United States federal income
    tax laws" was typed as the tax opinion itself."""
    body = (
        "This opinion expresses our views only as to the federal income tax laws of the United "
        "States.\n"
    )
    assert [t for t, _ in typed(recogniser, body)] == ["limitation-jurisdiction"]


def test_what_is_assumed_of_the_trustee_is_cut_from_the_factual_assumption(
    recogniser: Recogniser,
) -> None:
    """ "... that all such certificates are accurate and that the Indenture has been duly
    authorized, executed and delivered by the trustee" was one factual-reliance clause."""
    body = (
        "As to matters of fact, we have relied upon certificates of officers of the Company, and "
        "we have assumed that all such certificates are accurate and complete and that the "
        "Indenture has been duly authorized, executed and delivered by the trustee thereunder.\n"
    )
    found = typed(recogniser, body)
    assert found[-1] == ("assumption-other-parties", "and that the Indenture has b")
    assert "assumption-factual-reliance" in {t for t, _ in found[:-1]}
