"""Companies a letter names besides its issuer: a sign the issuer read may be the wrong one.

A bank and its holding company, a trust and its sponsor, a guarantor and its parent, a fund and
the fund it takes over: a letter that names a second company again and again near its top is
where the issuer read from the engagement was most often wrong, and not doubted, on the outside
letters (bench/README.md, "Session 15"). Which of them issues the securities is then for the
reviewer to say; the importer does not guess - but for a bank. A U.S. bank's own securities
need no registration (Securities Act section 3(a)(2)), so a filed letter whose issuer reads as a
bank, and that names the bank's holding company, is most likely on the holding company's
securities: a savings bank's conversion, a bank's reorganisation. That is doubted too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from precedent_bank.importer.firms import firm_key

READ = 6000
"""How much of the letter's start is read for companies: past the heading and the engagement,
where a letter says whose securities it covers."""
TIMES = 2
"""How often another company must be named to doubt the issuer: once is a trustee, an
underwriter or an address; twice, on the outside letters, was a rival issuer more often."""

NAMES = 200
"""The most names of companies weighed for a rival."""

_SUFFIX = (
    r"(?:Inc|Corp|Corporation|Company|LLC|Ltd|Limited|plc|L\.P|N\.A|Bancorp|Bancshares|"
    r"Bancorporation|Holdings|Group|Bank|Trust|Fund|Partnership)"
)
_NOT_FIRST = (
    r"(?:The\s+|Dear|Each|Any|Every|Such|Said|Our|Your|This|That|These|Those|No|Both|All|Re|"
    r"To|By|From|With|For|And|Of|In|On|At|As|If|When|Upon|Under|Between|Mr|Mrs|Ms|Dr)\b"
)
"""Words that open no company's name ("Dear Harrow Bank:", "Each Fund is ..."), and "The"
before a bare corporate word ("The Company")."""
_WORD = (
    # a word is letters and marks, an initial or abbreviation ("U.S.", "Co."), or a number with
    # a letter ("07-A"); atomic, so a word is never split again to retry the rest
    r"(?>(?:[A-Z]\.){1,3}|(?:Co|St|Mt|Bros)\.|[A-Z][\w&'\u2019-]{0,40}|\d[\w-]{0,8}[A-Z][\w-]{0,8})"
)
_JOIN = r"(?:(?:of|and|&)[ \n](?=[A-Z]))?"
"""A word joining two of a name's ("Quillon Gas and Electric Company", "Bank of Quillon")."""
COMPANY = re.compile(
    # from a word's start only (the capital is looked at first: most places fail there), so a
    # long run of capitals is tried once, not from each of its letters
    rf"(?=[A-Z])(?<![\w.&'\u2019/-])(?!{_SUFFIX}\b(?! of\b)|{_NOT_FIRST})"
    rf"({_WORD}(?:[ \n]{_JOIN}(?!{_NOT_FIRST}){_WORD}){{0,4}}?,?[ \n]{_SUFFIX}\b"
    r"(?:,\s+(?:Inc|Ltd|LLC|L\.P|N\.A)\b)?\.?"
    # a series numeral after the form is the name's: "Quillon Acquisition Corp. II"
    r"(?:[ ](?:II|III|IV|V|VI|VII|VIII|IX|X)\b)?)"
    # ... ending the name: "Limited Partnership Act", "General Corporation Law" are statutes
    r"(?:(?<=\.)|(?!\s+(?:of\s+|&\s+)?[A-Z][a-z]|\s+and\s+Trust\b))"
)
"""A company's name by its form: up to five capitalised words (or numbered ones: "07-A", with
"of", "and" or "&" between them), not split by a comma or a sentence's end, and a corporate
word ("Harrow Bancorp, Inc.", "Dunmore Vale Savings Bank", "Quillon Royalty Trust", "Quillon
Energy Partners 07-A, L.P.")."""
_TITLE_ABOVE = re.compile(
    r"\b(?:Officer|President|Directors|Secretary|Counsel|Treasurer|Chair(?:man)?|Manager|"
    r"Trustees|Attention|Attn\.?)$"
)
"""A person's title or a board ending the line over a company's name in an address block: the
name is the next line's alone ("Chief Executive Officer" over "Quillon Bancorp, Inc."). Other
names broken over two lines are one ("NovaDel" over "Pharma Inc." in narrow text)."""
_IN_ROLE = re.compile(
    r",?\s+(?:as\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:trustee|underwriters?|representatives?|"
    r"agent|depositary)\b|\((?:the\s+)?[\"\u201c]?(?:[A-Z]\w+\s+)?(?:Trustee|Underwriters?|"
    r"Representatives?|Agent|Depositary)[\"\u201d]?\))"
)
"""A company's part in the deal that is never the issuer's: "Marlow Trust Company, as owner
trustee", "Quillon Securities Inc., as representative of the several underwriters", "Marlow
Trust Company (the "Trustee")"."""
_AUTHORITY = re.compile(r"\b(?:Deposit Insurance|Federal Reserve|Federal Home Loan)\b")
"""Banking authorities a bank's letter names, never an issuer ("the Federal Deposit Insurance
Corporation")."""
_FORM_WORDS = frozenset(
    {"the", "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited"}
    | {"plc", "llc", "lp"}
)
"""Words of a company's legal form: "Dunmore Holdings, Inc." and "Dunmore Holdings" are one."""


def company_names(text: str) -> list[str]:
    """The names of companies in `text`, in order, each as written, but those named as the
    trustee, an underwriter or an agent, and banking authorities."""
    return [name for name, _ in _named(_even(text))]


def _even(text: str) -> str:
    """`text` with each run of spaces one space, and each line break with the spaces and blank
    lines around it one line break: a name may wrap onto the next line, but an address block's
    lines are names of their own."""
    return re.sub(r" ?\n\s*", "\n", re.sub(r"[ \t\r\f\v]+", " ", text))


def _named(even: str) -> Iterator[tuple[str, int]]:
    """Each company's name in `even` (text evened out by _even), and where it starts."""
    for m in COMPANY.finditer(even):
        name, start = m.group(1), m.start(1)
        if "\n" in name:  # "Chief Executive Officer" over "Quillon Bancorp, Inc.": the last line
            last = name.rsplit("\n", 1)[1]
            if _TITLE_ABOVE.search(name.rsplit("\n", 1)[0]) and COMPANY.fullmatch(last):
                name, start = last, m.end(1) - len(last)
        if _IN_ROLE.match(even, m.end()) or _AUTHORITY.search(name):
            continue
        yield name.replace("\n", " "), start


def same_company(name: str, other: str) -> bool:
    """Whether one name is the other's, shortened or whole, whatever its case ("Harrow Bancorp"
    and "HARROW BANCORP, INC."); word by word, so "Ark" is not "Parkland". Two names that both
    give a legal form are one only when one is the other's tail: "Popular, Inc." is not
    "Popular North America, Inc."."""
    (words, in_order, formal), (others, others_in_order, other_formal) = _read(name), _read(other)
    if not (words and others):
        return False
    if formal and other_formal:  # whole names, or one the tail of the other
        shorter, longer = sorted((in_order, others_in_order), key=len)
        return longer[len(longer) - len(shorter) :] == shorter
    return words <= others or others <= words


@lru_cache(maxsize=4096)
def _read(name: str) -> tuple[frozenset[str], tuple[str, ...], bool]:
    """A name's words; the same in order, without joining words (a name read from its end,
    "Electric Company" in "... Kansas Gas and Electric Company", is the whole name's tail); and
    whether it gives a legal form. Kept: a letter names one company many times."""
    words = [w for w in firm_key(name).split() if w not in _FORM_WORDS]
    in_order = tuple(w for w in words if w not in {"and", "of"})
    return frozenset(words), in_order, bool(_LEGAL_FORM.search(name))


def _words(name: str) -> frozenset[str]:
    return _read(name)[0]


_LEGAL_FORM = re.compile(rf"(?i)\b(?:{'|'.join(sorted(_FORM_WORDS - {'the', 'lp'}))}|l\.?p)\b")
"""A legal form written in a name, by the words of _FORM_WORDS ("L.P." with its stops too)."""


def rival(text: str, issuer: str, firm: str | None) -> tuple[str, int] | None:
    """The company, other than `issuer` and the firm, that the start of `text` names most often,
    and how often, when that is TIMES or more."""
    counts: Counter[str] = Counter()
    # each name is compared with those counted before it: a real letter's start names a few
    # dozen companies, a hostile one thousands, and they need not all be weighed
    for name in company_names(text[:READ])[:NAMES]:
        if same_company(name, issuer) or (firm and same_company(name, firm)):
            continue
        # the first spelling stands for later ones of the same company ("Then Harrow Group")
        counts[next((seen for seen in counts if same_company(name, seen)), name)] += 1
    if not counts:
        return None
    name, times = counts.most_common(1)[0]
    return (name, times) if times >= TIMES else None


_BANK = re.compile(r"\bBank(?:,?\s+N\.A)?\.?$")
"""A bank by its name's end ("Quillon Savings Bank", "Quillon Bank, N.A."; not "Quillon Bank
Corporation")."""
_HOLDING = re.compile(r"\b(?:Bancorp|Bancorporation|Bancshares|Financial|Holdings?|Group)\b")
"""A word a bank's holding company's name has ("Quillon Bancorp, Inc.", "Quillon Financial
Corp.", "Quillon Holdings, Inc.")."""
_PARENT = re.compile(
    r"(?i)(?:subsidiary|holding\s+company)\s+(?:of|for)\s+(?:the\s+)?$|"
    r"\b(?:parent|holding\s+company)\b[^.;]{0,40}$"
)
"""Words before a name that make it the bank's parent ("a wholly owned subsidiary of Quillon
Bancorp, Inc.", "the proposed holding company, Quillon Bancorp, Inc.")."""
_DEFINED_PARENT = re.compile(
    r"[^.;]{0,80}?(?:\((?:the\s+)?[\"\u201c](?:[\w-]+\s+)?Holding\s+Company[\"\u201d]\)|"
    r"\bholding\s+company\s+(?:of|for)\b|\b(?:will\s+own|owns)\b[^.;]{0,40}?\bBank\b)"
)
"""Words after a name that make it the bank's parent ('Quillon Bancorp, Inc. (the "Holding
Company")', "Quillon Bancorp, Inc., a Maryland corporation and the holding company for the
Bank", "Quillon Bancorp, Inc. will own all of the stock of the Bank")."""
_PLAIN_WORDS = frozenset({"the", "bank", "savings", "federal", "national", "state", "community"})
"""Words a bank's name shares with many companies': no sign of its own holding company."""
_DEFINED_WORDS = frozenset({"holding", "holdings", "mid", "tier", "new", "proposed", "stock"})
"""The words of a term a letter defines for a holding company ("the Mid-Tier Holding Company",
"the Stock Holding Company"), which names no company."""


def bank_holding_company(text: str, issuer: str) -> str | None:
    """The holding company of `issuer`, when `issuer` is a bank and the start of `text` names a
    company by a holding company's name that bears every distinctive word of the bank's ("Home
    Bancorp, Inc." for "Home Bank") or that the letter calls the bank's parent; the most named
    of them."""
    if not _BANK.search(issuer):
        return None
    own = _words(issuer) - _PLAIN_WORDS
    even = _even(text[:READ])
    counts: Counter[frozenset[str]] = Counter()
    first: dict[frozenset[str], str] = {}
    for name, start in _named(even):
        key = _words(name)
        if not _HOLDING.search(name) or same_company(name, issuer) or key <= _DEFINED_WORDS:
            continue  # the bank itself; "the Mid-Tier Holding Company", a term the letter defines
        before = even[max(0, start - 60) : start].replace("\n", " ")
        akin = bool(own) and own <= key
        if akin or _PARENT.search(before) or _DEFINED_PARENT.match(even, start + len(name)):
            counts[key] += 1
            first.setdefault(key, name)
    if not counts:
        return None
    return first[max(counts, key=lambda k: (bool(own) and own <= k, counts[k]))]
