"""Resource notes: crisis lines, referrals, handouts, the group's agreements."""

from __future__ import annotations

from storage.database import Database
from storage.records import Resource
from storage.resources import ResourceRepository


class ResourceService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._resources = ResourceRepository(db)

    def resources(self) -> list[Resource]:
        return self._resources.list_all()

    def pinned(self) -> list[Resource]:
        return self._resources.pinned()

    def add_resource(self, resource: Resource) -> Resource:
        with self._db.transaction():
            return self._resources.add(resource)
