"""Answering a modal dialog of the Resources area (the editor opened from its buttons)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers import LOOK_AGAIN_MS


def when_modal(qtbot, handle: Callable[[QWidget], None]) -> None:
    """Run handle on the next modal dialog once it is up (modal exec() blocks the test)."""

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(LOOK_AGAIN_MS, check)
            return
        handle(dialog)

    QTimer.singleShot(0, check)
