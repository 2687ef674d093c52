"""Merging a co-host's verified bundle into an open vault, in one transaction.

Rules, chosen so that merging A into B and B into A give the same rows:
- tombstones are united (latest deleted_at kept), and a tombstone on either side deletes the row:
  an erased member never comes back, whatever its updated_at;
- rows match by id; the newer updated_at wins; on a tie the greater canonical JSON of the row wins
  (an arbitrary but symmetric rule);
- a row whose required parent is gone is skipped (the cascade would delete it on the other side);
  an optional parent that is gone becomes NULL (as ON DELETE SET NULL does on the other side).
Group meta (name, language) is not merged: it stays as the receiving host set it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storage.bundle_file import TABLES
from storage.bundle_import import VerifiedCopy, bring_up_to_date
from storage.database import Database
from storage.errors import BundleOtherGroup

MERGED = tuple(t for t in TABLES if t not in ("meta", "tombstones"))
# table -> (column, parent table, required)
PARENTS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "agenda_items": (("session_id", "sessions", True),),
    "template_items": (("template_id", "templates", True),),
    "scripts": (("template_id", "templates", True),),
    "attendance": (("session_id", "sessions", True), ("member_id", "members", True)),
    "circle_rounds": (("session_id", "sessions", False),),
    "circle_turns": (("round_id", "circle_rounds", True), ("member_id", "members", True)),
    "attendance_folds": (("session_id", "sessions", True),),
    "consents": (("member_id", "members", True),),
}


# Bundles carry no private note unless the outgoing host ticked them in: a blank there means
# "not sent", so a newer row never wipes the note the receiving host keeps. (A note a co-host
# cleared on purpose is therefore not cleared here: keeping a host's own words is the safe side.)
KEPT_WHEN_BLANK: dict[str, tuple[str, ...]] = {"members": ("private_note",)}


# A merge that erases or overwrites more than this share of a table is said so, with figures,
# and asked again; tables smaller than LARGE_TABLE rows are left out (two templates of two).
LARGE_SHARE = 0.5
LARGE_TABLE = 5


@dataclass(frozen=True)
class MergeRisk:
    """`lost` of the `before` rows of `table` would be erased or overwritten."""

    table: str
    lost: int
    before: int


@dataclass
class MergeCounts:
    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    before: dict[str, int] = field(default_factory=dict)
    crisis_lines_lost: int = 0  # crisis lines erased or changed: a wrong number is a danger

    def total(self, kind: str) -> int:
        return sum(getattr(self, kind).values())

    def risks(self) -> list[MergeRisk]:
        """The tables where most of what the receiving host has would go or be replaced."""
        found = []
        for table, before in self.before.items():
            lost = self.deleted.get(table, 0) + self.changed.get(table, 0)
            if before >= LARGE_TABLE and lost > before * LARGE_SHARE:
                found.append(MergeRisk(table, min(lost, before), before))
        return found

    @property
    def dangerous(self) -> bool:
        return bool(self.risks() or self.crisis_lines_lost)


class _DryRun(Exception):
    pass


def merge(db: Database, copy: VerifiedCopy, *, dry_run: bool = False) -> MergeCounts:
    """Apply (or, with dry_run, compute exactly and roll back) the merge of a verified copy."""
    if copy.manifest.group_id != (db.meta("group_id") or ""):
        raise BundleOtherGroup("group id")
    # A merge attaches the copy itself: the checks' connection, kept for staging a new vault
    # from its cache (up to CACHE_KIB of decrypted pages), is let go before the merge's own.
    copy.reader.close()
    bring_up_to_date(copy)  # a schema-3 file has no sessions.template_id, for one
    uri = copy.path.resolve().as_uri() + "?mode=ro"
    db.execute("ATTACH ? AS theirs KEY ?", (uri, copy.key.raw))
    counts = MergeCounts()
    try:
        with db.transaction():
            before = {t: int(db.scalar(f"SELECT count(*) FROM main.{t}")) for t in MERGED}
            counts.before = dict(before)
            db.execute("DROP TABLE IF EXISTS temp.crisis_before")
            db.execute(
                "CREATE TEMP TABLE crisis_before AS "
                "SELECT * FROM main.resources WHERE category = 'crisis_line'"
            )
            _merge_tombstones(db)
            for table in MERGED:
                _merge_table(db, table, counts)
            for table in MERGED:
                after = int(db.scalar(f"SELECT count(*) FROM main.{table}"))
                counts.deleted[table] = before[table] + counts.added[table] - after
            counts.crisis_lines_lost = int(
                db.scalar(
                    "SELECT count(*) FROM (SELECT * FROM temp.crisis_before "
                    "EXCEPT SELECT * FROM main.resources)"
                )
                or 0
            )
            db.execute("DROP TABLE temp.crisis_before")
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    finally:
        db.execute("DETACH theirs")
    return counts


def _merge_tombstones(db: Database) -> None:
    db.execute(
        "INSERT INTO main.tombstones (table_name, row_id, deleted_at) "
        "SELECT table_name, row_id, deleted_at FROM theirs.tombstones WHERE true "
        "ON CONFLICT (table_name, row_id) DO UPDATE SET "
        "deleted_at = max(deleted_at, excluded.deleted_at)"
    )
    for table in MERGED:  # parents first; ON DELETE CASCADE / SET NULL do the rest
        db.execute(
            f"DELETE FROM main.{table} WHERE id IN "
            "(SELECT row_id FROM main.tombstones WHERE table_name = ?)",
            (table,),
        )


def _columns(db: Database, table: str) -> list[str]:
    return [str(row[1]) for row in db.query(f"PRAGMA main.table_info({table})")]


def _incoming_sql(table: str, columns: list[str]) -> str:
    """Their rows as they would look here: dead optional parents nulled, orphans and erased
    rows left out."""
    select = []
    where = [f"id NOT IN (SELECT row_id FROM main.tombstones WHERE table_name = '{table}')"]
    parents = {col: (parent, required) for col, parent, required in PARENTS.get(table, ())}
    for col in columns:
        parent = parents.get(col)
        if parent and not parent[1]:
            select.append(
                f"CASE WHEN {col} IN (SELECT id FROM main.{parent[0]}) THEN {col} END AS {col}"
            )
        else:
            select.append(col)
        if parent and parent[1]:
            where.append(f"({col} IS NULL OR {col} IN (SELECT id FROM main.{parent[0]}))")
    return f"SELECT {', '.join(select)} FROM theirs.{table} WHERE {' AND '.join(where)}"


def _taken(table: str, column: str) -> str:
    """The incoming value, except a blank over a kept one where a bundle may have left it out."""
    if column in KEPT_WHEN_BLANK.get(table, ()):
        return f"CASE WHEN i.{column} = '' THEN main.{table}.{column} ELSE i.{column} END"
    return f"i.{column}"


def _merge_table(db: Database, table: str, counts: MergeCounts) -> None:
    columns = _columns(db, table)
    names = ", ".join(columns)
    db.execute("DROP TABLE IF EXISTS temp.incoming")
    db.execute(f"CREATE TEMP TABLE incoming AS {_incoming_sql(table, columns)}")
    canon_in = "json_array(" + ", ".join(f"i.{c}" for c in columns) + ")"
    canon_here = "json_array(" + ", ".join(f"m.{c}" for c in columns) + ")"
    winners = (
        f"SELECT i.id FROM temp.incoming i JOIN main.{table} m ON m.id = i.id "
        f"WHERE i.updated_at > m.updated_at OR (i.updated_at = m.updated_at "
        f"AND {canon_in} > {canon_here})"
    )
    sets = ", ".join(columns)
    taken = ", ".join(_taken(table, c) for c in columns)
    cursor = db.execute(
        f"UPDATE main.{table} SET ({sets}) = (SELECT {taken} FROM temp.incoming i "
        f"WHERE i.id = main.{table}.id) WHERE id IN ({winners})"
    )
    counts.changed[table] = max(cursor.rowcount, 0)
    cursor = db.execute(
        f"INSERT INTO main.{table} ({names}) SELECT {names} FROM temp.incoming "
        f"WHERE id NOT IN (SELECT id FROM main.{table}) ON CONFLICT DO NOTHING"
    )
    counts.added[table] = max(cursor.rowcount, 0)
    db.execute("DROP TABLE temp.incoming")
