"""Fixtures for the Resources area: the window opened on Resources, and modal-dialog helpers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


@pytest.fixture
def resources_window(qtbot, demo_window):
    demo_window.group_screen.show_area("resources")
    return demo_window


def resources_screen(window):
    return window.group_screen.screens["resources"]


def when_modal(qtbot, handle: Callable[[QWidget], None]) -> None:
    """Run handle on the next modal dialog once it is up (modal exec() blocks the test)."""

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, check)
            return
        handle(dialog)

    QTimer.singleShot(0, check)
