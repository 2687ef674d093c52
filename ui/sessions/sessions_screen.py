"""The Sessions area: upcoming and past meetings, their agendas, formats, printing, and the
live view used while the meeting runs."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import live_state
from app.group import OpenGroup
from app.model import AgendaItem, Session, SessionStatus
from app.sessions import parse_starts_at, starts_at_text
from ui.common.adaptive import ActionRow, size_to_screen
from ui.common.ask import confirm
from ui.common.dates import to_datetime, to_qdate, to_qdatetime, to_time
from ui.common.first_paint import after_first_paint
from ui.common.messages import error_message, stored_or_warned
from ui.common.models import OBJECT_ROLE
from ui.common.plain_text import PlainLabel, plain_box
from ui.common.retranslate import Retranslating
from ui.context import Area, UiContext
from ui.sessions.live_view import MEETING_SHARE, LiveView
from ui.sessions.print_menu import PrintMenu
from ui.sessions.recurrence_dialog import RecurrenceDialog
from ui.sessions.session_columns import arrange_columns, show_attendance_if_any
from ui.sessions.session_editor import SessionEditor
from ui.sessions.session_model import (
    SessionFilterProxy,
    SessionRow,
    SessionTableModel,
)
from ui.sessions.session_panel import SessionPanel
from ui.sessions.templates_dialog import TemplatesDialog

DEFAULT_TIME = QTime(19, 0)


def _next_evening() -> datetime:
    tomorrow = date.today() + timedelta(days=1)
    return datetime.combine(tomorrow, to_time(DEFAULT_TIME))


class SessionsScreen(Retranslating, QWidget):
    def __init__(self, ctx: UiContext, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self.model = SessionTableModel(self)
        today = date.today().isoformat()
        self.upcoming = SessionFilterProxy(today, upcoming=True, parent=self)
        self.past = SessionFilterProxy(today, upcoming=False, parent=self)
        self.editor: SessionEditor | None = None
        self.live: LiveView | None = None
        self._build()
        ctx.data_changed.connect(self._data_changed)
        ctx.about_to_lock.connect(self.close_dialogs)
        ctx.meeting_requested.connect(self.back_to_meeting)
        # Texts first: retranslating a full model measures all its rows again.
        self.retranslate()
        self.reload()

    def _table(self) -> QTableView:
        table = QTableView()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.doubleClicked.connect(lambda _i: self.edit_selected())
        table.activated.connect(lambda _i: self.edit_selected())
        return table

    def _show_rows(self, table: QTableView, proxy: SessionFilterProxy, order: Qt.SortOrder) -> None:
        proxy.setSourceModel(self.model)
        proxy.sort(SessionTableModel.DATE, order)
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(SessionTableModel.DATE, order)
        arrange_columns(table)
        show_attendance_if_any(table)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())

    def show_past(self) -> None:
        """The past meetings' table gets its rows once the area has painted, or when its tab is
        chosen first: measuring ten years of meetings for its columns took most of the unlock."""
        if self.past_table.model() is None:
            self._show_rows(self.past_table, self.past, Qt.SortOrder.DescendingOrder)

    def showEvent(self, event: QShowEvent) -> None:
        if self.past_table.model() is None:
            after_first_paint(self, self.show_past)
        super().showEvent(event)

    def _build(self) -> None:
        self.upcoming_table = self._table()
        self._show_rows(self.upcoming_table, self.upcoming, Qt.SortOrder.AscendingOrder)
        self.past_table = self._table()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.upcoming_table, "")
        self.tabs.addTab(self.past_table, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.panel = SessionPanel(self.group)

        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_session)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_session)
        for table in (self.upcoming_table, self.past_table):
            delete = QShortcut(
                QKeySequence(QKeySequence.StandardKey.Delete), table, self.ask_delete
            )
            delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.formats_button = QPushButton()
        self.formats_button.clicked.connect(self.open_formats)
        self.series_button = QPushButton()
        self.series_button.clicked.connect(self.open_series)
        self.run_button = QPushButton()
        self.run_button.setObjectName("runMeeting")
        self.run_button.clicked.connect(self.run_selected)
        # Attendance by its name, for the selected meeting (today's or the next by default).
        self.attendance_button = QPushButton()
        self.attendance_button.clicked.connect(self.take_attendance)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicate_button = QPushButton()
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.ask_delete)
        self.print_menu = PrintMenu(self.group, self, self.selected)
        self.print_button = QToolButton()
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_button.setMenu(self.print_menu.menu)
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        # Two rows that wrap: the planning buttons on the left, the meeting-day ones on the
        # right, so a 1024 px netbook in French still shows them all.
        top = QHBoxLayout()
        top.addWidget(ActionRow([self.new_button, self.formats_button, self.series_button]), 1)
        top.addWidget(ActionRow([self.attendance_button, self.run_button]))
        actions = QHBoxLayout()
        for action_button in (
            self.edit_button,
            self.duplicate_button,
            self.cancel_button,
            self.delete_button,
            self.print_button,
        ):
            actions.addWidget(action_button)
        actions.addStretch(1)
        self.title_label = PlainLabel()
        self.title_label.setObjectName("pageTitle")
        self.run_button.setDefault(False)
        body = QHBoxLayout()
        body.addWidget(self.tabs, 1)
        body.addWidget(self.panel)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)  # the group screen gives every area its margins
        root.addWidget(self.title_label)
        root.addLayout(top)
        root.addLayout(body, 1)
        root.addLayout(actions)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Sessions"))
        self.tabs.setTabText(0, self.tr("&Upcoming"))
        self.tabs.setTabText(1, self.tr("&Past"))
        self.upcoming_table.setAccessibleName(self.tr("Upcoming sessions"))
        self.past_table.setAccessibleName(self.tr("Past sessions"))
        self.new_button.setText(self.tr("&New session"))
        self.new_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.New).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )
        self.attendance_button.setText(self.tr("Ta&ke attendance…"))
        self.attendance_button.setToolTip(self.tr("Tick who is here at the selected meeting"))
        self.formats_button.setText(self.tr("From a f&ormat…"))
        self.series_button.setText(self.tr("Plan a &series…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.duplicate_button.setText(self.tr("Dupli&cate"))
        self.cancel_button.setText(self.tr("Cance&l session"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.print_button.setText(self.tr("Pr&int or PDF"))
        self.print_menu.retranslate()
        self.model.retranslate()
        self._selection_changed()

    # Data -----------------------------------------------------------------------------------

    def reload(self, select: str = "") -> None:
        if not self.group.is_open:
            return
        shown = self.selected()
        current = select or (shown.id if shown else "")
        counts = self.group.sessions.attendance_counts()
        self.model.set_rows(
            [SessionRow(s, counts.get(s.id, 0)) for s in self.group.sessions.sessions()]
        )
        today = date.today().isoformat()
        self.upcoming.set_now(today)
        self.past.set_now(today)
        for table in (self.upcoming_table, self.past_table):
            show_attendance_if_any(table)
        if not (current and self.select(current)) and self.upcoming.rowCount():
            # The next meeting is what a host opens this screen for: have it ready to run.
            self.upcoming_table.setCurrentIndex(self.upcoming.index(0, 0))
        self._selection_changed()

    def close_dialogs(self) -> None:
        """At lock nothing of the group may stay on screen, finished or not, nor in memory: these
        dialogs belong to the main window, which outlives the group. A meeting in progress is
        kept in the vault first, to carry on after the unlock."""
        meeting = self._meeting_on()
        if meeting is not None:
            meeting.keep_for_unlock()
        for dialog in (self.editor, self.live):
            if dialog is not None and (dialog.isVisible() or dialog is self._meeting_on()):
                dialog.reject()
            if dialog is not None:
                dialog.deleteLater()
        self.editor = self.live = None

    def _data_changed(self, area: str) -> None:
        if area in (Area.SESSIONS, Area.MEMBERS, Area.ATTENDANCE, Area.CIRCLE):
            self.reload()

    def _changed(self, select: str = "") -> None:
        self.ctx.data_changed.emit(Area.SESSIONS)  # _data_changed reloads this screen too
        if select and self.select(select):
            self._selection_changed()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.past_table:
            self.show_past()
        self._selection_changed()

    def current_table(self) -> QTableView:
        table = self.tabs.currentWidget()
        assert isinstance(table, QTableView)
        return table

    def selected(self) -> Session | None:
        index = self.current_table().currentIndex()
        value = index.data(OBJECT_ROLE) if index.isValid() else None
        return value if isinstance(value, Session) else None

    def select(self, session_id: str) -> bool:
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

    def _selection_changed(self) -> None:
        session = self.selected()
        for button in (
            self.run_button,
            self.edit_button,
            self.duplicate_button,
            self.delete_button,
            self.print_button,
        ):
            button.setEnabled(session is not None)
        # A meeting stepped aside for the circle: this button is the way back to it.
        meeting_on = self._meeting_on() is not None
        self.run_button.setText(
            self.tr("&Back to the meeting") if meeting_on else self.tr("&Run the meeting")
        )
        self.run_button.setEnabled(session is not None or meeting_on)
        self.cancel_button.setEnabled(
            session is not None and session.status == SessionStatus.PLANNED
        )
        self.attendance_button.setEnabled(
            session is not None and session.status != SessionStatus.CANCELLED
        )
        self.panel.show_session(session)

    # Actions ----------------------------------------------------------------------------------

    def open_editor(self, session: Session, items: list[AgendaItem]) -> SessionEditor:
        self.editor = SessionEditor(self.group, session, items, self.window())
        self.editor.accepted.connect(
            lambda: self._changed(self.editor.session.id if self.editor else "")
        )
        self.editor.open()
        return self.editor

    def new_session(self) -> SessionEditor:
        return self.open_editor(Session(starts_at_text(_next_evening())), [])

    def edit_selected(self) -> SessionEditor | None:
        session = self.selected()
        if session is None:
            return None
        return self.open_editor(session, self.group.sessions.agenda(session.id))

    def duplicate_selected(self) -> SessionEditor | None:
        session = self.selected()
        if session is None:
            return None
        later = parse_starts_at(session.starts_at) + timedelta(weeks=1)
        while later.date() <= date.today():  # a copy lands on the same weekday, ahead
            later += timedelta(weeks=1)
        copies = []
        if not stored_or_warned(
            self,
            self.tr("Duplicate the session"),
            lambda: copies.append(self.group.sessions.duplicate(session.id, starts_at_text(later))),
        ):
            return None
        self._changed(copies[0].id)
        return self.edit_selected()

    def open_formats(self) -> TemplatesDialog:
        dialog = TemplatesDialog(self.group, self.window())
        dialog.accepted.connect(lambda: self._from_template(dialog.chosen_id()))
        dialog.open()
        self.formats_dialog = dialog
        return dialog

    def _from_template(self, template_id: str) -> None:
        if template_id:
            session, items = self.group.sessions.session_from_template(
                template_id, starts_at_text(_next_evening())
            )
            self.open_editor(session, items)

    def open_series(self) -> RecurrenceDialog:
        dialog = RecurrenceDialog(
            self.group.sessions.templates(), to_qdatetime(_next_evening()), self.window()
        )
        dialog.accepted.connect(lambda: self._create_series(dialog))
        dialog.open()
        self.series_dialog = dialog
        return dialog

    def _create_series(self, dialog: RecurrenceDialog) -> None:
        first = to_datetime(dialog.first_edit.dateTime())
        model = Session(starts_at_text(first))
        items: list[AgendaItem] = []
        if dialog.template_id():
            model, items = self.group.sessions.session_from_template(
                dialog.template_id(), model.starts_at
            )
        try:
            plan = self.group.sessions.create_series(dialog.rule(), model, items)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Plan a series"), error_message(exc))
            return
        self._changed(plan.created[0].id if plan.created else "")
        if plan.skipped:
            self._say_skipped(len(plan.created), plan.skipped)

    def _say_skipped(self, created: int, skipped: list[date]) -> None:
        locale = QLocale()
        days = ", ".join(
            locale.toString(to_qdate(day), QLocale.FormatType.LongFormat) for day in skipped
        )
        box = plain_box(
            self,
            QMessageBox.Icon.Information,
            self.tr("Plan a series"),
            self.tr("%n session(s) planned.", "", created),
            informative=self.tr(
                "Skipped, because a meeting is already planned or held on that day: {dates}."
            ).format(dates=days),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def ask_cancel(self) -> None:
        session = self.selected()
        if session is None:
            return
        if confirm(
            self,
            self.tr("Cancel the session"),
            self.tr(
                "Mark this session as cancelled? It stays in the list, and you can still delete "
                "it later."
            ),
        ) and stored_or_warned(
            self,
            self.tr("Cancel the session"),
            lambda: self.group.sessions.set_status(session.id, SessionStatus.CANCELLED),
        ):
            self._changed(session.id)

    def ask_delete(self) -> None:
        session = self.selected()
        if session is None:
            return
        if confirm(
            self,
            self.tr("Delete the session"),
            self.tr(
                "Delete this session, its agenda and its attendance for good? This cannot be "
                "undone."
            ),
        ) and stored_or_warned(
            self, self.tr("Delete the session"), lambda: self.group.sessions.delete(session.id)
        ):
            self._changed()

    def _meeting_on(self) -> LiveView | None:
        return self.live if self.live is not None and self.live.in_progress else None

    def take_attendance(self) -> None:
        session = self.selected()
        if session is not None:
            self.ctx.checkin_requested.emit(session.id)

    def back_to_meeting(self) -> None:
        """From the circle: the meeting that stepped aside for it comes back in front."""
        if self._meeting_on() is not None:
            self.run_selected()

    def run_selected(self) -> LiveView | None:
        running = self._meeting_on()
        if running is not None:  # one meeting at a time: back to it (it stepped aside)
            self.select(running.session.id)
            running.resume()
            return running
        session = self.selected()
        if session is None:
            return None
        return self._open_live(session)

    def resume_meeting(self, saved: live_state.SavedMeeting) -> LiveView | None:
        """After an unlock: the meeting that was running at the lock, where it was."""
        session = self.group.sessions.get(saved.session_id)
        if session is None or self._meeting_on() is not None:
            return None
        self.select(session.id)
        return self._open_live(session, saved)

    def _open_live(
        self, session: Session, resume: live_state.SavedMeeting | None = None
    ) -> LiveView | None:
        if not self.group.sessions.agenda(session.id):
            QMessageBox.information(
                self,
                self.tr("Run the meeting"),
                self.tr("This session has no agenda yet. Add at least one item first."),
            )
            return None
        self.live = LiveView(self.ctx, self.group, session, parent=self.window(), resume=resume)
        self.live.finished.connect(lambda _r: self.reload(session.id))
        # Most of the screen, not all of it: the host still sees the window is one of several.
        size_to_screen(self.live, MEETING_SHARE, MEETING_SHARE)
        # Not modal: Help now, Ctrl+L, the check-in list and the agreements reader all open from
        # the meeting and must take keys and clicks while it stays on screen.
        self.live.show()
        self._selection_changed()
        return self.live
