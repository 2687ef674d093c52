"""The list of sessions, split into upcoming and past by a filter proxy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.model import Session, SessionStatus
from app.sessions import parse_starts_at
from ui.common.dates import to_qdatetime
from ui.common.safe_model import never_raises
from ui.sessions.labels import status_label
from ui.sessions.roles import OBJECT_ROLE, SORT_ROLE, Index


@dataclass(frozen=True)
class SessionRow:
    session: Session
    present: int


def session_datetime(session: Session) -> QDateTime:
    return to_qdatetime(parse_starts_at(session.starts_at))


class SessionTableModel(QAbstractTableModel):
    DATE, THEME, PLACE, STATUS, ATTENDANCE = range(5)
    COLUMNS = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionRow] = []

    def set_rows(self, rows: list[SessionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Date"),
            self.tr("Theme"),
            self.tr("Place"),
            self.tr("Status"),
            self.tr("Present"),
        )[section]

    @never_raises
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        session, column = row.session, index.column()
        if role == OBJECT_ROLE:
            return session
        if role == SORT_ROLE:
            return (
                session.starts_at,
                session.theme.casefold(),
                session.place.casefold(),
                session.status,
                row.present,
            )[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ATTENDANCE:
            return self.tr("%n member(s) marked present", "", row.present)
        return None

    def _display(self, row: SessionRow, column: int) -> str:
        session = row.session
        if column == self.DATE:
            return QLocale().toString(session_datetime(session), QLocale.FormatType.ShortFormat)
        if column == self.THEME:
            return session.theme
        if column == self.PLACE:
            return session.place
        if column == self.STATUS:
            return status_label(session.status)
        if session.status == SessionStatus.PLANNED and row.present == 0:
            return ""
        return QLocale().toString(row.present)


class SessionFilterProxy(QSortFilterProxyModel):
    """Upcoming: from `now` on; past: before it. Compared on the stored text, which sorts."""

    def __init__(self, now: str, upcoming: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self._now = now
        self._upcoming = upcoming
        self.setSortRole(SORT_ROLE)

    def set_now(self, now: str) -> None:
        self.beginFilterChange()
        self._now = now
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        starts_at = self.sourceModel().data(index, SORT_ROLE)
        return bool((starts_at >= self._now) == self._upcoming)
