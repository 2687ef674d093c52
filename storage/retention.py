"""Folding old attendance: per-person rows of meetings before a cut-off become per-meeting counts.

What is kept, so that reports stay the same: each held meeting's count of members present and of
first-timers (attendance_folds); for every whole year, quarter and month folded, the figures that
follow a person across meetings (folded_periods, written by the caller before the fold); and each
member's first meeting (first_came_on), so that nobody counts as a newcomer twice. What goes, each
with a tombstone so that merging a co-host's older copy cannot bring it back: the attendance rows
and the circle turns (who spoke, for how long) of those meetings. A round itself (its date and
turn length) names nobody and stays.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from storage import rows
from storage.clock import stable_id, utc_now_iso
from storage.database import Database


@dataclass(frozen=True)
class FoldCounts:
    meetings: int  # held meetings whose rows are folded into counts
    attendance: int  # attendance rows deleted
    circle_turns: int  # circle turns deleted

    @property
    def empty(self) -> bool:
        return not (self.meetings or self.attendance or self.circle_turns)


_OLD_ATTENDANCE = (
    "SELECT a.id FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE s.starts_at < ?"
)
_OLD_TURNS = (
    "SELECT t.id FROM circle_turns t JOIN circle_rounds r ON r.id = t.round_id "
    "LEFT JOIN sessions s ON s.id = r.session_id "
    "WHERE coalesce(s.starts_at, r.started_at) < ?"
)
_UNFOLDED = (
    "FROM sessions s WHERE s.starts_at < ? AND s.status = 'held' "
    "AND s.id NOT IN (SELECT session_id FROM attendance_folds)"
)


def pending(db: Database, cutoff: str) -> FoldCounts:
    """What folding everything before `cutoff` (YYYY-MM-DD) would fold and remove."""
    return FoldCounts(
        int(db.scalar(f"SELECT count(*) {_UNFOLDED}", (cutoff,))),
        int(db.scalar(f"SELECT count(*) FROM ({_OLD_ATTENDANCE})", (cutoff,))),
        int(db.scalar(f"SELECT count(*) FROM ({_OLD_TURNS})", (cutoff,))),
    )


def keep_period_figures(
    db: Database, period: str, newcomers: int, came_back: int, regulars: int
) -> None:
    """Figures of a whole period, computed before its rows go. A period kept already stays."""
    now = utc_now_iso()
    db.execute(
        "INSERT INTO folded_periods (id, period, newcomers, came_back, regulars, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (period) DO NOTHING",
        (stable_id("folded_period", period), period, newcomers, came_back, regulars, now, now),
    )


def periods_kept(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT period FROM folded_periods")}


def fold_before(db: Database, cutoff: str) -> FoldCounts:
    """Run inside the caller's transaction, after keep_period_figures for every whole period."""
    counts = pending(db, cutoff)
    now = utc_now_iso()
    _keep_meeting_counts(db, cutoff, now)
    db.execute(
        "UPDATE members SET updated_at = :now, first_came_on = (SELECT min(substr(s.starts_at, "
        "1, 10)) FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE a.member_id = "
        "members.id AND a.present = 1 AND s.status = 'held' AND s.starts_at < :cutoff) "
        "WHERE first_came_on IS NULL AND id IN (SELECT a.member_id FROM attendance a JOIN "
        "sessions s ON s.id = a.session_id WHERE a.present = 1 AND s.status = 'held' "
        "AND s.starts_at < :cutoff)",
        {"now": now, "cutoff": cutoff},
    )
    for table, query in (("attendance", _OLD_ATTENDANCE), ("circle_turns", _OLD_TURNS)):
        for (row_id,) in db.query(query, (cutoff,)):
            rows.delete_with_tombstone(db, table, str(row_id))
    return counts


def _keep_meeting_counts(db: Database, cutoff: str, now: str) -> None:
    present = Counter(
        str(r[0])
        for r in db.query(
            "SELECT a.session_id FROM attendance a JOIN sessions s ON s.id = a.session_id "
            "WHERE a.present = 1 AND s.starts_at < ?",
            (cutoff,),
        )
    )
    firsts = Counter(str(r[0]) for r in db.query(_FIRST_MEETINGS, (cutoff,)))
    db.executemany(
        "INSERT INTO attendance_folds (id, session_id, present_count, newcomer_count, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (stable_id("fold", sid), sid, present[sid], firsts[sid], now, now)
            for (sid,) in ((str(r[0]),) for r in db.query(f"SELECT s.id {_UNFOLDED}", (cutoff,)))
        ],
    )


# Each member's first held meeting (the earliest, ties by id), for those not folded before.
_FIRST_MEETINGS = (
    "SELECT (SELECT s2.id FROM attendance a2 JOIN sessions s2 ON s2.id = a2.session_id "
    "WHERE a2.member_id = m.id AND a2.present = 1 AND s2.status = 'held' "
    "ORDER BY s2.starts_at, s2.id LIMIT 1) AS first_session "
    "FROM members m WHERE m.first_came_on IS NULL AND first_session IN "
    "(SELECT s.id FROM sessions s WHERE s.starts_at < ? AND s.status = 'held')"
)
