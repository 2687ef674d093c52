"""Benchmark probe: with CERCLE_STARTUP_PROBE=<file>, note when the start screen first paints.

bench/bench_startup.py launches the app (from source or the frozen folder) with the variable set,
reads the wall-clock time written to the file, and compares it with the launch time. The app quits
right after that first paint. Without the variable nothing is installed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV = "CERCLE_STARTUP_PROBE"


class _FirstPaint(QObject):
    def __init__(self, target: Path, parent: QObject) -> None:
        super().__init__(parent)
        self.target = target
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            self.target.write_text(f"{time.time():.6f}\n", encoding="utf-8")
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def watch(widget: QWidget) -> None:
    target = os.environ.get(ENV)
    if target:
        widget.installEventFilter(_FirstPaint(Path(target), widget))
