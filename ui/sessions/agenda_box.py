"""The session editor's timed agenda: the table, its tools, and the planned total against the
meeting's duration."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.model import ItemKind
from ui.common.adaptive import ActionRow
from ui.common.plain_text import PlainLabel
from ui.common.retranslate import Retranslating, translated_button
from ui.sessions.agenda_model import AgendaModel, CappedDelegate, KindDelegate
from ui.sessions.labels import kind_label


class AgendaTable(QTableView):
    """Alt+Up / Alt+Down move the current item; drag and drop moves it too."""

    move_requested = Signal(int)

    def sizeHint(self) -> QSize:
        """Asks for its minimum, three items: the editor's fields above it keep their room on
        a netbook, and the table takes whatever height is left over."""
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class AgendaBox(Retranslating, QGroupBox):
    """`template_button` (save as format) sits on the tools row; the editor answers it."""

    def __init__(self, model: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.duration = 0
        self.translated(self.setTitle, lambda: self.tr("Agenda"))
        self.table = AgendaTable()
        self.translated(self.table.setAccessibleName, lambda: self.tr("Agenda items"))
        self.translated(
            self.table.setToolTip,
            lambda: self.tr("Alt+Up and Alt+Down move the selected item; you can also drag it."),
        )
        self.table.setModel(model)
        self.table.setItemDelegateForColumn(AgendaModel.KIND, KindDelegate(self.table))
        capped_cells = CappedDelegate(self.table)
        for column in (AgendaModel.TITLE, AgendaModel.NOTES):
            self.table.setItemDelegateForColumn(column, capped_cells)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setDropIndicatorShown(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaModel.NOTES, QHeaderView.ResizeMode.Stretch)
        # The kind column as wide as its longest name in this language and text size, plus the
        # cell's margins and the drop-down arrow its editor shows.
        metrics = self.table.fontMetrics()
        longest = max(metrics.horizontalAdvance(kind_label(kind)) for kind in ItemKind)
        self.table.setColumnWidth(AgendaModel.KIND, longest + metrics.horizontalAdvance("M") * 3)
        # Three items in view however short the screen; more where the editor has room.
        rows = 3 * self.table.verticalHeader().defaultSectionSize()
        frame = 2 * self.table.frameWidth()
        self.table.setMinimumHeight(rows + header.sizeHint().height() + frame)
        self.table.move_requested.connect(self.move_current)
        model.total_changed.connect(self._update_total)
        self._build_tools()
        self.retranslate()

    def _build_tools(self) -> None:
        self.add_button = translated_button(
            self, lambda: self.tr("&Add item"), clicked=self.add_item
        )
        self.remove_button = translated_button(
            self, lambda: self.tr("&Remove item"), clicked=self.remove_current
        )
        self.up_button = translated_button(
            self,
            lambda: self.tr("Move up"),
            lambda: self.tr("Alt+Up"),
            clicked=lambda: self.move_current(-1),
        )
        self.down_button = translated_button(
            self,
            lambda: self.tr("Move down"),
            lambda: self.tr("Alt+Down"),
            clicked=lambda: self.move_current(1),
        )
        self.template_button = translated_button(self, lambda: self.tr("Save as &format…"))
        self.total_label = PlainLabel()
        self.total_label.setObjectName("agendaTotal")
        tools = QHBoxLayout()  # the buttons wrap on a narrow screen, the total stays beside them
        buttons = (self.add_button, self.remove_button, self.up_button, self.down_button)
        tools.addWidget(ActionRow([*buttons, self.template_button]), 1)
        tools.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)

    def retranslate(self) -> None:
        super().retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, AgendaModel.COLUMNS - 1)
        self._update_total()

    def set_duration(self, minutes: int) -> None:
        self.duration = minutes
        self._update_total()

    def _update_total(self) -> None:
        total, duration = self.model.total_minutes(), self.duration
        if total > duration:
            self.total_label.setText(
                self.tr("Planned: {total} of {duration} min — {over} min over").format(
                    total=total, duration=duration, over=total - duration
                )
            )
            self.total_label.setProperty("warning", True)
        else:
            self.total_label.setText(
                self.tr("Planned: {total} of {duration} min").format(total=total, duration=duration)
            )
            self.total_label.setProperty("warning", False)
        # The theme colours QLabel[warning="true"]; a changed property needs a re-polish.
        self.total_label.style().unpolish(self.total_label)
        self.total_label.style().polish(self.total_label)

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def select_row(self, row: int) -> None:
        column = max(0, self.table.currentIndex().column())
        self.table.setCurrentIndex(self.model.index(row, column))

    def add_item(self) -> None:
        row = self.model.add_item(
            self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        )
        self.select_row(row)
        self.table.setFocus()
        self.table.edit(self.model.index(row, AgendaModel.TITLE))

    def remove_current(self) -> None:
        row = self.current_row()
        self.model.remove_item(row)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    def move_current(self, delta: int) -> None:
        row = self.current_row()
        if self.model.move_item(row, row + delta):
            self.select_row(row + delta)
