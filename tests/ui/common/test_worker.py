"""Background jobs never let Python's garbage collector run on their thread: a collection there
could destroy Qt objects that live on the main thread, and crash the app in front of the room."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Callable

import pytest

from ui.common.worker import Worker, _Signals, _Task, collection_pause


class _InACycle:
    """Finalised where the collector runs: the thread is written down."""

    def __init__(self, seen: list[str]) -> None:
        self.me = self
        self.seen = seen

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    gc.collect()
    yield
    (gc.enable if was else gc.disable)()


def _run(qtbot, job, *, fails: bool = False) -> None:
    worker = Worker()
    signal = worker.failed if fails else worker.finished
    with qtbot.waitSignal(signal, timeout=10_000):
        worker.start(job)
    qtbot.waitUntil(lambda: collection_pause().jobs == 0)


def test_no_collection_runs_on_the_worker_thread(qtbot, collector_on) -> None:
    seen: list[str] = []
    _InACycle(seen)  # unreachable now, found by the next collection wherever it runs

    def allocate() -> None:
        # Far past every threshold: with automatic collection on, the collector would run here.
        keep = [[index] for index in range(200_000)]
        assert keep

    _run(qtbot, allocate)
    gc.collect()
    assert seen == [threading.main_thread().name]


def test_collection_is_paused_during_a_job_and_back_after(qtbot, collector_on) -> None:
    during: list[bool] = []
    _run(qtbot, lambda: during.append(gc.isenabled()))
    assert during == [False]
    assert gc.isenabled()


def test_a_failing_job_gives_the_collector_back_too(qtbot, collector_on) -> None:
    def fail() -> None:
        raise OSError("disk gone")

    _run(qtbot, fail, fails=True)
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off(qtbot, collector_on) -> None:
    gc.disable()
    _run(qtbot, lambda: None)
    assert not gc.isenabled()


def test_a_task_run_keeps_nothing_of_its_job(qtbot) -> None:
    """Whoever still holds a task after its run holds nothing of its job (seen under load: a key
    derived ahead still alive after the lock, through the finished job's closure)."""

    class Held:
        pass

    def job_holding(held: Held) -> Callable[[], Held]:
        return lambda: held

    held = Held()
    seen = weakref.ref(held)
    task = _Task(job_holding(held), _Signals(), False, threading.Event())
    del held
    gc.collect()
    assert seen() is not None  # the job holds it until it has run
    task.setAutoDelete(False)  # Python keeps the task, as PySide did
    task.run()
    gc.collect()
    assert seen() is None


def test_a_failed_jobs_error_keeps_nothing_of_its_locals(qtbot) -> None:
    """The error is sent out to be shown, and may be kept; what the job held stays behind."""

    class Held:
        pass

    def job() -> None:
        held = Held()
        seen.append(weakref.ref(held))
        raise OSError("disk full")

    seen: list[weakref.ref[Held]] = []
    errors: list[BaseException] = []
    signals = _Signals()
    signals.failed.connect(errors.append)
    task = _Task(job, signals, False, threading.Event())
    task.setAutoDelete(False)
    task.run()
    gc.collect()
    assert [str(e) for e in errors] == ["disk full"]
    assert seen[0]() is None
