"""On a screen too short to stack the meetings above the selected one's panel and actions (a
netbook, large text), the Sessions area shows one at a time: the tables, and the meeting's
panel when the host opens one; Enter and a double click still open the editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from i18n.widget_lists import top_level_widgets
from tests.helpers import answer_box
from ui.sessions.session_editor import SessionEditor
from ui.sessions.sessions_screen import SessionsScreen

SHORT = (600, 400)  # narrow and short: stacked panes would leave the tables a row or two


@pytest.fixture
def screen(short_double_click, sessions_screen) -> SessionsScreen:
    sessions_screen.activateWindow()
    sessions_screen.resize(*SHORT)
    return sessions_screen


def _row_centre(screen: SessionsScreen, row: int) -> QPoint:
    return screen.upcoming_table.visualRect(screen.upcoming.index(row, 1)).center()


def _reading(screen: SessionsScreen) -> bool:
    return screen.panel.isVisible() and not screen.tabs.isVisible()


def test_a_short_screen_shows_the_tables_alone(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    assert screen.upcoming_table.isVisible() and not screen.panel.isVisible()
    assert not screen.edit_button.isVisible()  # the meeting's actions go with its panel
    rows = screen.upcoming_table.viewport().height() // screen.upcoming_table.rowHeight(0)
    assert rows >= 5
    screen.resize(1200, 700)  # room for both again: side by side, no way back needed
    qtbot.waitUntil(lambda: not screen.splitter.one_at_a_time)
    assert screen.upcoming_table.isVisible() and screen.panel.isVisible()
    assert screen.edit_button.isVisible() and not screen.splitter.back_button.isVisible()


def test_a_click_shows_the_meeting_and_the_back_button_returns_to_it(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    qtbot.mouseClick(
        screen.upcoming_table.viewport(), Qt.MouseButton.LeftButton, pos=_row_centre(screen, 1)
    )
    qtbot.waitUntil(lambda: _reading(screen))  # after the double-click interval
    chosen = screen.selected()
    assert chosen is not None and chosen.theme in screen.panel.label.text()
    assert screen.panel.label.hasFocus()  # not the back button: the meeting just opened
    assert screen.edit_button.isVisible() and screen.splitter.back_button.isVisible()
    back = screen.splitter.back_button
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton, pos=QPoint(5, back.height() // 2))
    assert screen.upcoming_table.isVisible() and screen.upcoming_table.hasFocus()
    assert screen.selected() == chosen


def test_keys_open_the_meeting_and_come_back(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    table = screen.upcoming_table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # arrows browse the list, it stays
    assert table.isVisible() and screen.selected() is not None
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert _reading(screen) and screen.panel.label.hasFocus()
    qtbot.keyClick(screen.panel.label, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert table.isVisible() and table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # the Past tab
    assert screen.past_table.isVisible()
    screen.past_table.setFocus()
    qtbot.keyClick(screen.past_table, Qt.Key.Key_Down)
    qtbot.keyClick(screen.past_table, Qt.Key.Key_Space)
    assert _reading(screen) and screen.panel.session == screen.selected()
    qtbot.keyClick(screen.panel.label, Qt.Key.Key_Escape)  # nothing to cancel: Esc goes back
    assert screen.past_table.isVisible() and screen.past_table.hasFocus()


def test_enter_and_a_double_click_still_open_the_editor(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    table = screen.upcoming_table
    viewport, pos = table.viewport(), _row_centre(screen, 0)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)  # a double click's events
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=pos)
    editors = [w for w in top_level_widgets() if isinstance(w, SessionEditor)]
    assert [e.isVisible() for e in editors] == [True]
    interval = QApplication.styleHints().mouseDoubleClickInterval()
    with qtbot.assertNotEmitted(screen.splitter.detail_shown, wait=interval + 100):
        pass
    editors[0].reject()
    assert table.isVisible() and not screen.panel.isVisible()
    with qtbot.waitActive(screen):  # offscreen Qt does not reactivate after a modal
        screen.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert screen.editor is not None and screen.editor.isVisible()
    screen.editor.reject()


def test_deleting_the_meeting_read_returns_to_the_tables(qtbot, screen) -> None:
    """Not to the next meeting, shown unseen with the focus still on Delete…"""
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    table = screen.upcoming_table
    table.setFocus()
    table.setCurrentIndex(screen.upcoming.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _reading(screen))
    read = screen.selected()
    assert read is not None
    answer_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    assert screen.group.sessions.get(read.id) is None
    assert screen.upcoming_table.isVisible() and not screen.panel.isVisible()


def test_reading_a_meeting_gives_it_the_planning_buttons_room(qtbot, screen) -> None:
    """New, from a format and series plan other meetings: hidden while one is read, back with
    the list, and there side by side."""
    planning = (screen.new_button, screen.formats_button, screen.series_button)
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    table = screen.upcoming_table
    table.setFocus()
    table.setCurrentIndex(screen.upcoming.index(0, 0))
    assert all(b.isVisible() for b in planning)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert _reading(screen)
    assert not any(b.isVisible() for b in planning)
    assert screen.attendance_button.isVisible() and screen.run_button.isVisible()  # this one's
    screen.resize(1200, 700)  # side by side while reading: everything again
    qtbot.waitUntil(lambda: not screen.splitter.one_at_a_time)
    assert all(b.isVisible() for b in planning)
    screen.resize(*SHORT)
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    qtbot.keyClick(screen.panel.label, Qt.Key.Key_Escape)
    assert table.isVisible() and all(b.isVisible() for b in planning)
