"""Erasure really erases: rows gone, tombstones left, the pseudonym out of the file's bytes."""

from __future__ import annotations

from app.group import OpenGroup
from storage.members import AttendanceRepository, MemberRepository
from tests.helpers import raw_bytes_contain


def _tombstones(db, table: str) -> set[str]:
    return {
        str(r[0]) for r in db.query("SELECT row_id FROM tombstones WHERE table_name = ?", (table,))
    }


def _round_with(group: OpenGroup, member_id: str, pseudonym: str) -> None:
    from app.circle import Round, Speaker

    now = [0.0]
    round_ = Round([Speaker(pseudonym, member_id), Speaker("Guest")], 60, lambda: now[0])
    round_.start()
    now[0] = 42.0
    group.circle.set_keep_turn_times(True)
    group.circle.finish(round_, None)


def test_erase_deletes_member_attendance_and_turns_with_tombstones(demo_group, demo_db) -> None:
    db = demo_db
    repo = MemberRepository(db)
    # The demo keeps no per-person times: a group that does records a round with a member in it.
    member_id = str(db.scalar("SELECT member_id FROM attendance WHERE present = 1 LIMIT 1"))
    member = repo.get(member_id)
    assert member is not None
    pseudonym = member.pseudonym
    _round_with(demo_group, member_id, pseudonym)
    attendance = {
        str(r[0]) for r in db.query("SELECT id FROM attendance WHERE member_id = ?", (member_id,))
    }
    turns = {
        str(r[0]) for r in db.query("SELECT id FROM circle_turns WHERE member_id = ?", (member_id,))
    }
    assert attendance and turns
    with db.transaction():
        counts = repo.erase(member_id)
    assert (counts.attendance, counts.circle_turns) == (len(attendance), len(turns))
    assert repo.get(member_id) is None
    assert member_id in _tombstones(db, "members")
    assert attendance <= _tombstones(db, "attendance")
    assert turns <= _tombstones(db, "circle_turns")
    assert db.scalar("SELECT count(*) FROM circle_turns WHERE member_id = ?", (member_id,)) == 0
    assert raw_bytes_contain(db.path, pseudonym) == []


def test_restore_after_undo_clears_the_tombstone(fresh_group, fresh_db) -> None:
    from storage.records import Member

    db = fresh_db
    repo = MemberRepository(db)
    with db.transaction():
        member = repo.add(Member("Zoé"))
    with db.transaction():
        repo.erase(member.id)
    with db.transaction():
        repo.restore(member)
    assert repo.get(member.id) is not None
    assert member.id not in _tombstones(db, "members")


def test_activity_counts_only_presence(demo_group, demo_db) -> None:
    db = demo_db
    repo, attendance = MemberRepository(db), AttendanceRepository(db)
    member = next(m for m in repo.list_all() if m.pseudonym == "Hélène")
    history = attendance.history(member.id)
    activity = repo.activity()[member.id]
    assert activity.attendance_count == sum(e.present for e in history)
    assert activity.last_attended == max(e.starts_at for e in history if e.present)
    with db.transaction():
        attendance.set_present(history[0].session_id, member.id, False)
    assert repo.activity()[member.id].attendance_count == activity.attendance_count - 1
