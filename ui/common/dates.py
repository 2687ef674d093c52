"""Stored ISO dates shown in the user's locale."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime


def short_date(iso: str | None) -> str:
    """ "2026-11-25" (or a date-time) as the locale's short date; empty when unset."""
    if not iso:
        return ""
    day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)


# Qt converts Python dates implicitly, but only at run time: these say it to the type checker too.
def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000)


def to_qdatetime(moment: datetime) -> QDateTime:
    """A naive local date-time, as the app stores meeting times (never a time zone)."""
    return QDateTime(to_qdate(moment.date()), to_qtime(moment.time()))


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def to_time(moment: QTime) -> time:
    return time(moment.hour(), moment.minute(), moment.second(), moment.msec() * 1000)


def to_datetime(moment: QDateTime) -> datetime:
    return datetime.combine(to_date(moment.date()), to_time(moment.time()))
