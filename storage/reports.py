"""What reports read: counts per meeting, who was present where (as ids only), and when members
joined. Never a name: nothing here selects a pseudonym, a full name or a contact detail."""

from __future__ import annotations

from dataclasses import dataclass

from storage.database import Database
from storage.records import SessionStatus
from storage.rows import member_of


@dataclass(frozen=True)
class MeetingFacts:
    id: str
    starts_at: str
    duration_minutes: int
    theme: str
    status: SessionStatus
    guests: int
    named: int  # members marked present, or the folded count once the rows are gone
    folded: bool
    newcomers_folded: int  # first-time members counted when the meeting was folded


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
        MeetingFacts(
            str(i),
            str(t),
            int(d),
            str(th),
            member_of(SessionStatus, st),
            int(g),
            int(n),
            bool(f),
            int(nf),
        )
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


def first_meetings(db: Database, first: str, after_last: str) -> dict[str, str]:
    """Members whose first held meeting ever is on or after `first` and before `after_last`,
    with its day. A member whose older rows were folded away came before them: never a newcomer
    again (the folded meeting counted them)."""
    # Present in the range and at no held meeting before it, each checked by the member index
    # and stopping at the first earlier row: a GROUP BY over whole histories (or over the whole
    # table) read ten years of attendance for one year's report.
    rows = db.query(
        "SELECT a.member_id, min(substr(s.starts_at, 1, 10)) FROM attendance a "
        "JOIN sessions s ON s.id = a.session_id "
        "WHERE a.present = 1 AND s.status = 'held' AND s.starts_at >= :first "
        "AND s.starts_at < :after AND NOT EXISTS (SELECT 1 FROM attendance b "
        "JOIN sessions t ON t.id = b.session_id WHERE b.member_id = a.member_id "
        "AND b.present = 1 AND t.status = 'held' AND t.starts_at < :first) "
        "GROUP BY a.member_id",
        {"first": first, "after": after_last},
    )
    folded = {str(r[0]) for r in db.query("SELECT id FROM members WHERE first_came_on IS NOT NULL")}
    return {str(m): str(d) for m, d in rows if str(m) not in folded}


@dataclass(frozen=True)
class MemberCounts:
    at_end: int  # active members who had joined by the last day (no leaving date is kept)
    joined: int  # members who joined within the range
    hosts_at_end: int  # of at_end, hosts and co-hosts


def member_counts(db: Database, first: str, last: str) -> MemberCounts:
    since = "coalesce(joined_on, substr(created_at, 1, 10))"
    row = db.query_one(
        f"SELECT coalesce(sum(active = 1 AND {since} <= :last), 0), "
        f"coalesce(sum({since} BETWEEN :first AND :last), 0), "
        f"coalesce(sum(active = 1 AND {since} <= :last AND role IN ('host', 'co-host')), 0) "
        "FROM members",
        {"first": first, "last": last},
    )
    assert row is not None
    return MemberCounts(int(row[0]), int(row[1]), int(row[2]))


def folded_figures(db: Database, period: str) -> FoldedFigures | None:
    row = db.query_one(
        "SELECT newcomers, came_back, regulars FROM folded_periods WHERE period = ?", (period,)
    )
    return None if row is None else FoldedFigures(int(row[0]), int(row[1]), int(row[2]))


CHECKOUT_COLUMNS = ("checkout_good", "checkout_mixed", "checkout_hard")


def checkout_counts(db: Database, first: str, after_last: str) -> dict[str, tuple[int, ...]] | None:
    """The check-out show of hands (good, mixed, hard) of each held meeting that took one, or
    None while the schema has no place for it: issue 16 adds the three columns on sessions."""
    columns = {str(r[1]) for r in db.query("PRAGMA table_info(sessions)")}
    if not set(CHECKOUT_COLUMNS) <= columns:
        return None
    rows = db.query(
        f"SELECT id, {', '.join(CHECKOUT_COLUMNS)} FROM sessions WHERE status = 'held' "
        "AND starts_at >= ? AND starts_at < ? AND checkout_good IS NOT NULL",
        (first, after_last),
    )
    return {str(r[0]): tuple(int(v or 0) for v in r[1:]) for r in rows}


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
