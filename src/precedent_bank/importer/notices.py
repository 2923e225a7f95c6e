"""The firm as the legal notice at the foot of its pages names it.

Continental and English firms print under every page what they are: "Voss & Terhaar N.V. has
its seat at Utrecht ...", "The public limited company Voss & Terhaar N.V. is established in
...", "Marrow Pike LLP is a limited liability partnership registered in England". Where the
letterhead is a logo the text export dropped and the letter is signed with no name, this notice
is the one place that names the firm. It is trusted only for a name that cannot be a client's:
one with "&" or a partnership's form, or one the letter's own web domain spells; and a name the
letter gives its client is never taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from precedent_bank.importer.domains import letter_domains, spells
from precedent_bank.importer.firms import firm_key

_NOTICE = re.compile(
    r"(?:\bThe\s+(?:public|private)\s+(?:limited\s+)?(?:liability\s+)?company\s+|\b)"
    r"([A-Z][\w'\u2019-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'\u2019-]*){0,5}"
    r",?[ \t]+(?:N\.V\.|B\.V\.|LLP|L\.L\.P\.))\s+"
    r"(?:is\s+(?:an?\s+(?:limited\s+liability\s+partnership|(?:public|private)\s+limited)|"
    r"established|registered\s+(?:in|with|under))|has\s+its\s+(?:corporate\s+)?(?:seat|"
    r"registered\s+office))"
)


def notice_firm(text: str, clients: Iterable[str] = ()) -> str | None:
    """The firm a page footer's legal notice names, if it is safely counsel's (see above)."""
    domains = letter_domains(text)
    client_keys = {firm_key(c) for c in clients}
    for m in _NOTICE.finditer(text):
        name = " ".join(m.group(1).split())
        partnership = "&" in name or re.search(r"L\.?L\.?P\.?$", name)
        if firm_key(name) not in client_keys and (partnership or spells(name, domains)):
            return name
    return None
