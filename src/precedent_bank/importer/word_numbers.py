"""Word's automatic numbering, written out as the reader sees it: "1.", "(a)", "(iv)".

Firms' templates number a letter's assumptions and opinions with list styles ("List Number"),
so the numbers are not in the file's text: Word counts them when it shows the page. A letter
that refers to "assumption (b)" needs its "(b)", and the same letter saved as PDF has it, so the
importer counts as Word does: each paragraph's list (`w:numPr`, on the paragraph or its style)
names a numbering instance (`w:num`) and a level; the instance's abstract definition gives each
level's format ("lowerLetter"), text ("(%1)"), start and the character after the number.
Instances of one abstract definition share their counters unless one restarts them
(`w:startOverride`), and a level's counter restarts after any shallower level's number - or,
with `w:lvlRestart` N, only after a number of level N or shallower (N counts from 1; 0 is never).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = f"{_W}val"
_SUFFIX = {"tab": "\t", "space": " ", "nothing": ""}
# Symbol-font bullets as Word stores them (private use codes) and what they show.
_BULLETS = {"\uf0b7": "\u2022", "\uf0a7": "\u25aa", "\uf0d8": "\u27a2", "\uf076": "\u2756"}
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


@dataclass(frozen=True)
class _Level:
    format: str
    text: str
    start: int
    suffix: str
    legal: bool  # "%1.%2" in decimal whatever the levels' own formats
    restart_after: int | None  # the deepest level whose number restarts this one; None: never


class WordNumbers:
    """Counts a document's numbered paragraphs in reading order and gives each its number."""

    def __init__(self, numbering: Any | None, styles: Any | None) -> None:
        self._styles = _style_lists(styles)
        self._instances: dict[str, tuple[str, dict[int, int]]] = {}
        self._levels: dict[str, dict[int, _Level]] = {}
        self._own_levels: dict[str, dict[int, _Level]] = {}  # an instance's redefined levels
        self._links: dict[str, str] = {}  # abstract definition -> the list style it follows
        if numbering is not None:
            self._read(numbering)
        self._counters: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()
        self.numbered = 0
        self.unread_formats: set[str] = set()

    def label(self, paragraph: Any) -> str:
        """The number Word shows before `paragraph`, with the tab or space after it, or ""."""
        num_id, level = self._list_of(paragraph)
        if num_id not in self._instances or _not_shown(paragraph):
            return ""
        abstract, overrides = self._instances[num_id]
        abstract = self._followed(abstract)
        levels = {**self._levels.get(abstract, {}), **self._own_levels.get(num_id, {})}
        if level not in levels:
            return ""
        counters = self._counters.setdefault(abstract, {})
        if num_id not in self._started:
            self._started.add(num_id)
            for overridden, start in overrides.items():
                counters[overridden] = start - 1
        counters[level] = counters.get(level, levels[level].start - 1) + 1
        for deeper in [d for d in counters if d > level]:
            after = levels[deeper].restart_after if deeper in levels else level
            if after is not None and level <= after:
                del counters[deeper]
        self.numbered += 1
        return self._shown(levels, level, counters) + levels[level].suffix

    def warnings(self) -> list[str]:
        said = []
        if self.numbered:
            said.append(
                f"{self.numbered} paragraph number(s) of Word's automatic numbering are written "
                "out before their paragraphs (they are not in the file's text)"
            )
        if self.unread_formats:
            kinds = ", ".join(sorted(self.unread_formats))
            said.append(f"numbering in the format(s) {kinds} is written as 1, 2, 3")
        return said

    def _shown(self, levels: dict[int, _Level], level: int, counters: dict[int, int]) -> str:
        this = levels[level]
        if this.format == "bullet":
            return _BULLETS.get(this.text, this.text)
        shown = this.text
        for n in range(9):
            placeholder = f"%{n + 1}"
            if placeholder in shown:
                other = levels.get(n)
                count = counters.get(n, other.start if other else 1)
                kind = "decimal" if this.legal or other is None else other.format
                shown = shown.replace(placeholder, self._formatted(count, kind))
        return shown

    def _formatted(self, n: int, kind: str) -> str:
        if kind in ("lowerLetter", "upperLetter"):
            # after "z", Word doubles: "aa", "bb"; a count past 780 (30 letters) stays a number
            letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if 0 < n <= 780 else str(n)
            return letter.upper() if kind == "upperLetter" else letter
        if kind in ("lowerRoman", "upperRoman"):
            numeral = roman(n)
            return numeral.upper() if kind == "upperRoman" else numeral
        if kind == "decimalZero":
            return f"{n:02d}"
        if kind == "ordinal":
            return f"{n}{_ordinal_suffix(n)}"
        if kind == "none":
            return ""
        if kind != "decimal":
            self.unread_formats.add(kind)
        return str(n)

    def _list_of(self, paragraph: Any) -> tuple[str | None, int]:
        """The paragraph's numbering instance and level: its own, else its style's."""
        props = paragraph.find(f"{_W}pPr")
        own = props.find(f"{_W}numPr") if props is not None else None
        style = props.find(f"{_W}pStyle") if props is not None else None
        inherited = self._styles.get(style.get(_VAL, "") if style is not None else "Normal")
        num_id, level = inherited or (None, 0)
        if own is not None:
            num_id = _val(own, "numId") or num_id
            level = _number(_val(own, "ilvl"), level)
        return num_id, level

    def _followed(self, abstract: str) -> str:
        """The definition whose levels a definition uses: its own, or, for one made by a list
        style ("Define New List Style": `w:numStyleLink`), the style's list's definition."""
        seen = {abstract}
        while (style := self._links.get(abstract)) and (linked := self._styles.get(style)):
            target = self._instances.get(linked[0], ("", {}))[0]
            if target in seen or len(seen) > _DEEPEST_STYLE:  # loops and chains in hostile files
                break
            seen.add(target)
            abstract = target
        return abstract

    def _read(self, numbering: Any) -> None:
        for abstract in numbering.iterchildren(f"{_W}abstractNum"):
            name = abstract.get(f"{_W}abstractNumId", "")
            self._levels[name] = _levels_of(abstract)
            if (style := _val(abstract, "numStyleLink")) is not None:
                self._links[name] = style
        for num in numbering.iterchildren(f"{_W}num"):
            num_id = num.get(f"{_W}numId", "")
            overridden = list(num.iterchildren(f"{_W}lvlOverride"))
            starts = {
                _number(o.get(f"{_W}ilvl"), 0): _number(start, 0)
                for o in overridden
                if (start := _val(o, "startOverride")) is not None
            }
            self._own_levels[num_id] = {k: v for o in overridden for k, v in _levels_of(o).items()}
            self._instances[num_id] = (_val(num, "abstractNumId") or "", starts)


def _levels_of(element: Any) -> dict[int, _Level]:
    """The levels an abstract definition (or an instance's override) defines."""
    levels = {}
    for lvl in element.iterchildren(f"{_W}lvl"):
        level = _number(lvl.get(f"{_W}ilvl"), 0)
        levels[level] = _Level(
            format=_val(lvl, "numFmt") or "decimal",
            text=(_val(lvl, "lvlText") or "")[:_LONGEST_NUMBER],
            start=_number(_val(lvl, "start"), 0),
            suffix=_SUFFIX.get(_val(lvl, "suff") or "tab", "\t"),
            legal=lvl.find(f"{_W}isLgl") is not None,
            restart_after=_restart_after(lvl, level),
        )
    return levels


def _restart_after(lvl: Any, level: int) -> int | None:
    """The deepest level (from 0) whose number restarts this level's count: by default the one
    above it; `w:lvlRestart` N names level N counting from 1, 0 never, and one not above this
    level is ignored, as the standard says."""
    given = _val(lvl, "lvlRestart")
    if given is None:
        return level - 1
    named = _number(given, level) - 1
    if named < 0:
        return None
    return named if named < level else level - 1


def _not_shown(paragraph: Any) -> bool:
    """A paragraph Word does not show, so does not count: its mark deleted in tracked changes,
    or hidden."""
    mark = paragraph.find(f"{_W}pPr/{_W}rPr")
    return mark is not None and (
        mark.find(f"{_W}del") is not None or mark.find(f"{_W}vanish") is not None
    )


_LONGEST_NUMBER = 40
"""Characters of a level's text read ("(%1)", "Article %1.%2"): a hostile file's thousands,
repeated before every paragraph, would fill the memory."""
_DEEPEST_STYLE = 50
"""How many styles a style's list is looked for through (it, the style it is based on, ...)."""


def _style_lists(styles: Any | None) -> dict[str, tuple[str, int]]:
    """Each paragraph style's list (numbering instance, level), through the styles it is
    based on."""
    if styles is None:
        return {}
    own: dict[str, tuple[str | None, int | None]] = {}
    based_on: dict[str, str] = {}
    for style in styles.iterchildren(f"{_W}style"):
        style_id = style.get(f"{_W}styleId", "")
        props = style.find(f"{_W}pPr")
        numbered = props.find(f"{_W}numPr") if props is not None else None
        if numbered is not None:
            depth = _val(numbered, "ilvl")
            own[style_id] = (_val(numbered, "numId"), _number(depth, 0) if depth else None)
        if (parent := _val(style, "basedOn")) is not None:
            based_on[style_id] = parent
    found: dict[str, tuple[str, int]] = {}
    for style_id in {*own, *based_on}:
        num_id: str | None = None
        level: int | None = None
        seen: set[str] = set()
        at = style_id
        # a loop of basedOn in a hostile file ends here, and so does a chain of thousands
        # (each style's walk would be as long as the chain: quadratic); Word's own are short
        while at and at not in seen and len(seen) < _DEEPEST_STYLE:
            seen.add(at)
            mine = own.get(at, (None, None))
            num_id = num_id if num_id is not None else mine[0]
            level = level if level is not None else mine[1]
            at = based_on.get(at, "")
        if num_id is not None:
            found[style_id] = (num_id, level or 0)
    return found


def _val(element: Any, child: str) -> str | None:
    found = element.find(f"{_W}{child}")
    return found.get(_VAL) if found is not None else None


def _number(text: str | None, default: int) -> int:
    """An attribute's whole number, or `default` when it is missing or not one; bounded, as a
    hostile file may give any."""
    try:
        return max(-(10**6), min(int(text or ""), 10**6))
    except ValueError:
        return default


def roman(n: int) -> str:
    """A count in lower-case roman numerals ("iv"), as a number past 3999."""
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, numeral in _ROMAN:
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)


def _ordinal_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
