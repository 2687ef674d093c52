"""Texts of table cells laid out once and kept, for ui.common.painted_table.

A cell's text is laid out for a width and a font the first time it is shown and drawn from
that layout afterwards: a search keystroke shows mostly the same names again. Two kinds:
one line, elided with "…" when too wide (QStaticText, the cheapest to draw again); and
wrapped text with emphasised spans (search matches) and an optional smaller second part
after a newline (a resource's excerpt), as QTextLayouts.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QStaticText, QTextCharFormat, QTextLayout

from app.resources import MATCH_END, MATCH_START

CACHE_SIZE = 4096  # laid-out texts kept: a few screenfuls of every column
SMALLER = 0.85  # the second part of a wrapped text, as <small> was


class Wrapped:
    """Wrapped lines with their emphasised spans; `height` is that of the lines that fit
    whole in the cell, and drawing shows only those."""

    def __init__(self, layouts: list[QTextLayout], height: float, width: int) -> None:
        self.layouts, self.height, self.width = layouts, height, width

    def draw(self, painter: QPainter, left: int, top: int) -> None:
        painter.save()
        painter.setClipRect(QRectF(left, top, self.width, self.height))
        for layout in self.layouts:
            layout.draw(painter, QPointF(left, top))
        painter.restore()


class CellTexts:
    def __init__(self) -> None:
        self._kept: OrderedDict[Hashable, QStaticText | Wrapped] = OrderedDict()
        self._font = QFont()
        self._bold = QFont()
        self._bold.setBold(True)

    def follow_font(self, font: QFont) -> None:
        """A new text size or family makes every kept layout wrong."""
        if font != self._font:
            self._font, self._kept = QFont(font), OrderedDict()
            self._bold = QFont(font)
            self._bold.setBold(True)

    def font(self, bold: bool) -> QFont:
        return self._bold if bold else self._font

    def one_line(self, text: str, width: int, bold: bool) -> QStaticText:
        key = (text, width, bold)
        kept = self._kept.get(key)
        if kept is None:
            font = self.font(bold)
            shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(0, width))
            kept = QStaticText(shown)
            kept.setTextFormat(Qt.TextFormat.PlainText)  # a stored name is never markup
            kept.prepare(font=font)
            self._keep(key, kept)
        assert isinstance(kept, QStaticText)
        return kept

    def wrapped(self, text: str, width: int, height: int) -> Wrapped:
        """The lines that fit whole in `height` (the first one always)."""
        key = ("wrapped", text, width, height)
        kept = self._kept.get(key)
        if kept is None:
            main, _newline, second = text.partition("\n")
            small = QFont(self._font)
            if self._font.pointSizeF() > 0:
                small.setPointSizeF(self._font.pointSizeF() * SMALLER)
            else:  # a font sized in pixels
                small.setPixelSize(max(1, round(self._font.pixelSize() * SMALLER)))
            layouts, top = [], 0.0
            for part, font in ((main, self._font), (second, small)):
                if part and (top == 0 or top + QFontMetrics(font).height() <= height):
                    layout, top = _laid_out(part, font, width, top, height)
                    layouts.append(layout)
            kept = Wrapped(layouts, top, width)
            self._keep(key, kept)
        assert isinstance(kept, Wrapped)
        return kept

    def _keep(self, key: Hashable, laid_out: QStaticText | Wrapped) -> None:
        self._kept[key] = laid_out
        if len(self._kept) > CACHE_SIZE:
            self._kept.popitem(last=False)


def emphasis(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without its match marks, and the (start, length) of each marked span."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    start = -1
    for char in marked:
        if char == MATCH_START:
            start = len(plain)
        elif char == MATCH_END:
            if start >= 0 and len(plain) > start:
                spans.append((start, len(plain) - start))
            start = -1
        else:
            plain.append(char)
    return "".join(plain), spans


def _laid_out(
    marked: str, font: QFont, width: int, top: float, height: int
) -> tuple[QTextLayout, float]:
    text, spans = emphasis(marked)
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
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(1, width))
        line.setPosition(QPointF(0, top))
        if top > 0 and top + line.height() > height:
            break  # drawn clipped away: a line cut in half reads as a fault
        top += line.height()
    layout.endLayout()
    return layout, top
