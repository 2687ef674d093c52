"""pytest-qt's qtbot, with a waitUntil that notices soon what it waits for.

pytest-qt's waitUntil runs the event loop ten milliseconds at a time between two looks at the
condition: a window shown or a row written after one millisecond still cost the test ten, idle.
Seven hundred such waits a run left each core idle a second or more. Here the first turns are
short (1, 2, 4, 8 ms), then ten as before: what is ready at once is seen at once, and a long wait
(a worker deriving a key, writing a file) is not woken every millisecond, which would take the
interpreter's lock from the worker that much more often. The condition, the timeout and the
errors are pytest-qt's own (tests/conftest.py puts this qtbot in its place)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt, QTimer
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

TURNS_MS = (1, 2, 4, 8)  # the event loop's first turns between two looks at the condition
LONGEST_TURN_MS = 10  # then pytest-qt's own


class PromptQtBot(QtBot):
    def waitUntil(self, callback: Callable[[], bool | None], *, timeout: int = 5000) -> None:
        """As QtBot.waitUntil: until callback() returns True or None without raising an
        AssertionError; TimeoutError after `timeout` ms, ValueError for another result."""
        __tracebackhide__ = True
        deadline = time.monotonic() + timeout / 1000
        message = f"waitUntil timed out in {timeout} milliseconds"
        loop = QEventLoop()
        turn = QTimer(loop)
        turn.setSingleShot(True)
        turn.setTimerType(Qt.TimerType.PreciseTimer)
        turn.timeout.connect(loop.quit)
        turns = iter(TURNS_MS)
        while True:
            try:
                result = callback()
            except AssertionError as exc:
                if time.monotonic() > deadline:
                    raise TimeoutError(message) from exc
            else:
                if result not in (None, True, False):
                    raise ValueError(
                        f"waitUntil() callback must return None, True or False, returned {result!r}"
                    )
                if result is None or result:
                    return
                if time.monotonic() > deadline:
                    raise TimeoutError(message)
            turn.start(next(turns, LONGEST_TURN_MS))
            loop.exec()

    wait_until = waitUntil
