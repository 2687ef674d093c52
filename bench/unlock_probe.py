"""Child process of bench_startup: unlock a group through the real start screen, time it, quit.

    python -m bench.unlock_probe DATA_DIR GROUP_ID PASSPHRASE RESULT_FILE

Builds the window exactly as `cercle` does and types the passphrase. It presses Unlock a second
after the start screen's first paint, as a host reads it and types first (CERCLE_BENCH_TYPING_MS=0
presses at once); the key is derived in the worker thread as for a host. It writes the seconds
from the press to the first paint of the group screen. It then waits for what follows that paint
(the other areas, the day's backup) before it locks and quits, and writes its own peak memory on
a second line: that of the whole unlocked group.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.application import build
from ui.common.first_paint import after_first_paint
from ui.group.group_screen import AREAS
from ui.main_window import MainWindow

TIMEOUT_MS = 120_000
HOST_TYPING_MS = int(os.environ.get("CERCLE_BENCH_TYPING_MS", "1000"))  # 0: the press at once


class UnlockTimer(QObject):
    def __init__(self, window: MainWindow, result: Path) -> None:
        super().__init__(window)
        self.window = window
        self.result = result
        self.started = 0.0
        window.start_screen.unlocked.connect(self._on_unlocked, Qt.ConnectionType.QueuedConnection)
        window.start_screen.opening.worker.failed.connect(lambda _exc: QCoreApplication.exit(2))

    def press_unlock(self, group_id: str, passphrase: str) -> None:
        screen = self.window.start_screen
        screen.refresh(group_id)
        screen.passphrase_edit.setText(passphrase)
        self.started = time.perf_counter()
        QTest.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)

    def _on_unlocked(self, _group: object) -> None:
        screen = self.window.group_screen
        if screen is None:
            QCoreApplication.exit(3)
            return
        screen.installEventFilter(self)
        screen.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.started:
            elapsed, self.started = time.perf_counter() - self.started, 0.0
            self.result.write_text(f"{elapsed:.6f}\n", encoding="utf-8")
            self._when_settled()
        return False

    def _when_settled(self) -> None:
        screen, group = self.window.group_screen, self.window.ctx.group
        busy = self.window.opening.busy or (group is not None and group.after_opening is not None)
        if screen is not None and (len(screen.screens) < len(AREAS) or busy):
            QTimer.singleShot(20, self._when_settled)
            return
        self.window.lock()
        with self.result.open("a", encoding="utf-8") as out:
            out.write(f"{peak_memory_mb():.3f}\n")
        QCoreApplication.quit()


def peak_memory_mb() -> float:
    """This process's own peak resident memory. Not the parent's ru_maxrss of its child: on Linux
    that also counts the memory of the process it was forked from, before the exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main(argv: list[str]) -> int:
    data_dir, group_id, passphrase, result = argv
    app = QApplication(sys.argv[:1])
    _ctx, window, _translations = build(["--data-dir", data_dir], app)
    window.show()
    probe = UnlockTimer(window, Path(result))
    # A host reads the start screen and types a passphrase before pressing Unlock: the press
    # comes HOST_TYPING_MS after its first paint, as what the app does meanwhile has run.
    after_first_paint(
        window.start_screen,
        lambda: QTimer.singleShot(HOST_TYPING_MS, lambda: probe.press_unlock(group_id, passphrase)),
    )
    QTimer.singleShot(TIMEOUT_MS, lambda: QCoreApplication.exit(4))
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
