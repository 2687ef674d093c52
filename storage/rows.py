"""Mapping between record dataclasses and table rows, shared by the repositories.

A record's dataclass fields are named exactly like its table's columns; booleans are stored as 0/1,
and a column typed with a StrEnum is read back as its member.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Sequence
from enum import StrEnum
from typing import Any, Generic, TypeVar

from storage.clock import utc_now_iso
from storage.database import Database
from storage.errors import VaultDamaged
from storage.records import Stored

R = TypeVar("R", bound=Stored)  # a record: what every row has, and its own columns
_new = object.__new__


# Per enum column: its position and the enum's members by value (a dict look-up per row, not
# the enum's own call, which is several times slower on a 10,000-member roster).
Enums = tuple[tuple[int, dict[str, StrEnum]], ...]
Layout = tuple[tuple[str, ...], tuple[int, ...], Enums]
_LAYOUTS: dict[type[Any], Layout] = {}


def _layout(cls: type[Any]) -> Layout:
    """The column names in field order, the positions of the booleans and those of the enums:
    read once per record class (dataclasses.fields() per row cost ~0.1 s on a 10,000-member
    roster)."""
    layout = _LAYOUTS.get(cls)
    if layout is None:
        fields = dataclasses.fields(cls)
        types = typing.get_type_hints(cls)
        layout = (
            tuple(f.name for f in fields),
            tuple(i for i, f in enumerate(fields) if types[f.name] is bool),
            tuple(
                (i, {member.value: member for member in types[f.name]})
                for i, f in enumerate(fields)
                if isinstance(types[f.name], type) and issubclass(types[f.name], StrEnum)
            ),
        )
        _LAYOUTS[cls] = layout
    return layout


def _columns(cls: type[Any]) -> tuple[str, ...]:
    return _layout(cls)[0]


def _member(members: dict[str, StrEnum], value: Any) -> StrEnum:
    """The schema's CHECK allows only the enum's values: another one means a damaged file, said
    as such (never a ValueError from deep in a read)."""
    member = members.get(value)
    if member is None:
        raise VaultDamaged("value")
    return member


E = TypeVar("E", bound=StrEnum)


def member_of(enum: type[E], value: Any) -> E:
    """One value read outside a record (a join's column) as its enum member, like from_row."""
    for member in enum:
        if member.value == value:
            return member
    raise VaultDamaged("value")


def to_row(record: Any) -> dict[str, Any]:
    # The fields are plain values: no deep copy (dataclasses.asdict) needed, and a bulk import
    # of thousands of rows spent most of its time in one.
    values = {name: getattr(record, name) for name in _columns(type(record))}
    return {k: int(v) if isinstance(v, bool) else v for k, v in values.items()}


def from_row(cls: type[R], row: tuple[Any, ...]) -> R:
    """Positional, in the order select_sql() names the columns. The record is filled in without
    its __init__, which sets each field of a frozen dataclass through object.__setattr__: that
    took 5.1 µs of a member's row, against 2.9 µs this way (~20 ms on a 10,000-member roster)."""
    names, bools, enums = _layout(cls)
    if len(row) != len(names):
        raise ValueError(f"{len(row)} values for {len(names)} columns")
    values: Sequence[Any] = row
    if bools or enums:
        values = list(row)
        for i in bools:
            values[i] = bool(values[i])
        for i, members in enums:
            values[i] = _member(members, values[i])
    record = _new(cls)
    record.__dict__.update(zip(names, values, strict=False))  # lengths checked above
    return record


def select_sql(cls: type[Any], table: str) -> str:
    return f"SELECT {', '.join(_columns(cls))} FROM {table}"


def select(db: Database, cls: type[R], table: str, where: str = "", params: Any = ()) -> list[R]:
    sql = select_sql(cls, table) + (f" {where}" if where else "")
    return [from_row(cls, row) for row in db.query(sql, params)]


def select_owned(
    db: Database, cls: type[R], table: str, owner: str, owner_id: str, order_by: str = "position"
) -> list[R]:
    """The rows of `table` whose column `owner` names one row of another table, in order."""
    return select(db, cls, table, f"WHERE {owner} = ? ORDER BY {order_by}", (owner_id,))


def select_one(db: Database, cls: type[R], table: str, where: str, params: Any) -> R | None:
    rows = select(db, cls, table, where, params)
    return rows[0] if rows else None


def insert(db: Database, table: str, record: R) -> R:
    """Fill created_at / updated_at when empty, insert, return the stored record."""
    now = utc_now_iso()
    changes: dict[str, Any] = {}
    if not record.created_at:
        changes["created_at"] = now
    if not record.updated_at:
        changes["updated_at"] = now
    stored = dataclasses.replace(record, **changes) if changes else record
    row = to_row(stored)
    names = ", ".join(row)
    marks = ", ".join(f":{n}" for n in row)
    db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", row)
    return stored


def update(db: Database, table: str, record: R) -> R:
    """Write every column but id and created_at, with a fresh updated_at."""
    stored = dataclasses.replace(record, updated_at=utc_now_iso())
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


def delete_with_children(
    db: Database, table: str, row_id: str, children: Sequence[tuple[str, str]]
) -> None:
    """Delete a row and the rows of each (child table, column naming the row), children first,
    each leaving a tombstone. One by one rather than by ON DELETE CASCADE, which would leave no
    tombstones and let a handover merge bring the children back."""
    for child_table, column in children:
        for (child_id,) in db.query(f"SELECT id FROM {child_table} WHERE {column} = ?", (row_id,)):
            delete_with_tombstone(db, child_table, child_id)
    delete_with_tombstone(db, table, row_id)


class Table(Generic[R]):
    """A repository's own table, holding one record type: the writes and reads every repository
    has. A subclass names the table and the record class."""

    table: str
    record: type[R]
    # Each (child table, column naming a row of this one): its rows go when that row is deleted.
    children: tuple[tuple[str, str], ...] = ()

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, record: R) -> R:
        return insert(self._db, self.table, record)

    def update(self, record: R) -> R:
        return update(self._db, self.table, record)

    def delete(self, record_id: str) -> None:
        delete_with_children(self._db, self.table, record_id, self.children)

    def get(self, record_id: str) -> R | None:
        return select_one(self._db, self.record, self.table, "WHERE id = ?", (record_id,))

    def select(self, where: str = "", params: Any = ()) -> list[R]:
        return select(self._db, self.record, self.table, where, params)
