"""Cue phrases: wording that points to a clause type whatever the bank has learned.

Each cue adds its weight to its type's score for a unit whose text matches it (lower case).
Strong, specific phrases weigh 1.5-2; phrases that merely suggest a type weigh 0.3-0.8. The
recogniser's k-nearest-neighbour vote (learned from the bank) is added to these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from precedent_bank.importer.literals import Needs, WordFinder, holds, needs, telling

STRONG_CUE = 1.5
"""A cue at least this heavy names a type on its own."""
_ITEM = r"^[|\s]*(?:\(?\w{1,4}[.)][|\s]*)?"
"""An item's number at the start of a unit, in a table's cells too ("|1.\n|The Notes ...")."""
_WHETHER_TURNS_ON = (
    r"(?:depends|will depend|turns|will turn|is a (?:factual )?(?:determination|question)|"
    r"cannot be (?:determined|predicted|known|assured)|can be (?:determined|made|known) only)\b"
)
"""What a "Whether ..." sentence says of the question when it warns about the opinion ("Whether
the Partnership stays a partnership depends on its income each year") rather than asks it."""
_NO_STOP = r"(?:[^.;]|(?<=\b\w)\.)"
"""A character of the same sentence, a one-letter abbreviation's period included ("U.S. source
income")."""
_FIRM_OR_COUNSEL = (
    r"\b(?:llp|l\.l\.p\.?|p\.c\.?|p\.a\.?|pllc|ltd\.?|chartered|counsel (?:to|for) [^.;]{2,60}?)"
)
"""The end of a firm's name (its form), or a firm named by its role ("counsel to the Company"):
another firm, before what it may do with this letter."""
_OPINION_SAID = (
    r"\b(?:(?:in|it is) (?:our|my) (?:opinion|view)|(?:are|am) of the opinion|we advise you)\b"
)
"""Words that give the opinion ("it is my opinion that", "we are of the opinion", "in our view"
as accountants write it)."""
_INTERESTS = (
    r"\b(?:undivided (?:preferred )?beneficial (?:ownership )?interests?|common units|"
    r"subordinated units|(?:limited |general )?partner(?:ship)? interests|(?:limited liability "
    r"company|membership) interests|fully paid \(to the extent required (?:under|by) the "
    r"(?:partnership|limited liability company|operating|llc) agreement\)|sections? "
    r"1[78]-(?:303|607|804))\b"
)
"""A trust's, partnership's or LLC's interests: "validly issued, fully paid and nonassessable"
too, but no shares (the opinion on them is another opinion)."""
_OTHER_ISSUED = (
    r"^(?:\(?\w{1,4}[.)]\s*)?(?:the |each |such |those )?(?:[\w'\u2019-]+ ){0,2}(?:warrants?|"
    r"units?|rights|depositary (?:shares|receipts)|adrs|adss|purchase contracts|subscription "
    r"receipts)\b(?![^.;]*\b(?:fully "
    r"paid|non-?assessable|notes|debentures|debt securities)\b)[^.;]{0,300}\bvalidly issued\b"
)
"""An item whose subject is warrants, units, rights or depositary shares, "validly issued" but
not fully paid as shares are ("(2) the Rights associated with the Shares, when issued under the
Rights Agreement, will be validly issued")."""
_NOT_SAID_OF = {
    "opinion-equity": re.compile(f"{_INTERESTS}|{_OTHER_ISSUED}"),
    "opinion-debt": re.compile(
        r"^(?!.*\b(?:notes|debentures|bonds|debt securities|securities|guarantees?)\b).*\b(?:"
        r"deposit|warrant|unit|rights|purchase contract) agreements? (?:will )?(?:constitutes?|is|"
        r"are|has been)\b"
    ),
    "limitation-scope": re.compile(
        r"^\W*(?:our|this|the) (?:opinions?|letter)[\w ,]{0,40} (?:is|are) (?:limited|confined) "
        r"to (?:the )?(?:[\w.-]+ ){0,4}tax laws\b"
    ),
    "assumption-factual-reliance": re.compile(
        r"^(?!.*\b(?:facts?|factual|certificates?|representations?|statements)\b).*\brel(?:y|ied|"
        r"ying|iance)\b(?:[^.;]{0,80}\b(?:up)?on (?:the )?opinions? (?:letter )?of| (?:up)?on "
        r"the assumptions)\b"
    ),
    "opinion-tax": re.compile(
        rf"^(?!.*{_OPINION_SAID})\W*(?:[^.;:]{{0,60}},\s*)?(?:we|i) (?:have )?(?:also )?"
        r"rel(?:ied|y) (?:up)?on (?:the )?(?:factual )?representations?\b"
    ),
}
"""Wording that rules a type's cues out: the shares' words said of interests, or of rights
and the like, that are no shares; a debt's words said of a deposit or warrant agreement, with
no debt in sight; the tax laws left out by a letter that opens by naming the tax laws it
covers ("Our opinion is limited to the U.S. federal income tax laws, and we express no opinion
as to any state, local or foreign tax law"); reliance "without independent investigation" on
another firm's opinion, and on no facts, is reliance on other counsel (on the assumptions a
schedule sets out, "which we have not independently verified", an assumption); the representations
relied on, whatever tax opinion's words they quote ("... including the representation that more
than 90% of its gross income will be qualifying income"), with no opinion given."""
WE_ASSUMED = r"(?:we|i)\s+(?:have\s+)?(?:also\s+|further\s+|additionally\s+)?assumed?\b"
"""The firm saying it assumes: "we have further assumed", "I assume"."""
_ASSUMED_FIRST = re.compile(rf"^\W*(?:[^.;:]{{0,60}},\s*)?{WE_ASSUMED}")
"""A sentence that opens by assuming ("In addition, we have assumed that each Guarantor ... is
validly existing", "We have further assumed that the Indenture constitutes valid and binding
obligations"): what it assumes is worded as an opinion is, but it is no opinion."""
FOLLOWING_ASSUMPTIONS = (
    r"\b(?:the following assumptions|(?:based|premised|conditioned) (?:up)?on the "
    r"(?:further |following )?assumptions? that)\b"
)
"""Words that announce a list of assumptions wherever they stand in its lead-in ("Our opinion is
further based on the assumptions that:"; a cue here; the recogniser's list rule reads them
too)."""


STATES_LICENCE = "says where the firm may practise law"
"""A cue's words for the firm's licence: who writes, or the laws covered (recogniser.py)."""
DEFINES_TERMS = "says what a word of the opinion means"
"""A cue's words for a sentence saying what an opinion's term means: a caveat on its own, the
opinion's when it goes on in the opinion's paragraph (recogniser.py)."""


@dataclass(frozen=True)
class Cue:
    type: str
    pattern: re.Pattern[str]
    weight: float
    description: str
    """What the wording does, in a lawyer's words ("limits the laws covered")."""
    needs: Needs = ()
    """Words every match contains (literals.py): when one is missing, the pattern need not run."""
    anchored: bool = False
    """Whether the pattern matches at the start of a unit ("^"): it is tried again after the
    unit's caption ("6. GOVERNING LAW" over "6.1 This letter is governed by English law")."""


@dataclass(frozen=True)
class CueHit:
    """The strongest cue that fired for a type, and the words of the unit it matched."""

    cue: Cue
    quote: str
    at_start: bool

    def reason(self) -> str:
        """E.g. 'begins "This opinion is furnished to you" (says who the firm acts for ...)'."""
        quote = self.quote if len(self.quote) <= 70 else self.quote[:67].rstrip() + "..."
        verb = "begins" if self.at_start else "says"
        return f'{verb} "{quote}" ({self.cue.description})'


def _cues(ctype: str, weight: float, description: str, *patterns: str) -> list[Cue]:
    compiled = [re.compile(p) for p in patterns]
    return [
        Cue(ctype, p, weight, description, needs(p), bool(_ANCHOR.search(p.pattern)))
        for p in compiled
    ]


_ANCHOR = re.compile(r"(?<![\[\\])\^")
"""A "^" that anchors (not one that negates a class or is escaped)."""


CUES: list[Cue] = [
    *_cues(
        "engagement",
        3.0,
        "lists the companies the letter is given for",
        # a schedule of the guarantors the engagement names, one company and its place to a
        # line ("Dunmore Vale Holdings, LLC (Delaware)"): who the firm acted for, no letterhead
        r"^(?:[^()]{3,80}\b(?:inc|llc|l\.l\.c|corporation|corp|company|co|lp|l\.p|ltd|limited|"
        r"plc|trust)\.?,? \([a-z][a-z .]{2,30}\) ?){2,}",
    ),
    *_cues(
        "engagement",
        2.0,
        "says what the letter is for",
        # "This document sets forth our opinion regarding the State income tax consequences of
        # the conversion", "This letter is written to present you with the opinion of ...": the
        # letter introducing its opinion, whose tax words it shares
        r"^\W*this (?:document|letter|opinion letter) (?:sets (?:forth|out)|presents|contains|"
        r"provides|constitutes|is written to present)(?: to you| you with)? (?:our|the|my) "
        r"opinion\b",
        # "The Issuer has asked us to render our opinions concerning ...": the request itself,
        # whatever tax words the request names
        r"\b(?:has|have) (?:asked|requested) (?:us|me) to (?:render|give|deliver|furnish|"
        r"provide|issue)\b",
        # "This opinion relates to the qualification of the Merger as a reorganization", "We
        # will address whether the merger will qualify": the question, before its answer
        r"^\W*(?:this|our) (?:opinion|letter|opinion letter) (?:relates|pertains) to\b",
        # "We understand that the Shares are to be sold to the underwriters under an
        # underwriting agreement ...": the transaction the letter is for
        r"^\W*(?:we understand that )?the (?:[\w-]+ ){0,2}(?:shares|notes|securities|units|"
        r"debentures|bonds|warrants)\b[^.;]{0,40}\b(?:are|is|will be) (?:to be )?(?:sold|issued|"
        r"offered)\b[^.;]{0,120}\b(?:under|pursuant to|in accordance with) (?:an?|the) "
        r"(?:underwriting|purchase|sales|distribution|equity distribution|placement(?: agency)?) "
        r"agreement\b",
        # "We give this opinion as contemplated by the section of the Registration Statement
        # headed "Legal Matters"": why the letter is given, not the consent to naming the firm
        r"^\W*(?:we|i) (?:give|furnish|render|deliver) this (?:opinion|letter) (?:as contemplated "
        r"by|in connection with|pursuant to|for the purposes? of)\b",
        r"^\W*(?:we|i) will (?:address|consider) whether\b",
        # "This opinion as to certain tax consequences of the Merger is furnished to you
        # pursuant to Section 7(b) of the Agreement"
        # (its words may hold an abbreviation's full stop: "certain U.S. federal income tax")
        r"^\W*this (?:opinion|letter)\b[^;]{1,120}? is (?:being )?(?:furnished|delivered|"
        r"rendered|given) (?:to you )?pursuant to\b",
        # the client in the third person asking for the opinion, whatever tax words it names:
        # "The Trust has requested our opinion as to ..." ("Home Bank has requested the
        # opinion of Ernst & Young regarding ...")
        r"\b(?:has|have) requested (?:our|the) (?:opinion|advice)\b",
        # "This letter expresses our opinion regarding certain tax consequences of ...": what
        # the letter is about, before the opinion itself
        r"^\W*this (?:opinion|letter) (?:expresses|sets forth|sets out|contains) our (?:opinions?|"
        r"views) (?:regarding|concerning|as to|with respect to|on) (?:certain|the)\b",
    ),
    *_cues(
        "engagement",
        1.5,
        "says who the firm acts for and why it writes",
        r"\b(?:have|has) acted as (?:[\w.-]+ ){0,5}(?:counsel|advisers?|advisors?)\b",
        r"\b(?:are|am) acting as (?:[\w.-]+ ){0,5}counsel\b",
        # a lawyer writing as one: "I am an advocate of the High Court of Justice of the Isle of
        # Man and a partner of Kermode Quayle, Isle of Man counsel to Snaefell Interactive plc"
        r"^\W*i am an? (?:advocate|solicitor|attorney|barrister)\b[^.;]{0,160}\b(?:counsel|"
        r"solicitors?|advocates?|attorneys?) (?:to|for)\b",
        # in-house: "I am the General Counsel (Director Jurídico) of Hotelera Sol, S.A.B."
        r"^\W*i am (?:the |an? )?(?:[\w-]+ ){0,4}(?:general )?counsel\b[^.;]{0,60}\bof\b",
        # "This firm serves as counsel to New Jersey Gas Company"
        r"^\W*this firm (?:serves|has served|acts|has acted|is acting) as (?:[\w.-]+ ){0,5}"
        r"counsel\b",
        # (not "This letter is furnished solely for the lenders' use": who may rely on it)
        # (nor "Because this opinion is being delivered prior to the closing, it must be
        # considered prospective": a warning about its date)
        r"\bthis (?:opinion|letter) is (?:being )?(?:furnished|delivered|rendered|given)\b"
        # (nor "This opinion is rendered as of the date hereof": its date)
        # (nor "This opinion is given for the benefit of the Company": who may rely on it)
        r"(?! (?:to you )?solely for| prior to| before| (?:only )?as (?:of|at)\b|"
        r" (?:to you )?for (?:the|your) (?:sole |exclusive )?benefit\b)",
        r"\breferences? (?:is|are) made to\b",
        # what the letter is for, with no consent given: "We understand that this opinion will
        # be filed as an exhibit to a Report on Form 6-K"
        r"^\W*we understand that (?:this|our) (?:opinion|letter)\b[^.;]{0,40}\b(?:will|is to) be "
        r"filed\b",
        r"\bwe refer to (?:your|the)\b",
        r"\b(?:at|in accordance with|pursuant to|in response to) your request\b",
        r"\byou have (?:requested|asked)\b",
        # a question the firm was asked, an item of the list after "you have requested our
        # opinion regarding:" ("1. Whether the Company has qualified as a REIT ...")
        # (not an exception's aside: "general principles of equity, | whether applied by a
        # court of law or equity", a phrase a long list of exceptions is cut at)
        # (nor a tax letter's warning, "Whether the Company is a PFIC for any year is a factual
        # determination ...": a limit on the opinion)
        rf"{_ITEM}whether\b(?! (?:or not|applied|considered|sought|brought|enforcement|in (?:a )?"
        rf"proceeding|at law|in equity)\b)(?!{_NO_STOP}{{0,250}}\b{_WHETHER_TURNS_ON})",
        r"\bitem 601\(b\)\((?:5|8)\)",
        r"\b(?:have )?taken instructions\b",
        r"\b(?:are|is) (?:rendering|delivering|furnishing|giving|issuing) this "
        r"(?:opinion|letter)\b",
        # the capacity in other words: "in our capacity as special counsel to", "we are
        # Canadian counsel to", "have served as tax counsel", "have been retained as counsel"
        # (not a capacity that leads into what was examined, "In our capacity as your counsel
        # ..., we have examined ...": that sentence is about the examination, see segment.py)
        r"\bin (?:our|its|my) capacity as (?:[\w.-]+ ){0,5}(?:counsel|advisers?|advisors?)\b"
        r"(?![^;]{0,300}?\b(?:(?:we|i) (?:have )?(?:also )?(?:examined|reviewed)|are familiar|"
        r"(?:we|i) have(?:, [^,;]{1,40},)? made such|(?:we|i) have familiari[sz]ed|(?:we|i) "
        r"(?:have been|were) (?:provided|furnished) with)\b)",
        r"^\W*(?:we|i) (?:are|am) (?:[\w.-]+ ){0,4}(?:counsel|advisers?|advisors?) (?:to|for)\b",
        r"\b(?:have|has) (?:served|been (?:engaged|retained|instructed)) as (?:[\w.-]+ ){0,5}"
        r"counsel\b",
        # "As tax counsel to the Trust, we have advised the Trust on ...": the capacity leading
        # into what the firm did for the client, not yet the opinion
        r"^\W*as (?:[\w.-]+ ){0,4}counsel (?:to|for)\b[^;]{0,150}?\b(?:we|i) (?:have )?"
        r"(?:advised|represented)\b",
    ),
    *_cues(
        "engagement",
        3.0,
        "says who the firm acts for and what filing it is about",
        # "As counsel for X (the "Corporation"), we are familiar with the Registration Statement
        # on Form S-8 which the Corporation proposes to file ...": the capacity and the filing,
        # not yet the papers examined ("familiar with the proceedings taken": those)
        r"^\W*as (?:[\w.-]+ ){0,4}counsel (?:to|for)\b[^;]{0,150}?\b(?:we|i) (?:are|am) (?:also )?"
        r"familiar with the registration statement\b",
        r"\b(?:we|i) have been (?:requested|asked)(?: by [^.;]{1,80}?)? to (?:render|give|deliver|"
        r"furnish|provide|issue)\b",
        # "We also participated in the preparation of the offering circular" (not "have not
        # participated in ...": a limit on the opinion's scope)
        r"(?<!not )(?<!never )\bparticipated in (?:the )?preparation of\b",
        # "We act as Manx counsel to X Limited": the capacity in the present tense
        r"^\W*(?:we|i) act as (?:[\w.-]+ ){0,4}(?:counsel|advisers?|advisors?|attorneys) "
        r"(?:to|for)\b",
        # "We are rendering our opinion in accordance with the Agreement and Plan of
        # Reorganization": why the letter is written
        r"^\W*(?:we|i) (?:are|am) (?:rendering|giving|delivering) (?:our|my|this) opinion "
        r"(?:in accordance with|pursuant to|under)\b",
        # "..., and, at your request, we are rendering our opinion concerning certain federal
        # income tax consequences of the Merger": what the letter is about, not the opinion
        r"\b(?:we|i) (?:are|am) (?:rendering|giving|delivering|furnishing) (?:our|my|this) "
        r"opinions? (?:concerning|as to|regarding|with respect to) (?:certain|the)\b",
        # "It addresses the tax treatment of holders of the Preferred Stock": what the letter
        # is about (not "does not address": a limit on it; nor "addresses only": its laws)
        r"^\W*(?:it|this (?:opinion|letter)) addresses\b(?! only\b)",
        r"^\W*(?:we|i) (?:are|am) writing (?:to you )?(?:in (?:reference|relation|connection) "
        r"(?:to|with)|with reference to)\b",
    ),
    *_cues(
        "engagement",
        1.5,
        "says what the letter's terms mean",
        # "Terms defined in the Loan Agreement bear those meanings in this letter", "References
        # in this letter to the Code mean ...": the engagement paragraph's last words
        r"\b(?:terms?|words|phrases)\b[^.;]{0,80}?\b(?:(?:have|has|bear) (?:the )?"
        r"(?:same |respective )?(?:meanings?|definitions?)|are used (?:herein )?as defined|"
        r"are defined in)\b",
        r"^\W*(?:all )?references (?:herein|in this (?:letter|opinion)) to\b",
        # "As used herein, "Corporate Proceedings" means ...": a term defined for the letter
        r"^\W*as used (?:herein|in this (?:opinion|letter)(?: letter)?),? (?:the (?:terms?|"
        r"phrases?|expressions?) )?[\"\u201c][^\"\u201d]{1,60}[\"\u201d] (?:means|shall mean|"
        r"refers to)\b",
        # "References and abbreviations used in the Federal Opinion Letter are also used herein."
        r"\b(?:references|abbreviations|terms) (?:and abbreviations )?used in [^.;]{1,60}\b"
        r"(?:are|is) (?:also )?used (?:herein|in this (?:letter|opinion))\b",
        # "All section references, unless otherwise indicated, are to the Internal Revenue Code"
        r"^\W*(?:all |unless otherwise (?:indicated|noted|stated),? )?section references\b",
        # a tax letter's account of the deal under its own caption
        r"^\W*(?:[ivx]+\.\s*|\d\.\s*)?(?:statement of facts|facts and (?:the )?proposed "
        r"transactions?)\b",
        # "Unless otherwise specified, all references to the "Code" are to the Internal Revenue
        # Code"; "Our opinion is subject to the terms of our engagement letter dated ..."
        r"\ball references to (?:the )?[\"\u201c]?[\w ]{1,40}[\"\u201d]? are to\b",
        r"\b(?:terms|conditions) of (?:our|the) engagement letter\b",
        # "The Bonds, the Trust Deed and the Agency Agreement are referred to herein together
        # as the "Papers"": a name the letter gives
        r"\b(?:is|are) (?:sometimes )?(?:collectively |together )?referred to (?:herein|in this "
        r"(?:letter|opinion)) (?:collectively |together )?as\b",
        r"\b(?:is|are) (?:hereinafter|hereafter) (?:collectively |together )?(?:referred to|"
        r"called) as\b",
    ),
    *_cues(
        "engagement",
        2.5,
        "defines a term of the letter",
        # an entry of a list of definitions (an offshore letter's annex: '"Trade Register" means
        # the Dutch Trade Register ...'), not what an opinion's word means ("non-assessable")
        r"^\W*[\"\u201c](?!(?:non-?assessable|good standing)\W)[a-z][^\"\u201d]{0,60}[\"\u201d] "
        r"(?:means|shall mean|refers to|has the meaning)\b",
    ),
    *_cues(
        "engagement",
        3.5,
        "defines a term of the letter",
        # the letter's own glossary: "1.2 In this opinion: "Companies Law" means ...; "COBO
        # Consent" means ...", "For the purposes of this opinion, the term "Documents" means the
        # indenture ..." (a list that goes on to define "non-assessable" too is still the list;
        # 'In this opinion, "Dutch law" means ...' says what law the letter covers, and what
        # the opinion's own words mean is a caveat or a limit of it)
        r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:in this (?:legal )?(?:opinion|letter)"
        r"(?: letter)?|for the purposes? of this (?:legal )?(?:opinion|letter)(?: letter)?),?:?\s+"
        r"(?:the (?:terms?|expressions?|words?) )?[\"\u201c](?!(?:non-?assessable|good standing|"
        r"validly existing|enforceable|fully paid)\W)[^\"\u201d]{1,60}[\"\u201d] (?:means|"
        r"shall mean|refers to)\b"
        r"(?! (?:the |all )?(?:laws?|legislation)\b)",
        # its lead-in: "The following terms as used in this opinion are defined as follows:"
        r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:in this (?:opinion|letter),? )?the following "
        r"(?:terms|expressions|words|capitali[sz]ed terms)\b[^.;]{0,60}\b(?:are defined|have the "
        r"(?:following )?meanings?|shall have the (?:following )?meanings?)\b",
    ),
    *_cues(
        "engagement",
        0.8,
        "describes the transaction the letter is about",
        # the engagement paragraph's later sentences: what is issued under what, and why the
        # registration statement is filed ("The Notes are to be issued under an indenture ...")
        r"\b(?:are|is) (?:to be|being) issued\b",
        r"\bregistration statement (?:is being|was|has been|is to be) filed\b",
        r"\bthe purpose of the registration statement\b",
        # a tax letter's account of the deal: "The Merger is intended to qualify ...", "As a
        # result of the Merger, each share ...", "The acquisition is to occur pursuant to a Plan"
        r"\b(?:the )?(?:proposed )?(?:transaction|merger|reorganization|acquisition|conversion)"
        r"\b[^.;]{0,40}\b(?:(?:is|are) (?:to occur|intended to|expected to|to be (?:effected|"
        r"consummated|implemented))|will be (?:effected|consummated|implemented|accomplished)\b(?! "
        r"(?:in accordance with|in the manner|as (?:described|contemplated))))",
        r"^\W*as a result of the (?:proposed )?(?:transaction|merger|reorganization|conversion)\b",
        # the deal's papers filed with the registration statement ("The Purchase Agreement will
        # be filed as an exhibit to a Current Report on Form 8-K"), not this letter's consent
        r"^\W*(?![^.;]*\b(?:opinion|letter)\b)[^.;]{0,120}\b(?:will be|is being|are being|has been|"
        r"have been) filed (?:with the commission )?as (?:an )?exhibits? to\b",
        # the parties as the deal finds them: "Target Fund has elected to be a regulated
        # investment company", "Acquiring Fund is registered under the 1940 Act"
        r"\b(?:has|have) elected to (?:be (?:taxed |treated )?(?:as )?|qualify as )an?\b",
        r"^\W*[\w ]{1,60}\b(?:is|are) registered under the (?:investment company act|1940 act)\b",
    ),
    *_cues(
        "engagement",
        2.5,
        "says what the firm did for the client or what it was asked for",
        # a tax letter's engagement names the discussion and its caption, the opinion's words
        # (not "reviewed the discussion": an opinion may begin so)
        r"\b(?:participated in (?:the )?preparation of|(?:have |has )?prepared|"
        r"assisted in (?:the )?preparation of) (?:the )?discussions?\b",
        r"\bconditioned (?:up)?on (?:the )?(?:receipt|delivery)\b[^.;]{0,120}\bopinion\b",
    ),
    *_cues(
        "engagement",
        2.5,
        STATES_LICENCE,
        # the firm's standing, with no limit on the opinion in the same sentence (the laws
        # covered when that limit follows in its paragraph: recogniser.py)
        # ("We are attorneys admitted and licensed to practise in Bermuda": no "law")
        r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\W+)?(?:we|i) (?:are|am) "
        r"(?:an? (?:firm|partnership) of (?:[\w-]+ ){0,2}(?:solicitors|attorneys|lawyers|"
        r"advocates) |(?:solicitors|attorneys|lawyers|advocates) )?(?:duly )?"
        r"(?:licensed|admitted|qualified)(?: and (?:licensed|admitted|qualified))? to practi[cs]e "
        r"(?:(?:the )?law\b|in\b)"
        r"(?![^.;]*\b(?:only|solely|no opinion|other than|express no|do not|not express|"
        r"not (?:licensed|admitted|qualified))\b)",
    ),
    *_cues(
        "engagement",
        0.5,
        "names the registration or offering the letter is about",
        r"\bregistration statement on form\b",
        r"\brelat(?:es|ing) to the (?:proposed )?(?:registration|issuance|offer)",
        r"\bin connection with the (?:registration|preparation|filing|issuance|offer)",
    ),
    *_cues(
        "documents-examined",
        1.2,
        "lists what the firm examined",
        # not in a relative clause ("the documents that we have examined"): that refers back
        r"(?<!that )(?<!which )\bwe have (?:also )?(?:examined|reviewed|considered)\b",
        # one lawyer, named by office: "I, as a Crown Counsel of the Province, have examined"
        r"^\W*(?:[^.;]{0,1500}?, )?i, as [^,;]{3,100}, have (?:also )?(?:examined|reviewed)\b",
        r"\boriginals or copies\b",
        r"\bcorporate (?:records|proceedings)\b",
        r"\bsuch other (?:documents|instruments|records|agreements)\b",
        r"\binvestigations? of law\b",
        # "made such legal and factual examinations and inquiries"
        r"\bmade such (?:other )?(?:(?:legal|factual|other)(?:,? and |,? )){0,3}"
        r"(?:examinations?|inquiries|inquiry|investigations?)\b",
        r"(?<!that )(?<!which )\bwe have examined\b",
        r"\bcertified or otherwise identified\b",
        r"\bproceedings (?:taken|proposed to be taken)\b",
        r"\bwe have (?:also )?(?:searched|inspected|carried out (?:a |the )?searches)\b",
        # "We have also consulted the Central Register of Solvency (RegSol)"
        r"\bwe have (?:also )?consulted (?:the )?[^.;]{0,60}\b(?:register|registry|records?|"
        r"database|website)\b",
        # "On 11 September 2019 we carried out an online search at Companies House"
        r"\b(?:we|i) (?:have )?(?:also )?(?:carried out|conducted|made|undertook) (?:an? |the )?"
        r"(?:online |electronic |further )?searche?s? (?:at|of|on|in)\b",
        # what the firm obtained, and its items: "In addition, on the date of this opinion
        # letter we obtained:" / "(a) confirmation by telephone from the Chamber of Commerce"
        r"\b(?:we|i) (?:have )?(?:also )?obtained(?: the following)?\W*$",
        r"^\W*(?:\(\w{1,3}\)\s+|\d{1,2}\.?\s+)?(?:an? )?(?:oral |written |telephone )?"
        r"confirmations? (?:by|through|from|obtained)\b",
        r"\bhaving (?:examined|reviewed)\b",
        # the same in other words ("To prepare this letter we examined such minutes ...",
        # "I have reviewed"), never with "we have ..." (matched above: two
        # cues on one phrase would make it decisive)
        r"\b(?:we|i) (?:also )?(?:examined|reviewed) (?:such|the|copies|originals|certain|all)\b",
        r"\bi have (?:also )?(?:examined|reviewed)\b",
        # "we have been provided with copies of ..."
        r"\b(?:we|i) (?:have been|were) (?:provided|furnished) with (?:copies|originals|the "
        r"following|such|true)\b",
        # the second half of such a sentence, cut from its first ("..., we have examined the
        # draft prospectus" / "and have reviewed its section on taxation")
        r"^\W*and,? (?:have|has) (?:also |further )?(?:examined|reviewed)\b",
        # "You have submitted for our consideration: - certain representations; - the Merger
        # Agreement"
        r"^\W*you have (?:submitted|provided|furnished|delivered) (?:to (?:us|me)|for (?:our|my) "
        r"(?:consideration|review|examination))\b",
    ),
    *_cues(
        "documents-examined",
        2.0,
        "names a copy of a document the firm examined",
        # an item of a schedule of documents: "4. A copy of the permission given by the
        # Monetary Authority ...", "3. A certificate of compliance issued by the Registrar ..."
        r"^\W*(?:\d{1,2}\.?\s+|\(\w{1,3}\)\s+)?an? (?:(?:certified|conformed|executed|electronic|"
        r"true|specimen|photo) )?cop(?:y|ies) of (?:the|a|an)\b",
        r"^\W*(?:\d{1,2}\.?\s+|\(\w{1,3}\)\s+)?an? certificate of (?:good standing|compliance|"
        r"incumbency|status|existence)\b"
        # (not what one shows: "A certificate of good standing confirms only that ...")
        r"(?![^.;]{0,30}\b(?:only|merely)\b)",
    ),
    *_cues(
        "documents-examined",
        1.2,
        "says what the firm did not examine",
        # the review's bounds: "We have not reviewed any other document, and we have made no
        # search of the records of any court" (not "no independent investigation" of facts,
        # which goes with relying on certificates; nor "..., and we give no opinion on any
        # document not referred to": then a limit on the opinion's scope)
        r"\b(?:we|i) have not (?:reviewed|examined) any (?:other )?(?:documents?|agreements?|"
        r"instruments?|records)\b(?![^.;]{0,200}\bno opinion\b)",
        r"\b(?:made|conducted|performed) no (?:search|review) of (?:the )?(?:records|dockets?|"
        r"files|court)\b",
    ),
    *_cues(
        "documents-examined",
        0.8,
        "describes a copy of a document the firm examined",
        r"\b(?:certified|conformed|executed|true|specimen) cop(?:y|ies) of\b",
        r"\bas certified by (?:the )?(?:\w+ ){0,3}(?:secretary|officer|registrar|clerk)\b",
    ),
    *_cues(
        "documents-examined",
        2.5,
        "lists what the opinion rests on",
        # "Our opinion is based upon (i) the Agreement, (ii) ... and (iii) the Code": the sources,
        # not the warning that the law may change (which follows it)
        r"^\W*(?:our |this |the )?(?:opinions?|letter) (?:is|are) (?:based|premised) (?:solely )?"
        r"(?:up)?on (?:\((?:i|a|1)\)|the following\b)",
        r"\bwe have (?:also )?(?:examined|reviewed) (?:originals or )?copies\b",
        r"\bwe are (?:also |generally )?familiar with\b",
        r"\b(?:we|i) have familiari[sz]ed (?:ourselves|myself) with\b",
        r"^\W*are (?:also |generally )?familiar with\b",  # "we" said before it (see segment.py)
        # the opinion is the purpose, what was examined the main clause: "In connection with
        # the opinions expressed below, we have examined and relied upon ..."
        r"^\W*(?:in connection with|for (?:the )?purposes? of|in (?:rendering|giving|preparing))"
        r" (?:the|this|our|such|these) (?:opinions?|letter)\b[^.;]{0,60}?, (?:we|i) have (?:also )?"
        r"(?:examined|reviewed)\b",
    ),
    *_cues(
        "documents-examined",
        2.5,
        "lists what the firm obtained",
        # "In addition, we have obtained the following confirmations given by telephone or
        # electronically on the date of this opinion:" (its items name a register's or a court
        # clerk's office, "bankruptcy" among their words)
        r"\b(?:we|i) (?:have )?(?:also )?(?:obtained|received) the following (?:confirmations?|"
        r"certificates?|extracts?|searches|documents)\b",
    ),
    *_cues(
        "assumption-genuineness",
        2.0,
        "assumes signatures and documents are genuine",
        # ("the genuineness and authenticity of all signatures, stamps and seals")
        r"\bgenuineness(?:,? (?:and )?authenticity)? of (?:all )?(?:the )?signatures\b",
        r"\blegal (?:capacity|competen(?:ce|cy))\b",
        # "Each natural person who signed any of the Documents ... was legally competent to do so"
        r"\b(?:individual|natural person|person)s?\b[^.;]{0,120}\blegally competent\b",
        # ("the authenticity, accuracy and completeness of all documents submitted to us")
        r"\bauthenticity(?:,? (?:and )?(?:accuracy|completeness))* of (?:all )?(?:the )?"
        r"(?:documents|originals)\b",
        r"\b(?:submitted|supplied|provided) to (?:us|me) as originals\b",
        r"\bthe genuine signature of\b",
        r"\bconformity (?:to|with) (?:the )?(?:authentic )?originals?\b",
        # the same said of them: "(ii) all signatures on all documents examined by us are
        # genuine", "all documents submitted to us as originals are authentic"
        r"\bsignatures?\b[^.;]{0,80}\b(?:are|is|were) genuine\b",
        r"\b(?:documents?|originals?)\b[^.;]{0,80}\b(?:are|is|were) (?:complete and )?authentic\b",
        # "each document submitted to us as a copy conforms to the authentic original"
        r"\bconforms? to (?:the )?(?:authentic )?originals?\b",
        # "Copies of documents ... provided to us are true and complete copies of, or in the final
        # forms of, the originals"
        r"\bcopies\b[^.;]{0,100}\b(?:are|is) (?:true|accurate|complete|conformed)(?: and "
        r"(?:complete|correct|accurate))? copies of\b",
    ),
    *_cues(
        "assumption-factual-reliance",
        1.8,
        "relies on others for facts",
        r"\bas to (?:certain |all |any )?(?:questions|matters|facts) (?:of fact|material)\b",
        r"\bquestions of fact material\b",
        r"\brel(?:ied|y|ying),?(?: in part,?)? (?:up)?on (?:the |such |these )?"
        r"(?:(?:written|certain|factual|oral) ){0,2}(?:certificates|statements|representations?|"
        r"descriptions)\b",
        # (or "Of those figures we have made no independent investigation"; not the aside of
        # "We have further assumed, without independent verification, that the Company is duly
        # incorporated": what is assumed names the kind)
        r"\b(?<!assumed, )(?<!assume, )(?<!assuming, )(?:without|(?:undertaken|made|conducted|"
        r"performed) no) independent "
        r"(?:check|verification|investigation)\b",
        # (not "We have not independently verified any of those assumptions": the assumptions'
        # own limit)
        # (nor "we have not investigated the law of any other jurisdiction": the laws covered)
        # (nor the aside ending a lead-in, "we have assumed, and we have not verified
        # independently(, the following):" or "..., (a) the genuineness ...": what follows is
        # assumed, of whatever kind its items name)
        r"\b(?:have )?not (?:independently )?(?:checked|verified|investigated)\b"
        r"(?![^.;]{0,30}\bassumptions\b)(?! (?:the |any )?laws?\b)"
        r"(?!(?: independently)?(?:(?:,? the following)?\s*:|,\s*(?:\(\w{1,4}\)|$)))",
        r"\b(?:taken|accepted|treated) as (?:true|accurate|correct)\b",
        # "Where a representation is given to the best knowledge of the Company, we have treated
        # it as given without that qualification"
        r"\brepresentations?\b[^.;]{0,40}\b(?:to the (?:best )?(?:of )?[\w\u2019' ]{0,30}?"
        r"knowledge|best knowledge)\b",
        r"\bfactual matters\b",
        # "... and have relied solely upon the documents listed above, the statements and
        # information set forth in them"
        r"\brel(?:ied|y|ying) (?:solely|exclusively|only|entirely|wholly) (?:up)?on\b",
        # "2. The Director's Certificate was true, accurate and complete when given"
        r"\bcertificate\b[^.;]{0,80}\b(?:was|is|were|are|remains?) (?:complete and )?(?:true|"
        r"accurate|correct)\b",
        # ("This opinion is based upon, and assumes the accuracy of, the factual representations")
        r"\b(?:based|premised|predicated|rests?) (?:solely |in part )?(?:up)?on,? [^.;]{0,120}"
        r"\brepresentations\b",
        # "we are relying on a letter from the appraiser stating its belief as to ...", "relied
        # upon a certificate of existence ... issued by the Secretary of State"
        r"\brel(?:y|ying|ied) (?:up)?on (?:a|the) (?:letter|report|certificate)s? (?:from|of|by)\b",
        # "We have also relied upon a certificate, dated the date hereof, executed by the Chief
        # Financial Officer" (not a charter examined and relied upon: "the certificate of
        # incorporation")
        r"(?<!examined and )(?<!reviewed and )\brel(?:y|ying|ied) (?:up)?on (?:a|an|the) "
        r"(?:[\w'\u2019-]+ ){0,2}(?:certificate|representation letter)s?\b"
        r"(?! of (?:incorporation|formation|organization|limited partnership|trust|"
        r"designations?)\b)",
        r"\bconditioned (?:up)?on (?!(?:the )?(?:receipt|delivery)\b)",
        # "Although we have made such inquiries as we considered appropriate, nothing has come to
        # our attention that leads us to believe that any of those facts is untrue"
        r"\bnothing has come to (?:our|my) attention\b[^.;]{0,120}\b(?:facts?|representations?|"
        r"statements?|information|certificates?)\b[^.;]{0,60}\b(?:untrue|inaccurate|incorrect|"
        r"not (?:true|accurate|correct))\b",
        # (or a search's: "We have assumed that the information disclosed by the Registry Search
        # and the Court Search was accurate and complete")
        # ("... the statements of fact set out in the Prospectus concerning the Company, the ADSs
        # and the Ordinary Shares are, and will remain, true")
        r"\bassumed that (?:[\w\u2019']+ ){0,4}(?:certificates?|statements|representations?|"
        r"information|searche?s)\b[^.;]{0,160}\b(?:true|accurate|correct|complete)\b",
        r"\brel(?:ied|y|ying) (?:up)?on the following (?:facts|statements|representations)\b",
        # an item on the representations, named at length: "(iii) the representations made by
        # X in their officer's certificates dated the date hereof and delivered to us for
        # purposes of this opinion (the "Representation Letters") are true, complete and
        # correct" (not "the statements in the prospectus ... are accurate": an opinion's item)
        rf"{_ITEM}(?:the |such |all |any )?representations (?:made|contained|set forth|given)\b"
        r"[^.;]{0,200}\b(?:is|are|were|was) (?:complete and |true and )?(?:true|accurate|"
        r"correct)\b",
        # "we have reviewed with the individual making such representations the relevant
        # provisions of the Code": how the facts relied on were checked
        r"\b(?:reviewed|discussed) with (?:the |each )?(?:individuals?|officers?|persons?|"
        r"representatives?) (?:making|who made|giving|who gave|signing)\b",
        # an assumption's item about the facts: "(i) all information contained in all documents
        # reviewed by us is true and correct" (its lead-in before it at most)
        # (or "(d) that the statements concerning the Mergers set forth in the Merger Agreement
        # and the Proxy Statement are true", "(e) that any representation made 'to the
        # knowledge of' any person is true")
        rf"{_ITEM}(?:[^.;]{{0,80}}\bthat:?\s+(?:\(?\w{{1,4}}\)\s*)?)?"
        r"(?:all |the |such |any |each |every )?"
        # (or of a search or a certificate: "(c) that the Searches were accurate and complete",
        # "(b) Each confirmation referred to in paragraph 3 is true")
        r"(?:information|statements?|facts|factual (?:matters|representations|statements)|"
        r"representations?|"
        r"certificates?|confirmations?|searche?s|registers?|extracts?)"
        r"\b[^.;]{0,120}\b(?:is|are|were|was) (?:complete and |true and )?(?:true|accurate|"
        r"correct)\b",
        # "we have relied upon the correctness (without any check of our own) of the figures",
        # "relied on the facts set out in the memorandum": facts taken from others (not "examined
        # and relied upon the accuracy of the following papers": what was examined)
        r"(?<!examined and )(?<!examined, and )(?<!reviewed and )(?<!reviewed, and )"
        r"\brel(?:ied|y|ying) (?:up)?on (?:the )?(?:facts|truth|accuracy|correctness)\b",
        r"\b(?:accuracy|truth|correctness)(?:,? (?:and )?(?:accuracy|truth|correctness|"
        # (", at all relevant times," may stand before "of")
        r"completeness))*(?:, [^,.;]{1,40},)? of (?:the |all )?(?:information|factual|"
        r"statements|representations|certificates)",
    ),
    *_cues(
        "assumption-factual-reliance",
        3.0,
        "rests the opinion on a certificate",
        # "Our opinion below, insofar as it relates to the Shares being fully paid, is based solely
        # on a certificate of the Chief Financial Officer": facts from a certificate, whatever
        # opinion's words it names
        r"\b(?:is|are) (?:based|premised) (?:solely |entirely |in part )?(?:up)?on (?:a|the) "
        r"certificates? (?:of|from|by|executed by|signed by)\b",
    ),
    *_cues(
        "assumption-factual-reliance",
        1.5,
        "takes facts from what the firm was told",
        # "We are advised that the board met ...", "Further, we have been informed by the
        # Company that ...": facts the firm has from others, opening the sentence
        r"^\W*(?:(?:further|in addition|also),? )?(?:we|i) (?:are|am|were|was|have been) "
        r"(?:further |also )?(?:advised|informed)(?: by [^.;]{1,80}?)? that\b",
        # "You have advised, and we understand, that the shares were issued in ..."
        r"^\W*you have (?:advised|informed)(?: us| me)?(?:,? and (?:we|i) understand,?)? that\b",
        # "You represented to us that you have provided us with all facts ...", "we have
        # received certain standard representations from the parties"
        r"^\W*you (?:have )?represented to (?:us|me)\b",
        # "The management of the Fund has represented to us that there is no plan ..."
        r"\b(?:has|have) (?:further |also )?represented to (?:us|me)\b",
        # "The Company has advised me of the following facts:" - a list of what it was told
        r"\b(?:has|have) (?:further |also )?(?:advised|informed) (?:us|me) (?:of|as to) the "
        r"following\b",
        # "Among other things, the Officer's Certificate represents that:" - a list of what a
        # certificate or a party says is so
        r"\b(?:certificates?|representation letters?|compan(?:y|ies)|management|officers?|"
        r"parties|issuer|trust|partnership)\b[^.;]{0,40}\b(?:represents?|certif(?:y|ies)|"
        r"warrants?|confirms?) that\W*$",
        # "If any of these facts, assumptions or representations is not entirely accurate, it is
        # imperative that we be informed": the facts the opinion takes from others
        r"\bif any of (?:these|the|such|those) (?:facts|representations)\b[^.;]{0,60}\bnot "
        r"(?:entirely |fully )?(?:complete|accurate|correct|true)\b",
        r"\b(?:we|i) have (?:received|obtained) (?:certain )?(?:standard |customary |written )?"
        r"(?:representations|certificates)\b",
        # "In connection with the merger, the following facts have been provided to us, and we
        # have relied upon them"
        r"\b(?:facts|information) (?:ha(?:ve|s) been|were|was) (?:provided|furnished|given|"
        r"supplied|represented) to (?:us|me)\b",
    ),
    *_cues(
        "assumption-factual-reliance",
        0.8,
        "mentions certificates of officers or officials",
        r"\bcertificates? of (?:public )?officials\b",
        r"\b(?:statements|representations|certificates) (?:of|by|from) (?:the )?"
        r"(?:officers|officials|representatives|management)\b",
    ),
    *_cues(
        "assumption-other-parties",
        1.5,
        "assumes the other parties' power and signing",
        r"\bauthori[zs]\w*,? executed and delivered by (?:each of )?(?:the )?(?:parties|trustee)",
        r"\bparties (?:thereto|to such documents|to the documents) other than the company\b",
        r"\bother than the company\b.*\b(?:power|authority|binding)\b",
        r"\bpart(?:y|ies) (?:to [\w ]{1,40},? )?\(?other than the\b",
        # "(b) the due execution and delivery of all documents by each party thereto other than
        # Halvorsen"
        r"\bpart(?:y|ies) thereto,? other than\b",
        # "agreements executed by parties other than Legends Group, I have assumed that such
        # parties had the power"
        r"\bexecuted by parties other than\b",
        # "(iv) the due authorization, execution and delivery of all documents by all persons
        # other than the Company"
        r"\bby (?:all |any )?(?:persons|parties|entities) other than the\b",
        # "I have also assumed the due authorization, execution and delivery of all documents":
        # of the documents others signed (the issuer's own is the opinion's subject)
        r"\bassumed (?:the )?due authori[sz]ation, execution and delivery (?:of|by) (?:all|each|"
        r"such|the other)\b",
        r"\b(?:trustee|depositary|warrant agent|rights agent|transfer agent|unit agent)\b"
        r"[^.;]{0,60}\b(?:has|had|have) (?:the )?(?:corporate )?(?:power|duly authori[sz]ed)\b",
        r"\b(?:binding(?: and enforceable)? (?:obligation|agreement)s? of|binds) (?:the )?"
        r"(?:trustee|depositary|warrant agent|rights agent)\b",
    ),
    *_cues(
        "assumption-other-parties",
        2.5,
        "assumes the other parties' power and signing",
        # "we have assumed that each party, including the Company, is duly organized ... and had
        # the power to enter into them": its words of existence and power are assumed of every
        # party, not an opinion on the issuer
        r"\bassumed (?:the )?due authori[sz]ation\b[^.;]{0,80}\bby each part(?:y|ies)\b",
        # "We have also assumed that the Merger Agreement has been duly authorized, executed and
        # delivered by Ridley Creek", "... the due authorization, execution and delivery of the
        # Agent Agreement by the Subscription Agent": by a party named, not the issuer
        r"\bassumed\b[^.;]{0,120}\b(?:duly authori[sz]ed, executed and delivered|due "
        r"(?:authori[sz]ation, )?execution and delivery of [^.;]{1,80}?) by "
        r"(?!the (?:company|issuer|guarantors?|trust|partnership|bank|corporation)\b)"
        r"(?:the |each )?[a-z]",
        # "We have also assumed that the Indenture will have been duly authorized, executed and
        # delivered by the Company and the trustee named therein": the trustee among the signers
        # "(c) that the Indenture has been duly authorized, executed and delivered by, and
        # constitutes a legal, valid and binding obligation of, each party thereto other than
        # the Guarantor"
        # "(iv) that the Warrant Agreement will be duly executed and delivered by each party
        # thereto ...": offshore counsel assume what a contract under another law needs of all
        # who sign it
        r"\bexecuted and delivered by (?:each|all) (?:of )?(?:the )?part(?:y|ies) (?:thereto|to "
        r"it)\b",
        r"\bduly authori[sz]ed, executed and delivered by, and\b[^.;]{0,120}\b(?:each|all) (?:of "
        r"the )?(?:other )?part(?:y|ies)\b",
        r"\bduly authori[sz]ed, executed and delivered by\b[^.;]{0,60}\b(?:trustee|depositary|"
        r"warrant agent|rights agent|transfer agent|unit agent)\b",
        # "(ii) ..., the due organization or due formation, as the case may be, and valid
        # existence in good standing of each party to the documents examined by us"
        r"\bdue (?:organization|formation|incorporation)\b[^.;]{0,120}\bof each (?:other )?"
        r"part(?:y|ies)\b",
        # "\u2022 that the Notes have been duly authenticated by the Trustee": the trustee's act
        r"^\W*(?:\(?\w{1,4}[.)]\W*)?that (?:the |each )?[^.;]{1,80}?\b(?:was|were|has been|have "
        r"been|will have been|will be) duly authenticated by (?:the )?(?:trustee|authenticating "
        r"agent)\b",
        # the same as an item of a list of assumptions: "(e) that the Agent Agreement has been
        # duly authorized, executed and delivered by Front Range Transfer Company"
        r"^\W*(?:\(?\w{1,4}[.)]\W*)?that (?:the |each )?[^.;]{1,80}?\b(?:was|were|has been|have "
        r"been) duly "
        r"authori[sz]ed, executed and delivered by "
        r"(?!the (?:company|issuer|guarantors?|trust|partnership|bank|corporation)\b)"
        r"(?:the |each )?[a-z]",
    ),
    *_cues(
        "assumption-other-parties",
        3.5,
        "assumes the other parties' power and signing",
        # (as heavy as the words of existence and good standing it assumes of them, together)
        r"\bassumed,? that each (?:of the )?part(?:y|ies)\b",
        # an item of a list of assumptions: "(B) that each party to the documents we examined,
        # other than the Trust, is duly formed and validly existing ..."
        # (or a bullet's: "\u2022 each party to a document we reviewed had the power to ...")
        # (not what the parties will do: "(c) each of the parties will comply with all of its
        # covenants", another assumption of a merger's tax letter)
        r"^\W*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:that )?each (?:of the )?(?:other )?part(?:y|ies)\b"
        r"(?! hereto)(?! (?:\w+ ){0,3}will (?:comply|perform|treat|report|act|file|satisfy)\b)",
    ),
    *_cues(
        "assumption-other",
        2.0,
        "rests on assumptions set out elsewhere",
        # "we rely on the assumptions in the second schedule, which we have not checked"
        r"\brel(?:y|ies|ied|ying) (?:up)?on the assumptions\b",
        # "Any inaccuracy in the foregoing assumptions could affect our conclusions": what the
        # opinion rests on, said of the assumptions (not an opinion, whatever else it names)
        r"\binaccura\w* (?:in|of) (?:any of )?(?:the )?(?:foregoing |above )?assumptions\b",
        # "We have assumed that no document we have not reviewed is inconsistent with ..."
        r"\bno (?:provision of any )?documents?\b[^.;]{0,40}\bnot (?:reviewed|examined)\b"
        r"[^.;]{0,80}\binconsistent\b",
        # "We have assumed that no such other document contains a provision that bears on, or
        # conflicts with, the opinions below"
        r"\bassumed that no (?:such )?(?:other )?(?:documents?|agreements?|instruments?)\b"
        r"[^.;]{0,80}\b(?:conflicts?|inconsistent|bears? on|affects?)\b",
        # ("... and we have assumed that there exists no provision in any such document that
        # bears upon or is inconsistent with the opinions stated herein")
        r"\bthere (?:exists?|is|are) no provisions? (?:in|of) (?:any|such|the)\b[^.;]{0,80}\b"
        r"(?:bears? (?:up)?on|inconsistent|conflicts?)\b",
        # a Maryland letter's: "There has been no oral or written modification of or amendment
        # to any of the Documents, and there has been no waiver of any provision"
        r"\bno (?:oral or written |written or oral )?(?:modification|amendment|waiver)s?\b"
        r"[^.;]{0,40}\b(?:of|to) (?:any of )?the (?:documents|agreements|instruments)\b",
        # "We have taken it as given that the Notes will be issued as the Prospectus describes"
        r"\b(?:we|i) (?:have )?(?:also )?(?:taken|take) (?:it )?as given\b",
        # "This letter is premised on the assumption that the merger closes on the plan's
        # terms": what the opinion assumes, said of the opinion
        r"\b(?:opinions?|letter|conclusions?)\b[^.;]{0,40}\b(?:is|are) (?:also )?(?:based|premised|"
        r"predicated) (?:in part )?(?:up)?on the assumptions? (?:that|of)\b",
    ),
    *_cues(
        "assumption-other",
        1.5,
        "introduces a list of assumptions",
        # "..., we assume that: (a) ...", "The following assumptions underlie ...:"
        r"\b(?:(?:we|i) (?:have )?(?:also |further )?assumed?|assuming),? that:",
        FOLLOWING_ASSUMPTIONS,
    ),
    *_cues(
        "assumption-other",
        1.5,
        "assumes the deal or the business goes as described",
        # "(ii) that the Merger will be consummated in the manner described in the Merger
        # Agreement": an item of a tax letter's assumptions (its engagement says only that the
        # Merger "will be consummated pursuant to the Agreement")
        r"\b(?:transaction|merger|reorganization|acquisition|conversion|offering|distribution|"
        r"exchange)s?\b[^.;]{0,40}\bwill (?:be|have been) (?:consummated|effected|implemented|"
        r"completed|carried out) (?:in accordance with|in the manner|as (?:described|"
        r"contemplated))",
        # a shelf letter's: "(c) that the terms of each Guarantee will be established in
        # conformity with the Indenture and will not violate any applicable law" - what will
        # be done, not the opinion that nothing is violated
        r"\bterms of (?:each|the|any|such|all) [^.;]{1,60}?\bwill (?:have been |be )(?:duly )?"
        r"(?:established|fixed|determined)\b",
        # a REIT letter's: "we have assumed that ... the Trust will operate in a manner that will
        # make the factual representations ... true"
        r"\bwill (?:continue to )?(?:operate|be operated|conduct its (?:business|affairs|"
        r"operations)) (?:in (?:a|the) manner|in accordance with)\b",
    ),
    *_cues(
        "assumption-other",
        2.0,
        "assumes no foreign law stands in the way",
        # an English-style letter's schedule of assumptions: "5. No law of any jurisdiction
        # outside Jersey would render the issue of the Shares illegal or ineffective" (not the
        # laws the letter covers, though it names them)
        r"^\W*(?:\(?\w{1,3}[.)]\s*)?(?:that )?(?:there (?:is|are) )?no (?:provisions? of the )?"
        r"laws? of any (?:other )?(?:jurisdiction|country|state) (?:outside|other than)\b"
        r"[^.;]{0,80}?\b(?:would|will|could)\b",
    ),
    *_cues(
        "assumption-other",
        1.5,
        "states an assumption",
        # "My opinion assumes, without investigation, that the Plan holds 3,000 ADRs"
        r"\b(?:opinions?|letter) assumes?\b",
    ),
    *_cues(
        "assumption-other",
        1.5,
        "says the usual assumptions were made",
        # "we have also made the assumptions that are customary in opinion letters of this type"
        r"\b(?:made|make) (?:the|such|certain) (?:customary |usual )?assumptions\b",
    ),
    *_cues(
        "assumption-other",
        1.2,
        "speaks of the assumptions made",
        # "We believe these assumptions are fair.", "These assumptions are ..."
        r"^\W*(?:(?:we|i) (?:consider|believe|regard|deem) )?(?:such|these|those|the foregoing|"
        r"the above) assumptions\b",
    ),
    *_cues(
        "assumption-other",
        0.8,
        "states an assumption",
        r"\bwe have (?:also |further )?assumed\b",
        r"\bassum(?:e|ed|ing)\b",
        r"\bwill have become effective\b",
        r"\bsufficient (?:number of )?authori[sz]ed\b",
    ),
    *_cues(
        "opinion-equity",
        2.0,
        "the opinion on shares",
        r"\bfully paid,? and non-?assessable\b",
        r"\bvalidly issued\b",
        r"\blegally issued\b",
        r"\bfully paid\b",
    ),
    *_cues(
        "opinion-equity",
        1.5,
        "the opinion on shares issued and paid for",
        # "once sold, issued and paid for under the Plan": said of shares, unless the sentence
        # goes on to a binding obligation ("When issued and paid for, the Warrants will
        # constitute valid and binding obligations")
        r"\b(?:issued|sold),? (?:(?:issued|sold),? )?and paid for\b"
        r"(?![^.;]*\b(?:binding|obligations?|enforceable)\b)",
    ),
    *_cues(
        "opinion-equity",
        1.0,
        "the opinion on shares",
        _OPINION_SAID + r".{0,200}"
        r"\b(?:shares|common stock|ordinary shares|preferred stock)\b",
    ),
    *_cues(
        "opinion-debt",
        1.0,
        "the opinion on a binding obligation",
        _OPINION_SAID + r".{0,200}"
        r"\b(?:notes|debentures|debt securities|guarantees?|bonds)\b",
    ),
    *_cues(
        "opinion-debt",
        3.0,
        "the opinion on a binding obligation",
        # "the Securities will be legally issued and binding obligations of the Company":
        # "legally issued" alone would call it the opinion on shares
        # ("... will be the validly issued, binding obligations of the Company" too)
        r"\b(?:legally|validly|duly) issued,? (?:and )?(?:legal(?:ly)?,? )?(?:valid,? )?(?:and )?"
        r"binding obligations?\b",
    ),
    *_cues(
        "opinion-debt",
        1.5,
        "the opinion on a binding obligation",
        # (a sovereign's: "valid and legally binding direct and unconditional obligations")
        r"\bvalid and (?:legally )?binding (?:[a-z]+,? (?:and )?){0,4}?obligations?\b",
        r"\benforceable (?:against [\w ]+ )?in accordance with (?:its|their) (?:respective )?terms",
        r"\bentitled to the benefits of the indenture\b",
    ),
    *_cues(
        "opinion-other",
        3.5,
        "the opinion on warrants or units or rights or depositary shares",
        # the obligation opinion with one of these, and no debt security, as its subject (the
        # item may open with it: "2. Share options, when granted, will be valid and binding")
        # (the subject may be a possessive: "2. The Representative's Warrants have been ...")
        r"^(?:\(?\w{1,4}[.)]\s*)?(?:[^.;]{0,60}\b(?:the|each) )?(?:[\w'\u2019-]+ ){0,3}"
        r"(?:warrants?|units?|rights|options|depositary shares|purchase contracts|"
        r"subscription receipts|(?:deposit|warrant|unit|rights|purchase contract) agreements?)\b"
        r"(?![^.;]*\b(?:notes|debentures|debt securities|guarantees?)\b)"
        r"[^.;]{0,300}\b(?:(?:valid|legal) and (?:legally )?"
        r"binding|(?:issued|valid) and binding obligations?)\b",
        # the subject named first, its conditions after ("4. With respect to any Warrants, when
        # (a) the Board has ...; and (b) ..., the Warrants will be valid and binding ...")
        r"^(?:\(?\w{1,4}[.)]\s*)?(?:with respect to|as to|in the case of|regarding) "
        r"(?:any|the|each|all) (?:[\w-]+ ){0,3}(?:warrants|units|rights|options|"
        r"depositary shares|purchase contracts|subscription receipts)\b,[^.]{0,700}\b"
        r"(?:(?:valid|legal) and (?:legally )?binding|(?:issued|valid) and binding "
        r"obligations?|will have been duly authori[sz]ed)\b",
        # their issue authorised, no shares or debt among them ("5. The issuance of the
        # Warrants, purchase contracts and units will, upon ..., have been duly authorized")
        r"^(?:\(?\w{1,4}[.)]\s*)?(?:the (?:issuance|issue|creation) of )?(?:the|each|any) "
        r"(?:[\w'\u2019-]+ ){0,3}(?:warrants|units|rights|purchase contracts|subscription "
        r"receipts)\b(?![^.;]*\b(?:shares|notes|debentures|debt securities|guarantees?)\b)"
        r"[^.;]{0,300}\b(?:will have been|have been|has been) duly authori[sz]ed\b",
        # the signing of their agreement authorised ("4. The execution, delivery and
        # performance of the Warrant Agreement and the issue of the Units and the Warrants have
        # been authorised by and on behalf of the Company")
        r"^(?:\(?\w{1,4}[.)]\s*)?the execution(?:,? (?:and )?(?:delivery|performance))* (?:by "
        r"the company )?of the (?:warrant|unit|rights|deposit|purchase contract) agreements?\b"
        r"(?![^.;]*\b(?:notes|debentures|debt securities|guarantees?|indentures?)\b)[^.;]{0,200}"
        r"\b(?:will have been|have been|has been) (?:duly )?authori[sz]ed\b",
    ),
    *_cues(
        "opinion-other",
        4.0,
        "the opinion on warrants or units or rights or depositary shares",
        # the subject just before the opinion's verb, after its conditions ("5. Warrants. When
        # the terms and issuance of Warrants have been duly authorized ..., the Warrants will be
        # valid and binding obligations"; "... the depositary receipts will be validly issued")
        r"\b(?:the|such|any|each|all) (?:[\w'\u2019-]+ ){0,3}(?:warrants|units|rights|"
        r"depositary (?:shares|receipts)|purchase contracts|subscription receipts) (?:will|shall|"
        r"are|is) (?:be|constitute|represent) (?:the )?(?:(?:legal(?:ly)?,? )?(?:valid|binding|"
        r"legal)|(?:validly|duly|legally) issued)\b",
    ),
    *_cues(
        "opinion-other",
        3.5,
        "the opinion on warrants or units or rights or depositary shares",
        # the item opens with one of these as its subject, and they are "validly issued", not
        # also fully paid as shares are ("(2) the Rights associated with the Shares, when issued
        # under the Rights Agreement, will be validly issued")
        _OTHER_ISSUED,
    ),
    *_cues(
        "opinion-other",
        3.5,
        "the opinion on depositary receipts",
        # "2. The Depositary Receipts, when issued ..., will be validly issued and will entitle
        # their holders to the rights specified in them and in the Deposit Agreement"
        # (or with no "validly issued": "(2) when the Depositary Receipts have been delivered
        # ..., the Depositary Shares will entitle their holders to the rights specified ...")
        r"\b(?:validly issued,? and (?:will )?|(?:depositary shares|depositary receipts|receipts|"
        r"adrs|adss) (?:will )?)entitle (?:the |their )?(?:respective )?(?:holders|persons|"
        r"owners)\b",
    ),
    *_cues(
        "opinion-other",
        2.5,
        "the opinion that holders have no preemptive rights",
        # "C. Under the Business Corporation Act and the Articles of Incorporation, the holders
        # of the Company's common stock have no preemptive rights with respect to the issuance
        # of the Shares"
        r"\b(?:have|has) no (?:statutory )?(?:preemptive|pre-emptive) (?:or similar )?rights?\b",
        r"\bnot (?:entitled to|subject to) (?:any )?(?:statutory )?(?:preemptive|pre-emptive) "
        r"rights?\b",
    ),
    *_cues(
        "opinion-other",
        3.0,
        "the opinion on the limited liability of a trust's holders",
        # a Delaware statutory trust's holders "will be entitled to the same limitation of
        # personal liability" as stockholders of a private corporation
        r"\b(?:entitled to|will have|have|has) the same limitation (?:of|on) personal liability\b",
    ),
    *_cues(
        "qualification-other",
        2.5,
        "the exception that holders may have to pay or give security",
        # the usual rider on that opinion: holders may be obliged under the trust agreement to
        # make payments, or give indemnity or security, for transfers or exchanges
        r"\bmay be (?:required|obligated|obliged)\b[^.]{0,120}\b(?:to make payments?|provide "
        r"indemnity|provide (?:indemnity or )?security)\b",
    ),
    *_cues(
        "opinion-other",
        4.5,
        "the opinion on a trust's or partnership's or company's interests",
        # a trust's preferred securities are "undivided beneficial interests in the assets of
        # the Trust", not shares, though they too are "fully paid and nonassessable"
        # (or an MLP's or LLC's: "2. The Common Units have been duly authorized and are validly
        # issued, fully paid (to the extent ...) and nonassessable")
        rf"{_ITEM}(?!.*\bassum)(?=.*\b(?:validly issued|fully paid|non-?assessable|duly "
        rf"authori[sz]ed|will (?:constitute|represent) valid)\b).*{_INTERESTS}",
    ),
    *_cues(
        "opinion-debt",
        4.0,
        "the opinion on debt securities",
        # the opinion with a debt security, and no share, as its subject ("1. The Debentures are
        # duly authorized, legally issued and entitled to the benefits of the Indenture"):
        # "legally issued" alone would call it the opinion on shares
        rf"{_ITEM}(?![^.;]*\b(?:shares|stock|warrants|units)\b)(?:the )?(?:[\w-]+ ){{0,3}}"
        r"(?:notes|debentures|bonds|debt securities|obligations)\b[^.;]{0,250}"
        r"\b(?:legally issued|validly issued|binding obligations?|enforceable|entitled to the "
        r"benefits)\b",
    ),
    *_cues(
        "opinion-debt",
        2.5,
        "the opinion that the guarantee is duly authorized",
        # local counsel's item on a guarantor's own act ("3. The execution, delivery and
        # performance by each Guarantor of the Indenture, including its Guarantee, have been
        # duly authorized by all necessary corporate action"): the taxonomy's "guarantees are
        # duly authorized", not the guarantor's existence or power
        # (an item of the guarantor's power and its authorization both is the existence
        # opinion's, as the bundled samples label it)
        r"^(?:\(?\w{1,4}[.)]\s*)?(?![^.;]*\b(?:assum|power\b))(?:when [^;]{0,300}?, )?"
        r"(?:the |each |its )?"
        r"[^.;]{0,200}?\bguarant(?:ee|y|ees|ies)\b[^.;]{0,200}?\b(?:has|have|will have) been duly "
        r"authori[sz]ed\b",
        # the guarantor's signing of the indenture, or its authorizing the signing: "3. The
        # Indenture has been duly executed and delivered by each Nevada Guarantor", "(b) the
        # Utah Guarantor has duly authorized, executed and delivered the Indenture", "3. The
        # Ohio Guarantor has taken all corporate action necessary under Ohio law to authorize
        # the execution and delivery of the Indenture"
        r"^(?:\(?\w{1,4}[.)]\s*)?(?![^.;]*\b(?:assum|power\b))[^.;]{0,200}?\b(?:indenture|"
        r"guarant(?:ee|y|ees|ies))\b[^.;]{0,200}?\b(?:has|have) been duly (?:authori[sz]ed, )?"
        r"executed and delivered by (?:the|each|such|every) [^.;]{0,80}?\bguarantors?\b",
        # the issuer's own: "2. The execution, delivery and performance by the Company of the
        # Supplemental Indenture and the Notes have been duly authorized by all necessary
        # corporate action" (not "will have been": a condition or an assumption)
        r"^(?:\(?\w{1,4}[.)]\s*)?(?![^.;]*\b(?:assum|power\b|shares|stock))[^.;]{0,200}?\b(?:notes|"
        r"debentures|bonds|debt securities|indenture)\b[^.;]{0,200}?(?<!will )\b(?:has|have) "
        r"been duly authori[sz]ed\b",
        r"^(?:\(?\w{1,4}[.)]\s*)?(?![^.;]*\b(?:assum|power\b))(?:the|each|such|every) "
        r"[^.;]{0,80}?\bguarantors?\b[^.;]{0,80}? (?:has|have) (?:(?:duly )?authori[sz]ed, "
        r"executed and delivered|duly executed and delivered|taken all (?:[\w-]+ ){0,4}action "
        r"(?:necessary|required)[^.;]{0,120}? to authori[sz]e the execution)\b[^.;]{0,120}?"
        r"\b(?:indenture|guarant(?:ee|y|ees|ies))\b",
    ),
    *_cues(
        "opinion-other",
        1.2,
        "the opinion that the transaction breaks no law or charter",
        # "The execution of the Agreement by the Company does not conflict with its articles",
        # not an assumption of it
        # (one pattern per verb, so that each is run only on a unit holding its verb)
        *(
            # ("do not, and the performance of its obligations will not, violate")
            r"^(?:\(?\w{1,4}[.)]\s*)?(?![^.;]*\bassum)[^.;]*?\b(?:do|does|will) not,? "
            r"(?:and (?:[^.;]{0,120}? )?will not,? )?"
            rf"(?:\(\w{{1,3}}\) )?{verb}\b"
            for verb in ("conflict with", "contravene", "violate", "result in (?:a |any )?breach")
        ),
        *(
            # "4. Neither the execution and delivery of the Indenture by any Nevada Guarantor
            # nor the performance of its obligations ... violates its Governing Documents"
            r"^(?:\(?\w{1,4}[.)]\s*)?(?![^.;]*\bassum)neither\b[^.;]{0,250}?\bnor\b[^.;]{0,250}?"
            rf"\b{verb}\b"
            for verb in ("conflicts? with", "contravenes?", "violates?", "results? in")
        ),
    ),
    *_cues(
        "opinion-other",
        2.0,
        "the opinion that a choice of law or a foreign judgment would be upheld",
        # local or foreign counsel's item: "4. The choice of the laws of the State of New York
        # to govern the Indenture ... would be recognized and given effect by the courts of
        # ..."; "a final judgment ... obtained in a court of New York ... would be recognized
        # and enforced" (not where it is assumed or no opinion is given on it)
        r"^(?:\(?\w{1,4}[.)]\s*)?(?![^.;]*\b(?:assum|no opinion|not express|whether)\b)"
        r"[^.;]{0,200}?"
        r"\b(?:choice of (?:the )?(?:[\w ]{0,40} )?laws?|judgments?)\b[^.;]{0,250}?\b(?:would|will|"
        r"should) be (?:recogni[sz]ed|upheld|given effect|enforced)\b",
        # ("(iv) Under the laws of Mexico, the choice of the laws of the State of New York to
        # govern the Indenture ... is valid")
        r"^(?:\(?\w{1,4}[.)]\s*)?(?![^.;]*\b(?:assum|no opinion|not express|whether)\b)"
        r"[^.;]{0,200}?\bchoice of (?:the )?(?:[\w ]{0,40} )?laws?\b[^.;]{0,200}?\b(?:is|are|"
        r"will be|would be|constitutes?) (?:a )?(?:legal,? )?valid\b",
    ),
    *_cues(
        "opinion-other",
        1.5,
        "the opinion that no litigation is pending",
        # "To my knowledge, the Company is not a party to any legal proceedings": the opinion
        # (or confirmation) that no litigation is pending or threatened
        r"\b(?:is|are) not (?:a )?part(?:y|ies) to any (?:pending )?(?:legal )?(?:proceedings?|"
        r"litigation|actions?|suits?)\b",
        r"\bknow of no (?:pending |threatened )?(?:disputes|litigation|proceedings|actions|"
        r"claims)\b",
        # "There is not pending, or to the knowledge of counsel, threatened, any action, suit,
        # or proceeding ..."
        r"\bthere (?:is|are) (?:not|no) (?:pending|threatened)\b[^.;]{0,80}\b(?:actions?|suits?|"
        r"proceedings?|litigation)\b",
    ),
    *_cues(
        "opinion-other",
        1.5,
        "the opinion that all action needed has been taken",
        # "2. All corporate action required under Virginia law has been taken for the Rights";
        # "no further approval of any governmental authority is required"
        r"\ball (?:corporate |necessary |requisite )?action (?:necessary|required)\b[^.;]{0,120}"
        r"\b(?:has|have|will have) been taken\b",
        # "2. The Company has taken all action necessary to authorize the Plan and the issuance
        # of its shares under it"
        r"\b(?:has|have) taken all (?:corporate |necessary |requisite )?action (?:necessary |"
        r"required )?to authori[sz]e\b",
        r"\bno (?:further |other )?(?:approvals?|consents?|authori[sz]ations?|action) "
        r"(?:of|by|from) [^.;]{0,160}?\b(?:is|are|will be) (?:required|necessary)\b",
        # "No consent, approval or authorization of, or filing with, any governmental authority
        # of the State of Nevada is required ...": the list of what is not needed said first
        r"\bno (?:consent|approval|authori[sz]ation|order|filing|registration|licen[cs]e|permit)"
        r"s?,? (?:(?:or |and )?(?:consent|approval|authori[sz]ation|order|filing|registration|"
        r"qualification|licen[cs]e|permit)s?,? ){0,4}(?:of|by|from|with)\b[^.;]{0,160}?"
        r"\b(?:is|are|will be) "
        r"(?:required|necessary)\b",
        # "the approval of the China Securities Regulatory Commission is not required under the
        # M&A Rules for the listing of the ADSs"
        r"\b(?:approvals?|consents?|authori[sz]ations?) of (?:the |any )?[^.;]{1,80}? (?:is|are|"
        r"will be|would be) not (?:required|necessary|needed)\b",
        # or what is not needed said before whose it would be: "3.5 No authorisations, consents,
        # approvals, licences, validations or exemptions are required by law from any
        # governmental authorities ... in the Cayman Islands"
        r"\bno (?:consent|approval|authori[sz]ation|order|filing|registration|licen[cs]e|permit|"
        r"validation|exemption)s?,? (?:(?:or |and )?(?:consent|approval|authori[sz]ation|order|"
        r"filing|registration|qualification|licen[cs]e|permit|validation|exemption)s?,? ){1,6}"
        r"(?:is|are|will be) (?:required|necessary|needed)\b[^.;]{0,40}\b(?:from|of|by|with)\b",
    ),
    *_cues(
        "opinion-existence",
        1.5,
        "the opinion on the issuer's existence",
        # (not "We assumed the Company will remain in good standing": an assumption)
        r"^(?!\W*(?:we|i) (?:have )?(?:also |further )?assumed?\b).*?\bvalidly existing\b",
        r"^(?!\W*(?:we|i) (?:have )?(?:also |further )?assumed?\b).*?\bin good standing\b",
        r"\b(?:duly|validly) (?:incorporated|organi[sz]ed|formed)\b",
        r"\bvalid and subsisting\b",
        # "we are of the opinion that the Company is incorporated and registered in Australia
        # ... as a public company limited by shares": the shares are the company's kind
        _OPINION_SAID + r",? that:?\s+(?:\(?\w{1,3}[.)]\s+)?(?:the )?(?:company|issuer|guarantor) "
        r"is (?:an? |duly |validly )?(?:[\w-]+ ){0,3}(?:incorporated|registered|organi[sz]ed)\b",
        # "1. The Company is a corporation organized and existing under the laws of Ohio", said
        # of the issuer in an opinion's item (not the engagement's "X, a corporation organized
        # and existing under ...", which has no verb of its own)
        rf"{_ITEM}(?![^.;]*\bassum)(?:the )?(?:company|issuer|guarantors?|partnership|"
        r"trust|corporation|bank|[\w&.,-]+(?: [\w&.,-]+){0,4})(?: \([^()]{1,40}\))? (?:is|are) "
        r"(?:an? |the )?"
        r"(?:[\w-]+ ){0,3}(?:organized|incorporated|formed),? and (?:validly )?existing\b",
        # "(a) the Company is registered under the Corporations Act as a public company"
        # (Australia, where a company is registered, not incorporated)
        rf"{_ITEM}(?![^.;]*\bassum)(?:the )?(?:company|issuer|guarantor) is (?:duly )?registered "
        r"(?:under|in|as)\b",
        # the power half of the opinion ("The Company has the corporate power necessary for
        # the issuance of the Shares"), not an assumption of it
        r"^(?:\(?\w{1,4}[.)]\s*)?(?![^.;]*\bassum)[^.;]{0,80}?\bthe (?:company|issuer|guarantors?|"
        r"partnership|trust|corporation) (?:has|have|possess(?:es)?) (?:the )?(?:full |all )?"
        r"(?:requisite |necessary )?(?:corporate |company |partnership )?power\b",
    ),
    *_cues(
        "opinion-tax",
        0.8,
        "mentions tax",
        r"\bincome tax\b",
        r"\btax (?:consequences|considerations|matters)\b",
        r"\btaxation\b",
        # the reorganization named where the deal is described ("a reorganization under
        # section 368(a)(1)(F)") as often as in the opinion that it qualifies as one
        r"\bsection 368\b",
    ),
    *_cues(
        "opinion-tax",
        1.5,
        "the tax opinion",
        _OPINION_SAID + r".{0,200}"
        r"\btax(?:es|ation|able)?\b",
        _OPINION_SAID + r".{0,250}"
        r"\b(?:internal revenue code|(?:qualif\w+|taxed|treated) as an? (?:real estate investment "
        r"trust|reit|regulated investment company|partnership|grantor trust))\b",
        # "in our opinion the Merger will qualify as a reorganization within the meaning of
        # Section 368(a) of the Code", with no word of tax in it
        _OPINION_SAID + r".{0,250}\b(?:section 368|reorganization within the meaning)\b",
        # (not "This letter constitutes our opinion as to certain tax consequences": the letter
        # saying what it is for)
        r"(?<!this letter )(?<!this document )\b(?:constitutes?|represents?) our opinion\b",
        # "All statements of legal conclusions contained in the Discussion ... are our opinion"
        r"\b(?:statements|conclusions|discussion)\b[^.;]{0,120}\b(?:are|is) our opinions?\b",
        # "the Prospectus accurately sets forth our opinions as to the tax issues identified"
        r"\b(?:accurately|fairly|correctly) (?:sets? forth|states?|summari[sz]es|describes?|"
        r"reflects?) our opinions?\b",
        r"\bdiscussions? (?:set forth |contained )?(?:in|under) (?:the )?(?:caption|heading)\b",
        r"\b(?:hereby )?confirm (?:to you )?(?:that )?(?:the|our) (?:opinion|discussion|"
        r"statements)\b",
    ),
    *_cues(
        "opinion-other",
        2.5,
        "the opinion on statements in the prospectus of no tax",
        # "4. The statements in the Prospectus under the caption "Enforceability of Civil
        # Liabilities", insofar as they are statements of Bahamian law, are accurate": the same
        # words as a tax letter's, on a caption with no tax in it
        r"\bunder the (?:captions?|headings?) [\"\u201c](?![^\"\u201d]*\btax)[^\"\u201d]{2,80}"
        r"[\"\u201d][^.;]{0,200}\b(?:constitutes?|are|is|represents?) (?:our opinion|accurate|"
        r"correct|true)\b",
    ),
    *_cues(
        "opinion-tax",
        2.5,
        "the tax opinion on a partnership's income",
        # "(b) based on the representations of the General Partner, more than 90% of the
        # Partnership's gross income will constitute qualifying income within the meaning of
        # Section 7704(d)": a publicly traded partnership's conclusion, after what it rests on
        r"\bqualifying income\b[^.;]{0,80}\bsection 7704\b",
        r"\b(?:will|would) (?:constitute|be) [\"\u201c]?qualifying income\b",
    ),
    *_cues(
        "opinion-tax",
        2.5,
        "the tax opinion that a tax is not payable",
        # foreign counsel's: "no United Kingdom stamp duty or stamp duty reserve tax should be
        # payable on the issue of the Ordinary Shares", "payments of interest ... will not be
        # subject to Panamanian income or withholding tax"
        r"\bno (?:[\w-]+ ){0,4}(?:stamp|transfer|withholding|income|capital gains|registration|"
        r"documentary|capital) (?:duty|duties|tax|taxes)\b[^.;]{0,120}\b(?:is|are|will be|"
        r"should be|would be) (?:payable|imposed|levied|chargeable|due)\b",
        r"\b(?:will|would|shall) not be subject to (?:any )?(?:[\w-]+ ){0,3}(?:income|withholding|"
        r"stamp|capital gains|transfer|estate|gift|inheritance)(?: or [\w-]+)? tax(?:es|ation)?\b",
        # a state tax letter's: "(2) Units are exempt from county personal property tax"
        r"\b(?:is|are|will be) exempt from (?:[\w-]+ ){0,4}tax(?:es|ation)?\b",
    ),
    *_cues(
        "qualification-bankruptcy",
        1.8,
        "the bankruptcy exception",
        r"\bbankruptcy\b",
        r"\binsolvency\b",
        r"\bfraudulent (?:conveyance|transfer)",
        r"\bmoratorium\b",
        r"\bcreditors[\u2019']? rights\b",
    ),
    *_cues(
        "qualification-equity",
        1.8,
        "the equitable-principles exception",
        r"\bprinciples of equity\b",
        r"\bequitable principles\b",
        r"\bgood faith and fair dealing\b",
        r"\bspecific performance\b",
        r"\bat law or in equity\b",
        r"\bin equity or at law\b",
    ),
    *_cues(
        "qualification-indemnification",
        2.0,
        "the indemnification exception",
        r"\bindemnification (?:or|and) contribution\b",
        r"\bindemnif\w+.{0,80}\bpublic policy\b",
        r"\bpublic policy (?:on|as to|regarding|limiting|with respect to) (?:rights (?:to|of) )?"
        r"indemni",
        # "indemnification of, or contribution to, any person for liabilities under federal or
        # state securities laws"; "rights to indemnity or contribution"
        r"\bindemni(?:fication|ty)(?: (?:of|to|for),?)? (?:or|and) contribution\b",
        r"\bindemnif\w+[^.;]{0,200}\bliabilit\w+ (?:arising )?under (?:the )?(?:federal|state|"
        r"united states)[^.;]{0,30}\bsecurities laws?\b",
    ),
    *_cues(
        "qualification-indemnification",
        3.0,
        "the indemnification exception",
        # "We express no opinion as to the enforceability of the indemnification provisions of
        # the Indenture": named for what they do, not a general exception to enforceability
        r"\benforceab\w+ of (?:the |any )?indemni(?:fication|ty) (?:provisions?|clauses?|"
        r"obligations?|rights)\b",
        # "... the enforceability of any provision of the Indenture requiring indemnification"
        r"\benforceab\w+ of (?:the |any )?provisions?\b[^.;]{0,60}?\b(?:requiring|providing for|"
        r"relating to) indemni(?:fication|ty)\b",
        # "Any undertaking to indemnify a party against the costs of enforcement ... may not be
        # enforceable"
        r"\b(?:undertakings?|obligations?|provisions?|agreements?) to indemnify\b[^.;]{0,160}\b"
        r"(?:may|might|will|would) not be (?:enforceable|enforced|upheld)\b",
    ),
    *_cues(
        "qualification-other",
        2.0,
        "a further exception to enforceability",
        # "(f) we express no opinion as to the effect of the usury laws of any jurisdiction
        # other than Arizona": an exception on interest, whatever laws it names
        r"\busury (?:or [\w ]{1,30}?)?laws?\b",
        # a civil-law company's act outside its interest: "Under article 2:7 of the Netherlands
        # Civil Code, a legal act may be nullified by the company if ..." (not an assumption
        # that the guarantee is in its corporate interest)
        r"^(?![^.;]*\bassum)[^.;]{0,120}\b(?:legal acts?|transactions?|guarantees?|"
        r"resolutions?)\b[^.;]{0,60}\bmay be (?:nullified|annulled|set aside|invalidated|"
        r"declared (?:null|void))\b",
        # "Registration duties may be payable in Luxembourg if the Indenture is registered": a
        # cost of enforcing, not the tax opinion that none is payable ("4.5 No taxes, fees or
        # charges (other than stamp duty, which may be payable if ...) are payable ...")
        r"^(?![^.;]*\bno (?:[\w-]+,? ){0,4}(?:taxe?s?|dut(?:y|ies)|fees|charges)\b)[^.;]{0,200}?"
        r"\b(?:registration|stamp|documentary) (?:duty|duties|taxe?s?)\b[^.;]{0,60}\b(?:may|might|"
        r"could|would) be (?:payable|levied|due|imposed|chargeable)\b",
    ),
    *_cues(
        "qualification-other",
        2.5,
        "no opinion on a provision of the documents",
        # "we express no opinion as to Section 11.07 of the Indenture to the extent that it
        # purports to waive ...", "as to any provision of the Warrants that would require ...":
        # a provision a court may not enforce, not a limit on the laws or matters covered
        r"\bno opinion (?:as to|on|with respect to|regarding|concerning) (?:the (?:validity|"
        r"enforceability|effect) of )?(?:any provisions?|(?:section|article|clause) \d[\w.()]*) "
        r"(?:of|in|contained in) (?:the|any)\b(?![^.;]*\bindemni)",  # (a provision on indemnity:
        # the indemnification exception)
    ),
    *_cues(
        "qualification-other",
        2.0,
        "the exceptions are set out elsewhere",
        # "This opinion is subject to the qualifications set out in Schedule 3." standing alone
        # (not the opinion's lead-in: "subject to the qualifications set out below, we are of
        # the opinion that")
        r"\b(?:this|our|the) (?:opinion|letter|opinions)(?: letter)?(?: (?:expressed|given|set "
        r"(?:out|forth)) (?:herein|above|in this letter))? (?:is|are) subject to the "
        r"(?:qualifications|reservations|exceptions)(?: and (?:assumptions|reservations|"
        r"qualifications|limitations))? set (?:out|forth) in (?:schedule|paragraph|section|annex)"
        r" [\w.]{1,6}\W*$",
    ),
    *_cues(
        "qualification-other",
        1.0,
        "a further exception to enforceability",
        r"\bwaiver of (?:stay|usury|jury)",
        r"\bjudgments? .{0,40}currency\b",
        r"\bseverability\b",
        r"\bchoice of (?:law|forum)\b",
        r"\bunearned interest\b",
        r"\bparol evidence\b",
        r"\bsubject[- ]matter jurisdiction\b",
    ),
    *_cues(
        "qualification-other",
        2.0,
        "a court may not give effect to the parties' choice of law",
        # "(e) A court sitting outside the State of New York may decline to give effect to the
        # parties' choice of New York law": an exception to enforceability, however many laws
        # it names
        r"\bcourts?\b[^.;]{0,80}\b(?:decline|refuse|fail|not)\b[^.;]{0,20}\b(?:to )?(?:give "
        r"effect to|enforce|uphold|honou?r|apply)\b[^.;]{0,40}\bchoice of\b",
        # "We express no opinion as to whether a state court outside the State of New York ...
        # would give effect to the choice of New York law provided for in the Warrant Agreement"
        # (the same exception as a question left open, not a matter left out of the letter)
        r"\bno opinion (?:as to|on) whether\b[^.;]{0,120}\bcourts?\b[^.;]{0,80}\b(?:give effect "
        r"to|enforce|uphold|honou?r|apply)\b[^.;]{0,40}\bchoice of\b",
    ),
    *_cues(
        "qualification-other",
        2.5,
        "no opinion on a statute's effect on the obligations",
        # "We express no opinion as to the effect on the obligations of the Guarantors under
        # their Guarantees of sections 180.0640 and 183.0607 of the Wisconsin Statutes, which
        # restrict distributions": an exception to what the guarantees oblige
        r"\bno opinion (?:as to|on|with respect to|concerning) the effect (?:on|upon) (?:the )?"
        r"(?:obligations|enforceability|rights|remedies)\b[^.;]{0,160}\b(?:sections?|statutes?|"
        r"\u00a7)",
    ),
    *_cues(
        "qualification-other",
        3.0,
        "a guarantee's savings clause or a foreign judgment's conditions",
        # "(v) the effect of any provision of the Guarantees purporting to limit the obligations
        # of a Guarantor so that its Guarantee would not constitute a fraudulent transfer": the
        # guarantee's savings clause, not the bankruptcy exception whose words it uses
        r"\bpurport(?:ing|s)? to limit the (?:obligations|liability|liabilities)\b[^.;]{0,120}\b"
        r"(?:fraudulent (?:transfer|conveyance)|voidable|avoidable)\b",
        # "A judgment of a foreign court would be enforced in Panama only after it has been
        # recognized by the Supreme Court": what enforcing it takes, not that it would be
        r"\bjudgments?\b[^.;]{0,80}\b(?:would|will|may|could) (?:only )?be (?:enforced|"
        r"recogni[sz]ed)\b[^.;]{0,60}\bonly (?:after|if|upon|when|once)\b",
        # "A judgment of a court of the United States would not be directly enforceable in
        # Guernsey"
        r"\bjudgments? of (?:an?|the|any) (?:[\w-]+ ){0,4}courts?\b[^.;]{0,80}\b(?:would|will|may) "
        r"not be (?:directly |automatically )?(?:enforceable|enforced|recogni[sz]ed)\b",
    ),
    *_cues(
        "qualification-other",
        3.0,
        DEFINES_TERMS,
        # "Where we state that the Company is in good standing, we mean only that it has paid
        # its fees": what the existence opinion's words mean, not that opinion again (or the
        # shares opinion's: 'As used in this opinion, "non-assessable" means that ...')
        r"\bgood standing,? (?:we|it) means?\b",
        r"\b(?:where|when|wherever) we (?:state|say|use)\b[^.;]{0,80}\bwe mean\b",
        r"\bas used in this (?:opinion|letter),? \W?(?:non-?assessable|good standing)\W? means\b",
        # offshore counsel explain the word they borrow, in a sentence of its own: 'In this
        # opinion "non-assessable" means ...', 'The expression "non-assessable" has no settled
        # meaning under Jersey law', "a share is non-assessable if its holder is not ... liable",
        # 'Dutch law has no term equivalent to "non-assessable"' (within the opinion's own
        # sentence, "... fully paid and non-assessable (which term means ...)", the opinion's)
        # ('"nonassessable" - which term has no equivalent in Dutch - means'; 'The term "validly
        # existing" has no precise meaning under Jersey law. In paragraph 4.1 it means only ...';
        # "a company is deemed to be in good standing if all fees ... have been paid")
        r"\bnon-?assessable\W{0,3} (?:[^.;]{0,60}? )?(?:means|shall mean|is used|has no "
        r"(?:settled |precise |exact )?(?:meaning|equivalent))\b",
        r"\b(?:validly existing|good standing|fully paid)\W{0,3} has no (?:settled |precise |"
        r"exact )?(?:meaning|equivalent)\b",
        # 'The phrase "validly existing" means only that ...', 'Any reference in this opinion to
        # the Company being "in good standing" means only that ...'
        r"\b(?:validly existing|good standing)\W{1,3} (?:[^.;]{0,30}? )?(?:means|shall mean|is "
        r"used to mean)\b",
        r"\b(?:a share|shares|it|they) (?:is|are) non-?assessable if\b",
        r"\bno (?:term |concept |word )?equivalent (?:to|of|for) \W?non-?assessable\b",
        # 'There is no concept of "non-assessability" under Hong Kong law'; 'The concept of
        # "non-assessability" is not recognised as such under Italian law'
        r"\bno (?:equivalent )?(?:concept|notion) of \W?non-?assessab",
        r"\b(?:concept|notion) of \W?non-?assessab\w*\W{0,3} (?:is|does) not\b",
        r"\b(?:is|are) (?:deemed|considered|taken) to be in good standing if\b",
        r"^\W*(?:(?:as used )?in|for the purposes? of) this (?:legal )?(?:opinion|letter)"
        r"(?: letter)?,? it means\b",
        r"\bwe have taken (?:it|the (?:term|expression|phrase)) to mean\b",
        # "To remain in good standing under the Act, the Company must pay all annual fees", "To
        # maintain the Company in good standing ..., annual filing fees must be paid": what
        # keeps it so, not the opinion that it is
        r"\bto (?:remain|continue|stay|maintain (?:the |its )?[\w ]{0,30}?) in good standing\b",
    ),
    *_cues(
        "qualification-other",
        1.8,
        "an exception to enforceability or a caveat on good standing",
        # (not of documents governed by another law: "... of the Notes, each of which is governed
        # by the laws of the State of New York" leaves them out of the letter)
        r"\bno opinion (?:as to|on|with respect to|concerning) the enforceability of\b"
        r"(?![^.;]{0,200}\bgoverned by\b)",
        r"\bgood standing (?:means|is a|only)\b",
        # "A certificate of good standing confirms only that the Company has paid its fees"
        r"\bcertificate of good standing\b[^.;]{0,30}\b(?:only|merely)\b",
        # a trust's holders' duties on transfer: "We note that, under the Trust Agreement,
        # Holders may be required to give security or an indemnity ..."
        r"^\W*we note,? (?:however,? )?that\b[^.;]{0,80}\bholders?\b[^.;]{0,60}\bmay be "
        r"(?:required|obligated|obliged) to\b",
        # the lead-in to a list of them ("The opinions above are subject to the following
        # qualifications:")
        # ("... subject to the following exceptions, limitations and qualifications:")
        # (an English-style letter's "reservations")
        r"\bsubject to the following (?:(?:exceptions|limitations|qualifications|assumptions|"
        r"reservations),? (?:and )?){0,2}(?:qualifications|exceptions|limitations|reservations)"
        r"\W*$",
        # or with no noun: "This opinion is subject to the following:"
        r"\b(?:opinions?|letter)\b[^.;:]{0,40} (?:is|are) (?:also )?subject to the following:\s*$",
    ),
    *_cues(
        "limitation-jurisdiction",
        1.5,
        "limits the laws covered",
        r"\b(?:opinions?|letter)[\w ,]{0,40} (?:is|are) (?:also )?(?:limited|confined) "
        r"(?:solely )?to,? "
        # offshore: "confined to and given on the basis of", "confined to, and given on ..., "
        r"(?:and (?:is )?given on the basis of,? )?"
        r"(?:the |those )?(?:matters (?:governed by|arising under) )?(?:the )?(?:[\w.-]+ ){0,4}"
        r"(?:laws?|code|act|statutes)\b",  # "limited to the Florida Business Corporation Act"
        r"\blimited (?:solely )?to (?:the )?(?:laws|general corporation law|federal laws|dgcl)\b",
        r"\bno opinion (?:as to|concerning|with respect to|regarding) (?:the )?laws? of any\b",
        r"\bmembers? of the bar\b",
        r"\blaws of any (?:other )?jurisdiction\b",
        # (the law of one: "we have not investigated the law of any other jurisdiction"; not an
        # assumption "that there is no provision of the law of any jurisdiction" that matters)
        r"\b(?:investigated|considered|examined|opinion (?:on|as to)) the law of any other "
        r"jurisdiction\b",
        r"\b(?:relates?|speaks?) only to the laws? of\b",  # "They relate only to the laws of ..."
        r"\bexpress(?:es)? no opinion (?:as to|concerning|with respect to) (?:the |any )?"
        r"(?:other )?laws?\b",
        # "This opinion expresses our views only as to the federal income tax laws of the
        # United States": the laws it covers, said of its views
        r"\b(?:opinions?|letter)\b[^.;]{0,30}\bexpress(?:es)? (?:our|its|my) views? only "
        r"(?:as to|with respect to|on|concerning) (?:the )?(?:[\w-]+ ){0,6}laws?\b",
    ),
    *_cues(
        "limitation-scope",
        1.5,
        "warns that the answer turns on later facts",
        # a tax letter's warning after the opinion: "We will not review the Partnership's income
        # for any year, and we can give no assurance that the test will be met" (not the
        # assurance that the law will not change: the date limit)
        r"\b(?:will|do|shall) not (?:review|monitor)\b",
        r"\b(?:can|could) give no assurance\b(?![^.;]{0,60}\bchang)",
        # "We therefore express no opinion as to the Company's PFIC status for any year"
        r"\bno opinion (?:as to|on|with respect to|concerning) (?:the )?[\w\u2019' -]{1,40}? "
        r"status\b",
    ),
    *_cues(
        "limitation-scope",
        3.5,
        "warns that the answer turns on later facts",
        # "Whether the Company is a PFIC for any taxable year is a factual determination made
        # only after its close": what the opinion cannot cover
        rf"^\W*whether\b{_NO_STOP}{{0,250}}\b{_WHETHER_TURNS_ON}",
    ),
    *_cues(
        "limitation-jurisdiction",
        2.5,
        "leaves out the other tax laws",
        # "We express no opinion under any state, local or foreign tax law."
        r"\bno opinion (?:under|as to|on|with respect to|concerning|regarding) (?:any|the) "
        r"(?:other )?(?:(?:state|local|foreign|non-u\.s\.|u\.s\.|federal)(?:,? (?:or |and )?)?)"
        r"{1,4} "
        r"(?:income )?tax laws?\b",  # (its consequences: the matters covered)
        # ("... and we express no opinion as to the tax laws of the Cayman Islands")
        # (or "... as to any federal tax matter or as to the tax laws of any jurisdiction other
        # than the Commonwealth of Pennsylvania")
        r"\bno opinion (?:[^.;]{0,60}? or )?(?:under|as to|on|with respect to|concerning|"
        r"regarding) the (?:[\w-]+ )?(?:tax )?laws of\b",
    ),
    *_cues(
        "limitation-jurisdiction",
        2.0,
        "names the tax law the opinion rests on",
        # "The opinions set forth in this letter are based on relevant current provisions of the
        # Internal Revenue Code of 1986, Treasury regulations ...": the law it covers, however
        # the sentence goes on to rulings that bind no one
        # (not "..., all of which are subject to change": then a warning about its date)
        r"\b(?:opinions?|conclusions?|letter)\b[^.;]{0,60}\b(?:is|are) (?:based|premised) "
        r"(?:up)?on (?:the )?(?:relevant |current |existing |applicable |present )*(?:provisions "
        r"of )?the (?:internal revenue )?code\b(?![^.;]{0,300}?\b(?:chang|alter|retroactiv))",
        r"\b(?:opinions?|conclusions?)\b[^.;]{0,40}\brests? on the (?:internal revenue )?code\b"
        r"(?![^.;]{0,300}?\b(?:chang|alter|retroactiv))",
    ),
    *_cues(
        "limitation-jurisdiction",
        2.0,
        "limits the laws covered",
        # "This letter addresses only the federal income tax laws of the United States" (which
        # the engagement's "this letter addresses ..." matches too)
        r"\b(?:opinions?|letter)\b[^.;]{0,30}\b(?:address(?:es)?|covers?|deals? with) only "
        r"(?:the )?(?:[\w.-]+ ){0,6}laws?\b",
        # "This opinion letter is rendered only with respect to Dutch law as it stands": the
        # law it covers, as a European letter says it
        r"\b(?:opinions?|letter) (?:is|are) (?:rendered|given|expressed) only (?:with respect to|"
        r"as to|on|under) (?:the )?(?:[\w-]+ ){0,3}laws?\b",
        # "This opinion is limited to Freedonian law in effect on its date": the law it covers,
        # as of its date (more than a warning that the law may change)
        r"\b(?:opinions?|letter) (?:is|are) (?:also )?(?:limited|confined) (?:solely )?to (?:the )?"
        r"(?:[\w.-]+ ){1,5}law (?:(?:as )?in (?:force|effect)|as of the date)\b",
        # "This letter, and each term in it, is to be interpreted under Freedonian law": the
        # law the letter itself is read under
        # ("... will be construed in accordance with Netherlands Antilles law")
        # (or "4.5 This letter and the opinion given in it are governed by and shall be construed
        # in accordance with English law")
        # (or "6.1 This opinion shall be governed by and construed in accordance with the laws
        # of Jersey", "This letter and any non-contractual obligations arising out of or in
        # connection with it are governed by English law")
        r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:this (?:opinion|letter)|it)\b[^.;]{0,100}?\b"
        r"(?:is|are|will be|shall be) (?:to be )?(?:construed|governed|interpreted)(?: by)?"
        r"(?:,? and (?:(?:shall|will|is to|are to) be )?(?:construed|governed|interpreted))? "
        r"(?:in accordance with|by|under) (?:the )?(?:[\w-]+ ){0,3}laws?\b",
        # the courts that hear disputes on the letter: "Any dispute arising out of or in
        # connection with this opinion shall be subject to the exclusive jurisdiction of the
        # ordinary courts of the Canton of Zurich", "the English courts have exclusive
        # jurisdiction in respect of any dispute arising out of this letter"
        r"\b(?:disputes?|proceedings?|claims?)\b[^.;]{0,80}\bthis (?:opinion|letter)\b[^.;]{0,60}"
        r"\bjurisdiction of the\b[^.;]{0,40}\bcourts?\b",
        r"\bcourts? (?:of [\w ]{2,40} )?(?:have|has|shall have) (?:the )?exclusive jurisdiction\b"
        r"[^.;]{0,80}\bthis (?:opinion|letter)\b",
        # "It is given on the basis that all matters relating to this opinion will be governed
        # by Freedonian law"
        r"\bmatters (?:relating to|arising (?:under|out of|from)|in connection with) this "
        r"(?:opinion|letter)\b[^.;]{0,20}?\b(?:are|will be|shall be) governed by (?:the )?"
        r"(?:[\w-]+ ){1,3}laws?\b",
    ),
    *_cues(
        "limitation-jurisdiction",
        0.5,
        "names a body of law",
        r"\bgeneral corporation law\b",
        r"\blaws of the state of\b",
    ),
    *_cues(
        "limitation-date",
        1.2,
        "warns the law or facts may change",
        r"\bmay be changed at any time\b",
        r"\bretroactive(?:ly| effect)\b",
        r"\bchanges? (?:in|of) (?:the )?(?:applicable )?(?:law|facts)\b",
        # "Any change to the authorities we cite could alter our conclusions."
        r"\bchanges? (?:in|of|to) (?:the|such|any|these|those) (?:legal |applicable )?"
        r"authorities\b",
    ),
    *_cues(
        "limitation-date",
        1.5,
        "speaks only as of its date",
        r"\bno (?:obligation|duty|responsibility) to (?:update|advise|supplement)\b",
        r"\bspeaks? (?:only )?as of\b",
        # "This opinion is limited to the facts and law in existence on its date": its date,
        # not the laws it covers
        r"\blimited to the (?:facts and (?:the )?laws?|laws? and (?:the )?facts) (?:in existence|"
        r"existing|in effect) (?:on|as of)\b",
        r"\b(?:rendered|given|expressed|delivered) (?:only )?as (?:of|at) (?:the date hereof|its "
        r"date|the date of this)\b",
        # "The opinions below are given only as to, and on the basis of, the circumstances and
        # facts known to us on the date of this opinion"
        r"\b(?:circumstances|facts)(?: and (?:circumstances|facts))? (?:known to (?:us|me)|"
        r"existing|in existence) (?:on|at|as (?:of|at)) the date (?:hereof|of this)\b",
        r"\b(?:laws?|facts)(?: and circumstances)?[^.;]{0,40}\b(?:in effect|existing)\b[^.;]{0,40}"
        r"\b(?:date hereof|date of this)\b",
        r"\bundertake no (?:obligation|duty)\b",
        # "Our opinion is based on the Code, ..., all of which are subject to change": the law
        # it rests on, warned of as changing (said without the warning, the laws it covers)
        r"\b(?:opinions? (?:is|are)|letter is) (?:based|rests?) (?:solely )?(?:up)?on the "
        r"(?:internal revenue )?code\b(?=[^.;]{0,300}?\b(?:chang|alter|retroactiv))",
        # "This letter is based upon the revenue statutes, regulations and rulings, as now in
        # effect": the law it rests on, as of today
        r"\b(?:opinions? (?:is|are)|letter is) (?:based|rests?) (?:solely )?(?:up)?on\b[^.;]{0,200}"
        r"\b(?:statutes|laws?|code|regulations|authorities|rulings|decisions)\b[^.;]{0,80}"
        r"\b(?:now|currently|presently) in effect\b",
        r"\b(?:all|any) of which (?:are|is|may be) subject to change\b",
        # "Such laws and the interpretation thereof are subject to change."
        r"\b(?:laws?|interpretations?(?: thereof)?|authorities|rules|regulations)\b[^.;]{0,40}"
        r"\b(?:are|is) (?:all )?subject to change\b",
        r"\b(?:all|any) of which may (?:be )?change",
        r"\bassume no (?:obligation|duty)\b",
        # "There can be no assurance that changes in the law will not take place", "it must be
        # considered prospective and dependent on future events"
        r"\bno assurances?\b[^.;]{0,40}\bchanges? (?:in|to|of) (?:the )?law\b",
        r"\b(?:considered|regarded as) prospective\b",
    ),
    *_cues(
        "limitation-scope",
        2.5,
        "limits the opinion to the tax matters it names",
        # "This opinion is limited to the Canadian federal income tax consequences of the
        # exchange": the matters it covers, not the opinion itself (whose tax words it shares)
        # ("The opinions set forth above are limited to the federal income tax matters
        # expressly addressed herein")
        r"\b(?:opinions?|letter)(?: (?:set forth|expressed|stated|given|rendered) (?:above|herein|"
        r"below|in this letter))? (?:is|are) (?:also )?limited to the (?:[\w.-]+ ){0,5}tax "
        r"(?:consequences|matters|issues)\b",
        # an item of what "This opinion (i) is based upon ..., (ii) is limited to ..." says
        rf"{_ITEM}(?:is|are) (?:also )?limited to the (?:[\w-]+ ){{0,5}}tax (?:consequences|"
        r"matters|issues)\b",
        # an offshore letter's definition of what it says: "In this opinion the expression
        # "enforceable" means that ..." (not "non-assessable": the word of the equity opinion,
        # which must explain it where foreign law reads it otherwise, facts P-5 - a caveat on
        # that opinion, DEFINES_TERMS)
        # ('The term "enforceable" as used in this opinion means ...'; "It does not mean that
        # each obligation will be enforced in accordance with its terms", the next sentence)
        r"\bthe (?:phrase|term|expression|word)s? [\"\u201c]?(?!non-?assessable)[\w-]+[\"\u201d]? "
        r"(?:(?:as )?used (?:herein|in this (?:opinion|letter)) )?(?:means|shall mean|is used to "
        r"mean)\b",
        r"^\W*(?:it|this|the (?:phrase|term|expression|word)) does not (?:mean|imply)\b",
        # "The Company's qualification and taxation as a REIT depend on its ability to meet,
        # through actual annual operating results, ... the tests": what the opinion cannot say
        # ("the Company's PFIC status for any future year will depend on the composition of its
        # income and assets")
        r"\b(?:qualification|status)\b[^.;]{0,80}\b(?:depends?|will depend) (?:up)?on (?:(?:its|"
        r"the company's|the partnership's|the trust's) (?:ability to (?:meet|satisfy)|meeting|"
        r"satisfying)|the (?:composition|nature|value|sources?) of)\b",
        # "This letter is not a comprehensive analysis of the income tax consequences to
        # shareholders"
        r"\b(?:letter|opinions?) (?:is|are) not (?:intended as )?an? (?:comprehensive|complete|"
        r"full) (?:analysis|discussion|description)\b",
        # "Shareholders should consult their own tax advisors about the merger's consequences":
        # what each holder must look to beyond the letter
        r"\bshould consult (?:their|his|her|its|your) own tax (?:advis[eo]rs?|counsel)\b",
    ),
    *_cues(
        # (a reservation on the existence and good standing opinions: session 29's testers
        # labelled it a limit on the scope, session 31's three a further exception, as here)
        "qualification-other",
        2.0,
        "says what a search of public records cannot show",
        # an offshore letter's reservations: "A search of the cause book is not conclusive. It
        # would not show a petition ... presented but not yet entered"; "Neither the Extract nor
        # the Negative Certificate is conclusive"
        r"\b(?:searche?s?|registers?|registry|extracts?|excerpts?|certificates?|confirmations?|"
        r"cause books?)\b[^.;]{0,80}\b(?:is|are) not (?:necessarily )?conclusive\b",
        # "The Commercial Register Extract does not provide conclusive evidence that ...", "The
        # Excerpt and the Certificate do not constitute conclusive evidence of the facts"
        r"\b(?:searche?s?|registers?|registry|extracts?|excerpts?|certificates?|confirmations?)\b"
        r"[^.;]{0,80}\b(?:does|do) not (?:provide|constitute|give) (?:conclusive|definitive) "
        r"(?:evidence|proof)\b",
        r"\bneither\b[^.;]{0,120}\bnor\b[^.;]{0,120}\b(?:is|are) (?:necessarily )?conclusive\b",
        r"\b(?:searche?s?|registers?|registry|extracts?|transcripts?)\b[^.;]{0,60}\b(?:(?:would|"
        r"will|does|do|"
        r"may) not (?:necessarily )?(?:reveal|disclose|show)|(?:is|are) not capable of "
        r"(?:revealing|disclosing|showing))\b",
        r"^\W*(?:\(?\w{1,3}[.)]\s*)?(?:it|they) (?:would|will|does|do|may) not (?:necessarily )?"
        r"(?:reveal|disclose|show) (?:a |an |any |whether |details? of\b)",
    ),
    *_cues(
        "limitation-scope",
        4.0,
        "leaves a matter to another firm's opinion or law",
        # "We express no opinion as to the Marshall Islands tax consequences, which are addressed
        # in the opinion of Rennick & Alcott, filed as Exhibit 8.2": a matter left out (this
        # firm relies on nothing; the other opinion's name says little of the job)
        r"\bno (?:opinion|view)\b[^.;]{0,200}?\b(?:which|that) (?:are|is|will be) (?:addressed|"
        r"covered|dealt with|the subject of)\b[^.;]{0,40}\bopinion\b",
        # local counsel: "We do not express any opinion as to the validity, binding effect or
        # enforceability of the Indenture, the Notes or the Guarantee, each of which is governed
        # by the laws of the State of New York": documents under another law left out, not an
        # exception to an enforceability opinion this letter does not give (or "... as to the
        # Warrants themselves, which are governed by ...", "..., those matters being governed
        # by ...")
        r"\b(?:no|not express(?:ing)? any) opinion\b[^.;]{0,200}?,? (?:(?:each|all|both|any) of "
        r"which|which|(?:those|such|these) matters) (?:is|are|being|will be)(?: expected to be| "
        r"expressed to be| to be)? governed by\b",
        # ("5.3 We express no opinion as to the ADSs ... or any document governed by a law other
        # than English law")
        r"\bno opinion\b[^.;]{0,200}?\b(?:documents?|agreements?|instruments?|contracts?) "
        r"governed by (?:a |the )?laws? (?:other than|of any (?:other )?jurisdiction)\b",
        # ("The Warrants and the Debt Securities are expected to be governed by the laws of the
        # State of New York, and we express no opinion as to whether any of them will constitute
        # valid and binding obligations")
        r"\b(?:is|are) (?:expected to be |to be )?governed by (?:the )?laws? of\b[^.;]{0,80}?,? "
        r"(?:and|so) (?:we|i) (?:express no|do not express any) opinion\b",
        # offshore counsel on what New York law governs: "(c) We express no opinion as to
        # whether the Warrants constitute legal, valid and binding obligations of the Company"
        # (or "... whether the Warrants or the Warrant Agreement are enforceable in accordance
        # with their terms")
        r"\bno opinion (?:as to|on) whether (?:the |any )?[^.;]{1,60}?\b(?:constitutes?|are|is|"
        r"will (?:be|constitute)) (?:(?:the )?(?:legal, )?valid(?:,)? (?:and )?binding|"
        r"enforceable)\b",
    ),
    *_cues(
        "limitation-scope",
        2.5,
        "says its words stand for concepts of another law",
        # "Luxembourg legal concepts are expressed in English terms and not in their original
        # French or German terms": a limit on how far the letter's words reach
        r"\blegal concepts\b[^.;]{0,60}\b(?:are|is|have been) (?:expressed|described|referred to) "
        r"in english\b",
    ),
    *_cues(
        "limitation-scope",
        1.5,
        "says what the letter does not address",
        # "Nor does this letter address whether the Company qualifies ... as a REIT": a limit,
        # whatever it names of a tax opinion's words
        r"\bnor (?:does|do) (?:this|the|our) (?:letter|opinions?) address\b",
        r"\b(?:letter|opinions?)\b[^.;]{0,20}\b(?:does|do) not (?:address|consider|cover) "
        r"whether\b",
    ),
    *_cues(
        "limitation-jurisdiction",
        2.0,
        "says what the laws it covers include",
        # "References in this letter to the Delaware LP Act include its statutory provisions and
        # the reported judicial decisions interpreting them": the laws covered, not a defined
        # term of the engagement
        r"\b(?:statutory provisions|constitution)\b[^.;]{0,120}\b(?:reported )?(?:judicial )?"
        r"decisions interpreting\b",
    ),
    *_cues(
        "limitation-scope",
        1.5,
        "limits the opinion to what it states",
        r"\b(?:limited|confined) to the matters (?:expressly )?(?:stated|set forth)\b",
        r"\bnot (?:to be|be) (?:read|construed) as extending\b",
        # "We express no opinion as to the creation, attachment, perfection or priority of any
        # security interest": a matter left out, whatever documents the sentence goes on to name
        r"\bno opinion (?:as to|on|with respect to|concerning) the (?:creation|attachment|"
        r"perfection|priority)\b",
        # "Our opinion in paragraph (5) does not extend to any license held by the Station"
        r"\b(?:opinions?|letter)\b[^.;]{0,40}\b(?:does|do) not (?:extend|relate|apply) to\b",
        r"\b(?:opinions?|letter) (?:is|are) (?:expressly |strictly |specifically )?limited to "
        r"(?:the )?(?:[\w-]+ ){0,2}matters\b",
        # (or "no opinion is expressed or should be inferred as to any other tax matter")
        r"\bno opinion (?:is|may be|should be) (?:expressed,? or (?:may|should|is to) be )?"
        r"(?:implied|inferred)\b",
        # "My opinion is limited to the shares the Plan now holds"
        r"\b(?:opinions?|letter) (?:is|are) (?:also )?limited (?:solely )?to the (?:[\w-]+ )?"
        r"(?:shares|securities|notes)\b",
        r"\bbeyond the matters\b",
        r"\bno opinion is expressed (?:herein )?as to any matter\b",
        r"\b(?:are|is) not passing (?:up)?on\b",
        # "We express no opinion as to the manner in which the agent will process exercises":
        # a matter left out, not a law (the laws left out are limitation-jurisdiction)
        # (a sentence of its own: "..., and we express no opinion on the outcome of such an
        # application" ends a qualification; nor the enforceability of a document's
        # provisions: an exception to the opinion)
        # ("Nor do we express any opinion as to any holder's eligibility for treaty benefits")
        r"^\W*(?:[^.;,]{0,30},\s*)?(?:(?:we|i) (?:also |further )?(?:express no|do not express "
        r"any)|nor (?:do|will|shall) (?:we|i) express any) (?:opinion|view) "
        r"(?:as to|on|concerning|with respect to|regarding) "
        r"(?![^.;]{0,70}\b(?:laws?|jurisdictions?|statutes?)\b)"
        # (nor whether a court would give effect to a choice of law: an exception)
        r"(?![^.;]*\b(?:enforceab\w*|validity|provisions?|choice of)\b)",
        r"\bexpress(?:es)? no (?:other )?opinions? (?:as to|on|concerning|with respect to) "
        r"(?:any )?(?:other|matters? other)\b",
        r"\bno other opinion\b",
        r"\bno opinion (?:is expressed|is given|is rendered) (?:herein )?(?:as to|on) "
        r"(?:any )?other\b",
        r"\bexcept as (?:expressly )?(?:stated|set forth) (?:herein|above|in this letter)\b.{0,60}"
        r"\bno opinion\b",
        r"\b(?:have|has) not (?:participated in|been involved in|assisted in|taken part in) "
        r"(?:the )?(?:preparation|drafting|preparing)\b",
        # "I was not engaged to prepare or review ... any portion of the Registration Statement";
        # "I express no opinion as to the accuracy or adequacy of the disclosure"
        r"\b(?:was|were|am|are|have not been) not engaged to (?:prepare|review)\b",
        r"\bexpress no opinion (?:as to|on|concerning|with respect to) the (?:accuracy|adequacy|"
        r"completeness|fairness)\b",
        r"\blimited in scope to\b",
        r"\bopining only (?:to|as to|on|with respect to)\b",
        # a letter given under the ABA's Legal Opinion Accord (1991) takes its limits from it
        r"\blimitations on coverage\b",
        r"\blegal opinion accord\b",
        r"\b(?:described|set forth|defined) in the accord\b",
        # and one read under the ABA's Legal Opinion Principles (1998) or the closing-opinion
        # guidelines from theirs
        r"\blegal opinion principles\b",
        # "This letter does not address the state and local tax consequences" (not "we do not
        # consider that we are experts": the consent's)
        r"\b(?:letter|opinions?) (?:does|do) not (?:address|cover|relate to|extend to)\b",
        r"\bexpress no opinion (?:as to|on|concerning|with respect to),? any (?:instrument|"
        r"agreement|document)",
        r"\bvariations? from the foregoing\b",
        r"\bnot as a guarant(?:y|ee) or warranty\b",
        # a tax opinion for some holders only: "Our opinion is limited to investors who will
        # hold the Bonds as capital assets"
        r"\bopinions? (?:is|are) limited to (?:investors|holders|persons|beneficial owners)\b",
        # an offshore letter's ground where the law is silent: the firm's own judgment
        r"\bin the absence of (?:explicit|controlling|direct|applicable) (?:statutory|case|"
        r"judicial)\b",
        r"\bguidelines for the preparation of closing opinions\b",
    ),
    *_cues(
        "limitation-scope",
        2.0,
        "says what the opinion does not cover",
        # local counsel leaving the documents themselves to the lead firm: "We express no
        # opinion as to the validity, binding effect or enforceability of the Indenture, the
        # Notes or the Guarantee, each of which is governed by the laws of New York"
        r"\bexpress no opinion (?:as to|on|concerning|with respect to) (?:the )?validity,? "
        r"(?:(?:binding effect|legally binding effect)(?:,? or enforceability)?|or enforceability) "
        r"of (?:the|any|such)\b(?![^.;]{0,60}\bprovisions?\b)",
        # ("... no opinion on the enforceability of the Indenture, the Exchange Notes or ...")
        r"\bexpress no opinion (?:as to|on|concerning|with respect to) the enforceability of the "
        r"(?:[\w-]+ )?(?:indenture|notes|guarantees?|debentures|securities|warrants|agreements?)\b"
        r"(?![^.;]{0,60}\bprovisions?\b)",
        # "..., and we give no opinion on any document or matter not referred to in this
        # letter": a limit, whatever the firm says before it of what it did not examine
        r"\b(?:give|express|expresses|render) no opinion (?:as to|on|with respect to|concerning) "
        r"any (?:other )?(?:documents?|matters?|agreements?)(?: or (?:documents?|matters?))? not "
        r"(?:referred to|mentioned|expressly|addressed|identified)\b",
        # "we give no opinion as to matters of fact or taxation": a limit, not a reliance on facts
        r"\b(?:give|express|expresses|render) no opinion (?:as to|on|with respect to) matters of "
        r"(?:fact|taxation)\b",
    ),
    *_cues(
        "limitation-scope",
        1.5,
        "says what the opinion does not cover or bind",
        r"\bno opinions?\b[^.;]{0,30}\bother than (?:those|that|the opinions?|the matters?|as "
        r"(?:expressly )?(?:stated|set forth))\b",
        r"\bno (?:opinion|view) (?:on|as to|with respect to|concerning|regarding) any "
        r"(?:[\w,-]+ ){0,8}tax(?:es)?\b",
        # "We express no view on the tax consequences of any particular series of debt securities"
        r"\bno (?:opinion|view) (?:on|as to|with respect to|concerning|regarding) the "
        r"(?:[\w-]+ ){0,4}tax (?:consequences|treatment)\b",
        r"\bno opinion\b[^.;]{0,200}\bor (?:as to |on )?any other matters?\b",
        r"\bno ruling (?:has been|will be|is being|was) (?:or will be )?(?:sought|requested|asked|"
        r"obtained)\b",
        r"\b(?:is|are) not binding (?:up)?on (?:the )?(?:internal revenue service|irs|service|"
        r"courts?)\b",
        r"\bdo(?:es)? not (?:foreclose|preclude) (?:the possibility of )?(?:a |any )?contrary\b",
        # the firm knows the company only through this matter
        r"\bnot represent(?:ed)?\b[^.;]{0,80}\b(?:general|regular|ongoing)\b[^.;]{0,20}\bbasis\b",
    ),
    *_cues(
        "limitation-reliance",
        1.8,
        "limits who may rely on the letter",
        r"\bsolely for (?:your|the) (?:benefit|use|information)\b",
        # "This opinion is furnished to you solely for use in connection with the Registration
        # Statement": what it may be used for, and no more
        r"\b(?:furnished|delivered|rendered|given) (?:to you )?solely for (?:use |the purpose )?in "
        r"connection with\b",
        # "This opinion is given for the benefit of the Company", "... solely for the purposes
        # of the Registration Statement"
        r"\b(?:opinion|letter) is (?:furnished|delivered|rendered|given) (?:to you )?(?:for "
        r"(?:the|your) (?:sole |exclusive )?benefit|solely for the purposes? of)\b",
        r"\bmay not be (?:relied|used|quoted)\b",
        # "... may be relied upon for the purpose of the Registration only"; "Each person
        # relying on this opinion letter agrees ... that only the firm will have any liability"
        r"\bmay be relied (?:up)?on (?:only )?for the purposes? of\b[^.;]{0,80}\bonly\b",
        r"\b(?:each|any) (?:person|party|addressee) (?:relying|who relies) (?:up)?on this "
        r"(?:opinion|letter)\b",
        r"\b(?:is|are) not to be relied (?:up)?on\b",
        # "The issuer agrees that this letter is to be used for its unit sales only until its
        # prospectus lapses", "may be used only for ..."
        r"\b(?:opinion|letter) (?:is|may) (?:to )?be used\b[^.;]{0,150}?\bonly\b",
        r"\bcircular 230\b",
        # the disclosures Circular 230 required of a marketed tax opinion (2005-2014)
        r"\bwritten to support the promotion or marketing\b",
        r"\bno limitations? on the disclosure\b",
        r"\bshould seek advice based on\b[^.;]{0,40}\bparticular circumstances\b",
        r"\bpurpose of avoiding (?:tax )?penalties\b",
    ),
    *_cues(
        "reliance-on-other-counsel",
        1.8,
        "relies on another firm's opinion",
        r"\brel(?:y|ied|ying) (?:up)?on the opinions? of\b",
        r"\bmay rely (?:up)?on this (?:opinion|letter)\b",
        # "We understand that Pellingham Ward LLP, counsel to the Company, will rely on this
        # opinion letter as to matters of Nevada law"
        r"\b(?:will|is entitled to|are entitled to|intends? to) rely (?:up)?on this (?:opinion|"
        r"letter)\b",
        r"\bopinion of [\w&,. ]{3,60} (?:counsel|llp)\b.{0,80}\brel",
        # "The transaction and its federal income tax consequences are described in an opinion
        # letter from Harlow & Vance dated ...": another firm's opinion this one builds on
        r"\b(?:are|is) (?:described|set (?:forth|out)|addressed) in (?:an|the) opinion (?:letter )?"
        r"(?:of|from|by)\b",
        r"\b(?:are|is) the subject of (?:an|the|a separate) opinion (?:letter )?(?:of|from|by)\b",
        # a state tax letter on the federal one it builds on: "We have relied on the Federal
        # Opinion"
        r"\brel(?:y|ies|ied|ying) (?:up)?on the federal (?:tax )?opinion\b",
    ),
    *_cues(
        "reliance-on-other-counsel",
        2.0,
        "relies on another firm's opinion",
        r"\brel(?:y|ied|ying)\b[^.;]{1,80}?\b(?:up)?on the (?:\w+ )?opinions? of\b",
    ),
    *_cues(
        "reliance-on-other-counsel",
        3.5,
        "relies on another named firm's opinion",
        # "we have relied, without independent investigation, on the opinions of (i) Brannock
        # Pruitt LLP, as to matters of Texas law, ...": a named firm's opinion, not the facts
        # that "without independent investigation" usually introduces
        # (the verb may stand in the unit before: "we have relied," / "without independent
        # investigation, on the opinions of ...")
        r"\b(?:up)?on the (?:\w+ )?opinions? of (?:\(\w{1,4}\) )?"
        r"[^.;()]{2,60}?,? (?:llp|l\.l\.p|p\.c|p\.a|l\.p\.a|pllc|ltd|chartered)\b",
        # the firm named by its role, whatever its form: "the Company has received the opinion
        # of Brink Advocaten N.V., Netherlands counsel to the Company, ..."
        r"\bopinions? (?:letter )?of (?:[^.;()]|\.(?! )){2,80}?, (?:[\w-]+ ){0,3}counsel "
        r"(?:to|for)\b",
        # "Roosmalen Hartog N.V., Netherlands counsel to the Company, is delivering an opinion"
        # "we have relied upon the opinion of Carrick & Penhallow, Baltimore, Maryland, dated the
        # date hereof, to the effect that the Company is duly incorporated": a letter of
        # another firm, whatever opinion it gives (not the issuer's existence, here)
        r"\brel(?:y|ied|ying) (?:up)?on the (?:\w+ )?opinions? of\b[^.;]{2,120}?,? "
        r"(?:dated|of even date)\b",
        r"\brel(?:y|ied|ying) (?:up)?on the (?:\w+ )?opinions? of\b[^.;]{2,200}?\bto the effect "
        r"that\b",
        r"\bcounsel (?:to|for) the (?:company|issuer|guarantors?|trust|partnership)\b,? "
        r"(?:(?:is|are|has|have) (?:(?:separately|also) )?(?:delivered|delivering|rendered|"
        r"rendering|furnished|furnishing|given|giving|issued|issuing)|will "
        r"(?:(?:separately|also) )?(?:deliver|render|furnish|give|issue)) "
        r"(?:an? |its |their )?(?:legal )?opinions?\b",
        # "... and we hereby consent to the reliance by Galloway & Finch LLP upon this opinion"
        r"\bconsent to (?:the )?reliance (?:by|of)\b[^.;]{2,80}?\b(?:up)?on this "
        r"(?:opinion|letter)\b",
    ),
    *_cues(
        "reliance-on-other-counsel",
        3.0,
        "takes on the other firm's assumptions or lets it rely on this letter",
        # "Our opinions below are subject to the same assumptions and limitations as are set
        # forth in such opinions": the other firm's opinion just relied on
        r"\bsubject to the (?:same )?(?:assumptions|qualifications|exceptions|limitations)\b"
        r"[^.;]{0,80}?\b(?:set forth|contained|stated|expressed|described) (?:in|therein)\b"
        r"[^.;]{0,15}?\b(?:such|that|those|each such|each of such) (?:opinions?|letters?)\b",
        # "We have assumed, without independent investigation, the correctness of the
        # conclusions stated in that opinion"
        r"\b(?:correctness|accuracy) of the (?:conclusions|opinions?)\b[^.;]{0,30}?\b(?:in|of) "
        r"(?:such|that|those|each such) opinions?\b",
        # "This opinion may be relied upon by Harlow Vance LLP, counsel to the Company, in
        # connection with its opinion ...": another firm relying on it (taxonomy)
        r"\bmay (?:also )?be relied (?:up)?on by [^.;]{2,80}?,? (?:llp|l\.l\.p|p\.c|p\.a|pllc|"
        r"ltd|chartered)\b",
        r"\bmay (?:also )?be relied (?:up)?on by [^.;]{2,80}?, (?:[\w-]+ ){0,3}counsel "
        r"(?:to|for)\b",
        # "Garrison Welk LLP is hereby authorized to rely upon this opinion letter as to matters
        # of Louisiana law"
        rf"{_FIRM_OR_COUNSEL},? (?:is|are) (?:hereby )?(?:authorized|entitled|permitted) to rely "
        r"(?:up)?on this (?:opinion|letter)\b",
        # "We understand that Staunton Pryce LLP will rely as to matters of Delaware law upon this
        # opinion ..., and we hereby consent to such reliance": another firm relying, not the
        # consent to filing
        rf"{_FIRM_OR_COUNSEL},? (?:will|may|intends? to) rely\b[^.;]{{0,60}}?\b(?:up)?on this "
        r"(?:opinion|letter)\b",
    ),
    *_cues(
        "reliance-on-other-counsel",
        3.0,
        "relies on others for the law of a place where the firm does not practise",
        r"\b(?:are|am) not (?:licensed|admitted|qualified) to practi[cs]e law\b[^.;]{0,200}"
        r"\brel(?:y|ied|ying)\b",
    ),
    *_cues(
        "limitation-reliance",
        1.8,
        "says who may rely on the letter or what it is for",
        r"\bmay (?:only )?be relied (?:up)?on (?:only |solely )?by\b",
        # "This opinion letter may only be relied upon on the express condition that ...": on
        # the terms a Dutch firm sets (its liability capped)
        r"\bmay (?:only )?be relied (?:up)?on (?:only )?(?:on|upon|under|subject to) the "
        r"(?:express )?(?:condition|terms?)\b",
        r"\b(?:is|are) addressed to you\b",
        r"\bfurnished (?:to you )?(?:solely )?for (?:submission|filing) (?:to|with) the "
        r"(?:commission|sec)\b",
    ),
    *_cues(
        "limitation-reliance",
        2.5,
        "says no one else may rely on the letter",
        # "This letter is given to the Company for its use in connection with the Registration
        # Statement, and no one else may use or rely upon it": the engagement's words, but the
        # job is to say who may rely on it
        r"\bno (?:one|other person|other party|person|other) (?:else )?(?:is entitled to|may) "
        r"(?:use|rely|quote)\b",
        r"\bwithout our (?:prior )?(?:express )?written (?:consent|permission)\b",
        # "This letter is furnished to you in connection with the filing ... and is not to be
        # used, circulated, quoted or otherwise referred to for any other purpose": what it may
        # be used for, whatever the engagement's words before it
        r"\bnot (?:to )?be (?:used|quoted|circulated|relied (?:up)?on)\b[^.;]{0,80}\b(?:for|in "
        r"connection with) any other purpose\b",
        # "Purchasers of the Securities in the offering are entitled to rely on this opinion
        # letter": who may rely, the buyers (not another firm relying on it for its own opinion)
        # (not "Ashby & Crane, counsel for the underwriters, may rely upon this opinion": counsel)
        r"(?<!counsel for the )(?<!counsel to the )(?<!counsel for )(?<!counsel to )"
        r"\b(?:purchasers|holders|investors|stockholders|shareholders|noteholders|underwriters)"
        r"\b[^.;]{0,60}\b(?:may|are entitled to|will be entitled to|shall be entitled to) rely "
        r"(?:up)?on this (?:opinion|letter)\b",
    ),
    *_cues(
        "consent",
        1.8,
        "consents to filing or naming",
        r"\bconsent to the (?:filing|use|reference|inclusion|incorporation)\b",
        r"\b(?:filing|use) of this (?:opinion|letter) as an exhibit\b",
        r"\bunder the (?:caption|heading)s? [\"\u201c]?(?:legal matters|validity|experts)",
    ),
    *_cues(
        "consent-section-7",
        2.0,
        "does not admit to being an expert",
        r"\bwithin the category of persons\b",
        r"\bcategory of persons whose consent\b",
        # not a consent given "as required by Section 7 of the Act": the non-admission says
        # "persons whose consent is required under Section 7"; nor Section 7 of another paper
        # ("the requirements of paragraph (b) of Section 7 of the Underwriting Agreement")
        r"(?<!as required by )\bsection 7 of the (?:securities |1933 )?act\b",
        r"\bdo not (?:thereby )?(?:admit|concede)\b",
        r"\bin giving (?:such|this|our|the foregoing) consent\b",
        r"\bexperts?[\u201d\"]? within the meaning\b",
    ),
    *_cues(
        "other",
        2.5,
        "discloses the firm's own interest in the securities",
        r"\b(?:members|partners|attorneys|lawyers|employees) of (?:this|our|the) firm\b[^.;]{0,160}"
        r"\b(?:own|owns|hold|holds|receive|received|purchase|acquire|beneficially)\b",
        # "Partners of and counsel to Dunmore Vale LLP hold, together, 4,000 shares": the firm named
        r"\b(?:members|partners|attorneys|employees)(?: of)? and (?:counsel|employees|associates) "
        r"(?:to|of) [^.;]{1,80}?\b(?:llp|l\.l\.p\.|p\.c\.|llc|pllc|firm)\b[^.;]{0,40}?"
        r"\b(?:own|owns|hold|holds|beneficially)\b",
        # an in-house lawyer's own: "I am a full-time employee of the Company. I beneficially
        # own shares of its common stock ..." (not "I am the General Counsel": the engagement)
        r"^\W*i am an? (?:full-time |salaried )?(?:employee|officer) of the (?:company|"
        r"corporation|issuer|bank|partnership)\b",
        r"\bi (?:also )?(?:beneficially )?(?:own|hold)\b[^.;]{0,100}\b(?:shares|stock|options|"
        r"units|securities)\b",
        # "I am a participant in the Plan and hold options to purchase shares"
        r"^\W*i am an? (?:participant|holder|shareholder|stockholder|option ?holder)\b",
    ),
    *_cues(
        "signature",
        2.0,
        "a signature line",
        r"^\s*/s/",
        r"^\s*very truly yours",
        # the other closings letters sign off with
        r"^\s*(?:yours (?:very )?truly|(?:yours )?sincerely|respectfully (?:submitted|yours)|"
        r"(?:yours )?faithfully(?: yours)?|cordially(?: yours)?)\b",
    ),
    *_cues("heading", 1.0, "a subject line", r"^\s*re\s*:"),
]


def _by_key_word(cues: list[Cue]) -> dict[str, list[int]]:
    """Cues' places in CUES by the words of their most telling set of needed words; "" for cues
    that need none.

    A unit is checked for each key word once, and only the cues whose key word it contains are
    looked at: most units contain few of them.
    """
    index: dict[str, list[int]] = {}
    for i, cue in enumerate(cues):
        for word in max(cue.needs, key=telling, default=frozenset([""])):
            index.setdefault(word, []).append(i)
    return index


_BY_KEY_WORD = _by_key_word(CUES)
_ALWAYS = tuple(_BY_KEY_WORD.get("", ()))
"""The cues that need no word: every unit is read with them."""
_RULE_OUT_NEEDS = {t: needs(p) for t, p in _NOT_SAID_OF.items()}
"""The words each rule-out needs (literals.py): most units hold none, and the scan is spared."""
_NEEDED = WordFinder(
    word
    for needed in [*(cue.needs for cue in CUES), *_RULE_OUT_NEEDS.values()]
    for words in needed
    for word in words
)
_NOT_ASSUMED = frozenset(
    cue.type
    for cue in CUES
    if cue.type.startswith(("opinion-", "qualification-")) or cue.type == "documents-examined"
)
"""What a sentence opening "we have assumed" is not, whatever its words ("We have assumed that
no document we have not reviewed contains ...", "... that the guarantee is not given in a period
before the guarantor's bankruptcy")."""


_NUMBERING = re.compile(
    r"[\s|]*(?:(?:\((?:\d{1,2}|[a-z]|[ivx]{1,5})\)|(?:\d{1,2}|[a-z]|[ivx]{1,5})\)|"
    r"\d{1,2}(?:\.\d{1,2})*\.?)[\s|]*)?"
)
"""What may come before a unit's opening words: its paragraph's or item's number ("2.", "1.1",
"(a)", "| 3. |"). Wording after it opens the unit ("2. We have examined ...")."""


def _quote(flat: str, start: int, end: int, at_start: bool) -> str:
    """The words matched; at the start of a unit, its opening words up to some 50 characters."""
    if at_start and end - start < 50:
        space = flat.find(" ", start + 50)
        end = space if space > 0 else len(flat)
    return flat[start:end].strip()


_CAPTION = re.compile(
    r"\W*(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}|[A-Z])\.?\s+)?"
    r"(?=[A-Z&'-]{5}|[A-Z&'-]{2,} [A-Z&'-]{2,})[A-Z&'-]{2,}(?: (?:[A-Z&'-]{2,}|OF|TO|[&,]))*"
    r"(?= (?:\(?\d|\(?[a-z]\)|[A-Z][a-z]))"
)
"""A unit's caption in capitals, before the words that open it ("6. GOVERNING LAW 6.1 This letter
is governed by English law"): a word of five capitals or two of two or more, then a number or a
word in lower case."""


def _caption_end(flat: str) -> int:
    """Where a unit's words open after its caption, in its flattened text (0: no caption)."""
    caption = _CAPTION.match(flat)
    return caption.end() + 1 if caption else 0


def cue_scores(text: str) -> tuple[dict[str, float], dict[str, CueHit]]:
    """Each type's cue weight for `text`, and the strongest cue that fired for it."""
    scores, best, _ = cue_evidence(text)
    return scores, best


def cue_evidence(
    text: str,
) -> tuple[dict[str, float], dict[str, CueHit], dict[str, float]]:
    """cue_scores, and each type's weight counting overlapping matches once: "we have
    assumed" and "assumed" are one piece of wording, not two (see distinct_weight)."""
    flat = " ".join(text.split())  # a letter may break a phrase over lines
    lowered = flat.lower()
    if len(lowered) != len(flat):  # a few letters change length in lower case: quote those
        flat = lowered
    found = _NEEDED.found(lowered)
    candidates = sorted({i for word in found for i in _BY_KEY_WORD.get(word, ())}.union(_ALWAYS))
    scores: dict[str, float] = {}
    best: dict[str, CueHit] = {}
    spans: dict[str, list[tuple[int, int, float]]] = {}
    ruled_out = {
        t
        for t, words in _NOT_SAID_OF.items()
        if holds(_RULE_OUT_NEEDS[t], found) and words.search(lowered)
    }
    caption = _caption_end(flat)
    openings = (0, caption) if caption else (0,)
    if _ASSUMED_FIRST.match(lowered) or (caption and _ASSUMED_FIRST.match(lowered[caption:])):
        ruled_out |= _NOT_ASSUMED
    for i in candidates:  # in CUES order, so that ties go to the same cue as ever
        cue = CUES[i]
        if cue.type in ruled_out or not holds(cue.needs, found):
            continue
        match = cue.pattern.search(lowered)
        if match:
            start, end = match.span()
        elif caption and cue.anchored and (after := cue.pattern.search(lowered[caption:])):
            start, end = after.start() + caption, after.end() + caption
        else:
            continue
        scores[cue.type] = scores.get(cue.type, 0.0) + cue.weight
        spans.setdefault(cue.type, []).append((start, end, cue.weight))
        if cue.type not in best or cue.weight > best[cue.type].cue.weight:
            at_start = any(bool(_NUMBERING.fullmatch(lowered, at, start)) for at in openings)
            best[cue.type] = CueHit(cue, _quote(flat, start, end, at_start), at_start)
    return scores, best, {t: distinct_weight(found) for t, found in spans.items()}


def distinct_weight(spans: list[tuple[int, int, float]]) -> float:
    """The weight of matches that do not overlap, the heaviest kept where they do."""
    kept: list[tuple[int, int, float]] = []
    for start, end, weight in sorted(spans, key=lambda s: -s[2]):
        if all(end <= a or start >= b for a, b, _ in kept):
            kept.append((start, end, weight))
    return sum(w for _, _, w in kept)
