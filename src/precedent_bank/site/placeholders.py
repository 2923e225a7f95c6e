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

_PLACEHOLDER = re.compile(r"(?:<p>)?<!-- pb:([a-z]+)(?: ([a-z0-9-]+))? -->(?:</p>)?")

Filler = Callable[[str | None], str]
"""Gives the text for a placeholder, from its argument (None when it has none)."""


def placeholder(name: str, arg: str | None = None) -> str:
    """The placeholder for `name` (and `arg`), as a template or page writes it."""
    return f"<!-- pb:{name} {arg} -->" if arg else f"<!-- pb:{name} -->"


def fill(text: str, fillers: Mapping[str, Filler]) -> str:
    """Replace the placeholders named in `fillers`; leave the others for a later stage."""

    def replace(match: re.Match[str]) -> str:
        filler = fillers.get(match.group(1))
        return match.group() if filler is None else filler(match.group(2))

    return _PLACEHOLDER.sub(replace, text)


def names_in(text: str) -> list[str]:
    """The names of the placeholders left in `text`, in order."""
    return [m.group(1) for m in _PLACEHOLDER.finditer(text)]
