"""The groups on this computer: list, create, unlock, lock.

Each group is one SQLCipher file `vaults/<id>.vault` plus a small sidecar `vaults/<id>.json` that
holds only the label the host chose, knowing it is readable without the passphrase.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app import rekey
from app.backups import BackupService
from app.fileio import read_json
from app.group_info import GroupInfo
from app.paths import DataDir
from app.sidecar import update_sidecar
from storage import schema
from storage.clock import utc_now_iso
from storage.database import Database
from storage.domain import LABEL, STAMP, is_group_id, value_problem
from storage.errors import StorageError, ValidationError, VaultMissing

if TYPE_CHECKING:
    from app.group import OpenGroup

VAULT_SUFFIX = ".vault"
LANGUAGES = ("fr", "en")
MIN_PASSPHRASE_LENGTH = 8


def check_new_passphrase(passphrase: str) -> None:
    """The rule for every passphrase a person chooses (vault or handover), in the app and in
    cercle-cli alike."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError("passphrase", "too_short")


class VaultService:
    def __init__(self, data: DataDir) -> None:
        self.data = data
        self.backups = BackupService(data)

    # -- listing ---------------------------------------------------------------------------
    def list_groups(self) -> list[GroupInfo]:
        found = sorted(self.data.vaults.glob("*" + VAULT_SUFFIX))
        # A file named otherwise was not made by Cercle: not a group to offer.
        groups = [self._info(p) for p in found if is_group_id(p.name[: -len(VAULT_SUFFIX)])]
        return sorted(groups, key=lambda g: (not g.is_demo, g.label.casefold()))

    def find(self, group_id: str) -> GroupInfo:
        path = self.vault_path(group_id)
        if not path.exists():
            raise VaultMissing("gone")
        return self._info(path)

    def vault_path(self, group_id: str) -> Path:
        return self.data.group_file(self.data.vaults, group_id, VAULT_SUFFIX)

    def _info(self, path: Path) -> GroupInfo:
        group_id = path.name[: -len(VAULT_SUFFIX)]
        sidecar = path.with_suffix(".json")
        label, created, demo = "", "", False
        try:
            raw = read_json(sidecar)
            label, created = raw.get("label", ""), raw.get("created_at", "")
            demo = raw.get("demo", False) is True
        except (OSError, ValueError, AttributeError, RecursionError):
            pass
        # The sidecar is readable and writable by anyone with the folder: through the gate.
        label = label if value_problem(LABEL, label) is None else ""
        created = created if value_problem(STAMP, created) is None else ""
        return GroupInfo(group_id, label, path, created, demo)

    def set_label(self, group_id: str, label: str) -> None:
        info = self.find(group_id)
        self._write_sidecar(info.path, label.strip(), info.created_at, info.is_demo)

    def _write_sidecar(self, vault: Path, label: str, created_at: str, demo: bool) -> None:
        # Merged, so the passphrase-change records beside the label survive a rename.
        update_sidecar(vault, label=label, created_at=created_at, demo=demo)

    # -- creating --------------------------------------------------------------------------
    def create_group(
        self,
        label: str,
        group_name: str,
        language: str,
        passphrase: str,
        *,
        group_id: str | None = None,
        demo: bool = False,
        with_starter_content: bool = True,
    ) -> GroupInfo:
        """Build the vault under a temporary name and rename it only once it is complete."""
        label, group_name = label.strip(), group_name.strip()
        if not label:
            raise ValidationError("label", "required")
        if not group_name:
            raise ValidationError("group_name", "required")
        if language not in LANGUAGES:
            raise ValidationError("language", "unknown")
        check_new_passphrase(passphrase)
        group_id = group_id or str(uuid.uuid4())
        final = self.vault_path(group_id)
        if final.exists():
            raise ValidationError("group", "exists")
        building = final.with_name(final.name + ".creating")
        building.unlink(missing_ok=True)
        created_at = utc_now_iso()
        try:
            with Database.open(building, passphrase, create=True, take_lock=False) as db:
                schema.migrate(db)
                with db.transaction():
                    db.set_meta("group_id", group_id)
                    db.set_meta("group_name", group_name)
                    db.set_meta("language", language)
                    db.set_meta("created_at", created_at)
                if with_starter_content:
                    from app import starter  # only when a group is created

                    starter.seed(db, language)
            os.replace(building, final)
        except BaseException:
            building.unlink(missing_ok=True)
            raise
        self._write_sidecar(final, label, created_at, demo)
        return self._info(final)

    # -- opening ---------------------------------------------------------------------------
    def open(self, group_id: str, passphrase: str) -> OpenGroup:
        """What the first view needs: key derivation (call it from a worker thread in the UI),
        the connection, and a pending migration after its own backup. The day's backup is left
        in group.after_opening, for the UI to run once the group screen is shown."""
        info = self.find(group_id)
        db, key = Database.open_vault(info.path, passphrase)
        try:
            rekey.settle_interrupted_change(info.path)
            schema.check_not_newer(db)
            migrated = schema.pending(db)
            if migrated:
                self.backups.backup(db, group_id, "pre-migration")
                schema.migrate(db)
        except BaseException:
            db.close()
            raise
        from app.group import OpenGroup  # its services load at the first unlock, not at start

        group = OpenGroup(db, info)
        group.before_risky_change_hooks.append(self._backup_hook(db, group_id))
        if not migrated:  # the pre-migration copy is the day's backup
            group.after_opening = self.backups.daily_after_unlock(info.path, group_id, key).run
        return group

    def unlock(self, group_id: str, passphrase: str) -> OpenGroup:
        """Open and make the day's backup at once (the command line, scripts, tests)."""
        group = self.open(group_id, passphrase)
        group.finish_opening()
        return group

    def _backup_hook(self, db: Database, group_id: str) -> Callable[[str], None]:
        """Before a risky change (merge import...): a verified backup, or the change does not run."""

        def backup_first(reason: str) -> None:
            kind = "pre-" + ("".join(c for c in reason.lower() if "a" <= c <= "z") or "change")
            self.backups.backup(db, group_id, kind)

        return backup_first

    def change_passphrase(self, group: OpenGroup, old: str, new: str) -> None:
        """Slow (a backup and two key derivations): call it from a worker thread in the UI."""
        check_new_passphrase(new)
        rekey.change_passphrase(self.backups, group, old, new)

    def adopt_vault(self, finished: Path, group_id: str, label: str) -> GroupInfo:
        """Move a complete, verified vault built elsewhere in the data dir (an imported handover)
        into place and list it. The last step of an import: nothing was touched before."""
        final = self.vault_path(group_id)
        if final.exists():
            raise ValidationError("group", "exists")
        os.chmod(finished, 0o600)
        os.replace(finished, final)
        self._write_sidecar(final, label.strip(), utc_now_iso(), False)
        return self._info(final)

    def check_passphrase(self, group_id: str, passphrase: str) -> bool:
        try:
            Database.open(self.find(group_id).path, passphrase, read_only=True).close()
        except StorageError:
            return False
        return True
