"""Texts stored by an older Cercle that the gate (storage/domain.py) now refuses.

Characters it refuses (control characters, the bidirectional overrides U+202A..U+202E) are
removed once, by migration 5, when the vault is opened (after the pre-migration backup, in the
migration's transaction): nothing a host sees goes, and the next handover is no longer refused
for a character nobody could find. A text longer than its cap is left whole (cutting it would
lose words the host wrote); the export names it instead (`too_long`), so the host can shorten it.
Neither logs a value or a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.domain import FIELDS, META, META_OTHER, Kind, Rule
from storage.errors import TooLong
from storage.value_rules import without_refused

if TYPE_CHECKING:
    from storage.database import Database

# What a host calls a record of each table by: its name, title or date.
NAMED_BY = {
    "members": "pseudonym",
    "sessions": "starts_at",
    "agenda_items": "title",
    "templates": "name",
    "template_items": "title",
    "resources": "title",
    "scripts": "kind",
    "circle_turns": "speaker_label",
}

# The record each kind belongs to, where the host edits it.
OWNED_BY = {"agenda_items": "session_id", "template_items": "template_id"}


def _text_columns(table: str) -> list[str]:
    return [c for c, rule in FIELDS[table].items() if rule.kind is Kind.TEXT]


# What a required text made of refused characters only becomes: a name, a pseudonym or a title
# cannot be empty (their tables' CHECK, and the gate), and the host can see and rename this one.
EMPTIED = "?"


def _cleaned(rule: Rule, value: str) -> str:
    clean = without_refused(rule, value)
    if rule.required and clean != value and not clean.strip(" \t\n"):
        return EMPTIED
    return clean


def clean_refused_characters(db: Database) -> int:
    """Migration 5's step, inside its transaction: every stored text as the gate takes it, but
    for its length (and a required one left empty by it is EMPTIED: failing its CHECK, the
    migration failed, and the group no longer opened). Row stamps are left as they were: two co-hosts' copies cleaned so are the
    same rows, and a merge sees no change. Returns how many rows changed."""
    changed = 0
    for table in FIELDS:
        # The file is at schema 5 here, whatever version it goes on to: a column or table a
        # later migration adds, in the rules by then, is not there yet.
        present = {str(row[1]) for row in db.query(f"PRAGMA main.table_info({table})")}
        columns = [column for column in _text_columns(table) if column in present]
        if not columns:
            continue
        for rowid, *values in db.query(f"SELECT rowid, {', '.join(columns)} FROM {table}"):
            updates = {}
            for column, value in zip(columns, values, strict=True):
                if isinstance(value, str):
                    clean = _cleaned(FIELDS[table][column], value)
                    if clean != value:
                        updates[column] = clean
            if updates:
                assignments = ", ".join(f"{column} = ?" for column in updates)
                db.execute(
                    f"UPDATE {table} SET {assignments} WHERE rowid = ?", (*updates.values(), rowid)
                )
                changed += 1
    for key, value in db.query("SELECT key, value FROM meta"):
        rule = META.get(str(key), META_OTHER)
        if rule.kind is Kind.TEXT and isinstance(value, str):
            kept = _cleaned(rule, value)
            if kept != value:
                db.set_meta(str(key), kept)
                changed += 1
    return changed


def too_long(db: Database, prefix: str = "main") -> list[TooLong]:
    """Every text over its cap, counted as the gate counts (SQLite's length() of a text is in
    characters, as Python's len()), in table order."""
    found = []
    for table in FIELDS:
        named_by = NAMED_BY.get(table)
        name = named_by if named_by else "''"
        owner = OWNED_BY.get(table, "''")
        for column in _text_columns(table):
            cap = FIELDS[table][column].cap
            rows = db.query(
                f"SELECT id, {name}, length({column}), {owner} FROM {prefix}.{table} "
                f"WHERE length({column}) > ? ORDER BY {name}, id",
                (cap,),
            )
            found += [
                TooLong(table, column, str(i), str(n or ""), int(k), cap, str(o or ""))
                for i, n, k, o in rows
            ]
    return found
