"""Run slow work (key derivation, export, import, backups) off the UI thread.

The result or the error comes back through queued signals, so the slot runs on the main thread.
The function must open its own connection when it needs one: a connection never crosses threads
while in use.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int)


class _Task(QRunnable):
    def __init__(
        self, fn: Callable[..., Any], signals: _Signals, with_progress: bool, done: threading.Event
    ) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals
        self._with_progress = with_progress
        self._done = done
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            if self._with_progress:
                result = self._fn(self._signals.progress.emit)
            else:
                result = self._fn()
        except BaseException as exc:
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)
        finally:
            self._done.set()


class Worker(QObject):
    """Keeps the signals object alive until the task reports back."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        self._done = threading.Event()
        self._done.set()

    def start(self, fn: Callable[..., Any], *, with_progress: bool = False) -> None:
        self.busy = True
        signals = _Signals()
        signals.finished.connect(self._on_finished)
        signals.failed.connect(self._on_failed)
        signals.progress.connect(self.progress)
        self._signals = signals
        self._done = threading.Event()
        QThreadPool.globalInstance().start(_Task(fn, signals, with_progress, self._done))

    def wait(self, timeout_ms: int) -> None:
        """Block until this worker's own job has ended, for a lock that is about to close the
        connection the job uses. Its result still arrives later, to nobody waiting for it."""
        self._done.wait(timeout_ms / 1000)
        self.busy = False

    def _on_finished(self, result: object) -> None:
        self.busy = False
        self.finished.emit(result)

    def _on_failed(self, exc: object) -> None:
        self.busy = False
        self.failed.emit(exc)
