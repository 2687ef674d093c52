"""A painted table's viewport painted whole by the table (ui.common.painted_table), on its base
colour: Qt then paints nothing under it.

A search keystroke repaints the whole viewport: QTableView updates all of it when rows come
and go. The viewport's background was the table frame's, drawn by the style sheet (a rounded
rectangle, antialiased), over the splitter's and the window's: three layers filled under every
keystroke's rows, about an eighth of the members' keystroke (issue 18). Here the table fills
the part it repaints once, in the colour those layers showed there (the palette's base: the
style sheet gives it the table's background), then draws its rows.

ui.common.theme gives painted tables a padding so that no pixel of their frame lies within the
viewport: a focused table's border is a pixel wider than the viewport's margin, and its
corners are rounded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


def opaque_base(viewport: QWidget) -> QColor | None:
    """The viewport's background when it is one opaque colour: the table then paints all of it,
    Qt nothing under it. Else None, and Qt paints what lies under the viewport again."""
    brush = viewport.palette().brush(QPalette.ColorRole.Base)
    opaque = brush.style() == Qt.BrushStyle.SolidPattern and brush.color().alpha() == 255
    if viewport.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent) != opaque:
        viewport.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, opaque)
        if not opaque:
            viewport.update()  # once more, over what lies under it
    return brush.color() if opaque else None
