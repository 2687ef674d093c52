"""Ahead's drop: its work stopped once (every stop given it holds), waited for a bounded time,
and what it made freed, never under work still running."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject

from ui.common import ahead as ahead_module
from ui.common.ahead import Ahead


def _held_work(
    ahead: Ahead[str], gate: threading.Event, interrupt: Callable[[], None]
) -> list[threading.Thread]:
    """Work on `ahead` running until `gate` is set; returns the threads what it made was freed
    on, once running."""
    running, freed = threading.Event(), list[threading.Thread]()

    def make() -> str:
        running.set()
        assert gate.wait(20)
        return "made"

    def discard() -> None:
        freed.append(threading.current_thread())

    ahead._begin("input", make, interrupt=interrupt, discard=discard)
    assert running.wait(20)
    return freed


def test_a_drop_stops_once_and_frees_what_was_made_only_once_the_work_ends(
    qtbot, monkeypatch
) -> None:
    """Work in a step no stop ends (here held on a gate) past the drop's wait: the drop returns
    after one stop, and what the work made is freed on its thread once it ends, before stop()
    returns."""
    monkeypatch.setattr(ahead_module, "LET_GO_WAIT_MS", 0)
    owner = QObject()
    ahead: Ahead[str] = Ahead(owner)
    gate, stops = threading.Event(), list[str]()
    freed = _held_work(ahead, gate, lambda: stops.append("stop"))
    ahead.drop()
    assert stops == ["stop"] and freed == []  # once, and nothing freed under the work
    gate.set()
    ahead.stop()
    assert len(freed) == 1 and freed[0] is not threading.current_thread()
    assert stops == ["stop"] and not ahead.running


def test_a_drop_waits_for_work_that_ends_at_its_stop_and_frees_it_at_once(qtbot) -> None:
    owner = QObject()
    ahead: Ahead[str] = Ahead(owner)
    stopped = threading.Event()
    freed = _held_work(ahead, stopped, stopped.set)
    ahead.drop()
    assert not ahead.running and freed == [threading.current_thread()]
