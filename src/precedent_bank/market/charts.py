"""Bar charts as inline SVG, drawn at build time from a Jinja template: no chart library, no
request. Colours come from the page (currentColor and the theme's variables), so a chart reads
in light and dark mode and in print; the figures themselves are in the table beside each chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from precedent_bank.market.stats import Figure, Row

WIDTH = 640
LABEL_WIDTH = 220
BAR_HEIGHT = 18
GAP = 8


@dataclass(frozen=True)
class Bar:
    """One row of a chart, placed."""

    label: str
    y: int
    width: float
    value: str
    shown: bool
    """False when the group has too few letters for a share: drawn as an outline only."""


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("precedent_bank.market"),
        undefined=StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def percent(share: float | None) -> str:
    """A share as a whole percentage, or a dash when there are too few letters."""
    return "\u2013" if share is None else f"{round(share * 100)}%"


def bar_chart(figure: Figure) -> Markup:
    """The SVG of one figure: a horizontal bar per row, the share written after it."""
    span = WIDTH - LABEL_WIDTH - 60
    bars = [_bar(row, i, span) for i, row in enumerate(figure.rows)]
    height = len(bars) * (BAR_HEIGHT + GAP) + GAP
    svg = (
        _environment()
        .get_template("bar_chart.svg.j2")
        .render(
            figure=figure,
            bars=bars,
            width=WIDTH,
            height=height,
            label_width=LABEL_WIDTH,
            bar_height=BAR_HEIGHT,
        )
    )
    return Markup(svg)


def _bar(row: Row, i: int, span: int) -> Bar:
    y = GAP + i * (BAR_HEIGHT + GAP)
    share = row.share
    label = row.label if len(row.label) <= 32 else row.label[:31] + "\u2026"
    if share is None:
        fraction = row.count / row.total if row.total else 0.0
        return Bar(label, y, fraction * span, f"{row.count} of {row.total}", False)
    return Bar(label, y, share * span, percent(share), True)
