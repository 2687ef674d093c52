"""The running round: the large timer, who is next, the controls (keyboard first), the waiting list
that can be reordered, late arrivals, and the presenter window for a projector."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.circle import Round, Speaker, Tone
from ui.circle.chime import Chime
from ui.circle.display import Shown, seconds_to_next_change, shown
from ui.circle.face import TimerPanel
from ui.circle.presenter import PresenterWindow
from ui.common.adaptive import FlowLayout
from ui.common.models import OBJECT_ROLE
from ui.common.plain_text import PlainLabel
from ui.common.retranslate import Retranslating
from ui.common.side_scroll import SideScroll
from ui.common.theme import scaled_font
from ui.sessions.pace_label import PaceLabel

END_KEYS = "Ctrl+E"
PRESENTER_KEYS = "F5"
SIDE_WIDTH = 250
TURN_BUTTONS = ("toggle", "back", "next", "pass", "later", "add", "end")
LATER_KEYS = "R"  # "come back to me at the end": Revenir / Return, the same letter in both
TURN_ROW_BUDGET = 760  # px: 1366 less the navigation, the margins and the side column
HELP_KEYS = "Ctrl+H"  # the group screen's application-wide Help now shortcut


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class RunningView(Retranslating, QWidget):
    ended = Signal()
    help_now = Signal()

    def __init__(self, chime_enabled: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.round: Round | None = None
        self.chime = Chime(self)
        self._chime_enabled = chime_enabled
        self._last_tone = Tone.IDLE
        self.presenter: PresenterWindow | None = None
        self.last_shown: Shown | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.refresh)
        self._build()
        self.keys = bind_keys(
            self, self.key_actions(), Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.retranslate()

    def _build(self) -> None:
        self.panel = TimerPanel()
        self.next_label = PlainLabel()
        self.next_label.setObjectName("circleNext")
        self.position_label = PlainLabel()
        info = QHBoxLayout()
        info.addWidget(self.next_label, 1)
        info.addWidget(self.position_label)
        self.buttons: dict[str, QPushButton] = {
            name: QPushButton()
            for name in (
                "toggle",
                "back",
                "next",
                "pass",
                "later",
                "add",
                "end",
                "help",
                "fullscreen",
                "presenter",
            )
        }
        # The turn buttons wrap onto a second line when the room is narrow (very large text,
        # a netbook) instead of widening the window.
        self.turn_row = FlowLayout()
        for name in TURN_BUTTONS:
            self.turn_row.addWidget(self.buttons[name])
        self.buttons["help"].setObjectName("helpNow")
        for name, action in self.button_actions().items():
            self.buttons[name].clicked.connect(action)
        left = QVBoxLayout()
        left.addWidget(self.panel, 1)
        left.addLayout(info)
        left.addLayout(self.turn_row)
        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addLayout(left, 1)
        root.addWidget(self._build_side())

    def _build_side(self) -> QWidget:
        # The meeting clock, when the round is part of a running meeting (the screen fills it).
        self.pace_label = PaceLabel()
        self.pace_label.hide()
        self.waiting_title = PlainLabel()
        self.waiting_title.setWordWrap(True)
        self.waiting_list = QListWidget()
        self.waiting_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.waiting_list.model().rowsMoved.connect(self._waiting_reordered)
        self.late_edit = QComboBox()
        self.late_edit.setEditable(True)  # a late arrival may be someone new
        line = self.late_edit.lineEdit()
        assert line is not None  # an editable combo box always has one
        self.late_line = line
        self.late_line.returnPressed.connect(self.add_late)
        self.late_button = QPushButton()
        self.late_button.clicked.connect(self.add_late)
        self.screen_choice = QComboBox()
        column = QWidget()
        side = QVBoxLayout(column)
        side.setContentsMargins(0, 0, 0, 0)
        self.side_widgets = (
            self.pace_label,
            self.waiting_title,
            self.waiting_list,
            self.late_edit,
            self.late_button,
            self.screen_choice,
            self.buttons["presenter"],
            self.buttons["fullscreen"],
            self.buttons["help"],
        )
        for widget in self.side_widgets:
            widget.setFixedWidth(SIDE_WIDTH)
            side.addWidget(widget, 1 if widget is self.waiting_list else 0)
        side.insertSpacing(5, 12)
        # Help now in the side column, not in the row of turn buttons: it stays in view in
        # full screen, and that row then fits a 1366-pixel screen in large text.
        side.insertSpacing(9, 12)
        # Scrolls on a short screen (a netbook in large text) rather than pushing the window
        # taller than the screen.
        return SideScroll(column)

    def key_actions(self) -> dict[str, Callable[[], None]]:
        return {
            "Space": self.toggle,
            "Right": self.next,
            "Return": self.enter,
            "Enter": self.enter,
            "P": self.pass_turn,
            LATER_KEYS: self.come_back_later,
            "+": self.add_minute,
            "Left": self.back,
            "F11": self.toggle_full_screen,
            "Esc": self.leave_full_screen,
            END_KEYS: self.end,
            PRESENTER_KEYS: self.open_presenter,
        }

    def button_actions(self) -> dict[str, Callable[[], None]]:
        return {
            "toggle": self.toggle,
            "back": self.back,
            "next": self.next,
            "pass": self.pass_turn,
            "later": self.come_back_later,
            "add": self.add_minute,
            "end": self.end,
            "fullscreen": self.toggle_full_screen,
            "presenter": self.open_presenter,
            "help": self.help_now.emit,
        }

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self.next_label.setFont(scaled_font(1.4))
            self._fit_side()
        super().changeEvent(event)

    def _fit_side(self) -> None:
        """The side column grows with the text size, so no button text is cut."""
        plain, bold = QFontMetrics(scaled_font(1.0)), QFontMetrics(scaled_font(1.0, bold=True))
        longest = max(
            [
                plain.horizontalAdvance(button.text())
                for button in (
                    self.late_button,
                    self.buttons["presenter"],
                    self.buttons["fullscreen"],
                )
            ]
            + [bold.horizontalAdvance(self.buttons["help"].text())]
        )
        width = max(SIDE_WIDTH, longest + 48)  # the button's padding and focus border
        for widget in self.side_widgets:
            widget.setFixedWidth(width)
        # Wrapped labels in a fixed-width column keep the height their lines need.
        for label in (self.waiting_title, self.pace_label):
            label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)

    def retranslate(self) -> None:
        self.next_label.setFont(scaled_font(1.4))
        texts = {
            "toggle": (self.tr("Start / Pause"), "Space"),
            "back": (self.tr("← Back"), "Left"),
            "next": (self.tr("Next →"), "Right"),
            "pass": (self.tr("Pass"), "P"),
            "later": (self.tr("Come back at the end"), LATER_KEYS),
            "add": (self.tr("+1 minute"), "+"),
            "end": (self.tr("End the round"), END_KEYS),
            "fullscreen": (self.tr("Full screen"), "F11"),
            "presenter": (self.tr("Presenter screen"), PRESENTER_KEYS),
            "help": (self.tr("Help now"), HELP_KEYS),
        }
        tips = {
            "toggle": self.tr("Start the round, pause or resume the speaker"),
            "back": self.tr("Back to the previous speaker"),
            "next": self.tr("This speaker is done: the next one starts (also Enter)"),
            "pass": self.tr("The speaker passes for this round"),
            "later": self.tr(
                "The speaker passes for now and is offered the word again after the last speaker"
            ),
            "add": self.tr("Give the speaker one more minute"),
            "end": self.tr("Stop the round now and see the summary"),
            "fullscreen": self.tr("Fill the screen with the timer (Esc to leave)"),
            "presenter": self.tr("Show only the name and the timer on the chosen screen"),
            "help": self.tr("Crisis lines and emergency numbers, in large type"),
        }
        for name, (text, keys) in texts.items():
            self.buttons[name].setText(text)
            tip = tips[name]
            if keys:
                tip = self.tr("{action} (shortcut: {keys})").format(action=tip, keys=native(keys))
            self.buttons[name].setToolTip(tip)
            self.buttons[name].setAccessibleName(text)
        self.waiting_title.setText(self.tr("Still to speak (drag to reorder)"))
        self.late_line.setPlaceholderText(self.tr("Late arrival's name"))
        self.late_edit.setAccessibleName(self.tr("Late arrival's name"))
        self.waiting_list.setAccessibleName(self.tr("Still to speak, in order"))
        self.screen_choice.setAccessibleName(self.tr("Screen for the presenter view"))
        self.late_button.setText(self.tr("Add a late arrival"))
        self.late_button.setToolTip(self.tr("They join at the end of the round"))
        self._fit_side()
        self._fill_screens()
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
        self._last_tone = Tone.IDLE
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
        self._act(Round.end)
        self.close_presenter()
        self.leave_full_screen()
        self.ended.emit()

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
        self._show_controls()
        self._schedule()

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
        ring = (
            now.tone in (Tone.WARNING, Tone.OVERTIME)
            and now.tone is not self._last_tone
            and self._last_tone is not Tone.IDLE
        )
        if ring and self._chime_enabled() and self.round is not None and self.round.running:
            self.chime.play()
        self._last_tone = now.tone

    def _show_controls(self) -> None:
        assert self.round is not None
        r = self.round
        following = r.next_turn
        if r.current is None and not r.started:
            following = r.upcoming[1] if len(r.upcoming) > 1 else None
        self.next_label.setText(
            self.tr("Next: {name}").format(name=following.speaker.label)
            if following
            else self.tr("Next: nobody, this is the last turn")
        )
        self.position_label.setText(
            self.tr("Turn {number} of {total}").format(number=r.position(), total=len(r.turns))
        )
        self.buttons["toggle"].setText(
            self.tr("Pause")
            if r.running
            else self.tr("Start")
            if not r.started
            else self.tr("Resume")
        )
        for name in ("back", "next", "pass", "later", "add"):
            self.buttons[name].setEnabled(r.started and not r.ended)
        self._fill_waiting()

    def _fill_waiting(self) -> None:
        assert self.round is not None
        wanted = [
            (
                self.tr("{name} (comes back at the end)").format(name=t.speaker.label)
                if t.come_back
                else t.speaker.label,
                t.key,
            )
            for t in self.round.upcoming
        ]
        present = [
            (self.waiting_list.item(i).text(), self.waiting_list.item(i).data(OBJECT_ROLE))
            for i in range(self.waiting_list.count())
        ]
        if wanted == present:
            return
        self.waiting_list.clear()
        for label, key in wanted:
            item = QListWidgetItem(label)
            item.setData(OBJECT_ROLE, key)
            self.waiting_list.addItem(item)

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

    def _fill_screens(self) -> None:
        self.screen_choice.clear()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.size()
            self.screen_choice.addItem(
                self.tr("Screen {number} ({width}×{height})").format(
                    number=number, width=size.width(), height=size.height()
                ),
                number - 1,
            )
        self.screen_choice.setCurrentIndex(self.screen_choice.count() - 1)
        self.screen_choice.setToolTip(self.tr("Where the presenter screen opens"))

    def open_presenter(self) -> None:
        screens = QGuiApplication.screens()
        index = self.screen_choice.currentData()
        screen = screens[index] if isinstance(index, int) and index < len(screens) else None
        if self.presenter is None:
            self.presenter = PresenterWindow(self)
            keys = {**self.key_actions(), "Esc": self.presenter.leave_full_screen}
            bind_keys(self.presenter, keys, Qt.ShortcutContext.WindowShortcut)
            self.presenter.closed.connect(self._presenter_closed)
        self.presenter.show_on(screen)
        self.refresh()

    def close_presenter(self) -> None:
        if self.presenter is not None:
            self.presenter.close()

    def _presenter_closed(self) -> None:
        self.presenter = None


def bind_keys(
    widget: QWidget, actions: dict[str, Callable[[], None]], context: Qt.ShortcutContext
) -> list[QObject]:
    shortcuts: list[QObject] = []
    for keys, action in actions.items():
        shortcut = QShortcut(QKeySequence(keys), widget)
        shortcut.setContext(context)
        shortcut.activated.connect(action)
        shortcuts.append(shortcut)
    return shortcuts
