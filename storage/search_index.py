"""What the resources' full-text index holds of each resource, schema by schema, and migration
6, which writes it again: œ, æ and ß spelled out (oe, ae, ss), which FTS5's unicode61 tokenizer
keeps as letters of their own ("coeur", typed on a keyboard without œ, did not find "cœur"),
and a phone number's digits also run together ("0972" finds "09 72 39 40 50").

The triggers' statements are made here from the same expression the handover import fills a
new index with (storage/bundle_schema.py), so the two cannot drift apart."""

from __future__ import annotations

from storage.database import Database
from storage.resources import LIGATURES

INDEX = "resources_fts"
_SEPARATORS = ("' '", "'.'", "'-'", "char(160)")  # storage.resources.phone_digits's


def _spelled_out(text: str) -> str:
    for letter, letters in LIGATURES:
        text = f"replace({text}, '{letter}', '{letters}')"
    return text


def indexed_text(version: int, row: str = "") -> str:
    """The id and the three indexed texts of a resource as the triggers of schema `version`
    write them; `row`: "new." inside a trigger."""
    extra = f"{row}phone || ' ' || {row}address || ' ' || {row}hours"
    if version < 6:
        return f"{row}id, {row}title, {row}body, {extra}"
    digits = f"{row}phone"
    for separator in _SEPARATORS:
        digits = f"replace({digits}, {separator}, '')"
    run_together = f"CASE WHEN {digits} != {row}phone THEN ' ' || {digits} ELSE '' END"
    return (
        f"{row}id, {_spelled_out(f'{row}title')}, {_spelled_out(f'{row}body')}, "
        f"{_spelled_out(f'({extra} || {run_together})')}"
    )


def _triggers() -> list[str]:
    fill = (
        f"INSERT INTO {INDEX} (resource_id, title, body, extra) SELECT {indexed_text(6, 'new.')};"
    )
    return [
        f"CREATE TRIGGER {INDEX}_insert AFTER INSERT ON resources BEGIN {fill} END",
        f"CREATE TRIGGER {INDEX}_update AFTER UPDATE ON resources BEGIN "
        f"DELETE FROM {INDEX} WHERE resource_id = old.id; {fill} END",
    ]


def respell(db: Database) -> None:
    """Migration 6, in its transaction after the pre-migration backup: the triggers made anew
    and the index written again from the resources. A handover's scratch copy holds no index
    (storage/bundle_schema.py): nothing to do, the import builds one from the rows."""
    if not db.scalar(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", (INDEX,)
    ):
        return
    for name in (f"{INDEX}_insert", f"{INDEX}_update"):
        db.execute(f"DROP TRIGGER {name}")
    for statement in _triggers():
        db.execute(statement)
    db.execute(f"DELETE FROM {INDEX}")
    db.execute(
        f"INSERT INTO {INDEX} (resource_id, title, body, extra) "
        f"SELECT {indexed_text(6)} FROM resources"
    )
    db.execute(f"INSERT INTO {INDEX} ({INDEX}) VALUES ('optimize')")
