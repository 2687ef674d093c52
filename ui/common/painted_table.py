"""A table that paints its visible rows itself, straight from its model: the roster's 10,000
members and the 5,000 resources, where each search keystroke repaints a screenful of cells.

Qt's item painting goes through a delegate once per cell, asks the model for about seven roles
per cell through Python, styles each cell through the application's style sheet and lays its
text out again on every paint. That was most of a keystroke (issue 18: 36 ms at p95 for the
roster, against a target of 8). Here one paint event asks the model once per row
(`row_looks`) and draws texts laid out once (ui.common.cell_texts), from steps worked out once
per row and kept while the row shows the same and the columns stay put. The look is the item
view's: the selection in the palette's highlight, dimmed rows in the disabled text colour, a
mark before the text, an ellipsis when a column is too narrow, the grid, a frame on the
current cell when the table has the focus, on the base colour it fills its viewport with
(ui.common.opaque_viewport). Keyboard, mouse, selection, size hints, tooltips and
accessibility still go through QTableView and the model's roles: only the painting changes.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from functools import partial
from typing import Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.common import row_steps
from ui.common.cell_texts import CellTexts
from ui.common.opaque_viewport import opaque_base
from ui.common.row_images import GlyphWarmer, RowImages
from ui.common.row_steps import (
    BOLD,
    DIMMED,
    LATER,
    MARK,
    WRAPPED_TEXT,
    Columns,
    Step,
    line_step,
    parts,
)
from ui.common.steady_scroll_bar import SteadyScrollBar
from ui.common.table_look import Look, style_metrics

__all__ = ["BOLD", "DIMMED", "PaintedRows", "PaintedTable", "RowCell", "RowLooks", "painted_list"]

RowCell = tuple[str, int, QIcon | None]  # a cell's text, its looks and the mark before it
RowLooks = tuple[RowCell, ...]


class PaintedRows(Protocol):
    """What a model tells the table about one row: for each column, the cell's text, its looks
    (DIMMED for an inactive member, BOLD for a section's first row) and the mark shown before
    it, if any. Texts of WRAPPED columns may hold match marks and a newline before a smaller
    part. The table keeps what it worked out for a row by these looks: marks are told apart by
    identity, so a model hands out the same QIcon for the same mark."""

    RIGHT_ALIGNED: frozenset[int]
    WRAPPED: frozenset[int]

    def row_looks(self, number: int) -> RowLooks: ...


class Preparation(Protocol):
    def painted(self, columns: Columns) -> None: ...
    def start_over(self) -> None: ...
    def finished(self) -> bool: ...


PLANS_KEPT = 2048  # rows worked out and kept: several screenfuls of either table


class PaintedTable(QTableView):
    def __init__(self, rows: PaintedRows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._texts = CellTexts()
        self._marks: dict[tuple[int, int], QPixmap] = {}
        # (a row's looks, the columns and height it was worked out for) -> its steps: a search
        # shows the same rows again, often with the same texts.
        self._plans: dict[tuple[object, ...], list[Step]] = {}
        # Rows worked out ahead and kept until cleared (prepare_rows with keep): the first rows
        # of searches not yet typed (ui.resources.search_preparation).
        self.kept: dict[tuple[object, ...], list[Step]] = {}
        self._metrics: tuple[QColor, int, int] | None = None  # grid colour, mark side, margin
        self._plans_kept = PLANS_KEPT  # more while every row is prepared (row_preparation)
        self._later = False  # texts new to the table are laid out when first drawn
        # Steps worked out in idle time that rows share (a date, a role, a mark), by their parts.
        self._shared: dict[Hashable, Step] = {}
        self._columns: Columns = ()
        # Rows of wrapped text, copied while they show the same (ui.common.row_images).
        self._images = RowImages() if rows.WRAPPED else None
        # Painted whole (ui.common.opaque_viewport), unless its palette's base is not opaque.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        # Set by ui.common.row_preparation, which works out every row in idle time.
        self.preparation: Preparation | None = None

    def wraps(self, column: int) -> bool:
        """Whether the column's texts wrap within the row's height rather than end in "…"."""
        return column in self._rows.WRAPPED

    def settle(self) -> None:
        """Lay the rows out now rather than on the next turn of the event loop: after a search,
        the table is then painted with the search box, in one pass instead of two."""
        self.executeDelayedItemsLayout()

    def keep_plans(self, rows: int) -> None:
        """Keep the steps of `rows` rows besides a few screenfuls: every row, once prepared."""
        self._plans_kept = PLANS_KEPT + rows

    def prepare_rows(self, rows: Iterable[RowLooks], keep: bool = False) -> None:
        """Work out the rows' steps for the columns as they are now, where not yet done; with
        `keep`, their texts laid out too (by QTextLayout) and the steps kept in `kept`."""
        if self._texts.follow_font(self.font()):
            self.forget_plans()
        columns, height = self.columns(), self.verticalHeader().defaultSectionSize()
        look = Look(self, *self._style_metrics())
        # Kept rows are laid out the compact way, quickest to draw again.
        self._later, self._texts.by_words = not keep, not keep
        warmer = self._glyph_warmer(columns, height, look, keep)
        try:
            for looks in rows:
                steps = self._plan_looks(looks, columns, height, look)
                if keep:
                    self.kept[(looks, columns, height, look.mark_side)] = steps
                    warmer.draw(steps)
        finally:
            self._later, self._texts.by_words = False, True
            warmer.end()

    def _glyph_warmer(self, columns: Columns, height: int, look: Look, keep: bool) -> GlyphWarmer:
        """Kept rows drawn into images of their own (ui.common.row_images) drawn as they will be."""
        base = opaque_base(self.viewport())
        if not keep or self._images is None or base is None or not columns:
            return GlyphWarmer(None)
        fonts = (self._texts.font(False), self._texts.font(True))
        draw = partial(row_steps.draw_alone, height=height, look=look, chosen=False, fonts=fonts)
        draw = partial(draw, columns=columns, lay_out=self._lay_out_now)
        return GlyphWarmer((self.viewport(), columns[-1][1] + columns[-1][2], height, base), draw)

    def planned_rows(self) -> int:
        return len(self._plans)

    def forget_plans(self) -> None:
        self._plans.clear()
        self._shared.clear()
        self.kept.clear()
        if self._images is not None:
            self._images.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._metrics = None
            self.forget_plans()
            if self.preparation is not None:
                self.preparation.start_over()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.model()
        area = event.rect()
        base = opaque_base(self.viewport())
        if base is not None:
            painter = QPainter(self.viewport())
            painter.fillRect(area, base)
            painter.end()
        if model is None or model.rowCount() == 0:
            super().paintEvent(event)  # the empty table: nothing of ours to draw
            return
        if self._texts.follow_font(self.font()):
            self.forget_plans()
        first = max(0, self.rowAt(area.top()))
        last = self.rowAt(area.bottom())
        last = model.rowCount() - 1 if last < 0 else last
        painter = QPainter(self.viewport())
        columns = self.columns()
        try:
            painter.translate(-self.horizontalHeader().offset(), 0)
            self._paint_rows(painter, columns, first, last, base)
        finally:
            painter.end()
        if self.preparation is not None:
            self.preparation.painted(columns)

    def columns(self) -> Columns:
        """(column, left, width) of each shown column, in the order they are shown; `left` as
        if not scrolled sideways, so that scrolling keeps what was worked out."""
        header = self.horizontalHeader()
        columns = tuple(
            (c, header.sectionPosition(c), header.sectionSize(c))
            for c in (header.logicalIndex(v) for v in range(header.count()))
            if not header.isSectionHidden(c)
        )
        if columns != self._columns:
            self._columns = columns  # one copy, in the keys of every row worked out for them
        return self._columns

    def _paint_rows(
        self,
        painter: QPainter,
        columns: Columns,
        first: int,
        last: int,
        base: QColor | None,
    ) -> None:
        look = Look(self, *self._style_metrics())
        selection = self.selectionModel()
        selected = {index.row() for index in selection.selectedIndexes()} if selection else set()
        current = self.currentIndex() if self.hasFocus() else QModelIndex()
        fonts = (self._texts.font(False), self._texts.font(True))
        painter.setFont(fonts[0])
        state: list[object] = [None, fonts[0]]  # the pen and font last set
        row_width = columns[-1][1] + columns[-1][2] if columns else 1
        lay_out = self._lay_out_now
        for row in range(first, last + 1):
            top, height = self.rowViewportPosition(row), self.rowHeight(row)
            chosen = row in selected
            steps = self._plan(self._source_row(row), columns, height, look)
            if base is not None and self._images is not None:
                image = self._images.drawn(
                    (id(steps), chosen, look.signature),
                    steps,
                    (self.viewport(), row_width, height),
                    base,
                    partial(
                        row_steps.draw_alone, steps, height, look, chosen, fonts, columns, lay_out
                    ),
                )
                painter.drawImage(QPoint(0, top), image)
            else:
                row_steps.draw_row(
                    painter, steps, top, height, look, chosen, fonts, state, columns, lay_out
                )
            if row == current.row():
                for column, left, width in columns:
                    if column == current.column():
                        painter.setPen(look.highlighted_text if chosen else look.text)
                        painter.drawRect(QRect(left, top, width, height).adjusted(0, 0, -2, -2))
                        state[0] = None
        if self.showGrid():
            row_steps.paint_grid(self, painter, look, columns, first, last)

    def _source_row(self, row: int) -> int:
        model = self.model()
        if isinstance(model, QSortFilterProxyModel):
            return model.mapToSource(model.index(row, 0)).row()
        return row

    def _plan(self, number: int, columns: Columns, height: int, look: Look) -> list[Step]:
        """What the row draws, worked out once for what it shows and where its columns are."""
        return self._plan_looks(self._rows.row_looks(number), columns, height, look)

    def _plan_looks(self, looks: RowLooks, columns: Columns, height: int, look: Look) -> list[Step]:
        key = (looks, columns, height, look.mark_side)
        kept = self._plans.get(key) or self.kept.get(key)
        if kept is not None:
            return kept
        steps: list[Step] = []
        for column, left, width in columns:
            text, flags, mark = looks[column]
            self._plan_cell(steps, column, QRect(left, 0, width, height), text, flags, mark, look)
        if self._later:
            steps = [self._shared.setdefault(parts(s), s) for s in steps]
        if len(self._plans) >= self._plans_kept:
            self._plans.clear()  # those in `kept` stay
            self._shared.clear()
        self._plans[key] = steps
        return steps

    def _plan_cell(
        self,
        steps: list[Step],
        column: int,
        cell: QRect,
        text: str,
        flags: int,
        mark: QIcon | None,
        look: Look,
    ) -> None:
        margin = look.margin
        left = cell.left() + margin
        if mark is not None:
            pixmap = self._mark(mark, look.mark_side)
            ratio = pixmap.devicePixelRatio()
            height = round(pixmap.height() / ratio)
            steps.append((MARK, left, (cell.height() - height) // 2, pixmap, 0))
            left += round(pixmap.width() / ratio) + margin
        if not text:
            return
        room = cell.left() + cell.width() - margin - left
        if column in self._rows.WRAPPED:
            wrapped = self._texts.wrapped(text, room, cell.height(), bool(flags & BOLD))
            top = max(0, round((cell.height() - wrapped.height) / 2))
            steps.append((WRAPPED_TEXT, left, top, wrapped, flags))
            return
        right = cell.left() + cell.width() - margin if column in self._rows.RIGHT_ALIGNED else None
        line = self._texts.kept_line(text, room, bool(flags & BOLD))
        if line is None and self._later:
            steps.append((LATER, left, cell.height(), (text, room, right), flags))
            return
        line = line or self._texts.one_line(text, room, bool(flags & BOLD))
        steps.append(line_step(left, cell.height(), line, flags, right))

    def _lay_out_now(self, step: Step) -> Step:
        _kind, left, height, later, flags = step
        assert isinstance(later, tuple)
        text, room, right = later
        line = self._texts.one_line(text, room, bool(flags & BOLD))
        return line_step(left, height, line, flags, right)

    def _mark(self, mark: QIcon, side: int) -> QPixmap:
        key = (mark.cacheKey(), side)
        pixmap = self._marks.get(key)
        if pixmap is None:
            size = QSize(side, side)
            pixmap = self._marks[key] = mark.pixmap(size, self.devicePixelRatioF())
        return pixmap

    def _style_metrics(self) -> tuple[QColor, int, int]:
        if self._metrics is None:
            self._metrics = style_metrics(self)
        return self._metrics


def painted_list(
    rows: PaintedRows,
    shown: QAbstractItemModel,
    several: bool = False,
    parent: QWidget | None = None,
) -> PaintedTable:
    """A painted table of `rows` showing `shown` (a proxy of them) as a list to choose from:
    whole rows chosen, one or `several`, nothing edited in place, Tab out of it (the arrows
    move inside) and no row numbers. Its rows are all one height, which its owner sets
    (`verticalHeader().setDefaultSectionSize`): painted rows are steps worked out for one
    height, and a keystroke that hides thousands of scattered rows then costs the header no
    per-row bookkeeping."""
    table = PaintedTable(rows, parent)  # made in its place: styled once, not again when added
    # Not painted again for a new number of rows that leaves its handle where it is.
    table.setVerticalScrollBar(SteadyScrollBar(Qt.Orientation.Vertical, table))
    table.setTabKeyNavigation(False)
    table.setModel(shown)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if several
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    return table
