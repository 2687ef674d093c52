"""A notice label is made before the screen that takes it: it must never show as a window of its
own (it was mapped on the desktop for an instant at every start, before the start screen)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

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


class _WindowsShown(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(type(watched).__name__)
        return False


def test_building_the_start_screen_shows_no_window(qapp, qtbot, vaults) -> None:
    """Only the main window appears, when shown; and the start-up benchmark times its mapping."""
    vaults.create_group("Tuesday", "Grief group", "en", "correct horse battery")
    watch = _WindowsShown()
    qapp.installEventFilter(watch)
    try:
        _ctx, window, _translations = build(["--data-dir", str(vaults.data.root)], qapp)
    finally:
        qapp.removeEventFilter(watch)
    qtbot.addWidget(window)
    assert watch.shown == []
