"""The round's rules at a turn's edges: how much of a short turn the warning covers, which moves
of a turn's time ring, and Back right after "come back at the end"."""

from __future__ import annotations

import pytest

from app.circle import Tone, TurnState, chimes
from tests.app.test_circle import _label, _round


@pytest.mark.parametrize(
    ("per", "setting", "warning"), [(30, 30, 15), (31, 30, 15), (60, 30, 30), (120, 30, 30)]
)
def test_the_warning_never_covers_more_than_half_a_turn(per: int, setting: int, warning: int):
    r, clock = _round(per=per, warning=setting)
    r.start()
    assert r.warning_seconds == setting  # the host's setting, as chosen
    assert r.warning_for(r.current) == warning
    clock.advance(per - warning - 0.5)
    assert r.tone() is Tone.NEUTRAL
    clock.advance(0.5)
    assert r.tone() is Tone.WARNING


def test_extra_time_widens_a_short_turns_warning_up_to_the_setting() -> None:
    r, _clock = _round(per=30, warning=30)
    r.start()
    r.add_time()
    assert r.warning_for(r.current) == 30 and r.tone() is Tone.NEUTRAL


def test_only_time_running_on_rings() -> None:
    rising = {(Tone.NEUTRAL, Tone.WARNING), (Tone.NEUTRAL, Tone.OVERTIME)}
    rising.add((Tone.WARNING, Tone.OVERTIME))
    for before in Tone:
        for after in Tone:
            assert chimes(before, after) is ((before, after) in rising), (before, after)


def test_back_after_come_back_later_undoes_it_paused_as_the_next_was() -> None:
    r, clock = _round("Ana Bea Cal")
    for step in (r.start, r.next):  # Bea speaks
        step()
    clock.advance(30)
    r.come_back_later()
    clock.advance(8)
    r.pause()
    r.back()
    bea = r.current
    assert _label(bea) == "Bea" and bea.state is TurnState.PAUSED and r.remaining() == 90
    assert not bea.come_back and bea.passes == 0
    assert [_label(t) for t in r.upcoming] == ["Cal"] and r.upcoming[0].spoken(clock()) == 8
    r.come_back_later()  # offered the end again, not a pass for good
    assert _label(r.current) == "Cal" and [_label(t) for t in r.upcoming] == ["Bea"]


def test_back_after_come_back_later_works_from_the_first_turn() -> None:
    r, _clock = _round("Ana Bea")
    r.start()
    r.come_back_later()
    r.back()
    assert _label(r.current) == "Ana" and r.running and [_label(t) for t in r.upcoming] == ["Bea"]


def test_back_is_the_previous_speaker_once_the_next_has_moved_on() -> None:
    r, _clock = _round("Ana Bea Cal Dov")
    r.start()
    r.next()
    r.come_back_later()  # Bea to the end, Cal speaks
    r.next()  # Dov speaks
    r.back()
    assert _label(r.current) == "Cal"
    r, _clock = _round("Ana Bea")
    r.start()
    r.next()
    r.come_back_later()  # the last one: offered the word again at once
    r.back()
    assert _label(r.current) == "Ana"
