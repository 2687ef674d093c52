"""Changing the passphrase: old refused after, new accepted, data intact, crash mid-way settled."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import rekey
from app.errors import ValidationError, WrongPassphraseOrDamaged
from app.sidecar import change_in_progress, passphrase_marker
from app.vaults import VaultService
from storage import backups as store
from storage import passphrase_change as steps
from storage.records import Member

OLD = "correct horse battery"
NEW = "l'été « indien » 🌳"


def _group_with_member(vaults: VaultService):
    gid = vaults.create_group("Tuesday", "Tuesday group", "en", OLD).id
    group = vaults.unlock(gid, OLD)
    group.roster.add_member(Member("Zoé", full_name="Zoé Martin"))
    return group


def test_change_refuses_the_old_and_accepts_the_new(vaults, fake_now) -> None:
    group = _group_with_member(vaults)
    gid = group.info.id
    fake_now.advance(days=2)
    vaults.change_passphrase(group, OLD, NEW)
    # The open group keeps working on its reconnected connection.
    assert [m.pseudonym for m in group.roster.members()] == ["Zoé"]
    group.roster.add_member(Member("Marc"))
    group.close()

    assert not vaults.check_passphrase(gid, OLD)
    with pytest.raises(WrongPassphraseOrDamaged):
        vaults.unlock(gid, OLD)
    reopened = vaults.unlock(gid, NEW)
    try:
        assert [m.pseudonym for m in reopened.roster.members()] == ["Marc", "Zoé"]
        assert reopened.health()[0] == []
    finally:
        reopened.close()
    assert passphrase_marker(vaults.vault_path(gid)) == "20261104-093000"
    assert change_in_progress(vaults.vault_path(gid)) is None


def test_backup_before_the_change_opens_only_with_the_old_passphrase(vaults, fake_now) -> None:
    group = _group_with_member(vaults)
    gid = group.info.id
    fake_now.advance(hours=1)
    vaults.change_passphrase(group, OLD, NEW)
    group.close()
    backups = vaults.backups.backups_of(gid)
    pre = next(b for b in backups if b.kind == "pre-rekey")
    assert not pre.same_passphrase
    store.verify_with_passphrase(pre.path, OLD, gid)
    with pytest.raises(WrongPassphraseOrDamaged):
        store.verify_with_passphrase(pre.path, NEW, gid)
    fake_now.advance(days=1)
    vaults.unlock(gid, NEW).close()
    assert vaults.backups.backups_of(gid)[0].same_passphrase


def test_wrong_old_passphrase_changes_nothing(vaults) -> None:
    group = _group_with_member(vaults)
    try:
        with pytest.raises(WrongPassphraseOrDamaged):
            vaults.change_passphrase(group, "not it at all", NEW)
        with pytest.raises(ValidationError):
            vaults.change_passphrase(group, OLD, "short")
        with pytest.raises(ValidationError):
            vaults.change_passphrase(group, OLD, OLD)
        assert [m.pseudonym for m in group.roster.members()] == ["Zoé"]
    finally:
        group.close()
    assert vaults.check_passphrase(group.info.id, OLD)
    assert change_in_progress(group.info.path) is None


class Killed(BaseException):
    """Stands for the process dying: nothing after it runs."""


def _die(*_args: object) -> None:
    raise Killed


def _killed_at(vaults, monkeypatch, step: str) -> tuple[str, Path]:
    """A change of passphrase on a group with a member, the process dying at `step`: the
    group's id and file."""
    group = _group_with_member(vaults)
    gid, path = group.info.id, group.info.path
    monkeypatch.setattr(steps, step, _die)
    with pytest.raises(Killed):
        vaults.change_passphrase(group, OLD, NEW)
    group.close()
    return gid, path


def test_change_killed_before_the_rekey_leaves_the_old_passphrase(vaults, monkeypatch) -> None:
    gid, path = _killed_at(vaults, monkeypatch, "rekey")
    assert rekey.interrupted_change_started(path) is not None  # the unlock screen warns
    assert not vaults.check_passphrase(gid, NEW)
    vaults.unlock(gid, OLD).close()
    assert rekey.interrupted_change_started(path) is None
    assert passphrase_marker(path) == "initial"


def test_change_killed_after_the_rekey_leaves_the_new_passphrase(vaults, monkeypatch) -> None:
    gid, path = _killed_at(vaults, monkeypatch, "check_reopens")
    started = change_in_progress(path)
    assert started is not None
    assert not vaults.check_passphrase(gid, OLD)
    reopened = vaults.unlock(gid, NEW)
    try:
        assert [m.pseudonym for m in reopened.roster.members()] == ["Zoé"]
    finally:
        reopened.close()
    assert change_in_progress(path) is None
    assert passphrase_marker(path) == started["started_at"]


def test_a_failed_rekey_is_rolled_back_and_leaves_no_warning(vaults, monkeypatch) -> None:
    from app.errors import DiskFull

    group = _group_with_member(vaults)
    gid, path = group.info.id, group.info.path

    def full_disk(*_args: object) -> None:
        raise DiskFull("no space left")

    monkeypatch.setattr(steps, "rekey", full_disk)
    try:
        with pytest.raises(DiskFull):
            vaults.change_passphrase(group, OLD, NEW)
        assert [m.pseudonym for m in group.roster.members()] == ["Zoé"]
    finally:
        group.close()
    assert rekey.interrupted_change_started(path) is None
    assert vaults.check_passphrase(gid, OLD)
    assert passphrase_marker(path) == "initial"


@pytest.mark.parametrize("ahead", ["this passphrase", "another passphrase", "another file"])
def test_a_key_ahead_serves_only_its_own_passphrase_and_file(
    vaults, fake_now, tmp_path, derivations, ahead
) -> None:
    """The new key derived once in Python (or ahead, for this vault's salt), never again by
    the rekey, its check or the reconnection; a key for anything else is not used."""
    from app.new_keys import rekey_key

    group = _group_with_member(vaults)
    gid = group.info.id
    elsewhere = tmp_path / "elsewhere.vault"
    elsewhere.write_bytes(b"another salt....")
    key = rekey_key(
        elsewhere if ahead == "another file" else group.info.path,
        "an unrelated one" if ahead == "another passphrase" else NEW,
    )
    before = len(derivations.every)
    vaults.change_passphrase(group, OLD, NEW, key)
    assert len(derivations.every) - before == (0 if ahead == "this passphrase" else 1)
    assert [m.pseudonym for m in group.roster.members()] == ["Zoé"]  # reconnected
    group.close()
    assert vaults.check_passphrase(gid, NEW)
    assert not vaults.check_passphrase(gid, OLD)
    assert not vaults.check_passphrase(gid, "an unrelated one")


def test_the_changed_vault_opens_with_the_passphrase_at_the_real_cost(
    vaults, fake_now, monkeypatch
) -> None:
    """The rekey uses the key derived with hashlib: SQLCipher must derive the same from the
    new passphrase itself, at the real iteration count."""
    from storage import settings
    from storage.database import Database

    monkeypatch.setattr(settings, "kdf_iterations", settings.REAL_KDF_ITERATIONS)
    group = _group_with_member(vaults)
    path = group.info.path
    vaults.change_passphrase(group, OLD, NEW)
    group.close()
    with Database.open(path, NEW, read_only=True) as db:
        assert db.scalar("SELECT count(*) FROM members") == 1
