"""Fixtures for the sharing circle: the circle set up from a past meeting's attendance, alone, in
the group screen or in the demo window (the fake monotonic clock is tests.helpers.windows's `clock`)."""

from __future__ import annotations

import pytest

from tests.helpers import (
    CIRCLE_BUDGET,
    a_full_past_meeting,
    circle_from_a_past_meeting,
)


@pytest.fixture
def windowed_circle(clock, demo_window):
    """The circle screen, set up from the attendance of a past demo meeting (9 present).

    The fake clock comes first: the window's auto-lock reads its start time from it. Set after,
    the clock jumped hours ahead of that start and the lock fired at the next idle check (seen
    on a loaded machine, where a test outlasts the check interval)."""
    return circle_from_a_past_meeting(demo_window.group_screen)


@pytest.fixture
def grouped_circle(clock, group_screen):
    """The same circle in the group screen alone (tests.helpers.windows's `group_screen`): for
    tests of the circle among the areas (their shortcuts, the meeting's summary on Sessions),
    which need no menus, start screen or lock. The fake clock comes first, as above."""
    return circle_from_a_past_meeting(group_screen)


@pytest.fixture
def circle(clock, one_screen, demo_group):
    """The circle screen alone on the demo group, set up as a meeting's request sets it up (the
    same past meeting as `windowed_circle`): for tests of the round itself, which need no window around
    it. The fake clock comes first, as for `windowed_circle`."""
    from ui.circle.circle_screen import CircleScreen

    screen = one_screen(CircleScreen)
    session, present = a_full_past_meeting(demo_group)
    screen.prepare(session.id, present, CIRCLE_BUDGET)
    screen.test_session = session
    return screen
