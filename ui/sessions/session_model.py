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
        self._sort_keys: list[tuple[str, str, str, str, int]] = []
        # Shown texts, made on first use: a table measuring its columns asks for each cell's
        # text many times, and ten years of weekly meetings are 528 rows.
        self._texts: dict[tuple[int, int], str] = {}

    def set_rows(self, rows: list[SessionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_keys = [
            (
                r.session.starts_at,
                r.session.theme.casefold(),
                r.session.place.casefold(),
                r.session.status,
                r.present,
            )
            for r in self._rows
        ]
        self._texts = {}
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers, dates, statuses and numbers follow a new language (a live switch). Before
        anything was shown there is nothing to redo: measuring 528 rows again costs ~0.1 s."""
        shown, self._texts = bool(self._texts), {}
        if shown:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1)
            )

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
        if role not in _ROLES or not index.isValid():
            return None
        number, column = index.row(), index.column()
        if role == SORT_ROLE:
            return self._sort_keys[number][column]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._texts.get((number, column))
            if text is None:
                text = self._texts[number, column] = self._display(self._rows[number], column)
            return text
        row = self._rows[number]
        if role == OBJECT_ROLE:
            return row.session
        if column == self.ATTENDANCE:  # the tooltip
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


_ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, OBJECT_ROLE, SORT_ROLE}
)


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
