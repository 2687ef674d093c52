"""The waiting list from the keyboard (Alt+Up, Alt+Down, as a drag would), and Back right after
"come back at the end"."""

from __future__ import annotations

from PySide6.QtCore import Qt

ALT = Qt.KeyboardModifier.AltModifier


def _names(waiting) -> list[str]:
    return [waiting.item(i).text() for i in range(waiting.count())]


def _key(qtbot, screen, key) -> None:
    qtbot.keyClick(screen.running.panel.face, key)


def test_alt_arrows_move_the_selected_speaker_in_the_waiting_list(qtbot, circle, clock) -> None:
    circle.setup.request_start()
    _key(qtbot, circle, Qt.Key.Key_Space)
    waiting = circle.running.waiting_list
    before = _names(waiting)
    waiting.setFocus()
    waiting.setCurrentRow(2)
    qtbot.keyClick(waiting, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(waiting, Qt.Key.Key_Up, ALT)
    moved = before[2:3] + before[:2] + before[3:]
    assert _names(waiting) == moved
    assert [t.speaker.label for t in circle.round.upcoming] == moved
    assert circle.running.next_label.text() == f"Next: {before[2]}"
    assert waiting.currentItem().text() == before[2]  # still selected: the keys go on
    qtbot.keyClick(waiting, Qt.Key.Key_Up, ALT)  # already first: nothing moves
    assert _names(waiting) == moved
    qtbot.keyClick(waiting, Qt.Key.Key_Down, ALT)
    down = moved[1:2] + moved[:1] + moved[2:]
    assert [t.speaker.label for t in circle.round.upcoming] == down
    qtbot.keyClick(waiting, Qt.Key.Key_Up)  # Up alone only chooses
    assert waiting.currentRow() == 0 and _names(waiting) == down
    assert "Alt+Up" in waiting.toolTip() and "Alt+Down" in waiting.toolTip()


def test_back_right_after_come_back_later_gives_the_word_back_to_that_speaker(
    qtbot, circle, clock
) -> None:
    circle.setup.each_radio.setChecked(True)
    circle.setup.each_time.setValue(120)
    first, second, third = (s.label for s in circle.setup.speakers()[:3])
    circle.setup.request_start()
    _key(qtbot, circle, Qt.Key.Key_Space)
    clock.advance(20)
    _key(qtbot, circle, Qt.Key.Key_Right)
    clock.advance(25)
    _key(qtbot, circle, Qt.Key.Key_R)
    assert circle.running.panel.name.text() == third
    clock.advance(5)
    _key(qtbot, circle, Qt.Key.Key_Left)
    panel = circle.running.panel
    assert (panel.name.text(), panel.face.time_text) == (second, "1:35")
    waiting = circle.running.waiting_list
    assert waiting.item(0).text() == third  # no longer "comes back at the end"
    assert not any("comes back" in name for name in _names(waiting))
    _key(qtbot, circle, Qt.Key.Key_Left)  # and Back again is the speaker before
    assert (panel.name.text(), panel.face.time_text) == (first, "1:40")
