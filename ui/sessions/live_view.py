"""Run the meeting: a full-window view for the host with the current item, its times, what comes
next and the whole-meeting clock; its widgets are laid out in live_layout.py. Times are read from
a monotonic clock on every repaint; the QTimer only asks for repaints, so a stalled or sleeping
laptop still shows the right times."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from app import live_state
from app.group import OpenGroup
from app.live import LiveItem, MeetingRun, Pace, late_start, pace
from app.model import Session, SessionStatus
from app.sessions import parse_starts_at
from ui.common.ask import confirm
from ui.common.messages import stored_or_warned
from ui.common.modal import open_modal
from ui.common.plain_text import plain_box
from ui.common.shortcuts import bind_keys
from ui.context import Area, UiContext
from ui.sessions.labels import long_when
from ui.sessions.live_layout import LiveLayout

REPAINT_MS = 250
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)
MEETING_SHARE = 0.9  # of the screen's width and height


class LiveView(LiveLayout):
    """The meeting's behaviour: LiveLayout's widgets following the run, its clocks and keys."""

    def __init__(
        self,
        ctx: UiContext,
        group: OpenGroup,
        session: Session,
        clock: Callable[[], float] | None = None,
        parent: QWidget | None = None,
        resume: live_state.SavedMeeting | None = None,
    ) -> None:
        super().__init__(group, session, parent)
        self.ctx = ctx
        self.group = group
        self.session = session
        agenda = group.sessions.agenda(session.id)
        self.notes = [item.notes for item in agenda]
        self.run = MeetingRun(
            [LiveItem(i.title, i.kind, i.planned_minutes * 60) for i in agenda],
            session.duration_minutes * 60,
            clock or ctx.monotonic,
        )
        # Kept at a lock on another agenda (a co-host's file merged in): its times would go to
        # the wrong items. It starts again from the first, and says so once shown.
        self.restarted = resume is not None and not live_state.resume_meeting(self.run, resume)
        launched = ctx.wall_clock() - timedelta(seconds=self.run.meeting_elapsed())
        self.late = late_start(parse_starts_at(session.starts_at), launched)
        self._kept_for_unlock = False
        self.finished_meeting = False
        self.in_progress = True  # until the view is closed; it may be hidden during the circle
        self._connect()
        self.timer = QTimer(self)
        self.timer.setInterval(REPAINT_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ctx.inhibit_autolock("meeting", True)
        ctx.meeting_pace = self.pace
        ctx.navigate_requested.connect(self.step_aside)
        ctx.data_changed.connect(self._data_changed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The window's, not only keyPressEvent's: a button clicked keeps the focus, and a button
        # takes the arrows to move the focus to its neighbour (then Enter pressed that one).
        steps = [(QKeySequence(key), self.next_or_finish) for key in NEXT_KEYS]
        steps += [(QKeySequence(key), self.previous) for key in PREVIOUS_KEYS]
        bind_keys(self, steps, Qt.ShortcutContext.WindowShortcut)
        self.finished.connect(self._stop)
        self.retranslate()

    def _connect(self) -> None:
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next_or_finish)
        self.checkin_button.clicked.connect(
            lambda: self.ctx.checkin_requested.emit(self.session.id)
        )
        self.agreements_button.clicked.connect(self.ctx.agreements_requested)
        self.circle_button.clicked.connect(self.start_circle)
        self.leave_button.clicked.connect(self.ask_leave)

    def retranslate(self) -> None:
        super().retranslate()
        when = long_when(self.session)
        self.header_label.setText(" — ".join(t for t in (when, self.session.theme) if t))
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus()  # arrows go to the meeting, not to a button
        self.ctx.inhibit_autolock("meeting", self.in_progress)
        if self.restarted:
            self.restarted = False
            self._say_restarted()

    def _say_restarted(self) -> None:
        # Not a nested event loop: the unlock goes on under it, to the circle if one was running.
        text = self.tr(
            "The agenda of this meeting changed while the group was locked, so it cannot carry "
            "on where it was: it starts again at the first item, its clocks at zero."
        )
        title = self.tr("Meeting in progress")
        open_modal(plain_box(self, QMessageBox.Icon.Information, title, text))

    def hideEvent(self, event: QHideEvent) -> None:
        # Stepped aside for the circle (which holds auto-lock off itself) or minimised: a meeting
        # no one can see must not keep the group unlocked if the laptop is left alone.
        super().hideEvent(event)
        self.ctx.inhibit_autolock("meeting", False)

    def refresh(self) -> None:
        theme = self.ctx.prefs.theme
        self.show_item(self.run, self.notes[self.run.index], theme)
        self.show_meeting(self.run, theme)
        self.pace_label.show_pace(self.pace(), self.ctx.wall_clock(), theme)

    def pace(self, current_left: float | None = None) -> Pace:
        """The meeting against its agenda; the circle passes what its round still needs."""
        return pace(self.run, current_left, self.late)

    def _data_changed(self, area: str) -> None:
        # A newcomer checked in, a resource or the next meeting edited: the text may change.
        if (
            area in (Area.ATTENDANCE, Area.MEMBERS, Area.RESOURCES, Area.SESSIONS)
            and self.in_progress
        ):
            self.script_card.refresh()

    def next_or_finish(self) -> None:
        if self.run.is_last:
            self.ask_finish()
        else:
            self.run.next()
            self.refresh()

    def previous(self) -> None:
        self.run.previous()
        self.refresh()

    def start_circle(self) -> None:
        present = self.group.roster.present_member_ids(self.session.id)
        budget = max(0, int(self.run.item_remaining()))
        # The circle runs in the main window: step aside (the meeting clock keeps running) until
        # the host comes back with "Run the meeting".
        self.hide()
        self.ctx.circle_requested.emit(self.session.id, present, budget)

    def step_aside(self, _area: str = "") -> None:
        """Another area was asked for from over the meeting (Help now → Resources): show it."""
        if self.isVisible():
            self.hide()
            parent = self.parentWidget()
            if parent is not None:
                parent.window().activateWindow()

    def resume(self) -> None:
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()

    def ask_finish(self) -> None:
        if confirm(
            self,
            self.tr("End the meeting"),
            self.tr("End the meeting and mark this session as held?"),
        ):
            self.finish()

    def _gone(self) -> bool:
        """The session was deleted under its meeting (a co-host's file merged in, say): nothing
        can be stored on it any more. The host is told, rather than an error escaping."""
        if self.group.sessions.get(self.session.id) is not None:
            return False
        QMessageBox.information(
            self,
            self.tr("Meeting in progress"),
            self.tr(
                "This meeting is no longer in the group: it was deleted while it ran. Nothing "
                "more can be saved on it, and its window closes."
            ),
        )
        return True

    def finish(self) -> None:
        held: list[Session] = []
        if self._gone():
            self.reject()
            return
        if not self.checkout_panel.keep_entered():
            return
        if not stored_or_warned(
            self,
            self.tr("End the meeting"),
            lambda: held.append(
                self.group.sessions.set_status(self.session.id, SessionStatus.HELD)
            ),
        ):
            return
        self.session = held[0]
        self.finished_meeting = True
        self.ctx.data_changed.emit(Area.SESSIONS)
        self.accept()

    def ask_leave(self) -> None:
        """Esc, Leave or the window's close box: one key must not drop a meeting in progress.
        A lock or an ended meeting closes the window without asking (reject, accept)."""
        if not self.in_progress:
            self.reject()
            return
        if confirm(
            self,
            self.tr("Leave the meeting"),
            self.tr("Leave the meeting in progress?"),
            informative=self.tr(
                "It is not marked as held, and its clocks start again from the first item if "
                "you run it again. To end it, go to the last item and choose End the meeting."
            ),
            destructive=self.tr("Leave"),
        ) and (self._gone() or self.checkout_panel.keep_entered()):
            self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and self.in_progress:
            event.ignore()
            self.ask_leave()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.ask_leave()
        elif event.modifiers() == Qt.KeyboardModifier.NoModifier and event.key() in NEXT_KEYS:
            self.next_or_finish()
        elif event.modifiers() == Qt.KeyboardModifier.NoModifier and event.key() in PREVIOUS_KEYS:
            self.previous()
        else:
            super().keyPressEvent(event)

    def keep_for_unlock(self) -> None:
        """A lock in the middle of the meeting: it carries on after the unlock, where it was,
        with the check-out counts entered (kept as ending or leaving the meeting keeps them)."""
        if self.in_progress and self.group.is_open and self.group.sessions.get(self.session.id):
            self.checkout_panel.keep_entered()
            self._kept_for_unlock = stored_or_warned(
                self,
                self.tr("Lock"),
                lambda: self.group.live.save_meeting(self.session.id, self.run, self.ctx.utc_clock),
            )

    def _stop(self) -> None:
        self.in_progress = False
        if self.ctx.meeting_pace == self.pace:
            self.ctx.meeting_pace = None
        self.timer.stop()
        self.ctx.inhibit_autolock("meeting", False)
        if not self._kept_for_unlock and self.group.is_open:
            stored_or_warned(
                self,
                self.tr("End the meeting"),
                lambda: self.group.live.clear(live_state.MEETING_KEY),
            )
