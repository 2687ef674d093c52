"""The handover bundle: one SQLCipher file keyed with its own passphrase, sealed by a manifest.

Key derivation is done once per file with hashlib (the same PBKDF2-HMAC-SHA512 SQLCipher runs,
over the salt in the file's first 16 bytes), then every open uses the raw key. The file is the
same as one keyed with the passphrase, but export and import each pay one derivation instead of
three or four (the real cost is ~0.2 s each).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import sqlcipher3

from storage import schema
from storage.database import SQLITE_HEADER, Database, check_file_shape, translate_error
from storage.errors import (
    BundleInvalid,
    BundleNewerFormat,
    StorageError,
    VaultDamaged,
    VaultMissing,
)
from storage.keys import DerivedKey

FORMAT_NAME = "cercle-handover"
FORMAT_VERSION = 1
MANIFEST = "handover_manifest"
# Parents before children: the order merge and scope stripping need.
TABLES = (
    "meta",
    "members",
    "sessions",
    "agenda_items",
    "templates",
    "template_items",
    "attendance",
    "circle_rounds",
    "circle_turns",
    "resources",
    "tombstones",
)
_ORDER = {"meta": "key", "tombstones": "table_name, row_id"}
SCOPES = ("everything", "consented", "no_roster")
CACHE_KIB = 131_072  # 128 MiB at most, only while a bundle is open
Progress = Callable[[int], None]
# The raw key of one bundle file, derived once from the handover passphrase.
BundleKey = DerivedKey


def _no_progress(_percent: int) -> None:
    pass


@dataclass(frozen=True)
class Manifest:
    format_version: int
    schema_version: int
    app_version: str
    group_id: str
    group_name: str
    exported_at: str
    scope: str
    counts: dict[str, int]
    digest: str

    @property
    def code(self) -> str:
        return verification_code(self.digest)


def verification_code(digest: str) -> str:
    """What both hosts compare aloud: 12 hex characters in 3 groups (48 bits of the digest)."""
    head = digest[:12].upper()
    return "-".join(head[i : i + 4] for i in range(0, 12, 4))


# -- canonical content ----------------------------------------------------------------------
def table_digest(db: Database, prefix: str = "main") -> tuple[str, dict[str, int]]:
    """SHA-256 over every synchronised table in primary-key order, and the row counts.

    One line per row: the repr of its tuple of values, which tells text from integers, NULL
    from "" and keeps blobs as bytes; stable across Python versions for these types."""
    digest = hashlib.sha256()
    counts: dict[str, int] = {}
    for table in TABLES:
        order = _ORDER.get(table, "id")
        digest.update(f"\x1e{table}\n".encode())
        rows = db.query(f"SELECT * FROM {prefix}.{table} ORDER BY {order}")
        if rows:  # one line per row; map/join keep the loop out of Python bytecode
            text = "\n".join(map(repr, map(tuple, rows))) + "\n"
            digest.update(text.encode("utf-8", "surrogatepass"))
        counts[table] = len(rows)
    return digest.hexdigest(), counts


# -- opening a bundle --------------------------------------------------------------------------
def check_bundle_shape(path: Path) -> None:
    """Before asking the passphrase: a regular, non-empty file of whole SQLCipher pages."""
    try:
        check_file_shape(path)
    except FileNotFoundError:
        raise VaultMissing("gone") from None


@contextmanager
def open_bundle(path: Path, key: BundleKey, *, read_only: bool = True) -> Iterator[Database]:
    db = Database.open(path, key.raw, read_only=read_only, take_lock=False)
    try:
        # Checks pass over the whole file several times: keep decrypted pages in memory.
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        yield db
    finally:
        db.close()


@cache
def expected_schema(version: int) -> tuple[tuple[str, str, str, str], ...]:
    """sqlite_schema of a fresh vault migrated to `version`: a bundle must match it exactly."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    db = Database(conn, Path(":memory:"), None)
    try:
        schema.migrate(db, up_to=version)
        return _schema_rows(db, "main")
    finally:
        db.close()


def _schema_rows(db: Database, prefix: str) -> tuple[tuple[str, str, str, str], ...]:
    rows = db.query(
        f"SELECT type, name, tbl_name, coalesce(sql, '') FROM {prefix}.sqlite_schema "
        f"WHERE tbl_name != '{MANIFEST}' ORDER BY type, name"
    )
    return tuple((str(a), str(b), str(c), str(d)) for a, b, c, d in rows)


def _manifest_objects(db: Database) -> set[tuple[str, str]]:
    """The manifest table and its key's index, and nothing else hanging on it (no trigger)."""
    rows = db.query("SELECT type, name FROM sqlite_schema WHERE tbl_name = ?", (MANIFEST,))
    return {(str(kind), str(name)) for kind, name in rows}


def read_manifest(db: Database) -> Manifest:
    try:
        raw = {str(k): str(v) for k, v in db.query(f"SELECT key, value FROM {MANIFEST}")}
    except StorageError:
        raise BundleInvalid("manifest") from None
    try:
        if raw["format"] != FORMAT_NAME:
            raise BundleInvalid("manifest")
        if int(raw["format_version"]) > FORMAT_VERSION:
            raise BundleNewerFormat("format")
        counts = {str(k): int(v) for k, v in json.loads(raw["counts"]).items()}
        return Manifest(
            int(raw["format_version"]),
            int(raw["schema_version"]),
            raw["app_version"],
            raw["group_id"],
            raw["group_name"],
            raw["exported_at"],
            raw["scope"],
            counts,
            raw["digest"],
        )
    except (KeyError, ValueError, AttributeError, TypeError):
        raise BundleInvalid("manifest") from None


def verify_open_bundle(
    db: Database, *, deep: bool = True, sealed: tuple[str, dict[str, int]] | None = None
) -> Manifest:
    """Every check of shared/design.md, on a keyed connection; returns the trusted manifest.

    sealed: the (digest, counts) an export has just computed from this very file, so that the
    rows are read and hashed once, not twice."""
    if cipher_problems(db) or _full_check_problems(db):
        raise VaultDamaged("integrity")
    manifest = read_manifest(db)
    version = int(db.scalar("PRAGMA user_version") or 0)
    if version > schema.CURRENT_VERSION or manifest.schema_version > schema.CURRENT_VERSION:
        raise BundleNewerFormat("schema")
    if version != manifest.schema_version or version < 1 or manifest.scope not in SCOPES:
        raise BundleInvalid("manifest")
    if _schema_rows(db, "main") != expected_schema(version) or _manifest_objects(db) != {
        ("table", MANIFEST),
        ("index", f"sqlite_autoindex_{MANIFEST}_1"),
    }:
        raise BundleInvalid("schema")
    digest, counts = sealed or table_digest(db)
    if counts != manifest.counts:
        raise BundleInvalid("counts")
    if digest != manifest.digest:
        raise BundleInvalid("digest")
    if db.query("PRAGMA foreign_key_check"):
        raise BundleInvalid("references")
    _check_domain(db, manifest)
    if deep:
        _recheck_constraints(db, version)
        _check_search_index(db)
    return manifest


def _check_search_index(db: Database) -> None:
    """The digest covers resources, not their search index: the index must hold exactly what
    the triggers would have put there (its own structure is checked at import, read-write)."""
    derived = "SELECT id, title, body, phone || ' ' || address || ' ' || hours FROM resources"
    indexed = "SELECT resource_id, title, body, extra FROM resources_fts"
    for query in (f"{derived} EXCEPT {indexed}", f"{indexed} EXCEPT {derived}"):
        if db.scalar(f"SELECT count(*) FROM ({query})"):
            raise BundleInvalid("search index")
    if db.scalar("SELECT count(*) FROM resources_fts") != db.scalar(
        "SELECT count(*) FROM resources"
    ):
        raise BundleInvalid("search index")


def _recheck_constraints(db: Database, version: int) -> None:
    """Copy every row into an empty in-memory schema: CHECK (enums, ranges), NOT NULL, STRICT
    types, primary keys and references are enforced again on insert. integrity_check alone
    does not re-evaluate CHECK constraints, and a crafted file may carry anything."""
    db.execute("ATTACH ':memory:' AS chk KEY ''")
    try:
        for kind, name, _table, sql in expected_schema(version):
            if kind == "table" and name in TABLES:
                db.execute(sql.replace(f"CREATE TABLE {name}", f"CREATE TABLE chk.{name}", 1))
        for table in TABLES:
            db.execute(f"INSERT INTO chk.{table} SELECT * FROM main.{table}")
    except StorageError:
        raise BundleInvalid("domain") from None
    finally:
        db.execute("DETACH chk")


def cipher_problems(db: Database) -> list[str]:
    """Every page's HMAC: proves each page is exactly what was written with this key."""
    return [str(r[0]) for r in db.query("PRAGMA cipher_integrity_check")]


def _full_check_problems(db: Database) -> list[str]:
    """integrity_check (not only quick_check): it also checks STRICT types, NOT NULL and CHECK."""
    return [str(r[0]) for r in db.query("PRAGMA integrity_check") if r[0] != "ok"]


def _check_domain(db: Database, manifest: Manifest) -> None:
    if db.meta("app") != "cercle" or db.meta("group_id") != manifest.group_id:
        raise BundleInvalid("domain")
    for table in TABLES[1:-1]:
        bad = db.scalar(
            f"SELECT count(*) FROM {table} WHERE typeof(id) != 'text' OR length(id) = 0 "
            "OR updated_at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*' "
            "OR created_at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*'"
        )
        if bad:
            raise BundleInvalid("domain")
    if manifest.scope == "no_roster" and db.scalar("SELECT count(*) FROM members"):
        raise BundleInvalid("domain")


def verify_bundle(path: Path, key: BundleKey, *, deep: bool = True) -> Manifest:
    """deep: also re-check every constraint row by row (for files from elsewhere)."""
    try:
        with open_bundle(path, key) as db:
            return verify_open_bundle(db, deep=deep)
    except NotADirectoryError:
        raise VaultMissing("gone") from None
    except StorageError as exc:
        if exc.code == "not_a_vault":
            raise BundleInvalid("marker") from None
        raise
    except sqlcipher3.Error as exc:  # raised while fetching rows, past Database's own mapping
        typed = translate_error(exc)
        raise (typed if typed.code != "storage" else BundleInvalid("unreadable")) from None


def copy_verified(source: Path, target: Path, *, durable: bool = True) -> None:
    """Copy with fsync, so a verification afterwards reads what is really on the stick. A local
    scratch copy needs none (durable=False): it is rewritten and synced by the rekey anyway."""
    with source.open("rb") as src, target.open("wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        if durable:
            os.fsync(dst.fileno())
    os.chmod(target, 0o600)


def is_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def scratch_path(tmp_dir: Path, kind: str) -> Path:
    tmp_dir.mkdir(parents=True, exist_ok=True)
    return tmp_dir / f"{kind}-{uuid.uuid4().hex}.cercle"
