"""The item roles and index types every model in ui/ shares (ui.common.models re-exports them).

Apart from the table model and its sort proxy so that the start screen's group list needs
neither before it shows: PySide6 builds a Qt class's Python side, enums and all, on import."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what the sort proxy compares: never the shown text
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2  # the record behind a row
FIRST_OWN_ROLE = Qt.ItemDataRole.UserRole + 3  # a model's own roles start here
