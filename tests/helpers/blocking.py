"""Calls that may block forever (a read of a FIFO): run so that the test fails instead of
hanging the suite."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def within_seconds(work: Callable[[], T], seconds: float = 10) -> T:
    """`work`'s answer or its exception, or a failure when it has neither by then (the blocked
    thread is left to the end of the process)."""
    outcome: list[tuple[bool, object]] = []

    def run() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # raised again on the test's thread
            outcome.append((False, exc))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, f"still blocked after {seconds} s"
    answered, value = outcome[0]
    if not answered:
        assert isinstance(value, BaseException)
        raise value
    return value  # type: ignore[return-value]
