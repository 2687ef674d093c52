"""For tests of the window: one fake monotonic clock for the whole window (the `clock` fixture),
the group screen alone (`group_screen`), the look restored after a test (`look`), a way to
find the window a click just opened, as the host would see it appear, and the windows that
appeared while something was built (`windows_shown`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from i18n.widget_lists import top_level_widgets
from tests.helpers import FakeClock


@pytest.fixture
def clock(ui_ctx) -> FakeClock:
    """The meeting, the circle and auto-lock all read ctx.monotonic."""
    fake = FakeClock()
    ui_ctx.monotonic = fake
    return fake


@pytest.fixture
def group_screen(qtbot, ui_ctx, demo_group) -> QWidget:
    """The group screen alone on the demo group, shown and active: its name, the areas' buttons
    and shortcuts, Help now, and the areas a test shows, each built when first shown. For tests
    of the group screen and of what its areas ask of it (Help now, the agreements, the circle);
    the whole window (demo_window) adds the menus, the lock, the start screen and the day's
    backup, and builds the four other areas after its first paint."""
    from ui.common.retranslate import RETIRED
    from ui.group.group_screen import GroupScreen

    screen = GroupScreen(ui_ctx, demo_group)
    # Retired when pytest-qt closes it, before its group closes: as at a lock.
    qtbot.addWidget(screen, before_close_func=lambda w: w.setProperty(RETIRED, True))
    screen.resize(1200, 700)
    screen.show()
    screen.activateWindow()
    qtbot.waitActive(screen)
    return screen


# What the tests of a click that waits out the double-click interval wait: the desktop's 400 ms
# is wall time only, the same checks in less (Qt's test events are sent within one call).
SHORT_DOUBLE_CLICK_MS = 120


@pytest.fixture
def short_double_click(qapp) -> Iterator[None]:
    """The double-click interval shortened, for a screen built after it (a list that opens its
    row on a click waits the interval out, in case the click is half of a double click)."""
    hints = qapp.styleHints()
    before = hints.mouseDoubleClickInterval()
    hints.setMouseDoubleClickInterval(SHORT_DOUBLE_CLICK_MS)
    yield
    hints.setMouseDoubleClickInterval(before)


# What the tests of idle work waiting out an open dialog wait between two looks: the app's 250 ms
# leave the test idle, the same waiting shown in less.
SHORT_MODAL_RETRY_MS = 20


@pytest.fixture
def short_modal_retry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Idle work held back (areas still to build, the resources' search index) looks again for
    an open dialog every SHORT_MODAL_RETRY_MS."""
    from ui.common import modal

    monkeypatch.setattr(modal, "MODAL_RETRY_MS", SHORT_MODAL_RETRY_MS)


@pytest.fixture
def look(qapp) -> Iterator[Callable[[str, str], None]]:
    """look(text_size, scheme): the look a host chose, back to normal and light after the test.
    Restored once the test's windows are closed and deleted (pytest-qt closes them before any
    fixture ends): restored before, it re-styled the whole window once more for nothing."""
    from ui.common.theme import apply_theme

    yield lambda text_size, scheme: apply_theme(qapp, text_size, scheme)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    apply_theme(qapp, "normal", "light")


W = TypeVar("W", bound=QWidget)


def shown(kind: type[W]) -> list[W]:
    return [w for w in top_level_widgets() if isinstance(w, kind) and w.isVisible()]


def wait_shown(qtbot, kind: type[W]) -> W:
    qtbot.waitUntil(lambda: bool(shown(kind)), timeout=5_000)
    return shown(kind)[-1]


class _WindowsShown(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.names.append(type(watched).__name__)
        return False


@contextmanager
def windows_shown() -> Iterator[list[str]]:
    """The class names of the windows shown inside the block, in order: what a host would see
    flash on the desktop while a screen is built."""
    app = QApplication.instance()
    assert app is not None
    watch = _WindowsShown()
    app.installEventFilter(watch)
    try:
        yield watch.names
    finally:
        app.removeEventFilter(watch)
