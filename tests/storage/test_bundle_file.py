"""The whole-file checks run on their own connection and thread: their verdicts still come
first, and leaving early lets go of the file."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.errors import BundleInvalid, VaultDamaged
from storage import bundle_file
from storage.bundle import read_content, table_scans, verify_bundle
from storage.bundle_file import (
    MANIFEST,
    TABLES,
    BundleKey,
    FileChecks,
    SharedScans,
    open_bundle,
    staged_in_memory,
    write_keyed,
)
from storage.bundle_gate import TableScan
from storage.database import Database
from storage.errors import StorageError
from storage.settings import PAGE_SIZE
from tests.helpers.bad_bundles import reseal
from tests.helpers.handover import BUNDLE_PASSPHRASE


def _spoil_a_page_past_the_manifest(path: Path) -> None:
    """One byte of a page the content check reads after the manifest: its HMAC fails."""
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))


def _checks_running() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "bundle-checks"]


def test_a_damaged_page_is_reported_before_a_wrong_manifest(demo_bundle: Path) -> None:
    key = BundleKey.for_file(demo_bundle, BUNDLE_PASSPHRASE)
    with open_bundle(demo_bundle, key, read_only=False) as db:
        db.execute(f"UPDATE {MANIFEST} SET value = 'not json' WHERE key = 'counts'")
    with pytest.raises(BundleInvalid):  # the manifest alone: what the content check finds
        verify_bundle(demo_bundle, key)
    _spoil_a_page_past_the_manifest(demo_bundle)
    with pytest.raises(VaultDamaged):  # the damage explains it, and is what the host is told
        verify_bundle(demo_bundle, key)
    assert not _checks_running()


def test_the_checks_find_a_damaged_page_on_their_own(demo_bundle: Path) -> None:
    key = BundleKey.for_file(demo_bundle, BUNDLE_PASSPHRASE)
    _spoil_a_page_past_the_manifest(demo_bundle)
    with FileChecks(demo_bundle, key) as checks, pytest.raises(VaultDamaged):
        checks.raise_if_damaged()


def test_a_sound_file_passes_every_check(demo_bundle: Path) -> None:
    key = BundleKey.for_file(demo_bundle, BUNDLE_PASSPHRASE)
    with FileChecks(demo_bundle, key) as checks:
        checks.raise_if_damaged()
        assert not checks.references_broken()


def test_a_stop_that_comes_before_the_callers_window_holds_on_the_checks_thread(
    demo_bundle: Path,
) -> None:
    """Stopped before the caller watches the checks (stop.watch(checks.interrupt)): their
    thread starts no statement, shared table reads included, and its verdict is "stopped",
    never a damaged or a sound file."""
    key = BundleKey.for_file(demo_bundle, BUNDLE_PASSPHRASE)
    stop = bundle_file.Stop()
    stop.stop()
    scans = table_scans()
    with FileChecks(demo_bundle, key, sharing=scans, stop=stop) as checks:
        with pytest.raises(StorageError, match="stopped"):
            checks.raise_if_damaged()
        with pytest.raises(StorageError, match="stopped"):
            checks.references_broken()
    assert not _checks_running()


def test_leaving_early_stops_the_thread_and_lets_go_of_the_file(demo_bundle: Path) -> None:
    key = BundleKey.for_file(demo_bundle, BUNDLE_PASSPHRASE)
    with FileChecks(demo_bundle, key):
        pass  # the demo's checks may or may not be done already: either way, nothing is left
    assert not _checks_running()
    # No reader is left: a writer takes the file at once (a reader would make it wait).
    with Database.open(demo_bundle, key.raw, take_lock=False) as db:
        db.execute("PRAGMA busy_timeout = 0")
        with db.transaction():
            db.execute(f"UPDATE {MANIFEST} SET value = value WHERE key = 'counts'")


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE members SET role = 'king' WHERE rowid = 1",  # CHECK
        "UPDATE sessions SET duration_minutes = 0 WHERE rowid = 1",  # CHECK
        "UPDATE members SET pseudonym = '' WHERE rowid = 1",  # CHECK (length of trim)
    ],
)
def test_integrity_check_finds_a_broken_constraint(demo_bundle: Path, statement: str) -> None:
    """integrity_check re-evaluates every CHECK (and NOT NULL, STRICT types, UNIQUE keys, see
    tests/app/handover/test_bad_input.py): no second pass copies the rows to have them checked."""
    key = BundleKey.for_file(demo_bundle, BUNDLE_PASSPHRASE)
    with open_bundle(demo_bundle, key, read_only=False) as db:
        db.execute("PRAGMA ignore_check_constraints = ON")
        db.execute(statement)
    with FileChecks(demo_bundle, key) as checks, pytest.raises(VaultDamaged):
        checks.raise_if_damaged()


def _pages(path: Path) -> int:
    return path.stat().st_size // PAGE_SIZE


def _spoil_page(source: Path, target: Path, page: int) -> None:
    data = bytearray(source.read_bytes())
    data[(page - 1) * PAGE_SIZE + PAGE_SIZE // 2] ^= 0x01
    target.write_bytes(bytes(data))


@pytest.mark.parametrize("free_pages", [False, True])
def test_every_page_is_authenticated(demo_bundle: Path, tmp_path: Path, free_pages: bool) -> None:
    """A page spoiled anywhere is damage, whichever page. Without a free page, integrity_check
    reads every page (SQLCipher authenticating each), so cipher_integrity_check is not run; with
    some, it is, since integrity_check never reads a free leaf page."""
    key = BundleKey.for_file(demo_bundle, BUNDLE_PASSPHRASE)
    with open_bundle(demo_bundle, key, read_only=False) as db:
        db.execute("VACUUM")
        if free_pages:
            db.execute("DELETE FROM resources")
        assert bool(db.scalar("PRAGMA freelist_count")) is free_pages
    spoiled = tmp_path / "spoiled.cercle"
    for page in range(2, _pages(demo_bundle) + 1):  # page 1 fails at the key's first read
        _spoil_page(demo_bundle, spoiled, page)
        with pytest.raises(VaultDamaged), FileChecks(spoiled, key) as checks:
            checks.raise_if_damaged()  # or already at the open: a page of the schema or meta
    with FileChecks(demo_bundle, key) as checks:
        checks.raise_if_damaged()


def test_a_spoiled_page_past_the_database_is_damage(demo_bundle: Path) -> None:
    """A page past the size the header gives is read by nothing but cipher_integrity_check."""
    key = BundleKey.for_file(demo_bundle, BUNDLE_PASSPHRASE)
    data = demo_bundle.read_bytes()
    demo_bundle.write_bytes(data + data[-PAGE_SIZE:-1] + bytes([data[-1] ^ 1]))
    with FileChecks(demo_bundle, key) as checks, pytest.raises(VaultDamaged):
        checks.raise_if_damaged()


def test_the_checks_thread_reads_the_tables_still_waiting(demo_bundle: Path) -> None:
    """Once its checks are done, the checks' connection reads the gate's tables the caller has
    not started: the same reading, whichever connection read which table."""
    key = BundleKey.for_file(demo_bundle, BUNDLE_PASSPHRASE)
    with open_bundle(demo_bundle, key) as db:
        alone = read_content(db)
        readers: dict[str, str] = {}
        plain = table_scans()

        def scan(reader: Database, table: str) -> TableScan:
            readers[table] = threading.current_thread().name
            return plain.scan(reader, table)

        shared = SharedScans(TABLES, scan)
        with FileChecks(demo_bundle, key, sharing=shared) as checks:
            checks.finish()  # the caller not started yet: the checks' thread reads them all
            assert read_content(db, scans=shared) == alone
        assert set(readers.values()) == {"bundle-checks"}


def test_a_table_the_checks_thread_could_not_read_fails_the_reading(demo_bundle: Path) -> None:
    key = BundleKey.for_file(demo_bundle, BUNDLE_PASSPHRASE)

    def broken(_reader: Database, table: str) -> str:
        raise StorageError(f"no {table}")

    shared = SharedScans(TABLES, broken)
    with open_bundle(demo_bundle, key) as db:
        shared.help(db, lambda: False)
        with pytest.raises(StorageError):
            shared.results(db)


def test_the_staged_copy_is_read_beside_its_writer_and_gone_after(
    demo_bundle: Path, tmp_path: Path
) -> None:
    """An export stages the group in memory and reads it on a second connection while the first
    writes the file from it: the same rows, in no file (neither beside the vault nor in the
    working folder), and freed once the writer lets go of it."""
    key = BundleKey.for_file(demo_bundle, BUNDLE_PASSPHRASE)
    folders = (Path.cwd(), demo_bundle.parent, tmp_path, Path("/"))  # the name is "/cercle-..."
    before = [set(folder.iterdir()) for folder in folders]
    with open_bundle(demo_bundle, key) as db:
        with staged_in_memory(db) as staged:
            with staged.reader() as rows:
                for table in TABLES:
                    counted = f"SELECT count(*) FROM {table}"
                    assert rows.scalar(counted) == db.scalar(counted)
                with pytest.raises(StorageError):  # the writer's copy, not the reader's
                    rows.execute("DELETE FROM members")
            write_keyed(db, staged.name, tmp_path / "written.cercle", key)
        with pytest.raises(StorageError):
            with staged.reader() as rows:
                rows.scalar("SELECT count(*) FROM members")
    after = [set(folder.iterdir()) for folder in folders]
    assert after[2] - before[2] == {tmp_path / "written.cercle"}
    assert [after[i] for i in (0, 1, 3)] == [before[i] for i in (0, 1, 3)]


@pytest.mark.parametrize(
    ("statement", "references"),
    [(None, False), ("UPDATE attendance SET member_id = 'nobody' WHERE rowid = 1", True)],
)
def test_the_caller_runs_the_checks_the_thread_has_not_begun(
    demo_bundle: Path, monkeypatch: pytest.MonkeyPatch, statement, references
) -> None:
    """While integrity_check still runs, the caller done with its own reading takes the
    references on its connection: the same verdict, run once."""
    if statement:
        reseal(demo_bundle, BUNDLE_PASSPHRASE, statement)
    key = BundleKey.for_file(demo_bundle, BUNDLE_PASSPHRASE)
    taken = threading.Event()
    real = bundle_file._structure_problems
    ran_on: list[str] = []

    def held(db: Database, path: Path) -> bool:
        assert taken.wait(10)
        return real(db, path)

    def counted(db: Database) -> bool:
        ran_on.append(threading.current_thread().name)
        return bool(db.query("PRAGMA foreign_key_check"))

    monkeypatch.setattr(bundle_file, "_structure_problems", held)
    monkeypatch.setattr(bundle_file, "_references_broken", counted)
    with open_bundle(demo_bundle, key) as db, FileChecks(demo_bundle, key) as checks:
        checks.take_waiting(db)
        taken.set()
        checks.raise_if_damaged()
        assert checks.references_broken() is references
        checks.take_waiting(db)  # nothing left to take
    assert ran_on == [threading.current_thread().name]
