"""Members and their attendance."""

from __future__ import annotations

from dataclasses import dataclass, replace

from storage import rows
from storage.clock import stable_id
from storage.database import Database
from storage.records import Attendance, Member, SessionStatus


@dataclass(frozen=True)
class MemberActivity:
    """How often and how lately a member came: derived, never stored."""

    member_id: str
    last_attended: str | None
    attendance_count: int


@dataclass(frozen=True)
class AttendanceEntry:
    session_id: str
    starts_at: str
    theme: str
    status: SessionStatus
    present: bool


@dataclass(frozen=True)
class ErasureCounts:
    attendance: int
    circle_turns: int


class MemberRepository(rows.Table[Member]):
    table = "members"
    record = Member
    children = tuple((table, "member_id") for table in ("attendance", "circle_turns", "consents"))

    def restore(self, member: Member) -> Member:
        """Put back a member removed by an undo: the tombstone it left must not win a merge."""
        self._db.execute(
            "DELETE FROM tombstones WHERE table_name = 'members' AND row_id = ?", (member.id,)
        )
        return self.add(member)

    def list_all(self) -> list[Member]:
        return self.select("ORDER BY pseudonym COLLATE NOCASE")

    def count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM members"))

    def pseudonyms(self) -> list[tuple[str, str]]:
        """(id, pseudonym) of every member: what a duplicate check folds, without whole rows."""
        return [(str(i), str(p)) for i, p in self._db.query("SELECT id, pseudonym FROM members")]

    def activity(self) -> dict[str, MemberActivity]:
        found = self._db.query(
            "SELECT a.member_id, max(s.starts_at), count(*) FROM attendance a "
            "JOIN sessions s ON s.id = a.session_id WHERE a.present = 1 GROUP BY a.member_id"
        )
        return {str(m): MemberActivity(str(m), last, int(n)) for m, last, n in found}

    def erasure_counts(self, member_id: str) -> ErasureCounts:
        return ErasureCounts(
            int(
                self._db.scalar("SELECT count(*) FROM attendance WHERE member_id = ?", (member_id,))
            ),
            int(
                self._db.scalar(
                    "SELECT count(*) FROM circle_turns WHERE member_id = ?", (member_id,)
                )
            ),
        )

    def erase(self, member_id: str) -> ErasureCounts:
        """Delete the member with their attendance, circle turns and consents."""
        counts = self.erasure_counts(member_id)
        self.delete(member_id)
        return counts


class AttendanceRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def set_present(self, session_id: str, member_id: str, present: bool) -> Attendance:
        record = Attendance(session_id, member_id, present, id=stable_id(session_id, member_id))
        existing = rows.select_one(self._db, Attendance, "attendance", "WHERE id = ?", (record.id,))
        if existing is None:
            return rows.insert(self._db, "attendance", record)
        return rows.update(self._db, "attendance", replace(record, created_at=existing.created_at))

    def present_member_ids(self, session_id: str) -> list[str]:
        found = self._db.query(
            "SELECT member_id FROM attendance WHERE session_id = ? AND present = 1", (session_id,)
        )
        return [str(r[0]) for r in found]

    def history(self, member_id: str) -> list[AttendanceEntry]:
        """Every meeting the member was marked at, most recent first."""
        found = self._db.query(
            "SELECT s.id, s.starts_at, s.theme, s.status, a.present FROM attendance a "
            "JOIN sessions s ON s.id = a.session_id WHERE a.member_id = ? "
            "ORDER BY s.starts_at DESC",
            (member_id,),
        )
        return [
            AttendanceEntry(str(i), str(t), str(th), rows.member_of(SessionStatus, st), bool(p))
            for i, t, th, st, p in found
        ]
