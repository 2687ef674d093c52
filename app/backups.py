"""Automatic encrypted backups of each group: made, rotated, listed and restored.

Files live in `backups/<group id>/` and are named `<YYYYMMDD-HHMMSS>_<kind>_<marker>.vault`: when,
why (daily, weekly, pre-rekey, pre-merge, pre-migration, pre-restore) and which passphrase opens it
(the marker is the time of the passphrase change in force then, or "initial"). A daily backup is made
at unlock at most once a day; the first one of an ISO week is kept as the weekly one.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app.fileio import open_regular, replacing
from app.paths import DataDir
from app.settings import PreferenceStore
from app.sidecar import passphrase_marker, update_sidecar
from storage import backups as store
from storage.database import Database, check_file_shape
from storage.errors import StorageError
from storage.filelock import VaultLock
from storage.folders import private_dir
from storage.keys import DerivedKey

STAMP = "%Y%m%d-%H%M%S"
# [0-9], not \d: \d takes any script's digits ("٢٠٢٦…"), which strptime then reads or refuses.
_NAME = re.compile(r"^([0-9]{8}-[0-9]{6})_(daily|weekly|pre-[a-z]+)_([0-9a-zA-Z-]+)\.vault$")
KEEP_PRE = 5  # pre-<reason> copies kept, newest first
TAKEOVER = "pre-takeover"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    kind: str
    marker: str
    size: int
    same_passphrase: bool  # False: made before a passphrase change, opens with an older one


def _parse(path: Path, current_marker: str) -> BackupInfo | None:
    """None for what is not a backup: it is neither listed nor ever removed by a rotation."""
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        made = datetime.strptime(match.group(1), STAMP)
    except ValueError:  # a name of the right shape with an impossible date (month 13)
        return None
    marker = match.group(3)
    try:
        size = path.stat().st_size
    except OSError:  # removed since the listing (a rotation), a dangling link or a link loop
        return None
    return BackupInfo(path, made, match.group(2), marker, size, marker == current_marker)


class BackupService:
    def __init__(self, data: DataDir, now: Callable[[], datetime] = datetime.now) -> None:
        self.data = data
        self.now = now
        self.last_error: dict[str, str] = {}  # group id -> code of a failed automatic backup
        # One backup at a time: the day's backup runs on a worker while a passphrase change or a
        # merge makes its own, and a rotation clears unfinished copies (those a crash left).
        self._one_at_a_time = threading.RLock()

    def folder(self, group_id: str) -> Path:
        return self.data.group_file(self.data.backups, group_id)

    def backups_of(self, group_id: str) -> list[BackupInfo]:
        """Newest first. Raises OSError when the folder cannot be read (its permissions)."""
        folder = self.folder(group_id)
        if not folder.is_dir():
            return []
        current = passphrase_marker(self.data.vault_file(group_id))
        found = [_parse(p, current) for p in folder.iterdir()]
        return sorted((b for b in found if b), key=lambda b: b.made_at, reverse=True)

    # -- making ----------------------------------------------------------------------------
    def backup(self, db: Database, group_id: str, kind: str) -> BackupInfo:
        """A verified copy under its final name, then rotation. Raises if it could not be made."""
        with self._one_at_a_time:
            return self._backup(db, group_id, kind)

    def _backup(self, db: Database, group_id: str, kind: str) -> BackupInfo:
        marker = passphrase_marker(self.data.vault_file(group_id))
        made = self.now().replace(microsecond=0)
        name = f"{made.strftime(STAMP)}_{kind}_{marker}.vault"
        path = store.make_backup(db, self.folder(group_id) / name, group_id)
        self._rotate(group_id, keeping=path)
        info = _parse(path, marker)
        if info is None:  # gone between its check and now (removed by hand): not made
            raise StorageError("backup not found after it was made")
        return info

    def due_kind(self, group_id: str) -> str | None:
        """ "weekly" or "daily" when the day's backup is still to be made, else None."""
        now = self.now()
        regular = [b for b in self.backups_of(group_id) if b.kind in ("daily", "weekly")]
        if any(b.made_at.date() == now.date() for b in regular):
            return None
        weekly_done = any(
            b.kind == "weekly" and b.made_at.isocalendar()[:2] == now.isocalendar()[:2]
            for b in regular
        )
        return "daily" if weekly_done else "weekly"

    def backup_at_unlock(self, db: Database, group_id: str) -> BackupInfo | None:
        """At most once a day. A failure does not keep the host out of the group: it is recorded
        for the UI to mention, and tried again at the next unlock."""
        kind = self.due_kind(group_id)
        if kind is None:
            return None
        try:
            info = self.backup(db, group_id, kind)
        except (OSError, StorageError) as exc:
            self.failed(group_id, exc)
            return None
        self.last_error.pop(group_id, None)
        return info

    def failed(self, group_id: str, exc: BaseException) -> None:
        if isinstance(exc, (OSError, StorageError)):
            self.last_error[group_id] = getattr(exc, "code", "io")
        else:
            self.last_error[group_id] = "unexpected"

    def daily_after_unlock(self, vault: Path, group_id: str, key: DerivedKey) -> DailyBackup:
        return DailyBackup(self, vault, group_id, key)

    def rotate(self, group_id: str) -> list[Path]:
        """Keep the newest N days (daily or weekly), the newest M weekly, the newest few pre-*."""
        with self._one_at_a_time:
            return self._rotate(group_id)

    def _rotate(self, group_id: str, keeping: Path | None = None) -> list[Path]:
        """keeping: the backup just made, never removed whatever the count says."""
        prefs = PreferenceStore(self.data.settings_file).load()
        now = self.now()
        # Copies dated more than a day after now were made while the clock was ahead, so before
        # every copy made since: they count as the oldest. Counted as the newest, a week of them
        # made each new day's backup the one removed. Within a day, local time itself goes back
        # (the hour repeated in autumn): such a copy is still recent.
        ahead = now + timedelta(days=1)
        backups = sorted(self.backups_of(group_id), key=lambda b: b.made_at <= ahead, reverse=True)
        days = [b for b in backups if b.kind in ("daily", "weekly")]
        weekly = [b for b in days if b.kind == "weekly"]
        # The old host's copy from a take-over is never rotated away: nothing else holds it.
        before = [b for b in backups if b.kind.startswith("pre-") and b.kind != TAKEOVER]
        keep = (
            {keeping}
            | {b.path for b in backups if b.kind == TAKEOVER}
            | {
                b.path
                for b in days[: prefs.backups_daily]
                + weekly[: prefs.backups_weekly]
                + before[:KEEP_PRE]
            }
        )
        removed = [b.path for b in backups if b.path not in keep]
        for path in removed:
            path.unlink(missing_ok=True)
        for stale in self.folder(group_id).glob("*.partial"):  # left by a crash mid-backup
            stale.unlink(missing_ok=True)
        return removed

    # -- restoring -------------------------------------------------------------------------
    def restore(self, group_id: str, backup: BackupInfo, passphrase: str) -> bool:
        """Copy the backup beside the vault, verify that copy with its passphrase, keep the
        current vault aside, then swap. The copy is what was checked: a file put in the
        backup's place meanwhile is never swapped in.

        The group must be locked: the vault's lock is taken for the whole swap. Raises only if
        the vault was not replaced. False: it was, but the note beside it (which passphrase it
        has) could not be updated and still describes the file it replaced."""
        check_file_shape(backup.path)  # a folder or a FIFO: said before anything is read
        vault = self.data.vault_file(group_id)
        lock = VaultLock(vault)
        incoming = vault.with_name(vault.name + ".restoring")
        try:
            _copy_synced(backup.path, incoming)
            store.verify_with_passphrase(incoming, passphrase, group_id)
            # Only a file is kept aside: whatever else stands in the vault's place (a FIFO,
            # whose read never ends) is replaced.
            if vault.is_file():
                self._keep_aside(group_id, vault)
            os.replace(incoming, vault)
        finally:
            incoming.unlink(missing_ok=True)
            lock.release()
        try:
            update_sidecar(
                vault,
                passphrase_set_at=None if backup.marker == "initial" else backup.marker,
                passphrase_change=None,
            )
        except OSError:
            return False
        return True

    def keep_before_takeover(self, group_id: str) -> Path:
        """The vault as the previous host left it, copied byte for byte and compared: it opens
        only with their passphrase, which this host does not have, so it cannot be opened to be
        checked; identical bytes are the check."""
        vault = self.data.vault_file(group_id)
        made = self.now().replace(microsecond=0).strftime(STAMP)
        aside = self.folder(group_id) / f"{made}_{TAKEOVER}_{passphrase_marker(vault)}.vault"
        _copy_synced(vault, aside)
        if _sha256(aside) != _sha256(vault):
            aside.unlink(missing_ok=True)
            raise StorageError("backup differs")
        return aside

    def _keep_aside(self, group_id: str, vault: Path) -> Path:
        made = self.now().replace(microsecond=0).strftime(STAMP)
        aside = self.folder(group_id) / f"{made}_pre-restore_{passphrase_marker(vault)}.vault"
        _copy_synced(vault, aside)
        return aside


class DailyBackup:
    """The day's verified backup, made after the group screen is shown, on a connection of its
    own: it can then run on a worker while the screen reads the group's connection. It holds the
    derived key only until it has run (SQLCipher holds the same key for the open group anyway)."""

    def __init__(self, service: BackupService, vault: Path, group_id: str, key: DerivedKey) -> None:
        self.service = service
        self.vault = vault
        self.group_id = group_id
        self._key: DerivedKey | None = key

    @property
    def due(self) -> bool:
        return self._key is not None and self.service.due_kind(self.group_id) is not None

    def run(self) -> BackupInfo | None:
        """Once; never raises for a backup that could not be made (last_error says why)."""
        key, self._key = self._key, None
        if key is None:
            return None
        try:
            # Made earlier today: no second connection to open (backup_at_unlock asks again).
            if self.service.due_kind(self.group_id) is None:
                return None
            with Database.open(self.vault, key.raw, read_only=True, take_lock=False) as db:
                return self.service.backup_at_unlock(db, self.group_id)
        except Exception as exc:
            # On a worker after the first paint: a bug here must not reach the window as a
            # failed unlock; it is a backup not made, said like one.
            self.service.failed(self.group_id, exc)
            return None


def _copy_synced(source: Path, target: Path) -> None:
    private_dir(target.parent)
    with open_regular(source) as src, replacing(target) as dst:
        shutil.copyfileobj(src, dst)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
