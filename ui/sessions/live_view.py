"""Run the meeting: a full-window view for the host with the current item, its times, what comes
next and the whole-meeting clock. Times are read from a monotonic clock on every repaint; the
QTimer only asks for repaints, so a stalled or sleeping laptop still shows the right times."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QFontMetrics,
    QHideEvent,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
)
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

from app import live_state
from app.group import OpenGroup
from app.live import LiveItem, MeetingRun, Pace, pace
from app.model import ItemKind, Session, SessionStatus
from ui.common.adaptive import ActionRow
from ui.common.ask import confirm
from ui.common.messages import stored_or_warned
from ui.common.plain_text import MarkupLabel, PlainLabel, escaped
from ui.common.retranslate import Retranslating
from ui.common.side_scroll import SideScroll
from ui.common.theme import colours_for, row_font, scaled_font
from ui.context import Area, UiContext
from ui.sessions.checkout_panel import CheckoutPanel
from ui.sessions.labels import clock_text, kind_label, long_when, minutes_text
from ui.sessions.pace_label import PaceLabel
from ui.sessions.script_card import ScriptCard

REPAINT_MS = 250
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)
MEETING_SHARE = 0.9  # of the screen's width and height
NOTES_FACTOR = 1.8  # times the body text: read at arm's length, standing
NOTES_LINES = 3  # notes and text to read never shorter than this many lines: they scroll
TIME_FACTOR = 5.2  # times the body text, shrunk to fit the column
TIME_SHARE = 11  # the item clock's line is at most this fraction of the window's height


class LiveView(Retranslating, QDialog):
    def __init__(
        self,
        ctx: UiContext,
        group: OpenGroup,
        session: Session,
        clock: Callable[[], float] | None = None,
        parent: QWidget | None = None,
        resume: live_state.SavedMeeting | None = None,
    ) -> None:
        super().__init__(parent)
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
        if resume is not None:
            live_state.resume_meeting(self.run, resume)
        self._kept_for_unlock = False
        self.finished_meeting = False
        self.in_progress = True  # until the view is closed; it may be hidden during the circle
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(REPAINT_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ctx.inhibit_autolock("meeting", True)
        ctx.meeting_pace = self.pace
        ctx.navigate_requested.connect(self.step_aside)
        ctx.data_changed.connect(self._data_changed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.finished.connect(self._stop)
        self.retranslate()

    def _build(self) -> None:
        self.setObjectName("liveView")
        self.header_label = PlainLabel()
        self.header_label.setObjectName("liveHeader")
        self.header_label.setWordWrap(True)
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
        self.checkout_panel = CheckoutPanel(self.group, self.session)
        side.addWidget(self.checkout_panel, 1)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(self._build_current(), 3)
        body.addLayout(side, 1)
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 10, 28, 10)  # room for the notes on a 600-pixel screen
        root.setSpacing(10)
        root.addLayout(top)
        root.addLayout(body, 1)
        root.addLayout(self._build_buttons())

    def _build_current(self) -> QVBoxLayout:
        """The current item: what it is, its clock and progress, the host's notes, what follows.
        The notes card takes the spare height so the screen reads top to bottom without gaps."""
        self.kind_label = PlainLabel()
        self.kind_label.setObjectName("liveKind")
        self.title_label = PlainLabel()
        self.title_label.setObjectName("liveTitle")
        self.title_label.setWordWrap(True)
        self.time_label = PlainLabel()
        self.time_label.setObjectName("liveTime")
        self.time_label.setWordWrap(True)  # in large text it would push the window off screen
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.planned_label = PlainLabel()
        self.planned_label.setObjectName("muted")
        self.notes_title = PlainLabel()
        self.notes_title.setObjectName("sectionTitle")
        self.notes_label = PlainLabel()
        self.notes_label.setObjectName("liveNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Long notes scroll inside their card; a short window never squeezes them below a few
        # readable lines (the card's minimum, set with the fonts).
        self.notes_scroll = SideScroll(self.notes_label)
        notes_card = _card(self.notes_title, self.notes_scroll)
        # The step's read-aloud text, large, with the host's notes beside it.
        self.script_card = ScriptCard(self.group, self.session)
        step = QHBoxLayout()
        step.setSpacing(16)
        step.addWidget(self.script_card, 2)
        step.addWidget(notes_card, 1)
        self.next_label = PlainLabel()
        self.next_label.setObjectName("liveNext")
        self.next_label.setWordWrap(True)
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
        self.agenda_title = PlainLabel()
        self.agenda_title.setObjectName("sectionTitle")
        self.agenda_label = MarkupLabel()
        self.agenda_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.agenda_label.setWordWrap(True)
        self.agenda_label.setObjectName("liveAgenda")
        # A long agenda scrolls inside its card instead of being cut at the bottom.
        card = _card(self.agenda_title, SideScroll(self.agenda_label))
        card.setMinimumWidth(300)
        return card

    def _build_buttons(self) -> QHBoxLayout:
        self.previous_button = QPushButton()
        self.previous_button.clicked.connect(self.previous)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.next_or_finish)
        self.checkin_button = QPushButton()
        self.checkin_button.clicked.connect(
            lambda: self.ctx.checkin_requested.emit(self.session.id)
        )
        self.agreements_button = QPushButton()
        self.agreements_button.clicked.connect(self.ctx.agreements_requested)
        self.circle_button = QPushButton()
        self.circle_button.clicked.connect(self.start_circle)
        self.leave_button = QPushButton()
        self.leave_button.clicked.connect(self.ask_leave)
        buttons = QHBoxLayout()
        for button in (
            self.previous_button,
            self.next_button,
            self.checkin_button,
            self.agreements_button,
            self.circle_button,
            self.leave_button,
        ):
            button.setAutoDefault(False)
        self.next_button.setDefault(True)  # the step a host takes most: shown as the main one
        # Wraps onto a second line rather than widening the window past a netbook's screen.
        steps = ActionRow(
            [
                self.previous_button,
                self.next_button,
                self.checkin_button,
                self.agreements_button,
                self.circle_button,
            ]
        )
        buttons.addWidget(steps, 1)
        buttons.addWidget(self.leave_button)
        return buttons

    def _apply_fonts(self) -> None:
        """Sizes relative to the body text, so the text-size preference reaches this screen."""
        for widget, factor, bold in (
            (self.title_label, 3.2, True),
            (self.kind_label, 1.6, False),
            (self.notes_label, NOTES_FACTOR, False),
            # The read-aloud text at the notes' size: set here, once the card is in this view
            # (a size set in the card's own constructor was lost when the view took it in).
            (self.script_card.text_label, NOTES_FACTOR, False),
            (self.script_card.title, 1.2, True),
            (self.next_label, 1.7, False),
            (self.meeting_clock, 1.6, True),
            (self.pace_label, 1.2, False),
            (self.header_label, 1.3, False),
            (self.agenda_label, 1.3, False),
            (self.notes_title, 1.2, True),
            (self.agenda_title, 1.2, True),
            (self.planned_label, 1.1, False),
            # Set again here: the card's own sizes, set before the style sheet polished it,
            # were reset to the body size (the text to read aloud came out smaller than notes).
            (self.script_card.title, 1.2, True),
            (self.script_card.text_label, 1.8, False),
        ):
            widget.setFont(scaled_font(factor, bold))
        self.progress.setFixedHeight(max(12, self.fontMetrics().height() // 2 + 4))
        lines = QFontMetrics(self.notes_label.font()).lineSpacing() * NOTES_LINES
        self.notes_scroll.setMinimumHeight(lines)
        self.script_card.scroller.setMinimumHeight(lines)  # the text to read, as readable
        for button in self.findChildren(QPushButton):
            # The card's own button is a side action: body text, so the text above it has room.
            # The others stay on one line at large text on a netbook: large, not larger.
            font = row_font(1.3)
            button.setFont(scaled_font(1.0) if button is self.script_card.edit_button else font)
        self._fit_time()

    def _fit_time(self) -> None:
        """The item clock as large as its column allows on one line: wrapped, it reads badly."""
        font = scaled_font(TIME_FACTOR, True)
        width = self.time_label.contentsRect().width()
        needed = QFontMetrics(font).horizontalAdvance(self.time_label.text())
        if 0 < width < needed:
            font.setPointSizeF(
                max(font.pointSizeF() * width / needed * 0.97, QApplication.font().pointSizeF() * 2)
            )
        # On a short screen the clock gives up height to the text read aloud and the notes.
        tall = QFontMetrics(font).height()
        if self.height() and tall > self.height() / TIME_SHARE:
            least = QApplication.font().pointSizeF() * 2
            font.setPointSizeF(max(least, font.pointSizeF() * self.height() / TIME_SHARE / tall))
        if font != self.time_label.font():
            self.time_label.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_time()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._apply_fonts()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._apply_fonts()
        self.setWindowTitle(self.tr("Meeting in progress"))
        self.previous_button.setText(self.tr("Previous item"))
        self.previous_button.setToolTip(self.tr("Left arrow or Page Up"))
        self.checkin_button.setText(self.tr("&Take attendance…"))
        self.agreements_button.setText(self.tr("Read the group &agreements"))
        self.circle_button.setText(self.tr("&Start the sharing circle"))
        self.leave_button.setText(self.tr("Leave (Esc)"))
        self.notes_title.setText(self.tr("Notes for this item"))
        self.agenda_title.setText(self.tr("Agenda"))
        when = long_when(self.session)
        self.header_label.setText(" — ".join(t for t in (when, self.session.theme) if t))
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus()  # arrows go to the meeting, not to a button
        self.ctx.inhibit_autolock("meeting", self.in_progress)

    def hideEvent(self, event: QHideEvent) -> None:
        # Stepped aside for the circle (which holds auto-lock off itself) or minimised: a meeting
        # no one can see must not keep the group unlocked if the laptop is left alone.
        super().hideEvent(event)
        self.ctx.inhibit_autolock("meeting", False)

    def refresh(self) -> None:
        run = self.run
        item = run.current
        self.kind_label.setText(
            self.tr("Item {number} of {count} · {kind}").format(
                number=run.index + 1, count=len(run.items), kind=kind_label(item.kind)
            )
        )
        self.title_label.setText(item.title or kind_label(item.kind))
        remaining = run.item_remaining()
        if remaining >= 0:
            self.time_label.setText(
                self.tr("{elapsed} elapsed · {remaining} left").format(
                    elapsed=clock_text(run.item_elapsed()), remaining=clock_text(remaining)
                )
            )
        else:
            self.time_label.setText(
                self.tr("{elapsed} elapsed · {over} over").format(
                    elapsed=clock_text(run.item_elapsed()), over=clock_text(-remaining)
                )
            )
        self._fit_time()
        over = colours_for(self.ctx.prefs.theme).error.text
        self.time_label.setStyleSheet(f"color: {over};" if remaining < 0 else "")
        self.progress.setRange(0, max(1, item.planned_seconds))
        self.progress.setValue(min(item.planned_seconds, int(run.item_elapsed())))
        self.planned_label.setText(
            self.tr("Planned: {minutes} min").format(minutes=item.planned_seconds // 60)
        )
        self._show_notes(self.notes[run.index])
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
        self.meeting_clock.setText(
            self.tr("Meeting: {elapsed} · {remaining} left").format(
                elapsed=clock_text(run.meeting_elapsed()),
                remaining=clock_text(max(0.0, run.meeting_remaining())),
            )
        )
        self.pace_label.show_pace(self.pace(), self.ctx.wall_clock(), self.ctx.prefs.theme)
        self.agenda_label.setText(self._agenda_html())
        self.previous_button.setEnabled(run.index > 0)
        self.next_button.setText(
            self.tr("&End the meeting…") if run.is_last else self.tr("&Next item")
        )
        self.next_button.setToolTip(self.tr("Right arrow or Page Down"))
        self.agreements_button.setVisible(item.kind == ItemKind.AGREEMENTS)
        self.circle_button.setVisible(item.kind == ItemKind.CIRCLE)

    def pace(self, current_left: float | None = None) -> Pace:
        """The meeting against its agenda; the circle passes what its round still needs."""
        return pace(self.run, current_left)

    def _data_changed(self, area: str) -> None:
        # A newcomer checked in, a resource or the next meeting edited: the text may change.
        if (
            area in (Area.ATTENDANCE, Area.MEMBERS, Area.RESOURCES, Area.SESSIONS)
            and self.in_progress
        ):
            self.script_card.refresh()

    def _show_notes(self, notes: str) -> None:
        muted = colours_for(self.ctx.prefs.theme).muted
        sheet = "" if notes.strip() else f"color: {muted};"
        if sheet != self.notes_label.styleSheet():
            self.notes_label.setStyleSheet(sheet)
            # A style sheet set or cleared gives the label its parent's font back.
            self.notes_label.setFont(scaled_font(NOTES_FACTOR))
        self.notes_label.setText(
            notes.strip()
            or self.tr("No notes for this item. You can add some in the session's agenda.")
        )

    def _agenda_html(self) -> str:
        """Done items dimmed, the current one marked and bold, in a table so minutes align."""
        muted = colours_for(self.ctx.prefs.theme).muted
        rows = []
        for index, item in enumerate(self.run.items):
            minutes = escaped(minutes_text(item.planned_seconds // 60)).replace(" ", "&nbsp;")
            title = escaped(item.title or kind_label(item.kind))
            if index == self.run.index:
                cells = (
                    f"<td><b>▶</b></td><td align='right'><b>{minutes}</b></td>"
                    f"<td><b>{title}</b></td>"
                )
            elif index < self.run.index:
                cells = (
                    f"<td></td><td align='right' style='color:{muted}'>{minutes}</td>"
                    f"<td style='color:{muted}'>{title}</td>"
                )
            else:
                cells = f"<td></td><td align='right'>{minutes}</td><td>{title}</td>"
            rows.append(f"<tr>{cells}</tr>")
        return f"<table cellspacing='0' cellpadding='4'>{''.join(rows)}</table>"

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

    def finish(self) -> None:
        held: list[Session] = []
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
        ):
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
        """A lock in the middle of the meeting: it carries on after the unlock, where it was."""
        if self.in_progress and self.group.is_open:
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


def _card(title: QLabel, content: QWidget) -> QFrame:
    card = QFrame()
    card.setObjectName("card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(8)
    layout.addWidget(title)
    layout.addWidget(content, 1)  # a scroll area: it takes the card's height, and scrolls
    return card
