"""Safety while a round runs in front of the room: Help now at hand (button and Ctrl+H), no
auto-lock however long the round, and Ctrl+L that keeps the round for after the unlock, locks, and
leaves no name on any window."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from i18n.widget_lists import top_level_widgets
from tests.helpers import answer_box
from tests.helpers.windows import shown, wait_shown
from ui.resources.help_now import HelpNowDialog

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def _past_meeting(window):
    group = window.ctx.group
    return next(
        s
        for s in reversed(group.sessions.sessions())
        if len(group.roster.present_member_ids(s.id)) >= 5
    )


def _running_round(qtbot, window, clock):
    """From the Circle area: the attendance of a past meeting, then Space twice."""
    qtbot.keyClick(window.group_screen, Qt.Key.Key_3, CTRL)
    circle = window.group_screen.screens["circle"]
    setup = circle.setup
    session = _past_meeting(window)
    setup.session_combo.setCurrentIndex(setup.session_combo.findData(session.id))
    qtbot.mouseClick(setup.attendance_button, LEFT)
    assert setup.people.count() >= 5
    qtbot.keyClick(setup.start_button, Qt.Key.Key_Space)
    qtbot.keyClick(circle.running.panel.face, Qt.Key.Key_Space)
    assert circle.round is not None and circle.round.running
    return circle, session


def _phones(dialog: QWidget) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel, "phone")]


def _close_with_esc(qtbot, dialog: QWidget) -> None:
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shown(HelpNowDialog))


def test_help_now_from_the_running_circle(qtbot, clock, demo_window) -> None:
    circle, _session = _running_round(qtbot, demo_window, clock)
    qtbot.mouseClick(circle.running.buttons["help"], LEFT)
    dialog = wait_shown(qtbot, HelpNowDialog)
    qtbot.waitUntil(dialog.isActiveWindow)  # the keys are the dialog's at once
    assert {"3114", "15"} <= set(_phones(dialog))
    _close_with_esc(qtbot, dialog)

    clock.advance(30)
    demo_window.activateWindow()  # the window manager gives the main window back
    qtbot.waitUntil(demo_window.isActiveWindow)
    QTest.keyClick(demo_window.windowHandle(), Qt.Key.Key_Space)  # the round's keys still work
    assert not circle.round.running

    QTest.keyClick(demo_window.windowHandle(), Qt.Key.Key_H, CTRL)
    dialog = wait_shown(qtbot, HelpNowDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert {"3114", "15"} <= set(_phones(dialog))
    _close_with_esc(qtbot, dialog)
    assert circle.stack.currentWidget() is circle.running

    # From the presenter screen (it faces the room), Help now opens over the host's window.
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    qtbot.keyClick(circle.running.panel.face, Qt.Key.Key_F5)
    presenter = circle.running.presenter
    qtbot.waitExposed(presenter)
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    QTest.keyClick(presenter.windowHandle(), Qt.Key.Key_H, CTRL)
    dialog = wait_shown(qtbot, HelpNowDialog)
    assert dialog.windowHandle().transientParent() is demo_window.windowHandle()
    dialog.reject()


def _visible_texts() -> str:
    texts: list[str] = []
    for top in top_level_widgets():
        if not top.isVisible():
            continue
        texts.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
                texts.append(widget.text())
            if isinstance(widget, QComboBox):
                texts += [widget.itemText(i) for i in range(widget.count())]
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                texts += [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    return "\n".join(texts)


def test_no_auto_lock_during_a_round_and_ctrl_l_keeps_it(qtbot, clock, demo_window) -> None:
    window = demo_window
    names = [m.pseudonym for m in window.ctx.group.roster.members()]
    # The walk does see names, once Members is built (the areas after the first follow its paint).
    qtbot.waitUntil(lambda: any(name in _visible_texts() for name in names))
    sessions = window.group_screen.screens["sessions"]
    qtbot.mouseClick(sessions.run_button, LEFT)  # the meeting runs too, stepped aside
    live = sessions.live
    qtbot.waitExposed(live)
    for _ in range(3):
        qtbot.keyClick(live, Qt.Key.Key_Right)
    qtbot.mouseClick(live.circle_button, LEFT)
    qtbot.waitUntil(lambda: not live.isVisible())
    circle, session = _running_round(qtbot, window, clock)

    limit = window.autolock.idle_limit_seconds
    for _ in range(4):  # an hour and more of nobody touching the laptop
        clock.advance(limit)
        assert window.autolock.check() is False
    window.autolock.lock_now()  # the screen saver starting does not lock either
    assert not window.is_locked and circle.round.running

    clock.advance(95)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.is_locked)
    texts = _visible_texts()
    assert [name for name in names if name in texts] == []
    assert not window.ctx.autolock_inhibited  # the meeting, stepped aside, ended with the lock
    qtbot.waitUntil(lambda: not shiboken6.isValid(live))  # and nothing of it stays in memory

    # The round is kept as it was and comes back with the unlock; ended, it is saved.
    qtbot.mouseClick(window.start_screen.demo_button, LEFT)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10_000)
    circle = window.group_screen.screens["circle"]
    assert circle.round is not None and circle.round.running
    answer_box(QMessageBox.StandardButton.Yes)  # the others are still waiting: asked once
    qtbot.mouseClick(circle.running.buttons["end"], LEFT)
    group = window.ctx.group
    [(round_, turns)] = group.circle.rounds_for_session(session.id)[-1:]
    # The demo keeps no per-person times: the round's balance holds the one turn, with the
    # seconds the lock lasted.
    assert turns == [] and round_.spoke_count == 1
    assert round_.median_turn_seconds is not None and round_.median_turn_seconds >= 4 * limit + 95

    # Once no round runs (and the meeting is closed), the same idle time does lock.
    window.group_screen.screens["sessions"].live.reject()
    clock.advance(limit + 1)
    assert window.autolock.check() is True
    assert window.is_locked
