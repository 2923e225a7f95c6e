"""Text a PDF's text layer holds but a reader of the page does not see: drawn invisibly (render
modes 3 and 7), in white, under 2 points high, squeezed to a tenth of its width, outside the
page, or painted over afterwards with a white box. It is kept in the letter as written - the
letter is the file - and said in a warning, so the reviewer sees what a hidden instruction to the
reader of the file, not of the letter, says.

A scan's recognised text is drawn invisibly over the page's image: when all of the text is
unseen, the warning says so rather than quoting its first words.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from pdfminer.converter import PDFLayoutAnalyzer, TextConverter
from pdfminer.layout import LTChar, LTComponent
from pdfminer.pdfcolor import PDFColorSpace
from pdfminer.pdfdevice import PDFTextSeq
from pdfminer.pdffont import PDFFont
from pdfminer.pdfinterp import PDFGraphicState, PDFTextState
from pdfminer.pdfpage import PDFPage
from pdfminer.utils import Matrix, PathSegment

from precedent_bank.importer.letter import QUOTED, opening

_INVISIBLE_MODES = frozenset({3, 7})
"""Render modes that paint nothing: 3 draws nothing, 7 only clips."""
_STROKED_MODES = frozenset({1, 5})
"""Render modes that paint the outline only, in the stroking colour."""
_TINY_POINTS = 2.0
_SQUEEZED = 0.1
BOX_CHECKS = 5_000_000
"""How many character-and-box comparisons a file may cost (some 0.7 s): a file painting
hundreds of thousands of white shapes after its text must not take the import's whole time."""
_PALE = 0.94
"""A colour channel this light (of 1) is white to the eye on a white page."""


class UnseenTextConverter(TextConverter):
    """pdfminer's text converter, which also counts the characters no reader sees."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._mode = 0
        self._scaling = 1.0
        self._page_box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
        self.seen = 0
        self.unseen = 0
        self._first_run = ""
        self._in_first_run = True
        # A page's characters (and whether each is unseen as drawn) and the white boxes painted
        # on it, with how many characters were drawn before each: text is judged when the page
        # ends, once every box that might cover it is known.
        self._drawn: list[tuple[LTChar, bool]] = []
        self._boxes: list[tuple[int, tuple[float, float, float, float]]] = []
        self._checks_left = BOX_CHECKS
        self.unchecked = 0

    def begin_page(self, page: PDFPage, ctm: Matrix) -> None:
        super().begin_page(page, ctm)
        self._page_box = self.cur_item.bbox
        self._drawn, self._boxes = [], []

    def end_page(self, page: PDFPage) -> None:
        for i, (char, unseen) in enumerate(self._drawn):
            self._count(char, unseen or self._covered(i, char) is True)
        super().end_page(page)

    def paint_path(
        self,
        gstate: PDFGraphicState,
        stroke: bool,
        fill: bool,
        evenodd: bool,
        path: Sequence[PathSegment],
    ) -> None:
        # (TextConverter keeps no shapes, to save memory: only white fills are worked out, by
        # the layout analyser, which places them on the page, and taken off it again)
        if not (fill and _white(gstate.ncolor)):
            return
        before = len(self.cur_item._objs)
        PDFLayoutAnalyzer.paint_path(self, gstate, stroke, fill, evenodd, path)
        for shape in self.cur_item._objs[before:]:
            if isinstance(shape, LTComponent):
                self._boxes.append((len(self._drawn), shape.bbox))
        del self.cur_item._objs[before:]

    def _covered(self, index: int, char: LTChar) -> bool | None:
        """A white box painted after the character over its middle hides it; None when the
        file's budget of comparisons is spent (see BOX_CHECKS). Boxes are kept in the order
        painted: those painted before it - a page's or a table's white background, however
        many - are skipped at once."""
        later = bisect.bisect_right(self._boxes, index, key=lambda box: box[0])
        cost = len(self._boxes) - later
        if cost > self._checks_left:
            if not char.get_text().isspace():
                self.unchecked += 1
            return None
        self._checks_left -= cost
        x = (char.x0 + char.x1) / 2
        y = (char.y0 + char.y1) / 2
        return any(
            left <= x <= right and bottom <= y <= top
            for _, (left, bottom, right, top) in self._boxes[later:]
        )

    def render_string(
        self,
        textstate: PDFTextState,
        seq: PDFTextSeq,
        ncs: PDFColorSpace,
        graphicstate: PDFGraphicState,
    ) -> None:
        # The render mode and scaling are the text state's, which `render_char` is not given.
        self._mode = int(textstate.render or 0)
        self._scaling = float(textstate.scaling) / 100
        super().render_string(textstate, seq, ncs, graphicstate)

    def render_char(
        self,
        matrix: Matrix,
        font: PDFFont,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: PDFColorSpace,
        graphicstate: PDFGraphicState,
    ) -> float:
        advance = super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
        char = self.cur_item._objs[-1]
        if isinstance(char, LTChar):
            self._drawn.append((char, self._unseen(char, graphicstate)))
        return advance

    def _count(self, char: LTChar, unseen: bool) -> None:
        """Count a character seen or unseen (spaces neither), and keep the first unseen run's
        beginning, spaces and all, to quote."""
        text = char.get_text()
        if unseen and self._in_first_run and len(self._first_run) <= QUOTED:
            self._first_run += text
        if not text.strip():
            return
        if unseen:
            self.unseen += 1
        else:
            self.seen += 1
            self._in_first_run = not self.unseen

    def _unseen(self, char: LTChar, state: PDFGraphicState) -> bool:
        left, bottom, right, top = self._page_box
        stroked = self._mode in _STROKED_MODES
        return (
            self._mode in _INVISIBLE_MODES
            or _white(state.scolor if stroked else state.ncolor)
            or char.size < _TINY_POINTS
            or abs(self._scaling) <= _SQUEEZED
            or char.x1 <= left
            or char.x0 >= right
            or char.y1 <= bottom
            or char.y0 >= top
        )

    def warnings(self) -> list[str]:
        """A warning for the unseen text, if any (how much, and how it begins), and one for
        text not checked against the white boxes painted after it."""
        unchecked = (
            [
                f"{self.unchecked} character(s) were not checked for white boxes painted over "
                "them: the file paints more white shapes over its text than are worth comparing "
                "(a hostile file?); check the letter against the page as printed"
            ]
            if self.unchecked
            else []
        )
        return self._unseen_warnings() + unchecked

    def _unseen_warnings(self) -> list[str]:
        if not self.unseen:
            return []
        if not self.seen:
            return [
                f"all of its text ({self.unseen} characters) is drawn where no reader sees it, "
                "as a scan's recognised text is laid invisibly over the page's picture: check "
                "the letter against the page as printed"
            ]
        first = opening(self._first_run)
        return [
            "text drawn invisibly, in white, under 2 points, squeezed, off the page or under a "
            "white box, kept as "
            f'written: {self.unseen} character(s), the first: "{first}"'
        ]


def _white(color: object) -> bool:
    """A colour white to the eye: gray, RGB or CMYK (where white has no ink)."""
    if isinstance(color, (int, float)):
        return float(color) >= _PALE
    if isinstance(color, tuple) and all(isinstance(c, (int, float)) for c in color):
        if len(color) == 3:
            return all(float(c) >= _PALE for c in color)
        if len(color) == 4:
            return all(float(c) <= 1 - _PALE for c in color)
    return False
