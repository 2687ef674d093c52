"""A notice label is made before the screen that takes it: it must never show as a window of its
own (it was mapped on the desktop for an instant at every start, before the start screen)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from tests.helpers.windows import windows_shown
from ui.application import build
from ui.common.notices import notice_label


def test_a_notice_label_shows_only_inside_its_screen(qtbot) -> None:
    shown, hidden = notice_label("warning"), notice_label("error", visible=False)
    assert not shown.isVisible() and not hidden.isVisible()  # no window of their own
    screen = QWidget()
    qtbot.addWidget(screen)
    layout = QVBoxLayout(screen)
    layout.addWidget(shown)
    layout.addWidget(hidden)
    screen.show()
    qtbot.waitExposed(screen)
    assert shown.isVisible()
    assert not hidden.isVisible()  # until the screen has something to say


def test_building_the_start_screen_shows_no_window(qapp, qtbot, vaults) -> None:
    """Only the main window appears, when shown; and the start-up benchmark times its mapping."""
    vaults.create_group("Tuesday", "Grief group", "en", "correct horse battery")
    with windows_shown() as shown:
        _ctx, window, _translations = build(["--data-dir", str(vaults.data.root)], qapp)
    qtbot.addWidget(window)
    assert shown == []
