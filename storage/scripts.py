"""Read-aloud texts per kind of agenda step: the group's own and each format's."""

from __future__ import annotations

import dataclasses

from storage import rows
from storage.clock import stable_id
from storage.database import Database
from storage.records import Script

GROUP = "group"  # stands for "no format" in a script's stable id


def script_id(kind: str, template_id: str | None) -> str:
    return stable_id("script", kind, template_id or GROUP)


class ScriptRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, kind: str, template_id: str | None) -> Script | None:
        return rows.select_one(
            self._db, Script, "scripts", "WHERE id = ?", (script_id(kind, template_id),)
        )

    def save(self, script: Script) -> Script:
        """Insert or update the one text for this kind and format."""
        record = dataclasses.replace(script, id=script_id(script.kind, script.template_id))
        existing = rows.select_one(self._db, Script, "scripts", "WHERE id = ?", (record.id,))
        if existing is None:
            # A text set back to the shipped one left a tombstone: editing it again revives it.
            self._db.execute(
                "DELETE FROM tombstones WHERE table_name = 'scripts' AND row_id = ?", (record.id,)
            )
            return rows.insert(self._db, "scripts", record)
        return rows.update(
            self._db, "scripts", dataclasses.replace(record, created_at=existing.created_at)
        )

    def remove(self, kind: str, template_id: str | None) -> None:
        """Back to the text shipped with Cercle."""
        if self.get(kind, template_id) is not None:
            rows.delete_with_tombstone(self._db, "scripts", script_id(kind, template_id))
