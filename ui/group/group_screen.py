"""The unlocked group: its name, the area navigation, Help now and Lock."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol, runtime_checkable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import live_state
from app.group import OpenGroup
from ui.circle.circle_screen import CircleScreen
from ui.common.adaptive import PageStack
from ui.common.messages import stored_or_warned
from ui.common.modal import held_by_dialog, open_modal
from ui.common.plain_text import PlainLabel, plain_tip, shown
from ui.common.retranslate import Retranslating, plain_labels, translated_button
from ui.common.shortcuts import bind_keys
from ui.context import UiContext
from ui.group import areas
from ui.group.help_now_keys import HELP_NOW_SHORTCUT, HelpNowKeys
from ui.resources import actions as resource_actions
from ui.roster.checkin import CheckInDialog
from ui.sessions.live_view import LiveView
from ui.sessions.sessions_screen import SessionsScreen

AREAS = areas.AREAS
FIRST_AREA = "sessions"


# The areas that show one of their records by id (ui/roster, ui/resources: built late, so not
# imported here).
@runtime_checkable
class SelectsMembers(Protocol):
    def select_member(self, member_id: str) -> None: ...


@runtime_checkable
class ShowsResources(Protocol):
    def show_resource(self, resource_id: str) -> None: ...


def _keys(sequence: str) -> str:
    """A shortcut as the host's system writes it (Ctrl+1, ⌘1...)."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class _Areas(dict[str, QWidget]):
    """The areas built so far; asking for another builds it there and then."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, area: str) -> QWidget:
        if area not in AREAS:
            raise KeyError(area)
        return self._build(area)


class GroupScreen(Retranslating, QWidget):
    def __init__(self, ctx: UiContext, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        # Only the first area is built before the first paint; the others follow one per
        # event-loop turn once it is on screen (build_other_areas), or at once when asked for.
        self.screens = _Areas(self._build_area)
        self._others_timer = QTimer(self)
        self._others_timer.setSingleShot(True)
        self._others_timer.timeout.connect(self.build_other_areas)
        self.help_now = HelpNowKeys(ctx, group, self)  # also over any dialog
        self._build()
        ctx.navigate_requested.connect(self.show_area)
        ctx.record_requested.connect(self.show_record)
        ctx.help_now_requested.connect(self.open_help_now)
        ctx.circle_requested.connect(self.open_circle)
        ctx.checkin_requested.connect(self.open_checkin)
        ctx.agreements_requested.connect(self.open_agreements)
        self.show_area(FIRST_AREA)

    def _build(self) -> None:
        self.header = self._build_header()
        self.nav = self._build_nav()
        self.stack = PageStack()
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(self.nav)
        area_layout = QVBoxLayout()
        area_layout.setContentsMargins(18, 16, 18, 16)
        area_layout.addWidget(self.stack)
        body.addLayout(area_layout, 1)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self.header)
        root.addLayout(body, 1)
        help_now = [(HELP_NOW_SHORTCUT, self.open_help_now)]
        bind_keys(self, help_now, Qt.ShortcutContext.ApplicationShortcut)

    def _build_header(self) -> QFrame:
        self.group_name = PlainLabel()
        self.group_name.setObjectName("groupName")
        # One line that never widens the window, whatever name a file brought.
        self.group_name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.group_name.setText(shown(self.group.name, 300))
        self.group_name.setToolTip(plain_tip(self.group.name))  # whole, when it is cut
        self.help_button = translated_button(
            self,
            lambda: self.tr("Help now"),
            lambda: plain_tip(
                self.tr("Crisis lines and emergency numbers, in large type ({keys})").format(
                    keys=_keys(HELP_NOW_SHORTCUT)
                )
            ),
            clicked=self.open_help_now,
        )
        self.help_button.setObjectName("helpNow")
        self.lock_button = translated_button(
            self,
            lambda: self.tr("Lock"),
            lambda: self.tr("Close the group and return to the start screen (Ctrl+L)"),
            clicked=self.ctx.lock_requested,
        )
        frame = QFrame()
        frame.setObjectName("header")
        header = QHBoxLayout(frame)
        header.setContentsMargins(20, 10, 16, 10)
        header.setSpacing(10)
        header.addWidget(self.group_name, 1)
        header.addWidget(self.help_button)
        header.addWidget(self.lock_button)
        return frame

    def _build_nav(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("nav")
        nav_layout = QVBoxLayout(frame)
        nav_layout.setContentsMargins(10, 14, 10, 14)
        nav_layout.setSpacing(4)
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.nav_buttons: dict[str, QPushButton] = {}
        names: dict[str, Callable[[], str]] = {
            "sessions": lambda: self.tr("Sessions"),
            "members": lambda: self.tr("Members"),
            "circle": lambda: self.tr("Sharing circle"),
            "resources": lambda: self.tr("Resources"),
            "reports": lambda: self.tr("Reports"),
        }
        for number, area in enumerate(AREAS, start=1):
            tip = partial(self._shortcut_tip, f"Ctrl+{number}")
            button = translated_button(self, names[area], tip)
            button.setCheckable(True)
            button.setObjectName(f"nav_{area}")
            button.clicked.connect(lambda _c=False, a=area: self.show_area(a))
            self.nav_group.addButton(button)
            self.nav_buttons[area] = button
            nav_layout.addWidget(button)
        nav_layout.addStretch(1)
        go_to = [(f"Ctrl+{n}", partial(self.go_to_area, a)) for n, a in enumerate(AREAS, start=1)]
        bind_keys(self, go_to, Qt.ShortcutContext.WindowShortcut)
        return frame

    def _shortcut_tip(self, sequence: str) -> str:
        return plain_tip(self.tr("Shortcut: {keys}").format(keys=_keys(sequence)))

    def _build_area(self, area: str) -> QWidget:
        screen = areas.area_screen(area, self.ctx, self.group, self.stack)
        plain_labels(screen)  # the group screen's own pass ran when it was first shown
        self.screens[area] = screen
        self.stack.addWidget(screen)
        return screen

    def build_other_areas(self) -> None:
        """One missing area per event-loop turn: a click or a key between two is not held up
        by all of them. Called once the first area has painted."""
        missing = [a for a in AREAS if a not in self.screens]
        if missing and held_by_dialog(self._others_timer):
            return  # later, or when asked
        if missing and self.group.is_open:
            self.screens[missing[0]]
            if len(missing) > 1:
                self._others_timer.start(0)

    def build_all_areas(self) -> None:
        self._others_timer.stop()
        for area in AREAS:
            if self.group.is_open:
                self.screens[area]

    def show_area(self, area: str) -> None:
        if area not in AREAS:
            return
        self.stack.setCurrentWidget(self.screens[area])
        self.nav_buttons[area].setChecked(True)

    def show_record(self, table: str, row_id: str) -> None:
        """A record named elsewhere (an export refused for a text too long), in its area."""
        if table in ("members", "resources"):
            self.show_area(table)
            screen = self.screens[table]
            if isinstance(screen, SelectsMembers):
                screen.select_member(row_id)
            elif isinstance(screen, ShowsResources):
                screen.show_resource(row_id)
        elif table in ("sessions", "templates"):  # a meeting, a format
            self.show_area("sessions")
            sessions = self.screens["sessions"]
            if isinstance(sessions, SessionsScreen):
                sessions.show_record(table, row_id)

    def open_circle(self, session_id: str, member_ids: list[str], budget_seconds: int) -> None:
        circle = self.screens["circle"]
        if isinstance(circle, CircleScreen):
            circle.prepare(session_id, member_ids, budget_seconds)
        self.show_area("circle")
        # Asked from the meeting window: the keys now belong to the circle, Space starts it.
        self.window().activateWindow()
        if isinstance(circle, CircleScreen) and circle.stack.currentWidget() is circle.setup:
            circle.setup.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def resume_live(self) -> None:
        """After an unlock: the meeting and the circle that were running at the lock, where they
        were, with the time that passed counted."""
        live_kept, now = self.group.live, self.ctx.utc_clock
        meeting, circle = live_kept.load_meeting(now), live_kept.load_circle(now)
        live = None
        if meeting is not None:
            sessions = self.screens["sessions"]
            live = (
                sessions.resume_meeting(meeting) if isinstance(sessions, SessionsScreen) else None
            )
        round_ = live_state.resume_round(circle, self.ctx.monotonic) if circle else None
        # The circle area is built only when a round comes back: unlock stays quick otherwise.
        circle_screen = self.screens["circle"] if round_ is not None else None
        if round_ is not None and circle is not None and isinstance(circle_screen, CircleScreen):
            if live is not None:
                live.hide()  # stepped aside for the circle, as when the circle was launched
            circle_screen.run_round(round_, circle.session_id)
            self.show_area("circle")
        if round_ is None:  # one kept from another evening still reaches the meeting's history
            stored_or_warned(self, self.tr("Unlock"), partial(live_kept.record_stale_circle, now))
        for key, kept in ((live_state.MEETING_KEY, live), (live_state.CIRCLE_KEY, round_)):
            if kept is None:
                stored_or_warned(self, self.tr("Unlock"), partial(live_kept.clear, key))

    def go_to_area(self, area: str) -> None:
        """From the keyboard (Ctrl+1...): show the area and put the focus inside it."""
        self.show_area(area)
        self.focus_current_area()

    def focus_current_area(self) -> None:
        screen = self.stack.currentWidget()
        if screen is None:
            return
        remembered = screen.focusWidget()  # where the host was in it last
        if remembered is not None and areas.takes_tab(remembered):
            remembered.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif not areas.focus_tab_start(screen):
            self.nav_buttons[self.current_area()].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_area(self) -> str:
        current = self.stack.currentWidget()
        return next(a for a, s in self.screens.items() if s is current)

    def open_help_now(self) -> None:
        self.help_now.open_over(self._dialog_parent())

    def open_checkin(self, session_id: str) -> None:
        """The sessions area asks for a meeting's check-in list (ctx.checkin_requested)."""
        if not self.group.is_open:
            return
        open_modal(CheckInDialog(self.ctx, self.group, session_id, self._dialog_parent()))

    def open_agreements(self) -> None:
        if self.group.is_open:
            resource_actions.open_agreements(self._dialog_parent(), self.group)

    def _dialog_parent(self) -> QWidget:
        """Over the running meeting's window when the host is in it: closing the dialog then
        gives the keys back to the meeting. Never over another window (the circle's presenter
        screen faces the room)."""
        active = QApplication.activeWindow()
        return active if isinstance(active, LiveView) and active.isVisible() else self.window()
