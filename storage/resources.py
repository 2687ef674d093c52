"""Resource notes and their full-text index."""

from __future__ import annotations

from storage import rows
from storage.database import Database
from storage.records import Resource


class ResourceRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, resource: Resource) -> Resource:
        return rows.insert(self._db, "resources", resource)

    def update(self, resource: Resource) -> Resource:
        return rows.update(self._db, "resources", resource)

    def get(self, resource_id: str) -> Resource | None:
        return rows.select_one(self._db, Resource, "resources", "WHERE id = ?", (resource_id,))

    def list_all(self) -> list[Resource]:
        return rows.select(self._db, Resource, "resources", "ORDER BY category, title COLLATE NOCASE")

    def pinned(self) -> list[Resource]:
        return rows.select(
            self._db, Resource, "resources", "WHERE pinned = 1 ORDER BY category, title COLLATE NOCASE"
        )

    def delete(self, resource_id: str) -> None:
        rows.delete_with_tombstone(self._db, "resources", resource_id)
