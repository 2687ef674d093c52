"""Automatic backups: verified copies, at most once a day, rotation, restore, a full disk."""

from __future__ import annotations

import errno
import os
import stat
import threading
from pathlib import Path

import pytest

from app.backups import BackupInfo
from app.errors import DiskFull, NotAVault, VaultDamaged, WrongPassphraseOrDamaged
from app.vaults import VaultService
from storage import backups as store
from storage.database import Database
from storage.members import MemberRepository
from storage.records import Member
from tests.helpers.blocking import within_seconds

PASS = "correct horse battery"


def _new_group(vaults: VaultService) -> str:
    return vaults.create_group("Tuesday", "Tuesday group", "en", PASS).id


def test_unlock_makes_one_verified_backup_a_day(vaults, fake_now) -> None:
    gid = _new_group(vaults)
    vaults.unlock(gid, PASS).close()
    fake_now.advance(hours=3)
    vaults.unlock(gid, PASS).close()
    listed = vaults.backups.backups_of(gid)
    assert [b.kind for b in listed] == ["weekly"]  # the first of the week doubles as weekly
    backup = listed[0]
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    assert backup.path.parent == vaults.data.backups / gid
    store.verify_with_passphrase(backup.path, PASS, gid)
    with pytest.raises(WrongPassphraseOrDamaged):
        store.verify_with_passphrase(backup.path, "not the passphrase", gid)
    fake_now.advance(days=1)
    vaults.unlock(gid, PASS).close()
    assert [b.kind for b in vaults.backups.backups_of(gid)] == ["daily", "weekly"]


def test_rotation_over_a_simulated_month_keeps_7_days_and_4_weeks(vaults, fake_now) -> None:
    gid = _new_group(vaults)
    group = vaults.unlock(gid, PASS)  # Monday 2 November
    try:
        for _day in range(29):  # up to Tuesday 1 December
            fake_now.advance(days=1)
            assert group.backup_if_due(vaults.backups) is not None
            assert group.backup_if_due(vaults.backups) is None  # once a day
    finally:
        group.close()
    kept = {(b.made_at.strftime("%m-%d"), b.kind) for b in vaults.backups.backups_of(gid)}
    assert kept == {
        ("12-01", "daily"),
        ("11-30", "weekly"),
        ("11-29", "daily"),
        ("11-28", "daily"),
        ("11-27", "daily"),
        ("11-26", "daily"),
        ("11-25", "daily"),
        ("11-23", "weekly"),
        ("11-16", "weekly"),
        ("11-09", "weekly"),
    }


def test_rotation_follows_the_preferences(vaults, fake_now) -> None:
    from app.settings import Preferences, PreferenceStore

    PreferenceStore(vaults.data.settings_file).save(Preferences(backups_daily=2, backups_weekly=1))
    gid = _new_group(vaults)
    group = vaults.unlock(gid, PASS)
    try:
        for _day in range(15):
            fake_now.advance(days=1)
            group.backup_if_due(vaults.backups)
    finally:
        group.close()
    kinds = [(b.made_at.day, b.kind) for b in vaults.backups.backups_of(gid)]
    assert kinds == [(17, "daily"), (16, "weekly")]


def test_full_disk_during_backup_leaves_no_partial_file(vaults, fake_now, monkeypatch) -> None:
    gid = _new_group(vaults)

    def full_disk(db: Database, target: Path) -> None:
        target.write_bytes(b"\0" * 4096)  # a half-written copy, as a full disk leaves it
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "vacuum_into", full_disk)
    group = vaults.unlock(gid, PASS)  # the daily backup fails; the host still gets in
    try:
        assert vaults.backups.last_error[gid] == "disk_full"
        with pytest.raises(DiskFull):
            group.before_risky_change("merge")
    finally:
        group.close()
    assert list((vaults.data.backups / gid).iterdir()) == []


def test_a_copy_that_does_not_verify_never_counts(vaults, fake_now, monkeypatch) -> None:
    gid = _new_group(vaults)
    real = store.vacuum_into

    def damaged_copy(db: Database, target: Path) -> None:
        real(db, target)
        data = bytearray(target.read_bytes())
        data[4096 + 100] ^= 0xFF  # one flipped bit on page 2
        target.write_bytes(bytes(data))

    monkeypatch.setattr(store, "vacuum_into", damaged_copy)
    group = vaults.unlock(gid, PASS)
    try:
        with pytest.raises(VaultDamaged):
            group.before_risky_change("merge")
    finally:
        group.close()
    assert list((vaults.data.backups / gid).iterdir()) == []


def test_risky_change_hook_makes_a_pre_backup(fresh_group, vaults) -> None:
    fresh_group.before_risky_change("merge")
    kinds = [b.kind for b in vaults.backups.backups_of(fresh_group.info.id)]
    assert "pre-merge" in kinds


def _group_with_a_backup_before_zoe(vaults: VaultService, fake_now) -> tuple[str, BackupInfo]:
    gid = _new_group(vaults)
    vaults.unlock(gid, PASS).close()  # backup without Zoé
    group = vaults.unlock(gid, PASS)
    group.roster.add_member(Member("Zoé"))
    group.close()
    fake_now.advance(hours=1)
    return gid, vaults.backups.backups_of(gid)[0]


def _members(vaults: VaultService, gid: str) -> list[str]:
    group = vaults.unlock(gid, PASS)
    try:
        return [m.pseudonym for m in group.roster.members()]
    finally:
        group.close()


def test_restore_keeps_the_current_vault_aside_then_swaps(vaults, fake_now) -> None:
    gid, backup = _group_with_a_backup_before_zoe(vaults, fake_now)

    with pytest.raises(WrongPassphraseOrDamaged):
        vaults.backups.restore(gid, backup, "wrong passphrase")
    vaults.backups.restore(gid, backup, PASS)

    assert _members(vaults, gid) == []
    aside = [b for b in vaults.backups.backups_of(gid) if b.kind == "pre-restore"]
    assert len(aside) == 1
    with Database.open(aside[0].path, PASS, read_only=True, take_lock=False) as db:
        assert [m.pseudonym for m in MemberRepository(db).list_all()] == ["Zoé"]
    assert not list(vaults.data.vaults.glob("*.restoring*"))
    assert stat.S_IMODE(os.stat(vaults.vault_path(gid)).st_mode) == 0o600


def test_restore_refuses_while_the_group_is_open(fresh_group, vaults) -> None:
    from app.errors import VaultInUse

    gid = fresh_group.info.id
    fresh_group.before_risky_change("merge")
    backup = vaults.backups.backups_of(gid)[0]
    with pytest.raises(VaultInUse):
        vaults.backups.restore(gid, backup, PASS)


def test_a_pending_migration_is_preceded_by_a_verified_backup(
    vaults, fake_now, monkeypatch
) -> None:
    from storage import schema

    gid = _new_group(vaults)
    seen: list[list[str]] = []
    monkeypatch.setattr(schema, "pending", lambda db: [schema.MIGRATIONS[-1]])

    def migrate(db: object) -> int:
        seen.append([b.kind for b in vaults.backups.backups_of(gid)])
        return 1

    monkeypatch.setattr(schema, "migrate", migrate)
    vaults.unlock(gid, PASS).close()
    assert seen == [["pre-migration"]]  # the backup exists before the migration runs


def test_no_migration_when_its_backup_fails(vaults, fake_now, monkeypatch) -> None:
    from storage import schema

    gid = _new_group(vaults)
    migrated: list[int] = []
    monkeypatch.setattr(schema, "pending", lambda db: [schema.MIGRATIONS[-1]])

    def migrate(db: object) -> int:
        migrated.append(1)
        return 1

    monkeypatch.setattr(schema, "migrate", migrate)

    def full_disk(db: Database, target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "vacuum_into", full_disk)
    with pytest.raises(DiskFull):
        vaults.unlock(gid, PASS)
    assert migrated == []
    vaults.find(gid)  # and the vault is not left locked: it can be opened once space is freed
    monkeypatch.undo()
    vaults.unlock(gid, PASS).close()


def test_backups_made_at_the_same_time_both_succeed(fresh_group, vaults) -> None:
    """The day's backup runs on a worker after the unlock while the host may already start a
    passphrase change or a merge, each of which makes its own backup first. One backup's rotation
    once deleted the other's unfinished copy (it clears copies left by a crash), and that backup,
    and so the passphrase change, failed."""
    from tests.conftest import FRESH_PASSPHRASE
    from tests.helpers import beside

    failures: list[BaseException] = []

    def make(kind: str) -> None:
        try:
            with beside(fresh_group, FRESH_PASSPHRASE) as db:
                for _ in range(6):
                    vaults.backups.backup(db, fresh_group.info.id, kind)
        except BaseException as exc:  # reported below, on the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=make, args=(kind,)) for kind in ("daily", "pre-rekey")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    kinds = {b.kind for b in vaults.backups.backups_of(fresh_group.info.id)}
    assert {"daily", "pre-rekey"} <= kinds
    assert not list(vaults.backups.folder(fresh_group.info.id).glob("*.partial"))


def test_a_copy_gone_since_the_listing_is_no_backup_and_the_unlock_goes_on(
    vaults, fake_now
) -> None:
    """A rotation removes a copy between the folder's listing and its size being read (here a
    dangling entry stands for it): the day's backup is made all the same, and the group opens."""
    gid = _new_group(vaults)
    vaults.unlock(gid, PASS).close()
    folder = vaults.backups.folder(gid)
    (folder / "20200101-000000_daily_x.vault").symlink_to(folder / "gone.vault")
    fake_now.advance(days=1)
    group = vaults.unlock(gid, PASS)
    group.close()
    assert [b.kind for b in vaults.backups.backups_of(gid)] == ["daily", "weekly"]
    assert gid not in vaults.backups.last_error
    vaults.unlock(gid, PASS).close()  # closed: the vault is free again


def test_a_backup_is_made_with_small_page_caches_then_leaves_the_connections_as_it_was(
    fresh_group, vaults, monkeypatch
) -> None:
    """The copy is written and checked with small page caches (at SQLCipher's 8 MB each, the
    day's backup of a large group kept ~17 MB more while the host's first screen filled); the
    connection that made it, the open group's own for a backup the host asks for, gets its cache
    back."""
    from tests.conftest import FRESH_PASSPHRASE
    from tests.helpers import beside

    with beside(fresh_group, FRESH_PASSPHRASE) as db:
        db.execute("PRAGMA cache_size = -3000")
        sizes: list[int] = []
        vacuum = store.vacuum_into

        def watched(db_: Database, target: Path) -> None:
            sizes.append(int(db_.scalar("PRAGMA cache_size")))
            vacuum(db_, target)

        monkeypatch.setattr(store, "vacuum_into", watched)
        vaults.backups.backup(db, fresh_group.info.id, "pre-rekey")
        assert sizes == [-store.COPY_CACHE_KIB]
        assert db.scalar("PRAGMA cache_size") == -3000
    assert "pre-rekey" in {b.kind for b in vaults.backups.backups_of(fresh_group.info.id)}


def test_a_backup_replaced_once_checked_is_not_what_is_swapped_in(
    vaults, fake_now, monkeypatch
) -> None:
    """The backup was checked, then copied from its path again: a file put in its place between
    the two became the group's vault, which then opened with no passphrase."""
    gid, backup = _group_with_a_backup_before_zoe(vaults, fake_now)
    checked = store.verify_with_passphrase

    def then_replaced(path: Path, passphrase: str, group_id: str) -> None:
        checked(path, passphrase, group_id)
        backup.path.write_bytes(os.urandom(4 * 4096))

    monkeypatch.setattr(store, "verify_with_passphrase", then_replaced)
    vaults.backups.restore(gid, backup, PASS)
    assert _members(vaults, gid) == []  # the backup as it was checked
    assert not list(vaults.data.vaults.glob("*.restoring*"))


def test_a_fifo_in_place_of_the_vault_or_of_a_backup_is_never_read(vaults, fake_now) -> None:
    """Restoring over a vault that is a FIFO copied the FIFO aside first: a read that never
    ended. A FIFO named as a backup is refused as no group of Cercle's."""
    gid, backup = _group_with_a_backup_before_zoe(vaults, fake_now)
    vault = vaults.vault_path(gid)
    fifo = backup.path.with_name("20261102-093000_pre-merge_initial.vault")
    os.mkfifo(fifo)
    (fake_backup,) = [b for b in vaults.backups.backups_of(gid) if b.path == fifo]
    with pytest.raises(NotAVault):
        within_seconds(lambda: vaults.backups.restore(gid, fake_backup, PASS))
    assert _members(vaults, gid) == ["Zoé"]
    vault.unlink()
    os.mkfifo(vault)
    within_seconds(lambda: vaults.backups.restore(gid, backup, PASS))
    assert _members(vaults, gid) == []
    assert not list(vaults.data.vaults.glob("*.restoring*"))


def _odd_names(folder: Path) -> list[Path]:
    """Files in the backups folder that look like backups and are not: an impossible date, other
    scripts' digits, and a valid name that is a link to itself (its stat never ends)."""
    folder.mkdir(parents=True, exist_ok=True)
    odd = [
        folder / "20261399-999999_daily_initial.vault",
        folder / "٢٠٢٦١١٠١-093000_daily_initial.vault",
    ]
    for path in odd:
        path.write_bytes(b"not a vault")
    loop = folder / "20261101-093000_weekly_initial.vault"
    os.symlink(loop.name, loop)
    return [*odd, loop]


def test_names_that_do_not_parse_are_not_backups_and_are_never_rotated(vaults, fake_now) -> None:
    from app.settings import Preferences, PreferenceStore

    PreferenceStore(vaults.data.settings_file).save(Preferences(backups_daily=1, backups_weekly=1))
    gid = _new_group(vaults)
    odd = _odd_names(vaults.backups.folder(gid))
    for _day in range(3):  # each unlock backs up, then rotates
        vaults.unlock(gid, PASS).close()
        fake_now.advance(days=1)
    assert [b.kind for b in vaults.backups.backups_of(gid)] == ["daily", "weekly"]
    assert all(os.path.lexists(path) for path in odd)


def _dated_ahead(folder: Path) -> list[Path]:
    """A week of daily backups from a laptop whose clock was set five years ahead."""
    folder.mkdir(parents=True, exist_ok=True)
    ahead = [folder / f"2031010{day}-120000_daily_initial.vault" for day in range(1, 8)]
    for path in ahead:
        path.write_bytes(b"made while the clock was ahead")
    return ahead


def test_backups_dated_in_the_future_count_as_the_oldest(vaults, fake_now) -> None:
    gid = _new_group(vaults)
    ahead = _dated_ahead(vaults.backups.folder(gid))
    made = []
    for _day in range(3):
        vaults.unlock(gid, PASS).close()
        made.append(fake_now.value)
        fake_now.advance(days=1)
    current = [b for b in vaults.backups.backups_of(gid) if b.made_at.year == 2026]
    assert [b.made_at for b in current] == made[::-1]  # every day's backup kept
    # Seven days in all: the three made since, and the four newest of those from the future.
    assert [p.exists() for p in ahead] == [False] * 3 + [True] * 4


def test_a_copy_from_the_hour_repeated_in_autumn_is_still_recent(vaults, fake_now) -> None:
    """Local time goes back an hour once a year: a copy stamped 40 minutes "after now" then was
    made just before, and must not count as the oldest (which removed it first)."""
    from datetime import timedelta

    gid = _new_group(vaults)
    folder = vaults.backups.folder(gid)
    folder.mkdir(parents=True, exist_ok=True)
    now = fake_now.value
    stamps = [now - timedelta(days=d) for d in range(6, 1, -1)] + [now + timedelta(minutes=40)]
    for made in stamps:
        (folder / f"{made:%Y%m%d-%H%M%S}_pre-merge_initial.vault").write_bytes(b"a copy")
    vaults.backups.rotate(gid)
    kept = sorted(b.made_at for b in vaults.backups.backups_of(gid))
    assert kept == [made.replace(microsecond=0) for made in stamps[1:]]  # the oldest went


def test_the_daily_backup_says_an_unexpected_failure_instead_of_raising(
    vaults, fake_now, monkeypatch
) -> None:
    gid = _new_group(vaults)
    group = vaults.open(gid, PASS)
    try:

        def broken(*_args: object) -> None:
            raise ValueError("a bug, not a disk")

        monkeypatch.setattr(store, "vacuum_into", broken)
        assert group.after_opening is not None
        assert group.after_opening() is None
    finally:
        group.close()
    assert vaults.backups.last_error[gid] == "unexpected"
    assert vaults.backups.backups_of(gid) == []


def test_a_data_folder_whose_name_is_not_utf8_gets_verified_backups(tmp_path) -> None:
    """A legacy Latin-1 home ("donn\\xe9es"): the copy's name reaches SQLite as a file URI, as
    every connection's does (a str parameter could not be encoded)."""
    from app.paths import DataDir

    try:
        data = DataDir.resolve(os.fsdecode(os.fsencode(tmp_path) + b"/donn\xe9es"))
    except OSError:
        pytest.skip("this filesystem refuses names that are not UTF-8")
    vaults = VaultService(data)
    gid = _new_group(vaults)
    group = vaults.unlock(gid, PASS)  # the day's backup, no members
    try:
        group.roster.add_member(Member("Zoé"))
    finally:
        group.close()
    assert not vaults.backups.last_error
    [backup] = vaults.backups.backups_of(gid)
    store.verify_with_passphrase(backup.path, PASS, gid)
    vaults.backups.restore(gid, backup, PASS)
    restored = vaults.open(gid, PASS)
    try:
        assert restored.roster.members() == []
    finally:
        restored.close()


def test_a_restore_whose_note_cannot_be_written_still_restores(vaults, fake_now) -> None:
    from app.sidecar import sidecar_path

    gid = _new_group(vaults)
    vaults.unlock(gid, PASS).close()
    [backup] = vaults.backups.backups_of(gid)
    note = sidecar_path(vaults.data.vault_file(gid))
    note.unlink()
    note.mkdir()  # its write fails
    assert vaults.backups.restore(gid, backup, PASS) is False
    vaults.open(gid, PASS).close()
    assert "pre-restore" in [b.kind for b in vaults.backups.backups_of(gid)]
