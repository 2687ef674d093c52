"""The handover bundle: one SQLCipher file keyed with its own passphrase, sealed by a manifest.

Key derivation is done once per file by storage/kdf.py (the same PBKDF2-HMAC-SHA512 SQLCipher
runs, over the salt in the file's first 16 bytes: compiled where it could be built, else
hashlib's), then every open uses the raw key. The file is the
same as one keyed with the passphrase, but export and import each pay one derivation instead of
three or four (the real cost is ~0.2 s each).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

import sqlcipher3

from storage import domain, schema
from storage.bundle_file import (
    TABLES,
    BundleKey,
    FileChecks,
    SharedScans,
    Stop,
    cipher_problems,
    open_bundle,
)
from storage.bundle_gate import TableScan, scan_table
from storage.bundle_manifest import (
    FORMAT_VERSION,
    INDEX_LEFT_OUT_FROM,
    MANIFEST_OBJECTS,
    TEXT_DIGEST_FROM,
    Manifest,
    check_manifest_fields,
    manifest_objects,
    raw_manifest,
    read_manifest,
    seal,
)
from storage.bundle_schema import (
    drop_shadow_tables,
    expected_schema,
    older_schema_fits,
    schema_rows,
    take_out_senders_index,
)
from storage.database import Database, check_file_shape, translate_error
from storage.errors import (
    BundleInvalid,
    BundleNewerFormat,
    ContentInvalid,
    NotAVault,
    StorageError,
    VaultDamaged,
    VaultMissing,
)
from storage.filelock import COMPANIONS, held_name, let_go, scratch_name
from storage.folders import private_dir

# Meta keys with this prefix hold state of this computer's session (a meeting paused by a lock):
# stripped from every bundle written, and from every bundle read.
LOCAL_META_PREFIX = "live_"
LOCAL_META = (len(LOCAL_META_PREFIX), LOCAL_META_PREFIX)
_ORDER = {"meta": "key", "tombstones": "table_name, row_id"}
SCOPES = ("everything", "consented", "no_roster")
# The large group of the benchmarks (10 years, 1,500 members) makes a 26 MB file.
MAX_BUNDLE_BYTES = 1 << 30
_CHUNK = 1 << 20
Progress = Callable[[int], None]


def _no_progress(_percent: int) -> None:
    pass


# -- canonical content ----------------------------------------------------------------------
def legacy_digest(db: Database) -> str:
    """Formats 1 and 2: SHA-256 over every synchronised table in primary-key order, one line per
    row: the repr of its tuple of values. Every row becomes Python objects: kept only to read
    files made by an older Cercle."""
    digest = hashlib.sha256()
    for table in TABLES:
        order = _ORDER.get(table, "id")
        digest.update(f"\x1e{table}\n".encode())
        rows = db.query(f"SELECT * FROM main.{table} ORDER BY {order}")
        if rows:  # one line per row; map/join keep the loop out of Python bytecode
            text = "\n".join(map(repr, map(tuple, rows))) + "\n"
            digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@dataclass(frozen=True)
class Reading:
    """Every table read once by SQLite (bundle_gate.scan_table): the tables' digest of format 3,
    the row counts, and what the validation gate found."""

    digest: str
    counts: dict[str, int]
    findings: list[domain.Finding]


def table_scans(
    *,
    gate: bool = True,
    flagged: Callable[[str], set[str] | None] | None = None,
    now: datetime | None = None,
) -> SharedScans[TableScan]:
    """Every table to read (bundle_gate.scan_table), to share with FileChecks(sharing=...).
    flagged: a table's columns flagged already (bundle_gate.flagged_columns, at `now`), asked
    for by the table's pass once its text is read (None: that pass flags it over the file)."""
    when = now or datetime.now(UTC)
    rules: dict[str, domain.Rule] | None = None if gate else {}

    def scan(db: Database, table: str) -> TableScan:
        if flagged is None:
            return scan_table(db, table, when, rules=rules)
        return scan_table(db, table, when, rules=rules, flagged=lambda: flagged(table))

    return SharedScans(TABLES, scan)


def read_content(
    db: Database, *, gate: bool = True, scans: SharedScans[TableScan] | None = None
) -> Reading:
    """gate=False: the counts and digest alone, as a sender's own copy seals whatever its
    tables hold (the tests' resealed files); the gate's checks are the import's.
    scans: table_scans() shared with the whole-file checks' connection."""
    found = (scans or table_scans(gate=gate)).results(db)
    digest = hashlib.sha256()
    counts: dict[str, int] = {}
    findings: list[domain.Finding] = []
    for table in TABLES:
        scan = found[table]
        digest.update(f"\x1e{table}\n".encode())
        digest.update(scan.text)
        digest.update(b"\n")
        counts[table] = scan.count
        findings += scan.findings
    return Reading(digest.hexdigest(), counts, findings)


def tables_digest(db: Database, format_version: int = FORMAT_VERSION) -> str:
    """The tables' digest a file of this format is sealed with."""
    if format_version >= TEXT_DIGEST_FROM:
        return read_content(db).digest
    return legacy_digest(db)


# -- opening a bundle --------------------------------------------------------------------------
def check_bundle_shape(path: Path) -> None:
    """Before asking the passphrase: a regular, non-empty file of whole SQLCipher pages, no
    larger than any group's handover file. A larger one was copied whole into our tmp folder
    (disk and minutes) before its first page was even read."""
    try:
        check_file_shape(path)
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise NotAVault("too large")
    except FileNotFoundError:
        raise VaultMissing("gone") from None


def checked_structure(db: Database) -> Manifest:
    """The file's schema and manifest table against Cercle's, reading only sqlite_schema
    first: until they match, no SQL of the sender's (a view, a generated column, a CHECK
    constraint that integrity_check would evaluate on every row) may run. In a file of format 3
    or older, the statements of the search index's virtual table and triggers are not compared:
    their rows are deleted unread (take_out_senders_index), and nothing ever runs them."""
    if str(db.scalar("PRAGMA main.journal_mode")).lower() == "wal":
        raise BundleInvalid("schema")  # Cercle never writes one; opening it would write beside it
    if manifest_objects(db) != MANIFEST_OBJECTS:
        raise BundleInvalid("schema")
    manifest = read_manifest(db)
    version = int(db.scalar("PRAGMA user_version") or 0)
    if version > schema.CURRENT_VERSION or manifest.schema_version > schema.CURRENT_VERSION:
        raise BundleNewerFormat("schema")
    if version != manifest.schema_version or version < 1 or manifest.scope not in SCOPES:
        raise BundleInvalid("manifest")
    found = schema_rows(db, "main")
    if manifest.format_version < INDEX_LEFT_OUT_FROM:
        fits = older_schema_fits(found, version)
    else:
        fits = found == expected_schema(version, with_index=False)
    if not fits:
        raise BundleInvalid("schema")
    check_manifest_fields(manifest)
    return manifest


def verify_open_bundle(
    db: Database,
    checks: FileChecks,
    *,
    read: Reading | None = None,
    manifest: Manifest | None = None,
) -> Manifest:
    """Every check of shared/design.md, on a keyed connection; returns the trusted manifest.

    checks: the whole-file checks of this file, running beside this thread's work; a damaged
    file is reported before anything else they or this thread found.
    read: what an export has just read from this very file (read_content), so that its rows
    are read, hashed and gated once, not twice.
    manifest: checked_structure's, when it ran before the whole-file checks were started."""
    try:
        manifest = _verify_content(db, checks, read, manifest or checked_structure(db))
    except BaseException:
        checks.raise_if_damaged()
        raise
    checks.raise_if_damaged()
    return manifest


def _verify_content(
    db: Database, checks: FileChecks, read: Reading | None, manifest: Manifest
) -> Manifest:
    if read is None:
        read = read_content(db, scans=checks.sharing)
        checks.take_waiting(db)
    digest, counts = read.digest, read.counts
    if counts != manifest.counts:
        raise BundleInvalid("counts")
    if manifest.format_version < TEXT_DIGEST_FROM:
        digest = legacy_digest(db)
    if manifest.format_version >= 2:
        digest = seal(digest, raw_manifest(db))
    if digest != manifest.digest:
        raise BundleInvalid("digest")
    if checks.references_broken():
        raise BundleInvalid("references")
    _check_domain(db, manifest, read.findings)
    if manifest.format_version < 2:  # only the tables were sealed: trust nothing else
        manifest = dataclasses.replace(manifest, group_name=str(db.meta("group_name") or ""))
    return manifest


def _check_domain(db: Database, manifest: Manifest, found: list[domain.Finding]) -> None:
    """Raised after the seal and references are known good: only then is content the issue."""
    # meta's own findings first: a value in it may not even be text.
    meta_read = not any(finding.table == "meta" for finding in found)
    if meta_read and (db.meta("app") != "cercle" or db.meta("group_id") != manifest.group_id):
        raise BundleInvalid("domain")
    findings = found + domain.tombstones_of_live_rows(db)
    if findings:
        first = findings[0]
        refused = ContentInvalid(
            first.table, first.column, first.problem, first.rows, len(findings)
        )
        refused.from_older_cercle = manifest.schema_version < schema.CURRENT_VERSION
        raise refused
    if manifest.scope == "no_roster" and db.scalar("SELECT count(*) FROM members"):
        raise BundleInvalid("domain")


def verify_bundle(
    path: Path,
    key: BundleKey,
    keep: Callable[[Database], None] | None = None,
    stop: Stop | None = None,
) -> Manifest:
    """Every check, on our own scratch copy (never the file received, which is only copied):
    a file of format 3 or older has its sender's search index taken out of the copy before
    the whole-file checks, without FTS5 reading it (storage/bundle_schema.py), and its shadow
    tables, checked as plain tables, dropped once every check passed. The verified copy then
    holds no index, whatever its format.

    keep: given the whole-file checks' connection once every check has passed
    (FileChecks.hand_over), to use and close; not for a file of format 3 or older, whose copy
    is written afterwards (its pages in that connection's cache would be read no more).
    stop: ends the checks sooner, from another thread (checks run ahead, then dropped), as
    "stopped": the statement under way at once, every later one as it starts."""
    stop = stop or Stop()
    try:
        with open_bundle(path, key) as db:
            with stop.watch_db(db):
                manifest = _structure_or_damage(db, path, key, stop)
            with FileChecks(path, key, sharing=table_scans(), stop=stop) as checks:
                with stop.watch_db(db), stop.watch(checks.interrupt):
                    manifest = verify_open_bundle(db, checks, manifest=manifest)
                if keep is not None and manifest.format_version >= INDEX_LEFT_OUT_FROM:
                    keep(checks.hand_over())
        if manifest.format_version < INDEX_LEFT_OUT_FROM:
            with open_bundle(path, key, read_only=False) as db:
                # Our scratch copy, left once the vault is written from its rows (never its
                # pages) or the merge has read them, and as the received file still is: its
                # freed pages need no zeroing, nor a journal (~0.12 -> 0.02 CPU-s on the large
                # group's file). A failure removes the copy.
                db.execute("PRAGMA secure_delete = OFF")
                db.execute("PRAGMA journal_mode = OFF")
                with db.transaction():
                    drop_shadow_tables(db, manifest.schema_version)
        return manifest
    except NotADirectoryError:
        raise VaultMissing("gone") from None
    except StorageError as exc:
        if exc.code == "not_a_vault":
            raise BundleInvalid("marker") from None
        raise
    except sqlcipher3.Error as exc:  # raised while fetching rows, past Database's own mapping
        stop.check()  # interrupted: not a file that failed
        typed = translate_error(exc)
        raise (typed if typed.code != "storage" else BundleInvalid("unreadable")) from None


def _structure_or_damage(db: Database, path: Path, key: BundleKey, stop: Stop) -> Manifest:
    """checked_structure, and an older file's index taken out of our copy, before the
    whole-file checks start (integrity_check would run FTS5's own check over the index); a
    page that fails its HMAC still explains a refusal first (its check runs no SQL of the
    file's), unless the checks were stopped: no pass over every page for a file dropped."""
    try:
        manifest = checked_structure(db)
        if manifest.format_version < INDEX_LEFT_OUT_FROM:
            with open_bundle(path, key, read_only=False) as copy:
                if not take_out_senders_index(copy, manifest.schema_version):
                    raise BundleInvalid("schema")
        return manifest
    except (StorageError, sqlcipher3.Error):
        stop.check()
        if cipher_problems(db):
            raise VaultDamaged("integrity") from None
        raise


class Stamp(NamedTuple):
    """Which file a path named when it was read: another one put at the same path (a file
    replaced, a stick put back) differs in one of these."""

    device: int
    inode: int
    size: int
    mtime_ns: int


def stamp_of(status: os.stat_result) -> Stamp:
    return Stamp(status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)


def copy_verified(
    source: Path, target: Path, *, durable: bool = True, stop: Stop | None = None
) -> Stamp:
    """Copy with fsync, so a verification afterwards reads what is really on the stick. A local
    scratch copy needs none (durable=False): a vault is written from it, and that is synced.
    Never more than MAX_BUNDLE_BYTES: a file growing while it is copied is not followed.
    stop: ends the copy between two chunks (a slow stick held Cancel for the whole copy).
    Gives the stamp of the file copied, as it was opened."""
    with source.open("rb") as src, target.open("wb") as dst:
        stamp = stamp_of(os.fstat(src.fileno()))
        for _ in range(MAX_BUNDLE_BYTES // _CHUNK + 1):
            if stop is not None:
                stop.check()
            block = src.read(_CHUNK)
            if not block:
                break
            dst.write(block)
        else:
            raise NotAVault("too large")
        dst.flush()
        if durable:
            os.fsync(dst.fileno())
    os.chmod(target, 0o600)
    return stamp


def scratch_path(tmp_dir: Path, kind: str) -> Path:
    """A fresh name in our temp folder, held by this process until remove_scratch: a scratch
    file (a whole group, under a handover passphrase) left by a crash is removed at the next
    start, and one another running Cercle still uses is not (filelock.sweep_unheld). Called
    before its callers' own translation: a full disk met making the sidecar is DiskFull here."""
    try:
        private_dir(tmp_dir)
        return held_name(lambda: tmp_dir / scratch_name(kind))
    except OSError as exc:
        raise translate_error(exc) from None


def remove_scratch(path: Path) -> None:
    """A scratch copy and whatever SQLite may have written beside it (a file from elsewhere
    may even ask for a write-ahead log)."""
    for suffix in COMPANIONS:
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    let_go(path)
