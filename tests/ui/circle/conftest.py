"""Fixtures for the sharing circle: a fake monotonic clock and the demo window on the circle."""

from __future__ import annotations

import pytest

from tests.helpers import FakeClock


@pytest.fixture
def clock(ui_ctx):
    fake = FakeClock()
    ui_ctx.monotonic = fake
    return fake


@pytest.fixture
def circle(clock, demo_window):
    """The circle screen, set up from the attendance of a past demo meeting (9 present).

    The fake clock comes first: the window's auto-lock reads its start time from it. Set after,
    the clock jumped hours ahead of that start and the lock fired at the next idle check (seen
    on a loaded machine, where a test outlasts the check interval)."""
    group_screen = demo_window.group_screen
    group = group_screen.group
    session = next(
        s
        for s in reversed(group.sessions.sessions())
        if len(group.roster.present_member_ids(s.id)) >= 5
    )
    present = group.roster.present_member_ids(session.id)
    demo_window.ctx.circle_requested.emit(session.id, present, 35 * 60)
    screen = group_screen.screens["circle"]
    screen.test_session = session
    return screen
