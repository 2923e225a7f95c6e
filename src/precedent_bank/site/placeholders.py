"""The one placeholder syntax: `<!-- pb:NAME -->` or `<!-- pb:NAME ARG -->`.

A page's Markdown holds placeholders where bank data goes. Markdown passes HTML comments
through untouched (wrapping one that stands alone in `<p>`, which the parser drops with it), so
the same placeholder can be filled at whichever stage its data belongs to: before Markdown (data
that is itself Markdown, such as the home page's overview), after Markdown (parts that search
should index), or in the finished page (letter text and tables, which Markdown and the search
plugin never see).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

# The pattern starts with its literal text so that the search skips through a page quickly (an
# optional "<p>" in front made every position a candidate: 2.4 ms per 56 KB page); the "<p>"
# that Markdown wraps around a lone placeholder is taken off around each match instead.
_PLACEHOLDER = re.compile(r"<!-- pb:([a-z]+)(?: ([a-z0-9-]+))? -->")
_OPEN, _CLOSE = "<p>", "</p>"

Filler = Callable[[str | None], str]
"""Gives the text for a placeholder, from its argument (None when it has none)."""


def placeholder(name: str, arg: str | None = None) -> str:
    """The placeholder for `name` (and `arg`), as a template or page writes it."""
    return f"<!-- pb:{name} {arg} -->" if arg else f"<!-- pb:{name} -->"


def fill(text: str, fillers: Mapping[str, Filler]) -> str:
    """Replace the placeholders named in `fillers`; leave the others for a later stage."""

    out: list[str] = []
    done = 0
    for match in _PLACEHOLDER.finditer(text):
        filler = fillers.get(match.group(1))
        if filler is None:
            continue
        start, end = match.span()
        if text.startswith(_OPEN, start - len(_OPEN)) and text.startswith(_CLOSE, end):
            start, end = start - len(_OPEN), end + len(_CLOSE)
        out += [text[done:start], filler(match.group(2))]
        done = end
    return "".join([*out, text[done:]]) if out else text
