"""The list of sessions, split into upcoming and past by a filter proxy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale, Qt

from app.model import Session, SessionStatus
from app.sessions import parse_starts_at
from ui.common.dates import to_qdatetime
from ui.common.models import SORT_ROLE, Index, RowsModel, SortProxy
from ui.sessions.labels import status_label


@dataclass(frozen=True)
class SessionRow:
    session: Session
    present: int


def session_datetime(session: Session) -> QDateTime:
    return to_qdatetime(parse_starts_at(session.starts_at))


class SessionTableModel(RowsModel[SessionRow]):
    DATE, THEME, PLACE, STATUS, ATTENDANCE = range(5)
    COLUMNS = 5
    HEADINGS = (
        QT_TRANSLATE_NOOP("SessionTableModel", "Date"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Theme"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Place"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Status"),
        QT_TRANSLATE_NOOP("SessionTableModel", "Present"),
    )
    ROLES = RowsModel.ROLES | {Qt.ItemDataRole.ToolTipRole}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sort_keys: list[tuple[str, str, str, str, int]] = []

    def _rows_set(self) -> None:
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

    def sort_key(self, number: int, column: int) -> Any:
        return self._sort_keys[number][column]

    def row_object(self, row: SessionRow) -> Session:
        return row.session

    def other_role(self, number: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ATTENDANCE:
            return self.tr("%n member(s) marked present", "", self._rows[number].present)
        return None

    def cell_text(self, number: int, column: int) -> str:
        row = self._rows[number]
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


class SessionFilterProxy(SortProxy):
    """Upcoming: from `now` on; past: before it. Compared on the stored text, which sorts."""

    def __init__(self, now: str, upcoming: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self._now = now
        self._upcoming = upcoming

    def set_now(self, now: str) -> None:
        with self.filter_change():
            self._now = now

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        starts_at = self.sourceModel().data(index, SORT_ROLE)
        return bool((starts_at >= self._now) == self._upcoming)
