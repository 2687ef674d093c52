"""The annual report preset: the fields a French GEM sends its regional health agency each year
(members at 31 December, new members, paid and volunteer hosts, opening days and hours, activities
held and planned), over the same counts as every report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.report_period import Period
from app.reports import Report, build_with_roster, themes_of
from storage import reports as source
from storage.database import Database
from storage.records import SessionStatus

MAX_SLOTS = 3


@dataclass(frozen=True)
class Slot:
    """A usual opening time: a weekday (1 = Monday) with its start and end."""

    weekday: int
    start: str  # HH:MM
    end: str
    meetings: int


@dataclass(frozen=True)
class AnnualReport:
    year: int
    report: Report
    members_at_31_december: int
    new_members: int
    paid_hosts: int
    volunteer_hosts: int
    opening_days: int
    slots: tuple[Slot, ...]
    planned_next_year: int
    planned_themes: tuple[tuple[str, int], ...]

    @property
    def opening_hours(self) -> float:
        return self.report.hours_met


def build_annual_report(db: Database, year: int, threshold: int, paid_hosts: int) -> AnnualReport:
    report, roster, held = build_with_roster(db, Period.year(year), threshold)
    following = Period.year(year + 1).bounds()
    planned = [m for m in source.meetings(db, *following) if m.status == SessionStatus.PLANNED]
    return AnnualReport(
        year=year,
        report=report,
        members_at_31_december=report.members_at_end,
        new_members=report.new_members,
        paid_hosts=paid_hosts,
        volunteer_hosts=roster.hosts_at_end,
        opening_days=len({m.starts_at[:10] for m in held}),
        slots=usual_slots(held),
        planned_next_year=len(planned),
        planned_themes=themes_of(planned),
    )


def _clock(moment: datetime) -> str:
    """HH:MM; strftime made the slots of a year's meetings a sixth of the whole report."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def usual_slots(held: list[source.MeetingFacts]) -> tuple[Slot, ...]:
    """The most frequent weekday-and-hours of the year's meetings, most frequent first."""
    found: Counter[tuple[int, str, str]] = Counter()
    for meeting in held:
        try:
            start = datetime.fromisoformat(meeting.starts_at[:16])  # strptime: 5x slower
        except ValueError:
            continue
        end = start + timedelta(minutes=meeting.duration_minutes)
        found[(start.isoweekday(), _clock(start), _clock(end))] += 1
    ranked = sorted(found.items(), key=lambda item: (-item[1], item[0]))
    return tuple(Slot(w, s, e, n) for (w, s, e), n in ranked[:MAX_SLOTS])
