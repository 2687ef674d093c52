"""Reading a handover bundle: a local copy, verified, then a new vault written from it.

Nothing outside our own temp dir (the copy, the vault beside it) is written until the caller
moves the finished vault into the vaults folder.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from storage import schema
from storage.backups import fsync_file
from storage.bundle import (
    LOCAL_META,
    Manifest,
    check_bundle_shape,
    copy_verified,
    remove_scratch,
    scratch_path,
    verify_bundle,
)
from storage.bundle_file import (
    MANIFEST,
    STREAM_CACHE_KIB,
    BundleKey,
    open_bundle,
    staged_in_memory,
    write_keyed,
)
from storage.bundle_schema import build_search_index
from storage.database import Database, translate_error
from storage.errors import VaultMissing
from storage.keys import SALT_BYTES


@dataclass(frozen=True)
class VerifiedCopy:
    """Our own verified copy of a bundle. Delete it with discard() when no longer needed."""

    path: Path
    key: BundleKey
    manifest: Manifest

    def discard(self) -> None:
        remove_scratch(self.path)


def prepare(
    source: Path, passphrase: str, tmp_dir: Path, known: BundleKey | None = None
) -> VerifiedCopy:
    """Copy, derive the key for the copy's salt, run every check. Removes the copy on failure.
    known: derived from `passphrase` already, for the source's salt as it was read then (used
    only if the copy's salt is the same)."""
    source = Path(source)
    check_bundle_shape(source)
    copy = scratch_path(tmp_dir, "import")
    try:
        with ThreadPoolExecutor(1) as pool:
            # The key derivation (~0.2 s, outside the GIL) runs while the file is copied.
            if known is None:
                deriving = pool.submit(_key_for, source, passphrase)
            try:
                copy_verified(source, copy, durable=False)
                key = deriving.result() if known is None else known
            except FileNotFoundError:
                raise VaultMissing("gone") from None
            except OSError as exc:
                raise translate_error(exc) from None
        check_bundle_shape(copy)  # the source may have changed while we copied it
        key = BundleKey.for_file(copy, passphrase, key)  # derived again if the salt moved
        manifest = verify_bundle(copy, key)
    except BaseException:
        remove_scratch(copy)
        raise
    return VerifiedCopy(copy, key, manifest)


def bring_up_to_date(copy: VerifiedCopy) -> None:
    """A co-host's file from an older Cercle: our scratch copy is migrated as a vault would be,
    so a merge reads the same columns as the open group (and the rows the migrations derive,
    as its own migration derived them). The file itself is never touched. The copy holds no
    search index (verify_bundle took an older file's out unread), and none is built for it:
    the open group's triggers index what the merge changes."""
    with open_bundle(copy.path, copy.key, read_only=False) as db:
        _migrate(db)


def _migrate(db: Database) -> None:
    """An older copy migrated without a search index (no migration reads one); the new
    vault's is built afterwards, from the rows migrated."""
    if schema.pending(db):
        schema.migrate(db)


def _salt(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(SALT_BYTES)


def _key_for(path: Path, passphrase: str) -> BundleKey:
    return BundleKey.derive(passphrase, _salt(path))


def make_vault(
    copy: VerifiedCopy,
    vault_passphrase: str,
    new_group_id: str | None = None,
    key: BundleKey | None = None,
) -> Path:
    """A new vault keyed with the new host's passphrase, written from the verified copy beside
    it in our temp dir; returns its path (the caller moves it in place or removes it). With
    `new_group_id`, the copy becomes a separate group (the same one is already here). `key`:
    derived from `vault_passphrase` already (random salt), by a caller that started it while
    the host was choosing it; without it, it is derived here while the copy is staged.

    The copy is staged in memory, its search index built there from the resources (a bundle
    carries none from format 4 on; verify_bundle took an older one's out unread), then written
    under the key by sqlcipher_export (every table's rows and index entries), not by rekeying
    the copy in place: `PRAGMA rekey` answers "ok" even when it could not read a page, and then
    leaves every page under the old key, so it had to be followed by a cipher_integrity_check
    of the whole result. A statement reports a page it cannot read or write
    (tests/app/handover/test_bad_input.py), and the copy's free pages are left behind."""
    vault = scratch_path(copy.path.parent, "vault")
    try:
        with ThreadPoolExecutor(1) as pool, open_bundle(copy.path, copy.key, read_only=False) as db:
            # The new key is derived (outside the GIL) while the copy is readied, staged and
            # indexed, for a salt of its own: the bundle's was chosen by whoever made the file.
            new_key = pool.submit(BundleKey.new, vault_passphrase) if key is None else _done(key)
            _ready_copy(db, new_group_id)
            with staged_in_memory(db) as staged:
                with db.transaction():
                    build_search_index(db, staged.name)
                write_keyed(db, staged.name, vault, new_key.result())
        fsync_file(vault)  # one fsync at the end instead of a journal of the whole file
        with open_bundle(vault, new_key.result()):  # opens with the new key, holds our marker
            pass
    except BaseException:
        remove_scratch(vault)
        raise
    return vault


def _done(key: BundleKey) -> Future[BundleKey]:
    done: Future[BundleKey] = Future()
    done.set_result(key)
    return done


def _ready_copy(db: Database, new_group_id: str | None) -> None:
    """Our verified copy made what the new vault holds, but for its search index: no manifest,
    nothing of the sender's computer, migrated; read once from here on."""
    # Our own scratch copy, left as soon as the vault is written: no journal.
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    with db.transaction():
        db.execute(f"DROP TABLE {MANIFEST}")
        db.execute("DELETE FROM meta WHERE substr(key, 1, ?) = ?", LOCAL_META)
        if new_group_id is not None:
            db.set_meta("group_id", new_group_id)
    _migrate(db)
    db.execute(f"PRAGMA cache_size = -{STREAM_CACHE_KIB}")
