"""area_column: an area's parts one under the other, edge to edge, one of them growing."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ui.common.area_column import area_column


def test_the_growing_part_takes_the_height_left(qtbot: QtBot) -> None:
    area = QWidget()
    qtbot.addWidget(area)
    title, listed, note = QLabel("Title"), QLabel("The list"), QLabel("Note")
    row = QHBoxLayout()
    row.addWidget(QLabel("In a row"))
    column = area_column(area, title, row, listed, note, grows=listed)
    area.resize(300, 600)
    area.show()
    qtbot.waitExposed(area)
    assert column.contentsMargins().top() == column.contentsMargins().left() == 0
    assert title.geometry().top() == 0 and title.geometry().left() == 0
    assert title.geometry().bottom() < row.geometry().top()
    assert row.geometry().bottom() < listed.geometry().top() < note.geometry().top()
    assert note.geometry().bottom() == 599  # down to the edge
    assert listed.height() > 400  # the room left: the labels would share it alike
    assert title.height() < 100 and note.height() < 100
