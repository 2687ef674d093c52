"""An imported group's vault staged ahead (issue 18): the verified copy staged in memory and its
search index built while the host chooses a passphrase (HandoverService.stage), then only
written under the new key at the click. It is the same vault as one staged at the click, the
copy itself stays as it was checked, and a stop or a failure leaves nothing behind."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from app.errors import DiskFull, VaultDamaged
from app.handover import Arrival, HandoverService, StagedVault
from storage import bundle_file, bundle_import
from storage.database import Database
from storage.errors import StorageError
from storage.settings import PAGE_SIZE
from tests.helpers.handover import (
    BUNDLE_PASSPHRASE,
    NEW_VAULT_PASSPHRASE,
    HeldIndexBuild,
    StopBefore,
    full_after_vault_write,
    snapshot,
    staged_copy,
)

_TABLES = ("meta", "members", "sessions", "resources", "tombstones")


def _builds(monkeypatch: pytest.MonkeyPatch) -> list[StagedVault]:
    built: list[StagedVault] = []
    real = StagedVault.build

    def build(self: StagedVault) -> StagedVault:
        built.append(self)
        return real(self)

    monkeypatch.setattr(StagedVault, "build", build)
    return built


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _leftovers(vaults) -> list[Path]:
    return list(vaults.data.tmp.iterdir()) if vaults.data.tmp.exists() else []


def test_the_vault_staged_ahead_is_written_without_staging_again(
    demo_bundle, other_vaults, tmp_path, monkeypatch
) -> None:
    service = HandoverService(other_vaults)
    copy = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    staged = service.stage(copy).build()
    built = _builds(monkeypatch)
    result = service.import_group(copy, "Ahead", NEW_VAULT_PASSPHRASE, staged=staged)
    assert built == []  # the write took the rows staged ahead
    assert not staged.holds_rows  # freed once written
    # The same vault as one staged at the click.
    other = HandoverService(
        type(other_vaults)(type(other_vaults.data).resolve(tmp_path / "third-host"))
    )
    second = other.import_group(
        other.inspect(demo_bundle, BUNDLE_PASSPHRASE), "At the click", NEW_VAULT_PASSPHRASE
    )
    with (
        Database.open(result.group.path, NEW_VAULT_PASSPHRASE, read_only=True) as ahead,
        Database.open(second.group.path, NEW_VAULT_PASSPHRASE, read_only=True) as inline,
    ):
        assert snapshot(ahead, _TABLES) == snapshot(inline, _TABLES)
        assert ahead.query("SELECT * FROM resources_fts_idx") == inline.query(
            "SELECT * FROM resources_fts_idx"
        )
        assert ahead.query("PRAGMA integrity_check") == [("ok",)]
        assert ahead.scalar("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'handover%'") == 0
    assert _leftovers(other_vaults) == []


def test_staging_ahead_leaves_the_checked_copy_as_it_was(demo_bundle, other_vaults) -> None:
    """The manifest is dropped from the staged rows, never from the copy: a host who goes back
    and merges the file instead has it as it was checked."""
    service = HandoverService(other_vaults)
    copy = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    before = _digest(copy.path)
    staged = service.stage(copy).build()
    staged.close()
    assert _digest(copy.path) == before
    copy.discard()


def test_a_group_kept_apart_gets_its_own_id_in_the_vault_staged_ahead(
    demo_bundle, other_vaults
) -> None:
    service = HandoverService(other_vaults)
    copy = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    file_group = copy.manifest.group_id
    staged = service.stage(copy).build()
    result = service.import_group(
        copy, "Apart", NEW_VAULT_PASSPHRASE, arrival=Arrival.SEPARATE, staged=staged
    )
    assert result.group.id != file_group
    with Database.open(result.group.path, NEW_VAULT_PASSPHRASE, read_only=True) as db:
        assert db.meta("group_id") == result.group.id


def test_a_vault_staged_from_another_copy_is_not_used(demo_bundle, other_vaults, monkeypatch):
    service = HandoverService(other_vaults)
    first = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    staged = service.stage(first).build()
    second = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    built = _builds(monkeypatch)
    service.import_group(second, "Second", NEW_VAULT_PASSPHRASE, staged=staged)
    assert [one.copy for one in built] == [second]
    assert not staged.holds_rows  # closed all the same
    first.discard()


def test_a_write_failing_midway_leaves_no_vault_and_frees_the_staged_rows(
    demo_bundle, other_vaults, monkeypatch
) -> None:
    service, copy, staged = staged_copy(other_vaults, demo_bundle)
    full_after_vault_write(monkeypatch)
    with pytest.raises(DiskFull):
        service.import_group(copy, "Full", NEW_VAULT_PASSPHRASE, staged=staged)
    assert not staged.holds_rows
    assert other_vaults.list_groups() == []
    assert list(other_vaults.data.vaults.iterdir()) == []
    assert _leftovers(other_vaults) == []


def test_a_passphrase_refused_frees_the_staged_rows(demo_bundle, other_vaults) -> None:
    service = HandoverService(other_vaults)
    copy = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    staged = service.stage(copy).build()
    with pytest.raises(StorageError):
        service.import_group(copy, "Short", "short", staged=staged)
    assert not staged.holds_rows
    assert _leftovers(other_vaults) == []


def test_a_stop_while_the_index_is_built_ends_the_build_and_keeps_nothing(
    demo_bundle, other_vaults, monkeypatch
) -> None:
    """stop() from another thread interrupts the statement under way (here one that would
    otherwise run for seconds, in place of the index's INSERT); the build then frees its rows."""
    service = HandoverService(other_vaults)
    copy = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    held = HeldIndexBuild()
    monkeypatch.setattr(bundle_import, "build_search_index", held.build)
    staged = service.stage(copy)
    failed: list[BaseException] = []

    def build() -> None:
        try:
            staged.build()
        except BaseException as exc:
            failed.append(exc)

    builder = threading.Thread(target=build)
    builder.start()
    assert held.indexing.wait(30)
    staged.stop()  # once: it holds
    builder.join()
    assert held.ended == ["interrupted"]
    assert [str(exc) for exc in failed] == ["stopped"]
    assert not staged.holds_rows
    with pytest.raises(StorageError):
        staged.write(copy.path.with_name("never.cercle"), copy.key, None)
    copy.discard()
    assert _leftovers(other_vaults) == []


def test_a_stop_between_two_statements_of_the_staging_holds_for_the_next(
    demo_bundle, other_vaults, monkeypatch
) -> None:
    """Stopped once, as the copy into memory is about to begin (no statement runs: an interrupt
    reaches nothing): it never runs, and the build ends as stopped, its rows freed."""
    service = HandoverService(other_vaults)
    copy = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    staged = service.stage(copy)
    with monkeypatch.context() as patched, pytest.raises(StorageError) as refused:
        before = StopBefore(patched, "SELECT sqlcipher_export('staged')", staged.stop)
        staged.build()
    assert str(refused.value) == "stopped" and before.ran == []
    assert not staged.holds_rows
    copy.discard()
    assert _leftovers(other_vaults) == []


def test_a_stop_before_the_build_keeps_it_from_starting(demo_bundle, other_vaults) -> None:
    service = HandoverService(other_vaults)
    copy = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    staged = service.stage(copy)
    staged.stop()
    with pytest.raises(StorageError):
        staged.build()
    assert not staged.holds_rows
    copy.discard()


def test_the_staging_reads_the_copy_from_the_checks_own_connection(
    demo_bundle, other_vaults, monkeypatch
) -> None:
    """The checks' connection is kept once they pass: its cache holds the copy's pages, each
    authenticated as it was read, and the staging reads them there instead of decrypting the
    whole file again on a connection of its own."""
    service = HandoverService(other_vaults)
    copy = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    opened: list[Path] = []
    real = bundle_file.connect_bundle

    def connect(path, key, *, read_only):
        opened.append(path)
        return real(path, key, read_only=read_only)

    monkeypatch.setattr("storage.bundle_import.connect_bundle", connect)
    staged = service.stage(copy).build()
    assert opened == []
    assert copy.reader.take() is None  # taken by the staging, which closes it
    result = service.import_group(copy, "Warm", NEW_VAULT_PASSPHRASE, staged=staged)
    with Database.open(result.group.path, NEW_VAULT_PASSPHRASE, read_only=True) as db:
        assert db.query("PRAGMA integrity_check") == [("ok",)]


def test_a_page_spoiled_on_disk_after_the_checks_never_reaches_the_vault(
    demo_bundle, other_vaults, tmp_path
) -> None:
    """Whatever happens to our copy on disk once checked, the vault holds the rows the checks
    read: from the kept connection's authenticated pages, or (the first page changed, which
    SQLite sees) the copy read again, its spoiled page then stopping the import."""
    service = HandoverService(other_vaults)
    sound = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    expected = service.import_group(sound, "Sound", NEW_VAULT_PASSPHRASE).group
    with Database.open(expected.path, NEW_VAULT_PASSPHRASE, read_only=True) as db:
        rows = snapshot(db, _TABLES)
    for page in (2, 1):  # a page of rows, then the first page (the file's change counter)
        elsewhere = HandoverService(
            type(other_vaults)(type(other_vaults.data).resolve(tmp_path / f"host-{page}"))
        )
        copy = elsewhere.inspect(demo_bundle, BUNDLE_PASSPHRASE)
        data = bytearray(copy.path.read_bytes())
        data[(page - 1) * PAGE_SIZE + PAGE_SIZE // 2] ^= 0x01
        copy.path.write_bytes(bytes(data))
        try:
            result = elsewhere.import_group(copy, "Spoiled", NEW_VAULT_PASSPHRASE)
        except VaultDamaged:
            assert page == 1
            assert elsewhere.vaults.list_groups() == []
            continue
        with Database.open(result.group.path, NEW_VAULT_PASSPHRASE, read_only=True) as db:
            assert snapshot(db, _TABLES) == rows


def test_a_copy_discarded_unstaged_closes_the_kept_connection(demo_bundle, other_vaults) -> None:
    service = HandoverService(other_vaults)
    copy = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    kept = copy.reader.take()
    assert kept is not None and kept.is_open
    copy.reader.put(kept)
    copy.discard()
    assert not kept.is_open
    assert list(other_vaults.data.tmp.iterdir()) == []
