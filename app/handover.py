"""Handing a group over: export to one protected file, import it as a new group, merge it.

The UI runs each of these in a worker. Export and merge use the open group's connection: the
wizard that starts them is modal and auto-lock is held off meanwhile, so nothing else uses it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from importlib import metadata
from pathlib import Path

from app import new_keys
from app import passphrase as passphrases
from app.group import GroupInfo, OpenGroup
from app.new_keys import NewKey
from app.vaults import VaultService, check_new_passphrase
from storage import bundle_import
from storage.bundle import SCOPES as BUNDLE_SCOPES
from storage.bundle import check_bundle_shape, remove_scratch
from storage.bundle_export import export_bundle
from storage.bundle_import import StagedVault, VerifiedCopy
from storage.bundle_manifest import Manifest, verification_code
from storage.database import Database
from storage.errors import (
    GroupAlreadyHere,
    StorageError,
    ValidationError,
    WrongPassphraseOrDamaged,
)
from storage.merge import MergeCounts

DEFAULT_SCOPE = "consented"
# The scope choices in the order the export wizard offers them, the default first.
SCOPES = (DEFAULT_SCOPE, *(s for s in BUNDLE_SCOPES if s != DEFAULT_SCOPE))
Progress = Callable[[int], None]

__all__ = [
    "SCOPES",
    "Arrival",
    "HandoverService",
    "Manifest",
    "MergeCounts",
    "NewKey",
    "StagedVault",
    "VerifiedCopy",
    "generate_passphrase",
    "passphrase_bits",
    "verification_code",
]


generate_passphrase = passphrases.generate
passphrase_bits = passphrases.generated_bits


def app_version() -> str:
    try:
        return metadata.version("cercle")
    except metadata.PackageNotFoundError:
        return "0.1.0"


class Arrival(StrEnum):
    """Where an imported group goes on this computer."""

    NEW = "new"  # not here yet: refused if it is (merge it, take it over or keep both)
    # Replaces the group here under the new host's passphrase. The handover passphrase was the
    # outgoing host's consent; the vault they left is kept as a backup only theirs opens.
    TAKE_OVER = "take_over"
    # Keep both: a second group with an id of its own (files of either can no longer be merged
    # into the other).
    SEPARATE = "separate"


@dataclass(frozen=True)
class ImportResult:
    group: GroupInfo
    manifest: Manifest


class HandoverService:
    def __init__(self, vaults: VaultService) -> None:
        self.vaults = vaults
        self.tmp = vaults.data.tmp

    # -- export ------------------------------------------------------------------------------
    def export(
        self,
        source: OpenGroup | Database,
        target: Path,
        passphrase: str,
        scope: str,
        progress: Progress | None = None,
        *,
        with_notes: bool = False,
        key: NewKey | None = None,
    ) -> Manifest:
        """`source`: the open group, or a vault opened without a group around it (cercle-cli,
        the benchmarks). with_notes: the members' private notes go too (ticked in by the
        outgoing host). key: derived ahead (new_keys.handover_key), used only if derived from
        this very passphrase; otherwise the key is derived here."""
        if scope not in SCOPES:
            raise ValidationError("scope", "unknown")
        check_new_passphrase(passphrase)
        write = (
            source.export_bundle
            if isinstance(source, OpenGroup)
            else partial(export_bundle, source)
        )
        return write(
            Path(target),
            passphrase,
            scope,
            self.tmp,
            app_version(),
            progress or (lambda _p: None),
            with_notes=with_notes,
            key=new_keys.matching(key, passphrase),
        )

    # -- import as a new group -------------------------------------------------------------------
    @staticmethod
    def check_file(source: Path) -> StorageError | None:
        """Size and header, before any passphrase is asked: None when it may be a bundle."""
        try:
            check_bundle_shape(Path(source))
        except StorageError as exc:
            return exc
        return None

    def inspect(self, source: Path, typed: str, key: NewKey | None = None) -> VerifiedCopy:
        """Everything before the preview. The caller discards the copy if the host cancels.

        A generated passphrase opens the file however it was typed (case, spaces, dashes).
        key: derived ahead for the file (new_keys.file_key), used only for the form of the
        passphrase it was derived from and for the salt of the copy."""
        tries = passphrases.candidates(typed)
        for attempt in tries[:-1]:
            try:
                ahead = new_keys.matching(key, attempt)
                return bundle_import.prepare(Path(source), attempt, self.tmp, ahead)
            except WrongPassphraseOrDamaged:
                continue
        ahead = new_keys.matching(key, tries[-1])
        return bundle_import.prepare(Path(source), tries[-1], self.tmp, ahead)

    @staticmethod
    def stage(copy: VerifiedCopy) -> StagedVault:
        """The new vault but for its key, to build (`build()`, on a worker) while the host
        chooses the passphrase: whatever the host then chooses, import_group only writes it.
        Its owner stops and closes it if it is never handed to import_group."""
        return StagedVault(copy)

    def import_group(
        self,
        copy: VerifiedCopy,
        label: str,
        vault_passphrase: str,
        progress: Progress | None = None,
        arrival: Arrival = Arrival.NEW,
        key: NewKey | None = None,
        staged: StagedVault | None = None,
    ) -> ImportResult:
        """The verified copy keyed with the new host's passphrase, then put in place as
        `arrival` says; the copy (and `staged`) are gone afterwards whatever happened. key:
        derived ahead (new_keys.vault_key), used only if derived from this very passphrase.
        staged: this copy's vault staged ahead (stage), used only if built from it."""
        group_id = copy.manifest.group_id
        if arrival is Arrival.NEW and self.vaults.vault_path(group_id).exists():
            if staged is not None:
                staged.close()
            copy.discard()
            raise GroupAlreadyHere("exists")
        # Kept apart, the file's group gets an id of its own before its vault is made.
        new_group_id = str(uuid.uuid4()) if arrival is Arrival.SEPARATE else None
        report = progress or (lambda _p: None)
        label = label.strip() or copy.manifest.group_name
        vault: Path | None = None
        try:
            check_new_passphrase(vault_passphrase, (label, copy.manifest.group_name))
            report(20)
            keyed = passphrases.keyed_form(vault_passphrase)
            ahead = new_keys.matching(key, keyed)
            vault = bundle_import.make_vault(copy, keyed, new_group_id, ahead, staged)
            copy.discard()  # written out: its space is the vault's on a nearly full disk
            report(80)
            if arrival is Arrival.TAKE_OVER:
                info = self.vaults.replace_vault(vault, group_id, label)
            else:
                info = self.vaults.adopt_vault(vault, new_group_id or group_id, label)
        finally:
            if staged is not None:  # not handed to make_vault (a passphrase refused)
                staged.close()
            copy.discard()
            if vault is not None:
                remove_scratch(vault)  # moved in place already, or left by a failure
        report(100)
        return ImportResult(info, copy.manifest)

    # -- the same group is already on this computer -----------------------------------------------
    def already_here(self, copy: VerifiedCopy) -> GroupInfo | None:
        """The group this file holds, when it is on this computer already (read from the file
        alone: its id)."""
        try:
            return self.vaults.find(copy.manifest.group_id)
        except StorageError:
            return None

    # -- merge into an open group -----------------------------------------------------------------
    def merge_preview(self, group: OpenGroup, copy: VerifiedCopy) -> MergeCounts:
        return group.merge_bundle(copy, dry_run=True)

    def merge(self, group: OpenGroup, copy: VerifiedCopy) -> MergeCounts:
        group.before_risky_change("merge")
        try:
            return group.merge_bundle(copy)
        finally:
            copy.discard()
