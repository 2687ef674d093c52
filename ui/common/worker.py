"""Run slow work (key derivation, export, import, backups) off the UI thread.

The result or the error comes back through queued signals, so the slot runs on the main thread.
A job opens its own connection when it can; one that runs on the open group's connection (a
modal dialog's, which the lock waits for) relies on its transactions belonging to its thread
(storage/database.py, `Database._turn`): another thread's statements wait for their end.

Python's cyclic garbage collector runs in whichever thread allocates when its threshold is
crossed. On a worker thread it may destroy Qt objects that live on the main thread (a closed
dialog held in a reference cycle): Qt then warns "Timers cannot be stopped from another thread"
and can crash (seen in a screenshot run during a backup). So automatic collection is paused while
any job runs, and switched off and on again on the main thread only.
"""

from __future__ import annotations

import gc
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot


class _CollectionPause(QObject):
    """Counts the jobs under way; lives on the main thread, where its slot runs."""

    def __init__(self) -> None:
        super().__init__()
        self.jobs = 0
        self.enabled_before = True

    def job_started(self) -> None:
        if self.jobs == 0:
            self.enabled_before = gc.isenabled()  # a tool may have turned it off itself
            gc.disable()
        self.jobs += 1

    @Slot()
    def job_ended(self) -> None:
        self.jobs = max(0, self.jobs - 1)
        if self.jobs == 0 and self.enabled_before:
            # What the pause held back is collected here, on the main thread: re-enabled with
            # its counts past the threshold, the next collection would run wherever Python
            # allocates next.
            gc.collect(0)
            gc.enable()


_pause: _CollectionPause | None = None


def collection_pause() -> _CollectionPause:
    """The one pause, made on the main thread by the first job (Worker.start runs there)."""
    global _pause
    if _pause is None:
        _pause = _CollectionPause()
    return _pause


class _Signals(QObject):
    ended = Signal()
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
            # The error goes out to be shown; the job's locals (a key, rows) stay behind.
            traceback.clear_frames(exc.__traceback__)
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)
        finally:
            # What the job holds (a derived key, a group's rows) goes with its run, whoever
            # still holds this task (seen under load: a key derived ahead still alive after the
            # lock, through a finished job's closure, the task's wrapper kept past its run).
            del self._fn
            self._done.set()
            # Queued to the pause on the main thread, even if the Worker is gone by then.
            self._signals.ended.emit()


def run_in(pool: QThreadPool, job: Callable[[], object]) -> None:
    """`job` on `pool` under the collection pause, with nothing sent back: for work whose result
    its owner collects itself, from another thread (a key derived ahead, ui/common/key_ahead.py).
    `job` must not raise."""
    signals = _Signals()
    pause = collection_pause()
    signals.ended.connect(pause.job_ended, Qt.ConnectionType.QueuedConnection)
    pause.job_started()
    pool.start(_Task(job, signals, False, threading.Event()))


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
        pause = collection_pause()
        signals.ended.connect(pause.job_ended, Qt.ConnectionType.QueuedConnection)
        pause.job_started()
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
