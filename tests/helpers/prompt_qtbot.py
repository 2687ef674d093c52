"""pytest-qt's qtbot, with a waitUntil that notices at once what it waits for.

pytest-qt's waitUntil runs the event loop ten milliseconds at a time between two looks at the
condition: a worker that finished after one millisecond still cost the test ten, idle. Seven
hundred such waits (an unlock, a write, a dialog shown) left each core idle some seconds a run.
Here the loop runs a millisecond at a time; the condition, the timeout and the errors are
pytest-qt's own (tests/conftest.py puts this qtbot in its place)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt, QTimer
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

SLICE_MS = 1  # the event loop's turn between two looks at the condition


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
            turn.start(SLICE_MS)
            loop.exec()

    wait_until = waitUntil
