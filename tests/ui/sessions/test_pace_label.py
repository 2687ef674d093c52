"""The meeting clock in the live meeting: on time, behind, ahead, and when it will end, in words
and numbers, on a fake monotonic clock and a fixed wall clock."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from app.live import PaceStatus
from tests.ui.sessions.test_live_view import _meeting
from ui.sessions.live_view import LiveView


def test_the_live_meeting_says_how_far_off_plan_it_is_and_when_it_will_end(
    qtbot, ui_ctx, demo_group, fake_clock
) -> None:
    start, origin = datetime(2027, 2, 2, 19, 0), fake_clock.now
    ui_ctx.wall_clock = lambda: start + timedelta(seconds=fake_clock.now - origin)
    view = LiveView(ui_ctx, demo_group, _meeting(demo_group), clock=fake_clock)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.pace_label.text() == "On time · ends about 20:00 at this pace (planned 20:00)"
    assert ui_ctx.meeting_pace is not None  # the circle can show it too

    fake_clock.advance(8 * 60)  # the welcome, planned for 5 minutes, takes 8
    view.refresh()
    assert (
        view.pace_label.text()
        == "3 min behind plan · ends about 20:03 at this pace (planned 20:00)"
    )
    qtbot.keyClick(view, Qt.Key.Key_Right)
    fake_clock.advance(60)  # the agreements in 1 minute of 5: 4 minutes won back
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert (
        view.pace_label.text()
        == "1 min ahead of plan · ends about 19:59 at this pace (planned 20:00)"
    )
    assert view.pace_label.status is PaceStatus.AHEAD
    view.reject()
    assert ui_ctx.meeting_pace is None


def test_a_meeting_begun_late_is_behind_its_planned_time_from_the_start(
    qtbot, ui_ctx, demo_group, fake_clock
) -> None:
    """Planned for 19:00 and run at 19:10: the welcome reads 'we will finish at 20:00', so the
    plan is 20:00, not the launch plus the agenda (it said 'On time · ends about 20:10 (planned
    20:10)'). Run the day before, as a rehearsal: the plan is from the launch, as before."""
    for launched, words in (
        (
            datetime(2027, 2, 2, 19, 10),
            "10 min behind plan · ends about 20:10 at this pace (planned 20:00)",
        ),
        (datetime(2027, 2, 1, 19, 10), "On time · ends about 20:10 at this pace (planned 20:10)"),
    ):
        origin = fake_clock.now
        ui_ctx.wall_clock = lambda t=launched, o=origin: t + timedelta(seconds=fake_clock.now - o)
        view = LiveView(ui_ctx, demo_group, _meeting(demo_group), clock=fake_clock)
        qtbot.addWidget(view)
        view.show()
        assert view.pace_label.text() == words
        view.in_progress = False
        view.done(0)
