"""Changing a group's passphrase, and settling a change that a crash interrupted.

Order (shared/design.md): the old passphrase checked on a fresh connection, a verified backup, a
marker in the sidecar, PRAGMA rekey, the vault reopened with the new passphrase and checked, then
the marker replaced by the date of the change. Backups name that date, so the restore list can say
which ones need the previous passphrase.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.backups import STAMP, BackupService
from app.sidecar import change_in_progress, update_sidecar
from storage import passphrase_change as steps
from storage.backups import page_one_fingerprint
from storage.errors import ValidationError
from storage.keys import DerivedKey

if TYPE_CHECKING:
    from app.group import OpenGroup


def change_passphrase(
    backups: BackupService, group: OpenGroup, old: str, new: str, known: DerivedKey | None = None
) -> None:
    """Runs in a worker; the group's own connection stays idle until it is reconnected at the end.
    known: the new passphrase's key, derived ahead while the host typed it."""
    if new == old:
        raise ValidationError("passphrase", "unchanged")
    path, group_id = group.info.path, group.info.id
    # A fresh connection, not the open group's: opening it proves the old passphrase.
    work = steps.open_for_rekey(path, old)
    try:
        # The new key derived once (PRAGMA rekey keeps the salt), or taken as derived ahead for
        # this salt: the rekey, the check and the group's new connection use it raw, where
        # each used to derive it again from the passphrase.
        raw = DerivedKey.for_file(path, new, known).raw
    except BaseException:
        work.close()
        raise
    started = backups.now().replace(microsecond=0).strftime(STAMP)
    try:
        with work:
            backups.backup(work, group_id, "pre-rekey")
            update_sidecar(
                path,
                passphrase_change={
                    "started_at": started,
                    "fingerprint": page_one_fingerprint(path),
                },
            )
            steps.rekey(work, raw)
        steps.check_reopens(path, raw)
    except Exception:
        # A failed rekey (full disk...) was rolled back by SQLite: record whichever passphrase
        # now opens the file rather than leave the "interrupted" warning up.
        settle_interrupted_change(path)
        raise
    update_sidecar(path, passphrase_set_at=started, passphrase_change=None)
    group.reopen_with(raw)


def settle_interrupted_change(path: Path) -> None:
    """Call right after a successful open, before any write: the journal has been rolled back, so
    page one is exactly as before the rekey unless the rekey committed."""
    pending = change_in_progress(path)
    if pending is None:
        return
    if page_one_fingerprint(path) != pending.get("fingerprint"):
        update_sidecar(path, passphrase_change=None, passphrase_set_at=pending.get("started_at"))
    else:
        update_sidecar(path, passphrase_change=None)


def interrupted_change_started(path: Path) -> datetime | None:
    """For the unlock screen: when an unfinished change began (the previous passphrase may work)."""
    pending = change_in_progress(path)
    if pending is None:
        return None
    try:
        return datetime.strptime(str(pending.get("started_at")), STAMP)
    except ValueError:
        return datetime.min
