"""What one paint of a painted table (ui.common.painted_table) looks up once rather than per
cell: the palette's colours, and the style's grid colour, mark size and text margin."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView


def style_metrics(table: QTableView) -> tuple[QColor, int, int]:
    """The grid colour, the side of a mark and the room beside a text: asked of the style
    once, not on every paint (the application's style answers in Python)."""
    style = table.style()
    option = QStyleOptionViewItem()
    option.initFrom(table)
    grid = style.styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, table)
    icon = table.iconSize()
    side = (
        icon.height()
        if icon.isValid() and not icon.isEmpty()
        else style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table)
    )
    # The room Qt's item painting leaves either side of a text (QCommonStyle's).
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return QColor.fromRgba(grid & 0xFFFFFFFF), side, margin


class Look:
    """The colours and metrics of one paint, looked up once rather than per cell."""

    def __init__(self, table: QTableView, grid: QColor, mark_side: int, margin: int) -> None:
        palette = table.palette()
        group = (
            QPalette.ColorGroup.Active if table.isActiveWindow() else QPalette.ColorGroup.Inactive
        )
        self.highlight: QBrush = palette.brush(group, QPalette.ColorRole.Highlight)
        self.highlighted_text = palette.color(group, QPalette.ColorRole.HighlightedText)
        self.text = palette.color(group, QPalette.ColorRole.Text)
        self.dimmed = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self.grid, self.mark_side, self.margin = grid, mark_side, margin
        # What a row's kept image (ui.common.row_images) depends on besides what it shows.
        self.signature = (
            self.highlight.color().rgba(),
            self.highlighted_text.rgba(),
            self.text.rgba(),
            self.dimmed.rgba(),
            palette.color(QPalette.ColorRole.Base).rgba(),
            table.viewport().devicePixelRatioF(),
        )
