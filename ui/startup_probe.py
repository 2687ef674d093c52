"""Benchmark probe: with CERCLE_STARTUP_PROBE=<file>, note when the start screen first paints.

The start-up guard test (tests/test_startup_imports.py) and bench/unlock_probe.py launch the app
with the variable set; the app writes the wall-clock time of the start screen's first paint to the
file and quits. Without the variable nothing is installed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.common.first_paint import after_first_paint

ENV = "CERCLE_STARTUP_PROBE"


def watch(widget: QWidget) -> None:
    target = os.environ.get(ENV)
    if not target:
        return

    def painted() -> None:
        Path(target).write_text(f"{time.time():.6f}\n", encoding="utf-8")
        QCoreApplication.quit()

    after_first_paint(widget, painted)
