"""Stored ISO dates shown in the user's locale."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime


def short_date(iso: str | None) -> str:
    """ "2026-11-25" (or a date-time) as the locale's short date; empty when unset."""
    if not iso:
        return ""
    day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)


_MINUTE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})")


def stored_minute(iso: str) -> QDateTime:
    """A stored meeting time ("2026-11-25T19:30") as a local QDateTime, invalid when it is not
    one. Read by hand: Qt's own reading with a format string costs half a millisecond a call,
    which a list of ten years of meetings (the circle's set-up) paid at every fill."""
    found = _MINUTE.fullmatch(iso)
    if found is None:
        return QDateTime()
    year, month, day, hour, minute = (int(part) for part in found.groups())
    day_part, time_part = QDate(year, month, day), QTime(hour, minute)
    if not (day_part.isValid() and time_part.isValid()):
        return QDateTime()
    return QDateTime(day_part, time_part)


# Qt converts Python dates implicitly, but only at run time: these say it to the type checker too.
def session_label(starts_at: str) -> str:
    """A meeting as a host names it: its date and time in the user's language."""
    moment = stored_minute(starts_at[:16])
    if not moment.isValid():
        return ""
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


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
