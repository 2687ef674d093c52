"""Help now at any moment: Ctrl+H opens the card over whatever dialog waits over the window
(Qt ignored the group screen's application shortcut while a modal dialog blocked it), and does
nothing once the group is locked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from tests.helpers import type_text
from tests.helpers.resources_window import when_modal
from tests.helpers.windows import shown, wait_shown
from ui.resources.help_now import HelpNowDialog
from ui.roster import roster_actions
from ui.roster.checkin import CheckInDialog
from ui.safety.change_passphrase_dialog import ChangePassphraseDialog
from ui.sessions.live_view import LiveView

CTRL = Qt.KeyboardModifier.ControlModifier


def _help_over(qtbot, dialog: QWidget) -> None:
    """Ctrl+H in `dialog` shows the card over it; Esc closes the card."""
    dialog.activateWindow()  # offscreen, a closed window gives the focus back to none
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_H, CTRL)
    card = wait_shown(qtbot, HelpNowDialog)
    qtbot.waitUntil(card.isActiveWindow)
    assert card.windowHandle().transientParent() is dialog.windowHandle()
    QTest.keyClick(card.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shown(HelpNowDialog))
    assert dialog.isVisible()


def test_ctrl_h_opens_help_now_over_each_roster_dialog(qtbot, demo_window) -> None:
    members = demo_window.group_screen.screens["members"]
    demo_window.group_screen.show_area("members")
    members.table.selectRow(0)
    members.open_form()
    openers: list[Callable[[], object]] = [
        members.checkin_button.click,
        members.phone_list_button.click,
        members.pane.consents_button.click,
        lambda: roster_actions.open_import(members, b"pseudo\nAnne\n"),
    ]
    for open_dialog in openers:
        open_dialog()
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        _help_over(qtbot, dialog)
        _help_over(qtbot, dialog)  # again: bound once, not twice (an ambiguous key does nothing)
        dialog.reject()
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_ctrl_h_over_check_in_from_the_meeting_pauses_nothing_else(qtbot, demo_window) -> None:
    sessions = demo_window.group_screen.screens["sessions"]
    qtbot.mouseClick(sessions.run_button, Qt.MouseButton.LeftButton)
    live = wait_shown(qtbot, LiveView)
    qtbot.mouseClick(live.checkin_button, Qt.MouseButton.LeftButton)
    checkin = wait_shown(qtbot, CheckInDialog)
    with qtbot.waitSignal(demo_window.ctx.help_now_shown) as opened:  # the circle pauses on it
        QTest.keyClick(checkin.windowHandle(), Qt.Key.Key_H, CTRL)
    assert opened.args == [True]
    card = wait_shown(qtbot, HelpNowDialog)
    assert card.windowHandle().transientParent() is checkin.windowHandle()
    with qtbot.waitSignal(demo_window.ctx.help_now_shown) as closed:
        card.reject()
    assert closed.args == [False]
    checkin.reject()
    _help_over(qtbot, live)  # the meeting's own window still has it, unambiguous


def test_ctrl_h_opens_help_now_over_the_resource_editor(qtbot, demo_window) -> None:
    demo_window.group_screen.show_area("resources")
    resources = demo_window.group_screen.screens["resources"]
    resources.table.selectRow(0)
    seen: list[bool] = []

    def in_editor(editor: QWidget) -> None:
        assert isinstance(editor, QDialog)
        try:
            _help_over(qtbot, editor)
            seen.append(True)
        finally:  # else exec() never returns
            editor.reject()

    when_modal(qtbot, in_editor)
    resources.edit_selected()  # exec(): returns once in_editor closed it
    assert seen == [True]


def test_ctrl_h_in_a_passphrase_field_still_shows_the_passphrase(qtbot, demo_window) -> None:
    typed: list[str] = []

    def in_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, ChangePassphraseDialog)
        try:
            type_text(dialog.current_edit, "secret")
            QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_H, CTRL)
            typed.append(dialog.current_edit.echoMode().name)
            typed.append(str(bool(shown(HelpNowDialog))))
        finally:
            dialog.reject()

    when_modal(qtbot, in_dialog)
    demo_window.change_passphrase()
    assert typed == [QLineEdit.EchoMode.Normal.name, "False"]


def test_ctrl_h_does_nothing_once_locked(qtbot, demo_window) -> None:
    demo_window.lock()
    qtbot.waitUntil(lambda: demo_window.start_screen.isVisible())
    looked: list[bool] = []

    def in_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        try:
            qtbot.waitUntil(dialog.isActiveWindow)
            QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_H, CTRL)
            looked.append(bool(shown(HelpNowDialog)))
        finally:
            dialog.reject()

    when_modal(qtbot, in_dialog)
    demo_window.start_screen.create_group()
    assert looked == [False]
