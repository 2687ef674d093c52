"""A file's copy and checks stopped from another thread (the import wizard checks the file ahead,
before Enter, and drops the checks at the next character typed): they end at their next step,
or their statement under way is interrupted, and no copy is left behind."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.handover import HandoverService
from storage import bundle
from storage.bundle_file import Stop
from storage.database import Database
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


def _checked_on_a_thread(
    other_vaults, demo_bundle, stop: Stop
) -> tuple[list[BaseException], threading.Thread]:
    failed: list[BaseException] = []

    def check() -> None:
        try:
            HandoverService(other_vaults).inspect(demo_bundle, BUNDLE_PASSPHRASE, stop=stop)
        except BaseException as exc:
            failed.append(exc)

    worker = threading.Thread(target=check)
    worker.start()
    return failed, worker


def test_a_stop_interrupts_the_checks_and_leaves_no_copy(
    demo_bundle, other_vaults, monkeypatch
) -> None:
    held = HeldStatement()
    monkeypatch.setattr("storage.bundle.read_content", lambda db, **_kw: held.run(db))
    stop = Stop()
    failed, worker = _checked_on_a_thread(other_vaults, demo_bundle, stop)
    assert held.started.wait(20)
    stop.stop()  # once: it holds
    worker.join()
    assert held.ended == ["interrupted"]
    assert [str(exc) for exc in failed] == ["stopped"]
    assert _leftovers(other_vaults) == []


def test_one_stop_between_two_statements_holds_for_the_next(
    demo_bundle, other_vaults, monkeypatch
) -> None:
    """Stopped once while no statement runs (an interrupt then reaches nothing): the next
    statement ends as it starts, and the checks end as stopped, not as a file that failed."""
    held, stop = HeldStatement(), Stop()
    between, stopped = threading.Event(), threading.Event()

    def read_content(db, **_kw):
        between.set()
        assert stopped.wait(20)
        held.run(db)

    monkeypatch.setattr("storage.bundle.read_content", read_content)
    failed, worker = _checked_on_a_thread(other_vaults, demo_bundle, stop)
    assert between.wait(20)
    stop.stop()  # once
    stopped.set()
    worker.join()
    assert held.ended == ["interrupted"]
    assert [str(exc) for exc in failed] == ["stopped"]
    assert _leftovers(other_vaults) == []


def test_no_table_is_read_after_a_stop(demo_bundle, other_vaults, monkeypatch) -> None:
    """Stopped just before the gate reads its first table: no table's read completes after it,
    none is read again another way (the retry for a blob in JSON), on either connection."""
    stop = Stop()
    real = Database.query_one
    read_after: list[str] = []

    def query_one(self, sql, params=()):
        if "group_concat" not in sql:
            return real(self, sql, params)
        stop.stop()  # no statement running here: only a stop that holds ends the read below
        row = real(self, sql, params)
        read_after.append(sql)
        return row

    monkeypatch.setattr(Database, "query_one", query_one)
    failed, worker = _checked_on_a_thread(other_vaults, demo_bundle, stop)
    worker.join()
    assert read_after == []
    assert [str(exc) for exc in failed] == ["stopped"]
    assert _leftovers(other_vaults) == []


def test_a_stopped_check_reads_no_page_again_for_damage(
    demo_bundle, other_vaults, monkeypatch
) -> None:
    """A failure explained by a damaged page first (every page's HMAC checked): not when the
    failure is the stop's own interrupt."""
    held, stop = HeldStatement(), Stop()
    passes: list[str] = []
    monkeypatch.setattr("storage.bundle.checked_structure", held.run)

    def cipher_problems(_db) -> list[str]:
        passes.append("hmac")
        return []

    monkeypatch.setattr("storage.bundle.cipher_problems", cipher_problems)
    failed, worker = _checked_on_a_thread(other_vaults, demo_bundle, stop)
    assert held.started.wait(20)
    stop.stop()
    worker.join()
    assert held.ended == ["interrupted"] and passes == []
    assert [str(exc) for exc in failed] == ["stopped"]


def test_a_stop_ends_the_copy_between_two_chunks(tmp_path, monkeypatch) -> None:
    """A copy from a slow stick, stopped once its first chunk is written: it reads no other."""
    monkeypatch.setattr(bundle, "_CHUNK", 4096)
    source, target = tmp_path / "source.cercle", tmp_path / "copy.cercle"
    source.write_bytes(bytes(4096 * 8))

    class StoppedAfterOneChunk(Stop):
        def __init__(self) -> None:
            super().__init__()
            self.looks = 0

        def check(self) -> None:
            self.looks += 1
            if self.looks == 2:
                self.stop()
            super().check()

    with pytest.raises(StorageError) as refused:
        bundle.copy_verified(source, target, durable=False, stop=StoppedAfterOneChunk())
    assert str(refused.value) == "stopped"
    assert target.stat().st_size == 4096
