"""Glossary terms inside letter text: each found term shown with its definition as a tooltip.

The letter's characters are never changed: a term is wrapped in `<abbr title>` inside the text
span that holds it, so the span's text (what copy buttons, drafting.js and search read) is the
same with or without the marks. A term is found only whole (not inside a longer word), with the
case the glossary gives it (load_glossary adds the capitalised form), and across a line break of
the filing ("fully\\n   paid").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from html import escape

_SPACE = "[ \t\r\n]+"


class GlossaryTerms:
    """Finds the glossary's terms in a text and marks them up."""

    def __init__(self, glossary: Mapping[str, str]) -> None:
        self._definitions = {" ".join(term.split()): text for term, text in glossary.items()}
        # Longest first, so that "enforceability opinion" wins over a shorter term inside it.
        terms = sorted(self._definitions, key=len, reverse=True)
        pattern = "|".join(_SPACE.join(map(re.escape, t.split())) for t in terms)
        self._pattern = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)") if terms else None

    def mark(self, text: str, verbatim: Callable[[str], str]) -> str:
        """`text` as HTML: `verbatim` escapes each stretch, found terms go in `<abbr title>`."""
        if self._pattern is None:
            return verbatim(text)
        out, last = [], 0
        for match in self._pattern.finditer(text):
            title = self._definitions[" ".join(match.group().split())]
            out.append(verbatim(text[last : match.start()]))
            out.append(f'<abbr title="{escape(title)}">{verbatim(match.group())}</abbr>')
            last = match.end()
        out.append(verbatim(text[last:]))
        return "".join(out)
