"""Local and offshore counsel's items: a guarantor's signing, choice of law and judgments, lists
whose first item's words stand after a bare marker, exceptions whose words name no kind."""

from __future__ import annotations

import pytest

from precedent_bank.importer.cues import cue_scores
from precedent_bank.importer.record import draft_record
from precedent_bank.importer.segment import segment
from tests.test_importer import letter
from tests.test_limits_and_page_heads import counsel_letter, opening_clause
from tests.test_outside_shapes import day_one


def _named(text: str) -> str:
    scores, _ = cue_scores(" ".join(text.split()).lower())
    return max(scores, key=scores.__getitem__) if scores else ""


@pytest.mark.parametrize(
    "item",
    [
        "2. The Indenture has been duly executed and delivered by each Idaho Guarantor.",
        "(c) the Montana Guarantor has duly authorized, executed and delivered the Indenture, "
        "including its Guarantee.",
        "4. Each Vermont Guarantor has taken all limited liability company action necessary "
        "under Vermont law to authorize the execution and delivery of the Indenture.",
    ],
)
def test_a_guarantors_signing_of_the_indenture_is_the_guarantee_opinion(item: str) -> None:
    """Local counsel's item on the guarantor's own act was typed the existence opinion."""
    assert _named(item) == "opinion-debt"


def test_an_assumed_signing_by_a_guarantor_is_no_opinion() -> None:
    assumed = "We have assumed that the Indenture has been duly executed and delivered by each "
    assert _named(assumed + "Guarantor other than the Idaho Guarantor.") != "opinion-debt"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # local counsel's other conclusions
        (
            "5. Neither the execution of the Supplemental Indenture by the Guarantor nor its "
            "performance of the Guarantee contravenes its articles of organization.",
            "opinion-other",
        ),
        (
            "3. No license of, or filing with, any agency of the State of Idaho is required for "
            "the Guarantor to perform its Guarantee.",
            "opinion-other",
        ),
        (
            "6. The choice of the law of the State of New York to govern the Indenture would be "
            "upheld by the courts of the State of Idaho.",
            "opinion-other",
        ),
        (
            "7. A final money judgment against the Guarantor obtained in a New York court would "
            "be recognized and enforced by the courts of Bermuda without retrial of its merits.",
            "opinion-other",
        ),
        # wordings of tax and offshore letters
        (
            "This letter addresses only the federal income tax laws of the United States.",
            "limitation-jurisdiction",  # the laws covered, not what the letter is about
        ),
        (
            "We express no view on the tax consequences of any series of debt securities "
            "described in a prospectus supplement.",
            "limitation-scope",
        ),
        (
            "(a) the authenticity, accuracy and completeness of all documents submitted to us, ",
            "assumption-genuineness",
        ),
        (
            "2.1 that every signature on the documents we have seen is genuine;",
            "assumption-genuineness",
        ),
        ("In addition, on the date of this letter we obtained:", "documents-examined"),
        # the reservations and limits of Bermuda, Cayman, Jersey, Luxembourg and Dutch letters
        # (what a search cannot show: session 29's testers labelled it scope, the three of
        # session 31 who wrote such letters a further exception - the majority is kept)
        ("3.2 A search of the cause book is not conclusive.", "qualification-other"),
        (
            "It would not show a petition to wind up the Company presented but not yet entered.",
            "qualification-other",
        ),
        (
            "(b) Neither the Extract nor the Negative Certificate is conclusive as to insolvency.",
            "qualification-other",
        ),
        (
            "The Registry Search would not reveal a charge created but not yet registered.",
            "qualification-other",
        ),
        (
            "5.5 This opinion is given as at its date and on the basis of the laws of Guernsey in "
            "force on that date.",
            "limitation-date",
        ),
        (
            "They relate only to the laws of the Cayman Islands in force on that date, and we "
            "have not investigated the law of any other jurisdiction.",
            "limitation-jurisdiction",
        ),
        (
            "This letter is an exhibit to the Registration Statement and may be relied upon for "
            "the purpose of the Registration only.",
            "limitation-reliance",
        ),
        (
            "Each person relying on this opinion letter agrees that only this firm will have any "
            "liability in connection with it.",
            "limitation-reliance",
        ),
        (
            "2.3 that the factual statements contained in the Registration Statement are accurate;",
            "assumption-factual-reliance",
        ),
    ],
)
def test_wording_of_local_offshore_and_tax_letters_names_its_type(text: str, kind: str) -> None:
    assert _named(text) == kind


def test_choice_of_law_on_which_no_opinion_is_given_is_no_opinion() -> None:
    doubted = (
        "We express no opinion as to whether the choice of New York law would be upheld by the "
        "courts of Idaho."
    )
    assert _named(doubted) != "opinion-other"


def test_a_lead_in_takes_the_kind_its_first_item_names_after_a_bare_marker() -> None:
    """ "We have made the following assumptions:" / "(a)" / "(i) Each copy conforms ...": the
    lead-in and the marker standing alone were typed other assumptions, the words that name
    their kind coming only after a second marker."""
    body = (
        "We have made the following assumptions:\n\n"
        "    (a)  (i) Every copy document conforms to its original and every original is\n"
        "         authentic, and (ii) every signature is the genuine signature of the\n"
        "         person concerned.\n\n"
        "    (b)  The Plan has not been amended.\n\n"
        "In our opinion, the Shares will be validly issued, fully paid and nonassessable."
    )
    text = counsel_letter(body, "S-8")
    assert opening_clause(text, "We have made the following").type == "assumption-genuineness"
    bare = [u.text for u in segment(text) if u.text.strip() == "(a)"]
    assert bare  # the segmenter does cut the bare marker off: the case this test is about


def test_an_exception_whose_words_name_no_kind_is_another_exception() -> None:
    """ "(iv) the requirement that a document in Spanish be accompanied by a certified
    translation": no cue, and the bank's nearest clauses (certified copies) made it a
    genuineness assumption in the middle of the exceptions."""
    body = (
        "In our opinion, the Guarantee is a valid and binding obligation of the Guarantor.\n\n"
        "The opinion above is subject to (i) bankruptcy, insolvency and other laws affecting "
        "creditors' rights generally, (ii) general principles of equity, (iii) the "
        "unenforceability of indemnities against one's own negligence, (iv) the rule that "
        "copies of foreign papers lodged with the court be certified by a sworn translator, and "
        "(v) the requirement that the judgment have been rendered by a court having "
        "jurisdiction."
    )
    clause = opening_clause(counsel_letter(body, "S-3"), "(iv) the rule")
    assert clause.type == "qualification-other"


def test_factual_reliance_on_a_certificate_or_search() -> None:
    for text in (
        "We have also relied upon a certificate, dated the date hereof, executed by the "
        "Treasurer of the Company, setting forth representations about its income.",
        "We have assumed that the information disclosed by the Company Search was accurate and "
        "complete when the search was made.",
        "(b) Each confirmation referred to in paragraph 3 is true.",
        "Although we have made such inquiries as we thought fit, nothing has come to our "
        "attention that leads us to believe that any of those representations is untrue.",
    ):
        assert _named(text) == "assumption-factual-reliance", text
    examined = "We have examined and relied upon the certificate of incorporation of the Company."
    assert _named(examined) != "assumption-factual-reliance"


def test_a_fact_about_insolvency_proceedings_is_not_cut_as_an_exception() -> None:
    """ "... is not registered there as being subject to Insolvency Proceedings" was cut before
    "subject to", as if an exception to the opinion began there."""
    item = (
        "(b)  confirmation from the Insolvency Register that the Issuer is not registered\n"
        "     there as being subject to Insolvency Proceedings; and\n"
    )
    units = segment(f"In addition, we obtained:\n\n{item}\n(c)  an extract.\n")
    assert any(u.text.startswith("(b)") and "Proceedings; and" in u.text for u in units)
    exception = "The Notes are binding obligations subject to bankruptcy, insolvency and the like."
    assert len(segment(f"In our opinion, {exception}\n")) >= 2  # the exception is still cut


def test_what_the_parties_will_do_is_another_assumption() -> None:
    """ "(c) each of the parties will comply with its covenants" was the other parties' power and
    signing (a merger tax letter's assumptions of what the parties will do)."""
    assert _named("(c) each of the parties will comply with its covenants;") != (
        "assumption-other-parties"
    )
    assert _named("(c) each of the parties has the power to enter into the Merger Agreement;") == (
        "assumption-other-parties"
    )


def test_an_assumption_about_the_law_of_any_jurisdiction_is_no_limit_on_the_laws() -> None:
    assumed = (
        "(f) that nothing in the law of any jurisdiction other than Anguilla would bear on the "
        "conclusions of this letter;"
    )
    assert _named(assumed) != "limitation-jurisdiction"


def test_a_running_head_dated_day_first_below_the_page_number_is_furniture() -> None:
    """ "-2-" / "Tallis Mining Corp." / "22 September 2016": the addressee and the date as English
    and offshore letters write it, repeated on a new page, were letter text typed as the
    sentence they interrupt."""
    text = (
        "Ladies and Gentlemen:\n\nWe have assumed that the signatures on the documents we\n"
        "examined are genuine and that documents submitted to us as\n\n"
        "                               -2-\n\n"
        "Tallis Mining Corp.\n22 September 2016\n\n"
        "originals are authentic.\n\nYours faithfully,\n\nHarrow Quint\n"
    )
    furniture = "".join(u.text for u in segment(text) if u.zone == "page-furniture")
    assert "22 September 2016" in furniture
    assert "Tallis Mining Corp." in furniture


@pytest.mark.parametrize(
    "text",
    [
        'In this opinion "non-assessable" means that a holder of a Share is not obliged to make '
        "any further payment for it.",
        'The expression "non-assessable" has no settled meaning under Guernsey law.',
        "As a matter of Anguilla law, a share is non-assessable if its holder is not liable for "
        "further calls.",
        '(d) Maltese law has no term equivalent to "non-assessable".',
    ],
)
def test_what_offshore_counsel_mean_by_non_assessable_is_a_caveat_of_its_own(text: str) -> None:
    """The word is borrowed from US practice and foreign law must explain it (facts P-5); in a
    sentence of its own, most often under "Qualifications", the explanation is a caveat, as five
    of the seven testers who wrote such letters label it (it was typed the equity opinion until
    session 32) - and no limit on the letter's scope."""
    assert _named(text) == "qualification-other"
    assert _named('In this opinion the expression "enforceable" means that a court may act.') == (
        "limitation-scope"
    )


def test_what_non_assessable_means_in_the_opinions_own_paragraph_is_that_opinion() -> None:
    """'2. The Shares ... will be fully paid and non-assessable. For the purposes of this
    opinion, the term "non-assessable" means ...' is one item: the explanation goes on in the
    opinion's paragraph and is the opinion's (standing apart, it is a caveat)."""
    meaning = (
        'For the purposes of this opinion, the term "non-assessable" means that a holder will not '
        "be liable to further calls on the Shares."
    )
    opinion = (
        "2. The New Shares, when issued and paid for as described in the Registration Statement, "
        "will be validly issued, fully paid and non-assessable. "
    )
    head = (
        "Dear Sirs\n\nWe have acted as Luxembourg counsel to Orvane S.A. in connection with its "
        "registration statement on Form F-3.\n\nBased on the foregoing, we are of the opinion "
        "that:\n1. The Company is duly incorporated and validly existing.\n\n"
    )
    end = "\n\nYours faithfully\n\n/s/ Keller Marsch\n"
    together = draft_record(letter(head + opinion + meaning + end), day_one()).clauses
    assert [c.type for c in together if meaning in c.text] == ["opinion-equity"]
    apart = draft_record(letter(head + opinion + "\n\n" + meaning + end), day_one()).clauses
    assert [c.type for c in apart if meaning in c.text] == ["qualification-other"]
