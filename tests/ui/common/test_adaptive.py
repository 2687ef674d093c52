"""Panes side by side when there is room, stacked otherwise, with the list first."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.common.adaptive import AdaptiveSplitter


def _pane(width: int) -> QWidget:
    pane = QWidget()
    pane.setMinimumSize(QSize(width, 60))
    return pane


def _stacking_screen(qtbot, size: QSize) -> tuple[QWidget, QWidget, QWidget, AdaptiveSplitter]:
    screen = QWidget()  # as in the app: the splitter inside a screen's layout
    qtbot.addWidget(screen)
    splitter = AdaptiveSplitter()
    table, form = _pane(500), _pane(450)
    splitter.addWidget(table)
    splitter.addWidget(form)
    QVBoxLayout(screen).addWidget(splitter)
    screen.resize(size)
    screen.show()
    qtbot.waitExposed(screen)
    return screen, table, form, splitter


def test_stacked_panes_leave_most_of_the_height_to_the_list(qtbot) -> None:
    screen, table, form, splitter = _stacking_screen(qtbot, QSize(1400, 400))
    assert splitter.orientation() == Qt.Orientation.Horizontal
    screen.resize(700, 400)  # a netbook: no room for both side by side
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Vertical)
    # The roster a host searches keeps more than two thirds; the form below scrolls.
    assert table.height() > 2 * (table.height() + form.height()) // 3


def test_stacked_panes_below_the_list_get_their_minimum_height(qtbot) -> None:
    _screen, table, form, splitter = _stacking_screen(qtbot, QSize(700, 500))
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Vertical)
    # A netbook's roster showed three rows when the form took a share of the height: the form
    # scrolls, so it gets what it needs to show a field and the list gets the rest.
    assert form.height() == form.minimumHeight()
    assert table.height() > 5 * form.height()
