"""The running round's layout: the large timer, who is next, the turn buttons and the side
column (meeting clock, waiting list, late arrivals, screens, Help now), with their texts and
no behaviour (RunningView, in running_view.py, runs the round in them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.circle import Round
from ui.circle.face import TimerPanel
from ui.common.adaptive import AdaptiveBox, FlowLayout
from ui.common.models import OBJECT_ROLE
from ui.common.plain_text import PlainLabel, wrapped_label
from ui.common.retranslate import Retranslating, translated_button
from ui.common.side_scroll import SideScroll
from ui.common.theme import scaled_font
from ui.sessions.pace_label import PaceLabel

END_KEYS = "Ctrl+E"
PRESENTER_KEYS = "F5"
SIDE_WIDTH = 250
TURN_BUTTONS = ("toggle", "back", "next", "pass", "later", "add", "end")
LATER_KEYS = "R"  # "come back to me at the end": Revenir / Return, the same letter in both
# Moving a speaker in the waiting list, as in the agenda (ui/sessions/agenda_box.py): Up and
# Down alone still choose the speaker, and the view's own keys take neither.
MOVE_UP_KEYS = "Alt+Up"
MOVE_DOWN_KEYS = "Alt+Down"
WAITING_MOVES = ((MOVE_UP_KEYS, -1), (MOVE_DOWN_KEYS, 1))  # the keys, and the places they move
TURN_ROW_BUDGET = 760  # px: 1366 less the navigation, the margins and the side column
HELP_KEYS = "Ctrl+H"  # the group screen's application-wide Help now shortcut


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class RunningLayout(Retranslating, QWidget):
    """The widgets of a running round, each with its texts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build()

    def _build(self) -> None:
        self.panel = TimerPanel()
        self.next_label = PlainLabel()
        self.next_label.setObjectName("circleNext")
        self.next_label.setFont(scaled_font(1.4))
        self.position_label = PlainLabel()
        # Who is next above the turn count when both do not fit beside each other (a netbook
        # in very large text, French).
        info = AdaptiveBox(spacing=6)
        info.add(self.next_label, 1)
        info.add(self.position_label)
        # Said plainly once everyone has spoken, with the one step left offered beside it.
        self.done_label = wrapped_label("circleDone")
        self.done_label.setFont(scaled_font(1.15, bold=True))
        self.done_label.hide()
        self.buttons: dict[str, QPushButton] = {}
        for name, (text, tip, keys) in self._button_texts().items():
            button = self.buttons[name] = QPushButton()
            self.translated(button.setText, text)
            self.translated(button.setAccessibleName, text)
            self.translated(button.setToolTip, self._with_keys(tip, keys))
        # The turn buttons wrap onto a second line when the room is narrow (very large text,
        # a netbook) instead of widening the window.
        self.turn_row = FlowLayout()
        for name in TURN_BUTTONS:
            self.turn_row.addWidget(self.buttons[name])
        self.buttons["help"].setObjectName("helpNow")
        left = QVBoxLayout()
        left.addWidget(self.panel, 1)
        left.addWidget(info)
        left.addWidget(self.done_label)
        left.addLayout(self.turn_row)
        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addLayout(left, 1)
        root.addWidget(self._build_side())

    def _button_texts(self) -> dict[str, tuple[Callable[[], str], Callable[[], str], str]]:
        """Each button's words, what it does (its tooltip) and its keys."""
        texts: dict[str, tuple[Callable[[], str], str]] = {
            "toggle": (lambda: self.tr("Start / Pause"), "Space"),
            "back": (lambda: self.tr("← Back"), "Left"),
            "next": (lambda: self.tr("Next →"), "Right"),
            "pass": (lambda: self.tr("Pass"), "P"),
            "later": (lambda: self.tr("Come back at the end"), LATER_KEYS),
            "add": (lambda: self.tr("+1 minute"), "+"),
            "end": (lambda: self.tr("End the round"), END_KEYS),
            "help": (lambda: self.tr("Help now"), HELP_KEYS),
            "fullscreen": (lambda: self.tr("Full screen"), "F11"),
            "presenter": (lambda: self.tr("Presenter screen"), PRESENTER_KEYS),
        }
        tips: dict[str, Callable[[], str]] = {
            "toggle": lambda: self.tr("Start the round, pause or resume the speaker"),
            "back": lambda: self.tr("Back to the previous speaker"),
            "next": lambda: self.tr("This speaker is done: the next one starts (also Enter)"),
            "pass": lambda: self.tr("The speaker passes for this round"),
            "later": lambda: self.tr(
                "The speaker passes for now and is offered the word again after the last speaker"
            ),
            "add": lambda: self.tr("Give the speaker one more minute"),
            "end": lambda: self.tr("Stop the round now and see the summary"),
            "help": lambda: self.tr("Crisis lines and emergency numbers, in large type"),
            "fullscreen": lambda: self.tr("Fill the screen with the timer (Esc to leave)"),
            "presenter": lambda: self.tr("Show only the name and the timer on the chosen screen"),
        }
        return {name: (text, tips[name], keys) for name, (text, keys) in texts.items()}

    def _with_keys(self, tip: Callable[[], str], keys: str) -> Callable[[], str]:
        return lambda: self.tr("{action} (shortcut: {keys})").format(
            action=tip(), keys=native(keys)
        )

    def _build_side(self) -> QWidget:
        # The meeting clock, when the round is part of a running meeting (the screen fills it).
        self.pace_label = PaceLabel()
        self.pace_label.hide()
        # The meeting window stepped aside for the circle: one click brings it back.
        self.meeting_button = translated_button(
            self,
            lambda: self.tr("Back to the meeting"),
            lambda: self.tr(
                "The meeting window, with its agenda and clock; the round keeps running"
            ),
        )
        self.meeting_button.hide()
        self.waiting_title = wrapped_label()
        self.translated(
            self.waiting_title.setText, lambda: self.tr("Still to speak (drag to reorder)")
        )
        self.waiting_list = QListWidget()
        self.waiting_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.translated(
            self.waiting_list.setAccessibleName, lambda: self.tr("Still to speak, in order")
        )
        self.translated(
            self.waiting_list.setToolTip,
            lambda: self.tr(
                "{up} and {down} move the selected speaker up or down; you can also drag them"
            ).format(up=native(MOVE_UP_KEYS), down=native(MOVE_DOWN_KEYS)),
        )
        self.late_edit = QComboBox()
        self.late_edit.setEditable(True)  # a late arrival may be someone new
        self.translated(self.late_edit.setAccessibleName, lambda: self.tr("Late arrival's name"))
        line = self.late_edit.lineEdit()
        assert line is not None  # an editable combo box always has one
        self.late_line = line
        self.translated(self.late_line.setPlaceholderText, lambda: self.tr("Late arrival's name"))
        self.late_button = translated_button(
            self,
            lambda: self.tr("Add a late arrival"),
            lambda: self.tr("They join at the end of the round"),
        )
        self.screen_choice = QComboBox()
        # A projector plugged in (or out) after this page was built: offered at once.
        screens = QGuiApplication.instance()
        assert isinstance(screens, QGuiApplication)
        screens.screenAdded.connect(self.fill_screens)
        screens.screenRemoved.connect(self.fill_screens)
        self.translated(
            self.screen_choice.setAccessibleName, lambda: self.tr("Screen for the presenter view")
        )
        self.side_widgets = (
            self.pace_label,
            self.meeting_button,
            self.waiting_title,
            self.waiting_list,
            self.late_edit,
            self.late_button,
            self.screen_choice,
            self.buttons["presenter"],
            self.buttons["fullscreen"],
            self.buttons["help"],
        )
        # Scrolls on a short screen (a netbook in large text) rather than pushing the window
        # taller than the screen; the column is made in it (see SideScroll).
        return SideScroll(self._side_column, self)  # made in place: see CircleScreen

    def _side_column(self, parent: QWidget) -> QWidget:
        column = QWidget(parent)
        side = QVBoxLayout(column)
        side.setContentsMargins(0, 0, 0, 0)
        for widget in self.side_widgets:
            widget.setFixedWidth(SIDE_WIDTH)
            side.addWidget(widget, 1 if widget is self.waiting_list else 0)
        side.insertSpacing(6, 12)
        # Help now in the side column, not in the row of turn buttons: it stays in view in
        # full screen, and that row then fits a 1366-pixel screen in large text.
        side.insertSpacing(10, 12)
        return column

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self.next_label.setFont(scaled_font(1.4))
            self.done_label.setFont(scaled_font(1.15, bold=True))
            fit_side(self)
        super().changeEvent(event)

    def retranslate(self) -> None:
        super().retranslate()
        self.fill_screens()
        fit_side(self)  # the column as wide as its longest text in this language

    def show_controls(self, r: Round) -> None:
        """The turn buttons, who is next and the waiting list, as the round now stands."""
        following = r.next_turn
        if r.current is None and not r.started:
            following = r.upcoming[1] if len(r.upcoming) > 1 else None
        self.next_label.setText(
            self.tr("Next: {name}").format(name=following.speaker.label)
            if following
            else self.tr("Next: nobody, everyone has spoken")
            if r.complete
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
            else self.tr("Start / Pause")
            if r.complete
            else self.tr("Resume")
        )
        turn_on = r.started and not r.ended and not r.complete
        for name in ("next", "pass", "later", "add"):
            self.buttons[name].setEnabled(turn_on)
        self.buttons["toggle"].setEnabled(not r.ended and not r.complete)
        self.buttons["back"].setEnabled(r.started and not r.ended)
        self._show_done(r.complete)
        self._fill_waiting(r)

    def _show_done(self, complete: bool) -> None:
        """Everyone has spoken: say so, and make ending the round the step on offer."""
        was_shown = self.done_label.isVisibleTo(self)
        self.done_label.setText(
            self.tr(
                "Everyone has spoken. End the round ({end}) to see its balance, go back to the "
                "last speaker ({back}), or add a late arrival."
            ).format(end=native(END_KEYS), back=native("Left"))
        )
        self.done_label.setVisible(complete)
        self.buttons["end"].setDefault(complete)
        if complete and not was_shown and self.isVisible():
            self.buttons["end"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_waiting(self, r: Round) -> None:
        wanted = [
            (
                self.tr("{name} (comes back at the end)").format(name=t.speaker.label)
                if t.come_back
                else t.speaker.label,
                t.key,
            )
            for t in r.upcoming
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

    def fill_screens(self) -> None:
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


def fit_side(view: RunningLayout) -> None:
    """The side column grows with the text size, so no button text is cut."""
    plain, bold = QFontMetrics(scaled_font(1.0)), QFontMetrics(scaled_font(1.0, bold=True))
    longest = max(
        [
            plain.horizontalAdvance(button.text())
            for button in (
                view.late_button,
                view.meeting_button,
                view.buttons["presenter"],
                view.buttons["fullscreen"],
            )
        ]
        + [bold.horizontalAdvance(view.buttons["help"].text())]
    )
    width = max(SIDE_WIDTH, longest + 48)  # the button's padding and focus border
    for widget in view.side_widgets:
        widget.setFixedWidth(width)
    # Wrapped labels in a fixed-width column keep the height their lines need.
    for label in (view.waiting_title, view.pace_label):
        label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)
