"""The meeting clock: ahead of, on or behind the agenda, and what is still needed, on a fake
monotonic clock; and what a sharing circle still needs at its pace."""

from __future__ import annotations

from app.circle import Round, Speaker, time_still_needed
from app.live import LiveItem, MeetingRun, PaceStatus, pace
from app.model import ItemKind
from tests.app.test_circle import FakeClock

AGENDA = [
    LiveItem("Welcome", ItemKind.WELCOME, 10 * 60),
    LiveItem("Circle", ItemKind.CIRCLE, 40 * 60),
    LiveItem("Closing", ItemKind.CLOSING, 10 * 60),
]


def _run() -> tuple[MeetingRun, FakeClock]:
    clock = FakeClock()
    return MeetingRun(AGENDA, 60 * 60, clock), clock


def test_a_meeting_following_its_agenda_is_on_time() -> None:
    run, clock = _run()
    now = pace(run)
    assert now.status is PaceStatus.ON_TIME and now.left_seconds == 3600
    clock.advance(9 * 60 + 30)
    run.next()
    now = pace(run)
    # 30 s early into the circle: still "on time", a minute is the margin.
    assert now.status is PaceStatus.ON_TIME and round(now.drift_seconds) == -30
    assert now.left_seconds == 50 * 60


def test_moving_on_early_puts_the_meeting_ahead() -> None:
    run, clock = _run()
    clock.advance(4 * 60)
    run.next()
    now = pace(run)
    assert now.status is PaceStatus.AHEAD and now.drift_minutes == 6
    assert now.left_seconds == 50 * 60 and now.elapsed_seconds == 240


def test_an_item_running_over_puts_the_meeting_behind_by_as_much() -> None:
    run, clock = _run()
    clock.advance(10 * 60)
    run.next()
    clock.advance(47 * 60 + 20)  # the circle: 7 min 20 s over
    now = pace(run)
    assert now.status is PaceStatus.BEHIND and now.drift_minutes == 7
    assert now.left_seconds == 10 * 60  # only the closing is still needed


def test_what_the_circle_still_needs_can_stand_for_the_current_item() -> None:
    run, clock = _run()
    clock.advance(10 * 60)
    run.next()
    clock.advance(30 * 60)
    assert pace(run).status is PaceStatus.ON_TIME
    # Ten minutes left in the item, but the circle still needs 18 for the people waiting.
    now = pace(run, current_left=18 * 60)
    assert now.status is PaceStatus.BEHIND and now.drift_minutes == 8


def test_a_round_still_needs_the_speakers_time_left_and_a_turn_for_each_waiting() -> None:
    clock = FakeClock()
    r = Round([Speaker(n) for n in ("Ana", "Bea", "Cal")], 120, clock)
    assert time_still_needed(r) == 360
    r.start()
    clock.advance(100)
    assert time_still_needed(r) == 20 + 240
    clock.advance(60)  # over time: nothing more for Ana, the others still need theirs
    assert time_still_needed(r) == 240
    r.come_back_later()
    r.add_time(60)
    assert time_still_needed(r) == 180 + 120 + 120
    r.end()
    assert time_still_needed(r) == 0


def test_a_late_start_counts_only_within_the_hour_after_the_planned_time() -> None:
    from datetime import datetime, timedelta

    from app.live import LATE_WINDOW_SECONDS, late_start

    planned = datetime(2027, 2, 2, 19, 0)
    assert late_start(planned, planned + timedelta(minutes=10)) == 600
    assert late_start(planned, planned + timedelta(seconds=LATE_WINDOW_SECONDS)) == 3600
    # Early, much later, another day: the plan runs from the launch.
    for launched in (planned - timedelta(minutes=5), planned + timedelta(hours=2)):
        assert late_start(planned, launched) == 0.0
