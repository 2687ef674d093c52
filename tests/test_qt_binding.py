"""The Qt binding itself must be sound: PySide6 6.12.0 on Python 3.11 drops a reference to None
on every call of a void method, so any screen that paints from Python aborts the process after
a few thousand calls ("none_dealloc: deallocating None")."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_references_to_none(qapp) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setEnabled(True)
    assert sys.getrefcount(None) - before > -100
