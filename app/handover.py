"""Handing a group over: export to one protected file, import it as a new group, merge it.

The UI runs each of these in a worker. Export and merge use the open group's connection: the
wizard that starts them is modal and auto-lock is held off meanwhile, so nothing else uses it.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from app.group import GroupInfo, OpenGroup
from app.vaults import VaultService, check_new_passphrase
from storage import bundle_import, merge
from storage.bundle import SCOPES as BUNDLE_SCOPES
from storage.bundle import Manifest, check_bundle_shape, verification_code
from storage.bundle_export import export_bundle
from storage.bundle_import import VerifiedCopy
from storage.database import Database
from storage.errors import GroupAlreadyHere, StorageError, ValidationError
from storage.merge import MergeCounts

# No 0/O, 1/I/L: read aloud and copied from paper without doubt. 31 symbols, ~4.95 bits each.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
GROUPS, GROUP_SIZE = 6, 4
DEFAULT_SCOPE = "consented"
# The scope choices in the order the export wizard offers them, the default first.
SCOPES = (DEFAULT_SCOPE, *(s for s in BUNDLE_SCOPES if s != DEFAULT_SCOPE))
Progress = Callable[[int], None]

__all__ = [
    "SCOPES",
    "HandoverService",
    "Manifest",
    "MergeCounts",
    "VerifiedCopy",
    "generate_passphrase",
    "passphrase_bits",
    "verification_code",
]


def generate_passphrase() -> str:
    groups = ("".join(secrets.choice(ALPHABET) for _ in range(GROUP_SIZE)) for _ in range(GROUPS))
    return "-".join(groups)


def passphrase_bits() -> float:
    import math

    return GROUPS * GROUP_SIZE * math.log2(len(ALPHABET))


def app_version() -> str:
    try:
        return metadata.version("cercle")
    except metadata.PackageNotFoundError:
        return "0.1.0"


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
        group: OpenGroup,
        target: Path,
        passphrase: str,
        scope: str,
        progress: Progress | None = None,
    ) -> Manifest:
        return self.export_db(group.db, target, passphrase, scope, progress)

    def export_db(
        self,
        db: Database,
        target: Path,
        passphrase: str,
        scope: str,
        progress: Progress | None = None,
    ) -> Manifest:
        if scope not in SCOPES:
            raise ValidationError("scope", "unknown")
        check_new_passphrase(passphrase)
        return export_bundle(
            db,
            Path(target),
            passphrase,
            scope,
            self.tmp,
            app_version(),
            progress or (lambda _p: None),
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

    def inspect(self, source: Path, passphrase: str) -> VerifiedCopy:
        """Everything before the preview. The caller discards the copy if the host cancels."""
        return bundle_import.prepare(Path(source), passphrase, self.tmp)

    def import_new_group(
        self,
        copy: VerifiedCopy,
        label: str,
        vault_passphrase: str,
        progress: Progress | None = None,
    ) -> ImportResult:
        report = progress or (lambda _p: None)
        label = label.strip() or copy.manifest.group_name
        try:
            if self.vaults.vault_path(copy.manifest.group_id).exists():
                raise GroupAlreadyHere("exists")
            check_new_passphrase(vault_passphrase)
            report(20)
            bundle_import.make_vault(copy, vault_passphrase)
            report(80)
            info = self.vaults.adopt_vault(copy.path, copy.manifest.group_id, label)
        finally:
            copy.discard()
        report(100)
        return ImportResult(info, copy.manifest)

    # -- merge into an open group -----------------------------------------------------------------
    def merge_preview(self, group: OpenGroup, copy: VerifiedCopy) -> MergeCounts:
        return merge.merge(group.db, copy, dry_run=True)

    def merge(self, group: OpenGroup, copy: VerifiedCopy) -> MergeCounts:
        group.before_risky_change("merge")
        try:
            return merge.merge(group.db, copy)
        finally:
            copy.discard()
