"""Areas not built yet wait while a dialog is open: its worker may be using the group's
connection (a passphrase change rekeys it), and an area reading it then saw "not a database"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

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


def _lands_at_the_start(qtbot, screen) -> None:
    landed = QApplication.focusWidget()
    assert landed is not None and screen.isAncestorOf(landed)
    qtbot.keyClick(landed, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    before = QApplication.focusWidget()
    assert before is not None and not screen.isAncestorOf(before), (landed, before)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is landed


def test_unlock_and_ctrl_number_land_where_the_areas_tab_order_starts(qtbot, demo_window) -> None:
    """Sessions' read-only reading pane, made first, took the focus at unlock and Ctrl+1 though
    it is eighth to Tab: the landing is where Tab enters the area, Shift+Tab leaves it."""
    group = demo_window.group_screen
    assert group is not None
    _lands_at_the_start(qtbot, group.screens["sessions"])
    qtbot.waitUntil(lambda: set(AREAS) <= set(group.screens), timeout=10_000)
    for number, area in reversed(list(enumerate(AREAS, start=1))):
        focused = QApplication.focusWidget() or group
        key = Qt.Key(Qt.Key.Key_0.value + number)
        qtbot.keyClick(focused, key, Qt.KeyboardModifier.ControlModifier)
        _lands_at_the_start(qtbot, group.screens[area])
