"""Which of a merger's companies issues the securities: the one the holders end up in.

A letter on a merger (most often a tax opinion given to the company that disappears) names both
sides, and its engagement often names its own client, the target. The securities the
registration statement covers are the other side's: the company that acquires ("Harrow Bancorp
will acquire Dunmore Vale"), the company merged into ("Dunmore Vale will merge with and into
Harrow Bancorp"), or the parent of the subsidiary merged into ("... with and into Harrow Merger
Sub, a wholly owned subsidiary of Harrow Bancorp").
"""

from __future__ import annotations

import re

from precedent_bank.importer.firms import firm_key

_WORD = r"(?:[A-Z][\w.&'\u2019/-]*|of|and|&)"
# A name starts at a word's start: tried from inside a long run of capitals, the pattern would
# scan the rest of the run from each of its letters.
_START = r"(?<![\w.&'\u2019/-])"
_FORM = r"(?:,\s+(?:Inc|Ltd|LLC)\.?)?"
_NAME = rf"({_START}(?:The\s+)?[A-Z][\w.&'\u2019/-]*(?:,?\s+{_WORD}){{0,7}}?{_FORM})"
"""A company's name or the short name the letter gave it ("Harrow", "Harrow Bancorp, Inc."),
as short as the words after it allow."""
NAME_PATTERN = _NAME
"""The same, for other modules' patterns: a name of eight words at most, from a word's start."""
_NAME_LAST = (
    rf"({_START}(?:The\s+)?[A-Z][\w.&'\u2019/-]*"
    r"(?:,?\s+(?:[A-Z][\w.&'\u2019/-]*|(?:of|and|&)(?=\s+[A-Z]))){0,7}"
    rf"{_FORM})"
)
"""The same, as long as it goes: a name last in its pattern."""
_DEFINED = re.compile(
    rf"{_NAME},?\s+(?:an?\s+[^()]{{0,80}}?)?\((?:the\s+)?[\"\u201c]([A-Z][\w.&'\u2019-]*"
    rf"(?:\s+[A-Z][\w.&'\u2019-]*){{0,2}})[\"\u201d]"
)
"""'Harrow Bancorp, Inc., a Delaware corporation ("Harrow")': a short name and its company."""
_ACQUIRES = re.compile(
    rf"{_NAME}\s+(?:will|is\s+to|has\s+agreed\s+to|proposes\s+to)\s+acquire\s+{_NAME_LAST}"
)
_INTO = re.compile(
    rf"{_NAME}\s*(?:\([^()]{{0,80}}\)\s*)?"
    rf"(?:,\s*an?\s+[^()]{{0,120}}?(?:\([^()]{{0,60}}\)\s*)?,?\s*)?"
    rf"(?:will\s+(?:be\s+)?merge[ds]?|merging|merged)?\s*with\s+and\s+into\s+{_NAME_LAST}"
)
_SUBSIDIARY_OF = re.compile(
    # "..., a wholly owned subsidiary of Harrow Bancorp", '..., a Kentucky corporation ("Merger
    # Sub") that is wholly owned by Harrow Bancorp'
    rf"^\s*(?:\([^()]{{0,80}}\)\s*)?,?\s*(?:an?\s+[^.;()]{{0,80}}?(?:\([^()]{{0,60}}\)\s*)?)?"
    r"(?:(?:that|which)\s+is\s+)?(?:an?\s+)?(?:(?:direct|indirect|wholly[- ]owned|wholly)\s+)*"
    rf"(?:subsidiary\s+of|owned\s+by)\s+{_NAME_LAST}"
)


def acquirer(text: str, issuer: str | None) -> str | None:
    """The company a merger's holders end up in, when the letter's issuer so far (`issuer`,
    None if none was found) is the side that disappears; else None."""
    flat = " ".join(text.split())
    if not _ON_A_MERGER.search(flat):  # most letters: not worth the patterns below
        return None
    names = _short_names(flat)
    for survivor, target, after in _sides(flat):
        survivor, target = names.get(survivor, survivor), names.get(target, target)
        if issuer is not None and _same(issuer, survivor) and (owner := _parent(flat, target)):
            # a parent's merger subsidiary merged into the client ("... of Bluejay Acquisition
            # Corp. ("Merger Sub"), a wholly owned subsidiary of Velant Systems, Inc., with and
            # into Marrowfield"): the client's holders end up in the parent
            owner = names.get(owner, _bare(owner))
            if " " in owner and not _same(owner, survivor):
                return owner
        if issuer is not None and not _same(issuer, target):
            continue
        parent = _SUBSIDIARY_OF.match(after) or _parent_said(flat, survivor, names)
        if parent:
            survivor = names.get(parent.group(1), _bare(parent.group(1)))
        if " " in survivor and firm_key(survivor) != firm_key(target):
            return survivor
    exchanged = _EXCHANGED_FOR.search(flat)  # a share exchange: the holders get its stock
    if exchanged and not _ISSUES.search(_sentence_before(flat, exchanged.start())):
        named = exchanged.group(1)
        owner = names.get(named.rstrip("."), names.get(named, _bare(named)))
        if " " in owner and (issuer is None or not _same(issuer, owner)):
            return owner
    return None


_ON_A_MERGER = re.compile(
    r"\bwith\s+and\s+into\b|\bwill\s+acquire\b|\bto\s+acquire\b|\bin\s+exchange\s+for\b"
)
_EXCHANGED_FOR = re.compile(
    rf"\bsolely\s+in\s+exchange\s+for\s+(?:shares\s+of\s+)?(?:the\s+)?(?:voting\s+)?"
    rf"(?:common|capital)\s+stock\s+of\s+{_NAME}(?:(?<=\.)(?=\s)|(?=\s*[.,;:()]|\s+[a-z]|$))"
)
"""'... all of the shares of Dunmore Vale solely in exchange for common stock of Harrow
Bancorp': the company whose stock the holders receive."""
_ISSUES = re.compile(r"\b(?:will|shall|to|would|may)\s+(?:\w+\s+)?issue\b|\bissu(?:es|ing)\b")
"""A sentence whose subject issues something "in exchange for common stock of X" gives X's stock
up: "Harrow will issue its shares solely in exchange for common stock of Dunmore" (not "all of
the issued and outstanding shares of Dunmore ... in exchange for common stock of Harrow")."""


def _sentence_before(flat: str, at: int) -> str:
    """The words of `at`'s sentence before it (at most a few hundred characters)."""
    before = flat[max(0, at - _SENTENCE_REACH) : at]
    return before[before.rfind(". ") + 1 :]


_SENTENCE_REACH = 400


def _sides(flat: str) -> list[tuple[str, str, str]]:
    """(survivor, target, the words after the survivor) for each way the merger is told."""
    sides = [(m.group(1), m.group(2), flat[m.end() :][:200]) for m in _ACQUIRES.finditer(flat)]
    sides += [(m.group(2), m.group(1), flat[m.end() :][:200]) for m in _INTO.finditer(flat)]
    return [(_bare(s), _bare(t), after) for s, t, after in sides]


def _parent_said(flat: str, company: str, names: dict[str, str]) -> re.Match[str] | None:
    """Where the letter says, by its name or short name, whose subsidiary `company` is
    ("Crescent is a wholly owned subsidiary of Crescent Financial Corporation")."""
    called = [term for term, name in names.items() if name == company] + [company]
    said = "|".join(re.escape(c) for c in called)
    owned = rf"\s+is\s+an?\s+(?:[\w-]+\s+){{0,3}}subsidiary\s+of\s+{_NAME_LAST}"
    return re.search(rf"\b(?:{said}){owned}", flat)


def _parent(flat: str, company: str) -> str | None:
    """The parent of the company merged into the survivor: the company itself, when the letter
    calls it a merger subsidiary's parent ("... Merger Sub, a wholly owned subsidiary of Velant
    Systems, Inc., with and into ..." is read as Velant merging), or the parent it names where
    it first names the company ("Bluejay Acquisition Corp. ("Merger Sub"), a wholly owned
    subsidiary of Velant Systems, Inc.")."""
    if re.search(rf"\bsubsidiary\s+of\s+{re.escape(company)}", flat):
        return company
    named = re.search(
        rf"\b{re.escape(company)}[^.;]{{0,120}}?\ban?\s+(?:(?:direct|indirect|wholly[- ]owned|"
        rf"wholly)\s+)*subsidiary\s+of\s+{_NAME_LAST}",
        flat,
    )
    if named is None:
        return None
    return named.group(1)


def _same(name: str, other: str) -> bool:
    """Whether two names are one company's, one perhaps shortened ("Harrow" and "Harrow
    Bancorp, Inc.")."""
    key, other_key = firm_key(name), firm_key(other)
    return bool(key and other_key) and (
        key == other_key or key.startswith(other_key + " ") or other_key.startswith(key + " ")
    )


def _short_names(flat: str) -> dict[str, str]:
    return {m.group(2): _bare(m.group(1)) for m in _DEFINED.finditer(flat)}


def _bare(name: str) -> str:
    """The name without a leading "the" before a short name, and without what runs on after
    its legal form ("Harrow Bancorp, Inc. Ladies and Gentlemen")."""
    name = _AFTER_FORM.sub("", name.strip(" ,"))
    return re.sub(r"^(?:The|the)\s+(?=[A-Z][a-z]*$)", "", name)


_AFTER_FORM = re.compile(
    r"(?<=\b(?:Inc|Ltd|LLC|N\.A)\.)\s+[A-Z].*|(?<=\b(?:Inc|Ltd|LLC))\s+[A-Z].*|"
    r"(?<=[a-z]{3})\.\s+[A-Z].*"  # a sentence's end: "... Corporation. Centennial will ..."
)
