"""Numbers and dates of a report in one language, through QLocale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def locale_for(language: str) -> QLocale:
    return QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)


class LocaleNumbers:
    def __init__(self, locale: QLocale) -> None:
        self.locale = locale

    def integer(self, value: int) -> str:
        return self.locale.toString(value)

    def decimal(self, value: float) -> str:
        return self.locale.toString(value, "f", 1)

    def day(self, value: date) -> str:
        # Spelled out: 03/04/2025 reads as two different days in London and in Montreal.
        return self.locale.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")

    def month(self, value: date) -> str:
        return self.locale.toString(QDate(value.year, value.month, 1), "MMM yy")
