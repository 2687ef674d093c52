"""On a screen too short to stack the resources above the reading pane (a netbook, large text),
the Resources area shows one at a time: the list, and the resource to read when the host opens
one; Enter and a double click still open the editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from i18n.widget_lists import top_level_widgets
from tests.helpers import answer_box
from tests.helpers.resources_window import when_modal
from ui.common.models import OBJECT_ROLE
from ui.resources.editor import ResourceEditor
from ui.resources.help_now import HelpNowDialog
from ui.resources.resources_screen import ResourcesScreen

SHORT = (500, 380)  # narrow and short: stacked panes would leave the list a row or two


@pytest.fixture
def screen(short_double_click, one_screen) -> ResourcesScreen:
    shown = one_screen(ResourcesScreen)
    shown.resize(*SHORT)
    return shown


def _row_centre(screen: ResourcesScreen, title: str) -> QPoint:
    proxy = screen.proxy
    row = next(
        r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(OBJECT_ROLE).title == title
    )
    return screen.table.visualRect(proxy.index(row, 0)).center()


def _click(qtbot, screen: ResourcesScreen, title: str) -> None:
    pos = _row_centre(screen, title)
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _reading(screen: ResourcesScreen) -> bool:
    return screen.detail.isVisible() and not screen.table.isVisible()


def test_a_short_screen_shows_the_list_alone_with_room_for_rows(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    assert screen.table.isVisible() and not screen.detail.isVisible()
    rows = screen.table.viewport().height() // screen.table.rowHeight(0)
    assert rows >= 3  # stacked above the reading pane, it kept one
    screen.resize(1200, 700)  # room for both again: side by side, no way back needed
    qtbot.waitUntil(lambda: not screen.splitter.one_at_a_time)
    assert screen.table.isVisible() and screen.detail.isVisible()
    assert not screen.splitter.back_button.isVisible()


def test_a_click_shows_the_resource_and_the_back_button_returns_to_its_row(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    _click(qtbot, screen, "SAMU — 15")
    qtbot.waitUntil(lambda: _reading(screen))  # after the double-click interval
    assert "SAMU" in screen.detail.toPlainText()
    assert screen.detail.hasFocus()  # not the back button: the text just opened, to scroll
    assert screen.splitter.back_button.isVisible()
    back = screen.splitter.back_button
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton, pos=QPoint(5, back.height() // 2))
    assert screen.table.isVisible() and screen.table.hasFocus()
    assert screen.selected_resource().title == "SAMU — 15"


def test_keys_read_a_resource_and_come_back(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)  # arrows browse the list, it stays
    assert screen.table.isVisible()
    chosen = screen.selected_resource().title
    qtbot.keyClick(screen.table, Qt.Key.Key_Space)
    assert _reading(screen) and screen.detail.hasFocus()
    assert chosen.split(" ")[0] in screen.detail.toPlainText()
    qtbot.keyClick(screen.detail, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert screen.table.hasFocus() and screen.selected_resource().title == chosen
    qtbot.keyClick(screen.table, Qt.Key.Key_Space)
    qtbot.keyClick(screen.detail, Qt.Key.Key_Escape)  # a text to read: Esc goes back too
    assert screen.table.hasFocus() and screen.selected_resource().title == chosen
    qtbot.keyClick(screen.table, Qt.Key.Key_Space)
    qtbot.keyClick(screen.detail, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.table.isVisible() and screen.search_box.hasFocus()  # Find shows the list


def test_typing_a_search_while_reading_brings_the_results_back(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    _click(qtbot, screen, "SAMU — 15")
    qtbot.waitUntil(lambda: _reading(screen))
    qtbot.mouseClick(screen.search_box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.search_box, "amitie")
    assert screen.table.isVisible() and screen.search_box.hasFocus()
    assert screen.search_box.text() == "amitie"  # the list's focus took no keystroke
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Down)
    assert screen.table.hasFocus() and screen.selected_resource().title == "SOS Amitié"


def test_enter_and_a_double_click_still_open_the_editor(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    edited: list[str] = []

    def look(dialog) -> None:
        if isinstance(dialog, ResourceEditor):  # else a test's after this one: not ours
            edited.append(dialog.title_edit.text())
            dialog.reject()

    when_modal(qtbot, look)
    pos = _row_centre(screen, "SAMU — 15")
    viewport = screen.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)  # a double click's events
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=pos)
    assert edited == ["SAMU — 15"]
    # The double click's first click waited, then let the editor be: the list stays.
    interval = QApplication.styleHints().mouseDoubleClickInterval()
    with qtbot.assertNotEmitted(screen.splitter.detail_shown, wait=interval + 100):
        pass
    assert screen.table.isVisible() and not screen.detail.isVisible()
    when_modal(qtbot, look)
    with qtbot.waitActive(screen):  # offscreen Qt does not reactivate after a modal
        screen.activateWindow()
    screen.table.setFocus()
    qtbot.waitUntil(screen.table.hasFocus)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert edited == ["SAMU — 15", "SAMU — 15"] and screen.table.isVisible()


def test_printing_and_help_now_work_while_reading(qtbot, group_screen) -> None:
    from ui.resources.handout_dialog import HandoutDialog

    group_screen.show_area("resources")
    group_screen.resize(700, 420)
    screen = group_screen.screens["resources"]
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    _click(qtbot, screen, "SAMU — 15")
    qtbot.waitUntil(lambda: _reading(screen))
    seen: list[str] = []

    def check(dialog) -> None:
        assert isinstance(dialog, HandoutDialog)
        seen.append(dialog.preview.toPlainText())
        dialog.reject()

    when_modal(qtbot, check)
    qtbot.keyClick(screen.detail, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen and "SAMU" in seen[0]
    with qtbot.waitActive(group_screen):  # offscreen Qt does not reactivate after a modal
        group_screen.activateWindow()
    qtbot.keyClick(screen.detail, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: any(isinstance(w, HelpNowDialog) and w.isVisible() for w in top_level_widgets())
    )
    dialog = next(w for w in top_level_widgets() if isinstance(w, HelpNowDialog))
    assert "15" in [label.text() for label in dialog.findChildren(QLabel, "phone")]
    dialog.close()
    assert _reading(screen)  # the host is back where they were


def _read_first(qtbot, screen: ResourcesScreen) -> None:
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _reading(screen))


def test_deleting_the_resource_read_from_its_editor_returns_to_the_list(qtbot, screen) -> None:
    """Not an empty pane saying to choose in a list that is not there."""
    _read_first(qtbot, screen)
    read = screen.selected_resource()
    assert read is not None

    def delete(dialog) -> None:
        assert isinstance(dialog, ResourceEditor)
        answer_box(QMessageBox.StandardButton.Yes)
        dialog.delete_button.click()

    when_modal(qtbot, delete)
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.table.isVisible())
    assert read.id not in {r.id for r in screen.group.resources.resources()}
    assert not screen.detail.isVisible()


def test_a_category_that_leaves_out_the_resource_read_shows_the_list(qtbot, screen) -> None:
    _read_first(qtbot, screen)
    read = screen.selected_resource()
    assert read is not None
    combo = screen.category_filter
    other = next(i for i in range(1, combo.count()) if combo.itemData(i) != read.category)
    combo.setFocus()
    combo.setCurrentIndex(other)
    assert screen.table.isVisible() and not screen.detail.isVisible()
    assert combo.hasFocus()  # the host goes on choosing a category


def test_a_resource_read_on_a_short_screen_has_the_way_back_by_the_title_and_opens_at_its_top(
    qtbot, ui_ctx, demo_group
) -> None:
    """Made short, as on a netbook in very large text: the reading pane was first shown one
    pane at a time (it opened scrolled to its last lines), and the back button took a line of
    its own above the text."""
    screen = ResourcesScreen(ui_ctx, demo_group)
    qtbot.addWidget(screen)
    screen.resize(460, 300)  # the resource read is longer than its pane
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.isActiveWindow() and screen.splitter.one_at_a_time)
    first = screen.proxy.index(0, 0).data(OBJECT_ROLE)
    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _reading(screen))
    back, title = screen.splitter.back_button, screen.title_label
    assert back.isVisible()

    def middle(widget) -> int:
        return widget.mapTo(screen, QPoint(0, widget.height() // 2)).y()

    assert abs(middle(back) - middle(title)) <= 2  # on the title's line, not one of its own
    bar = screen.detail.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # laid out, and longer than the pane
    assert bar.value() == 0
    top = screen.detail.cursorForPosition(QPoint(4, 4)).block().text()
    assert top and top in first.title
