"""A newcomer checked in at the door is known at once in every area: Members, Sessions and the
sharing circle's set-up, even when that set-up was already on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers import type_text
from tests.helpers.windows import wait_shown
from ui.roster.checkin import CheckInDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_newcomer_checked_in_reaches_every_area(qtbot, demo_window) -> None:
    group_screen = demo_window.group_screen
    setup = group_screen.screens["circle"].setup
    qtbot.keyClick(group_screen, Qt.Key.Key_3, CTRL)  # the circle's set-up is current
    assert setup.roster_combo.findText("Zoé") < 0
    qtbot.keyClick(group_screen, Qt.Key.Key_2, CTRL)
    members = group_screen.screens["members"]
    session_id = members.session_combo.currentData()
    qtbot.mouseClick(members.checkin_button, Qt.MouseButton.LeftButton)
    dialog = wait_shown(qtbot, CheckInDialog)
    assert dialog.session_id == session_id
    type_text(dialog.newcomer_edit, "Zoé")
    qtbot.keyClick(dialog.newcomer_edit, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    qtbot.waitUntil(
        lambda: "Zoé" in [members.proxy.index(r, 0).data() for r in range(members.proxy.rowCount())]
    )
    qtbot.keyClick(group_screen, Qt.Key.Key_1, CTRL)
    sessions = group_screen.screens["sessions"]
    assert sessions.selected().id == session_id
    assert "1 member present" in sessions.panel.label.text()
    qtbot.keyClick(group_screen, Qt.Key.Key_3, CTRL)
    assert setup.roster_combo.findText("Zoé") >= 0
    setup.session_combo.setCurrentIndex(setup.session_combo.findData(session_id))
    qtbot.mouseClick(setup.attendance_button, Qt.MouseButton.LeftButton)
    assert [s.label for s in setup.speakers()] == ["Zoé"]
