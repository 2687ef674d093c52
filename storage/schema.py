"""Numbered migrations, applied at unlock in one transaction.

Migration N lives in storage/migrations/NNNN_name.sql. The version is kept both in meta
(schema_version, readable by the handover manifest) and in PRAGMA user_version.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

import sqlcipher3

from storage.clock import stable_id
from storage.database import APP_MARKER, Database
from storage.errors import NewerSchema

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations() -> list[Migration]:
    found = []
    for entry in resources.files("storage.migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    expected = list(range(1, len(found) + 1))
    if [m.version for m in found] != expected:
        raise RuntimeError("migrations must be numbered 1..N without gaps")
    return found


MIGRATIONS = load_migrations()
CURRENT_VERSION = MIGRATIONS[-1].version


def schema_version(db: Database) -> int:
    return int(db.scalar("PRAGMA user_version") or 0)


def check_not_newer(db: Database) -> None:
    found = schema_version(db)
    if found > CURRENT_VERSION:
        raise NewerSchema(found, CURRENT_VERSION)


def pending(db: Database) -> list[Migration]:
    check_not_newer(db)
    current = schema_version(db)
    return [m for m in MIGRATIONS if m.version > current]


def migrate(db: Database, up_to: int = CURRENT_VERSION) -> int:
    """Apply what is missing, all or nothing. Returns the number of migrations applied."""
    todo = [m for m in pending(db) if m.version <= up_to]
    if not todo:
        return 0
    # Data migrations derive row ids the way the app does (stable_id), so that two co-hosts
    # migrating the same group make the same rows.
    db.conn.create_function("cercle_stable_id", 2, _stable_id, deterministic=True)
    steps = _steps()
    with db.transaction():
        for migration in todo:
            _run_script(db, migration.sql)
            step = steps.get(migration.version)
            if step is not None:
                step(db)
            db.execute(f"PRAGMA user_version = {migration.version}")
        db.set_meta("app", APP_MARKER)
        db.set_meta("schema_version", str(todo[-1].version))
    return len(todo)


def _steps() -> dict[int, Callable[[Database], object]]:
    """What SQL cannot say, run after the version's SQL file, in the same transaction. Loaded
    only to migrate: the start screen reads a file's version without the gate's rules."""
    from storage.legacy_text import clean_refused_characters
    from storage.search_index import respell

    return {5: clean_refused_characters, 6: respell}


def _stable_id(*parts: object) -> str:
    return stable_id(*(str(p) for p in parts))


def _run_script(db: Database, script: str) -> None:
    """executescript would COMMIT our transaction, so statements run one by one."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buffer += line
        if buffer.strip() and _complete(buffer):
            db.execute(buffer)
            buffer = ""
    if buffer.strip():
        db.execute(buffer)


def _complete(statement: str) -> bool:
    return bool(sqlcipher3.complete_statement(statement))
