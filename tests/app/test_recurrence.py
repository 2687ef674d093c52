"""Dates of recurring series, month edge cases included."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.limits import date_range
from app.recurrence import (
    MAX_OCCURRENCES,
    Frequency,
    Recurrence,
    capped,
    dates,
    nth_weekday,
    week_of_month,
)


def test_weekly_series_counts_the_first_meeting() -> None:
    found = dates(Recurrence(date(2026, 1, 6), Frequency.WEEKLY, count=3))
    assert found == [date(2026, 1, 6), date(2026, 1, 13), date(2026, 1, 20)]


def test_every_two_weeks_until_a_date_includes_that_date() -> None:
    found = dates(Recurrence(date(2026, 1, 6), Frequency.BIWEEKLY, until=date(2026, 2, 3)))
    assert found == [date(2026, 1, 6), date(2026, 1, 20), date(2026, 2, 3)]


def test_monthly_second_tuesday_crosses_the_year() -> None:
    found = dates(Recurrence(date(2026, 11, 10), Frequency.MONTHLY_WEEKDAY, count=3))
    assert found == [date(2026, 11, 10), date(2026, 12, 8), date(2027, 1, 12)]
    assert all(d.weekday() == 1 and week_of_month(d) == 2 for d in found)


def test_fifth_tuesday_skips_months_without_one() -> None:
    # 2026: Tuesdays on the 29th/30th/31st in March, June, September, December.
    found = dates(Recurrence(date(2026, 3, 31), Frequency.MONTHLY_WEEKDAY, count=3))
    assert found == [date(2026, 3, 31), date(2026, 6, 30), date(2026, 9, 29)]


def test_fifth_weekday_in_february_of_a_leap_year() -> None:
    assert nth_weekday(2028, 2, 1, 5) == date(2028, 2, 29)  # Tuesday 29 February 2028
    assert nth_weekday(2027, 2, 1, 5) is None


def test_last_day_of_month_start() -> None:
    found = dates(Recurrence(date(2026, 1, 31), Frequency.MONTHLY_WEEKDAY, until=date(2026, 6, 1)))
    assert found == [date(2026, 1, 31), date(2026, 5, 30)]  # the 5th Saturday


def test_until_before_first_gives_nothing() -> None:
    assert dates(Recurrence(date(2026, 5, 5), Frequency.WEEKLY, until=date(2026, 5, 1))) == []


def test_a_series_is_capped_and_says_so() -> None:
    rule = Recurrence(date(2026, 1, 1), Frequency.WEEKLY, until=date(2099, 1, 1))
    found = dates(rule)
    assert len(found) == MAX_OCCURRENCES
    assert capped(rule)
    # Up to the cap exactly, the end date is reached: nothing to say.
    exactly = Recurrence(date(2026, 1, 1), Frequency.WEEKLY, until=found[-1])
    assert len(dates(exactly)) == MAX_OCCURRENCES and not capped(exactly)
    assert not capped(Recurrence(date(2026, 1, 1), Frequency.WEEKLY, count=MAX_OCCURRENCES))
    assert capped(Recurrence(date(2026, 1, 1), Frequency.WEEKLY, count=MAX_OCCURRENCES + 1))


def test_a_series_needs_an_end() -> None:
    with pytest.raises(ValueError):
        dates(Recurrence(date(2026, 1, 1), Frequency.WEEKLY))


@pytest.mark.parametrize("frequency", list(Frequency))
def test_a_series_stops_at_the_last_day_a_meeting_may_be_planned(frequency: Frequency) -> None:
    """Past it, the gate refuses the meeting; at the calendar's end (9999), the next date was an
    OverflowError in the dialog's preview."""
    last = date_range("sessions", "starts_at")[1]
    near_end = dates(Recurrence(last - timedelta(days=20), frequency, count=104))
    assert near_end and max(near_end) <= last
    assert dates(Recurrence(date(9999, 12, 20), frequency, count=10)) == []
