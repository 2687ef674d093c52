"""On a screen too short to stack the roster above the form (a netbook, large text), the Members
area shows one at a time: the list, and the member's form when the host opens one."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.helpers import type_text
from tests.helpers.screens import members_screen
from ui.roster.members_screen import MembersScreen

SHORT = (700, 420)  # narrow and short: stacked panes would leave the roster a row or two


def _short_screen(qtbot, ui_ctx, demo_group) -> MembersScreen:
    screen = members_screen(qtbot, ui_ctx, demo_group)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.resize(*SHORT)
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    return screen


def _click_row(qtbot, screen: MembersScreen, pseudonym: str) -> None:
    proxy = screen.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == pseudonym)
    rect = screen.table.visualRect(proxy.index(row, 0))
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_short_screen_shows_the_roster_alone_with_room_for_rows(qtbot, ui_ctx, demo_group):
    screen = _short_screen(qtbot, ui_ctx, demo_group)
    assert screen.table.isVisible() and not screen.form.isVisible()
    # Beside the title, the way back shows only with the form; the count, only with the list.
    assert screen.count_label.isVisible() and not screen.splitter.back_button.isVisible()
    rows = screen.table.viewport().height() // screen.table.rowHeight(0)
    assert rows >= 5  # stacked above the form, it kept one or two
    screen.resize(1200, 700)  # room for both again: side by side, no way back needed
    qtbot.waitUntil(lambda: not screen.splitter.one_at_a_time)
    assert screen.table.isVisible() and screen.form.isVisible()
    assert not screen.splitter.back_button.isVisible()


def test_a_click_opens_the_member_and_saving_goes_back_to_the_list(qtbot, ui_ctx, demo_group):
    screen = _short_screen(qtbot, ui_ctx, demo_group)
    _click_row(qtbot, screen, "Nadia")
    assert screen.form.isVisible() and not screen.table.isVisible()
    assert screen.splitter.back_button.isVisible() and not screen.count_label.isVisible()
    assert screen.form.pseudonym_edit.text() == "Nadia"
    # Not the next widget after the hidden list, the back button: the member just opened.
    assert screen.form.pseudonym_edit.hasFocus()
    screen.form.phone_edit.clear()
    type_text(screen.form.phone_edit, "07 11 22 33 44")
    qtbot.keyClick(screen.form.phone_edit, Qt.Key.Key_Return)
    assert screen.table.isVisible() and not screen.form.isVisible()
    assert screen.table.hasFocus()
    assert screen.table.currentIndex().data() == "Nadia"
    nadia = next(m for m in demo_group.roster.members() if m.pseudonym == "Nadia")
    assert nadia.phone == "07 11 22 33 44"


def test_keys_open_the_form_and_come_back(qtbot, ui_ctx, demo_group):
    screen = _short_screen(qtbot, ui_ctx, demo_group)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)  # arrows browse the list, the form stays out
    assert not screen.form.isVisible()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert screen.form.pseudonym_edit.hasFocus()
    qtbot.keyClick(screen.form.pseudonym_edit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert screen.table.isVisible() and screen.table.hasFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.form.pseudonym_edit.hasFocus() and screen.form.member is None
    qtbot.keyClick(screen.form.pseudonym_edit, Qt.Key.Key_Escape)  # nothing typed: back
    assert screen.table.hasFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Space)  # as in Resources and Sessions
    assert screen.form.pseudonym_edit.hasFocus()
    qtbot.keyClick(screen.form.pseudonym_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.search_edit.hasFocus()  # Find shows the list it searches


def test_the_back_button_keeps_typed_changes(qtbot, ui_ctx, demo_group):
    screen = _short_screen(qtbot, ui_ctx, demo_group)
    _click_row(qtbot, screen, "Nadia")
    type_text(screen.form.phone_edit, " 99")
    back = screen.splitter.back_button
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton, pos=QPoint(5, back.height() // 2))
    assert screen.table.isVisible()
    _click_row(qtbot, screen, "Nadia")
    assert screen.form.phone_edit.text().endswith(" 99")  # nothing lost by looking at the list


def test_a_resize_keeps_the_form_the_host_is_typing_in(qtbot, ui_ctx, demo_group):
    screen = members_screen(qtbot, ui_ctx, demo_group)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.new_member()
    type_text(screen.form.pseudonym_edit, "Gaëlle")
    screen.resize(*SHORT)
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    assert screen.form.isVisible() and screen.form.pseudonym_edit.hasFocus()


def test_typed_changes_keep_the_list_on_their_member(qtbot, ui_ctx, demo_group):
    screen = _short_screen(qtbot, ui_ctx, demo_group)
    _click_row(qtbot, screen, "Nadia")
    type_text(screen.form.phone_edit, " 99")
    qtbot.keyClick(screen.form.phone_edit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    _click_row(qtbot, screen, "Camille")
    # The form still holds Nadia's unsaved changes: the list says so, not "Camille".
    assert screen.form.phone_edit.text().endswith(" 99")
    assert screen.form.member is not None and screen.form.member.pseudonym == "Nadia"
    assert screen.table.currentIndex().data() == "Nadia"
