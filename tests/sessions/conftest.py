"""Fixtures of the Sessions area: a fake monotonic clock and the screen on the demo group."""

from __future__ import annotations

import time

import pytest


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
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sessions_screen(qtbot, ui_ctx, demo_group, fake_clock):
    from ui.sessions.sessions_screen import SessionsScreen

    ui_ctx.monotonic = fake_clock
    screen = SessionsScreen(ui_ctx, demo_group)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    qtbot.waitExposed(screen)
    return screen
