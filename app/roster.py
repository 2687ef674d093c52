"""The roster: members, roles, consent, attendance."""

from __future__ import annotations

from storage.database import Database
from storage.members import AttendanceRepository, MemberRepository
from storage.records import Member


class RosterService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._members = MemberRepository(db)
        self._attendance = AttendanceRepository(db)

    def members(self) -> list[Member]:
        return self._members.list_all()

    def add_member(self, member: Member) -> Member:
        with self._db.transaction():
            return self._members.add(member)

    def set_present(self, session_id: str, member_id: str, present: bool = True) -> None:
        with self._db.transaction():
            self._attendance.set_present(session_id, member_id, present)

    def present_member_ids(self, session_id: str) -> list[str]:
        return self._attendance.present_member_ids(session_id)
