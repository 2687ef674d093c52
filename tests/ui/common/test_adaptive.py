"""Panes side by side when there is room, stacked otherwise, with the list first; rows of
buttons that wrap."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ui.common.adaptive import ActionRow, AdaptiveSplitter


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


def test_a_row_of_buttons_measures_again_after_each_change(qtbot) -> None:
    """The row keeps its heights per width: a longer text, a hidden button or a larger font
    is measured anew, never answered from before."""
    buttons = [QPushButton(f"Button {n}") for n in range(4)]
    row = ActionRow(buttons)
    qtbot.addWidget(row)
    row.show()
    qtbot.waitExposed(row)
    flow = row.flow
    width = sum(b.sizeHint().width() for b in buttons) + 3 * flow.spacing()
    one_line = flow.heightForWidth(width)
    assert flow.heightForWidth(width) == one_line  # asked again: the same
    buttons[0].setText("A much longer text that takes a line of its own")
    assert flow.heightForWidth(width) > one_line
    buttons[0].hide()
    assert flow.heightForWidth(width) == one_line
    font = buttons[1].font()
    font.setPointSize(font.pointSize() * 3)
    buttons[1].setFont(font)
    assert flow.heightForWidth(width) > one_line
