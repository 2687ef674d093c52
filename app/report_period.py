"""The period a report covers: a month, a quarter, a year, or any from/to range of days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"  # any two days: a free range keeps no folded figures


MAX_DAYS = 366 * 20  # a range longer than this is a typing slip, not a report


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    first: date
    last: date  # inclusive

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        first = date(year, month, 1)
        return cls(PeriodKind.MONTH, first, _next_month(first) - timedelta(days=1))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValueError("quarter")
        first = date(year, 3 * quarter - 2, 1)
        after = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
        return cls(PeriodKind.QUARTER, first, after - timedelta(days=1))

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(PeriodKind.YEAR, date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def between(cls, first: date, last: date) -> Period:
        if last < first or (last - first).days > MAX_DAYS:
            raise ValueError("range")
        return cls(PeriodKind.RANGE, first, last)

    @property
    def key(self) -> str | None:
        """The name folded figures are kept under; a free range has none."""
        if self.kind is PeriodKind.YEAR:
            return f"{self.first.year:04d}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.first.year:04d}-Q{(self.first.month + 2) // 3}"
        if self.kind is PeriodKind.MONTH:
            return f"{self.first.year:04d}-{self.first.month:02d}"
        return None

    @property
    def after_last(self) -> date:
        return self.last + timedelta(days=1)

    def bounds(self) -> tuple[str, str]:
        """[first, after last) as the text meetings' starts_at compare with."""
        return self.first.isoformat(), self.after_last.isoformat()

    def months(self) -> list[date]:
        """The first day of every month the period touches."""
        found, month = [], self.first.replace(day=1)
        while month <= self.last:
            found.append(month)
            month = _next_month(month)
        return found

    def contains(self, day: str) -> bool:
        return self.first.isoformat() <= day[:10] <= self.last.isoformat()


def _next_month(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def whole_periods_of_year(year: int) -> list[Period]:
    """The year, its quarters and its months: every preset a report may be asked for."""
    return (
        [Period.year(year)]
        + [Period.quarter(year, q) for q in range(1, 5)]
        + [Period.month(year, m) for m in range(1, 13)]
    )
