"""A report's sections on screen: figures in cards, tables in table views, then the notes."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
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
from ui.common.models import RowsModel
from ui.common.plain_text import PlainLabel


class TextRowsModel(RowsModel[tuple[str, ...]]):
    """A read-only table of text cells (themes, attendance per meeting), headings given."""

    KEEPS_TEXTS = False  # the cells are texts already

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headings: tuple[str, ...] = ()

    def set_table(self, headings: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> None:
        self._headings = headings
        self.COLUMNS = len(headings)
        self.set_rows(rows)

    def headings(self) -> tuple[str, ...]:
        return self._headings

    def cell_text(self, number: int, column: int) -> str:
        return self._rows[number][column]


class _Card(QFrame):
    """One section: its figures as label/value pairs, then its table if it has one."""

    def __init__(self, section: Section, parent: QWidget) -> None:
        # Made in its place: its table measures its header, which styles it, and a card
        # built alone is then styled again, all its widgets, as it joins the page.
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        self.title = PlainLabel(section.title)
        self.title.setObjectName("sectionTitle")
        layout.addWidget(self.title)
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        self.labels: list[QLabel] = []
        self.values: list[QLabel] = []
        for row, figure in enumerate(section.figures):
            label, value = PlainLabel(figure.label), PlainLabel(figure.value)
            label.setWordWrap(True)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
            self.labels.append(label)
            self.values.append(value)
        layout.addLayout(grid)
        self.table = _table(section, self) if section.headings else None
        if self.table is not None:
            layout.addWidget(self.table)
        layout.addStretch(1)

    @staticmethod
    def shape(section: Section) -> tuple[int, bool]:
        return len(section.figures), bool(section.headings)

    def update_from(self, section: Section) -> None:
        """Same shape, new texts: cheaper than new widgets, which the stylesheet polishes."""
        self.title.setText(section.title)
        for label, value, figure in zip(self.labels, self.values, section.figures, strict=True):
            label.setText(figure.label)
            value.setText(figure.value)
        if self.table is not None:
            model = self.table.model()
            assert isinstance(model, TextRowsModel)
            row = self.table.currentIndex().row()
            model.set_table(section.headings, section.rows)
            if 0 <= row < model.rowCount():  # a language change: the host stays on their row
                chosen = QItemSelectionModel.SelectionFlag.ClearAndSelect
                chosen |= QItemSelectionModel.SelectionFlag.Rows
                self.table.selectionModel().setCurrentIndex(model.index(row, 0), chosen)
            self.table.setAccessibleName(section.title)  # a language change renames it too
            _fit_height(self.table, section)


def _table(section: Section, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    model = TextRowsModel(view)
    model.set_table(section.headings, section.rows)
    view.setModel(model)
    view.setAccessibleName(section.title)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table: arrows move inside it
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    # The first column names what is counted (a meeting's theme): it takes what the figures
    # beside it leave, so a title is not cut while a count has room to spare.
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    _fit_height(view, section)
    return view


def _fit_height(view: QTableView, section: Section) -> None:
    """Tall enough for twelve rows; a longer table scrolls inside its card."""
    row = view.verticalHeader().defaultSectionSize()
    shown = min(len(section.rows), 12)
    frame = 2 * view.frameWidth()
    view.setFixedHeight(row * shown + view.horizontalHeader().sizeHint().height() + frame + 2)


class FiguresView(QWidget):
    """Rebuilt from a Document on every refresh: a report has a few dozen widgets at most."""

    COLUMNS = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        self.cards: list[_Card] = []
        self.notes: list[QLabel] = []
        self._sections: tuple[Section, ...] = ()

    def show_document(self, document: Document) -> None:
        shapes = [_Card.shape(s) for s in document.sections]
        if shapes == [_Card.shape(s) for s in self._sections] and len(self.notes) == len(
            document.notes
        ):
            for card, section in zip(self.cards, document.sections, strict=True):
                card.update_from(section)
            for label, note in zip(self.notes, document.notes, strict=True):
                label.setText(note)
            self._sections = document.sections
            return
        self._sections = document.sections
        for widget in (*self.cards, *self.notes):
            self.grid.removeWidget(widget)
            widget.hide()  # at once: deletion waits for the event loop
            widget.deleteLater()
        self.cards = [_Card(s, self) for s in document.sections]
        for index, card in enumerate(self.cards):
            wide = index == len(self.cards) - 1  # attendance per meeting takes the whole row
            row, column = divmod(index, self.COLUMNS)
            self.grid.addWidget(card, row, column, 1, self.COLUMNS if wide else 1)
        self.notes = []
        first_row = (len(self.cards) + self.COLUMNS) // self.COLUMNS + 1
        for offset, note in enumerate(document.notes):
            label = PlainLabel(note)
            label.setWordWrap(True)
            label.setObjectName("muted")
            self.notes.append(label)
            self.grid.addWidget(label, first_row + offset, 0, 1, self.COLUMNS)
