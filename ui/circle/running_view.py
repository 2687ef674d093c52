"""The running round: the large timer, who is next, the controls (keyboard first), the waiting list
that can be reordered, late arrivals, and the presenter window for a projector."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)

from app.circle import Round, Speaker, Tone, chimes
from ui.circle.chime import Chime
from ui.circle.display import Shown, seconds_to_next_change, shown
from ui.circle.presenter import PresenterWindow
from ui.circle.running_layout import (
    END_KEYS,
    LATER_KEYS,
    PRESENTER_KEYS,
    WAITING_MOVES,
    RunningLayout,
)
from ui.common.ask import confirm
from ui.common.models import OBJECT_ROLE
from ui.common.shortcuts import bind_keys


class RunningView(RunningLayout):
    """The round's behaviour: RunningLayout's widgets driven by the round, the keys, the clock."""

    ended = Signal()
    help_now = Signal()
    meeting_requested = Signal()
    under_way = Signal(bool)  # started, someone still to speak (CircleScreen._hold_autolock)

    def __init__(self, chime_enabled: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.round: Round | None = None
        self.chime = Chime(self)
        self._chime_enabled = chime_enabled
        self._last_seen: tuple[int | None, Tone] = (None, Tone.IDLE)  # the turn and its tone
        self.presenter: PresenterWindow | None = None
        self.last_shown: Shown | None = None
        self._paused_for_help: int | None = None  # the turn Help now paused
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.refresh)
        self._connect()
        self.keys = bind_keys(
            self, self.key_actions().items(), Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        # The list's own: only while it has the focus, so they never reach the turn keys.
        moves = [(keys, partial(self.move_waiting, step)) for keys, step in WAITING_MOVES]
        self.keys += bind_keys(self.waiting_list, moves, Qt.ShortcutContext.WidgetShortcut)
        self.retranslate()

    def _connect(self) -> None:
        for button, _keys, action in self.round_actions():
            if button:
                self.buttons[button].clicked.connect(action)
        self.meeting_button.clicked.connect(self.meeting_requested)
        self.waiting_list.model().rowsMoved.connect(self._waiting_reordered)
        self.late_line.returnPressed.connect(self.add_late)
        self.late_button.clicked.connect(self.add_late)

    def round_actions(self) -> list[tuple[str, tuple[str, ...], Callable[[], None]]]:
        """Each action of the round: the name of its button ("" for none), and its keys."""
        return [
            ("toggle", ("Space",), self.toggle),
            ("next", ("Right",), self.next),
            ("", ("Return", "Enter"), self.enter),
            ("pass", ("P",), self.pass_turn),
            ("later", (LATER_KEYS,), self.come_back_later),
            ("add", ("+",), self.add_minute),
            ("back", ("Left",), self.back),
            ("fullscreen", ("F11",), self.toggle_full_screen),
            ("", ("Esc",), self.leave_full_screen),
            ("end", (END_KEYS,), self.end),
            ("presenter", (PRESENTER_KEYS,), self.open_presenter),
            ("help", (), self.help_now.emit),
        ]

    def key_actions(self) -> dict[str, Callable[[], None]]:
        return {keys: action for _button, each, action in self.round_actions() for keys in each}

    def retranslate(self) -> None:
        super().retranslate()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # Coming back to a running round (from another area): the round's keys work at once.
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.panel.face.setFocus()

    # The round -----------------------------------------------------------------------------
    def show_round(self, round_: Round, late_candidates: list[Speaker]) -> None:
        self.round = round_
        self._paused_for_help = None
        self._last_seen = (None, Tone.IDLE)
        self._late_candidates = late_candidates
        self._fill_late()
        self.refresh()
        self.panel.face.setFocus()

    def _act(self, action: Callable[[Round], object]) -> None:
        if self.round is not None and not self.round.ended:
            action(self.round)
            self.refresh()

    def toggle(self) -> None:
        self._act(Round.toggle)

    def pause_for_help(self, shown: bool) -> None:
        """Help now is for someone in the room: the speaker's time waits until it is closed."""
        round_ = self.round
        turn = round_.current if round_ is not None else None
        if shown:
            running = round_ is not None and round_.running and turn is not None
            self._paused_for_help = turn.key if running and turn is not None else None
            if running:
                self._act(Round.pause)
        elif self._paused_for_help is not None:
            # Only the turn it paused, and only if the host has not moved on meanwhile.
            if turn is not None and turn.key == self._paused_for_help:
                self._act(Round.resume)
            self._paused_for_help = None

    def next(self) -> None:
        self._act(Round.next)

    def enter(self) -> None:
        if self.late_edit.hasFocus() or self.late_line.hasFocus():
            self.add_late()
        else:
            self.next()

    def pass_turn(self) -> None:
        self._act(Round.pass_turn)

    def come_back_later(self) -> None:
        self._act(Round.come_back_later)

    def add_minute(self) -> None:
        self._act(lambda r: r.add_time())

    def back(self) -> None:
        self._act(Round.back)

    def end(self) -> None:
        if not self._end_confirmed():
            return
        self._act(Round.end)
        self.close_presenter()
        self.leave_full_screen()
        self.ended.emit()

    def _end_confirmed(self) -> bool:
        """People still waiting to speak: asked once, since Ctrl+E is one keystroke away."""
        round_ = self.round
        if round_ is None or round_.ended or not round_.started:
            return True
        waiting = len(round_.upcoming)
        if not waiting:
            return True
        return confirm(
            self,
            self.tr("End the round"),
            self.tr("%n speaker(s) still waiting to speak. End the round now?", "", waiting),
        )

    def add_late(self) -> None:
        name = self.late_edit.currentText().strip()
        if self.round is None or not name:
            return
        index = self.late_edit.findText(name)
        data = self.late_edit.itemData(index) if index >= 0 else None
        speaker = data if isinstance(data, Speaker) else Speaker(name)
        self._act(lambda r: r.add_late(speaker))
        self._late_candidates = [s for s in self._late_candidates if s != speaker]
        self._fill_late()

    def _fill_late(self) -> None:
        self.late_edit.clear()
        for speaker in self._late_candidates:
            self.late_edit.addItem(speaker.label, speaker)
        self.late_edit.setCurrentIndex(-1)
        self.late_edit.clearEditText()

    def _waiting_reordered(self) -> None:
        if self.round is None:
            return
        keys = [
            self.waiting_list.item(i).data(OBJECT_ROLE) for i in range(self.waiting_list.count())
        ]
        self._act(lambda r: r.reorder_waiting(keys))

    def move_waiting(self, step: int) -> None:
        """The keyboard's drag: the selected speaker one place up (-1) or down (+1), through
        the same reorder as a drop, and still selected after, so the keys can be pressed again."""
        row, count = self.waiting_list.currentRow(), self.waiting_list.count()
        if self.round is None or not (0 <= row < count and 0 <= row + step < count):
            return
        keys = [self.waiting_list.item(i).data(OBJECT_ROLE) for i in range(count)]
        keys.insert(row + step, keys.pop(row))
        self._act(lambda r: r.reorder_waiting(keys))
        self.waiting_list.setCurrentRow(row + step)

    # Showing it ----------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.round is None:
            return
        now = shown(self.round)
        self.last_shown = now
        self.panel.show_state(now)
        if self.presenter is not None:
            self.presenter.panel.show_state(now)
        self._ring_on_change(now)
        self.show_controls(self.round)
        self._schedule()
        self.under_way.emit(self.round.under_way)

    def _schedule(self) -> None:
        """Wake exactly when the shown second changes, so it is never late by more than the
        timer's own jitter; nothing runs while no one is speaking."""
        assert self.round is not None
        if self.round.running:
            delay = seconds_to_next_change(self.round.remaining())
            self.timer.start(max(1, int(delay * 1000) + 2))
        else:
            self.timer.stop()

    def _ring_on_change(self, now: Shown) -> None:
        assert self.round is not None
        turn = self.round.current
        key = turn.key if turn is not None else None
        last_key, last_tone = self._last_seen
        # Compared within one turn only: a new speaker's first tone is never a change.
        ring = key is not None and key == last_key and chimes(last_tone, now.tone)
        if ring and self._chime_enabled() and self.round.running:
            self.chime.play()
        self._last_seen = (key, now.tone)

    # Screens -------------------------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        window = self.window()
        if window.isFullScreen():
            window.showNormal()
        else:
            window.showFullScreen()

    def leave_full_screen(self) -> None:
        if self.window().isFullScreen():
            self.window().showNormal()

    def open_presenter(self) -> None:
        screens = QGuiApplication.screens()
        index = self.screen_choice.currentData()
        screen = screens[index] if isinstance(index, int) and index < len(screens) else None
        if self.presenter is None:
            self.presenter = PresenterWindow(self)
            keys = {**self.key_actions(), "Esc": self.presenter.leave_full_screen}
            bind_keys(self.presenter, keys.items(), Qt.ShortcutContext.WindowShortcut)
            self.presenter.closed.connect(self._presenter_closed)
        host_screen = self.window().screen()
        covers_host = screen is None or len(screens) < 2 or screen == host_screen
        self.presenter.show_on(screen, covers_host)
        self.refresh()

    def close_presenter(self) -> None:
        if self.presenter is not None:
            self.presenter.close()

    def _presenter_closed(self) -> None:
        self.presenter = None
