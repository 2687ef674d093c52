"""Areas not built yet wait while a dialog is open: its worker may be using the group's
connection (a passphrase change rekeys it), and an area reading it then saw "not a database"."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ui.group.group_screen import AREAS


def test_areas_are_built_only_once_no_dialog_is_open(
    qtbot, short_modal_retry, fresh_window
) -> None:
    group = fresh_window.group_screen
    built = set(AREAS) & set(group.screens)
    dialog = QDialog(fresh_window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.isVisible())
    group.build_other_areas()
    assert set(AREAS) & set(group.screens) == built
    dialog.close()
    qtbot.waitUntil(lambda: set(AREAS) <= set(group.screens))
