"""Stored ISO dates shown in the user's locale."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt


def short_date(iso: str | None) -> str:
    """ "2026-11-25" (or a date-time) as the locale's short date; empty when unset."""
    if not iso:
        return ""
    day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)
