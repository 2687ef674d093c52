"""What reports read: counts per meeting, who was present where (as ids only), and when members
joined. Never a name: nothing here selects a pseudonym, a full name or a contact detail."""

from __future__ import annotations

from dataclasses import dataclass

from storage.database import Database


@dataclass(frozen=True)
class MeetingFacts:
    id: str
    starts_at: str
    duration_minutes: int
    theme: str
    status: str
    guests: int
    named: int  # members marked present, or the folded count once the rows are gone
    folded: bool
    newcomers_folded: int  # first-time members counted when the meeting was folded


@dataclass(frozen=True)
class MemberFacts:
    id: str
    role: str
    active: bool
    since: str  # joined_on, else the day the member was added (YYYY-MM-DD)


@dataclass(frozen=True)
class FoldedFigures:
    newcomers: int
    came_back: int
    regulars: int


def meetings(db: Database, first: str, after_last: str) -> list[MeetingFacts]:
    """Meetings starting on or after `first` and before `after_last` (YYYY-MM-DD), by date."""
    rows = db.query(
        "SELECT s.id, s.starts_at, s.duration_minutes, s.theme, s.status, s.guest_count, "
        "coalesce(f.present_count, (SELECT count(*) FROM attendance a "
        "WHERE a.session_id = s.id AND a.present = 1)), f.id IS NOT NULL, "
        "coalesce(f.newcomer_count, 0) "
        "FROM sessions s LEFT JOIN attendance_folds f ON f.session_id = s.id "
        "WHERE s.starts_at >= ? AND s.starts_at < ? ORDER BY s.starts_at, s.id",
        (first, after_last),
    )
    return [
        MeetingFacts(str(i), str(t), int(d), str(th), str(st), int(g), int(n), bool(f), int(nf))
        for i, t, d, th, st, g, n, f, nf in rows
    ]


def presence(db: Database, first: str, after_last: str) -> list[tuple[str, str]]:
    """(session id, member id) for every member present at a held meeting of the range."""
    rows = db.query(
        "SELECT a.session_id, a.member_id FROM attendance a "
        "JOIN sessions s ON s.id = a.session_id "
        "WHERE a.present = 1 AND s.status = 'held' AND s.starts_at >= ? AND s.starts_at < ?",
        (first, after_last),
    )
    return [(str(s), str(m)) for s, m in rows]


def first_came(db: Database) -> dict[str, str]:
    """Each member's first held meeting (YYYY-MM-DD): the earliest present row, or the date kept
    when older rows were folded (which then always wins: it is older than any row left)."""
    found = {
        str(m): str(d)
        for m, d in db.query(
            "SELECT a.member_id, min(substr(s.starts_at, 1, 10)) FROM attendance a "
            "JOIN sessions s ON s.id = a.session_id "
            "WHERE a.present = 1 AND s.status = 'held' GROUP BY a.member_id"
        )
    }
    for member_id, day in db.query(
        "SELECT id, first_came_on FROM members WHERE first_came_on IS NOT NULL"
    ):
        found[str(member_id)] = str(day)
    return found


def members(db: Database) -> list[MemberFacts]:
    rows = db.query(
        "SELECT id, role, active, coalesce(joined_on, substr(created_at, 1, 10)) FROM members"
    )
    return [MemberFacts(str(i), str(r), bool(a), str(s)) for i, r, a, s in rows]


def folded_figures(db: Database, period: str) -> FoldedFigures | None:
    row = db.query_one(
        "SELECT newcomers, came_back, regulars FROM folded_periods WHERE period = ?", (period,)
    )
    return None if row is None else FoldedFigures(int(row[0]), int(row[1]), int(row[2]))


def checkout_counts(db: Database, first: str, after_last: str) -> dict[str, tuple[int, ...]] | None:
    """Check-out counts per meeting (issue 16's show of hands), or None while this schema has no
    place for them. Seam: issue 16 adds them in migration 0004; read them here when it lands."""
    del db, first, after_last
    return None


def meeting_years(db: Database) -> tuple[int, int] | None:
    row = db.query_one(
        "SELECT min(substr(starts_at, 1, 4)), max(substr(starts_at, 1, 4)) FROM sessions"
    )
    if row is None or row[0] is None:
        return None
    try:
        return int(row[0]), int(row[1])
    except ValueError:
        return None
