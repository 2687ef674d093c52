"""The Sessions area's behaviour: upcoming and past meetings, their agendas, formats, series,
printing, and the live view used while the meeting runs; its widgets are laid out in
sessions_view.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app import live_state
from app.group import OpenGroup
from app.model import AgendaItem, Session, SessionStatus
from app.sessions import copy_starts_at, starts_at_text
from ui.common.adaptive import size_to_screen
from ui.common.ask import confirm
from ui.common.dates import to_qdatetime, to_time
from ui.common.messages import stored_or_warned
from ui.common.modal import open_modal
from ui.common.shortcuts import bind_keys
from ui.context import Area, UiContext
from ui.sessions.live_view import MEETING_SHARE, LiveView
from ui.sessions.recurrence_dialog import RecurrenceDialog
from ui.sessions.session_editor import SessionEditor
from ui.sessions.session_model import SessionRow
from ui.sessions.sessions_view import SessionsView
from ui.sessions.templates_dialog import TemplatesDialog

DEFAULT_TIME = QTime(19, 0)


def _evening_after(today: date) -> datetime:
    return datetime.combine(today + timedelta(days=1), to_time(DEFAULT_TIME))


class SessionsScreen(SessionsView):
    """The Sessions area's behaviour: SessionsView's widgets wired to the group's sessions."""

    def __init__(self, ctx: UiContext, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(group, parent)
        self.ctx = ctx
        self.group = group
        self.editor: SessionEditor | None = None
        self.live: LiveView | None = None
        self._connect()
        ctx.data_changed.connect(self._data_changed)
        ctx.keeping_for_unlock.connect(self.close_dialogs)
        ctx.meeting_requested.connect(self.back_to_meeting)
        # Texts first: retranslating a full model measures all its rows again.
        self.retranslate()
        self.reload()

    def _connect(self) -> None:
        self.selection_changed.connect(self._selection_changed)
        for table in (self.upcoming_table, self.past_table):
            # Enter and a double click: activated alone, or a double click opened two editors.
            table.activated.connect(lambda _i: self.edit_selected())
            delete = [(QKeySequence.StandardKey.Delete, self.ask_delete)]
            bind_keys(table, delete, Qt.ShortcutContext.WidgetShortcut)
        new = [(QKeySequence.StandardKey.New, self.new_session)]
        bind_keys(self, new, Qt.ShortcutContext.WindowShortcut)
        self.new_button.clicked.connect(self.new_session)
        self.formats_button.clicked.connect(self.open_formats)
        self.series_button.clicked.connect(self.open_series)
        self.run_button.clicked.connect(self.run_selected)
        self.attendance_button.clicked.connect(self.take_attendance)
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.delete_button.clicked.connect(self.ask_delete)

    def retranslate(self) -> None:
        super().retranslate()
        self._selection_changed()

    # Data -----------------------------------------------------------------------------------

    def reload(self, select: str = "") -> None:
        if not self.group.is_open:
            return
        shown = self.selected()
        current = select or (shown.id if shown else "")
        counts = self.group.sessions.attendance_counts()
        self.show_sessions(
            [SessionRow(s, counts.get(s.id, 0)) for s in self.group.sessions.sessions()],
            self.ctx.today(),
        )
        if not (current and self.select(current)) and self.upcoming.rowCount():
            # The next meeting is what a host opens this screen for: have it ready to run.
            self.upcoming_table.setCurrentIndex(self.upcoming.index(0, 0))
        self._selection_changed()

    def close_dialogs(self) -> None:
        """At lock nothing of the group may stay on screen or in memory: these dialogs belong to
        the main window, which outlives the group. A meeting in progress is kept to carry on."""
        if (meeting := self._meeting_on()) is not None:
            meeting.keep_for_unlock()
        dialogs: tuple[QDialog | None, ...] = (self.editor, self.live)
        for dialog in filter(None, dialogs):
            if dialog.isVisible() or dialog is self._meeting_on():
                dialog.reject()
            dialog.deleteLater()
        self.editor = self.live = None

    def _data_changed(self, area: str) -> None:
        if area in (Area.SESSIONS, Area.MEMBERS, Area.ATTENDANCE, Area.CIRCLE):
            self.reload()

    def _changed(self, select: str = "") -> None:
        self.ctx.data_changed.emit(Area.SESSIONS)  # _data_changed reloads this screen too
        if select and self.select(select):
            self._selection_changed()

    def _selection_changed(self) -> None:
        running = self._meeting_on()
        self.show_selected(self.selected(), running.session.id if running else None)

    def _changeable(self, title: str) -> Session | None:
        """The selected meeting, unless it is in progress (Enter, the Delete key): told why."""
        session, running = self.selected(), self._meeting_on()
        if session is not None and running is not None and running.session.id == session.id:
            QMessageBox.information(self, title, self.panel.in_progress_text())
            return None
        return session

    # Actions ----------------------------------------------------------------------------------

    def open_editor(self, session: Session, items: list[AgendaItem]) -> SessionEditor:
        self.editor = SessionEditor(self.group, session, items, self.window())
        self.editor.accepted.connect(
            lambda: self._changed(self.editor.session.id if self.editor else "")
        )
        self.editor.open()
        return self.editor

    def new_session(self) -> SessionEditor:
        return self.open_editor(Session(starts_at_text(_evening_after(self.ctx.today()))), [])

    def edit_selected(self) -> SessionEditor | None:
        session = self._changeable(self.tr("Edit the session"))
        if session is None:
            return None
        return self.open_editor(session, self.group.sessions.agenda(session.id))

    def duplicate_selected(self) -> SessionEditor | None:
        session = self.selected()
        if session is None:
            return None
        later = copy_starts_at(session.starts_at, self.ctx.today())
        copies = []
        if not stored_or_warned(
            self,
            self.tr("Duplicate the session"),
            lambda: copies.append(self.group.sessions.duplicate(session.id, later)),
        ):
            return None
        self._changed(copies[0].id)
        return self.edit_selected()

    def open_formats(self) -> TemplatesDialog:
        dialog = TemplatesDialog(self.group, self.window())
        self.formats_dialog = open_modal(dialog, lambda: self._from_template(dialog.chosen_id()))
        return dialog

    def _from_template(self, template_id: str) -> None:
        if template_id:
            session, items = self.group.sessions.session_from_template(
                template_id, starts_at_text(_evening_after(self.ctx.today()))
            )
            self.open_editor(session, items)

    def show_record(self, table: str, row_id: str) -> QDialog | None:
        """A record named elsewhere (an export refused for a text over its cap), open on the
        field that is over: a meeting (its agenda too), or a format (its items too)."""
        if table == "sessions" and self.select(row_id) and (editor := self.edit_selected()):
            editor.show_over_cap()
            return editor
        if table == "templates":
            dialog = self.open_formats()
            dialog.show_format(row_id)
            return dialog
        return None

    def open_series(self) -> RecurrenceDialog:
        dialog = RecurrenceDialog(
            self.group.sessions.templates(),
            to_qdatetime(_evening_after(self.ctx.today())),
            self.window(),
        )
        self.series_dialog = open_modal(dialog, lambda: self._plan_series(dialog))
        return dialog

    def _plan_series(self, dialog: RecurrenceDialog) -> None:
        first = dialog.plan(self.group.sessions)
        if first is not None:
            self._changed(first)

    def ask_cancel(self) -> None:
        session = self._changeable(self.tr("Cancel the session"))
        if session is not None:
            self._ask_and_store(
                self.tr("Cancel the session"),
                self.tr(
                    "Mark this session as cancelled? It stays in the list, and you can still "
                    "delete it later."
                ),
                lambda: self.group.sessions.set_status(session.id, SessionStatus.CANCELLED),
                session.id,
            )

    def ask_delete(self) -> None:
        session = self._changeable(self.tr("Delete the session"))
        if session is not None and self._ask_and_store(
            self.tr("Delete the session"),
            self.tr(
                "Delete this session, its agenda and its attendance for good? This cannot "
                "be undone."
            ),
            lambda: self.group.sessions.delete(session.id),
        ):
            # One pane at a time, the next meeting would take the deleted one's place unseen,
            # the focus still on Delete: back to the list, where the host sees what is left.
            self.splitter.nothing_to_show()

    def _ask_and_store(
        self, title: str, question: str, change: Callable[[], object], select: str = ""
    ) -> bool:
        if confirm(self, title, question) and stored_or_warned(self, title, change):
            self._changed(select)
            return True
        return False

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
