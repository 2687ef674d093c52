"""Date fields take no day the handover gate refuses (app/limits.py); texts are capped in
capped_line.py and capped_text.py."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateTimeEdit

from app.limits import date_range
from ui.common.dates import to_qdate

DateField = TypeVar("DateField", bound=QDateTimeEdit)


def bounded(
    edit: DateField, table: str, column: str, *, earliest: QDate | None = None
) -> DateField:
    """`earliest`: a field's own first day (the "not set" day of the member form's)."""
    first, last = date_range(table, column)
    edit.setDateRange(earliest or to_qdate(first), to_qdate(last))
    return edit


def keeping(edit: QDateTimeEdit, day: QDate) -> None:
    """A stored day outside the field's range (from a vault older than the gate) is shown as it
    is, not moved to the nearest bound to be saved so unasked."""
    if day.isValid():
        edit.setDateRange(min(edit.minimumDate(), day), max(edit.maximumDate(), day))
