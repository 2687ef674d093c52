"""Fixtures of the Sessions area: a fake monotonic clock and the screen on the demo group."""

from __future__ import annotations

import pytest

from tests.helpers import FakeClock as FakeClock  # re-exported: tests import it from here
from tests.helpers.screens import shown


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sessions_screen(qtbot, ui_ctx, demo_group, fake_clock):
    from ui.sessions.sessions_screen import SessionsScreen

    ui_ctx.monotonic = fake_clock
    return shown(qtbot, SessionsScreen(ui_ctx, demo_group))
