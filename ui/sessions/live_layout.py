"""The live meeting's layout: the current item with its clock, notes and text to read, the agenda
or the check-out beside it, the step buttons below, their texts and fonts, and no behaviour
(LiveView, in live_view.py, runs the meeting in them)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.group import OpenGroup
from app.live import LiveItem, MeetingRun
from app.model import ItemKind, Session
from ui.common.adaptive import ActionRow
from ui.common.plain_text import MarkupLabel, PlainLabel, escaped, wrapped_label
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.common.side_scroll import SideScroll
from ui.common.theme import colours_for, row_font, scaled_font
from ui.sessions.checkout_panel import CheckoutPanel
from ui.sessions.fitted_title import FittedTitle
from ui.sessions.labels import clock_text, kind_label, minutes_text
from ui.sessions.notes_card import NOTES_FACTOR, NotesCard, framed
from ui.sessions.pace_label import PaceLabel
from ui.sessions.script_card import ScriptCard

TIME_FACTOR = 5.2  # times the body text, shrunk to fit the column
TIME_SHARE = 11  # the item clock's line is at most this fraction of the window's height


class LiveLayout(Retranslating, QDialog):
    """The widgets of a meeting in progress, their fixed texts set where they are made;
    `show_item` and `show_meeting` fill them from the run (LiveView calls them)."""

    def __init__(self, group: OpenGroup, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveView")
        self.translated(self.setWindowTitle, lambda: self.tr("Meeting in progress"))
        self.header_label = wrapped_label("liveHeader")
        self.meeting_clock = PlainLabel()
        self.meeting_clock.setObjectName("meetingClock")
        self.pace_label = PaceLabel()
        # The pace goes above the agenda, not under the clock: on a 600-pixel screen every line
        # taken up here is one fewer for the text to read aloud and the notes.
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.header_label, 1)
        top.addWidget(self.meeting_clock, 0, Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        side.setSpacing(10)
        side.addWidget(self.pace_label)
        self.agenda_card = self._build_agenda()
        side.addWidget(self.agenda_card, 1)
        # At the closing step the check-out by show of hands takes the agenda's place.
        self.checkout_panel = CheckoutPanel(group, session)
        side.addWidget(self.checkout_panel, 1)
        current = self._build_current(group, session)

        def page(parent: QWidget) -> QWidget:
            made = QWidget(parent)
            body = QHBoxLayout(made)
            body.setContentsMargins(0, 0, 0, 0)
            body.setSpacing(24)
            body.addLayout(current, 3)
            body.addLayout(side, 1)
            return made

        root = QVBoxLayout(self)
        root.setContentsMargins(28, 10, 28, 10)  # room for the notes on a 600-pixel screen
        root.setSpacing(8)  # with the margins: the item whole at large text on a netbook
        root.addLayout(top)
        # The item and the agenda scroll on a short screen (a netbook in very large text)
        # rather than pushing the step buttons below them off the screen. Made in the view, the
        # page made in it (see SideScroll).
        self.body_scroll = SideScroll(page, self)
        root.addWidget(self.body_scroll, 1)
        root.addLayout(self._build_buttons())
        # Enter takes the next step wherever the focus is, on a card's button too: none of the
        # meeting's buttons takes it for itself.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.next_button.setDefault(True)  # the step a host takes most: shown as the main one

    def _build_current(self, group: OpenGroup, session: Session) -> QVBoxLayout:
        """The current item: what it is, its clock and progress, the host's notes, what follows.
        The notes card takes the spare height so the screen reads top to bottom without gaps."""
        self.kind_label = PlainLabel()
        self.kind_label.setObjectName("liveKind")
        self.title_label = FittedTitle()
        # Wrapped: in large text it would push the window off screen.
        self.time_label = wrapped_label("liveTime")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.planned_label = PlainLabel()
        self.planned_label.setObjectName("muted")
        self.notes_card = NotesCard()
        # The step's read-aloud text, large, with the host's notes beside it.
        self.script_card = ScriptCard(group, session)
        step = QHBoxLayout()
        step.setSpacing(16)
        step.addWidget(self.script_card, 2)
        step.addWidget(self.notes_card, 1)
        self.next_label = wrapped_label("liveNext")
        column = QVBoxLayout()
        column.setSpacing(6)
        for widget in (self.kind_label, self.title_label, self.time_label):
            column.addWidget(widget)
        progress = QHBoxLayout()  # the bar and what it measures to: one line
        progress.setSpacing(12)
        progress.addWidget(self.progress, 1, Qt.AlignmentFlag.AlignVCenter)
        progress.addWidget(self.planned_label)
        column.addLayout(progress)
        column.addLayout(step, 1)
        column.addWidget(self.next_label)
        return column

    def _build_agenda(self) -> QFrame:
        self.agenda_title = translated_label(self, lambda: self.tr("Agenda"), "sectionTitle")
        self.agenda_label = MarkupLabel()
        self.agenda_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.agenda_label.setWordWrap(True)
        self.agenda_label.setObjectName("liveAgenda")
        # A long agenda scrolls inside its card instead of being cut at the bottom.
        card = framed(QFrame(), self.agenda_title, SideScroll(self.agenda_label))
        card.setMinimumWidth(300)
        return card

    def _build_buttons(self) -> QHBoxLayout:
        self.previous_button = translated_button(
            self, lambda: self.tr("Previous item"), lambda: self.tr("Left arrow or Page Up")
        )
        self.next_button = QPushButton()  # its text follows the step (show_item)
        self.translated(self.next_button.setToolTip, lambda: self.tr("Right arrow or Page Down"))
        self.checkin_button = translated_button(self, lambda: self.tr("&Take attendance…"))
        self.agreements_button = translated_button(
            self, lambda: self.tr("Read the group &agreements")
        )
        self.circle_button = translated_button(self, lambda: self.tr("&Start the sharing circle"))
        self.leave_button = translated_button(self, lambda: self.tr("Leave (Esc)"))
        steps = [
            self.previous_button,
            self.next_button,
            self.checkin_button,
            self.agreements_button,
            self.circle_button,
        ]
        buttons = QHBoxLayout()
        # Wraps onto a second line rather than widening the window past a netbook's screen.
        buttons.addWidget(ActionRow(steps), 1)
        buttons.addWidget(self.leave_button)
        return buttons

    def _apply_fonts(self) -> None:
        """Sizes relative to the body text, so the text-size preference reaches this screen."""
        for widget, factor, bold in (
            (self.kind_label, 1.6, False),
            (self.next_label, 1.7, False),
            (self.meeting_clock, 1.6, True),
            (self.pace_label, 1.2, False),
            (self.header_label, 1.3, False),
            (self.agenda_label, 1.3, False),
            (self.agenda_title, 1.2, True),
            (self.planned_label, 1.1, False),
            # The card's own sizes are set here, once it is in this view: set in its own
            # constructor, before the style sheet polished it, they were reset to the body size
            # (the text to read aloud came out smaller than the notes).
            (self.script_card.title, 1.2, True),
            (self.script_card.text_label, NOTES_FACTOR, False),
        ):
            widget.setFont(scaled_font(factor, bold))
        self.progress.setFixedHeight(max(12, self.fontMetrics().height() // 2 + 4))
        lines = self.notes_card.apply_fonts()
        self.script_card.scroller.setMinimumHeight(lines)  # the text to read, as readable
        for button in self.findChildren(QPushButton):
            # The card's own button is a side action: body text, so the text above it has room.
            # The others stay on one line at large text on a netbook: large, not larger.
            font = row_font(1.3)
            button.setFont(scaled_font(1.0) if button is self.script_card.edit_button else font)
        self._fit_time()
        self.title_label.refit()

    def _fit_time(self) -> None:
        font = time_font(self.time_label, self.height())
        if font != self.time_label.font():
            self.time_label.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_time()
        self.title_label.refit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._apply_fonts()
        super().changeEvent(event)

    def retranslate(self) -> None:
        super().retranslate()
        self._apply_fonts()

    def show_item(self, run: MeetingRun, notes: str, theme: str) -> None:
        """The current item: its place, clock, progress, notes and text, what follows it, and
        the steps it offers."""
        item = run.current
        self.kind_label.setText(
            self.tr("Item {number} of {count} · {kind}").format(
                number=run.index + 1, count=len(run.items), kind=kind_label(item.kind)
            )
        )
        self.title_label.show_title(item.title or kind_label(item.kind))
        self._show_time(run.item_elapsed(), run.item_remaining(), theme)
        self.progress.setRange(0, max(1, item.planned_seconds))
        self.progress.setValue(min(item.planned_seconds, int(run.item_elapsed())))
        self.planned_label.setText(
            self.tr("Planned: {minutes} min").format(minutes=item.planned_seconds // 60)
        )
        self.notes_card.show_notes(notes, theme)
        self.script_card.show_step(item.kind)
        checkout = item.kind == ItemKind.CLOSING or run.is_last
        # Hide one before showing the other: for an instant both would need more than a
        # netbook's height, and the window would grow past the screen's edge.
        shown, hidden = (
            (self.checkout_panel, self.agenda_card)
            if checkout
            else (self.agenda_card, self.checkout_panel)
        )
        hidden.hide()
        shown.show()
        following = run.next_item
        self.next_label.setText(
            self.tr("Next: {title} ({minutes} min)").format(
                title=following.title or kind_label(following.kind),
                minutes=following.planned_seconds // 60,
            )
            if following
            else self.tr("This is the last item.")
        )
        self.previous_button.setEnabled(run.index > 0)
        self.next_button.setText(
            self.tr("&End the meeting…") if run.is_last else self.tr("&Next item")
        )
        self.agreements_button.setVisible(item.kind == ItemKind.AGREEMENTS)
        self.circle_button.setVisible(item.kind == ItemKind.CIRCLE)

    def _show_time(self, elapsed: float, remaining: float, theme: str) -> None:
        self.time_label.setText(
            self.tr("{elapsed} elapsed · {remaining} left").format(
                elapsed=clock_text(elapsed), remaining=clock_text(remaining)
            )
            if remaining >= 0
            else self.tr("{elapsed} elapsed · {over} over").format(
                elapsed=clock_text(elapsed), over=clock_text(-remaining)
            )
        )
        self._fit_time()
        over = colours_for(theme).error.text
        self.time_label.setStyleSheet(f"color: {over};" if remaining < 0 else "")

    def show_meeting(self, run: MeetingRun, theme: str) -> None:
        """The whole meeting: its clock and its agenda with the current item marked."""
        self.meeting_clock.setText(
            self.tr("Meeting: {elapsed} · {remaining} left").format(
                elapsed=clock_text(run.meeting_elapsed()),
                remaining=clock_text(max(0.0, run.meeting_remaining())),
            )
        )
        self.agenda_label.setText(agenda_html(run.items, run.index, colours_for(theme).muted))


def time_font(label: QLabel, window_height: int) -> QFont:
    """The item clock as large as its column allows on one line (wrapped, it reads badly), and
    on a short screen smaller still, giving up height to the text read aloud and the notes."""
    font = scaled_font(TIME_FACTOR, True)
    least = QApplication.font().pointSizeF() * 2
    width = label.contentsRect().width()
    needed = QFontMetrics(font).horizontalAdvance(label.text())
    if 0 < width < needed:
        font.setPointSizeF(max(font.pointSizeF() * width / needed * 0.97, least))
    tall = QFontMetrics(font).height()
    if window_height and tall > window_height / TIME_SHARE:
        font.setPointSizeF(max(least, font.pointSizeF() * window_height / TIME_SHARE / tall))
    return font


def agenda_html(items: Sequence[LiveItem], current: int, muted: str) -> str:
    """Done items dimmed, the current one marked and bold, in a table so minutes align."""
    rows = []
    for index, item in enumerate(items):
        minutes = escaped(minutes_text(item.planned_seconds // 60)).replace(" ", "&nbsp;")
        title = escaped(item.title or kind_label(item.kind))
        if index == current:
            cells = (
                f"<td><b>▶</b></td><td align='right'><b>{minutes}</b></td><td><b>{title}</b></td>"
            )
        elif index < current:
            cells = (
                f"<td></td><td align='right' style='color:{muted}'>{minutes}</td>"
                f"<td style='color:{muted}'>{title}</td>"
            )
        else:
            cells = f"<td></td><td align='right'>{minutes}</td><td>{title}</td>"
        rows.append(f"<tr>{cells}</tr>")
    return f"<table cellspacing='0' cellpadding='4'>{''.join(rows)}</table>"
