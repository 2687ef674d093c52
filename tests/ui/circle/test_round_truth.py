"""A round ended early, as the host sees it afterwards: those whose turn never came are "not
reached" on the circle's summary and on the meeting's, never among those who spoke, and the time
each person was given reads the same on every screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.helpers import answer_box
from ui.circle.display import duration_text


def _key(qtbot, screen, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(screen.running.panel.face, key, modifier)


def _tick(screen, clock, seconds: float) -> None:
    clock.advance(seconds)
    screen.running.refresh()


def test_a_round_ended_early_lists_the_people_it_did_not_reach(
    qtbot, grouped_circle, group_screen, clock
) -> None:
    qtbot.mouseClick(grouped_circle.setup.keep_times_box, Qt.MouseButton.LeftButton)
    names = [s.label for s in grouped_circle.setup.speakers()]
    each = grouped_circle.setup.seconds_each()
    each_words = duration_text(each)
    assert f": {each_words} each" in grouped_circle.setup.share_label.text()
    qtbot.keyClick(grouped_circle.setup.start_button, Qt.Key.Key_Space)
    _key(qtbot, grouped_circle, Qt.Key.Key_Space)
    _tick(grouped_circle, clock, 60)
    _key(qtbot, grouped_circle, Qt.Key.Key_Right)
    _key(qtbot, grouped_circle, Qt.Key.Key_Plus)  # one more minute for the second speaker
    _tick(grouped_circle, clock, 30)
    answer_box(QMessageBox.StandardButton.Yes)
    _key(qtbot, grouped_circle, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    summary = grouped_circle.summary
    model = summary.model
    rows = {
        model.index(r, 0).data(): (model.index(r, 2).data(), model.index(r, 3).data())
        for r in range(model.rowCount())
    }
    assert rows[names[0]] == (each_words, "Spoke")
    assert rows[names[1]] == (f"{each_words} + 1 min", "Spoke")
    for name in names[2:]:
        assert rows[name] == (each_words, "Not reached (round ended)")
    assert summary.balance_card.values["not_reached"].text() == str(len(names) - 2)
    assert summary.totals.text().startswith(f"{each_words} each planned: ")

    # The meeting's own summary, on the Sessions list, tells the same story.
    group_screen.go_to_area("sessions")
    sessions = group_screen.screens["sessions"]
    assert sessions.select(grouped_circle.test_session.id)
    text = sessions.panel.label.text()
    assert f"Round 1, {each_words} each: " in text
    assert f"Spoke: {names[0]}, {names[1]}<br/>" in text
    assert "Not reached (round ended): " + ", ".join(names[2:]) in text
    assert "<br/>Passed: " not in text  # nobody passed: no such line


def test_without_per_person_times_the_meeting_keeps_the_planned_time_each(
    qtbot, grouped_circle, group_screen, clock
) -> None:
    each_words = duration_text(grouped_circle.setup.seconds_each())
    qtbot.keyClick(grouped_circle.setup.start_button, Qt.Key.Key_Space)
    _key(qtbot, grouped_circle, Qt.Key.Key_Space)
    _tick(grouped_circle, clock, 20)
    answer_box(QMessageBox.StandardButton.Yes)
    _key(qtbot, grouped_circle, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    [summary] = grouped_circle.group.sessions.circle_summary(grouped_circle.test_session.id)
    assert summary.turns == []  # the demo keeps only the balance
    assert summary.balance.spoke == 1 and summary.balance.not_reached == summary.balance.people - 1
    group_screen.go_to_area("sessions")
    sessions = group_screen.screens["sessions"]
    assert sessions.select(grouped_circle.test_session.id)
    assert f"Round 1, {each_words} each: " in sessions.panel.label.text()


def test_after_the_last_speaker_the_circle_says_so_and_offers_to_end(qtbot, circle, clock) -> None:
    running = circle.running
    circle.setup.each_radio.setChecked(True)
    qtbot.keyClick(circle.setup.start_button, Qt.Key.Key_Space)
    assert not running.done_label.isVisible()
    people = len(circle.setup.speakers())
    _key(qtbot, circle, Qt.Key.Key_Space)
    for _ in range(people):
        _tick(circle, clock, 40)
        assert running.buttons["next"].isEnabled()
        _key(qtbot, circle, Qt.Key.Key_Right)
    assert running.done_label.isVisible()
    assert running.done_label.text().startswith("Everyone has spoken. End the round (Ctrl+E)")
    assert running.next_label.text() == "Next: nobody, everyone has spoken"
    for name in ("toggle", "next", "pass", "later", "add"):
        assert not running.buttons[name].isEnabled(), name
    assert running.buttons["back"].isEnabled() and running.buttons["end"].isDefault()
    assert running.buttons["end"].hasFocus()

    # A late arrival still can have a turn: the round is no longer complete.
    running.late_edit.setEditText("Zoé")
    qtbot.mouseClick(running.late_button, Qt.MouseButton.LeftButton)
    assert not running.done_label.isVisible() and running.buttons["toggle"].isEnabled()
    _key(qtbot, circle, Qt.Key.Key_Space)
    _tick(circle, clock, 30)
    _key(qtbot, circle, Qt.Key.Key_Right)
    assert running.done_label.isVisible()

    # Nobody is waiting: ending asks nothing.
    qtbot.mouseClick(running.buttons["end"], Qt.MouseButton.LeftButton)
    assert circle.stack.currentWidget() is circle.summary
    assert circle.summary.balance_card.values["spoke"].text() == str(people + 1)
