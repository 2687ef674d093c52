"""What a handover bundle's schema must be, and the search index a bundle no longer carries.

The resources' full-text index (resources_fts: an FTS5 table, its shadow tables, the triggers
that fill it) is derived data: a third of a large group's pages, and a structure whose own
checks (FTS5's integrity-check, comparing it with the resources) were half of a bundle's
verification. From handover format 4 on, the export leaves it out and the import builds it
again from the resources it received, so no index made by the sender is ever trusted, nor
read by FTS5's code (a sender who reseals a file could craft its shadow tables). A file of an
older format still carries one: its settings are checked before FTS5 reads them, its structure
by integrity_check, and then it is dropped and built anew like the others.

Everything here is read from a fresh vault migrated to the file's schema version, so the
migrations stay the one place that says what the index is.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import sqlcipher3

from storage import schema
from storage.bundle_file import MANIFEST
from storage.database import Database

SEARCH_INDEX = "resources_fts"
# The triggers that keep the index in step with the resources (storage/migrations/0001).
_INDEX_TRIGGERS = f"{SEARCH_INDEX}_*"
# The text the triggers index for each resource, as they write it.
_INDEXED = "id, title, body, phone || ' ' || address || ' ' || hours"

SchemaRows = tuple[tuple[str, str, str, str], ...]


@dataclass(frozen=True)
class _Fresh:
    """A fresh vault of one schema version: its schema with and without the search index, the
    statements that create the index, and the index's settings."""

    with_index: SchemaRows
    without_index: SchemaRows
    index_sql: tuple[tuple[str, str], ...]  # (name, CREATE statement)
    settings: tuple[tuple[Any, Any], ...]


def expected_schema(version: int, *, with_index: bool) -> SchemaRows:
    """sqlite_schema of a fresh vault migrated to `version` (without its search index for a
    bundle of format 4 on): a bundle must match it exactly."""
    fresh = _fresh_vault(version)
    return fresh.with_index if with_index else fresh.without_index


def expected_search_settings(version: int) -> tuple[tuple[str, str], ...]:
    """The search index's settings in a fresh vault: a bundle that carries an index must hold
    the same. Neither the schema nor the seal covers them, and FTS5 reads them before anything
    else of the index (integrity_check, dropping it)."""
    return tuple((str(k), str(v)) for k, v in _fresh_vault(version).settings)


@cache  # one fresh vault per schema version
def _fresh_vault(version: int) -> _Fresh:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    db = Database(conn, Path(":memory:"), None)
    try:
        schema.migrate(db, up_to=version)
        with_index = schema_rows(db, "main")
        settings = tuple(
            (k, v) for k, v in db.query(f"SELECT k, v FROM main.{SEARCH_INDEX}_config ORDER BY k")
        )
        # The virtual table first: its triggers name it.
        index_sql = tuple(
            (str(name), str(sql))
            for name, sql in db.query(
                "SELECT name, sql FROM main.sqlite_schema WHERE (type = 'table' AND name = ?) "
                "OR (type = 'trigger' AND name GLOB ?) ORDER BY type = 'trigger', name",
                (SEARCH_INDEX, _INDEX_TRIGGERS),
            )
        )
        drop_search_index(db, "main")
        return _Fresh(with_index, schema_rows(db, "main"), index_sql, settings)
    finally:
        db.close()


def search_settings(db: Database) -> tuple[tuple[str, str], ...]:
    """Read only once the schema is Cercle's: then this is FTS5's own table, not a view."""
    rows = db.query(f"SELECT k, v FROM main.{SEARCH_INDEX}_config ORDER BY k")
    return tuple((str(k), str(v)) for k, v in rows)


def schema_rows(db: Database, prefix: str) -> SchemaRows:
    rows = db.query(
        f"SELECT type, name, tbl_name, coalesce(sql, '') FROM {prefix}.sqlite_schema "
        f"WHERE tbl_name != '{MANIFEST}' ORDER BY type, name"
    )
    return tuple((str(a), str(b), str(c), str(d)) for a, b, c, d in rows)


def has_search_index(db: Database, prefix: str = "main") -> bool:
    return bool(
        db.scalar(
            f"SELECT count(*) FROM {prefix}.sqlite_schema WHERE type = 'table' AND name = ?",
            (SEARCH_INDEX,),
        )
    )


def drop_search_index(db: Database, prefix: str) -> None:
    """The index and the triggers that fill it, out of the schema `prefix` (its shadow tables go
    with it): the rows are written without them."""
    triggers = db.query(
        f"SELECT name FROM {prefix}.sqlite_schema WHERE type = 'trigger' AND name GLOB ?",
        (_INDEX_TRIGGERS,),
    )
    for (name,) in triggers:
        db.execute(f'DROP TRIGGER {prefix}."{name}"')
    db.execute(f"DROP TABLE IF EXISTS {prefix}.{SEARCH_INDEX}")


def build_search_index(db: Database, prefix: str = "main") -> None:
    """The search index of the schema `prefix` (main, or a copy of main staged in memory)
    made anew, as a fresh vault of main's schema version has it, from the resources it holds;
    an index already there (an older bundle's, the sender's) is dropped first, unread. Run in
    a transaction by the caller, or on a scratch copy."""
    fresh = _fresh_vault(schema.schema_version(db))  # a staged copy's user_version is 0
    if has_search_index(db, prefix):
        drop_search_index(db, prefix)
    for name, sql in fresh.index_sql:
        # SQLite stores the statement without the schema it was run in: the same text as ours.
        db.execute(sql.replace(f" {name}", f" {prefix}.{name}", 1))
    for key, value in fresh.settings:
        if key != "version":  # FTS5's own, written as it creates the index
            db.execute(
                f"INSERT INTO {prefix}.{SEARCH_INDEX} ({SEARCH_INDEX}, rank) VALUES (?, ?)",
                (key, value),
            )
    db.execute(
        f"INSERT INTO {prefix}.{SEARCH_INDEX} (resource_id, title, body, extra) "
        f"SELECT {_INDEXED} FROM {prefix}.resources"
    )
