"""Locking in the middle of a meeting: after the unlock the host is back where they were, the
meeting at the same item and the circle with its order and remaining times, the time that passed
while locked counted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app import demo, live_state
from app.circle import TurnState
from tests.e2e.test_circle_safety import _running_round
from tests.helpers import answer_box, answer_by_keys, beside, type_text
from ui.sessions.live_view import LiveView

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
BASE = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)


def _unlock_demo(qtbot, window) -> None:
    from app import demo

    start = window.start_screen
    start.passphrase_edit.clear()
    type_text(start.passphrase_edit, demo.DEMO_PASSPHRASE)
    qtbot.keyClick(start.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10_000)


def _run_meeting(qtbot, clock, window) -> LiveView:
    """The demo's next meeting run, on the test's clock."""
    window.ctx.utc_clock = lambda: BASE + timedelta(seconds=clock.now)
    sessions = window.group_screen.screens["sessions"]
    qtbot.mouseClick(sessions.run_button, LEFT)
    qtbot.waitExposed(sessions.live)
    return sessions.live


def test_lock_then_unlock_brings_back_the_meeting_and_the_circle(qtbot, clock, demo_window) -> None:
    window = demo_window
    live = _run_meeting(qtbot, clock, window)
    for _ in range(3):
        qtbot.keyClick(live, Qt.Key.Key_Right)
    session_id, step, title = live.session.id, live.run.index, live.title_label.text()
    clock.advance(120)
    qtbot.mouseClick(live.circle_button, LEFT)
    qtbot.waitUntil(lambda: not live.isVisible())
    circle, _past = _running_round(qtbot, window, clock)
    clock.advance(50)
    qtbot.keyClick(circle.running.panel.face, Qt.Key.Key_Right)  # the second speaker starts
    clock.advance(40)
    round_ = circle.round
    order = [t.speaker.label for t in round_.turns]
    remaining = round_.remaining()
    meeting_elapsed = live.run.meeting_elapsed()

    QTest.keyClick(window.windowHandle(), Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.is_locked)
    clock.advance(30)  # the room went on while the laptop was locked
    _unlock_demo(qtbot, window)

    sessions = window.group_screen.screens["sessions"]
    circle = window.group_screen.screens["circle"]
    live = sessions.live
    assert live is not None and live.in_progress and live.session.id == session_id
    assert live.run.index == step and live.title_label.text() == title
    assert live.run.meeting_elapsed() == meeting_elapsed + 30
    assert not live.isVisible()  # stepped aside for the circle, as before the lock
    assert window.group_screen.stack.currentWidget() is circle
    assert circle.stack.currentWidget() is circle.running
    resumed = circle.round
    assert [t.speaker.label for t in resumed.turns] == order
    assert resumed.index == 1 and resumed.turns[0].state is TurnState.DONE
    assert resumed.current.state is TurnState.SPEAKING
    assert resumed.remaining() == remaining - 30
    assert round(resumed.turns[0].spoken(clock.now)) == 50
    assert window.ctx.autolock_inhibited  # the round runs: no auto-lock in front of the room

    answer_box(QMessageBox.StandardButton.No)  # four people still waiting: asked, kept going
    qtbot.mouseClick(circle.running.buttons["end"], LEFT)
    assert circle.round is not None and not circle.round.ended
    answer_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(circle.running.buttons["end"], LEFT)
    assert circle.stack.currentWidget() is circle.summary
    assert window.ctx.group.live.load_circle(window.ctx.utc_clock) is None


def test_a_state_from_another_evening_is_not_resumed(qtbot, clock, demo_window) -> None:
    window = demo_window
    _run_meeting(qtbot, clock, window)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.is_locked)
    clock.advance(live_state.MAX_GAP_SECONDS + 1)
    _unlock_demo(qtbot, window)
    assert window.group_screen.screens["sessions"].live is None
    with beside(window.ctx.group, demo.DEMO_PASSPHRASE) as db:  # cleared, not only too old
        assert db.meta(live_state.MEETING_KEY) is None


def test_a_wall_clock_set_back_while_locked_loses_nothing(qtbot, clock, demo_window) -> None:
    """NTP sets the clock back a few seconds as the laptop wakes: the meeting and the round were
    "saved in the future", and both were dropped. They carry on, as if unlocked at once."""
    window = demo_window
    live = _run_meeting(qtbot, clock, window)
    qtbot.mouseClick(live.circle_button, LEFT)
    qtbot.waitUntil(lambda: not live.isVisible())
    circle, _past = _running_round(qtbot, window, clock)
    clock.advance(40)
    remaining = circle.round.remaining()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.is_locked)
    window.ctx.utc_clock = lambda: BASE + timedelta(seconds=clock.now - 3)
    _unlock_demo(qtbot, window)
    live = window.group_screen.screens["sessions"].live
    circle = window.group_screen.screens["circle"]
    assert live is not None and live.in_progress
    assert circle.round is not None and circle.round.remaining() == remaining


def test_a_round_kept_from_another_evening_reaches_the_meetings_history(
    qtbot, clock, demo_window
) -> None:
    """Locked mid-round and opened the next day: the round is not carried on, but recorded as
    ended at its lock, with what each had spoken, as End would have; it was lost before."""
    window = demo_window
    live = _run_meeting(qtbot, clock, window)
    qtbot.mouseClick(live.circle_button, LEFT)
    qtbot.waitUntil(lambda: not live.isVisible())
    circle, _past = _running_round(qtbot, window, clock)
    session_id = circle.session_id
    clock.advance(75)
    before = len(window.ctx.group.circle.rounds_for_session(session_id))
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.is_locked)
    locked_at = window.ctx.utc_clock()
    clock.advance(live_state.MAX_GAP_SECONDS + 1)
    _unlock_demo(qtbot, window)
    rounds = [r for r, _turns in window.ctx.group.circle.rounds_for_session(session_id)]
    assert len(rounds) == before + 1
    ended = datetime.fromisoformat(rounds[-1].ended_at.replace("Z", "+00:00"))
    assert ended == locked_at.replace(microsecond=0)  # at its lock, not at the unlock
    assert rounds[-1].spoke_count >= 1  # what was spoken before the lock
    with beside(window.ctx.group, demo.DEMO_PASSPHRASE) as db:  # recorded once, then cleared
        assert db.meta(live_state.CIRCLE_KEY) is None


def test_check_out_counts_entered_are_kept_through_a_lock(qtbot, clock, demo_window) -> None:
    """Counted at the check-out and not saved, then the laptop locked: the meeting carries on
    after the unlock with its counts, as ending or leaving it keeps them."""
    window = demo_window
    live = _run_meeting(qtbot, clock, window)
    for _ in range(20):
        if live.checkout_panel.isVisible():
            break
        qtbot.keyClick(live, Qt.Key.Key_Right)
    assert live.checkout_panel.isVisible()
    session_id = live.session.id
    for key, count in zip(("good", "mixed", "hard"), (5, 3, 1), strict=True):
        spin = live.checkout_panel.spins[key]
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(spin, str(count))
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.is_locked)
    _unlock_demo(qtbot, window)
    stored = window.ctx.group.sessions.get(session_id)
    assert (stored.checkout_good, stored.checkout_mixed, stored.checkout_hard) == (5, 3, 1)
    live = window.group_screen.screens["sessions"].live
    assert live is not None and live.checkout_panel.counts() == (5, 3, 1)


def test_a_meeting_whose_agenda_changed_while_locked_says_it_starts_again(
    qtbot, clock, demo_window
) -> None:
    """Its items reordered while locked (a co-host's file merged in; the meeting's own Edit is
    off while it runs): the saved times would go to the wrong items, so it starts again at the
    first item, and says so instead of silently."""
    window = demo_window
    live = _run_meeting(qtbot, clock, window)
    for _ in range(2):
        qtbot.keyClick(live, Qt.Key.Key_Right)
    sessions = window.ctx.group.sessions
    items = sessions.agenda(live.session.id)
    sessions.save_session(live.session, [items[1], items[0], *items[2:]])  # as many items
    clock.advance(60)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.is_locked)
    asked = answer_by_keys(Qt.Key.Key_Return)
    _unlock_demo(qtbot, window)
    live = window.group_screen.screens["sessions"].live
    assert live is not None and live.isVisible() and live.run.index == 0
    qtbot.waitUntil(lambda: bool(asked))
    assert "changed while the group was locked" in asked[0]
    assert live.title_label.text() == items[1].title
