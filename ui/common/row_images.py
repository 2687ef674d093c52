"""Rows of wrapped text kept as images (ui.common.painted_table): a resource's row drawn once is
copied again, rather than drawn again, while it shows the same in the same columns and colours.

A search keystroke repaints the whole screenful: QTableView updates its viewport when rows
come and go, even when the first rows stay. A resource's row is some 170 glyphs of title and
excerpt in 40 runs, each blended into the window: drawing them again was most of a backspace,
which shows the rows of a keystroke ago (issue 18). Copying a row's image is a fraction of
that. A roster row (a name, a role, three short figures) costs less to draw than its image to
copy (96 KB): the roster draws its rows each time.

The images are opaque, on the viewport's base colour (ui.common.opaque_viewport): the grid is
drawn over them, as over rows drawn in place.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget

PIXELS_KEPT = 2_500_000  # 10 MB: about seven screenfuls of resources in a 1366-pixel window


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
        and high as `size` says for the viewport it names, and keeps."""
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


class GlyphWarmer:
    """Draws rows once into a scratch image, dropped after: Qt renders and keeps the glyphs they
    use, at the places they use them. A search keystroke that draws rows whose glyphs were
    never drawn before (another face for the marks, another fraction of a pixel) spent about a
    third of its time having them rendered (issue 18): rows worked out ahead in idle time
    (ui.resources.search_preparation) are drawn here too, as they will be into their image."""

    def __init__(
        self,
        target: tuple[QWidget, int, int, QColor] | None,
        draw: Callable[..., None] | None = None,
    ) -> None:
        """target: the viewport, a row's width and height, the fill (None: draws nothing);
        draw(row, painter=...) draws a row as into its image."""
        self._image = None if target is None else blank_for(*target)
        self._draw = draw
        self._painter: QPainter | None = None

    def draw(self, row: object) -> None:
        if self._image is None or self._draw is None:
            return
        if self._painter is None:
            self._painter = QPainter(self._image)
        self._draw(row, painter=self._painter)

    def end(self) -> None:
        if self._painter is not None:
            self._painter.end()
            self._painter = None
