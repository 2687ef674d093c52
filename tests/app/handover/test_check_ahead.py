"""A file's copy and checks stopped from another thread (the import wizard checks the file ahead,
before Enter, and drops the checks at the next character typed): they end at their next step,
or their statement under way is interrupted, and no copy is left behind."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.handover import HandoverService
from storage.bundle_file import Stop
from storage.errors import StorageError
from tests.helpers.handover import BUNDLE_PASSPHRASE, HeldStatement


def _leftovers(vaults) -> list[Path]:
    return list(vaults.data.tmp.iterdir()) if vaults.data.tmp.exists() else []


def test_checks_stopped_before_they_start_copy_nothing(demo_bundle, other_vaults) -> None:
    stop = Stop()
    stop.stop()
    with pytest.raises(StorageError) as refused:
        HandoverService(other_vaults).inspect(demo_bundle, BUNDLE_PASSPHRASE, stop=stop)
    assert str(refused.value) == "stopped"
    assert _leftovers(other_vaults) == []


def test_a_stop_interrupts_the_checks_and_leaves_no_copy(
    demo_bundle, other_vaults, monkeypatch
) -> None:
    held = HeldStatement()
    monkeypatch.setattr("storage.bundle.read_content", lambda db, **_kw: held.run(db))
    stop, failed = Stop(), list[BaseException]()

    def check() -> None:
        try:
            HandoverService(other_vaults).inspect(demo_bundle, BUNDLE_PASSPHRASE, stop=stop)
        except BaseException as exc:
            failed.append(exc)

    worker = threading.Thread(target=check)
    worker.start()
    assert held.started.wait(20)
    while worker.is_alive():  # again until it ends: an interrupt between statements is lost
        stop.stop()
        worker.join(0.01)
    assert held.ended == ["interrupted"] and len(failed) == 1
    assert isinstance(failed[0], StorageError)
    assert _leftovers(other_vaults) == []
