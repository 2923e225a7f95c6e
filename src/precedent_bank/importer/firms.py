"""Firm names: one key for the spellings of one firm, and whether a name looks like a firm's.

"Andrews & Kurth L.L.P.", "ANDREWS KURTH LLP" and "Andrews Kurth" are one firm: case,
punctuation, "&"/"and" and the legal form (LLP, P.C., Limited ...) do not tell firms apart. An
imported letter's firm is spelled as the bank already spells it, so the firm is listed once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_FORM_WORDS = re.compile(
    r"\b(?:llp|l\s?l\s?p|lp|pc|p\s?c|pa|p\s?a|llc|l\s?l\s?c|pllc|nv|bv|professional|corporation|association|"
    r"limited|ltd|chartered|the|and|esq|esquire|sarl|cvba|scrl|sprl|bvba|gmbh|jd|ll\s?m|cpa)\b"
)
"""Words that name a legal form, or a lawyer's degrees ("J.D., LL.M."), not who the firm is."""
_COMPANY_FORM = re.compile(
    r"(?i)\b(?:inc|incorporated|corp|corporation|co|company|plc|n\.a|s\.a|trust)\.?$"
)


_REMARK = re.compile(
    # (an innermost bracket only: a lazy ".*?\)" scanned the rest of the line from each "(", and
    # a line of thousands of them took minutes)
    r"\((?![^()\n]*\b(?:let+er+head|logo)\))[^()\n]*\)|"
    r"\battorneys?[\s-]+at[\s-]+law\b|\b(?:on\s+)?let+er+head\b|\blogo\b"
)
"""A remark in brackets ("(US)") and the words around a letterhead's description ("(ON MARROW
PIKE LETTERHEAD)"), whose name is kept."""


# Cached: each imported letter's firm is matched against every firm the bank and the batch
# so far hold, so the same few hundred names are keyed again for every letter.
@lru_cache(maxsize=8192)
def firm_key(name: str) -> str:
    """The name without case, accents, punctuation, "&"/"and", remarks in brackets, legal form,
    "Esq.", degrees or "Attorney at Law": "Méndez" in the letterhead and "Mendez" in the
    signature are one firm."""
    name = re.sub(_REMARK, " ", unaccented(name).lower())
    name = re.sub(r"[^a-z0-9 ]", " ", name.replace("&", " "))
    name = re.sub(r"\b((?:[a-z] ){1,3}[a-z])\b", lambda m: m.group(1).replace(" ", ""), name)
    return " ".join(_FORM_WORDS.sub(" ", name).split())


def unaccented(text: str) -> str:
    """The text with its letters' accents dropped ("Méndez" as "Mendez")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def spelled_as_in_bank(name: str, known: Iterable[str]) -> str:
    """The bank's spelling of the firm `name` names, or `name` if the bank has none."""
    key = firm_key(name)
    return next((k for k in known if key and firm_key(k) == key), name)


def looks_like_firm(name: str) -> bool:
    """Whether a name can be a law firm's: two words or more, capitalised, no figures, and not
    ending as a company's name does ("Inc.", "Corporation" alone; "& Associates, Inc." and "Pellam
    Law, Inc." are lawyers' practices) - a client or an address read as the firm fails this."""
    words = name.split()
    company = _COMPANY_FORM.search(name.strip(" ,")) and not re.search(
        r"(?i)professional\s+(?:law\s+)?corporation$|\b(?:associates|law),?\s+\w+\.?$|"
        # partners' names and "PLC", a professional limited company ("Harlow & Vance, PLC")
        r"&.*\bplc\.?$",
        name,
    )
    cut_off = name.rstrip().endswith(("&", ",", " and"))  # half a name: "Halvern, Pike &"
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and not re.search(r"\d", name)
        and not company
        and not cut_off
        and not _OFFICE_HELD.search(name)
    )


_OFFICE_HELD = re.compile(
    r"(?i)\b(?:(?:vice\s+)?president|secretary|(?:general|senior|associate|assistant|deputy|"
    r"chief)\s+(?:legal\s+)?counsel|chief\s+\w+\s+officer)\b"
)
"""An office in a company ("Assistant Vice President & Senior Counsel"): an in-house lawyer's
title under the signature, not a firm's name."""


def with_form_stop(name: str) -> str:
    """ "Voss & Terhaar N.V" as "Voss & Terhaar N.V.": a legal form written with a full stop
    after each letter keeps its last one (a sentence's full stop after "LLP" is dropped), and so
    does "& Co." and a practice's ", Inc."."""
    form = r"(?<![\w.])(?:[A-Z]\.){1,3}[A-Z]$|&\s+C[Oo]$|,\s+(?:Inc|INC)$"
    return name + "." if re.search(form, name) else name
