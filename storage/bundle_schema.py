"""What a handover bundle's schema must be, and the search index a bundle no longer carries.

The resources' full-text index (resources_fts: an FTS5 table, its shadow tables, the triggers
that fill it) is derived data: a third of a large group's pages, and a structure whose own
checks (FTS5's integrity-check, comparing it with the resources) were half of a bundle's
verification. From handover format 4 on, the export leaves it out and the import builds it
again from the resources it received, so no index made by the sender is ever trusted, nor
read by FTS5's code (a sender who reseals a file could craft its shadow tables).

A file of an older format still carries one, and FTS5's code never reads it either: on our
own scratch copy, its virtual table's row and its triggers are deleted from sqlite_schema
unread (take_out_senders_index), before anything could connect the table (integrity_check
runs FTS5's integrity-check on every FTS5 table it finds, and DROP TABLE has FTS5 read the
index's settings to drop it); its shadow tables are then plain tables, checked as such by
integrity_check and dropped as such (drop_shadow_tables). SQLite parses the sender's CREATE
VIRTUAL TABLE and trigger statements as it loads any schema, and connects a virtual table only
when a statement uses it (tests/app/handover/test_older_index.py traces every statement run
on the copy).

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
from storage.search_index import indexed_text

SEARCH_INDEX = "resources_fts"
# The triggers that keep the index in step with the resources (storage/migrations/0001).
_INDEX_TRIGGERS = f"{SEARCH_INDEX}_*"


SchemaRows = tuple[tuple[str, str, str, str], ...]


@dataclass(frozen=True)
class _Fresh:
    """A fresh vault of one schema version: its schema with and without the search index, the
    statements that create the index, and the index's settings."""

    with_index: SchemaRows
    without_index: SchemaRows
    index_sql: tuple[tuple[str, str], ...]  # (name, CREATE statement)
    settings: tuple[tuple[Any, Any], ...]

    @property
    def unread(self) -> frozenset[tuple[str, str]]:
        """(type, name) of what an older file's copy loses unread: the virtual table, and the
        triggers, which would have FTS5 write to it at the first change of a resource."""
        return frozenset(
            ("table" if name == SEARCH_INDEX else "trigger", name) for name, _sql in self.index_sql
        )

    @property
    def shadow_tables(self) -> tuple[str, ...]:
        """FTS5's own tables of the index: plain tables once the virtual table is gone."""
        plain = {row[1] for row in self.without_index}
        unread = {name for _kind, name in self.unread}
        return tuple(
            name
            for kind, name, _tbl, _sql in self.with_index
            if kind == "table" and name not in plain and name not in unread
        )


def expected_schema(version: int, *, with_index: bool) -> SchemaRows:
    """sqlite_schema of a fresh vault migrated to `version` (without its search index for a
    bundle of format 4 on): a bundle must match it exactly."""
    fresh = _fresh_vault(version)
    return fresh.with_index if with_index else fresh.without_index


def older_schema_fits(found: SchemaRows, version: int) -> bool:
    """A file of format 3 or older: a fresh vault's schema with its index, to the letter, but
    for the statements of the virtual table and its triggers, whose rows are deleted unread
    (take_out_senders_index): whatever they say, no FTS5 table is ever made of them."""
    fresh = _fresh_vault(version)

    def masked(rows: SchemaRows) -> SchemaRows:
        return tuple(
            (kind, name, table, "" if (kind, name) in fresh.unread else sql)
            for kind, name, table, sql in rows
        )

    return masked(found) == masked(fresh.with_index)


def expected_search_settings(version: int) -> tuple[tuple[str, str], ...]:
    """The search index's settings in a fresh vault (the ones build_search_index writes)."""
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
    """The settings of the index of a vault (ours: FTS5's own table, not a view)."""
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


def take_out_senders_index(db: Database, version: int) -> bool:
    """An older file's index made plain tables on our own copy (`db`, read-write, whose schema
    older_schema_fits), without FTS5 ever connecting it: the rows of its virtual table and of
    its triggers deleted from sqlite_schema as rows (a virtual table has no pages, a trigger
    none either), then the schema reloaded. Whether what is left is exactly a fresh vault's
    schema with the index's shadow tables as plain tables (a "virtual table" with pages of its
    own is not deleted, and is refused here)."""
    fresh = _fresh_vault(version)
    db.execute("PRAGMA writable_schema = ON")
    try:
        with db.transaction():
            for kind, name in sorted(fresh.unread):
                db.execute(
                    "DELETE FROM main.sqlite_schema WHERE type = ? AND name = ? AND rootpage = 0",
                    (kind, name),
                )
    finally:
        # Off, and the schema read again from the file: the connection forgets the table
        # before any statement could use it.
        db.execute("PRAGMA writable_schema = RESET")
    left = tuple(row for row in fresh.with_index if (row[0], row[1]) not in fresh.unread)
    return schema_rows(db, "main") == left


def drop_shadow_tables(db: Database, version: int) -> None:
    """An older file's index, once take_out_senders_index made its shadow tables plain tables
    and integrity_check found them sound, dropped as such. Run in a transaction by the caller."""
    for name in _fresh_vault(version).shadow_tables:
        db.execute(f'DROP TABLE main."{name}"')


def drop_search_index(db: Database, prefix: str) -> None:
    """Cercle's own index (a vault's, in the copy an export stages) and the triggers that fill
    it, out of the schema `prefix` (its shadow tables go with it, dropped by FTS5): the rows
    are written without them. Never run on a sender's index (take_out_senders_index)."""
    triggers = db.query(
        f"SELECT name FROM {prefix}.sqlite_schema WHERE type = 'trigger' AND name GLOB ?",
        (_INDEX_TRIGGERS,),
    )
    for (name,) in triggers:
        db.execute(f'DROP TRIGGER {prefix}."{name}"')
    db.execute(f"DROP TABLE IF EXISTS {prefix}.{SEARCH_INDEX}")


def build_search_index(db: Database, prefix: str = "main") -> None:
    """The search index of the schema `prefix` (main, or a copy of main staged in memory)
    made anew, as a fresh vault of main's schema version has it, from the resources it holds.
    `prefix` holds none: a verified copy never does (an older file's is taken out unread), and
    creating the table again would fail. Run in a transaction by the caller, or on a scratch
    copy."""
    version = schema.schema_version(db)  # main's: a staged copy's user_version is 0
    fresh = _fresh_vault(version)
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
        f"SELECT {indexed_text(version)} FROM {prefix}.resources"
    )
