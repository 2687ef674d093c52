"""A handover file's manifest: the format it is written in, what it says of the group and the
export (`Manifest`), and the seal over both it and the tables' content. Written here at export
and read back here at every opening, so that both sides of the format live in one place.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from storage import domain, schema
from storage.bundle_file import MANIFEST, MANIFEST_SQL
from storage.clock import utc_now_iso
from storage.database import Database
from storage.errors import BundleInvalid, BundleNewerFormat, StorageError

FORMAT_NAME = "cercle-handover"
# 4: the resources' search index is left out (storage/bundle_schema.py); the import builds it
# from the resources. 3: the tables' digest is over the text SQLite writes for every row
# (storage/bundle_gate.py), no longer over Python's repr of each row. 2: the seal covers the
# manifest too. 1: the seal covered the tables only (still read: its group name and id are then
# taken from the sealed meta table, never from the manifest). Formats 1 and 2 are still read,
# their digest the old way, and 1 to 3 with the index they carry taken out of our copy unread.
FORMAT_VERSION = 4
TEXT_DIGEST_FROM = 3
INDEX_LEFT_OUT_FROM = 4
MANIFEST_KEYS = frozenset(
    {"format", "format_version", "schema_version", "app_version", "group_id", "group_name"}
    | {"exported_at", "scope", "counts", "digest"}
)


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


def manifest_objects(db: Database) -> set[tuple[str, str, str]]:
    """The manifest table and its key's index, and nothing else hanging on it (no trigger)."""
    rows = db.query(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_schema WHERE tbl_name = ?", (MANIFEST,)
    )
    return {(str(kind), str(name), str(sql)) for kind, name, sql in rows}


MANIFEST_OBJECTS = {
    ("table", MANIFEST, MANIFEST_SQL),
    ("index", f"sqlite_autoindex_{MANIFEST}_1", ""),
}


def seal(tables_digest: str, fields: dict[str, str]) -> str:
    """What the manifest's digest holds from format 2 on: SHA-256 over every manifest field but
    the digest itself and over the tables' digest. Any edit to the group name, dates, scope or
    counts changes it, and so changes the verification code the hosts compare aloud."""
    sealed = {k: v for k, v in fields.items() if k != "digest"}
    text = json.dumps([sealed, tables_digest], sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(f"{FORMAT_NAME}\n{text}".encode("ascii")).hexdigest()


def raw_manifest(db: Database) -> dict[str, str]:
    """Every field as written (what the seal is over), unchecked."""
    try:
        rows = db.query(f"SELECT key, value FROM {MANIFEST}")
    except StorageError:
        raise BundleInvalid("manifest") from None
    if any(not isinstance(k, str) or not isinstance(v, str) for k, v in rows):
        raise BundleInvalid("manifest")
    return {str(k): str(v) for k, v in rows}


def read_manifest(db: Database) -> Manifest:
    raw = raw_manifest(db)
    try:
        if raw["format"] != FORMAT_NAME:
            raise BundleInvalid("manifest")
        version = _small_int(raw["format_version"])
        if version > FORMAT_VERSION:
            raise BundleNewerFormat("format")
        if version < 1 or (version >= 2 and set(raw) != MANIFEST_KEYS):
            raise BundleInvalid("manifest")
        counts = json.loads(raw["counts"])
        if not isinstance(counts, dict):
            raise BundleInvalid("manifest")
        return Manifest(
            version,
            _small_int(raw["schema_version"]),
            raw["app_version"],
            raw["group_id"],
            raw["group_name"],
            raw["exported_at"],
            raw["scope"],
            {str(k): _small_int(str(v)) for k, v in counts.items()},
            raw["digest"],
        )
    except (KeyError, ValueError, AttributeError, TypeError, RecursionError):
        raise BundleInvalid("manifest") from None


def _small_int(text: str) -> int:
    """Digits only (int() would take "+1", " 1", "1_0" and 4,300-digit numbers)."""
    if not (text.isascii() and text.isdigit() and len(text) <= 12):
        raise ValueError("not a count")
    return int(text)


def check_manifest_fields(manifest: Manifest) -> None:
    """The manifest's own text is shown on screen and printed: checked like any column."""
    problems = [
        domain.value_problem(domain.META["group_name"], manifest.group_name),
        domain.value_problem(domain.MANIFEST_STAMP, manifest.exported_at),
        domain.value_problem(domain.APP_VERSION, manifest.app_version),
        None if domain.is_group_id(manifest.group_id) else domain.Problem.ID,
        None if len(manifest.digest) == 64 and manifest.digest.isalnum() else domain.Problem.TYPE,
    ]
    if any(problems):
        raise BundleInvalid("manifest")


def write_manifest(
    db: Database, scope: str, app_version: str, digest: str, counts: dict[str, int]
) -> None:
    """At export, once the content is written and read: the manifest, sealed over `digest`
    (the tables') and over its own fields."""
    meta: dict[str, str] = {str(k): str(v) for k, v in db.query("SELECT key, value FROM meta")}
    values = {
        "format": FORMAT_NAME,
        "format_version": str(FORMAT_VERSION),
        "schema_version": str(schema.schema_version(db)),
        "app_version": app_version,
        "group_id": str(meta.get("group_id", "")),
        "group_name": str(meta.get("group_name", "")),
        "exported_at": utc_now_iso(),
        "scope": scope,
        "counts": json.dumps(counts, sort_keys=True),
    }
    values["digest"] = seal(digest, values)
    db.execute(MANIFEST_SQL)
    db.executemany(f"INSERT INTO {MANIFEST} (key, value) VALUES (?, ?)", list(values.items()))
