"""Bad files never hurt: a typed error for each, no file left, the open vault unchanged."""

from __future__ import annotations

import errno
import shutil
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from app.errors import (
    BundleInvalid,
    BundleNewerFormat,
    CopyDiffers,
    DiskFull,
    GroupAlreadyHere,
    NotAVault,
    StorageError,
    VaultDamaged,
    VaultMissing,
    WrongPassphraseOrDamaged,
)
from app.handover import HandoverService
from storage import bundle_import
from storage.bundle import copy_verified, remove_scratch
from storage.bundle_file import MANIFEST, open_bundle
from storage.database import Database
from storage.settings import PAGE_SIZE
from tests.helpers.bad_bundles import reseal
from tests.helpers.handover import BUNDLE_PASSPHRASE, NEW_VAULT_PASSPHRASE, snapshot


def _inspect(vaults, path: Path, passphrase: str = BUNDLE_PASSPHRASE):
    return HandoverService(vaults).inspect(path, passphrase)


def _assert_nothing_left(vaults) -> None:
    assert list(vaults.data.tmp.iterdir()) == []
    assert list(vaults.data.vaults.iterdir()) == []


def test_wrong_passphrase(demo_bundle, other_vaults) -> None:
    with pytest.raises(WrongPassphraseOrDamaged):
        _inspect(other_vaults, demo_bundle, "WRONG-WRONG")
    _assert_nothing_left(other_vaults)


@pytest.mark.parametrize(
    "how", ["empty", "truncated", "odd_size", "plain_sqlite", "directory", "missing"]
)
def test_files_refused_before_the_passphrase(how, demo_bundle, other_vaults, tmp_path) -> None:
    import sqlite3

    path = tmp_path / f"{how}.cercle"
    if how == "empty":
        path.write_bytes(b"")
    elif how == "truncated":
        path.write_bytes(demo_bundle.read_bytes()[: 4096 * 3])
    elif how == "odd_size":
        path.write_bytes(demo_bundle.read_bytes()[:5000])
    elif how == "plain_sqlite":
        sqlite3.connect(path).execute("CREATE TABLE meta (key, value)").connection.commit()
    elif how == "directory":
        path.mkdir()
    errors = (NotAVault, VaultMissing, WrongPassphraseOrDamaged, VaultDamaged, BundleInvalid)
    with pytest.raises(errors):
        _inspect(other_vaults, path)
    _assert_nothing_left(other_vaults)


def test_bit_flip_in_the_middle_is_damage(demo_bundle, other_vaults) -> None:
    data = bytearray(demo_bundle.read_bytes())
    data[len(data) // 2] ^= 0x10
    demo_bundle.write_bytes(bytes(data))
    with pytest.raises((VaultDamaged, WrongPassphraseOrDamaged)):
        _inspect(other_vaults, demo_bundle)
    _assert_nothing_left(other_vaults)


@pytest.mark.parametrize(
    ("statements", "writable", "reason"),
    [
        (["DROP TABLE templates"], False, "schema"),
        (["CREATE TABLE extra (x TEXT)"], False, "schema"),
        (["CREATE VIEW v AS SELECT 1"], False, "schema"),
        (
            [f"CREATE TRIGGER m AFTER DELETE ON {MANIFEST} BEGIN DELETE FROM members; END"],
            False,
            "schema",
        ),
        (["CREATE TRIGGER t AFTER INSERT ON members BEGIN SELECT 1; END"], False, "schema"),
        (
            ["UPDATE sqlite_schema SET sql = replace(sql, ') STRICT', ')') WHERE name = 'members'"],
            True,
            "schema",
        ),
        (["UPDATE attendance SET member_id = 'nobody' WHERE rowid = 1"], False, "references"),
        (["UPDATE members SET role = 'king' WHERE rowid = 1"], False, None),
        (["UPDATE members SET updated_at = 'yesterday' WHERE rowid = 1"], False, "content"),
        (["DELETE FROM meta WHERE key = 'app'"], False, None),
    ],
)
def test_altered_rows_inside_a_keyed_bundle(
    statements,
    writable,
    reason,
    demo_bundle,
    other_vaults,
) -> None:
    reseal(demo_bundle, BUNDLE_PASSPHRASE, *statements, writable_schema=writable)
    with pytest.raises((BundleInvalid, VaultDamaged)) as caught:
        _inspect(other_vaults, demo_bundle)
    if reason and isinstance(caught.value, BundleInvalid):
        assert caught.value.reason == reason
    _assert_nothing_left(other_vaults)


def test_duplicated_ids_are_refused(demo_bundle, other_vaults) -> None:
    reseal(
        demo_bundle,
        BUNDLE_PASSPHRASE,
        "DELETE FROM sqlite_schema WHERE name = 'sqlite_autoindex_members_1'",
        "UPDATE sqlite_schema SET sql = replace(sql, 'id                  TEXT PRIMARY KEY', "
        "'id TEXT') WHERE name = 'members'",
        writable_schema=True,
    )
    reseal(demo_bundle, BUNDLE_PASSPHRASE, "INSERT INTO members SELECT * FROM members LIMIT 1")
    with pytest.raises((BundleInvalid, VaultDamaged)):
        _inspect(other_vaults, demo_bundle)
    _assert_nothing_left(other_vaults)


@pytest.mark.parametrize("older", [False, True])
def test_a_changed_row_without_a_new_seal_is_caught(older, demo_bundle, other_vaults) -> None:
    """In a file of this Cercle's format, and of format 2 (sealed over each row's repr)."""
    from storage.bundle_file import BundleKey, open_bundle
    from tests.helpers.bad_bundles import as_format_2

    if older:
        as_format_2(demo_bundle, BUNDLE_PASSPHRASE)
    key = BundleKey.for_file(demo_bundle, BUNDLE_PASSPHRASE)
    with open_bundle(demo_bundle, key, read_only=False) as db:
        db.execute("UPDATE members SET pseudonym = 'Mallory' WHERE rowid = 1")
    with pytest.raises(BundleInvalid) as caught:
        _inspect(other_vaults, demo_bundle)
    assert caught.value.reason == "digest"


@pytest.mark.parametrize("key", ["format_version", "schema_version"])
def test_newer_format_asks_to_update(key, demo_bundle, other_vaults) -> None:
    reseal(
        demo_bundle, BUNDLE_PASSPHRASE, f"UPDATE {MANIFEST} SET value = '99' WHERE key = '{key}'"
    )
    with pytest.raises(BundleNewerFormat):
        _inspect(other_vaults, demo_bundle)
    _assert_nothing_left(other_vaults)


def test_file_vanishing_mid_import(demo_bundle, other_vaults, monkeypatch) -> None:
    real_copy = copy_verified

    def vanish(source: Path, target: Path, **kwargs: Any) -> None:
        source.unlink()
        real_copy(source, target, **kwargs)

    monkeypatch.setattr(bundle_import, "copy_verified", vanish)
    with pytest.raises(VaultMissing):
        _inspect(other_vaults, demo_bundle)
    _assert_nothing_left(other_vaults)


def test_full_disk_during_export_leaves_nothing(
    demo_group, demo_db, handover, tmp_path, monkeypatch
) -> None:
    from storage import bundle_export

    before = snapshot(demo_db)

    def full(source: Path, target: Path) -> None:
        target.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(bundle_export, "copy_verified", full)
    target = tmp_path / "stick.cercle"
    with pytest.raises(DiskFull):
        handover.export(demo_group, target, BUNDLE_PASSPHRASE, "consented")
    assert list(tmp_path.glob("stick.cercle*")) == []
    assert list(handover.tmp.iterdir()) == []
    assert snapshot(demo_db) == before


@pytest.mark.parametrize("spoil", [False, True])
def test_an_export_placed_at_once_compares_its_copy_with_the_file_alone(
    demo_group, demo_db, handover, tmp_path, monkeypatch, spoil
) -> None:
    """No fingerprint of a file placed as soon as it is sealed (nothing can happen to it in
    between, unlike one written ahead): its copy is compared with it byte for byte, and one
    that differs never becomes the target."""
    from storage import bundle_export

    def no_fingerprint(path: Path) -> tuple[int, str]:
        raise AssertionError("fingerprinted")

    real_copy = copy_verified

    def spoiled(source: Path, target: Path) -> None:
        real_copy(source, target)
        copied = bytearray(target.read_bytes())
        copied[len(copied) // 2] ^= 0x01
        target.write_bytes(bytes(copied))

    monkeypatch.setattr(bundle_export, "_fingerprint", no_fingerprint)
    if spoil:
        monkeypatch.setattr(bundle_export, "copy_verified", spoiled)
    target = tmp_path / "stick.cercle"
    if spoil:
        with pytest.raises(CopyDiffers):
            handover.export(demo_group, target, BUNDLE_PASSPHRASE, "consented")
        assert list(tmp_path.glob("stick.cercle*")) == []
    else:
        handover.export(demo_group, target, BUNDLE_PASSPHRASE, "consented")
        assert [p.name for p in tmp_path.glob("stick.cercle*")] == ["stick.cercle"]
    assert list(handover.tmp.iterdir()) == []


def _disk_full_said(exc: BaseException) -> bool:
    from ui.common.messages import error_message

    return error_message(exc).startswith("The disk is full.")


def test_full_disk_at_the_export_s_scratch_file_says_so(
    demo_group, handover, tmp_path, full_at_sidecar
) -> None:
    target = tmp_path / "stick.cercle"
    with pytest.raises(DiskFull) as caught:
        handover.export(demo_group, target, BUNDLE_PASSPHRASE, "consented")
    assert _disk_full_said(caught.value)
    assert list(tmp_path.glob("stick.cercle*")) == []
    assert list(handover.tmp.iterdir()) == []


def test_full_disk_at_the_import_s_scratch_file_says_so(
    demo_bundle, other_vaults, full_at_sidecar
) -> None:
    with pytest.raises(DiskFull) as caught:
        _inspect(other_vaults, demo_bundle)
    assert _disk_full_said(caught.value)
    _assert_nothing_left(other_vaults)


@contextmanager
def _disk_full_past(size: int) -> Iterator[None]:
    """Every file this process writes stops growing at `size` bytes, as on a full disk (the
    write fails; no signal)."""
    import resource

    limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, limit[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limit)
        signal.signal(signal.SIGXFSZ, handler)


@pytest.mark.skipif(sys.platform == "win32", reason="no file size limit to set")
@pytest.mark.parametrize("pages", [1, 2, 3, 8])
def test_a_disk_filling_up_under_the_bundle_leaves_the_group_working(
    pages, demo_group, demo_db, handover, tmp_path
) -> None:
    """The bundle is written on the open group's own connection: a write that fails halfway
    (here while the tables are being created) must not leave that connection unable to read
    its own vault. With no journal, the half-written file's schema could not be read, so every
    later statement of the group, DETACH first, failed as "malformed"."""
    before = snapshot(demo_db)
    target = tmp_path / "stick.cercle"
    with _disk_full_past(pages * PAGE_SIZE), pytest.raises(StorageError) as failed:
        handover.export(demo_group, target, BUNDLE_PASSPHRASE, "consented")
    assert not isinstance(failed.value, VaultDamaged)  # the disk is full, the group is sound
    assert [row[1] for row in demo_db.query("PRAGMA database_list")] == ["main"]
    assert snapshot(demo_db) == before
    assert list(handover.tmp.iterdir()) == [] and not target.exists()
    handover.export(demo_group, target, BUNDLE_PASSPHRASE, "consented")


def test_export_to_a_directory_is_refused(demo_group, handover, tmp_path) -> None:
    with pytest.raises(StorageError):
        handover.export(demo_group, tmp_path, BUNDLE_PASSPHRASE, "consented")


def test_importing_a_group_already_here_is_refused(demo_group, demo_bundle, handover) -> None:
    copy = handover.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    with pytest.raises(GroupAlreadyHere):
        handover.import_group(copy, "again", NEW_VAULT_PASSPHRASE)
    assert list(handover.tmp.iterdir()) == []


def test_copy_of_bundle_elsewhere_still_imports(demo_bundle, other_vaults, tmp_path) -> None:
    moved = tmp_path / "renamed.cercle"
    shutil.copy(demo_bundle, moved)
    assert _inspect(other_vaults, moved).manifest.counts["members"] == 12


def _written_vault(copy: bundle_import.VerifiedCopy, data: bytes) -> dict[str, list[Any]]:
    """The vault make_vault writes from a copy holding `data`: checked whole, then its rows."""
    copy.path.write_bytes(data)
    vault = bundle_import.make_vault(copy, NEW_VAULT_PASSPHRASE)
    try:
        with Database.open(vault, NEW_VAULT_PASSPHRASE, take_lock=False) as db:
            assert db.query("PRAGMA cipher_integrity_check") == []
            assert db.query("PRAGMA integrity_check") == [("ok",)]
            assert not db.query("PRAGMA foreign_key_check")
            return snapshot(db)
    finally:
        remove_scratch(vault)


def test_a_page_spoiled_after_the_checks_never_reaches_a_vault(demo_bundle, other_vaults) -> None:
    """A vault written from the copy read again: a page of the copy that fails its HMAC stops
    the import, whichever page it is, unless the vault takes nothing from it (the index of an
    empty table): then the vault is the one the sound copy gives. (`PRAGMA rekey` answered "ok"
    over such a page and left the whole file under the old key.) The checks' kept connection
    serves only the first, sound write here, and reads the file again too: the VACUUM changed
    it (tests/app/handover/test_vault_ahead.py spoils a page under that connection)."""
    first = HandoverService(other_vaults).inspect(demo_bundle, BUNDLE_PASSPHRASE)
    with open_bundle(first.path, first.key, read_only=False) as db:
        db.execute("VACUUM")  # no free page: a damaged one is never read by anyone
    sound = first.path.read_bytes()
    expected = _written_vault(first, sound)
    pages = len(sound) // PAGE_SIZE
    stopped = 0
    for page in range(2, pages + 1):  # page 1: the key's first read fails
        spoiled = bytearray(sound)
        spoiled[(page - 1) * PAGE_SIZE + PAGE_SIZE // 2] ^= 0x01
        try:
            rows = _written_vault(first, bytes(spoiled))
        except VaultDamaged:
            stopped += 1
            assert list(other_vaults.data.tmp.glob("*.cercle")) == [first.path]
        else:
            assert rows == expected
    assert stopped > pages * 3 // 4
    first.discard()


def test_export_to_the_longest_name_a_folder_takes(demo_group, handover, tmp_path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    target = folder / ("é" * 124 + ".cercle")  # 255 bytes, and no room for ".partial"
    handover.export(demo_group, target, BUNDLE_PASSPHRASE, "consented")
    assert [p.name for p in folder.iterdir()] == [target.name]


def test_a_file_larger_than_any_handover_is_refused_before_it_is_copied(
    vaults, tmp_path, monkeypatch
) -> None:
    """It was copied whole into Cercle's tmp folder (a disk's worth, minutes) before its first
    page was read. Here the cap is 64 pages; the file, sparse, takes no room."""
    from storage import bundle

    monkeypatch.setattr(bundle, "MAX_BUNDLE_BYTES", 64 * PAGE_SIZE, raising=False)
    big = tmp_path / "big.cercle"
    with big.open("wb") as out:
        out.write(bytes(range(256)) * 16)  # not SQLite's plain header
        out.truncate(65 * PAGE_SIZE)
    with pytest.raises(NotAVault):
        _inspect(vaults, big)
    assert list(vaults.data.tmp.iterdir()) == []


def test_a_file_growing_while_it_is_copied_is_not_followed(tmp_path, monkeypatch) -> None:
    from storage import bundle

    monkeypatch.setattr(bundle, "MAX_BUNDLE_BYTES", 2 << 20)
    source = tmp_path / "growing.cercle"
    source.write_bytes(b"\1" * (3 << 20))  # past the cap once its size was checked
    with pytest.raises(NotAVault):
        copy_verified(source, tmp_path / "copy.cercle")
