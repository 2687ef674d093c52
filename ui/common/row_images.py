"""Rows of a painted table kept as images (ui.common.painted_table): a row drawn once is
copied again rather than drawn again while it shows the same, in the same columns and colours.

A search keystroke repaints the whole screenful: QTableView updates its viewport when rows
come and go, even when the first rows stay. Drawing a row's texts again (glyph by glyph, each
blended into the window) was most of painting it; copying its image is a fraction of that.
Typing back (a backspace), a search typed again and rows kept by the next letter are copies.

The images are opaque, on the table's base colour (the colour of a table's background in every
Cercle theme): the table then paints the whole of its viewport and Qt no longer paints the
window, the splitter and the table's frame under it first (ui.common.theme gives painted tables
a padding, so that no pixel of their frame lies within the viewport).
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QTableView, QWidget

PIXELS_KEPT = 2_500_000  # 10 MB: about five screenfuls of a roster in a 1366-pixel window


class RowImages:
    """Images kept by a key, the oldest dropped past `pixels` pixels in all. Each is kept with
    the object it was drawn from, which the key names by identity: an object that is gone never
    hands its image to another that took its place in memory."""

    def __init__(self, pixels: int = PIXELS_KEPT) -> None:
        self._pixels_kept = pixels
        self._pixels = 0
        self._kept: OrderedDict[Hashable, tuple[object, QImage]] = OrderedDict()

    def get(self, key: Hashable, source: object) -> QImage | None:
        found = self._kept.get(key)
        if found is None or found[0] is not source:
            return None
        self._kept.move_to_end(key)
        return found[1]

    def put(self, key: Hashable, source: object, image: QImage) -> None:
        previous = self._kept.pop(key, None)
        if previous is not None:
            self._pixels -= _pixels(previous[1])
        self._kept[key] = (source, image)
        self._pixels += _pixels(image)
        while self._pixels > self._pixels_kept and len(self._kept) > 1:
            _key, (_source, dropped) = self._kept.popitem(last=False)
            self._pixels -= _pixels(dropped)

    def drawn(
        self,
        key: Hashable,
        source: object,
        size: tuple[QWidget, int, int],
        fill: QColor,
        draw: Callable[[QPainter], None],
    ) -> QImage:
        """The image kept for `key` and `source`, else one `draw` draws now on `fill`, as wide
        and high as `size` says for the viewport it names, kept."""
        image = self.get(key, source)
        if image is None:
            viewport, width, height = size
            image = blank_for(viewport, width, height, fill)
            painter = QPainter(image)
            try:
                draw(painter)
            finally:
                painter.end()
            self.put(key, source, image)
        return image

    def clear(self) -> None:
        self._kept.clear()
        self._pixels = 0

    def __len__(self) -> int:
        return len(self._kept)


def blank(width: int, height: int, ratio: float, dpi: tuple[int, int], fill: QColor) -> QImage:
    """An opaque image of the row's size in device pixels, filled, that lays texts out as the
    table does: the same resolution (a point size is so many pixels) and pixel ratio."""
    image = QImage(
        max(1, math.ceil(width * ratio)),
        max(1, math.ceil(height * ratio)),
        QImage.Format.Format_RGB32,
    )
    image.setDevicePixelRatio(ratio)
    image.setDotsPerMeterX(round(dpi[0] / 0.0254))
    image.setDotsPerMeterY(round(dpi[1] / 0.0254))
    image.fill(fill)
    return image


def blank_for(viewport: QWidget, width: int, height: int, fill: QColor) -> QImage:
    dpi = (viewport.logicalDpiX(), viewport.logicalDpiY())
    return blank(width, height, viewport.devicePixelRatioF(), dpi, fill)


def _pixels(image: QImage) -> int:
    return image.width() * image.height()


def opaque_base(viewport: QWidget) -> QColor | None:
    """The viewport's background when it is one opaque colour: the table then paints all of
    it (Qt paints nothing under it) and keeps its rows as images on that colour."""
    brush = viewport.palette().brush(QPalette.ColorRole.Base)
    opaque = brush.style() == Qt.BrushStyle.SolidPattern and brush.color().alpha() == 255
    if viewport.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent) != opaque:
        viewport.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, opaque)
        if not opaque:
            viewport.update()  # once more, over what lies under it
    return brush.color() if opaque else None


def fill_around_rows(
    table: QTableView, painter: QPainter, area: QRect, base: QColor, last: int
) -> None:
    """The background below the last row and right of the last column, in the part `area` of
    the viewport (the rows' images cover theirs)."""
    bottom = table.rowViewportPosition(last) + table.rowHeight(last)
    if bottom <= area.bottom():
        painter.fillRect(QRect(area.left(), bottom, area.width(), area.bottom() + 1 - bottom), base)
    header = table.horizontalHeader()
    right = header.length() - header.offset()
    top, end = area.top(), min(bottom, area.bottom() + 1)
    if right <= area.right() and end > top:
        painter.fillRect(QRect(right, top, area.right() + 1 - right, end - top), base)
