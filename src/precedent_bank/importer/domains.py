"""A firm's web and e-mail domains, and the names in a letter that spell them.

Many letterheads give the firm's name in a logo the text export drops, and keep only its web
address or a lawyer's e-mail ("www.marrowpike.com", "jdoe@marrowpike.com"). A domain is never
made into a name: it only confirms a name the letter writes out ("MARROW PIKE", "Marrow Pike
LLP", "Marrow Pike (Bermuda) Limited"), picks between candidates, or, spelling none, is told to
the reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from precedent_bank.importer.firms import firm_key, with_form_stop

_DOMAIN = re.compile(
    r"(?i)(?:\bwww\.|@|\b)([a-z0-9][a-z0-9-]{1,40})\.(?:com|net|org|law|legal|co\.uk|com\.au|"
    r"ca|bm|ky|vg|je|gg|hk|sg|lu|ie|nl|be|ch|de|fr|eu)\b(?![.-]\w)"
)
# Mail and hosting services, regulators: domains that are nobody's letterhead.
_NOBODY = frozenset({"gmail", "yahoo", "hotmail", "aol", "outlook", "msn", "sec", "edgar", "www"})
# Words firms add to their name in a domain: "marrowpikelaw.com", "marrowpikeglobal.com".
_ADDED = ("", "law", "legal", "global", "llp", "group", "lawfirm", "pc")
_LEGAL_FORM = (
    r"(?:,?\s+(?i:l\.?l\.?p\.?|p\.?l\.?l\.?c\.?|p\.?c\.?|l\.?l\.?c\.?|p\.?a\.?|limited|"
    r"ltd\.?|professional\s+corporation|n\.v\.|b\.v\.))"
)
_WORD = re.compile(r"[A-Z][A-Za-z'\u2019-]*")
_FORM_AFTER = re.compile(rf"(?:\s+\([A-Z][\w ]{{2,30}}\))?{_LEGAL_FORM}(?![A-Za-z])")
_FORM_END = re.compile(rf"{_LEGAL_FORM}\.?$")


def letter_domains(text: str) -> list[str]:
    """The domains `text` gives ("marrowpike.com" for "www.marrowpike.com" or
    "jo@marrowpike.com"), in order, once each, without mail services and regulators."""
    found: list[str] = []
    for m in _DOMAIN.finditer(text):
        domain = m.group().lstrip("@").lower().removeprefix("www.")
        if _stem(domain) not in _NOBODY and domain not in found:
            found.append(domain)
    return found


def _stem(domain: str) -> str:
    """ "marrowpike" for "marrow-pike.co.uk"."""
    return domain.split(".", 1)[0].replace("-", "")


def spells(name: str, domains: Iterable[str]) -> bool:
    """Whether a domain spells `name`: its words run together, with or without a word firms add
    ("pellamlaw" for "Pellam") and with or without its "and" ("broadandcassel"), or, for a name
    with a legal form, its first words alone ("marrow" for "Marrow & Pike LLP")."""
    words = firm_key(name).split()
    run = "".join(words)
    if not run:
        return False
    heads = {"".join(words[:n]) for n in range(1, len(words))} if _FORM_END.search(name) else set()
    # (the key leaves "and" out; a domain may spell it: "broadandcassel" for "Broad and Cassel")
    spelled_and = re.sub(r"[^a-z0-9]", "", name.lower().replace("&", "and"))
    runs = {r + added for r in (run, spelled_and) for added in _ADDED}
    stems = {_stem(domain) for domain in domains}
    return any(stem in heads or stem in runs for stem in stems)


def name_spelling(text: str, domains: Sequence[str], clients: Iterable[str] = ()) -> str | None:
    """The first name in `text` that a domain spells, with its legal form if it has one: two
    words or more ("OF MARROW PIKE" gives "MARROW PIKE"), or one word followed by a legal form
    ("Pellam (Bermuda) Limited"). Web and e-mail addresses are not names; a client's name
    (`clients`) is never counsel's."""
    if not domains:
        return None
    client_keys = {firm_key(c) for c in clients}
    initials = {domain[0] for domain in domains}
    chunks = [
        (m.start(), m.group())
        for m in re.finditer(r"\S+", text)
        if not re.search(r"(?i)@|www\.|\.(?:com|net|org)\b", m.group())
    ]
    for i, (start, chunk) in enumerate(chunks):
        word = chunk.lstrip("|[(\"'\u201c")
        if not _WORD.match(word) or word[0].lower() not in initials:
            continue
        at = start + len(chunk) - len(word)
        found = [_spelled_to(text, at, last, domains) for last in chunks[i : i + _MOST_WORDS]]
        names = [name for name in found if name and firm_key(name) not in client_keys]
        if names:
            return names[-1]  # the longest: "Marrow Pike Law Group, LLP", not "Marrow Pike"
    return None


_MOST_WORDS = 6


def _alone_on_its_line(text: str, start: int, stop: int) -> bool:
    """Whether the word from start to stop stands alone on its line (a table's bars aside): a
    one-word firm's letterhead ("VARNUM" over its address, beside varnumlaw.com)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", stop)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return line.strip(" \t|") == text[start:stop] and len(text[start:stop]) >= _ONE_WORD_NAME


_ONE_WORD_NAME = 4
"""The fewest letters of a one-word firm's name."""


def _spelled_to(text: str, start: int, last: tuple[int, str], domains: Sequence[str]) -> str | None:
    """The name from `start` to the chunk `last`, with a legal form just after it, if it is
    one and a domain spells it."""
    stop = last[0] + len(last[1].rstrip(",.;:|)]\"'\u201d"))
    words = " ".join(text[start:stop].split())
    form = _FORM_AFTER.match(text, stop)
    named = re.sub(r"\s+", " ", words + (form.group() if form else ""))
    if form and form.group().islower():  # "Marrow & Pike llp": the form as firms write it
        named = words + form.group().upper()
    if len(words.split()) < 2 and not form and not _alone_on_its_line(text, start, stop):
        return None
    return with_form_stop(named) if _is_name(named) and spells(named, domains) else None


def _is_name(found: str) -> bool:
    """Capitalised words, "&" and "and" only: no sentence, no figures."""
    words = re.sub(r"\(.*?\)", " ", found).replace(",", " ").split()
    if not words or words[-1] in ("&", "and") or re.search(r"\d", found):
        return False
    return all(w[0].isupper() or w in ("&", "and") for w in words)
