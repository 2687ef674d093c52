"""Fixtures for the sharing circle: a fake monotonic clock and the demo window on the circle."""

from __future__ import annotations

import pytest

from tests.helpers import FakeClock, circle_from_a_past_meeting


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
    return circle_from_a_past_meeting(demo_window)
