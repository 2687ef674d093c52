"""Ways to spoil a real bundle, for the bad-input and fuzz tests."""

from __future__ import annotations

import json
from pathlib import Path

from storage.bundle import seal, table_digest
from storage.bundle_file import MANIFEST, BundleKey, open_bundle
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
            digest, counts = table_digest(db)
        except StorageError:  # a table is gone: the schema check will catch it first
            return
        db.execute(
            f"UPDATE {MANIFEST} SET value = ? WHERE key = 'counts'",
            (json.dumps(counts, sort_keys=True),),
        )
        reseal_manifest(db, digest)


def reseal_manifest(db: Database, tables_digest: str) -> None:
    """What a sender with the passphrase can do: seal whatever the manifest now says."""
    fields = {str(k): str(v) for k, v in db.query(f"SELECT key, value FROM {MANIFEST}")}
    db.execute(
        f"UPDATE {MANIFEST} SET value = ? WHERE key = 'digest'", (seal(tables_digest, fields),)
    )


def run(db: Database, statement: Statement, tolerant: bool) -> None:
    """Tolerant: a value the STRICT table refuses is simply not written (the fuzzer's problem)."""
    sql, params = (statement, ()) if isinstance(statement, str) else statement
    try:
        db.execute(sql, params)
    except StorageError:
        if not tolerant:
            raise
