"""The Sessions area's layout: the upcoming and past tables in tabs, the selected meeting's panel,
the planning and meeting-day buttons and their texts, no behaviour (SessionsScreen, in
sessions_screen.py, connects them to the group's sessions)."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.group import OpenGroup
from app.model import Session, SessionStatus
from ui.common.adaptive import ActionRow
from ui.common.area_column import area_column, tab_after
from ui.common.first_paint import after_first_paint
from ui.common.list_detail import ListDetail
from ui.common.models import OBJECT_ROLE
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.sessions.print_menu import PrintMenu
from ui.sessions.session_columns import arrange_columns, show_attendance_if_any
from ui.sessions.session_model import SessionFilterProxy, SessionRow, SessionTableModel
from ui.sessions.session_panel import SessionPanel


class SessionsView(Retranslating, QWidget):
    """The two tables of meetings with the planning buttons above (new, from a format, series;
    attendance, run) and the selected meeting's actions below, its panel beside them."""

    selection_changed = Signal()  # another meeting selected, or another tab shown

    def __init__(self, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SessionTableModel(self)
        today = date.today().isoformat()
        self.upcoming = SessionFilterProxy(today, upcoming=True, parent=self)
        self.past = SessionFilterProxy(today, upcoming=False, parent=self)
        self.panel = SessionPanel(group)
        self._build_planning_buttons()
        self._build_meeting_buttons(group)
        self.title_label = translated_label(self, lambda: self.tr("Sessions"), "pageTitle")
        self._lay_out()
        self.fill_table(self.upcoming_table, self.upcoming, Qt.SortOrder.AscendingOrder)
        self.tabs.currentChanged.connect(self._tab_changed)

    def _build_tabs(self, parent: QWidget) -> QWidget:
        """The two tables in their tabs, made in the splitter (see ListDetail)."""
        self.upcoming_table = _table()
        self.translated(self.upcoming_table.setAccessibleName, lambda: self.tr("Upcoming sessions"))
        self.past_table = _table()
        self.translated(self.past_table.setAccessibleName, lambda: self.tr("Past sessions"))
        self.tabs = QTabWidget(parent)
        self.tabs.addTab(self.upcoming_table, "")
        self.translated(partial(self.tabs.setTabText, 0), lambda: self.tr("&Upcoming"))
        self.tabs.addTab(self.past_table, "")
        self.translated(partial(self.tabs.setTabText, 1), lambda: self.tr("&Past"))
        return self.tabs

    def _build_planning_buttons(self) -> None:
        self.new_button = translated_button(self, lambda: self.tr("&New session"))
        self.translated(
            self.new_button.setToolTip,
            lambda: QKeySequence(QKeySequence.StandardKey.New).toString(
                QKeySequence.SequenceFormat.NativeText
            ),
        )
        self.formats_button = translated_button(self, lambda: self.tr("From a f&ormat…"))
        self.series_button = translated_button(self, lambda: self.tr("Plan a &series…"))
        self.run_button = QPushButton()
        self.run_button.setObjectName("runMeeting")
        self.run_button.setDefault(False)
        # Attendance by its name, for the selected meeting (today's or the next by default).
        self.attendance_button = translated_button(
            self,
            lambda: self.tr("Ta&ke attendance…"),
            lambda: self.tr("Tick who is here at the selected meeting"),
        )

    def _build_meeting_buttons(self, group: OpenGroup) -> None:
        self.edit_button = translated_button(self, lambda: self.tr("&Edit…"))
        self.duplicate_button = translated_button(self, lambda: self.tr("Dupli&cate"))
        self.cancel_button = translated_button(self, lambda: self.tr("Cance&l session"))
        self.delete_button = translated_button(self, lambda: self.tr("&Delete…"))
        self.print_menu = PrintMenu(group, self, self.selected)
        self.print_button = QToolButton()
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_button.setMenu(self.print_menu.menu)
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.translated(self.print_button.setText, lambda: self.tr("Pr&int or PDF"))

    def _lay_out(self) -> None:
        # One row that wraps: the planning buttons, then the meeting-day ones. Two rows side by
        # side took three lines on a netbook in very large text and pushed the tables out.
        planning = [self.new_button, self.formats_button, self.series_button]
        top = ActionRow([*planning, self.attendance_button, self.run_button])
        actions = ActionRow(
            [
                self.edit_button,
                self.duplicate_button,
                self.cancel_button,
                self.delete_button,
                self.print_button,
            ]
        )

        # The selected meeting's actions under its panel: below the tables they took two lines
        # a netbook in very large text needed for rows. Short of room, the panel and its
        # actions take the tables' place.
        def detail(parent: QWidget) -> QWidget:
            pane = QWidget(parent)
            column = QVBoxLayout(pane)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(self.panel, 1)
            column.addWidget(actions)
            return pane

        self.splitter = ListDetail(self._build_tabs, detail, self, escape_goes_back=True)
        self.splitter.goes_with_list(*planning)  # reading one meeting, not planning others
        # Side by side the panel keeps its 400 pixels and the tables take what a wider window
        # adds; from its actions' width alone, the panel left the tables three columns.
        self.splitter.setSizes([600, 400])
        for table in (self.upcoming_table, self.past_table):
            self.splitter.opens_from(table, self.read_selected, double_click_too=True)
        self.splitter.list_shown.connect(lambda: self.current_table().setFocus())
        heading = self.splitter.heading(self.title_label)
        heading.addStretch(1)
        area_column(self, heading, top, self.splitter, grows=self.splitter)
        # Laid out above the tables, made before them: in the order they read for Tab too.
        tab_after(self.splitter.back_button, *planning, self.attendance_button, self.run_button)

    def read_selected(self) -> None:
        """The selected meeting's panel, in the tables' place one pane at a time."""
        self.splitter.show_detail()
        self.panel.label.setFocus()

    def fill_table(self, table: QTableView, proxy: SessionFilterProxy, order: Qt.SortOrder) -> None:
        """The table shows the proxy's meetings by date, its columns sized to them."""
        proxy.setSourceModel(self.model)
        proxy.sort(SessionTableModel.DATE, order)
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(SessionTableModel.DATE, order)
        # The attendance column hidden or shown first: the other columns are then measured once.
        show_attendance_if_any(table)
        arrange_columns(table)
        table.selectionModel().currentRowChanged.connect(lambda *_: self.selection_changed.emit())

    def show_past(self) -> None:
        """The past meetings' table gets its rows once the area has painted, or when its tab is
        chosen first: measuring ten years of meetings for its columns took most of the unlock."""
        if self.past_table.model() is None:
            self.fill_table(self.past_table, self.past, Qt.SortOrder.DescendingOrder)

    def showEvent(self, event: QShowEvent) -> None:
        if self.past_table.model() is None:
            after_first_paint(self, self.show_past)
        super().showEvent(event)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.past_table:
            self.show_past()
        self.selection_changed.emit()

    def show_sessions(self, rows: list[SessionRow], today: date) -> None:
        """All the group's meetings, split into upcoming and past as of today."""
        self.model.set_rows(rows)
        self.upcoming.set_now(today.isoformat())
        self.past.set_now(today.isoformat())
        for table in (self.upcoming_table, self.past_table):
            show_attendance_if_any(table)

    def retranslate(self) -> None:
        super().retranslate()
        self.model.retranslate()

    def current_table(self) -> QTableView:
        table = self.tabs.currentWidget()
        assert isinstance(table, QTableView)
        return table

    def selected(self) -> Session | None:
        index = self.current_table().currentIndex()
        value = index.data(OBJECT_ROLE) if index.isValid() else None
        return value if isinstance(value, Session) else None

    def select(self, session_id: str) -> bool:
        """Shows the meeting, in whichever tab holds it; False if neither does."""
        for tab, (table, proxy) in enumerate(
            ((self.upcoming_table, self.upcoming), (self.past_table, self.past))
        ):
            if table is self.past_table:
                self.show_past()
            for row in range(proxy.rowCount()):
                index = proxy.index(row, 0)
                if index.data(OBJECT_ROLE).id == session_id:
                    self.tabs.setCurrentIndex(tab)
                    table.setCurrentIndex(index)
                    return True
        return False

    def show_selected(self, session: Session | None, running_id: str | None) -> None:
        """The actions the selected meeting allows, and its panel. A meeting stepped aside for
        the circle: the run button is the way back to it. The meeting in progress can be neither
        edited, cancelled nor deleted (its window would run on a changed or missing agenda)."""
        running = session is not None and session.id == running_id
        for button in (self.run_button, self.duplicate_button, self.print_button):
            button.setEnabled(session is not None)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(session is not None and not running)
            button.setToolTip(self.panel.in_progress_text() if running else "")
        self.run_button.setText(
            self.tr("&Back to the meeting") if running_id else self.tr("&Run the meeting")
        )
        self.run_button.setEnabled(session is not None or running_id is not None)
        self.cancel_button.setEnabled(
            session is not None and session.status == SessionStatus.PLANNED and not running
        )
        self.attendance_button.setEnabled(
            session is not None and session.status != SessionStatus.CANCELLED
        )
        self.panel.show_session(session, in_progress=running)


def _table() -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    return table
