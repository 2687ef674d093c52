"""A whole guided meeting, as a host runs it from the window on a fake clock: check-in with a
newcomer, the welcome text with the newcomer words, the agreement read, a circle where one person
passes and comes back, the meeting shown behind its plan, the closing with the next date, the
check-out counts saved, and nothing per person kept (the demo's setting is off)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication, QMessageBox

from app import demo
from app.live import PaceStatus
from app.model import Category, SessionStatus
from tests.e2e.test_host_evening import _check_in
from tests.helpers import answer_box, beside

LEFT = Qt.MouseButton.LeftButton
NEWCOMER_WORDS = "A special welcome to those here for the first time."


def _following(group):
    today = date.today().isoformat()
    planned = sorted(
        (
            s
            for s in group.sessions.sessions()
            if s.starts_at[:10] >= today and s.status == SessionStatus.PLANNED
        ),
        key=lambda s: s.starts_at,
    )
    return planned[0], planned[1]


def _circle_with_one_coming_back(qtbot, circle, clock) -> None:
    face = circle.running.panel.face
    # The focus comes with the window's activation, late on a loaded machine.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is circle.setup.start_button, timeout=15_000)
    qtbot.keyClick(circle.setup.start_button, Qt.Key.Key_Space)
    qtbot.keyClick(face, Qt.Key.Key_Space)
    first = circle.round.current.speaker.label
    clock.advance(5)
    qtbot.keyClick(face, Qt.Key.Key_R)  # "pass, come back to me at the end"
    waiting = circle.running.waiting_list
    assert waiting.item(waiting.count() - 1).text() == f"{first} (comes back at the end)"
    for _ in range(len(circle.round.upcoming)):
        clock.advance(21 * 60)  # long turns: the meeting falls behind its plan
        qtbot.keyClick(face, Qt.Key.Key_Right)
    assert circle.round.current.speaker.label == first  # offered the word once more
    circle.show_pace()
    assert "behind plan" in circle.running.pace_label.text()
    assert circle.running.pace_label.status is PaceStatus.BEHIND
    qtbot.keyClick(face, Qt.Key.Key_P)  # and passes again
    assert circle.round.complete
    qtbot.keyClick(face, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    values = {k: label.text() for k, label in circle.summary.balance_card.values.items()}
    assert (values["spoke"], values["passed"], values["not_reached"]) == ("2", "1", "0")
    assert not circle.summary.table.isVisible()


def test_a_guided_meeting_from_welcome_to_check_out(qtbot, clock, demo_window) -> None:
    window = demo_window
    group = window.ctx.group
    group_screen = window.group_screen
    sessions = group_screen.screens["sessions"]
    circle = group_screen.screens["circle"]
    tonight, next_one = _following(group)
    start = datetime.fromisoformat(tonight.starts_at)
    origin = clock.now
    window.ctx.wall_clock = lambda: start + timedelta(seconds=clock.now - origin)

    qtbot.mouseClick(sessions.run_button, LEFT)
    live = sessions.live
    qtbot.waitExposed(live)
    script = live.script_card.text_label
    assert script.text().startswith("Welcome to this meeting: ")
    assert NEWCOMER_WORDS not in script.text()
    assert live.pace_label.text().startswith("On time")
    live.activateWindow()
    qtbot.waitUntil(live.isActiveWindow)
    _check_in(qtbot, live)  # Marc, Amina and Zoé, a newcomer
    assert NEWCOMER_WORDS in script.text()

    clock.advance(10 * 60)
    qtbot.keyClick(live, Qt.Key.Key_Right)
    agreement = next(r for r in group.resources.resources() if r.category == Category.AGREEMENT)
    assert script.text().startswith("Let us read our group agreement together:")
    assert agreement.body.strip().splitlines()[0] in script.text()

    for minutes in (5, 15):
        clock.advance(minutes * 60)
        qtbot.keyClick(live, Qt.Key.Key_Right)
    assert "come back to you at the end" in script.text()  # the circle's own words
    qtbot.mouseClick(live.circle_button, LEFT)
    qtbot.waitUntil(lambda: circle.setup.isVisible())
    _circle_with_one_coming_back(qtbot, circle, clock)

    qtbot.keyClick(group_screen, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(sessions.run_button, LEFT)
    qtbot.waitUntil(lambda: live.isVisible())
    assert "behind plan" in live.pace_label.text()
    for _ in range(2):
        qtbot.keyClick(live, Qt.Key.Key_Right)
    assert live.run.current.kind == "closing"
    following = datetime.fromisoformat(next_one.starts_at)
    day = QLocale().toString(
        QDate(following.year, following.month, following.day), QLocale.FormatType.LongFormat
    )
    hour = QLocale().toString(
        QTime(following.hour, following.minute), QLocale.FormatType.ShortFormat
    )
    assert f"Our next meeting: {day} at {hour}." in script.text()
    assert f"{following:%H:%M}:00" not in script.text()  # no seconds, no time zone read aloud
    assert "112" in script.text()  # a Help now line

    panel = live.checkout_panel
    assert panel.isVisible()
    for key, count in (("good", 5), ("mixed", 3), ("hard", 1)):
        spin = panel.spins[key]
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin.lineEdit(), str(count))
    qtbot.mouseClick(panel.save_button, LEFT)
    assert panel.saved_label.text() == "Saved: counts only, never who."
    answer_box(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(live, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: not live.isVisible())

    assert "5 good · 3 mixed · 1 hard" in sessions.panel.label.text()
    held = group.sessions.get(tonight.id)
    assert held.status == SessionStatus.HELD
    assert (held.checkout_good, held.checkout_mixed, held.checkout_hard) == (5, 3, 1)
    [(round_, turns)] = group.circle.rounds_for_session(tonight.id)
    assert turns == [] and (round_.spoke_count, round_.passed_count) == (2, 1)
    with beside(group, demo.DEMO_PASSPHRASE) as db:  # the default: no per-person times kept
        assert db.scalar("SELECT count(*) FROM circle_turns") == 0
