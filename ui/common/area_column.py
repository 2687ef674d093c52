"""The column an area of the group screen lays its parts in."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget


def area_column(area: QWidget, *parts: QWidget | QLayout, grows: QWidget) -> QVBoxLayout:
    """Lays `parts` out on `area` one under the other, `grows` taking the height left. Without
    margins: the group screen gives every area its own, the same for each."""
    column = QVBoxLayout(area)
    column.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part, 1 if part is grows else 0)
    return column


def tab_after(*widgets: QWidget) -> None:
    """Tab goes from each of `widgets` to the next: for rows laid out above a part that was made
    first (in its parent, to be styled once), which Qt's order, the order of making, puts first."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
