"""The widgets of a QFormLayout's rows, for screens that relabel their rows at a language change."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def row_label(form: QFormLayout, row: int) -> QLabel:
    """The label made by addRow(text, field) for that row."""
    item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
    label = item.widget() if item is not None else None
    assert isinstance(label, QLabel), f"form row {row} has no label"
    return label


def row_field(form: QFormLayout, row: int) -> QWidget | None:
    """The row's field widget; None when the field is a layout."""
    item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
    return item.widget() if item is not None else None
