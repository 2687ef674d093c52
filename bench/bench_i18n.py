"""How long a live language switch and a text-size change take with the demo group open.

The host presses Apply in Preferences in front of the room: it must feel immediate.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.harness import Report, median, ms_since, p95, qt_app, scratch_dir

ROUNDS = 10


def _back_and_forth(
    change: Callable[[str], object], values: tuple[str, ...], settle: Callable[[], object]
) -> list[float]:
    """The milliseconds of each change to one of `values` and back, ROUNDS times, each until
    `settle` has seen it through."""
    times = []
    for _ in range(ROUNDS):
        for value in values:
            started = time.perf_counter()
            change(value)
            settle()
            times.append(ms_since(started))
    return times


def run(report: Report) -> None:
    from storage import settings

    settings.kdf_iterations = 4000  # the unlock is not what is measured here
    app = qt_app()
    from ui.application import build

    data = str(scratch_dir("cercle-bench-i18n-"))
    ctx, window, translations = build(["--data-dir", data], app)
    window.resize(QSize(1366, 768))
    window.show()
    window.start_screen.open_demo()
    for _ in range(400):
        if not window.is_locked:
            break
        QTest.qWait(25)

    def settle() -> None:
        # Retranslation arrives as posted LanguageChange events; a repaint follows.
        QApplication.sendPostedEvents()
        window.grab()

    switches = _back_and_forth(translations.apply, ("fr", "en"), settle)
    report.add(
        "language switch, group open (median)",
        median(switches),
        "ms",
        below=200,
    )
    report.add("language switch, group open (p95)", p95(switches), "ms")

    from ui.common.theme import apply_theme

    sizes = _back_and_forth(
        lambda size: apply_theme(app, size, "light"), ("very_large", "normal"), settle
    )
    report.add(
        "text size change, group open (median)",
        median(sizes),
        "ms",
        below=300,
    )
    window.lock()
    window.close()
    del ctx


if __name__ == "__main__":
    r = Report(area="i18n")
    run(r)
