"""Places whose law a letter covers or whose bar counsel belongs to, for patterns that name them.

One list, shared by the importer (is this local counsel's letter?) and the rule checks (which
law does the letter cover?).
"""

from __future__ import annotations

US_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
    "District of Columbia",
)  # fmt: skip
"""The states (and the District) of the United States."""

OFFSHORE = (
    "Cayman Islands", "Cayman", "British Virgin Islands", "BVI", "Bermuda", "Jersey",
    "Guernsey", "Isle of Man", "Marshall Islands", "Bahamas", "Puerto Rico", "Luxembourg",
    "Netherlands", "Dutch", "English", "Irish", "Scottish", "Canadian", "Ontario", "Quebec",
    "Panama", "Liberia",
)  # fmt: skip
"""Places (and the words for their law) whose counsel gives a US registrant's local opinion."""


def alternation(names: tuple[str, ...]) -> str:
    """A regular expression matching any of `names`, a line break allowed between words."""
    return "|".join(name.replace(" ", r"\s+") for name in sorted(names, key=len, reverse=True))
