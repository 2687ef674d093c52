"""An editable agenda: kind, title, planned minutes, notes; rows move by drag or keyboard."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.limits import text_cap
from app.model import AgendaItem, ItemKind
from ui.common.capped_line import capped
from ui.common.models import Index, RowsModel
from ui.sessions.labels import KINDS, kind_label

ROW_MIME = "application/x-cercle-agenda-row"
MAX_MINUTES = 600


class AgendaModel(RowsModel[AgendaItem]):
    KIND, TITLE, MINUTES, NOTES = range(4)
    COLUMNS = 4
    RIGHT_ALIGNED = frozenset({MINUTES})
    ROLES = RowsModel.ROLES | {Qt.ItemDataRole.EditRole}
    KEEPS_TEXTS = False  # edited in place
    total_changed = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        for signal in (self.modelReset, self.rowsInserted, self.rowsRemoved, self.dataChanged):
            signal.connect(lambda *_: self.total_changed.emit(self.total_minutes()))

    def items(self) -> list[AgendaItem]:
        return [dataclasses.replace(item, position=i) for i, item in enumerate(self._rows)]

    def over_cap(self) -> tuple[QModelIndex, int] | None:
        """The first title or notes longer than the gate takes (stored by an older Cercle),
        with its cap: a save would cut it."""
        for row, item in enumerate(self._rows):
            for column, field in ((self.TITLE, "title"), (self.NOTES, "notes")):
                cap = text_cap("agenda_items", field)
                if len(getattr(item, field)) > cap:
                    return self.index(row, column), cap
        return None

    def total_minutes(self) -> int:
        return sum(item.planned_minutes for item in self._rows)

    def headings(self) -> tuple[str, ...]:
        return (self.tr("Kind"), self.tr("Title"), self.tr("Minutes"), self.tr("Notes"))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def sort_key(self, number: int, column: int) -> Any:
        return number

    def cell_text(self, number: int, column: int) -> str:
        item = self._rows[number]
        return (
            kind_label(item.kind),
            item.title,
            str(item.planned_minutes),
            item.notes.replace("\n", " "),
        )[column]

    def other_role(self, number: int, column: int, role: int) -> Any:
        item = self._rows[number]
        if role == Qt.ItemDataRole.EditRole:
            return (item.kind, item.title, item.planned_minutes, item.notes)[column]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._rows[index.row()]
        field = ("kind", "title", "planned_minutes", "notes")[index.column()]
        if field == "planned_minutes":
            value = max(0, min(MAX_MINUTES, int(value)))
        elif field == "kind" and value not in KINDS:
            return False
        self._rows[index.row()] = dataclasses.replace(item, **{field: value})
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled

    def add_item(
        self, row: int, kind: ItemKind = ItemKind.OTHER, title: str = "", minutes: int = 10
    ) -> int:
        row = max(0, min(row, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, AgendaItem("", row, title, kind, minutes))
        self.endInsertRows()
        return row

    def remove_item(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def move_item(self, source: int, target: int) -> bool:
        """Put the row at `source` in place `target` (both in 0..rowCount-1)."""
        count = len(self._rows)
        if not (0 <= source < count and 0 <= target < count) or source == target:
            return False
        # beginMoveRows takes the destination *before* the move, one past when moving down.
        self.beginMoveRows(
            QModelIndex(), source, source, QModelIndex(), target + 1 if target > source else target
        )
        self._rows.insert(target, self._rows.pop(source))
        self.endMoveRows()
        self.total_changed.emit(self.total_minutes())
        return True

    # Drag and drop within the table: the dragged row number travels in the mime data.

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        if indexes:
            mime.setData(ROW_MIME, QByteArray(str(indexes[0].row()).encode()))
        return mime

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(ROW_MIME):
            return False
        source = int(bytes(data.data(ROW_MIME).data()).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        target = target - 1 if target > source else target
        self.move_item(source, max(0, min(target, len(self._rows) - 1)))
        # False: the move is done; the view must not also remove the dragged row.
        return False


class CappedDelegate(QStyledItemDelegate):
    """A title or notes typed in its cell holds no more than the gate takes: Qt's own editor
    had no limit, and the save cut a long paste without a word (app/typed_fields.py)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = "title" if index.column() == AgendaModel.TITLE else "notes"
        return capped(QLineEdit(parent), "agenda_items", column)


class KindDelegate(QStyledItemDelegate):
    """A drop-down of the item kinds, in the interface's language."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Kind"))
        for kind in KINDS:
            combo.addItem(kind_label(kind), kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
