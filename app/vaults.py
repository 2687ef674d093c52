"""The groups on this computer: list, create, unlock, lock.

Each group is one SQLCipher file `vaults/<id>.vault` plus a small sidecar `vaults/<id>.json` that
holds only the label the host chose, knowing it is readable without the passphrase.

Listing the groups, all the start screen asks for, reads the sidecars only. SQLCipher and what
creates, opens, rekeys or backs up a vault (storage.database, storage.schema, app.backups,
app.rekey: 8 MB of library to load), and the records' classes (app.regions), are imported by
the functions that need them, on first use; tests/test_startup_imports.py checks that the start
screen loads none of them (ui/late.py LATE).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from app.fileio import read_json
from app.group_info import DEMO_ID, GroupInfo
from app.passphrase import MIN_LENGTH, candidates, keyed_form, weakness
from app.paths import VAULT_SUFFIX, DataDir
from app.sidecar import update_sidecar
from storage.clock import utc_now_iso
from storage.errors import (
    GroupsUnreadable,
    StorageError,
    ValidationError,
    VaultMissing,
    WrongPassphraseOrDamaged,
)
from storage.filelock import VaultLock
from storage.value_rules import LABEL, STAMP, is_group_id, value_problem

if TYPE_CHECKING:
    from app.backups import BackupService
    from app.group import OpenGroup
    from app.new_keys import NewKey
    from storage.database import Database
    from storage.keys import DerivedKey

LANGUAGES = ("fr", "en")
MIN_PASSPHRASE_LENGTH = MIN_LENGTH


def open_typed(path: Path, typed: str, *, read_only: bool = False) -> Database:
    """Open a vault with a passphrase as the host typed it: a generated one opens in any case,
    with spaces or dashes or none (it was keyed in its printed form)."""
    from storage.database import Database

    tries = candidates(typed)
    for attempt in tries[:-1]:
        try:
            return Database.open(path, attempt, read_only=read_only)
        except WrongPassphraseOrDamaged:
            continue
    return Database.open(path, tries[-1], read_only=read_only)


def open_typed_vault(
    path: Path, typed: str, ahead: NewKey | None = None
) -> tuple[Database, DerivedKey]:
    """open_typed for the group's own connection: the key comes back too, for the day's backup
    on its second connection. ahead: a key derived already, used only for the form of the
    passphrase it was derived from."""
    from app.new_keys import matching
    from storage.database import Database

    tries = candidates(typed)
    for attempt in tries[:-1]:
        try:
            return Database.open_vault(path, attempt, matching(ahead, attempt))
        except WrongPassphraseOrDamaged:
            continue
    return Database.open_vault(path, tries[-1], matching(ahead, tries[-1]))


def check_new_passphrase(passphrase: str, names: tuple[str, ...] = ()) -> None:
    """The rule for every passphrase a person chooses (vault or handover), in the app and in
    cercle-cli alike: app/passphrase.py's floor. `names`: the group's label and name."""
    weak = weakness(passphrase, names)
    if weak is not None:
        raise ValidationError("passphrase", weak.value)


class VaultService:
    def __init__(self, data: DataDir) -> None:
        self.data = data

    @cached_property
    def backups(self) -> BackupService:
        from app.backups import BackupService

        return BackupService(self.data)

    # -- listing ---------------------------------------------------------------------------
    def list_groups(self) -> list[GroupInfo]:
        """This computer's groups; GroupsUnreadable when their folder cannot be listed (glob
        hid the failure: an empty list, which a host takes for groups lost)."""
        try:
            with os.scandir(self.data.vaults) as entries:
                names = [e.name for e in entries if e.name.endswith(VAULT_SUFFIX)]
        except OSError:
            raise GroupsUnreadable("vaults") from None
        found = sorted(self.data.vaults / name for name in names)
        # A file named otherwise was not made by Cercle: not a group to offer.
        groups = [self._info(p) for p in found if is_group_id(p.name[: -len(VAULT_SUFFIX)])]
        return sorted(groups, key=lambda g: (not g.is_demo, g.label.casefold()))

    def find(self, group_id: str) -> GroupInfo:
        path = self.vault_path(group_id)
        if not path.exists():
            raise VaultMissing("gone")
        return self._info(path)

    def vault_path(self, group_id: str) -> Path:
        return self.data.vault_file(group_id)

    def _info(self, path: Path) -> GroupInfo:
        group_id = path.name[: -len(VAULT_SUFFIX)]
        sidecar = path.with_suffix(".json")
        label, created = "", ""
        try:
            raw = read_json(sidecar)
            label, created = raw.get("label", ""), raw.get("created_at", "")
        except (OSError, ValueError, AttributeError, RecursionError):
            pass
        # The sidecar is readable and writable by anyone with the folder: through the gate.
        label = label if value_problem(LABEL, label) is None else ""
        created = created if value_problem(STAMP, created) is None else ""
        # By its id, not the sidecar's "demo" flag: a flag planted beside a real group would
        # show the demo's passphrase under it, and list it first as the demo.
        return GroupInfo(group_id, label, path, created, group_id == DEMO_ID)

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
        region: str = "none",
        key: NewKey | None = None,
    ) -> GroupInfo:
        """Build the vault under a temporary name and rename it only once it is complete.
        key: derived ahead (new_keys.vault_key) while the host filled the form, used only if
        derived from this very passphrase; otherwise SQLCipher derives it."""
        from app.new_keys import matching
        from app.regions import REGIONS
        from storage import schema
        from storage.database import Database

        label, group_name = label.strip(), group_name.strip()
        if not label:
            raise ValidationError("label", "required")
        if not group_name:
            raise ValidationError("group_name", "required")
        if language not in LANGUAGES:
            raise ValidationError("language", "unknown")
        if region not in REGIONS:
            raise ValidationError("region", "unknown")
        check_new_passphrase(passphrase, (label, group_name))
        import uuid  # here, as in storage.clock: the start screen makes no id

        group_id = group_id or str(uuid.uuid4())
        final = self.vault_path(group_id)
        if final.exists():
            raise ValidationError("group", "exists")
        building = final.with_name(final.name + ".creating")
        building.unlink(missing_ok=True)
        created_at = utc_now_iso()
        try:
            keyed = keyed_form(passphrase)
            derived = matching(key, keyed)
            opened = derived.with_salt if derived is not None else keyed  # the salt: the key's
            with Database.open(building, opened, create=True, take_lock=False) as db:
                schema.migrate(db)
                with db.transaction():
                    db.set_meta("group_id", group_id)
                    db.set_meta("group_name", group_name)
                    db.set_meta("language", language)
                    db.set_meta("created_at", created_at)
                if with_starter_content:
                    from app import starter  # only when a group is created

                    starter.seed(db, language, region)
            os.replace(building, final)
        except BaseException:
            building.unlink(missing_ok=True)
            raise
        self._write_sidecar(final, label, created_at, demo)
        return self._info(final)

    # -- opening ---------------------------------------------------------------------------
    def open(self, group_id: str, passphrase: str, key: NewKey | None = None) -> OpenGroup:
        """What the first view needs: key derivation (call it from a worker thread in the UI),
        the connection, and a pending migration after its own backup. The day's backup is left
        in group.after_opening, for the UI to run once the group screen is shown. key: the one
        a group was just created with (create_group), so that it opens without a derivation."""
        from app import rekey
        from storage import schema

        info = self.find(group_id)
        db, derived = open_typed_vault(info.path, passphrase, key)
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
            group.after_opening = self.backups.daily_after_unlock(info.path, group_id, derived).run
        return group

    def unlock(self, group_id: str, passphrase: str) -> OpenGroup:
        """Open and make the day's backup at once (the command line, scripts, tests)."""
        group = self.open(group_id, passphrase)
        try:
            group.finish_opening()
        except BaseException:
            group.close()  # or the vault stays taken until Cercle quits
            raise
        return group

    def _backup_hook(self, db: Database, group_id: str) -> Callable[[str], None]:
        """Before a risky change (merge import...): a verified backup, or the change does not run."""

        def backup_first(reason: str) -> None:
            kind = "pre-" + ("".join(c for c in reason.lower() if "a" <= c <= "z") or "change")
            self.backups.backup(db, group_id, kind)

        return backup_first

    def change_passphrase(
        self, group: OpenGroup, old: str, new: str, key: NewKey | None = None
    ) -> None:
        """Slow (a backup and a key derivation for each passphrase): call it from a worker thread
        in the UI. key: the new passphrase's, derived ahead (new_keys.rekey_key), used only if derived
        from this very passphrase for this vault's salt."""
        from app import rekey
        from app.new_keys import matching

        check_new_passphrase(new, (group.info.label, group.name))
        keyed = keyed_form(new)
        rekey.change_passphrase(
            self.backups,
            group,
            self._typed_as_keyed(group.info.path, old),
            keyed,
            matching(key, keyed),
        )

    @staticmethod
    def _typed_as_keyed(path: Path, typed: str) -> str:
        """The form of a typed passphrase that opens this vault (the typed one if none does)."""
        from storage.database import Database

        tries = candidates(typed)
        for attempt in tries[:-1]:
            try:
                Database.open(path, attempt, read_only=True, take_lock=False).close()
            except StorageError:
                continue
            return attempt
        return tries[-1]

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

    def replace_vault(self, finished: Path, group_id: str, label: str) -> GroupInfo:
        """A take-over: the group's vault, kept as a backup first, replaced by a finished one
        keyed with the new host's passphrase. The group must not be open anywhere."""
        from app.backups import STAMP as BACKUP_STAMP

        final = self.vault_path(group_id)
        lock = VaultLock(final)
        try:
            self.backups.keep_before_takeover(group_id)
            os.chmod(finished, 0o600)
            os.replace(finished, final)
        finally:
            lock.release()
        stamp = self.backups.now().strftime(BACKUP_STAMP)
        update_sidecar(
            final,
            label=label.strip(),
            passphrase_set_at=stamp,  # every earlier backup needs the previous host's passphrase
            passphrase_change=None,
            demo=False,
        )
        return self._info(final)

    def check_passphrase(self, group_id: str, passphrase: str) -> bool:
        try:
            open_typed(self.find(group_id).path, passphrase, read_only=True).close()
        except StorageError:
            return False
        return True
