"""An editable agenda: kind, title, planned minutes, notes; rows move by drag or keyboard."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.model import AgendaItem, ItemKind
from ui.common.safe_model import never_raises
from ui.sessions.labels import KINDS, kind_label
from ui.sessions.roles import OBJECT_ROLE, SORT_ROLE, Index

ROW_MIME = "application/x-cercle-agenda-row"
MAX_MINUTES = 600


class AgendaModel(QAbstractTableModel):
    KIND, TITLE, MINUTES, NOTES = range(4)
    COLUMNS = 4
    total_changed = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[AgendaItem] = []
        for signal in (self.modelReset, self.rowsInserted, self.rowsRemoved, self.dataChanged):
            signal.connect(lambda *_: self.total_changed.emit(self.total_minutes()))

    def set_rows(self, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[AgendaItem]:
        return [dataclasses.replace(item, position=i) for i, item in enumerate(self._items)]

    def total_minutes(self) -> int:
        return sum(item.planned_minutes for item in self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Kind"), self.tr("Title"), self.tr("Minutes"), self.tr("Notes"))[section]

    @never_raises
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == OBJECT_ROLE:
            return item
        if role == SORT_ROLE:
            return index.row()
        if role == Qt.ItemDataRole.EditRole:
            return (item.kind, item.title, item.planned_minutes, item.notes)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                kind_label(item.kind),
                item.title,
                str(item.planned_minutes),
                item.notes.replace("\n", " "),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._items[index.row()]
        field = ("kind", "title", "planned_minutes", "notes")[index.column()]
        if field == "planned_minutes":
            value = max(0, min(MAX_MINUTES, int(value)))
        elif field == "kind" and value not in KINDS:
            return False
        self._items[index.row()] = dataclasses.replace(item, **{field: value})
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled

    def add_item(
        self, row: int, kind: str = ItemKind.OTHER.value, title: str = "", minutes: int = 10
    ) -> int:
        row = max(0, min(row, len(self._items)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, AgendaItem("", row, title, kind, minutes))
        self.endInsertRows()
        return row

    def remove_item(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def move_item(self, source: int, target: int) -> bool:
        """Put the row at `source` in place `target` (both in 0..rowCount-1)."""
        count = len(self._items)
        if not (0 <= source < count and 0 <= target < count) or source == target:
            return False
        # beginMoveRows takes the destination *before* the move, one past when moving down.
        self.beginMoveRows(
            QModelIndex(), source, source, QModelIndex(), target + 1 if target > source else target
        )
        self._items.insert(target, self._items.pop(source))
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
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._items))
        target = target - 1 if target > source else target
        self.move_item(source, max(0, min(target, len(self._items) - 1)))
        # False: the move is done; the view must not also remove the dragged row.
        return False


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
