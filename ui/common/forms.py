"""Form and grid layouts: building a grid row by row, and reaching the widgets of a QFormLayout's
rows for screens that relabel them at a language change."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QWidget


def grid_of(rows: Sequence[Sequence[QWidget]]) -> QGridLayout:
    """A grid holding each row's widgets left to right, one row under the other."""
    grid = QGridLayout()
    for row, widgets in enumerate(rows):
        for column, widget in enumerate(widgets):
            grid.addWidget(widget, row, column)
    return grid


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


def relabel_rows(
    form: QFormLayout,
    texts: Sequence[str],
    fields: Sequence[QWidget | None] | None = None,
    *,
    name_fields: bool = False,
) -> None:
    """The rows' label texts at a language change, in row order. A label with a shortcut
    letter (&) gets its row's field (from `fields`, or the row's field widget) as its buddy,
    and with `name_fields` the field gets the label's words as its accessible name."""
    for row, text in enumerate(texts):
        label = row_label(form, row)
        label.setText(text)
        field = fields[row] if fields is not None else row_field(form, row)
        if field is not None and "&" in text:
            label.setBuddy(field)
            if name_fields:
                field.setAccessibleName(spoken(text))


def spoken(label_text: str) -> str:
    """A label's words as a field's accessible name: without the shortcut mark, and without the
    colon and the space before it (a non-breaking one in French, read out by screen readers)."""
    return label_text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": \u00a0")


def spoken_from(label_text: Callable[[], str]) -> Callable[[], str]:
    """`spoken`, for a label's text given to Retranslating.translated: the field's accessible
    name then follows the label at each language change."""
    return lambda: spoken(label_text())


def hold_wrapped_heights(labels: list[QLabel]) -> None:
    """Word-wrapped labels in a form: the dialog's minimum size does not ask them for their
    height at their width, so they were cut to one line. Each keeps the height its lines need."""
    for label in labels:
        if label.isVisibleTo(label.parentWidget() or label) and label.width() > 0:
            label.setMinimumHeight(label.heightForWidth(label.width()) if label.text() else 0)
