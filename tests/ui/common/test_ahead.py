"""Ahead's drop: its work stopped once (every stop given it holds), waited for a bounded time,
and what it made freed, never under work still running."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from ui.common import ahead as ahead_module
from ui.common.ahead import Ahead


def test_a_drop_stops_once_and_frees_what_was_made_only_once_the_work_ends(
    qtbot, monkeypatch
) -> None:
    """Work in a step no stop ends (here held on a gate) past the drop's wait: the drop returns
    after one stop, and what the work made is freed on its thread once it ends, before stop()
    returns."""
    monkeypatch.setattr(ahead_module, "LET_GO_WAIT_MS", 0)
    owner = QObject()
    ahead: Ahead[str] = Ahead(owner)
    gate, running = threading.Event(), threading.Event()
    stops, freed = list[str](), list[threading.Thread]()

    def make() -> str:
        running.set()
        assert gate.wait(20)
        return "made"

    ahead._begin(
        "input",
        make,
        interrupt=lambda: stops.append("stop"),
        discard=lambda: freed.append(threading.current_thread()),
    )
    assert running.wait(20)
    ahead.drop()
    assert stops == ["stop"] and freed == []  # once, and nothing freed under the work
    gate.set()
    ahead.stop()
    assert len(freed) == 1 and freed[0] is not threading.current_thread()
    assert stops == ["stop"] and not ahead.running


def test_a_drop_waits_for_work_that_ends_at_its_stop_and_frees_it_at_once(qtbot) -> None:
    owner = QObject()
    ahead: Ahead[str] = Ahead(owner)
    stopped, running = threading.Event(), threading.Event()
    freed = list[threading.Thread]()

    def make() -> str:
        running.set()
        assert stopped.wait(20)
        return "made"

    ahead._begin(
        "input",
        make,
        interrupt=stopped.set,
        discard=lambda: freed.append(threading.current_thread()),
    )
    assert running.wait(20)
    ahead.drop()
    assert not ahead.running and freed == [threading.current_thread()]
