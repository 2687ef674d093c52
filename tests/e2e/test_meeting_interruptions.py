"""What interrupts a meeting, as the host meets it: the circle taking the window, Help now, the
presenter view on a laptop alone, and Esc."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from tests.e2e.test_circle_safety import _running_round
from tests.helpers import answer_box, answer_box_with
from tests.helpers.windows import shown, wait_shown
from ui.resources.help_now import HelpNowDialog

LEFT = Qt.MouseButton.LeftButton


def _meeting_at_the_circle(qtbot, window):
    """The meeting runs; at its sharing-circle item the host starts the circle and a round."""
    sessions = window.group_screen.screens["sessions"]
    qtbot.mouseClick(sessions.run_button, LEFT)
    live = sessions.live
    qtbot.waitExposed(live)
    while not live.circle_button.isVisible():
        qtbot.keyClick(live, Qt.Key.Key_Right)
    qtbot.mouseClick(live.circle_button, LEFT)
    qtbot.waitUntil(lambda: not live.isVisible())
    assert window.group_screen.current_area() == "circle"
    # Tonight's check-in is not taken in the demo: the people of a past meeting take part.
    circle, _session = _running_round(qtbot, window, None)
    return live, circle


def test_the_meeting_is_one_click_away_and_comes_back_when_the_round_ends(
    qtbot, clock, demo_window
) -> None:
    live, circle = _meeting_at_the_circle(qtbot, demo_window)
    button = circle.running.meeting_button
    assert button.isVisible() and button.text() == "Back to the meeting"
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(live.isVisible)
    assert circle.round.running  # the round carries on behind the meeting window
    qtbot.mouseClick(live.circle_button, LEFT)  # and the way back to the round
    qtbot.waitUntil(lambda: not live.isVisible())
    assert circle.stack.currentWidget() is circle.running and circle.round.running

    clock.advance(30)
    answer_box(QMessageBox.StandardButton.Yes)  # people still waiting
    qtbot.mouseClick(circle.running.buttons["end"], LEFT)
    qtbot.waitUntil(live.isVisible)  # the meeting is back in front, at its circle item
    assert live.in_progress and live.circle_button.isVisible()
    assert circle.stack.currentWidget() is circle.summary


def test_a_circle_outside_a_meeting_offers_no_way_to_one(qtbot, clock, demo_window) -> None:
    circle, _session = _running_round(qtbot, demo_window, clock)
    assert circle.running.isVisible() and not circle.running.meeting_button.isVisible()


def test_help_now_pauses_the_speakers_time_and_gives_it_back(qtbot, clock, demo_window) -> None:
    _live, circle = _meeting_at_the_circle(qtbot, demo_window)
    round_ = circle.round
    clock.advance(20)
    qtbot.mouseClick(circle.running.buttons["help"], LEFT)
    dialog = wait_shown(qtbot, HelpNowDialog)
    assert not round_.running and "Paused" in circle.running.panel.state.text()
    clock.advance(90)  # someone in the room needed the numbers
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shown(HelpNowDialog))
    assert round_.running
    assert round(round_.current.spoken(clock.now)) == 20  # the 90 s of Help now not counted


def test_help_now_does_not_restart_a_turn_the_host_had_paused(qtbot, clock, demo_window) -> None:
    _live, circle = _meeting_at_the_circle(qtbot, demo_window)
    qtbot.keyClick(circle.running.panel.face, Qt.Key.Key_Space)  # paused by the host
    qtbot.mouseClick(circle.running.buttons["help"], LEFT)
    dialog = wait_shown(qtbot, HelpNowDialog)
    dialog.reject()
    qtbot.waitUntil(lambda: not shown(HelpNowDialog))
    assert not circle.round.running


def test_on_a_single_screen_the_presenter_view_says_how_back_and_one_esc_does_it(
    qtbot, clock, demo_window
) -> None:
    assert len(QGuiApplication.screens()) == 1  # the offscreen platform: a laptop alone
    _live, circle = _meeting_at_the_circle(qtbot, demo_window)
    qtbot.keyClick(circle.running.panel.face, Qt.Key.Key_F5)
    presenter = circle.running.presenter
    qtbot.waitExposed(presenter)
    assert presenter.back_hint.isVisible()
    assert presenter.back_hint.text() == "Esc: back to the host's controls"
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    QTest.keyClick(presenter.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: circle.running.presenter is None)
    assert circle.round.running  # only the view went; the round goes on


def test_esc_asks_before_leaving_the_meeting(qtbot, clock, one_screen) -> None:
    from ui.sessions.sessions_screen import SessionsScreen

    sessions = one_screen(SessionsScreen)
    qtbot.mouseClick(sessions.run_button, LEFT)
    live = sessions.live
    qtbot.waitExposed(live)
    qtbot.keyClick(live, Qt.Key.Key_Right)
    answer_box(QMessageBox.StandardButton.No)
    qtbot.keyClick(live, Qt.Key.Key_Escape)
    assert live.isVisible() and live.in_progress and live.run.index == 1
    answer_box_with("Leave")
    qtbot.mouseClick(live.leave_button, LEFT)
    assert not live.isVisible() and not live.in_progress
