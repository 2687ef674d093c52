"""Ways to spoil a real bundle, for the bad-input and fuzz tests."""

from __future__ import annotations

import json
from pathlib import Path

from storage.bundle import legacy_digest, read_content
from storage.bundle_file import MANIFEST, BundleKey, open_bundle
from storage.bundle_manifest import TEXT_DIGEST_FROM, seal
from storage.bundle_schema import build_search_index, has_search_index
from storage.database import Database
from storage.errors import StorageError

Statement = str | tuple[str, tuple[object, ...]]


def reseal(
    path: Path,
    passphrase: str,
    *statements: Statement,
    writable_schema: bool = False,
    tolerant: bool = False,
) -> None:
    """Change rows inside a correctly keyed bundle, then recompute its seal, so that only the
    deeper checks (schema, references, domain) can catch the change."""
    key = BundleKey.for_file(path, passphrase)
    with open_bundle(path, key, read_only=False) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("PRAGMA ignore_check_constraints = ON")
        if writable_schema:
            db.execute("PRAGMA writable_schema = ON")
        for statement in statements:
            run(db, statement, tolerant)
        if writable_schema:
            db.execute("PRAGMA writable_schema = OFF")
        try:
            # One reading gives both: the counts, and the digest a file of format 3 is sealed
            # with (bundle.tables_digest would read every table a second time). Without the
            # gate's checks, which the import runs on the resealed file: a third of the reading.
            reading = read_content(db, gate=False)
            legacy = format_version(db) < TEXT_DIGEST_FROM
            counts, digest = reading.counts, legacy_digest(db) if legacy else reading.digest
        except StorageError:  # a table is gone: the schema check will catch it first
            return
        db.execute(
            f"UPDATE {MANIFEST} SET value = ? WHERE key = 'counts'",
            (json.dumps(counts, sort_keys=True),),
        )
        if format_version(db) < 2:  # format 1 sealed the tables only
            db.execute(f"UPDATE {MANIFEST} SET value = ? WHERE key = 'digest'", (digest,))
        else:
            reseal_manifest(db, digest)


def reseal_manifest(db: Database, tables_digest: str) -> None:
    """What a sender with the passphrase can do: seal whatever the manifest now says."""
    fields = {str(k): str(v) for k, v in db.query(f"SELECT key, value FROM {MANIFEST}")}
    db.execute(
        f"UPDATE {MANIFEST} SET value = ? WHERE key = 'digest'", (seal(tables_digest, fields),)
    )


def as_format_1(path: Path, passphrase: str) -> None:
    """What a Cercle before handover format 2 wrote: the same file with its search index, its
    digest over Python's repr of every row and nothing else (the manifest was not sealed)."""
    with open_bundle(path, BundleKey.for_file(path, passphrase), read_only=False) as db:
        _with_search_index(db)
        db.execute(f"UPDATE {MANIFEST} SET value = '1' WHERE key = 'format_version'")
    reseal(path, passphrase)


def as_format_2(path: Path, passphrase: str) -> None:
    """What a Cercle before handover format 3 wrote: the same file with its search index,
    sealed over Python's repr of every row (bundle.legacy_digest)."""
    with open_bundle(path, BundleKey.for_file(path, passphrase), read_only=False) as db:
        _with_search_index(db)
        db.execute(f"UPDATE {MANIFEST} SET value = '2' WHERE key = 'format_version'")
        reseal_manifest(db, legacy_digest(db))


def as_format_3(path: Path, passphrase: str) -> None:
    """What a Cercle before handover format 4 wrote: the same file with its search index,
    built by the triggers as the sender's vault had it."""
    with open_bundle(path, BundleKey.for_file(path, passphrase), read_only=False) as db:
        _with_search_index(db)
        db.execute(f"UPDATE {MANIFEST} SET value = '3' WHERE key = 'format_version'")
        reseal_manifest(db, read_content(db, gate=False).digest)


def _with_search_index(db: Database) -> None:
    if not has_search_index(db):
        with db.transaction():
            build_search_index(db)


def format_version(db: Database) -> int:
    return int(db.scalar(f"SELECT value FROM {MANIFEST} WHERE key = 'format_version'"))


def run(db: Database, statement: Statement, tolerant: bool) -> None:
    """Tolerant: a value the STRICT table refuses is simply not written (the fuzzer's problem)."""
    sql, params = (statement, ()) if isinstance(statement, str) else statement
    try:
        db.execute(sql, params)
    except StorageError:
        if not tolerant:
            raise
