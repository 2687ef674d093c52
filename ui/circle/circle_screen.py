"""The Sharing circle area: set up a round, run it in front of the room, see and keep its summary.

While a round runs, auto-lock is held off; a lock on request (Ctrl+L) keeps the round in the
vault as it is, and it carries on after the unlock.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from app import live_state
from app.circle import Round, Speaker, time_still_needed
from app.errors import StorageError
from app.group import OpenGroup
from ui.circle.chime import chime_available
from ui.circle.running_view import RunningView
from ui.circle.setup_view import SetupView
from ui.circle.summary_view import SummaryView
from ui.common.adaptive import PageStack
from ui.common.area_column import area_column
from ui.common.messages import error_words, stored_or_warned
from ui.common.retranslate import Retranslating
from ui.context import Area, UiContext

AUTOLOCK_REASON = "circle"
PACE_MS = 5000  # the meeting clock speaks in minutes: a look every few seconds is plenty


class CircleScreen(Retranslating, QWidget):
    def __init__(self, ctx: UiContext, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self.round: Round | None = None
        self.session_id: str | None = None
        # Each page made in its place: one built alone is styled again, all its widgets, as it
        # joins the screen (~0.8 ms a widget with the application's style sheet).
        self.stack = PageStack(self)
        self.setup = SetupView(group, self.stack)
        self.running = RunningView(lambda: bool(self.ctx.prefs.chime), self.stack)
        self.summary = SummaryView(self.stack)
        for page in (self.setup, self.running, self.summary):
            self.stack.addWidget(page)
        area_column(self, self.stack, grows=self.stack)
        self.setup.start_requested.connect(self.start_round)
        self.setup.chime_box.toggled.connect(self._chime_toggled)
        self.running.ended.connect(self._round_ended)
        self.running.meeting_requested.connect(ctx.meeting_requested)
        self.running.help_now.connect(ctx.help_now_requested)
        self.running.under_way.connect(self._hold_autolock)
        self.summary.new_round.connect(self.show_setup)
        ctx.keeping_for_unlock.connect(self._keep_for_unlock)
        ctx.help_now_shown.connect(self.running.pause_for_help)
        ctx.data_changed.connect(self._data_changed)
        self.pace_timer = QTimer(self)
        self.pace_timer.setInterval(PACE_MS)
        self.pace_timer.timeout.connect(self.show_pace)
        self._show_chime()
        ctx.preferences_changed.connect(self._show_chime)

    def _show_chime(self) -> None:
        """The chime box as Preferences have it, also after they changed there."""
        available = chime_available()
        self.setup.chime_box.setEnabled(available)
        self.setup.chime_box.setChecked(available and bool(self.ctx.prefs.chime))
        self.translated(
            self.setup.chime_box.setToolTip,
            (lambda: self.tr("A soft chime when it is time to conclude and when the time is up"))
            if available
            else (
                lambda: self.tr(
                    "The chime is not available on this computer: no sound player was found."
                )
            ),
        )

    def showEvent(self, event: QShowEvent) -> None:
        # The set-up reads the roster when first seen, not at unlock (Members has just read it).
        self.setup.fill_if_never_shown()
        super().showEvent(event)

    def prepare(self, session_id: str, member_ids: list[str], budget_seconds: int) -> None:
        """A meeting hands over who is present and the circle's remaining time."""
        if self.round is not None and not self.round.ended:
            return  # never throw away a round in progress
        self.setup.load(session_id, member_ids, budget_seconds)
        self.show_setup()

    def show_setup(self) -> None:
        self.setup.reload()
        self.stack.setCurrentWidget(self.setup)

    def start_round(self, speakers: list[Speaker], seconds_each: int, warning: int) -> None:
        round_ = Round(speakers, seconds_each, self.ctx.monotonic, warning_seconds=warning)
        self.run_round(round_, self.setup.session_id)

    def run_round(self, round_: Round, session_id: str | None) -> None:
        """Show a round on the running page: a new one, or one carried on after an unlock."""
        self.round = round_
        self.session_id = session_id
        chosen = {t.speaker.member_id for t in round_.turns}
        late = [
            Speaker(m.pseudonym, m.id)
            for m in self.group.roster.members()
            if m.active and m.id not in chosen
        ]
        self.running.show_round(self.round, late)  # holds the auto-lock off while under way
        self.stack.setCurrentWidget(self.running)
        self.show_pace()
        self.pace_timer.start()

    def show_pace(self) -> None:
        """The running meeting's clock beside the round, counting what the round still needs."""
        source = self.ctx.meeting_pace
        self.running.meeting_button.setVisible(source is not None)
        if self.round is None or source is None:
            self.running.pace_label.show_pace(None, self.ctx.wall_clock(), self.ctx.prefs.theme)
            return
        now = source(time_still_needed(self.round))
        self.running.pace_label.show_pace(now, self.ctx.wall_clock(), self.ctx.prefs.theme)

    def _keep_for_unlock(self) -> None:
        """Locked mid-round: the round is kept in the vault as it is, not ended. If it cannot be
        written, it is ended and saved as before, so nothing is lost."""
        round_ = self.round
        if round_ is None or round_.ended or not self.group.is_open:
            return
        try:
            self.group.live.save_circle(self.session_id, round_, self.ctx.utc_clock)
        except (StorageError, OSError):
            self.finish_round()
            return
        self.round = None
        self.running.timer.stop()
        self.running.close_presenter()
        self.ctx.inhibit_autolock(AUTOLOCK_REASON, False)

    def _round_ended(self) -> None:
        """Ended by the host: the summary here, and the meeting, if one runs, back in front."""
        self.finish_round()
        if self.ctx.meeting_pace is not None:
            self.ctx.meeting_requested.emit()

    def finish_round(self) -> None:
        """End the round (from the End button, or just before a lock) and keep its summary."""
        round_ = self.round
        if round_ is None or self.property("finishing"):
            return
        self.setProperty("finishing", True)
        try:
            round_.end()
            saved, problem = self._save(round_)
            if self.group.is_open:
                try:
                    self.group.live.clear(live_state.CIRCLE_KEY)
                except StorageError:
                    pass  # at worst the ended round is offered again after the next unlock
            keeps = self.group.is_open and self._keeps_turn_times()
            self.summary.show_summary(round_.summary(), saved, problem, keeps)
            self.stack.setCurrentWidget(self.summary)
        finally:
            self.round = None
            self.pace_timer.stop()
            self.running.timer.stop()
            self.running.close_presenter()
            self.ctx.inhibit_autolock(AUTOLOCK_REASON, False)
            self.setProperty("finishing", False)

    def _hold_autolock(self, under_way: bool) -> None:
        """Only while the sharing is under way (started, someone still to speak): on "Ready", or
        once everyone has spoken, a laptop left there locks, and the lock keeps the round."""
        self.ctx.inhibit_autolock(AUTOLOCK_REASON, under_way and self.round is not None)

    def _keeps_turn_times(self) -> bool:
        try:
            return self.group.circle.keeps_turn_times
        except StorageError:  # at a lock behind a worker stuck on the group: the summary says less
            return False

    def _save(self, round_: Round) -> tuple[bool, Callable[[], str] | None]:
        if not self.group.is_open:
            return False, None
        try:
            saved = self.group.circle.finish(round_, self.session_id)
        except Exception as exc:  # the summary still shows; the host is told it was not kept
            return False, error_words(exc)  # said again in the language switched to
        if saved:
            self.ctx.data_changed.emit(Area.CIRCLE)
        return saved, None

    def _chime_toggled(self, on: bool) -> None:
        if not chime_available() or on == self.ctx.prefs.chime:
            return
        chosen = dataclasses.replace(self.ctx.prefs, chime=on)
        if not stored_or_warned(self, self.tr("Chime"), lambda: self.ctx.save_preferences(chosen)):
            # Not saved (a full disk, settings.json unwritable): the box shows what holds.
            with QSignalBlocker(self.setup.chime_box):
                self.setup.chime_box.setChecked(self.ctx.prefs.chime)

    def _data_changed(self, area: str) -> None:
        # "attendance": a check-in may have put a newcomer on the roster.
        if (
            area in (Area.MEMBERS, Area.SESSIONS, Area.ATTENDANCE)
            and self.stack.currentWidget() is self.setup
        ):
            self.setup.reload()
