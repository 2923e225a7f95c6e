"""Recognition that generalises (issue 8): cuts, cues and flags on wording of no one firm.

Every letter here is fictional. The benchmark (bench/recognition.py) measures the same on real
letters; these tests pin each rule down on its own.
"""

from __future__ import annotations

import pytest

from precedent_bank.importer import segment as segment_module
from precedent_bank.importer.cues import cue_evidence, cue_scores, distinct_weight
from precedent_bank.importer.metadata import read_facts
from precedent_bank.importer.recogniser import REVIEW_BELOW, Recogniser
from precedent_bank.importer.record import draft_record
from precedent_bank.importer.segment import LONG_SENTENCE, segment
from tests.test_importer import letter

ONE_SENTENCE = (
    "Ladies and Gentlemen:\n\n"
    "In connection with the registration statement on Form S-3 of Harrowgate Midstream "
    'Partners, L.P., a Delaware limited partnership (the "Partnership"), relating to the '
    'offer of 4,200,000 common units (the "Units"), and in our capacity as tax counsel to the '
    "Partnership, having read the registration statement, the prospectus supplement of this "
    "date and such other papers as we thought fit, and having relied without checking them on "
    "the written statements of fact that the general partner of the Partnership has given us, "
    'we confirm that the discussion under the caption "Federal Income Tax Consequences" in '
    "the prospectus supplement, so far as it states matters of law, is our opinion, "
    "that this opinion speaks only as of today and may be affected by later changes in the "
    "law, which may apply retroactively, and that we consent to the filing of this opinion "
    "as an exhibit to the registration statement, although in giving that consent we do not "
    "admit that we are experts within the meaning of the Securities Act of 1933.\n\n"
    "Very truly yours,\n\n/s/ Wendover Lusk LLP\n"
)


def types(recogniser: Recogniser, text: str) -> list[tuple[str, str]]:
    draft = draft_record(letter(text), recogniser)
    return [(c.type, " ".join(c.text.split())[:24]) for c in draft.clauses]


def test_a_long_sentence_is_cut_where_each_job_starts(recogniser: Recogniser) -> None:
    body = ONE_SENTENCE.split("\n\n")[1]
    assert len(body) > LONG_SENTENCE
    assert [t for t, _ in types(recogniser, ONE_SENTENCE)] == [
        "heading",
        "engagement",
        "opinion-tax",
        "limitation-date",
        "consent",
        "consent-section-7",
        "signature",
    ]


MANY_JOBS = (
    "We have acted as counsel to Corvale Widgets, Inc., a Delaware corporation, in connection "
    "with the registration statement on Form S-3 filed by it with the Commission under the "
    "Securities Act, relating to the offer and sale from time to time of its notes, its common "
    "stock, its preferred stock, its warrants and its units, in amounts to be set out in "
    "supplements to the prospectus, in each case as may be determined by its board of directors "
    "and as described in the registration statement, the prospectus and the supplements to it, "
    "each as amended or supplemented from time to time, and for the purposes of this letter we "
    "have examined originals or copies, certified or otherwise identified to our satisfaction, "
    "of the certificate of incorporation, the bylaws, the resolutions of the board, and the "
    "indenture, and such other documents as we have deemed necessary, and we have assumed the "
    "genuineness of all signatures, the legal capacity of natural persons, the authenticity of "
    "all documents submitted to us as originals."
)


def test_a_long_sentence_weighs_each_phrase_opening_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Looking for the latest phrase that opens a job weighs phrases the main pass weighs too:
    each opening is weighed once, and the cuts are where they were."""
    weighed: list[str] = []
    strong_type = segment_module._strong_type

    def counted(text: str) -> str | None:
        weighed.append(text)
        return strong_type(text)

    monkeypatch.setattr(segment_module, "_strong_type", counted)
    starts = [u.text[:30] for u in segment(f"Ladies and Gentlemen:\n\n{MANY_JOBS}\n")][1:]
    assert starts == [
        "We have acted as counsel to Co",
        "and for the purposes of this l",
        "and such other documents as we",
        "and we have assumed the genuin",
    ]
    assert weighed
    assert len(weighed) == len(set(weighed))


def test_a_short_sentence_that_mentions_tax_is_not_cut() -> None:
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as tax counsel to Harrowgate Midstream "
        "Partners, L.P., in connection with its registration statement, and we have been asked "
        "to confirm the discussion of federal income tax consequences in its prospectus.\n"
    )
    assert len(segment(text)) == 2


def test_as_counsel_for_then_what_was_examined_is_two_jobs(recogniser: Recogniser) -> None:
    text = (
        "Ladies and Gentlemen:\n\nAs counsel for Tollbrook Instruments Corporation, an Oregon "
        'corporation (the "Company"), in connection with its registration statement on Form '
        "S-8, we are familiar with the proceedings taken by the Company to authorize the plan.\n"
    )
    assert [t for t, _ in types(recogniser, text)][1:] == ["engagement", "documents-examined"]


def test_a_sentence_going_on_with_a_sure_paragraph_is_not_flagged(
    recogniser: Recogniser,
) -> None:
    text = (
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Tollbrook Instruments "
        'Corporation, an Oregon corporation (the "Company"), in connection with its '
        "registration statement on Form S-3. The debentures will be issued in fully "
        "registered form and carry a fixed coupon payable each half year.\n\n"
        "We consent to the filing of this opinion as an exhibit.\n"
    )
    draft = draft_record(letter(text), recogniser)
    engagement = draft.clauses[1]
    assert engagement.type == "engagement"
    assert engagement.confidence >= REVIEW_BELOW
    assert not engagement.review


def test_an_item_of_a_list_does_not_borrow_its_neighbours_confidence() -> None:
    from precedent_bank.importer.recogniser import _continues
    from precedent_bank.importer.segment import Unit

    before = Unit(0, 10, "body", "2.1. the genuineness of all signatures;\n")
    assert not _continues(before, Unit(10, 20, "body", "2.2. that the resolutions stand;\n"))
    assert _continues(before, Unit(10, 20, "body", "The copies match.\n"))
    assert not _continues(Unit(0, 5, "body", "It is sure.\n\n"), Unit(5, 9, "body", "Next.\n"))
    assert not _continues(Unit(0, 5, "body", "It is sure.\n"), Unit(5, 9, "body", "   Next.\n"))


@pytest.mark.parametrize(
    "sentence",
    [
        "We have assumed the genuineness of all signatures and the authenticity of all "
        "documents submitted to us as originals.",
        "We consent to the filing of this opinion as an exhibit and to the reference to us under "
        'the caption "Material Federal Income Tax Consequences" in the prospectus.',
    ],
)
def test_two_weak_cues_or_a_caption_are_no_doubt(recogniser: Recogniser, sentence: str) -> None:
    draft = draft_record(letter("Ladies and Gentlemen:\n\n" + sentence + "\n"), recogniser)
    assert draft.clauses[1].doubt == ""


def test_a_list_of_assumptions_is_cut_where_factual_reliance_starts(
    recogniser: Recogniser,
) -> None:
    text = (
        "Ladies and Gentlemen:\n\nIn our review we have assumed (a) the genuineness of all "
        "signatures, (b) the conformity to originals of all copies, and (c) the truth, accuracy "
        "and completeness of the information and representations in the certificates we "
        "reviewed.\n"
    )
    assert [t for t, _ in types(recogniser, text)][1:] == [
        "assumption-genuineness",
        "assumption-factual-reliance",
    ]


@pytest.mark.parametrize(
    ("wording", "expected"),
    [
        (
            "Our opinion is expressly limited to the tax matters discussed above.",
            "limitation-scope",
        ),
        (
            "The opinions above are confined to the Maryland General Corporation Law.",
            "limitation-jurisdiction",
        ),
        ("In our opinion, the exchange will be a tax-free reorganization.", "opinion-tax"),
    ],
)
def test_general_wording_names_its_type(wording: str, expected: str) -> None:
    scores, _ = cue_scores(wording)
    strong = max(scores, key=lambda t: scores[t]) if scores and max(scores.values()) >= 1.5 else ""
    assert strong == expected


@pytest.mark.parametrize("firm", ["Ostlund Krey S.C.", "Harbour Vane Ltd."])
def test_firms_named_s_c_or_ltd_are_found_in_the_signature(firm: str) -> None:
    signature = f"Very truly yours,\n\n/s/ {firm}\n"
    facts = read_facts("Dear Sirs\n\nWe consent.\n\n" + signature, [("signature", signature)])
    # a form written letter by letter ("S.C.", "P.C.") keeps its full stop, and so does an
    # abbreviated one ("Ltd.") where the letter writes it
    assert facts.firm == firm


@pytest.mark.parametrize(
    ("wording", "expected"),
    [
        (
            "We have assumed that the Rights Agent has the power to enter into the Rights "
            "Agreement.",
            "assumption-other-parties",
        ),
        (
            "We have further assumed that each party to the agreements other than the Issuer "
            "has duly executed them.",
            "assumption-other-parties",
        ),
        (
            "We express no opinion as to the enforceability of any provision fixing the forum.",
            "qualification-other",
        ),
        (
            "To remain in good standing the Company must pay its annual fees.",
            "qualification-other",
        ),
        ("We express no opinion other than those stated in paragraph 2.", "limitation-scope"),
        (
            "We express no opinion on any state, local or foreign tax consequences.",
            "limitation-scope",
        ),
        (
            "No ruling has been or will be sought from the Internal Revenue Service.",
            "limitation-scope",
        ),
        (
            "Our opinion is not binding on the Internal Revenue Service or the courts.",
            "limitation-scope",
        ),
        (
            "We express no opinion as to the laws of any jurisdiction other than New York.",
            "limitation-jurisdiction",
        ),
        (
            "2. When issued and paid for as contemplated, the Warrants will constitute valid and "
            "binding obligations of the Company, enforceable in accordance with their terms.",
            "opinion-other",
        ),
        (
            "2. When issued and paid for as contemplated, the Warrants and the Notes will "
            "constitute valid and binding obligations of the Company.",
            "opinion-debt",
        ),
        (
            "As to the laws of Ohio we have relied, with your consent, on the opinion of Pell "
            "Marsh LLP, Ohio counsel to the Guarantor.",
            "reliance-on-other-counsel",
        ),
        (
            "This letter is addressed to you and may be relied upon only by you.",
            "limitation-reliance",
        ),
        (
            "We have also searched the Register of Writs kept at the High Court on 3 May 2021.",
            "documents-examined",
        ),
        (
            "We have taken as true, and have not checked, the facts in the officer's certificate.",
            "assumption-factual-reliance",
        ),
        (
            "We have assumed that the representations made to us by the Trust are true and "
            "complete.",
            "assumption-factual-reliance",
        ),
        (
            "Our opinions are given on the basis of the law and facts existing on the date of this "
            "letter.",
            "limitation-date",
        ),
    ],
)
def test_standard_wording_of_rarer_types(wording: str, expected: str) -> None:
    _, _, distinct = cue_evidence(wording)  # what the recogniser weighs
    assert max(distinct, key=lambda t: distinct[t]) == expected


def test_overlapping_cue_matches_count_once() -> None:
    assert distinct_weight([(0, 15, 0.8), (8, 15, 0.8), (20, 30, 1.2)]) == pytest.approx(2.0)
    scores, _, distinct = cue_evidence("We have assumed that the copies are complete.")
    assert scores["assumption-other"] == pytest.approx(1.6)  # "we have assumed" + "assumed"
    assert distinct["assumption-other"] == pytest.approx(0.8)


def test_confidence_carries_along_a_paragraph_and_from_an_item_to_its_lead_in() -> None:
    from precedent_bank.importer.recogniser import CONTEXT, Decision, _in_context
    from precedent_bank.importer.segment import Unit

    texts = [
        "We have acted as counsel to the Company. ",
        "The notes bear interest twice a year.\n\n",
        "On that basis we are of the opinion that:\n",
        "1. the notes are valid and binding obligations.\n",
    ]
    units, at = [], 0
    for text in texts:
        units.append(Unit(at, at + len(text), "body", text))
        at += len(text)
    decisions = [
        Decision("engagement", 0.9, "cue"),
        Decision("engagement", 0.3, "no cue"),
        Decision("opinion-debt", 0.3, "no cue"),
        Decision("opinion-debt", 0.9, "cue"),
    ]
    out = _in_context(units, decisions)
    assert [d.confidence for d in out] == [0.9, round(0.9 * CONTEXT, 2), 0.81, 0.9]
    assert out[1].reason.endswith("goes on with the paragraph before it, of this type")
    assert out[2].reason.endswith("introduces the next clause, of this type")
    doubted = [*decisions[:1], Decision("engagement", 0.3, "no cue", "its wording points to x")]
    assert _in_context(units[:2], doubted)[1].confidence == 0.3  # a doubt is never overruled


def test_the_confidence_carried_down_a_paragraph_fades_once_not_at_every_sentence() -> None:
    """The fourth sentence of a plainly right engagement paragraph was flagged: 0.89 faded at
    every step fell under the review threshold (0.80, 0.72, 0.65)."""
    from precedent_bank.importer.recogniser import CONTEXT, REVIEW_BELOW, Decision, _in_context
    from precedent_bank.importer.segment import Unit

    texts = [
        "We have acted as special counsel to Pellmore Anchorage Inc. ",
        "The Debentures are guaranteed by its parent. ",
        "They were issued under an indenture of May 4, 2011. ",
        "The indenture includes the parent's guarantee.\n\n",
        "We have examined the indenture.\n",
    ]
    units, at = [], 0
    for text in texts:
        units.append(Unit(at, at + len(text), "body", text))
        at += len(text)
    decisions = [
        Decision("engagement", 0.89, "cue"),
        *[Decision("engagement", 0.2, "no cue")] * 3,
        Decision("engagement", 0.1, "no cue"),  # a new paragraph: nothing carries over
    ]
    out = _in_context(units, decisions)
    carried = round(0.89 * CONTEXT, 2)
    assert [d.confidence for d in out] == [0.89, carried, carried, carried, 0.1]
    assert carried >= REVIEW_BELOW


@pytest.mark.parametrize(
    "lead",
    [
        "Based on the foregoing, we are of the opinion that:\n",
        "Based on the foregoing, and subject to the limitations stated in this letter,\n",
    ],
)
def test_a_lead_in_to_the_opinions_takes_the_type_of_the_opinion_it_introduces(lead: str) -> None:
    from precedent_bank.importer.recogniser import Decision, _in_context
    from precedent_bank.importer.segment import Unit

    texts = [lead, "1. the Warrants are valid and binding obligations of the Company.\n"]
    units, at = [], 0
    for text in texts:
        units.append(Unit(at, at + len(text), "body", text))
        at += len(text)
    decisions = [Decision("opinion-existence", 0.46, "near"), Decision("opinion-other", 0.8, "x")]
    out = _in_context(units, decisions)
    assert (out[0].type, out[0].confidence) == ("opinion-other", 0.72)
    assert out[0].reason == "leads into the opinion that follows, of this type"
    finished = [Unit(0, 40, "body", "The Company is validly existing.\n"), units[1]]
    assert _in_context(finished, decisions)[0].type == "opinion-existence"  # a sentence of its own


def test_the_bankruptcy_exception_after_except_that_is_cut_from_the_opinion(
    recogniser: Recogniser,
) -> None:
    text = (
        "Ladies and Gentlemen:\n\nWe are of the opinion that the Notes will be valid and binding "
        "obligations of the Company, enforceable against it according to their terms, except "
        "that enforcement may be limited by bankruptcy, insolvency and like laws affecting "
        "creditors' rights generally.\n\nVery truly yours,\n\n/s/ Pell Marsh LLP\n"
    )
    assert [t for t, _ in types(recogniser, text)] == [
        "heading",
        "opinion-debt",
        "qualification-bankruptcy",
        "signature",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        'We have acted as counsel to Quillon Ridge Corp. (the "Company") in connection with its '
        "Registration Statement on Form S-8 and, in that capacity, have examined the "
        "Registration Statement and such other records as we have thought necessary.",
        'We are acting as counsel for Quillon Ridge Corp. (the "Company") in connection with the '
        "registration of its common stock, and we have examined originals or copies of such "
        "corporate records of the Company as we have deemed necessary.",
        "We have acted as special Louisiana counsel to Quillon Ridge, L.L.C. in connection with "
        "its guarantee of the Notes, and for that purpose we have reviewed its articles of "
        "organization and operating agreement.",
    ],
)
def test_an_engagement_that_goes_on_to_what_was_examined_is_cut_there(
    recogniser: Recogniser, sentence: str
) -> None:
    text = f"Ladies and Gentlemen:\n\n{sentence}\n\nVery truly yours,\n\n/s/ Pell Marsh LLP\n"
    typed = types(recogniser, text)
    assert [t for t, _ in typed][1:3] == ["engagement", "documents-examined"]
    assert typed[2][1].startswith("and")


def test_a_sentence_that_opens_with_its_types_wording_is_sure_whatever_its_neighbours() -> None:
    """Its nearest bank examples were consents (they too name an exhibit filed with the
    Commission), which left a plainly right documents-examined sentence at 0.46, flagged."""
    from precedent_bank.importer.evaluation import bank_training
    from precedent_bank.importer.learning import sample_bank
    from precedent_bank.importer.recogniser import AGREEMENT, REVIEW_BELOW, Recogniser
    from precedent_bank.importer.segment import Unit

    recogniser = Recogniser([t for _, group in bank_training(sample_bank()) for t in group])

    def decide(text: str) -> tuple[str, float]:
        decision = recogniser.label([Unit(0, len(text), "body", text)])[0]
        return decision.type, decision.confidence

    opening = (
        "We have examined the Registration Statement and the Deed of Trust, which the Company "
        "filed with the Commission as an exhibit to the Registration Statement on March 3, 2014."
    )
    assert decide(opening) == ("documents-examined", AGREEMENT)
    # the same words later in the sentence are no opening: the vote decides how sure it is
    later = "As an exhibit to the Registration Statement on March 3, 2014, " + opening[0].lower()
    assert decide(later + opening[1:])[1] < REVIEW_BELOW


HAVING_DONE_ALL = (
    "Ladies and Gentlemen:\n\n"
    "Having acted as counsel to Marsh Hollow Fisheries, Inc., a Florida corporation (the "
    '"Company"), in connection with its Registration Statement on Form S-1 relating to 2,000,000 '
    'units (the "Units"), each of one share of common stock (the "Common Stock") and one warrant '
    'to buy one share of Common Stock (the "Warrants"), and the shares of Common Stock issuable on '
    'exercise of the Warrants (the "Warrant Shares"), and having examined the Company\'s articles '
    "of incorporation and bylaws, the resolutions of its board of directors adopted on June 3, "
    "2019, the form of warrant agreement and such other papers as I have thought relevant, and "
    "having assumed the genuineness of all signatures and the conformity to originals of all "
    "copies, and having relied, as to matters of fact, upon certificates of officers of the "
    "Company, I am of the opinion that the shares of Common Stock in the Units, when issued and "
    "paid for as the prospectus says, will be validly issued, fully paid and non-assessable, "
    "that the Warrants, when issued under the warrant agreement, will be valid and binding "
    "obligations of the Company, except as enforcement may be limited by bankruptcy, insolvency "
    "or similar laws affecting creditors' rights generally, and that the Warrant Shares, when "
    "issued on exercise of the Warrants and payment of the price, will be validly issued, fully "
    "paid and non-assessable, all of which opinions are limited to the Florida Business "
    "Corporation Act.\n\nI consent to the filing of this opinion as an exhibit to the "
    "Registration Statement.\n\nSincerely,\n\n/s/ Ada Quist\n"
)


def test_a_long_sentence_of_having_dones_is_cut_before_each_job(recogniser: Recogniser) -> None:
    """ "Having acted ..., and having examined ..., and having relied ..., I am of the opinion
    that ..., that the Warrants ..., and that the Warrant Shares ..., all of which opinions are
    limited to ...": each job starts at its own words, not a comma later."""
    assert len(HAVING_DONE_ALL.split("\n\n")[1]) > LONG_SENTENCE
    starts = [text for _, text in types(recogniser, HAVING_DONE_ALL)]
    for opening in (
        "and having relied, as to",
        "I am of the opinion that",
        "that the Warrants, when i",
        "except as enforcement may",
        "and that the Warrant Shar",
        "all of which opinions are",
    ):
        assert opening[:24] in starts, opening
    found = dict(zip(starts, [t for t, _ in types(recogniser, HAVING_DONE_ALL)], strict=True))
    assert found["all of which opinions ar"] == "limitation-jurisdiction"
