"""A report's sections on screen: figures in cards, tables in table views, then the notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.report_document import Document, Section

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table of text cells (themes, attendance per meeting)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headings: tuple[str, ...] = ()
        self._rows: tuple[tuple[str, ...], ...] = ()

    def set_rows(self, headings: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> None:
        self.beginResetModel()
        self._headings, self._rows = headings, rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[index.row()][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headings[section] if section < len(self._headings) else None
        return None


def _card(section: Section) -> QFrame:
    card = QFrame()
    card.setObjectName("card")
    layout = QVBoxLayout(card)
    title = QLabel(section.title)
    title.setObjectName("sectionTitle")
    layout.addWidget(title)
    grid = QGridLayout()
    grid.setColumnStretch(0, 1)
    for row, figure in enumerate(section.figures):
        label, value = QLabel(figure.label), QLabel(figure.value)
        label.setWordWrap(True)
        value.setObjectName("figureValue")
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = value.font()
        font.setBold(True)
        value.setFont(font)
        grid.addWidget(label, row, 0)
        grid.addWidget(value, row, 1)
    layout.addLayout(grid)
    if section.headings:
        layout.addWidget(_table(section, card))
    layout.addStretch(1)
    return card


def _table(section: Section, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    model = RowsModel(view)
    model.set_rows(section.headings, section.rows)
    view.setModel(model)
    view.setAccessibleName(section.title)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.resizeRowsToContents()
    shown = min(len(section.rows), 12)
    rows = sum(view.rowHeight(r) for r in range(shown))
    frame = 2 * view.frameWidth()
    view.setFixedHeight(rows + view.horizontalHeader().sizeHint().height() + frame + 2)
    return view


class FiguresView(QWidget):
    """Rebuilt from a Document on every refresh: a report has a few dozen widgets at most."""

    COLUMNS = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        self.cards: list[QFrame] = []
        self.notes: list[QLabel] = []

    def show_document(self, document: Document) -> None:
        for widget in (*self.cards, *self.notes):
            self.grid.removeWidget(widget)
            widget.hide()  # at once: deletion waits for the event loop
            widget.deleteLater()
        self.cards = [_card(s) for s in document.sections]
        for index, card in enumerate(self.cards):
            wide = index == len(self.cards) - 1  # attendance per meeting takes the whole row
            row, column = divmod(index, self.COLUMNS)
            self.grid.addWidget(card, row, column, 1, self.COLUMNS if wide else 1)
        self.notes = []
        first_row = (len(self.cards) + self.COLUMNS) // self.COLUMNS + 1
        for offset, note in enumerate(document.notes):
            label = QLabel(note)
            label.setWordWrap(True)
            label.setObjectName("muted")
            self.notes.append(label)
            self.grid.addWidget(label, first_row + offset, 0, 1, self.COLUMNS)
