"""Form and grid layouts: building a grid row by row, a form row whose label follows the
language, and reaching the widgets of a QFormLayout's rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QLayout, QWidget

from ui.common.capped_line import LineCap
from ui.common.plain_text import PlainLabel

if TYPE_CHECKING:
    from ui.common.retranslate import Retranslating


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


def translated_row(
    screen: Retranslating,
    form: QFormLayout,
    text: Callable[[], str],
    field: QWidget,
    *,
    row: QLayout | None = None,
    name_field: bool = False,
) -> QLabel:
    """Adds a row to `form`: a label saying `text()` now and at each language change (see
    Retranslating.translated), `field` its buddy, laid out in `row` where the field shares its
    line. With `name_field`, the field's accessible name is the label's words."""
    label = PlainLabel()
    screen.translated(label.setText, text)
    label.setBuddy(field)
    if name_field:
        screen.translated(field.setAccessibleName, spoken_text(text))
    cap = field.findChild(LineCap) if row is None else None
    if cap is not None:
        # Its line under it: a text over its cap says so there, and only there.
        form.addRow(label, cap.column())
    elif row is None:
        form.addRow(label, field)
    else:
        form.addRow(label, row)
    return label


def spoken_text(text: Callable[[], str]) -> Callable[[], str]:
    """`text`, a label's, as its field's accessible name (see spoken)."""
    return lambda: spoken(text())


def spoken(label_text: str) -> str:
    """A label's words as a field's accessible name: without the shortcut mark, and without the
    colon and the space before it (a non-breaking one in French, read out by screen readers)."""
    return label_text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": \u00a0")


def hold_wrapped_heights(labels: list[QLabel]) -> None:
    """Word-wrapped labels in a form: the dialog's minimum size does not ask them for their
    height at their width, so they were cut to one line. Each keeps the height its lines need."""
    for label in labels:
        if label.isVisibleTo(label.parentWidget() or label) and label.width() > 0:
            label.setMinimumHeight(label.heightForWidth(label.width()) if label.text() else 0)
