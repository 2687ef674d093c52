"""Fixtures for the sharing circle: a fake monotonic clock and the demo window on the circle."""

from __future__ import annotations

import time

import pytest

from tests.helpers import circle_from_a_past_meeting


class FakeClock:
    def __init__(self) -> None:
        # From the real clock's reading: auto-lock took its idle baseline from the real clock when
        # the window opened, and a fake far from it looks like hours idle (or none), depending on
        # how long the machine has been up.
        self.now = float(int(time.monotonic()))  # whole seconds, as the old fixed start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


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
