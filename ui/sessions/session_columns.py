"""How a sessions table shares its width. The theme is what tells meetings apart: it is shown
whole (up to a long sentence), and the place, the same for most meetings and shown beside the
table, takes what the other columns leave, scrolling sideways before a theme is cut. The date
and the status are shown in full; the number present only when a meeting in the table has one
(upcoming meetings have nobody marked present yet, and an empty column took the theme's room
on a netbook)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

from ui.common.adaptive import NameColumnRoom
from ui.sessions.session_model import SessionTableModel

LONGEST_EMS = 30  # "M" widths past which a column's text is cut: a theme, not a paragraph
PLACE_EMS = 6  # the least the place keeps on a narrow window


def arrange_columns(table: QTableView) -> None:
    header = table.horizontalHeader()
    header.setMaximumSectionSize(table.fontMetrics().horizontalAdvance("M") * LONGEST_EMS)
    fit = QHeaderView.ResizeMode.ResizeToContents
    for column in (
        SessionTableModel.DATE,
        SessionTableModel.THEME,
        SessionTableModel.STATUS,
        SessionTableModel.ATTENDANCE,
    ):
        header.setSectionResizeMode(column, fit)
    NameColumnRoom(table, SessionTableModel.PLACE, PLACE_EMS)  # the room the others leave


def show_attendance_if_any(table: QTableView) -> None:
    model = table.model()
    if model is None:
        return
    column = SessionTableModel.ATTENDANCE
    empty = not any(model.index(row, column).data() for row in range(model.rowCount()))
    if table.isColumnHidden(column) != empty:
        table.setColumnHidden(column, empty)
        for room in table.findChildren(NameColumnRoom):
            room.update_room()
