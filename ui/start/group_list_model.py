"""The groups on this computer, by the label their host chose."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from app.group_info import GroupInfo
from ui.common.plain_text import shown
from ui.common.roles import OBJECT_ROLE, Index
from ui.common.safe_model import never_raises


class GroupListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[GroupInfo] = []

    def set_rows(self, groups: list[GroupInfo]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._groups)

    @never_raises
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._groups):
            return None
        group = self._groups[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # A list row is one line: a label of megabytes (from a file) would stall its layout.
            label = shown(group.label, 200) or QCoreApplication.translate(
                "GroupListModel", "Unnamed group"
            )
            if group.is_demo:
                return QCoreApplication.translate("GroupListModel", "{label} (demo)").format(
                    label=label
                )
            return label
        if role == OBJECT_ROLE:
            return group
        return None

    def row_of(self, group_id: str) -> int:
        for row, group in enumerate(self._groups):
            if group.id == group_id:
                return row
        return -1
