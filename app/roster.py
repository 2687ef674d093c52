"""The roster: members, roles, consent, attendance. One transaction per host action."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from app.consent import ConsentService
from app.csv_file import read_table
from app.fileio import write_atomic
from app.member_checks import Problem, fold, member_problems, pseudonym_key
from app.roster_csv import ImportPreview, build_preview, guess_mapping, to_csv
from app.typed_fields import as_the_gate_takes, trimmed
from storage.database import Database
from storage.members import (
    AttendanceEntry,
    AttendanceRepository,
    ErasureCounts,
    MemberActivity,
    MemberRepository,
)
from storage.records import Member, Session
from storage.sessions import SessionRepository

__all__ = [
    "Arrival",
    "AttendanceEntry",
    "ErasureCounts",
    "MemberRow",
    "Problem",
    "RosterService",
    "Welcome",
    "fold",
]


class Arrival(StrEnum):
    """What a name typed as a newcomer at check-in turned out to be."""

    ADDED = "added"  # a name not on the roster: a new member, present
    MARKED = "marked"  # a member already on the roster: marked present, nobody added
    REACTIVATED = "reactivated"  # an inactive member back: active again and present
    ALREADY_PRESENT = "already_present"  # already ticked: nothing written
    SEVERAL = "several"  # more than one member has this name: the host ticks the right one


@dataclass(frozen=True)
class Welcome:
    arrival: Arrival
    member: Member | None  # None only for SEVERAL
    choices: tuple[Member, ...] = ()  # SEVERAL's namesakes, for the host to tick the right one


@dataclass(frozen=True)
class MemberRow:
    """A member as the roster table shows it, with a precomputed search key."""

    member: Member
    last_attended: str | None
    attendance_count: int
    search_key: str


def _cleaned(member: Member, stored: Member | None = None) -> Member:
    return trimmed(
        as_the_gate_takes(member, "members", stored), ("pseudonym", "full_name", "phone", "email")
    )


def _row(member: Member, activity: MemberActivity | None) -> MemberRow:
    return MemberRow(
        member,
        activity.last_attended if activity else None,
        activity.attendance_count if activity else 0,
        fold(f"{member.pseudonym}\n{member.full_name}"),
    )


class RosterService:
    def __init__(
        self, db: Database, consents: ConsentService, today: Callable[[], date] = date.today
    ) -> None:
        """`consents`: the group's, which a member's form keeps in step with its check boxes."""
        self._db = db
        self._today = today
        self._consents = consents
        self._members = MemberRepository(db)
        self._attendance = AttendanceRepository(db)
        self._sessions = SessionRepository(db)

    # Reading
    def members(self) -> list[Member]:
        return self._members.list_all()

    def member(self, member_id: str) -> Member | None:
        return self._members.get(member_id)

    def member_rows(self) -> list[MemberRow]:
        activity = self._members.activity()
        return [_row(m, activity.get(m.id)) for m in self._members.list_all()]

    def member_row(self, member_id: str) -> MemberRow | None:
        member = self._members.get(member_id)
        if member is None:
            return None
        history = [e for e in self._attendance.history(member_id) if e.present]
        return MemberRow(
            member,
            history[0].starts_at if history else None,
            len(history),
            fold(f"{member.pseudonym}\n{member.full_name}"),
        )

    def attendance_history(self, member_id: str) -> list[AttendanceEntry]:
        return self._attendance.history(member_id)

    def present_member_ids(self, session_id: str) -> list[str]:
        return self._attendance.present_member_ids(session_id)

    def check(self, member: Member) -> list[Problem]:
        """Errors and the duplicate warning for a member about to be saved."""
        problems = member_problems(member)
        if member.pseudonym.strip() and self.namesakes(member.pseudonym, member.id):
            problems.append(Problem.DUPLICATE_PSEUDONYM)
        return problems

    def namesakes(self, pseudonym: str, except_id: str | None = None) -> list[Member]:
        """The members whose pseudonym is this one as the roster folds duplicates (case,
        accents, composed or not): the form's warning and check-in's newcomer use the same."""
        key = pseudonym_key(pseudonym)
        ids = [
            i for i, p in self._members.pseudonyms() if i != except_id and pseudonym_key(p) == key
        ]
        return [m for m in map(self._members.get, ids) if m is not None]

    # Writing
    def add_member(self, member: Member) -> Member:
        return self._save_from_form(self._members.add, member)

    def update_member(self, member: Member) -> Member:
        return self._save_from_form(self._members.update, member)

    def _save_from_form(self, write: Callable[[Member], Member], member: Member) -> Member:
        """The member as the form left it, and its consent records following the form's ticks,
        in one transaction."""
        with self._db.transaction():
            stored = write(_cleaned(member, self._members.get(member.id)))
            self._consents.follow_member_form(stored, self._today())
        return stored

    def restore_member(self, member: Member) -> Member:
        """Bring back a member whose addition was undone, with the same id."""
        with self._db.transaction():
            return self._members.restore(member)

    def remove_added_member(self, member_id: str) -> None:
        """Undo an addition: same as an erasure for the file, but the host sees it as undo."""
        with self._db.transaction():
            self._members.erase(member_id)

    def mark_inactive(self, member_id: str, inactive: bool = True) -> Member:
        """Keeps the history; the member just stops being offered at check-in."""
        with self._db.transaction():
            member = self._members.get(member_id)
            if member is None:
                raise KeyError(member_id)
            return self._members.update(dataclasses.replace(member, active=not inactive))

    def erasure_counts(self, member_id: str) -> ErasureCounts:
        return self._members.erasure_counts(member_id)

    def erase_member(self, member_id: str) -> ErasureCounts:
        """Right to be forgotten: final, with tombstones so a handover merge keeps them gone."""
        with self._db.transaction():
            return self._members.erase(member_id)

    # Attendance
    def set_present(self, session_id: str, member_id: str, present: bool = True) -> None:
        with self._db.transaction():
            self._attendance.set_present(session_id, member_id, present)

    def welcome(self, session_id: str, pseudonym: str) -> Welcome:
        """Someone at the door, by name. A member already on the roster under that name is
        marked present (made active again if they had left) rather than added a second time,
        which would split their attendance and consents over two records; only a name the
        roster does not know adds a member. One transaction."""
        member = Member(pseudonym.strip(), joined_on=self._session_day(session_id))
        if member_problems(member):
            raise ValueError("empty pseudonym")
        found = self.namesakes(member.pseudonym)
        if len(found) > 1:  # a returning member goes before an inactive namesake
            found = [m for m in found if m.active] or found
        if len(found) > 1:
            return Welcome(Arrival.SEVERAL, None, tuple(found))
        with self._db.transaction():
            if not found:
                stored = self._members.add(member)
                arrival = Arrival.ADDED
            elif not found[0].active:
                stored = self._members.update(dataclasses.replace(found[0], active=True))
                arrival = Arrival.REACTIVATED
            else:
                stored = found[0]
                present = self._attendance.present_member_ids(session_id)
                arrival = Arrival.ALREADY_PRESENT if stored.id in present else Arrival.MARKED
            if arrival != Arrival.ALREADY_PRESENT:
                self._attendance.set_present(session_id, stored.id, True)
        return Welcome(arrival, stored)

    def guest_count(self, session_id: str) -> int:
        session = self._sessions.get(session_id)
        return session.guest_count if session else 0

    def set_guest_count(self, session_id: str, count: int) -> None:
        with self._db.transaction():
            session = self._sessions.get(session_id)
            if session is None:
                raise KeyError(session_id)
            self._sessions.update(dataclasses.replace(session, guest_count=max(0, count)))

    def sessions_around(self, now: str, before: int = 6, after: int = 4) -> list[Session]:
        """The meetings a check-in is likely for: the last few and the next few, by date."""
        everything = self._sessions.list_all()
        past = [s for s in everything if s.starts_at < now and s.status != "cancelled"]
        coming = [s for s in everything if s.starts_at >= now and s.status != "cancelled"]
        return past[-before:] + coming[:after]

    @staticmethod
    def checkin_default(sessions: list[Session], now: str) -> int:
        """Which of `sessions_around(now)` a check-in is for unless the host says: today's or
        the next meeting, else the last one (-1 when there is none)."""
        today = now[:10]
        coming = [n for n, s in enumerate(sessions) if s.starts_at[:10] >= today]
        return coming[0] if coming else len(sessions) - 1

    def _session_day(self, session_id: str) -> str | None:
        session = self._sessions.get(session_id)
        return session.starts_at[:10] if session else None

    # Spreadsheets
    def preview_csv(
        self, data: bytes, mapping: dict[str, int | None] | None = None
    ) -> ImportPreview:
        """Read and check a CSV file without writing anything (CsvRefused when it is not one).
        The dialog does the same in a worker, with `pseudonyms()` read here first."""
        table = read_table(data)
        chosen = mapping if mapping is not None else guess_mapping(table.header)
        return build_preview(table, chosen, self.pseudonyms(), today=self._today())

    def pseudonyms(self) -> list[str]:
        return [m.pseudonym for m in self._members.list_all()]

    def import_csv(self, preview: ImportPreview, include_duplicates: bool = False) -> int:
        members = preview.members(include_duplicates)
        with self._db.transaction():
            for member in members:
                stored = self._members.add(_cleaned(member))
                self._consents.follow_member_form(stored, self._today())
        return len(members)

    def export_csv(self, path: Path, notes: bool = False) -> int:
        """Written only on the host's explicit request: the file is NOT encrypted. `notes`: the
        private notes too, only when the host ticked them in."""
        members = self._members.list_all()
        write_atomic(path, to_csv(members, notes))
        return len(members)
