"""A growing wait between wrong passphrases, per group: 0, 1, 2, 4, 8... seconds, at most 30.

It slows down someone guessing at the keyboard without getting in the way of a host who mistyped
once. It lives in memory only: restarting the app starts again, which the key derivation cost
(a fraction of a second per try) already makes slow for a real attack on the file.
"""

from __future__ import annotations

from collections.abc import Callable

MAX_DELAY_SECONDS = 30.0


def delay_after(failures: int) -> float:
    if failures <= 1:
        return 0.0
    return float(min(MAX_DELAY_SECONDS, 2 ** (failures - 2)))


class UnlockThrottle:
    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._failures: dict[str, int] = {}
        self._not_before: dict[str, float] = {}

    def remaining(self, group_id: str) -> float:
        """Seconds to wait before the next try; derived from the clock, never from ticks."""
        return max(0.0, self._not_before.get(group_id, 0.0) - self._clock())

    def failures(self, group_id: str) -> int:
        return self._failures.get(group_id, 0)

    def record_failure(self, group_id: str) -> float:
        count = self._failures.get(group_id, 0) + 1
        self._failures[group_id] = count
        self._not_before[group_id] = self._clock() + delay_after(count)
        return delay_after(count)

    def record_success(self, group_id: str) -> None:
        self._failures.pop(group_id, None)
        self._not_before.pop(group_id, None)
