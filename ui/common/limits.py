"""Typed fields hold no more than the handover gate accepts (app/limits.py): text no longer
than its cap, a date no earlier or later than the gate takes."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QInputDialog, QLineEdit, QWidget

from app.limits import date_range, text_cap
from ui.common.dates import to_qdate

DateField = TypeVar("DateField", bound=QDateTimeEdit)


def capped(edit: QLineEdit, table: str, column: str) -> QLineEdit:
    edit.setMaxLength(text_cap(table, column))
    return edit


def ask_capped(
    parent: QWidget, title: str, label: str, text: str, table: str, column: str
) -> str | None:
    """QInputDialog.getText with its field capped as table.column is (None when cancelled):
    a format's name typed there took any length, and the next handover refused the group."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    field = dialog.findChild(QLineEdit)
    if field is not None:
        capped(field, table, column)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.deleteLater()
    return value if accepted else None


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
