"""Screenshot modules for docs/make_screenshots.py: each defines `shots(env)`."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer


def pump(ms: int) -> None:
    """Run the event loop for `ms`. Not QTest.qWait: it keeps Python's GIL while it sleeps, so a
    worker thread (the key derivation, the demo being made, an export) ran only between its
    sleeps: the demo took 18 s to open instead of about 1."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
