"""A notice label is made before the screen that takes it: it must never show as a window of its
own (it was mapped on the desktop for an instant at every start, before the start screen)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

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
