"""The facts of a letter, read from its own words: date, firm, addressee, issuer and so on.

Each fact is taken only from where letters state it (the date line, the letterhead or the
signature, the engagement sentence, the laws-covered clause). What is not found is left empty
and listed, never guessed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field

from precedent_bank.importer.companies import bank_holding_company, rival
from precedent_bank.importer.domains import letter_domains, name_spelling, spells
from precedent_bank.importer.edgar_lines import header_end
from precedent_bank.importer.firms import firm_key, looks_like_firm, with_form_stop
from precedent_bank.importer.mergers import NAME_PATTERN, acquirer
from precedent_bank.importer.notices import notice_firm
from precedent_bank.jurisdictions import OFFSHORE, US_STATES, alternation

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
)
"""A month's name, or its abbreviation with its stop ("Sept. 3, 2021")."""
# "March 12, 2024", "March 12th, 2024"; "March 12 , 2024", a space typed before the comma
_DATE_US = re.compile(
    # a day written into a form's blank keeps the blank's underscore ("November _29, 2000")
    # (and one glued to the next word when a copy lost the line break: "July 28, 2006Teda")
    rf"\b({_MONTH})\s+_*(\d{{1,2}})(?:st|nd|rd|th)?[ \t]?,?\s+(\d{{4}})(?!\d)",
    re.IGNORECASE,
)
# "12 March 2024", "12th March 2024", "the 12th day of March, 2024"
_DATE_UK = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?({_MONTH}),?\s+(\d{{4}})\b", re.IGNORECASE
)
# Legal forms firms put after their name; the Dutch "N.V." and "B.V." are companies' forms as
# much as firms', so a name with them alone is counsel's only with "&" or a domain spelling it.
_FIRM_SUFFIX = (
    r"(?:L\.?L\.?P\.?|LLP|P\.?L\.?L\.?C\.?|P\.L\.C\.?|P\.[ ]C\.|P\.?C\.?|L\.?L\.?C\.?|P\.?A\.?|"
    # ("McAllan Rye, a Professional Corporation" as it signs; "A Professional Law Corporation",
    # as Louisiana's firms do, on one line: a lawyer's own name stacked over it is no firm's)
    r"(?:[Aa]\s+)?Professional\s+Corporation|(?:[Aa][ \t]+)?Professional[ \t]+Law[ \t]+Corporation|"
    r"Limited|LIMITED|LLC|PLC|& C[Oo]\.?|Ltd\.?|LTD\.?|"
    # a German lawyers' partnership, "Rechtsanwälte PartG mbB" (no issuer's form)
    r"S\.C\.|N\.V\.|B\.V\.|PartG(?:[ \t]+mbB)?)"
)
# "Marrow Pike LLP", "PELLAM & GRAY, LTD.", "Pellam (Bermuda) Limited": words on one line, or
# over two at its "&" ("MARROW\n& PIKE LLP"); a place above a client's name ("Galway\nQuill
# Pumps Limited") is no part of it.
# A name starts at a word's start and its words are of a name's length: tried from inside a long
# run of letters, the pattern would scan the rest of the run from each of them (minutes on a
# hostile 60,000-letter "word").
_FIRM = re.compile(
    rf"((?<![A-Za-z.'\u2019\-])[A-Z](?:&[A-Z][A-Za-z.'\u2019\-]{{0,40}}|[A-Za-z.'\u2019\-]{{1,40}})"
    rf"(?:(?:,?[ \t]+(?:(?:&|and)[ \t]+)?|\s+&\s+)[A-Z][A-Za-zÀ-ÿ.'\u2019\-]{{1,40}}){{0,7}}"
    rf"(?:[ \t]+\([A-Z][A-Za-z ]{{2,30}}\))?,?\s+{_FIRM_SUFFIX})"
    r"(?![ \t]+(?i:liability|partnership))"  # "A LIMITED LIABILITY PARTNERSHIP": no name
    # a legal form ends a word ("PA" opening "PASADENA" is none) and a state's two letters
    # before a ZIP code are none ("BRAMLEY, PA 19610")
    r"(?![A-Za-z0-9])(?![ \t]+\d{5}\b)",
)
# "[Letterhead of Marrow Pike LLP]", "[MARROW PIKE\nLETTERHEAD]", "[LETERHEAD MARROW PIKE]",
# "[On the letterhead of Marrow Pike LLP]", "[ON MARROW PIKE LETTERHEAD]", "[LETTERHEAD FROM
# MARROW PIKE LLP]"
_LETTERHEAD = re.compile(
    r"\[\s*(?:on\s+(?:the\s+)?(?=[^\]\n]{3,80}?\s+let+er+head\s*\]))?"
    r"(?:(?:on\s+)?(?:the\s+)?let+er+head\s+(?:of\s+|from\s+)?)?((?:[^\]\n]|\n(?![ \t]*\n)){3,80}?)"
    r"(?:\s+(?:issuing\s+office\s+)?let+er+head)?\s*\]|"
    # a web page's text for the letterhead's picture: "Image of Marrow Pike letterhead."
    r"^[ \t]*image\s+of\s+([^\n]{3,80}?)\s+let+er+head\b",
    re.IGNORECASE | re.MULTILINE,
)
_OPINION_OF = re.compile(r"\bOPINIONS?\s+(?:AND\s+CONSENT\s+)?OF\s+([^\n]{3,80})", re.IGNORECASE)
_EXHIBIT = re.compile(r"\b(?:Exhibit|EX-)\s*(\d{1,2}(?:\.\d{1,2})?)\b", re.IGNORECASE)
_FILED_AS = re.compile(r"\bas\s+(?:an\s+)?Exhibit\s+(\d{1,2}(?:\.\d{1,2})?)\b")
"""The exhibit a consent files the letter as ("... this opinion as Exhibit 5.1 to the ...")."""
_ENTITY = (
    r"(corporation|limited\s+liability\s+company|limited\s+partnership|statutory\s+trust|"
    r"business\s+trust|(?:voluntary|unincorporated)\s+association|(?:public|private)\s+(?:limited\s+)?company(?:\s+with\s+limited\s+"
    r"liability)?|(?:private\s+)?limited\s+company|exempted\s+company|company|bank|trust|"
    r"real\s+estate\s+investment\s+trust|soci[ée]t[ée]\s+anonyme|naamloze\s+vennootschap|"
    r"besloten\s+vennootschap|soci[ée]t[ée]\s+[àa]\s+responsabilit[ée]\s+limit[ée]e|"
    r"sociedad\s+an[óo]nima|aktiengesellschaft)(?!\w)"
)
# A client's name: capitalised words ("Quillon Ridge Corp."), or a figure before them ("400
# Harbor Holdings, Inc."), joined by "of", "and", "&" (never ending in one: "filed by Tremont and
# the Guarantors"); an Irish company's form is in words ("Corrib Medical public limited
# company"), a Mexican's after a comma ("Grupo Altamira, S.A.B. de C.V."), a Swedish listed
# company's in brackets ("Norrvik Medical AB (publ)").
_NAME = (
    r"((?:The\s+)?(?:[A-Z]|\d[\w-]*\s+[A-Z])[\w.&'\u2019-]*"
    r"(?:\s+(?:[A-Z0-9][\w.&'\u2019-]*|\(publ\)|\((?:U\.S\.|[A-Z][a-z]+)\)|"
    r"(?:&|of\s+the|of|and|de|du|del|do|da|dos|das|di|van|von|der|den|y)(?=\s+[A-Z0-9])))*"
    r"(?:,?\s+(?:Incorporated|Inc|INC|Ltd|LTD|L\.?P|LLC|L\.L\.C|N\.A|S\.A\.B?\.?\s+de\s+C\.V|S\.A(?:\.\s+Unipersonal)?|plc|"
    r"p\.l\.c|Corp|CORP|Co|public\s+limited\s+company|designated\s+activity\s+company)\.?)?)"
)
_REG_NO = r"(?:,?\s+reg(?:istration)?\.?\s+no\.?\s+[\w-]+)?"
"""A company's registration number after its name ("Norrvik Medical AB (publ), reg. no.
556812-4470, a public limited liability company ...")."""
_ADVISING = r"(?:counsel|advisers?|advisors?|solicitors)(?:\s+\([^()]{1,30}\))?\s+(?:to|for)"
"""What counsel is to its client: "counsel to", "legal adviser (advocaten) to", "Scottish
solicitors to"."""
# "counsel to Acme Corp., a Delaware corporation" or "... of Acme Corp., a Delaware corporation
# (the "Company")": the issuer, and where it is organised.
_ISSUER = re.compile(
    # (the company's own lawyer: "I am the General Counsel of Quillon Ridge, Incorporated, a
    # Missouri corporation")
    rf"(?:\b{_ADVISING}|\b(?:represented|advised|assisted)|"
    r"\bGeneral\s+Counsel\s+of)\s+"
    rf"{_NAME},?\s+an?\s+"
    rf"((?:[A-Z][\w.]*\s+){{1,4}}?){_ENTITY}"
)
# "incorporated under the laws of the State of": what comes before the place a company is
# organised in (one wording for every pattern that reads it).
_ORGANISED_IN = (
    r"(?:organi[sz]ed|incorporated|formed|existing|registered)(?:\s+with\s+limited\s+liability)?"
    r"\s+(?:in|under\s+the\s+[Ll]aws?\s+of)"
    r"\s+(?:the\s+)?(?:(?:State|Commonwealth|Republic)\s+of\s+)?"
)
_ISSUER_INCORPORATED = re.compile(
    rf"\b{_ADVISING}\s+{_NAME},?\s+an?\s+{_ENTITY}\s+"
    rf"{_ORGANISED_IN}([A-Z][\w]+(?:\s+(?:and\s+)?[A-Z][\w]+){{0,3}})"
)
# ... or a name that ends in its company's form, whatever follows ("general counsel to Quillon
# Ridge, Inc. and as such, we are familiar with ...")
_ISSUER_NAMED = re.compile(
    rf"\b{_ADVISING}\s+{_NAME}"
    r"(?=,|\s+in\s+connection|\s+\(|(?:(?<=\bInc\.)|(?<=\bCorp\.)|(?<=\bLtd\.))\s)"
)
_COMPANY_NAME = re.compile(
    r"(?i)\b(?:inc|incorporated|corp|corporation|company|co|ltd|limited|plc|p\.l\.c|llc|l\.p|lp|"
    r"n\.a|s\.a|n\.?v|b\.?v|ag|se|gmbh|s\.p\.a|trust|bank|bancorp|bancorporation|bancshares|holdings|"
    r"group|funds?|s\.a\.b?\.? de c\.v|ab \(publ\)|ab|asa|unipersonal)\.?(?:,?\s+series\s+\d+)?$"
)
# The defined term a letter gives its client: '(the "Company")', '("the Company")', and without
# the quotes offshore letters leave out: "(the Company)"; old plain-text filings set defined
# terms in capitals ('(the "COMPANY")').
_DEFINED_AS = (
    # ('(hereinafter referred to as the "Company")', as older letters define it)
    r"(?:(?:hereinafter|herein)\s+(?:referred\s+to\s+as|called)\s+|referred\s+to\s+(?:herein\s+)?as\s+)?"
    r"(?:[Tt]he\s*|THE\s*|our\s+)?[\"\u201c]?(?:the\s+)?(?:Company|Issuer|Corporation|Registrant|Trust|"
    r"Bank|Partnership|Parent|Fund{guarantor}|COMPANY|ISSUER|CORPORATION|REGISTRANT)"
    r"(?:[\"\u201d]|\))"
)
# ... also where the company's form alone says what it is: "Quillon N.V., a naamloze
# vennootschap (the Company)".
_ISSUER_DEFINED = re.compile(
    # (careless copies: "counsel Legends Group, Inc.., a Nevada corporation", "INC. , a ...")
    rf"\b(?:of|to|for|by|counsel)\s+{_NAME}\.?\s*,?\s+an?\s+((?:[A-Z][\w.]*\s+){{0,4}}?)(?i:{_ENTITY})"
    r"[^()]{0,40}\(" + _DEFINED_AS.format(guarantor="|Guarantor")
)
# 'Acme Corp., a Delaware corporation (the "Company"), has asked ...': the letter opens with it.
_ISSUER_OPENING = re.compile(
    rf"^{_NAME},?\s+an?\s+((?:[A-Z][\w.]*\s+){{1,4}}?){_ENTITY}[^()]{{0,40}}\("
    + _DEFINED_AS.format(guarantor="")
)
# '... filed by Acme Corp. (the "Company")', 'We have advised Acme Corp. (the "Registrant")':
# the client, called "the Company", no jurisdiction; or 'counsel to Acme Corp. ("you")'; or
# 'counsel to the Quillon Gold Trust (the "Trust")'.
_ISSUER_CALLED = re.compile(
    rf"\b(?:of|to|for|by|advised|assisted|represented|counsel\s+(?:to|for)\s+the)\s+{_NAME},?"
    r"\s+\((?:"
    rf"{_DEFINED_AS.format(guarantor='')}|"
    r"[\"\u201c]you[\"\u201d]\))"
)
# '... to Pellucid Optics Ltd. (Company No. 1234) a company limited by shares organized under the
# laws of the State of Freedonia (the "Company")': the defined term stands after the place, which
# is no client.
_ISSUER_LAWS_CALLED = re.compile(
    rf"\b(?:of|to|for|by)\s+{_NAME},?(?:\s+\([^()]{{1,40}}\))?{_REG_NO},?\s+an?\s+"
    # (with the company's form in its own words between: "(naamloze vennootschap)", "(sociedad
    # anonima bursatil de capital variable)")
    rf"(?:[^()]|\([^()]{{1,80}}\)){{0,160}}?{_ORGANISED_IN}"
    r"([A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+){0,2})"
    # (and the term the letter gives the place: '... the United Mexican States ("Mexico")')
    r"(?:\s*\([\"\u201c][^()]{1,40}[\"\u201d]\))?"
    # (and what it does, before the term: "... of Utah which, through its subsidiaries, owns
    # and works quarries in Utah and Nevada (the "Company")")
    r"(?:,?\s+(?:which|that|whose)\b[^()]{0,250}?)?,?\s*\("
    rf"{_DEFINED_AS.format(guarantor='')}"
)
# '... filed by Quillon Ridge N.V., a public company with limited liability (naamloze
# vennootschap), organized under the laws of the Netherlands ("Quillon")': a company defined by
# the first word of its own name.
_ISSUER_OWN_TERM = re.compile(
    rf"\b(?:of|to|for|by)\s+{_NAME},?\s+an?\s+[^()]{{0,100}}?(?:\([^()]{{0,40}}\)[^()]{{0,80}}?)?"
    r"\((?:the\s+)?[\"\u201c]([A-Z][\w&-]*)[\"\u201d]\)"
)
_DESCRIBED_IN = re.compile(
    rf",?\s+an?\s+[^();]{{0,100}}?{_ORGANISED_IN}([A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+){{0,2}})"
)
"""The description after a client's defined term, naming where it is organised."""
_UNDER_LAWS = re.compile(rf"{_ORGANISED_IN}([A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+){{0,2}})")
# 'Acme Widgets Corp., a Delaware corporation ("Acme"), and ...': the letter opens with its
# client, defined by the first word of its name.
_ISSUER_SHORT = re.compile(
    rf"^{_NAME},?\s+an?\s+((?:[A-Z][\w.]*\s+){{1,4}}?){_ENTITY}\s*\("
    r"(?:the\s+)?[\"\u201c]([A-Z][\w&-]*)"
)
# A heading line, or its "Re:" line, naming the client: 'Re: Quillon Ridge Ltd. (the "Company")',
# "Quillon Ridge Ltd. (the Company)".
_LINE_NAME = _NAME.replace(r"\s+", r"[ \t]+")  # a name on one line
# An offshore letter puts the company's register number between: "Quillon Group Limited,
# Company Number 12345 (the Company)"; a numbered opinion may open with the name: "1. QUILLON,
# INC. (the "Company") is ...".
_CALLED_LINE = re.compile(
    rf"(?m)^(?:[Rr][Ee](?:\s*:\s*|\s+){_NAME}|(?:\d{{1,2}}\.[ \t]+)?{_LINE_NAME}),?"
    r"(?:[ \t]+(?:[Cc]ompany|[Rr]egistration|[Rr]egistered)[ \t]+(?:[Nn]umber|[Nn]o\.?)[ \t]*:?"
    r"[ \t]*[\w-]+)?[ \t]*\(" + _DEFINED_AS.format(guarantor="")
)
# "Form S-3", "FORM S-3", "form s-3", "Form S-3 ASR": letters write the form in any case.
_REG_FORM = re.compile(
    r"(?i)\bforms?\s+([SF]-\d{1,2}(?:\s?(?:ASR|MEF))?|SB-\d|8-K|10-K|S-8\s*POS|POS\s+AM|"
    r"N-\d{1,2}A?|10(?:-12[BG])?(?![-\w]))\b"
)
"""... and "Form 10", a spin-off's registration under the Exchange Act (not "Form 10-Q")."""
# "File No. 333-12345", "Registration No. 333-12345", "(No. 333-12345)", "File Number 333-..."
_FILE_NO = re.compile(
    r"(?:\b(?:File|Registration(?:\s+Statement)?|Reg\.|Commission\s+File)\s+(?:Nos?\.?|Numbers?)"
    r"|\(Nos?\.)"
    r":?\s*((?:333|33|2)-\d{3,6}(?:-\d{1,3})?|\d{3}-\d{3,6}(?:-\d{1,3})?)"
)
_SECURITY_WORDS = [
    ("preferred", r"\bpreferred\s+(?:stock|shares|securities)\b|\bdepositary\s+shares\b"),
    ("guarantee", r"\bguarantees?\b"),
    ("warrant", r"\bwarrants\b"),
    ("unit", r"\bunits\b"),
    ("right", r"\brights\s+(?:to\s+purchase|offering)\b|\bsubscription\s+rights\b"),
    ("debt", r"\b(?:senior|subordinated)?\s*(?:notes|debentures|bonds|debt\s+securities)\b"),
    ("equity", r"\b(?:common\s+(?:stock|shares)|ordinary\s+shares|shares)\b"),
]
_DEFINED = re.compile(
    r"\((?:collectively,\s+)?(?:the\s+)?[\"\u201c]([A-Z][\w -]{1,40})[\"\u201d]"
    r"(?:\s+and,?\s+together\s+with\b[^()]{1,300})?\)"
)
"""A defined term in its parenthesis, the last of a list's too: "(the "Units" and, together with
the Debt Securities and the Warrants, the "Securities")"."""
_LAWS = [
    (
        r"general\s+corporation\s+law\s+of\s+the\s+state\s+of\s+delaware|delaware\s+general\s+"
        r"corporation\s+law|\bdgcl\b",
        "Delaware General Corporation Law",
    ),
    (
        r"maryland\s+general\s+corporation\s+law|general\s+corporation\s+law\s+of\s+the\s+state\s+of"
        r"\s+maryland",
        "Maryland General Corporation Law",
    ),
    (
        r"federal\s+(?:income\s+tax\s+)?laws?\s+of\s+the\s+united\s+states|united\s+states\s+federal",
        "United States federal law",
    ),
]
_STATE_LAW = re.compile(
    r"laws?\s+of\s+(?:the\s+)?(?:(?:State|Commonwealth|Republic|Kingdom|Province|Islands?|"
    r"Grand\s+Duchy|Bailiwick)\s+of\s+)?"
    r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
_STATUTE = re.compile(
    rf"\b(?:{alternation(US_STATES)})\s+(?:Revised\s+Statutes|(?:Revised\s+)?Business\s+"
    r"Corporation\s+Act|Business\s+Organizations\s+Code|Corporations?\s+Code|Limited\s+"
    r"Liability\s+Company\s+(?:Act|Law)|Revised\s+Uniform\s+Limited\s+Partnership\s+Act|Statutory\s+Trust\s+Act|"
    r"(?:Business|General)\s+Corporation\s+Law)"
)
"""A state's statute named as the law covered ("the Colorado Business Corporation Act", "the New
York Business Corporation Law")."""
_STATUTE_OF_STATE = re.compile(
    r"\b(Business|General)\s+Corporation\s+Law\s+of\s+the\s+(?:State|Commonwealth)\s+of\s+"
    rf"({alternation(US_STATES)})\b"
)
"""The same named after its state ("the General Corporation Law of the State of Ohio")."""
_NOT_PLACES = {"The", "Any", "Such", "United", "General", "Federal", "Delaware General"}


@dataclass
class Facts:
    """What the importer could read about a letter; None where the letter does not say."""

    date: dt.date | None = None
    firm: str | None = None
    addressee: str | None = None
    issuer: str | None = None
    jurisdiction: str | None = None
    exhibit: str | None = None
    document: str = "other"
    registration_form: str | None = None
    form: str | None = None
    file_number: str | None = None
    securities: list[tuple[str, str]] = field(default_factory=list)
    amounts: dict[str, str] = field(default_factory=dict)
    """The principal amount or number of each security type, where the letter states it."""
    laws: list[str] = field(default_factory=list)
    doubtful: list[str] = field(default_factory=list)
    """Facts found but doubted, or emptied because they cannot be right, each with why."""
    cue: dict[str, str] = field(default_factory=dict)
    """Which wording a fact was read from, where there are several ways ("issuer": "defined")."""
    parts: dict[str, str] = field(default_factory=dict)
    """The letter's parts the facts are read from: EDGAR header, heading, signature ..."""
    domains: list[str] = field(default_factory=list)
    """The web and e-mail domains of the letterhead and signature ("marrowpike.com")."""
    rival: tuple[str, int] | None = None
    """Another company the letter names often near its top, and how often (companies.py)."""

    @property
    def missing(self) -> list[str]:
        """The facts a reviewer must fill in or mark as not stated. The registration form is
        among them: most filed opinions name it, and one not found is more often missed by the
        importer (an 8-K takedown, a post-effective amendment) than absent from the letter. So
        are the securities and the laws covered, which nearly every letter states, and the
        issuer's jurisdiction once the issuer is found."""
        wanted = ["date", "firm", "addressee", "issuer", "exhibit", "registration_form"]
        missing = [name for name in wanted if getattr(self, name) is None]
        if self.issuer and not self.jurisdiction:
            missing.append("jurisdiction")
        return missing + [name for name in ("securities", "laws") if not getattr(self, name)]


def read_facts(text: str, clauses: Sequence[tuple[str, str]]) -> Facts:
    """The facts of a letter from its text and its typed clauses [(type, text), ...]."""
    by_type: dict[str, str] = {}
    for ctype, ctext in clauses:
        by_type[ctype] = by_type.get(ctype, "") + ctext
    heading = by_type.get("heading", "")
    engagement = by_type.get("engagement", "")
    header = text[: header_end(text)]  # EDGAR's index line names the exhibit and often the firm
    signature = by_type.get("signature", "") or _signed_at_end(text)
    facts = Facts()
    facts.date = find_date(heading)
    furniture = by_type.get("page-furniture", "")
    if facts.date is None and (signed := find_date(signature)):
        facts.date, facts.cue["date"] = signed, "signature"
    repeated = find_date(furniture)
    if facts.date is None and repeated:
        # a copy that lost the date line may keep it in a later page's running head
        facts.date, facts.cue["date"] = repeated, "later pages"
    elif facts.date and repeated and repeated != facts.date:
        # a running head kept from an earlier draft, or a date line mistyped
        facts.doubtful.append(
            f"date: the letter is dated {facts.date.isoformat()}, but a later page's header "
            f"says {repeated.isoformat()}"
        )
    if facts.date is None and (slip := impossible_date(heading)):
        facts.doubtful.append(f"date: the letter is dated '{slip}', a day no calendar has")
    facts.addressee = _addressee(heading)
    _read_issuer(facts, text, "\n".join((header, heading, engagement)), engagement, heading)
    _read_firm(facts, text, header, heading or text[:600], signature, furniture)
    if facts.issuer:
        facts.rival = rival(text, facts.issuer, facts.firm)
    facts.parts = {
        "header": header,
        "heading": heading,
        "engagement": engagement,
        "signature": signature,
    }
    exhibit = _EXHIBIT.search(header + heading)
    facts.exhibit = exhibit.group(1) if exhibit else None
    consent = " ".join(by_type.get("consent", "").split())
    if facts.exhibit is None and (filed := _FILED_AS.search(consent)):
        # "We consent to the filing of this opinion as Exhibit 5.1 to the Registration
        # Statement": a letter with no exhibit line says which exhibit it is there
        facts.exhibit, facts.cue["exhibit"] = filed.group(1), "consent"
    facts.document, facts.cue["document"] = _document(facts.exhibit, by_type, text)
    # The engagement names the form; failing that, the "Re:" line or any other sentence does.
    for where, part in (("engagement", engagement), ("heading", heading), ("letter", text)):
        form = _REG_FORM.search(part)
        if form:
            facts.registration_form = re.sub(r"\s+", "", form.group(1)).upper()
            facts.cue["registration_form"] = where
            break
    number = _FILE_NO.search(text)
    facts.file_number = number.group(1) if number else None
    facts.form = _filed_with(by_type.get("consent", ""), facts.registration_form, text)
    facts.securities, facts.cue["securities"] = _securities(engagement)
    facts.amounts = _amounts(engagement, facts.securities)
    facts.laws = _laws(by_type.get("limitation-jurisdiction", ""))
    if facts.document == "tax-opinion":
        # a tax letter names its law as the bank's tax letters record it, and often in the
        # opinion itself ("under current United States federal income tax law")
        said = by_type.get("opinion-tax", "") + " " + by_type.get("limitation-jurisdiction", "")
        tax_law = _TAX_LAW.search(" ".join(said.split()))
        facts.laws = [law for law in facts.laws if law != "United States federal law"]
        if tax_law:
            facts.laws.insert(0, "United States federal income tax law")
    return facts


_TAX_LAW = re.compile(
    r"(?i)\b(?:(?:united\s+states|u\.\s?s\.)\s+)?federal\s+income\s+tax\s+(?:laws?|purposes|"
    r"consequences)\b|\binternal\s+revenue\s+code\b"
)
"""A tax letter's law: the United States federal income tax law, however it says so."""


def _read_issuer(facts: Facts, text: str, top: str, engagement: str, heading: str) -> None:
    """The issuer: from the engagement or a heading line calling it "the Company"; else the
    addressee, when the engagement speaks to "you"; else from the letter's opening; else a
    company the letter is addressed to, doubted (an Exhibit 5 letter is most often addressed
    to its issuer, but not always)."""
    facts.issuer, facts.jurisdiction, facts.cue["issuer"] = _issuer_in(engagement, top)
    addressed_to_issuer = re.search(
        r"\b(?:counsel\s+(?:to|for)\s+you|your|(?i:you)\s+have\s+(?:requested|asked))\b", engagement
    )
    if facts.issuer is None and addressed_to_issuer and _COMPANY_NAME.search(facts.addressee or ""):
        facts.issuer, facts.cue["issuer"] = facts.addressee, "addressee"
    if facts.issuer is None:  # an engagement sentence not recognised as one
        facts.issuer, facts.jurisdiction, facts.cue["issuer"] = _issuer(text[:4000])
    if facts.issuer is None and (state := _sovereign(" ".join(text.split()))):
        facts.issuer, facts.cue["issuer"] = state, "sovereign"
    if facts.issuer is None and (short := _short_named(engagement, text[:4000])):
        facts.issuer, facts.cue["issuer"] = short, "short name"
    if facts.issuer is None and (called := _defined_clients(text[:4000])):
        facts.issuer, facts.cue["issuer"] = called[0], "line"  # a "Company:" block, say
    if facts.issuer is None and (owner := _securities_of(text)):
        facts.issuer, facts.cue["issuer"] = owner, "securities of"
    if facts.issuer is None and (holding := _HOLDING_COMPANY.search(" ".join(text[:4000].split()))):
        facts.issuer, facts.cue["issuer"] = holding.group(1).strip(" ,"), "holding company"
    if facts.issuer is None and (company := _addressed_company(facts.addressee, heading)):
        facts.issuer, facts.cue["issuer"] = company, "only the addressee"
    if facts.issuer:  # "The respective Boards of Directors of Quillon Bank and ...": the bank
        facts.issuer = _BOARD_OF.sub("", facts.issuer)
    if survivor := acquirer(text[:6000], facts.issuer):  # the issuer found is a merger's target
        facts.issuer, facts.jurisdiction, facts.cue["issuer"] = survivor, None, "merger"
    if facts.issuer and (parent := bank_holding_company(text, facts.issuer)):
        facts.issuer, facts.jurisdiction, facts.cue["issuer"] = parent, None, "bank's holding"
    if facts.issuer and (trust := _sponsored_trust(text[:4000], heading, facts.issuer)):
        facts.issuer, facts.jurisdiction, facts.cue["issuer"] = trust, None, "sponsor's trust"
    if facts.issuer and (spun := _spun_off(engagement, text, facts.issuer)):
        facts.issuer, facts.jurisdiction, facts.cue["issuer"] = spun, None, "filed by"
    if facts.issuer and (trust := _trust_issuing(engagement or text[:4000], text, facts.issuer)):
        facts.issuer, facts.jurisdiction, facts.cue["issuer"] = trust, None, "trust's securities"
    if facts.issuer and (full := defined_name(text[:6000], facts.issuer)):
        facts.issuer = full  # "Acquiring Fund": the short name a letter gave a company
    if facts.issuer:  # "Introduction.Tessaly Fund, L.P.": a heading glued on in extraction
        facts.issuer = _COMPANY_NUMBER.sub("", _GLUED_HEADING.sub("", facts.issuer))
        facts.issuer = _SECURITY_OF.sub("", _PROGRAM_OF.sub("", facts.issuer))
        # "Meridian Platinum Trust - Registration Statement on Form S-1" (a dash of any
        # length): a subject line's name, the subject after it
        facts.issuer = _SUBJECT_AFTER.split(facts.issuer)[0]
        # a subject line in capitals ("TAVISTOCK AEROSPACE PLC (THE "COMPANY")"): the name as
        # the address block writes it, where it does (else as given: "ACME" may be its name)
        if _MC.sub("", facts.issuer).isupper():
            facts.issuer = _in_mixed_case(facts.issuer, text) or facts.issuer


def _sovereign(flat: str) -> str | None:
    """A state issuing its own debt, named with the term the letter gives it ("the Republic of
    Arvenia (the "Republic")", "the State of Israel ("Israel")", "the Province of Ontario
    ("Ontario")") and said to issue, sign or owe under that term ("executed and delivered by
    the Republic", "obligations of Israel"): a state's legal adviser writes of no company. A
    country named only for its law ("the People's Republic of China (the "PRC")") is none."""
    for m in _SOVEREIGN.finditer(flat[:_SOVEREIGN_NAMED_WITHIN]):
        terms = "|".join(re.escape(t) for t in m.group(2, 3) if t)
        if re.search(_SOVEREIGN_ACTS.format(term=f"(?:{terms})"), flat):
            return m.group(1)
    return None


_SOVEREIGN_NAMED_WITHIN = 4000
"""How far into the letter a state's name and term are looked for: its engagement; what the state
does under the term may be said anywhere."""
_SOVEREIGN = re.compile(
    r"\b((?:(?:Federative|Hellenic|Italian|Argentine|Oriental)\s+)?"
    r"Republic\s+of\s+(?:the\s+)?[A-Z][\w\u00c0-\u017f]+|"
    r"Rep[u\u00fa]blica\s+(?:Oriental\s+del\s+|de\s+)?[A-Z]\w+|Kingdom\s+of\s+[A-Z]\w+|"
    r"State\s+of\s+Israel|United\s+Mexican\s+States|Province\s+of\s+[A-Z]\w+)\s+"
    r"\((?:the\s+)?[\"\u201c]([A-Z][\w\u00c0-\u017f]+)[\"\u201d]"
    r"(?:\s+or\s+(?:the\s+)?[\"\u201c]([A-Z][\w\u00c0-\u017f]+)[\"\u201d])?"
)
_SOVEREIGN_ACTS = (
    # (not "the securities laws of Arvenia": the state's law, not its debt)
    r"\b(?:obligations?|debt|bonds|notes|securities)\s+(?:(?!laws?\b|regulations?\b)[\w-]+\s+)"
    r"{{0,3}}of\s+(?:the\s+)?"
    r"{term}\b|\b(?:issued|executed|delivered|authori[sz]ed|sold)\s+by\s+(?:the\s+)?{term}\b|"
    r"\b{term}['\u2019]s\s+(?:[\w-]+\s+){{0,3}}(?:bonds|notes|debt|securities|warrants|"
    r"offering|issuance)\b|\bissuance\s+by\s+(?:the\s+)?{term}\b|"
    r"\b{term}[\"\u201d]?\)?\s+(?:proposes?|intends?|is\s+to)\s+(?:to\s+)?issue\b"
)


def _sponsored_trust(text: str, heading: str, issuer: str) -> str | None:
    """A unit investment trust's letter is addressed to its sponsor ("... Trust 79 (the
    "Massachusetts Trust") sponsored by Quillon Markets Inc. (the "Sponsor")", "counsel to you
    as Sponsor of the Arizona Trust"): the trust its "Re:" line names is the issuer, not the
    sponsor the issuer was read as."""
    flat = " ".join(text.split())
    sponsor = _SPONSOR.search(flat)
    if not sponsor:
        return None
    named = sponsor.group(1)
    if named and firm_key(named) != firm_key(issuer):
        return None
    # (a "Re:" alone on its line has its subject on the next)
    # (blanks within the line only: "[\s|]*" from every line's start ran on over all the blank
    # lines below it - seconds for a heading of many)
    joined = re.sub(r"(?m)^([ \t|]*(?:Re|RE)[ \t]*:)[ \t|]*\n", r"\1 ", heading)
    for line in joined.splitlines():
        subject = re.match(r"[\s|]*(?:Re|RE)\s*:\s*(.{5,160}?)[\s|]*$", line)
        if subject and re.search(r"\b(?:Trust|Fund)\b", subject.group(1)):
            name, _, series = subject.group(1).strip(" ,.").partition(", ")
            # several of the series at once ("Quillon Securities Trust, Ohio Trust 12, Iowa
            # Trust 40 and ..."): the trust they are series of
            return name if re.search(r",| and ", series) else subject.group(1).strip(" ,.")
    return None


def _spun_off(engagement: str, text: str, issuer: str) -> str | None:
    """A spin-off's tax letter is the parent's counsel's, on a registration statement on Form 10
    "filed by SpinCo": the company that files it, defined by a short name, is the issuer of the
    shares distributed, not the parent named as the client."""
    flat = " ".join(engagement.split())
    filed = _FILED_BY.search(flat)
    if not filed:
        return None
    named = defined_name(text[:6000], filed.group(1)) or filed.group(1)
    if " " not in named or firm_key(named) == firm_key(issuer):
        return None
    return named


_FILED_BY = re.compile(
    r"\bRegistration\s+Statement\s+on\s+Form\s+10(?:-12[BG])?\s+(?:to\s+be\s+)?filed\s+by\s+"
    r"(?:the\s+)?([A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,5})"
)
"""The company filing a spin-off's Form 10, by name or by its short name ("filed by SpinCo")."""


def _trust_issuing(engagement: str, text: str, issuer: str) -> str | None:
    """A trust the engagement names beside its parent or sponsor and calls "the Trust", whose
    own securities the letter is on ("units of beneficial interest in the Trust", "the Trust's
    preferred securities", "undivided beneficial interests in the assets of the Trust"), said
    there or further on: the trust issues them, not the company read as the client."""
    if re.search(r"\bTrust\b", issuer):
        return None
    named = _TRUST_NAMED.search(" ".join(engagement.split()))
    if not named:
        return None
    flat = " ".join(text[:_TRUST_SECURITIES_WITHIN].split())
    return named.group(1) if _OF_THE_TRUST.search(flat) else None


_TRUST_SECURITIES_WITHIN = 8000
"""How far into the letter its trust's own securities are looked for: a Delaware trust
counsel's letter names them only in its list of documents and its opinions."""


TRUST_NAME = (
    r"(?:[A-Z][\w&.'\u2019-]{0,40}+\s+){1,6}Trust(?:\s+(?:[IVX]{1,4}|\d{4}-\d{1,2}|\d{1,3}))?"
)
"""A trust's name: "Harrow Capital Trust II", "Fenwick Point Receivables Trust 2019-1". Each word
is taken whole and is at most 41 characters: a run of "Aa.Aa.Aa..." is no name, and must not be
read to its end again from each of its capitals (30 s for 60,000 characters)."""
_TRUST_NAMED = re.compile(
    rf"\b({TRUST_NAME}),?\s+"
    r"(?:an?\s+(?:[A-Z][a-z]+\s+)?(?:statutory\s+|business\s+)?trust\b[^()]{0,80}?)?"
    r"\((?:the\s+)?[\"\u201c]Trust[\"\u201d]\)"
)
"""A trust named and called "the Trust" ("Selkirk Basin Royalty Trust, a trust formed under the
laws of the State of Texas (the "Trust")")."""
_OF_THE_TRUST = re.compile(
    r"\b(?:units|certificates|(?:preferred|capital|trust)\s+securities|interests?)\s+"
    r"(?:of\s+beneficial\s+interest\s+|representing\s+(?:undivided\s+)?(?:beneficial\s+)?"
    r"interests?\s+)?(?:of|in)\s+(?:the\s+assets\s+of\s+)?the\s+Trust\b|"
    r"\bthe\s+Trust['\u2019]s\s+(?:[\w-]+\s+){0,2}(?:securities|units|certificates)\b|"
    r"\b(?:issued|sold|offered)\s+by\s+the\s+Trust\b"
)
"""The trust's own securities, after its name."""


_SPONSOR = re.compile(
    r"\bsponsored\s+by\s+((?:[A-Z][\w.&'\u2019-]*\s+){1,6}?(?:Inc|LLC|Corporation|Company)\.?)"
    r"\s*\((?:the\s+)?[\"\u201c]?(?:Sponsor|Depositor)[\"\u201d]?\)|"
    r"\bas\s+(?:the\s+)?(?:Sponsor|Depositor)\b()"
)
"""The client named as a unit trust's sponsor or depositor ("counsel to you as Sponsor of ...")."""
_SECURITY_OF = re.compile(
    r"^(?i:(?:shares\s+of\s+)?(?:(?:common|preferred|capital|ordinary)\s+(?:stock|shares)|"
    r"units|notes)\s+of\s+)(?=[A-Z])"
)
"""The securities named before their issuer ("Common Stock of Quillon Power Corporation"): no
part of the issuer's name."""


_BOARD_OF = re.compile(
    r"^(?:(?:The\s+)?(?:Respective\s+)?Boards?\s+of\s+)?Directors\s+of\s+(?:the\s+)?(?=[A-Z])"
)
"""The company's board, read with its name ("Directors of Quillon Bank"): no part of the name."""
_GLUED_HEADING = re.compile(r"^[A-Z][a-z]{3,}\.(?=[A-Z])")
_PROGRAM_OF = re.compile(r"^(?:[\w-]+\s+){1,4}Program\s+of\s+(?=[A-Z])")
"""A programme named before its issuer ("Medium-Term Note Program of Quillon Partners LP"): no
part of the issuer's name."""
_COMPANY_NUMBER = re.compile(r",?\s+\(?A[BC]N:?\s+\d{2,3}(?:\s+\d{3}){2,3}\)?$")
"""An Australian company's registered number after its name ("Tessaly Limited ACN 009 212 328"):
no part of the name."""


_HOLDING_COMPANY = re.compile(
    # (mergers' name of eight words at most, from a word's start: this module's `_NAME` runs on
    # over every word in capitals of a long line, and was tried from each)
    rf"{NAME_PATTERN},?\s+(?:an?\s+[^()]{{0,80}}?)?\((?:the\s+)?[\"\u201c]?(?:Stock\s+)?"
    r"Holding\s+Company[\"\u201d]?\)"
)
"""'Tessaly Bancshares, Inc. (the "Holding Company")': in a savings institution's conversion the
new holding company issues the stock, though the letter (a state tax opinion, often) names no
client."""


def _short_named(engagement: str, text: str) -> str | None:
    """The client an engagement names by a short name the letter gave it before ("counsel to
    Tessaly", "Tessaly's counsel"): the company name defined as it ('Tessaly Northwest Bancorp
    ("Tessaly")')."""
    flat = " ".join(engagement.split())
    client = _BY_SHORT_NAME.search(flat)
    if not client:
        return None
    return defined_name(text, client.group(1) or client.group(2))


def defined_name(text: str, term: str) -> str | None:
    """The company a short name the letter defined stands for ('Tessaly Northwest Bancorp
    ("Tessaly")' for "Tessaly", 'Quillon Growth Fund ("Acquiring Fund")' for "Acquiring
    Fund"), or None when the letter defines no company as `term`."""
    if not re.search(rf"[\"\u201c]{re.escape(term)}[\"\u201d]", text):  # not quoted at all
        return None
    defined = re.compile(
        rf"{_NAME},?\s+(?:an?\s+[^()]{{0,80}}?)?\((?:the\s+)?[\"\u201c]{re.escape(term)}[\"\u201d]\)"
    )
    for m in defined.finditer(" ".join(text.split())):
        name = m.group(1).strip(" ,")
        if name != term and _COMPANY_NAME.search(name):
            return name
    return None


_BY_SHORT_NAME = re.compile(
    r"\bcounsel\s+(?:to|for)\s+([A-Z][a-z]\w+)(?=\s+in\s+connection|,|\.)|"
    r"\bas\s+([A-Z][a-z]\w+)[\u2019']s\s+(?:[\w-]+\s+)?counsel\b"
)


def _read_firm(
    facts: Facts, text: str, header: str, heading: str, signature: str, furniture: str
) -> None:
    """The firm: from the signature, letterhead or EDGAR's header (see find_firm); else a
    lawyer signing a letter written as "I"; else the legal notice of its page footers; else the
    header of its later pages (in `furniture`). Not found, with a domain the letter gives, it
    is told to the reviewer."""
    clients = [n for n in (facts.issuer, facts.addressee) if n]
    facts.firm = find_firm(header, heading, signature, text, clients)
    if facts.firm and signature.strip() and (other := _letterhead_differs(facts.firm, heading)):
        facts.doubtful.append(
            f"firm: the letterhead names {other}, but the letter is signed {facts.firm}: which "
            "firm gave it?"
        )
    # the top of the letter too: a letterhead's e-mail line typed as part of the engagement
    facts.domains = letter_domains("\n".join((header, heading, signature, text[:_TOP])))
    if facts.firm is None and (lawyer := _own_name(signature, text)):
        facts.firm, facts.cue["firm"] = lawyer, "own name"
    if facts.firm is None and (lawyer := _lawyer_letterhead(header + "\n" + heading, text)):
        facts.firm, facts.cue["firm"] = lawyer, "lawyer's letterhead"
    if facts.firm is None and (lawyer := _in_house(header + "\n" + heading, header, text)):
        facts.firm, facts.cue["firm"] = lawyer, "in-house"
    if facts.firm is None and (noticed := notice_firm(text, clients)):
        facts.firm, facts.cue["firm"] = noticed, "notice"
    if facts.firm is None and (named := _self_named(text[:_NAMED_REACH])):
        facts.firm, facts.cue["firm"] = named, "names itself"
    if facts.firm is None:
        _firm_on_later_pages(facts, furniture, clients)
    if facts.firm is None and facts.domains:
        facts.doubtful.append(
            f"firm: not found; the letter gives the domain '{facts.domains[0]}', "
            "but no name in it that the domain spells"
        )


def _letterhead_differs(firm: str, heading: str) -> str | None:
    """Another firm's name in the letterhead than the one the letter is signed with (the
    letterhead of one firm over another's signature: a template reused, or two firms' letters
    run together), or None when they agree or the letterhead names no firm."""
    if f" {firm_key(firm)} " in f" {firm_key(_above_date(heading))} ":
        return None  # the letterhead spells the signer's name: read no firm from it again
    named = find_firm("", heading, "", "")
    if not named or not looks_like_firm(named):
        return None
    ours, theirs = firm_key(firm), firm_key(named)
    return None if ours in theirs or theirs in ours else named


def _firm_on_later_pages(facts: Facts, furniture: str, clients: Sequence[str]) -> None:
    """A letter whose letterhead is an image may print the firm's name only in the header of
    its later pages ("Marrow Pike & Tull, llp / Calder Fund / Page 2"): the name there that the
    letter's domain spells, told to the reviewer as found there."""
    domains = [*facts.domains, *letter_domains(furniture)]
    if name := name_spelling(furniture, domains, clients):
        facts.firm, facts.cue["firm"] = name, "later pages"


_TOP = 1500
"""How much of a letter's start is searched for its domains, whatever its clauses' types."""
_NAMED_REACH = 4000
"""How much of a letter's start is searched for a firm naming itself in its own words (a tax
letter names the firm an officer's certificate is delivered to in its second paragraph)."""


def _signed_at_end(text: str) -> str:
    """A letter with no signature typed as one ("... use of our name. /s/ MARROW & PIKE San
    Diego, California June 3, 2001"): its last "/s/", near the end, to the end."""
    at = text.rfind("/s/")
    return text[at:] if at >= 0 and len(text) - at < _SIGNED_WITHIN else ""


_SIGNED_WITHIN = 400
"""How near the end a letter's last "/s/" must be to be its signature."""


def find_date(text: str) -> dt.date | None:
    """The first full date written out in words ("March 12, 2004", "27 May 2022")."""
    found = []
    for m in _DATE_US.finditer(text):
        found.append((m.start(), m.group(1), m.group(2), m.group(3)))
    for m in _DATE_UK.finditer(text):
        found.append((m.start(), m.group(2), m.group(1), m.group(3)))
    for _, month, day, year in sorted(found):
        try:
            return dt.date(int(year), _month_number(month), int(day))
        except ValueError:
            continue
    return None


def _month_number(month: str) -> int:
    """1 for "January" or "Jan.", 9 for "Sept." ..."""
    return _MONTH_STARTS.index(month.lower()[:3]) + 1


_MONTH_STARTS = [m[:3] for m in _MONTHS]


def impossible_date(text: str) -> str | None:
    """The first date written out in words that no calendar has ("February 30, 2021"), as
    written: a typing slip a reviewer must settle, not a letter without a date."""
    for m in sorted([*_DATE_US.finditer(text), *_DATE_UK.finditer(text)], key=lambda m: m.start()):
        if find_date(m.group()) is None:
            return " ".join(m.group().split())
    return None


def _dated(line: str) -> bool:
    """Whether a line holds a date written out in words, one that exists or not."""
    return bool(_DATE_US.search(line) or _DATE_UK.search(line))


def find_firm(
    header: str, heading: str, signature: str, text: str, clients: Sequence[str] = ()
) -> str | None:
    """The signing firm: from the signature, else the letterhead, else the EDGAR header.

    In the heading only the lines above the date count: below it is the addressee. A name that
    is the client's (the issuer or the addressee, given in `clients`, or a name the letter
    calls "the Company") is never counsel's: an offshore letter's client block above the date,
    or a client named under "Yours faithfully", is passed over for the next candidate. The
    letter's web and e-mail domains choose between candidates (one they spell comes first),
    and find the name they spell where no candidate has the look of a firm's.
    """
    letterhead = _names_rejoined(_table_free(_unspaced(_above_date(heading))))
    top = _unspaced(_above_date(header))  # a letter flattened to one line: its letterhead
    domains = letter_domains(header + heading + signature + text[:_TOP])
    clients = [*clients, *_defined_clients(header + heading)]
    client_keys = {firm_key(c) for c in clients}
    # a name over the words of the profession is a firm's, "PLC" and all ("PUGH HALE PLC" over
    # "ATTORNEYS AND COUNSELORS")
    lines = [line for line in letterhead.splitlines() if line.strip()]
    professional = _above_profession(lines)
    # and so is the name signed with "/s/": no company signs counsel's letter
    signed = {firm_key(m.group(1)) for m in _SIGNED_NAME.finditer(signature)}
    names = [
        name
        for name in (
            _clean_firm(c, domains, c == professional or firm_key(c) in signed)
            for c in [*_firm_candidates(letterhead, top, signature), *_opinion_of(heading)]
        )
        if name and firm_key(name) not in client_keys
    ]
    if again := _signed_as_letterhead(lines, signature, client_keys):
        names = [again, *names]
    ranked = [n for n in names if spells(n, domains)] + names
    near = "\n".join((header[:_NEAR], heading[:_NEAR], signature[-_NEAR:]))
    spelled = None if ranked else name_spelling(near, domains, clients)
    if ranked or spelled:
        return _fullest(_best_spelling(ranked[0] if ranked else str(spelled), text), text)
    bare = _bare_name(letterhead + "\n" + top, signature, client_keys)
    if not bare or firm_key(bare) in client_keys:
        return None
    return _fullest(_best_spelling(bare, text), text)


def _signed_as_letterhead(
    letterhead: Sequence[str], signature: str, client_keys: set[str]
) -> str | None:
    """A name printed at the head of the letter and signed again below it ("HOEKSTRA VAN DER
    LINDEN" / ... / "/s/ Hoekstra van der Linden"; "KESSLER BRANDAUER" / ... / "Kessler Brandauer
    Rechtsanwalte PartG mbB" under the partner who signs) is the firm's, with no legal form or
    "&" to show it - not a firm named in an address block above the date, the client's counsel
    the letter is also sent to. The signature's spelling is kept (it is the fuller)."""
    # (not a partner's own name printed above the date: "MARGARET A. ELLERY" / "Direct Dial";
    # nor an in-house lawyer's title, printed there and under the signature alike)
    named = (line for line in letterhead if not _INITIAL.search(line) and not _TITLE.search(line))
    heads = {k for k in (firm_key(line) for line in named) if len(k) >= 6} - client_keys
    for line in signature.splitlines():
        name = " ".join(re.sub(r"^\s*/s/\s*", "", line).split()).strip(" ,")
        if _CLOSING_LINE.match(name) or _CLOSE.match(name):
            continue  # "Very truly yours," (a letter with no date reads to its end for a head)
        key = firm_key(name)
        if key in client_keys:
            continue
        # the head is the whole name or its first words: a set lookup for each of the first
        # few words, not a pass over every head for every line (both may be long)
        words = key.split()[:_NAME_WORDS]
        if any(" ".join(words[:n]) in heads for n in range(1, len(words) + 1)):
            return name
    return None


_NAME_WORDS = 12
"""The most words of a signed line compared with the letterhead's names."""


_TITLE = re.compile(
    r"(?i)\b(?:counsel|president|officer|secretary|director|partner|associate|chief|esq)\b"
)
"""A lawyer's title ("Vice President and Associate General Counsel"), not a firm's name."""
_INITIAL = re.compile(r"\b[A-Z]\.\s")
"""A middle initial: a person's name ("Margaret A. Ellery"), not a firm's."""
_SIGNED_NAME = re.compile(r"(?m)^[ \t]*/s/[ \t]*(\S[^\n]{0,80}?)[ \t]*$")
"""A name signed with "/s/" on a line of its own ("/s/ Bellweather Stokes PLC")."""
_NEAR = 4000
"""How much of the header, heading and signature is searched for a name a domain spells."""


def _firm_candidates(letterhead: str, top: str, signature: str) -> list[str]:
    """Where a firm may be named, most trusted first: the signature, the letterhead (bracketed,
    with a legal form, a line with "&"), a bracketed letterhead in a flattened letter, and
    EDGAR's description "OPINION OF ..."."""
    letterhead = _CARE_OF.sub("", letterhead)  # the addressee's agent: "c/o Mariner Services Ltd."
    candidates = [_firm_in_signature(signature) or ""]
    # a letter set out as a memo: "To: the client / From: Marrow Pike / Date: ..."
    candidates += [" ".join(m.group(1).split()) for m in _MEMO_FROM.finditer(letterhead)]
    candidates += _above_what_firm(letterhead)
    # a partnership's name over "Attorneys at Law" comes before the names printed beside it (a
    # partner's own "J. Harlow, P.C.")
    professional = _above_profession([line for line in letterhead.splitlines() if line.strip()])
    if professional and re.search(rf"&|\sand\s|\s{_FIRM_SUFFIX}$", professional):
        candidates.append(professional)
    candidates += [m.group(1) or m.group(2) for m in _LETTERHEAD.finditer(letterhead)]
    candidates += [name for m in _FIRM.finditer(letterhead) for name in _each_name(m.group(1))]
    candidates += [line for line in letterhead.splitlines() if _firm_line(line)]
    candidates += [m.group() for m in _LAW_PRACTICE.finditer(letterhead)]
    candidates += [m.group(1) or m.group(2) for m in _LETTERHEAD.finditer(top)]
    for part in (letterhead, top):  # "MARROW & PIKE LOGO"; "MARROW & CO. ADVOCATES", flattened
        candidates += [m.group(1) for m in _LOGO.finditer(part) if "&" in m.group(1)]
        candidates += _names_before_profession(part)
    for part in (top, letterhead):
        of = _OPINION_OF.search(part)
        if of:
            # "TAX OPINION OF MARROW PIKE LAW PA REGARDING CERTAIN FEDERAL INCOME TAX MATTERS"
            named = re.split(r"\s+EX-\d|\s+(?:REGARDING|CONCERNING|AS\s+TO)\s", of.group(1))[0]
            if part[of.end() : of.end() + 1].isalnum():  # cut off inside a word ("& MAR")
                named = named.rsplit(" ", 1)[0]
            candidates.append(named)
    return candidates


_CARE_OF = re.compile(r"(?im)^[ \t|]*c/o\b[^\n]*$")
"""A line of the addressee's block naming who receives its post ("c/o Mariner Corporate Services
Ltd."): a company with a legal form, never the firm."""
_MEMO_FROM = re.compile(
    r"\bFrom:[ \t]*((?:[A-Z][\w&.,'\u2019-]*\s+){0,5}?[A-Z][\w&.,'\u2019-]*)\s*\n\s*Date:"
)


def _opinion_of(heading: str) -> list[str]:
    """ "Opinion of Harlow Vance LLC", a caption anywhere in the heading (below the date too): the
    firm's name with its legal form, the last candidate."""
    return [
        m.group(1)
        for line in heading.splitlines()
        if (m := re.match(rf"\s*(?i:opinion\s+of)\s+({_FIRM.pattern})\s*$", line))
    ]


def _names_before_profession(text: str) -> list[str]:
    """Names with a legal form right before the words of the profession, in a letterhead
    flattened to one line: "R. HALEVY & CO. ADVOCATES AND NOTARIES 23 HAGANA ROAD". Only the
    stretch before each such word is read, so a long letterhead is not scanned for names again."""
    names = []
    for word in _PROFESSION_WORD.finditer(text):
        before = text[max(0, word.start() - _NAME_SPAN) : word.start()].rstrip()
        found = [m for m in _FIRM.finditer(before) if m.end() == len(before)]
        names += [m.group(1) for m in found[-1:]]
    # "CHAMBERLAIN, HRDLICKA, WHITE & MARTIN A PARTNERSHIP OF PROFESSIONAL CORPORATIONS": a
    # partnership's names in capitals, before what kind of firm it is, with no legal form
    names += [m.group(1) for m in _LISTED_OVER_KIND.finditer(text)]
    return names


_LISTED_OVER_KIND = re.compile(
    r"(?<![\w,])([A-Z][A-Z'\u2019-]{1,30}(?:,[ \t]+[A-Z][A-Z'\u2019-]{1,30}){1,6},?[ \t]+&[ \t]+"
    r"[A-Z][A-Z'\u2019-]{1,30})[ \t]+(?=A[ \t]+(?:PARTNERSHIP[ \t]+OF[ \t]+)?PROFESSIONAL[ \t]+"
    r"(?:LAW[ \t]+)?CORPORATIONS?\b)"
)


_PROFESSION_WORD = re.compile(r"(?i)\b(?:advocates|attorneys|solicitors|avocats|lawyers)\b")
_NAME_SPAN = 120
"""How far before the profession's words a firm's name is looked for."""
_LOGO = re.compile(r"([A-Z][A-Z.'\u2019&, -]{3,80}?)[ \t]+(?:LOGO|LETTERHEAD)\b")
"""A letterhead or logo described without brackets: "MARROW PIKE & COE LOGO"."""


def _names_rejoined(letterhead: str) -> str:
    """A name a flattened layout broke over lines, on one line again: after its first comma
    ("PELHAM,\nVANE & WOODROW"), or a logo's stack of words in capitals over its "&" line
    ("TARN\nMcKELLAR\n& ROWE LLP", "HARROWGATE\nPELLAM & VOSS"). Only where the last line is a
    firm's ("&" or a legal form): "BRAMLEY,\nPA 19610", "SAN\nDIEGO, CALIFORNIA" and
    "Galway\nQuill Pumps Limited" (a place above a client's name) stay as they are."""
    letterhead = _EMPTY_LETTERHEAD_OF.sub(
        lambda m: m.group(1) + " ".join(m.group(2).split()), letterhead
    )
    out: list[str] = []
    for line in letterhead.split("\n"):
        if line.lstrip().startswith("&"):
            while out and _STACKED.fullmatch(out[-1]):
                line = out.pop().strip() + " " + line.strip()
        elif _firm_line(line.strip()) and out and _STACKED.fullmatch(out[-1]):
            line = out.pop().strip() + " " + line.strip()  # "ROBINSON" over "BRADSHAW & HINSON"
        elif _ONE_WORD_FIRM.fullmatch(line) and out and _heads(out[-1], line):
            line = out.pop().strip() + " " + line.strip()  # "QXB" over "Harlow LLP (US)"
        if _INITIAL_THEN_NAME.fullmatch(line) and out and _FIRST_NAME.fullmatch(out[-1]):
            line = out.pop().strip() + " " + line.strip()  # "Jackson" over "L. Morris"
        if _FORM_ALONE.fullmatch(line) and out and _STACKED_WORD.fullmatch(out[-1]):
            # "THE\nDOW\nLAW\nFIRM,\nLLC": a logo's name a word a line, its legal form alone
            line = out.pop().strip() + " " + line.strip()
            while out and _STACKED.fullmatch(out[-1]) and len(line.split()) < _STACK_WORDS:
                line = out.pop().strip() + " " + line
        ends_name = "&" in line or bool(_FORM_AT_END.search(line.rstrip(" ,")))
        if out and ends_name and _FIRST_WORDS.fullmatch(out[-1]):
            line = out.pop().strip() + " " + line.strip()
        out.append(line)
    return "\n".join(out)


_EMPTY_LETTERHEAD_OF = re.compile(
    rf"(?i)(\[\s*letterhead\s+of\s*\]\s*\n)((?-i:[A-Z][^\n]{{0,40}}\n){{1,3}}?[^\n]*\s{_FIRM_SUFFIX})(?=\s*\n)"
)
"""A bracket that names no one ("[Letterhead of]") over a name a narrow layout broke over
lines ("Dickstein" / "Shapiro Morin & Oshinsky LLP"): the lines down to its legal form are one."""
_INITIAL_THEN_NAME = re.compile(r"\s*[A-Z]\.[ \t]+[A-Z][a-z'\u2019-]+\s*")
_FIRST_NAME = re.compile(r"\s*[A-Z][a-z]{2,}\s*")
"""A lawyer's name a narrow layout broke after the first name ("Jackson" over "L. Morris")."""
_SELF_NAMED = re.compile(
    rf"\b(?i:opinion|advice|views)[ \t]+of[ \t]+(?:{_FIRM.pattern}|"
    r"((?:[A-Z][\w.'\u2019-]+,?\s+){1,6}&\s+Associates))[ \t]*\([ \t]*[\"\u201c]"
)
"""A letter whose firm names itself, giving itself a short name ("You have requested the opinion
of Harlow & Voss LLP ("Harlow") regarding ..."), where no letterhead or signature names it."""
_ASKED = re.compile(
    rf"(?:^|\n)[ \t]*{_FIRM.pattern}[ \t]*"
    r"(?:\([ \t]*[\"\u201c][^\"\u201d\n]{1,30}[\"\u201d][ \t]*\)[ \t]*)?,?[ \t\n]+"
    r"(?:has|have)[ \t\n]+been[ \t\n]+(?:requested|asked|engaged|retained)\b"
)
"""A letter that opens on the firm in the third person: "Harlow & Voss, LLP ("HV") has been
requested by the Company to ..." (as accounting firms write their tax opinions)."""
_ON_BEHALF = re.compile(
    rf"\b(?:I|[Ww]e)\s+(?:have\s+)?act(?:ed|ing)?\s+on\s+behalf\s+of\s+{_FIRM.pattern}\s+as\b|"
    rf"\bdelivered\s+to\s+{_FIRM.pattern}\s+by\s+the\s+(?:Company|Issuer|Trust|Partnership)\b"
)
"""The firm a lawyer writes for ("I have acted on behalf of Marrow Pike P.C. as ... adviser"), or
the firm a client's certificate is delivered to ("the Certificate delivered to Marrow & Pike PLC
by the Company", as tax letters say)."""
_ACTING_AS = re.compile(
    r"(?:^|\n)[ \t]*((?:[A-Z][\w.&'\u2019-]+,?[ \t\n]+){1,5}?)(?:is|has)[ \t\n]+(?:been[ \t\n]+)?"
    r"(?:acting|acted|retained|engaged)[ \t\n]+as\b"
)
"""A firm the engagement makes its subject ("Harlow Vance is acting as special counsel to
..."), at the start of a line."""


def _self_named(text: str) -> str | None:
    """The firm a letter names in its own words, where no letterhead or signature names it."""
    if named := _SELF_NAMED.search(text):
        return named.group(1) or named.group(2)
    if (named := _ON_BEHALF.search(text)) and looks_like_firm(found := named[1] or named[2]):
        return found
    if (named := _ASKED.search(text)) and looks_like_firm(named.group(1)):
        return named.group(1)
    for m in _ACTING_AS.finditer(text):
        name = " ".join(m.group(1).split()).rstrip(",")
        if looks_like_firm(name) and not re.search(r"(?i)^the\b|\b(?:company|issuer|bank)\b", name):
            return name
    return None


_FORM_ALONE = re.compile(rf"\s*{_FIRM_SUFFIX}\s*")
_STACKED_WORD = re.compile(r"\s*[A-Z][A-Z'\u2019-]+,?\s*")
_STACK_WORDS = 6
"""A name stacked a word a line, legal form and all, has at most this many words."""
_FIRST_WORDS = re.compile(r"\s*[A-Z][\w.'\u2019-]*(?:,?[ \t]+[A-Z][\w.'\u2019-]*){0,4},\s*")
_STACKED = re.compile(r"\s*(?:Ma?c)?[A-Z][A-Z'\u2019-]+\s*")
_ONE_WORD_FIRM = re.compile(rf"\s*[A-Z][\w'\u2019-]+\s+{_FIRM_SUFFIX}(?:\s+\([A-Z]{{2,3}}\))?\s*")
"""A line with one word before a legal form: the tail of a name a narrow layout broke, whose
head is a line of one word: initials ("QXB" over "Harlow LLP") or a name written in mixed case
("Tessel" over "Grant LLP", a layout that breaks every line after a word or two). A word in
capitals over it is a city's ("LONDON" over "Harlow LLP"), no part of the name."""
_NAME_HEAD = re.compile(r"\s*(?:[A-Z]{2,4}|[A-Z][a-z]{2,})\s*")


def _heads(above: str, tail: str) -> bool:
    """Whether a line of one word heads the name on the line below it: a word in capitals heads
    one in capitals too ("NIXON" over "PEABODY LLP"), as a city's does not ("LONDON" over
    "Harlow LLP")."""
    word = above.strip()
    return bool(_NAME_HEAD.fullmatch(above)) or (
        bool(re.fullmatch(r"[A-Z][A-Z'\u2019-]+", word)) and tail.split()[0].isupper()
    )


_FORM_AT_END = re.compile(rf"\s{_FIRM_SUFFIX}$")


def _each_name(found: str) -> list[str]:
    """ "Dunmore & Vale LLP\nTESSLER COE LLP", two names one pattern read as one, as two."""
    names, start = [], 0
    for form in _FORM_IN_NAME.finditer(found):
        names.append(found[start : form.end()])
        start = form.end()
    return [*names, found[start:]] if found[start:].strip() else names


def _own_name(signature: str, text: str) -> str | None:
    """The lawyer who signs in their own name ("/s/ Jane Q. Doe") a letter written as "I" ("I
    have acted as counsel", "it is my opinion"): a sole practitioner is their own firm."""
    if not re.search(r"\bI\s+(?:have|am|hereby)\b|\bmy\s+opinion\b", text):
        return None
    signed = _SIGNED.search(signature)
    name = " ".join(signed.group(1).split()) if signed else ""
    # "/s/ JANE Q. DOE" over the name typed "Jane Q. Doe"
    name = _best_spelling(name, signature[signed.end() :]) if signed else ""
    return name if _PERSON.fullmatch(name) else None


_IN_HOUSE = re.compile(
    r"(?m)(?:^[ \t|]*|\b(?i:exhibit)[ \t]+\d+(?:\.\d+)?(?:\([a-z]\))?[ \t]+|"
    # flattened, after the company's address: "Boise, Idaho 83707 JANE Q. DOE General Counsel"
    r"(?<![\d-])\d{5}(?:-\d{4})?[ \t]+)"
    r"((?:[A-Z][a-z]+|[A-Z]\.)(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z'\u2019-]+)){1,3}"
    r"(?:,[ \t]+(?:II|III|IV|Jr\.|Sr\.))?|"
    r"[A-Z]{2,}(?:[ \t]+(?:[A-Z]\.|[A-Z]{2,}[A-Z'\u2019-]*)){1,3})"
    r"(?:,?[ \t]+(?i:esq)\.)?"
    r"(?:[ \t]*\n\s*|[ \t]+)(?:(?:Executive\s+|Senior\s+)?Vice\s+President,?\s+(?:and\s+)?)?"
    r"(?:(?:(?:Deputy|Associate|Assistant|Senior)\s+)?(?:Chief\s+)?(?:General|Corporate|Legal)\s+|"
    r"(?:Chief|Senior|Associate|Assistant)\s+)Counsel\b"
)
"""A company's own lawyer, named over (or before) their title: "Richard J. Doe / Deputy General
Counsel and Corporate Secretary", "JANE Q. DOE Vice President, General Counsel", "Ann Q. Reyes,
II, Esq. Executive Vice President, General Counsel" (flattened, after "Exhibit 5(a)"), "Vice
President, Chief Corporate Counsel"."""


def _in_house(top: str, header: str, text: str) -> str | None:
    """The in-house lawyer who heads the letter with their name and title, or whom EDGAR's
    description names ("OPINION OF JANE Q. DOE") in a letter that speaks as the company's own
    counsel ("I am General Counsel of ..."): they are the "firm" (as a sole practitioner is),
    doubted for the reviewer."""
    found = _IN_HOUSE.search(_above_date(top))
    if not found and _SPEAKS_IN_HOUSE.search(" ".join(text[:_TOP].split())):
        found = _EDGAR_LAWYER.search(header)
    if not found:
        return None
    name = " ".join(found.group(1).split())
    return _mixed_case(name) if name.isupper() else name


_EDGAR_LAWYER = re.compile(
    r"(?i:opinion\s+of)\s+((?:[A-Z][A-Za-z'\u2019-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z]\.|"
    r"[A-Z][A-Za-z'\u2019-]+)){1,3})(?=[ \t]+[a-z0-9]|[ \t]*$)"
)
"""A person EDGAR's description names, first name, initial and surname: "OPINION OF KAREN E.
DOE" (the file's name, in lower case, may follow)."""
_SPEAKS_IN_HOUSE = re.compile(
    r"\b(?:I am|in my capacity as)\s+(?:the\s+|your\s+)?(?:[\w,\u2013-]+\s+){0,6}?"
    r"(?:General\s+Counsel|Counsel\s+for\s+Corporate)\b"
)
"""The letter's writer calls themself the company's own lawyer ("I am Executive Vice President
and General Counsel of ...", "In my capacity as your Assistant General Counsel ...")."""


def _lawyer_letterhead(top: str, text: str) -> str | None:
    """A lawyer practising alone heads the letter with their own name ("J. QUINCY DOE" or
    "Jane Q. Doe, Esq." over the street address, after "Exhibit 5" at most), without a firm's
    legal form or "&": the name, as the letter also spells it in mixed case. In a letter
    written as "I", a name without an initial does too, in capitals over the street address
    ("ANN\nREYES\n59 West Street") or with the lawyer's degree or calling after it ("Ann
    Reyes, J.D., LL.M.", "ANN REYES Attorney at Law")."""
    above = _above_date(top)
    found = _LAWYER_NAME.search(above)
    name = (found.group(1) or found.group(2)) if found else None
    if name is None and _WRITTEN_AS_I.search(text):
        sole = (m[1] or m[2] for m in _SOLE_NAME.finditer(above))
        name = next((n for n in sole if not _COMPANY_NAME.search(n)), None)
    return _best_spelling(_mixed_case(" ".join(name.split())), top) if name else None


_LAWYER_NAME = re.compile(
    r"(?:^|\b(?i:exhibit)\s+\d+(?:\.\d+)?\s+)"
    r"((?:[A-Z]\.\s+[A-Z][A-Za-z]+|[A-Z][A-Za-z]+\s+[A-Z]\.)\s+(?:Ma?c)?[A-Z][A-Za-z'\u2019-]+)"
    r"(?:,?\s+(?i:esq)\.|\s+\d{2,5}\s|,?\s+(?i:a\s+professional\s+(?:law\s+)?corporation)\b)|"
    # "Barbara\nA\nMoran, Esquire": broken a word a line, the initial's full stop lost
    # (from a word's start: tried inside a long run of letters, it would scan the rest of the
    # run from each of them)
    r"(?<![A-Za-z])([A-Z][A-Za-z]+\s+[A-Z]\.?\s+(?:Ma?c)?[A-Z][A-Za-z'\u2019-]+),?\s+(?i:esquire)\b",
    re.MULTILINE,
)
"""A person's name with an initial ("J. Quincy Doe", "Jane Q. Doe") at the head of the letter,
then "Esq." or a street number."""
_SOLE_NAME = re.compile(
    r"(?:^|\b(?i:exhibit)\s+\d+(?:\.\d+)?\s+)"
    r"(?:((?:Ma?c)?[A-Z][A-Za-z'\u2019-]+(?:[ \t]+(?:Ma?c)?[A-Z][A-Za-z'\u2019-]+){1,2})"
    r"(?:,[ \t]*(?:J\.?D\.?|(?i:esq)\.?)(?![A-Za-z])|[ \t]+(?i:attorney[ \t]+at[ \t]+law)\b)"
    r"|([A-Z]{2,}\n[ \t]*(?:MA?C)?[A-Z]{2,})[ \t]*\n[ \t]*\d{1,5}\b)",
    re.MULTILINE,
)
"""A name without an initial at the head of a letter written as "I": with a degree or "Attorney
at Law" after it, or in capitals a word a line over the street number."""
_WRITTEN_AS_I = re.compile(r"\bI\s+(?:have|am|hereby)\b|\bmy\s+opinion\b")


_SIGNED = re.compile(
    r"(?m)/(?i:s)/[ \t]*\n?[ \t]*([A-Z](?:\.|[\w'\u2019-]*)(?:[ \t]+[A-Z][\w.'\u2019-]*){1,3})"
    r"[ \t]*(?:\||$)"
)
# "Jane Doe", "Jane Q. Doe", "J. Quincy Doe", "Ann Q. McGraw", "Ann Q. Doe-Reyes": a person's
# name, initials allowed.
_PERSON = re.compile(
    r"[A-Z][a-z'\u2019-]+(?:\s+[A-Z]\.)*"
    r"(?:\s+(?:Ma?c|O['\u2019])?[A-Z][a-z'\u2019-]+(?:-[A-Z][a-z'\u2019]+)?){1,2}|"
    r"[A-Z]\.\s+[A-Z][a-z]+\s+(?:Ma?c|O['\u2019])?[A-Z][a-z]+"
)


def _table_free(text: str) -> str:
    """The lines without the bars of the table they were laid out in ("|MARROW PIKE LLP")."""
    return "\n".join(line.strip(" \t|") for line in text.splitlines())


def _defined_clients(text: str) -> list[str]:
    """The names a heading calls "the Company": 'Re: Quillon Ridge Ltd. (the "Company")'; not
    a line that goes on from a sentence above ("... under the laws of the" over "Netherlands
    (the Company)"), where the name is a place."""
    found = []
    text = _table_free(text)
    for m in _CALLED_LINE.finditer(text):
        # (the line above only: searching back to the start for each name took minutes)
        if not _GOES_ON.search(text, max(0, m.start() - _GOES_ON_REACH), m.start()):
            found.append(" ".join((m.group(1) or m.group(2)).split()).strip(" ,"))
    # a letter flattened to one line: its "Re:" anywhere ('... 33311 Re: Quillon Holding
    # Company (the "Company") Amendment No. 1 ...')
    found += [" ".join(m.group(1).split()).strip(" ,") for m in _RE_CALLED.finditer(text)]
    return list(dict.fromkeys(found))


_RE_CALLED = re.compile(
    rf"(?<=\s)(?:Re|RE)\s*:\s*{_NAME},?[ \t]*\(" + _DEFINED_AS.format(guarantor="")
)
_GOES_ON = re.compile(r"\b(?:of|the|in|to|by|and|under)[ \t]*\n[ \t]*$")
"""The end of a line whose sentence runs on to the next line."""
_GOES_ON_REACH = 40
"""How far above a name its line's sentence is looked for ("... the" and the line break)."""


_COUNSEL_TO = re.compile(r"(?i),?\s+(?:general\s+|in-house\s+)?counsel\s+(?:to|for|of)\s+.*$")
"""What a lawyer's letterhead says they are to the client ("[Letterhead of Ann Reyes, Counsel to
Harrow Bank p.l.c.]"): the client's name is no part of the lawyer's."""


def _bare_name(letterhead: str, signature: str, clients: Collection[str] = ()) -> str | None:
    """A firm named without "LLP" or "&": a bracketed "[Corvale Stanton Letterhead]", a
    letterhead line in any case ending in a legal form ("tessaly ground llp"), or the
    letterhead's first line when the signature signs with the same name ("/s/ Brenner Hollis").
    """
    for m in _LETTERHEAD.finditer(letterhead):
        named = m.group(1) or m.group(2)
        named = _COUNSEL_TO.sub("", named)
        one_word = bool(
            re.fullmatch(r"[A-Z][\w&'\u2019-]{3,40}", _plain(named))
        )  # "[Allens Letterhead]"
        if re.search(r"(?i)letterhead", m.group()) and (looks_like_firm(_plain(named)) or one_word):
            return _plain(named)
    for m in _LETTERHEAD_OF.finditer(letterhead):
        if looks_like_firm(m.group(1)):
            return m.group(1)
    for m in _BRACKETED_NAME.finditer(letterhead):  # "[HOLLIS FENN]" alone on its line
        if looks_like_firm(m.group(1)) and not _NOT_A_NAME.search(m.group(1)):
            return _mixed_case(m.group(1)) if m.group(1).isupper() else m.group(1)
    if associates := _ASSOCIATES.search(letterhead):  # "Corban & Associates, Inc."
        return _mixed_case(associates.group(1))
    lines = [" ".join(line.split()) for line in letterhead.splitlines() if line.strip()]
    # (first: an offshore client's name in its address block above the date has a legal form
    # too, "Sarnia Harbour Fund Limited", and would be taken before the firm over "Advocates")
    if professional := _above_profession(lines):
        return professional
    # (nor is the client's name, in `clients` as firm_key gives it, the firm's)
    for line in (line for line in lines if firm_key(line) not in clients):
        if offices := _NAME_THEN_OFFICES.fullmatch(line):
            return offices.group(1)
        if re.fullmatch(rf"(?i)[a-z][\w.'\u2019&, -]{{2,60}}\s{_FIRM_SUFFIX}", line) and not (
            re.search(r"(?i)(?:[NB]\.V\.|PLC)$", line) and "&" not in line  # "Quillon N.V."
        ):
            return line
    signed = {firm_key(re.sub(r"^/s/\s*", "", line)) for line in signature.splitlines()}
    while lines and _EXHIBIT_LINE.fullmatch(lines[0]):  # "Exhibit 5.1" above the letterhead
        lines = lines[1:]
    top = lines[0] if lines else ""
    if not looks_like_firm(top) or re.search(r"(?i)\b(?:via|exhibit|opinion|re|page)\b", top):
        return None
    if PROFESSION.fullmatch(top):  # "ATTORNEYS & COUNSELORS" is what the firm is, not who
        return None
    if _ADDRESS_END.search(top):  # "Harbor Pavilion" over the street is a building's name
        return None
    # Signed with the same name; or standing above the firm's street address, the building's
    # name perhaps between (kept, but its confidence is low: see evidence._firm).
    if firm_key(top) in signed - {""} or any(is_address(line) for line in lines[1:3]):
        return top
    return None


_ASSOCIATES = re.compile(
    r"\b((?:[A-Z][\w'\u2019-]+,?[ \t]+){1,3}(?:&|and|AND)[ \t]+(?:Associates|ASSOCIATES)"
    r"(?:,?[ \t]+(?i:inc|p\.?c|p\.?a|llc|ltd|chartered)\b\.?)?)"
)
"""A lawyer's practice named "X & Associates", a company's form after it at times."""
_LETTERHEAD_OF = re.compile(
    r"(?im)^[ \t|]*letterhead\s+of\s+([A-Z][^,\n]{2,60}?)[ \t]*[,.]?[ \t]*$"
)
"""A letterhead described, not printed, without brackets: "Letterhead of Harlow Vance,"."""
_EXHIBIT_LINE = re.compile(
    r"(?i)exhibits?\s+\d+(?:\.\d+)?[a-z]?(?:\s*(?:,|and|&)\s*\d+(?:\.\d+)?[a-z]?)*"
)
"""An exhibit's label above a letterhead ("Exhibit 5.1", "Exhibit 5.1 and 8.1")."""
_BRACKETED_NAME = re.compile(
    r"(?m)^[ \t|]*\[([A-Z][\w.'\u2019&-]*(?:[ \t]+[\w.'\u2019&-]+){1,4})\][ \t|]*$"
)
"""A letterhead left out of the filed copy and named in brackets alone on its line ("[HOLLIS
FENN]"): the firm's name, as "[Hollis Fenn Letterhead]" is."""
_NOT_A_NAME = re.compile(
    r"(?i)\b(?:opinion|form|draft|exhibit|logo|seal|date|confidential|signature)\b"
)


def _above_profession(lines: Sequence[str]) -> str | None:
    """A letterhead line over the words of the firm's profession ("VARROW LISLE" over
    "AVOCATS A LA COUR", "Attorneys at Law", "Solicitors"): the firm's name, with the line
    before it when it goes on from there ("Varrow" / "& Lisle")."""
    lines = [line for line in lines if not _WHAT_FIRM.fullmatch(line.strip(" ,|"))]
    for i, (line, below) in enumerate(itertools.pairwise(lines)):
        name = line.strip(" ,|")
        if name.startswith("& ") and i:  # "Lackowicz" / "& Shier": a name broken before "&"
            name = f"{lines[i - 1].strip(' ,|')} {name}"
        # ("PUGH HALE PLC": a firm's form in some states, a company's elsewhere)
        firm_like = looks_like_firm(name) or bool(re.search(r"\sPLC$", name))
        if PROFESSION.fullmatch(below.strip(" ,|")) and firm_like:
            return name if not re.search(r"\d|@|www\.", name) else None
    return None


def _above_what_firm(letterhead: str) -> list[str]:
    """A name over what kind of firm it is ("HALVERN, PIKE & MOSS" over "A PROFESSIONAL
    CORPORATION"): the firm's, before a partner's own "JANE Q. DOE, P.C." printed beside it."""
    lines = [line.strip(" ,|") for line in letterhead.splitlines() if line.strip(" ,|")]
    return [
        # "THE NBD GROUP, INC." over "A CALIFORNIA PROFESSIONAL CORPORATION" is a firm with a
        # company's form: the two lines together say so
        f"{line}, {below}" if _INC_AT_END.search(line) else line
        for line, below in itertools.pairwise(lines)
        if _WHAT_FIRM.fullmatch(below)
        and ("&" in line or _FORM_AT_END.search(line) or _INC_AT_END.search(line))
    ]


_INC_AT_END = re.compile(r",?\s(?:Inc\.?|INC\.?|Corporation|CORPORATION)$")
"""A corporation's form ending a letterhead line: a firm's only with what kind of firm it is
below ("A California Professional Corporation"); firms.py's wider company forms decide whether
a name can be a firm's at all."""


# What kind of firm it is, printed between its name and its profession.
_WHAT_FIRM = re.compile(
    r"(?i)an?\s+(?:association|partnership)\s+of\s+professional\s+corporations|"
    r"an?\s+(?:[a-z]+\s+)?professional\s+(?:law\s+)?(?:limited\s+liability\s+)?"
    r"(?:corporation|association|company)|an?\s+limited\s+liability\s+partnership"
)
# The words of a lawyer's profession a letterhead prints under the firm's name, one or a list
# ("AVOCATS • BARRISTERS • SOLICITORS", "Advocates & Notaries Public", "Advocaten  Notarissen").
_ONE_PROFESSION = (
    r"(?:avocats?(?:\s+[àa]\s+la\s+cour)?|advocaten|rechtsanw[äa]lte|solicitors|barristers|"
    r"attorneys?(?:[\s-]+at[\s-]+law)?|counsell?ors(?:\s+at\s+law)?|lawyers|notaries(?:\s+public)?|"
    r"advocates|notarissen|belastingadviseurs|tax\s+advis[eo]rs|abogados|avvocati|"
    r"(?:patent|trade[\s-]?marks?)(?:\s*&\s*(?:patent|trade[\s-]?marks?))?\s+agents|agents\s+de\s+marques(?:\s+de\s+commerce)?)"
)
PROFESSION = re.compile(
    rf"(?i){_ONE_PROFESSION}(?:(?:\s*(?:[•·|,/&\-\u2013]|\band\b)\s*|\s+){_ONE_PROFESSION})*"
    # where they practise, at times: "Advocates & Solicitors, Jersey"
    r"(?:\s*[,\u2013-]\s*[^\W\d][^\W\d]+(?:\s+[^\W\d][^\W\d]+){0,2})?"
)


# "varrow & lisle llp boston, denver, london,": a partnership's name, then its offices.
_NAME_THEN_OFFICES = re.compile(
    r"(?i)([a-z][\w.'\u2019&, -]{2,60}?\s(?:l\.?l\.?p\.?|p\.?l\.?l\.?c\.?))"
    r"[ \t]+[a-z][a-z .'-]*(?:,[ \t]*[a-z][a-z .'-]*)+,?"
)


def _plain(name: str) -> str:
    return re.sub(r"(?i)\s*\bletterhead\b\s*|\s*\blogo\b\s*", " ", name).strip(" ,")


def _above_date(heading: str) -> str:
    dates = [m.start() for m in (_DATE_US.search(heading), _DATE_UK.search(heading)) if m]
    return heading[: min(dates)] if dates else heading


def _firm_line(line: str) -> bool:
    """A letterhead line such as "DAVIS POLK & WARDWELL": a few capitalised words with "&"."""
    words = line.split()
    return "&" in words and 2 < len(words) <= 8 and all(w[0].isupper() or w == "&" for w in words)


# A complimentary close with the signer's name after it on the same line.
_CLOSE = re.compile(
    r"(?i)(?:very\s+truly\s+yours|yours\s+(?:very\s+)?truly|sincerely(?:\s+yours)?|"
    r"yours\s+faithfully|respectfully(?:\s+submitted)?),?\s+(\S.*)"
)


def _firm_in_signature(signature: str) -> str | None:
    # "/s/ Marrow Pike Law Group," over "LLP": a legal form carried to the next line is one line
    signature = _FORM_CARRIED.sub(", ", _table_free(signature))
    lines = _name_rejoined(
        [" ".join(line.split()) for line in signature.splitlines() if line.strip()]
    )
    for i, line in enumerate(lines):
        signer = _CLOSE.match(line)
        if signer and (firm := _FIRM.match(signer.group(1))):
            return firm.group(1)  # "Very truly yours, MARROW PIKE LLP By: /s/ ...", one line
        after = re.sub(r"^/s/\s*", "", line)
        if after != line and (_FIRM.search(after) or "&" in after):
            # "MARROW & PIKE San Diego, California ...": the name in capitals, then its place
            capitals = re.match(r"[A-Z][A-Z.,&'\u2019 -]+?(?=,?\s+[A-Z][a-z])", after)
            return capitals.group() if capitals and "&" in capitals.group() else after
        capitals = re.fullmatch(r"[A-Z][A-Z ,.&'\u2019\u00c0-\u00de-]{6,80}", line)
        looks_like_firm = _FIRM.fullmatch(line) or capitals
        if looks_like_firm and not re.match(r"(?i)very|yours|sincerely|by:", line):
            return line
        if _firm_line(line.replace(",", "")):  # "Halvern, Pike & Moss" signing as it is
            return line
        if _LAW_PRACTICE.fullmatch(after):  # "Reyes Associates Law Firm" under its lawyer
            return after
        if after != line and i and re.match(r"(?i)by:", line):
            return lines[i - 1]
        if (
            i
            and _CLOSING_LINE.match(lines[i - 1])
            and re.fullmatch(r"[A-Z][\w'\u2019&-]{3,40}", line)
        ):
            # one word right under the closing ("Yours faithfully" / "Pellam" / "Ann Reyes"):
            # a firm only if the letter's web domain spells it (see _clean_firm)
            return line
    return None


def _name_rejoined(lines: list[str]) -> list[str]:
    """A firm's name a narrow signature block broke over lines at its commas and "&"
    ("Halvern," / "Pike, Moss &" / "Coe", or "HALVERN PIKE" / "& MOSS, P.C."), on one line
    again; the closing's comma joins nothing."""
    out: list[str] = []
    for line in lines:
        joins = (
            bool(out)
            and len(out[-1]) < _NAME_SPAN
            and bool(
                re.search(r"[,&]$", out[-1]) or line.startswith("& ")  # broken after or before "&"
            )
        )
        if joins and not _CLOSING_LINE.match(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


_CLOSING_LINE = re.compile(
    r"(?i)(?:[a-z ]*\s)?(?:yours|truly|sincerely|faithfully|submitted|cordially|regards),?$"
)
"""A closing, or its last line when it too is broken ("Very truly" / "yours,")."""


_FORM_CARRIED = re.compile(
    r",[ \t]*\n\s*(?=(?:L\.?L\.?P\.?|LLP|P\.C\.?|L\.?L\.?C\.?|LLC|P\.A\.?|Limited|Ltd\.?)\s*$)",
    re.MULTILINE,
)


def _clean_firm(
    candidate: str, domains: Sequence[str] = (), over_profession: bool = False
) -> str | None:
    """The firm's name in a candidate, without what EDGAR's description or a flattened
    letterhead puts around it; None if what is left is no firm's name. A name a letter's
    domain spells is one without "&" or a legal form too ("OF PELLAM" beside pellam.com)."""
    candidate = _unspaced(_CDATA.sub(" ", candidate))  # EDGAR's description as XML wraps it
    name = " ".join(candidate.replace("\n", " ").split()).strip(" ,.-[]|&")
    written_stop = bool(re.search(r"(?i)\b(?:ltd|chtd)\.[\s,\]|]*$", candidate))
    name = _GLUED_FORM.sub(r" \1", name)  # "CARTER & MILBURNLLP": a space lost in extraction
    practice = _LAW_PRACTICE.fullmatch(name)  # "Law Office of Ann Reyes", "Reyes Law Group"
    name = re.sub(r"(?i)\s*-\s*tax matters$|^(?:the\s+)?law\s+offices?\s+(?:of\s+)?", "", name)
    name = _COUNSEL_TO.sub("", name)
    # "(ON MARROW PIKE LLP LETTERHEAD)": the letter was printed on it (no firm's name starts
    # with the word "on")
    name = re.sub(r"(?i)^\(?on\s+(?:the\s+)?", "", name)
    name = re.sub(r"(?i)\blet+er+head\b|\blogo\b", "", _DESCRIPTION.sub("", name)).strip(" ,")
    if _WHAT_NOT_WHO.match(name) or PROFESSION.fullmatch(name):  # "ATTORNEYS & COUNSELORS"
        return None
    name = with_form_stop(_one_name(name).rstrip(" ,."))
    if _ABBREVIATED_FORM.search(name) and written_stop:  # "Ltd." and "Chtd." as written
        name += "."
    # (a practice is named whole: "Reyes Law, Inc." beside reyeslaw.com keeps its "Inc.")
    name = name if practice else _spelled_part(name, domains)
    if not firm_key(name) or _ADDRESS_END.search(name):  # "LIMITED" alone; "Fenn & Ash Road"
        return None
    # a company, not a firm: "Quillon Ridge Inc.", "Pellam & Company, Ltd." (an auditor)
    # ("Tessler, Brandt & Coe PLC" is a firm: PLC is some states' form for one with partners)
    plc = r"plc" if "&" not in name and not over_profession else r"(?!)"
    company = re.search(rf"(?i)\b(?:inc|corporation|company|{plc}|trust)\b", name)
    # (a practice named as one may be incorporated: "Mailander Law Office, Inc.")
    professional = practice or re.search(r"(?i)professional\s+(?:law\s+)?corporation$", name)
    if len(name) < 4 or (company and not professional):
        return None
    if practice or (spells(name, domains) and looks_like_firm(name + " LLP")):
        return name
    if _SAID_COUNSEL.match(" ".join(candidate.split())) and _FORM_IN_NAME.search(name):
        return name  # "OPINION OF VAN TESSEL MARK N.V., DUTCH COUNSEL FOR THE COMPANY"
    if not (
        professional
        or over_profession
        or _TWO_NAMES.fullmatch(name)
        # a Dutch firm's names before its "N.V." ("Van Tessel Mark N.V."; one name alone with
        # it may be the client's parent)
        or re.fullmatch(r"(?:\S+\s+){2,}N\.V\.?", name)
        or re.search(
            r"[&,]|\b(?:LLP|L\.L\.P|P\.?C|P?LLC|P\.L\.L\.C|P\.A|S\.C|Limited|Ltd|Day|Coie)\b",
            name,
            re.IGNORECASE,
        )
    ):
        return None
    return name


_ABBREVIATED_FORM = re.compile(r"(?i)\b(?:ltd|chtd)$")


def _unspaced(name: str) -> str:
    """A letterhead set in spaced capitals ("H A R L O W  &  Q U I L L  L L P") as words:
    each run of three or more single letters (or "Mc"'s "M cC") joined."""
    return _SPACED.sub(lambda m: m.group().replace(" ", ""), name)


_SPACED = re.compile(r"(?<!\S)(?:(?:[A-Z]|[a-z][A-Z]) ){2,}(?:[A-Z]|[a-z][A-Z])(?=[,.]?(?!\S))")
_CDATA = re.compile(r"(?:<!\[)?CDATA\[|\]\]>")
_GLUED_FORM = re.compile(r"(?<=[A-Z]{3})(LLP)$")
# (from a word's start only: tried from inside a long run of letters, it would scan the rest of
# the run from each of them)
_PRACTICE_NAME = (
    r"(?<![\w.'\u2019-])[A-Z][\w.'\u2019-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w.'\u2019-]*){0,3}"
)
_LAW_PRACTICE = re.compile(
    rf"(?i:(?:the\s+)?law\s+offices?\s+of)[ \t\n]+{_PRACTICE_NAME}"
    rf"|{_PRACTICE_NAME}(?:[ \t]+|[ \t]*\n[ \t]*)"  # "MAILANDER\nLAW OFFICE": a logo's lines
    r"(?i:law[ \t]+(?:group|firm|offices?|partners)|legal[ \t]+group|"
    rf"law(?=,?[ \t]+(?:{_FIRM_SUFFIX}|Inc\b|INC\b)))"
    rf"\b(?!\s+of\b)(?:,?[ \t]+(?:{_FIRM_SUFFIX}|Inc\b\.?|INC\b\.?))?"
)
"""A lawyer's practice named as one ("Law Office of Ann Reyes", "REYES LAW GROUP", "Reyes Law,
Inc."): a firm's name without "&" or a legal form, or incorporated as a company is."""
_TWO_NAMES = re.compile(r"[A-Z][A-Z'\u2019-]+ AND [A-Z][A-Z'\u2019-]+")
"""Two surnames in capitals joined by "AND" ("ADAMS AND REESE" over "By: /s/ ..."): a
partnership's name as its signature block prints it, with no "&" and no legal form."""


_SAID_COUNSEL = re.compile(r"(?i)[^,]{3,80},\s+(?:[a-z.]+\s+){0,3}counsel\b")
"""A name EDGAR's description calls counsel: "X N.V., DUTCH COUNSEL FOR THE COMPANY"."""
# A name ending as a street or a building does is an address line ("Corner of Lark & Vine
# Street", "Hollins & Tate Building", "Harbor Pavilion" over the street): a client's address
# with "&", or a building a letterhead prints, read as a firm otherwise. ("Park" is left out:
# a surname as often as a building's.)
_ADDRESS_END = re.compile(
    r"(?i)\b(?:street|avenue|road|boulevard|building|tower|plaza|square|floor|suite|center|"
    r"centre|pavilion|place|court|house|exchange)$"
)
# "A LIMITED LIABILITY LAW PARTNERSHIP LLP" says what the firm is, not who.
_WHAT_NOT_WHO = re.compile(
    r"(?i)(?:an?\s+)?(?:(?:limited|professional|registered)\s+)?(?:liability|corporation)\b"
)
# What EDGAR's description puts before the name: "EX-5.1 OPINION AND CONSENT OF", "LEGAL
# OPINION RE: LEGALITY", "[LETTERHEAD OF".
_DESCRIPTION = re.compile(
    r"(?i)^(?:(?:ex-?\d[\w.-]*|exhibits?|\d+(?:\.\d+)?|opinions?|and|consent|of|legal|"
    r"counsel|re|regarding|legality|validity|let+er+head|federal|income|tax)\b[\s:.]*)+"
)
# What follows the name: ", CAYMAN ISLANDS COUNSEL TO ...", " FOR SECURED NOTES", " REGARDING".
_AFTER_NAME = re.compile(
    r"(?i),?\s+(?:[a-z ]{0,30}\bcounsel\b|for\s|regarding\b|re:|as\s+to\b)"
    r"|\s+(?:\d|\[|one\b|p\.?\s?o\.?\s+box\b|suite\b|tel\b|telephone\b|fa(?:x|csimile)\b|"
    r"attorneys\b|counsell?ors\b|lawyers\b|(?:tax\s+|legal\s+)?opinions?\b|exhibit\b)"
)
_FORM_IN_NAME = re.compile(
    r"(?i)(?<![\w.])(?:l\.?l\.?p\.?|p\.?l\.?l\.?c\.?|p\.?c\.?|l\.?l\.?c\.?|p\.a\.|limited|ltd\.?|"
    r"professional\s+corporation|s\.c\.|n\.v\.|b\.v\.)(?!\w)"
)


def _spelled_part(name: str, domains: Sequence[str]) -> str:
    """The first words of `name` that a domain spells, if the whole does not: "MARROW & PIKE"
    of "MARROW & PIKE MARROW MILLS" beside marrowpike.com."""
    words = name.split()
    if not domains or spells(name, domains) or _FORM_AT_END.search(name):
        return name  # a name ending in its legal form is whole: "Tarrant, Voss and Stone, P.L.C."
    heads = [
        " ".join(words[:n])
        for n in range(len(words) - 1, 1, -1)
        # never cut at an "&" or "and" ("QUENTIN MARLOWE & COLLINS" beside quentinmarlowe.com),
        # nor in a list of names at a comma ("COOK, YANCEY, KING & GALLOWAY" beside cookyancey.com)
        if words[n - 1].lower() not in _JOINS
        and words[n].lower() not in _JOINS
        and not words[n - 1].endswith(",")
    ]
    return next((head for head in heads if spells(head, domains)), name)


_JOINS = frozenset({"&", "and"})


def _one_name(name: str) -> str:
    """ "MARROW PIKE LLP MARROW PIKE LLP ONE CANAL PLAZA", a flattened letterhead after the
    description, as "MARROW PIKE LLP": the name once, up to its legal form, before any office
    words. When the first time is a logo's short form ("Marrow Pike Marrow, Pike & Tull,
    P.C."), the name in full is the second."""
    words = name.split()
    bare = [w.lower().strip(",.") for w in words]
    for k in range(2, len(words) - 1):
        # (not a partner's name again after "&": "Stroock & Stroock & Lavan LLP")
        if bare[k : k + 2] == bare[:2] and bare[k - 1] not in ("&", "and"):
            first, again = " ".join(words[:k]), " ".join(words[k:])
            short = not _FORM_IN_NAME.search(first) and "&" not in first
            name = again if short and (_FORM_IN_NAME.search(again) or "&" in again) else first
            break
    after = _AFTER_NAME.search(name)
    name = name[: after.start()] if after else name
    form = _FORM_IN_NAME.search(name)
    return name[: form.end()] if form else name


def _fullest(name: str, text: str) -> str:
    """The firm's name as the letter writes it in full, where one place gives its legal form
    and another leaves it off: "Hogan Tull" in the letterhead, "Hogan Tull US LLP" elsewhere;
    "LAW OFFICES OF ANN REYES" for "Ann Reyes" (not for partners' names, a firm's as they are).
    The first such fuller form in the letter is taken."""
    pattern = r"\s+".join(re.escape(w) for w in name.split())
    for m in re.finditer(pattern, text, re.IGNORECASE):
        tail = None if _ENDS_IN_FORM.search(name) else _FULL_TAIL.match(text, m.end())
        # ("LAW OFFICES OF PELL, ROYCE & YAMADA" over a letter signed "Pell, Royce & Yamada":
        # partners' names are a firm's already, as it signs; a lone lawyer's, "& Associates"
        # too, are not)
        partners = _PARTNERS.search(name)
        head = None if partners else _LAW_OFFICES.search(text, max(0, m.start() - 40), m.start())
        if tail or head:
            parts = (head.group() if head else "", name, tail.group() if tail else "")
            full = " ".join(_mixed_case(p) if p.isupper() else p for p in parts if p)
            return " ".join(full.split()).replace(" ,", ",")
    return name


_FULL_TAIL = re.compile(rf"(?:,?[ \t]+\(?U\.?S\.?\)?)?,?[ \t]+{_FIRM_SUFFIX}(?![\w&])")
"""What a firm's name may go on with where the letter writes it in full: a legal form on the
same line ("A Professional Corporation" printed below a name is a description, not part of it)."""
_ENDS_IN_FORM = re.compile(rf"(?:\s|,){_FIRM_SUFFIX}$")
_PARTNERS = re.compile(r"(?i)(?:&|\band\b)\s+(?!associates\b)\w")
_LAW_OFFICES = re.compile(r"(?i:(?:the\s+)?law\s+offices?\s+of)\s+$")


def _best_spelling(name: str, text: str) -> str:
    """An all-capitals (or all-lowercase) name as the letter also writes it in mixed case, if it
    does; else in the case firms write their names. "McKELLAR" is in capitals too, and so is
    "PELL & QUAID, a Professional Corporation": the description keeps its own case."""
    if (described := _DESCRIBED.fullmatch(name)) and _MC.sub("", described[1]).isupper():
        return _best_spelling(described[1], text) + described[2]
    if not (_MC.sub("", name).isupper() or name.islower()):
        return name
    return _in_mixed_case(name, text) or _mixed_case(name)


def _in_mixed_case(name: str, text: str) -> str | None:
    """`name` as `text` writes it in mixed case somewhere, if it does."""
    pattern = r"\s+".join(re.escape(w) for w in name.split())
    for m in re.finditer(pattern, text, re.IGNORECASE):
        if not (_MC.sub("", m.group()).isupper() or m.group().islower()):
            return " ".join(m.group().split())
    return None


_DESCRIBED = re.compile(
    r"(.+?)(,?\s+(?:[Aa]\s+)?(?:[A-Z][a-z]+\s+)?Professional\s+(?:Law\s+)?"
    r"(?:Corporation|Association))"
)
"""A name and the description of its form in mixed case after it."""
_LEGAL_FORMS = re.compile(
    r"(?i)^(?:l\.?l\.?p\.?|p\.?c\.?|l\.?l\.?c\.?|p\.?a\.?|s\.c\.|llp|llc|pllc|plc|n\.v\.|b\.v\.)$"
)


def _mixed_case(name: str) -> str:
    """ "ABERNATHY & FELL LLP" as "Abernathy & Fell LLP": a firm named only in capitals is
    written as firms write their names, so that it lists once beside its other spellings."""
    words = name.split()
    return " ".join(
        w.upper() if _LEGAL_FORMS.match(w) else w.lower() if w in ("AND", "OF") else _capitalised(w)
        for w in words
    )


def _capitalised(word: str) -> str:
    """ "O'MELVENY" as "O'Melveny", "SMITH-JONES" as "Smith-Jones", "McKELLAR" as "McKellar"."""
    mc = _MC.match(word) or _MC_CAPITALS.match(word)
    if mc:
        return "Mc" + _capitalised(word[mc.end() :])
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word)


_MC = re.compile(r"\bMa?c(?=[A-Z]{2})")
_MC_CAPITALS = re.compile(r"MC(?=[A-Z]{3})")
"""A name in capitals opening "MC" is a "Mc" name: "MCCULLOUGH" is "McCullough"."""


def _addressee(heading: str) -> str | None:
    """The first line of the address block: after the date, before "Re:" or the salutation.

    Reference, telephone and e-mail lines are passed over, and so is a block that begins with
    a street address when another block follows it (an offshore firm's own office, printed
    beside the date); an address with nothing after it is returned, for the checks to doubt.
    """
    lines = [line.strip(" \t|") for line in heading.splitlines()]
    date_at = next((i for i, line in enumerate(lines) if _dated(line)), None)
    if date_at is None:
        return _undated_addressee(lines)
    first_date = _DATE_US.search(lines[date_at]) or _DATE_UK.search(lines[date_at])
    before = lines[date_at][: first_date.start()] if first_date else ""
    # "Quillon Corp. May 4, 2019" names the addressee; "Amsterdam, 3 May 2019" and "Tuesday
    # 3 May 2019" only the place and day
    # (nor "Baltimore, Maryland, the 3rd day of May, 2019": the place the letter is written)
    named = _DAY_OF.sub("", before.strip(" ,|")).strip(" ,")
    if (
        len(named) > 3
        and " " in named
        and not re.search(r"(?i)exhibit", before)
        and not _DATE_LEAD.fullmatch(named)
        and not PLACE_LINE.fullmatch(named)
    ):
        return named
    after = lines[date_at][first_date.end() :] if first_date else ""
    if flat := _FLAT_ADDRESSEE.match(after):  # a letter flattened to one line
        return flat.group(1)
    blocks = _address_blocks(lines[date_at + 1 :])
    if len(blocks) > 1 and _OWN_OFFICE.search(blocks[0][0]):  # the firm's office, printed first
        blocks = blocks[1:]
    for block in blocks:
        if not is_address(block[0]):
            return _SUBJECT_AFTER.split(_first_name(block))[0]
    if not blocks:  # the address block above the date, as English-style letters set it out
        return _addressee_above_date(lines[:date_at])
    return blocks[0][0].strip(" ,")


def _addressee_above_date(lines: list[str]) -> str | None:
    """The company an English-style letter is addressed to, in the block just above its date,
    below the letterhead's: its name over its street ("Sarnia Harbour Fund Limited" over
    "Trafalgar Court"), whatever its form (a "Limited" may be a firm's too)."""
    blocks = _address_blocks(lines)
    last = blocks[-1] if len(blocks) > 1 else []
    name = _TO.sub("", last[0]).strip(" ,") if last else ""  # "To: Veldhoven Optronics N.V."
    # (its street may read as none, "Kempenbaan 41": the town's line below it does)
    if len(last) > 1 and _COMPANY_NAME.search(name) and any(map(is_address, last[1:3])):
        return name
    return None


_DATE_LEAD = re.compile(r"(?i)(?:dated|date:?)(?:\s+(?:this|as\s+of|on))?|(?:effective\s+)?as\s+of")
"""Words that lead into the date on its line ("Dated this 3rd day of May, 2019"): no addressee."""
_BLOCK_END = re.compile(
    r"(?i)(?:re\s*:|ladies|gentlemen|dear|(?:to\s+)?(?:the\s+)?(?:board\s+of\s+)?directors\s*:\s*$)"
)
"""A line that ends the address block: the "Re:" line or the salutation ("To the Board of
Directors:", where a colon makes the board's name the greeting)."""
_DAY_OF = re.compile(r"(?i),?\s+(?:the|this|on)$")
"""The words before "3rd day of May" on a date's line: not a name's."""
PLACE_LINE = re.compile(rf"[A-Z][\w.' -]{{1,40}},\s*(?:{alternation(US_STATES)})\.?")
"""A town and its state ("Baltimore, Maryland"): where a letter is written, no addressee."""
_OWN_OFFICE = re.compile(r"(?i)\boffices?\s*$")
"""A block opening with the firm's own office ("Salt Lake City Office"), above the addressee."""


def _addressed_company(addressee: str | None, heading: str) -> str | None:
    """The company the letter is addressed to: the addressee, or the company named below the
    person it is addressed to ("Mr. Ann Reyes" / "President" / "Quillon Oil & Gas, Inc.")."""
    if addressee and _COMPANY_NAME.search(addressee):
        return addressee
    lines = [line.strip(" \t|,") for line in heading.splitlines()]
    if addressee is None or addressee not in lines:
        return None
    for line in lines[lines.index(addressee) + 1 : lines.index(addressee) + 4]:
        if not line or is_address(line) or _BLOCK_END.match(line):
            return None
        if _COMPANY_NAME.search(line):
            return line
    return None


def _undated_addressee(lines: list[str]) -> str | None:
    """In a letter with no date (a copy that lost it, a form left blank), a company's name over
    its street address before the "Re:" line or the salutation: "Quillon Ridge, Inc." over
    "600 Harbour Avenue"."""
    for line, below in itertools.pairwise(lines):
        if _BLOCK_END.match(line):
            return None
        name = line.strip(" ,")
        # (not a letterhead's "MARROW PIKE & COE LIMITED" over the firm's own street)
        if _COMPANY_NAME.search(name) and not looks_like_firm(name) and is_address(below):
            return name
    return None


_FLAT_ADDRESSEE = re.compile(
    r"[ \t,|]*(?:(?:The[ \t]+)?Boards?[ \t]+of[ \t]+Directors,?[ \t]+(?:of[ \t]+)?)?"
    r"((?:[A-Z][\w&.'\u2019-]*,?[ \t]+){0,6}?"
    r"(?:Inc|Incorporated|Corp|Corporation|Company|Ltd|Limited|LLC|L\.P|plc|N\.A|Trust|Bank|"
    r"Bancorp|Bancshares)\.?)(?=[ \t]+(?:\d+|One|Two|Three|P\.?\s?O\.?|Suite)\b)"
)
"""The company right after the date in a letter flattened to one line, before its street
address: "December 12, 2000 Quillon Bank Corporation One Quillon Plaza Buffalo ...", its board
before it at most ("Board of Directors Quillon Bancorp Inc. 25 West Main Street")."""
_SUBJECT_AFTER = re.compile(r"\s+[-\u2013\u2014]\s+(?=(?i:registration|re\b|opinion))")
"""A subject written after the name on its line: "Quillon AG - Registration Statement ..."."""


def _first_name(block: list[str]) -> str:
    """The block's first line; with the next, if the name runs on to it ("Quillon" over
    "Ridge Corporation")."""
    block = [_TO.sub("", block[0]), *block[1:]]  # "To: Quillon N.V.": the name after "To:"
    if _BOARD.fullmatch(block[0].strip(" ,")) and len(block) > 1:  # "Board of Directors"
        block = [re.sub(r"^of\s+", "", block[1]), *block[2:]]
    first = block[0].strip(" ,")
    runs_on = len(block) > 1 and len(first.split()) <= 2 and not _COMPANY_NAME.search(first)
    if runs_on and _COMPANY_NAME.search(block[1].strip(" ,")) and not is_address(block[1]):
        return f"{first} {block[1].strip(' ,')}"
    return first


_TO = re.compile(r"^[ \t]*(?i:to)[ \t]*:[ \t]*")
# A letter to the client's board: "The Board of Directors", "To the Board of Directors" over
# "of Quillon S.A.". The addressee is the company on the next line.
_BOARD = re.compile(r"(?i)(?:to\s+)?(?:the\s+)?board\s+of\s+directors(?:\s+of)?")


def _address_blocks(lines: list[str]) -> list[list[str]]:
    """The blocks of lines (split at blank lines) up to "Re:" or the salutation, without
    delivery, reference and contact lines."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if _BLOCK_END.match(line):
            break
        if _WEB_LINE.match(line):  # the end of a letterhead's block printed below the date
            blocks[-1] = []
        elif not line:
            blocks.append([])
        elif not re.match(r"(?i)(?:via |by )", line) and not _CONTACT.search(line):
            blocks[-1].append(line)
    return [b for b in blocks if b]


_WEB_LINE = re.compile(r"(?i)(?:www\.|https?://)\S+$")
"""A line that is a web address ends the firm's own block (name, street, telephone, web), which
some letterheads print below the date, above the addressee's."""
_CONTACT = re.compile(
    r"(?i)^(?:our|your|client|matter)\s+(?:ref|reference|file|no|number)\b|"
    r"^(?:direct|tel|telephone|phone|fax|facsimile|e-?mail|dial|writer)\b|@|"
    r"^(?=\S*\d)(?=\S*[/.-])[\w./-]+$|^(?:[oy]/\s*)?ref\b|"  # "AB/CD/1234.5", "O/Ref.:"
    r"^(?:please\s+reply|(?:strictly\s+)?private|confidential|by\s+(?:e-?mail|hand|courier)\b)|"
    r"^to:?$|^[+(\d][\d\s()+.-]{6,}$"  # "To:" on its own; a telephone number
)
_ADDRESS = re.compile(
    r"(?i)^\d+[\w-]*\s+\w+|^\d+/F\b|\b(?:street|avenue|road|boulevard|suites?|floor|p\.?\s?o\.?\s+box|"
    r"plaza|square|drive|lane|court|house|building|tower|centre|chambers|wharf|quay)\b"
)


def is_address(line: str) -> bool:
    """Whether a line is a street address ("22 Victoria Street", "Canon's Court"), not a
    company that happens to have such a word in its name ("Harbour House Holdings Ltd.")."""
    return bool(_ADDRESS.search(line)) and not _COMPANY_NAME.search(line.strip(" ,"))


def _issuer_in(engagement: str, heading: str) -> tuple[str | None, str | None, str]:
    """The issuer from the engagement; else from a heading line that calls it "the Company"
    ('Re: Quillon Ridge Ltd. (the "Company")')."""
    found = _issuer(engagement) if engagement.strip() else (None, None, "")
    called = _defined_clients(heading)
    if called and found[0] is not None and _client_defined_above(engagement):
        found = (None, None, "")  # the engagement names others: the client is the heading's
    if found[0] is None and called:
        # "We have acted as Guernsey advocates to the Fund, a company ... incorporated in
        # Guernsey": the engagement says where the client the heading named is organised
        where = _TERM_ORGANISED.search(" ".join(engagement.split())[:_ISSUER_REACH])
        return called[0], where.group(1) if where else None, "heading"
    return found


def _client_defined_above(engagement: str) -> bool:
    """Whether the engagement speaks of "the Company" without defining it ("We have acted as
    counsel to the Company in connection with ... the issue by the Company of Merger Shares to
    the stockholders of Saltmarsh Corp., a Delaware corporation"): the heading defined it, and
    a company the engagement names with its place is another party."""
    flat = " ".join(engagement.split())[:_ISSUER_REACH]
    return bool(_SPEAKS_OF_CLIENT.search(flat)) and not _DEFINES_CLIENT.search(flat)


def _issuer(engagement: str) -> tuple[str | None, str | None, str]:
    """The issuer, where it is organised, and which wording named them ("" if none did).

    A local-counsel letter for a guarantor is written to the guarantor's counsel's client, not
    the issuer: when the client is defined as a guarantor - or by its own name, in a letter on
    a guarantee - the issuer is the company the engagement calls "the Issuer" (or "the
    Company", "the Parent") or that filed the statement.
    """
    flat = " ".join(engagement.split())[:_ISSUER_REACH]
    found = _issuer_named(flat)
    after = flat[flat.find(found[0]) :][:400] if found[0] else ""
    if found[0] and _TERMED_VEHICLE.match(after[len(found[0]) :]):
        # "General Counsel of Harrow Bancorp (the "Company") ... securities of Harrow Capital
        # Trust I, a Delaware business trust (the "Trust")": the client is the one the letter
        # calls "the Company", not a vehicle named with its jurisdiction
        company = next((m.group(1).strip(" ,") for m in _ISSUER_BESIDE[3].finditer(flat)), "")
        company = _OFFICE_OF.sub("", company)  # "General Counsel of Harrow Bancorp"
        if company != found[0] and _COMPANY_NAME.search(company):
            return company, None, "called"
    # the client's own term decides: '(the "Company"), and to its subsidiaries (the
    # "Guarantors")' defines others as the guarantors, not the client
    own = _OWN_PARENTHESIS.match(after[len(found[0] or "") :])
    defined_otherwise = own is not None and bool(
        re.search(rf"[\"\u201c]{_CLIENT_TERM}[\"\u201d]", own.group(1))
    )
    guarantor = bool(
        found[0]
        and ((_GUARANTOR.search(after) and not defined_otherwise) or _AMONG_GUARANTORS.search(flat))
    )
    own_name = _OWN_TERM.match(after[len(found[0] or "") :]) and "guarantee" in flat
    if found[0] and (guarantor or own_name):
        # (the letter's own word for a client, "filed by the Company", names no one)
        # (nor a place: "... incorporated under the laws of the Netherlands (the "Issuer")")
        named = (
            (n, k)
            for n, k in _issuers_beside(flat)
            if not re.fullmatch(_CLIENT_TERM, n) and _PLACE_NAME.fullmatch(n) is None
        )
        name, called = next(named, (found[0], False))
        if name != found[0]:
            return name, _where_described(flat, name), "beside a guarantor"
        if guarantor and not called:  # (not when what was found is the one called the Issuer)
            return found[0], found[1], "guarantor"
    return found


_PLACE_NAME = re.compile(
    rf"(?i)(?:the\s+)?(?:state\s+of\s+|commonwealth\s+of\s+)?"
    rf"(?:{alternation(US_STATES)}|{alternation(OFFSHORE)}|United\s+States)"
)
"""A place, which issues nothing, however the words before a defined term read."""


def _where_described(flat: str, name: str) -> str | None:
    """Where the description right after a name says it is organised: "Ridgeline Operating
    Company, an Oregon corporation (the "Issuer")" -> Oregon."""
    at = flat.find(name)
    if at < 0:
        return None
    m = _DESCRIBED_AS.match(flat, at + len(name))
    if m:
        return _place(m.group(1))
    m = _DESCRIBED_IN.match(flat, at + len(name))
    return m.group(1) if m else None


def _place(described: str) -> str:
    """The place a company's description gives it ("State of Ohio ", "Bermudian") by name."""
    place = re.sub(r"(?i)^state\s+of\s+", "", described.strip())
    return _PLACE_OF.get(place, place)


_DESCRIBED_AS = re.compile(rf",?\s+an?\s+((?:[A-Z][\w.]*\s+){{1,4}}?)(?i:{_ENTITY})")


def _issuers_beside(flat: str) -> Iterator[tuple[str, bool]]:
    """The names an engagement gives the issuer beside its guarantor client, surest first (and
    whether it calls it the issuer): the one it calls "the Issuer" (or "the Parent", "the
    Registrant") or says filed the statement "as issuer", the one that filed it, the one it
    calls "the Company"."""
    for i, pattern in enumerate(_ISSUER_BESIDE):
        for m in pattern.finditer(flat):
            # ("... by the Guarantor and Halvard Re (U.S.) Finance Corp., a Delaware corporation
            # (the "Issuer")": the client's term, then the issuer's name)
            name = _TERM_AND.sub("", m.group(1).strip(" ,"))
            # "... organized under the laws of the Province of Nova Scotia (the "Company")": the
            # description was too long to be matched, and the place is no client
            # (nor "filed ... on January 27, 1997, as amended by Amendment No. 1": a filing)
            if (
                not _A_PLACE.match(name)
                and not _AN_AMENDMENT.match(name)
                and not _LAWS_OF.search(flat, max(0, m.start() - 60), m.start())
            ):
                yield name, i < _CALLED_ISSUER


_AN_AMENDMENT = re.compile(r"(?i)(?:pre-|post-)?(?:effective\s+)?amendment\b")
_A_PLACE = re.compile(
    r"(?:The\s+)?(?:Province|State|Commonwealth|Republic|Kingdom|Grand\s+Duchy)\s+of\b"
)


_ISSUER_REACH = 4000
"""How much of the engagement the issuer is looked for in: it is named in the first sentences,
and the patterns that find it, tried from each place in a long run of capitalised words ("Form
of Registration Statement of ..." repeated), take time that grows with the square of the text."""


_OWN_PARENTHESIS = re.compile(r",?\s+(?:an?\s+[^()]{0,80})?\(([^()]{1,80})\)")
"""The parenthesis right after the client's name and description: its own defined term."""
# ', a Michigan limited liability company ("Beta")': a client defined by its own name.
_OWN_TERM = re.compile(r",?\s+an?\s+[^()]{0,80}\((?:the\s+)?[\"\u201c][A-Z][\w&-]*[\"\u201d]\)")
# '(the "Guarantor")', '("Beta" and, together with Acme, the "Ohio Guarantors")'
_GUARANTOR = re.compile(
    r"\((?:[^()]{0,80}?\s)?(?:each,?\s+|together,?\s+|collectively,?\s+)?(?:the\s+|a\s+)?"
    r"[\"\u201c](?:[\w ]+\s)?Guarantors?[\"\u201d]\)"
)
_AMONG_GUARANTORS = re.compile(
    r"\bguarantors,?\s+including\s+the\s+Company\b|(?<!of )\bthe\s+Company\b[^.;()]{0,80}\("
    r"(?:[^()]{0,40}\s)?(?:the\s+)?[\"\u201c](?:[\w ]+\s)?Guarantors[\"\u201d]\)"
)
"""The client, called "the Company", among the guarantors: "certain guarantors, including the
Company", "the Company and certain other subsidiaries (collectively, the "Guarantors")" - not
"the subsidiaries of the Company listed on Schedule I (the "Guarantors")"."""
_TERMED = (
    _REG_NO + r",?\s+(?:an?\s+[^()]{{0,120}}(?:\([^()\"\u201c\u201d]{{0,80}}\)[^()]{{0,100}})?)?"
    r"\((?:the\s+)?[\"\u201c](?:{terms})[\"\u201d]\)"
)
"""A name's description and the term the letter defines for it (not _DEFINED_AS, which also
takes the term without quotes); the description may hold its form in the local tongue, in
brackets, but no term defined for another ("a company (sociedad anonima) incorporated under
the laws of the Kingdom of Spain (the "Issuer")"), and a registration number may come first
("Norrvik Medical AB (publ), reg. no. 556812-4470, a public limited liability company ...")."""
_ISSUER_BESIDE = (
    re.compile(_NAME + _TERMED.format(terms="Issuer|Parent|Registrant")),
    re.compile(rf"{_NAME},?\s+(?:\([^()]{{1,40}}\),?\s+)?as\s+issuer\b"),
    re.compile(rf"\bfiled\b[^;]{{0,200}}?\bby\s+{_NAME}"),
    re.compile(_NAME + _TERMED.format(terms="Company")),
)
_TERMED_VEHICLE = re.compile(_TERMED.format(terms=r"(?:[\w ]+\s)?(?:Trust|Fund|Partnership)"))
"""The name just found is a vehicle the letter calls "the Trust" (or "the Fund"), its
description between: the securities it issues are backed by the company's."""
_OFFICE_OF = re.compile(
    r"^(?:[A-Z][\w.]*\s+){0,4}?(?:Counsel|President|Officer|Secretary|Director)\s+of\s+(?:the\s+)?"
)
_CALLED_ISSUER = 2
"""The first patterns of _ISSUER_BESIDE, which call the company the issuer in words."""


_PLACE_OF = {
    "American": "United States",
    "Australian": "Australia",
    "Bermudian": "Bermuda",
    "British": "United Kingdom",
    "Canadian": "Canada",
    "Danish": "Denmark",
    "Dutch": "Netherlands",
    "English": "England and Wales",
    "French": "France",
    "German": "Germany",
    "Irish": "Ireland",
    "Israeli": "Israel",
    "Italian": "Italy",
    "Japanese": "Japan",
    "Liberian": "Liberia",
    "Luxembourgish": "Luxembourg",
    "Mexican": "Mexico",
    "Norwegian": "Norway",
    "Panamanian": "Panama",
    "Scottish": "Scotland",
    "Singaporean": "Singapore",
    "Spanish": "Spain",
    "Swedish": "Sweden",
    "Swiss": "Switzerland",
}
"""Where a client is organised when the letter says it by an adjective ("an Israeli company"):
the place, as letters name it ("organized under the laws of Israel")."""


def _issuer_named(flat: str) -> tuple[str | None, str | None, str]:
    """The client the engagement names, where it is organised, and the wording."""
    patterns = ((_ISSUER, "counsel to"), (_ISSUER_DEFINED, "defined"), (_ISSUER_OPENING, "defined"))
    for pattern, cue in patterns:
        m = pattern.search(flat)
        if m:
            jurisdiction = _place(m.group(2))
            if jurisdiction:
                return m.group(1).strip(" ,"), jurisdiction, cue
            laws = _UNDER_LAWS.search(m.group())  # "a private limited company incorporated
            # under the laws of Ireland"; or no place at all: "a naamloze vennootschap"
            found = (laws.group(1), "incorporated") if laws else (None, "called")
            return m.group(1).strip(" ,"), *found
    m = _ISSUER_INCORPORATED.search(flat)
    if m:
        return m.group(1).strip(" ,"), m.group(3).strip(), "incorporated"
    m = _ISSUER_LAWS_CALLED.search(flat)
    if m and _COMPANY_NAME.search(m.group(1).strip(" ,")):
        return m.group(1).strip(" ,"), m.group(2).strip(), "incorporated"
    for m in _ISSUER_CALLED.finditer(flat):
        # "... of Bermuda Ltd." in "the Bank of Bermuda Ltd.": "of" inside a name is no lead-in;
        # "... under the laws of Switzerland (the Company)": a place is no client
        before = flat[: m.start()]
        place = m.group().startswith("of") and _LAWS_OF.search(before)
        if not _NAMED_OF.search(before) and not place:
            # '... (the Company), a public company incorporated in Jersey': where, after it
            where = _DESCRIBED_IN.match(flat, m.end())
            return m.group(1).strip(" ,"), where.group(1) if where else None, "called"
    for m in _ISSUER_OWN_TERM.finditer(flat):
        name = m.group(1).strip(" ,")
        if _COMPANY_NAME.search(name) and re.sub(r"^The\s+", "", name).split()[0] == m.group(2):
            laws = _UNDER_LAWS.search(m.group())
            return name, laws.group(1) if laws else None, "own term"
    m = _ISSUER_NAMED.search(flat)
    if m and _COMPANY_NAME.search(m.group(1).strip(" ,")):
        return m.group(1).strip(" ,"), None, "named"
    m = _ISSUER_SHORT.search(flat)
    if m and m.group(1).split()[0] == m.group(4):
        return m.group(1).strip(" ,"), m.group(2).strip() or None, "defined"
    return None, None, ""


# "the shares of common stock of Quillon Ridge, Inc. to be registered": the company whose
# securities the opinion is on, in a letter that names no client.
_SECURITIES_OF = re.compile(
    rf"\b(?:shares|common\s+stock|ordinary\s+shares|securities|(?i:registration\s+statement)"
    rf"(?:\s+on\s+(?i:form)\s+[A-Z0-9-]+)?)\s+of\s+{_NAME}"
)
_PLAN_OF = re.compile(
    r"\bthe\s+((?:[A-Z][\w.&'\u2019-]*,?\s+){1,5}?(?:Inc|Corp|Ltd|LLC|plc|Co)\.?),?\s+"
    r"(?:\d{4}\s+)?(?:[A-Z][\w-]*\s+){0,4}Plans?\b"
)
"""A company's plan, named with it: "under the Tessaly Corp. 2019 Equity Incentive Plan"."""


def _securities_of(text: str) -> str | None:
    """The first company, by its name's form, whose shares, securities or registration statement
    the letter names; else the company whose plan it names."""
    flat = " ".join(text[:4000].split())
    for m in _SECURITIES_OF.finditer(flat):
        name = m.group(1).strip(" ,")
        # "1,000,000 shares of Company common stock": the letter's word for its client
        if _COMPANY_NAME.search(name) and not re.fullmatch(_CLIENT_TERM, name):
            return name
    plan = _PLAN_OF.search(flat)
    return plan.group(1).strip(" ,") if plan else None


_LAWS_OF = re.compile(
    r"\b[Ll]aws?(?:\s+of\s+the\s+(?:State|Commonwealth|(?:Federative\s+)?Republic|Island|Kingdom|"
    r"Grand\s+Duchy|Bailiwick|Principality))?\s+$"
)
# Names written "X of Y": "Bank of ...", "Trust of ...", "Province of ...".
_NAMED_OF = re.compile(
    r"\b(?:Bank|Trust|Company|Province|Republic|Commonwealth|University|Isle)\s+$"
)


_PLACES = alternation(US_STATES + OFFSHORE).lower()
_PLACE_COUNSEL = re.compile(
    rf"\b(?:as|are|been)\s+(?:(?:special|local|the\s+company's)\s+)?(?:{_PLACES})\s+"
    r"(?:(?:legal\s+)?(?:counsel|advis[eo]rs?)|attorneys|lawyers|advocates)\b"
    rf"|\bcounsel\s+in\s+(?:the\s+)?(?:{_PLACES})\b"
)
"""Counsel naming itself for its place ("as Maryland counsel", "we are Cayman Islands legal
advisers", "as Guernsey advocates", "counsel in Bermuda"): the local opinion beside the
registrant's main one. Not another firm the letter relies on ("Fenn & Ash, P.C., Pennsylvania
counsel to the Company"), nor counsel "in connection with" anything."""


def _document(exhibit: str | None, by_type: dict[str, str], text: str) -> tuple[str, str]:
    """The kind of letter, and what told it (a cue evidence.py weighs): the exhibit number it
    was filed as, the opinions its clauses give, the place its counsel names itself for (with
    the letter's words: "place:special Wyoming counsel")."""
    head = " ".join(text[:3000].split()).lower()
    number = exhibit or ""
    legality = bool(by_type.keys() & {"opinion-equity", "opinion-debt"})
    taxed = "opinion-tax" in by_type or "tax counsel" in head
    if number.startswith("8") and taxed:
        return "tax-opinion", "exhibit"
    if number.startswith("8"):  # an opinion on shares or debt under Exhibit 8 is doubted
        return "tax-opinion", "against opinions" if legality else "exhibit only"
    # filed as Exhibit 5 and opining on shares or debt, a tax clause besides is not the kind
    if taxed and not (number.startswith("5") and legality):
        return "tax-opinion", "against exhibit" if number.startswith("5") else "clauses"
    local = re.search(r"special\s+[a-z]+\s+counsel", head) or _PLACE_COUNSEL.search(head)
    if local and not re.search(r"special\s+(?:united\s+states|u\.s\.|tax)\s+counsel", head):
        words = r"\s+".join(
            map(re.escape, re.sub(r"^(?:as|are|been)\s+", "", local.group()).split())
        )
        said = re.search(words, text, re.IGNORECASE)
        # filed as Exhibit 5.1 with the opinion on the securities, it may be the only one the
        # issuer filed, from counsel that calls itself "special Wyoming counsel": doubted
        main = number in {"5", "5.1"} and legality
        cue = "place-main" if main else "place"
        return "local-counsel-opinion", f"{cue}:{' '.join(said.group().split()) if said else ''}"
    if number.startswith("5"):
        return "legality-opinion", "exhibit" if legality else "exhibit only"
    return ("legality-opinion", "clauses") if legality else ("other", "nothing")


def _filed_with(consent: str, registration_form: str | None, text: str) -> str | None:
    """The form the letter is filed with, as its consent says: a current report, or the
    registration statement. (The consent may name the report by the term the letter gave it
    elsewhere: "... an exhibit to the Company's Current Report on Form 8-K (the "Current
    Report")" / "We consent to the filing of this opinion as an exhibit to the Current
    Report".)"""
    flat = " ".join(consent.split())
    for form in ("8-K", "6-K"):
        if re.search(rf"Form\s+{form}", flat) or (
            re.search(r"\bCurrent\s+Report\b", flat)
            and re.search(rf"Current\s+Report\s+on\s+Form\s+{form}", text)
        ):
            return form
    if re.search(r"(?i)exhibit\s+to\s+the\s+registration\s+statement", flat):
        return registration_form
    return None


def _securities(engagement: str) -> tuple[list[tuple[str, str]], str]:
    """(type, description) of the securities the engagement names as defined terms, else of
    every kind it names in words (a shelf); and which of the two ("defined", "words")."""
    flat = " ".join(engagement.split())
    found: list[tuple[str, str]] = []
    underlying: list[tuple[str, str]] = []
    for m in _DEFINED.finditer(flat):
        term = m.group(1)
        # "shares issuable upon the exercise of outstanding warrants (the "Warrants")": the
        # warrants are what the registered shares come from, not themselves registered
        source = _UPON_EXERCISE.search(flat, max(0, m.start() - 90), m.start())
        kept = underlying if source else found
        for kind, pattern in _SECURITY_WORDS:
            if re.search(pattern, term, re.IGNORECASE) and kind not in {k for k, _ in kept}:
                described = _description(flat[: m.start()], term)
                counted = _BARE_COUNT.fullmatch(described) and _CLASS_AFTER.match(flat, m.end())
                if counted:
                    # "up to 4,000,000 shares (the "Shares") of its Series C Preferred Stock"
                    described = f"{described} of {counted.group(1)}"
                elif not re.search(pattern, described, re.IGNORECASE):
                    # "warrants to purchase shares of Common Stock (the "Warrants")": the words
                    # after "of" name what a warrant buys, not the warrant
                    described = term
                kept.append((kind, described))
                break
    found = found or underlying
    named = []
    for kind, pattern in _SECURITY_WORDS:
        hit = re.search(pattern, flat, re.IGNORECASE)
        if hit:
            named.append((kind, hit.group().strip()))
    if not found:
        return named, "words"
    # A shelf that defines one of the kinds it lists ("(ii) common stock (the "Common Stock"),
    # (iii) preferred stock and (iv) warrants") has them all; the ones only named in words make
    # the list a doubtful one rather than one kind short.
    defined = {k for k, _ in found}
    extra = [(k, d) for k, d in named if k not in defined]
    if extra and len(named) >= _SHELF_KINDS:
        return found + extra, "words"
    return found, "defined"


_UPON_EXERCISE = re.compile(
    r"\b(?:up)?on\s+(?:the\s+)?(?:exercise|conversion)(?:\s+or\s+(?:exercise|conversion))?"
    r"\s+of\s+(?:[^.;()\"\u201c]|\.(?=\d)){0,60}$"
)
_BARE_COUNT = re.compile(r"[\d,]+ shares")
_CLASS_AFTER = re.compile(
    r"(?<=\))\s+of\s+(?:its|the\s+Company['\u2019]s)\s+([^,;()]{3,100}?(?:[Ss]tock|[Ss]hares))\b"
)
"""The class of shares named after the defined term of a bare count ("... (the "Shares") of
its common stock"), when the words before it are only "4,000,000 shares"."""
_SHELF_KINDS = 3
"""A registration statement naming this many kinds of securities is a shelf for all of them."""


_AMOUNT = re.compile(
    r"\$\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion))?|"
    r"\b\d{1,3}(?:,\d{3})+(?=\s+(?:shares|units|warrants|depositary|ordinary|common|of)\b)"
)


_COUNT = re.compile(
    r"\b\d{1,3}(?:,\d{3})+(?=\s+(?:shares|units|warrants|depositary|ordinary|common)\b)|"
    r"\$\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion))?(?=\s+(?:aggregate\s+)?principal\b)",
    re.IGNORECASE,
)


def _amounts(engagement: str, securities: list[tuple[str, str]]) -> dict[str, str]:
    """The amount just before each security's description ("$300,000,000 aggregate principal
    amount of [the] 4.75% Senior Notes", "2,500,000 shares of [the] Common Stock")."""
    flat = " ".join(engagement.split())
    found = {}
    for kind, description in securities:
        at = flat.find(description)
        own = _AMOUNT.match(description)
        before = list(_AMOUNT.finditer(flat, max(0, at - 90), at)) if at > 0 else []
        if own:
            found[kind] = _with_unit(own.group(), description[own.end() :])
        elif before and not re.search(r"[.;()]", flat[before[-1].end() : at]):
            found[kind] = _with_unit(before[-1].group(), flat[before[-1].end() :])
        elif kind == "equity" and (count := _SHARE_COUNT.search(flat, 0, max(at, 0))):
            found[kind] = _with_unit(count.group(), flat[count.end() :])
    return found


_SHARE_COUNT = re.compile(r"\b\d{1,3}(?:,\d{3})+(?=\s+(?:ordinary\s+|common\s+)?shares\b)")


def _with_unit(amount: str, after: str) -> str:
    """ "2,500,000" followed by "shares of ..." is "2,500,000 shares"; dollars stay as they are."""
    shares = re.match(r"\s+(?:ordinary\s+|common\s+)?shares\b", after)
    return amount + " shares" if shares and not amount.startswith("$") else amount


_LEAD_WORDS = re.compile(r"^(?:[a-z][\w'\u2019-]*|Company['\u2019]s|Issuer['\u2019]s)\s+")


def _description(before: str, term: str) -> str:
    """The words before "(the "Notes")" that describe the security: "4.75% Senior Notes due
    2014", from its amount or its first capital, without the verbs and articles before it."""
    tail = _RELATIVE_AFTER.sub("", before[-220:])
    sentence = max((m.end() - 1 for m in _SENTENCE_END.finditer(tail)), default=-1)
    cut = max(tail.rfind(" of "), tail.rfind("("), tail.rfind(")"), tail.rfind(";"), sentence)
    phrase = _CLAUSE_AFTER.split(tail[cut + 1 :].strip(" ,"))[0]
    # "... of the Company's common stock, par value $0.0001 per share (the "Shares")": a class
    # named in lower case is the security's name too
    if (owned := _CLIENTS_CLASS.fullmatch(phrase)) and _CLASS_IN_WORDS.fullmatch(owned[1]):
        return owned[1]
    while (shorter := _LEAD_WORDS.sub("", _ON_FORM.sub("", phrase))) != phrase:
        phrase = shorter
    # "Securities and Exchange Commission today to register 95,510 common shares": a sentence
    # runs on before the number of securities, which starts their description
    counts = list(_COUNT.finditer(phrase))
    if counts and re.search(r"\s[a-z]+\s", phrase[: counts[-1].start()]):
        phrase = phrase[counts[-1].start() :]
    starts_well = phrase[:1].isupper() or phrase[:1].isdigit() or phrase[:1] == "$"
    # "shares of common stock of the Company, no par value (the "Shares")": the words after
    # the last "of" name the issuer, not the security
    of_the_client = re.match(rf"{_CLIENT_TERM}\b", phrase)
    # "1933" (of the Securities Act), "Exchange Notes will be guaranteed by ...": a year or a
    # clause is no security's name
    named = not _YEAR.fullmatch(phrase) and not _VERB.search(phrase)
    return (
        phrase if starts_well and 3 <= len(phrase) <= 160 and not of_the_client and named else term
    )


_CLASS_IN_WORDS = re.compile(
    r"(?:(?:common|ordinary|preferred|depositary|limited|partnership|senior|subordinated|"
    r"convertible|first|mortgage|secured|class\s+[a-z]|series\s+[a-z0-9]+)\s+)+"
    r"(?:stock|shares|units|notes|debentures|bonds)"
)
"""A class of securities named in lower case ("common stock", "class a ordinary shares", "first
mortgage bonds")."""
_RELATIVE_AFTER = re.compile(
    r"(?<=[A-Za-z0-9])\s+(?:that|which)\s+(?:have|has|are|is|will|were|was)\b[^()]*$"
)
"""A clause after the security's name, up to its defined term: "6.125% Senior Notes due 2031
that have been registered under the Securities Act of 1933, as amended (the "Notes")" (after a
word: '(the "Registration Statement"), which was filed ... of 24,000 units' is no such clause)."""
_SENTENCE_END = re.compile(r"\b[a-z0-9]{2,}\.\s+(?=[A-Z])")
"""A full stop ending a sentence: after a word in lower case or a number ("due 2031. The"),
not after a name's "Inc." or "U.S."."""
_YEAR = re.compile(r"(?:19|20)\d\d")
_VERB = re.compile(r"\b(?:will|shall|may|are|is|was|were|have|has|been)\b")


_ON_FORM = re.compile(r"^Form\s+[\w-]+\s+(?:relating|with\s+respect|in\s+respect)\s+to\s+")
"""The registration form before what it registers: "Form S-3 relating to its Senior Notes"."""
_CLAUSE_AFTER = re.compile(r",\s+(?=the\s|which\s|and\s|[a-z])")
"""Where a security's description goes on as a clause ("Senior Notes, which may be ...",
"Common Shares, no par value"): the name before it describes the security."""
CLIENT_TERMS = (
    "Company", "Issuer", "Corporation", "Registrant", "Trust", "Partnership", "Fund", "Bank",
    "Parent",
)  # fmt: skip
"""The defined terms a letter gives its client, which a security is "of"."""
_CLIENT_TERM = f"(?:{'|'.join(CLIENT_TERMS)})"
_TERM_AND = re.compile(rf"^(?:{_CLIENT_TERM}|Guarantors?)\s+and\s+")
"""A term the letter defines for a client, then "and", at the head of a name found before a
description ("the Guarantor and Halvard Re (U.S.) Finance Corp., ... (the "Issuer")")."""
_SPEAKS_OF_CLIENT = re.compile(rf"\b(?:to|for|by|of)\s+the\s+{_CLIENT_TERM}\b")
_DEFINES_CLIENT = re.compile(rf"\((?:the\s*)?[\"\u201c]?(?:the\s+)?{_CLIENT_TERM}\b")
_TERM_ORGANISED = re.compile(
    rf"\bthe\s+{_CLIENT_TERM},?\s+an?\s+[^();]{{0,120}}?{_ORGANISED_IN}"
    r"([A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+){0,2})"
)
"""The client, by its defined term, and where it is organised."""

_CLIENTS_CLASS = re.compile(rf"(?:of\s+)?(?:(?:the\s+)?{_CLIENT_TERM}['\u2019]s\s+|its\s+)?(.+)")
"""The class of securities after "of" and the client's name: "of the Company's common stock",
"of common stock"."""


_PLACE_LAW = re.compile(rf"\b({alternation(US_STATES + OFFSHORE + tuple(_PLACE_OF))})\s+law\b")
"""A law named by its place or the place's adjective: "Jersey law", "Dutch law"."""
_PLACE_NAMED = {**_PLACE_OF, "Cayman": "Cayman Islands", "BVI": "British Virgin Islands"}


def _laws(clause: str) -> list[str]:
    flat = " ".join(clause.split())
    found: list[str] = []
    for pattern, name in _LAWS:
        if re.search(pattern, flat, re.IGNORECASE):
            found.append(name)
    for m in _PLACE_LAW.finditer(flat):
        place = _PLACE_NAMED.get(m.group(1), m.group(1))
        if not any(place in f for f in found):
            found.append(place)
    statutes = [" ".join(m.group().split()) for m in _STATUTE.finditer(flat)]
    statutes += [f"{m[2]} {m[1]} Corporation Law" for m in _STATUTE_OF_STATE.finditer(flat)]
    for name in statutes:  # "Chapter 78 of the Nevada Revised Statutes"
        if name not in found:
            found.append(name)
    for m in _STATE_LAW.finditer(flat):
        place = m.group(1)
        if place not in _NOT_PLACES and not any(place in f for f in found):
            found.append(place)
    return found


def letterhead(heading: str) -> str:
    """The lines of a heading above its date: the letterhead, not the addressee."""
    return _above_date(heading)
