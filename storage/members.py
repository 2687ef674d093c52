"""Members and their attendance."""

from __future__ import annotations

from storage import rows
from storage.clock import stable_id
from storage.database import Database
from storage.records import Attendance, Member


class MemberRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, member: Member) -> Member:
        return rows.insert(self._db, "members", member)

    def update(self, member: Member) -> Member:
        return rows.update(self._db, "members", member)

    def get(self, member_id: str) -> Member | None:
        return rows.select_one(self._db, Member, "members", "WHERE id = ?", (member_id,))

    def list_all(self) -> list[Member]:
        return rows.select(self._db, Member, "members", "ORDER BY pseudonym COLLATE NOCASE")

    def count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM members"))

    def erase(self, member_id: str) -> None:
        """Attendance and circle turns go with the member (ON DELETE CASCADE)."""
        for (att_id,) in self._db.query("SELECT id FROM attendance WHERE member_id = ?", (member_id,)):
            rows.delete_with_tombstone(self._db, "attendance", att_id)
        rows.delete_with_tombstone(self._db, "members", member_id)


class AttendanceRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def set_present(self, session_id: str, member_id: str, present: bool) -> Attendance:
        record = Attendance(session_id, member_id, present, id=stable_id(session_id, member_id))
        existing = rows.select_one(self._db, Attendance, "attendance", "WHERE id = ?", (record.id,))
        if existing is None:
            return rows.insert(self._db, "attendance", record)
        return rows.update(self._db, "attendance", record.__class__(
            session_id, member_id, present, id=existing.id, created_at=existing.created_at
        ))

    def for_session(self, session_id: str) -> list[Attendance]:
        return rows.select(self._db, Attendance, "attendance", "WHERE session_id = ?", (session_id,))

    def present_member_ids(self, session_id: str) -> list[str]:
        found = self._db.query(
            "SELECT member_id FROM attendance WHERE session_id = ? AND present = 1", (session_id,)
        )
        return [str(r[0]) for r in found]
