"""The Members area's feedback line takes room only while it says something: one pane at a
time on a netbook in very large text, an empty one kept a strip under the scrolling form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers import type_text
from tests.helpers.screens import members_screen


def _bottom_gap(screen) -> int:
    under = screen.splitter
    return screen.height() - under.mapTo(screen, under.rect().bottomLeft()).y() - 1


def test_the_form_gets_the_room_of_an_empty_feedback_line(qtbot, ui_ctx, demo_group) -> None:
    screen = members_screen(qtbot, ui_ctx, demo_group)
    screen.resize(700, 420)
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    screen.table.selectRow(0)
    screen.open_form()
    QApplication.processEvents()
    assert screen.form.isVisible()
    assert _bottom_gap(screen) == 0

    screen.form.phone_edit.clear()
    type_text(screen.form.phone_edit, "07 11 22 33 44")
    qtbot.keyClick(screen.form.phone_edit, Qt.Key.Key_Return)
    assert screen.feedback_label.isVisible()
    assert screen.feedback_label.text() == "Saved. Ctrl+Z undoes it."
    QApplication.processEvents()
    assert _bottom_gap(screen) > screen.feedback_label.height() // 2

    screen.table.selectRow(0)
    screen.open_form()
    qtbot.keyClick(screen.form.phone_edit, Qt.Key.Key_Escape)  # cancel: the line is cleared
    assert not screen.feedback_label.isVisible()


def test_saved_is_said_of_the_member_saved_not_of_the_next_one(qtbot, ui_ctx, demo_group) -> None:
    screen = members_screen(qtbot, ui_ctx, demo_group)
    screen.table.selectRow(0)
    screen.open_form()
    type_text(screen.form.phone_edit, "07 11 22 33 44")
    qtbot.keyClick(screen.form.phone_edit, Qt.Key.Key_Return)
    assert screen.feedback_label.text() == "Saved. Ctrl+Z undoes it."
    screen.table.selectRow(0)  # the same member again: what was said still holds
    assert screen.feedback_label.text() == "Saved. Ctrl+Z undoes it."
    screen.table.selectRow(1)
    assert screen.form.member is not None and screen.feedback_label.text() == ""
    assert not screen.feedback_label.isVisible()
