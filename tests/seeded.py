# ruff: noqa: E501  (the cases quote whole sentences of letters)
"""The seeded defect set for the rule checks: letters with one drafting error put in on purpose.

Each case takes a letter - one of our fictional ones (tests/seeded/) or a bundled precedent -
and changes it the way drafts go wrong: a closing-opinion reliance sentence pasted in, an
element of the opinion dropped, the covered law narrowed to the corporate statute, the consent
left off. It names the rules that must then fire. Clean letters and near misses ("traps": words
close to a defect that are not one) expect nothing beyond what their base letter has.

`score()` gives each rule's precision and recall over the set; bench/checks.py prints them and
tests/test_checks.py holds them to the target. Letters dated before a rule's source took effect
must be marked "before" rather than found defective, and are scored for that too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from precedent_bank.checks import check_precedent, rules
from precedent_bank.importer import Recogniser
from precedent_bank.importer.record import draft_record
from precedent_bank.importer.sources import Letter
from precedent_bank.records.models import Precedent

ROOT = Path(__file__).resolve().parent.parent
BASES = [ROOT / "tests" / "seeded", ROOT / "precedents"]

BASE_DEFECTS = {"caddo-mesa-1996-ipo-common-stock": {"consent-section-7"}}
"""Defects the unchanged letters have (checked by hand: that consent has no Section 7 sentence)."""
BASE_BEFORE = {
    "caddo-mesa-1996-ipo-common-stock": {"exhibit5-reliance-limit"},
    "pinecrest-1997-s8-plan-shares": {"not-admitted-in-opined-law"},
}
"""Points where the unchanged letters predate the rule (1996 and 1997, before SLB 19)."""

Edit = Callable[[dict[str, Any]], None]


@dataclass(frozen=True)
class Case:
    """One letter of the set: a base letter, the edits made to it, and what must be found."""

    name: str
    base: str
    edits: tuple[Edit, ...] = ()
    defects: frozenset[str] = frozenset()
    before: frozenset[str] = frozenset()


def replace(ctype: str, old: str, new: str) -> Edit:
    """Replace words in the first clause of `ctype` that has them."""

    def edit(data: dict[str, Any]) -> None:
        clause = _clause(data, ctype, old)
        clause["text"] = clause["text"].replace(old, new, 1)

    return edit


def drop(ctype: str, having: str = "") -> Edit:
    """Delete the first clause of `ctype` (that has the words `having`)."""

    def edit(data: dict[str, Any]) -> None:
        data["clauses"].remove(_clause(data, ctype, having))

    return edit


def add(after: str, ctype: str, text: str) -> Edit:
    """Put a new clause after the first clause of type `after`."""

    def edit(data: dict[str, Any]) -> None:
        index = data["clauses"].index(_clause(data, after, ""))
        data["clauses"].insert(index + 1, {"type": ctype, "text": text + "\n"})

    return edit


def _clause(data: dict[str, Any], ctype: str, having: str) -> dict[str, Any]:
    for clause in data["clauses"]:
        if clause["type"] == ctype and having in clause["text"]:
            return clause
    raise LookupError(f"{data['title']}: no {ctype} clause with {having!r}")


def case(name: str, base: str, *edits: Edit, finds: str = "", before: str = "") -> Case:
    """A case expecting the rules named in `finds` (defects) and `before` (markers)."""
    return Case(name, base, edits, frozenset(finds.split()), frozenset(before.split()))


M = "marlow-2024-common-stock-takedown"
B = "brightwater-2019-senior-notes"
Q = "quillon-2022-rights-offering"
H = "harrow-creek-2020-common-units"
HOLLIS = "hollis-peak-2023-guaranteed-notes"
IRON = "ironbark-2022-maryland-common-stock"
ALDER = "aldergate-2021-spac-units"
TIDE = "tidewell-2018-cayman-ordinary-shares"
GALL = "galloway-ridge-2016-debt-shelf"
KEST = "kestrel-point-2007-depositary-preferred"
HART = "hartford-2004-senior-notes"
PINE = "pinecrest-1997-s8-plan-shares"
CADDO = "caddo-mesa-1996-ipo-common-stock"
QUARRY = "quarry-hill-2006-tax-opinion"

RELY = "exhibit5-reliance-limit"
ADMIT = "not-admitted-in-opined-law"
AWAY = "assumption-assumes-away-opinion"
EQUITY = "equity-opinion-elements"
BINDING = "debt-binding-obligation"
LAW = "debt-governing-law"
UNDER = "underlying-securities-covered"
TAKEDOWN = "takedown-opinion-qualified"
CONSENT = "filed-opinion-consent"
SEC7 = "consent-section-7"

EQUITY_WORDS = "validly issued, fully paid and non-assessable"
NOTES_BINDING = (
    "constitute valid and binding obligations of the Company, enforceable against it in "
    "accordance with their terms and entitled to the benefits of the Indenture, and (2) the "
    "Guarantee has been duly authorized by the Guarantor and constitutes a valid and binding "
    "obligation of the Guarantor, enforceable against it in accordance with its terms."
)
B_LAW = "the law of the State of New York and the Delaware General Corporation Law"

ONLY_AUTHORIZED = (
    replace(
        "opinion-debt",
        "constitute valid and binding obligations of the Issuer, enforceable against the Issuer in accordance with their terms and",
        "are",
    ),
    replace(
        "opinion-debt",
        "constitutes a valid and binding obligation of that Guarantor, enforceable against it in accordance with its terms and",
        "is",
    ),
)
"""The Hollis notes and guarantees said only to be authorized: no binding-obligation opinion."""

CASES: list[Case] = [
    # -- a closing opinion's reliance sentence carried into an Exhibit 5 letter
    case(
        "closing-style reliance",
        M,
        add(
            "limitation-date",
            "limitation-reliance",
            "This letter is furnished solely for your benefit in connection with the offering of the Shares and may not be relied upon by any other person without our prior written consent.",
        ),
        finds=RELY,
    ),
    case(
        "reliance for addressees' use",
        B,
        add(
            "limitation-jurisdiction",
            "limitation-reliance",
            "This opinion is rendered solely for the use of the addressees and may not be used or relied upon by any other person.",
        ),
        finds=RELY,
    ),
    case(
        "only you may rely",
        Q,
        replace(
            "limitation-jurisdiction",
            "Corporation Law.",
            "Corporation Law. Only you may rely on it.",
        ),
        finds=RELY,
    ),
    case(
        "relied upon only by",
        HOLLIS,
        replace(
            "limitation-scope",
            "beyond those matters.",
            "beyond those matters. This letter may be relied upon only by the addressees.",
        ),
        finds=RELY,
    ),
    case(
        "no other person may rely",
        ALDER,
        add(
            "limitation-date",
            "limitation-reliance",
            "No person other than you is entitled to rely on this letter.",
        ),
        finds=RELY,
    ),
    case(
        "local counsel limits reliance",
        IRON,
        replace(
            "limitation-reliance",
            "This opinion is being furnished to you for submission",
            "This opinion is being furnished to you solely for your information and is not to be relied upon by any other person. It is furnished for submission",
        ),
        finds=RELY,
    ),
    case(
        "purchasers struck out",
        TIDE,
        replace(
            "limitation-reliance",
            "may be relied upon by you, your counsel and purchasers of Shares pursuant to the Registration Statement",
            "is for your exclusive benefit and may not be relied upon by any other person",
        ),
        finds=RELY,
    ),
    case(
        "for your sole benefit",
        GALL,
        add(
            "limitation-date",
            "limitation-reliance",
            "This letter is furnished for your sole benefit.",
        ),
        finds=RELY,
    ),
    case(
        "reliance limit before SLB 19",
        KEST,
        add(
            "limitation-scope",
            "limitation-reliance",
            "This opinion is solely for your benefit and may not be relied upon by any other person.",
        ),
        before=RELY,
    ),
    case(
        "reliance limit before SLB 19 (debt)",
        HART,
        add(
            "limitation-jurisdiction",
            "limitation-reliance",
            "This opinion is furnished solely for your benefit.",
        ),
        before=RELY,
    ),
    # -- counsel says it is not admitted where it opines
    case(
        "admitted only in Massachusetts",
        M,
        replace(
            "limitation-jurisdiction",
            "We express no opinion",
            "We are admitted to practice only in the Commonwealth of Massachusetts, and we express no opinion",
        ),
        finds=ADMIT,
    ),
    case(
        "not admitted in Delaware",
        B,
        add(
            "limitation-jurisdiction",
            "limitation-jurisdiction",
            "We are not admitted to practice in the State of Delaware.",
        ),
        finds=ADMIT,
    ),
    case(
        "bar of a state not covered",
        Q,
        replace(
            "limitation-jurisdiction",
            "We express no opinion",
            "We are members of the bar of the State of California, and we express no opinion",
        ),
        finds=ADMIT,
    ),
    case(
        "signers not members of the Delaware bar",
        HOLLIS,
        replace(
            "limitation-scope",
            "beyond those matters.",
            "beyond those matters. The lawyers signing this letter are not members of the bar of the State of Delaware.",
        ),
        finds=ADMIT,
    ),
    # admitted only in the state whose law alone the letter opines on: no qualification
    case(
        "admitted only in Maryland, on Maryland law",
        IRON,
        replace(
            "limitation-jurisdiction",
            "The foregoing opinions are limited to",
            "We are admitted to practice only in the State of Maryland, and the foregoing opinions are limited to",
        ),
    ),
    case(
        "admitted only in Virginia, on Maryland law",
        IRON,
        replace(
            "limitation-jurisdiction",
            "The foregoing opinions are limited to",
            "We are admitted to practice only in the Commonwealth of Virginia, and the foregoing opinions are limited to",
        ),
        finds=ADMIT,
    ),
    case(
        "admitted only in Texas",
        ALDER,
        replace(
            "limitation-jurisdiction",
            "The opinions expressed above",
            "We are admitted only in the State of Texas. The opinions expressed above",
        ),
        finds=ADMIT,
    ),
    case(
        "members of the bar only in Illinois",
        GALL,
        replace(
            "limitation-jurisdiction",
            "The opinion expressed above",
            "We are members of the bar only in the State of Illinois. The opinion expressed above",
        ),
        finds=ADMIT,
    ),
    case(
        "bar statement before SLB 19",
        HART,
        replace(
            "limitation-jurisdiction",
            "The opinion expressed herein",
            "We are not admitted to practice in the State of Delaware. The opinion expressed herein",
        ),
        before=ADMIT,
    ),
    # -- assumptions that assume away the opinion, in final opinions
    case(
        "assumes valid existence",
        M,
        replace(
            "assumption-factual-reliance",
            "public officials.",
            "public officials. We have also assumed that the Company is validly existing under the laws of the State of Delaware.",
        ),
        finds=AWAY,
    ),
    case(
        "assumes enough authorized shares",
        M,
        replace(
            "assumption-factual-reliance",
            "public officials.",
            "public officials. We have assumed that the Company has sufficient authorized but unissued shares of common stock to issue the Shares.",
        ),
        finds=AWAY,
    ),
    case(
        "assumes corporate action",
        B,
        replace(
            "assumption-genuineness",
            "as copies.",
            "as copies. We have further assumed that the Company has taken all necessary corporate action to authorize the issuance of the Notes.",
        ),
        finds=AWAY,
    ),
    case(
        "assumes guarantors exist",
        HOLLIS,
        replace(
            "assumption-factual-reliance",
            "Underwriting Agreement.",
            "Underwriting Agreement. In addition, we have assumed that each Delaware Guarantor is duly organized and validly existing.",
        ),
        finds=AWAY,
    ),
    case(
        "assumes the issuance authorized",
        Q,
        add(
            "assumption-genuineness",
            "assumption-other",
            "We have assumed that the issuance of the Rights Shares has been duly authorized by all necessary corporate action.",
        ),
        finds=AWAY,
    ),
    case(
        "assumes enough Class A shares",
        ALDER,
        replace(
            "assumption-factual-reliance",
            "officers of the Company.",
            "officers of the Company, and we have assumed that the Company has a sufficient number of authorized shares of Class A common stock.",
        ),
        finds=AWAY,
    ),
    case(
        "assumes issuer and guarantor exist",
        B,
        replace(
            "assumption-genuineness",
            "as copies.",
            "as copies. We have assumed that the Company and the Guarantor are validly existing corporations.",
        ),
        finds=AWAY,
    ),
    case(
        "assumed existence before SLB 19",
        KEST,
        replace(
            "assumption-factual-reliance",
            "without independently verifying them.",
            "without independently verifying them. We have assumed that the Company is validly existing.",
        ),
        before=AWAY,
    ),
    # -- an equity opinion on a corporation's shares missing an element
    case(
        "no non-assessable",
        M,
        replace("opinion-equity", EQUITY_WORDS, "validly issued and fully paid"),
        finds=EQUITY,
    ),
    case(
        "no validly issued",
        M,
        replace("opinion-equity", EQUITY_WORDS, "fully paid and non-assessable"),
        finds=EQUITY,
    ),
    case(
        "no fully paid",
        Q,
        replace("opinion-equity", EQUITY_WORDS, "validly issued and non-assessable"),
        finds=EQUITY,
    ),
    case(
        "Maryland: no non-assessable",
        IRON,
        replace(
            "opinion-equity",
            "validly issued, fully paid and nonassessable",
            "validly issued and fully paid",
        ),
        finds=EQUITY,
    ),
    case(
        "Cayman: validly issued only",
        TIDE,
        replace("opinion-equity", EQUITY_WORDS + " (which term", "validly issued (which term"),
        finds=EQUITY,
    ),
    case(
        "warrant shares: duly issued",
        ALDER,
        replace(
            "opinion-equity",
            "will be " + EQUITY_WORDS + ".\n",
            "will be duly issued and fully paid.\n",
        ),
        finds=EQUITY,
    ),
    case(
        "preferred: no non-assessable",
        KEST,
        replace("opinion-equity", "are fully paid and non-assessable", "are fully paid"),
        finds=EQUITY,
    ),
    case(
        "S-8 shares: no non-assessable",
        PINE,
        replace("opinion-equity", EQUITY_WORDS, "validly issued and fully paid"),
        finds=EQUITY,
    ),
    # -- a debt or guarantee opinion that is not a binding-obligation opinion
    case(
        "notes only validly issued",
        B,
        replace(
            "opinion-debt",
            NOTES_BINDING,
            "have been validly issued, and (2) the Guarantee has been duly authorized by the Guarantor.",
        ),
        finds=BINDING,
    ),
    case(
        "notes and guarantees only authorized",
        HOLLIS,
        *ONLY_AUTHORIZED,
        finds=BINDING,
    ),
    # local counsel leaving enforceability to the opinion of lead counsel, which gives it
    case(
        "guarantees authorized, enforceability left to lead counsel",
        HOLLIS,
        *ONLY_AUTHORIZED,
        add(
            "limitation-jurisdiction",
            "limitation-scope",
            "We express no opinion on the enforceability of the Notes or the Guarantees, which is the subject of the opinion of Corrow Pell LLP filed as Exhibit 5.1.",
        ),
    ),
    # ... or saying that lead counsel relies on it for its own opinion, which gives it
    case(
        "guarantees authorized, lead counsel relying on it",
        HOLLIS,
        *ONLY_AUTHORIZED,
        add(
            "limitation-jurisdiction",
            "limitation-scope",
            "We express no opinion as to the enforceability of the Guarantees. Corrow Pell LLP may rely on this opinion for purposes of rendering its opinion filed as Exhibit 5.1.",
        ),
    ),
    case(
        "shelf notes only duly issued",
        GALL,
        replace(
            "opinion-debt",
            "will constitute valid and binding obligations of the Company",
            "will have been duly issued by the Company",
        ),
        finds=BINDING,
    ),
    case(
        "notes only validly issued (2004)",
        HART,
        replace(
            "opinion-debt",
            "constitute valid and binding obligations of\nthe Company",
            "are\nentitled",
        ),
        finds=BINDING,
    ),
    case(
        "notes: duly issued under the indenture",
        B,
        replace(
            "opinion-debt",
            "executed and issued by the Company and " + NOTES_BINDING,
            "and, when authenticated by the Trustee and delivered against payment, will be duly issued under the Indenture, and (2) the Guarantee has been duly authorized.",
        ),
        finds=BINDING,
    ),
    # -- covered law that leaves out the law governing the debt
    case(
        "NY notes, DGCL only",
        B,
        replace(
            "limitation-jurisdiction", B_LAW, "the General Corporation Law of the State of Delaware"
        ),
        finds=LAW,
    ),
    case(
        "guaranteed notes, entity statutes only",
        HOLLIS,
        replace(
            "limitation-jurisdiction",
            "the laws of the State of New York, the General Corporation Law",
            "the General Corporation Law",
        ),
        finds=LAW,
    ),
    case(
        "shelf debt, DGCL only",
        GALL,
        replace(
            "limitation-jurisdiction",
            "the laws of the State of New York and the Delaware General Corporation Law",
            "the Delaware General Corporation Law",
        ),
        finds=LAW,
    ),
    case(
        "NY notes, Maryland law",
        B,
        replace(
            "limitation-jurisdiction",
            B_LAW,
            "the laws of the State of Maryland and the General Corporation Law of the State of Delaware",
        ),
        finds=LAW,
    ),
    case(
        "Illinois-law indenture, NY opinion",
        B,
        replace(
            "engagement",
            "governed by the laws of the State of New York",
            "governed by the laws of the State of Illinois",
        ),
        finds=LAW,
    ),
    case(
        "DGCL only before SLB 19",
        HART,
        replace(
            "limitation-jurisdiction",
            "the laws of the State of New\nYork",
            "the General Corporation Law of the State of Delaware",
        ),
        before=LAW,
    ),
    # -- warrants, rights or units registered with what underlies them, and no opinion on it
    case("no opinion on the rights shares", Q, drop("opinion-equity"), finds=UNDER),
    case(
        "rights shares opinion covers the rights",
        Q,
        replace(
            "opinion-equity",
            "2. The Rights Shares have been duly authorized and, when issued and paid for upon exercise of the Rights as described in the Registration Statement, will be",
            "2. The Rights have been duly authorized and, when issued as described in the Registration Statement, will be",
        ),
        finds=UNDER,
    ),
    case(
        "no opinion on the warrant shares",
        ALDER,
        drop("opinion-equity", "Warrant Shares have been"),
        finds=UNDER,
    ),
    case(
        "no opinion on the shares in the units",
        ALDER,
        drop("opinion-equity", "Class A Shares included"),
        finds=UNDER,
    ),
    case(
        "no opinion on the warrants in the units",
        ALDER,
        drop("opinion-other", "Warrants included in the Units have been"),
        finds=UNDER,
    ),
    case(
        "units opinion only",
        ALDER,
        drop("opinion-equity", "Warrant Shares have been"),
        drop("opinion-equity", "Class A Shares included"),
        finds=UNDER,
    ),
    # -- a takedown opinion filed on Form 8-K that still waits for corporate action
    case(
        "takedown: pricing committee will adopt",
        M,
        add(
            "assumption-factual-reliance",
            "assumption-other",
            "We have assumed that, before the Shares are issued, the Board of Directors of the Company or its pricing committee will have adopted resolutions approving the issuance and sale of the Shares.",
        ),
        finds=TAKEDOWN,
    ),
    case(
        "takedown: company will have acted",
        B,
        add(
            "assumption-other-parties",
            "assumption-other",
            "We have assumed that the Company will have taken all necessary corporate action to authorize the issuance of the Notes.",
        ),
        finds=TAKEDOWN,
    ),
    case(
        "takedown: when the board has acted",
        HOLLIS,
        replace(
            "opinion-debt",
            "2. The Notes have been duly authorized by the Issuer and constitute",
            "2. When the Board of Directors of the Issuer has taken all necessary corporate action to approve the issuance and terms of the Notes, the Notes will constitute",
        ),
        finds=TAKEDOWN,
    ),
    case(
        "takedown: general partner will authorize",
        H,
        add(
            "assumption-genuineness",
            "assumption-other",
            "We have assumed that the board of directors of the general partner will have duly authorized the issuance of the Common Units.",
        ),
        finds=TAKEDOWN,
    ),
    case(
        "takedown: when the committee has approved",
        M,
        replace(
            "opinion-equity",
            "the Shares have been duly authorized and, when issued",
            "when the pricing committee of the Board has approved the issuance of the Shares and the Shares are issued",
        ),
        finds=TAKEDOWN,
    ),
    case(
        "takedown: when the board shall have authorized",
        B,
        replace(
            "opinion-debt",
            "we are of the opinion that (1) the Notes have been duly authorized, executed",
            "we are of the opinion that (1) when the Board of Directors of the Company shall have duly authorized the Notes, the Notes, as executed",
        ),
        finds=TAKEDOWN,
    ),
    case(
        "takedown qualified before the 2009 C&DIs",
        KEST,
        add(
            "assumption-factual-reliance",
            "assumption-other",
            "We have assumed that the Board of Directors will have adopted resolutions fixing the terms of the Series C Preferred Stock.",
        ),
        before=TAKEDOWN,
    ),
    # -- no consent; a consent without the Section 7 sentence (information)
    case("no consent (equity)", M, drop("consent"), drop("consent-section-7"), finds=CONSENT),
    case("no consent (debt)", B, drop("consent"), drop("consent-section-7"), finds=CONSENT),
    case("no consent (rights)", Q, drop("consent"), drop("consent-section-7"), finds=CONSENT),
    case(
        "no consent (guaranteed notes)",
        HOLLIS,
        drop("consent"),
        drop("consent-section-7"),
        finds=CONSENT,
    ),
    case(
        "no consent (tax opinion)",
        QUARRY,
        drop("consent"),
        drop("consent-section-7"),
        finds=CONSENT,
    ),
    case(
        "no consent (Cayman counsel)",
        TIDE,
        drop("consent"),
        drop("consent-section-7"),
        finds=CONSENT,
    ),
    case("no Section 7 sentence (equity)", M, drop("consent-section-7"), finds=SEC7),
    case("no Section 7 sentence (debt)", B, drop("consent-section-7"), finds=SEC7),
    case("no Section 7 sentence (rights)", Q, drop("consent-section-7"), finds=SEC7),
    case("no Section 7 sentence (units)", H, drop("consent-section-7"), finds=SEC7),
    case("no Section 7 sentence (SPAC)", ALDER, drop("consent-section-7"), finds=SEC7),
    case("no Section 7 sentence (shelf)", GALL, drop("consent-section-7"), finds=SEC7),
    # -- near misses: close to a defect, but not one
    case(
        "trap: bar of a covered state",
        B,
        add(
            "limitation-jurisdiction",
            "limitation-jurisdiction",
            "We are members of the bar of the State of New York.",
        ),
    ),
    case(
        "trap: LP units, no analogue sentence",
        H,
        replace(
            "opinion-equity",
            ", and purchasers of the Common Units will have no obligation to make further payments for their purchase or contributions to the Partnership solely by reason of their ownership of the Common Units",
            "",
        ),
    ),
    case(
        "trap: furnished for filing",
        M,
        add(
            "limitation-date",
            "limitation-reliance",
            "This letter is furnished to you for filing with the Commission as an exhibit to the Current Report.",
        ),
    ),
    case(
        "trap: purchasers may rely",
        M,
        add(
            "limitation-date",
            "limitation-reliance",
            "This letter may be relied upon by you and by purchasers of the Shares in the offering.",
        ),
    ),
    case(
        "trap: the trustee assumed to exist",
        B,
        replace(
            "assumption-other-parties",
            "We have also assumed that",
            "We have also assumed that the Trustee is validly existing and that",
        ),
    ),
    case("trap: shelf assumption of future action", GALL),
    case(
        "trap: relied on officers solely",
        Q,
        replace(
            "assumption-genuineness",
            "as copies.",
            "as copies. As to facts, we have relied solely on certificates of officers of the Company.",
        ),
    ),
]
"""The injected cases, then the near misses; the unchanged letters are added by `all_cases()`."""


def all_cases() -> list[Case]:
    """Every case: each unchanged base letter (clean), then the injected ones."""
    clean = [
        case(f"clean: {p.stem}", p.stem) for folder in BASES for p in sorted(folder.glob("*.yml"))
    ]
    return clean + CASES


def letter(c: Case) -> Precedent:
    """The case's letter: its base record with its edits made."""
    path = next(folder / f"{c.base}.yml" for folder in BASES if (folder / f"{c.base}.yml").exists())
    data = yaml.safe_load(path.read_text("utf-8"))
    for edit in c.edits:
        edit(data)
    return Precedent.model_validate(data)


@dataclass
class Score:
    """One rule's counts over the set."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    """The cases it got wrong, and how."""

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def score(
    cases: list[Case], recogniser: Recogniser | None = None
) -> tuple[dict[str, Score], Score]:
    """Each rule's precision and recall on defects, and the count of right "before" markers.

    With a recogniser, each letter is checked as a letter file would be: its text imported
    afresh (types guessed, facts read from the words), not its record.
    """
    by_rule = {r.id: Score() for r in rules()}
    before_score = Score()
    for c in cases:
        p = letter(c) if recogniser is None else imported(letter(c), recogniser)
        found = check_precedent(p)
        _tally(by_rule, c, {f.rule.id for f in found if f.is_defect}, c.defects, BASE_DEFECTS)
        marked = {f.rule.id for f in found if not f.is_defect}
        _tally({r: before_score for r in by_rule}, c, marked, c.before, BASE_BEFORE)
    return by_rule, before_score


def _tally(
    scores: dict[str, Score],
    c: Case,
    found: set[str],
    expected: frozenset[str],
    base: dict[str, set[str]],
) -> None:
    expected = expected | base.get(c.base, set())
    for rule_id in found | expected:
        s = scores[rule_id]
        if rule_id in found and rule_id in expected:
            s.tp += 1
        elif rule_id in found:
            s.fp += 1
            s.misses.append(f"{c.name}: {rule_id} found but not expected")
        else:
            s.fn += 1
            s.misses.append(f"{c.name}: {rule_id} expected but not found")


def imported(p: Precedent, recogniser: Recogniser) -> Precedent:
    """The letter as `precedents check` sees a letter file: its text, cut and typed afresh."""
    source = Letter(file=Path("seeded.txt"), part=None, text=p.text, format="text", encoding=None)
    return Precedent.model_validate(draft_record(source, recogniser).data)
