"""How a sessions table shares its width. The theme is what tells meetings apart: it is shown
whole (up to a long sentence) and takes any room to spare. The place, the same for most
meetings and shown beside the table, gives way first, down to a few letters; only then do the
columns scroll sideways. The date and the status are shown in full; the number present only
when a meeting in the table has one (upcoming meetings have nobody marked present yet, and an
empty column took the theme's room on a netbook)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableView

from ui.common.adaptive import ColumnRoom
from ui.sessions.session_model import SessionTableModel

THEME, PLACE = SessionTableModel.THEME, SessionTableModel.PLACE
THEME_MOST_EMS = 30  # "M" widths past which a theme is cut: a theme, not a paragraph
PLACE_MOST_EMS, PLACE_LEAST_EMS = 14, 5


class ThemeRoom(ColumnRoom):
    """Sizes the theme and the place columns whenever the table, its font or its rows change."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table, {THEME, PLACE})
        header = table.horizontalHeader()
        fit = QHeaderView.ResizeMode.ResizeToContents
        for column in (
            SessionTableModel.DATE,
            SessionTableModel.STATUS,
            SessionTableModel.ATTENDANCE,
        ):
            header.setSectionResizeMode(column, fit)
        # The theme's and the place's widths as the rows need them, measured again only when
        # the rows or the font change: a table is fitted several times a refill (each resize of
        # its viewport as it is laid out), and each measure reads every row.
        self._measured: tuple[QFont, int, int] | None = None
        model = table.model()  # set once, before the room is made (arrange_columns)
        self._heard = model is not None  # else measured at every fit
        if model is not None:
            for signal in (
                model.modelReset,
                model.layoutChanged,
                model.rowsInserted,
                model.rowsRemoved,
                model.rowsMoved,
                model.dataChanged,
            ):
                signal.connect(self._forget)

    def _forget(self) -> None:
        self._measured = None

    def _contents(self) -> tuple[int, int]:
        table, model = self.table, self.table.model()
        font = table.font()
        # Past the rows Qt measures (resizeContentsPrecision), it measures those in view.
        many = model.rowCount() > table.horizontalHeader().resizeContentsPrecision() >= 0
        if self._measured is None or self._measured[0] != font or many or not self._heard:
            theme, place = table.sizeHintForColumn(THEME), table.sizeHintForColumn(PLACE)
            self._measured = (font, theme, place)
        return self._measured[1], self._measured[2]

    def fit(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        if table.model() is None:
            return
        em = table.fontMetrics().horizontalAdvance("M")
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in (THEME, PLACE) and not header.isSectionHidden(c)
        )
        room = table.viewport().width() - others
        theme_rows, place_rows = self._contents()
        theme = min(max(theme_rows, header.sectionSizeHint(THEME)), em * THEME_MOST_EMS)
        place_most = min(max(place_rows, header.sectionSizeHint(PLACE)), em * PLACE_MOST_EMS)
        place = max(em * PLACE_LEAST_EMS, min(place_most, room - theme))
        for column, width in ((PLACE, place), (THEME, max(theme, room - place))):
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)


def arrange_columns(table: QTableView) -> None:
    room = table.findChild(ThemeRoom)
    (room or ThemeRoom(table)).update_room()


def show_attendance_if_any(table: QTableView) -> None:
    model = table.model()
    if model is None:
        return
    column = SessionTableModel.ATTENDANCE
    empty = not any(model.index(row, column).data() for row in range(model.rowCount()))
    if table.isColumnHidden(column) != empty:
        table.setColumnHidden(column, empty)
    room = table.findChild(ThemeRoom)
    if room is not None:
        room.update_room()
