"""Reports a host can hand to a stranger: counts over a period, computed from the vault, never a
name. Pure computation over storage.reports; the UI and the PDF/CSV writers only present it.

Definitions (also printed in the report's notes):
- attendance of a meeting = members marked present + anonymous guests;
- a newcomer = a member whose first held meeting ever falls in the period;
- came back = a newcomer present again at a later held meeting of the same period;
- a regular attender = a member present at three or more in four of the period's held meetings
  (missing no more than one meeting in four);
- members at the end = active members who had joined by the period's last day.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from app.report_period import Period
from storage import reports as source
from storage.database import Database
from storage.records import SessionStatus


@dataclass(frozen=True)
class MeetingCount:
    starts_at: str
    named: int
    guests: int

    @property
    def total(self) -> int:
        return self.named + self.guests


@dataclass(frozen=True)
class MonthPoint:
    month: date  # its first day
    meetings: int
    average: float | None  # attendance per held meeting, None without any


@dataclass(frozen=True)
class Report:
    period: Period
    threshold: int
    held: int
    cancelled: int
    planned: int
    meetings: tuple[MeetingCount, ...]
    average: float | None
    median: float | None
    newcomers: int
    came_back: int | None  # None: the period's per-person rows were folded without its figures
    regulars: int | None
    members_at_end: int
    new_members: int
    minutes_met: int
    themes: tuple[tuple[str, int], ...]  # most held first
    checkouts: tuple[int, ...] | None  # None: not recorded in this group
    monthly: tuple[MonthPoint, ...]
    folded_meetings: int  # meetings of the period whose per-person rows were folded

    @property
    def hours_met(self) -> float:
        return self.minutes_met / 60


def hidden(value: float | None, threshold: int) -> bool:
    """A figure about people under the threshold is shown as "fewer than N", never as itself."""
    return value is not None and value < threshold


def build_report(db: Database, period: Period, threshold: int) -> Report:
    return build_with_roster(db, period, threshold)[0]


def build_with_roster(
    db: Database, period: Period, threshold: int
) -> tuple[Report, source.MemberCounts, list[source.MeetingFacts]]:
    """The report, and the member counts and held meetings it was made from (the annual report
    reads the hosts and the usual slots from them, without reading the file again)."""
    first, after = period.bounds()
    all_meetings = source.meetings(db, first, after)
    held = [m for m in all_meetings if m.status == SessionStatus.HELD]
    counts = tuple(MeetingCount(m.starts_at, m.named, m.guests) for m in held)
    totals = [c.total for c in counts]
    newcomers, came_back, regulars = _people(db, period, held)
    roster = source.member_counts(db, period.first.isoformat(), period.last.isoformat())
    report = Report(
        period=period,
        threshold=threshold,
        held=len(held),
        cancelled=_count(all_meetings, SessionStatus.CANCELLED),
        planned=_count(all_meetings, SessionStatus.PLANNED),
        meetings=counts,
        average=statistics.fmean(totals) if totals else None,
        median=float(statistics.median(totals)) if totals else None,
        newcomers=newcomers,
        came_back=came_back,
        regulars=regulars,
        members_at_end=roster.at_end,
        new_members=roster.joined,
        minutes_met=sum(m.duration_minutes for m in held),
        themes=themes_of(held),
        checkouts=_checkouts(db, first, after),
        monthly=_monthly(period, counts),
        folded_meetings=sum(1 for m in held if m.folded),
    )
    return report, roster, held


def _count(found: list[source.MeetingFacts], status: str) -> int:
    return sum(1 for m in found if m.status == status)


def themes_of(held: list[source.MeetingFacts]) -> tuple[tuple[str, int], ...]:
    found = Counter(" ".join(m.theme.split()) for m in held if m.theme.strip())
    return tuple(sorted(found.items(), key=lambda item: (-item[1], item[0].casefold())))


def _people(
    db: Database, period: Period, held: list[source.MeetingFacts]
) -> tuple[int, int | None, int | None]:
    """Newcomers, came back and regular attenders: the figures that follow a person."""
    folded = [m for m in held if m.folded]
    if folded:
        kept = source.folded_figures(db, period.key) if period.key else None
        if kept is not None:
            return kept.newcomers, kept.came_back, kept.regulars
    first, after = period.bounds()
    newcomers = set(source.first_meetings(db, first, after))
    if folded:  # a free range over folded meetings: only the first-timers were counted
        return len(newcomers) + sum(m.newcomers_folded for m in folded), None, None
    return people_figures(held, source.presence(db, first, after), newcomers)


def people_figures(
    held: list[source.MeetingFacts], presence: list[tuple[str, str]], newcomers: set[str]
) -> tuple[int, int, int]:
    """From the period's held meetings, who was present at which, and its newcomers."""
    held_ids = {m.id for m in held}
    meetings_of: dict[str, int] = defaultdict(int)
    for session_id, member_id in presence:
        if session_id in held_ids:
            meetings_of[member_id] += 1
    came_back = sum(1 for m in newcomers if meetings_of[m] > 1)
    regulars = sum(1 for n in meetings_of.values() if 4 * n >= 3 * len(held))
    return len(newcomers), came_back, regulars


def _checkouts(db: Database, first: str, after: str) -> tuple[int, ...] | None:
    found = source.checkout_counts(db, first, after)
    if not found:  # no place for it yet, or no meeting of the period took one
        return None
    width = max((len(v) for v in found.values()), default=0)
    return tuple(sum(v[i] for v in found.values() if i < len(v)) for i in range(width))


def _monthly(period: Period, counts: tuple[MeetingCount, ...]) -> tuple[MonthPoint, ...]:
    per_month: dict[str, list[int]] = defaultdict(list)
    for count in counts:
        per_month[count.starts_at[:7]].append(count.total)
    points = []
    for month in period.months():
        totals = per_month.get(month.isoformat()[:7], [])
        points.append(MonthPoint(month, len(totals), statistics.fmean(totals) if totals else None))
    return tuple(points)
