"""Names made from free text: slugs for anchors, ids and file names."""

from __future__ import annotations

import re
import unicodedata

_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


def slugify(value: str) -> str:
    """ "Debevoise & Plimpton LLP" -> "debevoise-plimpton-llp"; accents are dropped
    ("Carrère" -> "carrere"), and text with no letter or digit left gives "none"."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return _SLUG_JUNK.sub("-", ascii_text.lower()).strip("-") or "none"
