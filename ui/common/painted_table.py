"""A table that paints its visible rows itself, straight from its model: the roster's 10,000
members and the 5,000 resources, where each search keystroke repaints a screenful of cells.

Qt's item painting goes through a delegate once per cell, asks the model for about seven roles
per cell through Python, styles each cell through the application's style sheet and lays its
text out again on every paint. That was most of a keystroke (issue 18: 36 ms at p95 for the
roster, against a target of 8). Here one paint event asks the model once per cell
(`cell_look`) and draws texts laid out once (ui.common.cell_texts). The look is the item
view's: the selection in the palette's highlight, dimmed rows in the disabled text colour, a
mark before the text, an ellipsis when a column is too narrow, the grid, a frame on the
current cell when the table has the focus. Keyboard, mouse, selection, size hints, tooltips and
accessibility still go through QTableView and the model's roles: only the painting changes.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import (
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    QSortFilterProxyModel,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView, QWidget

from ui.common.cell_texts import CellTexts

DIMMED, BOLD = 1, 2  # a cell's looks, or-ed together


class PaintedRows(Protocol):
    """What a model tells the table about one cell: its text, its looks (DIMMED for an
    inactive member, BOLD for a section's first row) and the mark shown before it, if any.
    Texts of WRAPPED columns may hold match marks and a newline before a smaller part."""

    RIGHT_ALIGNED: frozenset[int]
    WRAPPED: frozenset[int]

    def cell_look(self, number: int, column: int) -> tuple[str, int, QIcon | None]: ...


class PaintedTable(QTableView):
    def __init__(self, rows: PaintedRows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._texts = CellTexts()
        self._marks: dict[tuple[int, int], QPixmap] = {}

    def wraps(self, column: int) -> bool:
        """Whether the column's texts wrap within the row's height rather than end in "…"."""
        return column in self._rows.WRAPPED

    def settle(self) -> None:
        """Lay the rows out now rather than on the next turn of the event loop: after a search,
        the table is then painted with the search box, in one pass instead of two."""
        self.executeDelayedItemsLayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.model()
        if model is None or model.rowCount() == 0:
            super().paintEvent(event)  # the empty table: nothing of ours to draw
            return
        self._texts.follow_font(self.font())
        area = event.rect()
        first = max(0, self.rowAt(area.top()))
        last = self.rowAt(area.bottom())
        last = model.rowCount() - 1 if last < 0 else last
        painter = QPainter(self.viewport())
        try:
            self._paint_rows(painter, first, last)
        finally:
            painter.end()

    def _columns(self) -> list[tuple[int, int, int]]:
        """(column, left, width) of each shown column, in the order they are shown."""
        header = self.horizontalHeader()
        return [
            (c, header.sectionViewportPosition(c), header.sectionSize(c))
            for c in (header.logicalIndex(v) for v in range(header.count()))
            if not header.isSectionHidden(c)
        ]

    def _paint_rows(self, painter: QPainter, first: int, last: int) -> None:
        columns = self._columns()
        look = _Look(self)
        selection = self.selectionModel()
        selected = {index.row() for index in selection.selectedIndexes()} if selection else set()
        current = self.currentIndex() if self.hasFocus() else QModelIndex()
        right_edge = columns[-1][1] + columns[-1][2] if columns else 0
        for row in range(first, last + 1):
            top, height = self.rowViewportPosition(row), self.rowHeight(row)
            number = self._source_row(row)
            chosen = row in selected
            if chosen:
                painter.fillRect(QRect(0, top, right_edge, height), look.highlight)
            for column, left, width in columns:
                cell = QRect(left, top, width, height)
                self._paint_cell(painter, look, cell, number, column, chosen)
                if row == current.row() and column == current.column():
                    painter.setPen(look.highlighted_text if chosen else look.text)
                    painter.drawRect(cell.adjusted(0, 0, -2, -2))
        if self.showGrid():
            self._paint_grid(painter, look, columns, first, last)

    def _source_row(self, row: int) -> int:
        model = self.model()
        if isinstance(model, QSortFilterProxyModel):
            return model.mapToSource(model.index(row, 0)).row()
        return row

    def _paint_cell(
        self, painter: QPainter, look: _Look, cell: QRect, number: int, column: int, chosen: bool
    ) -> None:
        text, looks, mark = self._rows.cell_look(number, column)
        margin = look.margin
        left = cell.left() + margin
        if mark is not None:
            pixmap = self._mark(mark, look.mark_side)
            ratio = pixmap.devicePixelRatio()
            height = round(pixmap.height() / ratio)
            painter.drawPixmap(left, cell.top() + (cell.height() - height) // 2, pixmap)
            left += round(pixmap.width() / ratio) + margin
        if not text:
            return
        room = cell.left() + cell.width() - margin - left
        pen = look.highlighted_text if chosen else look.dimmed if looks & DIMMED else look.text
        painter.setPen(pen)
        if column in self._rows.WRAPPED:
            wrapped = self._texts.wrapped(text, room, cell.height())
            top = cell.top() + max(0, round((cell.height() - wrapped.height) / 2))
            wrapped.draw(painter, left, top)
            return
        bold = bool(looks & BOLD)
        line = self._texts.one_line(text, room, bold)
        size = line.size()
        if column in self._rows.RIGHT_ALIGNED:
            left = max(left, cell.left() + cell.width() - margin - round(size.width()))
        painter.setFont(self._texts.font(bold))  # the one it was laid out in: else laid out again
        top = cell.top() + round((cell.height() - size.height()) / 2)
        painter.drawStaticText(QPoint(left, top), line)

    def _paint_grid(
        self,
        painter: QPainter,
        look: _Look,
        columns: list[tuple[int, int, int]],
        first: int,
        last: int,
    ) -> None:
        painter.setPen(QPen(look.grid, 0))
        bottom = self.rowViewportPosition(last) + self.rowHeight(last) - 1
        for _column, left, width in columns:
            painter.drawLine(left + width - 1, 0, left + width - 1, bottom)
        right = columns[-1][1] + columns[-1][2] - 1 if columns else 0
        for row in range(first, last + 1):
            y = self.rowViewportPosition(row) + self.rowHeight(row) - 1
            painter.drawLine(0, y, right, y)

    def _mark(self, mark: QIcon, side: int) -> QPixmap:
        key = (mark.cacheKey(), side)
        pixmap = self._marks.get(key)
        if pixmap is None:
            size = QSize(side, side)
            pixmap = self._marks[key] = mark.pixmap(size, self.devicePixelRatioF())
        return pixmap


class _Look:
    """The colours and margin of one paint, looked up once rather than per cell."""

    def __init__(self, table: QTableView) -> None:
        palette = table.palette()
        group = (
            QPalette.ColorGroup.Active if table.isActiveWindow() else QPalette.ColorGroup.Inactive
        )
        self.highlight: QBrush = palette.brush(group, QPalette.ColorRole.Highlight)
        self.highlighted_text = palette.color(group, QPalette.ColorRole.HighlightedText)
        self.text = palette.color(group, QPalette.ColorRole.Text)
        self.dimmed = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        style = table.style()
        option = QStyleOptionViewItem()
        option.initFrom(table)
        grid = style.styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, table)
        self.grid = QColor.fromRgba(grid & 0xFFFFFFFF)
        icon = table.iconSize()
        self.mark_side = (
            icon.height()
            if icon.isValid() and not icon.isEmpty()
            else style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table)
        )
        # The room Qt's item painting leaves either side of a text (QCommonStyle's).
        self.margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
