"""An imported group's vault written ahead (issue 18): the staged vault written under the key of
the passphrase the host has settled on while still on the page (HandoverService.write_ahead),
so that the click only puts it in place. Used only for its copy, its passphrase and a group
keeping its id; removed whenever it is not used, and a failure leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import DiskFull
from app.handover import Arrival, HandoverService, Stop
from app.new_keys import vault_key
from storage import bundle_file
from storage.database import Database
from storage.errors import StorageError, WrongPassphraseOrDamaged
from tests.helpers.handover import (
    BUNDLE_PASSPHRASE,
    NEW_VAULT_PASSPHRASE,
    StopBefore,
    assert_unhalted,
    full_after_vault_write,
    staged_copy,
)

OTHER = "une autre phrase, choisie ensuite"


def _writes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every vault file written from staged rows, by the write ahead or the click's."""
    written: list[Path] = []
    real = bundle_file.write_keyed

    def write_keyed(db, source, path, key, *watch):
        written.append(path)
        real(db, source, path, key, *watch)

    monkeypatch.setattr("storage.bundle_import.write_keyed", write_keyed)
    return written


def _leftovers(vaults) -> list[Path]:
    return list(vaults.data.tmp.iterdir()) if vaults.data.tmp.exists() else []


def _vault_files(vaults) -> list[Path]:
    return [path for path in _leftovers(vaults) if path.match("vault-*.cercle")]


def _written_ahead(service: HandoverService, bundle: Path, passphrase: str):
    copy = service.inspect(bundle, BUNDLE_PASSPHRASE)
    staged = service.stage(copy).build()
    key = vault_key(passphrase)
    return copy, staged, key, service.write_ahead(copy, staged, key)


@pytest.fixture
def counted(demo_bundle, other_vaults, monkeypatch):
    """The next host's service, the vault files written, and the demo file's vault written
    ahead under NEW_VAULT_PASSPHRASE."""
    service = HandoverService(other_vaults)
    writes = _writes(monkeypatch)
    return service, writes, _written_ahead(service, demo_bundle, NEW_VAULT_PASSPHRASE)


def test_the_vault_written_ahead_is_put_in_place_without_writing_again(
    counted, other_vaults
) -> None:
    service, writes, (copy, staged, key, written) = counted
    assert writes == [written.vault.path]
    assert staged.holds_rows  # kept: the host may still choose another passphrase
    result = service.import_group(
        copy, "Ahead", NEW_VAULT_PASSPHRASE, key=key, staged=staged, written=written
    )
    assert writes == [written.vault.path]  # the click wrote nothing
    assert not staged.holds_rows
    assert result.group.id == copy.manifest.group_id
    with Database.open(result.group.path, NEW_VAULT_PASSPHRASE, read_only=True) as db:
        assert db.query("PRAGMA integrity_check") == [("ok",)]
        assert db.scalar("SELECT count(*) FROM resources_fts") == db.scalar(
            "SELECT count(*) FROM resources"
        )
        assert db.scalar("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'handover%'") == 0
    assert _leftovers(other_vaults) == []


def test_a_vault_written_for_another_passphrase_is_removed_and_written_again(
    counted, other_vaults
) -> None:
    service, writes, (copy, staged, key, written) = counted
    result = service.import_group(copy, "Other", OTHER, key=key, staged=staged, written=written)
    assert len(writes) == 2 and not written.vault.path.exists()
    assert other_vaults.check_passphrase(result.group.id, OTHER)
    assert not other_vaults.check_passphrase(result.group.id, NEW_VAULT_PASSPHRASE)
    assert _leftovers(other_vaults) == []


def test_a_vault_written_from_another_copy_is_not_used(counted, demo_bundle, other_vaults) -> None:
    """The same file checked again (the host went back): its vault is written from that copy,
    not taken from the one written ahead from the first."""
    service, writes, (copy, staged, key, written) = counted
    again = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    result = service.import_group(again, "Again", NEW_VAULT_PASSPHRASE, key=key, written=written)
    assert len(writes) == 2 and not written.vault.path.exists()
    assert other_vaults.check_passphrase(result.group.id, NEW_VAULT_PASSPHRASE)
    staged.close()
    copy.discard()
    assert _leftovers(other_vaults) == []


def test_a_write_ahead_stopped_leaves_no_file_and_the_rows_staged(
    demo_bundle, other_vaults
) -> None:
    """Stopped (the host typed another passphrase): no file, and the rows, only read, are
    written under the next one."""
    service, copy, staged = staged_copy(other_vaults, demo_bundle)
    stop = Stop()
    stop.stop()
    with pytest.raises(StorageError):
        service.write_ahead(copy, staged, vault_key(NEW_VAULT_PASSPHRASE), stop)
    assert _vault_files(other_vaults) == []
    written = service.write_ahead(copy, staged, vault_key(OTHER))
    result = service.import_group(copy, "Other", OTHER, staged=staged, written=written)
    assert other_vaults.check_passphrase(result.group.id, OTHER)
    assert _leftovers(other_vaults) == []


def test_a_stop_between_two_statements_of_the_write_holds_for_the_next(
    demo_bundle, other_vaults, monkeypatch
) -> None:
    """Stopped once, as the export into the new file is about to begin (no statement runs: an
    interrupt reaches nothing): it never runs, the write ends as stopped with no file left, and
    the staged rows' connection writes the next passphrase's vault as before."""
    service, copy, staged = staged_copy(other_vaults, demo_bundle)
    stop = Stop()
    with monkeypatch.context() as patched, pytest.raises(StorageError) as refused:
        before = StopBefore(patched, "SELECT sqlcipher_export('keyed'", stop.stop)
        service.write_ahead(copy, staged, vault_key(NEW_VAULT_PASSPHRASE), stop)
    assert str(refused.value) == "stopped" and before.ran == []
    assert _vault_files(other_vaults) == []
    assert_unhalted(before.on[0])
    written = service.write_ahead(copy, staged, vault_key(OTHER))
    result = service.import_group(copy, "Other", OTHER, staged=staged, written=written)
    assert other_vaults.check_passphrase(result.group.id, OTHER)
    assert _leftovers(other_vaults) == []


def test_a_group_kept_apart_is_written_again_with_its_own_id(demo_bundle, other_vaults) -> None:
    service = HandoverService(other_vaults)
    copy, staged, key, written = _written_ahead(service, demo_bundle, NEW_VAULT_PASSPHRASE)
    result = service.import_group(
        copy,
        "Apart",
        NEW_VAULT_PASSPHRASE,
        arrival=Arrival.SEPARATE,
        key=key,
        staged=staged,
        written=written,
    )
    assert result.group.id != copy.manifest.group_id
    with Database.open(result.group.path, NEW_VAULT_PASSPHRASE, read_only=True) as db:
        assert db.meta("group_id") == result.group.id
    assert _leftovers(other_vaults) == []


def test_a_second_passphrase_is_written_from_the_same_staged_rows(
    demo_bundle, other_vaults
) -> None:
    """The host changes their mind after a write ahead: the staged rows are written again,
    unchanged, under the second key; the first file opens with its own passphrase only."""
    service = HandoverService(other_vaults)
    copy, staged, _key, first = _written_ahead(service, demo_bundle, NEW_VAULT_PASSPHRASE)
    second_key = vault_key(OTHER)
    second = service.write_ahead(copy, staged, second_key)
    with Database.open(first.vault.path, NEW_VAULT_PASSPHRASE, read_only=True) as one:
        with Database.open(second.vault.path, OTHER, read_only=True) as other:
            for table in ("meta", "members", "resources"):
                sql = f"SELECT * FROM {table} ORDER BY rowid"
                assert one.query(sql) == other.query(sql)
    with pytest.raises(WrongPassphraseOrDamaged):
        Database.open(first.vault.path, OTHER, read_only=True)
    first.discard()
    result = service.import_group(
        copy, "Second", OTHER, key=second_key, staged=staged, written=second
    )
    assert other_vaults.check_passphrase(result.group.id, OTHER)
    assert _leftovers(other_vaults) == []


def test_a_write_ahead_failing_leaves_no_file_and_the_rows_staged(
    demo_bundle, other_vaults, monkeypatch
) -> None:
    service, copy, staged = staged_copy(other_vaults, demo_bundle)
    with monkeypatch.context() as full, pytest.raises(DiskFull):
        full_after_vault_write(full)
        service.write_ahead(copy, staged, vault_key(NEW_VAULT_PASSPHRASE))
    assert _vault_files(other_vaults) == []
    assert staged.holds_rows  # written again at the click, with the disk back
    result = service.import_group(copy, "After", NEW_VAULT_PASSPHRASE, staged=staged)
    assert other_vaults.check_passphrase(result.group.id, NEW_VAULT_PASSPHRASE)
    assert _leftovers(other_vaults) == []


def test_a_passphrase_refused_removes_the_vault_written_ahead(demo_bundle, other_vaults) -> None:
    service = HandoverService(other_vaults)
    copy, staged, _key, written = _written_ahead(service, demo_bundle, "short")
    with pytest.raises(StorageError):
        service.import_group(copy, "Short", "short", staged=staged, written=written)
    assert not staged.holds_rows
    assert _leftovers(other_vaults) == []
    assert list(other_vaults.data.vaults.iterdir()) == []


def test_nothing_is_written_ahead_from_rows_not_staged_for_the_copy(
    demo_bundle, other_vaults
) -> None:
    service = HandoverService(other_vaults)
    copy = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    staged = service.stage(copy)  # not built
    with pytest.raises(StorageError):
        service.write_ahead(copy, staged, vault_key(NEW_VAULT_PASSPHRASE))
    assert _vault_files(other_vaults) == []
    copy.discard()
    assert _leftovers(other_vaults) == []
