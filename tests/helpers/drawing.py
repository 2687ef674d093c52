"""Cell texts drawn black on white into an image, for tests that look at their pixels."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter

from ui.common.cell_texts import Wrapped


def drawn_on_white(wrapped: Wrapped, width: int, height: int, at: int = 0) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    wrapped.draw(painter, at, at)
    painter.end()
    return image
