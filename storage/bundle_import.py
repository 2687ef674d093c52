"""Reading a handover bundle: a local copy, verified, then turned into a vault in place.

Nothing outside the copy in our own temp dir is written until the caller moves the finished
vault into the vaults folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from storage import schema
from storage.bundle import (
    MANIFEST,
    BundleKey,
    Manifest,
    check_bundle_shape,
    copy_verified,
    open_bundle,
    scratch_path,
    table_digest,
    verify_bundle,
)
from storage.database import translate_error
from storage.errors import StorageError, VaultDamaged, VaultMissing


@dataclass(frozen=True)
class VerifiedCopy:
    """Our own verified copy of a bundle. Delete it with discard() when no longer needed."""

    path: Path
    key: BundleKey
    manifest: Manifest

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


def prepare(source: Path, passphrase: str, tmp_dir: Path) -> VerifiedCopy:
    """Copy, derive the key for the copy's salt, run every check. Removes the copy on failure."""
    source = Path(source)
    check_bundle_shape(source)
    copy = scratch_path(tmp_dir, "import")
    try:
        try:
            copy_verified(source, copy)
        except FileNotFoundError:
            raise VaultMissing("gone") from None
        except OSError as exc:
            raise translate_error(exc) from None
        check_bundle_shape(copy)  # the source may have changed while we copied it
        key = BundleKey.for_file(copy, passphrase)
        manifest = verify_bundle(copy, key)
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    return VerifiedCopy(copy, key, manifest)


def make_vault(copy: VerifiedCopy, vault_passphrase: str) -> None:
    """Turn the verified copy into a vault keyed with the new host's passphrase, then check it.

    The search index is rebuilt from the resources rather than trusted from the file."""
    with open_bundle(copy.path, copy.key, read_only=False) as db:
        with db.transaction():
            db.execute(f"DROP TABLE {MANIFEST}")
            db.execute("DELETE FROM resources_fts")
            db.execute("INSERT INTO resources_fts (resource_id, title, body, extra) "
                       "SELECT id, title, body, phone || ' ' || address || ' ' || hours "
                       "FROM resources")
        if schema.pending(db):
            schema.migrate(db)
        vault_key = BundleKey.for_file(copy.path, vault_passphrase)
        db.execute(f'PRAGMA rekey = "{vault_key.raw}"')
    with open_bundle(copy.path, vault_key) as db:
        if db.integrity_problems():
            raise VaultDamaged("after rekey")
        digest, _counts = table_digest(db)
        if digest != copy.manifest.digest and copy.manifest.schema_version == schema.CURRENT_VERSION:
            raise StorageError("content changed")
