"""For tests of the window: one fake monotonic clock for the whole window (the `clock` fixture),
and a way to find the window a click just opened, as the host would see it appear."""

from __future__ import annotations

from typing import TypeVar

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers import FakeClock


@pytest.fixture
def clock(ui_ctx) -> FakeClock:
    """The meeting, the circle and auto-lock all read ctx.monotonic."""
    fake = FakeClock()
    ui_ctx.monotonic = fake
    return fake


W = TypeVar("W", bound=QWidget)


def shown(kind: type[W]) -> list[W]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def wait_shown(qtbot, kind: type[W]) -> W:
    qtbot.waitUntil(lambda: bool(shown(kind)), timeout=5_000)
    return shown(kind)[-1]
