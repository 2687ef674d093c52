"""Retention: "keep who came for N months". Older per-person attendance and circle timings are
folded into per-meeting counts, so that every report of a month, a quarter or a year reads the
same before and after.

Folding goes by whole calendar years: the cut-off is 1 January of the year in which "N months ago"
falls, so who came is kept for at least N months, and every folded month, quarter and year keeps
its figures whole. A free from/to range over folded meetings can no longer count who came back or
who came regularly: the report says so."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from app import group_settings
from app.report_period import Period, whole_periods_of_year
from app.reports import people_figures
from storage import reports as source
from storage import retention as store
from storage.database import Database
from storage.records import SessionStatus
from storage.retention import FoldCounts

__all__ = ["FoldCounts", "FoldPlan", "RetentionService", "cutoff_for"]


@dataclass(frozen=True)
class FoldPlan:
    cutoff: date | None  # None: the group keeps who came for ever
    counts: FoldCounts

    @property
    def has_work(self) -> bool:
        return self.cutoff is not None and not self.counts.empty


def cutoff_for(today: date, months: int) -> date | None:
    if months == group_settings.KEEP_ALWAYS:
        return None
    back = today.year * 12 + (today.month - 1) - months
    return date(back // 12, 1, 1)


class RetentionService:
    def __init__(self, db: Database, before_risky_change: Callable[[str], None]) -> None:
        self._db = db
        self._before_risky_change = before_risky_change

    def plan(self, today: date) -> FoldPlan:
        months = group_settings.load(self._db).retention_months
        cutoff = cutoff_for(today, months)
        if cutoff is None:
            return FoldPlan(None, FoldCounts(0, 0, 0))
        return FoldPlan(cutoff, store.pending(self._db, cutoff.isoformat()))

    def fold(self, today: date) -> FoldCounts:
        """After the host saw the plan: a verified backup (or nothing happens), then one
        transaction that keeps the figures and removes the rows."""
        plan = self.plan(today)
        if not plan.has_work or plan.cutoff is None:
            return FoldCounts(0, 0, 0)
        self._before_risky_change("retention")
        with self._db.transaction():
            self._keep_figures(plan.cutoff)
            return store.fold_before(self._db, plan.cutoff.isoformat())

    def _keep_figures(self, cutoff: date) -> None:
        years = source.meeting_years(self._db)
        if years is None:
            return
        kept = store.periods_kept(self._db)
        for year in range(years[0], cutoff.year):
            todo = [p for p in whole_periods_of_year(year) if p.key not in kept]
            if todo:
                self._keep_year(year, todo)

    def _keep_year(self, year: int, periods: list[Period]) -> None:
        """One read of the year, then each of its periods counted from it."""
        first, after = Period.year(year).bounds()
        held = [
            m for m in source.meetings(self._db, first, after) if m.status == SessionStatus.HELD
        ]
        if any(m.folded for m in held):
            return  # folded before without its figures (cannot be counted again)
        presence = source.presence(self._db, first, after)
        firsts = source.first_meetings(self._db, first, after)
        for period in periods:
            inside = [m for m in held if period.contains(m.starts_at)]
            newcomers = {m for m, day in firsts.items() if period.contains(day)}
            figures = people_figures(inside, presence, newcomers)
            assert period.key is not None
            store.keep_period_figures(self._db, period.key, *figures)
