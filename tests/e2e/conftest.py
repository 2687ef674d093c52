"""Fixtures for the end-to-end flows: one fake monotonic clock for the whole window, and a way to
find the window a click just opened, as the host would see it appear."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from tests.sessions.conftest import FakeClock


@pytest.fixture
def clock(ui_ctx) -> FakeClock:  # type: ignore[no-untyped-def]
    """The meeting, the circle and auto-lock all read ctx.monotonic."""
    fake = FakeClock()
    ui_ctx.monotonic = fake
    return fake


def shown(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def wait_shown(qtbot, kind: type[QWidget]) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(shown(kind)), timeout=5_000)
    return shown(kind)[-1]
