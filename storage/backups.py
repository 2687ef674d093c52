"""Encrypted backups of an open vault: VACUUM INTO a .partial file, verify it, then rename.

A backup is encrypted with the vault's key at the time it is made, so it opens only with the
passphrase the vault had then. Nothing here knows the passphrase: the copy is verified by attaching
it read-only to the vault's own connection, which re-derives the key from the same passphrase with
the copy's salt.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlcipher3 import dbapi2

from storage import settings
from storage.database import APP_MARKER, Database, translate_error
from storage.errors import StorageError, VaultDamaged
from storage.folders import private_dir

_ALIAS = "cercle_backup"
# Page caches while a backup is written and checked. At SQLCipher's default (8 MB each for the
# source and the copy VACUUM INTO writes) the day's backup of the large group kept ~17 MB more in
# memory, on top of the group screen's, and the first unlock of a day peaked at 158 MB (issue 18:
# 150). With these: ~4 MB more; the copy is written as fast, its check takes ~0.2 s longer.
COPY_CACHE_KIB = 1024
CHECK_CACHE_KIB = 2048


def vacuum_into(db: Database, target: Path) -> None:
    """The one step that writes the copy; tests inject a full disk here. The name goes as a
    file URI, as every connection's does: a str would not encode for a folder whose name is not
    UTF-8 (a legacy Latin-1 home), and no backup was ever made there."""
    db.execute("VACUUM INTO ?", (target.resolve().as_uri(),))


def make_backup(db: Database, final: Path, expected_group_id: str) -> Path:
    """Write a compact encrypted copy of `db` to `final`; nothing is left behind on failure."""
    private_dir(final.parent)
    partial = final.with_name(final.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with _cache_of(db, COPY_CACHE_KIB):
            vacuum_into(db, partial)
        os.chmod(partial, 0o600)
        fsync_file(partial)
        problems = verify_attached(db, partial, expected_group_id)
        if problems:
            raise VaultDamaged("backup did not verify")
        os.replace(partial, final)
        _fsync_dir(final.parent)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, (StorageError, OSError)):
            raise translate_error(exc) from None
        raise
    return final


@contextmanager
def _cache_of(db: Database, kib: int) -> Iterator[None]:
    """The connection's page cache at `kib` for the duration, then as it was (the open group's
    own connection makes the backups the host asks for)."""
    before = int(db.scalar("PRAGMA cache_size") or 0)
    db.execute(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {before}")


def verify_attached(db: Database, copy: Path, expected_group_id: str) -> list[str]:
    """Integrity and identity of a copy made with the same key; empty means it is good."""
    uri = copy.resolve().as_uri() + "?mode=ro"
    db.execute(f"ATTACH DATABASE ? AS {_ALIAS}", (uri,))
    try:
        db.execute(f"PRAGMA {_ALIAS}.cache_size = -{CHECK_CACHE_KIB}")
        problems = db.integrity_problems(_ALIAS)
        meta: dict[str, str] = dict(
            db.query(f"SELECT key, value FROM {_ALIAS}.meta WHERE key IN ('app', 'group_id')")
        )
        if meta.get("app") != APP_MARKER or meta.get("group_id") != expected_group_id:
            problems.append("meta")
        return problems
    except (StorageError, dbapi2.Error):
        return ["unreadable"]
    finally:
        db.execute(f"DETACH DATABASE {_ALIAS}")


def verify_with_passphrase(path: Path, passphrase: str, expected_group_id: str) -> None:
    """Open a copy on its own, read-only, as a restore does. Raises a typed error if it is bad."""
    with Database.open(path, passphrase, read_only=True, take_lock=False) as copy:
        if copy.integrity_problems():
            raise VaultDamaged("backup damaged")
        if copy.meta("group_id") != expected_group_id:
            raise VaultDamaged("backup of another group")


def page_one_fingerprint(path: Path) -> str:
    """A digest of the first page's ciphertext: it changes with every commit and with a rekey,
    and says nothing about the passphrase. Used to tell whether an interrupted rekey landed."""
    with path.open("rb") as handle:
        return hashlib.sha256(handle.read(settings.PAGE_SIZE)).hexdigest()


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - directories cannot be fsynced on Windows
        return
    fsync_file(folder)
