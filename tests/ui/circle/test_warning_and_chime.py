"""When a turn shows "time to conclude", and when the chime rings: only as the same speaker's time
runs on into the warning or past the end, never as a turn begins or when extra time brings a turn
back from overtime."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.circle import Tone


@pytest.fixture
def chiming(circle, monkeypatch):
    """The circle with the chime on, its rings counted without a sound device (Qt Multimedia
    warns without one)."""
    monkeypatch.setattr("ui.circle.chime.chime_available", lambda: False)
    circle.running._chime_enabled = lambda: True
    return circle


def _tick(screen, clock, seconds: float) -> None:
    """Time passes a second at a time; the view's timer would refresh each time."""
    for _ in range(int(seconds)):
        clock.advance(1)
        screen.running.refresh()


def _key(qtbot, screen, key) -> None:
    qtbot.keyClick(screen.running.panel.face, key)


def _state(screen) -> str:
    return screen.running.panel.state.text()


def _each(screen, seconds: int) -> None:
    screen.setup.each_radio.setChecked(True)
    screen.setup.each_time.setValue(seconds)
    screen.setup.request_start()


def test_short_turns_from_a_small_budget_are_calm_until_their_last_half(
    qtbot, chiming, clock
) -> None:
    setup = chiming.setup
    setup.budget_radio.setChecked(True)
    setup.budget_minutes.setValue(2)
    assert setup.seconds_each() == 30 and setup.warning_seconds.value() == 30
    setup.request_start()
    _key(qtbot, chiming, Qt.Key.Key_Space)
    assert _state(chiming) == "Speaking"
    assert chiming.running.panel.face.warning_at == 0.5  # the bar's mark halfway
    _tick(chiming, clock, 14)
    assert _state(chiming) == "Speaking" and chiming.running.chime.played == 0
    _tick(chiming, clock, 1)
    assert _state(chiming) == "Time to conclude" and chiming.running.chime.played == 1
    _tick(chiming, clock, 25)
    assert chiming.running.last_shown.tone is Tone.OVERTIME and chiming.running.chime.played == 2
    # The host's setting is kept as chosen: a longer turn gets its full 30 s of warning.
    assert chiming.round.warning_seconds == 30

    _key(qtbot, chiming, Qt.Key.Key_Right)
    assert _state(chiming) == "Speaking" and chiming.running.chime.played == 2


def test_extra_time_out_of_overtime_does_not_ring(qtbot, chiming, clock) -> None:
    _each(chiming, 60)
    _key(qtbot, chiming, Qt.Key.Key_Space)
    _tick(chiming, clock, 100)
    assert _state(chiming) == "Over time +0:40" and chiming.running.chime.played == 2
    _key(qtbot, chiming, Qt.Key.Key_Plus)  # 20 s left: amber, and the room is not rung at
    assert _state(chiming) == "Time to conclude" and chiming.running.chime.played == 2
    _tick(chiming, clock, 20)
    assert chiming.running.last_shown.tone is Tone.OVERTIME and chiming.running.chime.played == 3


def test_more_time_in_the_warning_rings_again_when_it_runs_low_again(qtbot, chiming, clock) -> None:
    _each(chiming, 60)
    _key(qtbot, chiming, Qt.Key.Key_Space)
    _tick(chiming, clock, 40)
    assert _state(chiming) == "Time to conclude" and chiming.running.chime.played == 1
    _key(qtbot, chiming, Qt.Key.Key_Plus)  # 80 s left
    assert _state(chiming) == "Speaking" and chiming.running.chime.played == 1
    _tick(chiming, clock, 50)
    assert _state(chiming) == "Time to conclude" and chiming.running.chime.played == 2


def test_going_back_to_a_speaker_in_their_warning_or_overtime_does_not_ring(
    qtbot, chiming, clock
) -> None:
    _each(chiming, 60)
    _key(qtbot, chiming, Qt.Key.Key_Space)
    _tick(chiming, clock, 40)
    _key(qtbot, chiming, Qt.Key.Key_Right)
    rings = chiming.running.chime.played
    _key(qtbot, chiming, Qt.Key.Key_Left)  # from the next speaker's calm start
    assert _state(chiming) == "Time to conclude" and chiming.running.chime.played == rings
    _tick(chiming, clock, 30)
    _key(qtbot, chiming, Qt.Key.Key_Right)
    rings = chiming.running.chime.played
    _key(qtbot, chiming, Qt.Key.Key_Left)
    assert chiming.running.last_shown.tone is Tone.OVERTIME
    assert chiming.running.chime.played == rings
