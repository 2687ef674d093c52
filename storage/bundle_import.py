"""Reading a handover bundle: a local copy, verified, then a new vault written from it.

Nothing outside our own temp dir (the copy, the vault beside it) is written until the caller
moves the finished vault into the vaults folder.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from storage import schema
from storage.backups import fsync_file
from storage.bundle import (
    LOCAL_META,
    Stamp,
    check_bundle_shape,
    copy_verified,
    remove_scratch,
    scratch_path,
    stamp_of,
    verify_bundle,
)
from storage.bundle_file import (
    MANIFEST,
    STREAM_CACHE_KIB,
    BundleKey,
    Stop,
    connect_bundle,
    open_bundle,
    stage_in_memory,
    write_keyed,
)
from storage.bundle_manifest import Manifest
from storage.bundle_schema import build_search_index
from storage.database import Database, translate_error
from storage.errors import StorageError, VaultMissing
from storage.keys import SALT_BYTES

# The name stage_in_memory attaches the staged rows under.
STAGED = "staged"


class KeptReader:
    """The whole-file checks' connection to our copy, kept once they passed: its cache holds
    every page they read, authenticated (FileChecks.hand_over). Taken once, by the staging of
    the new vault, or closed with the copy."""

    def __init__(self) -> None:
        self._db: Database | None = None
        self._guard = threading.Lock()

    def put(self, db: Database) -> None:
        with self._guard:
            old, self._db = self._db, db
        if old is not None:
            old.close()

    def take(self) -> Database | None:
        with self._guard:
            db, self._db = self._db, None
        return db

    def close(self) -> None:
        db = self.take()
        if db is not None:
            db.close()


@dataclass(frozen=True)
class VerifiedCopy:
    """Our own verified copy of a bundle. Delete it with discard() when no longer needed."""

    path: Path
    key: BundleKey
    manifest: Manifest
    reader: KeptReader = field(default_factory=KeptReader, compare=False, repr=False)
    made_from: Stamp | None = field(default=None, compare=False)  # the source, as opened

    def discard(self) -> None:
        self.reader.close()
        remove_scratch(self.path)


def prepare(
    source: Path,
    passphrase: str,
    tmp_dir: Path,
    known: BundleKey | None = None,
    stop: Stop | None = None,
) -> VerifiedCopy:
    """Copy, derive the key for the copy's salt, run every check. Removes the copy on failure.
    known: derived from `passphrase` already, for the source's salt as it was read then (used
    only if the copy's salt is the same). stop: from another thread, ends the work at its next
    step, or its checks' statements sooner (a key derivation runs to its end)."""
    source = Path(source)
    check_bundle_shape(source)
    stop = stop or Stop()
    stop.check()
    copy = scratch_path(tmp_dir, "import")
    reader = KeptReader()
    try:
        with ThreadPoolExecutor(1) as pool:
            # The key derivation (~0.2 s, outside the GIL) runs while the file is copied.
            if known is None:
                deriving = pool.submit(_key_for, source, passphrase)
            try:
                made_from = copy_verified(source, copy, durable=False, stop=stop)
                key = deriving.result() if known is None else known
            except FileNotFoundError:
                raise VaultMissing("gone") from None
            except OSError as exc:
                raise translate_error(exc) from None
        check_bundle_shape(copy)  # the source may have changed while we copied it
        stop.check()
        key = BundleKey.for_file(copy, passphrase, key)  # derived again if the salt moved
        manifest = verify_bundle(copy, key, keep=reader.put, stop=stop)
    except BaseException:
        reader.close()
        remove_scratch(copy)
        raise
    return VerifiedCopy(copy, key, manifest, reader, made_from)


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


def source_stamp(source: Path) -> Stamp | None:
    """The stamp of the file at `source` now (None: none there): a copy whose made_from
    differs was made from another file."""
    try:
        return stamp_of(os.stat(source))
    except OSError:
        return None


def _salt(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(SALT_BYTES)


def _key_for(path: Path, passphrase: str) -> BundleKey:
    return BundleKey.derive(passphrase, _salt(path))


class StagedVault:
    """The new vault but for its key: the verified copy's rows in this process's memory (SQLite's
    memdb, never a file), made what the vault holds (no manifest, nothing of the sender's
    computer, migrated) and given its search index, built there from the resources (a bundle
    carries none from format 4 on; verify_bundle took an older one's out unread).

    Nothing in it depends on the new host's choices: the wizard builds it on a thread of its own
    as soon as the copy is verified, while the host reads the preview and chooses a passphrase
    (ui/handover/vault_ahead.py), and make_vault then only writes it under the new key; the
    group id of a group kept apart is set at that write. Built, written and closed by one
    thread at a time; `stop` is the one call from another (a cancel, a lock)."""

    def __init__(self, copy: VerifiedCopy) -> None:
        self.copy = copy
        self._db: Database | None = None
        self._built = False
        self._stop = Stop()

    def build(self) -> StagedVault:
        kept = self.copy.reader.take()
        self._db = kept or connect_bundle(self.copy.path, self.copy.key, read_only=False)
        try:
            # Only the build's window: the connection, kept for the writes, is unhalted after.
            with self._stop.watch_db(self._db):
                _stage(self._db, self._stop.check, warm=kept is not None)
        except BaseException:
            self.close()
            raise
        self._built = True
        return self

    @property
    def holds_rows(self) -> bool:
        """Whether the group's rows are still in memory (until close)."""
        return self._db is not None

    def built_from(self, copy: VerifiedCopy) -> bool:
        return self._built and self.copy is copy and self._db is not None

    def write(
        self, path: Path, key: BundleKey, new_group_id: str | None, stop: Stop | None = None
    ) -> None:
        """Again for each passphrase the host settles on (write_ahead), the staged rows left as
        they are; with `new_group_id` (which it sets in them) once, the caller closing it
        afterwards, whatever happened. `stop`: a write ahead's, which ends the export at any of
        its statements (only the file being written is rolled back: the staged rows are only
        read)."""
        db = self._db
        if db is None or not self._built:
            raise StorageError("not staged")
        if new_group_id is not None:
            with db.transaction():
                db.execute(
                    f"INSERT INTO {STAGED}.meta (key, value) VALUES ('group_id', ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (new_group_id,),
                )
        write_keyed(db, STAGED, path, key, stop)

    def stop(self) -> None:
        """From another thread, once: a build under way ends as "stopped" at its statement
        under way, or at the next (a stop holds: Stop.watch_db); one not begun never begins.
        Never a write's: each has a Stop of its own (write_ahead)."""
        self._stop.stop()

    def close(self) -> None:
        """The staged rows go with the connection (memdb frees them with its last one). Never
        while build runs on another thread (a connection closed under a running statement
        crashes the process): stop, wait for the build to end, then close (ui/common/ahead.py)."""
        db, self._db = self._db, None
        if db is not None:
            db.close()


def _stage(db: Database, go_on: Callable[[], None], *, warm: bool) -> None:
    """warm: the checks' own connection, its cache holding the copy's pages, decrypted and
    authenticated as they read them (0.47 G instructions of decryption fewer for the large
    group); a new one reads the copy once, in order, through a small cache."""
    # Our own scratch copy, left as soon as the vault is written: an older one is migrated in
    # place, unsynced, its journal in memory. Not without one: a build stopped mid-migration
    # (a lock, the host going back) must roll back, for the copy is kept, to be merged or
    # staged again, and a rollback without a journal leaves the pages already written.
    db.execute("PRAGMA journal_mode = MEMORY")
    db.execute("PRAGMA synchronous = OFF")
    _migrate(db)
    go_on()
    if not warm:
        db.execute(f"PRAGMA cache_size = -{STREAM_CACHE_KIB}")
    # No Stop of its own: this runs inside the build's window, which a failure here leaves
    # with "staged" attached (its DETACH refused once stopped); the build then closes this
    # connection. Not a pattern for a connection that serves on (staged_in_memory, _watched).
    staged = stage_in_memory(db)
    if warm:  # the copy's pages are no longer needed: their memory goes back
        db.execute(f"PRAGMA cache_size = -{STREAM_CACHE_KIB}")
    if staged.name != STAGED:
        raise StorageError("staged elsewhere")
    go_on()
    # The copy itself keeps its manifest: a host who goes back and merges it instead still
    # has the file as it was checked.
    with db.transaction():
        db.execute(f"DROP TABLE {STAGED}.{MANIFEST}")
        db.execute(f"DELETE FROM {STAGED}.meta WHERE substr(key, 1, ?) = ?", LOCAL_META)
        build_search_index(db, STAGED)
    go_on()


@dataclass(frozen=True)
class WrittenVault:
    """The new vault written ahead, under the key of one passphrase, while the host was still on
    the page (write_ahead): synced and opened once with that key. Used only by make_vault for
    the copy it was written from, that key, and a group that keeps its id; else, and
    whenever it is not used, `discard` removes it."""

    path: Path
    copy: VerifiedCopy = field(repr=False)
    key: BundleKey = field(repr=False)

    def fits(self, copy: VerifiedCopy, key: BundleKey | None, new_group_id: str | None) -> bool:
        return self.copy is copy and key is self.key and new_group_id is None

    def discard(self) -> None:
        remove_scratch(self.path)


def write_ahead(
    copy: VerifiedCopy, staged: StagedVault, key: BundleKey, stop: Stop | None = None
) -> WrittenVault:
    """`staged` (built from `copy`) written under `key` into our temp dir, beside the copy, as
    make_vault writes it for a group that keeps its id. `staged` stays open and unchanged: the
    host may still choose another passphrase (write_ahead again), or keep the group apart
    (make_vault then writes it with the new id). The file goes with a failure. stop: from
    another thread (the host has typed another passphrase), ends the write at its next step,
    or its export sooner, its file removed; the staged rows stay for the next one."""
    if not staged.built_from(copy):
        raise StorageError("not staged")
    vault = scratch_path(copy.path.parent, "vault")
    try:
        _write_checked(staged, vault, key, None, stop)
    except BaseException:
        remove_scratch(vault)
        raise
    return WrittenVault(vault, copy, key)


def _write_checked(
    staged: StagedVault,
    vault: Path,
    key: BundleKey,
    new_group_id: str | None,
    stop: Stop | None = None,
) -> None:
    staged.write(vault, key, new_group_id, stop)
    if stop is not None:
        stop.check()  # before the fsync of a whole vault nobody will use
    fsync_file(vault)  # one fsync at the end instead of a journal of the whole file
    with open_bundle(vault, key):  # opens with the new key, holds our marker
        pass


def make_vault(
    copy: VerifiedCopy,
    vault_passphrase: str,
    new_group_id: str | None = None,
    key: BundleKey | None = None,
    staged: StagedVault | None = None,
    written: WrittenVault | None = None,
) -> Path:
    """A new vault keyed with the new host's passphrase, written from the verified copy beside
    it in our temp dir; returns its path (the caller moves it in place or removes it). With
    `new_group_id`, the copy becomes a separate group (the same one is already here). `key`:
    derived from `vault_passphrase` already (random salt), by a caller that started it while
    the host was choosing it; without it, it is derived here while the copy is staged.
    `staged`: the copy's StagedVault, built while the host was choosing the passphrase (closed
    here, used or not); without one built from this copy, it is built here. `written`: the
    vault written ahead from it (write_ahead), returned as it is when it fits this copy, this
    key and a group that keeps its id, else removed.

    The staged rows are written under the key by sqlcipher_export (every table's rows and
    index entries), not by rekeying the copy in place: `PRAGMA rekey` answers "ok" even when it
    could not read a page, and then leaves every page under the old key, so it had to be
    followed by a cipher_integrity_check of the whole result. A statement reports a page it
    cannot read or write (tests/app/handover/test_bad_input.py), and the copy's free pages are
    left behind."""
    given = staged
    try:
        if written is not None and written.fits(copy, key, new_group_id):
            return written.path
        if written is not None:
            written.discard()
        vault = scratch_path(copy.path.parent, "vault")
        try:
            with ThreadPoolExecutor(1) as pool:
                # The new key is derived (outside the GIL) while the copy is staged and indexed,
                # for a salt of its own: the bundle's was chosen by whoever made the file.
                new_key = (
                    pool.submit(BundleKey.new, vault_passphrase) if key is None else _done(key)
                )
                if staged is None or not staged.built_from(copy):
                    staged = StagedVault(copy).build()
                _write_checked(staged, vault, new_key.result(), new_group_id)
        except BaseException:
            remove_scratch(vault)
            raise
    finally:
        for one in (given, staged):
            if one is not None:
                one.close()
    return vault


def _done(key: BundleKey) -> Future[BundleKey]:
    done: Future[BundleKey] = Future()
    done.set_result(key)
    return done
