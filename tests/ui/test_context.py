"""The window's shared context: the clock every timer of the room reads."""

from __future__ import annotations

import time

import pytest

from ui.context import MONOTONIC, seconds_since_boot


@pytest.mark.skipif(not hasattr(time, "CLOCK_BOOTTIME"), reason="Linux's boot-time clock")
def test_the_rooms_clock_counts_the_time_the_laptop_slept(ui_ctx) -> None:
    """CLOCK_MONOTONIC stops during a suspend: a lid closed mid-meeting left the meeting's clock
    short by the whole sleep, and the auto-lock's idle time did not count it. The window's
    timers (the meeting, the circle, the auto-lock, the unlock's throttle) read CLOCK_BOOTTIME,
    which counts it (this machine cannot be suspended by a test: the clock is checked)."""
    assert ui_ctx.monotonic is MONOTONIC is seconds_since_boot
    before = time.clock_gettime(time.CLOCK_BOOTTIME)
    assert before <= ui_ctx.monotonic() <= time.clock_gettime(time.CLOCK_BOOTTIME)
