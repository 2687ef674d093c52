"""Sessions with their agenda items, and reusable templates."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import replace

from storage import rows
from storage.database import Database
from storage.records import AgendaItem, Session, Template, TemplateItem


class SessionRepository(rows.Table[Session]):
    table = "sessions"
    record = Session
    children = (("agenda_items", "session_id"), ("attendance", "session_id"))

    def list_all(self) -> list[Session]:
        return self.select("ORDER BY starts_at")

    def items(self, session_id: str) -> list[AgendaItem]:
        return rows.select_owned(self._db, AgendaItem, "agenda_items", "session_id", session_id)

    def replace_items(self, session_id: str, items: Sequence[AgendaItem]) -> list[AgendaItem]:
        """Write the agenda as given: kept items updated, new ones inserted, missing ones deleted."""
        existing = {i.id: i for i in self.items(session_id)}
        stored = []
        for position, item in enumerate(items):
            item = replace(item, session_id=session_id, position=position)
            if item.id in existing:
                stored.append(rows.update(self._db, "agenda_items", item))
            else:
                stored.append(rows.insert(self._db, "agenda_items", item))
        for gone in set(existing) - {i.id for i in stored}:
            rows.delete_with_tombstone(self._db, "agenda_items", gone)
        return stored


class TemplateRepository:
    children = (("template_items", "template_id"), ("scripts", "template_id"))

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, template: Template, items: Sequence[TemplateItem]) -> Template:
        stored = rows.insert(self._db, "templates", template)
        for position, item in enumerate(items):
            rows.insert(
                self._db, "template_items", replace(item, template_id=stored.id, position=position)
            )
        return stored

    def list_all(self) -> list[Template]:
        return rows.select(self._db, Template, "templates", "ORDER BY name COLLATE NOCASE")

    def items(self, template_id: str) -> list[TemplateItem]:
        return rows.select_owned(
            self._db, TemplateItem, "template_items", "template_id", template_id
        )

    def delete(self, template_id: str) -> None:
        rows.delete_with_children(self._db, "templates", template_id, self.children)


def attendance_counts(db: Database) -> dict[str, int]:
    """Members marked present, per session id (sessions nobody attended are absent)."""
    found = db.query(
        "SELECT session_id, count(*) FROM attendance WHERE present = 1 GROUP BY session_id"
    )
    return {str(r[0]): int(r[1]) for r in found}


def rename_template(db: Database, template: Template, name: str) -> Template:
    return rows.update(db, "templates", dataclasses.replace(template, name=name))


def get_template(db: Database, template_id: str) -> Template | None:
    return rows.select_one(db, Template, "templates", "WHERE id = ?", (template_id,))
