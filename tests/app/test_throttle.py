"""The growing wait between wrong passphrases."""

from __future__ import annotations

from app.throttle import UnlockThrottle, delay_after


def test_delays_grow_and_stop_at_thirty_seconds() -> None:
    assert [delay_after(n) for n in range(1, 9)] == [0, 1, 2, 4, 8, 16, 30, 30]


def test_wait_follows_the_clock_and_is_per_group() -> None:
    now = [100.0]
    throttle = UnlockThrottle(lambda: now[0])
    throttle.record_failure("a")
    assert throttle.remaining("a") == 0
    throttle.record_failure("a")
    throttle.record_failure("a")
    assert throttle.remaining("a") == 2
    assert throttle.remaining("b") == 0
    now[0] += 1.5
    assert throttle.remaining("a") == 0.5
    now[0] += 1
    assert throttle.remaining("a") == 0
    throttle.record_success("a")
    assert throttle.failures("a") == 0
