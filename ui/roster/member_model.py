"""The roster table: one row per member, a sort role, an object role and a folded search key."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.member_checks import fold
from app.model import Role
from app.roster import MemberRow

PSEUDONYM, ROLE, JOINED, LAST_ATTENDED, ATTENDANCE = range(5)
COLUMNS = 5
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 4

_Index = QModelIndex | QPersistentModelIndex


def role_label(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    if role == Role.HOST.value:
        return QCoreApplication.translate("Roster", "Host")
    if role == Role.CO_HOST.value:
        return QCoreApplication.translate("Roster", "Co-host")
    return QCoreApplication.translate("Roster", "Member")


def short_date(iso: str | None) -> str:
    if not iso:
        return ""
    day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)


def session_label(starts_at: str) -> str:
    """A meeting as a host names it: its date and time in the user's language."""
    moment = QDateTime.fromString(starts_at[:16], "yyyy-MM-ddTHH:mm")
    if not moment.isValid():
        return ""
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class MemberTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MemberRow] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.version = 0  # bumped on every change, so the filter knows its cache is stale

    def set_rows(self, rows: list[MemberRow]) -> None:
        self.beginResetModel()
        self.version += 1
        self._rows = list(rows)
        self._resort()
        self.endResetModel()

    def replace_row(self, row: MemberRow) -> None:
        """One member changed: update its row in place, or append it when new."""
        for number, current in enumerate(self._rows):
            if current.member.id == row.member.id:
                self.version += 1
                self._rows[number] = row
                self.dataChanged.emit(self.index(number, 0), self.index(number, COLUMNS - 1))
                return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self.version += 1
        self._rows.append(row)
        self.endInsertRows()

    def remove_member(self, member_id: str) -> None:
        for number, current in enumerate(self._rows):
            if current.member.id == member_id:
                self.beginRemoveRows(QModelIndex(), number, number)
                self.version += 1
                del self._rows[number]
                self.endRemoveRows()
                return

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self.version += 1
        before = [r.member.id for r in self._rows]
        self._rows.sort(key=lambda r: self._sort_key(r, column),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self._remap_persistent(before)
        self.layoutChanged.emit()

    def _remap_persistent(self, before: list[str]) -> None:
        where = {r.member.id: n for n, r in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [self.index(where[before[i.row()]], i.column()) for i in old]
        self.changePersistentIndexList(old, new)

    def _resort(self) -> None:
        if self._sort[0] >= 0:
            self._rows.sort(key=lambda r: self._sort_key(r, self._sort[0]),
                            reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)

    def row_of(self, member_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.member.id == member_id), -1)

    def rows(self) -> list[MemberRow]:
        return self._rows

    def member_row(self, number: int) -> MemberRow:
        return self._rows[number]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == SORT_ROLE:
            return self._sort_key(row, index.column())
        if role == OBJECT_ROLE:
            return row
        if role == SEARCH_ROLE:
            return row.search_key
        if role == ACTIVE_ROLE:
            return row.member.active
        if role == Qt.ItemDataRole.ForegroundRole and not row.member.active:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == ATTENDANCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: MemberRow, column: int) -> str:
        member = row.member
        if column == PSEUDONYM:
            if member.active:
                return member.pseudonym
            return self.tr("{name} (inactive)").format(name=member.pseudonym)
        if column == ROLE:
            return role_label(member.role)
        if column == JOINED:
            return short_date(member.joined_on)
        if column == LAST_ATTENDED:
            return short_date(row.last_attended)
        return QLocale().toString(row.attendance_count)

    @staticmethod
    def _sort_key(row: MemberRow, column: int) -> Any:
        if column == PSEUDONYM:
            return row.search_key
        if column == ROLE:
            return (row.member.role, row.search_key)
        if column == JOINED:
            return row.member.joined_on or ""
        if column == LAST_ATTENDED:
            return row.last_attended or ""
        return row.attendance_count

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Pseudonym"), self.tr("Role"), self.tr("Joined"),
                self.tr("Last attended"), self.tr("Attendance"))[section]


class MemberFilterProxy(QSortFilterProxyModel):
    """Search as you type over the folded key, and the active / inactive / all filter."""

    ALL, ACTIVE, INACTIVE = "all", "active", "inactive"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._needle = ""
        self._status = self.ACTIVE
        self._accepted: list[bool] = []
        self._version = -1
        self._model = MemberTableModel(self)
        self.on_filtered: Callable[[], None] | None = None

    def set_search(self, text: str) -> None:
        needle = fold(text.strip())
        if needle != self._needle:  # a trailing space changes nothing shown
            self._needle = needle
            self.refresh()

    def set_status(self, status: str) -> None:
        self._status = status
        self.refresh()

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        assert isinstance(model, MemberTableModel)
        self._model = model
        super().setSourceModel(model)

    def refresh(self) -> None:
        # Decided for every row in one Python pass; filterAcceptsRow then only looks the answer
        # up (no Qt call per row), which keeps a keystroke over 10,000 members within a frame.
        needle, status = self._needle, self._status
        rows = self._model.rows()
        if status == self.ALL:
            self._accepted = [needle in r.search_key for r in rows]
        else:
            wanted = status == self.ACTIVE
            self._accepted = [r.member.active == wanted and needle in r.search_key for r in rows]
        self._version = self._model.version
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        # A plain callback, not a Signal: PySide6 6.12 on Python 3.11 loses a reference to
        # True on every Python-side emit(), and a keystroke must not cost one.
        if self.on_filtered is not None:
            self.on_filtered()

    def _accepts(self, row: MemberRow) -> bool:
        if self._status != self.ALL and row.member.active != (self._status == self.ACTIVE):
            return False
        return self._needle in row.search_key

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._version == self._model.version:
            return self._accepted[source_row]
        return self._accepts(self._model.member_row(source_row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts itself on its sort keys and this proxy keeps its order: sorting here
        # would compare rows through Python on every keystroke that brings rows back.
        self._model.sort(column, order)
