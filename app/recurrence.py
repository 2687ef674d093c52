"""Dates of a recurring series of meetings: pure functions, no storage, no Qt.

A monthly series repeats "the Nth <weekday> of the month" taken from the first date (the 2nd
Tuesday, the 5th Friday...). A month without a 5th such weekday is skipped rather than moved, so
that the group is never told a date that breaks the rule it knows.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.limits import date_range

MAX_OCCURRENCES = 104  # two years of weekly meetings: a typo in "until" cannot flood the list


class Frequency(StrEnum):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY_WEEKDAY = "monthly_weekday"


@dataclass(frozen=True)
class Recurrence:
    first: date
    frequency: Frequency
    count: int | None = None  # N meetings, the first one included ...
    until: date | None = None  # ... or every meeting up to this date, included


def week_of_month(day: date) -> int:
    """1 for the first such weekday of its month, up to 5."""
    return (day.day - 1) // 7 + 1


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The nth (1-5) given weekday (Monday=0) of a month, or None when that month has none."""
    first_weekday, days = calendar.monthrange(year, month)
    day = 1 + (weekday - first_weekday) % 7 + 7 * (n - 1)
    return date(year, month, day) if day <= days else None


def _candidates(rule: Recurrence) -> Iterator[date]:
    if rule.frequency is Frequency.MONTHLY_WEEKDAY:
        n, weekday = week_of_month(rule.first), rule.first.weekday()
        year, month = rule.first.year, rule.first.month
        while True:
            found = nth_weekday(year, month, weekday, n)
            if found is not None:
                yield found
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    step = timedelta(weeks=1 if rule.frequency is Frequency.WEEKLY else 2)
    day = rule.first
    while True:
        yield day
        day += step


def dates(rule: Recurrence) -> list[date]:
    """The meeting dates, first one included, capped at MAX_OCCURRENCES."""
    return _dates(rule, MAX_OCCURRENCES)


def capped(rule: Recurrence) -> bool:
    """True when the series asked for goes on past MAX_OCCURRENCES meetings, so that dates()
    stops short of its end date: the host is told before planning, not left to find a series
    that quietly ends two years early."""
    return len(_dates(rule, MAX_OCCURRENCES + 1)) > MAX_OCCURRENCES


def _dates(rule: Recurrence, most: int) -> list[date]:
    if rule.count is None and rule.until is None:
        raise ValueError("a series needs a count or an end date")
    limit = min(rule.count if rule.count is not None else most, most)
    # Never past the last day a meeting may be planned (nor past the calendar's end, year 9999).
    last = min(rule.until or date.max, date_range("sessions", "starts_at")[1])
    found: list[date] = []
    for day in _candidates(rule):
        if len(found) >= limit or day > last:
            break
        found.append(day)
    return found
