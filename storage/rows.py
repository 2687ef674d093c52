"""Mapping between record dataclasses and table rows, shared by the repositories.

A record's dataclass fields are named exactly like its table's columns; booleans are stored as 0/1.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from storage.clock import utc_now_iso
from storage.database import Database

T = TypeVar("T")


_LAYOUTS: dict[type[Any], tuple[tuple[str, ...], tuple[int, ...]]] = {}


def _layout(cls: type[Any]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The column names in field order, and the positions of the booleans: read once per
    record class (dataclasses.fields() per row cost ~0.1 s on a 10,000-member roster)."""
    layout = _LAYOUTS.get(cls)
    if layout is None:
        fields = dataclasses.fields(cls)
        layout = (
            tuple(f.name for f in fields),
            tuple(i for i, f in enumerate(fields) if f.type in (bool, "bool")),
        )
        _LAYOUTS[cls] = layout
    return layout


def _columns(cls: type[Any]) -> tuple[str, ...]:
    return _layout(cls)[0]


def to_row(record: Any) -> dict[str, Any]:
    # The fields are plain values: no deep copy (dataclasses.asdict) needed, and a bulk import
    # of thousands of rows spent most of its time in one.
    values = {name: getattr(record, name) for name in _columns(type(record))}
    return {k: int(v) if isinstance(v, bool) else v for k, v in values.items()}


def from_row(cls: type[T], row: tuple[Any, ...]) -> T:
    """Positional, in the order select_sql() names the columns."""
    names, bools = _layout(cls)
    if len(row) != len(names):
        raise ValueError(f"{len(row)} values for {len(names)} columns")
    if not bools:
        return cls(*row)
    values = list(row)
    for i in bools:
        values[i] = bool(values[i])
    return cls(*values)


def select_sql(cls: type[Any], table: str) -> str:
    return f"SELECT {', '.join(_columns(cls))} FROM {table}"


def select(db: Database, cls: type[T], table: str, where: str = "", params: Any = ()) -> list[T]:
    sql = select_sql(cls, table) + (f" {where}" if where else "")
    return [from_row(cls, row) for row in db.query(sql, params)]


def select_one(db: Database, cls: type[T], table: str, where: str, params: Any) -> T | None:
    rows = select(db, cls, table, where, params)
    return rows[0] if rows else None


def insert(db: Database, table: str, record: T) -> T:
    """Fill created_at / updated_at when empty, insert, return the stored record."""
    now = utc_now_iso()
    changes: dict[str, Any] = {}
    if not getattr(record, "created_at", "x"):
        changes["created_at"] = now
    if not getattr(record, "updated_at", "x"):
        changes["updated_at"] = now
    stored = dataclasses.replace(record, **changes) if changes else record  # type: ignore[type-var]
    row = to_row(stored)
    names = ", ".join(row)
    marks = ", ".join(f":{n}" for n in row)
    db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", row)
    return stored


def update(db: Database, table: str, record: T) -> T:
    """Write every column but id and created_at, with a fresh updated_at."""
    stored = dataclasses.replace(record, updated_at=utc_now_iso())  # type: ignore[type-var]
    row = to_row(stored)
    sets = ", ".join(f"{n} = :{n}" for n in row if n not in ("id", "created_at"))
    db.execute(f"UPDATE {table} SET {sets} WHERE id = :id", row)
    return stored


def delete_with_tombstone(db: Database, table: str, row_id: str) -> None:
    """Delete for real and remember the id, so that a handover merge cannot resurrect it."""
    db.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
    db.execute(
        "INSERT INTO tombstones (table_name, row_id, deleted_at) VALUES (?, ?, ?) "
        "ON CONFLICT (table_name, row_id) DO UPDATE SET deleted_at = excluded.deleted_at",
        (table, row_id, utc_now_iso()),
    )
