"""A new group's first evening: created from the start screen, its first session made from a
starter format, newcomers checked in from the meeting, the starter agreements read, the circle
set up for them, and Help now with the numbers of the region chosen at creation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from tests.helpers import type_text
from tests.helpers.windows import shown, wait_shown
from tests.ui.start.test_start_screen import _fill_create_dialog
from ui.resources.agreements import AgreementsReader
from ui.resources.help_now import HelpNowDialog
from ui.roster.checkin import CheckInDialog
from ui.sessions.session_editor import SessionEditor
from ui.sessions.templates_dialog import TemplatesDialog

LEFT = Qt.MouseButton.LeftButton


def _session_from_format(qtbot, sessions) -> None:
    qtbot.mouseClick(sessions.formats_button, LEFT)
    formats = wait_shown(qtbot, TemplatesDialog)
    row = next(
        i
        for i in range(formats.list.count())
        if formats.list.item(i).text().startswith("Short meeting")
    )
    formats.list.setCurrentRow(row)
    qtbot.mouseClick(formats.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    editor = wait_shown(qtbot, SessionEditor)
    type_text(editor.theme_edit, "Première rencontre")
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    qtbot.waitUntil(lambda: not editor.isVisible())


def test_a_new_groups_first_meeting(qtbot, clock, main_window) -> None:
    _fill_create_dialog(
        qtbot, "Mardi", "Entraide — Mardi", "clé très secrète", "clé très secrète", "Switzerland"
    )
    qtbot.mouseClick(main_window.start_screen.create_button, LEFT)
    qtbot.waitUntil(lambda: not main_window.is_locked, timeout=10_000)
    group_screen = main_window.group_screen
    sessions = group_screen.screens["sessions"]
    assert sessions.selected() is None and not sessions.run_button.isEnabled()
    _session_from_format(qtbot, sessions)
    assert sessions.selected().theme == "Première rencontre"
    assert sessions.run_button.isEnabled()

    qtbot.mouseClick(sessions.run_button, LEFT)
    live = sessions.live
    qtbot.waitExposed(live)
    qtbot.mouseClick(live.checkin_button, LEFT)
    checkin = wait_shown(qtbot, CheckInDialog)
    for name in ("Inès", "Zoé"):
        type_text(checkin.newcomer_edit, name)
        qtbot.keyClick(checkin.newcomer_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(checkin.buttons.button(QDialogButtonBox.StandardButton.Close), LEFT)
    qtbot.waitUntil(lambda: not checkin.isVisible())

    clock.advance(5 * 60)
    qtbot.keyClick(live, Qt.Key.Key_Right)
    qtbot.mouseClick(live.agreements_button, LEFT)
    reader = wait_shown(qtbot, AgreementsReader)
    assert "Confidentiality" in reader.text.toPlainText()
    qtbot.mouseClick(reader.close_button, LEFT)
    qtbot.waitUntil(lambda: not shown(AgreementsReader))

    clock.advance(5 * 60)
    qtbot.keyClick(live, Qt.Key.Key_Right)
    qtbot.mouseClick(live.circle_button, LEFT)
    setup = group_screen.screens["circle"].setup
    qtbot.waitUntil(lambda: setup.isVisible())
    assert [s.label for s in setup.speakers()] == ["Inès", "Zoé"]
    assert setup.share_label.text().startswith("40 min for 2 people: ")

    qtbot.mouseClick(group_screen.help_button, LEFT)
    help_now = wait_shown(qtbot, HelpNowDialog)
    phones = [label.text() for label in help_now.findChildren(QLabel, "phone")]
    assert sorted(phones) == ["112", "143", "144"]  # the region chosen at creation
    help_now.reject()
    assert QApplication.activeModalWidget() is None
