"""Texts of table cells laid out once and kept, for ui.common.painted_table.

A cell's text is laid out for a width and a font the first time it is shown and drawn from
that layout afterwards: a search keystroke shows mostly the same names again. Two kinds:
one line, elided with "…" when too wide (QStaticText, the cheapest to draw again); and
wrapped text with emphasised spans (search matches) and an optional smaller second part
after a newline (a resource's excerpt), laid out by QTextLayout and kept as its glyph runs.

Drawing a QTextLayout again resolves the fonts and formats of every item on every paint (about
half of a resource row's painting); its glyph runs are drawn as they are. QPainter places a
glyph run's underline from the point the run is drawn at, not from its glyphs, so the
underlines of the matches are kept apart and drawn as QTextLayout draws them.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from collections.abc import Hashable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QGlyphRun,
    QPainter,
    QPen,
    QRawFont,
    QStaticText,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
)

from app.resources import MATCH_END, MATCH_START
from ui.common import word_layout

_MARKS = re.compile(f"([{MATCH_START}{MATCH_END}])")
CACHE_SIZE = 4096  # laid-out texts kept: a few screenfuls of every column
_ORIGIN = QPointF(0, 0)
_LINE_SEPARATOR = "\u2028"
SMALLER = 0.85  # the second part of a wrapped text, as <small> was
_Emphasis = tuple[str, list[tuple[int, int]]]  # a text without its marks, the marked spans


class Wrapped:
    """Wrapped lines with their emphasised spans; `height` is that of the lines that fit
    whole in the cell, and drawing shows only those: glyph runs, each from where it goes, then
    the underlines of the spans as (line, thickness), all in the cell's coordinates."""

    def __init__(
        self,
        runs: list[tuple[QPointF, QGlyphRun]],
        underlines: list[tuple[QLineF, float]],
        height: float,
        width: int,
    ) -> None:
        self.runs, self.underlines, self.height, self.width = runs, underlines, height, width

    def draw(self, painter: QPainter, left: int, top: int) -> None:
        painter.save()
        # A word wider than the cell runs past it, as it did when the layout drew itself.
        painter.setClipRect(QRectF(left, top, self.width, self.height))
        painter.translate(left, top)
        for origin, run in self.runs:
            painter.drawGlyphRun(origin, run)
        if self.underlines:
            pen = QPen(painter.pen())
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            for line, thickness in self.underlines:
                pen.setWidthF(thickness)
                painter.setPen(pen)
                painter.drawLine(line)
        painter.restore()


class CellTexts:
    def __init__(self) -> None:
        self._kept: OrderedDict[Hashable, QStaticText | Wrapped] = OrderedDict()
        self._font = QFont()
        self._bold = QFont()
        self._bold.setBold(True)
        self._faces: dict[bool, word_layout.Fonts] = {}  # by whether the main part is bold
        # Wrapped texts put together from words shaped once: quicker to lay out, slower to draw
        # (a glyph run per word) and twice the memory. Off for rows prepared in idle time.
        self.by_words = True

    def follow_font(self, font: QFont) -> bool:
        """A new text size or family makes every kept layout wrong: True when it changed."""
        if font == self._font:
            return False
        self._font, self._kept, self._faces = QFont(font), OrderedDict(), {}
        self._bold = QFont(font)
        self._bold.setBold(True)
        return True

    def font(self, bold: bool) -> QFont:
        return self._bold if bold else self._font

    def kept_line(self, text: str, width: int, bold: bool) -> QStaticText | None:
        """`one_line`'s text if already laid out, else None."""
        kept = self._kept.get((text, width, bold))
        return kept if isinstance(kept, QStaticText) else None

    def one_line(self, text: str, width: int, bold: bool) -> QStaticText:
        key = (text, width, bold)
        kept = self._kept.get(key)
        if kept is None:
            font = self.font(bold)
            # QStaticText breaks the line at U+2028, which the one-line fields' gate lets
            # through (it is no control character): centred, the lines spread over the rows
            # around. A space in its place keeps the name on its row.
            text = text.replace(_LINE_SEPARATOR, " ")
            kept = _static(text, font)
            # Most texts fit: laid out once, they need no second layout to be measured for the
            # ellipsis (it was a third of laying a row out). A text with spaces at its end, or
            # within a pixel of the room, is measured as before.
            if text[-1:].isspace() or kept.size().width() > width - 1:
                shown = QFontMetrics(font).elidedText(
                    text, Qt.TextElideMode.ElideRight, max(0, width)
                )
                if shown != text:
                    kept = _static(shown, font)
            self._keep(key, kept)
        assert isinstance(kept, QStaticText)
        return kept

    def wrapped(self, text: str, width: int, height: int, bold: bool = False) -> Wrapped:
        """The lines that fit whole in `height` (the first one always); bold: the main part."""
        key = ("wrapped", text, width, height, bold)
        kept = self._kept.get(key)
        if kept is None:
            main, _newline, second = text.partition("\n")
            parts = [emphasis(main), emphasis(second)]
            kept = None
            if self.by_words and all(word_layout.simple(plain) for plain, _spans in parts):
                kept = self._composed(parts, width, height, bold)
            kept = kept or self._laid_out(parts, width, height, bold)
            self._keep(key, kept)
        assert isinstance(kept, Wrapped)
        return kept

    def _fonts(self, bold: bool) -> word_layout.Fonts:
        fonts = self._faces.get(bold)
        if fonts is None:
            fonts = self._faces[bold] = word_layout.Fonts(self.font(bold), self._small())
        return fonts

    def _small(self) -> QFont:
        small = QFont(self._font)
        if self._font.pointSizeF() > 0:
            small.setPointSizeF(self._font.pointSizeF() * SMALLER)
        else:  # a font sized in pixels
            small.setPixelSize(max(1, round(self._font.pixelSize() * SMALLER)))
        return small

    def _composed(
        self, parts: list[_Emphasis], width: int, height: int, bold: bool
    ) -> Wrapped | None:
        """From words shaped once (ui.common.word_layout): most rows' texts; None for those
        word_layout leaves to QTextLayout."""
        fonts = self._fonts(bold)
        placed = word_layout.Placed()
        top = 0.0
        for (plain, spans), small in zip(parts, (False, True), strict=True):
            if plain and (top == 0 or top + fonts.line_heights[small] <= height):
                bottom = word_layout.compose(plain, spans, small, width, top, height, placed, fonts)
                if bottom is None:
                    return None
                top = bottom
        return Wrapped(placed.runs, placed.underlines, top, width)

    def _laid_out(self, parts: list[_Emphasis], width: int, height: int, bold: bool) -> Wrapped:
        """By QTextLayout: texts that word_layout leaves to it."""
        runs: list[tuple[QPointF, QGlyphRun]] = []
        underlines: list[tuple[QLineF, float]] = []
        top = 0.0
        for (plain, spans), font in zip(parts, (self.font(bold), self._small()), strict=True):
            if plain and (top == 0 or top + QFontMetrics(font).height() <= height):
                top = _laid_out(plain, spans, font, width, top, height, runs, underlines)
        return Wrapped(runs, underlines, top, width)

    def _keep(self, key: Hashable, laid_out: QStaticText | Wrapped) -> None:
        self._kept[key] = laid_out
        if len(self._kept) > CACHE_SIZE:
            self._kept.popitem(last=False)


def _static(text: str, font: QFont) -> QStaticText:
    laid_out = QStaticText(text)
    laid_out.setTextFormat(Qt.TextFormat.PlainText)  # a stored name is never markup
    laid_out.prepare(font=font)
    return laid_out


def emphasis(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without its match marks, and the (start, length) of each marked span."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    start, length = -1, 0
    for piece in _MARKS.split(marked):
        if piece == MATCH_START:
            start = length
        elif piece == MATCH_END:
            if 0 <= start < length:
                spans.append((start, length - start))
            start = -1
        else:
            plain.append(piece)
            length += len(piece)
    return "".join(plain), spans


def _laid_out(
    text: str,
    spans: list[tuple[int, int]],
    font: QFont,
    width: int,
    top: float,
    height: int,
    runs: list[tuple[QPointF, QGlyphRun]],
    underlines: list[tuple[QLineF, float]],
) -> float:
    """Lays the text out below `top`, adds the glyph runs and underlines of the lines that fit
    to `runs` and `underlines`, and gives back the new bottom."""
    layout = QTextLayout(text, font)
    strong = QTextCharFormat()
    strong.setFontWeight(QFont.Weight.Bold)
    strong.setFontUnderline(True)  # not by weight alone: a match must show without it
    ranges = []
    for start, length in spans:
        span = QTextLayout.FormatRange()
        span.start, span.length, span.format = start, length, strong
        ranges.append(span)
    layout.setFormats(ranges)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(1, width))
        line.setPosition(QPointF(0, top))
        if top > 0 and top + line.height() > height:
            break  # a line cut in half reads as a fault: it is left out
        top += line.height()
        lines.append(line)
    layout.endLayout()
    bold = None
    if spans:
        bold = QFont(font)
        bold.setWeight(QFont.Weight.Bold)
    for line in lines:
        for run in line.glyphRuns():
            run.setUnderline(False)  # drawn below, where QTextLayout draws it
            runs.append((_ORIGIN, run))
        if bold is not None:
            underlines.extend(_underlines(line, spans, QRawFont.fromFont(bold)))
    return top


def _underlines(
    line: QTextLine, spans: list[tuple[int, int]], font: QRawFont
) -> list[tuple[QLineF, float]]:
    """The underlines of the spans on one line, placed as Qt's text decoration places them
    (qpainter.cpp, drawTextItemDecoration): from the floored left and right ends of the span,
    the font's underline offset rounded up and half a pixel below the baseline, within the
    descent."""
    offset = font.underlinePosition()
    below = math.ceil(offset) + 0.5
    if offset <= font.descent():
        below = min(below, font.descent() - 0.5)
    y = line.y() + line.ascent() + below
    first, end = line.textStart(), line.textStart() + line.textLength()
    found = []
    for start, length in spans:
        low, high = max(start, first), min(start + length, end)
        if low < high:
            left, right = _x(line, low), _x(line, high)
            line_f = QLineF(math.floor(left), y, math.floor(right), y)
            found.append((line_f, font.lineThickness()))
    return found


def _x(line: QTextLine, position: int) -> float:
    found = line.cursorToX(position)  # PySide gives (x, position) back; its stubs say object
    return float(found[0] if isinstance(found, tuple) else found)  # type: ignore[arg-type]
